"""Batches against the fake endpoint: jobs in parallel, rate limits, budget, resume, faults."""

from __future__ import annotations

import json
import random
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import instructor
import pytest
from conftest import answer, claim, sentences_sent, settings_for

import claims
from claims.backends import Backend
from claims.batch import Budget, concurrently
from claims.cli import main
from claims.journal import resume
from claims.models import Article, Usage
from claims.pricing import Price, price
from claims.ratelimit import Limiter
from claims.testing import FakeOpenAI, Reply


def _articles(count: int) -> list[dict[str, str]]:
    return [
        {"id": f"a{i:02d}", "text": f"Minister Ana Silva said bridge number {i} will open in May."}
        for i in range(count)
    ]


def _sentence(request: dict[str, Any]) -> str:
    return next(iter(sentences_sent(request).values()))


def _good(request: dict[str, Any]) -> Reply:
    return answer(claim(request, _sentence(request), mode="indirect", speaker="Ana Silva"))


def _jsonl(path: Path, items: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return path


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _cli(fake: FakeOpenAI, *args: str) -> int:
    return main(
        [
            "extract",
            *args,
            "--base-url",
            fake.url,
            "--api-key",
            "k",
            "--model",
            "fake-model",
            "--backoff",
            "0.01",
            "--no-cache",
        ]
    )


class _InFlight:
    """A scripted reply that records how many requests the server held at once."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.now = self.most = 0
        self._lock = threading.Lock()

    def __call__(self, request: dict[str, Any]) -> Reply:
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        time.sleep(self.delay)
        with self._lock:
            self.now -= 1
        return _good(request)


def test_jobs_run_that_many_articles_at_once_and_every_article_comes_back_once() -> None:
    server = _InFlight(delay=0.2)
    items = [claims.Article(**item) for item in _articles(12)]
    with FakeOpenAI([server] * 12) as fake:
        results = list(claims.extract_many(items, settings_for(fake.url), jobs=4))
    assert server.most == 4
    assert sorted(r.id for r in results) == [item.id for item in items]
    assert all(r.error is None and len(r.claims) == 1 for r in results)


def test_concurrently_draws_items_only_as_slots_free_up() -> None:
    drawn: list[int] = []

    def source() -> Any:
        for number in range(100):
            drawn.append(number)
            yield number

    results = concurrently(lambda n: n * 2, source(), jobs=3)
    first = next(results)
    assert first in (0, 2, 4) and len(drawn) <= 4
    assert sorted([first, *results]) == [n * 2 for n in range(100)]


def test_a_429_holds_back_every_job_not_just_the_one_that_got_it() -> None:
    arrivals: list[float] = []
    refused: list[float] = []
    lock = threading.Lock()

    def script(request: dict[str, Any]) -> Reply:
        with lock:
            arrivals.append(time.monotonic())
            first = not refused
            if first:
                refused.append(time.monotonic())
        if first:
            return Reply(status=429, headers={"retry-after": "0.6"})
        time.sleep(0.1)
        return _good(request)

    items = [claims.Article(**item) for item in _articles(8)]
    with FakeOpenAI([script] * 20) as fake:
        results = list(claims.extract_many(items, settings_for(fake.url), jobs=4))
    assert all(r.error is None for r in results)
    # the three calls sent with the refused one were already on their way; nothing else
    # may start until the server's Retry-After has passed
    during = [t for t in arrivals if refused[0] + 0.05 < t < refused[0] + 0.55]
    assert during == []


def test_limiter_spaces_requests_to_the_rate_per_minute() -> None:
    clock = [0.0]
    limiter = Limiter(
        rpm=60, clock=lambda: clock[0], sleep=lambda s: clock.__setitem__(0, clock[0] + s)
    )
    waits = [limiter.acquire(tokens=10) for _ in range(15)]
    assert waits[:10] == [0.0] * 10  # ten seconds' worth start at once
    assert waits[10:] == pytest.approx([1.0] * 5)  # then one a second
    assert clock[0] == pytest.approx(5.0)


def test_limiter_counts_tokens_and_lets_one_oversized_call_through() -> None:
    clock = [0.0]
    limiter = Limiter(
        tpm=6000, clock=lambda: clock[0], sleep=lambda s: clock.__setitem__(0, clock[0] + s)
    )
    assert limiter.acquire(5000) == 0.0  # bigger than the 1,000-token bucket: goes when full
    assert limiter.acquire(100) == pytest.approx(41.0)  # the 4,000 debt and 100 more at 100/s


def test_limiter_pause_holds_every_caller() -> None:
    clock = [0.0]
    limiter = Limiter(clock=lambda: clock[0], sleep=lambda s: clock.__setitem__(0, clock[0] + s))
    limiter.pause(2.5)
    assert limiter.acquire(1) == pytest.approx(2.5)
    assert limiter.acquire(1) == 0.0


def test_prices_built_in_dated_variant_override_and_local(tmp_path: Path) -> None:
    assert price("gpt-4o-mini-2024-07-18", local=False) == Price(
        "gpt-4o-mini-2024-07-18", 0.15, 0.6
    )
    assert price("my-model", local=False) is None
    assert price("model.gguf", local=True) == Price("model.gguf", 0.0, 0.0)
    table = tmp_path / "prices.json"
    table.write_text('{"my-model": [1, 2], "gpt-4o-mini": [0.1, 0.2]}')
    assert price("my-model", local=False, table=table) == Price("my-model", 1.0, 2.0)
    assert price("gpt-4o-mini", local=False, table=table) == Price("gpt-4o-mini", 0.1, 0.2)
    assert Price("m", 1.0, 2.0).of(Usage(prompt_tokens=1_000_000, completion_tokens=500_000)) == 2.0


def test_a_malformed_price_table_is_a_clear_error(tmp_path: Path) -> None:
    table = tmp_path / "prices.json"
    table.write_text('{"my-model": [1]}')
    with pytest.raises(claims.ConfigError, match="needs \\[input, output\\]"):
        price("my-model", local=False, table=table)


def test_budget_refuses_what_could_pass_the_limit_counting_work_in_flight() -> None:
    budget = Budget(1.0, Price("m", 1.0, 0.0))
    first = budget.reserve(Usage(prompt_tokens=600_000))
    assert first == pytest.approx(0.6)
    assert budget.reserve(Usage(prompt_tokens=600_000)) is None and budget.exhausted
    done = claims.ExtractionResult(
        id="x", model="m", prompt_version="p", usage=Usage(prompt_tokens=300_000)
    )
    budget.settle(first, done)
    assert budget.spent == pytest.approx(0.3)
    assert budget.reserve(Usage(prompt_tokens=600_000)) is not None


def test_max_cost_stops_cleanly_and_a_larger_budget_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", _articles(10))
    out = tmp_path / "out.jsonl"
    prices = tmp_path / "prices.json"
    prices.write_text('{"fake-model": [1000, 1000]}')  # $2 an article at 1,000+1,000 tokens

    def costly(request: dict[str, Any]) -> Reply:
        return replace(_good(request), prompt_tokens=1000, completion_tokens=1000)

    with FakeOpenAI([costly] * 10) as fake:
        # an article starts only while $2 for each one done, plus the ~$3 its prompt and
        # 2,048-token cap could cost, fit in $12: five do
        code = _cli(
            fake,
            str(source),
            "-o",
            str(out),
            "--jobs",
            "1",
            "--max-cost",
            "12",
            "--prices",
            str(prices),
        )
        first = _lines(out)
        assert code == 1 and len(first) == 5
        assert "stopped" in capsys.readouterr().err
        assert sum(line["cost"] for line in first) <= 12
        code = _cli(fake, str(source), "-o", str(out), "--prices", str(prices))
    final = _lines(out)
    assert code == 0 and sorted(line["id"] for line in final) == [a["id"] for a in _articles(10)]
    assert len(fake.requests) == 10  # nothing was asked twice


def test_max_cost_without_a_price_for_the_model_is_refused(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", _articles(1))
    with FakeOpenAI([]) as fake:
        assert _cli(fake, str(source), "--max-cost", "1") == 2
        assert fake.requests == []


def test_resume_keeps_done_results_and_redoes_failed_and_half_written_ones(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(
        '{"id": "a00", "error": null, "claims": []}\n'
        '{"id": "a01", "error": "HTTP 500"}\n'
        '{"id": "a00", "error": null, "claims": []}\n'
        '{"id": "a02", "error": null, "cla'
    )
    assert resume(out) == {"a00"}
    assert _lines(out) == [{"id": "a00", "error": None, "claims": []}]
    assert resume(tmp_path / "missing.jsonl") == set()


def test_fifty_articles_through_random_faults_none_lost_none_twice_and_a_rerun_finishes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    items = _articles(50)
    doomed = {item["text"] for item in items[::10]}  # these five answer 500 on every try
    tries: dict[str, int] = {}
    lock = threading.Lock()

    def faulty(request: dict[str, Any]) -> Reply:
        text = _sentence(request)
        with lock:
            tries[text] = tries.get(text, 0) + 1
            roll = random.Random(f"{text}:{tries[text]}").random()  # seeded, order-independent
        if text in doomed or roll < 0.1:
            return Reply(status=500)
        if roll < 0.2:
            return Reply(status=429, headers={"retry-after": "0.01"})
        if roll < 0.25:
            return Reply(delay=1.0, content="{}")  # past the client's timeout
        if roll < 0.35:
            return Reply(content="I would rather write a poem")
        return _good(request)

    source = _jsonl(tmp_path / "in.jsonl", items)
    out = tmp_path / "out.jsonl"
    with FakeOpenAI([faulty] * 1000) as fake:
        code = _cli(
            fake,
            str(source),
            "-o",
            str(out),
            "--jobs",
            "8",
            "--timeout",
            "0.5",
            "--transport-attempts",
            "3",
        )
    first = _lines(out)
    assert code == 1
    assert sorted(line["id"] for line in first) == [item["id"] for item in items]
    failed = {line["id"] for line in first if line["error"]}
    assert {item["id"] for item in items[::10]} <= failed
    assert all("HTTP 500" in line["error"] for line in first if line["id"] in {"a00", "a10"})
    assert all(line["claims"] for line in first if not line["error"])
    err = capsys.readouterr().err
    assert f"{len(failed)} failed" in err and all(f"failed: {id}" in err for id in failed)

    with FakeOpenAI([_good] * 100) as healed:
        assert _cli(healed, str(source), "-o", str(out), "--jobs", "8") == 0
    asked = {_sentence(request) for request in healed.requests}
    assert asked == {item["text"] for item in items if item["id"] in failed}
    final = _lines(out)
    assert sorted(line["id"] for line in final) == [item["id"] for item in items]
    assert all(line["error"] is None for line in final)


def test_the_embedded_model_is_never_run_in_parallel(seed: Article) -> None:
    calls: list[str] = []
    lock = threading.Lock()
    overlapping = []

    def create(**kwargs: Any) -> Any:
        if not lock.acquire(blocking=False):
            overlapping.append(True)
            lock.acquire()
        try:
            calls.append(threading.current_thread().name)
            raise claims.BackendError("no model here")
        finally:
            lock.release()

    backend = Backend(
        model="local.gguf", description="test", mode=instructor.Mode.JSON, create=create, local=True
    )
    extractor = claims.Extractor(backend, claims.Settings())
    results = list(extractor.extract_many([seed, seed.model_copy(update={"id": "b"})], jobs=8))
    assert [r.id for r in results] == [seed.id, "b"] and all(r.error for r in results)
    assert overlapping == [] and set(calls) == {threading.current_thread().name}


def test_the_closing_line_counts_what_failed_articles_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "in.jsonl", _articles(2))
    out = tmp_path / "out.jsonl"
    junk = Reply(content="not JSON at all")  # every try of a00, then a01 answers well
    with FakeOpenAI([junk] * 3 + [_good]) as fake:
        code = _cli(fake, str(source), "-o", str(out), "--jobs", "1")
        tried = len(fake.requests)
    lines = {line["id"]: line for line in _lines(out)}
    assert code == 1 and lines["a00"]["error"] and lines["a01"]["error"] is None
    assert lines["a00"]["usage"]["calls"] == tried - 1
    # what the failed article's tries used is spent too, and the closing line says so
    assert f"{tried} calls, {tried * 100:,} prompt + {tried * 50:,} completion tokens" in (
        capsys.readouterr().err
    )
