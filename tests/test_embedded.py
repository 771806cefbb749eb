"""The embedded model end to end on one short paragraph (slow: loads a 1.1 GB model)."""

from __future__ import annotations

import datetime as dt

import pytest

import claims
from claims.settings import Settings

PARAGRAPH = (
    "Fire chief Tom Berg said on Tuesday that the blaze may have started in the kitchen. "
    "The restaurant opened in 1998."
)


@pytest.mark.slow
def test_embedded_model_extracts_grounded_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMS_CACHE_DIR")  # the model file lives in the real user cache
    for name in ("CLAIMS_MODEL", "CLAIMS_BASE_URL", "OPENAI_BASE_URL", "OPENAI_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    result = claims.extract(
        PARAGRAPH, published=dt.date(2024, 3, 9), settings=Settings(max_output_tokens=400)
    )
    assert result.error is None, result.error
    assert result.model.endswith(".gguf") and result.usage.calls >= 1
    assert result.claims, result.warnings
    for found in result.claims:
        assert PARAGRAPH[found.evidence.start : found.evidence.end] == found.evidence.text
        for cue in found.hedge_cues:
            assert PARAGRAPH[cue.start : cue.end] == cue.text
