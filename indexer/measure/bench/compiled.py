"""tantivy, a compiled Lucene-like engine, as the benchmark's reference for what a search
engine can do on this machine (``pip install tantivy``, in the ``test`` extra only).

Same rows as the other baselines (:func:`indexer.measure.baselines.paragraph_rows`), same
queries, German analysis as close as tantivy offers it: its simple tokenizer, lower case
and the Snowball German stemmer.  The total is the number of distinct answers, as tantivy
counts them (``cardinality``: a HyperLogLog estimate, exact for small counts).
Everything imports tantivy lazily, so the benchmark runs without it (:func:`available`).
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from indexer.measure.baselines import Facet, Row, row_fields

TOKENIZER = "de_stem"
_PREFIX = re.compile(r"^(\w+)\*$")


def available() -> bool:
    return importlib.util.find_spec("tantivy") is not None


def _schema() -> Any:
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=True, tokenizer_name=TOKENIZER)
    builder.add_text_field("answer_key", stored=True, tokenizer_name="raw", fast=True)
    builder.add_text_field("ministerium", tokenizer_name="raw")
    builder.add_integer_field("jahr", indexed=True)
    builder.add_integer_field("datum", fast=True)
    return builder.build()


def _open(path: Path, schema: Any = None) -> Any:
    import tantivy

    index = tantivy.Index(schema, path=str(path)) if schema is not None else tantivy.Index.open(str(path))
    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer("german"))
        .build()
    )
    index.register_tokenizer(TOKENIZER, analyzer)  # tokenizers are not stored with the index
    return index


def build(path: Path, rows: Iterable[Row]) -> int:
    """Write the rows into a new tantivy index at ``path`` (threads: tantivy's choice); the row count."""
    import tantivy

    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    writer = _open(path, _schema()).writer(heap_size=256_000_000)
    count = 0
    for row in rows:
        writer.add_document(tantivy.Document(**row_fields(row)))
        count += 1
    writer.commit()
    writer.wait_merging_threads()
    return count


class TantivySearcher:
    def __init__(self, path: Path) -> None:
        self.index = _open(path)
        self.schema = self.index.schema
        self.searcher = self.index.searcher()

    def query(self, text: str, facet: Facet | None) -> Any:
        """Our syntax in tantivy's: words are ANDed; ``word*`` is a prefix of the indexed terms."""
        import tantivy

        prefix = _PREFIX.match(text)
        if prefix:
            parsed = tantivy.Query.regex_query(self.schema, "body", re.escape(prefix.group(1).lower()) + ".*")
        else:
            parsed = self.index.parse_query(text, ["body"], conjunction_by_default=True)
        if not facet:
            return parsed
        condition = tantivy.Query.term_query(self.schema, facet[0], facet[1])
        return tantivy.Query.boolean_query([(tantivy.Occur.Must, parsed), (tantivy.Occur.Must, condition)])

    def search(self, text: str, facet: Facet | None, date_sort: bool) -> tuple[int, list[str]]:
        """(matching answers, highlighted snippets of the top 10 rows): what our result page shows."""
        import tantivy

        query = self.query(text, facet)
        total = round(self.searcher.cardinality(query, "answer_key"))
        hits = self.searcher.search(query, 10, count=False, order_by_field="datum" if date_sort else None).hits
        snippets = tantivy.SnippetGenerator.create(self.searcher, query, self.schema, "body")
        return total, [snippets.snippet_from_doc(self.searcher.doc(address)).to_html() for _, address in hits]
