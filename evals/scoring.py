"""Scoring one extraction against its gold file, and the report those scores make up."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict

from claims.models import ExtractionResult
from evals.align import align
from evals.gold import GoldFile
from evals.metrics import (
    Numbers,
    Tally,
    attribution_cue_accuracy,
    boilerplate_claims,
    certainty_accuracy,
    claim_counts,
    full_claim_counts,
    grounding,
    hedge_cue_counts,
    hedged_accuracy,
    macro,
    mode_accuracy,
    numbers,
    speaker_accuracy,
    stated_on_accuracy,
)
from evals.outcomes import GoldOutcome, PredictionOutcome, gold_outcomes, prediction_outcomes


class ArticleScore(BaseModel):
    model_config = ConfigDict(frozen=True)

    tally: Tally
    numbers: Numbers
    predictions: list[PredictionOutcome]
    gold: list[GoldOutcome]


class Totals(BaseModel):
    """Micro (from the summed tally) and macro (mean of the articles' numbers)."""

    model_config = ConfigDict(frozen=True)

    tally: Tally
    micro: Numbers
    macro: Numbers


class ArticleReport(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    title: str | None
    text: str
    error: str | None
    """Set when the extraction failed; the system is then scored as having found nothing."""
    system: ArticleScore
    floor: ArticleScore
    agreement: ArticleScore | None
    """The second labelling scored against the first, where there is one."""


class Report(BaseModel):
    """What `report.json` holds."""

    model_config = ConfigDict(frozen=True)

    model: str | None
    prompt_version: str | None
    articles: list[ArticleReport]
    system: Totals
    floor: Totals
    agreement: Totals | None


def score_article(result: ExtractionResult, gold: GoldFile, text: str) -> ArticleScore:
    """Every metric of one article; a result with `error` set is scored as finding nothing."""
    predictions = [] if result.error else result.claims
    lenient = align(predictions, gold.claims, strict=False)
    strict = align(predictions, gold.claims, strict=True)
    pairs = [match for match in strict if not match.gold.optional]
    tally = Tally(
        predicted_claims=len(predictions),
        lenient=claim_counts(lenient, predictions, gold.claims),
        strict=claim_counts(strict, predictions, gold.claims),
        full=full_claim_counts(strict, predictions, gold.claims, gold.speakers),
        speaker=speaker_accuracy(pairs, gold.speakers),
        mode=mode_accuracy(pairs),
        hedged=hedged_accuracy(pairs),
        hedge_cues=hedge_cue_counts(pairs),
        certainty=certainty_accuracy(pairs),
        stated_on=stated_on_accuracy(pairs),
        attribution_cue=attribution_cue_accuracy(pairs),
        grounding=grounding(predictions, text),
        boilerplate_claims=boilerplate_claims(predictions, gold.boilerplate),
        usage=result.usage,
        seconds=result.seconds,
    )
    return ArticleScore(
        tally=tally,
        numbers=numbers(tally),
        predictions=prediction_outcomes(
            predictions, strict, lenient, gold.speakers, gold.boilerplate
        ),
        gold=gold_outcomes(gold.claims, strict, lenient, gold.speakers),
    )


def totals(scores: Sequence[ArticleScore]) -> Totals:
    tally = sum((score.tally for score in scores), Tally())
    return Totals(tally=tally, micro=numbers(tally), macro=macro([s.numbers for s in scores]))
