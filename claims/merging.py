"""Collapsing duplicate claims from different chunks or mentions."""

from __future__ import annotations

from difflib import SequenceMatcher

from .grounding import overlap
from .models import Claim

SAME_STATEMENT = 0.85
"""difflib ratio above which two statements from one speaker are the same proposition."""


def merge(claims: list[Claim]) -> list[Claim]:
    """Claims in text order; a duplicate (overlapping evidence, or the same statement from
    the same speaker) is folded into the first, its evidence kept as ``also_evidence``."""
    kept: list[Claim] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        twin = next((k for k in kept if _duplicates(k, claim)), None)
        if twin is None:
            kept.append(claim)
            continue
        spans = [twin.evidence, *twin.also_evidence]
        for span in [claim.evidence, *claim.also_evidence]:
            if all(overlap(span, other) == 0 for other in spans):
                twin.also_evidence.append(span)
                spans.append(span)
    return kept


def _duplicates(a: Claim, b: Claim) -> bool:
    if overlap(a.evidence, b.evidence) > 0:
        return True
    if _key(a.speaker.name) != _key(b.speaker.name):
        return False
    return SequenceMatcher(None, a.statement.lower(), b.statement.lower()).ratio() >= SAME_STATEMENT


def _key(name: str | None) -> str:
    return (name or "").casefold().strip()
