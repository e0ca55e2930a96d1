"""Properties over any text: analysis never crashes, offsets point back, summaries are ordered subsets."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dvcli
from dvcli.decode import decode_bytes
from dvcli.decode.legacy import LEGACY, encode_legacy
from dvcli.errors import DvcliError
from dvcli.load import load_text
from dvcli.options import AnalyzeOptions, SummaryOptions
from dvcli.pipeline import analyze_loaded
from dvcli.render.json import to_json
from dvcli.summarize import exclusions
from dvcli.text.invisible import INVISIBLE, strip_invisible

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VIETNAMESE + VIETNAMESE.upper() + "0123456789 .,;:!?…\"“”'()[]/-%\n\n\t"
PIECES = st.sampled_from(
    [
        "Ông",
        "Nguyễn Văn A.",
        "TP.",
        "Hà Nội",
        "ngày 29/11",
        "1.000",
        "3,2 tỷ đồng",
        "6,5%",
        '"Dân vận khéo"',
        "Ủy ban nhân dân",
        "tỉnh Quảng Ninh",
        ".",
        "\n",
        "\n\n",
        "\n\n\n\n",
        "Theo VnExpress",
        "(T/h)",
        "Thứ Tư, 30/11/2016, 11:06 [GMT+7]",
        "Ảnh: TTXVN",
        "cho biết:",
        "lần thứ XII",
        "...",
        "Bộ Công an",
    ]
)
ARTICLES = st.one_of(
    st.text(alphabet=ALPHABET, max_size=400),
    st.lists(st.one_of(PIECES, st.text(alphabet=ALPHABET, max_size=20)), max_size=60).map(" ".join),
)


def _spans(record: dict) -> list[dict]:
    article = record["article"]
    spans = list(article["paragraphs"]) + list(article["sentences"]) + list(article["words"])
    spans += list(article["noise_lines"]) + list(record["entities"]) + list(record["summary"]["sentences"])
    spans += list(record["typos"])
    for key in ("title_span", "lead_span", "sapo_span", "dateline"):
        if article[key]:
            spans.append(article[key])
    if article["byline"].get("text") is not None:
        spans.append(article["byline"])
    return spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARTICLES)
def test_analysis_never_crashes_and_offsets_slice_the_text(raw: str) -> None:
    if not any(ch.isalnum() for ch in raw):
        return  # empty input is an error by design (tested in test_load)
    loaded = load_text(raw)
    record = analyze_loaded(loaded).to_dict()
    text = record["article"]["text"]
    for span in _spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"], span


@settings(max_examples=100, deadline=None)
@given(ARTICLES, st.integers(min_value=1, max_value=6), st.sampled_from(["default", "textrank", "lead"]))
def test_summary_is_an_ordered_subset_of_the_sentences(raw: str, n: int, method: str) -> None:
    if not any(ch.isalnum() for ch in raw):
        return
    options = AnalyzeOptions(summary=SummaryOptions(method=method, sentences=n))
    analysis = analyze_loaded(load_text(raw), options)
    chosen = [s.index for s in analysis.summary.sentences]
    assert chosen == sorted(set(chosen))
    # Captions, subheadings and datelines are never summary sentences; every other sentence may fill the budget.
    eligible = [i for i, reason in enumerate(exclusions(analysis.article)) if reason is None]
    assert len(chosen) == min(n, len(eligible))
    assert set(chosen) <= set(eligible)
    by_index = {s.index: s for s in analysis.article.sentences}
    for picked in analysis.summary.sentences:
        assert (picked.start, picked.end, picked.text) == (
            by_index[picked.index].start,
            by_index[picked.index].end,
            by_index[picked.index].text,
        )
    assert len(analysis.summary.scores) == len(analysis.article.sentences)


@settings(max_examples=100, deadline=None)
@given(ARTICLES)
def test_counts_add_up(raw: str) -> None:
    if not any(ch.isalnum() for ch in raw):
        return
    analysis = dvcli.analyze(raw)
    stats, article = analysis.stats, analysis.article
    assert stats.syllables == sum(len(w.text.split()) for w in article.words)
    assert stats.words == len(article.words) <= stats.syllables
    assert stats.sentences == len(article.sentences)
    assert stats.paragraphs == len(article.paragraphs)
    assert {s.paragraph for s in article.sentences} <= {p.index for p in article.paragraphs}
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end


# Loading, and real articles mutated: never a crash (only a DvcliError), offsets true, JSON valid and round-tripping.

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))
HOSTILE_PIECES = sorted(INVISIBLE) + [
    "\x1b[2J",
    "\x1b]0;t\x07",
    "\x00",
    "\x07",
    "\r",
    "\r\n",
    "<p>",
    "</div>",
    "🇻🇳",
    "\ufffd",
]


def _check(loaded_text: str, record: dict) -> None:
    text = record["article"]["text"]
    assert text == loaded_text
    for span in _spans(record):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"] : span["end"]] == span["text"], span
    assert json.loads(to_json(record)) == record


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600))
def test_any_bytes_load_or_fail_cleanly(data: bytes) -> None:
    try:
        decoded = decode_bytes(data, "fuzz.txt")
        loaded = load_text(decoded.text)
    except DvcliError as error:
        assert error.message and error.hint
        return
    _check(loaded.text, analyze_loaded(loaded).to_dict())


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " .,\n", min_size=1, max_size=300), st.sampled_from(LEGACY))
def test_vietnamese_text_round_trips_through_every_named_encoding(text: str, encoding: str) -> None:
    assert decode_bytes(encode_legacy(text, encoding), "x", encoding).text == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(EXAMPLES),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(HOSTILE_PIECES), st.integers(0, 3)), max_size=25),
)
def test_mutated_real_articles_never_crash(path: Path, edits: list[tuple[float, str, int]]) -> None:
    text = path.read_text(encoding="utf-8")
    for where, piece, cut in edits:  # insert a hostile piece, and cut up to three characters after it
        at = int(where * len(text))
        text = text[:at] + piece + text[at + cut :]
    try:
        loaded = load_text(text)
    except DvcliError:
        return
    _check(loaded.text, analyze_loaded(loaded).to_dict())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(EXAMPLES), st.lists(st.tuples(st.floats(0, 1), st.sampled_from(sorted(INVISIBLE))), max_size=40))
def test_invisible_characters_leave_the_sentences_alone(path: Path, inserts: list[tuple[float, str]]) -> None:
    clean = path.read_text(encoding="utf-8")
    dirty = clean
    for where, char in inserts:
        at = int(where * len(dirty))
        dirty = dirty[:at] + char + dirty[at:]
    before = analyze_loaded(load_text(clean)).article
    after = analyze_loaded(load_text(dirty)).article
    assert [strip_invisible(s.text)[0] for s in after.sentences] == [s.text for s in before.sentences]
    assert (after.title and strip_invisible(after.title.text)[0]) == (before.title and before.title.text)
