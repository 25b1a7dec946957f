"""Facet counts: how many matching *answers* each parliament, period, ministry, party, asker and year has.

Whoosh's own facets count records (paragraphs); a researcher counts answers.  So the
values of every record are read once per index generation from the postings of the
facet fields (like Whoosh's ``OverlappingCategorizer``), and a search counts one record
per matching answer.  Cost per search: a few numpy passes over the
records with facet values (``bincount``), however many answers match.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
from whoosh.reading import IndexReader

from indexer.facet_fields import FACETS


class FacetValues:
    """The facet values of every record of one reader, as (record, value) pairs per field."""

    def __init__(self, reader: IndexReader, schema) -> None:
        self._size = reader.doc_count_all()
        self._values: dict[str, list[Any]] = {}  # field → its distinct values
        self._pairs: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # field → (records, value indexes)
        for facet in FACETS:
            name = facet.name
            values: dict[Any, int] = {}
            records: list[np.ndarray] = []
            indexes: list[np.ndarray] = []
            if name in reader.indexed_field_names():
                field = schema[name]
                for btext in field.sortable_terms(reader, name):
                    value = field.from_bytes(btext)
                    # spellings of one value (parties: "F.D.P.", "FDP") count as one
                    index = values.setdefault(facet.canonical(value) if facet.canonical else value, len(values))
                    docnums = np.fromiter(reader.postings(name, btext).all_ids(), dtype=np.int64)
                    records.append(docnums)
                    indexes.append(np.full(len(docnums), index, dtype=np.int64))
            self._values[name] = list(values)
            pairs = np.stack([_joined(records), _joined(indexes)])
            if facet.canonical:  # a record with "DIE LINKE" and "Die Linke" counts once
                pairs = np.unique(pairs, axis=1)
            self._pairs[name] = (pairs[0], pairs[1])

    def count(self, answer_docnums: Iterable[int]) -> dict[str, list[tuple[Any, int]]]:
        """``{field: [(value, answers), …]}``, most frequent first (years and periods: newest first)."""
        docnums = np.fromiter(answer_docnums, dtype=np.int64)
        per_record = np.bincount(docnums, minlength=self._size)  # answers counted on each record
        result: dict[str, list[tuple[Any, int]]] = {}
        for facet in FACETS:
            values = self._values[facet.name]
            records, indexes = self._pairs[facet.name]
            counts = np.bincount(indexes, weights=per_record[records], minlength=len(values)).astype(np.int64)
            counter = [(values[i], int(counts[i])) for i in np.flatnonzero(counts).tolist()]
            if facet.numeric:
                result[facet.name] = sorted(counter, key=lambda item: item[0], reverse=True)
            else:
                result[facet.name] = sorted(counter, key=lambda item: (-item[1], str(item[0])))[: facet.top]
        return result


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    return np.concatenate(arrays) if arrays else np.empty(0, dtype=np.int64)
