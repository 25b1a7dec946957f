"""A parliament's staff take citations into their reference manager (twenty-seventh new-user pass).

Zotero reads a RIS ``GOVDOC`` as a report: ``SN`` is its report number, ``M3`` its report type, ``AU`` its authors
— while ``A2`` becomes the report's series editors and ``M1`` lands in „Extra“ (zotero/translators, ``RIS.js``).
"""

import html
import json
import re
import shutil
from pathlib import Path
from urllib.parse import parse_qs

import bibtexparser
import pytest
import rispy
from playwright.sync_api import expect

from indexer import build_index
from web import create_app

from .conftest import INTRANET_HOST

FIXTURES = Path(__file__).parent / "fixtures"

NRW_ASKERS = ["Lüders, Nadja", "Baran, Volkan", "Jahl, Armin", "Butschkau, Anja"]


def test_ris_gives_a_reference_manager_the_drucksache_as_report_number_and_the_askers_as_authors(client):
    """Imported into Zotero, the answer had no report number (the Drucksache sat in „Extra“ as „Drs. 17/6448“) and
    its askers were the series editors of a report series: a style printed „hg. v. Lüders, Nadja …“ and no
    Drucksache."""
    text = client.get("/dokument/nw-17-6448/zitat.ris?frage=4").get_data(as_text=True)
    (entry,) = rispy.loads(text)
    assert entry["type_of_reference"] == "GOVDOC"
    assert entry["authors"] == ["Landesregierung Nordrhein-Westfalen,", *NRW_ASKERS]
    assert "secondary_authors" not in entry
    assert entry["issn"] == "17/6448"  # SN: Zotero's report number
    assert entry["type_of_work"] == "Antwort auf Kleine Anfrage, Drucksache"  # M3: its report type
    assert "\r\nM1  - " not in text


@pytest.fixture(scope="module")
def berlin_client(tmp_path_factory):
    """Berlin's be-17-12186 prints its questions 1, 2, 2a, 2b, 3, 4, 5: the third is Frage 2a; Bavaria's by-17-22385
    prints 1, 2.1, 2.2, 3: the fourth is Frage 3; Berlin's be-18-11151 prints a and b."""
    corpus, index = tmp_path_factory.mktemp("berlin-corpus"), tmp_path_factory.mktemp("berlin-index")
    for doc_id in ("be-17-12186", "by-17-22385", "be-18-11151"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


@pytest.mark.parametrize(
    "pasted",
    [
        "http://localhost/dokument/be-17-12186#frage-3",
        "be-17-12186#frage-3",
        "http://localhost/dokument/be-17-12186/zitat.bib?frage=3",
    ],
)
def test_a_pasted_permalink_finds_the_answer_it_opens(berlin_client, pasted):
    """The citation of Frage 2a links ``…#frage-3`` (its anchors count the questions); pasted into the search, the
    link found Frage 3 — another answer than the link opens and the citation names."""
    cited = berlin_client.get("/api/dokument/be-17-12186/zitat?frage=3").get_json()
    assert cited["short"].endswith("Antwort zu Frage 2a") and cited["url"].endswith("/dokument/be-17-12186#frage-3")
    (hit,) = berlin_client.get("/api/search", query_string={"q": pasted}).get_json()["hits"]
    assert (hit["doc_id"], hit["question"], hit["question_label"]) == ("be-17-12186", 3, "2a")


def test_a_pasted_permalink_to_a_bavarian_answer_finds_it(berlin_client):
    """``#frage-4`` of an answer printing 1, 2.1, 2.2, 3 is Frage 3: the search said „Frage 4 gibt es im zitierten
    Dokument nicht“ and showed the whole document."""
    found = berlin_client.get("/api/search", query_string={"q": "by-17-22385#frage-4"}).get_json()
    assert found.get("notice") is None
    assert [(hit["question"], hit["question_label"]) for hit in found["hits"]] == [(4, "3")]


def test_a_pasted_permalink_to_a_question_printed_as_a_letter_finds_its_document_alone(berlin_client):
    """be-18-11151 prints its questions „a“ and „b“, which no citation of a question reads: ``#frage-1`` became
    „be-18-11151 Frage a“, whose „a“ was searched as a word — answers of two other documents followed."""
    found = berlin_client.get("/api/search", query_string={"q": "be-18-11151#frage-1"}).get_json()
    assert found.get("notice") is None and found["hits"]
    assert {hit["doc_id"] for hit in found["hits"]} == {"be-18-11151"}


def test_the_document_page_gives_one_report_number_the_answers_own(wide_client):
    """Zotero's „Embedded Metadata“ joins repeated tags: the answer's report number read „Drucksache 19/11134,
    Drucksache 19/10805 (Anfrage)“.  The Anfrage's Drucksache stays in the abstract, the citation's short form."""
    page = wide_client.get("/dokument/ni-19-11134").get_data(as_text=True)
    head = page[: page.index("</head>")]
    tags = re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)"', head)
    assert [value for name, value in tags if name == "citation_technical_report_number"] == ["Drucksache 19/11134"]
    (abstract,) = [value for name, value in tags if name == "citation_abstract"]
    assert "auf die Kleine Anfrage (Drs. 19/10805) der Abgeordneten Claus Seebeck und Eike Holsten (CDU)" in abstract


def test_zotero_saves_an_answer_from_the_page_with_its_drucksache_and_askers(client):
    """Zotero saves the page's COinS (one per answer) before its ``citation_*`` tags, and reads a report's series but
    no number from them: the answers it saved had neither Drucksache nor askers („rft.volume=17/6448“ it drops)."""
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    spans = re.findall(r'<span class="Z3988" title="([^"]*)"', page)
    answer = parse_qs(html.unescape(spans[4]))
    assert answer["rft.btitle"][0].endswith("– Antwort zu Frage 4")
    assert answer["rft.series"] == ["Drucksache 17/6448"]
    assert answer["rft.aucorp"] == ["Landesregierung Nordrhein-Westfalen"] and answer["rft.au"] == NRW_ASKERS
    assert answer["rft.language"] == ["de"]


def test_a_result_list_goes_into_a_reference_manager_at_once(client):
    """Staff import the answers a search found into Zotero or a ``.bib``: the page offered CSV and JSON only, so each
    answer's citation had to be fetched from its document page, one by one."""
    found = client.get("/api/search", query_string={"q": "Modellprojekt"}).get_json()
    full = [hit for hit in found["hits"] if not hit["missing"]]  # those counted, as every export holds
    keys = [f"{hit['doc_id']}-frage-{hit['question']}" for hit in full]
    assert found["total"] == len(keys) > 1
    page = client.get("/?q=Modellprojekt").get_data(as_text=True)
    for ext, label in (("ris", "RIS"), ("bib", "BibTeX"), ("json", "CSL-JSON")):
        assert f'<a href="/zitate.{ext}?q=Modellprojekt">{label}</a>' in page
    bib = client.get("/zitate.bib?q=Modellprojekt")
    assert bib.mimetype == "application/x-bibtex"
    assert 'filename="anfragen-zitate.bib"' in bib.headers["Content-Disposition"]
    library = bibtexparser.parse_string(bib.get_data(as_text=True))
    assert not library.failed_blocks and [entry.key for entry in library.entries] == keys
    assert library.entries[0].fields_dict["number"].value == "17/6448"
    records = rispy.loads(client.get("/zitate.ris?q=Modellprojekt").get_data(as_text=True))
    assert [record["issn"] for record in records] == ["17/6448"] * len(keys)
    assert records[0]["urls"][1].endswith(f"/dokument/nw-17-6448#frage-{full[0]['question']}")
    items = json.loads(client.get("/zitate.json?q=Modellprojekt").get_data(as_text=True))
    assert [item["id"] for item in items] == keys and items[0]["number"] == "17/6448"
    assert client.get("/zitate.ris").get_data(as_text=True) == "Bitte einen Suchbegriff oder einen Filter angeben.\n"


def test_copying_a_citation_on_an_intranet_keeps_the_keyboard_users_place(browser, served):
    """On plain http (an intranet server, no secure context) the page copies through a hidden text field: the
    citation was copied, but focus was left on the page's body, so the next Tab began again at the top."""
    port = served[0].rsplit(":", 1)[1]
    context = browser.new_context(base_url=f"http://{INTRANET_HOST}:{port}", locale="de-DE")
    try:
        page = context.new_page()
        page.goto("/dokument/nw-17-6448#frage-2")
        assert page.evaluate("window.isSecureContext") is False
        button = page.locator("#zitat-frage-2 button.copy")
        button.focus()
        page.keyboard.press("Enter")
        expect(page.locator("#zitat-frage-2 .copy-status")).to_have_text("Zitat kopiert.")
        assert page.evaluate("document.documentElement.dataset.lastCopied").endswith("#frage-2.")
        assert page.evaluate("document.activeElement.closest('#zitat-frage-2') !== null")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "permalink"
    finally:
        context.close()


def test_ris_names_the_ministry_in_the_note_not_as_an_authors_address(client):
    """The ministry that answered came as RIS ``AD``, an author's address: Zotero added a note „Author Address:
    Ministerium für Arbeit, Gesundheit und Soziales“.  BibTeX has it in its note; RIS now too."""
    text = client.get("/dokument/nw-17-6448/zitat.ris?frage=4").get_data(as_text=True)
    (entry,) = rispy.loads(text)
    assert "author_address" not in entry and "\r\nAD  - " not in text
    assert entry["notes"] == [
        "Antwort der Landesregierung vom 4. Juni 2019 auf die Kleine Anfrage 2509 der Abgeordneten Nadja Lüders, "
        "Volkan Baran, Armin Jahl und Anja Butschkau (SPD), LT-Drs. 17/6448, Antwort zu Frage 4. "
        "Beantwortet von: Ministerium für Arbeit, Gesundheit und Soziales"
    ]
