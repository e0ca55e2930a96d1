"""Decoding: every Vietnamese letter round-trips in every legacy encoding, detection picks the right one, and the
reference article reads the same in each encoding as in UTF-8."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from conftest import REFERENCE

from dvcli.decode import decode_bytes, encoding_name
from dvcli.decode.legacy import LABELS, LEGACY, TCVN3, VISCII, VNI, WINDOWS_1258, decode_legacy, encode_legacy
from dvcli.decode.plausible import SAMPLE_CHARS, telling_sample
from dvcli.decode.viqr import decode_viqr, encode_viqr
from dvcli.errors import BinaryInputError, DecodeError, UsageError
from dvcli.load import load
from dvcli.options import AnalyzeOptions, LoadOptions
from dvcli.pipeline import analyze

_VOWELS = "aăâeêioôơuưy"
_TONES = "\u0300\u0301\u0309\u0303\u0323"
LOWER = [unicodedata.normalize("NFC", v + t) for v in _VOWELS for t in _TONES] + list("ăâêôơưđ")
LETTERS = LOWER + [letter.upper() for letter in LOWER]
# What glibc's iconv calls the encodings it knows.
ICONV = {TCVN3: "TCVN5712-1", VISCII: "VISCII", WINDOWS_1258: "CP1258"}


def test_there_are_134_letters() -> None:
    assert len(LOWER) == 67 and len(set(LETTERS)) == 134


@pytest.mark.parametrize("encoding", LEGACY)
def test_every_letter_round_trips(encoding: str) -> None:
    for letter in LETTERS:
        assert decode_legacy(encode_legacy(letter, encoding), encoding) == letter, letter
    everything = " ".join(LETTERS)
    assert decode_legacy(encode_legacy(everything, encoding), encoding) == everything


def test_every_letter_round_trips_in_viqr() -> None:
    for letter in LETTERS:
        assert decode_viqr(encode_viqr(letter)) == letter, letter


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc's iconv")
@pytest.mark.parametrize("encoding", sorted(ICONV))
def test_tables_agree_with_glibc_iconv(encoding: str) -> None:
    text = " ".join(LETTERS)
    written = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", ICONV[encoding]], input=text.encode(), capture_output=True, check=True
    ).stdout
    assert decode_legacy(written, encoding) == text
    if encoding != WINDOWS_1258:  # iconv writes cp1258 with some precomposed letters; both read the same
        assert encode_legacy(text, encoding) == written


def test_vni_writes_base_letters_and_marks() -> None:
    assert encode_legacy("Việt Nam Đồng ơ ư ỵ", VNI) == "Vieät Nam Ñoàng ô ö î".encode("cp1252")


def test_viqr_reads_rfc_1456() -> None:
    assert decode_viqr("Vie^.t Nam, Ha` No^.i? DDa(ng ky' ra\\.") == "Việt Nam, Hà Nội? Đăng ký ra."


def _plain_reference() -> str:
    # VISCII and TCVN3 cannot write the one no-break space of the reference article (iconv refuses it too).
    return REFERENCE.read_text(encoding="utf-8").replace("\xa0", " ")


def _double_encode(text: str) -> bytes:
    # What a tool does that reads UTF-8 as Windows-1252 and saves UTF-8; undefined bytes keep their code point.
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in text.encode()
    ).encode()


VERSIONS = {
    WINDOWS_1258: lambda t: encode_legacy(t, WINDOWS_1258),
    TCVN3: lambda t: encode_legacy(t, TCVN3),
    VNI: lambda t: encode_legacy(t, VNI),
    VISCII: lambda t: encode_legacy(t, VISCII),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
    "utf-8-double-encoded": _double_encode,
}


def _record(path: Path) -> dict:
    record = analyze(path).to_dict()
    record.pop("warnings")
    record.pop("source")
    return record


@pytest.mark.parametrize("encoding", sorted(VERSIONS))
def test_the_reference_article_reads_the_same_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    original = tmp_path / "utf8.txt"
    original.write_text(_plain_reference(), encoding="utf-8")
    converted = tmp_path / f"{encoding}.txt"
    converted.write_bytes(VERSIONS[encoding](_plain_reference()))
    analysis = analyze(converted)
    assert analysis.source.encoding == encoding
    assert any(encoding.split("-")[0] in w.lower() or "twice" in w for w in analysis.warnings)
    assert _record(converted) == _record(original)


def test_utf8_reports_its_encoding_without_a_warning() -> None:
    analysis = analyze(REFERENCE)
    assert analysis.source.encoding == "utf-8" and analysis.source.to_dict()["encoding"] == "utf-8"
    assert not any("decoded" in w for w in analysis.warnings)


def test_a_named_encoding_overrides_detection(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(encode_legacy("Tiêu đề\n\nĐồng chí Hưởng.", TCVN3))
    loaded = load(path, LoadOptions(encoding="TCVN3"))
    assert loaded.text == "Tiêu đề\n\nĐồng chí Hưởng." and loaded.source.encoding == TCVN3
    assert load(path, LoadOptions(encoding="latin-1")).source.encoding == "iso8859-1"


def test_viqr_only_on_request(tmp_path: Path) -> None:
    path = tmp_path / "viqr.txt"
    path.write_bytes(b"Vie^.t Nam\n\nNga`y 29/11, to^i ddi ho.c.")
    assert load(path).text.startswith("Vie^.t Nam")  # plain ASCII: read as it is
    options = AnalyzeOptions(load=LoadOptions(encoding="viqr"))
    analysis = analyze(path, options)
    assert analysis.article.title is not None and analysis.article.title.text == "Việt Nam"
    assert analysis.source.encoding == "viqr"


def test_an_unknown_encoding_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown encoding"):
        encoding_name("klingon")


def test_a_wrong_named_encoding_names_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Tiêu đề".encode("utf-16-le"))
    with pytest.raises(DecodeError, match="byte offset"):
        load(path, LoadOptions(encoding="utf-8"))


def test_an_implausible_guess_fails_with_a_hint() -> None:
    # Bytes that every legacy table reads, as no Vietnamese: no syllable survives any of them.
    data = bytes(range(0xC0, 0x100)) * 4
    with pytest.raises(DecodeError) as error:
        decode_bytes(data, "x.txt")
    assert "no Vietnamese encoding reads it plausibly" in error.value.message
    assert "--encoding" in (error.value.hint or "")


def test_utf8_with_a_few_bad_bytes_is_read_with_a_warning_naming_where() -> None:
    text = _plain_reference()
    data = text[:1000].encode() + b"\xff" + text[1000:].encode()[:-1] + b"\xe1\xba"  # damaged, then truncated
    decoded = decode_bytes(data, "x.txt")
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") == 2
    offset = len(text[:1000].encode())
    assert decoded.warnings and f"byte offsets {offset}, " in decoded.warnings[0]


def test_a_replacement_character_in_the_file_is_not_counted_as_a_bad_byte() -> None:
    text = _plain_reference()
    clean = decode_bytes(text[:500].encode() + "\ufffd".encode() + text[500:].encode(), "x.txt")
    assert clean.encoding == "utf-8" and not clean.warnings
    damaged = decode_bytes(text[:500].encode() + "\ufffd".encode() + b"\xff" + text[500:].encode(), "x.txt")
    assert damaged.encoding == "utf-8"
    assert damaged.warnings and damaged.warnings[0].startswith("1 invalid UTF-8 byte sequence replaced")


def test_utf16_without_bom_both_orders_and_binary_nuls() -> None:
    text = "Tiêu đề bài viết\n\nNgày 29/11, tại huyện Tiên Yên."
    assert decode_bytes(text.encode("utf-16-le"), "x").encoding == "utf-16-le"
    assert decode_bytes(text.encode("utf-16-be"), "x").encoding == "utf-16-be"
    with pytest.raises(BinaryInputError, match="NUL"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x")


def test_plain_mojibake_that_is_not_double_encoding_is_left_alone() -> None:
    # Latin-1 text that happens to hold "Ã": not UTF-8 read as Windows-1252, so not "repaired".
    assert decode_bytes("São Paulo, Ã©t".encode(), "x").text == "São Paulo, Ã©t"


# A long ASCII table before the article: more than the sample a detection once read from the start of a file.
_TABLE = "".join(f"{row:5d} | {row * 37 % 1000:4d} | {row * 11 % 97:3d} | ok\n" for row in range(1800)) + "\n"


def test_the_preamble_is_longer_than_the_sample() -> None:
    assert len(_TABLE) > 40_000 and len(_TABLE) > SAMPLE_CHARS


@pytest.mark.parametrize("encoding", LEGACY)
def test_a_legacy_file_with_a_long_ascii_preamble_is_detected(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(_TABLE.encode("ascii") + encode_legacy(_plain_reference(), encoding))
    loaded = load(path)
    assert loaded.source.encoding == encoding
    assert loaded.text == _TABLE + _plain_reference()
    assert any(LABELS[encoding] in warning for warning in loaded.warnings)


def test_vietnamese_between_long_ascii_stretches_is_found() -> None:
    # Telling text in the middle of a file, with ASCII on both sides longer than the sample.
    data = _TABLE.encode() + encode_legacy(_plain_reference()[:3000], TCVN3) + _TABLE.encode()
    decoded = decode_bytes(data, "x.txt")
    assert decoded.encoding == TCVN3 and _plain_reference()[:200] in decoded.text


def test_utf8_with_a_long_ascii_preamble_stays_utf8(tmp_path: Path) -> None:
    path = tmp_path / "utf8.txt"
    path.write_bytes(_TABLE.encode() + _plain_reference().encode())
    loaded = load(path)
    assert loaded.source.encoding == "utf-8" and _plain_reference().split("\n")[0] in loaded.text
    # A few bad bytes after the preamble are damage to that UTF-8, not a sign of another encoding.
    damaged = decode_bytes(_TABLE.encode() + b"\xff" + _plain_reference().encode(), "x.txt")
    assert damaged.encoding == "utf-8" and damaged.text.count("\ufffd") == 1


def test_double_encoding_after_a_long_ascii_preamble_is_repaired() -> None:
    decoded = decode_bytes(_TABLE.encode() + _double_encode(_plain_reference()), "x.txt")
    assert decoded.encoding == "utf-8-double-encoded" and decoded.text.endswith(_plain_reference().rstrip())


def test_the_sample_is_bounded_and_spread_over_the_file() -> None:
    # Four quarters of a 1.6 MB file, each a different sentence repeated: the sample reads some of each.
    sentences = ("Đồng chí Hưởng phát biểu.", "Ban Dân vận Tỉnh ủy họp.", "Huyện Tiên Yên báo cáo.", "Cụm miền Đông.")
    quarters = [encode_legacy(f"{sentence}\n", VNI) * (400_000 // len(sentence)) for sentence in sentences]
    sample = telling_sample(b"".join(quarters))
    assert len(sample) <= 2 * SAMPLE_CHARS
    assert all(encode_legacy(sentence, VNI) in sample for sentence in sentences)


# The bytes that Windows-1252 (under VNI-Windows) and Windows-1258 leave undefined; Windows reads them as C1 controls.
_UNDEFINED = {VNI: b"\x81\x8d\x8f\x90\x9d", WINDOWS_1258: b"\x81\x8a\x8d\x8e\x8f\x90\x9a\x9d\x9e"}


@pytest.mark.parametrize("encoding", sorted(_UNDEFINED))
def test_bytes_windows_leaves_undefined_decode_as_c1_controls(encoding: str) -> None:
    undefined = _UNDEFINED[encoding]
    controls = undefined.decode("latin-1")
    data = encode_legacy(_plain_reference(), encoding) + b"\n" + undefined + b"\n"
    for decoded in (decode_bytes(data, "x.txt", encoding), decode_bytes(data, "x.txt")):
        assert decoded.encoding == encoding
        assert decoded.text == _plain_reference() + "\n" + controls + "\n"
    assert encode_legacy(controls, encoding) == undefined
    # Scattered through the text, one by one, they still leave the article readable as that encoding.
    scattered = b" ".join(
        bytes([byte]) + encode_legacy(line, encoding)
        for byte, line in zip(itertools.cycle(undefined), _plain_reference().split("\n"), strict=False)
    )
    assert decode_bytes(scattered, "x.txt").encoding == encoding


@pytest.mark.parametrize("encoding", LEGACY)
def test_every_byte_decodes_to_one_character(encoding: str) -> None:
    for byte in range(256):
        assert len(decode_legacy(bytes([byte]), encoding)) == 1, hex(byte)
