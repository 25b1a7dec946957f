"""Is the index what the corpus says it should be?  And making it so (``anfragen check [--repair]``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from indexer.archive import indexing
from indexer.archive.changes import finish_change, pending_changes, staged_names
from indexer.archive.installation import Installation
from indexer.archive.recovery import recover
from indexer.errors import AnfragenError, IndexMissingError
from indexer.ingest.load import (
    corpus_files,
    fingerprint,
    irregular_files,
    load_document,
    orphan_metadata,
    source_file,
    unnamed_files,
)


@dataclass
class CheckReport:
    """Corpus ↔ index consistency; empty lists mean consistent."""

    documents: int = 0
    pending: list[str] = field(default_factory=list)  # unfinished writes (crash)
    missing: list[str] = field(default_factory=list)  # in the corpus, not in the index
    extra: list[str] = field(default_factory=list)  # in the index, not in the corpus
    stale: list[str] = field(default_factory=list)  # indexed from other bytes than the corpus has
    partial: list[str] = field(default_factory=list)  # records without their title record
    unreadable: list[str] = field(default_factory=list)  # corpus files that no longer parse, with the reason
    unnamed: list[str] = field(default_factory=list)  # texts and PDFs whose name is no id, metadata without answer
    index_error: str | None = None
    repaired: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.repairable or self.unreadable or self.unnamed)

    @property
    def repairable(self) -> bool:
        """Differences ``check --repair`` resolves; an unreadable file only a person can mend."""
        return bool(self.pending or self.missing or self.extra or self.stale or self.partial or self.index_error)

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
            (self.unreadable, "Nicht lesbar"),
            (self.unnamed, "Nicht aufgenommen"),
        )
        for items, label in labels:
            out.extend(f"{label}: {item}" for item in items)
        if self.ok:
            out.append(f"{self.documents} Dokumente: Korpus und Index stimmen überein.")
        elif self.repairable:
            out.append("Korpus und Index stimmen nicht überein: 'anfragen check --repair' ausführen.")
        if self.unreadable:
            out.append(UNREADABLE_ADVICE)
        return out


# Repair cannot read a file any better than rebuild did: the archivist has to mend it.
UNREADABLE_ADVICE = (
    "Nicht lesbare Dateien behebt 'anfragen check --repair' nicht: die genannte Datei korrigieren "
    "(eine kaputte Metadaten-Datei notfalls löschen; dann fehlen ihre Angaben) "
    "oder das Dokument mit 'anfragen remove <Kennung>' entfernen."
)
# A document indexed before its corpus files broke stays searchable until they are mended.
STILL_INDEXED = "Die Suche findet weiter die zuletzt lesbare Fassung."


def check(site: Installation) -> CheckReport:
    """Compare corpus and index without changing anything."""
    report = CheckReport()
    committed, uncommitted = pending_changes(site.corpus)
    # what each was writing, not only its staging folder („20261206T141147-8099-e30be011“ said nothing of it)
    dropped = "noch nicht im Korpus; --repair verwirft den Vorgang, danach die Datei erneut hinzufügen"
    staged = [(p, staged_names(p)) for p in uncommitted]  # each staging folder listed once
    report.pending = [f"{', '.join(c.doc_ids)} (festgeschrieben; --repair schließt ihn ab)" for c in committed] + [
        f"{', '.join(names)} ({dropped})" if names else f"{p.name} (ohne Dateien; --repair verwirft ihn)"
        for p, names in staged
    ]
    expected = {path.stem: fingerprint(path) for path in corpus_files(site.corpus)}
    report.unreadable = irregular_files(site.corpus)
    report.unnamed = unnamed_files(site.corpus) + orphan_metadata(site.corpus)
    report.documents = len(expected)
    try:
        indexed = site.store.indexed_documents()
    except IndexMissingError as exc:
        report.index_error = str(exc)
        return report
    except OSError as exc:  # a generation whose files are gone: said as the search says it
        report.index_error = str(site.store.damaged_error(exc))
        return report
    except Exception as exc:  # a damaged index must be reported, not crash the check
        report.index_error = f"{type(exc).__name__}: {exc}"
        return report
    report.missing = sorted(set(expected) - set(indexed))
    for doc_id in list(report.missing):
        error = _load_error(site, doc_id)
        if error:
            report.unreadable.append(error)
            report.missing.remove(doc_id)
    report.extra = sorted(set(indexed) - set(expected))
    for doc_id in sorted(set(expected) & set(indexed)):
        entry = indexed[doc_id]
        if not entry.has_title:
            report.partial.append(doc_id)
        elif entry.fingerprint != expected[doc_id]:
            # Changed behind the archive: reindexing would only drop what search still finds, if it no longer parses.
            error = _load_error(site, doc_id)
            if error:
                report.unreadable.append(f"{error} {STILL_INDEXED}")
            else:
                report.stale.append(doc_id)
    return report


def repair(site: Installation) -> CheckReport:
    """Make the index match the corpus: finish interrupted writes, reindex what differs,
    rebuild when the index cannot be read."""
    with site.store.write_lock(site.lock_timeout):
        done = recover(site, reindex=False)
        before = check(site)
        if before.index_error:
            report = indexing.build(site)
            done.append(f"Index neu aufgebaut ({report.documents} Dokumente)")
        else:
            committed = pending_changes(site.corpus)[0]
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
                done.extend(_reindex(site, ids, before.partial))
            for change in committed:
                finish_change(change)
        after = check(site)
        after.repaired = done
    return after


def _reindex(site: Installation, ids: list[str], partial: list[str]) -> list[str]:
    """Index ``ids`` as the corpus has them now; what was done.  What cannot be read is named by the check after the
    repair, once.  Of a document whose files no longer parse (taken up by a finished change, say) the last readable
    version stays searchable (:data:`STILL_INDEXED`); records without their title (``partial``) keep nothing worth
    finding and go, said here."""
    states = [indexing.corpus_state(site.corpus, doc_id) for doc_id in ids]
    gone = [doc_id for doc_id in ids if source_file(site.corpus, doc_id) is None]
    broken = {doc_id for doc_id, document, _ in states if document is None} - set(gone)
    dropped = sorted(broken & set(partial))
    kept = broken - set(dropped)
    indexing.update(site, [state for state in states if state[0] not in kept])
    indexed = [doc_id for doc_id, document, _ in states if document is not None]
    done = [f"neu indexiert: {', '.join(indexed)}"] if indexed else []
    if gone:
        done.append(f"aus dem Index entfernt (nicht im Korpus): {', '.join(gone)}")
    if dropped:
        done.append(f"aus dem Index entfernt (nur teilweise indexiert, Datei nicht lesbar): {', '.join(dropped)}")
    return done


def _load_error(site: Installation, doc_id: str) -> str | None:
    """Why the corpus file of ``doc_id`` no longer parses (None: it does)."""
    path = source_file(site.corpus, doc_id)
    if path is None:
        return None
    try:
        load_document(path)
    except AnfragenError as exc:
        return indexing.named(path, exc)
    return None
