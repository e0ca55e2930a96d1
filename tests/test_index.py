"""Tests for the entity index: mentions merged into distinct people, organisations and places."""

from __future__ import annotations

import io
from typing import Any

import dvcli
from dvcli.entities import build_index
from dvcli.model import Entity, EntityIndex, IndexEntry, Span
from tests.conftest import REFERENCE


def index_of(text: str) -> dict[str, Any]:
    analysis = dvcli.analyze(text)
    assert analysis.index is not None
    record = analysis.index.to_dict()
    for entries in record.values():
        for entry in entries:
            assert all(text[s["start"] : s["end"]] == s["text"] for s in entry["spans"])
            assert entry["mentions"] == len(entry["spans"])
    return record


def by_name(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {e["name"]: e for e in entries}


def test_reference_article_index() -> None:
    analysis = dvcli.analyze(REFERENCE)
    record = analysis.to_dict()
    text = record["article"]["text"]
    index = record["index"]
    for entries in index.values():
        for entry in entries:
            assert all(text[s["start"] : s["end"]] == s["text"] for s in entry["spans"])
    organizations = by_name(index["organizations"])
    assert organizations["Ban Dân vận Tỉnh ủy"]["mentions"] == 3
    assert organizations["MTTQ"]["expansion"] == "Mặt trận Tổ quốc"
    huong = by_name(index["people"])["Nguyễn Văn Hưởng"]
    assert huong["roles"] == ["Ủy viên Ban Thường vụ", "Trưởng Ban Dân vận Tỉnh ủy"]
    assert huong["titles"] == ["Đồng chí"]
    assert by_name(index["places"])["Tiên Yên"]["kind"] == "huyện"
    # "Ban Dân vận các cấp" is every such body, not a fourth mention of this one.
    assert all(e["name"] != "Ban Dân vận" for e in index["organizations"])


def test_full_name_and_later_short_name_are_one_person() -> None:
    people = index_of(
        "Ông Nguyễn Văn An, Giám đốc Sở Y tế, cho biết sẽ kiểm tra. Theo ông An, việc này cần làm ngay.\n\n"
        "Bà Trần Thị Bình cũng đồng ý. Ông An và bà Bình ký biên bản."
    )["people"]
    assert [(p["name"], p["mentions"]) for p in people] == [("Nguyễn Văn An", 3), ("Trần Thị Bình", 2)]
    # One title however it is capitalised, in the form it takes mid-sentence.
    assert people[0]["roles"] == ["Giám đốc Sở Y tế"] and people[0]["titles"] == ["ông"]


def test_a_short_name_written_before_the_full_one_is_the_same_person() -> None:
    people = index_of("Tiêu đề\n\nÔng Trump phát biểu hôm qua. Sau đó, Tổng thống Donald Trump rời đi.")["people"]
    assert [(p["name"], p["mentions"]) for p in people] == [("Donald Trump", 2)]
    # A surname two full names end in stays an entry of its own.
    people = index_of("Tiêu đề\n\nÔng Trump phát biểu. Tổng thống Donald Trump và con gái Ivanka Trump rời đi.")[
        "people"
    ]
    assert [(p["name"], p["mentions"]) for p in people] == [("Trump", 1), ("Donald Trump", 1), ("Ivanka Trump", 1)]


def test_abbreviation_and_expansion_are_one_body() -> None:
    organizations = index_of(
        "Ngân hàng Nhà nước (NHNN) vừa công bố lãi suất. Theo NHNN, lãi suất sẽ ổn định. NHNN cũng cho biết thêm."
    )["organizations"]
    assert [(o["name"], o["mentions"]) for o in organizations] == [("Ngân hàng Nhà nước", 4)]


def test_a_stock_code_or_short_name_after_a_company_is_that_company() -> None:
    text = (
        "Tiêu đề\n\nCTCP Hưng Long (mã HLG-HOSE) báo lãi. Cổ phiếu HLG tăng trần.\n"
        "Công ty Xổ số Miền Tây – Zentlott cũng có lãi. Zentlott mở thêm đại lý."
    )
    organizations = by_name(index_of(text)["organizations"])
    assert organizations["CTCP Hưng Long"]["mentions"] == 3
    assert organizations["Công ty Xổ số Miền Tây"]["mentions"] == 3


def test_a_short_name_merges_with_the_one_longer_name_it_begins() -> None:
    organizations = by_name(
        index_of("Tỉnh ủy Quảng Ninh họp phiên thường kỳ. Tỉnh ủy yêu cầu các ngành vào cuộc.")["organizations"]
    )
    assert organizations["Tỉnh ủy Quảng Ninh"]["mentions"] == 2 and "Tỉnh ủy" not in organizations


def test_a_short_name_that_begins_two_bodies_stays_apart() -> None:
    names = [
        o["name"]
        for o in index_of(
            "Công an huyện Tiên Lãng và Công an huyện Vĩnh Bảo phối hợp điều tra. Công an đã bắt giữ hai đối tượng."
        )["organizations"]
    ]
    assert "Công an huyện Tiên Lãng" in names and "Công an huyện Vĩnh Bảo" in names and "Công an" in names


def test_places_merge_by_name_and_kind() -> None:
    places = index_of(
        "Du khách tham quan Vịnh Hạ Long. Chủ tịch UBND tỉnh đến thành phố Hạ Long. Hạ Long đón nhiều khách.\n\n"
        "Tàu ra đảo Cô Tô, thuộc huyện Cô Tô."
    )["places"]
    kinds = {(p["name"], p["kind"]): p["mentions"] for p in places}
    assert kinds[("Hạ Long", "thành phố")] == 2 and kinds[("Vịnh Hạ Long", "place")] == 1
    assert kinds[("Cô Tô", "đảo")] == 1 and kinds[("Cô Tô", "huyện")] == 1


def test_entries_are_ordered_by_mentions_then_first_appearance() -> None:
    def person(text: str, start: int) -> Entity:
        return Entity("person", Span(text, start, start + len(text)))

    entities = (person("Lan", 0), person("Minh", 10), person("Minh", 20), person("Hoa", 30))
    index = build_index("", entities)
    assert [(e.name, e.mentions) for e in index.people] == [("Minh", 2), ("Lan", 1), ("Hoa", 1)]
    assert index == build_index("", tuple(reversed(entities)))


def test_index_json_shape() -> None:
    entry = IndexEntry("Tiên Yên", (Span("huyện Tiên Yên", 5, 19),), kind="huyện")
    record = EntityIndex(places=(entry,)).to_dict()
    assert record == {
        "people": [],
        "organizations": [],
        "places": [
            {
                "name": "Tiên Yên",
                "mentions": 1,
                "kind": "huyện",
                "spans": [{"start": 5, "end": 19, "text": "huyện Tiên Yên"}],
            }
        ],
    }


def test_rich_parse_view_shows_the_index_first_and_mentions_on_request() -> None:
    from rich.console import Console

    from dvcli.render.rich import parse_view

    analysis = dvcli.analyze(REFERENCE)

    def shown(**options: bool) -> str:
        out = io.StringIO()
        Console(file=out, width=120, no_color=True).print(parse_view(analysis, **options))
        return out.getvalue()

    plain = shown()
    assert plain.index("People") < plain.index("Organisations") < plain.index("Places") < plain.index("Dates")
    assert "3×  Ban Dân vận Tỉnh ủy" in plain and "Trưởng Ban Dân vận Tỉnh ủy" in plain
    assert "offsets" not in plain
    assert "offsets" in shown(mentions=True)
