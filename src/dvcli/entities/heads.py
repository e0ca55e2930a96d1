"""Organisation head words and the context rules around them: outlets and photo credits, teams, back-references,
and the lowercase stretches allowed inside a name (``Sở y tế``, ``Ban Quản lý dự án … tỉnh X``)."""

from __future__ import annotations

import re

from dvcli import resources
from dvcli.entities.evidence import foreign
from dvcli.entities.phrases import Line, PhraseTable
from dvcli.entities.places import PLACES, TITLE_TABLE, unit_at
from dvcli.entities.wordlists import (
    KNOWN_ORGS,
    LOWER_HEADS,
    LOWER_KINDS,
    MEDIA_AND_MAKERS,
    NAMED_HEADS,
    ORG_TRIGGERS,
    STANDALONE_HEADS,
    SURNAMES,
)


def _split_words(text: str) -> list[str]:
    return text.split()


KNOWN = PhraseTable(KNOWN_ORGS | MEDIA_AND_MAKERS)
TRIGGERS = PhraseTable(ORG_TRIGGERS)
HEADS = PhraseTable(())
for _head in NAMED_HEADS:
    HEADS.add(_head, "named")
for _head in STANDALONE_HEADS:
    HEADS.add(_head, "standalone")
LOWER_HEAD_TABLE = PhraseTable(LOWER_HEADS)
LOWER_KIND_TABLE = PhraseTable(LOWER_KINDS)
# Youth and national teams: "U23 Việt Nam", "U.23 Malaysia".
# Verbs that say what a body did; a lowercase stretch holding one is the sentence, not the name.
VERBS = frozenset(
    [
        "đánh giá",
        "thông báo",
        "khẳng định",
        "yêu cầu",
        "đề nghị",
        "kiểm tra",
        "xác nhận",
        "cảnh báo",
        "khuyến cáo",
        "chỉ đạo",
        "phối hợp",
        "tiếp nhận",
        "tổ chức",
        "phát hiện",
        "xử lý",
        "công bố",
        "quyết định",
        "ban hành",
        "triển khai",
        "hỗ trợ",
        "bắt giữ",
        "điều tra",
        "tạm giữ",
        "khởi tố",
        "làm việc",
        "chúc mừng",
        "ký kết",
        "hợp tác",
        "đề xuất",
        "tiến hành",
        "trao đổi",
        "giải thích",
        "cho rằng",
        "nhấn mạnh",
        "lên tiếng",
        "thừa nhận",
        "tuyên bố",
        "phản đối",
        "ủng hộ",
        "đồng ý",
        "cam kết",
        "dự báo",
        "dự kiến",
        "vừa có",
        "đã có",
        # What a body is asked to do after "đề nghị Sở …": verbs, not a field written in lowercase.
        "quản lý",
        "báo cáo",
        "thực hiện",
        "hướng dẫn",
        "rà soát",
        "xem xét",
        "giải quyết",
    ]
)
# Government bodies whose field may be written in lowercase ("Sở y tế"); "Đội cứu hộ" is generic.
FIELD_HEADS = frozenset(["bộ", "sở", "phòng", "cục", "vụ", "viện", "ban", "tổng cục", "chi cục"])
BACK_HEADS = frozenset(["Bộ", "Sở", "Phòng", "Cục", "Viện", "Tổng cục"])
BARE_UNITS = frozenset(["tỉnh", "tp", "huyện", "quận", "xã", "phường", "thị xã", "thành phố"])
# Abbreviations of a force that is an organisation only with the place it serves ("CSGT Công an tỉnh X").
NEEDS_PLACE = frozenset(["CSGT", "Cảnh sát giao thông"])
# Counted things: "Bộ Y tế 3 ngày qua" ends the name before the number.
MEASURES = frozenset(_split_words("ngày năm tháng tuần giờ người chiếc lần tuổi triệu tỷ nghìn ngàn trăm km ha tấn"))
_TEAM_AGE = re.compile(r"U\d{2}")
# Words that end a lowercase stretch inside a name: a verb or function word means the sentence goes on.
STOP = frozenset(
    _split_words(
        "cho biết đã đang sẽ là của tại ở với được bị có không này đó trong về theo vừa cũng khi đến từ và các "
        "những một thì mà để do nên nhưng hay hoặc như sau trước lúc ngày năm tháng người ông bà anh chị vào ra "
        "lên xuống đi làm yêu phải cần nói cùng đều rằng nhằm bằng qua trên dưới giữa hơn rất nhiều ít vì nếu "
        "gửi ký trao tặng vẫn còn chưa mới bắt thuộc khoảng gần tiếp niêm phó trưởng dẫn nguồn sang tới"
    )
)
_MEDIA_WORDS = frozenset(["Times", "News", "Post", "Journal", "Online", "Today", "Herald", "Telegraph", "Mail"])
_DOMAINS = frozenset(["vn", "net", "com", "com.vn", "org"])


def field_end(line: Line, j: int) -> int | None:
    """A two-syllable lowercase word right after a head, ending the name ("Sở y tế", "Bộ tài chính")."""
    if j + 1 >= len(line) or not line.joined(j + 1) or not line.words[j + 1][0].islower():
        return None
    if line.keys[j] in STOP or line.keys[j + 1] in STOP or f"{line.keys[j]} {line.keys[j + 1]}" in VERBS:
        return None
    after = j + 2 < len(line) and line.joined(j + 2) and line.words[j + 2][0].islower()
    after = (
        after and line.keys[j + 2] not in STOP and f"{line.keys[j + 2]} {line.keys[j + 3]}" not in VERBS
        if j + 3 < len(line)
        else after and line.keys[j + 2] not in STOP
    )
    return j + 2 if not after and part_of_word(line, j, j + 1) else None


def lower_bridge(line: Line, j: int, named: bool = True) -> int | None:
    """ "Ban Quản lý dự án đầu tư … tỉnh X": lowercase words inside a name, when a place or number ends them."""
    k = j
    while k < len(line) and k - j <= 12 and line.joined(k) and line.words[k][0].islower() and line.words[k].isalpha():
        if line.keys[k] in STOP or (k + 1 < len(line) and f"{line.keys[k]} {line.keys[k + 1]}" in VERBS):
            return None
        if k > j and unit_at(line, k):
            return k
        k += 1
    if k == j or k >= len(line) or not line.joined(k):
        return None
    # "Nhà nước Hồi giáo tự xưng (IS)": "self-proclaimed" describes the name, it is not part of it.
    described = k - j >= 2 and f"{line.keys[k - 2]} {line.keys[k - 1]}" == "tự xưng"
    if named and line.words[k] == "(" and not described and _bracketed_name(line, k + 1):
        return k  # "Bộ Giáo dục và đào tạo (GD&ĐT)", "Ngân hàng TMCP Sài Gòn thương tín (Sacombank)"
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


def _bracketed_name(line: Line, k: int) -> bool:
    # A capitalised short form of one to three tokens closing the bracket: the name's abbreviation.
    for n in (1, 2, 3):
        if k + n < len(line) and line.words[k + n] == ")":
            return line.touching(k) and all(line.cap(m) or line.words[m] in "&-." for m in range(k, k + n))
    return False


def back_reference(line: Line, i: int, heads: set[str]) -> bool:
    """ "Thông báo của Bộ trên": a head alone, capitalised, names the body of that head named before."""
    if line.words[i] not in heads:
        return False
    if i + 1 < len(line) and line.joined(i + 1) and (line.cap(i + 1) or part_of_word(line, i, i + 1)):
        return False  # "Bộ Công an" is a name, "Bộ trưởng" a title
    return not (i and line.joined(i) and line.cap(i - 1))


def source_at(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    """ "Theo Reuters,", "(Theo Khaleej Times)", "(Nguồn: Yonhap)": the outlet a report comes from."""
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
    if credit and not (KNOWN.match(line, first) or any(foreign(w) for w in line.words[first:j])):
        return None
    return j, {"_start": line.starts[first]}


def part_of_word(line: Line, before: int, last: int, threshold: int = resources.WORD) -> bool:
    """True if tokens ``before``..``last`` together are a common word (``cơ sở``, ``Bộ trưởng``); ``threshold``
    is the fewest articles the word must appear in (``resources.is_word``)."""
    phrase = " ".join(line.keys[before : last + 1])
    return resources.is_word(phrase, threshold)


def team_at(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    """Match an age-group team (``U23 Việt Nam``, ``U.23 Malaysia``) at token ``i``."""
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


def triggered(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    """Match a classifier and the name after it (``hãng Ferrari``); the span starts at the name."""
    # "hãng Ferrari", "tờ Automotive News": a lowercase trigger then a capitalised name.
    trigger = TRIGGERS.match(line, i)
    if trigger and line.keys[i] == "hãng" and not line.cap(trigger[0]):
        # "hãng bán lẻ Macy's", "hãng thời trang Zara": words for the trade between the classifier and a foreign
        # name stay out of the span too.
        k = trigger[0]
        while k < len(line) and k - trigger[0] < 3 and line.joined(k) and line.words[k][0].islower():
            if line.keys[k] in STOP or not line.words[k].isalpha():
                return None
            k += 1
        name = line.words[k] if k < len(line) else ""
        if k == trigger[0] or not (line.cap(k) and line.joined(k) and foreign(name)) or len(name) < 3:
            return None  # "hãng sản xuất TV": a product, not a name
        trigger = (k, trigger[1], trigger[2])
    if not trigger or not line.cap(trigger[0]) or not line.joined(trigger[0]):
        return None
    if HEADS.match(line, trigger[0]):
        return None
    place = PLACES.match(line, trigger[0])
    if place and not (line.cap(place[0]) and line.joined(place[0])):
        return None  # "hãng … Alaska Airlines" is a company; "tờ Mỹ" alone is no name
    j = trigger[0]
    while j < len(line) and (line.cap(j) or (line.words[j] in "-'’" and line.touching(j) and line.cap(j + 1))):
        # "Coca-Cola", "L'Express": a hyphen or an apostrophe inside the name
        if j > trigger[0] and not (line.joined(j) or line.touching(j)):
            break
        j += 1
    if j + 1 < len(line) and line.words[j] in "'’" and line.touching(j) and line.words[j + 1] == "s":
        j += 2  # "Macy's"
    if j < len(line) and line.joined(j) and part_of_word(line, j - 1, j, resources.LISTED):
        return None  # "màu áo Quốc gia", "khoác áo Hóa chất …": the capital opens a common word, not a name
    return j, {"_start": line.starts[trigger[0]]}
