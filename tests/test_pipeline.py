"""The pipeline end to end through the real openai + instructor stack and a scripted server."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import answer, claim, settings_for

import claims
from claims.models import Article
from claims.testing import FakeOpenAI, Reply


def _seed_answer(request: dict[str, Any]) -> Reply:
    return answer(
        claim(
            request,
            "The presence of NATO forces in Ukraine is not unthinkable",
            statement="Radosław Sikorski said the presence of NATO forces in Ukraine is not "
            "unthinkable.",
            speaker="Radosław Sikorski",
            role="Polish Foreign Minister",
            cue="said",
            mode="direct",
            hedges=["not unthinkable"],
            certainty="possible",
            when="Earlier on 8 March",
        ),
        claim(
            request,
            "sending Western troops to Ukraine “cannot be ruled out",
            statement="Emmanuel Macron said sending Western troops to Ukraine cannot be ruled out.",
            speaker="Macron",
            cue="said",
            mode="mixed",
            hedges=["cannot be ruled out"],
            certainty="possible",
            when="Last week",
        ),
        claim(request, "Poland joined NATO in 1999", dates=["in 1999"]),
    )


def test_seed_article_claims_are_grounded_with_true_offsets(seed: Article) -> None:
    with FakeOpenAI([_seed_answer]) as fake:
        result = claims.extractor(settings_for(fake.url)).extract(seed)
    assert result.error is None and result.warnings == []
    assert len(result.claims) == 3
    for found in result.claims:
        assert seed.text[found.evidence.start : found.evidence.end] == found.evidence.text
        for cue in found.hedge_cues:
            assert seed.text[cue.start : cue.end] == cue.text
    sikorski, macron, poland = result.claims
    assert sikorski.hedged and sikorski.hedge_cues[0].text == "not unthinkable"
    assert sikorski.stated_on is not None
    assert sikorski.stated_on.value == (dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    assert macron.stated_on is not None
    assert macron.stated_on.value == (dt.date(2024, 2, 26), dt.date(2024, 3, 3))
    assert macron.evidence.text == "sending Western troops to Ukraine “cannot be ruled out"
    assert poland.mode == "author" and poland.speaker.name == "Seed News"
    assert not poland.hedged and poland.certainty == "certain"
    assert poland.dates_mentioned[0].value == (dt.date(1999, 1, 1), dt.date(1999, 12, 31))
    assert result.usage.calls == 1 and result.usage.prompt_tokens == 100
    assert result.prompt_version == "extract_claims/v1" and result.model == "fake-model"


def test_boilerplate_is_never_shown_to_the_model(seed: Article) -> None:
    with FakeOpenAI([answer()]) as fake:
        claims.extractor(settings_for(fake.url)).extract(seed)
    sent = fake.requests[0]["messages"][-1]["content"]
    assert "Poland joined NATO in 1999" in sent
    for furniture in ("Read more", "donation", "ad blocker", "Photo:"):
        assert furniture not in sent


def test_answer_schemas_are_built_once_and_handed_out_as_copies() -> None:
    from pydantic import BaseModel

    from claims.response import SCHEMAS, sentence_labels

    model_claims, _ = SCHEMAS["extract_claims"](3)
    for model in (model_claims, sentence_labels(3)):
        schema = model.model_json_schema()
        assert schema == BaseModel.model_json_schema.__func__(model)  # type: ignore[attr-defined]
        schema["properties"].clear()
        assert model.model_json_schema()["properties"]


def test_calls_carry_the_key_the_headers_and_the_request_as_the_openai_client_sends_them(
    seed: Article,
) -> None:
    with FakeOpenAI([_seed_answer]) as fake:
        settings = settings_for(fake.url, extra_headers={"X-Team": "fact-check"})
        claims.extractor(settings).extract(seed)
    headers, body = fake.headers[0], fake.requests[0]
    assert headers["authorization"] == "Bearer test-key"
    assert headers["x-team"] == "fact-check"
    assert headers["content-type"] == "application/json"
    assert body["model"] == "fake-model" and body["messages"][-1]["role"] == "user"
    assert body["max_tokens"] > 0 and "response_model" not in body
