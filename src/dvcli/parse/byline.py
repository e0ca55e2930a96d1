"""What one byline line says: the author (``author``) and the outlet (``source``) it names, whatever its shape."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
WORKPLACE = re.compile(
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
        if is_name(name) and _titled(name) and WORKPLACE.match(match.group("src")):
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
