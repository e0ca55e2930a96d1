"""Counts and reading time of an article, with its readability and keywords: the ``Stats`` of one article."""

from __future__ import annotations

import math

from dvcli.model import Article, Stats
from dvcli.options import StatsOptions
from dvcli.stats.keywords import extract_keywords
from dvcli.stats.readability import readability


def compute_stats(article: Article, options: StatsOptions | None = None) -> Stats:
    """Return the counts of the article's title and body paragraphs (noise, byline and sapo excluded).

    ``syllables`` is the sum of the words' syllables, so the two counts always agree.
    """
    options = options or StatsOptions()
    content = [article.title.text] if article.title else []
    content += [p.text for p in article.paragraphs]
    characters = sum(len(t) for t in content)
    no_spaces = sum(len(t) - sum(ch.isspace() for ch in t) for t in content)
    syllables = sum(w.syllables for w in article.words)
    minutes = syllables / options.syllables_per_minute
    return Stats(
        characters=characters,
        characters_no_spaces=no_spaces,
        syllables=syllables,
        words=len(article.words),
        sentences=len(article.sentences),
        paragraphs=len(article.paragraphs),
        noise_lines=len(article.noise_lines),
        reading_time_seconds=math.ceil(minutes * 60),
        readability=readability(article),
        keywords=extract_keywords(article, options.keywords) if options.keywords > 0 else (),
    )
