"""Counts and distributions of an article, its reading time, readability, keywords and hygiene: its ``Stats``."""

from __future__ import annotations

import math
import statistics

from dvcli.model import Article, ParagraphCounts, ReadingTime, SentenceLengths, Stats, Typo
from dvcli.options import StatsOptions
from dvcli.stats.diversity import lexical_diversity
from dvcli.stats.hygiene import check_hygiene, hygiene_warnings
from dvcli.stats.keywords import extract_keywords
from dvcli.stats.readability import readability

# Sentence-length bins in syllables: ten wide, the last one open (news sentences run long).
HISTOGRAM_WIDTH = 10
HISTOGRAM_BINS = 6

# No published rate for silent reading of Vietnamese was found (IReST, Trauzettel-Klosinski & Dietz 2012, measured
# 370 ± 80 syllables a minute read aloud in 17 languages, Vietnamese not among them), so the rate is a convention.
READING_BASIS = (
    "convention: {rate} syllables a minute, a careful pace for news (no published silent-reading rate for "
    "Vietnamese was found; IReST 2012 measured 370 ± 80 syllables a minute read aloud in 17 other languages); "
    "change it with --reading-speed"
)


def _sentence_lengths(article: Article) -> list[int]:
    lengths = [0] * len(article.sentences)
    for word in article.words:
        if word.sentence is not None:
            lengths[word.sentence] += word.syllables
    return lengths


def _distribution(lengths: list[int]) -> SentenceLengths | None:
    if not lengths:
        return None
    bins = [0] * HISTOGRAM_BINS
    for n in lengths:
        bins[min(max(n - 1, 0) // HISTOGRAM_WIDTH, HISTOGRAM_BINS - 1)] += 1
    histogram = tuple(
        (k * HISTOGRAM_WIDTH + 1, None if k == HISTOGRAM_BINS - 1 else (k + 1) * HISTOGRAM_WIDTH, count)
        for k, count in enumerate(bins)
    )
    return SentenceLengths(statistics.fmean(lengths), float(statistics.median(lengths)), max(lengths), histogram)


def _per_paragraph(article: Article, lengths: list[int]) -> tuple[ParagraphCounts, ...]:
    words = [0] * len(article.paragraphs)
    syllables = [0] * len(article.paragraphs)
    sentences = [0] * len(article.paragraphs)
    for sentence in article.sentences:
        sentences[sentence.paragraph] += 1
        syllables[sentence.paragraph] += lengths[sentence.index]
    for word in article.words:
        if word.sentence is not None:
            words[article.sentences[word.sentence].paragraph] += 1
    return tuple(
        ParagraphCounts(p.index, len(p.text), syllables[k], words[k], sentences[k])
        for k, p in enumerate(article.paragraphs)
    )


def compute_stats(
    article: Article, options: StatsOptions | None = None, typos: tuple[Typo, ...] | None = None
) -> Stats:
    """Return the stats of the article's title and body paragraphs (noise, byline and sapo excluded).

    ``syllables`` is the sum of the words' syllables, so the two counts always agree. Never raises.
    """
    options = options or StatsOptions()
    content = [article.title.text] if article.title else []
    content += [p.text for p in article.paragraphs]
    characters = sum(len(t) for t in content)
    no_spaces = sum(len(t) - sum(ch.isspace() for ch in t) for t in content)
    syllables = sum(w.syllables for w in article.words)
    rate = options.syllables_per_minute
    reading = ReadingTime(math.ceil(syllables / rate * 60), rate, READING_BASIS.format(rate=rate))
    lengths = _sentence_lengths(article)
    hygiene = check_hygiene(article, typos)
    return Stats(
        characters=characters,
        characters_no_spaces=no_spaces,
        syllables=syllables,
        words=len(article.words),
        sentences=len(article.sentences),
        paragraphs=len(article.paragraphs),
        noise_lines=len(article.noise_lines),
        reading_time=reading,
        readability=readability(article),
        sentence_length=_distribution(lengths),
        lexical_diversity=lexical_diversity(article.tokens.word_keys),
        per_paragraph=_per_paragraph(article, lengths),
        keywords=extract_keywords(article, options.keywords) if options.keywords > 0 else (),
        hygiene=hygiene,
        warnings=hygiene_warnings(hygiene),
    )
