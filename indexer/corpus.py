"""The corpus directory: ``<id>.txt`` or ``<id>.pdf`` with an optional ``<id>.json`` sidecar."""

from __future__ import annotations

from collections.abc import Iterator
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
