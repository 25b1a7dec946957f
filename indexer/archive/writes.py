"""Adding, replacing and removing documents, and rebuilding the index, under the writer lock.

Every write takes the index's writer lock, first finishes whatever a crashed writer left behind
(:func:`~indexer.archive.recovery.recover`), then changes the corpus through a committed plan
(:mod:`indexer.archive.changes`: stage → commit plan → rename) and only then the index, and
forgets the plan last.  A file that fails validation changes nothing.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from indexer.archive import indexing
from indexer.archive.changes import apply_change, finish_change, stage_change
from indexer.archive.inspection import (
    REPLACED,
    UNCHANGED,
    Inspection,
    decide,
    earlier_in_call,
    read_candidate,
    still_checked,
)
from indexer.archive.installation import Installation
from indexer.archive.recovery import recover
from indexer.errors import AnfragenError
from indexer.index.store import BuildReport
from indexer.ingest.load import corpus_files, document_files, fingerprint_bytes
from indexer.ingest.sidecar import DOC_ID


@dataclass(frozen=True)
class AddResult:
    inspection: Inspection
    seconds: float
    recovered: tuple[str, ...] = ()  # what this add finished or discarded of a write killed before it
    taken_out: tuple[str, ...] = ()  # the file (and its metadata) added from the corpus under a name that is no id

    @property
    def message(self) -> str:
        action = self.inspection.action
        if action == UNCHANGED and self.inspection.document is not None:
            return f"{self.inspection.document.id}: unverändert (dieselbe Datei ist schon im Korpus)"
        return f"{self.inspection.summary} — {self.outcome} in {self.seconds:.2f} s"

    @property
    def outcome(self) -> str:
        """``hinzugefügt``, ``ersetzt`` or ``unverändert`` (for summaries)."""
        return {UNCHANGED: "unverändert", REPLACED: "ersetzt"}.get(self.inspection.action or "", "hinzugefügt")

    @property
    def warnings(self) -> list[str]:
        """What the parser noticed in the added document, a missing metadata file, and a file of the corpus under a
        name that is no id that the add took out (the answer is kept under its id instead)."""
        document = self.inspection.document
        if not self.taken_out or document is None:
            return self.inspection.notices
        kept = f"{document.id}{self.inspection.suffix}"
        names = " und ".join(self.taken_out)
        return [*self.inspection.notices, f"{names} aus dem Korpus genommen: die Antwort liegt dort als {kept}."]


def add(
    site: Installation,
    path: Path,
    sidecar: Path | None,
    name: str,
    earlier: Mapping[str, str] | None = None,
    checked: Inspection | None = None,
) -> AddResult:
    """Validate and add (or replace) one document; raises :class:`RefusedError` on bad input.  ``earlier``: the
    ids the same call has added so far (id → file name); one of them again is refused, not replaced.  ``checked``:
    its inspection made for the report, taken instead of parsing the file again while the file and its metadata are
    unchanged."""
    started = time.perf_counter()
    reused = still_checked(site.corpus, checked, path, sidecar, name) if checked is not None else None
    candidate = reused or read_candidate(site.corpus, path, sidecar, name)  # outside the lock
    candidate = earlier_in_call(candidate, earlier or {})
    if not candidate.ok:
        raise candidate.refusal()
    with site.store.write_lock(site.lock_timeout):
        recovered = tuple(recover(site))  # said with the result: the killed write was the archivist's, too
        inspection = decide(site.corpus, candidate)
        if not inspection.ok:
            raise inspection.refusal()
        document = inspection.document
        assert document is not None  # a valid inspection carries its document
        fp = fingerprint_bytes(inspection.source_bytes, inspection.sidecar_bytes)
        taken_out = _unnamed_in_corpus(site.corpus, path, sidecar)
        if inspection.action == UNCHANGED:
            if taken_out:  # the copy „check“ names beside the answer already kept under its id
                change = stage_change(site.corpus, [document.id], {}, taken_out)
                apply_change(site.corpus, change)
                finish_change(change)
            if indexing.indexed_fingerprint(site, document.id) != fp:
                indexing.update(site, [(document.id, document, fp)])
            return AddResult(inspection, time.perf_counter() - started, recovered, tuple(taken_out))
        writes = {f"{document.id}{inspection.suffix}": inspection.source_bytes}
        if inspection.sidecar_bytes is not None:
            writes[f"{document.id}.json"] = inspection.sidecar_bytes
        deletes = _replaced(site.corpus, document.id, writes) + taken_out
        site.corpus.mkdir(parents=True, exist_ok=True)
        change = stage_change(site.corpus, [document.id], writes, deletes)
        apply_change(site.corpus, change)
        indexing.update(site, [(document.id, document, fp)])
        finish_change(change)
    return AddResult(inspection, time.perf_counter() - started, recovered, tuple(taken_out))


def _unnamed_in_corpus(corpus: Path, path: Path, sidecar: Path | None) -> list[str]:
    """The added file and its metadata file where they lie in the corpus itself under a name that is no id
    („Neue Antwort.txt“, as ``check`` names it): added from there, the copy stayed beside the answer's own file and
    ``check`` went on saying it was never indexed.  A metadata file goes only with its answer: one given from the
    corpus for a text from elsewhere (``--meta korpus/vorlage.json``) stays where it is."""

    def unnamed(file: Path) -> bool:
        return (
            not DOC_ID.fullmatch(file.stem)
            and file.is_file()
            and corpus.is_dir()
            and file.absolute().parent.samefile(corpus)
        )

    if not unnamed(path):
        return []
    metadata = sidecar if sidecar is not None else path.with_suffix(".json")
    return [path.name] + ([metadata.name] if unnamed(metadata) else [])


def remove(site: Installation, doc_id: str) -> list[str]:
    """Remove a document from corpus and index; returns the deleted file names."""
    if not DOC_ID.fullmatch(doc_id):
        # as copied: NW-17-6448, a file's name, its path as the shell completes it (korpus/nw-17-6448.txt)
        own = re.sub(r"\.(?:txt|pdf|json)$", "", re.split(r"[/\\]", doc_id.strip())[-1].lower())
        if DOC_ID.fullmatch(own) and document_files(site.corpus, own):
            meant = f" Gemeint ist wohl {own} (anfragen remove {own})."
        elif DOC_ID.fullmatch(own):  # named it would only be refused again, as not in the corpus
            meant = f" Die Kennung {own} ist nicht im Korpus {site.corpus}.{_id_meant(site, own)}"
        else:
            meant = _drucksache_meant(site.corpus, doc_id)
        raise AnfragenError(
            f"Ungültige Kennung {doc_id!r} (erwartet z. B. nw-17-6448); "
            f"nur Dokumente im Korpus können entfernt werden. Nichts geändert.{meant}"
        )
    with site.store.write_lock(site.lock_timeout):
        recover(site)
        names = [path.name for path in document_files(site.corpus, doc_id)]
        if not names:
            meant = _id_meant(site, doc_id)
            raise AnfragenError(f"{doc_id} ist nicht im Korpus {site.corpus}. Nichts geändert.{meant}")
        change = stage_change(site.corpus, [doc_id], {}, names)
        apply_change(site.corpus, change)
        indexing.update(site, [(doc_id, None, None)])
        finish_change(change)
    return names


def _replaced(corpus: Path, doc_id: str, writes: dict[str, bytes]) -> list[str]:
    """The files of ``doc_id`` an addition replaces: all but those it writes — and on a file system that ignores
    case, not ``X.TXT`` when it is the ``x.txt`` just written."""
    written = [corpus / name for name in writes if (corpus / name).exists()]
    return [
        path.name
        for path in document_files(corpus, doc_id)
        if path.name not in writes and not any(os.path.samefile(path, other) for other in written)
    ]


def _id_meant(site: Installation, doc_id: str) -> str:
    """`` Gemeint ist wohl nw-18-14087 (anfragen remove nw-18-14087).`` for an id one digit away from a held one
    (``nw-18-1408``): the error named the corpus only, and the archivist had to list it to find the one meant.
    Named only when one id alone is that near: a full archive holds many numbers near any number."""
    prefix, _, number = doc_id.rpartition("-")
    ids = [path.stem for path in corpus_files(site.corpus) if path.stem.startswith(prefix + "-")]
    near = sorted({i for i in ids if _one_digit_apart(number, i.rpartition("-")[2])})
    return f" Gemeint ist wohl {near[0]} (anfragen remove {near[0]})." if len(near) == 1 else ""


def _one_digit_apart(typed: str, held: str) -> bool:
    """A digit left out, added, changed, or two neighbours swapped."""
    if len(typed) == len(held):
        differ = [i for i, (a, b) in enumerate(zip(typed, held, strict=True)) if a != b]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and typed[differ[0]] == held[differ[1]]
        return len(differ) == 1 or (swapped and typed[differ[1]] == held[differ[0]])
    shorter, longer = sorted((typed, held), key=len)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _drucksache_meant(corpus: Path, given: str) -> str:
    """``Drs. 18/9998`` given for an id: the corpus's documents of that Drucksache, with how to remove one."""
    match = re.search(r"\b(\d{1,2})\s*/\s*(\d{1,6})\b", given)
    if not match:
        return ""
    suffix = f"-{int(match.group(1))}-{int(match.group(2))}"
    ids = sorted({p.stem for p in corpus.glob(f"*{suffix}.*") if DOC_ID.fullmatch(p.stem) and p.stem.endswith(suffix)})
    if not ids:
        return f" Keine Drucksache {match.group(1)}/{match.group(2)} im Korpus."
    named = " oder ".join(f"{doc_id} (anfragen remove {doc_id})" for doc_id in ids)
    return f" Drucksache {match.group(1)}/{match.group(2)} ist im Korpus: {named}."


def rebuild(
    site: Installation, progress: Callable[[Path], None] | None = None, procs: int | None = None
) -> BuildReport:
    """Build a new generation from the whole corpus and swap it in; searches keep running."""
    with site.store.write_lock(site.lock_timeout):
        recover(site, reindex=False)
        return indexing.build(site, progress, procs)
