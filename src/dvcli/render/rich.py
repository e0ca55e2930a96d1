"""Rich views for a person at a terminal. Article text goes in as ``Text`` objects, never as markup; the only
module outside ``cli/`` that imports Rich."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dvcli.errors import Failure
from dvcli.model import Analysis, Article, Entity, EntityIndex, IndexEntry, Stats
from dvcli.render.records import entity_details
from dvcli.stats.corpus import CorpusSummary
from dvcli.summarize import SCORE_SCALES

ENTITY_STYLES = {
    "person": "bold magenta",
    "organization": "bold cyan",
    "location": "bold green",
    "date": "bold yellow",
    "time": "yellow",
    "quote": "italic blue",
    "title": "italic",
    "slogan": "italic",
    "number": "bright_red",
    "ordinal": "red",
}


# What must not reach a terminal from an article: escape sequences (CSI such as ESC[2J, OSC such as window titles and
# OSC 8 links, up to their terminator), any other C0/C1 control but tab and newline, and the bidi controls that
# reorder what follows them on screen (the stages ignore them too: dvcli.text.invisible).
_UNSAFE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"  # OSC, ended by BEL or ST
    r"|\x1b[P^_X][^\x1b\x9c]*(?:\x1b\\|\x9c)?"  # DCS, PM, APC, SOS strings
    r"|\x1b.?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)


def safe(text: str) -> str:
    """Return ``text`` without escape sequences and control characters, so printing it cannot drive the terminal."""
    return _UNSAFE.sub("", text)


def _text(text: str, style: str = "") -> Text:
    """A Rich ``Text`` of article-derived ``text``: never markup, never a control sequence."""
    return Text(safe(text), style=style)


def _header(analysis: Analysis) -> Panel:
    article = analysis.article
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    facts.add_row("file", _text(analysis.source.path))
    if article.dateline:
        published = article.published.isoformat() if article.published else "(unreadable)"
        weekday = f"  ({article.dateline.weekday})" if article.dateline.weekday else ""
        facts.add_row("published", _text(published + weekday))
    if article.byline:
        facts.add_row("author", _text(article.byline.author.name if article.byline.author else "—"))
        facts.add_row("source", _text(article.byline.source.name if article.byline.source else "—"))
    title = _text(article.title.text if article.title else "(untitled)", style="bold")
    return Panel(facts, title=title, title_align="left")


def _warnings(analysis: Analysis) -> list[RenderableType]:
    return [_text(f"warning: {w}", style="yellow") for w in analysis.warnings]


def _entity_table(entities: tuple[Entity, ...]) -> Table:
    table = Table(title="Entities", title_justify="left", expand=False)
    table.add_column("type")
    table.add_column("text")
    table.add_column("details")
    table.add_column("offsets", justify="right", style="dim")
    for entity in entities:
        style = ENTITY_STYLES.get(entity.type, "")
        table.add_row(
            Text(entity.type, style=style),
            _text(entity.text),
            _text(entity_details(entity.to_dict())),
            f"{entity.start}-{entity.end}",
        )
    return table


def _index_rows(entries: tuple[IndexEntry, ...], details: Callable[[IndexEntry], str]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(justify="right", style="dim")
    table.add_column()
    table.add_column(style="dim")
    for entry in entries:
        table.add_row(f"{entry.mentions}×", _text(entry.name), _text(details(entry)))
    return table


def _person_details(entry: IndexEntry) -> str:
    return "; ".join(part for part in (", ".join(entry.titles), ", ".join(entry.roles)) if part)


def _dates(entities: tuple[Entity, ...]) -> list[tuple[str, str]]:
    # Each date once, as first written, with the value it resolves to.
    seen: dict[str, str] = {}
    for entity in entities:
        if entity.type == "date" and entity.text not in seen:
            value = entity.get("value")
            seen[entity.text] = "" if value is None else str(value)
    return list(seen.items())


def index_view(index: EntityIndex, entities: tuple[Entity, ...] = ()) -> Group:
    """Return the entity index as a reader scans it: people with their titles and roles, organisations, places,
    then the dates; each entry with its number of mentions."""
    parts: list[RenderableType] = []
    sections: tuple[tuple[str, str, tuple[IndexEntry, ...], Callable[[IndexEntry], str]], ...] = (
        ("People", "person", index.people, _person_details),
        ("Organisations", "organization", index.organizations, lambda e: e.expansion or ""),
        ("Places", "location", index.places, lambda e: e.kind or ""),
    )
    for heading, kind, entries, details in sections:
        if entries:
            parts.append(Text(heading, style=ENTITY_STYLES[kind]))
            parts.append(_index_rows(entries, details))
    dates = _dates(entities)
    if dates:
        parts.append(Text("Dates", style=ENTITY_STYLES["date"]))
        table = Table.grid(padding=(0, 2))
        table.add_column()
        table.add_column(style="dim")
        for written, value in dates:
            table.add_row(_text(written), _text(value))
        parts.append(table)
    return Group(*parts)


def highlighted_paragraphs(article: Article, entities: tuple[Entity, ...]) -> Group:
    """Return the body paragraphs with each entity mention styled by its type (outermost mention wins)."""
    blocks = []
    for paragraph in article.paragraphs:
        # Built piece by piece, so that removing unsafe characters cannot move a mention's style.
        text = Text()
        taken_until = paragraph.start
        for entity in entities:
            if entity.start >= taken_until and paragraph.start <= entity.start and entity.end <= paragraph.end:
                text.append(safe(article.text[taken_until : entity.start]))
                text.append(safe(entity.text), ENTITY_STYLES.get(entity.type, "bold"))
                taken_until = entity.end
        text.append(safe(article.text[taken_until : paragraph.end]))
        blocks.append(text)
        blocks.append(Text(""))
    return Group(*blocks[:-1])


def parse_view(analysis: Analysis, highlight: bool = False, mentions: bool = False) -> Group:
    """Return the view of ``dvcli parse``: metadata, structure, lead or highlighted text, the entity index, and
    with ``mentions`` the table of every entity mention."""
    article = analysis.article
    structure = Text(
        f"{len(article.paragraphs)} paragraphs · {len(article.sentences)} sentences · "
        f"{len(article.words)} words · {len(article.noise_lines)} noise lines",
        style="dim",
    )
    parts: list[RenderableType] = [_header(analysis), structure]
    entities = analysis.entities or ()
    if highlight:
        parts.append(Panel(highlighted_paragraphs(article, entities), title="Text", title_align="left"))
        legend = Text("  ").join(Text(kind, style=style) for kind, style in ENTITY_STYLES.items())
        parts.append(legend)
    elif article.lead:
        parts.append(Panel(_text(article.lead.text), title="Lead", title_align="left"))
    if article.sapo:
        parts.append(Panel(_text(article.sapo.text), title="Sapo", title_align="left"))
    if analysis.stats and analysis.stats.keywords:
        keywords = Text("keywords  ", style="dim") + Text(", ").join(_text(k.text) for k in analysis.stats.keywords)
        parts.append(keywords)
    if analysis.index is not None:
        parts.append(Panel(index_view(analysis.index, entities), title="Who, what, where", title_align="left"))
    if entities and mentions:
        parts.append(_entity_table(entities))
    # With the stats stage, each typo is already a warning with its context; without it, it gets a line here.
    for typo in analysis.typos if analysis.stats is None and analysis.typos else ():
        parts.append(
            Text.assemble(
                ("possible typo: ", "yellow"),
                safe(typo.text),
                " → ",
                (safe(typo.suggestion), "bold"),
                (f"  (offset {typo.start})", "dim"),
            )
        )
    return Group(*parts, *_warnings(analysis))


def summary_view(analysis: Analysis, context: bool = False) -> Group:
    """Return the view of ``dvcli summarize``; with ``context``, every sentence with its score in the margin.

    Sentences are numbered from 1 in the article (``#``); the line under the panel states the score's scale.
    """
    summary = analysis.summary
    assert summary is not None, "summary_view needs an analysis with the summary stage"
    total = len(analysis.article.sentences)
    title = _text(analysis.article.title.text if analysis.article.title else analysis.source.path, style="bold")
    caption = f"{len(summary.sentences)} of {total} sentences · method {summary.method}"
    if not context:
        table = Table(box=None, padding=(0, 1), show_edge=False)
        table.add_column("#", justify="right", style="dim")
        table.add_column("score", justify="right", style="dim")
        table.add_column("sentence")
        for chosen in summary.sentences:
            table.add_row(str(chosen.index + 1), f"{chosen.score:.3f}", _text(chosen.text))
        body: RenderableType = table
    else:
        chosen_indexes = {s.index for s in summary.sentences}
        table = Table(box=None, padding=(0, 1), show_edge=False)
        table.add_column("", justify="right")
        table.add_column("#", justify="right", style="dim")
        table.add_column("score", justify="right")
        table.add_column("sentence")
        previous_paragraph = None
        for sentence in analysis.article.sentences:
            if previous_paragraph is not None and sentence.paragraph != previous_paragraph:
                table.add_row("", "", "", "")
            previous_paragraph = sentence.paragraph
            score = summary.scores[sentence.index] if sentence.index < len(summary.scores) else 0.0
            picked = sentence.index in chosen_indexes
            # The marker keeps the choice visible without colour (NO_COLOR, pipes).
            style = "bold green" if picked else "dim"
            table.add_row(
                Text("▶" if picked else "", style=style),
                str(sentence.index + 1),
                Text(f"{score:.3f}", style=style),
                _text(sentence.text, style="bold reverse" if picked else ""),
            )
        body = table
    scale = Text(f"# = sentence number in the article · score: {SCORE_SCALES[summary.method]}", style="dim")
    return Group(
        Panel(body, title=title, title_align="left", subtitle=caption, subtitle_align="right"),
        scale,
        *_warnings(analysis),
    )


def _figures(title: str, rows: list[tuple[str, str, str]]) -> Table:
    """A table of figures: what each is, its value, and what it means (scale, basis)."""
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column(style="dim")
    table.add_column(justify="right")
    table.add_column(style="dim")
    for label, value, note in rows:
        table.add_row(label, value, Text(note))
    return table


def _histogram(stats: Stats) -> Table:
    lengths = stats.sentence_length
    assert lengths is not None
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", style="dim")
    table.add_column()
    table.add_column(justify="right", style="dim")
    widest = max(n for _, _, n in lengths.histogram) or 1
    for low, high, count in lengths.histogram:
        span = f"{low}–{high}" if high is not None else f"{low}+"
        table.add_row(f"{span} syllables", Text("█" * round(20 * count / widest), style="cyan"), str(count))
    return table


def stats_view(analysis: Analysis) -> Group:
    """Return the view of ``dvcli stats``: counts, sentence lengths, readability, vocabulary, keywords."""
    stats = analysis.stats
    assert stats is not None, "stats_view needs an analysis with the stats stage"
    heading = _text(analysis.article.title.text if analysis.article.title else analysis.source.path, style="bold")
    minutes, seconds = divmod(stats.reading_time.seconds, 60)
    counts = [
        ("characters", f"{stats.characters:,}", f"title and body; {stats.characters_no_spaces:,} without spaces"),
        ("syllables", f"{stats.syllables:,}", "a number or abbreviation counts as one"),
        ("words", f"{stats.words:,}", "as the word segmenter joins syllables"),
        ("sentences", str(stats.sentences), "in the body"),
        ("paragraphs", str(stats.paragraphs), "in the body"),
        ("noise lines", str(stats.noise_lines), "left out of every count"),
        (
            "reading time",
            f"{minutes} min {seconds:02d} s",
            f"at {stats.reading_time.syllables_per_minute} syllables a minute (a convention; --reading-speed N)",
        ),
    ]
    parts: list[RenderableType] = [heading, _text(analysis.source.path, style="dim"), _figures("Counts", counts)]
    if stats.sentence_length:
        lengths = stats.sentence_length
        parts.append(
            Text(
                f"Sentence length in syllables: mean {lengths.mean:.1f} · median {lengths.median:g} · "
                f"longest {lengths.max}",
                style="bold",
            )
        )
        parts.append(_histogram(stats))
    rows = []
    if stats.readability:
        score = stats.readability
        scale = score.label or "higher is harder; no published bands"
        rows += [
            ("Luong-Nguyen-Dinh score", f"{score.score:.3f}", f"higher is harder; {scale}"),
            ("  letters and digits a sentence", f"{score.chars_per_sentence:.1f}", "weight 0.004"),
            ("  letters and digits a word", f"{score.chars_per_word:.2f}", "weight 0.1905"),
            ("  syllables outside the 1,000 commonest", f"{score.rare_syllable_share:.1%}", "weight 2.7147"),
        ]
    if stats.lexical_diversity:
        diversity = stats.lexical_diversity
        rows.append(
            (
                "distinct words / words",
                f"{diversity.type_token_ratio:.2f}",
                f"{diversity.types} of {diversity.tokens}; falls as a text grows, so compare like lengths",
            )
        )
        mtld = "—" if diversity.mtld is None else f"{diversity.mtld:.1f}"
        rows.append(
            (
                "MTLD",
                mtld,
                "McCarthy & Jarvis 2010: words per stretch of steady variety; higher is more "
                "varied, independent of length",
            )
        )
    if rows:
        parts.append(_figures("Readability and vocabulary", rows))
    if stats.keywords:
        keywords = Table(title="Top keywords", title_justify="left")
        keywords.add_column("#", justify="right", style="dim")
        keywords.add_column("keyword")
        keywords.add_column("score", justify="right")
        keywords.add_column("count", justify="right")
        for rank, keyword in enumerate(stats.keywords, 1):
            keywords.add_row(str(rank), _text(keyword.text), f"{keyword.score:.3f}", str(keyword.count))
        parts.append(keywords)
        parts.append(
            Text(
                "keyword score: weighted count (a title mention counts 5) × rarity in news (IDF); for ranking only",
                "dim",
            )
        )
    return Group(*parts, *_warnings(analysis))


def print_view(console: Console, view: RenderableType) -> None:
    """Print a view followed by a blank line (so several inputs' views stay apart)."""
    console.print(view)
    console.print()


class RichWriter:
    """The view a person reads at a terminal, one per analysed input (a failure is reported on stderr only)."""

    def __init__(self, out: TextIO | None, make_view: Callable[[Analysis], RenderableType], **console: Any) -> None:
        # ``out`` None: standard output, looked up at each write (so a live progress bar can redirect it).
        self.console = Console(file=out, **console)
        self.make_view = make_view

    def write(self, result: Analysis | Failure) -> None:
        if isinstance(result, Analysis):
            print_view(self.console, self.make_view(result))


def _spread(distribution: dict[str, float] | None) -> str:
    if distribution is None:
        return "—"
    d = distribution
    return f"median {d['median']:g} (quartiles {d['q1']:g}-{d['q3']:g}, range {d['min']:g}-{d['max']:g})"


def corpus_view(summary: CorpusSummary, top: int = 10) -> Group:
    """Return the view of ``dvcli stats --summary``: a row per article, totals, distributions, who and what."""
    record = summary.to_dict(top)["corpus"]
    table = Table(title="Articles", title_justify="left")
    for column, justify in (("file", "left"), ("title", "left"), ("date", "left"), ("author", "left")):
        table.add_column(column, justify=justify, overflow="fold")  # type: ignore[arg-type]
    table.add_column("words", justify="right")
    table.add_column("readability", justify="right")
    for row in summary.rows:
        if row.error is not None:
            table.add_row(_text(row.path), _text(f"error: {row.error}", style="red"), "", "", "", "")
            continue
        table.add_row(
            _text(row.path),
            _text(row.title or "(untitled)"),
            _text((row.published or "")[:10]),
            _text(row.author or ""),
            str(row.words),
            "" if row.readability is None else f"{row.readability:g}",
        )
    totals = Table.grid(padding=(0, 2))
    totals.add_column(style="dim")
    totals.add_column()
    totals.add_row("articles", f"{record['articles']} analysed, {record['failed']} failed")
    totals.add_row(
        "words", f"{record['words']:,} in all; per article {_spread(record['distributions']['words_per_article'])}"
    )
    sentences = record["distributions"]["sentences_per_article"]
    totals.add_row("sentences", f"{record['sentences']:,} in all; per article {_spread(sentences)}")
    totals.add_row("readability", _spread(record["distributions"]["readability"]))
    parts: list[RenderableType] = [table, Panel(totals, title="Corpus", title_align="left")]
    for key, title in (
        ("people", "People"),
        ("organizations", "Organisations"),
        ("places", "Places"),
        ("keywords", "Keywords"),
    ):
        if record[key]:
            named = Table(title=title, title_justify="left")
            named.add_column("name")
            named.add_column("articles", justify="right")
            for item in record[key]:
                named.add_row(_text(item["name"]), str(item["articles"]))
            parts.append(named)
    if record["months"]:
        months = Table(title="Articles per month", title_justify="left")
        months.add_column("month")
        months.add_column("articles", justify="right")
        for item in record["months"]:
            months.add_row(item["month"], str(item["articles"]))
        parts.append(months)
    return Group(*parts)


def print_corpus(out: TextIO | None, summary: CorpusSummary, top: int, **console: Any) -> None:
    """Print the corpus view to ``out`` (None: standard output)."""
    Console(file=out, **console).print(corpus_view(summary, top))
