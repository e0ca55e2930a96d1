"""Publication lines (datelines) as Vietnamese sites print them -> datetime, printed weekday, warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from dvcli.model import Dateline, Span
from dvcli.parse.lines import TextLine

# A dateline is a short line; a longer line that merely contains a date is body text.
MAX_DATELINE_CHARS = 90

_WEEKDAY = re.compile(
    r"(?<!\w)(?:thứ\s*(?P<name>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(?P<sun>chủ\s*nhật|cn))(?!\w)",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {
    "hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3,
    "sáu": 4, "6": 4, "bảy": 5, "bẩy": 5, "7": 5,
}  # fmt: skip
_WEEKDAY_NAME = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
_ENGLISH_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_DATE_FORMS = (
    # 30/11/2016, 30-11-2016, 30.11.2016 (one separator throughout), two-digit years too
    re.compile(r"(?<![\w/.\-])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/\-])"),
    # 2016-11-30
    re.compile(r"(?<![\w/.\-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\w/\-])"),
    # ngày 30 tháng 11 năm 2016
    re.compile(
        r"(?<!\w)(?:ngày\s+)?(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s*(?:năm|,)?\s+(?P<y>\d{4})(?!\w)", re.IGNORECASE
    ),
)
_TIME = re.compile(
    r"(?<![\w:])(?P<h>\d{1,2})\s*(?::|h|g|giờ)\s*(?P<min>\d{2})(?:\s*:\s*(?P<s>\d{2}))?(?:\s*(?P<ampm>[AaPp][Mm]|SA|CH))?(?![\w:])",
    re.IGNORECASE,
)
# GMT+7 is seven hours ahead of UTC (the POSIX TZ reading, -07:00, is not what Vietnamese sites mean).
_OFFSET = re.compile(
    r"(?<!\w)(?:(?P<ict>ICT)|(?:GMT|UTC)\s*(?:(?P<sign>[+\-−])\s*(?P<h>\d{1,2})(?:\s*:?\s*(?P<m>\d{2}))?)?"
    r"|(?P<isign>[+\-])(?P<ih>\d{2}):?(?P<im>\d{2}))(?!\w)",
    re.IGNORECASE,
)
# Words a publication line may carry besides the date itself ("Cập nhật:", "Đăng lúc", "Ngày đăng").
_LABEL = re.compile(
    r"(?<!\w)(?:ngày|cập\s*nhật|đăng|lúc|giờ|thời\s*gian|xuất\s*bản|sửa|lần\s*cuối|"
    r"updated?|published|posted|last|on|at)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ParsedDateline:
    """What a publication line says: ``published`` (aware if it printed an offset or a zone was given)."""

    published: datetime
    weekday: str | None
    warnings: tuple[str, ...] = ()


def parse_dateline(line: str, tz: tzinfo | None = None) -> ParsedDateline | None:
    """Parse ``line`` as a publication line, or return ``None`` if it is not one.

    The line must hold a date and nothing else but an optional weekday, time, UTC offset, label words
    (``Cập nhật``, ``Đăng lúc`` …) and punctuation. ``tz`` is attached when the line prints no offset.
    A printed weekday that disagrees with the date gives a warning. Never raises.
    """
    text = line.strip()
    if not text or len(text) > MAX_DATELINE_CHARS:
        return None
    rest = text
    date_match = None
    for form in _DATE_FORMS:
        date_match = form.search(rest)
        if date_match:
            break
    if date_match is None:
        return None
    rest = _blank(rest, date_match)
    time_match = _TIME.search(rest)
    if time_match:
        rest = _blank(rest, time_match)
    offset_match = _OFFSET.search(rest)
    if offset_match:
        rest = _blank(rest, offset_match)
    weekday_match = _WEEKDAY.search(rest)
    if weekday_match:
        rest = _blank(rest, weekday_match)
    if re.search(r"\w", _LABEL.sub(" ", rest)):
        return None
    published = _build(date_match, time_match)
    if published is None:
        return None
    zone = _zone(offset_match) if offset_match else tz
    if zone is not None:
        published = published.replace(tzinfo=zone)
    weekday = None
    warnings: tuple[str, ...] = ()
    if weekday_match:
        weekday = " ".join(weekday_match.group(0).split())
        printed = _weekday_number(weekday_match)
        actual = published.weekday()
        if printed != actual:
            warnings = (
                f"dateline weekday {weekday!r} disagrees with the date {published:%d/%m/%Y}, "
                f"which was a {_ENGLISH_DAY[actual]} ({_WEEKDAY_NAME[actual]})",
            )
    return ParsedDateline(published=published, weekday=weekday, warnings=warnings)


def _blank(text: str, match: re.Match[str]) -> str:
    # Keep offsets stable while removing what was understood, so later patterns do not re-read it.
    return text[: match.start()] + " " * (match.end() - match.start()) + text[match.end() :]


def _build(date_match: re.Match[str], time_match: re.Match[str] | None) -> datetime | None:
    year = int(date_match.group("y"))
    if year < 100:
        year += 2000
    hour = minute = second = 0
    if time_match:
        hour, minute = int(time_match.group("h")), int(time_match.group("min"))
        second = int(time_match.group("s") or 0)
        ampm = (time_match.group("ampm") or "").upper()
        if ampm in ("PM", "CH") and hour < 12:
            hour += 12
        elif ampm in ("AM", "SA") and hour == 12:
            hour = 0
    try:
        return datetime(year, int(date_match.group("m")), int(date_match.group("d")), hour, minute, second)
    except ValueError:
        return None


def _zone(match: re.Match[str]) -> tzinfo | None:
    if match.group("ict"):  # Indochina Time
        return timezone(timedelta(hours=7))
    if match.group("isign"):
        sign, hours, minutes = match.group("isign"), match.group("ih"), match.group("im")
    else:
        sign, hours, minutes = match.group("sign") or "+", match.group("h") or "0", match.group("m") or "0"
    delta = timedelta(hours=int(hours), minutes=int(minutes))
    if delta >= timedelta(hours=15):
        return None
    return timezone(-delta if sign in "-−" else delta)


def _weekday_number(match: re.Match[str]) -> int:
    if match.group("sun"):
        return 6
    return _WEEKDAY_NUMBER[match.group("name").lower()]


def take_dateline(
    text: str, content: list[TextLine], begin: int, end: int, tz: tzinfo | None
) -> tuple[Dateline | None, tuple[str, ...], list[TextLine]]:
    """Find the publication line among ``content[begin:end]``; return it, its warnings and the other lines."""
    for position in range(begin, min(end, len(content))):
        line = content[position]
        parsed = parse_dateline(line.of(text), tz)
        if parsed is not None:
            dateline = Dateline(Span(line.of(text), line.start, line.end), parsed.published, parsed.weekday)
            return dateline, parsed.warnings, content[:position] + content[position + 1 :]
    return None, (), content
