"""The writers of a build: Whoosh's segment writers, adjusted where they waste time or hang.

These subclasses lean on Whoosh's private API (``_grouping``, ``_enqueue``, ``_new_task``,
rebinding ``whoosh.multiproc.SegmentWriter``); together with :mod:`indexer.index.readers`
this is the one place to check when whoosh-reloaded changes.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import json
import os
import shutil
import signal
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import multiproc
from whoosh.compat import pickle
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.writing import PostingPool, SegmentWriter

from indexer.index.readers import LENGTH_OF_BYTE, length_bytes

RECORD, SOURCE = 0, 1  # job items: a record to index (Whoosh's code 0), a source to parse first
SOURCES_PER_JOB = 8  # about 250 records: a job file of Whoosh's default size

# Turns one source (a corpus file) into its records, or a German message why it cannot be indexed.
Parse = Callable[[Any], "list[dict[str, Any]] | str"]


@dataclass
class Tally:
    """What a build indexed: documents, records, and the sources it had to skip (messages)."""

    documents: int = 0
    records: int = 0
    skipped: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        self.documents += other.documents
        self.records += other.records
        self.skipped += other.skipped


def add_parsed(writer: Any, parsed: list[dict[str, Any]] | str, tally: Tally) -> None:
    """Add the records of one parsed source to ``writer``, or note why it was skipped."""
    if isinstance(parsed, str):
        tally.skipped.append(parsed)
        return
    for record in parsed:
        writer.add_document(**record)
    tally.documents += 1
    tally.records += len(parsed)


class _RememberColumns:
    """Whoosh's segment writer without its hottest waste: per posting work that need not be.

    Flushing asks the per-document reader for every posting's field length; for fields
    without a length column (IDs, numbers) Whoosh then stats the column file again for
    every single posting — about half of a full build's time.  The segment's columns are
    complete when the reader is made, so the answer can be remembered, and the lengths are
    read from a copy of each length column (a fifth of the flush).  Adding a posting to the
    pool skips Whoosh's type checks (our records are made by :func:`indexer.index.schema.records`).
    """

    pool: Any  # Whoosh's writer, which follows this mixin, makes it

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pool = _UncheckedPool(self.pool.tempstore, self.pool.segment, limitmb=self.pool.limit // (1024 * 1024))

    def per_document_reader(self):
        reader = super().per_document_reader()  # type: ignore[misc]
        reader.has_column = functools.lru_cache(maxsize=None)(reader.has_column)
        reader.doc_field_length = _FieldLengths(reader)
        return reader


class _UncheckedPool(PostingPool):
    """Whoosh's posting pool without its two type checks per posting."""

    def add(self, item: tuple) -> None:
        # item = (fieldname, tbytes, docnum, weight, vbytes); its size as Whoosh estimates it
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or b"")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)


class _FieldLengths:
    """``doc_field_length`` of a segment's per-document reader, from a bytes copy of each length column."""

    def __init__(self, reader: Any) -> None:
        self.reader, self.slow = reader, reader.doc_field_length
        self.tables: dict[str, bytes | None] = {}

    def __call__(self, docnum: int, fieldname: str, default: int = 0) -> int | None:
        if fieldname not in self.tables:
            self.tables[fieldname] = length_bytes(self.reader, fieldname)
        table = self.tables[fieldname]
        if table is None:
            return self.slow(docnum, fieldname, default)
        return LENGTH_OF_BYTE[table[docnum]] if docnum < len(table) else None


class BuildWriter(_RememberColumns, SegmentWriter):
    """One process analyses and writes (full builds and incremental updates)."""


class _BuildTask(SubWriterTask):
    """A worker process of :class:`ParallelBuildWriter`: Whoosh's, but writing with
    :class:`BuildWriter`, dying with the build that started it, and parsing sources itself.

    ``parse`` and ``reports`` are set before the process is forked; the worker writes its
    :class:`Tally` into ``reports`` when it has written its segment."""

    parse: Parse | None = None
    reports: Path | None = None

    def run(self) -> None:
        _die_with_parent()
        # Whoosh's task makes its writer from this module-level name; the rebinding happens
        # in the forked worker only, so the parent process is unaffected.
        multiproc.SegmentWriter = BuildWriter
        self.tally = Tally()
        super().run()
        if self.running and self.reports is not None:
            (self.reports / f"{os.getpid()}.json").write_text(json.dumps(self.tally.__dict__), encoding="utf-8")

    def _process_file(self, filename: str, doc_count: int) -> None:
        """Whoosh's job file of pickled ``(code, item)`` pairs, with :data:`SOURCE` items too."""
        storage = self.writer.temp_storage()
        with storage.open_file(filename).raw_file() as handle:
            for _ in range(doc_count):
                code, item = pickle.load(handle)
                if code == RECORD:
                    self.writer.add_document(**item)
                else:
                    assert self.parse is not None, "a source job needs a parser"
                    add_parsed(self.writer, self.parse(item), self.tally)
        storage.delete_file(filename)


class ParallelBuildWriter(_RememberColumns, MpWriter):
    """Worker processes analyse batches of records and each write their own segment
    (``multisegment``): no single-threaded merge at the end.  A searcher reads the few
    segments side by side.

    With ``parse``, the workers also parse: :meth:`add_source` hands them a source (a corpus
    file) and :meth:`worker_tally` adds up what they indexed, once committed."""

    def __init__(self, *args: Any, parse: Parse | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.parse = parse
        self.reports = Path(tempfile.mkdtemp(prefix="anfragen-build-")) if parse else None

    def add_source(self, source: Any) -> None:
        self.docbuffer.append((SOURCE, source))
        self._added_sub = True
        if len(self.docbuffer) >= SOURCES_PER_JOB:
            self._enqueue()

    def worker_tally(self) -> Tally:
        """The workers' reports, added up (a worker that died wrote none)."""
        tally = Tally()
        for report in sorted(self.reports.glob("*.json")) if self.reports else ():
            tally.add(Tally(**json.loads(report.read_text(encoding="utf-8"))))
        return tally

    def close_reports(self) -> None:
        if self.reports is not None:
            shutil.rmtree(self.reports, ignore_errors=True)

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
        task.parse, task.reports = self.parse, self.reports
        self.tasks.append(task)
        task.start()
        return task


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a killed build must not leave
    workers waiting for jobs forever); elsewhere a no-op."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
