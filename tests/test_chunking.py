"""Long articles: split on paragraphs within the budget, claims merged across parts."""

from __future__ import annotations

from typing import Any

from conftest import answer, claim, sentences_sent, settings_for

import claims
from claims.chunking import chunks, estimate_tokens
from claims.models import Article
from claims.testing import FakeOpenAI, Reply
from claims.text import paragraphs

FILLER = "The committee met again to review the figures in detail. " * 3


def _long_article() -> Article:
    parts = ["Mayor says bridge will reopen in May"]
    for n in range(12):
        parts.append(f"Paragraph {n} notes that {FILLER}")
    parts.append("Mayor Ana Ruiz said the bridge will reopen in May.")
    parts.append("The bridge was closed in 2021 after a flood.")
    return Article(id="long", text="\n\n".join(parts), published="2024-03-09")


def test_chunks_keep_offsets_and_break_at_paragraphs_within_budget() -> None:
    article = _long_article()
    parts = chunks(paragraphs(article.text), 120)
    assert len(parts) > 3
    for part in parts:
        assert sum(estimate_tokens(s.text) for s in part) <= 120
        for sentence in part:
            assert article.text[sentence.start : sentence.end] == sentence.text
    assert [s for part in parts for s in part] == sorted(
        (s for part in parts for s in part), key=lambda s: s.start
    )


def test_one_oversized_paragraph_is_split_between_sentences() -> None:
    text = " ".join(f"Sentence number {n} is here." for n in range(60))
    parts = chunks(paragraphs(text), 50)
    assert len(parts) > 1 and all(len(part) >= 1 for part in parts)


def _cite(request: dict[str, Any]) -> Reply:
    sent = " ".join(sentences_sent(request).values())
    found = []
    for quote in ("bridge will reopen in May", "The bridge was closed in 2021 after a flood"):
        if quote in sent:
            speaker = None if "closed" in quote else "Ana Ruiz"
            mode = "author" if speaker is None else "indirect"
            found.append(
                claim(request, quote, statement=f"claim: {quote}", speaker=speaker, mode=mode)
            )
    return answer(*found)


def test_long_article_is_chunked_and_duplicates_merged() -> None:
    article = _long_article()
    with FakeOpenAI([_cite] * 20) as fake:
        result = claims.extractor(settings_for(fake.url, chunk_tokens=120)).extract(article)
    assert len(fake.requests) == len(chunks(paragraphs(article.text), 120))
    numbers = [sorted(sentences_sent(r)) for r in fake.requests]
    assert [n for part in numbers for n in part] == list(range(1, sum(map(len, numbers)) + 1))
    assert result.usage.calls == len(fake.requests)
    assert [c.statement for c in result.claims] == [
        "claim: bridge will reopen in May",
        "claim: The bridge was closed in 2021 after a flood",
    ]
    reopen = result.claims[0]
    assert reopen.evidence.start == 0 + article.text.index("bridge will reopen in May")
    assert [s.text for s in reopen.also_evidence] == ["bridge will reopen in May"]
    assert reopen.also_evidence[0].start == article.text.rindex("bridge will reopen in May")
