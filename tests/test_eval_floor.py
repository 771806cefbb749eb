"""The trivial floor: every sentence an unhedged, certain claim by the author."""

from __future__ import annotations

from test_eval_support import gold_claim, gold_file

from claims.models import Article
from evals.floor import floor
from evals.scoring import score_article

TINY = "Title line\n\nFirst sentence here. Second one follows.\n\nLast para."


def test_the_floor_makes_every_sentence_an_author_claim() -> None:
    extraction = floor(Article(id="tiny", text=TINY))
    assert extraction.model == "floor"
    assert extraction.id == "tiny"
    assert [(c.evidence.start, c.evidence.end, c.evidence.text) for c in extraction.claims] == [
        (0, 10, "Title line"),
        (12, 32, "First sentence here."),
        (33, 52, "Second one follows."),
        (54, 64, "Last para."),
    ]
    for claim in extraction.claims:
        assert claim.statement == claim.evidence.text
        assert (claim.speaker.name, claim.mode, claim.cue) == ("author", "author", None)
        assert (claim.hedged, claim.certainty, claim.hedge_cues) == (False, "certain", [])


def test_the_floor_is_scored_by_the_same_code() -> None:
    gold = gold_file(
        [
            # the author's own claim, "First sentence here": the floor gets it whole
            gold_claim("own", 12, 31, text=TINY, speaker=["Wikinews"], mode="author"),
            # "Second one" reported from Alpha: the floor's span is a strict match (10/19),
            # but its speaker and mode are wrong
            gold_claim("reported", 33, 43, text=TINY),
        ],
        text=TINY,
    )
    n = score_article(floor(Article(id="tiny", text=TINY)), gold, TINY).numbers
    # 4 predictions, 2 required gold: strict 2 found, full 1 found.
    assert (n.strict_precision, n.strict_recall, n.strict_f1) == (0.5, 1, 2 / 3)
    assert (n.full_precision, n.full_recall, n.full_f1) == (0.25, 0.5, 1 / 3)
    assert (n.speaker, n.mode, n.hedged, n.grounding) == (0.5, 0.5, 1, 1)
