"""Links to „the answer to question N“ that a Landtag's staff type or pass on (thirty-sixth new-user pass): the
address of an answer written as every other per-answer address is (``?frage=N``), and a link to a question that a
document does not print; a question linked by the number printed on it and a citation file asked for by its format's
name (fifty-first staff pass)."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner
from playwright.sync_api import expect

from web.cli import main

from .conftest import SEED, app_of, german_page, serving

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def linked_app(tmp_path_factory):
    """Thüringen's th-6-79 (questions 1 and 2), Berlin's be-17-12186 (1, 2, 2a, 2b, 3, 4, 5) and be-18-10505, which
    prints only the questions 1 and 3 its Bezirke answered; be-18-11151 (a, b) and Bavaria's by-17-22385 (1, 2.1,
    2.2, 3)."""
    printed = [FIXTURES / f"{name}.txt" for name in ("be-17-12186", "be-18-10505", "be-18-11151", "by-17-22385")]
    return app_of(tmp_path_factory, "links", [*SEED.glob("th-6-79.*"), *printed])


@pytest.fixture(scope="module")
def linked_site(linked_app):
    with serving(linked_app) as base_url:
        yield base_url


@pytest.fixture
def page(browser, linked_site):
    with german_page(browser, linked_site) as page:
        yield page


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
        # … of a link by the printed number (fifty-third pass: „Das Dokument „be-17-12186#frage-2b“ ist nicht (mehr)
        # im Archiv.“)
        ("/dokument/be-17-12186%23frage-2b", "/dokument/be-17-12186#frage-4", "Frage 2b"),
        ("/dokument/by-17-22385%23frage-2.1", "/dokument/by-17-22385#frage-2", "Frage 2.1"),
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
    unprinted = client.get("/dokument/be-17-12186%23frage-2c", follow_redirects=True)
    assert unprinted.status_code == 404
    assert "Das Dokument „be-17-12186“ hat keine Frage 2c." in unprinted.get_data(as_text=True)
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


# A question cited by the number printed on it (fifty-first staff pass): every link the app gave out counts the
# questions in order (``#frage-5``, ``?frage=5``: the fifth, printed „3“ in be-17-12186), and so they stay.  A printed
# number that is no count (``2a``, ``2.1``) opens its question; a count printed on another question (``#frage-3``, the
# third, printed „2a“) opens the counted one and says where the printed „3“ is.


@pytest.mark.parametrize(
    ("typed", "anchor", "heading"),
    [
        ("/dokument/be-17-12186#frage-2a", "frage-3", "Frage 2a"),
        ("/dokument/be-17-12186#frage-2B", "frage-4", "Frage 2b"),
        ("/dokument/by-17-22385#frage-2.1", "frage-2", "Frage 2.1"),
        ("/dokument/be-18-11151#frage-b", "frage-2", "Frage b"),
    ],
)
def test_an_answer_linked_by_its_printed_number_opens(page, typed, anchor, heading):
    """``#frage-2a``, as ``?frage=2a`` already opened it: the page stayed at its top, the reader left to take its
    first answer for the one cited."""
    page.goto(typed)
    answer = page.locator(f"#{anchor}")
    expect(answer.locator("h2")).to_have_text(heading)
    expect(answer).to_be_in_viewport()
    assert page.url.endswith(f"#{anchor}")  # the address as the page's own link to that answer says it
    expect(page.locator(".notice:visible")).to_have_count(0)


def test_a_link_the_app_gave_out_opens_the_same_answer_and_leads_to_the_printed_number(page):
    """``?frage=3`` and ``#frage-3`` (the third question, printed „2a“) opened „Frage 2a“ with no word that the
    printed „3“ is another: a staff member typing the number printed on the paper cited the wrong answer."""
    page.goto("/dokument/be-17-12186?frage=3")
    expect(page.locator("#frage-3 h2")).to_have_text("Frage 2a")  # the old link: the answer it always opened
    expect(page.locator("#frage-3")).to_be_in_viewport()
    notice = page.locator(".notice:visible")
    expect(notice).to_have_text(
        "Geöffnet ist Frage 2a: Links zählen die Fragen der Reihe nach, und die 3. ist als „2a“ gedruckt. "
        "Die als „3“ gedruckte: Frage 3."
    )
    notice.get_by_role("link", name="Frage 3").click()
    expect(page.locator("#frage-5 h2")).to_have_text("Frage 3")
    expect(page.locator("#frage-5")).to_be_in_viewport()
    # the permalink of that answer (every citation of it gives it) opens it, as before
    page.goto("/dokument/by-17-22385")
    page.goto("/dokument/be-17-12186#frage-5")
    expect(page.locator("#frage-5 h2")).to_have_text("Frage 3")
    expect(page.locator("#frage-5")).to_be_in_viewport()


def test_the_citation_api_says_the_printed_number(linked_app):
    client = linked_app.test_client()
    cited = client.get("/api/dokument/be-17-12186/zitat?frage=5").get_json()
    assert (cited["question"], cited["question_label"]) == (5, "3")
    assert cited["short"].endswith("Antwort zu Frage 3")
    assert cited["url"].endswith("/dokument/be-17-12186#frage-5")
    assert client.get("/api/dokument/by-17-22385/zitat?frage=2.2").get_json()["question_label"] == "2.2"
    similar = client.get("/api/dokument/be-17-12186/aehnlich?frage=2a").get_json()
    assert (similar["question"], similar["question_label"]) == (3, "2a")


@pytest.mark.parametrize(
    ("asked", "saved_as", "title"),
    [
        ("zitat.csl?frage=5", "be-17-12186-frage-5.json", '"title": "Keine Meinungsfreiheit'),
        ("zitat.BIB?frage=5", "be-17-12186-frage-5.bib", "title = {Keine Meinungsfreiheit"),
        ("zitat.bibtex", "be-17-12186.bib", "title = {Keine Meinungsfreiheit"),
        ("zitat.RIS", "be-17-12186.ris", "TI  - Keine Meinungsfreiheit"),
    ],
)
def test_a_citation_file_asked_for_by_its_formats_name_comes(linked_site, asked, saved_as, title):
    """``zitat.csl`` (CSL-JSON, as Zotero names it) and ``zitat.BIB`` said „Unbekanntes Zitierformat“ (404)."""
    with urllib.request.urlopen(f"{linked_site}/dokument/be-17-12186/{asked}") as response:
        assert response.status == 200
        assert response.headers["Content-Disposition"] == f'attachment; filename="{saved_as}"'
        assert title in response.read().decode("utf-8")


def test_a_searchs_citations_asked_for_by_another_name_come(linked_app):
    client = linked_app.test_client()
    bib = client.get("/zitate.BIB?q=Tempelhofer")
    assert bib.status_code == 200
    assert bib.headers["Content-Disposition"] == 'attachment; filename="anfragen-zitate.bib"'
    assert bibtexparser.parse_string(bib.get_data(as_text=True)).entries
    assert client.get("/zitate.csl?q=Tempelhofer").get_json()[0]["title"].startswith("Keine Meinungsfreiheit")
    unknown = client.get("/zitate.doc?q=Tempelhofer")
    assert unknown.status_code == 404
    assert "Unbekanntes Zitierformat „doc“ (erlaubt: bib, ris, json)." in unknown.get_data(as_text=True)


# A link the page opens by a printed number or a citation file by its format's name, pasted into the search box
# (fifty-third staff pass): the search read only ``#frage-5``, ``?frage=5`` and ``zitat.bib|ris|json``.


def _searched(linked_app, pasted: str) -> tuple[dict, str, str]:
    """The JSON API's answer, the result page and ``anfragen search``'s output for ``pasted``."""
    client = linked_app.test_client()
    found = client.get("/api/search", query_string={"q": pasted}).get_json()
    page = client.get("/", query_string={"q": pasted}).get_data(as_text=True)
    index = linked_app.config["INDEX_DIR"]
    printed = CliRunner().invoke(main, ["--index", index, "search", pasted, "--base-url", "http://localhost"])
    assert printed.exit_code == 0, printed.output
    return found, page, printed.output


@pytest.mark.parametrize(
    ("pasted", "anchor", "label"),
    [
        ("http://localhost/dokument/be-17-12186#frage-2a", "frage-3", "2a"),
        ("be-17-12186#frage-2B", "frage-4", "2b"),
        ("/dokument/be-17-12186?frage=2A&q=Tempelhofer", "frage-3", "2a"),
        ("/dokument/by-17-22385#frage-2.2", "frage-3", "2.2"),
        ("/dokument/be-17-12186/aehnlich?frage=2b", "frage-4", "2b"),
        ("http://localhost/dokument/be-17-12186/zitat.csl?frage=5", "frage-5", "3"),
        ("/dokument/be-17-12186/zitat.BIB?frage=2a", "frage-3", "2a"),
        ("/dokument/be-17-12186/zitat.csl.json?frage=2b", "frage-4", "2b"),
        ("/dokument/be-17-12186/zitat.bibtex?frage=4", "frage-4", "2b"),
        # the answer's address passed on with its „#“ encoded, or named as its citation (BibTeX key, CSL id)
        ("http://localhost/dokument/be-17-12186%23frage-3", "frage-3", "2a"),
        ("/dokument/be-17-12186%23frage-2b", "frage-4", "2b"),
        ("/dokument/th-6-79-frage-2", "frage-2", "2"),
        ("be-17-12186-frage-5", "frage-5", "3"),
    ],
)
def test_a_pasted_link_by_printed_number_or_format_name_finds_the_answer_it_opens(linked_app, pasted, anchor, label):
    """``…#frage-2a`` (which opens Frage 2a) found nothing, ``?frage=2a`` found Frage 2, ``zitat.csl?frage=5``
    nothing, the key ``be-17-12186-frage-5`` Frage 2b by a part of its words: the staff member pasting the link took
    „0 Antworten“ or another answer for the one linked."""
    found, page, printed = _searched(linked_app, pasted)
    assert found.get("notice") is None
    hit = found["hits"][0]  # Bavaria's 2.2 answered with 1 and 2.1: those follow
    assert (hit["question_label"], hit["url"].rpartition("#")[2]) == (label, anchor)
    doc_id = hit["doc_id"]
    assert f'<a href="/dokument/{doc_id}#{anchor}">Antwort zu Frage {label}: ' in page
    assert f"Frage {label})\n" in printed and f"http://localhost/dokument/{doc_id}#{anchor}\n" in printed


@pytest.mark.parametrize("pasted", ["http://localhost/dokument/be-17-12186.pdf", "/dokument/be-17-12186/original.pdf"])
def test_a_pasted_link_to_a_documents_file_finds_the_document(linked_app, pasted):
    """The link of the document page’s „PDF, wie ins Archiv aufgenommen“ (or its id as a file name after ``/dokument/``,
    which opens the document) found „0 Antworten“."""
    found, page, printed = _searched(linked_app, pasted)
    assert [(hit["doc_id"], hit["question"]) for hit in found["hits"]] == [("be-17-12186", None)]
    assert '<a href="/dokument/be-17-12186">' in page and "http://localhost/dokument/be-17-12186\n" in printed


@pytest.mark.parametrize(
    ("pasted", "missing"),
    [
        ("/dokument/be-17-12186#frage-2c", "Frage 2c"),
        ("http://localhost/dokument/be-17-12186?frage=1.1", "Frage 1.1"),
        ("/dokument/be-17-12186/zitat.ris?frage=4a", "Frage 4a"),
    ],
)
def test_a_pasted_link_to_a_printed_number_the_document_lacks_says_so(linked_app, pasted, missing):
    """The page of ``#frage-2c`` says „Dieses Dokument hat keine Frage 2c“; pasted, the link found nothing, and
    ``?frage=1.1`` listed Frage 1 as the one linked.  A citation file of a format the site does not serve
    (``zitat.doc``) is no link of it, as before."""
    notice = f"{missing} gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    found, page, printed = _searched(linked_app, pasted)
    assert found.get("notice") == notice
    assert [(hit["doc_id"], hit["question"]) for hit in found["hits"]] == [("be-17-12186", None)]
    assert notice in page and notice in printed
    # nor is an id the document page does not open (a Land whose answer of that number the archive lacks; a
    # Drucksache without its Land is its search, as that page offers: tests/test_staff_typed_paths.py)
    for unserved_link in (
        "/dokument/be-17-12186/zitat.doc?frage=5",
        "/dokument/be-17-12186/zitat.doc%23frage-3",
        "/dokument/Bayern-17-12186",
    ):
        assert linked_app.test_client().get(unserved_link, follow_redirects=True).status_code == 404
        unserved, _, _ = _searched(linked_app, unserved_link)
        assert unserved["total"] == 0 and unserved.get("notice") is None


# A question linked by its printed number where no script runs (sixty-second staff pass): the jump to ``#frage-2a``
# was app.js's alone, so with JavaScript off (a hardened browser, a reader mode, a mail program's preview) the link
# left the reader at the document's top, to take its first answer for the one cited.


@pytest.mark.parametrize(
    ("typed", "section", "heading"),
    [
        ("/dokument/be-17-12186#frage-2a", "frage-3", "Frage 2a"),
        ("/dokument/be-17-12186#frage-2b", "frage-4", "Frage 2b"),
        ("/dokument/by-17-22385#frage-2.1", "frage-2", "Frage 2.1"),
        ("/dokument/be-18-11151#frage-b", "frage-2", "Frage b"),
        # its letter in capitals, as typed from the paper (sixty-seventh pass: only app.js reached „2a“ from „2A“)
        ("/dokument/be-17-12186#frage-2A", "frage-3", "Frage 2a"),
        ("/dokument/be-18-11151#frage-B", "frage-2", "Frage b"),
    ],
)
def test_a_printed_number_opens_its_answer_without_javascript(browser, linked_site, typed, section, heading):
    with german_page(browser, linked_site, java_script_enabled=False) as page:
        page.goto(typed)
        answer = page.locator(f"section#{section}")
        expect(answer.locator("h2")).to_have_text(heading)
        expect(answer.locator("h2")).to_be_in_viewport()
        expect(page.locator("h1")).not_to_be_in_viewport()
        # read by a screen reader or an HTML validator, no id stands twice: be-17-12186's printed „3“ has no anchor
        # of its own, ``#frage-3`` being the third question's, as every link given out counts them
        ids = re.findall(r'\sid="([^"]+)"', page.content())
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


# A link pasted in a spelling the document page opens (sixty-second staff pass): the page opens
# ``/dokument/Berlin-17-12186?frage=2a`` (the Land by its name, as staff know it) and ``…/zitat.bib%23frage-3`` (the
# „#“ encoded by the mail program that passed the link on); pasted into the search box they found „0 Antworten“.


@pytest.mark.parametrize(
    ("pasted", "anchor", "label"),
    [
        ("/dokument/Berlin-17-12186?frage=2a", "frage-3", "2a"),
        ("http://localhost/dokument/berlin-17-12186#frage-2b", "frage-4", "2b"),
        ("/dokument/17-12186#frage-2a", "frage-3", "2a"),  # the one Drucksache 17/12186 the archive holds
        ("/dokument/BE_17_012186%23frage-5", "frage-5", "3"),
        ("/dokument/Berlin-17-12186-frage-5", "frage-5", "3"),
        ("http://localhost/dokument/be-17-12186/zitat.bib%23frage-3", "frage-3", "2a"),
        ("/dokument/Berlin-17-12186/zitat.RIS%23frage-2b", "frage-4", "2b"),
    ],
)
def test_a_pasted_link_in_a_spelling_the_page_opens_finds_that_answer(linked_app, linked_site, pasted, anchor, label):
    found, page, printed = _searched(linked_app, pasted)
    assert found.get("notice") is None
    hit = found["hits"][0]
    assert (hit["doc_id"], hit["question_label"], hit["url"].rpartition("#")[2]) == ("be-17-12186", label, anchor)
    assert f'<a href="/dokument/be-17-12186#{anchor}">Antwort zu Frage {label}: ' in page
    assert f"Frage {label})\n" in printed and f"http://localhost/dokument/be-17-12186#{anchor}\n" in printed
    # the page opens the same answer: its citation file of that link is that answer's
    if "/zitat." in pasted:
        with urllib.request.urlopen(linked_site + pasted.removeprefix("http://localhost")) as response:
            saved_as = f"be-17-12186-{anchor}.{'bib' if '.bib' in pasted else 'ris'}"
            assert response.headers["Content-Disposition"] == f'attachment; filename="{saved_as}"'
            assert f"Antwort zu Frage {label}" in response.read().decode("utf-8")


# A citation file's link with its „#“ encoded and a ``?frage=`` besides it (sixty-seventh staff pass):
# ``…/zitat.bib%23frage-3?frage=2`` answered „Unbekanntes Zitierformat „bib#frage-3 …““.  The ``?frage=`` names the
# question, as after a document's encoded „#“ (``/dokument/be-17-12186%23frage-3?frage=2``) and in the browser, where
# ``/dokument/…?frage=2#frage-3`` opens Frage 2: a parameter is what the site is asked, an anchor only where the
# browser scrolls to; the search box read the anchor first and found the other answer.


def test_a_citation_link_with_an_encoded_anchor_and_a_frage_gives_the_frages_answer(linked_site):
    with urllib.request.urlopen(f"{linked_site}/dokument/be-17-12186/zitat.bib%23frage-3?frage=2") as response:
        assert response.status == 200
        assert response.headers["Content-Disposition"] == 'attachment; filename="be-17-12186-frage-2.bib"'
        assert "Antwort zu Frage 2}" in response.read().decode("utf-8")


@pytest.mark.parametrize(
    "pasted",
    [
        "/dokument/be-17-12186/zitat.bib%23frage-3?frage=2",
        "/dokument/be-17-12186%23frage-3?frage=2",
        "/dokument/be-17-12186?frage=2#frage-3",
    ],
)
def test_a_pasted_link_with_a_frage_and_an_anchor_finds_the_answer_the_page_opens(linked_app, page, pasted):
    found, _, _ = _searched(linked_app, pasted)
    hit = found["hits"][0]
    assert (hit["question_label"], hit["url"]) == ("2", "/dokument/be-17-12186#frage-2")
    if "/zitat." not in pasted:
        page.goto(pasted)
        assert page.url.endswith(hit["url"])
        expect(page.locator("#frage-2 h2")).to_have_text("Frage 2")
        expect(page.locator("#frage-2")).to_be_in_viewport()
