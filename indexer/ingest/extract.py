"""Files → pages of text lines.

The one place that knows file formats.  Pages are kept apart (form feeds in text files,
one entry per PDF page) so the parser can recognise running headers, page numbers and
footnotes per page.

PDFs are read with pypdf: pure Python (no binary to ship), BSD-licensed, maintained, and
the extractor the archives' own text files were made with, so PDF and text input reach the
parser in the same shape.  (Compared on ../shared/pdfs against pdfminer.six, pdfplumber and
pypdfium2; see the README section on PDF input.)
"""

from __future__ import annotations

import codecs
import logging
import re
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from indexer.config import Settings
from indexer.errors import ExtractError
from indexer.ingest.layouts.pages import clean_pages
from indexer.ingest.ocr import pages_named, recognise_pages, recognise_some_pages
from indexer.ingest.pdf_limits import DEFAULT_LIMITS, PdfLimits, bounded_texts, content_bytes

if TYPE_CHECKING:
    from pypdf import PdfReader

Page = list[str]

SUPPORTED_SUFFIXES = (".txt", ".pdf")

# Fewer visible characters than this on a page means it has no usable text layer.
_MIN_CHARS_PER_PAGE = 40
# A page drawing this much without text is a picture (glyphs drawn as outlines: 370 KB to 1.7 MB a page of
# ../shared/pdfs); a short text page (a page number, a closing line) draws a few hundred bytes.
_DRAWN_PAGE_BYTES = 20_000
# C0 control characters other than tab, line breaks and form feed: invisible, unsearchable, and
# forbidden in XML, so one in a title would break every feed that lists the document.
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def extract_pages(path: Path) -> list[Page]:
    """Read a corpus file (text or PDF) into pages of lines."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ExtractError(
            f"{path.name}: Dateityp {suffix or '(ohne Endung)'} wird nicht unterstützt "
            f"(erlaubt: {', '.join(SUPPORTED_SUFFIXES)})."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"{path.name}: Datei kann nicht gelesen werden ({exc.strerror}).") from exc
    if suffix == ".pdf":
        return pdf_pages(data, path.name)
    return text_pages(decode_text(data, path.name))


def decode_text(data: bytes, name: str = "Text") -> str:
    """Decode a text file; refuse binary data instead of indexing garbage."""
    if not data.strip():
        raise ExtractError(f"{name}: Die Datei ist leer.")
    if data.startswith(b"%PDF-"):
        raise ExtractError(f"{name}: Die Datei ist ein PDF, trägt aber nicht die Endung .pdf.")
    if office := _what_it_is(data):  # a Word file renamed to .txt was „Binärdaten“, an RTF file „keine Fragen“
        raise ExtractError(f"{name}: Die Datei ist keine Textdatei.{office}")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Windows' „Unicode“: UTF-16 with its mark
        try:
            return drop_control_chars(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise ExtractError(f"{name}: Die Datei ist als UTF-16 markiert, aber nicht so kodiert.") from exc
    if b"\x00" in data[:4096]:
        raise ExtractError(f"{name}: Die Datei ist keine Textdatei (Binärdaten).")
    encoding = text_charset(data)
    if encoding is None:
        raise ExtractError(f"{name}: Die Datei ist weder UTF-8 noch Windows-1252 kodiert.")
    return drop_control_chars(data.decode("utf-8-sig" if encoding == "utf-8" else encoding))


def text_charset(data: bytes) -> str | None:
    """The charset a text file is read in (``utf-16`` with its mark, ``utf-8``, else ``windows-1252``; None:
    neither).  The corpus keeps a text as it was added, so whoever serves it names this charset."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "windows-1252"):
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


def text_pages(text: str) -> list[Page]:
    """Split plain text at form feeds into pages of lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [page.split("\n") for page in text.split("\f")]


# How the files archivists rename to .pdf begin: Word's and other office formats, which no PDF reader opens.
_OFFICE_FORMATS = (
    (b"PK\x03\x04", "eine Word- oder andere Office-Datei (.docx, .odt) oder ein ZIP-Archiv"),
    (b"\xd0\xcf\x11\xe0", "eine ältere Word- oder Office-Datei (.doc)"),
    (b"{\\rtf", "eine RTF-Datei"),
)


def _what_it_is(data: bytes) -> str:
    """`` Ihr Inhalt ist eine Word- … Datei: bitte als PDF speichern …`` for a file of a known office format renamed to
    .pdf or .txt; else ""."""
    kind = next((kind for magic, kind in _OFFICE_FORMATS if data.startswith(magic)), None)
    if kind is None:
        return ""
    return f" Ihr Inhalt ist {kind}: {SAVE_AS_PDF}."


SAVE_AS_PDF = "bitte als PDF speichern (in Word „Speichern unter“ → PDF) oder als .txt hochladen"
_OFFICE_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".pages")


def unsupported_advice(suffix: str) -> str:
    """`` Eine Word- oder Office-Datei: bitte als PDF speichern …`` for an answer chosen in the format it was written
    in (its name says so, unlike one renamed to .pdf); else ""."""
    return f" Eine Word- oder Office-Datei: {SAVE_AS_PDF}." if suffix.lower() in _OFFICE_SUFFIXES else ""


def pdf_pages(data: bytes, name: str = "PDF", limits: PdfLimits = DEFAULT_LIMITS) -> list[Page]:
    """The text layer of a PDF, one list of lines per page, in content-stream reading order
    (within ``limits``: pages, content per page, time)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError, PyPdfError

    if not data.strip():
        raise ExtractError(f"{name}: Die Datei ist leer.")
    if b"%PDF-" not in data[:1024]:
        raise ExtractError(f"{name}: Die Datei ist kein PDF (es fehlt die Kennung %PDF-).{_what_it_is(data)}")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about sloppy PDFs are noise here
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted:
            _open_without_password(reader, name)
        texts = [drop_control_chars(text) for text in bounded_texts(reader, name, limits)]
    except ExtractError:
        raise
    except DependencyError:  # AES (pypdf reads it only with the cryptography package): on opening it, or its text
        return pdf_pages(_without_aes(data, name), name, limits)
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        if b"%%EOF" not in data[-2048:]:  # pypdf's „Stream has ended unexpectedly“ said neither why nor what to do
            raise ExtractError(
                f"{name}: Das PDF ist beschädigt oder unvollständig – es endet ohne die Schlussmarke %%EOF: "
                "wohl ein abgebrochener Download. Bitte die Datei erneut herunterladen."
            ) from exc
        raise ExtractError(f"{name}: Das PDF ist beschädigt und lässt sich nicht lesen ({exc}).") from exc
    if not texts:
        raise ExtractError(f"{name}: Das PDF enthält keine Seiten.")
    pages = PdfPages(text.replace("\r\n", "\n").replace("\r", "\n").split("\n") for text in texts)
    few = [number for number, lines in enumerate(pages) if not _has_text_of_its_own(lines)]
    if len(few) == len(texts):
        return recognise_pages(data, name, len(texts))  # a scan: read by OCR (ocr.py)
    pictured = [number for number in few if _pictured(reader.pages[number])]
    if not pictured:
        return pages
    headed = any("".join("".join(pages[number]).split()) for number in pictured)
    return _with_pictured_pages(pages, data, name, pictured, headed)


def _open_without_password(reader: PdfReader, name: str) -> None:
    """Decrypt a PDF that opens without a password: many official PDFs carry an owner password alone (against copying
    or editing), open in every viewer and were refused as „passwortgeschützt“, asking for a version nobody has.  One
    encrypted with AES raises pypdf's DependencyError here or when its text is read (see :func:`pdf_pages`)."""
    if not reader.decrypt(""):
        raise ExtractError(
            f"{name}: Das PDF ist verschlüsselt (passwortgeschützt): es öffnet sich nur mit Kennwort. Bitte mit dem "
            "Kennwort öffnen, „Drucken“ → „Als PDF speichern“ wählen und diese Fassung ohne Kennwort hinzufügen."
        )


def _without_aes(data: bytes, name: str) -> bytes:
    """The PDF ``data``, encrypted with AES, as pdfium saves it without its encryption, for pypdf to read as any other.

    Official PDFs often carry an owner password alone (against copying), encrypted with AES as Acrobat does by default;
    they open in every viewer, and pypdf reads AES only with the cryptography package, which the project does not
    install: each such answer was refused, asking the archivist to print it to a new PDF first."""
    import pypdfium2
    from pypdf import PdfReader

    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractError(
                f"{name}: Das PDF ist verschlüsselt (passwortgeschützt): es öffnet sich nur mit Kennwort. Bitte mit "
                "dem Kennwort öffnen, „Drucken“ → „Als PDF speichern“ wählen und diese Fassung ohne Kennwort "
                "hinzufügen."
            ) from None
        raise ExtractError(f"{name}: Das PDF ist beschädigt und lässt sich nicht lesen ({exc}).") from None
    try:
        buffer = BytesIO()
        document.save(buffer, flags=pypdfium2.raw.FPDF_REMOVE_SECURITY)
    finally:
        document.close()
    decrypted = buffer.getvalue()
    if PdfReader(BytesIO(decrypted)).is_encrypted:  # read again, it would come back here
        raise ExtractError(
            f"{name}: Das PDF ist mit AES verschlüsselt und lässt sich hier nicht lesen. Bitte im PDF-Programm öffnen, "
            "„Drucken“ → „Als PDF speichern“ wählen und diese Fassung hinzufügen."
        )
    return decrypted


class PdfPages(list[Page]):
    """A PDF's pages from its text layer, with notes on pages that hold pictures but no text (a scanned annex)."""

    notes: tuple[str, ...] = ()


def _has_text_of_its_own(lines: Page) -> bool:
    """Whether a page holds text beyond its furniture: a scanned page may carry its running header (``Landtag …
    Drucksache 18/1234``, over 40 characters) or page number as text, and nothing else; it was taken for a text page
    and its picture dropped without a word."""
    if len("".join("".join(lines).split())) < _MIN_CHARS_PER_PAGE:
        return False
    cleaned = clean_pages([lines])
    return any(line.strip() for line in cleaned.lines) or bool(cleaned.footnotes)


def _with_pictured_pages(pages: PdfPages, data: bytes, name: str, pictured: list[int], headed: bool) -> PdfPages:
    """``pages`` with the pictured ones read by OCR where it can be done, and a note saying which they are and
    whether they were read or left out, and why: they were dropped without a word, the answer taken from its text
    pages alone.  ``headed``: some of them carry a running header or page number as text, and the note says so."""
    what = (
        f"{name}: {pages_named(pictured)} {'enthält' if len(pictured) == 1 else 'enthalten'} Bilder, aber keinen Text"
        + (" außer Kopf- oder Fußzeilen" if headed else "")
    )
    left_out = "Ausgelassen: ihr Inhalt ist nicht suchbar; gelesen ist nur der Text der übrigen Seiten."
    try:
        read = recognise_some_pages(data, what, pictured)
    except ExtractError as exc:
        pages.notes = (f"{exc} {left_out}",)
        return pages
    least = Settings.from_env().ocr_min_confidence
    figures = f"{read.words} Wörter, mittlere Wortsicherheit {read.confidence:.0f} %"
    if read.confidence < least:
        pages.notes = (
            f"{what}; die Texterkennung (OCR) las sie zu unsicher ({figures}, nötig {least:.0f} %, "
            f"ANFRAGEN_OCR_MIN_CONFIDENCE). {left_out}",
        )
        return pages
    for number, lines in zip(pictured, read, strict=True):
        pages[number] = lines
    pages.notes = (f"{what}; per Texterkennung (OCR) gelesen — bitte prüfen: {figures} (Tesseract).",)
    return pages


def _pictured(page: Any) -> bool:
    """Whether a page without text shows an image or a drawing (a scanned or outlined page), not a blank."""
    return _has_image(page.get("/Resources")) or content_bytes(page) >= _DRAWN_PAGE_BYTES


def _has_image(resources: Any, depth: int = 0) -> bool:
    """An image among a page's (or a form's) XObjects, in forms nested up to three deep."""
    if resources is None or depth > 3:
        return False
    xobjects = resources.get_object().get("/XObject")
    for xobject in xobjects.get_object().values() if xobjects is not None else ():
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            return True
        if xobject.get("/Subtype") == "/Form" and _has_image(xobject.get("/Resources"), depth + 1):
            return True
    return False


def drop_control_chars(text: str) -> str:
    """``text`` without C0 control characters except tab, line feed, carriage return and form feed."""
    return _CONTROL_CHARS.sub("", text)
