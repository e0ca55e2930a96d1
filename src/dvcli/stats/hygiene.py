"""Text hygiene: typos in context, non-syllables, mixed tone placement, invisible characters, stray spaces."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from itertools import islice

from dvcli import resources
from dvcli.model import Article, Finding, Hygiene, Span, ToneForm, Typo, TypoInContext
from dvcli.stats.syllables import is_syllable, tone_style
from dvcli.stats.typos import find_typos
from dvcli.text.tokens import LETTERS, PUNCTUATION, LineRole

# Words of context on each side of a typo.
CONTEXT_WORDS = 3
# A lowercase token the news corpus writes in this many articles is an established loanword or unit (video, km),
# not a slip; rarer non-syllables (đươc, nguời) are reported.
ESTABLISHED_DF = resources.COMMON
# Offsets listed in one warning; the rest are in stats.hygiene.
WARNING_OFFSETS = 10

# Characters that take no room on screen: zero-width space, non-joiner, joiner, word joiner, BOM (past the start),
# soft hyphen, and the bidirectional marks, embeddings, overrides and isolates.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Combining marks that NFC left alone: decomposed input whose mark has no precomposed letter, or a stray mark.
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SPACE_BEFORE = re.compile(r"(?<=\S)[ \t\u00a0]+(?=[,.;:!?)\]}…%])")
_DOUBLED = re.compile(r"(?<=\S)[ \t\u00a0]{2,}(?=\S)")
_STYLE_NAMES = {"first_vowel": "on the first vowel (hòa, thủy)", "second_vowel": "on the second vowel (hoà, thuỷ)"}


def _typos_in_context(article: Article, typos: tuple[Typo, ...] | None) -> tuple[TypoInContext, ...]:
    tokens, text = article.tokens, article.text
    line_firsts = [line.first for line in tokens.lines]
    found = []
    for typo in find_typos(article) if typos is None else typos:
        first = bisect_left(tokens.starts, typo.start)
        last = bisect_left(tokens.starts, typo.end) - 1
        at = bisect_right(line_firsts, first) - 1
        line = tokens.lines[at] if at >= 0 and first < tokens.lines[at].stop else None
        lo, hi = (line.first, line.stop) if line else (first, last + 1)
        # Walked outwards from the typo and stopped at CONTEXT_WORDS: a typo in a line of a million tokens
        # costs its context, not its line.
        before = _words_from(tokens.flags, range(first - 1, lo - 1, -1))[::-1]
        after = _words_from(tokens.flags, range(last + 1, hi))
        start = tokens.starts[before[0]] if before else typo.start
        end = tokens.ends[after[-1]] if after else typo.end
        found.append(TypoInContext(typo.span, typo.suggestion, typo.reason, Span.of(text, start, end)))
    return tuple(found)


def _words_from(flags: Sequence[int], indices: range) -> list[int]:
    """The first CONTEXT_WORDS indices of ``indices`` whose tokens are not punctuation."""
    return list(islice((i for i in indices if not flags[i] & PUNCTUATION), CONTEXT_WORDS))


def _lettered(article: Article) -> Iterable[int]:
    tokens = article.tokens
    for line in tokens.lines_of(LineRole.TITLE, LineRole.PARAGRAPH, LineRole.SAPO):
        for i in range(line.first, line.stop):
            if tokens.flags[i] & LETTERS:
                yield i


def _non_syllables(article: Article) -> tuple[Finding, ...]:
    tokens, text = article.tokens, article.text
    found = []
    for i in _lettered(article):
        token = tokens.texts[i]
        # Capitalised tokens are names and abbreviations (Trump, UBND), and plain-ASCII ones that break the rules
        # are foreign words (you, massage) far more often than slips: only lowercase words written with a
        # Vietnamese letter or tone mark are judged (vuờn, đnag, môt; over 300 baomoi and vnds_val articles 18 of
        # the 24 so found were slips, the rest loanwords such as ăngten, balô).
        if token.isascii() or not token.islower() or is_syllable(token):
            continue
        if resources.syllable_documents(tokens.keys[i]) >= ESTABLISHED_DF:
            continue
        found.append(Finding(Span.of(text, tokens.starts[i], tokens.ends[i]), "not a Vietnamese syllable"))
    return tuple(found)


def _tone_placement(article: Article) -> tuple[ToneForm, ...]:
    tokens = article.tokens
    forms: dict[tuple[str, str], list[int]] = {}
    for i in _lettered(article):
        form = tokens.texts[i].lower()
        style = tone_style(form)
        if style is not None:
            forms.setdefault((style, form), []).append(tokens.starts[i])
    if len({style for style, _ in forms}) < 2:
        return ()
    return tuple(ToneForm(form, style, tuple(starts)) for (style, form), starts in sorted(forms.items()))


def _matches(pattern: re.Pattern[str], text: str, spans: Iterable[tuple[int, int]], detail: str) -> list[Finding]:
    return [
        Finding(Span.of(text, m.start(), m.end()), detail)
        for start, end in spans
        for m in pattern.finditer(text, start, end)
    ]


def _code_point(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'UNNAMED')}"


def check_hygiene(article: Article, typos: tuple[Typo, ...] | None = None) -> Hygiene:
    """Return what is wrong with the article's text as typed; never changes or raises on it.

    Typos, non-syllables and tone placement are judged in the title, body and sapo; stray spaces in every readable
    line; invisible characters and uncomposed combining marks anywhere in the text (a BOM at offset 0 excepted).
    ``typos``: the article's typos when the caller has them
    already (``find_typos`` runs otherwise).
    """
    text = article.text
    lines = [(line.start, line.end) for line in article.tokens.lines]
    invisible = [
        Finding(Span.of(text, m.start(), m.end()), _code_point(m.group()))
        for m in _INVISIBLE.finditer(text)
        if not (m.start() == 0 and m.group() == "\ufeff")
    ]
    decomposed = [
        Finding(Span.of(text, m.start(), m.end()), f"{_code_point(m.group())} not composed with the letter before it")
        for m in _COMBINING.finditer(text)
    ]
    return Hygiene(
        typos=_typos_in_context(article, typos),
        non_syllables=_non_syllables(article),
        tone_placement=_tone_placement(article),
        invisible=tuple(invisible),
        decomposed=tuple(decomposed),
        space_before_punctuation=tuple(_matches(_SPACE_BEFORE, text, lines, "space before punctuation")),
        doubled_spaces=tuple(_matches(_DOUBLED, text, lines, "more than one space")),
    )


def _offsets(starts: list[int]) -> str:
    shown = ", ".join(map(str, starts[:WARNING_OFFSETS]))
    more = len(starts) - WARNING_OFFSETS
    return shown + (f" and {more} more (see stats.hygiene)" if more > 0 else "")


def _grouped(findings: tuple[Finding, ...], what: str) -> list[str]:
    by_detail: dict[str, list[int]] = {}
    for finding in findings:
        by_detail.setdefault(f"{what} {finding.detail}" if what else finding.detail, []).append(finding.start)
    return [f"{label} at offset{'s' if len(s) > 1 else ''} {_offsets(s)}" for label, s in by_detail.items()]


def hygiene_warnings(hygiene: Hygiene) -> tuple[str, ...]:
    """Say every hygiene finding in words, one warning per kind of finding (and per typo), with its offsets."""
    warnings = [
        f"possible typo {t.text!r} (did you mean {t.suggestion!r}?) at offset {t.start}: …{t.context.text}…"
        for t in hygiene.typos
    ]
    by_word: dict[str, list[int]] = {}
    for finding in hygiene.non_syllables:
        by_word.setdefault(finding.text, []).append(finding.start)
    warnings += [
        f"{word!r} is not a Vietnamese syllable (a typo, or a loanword?) at offset {_offsets(s)}"
        for word, s in by_word.items()
    ]
    if hygiene.tone_placement:
        styles = []
        for style, name in _STYLE_NAMES.items():
            forms = [f"{f.text!r} at {_offsets(list(f.starts))}" for f in hygiene.tone_placement if f.style == style]
            styles.append(f"{name}: " + "; ".join(forms))
        warnings.append("tone marks are placed both ways in this article, " + " / ".join(styles))
    warnings += _grouped(hygiene.invisible, "invisible character")
    if hygiene.decomposed:
        warnings += [w + " (decomposed, NFD, input?)" for w in _grouped(hygiene.decomposed, "combining mark")]
    warnings += _grouped(hygiene.space_before_punctuation, "")
    warnings += _grouped(hygiene.doubled_spaces, "")
    return tuple(warnings)
