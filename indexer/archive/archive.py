"""Adding, replacing and removing documents while the site serves searches.

The one write path for the CLI (``anfragen add/remove/rebuild/check``) and the web upload.
:class:`Archive` only names the operations; each lives in a module of its own:

* :mod:`~indexer.archive.inspection` — is a file valid, and what would adding it do?
* :mod:`~indexer.archive.writes` — add, replace, remove and rebuild under the writer lock;
* :mod:`~indexer.archive.recovery` — finish what a crashed writer left behind;
* :mod:`~indexer.archive.check` — compare corpus and index, and repair;
* :mod:`~indexer.archive.indexing` — bring the index in step with the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from indexer.archive import check, recovery, writes
from indexer.archive.check import CheckReport
from indexer.archive.inspection import MAX_FILE_BYTES, Inspection, RefusedError, decide, read_candidate
from indexer.archive.installation import Installation
from indexer.archive.writes import AddResult
from indexer.index.store import DEFAULT_LOCK_TIMEOUT, BuildReport, IndexStore

# The upload form states the size limit; a refusal is what callers catch.
__all__ = ["MAX_FILE_BYTES", "AddResult", "Archive", "CheckReport", "Inspection", "RefusedError"]


class Archive:
    """The corpus and index of one installation, changed only through these methods."""

    def __init__(self, corpus_dir: Path, index_dir: Path, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.site = Installation(Path(corpus_dir), IndexStore(index_dir), lock_timeout)

    @property
    def skipped(self) -> list[str]:
        """Corpus files the last rebuild could not index, with the reason."""
        return self.site.skipped

    def inspect(self, path: Path, sidecar: Path | None = None, name: str | None = None) -> Inspection:
        """Validate a file (and its sidecar) and say what adding it would do; changes nothing."""
        return decide(self.site.corpus, read_candidate(self.site.corpus, Path(path), sidecar, name or Path(path).name))

    def add(
        self,
        path: Path,
        sidecar: Path | None = None,
        name: str | None = None,
        earlier: Mapping[str, str] | None = None,
        checked: Inspection | None = None,
    ) -> AddResult:
        """Validate and add (or replace) one document; raises :class:`RefusedError` on bad input, and for an id
        in ``earlier`` (the ids one call has added so far → their file names).  ``checked``: its :meth:`inspect`
        a moment ago, not parsed again while the file and its metadata are the same."""
        return writes.add(self.site, Path(path), sidecar, name or Path(path).name, earlier, checked)

    def remove(self, doc_id: str) -> list[str]:
        """Remove a document from corpus and index; returns the deleted file names."""
        return writes.remove(self.site, doc_id)

    def rebuild(self, progress: Callable[[Path], None] | None = None, procs: int | None = None) -> BuildReport:
        """Build a new generation from the whole corpus and swap it in; searches keep running.

        ``procs``: build processes (default: one per core for a large corpus, see
        :func:`~indexer.index.full_build.build_procs`)."""
        return writes.rebuild(self.site, progress, procs)

    def recover(self, reindex: bool = True) -> list[str]:
        """Finish what a killed writer committed, discard what it had not (caller holds the lock)."""
        return recovery.recover(self.site, reindex)

    def check(self) -> CheckReport:
        """Compare corpus and index without changing anything."""
        return check.check(self.site)

    def repair(self) -> CheckReport:
        """Make the index match the corpus; rebuild when the index cannot be read."""
        return check.repair(self.site)
