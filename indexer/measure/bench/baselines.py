"""The two baselines, fed the same parsed records as our index: SQLite FTS5 and plain Whoosh.

Both index one row per paragraph (the records of :func:`indexer.index.schema.records`) with the
answer key and the facets.  A search returns the number of matching answers and the top
10 paragraphs with a highlighted snippet — what our engine returns, minus the grouping.
FTS5 uses ``unicode61 remove_diacritics 2`` and ``snippet()``; plain Whoosh uses the
StandardAnalyzer, the default writer and ``hit.highlights()``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.qparser import QueryParser

from indexer.index.schema import document_facets, records
from indexer.measure.bench.queries import BenchQuery
from indexer.model import Document

Row = tuple[str, str, str | None, int | None, int | None]  # body, answer_key, ministerium, jahr, datum


def rows(documents: Iterable[Document]) -> Iterator[Row]:
    """Each paragraph with its document's facets (our index keeps those on the title record only)."""
    for document in documents:
        facets = document_facets(document)
        for record in records(document):
            yield (
                record["body"],
                record["answer_key"],
                facets.get("ministerium"),
                facets.get("jahr"),
                facets.get("datum"),
            )


# --- SQLite FTS5 -------------------------------------------------------------------------


def fts5_build(path: Path, documents: Iterable[Document]) -> int:
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE para USING fts5(body, answer_key UNINDEXED, ministerium UNINDEXED, "
        "jahr UNINDEXED, datum UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
    )
    count = 0
    with connection:
        for batch in _batches(rows(documents), 5_000):
            connection.executemany("INSERT INTO para VALUES (?, ?, ?, ?, ?)", batch)
            count += len(batch)
        connection.execute("INSERT INTO para(para) VALUES ('optimize')")
    connection.close()
    return count


class Fts5Searcher:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, check_same_thread=False)

    def search(self, query: BenchQuery) -> tuple[int, list[str]]:
        where, params = "para MATCH ?", [query.fts5]
        if query.facet:
            where += f" AND {query.facet[0]} = ?"
            params.append(query.facet[1])
        total = self.connection.execute(
            f"SELECT count(DISTINCT answer_key) FROM para WHERE {where}", params
        ).fetchone()[0]
        order = "datum DESC" if query.date_sort else "rank"
        snippets = [
            row[1]
            for row in self.connection.execute(
                f"SELECT answer_key, snippet(para, 0, '<mark>', '</mark>', '…', 40) FROM para "
                f"WHERE {where} ORDER BY {order} LIMIT 10",
                params,
            )
        ]
        return total, snippets


# --- plain Whoosh ------------------------------------------------------------------------


def plain_schema() -> Schema:
    return Schema(
        body=TEXT(analyzer=StandardAnalyzer(), stored=True),
        answer_key=ID(stored=True),
        ministerium=ID(),
        jahr=NUMERIC(int),
        datum=NUMERIC(int, sortable=True),
    )


def plain_build(path: Path, documents: Iterable[Document]) -> int:
    path.mkdir(parents=True, exist_ok=True)
    index = whoosh_index.create_in(str(path), plain_schema())
    writer = index.writer()
    count = 0
    for body, key, ministry, year, date in rows(documents):
        fields: dict[str, Any] = {"body": body, "answer_key": key}
        if ministry:
            fields["ministerium"] = ministry
        if year is not None:
            fields["jahr"], fields["datum"] = year, date
        writer.add_document(**fields)
        count += 1
    writer.commit()
    return count


class PlainWhooshSearcher:
    def __init__(self, path: Path) -> None:
        self.index = whoosh_index.open_dir(str(path))
        self.searcher = self.index.searcher()
        self.parser = QueryParser("body", self.index.schema)

    def search(self, query: BenchQuery) -> tuple[int, list[str]]:
        parsed = self.parser.parse(query.plain)
        facet = wq.Term(*query.facet) if query.facet else None
        if query.facet and query.facet[0] == "jahr":
            facet = wq.NumericRange("jahr", query.facet[1], query.facet[1])
        results = self.searcher.search(
            parsed,
            limit=10,
            filter=facet,
            sortedby="datum" if query.date_sort else None,
            reverse=query.date_sort,
            groupedby="answer_key",
        )
        total = len(results.groups("answer_key"))
        return total, [hit.highlights("body") for hit in results]


def _batches(items: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
