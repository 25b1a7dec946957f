"""The corpus directory: ``<id>.txt`` or ``<id>.pdf`` with an optional ``<id>.json`` sidecar."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import AnfragenError
from .extract import SUPPORTED_SUFFIXES, extract_pages
from .model import Document
from .parse import parse_lines, validate
from .sidecar import DOC_ID, apply_sidecar, read_sidecar


def load_document(path: Path, sidecar: Path | None = None) -> Document:
    """Extract, parse and merge the sidecar of one source file.

    The sidecar defaults to ``<stem>.json`` beside the file.  When the file is named by a
    document id (as in the corpus), the id is taken from the name.
    """
    path = Path(path)
    sidecar = sidecar if sidecar is not None else path.with_suffix(".json")
    meta = read_sidecar(sidecar) if sidecar.exists() else {}
    file_id = path.stem if DOC_ID.match(path.stem) else None
    doc_id = file_id or meta.get("id")
    document = parse_lines(extract_pages(path), doc_id=doc_id)
    document = apply_sidecar(document, meta, expected_id=file_id)
    return document.with_metadata(warnings=tuple(validate(document)))


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Source files of the corpus, one per document id, sorted by id."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise AnfragenError(f"Korpus-Verzeichnis {corpus_dir} existiert nicht.")
    chosen: dict[str, Path] = {}
    for path in corpus_dir.iterdir():
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES or not DOC_ID.match(path.stem):
            continue
        # A text beside its PDF is the archive's own extraction: it wins, the id stays unique.
        current = chosen.get(path.stem)
        if current is None or SUPPORTED_SUFFIXES.index(suffix) < SUPPORTED_SUFFIXES.index(current.suffix.lower()):
            chosen[path.stem] = path
    return sorted(chosen.values(), key=lambda p: p.stem)


def iter_documents(corpus_dir: Path) -> Iterator[Document]:
    for path in corpus_files(corpus_dir):
        yield load_document(path)


# -- changing the corpus ---------------------------------------------------------------------
#
# A document is up to two files (source + sidecar), and a replacement may also delete the
# source of the other type, so a change is a small redo log: the new files are written and
# fsynced in ``.staging/<change>/``, then ``plan.json`` is renamed into place — the commit
# point — and only then are files moved into the corpus.  After a crash, a change without a
# plan is discarded and a change with a plan is completed (every step is idempotent).

STAGING = ".staging"
PLAN = "plan.json"


@dataclass(frozen=True)
class Change:
    """A committed, possibly unfinished corpus change: files to move in, names to delete."""

    path: Path
    doc_ids: tuple[str, ...]
    writes: tuple[str, ...]
    deletes: tuple[str, ...]


def source_file(corpus_dir: Path, doc_id: str) -> Path | None:
    """The corpus source file of ``doc_id`` (``.pdf`` or ``.txt``), or None."""
    for suffix in SUPPORTED_SUFFIXES:
        path = Path(corpus_dir) / f"{doc_id}{suffix}"
        if path.is_file():
            return path
    return None


def document_names(doc_id: str) -> list[str]:
    """Every file name the corpus may hold for ``doc_id``."""
    return [f"{doc_id}{suffix}" for suffix in SUPPORTED_SUFFIXES] + [f"{doc_id}.json"]


def fingerprint(source: Path) -> str:
    """Hash of a corpus document's bytes: its source file and its sidecar (if any)."""
    sidecar = Path(source).with_suffix(".json")
    return fingerprint_bytes(Path(source).read_bytes(), sidecar.read_bytes() if sidecar.is_file() else None)


def fingerprint_bytes(source: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256(source)
    digest.update(b"\0sidecar\0")
    if sidecar is not None:
        digest.update(sidecar)
    return digest.hexdigest()[:32]


def stage_change(
    corpus_dir: Path, doc_ids: list[str], writes: dict[str, bytes], deletes: list[str]
) -> Change:
    """Write new files durably into a staging directory and commit the plan."""
    corpus_dir = Path(corpus_dir)
    for name in [*writes, *deletes]:
        if "/" in name or "\\" in name or name.startswith("."):
            raise AnfragenError(f"Ungültiger Dateiname im Korpus: {name!r}.")
    staging = corpus_dir / STAGING
    staging.mkdir(exist_ok=True)
    path = staging / f"{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(4)}"
    path.mkdir()
    for name, data in writes.items():
        write_durably(path / name, data)
    plan = {"doc_ids": doc_ids, "writes": sorted(writes), "deletes": sorted(deletes)}
    write_durably(path / PLAN, json.dumps(plan).encode("utf-8"))
    return Change(path, tuple(doc_ids), tuple(sorted(writes)), tuple(sorted(deletes)))


def apply_change(corpus_dir: Path, change: Change) -> None:
    """Move the staged files into the corpus and delete the replaced ones (idempotent)."""
    corpus_dir = Path(corpus_dir)
    for name in change.writes:
        staged = change.path / name
        if staged.exists():
            os.replace(staged, corpus_dir / name)
    for name in change.deletes:
        (corpus_dir / name).unlink(missing_ok=True)
    fsync_dir(corpus_dir)


def finish_change(change: Change) -> None:
    """Forget a change once corpus and index both reflect it."""
    shutil.rmtree(change.path, ignore_errors=True)
    remove_empty_staging(change.path.parent.parent)


def remove_empty_staging(corpus_dir: Path) -> None:
    """Leave no empty staging directory behind (it stays while changes are pending)."""
    try:
        (Path(corpus_dir) / STAGING).rmdir()
    except OSError:
        pass


def pending_changes(corpus_dir: Path) -> tuple[list[Change], list[Path]]:
    """Committed changes still to be finished, and uncommitted leftovers to discard."""
    staging = Path(corpus_dir) / STAGING
    committed: list[Change] = []
    uncommitted: list[Path] = []
    if not staging.is_dir():
        return committed, uncommitted
    for path in sorted(staging.iterdir()):
        plan_file = path / PLAN
        if not path.is_dir() or not plan_file.is_file():
            uncommitted.append(path)
            continue
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        committed.append(
            Change(path, tuple(plan["doc_ids"]), tuple(plan["writes"]), tuple(plan["deletes"]))
        )
    return committed, uncommitted


def discard(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def write_durably(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either no file or the whole file."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_dir(path.parent)


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
