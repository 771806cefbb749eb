"""`claims eval`: score the extractor against the hand-labelled seeds, or check the labels."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

BackendFlags = Callable[[argparse.ArgumentParser], None]


def add_eval_command(commands: Any, backend_flags: BackendFlags) -> None:
    parser = commands.add_parser("eval", help="score the extractor against labelled seeds")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="folder of gold files")
    parser.add_argument("--split", choices=["dev", "test"], help="only this part of split.json")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path("reports/latest"),
        help="folder for report.json, report.md and report.html",
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="REPORT_JSON",
        help="an earlier report.json: print deltas, exit 1 on a regression",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="largest tolerated drop in micro strict or full-claim F1 (0.02)",
    )
    parser.add_argument(
        "--check", action="store_true", help="only validate the gold files; no model is run"
    )
    parser.add_argument(
        "--replay",
        type=Path,
        metavar="DIR",
        help="record the model's answers in DIR and replay them for the same requests, so "
        "a change to the code after the model re-scores in seconds",
    )
    backend_flags(parser)
    parser.set_defaults(run=_eval)


def _eval(args: argparse.Namespace, errors: Console) -> int:
    import evals

    from .cli import connect

    if args.check:
        return _check(args.seeds, errors)
    try:
        cases = evals.load_cases(args.seeds, args.split)
    except evals.GoldError as error:
        errors.print(f"[bold red]error:[/] {error}", highlight=False)
        return 2
    extractor = connect(args, errors)
    console = Console()
    report = evals.run_eval(cases, extractor.extract, args.out, console=console)
    evals.print_report(report, console)
    console.print(f"reports written to {args.out}/", style="dim")
    if args.compare is None:
        return 0
    threshold = evals.DEFAULT_THRESHOLD if args.threshold is None else args.threshold
    comparison = evals.compare(report, evals.load_report(args.compare), threshold)
    evals.print_comparison(comparison, console)
    return 1 if comparison.regressed else 0


def _check(seeds: Path, errors: Console) -> int:
    from evals import check_gold

    files = sorted([*seeds.glob("*.gold.json"), *seeds.glob("*.gold-2.json")])
    if not files:
        errors.print(f"[bold red]error:[/] {seeds}: no gold files", highlight=False)
        return 2
    problems = [problem for path in files for problem in check_gold(path)]
    for problem in problems:
        errors.print(problem, highlight=False, soft_wrap=True)
    errors.print(f"{len(files)} gold files, {len(problems)} problems", highlight=False)
    return 1 if problems else 0
