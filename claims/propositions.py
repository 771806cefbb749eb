"""A sentence split into the propositions it states, as gold labels cut them, and
whether a few words state anything at all."""

from __future__ import annotations

import re

from .interviews import BACK_TO_LATIN, GLOSS
from .names import NAME
from .quotations import QUOTES_JOINED
from .sources import INVERTED_VERBS, attributions
from .text import Piece
from .verbs import (
    ENDS_REPORTING,
    FINITE,
    IRREGULAR_PAST,
    PARTICIPLE,
    PARTICIPLE_PAST,
    SUBORDINATE,
    VERBISH,
    VERBS,
)

# thanks, wishes, prayers and condolences state nothing to check: "God bless him", "Rest in
# peace", "May his soul rest", "Thank you to all ...", "My thoughts are with ...", "You're
# in our prayers" (ANNOTATION.md: greetings and pure feelings are no claims)
_COURTESY = re.compile(
    r"[“\"‘']?(?:God bless|Rest (?:in (?:peace|power)|easy)|RIP\b|May (?:his|her|their|God)\s"
    r"|Thank you|Thanks\b(?! to\b)|(?:Our |My |Deepest )?[Cc]ondolences (?:to|for)\b"
    r"|I (?:sincerely |really |would like to |want to )?thank (?:all|you|everyone|everybody)\b"
    r"|(?:My|Our) (?:deepest )?(?:thoughts|prayers|condolences)(?: and prayers)?"
    r" (?:are|go|goes|to|with)\b"
    r"|(?:You|They)(?:['’]re| are) in our (?:thoughts|prayers))",
    re.I,
)


def courtesy(words: str) -> bool:
    """Whether the words only thank, wish, pray or console."""
    return bool(_COURTESY.match(words))


def a_fragment(words: str) -> bool:
    """Whether a few words with no verb state nothing to check: "Former Trump adviser",
    "The location of the device", "And our state"."""
    return len(words.split()) <= 5 and not VERBISH.search(words)


_NOUNISH = r"(?!(?:and|or|to|that|who|which)\b)[\w'’-]+"
# a subject and where its verb starts: "the parents were", "Lam later delivered"
_SUBJECT_BEFORE_VERB = (
    r"(?:he|she|it|they|we|I|you|there|[A-Z][\w'’-]*(?:\s+" + _NOUNISH + r"){0,5}?"
    r"|(?:the|a|an|his|her|its|their|our|this|these|those|some|many|most|other)"
    r"(?:\s+" + _NOUNISH + r"){1,5}?"
    r"|(?:(?:at least|more than|about|nearly|over|another)\s+)?(?:\d[\d,.]*%?|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)"
    r"(?:\s+" + _NOUNISH + r"){0,5}?)"
    r"\s+(?:[a-z]+ly\s+|also\s+|later\s+|still\s+|then\s+|not\s+)?"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does"
)
_NEW_SUBJECT = (
    _SUBJECT_BEFORE_VERB
    + r"|[a-z]{3,}ed|died)(?:\s|,|[.;]?$)"  # "..., and one independent supported."
)
# after "and", a verb of any past: "The SNP gained 13 seats and Liberal Democrats lost 10"
_NEW_SUBJECT_AFTER_AND = (
    _SUBJECT_BEFORE_VERB + r"|do|[a-z]{3,}ed|died|" + IRREGULAR_PAST + r")(?:\s|,|[.;]?$)"
)
# (and a plain noun with its verb: "The fire destroyed the roof but firefighters saved the hall")
_NEW_CLAUSE_AFTER_AND = (
    r"(?:"
    + _NEW_SUBJECT_AFTER_AND
    + r"|(?!(?:and|or|to|that|who|which|not|also|then|later|still|even|only|just|already|again"
    r"|always|never|often|come|came|get|got|make|take|keep|hated|loved|its|his|her|their|our"
    r"|the|any)\b)"
    # (a gerund only as a subject: "and scaffolding was still erected", not "and mediating")
    r"(?![a-z]+ing\b(?!\s+(?:was|were|is|are|has|had)\b))[a-z]{3,}"
    r"(?:\s+[a-z]{3,})?\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could"
    r"|may|might|did|said|say|[a-z]{3,}ed|died|" + IRREGULAR_PAST + r")(?:\s|,|[.;]?$))"
)
# a name of a word or two: "Biden", "Joe Biden"
_SHORT_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
# a second report's "that" (not a pronoun: "..., and that was the end of it")
_THAT = r"that(?!\s+(?:is|was|are|were|will|would|has|had|can|could|may|might|must|should|of)\b)"
_JOINT = re.compile(
    r";\s+|,\s+(?:and\s+" + _THAT + r"|and|but|while|whereas)\s+(?=[A-Z]?[a-z]+\s)"
    r"|:\s+(?=[“\"])"  # "... part of the solution: “What will stop Ebola ...”"
    # a frame that interrupts a quotation: '"The economy is strong," said Smith, "and it will
    # grow."' (what the frame names speaks both parts)
    r"|,[”\"]\s+(?:(?:said|says|wrote|added|continued|explained|noted)\s+[^,“”\"]{2,60}"
    r"|[^,“”\"]{2,60}?\s+(?:said|says|wrote|added|continued|explained|noted))"
    r"(?:,[^,“”\"]{2,60})?,\s+[“\"]"
    r"|,\s+(?=(?:adding|(?:who|which) said)\b)"  # "39 died, officials said, adding that ..."
    r"|,\s+with\s+"  # "Rescue work resumed, with more bodies recovered"
    # a participle clause: "supplies were delayed, leaving them two weeks", "..., potentially
    # ending decades of conflict"
    r"|,\s+(?=(?:[a-z]+ly\s+)?(?!(?:according|including|during|following|depending|quoting|speaking|citing"
    r"|regarding|concerning|excluding|considering|notwithstanding)\b)[a-z]+ing\s"
    # (not a noun before a closing report: "..., wrestling promotion Stardom announced")
    r"(?![^,;]*\b(?:said|says|told|announced|reported|stated)\b[^,;]*$))"
    # a closing apposition: "in Magnitogorsk, a city in the Urals" (not '..., a source said')
    # (not a time: "..., a day after the report")
    r"|,\s+(?=an?\s+(?!(?:day|week|month|year|decade|few|couple)\b)[a-z][^,;]*$)"
    r"(?![^,;]*\b(?:said|says|told|added|wrote|stated|noted)\b)"
    # a closing relative clause states a fact of its own: "..., which left 42 people dead"
    r"|,\s+(?=(?:which|who)\s+(?!said\b)[^,;:]*$)"
    # and a relative clause without a comma: "the shutoffs which were expected to last"
    r"|\s+(?=(?P<which>which\s+(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would"
    r"|[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s))"
    # and "who" after a name, which needs no defining: "the loss of Chadwick Boseman who
    # passed away this evening" (not "the man who was arrested")
    r"|\s+(?=(?P<who>who\s+(?!(?:said|says|told|reported|added|stated|wrote|noted)\b)(?:[a-z]+ly\s+|also\s+)?(?:is|are|was|were|has|have|had"
    r"|[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s))"
    # a clause of its own after "after" or "because": "arrested after their daughter had escaped"
    # (not a reason that completes "is": "One of the reasons ... is because people ...")
    r"|(?<!\bis)(?<!\bwas)(?<!\bis,)(?<!\bwas,),?\s+"
    r"(?=(?:after|because|although|even though)\s+(?:[a-z]+\s+){0,3}"
    r"(?:was|were|is|are|had|has|have|did)\b)"
    r"|\s*\[(?:\.\.\.|…)\]\s*(?=[A-Z])"  # quoted fragments joined by "[...]"
    r"|(?<=[”\"])" + QUOTES_JOINED + r"(?=[“\"])"  # two quotations: 'called it "null" and "void"'
    # "said A and that B" (B without its "that", as gold files cut it)
    r"|\s+(?:and|but)\s+" + _THAT + r"\s+|\s+and\s+(?=said\s)|,\s+(?=such that\s)"
    r"|\s+and\s+(?=according to\s)"  # "A and according to the ministry he died"
    # a second predicate: "were banned from washing and could not use the toilet"
    r"|\s+and\s+(?=(?:could|would|will|can|cannot|may|might|has|have|had|was|were|is|are|does|did)\s)"
    # a second action: "exited the Hall and continued to attack others"
    # (not two verbs sharing an object: "has engineered and operated reusable rockets")
    r"|(?<!ed)\s+and\s+(?=(?:then\s+|later\s+|also\s+|[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|"
    + PARTICIPLE_PAST
    + r"|"
    + IRREGULAR_PAST
    + r")(?:\s|[.;]?$))"
    r"|(?<!\ball)(?<!\banything)(?<!\bnothing)\s+but\s+"
    r"(?=(?:later\s+|also\s+|then\s+)?(?:did|was|were|is|are|has|had|have|would|could"
    r"|will|can|[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s)"  # "agreed to add two members but did
    # not accede to ...", "confirmed the arrests but gave no details"
    r"|,\s+(?=though\s)"  # "had appeared to wear a vest, though it was later found ..."
    # "..., so it is not a burden", "..., so Omani law allowed three days" (not a purpose: "so
    # he could be hospitalized", "so that only one remains", nor "so to speak", "so far")
    r"|,\s+so\s+(?!(?:that|to|far|much|many|long|as|on|forth|called)\b)"
    r"(?!(?:[\w'’]+\s+){1,2}(?:could|can|would|might)\b)(?=[A-Za-z])"
    # "stabbed several people, then fled", "0.5% of turnover, compared to 7% in the UK",
    # "142 cases, of which three patients have died"
    r"|,\s+(?P<then>then)\s+|,\s+(?=compared\s+(?:to|with)\s)|,\s+(?=of\s+(?:which|whom)\s)"
    r"|,\s+(?=followed\s+by\s)"  # "Buttigieg secured 14, followed by Sanders, with 12"
    # the middle of a list of actions: "killed three people, destroyed hundreds of homes and
    # left thousands without power" (not "arrested two men, aged 19 and 23, on suspicion")
    # (not participles of a noun: "found the victims, trapped in the rubble and injured by ...")
    r"|,\s+(?=(?P<actions>(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s"
    r"(?!(?:in|by|at|on|from|with|under|into|inside|during|after)\b)[^,;]{2,80}?"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s))"
    # a clause with a subject of its own: "The council was adjourned and Lam later delivered
    # the speech", "Coronavirus is an airborne disease and it can be cured" (only after a
    # clause: not "Smith and Jones said")
    r"|(?:,|\s+[—–])?\s+(?:and|but)\s+(?=(?P<clause>" + _NEW_CLAUSE_AFTER_AND + r"))"
    # "..., after which a third person removed his knife", "a trial in which eleven men
    # have been charged"
    r"|,?\s+(?:in|after|during|following)\s+which\s+(?=" + _NEW_SUBJECT + r")"
    # "arrested after a jackal died", "to find a new leader after Jo Swinson was defeated"
    r"|,?\s+(?=(?P<after>after)\s+" + _NEW_SUBJECT_AFTER_AND + r")"
    r"|,\s+(?=at\s+which\s+(?:point|time)\s+)"  # "stable until 2015, at which point ..."
    # a place and what happens there, closing the sentence: "..., where they can cause
    # pneumonia" (not "Libya, where a civil war is underway, goes against ...")
    r"|,\s+(?=where\s+" + _NEW_SUBJECT + r"[^,;:]*$)"
    # two sentences joined by a comma: "..., we also take bath in cow dung" (not "..., he said")
    r"|,\s+(?=(?P<splice>(?:he|she|it|they|we|I|you|there|others|this)\s+(?!" + VERBS + r")"
    r"(?!(?:think|believe|guess|hope|feel|suppose|mean|know|understand|who|and|or)\b)[a-z]{2,}\s"
    # (or a name and its past: "Warren earned 8 delegates, Biden earned 6")
    r"|(?P<named>"
    + _SHORT_NAME
    + r")\s+(?!"
    + VERBS
    + r")(?:[a-z]{3,}ed|"
    + IRREGULAR_PAST
    + r")\s))"
    # a dash before a clause with a subject of its own, closing the sentence: "Salling takes
    # over 7000 employees — Netto Poland currently has about 5000" (two dashes are an aside)
    # (not a noun with a relative clause: "— a move the opposition had demanded")
    r"|\s+[—–]\s+(?!(?:a|an|the)\s+(?:[\w'’-]+\s+){1,2}(?:the|a|an|he|she|it|they|we|I|its"
    r"|his|her|their)\s)(?=(?:" + _NEW_CLAUSE_AFTER_AND + r")[^—–]*$)"
    r"|,\s+as\s+(?=(?:it|he|she|they|we|I|there)\s)"  # "..., as it considers the pipeline ..."
    # what went on meanwhile: "blocking the exits as they chanted slogans"
    r"|\s+as\s+(?=(?:it|he|she|they|we)\s+[a-z]{3,}ed\s)"
    # a full stop the sentence splitter passed over inside a quotation: "… afternoon. They …"
    # (or before a name with a small particle: "... in the airstrike. al-Muhandis was ...")
    r"|(?:(?<=[a-z0-9%)][.!?])|(?<=\[\.\][”\"]))\s+(?=[A-Z0-9]|(?:al|el|ad|ash|bin|ibn)-[A-Z])"
)


_FRAME_NAMED = re.compile(r"[,”\"]\s*" + INVERTED_VERBS + r"\s+" + NAME + r"$")


# a subject and its verb in the past: "The storm killed" (not "Some estimated", "having thus
# armed")
_ACTION = re.compile(
    r"(?:^|\s)(?!(?:some|the|a|an|having|thus|its|their|his|her|these|those|many|most|being)\b)"
    r"[\w'’-]+\s+(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r")\s",
    re.I,
)


def _conditioned(sentence: str, before: str) -> bool:
    """Whether a condition or time clause leads the words before a joint, in the sentence
    or in the part since the last joint."""
    return any(SUBORDINATE.search(words) for words in (sentence, before))


# a clause that opens with its own subject and verb (not a phrase that leads in: "In a video
# posted to Twitter", "According to figures released on Monday")
_OPENS_CLAUSE = re.compile(
    r"(?!(?:In|On|At|During|After|Before|With|From|Under|Following|Since|As|By|For|Through"
    r"|Despite|Amid|Upon|Over|Within|According|Like|Unlike|Of|To|Asked|Speaking)\b)"
    + _NEW_SUBJECT_AFTER_AND
)
_SUBORDINATOR = re.compile(
    r"\b(?:after|before|when|while|since|until|because|if|once|whether|although)\b", re.I
)
# a speech verb that ends the sentence with its source: "..., Smith complained on Tuesday."
_SPEECH_AFTER = re.compile(
    _SHORT_NAME + r"\s+[a-z]+ed(?:\s+(?:on|in|at|last|this)\s+\w+"
    r"|\s+\w+day|\s+(?:yesterday|today|later))?\s*[.!?]?$"
)


def _one_clause(joint: re.Match[str], text: str, start: int) -> bool:
    """Whether a joint that needs a clause on each side ("A which B", "A, we B", "A and the
    B were") has only one."""
    before = text[start : joint.start()]
    if joint["who"] and not re.search(r"(?<!\bthe )\b[A-Z][\w'’.-]*$", before):
        return True  # "the man who was arrested", "the Representatives who voted" define them
    if joint["which"] or joint["who"]:
        # (not a cleft: "It was the NCA's investigation which led to the website")
        cleft = re.match(r"(?:It|This|That)\s+(?:was|is)\b", before)
        return cleft is not None or not FINITE.search(_clause(before))
    if joint["actions"]:  # after a first action, not "Some estimated death tolls, provided"
        return not _ACTION.search(_clause(before))
    if joint["then"]:  # "If the goal is peace, then foreign powers should ..."
        return _conditioned(text[: joint.start()], before)
    if joint["splice"]:
        # a name and its past after a clause with a subject and verb of its own ("Warren
        # earned 8 delegates, Biden earned 6"; not "In a video posted to Twitter, Warren
        # said", nor a frame closing the sentence: "The plan will fail, Smith complained")
        clause = _clause(before)
        named = joint["named"] and (
            not _OPENS_CLAUSE.match(clause)
            or _SUBORDINATOR.search(clause)  # "A week after the vote was held, Johnson ..."
            or _SPEECH_AFTER.match(text, joint.end())
        )
        return bool(named) or _dependent(text[: joint.start()], before)
    if joint["clause"]:
        return _shared_subject(before, text[joint.end() :])
    if joint["after"]:  # "This comes a week after ..." says nothing of its own
        return len(before.split()) < 5
    return False


def _clause(before: str) -> str:
    """The last clause of ``before``: what follows its last report verb, "that", colon or
    opening quotation mark."""
    return re.split(r"\b(?:that|said|says|told|noted|claimed|added)\s+|:|[“\"](?=\w)", before)[-1]


def _shared_subject(before: str, after: str) -> bool:
    """Whether the words before "and" are only the first part of a subject: "Smith and Jones
    said", 'He noted, "The government and the camp have', "Bob and Doug are home"."""
    names = after[:1].isupper() and not after.startswith(("I ", "The ")) and before[-1:].isalpha()
    # (two names share a plural verb: "Bob and Doug are home", not "... Puerto Rico and Pedro
    # Pierluisi was sworn in" or, after a clause, "US troops had defeated ISIS and Turkey
    # would be moving")
    singular = re.match(
        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:was|is|has|does|would|will|could|can|might)\s",
        after,
    )
    clause = _clause(before).rsplit(",", 1)[-1]
    if before.split()[-1:] in (["he"], ["she"], ["we"], ["I"], ["they"]):
        return True  # "after revelations he and his staffers sent ..."
    return not FINITE.search(clause) or (
        names and not singular and before.split()[-1][:1].isupper()
    )


def _dependent(sentence: str, before: str) -> bool:
    """Whether the words before a comma are no sentence of their own: "If the vote fails",
    "From now on", "In between, she testified"."""
    clause = _clause(before).strip()
    return (
        _conditioned(sentence, before)
        or not FINITE.search(clause)
        or bool(ENDS_REPORTING.search(clause))
    )


def _last_item(joint: str, before: str, words: str) -> bool:
    """Whether ", and" ends a list: "..., and head trauma", "black clothes, face masks, and
    helmets gathered" (the item before it a few words of no verb after a comma)."""
    if not re.fullmatch(r",\s+and\s+", joint):
        return False
    # (a source is no item: "..., according to witnesses, and ten cars fell")
    item = re.search(r",\s+(?!according\b)((?:[\w'’-]+\s+){0,2}[\w'’-]+)$", before)
    predicate = re.match(r"(?:is|are|was|were|has|have|had)\s", words)  # "..., and was built"
    return not FINITE.search(words) or bool(item and not FINITE.search(item[1]) and not predicate)


def _short_statement(words: str, joined: bool = False) -> bool:
    """Whether a few words state something: "he declined.", "wrote about feminism", "one
    voted no"."""
    subject = re.match(  # (and a closing relative clause: "which he denied")
        r"(?:(?:which|who)\s+)?(?:(?:he|she|it|they|we|I)\s+)?(?:(?:[a-z]+ly|then|later|also)\s+)?",
        words,
    )
    return len(words.split()) > 1 and (
        bool(subject and FINITE.match(words, subject.end()))
        or bool(re.match(_NEW_SUBJECT, words))  # "one independent supported."
        # after a conjunction, a noun and its verb: "..., while wages fell 2%."
        or (joined and len(words.split()) > 2 and bool(re.match(_NEW_CLAUSE_AFTER_AND, words)))
    )


# a full stop that ends no sentence: "Glawischnig-Piesczek vs. Facebook"
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Gov|Sen|Rep|Jr|Sr|Inc|Ltd|Co|No|vs)\.$")
# a leading clause that states something of its own: "While a vaccine appears to work, ..."
_LEADING = re.compile(
    r"(?:While|Although|Even though|Though|Whereas|With|As|Because|Since)\s+(?!of\b)"
    r"([^,]{25,200}),\s+"
)
# a participle phrase before the subject: "Born in 1935 in Mirati, Mukherjee began ...",
# "Currently ranked 27th, Basilashvili reached ..."
_LEADING_PARTICIPLE = re.compile(
    r"((?:(?:Currently|Initially|Originally|Previously|Formerly|Once|Long|Widely)\s+[a-z]{3,}ed"
    r"|(?:Born|Founded|Elected|Appointed|Established|Raised|Educated|Named|Known)"
    r"(?=\s+(?:in|on|at|by|as|for|from|to|with|during|after|before|near|under)\b))"
    # (with no verb of its own: not "Known for years the cases were hidden, ...")
    r"(?:(?!\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|did)\b)"
    r"[^;:“”\"]){3,120}?),\s+(?=" + _NEW_SUBJECT_AFTER_AND + r")"
)


def propositions(sentence: Piece) -> list[Piece]:
    """A sentence split where it joins separate statements, as gold labels cut them: "A; B",
    "A, and the B ...", "A, while B", "A, with B", "A and could B", "While A, B", "A, leaving
    B", "A, a city in B", "A after B had C", "A [...] B", a report and the quotation after its
    colon, the sentences of a quotation; a short last item ("..., and head trauma") stays."""
    parts: list[Piece] = []

    def leading_clause(start: int) -> int:
        """Where the part starting at ``start`` goes on after a leading clause of its own."""
        leading = _LEADING.match(sentence.text, start) or _LEADING_PARTICIPLE.match(
            sentence.text, start
        )
        # ("With", "Since" and "As" lead a clause only with a verb: not "Since the release
        # of the text messages, ...", "With resolution No. 1430/2019, ...")
        prepositional = sentence.text.startswith(("With", "Since", "As"), start)
        if not leading or (prepositional and not FINITE.search(leading[1])):
            return start
        parts.append(_piece(sentence, leading.start(1), leading.end(1)))
        return leading.end()

    start = leading_clause(0)
    for match in _JOINT.finditer(sentence.text, start):
        if (
            # a full stop ends a statement however short, and so does a short clause with a
            # verb ("Three people died and ..."); a comma after a few words does not
            (
                match.start() - start >= 20
                or (
                    # (a short clause with a verb: "He was 34 and reported on the war")
                    (
                        match.start() - start >= 12
                        or len(sentence.text[start : match.start()].split()) >= 3
                    )
                    and (
                        match.group(0).isspace()
                        or (
                            re.search(r"\b(?:and|but)\b", match.group(0)) is not None
                            and bool(FINITE.search(sentence.text, start, match.start()))
                            and not SUBORDINATE.search(sentence.text, start, match.start())
                        )
                    )
                )
            )
            # "..., and head trauma." is no statement; "..., but he declined." is
            and (
                len(sentence.text[match.end() :].split()) > 3
                or _short_statement(
                    sentence.text[match.end() :],
                    re.search(r"\b(?:and|but|while|whereas)\b", match.group(0)) is not None,
                )
            )
            and not _ABBREVIATION.search(sentence.text, 0, match.start())
            and not _last_item(
                match.group(0), sentence.text[start : match.start()], sentence.text[match.end() :]
            )
            # who the source is ('..., said John Smith, a spokesman for the company') is part
            # of the frame (but what the source adds is not: '..., said Smith, adding that')
            and (
                not _FRAME_NAMED.search(sentence.text, 0, match.start())
                or sentence.text.startswith("adding", match.end())
            )
            and not _one_clause(match, sentence.text, start)
        ):
            parts.append(_piece(sentence, start, match.start()))
            start = leading_clause(match.end())
    parts.append(_piece(sentence, start, len(sentence.text)))
    # a report split off with nothing of its own ("The prime minister, Boris Johnson,
    # tweeted:", "Hataman agreed, saying", "As Heald told The Huffington Post, ...") frames
    # what follows; it states nothing
    kept = [part for part in parts if not _bare_frame(sentence, part)] or parts
    return [rest for part in kept for rest in _after_gloss(sentence, part)]


def _after_gloss(sentence: Piece, part: Piece) -> list[Piece]:
    """A part without the original words of a translated quotation that open it, and with
    what the text goes on to say after them in Latin script ("... नहीं रोक सकता।  Earlier this
    month, Chakrapani told ThePrint, ...")."""
    if not GLOSS.match(part.text):
        return [part]
    back = BACK_TO_LATIN.search(part.text)
    if back is None:
        return []
    start = part.start - sentence.start + back.end()
    return propositions(_piece(sentence, start, part.end - sentence.start))


_RELATIVE = ("which ", "who ", "whose ")
"""How a relative clause's words start."""


def a_relative_clause(words: str) -> bool:
    """Whether the words are a relative clause: inside another claim's evidence a claim of
    its own, and a fact of the article's unless it reports."""
    return words.startswith(_RELATIVE)


# a relative clause set off by commas inside a sentence states a fact of its own: "Efforts
# to contain the SARS outbreak, which took place in 2003, mainly involved ..."
_ASIDE = re.compile(
    r",\s+((?:which|who|whose)\s+(?!said\b)(?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){8,}?),\s"
    # and a clause between dashes: "it is commonplace for new governments — Johnson became
    # prime minister in July — to suspend parliament"
    r"|\s[—–]\s+([^—–;:“”\"]{12,200}?)\s+[—–]\s"
)


def asides(part: Piece) -> list[Piece]:
    """The relative clauses and clauses between dashes inside a proposition that state
    something of their own; the proposition keeps them, as gold labels do."""
    return [
        _piece(part, match.start(group), match.end(group))
        for match in _ASIDE.finditer(part.text)
        for group in (1, 2)
        if match[group] and FINITE.search(match[group])
    ]


# what a frame that hands over to a quotation ends with: "The family's statement read:",
# "an official account made the following announcement:", "Edwards addressed the public:"
_HANDS_OVER = re.compile(
    r"\b(?:read(?:,? in part)?|(?:the following|an?) (?:announcement|statement)"
    r"|addressed (?:the )?(?:public|nation|crowd|media|press|reporters))$"
)


def _bare_frame(sentence: Piece, part: Piece) -> bool:
    after = sentence.text[part.end - sentence.start :]
    led = sentence.text[: part.start - sentence.start].endswith("As ")
    if re.match(r":\s*[“\"]", after) and _HANDS_OVER.search(part.text.rstrip()):
        return True
    if not (re.match(r":|,\s+" + PARTICIPLE, after) or led):
        return False
    # (words of its own after the report are no bare frame: "Smith said it was over, adding")
    return any(
        a.start == part.start
        and len(rest.split()) <= 4
        and not (len(rest.split()) > 1 and FINITE.search(rest))
        for a in attributions(part)
        if not a.trailing
        for rest in [part.text[a.end - part.start :]]
    )


def _piece(sentence: Piece, start: int, end: int) -> Piece:
    return Piece(sentence.start + start, sentence.start + end, sentence.text[start:end])
