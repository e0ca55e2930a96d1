"""People (titles, roles), organisations, places, dates, quotes, numbers and ordinals in an article."""

from __future__ import annotations

import re
from bisect import bisect_left

from dvcli.dates import find_dates
from dvcli.entities.echoes import find_echoes, typed_names
from dvcli.entities.landmarks import find_routes
from dvcli.entities.numbers import find_numbers, find_ordinals
from dvcli.entities.organizations import find_organizations
from dvcli.entities.people import People, collect_names, find_people
from dvcli.entities.phrases import Candidate, Line
from dvcli.entities.places import find_listed_places, find_locations
from dvcli.entities.quotes import find_quotes
from dvcli.entities.teams import national_teams
from dvcli.model import Article, Entity, Span

_DATE_FIELDS = ("value", "granularity", "inferred", "time", "part_of_day", "relative", "range", "range_with", "until")
# Not names: "T/h" (compiled), "PV"/"CTV" (reporter, contributor) and the like.
_AUTHORS_SPLIT = re.compile(r"\s+[-–]\s+|\s*,\s+|\s+và\s+")
_NOT_A_SOURCE = re.compile(r"(?i)^(?:t/?h|tổng hợp|theo|nguồn|pv|ctv|btv|nhóm pv|pv\.)$")


def _date_candidates(article: Article, start: int, end: int, taken: bytearray) -> list[Candidate]:
    found = []
    for match in find_dates(article.text, article.published, start, end):
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
    text = article.text
    if byline.author is not None:
        # "Hoàng Phong - Hiểu Minh", "Minh Anh và Thu Hà": two authors are two people.
        after = byline.author.span.start if byline.author.span else byline.start
        for author in _AUTHORS_SPLIT.split(byline.author.name):
            at = text.find(author, after, byline.end) if _names_someone(author) else -1
            if at >= 0 and not any(taken[at : at + len(author)]):
                taken[at : at + len(author)] = b"\x01" * len(author)
                found.append(Candidate("person", at, at + len(author), {"role": "author"}))
    source = byline.source
    # "Tổng hợp theo báo …" describes where the text came from; an outlet is a capitalised name.
    if source is not None and _names_someone(source.name) and all(w[0].isupper() for w in source.name.split()):
        span = source.span
        if span is not None and span.text == source.name and not any(taken[span.start : span.end]):
            taken[span.start : span.end] = b"\x01" * (span.end - span.start)
            found.append(Candidate("organization", span.start, span.end, {}))
    return found


def _names_someone(value: str) -> bool:
    return bool(value) and any(ch.isalpha() for ch in value) and not _NOT_A_SOURCE.match(value.strip())


def extract_entities(article: Article) -> tuple[Entity, ...]:
    """Return the entities of ``article`` sorted by (start, end); ``text[start:end] == entity.text`` for each.

    Types: ``person``, ``organization``, ``location``, ``date``, ``time``, ``number``, ``ordinal`` (never
    overlapping one another) and ``quote``, ``title`` (a quoted name) and ``slogan`` (a quoted phrase nobody
    says), which may contain them. Never raises on well-formed articles.
    """
    text = article.text
    taken = bytearray(len(text))
    # Every readable line: title, paragraphs, byline, sapo, and captions, which name people, places and outlets.
    table = article.tokens
    spans = [(line.start, line.end) for line in table.lines]
    found: list[Candidate] = []
    for start, end in spans:
        found += _date_candidates(article, start, end, taken)
        found += find_numbers(text, start, end, taken)
        found += find_ordinals(text, start, end, taken)
    lines = [Line.of(text, table, line) for line in table.lines]
    defined: dict[str, str] = {}
    heads: set[str] = set()
    # Organisations take the places inside their names; places go before people so "Hà Nội" is no person.
    teams = national_teams(lines)  # "Cameroon gặp Đức": countries that are teams in a sport report
    for line in lines:
        found += find_organizations(line, taken, defined, heads, teams)
    byline = _byline(article, taken)
    for line in lines:
        found += find_routes(line, taken)
        in_line = find_locations(line, taken)
        # "Romania, Belarus, Andorra và Cape Verde": a name listed among places is one too.
        in_line += find_listed_places(line, taken, [(c.start, c.end) for c in in_line])
        found += in_line
    # "xã Bình Khê" named once with its type word: a bare "Bình Khê" anywhere in the text is that place.
    echoes = typed_names(found)
    if echoes.first_keys:
        for line in lines:
            found += find_echoes(line, taken, echoes)
    entity_starts = {c.end: c.start for c in found if c.type in ("organization", "location")}
    people = People()
    for line in lines:
        collect_names(line, taken, people)
    # A first pass on a copy learns the names that some mention proves a person ("HLV Simeone", "Neymar bị treo
    # giò"), so that a mention before the proof ("thầy trò Simeone") is found too: two linear passes.
    probe = bytearray(taken)
    for line in lines:
        find_people(line, probe, entity_starts, people)
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
    return tuple(
        Entity(
            c.type, Span(text[c.start : c.end], c.start, c.end), tuple((k, _frozen(v)) for k, v in c.attributes.items())
        )
        for c in found
    )


def _frozen(value: object) -> object:
    # Lists (a person's roles) become tuples, so an Entity is immutable and hashable.
    return tuple(_frozen(v) for v in value) if isinstance(value, (list, tuple)) else value
