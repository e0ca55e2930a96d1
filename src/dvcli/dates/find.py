"""Vietnamese date and time expressions -> datetimes; never raises."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime

from dvcli.dates import rules as _rules
from dvcli.dates.rules import fraction as _fraction
from dvcli.dates.values import clock as _clock
from dvcli.dates.values import day_value as _day_value
from dvcli.dates.values import month_value as _month_value
from dvcli.dates.values import relative_value as _relative_value

_POD = _rules.POD
_TIME = (
    r"(?:\d{1,2}h(?:\d{1,2}(?:'|’|p|ph)?)?(?![^\W\d_])"
    r"|\d{1,2} ?giờ(?: ?\d{1,2}(?: ?phút|')?)?"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d)"
)
_LEFT = _rules.LEFT
_RIGHT = _rules.RIGHT

_DAY = re.compile(
    rf"{_LEFT}(?:(?P<time>{_TIME})\s*,?\s*)?(?:(?P<pod>{_POD})\s+)?(?:(?P<ngay>ngày)\s+)?"
    r"(?:(?P<d>\d{1,2}) ?(?P<sep>[/.-]) ?(?P<m>\d{1,2})(?: ?(?P=sep) ?(?P<y>\d{4}))?"
    r"|(?P<d2>\d{1,2}) tháng (?P<m2>\d{1,2})(?: năm (?P<y2>\d{4}))?)"
    rf"(?: năm (?P<y3>\d{{4}}))?{_RIGHT}",
    re.IGNORECASE,
)
_DAY_ONLY = re.compile(rf"(?:(?P<pod>{_POD})\s+)?ngày (?P<d>\d{{1,2}}){_RIGHT}(?! tháng)", re.IGNORECASE)
_MONTH = re.compile(
    rf"(?:(?P<pod>{_POD})\s+)?tháng (?P<m>\d{{1,2}})(?:[-–](?P<m2>\d{{1,2}})(?!\d))?"
    rf"(?: ?(?:/|-|năm) ?(?P<y>\d{{4}})|\.(?P<y_dot>\d{{4}})| năm (?P<rel_year>nay|ngoái|trước|tới|sau)(?!\w))?"
    rf"{_RIGHT}(?: (?P<rel>tới|này|vừa qua)(?!\w))?",
    re.IGNORECASE,
)
_YEAR_OFFSETS = {"nay": 0, "ngoái": -1, "trước": -1, "tới": 1, "sau": 1}
_QUARTER = re.compile(r"quý (?P<q>IV|III|II|I|[1-4])(?: ?(?:/|-|năm) ?(?P<y>(?:19|20)\d\d))?(?![\w/])", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"{_LEFT}(?P<m>\d{{1,2}})/(?P<y>(?:19|20)\d\d){_RIGHT}")
_YEAR = re.compile(r"năm (?P<y>[12]\d{3})(?![\w/%]|[.,:]\d)", re.IGNORECASE)
# A year written alone in a range ("Phantom I: 1925 – 1931"), in brackets ("(1930)") or after a word that
# places it in time ("từ 1998", "cuối 2016"); after a name it is part of the name ("Motor Show 2016").
_BARE_YEAR = re.compile(
    r"(?:(?<=\()|(?<=[:,] )|^|(?<=\n)|(?<!\w)(?:từ|đến|tới|và|cuối|đầu|giữa|trước|sau|hồi|mùa|vụ|Tết) )"
    r"(?P<y>(?:19|20)\d\d)(?=\s*[-–]\s*(?:19|20)\d\d(?![\w.,/%])|\)|[.,;:!?]?\s*$|[.,;]\s|\s(?:đến|tới|và)\s)",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?:(?P<pod>{_POD})\s+)?(?P<rel>(?:ngày )?hôm (?:qua|nay|kia)|ngày mai"
    r"|(?:tuần|tháng) (?:trước|này|tới|sau|qua)|năm (?:ngoái|nay|trước|tới|qua))(?!\w)"
    rf"|(?P<pod2>{_POD}) (?P<rel2>nay|qua)(?!\w)",
    re.IGNORECASE,
)
_STANDALONE_TIME = re.compile(
    rf"{_LEFT}(?P<time>\d{{1,2}}h\d{{1,2}}(?:'|p|ph)?(?![^\W\d_])|\d{{1,2}}h(?![^\W\d_])"
    r"|\d{1,2} ?giờ ?\d{1,2}(?: ?phút)?|(?:[01]?\d|2[0-3]):[0-5]\d(?!\d|[.,:]\d))"
    rf"|{_LEFT}(?P<hour>\d{{1,2}}) giờ(?= (?:sáng|trưa|chiều|tối|đêm|cùng ngày|hôm|ngày))",
    re.IGNORECASE,
)
# A number just before "năm trước"/"tuần sau" makes a duration ("3 năm trước"), not a named period.
_COUNT_BEFORE = re.compile(r"(?:\d|những|các|nhiều|mấy|vài|chục|trăm|hàng)\s*$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:đến|tới|-|–|—)\s*", re.IGNORECASE)
_RANGE_FROM = re.compile(r"(?:từ|giữa)\s*$", re.IGNORECASE)

# Each regex above tries every position of a line (IGNORECASE turns off the engine's literal-prefix search), and
# most lines hold no date. So a regex runs only on lines holding some text that every one of its matches contains.
_DIGIT = re.compile(r"\d")
_FULL_YEAR = re.compile(r"(?:19|20)\d\d")
_THANG = re.compile("tháng ", re.IGNORECASE)
# A pattern that starts with a space is searched for quickly (the engine jumps from space to space): the relative
# word after one ("hôm qua", "tháng tới", "sáng nay"), then the word before it, looked behind by its length.
_RELATIVE_WORD = re.compile(
    " (?:(?<=hôm |năm |tối |đêm |sớm )|(?<=ngày |tuần |sáng |trưa )|(?<=tháng |chiều |khuya ))"
    "(?:qua|nay|kia|mai|trước|này|tới|sau|ngoái)",
    re.IGNORECASE,
)
_BRANCH = re.compile(r" (?:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)(?!\w)", re.IGNORECASE)
_NEEDS: dict[re.Pattern[str], tuple[re.Pattern[str], ...]] = {
    _DAY: (re.compile(r"\d ?[/.-] ?\d|\d tháng \d", re.IGNORECASE),),
    _DAY_ONLY: (_DIGIT, re.compile(r"ngày \d", re.IGNORECASE)),
    _MONTH: (_DIGIT, re.compile(r"tháng \d", re.IGNORECASE)),
    _QUARTER: (re.compile("quý ", re.IGNORECASE),),
    _MONTH_YEAR: (_FULL_YEAR,),
    _YEAR: (_DIGIT,),
    _BARE_YEAR: (_FULL_YEAR,),
    _rules.LED_YEAR: (_FULL_YEAR,),
    _RELATIVE: (_RELATIVE_WORD,),
    _STANDALONE_TIME: (_DIGIT, re.compile(r"\dh|\d ?giờ|\d:\d", re.IGNORECASE)),
    _rules.DAY_RANGE: (re.compile(r"\d ?[-–] ?\d"),),
    _rules.DAY_RANGE_WORDS: (re.compile(r"\d ?[-–] ?\d{1,2} tháng \d", re.IGNORECASE),),
    _rules.YEAR_RANGE: (_FULL_YEAR,),
    _rules.YEAR_AFTER_YEAR: (_FULL_YEAR,),
    _rules.WEEKDAY: (re.compile(" (?:tuần |vừa qua|tới)", re.IGNORECASE), re.compile("thứ |chủ nhật", re.IGNORECASE)),
    _rules.LUNAR_YEAR: (_BRANCH,),
    _rules.LUNAR_BARE: (_DIGIT, re.compile(r"(?:mùng|mồng) \d", re.IGNORECASE)),
    _rules.LUNAR_DAY: (_THANG,),
    _rules.CENTURY: (re.compile("thế kỷ ", re.IGNORECASE),),
}
_Scan = Callable[[re.Pattern[str]], Iterator[re.Match[str]]]


def _scanner(text: str, start: int, end: int) -> _Scan:
    """Return ``finditer`` over ``text[start:end]`` that skips a regex whose needed text the line lacks."""
    present: dict[re.Pattern[str], bool] = {}

    def scan(regex: re.Pattern[str]) -> Iterator[re.Match[str]]:
        for needed in _NEEDS.get(regex, ()):
            if needed not in present:
                present[needed] = needed.search(text, start, end) is not None
            if not present[needed]:
                return iter(())
        return regex.finditer(text, start, end)

    return scan


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date or time expression found in text.

    ``kind`` is ``"date"`` or ``"time"``; ``value`` is ISO 8601 (``2016-11-29``, ``2016-11``, ``2016``,
    ``2016-W47``, ``2016-Q4``, ``--11-29`` when the year is unknown, ``08:30`` for a time) or ``None`` when
    a relative expression has no publication date to count from (or a lunar month, ``tháng Giêng``);
    ``granularity`` is ``day``, ``week``, ``month``, ``quarter``, ``year``, ``century`` (value ``12`` for
    ``thế kỷ 13``, the ISO reduced form) or ``time``; ``inferred`` says that part of the value came from the
    publication date; ``until`` is the last day or year of a compact range (``ngày 18-19/2``, ``1960-1975``).
    """

    kind: str
    start: int
    end: int
    value: str | None
    granularity: str
    inferred: bool = False
    time: str | None = None
    part_of_day: str | None = None
    relative: str | None = None
    range: str | None = None
    range_with: int | None = None
    until: str | None = None


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _candidates(text: str, start: int, end: int, published: date | None) -> list[DateMatch]:
    found: list[DateMatch] = []
    scan = _scanner(text, start, end)
    for m in scan(_DAY):
        year = _int(m["y"] or m["y2"] or m["y3"])
        if m["d"] is not None:
            day, month, sep = int(m["d"]), int(m["m"]), m["sep"]
            # "2-1" is a score and "6.5" a decimal: without a year, only "/" or a leading word makes a date.
            # "hôm 5-2" and "Sáng nay (7-2)" date the number by the word before it, outside the span.
            licensed = _rules.DAY_LICENCE.search(text, max(start, m.start() - 12), m.start())
            if year is None and sep != "/" and not (m["pod"] or m["ngay"] or licensed):
                continue
            if year is None and not (m["pod"] or m["ngay"] or m["time"] or licensed) and _fraction(text, m, day, month):
                continue
        else:
            day, month = int(m["d2"]), int(m["m2"])
        resolved = _day_value(day, month, year, published)
        if resolved:
            pod = m["pod"].lower() if m["pod"] else None
            found.append(DateMatch("date", m.start(), m.end(), resolved[0], "day", resolved[1], _clock(m["time"]), pod))
    for m in scan(_DAY_ONLY):
        day = int(m["d"])
        if published is None and 1 <= day <= 31:
            found.append(DateMatch("date", m.start(), m.end(), f"---{day:02d}", "day"))
        elif published is not None and 1 <= day <= 31:
            month_index = published.year * 12 + published.month - 1 - (day > published.day + 7)
            resolved = _day_value(day, month_index % 12 + 1, month_index // 12, None)
            if resolved:
                found.append(
                    DateMatch(
                        "date",
                        m.start(),
                        m.end(),
                        resolved[0],
                        "day",
                        True,
                        part_of_day=m["pod"].lower() if m["pod"] else None,
                    )
                )
    for regex in (_MONTH, _MONTH_YEAR):
        for m in scan(regex):
            # "tháng 5.2018": the year after a full stop.
            year_text: str | None = m["y"] if regex is _MONTH_YEAR else m["y"] or m["y_dot"]
            if regex is _MONTH and m["rel_year"] and published is not None:
                # "tháng 9 năm nay", "tháng 11 năm ngoái": the year counted from the publication date.
                year_text = str(published.year + _YEAR_OFFSETS[m["rel_year"].lower()])
            resolved = _month_value(int(m["m"]), _int(year_text), published)
            if not resolved or not (regex is _MONTH or m["y"]):
                continue
            # "tháng 3-4 tới": a compact range of months is one span.
            until = _month_value(int(m["m2"]), _int(year_text), published) if regex is _MONTH and m["m2"] else None
            if regex is _MONTH and m["m2"] and not (until and int(m["m2"]) > int(m["m"])):
                continue
            found.append(
                DateMatch(
                    "date", m.start(), m.end(), resolved[0], "month", resolved[1], until=until[0] if until else None
                )
            )
    for m in scan(_QUARTER):
        quarter = {"I": 1, "II": 2, "III": 3, "IV": 4}.get(m["q"].upper()) or int(m["q"])
        quarter_year = m["y"] or (str(published.year) if published else None)
        value = f"{quarter_year}-Q{quarter}" if quarter_year else f"--Q{quarter}"
        found.append(DateMatch("date", m.start(), m.end(), value, "quarter", bool(quarter_year and not m["y"])))
    for m in scan(_YEAR):
        if not _rules.DOCUMENT_NUMBER.search(text, max(start, m.start() - 6), m.start()):
            found.append(DateMatch("date", m.start(), m.end(), m["y"], "year"))
    for regex in (_BARE_YEAR, _rules.LED_YEAR):
        for m in scan(regex):
            found.append(DateMatch("date", m.start("y"), m.end("y"), m["y"], "year"))
    found += _compact_and_lunar(scan, published)
    for m in scan(_RELATIVE):
        phrase = m["rel"] or m["rel2"]
        if m["rel"] and not m["pod"] and _COUNT_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        relative_value, granularity = _relative_value(phrase, published)
        pod = m["pod"] or m["pod2"]
        found.append(
            DateMatch(
                "date",
                m.start(),
                m.end(),
                relative_value,
                granularity,
                relative_value is not None,
                part_of_day=pod.lower() if pod else None,
                relative=phrase.lower(),
            )
        )
    for m in scan(_STANDALONE_TIME):
        clock = _clock(m["time"] or m["hour"])
        if clock:
            end_at = m.end("time") if m["time"] else m.end("hour") + len(" giờ")
            found.append(DateMatch("time", m.start(), end_at, clock, "time", time=clock))
    return found


def _compact_and_lunar(scan: _Scan, published: date | None) -> list[DateMatch]:
    """Compact ranges as one span ("ngày 18-19/2", "1960-1975"), lunar dates and centuries."""
    found: list[DateMatch] = []
    # "ngày 18-19/2" and "ngày 14 – 15 tháng 3": a range of days in one month, one span.
    ranges = [(m, True) for m in scan(_rules.DAY_RANGE)] + [(m, False) for m in scan(_rules.DAY_RANGE_WORDS)]
    for m, numeric in ranges:
        if numeric and m["sep"] == "-" and not m["ngay"]:
            continue  # "10-11-2" needs "ngày" before it to be a range of days
        first, last, month, year = int(m["d1"]), int(m["d"]), int(m["m"]), _int(m["y"])
        resolved = _day_value(first, month, year, published)
        until = _day_value(last, month, year, published)
        if first < last and resolved and until:
            pod = m["pod"].lower() if m["pod"] else None
            found.append(
                DateMatch("date", m.start(), m.end(), resolved[0], "day", resolved[1], part_of_day=pod, until=until[0])
            )
    for m in scan(_rules.YEAR_RANGE):
        if int(m["y2"]) > int(m["y"]):
            found.append(DateMatch("date", m.start(), m.end(), m["y"], "year", until=m["y2"]))
    for m in scan(_rules.YEAR_AFTER_YEAR):
        found.append(DateMatch("date", m.start("y"), m.end("y"), m["y"], "year"))
    for m in scan(_rules.WEEKDAY):
        pod = m["pod"].lower() if m["pod"] else None
        found.append(DateMatch("date", m.start(), m.end(), None, "day", part_of_day=pod, relative=m["rel"].lower()))
    for m in scan(_rules.LUNAR_YEAR):
        found.append(DateMatch("date", m.start(), m.end(), m["y"], "year", relative="lunar"))
    for m in scan(_rules.LUNAR_DAY):
        # Their solar dates need a lunar calendar, so no value.
        named = not m["m"].isdigit()
        if named or m["lunar"] or (m["pre"] and not m["pre"].lower().startswith("ngày")):
            granularity = "day" if m["pre"] else "month"
            found.append(DateMatch("date", m.start(), m.end(), None, granularity, relative="lunar"))
    for m in scan(_rules.LUNAR_BARE):
        found.append(DateMatch("date", m.start(), m.end(), None, "day", relative="lunar"))
    for m in scan(_rules.CENTURY):
        number = m["c"]
        century = int(number) if number.isdigit() else _rules.roman(number)
        if 1 <= century <= 21:
            found.append(DateMatch("date", m.start(), m.end(), f"{century - 1:02d}", "century"))
    return found


def find_dates(
    text: str, published: date | datetime | None = None, start: int = 0, end: int | None = None
) -> list[DateMatch]:
    """Return the date and time expressions in ``text[start:end]``, in order and not overlapping.

    Day and month expressions without a year take it from ``published`` (and are marked ``inferred``);
    relative expressions (``hôm qua``, ``tuần trước``) are resolved against it. Never raises.
    """
    end = len(text) if end is None else end
    pub = published.date() if isinstance(published, datetime) else published
    chosen: list[DateMatch] = []
    taken: set[int] = set()
    # Longest first, so "8 giờ 30 ngày 4/12/2016" wins over the bare time and "tháng 10/2016" over "10/2016".
    for match in sorted(_candidates(text, start, end, pub), key=lambda c: (c.start - c.end, c.start)):
        if not taken.intersection(range(match.start, match.end)):
            chosen.append(match)
            taken.update(range(match.start, match.end))
    chosen.sort(key=lambda c: c.start)
    return _link_ranges(text, chosen)


def _link_ranges(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    out = list(matches)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.kind != "date" or second.kind != "date" or first.range:
            continue
        joined = _RANGE_JOIN.fullmatch(text, first.end, second.start)
        if joined and (
            "-" in text[first.end : second.start]
            or "–" in text[first.end : second.start]
            or _RANGE_FROM.search(text, max(0, first.start - 6), first.start)
        ):
            out[i] = replace(first, range="start", range_with=second.start)
            out[i + 1] = replace(second, range="end", range_with=first.start)
    return out
