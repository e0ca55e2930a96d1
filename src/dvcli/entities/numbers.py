"""Numbers with units (money, percentages, quantities) and Roman ordinals in Vietnamese text."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from dvcli.entities.phrases import Candidate

_MULTIPLIERS = {
    "nghìn tỷ": 10**12,
    "ngàn tỷ": 10**12,
    "tỷ": 10**9,
    "tỉ": 10**9,
    "triệu": 10**6,
    "nghìn": 1000,
    "ngàn": 1000,
}
_UNIT_WORDS = (
    "%|phần trăm|đồng|VNĐ|VND|USD|đô la Mỹ|đô la|đôla|euro|EUR|Euro|bảng Anh|yen|yên|nhân dân tệ|NDT|won|"
    "năm tù|tháng tù|năm tù giam|năm|tháng|tuần|ngày|giờ|phút|giây|tuổi|người|ca|trường hợp|hộ|hộ dân|"
    "km/h|km2|km²|km|m2|m²|m3|m|cm|mm|kg|tấn|tạ|ha|héc-ta|hecta|lít|L|chiếc|căn|căn hộ|xe|mã lực|kW|MW|kWh|"
    "độ C|độ|bàn|điểm|lượt|học sinh|sinh viên|cán bộ|đảng viên|doanh nghiệp|dự án|thùng|con|cây|bao|gói|"
    "viên|bệnh nhân|nạn nhân|thí sinh|trẻ|lao động|vụ|đơn vị|sản phẩm|triệu USD|tỷ USD"
)
_UNITS = sorted(_UNIT_WORDS.split("|"), key=len, reverse=True)
_NUMBER = re.compile(
    r"(?<![\w.,/:-])(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\.\d+)?)"
    rf"(?:\s?(?P<mult>{'|'.join(sorted(_MULTIPLIERS, key=len, reverse=True))})(?!\w))?"
    rf"(?:\s?(?P<unit>{'|'.join(re.escape(u) for u in _UNITS)})(?![^\W\d_]))?"
)
_ORDINAL = re.compile(
    r"(?:(?:lần|khóa|khoá|Khóa|Khoá|kỳ|Kỳ) thứ|khóa|khoá|Khóa|Khoá|thứ|Đại hội(?: [^\W\d]+){0,4}?)"
    r" (?P<roman>[IVXLC]+)(?![\w])"
)
# Neither regex above can skip ahead to where a match may start, so lines without what every match holds (a
# digit; a space and a capital Roman digit) are not scanned: most lines have neither.
_DIGIT = re.compile(r"\d")
_SPACED_ROMAN = re.compile(" [IVXLC]")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def number_value(text: str) -> Decimal | None:
    """Return the value of a number written the Vietnamese way (``1.000`` = 1000, ``6,5`` = 6.5), or None.

    A dot followed by groups of exactly three digits separates thousands; otherwise a dot or a comma is the
    decimal mark (scraped text often writes ``3.9 triệu``).
    """
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        text = text.replace(".", "").replace(",", ".")
    elif "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def roman_value(numeral: str) -> int | None:
    """Return the value of a well-formed Roman numeral (``XII`` = 12), or None for anything else."""
    total, previous = 0, 0
    for ch in reversed(numeral):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < previous else value
        previous = max(previous, value)
    return total if total > 0 and _to_roman(total) == numeral else None


def _to_roman(value: int) -> str:
    out = []
    for number, symbol in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= number:
            out.append(symbol)
            value -= number
    return "".join(out)


def find_numbers(text: str, start: int, end: int, taken: bytearray) -> list[Candidate]:
    """Return numbers with a unit or a multiplier in ``text[start:end]`` that do not overlap ``taken``."""
    found: list[Candidate] = []
    if not _DIGIT.search(text, start, end):
        return found
    for m in _NUMBER.finditer(text, start, end):
        if not (m["unit"] or m["mult"]) or any(taken[m.start() : m.end()]):
            continue
        value = number_value(m["num"])
        if value is None:
            continue
        unit = m["unit"]
        if m["mult"]:
            value *= _MULTIPLIERS[m["mult"]]
        if unit in ("triệu USD", "tỷ USD"):
            value *= _MULTIPLIERS[unit.split()[0]]
            unit = "USD"
        number: int | float = int(value) if value == value.to_integral_value() else float(value)
        attributes = {"value": number, "unit": unit or m["mult"]}
        taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        found.append(Candidate("number", m.start(), m.end(), attributes))
    return found


def find_ordinals(text: str, start: int, end: int, taken: bytearray) -> list[Candidate]:
    """Return Roman ordinals after ``lần thứ``, ``khóa``, ``thứ`` or ``Đại hội …`` (span: the numeral)."""
    found: list[Candidate] = []
    if not _SPACED_ROMAN.search(text, start, end):
        return found
    for m in _ORDINAL.finditer(text, start, end):
        value = roman_value(m["roman"])
        s, e = m.start("roman"), m.end("roman")
        if value is None or any(taken[s:e]):
            continue
        taken[s:e] = b"\x01" * (e - s)
        found.append(Candidate("ordinal", s, e, {"value": value, "roman": m["roman"]}))
    return found
