"""Sentence rankers and summary budgets, on small hand-built articles."""

from __future__ import annotations

import pytest
from handmade import make_article
from hypothesis import given, settings
from hypothesis import strategies as st

from dvcli.errors import UsageError
from dvcli.options import SummaryOptions
from dvcli.summarize import METHODS, summarize
from dvcli.summarize.select import select

TITLE = "Hà_Nội khởi_công cầu vượt sông Hồng"
PARAGRAPHS = [
    [
        "Sáng nay, Hà_Nội khởi_công cầu vượt sông Hồng dài 2 km.",
        "Cầu có tổng vốn đầu_tư 9.000 tỷ đồng.",
    ],
    [
        "Lãnh_đạo thành_phố cho_biết cầu giúp giảm ùn_tắc giao_thông.",
        "Người_dân ven sông Hồng phấn_khởi.",
        "Dự_án dự_kiến hoàn_thành năm 2026.",
    ],
    ["Một số hộ dân được hỗ_trợ tái_định_cư."],
]


@pytest.fixture
def article():
    return make_article(TITLE, PARAGRAPHS)


def test_methods_are_named() -> None:
    assert METHODS[0] == "default"
    assert {"lead", "textrank"} <= set(METHODS)


def test_lead_returns_the_first_sentences(article) -> None:
    summary = summarize(article, SummaryOptions(method="lead", sentences=2))
    assert [s.index for s in summary.sentences] == [0, 1]
    assert summary.method == "lead"


@pytest.mark.parametrize("method", METHODS)
def test_each_method_fills_the_sentence_budget_in_document_order(article, method) -> None:
    summary = summarize(article, SummaryOptions(method=method, sentences=3))
    indices = [s.index for s in summary.sentences]
    assert len(indices) == 3
    assert indices == sorted(indices)
    assert len(summary.scores) == len(article.sentences)
    for chosen in summary.sentences:
        sentence = article.sentences[chosen.index]
        assert (chosen.text, chosen.start, chosen.end) == (sentence.text, sentence.start, sentence.end)
        assert article.text[chosen.start : chosen.end] == chosen.text
        assert chosen.score == summary.scores[chosen.index]


def test_ratio_budget_is_a_share_of_sentences_but_at_least_one(article) -> None:
    assert len(summarize(article, SummaryOptions(ratio=0.5)).sentences) == 3
    assert len(summarize(article, SummaryOptions(ratio=0.01)).sentences) == 1


def test_word_budget_keeps_the_summary_within_the_words(article) -> None:
    summary = summarize(article, SummaryOptions(method="lead", words=18))
    counts = {i: sum(1 for w in article.words if w.sentence == i) for i in range(len(article.sentences))}
    assert sum(counts[s.index] for s in summary.sentences) <= 18
    # Sentence 0 takes 11 words; 1 (8) and 2 (8) no longer fit, 3 (5) does, and then nothing else.
    assert [s.index for s in summary.sentences] == [0, 3]


def test_word_budget_smaller_than_any_sentence_still_gives_one(article) -> None:
    assert len(summarize(article, SummaryOptions(words=1)).sentences) == 1


def test_budget_larger_than_article_gives_every_sentence(article) -> None:
    summary = summarize(article, SummaryOptions(sentences=50))
    assert [s.index for s in summary.sentences] == list(range(len(article.sentences)))


def test_summaries_are_deterministic(article) -> None:
    for method in METHODS:
        options = SummaryOptions(method=method, sentences=2)
        assert summarize(article, options) == summarize(make_article(TITLE, PARAGRAPHS), options)


def test_empty_article_gives_an_empty_summary() -> None:
    empty = make_article(None, [])
    for method in METHODS:
        summary = summarize(empty, SummaryOptions(method=method))
        assert summary.sentences == () and summary.scores == () and summary.method == method


def test_unknown_method_is_a_usage_error(article) -> None:
    with pytest.raises(UsageError):
        summarize(article, SummaryOptions(method="abstractive"))


def test_default_drops_a_repeated_sentence() -> None:
    repeated = "Hà_Nội khởi_công cầu vượt sông Hồng dài 2 km."
    article = make_article(TITLE, [[repeated, repeated, *PARAGRAPHS[1]]])
    lead = summarize(article, SummaryOptions(method="lead", sentences=2))
    assert [s.index for s in lead.sentences] == [0, 1]
    chosen = [s.index for s in summarize(article, SummaryOptions(sentences=2)).sentences]
    assert not {0, 1} <= set(chosen)


def test_select_penalises_similarity_to_chosen_sentences() -> None:
    vectors = [{"cầu": 1.0}, {"cầu": 1.0}, {"vốn": 1.0}]
    assert select([0.9, 0.8, 0.5], vectors, [5, 5, 5], 2, None, redundancy=0.0) == [0, 1]
    assert select([0.9, 0.8, 0.5], vectors, [5, 5, 5], 2, None, redundancy=0.5) == [0, 2]


def test_select_breaks_ties_by_position() -> None:
    assert select([0.5, 0.5, 0.5], [{}, {}, {}], [1, 1, 1], 2, None, redundancy=0.5) == [0, 1]


_SYLLABLES = ["cầu", "sông", "Hồng", "vốn", "dân", "giao_thông", "Hà_Nội", "năm", "dự_án", "đường"]
_sentence = st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=8).map(lambda w: " ".join(w) + ".")


@settings(max_examples=60, deadline=None)
@given(
    paragraphs=st.lists(st.lists(_sentence, min_size=1, max_size=4), min_size=0, max_size=4),
    method=st.sampled_from(METHODS),
    budget=st.integers(min_value=0, max_value=6),
)
def test_summary_is_an_ordered_subset_of_the_sentences(paragraphs, method, budget) -> None:
    article = make_article("Cầu sông Hồng", paragraphs)
    summary = summarize(article, SummaryOptions(method=method, sentences=budget))
    indices = [s.index for s in summary.sentences]
    assert indices == sorted(set(indices))
    assert len(indices) == min(budget, len(article.sentences))
    assert all(article.sentences[s.index].text == s.text for s in summary.sentences)
    assert len(summary.scores) == len(article.sentences)
