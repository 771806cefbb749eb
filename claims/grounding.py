"""Locating model-quoted text in the article: true offsets, or nothing.

Matching tolerates only whitespace runs and quote/dash styles (a model writes ``"`` where
the article has ``“``); the returned span is always a slice of the original text.
"""

from __future__ import annotations

import re

from .models import Span

_EQUIVALENT = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "‑": "-",
        "−": "-",
        "\u00a0": " ",
    }
)
_EDGE = " \t\n\"'.,;:{}[]"  # brackets: small models spill JSON punctuation into quotes


_UNUSUAL_SPACE = re.compile(r"\s\s|[^\S ]")


def _normalized(text: str, start: int, end: int) -> tuple[str, list[int]]:
    """The text with equivalent characters unified and whitespace runs collapsed to one
    space, plus the original offset of every character kept."""
    part = text[start:end].translate(_EQUIVALENT)
    if len(part) == end - start and not _UNUSUAL_SPACE.search(part):
        return part, list(range(start, end))  # one plain space between words: as it is
    chars: list[str] = []
    origin: list[int] = []
    for index in range(start, end):
        char = text[index].translate(_EQUIVALENT)
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        origin.append(index)
    return "".join(chars), origin


def locate(quote: str, text: str, start: int = 0, end: int | None = None) -> Span | None:
    """Where ``quote`` stands in ``text[start:end]``, ignoring enclosing quotes and a final stop."""
    end = len(text) if end is None else end
    wanted, _ = _normalized(quote, 0, len(quote))
    wanted = wanted.strip(_EDGE)
    if not wanted:
        return None
    haystack, origin = _normalized(text, start, end)
    found = haystack.find(wanted)
    if found < 0:
        return None
    first = origin[found]
    last = origin[found + len(wanted) - 1] + 1
    return Span(text=text[first:last], start=first, end=last)


def overlap(a: Span, b: Span) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))
