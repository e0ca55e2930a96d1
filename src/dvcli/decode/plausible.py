"""How plausible a decoding is as Vietnamese: the share of its words that are common Vietnamese syllables.

A wrong decoding of Vietnamese bytes turns nearly every syllable with a diacritic into a string that is no syllable
(``cña``, ``Vieät``, ``c«ng`` split into ``c`` and ``ng``); the right one reads nearly all of them. The syllables are
those of the shipped table (:func:`dvcli.resources.syllables`, document frequencies over the news corpus).
"""

from __future__ import annotations

import re

from dvcli.resources import LISTED, syllable_documents
from dvcli.text.fold import fold

_LETTERS = re.compile(r"[^\W\d_]+")
# Enough text to judge: a few thousand syllables. Judging a sample keeps detection cheap on a large file.
SAMPLE_CHARS = 1 << 15
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
