"""Article -> ``Summary``: sentences ranked (the learned default, lead, TextRank, blend), then chosen in a budget."""

from dvcli.summarize.eligible import exclusions
from dvcli.summarize.rankers import METHODS, SCORE_SCALES, summarize

__all__ = ["METHODS", "SCORE_SCALES", "exclusions", "summarize"]
