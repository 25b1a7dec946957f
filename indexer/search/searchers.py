"""One Whoosh searcher per thread, always on the index state that is current now.

A searcher belongs to one thread; it is opened afresh after a swap (a rebuilt generation)
or a commit (an added document), and an open that races with a writer is retried.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Hashable

from whoosh.searching import Searcher

from indexer.errors import IndexMissingError
from indexer.index.readers import cache_column_readers, cache_field_lengths, hold_segment_files
from indexer.index.store import IndexStore

OPEN_ATTEMPTS = 5


class Searchers:
    """The searchers of one index directory, one per thread; safe to share between threads."""

    def __init__(self, store: IndexStore) -> None:
        self.store = store
        self._local = threading.local()

    def get(self) -> Searcher:
        """This thread's searcher, reopened after a swap and refreshed after a commit.

        Opening races with writers: a commit deletes the files of the state it supersedes
        and a rebuild retires a generation, so an open that finds files gone is retried on
        the newer state instead of failing the user's search."""
        attempt = 0
        gone: str | None = None  # the file the last attempt missed
        while True:
            try:
                return self._current()
            except IndexMissingError:
                raise
            except Exception as error:
                self.drop()
                attempt += 1
                missed = error.filename if isinstance(error, OSError) else None
                # the same file missed twice (Whoosh has retried within each): no race, the file is gone for good
                if isinstance(error, OSError) and (attempt >= OPEN_ATTEMPTS or (missed and missed == gone)):
                    raise self.store.damaged_error(error) from error
                if attempt >= OPEN_ATTEMPTS:
                    raise
                gone = missed
                time.sleep(0.01 * attempt)

    def current(self) -> tuple[Searcher, Hashable]:
        """This thread's searcher and the index state it reads (generation directory, commit):
        whatever is cached per state is invalidated by a swap or a commit without bookkeeping."""
        searcher = self.get()
        return searcher, (self._local.path, searcher.reader().generation())

    def _current(self) -> Searcher:
        local = self._local
        current = self.store.current_path()
        searcher: Searcher | None = getattr(local, "searcher", None)
        if searcher is None or current != getattr(local, "path", None) or not searcher.up_to_date():
            # Opened afresh, never ``Searcher.refresh()``: Whoosh reuses a segment's reader by
            # segment id, so a refreshed searcher misses deletions made in a segment it already
            # had open — a replaced document would be found twice, once with its old text.
            self.drop()
            searcher = self.store.open(current).searcher()
            hold_segment_files(searcher)  # a commit may delete them while this searcher reads
            local.searcher, local.path = searcher, current
            cache_column_readers(searcher)
            cache_field_lengths(searcher)
        return searcher

    def drop(self) -> None:
        """Close this thread's searcher (a thread that serves no searches keeps no files open)."""
        searcher: Searcher | None = getattr(self._local, "searcher", None)
        self._local.searcher = None
        if searcher is not None:
            # Closing a reader whose files are gone must not mask the real error.
            with contextlib.suppress(Exception):
                searcher.close()
