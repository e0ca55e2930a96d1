"""HTML saved as text (a web page kept as ``.txt``): detected, and reduced to its text with paragraph breaks."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# A document that opens as HTML, or that holds block-level closing tags in numbers no article prints.
_OPENING = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b", re.IGNORECASE | re.DOTALL
)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|h[1-6]|li|article|section|table|tr|td|ul|ol|body|html)\s*>", re.IGNORECASE)
_MIN_BLOCK_TAGS = 3
_SAMPLE = 1 << 16
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# What a browser does not show as text.
_HIDDEN = frozenset(["head", "script", "style", "noscript", "template", "svg", "iframe", "object"])
_SPACES = re.compile(r"[ \t\r\n\f]+")
_BLANKS = re.compile(r"\n\s*\n\s*")


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document rather than an article that mentions a tag."""
    sample = text[:_SAMPLE]
    return bool(_OPENING.match(sample)) or len(_BLOCK_CLOSE.findall(sample)) >= _MIN_BLOCK_TAGS


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside elements that are not shown
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")
            self.pre = max(0, self.pre - (tag == "pre"))

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            # HTML shows a run of white space as one space, except inside <pre>.
            self.parts.append(data if self.pre else _SPACES.sub(" ", data))


def html_to_text(html: str) -> str:
    """Return the text a browser shows for ``html``: one line per block element, a blank line between blocks."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    lines = "\n".join(line.strip() for line in "".join(parser.parts).split("\n"))
    return _BLANKS.sub("\n\n", lines).strip() + "\n"
