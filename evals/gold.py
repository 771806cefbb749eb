"""The gold file (`seeds/<id>.gold.json`): its models, its checker and its loader.

The format is `seeds/README.md`; `boilerplate` is the one optional top-level field beyond it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails

from claims.models import Certainty, Mode, Span


def _ordered(interval: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    if interval[1] < interval[0]:
        raise ValueError("interval ends before it starts")
    return interval


Interval = Annotated[tuple[dt.date, dt.date], AfterValidator(_ordered)]

# Strict, so that JSON dates must be ISO strings and flags real booleans.
_CONFIG = ConfigDict(extra="forbid", strict=True, frozen=True)


class GoldSpan(BaseModel):
    model_config = _CONFIG

    text: str
    start: int
    end: int

    def as_span(self) -> Span:
        return Span(text=self.text, start=self.start, end=self.end)


class GoldDate(BaseModel):
    model_config = _CONFIG

    text: str
    value: Interval | None


class GoldClaim(BaseModel):
    model_config = _CONFIG

    id: str
    statement: str
    evidence: str
    start: int
    end: int
    also_evidence: list[GoldSpan] = []
    speaker: list[str]
    role: str | None
    cue: str | None
    mode: Mode
    hedged: bool
    hedge_cues: list[GoldSpan]
    certainty: Certainty
    stated_on: Interval | None
    stated_on_text: str | None
    dates_mentioned: list[GoldDate]
    optional: bool

    @property
    def spans(self) -> list[GoldSpan]:
        """The evidence span first, then every `also_evidence` span."""
        main = GoldSpan(text=self.evidence, start=self.start, end=self.end)
        return [main, *self.also_evidence]


class GoldFile(BaseModel):
    model_config = _CONFIG

    id: str
    file: str
    published: dt.date | None
    publisher: str
    speakers: dict[str, list[str]]
    claims: list[GoldClaim]
    boilerplate: list[GoldSpan] = []


@dataclass(frozen=True)
class GoldArticle:
    """A checked gold file with the text its offsets point into."""

    gold: GoldFile
    text: str


class GoldError(ValueError):
    """A gold file with problems; `problems` holds one line per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def check_gold(path: Path) -> list[str]:
    """Every problem of a gold file, one line each: `<file>: <claim id>: <field>: <problem>`.

    Structure (JSON, fields, types, ISO dates, intervals, modes) is checked first; the
    content (spans verbatim at their offsets, speakers declared) once the structure is right.
    """
    return _inspect(path).problems


def load_gold(path: Path) -> GoldArticle:
    """The gold file and its article text; raises `GoldError` when `check_gold` finds problems."""
    inspection = _inspect(path)
    if inspection.article is None:
        raise GoldError(inspection.problems)
    return inspection.article


@dataclass(frozen=True)
class _Inspection:
    article: GoldArticle | None
    problems: list[str]


def _inspect(path: Path) -> _Inspection:
    try:
        source = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _Inspection(None, [f"{path}: -: -: cannot read the gold file: {error}"])
    try:
        raw = json.loads(source)
    except json.JSONDecodeError as error:
        return _Inspection(None, [f"{path}: -: -: JSON does not parse: {error}"])
    try:
        gold = GoldFile.model_validate_json(source)
    except ValidationError as error:
        return _Inspection(None, [f"{path}: {_located(raw, e)}" for e in error.errors()])
    try:
        text = (path.parent / gold.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return _Inspection(None, [f"{path}: -: file: cannot read the article text: {error}"])
    problems = [f"{path}: {problem}" for problem in _content_problems(gold, text)]
    return _Inspection(None if problems else GoldArticle(gold, text), problems)


def _located(raw: Any, error: ErrorDetails) -> str:
    """`<claim id>: <field>: <message>` for one validation error."""
    loc = list(error["loc"])
    claim = "-"
    if len(loc) >= 2 and loc[0] == "claims" and isinstance(loc[1], int):
        index = loc[1]
        claim = _claim_id(raw, index)
        loc = loc[2:]
    field = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)
    return f"{claim}: {field.lstrip('.') or '-'}: {error['msg']}"


def _claim_id(raw: Any, index: int) -> str:
    try:
        return str(raw["claims"][index]["id"])
    except (KeyError, IndexError, TypeError):
        return f"claims[{index}]"


def _content_problems(gold: GoldFile, text: str) -> list[str]:
    problems = [
        f"-: boilerplate[{i}]: {problem}"
        for i, span in enumerate(gold.boilerplate)
        if (problem := _span_problem(span, text))
    ]
    seen: set[str] = set()
    for claim in gold.claims:
        if claim.id in seen:
            problems.append(f"{claim.id}: id: the id is used by an earlier claim")
        seen.add(claim.id)
        problems.extend(f"{claim.id}: {problem}" for problem in _claim_problems(claim, gold, text))
    return problems


def _claim_problems(claim: GoldClaim, gold: GoldFile, text: str) -> list[str]:
    spans = [("evidence", claim.spans[0])]
    spans += [(f"also_evidence[{i}]", span) for i, span in enumerate(claim.also_evidence)]
    spans += [(f"hedge_cues[{i}]", span) for i, span in enumerate(claim.hedge_cues)]
    problems = [
        f"{field}: {problem}" for field, span in spans if (problem := _span_problem(span, text))
    ]
    problems += [
        f"speaker: {name!r} is not among `speakers`"
        for name in claim.speaker
        if name not in gold.speakers
    ]
    if not claim.speaker:
        problems.append("speaker: no speaker named")
    return problems


def _span_problem(span: GoldSpan, text: str) -> str | None:
    if not 0 <= span.start <= span.end <= len(text):
        return f"offsets {span.start}:{span.end} fall outside the text (length {len(text)})"
    found = text[span.start : span.end]
    if found == span.text:
        return None
    elsewhere = text.find(span.text)
    hint = f" (the text occurs at {elsewhere})" if elsewhere >= 0 else ""
    return f"text[{span.start}:{span.end}] is {found!r}, not {span.text!r}{hint}"
