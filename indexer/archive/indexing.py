"""Bringing the index in step with the corpus: a full build, or only the changed documents.

No lock is taken here; the callers in :mod:`indexer.archive.writes`, :mod:`indexer.archive.recovery`
and :mod:`indexer.archive.check` hold the index's writer lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from indexer.archive.changes import finish_change, pending_changes
from indexer.archive.installation import Installation
from indexer.errors import AnfragenError, IndexMissingError
from indexer.index.full_build import build_procs
from indexer.index.readers import title_fields
from indexer.index.schema import records
from indexer.index.store import BuildReport
from indexer.ingest.load import corpus_files, fingerprint, irregular_files, load_document, source_file
from indexer.model import Document

# (doc_id, the document to index or None to delete it, the fingerprint of its corpus files)
IndexChange = tuple[str, Document | None, str | None]


def build(site: Installation, progress: Callable[[Path], None] | None = None, procs: int | None = None) -> BuildReport:
    """Index every corpus file that parses; the others are listed in ``site.skipped`` (and by
    ``check``) — one broken file must not leave the site without an index.  The files are
    parsed in the build's worker processes (:meth:`IndexStore.build_sources`)."""
    files = corpus_files(site.corpus)
    held = indexed_ids(site)
    fingerprints = {path.stem: fingerprint(path) for path in files}
    report, failed = site.store.build_sources(
        files, parse_file, progress, fingerprints=fingerprints, procs=procs or build_procs(len(files))
    )
    site.skipped = irregular_files(site.corpus) + [_with_loss(problem, held) for problem in failed]
    for change in pending_changes(site.corpus)[0]:
        finish_change(change)
    return report


def indexed_ids(site: Installation) -> set[str]:
    """The ids the current generation holds (none when there is no readable index: nothing to lose)."""
    try:
        index = site.store.open()
        with index.searcher() as searcher:
            ids = {term.decode("utf-8") for term in searcher.lexicon("doc_id")}
        index.close()
    except Exception:  # a damaged index is rebuilt like a missing one; what it held cannot be read either
        return set()
    return ids


def _with_loss(problem: str, held: set[str]) -> str:
    """A skipped file's message, saying so when its document was searchable until this build: a broken metadata
    file left it in the index (``check`` says „findet weiter die zuletzt lesbare Fassung“), a rebuild drops it."""
    doc_id = problem.split(":", 1)[0].rsplit(".", 1)[0]  # every message starts with the file's name (see named)
    if doc_id not in held:
        return problem
    return (
        f"{problem} — {doc_id} war bisher suchbar und ist es jetzt nicht mehr, bis die Datei korrigiert ist "
        "(danach 'anfragen check --repair')."
    )


def parse_file(path: Path) -> Document | str:
    """The document of a corpus file, or the German message why it cannot be indexed."""
    try:
        return load_document(path)
    except AnfragenError as exc:
        return named(path, exc)


def update(site: Installation, changes: list[IndexChange]) -> None:
    """Apply changes incrementally; the first document of a fresh installation builds the index."""
    try:
        site.store.update(changes, timeout=site.lock_timeout)
    except IndexMissingError:
        build(site)


def corpus_state(corpus: Path, doc_id: str, skipped: list[str] | None = None) -> IndexChange:
    """What the index should hold for ``doc_id`` according to the corpus (None: nothing).

    A file that cannot be indexed is left out (and named in ``skipped``): one bad document
    must not fail every later write that recovers or repairs it."""
    path = source_file(corpus, doc_id)
    if path is None:
        return doc_id, None, None
    try:
        document = load_document(path)
        list(records(document))  # what the index write will do, so it cannot fail there
    except AnfragenError as exc:
        problem = named(path, exc)
    except Exception as exc:
        problem = f"{path.name}: nicht indexierbar ({type(exc).__name__}: {exc})"
    else:
        return doc_id, document, fingerprint(path)
    if skipped is not None:
        skipped.append(f"übersprungen, nicht im Index: {problem}")
    return doc_id, None, None


def indexed_fingerprint(site: Installation, doc_id: str) -> str | None:
    """The fingerprint of the corpus files ``doc_id`` was indexed from (None: not indexed)."""
    try:
        index = site.store.open()
    except IndexMissingError:
        return None
    with index.searcher() as searcher:
        stored = title_fields(searcher, doc_id)
    index.close()
    return stored.get("fingerprint") if stored else None


def named(path: Path, error: Exception) -> str:
    """An error message that names the file, once: the one to mend when it names one of the
    document's files already (``nw-17-1.json: Metadaten-Datei …``), else the source file."""
    message = str(error)
    return message if message.startswith(f"{path.stem}.") else f"{path.name}: {message}"
