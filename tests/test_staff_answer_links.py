"""Links to „the answer to question N“ that a Landtag's staff type or pass on (thirty-sixth new-user pass): the
address of an answer written as every other per-answer address is (``?frage=N``), and a link to a question that a
document does not print."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from indexer import build_index
from web import create_app

from .conftest import SEED, serving

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def linked_app(tmp_path_factory):
    """Thüringen's th-6-79 (questions 1 and 2), Berlin's be-17-12186 (1, 2, 2a, 2b, 3, 4, 5) and be-18-10505, which
    prints only the questions 1 and 3 its Bezirke answered."""
    corpus, index = tmp_path_factory.mktemp("links-corpus"), tmp_path_factory.mktemp("links-index")
    for source in [*SEED.glob("th-6-79.*"), FIXTURES / "be-17-12186.txt", FIXTURES / "be-18-10505.txt"]:
        shutil.copy(source, corpus / source.name)
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)})


@pytest.fixture(scope="module")
def linked_site(linked_app):
    with serving(linked_app) as base_url:
        yield base_url


@pytest.fixture
def page(browser, linked_site):
    context = browser.new_context(base_url=linked_site, locale="de-DE")
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.mark.parametrize(
    ("typed", "anchor", "heading"),
    [
        ("/dokument/th-6-79?frage=2", "frage-2", "Frage 2"),
        # a question as the document prints it, as the citation downloads take it
        ("/dokument/be-17-12186?frage=2a", "frage-3", "Frage 2a"),
        ("/dokument/be-18-10505?frage=3&q=Spielplatzkommission", "frage-3", "Frage 3"),
    ],
)
def test_an_answers_address_with_frage_opens_that_answer(page, typed, anchor, heading):
    """Every other address of one answer says its question as ``?frage=N`` (``zitat.bib?frage=2``, ``aehnlich?frage=2``,
    the API), and the search box reads ``…/dokument/th-6-79?frage=2`` as the answer to question 2 — but opened in the
    browser, the address showed the document from its top, the reader left to take its first answer for the cited."""
    page.goto(typed)
    assert page.url.endswith(f"#{anchor}")
    answer = page.locator(f"#{anchor}")
    expect(answer.locator("h2")).to_have_text(heading)
    expect(answer).to_be_in_viewport()
    if "q=" in typed:  # the search's words stay marked
        expect(answer.locator("mark").first).to_be_visible()


def test_an_answers_address_with_a_wrong_frage_says_so(linked_app):
    """A question the document lacks, or no number at all, is said as the citation downloads say it."""
    client = linked_app.test_client()
    missing = client.get("/dokument/th-6-79?frage=9")
    assert missing.status_code == 404
    assert "Das Dokument „th-6-79“ hat keine Frage 9." in missing.get_data(as_text=True)
    wrong = client.get("/dokument/th-6-79?frage=zwei")
    assert wrong.status_code == 400
    assert "Ungültige Fragenummer „zwei“ (frage=): erwartet wird eine Nummer wie 2." in wrong.get_data(as_text=True)
    assert client.get("/dokument/th-6-79?frage=").status_code == 200  # an emptied field is the document


def test_a_link_to_a_question_not_printed_names_the_questions_that_are(page, linked_app):
    """be-18-10505 prints the questions 1 and 3: a link to question 2 said „Dieses Dokument hat keine Frage 2 (mehr),
    nur die Fragen 1 bis 3“ — a range that holds the question it says is missing; so did the page of its citation."""
    page.goto("/dokument/be-18-10505#frage-2")
    expect(page.locator("#frage-fehlt")).to_be_visible()
    expect(page.locator("#frage-fehlt")).to_contain_text("keine Frage 2 (mehr), nur die Fragen 1 und 3:")
    page.goto("/dokument/be-17-12186#frage-9")  # 1, 2, 2a, 2b, 3, 4, 5 run on: a range still
    expect(page.locator("#frage-fehlt")).to_contain_text("keine Frage 9 (mehr), nur die Fragen 1 bis 5:")
    cited = linked_app.test_client().get("/dokument/be-18-10505/zitat.bib?frage=2")
    assert cited.status_code == 404
    page.goto("/dokument/be-18-10505/aehnlich?frage=2")
    expect(page.locator("main")).to_contain_text("Es hat nur die Fragen 1 und 3: Der Link stammt wohl")


@pytest.mark.parametrize(
    ("typed", "opened", "heading"),
    [
        # the link's „#“ percent-encoded by the mail or office program that passed it on
        ("/dokument/be-17-12186%23frage-3", "/dokument/be-17-12186#frage-3", "Frage 2a"),
        # the answer's name in a reference manager: its BibTeX key, CSL id and file name
        ("/dokument/th-6-79-frage-2", "/dokument/th-6-79#frage-2", "Frage 2"),
    ],
)
def test_an_answers_link_passed_on_in_another_form_opens_that_answer(page, typed, opened, heading):
    """„Das Dokument „be-17-12186#frage-3“ ist nicht (mehr) im Archiv.“ — of a document the archive holds."""
    page.goto(typed)
    assert page.url.endswith(opened)
    anchor = opened.partition("#")[2]
    expect(page.locator(f"#{anchor} h2")).to_have_text(heading)
    expect(page.locator(f"#{anchor}")).to_be_in_viewport()


def test_a_citation_file_named_by_the_answers_key_is_that_answers(linked_app):
    client = linked_app.test_client()
    ris = client.get("/dokument/th-6-79-frage-2/zitat.ris", follow_redirects=True).get_data(as_text=True)
    assert "TI  - Ortsumgehung der Stadt Greußen – Antwort zu Frage 2\r\n" in ris
    gone = client.get("/dokument/th-6-79%23frage-9", follow_redirects=True)
    assert gone.status_code == 404
    assert "Das Dokument „th-6-79“ hat keine Frage 9." in gone.get_data(as_text=True)
    missing = client.get("/dokument/nw-17-7001%23frage-2").get_data(as_text=True)  # not held: its Drucksache offered
    assert "Das Dokument „nw-17-7001“ ist nicht (mehr) im Archiv." in missing and "Drs. 17/7001 suchen" in missing


def test_a_document_address_typed_with_the_lands_name_or_only_the_drucksache(page):
    """Staff know the Land and the Drucksache, not the archive's two letters: ``/dokument/berlin-17-12186`` and
    ``/dokument/6-79`` said „Das Dokument … ist nicht (mehr) im Archiv.“ of documents it holds, with no way on."""
    page.goto("/dokument/Berlin-17-12186?frage=2a")
    assert page.url.endswith("/dokument/be-17-12186#frage-3")
    expect(page.locator("h1")).to_have_text("Keine Meinungsfreiheit auf dem Tempelhofer Feld?")
    page.goto("/dokument/6-79")  # the one Drucksache 6/79 the archive holds
    assert page.url.endswith("/dokument/th-6-79")
    response = page.goto("/dokument/17-99999")
    assert response is not None and response.status == 404
    expect(page.locator("main h1")).to_have_text(
        "„17-99999“ ist keine Kennung eines Dokuments: Sie nennt das Parlament, die Wahlperiode und die Nummer der "
        "Drucksache, etwa be-17-99999."
    )
    expect(page.get_by_role("link", name="Drs. 17/99999 suchen")).to_be_visible()
