"""Anfragen indexer: parse Kleine-Anfrage answers, analyse German text, build and search a Whoosh index.

The public surface, in the order data flows::

    load_document(path)              corpus file (+ sidecar) → Document
    build_index(corpus_dir, index_dir)  full, atomic rebuild
    Engine(index_dir).search(query)  ranked answers with snippets

This package never imports Flask; the web app reads the index only through it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from indexer.archive import Archive, RefusedError
from indexer.errors import (
    AnfragenError,
    BuildError,
    ExtractError,
    IndexMissingError,
    IndexOutdatedError,
    ParseError,
    QueryError,
    SidecarError,
    WriteLockError,
)
from indexer.index.store import BuildReport, IndexStore
from indexer.ingest.load import corpus_files, iter_documents, load_document
from indexer.model import Asker, Document, Footnote, Question
from indexer.search.engine import Engine
from indexer.search.results import Hit, ResultPage

__all__ = [
    "AnfragenError",
    "Archive",
    "Asker",
    "BuildError",
    "BuildReport",
    "Document",
    "Engine",
    "ExtractError",
    "Footnote",
    "Hit",
    "IndexMissingError",
    "IndexOutdatedError",
    "IndexStore",
    "ParseError",
    "QueryError",
    "Question",
    "RefusedError",
    "ResultPage",
    "SidecarError",
    "WriteLockError",
    "build_index",
    "corpus_files",
    "iter_documents",
    "load_document",
]


def build_index(corpus_dir: Path, index_dir: Path, progress: Callable[[Path], None] | None = None) -> BuildReport:
    """Parse every document of ``corpus_dir`` and build a fresh index in ``index_dir`` (atomic swap,
    under the writer lock, with the fingerprints ``anfragen check`` compares)."""
    return Archive(corpus_dir, index_dir).rebuild(progress=progress)
