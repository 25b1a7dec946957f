"""Adding, replacing and removing documents while the site serves searches.

The one write path for the CLI (``anfragen add/remove/rebuild/check``) and the web
upload.  Every write holds the index's writer lock, first finishes whatever a crashed
writer left behind (:meth:`Archive.recover`), then changes the corpus through a
committed plan (:mod:`indexer.ingest.load`) and the index incrementally (only the records of
the changed document).  A file that fails validation changes nothing.
"""

from __future__ import annotations

import difflib
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from indexer.archive.changes import (
    apply_change,
    discard,
    finish_change,
    pending_changes,
    remove_empty_staging,
    stage_change,
)
from indexer.errors import AnfragenError, IndexMissingError
from indexer.index.schema import TITLE, records
from indexer.index.store import DEFAULT_LOCK_TIMEOUT, BuildReport, IndexStore, build_procs
from indexer.ingest.extract import SUPPORTED_SUFFIXES
from indexer.ingest.load import (
    corpus_files,
    document_names,
    fingerprint,
    fingerprint_bytes,
    load_document,
    source_file,
)
from indexer.ingest.sidecar import DOC_ID
from indexer.model import Document

MAX_FILE_BYTES = 20 * 1024 * 1024
NEW, REPLACED, UNCHANGED = "neu", "ersetzt", "unverändert"


class RefusedError(AnfragenError):
    """A file failed validation; the message lists every reason."""


@dataclass(frozen=True)
class Inspection:
    """The validation report of one file: what adding it would do, or why it is refused."""

    name: str
    errors: tuple[str, ...] = ()
    document: Document | None = None
    action: str | None = None
    replaces_title: str | None = None
    suffix: str = ""
    source_bytes: bytes = field(default=b"", repr=False)
    sidecar_bytes: bytes | None = field(default=None, repr=False)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def record_count(self) -> int:
        return len(list(records(self.document))) if self.document else 0

    @property
    def summary(self) -> str:
        """``nw-18-14087: 5 Fragen, 14 Absätze`` — what the index will hold."""
        if self.document is None:
            return f"{self.name}: abgelehnt"
        return f"{self.document.id}: {len(self.document.questions)} Fragen, {self.record_count} Absätze"

    def refusal(self) -> RefusedError:
        reasons = "\n".join(f"  - {reason}" for reason in self.errors)
        return RefusedError(f"{self.name}: abgelehnt, nichts geändert:\n{reasons}")


@dataclass(frozen=True)
class AddResult:
    inspection: Inspection
    seconds: float

    @property
    def message(self) -> str:
        action = self.inspection.action
        if action == UNCHANGED:
            return f"{self.inspection.document.id}: unverändert (dieselbe Datei ist schon im Korpus)"
        verb = "ersetzt" if action == REPLACED else "hinzugefügt"
        return f"{self.inspection.summary} — {verb} in {self.seconds:.2f} s"


@dataclass
class CheckReport:
    """Corpus ↔ index consistency; empty lists mean consistent."""

    documents: int = 0
    pending: list[str] = field(default_factory=list)  # unfinished writes (crash)
    missing: list[str] = field(default_factory=list)  # in the corpus, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the corpus
    stale: list[str] = field(default_factory=list)  # indexed from other bytes than the corpus has
    partial: list[str] = field(default_factory=list)  # records without their title record
    duplicates: list[str] = field(default_factory=list)  # one id as .txt and .pdf
    unreadable: list[str] = field(default_factory=list)  # corpus files that no longer parse
    index_error: str | None = None
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (
            self.pending
            or self.missing
            or self.extra
            or self.stale
            or self.partial
            or self.duplicates
            or self.unreadable
            or self.index_error
        )

    def lines(self) -> list[str]:
        out = [f"Repariert: {item}" for item in self.repaired]
        if self.index_error:
            out.append(f"Index nicht lesbar: {self.index_error}")
        labels = (
            (self.pending, "Unterbrochener Schreibvorgang"),
            (self.missing, "Im Korpus, fehlt im Index"),
            (self.extra, "Im Index, fehlt im Korpus"),
            (self.stale, "Index veraltet"),
            (self.partial, "Nur teilweise indexiert"),
            (self.duplicates, "Doppelt im Korpus (.txt und .pdf)"),
            (self.unreadable, "Nicht lesbar"),
        )
        for items, label in labels:
            out.extend(f"{label}: {item}" for item in items)
        out.append(
            f"{self.documents} Dokumente: Korpus und Index stimmen überein."
            if self.ok
            else "Korpus und Index stimmen nicht überein: 'anfragen check --repair' ausführen."
        )
        return out


class Archive:
    """The corpus and index of one installation, changed only through these methods."""

    def __init__(self, corpus_dir: Path, index_dir: Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.corpus = Path(corpus_dir)
        self.store = IndexStore(index_dir)
        self.lock_timeout = lock_timeout
        self.skipped: list[str] = []  # corpus files the last rebuild could not index, with the reason

    # -- validation ------------------------------------------------------------------------

    def inspect(self, path: Path, sidecar: Path | None = None, name: str | None = None) -> Inspection:
        """Validate a file (and its sidecar) and say what adding it would do; changes nothing."""
        return self._decide(self._read(Path(path), sidecar, name or Path(path).name))

    def _read(self, path: Path, sidecar: Path | None, name: str) -> Inspection:
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            return Inspection(
                name,
                (
                    f"Dateityp {suffix or '(ohne Endung)'} wird nicht unterstützt (erlaubt: {', '.join(SUPPORTED_SUFFIXES)}).",
                ),
            )
        try:
            size = path.stat().st_size
            if size > MAX_FILE_BYTES:
                return Inspection(
                    name,
                    (
                        f"Die Datei ist {size / 2**20:.1f} MB groß; erlaubt sind höchstens {MAX_FILE_BYTES // 2**20} MB.",
                    ),
                )
            source_bytes = path.read_bytes()
            sidecar = sidecar if sidecar is not None else path.with_suffix(".json")
            sidecar_bytes = sidecar.read_bytes() if sidecar.is_file() else None
        except OSError as exc:
            return Inspection(name, (f"Datei nicht lesbar ({exc.strerror}).",))
        try:
            document = load_document(path, sidecar=sidecar)
            kept = self.corpus / f"{document.id}.json"
            if sidecar_bytes is None and kept.is_file():
                # A new version without metadata keeps the archive's metadata (and is checked against it).
                sidecar_bytes = kept.read_bytes()
                document = load_document(path, sidecar=kept)
        except AnfragenError as exc:
            return Inspection(name, (str(exc),))
        except Exception as exc:  # a broken file must be refused, never crash the archivist's session
            return Inspection(name, (f"Datei konnte nicht verarbeitet werden ({type(exc).__name__}: {exc}).",))
        errors = _identity_errors(document)
        return Inspection(name, tuple(errors), document, None, None, suffix, source_bytes, sidecar_bytes)

    def _decide(self, candidate: Inspection) -> Inspection:
        """Compare a valid candidate with the corpus: new, replacement, no-op or id collision."""
        if not candidate.ok:
            return candidate
        document = candidate.document
        existing = source_file(self.corpus, document.id)
        if existing is None:
            return _with(candidate, action=NEW)
        sidecar = existing.with_suffix(".json")
        old_sidecar = sidecar.read_bytes() if sidecar.is_file() else None
        if (
            existing.suffix == candidate.suffix
            and existing.read_bytes() == candidate.source_bytes
            and old_sidecar == candidate.sidecar_bytes
        ):
            return _with(candidate, action=UNCHANGED, replaces_title=document.title)
        try:
            old = load_document(existing)
        except AnfragenError:
            return _with(candidate, action=REPLACED, replaces_title=None)
        conflict = _different_document(old, document)
        if conflict:
            return _with(
                candidate,
                errors=(
                    f"Die Kennung {document.id} gehört schon zu einem anderen Dokument ({conflict}). "
                    f"Falls die neue Datei es wirklich ersetzen soll: zuerst 'anfragen remove {document.id}'.",
                ),
            )
        return _with(candidate, action=REPLACED, replaces_title=old.title)

    # -- writing ---------------------------------------------------------------------------

    def add(self, path: Path, sidecar: Path | None = None, name: str | None = None) -> AddResult:
        """Validate and add (or replace) one document; raises :class:`RefusedError` on bad input."""
        started = time.perf_counter()
        candidate = self._read(Path(path), sidecar, name or Path(path).name)  # parse outside the lock
        if not candidate.ok:
            raise candidate.refusal()
        with self.store.write_lock(self.lock_timeout):
            self.recover()
            inspection = self._decide(candidate)
            if not inspection.ok:
                raise inspection.refusal()
            document = inspection.document
            fp = fingerprint_bytes(inspection.source_bytes, inspection.sidecar_bytes)
            if inspection.action == UNCHANGED:
                if self._indexed_fingerprint(document.id) != fp:
                    self._index([(document.id, document, fp)])
                return AddResult(inspection, time.perf_counter() - started)
            writes = {f"{document.id}{inspection.suffix}": inspection.source_bytes}
            if inspection.sidecar_bytes is not None:
                writes[f"{document.id}.json"] = inspection.sidecar_bytes
            deletes = [n for n in document_names(document.id) if n not in writes and (self.corpus / n).exists()]
            self.corpus.mkdir(parents=True, exist_ok=True)
            change = stage_change(self.corpus, [document.id], writes, deletes)
            apply_change(self.corpus, change)
            self._index([(document.id, document, fp)])
            finish_change(change)
        return AddResult(inspection, time.perf_counter() - started)

    def remove(self, doc_id: str) -> list[str]:
        """Remove a document from corpus and index; returns the deleted file names."""
        if not DOC_ID.match(doc_id):
            raise AnfragenError(
                f"Ungültige Kennung {doc_id!r} (erwartet z. B. nw-17-6448); "
                "nur Dokumente im Korpus können entfernt werden. Nichts geändert."
            )
        with self.store.write_lock(self.lock_timeout):
            self.recover()
            names = [n for n in document_names(doc_id) if (self.corpus / n).exists()]
            if not names:
                raise AnfragenError(f"{doc_id} ist nicht im Korpus {self.corpus}. Nichts geändert.")
            change = stage_change(self.corpus, [doc_id], {}, names)
            apply_change(self.corpus, change)
            self._index([(doc_id, None, None)])
            finish_change(change)
        return names

    def rebuild(self, progress: Callable[[Document], None] | None = None, procs: int | None = None) -> BuildReport:
        """Build a new generation from the whole corpus and swap it in; searches keep running.

        ``procs``: build processes (default: one per core for a large corpus, see
        :func:`~indexer.index.store.build_procs`)."""
        with self.store.write_lock(self.lock_timeout):
            self.recover(reindex=False)
            return self._build(progress, procs)

    def _build(self, progress: Callable[[Document], None] | None = None, procs: int | None = None) -> BuildReport:
        """Index every corpus file that parses; the others are listed in :attr:`skipped` (and by
        ``check``) — one broken file must not leave the site without an index."""
        files = corpus_files(self.corpus)
        fingerprints = {path.stem: fingerprint(path) for path in files}
        self.skipped = []

        def documents():
            seen = set()
            for path in files:
                if path.stem in seen:
                    self.skipped.append(f"{path.name}: Kennung {path.stem} gibt es doppelt im Korpus.")
                    continue
                seen.add(path.stem)
                try:
                    yield load_document(path)
                except AnfragenError as exc:
                    self.skipped.append(_named(path, exc))

        report = self.store.build(
            documents(), progress, fingerprints=fingerprints, procs=procs or build_procs(len(files))
        )
        for change in pending_changes(self.corpus)[0]:
            finish_change(change)
        return report

    def _index(self, changes: list[tuple[str, Document | None, str | None]]) -> None:
        """Apply changes incrementally; the first document of a fresh installation builds the index."""
        try:
            self.store.update(changes, timeout=self.lock_timeout)
        except IndexMissingError:
            self._build()

    def _indexed_fingerprint(self, doc_id: str) -> str | None:
        try:
            index = self.store.open()
        except IndexMissingError:
            return None
        with index.searcher() as searcher:
            stored = searcher.document(doc_id=doc_id, kind=TITLE)
        index.close()
        return stored.get("fingerprint") if stored else None

    # -- crash recovery and consistency ------------------------------------------------------

    def recover(self, reindex: bool = True) -> list[str]:
        """Finish what a killed writer committed, discard what it had not (caller holds the lock).

        With ``reindex=False`` only the corpus side is completed; the caller reindexes."""
        done = []
        committed, uncommitted = pending_changes(self.corpus)
        for leftover in uncommitted:
            discard(leftover)
            done.append(f"unvollständigen Schreibvorgang verworfen ({leftover.name})")
        for change in committed:
            apply_change(self.corpus, change)
            if reindex:
                self._index([self._corpus_state(doc_id) for doc_id in change.doc_ids])
                finish_change(change)
            done.append(f"unterbrochenen Schreibvorgang abgeschlossen ({', '.join(change.doc_ids)})")
        remove_empty_staging(self.corpus)
        self.store.remove_old_generations()
        return done

    def _corpus_state(self, doc_id: str) -> tuple[str, Document | None, str | None]:
        """What the index should hold for ``doc_id`` according to the corpus (None: nothing)."""
        path = source_file(self.corpus, doc_id)
        if path is None:
            return doc_id, None, None
        try:
            return doc_id, load_document(path), fingerprint(path)
        except AnfragenError:
            return doc_id, None, None

    def _load_error(self, doc_id: str) -> str | None:
        path = source_file(self.corpus, doc_id)
        try:
            load_document(path)
        except AnfragenError as exc:
            return _named(path, exc)
        return None

    def check(self) -> CheckReport:
        """Compare corpus and index without changing anything."""
        report = CheckReport()
        committed, uncommitted = pending_changes(self.corpus)
        report.pending = [c.path.name for c in committed] + [p.name for p in uncommitted]
        expected: dict[str, str] = {}
        for path in corpus_files(self.corpus):
            if path.stem in expected:
                report.duplicates.append(path.stem)
                continue
            expected[path.stem] = fingerprint(path)
        report.documents = len(expected)
        try:
            indexed = self.store.indexed_documents()
        except IndexMissingError as exc:
            report.index_error = str(exc)
            return report
        except Exception as exc:  # a damaged index must be reported, not crash the check
            report.index_error = f"{type(exc).__name__}: {exc}"
            return report
        report.missing = sorted(set(expected) - set(indexed))
        for doc_id in list(report.missing):
            error = self._load_error(doc_id)
            if error:
                report.unreadable.append(error)
                report.missing.remove(doc_id)
        report.extra = sorted(set(indexed) - set(expected))
        for doc_id in sorted(set(expected) & set(indexed)):
            entry = indexed[doc_id]
            if not entry.has_title:
                report.partial.append(doc_id)
            elif entry.fingerprint != expected[doc_id]:
                report.stale.append(doc_id)
        return report

    def repair(self) -> CheckReport:
        """Make the index match the corpus: finish interrupted writes, reindex what differs,
        rebuild when the index cannot be read."""
        with self.store.write_lock(self.lock_timeout):
            done = self.recover(reindex=False)
            before = self.check()
            if before.index_error:
                report = self._build()
                done.append(f"Index neu aufgebaut ({report.documents} Dokumente)")
            else:
                committed = pending_changes(self.corpus)[0]
                ids = sorted(
                    {
                        *before.missing,
                        *before.extra,
                        *before.stale,
                        *before.partial,
                        *(doc_id for change in committed for doc_id in change.doc_ids),
                    }
                )
                if ids:
                    self._index([self._corpus_state(doc_id) for doc_id in ids])
                    done.append(f"neu indexiert: {', '.join(ids)}")
                for change in committed:
                    finish_change(change)
            after = self.check()
            after.repaired = done
        return after


def _named(path: Path, error: Exception) -> str:
    """An error message that names the file, once."""
    return str(error) if str(error).startswith(path.name) else f"{path.name}: {error}"


def _with(inspection: Inspection, **changes) -> Inspection:
    return replace(inspection, **changes)


def _identity_errors(document: Document) -> list[str]:
    """A document's id must agree with the Drucksache its text names."""
    if not DOC_ID.match(document.id):
        return [f"Ungültige Kennung {document.id!r} (erwartet z. B. nw-17-6448)."]
    if document.drucksache and document.parliament:
        match = re.fullmatch(r"(\d+)/(\d+)", document.drucksache)
        if match:
            derived = f"{document.parliament}-{int(match.group(1))}-{int(match.group(2))}"
            if derived != document.id:
                return [
                    f"Widerspruch: Kennung {document.id}, aber der Text ist Drucksache "
                    f"{document.drucksache} (Kennung {derived})."
                ]
    return []


def _normalised_title(title: str) -> str:
    return re.sub(r"\W+", " ", title.casefold()).strip()


def _different_document(old: Document, new: Document) -> str | None:
    """Why ``new`` is not a new version of ``old`` despite the same id (None: same document)."""
    if old.anfrage_nr and new.anfrage_nr and old.anfrage_nr != new.anfrage_nr:
        return f"Kleine Anfrage {old.anfrage_nr} statt {new.anfrage_nr}"
    a, b = _normalised_title(old.title), _normalised_title(new.title)
    if a and b and difflib.SequenceMatcher(None, a, b).ratio() < 0.6:
        return f"„{old.title}“ statt „{new.title}“"
    return None
