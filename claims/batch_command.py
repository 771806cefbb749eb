"""`claims batch`: large jobs through the OpenAI Batch API (submit, status, collect)."""

from __future__ import annotations

import argparse
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console

from . import articles, output
from .cli import article_inputs
from .errors import ConfigError
from .eval_command import BackendFlags
from .settings import Settings

if TYPE_CHECKING:
    from openai.types import Batch

    from . import openai_batch


def add_batch_command(commands: Any, backend_flags: BackendFlags) -> None:
    batch = commands.add_parser(
        "batch", help="large jobs through the OpenAI Batch API: half the price, within 24 h"
    )
    actions = batch.add_subparsers(required=True, metavar="ACTION")
    submit = actions.add_parser("submit", help="send articles as one batch; write a job file")
    article_inputs(submit)
    submit.add_argument(
        "--job", type=Path, required=True, help="job file to write, for status and collect"
    )
    _collect_flags(submit, wait_help="wait for the batch to end, then collect its results")
    backend_flags(submit)
    submit.set_defaults(run=_submit)
    status = actions.add_parser("status", help="how far a submitted batch has got")
    status.add_argument("job", type=Path, metavar="JOB", help="job file written by submit")
    _key_flag(status)
    status.set_defaults(run=_status)
    collect = actions.add_parser(
        "collect", help="validate and ground the answers of an ended batch; write results"
    )
    collect.add_argument("job", type=Path, metavar="JOB", help="job file written by submit")
    _collect_flags(collect, wait_help="wait for the batch to end first")
    _key_flag(collect)
    collect.set_defaults(run=_collect)


def _collect_flags(parser: argparse.ArgumentParser, wait_help: str) -> None:
    parser.add_argument("--wait", action="store_true", help=wait_help)
    parser.add_argument(
        "--every",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="seconds between polls while waiting (default: 60)",
    )
    parser.add_argument("-o", "--output", help="write results (JSONL) to this file")


def _key_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--api-key", help="API key (env OPENAI_API_KEY)")


def _submit(args: argparse.Namespace, errors: Console) -> int:
    from . import openai_batch  # (the openai package: a second to import, only here)
    from .cli import settings_from

    if args.job.exists():
        raise ConfigError(
            f"{args.job} exists and may track a batch already paid for; choose another --job"
        )
    if args.output and not args.wait:
        raise ConfigError("-o applies with --wait; otherwise give it to `claims batch collect`")
    for path in args.inputs:
        articles.check_path(path)
    settings = settings_from(args)
    prepared = openai_batch.prepare(
        (item for path in args.inputs for item in articles.read(path)), settings
    )
    for item in prepared.items:
        if isinstance(item, articles.Failed):
            errors.print(f"[red]failed:[/] {item.id}: {item.error}", highlight=False)
    job = openai_batch.submit(prepared, settings)
    job.save(args.job)
    errors.print(
        f"submitted batch {job.batch_id}: {len(job.items)} articles in {len(job.requests)} "
        f"requests; job file {args.job}",
        highlight=False,
    )
    return _results(job, settings, args, errors) if args.wait else 0


def _status(args: argparse.Namespace, errors: Console) -> int:
    from . import openai_batch  # (the openai package: a second to import, only here)

    job = openai_batch.load(args.job)
    Console().print(_describe(openai_batch.status(job, Settings(api_key=args.api_key))))
    return 0


def _collect(args: argparse.Namespace, errors: Console) -> int:
    from . import openai_batch  # (the openai package: a second to import, only here)

    job = openai_batch.load(args.job)
    return _results(job, Settings(api_key=args.api_key), args, errors)


def _results(
    job: openai_batch.Job, settings: Settings, args: argparse.Namespace, errors: Console
) -> int:
    from . import openai_batch  # (the openai package: a second to import, only here)

    if args.wait:
        with errors.status("waiting for the batch") as waiting:
            openai_batch.wait(
                job, settings, args.every, on_poll=lambda batch: waiting.update(_describe(batch))
            )
    results = openai_batch.collect(job, settings)  # a failed or unfinished batch raises here
    failed = 0
    with ExitStack() as files:
        out = (
            files.enter_context(open(args.output, "w", encoding="utf-8"))
            if args.output
            else sys.stdout
        )
        for result in results:
            if result.error:
                failed += 1
                errors.print(f"[red]failed:[/] {result.id}: {result.error}", highlight=False)
            out.write(output.jsonl_line(result))
    errors.print(f"{len(job.items)} articles, {failed} failed", highlight=False)
    return 1 if failed else 0


def _describe(batch: Batch) -> str:
    counts = batch.request_counts
    done = f", {counts.completed + counts.failed}/{counts.total} requests done" if counts else ""
    failed = f", {counts.failed} failed" if counts and counts.failed else ""
    return f"batch {batch.id}: {batch.status}{done}{failed}"
