"""dvcli: analyse Vietnamese news articles. Public API: load, analyze, analyze_many, the model types, errors."""

from __future__ import annotations

from typing import Any

from dvcli.errors import DvcliError, ExitStatus, Failure
from dvcli.model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    Byline,
    Credit,
    Dateline,
    Entity,
    Keyword,
    NoiseLine,
    Paragraph,
    ScoredSentence,
    Sentence,
    Source,
    Span,
    Stats,
    Summary,
    Typo,
    Word,
)
from dvcli.options import AnalyzeOptions, ParseOptions, Stage, StatsOptions, SummaryOptions

__version__ = "0.2.0"

# Loaded on first use: importing dvcli must stay cheap (no stage, no table, no Typer or Rich).
_LAZY = {
    "analyze": "dvcli.pipeline",
    "load": "dvcli.load",
    "analyze_many": "dvcli.batch",
    "BatchObserver": "dvcli.batch",
    "TextInput": "dvcli.batch",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dvcli' has no attribute {name!r}")


__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "AnalyzeOptions",
    "Article",
    "BatchObserver",
    "Byline",
    "Credit",
    "Dateline",
    "DvcliError",
    "Entity",
    "ExitStatus",
    "Failure",
    "Keyword",
    "NoiseLine",
    "Paragraph",
    "ParseOptions",
    "ScoredSentence",
    "Sentence",
    "Source",
    "Span",
    "Stage",
    "Stats",
    "StatsOptions",
    "Summary",
    "SummaryOptions",
    "TextInput",
    "Typo",
    "Word",
    "__version__",
    "analyze",
    "analyze_many",
    "load",
]
