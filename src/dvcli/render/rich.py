"""Rich views for a person at a terminal. Article text goes in as ``Text`` objects, never as markup; the only
module outside ``cli/`` that imports Rich."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from dvcli.errors import Failure
from dvcli.model import Analysis, Article, Entity
from dvcli.render.formats import Writer
from dvcli.render.records import View, entity_details
from dvcli.summarize import SCORE_SCALES

ENTITY_STYLES = {
    "person": "bold magenta",
    "organization": "bold cyan",
    "location": "bold green",
    "date": "bold yellow",
    "time": "yellow",
    "quote": "italic blue",
    "number": "bright_red",
    "ordinal": "red",
}


def _header(analysis: Analysis) -> Panel:
    article = analysis.article
    facts = Table.grid(padding=(0, 2))
    facts.add_column(style="dim")
    facts.add_column()
    facts.add_row("file", Text(analysis.source.path))
    if article.dateline:
        published = article.published.isoformat() if article.published else "(unreadable)"
        weekday = f"  ({article.dateline.weekday})" if article.dateline.weekday else ""
        facts.add_row("published", Text(published + weekday))
    if article.byline:
        facts.add_row("author", Text(article.byline.author.name if article.byline.author else "—"))
        facts.add_row("source", Text(article.byline.source.name if article.byline.source else "—"))
    title = Text(article.title.text if article.title else "(untitled)", style="bold")
    return Panel(facts, title=title, title_align="left")


def _warnings(analysis: Analysis) -> list[RenderableType]:
    return [Text(f"warning: {w}", style="yellow") for w in analysis.warnings]


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
            Text(entity.text),
            Text(entity_details(entity.to_dict())),
            f"{entity.start}-{entity.end}",
        )
    return table


def highlighted_paragraphs(article: Article, entities: tuple[Entity, ...]) -> Group:
    """Return the body paragraphs with each entity mention styled by its type (outermost mention wins)."""
    blocks = []
    for paragraph in article.paragraphs:
        text = Text(paragraph.text)
        taken_until = paragraph.start
        for entity in entities:
            if entity.start >= taken_until and paragraph.start <= entity.start and entity.end <= paragraph.end:
                text.stylize(
                    ENTITY_STYLES.get(entity.type, "bold"), entity.start - paragraph.start, entity.end - paragraph.start
                )
                taken_until = entity.end
        blocks.append(text)
        blocks.append(Text(""))
    return Group(*blocks[:-1])


def parse_view(analysis: Analysis, highlight: bool = False) -> Group:
    """Return the view of ``dvcli parse``: metadata, structure, lead or highlighted text, entities."""
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
        parts.append(Panel(Text(article.lead.text), title="Lead", title_align="left"))
    if article.sapo:
        parts.append(Panel(Text(article.sapo.text), title="Sapo", title_align="left"))
    if analysis.stats and analysis.stats.keywords:
        keywords = Text("keywords  ", style="dim") + Text(", ").join(Text(k.text) for k in analysis.stats.keywords)
        parts.append(keywords)
    if entities:
        parts.append(_entity_table(entities))
    for typo in analysis.typos or ():
        parts.append(
            Text.assemble(
                ("possible typo: ", "yellow"),
                typo.text,
                " → ",
                (typo.suggestion, "bold"),
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
    title = Text(analysis.article.title.text if analysis.article.title else analysis.source.path, style="bold")
    caption = f"{len(summary.sentences)} of {total} sentences · method {summary.method}"
    if not context:
        table = Table(box=None, padding=(0, 1), show_edge=False)
        table.add_column("#", justify="right", style="dim")
        table.add_column("score", justify="right", style="dim")
        table.add_column("sentence")
        for chosen in summary.sentences:
            table.add_row(str(chosen.index + 1), f"{chosen.score:.3f}", Text(chosen.text))
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
                Text(sentence.text, style="bold reverse" if picked else ""),
            )
        body = table
    scale = Text(f"# = sentence number in the article · score: {SCORE_SCALES[summary.method]}", style="dim")
    return Group(
        Panel(body, title=title, title_align="left", subtitle=caption, subtitle_align="right"),
        scale,
        *_warnings(analysis),
    )


def stats_view(analysis: Analysis) -> Group:
    """Return the view of ``dvcli stats``: counts, reading time, readability and top keywords."""
    stats = analysis.stats
    assert stats is not None, "stats_view needs an analysis with the stats stage"
    heading = Text(analysis.article.title.text if analysis.article.title else analysis.source.path, style="bold")
    counts = Table(show_header=False)
    counts.add_column(style="dim")
    counts.add_column(justify="right")
    minutes, seconds = divmod(stats.reading_time_seconds, 60)
    rows: list[tuple[str, Any]] = [
        ("characters", stats.characters),
        ("characters (no spaces)", stats.characters_no_spaces),
        ("syllables", stats.syllables),
        ("words", stats.words),
        ("sentences", stats.sentences),
        ("paragraphs", stats.paragraphs),
        ("noise lines (left out)", stats.noise_lines),
        ("reading time", f"{minutes} min {seconds:02d} s"),
    ]
    rows += [(name.replace("_", " "), value) for name, value in stats.readability]
    for name, value in rows:
        counts.add_row(name, str(value))
    parts: list[RenderableType] = [heading, Text(analysis.source.path, style="dim"), counts]
    if stats.keywords:
        keywords = Table(title="Top keywords", title_justify="left")
        keywords.add_column("#", justify="right", style="dim")
        keywords.add_column("keyword")
        keywords.add_column("score", justify="right")
        keywords.add_column("count", justify="right")
        for rank, keyword in enumerate(stats.keywords, 1):
            keywords.add_row(str(rank), Text(keyword.text), f"{keyword.score:.3f}", str(keyword.count))
        parts.append(keywords)
    return Group(*parts, *_warnings(analysis))


def print_view(console: Console, view: RenderableType) -> None:
    """Print a view followed by a blank line (so several inputs' views stay apart)."""
    console.print(view)
    console.print()


class RichWriter(Writer):
    """The view a person reads at a terminal, one per analysed input (a failure is reported on stderr only)."""

    def __init__(
        self, out: TextIO | None, view: View, make_view: Callable[[Analysis], RenderableType], **console: Any
    ) -> None:
        # ``out`` None: standard output, looked up at each write.
        super().__init__(out or sys.stdout, view)
        self.make_view = make_view
        self.console = Console(file=out, **console)

    def write(self, result: Analysis | Failure) -> None:
        if isinstance(result, Analysis):
            print_view(self.console, self.make_view(result))
