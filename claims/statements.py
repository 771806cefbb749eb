"""The evidence made to stand alone as a statement: a relative clause with what it
refers to named, without a connective that only leads into it, and reported by who says it
with the article's own verb."""

from __future__ import annotations

import re

from . import frames
from .models import Mode, Span
from .names import PARTICLE
from .text import Piece, quoting
from .verbs import CALLED, FINITE, IRREGULAR_PAST, VERBS

# what a relative clause refers back to: a name ("Abu Mahdi al-Muhandis", "The Islamic State
# of Iraq and the Levant"), with an age after it ("Emily Spanton, 39"), or a noun phrase with
# its determiner ("the SARS outbreak", "a reduced-complexity model")
_CAPITALISED = r"(?:(?:al|el|ad|bin|ibn)-)?[A-Z][\w'’.-]*"
_NAMED = (
    r"(?!(?:Only|Even|Also|But|And|Then|In|On|At|As|When|While|After|Since|If)\b)"
    r"(?:(?:the|The)\s+)?"
    + _CAPITALISED
    + r"(?:\s+(?:(?:of|and|the|"
    + PARTICLE
    + r")\s+)*"
    + _CAPITALISED
    + r")*"
)
_DETERMINED = (
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Oo]ur)"
    r"(?:\s+(?!(?:in|on|at|to|for|with|by|from|about|as|into|is|are|was|were|has|have|had)\b)"
    # (no report inside: not "The company said the plant")
    r"(?!" + VERBS + r"\b)[\w'’-]+){1,4}"
)
_ANTECEDENT = re.compile(
    r"(?:(?P<name>" + _NAMED + r")(?:,\s+\d{1,3})?|(?P<phrase>" + _DETERMINED + r"))[,\s]*$"
)


# a second predicate split from its subject: "... but broke her leg", "... and was released"
_PREDICATE = re.compile(
    r"(?:then\s+|later\s+|also\s+)?(?:(?:refused|declined)\s(?=to\b)|did\s+not\s|(?:[a-z]{3,}ed|"
    + IRREGULAR_PAST
    + r"|was|were|has|had)\s"
    r"(?<!followed )(?<!compared )(?!by\b|to\b|with\b))"  # (not "followed by", "compared to")
)
_REPORTS = re.compile(r"(?:[a-z]+ly\s+|also\s+)?" + VERBS)
# a determiner alone is no subject: "The" of "The Sun reported"
_BARE = {"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their"}
# words that open a sentence and not a name: lowercased after "X said that"
_OPENERS = _BARE | {"He", "She", "It", "They", "We"}
# the subject that opens a sentence (after when, if the sentence says), with its verb
_OPENING = re.compile(
    r"(?:(?:In|On|At|By|Last|Earlier|Later)\s[^,]{1,40},\s+)?(?P<subject>He|She|They|We|I|"
    + _NAMED
    + r"|"
    + _DETERMINED
    + r")"
    r"\s+(?:[a-z]+ly\s+|also\s+)?(?:[a-z]{3,}ed|" + IRREGULAR_PAST + r"|was|were|is|are|has|had"
    r"|have|will|would|could|can|did|said|told)\b"
)


# a report's clause with its own subject, and the "and" or "but" of a second predicate after
# it: "said she had been in excellent health but", "reported Cummings had been sick and" (not
# past a comma, where the predicate is the source's own: "noted that the House did not
# ratify it, and mentioned ...")
_REPORT = re.compile(r"\b(?:" + VERBS + r"|believed|thought|feared|suspected|knew|felt)")
_REPORTED = re.compile(
    _REPORT.pattern
    + r"\s+(?:that\s+)?(?P<subject>he|she|it|they|we|I|"
    + _NAMED
    + r"|"
    + _DETERMINED
    + r")\s+(?:[a-z]+ly\s+|also\s+|not\s+)?(?:[a-z]{3,}ed|"
    + IRREGULAR_PAST
    + r"|was|were|is|are|has|had|have|will|would|could|can|did)\b[^;:,“\"]*?\s+(?:and|but)\s+$"
)


def _reported_subject(before: str) -> str | None:
    """The subject of the last report's clause that the words go on from, if any."""
    for report in reversed(list(_REPORT.finditer(before))):
        found = _REPORTED.match(before, report.start())
        if found:
            return found["subject"] if found["subject"] not in _BARE else None
    return None


def standalone(text: str, evidence: Span, sentence: Piece) -> str:
    """The evidence's words, made to stand alone: a relative clause with what it refers to
    named ("which took place in 2003" after "the SARS outbreak, " is "the SARS outbreak took
    place in 2003"), a second predicate with the subject its sentence opens with ("broke her
    leg" after "She planned a dancing career but" is "She broke her leg")."""
    if _PREDICATE.match(evidence.text):
        before = text[sentence.start : evidence.start]
        if re.search(r"[“\"]", before):  # (not into a quotation)
            return evidence.text
        # the subject of the clause a report goes on with: "The Sun reported Cummings had
        # been sick and was missing" (Cummings was missing), else the one the sentence opens
        # with, not a bare determiner
        reported = None if _SPEECH_ACT.match(evidence.text) else _reported_subject(before)
        if reported:
            return f"{reported} {evidence.text}"
        subject = _OPENING.match(before)
        if (
            subject is None
            or subject["subject"] in _BARE
            # (but what the source then did is theirs: "She said it, but refused to ...")
            or (
                _REPORTS.match(before, subject.end("subject") + 1)
                and not frames.a_deed_after(text, sentence.start, evidence)
            )
        ):
            return evidence.text
        return f"{subject['subject']} {evidence.text}"
    # (the subject of its clause: not "which he denied")
    relative = re.match(
        r"(which|who|whose)\s+(?!(?:he|she|it|they|we|I|you|the|a|an|his|her|its|their)\b|[A-Z])",
        evidence.text,
    )
    if relative is None:  # (most claims: nothing to look for before them)
        return evidence.text
    before = text[max(0, evidence.start - 120) : evidence.start]
    # the words since the last comma: the referent must end them, and not be the last of a
    # list ("Libya, and Yemen, which"), the end of an "of" phrase ("a director of the
    # Commission, who") or inside an apposition ("..., an annual commemoration of the War")
    segments = re.split(r"[,;:(—]\s+", re.sub(r",\s+\d{1,3},?\s*$", "", before).rstrip(", "))
    clause = segments[-1]
    referent = _ANTECEDENT.search(clause + ", ")
    if referent is None:
        return evidence.text
    lead = clause[: referent.start()]
    apposition = len(segments) > 1 and re.match(r"(?:a|an|the)\s", clause, re.I)
    # (what a preposition's object is to the sentence is seldom what the clause is about: "a
    # treaty with Iran, which had been agreed", "an attack in Saudi Arabia which halved"; an
    # agent after "by" is: "He was met by Abu Mahdi al-Muhandis, who was also killed")
    attached = re.search(
        r"\b(?:of|for|and|or|in|on|at|with|to|from|into|over|under|after|before|near|against)\s+$",
        lead,
    )
    by_what = relative[1] == "which" and lead.endswith("by ")  # "a documentary by X, which"
    if (
        attached
        or by_what
        or apposition
        or re.match(r"which (?:is|was) (?:why|because)\b", evidence.text)
    ):
        return evidence.text
    named = referent["name"] or referent["phrase"]
    if relative[1] == "whose":
        named += "’s" if "’" in text else "'s"
    return f"{named} {evidence.text[relative.end() :]}"


# a connective that leads into a statement: "Thus, ", "In fact, ", "Nevertheless, "
_LEAD = re.compile(
    r"(?:Thus|Specifically|Nevertheless|Nonetheless|However|Meanwhile|Instead|Moreover"
    r"|Furthermore|Also|Still|Later|Earlier|Then|Now|Overall|Therefore|Hence|Indeed|Finally"
    r"|(?:Addition|Separate|Similar|Current|Previous|Initial|Eventual|Ultimate|Consequent|Recent"
    r"|Subsequent|Original|Notab|Important|Reported|Alleged|Apparent|Unfortunate|Fortunate)ly"
    r"|In fact|In addition|In total|In all|As a result|By contrast|In contrast|In response"
    r"|Whatever the circumstances),\s+"
    r"|(?:and|but)\s+(?=\w)"  # a quotation's second part: '..." said Smith, "and it will grow'
    # and what opens a sentence or an answer as speech does: "And the second set was taken
    # in 2004", "Well, it took 20 years", "I mean, there are signs of it"
    # (not "Well over 100 people died", "Well water is safe")
    r"|(?:And|But|I mean|Yeah|Basically|Actually),?\s+(?=\w)|Well,\s+(?=\w)"
    r"|Well\s+(?=(?:there|that|it|I|we|you|they|he|she|the|one|this)\b)"
)


def without_lead(evidence: Span) -> Span:
    """The evidence without a connective that only leads into its statement (the gold
    labels' convention); what follows must be a statement of a few words."""
    lead = _LEAD.match(evidence.text)
    rest = evidence.text[lead.end() :] if lead else ""
    if not lead or len(rest.split()) < 4 or not FINITE.search(rest):
        return evidence
    return Span(text=rest, start=evidence.start + lead.end(), end=evidence.end)


# cues a statement reports with as the article does, so it keeps what the verb says of the
# words: "denied that", "estimated that", "tweeted:" (not "told", which wants its listener,
# nor "urged" or "vowed", which want an infinitive); in the past, which agrees with any
# subject ("Reports reports" would not)
_OWN_VERB = re.compile(
    r"(?:said|stated|added|argued|warned|announced|declared|claimed|reported|wrote|explained"
    r"|noted|confirmed|insisted|emphasi[sz]ed|stressed|suggested|found|estimated|denied"
    r"|acknowledged|admitted|replied|responded|tweeted|ruled|concluded|predicted|indicated"
    r"|pointed out|alleged|promised|believed|maintained|mentioned)",
    re.I,
)
_IRREGULAR = {"says": "said", "say": "said", "writes": "wrote", "finds": "found", "find": "found"}
_PARTICIPLES = {"wrote": "written"}


def _in_the_past(cue: str) -> str | None:
    """The cue as a verb in the past that a statement can report with, if it is one:
    "says" -> "said", "denies" -> "denied", "admits" -> "admitted", "points out" ->
    "pointed out"; None for "told" or "urged"."""
    verb, *rest = cue.lower().split()
    base = verb[:-1] if verb.endswith("s") and not verb.endswith("ss") else verb
    pasts = [_IRREGULAR.get(verb), verb, base + "d", base + "ed", base + base[-1] + "ed"]
    return next(
        (
            phrase
            for past in pasts
            if past and _OWN_VERB.fullmatch(phrase := " ".join([past, *rest]))
        ),
        None,
    )


# what a source does with words: report, urge, mention ("and urged locals to help")
_SPEECH_ACT = re.compile(
    r"(?:also\s+|then\s+|later\s+)?(?:" + VERBS + r"|urged|mentioned|termed|projected|asked)\s"
)
# what may stand between a source and its verb: "Smith later denied", "Police have said"
_BETWEEN = re.compile(
    r"(?:\s+(?:[a-z]+ly|also|then|later|not|has|have|had|was|were|is|are|will|would|did|does))*"
    r"\s*$"
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}


# what the source called: 'Gutierrez was described by the CBCP as "', "a process Zapata
# described as"
# (what is called is a noun phrase: not "It is what Smith described as", "which Smith
# described as")
_CALLED_AS = re.compile(
    r"(?:^|[,;:]\s+)(?P<what>(?!(?:which|that|what|who|It|This)\b)(?:[Tt]he|[Aa]n?|[A-Z][\w'’-]*)"
    r"(?:\s+(?!(?:is|are|was|were|said|says|which|that|what|who)\b)[^,;:\s]+)*?)"
    r"\s+(?:(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?P<verb>"
    + CALLED
    + r")\s+by\s+(?:the\s+)?(?P<by>[^,;:]+?)"
    r"|(?:[A-Z][\w'’.-]*\s+){1,4}(?P<active>described|characteri[sz]ed))\s+as\s*[“\"]?$"
)


def speakers_verb(text: str, cue: Span, who: str) -> bool:
    """Whether ``cue`` is the verb of the speaker's own frame, so a statement may report
    with it: right after the speaker's name or pronoun, past an apposition, an adverb or an
    auxiliary ("Smith, the lawyer, later denied"), or right before it ("..., wrote Smith",
    "according to the ministry"); not a verb of anyone else in the sentence ("Police said
    the man, who denied the charges, ...")."""
    named = {word.casefold().strip(",.") for word in who.split()} - {"the", "a", "an"}
    before = _BETWEEN.sub("", text[max(0, cue.start - 200) : cue.start])
    before = re.sub(r",[^,]{1,80},\s*$", "", before)  # (an apposition)
    last = re.search(r"([\w.-]+)(?:['’]s?)?\W*$", before)
    after = re.match(r"\s*(?:the\s+)?([\w.-]+)", text[cue.end :], re.I)
    word_after = after[1].casefold().strip(".") if after else ""
    if cue.text.casefold() == "according to":
        return word_after in named
    word_before = last[1].casefold().strip(".") if last else ""
    return word_before in named | _PRONOUNS or word_after in named


def reported(
    who: str | None,
    mode: Mode,
    words: str,
    *,
    complement: str | None = None,
    cue: str | None = None,
    before: str = "",
) -> str:
    """The words as a sentence that names who says them: after the words a complement needs
    (``complement``: "drew parallels" before "to the Korean War"), else after the speaker's
    own verb where it takes them (``cue``: "denied that", "estimated that"), else "said".
    ``before`` is the sentence up to the words."""
    words = words.strip().rstrip(".")
    if not words:
        return words
    if quoting(words):  # evidence cut inside a quotation: "... “cannot be ruled out"
        words += "”" if "“" in words else '"'
    first = words.split()[0]
    said = _in_the_past(cue) if cue else None
    if who is None and said and said != "said" and mode != "direct":
        # someone the text does not name: the verb still says what the words are ("He
        # denied that the firm paid bribes")
        lowered = words[:1].lower() + words[1:] if first in _OPENERS else words
        return f"It was {_PARTICIPLES.get(said, said)} that {lowered}."
    # (the words name the speaker: "Sikorski drew parallels ...", not "The bridge will ...")
    if who is None or (first in who.split() and first[:1].isupper() and first not in _OPENERS):
        return words[:1].upper() + words[1:] + "."
    capitalised = who[:1].upper() + who[1:]  # "allied leaders" opens a sentence
    if complement:
        return f"{capitalised} {' '.join(complement.split())} {words}."
    # a second report whose subject the text leaves to be its source: "He noted that the
    # House did not ratify it, and mentioned an arbitration route"
    if mode != "direct" and _SPEECH_ACT.match(words) and re.search(r"\b(?:and|but)\s+$", before):
        return f"{capitalised} {words}."
    if mode == "direct":
        words = f"“{words}.”"
    elif first in _OPENERS:  # "X said that he mentioned ...", "... that the attacks"
        words = words[:1].lower() + words[1:]
    called = _CALLED_AS.search(before)
    # (by whom the statement names: not "According to Reuters, Smith was described by
    # colleagues as ...")
    if called and (called["by"] is None or called["by"].casefold() in who.casefold()):
        verb = called["verb"] or called["active"]
        quoted = before.rstrip().endswith(("“", '"')) and mode != "direct"
        return f"{capitalised} {verb} {called['what']} as {f'“{words}”' if quoted else words}."
    if cue and cue.casefold() == "according to":
        return f"According to {who}, {words}" + ("" if mode == "direct" else ".")
    if mode == "direct":
        return f"{capitalised} {said or 'said'}: {words}"
    # (the words straight after their verb take no "that": "denied any sexual activity")
    if cue and said and re.search(r"\b" + re.escape(cue) + r"\s*$", before, re.I):
        return f"{capitalised} {said} {words}."
    return f"{capitalised} {said or 'said'} that {words}."
