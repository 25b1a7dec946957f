"""Scanned PDFs → pages of text lines, by OCR with Tesseract's German language data.

Used only where a PDF has no text layer (:func:`indexer.ingest.extract.pdf_pages`).  pypdfium2
renders each page (a wheel with PDFium inside: no system package), pytesseract runs Debian's
``tesseract`` on it and hands back every word with its line and its confidence — one call per
page gives both the text and the quality figure.  OCRmyPDF would write a new PDF with a text
layer that pypdf then reads again: heavier (Ghostscript, pikepdf, qpdf) for the same words and
without the confidences.  Tesseract is optional at run time; without it the error says how to
install it.  Pages and seconds are bounded (``ocr_max_pages``, ``ocr_time_limit``, ``ocr_dpi``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

from indexer.config import Settings
from indexer.errors import ExtractError
from indexer.lru import LRU
from indexer.words import counted, runs

# what to do with a scan OCR reads little or nothing of
RESCAN = "Ist der Scan leer, zu blass oder unscharf? Dann bitte neu scannen (300 dpi, Graustufen)."

Page = list[str]

LANGUAGE = "deu"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-deu"
REVIEW = "Text per OCR erkannt — bitte prüfen"
# A page larger than A4 is rendered at a lower resolution rather than as a giant image.
_MAX_PIXELS = 2480 * 3508
_render_lock = threading.Lock()  # PDFium is not thread-safe


class RecognisedPages(list[Page]):
    """Pages read by OCR, with how sure Tesseract was of their words."""

    def __init__(self, pages: Sequence[Page], confidence: float, words: int) -> None:
        super().__init__(pages)
        self.confidence = confidence  # mean word confidence, 0–100
        self.words = words

    def review_note(self, odd_words: Sequence[str] = ()) -> str:
        """The warning a person reads before trusting the text, with the words OCR likely got wrong."""
        note = (
            f"{REVIEW}: {counted(len(self), 'Seite')}, {self.words} Wörter, "
            f"mittlere Wortsicherheit {self.confidence:.0f} % (Tesseract)."
        )
        if odd_words:  # words with letters first: ``STAATSM1N1STER1UM`` tells more than a stray ``|``
            words = dict.fromkeys(word.strip(".,;:()") or word for word in odd_words)
            distinct = sorted(words, key=lambda word: sum(c.isalpha() for c in word) < 2)
            count = f"{len(odd_words)} Wort sieht" if len(odd_words) == 1 else f"{len(odd_words)} Wörter sehen"
            note += f" {count} nach Erkennungsfehlern aus (z. B. {', '.join(distinct[:5])})."
        return note


# An archive add reads a file twice (check, then index): the second read costs nothing.
_recent: LRU[RecognisedPages] = LRU(8)


def recognise_pages(data: bytes, name: str, page_count: int) -> RecognisedPages:
    """OCR of an image-only PDF's pages; a clear German error when it cannot be done."""
    settings = Settings.from_env()
    scan = f"{name}: Das PDF hat keine Textebene (vermutlich ein Scan)"
    _require_tesseract(scan)
    if page_count > settings.ocr_max_pages:
        raise ExtractError(
            f"{scan} und {page_count} Seiten; die Texterkennung (OCR) liest höchstens {settings.ocr_max_pages} "
            "(ANFRAGEN_OCR_MAX_PAGES). Bitte den Scan teilen oder vorher mit einer Texterkennung versehen."
        )
    return _recognised(data, scan, settings, None)


def recognise_some_pages(data: bytes, scan: str, numbers: Sequence[int]) -> RecognisedPages:
    """OCR of the pages ``numbers`` (from 0) of a PDF whose other pages have a text layer: a scanned annex.  The
    ExtractError, led by ``scan`` (which pages those are), says why they cannot be read, for a warning: the text
    pages are taken all the same."""
    settings = Settings.from_env()
    _require_tesseract(scan)
    if len(numbers) > settings.ocr_max_pages:
        raise ExtractError(
            f"{scan}; die Texterkennung (OCR) liest höchstens {counted(settings.ocr_max_pages, 'Seite')} "
            "(ANFRAGEN_OCR_MAX_PAGES)."
        )
    return _recognised(data, scan, settings, tuple(numbers))


def pages_named(numbers: Sequence[int]) -> str:
    """``Seite 3``, ``Seiten 2–26``, ``Seiten 2, 5, 7–9`` for page indices counted from 0."""
    named = ", ".join(
        f"{run[0] + 1}–{run[-1] + 1}" if len(run) > 1 else str(run[0] + 1) for run in runs(sorted(numbers))
    )
    return f"Seite{'n' if len(numbers) > 1 else ''} {named}"


def _recognised(data: bytes, scan: str, settings: Settings, numbers: tuple[int, ...] | None) -> RecognisedPages:
    key = (hashlib.sha256(data).hexdigest(), settings.ocr_dpi, numbers)
    found = _recent.get_or_make(key, lambda: _recognise(data, scan, settings, numbers))
    return RecognisedPages([list(page) for page in found], found.confidence, found.words)


def _recognise(data: bytes, scan: str, settings: Settings, numbers: tuple[int, ...] | None) -> RecognisedPages:
    import pytesseract

    # One thread per tesseract: its OpenMP threads contend on a busy machine (measured 3x slower on
    # 2 shared cores); scans read at the same time each have their own process.  An explicit setting wins.
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    deadline = time.monotonic() + settings.ocr_time_limit
    pages: list[Page] = []
    confidences: list[float] = []
    for image in _rendered(data, scan, settings.ocr_dpi, numbers):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _too_slow(scan, settings, len(pages))
        try:
            table = pytesseract.image_to_data(
                image, lang=LANGUAGE, output_type=pytesseract.Output.DICT, timeout=remaining
            )
        except RuntimeError as exc:  # pytesseract's timeout and TesseractError alike
            if "timeout" in str(exc):
                raise _too_slow(scan, settings, len(pages)) from exc
            raise ExtractError(f"{scan}; die Texterkennung (OCR) ist fehlgeschlagen ({exc}).") from exc
        lines, page_confidences = page_lines(table)
        pages.append(lines)
        confidences.extend(page_confidences)
    if not confidences:
        raise ExtractError(f"{scan}; auch die Texterkennung (OCR) fand darin keinen Text. {RESCAN}")
    return RecognisedPages(pages, sum(confidences) / len(confidences), len(confidences))


def _too_slow(scan: str, settings: Settings, pages_done: int) -> ExtractError:
    return ExtractError(
        f"{scan}; die Texterkennung (OCR) brauchte länger als {settings.ocr_time_limit:g} s "
        f"und wurde nach {counted(pages_done, 'Seite')} abgebrochen (ANFRAGEN_OCR_TIME_LIMIT)."
    )


def page_lines(table: dict[str, list[Any]]) -> tuple[Page, list[float]]:
    """Tesseract's word table → the page's lines (a blank line between paragraphs) and word confidences."""
    lines: Page = []
    confidences: list[float] = []
    current: tuple[int, int, int] | None = None
    for block, paragraph, line, word, confidence in zip(
        table["block_num"], table["par_num"], table["line_num"], table["text"], table["conf"], strict=True
    ):
        word = str(word).strip()
        if not word:
            continue
        if current is None or (block, paragraph, line) != current:
            if current is not None and (block, paragraph) != current[:2]:
                lines.append("")
            lines.append(word)
            current = (block, paragraph, line)
        else:
            lines[-1] += " " + word
        if float(confidence) >= 0:
            confidences.append(float(confidence))
    return lines, confidences


def _rendered(data: bytes, scan: str, dpi: int, numbers: tuple[int, ...] | None) -> Iterator[Any]:
    """Each page (or those of ``numbers``) as a greyscale image, one at a time (a long scan never sits in memory
    whole)."""
    import pypdfium2

    try:
        with _render_lock:
            document = pypdfium2.PdfDocument(data)
            count = len(document)
        for index in range(count) if numbers is None else numbers:
            with _render_lock:
                page = document[index]
                width, height = page.get_size()
                scale = min(dpi / 72, (_MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
                image = page.render(scale=scale, grayscale=True).to_pil()
                page.close()
            yield image
        with _render_lock:
            document.close()
    except pypdfium2.PdfiumError as exc:
        raise ExtractError(f"{scan}; die Seiten lassen sich nicht als Bild lesen ({exc}).") from exc


def _require_tesseract(scan: str) -> None:
    import pytesseract

    missing = f"{scan}. Für die Texterkennung (OCR) bitte Tesseract mit deutschen Sprachdaten installieren: {INSTALL}"
    if shutil.which(pytesseract.pytesseract.tesseract_cmd) is None:
        raise ExtractError(missing + " (das Programm tesseract fehlt).")
    try:
        languages = pytesseract.get_languages()
    except (OSError, RuntimeError) as exc:
        raise ExtractError(f"{missing} (tesseract lässt sich nicht starten: {exc}).") from exc
    if LANGUAGE not in languages:
        raise ExtractError(missing + " (die deutschen Sprachdaten fehlen).")
