"""Paragraph-aware chunks of numbered sentences that keep their offsets into the article."""

from __future__ import annotations

from .text import Piece, sentences

CHARS_PER_TOKEN = 4
"""A rough, tokenizer-free estimate: good enough to size chunks, never used for billing."""


def estimate_tokens(text: str) -> int:
    return len(text) // CHARS_PER_TOKEN + 1


def chunks(paragraphs: list[Piece], budget_tokens: int) -> list[list[Piece]]:
    """Sentences grouped into chunks within the budget, broken at paragraph boundaries; a
    paragraph longer than the budget on its own is broken between sentences."""
    result: list[list[Piece]] = []
    current: list[Piece] = []
    used = 0
    for paragraph in paragraphs:
        cost = estimate_tokens(paragraph.text)
        if current and used + cost > budget_tokens:
            result.append(current)
            current, used = [], 0
        for sentence in sentences(paragraph.text):
            piece = Piece(
                paragraph.start + sentence.start, paragraph.start + sentence.end, sentence.text
            )
            sentence_cost = estimate_tokens(piece.text)
            if current and used + sentence_cost > budget_tokens:
                result.append(current)
                current, used = [], 0
            current.append(piece)
            used += sentence_cost
    if current:
        result.append(current)
    return result
