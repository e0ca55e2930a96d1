"""People: names with the title before them and the roles after them, and later mentions linked back."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from dvcli import resources
from dvcli.entities.evidence import (
    KIN,
    acts_after,
    aged,
    described_after,
    foreign,
    listed_with,
    named_in_credit,
    pictured,
    plain_name,
    related_before,
)
from dvcli.entities.phrases import Candidate, Line, PhraseTable, is_upper, key
from dvcli.entities.places import TITLE_TABLE, known_place, title_before
from dvcli.entities.wordlists import ROLE_WORDS, SURNAMES, TITLES

_ROLES = PhraseTable(ROLE_WORDS + TITLES)
_MAX_NAME = 4
# Words of awards, prizes and events named after a person.
_AWARDS = PhraseTable(("giải thưởng", "giải", "cúp", "huân chương", "huy chương", "học bổng", "quỹ học bổng"))
_VOWELS = frozenset("aeiouy")
_BRANCHES = frozenset(["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Tị", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"])


@dataclass(slots=True)
class People:
    """What the text has said so far: full names by their first mention, and their shorter forms."""

    first: dict[str, int] = field(default_factory=dict)
    short: dict[str, tuple[str, int]] = field(default_factory=dict)

    def remember(self, name: str, start: int) -> None:
        parts = name.split()
        if name.endswith(".") or name in self.first:
            return
        if len(parts) < 2:
            # A one-word name known from evidence ("Messi ghi bàn"): later "Messi" alone is the same person.
            if foreign(name):
                self.first[name] = start
            return
        self.first[name] = start
        # "Nguyễn Văn Hưởng" is later "Hưởng" or "Văn Hưởng"; "Donald Trump" is later "Trump".
        for n in range(1, len(parts)):
            self.short.setdefault(" ".join(parts[n:]), (name, start))

    def link(self, name: str) -> tuple[str, int] | None:
        if name in self.first:
            return name, self.first[name]
        return self.short.get(name)


def _initial(word: str) -> bool:
    # "H", "Th", "Ng" stand for a name; "Ân" is a whole syllable ending a sentence.
    return len(word) == 1 or (len(word) <= 3 and not _VOWELS.intersection(unicodedata.normalize("NFD", word.lower())))


def _name_end(line: Line, i: int, taken: bytearray) -> tuple[int, bool]:
    """Return the end of the name starting at token ``i`` and whether it ends in an initial (``Bảo Th.``)."""
    j = i
    abbreviated = False
    count = 0
    while j < len(line) and count < _MAX_NAME and line.cap(j) and not taken[line.starts[j]]:
        if j > i and not (line.touching(j) if abbreviated else line.joined(j)):
            break  # after an initial's full stop and a space ("anh H. Khi đó") the name has ended
        if is_upper(line.words[j]) or not line.words[j].isalpha():
            break  # "TP", "PV", "Bình30229": abbreviations and glued numbers are not names
        j += 1
        count += 1
        abbreviated = False
        # "Park Geun-hye", "Choi Soon-sil": a hyphenated given name; "O'Reilly", "N'Golo": an apostrophe.
        glued = j + 1 < len(line) and line.words[j] in "-'’" and line.touching(j) and line.touching(j + 1)
        if glued and (line.words[j] == "-" or line.cap(j + 1)):
            j += 2
        # An initial keeps its full stop: "Hồ Xuân H.", "Nguyễn Thị H.M."
        if j < len(line) and line.words[j] == "." and line.touching(j) and _initial(line.words[j - 1]):
            j += 1
            abbreviated = True
    return j, abbreviated


def _title(line: Line, i: int, entity_starts: dict[int, int]) -> int | None:
    direct = title_before(line, i)
    if direct is not None:
        return direct
    # "Bộ trưởng Bộ Công an Tô Lâm", "Tổng thống Mỹ Donald Trump": a title, an organisation or place, a name.
    if i > 0 and line.joined(i) and line.ends[i - 1] in entity_starts:
        first = line.index_at(entity_starts[line.ends[i - 1]])
        return title_before(line, first)
    return None


def _roles(line: Line, j: int, taken: bytearray) -> list[str]:
    roles: list[str] = []
    while j + 1 < len(line) and line.words[j] == ",":
        role = _ROLES.match(line, j + 1)
        if not role:
            break
        k = role[0]
        while k < len(line) and line.joined(k) and (taken[line.starts[k]] or line.cap(k)):
            # "…, Tổng Bí thư Trường Chinh, …" lists people: the words after the title are a name.
            if not taken[line.starts[k]]:
                return roles
            k += 1
        roles.append(line.text[line.starts[j + 1] : line.ends[k - 1]])
        j = k
    return roles


# "Văn" and "Thị" are the commonest middle names, so "Giàng Văn Pó" and "Lò Thị Mai" are names whatever the
# family name, which the list of common ones (``SURNAMES``) may lack.
_MIDDLE_NAMES = frozenset(["Văn", "Thị"])


def _full_name(line: Line, i: int, tokens: int) -> bool:
    """True if the run of ``tokens`` capitalised words at token ``i`` reads as a Vietnamese full name: a common
    family name and a given name, or three or more words with ``Văn`` or ``Thị`` second."""
    if tokens >= 2 and line.words[i] in SURNAMES:
        return True
    return tokens >= 3 and line.words[i + 1] in _MIDDLE_NAMES


def collect_names(line: Line, taken: bytearray, people: People) -> None:
    """Remember the full names (a family name and more) of ``line``, so a mention before one links too."""
    for i in range(len(line)):
        word = line.words[i]
        if word in SURNAMES and line.cap(i + 1) and line.joined(i + 1) and not taken[line.starts[i]]:
            if i and line.joined(i) and line.cap(i - 1):
                continue
            j, abbreviated = _name_end(line, i, taken)
            if j - i >= 2 and not abbreviated:
                people.remember(line.text[line.starts[i] : line.ends[j - 1]], line.starts[i])


def _common_word(line: Line, i: int) -> bool:
    # "Tâm lý …" at the start of a sentence is a word, not the given name "Tâm".
    if i + 1 >= len(line) or not line.joined(i + 1) or not line.words[i + 1][0].islower():
        return False
    return resources.is_word(key(line.words[i]) + " " + key(line.words[i + 1]))


def find_people(line: Line, taken: bytearray, entity_starts: dict[int, int], people: People) -> list[Candidate]:
    """Return the people named in ``line`` (not overlapping ``taken``); ``people`` links later mentions.

    ``entity_starts`` maps the end offset of each organisation or place found so far to its start, so a
    title such as ``Bộ trưởng Bộ Công an`` can run across an organisation to the name after it.
    """
    found: list[Candidate] = []
    maybe: list[tuple[int, int]] = []
    # Every token of every line passes here: only a capitalised word that is not taken can start a name.
    caps, starts = line.caps, line.starts
    i = 0
    while i < len(caps):
        if not caps[i] or taken[starts[i]]:
            i += 1
            continue
        inside = i and line.joined(i) and line.cap(i - 1) and not taken[line.starts[i - 1]]
        if inside and title_before(line, i) is None and not _leads_in(line, i - 1) and not related_before(line, i):
            i += 1
            continue
        if _leads_in(line, i):
            i += 1  # "Theo Hồng Quân, …", "Ngoài Tuấn Anh, …": the sentence's first word is no part of the name
            continue
        opener = TITLE_TABLE.match(line, i) or KIN.match(line, i)
        if opener and line.cap(opener[0]) and line.joined(opener[0]) and not taken[line.starts[opener[0]]]:
            i = opener[0]  # "Ông Donald Trump", "Tổng Thống …", "Mẹ Grace": the name starts after the title
            continue
        j, abbreviated = _name_end(line, i, taken)
        if j == i:
            i += 1
            continue
        name = line.text[line.starts[i] : line.ends[j - 1]]
        place = known_place(line, i)
        if place and place[0] >= j:
            i = j  # "Hà Nội FC", "Hà Giang" before a capital: still the place's name, not a person's
            continue
        if _named_after(line, i):
            # "Giải thưởng Nguyễn Văn Linh", "Huân chương Hồ Chí Minh": the person names the award, not the story.
            taken[line.starts[i] : line.ends[j - 1]] = b"\x01" * (line.ends[j - 1] - line.starts[i])
            i = j
            continue
        title = _title(line, i, entity_starts)
        linked = people.link(name)
        tokens = sum(1 for w in line.words[i:j] if w[0].isupper())
        if linked and title is None and TITLE_TABLE.match(line, i):
            linked = None  # "Đồng chí …" opens a title even when "Đồng" is someone's given name
        if tokens == 1 and _common_word(line, j - 1):
            i = j  # "Trưởng phòng Giáo dục", "tết Nguyên Đán": a word, not a name
            continue
        if tokens == 2 and line.words[j - 1] in _BRANCHES:
            i = j  # "Đinh Dậu", "Giáp Ngọ" name years of the lunar calendar
            continue
        # "Hương Tràm mặc …": a name the training articles prove a person needs no context, even one that is
        # also a common word.
        known = name in resources.person_names()
        evidence = title is not None or linked is not None or known or _full_name(line, i, tokens)
        if not evidence and (tokens > 1 or foreign(line.words[i])) and plain_name(line, i, j):
            # "Minh Anh (28 tuổi)", "Ảnh: Bảo Hân", "con gái Elaf Hussain", "Bảo Anh – bạn gái …", "Niki Rahmati, một
            # sinh viên": an age, a credit, a kinship word or a description frames a person whatever the words.
            evidence = aged(line, j) or named_in_credit(line, i, j) or pictured(line, j)
            evidence = evidence or related_before(line, i) or described_after(line, i, j)
        if not evidence and _could_be_named(line, i, j, tokens):
            # "Messi ghi bàn": a verb only people do; "Messi, Suarez và Neymar": a name listed beside a person is
            # one too (decided below).
            evidence = acts_after(line, j)
            # A title or role ("Phó Giám đốc", "Tổng Giám đốc") after a comma is no second name in a list.
            role = _ROLES.match(line, i) or TITLE_TABLE.match(line, i) or _common_word(line, j - 1)
            if not evidence and not role:
                maybe.append((i, j))
            if not evidence:
                i = j
                continue
        if not evidence:
            i = j
            continue
        start, end = line.starts[i], line.ends[j - 1]
        attributes: dict[str, object] = {}
        if title is not None:
            attributes["title"] = line.text[line.starts[title] : line.ends[i - 1]]
        roles = _roles(line, j, taken)
        if roles:
            attributes["roles"] = roles
        if abbreviated:
            attributes["abbreviated"] = True
        if linked is not None and linked[1] != start:
            attributes["name"], attributes["refers_to"] = linked
        else:
            people.remember(name, start)
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("person", start, end, attributes))
        i = j
    listed = listed_with(line, maybe, [(c.start, c.end) for c in found])
    for i, j in listed:
        start, end = line.starts[i], line.ends[j - 1]
        if not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            people.remember(line.text[start:end], start)
            found.append(Candidate("person", start, end, {}))
    # A name the list just proved may also stand alone later in the same line ("…, Messi còn phải …").
    for i, j in maybe:
        start, end = line.starts[i], line.ends[j - 1]
        linked = people.link(line.text[start:end])
        if (i, j) not in listed and linked is not None and not any(taken[start:end]):
            taken[start:end] = b"\x01" * (end - start)
            found.append(Candidate("person", start, end, {"name": linked[0], "refers_to": linked[1]}))
    found.sort(key=lambda c: c.start)
    return found


def _leads_in(line: Line, i: int) -> bool:
    """True if token ``i`` is a capitalised function word (``Theo``, ``Ngoài``, ``Trong``) before a capitalised
    word: it starts the sentence, not a name. Family names and titles are left to the rules above."""
    if not (line.cap(i) and line.cap(i + 1) and line.joined(i + 1)) or line.words[i] in SURNAMES:
        return False
    return resources.is_word(line.keys[i], resources.FUNCTION_WORD) and TITLE_TABLE.match(line, i) is None


def _named_after(line: Line, i: int) -> bool:
    for back in (1, 2):
        if i - back >= 0 and (award := _AWARDS.match(line, i - back)) and award[0] == i and line.joined(i):
            return True
    return False


def _could_be_named(line: Line, i: int, j: int, tokens: int) -> bool:
    """A capitalised run that may be a name without a title: a foreign word, or Vietnamese syllables of a given
    name that make no common word ("Minh Anh", not "Công Nghệ"); one Vietnamese syllable never is."""
    words = line.words[i:j]
    if not plain_name(line, i, j):
        return False
    if tokens == 1:
        return foreign(words[0])
    if any(foreign(w) for w in words):
        return True
    return not resources.is_word(" ".join(key(w) for w in words), resources.LISTED)
