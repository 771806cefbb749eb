"""The human ceiling: a second labelling scored against the first as if it were a system."""

from __future__ import annotations

from claims.models import Claim, DateRef, ExtractionResult, Speaker
from evals.gold import GoldClaim, GoldFile
from evals.scoring import ArticleScore, score_article

HUMAN_MODEL = "human"


def agreement(second: GoldFile, first: GoldFile, text: str) -> ArticleScore:
    """`second` scored against `first` with the system's metrics (optional claims included)."""
    return score_article(gold_as_result(second), first, text)


def gold_as_result(gold: GoldFile) -> ExtractionResult:
    """Every gold claim as a prediction; a claim with several speakers is given the first."""
    return ExtractionResult(
        id=gold.id,
        published=gold.published,
        claims=[_as_claim(claim) for claim in gold.claims],
        model=HUMAN_MODEL,
        prompt_version=HUMAN_MODEL,
    )


def _as_claim(claim: GoldClaim) -> Claim:
    stated_on = (
        DateRef(text=claim.stated_on_text or "", value=claim.stated_on)
        if claim.stated_on or claim.stated_on_text
        else None
    )
    return Claim(
        statement=claim.statement,
        evidence=claim.spans[0].as_span(),
        also_evidence=[span.as_span() for span in claim.also_evidence],
        speaker=Speaker(name=claim.speaker[0] if claim.speaker else None, role=claim.role),
        cue=claim.cue,
        mode=claim.mode,
        hedged=claim.hedged,
        hedge_cues=[span.as_span() for span in claim.hedge_cues],
        certainty=claim.certainty,
        stated_on=stated_on,
        dates_mentioned=[DateRef(text=d.text, value=d.value) for d in claim.dates_mentioned],
    )
