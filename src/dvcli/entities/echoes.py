"""Places named again without their type word: once the text writes ``xã Bình Khê``, a later (or earlier) bare
``Bình Khê`` is the same commune, though no gazetteer knows it."""

from __future__ import annotations

from collections.abc import Iterable

from dvcli.entities.phrases import Candidate, Line, PhraseTable, key
from dvcli.entities.places import TITLE_TABLE, title_before
from dvcli.entities.wordlists import HONORIFICS

# Administrative units: their names are places wherever they recur. Streets and landmarks are left out, since
# they are often named after people ("đường Lê Lợi" and the king Lê Lợi).
_ADMINISTRATIVE = frozenset(
    [
        *("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp", "bản"),
        *("bang", "khu phố", "xóm", "làng", "đặc khu"),
    ]
)
_HONORIFIC_KEYS = frozenset(key(h) for h in HONORIFICS)


def typed_names(candidates: Iterable[Candidate]) -> PhraseTable:
    """The names of the administrative units found with their type word, as a table of phrases to look for."""
    table = PhraseTable(())
    for c in candidates:
        name = c.attributes.get("name") if c.type == "location" else None
        if name and c.attributes.get("kind") in _ADMINISTRATIVE and name[0].isupper() and not name[0].isdigit():
            table.add(name, name)
    return table


def find_echoes(line: Line, taken: bytearray, names: PhraseTable) -> list[Candidate]:
    """Return the bare mentions in ``line`` of the names in ``names`` that are free and stand as a name of their own."""
    found: list[Candidate] = []
    firsts = names.first_keys
    i = 0
    while i < len(line):
        hit = names.match(line, i) if line.keys[i] in firsts and line.cap(i) else None
        if hit is None or taken[line.starts[i]]:
            i += 1
            continue
        j, name, _ = hit
        start, end = line.starts[i], line.ends[j - 1]
        # The same letters, as a word of its own: not inside a longer capitalised name, nor a person's ("ông Khê").
        alone = not (i and line.joined(i) and line.cap(i - 1)) and not (
            j < len(line) and line.joined(j) and line.cap(j)
        )
        honorific = i and line.joined(i) and line.keys[i - 1] in _HONORIFIC_KEYS
        person = honorific or title_before(line, i) is not None or TITLE_TABLE.match(line, i) is not None
        if line.text[start:end] != name or not alone or person or any(taken[start:end]):
            i += 1
            continue
        taken[start:end] = b"\x01" * (end - start)
        found.append(Candidate("location", start, end, {"kind": "place", "name": name}))
        i = j
    return found
