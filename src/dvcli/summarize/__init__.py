"""Article -> ``Summary``: sentences ranked (lead, TextRank or the default blend), then chosen within a budget."""

from dvcli.summarize.rankers import METHODS, summarize

__all__ = ["METHODS", "summarize"]
