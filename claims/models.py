"""The result models, field for field as ../shared/ANNOTATION.md defines a claim."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, Field

Mode = Literal["direct", "indirect", "mixed", "author"]
Certainty = Literal["certain", "probable", "possible", "unlikely"]


class Span(BaseModel):
    """A verbatim piece of the article: ``article.text[start:end] == text``."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Speaker(BaseModel):
    name: str | None = Field(description="fullest form found in the article; null when unknown")
    role: str | None = None


class DateRef(BaseModel):
    """A date or period as the article words it, with its resolved value.

    ``value`` is an inclusive ISO interval ``[first_day, last_day]`` (a single day has both
    ends equal), or null when the text cannot be resolved without guessing.
    """

    text: str
    value: tuple[dt.date, dt.date] | None = None


class Claim(BaseModel):
    statement: str = Field(description="the claim rewritten to stand alone")
    evidence: Span
    also_evidence: list[Span] = Field(default_factory=list)
    speaker: Speaker
    cue: str | None = Field(description="attribution word or phrase from the text")
    mode: Mode
    hedged: bool
    hedge_cues: list[Span] = Field(default_factory=list)
    certainty: Certainty
    stated_on: DateRef | None = None
    dates_mentioned: list[DateRef] = Field(default_factory=list)


class Article(BaseModel):
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None


class Usage(BaseModel):
    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            **{name: getattr(self, name) + getattr(other, name) for name in Usage.model_fields}
        )


class ExtractionResult(BaseModel):
    """Everything one article produced; ``error`` is set when the article failed as a whole."""

    id: str
    title: str | None = None
    published: dt.date | None = None
    claims: list[Claim] = Field(default_factory=list)
    model: str
    prompt_version: str
    usage: Usage = Field(default_factory=Usage)
    cost: float | None = None
    """Estimated US dollars of ``usage`` at the model's price (None: price unknown)."""
    seconds: float = 0.0
    warnings: list[str] = Field(default_factory=list)
    error: str | None = None
    cached: bool = False
    """True when this result came from the cache (its usage and seconds are the original run's)."""

    @property
    def ok(self) -> bool:
        return self.error is None
