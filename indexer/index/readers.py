"""Reading a Whoosh index beneath its public API, where the public way costs too much.

Codec classes, private matcher methods and storage attributes are used here and in
:mod:`indexer.index.writers` only: the one place to check when whoosh-reloaded changes.
"""

from __future__ import annotations

import errno
import functools
import itertools
from collections.abc import Iterable
from typing import Any

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3LeafMatcher, _lenfield
from whoosh.columns import NumericColumn
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from indexer.index.codec import STORED
from indexer.index.schema import TITLE, unpack_json
from indexer.index.stored_text import stored_text
from indexer.lru import LRU

COLUMN_READERS = 16  # per segment reader: ``answer_key`` and ``datum``, in a few variants


def segment_key(reader: Any) -> tuple[str, str]:
    """A segment's identity: its directory (when Whoosh tells) and its random segment id."""
    storage = reader.storage()
    folder = getattr(storage, "folder", None) or getattr(getattr(storage, "b", None), "folder", "")
    return str(folder), reader.segment().segment_id()


def segment_searchers(searcher: Searcher) -> list[tuple[Searcher, int]]:
    """The searcher's searcher of each segment with its first record's number; none for an index without documents (a
    new archive), whose one reader has no segment: every search of it failed („'NoneType' object has no attribute
    'segment_id'“)."""
    return [(leaf, offset) for leaf, offset in searcher.leaf_searchers() if leaf.reader().segment() is not None]


def cache_column_readers(searcher: Searcher) -> None:
    """Keep each segment's column readers (``answer_key``, ``datum``) for the searcher's life.

    Whoosh builds a new column reader — reading the offsets of every record — for every
    grouped or sorted search; at archive size that alone costs tens of milliseconds.
    A searcher belongs to one thread, so its readers may keep them.
    """
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        if not getattr(reader, "_anfragen_cached_columns", False):
            reader.column_reader = functools.lru_cache(maxsize=COLUMN_READERS)(reader.column_reader)
            reader._anfragen_cached_columns = True


def cache_field_lengths(searcher: Searcher) -> None:
    """Keep each segment's field lengths (one byte per record and field) in memory.

    BM25F asks for the length of the field of every record it scores; Whoosh reads it from
    the file one record at a time, a sixth of the scoring time.  The bytes are the same, so
    are the scores."""
    for leaf, _offset in searcher.leaf_searchers():
        perdoc = getattr(leaf.reader(), "_perdoc", None)
        if perdoc is None or getattr(perdoc, "_anfragen_lengths", False) or not hasattr(perdoc, "_cached_reader"):
            continue
        perdoc.doc_field_length = functools.partial(_field_length, perdoc, perdoc.doc_field_length, {})
        perdoc._anfragen_lengths = True


def _field_length(perdoc: Any, slow: Any, tables: dict, docnum: int, fieldname: str, default: int = 0) -> Any:
    """``W3PerDocReader.doc_field_length`` from a bytes copy of the lengths column."""
    table = tables.get(fieldname)
    if table is None:
        column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if not isinstance(column, NumericColumn.Reader) or column._fixedlen != 1:
            return slow(docnum, fieldname, default)
        table = tables[fieldname] = bytes(column._dbfile.get(column._basepos, column._count))
    lbyte = table[docnum] if 0 <= docnum < len(table) else 0
    return byte_to_length(lbyte) if lbyte else slow(docnum, fieldname, default)


def hold_segment_files(searcher: Searcher) -> None:
    """Open every per-record file (stored fields, lengths, columns) of the searcher's segments now.

    Whoosh opens them lazily and asks the directory whether a column exists; a commit that
    merged a segment away deletes its files, and a searcher opened just before would then
    find stored fields "missing" (``TypeError: 'NoneType' object is not subscriptable``).
    An open file outlives its deletion, so a searcher that holds them reads on undisturbed.  A segment without its
    stored fields is damaged (deleted by hand, a half-copied backup): said at once, as a missing file, not by a
    ``TypeError`` in the middle of a search.
    """
    for leaf, _offset in searcher.leaf_searchers():
        reader = leaf.reader()
        perdoc = getattr(reader, "_perdoc", None)
        if perdoc is None or getattr(perdoc, "_anfragen_held", False) or not hasattr(perdoc, "_colfiles"):
            continue
        prefix, storage = reader.segment().make_filename("."), reader.storage()
        for name in storage.list():
            if name.startswith(prefix) and name.endswith(W3Codec.COLUMN_EXT):
                column = name[len(prefix) : -len(W3Codec.COLUMN_EXT)]
                if column not in perdoc._colfiles:
                    perdoc._colfiles[column] = perdoc._get_column_file(column)
        if reader.doc_count_all() and STORED not in perdoc._colfiles:  # every record stores fields: the file is gone
            name = W3Codec.column_filename(reader.segment(), STORED)
            raise FileNotFoundError(errno.ENOENT, "gespeicherte Felder fehlen", name)
        held, exists = frozenset(perdoc._colfiles), perdoc.has_column
        perdoc.has_column = lambda name, held=held, exists=exists: name in held or exists(name)
        perdoc._anfragen_held = True


def posting_ids(reader: IndexReader, terms: Iterable[tuple[str, str]]) -> np.ndarray:
    """The records of one segment holding any of the ``(field, text)`` terms (duplicates
    possible), read a block of postings at a time instead of one matcher step per record."""
    blocks: list[Any] = []
    for fieldname, text in terms:
        try:
            matcher = reader.postings(fieldname, text)
        except TermNotFound:
            continue
        if isinstance(matcher, W3LeafMatcher):
            while matcher.is_active():
                matcher._read_ids()
                blocks.append(np.asarray(matcher._ids, dtype=np.int64))
                matcher._next_block()
        else:  # deletions in this segment: Whoosh filters them per record
            blocks.append(np.fromiter(matcher.all_ids(), dtype=np.int64))
    return np.concatenate(blocks) if blocks else np.empty(0, dtype=np.int64)


def prefix_terms(reader: IndexReader, fieldname: str, prefix: str, limit: int) -> dict[str, int]:
    """The first ``limit`` terms of a field that start with ``prefix`` (in the index's order), each
    with its document frequency.

    Read from each segment's term list, whose entries carry the frequencies: asking the whole
    reader for each term's frequency would look every term up again in every segment.  A term
    among the first ``limit`` overall is among the first ``limit`` of each segment holding it."""
    counts: dict[bytes, int] = {}
    for leaf, _offset in reader.leaf_readers():
        for text, info in itertools.islice(leaf.iter_prefix(fieldname, prefix), limit):
            counts[text] = counts.get(text, 0) + info.doc_frequency()
    return {text.decode("utf-8"): counts[text] for text in sorted(counts)[:limit]}


def stored_postings(reader: IndexReader, fieldname: str, text: str) -> Any:
    """A term's matcher over the postings as the segment stores them, deleted records too: in a
    segment with deletions Whoosh wraps them in a filter, whose child is read from its start.
    Raises :class:`~whoosh.reading.TermNotFound`."""
    matcher = reader.postings(fieldname, text)
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child
        matcher.reset()
    return matcher


def posting_weights(reader: IndexReader, fieldname: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
    """The records of one segment holding a term and the term's weight (frequency) in each, as
    the segment holds them — deleted records too (see :func:`without_deleted`) —, read a block at
    a time; None when the postings cannot be read by blocks."""
    try:
        matcher = stored_postings(reader, fieldname, text)
    except TermNotFound:
        return np.empty(0, dtype=np.int64), np.empty(0)
    if not isinstance(matcher, W3LeafMatcher):
        return None
    ids, weights = [], []
    while matcher.is_active():
        matcher._read_ids()
        matcher._read_weights()
        ids.append(np.asarray(matcher._ids, dtype=np.int64))
        weights.append(np.asarray(matcher._weights, dtype=np.float64))
        matcher._next_block()
    if not ids:
        return np.empty(0, dtype=np.int64), np.empty(0)
    return np.concatenate(ids), np.concatenate(weights)


def without_deleted(reader: IndexReader, ids: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Postings of one segment (records and weights) without the records ``reader`` sees deleted:
    what Whoosh's matcher hands out.  The mask of deleted records is kept on the reader, which
    belongs to one searcher and one index state."""
    if not reader.has_deletions():
        return ids, weights
    deleted = getattr(reader, "_anfragen_deleted", None)
    if deleted is None:
        deleted = np.zeros(reader.doc_count_all(), dtype=bool)
        deleted[np.fromiter(reader.deleted_docs_set, dtype=np.int64)] = True
        reader._anfragen_deleted = deleted
    live = ~deleted[ids]
    return ids[live], weights[live]


LENGTH_OF_BYTE = [0, *(byte_to_length(b) for b in range(1, 256))]  # Whoosh's one-byte field lengths; 0: none
_LENGTHS = np.array(LENGTH_OF_BYTE, dtype=np.float64)


def length_bytes(perdoc: Any, fieldname: str) -> bytes | None:
    """A field's length column of a segment's per-document reader, one byte per record (see
    :data:`LENGTH_OF_BYTE`), or None when the column is not stored that way."""
    column = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
    if not isinstance(column, NumericColumn.Reader) or column._fixedlen != 1:
        return None
    return bytes(column._dbfile.get(column._basepos, column._count))


def field_lengths(reader: Any, fieldname: str) -> np.ndarray | None:
    """Every record's length of a field as BM25F reads it (0: none), or None if not at hand."""
    perdoc = getattr(reader, "_perdoc", None)
    cached = getattr(perdoc, "_anfragen_length_arrays", None)
    if cached is None:
        if perdoc is None or not hasattr(perdoc, "_cached_reader"):
            return None
        cached = perdoc._anfragen_length_arrays = {}
    if fieldname not in cached and perdoc is not None:
        table = length_bytes(perdoc, fieldname)
        if table is None:
            return None
        cached[fieldname] = _LENGTHS[np.frombuffer(table, dtype=np.uint8)]
    return cached.get(fieldname)


def title_fields(searcher: Searcher, doc_id: str) -> dict[str, Any] | None:
    """The stored fields of ``doc_id``'s title record (None: the index does not hold it).

    ``searcher.document(doc_id=…, kind=…)`` intersects two posting lists, one as long as the
    archive has documents (9 ms at 10 k documents); a document's own records are a few dozen,
    and its title record comes first (see :func:`indexer.index.schema.records`)."""
    for docnum in wq.Term("doc_id", doc_id).docs(searcher):
        stored = searcher.stored_fields(docnum)
        if stored.get("kind") == TITLE:
            return stored
    return None


# The stored JSON of the documents read last, keyed by segment and document: segments never change.
_DOCUMENTS: LRU[dict[str, Any]] = LRU(256)


def record_text_at(searcher: Searcher, docnum: int, title: int | None = None) -> str:
    """The text of the record ``docnum`` of a segment's ``searcher``: stored on title and question
    records, read back from the document for the rest (see :data:`indexer.index.schema.STORED_TEXT`).

    ``title``: the record number of its document's title record where the caller knows it (see
    :meth:`indexer.search.answer_sets.Answers.title_record`); else it is found by :func:`title_near`."""
    fields = searcher.stored_fields(docnum)
    if "body" in fields:
        return fields["body"]
    doc_id = fields["doc_id"]

    def read() -> dict[str, Any]:
        at = title if title is not None else title_near(searcher, docnum, doc_id)
        head = searcher.stored_fields(at) if at is not None and not searcher.reader().is_deleted(at) else None
        if head is None or head.get("kind") != TITLE or head.get("doc_id") != doc_id:
            head = title_fields(searcher, doc_id)  # not where the records' order puts it
        if head is None:
            raise KeyError(doc_id)
        return unpack_json(head["meta"])

    return stored_text(_DOCUMENTS.get_or_make((segment_key(searcher.reader()), doc_id), read), fields)


def title_near(searcher: Searcher, docnum: int, doc_id: str) -> int | None:
    """Where the title record of ``doc_id``, which has the record ``docnum``, should be: the first of
    the document's run of records (see :mod:`indexer.search.answers`), found in the segment's answer
    keys (``doc_id#question``), kept in memory by :func:`cache_column_readers` — a few of them read
    at doubling distances, then halving, where looking ``doc_id`` up cost a hundred microseconds.
    None when the keys are not kept at hand; the caller checks the record it points to."""
    reader = searcher.reader()
    if not getattr(reader, "_anfragen_cached_columns", False) or not reader.has_column("answer_key"):
        return None
    keys, prefix = reader.column_reader("answer_key"), doc_id + "#"

    def ours(record: int) -> bool:
        key = keys[record]
        return (key.decode("utf-8") if isinstance(key, bytes) else key).startswith(prefix)

    first, step = docnum, 1
    while first - step >= 0 and ours(first - step):
        first -= step
        step *= 2
    outside = max(first - step, -1)  # not the document's (or before the segment)
    while first - outside > 1:
        middle = (first + outside) // 2
        if ours(middle):
            first = middle
        else:
            outside = middle
    return first
