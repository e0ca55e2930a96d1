"""Organisation and place rules added for dev set 2 (sentences written for these tests)."""

from __future__ import annotations

from dvcli.entities import extract_entities
from dvcli.model import Article
from dvcli.parse.lines import split_lines
from dvcli.text.tokens import LineRole, build_token_table


def texts(text: str, kind: str) -> list[str]:
    """The texts of the entities of type ``kind`` found in ``text`` read as paragraphs."""
    lines = [(line.start, line.end, LineRole.PARAGRAPH) for line in split_lines(text)]
    tokens = build_token_table(text, lines, [], [])
    found = extract_entities(Article(text, None, None, None, None, None, (), (), (), (), tokens))
    for entity in found:
        assert text[entity.start : entity.end] == entity.text
    return [e.text for e in found if e.type == kind]


def test_a_list_of_fields_stays_inside_one_name() -> None:
    text = "Đại diện Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định dự họp."
    assert texts(text, "organization") == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định"]
    assert texts(text, "location") == []


def test_bodies_listed_with_commas_stay_apart() -> None:
    text = "Hội nghị có Sở Y tế, Công an tỉnh và Bộ Tài chính tham dự."
    assert texts(text, "organization") == ["Sở Y tế", "Công an tỉnh", "Bộ Tài chính"]


def test_a_lowercase_head_before_a_foreign_name_is_left_out() -> None:
    assert texts("Hợp đồng được ký với công ty Westfield Motors hôm qua.", "organization") == ["Westfield Motors"]
    assert texts("Phóng viên tạp chí Gazette đã hỏi lại.", "organization") == ["Gazette"]


def test_a_lowercase_head_before_a_vietnamese_name_is_kept() -> None:
    assert texts("Hợp đồng được ký với công ty Bình Minh hôm qua.", "organization") == ["công ty Bình Minh"]
    assert texts("Phóng viên báo NDVN đã hỏi lại.", "organization") == ["báo NDVN"]


def test_a_known_place_opening_with_its_landmark_word_in_lowercase() -> None:
    assert texts("Tàu cá neo đậu ở vịnh Bắc Bộ và đảo Cát Bà.", "location") == ["vịnh Bắc Bộ", "đảo Cát Bà"]


def test_husband_is_no_commune() -> None:
    assert texts("Ông xã Minh Tú rất chiều vợ.", "location") == []
    assert texts("Ông xã Minh Tú ở xã Tân Lập.", "location") == ["xã Tân Lập"]


def test_directions_in_a_road_name_are_not_a_place() -> None:
    assert texts("Xe chạy trên đại lộ Đông - Tây rồi rẽ vào đường Lê Duẩn.", "location") == ["đường Lê Duẩn"]


def test_a_stadium_abbreviation_leaves_its_word_out() -> None:
    assert texts("Trận chung kết diễn ra tại SVĐ Hàng Đẫy tối nay.", "location") == ["Hàng Đẫy"]


def test_places_listed_after_a_plural_type_word() -> None:
    text = "Giải đấu diễn ra ở các thành phố Osaka, Kobe và Sendai."
    assert texts(text, "location") == ["Osaka", "Kobe", "Sendai"]
    assert texts("Ông đi thăm các thành phố Lớn nhất.", "location") == []


def test_a_hospital_or_army_unit_named_by_number() -> None:
    text = "Bệnh nhân được chuyển tới Bệnh viện 108, còn Quân khu 7 cử người hỗ trợ."
    assert texts(text, "organization") == ["Bệnh viện 108", "Quân khu 7"]
    assert texts("Bệnh viện 3 ngày qua quá tải.", "organization") == []


def test_a_head_named_before_and_then_a_verb_is_a_back_reference() -> None:
    text = "Bộ Tài chính yêu cầu Sở Tài chính Nam Định rà soát. Bộ cũng đề nghị Sở báo cáo và Sở quản lý các quỹ."
    assert texts(text, "organization") == ["Bộ Tài chính", "Sở Tài chính Nam Định", "Bộ", "Sở", "Sở"]


def test_capitals_after_a_credited_name_and_a_slash_are_the_outlet() -> None:
    text = "Ngư dân kéo lưới. Ảnh: Thu Hằng/VNA\nĐoàn xe đi qua (Ảnh: Quang Vinh/TTXVN)."
    assert texts(text, "organization") == ["VNA", "TTXVN"]
    assert texts("Tốc độ tối đa 120 km/h trên đường.", "organization") == []


def test_a_maker_glued_to_a_model_by_a_hyphen_is_no_organisation() -> None:
    assert texts("Mẫu Mercedes-AMG GT mới ra mắt.", "organization") == []
    assert texts("Mẫu xe mới được Mercedes công bố.", "organization") == ["Mercedes"]


def test_countries_that_play_in_a_sport_report_are_teams() -> None:
    text = (
        "Trong trận chung kết, Nhật Bản đánh bại Hàn Quốc. Cầu thủ người Hàn Quốc vẫn ghi bàn thắng đẹp.\n"
        "Ở vòng bảng, Iran và Qatar sẽ gặp nhau tại Qatar."
    )
    assert texts(text, "organization") == ["Nhật Bản", "Hàn Quốc", "Iran", "Qatar"]
    assert texts(text, "location") == ["Hàn Quốc", "Qatar"]


def test_countries_stay_places_outside_sport() -> None:
    text = "Năm nay Nhật Bản đánh bại Hàn Quốc về xuất khẩu ô tô sang Mỹ."
    assert texts(text, "organization") == []
    assert texts(text, "location") == ["Nhật Bản", "Hàn Quốc", "Mỹ"]


def test_a_national_team_named_with_a_capital_keeps_its_word() -> None:
    text = "HLV trưởng Đội tuyển Thái Lan cho biết trận đấu ở vòng bảng rất khó, cầu thủ phải thắng."
    assert texts(text, "organization") == ["Đội tuyển Thái Lan"]


def test_the_other_side_of_a_score_is_a_team() -> None:
    text = "Kết quả vòng 5:\nChelsea 2-0 Norwich\nBrentford 1-1 Fulham\nHôm qua, Arsenal 3-1 Hellas Verona: giao hữu"
    assert texts(text, "organization") == ["Chelsea", "Norwich", "Brentford", "Fulham", "Arsenal", "Hellas Verona"]


def test_a_score_beside_no_team_names_nobody() -> None:
    assert texts("Dự đoán: tỷ số 1-1 Minh Tuấn cho biết vậy.", "organization") == []


def test_ho_chi_minh_city_with_its_type_word_is_one_place() -> None:
    text = "Bé được chuyển về Bệnh viện Chợ Rẫy, rồi về nhà ở Thành phố Hồ Chí Minh."
    assert texts(text, "location") == ["Thành phố Hồ Chí Minh"]
    assert texts(text, "person") == []


def test_a_lowercase_field_ends_at_the_bracketed_abbreviation() -> None:
    text = "Ông là Thứ trưởng Bộ Tài nguyên và môi trường (TN-MT) từ năm ngoái."
    assert texts(text, "organization") == ["Bộ Tài nguyên và môi trường", "TN-MT"]
    assert texts("Các tay súng Nhà nước Hồi giáo tự xưng (IS) rút lui.", "organization") == ["Nhà nước Hồi giáo", "IS"]


def test_trade_words_after_hang_stay_out_with_the_classifier() -> None:
    assert texts("Theo hãng thời trang Zelmora, đơn hàng tăng.", "organization") == ["Zelmora"]
    assert texts("Ông ấy phê phán hãng sản xuất TV lớn nhất Mỹ.", "organization") == []


def test_a_unit_named_with_its_type_word_is_a_place_when_named_again_alone() -> None:
    text = "Đêm qua, Khe Sanh Thượng mất điện. Người dân xã Khe Sanh Thượng đã sơ tán.\nKhe Sanh Thượng có 300 hộ."
    assert texts(text, "location") == ["Khe Sanh Thượng", "xã Khe Sanh Thượng", "Khe Sanh Thượng"]
    assert texts("Bà Tân Lập ở xã Tân Lập.\nÔng Tân Lập cho biết.", "location") == ["xã Tân Lập"]


def test_a_city_abbreviation_that_ends_a_sentence_names_nothing_after_it() -> None:
    assert texts("Số liệu được báo cáo lên TP. Theo lãnh đạo TP Hà Nội, việc này ổn.", "location") == ["TP Hà Nội"]
