"""The two baselines our engine is measured against: SQLite FTS5 and plain Whoosh.

Both are built in the same run from the same parsed documents as our index, as rows of
(text, answer key, facets).  ``anfragen eval`` feeds them one row per answer
(:func:`answer_rows`), so a difference in its numbers is analysis and ranking, not unit size;
``anfragen bench`` one row per paragraph, as our index stores them (:func:`paragraph_rows`).

* FTS5: ``unicode61 remove_diacritics 2``, ranked by ``bm25()``, snippets by ``snippet()``;
* plain Whoosh: ``StandardAnalyzer``, one text field, Whoosh's default (AND) query parser, BM25F.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import StandardAnalyzer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.qparser import QueryParser

from indexer.index.schema import answer_key, document_facets, paragraphs
from indexer.model import Document

Row = tuple[str, str, str | None, int | None, int | None]  # body, answer_key, ministerium, jahr, datum
Facet = tuple[str, str | int]  # (field, value): ministerium or jahr


def answer_rows(documents: Iterable[Document]) -> Iterator[Row]:
    """Every answer as one row (title, question and answer paragraphs), plus one row for each
    document head (title and Vorbemerkungen): whole answers, as our engine matches them."""
    for document in documents:
        head = [document.title, *document.preamble, *document.government_preamble]
        yield "\n".join(head), answer_key(document.id, None), None, None, None
        for question in document.questions:
            text = "\n".join([document.title, question.text, *question.answer])
            yield text, answer_key(document.id, question.number), None, None, None


def paragraph_rows(documents: Iterable[Document]) -> Iterator[Row]:
    """Each paragraph with its document's facets (our index keeps those on the title record only)."""
    for document in documents:
        facets = document_facets(document)
        for _kind, question, _para, text in paragraphs(document):
            yield (
                text,
                answer_key(document.id, question),
                facets.get("ministerium"),
                facets.get("jahr"),
                facets.get("datum"),
            )


# --- SQLite FTS5 -------------------------------------------------------------------------


def fts5_build(path: Path, rows: Iterable[Row]) -> int:
    """Write the rows into a new FTS5 table ``para`` in the database at ``path``; the row count."""
    connection = sqlite3.connect(path)
    connection.execute(
        "CREATE VIRTUAL TABLE para USING fts5(body, answer_key UNINDEXED, ministerium UNINDEXED, "
        "jahr UNINDEXED, datum UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
    )
    count = 0
    with connection:
        for batch in _batches(rows, 5_000):
            connection.executemany("INSERT INTO para VALUES (?, ?, ?, ?, ?)", batch)
            count += len(batch)
        connection.execute("INSERT INTO para(para) VALUES ('optimize')")
    connection.close()
    return count


_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")


def fts5_expression(text: str) -> str:
    """Our query syntax in FTS5's: each word (or quoted phrase) becomes an FTS5 phrase of its
    word pieces, so numbers and hyphenated words are phrases; phrases are ANDed."""
    phrases = []
    for match in _TOKEN.finditer(text):
        pieces = _WORD.findall(match.group(1) if match.group(1) is not None else match.group(2))
        if pieces:
            phrases.append('"' + " ".join(pieces) + '"')
    return " AND ".join(phrases)


class Fts5Searcher:
    def __init__(self, path: Path) -> None:
        self.connection = sqlite3.connect(path, check_same_thread=False)

    def ranked_keys(self, expression: str, limit: int | None) -> list[str]:
        """Answer keys of the ``limit`` (None: all) best rows by ``bm25()`` (an answer may occur more than once)."""
        rows = self.connection.execute(
            "SELECT answer_key FROM para WHERE para MATCH ? ORDER BY bm25(para) LIMIT ?",
            (expression, -1 if limit is None else limit),
        )
        return [key for (key,) in rows]

    def search(self, expression: str, facet: Facet | None, date_sort: bool) -> tuple[int, list[str]]:
        """(matching answers, snippets of the top 10 rows): what our engine's result page shows."""
        where = "para MATCH ?"
        params: list[str | int] = [expression]
        if facet:
            where += f" AND {facet[0]} = ?"
            params.append(facet[1])
        total = self.connection.execute(
            f"SELECT count(DISTINCT answer_key) FROM para WHERE {where}", params
        ).fetchone()[0]
        order = "datum DESC" if date_sort else "rank"
        snippets = [
            row[1]
            for row in self.connection.execute(
                f"SELECT answer_key, snippet(para, 0, '<mark>', '</mark>', '…', 40) FROM para "
                f"WHERE {where} ORDER BY {order} LIMIT 10",
                params,
            )
        ]
        return total, snippets

    def close(self) -> None:
        self.connection.close()


# --- plain Whoosh ------------------------------------------------------------------------


def plain_schema() -> Schema:
    return Schema(
        body=TEXT(analyzer=StandardAnalyzer(), stored=True),
        answer_key=ID(stored=True),
        ministerium=ID(),
        jahr=NUMERIC(int),
        datum=NUMERIC(int, sortable=True),
    )


def plain_build(path: Path, rows: Iterable[Row]) -> int:
    """Write the rows into a new Whoosh index at ``path`` (default writer, one commit); the row count."""
    path.mkdir(parents=True, exist_ok=True)
    index = whoosh_index.create_in(str(path), plain_schema())
    writer = index.writer()
    count = 0
    for row in rows:
        writer.add_document(**row_fields(row))
        count += 1
    writer.commit()
    return count


def row_fields(row: Row) -> dict[str, Any]:
    """A row as the fields of an index document (facets only where the row has them)."""
    body, key, ministry, year, date = row
    fields: dict[str, Any] = {"body": body, "answer_key": key}
    if ministry:
        fields["ministerium"] = ministry
    if year is not None:
        fields["jahr"], fields["datum"] = year, date
    return fields


class PlainWhooshSearcher:
    def __init__(self, path: Path) -> None:
        self.index = whoosh_index.open_dir(str(path))
        self.searcher = self.index.searcher()
        self.parser = QueryParser("body", self.index.schema)

    def ranked_keys(self, text: str, limit: int | None) -> list[str]:
        """Answer keys of the ``limit`` (None: all) best rows by BM25F (an answer may occur more than once)."""
        results = self.searcher.search(self.parser.parse(text), limit=limit)
        return [hit["answer_key"] for hit in results]

    def search(self, text: str, facet: Facet | None, date_sort: bool) -> tuple[int, list[str]]:
        """(matching answers, highlights of the top 10 rows): what our engine's result page shows."""
        parsed = self.parser.parse(text)
        facet_filter = wq.Term(*facet) if facet else None
        if facet and facet[0] == "jahr":
            facet_filter = wq.NumericRange("jahr", facet[1], facet[1])
        results = self.searcher.search(
            parsed,
            limit=10,
            filter=facet_filter,
            sortedby="datum" if date_sort else None,
            reverse=date_sort,
            groupedby="answer_key",
        )
        total = len(results.groups("answer_key"))
        return total, [hit.highlights("body") for hit in results]

    def close(self) -> None:
        self.searcher.close()


def _batches(items: Iterable[Row], size: int) -> Iterator[list[Row]]:
    batch: list[Row] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
