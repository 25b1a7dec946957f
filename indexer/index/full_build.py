"""What a full build hands its worker processes, and how it checks that none of it was lost.

A build parses and indexes the corpus in worker processes (:class:`~indexer.index.writers.ParallelBuildWriter`);
Whoosh commits whatever segments arrive, so the build itself counts what was sent against what was written
before the new generation may replace the old one (:mod:`indexer.index.store`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import Index

from indexer.errors import BuildError
from indexer.index.schema import TITLE, records
from indexer.index.writers import ParallelBuildWriter, Tally
from indexer.model import Document

PARALLEL_FROM = 500  # documents; below this, starting worker processes costs more than it saves
MAX_PROCS = 4


def build_procs(documents: int) -> int:
    """Processes for a full build of ``documents``: one per available core for a large corpus."""
    if documents < PARALLEL_FROM:
        return 1
    return max(1, min(MAX_PROCS, len(os.sched_getaffinity(0))))


def check_complete(generation: Path, expected: int, tasks: Iterable[Any]) -> None:
    """Refuse a build that lost records: Whoosh leaves out the segment of a worker process
    that died (killed for memory, or failed on a record) and commits the rest."""
    failed = [task.exitcode for task in tasks if task.exitcode != 0]
    written = whoosh_index.open_dir(str(generation)).doc_count_all()
    if failed or written != expected:
        raise BuildError(
            f"Der Neuaufbau ist unvollständig ({written} von {expected} Absätzen"
            f"{', ein Arbeitsprozess ist abgestürzt' if failed else ''}); der bisherige Index bleibt in Gebrauch. "
            "Bei Speichermangel mit weniger Prozessen erneut versuchen: anfragen build --procs 1"
        )


def worker_tally(writer: ParallelBuildWriter, sent: int) -> Tally:
    """What the workers parsed and indexed; every source sent must be accounted for."""
    tally = writer.worker_tally()
    if tally.documents + len(tally.skipped) != sent and not any(task.exitcode for task in writer.tasks):
        raise BuildError(
            f"Der Neuaufbau ist unvollständig ({tally.documents + len(tally.skipped)} von {sent} Dateien verarbeitet); "
            "der bisherige Index bleibt in Gebrauch."
        )
    return tally


@dataclass
class SourceParser:
    """Parses one corpus file into its index records, in a worker process of the build."""

    load: Callable[[Path], Document | str]
    fingerprints: Mapping[str, str]
    has_fingerprint: bool = True

    def __call__(self, path: Path) -> list[dict[str, Any]] | str:
        loaded = self.load(path)
        if isinstance(loaded, str):
            return loaded
        return list(_with_fingerprint(loaded, self.fingerprints.get(loaded.id), self.has_fingerprint))


def document_records(document: Document, fingerprint: str | None, index: Index) -> Iterator[dict[str, Any]]:
    """The index records of ``document``; the title record carries the corpus fingerprint
    (left out for an index built before fingerprints existed)."""
    return _with_fingerprint(document, fingerprint, "fingerprint" in index.schema)


def _with_fingerprint(document: Document, fingerprint: str | None, has_fingerprint: bool) -> Iterator[dict[str, Any]]:
    for record in records(document):
        if record["kind"] == TITLE and fingerprint and has_fingerprint:
            record["fingerprint"] = fingerprint
        yield record
