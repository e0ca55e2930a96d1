"""Typo spotting: rare syllable pairs next to a very common one-edit variant, on hand-made articles."""

from __future__ import annotations

from dvcli.model import Typo
from dvcli.parse import parse_article
from dvcli.stats import find_typos


def _typos(body: str, title: str = "Thanh niên tình nguyện ở xã") -> tuple[Typo, ...]:
    return find_typos(parse_article(f"{title}\n\n{body}\n"))


def test_a_typo_written_correctly_elsewhere_is_flagged_with_offsets_into_the_text() -> None:
    text = (
        "Thanh niên tình nguyện ở xã\n\n"
        "Đoàn viên tích cực tham gia xâu dựng chính quyền. "
        "Họ cũng tham gia xây dựng nông thôn mới và xây dựng đường làng.\n"
    )
    article = parse_article(text)
    typos = find_typos(article)
    assert [(t.text, t.suggestion) for t in typos] == [("xâu dựng", "xây dựng")]
    typo = typos[0]
    assert article.text[typo.start : typo.end] == typo.text
    assert typo.start == text.index("xâu dựng")
    assert "2 more times in this article" in typo.reason
    assert typo.to_dict() == {
        "text": "xâu dựng",
        "start": typo.start,
        "end": typo.end,
        "suggestion": "xây dựng",
        "reason": typo.reason,
    }


def test_a_misspelt_rare_syllable_is_flagged_on_corpus_counts_alone() -> None:
    typos = _typos("Chị ấy thờng xuyên đi làm muộn vì nhà xa.")
    assert [(t.text, t.suggestion) for t in typos] == [("thờng xuyên", "thường xuyên")]


def test_correct_text_is_not_flagged() -> None:
    body = (
        "Năm 2016, công tác dân vận của hệ thống chính trị từ tỉnh đến cơ sở có nhiều chuyển biến tích cực. "
        "Các đoàn thể tham gia xây dựng Đảng, xây dựng chính quyền vững mạnh. "
        "Cầu thủ trẻ có pha đi bóng đẹp mắt trước khi ghi bàn ở phút 89. "
        "Hương vị trà Việt được nhiều du khách nước ngoài yêu thích."
    )
    assert _typos(body) == ()


def test_capitalised_names_are_never_flagged() -> None:
    assert _typos("Nhà văn Xâu Dựng tham gia xây dựng chính quyền ở Hách Hàng.") == ()


def test_pairs_are_never_formed_across_punctuation_or_digits() -> None:
    assert _typos("Đoàn viên tham gia xâu, dựng nhà và xây dựng đường làng.") == ()
    assert _typos("Tổ xâu 2 dựng lều, còn tổ kia tham gia xây dựng đường làng.") == ()


def test_foreign_words_are_never_flagged() -> None:
    assert _typos("Bài hát có câu: I would send you the stars and star songs every night.") == ()


def test_a_pair_the_article_writes_more_often_than_its_variant_is_a_choice_not_a_slip() -> None:
    body = (
        "Đoàn viên tham gia xâu dựng chính quyền. Họ lại tham gia xâu dựng nông thôn mới. "
        "Ai cũng muốn tham gia xây dựng."
    )
    assert _typos(body) == ()
