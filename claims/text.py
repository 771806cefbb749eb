"""Splitting an article into paragraphs and sentences that keep their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from syntok import segmenter


@dataclass(frozen=True)
class Piece:
    """``text[start:end]`` of the article it came from."""

    start: int
    end: int
    text: str


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[Piece]:
    """Blocks separated by blank lines, stripped of surrounding whitespace."""
    pieces: list[Piece] = []
    position = 0
    for block in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = block.start() if block else len(text)
        piece = _stripped(text, position, stop)
        if piece:
            pieces.append(piece)
        if block:
            position = block.end()
    return pieces


def sentences(text: str) -> list[Piece]:
    """Sentences of every paragraph (a sentence never crosses a paragraph break). Each runs
    to where the next begins, so no character of a paragraph is left out, and a quotation
    of several sentences stays in one, with its frame ("..., X said"): who said it is
    decided on the whole."""
    found: list[Piece] = []
    for paragraph in paragraphs(text):
        starts = [
            paragraph.start + sentence[0].offset
            for part in segmenter.analyze(paragraph.text)
            for sentence in part
            if sentence
        ]
        starts[:1] = [paragraph.start]  # the first runs from the paragraph's start
        starts[1:] = [s for s in starts[1:] if not quoting(text[paragraph.start : s])]
        for start, end in zip(starts, [*starts[1:], paragraph.end], strict=True):
            piece = _stripped(text, start, end)
            if piece:
                found.append(piece)
    return found


def quoting(before: str) -> bool:
    """Whether a quotation opened in ``before`` is still open at its end."""
    opened = before.count("“") + before.count("„") + before.count("«")
    closed = before.count("”") + before.count("»")
    return opened > closed or before.count('"') % 2 == 1


def _stripped(text: str, start: int, end: int) -> Piece | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Piece(start, end, text[start:end]) if end > start else None
