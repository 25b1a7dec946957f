"""Reading a Whoosh index beneath its public API, where the public way costs too much.

Codec classes, private matcher methods and storage attributes are used here and in
:mod:`indexer.index.writers` only: the one place to check when whoosh-reloaded changes.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import IndexReader, TermNotFound
from whoosh.searching import Searcher

COLUMN_READERS = 16  # per segment reader: ``answer_key`` and ``datum``, in a few variants


def segment_key(reader: Any) -> tuple[str, str]:
    """A segment's identity: its directory (when Whoosh tells) and its random segment id."""
    storage = reader.storage()
    folder = getattr(storage, "folder", None) or getattr(getattr(storage, "b", None), "folder", "")
    return str(folder), reader.segment().segment_id()


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


def posting_ids(reader: IndexReader, terms: Iterable[tuple[str, str]]) -> set[int]:
    """The records of one segment holding any of the ``(field, text)`` terms, read a block of
    postings at a time instead of one matcher step per record."""
    ids: set[int] = set()
    for fieldname, text in terms:
        try:
            matcher = reader.postings(fieldname, text)
        except TermNotFound:
            continue
        if isinstance(matcher, W3LeafMatcher):
            while matcher.is_active():
                matcher._read_ids()
                ids.update(matcher._ids)
                matcher._next_block()
        else:  # deletions in this segment: Whoosh filters them per record
            ids.update(matcher.all_ids())
    return ids
