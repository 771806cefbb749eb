"""Shared fixtures: the seed article and a scripted model that cites sentences by their words."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from claims import Settings
from claims.models import Article, Claim, Span
from claims.response import CitedClaim, Source
from claims.testing import Reply
from claims.text import sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)


@pytest.fixture
def seed() -> Article:
    meta = json.loads((SEEDS / "ukraine-nato-presence.meta.json").read_text(encoding="utf-8"))
    return Article(
        id=meta["id"],
        text=(SEEDS / "ukraine-nato-presence.txt").read_text(encoding="utf-8"),
        title=meta["title"],
        published=meta["published"],
        publisher=meta["publisher"],
    )


def settings_for(url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "base_url": url,
        "api_key": "test-key",
        "model": "fake-model",
        "transport_backoff": 0.01,
        "request_timeout": 5.0,
    }
    return Settings(**(values | overrides))


def sentences_sent(request: dict[str, Any]) -> dict[int, str]:
    """The numbered sentences of a request (its first user message; later ones are re-asks)."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    return {int(n): text for n, text in _NUMBERED.findall(user)}


def claim(request: dict[str, Any], quote: str, **fields: Any) -> dict[str, Any]:
    """A model claim citing the sentence that holds ``quote`` (``s`` may be overridden)."""
    number = next((n for n, text in sentences_sent(request).items() if quote in text), 0)
    return {
        "s": number,
        "quote": quote,
        "statement": quote,
        "speaker": None,
        "role": None,
        "cue": None,
        "mode": "author",
        "hedges": [],
        "certainty": "certain",
        "when": None,
        "dates": [],
    } | fields


def answer(*claims: Any) -> Reply:
    return Reply(content=json.dumps({"claims": list(claims)}))


def span_of(text: str, words: str) -> Span:
    """The span of the first ``words`` in ``text``."""
    start = text.index(words)
    return Span(text=words, start=start, end=start + len(words))


def whole(text: str) -> Span:
    """The span of all of ``text``."""
    return Span(text=text, start=0, end=len(text))


def cited(text: str, words: str, who: str | None, previous: Claim | None = None) -> Claim:
    """The claim grounded from a model's citation of ``words`` (and ``who``) in ``text``."""
    numbered = dict(enumerate(sentences(text), start=1))
    number = next(n for n, s in numbered.items() if words in s.text)
    source = Source(text, numbered, None, "Paper")
    return source.ground_cited(CitedClaim(s=number, who=who, q=words), previous, {})


@pytest.fixture
def seed_text() -> str:
    return (SEEDS / "ukraine-nato-presence.txt").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never read or write the user's result cache."""
    monkeypatch.setenv("CLAIMS_CACHE_DIR", str(tmp_path / "cache"))
