"""The eval harness of `claims`: gold files, matching, metrics, reports and comparisons.

Scoring follows ../shared/ANNOTATION.md (Scoring); `run_eval` is the one entry point.
"""

from evals.agreement import agreement, gold_as_result
from evals.align import STRICT_JACCARD, Match, align
from evals.compare import DEFAULT_THRESHOLD, Comparison, compare, load_report
from evals.floor import floor
from evals.gold import (
    GoldArticle,
    GoldClaim,
    GoldDate,
    GoldError,
    GoldFile,
    GoldSpan,
    check_gold,
    load_gold,
)
from evals.harness import build_report, run_eval, score_case
from evals.html import render_html
from evals.metrics import Counts, Numbers, Ratio, Tally
from evals.outcomes import GoldOutcome, PredictionOutcome
from evals.report import markdown, print_comparison, print_report, write_reports
from evals.scoring import ArticleReport, ArticleScore, Report, Totals, score_article, totals
from evals.seeds import Case, load_cases

__all__ = [
    "DEFAULT_THRESHOLD",
    "STRICT_JACCARD",
    "ArticleReport",
    "ArticleScore",
    "Case",
    "Comparison",
    "Counts",
    "GoldArticle",
    "GoldClaim",
    "GoldDate",
    "GoldError",
    "GoldFile",
    "GoldOutcome",
    "GoldSpan",
    "Match",
    "Numbers",
    "PredictionOutcome",
    "Ratio",
    "Report",
    "Tally",
    "Totals",
    "agreement",
    "align",
    "build_report",
    "check_gold",
    "compare",
    "floor",
    "gold_as_result",
    "load_cases",
    "load_gold",
    "load_report",
    "markdown",
    "print_comparison",
    "print_report",
    "render_html",
    "run_eval",
    "score_article",
    "score_case",
    "totals",
    "write_reports",
]
