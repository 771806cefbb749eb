"""Reading inputs: every kind of bad input gets a one-line error naming the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claims.articles import Failed, article, read
from claims.cli import main
from claims.errors import InputError
from claims.models import Article


def _one(path: Path) -> Article | Failed:
    items = list(read(str(path)))
    assert len(items) == 1
    return items[0]


def test_plain_text_with_sidecar_metadata(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n\nBody sentence.\n", encoding="utf-8")
    meta = {"title": "Title", "published": "2024-03-09", "publisher": "Paper"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    item = _one(tmp_path / "a.txt")
    assert isinstance(item, Article)
    assert (item.id, item.title, str(item.published), item.publisher) == (
        "a",
        "Title",
        "2024-03-09",
        "Paper",
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "no text (empty or whitespace only)"),
        (b"  \n\t\n", "no text (empty or whitespace only)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "looks binary"),
        (b"caf\xe9 au lait", "not UTF-8 text (bad byte at offset 3)"),
    ],
)
def test_unusable_files_fail_with_the_reason(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    item = _one(path)
    assert isinstance(item, Failed)
    assert str(path) in item.error and message in item.error


def test_missing_file_and_directory_raise(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list(read(str(tmp_path / "nope.txt")))
    with pytest.raises(InputError, match="is a directory"):
        list(read(str(tmp_path)))


def test_oversized_article_is_refused() -> None:
    with pytest.raises(InputError, match="over the 200,000 limit"):
        article("word " * 50_000)


def test_jsonl_batch_reports_bad_lines_and_keeps_good_ones(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "ok", "text": "A sentence.", "published": "2020-01-02"}),
        "{not json",
        json.dumps({"id": "no-text", "title": "x"}),
        "",
        json.dumps({"id": "empty", "text": "   "}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read(str(path)))
    assert [type(i).__name__ for i in items] == ["Article", "Failed", "Failed", "Failed"]
    assert isinstance(items[1], Failed) and "batch.jsonl:2: not JSON" in items[1].error
    assert isinstance(items[2], Failed) and 'string field "text"' in items[2].error
    assert isinstance(items[3], Failed) and "empty or whitespace only" in items[3].error


def test_jsonl_fields_of_the_wrong_type_fail_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "number-title", "text": "A sentence.", "title": 5}),
        json.dumps({"id": "number-date", "text": "A sentence.", "published": 20240309}),
        json.dumps({"id": "ok", "text": "A sentence."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    title, date, ok = read(str(path))
    assert isinstance(title, Failed) and title.error.endswith(
        "batch.jsonl:1: title: Input should be a valid string"
    )
    assert isinstance(date, Failed) and "published date 20240309 is not an ISO date" in date.error
    assert isinstance(ok, Article)


def test_html_is_reduced_to_its_main_text(tmp_path: Path) -> None:
    body = " ".join(
        f"The council met on Monday and sentence number {n} reports what it decided."
        for n in range(12)
    )
    html = f"""<!DOCTYPE html><html><head><title>Council votes</title></head><body>
    <nav><a href="/">Home</a> | <a href="/subscribe">Subscribe now</a></nav>
    <article><h1>Council votes</h1><p>{body}</p><p>The mayor said the bridge will reopen
    in May.</p></article>
    <footer>Copyright 2024 Example Media. All rights reserved. Cookie policy.</footer>
    </body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article)
    assert "the bridge will reopen" in item.text
    assert "Subscribe now" not in item.text and "All rights reserved" not in item.text
    assert "<p>" not in item.text


def test_cli_usage_errors_exit_2_with_a_one_line_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(tmp_path / "missing.txt"), "--base-url", "http://x/v1"]) == 2
    err = capsys.readouterr().err
    assert "missing.txt: no such file" in err


def test_cli_empty_file_is_a_failed_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(empty), "--base-url", "http://127.0.0.1:9/v1", "-o", str(out)])
    assert code == 1
    assert "empty.txt: no text" in capsys.readouterr().err
    assert json.loads(out.read_text(encoding="utf-8"))["error"].endswith(
        "no text (empty or whitespace only)"
    )
