"""Resolving Vietnamese day, month and relative date expressions to ISO values against a publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

# A date more than this far after publication was almost surely last year's ("Ngày 20/12" in a January
# report); one this far before it was next year's ("ngày 5/1" in a late-December report).
_AHEAD_LIMIT = timedelta(days=120)
_BEHIND_LIMIT = timedelta(days=240)


def clock(text: str | None) -> str | None:
    """Return ``HH:MM`` for a clock time such as ``8h30`` or ``8 giờ 30``, or None if impossible."""
    if not text:
        return None
    digits = re.findall(r"\d+", text)
    hour, minute = int(digits[0]), int(digits[1]) if len(digits) > 1 else 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _near_year(month: int, day: int, published: date) -> int | None:
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year - 1 if month == 2 and day == 29 else None
    if candidate - published > _AHEAD_LIMIT:
        return year - 1
    if published - candidate > _BEHIND_LIMIT:
        return year + 1
    return year


def day_value(day: int, month: int, year: int | None, published: date | None) -> tuple[str, bool] | None:
    """Return (ISO day, inferred) for a day and month, taking a missing year from ``published``."""
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    inferred = False
    if year is None and published is not None:
        year, inferred = _near_year(month, day, published), True
    if year is None:
        return (f"--{month:02d}-{day:02d}", False) if published is None else None
    try:
        return date(year, month, day).isoformat(), inferred
    except ValueError:
        return None


def month_value(month: int, year: int | None, published: date | None) -> tuple[str, bool] | None:
    """Return (ISO month, inferred) for a month, taking a missing year from ``published``."""
    if not 1 <= month <= 12:
        return None
    if year is not None:
        return f"{year:04d}-{month:02d}", False
    if published is None:
        return f"--{month:02d}", False
    return f"{_near_year(month, 1, published) or published.year:04d}-{month:02d}", True


def relative_value(phrase: str, published: date | None) -> tuple[str | None, str]:
    """Return (ISO value or None, granularity) of a relative phrase (``hôm qua``, ``tuần trước``)."""
    word = " ".join(phrase.lower().split()).removeprefix("ngày ")
    if word in ("nay", "qua"):
        word = "hôm " + word
    offsets = {"hôm nay": 0, "hôm qua": -1, "hôm kia": -2, "mai": 1}
    if word in offsets:
        return (published + timedelta(days=offsets[word])).isoformat() if published else None, "day"
    unit, _, when = word.partition(" ")
    step = {"trước": -1, "ngoái": -1, "qua": -1, "này": 0, "nay": 0, "tới": 1, "sau": 1}[when]
    if published is None:
        return None, {"tuần": "week", "tháng": "month", "năm": "year"}[unit]
    if unit == "tuần":
        year, week, _ = (published + timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    if unit == "tháng":
        index = published.year * 12 + published.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", "month"
    return f"{published.year + step:04d}", "year"
