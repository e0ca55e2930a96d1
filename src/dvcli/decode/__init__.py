"""Bytes -> text: ``decode_bytes`` detects (or is told) the encoding of a Vietnamese file and decodes it."""

from dvcli.decode.detect import Decoded, decode_bytes, encoding_name

__all__ = ["Decoded", "decode_bytes", "encoding_name"]
