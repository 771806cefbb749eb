"""The metrics of ANNOTATION.md on small synthetic articles, every expectation counted by hand."""

from __future__ import annotations

import pytest
from test_eval_support import TEXT, day, gold_claim, gold_file, predicted, result, span

from claims.models import DateRef, Usage
from evals.agreement import agreement, gold_as_result
from evals.metrics import attribution_cue_right, speaker_right, stated_on_right
from evals.scoring import score_article, totals

MARCH_WEEK = (day("2024-03-04"), day("2024-03-10"))
MARCH_8 = (day("2024-03-08"), day("2024-03-08"))


def test_full_claim_needs_speaker_mode_and_hedged_all_right() -> None:
    gold = gold_file(
        [
            gold_claim("g1", 0, 20, hedged=True, certainty="possible", cues=[(2, 5), (10, 14)]),
            gold_claim("g2", 20, 40),
            gold_claim("g3", 40, 60, mode="direct"),
            gold_claim("g4", 60, 80, hedged=True, certainty="probable", cues=[(62, 66)]),
            gold_claim("g5", 80, 100),
        ]
    )
    predictions = [
        # all right; one cue overlaps (2,5), the other overlaps nothing
        predicted(0, 20, hedged=True, certainty="possible", cues=[(3, 6), (15, 18)]),
        predicted(20, 40, speaker="Beta"),  # wrong speaker
        predicted(40, 60, mode="indirect"),  # wrong mode
        predicted(60, 80),  # unhedged (and certain) where gold is hedged (probable)
        predicted(150, 160),  # spurious; g5 is missed
    ]
    score = score_article(result(predictions), gold, TEXT)
    n = score.numbers

    assert (n.strict_precision, n.strict_recall, n.strict_f1) == (0.8, 0.8, 0.8)
    assert (n.full_precision, n.full_recall, n.full_f1) == (0.2, 0.2, 0.2)
    assert (n.speaker, n.mode, n.hedged, n.certainty) == (0.75, 0.75, 0.75, 0.75)
    # Cues: g1 pair 1 found of 2 predicted, 2 gold; g4 pair 0 of 0 predicted, 1 gold.
    assert score.tally.hedge_cues.model_dump() == {"found": 1, "predicted": 2, "gold": 3}
    assert (n.hedge_cue_precision, n.hedge_cue_recall, n.hedge_cue_f1) == (0.5, 1 / 3, 0.4)

    assert [p.verdict for p in score.predictions] == [
        "correct",
        "matched",
        "matched",
        "matched",
        "spurious",
    ]
    assert [p.why for p in score.predictions] == [
        [],
        ["speaker 'Beta' is not a name of Alpha Person"],
        ["mode indirect, gold direct"],
        ["hedged false, gold true"],
        ["no gold claim's evidence overlaps"],
    ]
    assert [g.verdict for g in score.gold] == ["correct", "matched", "matched", "matched", "missed"]


def test_speaker_is_alias_aware_and_ignores_case_accents_and_whitespace() -> None:
    speakers = {"José Ramírez": ["Ramírez", "the minister"], "Radosław Sikorski": ["Sikorski"]}
    gold = gold_claim("g", 0, 20, speaker=["José Ramírez", "Radosław Sikorski"])

    def right(name: str | None) -> bool:
        return speaker_right(predicted(0, 20, speaker=name), gold, speakers)

    assert right("José Ramírez")
    assert right("  jose ramirez ")
    assert right("RAMIREZ")
    assert right("The Minister")
    assert right("sikorski")  # an alias of the claim's second speaker
    assert right("Radosław Sikorski")
    assert not right("Ramos")
    assert not right("José")
    assert not right(None)


def test_speaker_accuracy_on_matched_pairs_uses_the_speakers_map() -> None:
    gold = gold_file([gold_claim("g1", 0, 20), gold_claim("g2", 20, 40), gold_claim("g3", 40, 60)])
    predictions = [
        predicted(0, 20, speaker="ALPHA"),
        predicted(20, 40, speaker="Alpha Person"),
        predicted(40, 60, speaker="Person"),
    ]
    assert score_article(result(predictions), gold, TEXT).numbers.speaker == 2 / 3


def test_stated_on_is_right_when_both_are_null_or_the_prediction_lies_inside() -> None:
    cases = [
        (None, None, True),
        (MARCH_WEEK, MARCH_8, True),
        (MARCH_8, MARCH_8, True),
        (MARCH_WEEK, (day("2024-03-08"), day("2024-03-11")), False),  # runs past the end
        (MARCH_8, MARCH_WEEK, False),  # wider than gold
        (None, MARCH_8, False),
        (MARCH_8, None, False),
    ]
    for gold_value, predicted_value, expected in cases:
        claim = gold_claim("g", 0, 20, stated_on=gold_value)
        assert stated_on_right(predicted(0, 20, stated_on=predicted_value), claim) is expected

    unresolved = predicted(0, 20).model_copy(update={"stated_on": DateRef(text="once")})
    assert stated_on_right(unresolved, gold_claim("g", 0, 20))  # a null value is null
    assert not stated_on_right(unresolved, gold_claim("g", 0, 20, stated_on=MARCH_8))

    gold = gold_file(
        [gold_claim(f"g{i}", 20 * i, 20 * i + 20, stated_on=g) for i, (g, _, _) in enumerate(cases)]
    )
    predictions = [predicted(20 * i, 20 * i + 20, stated_on=p) for i, (_, p, _) in enumerate(cases)]
    assert score_article(result(predictions), gold, TEXT).numbers.stated_on == 3 / 7


def test_the_attribution_cue_is_right_when_one_names_the_other() -> None:
    said = predicted(0, 20)  # cue "said"
    assert attribution_cue_right(said, "said")
    assert attribution_cue_right(said, "Said on Friday")
    assert not attribution_cue_right(said, "according to")
    assert not attribution_cue_right(said.model_copy(update={"cue": None}), "said")
    # counted only where the gold claim has a cue (not the article's own statements)
    gold = gold_file(
        [
            gold_claim("g1", 0, 20),
            gold_claim("g2", 20, 40).model_copy(update={"cue": "according to"}),
            gold_claim("g3", 40, 60, mode="author").model_copy(update={"cue": None}),
        ]
    )
    predictions = [predicted(0, 20), predicted(20, 40), predicted(40, 60)]
    assert score_article(result(predictions), gold, TEXT).numbers.attribution_cue == 0.5


def test_an_empty_prediction_list_finds_nothing() -> None:
    gold = gold_file(
        [gold_claim("g1", 0, 20), gold_claim("g2", 20, 40), gold_claim("o", 40, 60, optional=True)]
    )
    score = score_article(result([]), gold, TEXT)
    n = score.numbers
    assert (n.gold_claims, n.predicted_claims) == (2, 0)
    assert (n.lenient_precision, n.lenient_recall, n.lenient_f1) == (None, 0, 0)
    assert (n.strict_f1, n.full_f1) == (0, 0)
    assert (n.speaker, n.mode, n.hedged, n.stated_on, n.grounding, n.hedge_cue_f1) == (None,) * 6
    assert [g.verdict for g in score.gold] == ["missed", "missed", "optional"]


def test_a_failed_result_is_scored_as_all_missed_but_its_cost_counts() -> None:
    gold = gold_file([gold_claim("g1", 0, 20), gold_claim("g2", 20, 40)])
    failed = result(
        [predicted(0, 20), predicted(20, 40)],  # claims of a failed run are not scored
        error="timeout",
        seconds=30.0,
        usage=Usage(calls=3, prompt_tokens=900, completion_tokens=50),
    )
    score = score_article(failed, gold, TEXT)
    n = score.numbers
    assert (n.predicted_claims, n.strict_recall, n.strict_f1, n.full_f1) == (0, 0, 0, 0)
    assert (n.calls, n.prompt_tokens, n.completion_tokens, n.seconds) == (3, 900, 50, 30.0)
    assert score.predictions == []
    assert [g.verdict for g in score.gold] == ["missed", "missed"]


def test_grounding_counts_evidence_also_evidence_and_cue_spans_verbatim_at_offsets() -> None:
    grounded = predicted(0, 20, cues=[(2, 5)]).model_copy(update={"also_evidence": [span(40, 50)]})
    shifted = predicted(100, 120).model_copy(
        update={"evidence": span(100, 120).model_copy(update={"start": 101, "end": 121})}
    )
    bad_cue = grounded.model_copy(
        update={"hedge_cues": [span(2, 5).model_copy(update={"text": "may"})]}
    )
    score = score_article(result([grounded, shifted, bad_cue]), gold_file([]), TEXT)
    # Spans: 3 + 1 + 3 = 7; wrong: the shifted evidence and the invented cue.
    assert score.tally.grounding.model_dump() == {"right": 5, "total": 7}
    assert score.numbers.grounding == 5 / 7


def test_predictions_on_site_boilerplate_are_counted() -> None:
    gold = gold_file([gold_claim("g", 0, 20)], boilerplate=[(180, 200)])
    predictions = [predicted(0, 20), predicted(185, 195), predicted(170, 181), predicted(160, 180)]
    score = score_article(result(predictions), gold, TEXT)
    assert score.numbers.boilerplate_claims == 2
    assert [p.boilerplate for p in score.predictions] == [False, True, True, False]


def test_micro_sums_counts_and_macro_averages_the_articles() -> None:
    a = score_article(
        result([predicted(0, 20)], seconds=2.0), gold_file([gold_claim("g1", 0, 20)]), TEXT
    )
    b = score_article(
        result([predicted(150, 170, speaker="Nobody")], seconds=4.0),
        gold_file([gold_claim("g1", 0, 20), gold_claim("g2", 20, 40), gold_claim("g3", 40, 60)]),
        TEXT,
    )
    both = totals([a, b])
    # Micro: 1 found, 2 predicted, 4 gold. Macro: mean of F1 1 and 0.
    assert both.micro.strict_f1 == pytest.approx(2 * 1 / (2 + 4))
    assert both.macro.strict_f1 == 0.5
    assert (both.micro.strict_precision, both.micro.strict_recall) == (0.5, 0.25)
    # Speaker: defined on a only (b has no matched pair), so both micro and macro are 1.
    assert (both.micro.speaker, both.macro.speaker) == (1.0, 1.0)
    assert (both.micro.seconds, both.macro.seconds) == (6.0, 3.0)
    assert (both.micro.gold_claims, both.macro.gold_claims) == (4, 2)


def test_a_second_labelling_is_scored_as_a_system() -> None:
    first = gold_file(
        [
            gold_claim("g1", 0, 20, stated_on=MARCH_8),
            gold_claim("g2", 20, 40),
            gold_claim("g3", 40, 60, optional=True),
        ]
    )
    second = gold_file(
        [
            gold_claim("h1", 0, 20, stated_on=MARCH_8),
            gold_claim("h2", 20, 40, mode="direct"),  # the labellers disagree on the mode
            gold_claim("h3", 100, 120),  # a claim only the second labeller saw
        ]
    )
    as_result = gold_as_result(second)
    assert as_result.claims[0].speaker.name == "Alpha Person"
    assert as_result.claims[0].stated_on == DateRef(text="", value=MARCH_8)

    n = agreement(second, first, TEXT).numbers
    # Strict: 2 found, 3 predicted, 2 required gold. Full: only h1-g1.
    assert (n.strict_precision, n.strict_recall, n.strict_f1) == (2 / 3, 1, 0.8)
    assert (n.full_precision, n.full_recall, n.full_f1) == (1 / 3, 0.5, 0.4)
    assert (n.mode, n.stated_on) == (0.5, 1.0)
