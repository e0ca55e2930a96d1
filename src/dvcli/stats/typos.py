"""Probable typos: a rare syllable pair whose one-edit variant is a very common pair (``xâu dựng`` → ``xây dựng``)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache

from dvcli import resources
from dvcli.model import Article, Span, Typo
from dvcli.stats.syllables import is_syllable
from dvcli.text.tokens import LETTERS, LineRole

# A pair seen fewer than RARE times in 43M pairs of news text is "rare"; the shipped table
# (tools/build_bigrams.py) holds exactly the pairs at or above it. A pair written 30-49 times is a real, if rare,
# phrase far more often than a slip (ngoài da, vần thơ, định lừa): on vnds_val, 30 instead of 50 dropped 6 wrong
# flags of 150 and one right one.
RARE = 30
# How common the variant pair must be: with the variant written elsewhere in the same article (the strongest
# evidence that the writer meant it), or on corpus counts alone.
EVIDENCE_PAIR_MIN = 200
ALONE_PAIR_MIN = 1000
ALONE_COMMON_PAIR_MIN = 5000
# On corpus counts alone the written syllable must itself be unusual (document frequency out of 105k
# articles): a common syllable in an unusual pair is far more often a valid rare phrase than a typo.
ALONE_RARE_SYLLABLE_DF = 30
ALONE_UNCOMMON_SYLLABLE_DF = 500
# The variant must be a dictionary word of the corpus (a document frequency of at least this), so a
# correction always restores a known word, not just a frequent juxtaposition.
WORD_MIN_DF = resources.WORD

_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))
_SYLLABLE = re.compile(
    r"(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưy]{1,3}(ch|ng|nh|[cmnpt])?"
)


@dataclass(frozen=True, slots=True)
class _PairTable:
    """Folded pair counts (``after[first][second]``) and a one-edit index of the syllables in common pairs.

    ``by_deletion`` maps a syllable, and each string made by deleting one of its characters, to the syllables
    that yield it: two syllables one edit apart always share such a key (the SymSpell idea), so the variants of
    a syllable are a few dictionary lookups instead of a scan.
    """

    after: dict[str, dict[str, int]]
    by_deletion: dict[str, tuple[str, ...]]

    def count(self, first: str, second: str) -> int:
        return self.after.get(first, {}).get(second, 0)


def _deletions(syllable: str) -> set[str]:
    return {syllable} | {syllable[:i] + syllable[i + 1 :] for i in range(len(syllable))}


@cache
def _pairs() -> _PairTable:
    after = resources.syllable_pairs()
    common: set[str] = set()
    for first, seconds in after.items():
        for second, count in seconds.items():
            if count >= EVIDENCE_PAIR_MIN:
                common.update((first, second))
    index: dict[str, list[str]] = {}
    for syllable in common:
        for key in _deletions(syllable):
            index.setdefault(key, []).append(syllable)
    return _PairTable(after, {k: tuple(v) for k, v in index.items()})


@lru_cache(maxsize=65536)
def _variants(syllable: str) -> tuple[str, ...]:
    """Syllables of common pairs one edit away from ``syllable`` (known to the syllable table too)."""
    index, known = _pairs().by_deletion, resources.syllables()
    found = {v for key in _deletions(syllable) for v in index.get(key, ()) if _one_edit(syllable, v)}
    return tuple(sorted(v for v in found if known.df(v)))


def _one_edit(a: str, b: str) -> bool:
    """True when ``b`` is ``a`` with one character substituted, inserted or deleted (a tone is a character)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1 :]


@lru_cache(maxsize=65536)
def _looks_vietnamese(syllable: str) -> bool:
    bare = unicodedata.normalize("NFC", unicodedata.normalize("NFD", syllable).translate(_TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


# A final i or y after a consonant is one sound written two ways (sĩ/sỹ, lí/lý, kĩ/kỹ): dictionaries keep one.
_I_Y = str.maketrans("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị")


def _spellings(syllable: str) -> tuple[str, ...]:
    """``syllable`` and, when it ends in i or y after a consonant, its other spelling (g and q left out: gi, quy)."""
    if len(syllable) >= 2 and syllable[-1] in "iíìỉĩịyýỳỷỹỵ" and syllable[-2] in "bcdđhklmnprstvx":
        return (syllable, syllable[:-1] + syllable[-1].translate(_I_Y))
    return (syllable,)


def _runs(article: Article) -> list[list[int]]:
    """Runs (token indices) of two or more syllables of the title, body and sapo separated by exactly one space:
    letters only, no punctuation, digit or line break between, and not glued to an underscore (9T238, a_b)."""
    table, text = article.tokens, article.text
    starts, ends, flags = table.starts, table.ends, table.flags
    runs: list[list[int]] = []
    for line in table.lines_of(LineRole.TITLE, LineRole.PARAGRAPH, LineRole.SAPO):
        run: list[int] = []
        for i in range(line.first, line.stop):
            start, end = starts[i], ends[i]
            clean = bool(flags[i] & LETTERS) and text[start - 1 : start] != "_" and text[end : end + 1] != "_"
            if clean and run and start == ends[run[-1]] + 1 and text[start - 1] == " ":
                run.append(i)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [i] if clean else []
        if len(run) > 1:
            runs.append(run)
    return runs


@dataclass(frozen=True, slots=True)
class _Candidate:
    strength: tuple[int, int]
    start: int
    end: int
    edited: tuple[int, int]
    variant: str
    reason: str


def _match_case(variant: str, written: str) -> str:
    if written.isupper() and len(written) > 1:
        return variant.upper()
    return variant[:1].upper() + variant[1:] if written[:1].isupper() else variant


def _suspect(
    text: str, run: list[tuple[int, int]], keys: list[str], i: int, edit_first: bool, seen: Counter[tuple[str, str]]
) -> _Candidate | None:
    """The best correction of pair ``i`` editing its first (or second) syllable, or ``None``."""
    j = i if edit_first else i + 1
    other = j - 1 if edit_first else j + 1  # the edited syllable's neighbour outside the pair
    if not 0 <= other < len(keys):
        return None  # judging a syllable needs context on both of its sides
    table, words = _pairs(), resources.words()
    written, partner, outside = keys[j], keys[i + 1] if edit_first else keys[i], keys[other]

    def with_partner(syllable: str) -> tuple[str, str]:
        return (syllable, partner) if edit_first else (partner, syllable)

    def with_outside(syllable: str) -> tuple[str, str]:
        return (outside, syllable) if edit_first else (syllable, outside)

    # A syllable that forms a word with its other neighbour is explained by that word (mạnh mẽ, hương vị), in
    # either spelling of a final i/y (sỹ quan is sĩ quan).
    if any(words.df(" ".join(with_outside(spelling))) for spelling in _spellings(written)):
        return None
    if edit_first and i + 2 < len(keys) and words.df(f"{partner} {keys[i + 2]}"):
        return None
    if not edit_first and i >= 1 and words.df(f"{keys[i - 1]} {partner}"):
        return None
    fits = table.count(*with_outside(written))
    df = resources.syllable_documents(written)
    # Without the variant elsewhere in the article, only an unusual written syllable that fits neither
    # neighbour is worth a flag: a common syllable in an unusual pair is far more often a valid rare phrase.
    alone_min: int | None = None
    if not fits and df < ALONE_RARE_SYLLABLE_DF:
        alone_min = ALONE_PAIR_MIN
    elif not fits and df < ALONE_UNCOMMON_SYLLABLE_DF:
        alone_min = ALONE_COMMON_PAIR_MIN
    written_here = seen[(keys[i], keys[i + 1])]
    best: _Candidate | None = None
    for variant in _variants(written):
        fixed = with_partner(variant)
        elsewhere = seen.get(fixed, 0)
        if not elsewhere and alone_min is None:
            continue
        count = table.count(*fixed)
        needed = EVIDENCE_PAIR_MIN if elsewhere else alone_min or 0
        if count < needed or (best is not None and (elsewhere, count) <= best.strength):
            continue
        # A form with Vietnamese letters that no Vietnamese syllable has (nguời, đươc) is a slip whatever its
        # neighbours make: the common pair its variant forms need not also be a dictionary word (nhiều người).
        # Plain ASCII is left to the dictionary test: an invalid one is a loanword far more often (hot hơn).
        broken = not written.isascii() and not is_syllable(written)
        if words.df(" ".join(fixed)) < WORD_MIN_DF and not broken:
            continue
        # The written syllable fits its other neighbour much better than the variant does: it is meant.
        if fits >= 2 * max(table.count(*with_outside(variant)), RARE):
            continue
        # A pair written more often than its correction is a consistent choice, not a slip.
        if written_here > max(1, elsewhere):
            continue
        start, end = run[i][0], run[i + 1][1]
        note = f" and {elsewhere} more time{'s' if elsewhere > 1 else ''} in this article" if elsewhere else ""
        reason = (
            f"{text[start:end]!r} occurs fewer than {RARE} times in the news corpus; "
            f"{' '.join(fixed)!r} occurs {count:,} times there{note}"
        )
        best = _Candidate((elsewhere, count), start, end, run[j], variant, reason)
    return best


def find_typos(article: Article) -> tuple[Typo, ...]:
    """Return the probable typos of the title and body, sorted by start; never raises on odd text.

    A pair of adjacent syllables (no punctuation between) is flagged when it is rare in the news corpus while
    changing one letter, diacritic or tone of one of its syllables gives a very common pair that is a
    dictionary word, preferably one the article writes elsewhere. Capitalised syllables (names), numbers and
    tokens that are not Vietnamese syllables are never flagged.
    """
    text, tokens = article.text, article.tokens
    indices = _runs(article)
    runs = [[(tokens.starts[i], tokens.ends[i]) for i in run] for run in indices]
    table, words = _pairs(), resources.words()
    keyed = [[tokens.keys[i] for i in run] for run in indices]
    seen: Counter[tuple[str, str]] = Counter((keys[i], keys[i + 1]) for keys in keyed for i in range(len(keys) - 1))
    candidates: list[_Candidate] = []
    after, known_words = table.after, words.frequency
    for run, keys in zip(runs, keyed, strict=True):
        for i in range(len(keys) - 1):
            if keys[i + 1] in after.get(keys[i], ()) or f"{keys[i]} {keys[i + 1]}" in known_words:
                continue
            if not (text[run[i][0] : run[i][1]].islower() and text[run[i + 1][0] : run[i + 1][1]].islower()):
                continue
            if not (_looks_vietnamese(keys[i]) and _looks_vietnamese(keys[i + 1])):
                continue
            for edit_first in (True, False):
                found = _suspect(text, run, keys, i, edit_first, seen)
                if found is not None:
                    candidates.append(found)
    accepted: list[_Candidate] = []
    # Two flags on overlapping pairs describe one slip: keep the better supported one.
    for cand in sorted(candidates, key=lambda c: c.strength, reverse=True):
        if all(cand.end <= a.start or cand.start >= a.end for a in accepted):
            accepted.append(cand)
    typos = []
    for cand in sorted(accepted, key=lambda c: c.start):
        es, ee = cand.edited
        suggestion = text[cand.start : es] + _match_case(cand.variant, text[es:ee]) + text[ee : cand.end]
        typos.append(Typo(Span(text[cand.start : cand.end], cand.start, cand.end), suggestion, cand.reason))
    return tuple(typos)
