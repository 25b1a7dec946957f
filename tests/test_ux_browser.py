"""What a newcomer sees, in Chromium at a desktop width (1400 px) and a phone width (390 px):
home page, timeline, facets and results in a usable order, documents that fit the screen."""

from __future__ import annotations

import pytest

from .test_browser import browser_page

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": 1400, "phone": 390}


@pytest.fixture(params=list(WIDTHS))
def screen(browser, served, request):
    """A page at one of :data:`WIDTHS`; ``screen.width`` says which."""
    with browser_page(browser, served[0], request, WIDTHS[request.param]) as page:
        page.width = WIDTHS[request.param]
        yield page


@pytest.fixture
def wide(served):
    """Skip unless the served corpus has the Niedersachsen answers of ../shared."""
    if not served[1]:
        pytest.skip("braucht die Niedersachsen-Antworten aus ../shared")


def fits(page) -> bool:
    """Nothing on the page is wider than the screen (no sideways scrolling)."""
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_home_page_shows_the_archive_and_example_searches_that_find_something(screen):
    screen.goto("/")
    overview = screen.locator("section.overview")
    assert overview.get_by_role("heading").inner_text().startswith("Im Archiv: ")
    assert "Landtag Nordrhein-Westfalen" in overview.inner_text()
    assert screen.locator("section.newest li.hit").count() >= 1
    screen.locator("section.examples").get_by_role("link").first.click()
    screen.wait_for_url("**/?q=*")
    assert int(screen.locator("p.count").inner_text().split()[0]) > 0
    assert fits(screen)


def test_timeline_bars_filter_the_search_by_year(screen):
    screen.goto("/?q=Landesregierung")
    chart = screen.locator("figure.timeline svg")
    assert chart.is_visible() and fits(screen)
    bar = screen.locator("figure.timeline a.bar").last
    year, count = bar.get_attribute("data-year"), int(bar.get_attribute("data-count"))
    assert count > 0
    bar.locator("rect").last.click(force=True)
    screen.wait_for_url(f"**jahr={year}*")
    assert int(screen.locator("p.count").inner_text().split()[0]) == count
    assert f"Jahr: {year}" in screen.locator("ul.chips").inner_text()
    screen.get_by_text("Als Tabelle").click()
    assert screen.locator("#zeitleiste-text table").get_by_role("link", name=year).is_visible()
    # read out: a group „Treffer pro Jahr“ of links named by year and count, not an image named „… Als Tabelle“
    # (seventeenth new-user pass)
    group = screen.get_by_role("group", name="Treffer pro Jahr", exact=True)
    assert group.get_by_role("link", name=f"{year}: {count} Antwort", exact=False).count() == 1
    assert screen.locator("figure.timeline").get_by_role("img").count() == 0


def test_facets_come_before_the_results_on_a_phone_and_beside_them_on_a_desktop(screen):
    screen.goto("/?q=Landesregierung")
    facets, first_hit = screen.locator("aside.facets"), screen.locator("li.hit").first
    facet_box, hit_box = facets.bounding_box(), first_hit.bounding_box()
    if screen.width < 500:
        toggle = facets.locator("summary")
        assert toggle.is_visible() and facet_box["y"] < hit_box["y"]
        assert not facets.locator("[data-facet=parlament]").is_visible()  # folded: the first hit stays in view
        assert hit_box["y"] < 900
        toggle.click()
        assert facets.locator("[data-facet=parlament]").is_visible()
    else:
        assert facet_box["x"] + facet_box["width"] <= hit_box["x"] and abs(facet_box["y"] - hit_box["y"]) < 200
        assert facets.locator("[data-facet=parlament]").is_visible()
        assert not facets.locator("summary").is_visible()
    assert "Landtag" in facets.locator("[data-facet=parlament]").inner_text()
    assert fits(screen)


def test_document_fits_the_screen_with_linked_footnotes(screen, wide):
    screen.goto("/dokument/ni-19-11140")
    link = screen.locator("section.footnotes a").first
    assert link.get_attribute("href").endswith("BLV_Modernisierung-Sanierung.pdf")
    assert fits(screen)


def test_long_document_has_a_question_list_to_jump_from(screen, wide):
    screen.goto("/dokument/ni-19-11181")
    listing = screen.locator("nav.questions")
    assert listing.locator("li").count() >= 40
    listing.locator("li").nth(29).get_by_role("link").click()
    screen.wait_for_url("**#frage-30")
    heading = screen.locator("#frage-30 h2")
    assert heading.is_visible() and 0 <= heading.bounding_box()["y"] < 900
    assert fits(screen)


def test_a_long_word_no_answer_holds_breaks_on_a_phone_instead_of_widening_the_results(screen):
    screen.goto("/?q=Langzeitarbeitslosigkeit+Verwaltungsvereinfachungsbeschleunigungsgesetzentwurf")
    lacking = screen.locator("li.hit p.missing").first
    assert "Verwaltungsvereinfachungsbeschleunigungsgesetzentwurf" in lacking.inner_text()
    hit = screen.locator("li.hit").first.bounding_box()
    assert hit["x"] + hit["width"] <= screen.width  # the first hit's title and snippet are not cut off at the right
    assert fits(screen)


def test_a_year_without_answers_is_an_empty_slot_not_a_black_bar(browser, served, request, wide):
    """Chromium filled the invisible hover area of an empty year black: 2020 to 2025 stood as tall black bars
    between the answers of 2019 and 2026."""
    with browser_page(browser, served[0], request, WIDTHS["desktop"]) as page:
        page.goto("/?q=Landesregierung")
        empty = page.locator("figure.timeline g.bar.empty")
        assert empty.count() > 0
        fills = empty.locator("rect").evaluate_all("rects => rects.map(rect => getComputedStyle(rect).fill)")
        assert fills and set(fills) <= {"transparent", "rgba(0, 0, 0, 0)", "none"}, fills
        bar = page.locator("figure.timeline a.bar rect:not(.hit-area)").first
        assert bar.evaluate("rect => getComputedStyle(rect).fill") not in {"transparent", "rgba(0, 0, 0, 0)", "none"}
