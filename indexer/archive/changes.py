"""The corpus change log: staged files, a committed plan, then renames (redo after a crash)."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from indexer.durable import fsync_dir, write_durably
from indexer.errors import AnfragenError

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


def stage_change(corpus_dir: Path, doc_ids: list[str], writes: dict[str, bytes], deletes: list[str]) -> Change:
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
    with contextlib.suppress(OSError):
        (Path(corpus_dir) / STAGING).rmdir()


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
        committed.append(Change(path, tuple(plan["doc_ids"]), tuple(plan["writes"]), tuple(plan["deletes"])))
    return committed, uncommitted


def staged_names(path: Path) -> list[str]:
    """The corpus files a change killed before its plan was staging: what the archivist had been adding."""
    return sorted(p.name for p in path.iterdir() if p.name != PLAN) if path.is_dir() else []


def discard(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
