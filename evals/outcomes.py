"""Per-claim details of a scoring: what each prediction matched, and why it is not a full claim."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict

from claims.models import Claim, Mode, Span
from evals.align import STRICT_JACCARD, Located, Match, overlaps_any
from evals.gold import GoldClaim
from evals.metrics import wrong_fields

Verdict = Literal["correct", "matched", "partial", "optional"]
"""correct: a full-claim true positive; matched: a strict match with a field wrong;
partial: evidence overlaps but too loosely for a strict match; optional: paired with an
optional gold claim, not scored."""


class PredictionOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    index: int
    statement: str
    evidence: Span
    hedge_cues: list[Span]
    speaker: str | None
    mode: Mode
    hedged: bool
    gold: str | None
    """The id of the gold claim it is paired with: its strict match, else its lenient one."""
    jaccard: float | None
    verdict: Verdict | Literal["spurious"]
    why: list[str]
    """Why it is not a full-claim true positive; empty when it is."""
    boilerplate: bool


class GoldOutcome(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    statement: str
    evidence: list[Span]
    hedge_cues: list[Span]
    speakers: list[str]
    mode: Mode
    hedged: bool
    optional: bool
    prediction: int | None
    """The index of the prediction paired with it: its strict match, else its lenient one."""
    verdict: Verdict | Literal["missed"]


def prediction_outcomes(
    predictions: Sequence[Claim],
    strict: Sequence[Match],
    lenient: Sequence[Match],
    speakers: Mapping[str, list[str]],
    boilerplate: Sequence[Located],
) -> list[PredictionOutcome]:
    by_strict = {m.prediction_index: m for m in strict}
    by_lenient = {m.prediction_index: m for m in lenient}
    outcomes: list[PredictionOutcome] = []
    for index, claim in enumerate(predictions):
        match = by_strict.get(index) or by_lenient.get(index)
        verdict = _verdict(by_strict.get(index), by_lenient.get(index), speakers)
        outcomes.append(
            PredictionOutcome(
                index=index,
                statement=claim.statement,
                evidence=claim.evidence,
                hedge_cues=claim.hedge_cues,
                speaker=claim.speaker.name,
                mode=claim.mode,
                hedged=claim.hedged,
                gold=match.gold.id if match else None,
                jaccard=match.jaccard if match else None,
                verdict=verdict or "spurious",
                why=_why(match, verdict, speakers),
                boilerplate=overlaps_any(claim.evidence, boilerplate),
            )
        )
    return outcomes


def gold_outcomes(
    gold: Sequence[GoldClaim],
    strict: Sequence[Match],
    lenient: Sequence[Match],
    speakers: Mapping[str, list[str]],
) -> list[GoldOutcome]:
    by_strict = {m.gold.id: m for m in strict}
    by_lenient = {m.gold.id: m for m in lenient}
    outcomes: list[GoldOutcome] = []
    for claim in gold:
        match = by_strict.get(claim.id) or by_lenient.get(claim.id)
        verdict = _verdict(by_strict.get(claim.id), by_lenient.get(claim.id), speakers)
        outcomes.append(
            GoldOutcome(
                id=claim.id,
                statement=claim.statement,
                evidence=[span.as_span() for span in claim.spans],
                hedge_cues=[span.as_span() for span in claim.hedge_cues],
                speakers=claim.speaker,
                mode=claim.mode,
                hedged=claim.hedged,
                optional=claim.optional,
                prediction=match.prediction_index if match else None,
                verdict=verdict or ("optional" if claim.optional else "missed"),
            )
        )
    return outcomes


def _verdict(
    strict: Match | None, lenient: Match | None, speakers: Mapping[str, list[str]]
) -> Verdict | None:
    match = strict or lenient
    if match is None:
        return None
    if match.gold.optional:
        return "optional"
    if strict is None:
        return "partial"
    return "matched" if wrong_fields(strict, speakers) else "correct"


def _why(
    match: Match | None, verdict: Verdict | None, speakers: Mapping[str, list[str]]
) -> list[str]:
    if match is None:
        return ["no gold claim's evidence overlaps"]
    if verdict == "optional":
        return [f"paired with optional gold {match.gold.id}: not scored"]
    if verdict == "partial":
        return [
            f"evidence overlaps gold {match.gold.id} with Jaccard {match.jaccard:.2f} "
            f"< {STRICT_JACCARD}"
        ]
    return [_wrong(field, match) for field in wrong_fields(match, speakers)]


def _wrong(field: str, match: Match) -> str:
    predicted, gold = match.prediction, match.gold
    if field == "speaker":
        return f"speaker {predicted.speaker.name!r} is not a name of {' / '.join(gold.speaker)}"
    if field == "mode":
        return f"mode {predicted.mode}, gold {gold.mode}"
    return f"hedged {str(predicted.hedged).lower()}, gold {str(gold.hedged).lower()}"
