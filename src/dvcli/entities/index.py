"""The entity index: mentions merged into distinct people, organisations and places, the way a reader lists them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from dvcli.model import Entity, EntityIndex, IndexEntry, Span
from dvcli.text.fold import fold

# Administrative units and places known by name are one kind of thing for merging ("tỉnh Quảng Ninh" and
# "Quảng Ninh"); a street, a bay or a river named like a town is another place ("Vịnh Hạ Long", "thành phố Hạ Long").
_ADMINISTRATIVE = frozenset(
    [
        *("tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "thị trấn", "thôn", "ấp", "bản", "bang"),
        *("khu phố", "xóm", "làng", "tổ dân phố", "đặc khu", "province", "city", "country", "place"),
    ]
)
# Kinds that come from the gazetteer; a type word written in the text says more ("huyện" rather than "place").
_GAZETTEER_KINDS = frozenset(["province", "city", "country", "place"])
_QUALIFIER_UNITS = frozenset(["tỉnh", "huyện", "quận", "xã", "phường", "thành", "thị", "tp", "tp."])


@dataclass(slots=True)
class _Group:
    """The mentions gathered for one entry so far."""

    names: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    expansion: str | None = None
    merged_into: _Group | None = None

    def root(self) -> _Group:
        group = self
        while group.merged_into is not None:
            group = group.merged_into
        return group

    def add(self, entity: Entity, name: str) -> None:
        self.names.append(name)
        self.spans.append(entity.span)

    def absorb(self, other: _Group) -> None:
        self.names += other.names
        self.spans += other.spans
        _extend_unique(self.titles, other.titles)
        _extend_unique(self.roles, other.roles)
        self.kinds += other.kinds
        self.expansion = self.expansion or other.expansion
        other.merged_into = self


def _extend_unique(values: list[str], more: Iterable[str]) -> None:
    for value in more:
        if value and value not in values:
            values.append(value)


def _fullest(names: list[str]) -> str:
    # The form with the most syllables; between equals, the one written first.
    return max(names, key=lambda n: (len(n.split()), len(n), -names.index(n)))


def _people(entities: list[Entity]) -> list[_Group]:
    groups: list[_Group] = []
    by_start: dict[int, _Group] = {}
    by_name: dict[str, _Group] = {}
    # The tails of every full name seen ("văn hưởng", "hưởng"), each with the people it may stand for.
    tails: dict[str, set[int]] = {}
    numbers: dict[int, int] = {}
    for entity in entities:
        referred = entity.get("refers_to")
        full = str(entity.get("name") or entity.text)
        group = by_start.get(referred) if referred is not None else None
        if group is None and referred is not None:
            # The full name was remembered where it is written but found as a mention only later (or never).
            group = by_name.get(fold(full))
        group = group or by_name.get(fold(entity.text)) or _only(tails.get(fold(entity.text)), groups)
        if group is None:
            group = _Group()
            numbers[id(group)] = len(groups)
            groups.append(group)
        group.add(entity, full if referred is not None else entity.text)
        by_start[entity.start] = group
        number = numbers[id(group)]
        for name in {entity.text, full}:
            by_name.setdefault(fold(name), group)
            words = fold(name).split()
            for n in range(1, len(words)):
                tails.setdefault(" ".join(words[n:]), set()).add(number)
        _add_title(group.titles, entity.get("title"))
        _extend_unique(group.roles, list(entity.get("roles") or ()))
        role = entity.get("role")
        _extend_unique(group.roles, [role] if role else [])
    _merge_tails(groups)
    return [g for g in groups if g.merged_into is None]


def _merge_tails(groups: list[_Group]) -> None:
    """Merge a short name written before the full one (``Trump`` … ``Donald Trump``) into the one person whose
    full name it ends; later short names were linked as they came."""
    ends: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for name in group.names:
            words = fold(name).split()
            for n in range(1, len(words)):
                ends.setdefault(" ".join(words[n:]), set()).add(number)
    for number, group in enumerate(groups):
        names = {fold(name) for name in group.names}
        if any(len(name.split()) > 1 and name not in ends for name in names):
            continue  # a full name of its own
        fuller = set.intersection(*(ends.get(name, set()) for name in names)) - {number}
        roots = {id(groups[k].root()): groups[k].root() for k in fuller}
        roots.pop(id(group.root()), None)
        if len(roots) == 1:
            next(iter(roots.values())).absorb(group.root())


def _add_title(titles: list[str], title: str | None) -> None:
    """Add ``title`` once however it is capitalised, in its mid-sentence form (``ông``, not ``Ông``)."""
    if not title:
        return
    for n, known in enumerate(titles):
        if fold(known) == fold(title):
            if known[0].isupper() and title[0].islower():
                titles[n] = title
            return
    titles.append(title)


def _only(numbers: set[int] | None, groups: list[_Group]) -> _Group | None:
    """The one person a short form can stand for (``Hưởng`` for ``Nguyễn Văn Hưởng``), or None if several."""
    return groups[next(iter(numbers))] if numbers and len(numbers) == 1 else None


def _organizations(entities: list[Entity]) -> list[_Group]:
    groups: list[_Group] = []
    by_name: dict[str, _Group] = {}
    latest_by_head: dict[str, _Group] = {}
    for entity in entities:
        expansion = entity.get("expansion")
        group = by_name.get(fold(entity.text))
        if group is None and entity.get("abbreviation") and expansion:
            group = by_name.get(fold(str(expansion)))  # "Ngân hàng Nhà nước (NHNN)"
        if group is None and entity.get("reference"):
            group = latest_by_head.get(entity.text)  # "Sở" alone after "Sở Văn hóa …": the latest such body
        if group is None:
            group = _Group()
            groups.append(group)
        group.add(entity, entity.text)
        if entity.get("abbreviation") and expansion and fold(str(expansion)) != fold(entity.text):
            group.expansion = group.expansion or str(expansion)
        by_name.setdefault(fold(entity.text), group)
        latest_by_head[entity.text.split()[0]] = group
    _merge_prefixes(groups)
    return [g for g in groups if g.merged_into is None]


def _merge_prefixes(groups: list[_Group]) -> None:
    """Merge ``Tỉnh ủy`` into ``Tỉnh ủy Quảng Ninh`` when that is the only longer name it begins."""
    # Every proper beginning of every name that a qualifier continues, with the groups whose names it begins.
    begins: dict[str, set[int]] = {}
    for number, group in enumerate(groups):
        for name in group.names:
            words = name.split()
            for n in range(1, len(words)):
                if _qualifier(words[n]):
                    begins.setdefault(fold(" ".join(words[:n])), set()).add(number)
    # Shortest first, so "Ban Dân vận" reaches "Ban Dân vận Tỉnh ủy" before that one is looked at.
    for number in sorted(range(len(groups)), key=lambda k: min(len(n.split()) for n in groups[k].names)):
        group = groups[number]
        longer = [begins.get(fold(name)) for name in set(group.names)]
        if not all(longer):
            continue  # a form that begins no longer name ("MTTQ" beside "Mặt trận Tổ quốc …") keeps the body apart
        roots = {id(groups[t].root()): groups[t].root() for found in longer for t in found or () if t != number}
        roots.pop(id(group.root()), None)
        if len(roots) == 1:
            next(iter(roots.values())).absorb(group.root())


def _qualifier(word: str) -> bool:
    # What may follow a shorter name inside a longer one: a capitalised word ("Tỉnh ủy" in "Ban Dân vận Tỉnh ủy")
    # or a unit ("tỉnh Quảng Ninh"); "Đảng bộ" is another body than "Đảng".
    return word[0].isupper() or fold(word) in _QUALIFIER_UNITS


def _places(entities: list[Entity]) -> list[_Group]:
    groups: list[_Group] = []
    by_key: dict[tuple[str, str], _Group] = {}
    for entity in entities:
        kind = str(entity.get("kind") or "place")
        name = str(entity.get("name") or entity.text)
        key = (fold(name), "administrative" if kind in _ADMINISTRATIVE else kind)
        group = by_key.get(key)
        if group is None:
            group = by_key[key] = _Group()
            groups.append(group)
        group.add(entity, name)
        group.kinds.append(kind)
    return groups


def _place_kind(kinds: list[str]) -> str | None:
    # A type word the text writes ("huyện") says more than the gazetteer's class ("place").
    written = [k for k in kinds if k not in _GAZETTEER_KINDS]
    choices = written or kinds
    return choices[0] if choices else None


def _entries(groups: list[_Group], people: bool = False, places: bool = False) -> tuple[IndexEntry, ...]:
    entries = []
    for group in groups:
        spans = tuple(sorted(group.spans, key=lambda s: s.start))
        entries.append(
            IndexEntry(
                name=_fullest(group.names),
                spans=spans,
                titles=tuple(group.titles) if people else (),
                roles=tuple(group.roles) if people else (),
                kind=_place_kind(group.kinds) if places else None,
                expansion=group.expansion,
            )
        )
    entries.sort(key=lambda e: (-e.mentions, e.spans[0].start))
    return tuple(entries)


def build_index(text: str, entities: tuple[Entity, ...]) -> EntityIndex:
    """Return the index of ``entities`` (found in ``text``): distinct people, organisations and places.

    Mentions that refer to one another are one entry: a short name linked to the full name, a name that is the
    tail of exactly one full name (written before or after it), an abbreviation and its expansion, a capitalised
    head word standing for the body named before (``Sở``), and a name that begins exactly one longer name of a
    body (``Ban Dân vận`` and ``Ban Dân vận Tỉnh ủy``). Places merge by name and kind, so ``huyện Tiên Yên`` and
    ``Tiên Yên`` are one entry and ``Vịnh Hạ Long`` is not ``thành phố Hạ Long``. Every span slices ``text``.
    Never raises.
    """
    del text  # the spans carry their text; kept in the signature so callers state which text the offsets index
    ordered = sorted(entities, key=lambda e: (e.start, e.end))
    return EntityIndex(
        people=_entries(_people([e for e in ordered if e.type == "person"]), people=True),
        organizations=_entries(_organizations([e for e in ordered if e.type == "organization"])),
        places=_entries(_places([e for e in ordered if e.type == "location"]), places=True),
    )
