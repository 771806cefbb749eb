"""The metrics of ANNOTATION.md (Scoring), one function each, and the counts they sum into.

Optional gold claims are set aside from every score: a prediction matched to one counts
neither as right nor as wrong, and the field accuracies are taken over the strict matches
with required gold claims only (`pairs` below).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from statistics import fmean
from typing import Self

from pydantic import BaseModel, ConfigDict

from claims.models import Claim, Usage
from evals.align import Match, match_spans, overlaps_any
from evals.gold import GoldClaim, GoldSpan


class Additive(BaseModel):
    """A record of counts that adds up field by field (micro totals are sums)."""

    model_config = ConfigDict(frozen=True)

    def __add__(self, other: Self) -> Self:
        return type(self)(
            **{name: getattr(self, name) + getattr(other, name) for name in type(self).model_fields}
        )


class Counts(Additive):
    """True positives against the sizes of the predicted and the gold sets."""

    found: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float | None:
        return self.found / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        """2·TP / (predicted + gold); undefined only when both sets are empty."""
        total = self.predicted + self.gold
        return 2 * self.found / total if total else None


class Ratio(Additive):
    """Right answers out of a total; undefined when there was nothing to judge."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None


class Tally(Additive):
    """Everything counted for one article; summing tallies gives the micro totals."""

    predicted_claims: int = 0
    lenient: Counts = Counts()
    strict: Counts = Counts()
    full: Counts = Counts()
    speaker: Ratio = Ratio()
    mode: Ratio = Ratio()
    hedged: Ratio = Ratio()
    hedge_cues: Counts = Counts()
    certainty: Ratio = Ratio()
    stated_on: Ratio = Ratio()
    attribution_cue: Ratio = Ratio()
    grounding: Ratio = Ratio()
    boilerplate_claims: int = 0
    usage: Usage = Usage()
    seconds: float = 0.0


class Numbers(BaseModel):
    """The reported values of one tally, or their mean over articles (macro); None = undefined."""

    model_config = ConfigDict(frozen=True)

    gold_claims: float | None
    predicted_claims: float | None
    lenient_precision: float | None
    lenient_recall: float | None
    lenient_f1: float | None
    strict_precision: float | None
    strict_recall: float | None
    strict_f1: float | None
    full_precision: float | None
    full_recall: float | None
    full_f1: float | None
    speaker: float | None
    mode: float | None
    hedged: float | None
    hedge_cue_precision: float | None
    hedge_cue_recall: float | None
    hedge_cue_f1: float | None
    certainty: float | None
    stated_on: float | None
    # (not in reports written before it was measured)
    attribution_cue: float | None = None
    grounding: float | None
    boilerplate_claims: float | None
    calls: float | None
    prompt_tokens: float | None
    completion_tokens: float | None
    seconds: float | None


def numbers(tally: Tally) -> Numbers:
    return Numbers(
        gold_claims=tally.lenient.gold,
        predicted_claims=tally.predicted_claims,
        lenient_precision=tally.lenient.precision,
        lenient_recall=tally.lenient.recall,
        lenient_f1=tally.lenient.f1,
        strict_precision=tally.strict.precision,
        strict_recall=tally.strict.recall,
        strict_f1=tally.strict.f1,
        full_precision=tally.full.precision,
        full_recall=tally.full.recall,
        full_f1=tally.full.f1,
        speaker=tally.speaker.value,
        mode=tally.mode.value,
        hedged=tally.hedged.value,
        hedge_cue_precision=tally.hedge_cues.precision,
        hedge_cue_recall=tally.hedge_cues.recall,
        hedge_cue_f1=tally.hedge_cues.f1,
        certainty=tally.certainty.value,
        stated_on=tally.stated_on.value,
        attribution_cue=tally.attribution_cue.value,
        grounding=tally.grounding.value,
        boilerplate_claims=tally.boilerplate_claims,
        calls=tally.usage.calls,
        prompt_tokens=tally.usage.prompt_tokens,
        completion_tokens=tally.usage.completion_tokens,
        seconds=tally.seconds,
    )


def macro(rows: Sequence[Numbers]) -> Numbers:
    """The mean of each value over the rows where it is defined."""
    means: dict[str, float | None] = {}
    for name in Numbers.model_fields:
        defined = [value for row in rows if (value := getattr(row, name)) is not None]
        means[name] = fmean(defined) if defined else None
    return Numbers.model_validate(means)


def claim_counts(
    matches: Sequence[Match], predictions: Sequence[Claim], gold: Sequence[GoldClaim]
) -> Counts:
    """Claim precision/recall over required gold; matches to optional gold are set aside."""
    set_aside = sum(match.gold.optional for match in matches)
    return Counts(
        found=len(matches) - set_aside,
        predicted=len(predictions) - set_aside,
        gold=sum(not claim.optional for claim in gold),
    )


def full_claim_counts(
    strict: Sequence[Match],
    predictions: Sequence[Claim],
    gold: Sequence[GoldClaim],
    speakers: Mapping[str, list[str]],
) -> Counts:
    """Strict matches whose speaker, mode and hedged are all right are the true positives."""
    kept = [m for m in strict if m.gold.optional or not wrong_fields(m, speakers)]
    return claim_counts(kept, predictions, gold)


def wrong_fields(match: Match, speakers: Mapping[str, list[str]]) -> list[str]:
    """Which of the full-claim fields (speaker, mode, hedged) the prediction gets wrong."""
    wrong = [] if speaker_right(match.prediction, match.gold, speakers) else ["speaker"]
    if match.prediction.mode != match.gold.mode:
        wrong.append("mode")
    if match.prediction.hedged != match.gold.hedged:
        wrong.append("hedged")
    return wrong


def speaker_right(prediction: Claim, gold: GoldClaim, speakers: Mapping[str, list[str]]) -> bool:
    """The predicted name is a canonical name or an alias of one of the gold speakers,
    compared case-insensitively, without accents and surrounding whitespace."""
    if prediction.speaker.name is None:
        return False
    names = {
        _plain(name)
        for canonical in gold.speaker
        for name in (canonical, *speakers.get(canonical, []))
    }
    return _plain(prediction.speaker.name) in names


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def speaker_accuracy(pairs: Sequence[Match], speakers: Mapping[str, list[str]]) -> Ratio:
    return _ratio(speaker_right(m.prediction, m.gold, speakers) for m in pairs)


def mode_accuracy(pairs: Sequence[Match]) -> Ratio:
    return _ratio(m.prediction.mode == m.gold.mode for m in pairs)


def hedged_accuracy(pairs: Sequence[Match]) -> Ratio:
    return _ratio(m.prediction.hedged == m.gold.hedged for m in pairs)


def certainty_accuracy(pairs: Sequence[Match]) -> Ratio:
    return _ratio(m.prediction.certainty == m.gold.certainty for m in pairs)


def hedge_cue_counts(pairs: Sequence[Match]) -> Counts:
    """Hedge-cue spans matched one-to-one by overlap within each pair, summed over pairs."""
    total = Counts()
    for m in pairs:
        found = match_spans(m.prediction.hedge_cues, m.gold.hedge_cues)
        total += Counts(
            found=found, predicted=len(m.prediction.hedge_cues), gold=len(m.gold.hedge_cues)
        )
    return total


def stated_on_right(prediction: Claim, gold: GoldClaim) -> bool:
    """Both undated, or the predicted interval lies inside the gold interval."""
    predicted = prediction.stated_on.value if prediction.stated_on else None
    if predicted is None or gold.stated_on is None:
        return predicted is None and gold.stated_on is None
    return gold.stated_on[0] <= predicted[0] and predicted[1] <= gold.stated_on[1]


def stated_on_accuracy(pairs: Sequence[Match]) -> Ratio:
    return _ratio(stated_on_right(m.prediction, m.gold) for m in pairs)


def attribution_cue_right(prediction: Claim, cue: str) -> bool:
    """The predicted attribution cue names the gold cue's words: the same words, or one
    inside the other ("said" and "said on Friday"), case-insensitively."""
    if prediction.cue is None:
        return False
    predicted, gold = prediction.cue.casefold(), cue.casefold()
    return predicted in gold or gold in predicted


def attribution_cue_accuracy(pairs: Sequence[Match]) -> Ratio:
    """Over the pairs whose gold claim has an attribution cue ("said", "according to")."""
    return _ratio(attribution_cue_right(m.prediction, m.gold.cue) for m in pairs if m.gold.cue)


def grounding(predictions: Sequence[Claim], text: str) -> Ratio:
    """Predicted evidence (incl. `also_evidence`) and hedge-cue spans verbatim at their offsets."""
    spans = [span for c in predictions for span in (c.evidence, *c.also_evidence, *c.hedge_cues)]
    return _ratio(text[span.start : span.end] == span.text for span in spans)


def boilerplate_claims(predictions: Sequence[Claim], boilerplate: Sequence[GoldSpan]) -> int:
    """Predictions whose evidence overlaps a span the gold file marks as site boilerplate."""
    return sum(overlaps_any(c.evidence, boilerplate) for c in predictions)


def _ratio(verdicts: Iterable[bool]) -> Ratio:
    flags = list(verdicts)
    return Ratio(right=sum(flags), total=len(flags))
