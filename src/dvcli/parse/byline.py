"""The byline at the end of an article body: who wrote it (``author``) and for which outlet (``source``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dvcli.model import Byline, Credit, Span
from dvcli.parse.lines import TextLine

# Most a byline line can be: longer lines are prose or captions.
_MAX_CHARS = 80
_MAX_NAME_SYLLABLES = 5

# "Theo VnExpress", "(theo Reuters)", "Theo báo Tuổi Trẻ": the outlet the article was taken from.
_THEO = re.compile(r"^\(?\s*theo\s+(?P<src>[^(),;:!?]+?)\s*\)?\s*\.?$", re.IGNORECASE)
# "Nguồn: VITIC/Reuters", "(Nguồn: Dân trí)".
_NGUON = re.compile(r"^\(?\s*nguồn\s*:\s*(?P<src>[^()]+?)\s*\)?\s*\.?$", re.IGNORECASE)
# "(Tổng hợp)", "(T/h)", "Tổng hợp", "(TH)": a compilation of other reports.
_COMPILED = re.compile(
    r"^\(?\s*(?P<src>tổng\s+hợp|t\s*/\s*h|t\.h|th|st|sưu\s+tầm|(?:lược|biên)\s+dịch)\s*\)?\s*\.?$", re.IGNORECASE
)
# "Bài và ảnh: Quang Hưng", "Tin, ảnh: H.Vân", "PV:" — a labelled author.
_LABELLED = re.compile(
    r"^(?:bài|tin|bài\s*(?:và|,|&|-)\s*ảnh|tin\s*(?:và|,|&|-)\s*ảnh|thực\s*hiện|nhóm\s*pv|pv)\s*:\s*(?P<name>.+)$",
    re.IGNORECASE,
)
# "Quang Hưng (Đài Tiên Yên)", "Nguyễn Minh (theo Reuters)": name, then the outlet in parentheses.
_PAREN = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?P<src>[^()]+?)\s*\)\s*\.?$")
# "Thu Hiền/VOV - Trung tâm Tin": name / outlet.
_SLASH = re.compile(r"^(?P<name>[^/()]+?)\s*/\s*(?P<src>[^()]+?)$")
# Role words that stand for an unnamed reporter ("PV", "Nhóm PV", "Nhóm phóng viên").
_STAFF = re.compile(r"^(?:nhóm\s+)?(?:pv|ctv|btv|phóng\s+viên|cộng\s+tác\s+viên|pv\s*-\s*ctv)$", re.IGNORECASE)
_OUTLET_LINE = re.compile(r"^(?:báo|tạp\s+chí|đài|kênh|cổng\s+thông\s+tin|thông\s+tấn\s+xã)\s+\w", re.IGNORECASE)
# News agencies and outlets that sign a story by their acronym alone: a source, not an author.
_AGENCIES = frozenset({"TTXVN", "VNA", "VOV", "VTV", "VTC", "VNE", "TTO", "TNO", "AFP", "AP", "REUTERS", "XINHUA"})
# "(Còn nữa)", "(Hết)", "(Kỳ sau: …)": a series note in parentheses, not an outlet.
_SERIES_NOTE = re.compile(r"^(?:còn\s+nữa|còn\s+tiếp|hết|kỳ\s+(?:sau|tới|cuối|\d+|[ivx]+))\b", re.IGNORECASE)
_THEO_PREFIX = re.compile(r"^theo\s+", re.IGNORECASE)
# Professional titles printed before a writer's name ("Lương y Vũ Quốc Trung", "PGS.TS Nguyễn Văn A").
_TITLE = re.compile(
    r"^(?:lương\s+y|bác\s+sĩ|bs\.?(?:ckii?)?|luật\s+sư|ls\.?|nhà\s+báo|nhà\s+văn|nhà\s+thơ|kiến\s+trúc\s+sư|"
    r"kts\.?|kỹ\s+sư|ks\.?|thạc\s+sĩ|ths\.?|tiến\s+sĩ|ts\.?|pgs\.?\s*ts\.?|gs\.?\s*ts\.?|pgs\.?|gs\.?|"
    r"nhà\s+nghiên\s+cứu|chuyên\s+gia|nghệ\s+sĩ|nsưt|nsnd)\s+(?=\S)",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:[-–,&]|\svà\s)\s*")
# An initial: "H.", "N.T.", "Th." — or an initial glued to a name: "H.Vân".
_INITIALS = re.compile(r"^(?:[A-ZĐ][a-zđ]?\.)+(?:\w+)?$")


@dataclass(frozen=True, slots=True)
class BylineParts:
    """The author and source a byline line (or pair of lines) names; either may be ``None``."""

    author: str | None
    source: str | None


def read_byline(line: str) -> BylineParts | None:
    """Return what ``line`` says if it is shaped like a byline, else ``None``. Never raises."""
    # Scraping leaves stray punctuation before a byline (". Trung Thạnh").
    text = " ".join(line.split()).lstrip(".-–*• ")
    if not text or len(text) > _MAX_CHARS:
        return None
    match = _SLASH.match(_THEO_PREFIX.sub("", text))
    if match and match.group("name").upper() in _AGENCIES:  # "TTXVN/Tin Tức": an agency and its paper
        return BylineParts(None, _THEO_PREFIX.sub("", text))
    if match and is_name(match.group("name")) and _is_outlet(match.group("src")):
        # "Thu Hiền/VOV - Trung tâm Tin", and "Theo Hồng Anh/ ElleVN" as republished
        return BylineParts(_author(match.group("name")), match.group("src"))
    match = _THEO.match(text)
    if match and _is_outlet(match.group("src")):
        return BylineParts(None, match.group("src"))
    match = _NGUON.match(text)
    if match:
        return BylineParts(None, match.group("src"))
    match = _COMPILED.match(text)
    if match:
        return BylineParts(None, _compiled_source(match.group("src")))
    match = _LABELLED.match(text)
    if match and is_name(match.group("name")):
        return BylineParts(_author(match.group("name")), None)
    match = _PAREN.match(text)
    if match:
        # "Theo Hữu Doãn (Thể Thao 247)": the reporter, as republished from the outlet in parentheses.
        name = _THEO_PREFIX.sub("", match.group("name"))
        source = read_source(match.group("src"))
        if source is not None and is_name(name):
            return BylineParts(_author(name), source)
    if _OUTLET_LINE.match(text) and _is_outlet(text):  # "Báo Giao thông", "Tạp chí Tia Sáng"
        return BylineParts(None, text)
    if is_name(text):
        words = [part for part in _NAME_SEPARATORS.split(text) if part]
        if all(" " not in word and _looks_like_outlet_word(word) for word in words):  # "VnExpress", "Vnews"
            return BylineParts(None, text)
        return BylineParts(_author(text), None)
    return None


def _looks_like_outlet_word(word: str) -> bool:
    if word.upper() in _AGENCIES:
        return True
    # Outlet names glue words together ("VnExpress", "Chinadaily"); a Vietnamese pen name is a syllable
    # with its diacritics ("Bắp"), an all-capitals name or initials.
    if word.isupper() or _INITIALS.match(word) or not word.isalpha():
        return False
    return any(ch.isupper() for ch in word[1:]) or (word.isascii() and len(word) >= 5)


def is_compiled(source: str | None) -> bool:
    """True for the "compiled from several reports" sources (``T/h``, ``Tổng hợp``), which name no outlet."""
    return source in ("T/h", "Tổng hợp", "Sưu tầm", "Lược dịch", "Biên dịch")


def read_source(text: str) -> str | None:
    """Return the outlet named by a parenthesised or stand-alone source line ("T/h", "theo Reuters")."""
    inner = " ".join(text.strip().strip("()").split()).rstrip(".")
    if not inner or _SERIES_NOTE.match(inner):
        return None
    match = _COMPILED.match(inner)
    if match:
        return _compiled_source(match.group("src"))
    match = _THEO.match(inner) or _NGUON.match(inner)
    if match:
        return match.group("src") if _is_outlet(match.group("src")) else None
    return inner if _is_outlet(inner) else None


def is_name(text: str) -> bool:
    """True if ``text`` is one or more personal names (capitalised syllables, initials) or a staff label."""
    text = " ".join(text.split()).rstrip()
    if _STAFF.match(text.rstrip(".")):  # "PV", "PV.", "Nhóm PV"
        return True
    # A bare name ends without punctuation, but a last initial ("Bảo Th.") keeps its dot.
    if not text or (text[-1] in ".!?:;," and not (text[-1] == "." and _INITIALS.match(text.split()[-1]))):
        return False
    names = [part for part in _NAME_SEPARATORS.split(text) if part]
    if not names or len(names) > 4:
        return False
    return all(_is_single_name(name) for name in names)


def _author(name: str) -> str:
    # Scraped bylines keep a dangling separator where a second name or a link was cut ("Võ Sáu -").
    author = _drop_title(name).rstrip(" -–,/&")
    return author.rstrip(".") if _STAFF.match(author.rstrip(".")) else author


def _drop_title(name: str) -> str:
    return _TITLE.sub("", " ".join(name.split()), count=1)


def _is_single_name(name: str) -> bool:
    name = _drop_title(name)
    syllables = name.split()
    if _STAFF.match(name):
        return True
    if not 1 <= len(syllables) <= _MAX_NAME_SYLLABLES:
        return False
    for syllable in syllables:
        if _INITIALS.match(syllable):
            continue
        if not (syllable[0].isupper() and syllable.isalpha()):
            return False
    # A single capitalised word ("Hà", "Nhưng") is too weak unless it is written in capitals or initials.
    if len(syllables) == 1:
        only = syllables[0]
        return bool(_INITIALS.match(only)) or only.isupper() or _looks_like_outlet_word(only)
    return True


def _is_outlet(text: str) -> bool:
    """An outlet name starts with a capital letter or digit ("VnExpress", "báo Tuổi Trẻ" also allowed)."""
    words = text.split()
    if not words or len(words) > 8 or text.rstrip()[-1:] in "!?,;:":
        return False
    first = words[0]
    if first[0].isupper() or first[0].isdigit():
        return True
    if len(words) == 1 and first.rstrip(".").isascii() and len(first) >= 5:  # "daydaycook", "volleyball"
        return True
    return first.lower() in {"báo", "trang", "tạp", "kênh", "đài", "tờ", "hãng", "thông", "cổng"} and len(words) > 1


def _compiled_source(raw: str) -> str:
    key = " ".join(raw.lower().replace(".", "").replace(" ", "").split())
    if key in ("t/h", "th"):
        return "T/h"
    if key in ("st", "sưutầm"):
        return "Sưu tầm"
    if key.endswith("dịch"):
        return "Lược dịch" if key.startswith("lược") else "Biên dịch"
    return "Tổng hợp"


# Scraping cuts a byline at its links: "Theo" / "Trí thức trẻ", "(theo" / "Chinadaily" / ")".
_DANGLING_THEO = re.compile(r"(?:^|[\s(])theo$", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(\s*[^()]+?\s*\)?$")


def take_byline(text: str, content: list[TextLine]) -> tuple[Byline | None, list[TextLine]]:
    """Split off a byline from the last one or two body lines. The only body line is a byline only when it names a
    source (``Theo VnExpress``, ``(TTXVN)``): a lone name (``Quang Hưng``) may as well be the body."""
    if not content:
        return None, content
    if len(content) == 1:
        parts = _unit_byline(content[0].of(text))
        if parts is None or parts.source is None:
            return None, content
        return _byline(text, content[0], content[0], parts), []
    last = _tail_unit(text, content, len(content))
    last_parts = _unit_byline(last[1])
    if last[0] >= 2 and content[last[0]].gap <= 1:
        before = _tail_unit(text, content, last[0])
        before_parts = _unit_byline(before[1]) if before[0] >= 1 else None
        combined = _combine(before_parts, last_parts)
        if combined is not None:
            return _byline(text, content[before[0]], content[-1], combined), content[: before[0]]
    if last_parts is None or last[0] < 1:
        return None, content
    return _byline(text, content[last[0]], content[-1], last_parts), content[: last[0]]


def _tail_unit(text: str, content: list[TextLine], stop: int) -> tuple[int, str]:
    """The line before ``stop`` as (first index, text), joined to a dangling ``Theo`` line above it."""
    first = stop - 1
    joined = content[first].of(text)
    if first >= 1 and content[first].gap <= 1 and _DANGLING_THEO.search(content[first - 1].of(text)):
        first -= 1
        joined = f"{content[first].of(text)} {joined}"
    return first, joined


def _unit_byline(line: str) -> BylineParts | None:
    if _PARENTHESISED.match(line):  # "(T/h)", "(TTXVN)", "(Trithucthoidai)"
        source = read_source(line)
        return BylineParts(None, source) if source else None
    return read_byline(line)


def _combine(first: BylineParts | None, second: BylineParts | None) -> BylineParts | None:
    """A two-line byline: a name, then its outlet ("Kim Thanh" + "(T/h)"), or the outlet, then the name."""
    if first is None or second is None:
        return None
    compiled_or_none = first.source is None or is_compiled(first.source)
    if first.author and second.author is None and second.source and compiled_or_none:
        return BylineParts(first.author, second.source)
    if first.author is None and first.source and second.author and second.source is None:
        return BylineParts(second.author, first.source)
    return None


def _byline(text: str, first: TextLine, last: TextLine, parts: BylineParts) -> Byline:
    start, end = first.start, last.end
    return Byline(
        Span(text[start:end], start, end),
        _credit(text, parts.author, start, end),
        _credit(text, parts.source, start, end),
    )


def _credit(text: str, name: str | None, start: int, end: int) -> Credit | None:
    """The credit ``name`` with the span where the byline writes it: as given, else ignoring case (``tổng hợp``)."""
    if name is None:
        return None
    at = text.find(name, start, end)
    if at < 0:
        lowered = text[start:end].lower()
        if len(lowered) == end - start:  # lowercasing kept every offset
            found = lowered.find(name.lower())
            at = start + found if found >= 0 else -1
    return Credit(name, Span(text[at : at + len(name)], at, at + len(name)) if at >= 0 else None)
