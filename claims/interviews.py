"""Interviews and translated quotations as Wikinews prints them: who speaks each turn,
whether words ask a question, and a quotation's original words in another script."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from .names import a_person
from .text import Piece, paragraphs

# a turn of an interview, as Wikinews prints one: a paragraph opened by who speaks it,
# "((Philipp Hagemeister)) I saw the notice", "((WN)) What do you think?"
_TURN = re.compile(r"\(\((?P<who>[A-Z][^()\n]{1,60})\)\)")


# a request, which states nothing: "Tell us about Rocky Linux", "See the pictures", "Let's
# light this candle" (not a discourse marker, "See, the idea is ...", nor "Imagine that ...",
# "Let's be clear: ...", nor the same word as a noun: "Watch sales rose", "Tell-tale signs")
_REQUEST = re.compile(
    r"(?:\(\([^()\n]*\)\)\s*)?[“\"]?(?:Tell\s+(?:us|me)|See\s+(?:the|this|these|our|below|above)"
    r"|Imagine\s+(?!that\b)|Let['’]s\s+(?!be\b|say\b|face\b)|Please\b(?![,:])|Click\s|Visit\s+(?:our|the|us)"
    r"|Watch\s+(?:the|our|this)|Listen\s+to|Join\s+(?:us|our|the))"
)


def asks(words: str) -> bool:
    """Whether the words ask something (a question or a request is no claim): "What do you
    think?", "(how do I best explain this?)", "Tell us about the orbits"."""
    return words.rstrip("”\"' )").endswith("?") or bool(_REQUEST.match(words))


class Turn(NamedTuple):
    start: int  # where the turn's paragraph starts
    who: str | None  # None for the interviewer
    words: int  # where its words start, past a label that names who speaks them
    label: str  # what attributes the turn: "((Sara Seager))", "NG"


# an answer some interviews print after its speaker's name or initials instead: "Natasha
# Gownaris: I've wanted ...", "NG: This study started ...", "MS Although we used ..."
_LABEL = re.compile(
    r"(?P<who>(?:[A-Z][a-z'’-]+ ){1,3}[A-Z][a-z'’-]+(?=:)|[A-Z]{2,3}(?=:| [A-Z][a-z]+ [a-z]))"
    r"[:\s]\s*"  # (not a title and a name: "US President Donald Trump said ...")
)


def _labelled(text: str, label: str) -> str | None:
    """The person of ``text`` a turn's label names: a name the text also gives elsewhere, or
    the most frequent name with those initials ("NG": "Natasha Gownaris")."""
    if not label.isupper():
        return label if text.count(label) > 1 else None
    initials = r"[a-z'’-]+\s+(?:[A-Z]\.\s+)?".join(label)
    named = Counter(m.group() for m in re.finditer(rf"\b{initials}[a-z'’-]+", text))
    person = named.most_common(1)[0][0] if named else None
    return person if person and a_person(person) else None


def turns(text: str, publisher: str | None) -> list[Turn]:
    """Each turn of an interview in ``text``: None speaks it for the interviewer (the
    publisher's name, or whoever mostly asks: "((WN))", "((RS))"). A paragraph with no turn
    of its own goes on with the turn before it. A paragraph that answers a question after a
    label naming someone of the text is that person's turn."""
    found: list[tuple[int, str, int, str]] = []
    labelled: list[tuple[int, str, int]] = []
    questions: Counter[str] = Counter()
    statements: Counter[str] = Counter()
    said: Counter[str] = Counter()  # words each speaker says
    asked = False
    for paragraph in paragraphs(text):
        turn = _TURN.match(paragraph.text)
        label = None if turn or not asked else _LABEL.match(paragraph.text)
        asked = bool(turn) and asks(paragraph.text)
        if turn:
            who = turn["who"].strip()
            found.append((paragraph.start, who, paragraph.start, turn[0]))
            (questions if asked else statements)[who] += 1
            said[who] += len(paragraph.text.split())
        elif label:
            labelled.append((paragraph.start, label["who"], paragraph.start + label.end()))
    # initials label answers only where they open more than one ("NG: ...", not "US
    # officials said ...")
    opened = Counter(name for _, name, _ in labelled)
    for start, name, words in labelled:
        person = _labelled(text, name) if opened[name] > 1 or not name.isupper() else None
        if person:
            found.append((start, person, words, name))
    found.sort()
    askers = {who for who in questions if questions[who] >= statements[who]}
    if len(said) > 1 and askers >= set(said):
        # (an answer may end in a question too: who asks is then who says least)
        askers = {min(said, key=said.__getitem__)}
    askers.add(publisher or "")
    return [
        Turn(start, None if who in askers else who, words, label)
        for start, who, words, label in found
    ]


# the original words of a translated quotation, as Wikinews prints them ("((es))Spanish
# language: ‍hay muchos abortos"): they say again what the quotation before them says
GLOSS = re.compile(r"(?:\(\(\w{2,3}\)\)\s*)?(?:[A-Z][a-z]+(?: language)?:\s*\u200d|$)")


def in_gloss(text: str, sentence: Piece) -> bool:
    """Whether a sentence is part of a quotation's original words in another script, after
    the gloss marker in its paragraph ("((ru))Russian: ‍... . После того, как ...")."""
    letters = [c for c in sentence.text if c.isalpha()]
    foreign = sum(c > "\u024f" for c in letters)
    paragraph = text.rfind("\n", 0, sentence.start) + 1
    return foreign * 2 > len(letters) and bool(
        re.search(r"\(\([a-z]{2,3}\)\)", text[paragraph : sentence.start])
    )


# where a quotation's original words in another script end and the text goes on
BACK_TO_LATIN = re.compile(r"[^\x00-\u024f\s][।॥.!?]?\s+(?=[A-Z][a-z])")
