"""The small-model strategy: the model cites sentence, speaker and words; code does the rest."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from conftest import settings_for

import claims
from claims.models import Article
from claims.testing import FakeOpenAI, Reply


def _cited(request: dict[str, Any]) -> Reply:
    return Reply(
        content=json.dumps(
            {
                "claims": [
                    # the whole sentence with its frame, as small models copy it
                    {
                        "s": 2,
                        "who": "Danilov",
                        "q": "Ukraine's top security official Oleksiy Danilov said "
                        "on Friday that Western help could one day go beyond weapons "
                        "deliveries and include troops on Ukrainian soil.",
                    },
                    {
                        "s": 5,
                        "who": "Sikorski",
                        "q": "The presence of NATO forces in Ukraine is not unthinkable",
                    },
                    # a wrong sentence number: the words are still found, in sentence 7
                    {
                        "s": 2,
                        "who": "he",
                        "q": "Sikorski drew parallels to the Korean War of 1950-1953",
                    },
                    {
                        "s": 9,
                        "who": "Macron",
                        "q": "sending Western troops to Ukraine “cannot be ruled out.”},{",
                    },
                    {"s": 13, "who": "Poland", "q": "Poland joined NATO in 1999"},
                    {"s": 3, "who": "Danilov", "q": "words that are nowhere"},
                ]
            }
        )
    )


def test_code_completes_cited_claims(seed: Article) -> None:
    with FakeOpenAI([_cited]) as fake:
        settings = settings_for(fake.url, prompt="cite_claims/v1", validation_retries=0)
        result = claims.extractor(settings).extract(seed)
    sent = fake.requests[0]["messages"][-1]["content"]
    assert "[1] Ukraine open to NATO" not in sent  # the title line is given as the title only
    assert result.prompt_version == "cite_claims/v1"
    by_start = {c.evidence.text: c for c in result.claims}
    lede = by_start[
        "Western help could one day go beyond weapons deliveries and include troops "
        "on Ukrainian soil"
    ]
    assert (lede.speaker.name, lede.mode, lede.cue) == ("Oleksiy Danilov", "indirect", "said")
    assert [c.text for c in lede.hedge_cues] == ["could"] and lede.certainty == "possible"
    assert lede.stated_on is not None
    assert lede.stated_on.value == (dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    quote = by_start["The presence of NATO forces in Ukraine is not unthinkable"]
    assert (quote.speaker.name, quote.speaker.role, quote.mode) == (
        "Radosław Sikorski",
        "Polish Foreign Minister",
        "direct",
    )
    assert quote.statement.startswith("Radosław Sikorski said: “The presence")
    korea = by_start["to the Korean War of 1950-1953"]  # the frame "Sikorski drew parallels" cut
    assert korea.speaker.name == "Radosław Sikorski"
    assert korea.statement == "Radosław Sikorski drew parallels to the Korean War of 1950-1953."
    assert korea.dates_mentioned[0].value == (dt.date(1950, 1, 1), dt.date(1953, 12, 31))
    macron = by_start["sending Western troops to Ukraine “cannot be ruled out"]
    assert macron.mode == "mixed" and macron.hedged
    assert macron.stated_on is not None and macron.stated_on.text == "Last week"
    poland = by_start["Poland joined NATO in 1999"]
    assert (poland.speaker.name, poland.mode, poland.cue) == ("Seed News", "author", None)
    assert len(result.claims) == 5
    assert len(result.warnings) == 1 and "words that are nowhere" in result.warnings[0]
    for found in result.claims:
        assert seed.text[found.evidence.start : found.evidence.end] == found.evidence.text


def test_sentence_labels_have_a_fixed_length_and_the_text_names_the_speaker() -> None:
    text = (
        "Mayor Ana Ruiz said the bridge could reopen in May. "
        "“Repairs cost 4 million euros,” she told reporters. "
        "“My thoughts are with the workers,” she added. "
        "“It will be stronger than before!” Ruiz told the city on Friday. "
        "Will it be enough? "
        "The bridge was closed in 2021."
    )
    article = Article(id="bridge", text=text, published="2024-03-09", publisher="Paper")
    labels = [
        {"who": "Ruiz"},
        {"who": "reporters"},
        {"who": "she"},
        {"who": None},
        {"who": "Ruiz"},
        {"who": None},
        {"who": "Paper"},
    ]
    with FakeOpenAI([Reply(content=json.dumps({"sentences": labels}))]) as fake:
        settings = settings_for(
            fake.url,
            prompt="label_sentences/v1",
            validation_retries=0,
            structured_mode="json_schema",
        )
        result = claims.extractor(settings).extract(article)
    schema = json.dumps(fake.requests[0]["response_format"])
    assert '"minItems": 7' in schema and '"maxItems": 7' in schema
    # questions, condolences and a sentence that only names who spoke are no claims
    assert [(c.speaker.name, c.mode, c.evidence.text) for c in result.claims] == [
        ("Ana Ruiz", "indirect", "the bridge could reopen in May"),
        ("Ana Ruiz", "direct", "Repairs cost 4 million euros"),
        ("Ana Ruiz", "direct", "It will be stronger than before!"),
        ("Paper", "author", "The bridge was closed in 2021"),
    ]
    assert result.claims[0].speaker.role == "Mayor" and result.claims[0].hedged
    assert result.claims[3].dates_mentioned[0].text == "in 2021"


def test_more_labels_than_sentences_are_ignored_with_a_warning() -> None:
    text = "Police said the road was closed. The bridge was closed in 2021."
    article = Article(id="road", text=text)
    labels = [{"who": "police"}, {"who": None}, {"who": "x"}, {"who": "y"}]
    with FakeOpenAI([Reply(content=json.dumps({"sentences": labels}))]) as fake:
        settings = settings_for(fake.url, prompt="label_sentences/v1", validation_retries=0)
        result = claims.extractor(settings).extract(article)
    assert result.error is None
    assert [c.evidence.text for c in result.claims] == [
        "the road was closed",
        "The bridge was closed in 2021",
    ]
    assert result.warnings == ["sentences 1-2: 2 labels beyond the 2 sentences ignored"]


def test_a_few_words_with_no_verb_are_no_claim() -> None:
    text = "The bridge was closed in 2021.\n\nFormer Trump adviser.\n\nThe road was closed."
    labels = [{"who": None}] * 3
    with FakeOpenAI([Reply(content=json.dumps({"sentences": labels}))]) as fake:
        settings = settings_for(fake.url, prompt="label_sentences/v1", validation_retries=0)
        result = claims.extractor(settings).extract(Article(id="bits", text=text))
    assert [c.evidence.text for c in result.claims] == [
        "The bridge was closed in 2021",
        "The road was closed",
    ]
