"""The byte tables of the legacy Vietnamese encodings TCVN3, VISCII and VNI-Windows, as published.

- TCVN3: TCVN 5712:1993 "Vietnamese character set for information interchange", the VN3 table that the ABC fonts
  used, extended with the capital letters of its VN1 table in the C0 and 0x80-0x9F ranges exactly as GNU libc's
  ``TCVN5712-1`` converter (``iconvdata/tcvn5712-1.c``) reads and writes them; bytes 0xB0-0xB4 are the five tone
  marks as combining characters.
- VISCII: RFC 1456 "Conventions for Encoding the Vietnamese Language" (Viet-Std Group, 1991), as in GNU libc's
  ``VISCII`` converter: six capitals take C0 control bytes, the rest of 0x80-0xFF holds precomposed letters.
- VNI-Windows: the VNI Software font encoding (VNI-Times and its family): text is Windows-1252, a letter is its
  base letter followed by one mark byte (``aâ`` = â, ``aá`` = ấ, ``ô`` = ơ, ``ö`` = ư, ``ñ`` = đ), and ``i``, ``ỵ``
  with a tone are single bytes. The table is the one in VNI's keyboard documentation, as reproduced by Vietnamese
  input methods (e.g. xvnkb's ``vni.h``).

Bytes a table does not list read as their ISO 8859-1 code point (ASCII included).
"""

from __future__ import annotations

# "HHc": byte 0xHH is character c. Generated once from the published tables; checked against glibc's iconv in the
# tests where iconv is installed, and round-tripped on every Vietnamese letter in any case.
_TCVN3 = """
01Ú 02Ụ 04Ừ 05Ử 06Ữ 11Ứ 12Ự 13Ỳ 14Ỷ 15Ỹ 16Ý 17Ỵ 80À 81Ả 82Ã 83Á
84Ạ 85Ặ 86Ậ 87È 88Ẻ 89Ẽ 8AÉ 8BẸ 8CỆ 8DÌ 8EỈ 8FĨ 90Í 91Ị 92Ò 93Ỏ
94Õ 95Ó 96Ọ 97Ộ 98Ờ 99Ở 9AỠ 9BỚ 9CỢ 9DÙ 9EỦ 9FŨ A1Ă A2Â A3Ê A4Ô
A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ AFẰ B5à B6ả B7ã B8á B9ạ
BAẲ BBằ BCẳ BDẵ BEắ BFẴ C0Ắ C1Ầ C2Ẩ C3Ẫ C4Ấ C5Ề C6ặ C7ầ C8ẩ C9ẫ
CAấ CBậ CCè CDỂ CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ D9Ễ
DAẾ DBỒ DCĩ DDí DEị DFò E0Ổ E1ỏ E2õ E3ó E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ
EAờ EBở ECỡ EDớ EEợ EFù F0Ỗ F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự
FAỳ FBỷ FCỹ FEỵ FFỐ
"""
# Grave, hook above, tilde, acute and dot below: the tone marks that follow a base letter.
_TCVN3_MARKS = {0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323"}

_VISCII = """
02Ẳ 05Ẵ 06Ẫ 14Ỷ 19Ỹ 1EỴ 80Ạ 81Ắ 82Ằ 83Ặ 84Ấ 85Ầ 86Ẩ 87Ậ 88Ẽ 89Ẹ
8AẾ 8BỀ 8CỂ 8DỄ 8EỆ 8FỐ 90Ồ 91Ổ 92Ỗ 93Ộ 94Ợ 95Ớ 96Ờ 97Ở 98Ị 99Ỏ
9AỌ 9BỈ 9CỦ 9DŨ 9EỤ 9FỲ A0Õ A1ắ A2ằ A3ặ A4ấ A5ầ A6ẩ A7ậ A8ẽ A9ẹ
AAế ABề ACể ADễ AEệ AFố B0ồ B1ổ B2ỗ B3Ỡ B4Ơ B5ộ B6ờ B7ở B8ị B9Ự
BAỨ BBỪ BCỬ BDơ BEớ BFƯ C4Ả C5Ă C6ẳ C7ẵ CBẺ CEĨ CFỳ D0Đ D1ứ D5ạ
D6ỷ D7ừ D8ử DBỹ DCỵ DEỡ DFư E4ả E5ă E6ữ E7ẫ EBẻ EEĩ EFỉ F0đ F1ự
F6ỏ F7ọ F8ụ FBũ FCủ FEợ FFỮ
"""

# VNI-Windows: (base, modified vowel, marks in the order no tone, sắc, huyền, hỏi, ngã, nặng) for lower case; the
# capitals use the capital letters of the same Windows-1252 bytes.
_VNI_ROWS = (
    ("a", "a", ("", "ù", "ø", "û", "õ", "ï")),
    ("a", "â", ("â", "á", "à", "å", "ã", "ä")),
    ("a", "ă", ("ê", "é", "è", "ú", "ü", "ë")),
    ("e", "e", ("", "ù", "ø", "û", "õ", "ï")),
    ("e", "ê", ("â", "á", "à", "å", "ã", "ä")),
    ("o", "o", ("", "ù", "ø", "û", "õ", "ï")),
    ("o", "ô", ("â", "á", "à", "å", "ã", "ä")),
    ("ô", "ơ", ("", "ù", "ø", "û", "õ", "ï")),
    ("u", "u", ("", "ù", "ø", "û", "õ", "ï")),
    ("ö", "ư", ("", "ù", "ø", "û", "õ", "ï")),
    ("y", "y", ("", "ù", "ø", "û", "õ", "")),
)
# Single bytes: i with each tone, ỵ, đ (lower case; capitals likewise).
_VNI_SINGLE = {"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"}
_TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")


def _parse(table: str) -> dict[int, str]:
    return {int(item[:2], 16): item[2:] for item in table.split()}


def byte_table(name: str) -> tuple[str, ...]:
    """The character of each of the 256 bytes in ``name`` (``"tcvn3"`` or ``"viscii"``)."""
    listed = _parse(_TCVN3) | _TCVN3_MARKS if name == "tcvn3" else _parse(_VISCII)
    return tuple(listed.get(byte, chr(byte)) for byte in range(256))


def vni_sequences() -> dict[str, str]:
    """Every VNI-Windows letter that differs from its Windows-1252 reading: the cp1252 text -> the letter (NFC)."""
    import unicodedata

    sequences: dict[str, str] = {}
    for base, vowel, marks in _VNI_ROWS:
        for mark, tone in zip(marks, _TONES, strict=True):
            letter = unicodedata.normalize("NFC", vowel + tone)
            written = base + mark
            if not mark and tone:  # ỵ: a single byte, listed below
                continue
            for case in (str.lower, str.upper):
                if case(written) != case(letter):
                    sequences[case(written)] = case(letter)
    for written, letter in _VNI_SINGLE.items():
        if written != letter:
            sequences[written] = letter
            sequences[written.upper()] = letter.upper()
    return sequences
