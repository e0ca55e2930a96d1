"""Organisations: names built on a head word (``Ban Dân vận Tỉnh ủy``), abbreviations, well-known bodies."""

from __future__ import annotations

import re

from dvcli import resources
from dvcli.entities.evidence import foreign
from dvcli.entities.gazetteer import gazetteer
from dvcli.entities.heads import (
    BACK_HEADS,
    BARE_UNITS,
    FIELD_HEADS,
    HEADS,
    KNOWN,
    LOWER_HEAD_TABLE,
    LOWER_KIND_TABLE,
    MEASURES,
    NEEDS_PLACE,
    TRIGGERS,
    back_reference,
    field_end,
    lower_bridge,
    part_of_word,
    source_at,
    team_at,
    triggered,
)
from dvcli.entities.phrases import Candidate, Line, PhraseTable, is_upper, key
from dvcli.entities.places import LEARNED_PLACES, PLACES, TITLE_TABLE, UNITS, place_at, title_before, unit_at
from dvcli.entities.teams import score_sides
from dvcli.entities.teams import team_at as team_at_country
from dvcli.entities.wordlists import ABBREVIATIONS, HEAD_SUFFIXES, SURNAMES

_SUFFIXES = PhraseTable(HEAD_SUFFIXES)
# "Trường" heads a school only before a word for a kind of school ("Trường Chinh" is a person).
_SCHOOLS = frozenset(
    [
        "Đại",
        "Cao",
        "THPT",
        "THCS",
        "PTTH",
        "Tiểu",
        "Mầm",
        "Trung",
        "Phổ",
        "Chính",
        "Sĩ",
        "Sỹ",
        "Quân",
        "Dạy",
        "Quốc",
        "Nghề",
        "ĐH",
        "CĐ",
        "Mẫu",
        "Năng",
        "Hữu",
        "Bồi",
        "Văn",
        "Nghiệp",
        "Kỹ",
        "Công",
        "PTDTNT",
        "TH",
    ]
)
_PLURAL_AFTER = frozenset(["các", "những"])
# Heads that name a body by a number alone ("Bệnh viện 103", "Quân khu 7", "Sư đoàn 304").
_NUMBERED_HEADS = frozenset(
    ["bệnh viện", "quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "binh đoàn", "hạm đội"]
)
# Lowercase heads that describe a foreign company or outlet rather than belong to its name: like "hãng", they stay
# out of the span ("công ty SyriaTel Mobile" -> "SyriaTel Mobile", "đài truyền hình Fox TV" -> "Fox TV").
_DESCRIBING_HEADS = frozenset(
    ["công ty", "tập đoàn", "tổng công ty", "đài", "đài truyền hình", "đài phát thanh", "báo", "tạp chí", "hãng phim"]
)
_BRACKETED = re.compile(r" ?\(([A-ZĐ][A-ZĐ&.-]*[A-ZĐ])\)")
# The short name a body goes by, after its full name: "Công ty Xổ số Điện toán Việt Nam (Vietlott)", "… –
# Vietlott vừa …". One capitalised word that no Vietnamese syllable spells (checked with ``foreign``).
_PLACE_NAMES = frozenset(gazetteer()) | LEARNED_PLACES
# A listed company's stock code in brackets after its name: "CTCP Hùng Vương (mã HVG-HOSE)", "(mã chứng khoán REE)".
_BRACKETED_TICKER = re.compile(r" ?\(\s*mã(?: chứng khoán| cổ phiếu)?:? ([A-Z]{3})\b")
_SHORT_NAME = re.compile(r"(?: ?\(([A-ZĐ][^\W\d_]{2,})\)| [–-] ([A-ZĐ][^\W\d_]{2,})(?=[ ,.;:]))")


def _short_form(text: str, end: int, stop: int) -> tuple[int, int, int] | None:
    """Return (start, end) of the short form written right after a body's full name that ends at ``end``, and
    where that writing ends: an abbreviation or stock code in brackets (``Ngân hàng Nhà nước (NHNN)``, ``(mã
    HVG-HOSE)``) or a short name in brackets or after a dash (``(Vietlott)``, `` – Vietlott vừa …``); None if
    there is none."""
    bracketed = _BRACKETED.match(text, end, stop) or _BRACKETED_TICKER.match(text, end, stop)
    if bracketed is not None:
        return bracketed.start(1), bracketed.end(1), bracketed.end()
    found = _SHORT_NAME.match(text, end, stop)
    if found is None:
        return None
    group = 1 if found.group(1) else 2
    name = found.group(group)
    if not foreign(name) or name.isupper() or name in _PLACE_NAMES:
        return None  # "– Hà Nội" is Vietnamese; "Fiat (Italy)", "Bệnh viện Sainte Justine (Canada)" say where
    return found.start(group), found.end(group), found.end()


def _lower_tail(line: Line, j: int) -> int:
    """Extend past lowercase syllables that form one word with the capitalised token before ``j``."""
    # A lowercase syllable joins the capitalised one before it only if together they are a word.
    first = key(line.words[j - 1])
    for n in (2, 1):
        if j + n <= len(line) and all(line.joined(j + k) and line.words[j + k][0].islower() for k in range(n)):
            phrase = " ".join([first] + [key(w) for w in line.words[j : j + n]])
            if resources.is_word(phrase, resources.LISTED):
                return j + n
    return j


def _joins_name(line: Line, j: int) -> bool:
    # "Sở Giáo dục và Đào tạo" goes on; "Bộ Công an và Bộ Quốc phòng", "EU và NATO" are two bodies.
    if not line.cap(j) or not (line.joined(j) or line.touching(j)):
        return False
    word = line.words[j]
    person = word in SURNAMES and line.cap(j + 1) and line.joined(j + 1)
    return not (
        HEADS.match(line, j) or word in ABBREVIATIONS or KNOWN.match(line, j) or person or TITLE_TABLE.match(line, j)
    )


def _field_list(line: Line, k: int) -> bool:
    """True if token ``k`` starts a field of a list that ``và`` closes: ``Thương binh và Xã hội``."""
    if not (line.joined(k) and _joins_name(line, k)) or PLACES.match(line, k):
        return False
    m = k + 1
    while m < len(line) and m - k < 3 and line.joined(m) and line.words[m][0].islower() and line.keys[m] != "và":
        m += 1
    # One capitalised field word and its lowercase syllables, then "và" and the last field.
    return m + 1 < len(line) and line.keys[m] == "và" and line.joined(m) and line.joined(m + 1) and line.cap(m + 1)


def _extend(line: Line, j: int, stop_at_person: bool, connectors: bool = True) -> tuple[int, bool]:
    """Extend an organisation name from token ``j``; return (end index, whether a name was consumed)."""
    named = False
    bridged = False
    while j < len(line) and (bridged or line.joined(j) or (line.touching(j) and line.words[j] in "&-,'’")):
        bridged = False
        word = line.words[j]
        if word in "'’":
            if not (named and line.touching(j + 1) and line.cap(j + 1)):
                break
            j += 1  # "L'Express", "Macy's" aside: an apostrophe between capitals inside one name
            bridged = True
            continue
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
        numbered = named or (j >= 2 and f"{line.keys[j - 2]} {line.keys[j - 1]}" in _NUMBERED_HEADS)
        if numbered and word.isdigit() and len(word) <= 3 and not (line.joined(j + 1) and line.keys[j + 1] in MEASURES):
            j += 1  # "Bệnh viện Nhi đồng 1", "Ban Quản lý dự án 2"; "Bệnh viện 103", "Quân khu 7" by number alone
            named = True
            continue
        government = line.keys[j - 1] in FIELD_HEADS
        if not named and government and not part_of_word(line, j - 1, j) and (field := field_end(line, j)):
            j, named = field, True  # "Sở y tế", "Bộ tài chính": the field written in lowercase
            continue
        bridge = lower_bridge(line, j, named) if named or not part_of_word(line, j - 1, j) else None
        if bridge is not None:
            j = bridge
            continue
        # "báo Tuổi Trẻ và tờ Le Monde": a head or a classifier after "và" starts a second body.
        other = LOWER_HEAD_TABLE.match(line, j + 1) or HEADS.match(line, j + 1) or TRIGGERS.match(line, j + 1)
        if named and word == "và" and line.joined(j + 1) and not other and lower_bridge(line, j + 1):
            j += 1  # "Trung tâm Quản lý và điều hành giao thông đô thị Hà Nội"
            continue
        if word == "," and named and line.touching(j) and _field_list(line, j + 1):
            j += 1  # "Bộ Lao động, Thương binh và Xã hội": a list of fields inside one name
            bridged = True
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
        type_word = UNITS.match(line, j)
        if type_word and word[0].islower() and (type_word[0] >= len(line) or not line.cap(type_word[0])):
            return type_word[0], True
        break
    return j, named


def _inside_place(line: Line, i: int) -> bool:
    # "Tây Ban Nha" is a country, not the body "Ban Nha".
    for back in (1, 2):
        if i - back >= 0 and line.cap(i - back):
            found = PLACES.match(line, i - back)
            if found and found[0] > i:
                return True
    return False


def find_organizations(
    line: Line,
    taken: bytearray,
    defined: dict[str, str],
    heads: set[str] | None = None,
    teams: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """Return the organisations in ``line``; ``defined`` collects abbreviations the text defines.

    ``heads`` collects the head words of the bodies named so far (``Bộ`` of ``Bộ GD&ĐT``), so that a later
    capitalised ``Bộ`` alone is a mention of that body; ``teams`` are the countries the article uses as national
    teams (``teams.national_teams``).
    """
    heads = set() if heads is None else heads
    found: list[Candidate] = []
    # Every token of every line passes here: a lowercase word can only start a lowercase head ("trường THPT …"),
    # a trigger ("hãng Ferrari") or a mention of a head named before, so other lowercase words are skipped.
    lower_heads, triggers = LOWER_HEAD_TABLE.first_keys, TRIGGERS.first_keys
    starts, keys, caps = line.starts, line.keys, line.caps
    i = 0
    while i < len(keys):
        if taken[starts[i]] or not (caps[i] or keys[i] in lower_heads or keys[i] in triggers or line.words[i] in heads):
            i += 1
            continue
        team = team_at_country(line, i, teams)
        hit: tuple[int, dict[str, object]] | None
        hit = (team[1], {"_start": line.starts[team[0]]}) if team is not None else _org_at(line, i, defined)
        if hit is None and back_reference(line, i, heads):
            hit = i + 1, {"reference": True}
        if hit is None:
            i += 1
            continue
        j, attributes = hit
        if j < len(line) and line.joined(j) and line.keys[j] in _PLURAL_AFTER:
            i = j  # "Ban Dân vận các cấp", "Công an các địa phương": every such body, not one named body
            continue
        # A source after "Theo" or a name after "hãng" starts later than the token that found it.
        start, end = int(attributes.pop("_start", line.starts[i])), line.ends[j - 1]  # type: ignore[call-overload]
        if any(taken[start:end]):
            i += 1
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("organization", start, end, attributes))
        if line.words[i] in BACK_HEADS and start == line.starts[i]:
            heads.add(line.words[i])
        # "Ngân hàng Nhà nước (NHNN)", "Công ty Xổ số Điện toán Việt Nam – Vietlott": the short form is a mention
        # with its expansion, and so is every later one.
        short = _short_form(line.text, end, line.end)
        if short and not any(taken[short[0] : short[1]]):
            s, e, written_end = short
            abbreviation = line.text[s:e]
            defined[abbreviation] = line.text[start:end]
            taken[s:e] = b"\x01" * (e - s)
            found.append(Candidate("organization", s, e, {"abbreviation": True, "expansion": defined[abbreviation]}))
            j = line.index_at(written_end)
        i = j
    if teams or any(ch.isdigit() for ch in line.text[line.start : line.end]):
        ranges = [(line.index_at(c.start), line.index_at(c.end)) for c in found]
        for first, end in score_sides(line, ranges, taken):
            start, stop = line.starts[first], line.ends[end - 1]
            taken[start:stop] = b"\x01" * (stop - start)
            found.append(Candidate("organization", start, stop, {}))
        found.sort(key=lambda c: c.start)
    return found


def _org_at(line: Line, i: int, defined: dict[str, str]) -> tuple[int, dict[str, object]] | None:
    word = line.words[i]
    if not line.cap(i):
        return _lower_head(line, i) or triggered(line, i)
    team = team_at(line, i) or (triggered(line, i) if TRIGGERS.match(line, i) else None)
    if team:
        return team  # "U23 Việt Nam"; "Hãng thông tấn Yonhap" starting a sentence is "Yonhap"
    if place_at(line, i) or unit_at(line, i) or _inside_place(line, i):
        return None
    if _credited_outlet(line, i):
        return i + 1, {}
    if _ticker(line, i):
        defined.setdefault(word, word)  # later "HVG" alone is the same listed company
        return i + 1, {}
    suffixed = _company_by_suffix(line, i)
    if suffixed is not None:
        return suffixed
    abbreviation = defined.get(word) or ABBREVIATIONS.get(word)
    head = HEADS.match(line, i)
    glued = i + 1 < len(line) and line.touching(i + 1) and line.words[i + 1] in "-&"
    if abbreviation and not glued and not (head and head[2] == "named"):
        j = i + 1
        place = unit_at(line, j, True) or PLACES.match(line, j) if j < len(line) and line.joined(j) else None
        if place:
            j = place[0]
        elif j < len(line) and line.joined(j) and line.keys[j] in BARE_UNITS and not line.cap(j + 1):
            j += 1  # "UBND tỉnh", "UBND TP": the body of the province the text is about
        if word in NEEDS_PLACE and j == i + 1:
            return None  # "CSGT" alone is the traffic police in general
        rest = line.text[line.ends[i] : line.ends[j - 1]]
        return j, {"abbreviation": True, "expansion": abbreviation + rest}
    school = (
        head is not None
        and head[0] < len(line)
        and (line.words[head[0]] in _SCHOOLS or LOWER_KIND_TABLE.match(line, head[0]) is not None)
    )
    # "Trường Nguyễn Du", "trường THPT Chu Văn An": a school is often named after a person.
    named_after = False
    if head is not None and head[0] + 1 < len(line) and line.words[head[0]] in SURNAMES:
        after = line.cap(head[0] + 1) and line.joined(head[0] + 1) and line.joined(head[0])
        named_after = after and not (i and line.joined(i) and line.cap(i - 1))
    if head and word == "Trường" and not school and not named_after:
        head = None
    if head and head[0] < len(line) and line.joined(head[0]) and team_at(line, head[0]):
        return None  # "Đội U23 Việt Nam": the team is named by its age and country
    if head:
        stop = title_before(line, i) is not None or head[2] == "standalone"
        j, named = _extend(line, head[0], stop)
        # "Đoàn Thanh niên" is a body, "Đoàn Khang" a person: a family-name head needs a name made of words.
        if word in SURNAMES and head[0] == i + 1:
            named = named and any(w[0].islower() or is_upper(w) for w in line.words[i + 1 : j])
        if j == head[0] and head[1] in NEEDS_PLACE:
            return None  # "Cảnh sát giao thông" alone is the traffic police in general
        if named or head[2] == "standalone":
            return j, {"expansion": abbreviation + line.text[line.ends[i] : line.ends[j - 1]]} if abbreviation else {}
    known = KNOWN.match(line, i)
    product = known and known[0] < len(line) and line.joined(known[0]) and line.cap(known[0])
    # "Mercedes-AMG E63": a maker glued by a hyphen to a capitalised word is a model or division name.
    k = known[0] if known else 0
    product = product or (
        known and k + 1 < len(line) and line.words[k] == "-" and line.touching(k + 1) and line.cap(k + 1)
    )
    if known and not product and not (i and line.joined(i) and line.cap(i - 1)):
        return known[0], {}
    if word in ("Theo", "Nguồn", "Ảnh") and (i == 0 or line.words[i - 1] in '.!?"“(-–'):
        return source_at(line, i)
    return None


# Words before a stock code: "mã HVG", "cổ phiếu BHN", "mã chứng khoán STB".
_TICKER_WORDS = frozenset(["mã", "phiếu", "khoán"])


def _ticker(line: Line, i: int) -> bool:
    """True for a stock code after the words that name one (``mã HVG``, ``cổ phiếu BHN``): the listed company."""
    word = line.words[i]
    if not (len(word) == 3 and word.isalpha() and word.isupper()) or i == 0 or not line.joined(i):
        return False
    before = line.keys[i - 1]
    return before == "mã" or (before in _TICKER_WORDS and i >= 2 and line.keys[i - 2] in ("cổ", "chứng", "mã"))


# The last word of a company's, outlet's or club's own name says what it is: "BMW Group", "Ree Corp", "Yonhap
# News", "Man United"; a bank's name ends in "bank" ("Eximbank", "VPBank"). Not "FC": "Hạng FC" is a licence.
_COMPANY_SUFFIXES = frozenset(
    (
        *("Group", "Corp", "Corporation", "Inc", "Ltd", "JSC", "Holdings", "Company", "Bank", "Motors"),
        *("Airways", "Securities", "Entertainment", "News", "Times", "Post", "Journal", "United"),
    )
)
_ENGLISH_OPENERS = frozenset(["In", "On", "At", "Of", "And", "For", "To", "By", "With"])


def _company_by_suffix(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    """Match a capitalised name at token ``i`` whose last word names a company or outlet; return (end, attributes
    with the name's start when a sentence's first word comes before it: "Phía Vietcombank" is "Vietcombank")."""
    if i and line.joined(i) and line.cap(i - 1):
        return None  # inside a longer capitalised run, which starts elsewhere
    j = i
    while j < len(line) and j - i < 5 and line.cap(j) and (j == i or line.joined(j)) and line.words[j].isalnum():
        j += 1
    if j == i or line.words[i] in _ENGLISH_OPENERS:
        return None  # "In Good Times and in Bad" is a title
    first = i + 1 if j - i >= 2 and resources.is_word(line.keys[i], resources.FUNCTION_WORD) else i
    last = line.words[j - 1]
    if (last in _COMPANY_SUFFIXES and j - first >= 2) or (last.lower().endswith("bank") and len(last) > 6):
        return j, {"_start": line.starts[first]}
    return None


def _credited_outlet(line: Line, i: int) -> bool:
    """ "Ảnh: Nam Thái/TTXVN", "(Minh Đức/VNA)": capitals after a name and a slash, ending a credit, are its outlet."""
    word = line.words[i]
    if not (is_upper(word) and 2 <= len(word) <= 6 and word.isalpha()) or i < 2 or line.words[i - 1] != "/":
        return False
    if not (line.touching(i) and line.touching(i - 1) and line.cap(i - 2) and not is_upper(line.words[i - 2])):
        return False
    return i + 1 >= len(line) or line.words[i + 1] in ").,;-–" or not line.joined(i + 1)


def _lower_head(line: Line, i: int) -> tuple[int, dict[str, object]] | None:
    head = LOWER_HEAD_TABLE.match(line, i)
    titled = i and line.keys[i - 1] in ("trưởng", "phó")  # "Trưởng phòng Giáo dục …": a title, then the body
    if head is None or (i and line.joined(i) and not titled and part_of_word(line, i - 1, head[0] - 1)):
        return None  # "cơ sở", "nhà báo", "toàn bộ": the head ends a common word
    j = head[0]
    while (kind := LOWER_KIND_TABLE.match(line, j)) and line.joined(j):
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
    if not named or end <= j:
        return None
    name = line.words[j:end]
    # An abbreviation may be Vietnamese ("báo PLVN" keeps its head); a word no Vietnamese syllable spells is not.
    alien = all(foreign(w) for w in name if w.isalpha()) and any(foreign(w) and not is_upper(w) for w in name)
    if head[1] in _DESCRIBING_HEADS and j == head[0] and alien:
        return end, {"_start": line.starts[j]}
    return end, {}
