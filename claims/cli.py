"""The command line: a thin layer over the Python API."""

from __future__ import annotations

import argparse
import contextlib
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.progress import MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import articles, output
from .backends import choose
from .cache import Cache
from .cache import default_path as default_cache_path
from .errors import ClaimsError, ConfigError, InputError
from .models import Article, ExtractionResult
from .pipeline import Extractor
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
    extract.add_argument(
        "inputs",
        nargs="+",
        metavar="ARTICLE",
        help="text, Markdown, HTML or JSONL files; - for standard input",
    )
    _backend_flags(extract)
    extract.add_argument(
        "--format", choices=output.FORMATS, help="default: table on a terminal, else jsonl"
    )
    extract.add_argument("-o", "--output", help="write results to this file")
    extract.add_argument("--title", help="title of a single article")
    extract.add_argument("--published", help="publication date (ISO) of a single article")
    extract.add_argument("--publisher", help="name used as the speaker of the article's own claims")
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


def _backend_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("model")
    group.add_argument(
        "--model",
        help="model name at the endpoint, or a path to a GGUF file "
        "(env CLAIMS_MODEL); default: the embedded model",
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
        validation_retries=args.validation_retries,
    )


def connect(args: argparse.Namespace, errors: Console) -> Extractor:
    settings = settings_from(args)
    backend = choose(settings)
    errors.print(f"using {backend.description}", style="dim", highlight=False)
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
    failed = 0
    with _sink(args.output) as out:
        console = Console(file=out, width=None if out is sys.stdout else 140)
        results: list[ExtractionResult] = []
        bar = _progress(errors)
        task = bar.add_task("articles", total=None)
        with bar:
            for result in extractor.extract_many(_items(args)):
                bar.update(task, advance=1, description=f"{result.id} done")
                if result.error:
                    failed += 1
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
    return 1 if failed else 0


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
def _sink(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as out:
        yield out


def _progress(console: Console) -> Progress:
    """Articles done, on stderr; it clears itself, leaving the results and the failures."""
    return Progress(
        TextColumn("{task.description}"),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


if __name__ == "__main__":
    sys.exit(main())
