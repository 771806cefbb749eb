"""Batch throughput, framework CPU, cached re-runs and memory against a fake endpoint.

    python benchmarks/batch_scale.py            # the issue's figures (about 4 minutes)
    python benchmarks/batch_scale.py --quick    # a smaller run of each

The fake OpenAI-compatible server runs in its own process and answers every call after a
fixed latency, so this process's CPU time is the framework's own: reading, splitting,
prompting, the HTTP client, instructor, validation, grounding and writing. Articles are the
seed articles (about 500 words each), each made unique so no two share a cache entry.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import openai
from openai.types.chat import ChatCompletion

import claims
from claims.cache import Cache
from claims.response import ModelClaim
from claims.testing import FakeOpenAI, Reply
from claims.text import sentences

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    with _server(args.latency) as url, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"fake endpoint latency {args.latency * 1000:.0f} ms per call\n")
        _throughput(url, args.latency, 500 // scale)
        _warm(args.latency, 500 // scale)
        _cached(url, work, 1000 // scale)
        _memory(url, work, [1000 // scale, 10000 // scale, 20000 // scale])


def _throughput(url: str, latency: float, count: int) -> None:
    print(f"## Throughput, {count} articles, no cache")
    print(
        "| jobs | articles/s | ideal (jobs / latency) | of ideal | calls/article "
        "| framework CPU ms/article |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    list(claims.extractor(_settings(url)).extract_many(_articles(20, tag="warm")))  # imports
    for jobs in (1, 4, 16, 64):
        n = min(count, 50) if jobs == 1 else count  # one job at 200 ms: 500 would take 100 s
        extractor = claims.extractor(_settings(url))
        items = _articles(n, tag=f"t{jobs}")
        cpu, wall = time.process_time(), time.perf_counter()
        total_calls, errors = _consume(extractor.extract_many(items, jobs=jobs))
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        assert not errors, errors[:3]
        calls = total_calls / n
        rate, ideal = n / wall, jobs / (latency * calls)
        print(
            f"| {jobs} | {rate:.1f} | {ideal:.1f} | {rate / ideal:.0%} | {calls:.2f} "
            f"| {cpu / n * 1000:.1f} |"
        )
    print()


def _warm(idle: float, count: int) -> None:
    """The same work at 1 job with no latency, so the CPU never idles: the framework's own
    cost. With ``idle`` seconds before every answer the same code takes more CPU time
    (caches go cold in each wait); a bare call through the openai client shows that effect
    alone, and splitting an article into sentences, with no I/O at all, shows it is the
    machine's."""
    print(f"## Framework CPU with and without idle waits, {count} articles at 1 job")
    print(
        "| latency ms | framework CPU ms/article | one bare openai-client post, CPU ms "
        "| splitting one article into sentences (no I/O), CPU ms |"
    )
    print("|---:|---:|---:|---:|")
    for latency in (0.0, idle):
        with _server(latency) as url:
            extractor = claims.extractor(_settings(url))
            list(extractor.extract_many(_articles(20, tag=f"w{latency}")))
            n = count if latency == 0 else min(count, 50)
            cpu = time.process_time()
            _consume(extractor.extract_many(_articles(n, tag=f"cpu{latency}"), jobs=1))
            cpu = time.process_time() - cpu
            with openai.OpenAI(api_key="k", base_url=url, max_retries=0) as client:
                body = {"model": "fake", "messages": [{"role": "user", "content": "[1] Hi."}]}
                client.post("/chat/completions", body=body, cast_to=ChatCompletion)
                post = time.process_time()
                for _ in range(20):
                    client.post("/chat/completions", body=body, cast_to=ChatCompletion)
                post = (time.process_time() - post) / 20
        split = _split_after(latency)
        print(
            f"| {latency * 1000:.0f} | {cpu / n * 1000:.1f} | {post * 1000:.2f} "
            f"| {split * 1000:.2f} |"
        )
    print()


def _split_after(idle: float) -> float:
    """CPU seconds to split one seed article into sentences, each split after ``idle``
    seconds of sleep: pure Python with no I/O, so what the wait adds is the machine's (cold
    caches, a slower clock after idling), not the framework's."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))][:40]
    for text in texts:
        sentences(text)
    spent = 0.0
    for text in texts:
        time.sleep(idle)
        start = time.process_time()
        sentences(text)
        spent += time.process_time() - start
    return spent / len(texts)


def _consume(results: Iterable[claims.ExtractionResult]) -> tuple[int, list[str]]:
    """LLM calls and errors of a batch, each result let go as it comes, as `claims extract`
    streams them to its output: results held in a list would make the garbage collector
    walk them all, a cost of the holder, not of the framework."""
    calls, errors = 0, []
    for result in results:
        calls += result.usage.calls
        if result.error:
            errors.append(result.error)
    return calls, errors


def _cached(url: str, work: Path, count: int) -> None:
    source = _write(work / "cached.jsonl", _articles(count, tag="c"))
    cache = work / "cache.sqlite"
    filled = _cli(url, source, work / "first.jsonl", "--jobs", "64", "--cache", str(cache))
    entries, size = Cache(cache).stats()
    again = _cli(
        url, source, work / "again.jsonl", "--jobs", "64", "--cache", str(cache), "--restart"
    )
    extractor = claims.Extractor(
        claims.backends.choose(_settings(url)), _settings(url), Cache(cache)
    )
    items = _articles(count, tag="c")
    wall = time.perf_counter()
    results = list(extractor.extract_many(items, jobs=1))
    inside = time.perf_counter() - wall
    assert all(r.cached for r in results)
    print(
        f"## Re-run of {count} articles, all from the cache ({entries} entries, "
        f"{size / 1e6:.1f} MB)"
    )
    print(f"- first run, 64 jobs: {filled['wall']:.1f} s")
    print(
        f"- re-run, whole `claims extract` process: {again['wall']:.2f} s "
        f"(of which Python start-up and imports about {_startup():.2f} s)"
    )
    print(
        f"- re-run inside one process (`extract_many`): {inside:.2f} s, "
        f"{inside / count * 1000:.2f} ms/article\n"
    )


def _memory(url: str, work: Path, sizes: list[int]) -> None:
    print(
        "## Peak memory of a streamed batch (`claims extract in.jsonl -o out.jsonl`, "
        "16 jobs, latency 0)"
    )
    print("| articles | wall s | peak RSS MB |")
    print("|---:|---:|---:|")
    with _server(0.0) as fast:
        for size in sizes:
            source = _write(work / f"m{size}.jsonl", _articles(size, tag=f"m{size}"))
            run = _cli(fast, source, work / f"m{size}.out.jsonl", "--jobs", "16", "--no-cache")
            print(f"| {size} | {run['wall']:.1f} | {run['rss_mb']:.0f} |")
    print()


def _cli(url: str, source: Path, out: Path, *flags: str) -> dict[str, float]:
    """One `claims extract` process; its wall time and its own peak memory."""
    argv = [
        "extract",
        str(source),
        "-o",
        str(out),
        "--base-url",
        url,
        "--api-key",
        "k",
        "--model",
        "fake",
        *flags,
    ]
    # The peak is the child's own VmHWM: its ru_maxrss would keep the high-water mark of the
    # forked copy of this process across exec, that is this process's size, not its own.
    measured = (
        "import sys; from claims.cli import main; code = main(sys.argv[1:]); "
        "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM:')); "
        "print('peak', peak.split()[1], file=sys.stderr); "
        "sys.exit(code)"
    )
    wall = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", measured, *argv], capture_output=True, text=True)
    wall = time.perf_counter() - wall
    if done.returncode != 0:
        raise SystemExit(f"claims {' '.join(argv)} failed:\n{done.stderr[-2000:]}")
    peak = done.stderr.strip().splitlines()[-1].split()
    return {"wall": wall, "rss_mb": int(peak[1]) / 1024}


def _startup() -> float:
    wall = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import claims.cli"], check=True)
    return time.perf_counter() - wall


def _settings(url: str) -> claims.Settings:
    return claims.Settings(base_url=url, api_key="k", model="fake")


def _articles(count: int, tag: str) -> Iterator[claims.Article]:
    """Made one at a time: a batch of 10,000 held here would be 30 MB of this process."""
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for i in range(count):
        yield claims.Article(id=f"{tag}-{i}", text=f"Report {tag}-{i}.\n\n{texts[i % len(texts)]}")


def _write(path: Path, items: Iterable[claims.Article]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(json.dumps({"id": item.id, "text": item.text}) + "\n")
    return path


def _answer(request: dict[str, Any]) -> Reply:
    """A claim for every sentence the call shows, quoting its first words, as a model that
    finds a claim in most sentences of a news article would: the framework grounds,
    attributes, hedges, dates and merges each one."""
    user = next(m["content"] for m in request["messages"] if m["role"] == "user")
    cited = []
    for line in user.splitlines():
        if not line.startswith("["):
            continue
        number, sentence = line[1:].split("] ", 1)
        quote = sentence[:40].rsplit(" ", 1)[0] if len(sentence) > 40 else sentence
        cited.append(ModelClaim(s=int(number), quote=quote, statement=quote, mode="author"))
    return Reply(content=json.dumps({"claims": [claim.model_dump() for claim in cited]}))


class _server:
    """The fake endpoint in a child process, answering every call after ``latency``."""

    def __init__(self, latency: float) -> None:
        self.latency = latency

    def __enter__(self) -> str:
        context = multiprocessing.get_context("fork")
        urls: multiprocessing.Queue[str] = context.Queue()
        self.process = context.Process(target=_serve, args=(self.latency, urls), daemon=True)
        self.process.start()
        return urls.get(timeout=30)

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.join()


def _serve(latency: float, urls: multiprocessing.Queue[str]) -> None:
    def answer(request: dict[str, Any]) -> Reply:
        time.sleep(latency)
        return _answer(request)

    with FakeOpenAI([answer] * 1_000_000) as fake:
        urls.put(fake.url)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
