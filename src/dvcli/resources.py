"""Every table dvcli ships, loaded once per process and only when first asked for, and the checks built on them.

The word and syllable tables hold document frequencies over 105,418 news articles of the VNDS/VietNews train split
(see the README); keys are folded already (``tools/build_lexicon.py``), so loading is a plain read. How common a
word must be for each purpose is named once here, so the stages that ask "is this a word?" agree on the scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from importlib import resources as _files

# Document-frequency levels (out of 105,418 articles) that the stages test words and syllables against.
LISTED = 20  # seen in enough articles to be a word at all (a lowercase syllable after a name: "Sở Tư pháp")
WORD = 50  # an established word ("cơ sở", "phiên bản"): a type or head word that ends one is not a type word
COMMON = 200  # a common word: a name's last syllable that makes one with the next belongs to it
FAMILIAR_SYLLABLE = 500  # a syllable most readers meet often (village names in "bản X" are made of these)
EVERYDAY = 6000  # a word so frequent (Khi, Theo) that, capitalised after an initial, it starts a sentence
FUNCTION_WORD = 20000  # a word so frequent (Theo, Ngoài, Trong) that it never starts a name written after it


@dataclass(frozen=True, slots=True)
class FrequencyTable:
    """Document frequencies keyed by folded text (syllables joined by one space)."""

    documents: int
    frequency: dict[str, int]

    def df(self, key: str) -> int:
        return self.frequency.get(key, 0)

    def idf(self, key: str) -> float:
        """Smoothed inverse document frequency; an unseen key gets the largest value."""
        return math.log((self.documents + 1) / (self.frequency.get(key, 0) + 1)) + 1.0


def _read(name: str) -> str:
    return _files.files("dvcli.data").joinpath(name).read_text(encoding="utf-8")


def _frequency_table(name: str) -> FrequencyTable:
    header, _, body = _read(name).partition("\n")
    documents = int(header.rsplit("documents:", 1)[1].strip(" )\t"))
    frequency = {key: int(df) for key, df in (line.split("\t") for line in body.splitlines())}
    return FrequencyTable(documents, frequency)


@cache
def words() -> FrequencyTable:
    """Document frequency of words (one or more syllables) in the news corpus."""
    return _frequency_table("words.tsv")


@cache
def syllables() -> FrequencyTable:
    """Document frequency of single syllables in the news corpus."""
    return _frequency_table("syllables.tsv")


@cache
def syllable_pairs() -> dict[str, dict[str, int]]:
    """Counts of adjacent folded syllable pairs seen at least 50 times in the corpus: ``pairs[first][second]``."""
    after: dict[str, dict[str, int]] = {}
    for line in _read("bigrams.tsv").splitlines()[1:]:
        first, _, rest = line.partition("\t")
        seconds = {}
        for item in rest.split(" "):
            second, _, count = item.rpartition(":")
            seconds[second] = int(count)
        after[first] = seconds
    return after


@cache
def segmenter_weights() -> str:
    """The text of the word segmenter's CRF weights (``segment.crf.read_model`` reads it)."""
    return _read("wordseg.tsv")


@cache
def word_pair_shares() -> dict[str, float]:
    """Syllable pairs with the share of their occurrences in the news corpus that fall inside one word."""
    return {
        pair: float(ratio) for pair, ratio in (line.split("\t") for line in _read("wordseg_pairs.tsv").splitlines())
    }


def is_word(key: str, at_least: int = WORD) -> bool:
    """Whether the folded word or phrase ``key`` occurs in at least ``at_least`` corpus articles."""
    return words().frequency.get(key, 0) >= at_least


def syllable_documents(key: str) -> int:
    """How many corpus articles hold the folded syllable ``key``."""
    return syllables().frequency.get(key, 0)


@cache
def common_syllables() -> frozenset[str]:
    """The 1,000 most frequent folded syllables of the news lexicon (``tools/build_common_syllables.py``), the
    common-syllable list of the Luong, Nguyen & Dinh (2018) readability formula."""
    return frozenset(line for line in _read("common_syllables.txt").splitlines() if line and line[0] != "#")


@cache
def readability_scores() -> tuple[float, ...]:
    """The readability scores of the reference news corpus, sorted (``tools/build_readability_scores.py``);
    empty when the table is not shipped."""
    try:
        text = _read("readability_scores.txt")
    except FileNotFoundError:
        return ()
    return tuple(sorted(float(line) for line in text.splitlines() if line and line[0] != "#"))


@cache
def person_names() -> frozenset[str]:
    """Names that the news training articles prove to be people: named after a title or honorific often enough,
    and seldom as an organisation or a place (``tools/build_names.py``). They are kept as written."""
    rows = _read("names.tsv").splitlines()
    return frozenset(line.partition("\t")[0] for line in rows if line and line[0] != "#")


@cache
def learned_places() -> tuple[str, ...]:
    """Places that the news training articles prove: found as a place (``huyện Hoằng Hóa``, ``tại Seattle``)
    often enough, and seldom as a person or an organisation (``tools/build_names.py``); empty when not shipped."""
    try:
        rows = _read("places.tsv").splitlines()
    except FileNotFoundError:
        return ()
    return tuple(line.partition("\t")[0] for line in rows if line and line[0] != "#")
