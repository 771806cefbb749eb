"""Collapsing duplicate claims from different chunks or mentions."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property

from .grounding import overlap
from .models import Claim
from .propositions import a_relative_clause

SAME_WORDS = 0.85
"""difflib ratio above which the words of two claims by one speaker say the same thing."""
_SHARED_WORDS = 0.4


@dataclass
class _Seen:
    """A kept claim with what comparing its words needs, worked out once."""

    claim: Claim
    start: int = field(init=False)
    end: int = field(init=False)
    speaker: str = field(init=False)
    words: str = field(init=False)
    tokens: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.start, self.end = self.claim.evidence.start, self.claim.evidence.end
        self.speaker = (self.claim.speaker.name or "").casefold().strip()
        self.words = self.claim.evidence.text.lower()
        self.tokens = frozenset(re.findall(r"\w+", self.words))

    @cached_property
    def letters(self) -> frozenset[tuple[str, int]]:
        """The n-th of each letter as its own element: two sets share min(m, n) of a letter."""
        return frozenset(
            (char, n) for char, count in Counter(self.words).items() for n in range(count)
        )


def merge(claims: list[Claim]) -> list[Claim]:
    """Claims in text order; a duplicate (overlapping evidence, unless one is a relative
    clause or a clause between dashes inside the other, or the same words elsewhere from the
    same speaker) is folded into the first, its evidence kept as ``also_evidence``. (Not
    the same statement: '"It's mass," he said' and '"It's 40 days," he said' share most of
    "Rivinius said: “It's ...”".)"""
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


def _an_aside(inner: _Seen, outer: _Seen) -> bool:
    """Whether the inner claim is a relative clause or a clause between dashes inside the
    outer one ("new governments — Johnson became prime minister in July — suspend ...")."""
    before = outer.claim.evidence.text[: inner.start - outer.start].rstrip()
    return a_relative_clause(inner.claim.evidence.text) or before.endswith(("—", "–"))


def _duplicates(a: _Seen, b: _Seen) -> bool:
    if a.start < b.end and b.start < a.end:  # the evidence overlaps
        # unless one is an aside inside the other, a statement of its own ("X, which took
        # place in 2003, ...", "X — Y became prime minister — ..."); any other part of a
        # claim's words says it again
        inner, outer = (b, a) if b.end - b.start < a.end - a.start else (a, b)
        inside = outer.start < inner.start and inner.end < outer.end
        return not (inside and _an_aside(inner, outer))
    if a.speaker != b.speaker:
        return False
    # difflib's ratio is at most what the lengths allow, and at most what the shared
    # letters allow (its real_quick_ratio and quick_ratio): both are cheap, most pairs fail
    total = len(a.words) + len(b.words)
    if total == 0:
        return True  # (no words: the same as any other claim of none)
    if 2 * min(len(a.words), len(b.words)) < SAME_WORDS * total:
        return False
    # words said again share most of their words: a cheap test first, found on the data, not
    # a bound (of the dev and test predictions, any two at a ratio of 0.7 or more share 44%
    # of their words or more)
    if 2 * len(a.tokens & b.tokens) < _SHARED_WORDS * (len(a.tokens) + len(b.tokens)):
        return False
    shared = len(a.letters & b.letters)
    if 2 * shared < SAME_WORDS * total:
        return False
    return SequenceMatcher(None, a.words, b.words).ratio() >= SAME_WORDS
