"""Locations: administrative units with their type word (``huyện Tiên Yên``) and places known by name."""

from __future__ import annotations

from dvcli import resources
from dvcli.entities.evidence import plain_name
from dvcli.entities.gazetteer import AMBIGUOUS, CONTEXT_BEFORE, EVENTS, LOWER_REGIONS, gazetteer
from dvcli.entities.landmarks import FIRST_KEYS as LANDMARK_KEYS
from dvcli.entities.landmarks import ROAD_CODE, landmark_at
from dvcli.entities.phrases import Candidate, Line, PhraseTable, is_cap, is_upper, key
from dvcli.entities.wordlists import HONORIFICS, SURNAMES, TITLES

# Type word as written -> the kind reported (the abbreviation "TP." is reported as "thành phố").
_UNIT_KINDS = {
    "tỉnh": "tỉnh",
    "thành phố": "thành phố",
    "TP.": "thành phố",
    "TP": "thành phố",
    "Tp.": "thành phố",
    "quận": "quận",
    "huyện": "huyện",
    "thị xã": "thị xã",
    "xã": "xã",
    "phường": "phường",
    "thị trấn": "thị trấn",
    "thôn": "thôn",
    "ấp": "ấp",
    "bản": "bản",
    "bang": "bang",
    "tiểu bang": "bang",
    "khu phố": "khu phố",
    "xóm": "xóm",
    "làng": "làng",
    "tổ dân phố": "tổ dân phố",
    "đặc khu": "đặc khu",
    # Streets, roads and landmarks written the same way ("đường Lê Lợi", "sông Hồng", "sân bay Nội Bài").
    "đường": "đường",
    "phố": "phố",
    "đại lộ": "đại lộ",
    "quốc lộ": "quốc lộ",
    "QL": "quốc lộ",
    "tỉnh lộ": "tỉnh lộ",
    "cầu": "cầu",
    "sông": "sông",
    "hồ": "hồ",
    "núi": "núi",
    "đảo": "đảo",
    "quần đảo": "quần đảo",
    "vịnh": "vịnh",
    "sân bay": "sân bay",
    "cảng": "cảng",
    "chợ": "chợ",
    "ga": "ga",
    "khu đô thị": "khu đô thị",
    "khu công nghiệp": "khu công nghiệp",
    "KCN": "khu công nghiệp",
    "khu kinh tế": "khu kinh tế",
    "bến xe": "bến xe",
    "đèo": "đèo",
    "vùng": "vùng",
    # Temples keep their word, as the annotation guidelines keep "chùa Hương".
    "chùa": "chùa",
    "đền": "đền",
    # Abbreviated units glued to the name: "Q.Cầu Giấy", "H.Đức Huệ", "TX.Sơn Tây".
    "Q.": "quận",
    "H.": "huyện",
    "P.": "phường",
    "TX.": "thị xã",
    "TT.": "thị trấn",
}
_GLUED_ONLY = frozenset({"Q.", "H.", "P.", "TX.", "TT."})
UNITS = PhraseTable(())
for _word, _kind in _UNIT_KINDS.items():
    UNITS.add(_word, _kind)
# Units whose name may be a number ("quận 1", "phường 5").
_LANDMARKS = frozenset(
    {
        "đường",
        "phố",
        "đại lộ",
        "quốc lộ",
        "tỉnh lộ",
        "cầu",
        "sông",
        "hồ",
        "núi",
        "đảo",
        "quần đảo",
        "vịnh",
        "sân bay",
        "cảng",
        "chợ",
        "ga",
        "khu đô thị",
        "khu công nghiệp",
        "khu kinh tế",
        "bến xe",
        "đèo",
        "chùa",
        "đền",
        "làng",
        "bản",
    }
)
_NUMBERED = frozenset({"quận", "phường", "tổ dân phố", "khu phố", "ấp", "xóm", "quốc lộ", "tỉnh lộ"})
# Type words that also end common words ("phiên bản", "xã hội" is after; "đường phố", "cây cầu" before).
_CHECK_WORD_BEFORE = frozenset({"bản", "xã", "ấp", "bang", "phố", "cầu", "ga", "hồ", "biển", "chợ", "đảo", "làng"})
PLACES = PhraseTable(())
for _name, _kind in gazetteer().items():
    PLACES.add(_name, _kind)
# "Hoằng Hóa", "Seattle", "Nội Bài": places the training articles prove, known by name alone as the gazetteer's.
LEARNED_PLACES = frozenset(resources.learned_places())
for _name in LEARNED_PLACES:
    PLACES.add(_name, "place", as_written=True)


def known_place(line: Line, i: int) -> tuple[int, str, str] | None:
    """Return ``(end, name, kind)`` of the place known by name at token ``i``, or None. A learned place after a
    title is the person it is named after ("Tổng Bí thư Trường Chinh", whose street the training articles saw)."""
    found = PLACES.match(line, i)
    if found and found[1] in LEARNED_PLACES and title_before(line, i) is not None:
        return None
    return found


def forget_learned_places() -> None:
    """Leave out the learned places (``tools/build_names.py`` counts what the rules find without them)."""
    for name in LEARNED_PLACES:
        PLACES.discard(name)


TITLE_TABLE = PhraseTable(TITLES + HONORIFICS)
_PLACE_PREPOSITIONS = frozenset(["tại", "ở", "sang", "quê", "thuộc"])
_PLURAL = frozenset(["các", "những", "nhiều", "mọi", "mấy", "vài"])
_HONORIFIC_KEYS = frozenset(key(h) for h in HONORIFICS)
_FACILITIES = PhraseTable(("nhà chờ", "bến", "sân", "lán", "điểm dừng"))
_PLURAL_UNITS = frozenset(["tỉnh", "huyện", "quận", "xã", "phường", "thị", "địa"])
_COMPASS = frozenset(["đông", "tây", "nam", "bắc"])
_LOWER_KEYS = frozenset(key(r) for r in LOWER_REGIONS)
_EVENT_KEYS = frozenset(key(e) for e in EVENTS)


def title_before(line: Line, i: int) -> int | None:
    """Return the index of the first token of a title or honorific ending just before token ``i``."""
    firsts, keys = TITLE_TABLE.first_keys, line.keys
    for back in range(4, 0, -1):
        s = i - back
        if not 0 <= s < len(keys) or keys[s] not in firsts:
            continue
        found = TITLE_TABLE.match(line, s)
        if found and found[0] == i and line.joined(i):
            # "Cao nguyên Golan": a title word that ends a common word ("cao nguyên", plateau) is no title.
            if s and line.joined(s) and _part_of_word(line.words[s - 1], line.words[s]):
                continue
            return s
    return None


def unit_at(line: Line, i: int, before_person: bool = False) -> tuple[int, dict[str, str]] | None:
    """Match ``<type word> <Name>`` at token ``i``; return (end index, attributes) or None.

    With ``before_person`` (inside a title such as ``Chủ tịch UBND TP Nguyễn Đức Chung``) a name that
    starts with a family name is the person's, and the unit is the bare type word.
    """
    found = UNITS.match(line, i)
    if not found or PLACES.match(line, i):
        return None  # "TP.HCM" is a city known by name
    j, word, kind = found
    # "Hồ Chí Minh", "Cầu Giấy", "Đường Nguyễn…" capitalised: only lowercase landmark words are type words.
    # "Bến xe Yên Nghĩa", "Sân bay Nội Bài": a type word of two syllables is a type word in either case.
    if kind in _LANDMARKS and line.words[i][0].isupper() and kind != "quốc lộ" and j - i < 2:
        return None
    if i and line.joined(i) and kind in _CHECK_WORD_BEFORE and _part_of_word(line.words[i - 1], word):
        return None
    if kind == "xã" and i and line.joined(i) and line.keys[i - 1] in ("ông", "bà"):
        return None  # "ông xã", "bà xã": husband and wife, whatever the word table says of them
    # "các tỉnh Bắc Bộ" names a region, not one province.
    if i and key(line.words[i - 1]) in _PLURAL:
        return None
    if j >= len(line) or not (line.joined(j) or (line.touching(j) and word.endswith("."))):
        return None
    if word.endswith(".") and not line.touching(j) and resources.is_word(line.keys[j], resources.EVERYDAY):
        return None  # "báo cáo lên TP. Theo lãnh đạo …": the dot ends the sentence
    if word in _GLUED_ONLY and (not line.touching(j) or not line.words[i].isupper() or len(line.words[j]) < 2):
        return None  # "Nguyễn Thị H.M." is a name with initials
    gazetteer_hit = PLACES.match(line, j)
    if before_person and line.words[j] in SURNAMES and line.cap(j + 1) and line.joined(j + 1):
        return (j, {"kind": kind}) if not gazetteer_hit else (gazetteer_hit[0], {"kind": kind})
    if gazetteer_hit and line.joined(gazetteer_hit[0]) and line.cap(gazetteer_hit[0]) and title_before(line, i) is None:
        # "H.Đức Huệ": "Đức" begins a longer name here; after a title ("Thị trưởng thành phố Los Angeles Eric
        # Garcetti") the name that follows the place is the person's.
        gazetteer_hit = None
    if gazetteer_hit and is_cap(line.words[j]):
        end = gazetteer_hit[0]
    elif kind in _NUMBERED and line.words[j][0].isdigit():
        end = j + 1
    else:
        end = j
        longest = 1 if kind == "bang" else 4
        while end < len(line) and end - j < longest and line.cap(end) and (end == j or line.joined(end)):
            # "Thành ủy TP HCM Đinh La Thăng": a family name opening a longer name ends the place.
            surname = line.words[end] in SURNAMES and line.cap(end + 1) and line.joined(end + 1)
            long_name = end - j >= 2 and line.words[end] in SURNAMES and kind not in _LANDMARKS
            if end > j and (surname or long_name):
                break
            end += 1
        # "Làng Văn hóa": a name's last syllable that makes a word with the next one belongs to that word.
        if end == j + 1 < len(line) and line.joined(end) and line.words[end][0].islower():
            end -= _part_of_word(line.words[end - 1], line.words[end], resources.COMMON)
        if end <= j or any(is_upper(w) for w in line.words[j:end]) and kind != "thành phố":
            return None
        familiar = resources.FAMILIAR_SYLLABLE
        if kind == "bản" and not all(resources.syllable_documents(key(w)) >= familiar for w in line.words[j:end]):
            return None  # "phiên bản Design Edition" is a version, not a village
    dashed = end == j + 1 and end + 1 < len(line) and line.words[end] in "-–"
    if dashed and {key(line.words[j]), key(line.words[end + 1])} <= _COMPASS:
        return None  # "đại lộ Đông – Tây", "tuyến Bắc - Nam": directions, not a name
    name = line.text[line.starts[j] : line.ends[end - 1]]
    return end, {"kind": kind, "name": name}


def _part_of_word(before: str, word: str, threshold: int = resources.WORD) -> bool:
    # "phiên bản", "văn bản", "cơ bản": a type word that ends a common word is not a type word.
    return resources.is_word(key(before) + " " + key(word), threshold)


def place_at(line: Line, i: int) -> tuple[int, dict[str, str]] | None:
    """Match a place known by name at token ``i`` (``Việt Nam``, ``TP.HCM``); return (end, attributes)."""
    found = known_place(line, i)
    if not found:
        return None
    j, name, kind = found
    word = line.words[i]
    # Regions are written either way ("châu Âu", "Châu Âu"); a country or city is always capitalised.
    if word[0].islower() and kind != "place":
        return None
    # Written in lowercase, only the regions news writes that way ("châu Âu"; not "hướng đông bắc").
    # "vịnh Bắc Bộ", "đảo Cát Bà": a known place that opens with its landmark word is that place in either case.
    landmark = (unit := UNITS.match(line, i)) is not None and unit[2] in _LANDMARKS and unit[0] < j
    if word[0].islower() and not landmark and key(line.text[line.starts[i] : line.ends[j - 1]]) not in _LOWER_KEYS:
        return None
    # Inside a longer capitalised name ("Pháp Luật TP.HCM", "Mai Anh Xem") the syllables are not a place;
    # "Người Thái Lan", "Nước Nga" begin a sentence with a context word.
    previous_cap = i > 0 and line.joined(i) and line.cap(i - 1)
    # "Bắc Biển Đông": a compass word before a known place says which part of it; the place is still named.
    context = line.keys[i - 1] in CONTEXT_BEFORE or line.keys[i - 1] in _COMPASS if i > 0 else False
    if previous_cap and title_before(line, i) is None and not context:
        return None
    # "Tổng thống Mỹ Donald Trump", "Thị trưởng Los Angeles Eric Garcetti": after a title, a country, city or
    # province before a name still names the place; the name after it is the person's.
    titled = kind in ("country", "city", "province") and title_before(line, i) is not None
    if j < len(line) and line.joined(j) and line.cap(j) and not titled:
        return None
    previous = key(line.words[i - 1]) if i > 0 else ""
    if previous in _HONORIFIC_KEYS and line.joined(i):
        return None
    if name in AMBIGUOUS and previous not in CONTEXT_BEFORE and title_before(line, i) is None:
        return None
    return j, {"kind": kind, "name": line.text[line.starts[i] : line.ends[j - 1]]}


def find_locations(line: Line, taken: bytearray) -> list[Candidate]:
    """Return the locations in ``line`` that do not overlap ``taken`` characters, and mark them taken."""
    found: list[Candidate] = []
    # Every token of every line passes here and nearly all start nothing: the matchers are called only for a
    # token that can start their match (a capitalised word, or the first word of a unit or place phrase).
    units, places = UNITS.first_keys, PLACES.first_keys
    starts, keys, caps = line.starts, line.keys, line.caps
    i = 0
    while i < len(keys):
        if taken[starts[i]]:
            i += 1
            continue
        first = i
        hit: tuple[int, dict[str, str]] | None = None
        if keys[i] in LANDMARK_KEYS or (caps[i] and ROAD_CODE.fullmatch(line.words[i])):
            landmark = landmark_at(line, i, keys[i] in places and PLACES.match(line, i) is not None)
            if landmark:
                first, j, attributes = landmark
                hit = j, attributes
        if hit is None and keys[i] in units:
            hit = unit_at(line, i)
        if hit is None and keys[i] in places:
            hit = place_at(line, i)
        if not hit and caps[i]:
            # The other matchers all need a capitalised name at token ``i``.
            hit = _parenthesised(line, i) or _after_preposition(line, i, taken)
            hit = hit or _after_facility(line, i) or _listed(line, i, taken) or _after_house_number(line, i, taken)
        if not hit:
            i += 1
            continue
        j, attributes = hit
        start, end = line.starts[first], line.ends[j - 1]
        if any(taken[start:end]):
            i += 1
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("location", start, end, dict(attributes)))
        i = j
    return found


def _parenthesised(line: Line, i: int) -> tuple[int, dict[str, str]] | None:
    # "(Hàm Tân, Bình Thuận)": a capitalised name followed by a known province inside brackets is a place.
    if i == 0 or line.words[i - 1] != "(" or not line.cap(i):
        return None
    j = i + 1
    while j < len(line) and line.cap(j) and line.joined(j) and j - i < 3:
        j += 1
    if j + 1 < len(line) and line.words[j] == ",":
        province = PLACES.match(line, j + 1)
        closed = province and province[0] < len(line) and line.words[province[0]] == ")"
        if province and closed and province[2] in ("province", "city"):
            return j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}
    return None


def _after_preposition(line: Line, i: int, taken: bytearray) -> tuple[int, dict[str, str]] | None:
    # "về quê tại Tuy An", "ở Hàm Tân": a short capitalised name after a word of place is a place.
    if i == 0 or line.keys[i - 1] not in _PLACE_PREPOSITIONS or not line.joined(i) or not line.cap(i):
        return None
    j = i
    while j < len(line) and line.cap(j) and (j == i or line.joined(j)) and not taken[line.starts[j]]:
        if is_upper(line.words[j]) or not line.words[j].isalpha() or len(line.words[j]) == 1 or j - i == 3:
            return None
        j += 1
    if j == i or (j < len(line) and line.joined(j) and line.cap(j)):
        return None
    if line.words[i] in SURNAMES and j - i >= 2 or TITLE_TABLE.match(line, i):
        return None  # "đến Nguyễn Văn An": a person; "tới Thủ tướng": a title
    if key(line.text[line.starts[i] : line.ends[j - 1]]) in _EVENT_KEYS:
        return None  # "tại Champions League": a competition
    lower_next = j < len(line) and line.joined(j) and line.words[j][0].islower()
    if lower_next and _part_of_word(line.words[j - 1], line.words[j]):
        return None  # "tại Hội nghị", "ở Trung tâm": a capitalised word, not a name
    return j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}


def _name_run(line: Line, i: int, taken: bytearray, longest: int = 4) -> int:
    j = i
    while j < len(line) and j - i < longest and line.cap(j) and (j == i or line.joined(j)):
        if taken[line.starts[j]] or is_upper(line.words[j]) or not line.words[j].isalpha():
            return i
        j += 1
    return j if not (j < len(line) and line.joined(j) and line.cap(j)) else i


def _after_facility(line: Line, i: int) -> tuple[int, dict[str, str]] | None:
    # "nhà chờ Hoàng Đạo Thúy", "sân Balaidos", "lán Khuổi Nậm": the facility word stays out of the span,
    # and a person's name here names the street or place.
    facility = _FACILITIES.match(line, i - 2) if i >= 2 else None
    facility = facility if facility and facility[0] == i else (_FACILITIES.match(line, i - 1) if i else None)
    if not facility or facility[0] != i or not line.joined(i) or line.words[i - 1][0].isupper():
        return None
    if i - 2 >= 0 and _part_of_word(line.words[i - 2], line.words[i - 1]):
        return None  # "đi sân": no; "bến" in "cập bến" is part of a word
    j = _name_run(line, i, bytearray(line.end))
    return (j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}) if j > i else None


_ADDRESS_WORDS = frozenset(["số", "ngõ", "ngách", "hẻm", "kiệt"])


def _after_house_number(line: Line, i: int, taken: bytearray) -> tuple[int, dict[str, str]] | None:
    # "số 23 Quán Thánh", "số 4 Trần Hưng Đạo", "ngõ 102 Trường Chinh": after a house or alley number the name
    # is the street's, even when a person's.
    k = i - 1
    while k >= 1 and (line.words[k].isdigit() or (line.words[k] in "/-" and line.touching(k))):
        k -= 1
    if k == i - 1 or not line.words[k + 1].isdigit() or line.words[k] not in _ADDRESS_WORDS or not line.joined(i):
        return None
    j = _name_run(line, i, taken, 4)
    if j == i or not plain_name(line, i, j):
        return None
    if j < len(line) and line.joined(j) and _part_of_word(line.words[j - 1], line.words[j], resources.LISTED):
        return None  # "số 3 Thi công": the capital opens a common word, a heading rather than an address
    return j, {"kind": "street", "name": line.text[line.starts[i] : line.ends[j - 1]]}


def _plural_unit_before(line: Line, i: int) -> bool:
    """True if a plural word and a type word end just before token ``i`` (``các thành phố``, ``những tỉnh``)."""
    for back in (1, 2):
        s = i - back
        found = UNITS.match(line, s) if s >= 1 else None
        if found and found[0] == i and line.joined(i) and line.keys[s - 1] in _PLURAL and line.words[s][0].islower():
            return found[2] not in _LANDMARKS or found[2] in ("làng", "bản")
    return False


def _listed(line: Line, i: int, taken: bytearray) -> tuple[int, dict[str, str]] | None:
    # "các phường lân cận như Bạch Mai, Trương Định", "các huyện thị thuộc tỉnh Bắc Giang như: Hiệp Hòa, Tân Yên".
    if i == 0 or not line.cap(i):
        return None
    k = i - 1
    if _plural_unit_before(line, i):
        # "các thành phố Moscow, Sochi và Kazan": the first of a list after a plural type word.
        j = _name_run(line, i, taken, 3)
        listed = j > i and j + 1 < len(line) and line.words[j] in (",", "và") and line.cap(j + 1)
        return (j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}) if listed else None
    for _ in range(6):
        # Walk back over earlier items ("Bạch Mai,") to the word that opens the list.
        if line.keys[k] in ("như", "gồm") or (line.words[k] == ":" and k and line.keys[k - 1] in ("như", "gồm")):
            break
        if _plural_unit_before(line, k + 1):
            j = _name_run(line, i, taken, 3)
            return (j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}) if j > i else None
        if line.words[k] != "," and line.keys[k] != "và":
            return None
        k -= 1
        n = 0
        while k >= 0 and line.cap(k) and n < 3:
            k, n = k - 1, n + 1
        if n == 0 or k < 0:
            return None
    else:
        return None
    back = line.keys[max(0, k - 10) : k]
    if not any(w in _PLURAL_UNITS for w in back) or not any(w in _PLURAL or w == "số" for w in back):
        return None  # the list must be of administrative units: "các phường", "một số huyện"
    j = _name_run(line, i, taken, 3)
    if j == i:
        return None
    return j, {"kind": "place", "name": line.text[line.starts[i] : line.ends[j - 1]]}


_CONJUNCTIONS = frozenset(["và", "hay", "hoặc"])
_LIST_SEPARATORS = _CONJUNCTIONS | {","}


def find_listed_places(line: Line, taken: bytearray, places: list[tuple[int, int]]) -> list[Candidate]:
    """Return the names in ``line`` listed among places already found there (``places``, character spans) and
    mark them taken: ``Romania, Belarus, Andorra, Uruguay và Cape Verde``, ``Mexico, Colombia hay Ecuador``.

    A name counts when the items on both sides of it are places, or when it ends a list of at least two places
    (the item before it and the one before that) after a conjunction or before a stop. Countries named as teams
    are organisations, not places here.
    """
    if len(places) < 2:
        return []
    ends = {end: start for start, end in places}
    starts = {start: end for start, end in places}
    found: list[Candidate] = []
    for i in range(2, len(line)):
        if line.words[i - 1] not in _LIST_SEPARATORS and line.keys[i - 1] not in _LIST_SEPARATORS:
            continue
        if not line.cap(i) or taken[line.starts[i]] or line.ends[i - 2] not in ends:
            continue
        j = _name_run(line, i, taken, 3)
        if j == i or not plain_name(line, i, j) or (j - i == 1 and resources.is_word(line.keys[i], resources.LISTED)):
            continue  # "Hà Nội, Huế và Thành phố …": one capitalised common word is not a place's name
        after = j + 1 < len(line) and line.words[j] in _LIST_SEPARATORS and line.starts[j + 1] in starts
        before_start = ends[line.ends[i - 2]]
        k = line.index_at(before_start)
        # The last item of a list comes after "và"/"hay", or closes the clause: "Kerch, Ukraine, Anatoliy Kokush
        # là …" goes on with the subject of the sentence.
        last = line.keys[i - 1] in _CONJUNCTIONS or j == len(line) or line.words[j] in ".,;:)"
        closes = last and k >= 2 and line.words[k - 1] in (",", ";") and line.ends[k - 2] in ends
        if not (after or closes):
            continue
        start, end = line.starts[i], line.ends[j - 1]
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("location", start, end, {"kind": "place", "name": line.text[start:end]}))
        ends[end] = start
        starts[start] = end
    return found
