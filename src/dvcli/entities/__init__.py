"""Article (with its token table) -> entities: people, organisations, places, dates, times, quotes, numbers."""

from dvcli.entities.extract import extract_entities
from dvcli.entities.index import build_index

__all__ = ["build_index", "extract_entities"]
