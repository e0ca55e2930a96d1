"""Properties over any text: analysis never crashes, offsets point back, summaries are ordered subsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dvcli
from dvcli.load import load_text
from dvcli.options import AnalyzeOptions, SummaryOptions
from dvcli.pipeline import analyze_loaded
from dvcli.summarize import exclusions

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
    if not raw.strip():
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
    if not raw.strip():
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
    if not raw.strip():
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
