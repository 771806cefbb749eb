"""How numbers are written in every report: the terminal, report.md and report.html."""

from __future__ import annotations

from evals.scoring import Report

COUNTS = {
    "gold_claims", "predicted_claims", "boilerplate_claims", "calls", "prompt_tokens",
    "completion_tokens",
}  # fmt: skip


def cell(name: str, value: float | None) -> str:
    """`value` of the metric `name`: counts whole (one decimal for a macro mean), scores to 3."""
    if value is None:
        return "-"
    if name == "seconds":
        return f"{value:.1f}"
    if name in COUNTS:
        return f"{value:.0f}" if value == int(value) else f"{value:.1f}"
    return f"{value:.3f}"


def score(value: float | None) -> str:
    return cell("score", value)


def change(value: float | None) -> str:
    return "-" if value is None else f"{value:+.3f}"


def headline(report: Report) -> str:
    """Full-claim F1 of the system beside the floor and the human ceiling."""
    parts = [
        f"system {score(report.system.micro.full_f1)}",
        f"floor {score(report.floor.micro.full_f1)}",
    ]
    if report.agreement:
        parts.append(f"human ceiling {score(report.agreement.micro.full_f1)}")
    model = f"{report.model or 'no model'}, prompt {report.prompt_version or '-'}"
    return f"Full-claim F1 (micro): {', '.join(parts)}. Model {model}."
