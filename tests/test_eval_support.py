"""Builders shared by the eval tests: gold and predicted claims over a filler text.

Spans are given as offsets; their text is cut from the article, so they are grounded unless a
test says otherwise. Offsets in the tests are chosen so overlaps can be counted by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from claims.models import Claim, DateRef, ExtractionResult, Mode, Span, Speaker, Usage
from evals.gold import GoldClaim, GoldFile, GoldSpan

TEXT = "abcdefghij" * 20  # 200 characters: any offset below 200 is a valid span
SPEAKERS = {"Alpha Person": ["Alpha"], "Wikinews": ["author"]}

Interval = tuple[dt.date, dt.date]


def day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def span(start: int, end: int, text: str = TEXT) -> Span:
    return Span(text=text[start:end], start=start, end=end)


def gold_span(start: int, end: int, text: str = TEXT) -> GoldSpan:
    return GoldSpan(text=text[start:end], start=start, end=end)


def gold_claim(
    cid: str,
    start: int,
    end: int,
    *,
    text: str = TEXT,
    optional: bool = False,
    also: Sequence[tuple[int, int]] = (),
    speaker: Sequence[str] = ("Alpha Person",),
    mode: Mode = "indirect",
    hedged: bool = False,
    cues: Sequence[tuple[int, int]] = (),
    certainty: str = "certain",
    stated_on: Interval | None = None,
) -> GoldClaim:
    return GoldClaim.model_validate(
        {
            "id": cid,
            "statement": f"statement {cid}",
            "evidence": text[start:end],
            "start": start,
            "end": end,
            "also_evidence": [gold_span(s, e, text) for s, e in also],
            "speaker": list(speaker),
            "role": None,
            "cue": "said",
            "mode": mode,
            "hedged": hedged,
            "hedge_cues": [gold_span(s, e, text) for s, e in cues],
            "certainty": certainty,
            "stated_on": stated_on,
            "stated_on_text": None,
            "dates_mentioned": [],
            "optional": optional,
        }
    )


def predicted(
    start: int,
    end: int,
    *,
    text: str = TEXT,
    speaker: str | None = "Alpha",
    mode: Mode = "indirect",
    hedged: bool = False,
    cues: Sequence[tuple[int, int]] = (),
    certainty: str = "certain",
    stated_on: Interval | None = None,
) -> Claim:
    return Claim.model_validate(
        {
            "statement": f"predicted {start}-{end}",
            "evidence": span(start, end, text),
            "speaker": Speaker(name=speaker),
            "cue": "said",
            "mode": mode,
            "hedged": hedged,
            "hedge_cues": [span(s, e, text) for s, e in cues],
            "certainty": certainty,
            "stated_on": DateRef(text="then", value=stated_on) if stated_on else None,
        }
    )


def gold_file(
    claims: Sequence[GoldClaim],
    *,
    speakers: dict[str, list[str]] | None = None,
    boilerplate: Sequence[tuple[int, int]] = (),
    text: str = TEXT,
) -> GoldFile:
    return GoldFile(
        id="article",
        file="article.txt",
        published=day("2024-03-09"),
        publisher="Wikinews",
        speakers=SPEAKERS if speakers is None else speakers,
        claims=list(claims),
        boilerplate=[gold_span(s, e, text) for s, e in boilerplate],
    )


def result(
    claims: Sequence[Claim],
    *,
    error: str | None = None,
    seconds: float = 1.0,
    usage: Usage | None = None,
    article_id: str = "article",
) -> ExtractionResult:
    return ExtractionResult(
        id=article_id,
        claims=list(claims),
        model="fake",
        prompt_version="v1",
        usage=usage or Usage(),
        seconds=seconds,
        error=error,
    )
