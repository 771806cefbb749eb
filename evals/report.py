"""The presentation layer: tables in the terminal (rich) and report.json, report.md, report.html."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from evals.compare import Comparison
from evals.formatting import cell, change, headline, score
from evals.html import render_html
from evals.metrics import Numbers
from evals.scoring import Report, Totals

ARTICLE_COLUMNS = [
    "article", "gold", "pred", "strict F1", "full F1", "floor full F1", "speaker",
    "mode", "hedged", "cue F1", "stated_on", "grounding", "seconds",
]  # fmt: skip

_LABELS = {
    "gold_claims": "gold claims (required)",
    "predicted_claims": "predicted claims",
    "lenient_precision": "lenient precision",
    "lenient_recall": "lenient recall",
    "lenient_f1": "lenient F1",
    "strict_precision": "strict precision",
    "strict_recall": "strict recall",
    "strict_f1": "strict F1",
    "full_precision": "full-claim precision",
    "full_recall": "full-claim recall",
    "full_f1": "full-claim F1",
    "speaker": "speaker accuracy",
    "mode": "mode accuracy",
    "hedged": "hedged accuracy",
    "hedge_cue_precision": "hedge-cue precision",
    "hedge_cue_recall": "hedge-cue recall",
    "hedge_cue_f1": "hedge-cue F1",
    "certainty": "certainty accuracy",
    "stated_on": "stated_on accuracy",
    "attribution_cue": "attribution cue accuracy",
    "grounding": "grounding rate",
    "boilerplate_claims": "boilerplate claims",
    "calls": "LLM calls",
    "prompt_tokens": "prompt tokens",
    "completion_tokens": "completion tokens",
    "seconds": "seconds",
}


@dataclass(frozen=True)
class Row:
    cells: list[str]
    flagged: bool = False
    """Shown in red: a failed article, a regressed metric."""


@dataclass(frozen=True)
class Grid:
    """A table before it is drawn, so the terminal and report.md show the same one."""

    title: str
    columns: list[str]
    rows: list[Row]


def article_grid(report: Report) -> Grid:
    """One row per article, then the micro and macro totals."""
    rows = [
        Row(
            _article_cells(
                f"{a.id} (FAILED)" if a.error else a.id, a.system.numbers, a.floor.numbers
            ),
            flagged=a.error is not None,
        )
        for a in report.articles
    ]
    rows.append(Row(_article_cells("micro", report.system.micro, report.floor.micro)))
    rows.append(Row(_article_cells("macro", report.system.macro, report.floor.macro)))
    return Grid("Articles (system; floor full-claim F1 beside it)", ARTICLE_COLUMNS, rows)


def totals_grid(report: Report) -> Grid:
    """Every metric down, system / floor / human ceiling across (micro and macro)."""
    scored: dict[str, Totals] = {"system": report.system, "floor": report.floor}
    if report.agreement:
        scored["human"] = report.agreement
    columns = ["metric"] + [f"{name} {scope}" for name in scored for scope in ("micro", "macro")]
    rows = [
        Row(
            [label]
            + [
                cell(name, getattr(getattr(totals, scope), name))
                for totals in scored.values()
                for scope in ("micro", "macro")
            ]
        )
        for name, label in _LABELS.items()
    ]
    return Grid("Totals (micro: summed counts; macro: mean over articles)", columns, rows)


def comparison_grid(comparison: Comparison) -> Grid:
    micro = {d.metric: d for d in comparison.deltas if d.scope == "micro"}
    macro = {d.metric: d for d in comparison.deltas if d.scope == "macro"}
    rows = [
        Row(
            [label]
            + [
                cell(name, value)
                for delta in (micro[name], macro[name])
                for value in (delta.before, delta.after)
            ]
            + [change(micro[name].change), change(macro[name].change)],
            flagged=name in {r.metric for r in comparison.regressions},
        )
        for name, label in _LABELS.items()
    ]
    columns = [
        "metric",
        "micro before",
        "micro after",
        "macro before",
        "macro after",
        "Δ micro",
        "Δ macro",
    ]
    return Grid("Compared with the previous report", columns, rows)


def print_report(report: Report, console: Console) -> None:
    console.print(_rich(article_grid(report)))
    console.print(_rich(totals_grid(report)))
    console.print(headline(report), markup=False)


def print_comparison(comparison: Comparison, console: Console) -> None:
    console.print(_rich(comparison_grid(comparison)))
    for title, ids in (
        ("Added", comparison.articles_added),
        ("Dropped", comparison.articles_dropped),
    ):
        if ids:
            console.print(f"{title} articles: {', '.join(ids)}", markup=False)
    for title, changes in (("Lost", comparison.lost), ("Gained", comparison.gained)):
        for claim in changes:
            console.print(
                f"{title}: {claim.article} {claim.claim} ({claim.before} -> {claim.after}): "
                f"{claim.statement}",
                markup=False,
            )
    for regression in comparison.regressions:
        console.print(
            f"REGRESSION: {regression.message} (threshold {comparison.threshold})",
            style="bold red",
            markup=False,
        )
    if not comparison.regressed:
        console.print(f"No regression beyond {comparison.threshold}.", style="green")


def markdown(report: Report) -> str:
    lines = ["# Claim extraction eval", "", headline(report), ""]
    for grid in (article_grid(report), totals_grid(report)):
        lines += [f"## {grid.title}", "", *_markdown_table(grid), ""]
    failed = [article for article in report.articles if article.error]
    if failed:
        lines += ["## Failed articles", ""]
        lines += [f"- `{article.id}`: {article.error}" for article in failed]
        lines.append("")
    return "\n".join(lines)


def write_reports(report: Report, out_dir: Path) -> None:
    """report.json (every number and per-claim detail), report.md and report.html."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(report.model_dump_json(indent=2), encoding="utf-8")
    (out_dir / "report.md").write_text(markdown(report), encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(report), encoding="utf-8")


def _article_cells(label: str, system: Numbers, floor: Numbers) -> list[str]:
    return [
        label,
        cell("gold_claims", system.gold_claims),
        cell("predicted_claims", system.predicted_claims),
        score(system.strict_f1),
        score(system.full_f1),
        score(floor.full_f1),
        score(system.speaker),
        score(system.mode),
        score(system.hedged),
        score(system.hedge_cue_f1),
        score(system.stated_on),
        score(system.grounding),
        cell("seconds", system.seconds),
    ]


def _rich(grid: Grid) -> Table:
    table = Table(title=grid.title)
    for i, column in enumerate(grid.columns):
        table.add_column(column, justify="left" if i == 0 else "right")
    for row in grid.rows:
        table.add_row(*map(Text, row.cells), style="red" if row.flagged else None)
    return table


def _markdown_table(grid: Grid) -> list[str]:
    def line(cells: list[str]) -> str:
        return "| " + " | ".join(text.replace("|", "\\|") for text in cells) + " |"

    divider = ["---"] + ["---:"] * (len(grid.columns) - 1)
    return [
        line(grid.columns),
        "| " + " | ".join(divider) + " |",
        *(line(r.cells) for r in grid.rows),
    ]
