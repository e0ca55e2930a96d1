"""Context that makes a capitalised name a person without a title: a verb only people do, an age, a photo credit,
a list of people, a kinship word before it, a description after it; and the shape test for words that are no
Vietnamese syllable (``Messi``, ``Reuters``)."""

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
        *("tạt", "cứu thua", "phạm lỗi", "nhận thẻ", "lập hat-trick", "đá phạt", "đá hỏng", "ăn mừng"),
    )
)
# Who the person is to someone, just before the name: "con gái Elaf Hussain", "thầy trò Wenger", "Cha của
# Alhanfy". Bodies and places have no daughters, fathers or pupils.
KIN = PhraseTable(
    (
        *("con gái", "con trai", "con rể", "con dâu", "cô con gái", "cậu con trai", "vợ", "chồng", "người vợ"),
        *("người chồng", "bạn gái", "bạn trai", "người yêu", "bố", "mẹ", "cha", "anh trai", "chị gái", "em gái"),
        *("em trai", "cháu gái", "cháu trai", "cháu nội", "cháu ngoại", "thầy trò", "học trò", "học trò của"),
        *("vợ của", "chồng của", "con của", "cha của", "mẹ của", "bố của", "gia đình của", "gia đình", "vợ chồng"),
        *("đồng đội", "đồng nghiệp", "bạn thân", "người bạn"),
    )
)
# What a person is, in an appositive after the name: "Niki Rahmati, một sinh viên Iran", "Hamed Bay là một nhà
# nghiên cứu". "Samsung, một ông lớn công nghệ" is why "ông" is not here: only nouns that name people.
_PERSON_NOUNS = PhraseTable(
    (
        *("người", "người đàn ông", "người phụ nữ", "phụ nữ", "cô gái", "chàng trai", "cậu bé", "cô bé", "bé gái"),
        *("bé trai", "cụ ông", "cụ bà", "sinh viên", "du học sinh", "nghiên cứu sinh", "học sinh", "giáo viên"),
        *("cô giáo", "thầy giáo", "nhà nghiên cứu", "nhà khoa học", "nhà báo", "nhà văn", "nhà thơ", "nhà hoạt động"),
        *("nhà ngoại giao", "chính trị gia", "nghệ sĩ", "ca sĩ", "diễn viên", "người mẫu", "cầu thủ", "tiền đạo"),
        *("tiền vệ", "hậu vệ", "thủ môn", "vận động viên", "bác sĩ", "kỹ sư", "luật sư", "giáo sư", "tiến sĩ"),
        *("doanh nhân", "tỷ phú", "chuyên gia", "cựu binh", "binh sĩ", "cựu chiến binh", "nông dân", "công nhân"),
        *("chiến lược gia", "giám đốc", "giám đốc điều hành", "phó giáo sư", "chủ tịch", "phát ngôn viên"),
        *("nhạc sĩ", "họa sĩ", "nhiếp ảnh gia", "phóng viên", "huấn luyện viên", "nữ sinh", "nam sinh"),
        *("biên tập viên", "nhà thiết kế", "trợ lý", "cố vấn", "người phát ngôn", "đại sứ", "nghị sĩ"),
    )
)
# "Shelia Fedrick (ảnh)", "Messi (trái)": the person a photo shows, named just before the bracket.
_PICTURED = re.compile(r"\s*\((?:ảnh|trong ảnh|trái|phải|giữa|bên trái|bên phải|áo \w+)\)")
_BRACKETED = re.compile(r"\s*\(\s*(?:quốc tịch\s|\d{1,3}\s+bàn\b)")
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


def related_before(line: Line, i: int) -> bool:
    """True if a kinship or pupil word ends just before token ``i``: ``con gái …``, ``thầy trò …``, ``mẹ của …``."""
    if not line.joined(i):
        return False
    for back in (3, 2, 1):
        s = i - back
        if s >= 0 and (kin := KIN.match(line, s)) is not None and kin[0] == i:
            return True
    return False


def described_after(line: Line, i: int, j: int) -> bool:
    """True if what follows the name in tokens ``i``..``j - 1`` says it is a person's: an appositive
    (``, một sinh viên …``, ``, bác sĩ 33 tuổi``, `` - một nhạc sĩ``, `` – bạn gái …``, `` là một nhà
    nghiên cứu``), or a nationality or goal tally in brackets (``(quốc tịch Anh)``, ``(18 bàn)``)."""
    if j < len(line) and _BRACKETED.match(line.text, line.ends[j - 1], line.end):
        return True
    k = j + 1 if j < len(line) and line.words[j] in (",", "-", "–") else j
    if k < len(line) and line.keys[k] == "là":
        k += 1
    if k == j or k >= len(line):
        return False
    if line.keys[k] in ("một", "1"):
        return _PERSON_NOUNS.match(line, k + 1) is not None
    if k > j and line.words[k][0].islower() and KIN.match(line, k) is not None:
        return True  # "Bảo Anh – bạn gái Hồ Quang Hiếu": someone's kin
    # Without "một", only after a comma and in lowercase: "Tim Cook, giám đốc …" describes him, "Apple, Giám đốc
    # Tim Cook" names someone else, and "Filmotechnic – chuyên gia hàng đầu về …" heads a section on a company.
    if line.words[j] != "," or not line.words[k][0].islower():
        return False
    noun = _PERSON_NOUNS.match(line, k)
    # A bare "người" (who) after one word may be about someone else ("quá trình Brexit, người đang chịu áp lực");
    # after a name of two words ("Denis Suarez, người đang có phong độ") it is that person.
    return noun is not None and (noun[1] != "người" or j - i >= 2)


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
