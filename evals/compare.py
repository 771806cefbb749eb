"""Comparing a new report.json with a previous one: what moved, which claims changed hands."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from evals.metrics import Numbers
from evals.scoring import ArticleReport, Report

DEFAULT_THRESHOLD = 0.02
"""A run regresses when micro full-claim F1 or micro strict F1 falls by more than this
(two points: about one claim in fifty on the seeds, above the noise of a re-run)."""

GUARDED = ("full_f1", "strict_f1")
"""The micro numbers a regression is judged on."""

_FOUND = ("correct", "matched")
"""Gold verdicts that mean the claim was found (a strict match)."""


class Delta(BaseModel):
    model_config = ConfigDict(frozen=True)

    metric: str
    scope: Literal["micro", "macro"]
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


class ClaimChange(BaseModel):
    """A gold claim found (strictly matched) in one run and not in the other."""

    model_config = ConfigDict(frozen=True)

    article: str
    claim: str
    statement: str
    before: str
    after: str


class Regression(BaseModel):
    """A guarded micro number that fell by more than the threshold."""

    model_config = ConfigDict(frozen=True)

    metric: str
    before: float
    after: float

    @property
    def message(self) -> str:
        drop = self.before - self.after
        return (
            f"{self.metric} (micro) fell by {drop:.3f}, from {self.before:.3f} to {self.after:.3f}"
        )


class Comparison(BaseModel):
    model_config = ConfigDict(frozen=True)

    threshold: float
    deltas: list[Delta]
    lost: list[ClaimChange]
    gained: list[ClaimChange]
    articles_added: list[str]
    articles_dropped: list[str]
    regressions: list[Regression]

    @property
    def regressed(self) -> bool:
        return bool(self.regressions)


def load_report(path: Path) -> Report:
    return Report.model_validate_json(path.read_bytes())


def compare(after: Report, before: Report, threshold: float = DEFAULT_THRESHOLD) -> Comparison:
    """`after` (the new run) against `before`; claims are compared on the articles both scored."""
    old = {article.id: article for article in before.articles}
    new = {article.id: article for article in after.articles}
    changes = [change for i in new if i in old for change in _changes(old[i], new[i])]
    return Comparison(
        threshold=threshold,
        deltas=_deltas(before.system.micro, after.system.micro, "micro")
        + _deltas(before.system.macro, after.system.macro, "macro"),
        lost=[change for change in changes if change.before in _FOUND],
        gained=[change for change in changes if change.after in _FOUND],
        articles_added=[article_id for article_id in new if article_id not in old],
        articles_dropped=[article_id for article_id in old if article_id not in new],
        regressions=_regressions(before.system.micro, after.system.micro, threshold),
    )


def _deltas(before: Numbers, after: Numbers, scope: Literal["micro", "macro"]) -> list[Delta]:
    return [
        Delta(metric=name, scope=scope, before=getattr(before, name), after=getattr(after, name))
        for name in Numbers.model_fields
    ]


def _changes(before: ArticleReport, after: ArticleReport) -> list[ClaimChange]:
    """Gold claims found in exactly one of the two runs."""
    now = {claim.id: claim.verdict for claim in after.system.gold}
    return [
        ClaimChange(
            article=after.id,
            claim=claim.id,
            statement=claim.statement,
            before=claim.verdict,
            after=now[claim.id],
        )
        for claim in before.system.gold
        if claim.id in now and (claim.verdict in _FOUND) != (now[claim.id] in _FOUND)
    ]


def _regressions(before: Numbers, after: Numbers, threshold: float) -> list[Regression]:
    regressions: list[Regression] = []
    for name in GUARDED:
        old, new = getattr(before, name), getattr(after, name)
        # Rounded, so that a drop of exactly the threshold is not flagged by float noise.
        if old is not None and new is not None and round(old - new, 9) > threshold:
            regressions.append(Regression(metric=name, before=old, after=new))
    return regressions
