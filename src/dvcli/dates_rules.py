"""When a bare ``1/2`` in Vietnamese text is a fraction or a rank rather than a date."""

from __future__ import annotations

import re

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
    before = text[max(0, m.start() - 12):m.start()]
    if _RANK_BEFORE.search(before):
        return True
    if day >= month or _DATE_LEAD.search(before):
        return False
    after = _WORD_AFTER.match(text, m.end())
    return bool(after and after.group(1)[0].islower() and after.group(1) not in _DATE_CONTINUATION)
