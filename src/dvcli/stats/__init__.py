"""Article -> ``Stats`` (counts, reading time, readability, keywords) and its probable typos."""

from dvcli.stats.counts import compute_stats
from dvcli.stats.typos import find_typos

__all__ = ["compute_stats", "find_typos"]
