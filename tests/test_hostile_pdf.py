"""PDF bombs — a page with a 5 MB content stream, 1,200 pages, a slow read — are refused with
a German reason in well under a second, before they cost a worker its CPU."""

from __future__ import annotations

import time
import zlib

import pytest

from indexer import Archive, ExtractError
from indexer.archive.inspection import RefusedError
from indexer.ingest.extract import extract_pages, pdf_pages
from indexer.ingest.pdf_limits import PdfLimits

from .archive_helpers import corpus_snapshot, fresh_installation
from .test_extract_pdf import _fixture_pages, _pdf_from_pages


def raw_pdf(contents: list[bytes]) -> bytes:
    """A minimal valid PDF, one page per content stream (Flate-compressed), Helvetica as /F1."""
    count = len(contents)
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(count))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    for i, content in enumerate(contents):
        packed = zlib.compress(content)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(packed), packed))
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _line(text: str) -> bytes:
    return b"BT /F1 10 Tf 72 712 Td (%s) Tj ET\n" % text.encode("latin-1")


def test_raw_pdf_helper_makes_readable_pdfs():
    pages = pdf_pages(raw_pdf([_line("Die Landesregierung antwortet auf die Kleine Anfrage so.")] * 2))
    assert len(pages) == 2 and "Landesregierung" in pages[0][0]


def test_page_with_a_five_megabyte_content_stream_is_refused_at_once(tmp_path):
    bomb = tmp_path / "nw-17-7401.pdf"
    bomb.write_bytes(raw_pdf([_line("Quokka zaehlt Steuern und Abgaben") * 120_000]))  # 5 MB decoded
    started = time.monotonic()
    with pytest.raises(ExtractError, match="Seite 1 des PDFs ist ungewöhnlich umfangreich"):
        extract_pages(bomb)
    assert time.monotonic() - started < 2


def test_thousand_pages_are_refused_before_any_is_read(tmp_path):
    corpus, index = fresh_installation(tmp_path / "site")
    before = corpus_snapshot(corpus)
    bomb = tmp_path / "nw-17-7402.pdf"
    bomb.write_bytes(raw_pdf([_line(f"Seite {n}") for n in range(1, 1201)]))
    with pytest.raises(RefusedError, match="Das PDF hat 1200 Seiten; verarbeitet werden höchstens 500"):
        Archive(corpus, index).add(bomb)
    assert corpus_snapshot(corpus) == before


def test_pdf_that_takes_too_long_is_given_up_between_pages(tmp_path):
    pdf = _pdf_from_pages(_fixture_pages(), tmp_path / "nw-18-14087.pdf")
    with pytest.raises(ExtractError, match="dauert zu lange"):
        pdf_pages(pdf.read_bytes(), pdf.name, PdfLimits(seconds=0.0))
    assert len(pdf_pages(pdf.read_bytes(), pdf.name)) == len(_fixture_pages())  # within the real limits
