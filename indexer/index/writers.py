"""The writers of a build: Whoosh's segment writers, adjusted where they waste time or hang.

These subclasses lean on Whoosh's private API (``_grouping``, ``_enqueue``, ``_new_task``,
rebinding ``whoosh.multiproc.SegmentWriter``); together with :mod:`indexer.index.readers`
this is the one place to check when whoosh-reloaded changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import signal

from whoosh import multiproc
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import SegmentWriter


class _RememberColumns:
    """Whoosh's segment writer without its hottest waste when flushing a segment.

    Flushing asks the per-document reader for every posting's field length; for fields
    without a length column (IDs, numbers) Whoosh then stats the column file again for
    every single posting — about half of a full build's time.  The segment's columns are
    complete when the reader is made, so the answer can be remembered.
    """

    def per_document_reader(self):
        reader = super().per_document_reader()  # type: ignore[misc]  # a mixin: Whoosh's writer follows it
        reader.has_column = functools.lru_cache(maxsize=None)(reader.has_column)
        return reader


class BuildWriter(_RememberColumns, SegmentWriter):
    """One process analyses and writes (full builds and incremental updates)."""


class _BuildTask(SubWriterTask):
    """A worker process of :class:`ParallelBuildWriter`: Whoosh's, but writing with
    :class:`BuildWriter` and dying with the build that started it."""

    def run(self) -> None:
        _die_with_parent()
        # Whoosh's task makes its writer from this module-level name; the rebinding happens
        # in the forked worker only, so the parent process is unaffected.
        multiproc.SegmentWriter = BuildWriter
        super().run()


class ParallelBuildWriter(_RememberColumns, MpWriter):
    """Worker processes analyse batches of records and each write their own segment
    (``multisegment``): no single-threaded merge at the end.  A searcher reads the few
    segments side by side."""

    def end_group(self) -> None:
        super().end_group()
        # Whoosh checks for a full batch only when adding a record; a batch must not grow
        # across groups until the commit.
        if not self._grouping and len(self.docbuffer) >= self.batchsize:
            self._enqueue()

    def _new_task(self) -> SubWriterTask:
        task = _BuildTask(
            self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, self.multisegment
        )
        self.tasks.append(task)
        task.start()
        return task


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a killed build must not leave
    workers waiting for jobs forever); elsewhere a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
