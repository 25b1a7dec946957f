"""What a Landtag's staff read and hear on a document's page and its addresses (eighty-first staff pass): a joint
answer names each other question once, to the eye and to a screen reader, and a citation file asked for by another
name than the site's says which names there are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import SEED, app_of, german_page, serving

FIXTURES = Path(__file__).parent / "fixtures"
# Mecklenburg-Vorpommern's 7/345 answers its questions 2 to 4 together; the Bundestag's 21/690 answers 3 to 6
HELD = ("mv-7-345", "bt-21-690")
_TAG = re.compile(r"<[^>]+>")
_HIDDEN = re.compile(r'<span class="visually-hidden">[^<]*</span>')


@pytest.fixture(scope="module")
def pages_app(tmp_path_factory):
    sources = [source for doc_id in HELD for source in [*SEED.glob(f"{doc_id}.*"), *FIXTURES.glob(f"{doc_id}.txt")]]
    return app_of(tmp_path_factory, "said-once", sources)


def _joint(html: str, anchor: str) -> tuple[str, str]:
    """The joint answer's note of question ``anchor`` as the eye reads it (hidden text left out) and as a screen
    reader does (all its text)."""
    section = html.partition(f'<section id="{anchor}"')[2].partition("</section>")[0]
    note = section.partition('<p class="joint">')[2].partition("</p>")[0]
    return (" ".join(_TAG.sub("", _HIDDEN.sub("", note)).split()), " ".join(_TAG.sub("", note).split()))


@pytest.mark.parametrize(
    ("doc_id", "anchor", "said"),
    [
        ("mv-7-345", "frage-2", "Gemeinsam beantwortet mit Frage 3 und Frage 4."),
        ("mv-7-345", "frage-4", "Gemeinsam beantwortet mit Frage 2 und Frage 3."),
        ("bt-21-690", "frage-3", "Gemeinsam beantwortet mit Frage 4, Frage 5 und Frage 6."),
    ],
)
def test_a_joint_answer_names_each_other_question_once_seen_and_heard(pages_app, doc_id, anchor, said):
    """„Gemeinsam beantwortet mit den Fragen 3 und 4“ hid „Frage “ inside each link, so a screen reader read out
    „mit den Fragen Frage 3 und Frage 4“ (and „mit Frage Frage 4“ for one)."""
    html = pages_app.test_client().get(f"/dokument/{doc_id}").get_data(as_text=True)
    seen, heard = _joint(html, anchor)
    assert seen == said
    assert heard == said


def test_a_joint_answers_links_read_as_they_are_heard_in_the_browser(browser, pages_app):
    with serving(pages_app) as base_url, german_page(browser, base_url) as page:
        page.goto("/dokument/mv-7-345#frage-2")
        joint = page.locator("#frage-2 p.joint")
        expect(joint).to_have_text("Gemeinsam beantwortet mit Frage 3 und Frage 4.", use_inner_text=True)
        expect(joint).to_match_aria_snapshot(
            '- paragraph:\n  - text: Gemeinsam beantwortet mit\n  - link "Frage 3"\n  - text: und\n'
            '  - link "Frage 4"\n  - text: .'
        )
        joint.get_by_role("link", name="Frage 4", exact=True).click()
        assert page.url.endswith("#frage-4")


FILES = (
    "/dokument/mv-7-345/zitat.bib (BibTeX), /dokument/mv-7-345/zitat.ris (RIS) und /dokument/mv-7-345/zitat.json "
    "(CSL-JSON)."
)


@pytest.mark.parametrize(
    ("asked", "said", "case_only"),
    [
        ("/dokument/mv-7-345/Zitat.bib", "text/plain", True),
        ("/dokument/mv-7-345/ZITAT.BIB", "text/plain", True),
        ("/dokument/mv-7-345/Zitat.csl", "text/html", False),
        ("/dokument/mv-7-345/zitate.ris", "text/plain", False),
        ("/dokument/mv-7-345/citation.bib", "text/plain", False),
        ("/dokument/mv-7-345/zitat", "text/html", False),
        ("/dokument/mv-7-345/bibtex", "text/html", False),
    ],
)
def test_a_citation_file_asked_for_by_another_name_says_the_names_there_are(pages_app, asked, said, case_only):
    """``…/Zitat.BIB``, ``…/zitat`` or ``…/bibtex`` answered „Diese Seite gibt es nicht.“ (the reference manager
    showed it as the file), as though the answer had no citation: the 404 now names the citation files there are,
    and says „klein geschrieben“ only where the case alone was wrong."""
    response = pages_app.test_client().get(asked)
    assert response.status_code == 404
    assert response.mimetype == said
    name = asked.rpartition("/")[2]
    text = response.get_data(as_text=True)
    if said == "text/html":
        text = " ".join(_TAG.sub("", text.partition("<h1>")[2].partition("</h1>")[0]).split())
    lower = " (klein geschrieben)" if case_only else ""
    assert text.strip() == f"„{name}“ gibt es nicht{lower}: Zitate des Dokuments gibt es als {FILES}"
    client = pages_app.test_client()
    for named in re.findall(r"/dokument/\S+", FILES):
        assert client.get(named).status_code == 200
    for other in ("/dokument/mv-7-345/aehnlichx", "/dokument/mv-7-345/original.doc", "/zitat.bib"):  # no citation's
        assert "Zitate des Dokuments" not in client.get(other).get_data(as_text=True)


def test_the_apis_citation_asked_for_by_a_files_name_names_the_apis_address(pages_app):
    """``/api/dokument/…/zitat.bib`` (the site's file name below the API) names the API's one citation address, which
    answers, not the site's files."""
    client = pages_app.test_client()
    response = client.get("/api/dokument/mv-7-345/zitat.bib")
    assert response.status_code == 404
    said = "„zitat.bib“ gibt es nicht: das Zitat des Dokuments gibt es als /api/dokument/mv-7-345/zitat."
    assert response.get_json()["error"] == said
    assert client.get("/api/dokument/mv-7-345/zitat").status_code == 200


def test_a_citation_file_of_a_document_not_held_names_no_files(pages_app):
    """``/dokument/xx-99-1/Zitat.bib``: the archive holds no such document, so its citation files would not answer
    either — the 404 names none."""
    response = pages_app.test_client().get("/dokument/xx-99-1/Zitat.bib")
    assert response.status_code == 404
    assert "Zitate des Dokuments" not in response.get_data(as_text=True)


@pytest.mark.parametrize("asked", ["Zitat.csl", "zitat", "bibtex"])
def test_a_citation_file_asked_for_by_another_name_links_the_files_there_are(pages_app, asked):
    """The 404 page of ``…/zitat`` named the citation files as plain text in its heading: the reader had to copy an
    address into the address bar.  Each is now a link in the heading, which answers, and the sentence is said once."""
    client = pages_app.test_client()
    response = client.get(f"/dokument/mv-7-345/{asked}")
    assert response.status_code == 404 and response.mimetype == "text/html"
    main = response.get_data(as_text=True).partition("<main")[2].partition("</main>")[0]
    heading = main.partition("<h1>")[2].partition("</h1>")[0]
    linked = re.findall(r'<a href="([^"]+)">([^<]+)</a>', heading)
    assert [shown for _, shown in linked] == re.findall(r"/dokument/\S+", FILES)
    for href, shown in linked:
        assert href == shown
        assert client.get(href).status_code == 200
    assert main.count("Zitate des Dokuments") == 1
