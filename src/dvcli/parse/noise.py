"""Lines that are not article prose: picture placeholders, photo credits and captions, video labels."""

from __future__ import annotations

import re

from dvcli.model import NoiseLine, Span
from dvcli.parse.lines import TextLine

_PHOTO_CREDIT = re.compile(
    r"^\(?\s*ảnh(?:\s+(?:mang\s+tính\s+chất\s+)?minh\s+họa)?\s*(?::.*|\.?\s*\(?nguồn\s*:.*|\)?\.?)$"
    r"|^\(?\s*(?:ảnh|hình)\s+(?:cắt|chụp)\s+(?:từ|màn\s+hình)\s+(?:clip|video)\s*\)?\.?$",
    re.IGNORECASE,
)
# A picture caption is a sentence or two; a longer line ending in a credit is a paragraph that cites its photo.
_MAX_CAPTION_CHARS = 220
# A caption ending in its credit: "Bà bầu cũng đứng xếp hàng. Ảnh: Dân Việt." or "… - Ảnh: TNO".
_CAPTION_CREDIT = re.compile(
    r"(?:[.\-–]\s*|\(\s*)(?:ảnh|nguồn\s+ảnh)\s*:\s*(?:[^.!?]|\.(?=\w)){1,40}\)?\.?$", re.IGNORECASE
)
_MEDIA_LABEL = re.compile(r"^\(?\s*(?:video|clip)\b", re.IGNORECASE)
# What a scraped video player leaves behind as a line of its own.
_PLAYER_LABEL = re.compile(r"^(?:play|replay|xem\s+video|xem\s+clip)$", re.IGNORECASE)


def noise_line(text: str, line: TextLine) -> NoiseLine | None:
    """Return ``line`` as a NoiseLine if it is not prose (kind ``punctuation``, ``photo_credit`` or
    ``media_label``), else None."""
    content = line.of(text)
    kind = None
    if not any(ch.isalnum() for ch in content):
        kind = "punctuation"
    elif _PHOTO_CREDIT.match(content) or (len(content) <= _MAX_CAPTION_CHARS and _CAPTION_CREDIT.search(content)):
        kind = "photo_credit"
    elif (_MEDIA_LABEL.match(content) and _is_label(content)) or _PLAYER_LABEL.match(content):
        kind = "media_label"
    return NoiseLine(Span(content, line.start, line.end), kind) if kind else None


def _is_label(content: str) -> bool:
    """``Video: …`` / ``Clip: …``, or a short video title with no sentence-final punctuation."""
    head = content.lstrip("( ").split(None, 1)[0]
    if head.endswith(":") or content.lstrip("( ")[len(head) :].lstrip().startswith(":"):
        return True
    return len(content.split()) <= 20 and content.rstrip()[-1] not in '.!?…"”'
