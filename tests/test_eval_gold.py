"""The gold checker names file, claim and field for each kind of problem; the seeds loader."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from evals.gold import GoldError, check_gold, load_gold
from evals.seeds import load_cases

TEXT = "Sikorski said NATO troops may come. Read more: other news."
#       0         1         2         3         4         5
#       0123456789012345678901234567890123456789012345678901234567

VALID: dict[str, Any] = {
    "id": "a",
    "file": "a.txt",
    "published": "2024-03-09",
    "publisher": "Seed News",
    "speakers": {"Radosław Sikorski": ["Sikorski"], "Seed News": ["author"]},
    "boilerplate": [{"text": "Read more: other news.", "start": 36, "end": 58}],
    "claims": [
        {
            "id": "c1",
            "statement": "Radosław Sikorski said NATO troops may come to Ukraine.",
            "evidence": "NATO troops may come",
            "start": 14,
            "end": 34,
            "also_evidence": [],
            "speaker": ["Radosław Sikorski"],
            "role": None,
            "cue": "said",
            "mode": "indirect",
            "hedged": True,
            "hedge_cues": [{"text": "may", "start": 26, "end": 29}],
            "certainty": "possible",
            "stated_on": ["2024-03-08", "2024-03-08"],
            "stated_on_text": "on Friday",
            "dates_mentioned": [{"text": "1950-1953", "value": ["1950-01-01", "1953-12-31"]}],
            "optional": False,
        }
    ],
}


def write_seed(folder: Path, gold: dict[str, Any], name: str = "a.gold.json") -> Path:
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    path = folder / name
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    return path


def problems_after(tmp_path: Path, change: Any) -> list[str]:
    gold = copy.deepcopy(VALID)
    change(gold, gold["claims"][0])
    return check_gold(write_seed(tmp_path, gold))


def test_a_valid_gold_file_has_no_problems_and_loads(tmp_path: Path) -> None:
    path = write_seed(tmp_path, VALID)
    assert check_gold(path) == []
    loaded = load_gold(path)
    assert loaded.text == TEXT
    assert loaded.gold.claims[0].stated_on == (dt.date(2024, 3, 8), dt.date(2024, 3, 8))
    assert [s.text for s in loaded.gold.claims[0].spans] == ["NATO troops may come"]


def test_json_that_does_not_parse(tmp_path: Path) -> None:
    path = tmp_path / "a.gold.json"
    path.write_text('{"id": "a",', encoding="utf-8")
    [problem] = check_gold(path)
    assert problem.startswith(f"{path}: -: -: JSON does not parse")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda g, c: c.update(colour="red"),
            "c1: colour: Extra inputs are not permitted",
        ),
        (lambda g, c: c.pop("mode"), "c1: mode: Field required"),
        (lambda g, c: g.update(source="x"), "-: source: Extra inputs are not permitted"),
        (
            lambda g, c: c.update(mode="quoted"),
            "c1: mode: Input should be 'direct', 'indirect', 'mixed' or 'author'",
        ),
        (
            lambda g, c: c.update(certainty="sure"),
            "c1: certainty: Input should be 'certain', 'probable', 'possible' or 'unlikely'",
        ),
        (
            lambda g, c: c.update(stated_on=["8 March 2024", "2024-03-08"]),
            "c1: stated_on[0]: Input should be a valid date in the format YYYY-MM-DD",
        ),
        (
            lambda g, c: c.update(stated_on=["2024-03-09", "2024-03-08"]),
            "c1: stated_on: Value error, interval ends before it starts",
        ),
        (
            lambda g, c: c["dates_mentioned"][0].update(value=["1953-12-31", "1950-01-01"]),
            "c1: dates_mentioned[0].value: Value error, interval ends before it starts",
        ),
        (
            lambda g, c: c["hedge_cues"][0].update(extra=1),
            "c1: hedge_cues[0].extra: Extra inputs are not permitted",
        ),
        (lambda g, c: c.update(hedged="yes"), "c1: hedged: Input should be a valid boolean"),
    ],
)
def test_each_structural_problem_names_file_claim_and_field(
    tmp_path: Path, change: Any, expected: str
) -> None:
    problems = problems_after(tmp_path, change)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'a.gold.json'}: {expected}")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda g, c: c.update(start=13, end=33),
            "c1: evidence: text[13:33] is ' NATO troops may com', not 'NATO troops may come'"
            " (the text occurs at 14)",
        ),
        (
            lambda g, c: c.update(also_evidence=[{"text": "NATO", "start": 0, "end": 4}]),
            "c1: also_evidence[0]: text[0:4] is 'Siko', not 'NATO' (the text occurs at 14)",
        ),
        (
            lambda g, c: c["hedge_cues"][0].update(text="might"),
            "c1: hedge_cues[0]: text[26:29] is 'may', not 'might'",
        ),
        (
            lambda g, c: c.update(speaker=["Sikorski"]),
            "c1: speaker: 'Sikorski' is not among `speakers`",
        ),
        (
            lambda g, c: g["boilerplate"][0].update(end=99),
            "-: boilerplate[0]: offsets 36:99 fall outside the text (length 58)",
        ),
        (
            lambda g, c: g["claims"].append(copy.deepcopy(c)),
            "c1: id: the id is used by an earlier claim",
        ),
    ],
)
def test_each_content_problem_names_file_claim_and_field(
    tmp_path: Path, change: Any, expected: str
) -> None:
    assert problems_after(tmp_path, change) == [f"{tmp_path / 'a.gold.json'}: {expected}"]


def test_every_problem_is_reported_and_load_gold_raises(tmp_path: Path) -> None:
    def two_problems(gold: dict[str, Any], claim: dict[str, Any]) -> None:
        claim["hedge_cues"][0]["text"] = "might"
        claim["speaker"] = ["Nobody"]

    assert len(problems_after(tmp_path, two_problems)) == 2
    with pytest.raises(GoldError) as raised:
        load_gold(tmp_path / "a.gold.json")
    assert len(raised.value.problems) == 2


def test_a_missing_article_text_is_a_problem_of_the_file_field(tmp_path: Path) -> None:
    path = write_seed(tmp_path, {**VALID, "file": "missing.txt"})
    [problem] = check_gold(path)
    assert problem.startswith(f"{path}: -: file: cannot read the article text")


def test_load_cases_reads_meta_gold_gold2_and_the_split(tmp_path: Path) -> None:
    for article_id in ("a", "b"):
        (tmp_path / f"{article_id}.txt").write_text(TEXT, encoding="utf-8")
        gold = {**VALID, "id": article_id, "file": f"{article_id}.txt"}
        (tmp_path / f"{article_id}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
        meta = {
            "id": article_id,
            "title": f"Title {article_id}",
            "published": "2024-03-09",
            "publisher": "Seed News",
            "url": None,
            "credit": "written for the tests",
        }
        (tmp_path / f"{article_id}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (tmp_path / "b.gold-2.json").write_text(json.dumps({**VALID, "id": "b", "file": "b.txt"}))
    (tmp_path / "split.json").write_text(json.dumps({"dev": ["a"], "test": ["b"]}))

    cases = load_cases(tmp_path)
    assert [case.article.id for case in cases] == ["a", "b"]
    a, b = cases
    assert (a.article.title, a.article.publisher) == ("Title a", "Seed News")
    assert a.article.published == dt.date(2024, 3, 9)
    assert a.article.text == TEXT
    assert a.gold2 is None
    assert b.gold2 is not None and b.gold2.id == "b"

    assert [case.article.id for case in load_cases(tmp_path, "test")] == ["b"]
    assert [case.article.id for case in load_cases(tmp_path, "dev")] == ["a"]
    with pytest.raises(GoldError, match="no split named 'train'"):
        load_cases(tmp_path, "train")
