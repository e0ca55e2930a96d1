"""Frozen value types for an analysed article; every span carries offsets into the article text."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, overload

from dvcli.text.tokens import TokenTable

SCHEMA_VERSION = "2.0"


def json_safe(value: Any) -> Any:
    """Return ``value`` with tuples turned into lists, recursively, as JSON writes them."""
    if isinstance(value, (tuple, list)):
        return [json_safe(v) for v in value]
    return value


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article text: ``article.text[start:end] == text``."""

    text: str
    start: int
    end: int

    @classmethod
    def of(cls, text: str, start: int, end: int) -> Span:
        """The span of ``text[start:end]``."""
        return cls(text[start:end], start, end)

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


class Spanned:
    """A value that covers one span of the article: ``text``, ``start`` and ``end`` read through to it."""

    __slots__ = ()
    span: Span

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass(frozen=True, slots=True)
class Source:
    """Where an input came from: the path as given, or ``<stdin>``, or ``<text>`` for a string; ``encoding`` is the
    encoding its bytes were read in (``utf-8``, ``utf-16-le``, ``tcvn3``…), ``None`` for text given as a string;
    for a record of a JSON Lines file, also its ``line`` number and the ``id`` and ``url`` it gave."""

    path: str
    encoding: str | None = None
    id: str | None = None
    line: int | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        extra = {"id": self.id, "line": self.line, "url": self.url}
        return {
            "path": self.path,
            "encoding": self.encoding,
            **{key: value for key, value in extra.items() if value is not None},
        }


@dataclass(frozen=True, slots=True)
class Paragraph(Spanned):
    """A body paragraph (not the title, dateline, byline, sapo or a noise line)."""

    index: int
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.span.to_dict()}


@dataclass(frozen=True, slots=True)
class Sentence(Spanned):
    """A sentence of a body paragraph; ``paragraph`` is that paragraph's index."""

    index: int
    span: Span
    paragraph: int

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.span.to_dict(), "paragraph": self.paragraph}


@dataclass(frozen=True, slots=True)
class Word(Spanned):
    """A word of the title or of a body sentence; a multi-syllable word keeps its inner spaces.

    ``sentence`` is the index of the sentence holding it, or ``None`` for a word of the title.
    """

    span: Span
    sentence: int | None

    @property
    def syllables(self) -> int:
        return len(self.span.text.split())

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "sentence": self.sentence}


class WordDicts(Sequence[dict[str, Any]]):
    """The words' dictionaries, each made when it is read. An export of a long article writes millions of words,
    and holding all their dictionaries at once took more memory than the analysis itself."""

    __slots__ = ("_words",)

    def __init__(self, words: Sequence[Word]) -> None:
        self._words = words

    def __len__(self) -> int:
        return len(self._words)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [word.to_dict() for word in self._words[index]]
        return self._words[index].to_dict()

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return map(Word.to_dict, self._words)


@dataclass(frozen=True, slots=True)
class NoiseLine(Spanned):
    """A line that is not article prose: a picture placeholder, a photo credit, a media label.

    ``kind`` is one of ``"punctuation"``, ``"photo_credit"``, ``"media_label"``.
    """

    span: Span
    kind: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "kind": self.kind}


@dataclass(frozen=True, slots=True)
class Credit:
    """A name the byline gives: ``name`` as normalised (``Tổng hợp`` for ``(t/h)``) and ``span``, where the text
    writes it (``None`` when the normalised name is not written as one stretch, e.g. across a line break)."""

    name: str
    span: Span | None


@dataclass(frozen=True, slots=True)
class Byline(Spanned):
    """Who wrote the article and for whom; ``span`` covers the whole byline as printed."""

    span: Span
    author: Credit | None
    source: Credit | None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "author": self.author.name if self.author else None,
            "source": self.source.name if self.source else None,
            "author_span": self.author.span.to_dict() if self.author and self.author.span else None,
            "source_span": self.source.span.to_dict() if self.source and self.source.span else None,
        }


@dataclass(frozen=True, slots=True)
class Dateline(Spanned):
    """The publication line and what it says.

    ``published`` is timezone-aware when the line carries an offset (or ``--tz`` was given);
    ``weekday`` is the weekday as printed (e.g. ``"Thứ Tư"``), or ``None``.
    """

    span: Span
    published: datetime | None
    weekday: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "published": self.published.isoformat() if self.published else None,
            "weekday": self.weekday,
        }


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article. Offsets of every span refer to ``text`` (the loaded, NFC-normalised text).

    ``tokens`` is the token table every later stage reads (see :mod:`dvcli.text.tokens`); it is derived from the
    other fields, so it takes no part in equality and is not written to JSON.
    """

    text: str
    title: Span | None
    dateline: Dateline | None
    byline: Byline | None
    lead: Paragraph | None
    sapo: Span | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    words: tuple[Word, ...]
    noise_lines: tuple[NoiseLine, ...]
    tokens: TokenTable = field(compare=False, repr=False)
    warnings: tuple[str, ...] = ()

    @property
    def published(self) -> datetime | None:
        return self.dateline.published if self.dateline else None

    def to_dict(self, lazy_words: bool = False) -> dict[str, Any]:
        """The article as plain values. With ``lazy_words``, ``words`` is a :class:`WordDicts` that makes each
        word's dictionary only as it is read (for a writer that streams), otherwise a list."""
        return {
            "text": self.text,
            "title": self.title.text if self.title else None,
            "title_span": self.title.to_dict() if self.title else None,
            "published": self.published.isoformat() if self.published else None,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "byline": self.byline.to_dict() if self.byline else {"author": None, "source": None},
            "lead": self.lead.text if self.lead else None,
            "lead_span": self.lead.to_dict() if self.lead else None,
            "sapo": self.sapo.text if self.sapo else None,
            "sapo_span": self.sapo.to_dict() if self.sapo else None,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "sentences": [s.to_dict() for s in self.sentences],
            "words": WordDicts(self.words) if lazy_words else [w.to_dict() for w in self.words],
            "noise_lines": [n.to_dict() for n in self.noise_lines],
        }


@dataclass(frozen=True, slots=True)
class Entity(Spanned):
    """A mention of a person, organisation, place, date, time, quote, number or ordinal.

    ``type`` is one of ``person``, ``organization``, ``location``, ``date``, ``time``, ``quote``,
    ``number``, ``ordinal``. ``attributes`` holds the type-specific fields as ``(name, value)`` pairs with
    JSON-safe values, tuples for lists (e.g. a person's ``title`` and ``roles``, a date's ``value``).
    """

    type: str
    span: Span
    attributes: tuple[tuple[str, Any], ...] = ()

    def get(self, name: str, default: Any = None) -> Any:
        for key, value in self.attributes:
            if key == name:
                return value
        return default

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, **self.span.to_dict(), **{k: json_safe(v) for k, v in self.attributes}}


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One distinct person, organisation or place: its mentions merged (full name and surname, abbreviation and
    expansion, ``Tỉnh ủy`` and ``Tỉnh ủy Quảng Ninh``).

    ``name`` is the fullest form the text writes (for a place, the name without its type word, which is ``kind``);
    ``spans`` holds every mention in text order; ``titles`` and ``roles`` are a person's, ``kind`` a place's,
    ``expansion`` an organisation's abbreviation spelled out.
    """

    name: str
    spans: tuple[Span, ...]
    titles: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    kind: str | None = None
    expansion: str | None = None

    @property
    def mentions(self) -> int:
        return len(self.spans)

    def to_dict(self, kind_of: str) -> dict[str, Any]:
        """The record of an entry of the ``people``, ``organizations`` or ``places`` list (``kind_of``)."""
        record: dict[str, Any] = {"name": self.name, "mentions": self.mentions}
        if kind_of == "people":
            record["titles"] = list(self.titles)
            record["roles"] = list(self.roles)
        elif kind_of == "places":
            record["kind"] = self.kind
        else:
            record["expansion"] = self.expansion
        record["spans"] = [{"start": s.start, "end": s.end, "text": s.text} for s in self.spans]
        return record


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Who and what a story is about: distinct people, organisations and places, each list ordered by the number
    of mentions, then by first appearance."""

    people: tuple[IndexEntry, ...] = ()
    organizations: tuple[IndexEntry, ...] = ()
    places: tuple[IndexEntry, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "people": [e.to_dict("people") for e in self.people],
            "organizations": [e.to_dict("organizations") for e in self.organizations],
            "places": [e.to_dict("places") for e in self.places],
        }


@dataclass(frozen=True, slots=True)
class ScoredSentence(Spanned):
    """A sentence chosen for a summary, with the ranker's score (higher is more important)."""

    index: int
    span: Span
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, **self.span.to_dict(), "score": round(self.score, 6)}


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: ``sentences`` in document order; ``scores`` holds every sentence's score (indexed
    like ``article.sentences``, from 0); ``warnings`` says why the budget could not be kept, if so."""

    method: str
    sentences: tuple[ScoredSentence, ...]
    scores: tuple[float, ...] = ()
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": self.method,
            "sentences": [s.to_dict() for s in self.sentences],
            "scores": [round(s, 6) for s in self.scores],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyword or keyphrase; ``text`` is its most frequent surface form, ``count`` its occurrences."""

    text: str
    score: float
    count: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "score": round(self.score, 6), "count": self.count}


@dataclass(frozen=True, slots=True)
class ReadingTime:
    """How long the article takes to read at ``syllables_per_minute``; ``basis`` says where that rate comes from."""

    seconds: int
    syllables_per_minute: int
    basis: str

    def to_dict(self) -> dict[str, Any]:
        return {"seconds": self.seconds, "syllables_per_minute": self.syllables_per_minute, "basis": self.basis}


@dataclass(frozen=True, slots=True)
class Readability:
    """The readability formula of Luong, Nguyen & Dinh (KSE 2018), with its inputs; higher is harder.

    ``characters`` counts letters and digits of the body's words, ``words`` the words holding one, ``syllables``
    their space-separated parts and ``rare_syllables`` those outside the common-syllable list. The scale has no
    published bands: ``percentile`` places ``score`` among the reference news corpus and ``label`` says it in
    words (``None`` and ``""`` without a table).
    """

    score: float
    chars_per_sentence: float
    chars_per_word: float
    rare_syllable_share: float
    characters: int
    words: int
    syllables: int
    rare_syllables: int
    sentences: int
    percentile: float | None
    label: str
    basis: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "formula": "luong_nguyen_dinh_2018",
            "score": round(self.score, 4),
            "chars_per_sentence": round(self.chars_per_sentence, 4),
            "chars_per_word": round(self.chars_per_word, 4),
            "rare_syllable_share": round(self.rare_syllable_share, 4),
            "characters": self.characters,
            "words": self.words,
            "syllables": self.syllables,
            "rare_syllables": self.rare_syllables,
            "sentences": self.sentences,
            "percentile": self.percentile,
            "label": self.label,
            "basis": self.basis,
        }


@dataclass(frozen=True, slots=True)
class SentenceLengths:
    """Sentence length in syllables: ``histogram`` holds ``(low, high, sentences)`` bins (``high`` None: open)."""

    mean: float
    median: float
    max: int
    histogram: tuple[tuple[int, int | None, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "mean": round(self.mean, 2),
            "median": self.median,
            "max": self.max,
            "histogram": [{"from": low, "to": high, "sentences": n} for low, high, n in self.histogram],
        }


@dataclass(frozen=True, slots=True)
class LexicalDiversity:
    """Type/token ratio of the words, and MTLD (McCarthy & Jarvis 2010), which does not fall with length.

    ``mtld`` is ``None`` when no word repeats (the measure is undefined then).
    """

    types: int
    tokens: int
    type_token_ratio: float
    mtld: float | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "types": self.types,
            "tokens": self.tokens,
            "type_token_ratio": round(self.type_token_ratio, 4),
            "mtld": None if self.mtld is None else round(self.mtld, 2),
            "mtld_threshold": 0.72,
        }


@dataclass(frozen=True, slots=True)
class ParagraphCounts:
    """The counts of one body paragraph."""

    index: int
    characters: int
    syllables: int
    words: int
    sentences: int

    def to_dict(self) -> dict[str, Any]:
        return {
            "index": self.index,
            "characters": self.characters,
            "syllables": self.syllables,
            "words": self.words,
            "sentences": self.sentences,
        }


@dataclass(frozen=True, slots=True)
class Typo(Spanned):
    """A probable typo: two adjacent syllables as written, and the pair a careful reader would expect.

    ``suggestion`` is the corrected pair in the original's case; ``reason`` says, in English, which counts made
    the pair suspicious.
    """

    span: Span
    suggestion: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "suggestion": self.suggestion, "reason": self.reason}


@dataclass(frozen=True, slots=True)
class TypoInContext(Spanned):
    """A probable typo (see :class:`Typo`) with ``context``, the few words around it on its line."""

    span: Span
    suggestion: str
    reason: str
    context: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.span.to_dict(),
            "suggestion": self.suggestion,
            "reason": self.reason,
            "context": self.context.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Finding(Spanned):
    """One hygiene finding at ``span``; ``detail`` says what it is (a code point's name, the expected form)."""

    span: Span
    detail: str

    def to_dict(self) -> dict[str, Any]:
        return {**self.span.to_dict(), "detail": self.detail}


@dataclass(frozen=True, slots=True)
class ToneForm:
    """A syllable written with one tone placement, and where: ``starts`` are offsets into the article text."""

    text: str
    style: str
    starts: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "style": self.style, "starts": list(self.starts)}


@dataclass(frozen=True, slots=True)
class Hygiene:
    """What is wrong with the text as typed; nothing here changes it. Every offset indexes the article text.

    ``tone_placement`` lists the forms of both tone placements (hòa/hoà, thủy/thuỷ) when the article mixes them,
    and is empty when it keeps to one. ``decomposed`` holds combining marks left uncomposed after NFC.
    """

    typos: tuple[TypoInContext, ...] = ()
    non_syllables: tuple[Finding, ...] = ()
    tone_placement: tuple[ToneForm, ...] = ()
    invisible: tuple[Finding, ...] = ()
    decomposed: tuple[Finding, ...] = ()
    space_before_punctuation: tuple[Finding, ...] = ()
    doubled_spaces: tuple[Finding, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "typos": [t.to_dict() for t in self.typos],
            "non_syllables": [f.to_dict() for f in self.non_syllables],
            "tone_placement": [f.to_dict() for f in self.tone_placement],
            "invisible": [f.to_dict() for f in self.invisible],
            "decomposed": [f.to_dict() for f in self.decomposed],
            "space_before_punctuation": [f.to_dict() for f in self.space_before_punctuation],
            "doubled_spaces": [f.to_dict() for f in self.doubled_spaces],
        }


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts over the article's content (title and body paragraphs; never noise, byline or sapo), their
    distributions, readability, keywords and the text's hygiene; ``warnings`` says each hygiene finding in words.

    ``readability`` and ``sentence_length`` are ``None`` for an article without a body sentence.
    """

    characters: int
    characters_no_spaces: int
    syllables: int
    words: int
    sentences: int
    paragraphs: int
    noise_lines: int
    reading_time: ReadingTime
    readability: Readability | None = None
    sentence_length: SentenceLengths | None = None
    lexical_diversity: LexicalDiversity | None = None
    per_paragraph: tuple[ParagraphCounts, ...] = ()
    keywords: tuple[Keyword, ...] = ()
    hygiene: Hygiene = field(default_factory=Hygiene)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "characters": self.characters,
            "characters_no_spaces": self.characters_no_spaces,
            "syllables": self.syllables,
            "words": self.words,
            "sentences": self.sentences,
            "paragraphs": self.paragraphs,
            "noise_lines": self.noise_lines,
            "reading_time": self.reading_time.to_dict(),
            "readability": self.readability.to_dict() if self.readability else None,
            "sentence_length": self.sentence_length.to_dict() if self.sentence_length else None,
            "lexical_diversity": self.lexical_diversity.to_dict() if self.lexical_diversity else None,
            "per_paragraph": [p.to_dict() for p in self.per_paragraph],
            "keywords": [k.to_dict() for k in self.keywords],
            "hygiene": self.hygiene.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything dvcli knows about one input: the record that ``export --format json`` writes.

    ``entities``, ``summary``, ``stats`` and ``typos`` are ``None`` when their stage was not asked for; ``index``
    (the entities merged into distinct people, organisations and places) is computed with ``entities``.
    """

    source: Source
    article: Article
    entities: tuple[Entity, ...] | None = None
    summary: Summary | None = None
    stats: Stats | None = None
    typos: tuple[Typo, ...] | None = None
    index: EntityIndex | None = None

    @property
    def warnings(self) -> tuple[str, ...]:
        """The article's warnings (loading, parsing), then the summary's, then the stats stage's hygiene warnings."""
        summary = self.summary.warnings if self.summary is not None else ()
        return self.article.warnings + summary + (self.stats.warnings if self.stats else ())

    def to_dict(self, lazy_words: bool = False) -> dict[str, Any]:
        """The full record; a part that was not computed (see ``AnalyzeOptions.stages``) is left out.
        ``lazy_words`` as in :meth:`Article.to_dict`."""
        record: dict[str, Any] = {
            "schema_version": SCHEMA_VERSION,
            "source": self.source.to_dict(),
            "article": self.article.to_dict(lazy_words),
        }
        if self.index is not None:
            record["index"] = self.index.to_dict()
        if self.entities is not None:
            record["entities"] = [e.to_dict() for e in self.entities]
        if self.summary is not None:
            record["summary"] = self.summary.to_dict()
        if self.stats is not None:
            record["stats"] = self.stats.to_dict()
        if self.typos is not None:
            record["typos"] = [t.to_dict() for t in self.typos]
        record["warnings"] = list(self.warnings)
        return record
