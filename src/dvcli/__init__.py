"""dvcli: analyse Vietnamese news articles. Public API: load, analyze, the model types, DvcliError."""

from __future__ import annotations

from dvcli.errors import DvcliError
from dvcli.model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    Byline,
    Dateline,
    Entity,
    Keyword,
    NoiseLine,
    Paragraph,
    ScoredSentence,
    Sentence,
    Span,
    Stats,
    Summary,
    Typo,
    Word,
)
from dvcli.options import AnalyzeOptions, ParseOptions, SummaryOptions

__version__ = "0.1.0"


def __getattr__(name: str):  # lazy: importing dvcli must stay cheap
    if name == "analyze":
        from dvcli.pipeline import analyze

        return analyze
    if name == "load":
        from dvcli.load import load

        return load
    raise AttributeError(name)


__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "AnalyzeOptions",
    "Article",
    "Byline",
    "Dateline",
    "DvcliError",
    "Entity",
    "Keyword",
    "NoiseLine",
    "Paragraph",
    "ParseOptions",
    "ScoredSentence",
    "Sentence",
    "Span",
    "Stats",
    "Summary",
    "SummaryOptions",
    "Typo",
    "Word",
    "__version__",
    "analyze",
    "load",
]
