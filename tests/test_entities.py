"""Tests for dvcli.entities: people, organisations, places, dates, quotes, numbers and ordinals."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from dvcli.entities import extract_entities
from dvcli.entities.numbers import number_value, roman_value
from dvcli.model import Article, Byline, Credit, Dateline, Entity, Span
from dvcli.parse.lines import split_lines
from dvcli.text.tokens import LineRole, build_token_table

EXAMPLE = Path(__file__).parent.parent / "examples" / "dan-van-tien-yen.txt"
PUBLISHED = datetime(2016, 11, 30, 11, 6)


def article(text: str, published: datetime | None = PUBLISHED, byline: Byline | None = None) -> Article:
    """Every line of ``text`` a paragraph (the byline's lines excepted), as the entity stage reads them."""
    dateline = Dateline(Span("", 0, 0), published, None) if published else None
    lines = []
    for line in split_lines(text):
        in_byline = byline is not None and byline.start <= line.start < byline.end
        lines.append((line.start, line.end, LineRole.BYLINE if in_byline else LineRole.PARAGRAPH))
    tokens = build_token_table(text, lines, [], [])
    return Article(text, None, dateline, byline, None, None, (), (), (), (), tokens)


def entities(text: str, kind: str | None = None, **kwargs: object) -> list[Entity]:
    found = extract_entities(article(text, **kwargs))  # type: ignore[arg-type]
    for entity in found:
        assert text[entity.start : entity.end] == entity.text
    return [e for e in found if kind is None or e.type == kind]


def texts(text: str, kind: str) -> list[str]:
    return [e.text for e in entities(text, kind)]


# People ------------------------------------------------------------------------------------------------------
def test_person_with_title_and_appositive_roles() -> None:
    [person] = entities(
        "Đồng chí Nguyễn Văn Hưởng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy chủ trì hội nghị.", "person"
    )
    assert person.text == "Nguyễn Văn Hưởng"
    assert person.get("title") == "Đồng chí"
    assert person.get("roles") == ("Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy")


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("Thủ tướng Nguyễn Xuân Phúc phát biểu.", "Nguyễn Xuân Phúc", "Thủ tướng"),
        ("Theo PGS.TS Trần Văn Nam, việc này", "Trần Văn Nam", "PGS.TS"),
        ("HLV Park Hang-seo cho biết", "Park Hang-seo", "HLV"),
        ("Bộ trưởng Bộ Công an Tô Lâm chỉ đạo", "Tô Lâm", "Bộ trưởng Bộ Công an"),
        ("Tổng thống Mỹ Donald Trump nói", "Donald Trump", "Tổng thống Mỹ"),
        ("Thượng tá Lê Văn Minh cho hay", "Lê Văn Minh", "Thượng tá"),
    ],
)
def test_titles_before_names(text: str, name: str, title: str) -> None:
    [person] = entities(text, "person")
    assert (person.text, person.get("title")) == (name, title)


def test_abbreviated_names_keep_their_full_stop() -> None:
    assert texts("Bị can Hồ Xuân H. đã khai, còn ông Bảo Th. thì không.", "person") == ["Hồ Xuân H.", "Bảo Th."]


def test_later_mentions_link_to_the_first_full_mention() -> None:
    text = "Ông Nguyễn Văn Hưởng phát biểu. Theo ông Hưởng, năm tới sẽ tốt hơn."
    first, later = entities(text, "person")
    assert (later.text, later.get("title")) == ("Hưởng", "ông")
    assert (later.get("refers_to"), later.get("name")) == (first.start, "Nguyễn Văn Hưởng")


def test_family_name_alone_marks_a_person_and_places_are_not_people() -> None:
    text = "Anh Lê Văn Tám sống ở Hà Nội, gần Hồ Chí Minh."
    assert texts(text, "person") == ["Lê Văn Tám", "Hồ Chí Minh"]
    assert texts(text, "location") == ["Hà Nội"]


def test_byline_author_is_a_person_and_source_an_organisation() -> None:
    text = "Tin vắn.\n\nQuang Hưng (Đài Tiên Yên)"
    byline = Byline(
        Span("Quang Hưng (Đài Tiên Yên)", 10, 35),
        Credit("Quang Hưng", Span("Quang Hưng", 10, 20)),
        Credit("Đài Tiên Yên", Span("Đài Tiên Yên", 22, 34)),
    )
    found = entities(text, byline=byline)
    assert [(e.type, e.text, e.get("role")) for e in found] == [
        ("person", "Quang Hưng", "author"),
        ("organization", "Đài Tiên Yên", None),
    ]


def test_lunar_years_and_words_after_titles_are_not_people() -> None:
    assert texts("Tết Đinh Dậu, bà Trưởng phòng Giáo dục đến.", "person") == []


# Organisations -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "Ban Dân vận Tỉnh ủy",
        "Ủy ban nhân dân tỉnh Quảng Ninh",
        "UBND tỉnh Quảng Ninh",
        "Bộ Công an",
        "Công ty CP Vinamilk",
        "Ngân hàng Nhà nước",
        "Trường Đại học Bách khoa Hà Nội",
        "Bệnh viện Bạch Mai",
        "TAND TP. Đà Nẵng",
        "Sở Giáo dục và Đào tạo Hà Nội",
        "Công an huyện Tiên Lãng",
    ],
)
def test_organisation_names_with_their_heads(name: str) -> None:
    assert texts(f"Hôm đó, {name} cho biết sẽ kiểm tra.", "organization") == [name]


def test_no_nested_place_inside_an_organisation() -> None:
    assert texts("Công an thị trấn Tân Minh bắt giữ hai người.", "location") == []


def test_abbreviation_defined_in_the_text_gets_its_expansion() -> None:
    found = entities("Ngân hàng Nhà nước (NHNN) cho biết. Sau đó NHNN tăng lãi suất.", "organization")
    assert [e.text for e in found] == ["Ngân hàng Nhà nước", "NHNN", "NHNN"]
    assert [e.get("expansion") for e in found[1:]] == ["Ngân hàng Nhà nước"] * 2


def test_known_abbreviations_and_foreign_bodies() -> None:
    found = entities("MTTQ và các đoàn thể làm việc với WHO và Liên Hợp Quốc.", "organization")
    assert [(e.text, e.get("expansion")) for e in found] == [
        ("MTTQ", "Mặt trận Tổ quốc"),
        ("WHO", "Tổ chức Y tế Thế giới"),
        ("Liên Hợp Quốc", None),
    ]


def test_party_alone_and_lowercase_generic_mentions() -> None:
    text = "Các cấp ủy, chính quyền tham gia xây dựng Đảng; ban tổ chức và công an xã họp."
    assert texts(text, "organization") == ["Đảng"]


def test_two_bodies_joined_by_va_stay_two() -> None:
    assert texts("Bộ Công an và Bộ Quốc phòng phối hợp.", "organization") == ["Bộ Công an", "Bộ Quốc phòng"]


# Places ------------------------------------------------------------------------------------------------------
def test_administrative_unit_with_its_type() -> None:
    [place] = entities("Ngày 29/11, tại huyện Tiên Yên, hội nghị diễn ra.", "location")
    assert (place.text, place.get("kind"), place.get("name")) == ("huyện Tiên Yên", "huyện", "Tiên Yên")


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("ở thành phố Hải Phòng", "thành phố Hải Phòng", "thành phố"),
        ("tại TP.HCM hôm qua", "TP.HCM", "city"),
        ("về quận 1 chơi", "quận 1", "quận"),
        ("tại xã Tiên Minh, nơi", "xã Tiên Minh", "xã"),
        ("quan hệ với Trung Quốc tốt", "Trung Quốc", "country"),
        ("tranh chấp ở Biển Đông", "Biển Đông", "place"),
    ],
)
def test_places(text: str, place: str, kind: str) -> None:
    [found] = entities(text, "location")
    assert (found.text, found.get("kind")) == (place, kind)


def test_type_words_inside_common_words_are_not_places() -> None:
    assert texts("Mạng xã hội đưa tin về phiên bản Design Edition của xe.", "location") == []


def test_ambiguous_country_names_need_context() -> None:
    assert texts("Chị Nga và anh Đức đi sang Nga.", "location") == ["Nga"]


# Dates, times, numbers, ordinals -----------------------------------------------------------------------------
def test_dates_are_resolved_with_the_publication_year() -> None:
    [date] = entities("Ngày 29/11, tại huyện Tiên Yên", "date")
    assert (date.text, date.get("value"), date.get("inferred")) == ("Ngày 29/11", "2016-11-29", True)


def test_percentages_and_money_are_numbers_not_dates() -> None:
    found = entities("Tăng trưởng 6,5%, doanh thu 3,2 tỷ đồng, phạt 12 năm tù, 1.000 người.")
    assert [e.type for e in found] == ["number"] * 4
    assert [(e.get("value"), e.get("unit")) for e in found] == [
        (6.5, "%"),
        (3_200_000_000, "đồng"),
        (12, "năm tù"),
        (1000, "người"),
    ]


def test_number_formats() -> None:
    assert (
        number_value("1.000") == 1000
        and number_value("6,5") == Decimal("6.5")
        and number_value("3.9") == Decimal("3.9")
    )
    [number] = entities("giá 970 triệu đồng", "number")
    assert (number.get("value"), number.get("unit")) == (970_000_000, "đồng")


def test_time_and_date_entities() -> None:
    found = entities("Lúc 9h30, đến 8 giờ 30 ngày 4/12/2016 thì xong.")
    assert [(e.type, e.text) for e in found] == [("time", "9h30"), ("date", "8 giờ 30 ngày 4/12/2016")]
    assert found[1].get("time") == "08:30"


def test_roman_ordinals() -> None:
    [ordinal] = entities("Đại hội Đảng toàn quốc lần thứ XII thành công.", "ordinal")
    assert (ordinal.text, ordinal.get("value")) == ("XII", 12)
    assert roman_value("IV") == 4 and roman_value("IIII") is None


# Quotes ------------------------------------------------------------------------------------------------------
def test_quoted_slogans_without_their_marks() -> None:
    found = entities('Phong trào "Dân vận khéo" và “Học tập và làm theo” được đẩy mạnh.', "slogan")
    assert [(e.text, e.get("marks")) for e in found] == [("Dân vận khéo", '""'), ("Học tập và làm theo", "“”")]


def test_a_quoted_name_is_a_title_and_a_quoted_statement_a_quote() -> None:
    assert texts("Bộ phim 'Lục Vân Tiên' ra mắt hôm qua.", "title") == ["Lục Vân Tiên"]
    assert not entities("Bộ phim 'Lục Vân Tiên' ra mắt hôm qua.", "quote")
    # Said by someone (a speech verb before it), though short and without a speaker's name.
    assert texts('Trung Quốc nói Mỹ nên "dừng đưa ra phát biểu sai" ở khu vực.', "quote") == [
        "dừng đưa ra phát biểu sai"
    ]
    # A sentence in quotation marks is speech even without a verb.
    assert texts("Cô viết trên trang cá nhân. “Tôi sẽ trở lại.”", "quote") == ["Tôi sẽ trở lại."]


def test_speaker_named_after_the_quote() -> None:
    [quote] = entities("“Doanh số tăng mạnh nhờ mùa lễ hội”, ông Ken Cassar nhìn nhận.", "quote")
    assert (quote.text, quote.get("speaker")) == ("Doanh số tăng mạnh nhờ mùa lễ hội", "Ken Cassar")


def test_speech_after_a_verb_is_linked_to_the_speaker() -> None:
    text = "Ông Nguyễn Văn An cho biết: Chúng tôi sẽ làm tốt hơn."
    [quote] = entities(text, "quote")
    assert (quote.text, quote.get("speaker")) == ("Chúng tôi sẽ làm tốt hơn.", "Nguyễn Văn An")
    text = "“Phải làm ngay”, ông Trần Văn Bình khẳng định."
    [quote] = entities(text, "quote")
    assert (quote.text, quote.get("speaker")) == ("Phải làm ngay", "Trần Văn Bình")


def test_person_inside_a_quoted_campaign_name() -> None:
    text = 'thi đua "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".'
    assert texts(text, "person") == ["Hồ Chí Minh"]


# The whole pipeline on the reference article ------------------------------------------------------------------
def test_reference_article_facts() -> None:
    from dvcli.load import load
    from dvcli.parse import parse_article

    parsed = parse_article(load(EXAMPLE).text)
    found = extract_entities(parsed)
    text = parsed.text
    assert all(text[e.start : e.end] == e.text for e in found)
    assert [(e.start, e.end) for e in found] == sorted((e.start, e.end) for e in found)
    by_type: dict[str, list[Entity]] = {}
    for e in found:
        by_type.setdefault(e.type, []).append(e)
    [huong] = [e for e in by_type["person"] if e.text == "Nguyễn Văn Hưởng"]
    assert huong.get("title") == "Đồng chí"
    assert huong.get("roles") == ("Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy")
    people = {e.text: e for e in by_type["person"]}
    assert "Hồ Chí Minh" in people and people["Quang Hưng"].get("role") == "author"
    orgs = [e.text for e in by_type["organization"]]
    assert orgs.count("Ban Dân vận Tỉnh ủy") == 3 and "Đài Tiên Yên" in orgs and "Đảng" in orgs
    [mttq] = [e for e in by_type["organization"] if e.text == "MTTQ"]
    assert mttq.get("expansion") == "Mặt trận Tổ quốc"
    [place] = [e for e in by_type["location"] if e.text == "huyện Tiên Yên"]
    assert (place.get("kind"), place.get("name")) == ("huyện", "Tiên Yên")
    dates = {e.text: e for e in by_type["date"]}
    assert (dates["Ngày 29/11"].get("value"), dates["Ngày 29/11"].get("inferred")) == ("2016-11-29", True)
    assert dates["Năm 2016"].get("value") == "2016" and dates["năm 2017"].get("value") == "2017"
    quotes = [e.text for e in by_type["slogan"]]
    assert [q.lower() for q in quotes].count("dân vận khéo") == 2
    assert "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" in quotes
    assert [(e.text, e.get("value")) for e in by_type["ordinal"]] == [("XII", 12)]


def test_regions_in_either_case_and_units_glued_to_names() -> None:
    assert texts("Xuất khẩu sang châu Âu và Đông Nam Á tăng.", "location") == ["châu Âu", "Đông Nam Á"]
    assert texts("ở H.Đức Huệ (Long An) và Q.Cầu Giấy", "location") == ["H.Đức Huệ", "Long An", "Q.Cầu Giấy"]
    assert texts("bà Nguyễn Thị H.M. cho biết", "person") == ["Nguyễn Thị H.M."]


# Rules added for the gold-set conventions (benchmarks/data/README.md) -------------------------------------------
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Học sinh trường tiểu học Nam Trung Yên về nhà.", "trường tiểu học Nam Trung Yên"),
        ("Theo công an phường Nhật Tân, vụ việc xảy ra.", "công an phường Nhật Tân"),
        ("Ứng viên của đảng Dân chủ thua.", "đảng Dân chủ"),
        (
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Ninh cho biết.",
            "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Ninh",
        ),
        ("Bệnh viện Nhi đồng 1 đã tiếp nhận.", "Bệnh viện Nhi đồng 1"),
        ("Sở y tế đã kiểm tra.", "Sở y tế"),
        ("Ông làm ở tập đoàn Dầu mỏ Quốc gia của Iraq.", "tập đoàn Dầu mỏ Quốc gia"),
    ],
)
def test_lowercase_heads_and_lowercase_words_inside_names(text: str, name: str) -> None:
    assert name in texts(text, "organization")


def test_names_stop_at_verbs_people_and_generic_heads() -> None:
    assert texts("Bộ Công an đánh giá Hà Nội cao.", "organization") == ["Bộ Công an"]
    assert texts("Bộ trưởng bộ Y Tế Nguyễn Thị Kim Tiến nói.", "organization") == ["bộ Y Tế"]
    assert texts("Đội cứu hộ đến. Khi quân đội Mỹ rút.", "organization") == []
    assert texts("Hãng xe Nhật Bản thắng lớn.", "organization") == []


def test_teams_sources_credits_and_back_references() -> None:
    assert texts("Đội U23 Việt Nam thắng U.23 Malaysia.", "organization") == ["U23 Việt Nam", "U.23 Malaysia"]
    found = texts(
        "Bộ GD&ĐT vừa ra thông báo. Thông báo của Bộ nêu rõ. Bộ trưởng nói.\n(Theo Reuters)\n"
        "Tổng thống Putin. Ảnh: Ria Novosti.\nÔng A. Ảnh: Hồng Quân",
        "organization",
    )
    assert found == ["Bộ GD&ĐT", "Bộ", "Reuters", "Ria Novosti"]


def test_places_listed_after_a_plural_unit_and_after_facility_words() -> None:
    assert texts("các phường lân cận như Bạch Mai, Trương Định.", "location") == ["Bạch Mai", "Trương Định"]
    assert texts("Xe dừng ở nhà chờ Hoàng Đạo Thúy và Bến xe Kim Mã.", "location") == [
        "Hoàng Đạo Thúy",
        "Bến xe Kim Mã",
    ]
    assert texts("Gió hướng đông bắc, tại Champions League.", "location") == []


def test_compact_date_ranges_are_one_entity_with_their_end() -> None:
    [date] = entities("Hội nghị diễn ra ngày 18-19/2 tại Hà Nội.", "date")
    assert (date.text, dict(date.attributes)["until"]) == ("ngày 18-19/2", "2017-02-19")


def test_long_paragraph_of_many_rules_stays_linear() -> None:
    # An earlier version used 13 GB on one article; repeating every new pattern must stay proportionate.
    unit = (
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Quảng Ninh và các phường như Bạch Mai, "
        "ngày 18-19/2 và 1960-1975, Ảnh: Reuters. Theo Bộ Y tế trường mầm non Sen Vàng và phòng Giáo dục và "
    )
    found = entities("Tiêu đề\n\n" + unit * 300 + "\n")
    assert 300 <= len([e for e in found if e.type == "organization"]) <= 1500


# Context rules beyond the word lists (issue 11) ---------------------------------------------------------------
def test_a_street_named_after_a_person_is_a_place_and_the_official_stays_a_person() -> None:
    text = "Ông Nguyễn Văn Hùng, Chủ tịch UBND quận, kiểm tra tuyến đường Lê Lợi và phố Trần Hưng Đạo."
    assert texts(text, "person") == ["Nguyễn Văn Hùng"]
    assert texts(text, "location") == ["đường Lê Lợi", "phố Trần Hưng Đạo"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tai nạn xảy ra tại ngã tư Nguyễn Trãi - Khuất Duy Tiến lúc 8h.", "ngã tư Nguyễn Trãi - Khuất Duy Tiến"),
        ("Xe đi qua vòng xoay Lăng Cha Cả rồi rẽ phải.", "vòng xoay Lăng Cha Cả"),
        ("Người dân tập trung ở quảng trường Ba Đình.", "quảng trường Ba Đình"),
        ("Cầu Long Biên đông xe từ sáng sớm.", "Cầu Long Biên"),
        ("Xe tải lật trên QL1A đoạn qua huyện Diễn Châu.", "QL1A"),
        ("Du khách xếp hàng vào bảo tàng Louvre.", "Louvre"),
        ("Trận đấu diễn ra trên sân vận động Thống Nhất.", "Thống Nhất"),
        ("Lễ cầu an diễn ra ở chùa Phúc Khánh và đền Kiếp Bạc.", "chùa Phúc Khánh"),
        ("Du khách leo 1.500 bậc để lên lâu đài Poenari.", "Poenari"),
    ],
)
def test_landmark_words_before_a_name_make_a_place(text: str, place: str) -> None:
    assert place in texts(text, "location")
    assert not texts(text, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Trên sân nhà, Messi ghi bàn ở phút 90.", "Messi"),
        ("Trong cuốn sách này, Darwin từng viết về điều đó.", "Darwin"),
        ("Theo lời kể, Minh Anh (28 tuổi) đã rời nhà từ sáng.", "Minh Anh"),
        ("Lịch trình của phóng viên O'Reilly kín cả tuần.", "O'Reilly"),
        ("Giá vàng tăng mạnh. (Ảnh: Bảo Hân)", "Bảo Hân"),
    ],
)
def test_a_capitalised_unknown_name_with_a_persons_context_is_a_person(text: str, person: str) -> None:
    assert texts(text, "person") == [person]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Ông rất vui khi gặp lại con gái Layla Karimi ở sân bay.", ["Layla Karimi"]),
        ("Mẹ Grace là một phụ nữ gốc Đức.", ["Grace"]),
        ("Họ tới thăm thầy trò Henderson trước trận đấu.", ["Henderson"]),
        ("Trong phòng khám, Tobias Lindqvist, một sinh viên Thụy Điển, đã chờ từ sáng.", ["Tobias Lindqvist"]),
        ("Sau buổi họp, Quentin Marlow, giám đốc điều hành của quỹ, rời đi.", ["Quentin Marlow"]),
        ("Theo lời Oskar Pelham, biên tập viên của tờ báo, xe bán chạy.", ["Oskar Pelham"]),
        ("Tư lệnh hạm đội, Đô đốc Rowan Hale, đã tới thăm cảng.", ["Rowan Hale"]),
        ("Rafael Oduya là một nhà nghiên cứu về khí hậu.", ["Rafael Oduya"]),
        ("Năm 2001, Wilfred Okonjo (quốc tịch Anh) mở công ty.", ["Wilfred Okonjo"]),
        ("Hàng công: Pedro Alvarez (12 bàn) + Tomas Berg (7 bàn).", ["Pedro Alvarez", "Tomas Berg"]),
        # "Bảo Anh" is also a phrase ("tell you"); being someone's girlfriend makes it a name.
        ("Mới đây, Bảo Anh – bạn gái của ca sĩ, đã chia sẻ ảnh.", ["Bảo Anh"]),
    ],
)
def test_kin_before_or_a_description_after_makes_an_unknown_name_a_person(text: str, people: list[str]) -> None:
    assert texts(text, "person") == people


@pytest.mark.parametrize(
    "text",
    [
        # A bare "người" (who) after one word may be about someone else; a dash heads a section about a company.
        "Dự luật cho phép khởi động quá trình Brexit, người đứng đầu chính phủ vẫn im lặng.",
        "Veltrax – chuyên gia hàng đầu về camera.",
        # A capitalised role after a comma names another person, not the word before it.
        "Theo Zentrix, Giám đốc Hugo Brandt đã ký hợp đồng.",
    ],
)
def test_descriptions_that_do_not_describe_the_name_before_them(text: str) -> None:
    assert not {"Brexit", "Veltrax", "Zentrix"} & set(texts(text, "person"))


def test_a_name_listed_among_places_is_a_place() -> None:
    text = "Đoàn sẽ đi qua Romania, Belarus, Zembla, Uruguay và Cape Verde trong tháng tới."
    assert {"Zembla", "Cape Verde"} <= set(texts(text, "location"))
    # One place before a name is no list: "Hà Nội và Zembla" could pair a city with anything.
    assert "Zembla" not in texts("Hà Nội và Zembla đều có mặt.", "location")
    # After a list of places, a name that goes on with the sentence is its subject.
    assert texts("Sinh ra ở Kerch, Ukraine, Pavel Zorin là một kỹ sư.", "person") == ["Pavel Zorin"]


@pytest.mark.parametrize(
    ("text", "organizations"),
    [
        # A stock code after "mã" or "cổ phiếu" is the listed company, and so is the same code later on.
        ("Cổ phiếu VXB và mã QRT đều giảm. Sau đó QRT hồi phục.", ["VXB", "QRT", "QRT"]),
        ("Ông Hải ký với Cty cổ phần Hưng Long.", ["Cty cổ phần Hưng Long"]),
        ("Kết quả của CTCP Hưng Long tăng mạnh.", ["CTCP Hưng Long"]),
        # The name's own last word says what it is; a bank's name ends in "bank".
        ("Lợi nhuận của Zentra Group tăng mạnh.", ["Zentra Group"]),
        ("Tỷ giá tại Eximbank giữ nguyên.", ["Eximbank"]),
        ("Phía Vietcombank khẳng định không sai.", ["Vietcombank"]),
        ("Theo Yonhap News, cuộc họp bị hoãn.", ["Yonhap News"]),
        # A short name after the full one, in brackets or after a dash, names the body later on too.
        (
            "Công ty Xổ số Điện toán Việt Nam – Zentlott vừa báo lãi. Năm nay Zentlott mở thêm đại lý.",
            ["Công ty Xổ số Điện toán Việt Nam", "Zentlott", "Zentlott"],
        ),
        ("Hãng Fiat (Italy) và Bệnh viện Sainte Justine (Canada) cũng có mặt.", ["Fiat", "Bệnh viện Sainte Justine"]),
        # A club is what a player joins or wears the shirt of.
        ("Tiền vệ này gia nhập Zaragoza rồi thi đấu trong màu áo Real Oviedo.", ["Zaragoza", "Real Oviedo"]),
        ("Họ gặp nhà ĐKVĐ Brentwick ở vòng sau.", ["Brentwick"]),
    ],
)
def test_stock_codes_company_abbreviations_and_suffixes_make_organisations(text: str, organizations: list[str]) -> None:
    assert texts(text, "organization") == organizations


def test_an_english_title_ending_in_a_company_word_is_no_organisation() -> None:
    assert texts('Bộ phim "In Good Times and in Bad" ra mắt.', "organization") == []
    # "Quốc gia" after "màu áo" is the national side, written as a common word: no club's name.
    assert texts("Anh nỗ lực cả trong màu áo Quốc gia lẫn ở câu lạc bộ.", "organization") == []


def test_a_name_after_a_house_or_alley_number_is_a_street() -> None:
    text = "Ông thuê 6 phòng tại số 4 Trần Hưng Đạo (Hoàn Kiếm, Hà Nội), gần ngõ 12 Quán Thánh."
    assert texts(text, "person") == []
    assert {"Trần Hưng Đạo", "Quán Thánh"} <= set(texts(text, "location"))
    assert "Thi" not in texts("Mục số 3 Thi công phải xong trước tháng 5.", "location")


def test_three_names_with_van_or_thi_second_are_a_full_name_whatever_the_family_name() -> None:
    assert texts("Sau nhiều năm, Giàng Văn Pó trồng ngô trên nương.", "person") == ["Giàng Văn Pó"]


@pytest.mark.parametrize(
    "text", ["Thị trưởng Los Angeles Eric Garcetti cho biết.", "Thị trưởng thành phố Los Angeles Eric Garcetti nói."]
)
def test_a_city_between_a_title_and_a_name_is_the_place_and_the_rest_the_person(text: str) -> None:
    assert texts(text, "person") == ["Eric Garcetti"]
    assert texts(text, "location")[0].endswith("Los Angeles")


def test_a_delegate_to_the_national_assembly_is_a_title() -> None:
    [person] = entities("ĐBQH Lê Thị Hoa phát biểu tại hội trường.", "person")
    assert (person.text, person.get("title")) == ("Lê Thị Hoa", "ĐBQH")


def test_names_listed_beside_a_person_and_a_name_proved_later() -> None:
    text = "Hàng công chỉ còn Messi và Suarez, Neymar bị treo giò.\nMessi vẫn là niềm hy vọng."
    assert texts(text, "person") == ["Messi", "Suarez", "Neymar", "Messi"]


def test_one_syllable_capitalised_words_opening_a_sentence_are_not_people() -> None:
    assert texts("Tuy vậy, nhiều người vẫn lo. Hùng vĩ là cảnh núi non nơi đây. Lan can bị gãy.", "person") == []


def test_a_person_name_inside_an_award_or_a_school_is_not_a_person() -> None:
    text = "Giải thưởng Nguyễn Văn Linh được trao tại Trường Nguyễn Du."
    assert texts(text, "person") == []
    assert texts(text, "organization") == ["Trường Nguyễn Du"]


def test_date_ranges_with_the_month_in_words_and_month_dot_year() -> None:
    [span] = entities("Hội nghị diễn ra ngày 14 – 15 tháng 3 năm 2018.", "date")
    assert (span.text, span.get("value"), span.get("until")) == (
        "ngày 14 – 15 tháng 3 năm 2018",
        "2018-03-14",
        "2018-03-15",
    )
    [month] = entities("Dự án khởi công tháng 5.2018.", "date")
    assert (month.text, month.get("value")) == ("tháng 5.2018", "2018-05")


def test_a_name_the_training_articles_prove_a_person_needs_no_title() -> None:
    # "Hương Tràm" is also a common word (a scent); the learned table (tools/build_names.py) knows the singer.
    assert "Hương Tràm" in texts("Hương Tràm mặc khoe lưng gợi cảm khi đi du lịch đầu năm.", "person")


def test_the_learned_name_table_holds_no_single_vietnamese_syllable() -> None:
    from dvcli import resources
    from dvcli.entities.evidence import foreign

    names = resources.person_names()
    assert len(names) > 1000
    assert all(" " in name or foreign(name) for name in names)


def test_a_title_word_inside_a_common_word_opens_no_name() -> None:
    # "Cao nguyên Golan": "nguyên" (former) as a title would make the plateau a person.
    assert texts("Máy bay rơi xuống Cao nguyên Golan sáng nay.", "person") == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Shelia Fedrick (ảnh) được mọi người ca ngợi.", "Shelia Fedrick"),  # the person a photo shows
        ("Nhiều người khen cu Tỏi đáng yêu.", "Tỏi"),  # "cu": a boy's honorific
        ("Ngoài Cu Tỏi, anh còn có một con trai riêng.", "Tỏi"),  # the sentence's first word is no part of it
    ],
)
def test_people_named_without_a_title(text: str, person: str) -> None:
    assert texts(text, "person") == [person]


def test_a_function_word_starting_the_sentence_is_not_part_of_a_name() -> None:
    assert texts("Theo Hồ Ngọc Hà, mọi việc đều ổn.", "person") == ["Hồ Ngọc Hà"]


def test_outlets_and_companies_after_their_classifier() -> None:
    text = "Facebook làm việc với hãng thông tấn AFP, kênh truyền hình BFM, báo L'Express và tờ Le Monde."
    assert {"AFP", "BFM", "L'Express", "Le Monde"} <= set(texts(text, "organization"))
    # A company whose name starts with a place ("Alaska Airlines") is still the company.
    assert texts("Nữ tiếp viên của hãng hàng không Alaska Airlines cho biết.", "organization") == ["Alaska Airlines"]
    assert texts("Trong đó có báo Tuổi Trẻ và tờ Le Monde.", "organization") == ["báo Tuổi Trẻ", "Le Monde"]


def test_the_ends_of_a_route_are_places() -> None:
    text = "Hai tuyến đường sắt đô thị Cát Linh - Hà Đông và xe buýt nhanh Yên Nghĩa - Kim Mã đều chậm."
    assert texts(text, "location") == ["Cát Linh", "Hà Đông", "Yên Nghĩa", "Kim Mã"]
    assert texts(text, "person") == []
    assert texts("Tuyến đường sắt Bắc - Nam đã cũ.", "location") == []


def test_regions_facilities_and_a_compass_word_before_a_place() -> None:
    assert texts("Phía Tây Bắc Bộ đêm không mưa.", "location") == ["Tây Bắc Bộ"]
    assert texts("Gió mạnh ở khu vực Bắc Biển Đông.", "location") == ["Biển Đông"]
    assert texts("Con đường đi qua thủy điện Huội Quảng.", "location") == ["Huội Quảng"]


def test_a_place_the_training_articles_prove_needs_no_type_word() -> None:
    # Without the learned table "Jeju" and "Nội Bài" have no type word ("đảo", "sân bay") and no preposition.
    found = texts("Jeju đón 15 triệu du khách, gấp đôi Nội Bài.", "location")
    assert found == ["Jeju", "Nội Bài"]


def test_a_learned_place_matches_only_as_capitalised() -> None:
    from dvcli import resources

    # "Miền Đông" is a learned place; in "Cụm miền Đông" it is part of a name.
    assert "Miền Đông" in resources.learned_places()
    assert "miền Đông" not in texts("Hội nghị giao ban công tác Dân vận Cụm miền Đông năm 2016.", "location")


def test_the_learned_place_table_holds_names_only() -> None:
    from dvcli import resources
    from dvcli.entities.evidence import foreign
    from dvcli.entities.gazetteer import gazetteer

    places = resources.learned_places()
    assert len(places) > 1000
    assert all(word[:1].isupper() for name in places for word in name.split())
    assert all(" " in name or foreign(name) for name in places)  # no single Vietnamese syllable
    assert not set(places) & set(gazetteer()) and not set(places) & resources.person_names()


def test_phrases_added_as_written_keep_their_capitals_but_fold_the_tone_placement() -> None:
    from dvcli.entities.phrases import Line, PhraseTable
    from dvcli.parse import parse_article

    table = PhraseTable(())
    table.add("Hoằng Hoá", "place", as_written=True)
    for text, found in (("Về Hoằng Hóa.", True), ("Về hoằng hoá.", False), ("Về Hoằng hoá.", False)):
        article = parse_article(text)
        line = Line.of(article.text, article.tokens, article.tokens.lines[0])
        assert (table.match(line, 1) is not None) is found, text
    table.discard("Hoằng Hoá")
    assert not table.first_keys


def test_a_title_makes_a_learned_street_name_the_person_it_is_named_after() -> None:
    text = "Tổng Bí thư Trường Chinh về thăm. Đoàn đi theo đường Trường Chinh."
    assert texts(text, "person") == ["Trường Chinh"]
    assert texts(text, "location") == ["đường Trường Chinh"]
