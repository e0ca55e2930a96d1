"""Text -> look-up keys, stop words and corpus IDF, and the token table (``TokenTable``) every later stage reads."""

from dvcli.text.fold import fold
from dvcli.text.tokens import LineRole, TokenLine, TokenTable, build_token_table

__all__ = ["LineRole", "TokenLine", "TokenTable", "build_token_table", "fold"]
