"""Interview turns and the original words of translated quotations, on hand-made cases."""

from __future__ import annotations

import pytest
from conftest import cited

from claims import interviews
from claims.text import sentences


def test_an_interview_answer_is_the_interviewees_own_words_to_the_next_turn() -> None:
    text = (
        "Wikinews spoke to Smith.\n\n((Paper)) Is the notice warranted?\n\n"
        "((JS)) I think it is not. The police said the tool was legal.\n\n"
        "YouTube uses JavaScript.\n\n((WN)) Why?\n\n((WN)) It was banned in 2019."
    )
    # the publisher's turns and those that mostly ask are the interviewer's
    for words in ("I think it is not", "the tool was legal", "YouTube uses JavaScript"):
        claim = cited(text, words, None)
        assert (claim.speaker.name, claim.mode, claim.cue) == ("JS", "direct", "((JS))")
    assert cited(text, "It was banned in 2019", None).mode == "author"


def test_an_answer_after_a_label_naming_someone_is_their_turn() -> None:
    text = (
        "Paper spoke to biologist Natasha Gownaris and Professor Michael Siegel.\n\n"
        "((Paper)) What prompted it?\n\nNatasha Gownaris: I love birds. Penguins eat fish.\n\n"
        "((Paper)) How did it start?\n\nNG: The study started in 1982.\n\n"
        "((Paper)) Who led it?\n\nNG: Dee Boersma led it.\n\n"
        "((Paper)) And the data?\n\nMS Although it is old, we repeated the analysis.\n\n"
        "Penguins nest in Argentina.\n\n((Paper)) And then?\n\nMS We published it."
    )
    for words, who, label in (
        ("I love birds", "Natasha Gownaris", "Natasha Gownaris"),
        ("Penguins eat fish", "Natasha Gownaris", "Natasha Gownaris"),
        ("The study started in 1982", "Natasha Gownaris", "NG"),  # her initials
        ("we repeated the analysis", "Michael Siegel", "MS"),  # initials with no colon
        ("Penguins nest in Argentina", "Michael Siegel", "MS"),  # the turn goes on
    ):
        claim = cited(text, words, None)
        assert (claim.speaker.name, claim.mode, claim.cue) == (who, "direct", label)
    # the label is no part of the words
    claim = cited(text, "NG: The study started in 1982", None)
    assert claim.evidence.text == "The study started in 1982"


def test_initials_before_a_title_and_a_name_are_no_label() -> None:
    text = (
        "Paper spoke to Mark Stone about the United States.\n\n((Paper)) What did they say?"
        "\n\nUS President Donald Trump said the tariffs were legal.\n\n((Paper)) And later?"
        "\n\nUS President Donald Trump said the tariffs would stay."
    )
    for words in ("the tariffs were legal", "the tariffs would stay"):
        claim = cited(text, words, None)
        assert (claim.speaker.name, claim.mode, claim.cue) == ("Donald Trump", "indirect", "said")


def test_a_label_is_a_turn_only_after_a_question_and_only_for_someone_of_the_text() -> None:
    text = (
        "Paper spoke to Natasha Gownaris in the United States.\n\n((Paper)) What prompted it?"
        "\n\nUS officials said the ban was legal.\n\n"
        "((Paper)) And then?\n\nJohn Smith: The study started in 1982.\n\n"
        "Natasha Gownaris: Penguins eat fish."
    )
    # "US" opens one answer only, John Smith is named nowhere else, and the last label
    # follows no question: the interviewer's turn goes on
    for words, speaker in (
        ("the ban was legal", "US officials"),
        ("The study started in 1982", "Paper"),
        ("Penguins eat fish", "Paper"),
    ):
        assert cited(text, words, None).speaker.name == speaker
    assert [(t.who, t.words - t.start) for t in interviews.turns(text, "Paper")] == [
        (None, 0),
        (None, 0),
    ]


def test_the_original_words_of_a_translated_quotation_are_a_gloss() -> None:
    text = 'She said: "I won." ((ru))Russian: \u200dЯ победила. Мама рада.\n\nНовый абзац.'
    glossed = [interviews.in_gloss(text, s) for s in sentences(text)]
    # the marker and the words after it, not the quotation, nor a paragraph of its own
    assert glossed == [False, False, True, True, False]


@pytest.mark.parametrize(
    ("words", "asks"),
    [
        ("What do you think?", True),
        ("((Wikinews)) Tell us about Rocky Linux.", True),
        ("See the pictures.", True),
        ("Let's light this candle.", True),
        # (a discourse marker and a supposition state something)
        ("See, the idea is: each according to their choice.", False),
        ("Imagine that the world remains silent.", False),
        ("Seeing is believing.", False),
        ("Watch sales rose 5% last year.", False),
        ("Tell-tale signs of arson were found.", False),
        ("Let's be clear: the vote was rigged.", False),
    ],
)
def test_a_question_or_a_request_asks_something(words: str, asks: bool) -> None:
    assert interviews.asks(words) is asks


def test_who_asks_is_who_says_least_when_the_answers_end_in_questions_too() -> None:
    text = (
        "Paper spoke to Noam Chomsky.\n\n((Michael Dranove)) Any thoughts on NATO?\n\n"
        "((Noam Chomsky)) NATO was a defensive alliance. It had no enemy after 1991. So why "
        "should it exist?\n\n((Michael Dranove)) We have seen strikes. Is the Left back?\n\n"
        "((Noam Chomsky)) It is hard to tell. There are signs of it in the United States."
    )
    assert [t.who for t in interviews.turns(text, "Paper")] == [
        None,
        "Noam Chomsky",
        None,
        "Noam Chomsky",
    ]
    assert cited(text, "It had no enemy after 1991", None).speaker.name == "Noam Chomsky"
