"""Invisible characters are kept in the text but ignored by every stage; HTML pages are reduced to their text;
the Rich views never print an escape sequence from an article."""

from __future__ import annotations

import io
import random

from conftest import REFERENCE
from rich.console import Console

from dvcli.load import load_text
from dvcli.pipeline import analyze_loaded
from dvcli.render.rich import parse_view, safe, stats_view, summary_view
from dvcli.text.invisible import INVISIBLE, strip_invisible


def _sprinkle(text: str, seed: int, share: float = 0.05) -> str:
    rng = random.Random(seed)
    chars = sorted(INVISIBLE)
    out = []
    for char in text:
        out.append(char)
        if rng.random() < share:
            out.append(rng.choice(chars))
    return "".join(out)


def _without_offsets(value: object) -> object:
    """The record with offsets dropped and invisible characters removed from its strings."""
    if isinstance(value, dict):
        return {
            k: _without_offsets(v) for k, v in value.items() if k not in {"start", "end", "speaker_start", "refers_to"}
        }
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return strip_invisible(value)[0] if isinstance(value, str) else value


def test_invisible_characters_change_nothing_but_the_offsets() -> None:
    clean = REFERENCE.read_text(encoding="utf-8")
    dirty = _sprinkle(clean, seed=9)
    assert dirty != clean
    before = analyze_loaded(load_text(clean)).to_dict()
    after = analyze_loaded(load_text(dirty)).to_dict()
    assert after["article"]["text"] == dirty  # kept: offsets stay true to the file
    for part in ("article", "entities", "summary", "stats", "typos"):
        if part == "stats":  # hygiene reports the text as typed: the invisible characters it holds
            after_hygiene, before_hygiene = after[part].pop("hygiene"), before[part].pop("hygiene")
            assert len(after_hygiene["invisible"]) == sum(ch in INVISIBLE for ch in dirty[1:]) > 0
            assert before_hygiene["invisible"] == []
            assert after_hygiene["typos"] == before_hygiene["typos"] or _without_offsets(after_hygiene["typos"])
        assert _without_offsets(after[part]) == _without_offsets(before[part]), part
    article = after["article"]
    assert article["title"] == article["text"][article["title_span"]["start"] : article["title_span"]["end"]]
    for span in article["sentences"] + article["words"] + after["entities"] + article["paragraphs"]:
        assert dirty[span["start"] : span["end"]] == span["text"]
        assert span["text"][:1] not in INVISIBLE and span["text"][-1:] not in INVISIBLE
    warnings = [w for w in after["warnings"] if "ignored" in w]
    assert len(warnings) == 1 and "bidi mark" in warnings[0] and "zero-width space" in warnings[0]


def test_a_bom_in_mid_text_and_marks_in_the_dateline_and_a_name() -> None:
    text = (
        "Tiêu\u200b đề\n\nThứ Tư, 30/11/\u200e2016, 11:06 [GMT+7]\n\nÔng Nguyễn\ufeff Văn Hư\u00adởng đến Hà\u200f Nội."
    )
    analysis = analyze_loaded(load_text(text))
    article = analysis.article
    assert article.title is not None and article.title.text == "Tiêu\u200b đề"
    assert article.published is not None and article.published.year == 2016
    people = [e for e in analysis.entities or () if e.type == "person"]
    assert [strip_invisible(p.text)[0] for p in people] == ["Nguyễn Văn Hưởng"]
    assert any("invisible" in w for w in analysis.warnings)


def test_clean_text_has_no_invisible_warning() -> None:
    analysis = analyze_loaded(load_text(REFERENCE.read_text(encoding="utf-8")))
    assert not any("invisible" in w for w in analysis.warnings)


HTML = """<!DOCTYPE html>
<html><head><title>Trang báo</title><style>p { color: red }</style><script>var x = "<p>no</p>";</script></head>
<body><h1>Giao ban công tác Dân vận</h1>
<p>Ngày 29/11, tại huyện <b>Tiên Yên</b>, Ban Dân vận Tỉnh ủy tổ chức hội nghị.</p>
<p>Đồng chí Nguyễn Văn Hưởng chủ trì&nbsp;hội nghị.<br>Hội nghị thành công.</p></body></html>"""


def test_html_saved_as_text_is_reduced_to_its_text() -> None:
    loaded = load_text(HTML)
    assert loaded.text.startswith("Giao ban công tác Dân vận\n\nNgày 29/11, tại huyện Tiên Yên,")
    assert "<" not in loaded.text and "color" not in loaded.text and "var x" not in loaded.text
    assert any("HTML" in w for w in loaded.warnings)
    analysis = analyze_loaded(loaded)
    assert analysis.article.title is not None and analysis.article.title.text == "Giao ban công tác Dân vận"
    assert len(analysis.article.paragraphs) == 3
    assert any("HTML" in w for w in analysis.warnings)


def test_an_article_that_mentions_a_tag_is_not_html() -> None:
    text = "Tiêu đề\n\nThẻ <p> dùng để tạo đoạn văn trong trang web."
    assert load_text(text).text == text


HOSTILE = (
    "Tiêu đề \x1b]0;pwned\x07bài\x1b[2J\n\nThứ Tư, 30/11/2016, 11:06 [GMT+7]\n\n"
    "Ngày 29/11, ông Nguyễn Văn Hưởng \x1b]8;;http://evil.example\x1b\\bấm\x1b]8;;\x1b\\ đến Hà Nội\u202e. "
    "Ông nói rằng hội nghị rất thành công.\x1bP+q\x1b\\\n"
)


def test_safe_removes_escape_sequences_and_controls() -> None:
    assert safe("a\x1b[31mb\x1b]0;t\x07c\x1b]8;;u\x1b\\d\x9be\u202ef\x07g\tok\n") == "abcdef" + "g\tok\n"


def test_rich_views_print_no_escape_sequence_from_the_article() -> None:
    analysis = analyze_loaded(load_text(HOSTILE))
    for view in (
        parse_view(analysis),
        parse_view(analysis, highlight=True),
        summary_view(analysis, True),
        stats_view(analysis),
    ):
        buffer = io.StringIO()
        Console(file=buffer, width=100, color_system=None).print(view)
        printed = buffer.getvalue()
        assert "\x1b" not in printed and "\u202e" not in printed and "\x07" not in printed
        assert "pwned" not in printed
