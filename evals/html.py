"""report.html: each article's text, gold and predicted evidence side by side; self-contained."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from evals.formatting import headline, score
from evals.outcomes import GoldOutcome, PredictionOutcome
from evals.scoring import ArticleReport, Report

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
.text { white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.6;
        border: 1px solid #ccc; padding: 1em; }
.correct { background: #b9e6b9; } .matched { background: #ffe28a; }
.partial { background: #ffc891; } .missed, .spurious { background: #f5a9a9; }
.optional { background: #e0e0e0; }
.cue { border-bottom: 3px solid #7b3fb5; font-weight: bold; }
.boilerplate { outline: 2px dashed #555; }
.tag { font-size: 0.7em; font-family: system-ui, sans-serif; padding: 0 0.3em;
       border-radius: 0.3em; margin-right: 0.2em; }
.failed { color: #b00; font-weight: bold; }
.legend span { padding: 0.1em 0.5em; margin-right: 0.6em; }
"""

_LEGEND = (
    '<p class="legend">'
    '<span class="correct">correct (full claim)</span>'
    '<span class="matched">strict match, speaker/mode/hedged wrong</span>'
    '<span class="partial">overlap too loose for a strict match</span>'
    '<span class="missed">missed gold / spurious prediction</span>'
    '<span class="optional">optional gold (not scored)</span>'
    '<span class="cue">hedge cue</span>'
    '<span class="boilerplate">prediction on site boilerplate</span>'
    "</p><p>Each evidence span starts with a tag naming the claim and its speaker; "
    "hover over a span for mode, hedging, the statement and why it is not a full claim.</p>"
)


@dataclass(frozen=True)
class Mark:
    """A highlighted stretch of the text."""

    start: int
    end: int
    classes: str
    title: str
    tag: str | None = None


def render_html(report: Report) -> str:
    sections = "\n".join(_article(article) for article in report.articles)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>Claim extraction eval</title><style>{_STYLE}</style></head><body>"
        f"<h1>Claim extraction eval</h1><p>{escape(headline(report))}</p>{_LEGEND}"
        f"{sections}</body></html>\n"
    )


def highlight(text: str, marks: Sequence[Mark]) -> str:
    """`text` escaped, each stretch wrapped in the classes and titles of the marks covering it."""
    bounds = sorted(
        {0, len(text)} | {min(max(p, 0), len(text)) for m in marks for p in (m.start, m.end)}
    )
    pieces: list[str] = []
    for start, end in pairwise(bounds):
        pieces += [
            f'<span class="tag {escape(m.classes)}">{escape(m.tag)}</span>'
            for m in marks
            if m.tag and m.start == start
        ]
        covering = [m for m in marks if m.start <= start < m.end]
        chunk = escape(text[start:end])
        if covering:
            classes = " ".join(dict.fromkeys(c for m in covering for c in m.classes.split()))
            title = "\n".join(m.title for m in covering)
            chunk = f'<span class="{escape(classes)}" title="{escape(title)}">{chunk}</span>'
        pieces.append(chunk)
    return "".join(pieces)


def _article(article: ArticleReport) -> str:
    numbers, floor = article.system.numbers, article.floor.numbers
    failed = f'<p class="failed">FAILED: {escape(article.error)}</p>' if article.error else ""
    summary = (
        f"strict F1 {score(numbers.strict_f1)} · full-claim F1 {score(numbers.full_f1)}"
        f" · floor full-claim F1 {score(floor.full_f1)}"
    )
    gold = highlight(article.text, [m for claim in article.system.gold for m in _gold_marks(claim)])
    system = highlight(
        article.text, [m for claim in article.system.predictions for m in _prediction_marks(claim)]
    )
    return (
        f"<section><h2>{escape(article.title or article.id)}</h2>"
        f"<p><code>{escape(article.id)}</code> · {summary}</p>{failed}"
        f'<div class="pair"><div><h3>Gold</h3><div class="text">{gold}</div></div>'
        f'<div><h3>System</h3><div class="text">{system}</div></div></div></section>'
    )


def _gold_marks(claim: GoldOutcome) -> list[Mark]:
    speakers = " / ".join(claim.speakers)
    hedged = ", hedged" if claim.hedged else ""
    title = (
        f"gold {claim.id} [{claim.verdict}] {speakers} ({claim.mode}{hedged}): {claim.statement}"
    )
    marks = [
        Mark(
            span.start,
            span.end,
            claim.verdict,
            title,
            f"{claim.id} {speakers}" if i == 0 else claim.id,
        )
        for i, span in enumerate(claim.evidence)
    ]
    marks += [
        Mark(c.start, c.end, "cue", f"hedge cue of gold {claim.id}") for c in claim.hedge_cues
    ]
    return marks


def _prediction_marks(claim: PredictionOutcome) -> list[Mark]:
    speaker = claim.speaker or "no speaker"
    hedged = ", hedged" if claim.hedged else ""
    why = "; ".join(claim.why)
    title = f"#{claim.index} [{claim.verdict}] {speaker} ({claim.mode}{hedged}): {claim.statement}"
    classes = f"{claim.verdict} boilerplate" if claim.boilerplate else claim.verdict
    evidence = claim.evidence
    marks = [
        Mark(
            evidence.start,
            evidence.end,
            classes,
            f"{title}\n{why}".rstrip(),
            f"#{claim.index} {speaker}",
        )
    ]
    marks += [Mark(c.start, c.end, "cue", f"hedge cue of #{claim.index}") for c in claim.hedge_cues]
    return marks
