"""Quotations and the mode they give a claim, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited, span_of

from claims import quotations


@pytest.mark.parametrize(
    ("text", "words", "attributed", "expected"),
    [
        ("“The bridge is safe,” the mayor said.", "The bridge is safe", True, "direct"),
        (
            '"We lost. We will be back next year," he said.',
            "We will be back next year",
            True,
            "direct",
        ),
        (
            "She said the plan was “a disaster for everyone”.",
            "the plan was “a disaster for everyone”",
            True,
            "mixed",
        ),
        (
            "Police said the fire started in the kitchen.",
            "the fire started in the kitchen",
            True,
            "indirect",
        ),
        ("The fire started in the kitchen.", "The fire started in the kitchen", False, "author"),
        (  # quoted words that name something quote nobody
            'Mehraban said their robot, "Better Idea of Afghan Girls," scored one point.',
            'their robot, "Better Idea of Afghan Girls," scored one point',
            True,
            "indirect",
        ),
        (
            'Officials said the team listed their country as "Hope" on their shirts.',
            'the team listed their country as "Hope" on their shirts',
            True,
            "indirect",
        ),
        (  # one plain word quotes its speaker
            'Sturgeon said face coverings could be "inevitable" soon.',
            'face coverings could be "inevitable" soon',
            True,
            "mixed",
        ),
        (  # a quotation that finishes the reporter's clause is a quoted fragment
            'Fernández said the law has "condemned many women to secrecy".',
            "condemned many women to secrecy",
            True,
            "mixed",
        ),
        (  # ... but not one after to whom or where it was said
            'The investigator told the court "Basic checks were not done."',
            "Basic checks were not done.",
            True,
            "direct",
        ),
        (
            'One poster admitted it, writing in a blog post "I have loaded it up."',
            "I have loaded it up.",
            True,
            "direct",
        ),
        (
            "“Quoted.” Later, police said the road was closed.",
            "the road was closed",
            True,
            "indirect",
        ),
        (  # single quotation marks quote too; an apostrophe does not
            "He said he had ordered 'heightened alert' from the troops.",
            "he had ordered 'heightened alert' from the troops",
            True,
            "mixed",
        ),
        (
            "He said the officers' cars weren't at the Smiths' house.",
            "the officers' cars weren't at the Smiths' house",
            True,
            "indirect",
        ),
    ],
)
def test_mode_from_quotation_marks(text: str, words: str, attributed: bool, expected: str) -> None:
    assert quotations.mode(text, span_of(text, words), attributed) == expected


def test_the_second_of_two_quotations_goes_on_with_the_reporters_clause() -> None:
    text = (
        'Ford said in a filing the matter "focuses on issues relating to road load estimations, '
        "including analytical modeling and coastdown testing, which the company has reviewed "
        'with its outside experts since February" and "does not involve defeat devices".'
    )
    claim = cited(text, "does not involve defeat devices", None)
    assert (claim.speaker.name, claim.mode) == ("Ford", "mixed")


def test_a_frame_told_to_a_named_outlet_closes_a_quotation() -> None:
    text = (
        '"The theme is an effort to empower women. I hope more women take up such jobs", '
        "Garg told Star of Mysore."
    )
    claim = cited(text, "I hope more women take up such jobs", None)
    assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
        "Garg",
        "direct",
        "I hope more women take up such jobs",
    )


def test_a_quotation_running_on_keeps_its_unnamed_speaker_and_that_is_frame() -> None:
    text = 'CCTV showed it. "I don\'t know," she said. "Maybe next year."'
    said = cited(text, '"I don\'t know," she said.', None)
    after = cited(text, '"Maybe next year."', None, said)
    assert [(c.speaker.name, c.mode) for c in (said, after)] == [(None, "direct")] * 2
    text = "The mayor said he was saddened and that the city would hold a vigil."
    assert cited(text, "that the city would hold a vigil.", None).evidence.text == (
        "the city would hold a vigil"
    )
    text = "The law says he resigned and that office stands vacant."
    assert cited(text, "that office stands vacant.", None).evidence.text == (
        "that office stands vacant"
    )


def test_a_frame_that_interrupts_a_quotation_leaves_two_quoted_claims_by_its_source() -> None:
    text = '"The economy is strong," said Smith, a banker, "and it will grow next year."'
    for words, evidence in (
        ("The economy is strong", "The economy is strong"),
        ("and it will grow next year", "it will grow next year"),
    ):
        claim = cited(text, words, None)
        assert (claim.speaker.name, claim.mode, claim.evidence.text) == (
            "Smith",
            "direct",
            evidence,
        )


def test_a_mark_that_never_closes_in_its_paragraph_opens_no_quotation() -> None:
    stray = 'Stardust sampled comet Wild (also known as "Wild 2) and landed in 2006.'
    text = stray + "\n\nIt was a success."
    assert not quotations.inside_quotation(text, text.index("landed"))
    assert not quotations.inside_quotation(stray + "\n\n", stray.index("landed"))
    # (but a quotation running on over paragraphs reopens the next one)
    text = 'He said: "We landed in 2006.\n\n"It was a success."'
    assert quotations.inside_quotation(text, text.index("landed"))
