"""ROUGE metrics of the benchmark harness, checked against hand-computed cases."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

# The metrics measure the product and live beside the benchmarks, not in the dvcli package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from rouge_metrics import lcs_length, rouge_all, rouge_l, rouge_n, tokenize  # noqa: E402


def test_tokenize_lowercases_vietnamese_syllables_and_drops_punctuation() -> None:
    assert tokenize("Ngày 29/11, tại Đà Nẵng: “Dân vận khéo”!") == [
        "ngày", "29", "11", "tại", "đà", "nẵng", "dân", "vận", "khéo",
    ]  # fmt: skip


def test_tokenize_normalises_decomposed_text() -> None:
    assert tokenize(unicodedata.normalize("NFD", "Nẵng")) == ["nẵng"]


def test_english_example() -> None:
    cand, ref = tokenize("the cat sat on the mat"), tokenize("the cat is on the mat")
    assert rouge_n(cand, ref, 1).f1 == pytest.approx(5 / 6)
    two = rouge_n(cand, ref, 2)
    assert (two.precision, two.recall, two.f1) == pytest.approx((3 / 5, 3 / 5, 3 / 5))
    assert lcs_length(cand, ref) == 5
    assert rouge_l(cand, ref).f1 == pytest.approx(5 / 6)


def test_vietnamese_example_with_reordering() -> None:
    scores = rouge_all("Hà Nội mưa to", "Mưa to ở Hà Nội")
    # 4 of 4 candidate syllables and 4 of 5 reference syllables match.
    assert (scores["rouge1"].precision, scores["rouge1"].recall) == pytest.approx((1.0, 0.8))
    assert scores["rouge1"].f1 == pytest.approx(2 * 0.8 / 1.8)
    # Bigrams "hà nội" and "mưa to" match: 2 of 3, 2 of 4.
    assert scores["rouge2"].f1 == pytest.approx(4 / 7)
    # The longest common subsequence is two syllables long ("mưa to" or "hà nội").
    assert (scores["rougeL"].precision, scores["rougeL"].recall) == pytest.approx((0.5, 0.4))
    assert scores["rougeL"].f1 == pytest.approx(4 / 9)


def test_counts_are_clipped() -> None:
    score = rouge_n(["a", "a", "a"], ["a"], 1)
    assert (score.precision, score.recall, score.f1) == pytest.approx((1 / 3, 1.0, 0.5))


def test_lcs_is_a_subsequence_not_a_substring() -> None:
    assert lcs_length(list("abcbdab"), list("bdcaba")) == 4


def test_empty_inputs_score_zero() -> None:
    assert rouge_all("", "một câu").keys() == {"rouge1", "rouge2", "rougeL"}
    assert all(s.f1 == 0.0 for s in rouge_all("", "một câu").values())
    assert rouge_n(["một"], ["một"], 2).f1 == 0.0
