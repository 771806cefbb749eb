"""Presenting results: a rich table, JSON, JSON Lines or Markdown. The only place that prints."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from .models import Claim, ExtractionResult

FORMATS = ("table", "json", "jsonl", "md")


def jsonl_line(result: ExtractionResult) -> str:
    return result.model_dump_json() + "\n"


def write_json(results: Iterable[ExtractionResult], out: TextIO) -> None:
    json.dump([r.model_dump(mode="json") for r in results], out, ensure_ascii=False, indent=2)
    out.write("\n")


def table(result: ExtractionResult, console: Console) -> None:
    title = f"{result.id}: {result.title or ''}".strip(": ")
    if result.error:
        console.print(f"[bold red]{title}: failed[/] {result.error}")
        return
    grid = Table(title=title, show_lines=True, expand=True)
    for name, ratio in (
        ("#", 1),
        ("speaker", 4),
        ("mode", 2),
        ("claim", 12),
        ("hedge", 3),
        ("stated", 3),
    ):
        grid.add_column(name, ratio=ratio)
    for number, claim in enumerate(result.claims, start=1):
        cells = (_speaker(claim), claim.mode, _claim(claim), _hedge(claim), _stated(claim))
        grid.add_row(str(number), *(escape(cell) for cell in cells))
    console.print(grid)
    console.print(_footer(result), style="dim")
    for warning in result.warnings:
        console.print(f"[yellow]warning:[/] {warning}")


def markdown(result: ExtractionResult) -> str:
    lines = [f"## {result.title or result.id}", ""]
    if result.error:
        return "\n".join([*lines, f"**Failed:** {result.error}", ""])
    lines += [
        "| # | speaker | mode | claim | evidence | hedge | stated |",
        "|---|---|---|---|---|---|---|",
    ]
    for number, claim in enumerate(result.claims, start=1):
        cells = [
            str(number),
            _speaker(claim),
            claim.mode,
            claim.statement,
            f"“{claim.evidence.text}” ({claim.evidence.start}-{claim.evidence.end})",
            _hedge(claim),
            _stated(claim),
        ]
        lines.append(
            "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"
        )
    lines += ["", _footer(result), *[f"- warning: {w}" for w in result.warnings], ""]
    return "\n".join(lines)


def _speaker(claim: Claim) -> str:
    name = claim.speaker.name or "?"
    return f"{name} ({claim.speaker.role})" if claim.speaker.role else name


def _claim(claim: Claim) -> str:
    return f"{claim.statement}\n“{claim.evidence.text}”"


def _hedge(claim: Claim) -> str:
    if not claim.hedged:
        return claim.certainty
    return f"{claim.certainty}: " + ", ".join(c.text for c in claim.hedge_cues)


def _stated(claim: Claim) -> str:
    when = claim.stated_on
    if when is None:
        return ""
    if when.value is None:
        return f"{when.text} (?)"
    first, last = when.value
    return f"{when.text} ({first})" if first == last else f"{when.text} ({first}..{last})"


def _footer(result: ExtractionResult) -> str:
    usage = result.usage
    return (
        f"{len(result.claims)} claims · {result.model} · {result.prompt_version} · "
        f"{usage.calls} calls · {usage.prompt_tokens}+{usage.completion_tokens} tokens · "
        f"{result.seconds:.1f} s"
    )
