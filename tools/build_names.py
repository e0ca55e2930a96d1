"""Build src/dvcli/data/names.tsv and places.tsv: the names that the training articles prove people or places.

Usage: python tools/build_names.py ../shared/corpus/summarization/vnds_train.jsonl.gz [--workers 2]
       [--counts counts.json]  (keep the raw counts, and reuse them on the next run)

Distant supervision, learned on the train split only. dvcli's own extractor reads every training article; a
name it finds right after a title or an honorific (``ông Trấn Thành``, ``tiền đạo Griezmann``, ``HLV Simeone``)
is a person there, and that evidence is strong. For every such name the tool counts, over the whole split, how
often it was titled, how often it was found as an organisation or a place, and how often it occurs as a
capitalised run at all. A name is kept when the titled mentions are many and a large share of all its
occurrences, and organisations and places are rare beside them: ``Trấn Thành`` (a comedian nearly always
named with ``danh hài``, ``MC`` or ``anh``) qualifies, ``Barcelona`` (the club, the city, and ``HLV Barcelona``)
does not. The thresholds are chosen on the entity dev sets, never on the test sets (see benchmarks/README.md).

The table lets an article name a person without any title (``Trấn Thành vừa mới lấy vợ``, a line-up
``Moya, Juanfran, Savic``), which the context rules alone cannot see.

Places the same way, from the same pass: the name inside every place the rules find (``huyện Hoằng Hóa``,
``sân bay Nội Bài``, ``tại Seattle``) is counted, and a name found as a place often enough, in a large enough
share of its capitalised occurrences, and seldom as a person or an organisation, is kept, unless the gazetteer or
the names table already has it. An article may then name ``Nội Bài`` or ``Jeju`` with no type word at all.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from multiprocessing import Pool
from pathlib import Path

from dvcli import resources
from dvcli.entities import extract_entities, places
from dvcli.entities.evidence import foreign
from dvcli.entities.gazetteer import gazetteer
from dvcli.entities.phrases import Line, is_upper
from dvcli.parse import parse_article

DATA = Path(__file__).resolve().parent.parent / "src" / "dvcli" / "data"
MAX_NAME = 4
# Kept when titled at least this often, in at least this share of the name's capitalised occurrences, and
# found as an organisation or a place at most this share of its titled mentions (chosen on the dev sets).
# Titles that also stand before the body a person heads ("Chủ tịch Eximbank", "Giám đốc Vietlott"): a name after
# them may be the body's, so they prove nothing about a name of one word.
HEADS_OF_BODIES = frozenset(
    (
        *("chủ tịch", "phó chủ tịch", "chủ tịch hđqt", "giám đốc", "phó giám đốc", "tổng giám đốc", "ceo"),
        *("phó tổng giám đốc", "giám đốc điều hành", "giám đốc thể thao", "trưởng", "phó", "bí thư", "phó bí thư"),
        *("hiệu trưởng", "tổng biên tập", "nhà sáng lập", "chủ nhiệm", "viện trưởng", "cục trưởng", "vụ trưởng"),
        *("thống đốc", "đại sứ", "tư lệnh", "nguyên", "cố", "người phát ngôn", "phát ngôn viên", "chánh án"),
    )
)
MIN_PERSON = 3
MIN_PERSON_SHARE = 0.35
MAX_OTHER_SHARE = 0.25
MIN_TITLED_SINGLE = 5
# A place is kept when found as one at least this often, in at least this share of its capitalised occurrences.
MIN_PLACE = 3
MIN_PLACE_SHARE = 0.35


def _articles(path: Path) -> Iterator[str]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as lines:
        for raw in lines:
            item = json.loads(raw)
            yield f"{item['title']}\n\n{item['text']}"


def _capitalised_runs(line: Line) -> Iterator[str]:
    """Every stretch of 1..MAX_NAME joined capitalised words inside a maximal run of them."""
    i = 0
    n = len(line)
    while i < n:
        if not (line.cap(i) and line.words[i].isalpha()):
            i += 1
            continue
        j = i + 1
        while j < n and line.cap(j) and line.words[j].isalpha() and line.joined(j):
            j += 1
        for a in range(i, j):
            for b in range(a + 1, min(j, a + MAX_NAME) + 1):
                yield line.text[line.starts[a] : line.ends[b - 1]]
        i = j


def _without_learned_names() -> None:
    # The counts must come from the context rules alone, not from the tables they rebuild.
    resources.person_names = lambda: frozenset()
    places.forget_learned_places()


def place_name(text: str, attributes: dict[str, object]) -> str:
    """The name of a place without its type word: ``huyện Hoằng Hóa``, ``Tỉnh Quảng Nam`` -> the name the rules
    read (``Hoằng Hóa``, ``Quảng Nam``); a name that is not capitalised throughout names no place by itself."""
    name = attributes.get("name")
    name = name if isinstance(name, str) else text
    return name if all(word[:1].isupper() for word in name.split()) else ""


def count_article(text: str) -> tuple[Counter[str], ...]:
    """Return the counts of one article: person names after a title, person names found any way, names found as
    organisations or places, capitalised runs, the names inside the places found, and the organisations found."""
    article = parse_article(text)
    titled: Counter[str] = Counter()
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    located: Counter[str] = Counter()
    organized: Counter[str] = Counter()
    for entity in extract_entities(article):
        attributes = dict(entity.attributes)
        if entity.type == "person":
            person[entity.text] += 1
            title = attributes.get("title")
            if isinstance(title, str) and "refers_to" not in attributes and title.lower() not in HEADS_OF_BODIES:
                titled[entity.text] += 1
        elif entity.type in ("organization", "location"):
            other[entity.text] += 1
            if entity.type == "location" and (name := place_name(entity.text, attributes)):
                located[name] += 1
            elif entity.type == "organization":
                organized[entity.text] += 1
    runs: Counter[str] = Counter()
    for token_line in article.tokens.lines:
        runs.update(_capitalised_runs(Line.of(article.text, article.tokens, token_line)))
    return titled, person, other, runs, located, organized


def _plain(name: str) -> bool:
    # Names of letters only (hyphens and apostrophes inside a word allowed), no abbreviation, no initial; one
    # Vietnamese syllable alone ("Hùng", "Minh") names too many people and things to mean one of them.
    words = name.split()
    if len(words) == 1 and not foreign(words[0]):
        return False
    return all(len(w) > 1 and not is_upper(w) and w.replace("-", "").replace("'", "").isalpha() for w in words)


def count_split(train: Path, workers: int, limit: int | None = None) -> tuple[Counter[str], ...]:
    """Return the titled, person, organisation-or-place, capitalised-run, place-name and organisation counts over
    the articles of ``train``."""
    titled: Counter[str] = Counter()
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    runs: Counter[str] = Counter()
    located: Counter[str] = Counter()
    organized: Counter[str] = Counter()
    articles = islice(_articles(train), limit)
    with Pool(workers, initializer=_without_learned_names) as pool:
        for n, (t, p, o, r, loc, org) in enumerate(pool.imap(count_article, articles, chunksize=50), 1):
            titled.update(t)
            person.update(p)
            other.update(o)
            runs.update(r)
            located.update(loc)
            organized.update(org)
            if n % 2000 == 0:
                print(f"{n} articles, {len(person)} person names", file=sys.stderr)
    # Only the runs that were found as a person or a place somewhere are needed to judge them.
    runs = Counter({name: runs[name] for name in person.keys() | located.keys()})
    return titled, person, other, runs, located, organized


def select(
    titled: Counter[str],
    person: Counter[str],
    other: Counter[str],
    runs: Counter[str],
    min_person: int = MIN_PERSON,
    min_share: float = MIN_PERSON_SHARE,
    min_titled_single: int = MIN_TITLED_SINGLE,
) -> list[tuple[str, int, int, int, int]]:
    """The names kept, as (name, titled, person, as organisation or place, capitalised occurrences), commonest
    first: found as a person often enough, in a large enough share of all their occurrences, and seldom as
    anything else; a name of one word also after a personal title often enough."""
    rows = []
    for name, count in person.items():
        seen = max(runs[name], count)
        if count >= min_person and count >= min_share * seen and other[name] <= MAX_OTHER_SHARE * count:
            # "Vietlott cho biết", "Eximbank tiếp tục": bodies act as people do, so a one-word name needs titles.
            single = " " not in name
            if _plain(name) and (not single or titled[name] >= min_titled_single):
                rows.append((name, titled[name], count, other[name], seen))
    rows.sort(key=lambda r: (-r[2], r[0]))
    return rows


def select_places(
    counts: tuple[Counter[str], ...], known: frozenset[str], min_share: float = MIN_PLACE_SHARE
) -> list[tuple[str, int, int, int, int]]:
    """The places kept, as (name, as place, as person, as organisation, capitalised occurrences), commonest first:
    found as a place (``huyện Hoằng Hóa``, ``tại Seattle``) often enough and in a large enough share of all their
    occurrences, seldom as a person or an organisation; none already in ``known`` (the gazetteer)."""
    _, person, _, runs, located, organized = counts
    rows = []
    for name, count in located.items():
        seen = max(runs[name], count)
        rivals = person[name] + organized[name]
        if name in known or not _plain(name) or count < MIN_PLACE or count < min_share * seen:
            continue
        if rivals <= MAX_OTHER_SHARE * count:
            rows.append((name, count, person[name], organized[name], seen))
    rows.sort(key=lambda r: (-r[1], r[0]))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("train", type=Path, help="vnds_train.jsonl.gz")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=DATA / "names.tsv")
    parser.add_argument("--places-out", type=Path, default=DATA / "places.tsv")
    parser.add_argument("--limit", type=int, help="read only the first N articles")
    parser.add_argument("--counts", type=Path, help="keep the raw counts here (JSON) and reuse them when present")
    args = parser.parse_args(argv)
    if args.counts and args.counts.exists():
        counts = tuple(Counter(c) for c in json.loads(args.counts.read_text(encoding="utf-8")))
    else:
        counts = count_split(args.train, args.workers, args.limit)
        if args.counts:
            args.counts.write_text(json.dumps(counts, ensure_ascii=False), encoding="utf-8")
    rows = select(*counts[:4])
    header = "# name\ttitled\tas_person\tas_organization_or_place\tcapitalised\t(vnds_train, tools/build_names.py)"
    _write(args.out, header, rows)
    print(f"wrote {len(rows)} names to {args.out}", file=sys.stderr)
    place_rows = select_places(counts, frozenset(gazetteer()) | {row[0] for row in rows})
    header = "# name\tas_place\tas_person\tas_organization\tcapitalised\t(vnds_train, tools/build_names.py)"
    _write(args.places_out, header, place_rows)
    print(f"wrote {len(place_rows)} places to {args.places_out}", file=sys.stderr)
    return 0


def _write(path: Path, header: str, rows: list[tuple[str, int, int, int, int]]) -> None:
    lines = [header] + ["\t".join(map(str, row)) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main())
