"""Loading: encodings, byte-order marks, newlines, NFC, stdin, and each kind of bad input."""

from __future__ import annotations

import io
import os
import sys
import unicodedata
from pathlib import Path

import pytest

from dvcli.errors import (
    BinaryInputError,
    DecodeError,
    DvcliError,
    EmptyInputError,
    ExitStatus,
    InputNotFoundError,
    InputUnreadableError,
)
from dvcli.load import LoadedText, load, load_text
from dvcli.model import Source

ARTICLE = "Giao ban công tác Dân vận\n\nThứ Tư, 30/11/2016, 11:06 [GMT+7]\n\nNgày 29/11, tại huyện Tiên Yên."


def write(tmp_path: Path, data: bytes, name: str = "article.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        b"\xff\xfe" + ARTICLE.encode("utf-16-le"),
        b"\xfe\xff" + ARTICLE.encode("utf-16-be"),
        ARTICLE.encode("utf-16"),  # the codec writes its own native-order BOM
        ARTICLE.replace("\n", "\r\n").encode("utf-8"),
        ARTICLE.replace("\n", "\r").encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-native", "crlf", "cr", "utf8-bom-crlf"],
)
def test_encodings_and_newlines_give_the_same_text(tmp_path: Path, data: bytes) -> None:
    loaded = load(write(tmp_path, data))
    assert loaded.text == ARTICLE
    assert "\r" not in loaded.text and "\ufeff" not in loaded.text


def test_text_is_normalised_to_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", ARTICLE)
    assert decomposed != ARTICLE
    assert load(write(tmp_path, decomposed.encode("utf-8"))).text == ARTICLE


def test_source_is_the_path_as_given_and_the_file_is_untouched(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8")
    path = write(tmp_path, data)
    loaded = load(str(path))
    assert loaded == LoadedText(text=ARTICLE, source=Source(str(path), "utf-8"))
    assert path.read_bytes() == data
    assert load(path).source.path == str(path)


def test_trailing_spaces_and_missing_final_newline_are_kept(tmp_path: Path) -> None:
    text = "Tiêu đề  \n\nĐoạn một.\t"
    assert load(write(tmp_path, text.encode("utf-8"))).text == text


def test_stdin_is_read_as_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="latin-1"))
    assert load("-") == LoadedText(text=ARTICLE, source=Source("<stdin>", "utf-8"))


def test_stdin_and_file_give_the_same_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = ARTICLE.encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert load("-").text == load(write(tmp_path, data)).text


def test_stdin_replaced_by_a_text_stream(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE.replace("\n", "\r\n")))
    assert load("-").text == ARTICLE


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(EmptyInputError, match="<stdin>"):
        load("-")


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "absent.txt"
    with pytest.raises(InputNotFoundError) as error:
        load(path)
    assert str(path) in str(error.value)
    assert error.value.hint and error.value.source == str(path)
    assert error.value.exit_status == ExitStatus.INPUT_FAILED


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputUnreadableError, match="directory") as error:
        load(tmp_path)
    assert str(tmp_path) in str(error.value) and error.value.hint


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE.encode("utf-8"))
    path.chmod(0)
    try:
        with pytest.raises(InputUnreadableError, match="permission") as error:
            load(path)
        assert "chmod" in (error.value.hint or "")
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("data", [b"", b"   \n\r\n\t  \n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_or_white_space_only(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data)
    with pytest.raises(EmptyInputError) as error:
        load(path)
    assert str(path) in str(error.value) and error.value.hint


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04\x14\x00\x00\x00", bytes(range(1, 32)) * 10],
    ids=["png", "zip", "control-characters"],
)
def test_binary(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, data, "image.png")
    with pytest.raises(BinaryInputError) as error:
        load(path)
    assert str(path) in str(error.value) and error.value.hint


def test_undecodable_names_the_byte_offset(tmp_path: Path) -> None:
    # "Tiên Yên" in Windows-1258, after a valid UTF-8 start: 0xEA is "ê" there, invalid UTF-8 here.
    head = "Tiêu đề\n\nNgày 29/11 tại huyện ".encode()
    data = head + b"Ti\xean Y\xean"
    path = write(tmp_path, data)
    with pytest.raises(DecodeError) as error:
        load(path)
    offset = len(head) + 2
    message = str(error.value)
    assert str(path) in message and f"byte offset {offset}" in message and "line 3" in message
    assert "--encoding" in (error.value.hint or "")


def test_utf16_with_bom_but_odd_length_is_undecodable(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xff\xfe" + "Tiêu đề".encode("utf-16-le") + b"\x00")
    with pytest.raises(DecodeError, match="UTF-16 LE"):
        load(path)


def test_every_error_is_a_dvcli_error_with_a_kind(tmp_path: Path) -> None:
    with pytest.raises(DvcliError) as error:
        load(tmp_path / "absent.txt")
    assert error.value.kind == "not_found"


def test_load_text_normalises_like_load() -> None:
    text = "\ufeff" + unicodedata.normalize("NFD", ARTICLE).replace("\n", "\r\n")
    assert load_text(text) == LoadedText(text=ARTICLE, source=Source("<text>"))
    assert load_text(ARTICLE, source="mine").source.path == "mine"


def test_load_text_rejects_empty_and_binary_strings() -> None:
    with pytest.raises(EmptyInputError):
        load_text(" \n\t")
    with pytest.raises(BinaryInputError):
        load_text("abc\x00def")


def test_legacy_stdin_is_detected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ti\xean Y\xean\n")))
    loaded = load("-")
    assert loaded.text == "Tiên Yên\n" and loaded.source == Source("<stdin>", "windows-1258")


def test_undecodable_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Ti\xfe\xfe\xfe Y\xf0\xf0\xf0\n")))
    with pytest.raises(DecodeError, match="<stdin>: not valid UTF-8 \\(byte 0xFE at byte offset 2, line 1\\)"):
        load("-")
