"""How plausible a decoding is as Vietnamese: the share of its words that are common Vietnamese syllables, judged
on a bounded sample of the bytes that tell encodings apart.

A wrong decoding of Vietnamese bytes turns nearly every syllable with a diacritic into a string that is no syllable
(``cña``, ``Vieät``, ``c«ng`` split into ``c`` and ``ng``); the right one reads nearly all of them. The syllables are
those of the shipped table (:func:`dvcli.resources.syllables`, document frequencies over the news corpus).
"""

from __future__ import annotations

import re

from dvcli.resources import LISTED, syllable_documents
from dvcli.text.fold import fold

# A C1 control (U+0080-U+009F) is what a Windows code page reads a byte it leaves undefined as: it is taken as part
# of the word it stands in, so that the word counts against that reading instead of vanishing from the count.
_LETTERS = re.compile(r"(?:[^\W\d_]|[\x80-\x9f])+")
# Enough text to judge: a few thousand syllables. Judging a sample keeps detection cheap on a large file.
SAMPLE_CHARS = 1 << 15
# Bytes that read the same in every encoding detected (printable ASCII and the white space of text) tell nothing;
# any other byte (those above 0x7F, and the C0 controls TCVN3 and VISCII put capitals in) is what the sample is of.
_TELLING = re.compile(rb"[^\t\n\r\x20-\x7e]")
# A window around a telling byte: some words of context on each side, widened to the nearest space or newline if
# there is one this close, so that no word (no VNI letter and its mark, no UTF-8 sequence) is cut in two.
_MARGIN = 256
_SNAP = 64
# The file is sampled from this many places spread over it, so that text after a long preamble, a table or
# another language is judged too.
_PARTS = 4
# The least share of common syllables a decoding needs to be taken for Vietnamese. On the shipped examples the
# right decoding scores 1.0 and every wrong one 0.54 or less (tests/test_decode.py).
PLAUSIBLE = 0.7


def plausibility(text: str) -> float:
    """Return the share (0-1) of the words in (the start of) ``text`` that are common Vietnamese syllables.

    Only words with a letter outside ASCII are counted when there are any: ASCII reads the same in every
    encoding, so only the other words tell decodings apart. A text with no letters at all scores 1.0.
    """
    runs = _LETTERS.findall(text, 0, SAMPLE_CHARS)
    telling = [run for run in runs if not run.isascii()] or runs
    if not telling:
        return 1.0
    return sum(1 for run in telling if syllable_documents(fold(run)) >= LISTED) / len(telling)


def telling_sample(data: bytes) -> bytes:
    """Return at most about SAMPLE_CHARS bytes of ``data`` to judge its encoding by: windows around the bytes that
    are not printable ASCII, taken from the start of each of a few equal parts of the file, joined by newlines.

    A file up to SAMPLE_CHARS bytes is returned whole. The cost is one scan of the file at most, whatever its size.
    """
    if len(data) <= SAMPLE_CHARS:
        return data
    spans: list[tuple[int, int]] = []
    taken = 0
    for part in range(_PARTS):
        # A part that has fewer telling bytes than its share leaves the rest of its share to the parts after it.
        budget = (SAMPLE_CHARS - taken) // (_PARTS - part)
        position = max(len(data) * part // _PARTS, spans[-1][1] if spans else 0)
        part_end = len(data) * (part + 1) // _PARTS
        used = 0
        while used < budget and (hit := _TELLING.search(data, position, part_end)) is not None:
            start = _snap_start(data, max(hit.start() - _MARGIN, position))
            end = _snap_end(data, min(hit.end() + _MARGIN, len(data)))
            if spans and start <= spans[-1][1]:  # close to the window before: one longer window
                used += end - spans[-1][1]
                spans[-1] = (spans[-1][0], end)
            else:
                used += end - start
                spans.append((start, end))
            position = end
        taken += used
    return b"\n".join(data[start:end] for start, end in spans)


def _snap_start(data: bytes, start: int) -> int:
    if start == 0:
        return 0
    low = max(start - _SNAP, 0)
    cut = max(data.rfind(b" ", low, start), data.rfind(b"\n", low, start))
    return cut + 1 if cut >= 0 else start


def _snap_end(data: bytes, end: int) -> int:
    high = min(end + _SNAP, len(data))
    found = [at for at in (data.find(b" ", end, high), data.find(b"\n", end, high)) if at >= 0]
    return min(found) if found else end
