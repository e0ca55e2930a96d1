"""People (titles, roles), organisations, places, dates, quotes, numbers and ordinals in an article."""

from __future__ import annotations

import re
from bisect import bisect_left

from dvcli import dates
from dvcli.entities_orgs import find_organizations
from dvcli.entities_people import People, collect_names, find_people
from dvcli.entities_places import find_locations
from dvcli.entities_tokens import Candidate, Line
from dvcli.model import Article, Entity
from dvcli.numbers import find_numbers, find_ordinals
from dvcli.quotes import find_quotes

_LINE = re.compile(r"[^\n]+")
_DATE_FIELDS = ("value", "granularity", "inferred", "time", "part_of_day", "relative", "range", "range_with", "until")
# Not names: "T/h" (compiled), "PV"/"CTV" (reporter, contributor) and the like.
_AUTHORS_SPLIT = re.compile(r"\s+[-–]\s+|\s*,\s+|\s+và\s+")
_NOT_A_SOURCE = re.compile(r"(?i)^(?:t/?h|tổng hợp|theo|nguồn|pv|ctv|btv|nhóm pv|pv\.)$")


def _lines(article: Article) -> list[tuple[int, int]]:
    """Return the spans of the lines to read: everything but the dateline and the noise lines.

    Picture captions with their credit ("… Ảnh: Reuters") are read: they name people, places and outlets.
    """
    skipped = [(n.start, n.end) for n in article.noise_lines if n.kind != "photo_credit"]
    if article.dateline:
        skipped.append((article.dateline.start, article.dateline.end))
    skipped = [(s, e) for s, e in skipped if e > s]
    spans = []
    for m in _LINE.finditer(article.text):
        if m.group().strip() and not any(s <= m.start() < e or m.start() <= s < m.end() for s, e in skipped):
            spans.append((m.start(), m.end()))
    return spans


def _date_candidates(article: Article, start: int, end: int, taken: bytearray) -> list[Candidate]:
    found = []
    for match in dates.find_dates(article.text, article.published, start, end):
        attributes = {name: getattr(match, name) for name in _DATE_FIELDS}
        attributes = {name: value for name, value in attributes.items() if value is not None}
        if not attributes.get("inferred"):
            attributes.pop("inferred", None)
        taken[match.start : match.end] = b"\x01" * (match.end - match.start)
        found.append(Candidate(match.kind, match.start, match.end, attributes))
    return found


def _byline(article: Article, taken: bytearray) -> list[Candidate]:
    """The author named in the byline is a person; the outlet after it an organisation."""
    byline = article.byline
    if byline is None:
        return []
    found = []
    # "Hoàng Phong - Hiểu Minh", "Minh Anh và Thu Hà": two authors are two people.
    authors = _AUTHORS_SPLIT.split(byline.author) if byline.author else []
    pairs = [(author, "person") for author in authors] + [(byline.source, "organization")]
    for value, kind in pairs:
        if not value or not any(ch.isalpha() for ch in value) or _NOT_A_SOURCE.match(value.strip()):
            continue
        # "Tổng hợp theo báo …" describes where the text came from; an outlet is a capitalised name.
        if kind == "organization" and not all(w[0].isupper() for w in value.split()):
            continue
        at = article.text.find(value, byline.start, byline.end)
        if at < 0 or any(taken[at : at + len(value)]):
            continue
        taken[at : at + len(value)] = b"\x01" * len(value)
        found.append(Candidate(kind, at, at + len(value), {"role": "author"} if kind == "person" else {}))
    return found


def extract_entities(article: Article) -> tuple[Entity, ...]:
    """Return the entities of ``article`` sorted by (start, end); ``text[start:end] == entity.text`` for each.

    Types: ``person``, ``organization``, ``location``, ``date``, ``time``, ``number``, ``ordinal`` (never
    overlapping one another) and ``quote`` (which may contain them). Never raises on well-formed articles.
    """
    text = article.text
    taken = bytearray(len(text))
    spans = _lines(article)
    found: list[Candidate] = []
    for start, end in spans:
        found += _date_candidates(article, start, end, taken)
        found += find_numbers(text, start, end, taken)
        found += find_ordinals(text, start, end, taken)
    lines = [Line.of(text, start, end) for start, end in spans]
    defined: dict[str, str] = {}
    heads: set[str] = set()
    # Organisations take the places inside their names; places go before people so "Hà Nội" is no person.
    for line in lines:
        found += find_organizations(line, taken, defined, heads)
    byline = _byline(article, taken)
    for line in lines:
        found += find_locations(line, taken)
    entity_starts = {c.end: c.start for c in found if c.type in ("organization", "location")}
    people = People()
    for line in lines:
        collect_names(line, taken, people)
    for line in lines:
        found += find_people(line, taken, entity_starts, people)
    found += byline
    persons = sorted((c for c in found if c.type == "person"), key=lambda c: c.start)
    person_starts = [c.start for c in persons]
    for start, end in spans:
        # A speaker is named in the same line as the quotation.
        in_line = persons[bisect_left(person_starts, start) : bisect_left(person_starts, end)]
        found += find_quotes(text, start, end, in_line)
    found.sort(key=lambda c: (c.start, c.end, c.type))
    return tuple(Entity(c.type, text[c.start : c.end], c.start, c.end, tuple(c.attributes.items())) for c in found)
