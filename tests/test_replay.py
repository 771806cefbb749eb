"""Recorded model answers: the same request is answered from disk, a new one by the model."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from unittest.mock import ANY

from conftest import SEEDS, answer, claim, settings_for

from claims.backends import choose
from claims.cli import main
from claims.models import Article
from claims.pipeline import Extractor
from claims.replay import recorded
from claims.testing import FakeOpenAI

QUOTE = "Poland joined NATO in 1999"


def _extractor(url: str, folder: Path, **overrides: object) -> Extractor:
    settings = settings_for(url, **overrides)
    return Extractor(recorded(choose(settings), folder), settings)


def test_a_request_seen_before_is_answered_from_disk(seed: Article, tmp_path: Path) -> None:
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))] * 2) as fake:
        first = _extractor(fake.url, tmp_path).extract(seed)
        again = _extractor(fake.url, tmp_path).extract(seed)
        assert len(fake.requests) == 1
        _extractor(fake.url, tmp_path, temperature=0.3).extract(seed)
        assert len(fake.requests) == 2
    assert [c.evidence.text for c in first.claims] == [QUOTE]
    assert again.claims == first.claims and again.usage == first.usage
    assert len(list(tmp_path.glob("*.json"))) == 2


def test_eval_replays_the_answers_of_an_earlier_run(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("txt", "meta.json", "gold.json"):
        shutil.copy(SEEDS / f"ukraine-nato-presence.{name}", seeds)
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))] * 2) as fake:
        argv = ["eval", "--seeds", str(seeds), "--replay", str(tmp_path / "answers"), "--no-cache"]
        argv += ["--base-url", fake.url, "--api-key", "k", "--model", "m"]
        runs = ("first", "again")
        for run in runs:
            assert main([*argv, "--out", str(tmp_path / run)]) == 0
        assert len(fake.requests) == 1
    first, again = (json.loads((tmp_path / run / "report.json").read_text()) for run in runs)
    assert first["system"]["micro"]["predicted_claims"] == 1
    assert again["system"]["micro"] == {**first["system"]["micro"], "seconds": ANY}
