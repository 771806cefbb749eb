"""The Batch API path against the fake server: the same requests as live calls, and the
same results for the same answers, through the real openai + instructor stack."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import answer, claim, sentences_sent, settings_for

import claims
from claims import openai_batch
from claims.articles import Failed
from claims.cli import main
from claims.errors import BackendError, ConfigError, InputError
from claims.models import Article, ExtractionResult
from claims.testing import BatchEnd, FakeOpenAI, Reply, Script

QUOTE = "The presence of NATO forces in Ukraine is not unthinkable"
BRIDGE = "the bridge will reopen in May"
FIELDS = {
    QUOTE: {
        "mode": "direct",
        "speaker": "Radosław Sikorski",
        "cue": "said",
        "hedges": ["not unthinkable"],
        "certainty": "possible",
        "when": "Earlier on 8 March",
    },
    "Poland joined NATO in 1999": {"dates": ["in 1999"]},
    BRIDGE: {"speaker": "the mayor", "cue": "said", "mode": "indirect"},
}


def _answers(request: dict[str, Any]) -> Reply:
    """A claim for each known quote among the sentences the request shows."""
    shown = " ".join(sentences_sent(request).values())
    return answer(*(claim(request, quote, **f) for quote, f in FIELDS.items() if quote in shown))


def _bridge(id: str = "bridge") -> Article:
    return Article(id=id, text=f"The mayor said {BRIDGE}.\n", published="2024-03-09")


def _live(
    items: list[Article | Failed], replies: list[Script], **overrides: Any
) -> tuple[list[ExtractionResult], list[dict[str, Any]]]:
    with FakeOpenAI(replies) as fake:
        results = list(claims.extractor(settings_for(fake.url, **overrides)).extract_many(items))
    return results, fake.requests


def _batch(
    items: list[Article | Failed],
    replies: list[Script],
    batch_end: BatchEnd = "completed",
    **overrides: Any,
) -> tuple[list[ExtractionResult], list[dict[str, Any]]]:
    with FakeOpenAI(replies, batch_end=batch_end) as fake:
        settings = settings_for(fake.url, **overrides)
        job = openai_batch.submit(openai_batch.prepare(items, settings), settings)
        openai_batch.wait(job, settings, every=0.01)
        results = list(openai_batch.collect(job, settings))
    return results, fake.requests


def _same(result: ExtractionResult) -> dict[str, Any]:
    return result.model_dump(exclude={"seconds"})


def test_a_batch_sends_the_live_requests_and_gives_the_live_results(seed: Article) -> None:
    items: list[Article | Failed] = [seed, _bridge(), Failed("unreadable", "binary file")]
    live, live_requests = _live(items, [_answers] * 20, chunk_tokens=150)
    batch, batch_requests = _batch(items, [_answers] * 20, chunk_tokens=150)
    assert len(batch_requests) > 2  # the seed article went as several chunks
    assert batch_requests == live_requests
    assert [_same(result) for result in batch] == [_same(result) for result in live]
    seed_result, bridge, unreadable = batch
    assert seed_result.error is None and seed_result.warnings == []
    assert [c.evidence.text for c in seed_result.claims] == [QUOTE, "Poland joined NATO in 1999"]
    for found in seed_result.claims:
        assert seed.text[found.evidence.start : found.evidence.end] == found.evidence.text
    assert seed_result.claims[0].hedge_cues[0].text == "not unthinkable"
    assert bridge.claims[0].speaker.name == "the mayor" and bridge.usage.calls == 1
    assert unreadable.error == "binary file"


@pytest.mark.parametrize("status", [429, 500])
def test_an_error_line_fails_its_article_and_the_others_are_done(status: int) -> None:
    items: list[Article | Failed] = [
        _bridge("first"),
        Article(id="second", text=f"On Friday the mayor said {BRIDGE}.\n"),
    ]
    results, _ = _batch(items, [Reply(status=status), _answers])
    assert [result.id for result in results] == ["first", "second"]
    assert results[0].error == (
        f"the Batch API answered this request with HTTP {status}: scripted HTTP {status}"
    )
    assert results[1].error is None and results[1].claims[0].evidence.text == BRIDGE


def test_schema_invalid_output_is_salvaged_as_a_live_call_out_of_re_asks(seed: Article) -> None:
    def mixed(request: dict[str, Any]) -> Reply:
        good = claim(request, QUOTE, **FIELDS[QUOTE])
        return answer(good, {"s": "two", "mode": "shouting"})

    live, _ = _live([seed], [mixed], validation_retries=0)
    batch, requests = _batch([seed], [mixed])
    assert len(requests) == 1  # never re-asked
    assert [_same(result) for result in batch] == [_same(result) for result in live]
    assert [c.evidence.text for c in batch[0].claims] == [QUOTE]
    assert "claim 2 dropped after 1 tries" in batch[0].warnings[0]


def test_malformed_json_fails_the_article_with_the_reason(seed: Article) -> None:
    results, _ = _batch([seed, _bridge()], [Reply(content='{"claims": [{"s": 6, "quo'), _answers])
    assert results[0].error is not None and "no usable JSON after 1 tries" in results[0].error
    assert results[1].error is None


def test_polling_goes_through_in_progress_and_collect_waits_for_the_end() -> None:
    with FakeOpenAI([_answers], batch_polls=3) as fake:
        settings = settings_for(fake.url)
        job = openai_batch.submit(openai_batch.prepare([_bridge()], settings), settings)
        with pytest.raises(BackendError, match="is in_progress: collect it once it has ended"):
            openai_batch.collect(job, settings)
        seen: list[str] = []
        ended = openai_batch.wait(
            job, settings, every=0.01, on_poll=lambda b: seen.append(b.status)
        )
        [result] = openai_batch.collect(job, settings)
    assert seen == ["in_progress", "in_progress", "completed"]
    assert ended.request_counts is not None and ended.request_counts.completed == 1
    assert result.claims[0].evidence.text == BRIDGE


def test_identical_articles_are_sent_once_and_both_answered() -> None:
    results, requests = _batch([_bridge("a"), _bridge("b")], [_answers])
    assert len(requests) == 1
    assert [(r.id, r.claims[0].evidence.text) for r in results] == [("a", BRIDGE), ("b", BRIDGE)]


def test_an_expired_batch_fails_each_article_that_did_not_run(seed: Article) -> None:
    results, requests = _batch([seed, _bridge()], [_answers, _answers], batch_end="expired")
    assert requests == []
    assert [result.id for result in results] == [seed.id, "bridge"]
    for result in results:
        assert (
            result.error is not None and "did not run this request (batch_expired" in result.error
        )


def test_a_failed_batch_is_a_clear_error() -> None:
    with FakeOpenAI([_answers], batch_end="failed") as fake:
        settings = settings_for(fake.url)
        job = openai_batch.submit(openai_batch.prepare([_bridge()], settings), settings)
        assert openai_batch.wait(job, settings, every=0.01).status == "failed"
        with pytest.raises(BackendError, match="failed: scripted batch failure"):
            openai_batch.collect(job, settings)


def test_requests_that_changed_since_submit_are_reported_not_lost() -> None:
    with FakeOpenAI([_answers]) as fake:
        settings = settings_for(fake.url)
        job = openai_batch.submit(openai_batch.prepare([_bridge()], settings), settings)
        changed = job.model_copy(
            update={"settings": job.settings.model_copy(update={"temperature": 0.5})}
        )
        openai_batch.wait(job, settings, every=0.01)
        [result] = openai_batch.collect(changed, settings)
    assert result.error is not None and "this request was not in the batch" in result.error


def test_the_uploaded_file_is_one_request_per_line() -> None:
    with FakeOpenAI([]) as fake:
        settings = settings_for(fake.url)
        job = openai_batch.submit(openai_batch.prepare([_bridge()], settings), settings)
        lines = [json.loads(line) for line in fake.files[job.input_file_id].splitlines()]
    assert [line["custom_id"] for line in lines] == job.requests
    assert lines[0]["method"] == "POST" and lines[0]["url"] == "/v1/chat/completions"
    assert lines[0]["body"]["model"] == "fake-model"
    assert BRIDGE in json.dumps(lines[0]["body"]["messages"])


def test_the_embedded_model_cannot_run_a_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "CLAIMS_MODEL", "CLAIMS_BASE_URL", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(ConfigError, match="the embedded model cannot run batches"):
        openai_batch.prepare([_bridge()], claims.Settings())


def test_a_missing_or_malformed_job_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such job file"):
        openai_batch.load(tmp_path / "none.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"batch_id": "b"}', encoding="utf-8")
    with pytest.raises(InputError, match="not a claims batch job"):
        openai_batch.load(bad)
    bad.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a claims batch job"):
        openai_batch.load(bad)
    assert main(["batch", "status", str(bad)]) == 2


def _article_file(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(f"The mayor said {BRIDGE}.\n", encoding="utf-8")
    return path


def test_cli_submit_then_collect_in_a_new_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    job, out = tmp_path / "job.json", tmp_path / "results.jsonl"
    endpoint = ["--api-key", "k", "--model", "m"]
    with FakeOpenAI([_answers], batch_polls=2) as fake:
        submit = ["batch", "submit", str(_article_file(tmp_path)), "--job", str(job)]
        assert main([*submit, "--base-url", fake.url, *endpoint]) == 0
        assert main([*submit, "--base-url", fake.url, *endpoint]) == 2  # never overwrites a job
        assert main(["batch", "status", str(job), "--api-key", "k"]) == 0
        assert "in_progress" in capsys.readouterr().out
        root = Path(claims.__file__).resolve().parent.parent
        command = ["batch", "collect", str(job), "--wait", "--every", "0.01", "-o", str(out)]
        collect = subprocess.run(
            [sys.executable, "-m", "claims.cli", *command, "--api-key", "k"],
            env=os.environ | {"PYTHONPATH": str(root)},
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert collect.returncode == 0, collect.stderr
    [line] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert line["id"] == "bridge" and line["error"] is None and line["model"] == "m"
    assert line["claims"][0]["evidence"] == {"text": BRIDGE, "start": 15, "end": 44}


def test_cli_reports_a_failed_batch_and_a_failed_article(tmp_path: Path) -> None:
    job = tmp_path / "job.json"
    with FakeOpenAI([Reply(status=500)]) as fake:
        flags = ["--base-url", fake.url, "--api-key", "k", "--model", "m", "--every", "0.01"]
        submit = ["batch", "submit", str(_article_file(tmp_path)), "--job", str(job), "--wait"]
        assert main([*submit, *flags, "-o", str(tmp_path / "out.jsonl")]) == 1
    [line] = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert "HTTP 500" in json.loads(line)["error"]
    with FakeOpenAI([], batch_end="failed") as fake:
        flags = ["--base-url", fake.url, "--api-key", "k", "--model", "m", "--every", "0.01"]
        submit = ["batch", "submit", str(_article_file(tmp_path)), "--job", str(tmp_path / "j2")]
        assert main([*submit, "--wait", *flags]) == 1
