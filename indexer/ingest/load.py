"""The corpus directory: ``<id>.txt`` or ``<id>.pdf`` with an optional ``<id>.json`` sidecar."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from indexer.config import Settings
from indexer.errors import AnfragenError, ParseError, SidecarError, UnidentifiedError
from indexer.ingest.answer_signs import NO_ANSWER, shows_answer_signs
from indexer.ingest.extract import SUPPORTED_SUFFIXES, PdfPages, extract_pages
from indexer.ingest.layouts.annexes import carries_imprint
from indexer.ingest.layouts.kind import said_kind
from indexer.ingest.ocr import RESCAN, RecognisedPages
from indexer.ingest.parse import SCAN_WITHOUT_TEXT, odd_words, parse_lines, validate
from indexer.ingest.plausibility import check_plausible, without_contradicted_readings, without_misread_values
from indexer.ingest.sidecar import DOC_ID, apply_sidecar, read_sidecar
from indexer.model import Document, id_drucksache, id_period
from indexer.parliaments import BY_CODE, parliament_name

SCAN_UNREADABLE = f"Auch die Texterkennung hat darin kaum lesbaren Text gefunden: {RESCAN}"


@dataclass(frozen=True)
class ReadSource:
    """A source file as extracted and parsed for :func:`load_document`, kept to merge another metadata file with it
    (one that names the same id): a new version without metadata is read once, then merged with the archive's."""

    path: Path
    doc_id: str | None  # the id it was parsed with (its file's name, else its metadata file's)
    pages: list[list[str]]
    parsed: Document


def load_document(path: Path, sidecar: Path | None = None) -> Document:
    """Extract, parse and merge the sidecar of one source file.

    The sidecar defaults to ``<stem>.json`` beside the file.  When the file is named by a
    document id (as in the corpus), the id is taken from the name.
    """
    return load_source(path, sidecar)[0]


def load_source(path: Path, sidecar: Path | None = None, read: ReadSource | None = None) -> tuple[Document, ReadSource]:
    """:func:`load_document`, and the file as read (``read``: as read before, taken when it was parsed with the same
    id; the file is then neither extracted nor parsed again)."""
    path = Path(path)
    sidecar = sidecar if sidecar is not None else path.with_suffix(".json")
    if sidecar.exists() and not sidecar.is_file():  # a FIFO would hang the read
        raise SidecarError(f"{sidecar.name}: keine gewöhnliche Datei.")
    meta = read_sidecar(sidecar) if sidecar.exists() else {}
    # named by its id in capitals („HE-19-3050.txt“) it is named by its id all the same
    file_id = path.stem.lower() if DOC_ID.fullmatch(path.stem.lower()) else None
    doc_id = file_id or meta.get("id")
    if read is None or read.path != path or read.doc_id != doc_id:
        pages = extract_pages(path)
        read = ReadSource(path, doc_id, pages, _parsed(pages, doc_id, text_file=path.suffix.lower() == ".txt"))
    pages, document = read.pages, read.parsed
    said = said_kind(pages[0], document.askers) if pages else None
    document = apply_sidecar(without_misread_values(document), meta, expected_id=file_id, said=said)
    document = without_contradicted_readings(document, meta)
    if doc_id:  # a cut excerpt, a scan: the archivist's file name or metadata file still names it
        document = _named_by_id(document, doc_id, "dem Dateinamen" if file_id else "der Kennung der Metadaten-Datei")
    whole = carries_imprint([line for page in pages for line in page])
    return check_plausible(document.with_metadata(warnings=tuple(validate(document, whole=whole)))), read


def _named_by_id(document: Document, doc_id: str, source: str) -> Document:
    """What ``doc_id`` names and neither the text nor the metadata file says: the parliament (an unknown code is
    no parliament) and the Drucksache, each with a note saying where it came from."""
    changes: dict[str, object] = {}
    notes: list[str] = []
    code = doc_id.split("-")[0]
    if not document.parliament and code in BY_CODE:
        changes["parliament"] = code
        notes.append(f"Parlament nicht im Text gefunden; aus {source} übernommen: {parliament_name(code)}.")
    if document.drucksache is None:
        changes.update(drucksache=id_drucksache(doc_id), wahlperiode=document.wahlperiode or id_period(doc_id))
        notes.append(f"Drucksache nicht im Text gefunden; aus {source} übernommen.")
    return document.with_metadata(**changes, warnings=(*document.warnings, *notes)) if changes else document


def _parsed(pages: list[list[str]], doc_id: str | None, text_file: bool) -> Document:
    """The pages parsed, refused when they show no sign of an answer (a form, a law page): its numbered
    lines would be taken for questions, and an id from a metadata file would let it in.  A scan's report
    says first that it is one, with the quality figure and the noisy words."""
    lines = [line for page in pages for line in page]
    note = pages.review_note(odd_words(lines)) if isinstance(pages, RecognisedPages) else ""
    poor = ""
    if isinstance(pages, RecognisedPages):  # read only where OCR ran: a bad value breaks no text file's parse
        least = Settings.from_env().ocr_min_confidence
        poor = too_poor_a_scan(least) if pages.confidence < least else ""
    pictured = pages.notes if isinstance(pages, PdfPages) else ()  # pages of images, read by OCR or left out
    signs = shows_answer_signs(lines)
    try:
        document = parse_lines(pages, doc_id=doc_id, text_file=text_file)
        if not signs:
            raise ParseError(NO_ANSWER)
    except UnidentifiedError as exc:  # its advice, "add an id", would let a file in that is no answer at all
        message = " ".join((note, *pictured, str(poor or (exc if signs else NO_ANSWER)))).strip()
        if signs and not poor:
            raise UnidentifiedError(message, exc.parliament, exc.wahlperiode) from exc
        raise ParseError(message) from exc
    except ParseError as exc:
        # a scan read by OCR already: what to look at is the scan itself, not a text layer it never had
        said = str(exc).replace(SCAN_WITHOUT_TEXT, SCAN_UNREADABLE) if note else str(exc)
        poor = "" if SCAN_UNREADABLE in said else poor  # the re-scan advice once, not twice
        # a scan too poor to read says so alone: what the garbled reading lacks („Keine nummerierten Fragen“, „endet
        # mitten im Satz …: Die Kopie ist wohl unvollständig“) is the scan's fault, not the answer's, and misled
        said = "" if poor else said
        raise ParseError(" ".join(filter(None, (note, *pictured, said, poor)))) from exc
    if poor:
        raise ParseError(f"{note} {poor}")
    notes = tuple(filter(None, (note, *pictured)))
    return document.with_metadata(warnings=(*notes, *document.warnings)) if notes else document


def too_poor_a_scan(least: float) -> str:
    """Below about 70 % mean word confidence the reading has lost the document's structure: a garbled head as its
    title („I, Deutscher ündesag Drucksache zinag ©“), 1 question of 3 — it was taken so, with the figure only."""
    return (
        f"Der Scan ist zu schlecht lesbar, um ihm Titel, Fragen und Antworten zu entnehmen (nötig sind im Mittel "
        f"{least:.0f} %, ANFRAGEN_OCR_MIN_CONFIDENCE). Bitte einen besseren Scan (300 dpi, gerade, ohne Flecken) "
        "oder eine Textfassung der Antwort hinzufügen."
    )


def corpus_files(corpus_dir: Path) -> list[Path]:
    """Source files of the corpus, one per document id, sorted by id."""
    return _scan(corpus_dir)[0]


def irregular_files(corpus_dir: Path) -> list[str]:
    """German notes naming corpus entries that look like documents but are no regular files.

    A directory, FIFO or device named ``<id>.txt`` is never read: reading it fails or hangs.
    """
    return [f"{path.name}: {_irregular(path)}, nicht indexiert." for path in _scan(corpus_dir)[1]]


def _irregular(path: Path) -> str:
    """What an entry named like a document is instead of a file: a corpus of links (to a share, a second disk) whose
    files moved was listed „keine gewöhnliche Datei“, document by document, and nothing said where they had been."""
    if path.is_symlink() and not path.exists():
        return f"eine Verknüpfung, deren Ziel {os.readlink(path)} es nicht (mehr) gibt"
    return "ein Verzeichnis, keine Datei" if path.is_dir() else "keine gewöhnliche Datei"


def unnamed_files(corpus_dir: Path) -> list[str]:
    """German notes naming texts and PDFs put into the corpus under a name that is no id (``Neue Antwort.txt``):
    never indexed, and ``check`` said „Korpus und Index stimmen überein“ over them."""
    corpus_dir = Path(corpus_dir)
    return [
        f"{path.name}: der Name ist keine Kennung (z. B. nw-17-6448.txt), die Datei wird nie indexiert. Aus dem "
        "Korpus nehmen und mit 'anfragen add' aufnehmen (das gibt ihr den Namen ihrer Kennung)."
        for path in sorted(corpus_dir.iterdir() if corpus_dir.is_dir() else [])
        if path.suffix.lower() in SUPPORTED_SUFFIXES and not DOC_ID.fullmatch(path.stem) and path.is_file()
    ]


def orphan_metadata(corpus_dir: Path) -> list[str]:
    """German notes naming metadata files the corpus holds without their answer (its text deleted by hand, say):
    ``check`` said „Korpus und Index stimmen überein“ over them, and the next ``add`` of that id without a metadata
    file of its own took their title and askers."""
    corpus_dir = Path(corpus_dir)
    return [
        f"{path.name}: eine Metadaten-Datei ohne Antwort ({path.stem}.txt oder .pdf fehlt). Ein 'anfragen add' "
        f"dieser Kennung ohne eigene Metadaten-Datei übernähme ihre Angaben: löschen, wenn sie zu keiner Antwort "
        "mehr gehört."
        for path in sorted(corpus_dir.iterdir() if corpus_dir.is_dir() else [])
        if path.suffix.lower() == ".json"
        and DOC_ID.fullmatch(path.stem)
        and path.is_file()
        and not source_files(corpus_dir, path.stem)
    ]


def _scan(corpus_dir: Path) -> tuple[list[Path], list[Path]]:
    """The corpus's document files (one per id) and the entries named like one that are no regular file."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise AnfragenError(f"Korpus-Verzeichnis {corpus_dir} existiert nicht.")
    chosen: dict[str, Path] = {}
    irregular: list[Path] = []
    for path in corpus_dir.iterdir():
        suffix = path.suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES or not DOC_ID.fullmatch(path.stem):
            continue
        if not path.is_file():  # stat.S_ISREG through symlinks; a dangling link is no file either
            irregular.append(path)
            continue
        # A text beside its PDF is the archive's own extraction: it wins, the id stays unique.
        current = chosen.get(path.stem)
        if current is None or SUPPORTED_SUFFIXES.index(suffix) < SUPPORTED_SUFFIXES.index(current.suffix.lower()):
            chosen[path.stem] = path
    return sorted(chosen.values(), key=lambda p: p.stem), sorted(irregular)


def iter_documents(corpus_dir: Path) -> Iterator[Document]:
    for path in corpus_files(corpus_dir):
        yield load_document(path)


def source_file(corpus_dir: Path, doc_id: str) -> Path | None:
    """The corpus source file of ``doc_id`` the corpus scan indexes (a text before a PDF), or None."""
    found = source_files(corpus_dir, doc_id)
    return found[0] if found else None


def source_files(corpus_dir: Path, doc_id: str) -> list[Path]:
    """Every source file the corpus holds for ``doc_id``: its text and its PDF where both are kept, an ending in
    capitals too (``nw-17-6449.TXT``, ``.Txt``: the corpus scan indexes them as well)."""
    return [path for path in document_files(corpus_dir, doc_id) if path.suffix.lower() in SUPPORTED_SUFFIXES]


def document_files(corpus_dir: Path, doc_id: str) -> list[Path]:
    """Every file the corpus holds for ``doc_id``, its metadata file too, the ending as it may be typed by hand
    (``.txt``, ``.TXT``, ``.Txt``): a replacement or a removal that left one would leave the old text indexed beside,
    or instead of, the new.  In the order text, PDF, metadata.  Looked up by name, not by listing the directory (at
    100,000 files a listing takes 86 ms, twice per added document); a file that a file system blind to case finds
    under several names counts once."""
    found: list[Path] = []
    seen: set[tuple[int, int]] = set()
    for suffix in (*SUPPORTED_SUFFIXES, ".json"):
        for ending in dict.fromkeys((suffix, suffix.upper(), "." + suffix[1:].capitalize())):
            path = Path(corpus_dir) / f"{doc_id}{ending}"
            if path.is_file():
                stat = path.stat()
                if (stat.st_dev, stat.st_ino) not in seen:
                    seen.add((stat.st_dev, stat.st_ino))
                    found.append(path)
    return found


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
