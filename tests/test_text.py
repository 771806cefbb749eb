"""Sentence starts are syntok's, found from the same tokens for a fraction of its CPU."""

from __future__ import annotations

import random

from conftest import SEEDS
from syntok import segmenter
from syntok.tokenizer import Tokenizer

from claims.text import _sentence_starts, _tokens, paragraphs, sentences

_WORDS = ["the", "The", "said", "Mr", "Dr", "no", "No", "7", "2019", "May", "IV", "x", "A"]
_WORDS += ["U.S.", "e.g.", "iPhone", "McDonald", "don't", "Ökonom", "3.5", "K2-18b", "etc"]
_MARKS = [".", "!", "?", ";", "...", "…", ",", ":", "(", ")", "[", "]", "“", "”", '"', "'"]
_MARKS += ["’", "«", "»", "-", "—", "_", "\u200b", "\u00a0"]
_HARD = [
    # after an opening bracket the segmenter reads up to 50 tokens ahead
    *(f"He said ( {' '.join(['a'] * n)} ) . the end. It was {n}." for n in range(44, 56)),
    *(f"Yes. ( {' '.join(['The', 'x'] * n)} . Then more." for n in range(20, 30)),
    "It cost $3.5m... The rest (about 12,000 units) went to Apple's iPhone unit in the U.S.",
    "“We will not.” He left. ‘Fine’, she said. (Really?) No. 5 is next; Inc. too.",
    "Glawischnig-Piesczek vs. Facebook: the ruling (C-18/18) of 3 Oct. 2019 stands.",
    "((WN)) Could you explain? He (AP) Could not [sic] Say so",  # a bracket before a capital
]


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    rng = random.Random(5)
    for i in range(1000):
        words = 0.7 if i % 2 else 0.97  # the second: long runs of words between marks
        pieces = [rng.choice(_WORDS if rng.random() < words else _MARKS) for _ in range(60)]
        texts.append("".join(p + rng.choice([" ", " ", "", "\n"]) for p in pieces))
    return [*texts, *_HARD]


def test_tokens_and_sentence_starts_are_syntoks() -> None:
    tokenizer = Tokenizer(replace_not_contraction=False)  # as segmenter.analyze makes it
    for paragraph in (block.text for text in _texts() for block in paragraphs(text)):
        expected = [(t.spacing, t.value, t.offset) for t in tokenizer.tokenize(paragraph)]
        words = [chunk.span() for chunk in Tokenizer._spaces.finditer(paragraph)]
        assert _tokens(paragraph, words, list(range(len(words)))) == expected, paragraph
        starts = [s[0].offset for part in segmenter.analyze(paragraph) for s in part]
        assert _sentence_starts(paragraph) == starts, paragraph


def test_a_title_before_a_name_ends_no_sentence() -> None:
    text = "Gov. Greg Abbott said so. He met Sen. John Smith and Lt. Col. Jane Doe."
    assert [s.text for s in sentences(text)] == [
        "Gov. Greg Abbott said so.",
        "He met Sen. John Smith and Lt. Col. Jane Doe.",
    ]


def test_a_pronoun_after_initials_opens_a_sentence() -> None:
    text = "They came from Utah and Washington, D.C. They also said more. The U.S. Army won."
    assert [s.text for s in sentences(text)] == [
        "They came from Utah and Washington, D.C.",
        "They also said more.",
        "The U.S. Army won.",
    ]


def test_a_number_sign_ends_no_sentence() -> None:
    text = "With resolution No. 1430/2019, the state issued a bond. It was Vol. 3. Then more."
    assert [s.text for s in sentences(text)] == [
        "With resolution No. 1430/2019, the state issued a bond.",
        "It was Vol. 3.",
        "Then more.",
    ]


def test_sentences_cover_every_paragraph_with_true_offsets() -> None:
    text = (
        'He said: "It works. It is cheap." Mr. Li agreed.\n\n***\n\n'
        "U.S. officials left at 3 p.m. on Monday."
    )
    found = sentences(text)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert [s.text for s in found] == [
        'He said: "It works. It is cheap."',  # a quotation is not cut into sentences
        "Mr. Li agreed.",
        "***",
        "U.S. officials left at 3 p.m. on Monday.",
    ]
    covered = "".join(s.text for s in found)
    assert covered.replace(" ", "") == text.replace(" ", "").replace("\n", "")
