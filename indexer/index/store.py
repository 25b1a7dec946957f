"""The index directory: generations, the atomic swap, incremental writes and the writer lock.

Layout of ``<index_dir>``::

    current -> gen-20261124T101500-1234   (symlink, replaced atomically)
    gen-20261124T101500-1234/             (a complete Whoosh index)
    write.lock                            (flock: one writer at a time, across processes)

A full build writes a new generation beside the old one and then replaces the
``current`` symlink with ``os.replace`` — readers see either the old or the new
index, never a half-built one.  An incremental write (:meth:`IndexStore.update`)
commits into the current generation; Whoosh makes a commit visible by renaming a new
table of contents into place, so readers see the old or the new state of it, too.

Old generations are removed only under the write lock and only after a grace period:
a searcher opened on the previous generation just before a swap can still finish.
The lock is an ``flock``, so a writer killed with ``kill -9`` never leaves it behind.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import Index, LockError

from indexer.analysis.analyzer import ANALYSIS, analysis_version
from indexer.askers import WORDS_FIELD as ASKER_WORDS
from indexer.config import env_name
from indexer.durable import fsync_dir
from indexer.errors import IndexMissingError, IndexOutdatedError, WriteLockError
from indexer.facet_fields import FACET_NAMES
from indexer.index.codec import CompactCodec
from indexer.index.full_build import SourceParser, check_complete, document_records, worker_tally
from indexer.index.readers import hold_segment_files
from indexer.index.schema import TEXT_FIELDS, TITLE, build_schema
from indexer.index.writers import BuildWriter, ParallelBuildWriter, Parse, Tally, add_parsed
from indexer.model import Document

CURRENT = "current"
GENERATION_PREFIX = "gen-"
LOCK_FILE = "write.lock"
RETIRED_MARKER = ".retired"
RETIRED_GRACE_SECONDS = 120.0
DEFAULT_LOCK_TIMEOUT = 10.0


@dataclass(frozen=True)
class BuildReport:
    documents: int
    records: int
    seconds: float
    path: Path


@dataclass(frozen=True)
class IndexedDocument:
    """What the index holds about one document: its fingerprint and whether its title record exists."""

    doc_id: str
    fingerprint: str | None
    has_title: bool


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

    def open(self, path: Path | None = None) -> Index:
        """Open ``path`` (default: the current generation) at its real path, so a later swap
        cannot mix generations."""
        path = path or self.current_path()
        if path is None or not whoosh_index.exists_in(str(path)):
            raise IndexMissingError(
                f"Kein Suchindex in {self.root.resolve()}. Einen anderen Index wählen: --index VERZEICHNIS "
                f"oder {env_name('index')}=VERZEICHNIS; einen neuen bauen: 'anfragen build' (im Projektordner)."
            )
        index = whoosh_index.open_dir(str(path))
        try:
            built_with = analysis_version(index.schema[TEXT_FIELDS[0]].analyzer)
        except KeyError:  # a schema without our text fields: no analysis of ours
            built_with = 0
        if built_with != ANALYSIS:
            index.close()
            raise IndexOutdatedError(
                f"Der Suchindex in {self.root.resolve()} wurde mit einer anderen Sprachanalyse gebaut "
                f"(Version {built_with}, dieses Programm: {ANALYSIS}); seine Wörter passen nicht zu den "
                "Suchanfragen. Neu bauen: 'anfragen build' (oder 'anfragen check --repair')."
            )
        missing = [name for name in (*FACET_NAMES, ASKER_WORDS) if name not in index.schema]
        if missing:  # built before a facet was added: its filter would find nothing
            index.close()
            raise IndexOutdatedError(
                f"Dem Suchindex in {self.root.resolve()} fehlen Felder ({', '.join(missing)}); er stammt von einer "
                "älteren Version. Neu bauen: 'anfragen build' (oder 'anfragen check --repair')."
            )
        return index

    def damaged_error(self, error: OSError) -> IndexMissingError:
        """A generation whose files are gone or unreadable (deleted by hand, a half-copied backup): the search said
        „FileNotFoundError: … .pst“ in a traceback, the site „Ein interner Fehler“, ``check`` the same in English."""
        name = Path(error.filename).name if error.filename else str(error.strerror or error)
        return IndexMissingError(
            f"Der Suchindex in {self.root.resolve()} ist beschädigt: die Datei {name} fehlt oder ist nicht lesbar. "
            "Neu bauen: 'anfragen build' (oder 'anfragen check --repair')."
        )

    def usable(self) -> bool:
        """Whether the current generation opens for searching, all its segment files included."""
        try:
            index = self.open()
        except IndexMissingError:
            return False
        try:
            with index.searcher() as searcher:
                hold_segment_files(searcher)  # a segment's stored fields too
        except OSError:
            return False
        finally:
            index.close()
        return True

    def outdated(self) -> bool:
        """Whether the current generation exists but was built with another analysis (see :meth:`open`)."""
        try:
            self.open().close()
        except IndexOutdatedError:
            return True
        except IndexMissingError:
            pass
        return False

    # -- writing (callers hold :meth:`write_lock`) -------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float = DEFAULT_LOCK_TIMEOUT) -> Iterator[None]:
        """Hold the one writer lock of this index, waiting at most ``timeout`` seconds."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() >= deadline:
                        raise WriteLockError(self._busy_message(fd, timeout)) from None
                    time.sleep(0.05)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"PID {os.getpid()} seit {time.strftime('%H:%M:%S')}".encode(), 0)
            try:
                yield
            finally:
                os.ftruncate(fd, 0)
                fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)

    def _busy_message(self, fd: int, timeout: float) -> str:
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
        return (
            f"Ein anderer Schreibvorgang am Index {self.root} läuft gerade"
            f"{f' ({holder})' if holder else ''}; nach {timeout:g} s Warten abgebrochen. "
            "Bitte später erneut versuchen — es wurde nichts geändert."
        )

    def build(
        self,
        documents: Iterable[Document],
        progress: Callable[[Document], None] | None = None,
        limitmb: int = 1024,
        fingerprints: Mapping[str, str] | None = None,
        procs: int = 1,
    ) -> BuildReport:
        """Build a complete new generation from parsed ``documents`` and swap it in atomically.

        ``procs`` > 1 analyses and writes in that many worker processes (``limitmb`` each),
        one segment each; worth it only with idle cores.  ``limitmb`` is the posting pool per
        process before it spills a sorted run to disk: at 10k answers 1024 MB builds 5 %
        faster than 256 MB, at a peak of 1.5 GB per process.
        """
        fingerprints = fingerprints or {}

        def fill(writer: Any, index: Index) -> Tally:
            tally = Tally()
            for document in documents:
                writer.start_group()  # a document's records stay in one worker's segment
                for record in document_records(document, fingerprints.get(document.id), index):
                    writer.add_document(**record)
                    tally.records += 1
                writer.end_group()
                tally.documents += 1
                if progress:
                    progress(document)
            return tally

        return self._build(fill, procs, limitmb)[0]

    def build_sources(
        self,
        sources: Iterable[Path],
        load: Callable[[Path], Document | str],
        progress: Callable[[Path], None] | None = None,
        limitmb: int = 1024,
        fingerprints: Mapping[str, str] | None = None,
        procs: int = 1,
    ) -> tuple[BuildReport, list[str]]:
        """Like :meth:`build`, from corpus files that ``load`` parses — in the worker processes
        when ``procs`` > 1, so parsing runs on every core.  ``load`` returns the document or a
        German message why the file cannot be indexed; those messages are returned, sorted.
        ``progress`` is called for each file as it is handed to indexing."""
        parse = SourceParser(load, fingerprints or {})

        def fill(writer: Any, index: Index) -> Tally:
            parse.has_fingerprint = "fingerprint" in index.schema
            tally = Tally()  # in one process: what it indexed; in workers: the files sent
            for path in sources:
                if procs > 1:
                    writer.add_source(path)
                    tally.documents += 1
                else:
                    add_parsed(writer, parse(path), tally)
                if progress:
                    progress(path)
            return tally

        report, tally = self._build(fill, procs, limitmb, parse if procs > 1 else None)
        return report, sorted(tally.skipped)

    def _build(
        self, fill: Callable[[Any, Index], Tally], procs: int, limitmb: int, parse: Parse | None = None
    ) -> tuple[BuildReport, Tally]:
        """A new generation filled by ``fill(writer, index)``, checked complete and swapped in."""
        started = time.perf_counter()
        self.root.mkdir(parents=True, exist_ok=True)
        generation = self._new_generation_dir()
        writer: Any = None
        try:
            index = whoosh_index.create_in(str(generation), build_schema())
            # No compound file: Whoosh copies each file of a compound segment into memory
            # for every searcher that opens it (4 threads × a 330 MB index = 2.8 GB per
            # worker); separate files are read in place.
            options: dict[str, Any] = {"limitmb": limitmb, "compound": False, "codec": CompactCodec()}
            if procs > 1:
                options.update(procs=procs, batchsize=256, multisegment=True)
                writer = ParallelBuildWriter(index, parse=parse, **options)
            else:
                writer = BuildWriter(index, **options)
            try:
                tally = fill(writer, index)
            except BaseException:
                writer.cancel()
                raise
            writer.commit(optimize=True)
            index.close()
            if parse is not None:
                tally = worker_tally(writer, sent=tally.documents)
            check_complete(generation, tally.records, getattr(writer, "tasks", ()))
            self._swap(generation)
        except BaseException:
            shutil.rmtree(generation, ignore_errors=True)
            raise
        finally:
            if isinstance(writer, ParallelBuildWriter):
                writer.close_reports()
        self.remove_old_generations()
        return BuildReport(tally.documents, tally.records, time.perf_counter() - started, generation), tally

    def update(
        self,
        changes: Iterable[tuple[str, Document | None, str | None]],
        timeout: float = DEFAULT_LOCK_TIMEOUT,
    ) -> int:
        """Replace the records of each ``(doc_id, document, fingerprint)`` in the current
        generation — delete them when ``document`` is None — in one commit; returns the
        number of records written."""
        index = self.open()
        try:
            # Like full builds: no compound file (each searcher would copy it into memory).
            # New segments in the compact format, also in an index built before it (see indexer.index.codec).
            writer = BuildWriter(index, timeout=timeout, compound=False, codec=CompactCodec())
        except LockError as exc:
            raise WriteLockError(
                f"Der Index {self.root} ist von einem anderen Schreibvorgang gesperrt; "
                "bitte später erneut versuchen — es wurde nichts geändert."
            ) from exc
        written = 0
        try:
            for doc_id, document, fingerprint in changes:
                writer.delete_by_term("doc_id", doc_id)
                if document is not None:
                    for record in document_records(document, fingerprint, index):
                        writer.add_document(**record)
                        written += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        index.close()
        return written

    def indexed_documents(self) -> dict[str, IndexedDocument]:
        """Every document the current generation holds records of, with its fingerprint."""
        index = self.open()
        seen: set[str] = set()
        titles: dict[str, str | None] = {}
        with index.searcher() as searcher:
            for fields in searcher.all_stored_fields():
                seen.add(fields["doc_id"])
                if fields.get("kind") == TITLE:
                    titles[fields["doc_id"]] = fields.get("fingerprint")
        index.close()
        return {doc_id: IndexedDocument(doc_id, titles.get(doc_id), doc_id in titles) for doc_id in seen}

    def _new_generation_dir(self) -> Path:
        stamp = time.strftime("%Y%m%dT%H%M%S")
        path = self.root / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}-{time.monotonic_ns() % 10**6}"
        path.mkdir()
        return path

    def _swap(self, generation: Path) -> None:
        previous = self.current_path()
        if previous is not None and previous.is_dir():
            # Marked before the swap: a crash in between leaves a marker on the still-current
            # generation (harmless) rather than an unmarked old one (deleted too early).
            (previous / RETIRED_MARKER).touch()
        temporary = self.root / f".{CURRENT}.{os.getpid()}"
        if temporary.is_symlink() or temporary.exists():
            temporary.unlink()
        os.symlink(generation.name, temporary)
        os.replace(temporary, self.current_link)
        fsync_dir(self.root)

    def remove_old_generations(self, grace: float = RETIRED_GRACE_SECONDS) -> list[Path]:
        """Delete generations no searcher can need any more (caller holds the write lock).

        Kept: the current one, the most recently retired one, and any retired less than
        ``grace`` seconds ago.  Unmarked non-current generations are leftovers of a build
        that died before its swap; no reader ever saw them.
        """
        if not self.root.is_dir():
            return []
        current = self.current_path()
        generations = [
            p
            for p in self.root.iterdir()
            if p.is_dir()
            and not p.is_symlink()
            and p.name.startswith(GENERATION_PREFIX)
            and (current is None or p.name != current.name)
        ]
        retired = sorted(
            (p for p in generations if (p / RETIRED_MARKER).exists()),
            key=lambda p: (p / RETIRED_MARKER).stat().st_mtime,
        )
        now = time.time()
        removed = []
        for path in generations:
            marker = path / RETIRED_MARKER
            if marker.exists() and (path == retired[-1] or now - marker.stat().st_mtime < grace):
                continue
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
        for stray in self.root.glob(f".{CURRENT}.*"):
            stray.unlink(missing_ok=True)
        return removed
