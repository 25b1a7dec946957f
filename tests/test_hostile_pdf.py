"""PDF bombs — a page with a 5 MB content stream, 1,200 pages, a slow read — are refused with
a German reason in well under a second, before they cost a worker its CPU."""

from __future__ import annotations

import time

import pytest

from indexer import Archive, ExtractError
from indexer.archive.inspection import RefusedError
from indexer.ingest.extract import extract_pages, pdf_pages
from indexer.ingest.pdf_limits import PdfLimits

from .archive_helpers import corpus_snapshot, fresh_installation
from .pdf_bombs import content_bomb, line, many_pages, raw_pdf
from .test_extract_pdf import _fixture_pages, _pdf_from_pages


def test_raw_pdf_helper_makes_readable_pdfs():
    pages = pdf_pages(raw_pdf([line("Die Landesregierung antwortet auf die Kleine Anfrage so.")] * 2))
    assert len(pages) == 2 and "Landesregierung" in pages[0][0]


def test_page_with_a_five_megabyte_content_stream_is_refused_at_once(tmp_path):
    bomb = tmp_path / "nw-17-7401.pdf"
    bomb.write_bytes(content_bomb(5))
    started = time.monotonic()
    with pytest.raises(ExtractError, match="Seite 1 des PDFs ist ungewöhnlich umfangreich"):
        extract_pages(bomb)
    assert time.monotonic() - started < 2


def test_thousand_pages_are_refused_before_any_is_read(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    bomb = tmp_path / "nw-17-7402.pdf"
    bomb.write_bytes(many_pages(1200))
    with pytest.raises(RefusedError, match="Das PDF hat 1200 Seiten; verarbeitet werden höchstens 500"):
        Archive(corpus, index).add(bomb)
    assert corpus_snapshot(corpus) == before


def test_pdf_that_takes_too_long_is_given_up_between_pages(tmp_path):
    pdf = _pdf_from_pages(_fixture_pages(), tmp_path / "nw-18-14087.pdf")
    with pytest.raises(ExtractError, match="dauert zu lange"):
        pdf_pages(pdf.read_bytes(), pdf.name, PdfLimits(seconds=0.0))
    assert len(pdf_pages(pdf.read_bytes(), pdf.name)) == len(_fixture_pages())  # within the real limits
