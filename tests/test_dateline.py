"""Publication lines: every printed form, the GMT+7 sign, weekday checks, and the --tz zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from dvcli.parse.dateline import parse_dateline

PLUS7 = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("line", "expected", "weekday"),
    [
        ("Thứ Tư, 30/11/2016, 11:06 [GMT+7]", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), "Thứ Tư"),
        ("Thứ tư, 30/11/2016, 11:06 (GMT+7)", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), "Thứ tư"),
        ("30/11/2016 11:06 GMT+7", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("30/11/2016 11:06 GMT+07:00", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("30/11/2016 11:06 UTC+7", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("30/11/2016 11:06 (UTC+07)", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("30/11/2016 04:06 GMT", datetime(2016, 11, 30, 4, 6, tzinfo=timezone.utc), None),
        ("30/11/2016 11:06 ICT", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("2016-11-30 11:06:00+07:00", datetime(2016, 11, 30, 11, 6, tzinfo=PLUS7), None),
        ("11:06 - 30/11/2016", datetime(2016, 11, 30, 11, 6), None),
        ("Thứ Tư, 30/11/2016 - 11:06", datetime(2016, 11, 30, 11, 6), "Thứ Tư"),
        ("30-11-2016 11:06", datetime(2016, 11, 30, 11, 6), None),
        ("30.11.2016 | 11h06", datetime(2016, 11, 30, 11, 6), None),
        ("Cập nhật: 30/11/2016 11:06", datetime(2016, 11, 30, 11, 6), None),
        ("Cập nhật lúc 11:06 ngày 30/11/2016", datetime(2016, 11, 30, 11, 6), None),
        ("Đăng ngày 30/11/2016", datetime(2016, 11, 30), None),
        ("Chủ nhật, 04/12/2016", datetime(2016, 12, 4), "Chủ nhật"),
        ("Chủ Nhật, 04/12/2016 - 20:15", datetime(2016, 12, 4, 20, 15), "Chủ Nhật"),
        ("CN, 04/12/2016", datetime(2016, 12, 4), "CN"),
        ("Thứ 4, 30/11/2016 11:06", datetime(2016, 11, 30, 11, 6), "Thứ 4"),
        ("Thứ bảy, 03/12/2016 08:00 PM", datetime(2016, 12, 3, 20, 0), "Thứ bảy"),
        ("30/11/2016", datetime(2016, 11, 30), None),
        ("30/11/16", datetime(2016, 11, 30), None),
        ("ngày 30 tháng 11 năm 2016", datetime(2016, 11, 30), None),
    ],
)
def test_forms(line: str, expected: datetime, weekday: str | None) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert parsed.published == expected
    assert parsed.published.tzinfo == expected.tzinfo
    assert parsed.weekday == weekday
    assert parsed.warnings == ()


def test_gmt_plus_7_is_seven_hours_ahead_of_utc() -> None:
    parsed = parse_dateline("Thứ Tư, 30/11/2016, 11:06 [GMT+7]")
    assert parsed is not None
    assert parsed.published.isoformat() == "2016-11-30T11:06:00+07:00"
    assert parsed.published.astimezone(timezone.utc).hour == 4


def test_gmt_minus_is_behind_utc() -> None:
    parsed = parse_dateline("30/11/2016 11:06 GMT-5")
    assert parsed is not None and parsed.published.isoformat() == "2016-11-30T11:06:00-05:00"


def test_no_offset_stays_naive() -> None:
    parsed = parse_dateline("11:06 - 30/11/2016")
    assert parsed is not None and parsed.published.tzinfo is None


def test_tz_option_is_attached_when_no_offset_is_printed() -> None:
    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    parsed = parse_dateline("11:06 - 30/11/2016", tz=zone)
    assert parsed is not None
    assert parsed.published.isoformat() == "2016-11-30T11:06:00+07:00"


def test_printed_offset_wins_over_tz_option() -> None:
    parsed = parse_dateline("30/11/2016 11:06 GMT+9", tz=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert parsed is not None and parsed.published.utcoffset() == timedelta(hours=9)


@pytest.mark.parametrize(
    "line", ["Thứ Hai, 30/11/2016, 11:06 [GMT+7]", "Chủ nhật, 30/11/2016", "Thứ 5, 30/11/2016", "CN, 30/11/2016"]
)
def test_weekday_that_disagrees_with_the_date_is_a_warning(line: str) -> None:
    parsed = parse_dateline(line)
    assert parsed is not None
    assert parsed.published.date() == date(2016, 11, 30)
    assert len(parsed.warnings) == 1
    assert "30/11/2016" in parsed.warnings[0] and "Wednesday" in parsed.warnings[0]


@pytest.mark.parametrize(
    "line",
    [
        "",
        "Giao ban công tác Dân vận Cụm miền Đông năm 2016",
        "Ngày 29/11, tại huyện Tiên Yên, Ban Dân vận Tỉnh ủy tổ chức hội nghị.",
        "Ngày 30/11/2016, hội nghị đã diễn ra",
        "Thứ Tư, 31/11/2016",  # no such date
        "30/13/2016 11:06",
        "Thứ Tư",
        "11:06",
        "Tháng 11/2016",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None
