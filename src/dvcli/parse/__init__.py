"""Article text -> ``Article``: title, dateline, byline, sapo, paragraphs, noise lines, sentences, words, tokens."""

from dvcli.parse.structure import parse_article

__all__ = ["parse_article"]
