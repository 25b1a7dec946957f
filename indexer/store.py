"""The index directory: generations, the atomic swap and the writer lock.

Layout of ``<index_dir>``::

    current -> gen-20261124T101500-1234   (symlink, replaced atomically)
    gen-20261124T101500-1234/             (a complete Whoosh index)

A full build writes a new generation beside the old one and then replaces the
``current`` symlink with ``os.replace`` — readers see either the old or the new
index, never a half-built one.  Old generations are removed, keeping the previous one
so that searchers still open on it can finish.
"""

from __future__ import annotations

import functools
import os
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.index import Index
from whoosh.multiproc import MpWriter
from whoosh.writing import SegmentWriter

from .errors import IndexMissingError
from .model import Document
from .schema import build_schema, records

CURRENT = "current"
GENERATION_PREFIX = "gen-"


@dataclass(frozen=True)
class BuildReport:
    documents: int
    records: int
    seconds: float
    path: Path


class IndexStore:
    """One index directory; cheap to create, safe to share between threads."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @property
    def current_link(self) -> Path:
        return self.root / CURRENT

    def exists(self) -> bool:
        path = self.current_path()
        return path is not None and whoosh_index.exists_in(str(path))

    def current_path(self) -> Path | None:
        """The resolved directory of the current generation (None before the first build)."""
        try:
            return self.root / os.readlink(self.current_link)
        except OSError:
            return None

    def open(self) -> Index:
        """Open the current generation at its real path, so a later swap cannot mix generations."""
        path = self.current_path()
        if path is None or not whoosh_index.exists_in(str(path)):
            raise IndexMissingError(
                f"Kein Suchindex in {self.root}: zuerst 'anfragen build' ausführen."
            )
        return whoosh_index.open_dir(str(path))

    def build(
        self,
        documents: Iterable[Document],
        progress: Callable[[Document], None] | None = None,
        limitmb: int = 256,
        procs: int = 1,
    ) -> BuildReport:
        """Build a complete new generation from ``documents`` and swap it in atomically.

        ``procs`` > 1 analyses in that many worker processes (``limitmb`` each) and merges
        into one segment; worth it only with idle cores.
        """
        started = time.perf_counter()
        self.root.mkdir(parents=True, exist_ok=True)
        generation = self._new_generation_dir()
        try:
            index = whoosh_index.create_in(str(generation), build_schema())
            if procs > 1:
                writer = ParallelBuildWriter(index, procs=procs, batchsize=256, limitmb=limitmb)
            else:
                writer = BuildWriter(index, limitmb=limitmb)
            n_docs = n_records = 0
            try:
                for document in documents:
                    for record in records(document):
                        writer.add_document(**record)
                        n_records += 1
                    n_docs += 1
                    if progress:
                        progress(document)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(optimize=True)
            index.close()
            self._swap(generation)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        self._remove_old_generations()
        return BuildReport(n_docs, n_records, time.perf_counter() - started, generation)

    def _new_generation_dir(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        path = self.root / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        path.mkdir()
        return path

    def _swap(self, generation: Path) -> None:
        temporary = self.root / f".{CURRENT}.{os.getpid()}"
        if temporary.is_symlink() or temporary.exists():
            temporary.unlink()
        os.symlink(generation.name, temporary)
        os.replace(temporary, self.current_link)
        _fsync_dir(self.root)

    def _remove_old_generations(self, keep: int = 2) -> None:
        current = self.current_path()
        generations = sorted(
            (p for p in self.root.iterdir() if p.is_dir() and p.name.startswith(GENERATION_PREFIX)),
            key=lambda p: p.stat().st_mtime,
        )
        for path in generations[:-keep]:
            if current is None or path.name != current.name:
                shutil.rmtree(path, ignore_errors=True)


class _RememberColumns:
    """Whoosh's segment writer without its hottest waste when flushing a segment.

    Flushing asks the per-document reader for every posting's field length; for fields
    without a length column (IDs, numbers) Whoosh then stats the column file again for
    every single posting — about half of a full build's time.  The segment's columns are
    complete when the reader is made, so the answer can be remembered.
    """

    def per_document_reader(self):
        reader = super().per_document_reader()
        reader.has_column = functools.lru_cache(maxsize=None)(reader.has_column)
        return reader


class BuildWriter(_RememberColumns, SegmentWriter):
    """One process analyses and writes."""


class ParallelBuildWriter(_RememberColumns, MpWriter):
    """Worker processes analyse batches of records; this process merges their postings
    into one segment (the flush, where the remembered columns matter, happens here)."""


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
