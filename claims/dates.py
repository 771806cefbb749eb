"""Resolving date expressions ("last week", "on 8 March", "1950-1953") against publication."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateparser.date import DateDataParser

from .models import DateRef

_RANGE = re.compile(r"^(?P<a>.+?)\s*(?:-|–|—|\bto\b|\buntil\b)\s*(?P<b>.+)$")
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|since|from|by|earlier on|as of|late|early)\s+)+", re.IGNORECASE
)
# expressions dateparser does not read: "earlier this month", "over the weekend"
_EARLIER_THIS = re.compile(r"^earlier this (week|month|year)$", re.IGNORECASE)
_WEEKEND = re.compile(r"^(?:(?:over|during)\s+)?(?:the|this|last)\s+weekend$", re.IGNORECASE)
_FAR_BASES = (dt.datetime(2001, 2, 3), dt.datetime(2013, 10, 27))


def resolve(text: str, published: dt.date | None) -> DateRef:
    """The expression with its inclusive interval, or a null value when it can't be resolved.

    Relative expressions need the publication date; without it they stay unresolved
    rather than being read against today.
    """
    surface = text.strip()
    phrase = _LEADING.sub("", surface)
    value = _relative(surface, published) or _interval(phrase, published)
    if value is None:
        match = _RANGE.match(phrase)
        if match:
            first = _interval(match["a"], published)
            last = _interval(match["b"], published)
            if first and last and first[0] <= last[1]:
                value = (first[0], last[1])
    return DateRef(text=surface, value=value)


def _relative(text: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if published is None:
        return None
    earlier = _EARLIER_THIS.match(text)
    if earlier:
        start = _period(published, earlier[1].lower())[0]
        return (start, published - dt.timedelta(days=1)) if start < published else None
    if _WEEKEND.match(text):  # the latest Saturday and Sunday up to the publication day
        sunday = published - dt.timedelta(days=(published.weekday() + 1) % 7)
        saturday = sunday - dt.timedelta(days=1)
        return (saturday, sunday) if published.weekday() != 5 else (published, published)
    return None


def _interval(phrase: str, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    if published is not None:
        return _parse(phrase, dt.datetime.combine(published, dt.time()))
    # With no publication date, accept only what reads the same from any day.
    readings = {_parse(phrase, base) for base in _FAR_BASES}
    return readings.pop() if len(readings) == 1 else None


def _parse(phrase: str, base: dt.datetime) -> tuple[dt.date, dt.date] | None:
    parser = DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    # dateparser reads a bare weekday as the one before the base day even when it is the
    # base day itself; news means the publication day ("said on Saturday", published Saturday).
    named_today = base.strftime("%A").lower() in phrase.lower()
    if data.period == "day" and (base.date() - day).days == 7 and named_today:
        day = base.date()
    return _period(day, data.period or "day")


def _period(day: dt.date, period: str) -> tuple[dt.date, dt.date]:
    if period == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if period == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if period == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day
