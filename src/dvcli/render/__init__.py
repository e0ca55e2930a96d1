"""Views of an analysis: JSON, CSV and Markdown as plain text, Rich views for a terminal (render.text)."""
