"""The sources a sentence names for what it says ("Sikorski said", "according to
police", "..., said KCNA") and where each naming stands."""

from __future__ import annotations

import re

from .frames import FRAME_TAIL, WEEKDAY, Attribution
from .models import Span
from .names import (
    BODY,
    DESCRIBED,
    NAME,
    NOT_NAMES,
    ORGANISATIONS,
    PARTICLE,
    SHORT_NAME,
    TITLE_WORDS,
    a_person,
    is_pronoun,
    pronoun_marker,
    source_name,
)
from .quotations import CLOSE_QUOTES
from .text import Piece, quoting
from .verbs import CALLED, FINITE, IRREGULAR_PAST, PARTICIPLE, VERBS

# sources a wire story does not name: "two people familiar with the matter", "a source close
# to the talks", "officials briefed on the plan"
_ANONYMOUS = (
    r"(?:(?:[Tt]wo|[Tt]hree|[Ss]everal|[Ss]ome|[Mm]any|[Aa]|[Oo]ne|[Tt]he)\s+)?(?:[a-z]+\s+)?"
    r"(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?|[Dd]iplomats?|[Ii]nsiders?)\s+"
    r"(?:familiar with|close to"
    r"|briefed on|with (?:direct )?knowledge of)\s+(?:the\s+|a\s+)?[\w-]+(?:\s+[\w-]+)?"
)
# the source runs to the next punctuation: "according to U.S. Attorney Bash, ..."
_ACCORDING_TO = re.compile(
    r"\b(?i:according to|in the words of|in the (?:view|opinion|analysis|assessment) of"
    r"|as (?:reported|stated|announced|noted|confirmed) by"  # "As reported by the BBC, ..."
    # ("By reports, Biden won" names no source: it is the article's hedge)
    r"|(?-i:By)(?= (?!(?:one|some|many|most|all|several)\b)\w+ reports?\b)"
    # "..., by BTP's report"
    r"|(?<=, )(?-i:by)(?= (?:the )?[\w.-]+['’]s (?:own )?(?:report|account)s?\b))"
    # (a date's comma is no end: "according to a March 14, 2019 NATO press release, ...")
    # ("the" stays with a described source: "according to the mayor", not "the BBC")
    r"\s+(?:the\s+(?=[A-Z]))?(?!which\b)(?P<who>(?:(?:[\w'’.&-]|(?<=\d),(?=\s\d{4}\b))+\s+){0,15}?"
    r"[\w'’.&-]+?(?:\s+" + SHORT_NAME + r")?)"  # "the Office for National Statistics (ONS)"
    # when is no part of who: "according to Gazeta Wyborcza in March, ..."
    r"(?:\s+(?:in|on|last|this|earlier)\s+(?:(?:Jan|Febr)uary|March|April|May|June|July|August"
    r"|September|October|November|December|" + WEEKDAY + r"|week|month|year|\d{4}))?"
    r"(?=\s*(?:,(?<!\d,(?=\s\d{4}\b))|[;:(]|$)|(?<![A-Z])\.(?:\s|$))"
)

# a body or a described source is named with where it is from: "authorities in the United
# Kingdom", "a federal judge in Texas"
# (words of a name that run on to a report verb but not across another verb: not "The
# government of American Samoa issued a statement saying")
_NAME_RUN = r"(?:(?!\s(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s)[^,])"
_BETWEEN = (  # between a source and its verb: "Doctors at the hospital have also said"
    r"has|have|had|also|later|earlier|previously|recently|repeatedly|publicly|initially"
    r"|separately|officially|immediately"
)
_NOT_PLACE = (
    r"(?!(?:is|are|was|were|be|been|not|the|a|an|and|or|that|which|who|against|of|in|on|at|for"
    r"|to|with|by|from|" + _BETWEEN + r")\b)"
)
_PLACE_NAMED = r"(?:the\s+)?[A-Z]" + _NAME_RUN + r"{2,80}?"
# where a source is from, up to its verb: "the team from the University of Hawaii said"
_WHERE_FROM = r"(?:\s+(?:of|in|from|at)\s+" + _PLACE_NAMED + r"(?=\s+" + VERBS + r"\b))?"
# and where a body's people are, named or not: "Researchers at Imperial College London",
# "Doctors at the hospital", "Organizers of the rally" (a thing's "of" is its own: "PC World's
# analysis of its own traffic concluded" is PC World's)
_WHERE_PEOPLE_ARE = (
    r"(?:\s+(?:of|in|from|at)\s+(?:"
    + _PLACE_NAMED
    + r"|(?:(?:the|a|an|this|its|their)\s+)?"
    + _NOT_PLACE
    + r"[a-z][\w-]*(?:\s+"
    + _NOT_PLACE
    + r"[a-z][\w-]*){0,2}?)(?=(?:\s+(?:"
    + _BETWEEN
    + r"))*\s+"
    + VERBS
    + r"\b))?"
)


_SUBJECT = re.compile(
    # (not what a sentence's opening phrase is about: "During the debate, Smith attacked the
    # plan, saying ...")
    r"(?<!\bDuring )(?<!\bAfter )(?<!\bBefore )(?<!\bSince )(?<!\bFollowing )(?<!\bDespite )"
    r"(?<!\bAmid )(?<!\bUntil )(?<!, during )(?<!, after )(?<!, following )(?<!, despite )"
    # a body and a title before a name stay out of it: "Florida Department of Transportation
    # official Troy Roberts said"
    r"\b(?:[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+|for\s+)?[A-Z][\w.'’-]*){0,6}\s+"
    r"(?:official|spokes(?:man|woman|person)|representative|director|minister|secretary|chief"
    r"|head|executive|lawyer|analyst|expert|researcher|professor|scientist|commissioner)\s+"
    r"(?=[A-Z]))?"
    # (a body before a name: "Researchers at Imperial College London said" is all of it)
    r"(?P<who>"
    + BODY
    + _WHERE_PEOPLE_ARE
    + r"|"
    + NAME
    + r"|"
    + _ANONYMOUS
    + r"|"
    + DESCRIBED
    + _WHERE_FROM
    # "the ministry of health", "the minister of foreign affairs"
    + r"(?:(?:(?<=inistry)|(?<=epartment)|(?<=inister)|(?<=ecretary)|(?<=ffice))"
    + r"\s+of\s+(?:the\s+)?[a-z]+(?:\s+affairs)?)?"
    + r"|he|she|they|it|It|we)"
    # an affiliation stays out of the name: "Mike Ryan of the World Health Organization",
    # "Arnel dela Vega of the army's Western Mindanao Command", "Steven Wolf at Saint Francis",
    # "John Smith in Washington" (but a body's place is part of its name: "The Aam Aadmi Party
    # in Goa")
    # ("Peter Isely of worldwide victim group Ending Clergy Abuse"; not "The head of the
    # opposition party Ahmed Ali", whose name is the source)
    + r"(?P<affiliation>\s+(?:of|at|from)\s+"
    + r"(?:(?:the\s+)?(?:[a-z]+['’]s\s+|[a-z]+-)?"
    + r"|(?!the\b)(?:(?!(?:that|which|who|whom|whose|and|or|to|in|on|by)\b)[a-z]+\s+){1,3})[A-Z]"
    + _NAME_RUN
    + r"{2,80}?"
    + r"|\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"  # (a place's name)
    # and so does a relative clause: "The public officials who ordered that change claimed"
    + r"(?:\s+who\s+[a-z][^,.;:“”\"]{2,50}?)?"
    # (not a verb phrase: "X, a biomechanicist, questioned the findings, saying")
    # (but a participle with where or when is one: "The opinion, released on Wednesday, read")
    + r"(?:,(?P<apposition>(?!\s*[a-z]+ed\b(?!\s+(?:on|in|at|by|last|this|yesterday|today"
    + r"|"
    + WEEKDAY
    + r")\b))(?!\s*"
    + IRREGULAR_PAST
    + r"\s)"
    # (nor a clause: "After the vote, the opposition walked out, saying")
    # (but a participle and where it stands is one: "the officer charged with the killing")
    + r"(?!\s*(?:the|a|an|his|her|its|their)\s+[\w'’-]+\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed"
    + r"(?!\s+(?:by|in|at|with|of|on|for|from|to|as|into|over|under|near)\b)|"
    + IRREGULAR_PAST
    + r"|is|are|was|were|has|have|had|will|would)\b)"
    + r"(?:[^,]|(?<=\d),(?=\d{3}\b)){3,120}"  # ("which employs 5,000 people")
    # and the place that ends it: "Mary Roe, mayor of Austin, Texas, said" is Mary Roe's
    # (a one-word place, or a state's two: not a name, "the current bishop, Allan Casicas,")
    + r"(?:,\s+(?:(?:New|North|South|East|West|Rhode|Puerto)\s+)?[A-Z][\w'’.-]*)?),)?"
    # "X questioned the findings, saying" is X's: not the findings'
    + r"(?:,(?!\s+"
    + PARTICIPLE
    + r"))?"
    # where it was said, between the source and the verb: "Mitsotakis speaking to the
    # Atlantic Council called it", "Smith, writing in the Guardian, argued"
    + r"(?:,?\s+(?:speaking|writing|appearing|testifying)\s+(?:to|in|on|at|before)\s+"
    + r"[^,“”\"]{2,60}?,?(?=\s))?"
    # and when: "mayor John Tory on Tuesday suggested"
    + r"(?:\s+(?:on\s+)?(?:"
    + WEEKDAY
    + r"|yesterday|today"
    + r"|last\s+(?:week|month|year)|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?)?"
    + r"\s+(?:(?:has|had|have|also|later|further|even|since|both|too|\w+ly)\s+){0,2}"
    # "Smith is reported to have said"
    + r"(?:(?:is|was|are|were)\s+(?:reported|understood|believed|known)\s+to\s+have\s+)?"
    # (a verb's form after a preposition is an adjective: "an investigation into alleged
    # misconduct", "charges of alleged fraud")
    + r"(?<!\binto\s)(?<!\bof\s)(?<!\bfor\s)(?<!\bover\s)(?<!\babout\s)(?<!\bagainst\s)"
    + r"(?<!\bon\s)(?<!\bin\s)(?<!\bwith\s)(?<!\bby\s)"
    + VERBS
    + r"\b"
)
INVERTED_VERBS = (
    # (not "told": ", 54, told the BBC" names whom it was told to)
    r"(?:said|says|added|wrote|tweeted|continued|noted|explained|stated|warned|reported"
    r"|announced|concluded|insisted|argued|declared)"
)
_INVERTED = re.compile(
    r"(?:,|(?P<closed>[”\"]))\s*"
    + INVERTED_VERBS
    # a title before the name stays out of it: "said UCL astronomer Angelos Tsiaras", "said
    # the company's chief executive, John Smith" ("said about Amman:" names whom it is
    # about, not who says it)
    + r"\s+(?:(?:the\s+)?(?:[a-z]+|[A-Z][\w.-]*(?:(?:\s+(?:of\s+)?|,\s+)[A-Z][\w.-]*){0,5})"
    + r"['’]s\s+(?:[a-z]+\s+){0,2}[a-z]+,?\s+(?=[A-Z])"
    + r"|(?:the\s+)?(?:[A-Z][\w.-]*\s+(?=[a-z]))?"
    + r"(?:(?!(?:about|of|to|on|in|at|by|for|with|from)\s)[a-z]+\s+){0,3}(?=[A-Z]))?(?P<who>"
    + NAME
    + r"|"
    + BODY
    + r"|he|she|they|it)"
    # where the frame ends: "said Bash.", "said Ryan Cloutier of ...", "added KCNA on Friday"
    # (after a comma, not a quoted predicate: ', said Cummings "worked until his last
    # breath"'; after a quotation, one going on: '"We stand ready" tweeted Johnson "to ...')
    + r"(?=\s*(?:[,.;:(”]|[“\"](?(closed)|(?![a-z]))|$)"
    + r"|\s+(?:of|who|on|in|at|to|during|late|early|last|this|per|via)\b)"
)


# a described source after a quotation: '"The economy is growing," said the report'
_INVERTED_DESCRIBED = re.compile(
    r"(?<=[”\"])\s*(?:said|says|added|wrote|continued)\s+(?P<who>" + DESCRIBED + r")"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|at|during|after|to)\b)"
)


# what may come before the source that opens a sentence: "On Monday, ", "Later that day, "
WHEN_FIRST = r"(?:On|In|At|Last|Earlier|Later)\b"


# a source that opens the sentence and hands over to the quotation that ends it: "Senator
# Lindsey Graham spoke on Fox News, “...”", "an official account made the announcement: “...”"
_INTRODUCES = re.compile(
    r"^(?:"
    + WHEN_FIRST
    + r"[^,“”\"]{1,40},\s+)?(?P<who>"
    + NAME
    # (and the body a name stands before: "The Biden campaign recycled a statement: “...”")
    + r"(?:\s+(?:campaign|administration|government|family|team|office|spokesperson"
    + r"|spokesman|spokeswoman))?"
    + r"|"
    + BODY
    + r"|"
    + DESCRIBED
    + r"|[Hh]e|[Ss]he|[Tt]hey"
    # "The mayor of London, Sadiq Khan, gave ..., adding, “...”": the name in apposition
    + r")(?:\s+of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?(?:,(?P<apposition>\s+"
    + NAME
    + r"),)?(?:\b|(?<=,))[^“”\"]{3,160}?[,:]\s*(?=[“\"][^“”\"]{10,}(?:[”\"][.!?]?|[.!?])\s*$)"
)


# a passive report names its source last: "was identified as Galicha by a Coast Guard spokesperson"
_BY = re.compile(
    r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?(?:identified|described|confirmed|reported"
    r"|announced|quoted|named|declared|estimated|called|characteri[sz]ed)\b[^.;:“”\"]{0,120}?"
    r"(?P<by>\s+by\s+)(?:the\s+)?(?P<who>" + NAME + "|" + BODY + "|" + DESCRIBED + r")"
    r"(?=\s*(?:[,.;:]|$))"
)
# what a source called someone or something: 'Gutierrez was described by the CBCP as "a
# strong advocate for the environment"'
_CALLED_BY = re.compile(
    # (not "called": "Smith was called by the prosecution as a witness")
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?"
    + CALLED
    + r"\s+by\s+(?:the\s+)?(?P<who>"
    + NAME
    + "|"
    + BODY
    + "|"
    + DESCRIBED
    + r")\s+as\s"
)
# a report that names its source as the object: "The BBC also cited Budi Gunawan, chief of
# the agency, as saying the suspects were linked ..."
_CITED = re.compile(
    r"\b(?:cited|quoted|quoting|citing)\s+(?P<who>" + NAME + "|" + BODY + "|" + DESCRIBED + r")"
    r"(?:,[^,“”\"]{3,120},)?\s+(?:as\s+(?:saying|stating|telling\s+[^,“”\"]{2,40}?)(?:\s+that)?"
    r"|that)\b"  # "The Daily Telegraph cited a security source that mental health may ..."
    # and in the passive: "Smith was quoted by Reuters as saying the deal was dead"
    r"|(?<![\w'’])(?P<quoted>" + NAME + "|" + BODY + "|" + DESCRIBED + r")\s+(?:was|were|has been"
    r"|had been)\s+(?:widely\s+)?(?:quoted|cited)(?:\s+by\s+[^,.;“”\"]{2,60}?)?\s+as\s+"
    r"(?:saying|stating)(?:\s+that)?\b"
)
# a view the text gives as someone's: "The government's counter-argument was that ...", "His
# position is that ..."
_VIEW = re.compile(
    r"(?:(?P<who>" + NAME + r"|" + DESCRIBED + r")['’]s?|(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))"
    r"\s+(?:[\w-]+\s+)?(?:argument|counter-argument|position|view|claim|contention|conclusion"
    r"|assessment|belief|stance|understanding|expectation)\s+(?:was|is|remains|remained)\s+that\b"
)
# sources that say something alongside: "Crew totals are unclear, with industry publications
# reporting either 11 or 12", "the driver lost control, with some local press claiming ..."
_WITH = re.compile(
    r"\bwith\s+(?:(?:some|many|most|several|other)\s+)?(?P<who>(?:[\w'’-]+\s+){0,3}?"
    r"(?:publications|reports|media|press|sources|officials|outlets|newspapers|experts|analysts"
    r"|witnesses|residents|police|authorities))\s+(?:reporting|saying|claiming|stating)\b"
    r"(?:\s+that\b)?"
)
# the view of someone the sentence before named: "In his opinion, the theory was hardest"
_IN_VIEW = re.compile(
    # (an empty source: the owner names it, and the frame's code reads a source's start)
    r"\b(?:[Ii]n|[Ff]rom)\s+(?P<who>)(?P<owner>his|her|their)\s+(?:opinion|view|assessment"
    r"|estimation),"
)
# a source named before a relative clause that reports: "local resident Tom White, who said"
_WHO_SAID = re.compile(
    r"(?<![\w'’])(?P<who>" + NAME + r"|" + DESCRIBED + r"),\s+"
    r"(?P<relative>who|which)\s+(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:said|says|told|tells|added|stated|explained|noted|wrote|warned|argued)\b"
)
# a name whose verb hands over to a quotation: 'President Fernández elaborated, "A state ...'
_QUOTING = re.compile(
    r"(?<![\w'’])(?P<who>" + NAME + r")\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")[,:]\s*(?=[“\"])"
)


# what carries words, named where a source would stand ("a statement saying"), and who
# issued it ("Conley issued a statement saying ...")
_MEDIUM = re.compile(
    r"(?:[Aa]n?|[Tt]he|(?P<owner>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir))\s+(?:[\w-]+\s+)?(?:statement|message|video"
    r"|post|tweet|letter|release|interview|speech|address|broadcast|email|note)s?"
)
_OWNER_PRONOUN = {"his": "he", "her": "she", "its": "it"}  # "Their statement": "they"
# the name a body's "of" gives: "the Court of Session", "the government of American Samoa"
_JOINED_NAME = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+)+and\s+$")
_BODY_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*")
_ISSUED = re.compile(
    r"(?<!\bof )(?P<who>"
    + NAME
    + r"|(?:"
    + BODY
    + r"|"
    + DESCRIBED
    + r")(?:"
    + _BODY_OF.pattern
    + r")?|he|she|they|it|we)"
    r"(?:,[^,]{3,80},)?\s+"  # "The ministry, which oversees the police, issued ..."
    r"(?:\w+ly\s+)?(?:also\s+)?"
    r"(?:issued|released|posted|published|put out|sent|shared|gave|made|read out)\s+$"
)


_KIND_BEFORE = re.compile(
    r"(?<=,)\s+(?!(?:and|but|or|as|while|when|because|which|who|that|so|then|if|after|before"
    r"|since|although|though|where|with|without|whose|until|once|for|in|on|at)\b)"
    r"(?:[a-z][\w'’-]*\s+){1,3}$"
)
_TITLE_BEFORE = re.compile(
    r"(?<=[,”\"»’])\s*(?:[\w.'’-]+\s+){0,3}(?:"
    + "|".join(sorted(re.escape(w) for w in TITLE_WORDS))
    + r")\s+$",
    re.I,
)
_POST_TO = re.compile(
    r"\b(?:[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Dd]elegate|[Cc]onsul|[Ll]iaison)\s+to\s+"
    r"(?:the\s+)?$"
)


# a person's name: two to four capitalised words ("Alireza Mehraban", "Ahmed al-Assadi")
_PERSONAL = re.compile(r"\s*[A-Z][\w'’.-]+(?:\s+(?:" + PARTICLE + r")?[A-Z][\w'’.-]+){1,3}\s*")


# a name set between commas right after a source: "According to the coach, Alireza Mehraban,"
_NAMED_NEXT = re.compile(r",\s+(" + NAME + r"),")
# a post or a relation that names a person: "Hagan's former spokeswoman", "a local farmer"
# (not "Wednesday's earthquake", "the government", "the tower")
_PERSON_NOUN = re.compile(
    r"\b(?:spokes(?:woman|man|person)|wife|husband|mother|father|son|daughter|brother|sister"
    r"|friend|colleague|partner|neighbou?r|lawyer|attorney|farmer|resident|witness|official"
    r"|minister|director|chief|head|leader|coach|manager|president|chair(?:man|woman)?"
    r"|professor|expert|analyst|researcher|scientist|doctor|teacher|owner|founder|member"
    r"|officer|secretary|mayor|governor|senator|aide|advis[eo]r|editor|reporter|correspondent"
    r"|economist|historian|author|executive|commissioner|ambassador|envoy|deputy|judge"
    r"|prosecutor|investigator|engineer|pilot|student|organi[sz]er|volunteer|survivor"
    r"|\w+(?:wo)?man)$"
)
_CLAUSE_NEXT = re.compile(
    r"\s+(?=[A-Z]|(?:the|a|an|there|it|he|she|they|we|his|her|its|their|this|these|those|some"
    r"|most|many|all|no|both|each|one|two|three|several|in|on|at|during|after|before|since"
    r"|when|while|following|despite|last)\s)"
)
# what the source is, set between commas before the clause it frames: "According to Sadie
# Weiner, Hagan's former spokeswoman, Hagan died" (not "According to police, the driver, who
# was 40, died")
_DESCRIBED_NEXT = re.compile(
    r",\s+(?:" + DESCRIBED + r")(?<=[a-z]),(?=" + _CLAUSE_NEXT.pattern + ")"
)


_MEMBERS_OF = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?)\s+)?\b(?P<who>(?i:head|heads|organi[sz]ers|members|leaders|supporters|opponents"
    r"|critics|spokes(?:man|woman|person)|director|chief|chair(?:man|woman)?|president|secretary"
    r"|representatives|residents|relatives|friends|lawyers|staff|employees|owners|founders))"
    r"\s+(?P<of>of|for)\s+$"
)


def _a_post(words: str) -> bool:
    """Whether words name a post rather than its holder: "Director of Mid Wales Tourism"."""
    return " of " in words or words.split()[0].lower() in TITLE_WORDS


_RUN_ON = re.compile(
    r"(.+?)\s+(?=(?:he|she|it|they|we|I|there)\s|(?:[\w'’-]+\s+){0,2}(?:have|has|had|is|are|was|were"
    r"|will|would|can|could|did|does)\b)"
)


def _apposed(
    text: str, match: re.Match[str], who: str, said: int, *, frames: bool
) -> tuple[str, int]:
    """Who an "according to" source is, and where its frame ends (``said``, if it
    ``frames`` the words after it), with an apposition between commas after the source:
    the person who holds a post ("According to the Afghan team's coach, Alireza Mehraban,
    ..."), and, either way round, the post or the name as part of the frame ("According to
    Sadie Weiner, Hagan's former spokeswoman, Hagan died")."""
    named = _NAMED_NEXT.match(text, match.end())
    # (a post and its holder's name, not "According to police, John Smith, the driver,
    # died", whose name is the subject)
    post = bool(_PERSON_NOUN.search(who)) and a_person(who)
    if named and post and _PERSONAL.fullmatch(named[1]):
        who = named[1]
    if not frames:
        return who, said
    if named and post and _CLAUSE_NEXT.match(text, named.end()):
        return who, named.end()
    described = _DESCRIBED_NEXT.match(text, match.end())
    if (
        described
        and _PERSON_NOUN.search(described[0].rstrip(","))
        and _PERSONAL.fullmatch(match["who"])
        and a_person(match["who"])
    ):
        return who, described.end()
    return who, said


def attributions(sentence: Piece) -> list[Attribution]:
    """The sources a sentence names for what it says ("Sikorski said", "according to
    police", "..., said KCNA"), in text order."""
    text = sentence.text
    found: list[Attribution] = []
    for pattern in (
        _ACCORDING_TO,
        _INVERTED,
        _INVERTED_DESCRIBED,
        _BY,
        _CALLED_BY,
        _CITED,
        _SUBJECT,
        _INTRODUCES,
        _QUOTING,
        _WHO_SAID,
        _VIEW,
        _IN_VIEW,
        _WITH,
    ):
        for match in pattern.finditer(text):
            who = (match["who"] or match.groupdict().get("quoted") or "").strip()
            if pattern in (_VIEW, _IN_VIEW) and match["owner"]:
                who = _OWNER_PRONOUN.get(match["owner"].lower(), "they")
            # with no comma after the source, its words run on into what it says: "according
            # to Wasef archaeologists have not yet found ...", "according to the Ministry he
            # died"
            run_on = _RUN_ON.match(who) if pattern is _ACCORDING_TO else None
            said = match.end() if run_on is None else match.start("who") + run_on.end(1)
            who = who if run_on is None else run_on[1]
            apposition = match.groupdict().get("apposition") or ""
            if re.fullmatch(NAME, apposition.strip()) and (
                not re.fullmatch(NAME, who) or (_a_post(who) and _PERSONAL.fullmatch(apposition))
            ):
                # "The judge presiding over the case, Bernard Schwartz,", "Director of Mid
                # Wales Tourism Partnership, David Clay,"
                who = apposition.strip()
            if pattern is _ACCORDING_TO:
                who, said = _apposed(text, match, who, said, frames=run_on is None)
            who = source_name(who)
            placed = match.groupdict().get("affiliation") or ""
            if re.match(r"\s+in\s", placed) and who.split()[-1].lower() in ORGANISATIONS:
                who += " " + " ".join(placed.split())
            # a body's "of" is its name, not its affiliation: "the Court of Session in Scotland"
            elif pattern is _SUBJECT and who.split()[-1].lower() in ORGANISATIONS:
                named_of = _BODY_OF.match(text, match.end("who"))
                who += named_of.group() if named_of else ""
            # a body's name with "and" in it: "the National Search and Rescue Agency"
            joined = (
                _JOINED_NAME.search(text, max(0, match.start("who") - 80), match.start("who"))
                if pattern is _SUBJECT and who.split()[-1].lower() in ORGANISATIONS
                else None
            )
            if joined:
                who = joined[0] + who
            # "Former US Ambassador to the United Nations Nikki Haley": the name after the post
            if len(who.split()) > 2 and _POST_TO.search(text, 0, match.start("who")):
                who = " ".join(who.split()[-2:])
            if who.split()[0].lower() in NOT_NAMES and len(who.split()) == 1:
                continue
            first = match.start("by") if pattern is _BY else match.start()
            if pattern is _WITH:  # ("with" joins the clause before: the frame is the rest)
                first = match.start("who")
            if joined:
                first = min(first, joined.start())
            if pattern is _WHO_SAID:  # the name stays in the claim before it
                first = match.start("relative")
            if is_pronoun(who) and not is_pronoun(match["who"].strip()):
                # "Biden gave a speech in Delaware in which he said": the frame is "he said"
                first = match.end("who") - len(who)
            if pattern is _SUBJECT and text.endswith("the ", 0, first):  # "..., the BBC reported"
                first -= 4
            # who the source's people are: "organizers of the rally", "the head of the
            # police's internal investigators"
            members = _MEMBERS_OF.search(text, 0, first) if pattern is _SUBJECT else None
            if members and first == match.start("who") and who[:1].islower():
                who, first = f"{members['who']} {members['of']} {who}", members.start()
            # a title before the name that the match left out is part of the frame: '...,"
            # Finnish agriculture minister Jari Leppä told reporters'
            title = _TITLE_BEFORE.search(text, 0, first) if pattern is _SUBJECT else None
            if pattern is _SUBJECT and not title and FRAME_TAIL.match(text, said):
                # and so is what the source is, in a frame closing the sentence: "...,
                # wrestling promotion World Wonder Ring Stardom announced yesterday."
                title = _KIND_BEFORE.search(text, 0, first)
            if title:
                first = title.end() - len(title.group().lstrip())
            start, end = sentence.start + first, sentence.start + said
            if any(a.start < end and start < a.end for a in found):
                continue
            if pattern is _INTRODUCES:
                # the quotation is the source's; the words before it are the article's report
                who = re.sub(r"['’]s$", "", who)  # "PC World's analysis concluded, “...”"
                start = end
            if pattern is _SUBJECT and quoting(text[:first]):  # “The court has found that”
                continue
            # a clause of its own before the verb: "The team then analyzed the data and confirmed
            # their conclusion" (the subject is no source of what follows "and")
            if pattern is _SUBJECT and who.endswith(" and") and FINITE.search(who):
                continue
            if pattern is _SUBJECT and re.search(r"['’]s$", who):  # "Theresa May's proposed deal"
                continue
            medium = _MEDIUM.fullmatch(who) if pattern is _SUBJECT else None
            if medium:
                # what carries the words is not who speaks them: "Conley issued a statement
                # saying ...", "In a video message posted to Twitter, Warren ...", "Their
                # statement also read" (but gold files name "the statement" as a source)
                issuer = _ISSUED.search(text, 0, match.start("who"))
                if issuer:
                    who, first = source_name(issuer["who"]), issuer.start()
                elif re.search(r"\b[Ii]n\s+$", text[: match.start("who")]) or match[0].endswith(
                    " that"
                ):
                    continue  # (not "The statement that he made was false")
                elif medium["owner"]:
                    who = _OWNER_PRONOUN.get(medium["owner"].lower(), "they")
            before = text[:first].rstrip()
            found.append(
                Attribution(
                    who=pronoun_marker(who) if is_pronoun(who) else who,
                    start=start,
                    end=end,
                    trailing=pattern in (_INVERTED, _INVERTED_DESCRIBED, _BY)
                    or (pattern is _ACCORDING_TO and bool(before) and run_on is None)
                    or (
                        before.endswith((",", *CLOSE_QUOTES)) and bool(FRAME_TAIL.match(text, said))
                    ),
                )
            )
    return sorted(found, key=lambda a: a.start)


# a common noun, not a name, and a comma: "the levees, " (but not "Joe Biden, ")
_COMMON_NOUN_BEFORE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,\s+$")


def goes_on_reporting(text: str, frame: Attribution, relative: Span) -> bool:
    """Whether a relative clause after a report says more of what was reported: it follows
    a clause of the report (not just the object of a verb) and tells of a thing, not of a
    name ("officials said they are not concerned about the levees, which have five feet of
    leeway", but "Egyptologists reported they were sacrificed to the god Thoth, who ...")."""
    clause = _ACCORDING_TO.match(text, frame.start) or FINITE.search(
        text, frame.end, relative.start
    )
    return bool(clause and _COMMON_NOUN_BEFORE.search(text, 0, relative.start))
