"""Running an extractor over the labelled articles; scoring it beside the floor and the ceiling."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from claims.models import Article, ExtractionResult
from evals.agreement import agreement
from evals.floor import floor
from evals.report import write_reports
from evals.scoring import ArticleReport, Report, score_article, totals
from evals.seeds import Case

Extract = Callable[[Article], ExtractionResult]


def run_eval(
    cases: Sequence[Case],
    extract: Extract,
    out_dir: Path,
    *,
    console: Console | None = None,
) -> Report:
    """Extract and score every case, write report.json, report.md and report.html to `out_dir`.

    An article whose `extract` raises, or returns a result with `error` set, is reported as
    failed and scored as finding nothing; the run goes on. Progress goes to `console`
    (standard error by default).
    """
    results: list[ExtractionResult] = []
    articles: list[ArticleReport] = []
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console or Console(stderr=True)) as progress:
        task = progress.add_task("extracting", total=len(cases))
        for case in cases:
            progress.update(task, description=case.article.id)
            result = _extract(extract, case.article)
            results.append(result)
            articles.append(score_case(case, result))
            progress.advance(task)
    report = build_report(articles, results)
    write_reports(report, out_dir)
    return report


def score_case(case: Case, result: ExtractionResult) -> ArticleReport:
    """The system's, the floor's and (with a gold-2) the second labeller's scores on one article."""
    text = case.article.text
    return ArticleReport(
        id=case.article.id,
        title=case.article.title,
        text=text,
        error=result.error,
        system=score_article(result, case.gold, text),
        floor=score_article(floor(case.article), case.gold, text),
        agreement=agreement(case.gold2, case.gold, text) if case.gold2 else None,
    )


def build_report(articles: Sequence[ArticleReport], results: Sequence[ExtractionResult]) -> Report:
    """Totals over the articles; the model and prompt version of the first result that worked."""
    worked = next((result for result in results if result.ok), None)
    ceilings = [article.agreement for article in articles if article.agreement]
    return Report(
        model=worked.model if worked else None,
        prompt_version=worked.prompt_version if worked else None,
        articles=list(articles),
        system=totals([article.system for article in articles]),
        floor=totals([article.floor for article in articles]),
        agreement=totals(ceilings) if ceilings else None,
    )


def _extract(extract: Extract, article: Article) -> ExtractionResult:
    started = time.perf_counter()
    try:
        return extract(article)
    except Exception as error:  # one failed article must not end the run
        return ExtractionResult(
            id=article.id,
            title=article.title,
            published=article.published,
            model="unknown",
            prompt_version="unknown",
            seconds=time.perf_counter() - started,
            error=f"{type(error).__name__}: {error}",
        )
