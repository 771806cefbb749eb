"""Splitting an article into paragraphs and sentences that keep their offsets."""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import pysbd


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


_local = threading.local()


def _segmenter() -> pysbd.Segmenter:
    """One per thread: a segmenter keeps the text it is working on in itself."""
    if not hasattr(_local, "segmenter"):
        _local.segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    segmenter: pysbd.Segmenter = _local.segmenter
    return segmenter


def sentences(text: str) -> list[Piece]:
    """Sentences of every paragraph (a sentence never crosses a paragraph break)."""
    found: list[Piece] = []
    for paragraph in paragraphs(text):
        for span in _segmenter().segment(paragraph.text):
            piece = _stripped(text, paragraph.start + span.start, paragraph.start + span.end)
            if piece:
                found.append(piece)
    return found


def _stripped(text: str, start: int, end: int) -> Piece | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Piece(start, end, text[start:end]) if end > start else None
