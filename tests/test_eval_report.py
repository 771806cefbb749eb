"""run_eval end to end with a fake extractor, the report files, and comparing two reports."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console
from test_eval_support import gold_claim, gold_file, predicted, result

from claims.models import Article, ExtractionResult
from evals.compare import compare, load_report
from evals.harness import build_report, run_eval, score_case
from evals.report import print_comparison, print_report
from evals.scoring import Report
from evals.seeds import Case

HOSTILE = 'Alpha said the bridge <script>alert("x")</script> opens in May & stays open.'
BRIDGE = 'the bridge <script>alert("x")</script> opens in May'
PLAIN = "Beta said taxes will rise. Gamma said they would not."


def hostile_case() -> Case:
    start = HOSTILE.index(BRIDGE)
    gold = gold_file([gold_claim("g1", start, start + len(BRIDGE), text=HOSTILE)], text=HOSTILE)
    return Case(article=Article(id="hostile", text=HOSTILE), gold=gold, gold2=gold)


def plain_case() -> Case:
    gold = gold_file(
        [gold_claim("t1", 10, 25, text=PLAIN), gold_claim("t2", 38, 52, text=PLAIN)], text=PLAIN
    )
    return Case(article=Article(id="plain", text=PLAIN), gold=gold)


def extract(article: Article) -> ExtractionResult:
    if article.id == "plain":
        raise RuntimeError("boom")
    start = HOSTILE.index(BRIDGE)
    claim = predicted(start, start + len(BRIDGE), text=HOSTILE)
    return result([claim.model_copy(update={"statement": "<b>bridge</b>"})], article_id=article.id)


def test_run_eval_scores_every_article_and_survives_a_failing_one(tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=200)
    report = run_eval([hostile_case(), plain_case()], extract, tmp_path / "out", console=console)

    hostile, plain = report.articles
    assert hostile.error is None
    assert hostile.system.numbers.full_f1 == 1
    assert plain.error == "RuntimeError: boom"
    assert plain.system.numbers.predicted_claims == 0
    assert plain.system.numbers.strict_f1 == 0
    assert [g.verdict for g in plain.system.gold] == ["missed", "missed"]
    assert plain.floor.numbers.predicted_claims == 2  # the floor still runs: two sentences
    # Micro: 1 found, 1 predicted, 3 gold; macro: mean of 1 and 0.
    assert report.system.micro.strict_f1 == 2 * 1 / (1 + 3)
    assert report.system.macro.strict_f1 == 0.5
    assert report.agreement is not None and report.agreement.micro.full_f1 == 1
    assert plain.agreement is None
    assert (report.model, report.prompt_version) == ("fake", "v1")

    for name in ("report.json", "report.md", "report.html"):
        assert (tmp_path / "out" / name).is_file()
    assert load_report(tmp_path / "out" / "report.json") == report


def test_the_html_report_escapes_the_article_text(tmp_path: Path) -> None:
    report = run_eval([hostile_case()], extract, tmp_path, console=Console(file=io.StringIO()))
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "</span> &amp; stays open." in html
    assert "&lt;b&gt;bridge&lt;/b&gt;" in html  # the predicted statement, in a title
    assert 'class="correct"' in html
    assert report.articles[0].system.predictions[0].verdict == "correct"


def test_report_md_and_terminal_show_the_tables_and_the_failure(tmp_path: Path) -> None:
    console = Console(file=io.StringIO(), width=250)
    report = run_eval([hostile_case(), plain_case()], extract, tmp_path, console=console)
    markdown = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "| plain (FAILED) | 2 | 0 | 0.000 | 0.000 |" in markdown
    assert "| micro | 3 | 1 | 0.500 | 0.500 |" in markdown
    assert "| macro | 1.5 | 0.5 | 0.500 | 0.500 |" in markdown
    assert "- `plain`: RuntimeError: boom" in markdown
    assert "Full-claim F1 (micro): system 0.500, floor" in markdown

    print_report(report, console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "plain (FAILED)" in shown
    assert "full-claim F1" in shown


def run(claims_found: list[str], extra_article: bool = False) -> Report:
    """A report on one article with gold t1 and t2, where the system finds `claims_found`."""
    case = plain_case()
    spans = {"t1": (10, 25), "t2": (38, 52)}
    extraction = result([predicted(*spans[c], text=PLAIN) for c in claims_found])
    articles = [score_case(case, extraction)]
    if extra_article:
        articles.append(score_case(hostile_case(), extract(hostile_case().article)))
    return build_report(articles, [extraction])


def test_compare_flags_a_drop_beyond_the_threshold_and_lists_lost_claims() -> None:
    before, after = run(["t1", "t2"]), run(["t1"])
    comparison = compare(after, before)

    assert comparison.regressed
    assert [(r.metric, r.before, r.after) for r in comparison.regressions] == [
        ("full_f1", 1.0, 2 / 3),
        ("strict_f1", 1.0, 2 / 3),
    ]
    assert [(c.article, c.claim, c.before, c.after) for c in comparison.lost] == [
        ("plain", "t2", "correct", "missed")
    ]
    assert comparison.gained == []
    full = next(d for d in comparison.deltas if d.metric == "full_f1" and d.scope == "micro")
    assert full.change == pytest.approx(-1 / 3)

    console = Console(file=io.StringIO(), width=200)
    print_comparison(comparison, console)
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    assert "REGRESSION: full_f1 (micro) fell by 0.333, from 1.000 to 0.667" in shown
    assert "Lost: plain t2 (correct -> missed)" in shown


def test_compare_the_other_way_is_a_gain_not_a_regression() -> None:
    comparison = compare(run(["t1", "t2"]), run(["t1"]))
    assert not comparison.regressed
    assert [(c.claim, c.before, c.after) for c in comparison.gained] == [
        ("t2", "missed", "correct")
    ]
    assert comparison.lost == []


def test_a_drop_within_the_threshold_is_not_a_regression() -> None:
    before, after = run(["t1", "t2"]), run(["t1"])
    assert not compare(after, before, threshold=0.5).regressed
    assert not compare(after, before, threshold=1 / 3).regressed  # exactly the threshold
    assert compare(after, before, threshold=0.33).regressed


def test_compare_names_articles_only_one_report_has() -> None:
    comparison = compare(run(["t1", "t2"], extra_article=True), run(["t1", "t2"]))
    assert (comparison.articles_added, comparison.articles_dropped) == (["hostile"], [])
