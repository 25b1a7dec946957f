"""Bounds on reading one PDF: how many pages, how much page content, how much time.

A one-page PDF with a 5 MB content stream took 10 s of worker CPU to extract, 3,000 blank
pages over 90 s.  The page count and each page's decoded content size are checked before its
text is extracted (decoding is cheap, pypdf's text layout is not), and the clock between pages;
real answers have a few dozen pages of some kilobytes each, far below every limit.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from indexer.errors import ExtractError


@dataclass(frozen=True)
class PdfLimits:
    pages: int = 500
    # Decoded content stream(s) of one page; vector-drawn pages in ../shared/pdfs reach 1.7 MB.
    page_content_bytes: int = 4 * 1024 * 1024
    seconds: float = 20.0  # for the whole extraction, checked between pages


DEFAULT_LIMITS = PdfLimits()


def bounded_texts(reader: Any, name: str, limits: PdfLimits = DEFAULT_LIMITS) -> list[str]:
    """The raw text of every page of a ``pypdf.PdfReader``; ExtractError when a limit is passed."""
    count = len(reader.pages)
    if count > limits.pages:
        raise ExtractError(
            f"{name}: Das PDF hat {count} Seiten; verarbeitet werden höchstens {limits.pages}. "
            "Bitte die Antwort ohne Anlagen hochladen."
        )
    deadline = time.monotonic() + limits.seconds
    texts = []
    for number, page in enumerate(reader.pages, start=1):
        size = content_bytes(page)
        if size > limits.page_content_bytes:
            raise ExtractError(
                f"{name}: Seite {number} des PDFs ist ungewöhnlich umfangreich ({size / 2**20:.1f} MB Seiteninhalt, "
                f"erlaubt {limits.page_content_bytes / 2**20:.1f} MB); die Datei wird nicht verarbeitet."
            )
        texts.append(page.extract_text() or "")
        if time.monotonic() > deadline:
            raise ExtractError(
                f"{name}: Das Auslesen des PDFs dauert zu lange (mehr als {limits.seconds:g} s, "
                f"abgebrochen nach Seite {number} von {count}); die Datei wird nicht verarbeitet."
            )
    return texts


def content_bytes(page: Any) -> int:
    """The decoded size of a page's content stream(s)."""
    contents = page.get("/Contents")
    if contents is None:
        return 0
    contents = contents.get_object()
    streams = contents if isinstance(contents, list) else [contents]
    return sum(len(stream.get_object().get_data()) for stream in streams)
