"""Article (with its token table) -> entities: people, organisations, places, dates, times, quotes, numbers."""

from dvcli.entities.extract import extract_entities

__all__ = ["extract_entities"]
