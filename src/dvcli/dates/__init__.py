"""Text with a publication date -> Vietnamese date and time expressions resolved to ISO values; never raises."""

from dvcli.dates.find import DateMatch, find_dates

__all__ = ["DateMatch", "find_dates"]
