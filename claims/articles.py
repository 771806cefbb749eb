"""Reading inputs (txt, md, html, jsonl, stdin) into Article objects, with clear errors."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import InputError
from .models import Article

MAX_CHARS = 200_000
"""Longest article accepted (about 35,000 words): longer input is almost surely not one article."""

_HTML_START = re.compile(r"^\s*(<!doctype html|<html|<head|<body)", re.IGNORECASE)


@dataclass(frozen=True)
class Failed:
    """An input item that could not be read; a batch reports it and goes on."""

    id: str
    error: str


def article(
    text: str,
    *,
    id: str = "article",
    title: str | None = None,
    published: dt.date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    source: str = "input",
) -> Article:
    """Validate raw text into an Article; HTML is reduced to its main text."""
    if "\x00" in text:
        raise InputError(f"{source}: looks binary (contains NUL bytes), not an article")
    if _HTML_START.match(text):
        text, title, published = _from_html(text, title, published, source)
    if not text.strip():
        raise InputError(f"{source}: no text (empty or whitespace only)")
    if len(text) > MAX_CHARS:
        raise InputError(f"{source}: {len(text):,} characters is over the {MAX_CHARS:,} limit")
    try:
        return Article(
            id=id,
            text=text,
            title=title,
            published=_date(published, source),
            publisher=publisher,
            url=url,
        )
    except ValidationError as error:  # a JSONL line with a number for a title, say
        problem = error.errors()[0]
        field = ".".join(str(part) for part in problem["loc"])
        raise InputError(f"{source}: {field}: {problem['msg']}") from None


def check_path(path: str) -> None:
    """Raise InputError for a path that cannot be an article: missing, or a directory."""
    if path == "-":
        return
    if Path(path).is_dir():
        raise InputError(f"{path}: is a directory; give the article files inside it")
    if not Path(path).is_file():
        raise InputError(f"{path}: no such file")


def read(path: str) -> Iterator[Article | Failed]:
    """Articles in a file (one, or one per JSONL line, streamed); ``-`` reads standard input.

    A missing file or a directory raises InputError; an unusable article is yielded as
    Failed so the rest of a batch goes on.
    """
    check_path(path)
    file = Path(path)
    if file.suffix == ".jsonl":
        with file.open("rb") as lines:
            yield from _jsonl(lines, path)
        return
    name = "stdin" if path == "-" else file.stem
    try:
        text = _decode(sys.stdin.buffer.read() if path == "-" else file.read_bytes(), path)
        meta = {} if path == "-" else _sidecar(file)
    except InputError as error:
        yield Failed(name, str(error))
        return
    yield _try_article(
        text,
        id=meta.get("id") or name,
        title=meta.get("title"),
        published=meta.get("published"),
        publisher=meta.get("publisher"),
        url=meta.get("url"),
        source=path,
    )


def count(path: str) -> int:
    """How many items ``read`` will yield (for a progress total), without parsing them."""
    if not path.endswith(".jsonl"):
        return 1
    with open(path, "rb") as lines:
        return sum(1 for line in lines if line.strip())


def read_jsonl(data: bytes, source: str) -> Iterator[Article | Failed]:
    """The articles of a JSONL file's bytes, as ``read`` gives them; ``source`` names the file
    in ids and errors (Ray hands over a file's bytes, not a local path)."""
    yield from _jsonl(data.splitlines(), source)


def from_item(item: object, where: str) -> Article | Failed:
    """An article from the object on a JSONL line (or a dataset row with the same fields);
    ``where`` names it in errors, and is its id when it has none."""
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        return Failed(where, f'{where}: needs an object with a string field "text"')
    return _try_article(
        item["text"],
        id=str(item.get("id") or where),
        title=item.get("title"),
        published=item.get("published"),
        publisher=item.get("publisher"),
        url=item.get("url"),
        source=where,
    )


def _jsonl(lines: Iterable[bytes], source: str) -> Iterator[Article | Failed]:
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        try:
            item = json.loads(_decode(raw, where))
        except InputError as error:
            yield Failed(where, str(error))
            continue
        except json.JSONDecodeError as error:
            yield Failed(where, f"{where}: not JSON ({error.msg})")
            continue
        yield from_item(item, where)


def _try_article(text: str, **fields: Any) -> Article | Failed:
    try:
        return article(text, **fields)
    except InputError as error:
        return Failed(fields["id"], str(error))


def _decode(data: bytes, source: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{source}: looks binary (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{source}: not UTF-8 text (bad byte at offset {error.start})") from None


def _sidecar(file: Path) -> dict[str, str]:
    """Title and date from ``<name>.meta.json`` beside the article, as in seeds/."""
    meta = file.with_name(file.stem + ".meta.json")
    if not meta.exists():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{meta}: not a JSON object ({error})") from None
    if not isinstance(data, dict):
        raise InputError(f"{meta}: not a JSON object")
    return data


def _from_html(
    html: str, title: str | None, published: dt.date | str | None, source: str
) -> tuple[str, str | None, dt.date | str | None]:
    import trafilatura  # imported here: it takes a second to load and only HTML needs it

    found = trafilatura.bare_extraction(html, with_metadata=True)
    doc: dict[str, Any] = {}
    if isinstance(found, trafilatura.settings.Document):
        doc = found.as_dict()
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{source}: HTML with no article text in it")
    return text, title or doc.get("title"), published or doc.get("date")


def _date(value: dt.date | str | None, source: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(value[:10])
    raise InputError(f"{source}: published date {value!r} is not an ISO date")
