"""Tests of the sentence splitter, the syllable tokenizer and the word segmenter."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvcli.segment import crf as wordseg
from dvcli.segment import segment_words, split_sentences
from dvcli.segment.syllables import tokens as syllable_spans


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in segment_words(text)]


def syllables(text: str) -> list[str]:
    return [text[s:e] for s, e in syllable_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ông đến TP. Hồ Chí Minh hôm qua.",
        "TS. Nguyễn Văn An phát biểu.",
        "PGS.TS Lê Văn Bình và Th.S Trần Hà dự họp.",
        "GS. Ngô Bảo Châu và ThS. Lê Lan cùng BS. Mai đến.",
        "Cháy ở Q. 1, P. Bến Nghé và TT. Huế.",
        "Ông Bảo Th. đưa cho Nguyễn Tấn T. 970 triệu đồng.",
        "Giá tăng từ 1.000 lên 3,2 triệu, gấp 2.5 lần.",
        "Anh ấy đi... rồi về… muộn.",
    ],
)
def test_abbreviations_initials_numbers_and_inner_ellipses_stay_in_one_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_sentences_end_at_periods_questions_and_exclamations() -> None:
    text = "Hôm nay trời đẹp. Anh đi đâu? Đi thôi! Năm 2016 là năm tốt."
    assert sentences(text) == ["Hôm nay trời đẹp.", "Anh đi đâu?", "Đi thôi!", "Năm 2016 là năm tốt."]


def test_closing_quote_after_the_period_belongs_to_the_sentence() -> None:
    text = 'Anh nói: "Xin chào." Sau đó anh đi.'
    assert sentences(text) == ['Anh nói: "Xin chào."', "Sau đó anh đi."]


def test_period_after_closing_quote_ends_the_sentence() -> None:
    text = 'Học tập theo tư tưởng, phong cách Hồ Chí Minh". Tiếp tục củng cố.'
    assert sentences(text) == ['Học tập theo tư tưởng, phong cách Hồ Chí Minh".', "Tiếp tục củng cố."]


def test_opening_quote_starts_the_next_sentence() -> None:
    assert sentences('Anh nói. "Tôi đi" rồi ra.') == ["Anh nói.", '"Tôi đi" rồi ra.']


def test_question_inside_quote_before_lowercase_does_not_split() -> None:
    assert sentences('"Thật ư?" anh hỏi.') == ['"Thật ư?" anh hỏi.']


def test_ellipsis_ends_a_sentence_only_before_a_capital() -> None:
    assert sentences("Chờ mãi... Cuối cùng anh đến.") == ["Chờ mãi...", "Cuối cùng anh đến."]
    assert sentences("Chờ mãi… Cuối cùng anh đến.") == ["Chờ mãi…", "Cuối cùng anh đến."]
    assert sentences("Chờ mãi... 5 giờ mới đến.") == ["Chờ mãi... 5 giờ mới đến."]


def test_initial_closing_a_name_ends_the_sentence_before_a_capital() -> None:
    assert sentences("Bị cáo là Hồ Xuân H. Ông này khai.") == ["Bị cáo là Hồ Xuân H.", "Ông này khai."]
    assert sentences("Bài của H. Vân và H.Vân.") == ["Bài của H. Vân và H.Vân."]


def test_initial_before_a_common_word_ends_the_sentence() -> None:
    assert sentences("Theo anh C. Khi đó trời mưa.") == ["Theo anh C.", "Khi đó trời mưa."]


def test_ordinary_words_before_a_period_are_not_abbreviations() -> None:
    assert sentences("Bà Lan nói với bà. Chính bà ấy đi.") == ["Bà Lan nói với bà.", "Chính bà ấy đi."]


def test_numbered_list_items_keep_their_number() -> None:
    text = "Xe bán chạy gồm: 10. Honda CR-V. 9. Mazda 3 bán tốt. Năm 2016 có 5. Năm 2017 có 6."
    assert sentences(text) == [
        "Xe bán chạy gồm: 10. Honda CR-V.",
        "9. Mazda 3 bán tốt.",
        "Năm 2016 có 5.",
        "Năm 2017 có 6.",
    ]


def test_line_breaks_end_sentences_and_spans_exclude_white_space() -> None:
    text = "  Tiêu đề không có dấu chấm\nĐoạn một.   Câu hai.  \n\n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Tiêu đề không có dấu chấm", "Đoạn một.", "Câu hai."]


def test_sentence_range_is_respected() -> None:
    text = "Bỏ qua. Câu một. Câu hai. Bỏ nữa."
    start = text.index("Câu một")
    end = text.index(" Bỏ nữa")
    assert [text[s:e] for s, e in split_sentences(text, start, end)] == ["Câu một.", "Câu hai."]


def test_syllables_keep_numbers_dates_and_abbreviation_dots() -> None:
    text = "Ngày 29/11, TP. HCM có 1.000 người, tăng 6,5% (3,2 tỷ)."
    assert syllables(text) == ["Ngày", "29/11", "TP.", "HCM", "có", "1.000", "người", "tăng", "6,5%", "3,2", "tỷ"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("công tác dân vận", ["công tác", "dân vận"]),
        ("Ủy ban nhân dân tỉnh", ["Ủy ban nhân dân", "tỉnh"]),
        ("Uỷ ban nhân dân tỉnh", ["Uỷ ban nhân dân", "tỉnh"]),
        ("UỶ BAN NHÂN DÂN tỉnh", ["UỶ BAN NHÂN DÂN", "tỉnh"]),
    ],
)
def test_known_compounds_are_one_word_whatever_the_case_or_tone_placement(text: str, expected: list[str]) -> None:
    assert words(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "công tác dân vận",
        "Ủy ban nhân dân tỉnh Quảng Ninh họp sáng 29/11 với 1.000 đại biểu",
        "UBND TP. HCM và PGS.TS Lê Văn Bình",
        "xyzq qwrt Đồng chí Nguyễn Văn Hưởng chủ trì hội nghị giao ban tăng 6,5%",
        "ô tô",
    ],
)
def test_fast_emission_scores_equal_the_summed_weights_of_the_features(text: str) -> None:
    run = [text[s:e] for s, e in syllable_spans(text)]
    crf, vocab = wordseg.model(), wordseg.vocabulary()
    fast, grams = crf.scorer().emissions(run)
    # The reference: every attribute of features() looked up and summed, one token at a time.
    slow = [
        (sum(crf.weights.get(a, (0.0, 0.0))[0] for a in attrs), sum(crf.weights.get(a, (0.0, 0.0))[1] for a in attrs))
        for attrs in wordseg.features(run, vocab)
    ]
    assert [x for pair in fast for x in pair] == pytest.approx([x for pair in slow for x in pair], abs=1e-9)
    keys = [wordseg.fold(token) for token in run]
    expected = {
        (a, size): vocab[" ".join(keys[a : a + size])]
        for size in range(2, wordseg.MAX_WORD + 1)
        for a in range(len(run) - size + 1)
        if " ".join(keys[a : a + size]) in vocab
    }
    assert grams == expected


def test_words_exclude_punctuation_and_never_cross_it() -> None:
    text = "Năm 2016, công tác dân vận (của tỉnh) có nhiều chuyển biến."
    found = words(text)
    assert "công tác" in found and "dân vận" in found and "chuyển biến" in found
    assert all(not any(ch in w for ch in ",()") for w in found)
    assert "2016" in found


def test_word_spans_slice_the_text_and_keep_inner_spaces() -> None:
    text = "Đồng chí Nguyễn Văn Hưởng chủ trì hội nghị giao ban."
    spans = segment_words(text)
    assert all(text[s:e] == text[s:e].strip() for s, e in spans)
    assert "hội nghị" in [text[s:e] for s, e in spans]
    assert " ".join(text[s:e] for s, e in spans) == text.rstrip(".")


def _check_spans(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    previous = start
    for s, e in spans:
        assert previous <= s < e <= end
        assert not text[s].isspace() and not text[e - 1].isspace()
        previous = e


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢẠỦỶHT .,;:?!…\"'“”()-/%0123456789\n\t"))),
    st.integers(min_value=-5, max_value=80),
    st.integers(min_value=-5, max_value=80),
)
def test_spans_are_ordered_non_overlapping_within_bounds_and_never_crash(text: str, a: int, b: int) -> None:
    for function in (split_sentences, segment_words, syllable_spans):
        _check_spans(text, function(text), 0, len(text))
        start, end = max(0, min(a, len(text))), max(0, min(b, len(text)))
        if start <= end:
            _check_spans(text, function(text, start, end), start, end)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text_never_crashes(text: str) -> None:
    for function in (split_sentences, segment_words, syllable_spans):
        _check_spans(text, function(text), 0, len(text))
