"""Text hygiene: every finding reported with offsets into the article text, as a warning too, text unchanged."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import dvcli
from dvcli.stats.syllables import is_syllable, tone_style

REFERENCE = Path(__file__).resolve().parent.parent / "examples" / "dan-van-tien-yen.txt"

MIXED = (
    "Hội nghị Ban Thường vụ Tỉnh ủy\n\n"
    "Ngày 29/11, Ban Thường vụ Tỉnh uỷ họp bàn về\u200b công tác hòa giải. "
    "Đồng chí Ủy viên phát biểu.\n"
)


def test_both_tone_placements_and_a_zero_width_space_are_reported_with_offsets() -> None:
    analysis = dvcli.analyze(MIXED)
    text, hygiene = analysis.article.text, analysis.stats.hygiene
    forms = {(f.text, f.style): f.starts for f in hygiene.tone_placement}
    assert set(forms) == {("ủy", "first_vowel"), ("uỷ", "second_vowel"), ("hòa", "first_vowel")}
    assert forms[("uỷ", "second_vowel")] == (text.index("uỷ"),)
    assert forms[("ủy", "first_vowel")] == (text.index("ủy"), text.index("Ủy"))
    assert [(f.start, f.detail) for f in hygiene.invisible] == [(text.index("\u200b"), "U+200B ZERO WIDTH SPACE")]
    assert any("both ways" in w and "'uỷ' at" in w for w in analysis.warnings)
    assert any("U+200B" in w for w in analysis.warnings)
    assert "\u200b" in text  # reported, never removed


def test_one_tone_placement_throughout_is_not_a_finding() -> None:
    hygiene = dvcli.analyze("Tỉnh ủy và Ủy ban hòa giải.\n").stats.hygiene
    assert hygiene.tone_placement == ()


def test_tone_style_and_syllable_rules() -> None:
    assert tone_style("hòa") == "first_vowel" and tone_style("hoà") == "second_vowel"
    assert tone_style("khoẻ") == "second_vowel" and tone_style("thủy") == "first_vowel"
    assert tone_style("quý") is None and tone_style("hoàng") is None and tone_style("hoa") is None
    for word in ("xâu", "người", "nghiêng", "khuya", "quốc", "giữa", "gìn", "huỳnh", "oanh", "ừ", "mươi"):
        assert is_syllable(word), word
    for word in ("đươc", "viêt", "video", "ka", "ghá", "ngi", "tiêt", "ănh"):
        assert not is_syllable(word), word


def test_rare_non_syllables_are_reported_but_not_names_or_foreign_words() -> None:
    analysis = dvcli.analyze("Tin ngắn\n\nÔng Trump xem video, hát you và nói đươc một câu.\n")
    found = [(f.text, f.start) for f in analysis.stats.hygiene.non_syllables]
    assert found == [("đươc", analysis.article.text.index("đươc"))]
    assert any("'đươc' is not a Vietnamese syllable (a typo" in w for w in analysis.warnings)


def test_invisible_characters_of_every_kind() -> None:
    text = "Tin ngắn\n\nMột\u00adhai ba\u200e bốn\ufeff năm\u2066 sáu\u2069 bảy.\n"
    analysis = dvcli.analyze(text)
    found = [(f.text, f.start) for f in analysis.stats.hygiene.invisible]
    article = analysis.article.text
    assert [ch for ch, _ in found] == ["\u00ad", "\u200e", "\ufeff", "\u2066", "\u2069"]
    assert all(article[start] == ch for ch, start in found)


def test_decomposed_input_is_composed_by_load_and_a_stray_mark_is_reported() -> None:
    nfd = unicodedata.normalize("NFD", "Tin ngắn\n\nViệt Nam đẹp lắm.\n")
    assert dvcli.analyze(nfd).stats.hygiene.decomposed == ()
    analysis = dvcli.analyze("Tin ngắn\n\nMột dấu \u0301 lạc.\n")
    (mark,) = analysis.stats.hygiene.decomposed
    assert analysis.article.text[mark.start] == "\u0301" and "COMBINING ACUTE ACCENT" in mark.detail
    assert any("NFD" in w for w in analysis.warnings)


def test_space_before_punctuation_and_doubled_spaces() -> None:
    analysis = dvcli.analyze("Tin ngắn\n\nHọ đến  sớm , rồi về muộn .\n")
    text, hygiene = analysis.article.text, analysis.stats.hygiene
    assert [f.start for f in hygiene.doubled_spaces] == [text.index("  ")]
    assert [f.start for f in hygiene.space_before_punctuation] == [text.index(" ,"), text.index(" .")]
    assert any("space before punctuation at offsets" in w for w in analysis.warnings)


def test_reference_typo_has_its_surrounding_words() -> None:
    analysis = dvcli.analyze(REFERENCE)
    (typo,) = analysis.stats.hygiene.typos
    assert (typo.text, typo.suggestion) == ("xâu dựng", "xây dựng")
    assert analysis.article.text[typo.context.start : typo.context.end] == typo.context.text
    assert "tham gia xâu dựng Đảng" in typo.context.text
    assert [(t.text, t.start) for t in analysis.typos] == [(typo.text, typo.start)]
    assert analysis.warnings == (
        f"possible typo 'xâu dựng' (did you mean 'xây dựng'?) at offset {typo.start}: …{typo.context.text}…",
    )


def test_a_clean_article_has_no_findings_and_no_warnings() -> None:
    analysis = dvcli.analyze("Tin ngắn\n\nHọ đến sớm, rồi về muộn.\n")
    assert all(not part for part in analysis.stats.hygiene.to_dict().values())
    assert analysis.warnings == ()


def test_a_non_syllable_is_corrected_even_when_the_fix_is_no_dictionary_word() -> None:
    analysis = dvcli.analyze("Tin ngắn\n\nBộ ảnh cưới khiến nhiều nguời phải trầm trồ.\n")
    assert [(t.text, t.suggestion) for t in analysis.typos] == [("nhiều nguời", "nhiều người")]
    assert [f.text for f in analysis.stats.hygiene.non_syllables] == ["nguời"]


def test_either_spelling_of_a_final_i_or_y_makes_a_word() -> None:
    # "sỹ quan" is "sĩ quan" spelt with y: the syllable is explained by that word, not a slip for "một số".
    assert dvcli.analyze("Tin ngắn\n\nÔng là một sỹ quan quân đội.\n").typos == ()
