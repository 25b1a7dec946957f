"""Addresses a Landtag's staff type or paste as they write a Drucksache (sixty-seventh staff pass): the Land by its
hyphenated name (``Nordrhein-Westfalen-17-6448``, ``Sachsen-Anhalt-6-1207``), and the Drucksache with its slash
after ``/dokument/`` (``/dokument/17/12186``, ``/dokument/nw/17/6448``), which the document page opened but the
search box searched as words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from indexer.copied_ids import TYPED_DRUCKSACHE, drucksache_ids, own_id
from indexer.lexicon import spelled_out
from indexer.parliaments import PARLIAMENTS

from .conftest import SEED, app_of, german_page, serving

FIXTURES = Path(__file__).parent / "fixtures"
# one answer of each Land whose name is two words with a hyphen, and Berlin's, whose name is one
HELD = {
    "nw-17-6448": "Integration langzeitarbeitsloser Menschen: Wie sichert die Landesregierung die positiven "
    "Erkenntnisse des Modellprojekts in Dortmund",
    "st-6-1207": "Zur Beförderungssituation in der Polizei des Landes Sachsen-Anhalt",
    "bw-17-512": "Radschnellwege im Landkreis Konstanz",
    "mv-7-345": "Strafverfolgung wegen des Tatbestandes der Volksverhetzung in Mecklenburg-Vorpommern",
    "sh-18-4741": "Flüchtlingszahlen 2017",
    "rp-17-2368": "Neutralitätspflicht der Ministerpräsidentin",
    "be-17-12186": "Keine Meinungsfreiheit auf dem Tempelhofer Feld?",
}


@pytest.fixture(scope="module")
def typed_app(tmp_path_factory):
    sources = [source for doc_id in HELD for source in [*SEED.glob(f"{doc_id}.*"), *FIXTURES.glob(f"{doc_id}.txt")]]
    return app_of(tmp_path_factory, "typed", sources)


@pytest.fixture
def page(browser, typed_app):
    with serving(typed_app) as base_url, german_page(browser, base_url) as page:
        yield page


@pytest.mark.parametrize("parliament", [p for p in PARLIAMENTS if p.state], ids=lambda p: p.code)
def test_every_lands_name_typed_before_a_drucksache_names_its_parliament(parliament):
    """``Berlin-17-12186`` named Berlin's answer, ``Nordrhein-Westfalen-17-6448`` and the five other Lands whose name
    has a hyphen none: their names as written, with a space, and typed without umlauts (``Baden-Wuerttemberg``)."""
    state = parliament.state or ""
    for typed in {state, state.replace("-", " "), spelled_out(state.lower()), state.upper()}:
        drucksache = TYPED_DRUCKSACHE.fullmatch(own_id(f"{typed}-17-512"))
        assert drucksache is not None, typed
        assert drucksache_ids(drucksache, ["be", "nw"]) == [f"{parliament.code}-17-512"], typed


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("Nordrhein-Westfalen-17-6448", "/dokument/nw-17-6448"),
        ("Nordrhein%20Westfalen-17-6448", "/dokument/nw-17-6448"),
        ("Sachsen-Anhalt-6-1207?frage=2", "/dokument/st-6-1207#frage-2"),
        ("Baden-Wuerttemberg-17-512", "/dokument/bw-17-512"),
        ("Baden-W%C3%BCrttemberg-17-512", "/dokument/bw-17-512"),
        ("Mecklenburg-Vorpommern-7-345%23frage-3", "/dokument/mv-7-345#frage-3"),
        ("Schleswig-Holstein-18-4741-frage-2", "/dokument/sh-18-4741#frage-2"),
        ("rheinland-pfalz-17-2368", "/dokument/rp-17-2368"),
        ("Berlin-17-12186", "/dokument/be-17-12186"),
    ],
)
def test_a_hyphenated_lands_id_opens_its_document_and_finds_it_pasted(typed_app, typed, opened):
    """„Das Dokument „Nordrhein-Westfalen-17-6448“ ist nicht (mehr) im Archiv.“ — of a document the archive holds,
    where ``Berlin-17-12186`` opened Berlin's; pasted into the search box, the link found nothing."""
    client = typed_app.test_client()
    response = client.get(f"/dokument/{typed}", follow_redirects=True)
    assert response.status_code == 200
    path, _, anchor = opened.partition("#")
    doc_id = path.rpartition("/")[2]
    assert response.request.path == path
    assert f"<h1>{HELD[doc_id]}</h1>" in response.get_data(as_text=True)
    assert response.history[-1].headers["Location"].endswith(f"{path}#{anchor}" if anchor else path)
    found = client.get("/api/search", query_string={"q": f"http://localhost/dokument/{typed}"}).get_json()
    hit = found["hits"][0]
    assert hit["doc_id"] == doc_id
    assert hit["url"] == opened


def _shows_question(page, doc_id: str, number: int) -> None:
    """The browser shows ``doc_id``'s page with its question ``number`` in view."""
    expect(page.locator("h1")).to_have_text(HELD[doc_id])
    expect(page.locator(f"#frage-{number}")).to_be_in_viewport()


def test_a_hyphenated_lands_link_opens_its_answer_in_the_browser(page):
    page.goto("/dokument/Sachsen-Anhalt-6-1207#frage-2")
    assert page.url.endswith("/dokument/st-6-1207#frage-2")
    _shows_question(page, "st-6-1207", 2)


@pytest.mark.parametrize(
    "pasted",
    [
        "/dokument/17/12186",
        "http://localhost/dokument/nw/17/6448?frage=2",
        "/dokument/Nordrhein-Westfalen/17/6448#frage-3",
        "/dokument/be/17/12186#frage-2a",
        "/dokument/17/6448/",
        "/dokument/Baden-Wuerttemberg/17/512?frage=4",
    ],
)
def test_a_drucksache_pasted_with_its_slash_finds_what_its_address_opens(typed_app, page, pasted):
    """The address ``/dokument/nw/17/6448`` opens nw-17-6448 (redirected to ``/dokument/nw-17-6448``); pasted into the
    search box it was searched as the words „dokument“, „nw“, „17“ and „6448“: „0 Antworten“."""
    found = typed_app.test_client().get("/api/search", query_string={"q": pasted}).get_json()
    assert found.get("notice") is None
    url = found["hits"][0]["url"]
    page.goto(pasted.removeprefix("http://localhost"))
    assert page.url.endswith(url)  # the document, and the answer, the address opens
    expect(page.locator("h1")).to_have_text(HELD[found["hits"][0]["doc_id"]])
    result = page.goto("/?q=" + pasted.replace("#", "%23").replace("?", "%3F").replace("&", "%26"))
    assert result is not None and result.status == 200
    expect(page.locator(f'a[href="{url}"]').first).to_be_visible()


def test_a_drucksache_no_document_is_says_so_pasted_as_its_address_does(typed_app, page):
    """``/dokument/17/99999`` (the Land not named) is no document: its page says what an id is and offers the
    Drucksache's search, which lists the answers of each parliament where several print that number.  Pasted, the
    address was searched as words and found „0 Antworten“ without a word why."""
    response = page.goto("/dokument/17/99999")
    assert response is not None and response.status == 404
    expect(page.locator("main h1")).to_contain_text("„17-99999“ ist keine Kennung eines Dokuments")
    page.get_by_role("link", name="Drs. 17/99999 suchen").click()
    offered = page.locator("main").inner_text()
    for pasted in ("/dokument/17/99999", "http://localhost/dokument/17-99999#frage-2"):
        found = typed_app.test_client().get("/api/search", query_string={"q": pasted}).get_json()
        assert found["total"] == 0
        assert found["notice"] == "Die zitierte Drucksache 17/99999 ist nicht im Archiv."
        assert found["notice"] in offered


@pytest.mark.parametrize(
    ("typed", "drucksache"),
    [
        ("Nordrhein-Westfalen-16-13250", "16/13250"),
        ("NRW-16-13250", "16/13250"),
        ("Berlin-17-99999", "17/99999"),
        ("Berlin-17-12186", "be-17-12186"),
        ("Nordrhein Westfalen-17-6448", "nw-17-6448"),
        ("Sachsen-Anhalt_6_1207", "st-6-1207"),
    ],
)
def test_a_lands_id_typed_alone_finds_its_answer_or_says_the_archive_lacks_it(typed_app, typed, drucksache):
    """``Nordrhein-Westfalen-16-13250`` typed into the search box was searched as the words „Nordrhein“, „Westfalen“,
    „16“: an unrelated answer of Nordrhein-Westfalen was listed as matching, and ``Berlin-17-12186`` listed three
    answers of the document as partly matching — where ``/dokument/Berlin-17-12186`` opens it and the address of a
    Drucksache not held offers its search, which says „Die zitierte Drucksache … ist nicht im Archiv.“"""
    client = typed_app.test_client()
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    if drucksache in HELD:
        assert client.get(f"/dokument/{typed}", follow_redirects=True).request.path == f"/dokument/{drucksache}"
        assert "1 Antwort" in page
        assert f'href="/dokument/{drucksache}"' in page
        assert 'class="hit' in page and page.count("<mark>") == 0
        return
    assert client.get(f"/dokument/{typed}").status_code == 404
    assert f'<p class="notice" role="status">Die zitierte Drucksache {drucksache} ist nicht im Archiv.</p>' in page
    assert "/dokument/" not in page.partition("<main")[2].partition("</main>")[0]  # no answer listed


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("Berlin-17-12186#frage-2", "/dokument/be-17-12186#frage-2"),
        ("Berlin-17-12186-frage-2", "/dokument/be-17-12186#frage-2"),
        ("Nordrhein-Westfalen-17-6448%23frage-3", "/dokument/nw-17-6448#frage-3"),
        ("NRW-17-6448?frage=3", "/dokument/nw-17-6448#frage-3"),
        ("nw-17-6448?frage=3", "/dokument/nw-17-6448#frage-3"),
        ("Berlin-17-12186#frage-2a", "/dokument/be-17-12186#frage-3"),
        ("Sachsen-Anhalt 6 1207 frage 2", None),
        ("Berlin-17-99999#frage-2", "17/99999"),
        ("NRW-16-13250-frage-2", "16/13250"),
    ],
)
def test_a_lands_id_with_its_question_typed_alone_finds_that_answer(typed_app, typed, opened):
    """``Berlin-17-12186#frage-2`` typed into the search box was searched as the words „Berlin“, „17“, „12186“,
    „frage“, „2“ (no answer, or another's question 2), where ``be-17-12186#frage-2`` lists that answer and the address
    ``/dokument/Berlin-17-12186-frage-2`` opens it (so was ``nw-17-6448?frage=3``); a Drucksache the archive lacks is
    said to be lacking."""
    client = typed_app.test_client()
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    if opened is None:  # no id: words, as before
        assert "zitierte Drucksache" not in page and "1 Antwort<" not in page
        return
    main = page.partition("<main")[2].partition("</main>")[0]
    if "#" not in opened:
        assert f'<p class="notice" role="status">Die zitierte Drucksache {opened} ist nicht im Archiv.</p>' in page
        assert "/dokument/" not in main  # no answer listed
        return
    assert "1 Antwort" in page
    assert set(re.findall(r'href="(/dokument/[^"]*)"', main)) == {opened}
    if "#" not in typed:  # the browser keeps the anchor of /dokument/Berlin-17-12186#frage-2 but does not send it
        response = client.get(f"/dokument/{typed}", follow_redirects=True)
        assert response.request.path == opened.partition("#")[0]
        assert response.history[-1].headers["Location"].endswith(opened)


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("NRW-17-6448?frage=3&x=1", "/dokument/nw-17-6448#frage-3"),
        ("NRW-17-6448?x=1&frage=3", "/dokument/nw-17-6448#frage-3"),
        ("Berlin-17-12186/#frage-2", "/dokument/be-17-12186#frage-2"),
        ("Berlin-17-12186/?frage=2a", "/dokument/be-17-12186#frage-3"),
        ("Nordrhein-Westfalen-17-6448/", "/dokument/nw-17-6448"),
        ("Sachsen-Anhalt_6_1207/?utm_source=mail", "/dokument/st-6-1207"),
        ("NRW-17-6448#fussnoten", "/dokument/nw-17-6448"),
        ("nw-17-6448/", "/dokument/nw-17-6448"),
        ("Berlin-17-99999/", "17/99999"),
        ("NRW-16-13250?frage=2&x=1", "16/13250"),
    ],
)
def test_a_lands_id_with_the_rest_of_its_address_finds_what_that_address_opens(typed_app, typed, opened):
    """``NRW-17-6448?frage=3&x=1``, ``Berlin-17-12186/#frage-2`` and ``Nordrhein-Westfalen-17-6448/`` typed into the
    search box were searched as words („Keine Antwort gefunden.“), while ``NRW-17-6448?frage=3`` and
    ``Berlin-17-12186`` found their answer and the address ``/dokument/…`` with the same rest opens it; a Drucksache
    the archive lacks is said to be lacking, as without the rest."""
    client = typed_app.test_client()
    page = client.get("/", query_string={"q": typed}).get_data(as_text=True)
    main = page.partition("<main")[2].partition("</main>")[0]
    if "/dokument/" not in opened:
        assert f'<p class="notice" role="status">Die zitierte Drucksache {opened} ist nicht im Archiv.</p>' in page
        assert "/dokument/" not in main  # no answer listed
        return
    assert "Keine Antwort gefunden" not in page
    assert "1 Antwort" in main
    assert set(re.findall(r'href="(/dokument/[^"]*)"', main)) == {opened}
    # the address with the same rest (its anchor kept by the browser, not sent) opens that document
    response = client.get(f"/dokument/{typed.partition('#')[0]}", follow_redirects=True)
    assert response.request.path == opened.partition("#")[0]
    if "?" in typed and "#" in opened:
        assert response.history[-1].headers["Location"].endswith(f"#{opened.partition('#')[2]}")


def test_a_lands_id_with_a_slash_before_its_anchor_opens_that_answer_from_the_search_box(page):
    page.goto("/")
    page.get_by_label("Suchbegriffe").fill("Berlin-17-12186/#frage-2")
    page.get_by_label("Suchbegriffe").press("Enter")
    expect(page.locator("main")).to_contain_text("1 Antwort")
    page.locator('main a[href="/dokument/be-17-12186#frage-2"]').first.click()
    _shows_question(page, "be-17-12186", 2)


@pytest.mark.parametrize(
    "typed",
    [
        "Hessen-4.0",
        "Bayern-1.000",
        "Hamburg-1-0",
        "NRW-2.0",
        "Hessen-4.0#frage-2",
        "Bayern-1.000-frage-2",
        "Hamburg-1-0?frage=1",
        "Covid-19-2020#frage-2",
        "G-20-Gipfel#frage-1",
        "Hessen-4.0/",
        "Hessen-4.0/#frage-2",
        "Covid-19-2020/?frage=1&x=1",
        "Bayern-1.000#fussnoten",
    ],
)
def test_a_lands_name_before_a_number_that_is_no_drucksache_stays_words(typed_app, typed):
    """„Hessen-4.0“ (a version), „Bayern-1.000“ (a thousand) or „Hamburg-1-0“ (a score) name no Drucksache: they are
    searched as typed, not refused as the citation „Drs. 4/0“ nor answered „Die zitierte Drucksache 2/0 ist nicht im
    Archiv.“ — nor with a question after them (``Hessen-4.0#frage-2``), nor a name of no Land (``Covid-19-2020``)."""
    response = typed_app.test_client().get("/", query_string={"q": typed})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Drs. " not in page and "zitierte Drucksache" not in page
