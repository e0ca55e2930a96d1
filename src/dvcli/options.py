"""Frozen option objects for each stage, so every stage is a pure function of (input, options)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo
from enum import Enum


class Stage(str, Enum):
    """The stages that may run after parsing."""

    ENTITIES = "entities"
    SUMMARY = "summary"
    STATS = "stats"
    TYPOS = "typos"


ALL_STAGES = frozenset(Stage)
# What each command computes after parsing. The stats stage is cheap and gives `parse` its keywords.
COMMAND_STAGES: dict[str, frozenset[Stage]] = {
    "parse": frozenset({Stage.ENTITIES, Stage.STATS, Stage.TYPOS}),
    "summarize": frozenset({Stage.SUMMARY}),
    "stats": frozenset({Stage.STATS}),
    "export": ALL_STAGES,
}


# The largest input read by default: ten times the longest article in the news corpus and still quick to analyse
# (benchmarks/hostile.py measures a 16 MB article).
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How an input is read: ``encoding`` names its encoding (``None``: detect it; ``"viqr"`` is only read when
    named); an input of more than ``max_bytes`` bytes is refused before it is read whole."""

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """``tz``: the zone for a dateline that prints no offset (``None`` leaves such a datetime naive)."""

    tz: tzinfo | None = None


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """How long a summary is and how it is ranked (``method``: see ``dvcli.summarize.METHODS``).

    Exactly one budget applies, by this precedence: ``words`` if set, else ``ratio`` if set, else ``sentences``
    (so ``sentences`` is ignored when ``ratio`` or ``words`` is given). ``sentences``: at most that many;
    ``ratio``: that share of the article's sentences, rounded, at least one; ``words``: as many sentences as
    fit in that many words (dvcli's words, as ``article.words`` counts them), never more, unless no sentence
    fits at all: then the shortest sentence, with a warning in ``Summary.warnings``.
    """

    method: str = "default"
    sentences: int = 3
    ratio: float | None = None
    words: int | None = None


@dataclass(frozen=True, slots=True)
class StatsOptions:
    """``keywords``: how many keywords to keep; ``syllables_per_minute``: the reading speed assumed."""

    keywords: int = 10
    syllables_per_minute: int = 200


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """Options for every stage; ``stages`` names the stages after parsing to run (all by default)."""

    load: LoadOptions = field(default_factory=LoadOptions)
    parse: ParseOptions = field(default_factory=ParseOptions)
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    stats: StatsOptions = field(default_factory=StatsOptions)
    stages: frozenset[Stage] = ALL_STAGES
