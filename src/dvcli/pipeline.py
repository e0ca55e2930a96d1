"""analyze(): loads an input and runs the stages; the one orchestrator the CLI, the batch engine and users share."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from dvcli.load import LoadedText, load, load_text
from dvcli.model import Analysis
from dvcli.options import AnalyzeOptions, Stage
from dvcli.parse import parse_article
from dvcli.text.invisible import invisible_warning, map_analysis, strip_invisible


def analyze_loaded(loaded: LoadedText, options: AnalyzeOptions | None = None) -> Analysis:
    """Run parsing and the stages named in ``options.stages`` on already-loaded text.

    Invisible characters (zero-width, soft hyphens, bidi marks, a byte-order mark inside the text) stay in
    ``article.text`` but every stage reads the text without them; the offsets of the result include them.
    """
    options = options or AnalyzeOptions()
    clean, offsets, kinds = strip_invisible(loaded.text)
    analysis = _analyze_clean(dataclasses.replace(loaded, text=clean), options)
    warnings = loaded.warnings + ((invisible_warning(kinds),) if kinds else ())
    if kinds:
        analysis = map_analysis(analysis, loaded.text, offsets)
        if analysis.stats is not None:
            # Hygiene is about the text as typed: it is read again off the text with its invisible characters.
            from dvcli.stats.hygiene import check_hygiene, hygiene_warnings

            hygiene = check_hygiene(analysis.article, analysis.typos)
            stats = dataclasses.replace(analysis.stats, hygiene=hygiene, warnings=hygiene_warnings(hygiene))
            analysis = dataclasses.replace(analysis, stats=stats)
    if warnings:
        article = dataclasses.replace(analysis.article, warnings=warnings + analysis.article.warnings)
        analysis = dataclasses.replace(analysis, article=article)
    return analysis


def _analyze_clean(loaded: LoadedText, options: AnalyzeOptions) -> Analysis:
    article = parse_article(loaded.text, options.parse)
    entities = summary = stats = typos = index = None
    # Stages are imported when first asked for, so a command that needs few of them starts faster.
    if Stage.ENTITIES in options.stages:
        from dvcli.entities import build_index, extract_entities

        entities = extract_entities(article)
        index = build_index(article.text, entities)
    if Stage.SUMMARY in options.stages:
        from dvcli.summarize import summarize

        summary = summarize(article, options.summary)
    found_typos = None
    if Stage.TYPOS in options.stages or Stage.STATS in options.stages:
        # Typos are both a stage of their own and part of the stats' hygiene: found once for both.
        from dvcli.stats import find_typos

        found_typos = find_typos(article)
        typos = found_typos if Stage.TYPOS in options.stages else None
    if Stage.STATS in options.stages:
        from dvcli.stats import compute_stats

        stats = compute_stats(article, options.stats, found_typos)
    return Analysis(loaded.source, article, entities, summary, stats, typos, index)


def analyze(text_or_path: str | os.PathLike[str], options: AnalyzeOptions | None = None) -> Analysis:
    """Analyse an article given as a path (``Path``, or a one-line ``str`` naming an existing file, or ``-``
    for stdin) or as the article text itself; return the same ``Analysis`` the CLI renders.

    Raises ``DvcliError`` when the input cannot be read or decoded, or is empty.
    """
    options = options or AnalyzeOptions()
    if isinstance(text_or_path, os.PathLike):
        loaded = load(Path(text_or_path), options.load)
    elif text_or_path == "-" or ("\n" not in text_or_path and os.path.isfile(text_or_path)):
        loaded = load(text_or_path, options.load)
    else:
        loaded = load_text(text_or_path)
    return analyze_loaded(loaded, options)
