"""Context that makes a capitalised name a person without a title: a verb only people do, an age, a photo credit,
a list of people; and the shape test for words that are no Vietnamese syllable (``Messi``, ``Reuters``)."""

from __future__ import annotations

import re
import unicodedata

from dvcli.entities.phrases import Line, PhraseTable, is_upper

# What a person does right after being named: speaking, scoring, being born or hurt ("Messi ghi bàn",
# "Darwin từng viết", "Tuấn Anh nói"). Verbs that bodies and places share ("có", "sẽ", "đã", "tổ chức",
# "quyết định") are left out: "Hebei sẽ …" says nothing about who Hebei is.
PERSON_VERBS = PhraseTable(
    (
        *("cho biết", "nói", "khẳng định", "nhấn mạnh", "chia sẻ", "phát biểu", "bày tỏ", "cho hay", "kể"),
        *("giải thích", "trả lời", "nhận định", "thừa nhận", "cho rằng", "nêu rõ", "tiết lộ", "tâm sự"),
        *("bộc bạch", "nhìn nhận", "nhận xét", "than phiền", "phủ nhận", "xin lỗi", "khóc", "cười", "mỉm cười"),
        *("từng", "ghi bàn", "lập công", "lập cú đúp", "kiến tạo", "đánh đầu", "sút", "dứt điểm", "bắt bóng"),
        *("sinh năm", "sinh ra", "qua đời", "tử vong", "bị thương", "kết hôn", "ly hôn", "hẹn hò", "mang thai"),
        *("sinh con", "đăng tải", "viết", "hát", "diện", "khoe", "tự tin", "thú nhận", "bật khóc", "lên tiếng"),
        *("gia nhập", "ký hợp đồng", "dẫn dắt", "đá chính", "ngồi dự bị", "vắng mặt", "bị treo giò"),
        *("tiếp tục", "cũng cho biết", "cũng nói", "đã nói", "đã viết", "đã ghi", "đã từng", "vẫn", "liên tục"),
    )
)
# "Shelia Fedrick (ảnh)", "Messi (trái)": the person a photo shows, named just before the bracket.
_PICTURED = re.compile(r"\s*\((?:ảnh|trong ảnh|trái|phải|giữa|bên trái|bên phải|áo \w+)\)")
_AGE = re.compile(r"\s*(?:\(\s*(?:\d{1,3}\s+tuổi|SN\s*\d{4}|sinh năm\s*\d{4})|,\s*\d{1,3}\s+tuổi)")
# "Ảnh: Bảo Hân", "Bài và ảnh: Minh Anh": a credit names the person who took or wrote it.
_CREDIT_WORDS = frozenset(["ảnh", "bài", "clip", "video", "thực hiện", "ảnh minh họa"])
_LIST_JOINS = frozenset([",", "và", ";", "&", "cùng"])
# The shape of a Vietnamese syllable without its marks: an initial, one vowel group, a final.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptiouy])?"
)


def foreign(word: str) -> bool:
    """True for an abbreviation (``QQ``) or a word that is no Vietnamese syllable (``Reuters``, ``Messi``)."""
    plain = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return is_upper(word) or not _SYLLABLE.fullmatch(plain)


def plain_name(line: Line, i: int, j: int) -> bool:
    """True if tokens ``i``..``j - 1`` are words of letters, none an abbreviation (``TP``, ``UBND``)."""
    return all(w.isalpha() and not is_upper(w) for w in line.words[i:j])


def aged(line: Line, j: int) -> bool:
    """True if an age follows token ``j - 1``: ``(28 tuổi)``, ``, 31 tuổi``, ``(SN 1990)``."""
    return j <= len(line) and _AGE.match(line.text, line.ends[j - 1], line.end) is not None


def pictured(line: Line, j: int) -> bool:
    """True if ``(ảnh)``, ``(trái)`` or the like follows token ``j - 1``: the name of someone in a photo."""
    return j <= len(line) and _PICTURED.match(line.text, line.ends[j - 1], line.end) is not None


def acts_after(line: Line, j: int) -> bool:
    """True if a verb only people do (``ghi bàn``, ``cho biết``) or an age follows token ``j - 1``."""
    if j >= len(line):
        return False
    return aged(line, j) or (line.joined(j) and PERSON_VERBS.match(line, j) is not None)


def named_in_credit(line: Line, i: int, j: int) -> bool:
    """True if tokens ``i``..``j - 1`` are the whole name of a credit line (``Ảnh: Bảo Hân``, ``(Ảnh: Thu Hằng)``)."""
    if i < 2 or line.words[i - 1] != ":":
        return False
    before = line.keys[i - 2]
    if before not in _CREDIT_WORDS and not (i >= 3 and f"{line.keys[i - 3]} {before}" in _CREDIT_WORDS):
        return False
    return j >= len(line) or line.words[j] in ").,;-–/"


def listed_with(line: Line, maybe: list[tuple[int, int]], people: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the runs of ``maybe`` (token ranges) listed beside a person of ``people`` (character spans) or beside
    another such run: ``Messi, Suarez và Neymar``, a line-up ``Cillessen; Roberto, Pique``."""
    if not maybe:
        return []
    person_ends = {end for _, end in people}
    person_starts = {start for start, _ in people}
    chosen: list[tuple[int, int]] = []
    # Left to right: a run after a person (or a chosen run); then right to left: a run before one.
    for order in (maybe, list(reversed(maybe))):
        for i, j in order:
            if (i, j) in chosen:
                continue
            after = i >= 2 and line.words[i - 1] in _LIST_JOINS and line.ends[i - 2] in person_ends
            before = j + 1 < len(line) and line.words[j] in _LIST_JOINS and line.starts[j + 1] in person_starts
            if after or before:
                chosen.append((i, j))
                person_ends.add(line.ends[j - 1])
                person_starts.add(line.starts[i])
    return sorted(chosen)
