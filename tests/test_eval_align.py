"""One-to-one matching of predicted to gold claims, with counts worked out by hand."""

from __future__ import annotations

from test_eval_support import TEXT, gold_claim, gold_file, predicted, result, span

from evals.align import align, jaccard, match_spans, overlap
from evals.scoring import score_article


def test_overlap_and_jaccard_count_characters() -> None:
    # [0,20) and [10,40) share 10 characters out of 40.
    assert overlap(span(0, 20), span(10, 40)) == 10
    assert jaccard(span(0, 20), span(10, 40)) == 0.25
    assert overlap(span(0, 10), span(10, 20)) == 0  # end is exclusive


def test_partial_overlap_is_a_lenient_match_but_not_a_strict_one() -> None:
    gold = [gold_claim("g", 0, 20)]
    prediction = [predicted(10, 40)]  # Jaccard 10 / 40 = 0.25 < 0.5

    lenient = align(prediction, gold, strict=False)
    assert [(m.prediction_index, m.gold.id, m.overlap, m.jaccard) for m in lenient] == [
        (0, "g", 10, 0.25)
    ]
    assert align(prediction, gold, strict=True) == []

    numbers = score_article(result(prediction), gold_file(gold), TEXT).numbers
    assert (numbers.lenient_precision, numbers.lenient_recall, numbers.lenient_f1) == (1, 1, 1)
    assert (numbers.strict_precision, numbers.strict_recall, numbers.strict_f1) == (0, 0, 0)
    assert numbers.full_f1 == 0


def test_two_predictions_compete_for_one_gold_claim_the_larger_overlap_wins() -> None:
    gold = [gold_claim("g", 0, 20)]
    # [0,10) overlaps 10 (Jaccard 0.5), [5,20) overlaps 15 (Jaccard 0.75): both pass strict.
    predictions = [predicted(0, 10), predicted(5, 20)]

    for strict in (False, True):
        matches = align(predictions, gold, strict=strict)
        assert [(m.prediction_index, m.gold.id, m.overlap) for m in matches] == [(1, "g", 15)]

    numbers = score_article(result(predictions), gold_file(gold), TEXT).numbers
    # 1 found of 2 predicted and 1 gold: P 1/2, R 1, F1 2*1/(2+1).
    assert numbers.strict_precision == 0.5
    assert numbers.strict_recall == 1
    assert numbers.strict_f1 == 2 / 3


def test_an_optional_claim_never_takes_the_prediction_a_required_one_needs() -> None:
    required = gold_claim("required", 0, 20)
    optional = gold_claim("optional", 10, 30, optional=True)
    # The prediction overlaps the optional claim more (20 chars) than the required one (10).
    prediction = [predicted(10, 30)]

    lenient = align(prediction, [optional, required], strict=False)
    assert [m.gold.id for m in lenient] == ["required"]
    # Strict: Jaccard with the required claim is 10/30, so only the optional one qualifies.
    strict = align(prediction, [optional, required], strict=True)
    assert [(m.gold.id, m.jaccard) for m in strict] == [("optional", 1.0)]

    numbers = score_article(result(prediction), gold_file([optional, required]), TEXT).numbers
    assert numbers.lenient_f1 == 1
    # Strict: the prediction is set aside (matched to optional), the required claim is missed.
    assert (numbers.strict_precision, numbers.strict_recall, numbers.strict_f1) == (None, 0, 0)


def test_optional_claims_give_neither_credit_nor_penalty() -> None:
    required = gold_claim("required", 40, 60)
    optional = gold_claim("optional", 0, 20, optional=True)
    gold = gold_file([required, optional])

    found_both = score_article(result([predicted(0, 20), predicted(40, 60)]), gold, TEXT)
    found_required = score_article(result([predicted(40, 60)]), gold, TEXT)
    for score in (found_both, found_required):
        assert score.tally.strict.model_dump() == {"found": 1, "predicted": 1, "gold": 1}
        assert score.numbers.strict_f1 == 1
        assert score.numbers.full_f1 == 1
    assert [p.verdict for p in found_both.predictions] == ["optional", "correct"]
    assert [g.verdict for g in found_required.gold] == ["correct", "optional"]

    only_optional = score_article(result([predicted(0, 20)]), gold_file([optional]), TEXT)
    assert only_optional.tally.strict.model_dump() == {"found": 0, "predicted": 0, "gold": 0}
    assert only_optional.numbers.strict_f1 is None


def test_also_evidence_counts_and_the_best_span_is_used() -> None:
    gold = [gold_claim("g", 100, 140, also=[(0, 20)])]

    # Exactly the headline span: overlap 20, Jaccard 1 against it (0 against the body span).
    exact = align([predicted(0, 20)], gold, strict=True)
    assert [(m.overlap, m.jaccard) for m in exact] == [(20, 1.0)]
    # [0,30) against [0,20): overlap 20, Jaccard 20/30.
    wider = align([predicted(0, 30)], gold, strict=True)
    assert [(m.overlap, m.jaccard) for m in wider] == [(20, 2 / 3)]
    # [10,110) shares 10 chars with each span; Jaccard at best 10/110: a lenient match only.
    assert [m.overlap for m in align([predicted(10, 110)], gold, strict=False)] == [10]
    assert align([predicted(10, 110)], gold, strict=True) == []


def test_matching_is_one_to_one_across_several_claims() -> None:
    gold = [gold_claim("a", 0, 20), gold_claim("b", 20, 40)]
    # p0 straddles both (10 + 10); p1 sits on b (15). b goes to p1, a to p0.
    predictions = [predicted(10, 30), predicted(25, 40)]
    matches = align(predictions, gold, strict=False)
    assert sorted((m.prediction_index, m.gold.id, m.overlap) for m in matches) == [
        (0, "a", 10),
        (1, "b", 15),
    ]


def test_hedge_cue_spans_are_matched_one_to_one() -> None:
    # Two predicted cues both overlap the one gold cue: only one pair counts.
    assert match_spans([span(0, 5), span(5, 10)], [span(0, 10)]) == 1
    assert match_spans([span(0, 5)], [span(5, 10)]) == 0
    assert match_spans([], [span(0, 10)]) == 0
