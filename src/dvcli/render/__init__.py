"""Analysis or Failure -> text: JSON, JSON Lines, CSV and Markdown (``formats``), Rich views (``rich``)."""
