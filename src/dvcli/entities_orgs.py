"""Organisations: names built on a head word (``Ban Dân vận Tỉnh ủy``), abbreviations, well-known bodies."""

from __future__ import annotations

import re
import unicodedata

from dvcli import lexicon
from dvcli.entities_names import (
    ABBREVIATIONS,
    HEAD_SUFFIXES,
    KNOWN_ORGS,
    LOWER_HEADS,
    LOWER_KINDS,
    MEDIA_AND_MAKERS,
    NAMED_HEADS,
    ORG_TRIGGERS,
    STANDALONE_HEADS,
    SURNAMES,
)
from dvcli.entities_places import PLACES, TITLE_TABLE, UNITS, place_at, title_before, unit_at
from dvcli.entities_tokens import Candidate, Line, PhraseTable, is_upper, key


def _split_words(text: str) -> list[str]:
    return text.split()


_HEADS = PhraseTable(())
for _head in NAMED_HEADS:
    _HEADS.add(_head, "named")
for _head in STANDALONE_HEADS:
    _HEADS.add(_head, "standalone")
_SUFFIXES = PhraseTable(HEAD_SUFFIXES)
_KNOWN = PhraseTable(KNOWN_ORGS | MEDIA_AND_MAKERS)
_TRIGGERS = PhraseTable(ORG_TRIGGERS)
_LOWER_HEADS = PhraseTable(LOWER_HEADS)
_LOWER_KINDS = PhraseTable(LOWER_KINDS)
# Youth and national teams: "U23 Việt Nam", "U.23 Malaysia".
# Verbs that say what a body did; a lowercase stretch holding one is the sentence, not the name.
_VERBS = frozenset([
    "đánh giá", "thông báo", "khẳng định", "yêu cầu", "đề nghị", "kiểm tra", "xác nhận", "cảnh báo", "khuyến cáo",
    "chỉ đạo", "phối hợp", "tiếp nhận", "tổ chức", "phát hiện", "xử lý", "công bố", "quyết định", "ban hành",
    "triển khai", "hỗ trợ", "bắt giữ", "điều tra", "tạm giữ", "khởi tố", "làm việc", "chúc mừng", "ký kết",
    "hợp tác", "đề xuất", "tiến hành", "trao đổi", "giải thích", "cho rằng", "nhấn mạnh", "lên tiếng",
    "thừa nhận", "tuyên bố", "phản đối", "ủng hộ", "đồng ý", "cam kết", "dự báo", "dự kiến", "vừa có", "đã có"
])
# Government bodies whose field may be written in lowercase ("Sở y tế"); "Đội cứu hộ" is generic.
_FIELD_HEADS = frozenset(["bộ", "sở", "phòng", "cục", "vụ", "viện", "ban", "tổng cục", "chi cục"])
_BACK_HEADS = frozenset(["Bộ", "Sở", "Phòng", "Cục", "Viện", "Tổng cục"])
_BARE_UNITS = frozenset(["tỉnh", "tp", "huyện", "quận", "xã", "phường", "thị xã", "thành phố"])
# Abbreviations of a force that is an organisation only with the place it serves ("CSGT Công an tỉnh X").
_NEEDS_PLACE = frozenset(["CSGT", "Cảnh sát giao thông"])
# Counted things: "Bộ Y tế 3 ngày qua" ends the name before the number.
_MEASURES = frozenset(_split_words("ngày năm tháng tuần giờ người chiếc lần tuổi triệu tỷ nghìn ngàn trăm km ha tấn"))
_TEAM_AGE = re.compile(r"U\d{2}")
# Words that end a lowercase stretch inside a name: a verb or function word means the sentence goes on.
_STOP = frozenset(_split_words(
    "cho biết đã đang sẽ là của tại ở với được bị có không này đó trong về theo vừa cũng khi đến từ và các "
    "những một thì mà để do nên nhưng hay hoặc như sau trước lúc ngày năm tháng người ông bà anh chị vào ra "
    "lên xuống đi làm yêu phải cần nói cùng đều rằng nhằm bằng qua trên dưới giữa hơn rất nhiều ít vì nếu "
    "gửi ký trao tặng vẫn còn chưa mới bắt thuộc khoảng gần tiếp niêm phó trưởng dẫn nguồn sang tới"
))
# "Trường" heads a school only before a word for a kind of school ("Trường Chinh" is a person).
_SCHOOLS = frozenset(
    ["Đại", "Cao", "THPT", "THCS", "PTTH", "Tiểu", "Mầm", "Trung", "Phổ", "Chính", "Sĩ", "Sỹ", "Quân", "Dạy",
     "Quốc", "Nghề", "ĐH", "CĐ", "Mẫu", "Năng", "Hữu", "Bồi", "Văn", "Nghiệp", "Kỹ", "Công", "PTDTNT", "TH"]
)
_MEDIA_WORDS = frozenset(["Times", "News", "Post", "Journal", "Online", "Today", "Herald", "Telegraph", "Mail"])
_DOMAINS = frozenset(["vn", "net", "com", "com.vn", "org"])
_BRACKETED = re.compile(r" ?\(([A-ZĐ][A-ZĐ&.-]*[A-ZĐ])\)")
# The shape of a Vietnamese syllable without its marks: an initial, one vowel group, a final.
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnptiouy])?"
)
# A lowercase syllable joins the capitalised one before it only if together they are a common word.
_MIN_WORD_DF = 20


def _lower_tail(line: Line, j: int) -> int:
    """Extend past lowercase syllables that form one word with the capitalised token before ``j``."""
    words = lexicon.words()
    first = key(line.words[j - 1])
    for n in (2, 1):
        if j + n <= len(line) and all(line.joined(j + k) and line.words[j + k][0].islower() for k in range(n)):
            phrase = " ".join([first] + [key(w) for w in line.words[j:j + n]])
            if words.df(phrase) >= _MIN_WORD_DF:
                return j + n
    return j


def _joins_name(line: Line, j: int) -> bool:
    # "Sở Giáo dục và Đào tạo" goes on; "Bộ Công an và Bộ Quốc phòng", "EU và NATO" are two bodies.
    if not line.cap(j) or not (line.joined(j) or line.touching(j)):
        return False
    word = line.words[j]
    person = word in SURNAMES and line.cap(j + 1) and line.joined(j + 1)
    return not (_HEADS.match(line, j) or word in ABBREVIATIONS or _KNOWN.match(line, j) or person
                or TITLE_TABLE.match(line, j))


def _extend(line: Line, j: int, stop_at_person: bool, connectors: bool = True) -> tuple[int, bool]:
    """Extend an organisation name from token ``j``; return (end index, whether a name was consumed)."""
    named = False
    bridged = False
    while j < len(line) and (bridged or line.joined(j) or (line.touching(j) and line.words[j] in "&-,")):
        bridged = False
        word = line.words[j]
        unit = unit_at(line, j, stop_at_person)
        if unit:
            return unit[0], True
        place = PLACES.match(line, j)
        # "Pháp luật" aside: a place word that makes a common word with the next is no place here.
        common = place is not None and place[0] == j + 1 and _lower_tail(line, j + 1) > j + 1
        if place and not common and (line.cap(j) or place[2] == "place"):
            return place[0], True
        suffix = _SUFFIXES.match(line, j)
        if suffix:
            j = suffix[0]
            continue
        if line.cap(j) or (is_upper(word) and word.isalnum()):
            if stop_at_person and word in SURNAMES and line.cap(j + 1) and line.joined(j + 1):
                break
            if title_before(line, j + 1) == j or title_before(line, j + 2) == j:
                break
            j = _lower_tail(line, j + 1)
            named = True
            continue
        if named and word.isdigit() and len(word) <= 3 and not (line.joined(j + 1) and line.keys[j + 1] in _MEASURES):
            j += 1  # "Bệnh viện Nhi đồng 1", "Ban Quản lý dự án 2"
            continue
        government = line.keys[j - 1] in _FIELD_HEADS
        if not named and government and not _part_of_word(line, j - 1, j) and (field := _field(line, j)):
            j, named = field, True  # "Sở y tế", "Bộ tài chính": the field written in lowercase
            continue
        bridge = _lower_bridge(line, j, named) if named or not _part_of_word(line, j - 1, j) else None
        if bridge is not None:
            j = bridge
            continue
        other = _LOWER_HEADS.match(line, j + 1) or _HEADS.match(line, j + 1)
        if named and word == "và" and line.joined(j + 1) and not other and _lower_bridge(line, j + 1):
            j += 1  # "Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội"
            continue
        glued = line.touching(j) and line.touching(j + 1) and is_upper(line.words[j - 1])
        if word == "," and glued and is_upper(line.words[j + 1]):
            j += 1  # "Bộ LĐ,TB&XH"
            bridged = True
            continue
        if connectors and word in ("và", "&", "-", "–") and _joins_name(line, j + 1):
            j += 1
            bridged = True
            continue
        unit = UNITS.match(line, j)
        if unit and word[0].islower() and (unit[0] >= len(line) or not line.cap(unit[0])):
            return unit[0], True
        break
    return j, named


def _field(line: Line, j: int) -> int | None:
    """A two-syllable lowercase word right after a head, ending the name ("Sở y tế", "Bộ tài chính")."""
    if j + 1 >= len(line) or not line.joined(j + 1) or not line.words[j + 1][0].islower():
        return None
    if line.keys[j] in _STOP or line.keys[j + 1] in _STOP or f"{line.keys[j]} {line.keys[j + 1]}" in _VERBS:
        return None
    after = j + 2 < len(line) and line.joined(j + 2) and line.words[j + 2][0].islower()
    after = after and line.keys[j + 2] not in _STOP and f"{line.keys[j + 2]} {line.keys[j + 3]}" not in _VERBS \
        if j + 3 < len(line) else after and line.keys[j + 2] not in _STOP
    return j + 2 if not after and _part_of_word(line, j, j + 1) else None


def _lower_bridge(line: Line, j: int, named: bool = True) -> int | None:
    """"Ban Quản lý dự án đầu tư … tỉnh X": lowercase words inside a name, when a place or number ends them."""
    k = j
    while k < len(line) and k - j <= 12 and line.joined(k) and line.words[k][0].islower() and line.words[k].isalpha():
        if line.keys[k] in _STOP or (k + 1 < len(line) and f"{line.keys[k]} {line.keys[k + 1]}" in _VERBS):
            return None
        if k > j and unit_at(line, k):
            return k
        k += 1
    if k == j or k >= len(line) or not line.joined(k):
        return None
    if line.words[k].isdigit():
        # "Ban Quản lý dự án 2"; not "tiếp tục truy đuổi khoảng 5 km".
        counted = k + 1 < len(line) and line.joined(k + 1) and line.words[k + 1][0].islower()
        return k if k - j <= 3 and not counted else None
    place = PLACES.match(line, k)
    if place:
        # "Hãng xe Nhật Bản" is a Japanese carmaker, not a name; "Cục dự trữ liên bang Mỹ" is one.
        return None if not named and place[2] == "country" and k - j == 1 else k
    # "Cục Khảo thí và Kiểm định chất lượng Bộ GD&ĐT", "Trung tâm khí tượng Thủy văn": a name goes on.
    person = line.words[k] in SURNAMES and line.cap(k + 1) and line.joined(k + 1)
    if line.cap(k) and k - j <= 4 and not person:
        return None if TITLE_TABLE.match(line, k) else k
    return None


def _inside_place(line: Line, i: int) -> bool:
    # "Tây Ban Nha" is a country, not the body "Ban Nha".
    for back in (1, 2):
        if i - back >= 0 and line.cap(i - back):
            found = PLACES.match(line, i - back)
            if found and found[0] > i:
                return True
    return False


def find_organizations(
    line: Line, taken: bytearray, defined: dict[str, str], heads: set[str] | None = None
) -> list[Candidate]:
    """Return the organisations in ``line``; ``defined`` collects abbreviations the text defines.

    ``heads`` collects the head words of the bodies named so far (``Bộ`` of ``Bộ GD&ĐT``), so that a later
    capitalised ``Bộ`` alone is a mention of that body.
    """
    heads = set() if heads is None else heads
    found: list[Candidate] = []
    i = 0
    while i < len(line):
        hit = None if taken[line.starts[i]] else _org_at(line, i, defined)
        if hit is None and not taken[line.starts[i]] and _back_reference(line, i, heads):
            hit = i + 1, {"reference": True}
        if hit is None:
            i += 1
            continue
        j, attributes = hit
        # A source after "Theo" or a name after "hãng" starts later than the token that found it.
        start, end = int(attributes.pop("_start", line.starts[i])), line.ends[j - 1]  # type: ignore[call-overload]
        if any(taken[start:end]):
            i += 1
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("organization", start, end, attributes))
        if line.words[i] in _BACK_HEADS and start == line.starts[i]:
            heads.add(line.words[i])
        # "Ngân hàng Nhà nước (NHNN)": the bracketed abbreviation is a mention with its expansion.
        bracket = _BRACKETED.match(line.text, end, line.end)
        if bracket and not any(taken[bracket.start(1):bracket.end(1)]):
            abbreviation = bracket.group(1)
            defined[abbreviation] = line.text[start:end]
            s, e = bracket.span(1)
            taken[s:e] = b"\x01" * (e - s)
            found.append(Candidate("organization", s, e, {"abbreviation": True, "expansion": defined[abbreviation]}))
            j = line.index_at(bracket.end())
        i = j
    return found


def _back_reference(line: Line, i: int, heads: set[str]) -> bool:
    """"Thông báo của Bộ trên": a head alone, capitalised, names the body of that head named before."""
    if line.words[i] not in heads:
        return False
    if i + 1 < len(line) and line.joined(i + 1) and (line.cap(i + 1) or _part_of_word(line, i, i + 1)):
        return False  # "Bộ Công an" is a name, "Bộ trưởng" a title
    return not (i and line.joined(i) and line.cap(i - 1))


def _org_at(line: Line, i: int, defined: dict[str, str]) -> tuple[int, dict[str, object]] | None:
    word = line.words[i]
    if not line.cap(i):
        return _lower_head(line, i) or _triggered(line, i)
    team = _team(line, i) or (_triggered(line, i) if _TRIGGERS.match(line, i) else None)
    if team:
        return team  # "U23 Việt Nam"; "Hãng thông tấn Yonhap" starting a sentence is "Yonhap"
    if place_at(line, i) or unit_at(line, i) or _inside_place(line, i):
        return None
    abbreviation = defined.get(word) or ABBREVIATIONS.get(word)
    head = _HEADS.match(line, i)
    glued = i + 1 < len(line) and line.touching(i + 1) and line.words[i + 1] in "-&"
    if abbreviation and not glued and not (head and head[2] == "named"):
        j = i + 1
        place = unit_at(line, j, True) or PLACES.match(line, j) if j < len(line) and line.joined(j) else None
        if place:
            j = place[0]
        elif j < len(line) and line.joined(j) and line.keys[j] in _BARE_UNITS and not line.cap(j + 1):
            j += 1  # "UBND tỉnh", "UBND TP": the body of the province the text is about
        if word in _NEEDS_PLACE and j == i + 1:
            return None  # "CSGT" alone is the traffic police in general
        rest = line.text[line.ends[i]:line.ends[j - 1]]
        return j, {"abbreviation": True, "expansion": abbreviation + rest}
    school = head is not None and head[0] < len(line) and (
        line.words[head[0]] in _SCHOOLS or _LOWER_KINDS.match(line, head[0]) is not None)
    if head and word == "Trường" and not school:
        head = None
    if head and head[0] < len(line) and line.joined(head[0]) and _team(line, head[0]):
        return None  # "Đội U23 Việt Nam": the team is named by its age and country
    if head:
        stop = title_before(line, i) is not None or head[2] == "standalone"
        j, named = _extend(line, head[0], stop)
        # "Đoàn Thanh niên" is a body, "Đoàn Khang" a person: a family-name head needs a name made of words.
        if word in SURNAMES and head[0] == i + 1:
            named = named and any(w[0].islower() or is_upper(w) for w in line.words[i + 1:j])
        if j == head[0] and head[1] in _NEEDS_PLACE:
            return None  # "Cảnh sát giao thông" alone is the traffic police in general
        if named or head[2] == "standalone":
            return j, {"expansion": abbreviation + line.text[line.ends[i]:line.ends[j - 1]]} if abbreviation else {}
    known = _KNOWN.match(line, i)
    product = known and known[0] < len(line) and line.joined(known[0]) and line.cap(known[0])
    if known and not product and not (i and line.joined(i) and line.cap(i - 1)):
        return known[0], {}
    if word in ("Theo", "Nguồn", "Ảnh") and (i == 0 or line.words[i - 1] in ".!?\"“(-–"):
        return _source(line, i)
    return None


def _source(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    """"Theo Reuters,", "(Theo Khaleej Times)", "(Nguồn: Yonhap)": the outlet a report comes from."""
    first = i + 1
    if line.words[i] == "Nguồn" and first < len(line) and line.keys[first] == "ảnh":
        first += 1
    credit = first - i == 2 or line.words[i] == "Ảnh"
    if line.words[i] != "Theo":
        if first >= len(line) or line.words[first] != ":":
            return None
        first += 1
    j = first
    while j < len(line) and line.cap(j) and (j == first or line.joined(j) or line.touching(j)) and j - first < 4:
        j += 1
    # "VnExpress.net", "Zing.vn": a web address names the outlet too.
    if j + 1 < len(line) and line.words[j] == "." and line.touching(j) and line.keys[j + 1] in _DOMAINS:
        j += 2
    # "Theo Jerry Huang," is more likely a person than an outlet.
    outlet = j == first + 1 or (j > first + 1 and (line.words[j - 1] in _MEDIA_WORDS or line.keys[j - 1] in _DOMAINS))
    outlet = outlet or (credit and j - first <= 3)
    ends = j >= len(line) or line.words[j] in ",).:;"
    if j == first or not outlet or not ends or PLACES.match(line, first) or TITLE_TABLE.match(line, first):
        return None
    # A photo credit is a person ("Ảnh: Hồng Quân") unless the name is known, an abbreviation or foreign.
    if credit and not (_KNOWN.match(line, first) or any(_foreign(w) for w in line.words[first:j])):
        return None
    return j, {"_start": line.starts[first]}


def _foreign(word: str) -> bool:
    """An abbreviation (``QQ``) or a word that is no Vietnamese syllable (``Reuters``, ``Novosti``)."""
    plain = unicodedata.normalize("NFD", word.lower()).replace("đ", "d")
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return is_upper(word) or not _SYLLABLE.fullmatch(plain)


def _lower_head(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    head = _LOWER_HEADS.match(line, i)
    titled = i and line.keys[i - 1] in ("trưởng", "phó")  # "Trưởng phòng Giáo dục …": a title, then the body
    if head is None or (i and line.joined(i) and not titled and _part_of_word(line, i - 1, head[0] - 1)):
        return None  # "cơ sở", "nhà báo", "toàn bộ": the head ends a common word
    j = head[0]
    while (kind := _LOWER_KINDS.match(line, j)) and line.joined(j):
        j = kind[0]
    if j >= len(line) or not line.joined(j) or not (line.cap(j) or unit_at(line, j)):
        return None
    place = PLACES.match(line, j)
    common = place is not None and place[0] == j + 1 and _lower_tail(line, j + 1) > j + 1
    ends = place is not None and not (line.joined(place[0]) and line.cap(place[0]))
    if place and not common and ends and head[1] not in ("công an", "ủy ban nhân dân", "uỷ ban nhân dân"):
        return None  # "báo Mỹ", "trung tâm Madrid": the place is the entity
    # Schools are named after people ("trường THPT Chu Văn An"); other bodies end before a name
    # ("Bộ trưởng bộ Y Tế Nguyễn Thị Kim Tiến").
    end, named = _extend(line, j, head[1] not in ("trường", "cơ sở", "mầm non"))
    if end == j + 1 and line.words[j] in _SCHOOLS:
        return None  # "trường ĐH", "các trường THPT": a kind of school, not one school
    return (end, {}) if named and end > j else None


def _part_of_word(line: Line, before: int, last: int) -> bool:
    phrase = " ".join(line.keys[before:last + 1])
    return lexicon.words().df(phrase) >= 50


def _team(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    # "U23 Việt Nam", "U.23 Malaysia": an age-group team is named by its age and its country.
    j = i + 1
    if line.words[i] == "U" and j + 1 < len(line) and line.words[j] == "." and line.touching(j):
        j += 2 if line.touching(j + 1) and line.words[j + 1].isdigit() else 0
    elif not _TEAM_AGE.fullmatch(line.words[i]):
        return None
    if j == i + 1 and line.words[i] == "U":
        return None
    place = PLACES.match(line, j) if j < len(line) and line.joined(j) else None
    return (place[0], {}) if place else None


def _triggered(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    # "hãng Ferrari", "tờ Automotive News": a lowercase trigger then a capitalised name.
    trigger = _TRIGGERS.match(line, i)
    if not trigger or not line.cap(trigger[0]) or not line.joined(trigger[0]):
        return None
    if _HEADS.match(line, trigger[0]) or PLACES.match(line, trigger[0]):
        return None
    j = trigger[0]
    while j < len(line) and (line.cap(j) or (line.words[j] == "-" and line.touching(j) and line.cap(j + 1))):
        if j > trigger[0] and not (line.joined(j) or line.touching(j)):
            break
        j += 1
    return j, {"_start": line.starts[trigger[0]]}
