"""Quotations: whether one is open at a point, where it closes, and the mode it gives a
claim (direct inside one, mixed with a quoted fragment, else indirect or the author's)."""

from __future__ import annotations

import re

from .models import Mode, Span
from .text import paragraph_around, quoting
from .verbs import VERBS

OPEN_QUOTES = '“"„«‘'
CLOSE_QUOTES = '”"»’'
QUOTE = re.compile(r"[“\"„«]([^“”\"„«»]{3,})[”\"»]")
# a fragment in single quotes, not an apostrophe: "ordered 'heightened alert' from troops"
_SINGLE_QUOTE = re.compile(r"(?<!\w)[‘']([^‘’'\n]{3,}?)[’'](?!\w)")
QUOTE_TO_END = re.compile(r"[“\"„«]([^“”\"„«»]{3,})(?:[”\"»]|$)")

_SMALL_WORDS = {"of", "the", "a", "an", "and", "or", "for", "in", "on", "to", "at", "by"}


def mode(text: str, evidence: Span, attributed: bool) -> Mode:
    """direct when the evidence stands inside a quotation, mixed when it holds a quoted
    fragment, else indirect for an attributed claim and author for the article's own."""
    if not attributed:
        return "author"
    if inside_quotation(text, evidence.start):
        return "mixed" if _completes_report(text, evidence.start) else "direct"
    # (a gloss in brackets quotes nobody: 'an anti-Brexit ("British exit") march')
    found = [*QUOTE_TO_END.finditer(evidence.text), *_SINGLE_QUOTE.finditer(evidence.text)]
    quoted = [m.group(1) for m in found if not evidence.text[: m.start()].endswith("(")]
    return "mixed" if any(not _a_name(words) for words in quoted) else "indirect"


# what joins two quotations that are two claims: 'called it "null and void" and "ridiculous"'
QUOTES_JOINED = r",?\s+(?:and|or)\s+"
# to whom, where or who, between a report verb and its quotation: 'told reporters "',
# 'writing in a blog post "', 'tweeted Johnson "'
AUDIENCE = r"(?:press|reporters|media|journalists|court|jury|committee|audience|crowd)"
_TO_WHOM_WHERE = re.compile(
    r"\s*(?:(?:the\s+)?(?:" + AUDIENCE + r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s*)?"
    r"(?:(?:in|on|at|to|via|through|during|after|before)\s+[^,;“”\"]{2,40}?)?\s*,?\s*"
)

# a report verb, or the participle of one that leads into a quotation
_REPORTING = re.compile(r"\b(?:" + VERBS + r"|writing|tweeting|posting)\b")


def _completes_report(text: str, position: int) -> bool:
    """Whether the quotation open at ``position`` finishes the reporter's own clause, with
    no colon or comma before it: 'Fernández said the law has "condemned many women"'."""
    opening = max(text.rfind(mark, 0, position + 1) for mark in '“"')
    if re.search(r"[”\"]" + QUOTES_JOINED + "$", text[max(0, opening - 8) : opening]):
        return True  # the second of two: 'called it "null and void" and "ridiculous"'
    lead = text[max(text.rfind("\n", 0, opening) + 1, opening - 150, 0) : opening]
    clause = re.split(r"[.!?]\s", lead)[-1]
    verbs = list(_REPORTING.finditer(clause))
    if not verbs or not re.search(r"[\w\]]\s+$", clause):
        return False
    if re.search(r"[.!?][”\"]?\s+[A-Z]", text[opening : position + 1]):
        return False  # a later sentence of the quotation
    between = clause[verbs[-1].end() :]
    return not _TO_WHOM_WHERE.fullmatch(between) and any(
        word.lower() != "that" for word in between.split()
    )


def _a_name(words: str) -> bool:
    """Whether quoted words name something rather than quote someone: "Hope", "The
    Internet Explorer 6 Countdown" (every word capitalised). One plain word quotes its
    speaker: 'could be "inevitable"' is mixed."""
    content = [w for w in words.split() if w.lower() not in _SMALL_WORDS]
    return all(w[:1].isupper() or w[:1].isdigit() for w in content)


def inside_quotation(text: str, position: int) -> bool:
    """Whether a quotation opened earlier in the paragraph is still open at ``position``
    (quotes may run over several sentences)."""
    start, end = paragraph_around(text, position)
    if not quoting(text[start:position]):
        return False
    # a mark that never closes in its paragraph is a stray one ('(also known as "Wild 2)'),
    # unless a quotation runs on over paragraphs: the next one opens with a mark again
    following = text[end:].lstrip()[:1]
    return not quoting(text[start:end]) or (bool(following) and following in '“"„«')


def closes_quotation(text: str, position: int) -> int | None:
    """Where the quotation open at ``position`` closes, in the same paragraph."""
    start, end = paragraph_around(text, position)
    for index in range(position, end):
        if text[index] in '”"»' and not quoting(text[start : index + 1]):
            return index
    return None
