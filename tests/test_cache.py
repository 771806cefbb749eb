"""The result cache: a hit makes no LLM call; changed settings or text miss; failures retry."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import answer, claim, settings_for

import claims.cache
from claims.backends import choose
from claims.cache import Cache
from claims.cli import main
from claims.models import Article
from claims.pipeline import Extractor
from claims.testing import FakeOpenAI, Reply

QUOTE = "Poland joined NATO in 1999"


def _extractor(url: str, cache: Cache, **overrides: object) -> Extractor:
    settings = settings_for(url, **overrides)
    return Extractor(choose(settings), settings, cache)


def test_second_run_is_served_from_the_cache(seed: Article, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))] * 3) as fake:
        first = _extractor(fake.url, cache).extract(seed)
        again = _extractor(fake.url, cache).extract(seed.model_copy(update={"id": "renamed"}))
        assert len(fake.requests) == 1
        _extractor(fake.url, cache, chunk_tokens=999).extract(seed)
        _extractor(fake.url, cache).extract(seed.model_copy(update={"text": seed.text + " x"}))
        assert len(fake.requests) == 3
    assert not first.cached and again.cached and again.id == "renamed"
    assert again.claims == first.claims and again.usage == first.usage
    assert cache.stats()[0] == 3


def test_failed_results_are_not_cached(seed: Article, tmp_path: Path) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    with FakeOpenAI([Reply(status=401), lambda r: answer(claim(r, QUOTE))]) as fake:
        assert _extractor(fake.url, cache).extract(seed).error is not None
        assert _extractor(fake.url, cache).extract(seed).error is None
        assert len(fake.requests) == 2


def test_cli_cache_stats_and_clear(tmp_path: Path, capsys: object) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Poland joined NATO in 1999.\n", encoding="utf-8")
    store = tmp_path / "c.sqlite"
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))]) as fake:
        for _ in range(2):
            code = main(
                [
                    "extract",
                    str(article),
                    "--base-url",
                    fake.url,
                    "--model",
                    "m",
                    "--cache",
                    str(store),
                    "-o",
                    str(tmp_path / "out.jsonl"),
                ]
            )
            assert code == 0
        assert len(fake.requests) == 1
    assert Cache(store).stats()[0] == 1
    assert main(["cache", "clear", "--cache", str(store)]) == 0
    assert Cache(store).stats()[0] == 0


def test_a_run_served_from_the_cache_never_imports_the_openai_package(tmp_path: Path) -> None:
    """It takes a second to import: a cached re-run, and commands that call no model, pay
    nothing for it."""
    article = tmp_path / "a.txt"
    article.write_text("Poland joined NATO in 1999.\n", encoding="utf-8")
    store = tmp_path / "c.sqlite"
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))]) as fake:
        argv = ["extract", str(article), "--base-url", fake.url, "--model", "m"]
        argv += ["--cache", str(store), "-o", str(tmp_path / "out.jsonl")]
        assert main(argv) == 0
        again = (
            "import sys; from claims.cli import main; code = main(sys.argv[1:]); "
            "print('openai' in sys.modules); sys.exit(code)"
        )
        done = subprocess.run(
            [sys.executable, "-c", again, *argv, "--restart"], capture_output=True, text=True
        )
        assert len(fake.requests) == 1
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == 1


def test_a_result_made_by_other_code_is_not_reused(
    seed: Article, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = Cache(tmp_path / "c.sqlite")
    with FakeOpenAI([lambda r: answer(claim(r, QUOTE))] * 3) as fake:
        _extractor(fake.url, cache).extract(seed)
        monkeypatch.setattr(claims.cache, "code_version", lambda: "edited")
        assert not _extractor(fake.url, cache).extract(seed).cached
        assert len(fake.requests) == 2
