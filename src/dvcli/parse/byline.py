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
    r"^(?:lương\s+y|bác\s+sĩ|luật\s+sư|nhà\s+báo|nhà\s+văn|nhà\s+thơ|kiến\s+trúc\s+sư|kỹ\s+sư|thạc\s+sĩ|"
    r"tiến\s+sĩ|nhà\s+nghiên\s+cứu|chuyên\s+gia|nghệ\s+sĩ|nsưt|nsnd|"
    # Degrees glued by full stops: "ThS.BS", "PGS.TS", "BSCKII", "TS.BS".
    r"(?:(?:pgs|gs|tskh|ts|ths|bs(?:ckii|cki|ck1|ck2)?|ds|ls|kts|ks|cn)\.?\s?){1,3})\s*(?=[A-ZĐ])",
    re.IGNORECASE,
)
# A staff role before the name is no part of it: "CTV Hải Yến", "PV Lê Nam", "Phóng viên Minh Hà".
_ROLE = re.compile(r"^(?:pv|ctv|btv|phóng\s+viên|cộng\s+tác\s+viên|biên\s+tập\s+viên)\.?\s+(?=[A-ZĐ])", re.IGNORECASE)
# An expert signs with a workplace, which is no outlet: "ThS.BS Nguyễn Lan" + "Bệnh viện Bạch Mai".
_WORKPLACE = re.compile(
    r"^\(?\s*(?:bệnh\s+viện|bv|viện|hội|trường|khoa|trung\s+tâm|đại\s+học|học\s+viện|phòng\s+khám|"
    r"công\s+ty|sở|bộ\s+môn)\s+\S",
    re.IGNORECASE,
)
# "Minh Trang/VOV-Tây Nguyên", "VOV - Trung tâm Tin": the outlet, then the desk that filed the story.
_OUTLET_DESK = re.compile(r"^(?P<outlet>[A-ZĐ][A-ZĐ0-9]+(?:\.[A-Z]{2,3})?)\s*[-–]\s*\S")
# "Tổng hợp từ ESPN", "(Tổng hợp theo báo Dân Việt, Tiền Phong)": compiled from named outlets.
_COMPILED_FROM = re.compile(
    r"^\(?\s*(?:tổng\s+hợp|t\s*/\s*h|lược\s+dịch|biên\s+dịch|dịch)\s+(?:theo|từ)\s+"
    r"(?:(?:các\s+)?(?:báo|trang|hãng|tờ)\s+)?(?P<src>[^()]+?)\s*\)?\s*\.?$",
    re.IGNORECASE,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:[-–,&]|\svà\s)\s*")
# An initial: "H.", "N.T.", "Th." — or an initial glued to a name: "H.Vân".
_INITIALS = re.compile(r"^(?:[A-ZĐ][a-zđ]?\.)+(?:\w+)?$")


@dataclass(frozen=True, slots=True)
class BylineParts:
    """The author and source a byline line (or pair of lines) names; either may be ``None``. ``titled``: the
    author signed with a professional title (an expert, whose workplace is no source)."""

    author: str | None
    source: str | None
    titled: bool = False


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
        # "Thu Hiền/VOV - Trung tâm Tin" (the outlet is VOV), and "Theo Hồng Anh/ ElleVN" as republished
        return BylineParts(_author(match.group("name")), _outlet(match.group("src")))
    match = _THEO.match(text)
    if match and _is_outlet(match.group("src")):
        return BylineParts(None, match.group("src"))
    match = _NGUON.match(text)
    if match:
        return BylineParts(None, match.group("src"))
    match = _COMPILED_FROM.match(text)
    if match and _is_outlet(match.group("src")):
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
        if is_name(name) and _titled(name) and _WORKPLACE.match(match.group("src")):
            return BylineParts(_author(name), None, True)  # "ThS.BS Nguyễn Lan (Bệnh viện Bạch Mai)"
        source = read_source(match.group("src"))
        if source is not None and is_name(name):
            return BylineParts(_author(name), source, _titled(name))
    if _OUTLET_LINE.match(text) and _is_outlet(text):  # "Báo Giao thông", "Tạp chí Tia Sáng"
        return BylineParts(None, text)
    if is_name(text):
        words = [part for part in _NAME_SEPARATORS.split(text) if part]
        if all(" " not in word and _looks_like_outlet_word(word) for word in words):  # "VnExpress", "Vnews"
            return BylineParts(None, text)
        return BylineParts(_author(text), None, _titled(text))
    return None


def _titled(name: str) -> bool:
    return _drop_title(name) != " ".join(name.split())


def _outlet(source: str) -> str:
    """The outlet of ``source`` without the desk after a dash (``VOV-Tây Nguyên`` -> ``VOV``)."""
    match = _OUTLET_DESK.match(source)
    return match.group("outlet") if match else source


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
    match = _COMPILED_FROM.match(inner)
    if match and _is_outlet(match.group("src")):
        return match.group("src")
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
    plain = " ".join(name.split())
    return _TITLE.sub("", _ROLE.sub("", plain, count=1), count=1)


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
_DANGLING_THEO = re.compile(
    r"(?:(?:^|[\s(])theo|^\s*(?:bài|ảnh|tin|thực\s+hiện|bài\s+và\s+ảnh)\s*:)\s*$", re.IGNORECASE
)
# "Ảnh: Instagram, Zimbio", "(Ảnh: Getty)": who took the pictures, not where the story came from.
_PHOTO_LABEL = re.compile(r"(?:^|\n)\s*\(?\s*(?:ảnh|nguồn\s+ảnh)\s*:\s*\n\s*$", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^\s*\(?\s*(?:ảnh|nguồn\s+ảnh|ảnh\s+minh\s+họa|video|clip)\s*:", re.IGNORECASE)
_PARENTHESISED = re.compile(r"^\(\s*[^()]+?\s*\)?$")


def take_byline(text: str, content: list[TextLine]) -> tuple[Byline | None, list[TextLine]]:
    """Split off a byline from the last one or two body lines; an article with one paragraph has none.

    A photo credit after the byline (``Bài: Tuấn Anh`` / ``Ảnh: Instagram``) belongs to the byline's lines but
    names no source.
    """
    if len(content) < 2:
        return None, content
    stop = len(content)
    last = _tail_unit(text, content, stop)
    # The photo label may stand on its own line, already set aside as a noise line ("Ảnh:" / "Instagram").
    label_above = _PHOTO_LABEL.search(text, content[last[0] - 1].end, content[last[0]].start) if last[0] else None
    if (_PHOTO_CREDIT.match(last[1]) or label_above) and last[0] >= 2:
        stop = last[0]  # the credit block's photo line: read the byline above it
    found = _take(text, content, stop)
    if found is None:
        return None, content
    first, parts = found
    return _byline(text, content[first], content[-1], parts), content[:first]


def _take(text: str, content: list[TextLine], stop: int) -> tuple[int, BylineParts] | None:
    """The byline made of the last one or two units before ``stop``: (index of its first line, parts)."""
    last = _tail_unit(text, content, stop)
    last_parts = _unit_byline(last[1])
    if last[0] >= 2 and content[last[0]].gap <= 1:
        before = _tail_unit(text, content, last[0])
        before_parts = _unit_byline(before[1]) if before[0] >= 1 else None
        combined = _combine(before_parts, last_parts)
        if combined is None and before_parts and before_parts.titled and _WORKPLACE.match(last[1]):
            combined = BylineParts(before_parts.author, None, True)  # "ThS.BS Nguyễn Lan" + "Bệnh viện Bạch Mai"
        if combined is not None:
            return before[0], combined
    if last_parts is None or last[0] < 1:
        return None
    return last[0], last_parts


def _tail_unit(text: str, content: list[TextLine], stop: int) -> tuple[int, str]:
    """The line before ``stop`` as (first index, text), joined to a dangling ``Theo`` or ``Bài:`` line above it."""
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
        return BylineParts(first.author, None if first.titled else second.source, first.titled)
    if first.author and first.source and second.author is None and is_compiled(second.source):
        return first  # "Trường Giang/VOV.VN" + "Tổng hợp": the outlet named says more
    if first.author is None and first.source and second.author and second.source is None:
        # "(Hội Đông y Việt Nam)" + "Lương y Vũ Quốc Trung": an expert's workplace, not an outlet.
        return BylineParts(second.author, None if second.titled else first.source, second.titled)
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
