"""Locating quoted words: true offsets or nothing; planted spans come back exactly."""

from __future__ import annotations

import random

from claims.grounding import locate

TEXT = "He said: “The presence of NATO  forces is not unthinkable,” Sikorski said — twice."


def test_quote_and_whitespace_styles_are_tolerated_offsets_are_true() -> None:
    span = locate('"The presence of NATO forces is not unthinkable."', TEXT)
    assert span is not None
    assert (
        TEXT[span.start : span.end]
        == span.text
        == "The presence of NATO  forces is not unthinkable"
    )


def test_dash_style_is_tolerated() -> None:
    span = locate("Sikorski said - twice", TEXT)
    assert span is not None and span.text == "Sikorski said — twice"


def test_other_differences_are_not_tolerated() -> None:
    assert locate("the presence of nato forces", TEXT) is None
    assert locate("NATO forces are unthinkable", TEXT) is None
    assert locate("   ", TEXT) is None


def test_search_stays_inside_the_window() -> None:
    assert locate("said", TEXT, 10, 60) is None
    span = locate("said", TEXT, 60)
    assert span is not None and span.start == TEXT.index("said", 60)


def test_planted_spans_are_found_at_their_offsets() -> None:
    rng = random.Random(7)
    words = ["alpha", "beta", "gamma", "delta", "“quoted”", "—", "naïve", "Zürich", "’s"]
    for _ in range(200):
        text = " ".join(rng.choice(words) for _ in range(40))
        planted = "UNIQUE " + " ".join(rng.choice(words) for _ in range(5)) + " MARK"
        at = rng.randrange(len(text))
        at = text.rfind(" ", 0, at) + 1
        text = text[:at] + planted + " " + text[at:]
        span = locate(planted.replace("“", '"').replace("”", '"'), text)
        assert span is not None
        assert (span.start, span.end) == (at, at + len(planted))
