"""Frozen option objects for each stage, so every stage is a pure function of (input, options)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import tzinfo


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """``tz``: the zone for a dateline that prints no offset (``None`` leaves such a datetime naive)."""

    tz: tzinfo | None = None


@dataclass(frozen=True, slots=True)
class SummaryOptions:
    """How long a summary is and how it is ranked.

    Exactly one budget applies: ``words`` if set, else ``ratio`` if set, else ``sentences``.
    """

    method: str = "default"
    sentences: int = 3
    ratio: float | None = None
    words: int | None = None


ALL_STAGES = frozenset({"entities", "summary", "stats", "typos"})
# What each command computes after parsing. The stats stage is cheap and gives `parse` its keywords.
COMMAND_STAGES = {
    "parse": frozenset({"entities", "stats", "typos"}),
    "summarize": frozenset({"summary"}),
    "stats": frozenset({"stats"}),
    "export": ALL_STAGES,
}


@dataclass(frozen=True, slots=True)
class StatsOptions:
    """``keywords``: how many keywords to keep; ``syllables_per_minute``: the reading speed assumed."""

    keywords: int = 10
    syllables_per_minute: int = 200


@dataclass(frozen=True, slots=True)
class AnalyzeOptions:
    """Options for every stage; ``stages`` names the stages after parsing to run (all by default)."""

    parse: ParseOptions = field(default_factory=ParseOptions)
    summary: SummaryOptions = field(default_factory=SummaryOptions)
    stats: StatsOptions = field(default_factory=StatsOptions)
    stages: frozenset[str] = ALL_STAGES
