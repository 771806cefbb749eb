"""Duplicate claims fold into the first: overlapping evidence (unless one is a relative clause
within the other), or one speaker's same words."""

from claims.merging import merge
from claims.models import Claim, Span, Speaker


def _claim(statement: str, start: int, speaker: str | None = "Paper", words: str = "") -> Claim:
    words = words or "x" * 10
    return Claim(
        statement=statement,
        evidence=Span(text=words, start=start, end=start + len(words)),
        speaker=Speaker(name=speaker),
        cue=None,
        mode="author",
        hedged=False,
        certainty="certain",
    )


def _said(words: str, start: int, speaker: str = "Paper") -> Claim:
    return _claim(words, start, speaker, words)


def test_the_same_words_from_the_same_speaker_are_one_claim() -> None:
    first = _said("The bridge will reopen in May", 0)
    again = _said("the bridge will reopen in May", 100)  # the headline's words again
    other = _said("The bridge will reopen in May", 200, speaker="Mayor")
    longer = _said("The bridge will reopen in May, the mayor's office said on Friday", 300)
    merged = merge([other, again, first, longer])
    assert [(c.evidence.start, c.speaker.name) for c in merged] == [
        (0, "Paper"),
        (200, "Mayor"),
        (300, "Paper"),
    ]
    assert [s.start for s in merged[0].also_evidence] == [100]


def test_two_short_quotations_by_one_speaker_are_two_claims() -> None:
    # their statements share most of 'Thomas Rivinius said: “It's ...”', not their words
    mass = _claim("Thomas Rivinius said: “It's mass.”", 0, "Thomas Rivinius", "It's mass")
    days = _claim("Thomas Rivinius said: “It's 40 days.”", 50, "Thomas Rivinius", "It's 40 days")
    assert len(merge([mass, days])) == 2


def test_overlapping_evidence_is_one_claim_whoever_speaks() -> None:
    merged = merge([_claim("A", 0), _claim("B", 5, speaker="Mayor")])
    assert len(merged) == 1
    assert merged[0].also_evidence == []  # its span overlaps the first: nothing new to keep


def test_a_claim_stated_inside_anothers_evidence_is_kept() -> None:
    whole = _claim("Efforts to contain SARS mainly involved hospitals.", 0)
    whole.evidence = Span(text="x" * 40, start=0, end=40)
    aside = _claim("The SARS outbreak took place in 2003.", 12)  # its span lies within
    aside.evidence = Span(text="which took", start=12, end=22)
    same = _claim("Efforts to contain SARS involved hospitals.", 0)  # the same span again
    part = _claim("SARS mainly involved hospitals.", 25)  # words of the whole, said again
    merged = merge([whole, aside, same, part])
    assert [(c.evidence.start, c.evidence.end) for c in merged] == [(0, 40), (12, 22)]


def test_a_clause_between_dashes_inside_anothers_evidence_is_kept() -> None:
    words = "new governments — Johnson became prime minister — suspend parliament"
    whole = _claim("New governments suspend parliament.", 0)
    whole.evidence = Span(text=words, start=0, end=len(words))
    start = words.index("Johnson")
    aside = _claim("Johnson became prime minister.", start)
    aside.evidence = Span(text="Johnson became prime minister", start=start, end=start + 29)
    part = _claim("Governments suspend parliament.", 4)  # no dash before it: the same words
    part.evidence = Span(text="governments", start=4, end=15)
    merged = merge([whole, aside, part])
    assert [c.evidence.start for c in merged] == [0, start]


def test_the_same_words_in_quotation_marks_are_the_same_claim() -> None:
    merged = merge([_said("Biden won.", 0), _said("“Biden won”", 100)])
    assert [c.evidence.start for c in merged] == [0]
