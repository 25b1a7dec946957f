"""PDF input: a PDF the test writes itself (fpdf2) reads back page by page and parses like
its text; PDFs without text, encrypted, broken or fake PDFs fail with a clear German error."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from indexer import ExtractError, load_document
from indexer.ingest.extract import SUPPORTED_SUFFIXES, extract_pages
from tests.conftest import shared_path
from web.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "nw-18-14087.txt"


def _pdf_from_pages(pages: list[list[str]], path: Path, **encryption: str) -> Path:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    if encryption:
        pdf.set_encryption(**encryption)
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=10)
        y = 15.0
        for line in lines:
            pdf.text(20, y, line.rstrip())
            y += 4.6
    pdf.output(str(path))
    return path


def _fixture_pages() -> list[list[str]]:
    text = FIXTURE.read_text(encoding="utf-8").replace("–", "-").replace("„", '"').replace("“", '"')
    return [page.split("\n") for page in text.split("\f")]


@pytest.fixture(scope="module")
def nrw_pdf(tmp_path_factory) -> Path:
    return _pdf_from_pages(_fixture_pages(), tmp_path_factory.mktemp("pdf") / "nw-18-14087.pdf")


def test_control_characters_in_the_text_layer_are_dropped(tmp_path):
    lines = ["Antwort der Landesregierung auf die Kleine Anfrage", "Glocke\x07 und Escape\x1b zwei\x01drei"]
    pdf = _pdf_from_pages([lines], tmp_path / "steuerzeichen.pdf")
    assert "Glocke und Escape zweidrei" in extract_pages(pdf)[0]


def test_pdf_is_a_supported_corpus_format():
    assert ".pdf" in SUPPORTED_SUFFIXES


def test_pdf_pages_stay_apart_with_their_header_and_page_number(nrw_pdf):
    pages = extract_pages(nrw_pdf)
    assert len(pages) == 2
    assert pages[1][0].startswith("LANDTAG NORDRHEIN-WESTFALEN - 18. Wahlperiode Drucksache 18/14087")
    assert [line for line in pages[1] if line.strip()][-1].strip() == "2"


def test_pdf_round_trip_parses_like_the_text(nrw_pdf):
    from_pdf = load_document(nrw_pdf)
    from_text = load_document(FIXTURE)
    assert [q.number for q in from_pdf.questions] == [1, 2, 3, 4]
    assert from_pdf.drucksache == "18/14087" and from_pdf.anfrage_drucksache == "18/12888"
    assert from_pdf.anfrage_nr == 5321
    assert from_pdf.question(2).answered_with == (1,)
    # Blank lines are not drawn, so paragraph breaks may differ; the words may not.
    assert [" ".join(q.answer) for q in from_pdf.questions] == [" ".join(q.answer) for q in from_text.questions]
    assert [f.text for f in from_pdf.footnotes] == [
        "vgl. Drs. 18/12723.",
        "Zum Passiv-Aktiv-Transfer siehe Drs. 18/9012.",
    ]
    assert "Datum des Originals" not in " ".join(q.answer_text for q in from_pdf.questions)


def test_cli_parses_a_pdf(nrw_pdf):
    result = CliRunner().invoke(main, ["parse", str(nrw_pdf)])
    assert result.exit_code == 0, result.output
    assert "4 Fragen:" in result.output
    assert "Drucksache 18/12888" in result.output


def _expect_error(path: Path, *words: str) -> None:
    with pytest.raises(ExtractError) as info:
        extract_pages(path)
    for word in words:
        assert word in str(info.value)
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert words[0] in result.output


def test_pdf_without_text_layer_says_so(tmp_path):
    pdf = FPDF()
    for _ in range(2):
        pdf.add_page()
        pdf.set_fill_color(40, 40, 40)
        pdf.rect(20, 20, 150, 200, style="F")  # a page that is only a picture
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    _expect_error(path, "keine Textebene", "Scan")


def test_encrypted_pdf_is_refused(tmp_path):
    path = _pdf_from_pages([["Geheim"]], tmp_path / "geheim.pdf", owner_password="o", user_password="u")
    _expect_error(path, "verschlüsselt")


@pytest.mark.parametrize("name", ["aes-128-owner.pdf", "aes-256-owner.pdf"])
def test_a_pdf_encrypted_with_aes_that_opens_without_password_is_added_and_found(name, tmp_path):
    """A PDF encrypted with AES and an owner password alone (against copying, as Acrobat protects by default) opens
    in every viewer, yet ``add`` refused it („Das PDF ist mit AES verschlüsselt und lässt sich hier nicht lesen. Bitte
    … „Drucken“ → „Als PDF speichern“ …“): pypdf reads AES only with the cryptography package, which we do not
    install.  pdfium (already used for OCR) takes the encryption off and the text layer is read as from any PDF.
    ``tests/pdfs``: bb-6-10346's text, written as a PDF and encrypted with pypdf and cryptography."""
    from tests.archive_helpers import archive_cli

    anfragen = archive_cli(tmp_path)
    incoming = tmp_path / "Antwort Landtag Brandenburg.pdf"
    incoming.write_bytes((Path(__file__).parent / "pdfs" / name).read_bytes())
    added = anfragen("add", str(incoming))
    assert added.exit_code == 0, added.output
    assert "bb-6-10346: 2 Fragen" in added.output and "hinzugefügt" in added.output
    assert "verschlüsselt" not in added.output
    assert (anfragen.corpus / "bb-6-10346.pdf").read_bytes() == incoming.read_bytes()  # the original as published
    found = anfragen("search", "Anreise Protestteilnehmern")
    assert "(Drs. 6/10346, Frage 2)" in found.output, found.output
    assert anfragen("check").exit_code == 0


def test_broken_pdf_is_refused(tmp_path, nrw_pdf):
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    _expect_error(path, "beschädigt")


@pytest.mark.parametrize("kept", [0.1, 0.5, 0.9])
def test_truncated_pdf_is_refused_as_a_broken_download(tmp_path, nrw_pdf, kept):
    """A download cut off was „beschädigt … (Stream has ended unexpectedly)“: pypdf's words, and no word of what to
    do about it."""
    path = tmp_path / "abgeschnitten.pdf"
    data = nrw_pdf.read_bytes()
    path.write_bytes(data[: int(len(data) * kept)])
    _expect_error(
        path,
        "abgeschnitten.pdf: Das PDF ist beschädigt oder unvollständig – es endet ohne die Schlussmarke %%EOF: wohl "
        "ein abgebrochener Download. Bitte die Datei erneut herunterladen.",
    )


def test_text_named_pdf_is_refused(tmp_path):
    path = tmp_path / "text.pdf"
    path.write_text("1. Wie geht es?\nGut.\n", encoding="utf-8")
    _expect_error(path, "kein PDF")


def test_a_word_file_renamed_to_pdf_is_told_what_it_is_and_what_to_do(tmp_path):
    """A .docx saved as bericht.pdf was „kein PDF (es fehlt die Kennung %PDF-)“: true, but the archivist did not learn
    that the file is a Word document nor how to get a PDF of it."""
    import zipfile

    path = tmp_path / "bericht.pdf"
    with zipfile.ZipFile(path, "w") as docx:
        docx.writestr("word/document.xml", "<w:document/>")
    _expect_error(
        path,
        "bericht.pdf: Die Datei ist kein PDF (es fehlt die Kennung %PDF-). Ihr Inhalt ist eine Word- oder andere "
        "Office-Datei (.docx, .odt) oder ein ZIP-Archiv: bitte als PDF speichern",
    )
    plain = tmp_path / "text.pdf"
    plain.write_text("1. Wie geht es?\nGut.\n", encoding="utf-8")
    with pytest.raises(ExtractError) as info:
        extract_pages(plain)
    assert "Word" not in str(info.value)  # only what the bytes show


def test_empty_pdf_file_is_refused(tmp_path):
    path = tmp_path / "leer.pdf"
    path.write_bytes(b"")
    _expect_error(path, "leer")


def test_pdf_named_txt_is_refused(tmp_path, nrw_pdf):
    path = tmp_path / "falsch.txt"
    path.write_bytes(nrw_pdf.read_bytes())
    _expect_error(path, "ist ein PDF")


def test_corpus_takes_pdfs_and_prefers_the_text_beside_a_pdf(tmp_path, nrw_pdf):
    from indexer import corpus_files

    (tmp_path / "nw-18-14087.pdf").write_bytes(nrw_pdf.read_bytes())
    (tmp_path / "nw-18-1.pdf").write_bytes(nrw_pdf.read_bytes())
    (tmp_path / "nw-18-14087.txt").write_text(FIXTURE.read_text(encoding="utf-8"), encoding="utf-8")
    assert [p.name for p in corpus_files(tmp_path)] == ["nw-18-1.pdf", "nw-18-14087.txt"]


@pytest.mark.shared
def test_shared_pdfs_with_a_text_layer_are_read():
    """(The image-only ones go through OCR: tests/test_ocr.py.)"""
    import json

    folder = shared_path("pdfs")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for entry in manifest:
        if entry["pages"] > 2 or entry["text_layer"] != "yes":  # long vector-drawn pages take seconds
            continue
        path = folder / entry["file"]
        assert any(line.strip() for page in extract_pages(path) for line in page), entry["file"]


@pytest.mark.shared
def test_shared_landtag_pdf_keeps_its_running_header_and_is_refused_as_no_answer():
    path = shared_path("pdfs", "bw-landtag-drs-17-0273-gesetzentwurf.pdf")
    pages = extract_pages(path)
    assert pages[1][0].startswith("Landtag von Baden-Württemberg Drucksache 17 / 273")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 1
    assert "Erkannt: Parlament Landtag von Baden-Württemberg, Wahlperiode 17, Drucksache 17/273" in result.output
