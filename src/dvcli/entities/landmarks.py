"""Places named by the word before them beyond administrative units: junctions of two streets, road codes,
a landmark word opening a sentence, and facilities whose word stays out of the span (``bảo tàng Louvre``)."""

from __future__ import annotations

import re

from dvcli.entities.phrases import Candidate, Line, PhraseTable, is_upper, key

# Junctions and squares keep their word and may join two names: "ngã tư Nguyễn Trãi - Khuất Duy Tiến".
JUNCTIONS = PhraseTable(())
for _word in ("ngã tư", "ngã ba", "ngã năm", "ngã sáu", "nút giao", "giao lộ"):
    JUNCTIONS.add(_word, _word)
for _word in ("vòng xoay", "bùng binh", "quảng trường", "công viên", "hầm", "cầu vượt"):
    JUNCTIONS.add(_word, _word)
_TWO_NAMES = frozenset(["ngã tư", "ngã ba", "ngã năm", "ngã sáu", "nút giao", "giao lộ"])
# Landmark words that may open a sentence capitalised and still be the type word ("Cầu Long Biên", "Đường Lê
# Lợi"); mid-sentence a capitalised one belongs to a name ("Cầu Giấy", "Chợ Lớn" are in the gazetteer anyway).
OPENING_WORDS = PhraseTable(())
for _word in ("cầu", "đường", "phố", "đảo", "sông", "núi", "vịnh", "chợ", "cảng", "đèo", "sân bay", "bến xe"):
    OPENING_WORDS.add(_word, _word)
# Facilities: the name after the word is the place, the word is left out ("sân vận động Thống Nhất" ->
# "Thống Nhất", as "sân Balaidos" -> "Balaidos").
FACILITIES = PhraseTable(
    (
        *("bảo tàng", "sân vận động", "SVĐ", "nhà thi đấu", "khách sạn", "khu nghỉ dưỡng", "nhà ga"),
        *("trung tâm thương mại", "thủy điện", "nhà máy thủy điện", "hồ thủy điện"),
        *("lâu đài", "pháo đài", "sa mạc", "ngoại ô"),
    )
)
# Routes join the places at their ends with dashes: "tuyến đường sắt đô thị Cát Linh - Hà Đông", "xe buýt nhanh
# Yên Nghĩa - Kim Mã", "cao tốc Hà Nội - Hải Phòng". Each end is a place of its own, the route word stays out.
ROUTES = PhraseTable(
    (
        *("tuyến", "tuyến đường", "tuyến đường sắt", "đường sắt", "đường sắt đô thị", "tuyến đường sắt đô thị"),
        *("cao tốc", "đường cao tốc", "tuyến cao tốc", "tuyến xe buýt", "xe buýt", "xe buýt nhanh", "tuyến buýt"),
        *("đường bay", "chuyến bay", "chặng", "đoạn", "lộ trình"),
    )
)
_COMPASS_KEYS = frozenset(["bắc", "nam", "đông", "tây"])
# Road codes glued to their number: "QL1A", "ĐT741", "TL10", "CT01", "AH1".
ROAD_CODE = re.compile(r"(?:QL|TL|ĐT|DT|ĐH|CT|AH|HL)\d{1,3}[A-Z]?")
_ROAD_KINDS = {"QL": "quốc lộ", "TL": "tỉnh lộ", "ĐT": "đường tỉnh", "DT": "đường tỉnh", "CT": "cao tốc"}
_SENTENCE_OPENERS = frozenset('.!?:"“(-–\n')
# The first words of every phrase above: only a token with one of these keys (or a road code) starts a landmark.
FIRST_KEYS = frozenset(JUNCTIONS.first_keys) | frozenset(OPENING_WORDS.first_keys) | frozenset(FACILITIES.first_keys)


def _run(line: Line, i: int, longest: int = 4) -> int:
    """The end of the capitalised name run starting at token ``i`` (``i`` if none)."""
    j = i
    while j < len(line) and j - i < longest and line.cap(j) and (j == i or line.joined(j)):
        if not line.words[j].isalpha() or (is_upper(line.words[j]) and len(line.words[j]) > 3):
            break
        j += 1
    return j


def _opens_sentence(line: Line, i: int) -> bool:
    return i == 0 or line.words[i - 1] in _SENTENCE_OPENERS


def landmark_at(line: Line, i: int, known_place: bool) -> tuple[int, int, dict[str, str]] | None:
    """Match a landmark at token ``i``: ``(first, end, attributes)`` with ``first`` the span's first token.

    ``known_place`` says the gazetteer already knows a place starting at ``i`` (so ``Cầu Giấy`` stays the
    district). Returns None when nothing matches.
    """
    word = line.words[i]
    if ROAD_CODE.fullmatch(word):
        prefix = re.match(r"\D+", word)
        kind = _ROAD_KINDS.get(prefix.group() if prefix else "", "đường")
        return i, i + 1, {"kind": kind, "name": word}
    found = JUNCTIONS.match(line, i)
    capitalised_ok = _opens_sentence(line, i)
    if found and (word[0].islower() or capitalised_ok):
        j, _, kind = found
        if j < len(line) and line.joined(j) and (end := _run(line, j)) > j:
            # "Nguyễn Trãi - Khuất Duy Tiến": a second street after a dash.
            dash = end + 1 < len(line) and line.words[end] in "-–" and kind in _TWO_NAMES
            if dash and (second := _run(line, end + 1)) > end + 1:
                end = second
            return i, end, {"kind": kind, "name": line.text[line.starts[j] : line.ends[end - 1]]}
    opening = OPENING_WORDS.match(line, i)
    if opening and word[0].isupper() and capitalised_ok and not known_place:
        j, _, kind = opening
        if j < len(line) and line.joined(j) and (end := _run(line, j)) > j:
            return i, end, {"kind": kind, "name": line.text[line.starts[j] : line.ends[end - 1]]}
    facility = FACILITIES.match(line, i)
    # "SVĐ Krestovsky": the abbreviation of "sân vận động" is written in capitals anywhere in a sentence.
    if facility and (word[0].islower() or word == "SVĐ"):
        j = facility[0]
        if j < len(line) and line.joined(j) and (end := _run(line, j)) > j:
            name = line.text[line.starts[j] : line.ends[end - 1]]
            return j, end, {"kind": key(line.text[line.starts[i] : line.ends[j - 1]]), "name": name}
    return None


def find_routes(line: Line, taken: bytearray) -> list[Candidate]:
    """Return the places at the ends of the routes in ``line`` (``tuyến Cát Linh - Hà Đông``: two places), free of
    ``taken`` characters, and mark them taken. Directions (``đường sắt Bắc - Nam``) are no places."""
    found: list[Candidate] = []
    firsts = ROUTES.first_keys
    for i in range(len(line)):
        if line.keys[i] not in firsts or taken[line.starts[i]]:
            continue
        if line.words[i][0].isupper() and not _opens_sentence(line, i):
            continue  # "Cao tốc" mid-sentence may start a name; "Lộ trình …" opens a sentence
        route = ROUTES.match(line, i)
        if route is None or route[0] >= len(line) or not line.joined(route[0]):
            continue
        ends = []
        j = route[0]
        while (end := _run(line, j)) > j:
            ends.append((j, end))
            if not (
                end + 1 < len(line) and line.words[end] in "-–" and (line.joined(end + 1) or line.touching(end + 1))
            ):
                break
            j = end + 1
        if len(ends) < 2 or any(end - start == 1 and line.keys[start] in _COMPASS_KEYS for start, end in ends):
            continue
        spans = [(line.starts[a], line.ends[b - 1]) for a, b in ends]
        if any(any(taken[s:e]) for s, e in spans):
            continue
        for s, e in spans:
            taken[s:e] = b"\x01" * (e - s)
            found.append(Candidate("location", s, e, {"kind": "place", "name": line.text[s:e]}))
    return found
