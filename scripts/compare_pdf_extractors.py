"""Compare PDF text extractors on ../shared/pdfs: time per pass, pages, characters, empty pages.

Why pypdf was chosen is argued in README.md (PDF-Eingabe).  Run from the project root:

    .venv/bin/pip install pdfminer.six pdfplumber pypdfium2   # candidates, not dependencies
    .venv/bin/python scripts/compare_pdf_extractors.py [../shared/pdfs]

Writes each extractor's text of the Baden-Württemberg Drucksache (form feeds between pages)
to /tmp/pdf-compare-<name>.txt so header/footer handling can be compared by eye.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from pathlib import Path


def pypdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdfminer_pages(path: Path) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer

    return [
        "".join(el.get_text() for el in page if isinstance(el, LTTextContainer)) for page in extract_pages(str(path))
    ]


def pdfplumber_pages(path: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def pypdfium2_pages(path: Path) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    return [document[i].get_textpage().get_text_range() for i in range(len(document))]


EXTRACTORS = {
    "pypdf": pypdf_pages,
    "pdfminer.six": pdfminer_pages,
    "pdfplumber": pdfplumber_pages,
    "pypdfium2": pypdfium2_pages,
}


def main(folder: Path, repeats: int = 3) -> None:
    logging.disable(logging.CRITICAL)
    files = sorted(folder.glob("*.pdf"))
    print(f"{len(files)} PDFs in {folder}, mean of {repeats} passes")
    for name, extract in EXTRACTORS.items():
        try:
            extract(files[0])
        except ImportError:
            print(f"{name:13s} not installed")
            continue
        start = time.perf_counter()
        for _ in range(repeats):
            pages = [page for path in files for page in extract(path)]
        seconds = (time.perf_counter() - start) / repeats
        chars = sum(len(re.sub(r"\s", "", page)) for page in pages)
        empty = sum(1 for page in pages if not page.strip())
        print(f"{name:13s} {seconds:6.2f} s/pass  {len(pages)} pages  {chars:6d} visible chars  {empty} empty pages")
        bw = next((p for p in files if p.name.startswith("bw-")), None)
        if bw:
            Path(f"/tmp/pdf-compare-{name}.txt").write_text("\f".join(extract(bw)), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/pdfs"))
