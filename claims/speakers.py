"""Who speaks words that their own sentence names no one for: the source named right
after a quotation, the subject that opens the sentence, whom "he" or "they" refers to."""

from __future__ import annotations

import re

from .frames import Attribution
from .models import Span
from .names import (
    BODY,
    DESCRIBED,
    MARKERS,
    NAME,
    a_person,
    a_thing,
    full_name,
    is_pronoun,
)
from .sources import WHEN_FIRST, attributions
from .text import Piece, sentences
from .verbs import FINITE, FINITE_AFTER, IRREGULAR_PAST, PARTICIPLE


def names_quotation_before(text: str, sentence: Piece) -> Attribution | None:
    """The source a sentence of its own names for the quotation that closes right before
    it, and nothing more: '... in two days!" Macron told the world on Thursday via
    Twitter.' (the sentence splitter ends a sentence at '!"' before a capital)."""
    if not re.search(r"[.!?…][”\"»]\s*$", text[max(0, sentence.start - 4) : sentence.start]):
        return None
    found = attributions(sentence)
    if not found or text[sentence.start : found[0].start].strip():
        return None
    rest = text[found[0].end : sentence.end]
    if len(rest.split()) > 8 or re.search('[“”"]', rest) or FINITE.search(rest):
        return None
    # (a verb whose object is what it says: "She credited news media with keeping it alive")
    frame = text[found[0].start : found[0].end].split()  # (empty for a quotation's owner)
    if frame and re.match(r"(?:credit|attribut|accus|blam|call|describ|den|advis|urg)", frame[-1]):
        return None
    return found[0]


# a report that goes on from what its subject did: "The agency ..., but said exports go on"
_GOES_ON = (
    r"(?:said|told|added|warned|claimed|stated|insisted|argued|suggested|noted|explained"
    r"|acknowledged|admitted|denied|predicted|stressed|maintained|conceded|contended)\b"
)


# when or where a sentence starts, before its subject: "Within a day of the event, the KGB
# arrested 33 men, claiming them to be mercenaries"
_LEADS = (
    r"(?:(?:" + WHEN_FIRST + r"|Within|During|After|Before|Following|Since|Yesterday|Today"
    r"|Overnight|Meanwhile|By|Around|Until|Throughout|Upon|Shortly)\b"
    # (not a title: "First Minister Nicola Sturgeon, ...", "Late President John Magufuli")
    r"|(?:First|Then|Finally)(?=,)|(?:Early|Late)(?=\s+[a-z])"
    # "A month later, ...", "Two days earlier, ..."
    r"|(?:An?|One|Two|Three|Four|Five|Six|Several|Some|Days|Weeks|Months|Years)\s+(?:[a-z]+\s+)?"
    r"(?:later|earlier|after|afterwards|before)(?=,))"
)
# and a second phrase of where or when: "A month later, during the third debate, ..."
_AND_DURING = r"(?:(?:during|at|in|on|after|before|following)\b[^,]{0,40},\s+)?"


# the source that opens a sentence, with an apposition after it or without
_OPENER = (
    r"(?:"
    + _LEADS
    + r"[^,]{0,40},\s+"
    + _AND_DURING
    + r")?(?:the\s+)?(?P<who>"
    + NAME
    + r"|(?:he|she|they)\b|"
    + BODY
    + r"|"
    + DESCRIBED
    # the first of two that act together: "the ACLU of Montana and Native American ..."
    + r")(?:\s+and\s+(?:the\s+)?"
    + NAME
    + r")?"
)
_OPENINGS = (
    re.compile(_OPENER + r"(?:[^,]{0,40}?,(?P<apposition>[^,]{3,80}),)?(?=,|\s+[a-z])"),
    re.compile(_OPENER + r"(?=,|\s+[a-z])"),
)


def subject(sentence: Piece, evidence: Span) -> str | None:
    """Who a participle clause or a second verb reports ("X, a biologist, questioned it,
    saying Y", "X opposed it and said Y"): the source that opens the sentence."""
    if not re.match(PARTICIPLE, evidence.text) and not (
        evidence.start > sentence.start and re.match(_GOES_ON, evidence.text)
    ):
        return None
    # the name is the subject only if a verb follows it: not "Rescue work stopped" (and not
    # past an apposition that is the verb's object: "X arrested 33 men, claiming ..., who")
    opening = next(
        (
            match
            for pattern in _OPENINGS
            if (match := pattern.match(sentence.text))
            and FINITE_AFTER.match(sentence.text, _next_word(sentence.text, match.end()))
        ),
        None,
    )
    if not opening:
        return None
    # "One of these groups, the Syrian Democratic Forces (SDF), opposed ..."
    apposition = re.sub(r"^the\s+", "", (opening.groupdict().get("apposition") or "").strip())
    return apposition if re.fullmatch(NAME, apposition) else opening["who"]


def _next_word(text: str, position: int) -> int:
    rest = text[position:]
    return position + len(rest) - len(rest.lstrip(" ,"))


# the name a sentence opens with, past where or when: "In Ohio, Governor Mike DeWine ..."
_OPENING = re.compile(r"(?:(?:" + _LEADS + r"|This\b)[^,]{0,40},\s+)?(" + NAME + ")")


def opener(text: str, sentence: Piece, position: int) -> str | None:
    """The person, by full name, who opens ``sentence`` as its subject before
    ``position``, with no other name between (not "Clinton criticized Trump after he said",
    nor "Mary Smith's husband")."""
    opening = _OPENING.match(sentence.text)
    if opening is None or sentence.start + opening.end() >= position:
        return None
    between = sentence.text[opening.end() : position - sentence.start]
    # (a place is no one the pronoun could be: "Biden gave a speech in New York in which he")
    between = re.sub(r"\bin (?:[A-Z][\w'’.-]*\s?)+", "", between)
    if (
        re.search(r"['’]s?$", opening[1])
        or re.match(r"['’]", between)
        or re.search(r"\b[A-Z]", between)
    ):
        return None
    return _a_person_named(opening[1], text)


def last_source(text: str, position: int, person: bool = False, things: bool = True) -> str | None:
    """The source the text last names by name before ``position``: whom a "he" refers to
    (then one that may be a person, if any: "she" is not "Reuters and NBC")."""
    earlier = list(sentences(text[:position]))
    named = [
        a.who
        for sentence in earlier
        for a in attributions(sentence)
        if a.who not in MARKERS and (things or not a_thing(a.who))
    ]
    if not person:
        # "it" after a sentence about a body or a thing that said nothing yet: "NASA
        # interrupted its coverage. It also credited Leonov with ...", "The report was
        # published on Monday. It also found that ..."
        opening = re.match(NAME + "|" + DESCRIBED, earlier[-1].text) if earlier and things else None
        if (
            opening
            and (a_thing(opening[0]) or not a_person(opening[0]))
            and FINITE_AFTER.match(earlier[-1].text, _next_word(earlier[-1].text, opening.end()))
        ):
            return opening[0]
        return named[-1] if named else None
    # a "he" after a sentence about someone who said nothing yet: "Smith spoke at the summit.
    # “...,” he said."
    for before in earlier[-2:][::-1]:
        opening = _OPENING.match(before.text)
        first = _a_person_named(opening[1], text) if opening else None
        if first:
            return first
    people = [name for name in named if a_person(name)] or named
    if people:
        return people[-1]
    # else the person the sentence before names last, by full name: "A jury convicted
    # Blankenship of conspiracy. He maintains his innocence"
    if earlier:
        for name in reversed([m[0] for m in re.finditer(NAME, earlier[-1].text)]):
            full = _a_person_named(name, text)
            if full:
                return full
    return None


# a person the sentence says spoke, and nothing of what: "Mayor Jane Smith spoke to reporters
# on Monday."
_SPOKE = re.compile(
    r"(?:" + WHEN_FIRST + r"[^,]{1,40},\s+)?(?:[\w'’-]+\s+){0,3}?(?P<who>" + NAME + r")"
    r"(?:,[^,]{3,80},)?\s+(?:\w+ly\s+)?(?:spoke|speaks|addressed|told|responded|replied|remarked"
    r"|commented|gave (?:a|an) (?:speech|statement|interview))\b"
    r"(?![^“”\"]*\bthat\b)[^“”\"]{0,60}[.:]$"
)


def spoke_before(text: str, before: Piece) -> str | None:
    """The person the sentence ``before`` says spoke, if it says nothing of what."""
    spoke = _SPOKE.match(before.text)
    # (not the frame of a quotation before it: '"...!" Macron told the world via Twitter.')
    if spoke is None or names_quotation_before(text, before):
        return None
    return spoke["who"] if a_person(spoke["who"]) else None


# (past a phrase of when before a comma: "Then just 19 years old, she looked at the role")
_LED_OPENING = re.compile(
    r"(?:"
    + _LEADS
    + r"|(?:Then|Now|Once|Aged|When|While|Back|Still|Just)\b"
    # and a participle: "Underwhelmed with her role, she left", "Asked about it, he said"
    + r"|[A-Z][a-z]{2,}(?:ed|ing)(?=\s+[a-z]))[^,“”\"]{0,60},\s+("
    + NAME
    + r"|he\b|she\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|myself)\b")
# (a person something was done to: "John Smith was shot dead on Friday.")
_PASSIVE = re.compile(r"\s*(?:was|were)\s+(?:\w+ly\s+)?(?:\w+ed|" + IRREGULAR_PAST + r")\b")


def first_person_before(text: str, before: Piece, sentence: Piece, words: str) -> str | None:
    """Whose words in the first person a quotation no frame names are: the person the
    sentence before it in the same paragraph opens with as its subject ("Tipton recalled
    going to conventions. “I had a set schedule ...”"), by full name, or whom its "she"
    refers to."""
    if not _FIRST_PERSON.search(words) or "\n" in text[before.end : sentence.start]:
        return None
    opening = _LED_OPENING.match(before.text) or _OPENING.match(before.text)
    if opening is None or _PASSIVE.match(before.text, opening.end()):
        return None
    if opening[1].lower() in ("he", "she"):
        return last_source(text, before.start, person=True)
    return _a_person_named(opening[1], text)


def _a_person_named(name: str, text: str) -> str | None:
    """The person ``name`` stands for by the full name the article gives, if it gives one (a
    surname alone counts where the article writes the full name: "Smith, the mayor")."""
    if is_pronoun(name):
        return None
    full = full_name(name, text)[0]
    return full if len(full.split()) > 1 and a_person(full) else None


# a group named as the subject that opens a sentence: "The Montreal team, led by ..., used"
_GROUP_SUBJECT = re.compile(
    r"(?:(?:The|A|An|Its|Their|Several|Some)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    r"(?:team|scientists|researchers|authors|astronomers|investigators|experts|doctors"
    r"|officials|authorities|police|prosecutors|activists|protesters|residents|witnesses)\b"
)


def last_group(text: str, position: int, within: int = 3) -> str | None:
    """The group a "they" refers to: the latest of the few sentences before ``position``
    that opens with a group as its subject ("The Montreal team", "The scientists")."""
    for sentence in list(sentences(text[:position]))[-within:][::-1]:
        match = _GROUP_SUBJECT.match(sentence.text)
        if match:
            return match.group(0)
    return None
