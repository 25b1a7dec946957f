"""A researcher's round in Chromium (twenty-ninth new-user pass): what stays when the search changes, what a printed
result list holds, what the copy buttons copy."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .test_browser import browser_page

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser, served, request):
    with browser_page(browser, served[0], request) as opened:
        yield opened


def test_changing_the_sort_or_the_words_keeps_the_page_size(page):
    """A list of 2 answers a page (a bookmark, the API's ``links.page``) came back with 20 once the sort was changed
    or other words searched: the form sent every filter but not the page size."""
    page.goto("/?q=Arbeit&partei=SPD&per_page=2")
    assert page.locator("li.hit").count() == 2
    page.locator("#sort").select_option("aelteste")
    page.wait_for_url("**sort=aelteste**")
    assert "per_page=2" in page.url and page.locator("li.hit").count() == 2
    page.locator("#q").fill("Arbeit Landesregierung")
    page.locator("#q").press("Enter")
    page.wait_for_url("**q=Arbeit+Landesregierung**")
    assert "per_page=2" in page.url and "partei=SPD" in page.url
    expect(page.locator("nav.pages")).to_contain_text("Seite 1 von")
    assert page.locator("li.hit").count() == 2


def test_a_printed_result_list_holds_the_search_and_its_hits_not_the_controls(page):
    """Printed (or saved as PDF), a result list began with the search form — its field, the sort and date pickers,
    the syntax help —, the facets and the download links: a third of the first sheet for controls nobody can use
    on paper.  It prints what was searched, the filters, the hits and which page of how many."""
    page.goto("/?q=Arbeit&partei=SPD&per_page=2")
    page.emulate_media(media="print")
    for control in ("form.search", "aside.facets", "p.takeaway", "ul.chips a", "nav.pages a", ".timeline-parties"):
        for shown in page.locator(control).all():
            expect(shown).to_be_hidden()
    expect(page.locator("p.count")).to_contain_text("für „Arbeit“")
    assert page.locator("ul.chips").inner_text().strip() == "Partei: SPD"  # as read: the chip without its ×
    expect(page.locator("li.hit").first).to_be_visible()
    expect(page.locator("nav.pages")).to_contain_text("Seite 1 von")
    # the timeline's caption without its instruction for the screen (review: „ein Balken wählt sein Jahr“ printed)
    caption = page.locator("figure.timeline figcaption")
    expect(caption).to_contain_text("Treffer pro Jahr")
    assert "Balken" not in caption.inner_text()  # as rendered for print (the text is still in the page)
    # the hits take the sheet's width: no empty column where the facets stood
    results, main = (page.locator(selector).evaluate("e => e.offsetWidth") for selector in (".results", "main"))
    assert results >= main * 0.9


def test_a_hits_copy_button_copies_what_the_answers_page_copies(page):
    """„Zitat kopieren“ under a hit copied a short form — no title, no ministry, no link —, the same button on the
    answer's page the full citation: a Vermerk built from the list had no way back to the answers it cites."""
    page.goto("/?q=Passiv-Aktiv-Transfer+drucksache%3A17%2F6448")
    hit = page.locator("li.hit").filter(has_text="Antwort zu Frage 4").first
    hit.get_by_role("button", name="Zitat kopieren (Frage 4, Drucksache 17/6448)").click()
    expect(hit.locator(".copy-status")).to_have_text("Zitat kopiert.")
    from_list = page.evaluate("navigator.clipboard.readText()")
    hit.get_by_role("link", name="Antwort zu Frage 4").click()
    page.wait_for_url("**/dokument/nw-17-6448**#frage-4")
    box = page.locator("#zitat-frage-4")
    box.get_by_role("button", name="Zitat kopieren").click()
    expect(box.locator(".copy-status")).to_have_text("Zitat kopiert.")
    assert from_list == page.evaluate("navigator.clipboard.readText()")
    assert "„Integration langzeitarbeitsloser Menschen" in from_list
    assert from_list.endswith("/dokument/nw-17-6448#frage-4.")


def test_back_to_the_hits_returns_to_the_hit_read(page):
    """„Zurück zu den Treffern“ led to the top of the result page: a reader who had opened the last hit scrolled the
    list again to find where they were.  It leads to that hit."""
    page.set_viewport_size({"width": 1200, "height": 500})
    page.goto("/?q=Arbeit")
    hit = page.locator("ol.hits li.hit").last
    key = hit.get_attribute("id")
    hit.locator(".hit-title a").click()
    page.wait_for_url("**/dokument/**")
    page.get_by_role("link", name="Zurück zu den Treffern").click()
    page.wait_for_url(f"**/?q=Arbeit#{key}")
    expect(page.locator(f"#{key}")).to_be_in_viewport()


def test_a_title_chosen_from_the_suggestions_keeps_the_words_typed_before_it(page):
    """A title picked from the suggestions replaced the search box with ``titel:"…"`` alone: „Dortmund“, typed first,
    was lost, while a word picked keeps the words before it (thirty-second new-user pass)."""
    page.goto("/")
    page.locator("#q").press_sequentially("Dortmund Modellpro", delay=20)
    options = page.locator("#vorschlaege option")
    options.first.wait_for(state="attached")
    values = options.evaluate_all("els => els.map(e => e.value)")
    assert "Dortmund Modellprojekts" in values
    assert (
        'Dortmund titel:"Integration langzeitarbeitsloser Menschen: Wie sichert die Landesregierung die positiven '
        'Erkenntnisse des Modellprojekts in Dortmund"' in values
    )


def test_suggestions_answered_late_do_not_replace_those_of_the_words_typed(page):
    """The suggestions for „Lan“, answered after those for „Langzeit“ (a slow server, a busy network), replaced them:
    the list offered „Landesregierung“ for the word „Langzeit“ typed (thirty-second new-user pass)."""

    def slow(route):
        page.wait_for_timeout(1500)
        route.continue_()

    def answered(word: str):
        return page.expect_event("requestfinished", lambda request: request.url.endswith(f"?q={word}"))

    page.route("**/api/vorschlaege?q=Lan", slow)
    page.goto("/")
    with answered("Lan"), answered("Langzeit"):
        page.locator("#q").press_sequentially("Lan", delay=20)
        page.wait_for_timeout(300)  # „Lan“ asked
        page.locator("#q").press_sequentially("gzeit", delay=20)
    page.wait_for_timeout(300)  # the late answer for „Lan“ read
    values = page.locator("#vorschlaege option").evaluate_all("els => els.map(e => e.value)")
    assert values and all("langzeit" in value.lower() for value in values)
