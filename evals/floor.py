"""The trivial floor of ANNOTATION.md: every sentence an unhedged, certain claim by the author."""

from __future__ import annotations

from claims.models import Article, Claim, ExtractionResult, Span, Speaker
from claims.text import sentences

FLOOR_MODEL = "floor"


def floor(article: Article) -> ExtractionResult:
    """The floor as an extraction result, so that it is scored by the same code as a system."""
    claims = [
        Claim(
            statement=sentence.text,
            evidence=Span(text=sentence.text, start=sentence.start, end=sentence.end),
            speaker=Speaker(name="author"),
            cue=None,
            mode="author",
            hedged=False,
            certainty="certain",
        )
        for sentence in sentences(article.text)
    ]
    return ExtractionResult(
        id=article.id,
        title=article.title,
        published=article.published,
        claims=claims,
        model=FLOOR_MODEL,
        prompt_version=FLOOR_MODEL,
    )
