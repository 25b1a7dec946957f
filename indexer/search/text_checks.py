"""What positions cannot tell, read in a record's text: a query kept only for the records whose text a pattern finds.

The index drops function words and numbers its positions densely, so a span cannot say that „Frage 6“ belongs to the
Drucksache after it rather than to another one between them, or that „für“ joins an authority to its field.  The few
records a span matches are read again (stored text, folded as :func:`~indexer.analysis.word_forms.fold` folds it).
"""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.matching import ListMatcher, Matcher
from whoosh.query.wrappers import WrappingQuery
from whoosh.searching import Searcher

from indexer.analysis.word_forms import fold
from indexer.index.readers import record_text_at


class TextChecked(WrappingQuery):
    """``child`` kept only for the records whose folded text ``pattern`` finds (``cased``: their text as written,
    where only the capitals tell an abbreviation from a word — „LEG“ from „legen“)."""

    def __init__(self, child: wq.Query, pattern: str, cased: bool = False) -> None:
        super().__init__(child)
        self.pattern = pattern
        self.cased = cased

    def _rewrap(self, child: wq.Query) -> TextChecked:
        return TextChecked(child, self.pattern, self.cased)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextChecked) and (self.child, self.pattern, self.cased) == (
            other.child,
            other.pattern,
            other.cased,
        )

    def __hash__(self) -> int:
        return hash((TextChecked, self.child, self.pattern, self.cased))

    def matcher(self, searcher: Searcher, context=None) -> Matcher:
        pattern = re.compile(self.pattern, re.DOTALL)
        read = (lambda text: text) if self.cased else fold
        keep = [d for d in self.child.docs(searcher) if pattern.search(read(record_text_at(searcher, d)))]
        return ListMatcher(keep)  # what matches, not how well: the scoring query weighs it
