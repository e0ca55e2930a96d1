"""When a bare ``1/2`` in Vietnamese text is a fraction or a rank rather than a date."""

from __future__ import annotations

import re

# The edges of a date: not glued to a word, a path, a decimal or a percentage ("6,5%", "2.5L", "1/2 muỗng").
LEFT = r"(?<![\w/.,:%-])"
RIGHT = r"(?![\w/%]|[.,:]\d|-\d)"
# The parts of the day a date may be given with ("sáng 29/11", "rạng sáng 3/7").
POD = r"(?:rạng sáng|sáng sớm|sáng|trưa|chiều|tối|đêm|khuya)"

# "1/3 số dân", "1/2 muỗng", "hạng 2/4" are fractions and ranks, not the first of March or the second of April.
_RANK_BEFORE = re.compile(r"(?:thứ|hạng|top|tỷ số|tỉ số|tỷ lệ|tỉ lệ)\s*$", re.IGNORECASE)
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_CONTINUATION_WORDS = (
    "vừa tới và đến tức của sẽ là năm này qua hết tại lúc theo cho với khi sau trước đã được ở âm dương mới "
    "hàng rồi thì nhưng"
)
_DATE_CONTINUATION = frozenset(_CONTINUATION_WORDS.split())
_DATE_LEAD = re.compile(r"(?:hôm|từ|đến|tới|và|vào|nay|qua|mai|\(|,)\s*$", re.IGNORECASE)


def fraction(text: str, m: re.Match[str], day: int, month: int) -> bool:
    """True if the day/month match ``m`` (no year, no leading word) reads as a fraction or a rank instead."""
    before = text[max(0, m.start() - 12) : m.start()]
    if _RANK_BEFORE.search(before):
        return True
    if day >= month or _DATE_LEAD.search(before):
        return False
    after = _WORD_AFTER.match(text, m.end())
    return bool(after and after.group(1)[0].islower() and after.group(1) not in _DATE_CONTINUATION)


# Compact day ranges, one expression: "ngày 18-19/2", "7-15/7/1960", "sáng 1 - 2/3".
DAY_RANGE = re.compile(
    LEFT + rf"(?:(?P<pod>{POD})\s+)?(?:(?P<ngay>ngày)\s+)?"
    r"(?P<d1>\d{1,2}) ?[-–] ?(?P<d>\d{1,2}) ?(?P<sep>[/.-]) ?(?P<m>\d{1,2})(?: ?(?P=sep) ?(?P<y>\d{4}))?" + RIGHT,
    re.IGNORECASE,
)
# The same with the month in words: "ngày 14 – 15 tháng 3", "từ 2-4 tháng 5 năm 2018".
DAY_RANGE_WORDS = re.compile(
    LEFT + rf"(?:(?P<pod>{POD})\s+)?(?:(?P<ngay>ngày)\s+)?"
    r"(?P<d1>\d{1,2}) ?[-–] ?(?P<d>\d{1,2}) tháng (?P<m>\d{1,2})(?: năm (?P<y>\d{4}))?" + RIGHT,
    re.IGNORECASE,
)
# Year ranges are one span: "1960-1975", "năm 1925 – 1931"; the second year must be later.
YEAR_RANGE = re.compile(
    LEFT + r"(?P<lead>năm )?(?P<y>(?:19|20)\d\d) ?[-–] ?(?P<y2>(?:19|20)\d\d)" + RIGHT,
    re.IGNORECASE,
)
# A bare year after a word that can only place it in time: "thời kỳ 1986", "SN 1983", "9 tháng 2016".
LED_YEAR = re.compile(
    r"(?<!\w)(?:thời kỳ|thời kì|giai đoạn|niên khóa|niên khoá|SN|\d{1,2} tháng(?: đầu| cuối)?(?: năm)?) "
    r"(?P<y>(?:19|20)\d\d)" + RIGHT,
    re.IGNORECASE,
)
_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
# Lunar dates: "năm Đinh Dậu 2017", "mùng 10 tháng Giêng", "tháng 3 âm lịch", "rằm tháng Bảy".
LUNAR_YEAR = re.compile(rf"(?<!\w)(?:năm )?(?:{_STEMS}) (?:{_BRANCHES})(?: (?P<y>(?:19|20)\d\d))?(?!\w)", re.IGNORECASE)
LUNAR_BARE = re.compile(r"(?<!\w)(?:ngày )?(?:mùng|mồng) \d{1,2}(?![\d/.-])", re.IGNORECASE)
LUNAR_DAY = re.compile(
    r"(?<!\w)(?P<pre>(?:ngày )?(?:mùng|mồng) \d{1,2} |ngày \d{1,2} |(?:ngày )?rằm )?"
    r"tháng (?P<m>Giêng|Chạp|\d{1,2})(?P<lunar> âm lịch)?(?!\w)",
    re.IGNORECASE,
)
CENTURY = re.compile(r"(?<!\w)thế kỷ (?P<c>\d{1,2}|[IVX]{1,5})(?![\w/%]|[.,]\d)", re.IGNORECASE)
ROMAN = {"I": 1, "V": 5, "X": 10}


def roman(text: str) -> int:
    """Return the value of a short Roman numeral (``XIII`` = 13)."""
    total = 0
    for n, ch in enumerate(text.upper()):
        value = ROMAN[ch]
        total += -value if n + 1 < len(text) and ROMAN[text[n + 1].upper()] > value else value
    return total


# A word that dates a bare "5-2" or "5.2" without being part of the span: "hôm 5-2", "Sáng nay (7-2)".
DAY_LICENCE = re.compile(r"(?:(?<!\w)hôm |(?<!\w)(?:nay|qua|mai|sáng|trưa|chiều|tối|đêm|hôm|ngày) \()$", re.IGNORECASE)
# "chỉ thị 09 năm 2013": a year that numbers a document ("Quyết định 12 năm 2015").
DOCUMENT_NUMBER = re.compile(r"(?<![\d/.-])\d{1,4} $")
# Weekdays dated by a relative word: "thứ 2 tuần trước", "Tối Chủ nhật vừa qua".
WEEKDAY = re.compile(
    r"(?<!\w)(?:(?P<pod>sáng|trưa|chiều|tối|đêm) )?(?:thứ (?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ nhật) "
    r"(?P<rel>tuần (?:trước|này|tới|sau|qua)|vừa qua|tới)(?!\w)",
    re.IGNORECASE,
)
# "từ năm 2005 đến 2008": the second year of a range written out.
YEAR_AFTER_YEAR = re.compile(r"(?<!\w)(?:19|20)\d\d (?:đến|tới|và) (?:năm )?(?P<y>(?:19|20)\d\d)" + RIGHT)
