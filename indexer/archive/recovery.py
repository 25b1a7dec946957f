"""Finishing what a writer killed mid-change left behind (see :mod:`indexer.archive.changes`)."""

from __future__ import annotations

from indexer.archive import indexing
from indexer.archive.changes import (
    apply_change,
    discard,
    finish_change,
    pending_changes,
    remove_empty_staging,
    staged_names,
)
from indexer.archive.installation import Installation


def recover(site: Installation, reindex: bool = True) -> list[str]:
    """Finish what a killed writer committed, discard what it had not (caller holds the lock).

    With ``reindex=False`` only the corpus side is completed; the caller reindexes."""
    done = []
    committed, uncommitted = pending_changes(site.corpus)
    for leftover in uncommitted:
        staged = staged_names(leftover)
        discard(leftover)
        done.append(
            f"unvollständigen Schreibvorgang verworfen: {', '.join(staged)} nicht aufgenommen, bitte erneut hinzufügen"
            if staged
            else f"unvollständigen Schreibvorgang verworfen ({leftover.name})"
        )
    for change in committed:
        apply_change(site.corpus, change)
        if reindex:
            skipped: list[str] = []
            indexing.update(site, [indexing.corpus_state(site.corpus, doc_id, skipped) for doc_id in change.doc_ids])
            finish_change(change)
            done.extend(skipped)
        done.append(f"unterbrochenen Schreibvorgang abgeschlossen ({', '.join(change.doc_ids)})")
    remove_empty_staging(site.corpus)
    site.store.remove_old_generations()
    return done
