"""A simple word's relatives: the words of its Snowball family the answers hold (``Gefährdung``,
``gefährdet`` for ``Gefährder``).

They never meet the word fully, only loosely — said and shown below the full matches, in the
relaxed tier (see :mod:`indexer.search.matching`) — so they are looked up only when that tier or
a relaxed hit's explanation asks.  Looking them up is a term lookup per candidate, form and
segment (some 90 for ``Polizei`` at 10k, most of them for terms no text holds), which a search
whose page fills with full matches never needs.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property

from whoosh import query as wq
from whoosh.reading import IndexReader

from indexer.analysis.analyzer import as_head
from indexer.analysis.query_text import stem_family
from indexer.index.schema import ANSWER


class Relatives:
    """The relatives of the word ``text`` in ``fields``, looked up in ``reader`` when first asked;
    ``word`` makes the query for one term (on its own or as a compound's head)."""

    def __init__(
        self, reader: IndexReader, text: str, fields: tuple[str, ...], word: Callable[[str, tuple[str, ...]], wq.Query]
    ) -> None:
        self._reader, self._text, self._fields, self._word = reader, text, fields, word

    @property
    def queries(self) -> tuple[wq.Query, ...]:
        """What meets the word loosely: one query for all its relatives (empty: the answers hold none)."""
        return self._found[0]

    @property
    def terms(self) -> frozenset[str]:
        """The index terms of its relatives (to show which word an answer has instead)."""
        return self._found[1]

    @cached_property
    def _found(self) -> tuple[tuple[wq.Query, ...], frozenset[str]]:
        # looked up in the answers only: each lookup costs, and a relative only in a title adds little
        reader = self._reader
        related = [t for t in stem_family(self._text) if any(reader.doc_frequency(ANSWER, x) for x in (t, as_head(t)))]
        if not related:
            return (), frozenset()
        family = wq.Or([self._word(term, self._fields) for term in related])
        return (family,), frozenset(t for term in related for t in (term, as_head(term)))
