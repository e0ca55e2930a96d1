"""National teams named by their country in sport reports (``Cameroon gặp Đức``): organisations, not places.

A country becomes a team only in an article about sport (several sport words) and only where a mention says so:
a team word before it (``đội tuyển``, ``đội bóng chủ nhà``), a match verb on either side (``gặp``, ``đánh bại``,
``vô địch``), an apposition (``Cameroon, đội bóng vô địch …``) or a list with such a team (``Australia và Chile``).
Every other mention of that country in the article is then the team too, except after a word of place
(``tại Nga``, ``người Brazil``), which keeps the country a place.
"""

from __future__ import annotations

from collections.abc import Iterable

from dvcli.entities.phrases import Line, PhraseTable
from dvcli.entities.places import PLACES

# Words of sport; an article with at least _SPORT_CUES different ones is a sport report.
_SPORT_WORDS = frozenset(
    [
        "hlv",
        "trận",
        "vòng bảng",
        "bảng đấu",
        "bàn thắng",
        "ghi bàn",
        "đội bóng",
        "đội tuyển",
        "cầu thủ",
        "tiền đạo",
        "thủ môn",
        "vô địch",
        "tỷ số",
        "tỉ số",
        "hiệp",
        "sân",
        "giải đấu",
        "chung kết",
        "bán kết",
        "khai mạc",
        "world cup",
        "euro",
    ]
)
_SPORT_CUES = 3
# Words right before a country that make it the team: "đội tuyển Brazil", "đương kim vô địch thế giới Đức".
_BEFORE = PhraseTable(
    (
        *("đội tuyển", "đội bóng", "đội khách", "đội chủ nhà", "chủ nhà", "tuyển", "ĐT", "gặp", "thắng"),
        *("đánh bại", "hạ", "hòa", "hoà", "thua", "vượt qua", "loại", "vô địch", "vô địch thế giới"),
        *("tiếp đón", "tiếp", "đối đầu", "đối đầu với", "đấu với", "thắng trước", "thua trước", "trước"),
    )
)
# Words right after a country that make it the team: "Brazil vô địch", "Bồ Đào Nha sẽ gặp".
_AFTER = PhraseTable(
    (
        *("gặp", "sẽ gặp", "đã gặp", "thắng", "đã thắng", "đánh bại", "đã đánh bại", "hòa", "hoà", "thua"),
        *("vô địch", "giành", "lọt vào", "đi tiếp", "bị loại", "dẫn trước", "sẽ chơi", "ghi bàn", "rơi vào bảng"),
        *("đè bẹp", "vùi dập", "cầm hòa", "lội ngược dòng", "vượt qua", "giành chiến thắng", "thi đấu"),
    )
)
# After one of these the country is the place: "tại Nga", "người Brazil", "sang Đức".
_PLACE_WORDS = frozenset(["tại", "ở", "đến", "tới", "từ", "sang", "người", "nước", "quốc gia", "thủ đô", "về"])
_JOINS = frozenset(["và", ",", "cùng", "với"])
# Lowercase words after which a country mentioned without its own evidence may still be the team.
_LINKS = frozenset(["của", "với", "và", "cùng", "trước", "giữa", "hay", "hoặc", "gặp", "thắng", "hòa", "thua"])
# A team word within a few words before a country: "đội bóng vô địch Gold Cup Mexico".
_TEAM_WORDS = frozenset(["đội bóng", "đội tuyển"])
_REACH = 10


def _country_at(line: Line, i: int) -> int | None:
    """The end of a country name at token ``i`` that is a word of its own (not ``Minh Đức``, ``Đức Chinh``)."""
    if not line.cap(i):
        return None
    found = PLACES.match(line, i)
    if found is None or found[2] != "country":
        return None
    j = found[0]
    if (i and line.joined(i) and line.cap(i - 1)) or (j < len(line) and line.joined(j) and line.cap(j)):
        return None
    return j


def _place_word_before(line: Line, i: int) -> bool:
    if i < 1:
        return False
    one = line.keys[i - 1]
    two = f"{line.keys[i - 2]} {one}" if i >= 2 else ""
    return one in _PLACE_WORDS or two in _PLACE_WORDS


def _said_to_play(line: Line, i: int, j: int) -> bool:
    """True if the words around the country at ``i``..``j`` make it a team."""
    for back in (4, 3, 2, 1):
        s = i - back
        found = _BEFORE.match(line, s) if s >= 0 else None
        if found and found[0] == i and line.joined(i):
            return True
    if j < len(line) and line.joined(j) and _AFTER.match(line, j):
        return True
    # "Cameroon, đội bóng vô địch …", "Chile- đội vô địch": an apposition that says what it is.
    if j + 1 < len(line) and line.words[j] in ",-–" and line.keys[j + 1] == "đội":
        return True
    # "đội bóng vô địch Gold Cup Mexico": a team word a few words before, in the same clause.
    for s in range(max(0, i - _REACH), i - 1):
        if f"{line.keys[s]} {line.keys[s + 1]}" in _TEAM_WORDS and not any(w in ",.;:()" for w in line.words[s:i]):
            return True
    return False


def national_teams(lines: Iterable[Line]) -> frozenset[str]:
    """Return the country names (as written) that this article uses as national teams; empty unless sport."""
    lines = list(lines)
    cues: set[str] = set()
    for line in lines:
        for n, k in enumerate(line.keys):
            if k in _SPORT_WORDS:
                cues.add(k)
            elif n + 1 < len(line.keys) and f"{k} {line.keys[n + 1]}" in _SPORT_WORDS:
                cues.add(f"{k} {line.keys[n + 1]}")
    if len(cues) < _SPORT_CUES:
        return frozenset()
    teams: set[str] = set()
    mentions: list[tuple[Line, int, int]] = []
    for line in lines:
        for i in range(len(line)):
            j = _country_at(line, i)
            if j is None or _place_word_before(line, i):
                continue
            mentions.append((line, i, j))
            if _said_to_play(line, i, j):
                teams.add(_name(line, i, j))
    # "Australia và Chile- đội vô địch …": a country listed with a team is a team (two rounds reach a list of 3).
    for _ in range(2):
        for line, i, j in mentions:
            if _name(line, i, j) in teams:
                continue
            for other, oi, oj in mentions:
                if other is line and _name(other, oi, oj) in teams and _listed(line, i, j, oi, oj):
                    teams.add(_name(line, i, j))
                    break
    return frozenset(teams)


def _listed(line: Line, i: int, j: int, oi: int, oj: int) -> bool:
    # Adjacent items of one list: "A và B", "A, B".
    return (oj + 1 == i and line.words[oj] in _JOINS) or (j + 1 == oi and line.words[j] in _JOINS)


def _name(line: Line, i: int, j: int) -> str:
    return line.text[line.starts[i] : line.ends[j - 1]]


def team_at(line: Line, i: int, teams: frozenset[str]) -> tuple[int, int] | None:
    """The (first, end) tokens of a mention of one of ``teams`` at token ``i``, or None.

    ``tại Nga`` stays a place, and so does a country that qualifies a common noun (``truyền thông Malaysia``)
    unless this mention itself says it plays. ``Đội tuyển Việt Nam`` written with a capital is the team's name.
    """
    if not teams:
        return None
    j = _country_at(line, i)
    if j is None or _name(line, i, j) not in teams or _place_word_before(line, i):
        return None
    qualifies = i and line.joined(i) and line.words[i - 1].isalpha() and line.words[i - 1][0].islower()
    if qualifies and line.keys[i - 1] not in _LINKS and not _said_to_play(line, i, j):
        return None
    if i >= 2 and line.words[i - 2] == "Đội" and line.keys[i - 1] == "tuyển" and line.joined(i - 1):
        return i - 2, j
    return i, j


def score_sides(line: Line, found: list[tuple[int, int]], taken: bytearray) -> list[tuple[int, int]]:
    """Token ranges of teams named across a score from a known one: ``Hull City 2-0 Liverpool``, ``Barca 3-0 Bilbao``.

    ``found`` holds the (first, end) token ranges of the organisations already found in ``line``; a capitalised run
    of up to three words on the other side of ``<n>-<n>``, not yet taken, is the opponent. A line made of the
    score and the two names alone is a result, whichever side is known.
    """
    starts = {first for first, _ in found}
    ends = {end for _, end in found}
    sides = []
    for k in range(1, len(line) - 3):
        words = line.words
        if not (words[k].isdigit() and words[k + 1] == "-" and words[k + 2].isdigit() and len(words[k]) <= 2):
            continue
        if not (line.touching(k + 1) and line.touching(k + 2) and line.joined(k) and line.joined(k + 3)):
            continue
        before = k
        while before > 0 and k - before < 3 and line.cap(before - 1) and (before == k or line.joined(before)):
            before -= 1
        after = k + 3
        while after < len(line) and after - k - 3 < 3 and line.cap(after) and (after == k + 3 or line.joined(after)):
            after += 1
        free_after = after > k + 3 and not any(taken[line.starts[k + 3] : line.ends[after - 1]])
        free_before = before < k and not any(taken[line.starts[before] : line.ends[k - 1]])
        # A line that is only "Watford 2-1 Burnley" is a result: both sides are teams.
        result = before == 0 and (after == len(line) or line.words[after] == ":")
        if free_after and (k in ends or (result and (free_before or before in starts))):
            sides.append((k + 3, after))
        if free_before and (k + 3 in starts or (result and (free_after or after in ends))):
            sides.append((before, k))
    return sides
