"""Organisations: names built on a head word (``Ban Dân vận Tỉnh ủy``), abbreviations, well-known bodies."""

from __future__ import annotations

import re

from dvcli import lexicon
from dvcli.entities_names import (
    ABBREVIATIONS,
    HEAD_SUFFIXES,
    KNOWN_ORGS,
    MEDIA_AND_MAKERS,
    NAMED_HEADS,
    ORG_TRIGGERS,
    STANDALONE_HEADS,
    SURNAMES,
)
from dvcli.entities_places import PLACES, TITLE_TABLE, UNITS, place_at, title_before, unit_at
from dvcli.entities_tokens import Candidate, Line, PhraseTable, is_upper, key

_HEADS = PhraseTable(())
for _head in NAMED_HEADS:
    _HEADS.add(_head, "named")
for _head in STANDALONE_HEADS:
    _HEADS.add(_head, "standalone")
_SUFFIXES = PhraseTable(HEAD_SUFFIXES)
_KNOWN = PhraseTable(KNOWN_ORGS | MEDIA_AND_MAKERS)
_TRIGGERS = PhraseTable(ORG_TRIGGERS)
# "Trường" heads a school only before a word for a kind of school ("Trường Chinh" is a person).
_SCHOOLS = frozenset(
    ["Đại", "Cao", "THPT", "THCS", "PTTH", "Tiểu", "Mầm", "Trung", "Phổ", "Chính", "Sĩ", "Sỹ", "Quân", "Dạy",
     "Quốc", "Nghề", "ĐH", "CĐ", "Mẫu", "Năng", "Hữu", "Bồi", "Văn", "Nghiệp", "Kỹ", "Công", "PTDTNT", "TH"]
)
_MEDIA_WORDS = frozenset(["Times", "News", "Post", "Journal", "Online", "Today", "Herald", "Telegraph", "Mail"])
_BRACKETED = re.compile(r" ?\(([A-ZĐ][A-ZĐ&.-]*[A-ZĐ])\)")
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
    while j < len(line) and (bridged or line.joined(j) or (line.touching(j) and line.words[j] in "&-")):
        bridged = False
        word = line.words[j]
        place = unit_at(line, j, stop_at_person) or (PLACES.match(line, j) if line.cap(j) else None)
        if place:
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
        if connectors and word in ("và", "&", "-", "–") and _joins_name(line, j + 1):
            j += 1
            bridged = True
            continue
        unit = UNITS.match(line, j)
        if unit and word[0].islower() and (unit[0] >= len(line) or not line.cap(unit[0])):
            return unit[0], True
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


def find_organizations(line: Line, taken: bytearray, defined: dict[str, str]) -> list[Candidate]:
    """Return the organisations in ``line``; ``defined`` collects abbreviations the text defines."""
    found: list[Candidate] = []
    i = 0
    while i < len(line):
        hit = None if taken[line.starts[i]] else _org_at(line, i, defined)
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


def _org_at(line: Line, i: int, defined: dict[str, str]) -> tuple[int, dict[str, object]] | None:
    word = line.words[i]
    if not line.cap(i):
        return _triggered(line, i)
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
        rest = line.text[line.ends[i]:line.ends[j - 1]]
        return j, {"abbreviation": True, "expansion": abbreviation + rest}
    if head and word == "Trường" and not (head[0] < len(line) and line.words[head[0]] in _SCHOOLS):
        head = None
    if head:
        stop = title_before(line, i) is not None or head[2] == "standalone"
        j, named = _extend(line, head[0], stop)
        # "Đoàn Thanh niên" is a body, "Đoàn Khang" a person: a family-name head needs a name made of words.
        if word in SURNAMES and head[0] == i + 1:
            named = named and any(w[0].islower() or is_upper(w) for w in line.words[i + 1:j])
        if named or head[2] == "standalone":
            return j, {"expansion": abbreviation + line.text[line.ends[i]:line.ends[j - 1]]} if abbreviation else {}
    known = _KNOWN.match(line, i)
    product = known and known[0] < len(line) and line.joined(known[0]) and line.cap(known[0])
    if known and not product and not (i and line.joined(i) and line.cap(i - 1)):
        return known[0], {}
    if word == "Theo" and (i == 0 or line.words[i - 1] in ".!?\"“"):
        j = i + 1
        while j < len(line) and line.cap(j) and (line.joined(j) or line.touching(j)) and j - i <= 4:
            j += 1
        # "Theo Reuters,", "Theo Khaleej Times,": an outlet; "Theo Jerry Huang," is more likely a person.
        outlet = j == i + 2 or (j > i + 2 and line.words[j - 1] in _MEDIA_WORDS)
        if outlet and j < len(line) and line.words[j] == "," and not PLACES.match(line, i + 1):
            return j, {"_start": line.starts[i + 1]}
    return None


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
