"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from . import articles, journal, output
from .backends import choose
from .batch import Budget
from .cache import Cache
from .cache import default_path as default_cache_path
from .errors import ClaimsError, ConfigError, InputError
from .models import Article, ExtractionResult, Usage
from .pipeline import Extractor
from .replay import recorded
from .settings import Settings


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    # instructor logs each failed attempt; results carry our own warnings and errors instead
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    errors = Console(stderr=True, soft_wrap=True)
    try:
        return int(args.run(args, errors))
    except (ConfigError, InputError) as error:
        errors.print(f"[bold red]error:[/] {error}", highlight=False)
        return 2
    except ClaimsError as error:
        errors.print(f"[bold red]error:[/] {error}", highlight=False)
        return 1
    except KeyboardInterrupt:
        errors.print("interrupted; results written so far are kept")
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claims", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    extract = commands.add_parser("extract", help="extract claims from articles")
    article_inputs(extract)
    _backend_flags(extract)
    extract.add_argument(
        "--format", choices=output.FORMATS, help="default: table on a terminal, else jsonl"
    )
    extract.add_argument("-o", "--output", help="write results to this file")
    extract.add_argument("--title", help="title of a single article")
    extract.add_argument("--published", help="publication date (ISO) of a single article")
    extract.add_argument("--publisher", help="name used as the speaker of the article's own claims")
    batch = extract.add_argument_group("batch")
    batch.add_argument(
        "--jobs",
        type=_positive(int),
        default=4,
        help="articles at once against a remote endpoint (the embedded model runs one)",
    )
    batch.add_argument("--rpm", type=_positive(float), help="requests per minute, at most")
    batch.add_argument("--tpm", type=_positive(float), help="tokens per minute, at most")
    batch.add_argument(
        "--max-cost",
        type=_positive(float),
        help="US dollars this run may spend; no article starts that could pass it",
    )
    batch.add_argument(
        "--prices", type=Path, help='price table JSON {"model": [input, output]} per 1M tokens'
    )
    batch.add_argument(
        "--restart",
        action="store_true",
        help="overwrite -o FILE.jsonl instead of resuming (skipping the articles done in it)",
    )
    extract.set_defaults(run=_extract)
    cache = commands.add_parser("cache", help="show or clear the result cache")
    cache.add_argument("action", choices=["stats", "clear"])
    cache.add_argument("--cache", type=Path, default=None, help="cache file")
    cache.set_defaults(run=_cache)
    from .batch_command import add_batch_command
    from .eval_command import add_eval_command

    add_eval_command(commands, _backend_flags)
    add_batch_command(commands, _backend_flags)
    return parser


def article_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="ARTICLE",
        help="text, Markdown, HTML or JSONL files; - for standard input",
    )


def _backend_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model")
    group.add_argument(
        "--model",
        help="model name at the endpoint, a path to a GGUF file, or none for no model: the "
        "rules alone (env CLAIMS_MODEL); default: the embedded model",
    )
    group.add_argument(
        "--base-url", help="OpenAI-compatible endpoint (env CLAIMS_BASE_URL, OPENAI_BASE_URL)"
    )
    group.add_argument("--api-key", help="API key (env OPENAI_API_KEY)")
    group.add_argument(
        "--prompt", help="prompt version, e.g. extract_claims/v1 (default: the backend's strategy)"
    )
    group.add_argument(
        "--structured-mode",
        choices=["json", "json_schema", "tools", "md_json"],
        help="how the schema is enforced (default: json remote, json_schema embedded)",
    )
    group.add_argument(
        "--chunk-tokens",
        type=int,
        default=None,
        help="article tokens per call (default: the backend's strategy)",
    )
    group.add_argument(
        "--max-output-tokens",
        type=int,
        default=None,
        help="cap on the tokens of one answer (default: the backend's strategy)",
    )
    group.add_argument(
        "--timeout",
        type=float,
        default=Settings.request_timeout,
        help="seconds to wait for one HTTP response",
    )
    group.add_argument(
        "--transport-attempts",
        type=int,
        default=Settings.transport_attempts,
        help="tries per call on 429, 5xx, timeouts and dropped connections",
    )
    group.add_argument(
        "--backoff",
        type=float,
        default=Settings.transport_backoff,
        help="seconds before the first transport retry (then doubling, up to 30)",
    )
    group.add_argument(
        "--validation-retries",
        type=int,
        default=None,
        help="times invalid or ungrounded output is sent back to the model",
    )
    group.add_argument(
        "--cache",
        type=Path,
        default=None,
        help="result cache file (default: results.sqlite in the user cache dir)",
    )
    group.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")


def settings_from(args: argparse.Namespace) -> Settings:
    return Settings(
        model=args.model,
        base_url=args.base_url,
        api_key=args.api_key,
        prompt=args.prompt,
        structured_mode=args.structured_mode,
        chunk_tokens=args.chunk_tokens,
        max_output_tokens=args.max_output_tokens,
        request_timeout=args.timeout,
        transport_attempts=args.transport_attempts,
        transport_backoff=args.backoff,
        validation_retries=args.validation_retries,
        rpm=getattr(args, "rpm", None),
        tpm=getattr(args, "tpm", None),
        prices=getattr(args, "prices", None),
    )


def connect(args: argparse.Namespace, errors: Console) -> Extractor:
    settings = settings_from(args)
    backend = choose(settings)
    errors.print(f"using {backend.description}", style="dim", highlight=False)
    replaying = getattr(args, "replay", None)
    if replaying is not None:
        backend = recorded(backend, replaying)
    cache = None if args.no_cache else Cache(args.cache or default_cache_path())
    return Extractor(backend, settings, cache)


def _extract(args: argparse.Namespace, errors: Console) -> int:
    for path in args.inputs:  # before the model loads: a typo should not cost a minute
        articles.check_path(path)
    single = len(args.inputs) == 1 and not args.inputs[0].endswith(".jsonl")
    if not single and (args.title or args.published or args.publisher):
        raise ConfigError("--title, --published and --publisher apply to a single article")
    fmt = args.format or ("table" if sys.stdout.isatty() and not args.output else "jsonl")
    extractor = connect(args, errors)
    budget = _budget(args, extractor)
    jobs = 1 if extractor.backend.local else args.jobs
    done: set[str] = set()
    if args.output and fmt == "jsonl" and not args.restart:
        done = journal.resume(Path(args.output))
        if done:
            errors.print(
                f"resuming: {len(done)} articles already done in {args.output} are skipped "
                "(--restart to redo them)",
                highlight=False,
            )
    total = sum(articles.count(path) for path in args.inputs)
    tally = _Tally()
    with _sink(args.output, append=bool(done)) as out:
        console = Console(file=out, width=None if out is sys.stdout else 140)
        results: list[ExtractionResult] = []
        bar = _progress(errors)
        task = bar.add_task("articles", total=max(total - len(done), 0), counts=tally.counts())
        items = (item for item in _items(args) if item.id not in done)
        with bar:
            for result in extractor.extract_many(items, jobs=jobs, budget=budget):
                tally.add(result)
                bar.update(task, advance=1, counts=tally.counts())
                if result.error:
                    bar.console.print(
                        f"[red]failed:[/] {result.id}: {result.error}", highlight=False
                    )
                if fmt == "table":
                    output.table(result, console)
                elif fmt == "jsonl":
                    out.write(output.jsonl_line(result))
                elif fmt == "md":
                    out.write(output.markdown(result))
                else:
                    results.append(result)
                out.flush()
        if fmt == "json":
            output.write_json(results, out)
    if total > 1 or tally.failed:
        errors.print(tally.summary(bar.tasks[0].finished_time or 0.0), highlight=False)
    if budget is not None and budget.exhausted:
        errors.print(
            f"[yellow]stopped:[/] the next article could pass --max-cost ${budget.limit:g} "
            f"(spent ${budget.spent:.4f}); re-run with a larger budget to go on",
            highlight=False,
        )
        return 1
    return 1 if tally.failed else 0


def _budget(args: argparse.Namespace, extractor: Extractor) -> Budget | None:
    if args.max_cost is None:
        return None
    if extractor.price is None:
        raise ConfigError(
            f"--max-cost needs a price for model {extractor.backend.model!r}: "
            "give one with --prices FILE.json"
        )
    return Budget(args.max_cost, extractor.price)


class _Tally:
    """Counts for the progress bar and the closing line."""

    def __init__(self) -> None:
        self.done = self.failed = self.cached = 0
        self.usage = Usage()
        self.cost: float | None = 0.0

    def add(self, result: ExtractionResult) -> None:
        if result.error:
            self.failed += 1  # what its tries used is spent all the same
        else:
            self.done += 1
        if result.cached:
            self.cached += 1
            return
        self.usage += result.usage
        self.cost = None if self.cost is None or result.cost is None else self.cost + result.cost

    def counts(self) -> str:
        return f"done {self.done} · failed {self.failed} · cached {self.cached}"

    def summary(self, seconds: float) -> str:
        cost = "price unknown" if self.cost is None else f"about ${self.cost:.4f}"
        return (
            f"{self.done + self.failed} articles in {seconds:.1f} s: {self.done} done "
            f"({self.cached} from the cache), {self.failed} failed · "
            f"{self.usage.calls} calls, {self.usage.prompt_tokens:,} prompt + "
            f"{self.usage.completion_tokens:,} completion tokens, {cost}"
        )


def _cache(args: argparse.Namespace, errors: Console) -> int:
    cache = Cache(args.cache or default_cache_path())
    if args.action == "clear":
        errors.print(f"removed {cache.clear()} cached results from {cache.path}")
    else:
        count, size = cache.stats()
        Console().print(f"{cache.path}: {count} results, {size / 1e6:.1f} MB")
    return 0


def _items(args: argparse.Namespace) -> Iterator[Article | articles.Failed]:
    for path in args.inputs:
        for item in articles.read(path):
            if isinstance(item, Article) and (args.title or args.published or args.publisher):
                item = articles.article(
                    item.text,
                    id=item.id,
                    title=args.title or item.title,
                    published=args.published or item.published,
                    publisher=args.publisher or item.publisher,
                    url=item.url,
                    source=path,
                )
            yield item


@contextlib.contextmanager
def _sink(path: str | None, append: bool = False) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "a" if append else "w", encoding="utf-8") as out:
        yield out


def _progress(console: Console) -> Progress:
    """Articles done, failed and cached, rate and time left, on stderr; it clears itself,
    leaving the results and the failures."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[counts]}"),
        _Rate(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    )


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:.1f}/s" if task.speed else "-/s")


def _positive(kind: type[float] | type[int]) -> Callable[[str], float]:
    def parse(text: str) -> float:
        value = kind(text)
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be above 0, not {text}")
        return value

    return parse


if __name__ == "__main__":
    sys.exit(main())
