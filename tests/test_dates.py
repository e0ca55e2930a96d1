"""Tests for dvcli.dates: finding and resolving Vietnamese date and time expressions."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from dvcli.dates import DateMatch, find_dates

PUBLISHED = datetime(2016, 11, 30, 11, 6)


def whole(text: str, published: date | datetime | None = PUBLISHED) -> DateMatch | None:
    """The one date or time expression that makes up all of ``text``, or None."""
    stripped = text.strip()
    matches = find_dates(stripped, published)
    if len(matches) == 1 and (matches[0].start, matches[0].end) == (0, len(stripped)):
        return matches[0]
    return None


def is_calendar_value(value: str) -> bool:
    """An ISO day, month or year that names a real period (not ``--02-07``, a week or a quarter)."""
    try:
        parts = [int(p) for p in value.split("-")] + [1, 1]
        datetime(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return not value.startswith("-") and "W" not in value and "Q" not in value


def spans(text: str, published: datetime | None = PUBLISHED) -> list[tuple[str, str | None, str]]:
    return [(text[m.start : m.end], m.value, m.granularity) for m in find_dates(text, published)]


def test_day_month_takes_the_year_of_publication_and_is_marked_inferred() -> None:
    [match] = find_dates("Ngày 29/11, tại huyện Tiên Yên", PUBLISHED)
    assert (match.start, match.end, match.value, match.inferred) == (0, 10, "2016-11-29", True)


def test_a_date_well_after_publication_belongs_to_the_previous_year() -> None:
    assert spans("ngày 20/6 vừa qua") == [("ngày 20/6", "2016-06-20", "day")]
    assert spans("ngày 20/6", datetime(2017, 1, 10)) == [("ngày 20/6", "2016-06-20", "day")]


def test_a_full_date_is_not_inferred() -> None:
    [match] = find_dates("ngày 22/4/1933 (thọ 70 tuổi)", PUBLISHED)
    assert (match.value, match.inferred) == ("1933-04-22", False)


def test_part_of_day_and_leading_word_belong_to_the_span() -> None:
    matches = find_dates("sáng 29/11 và chiều ngày 5-11, rạng sáng 7/11", PUBLISHED)
    assert [m.part_of_day for m in matches] == ["sáng", "chiều", "rạng sáng"]
    assert [m.value for m in matches] == ["2016-11-29", "2016-11-05", "2016-11-07"]
    assert spans("chiều ngày 5-11")[0][0] == "chiều ngày 5-11"


def test_clock_time_before_a_date_is_one_expression() -> None:
    [match] = find_dates("lúc 8 giờ 30 ngày 4/12/2016 tại", PUBLISHED)
    assert (match.kind, match.value, match.time) == ("date", "2016-12-04", "08:30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tháng 10/2016", ("2016-10", "month")),
        ("năm 2017", ("2017", "year")),
        ("Năm 2016", ("2016", "year")),
        ("tháng 10 năm 2016", ("2016-10", "month")),
        ("ngày 5 tháng 2 năm 2017", ("2017-02-05", "day")),
        # A month of a year named relative to publication (2016) is one span.
        ("tháng 9 năm nay", ("2016-09", "month")),
        ("tháng 11 năm ngoái", ("2015-11", "month")),
        ("tháng 3 năm tới", ("2017-03", "month")),
    ],
)
def test_months_and_years(text: str, expected: tuple[str, str]) -> None:
    match = whole(text, PUBLISHED)
    assert match is not None and (match.value, match.granularity) == expected


def test_month_without_year_is_inferred() -> None:
    match = whole("tháng 3", datetime(2017, 2, 8))
    assert match is not None and (match.value, match.inferred) == ("2017-03", True)


def test_range_links_both_ends() -> None:
    first, second = find_dates("từ tháng 10/2016 đến 9/2017", PUBLISHED)
    assert (first.value, first.range, first.range_with) == ("2016-10", "start", second.start)
    assert (second.value, second.range, second.range_with) == ("2017-09", "end", first.start)
    # A compact range is one expression (benchmarks/data/README.md conventions), its end in ``until``.
    assert [(m.value, m.until) for m in find_dates("năm 2016-2017")] == [("2016", "2017")]


@pytest.mark.parametrize(
    ("text", "value", "granularity"),
    [
        ("hôm qua", "2016-11-29", "day"),
        ("hôm nay", "2016-11-30", "day"),
        ("tuần trước", "2016-W47", "week"),
        ("tháng trước", "2016-10", "month"),
        ("năm ngoái", "2015", "year"),
        ("sáng nay", "2016-11-30", "day"),
        ("tối qua", "2016-11-29", "day"),
    ],
)
def test_relative_expressions_resolve_against_publication(text: str, value: str, granularity: str) -> None:
    match = whole(text, PUBLISHED)
    assert match is not None and (match.value, match.granularity, match.inferred) == (value, granularity, True)


def test_relative_expression_without_publication_has_no_value() -> None:
    match = whole("hôm qua", None)
    assert match is not None and match.value is None and not match.inferred


def test_a_count_of_years_is_not_a_named_period() -> None:
    assert spans("3 năm trước") == []


@pytest.mark.parametrize(
    "text",
    [
        "tăng 6,5%",
        "đạt 3,2 tỷ đồng",
        "1.000 người",
        "động cơ 2.5L",
        "tỷ số 2-1",
        "gọi 0912.345.678",
        "1/3 số dân",
        "khoảng 6.5 điểm",
    ],
)
def test_numbers_are_never_dates(text: str) -> None:
    assert [m for m in find_dates(text, PUBLISHED) if m.kind == "date"] == []


@pytest.mark.parametrize(
    ("text", "clock"),
    [("lúc 9h30", "09:30"), ("9 giờ 30 phút", "09:30"), ("11:06", "11:06"), ("20 giờ cùng ngày", "20:00")],
)
def test_standalone_times(text: str, clock: str) -> None:
    [match] = find_dates(text, PUBLISHED)
    assert (match.kind, match.value) == ("time", clock)


def test_without_publication_a_day_keeps_an_unknown_year() -> None:
    [match] = find_dates("Ngày 7-2, anh", None)
    assert (match.value, match.inferred) == ("--02-07", False)
    assert not is_calendar_value(match.value)


def test_accepts_a_plain_date_as_publication() -> None:
    assert spans("Ngày 29/11", date(2016, 11, 30)) == [("Ngày 29/11", "2016-11-29", "day")]


@pytest.mark.parametrize("text", ["", "ngày 32/13", "ngày 31/2/2017", "tháng 13/2016", "99:99", "\x00/\x00"])
def test_never_raises_on_impossible_input(text: str) -> None:
    assert all(
        m.value is None or m.kind == "time" or m.granularity == "century" or is_calendar_value(m.value)
        for m in find_dates(text, PUBLISHED)
    )


def test_bare_years_in_ranges_and_brackets_but_not_in_names() -> None:
    assert [(m.value, m.until) for m in find_dates("Phantom I: 1925 – 1931")] == [("1925", "1931")]
    assert [m.value for m in find_dates("xe cổ (1930) và")] == ["1930"]
    assert find_dates("Geneva Motor Show 2016. Xe mới") == []
    assert find_dates("có 2000 người") == []


def test_quarters_and_lunar_months() -> None:
    assert spans("trong quý IV/2016 và quý 1 năm 2017") == [
        ("quý IV/2016", "2016-Q4", "quarter"),
        ("quý 1 năm 2017", "2017-Q1", "quarter"),
    ]
    assert spans("ngày 15 tháng Giêng") == [("ngày 15 tháng Giêng", None, "day")]


def test_compact_day_and_month_ranges_are_one_span() -> None:
    [match] = find_dates("diễn ra ngày 18-19/2 tại", datetime(2017, 2, 7))
    assert ("diễn ra ngày 18-19/2 tại"[match.start : match.end], match.value, match.until) == (
        "ngày 18-19/2",
        "2017-02-18",
        "2017-02-19",
    )
    assert spans("từ 7-15/7/1960 ông")[0][:2] == ("7-15/7/1960", "1960-07-07")
    assert spans("giai đoạn 1960-1975 là")[0][:2] == ("1960-1975", "1960")
    assert spans("trong tháng 3-4 tới sẽ")[0][0] == "tháng 3-4 tới"
    assert spans("tỷ số 2-1/3 lần") == []


def test_hom_dates_a_bare_day_outside_the_span_and_a_curly_minute_mark_belongs_to_it() -> None:
    assert spans("hôm 5-2 anh ta đến")[0][0] == "5-2"
    assert [s[0] for s in spans("Sáng nay (7-2), trời rét")] == ["Sáng nay", "7-2"]
    assert spans("thắng 2-1 trước") == []
    assert spans("lúc 8h30’ ngày 6-2 ông")[0][0] == "8h30’ ngày 6-2"


def test_years_led_by_a_time_word_lunar_dates_and_centuries() -> None:
    assert [s[0] for s in spans("thời kỳ 1986 đổi mới, anh A (SN 1983) và 9 tháng 2016")] == ["1986", "1983", "2016"]
    assert spans("năm Đinh Dậu 2017")[0][:2] == ("năm Đinh Dậu 2017", "2017")
    assert spans("mùng 10 tháng Giêng và tháng 3 âm lịch") == [
        ("mùng 10 tháng Giêng", None, "day"),
        ("tháng 3 âm lịch", None, "month"),
    ]
    assert spans("từ thế kỷ 13 đến thế kỷ XV") == [("thế kỷ 13", "12", "century"), ("thế kỷ XV", "14", "century")]


def test_relative_weekdays_past_periods_and_written_out_year_ranges() -> None:
    assert [s[0] for s in spans("thứ 2 tuần trước, tuần qua và tháng 1 vừa qua")] == [
        "thứ 2 tuần trước",
        "tuần qua",
        "tháng 1 vừa qua",
    ]
    assert [s[0] for s in spans("từ năm 2005 đến 2008 tại")] == ["năm 2005", "2008"]
    assert spans("chỉ thị 09 năm 2013 của UBND") == []
    assert spans("ngày mồng 9 khai hội")[0][0] == "ngày mồng 9"
