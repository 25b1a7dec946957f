"""The file an answer was added as, on its page: an archivist's PDF added without a metadata file had no link at all
(the page links a source only where a metadata file names one), a text of unknown origin said nothing of where it
came from.  The archive keeps the file (``corpus/<id>.pdf``), so the page links it and says so."""

from __future__ import annotations

import re

import pytest

from web import create_app

from .archive_helpers import archive_cli, make_answer, pdf_with_text


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The seed (metadata file naming the official PDF), a PDF and a text added alone, each named by its id."""
    root = tmp_path_factory.mktemp("site")
    anfragen = archive_cli(root / "site")
    pdf = root / "nw-17-7003.pdf"
    pdf_with_text(pdf, make_answer(root / "made", 7003).read_text(encoding="utf-8"))
    text = root / "nw-17-7004.txt"
    text.write_text(make_answer(root / "made", 7004).read_text(encoding="utf-8"), encoding="utf-8")
    windows = root / "nw-17-7007.txt"  # saved by a Windows editor: Windows-1252
    windows.write_text(make_answer(root / "made", 7007).read_text(encoding="utf-8"), encoding="cp1252")
    result = anfragen("add", str(pdf), str(text), str(windows))
    assert result.exit_code == 0, result.output
    # kept by hand: a PDF with the text extracted from it, both without metadata; a PDF beside the seed's text (whose
    # metadata file names the official PDF); a text whose ending is in capitals
    pdf_with_text(anfragen.corpus / "nw-17-7005.pdf", make_answer(root / "made", 7005).read_text(encoding="utf-8"))
    (anfragen.corpus / "nw-17-7005.txt").write_text(make_answer(root / "made", 7005).read_text(encoding="utf-8"))
    pdf_with_text(anfragen.corpus / "nw-17-6448.pdf", (anfragen.corpus / "nw-17-6448.txt").read_text("utf-8"))
    (anfragen.corpus / "nw-17-7006.TXT").write_text(make_answer(root / "made", 7006).read_text(encoding="utf-8"))
    result = anfragen("build")
    assert result.exit_code == 0, result.output
    config = {"TESTING": True, "INDEX_DIR": str(anfragen.index), "CORPUS_DIR": str(anfragen.corpus)}
    return anfragen, create_app(config).test_client()


def _source_rows(page: str) -> list[str]:
    return [re.sub(r"\s+", " ", row) for row in re.findall(r"<dt>(?:Quelle|Im Archiv)</dt><dd>.*?</dd>", page, re.S)]


def test_a_pdf_added_without_metadata_is_linked_and_served(site):
    anfragen, client = site
    page = client.get("/dokument/nw-17-7003").get_data(as_text=True)
    assert _source_rows(page) == [
        '<dt>Quelle</dt><dd><a class="original" href="/dokument/nw-17-7003/original.pdf">PDF, wie ins Archiv '
        "aufgenommen</a> (Herkunft nicht angegeben)</dd>"
    ]
    response = client.get("/dokument/nw-17-7003/original.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.data == (anfragen.corpus / "nw-17-7003.pdf").read_bytes()


def test_a_text_added_without_metadata_says_where_it_came_from(site):
    _, client = site
    page = client.get("/dokument/nw-17-7004").get_data(as_text=True)
    assert _source_rows(page) == [
        '<dt>Quelle</dt><dd><a class="original" href="/dokument/nw-17-7004/original.txt">Textfassung, wie ins Archiv '
        "aufgenommen</a> (Herkunft nicht angegeben)</dd>"
    ]
    response = client.get("/dokument/nw-17-7004/original.txt")
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    assert "Quokkazählung7004" in response.get_data(as_text=True)


def test_a_text_added_in_windows_1252_is_served_in_its_charset(site):
    """The archive keeps a text as it was added; served as UTF-8, a Windows-1252 text read „Quokkaz�hlung“."""
    anfragen, client = site
    response = client.get("/dokument/nw-17-7007/original.txt")
    assert response.headers["Content-Type"] == "text/plain; charset=windows-1252"
    assert response.data == (anfragen.corpus / "nw-17-7007.txt").read_bytes()
    assert "Quokkazählung7007" in response.data.decode(response.mimetype_params["charset"])


def test_an_official_pdf_named_by_metadata_stays_the_one_source(site):
    _, client = site
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    assert len(_source_rows(page)) == 1 and 'class="source-pdf"' in _source_rows(page)[0]


@pytest.mark.parametrize(
    "path, message",
    [
        (
            "/dokument/nw-17-7003/original.txt",
            "Zu „nw-17-7003“ liegt im Archiv keine Datei nw-17-7003.txt, sondern nw-17-7003.pdf.",
        ),
        (
            "/dokument/nw-17-7003/original.json",
            "Zu „nw-17-7003“ liegt im Archiv keine Datei nw-17-7003.json, sondern nw-17-7003.pdf.",
        ),
        ("/dokument/nw-17-9999/original.pdf", "Das Dokument „nw-17-9999“ ist nicht (mehr) im Archiv."),
    ],
)
def test_no_other_file_is_served(site, path, message):
    """Only the answer's own PDF or text: not its metadata file, not another's."""
    _, client = site
    response = client.get(path)
    assert response.status_code == 404 and message in response.get_data(as_text=True)


def test_a_pdf_kept_beside_its_text_is_served_and_both_are_named(site):
    """The text beside a PDF wins as what is indexed, but the PDF is the archive's too: it was refused („keine Datei
    nw-17-7005.pdf, sondern nw-17-7005.txt“) and the page offered the text only."""
    anfragen, client = site
    page = client.get("/dokument/nw-17-7005").get_data(as_text=True)
    assert _source_rows(page) == [
        '<dt>Quelle</dt><dd><a class="original" href="/dokument/nw-17-7005/original.pdf">PDF</a> und '
        '<a class="original" href="/dokument/nw-17-7005/original.txt">Textfassung</a>, wie ins Archiv aufgenommen '
        "(Herkunft nicht angegeben)</dd>"
    ]
    pdf = client.get("/dokument/nw-17-7005/original.pdf")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.data == (anfragen.corpus / "nw-17-7005.pdf").read_bytes()
    text = client.get("/dokument/nw-17-7005/original.txt")
    assert text.status_code == 200 and "Quokkazählung7005" in text.get_data(as_text=True)


def test_a_pdf_beside_a_text_with_metadata_is_served(site):
    anfragen, client = site
    pdf = client.get("/dokument/nw-17-6448/original.pdf")
    assert pdf.status_code == 200 and pdf.data == (anfragen.corpus / "nw-17-6448.pdf").read_bytes()
    assert client.get("/dokument/nw-17-6448/original.txt").status_code == 200
    response = client.get("/dokument/nw-17-6448/original.json")
    assert "keine Datei nw-17-6448.json, sondern nw-17-6448.pdf und nw-17-6448.txt." in response.get_data(as_text=True)


def test_a_text_whose_ending_is_in_capitals_is_served(site):
    """The corpus indexes ``nw-17-7006.TXT``; its page offered nothing and ``original.txt`` said there was none."""
    _, client = site
    page = client.get("/dokument/nw-17-7006").get_data(as_text=True)
    assert _source_rows(page) == [
        '<dt>Quelle</dt><dd><a class="original" href="/dokument/nw-17-7006/original.txt">Textfassung, wie ins Archiv '
        "aufgenommen</a> (Herkunft nicht angegeben)</dd>"
    ]
    response = client.get("/dokument/nw-17-7006/original.txt")
    assert response.status_code == 200 and "Quokkazählung7006" in response.get_data(as_text=True)


def test_a_long_extension_asked_for_is_not_repeated(site):
    _, client = site
    response = client.get("/dokument/nw-17-7003/original." + "x" * 5000)
    body = response.get_data(as_text=True)
    assert response.status_code == 404 and "x" * 100 not in body
    assert "Zu „nw-17-7003“ liegt im Archiv keine solche Datei, sondern nw-17-7003.pdf." in body


@pytest.mark.parametrize("kind", ["pdf", "txt"])
def test_the_original_is_served_by_a_site_started_with_the_default_relative_corpus(site, monkeypatch, kind):
    """``anfragen serve`` in the project folder serves ``corpus/`` (relative): each stored original was „Ein interner
    Fehler ist aufgetreten.“ (500), sought in the package's folder ``web/corpus/``."""
    anfragen, _ = site
    monkeypatch.chdir(anfragen.corpus.parent)
    relative = {"TESTING": True, "INDEX_DIR": anfragen.index.name, "CORPUS_DIR": anfragen.corpus.name}
    response = create_app(relative).test_client().get(f"/dokument/nw-17-7005/original.{kind}")
    assert response.status_code == 200
    assert response.data == (anfragen.corpus / f"nw-17-7005.{kind}").read_bytes()
