"""Interviews and translated quotations as Wikinews prints them: who speaks each turn,
whether words ask a question, and a quotation's original words in another script."""

from __future__ import annotations

import re
from collections import Counter

from .text import Piece, paragraphs

# a turn of an interview, as Wikinews prints one: a paragraph opened by who speaks it,
# "((Philipp Hagemeister)) I saw the notice", "((WN)) What do you think?"
_TURN = re.compile(r"\(\((?P<who>[A-Z][^()\n]{1,60})\)\)")


def a_question(words: str) -> bool:
    """Whether the words ask something (a question is no claim): "What do you think?"."""
    return words.rstrip("”\"' ").endswith("?")


def turns(text: str, publisher: str | None) -> list[tuple[int, str | None]]:
    """Where each turn of an interview in ``text`` starts and who speaks it: None for the
    interviewer (the publisher's name, or whoever mostly asks: "((WN))", "((RS))"). A
    paragraph with no turn of its own goes on with the turn before it."""
    found: list[tuple[int, str]] = []
    questions: Counter[str] = Counter()
    statements: Counter[str] = Counter()
    for paragraph in paragraphs(text):
        turn = _TURN.match(paragraph.text)
        if turn:
            who = turn["who"].strip()
            found.append((paragraph.start, who))
            (questions if a_question(paragraph.text) else statements)[who] += 1
    asks = {who for who in questions if questions[who] >= statements[who]}
    asks.add(publisher or "")
    return [(start, None if who in asks else who) for start, who in found]


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
