"""Interview turns and the original words of translated quotations, on hand-made cases."""

from __future__ import annotations

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
        assert (claim.speaker.name, claim.mode) == ("JS", "direct")
    assert cited(text, "It was banned in 2019", None).mode == "author"


def test_the_original_words_of_a_translated_quotation_are_a_gloss() -> None:
    text = 'She said: "I won." ((ru))Russian: \u200dЯ победила. Мама рада.\n\nНовый абзац.'
    glossed = [interviews.in_gloss(text, s) for s in sentences(text)]
    # the marker and the words after it, not the quotation, nor a paragraph of its own
    assert glossed == [False, False, True, True, False]
