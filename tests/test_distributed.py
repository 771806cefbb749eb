"""Scale-out on Ray Data: a local Ray with 2 CPUs, the real openai client, a scripted server.

The fake server runs in this process; the Ray actors reach it over 127.0.0.1.
"""

from __future__ import annotations

import importlib
import json
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import ray
from conftest import answer, claim, sentences_sent, settings_for

import claims
from claims import ConfigError, ExtractionResult, Settings, articles, distributed
from claims.output import jsonl_line
from claims.testing import FakeOpenAI, Reply

MAYOR = "The mayor said the bridge will reopen in May."
QUIET = "The weather was mild on Tuesday."
JUNK = "The model answers this one with junk."


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    # The workers import the same claims as this process (a checkout on PYTHONPATH, say).
    checkout = str(Path(claims.__file__).resolve().parent.parent)
    ray.init(
        num_cpus=2,
        include_dashboard=False,
        log_to_driver=False,
        runtime_env={"env_vars": {"PYTHONPATH": checkout}},
    )
    yield
    ray.shutdown()


def _respond(request: dict[str, Any]) -> Reply:
    sent = " ".join(sentences_sent(request).values())
    if "junk" in sent:
        return Reply(content='{"claims": [{"s": 1, "quo')
    if "bridge" in sent:
        return answer(
            claim(
                request,
                "the bridge will reopen in May",
                statement="The bridge will reopen in May.",
                speaker="the mayor",
                cue="said",
                mode="indirect",
            )
        )
    return answer()


def _jsonl(path: Path, *lines: dict[str, Any] | str) -> str:
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_run_writes_what_claims_extract_writes_once_per_article(tmp_path: Path) -> None:
    inputs = [
        _jsonl(
            tmp_path / "first.jsonl",
            {"id": "bridge", "text": MAYOR, "title": "Bridge", "published": "2024-03-09"},
            {"id": "quiet", "text": QUIET},
            {"id": "junk", "text": JUNK},
            "{not json",
            {"id": "no-text", "title": "x"},
            {"id": "empty", "text": "  "},
            {"id": "bad-date", "text": MAYOR, "published": "last week"},
        ),
        _jsonl(tmp_path / "second.jsonl", {"text": MAYOR}, {"id": "paper", "text": MAYOR}),
        _jsonl(tmp_path / "only-bad.jsonl", "[1, 2]", "{not json"),
    ]
    (tmp_path / "latin1.jsonl").write_bytes('{"text": "café"}'.encode("latin-1"))
    inputs.append(str(tmp_path / "latin1.jsonl"))
    out = tmp_path / "out"
    with FakeOpenAI([_respond] * 100) as fake:
        distributed.run(inputs, str(out), settings_for(fake.url), concurrency=2, num_cpus=0.5)
        local = claims.extractor(settings_for(fake.url))
        expected = list(local.extract_many(i for path in inputs for i in articles.read(path)))

    lines = [line for file in out.glob("*.jsonl") for line in file.open(encoding="utf-8")]
    written = {r.id: r for r in map(ExtractionResult.model_validate_json, lines)}
    assert len(lines) == len(written) == len(expected) == 12
    assert all(line == jsonl_line(written[json.loads(line)["id"]]) for line in lines)
    for result in expected:  # the same as `claims extract --format jsonl`, timing aside
        assert written[result.id].model_dump(exclude={"seconds"}) == result.model_dump(
            exclude={"seconds"}
        )

    bridge = written["bridge"]
    assert (
        bridge.error is None and bridge.title == "Bridge" and str(bridge.published) == "2024-03-09"
    )
    (said,) = bridge.claims
    assert (said.evidence.text, said.speaker.name, said.mode) == (
        "the bridge will reopen in May",
        "the mayor",
        "indirect",
    )
    assert MAYOR[said.evidence.start : said.evidence.end] == said.evidence.text
    assert len(written[f"{inputs[1]}:1"].claims) == 1  # no id: named by file and line
    assert written["quiet"].error is None and written["quiet"].claims == []
    assert "no usable JSON after 3 tries" in (written["junk"].error or "")
    failed = {id: r.error for id, r in written.items() if r.error and id != "junk"}
    first, _, only_bad, _ = inputs
    assert sorted(failed) == sorted(
        [
            f"{first}:4",
            f"{first}:5",
            "empty",
            "bad-date",
            f"{only_bad}:1",
            f"{only_bad}:2",
            f"{inputs[3]}:1",
        ]
    )
    assert failed["bad-date"].endswith("published date 'last week' is not an ISO date")
    assert "not UTF-8" in (failed[f"{inputs[3]}:1"] or "")  # a bad line, not a bad file


def test_a_single_block_is_spread_over_the_actors() -> None:
    lock = threading.Lock()
    calls = {"now": 0, "most": 0}
    # the first call waits (up to a minute, however loaded the machine) for a second one
    # to arrive while it is held: only a second actor working at the same time can send it
    together = threading.Event()

    def slow(request: dict[str, Any]) -> Reply:
        with lock:
            calls["now"] += 1
            calls["most"] = max(calls["most"], calls["now"])
            if calls["now"] == 2:
                together.set()
        together.wait(timeout=60)
        with lock:
            calls["now"] -= 1
        return _respond(request)

    rows = [{"id": f"a{n}", "text": MAYOR, "error": None} for n in range(8)]
    rows += [
        {"id": "unreadable", "text": None, "error": "in.jsonl:9: not JSON"},
        {"id": None, "text": QUIET, "error": None},
    ]
    ds = ray.data.from_items(rows, override_num_blocks=1)
    with FakeOpenAI([slow] * 20) as fake:
        out = distributed.extract_dataset(
            ds, settings_for(fake.url), concurrency=2, num_cpus=0.5, batch_size=2
        ).take_all()

    assert calls["most"] == 2  # both actors were working at once
    results = {row["id"]: ExtractionResult.model_validate_json(row["result"]) for row in out}
    assert len(out) == len(results) == 10
    assert all(len(results[f"a{n}"].claims) == 1 for n in range(8))
    assert results["unreadable"].error == "in.jsonl:9: not JSON"
    assert results["?"].error is None


def test_without_ray_the_path_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setitem(sys.modules, "ray.data", None)
    monkeypatch.delitem(sys.modules, "claims.distributed")
    monkeypatch.setattr(claims, "distributed", distributed)
    without_ray = importlib.import_module("claims.distributed")  # importing needs no Ray
    with pytest.raises(ConfigError, match=r'pip install "claims\[ray\]"'):
        without_ray.run([str(tmp_path)], str(tmp_path / "out"), Settings(), concurrency=1)
