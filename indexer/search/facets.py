"""Facet counts: how many matching *answers* each parliament, period, ministry, party and year has.

Whoosh's own facets count records (paragraphs); a researcher counts answers.  So the
values of every record are read once per index generation from the postings of the
facet fields (like Whoosh's ``OverlappingCategorizer``), and a search counts one record
per matching answer.  Cost per search: one lookup per matching answer.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from whoosh.reading import IndexReader

from indexer.facet_fields import FACET_NAMES, FACETS


class FacetValues:
    """The facet values of every record of one reader (docnum → values per field)."""

    def __init__(self, reader: IndexReader, schema) -> None:
        size = reader.doc_count_all()
        self._values: dict[str, list[tuple[Any, ...]]] = {}
        for name in FACET_NAMES:
            per_doc: list[tuple[Any, ...]] = [()] * size
            if name in reader.indexed_field_names():
                field = schema[name]
                for btext in field.sortable_terms(reader, name):
                    value = field.from_bytes(btext)
                    for docnum in reader.postings(name, btext).all_ids():
                        per_doc[docnum] = per_doc[docnum] + (value,)
            self._values[name] = per_doc

    def count(self, answer_docnums: Iterable[int]) -> dict[str, list[tuple[Any, int]]]:
        """``{field: [(value, answers), …]}``, most frequent first (years and periods: newest first)."""
        counters: dict[str, Counter] = {name: Counter() for name in FACET_NAMES}
        for docnum in answer_docnums:
            for name in FACET_NAMES:
                counters[name].update(self._values[name][docnum])
        result: dict[str, list[tuple[Any, int]]] = {}
        for facet in FACETS:
            counter = counters[facet.name]
            if facet.numeric:
                result[facet.name] = sorted(counter.items(), key=lambda item: item[0], reverse=True)
            else:
                result[facet.name] = sorted(counter.items(), key=lambda item: (-item[1], str(item[0])))
        return result
