"""Keywords and keyphrases, on small hand-built articles."""

from __future__ import annotations

from handmade import make_article

from dvcli.stats.keywords import extract_keywords
from dvcli.text.fold import fold
from dvcli.text.terms import stop_words

TITLE = "Giao_ban công_tác dân_vận năm 2016"
PARAGRAPHS = [
    [
        "Ngày 29/11, Ban dân_vận tổ_chức hội_nghị giao_ban công_tác dân_vận.",
        "Công_tác dân_vận của hệ_thống chính_trị có nhiều chuyển_biến tích_cực.",
    ],
    [
        "Các phong_trào thi_đua được quan_tâm, đẩy_mạnh.",
        "Năm 2017, công_tác dân_vận tiếp_tục đổi_mới; phong_trào thi_đua được đẩy_mạnh.",
    ],
]


def _article():
    return make_article(TITLE, PARAGRAPHS)


def _word_runs(article):
    """Every stretch of text that starts at a word's start and ends at a later word's end, one sentence."""
    runs = set()
    words = article.words
    for i, first in enumerate(words):
        for last in words[i : i + 6]:
            if last.sentence == first.sentence:
                runs.add(article.text[first.start : last.end])
    return runs


def test_top_keyword_is_the_topic() -> None:
    keywords = extract_keywords(_article())
    top = {k.text.lower(): k for k in keywords[:3]}
    assert top.keys() & {"dân vận", "công tác dân vận"}
    assert max(k.count for k in top.values()) >= 3


def test_recurring_phrase_of_whole_words_is_a_keyphrase() -> None:
    texts = [k.text.lower() for k in extract_keywords(_article())]
    assert "công tác dân vận" in texts or "phong trào thi đua" in texts


def test_keywords_are_multi_syllable_and_never_stop_words() -> None:
    stops = stop_words()
    for keyword in extract_keywords(_article(), limit=20):
        key = fold(keyword.text)
        assert len(key.split()) >= 2
        assert key not in stops
        assert not any(ch.isdigit() for ch in key)


def test_keywords_never_cross_a_word_or_sentence_boundary() -> None:
    article = _article()
    runs = _word_runs(article)
    for keyword in extract_keywords(article, limit=20):
        assert keyword.text in runs


def test_syllables_of_neighbouring_words_do_not_form_a_keyword() -> None:
    # "toàn thực" spans the end of "an toàn" and the start of "thực phẩm": never a keyword.
    sentence = "Vệ_sinh an_toàn thực_phẩm được kiểm_tra."
    article = make_article("An_toàn thực_phẩm", [[sentence, sentence, sentence]])
    texts = {fold(k.text) for k in extract_keywords(article, limit=20)}
    assert "toàn thực" not in texts
    assert texts & {"an toàn thực phẩm", "thực phẩm", "an toàn"}


def test_punctuation_ends_a_phrase() -> None:
    article = make_article(None, [["Thủ_đô Hà_Nội, Sài_Gòn rộn_ràng.", "Thủ_đô Hà_Nội, Sài_Gòn rộn_ràng."]])
    texts = {fold(k.text) for k in extract_keywords(article, limit=20)}
    assert not any("hà nội sài gòn" in t for t in texts)


def test_surface_form_is_the_most_frequent_one() -> None:
    article = make_article(None, [["Dân_Vận tốt.", "dân_vận tốt.", "dân_vận khéo."]])
    keyword = next(k for k in extract_keywords(article) if fold(k.text) == "dân vận")
    assert keyword.text == "dân vận"
    assert keyword.count == 3


def test_limit_and_empty_article() -> None:
    assert len(extract_keywords(_article(), limit=2)) == 2
    assert extract_keywords(_article(), limit=0) == ()
    assert extract_keywords(make_article(None, [])) == ()


def test_scores_are_descending_and_deterministic() -> None:
    keywords = extract_keywords(_article())
    assert [k.score for k in keywords] == sorted((k.score for k in keywords), reverse=True)
    assert keywords == extract_keywords(_article())


def test_keywords_do_not_repeat_each_other() -> None:
    sentence = "Củng_cố khối đại_đoàn_kết toàn dân_tộc vững_mạnh."
    article = make_article(None, [[sentence, sentence, "Khối đại_đoàn_kết toàn dân_tộc."]])
    keys = [fold(k.text) for k in extract_keywords(article, limit=20)]
    for a in keys:
        for b in keys:
            if a != b:
                assert f" {a} " not in f" {b} "
    # Two runs that overlap at their ends ("khối đại đoàn kết toàn", "đại đoàn kết toàn dân tộc") are one topic.
    assert sum("đại đoàn kết" in k for k in keys) == 1
