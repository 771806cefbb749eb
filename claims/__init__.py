"""claims: grounded claims, speakers, dates and hedging from news articles.

>>> import claims
>>> result = claims.extract(text, published="2024-03-09", title="...")
>>> for claim in result.claims: print(claim.speaker.name, claim.evidence.text)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from . import articles
from .backends import Backend, choose
from .batch import Budget
from .errors import BackendError, ClaimsError, ConfigError, InputError, ModelFileError
from .models import Article, Claim, DateRef, ExtractionResult, Span, Speaker, Usage
from .pipeline import Extractor
from .settings import Settings

__all__ = [
    "Article",
    "BackendError",
    "Budget",
    "Claim",
    "ClaimsError",
    "ConfigError",
    "DateRef",
    "ExtractionResult",
    "Extractor",
    "InputError",
    "ModelFileError",
    "Settings",
    "Span",
    "Speaker",
    "Usage",
    "extract",
    "extract_many",
    "extractor",
]


def extractor(settings: Settings | None = None, backend: Backend | None = None) -> Extractor:
    """An extractor bound to one backend; reuse it for many articles."""
    settings = settings or Settings()
    return Extractor(backend or choose(settings), settings)


def extract(
    text: str | Article,
    *,
    published: dt.date | str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    settings: Settings | None = None,
) -> ExtractionResult:
    """Claims of one article. Raises InputError for unusable text; a failed LLM call is
    reported in ``result.error`` rather than raised."""
    article = (
        text
        if isinstance(text, Article)
        else articles.article(text, title=title, published=published, publisher=publisher)
    )
    return extractor(settings).extract(article)


def extract_many(
    items: Iterable[Article],
    settings: Settings | None = None,
    jobs: int = 1,
    budget: Budget | None = None,
) -> Iterator[ExtractionResult]:
    """Results one by one as each article finishes (up to ``jobs`` at once against a remote
    endpoint); a failed article is a result with ``error``. With a ``budget`` no article
    starts that could pass it (``budget.exhausted`` then says so)."""
    return extractor(settings).extract_many(items, jobs=jobs, budget=budget)
