"""Parsing: title, dateline, noise, paragraphs, lead, sapo, byline shapes, sentences, words, offsets."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dvcli.load import load
from dvcli.model import Article, Byline
from dvcli.options import ParseOptions
from dvcli.parse import parse_article

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

BODY = (
    "Sáng 15/3, thành phố khai trương tuyến xe buýt điện đầu tiên. Tuyến dài hơn 30 km.\n"
    "Giá vé là 9.000 đồng một lượt. Học sinh được giảm nửa giá.\n"
    "Thành phố đặt mục tiêu có thêm nhiều tuyến xe buýt sạch trong năm tới.\n"
)


def credits(byline: Byline | None) -> tuple[str | None, str | None]:
    """The byline's author and source names; each credit's span, where it has one, slices its text."""
    assert byline is not None
    for credit in (byline.author, byline.source):
        if credit is not None and credit.span is not None:
            assert credit.span.text.lower() == credit.name.lower()
    return (byline.author.name if byline.author else None, byline.source.name if byline.source else None)


def spans(article: Article) -> list:
    found = [article.title, article.dateline, article.byline, article.lead, article.sapo]
    found += [*article.paragraphs, *article.sentences, *article.words, *article.noise_lines]
    return [span for span in found if span is not None]


def assert_offsets(article: Article) -> None:
    for span in spans(article):
        assert article.text[span.start : span.end] == span.text, span
        assert span.text == span.text.strip(), span


# --- the reference article -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def reference() -> Article:
    return parse_article(load(EXAMPLES / "dan-van-tien-yen.txt").text)


def test_reference_metadata(reference: Article) -> None:
    assert reference.title is not None
    assert reference.title.text == "Giao ban công tác Dân vận Cụm miền Đông năm 2016"
    assert reference.published is not None
    assert reference.published.isoformat() == "2016-11-30T11:06:00+07:00"
    assert reference.dateline is not None and reference.dateline.weekday == "Thứ Tư"
    assert reference.warnings == ()
    assert reference.byline is not None
    assert credits(reference.byline) == ("Quang Hưng", "Đài Tiên Yên")
    assert reference.sapo is None


def test_reference_structure(reference: Article) -> None:
    assert len(reference.paragraphs) == 5
    assert reference.lead == reference.paragraphs[0]
    assert reference.lead.text.startswith("Ngày 29/11, tại huyện Tiên Yên")
    assert len(reference.noise_lines) == 10
    assert {n.kind for n in reference.noise_lines} == {"punctuation"}
    assert [sum(s.paragraph == p.index for s in reference.sentences) for p in reference.paragraphs] == [2, 3, 3, 2, 3]
    assert [s.index for s in reference.sentences] == list(range(13))
    assert all("Quang Hưng" not in p.text for p in reference.paragraphs)
    assert_offsets(reference)


def test_reference_words(reference: Article) -> None:
    title_words = [w for w in reference.words if w.sentence is None]
    assert title_words and all(w.end <= reference.title.end for w in title_words)
    assert {w.sentence for w in reference.words} - {None} == set(range(13))


# --- the examples ----------------------------------------------------------------------------------


def test_example_baomoi_layout_with_two_line_byline_and_sapo() -> None:
    article = parse_article(load(EXAMPLES / "xe-buyt-dien-ha-noi.txt").text)
    assert article.byline is not None
    assert credits(article.byline) == ("Kim Thanh", "T/h")
    assert article.sapo is not None and article.sapo.text.startswith("Hà Nội vừa đưa vào khai thác")
    assert len(article.paragraphs) == 6
    assert article.dateline is None
    assert_offsets(article)


def test_example_naive_dateline_theo_byline_and_photo_credits() -> None:
    article = parse_article(load(EXAMPLES / "mua-vai-thieu-bac-giang.txt").text)
    assert article.published is not None and article.published.tzinfo is None
    assert article.published.isoformat() == "2017-06-12T11:06:00"
    assert article.byline is not None and credits(article.byline) == (None, "VnExpress")
    assert [n.kind for n in article.noise_lines] == ["punctuation", "photo_credit", "photo_credit"]
    assert len(article.paragraphs) == 5
    assert_offsets(article)


def test_example_crlf_quotes_abbreviations_and_no_byline() -> None:
    article = parse_article(load(EXAMPLES / "hoi-thao-khong-khi-tphcm.txt").text)
    assert article.published is not None and article.published.isoformat() == "2016-12-05T08:15:00+07:00"
    assert article.dateline is not None and article.dateline.weekday == "Thứ hai"
    assert article.byline is None
    assert len(article.paragraphs) == 5
    assert article.paragraphs[-1].text.startswith("Kết thúc hội thảo")
    assert_offsets(article)


# --- layouts ---------------------------------------------------------------------------------------


def test_baomoi_layout_sapo_after_three_blank_lines() -> None:
    sapo = "Thành phố vừa khai trương tuyến xe buýt điện đầu tiên với giá vé 9.000 đồng một lượt."
    text = f"Khai trương tuyến xe buýt điện\n\n{BODY}Kim Thanh\n(T/h)\n\n\n\n{sapo}\n"
    article = parse_article(text)
    assert article.sapo is not None and article.sapo.text == sapo
    assert len(article.paragraphs) == 3
    assert all(sapo not in s.text for s in article.sentences)
    assert article.byline is not None and article.byline.text == "Kim Thanh\n(T/h)"
    assert_offsets(article)


def test_a_last_paragraph_after_one_blank_line_is_not_a_sapo() -> None:
    text = "Tiêu đề\n\nĐoạn thứ nhất nói về một việc.\n\nĐoạn cuối cùng là một câu văn khá dài và bình thường."
    article = parse_article(text)
    assert article.sapo is None and len(article.paragraphs) == 2


def test_blank_line_layout_with_trailing_spaces_tabs_and_no_final_newline() -> None:
    text = "  Tiêu đề bài báo  \n\n\tĐoạn một có hai câu. Đây là câu hai.  \n\nĐoạn hai.\t"
    article = parse_article(text)
    assert article.title is not None and article.title.text == "Tiêu đề bài báo"
    assert [p.text for p in article.paragraphs] == ["Đoạn một có hai câu. Đây là câu hai.", "Đoạn hai."]
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]
    assert_offsets(article)


def test_crlf_and_cr_passed_straight_to_the_parser() -> None:
    for newline in ("\r\n", "\r"):
        article = parse_article(f"Tiêu đề{newline}{newline}Đoạn một.{newline}Đoạn hai.{newline}")
        assert [p.text for p in article.paragraphs] == ["Đoạn một.", "Đoạn hai."]
        assert_offsets(article)


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", " \t\r\n ", ".\n.\n"])
def test_empty_or_blank_text_gives_an_empty_article(text: str) -> None:
    article = parse_article(text)
    assert article.title is None and article.lead is None and article.byline is None
    assert article.paragraphs == () and article.sentences == () and article.words == ()


def test_title_only() -> None:
    article = parse_article("Chỉ có tiêu đề")
    assert article.title is not None and article.title.text == "Chỉ có tiêu đề"
    assert article.paragraphs == () and article.lead is None
    assert {w.sentence for w in article.words} == {None}


def test_title_that_reads_like_a_media_label_stays_the_title() -> None:
    article = parse_article("Clip: Sư tử bị ngựa vằn đá trọng thương\n\nĐoạn một.")
    assert article.title is not None and article.title.text.startswith("Clip:")
    assert article.noise_lines == ()


# --- dateline ---------------------------------------------------------------------------------------


def test_dateline_above_the_title() -> None:
    article = parse_article("Thứ Tư, 30/11/2016, 11:06 [GMT+7]\nTiêu đề\n\nĐoạn một.")
    assert article.title is not None and article.title.text == "Tiêu đề"
    assert article.published is not None and article.published.utcoffset() == timedelta(hours=7)


def test_dateline_tz_option_and_weekday_warning() -> None:
    text = "Tiêu đề\nThứ Hai, 30/11/2016 - 11:06\n\nĐoạn một."
    article = parse_article(text, ParseOptions(tz=ZoneInfo("Asia/Ho_Chi_Minh")))
    assert article.published is not None and article.published.isoformat() == "2016-11-30T11:06:00+07:00"
    assert len(article.warnings) == 1 and "Thứ Hai" in article.warnings[0]
    assert parse_article(text).published.tzinfo is None  # type: ignore[union-attr]


def test_a_body_sentence_with_a_date_is_not_a_dateline() -> None:
    article = parse_article("Tiêu đề\n\nNgày 30/11/2016, hội nghị tổng kết đã diễn ra tại Hà Nội.")
    assert article.dateline is None and len(article.paragraphs) == 1


def test_a_date_line_deep_in_the_body_is_a_paragraph() -> None:
    text = "Tiêu đề\n\nĐoạn một.\n\nĐoạn hai.\n\nĐoạn ba.\n\n30/11/2016\n\nĐoạn năm."
    article = parse_article(text)
    assert article.dateline is None and "30/11/2016" in [p.text for p in article.paragraphs]


# --- noise ------------------------------------------------------------------------------------------


def test_noise_lines_are_counted_and_left_out() -> None:
    noise = {
        ".": "punctuation",
        "..": "punctuation",
        "*": "punctuation",
        "~*~": "punctuation",
        "-": "punctuation",
        "Ảnh: Quang Hưng": "photo_credit",
        "(Ảnh: Getty Images)": "photo_credit",
        "Ảnh minh họa": "photo_credit",
        "Ảnh minh họa.": "photo_credit",
        "(Ảnh minh họa: Reuters)": "photo_credit",
        "Bà con xếp hàng mua vàng từ sáng sớm. Ảnh: Dân Việt.": "photo_credit",
        "Lãnh đạo thành phố thăm khu nhà ở xã hội - Ảnh: TNO": "photo_credit",
        "Video: Toàn cảnh hội nghị": "media_label",
        "Clip: Sư tử bị ngựa vằn đá trọng thương": "media_label",
        "Clip tên lửa khai hỏa": "media_label",
    }
    text = "Tiêu đề\n\nĐoạn một.\n" + "\n".join(noise) + "\nĐoạn hai.\n"
    article = parse_article(text)
    assert [(n.text, n.kind) for n in article.noise_lines] == list(noise.items())
    assert [p.text for p in article.paragraphs] == ["Đoạn một.", "Đoạn hai."]
    assert_offsets(article)


def test_a_paragraph_starting_with_anh_is_prose() -> None:
    text = "Tiêu đề\n\nẢnh thử nghiệm xe còn tiết lộ khung xe được chỉnh lại, cánh tay đòn dài hơn.\nĐoạn hai."
    assert len(parse_article(text).paragraphs) == 2


# --- bylines ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ending", "author", "source"),
    [
        ("Quang Hưng (Đài Tiên Yên)", "Quang Hưng", "Đài Tiên Yên"),
        ("Theo VnExpress", None, "VnExpress"),
        ("Kim Thanh\n(T/h)", "Kim Thanh", "T/h"),
        ("Kim Thanh\n\n(T/h)", "Kim Thanh", "T/h"),
        ("Thu Hiền/VOV - Trung tâm Tin", "Thu Hiền", "VOV"),
        ("Minh Trang/VOV-Tây Nguyên", "Minh Trang", "VOV"),
        ("CTV Hải Yến", "Hải Yến", None),
        ("PV Lê Nam", "Lê Nam", None),
        ("(Theo AFP/BBC)", None, "AFP/BBC"),
        ("Tổng hợp từ ESPN", None, "ESPN"),
        ("Gia An (Tổng hợp theo báo Dân Việt, Tiền Phong)", "Gia An", "Dân Việt, Tiền Phong"),
        ("Lê Vũ, Hà An", "Lê Vũ, Hà An", None),
        ("Hà An\nBáo Giao thông", "Hà An", "Báo Giao thông"),
        ("Trường Giang/VOV.VN\nTổng hợp", "Trường Giang", "VOV.VN"),
        ("ThS.BS Nguyễn Lan\nBệnh viện Bạch Mai", "Nguyễn Lan", None),
        ("ThS.BS Nguyễn Lan (Bệnh viện Bạch Mai)", "Nguyễn Lan", None),
        ("(Hội Đông y Việt Nam)\nLương y Vũ Quốc Trung", "Vũ Quốc Trung", None),
        ("Bài:\nTuấn Anh\nẢnh:\nInstagram, Zimbio", "Tuấn Anh", None),
        ("Nguyễn Minh\n(theo Reuters)", "Nguyễn Minh", "Reuters"),
        ("Lê Kiên (Theo CNBC)", "Lê Kiên", "CNBC"),
        ("Theo Hữu Doãn (Thể Thao 247)", "Hữu Doãn", "Thể Thao 247"),
        ("Công Danh (tổng hợp)", "Công Danh", "Tổng hợp"),
        ("H.Vân", "H.Vân", None),
        ("(Tổng hợp)", None, "Tổng hợp"),
        ("Nguồn: VITIC/Reuters", None, "VITIC/Reuters"),
        ("PV", "PV", None),
        ("Nhóm PV", "Nhóm PV", None),
        ("PV.", "PV", None),
        ("Đông Phương - Thi Hà", "Đông Phương - Thi Hà", None),
        ("NGỌC GIANG", "NGỌC GIANG", None),
        ("Minh Tuệ (T/h)\nTheo Đời sống Plus", "Minh Tuệ", "Đời sống Plus"),
        ("Theo\nTrí thức trẻ\nHải Yến -", "Hải Yến", "Trí thức trẻ"),
        ("Lương y Vũ Quốc Trung", "Vũ Quốc Trung", None),
        ("VnExpress", None, "VnExpress"),
        ("TTXVN", None, "TTXVN"),
        ("TTXVN/Tin Tức", None, "TTXVN/Tin Tức"),
        ("Khánh Hồng\n(theo\nChinadaily", "Khánh Hồng", "Chinadaily"),
        ("Đức Dũng (lược dịch)", "Đức Dũng", "Lược dịch"),
        ("Bài và ảnh: Quang Hưng", "Quang Hưng", None),
    ],
)
def test_byline_shapes(ending: str, author: str | None, source: str | None) -> None:
    article = parse_article(f"Tiêu đề\n\n{BODY}{ending}\n")
    assert article.byline is not None, ending
    assert credits(article.byline) == (author, source)
    assert article.byline.text == ending
    assert len(article.paragraphs) == 3
    assert_offsets(article)


@pytest.mark.parametrize(
    "ending",
    [
        "Vụ việc đang được Công an huyện Tiên Lãng tiếp tục điều tra.",
        "Hà Nội rất đẹp.",
        "Chúc bạn thành công!",
        "Theo ông Nguyễn Văn A, dự án sẽ hoàn thành vào năm sau.",
        "Cô có cuộc sống khá sang chảnh",
        "máy bay thế hệ mới",
        "(Còn nữa)",
        "(Kỳ sau: Những con số biết nói)",
        "(Minh Khai, Hai Bà Trưng, Hà Nội).",
        "14. Muốn sờ vào thịt gà thì cứ phải bước qua xác tôi trước đã.",
    ],
)
def test_no_byline(ending: str) -> None:
    article = parse_article(f"Tiêu đề\n\n{BODY}{ending}\n")
    assert article.byline is None
    assert article.paragraphs[-1].text == ending


def test_a_one_paragraph_article_has_no_byline() -> None:
    article = parse_article("Tiêu đề\n\nQuang Hưng")
    assert article.byline is None and [p.text for p in article.paragraphs] == ["Quang Hưng"]


def test_byline_followed_by_noise_lines() -> None:
    article = parse_article(f"Tiêu đề\n\n{BODY}\nQuang Hưng (Đài Tiên Yên)\n\n.\n.\n")
    assert article.byline is not None and article.byline.author.name == "Quang Hưng"
    assert len(article.noise_lines) == 2


# --- sentences, words, never crash ------------------------------------------------------------------


def test_sentence_and_word_indices() -> None:
    article = parse_article(f"Tiêu đề bài\n\n{BODY}")
    assert [s.index for s in article.sentences] == list(range(len(article.sentences)))
    assert [s.paragraph for s in article.sentences] == [0, 0, 1, 1, 2]
    assert article.title is not None
    assert [w.sentence is None for w in article.words] == [w.end <= article.title.end for w in article.words]
    assert {w.sentence for w in article.words} - {None} == {s.index for s in article.sentences}
    starts = [w.start for w in article.words]
    assert starts == sorted(starts)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aĐê .,:()/-*\n\r\t0123456789ThứTưGMT+Ảnh")), max_size=200))
def test_never_crashes_and_offsets_slice(text: str) -> None:
    assert_offsets(parse_article(text))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_never_crashes_on_any_text(text: str) -> None:
    assert_offsets(parse_article(text))
