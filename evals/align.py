"""One-to-one matching of predicted to gold claims by evidence overlap (ANNOTATION.md, Scoring).

Candidate pairs are taken greedily: every pair with a required gold claim before any pair with
an optional one, and within each group the largest overlap in characters first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from claims.models import Claim
from evals.gold import GoldClaim

STRICT_JACCARD = 0.5
"""A strict match needs overlap / union of the two spans' characters at least this high."""


class Located(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def overlap(a: Located, b: Located) -> int:
    """Characters the two spans share."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def overlaps_any(span: Located, others: Iterable[Located]) -> bool:
    return any(overlap(span, other) > 0 for other in others)


def jaccard(a: Located, b: Located) -> float:
    """Shared characters over the characters of either span."""
    shared = overlap(a, b)
    union = (a.end - a.start) + (b.end - b.start) - shared
    return shared / union if union > 0 else 0.0


@dataclass(frozen=True)
class Match:
    """A predicted claim paired with a gold claim; overlap and Jaccard are against the gold
    claim's best-overlapping span (its evidence or one of its `also_evidence`)."""

    prediction_index: int
    prediction: Claim
    gold: GoldClaim
    overlap: int
    jaccard: float


def align(predictions: Sequence[Claim], gold: Sequence[GoldClaim], *, strict: bool) -> list[Match]:
    """Pairs of predicted and gold claims, each claim in at most one pair.

    Lenient (`strict=False`): any overlap makes a candidate pair. Strict: the Jaccard of the
    predicted evidence and the best gold span must be at least `STRICT_JACCARD`.
    """
    candidates: list[_Candidate] = []
    for i, prediction in enumerate(predictions):
        for j, claim in enumerate(gold):
            evidence = prediction.evidence
            best = max(
                claim.spans, key=lambda span: (overlap(evidence, span), jaccard(evidence, span))
            )
            shared, fit = overlap(evidence, best), jaccard(evidence, best)
            if shared > 0 and (not strict or fit >= STRICT_JACCARD):
                candidates.append(_Candidate(i, j, shared, fit, claim.optional))
    return [
        Match(c.left, predictions[c.left], gold[c.right], c.overlap, c.jaccard)
        for c in _greedy(candidates)
    ]


def match_spans(predicted: Sequence[Located], gold: Sequence[Located]) -> int:
    """How many one-to-one pairs of overlapping spans there are (largest overlap first)."""
    candidates = [
        _Candidate(i, j, shared, jaccard(p, g), deferred=False)
        for i, p in enumerate(predicted)
        for j, g in enumerate(gold)
        if (shared := overlap(p, g)) > 0
    ]
    return len(_greedy(candidates))


@dataclass(frozen=True)
class _Candidate:
    left: int
    right: int
    overlap: int
    jaccard: float
    deferred: bool
    """Taken only after every pair that is not deferred (optional gold claims)."""


def _greedy(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    order = sorted(candidates, key=lambda c: (c.deferred, -c.overlap, -c.jaccard, c.left, c.right))
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    chosen: list[_Candidate] = []
    for candidate in order:
        if candidate.left in taken_left or candidate.right in taken_right:
            continue
        taken_left.add(candidate.left)
        taken_right.add(candidate.right)
        chosen.append(candidate)
    return chosen
