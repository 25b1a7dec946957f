"""PDFs whose pages differ: a text answer with a scanned annex (pages of images, no text) and a long answer whose later
pages carry a line each.  The annex was dropped without a word, the long answer refused as a scan of 200 pages.

The PDFs are made here: the known answer (``fixtures/nw-18-14087.txt``) typeset with fpdf2, pages scanned into
images with pypdfium2 and joined with pypdf — or, with ``../shared``, real image-only and outlined pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfWriter

from tests.archive_helpers import archive_cli
from tests.conftest import shared_path
from tests.test_archive_web import logged_in, site, upload  # noqa: F401 (site is a fixture)
from tests.test_extract_pdf import _fixture_pages, _pdf_from_pages
from tests.test_ocr import needs_tesseract, scan_of

ANNEX_WORD = "Zeiterfassungsterminals"


def answer_with_annex(folder: Path, scanned: list[Path]) -> Path:
    """The two text pages of the answer nw-18-14087, then the pages of ``scanned``."""
    folder.mkdir(parents=True, exist_ok=True)
    joined = PdfWriter()
    joined.append(str(_pdf_from_pages(_fixture_pages(), folder / "text.pdf")))
    for pdf in scanned:
        joined.append(str(pdf))
    joined.write(str(folder / "nw-18-14087.pdf"))
    return folder / "nw-18-14087.pdf"


def scanned_annex(folder: Path, pages: int, dpi: int = 150) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [["Anlage 1", f"Standorte der {ANNEX_WORD} je Dienststelle", f"Blatt {page + 1}"] for page in range(pages)]
    return scan_of(_pdf_from_pages(lines, folder / "anlage.pdf"), folder / "anlage-scan.pdf", dpi=dpi)


@needs_tesseract
def test_a_scanned_annex_is_read_by_ocr_said_so_and_found(tmp_path):
    archive = archive_cli(tmp_path / "archive")
    pdf = answer_with_annex(tmp_path / "in", [scanned_annex(tmp_path / "scan", 2)])
    result = archive("add", str(pdf))
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())
    assert (
        "nw-18-14087.pdf: Seiten 3–4 enthalten Bilder, aber keinen Text; per Texterkennung (OCR) gelesen — bitte "
        "prüfen: "
    ) in said
    found = archive("search", "--json", ANNEX_WORD)
    assert "nw-18-14087" in [hit["doc_id"] for hit in json.loads(found.output)["hits"]]


@needs_tesseract
def test_a_scanned_annex_too_long_to_read_is_left_out_and_the_upload_says_why(site, tmp_path):  # noqa: F811
    pdf = answer_with_annex(tmp_path / "in", [scanned_annex(tmp_path / "scan", 25, dpi=72)])
    page = " ".join(upload(logged_in(site), pdf).get_data(as_text=True).split())
    assert "Neu: nw-18-14087: 4 Fragen" in page
    assert (
        "nw-18-14087.pdf: Seiten 3–27 enthalten Bilder, aber keinen Text; die Texterkennung (OCR) liest höchstens "
        "20 Seiten (ANFRAGEN_OCR_MAX_PAGES). Ausgelassen: ihr Inhalt ist nicht suchbar; gelesen ist nur der Text "
        "der übrigen Seiten."
    ) in page


def headed_scan(scan: Path, target: Path) -> Path:
    """``scan``'s pictures with NRW's running header and a page number written over each as text, as a scanner's
    software may leave them: more than 40 characters of text on a page that is a picture all the same."""
    import pypdfium2
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for number, page in enumerate(pypdfium2.PdfDocument(scan), start=3):
        pdf.add_page()
        pdf.image(page.render(scale=1).to_pil(), x=0, y=20, w=210)
        pdf.set_font("Helvetica", size=10)
        pdf.text(20, 10, "LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/14087")
        pdf.text(105, 290, str(number))
    pdf.output(str(target))
    return target


@needs_tesseract
def test_a_scanned_annex_with_a_running_header_as_text_is_read_by_ocr_and_said_so(site, tmp_path):  # noqa: F811
    """The header (67 characters) made each page count as a text page: neither read nor named, its content lost."""
    scan = headed_scan(scanned_annex(tmp_path / "scan", 2), tmp_path / "scan" / "headed.pdf")
    pdf = answer_with_annex(tmp_path / "in", [scan])
    archive = archive_cli(tmp_path / "archive")
    result = archive("add", str(pdf))
    assert result.exit_code == 0, result.output
    assert (
        "nw-18-14087.pdf: Seiten 3–4 enthalten Bilder, aber keinen Text außer Kopf- oder Fußzeilen; per "
        "Texterkennung (OCR) gelesen — bitte prüfen: "
    ) in " ".join(result.output.split())
    found = archive("search", "--json", ANNEX_WORD)
    assert "nw-18-14087" in [hit["doc_id"] for hit in json.loads(found.output)["hits"]]
    page = " ".join(upload(logged_in(site), pdf).get_data(as_text=True).split())
    assert "Seiten 3–4 enthalten Bilder, aber keinen Text außer Kopf- oder Fußzeilen; per Texterkennung" in page


@needs_tesseract
@pytest.mark.shared
def test_real_pages_of_an_image_and_of_outlined_glyphs_are_read_as_an_annex(tmp_path):
    """A page holding a scanned image and one whose letters are drawn as outlines (no image, no text) alike."""
    folder = shared_path("pdfs")
    image_page = folder / "bgbl-f_finav_bgbl1_2020_j1890-1_0040.pdf"
    outlined_page = folder / "bgbl-p_pfav_bgbl1_2017_j3023-1_0090.pdf"
    archive = archive_cli(tmp_path / "archive")
    result = archive("parse", str(answer_with_annex(tmp_path / "in", [image_page, outlined_page])))
    assert result.exit_code == 0, result.output
    assert "Seiten 3–4 enthalten Bilder, aber keinen Text; per Texterkennung (OCR) gelesen" in result.output


def test_a_long_answer_with_a_line_on_each_later_page_is_no_scan(tmp_path):
    """200 pages, the answer on the first two, a line of some 30 characters on each of the others: it was refused as
    „Das PDF hat keine Textebene (vermutlich ein Scan) und 200 Seiten“, counting characters over the whole file."""
    pages = _fixture_pages()
    pages += [[f"Drucksache 18/14087 Seite {page} von 200"] for page in range(3, 201)]
    pdf = _pdf_from_pages(pages, tmp_path / "nw-18-14087.pdf")
    archive = archive_cli(tmp_path / "archive")
    result = archive("add", str(pdf))
    assert result.exit_code == 0, result.output
    assert "nw-18-14087: 4 Fragen" in result.output
    assert "Textebene" not in result.output and "Bilder" not in result.output
