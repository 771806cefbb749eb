"""The schema the LLM fills, and the validators that hold it to the article's text.

Validation errors go back to the model (instructor re-asks), so every message says what
to change. ``ground`` turns one valid model claim into a result Claim with true offsets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationInfo, model_validator

from . import dates
from .grounding import locate
from .models import Certainty, Claim, DateRef, Mode, Span, Speaker
from .text import Piece


class ModelClaim(BaseModel):
    s: int
    quote: str
    statement: str
    speaker: str | None = None
    role: str | None = None
    cue: str | None = None
    mode: Mode
    hedges: list[str] = []
    certainty: Certainty = "certain"
    when: str | None = None
    dates: list[str] = []


class ModelClaims(BaseModel):
    claims: list[ModelClaim]

    @model_validator(mode="after")
    def grounded(self, info: ValidationInfo) -> ModelClaims:
        context = info.context
        if not isinstance(context, dict) or "source" not in context:
            return self
        source: Source = context["source"]
        problems = [
            f"claims[{index}]: {problem}"
            for index, claim in enumerate(self.claims)
            for problem in source.problems(claim)
        ]
        if problems:
            raise ValueError(
                "Fix these claims (copy words exactly from the numbered sentence):\n"
                + "\n".join(problems)
            )
        return self


@dataclass(frozen=True)
class Source:
    """The article as the model saw it: its text and the sentences it was shown by number."""

    text: str
    sentences: dict[int, Piece]
    published: dt.date | None
    publisher: str | None

    def context(self) -> dict[str, Any]:
        return {"source": self}

    def problems(self, claim: ModelClaim) -> list[str]:
        sentence = self.sentences.get(claim.s)
        if sentence is None:
            return [f"s={claim.s} is not one of the numbered sentences"]
        found: list[str] = []
        if self._find(claim.quote, sentence) is None:
            found.append(f"quote {claim.quote!r} is not in sentence [{claim.s}]")
        found += [
            f"hedge {hedge!r} is not in sentence [{claim.s}]"
            for hedge in claim.hedges
            if self._find(hedge, sentence) is None
        ]
        return found

    def ground(self, claim: ModelClaim, warnings: list[str]) -> Claim:
        """The result claim; raises ValueError when its evidence is not in the text.

        A hedge cue that is not in the sentence is left out with a warning.
        """
        sentence = self.sentences.get(claim.s)
        evidence = self._find(claim.quote, sentence) if sentence else None
        if sentence is None or evidence is None:
            raise ValueError("; ".join(self.problems(claim)))
        cues: list[Span] = []
        for hedge in claim.hedges:
            span = self._find(hedge, sentence)
            if span is None:
                warnings.append(f"hedge cue {hedge!r} left out: not in sentence [{claim.s}]")
            else:
                cues.append(span)
        cues = _unique(cues)
        author = claim.mode == "author"
        return Claim(
            statement=claim.statement.strip(),
            evidence=evidence,
            speaker=Speaker(
                name=(self.publisher or "author") if author else claim.speaker,
                role=None if author else claim.role,
            ),
            cue=None if author else claim.cue,
            mode=claim.mode,
            hedged=bool(cues),
            hedge_cues=cues,
            # Certainty follows the cues found in the text, so the two never contradict.
            certainty=_certainty(claim.certainty, bool(cues)),
            stated_on=self._date(claim.when) if claim.when and not author else None,
            dates_mentioned=[self._date(text) for text in claim.dates if text.strip()],
        )

    def _find(self, words: str, sentence: Piece) -> Span | None:
        return locate(words, self.text, sentence.start, sentence.end)

    def _date(self, words: str) -> DateRef:
        return dates.resolve(words, self.published)


def _certainty(said: Certainty, hedged: bool) -> Certainty:
    if not hedged:
        return "certain"
    return "probable" if said == "certain" else said


def _unique(spans: list[Span]) -> list[Span]:
    seen: dict[tuple[int, int], Span] = {}
    for span in spans:
        seen.setdefault((span.start, span.end), span)
    return list(seen.values())
