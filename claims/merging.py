"""Collapsing duplicate claims from different chunks or mentions."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from .grounding import overlap
from .models import Claim

SAME_STATEMENT = 0.85
"""difflib ratio above which two statements from one speaker are the same proposition."""


@dataclass
class _Seen:
    """A kept claim with what comparing statements needs, worked out once."""

    claim: Claim
    words: str = field(init=False)
    letters: Counter[str] = field(init=False)

    def __post_init__(self) -> None:
        self.words = self.claim.statement.lower()
        self.letters = Counter(self.words)


def merge(claims: list[Claim]) -> list[Claim]:
    """Claims in text order; a duplicate (overlapping evidence, or the same statement from
    the same speaker) is folded into the first, its evidence kept as ``also_evidence``."""
    kept: list[_Seen] = []
    for claim in sorted(claims, key=lambda c: c.evidence.start):
        seen = _Seen(claim)
        twin = next((k.claim for k in kept if _duplicates(k, seen)), None)
        if twin is None:
            kept.append(seen)
            continue
        spans = [twin.evidence, *twin.also_evidence]
        for span in [claim.evidence, *claim.also_evidence]:
            if all(overlap(span, other) == 0 for other in spans):
                twin.also_evidence.append(span)
                spans.append(span)
    return [k.claim for k in kept]


def _duplicates(a: _Seen, b: _Seen) -> bool:
    if overlap(a.claim.evidence, b.claim.evidence) > 0:
        return True
    if _key(a.claim.speaker.name) != _key(b.claim.speaker.name):
        return False
    # difflib's ratio is at most what the lengths allow, and at most what the shared
    # letters allow (its real_quick_ratio and quick_ratio): both are cheap, most pairs fail
    total = len(a.words) + len(b.words)
    if total == 0:
        return True  # two empty statements are the same
    if 2 * min(len(a.words), len(b.words)) < SAME_STATEMENT * total:
        return False
    shared = sum(min(n, b.letters[c]) for c, n in a.letters.items() if c in b.letters)
    if 2 * shared < SAME_STATEMENT * total:
        return False
    return SequenceMatcher(None, a.words, b.words).ratio() >= SAME_STATEMENT


def _key(name: str | None) -> str:
    return (name or "").casefold().strip()
