"""Relative dates against the publication date; nothing guessed without one."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.dates import resolve

D = dt.date
SATURDAY = D(2024, 3, 9)


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Last week", D(2024, 2, 26), D(2024, 3, 3)),
        ("on 8 March", D(2024, 3, 8), D(2024, 3, 8)),
        ("Earlier on 8 March", D(2024, 3, 8), D(2024, 3, 8)),
        ("yesterday", D(2024, 3, 8), D(2024, 3, 8)),
        ("on Tuesday", D(2024, 3, 5), D(2024, 3, 5)),
        ("on Saturday", SATURDAY, SATURDAY),
        ("last month", D(2024, 2, 1), D(2024, 2, 29)),
        ("in 1999", D(1999, 1, 1), D(1999, 12, 31)),
        ("1950-1953", D(1950, 1, 1), D(1953, 12, 31)),
        ("February 26", D(2024, 2, 26), D(2024, 2, 26)),
        ("late Tuesday", D(2024, 3, 5), D(2024, 3, 5)),
        ("early on Monday", D(2024, 3, 4), D(2024, 3, 4)),
        ("earlier this month", D(2024, 3, 1), D(2024, 3, 8)),
        ("earlier this week", D(2024, 3, 4), D(2024, 3, 8)),
        ("during the weekend", SATURDAY, SATURDAY),  # published on its Saturday
    ],
)
def test_resolved_against_publication(text: str, first: dt.date, last: dt.date) -> None:
    found = resolve(text, SATURDAY)
    assert found.text == text
    assert found.value == (first, last)


@pytest.mark.parametrize("text", ["Last week", "on 8 March", "yesterday", "on Tuesday"])
def test_relative_dates_stay_unresolved_without_publication(text: str) -> None:
    assert resolve(text, None).value is None


def test_the_weekend_is_the_latest_one_up_to_publication() -> None:
    assert resolve("over the weekend", D(2024, 3, 13)).value == (D(2024, 3, 9), D(2024, 3, 10))
    assert resolve("during the weekend", D(2024, 3, 10)).value == (D(2024, 3, 9), D(2024, 3, 10))


def test_absolute_dates_need_no_publication() -> None:
    assert resolve("8 March 2024", None).value == (D(2024, 3, 8), D(2024, 3, 8))
    assert resolve("1950-1953", None).value == (D(1950, 1, 1), D(1953, 12, 31))


def test_nonsense_keeps_its_text_and_no_value() -> None:
    found = resolve("at some point", SATURDAY)
    assert (found.text, found.value) == ("at some point", None)
