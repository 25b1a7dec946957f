"""The search page as HTML: facets, chips, pagination and exports keep the whole state in URLs."""

import re
from html import unescape

from flask import render_template

from indexer import ResultPage
from indexer.search.filters import Filters
from web.state import FACET_LABELS, SORT_LABELS, SearchState
from web.views import SYNTAX_EXAMPLES, SYNTAX_YEAR


def links(page: str) -> list[str]:
    return [unescape(href) for href in re.findall(r'href="([^"]+)"', page)]


def test_facet_links_add_and_remove_filters(client):
    page = client.get("/?q=Arbeit").get_data(as_text=True)
    # 5: all five answers ("Arbeit" is also a part of Arbeitsmarkt, Arbeitslose …); they stand for the head.
    assert 'data-facet="partei"' in page and 'SPD <span class="n">(5)</span>' in page
    assert "/?q=Arbeit&partei=SPD" in links(page)
    narrowed = client.get("/?q=Arbeit&partei=SPD&sort=neueste").get_data(as_text=True)
    assert 'aria-current="true"' in narrowed and "Partei: SPD" in narrowed
    hrefs = links(narrowed)
    assert "/?q=Arbeit&sort=neueste" in hrefs  # the chip's remove link keeps query and sort
    assert "/export.csv?q=Arbeit&partei=SPD&sort=neueste" in hrefs
    assert "/feed.atom?q=Arbeit&partei=SPD&sort=neueste" in hrefs
    assert '<option value="neueste" selected>' in narrowed


def test_pagination_keeps_filters_and_sort(client):
    page = client.get("/?q=Arbeit&partei=SPD&sort=aelteste&per_page=1").get_data(as_text=True)
    assert "/?q=Arbeit&partei=SPD&sort=aelteste&page=2&per_page=1" in links(page)


def test_filter_only_search_lists_answers_newest_first(client):
    page = client.get("/?drucksache=17/6448").get_data(as_text=True)
    assert "5 Antworten" in page and "Neueste zuerst" in page
    assert page.count('class="hit"') == 5


def test_filter_only_search_names_the_order_it_lists_in(client):
    """Filters alone list newest first, as the count line said, but the sort field showed „Relevanz“ and the JSON
    export's head said ``"sort": "relevanz"`` for hits in date order (twenty-ninth new-user pass)."""
    page = client.get("/?drucksache=17/6448").get_data(as_text=True)
    assert "5 Antworten · neueste zuerst" in page
    # the field names the order listed, and keeps relevance for the next search with words (review of pass 29: typing
    # „Abschiebung“ there listed it newest first, without the answers lacking the word)
    assert re.findall(r'<option value="(\w+)" selected>([^<]*)<', page) == [
        ("relevanz", "Relevanz (ohne Suchwörter: Neueste zuerst)")
    ]
    exported = client.get("/export.json?drucksache=17/6448").get_json()
    assert exported["sort"] == "neueste"
    asked = client.get("/?drucksache=17/6448&sort=aelteste").get_data(as_text=True)  # a date order asked for stays
    assert re.findall(r'<option value="(\w+)" selected>', asked) == ["aelteste"]
    assert client.get("/export.json?q=Arbeit").get_json()["sort"] == "relevanz"  # words are ranked


def test_no_results_explains_and_suggests(client):
    page = client.get("/?q=Transfer&von=2019-01&bis=2019-05").get_data(as_text=True)
    assert (
        "Keine Antwort gefunden" in page
        and "Keine Antwort enthält den Suchbegriff „Transfer“ und erfüllt zugleich den Filter." in page
    )
    assert "/?q=Transfer" in links(page)  # drop the filter
    typed = client.get("/", query_string={"q": "Transfer datum:2019-01..2019-05"}).get_data(as_text=True)
    assert "Keine Antwort enthält den Suchbegriff „Transfer“ und erfüllt zugleich den Filter." in typed
    page = client.get("/?q=Quantencomputer").get_data(as_text=True)
    assert "Keine Antwort enthält den Suchbegriff „Quantencomputer“." in page and "alle Suchbegriffe" not in page
    page = client.get("/?q=Quantencomputer+Raumfahrt").get_data(as_text=True)
    assert "Keine Antwort enthält alle Suchbegriffe." in page


def test_a_spelling_suggestion_is_offered_when_the_engine_has_one(app):
    results = ResultPage("Arbiet", 0, 1, 10, words="Arbiet", suggestion="Arbeit")
    with app.test_request_context("/?q=Arbiet"):
        page = render_template(
            "search.html",
            state=SearchState(query="Arbiet"),
            query="Arbiet",
            results=results,
            message=None,
            sort_labels=SORT_LABELS,
            facet_labels=FACET_LABELS,
            syntax={**SYNTAX_EXAMPLES, **SYNTAX_YEAR},
        )
    assert 'Meinten Sie <a href="/?q=Arbeit">Arbeit</a>?' in page


def test_bad_filter_values_are_a_friendly_message(client):
    """The search page with its form and the message, not an error page — with the status the API gives it."""
    response = client.get("/?q=Arbeit&von=2019-13&partei=SPD")
    assert response.status_code == 400
    assert "kein Datum" in response.get_data(as_text=True)


def test_state_round_trips_through_the_url(app):
    with app.test_request_context("/?q=Arbeit&partei=SPD&partei=CDU&von=2019&sort=neueste&page=2"):
        state = SearchState.from_request()
        assert state.filters == Filters(partei=("SPD", "CDU"), datum=state.filters.datum)
        assert state.url() == "/?q=Arbeit&partei=SPD&partei=CDU&von=2019-01-01&sort=neueste&page=2"


def test_a_cited_question_the_document_lacks_is_said(client):
    page = client.get("/?q=Drs.+17/6448+Frage+99").get_data(as_text=True)
    assert "Frage 99 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument." in page
    page = client.get("/?q=Drs.+17/6448+Frage+2").get_data(as_text=True)
    assert "gibt es im zitierten Dokument nicht" not in page and "#frage-2" in page


def test_a_search_without_full_matches_shows_no_empty_facet_column(client):
    """Only answers lacking a word: no facets to narrow by, yet an empty „Eingrenzen“ column took a quarter of the
    page's width."""
    page = client.get("/?q=Teilhabechancengesetz Quantencomputer").get_data(as_text=True)
    assert '<ol class="hits loose"' in page and "Eingrenzen" not in page and 'class="results-layout single"' in page
    assert "Eingrenzen" in client.get("/?q=Teilhabechancengesetz").get_data(as_text=True)


def test_a_date_sorted_search_without_full_matches_points_to_the_relevance_order(client):
    """Sorted by date, a search whose answers all lack a word said only „Keine Antwort gefunden“; by relevance the
    same search lists those answers."""
    query = "Teilhabechancengesetz Quantencomputer"
    assert client.get("/api/search", query_string={"q": query}).get_json()["partial"] > 0
    page = client.get("/", query_string={"q": query, "sort": "neueste"}).get_data(as_text=True)
    assert "Keine Antwort gefunden." in page
    link = re.search(r'<a href="([^"]+)">nach Relevanz sortieren</a>: dann folgen Antworten, die nicht alle', page)
    assert link and "sort=" not in link.group(1) and "Quantencomputer" in link.group(1)  # relevance: the default


def test_a_parliament_filter_chip_names_the_parliament_not_its_code(client):
    """The facet reads „Landtag Nordrhein-Westfalen“, its chip read „Parlament: nw ×“ (also given as ``NRW``)."""
    for url in ("/?q=Arbeit&parlament=nw", "/?q=Arbeit&parlament=NRW"):
        page = client.get(url).get_data(as_text=True)
        chips = re.search(r'<ul class="chips".*?</ul>', page, re.S)
        assert chips and "<span>Parlament: Landtag Nordrhein-Westfalen</span>" in chips.group(0), url
    feed = client.get("/feed.atom?parlament=nw").get_data(as_text=True)
    assert "<title>Anfragen: Parlament: Landtag Nordrhein-Westfalen</title>" in feed


def test_the_title_of_a_search_its_feed_and_its_subscription_name_its_filters_too(client):
    """„Transfer“ with „Partei: SPD“ was titled „Transfer – Suche“ (a bookmark), its feed „Anfragen: Transfer“ and the
    page subscribing to it „Neue Antworten zu „Transfer“ abonnieren“: two searches of one word with other filters
    were one name in the bookmarks and the feed reader (twenty-sixth new-user pass)."""
    address = "?q=Transfer&partei=SPD&von=2019-01-01"
    described = "Transfer, Partei: SPD, Datum: ab 01.01.2019"
    shown = {
        f"/{address}": f"<title>{described} – Suche · Anfragen</title>",
        f"/feed.atom{address}": f"<title>Anfragen: {described}</title>",
        f"/abonnieren{address}": f"<h1>Neue Antworten zu „{described}“ abonnieren</h1>",
    }
    for url, named in shown.items():
        assert named in client.get(url).get_data(as_text=True), url
    assert "<title>Filter – Suche" not in client.get("/?partei=SPD").get_data(as_text=True)


def test_a_phrase_with_a_typo_is_offered_respelled(wide_client):
    """„"Kosten der Unterkuft"“ listed „0 Antworten“ and offered nothing: the first and last word of a phrase were never
    respelled, its middle ones were (twenty-ninth new-user pass)."""
    page = wide_client.get('/?q="Kosten der Unterkuft"&partei=SPD').get_data(as_text=True)
    assert "0 Antworten" in page
    offered = re.search(r'Meinten Sie <a href="([^"]+)">([^<]+)</a>\?', page)
    assert offered and unescape(offered[2]) == '"Kosten der Unterkunft"'
    followed = wide_client.get(unescape(offered[1])).get_data(as_text=True)
    assert "1 Antwort für „&#34;Kosten der Unterkunft&#34;“" in followed and "Partei: SPD" in followed


def test_back_from_the_subscribe_page_keeps_the_page_and_sort(client):
    """From the third page of a search sorted oldest first, „Neue Antworten abonnieren“ and its „Zurück zur Suche“
    led to the first page sorted by relevance (twenty-ninth new-user pass); the feed stays newest first."""
    searched = "/?q=Arbeit&sort=aelteste&page=3&per_page=1"
    page = client.get(searched).get_data(as_text=True)
    subscribe = next(href for href in links(page) if href.startswith("/abonnieren"))
    offered = client.get(subscribe).get_data(as_text=True)
    assert re.search(r'<a href="([^"]+)">Zurück zur Suche</a>', offered)[1] == searched.replace("&", "&amp;")
    assert 'value="http://localhost/feed.atom?q=Arbeit&amp;sort=neueste&amp;per_page=1"' in offered


def test_a_filter_typed_into_the_search_box_has_a_chip_that_removes_it(client):
    """``Arbeit partei:SPD`` narrowed the search as the facet „SPD“ does, but showed no chip: staff who had typed it
    found no way to widen the search again but to edit the box, while a facet's filter goes in one click.  The chip
    takes the typed filter out and keeps the words and the other filters (thirtieth new-user pass)."""
    page = client.get("/", query_string={"q": "Arbeit partei:SPD datum:2019", "sort": "neueste"}).get_data(as_text=True)
    chips = re.search(r'<ul class="chips".*?</ul>', page, re.S)
    assert chips and "<span>Partei: SPD</span>" in chips.group(0)
    assert "<span>Datum: 01.01.2019 bis 31.12.2019</span>" in chips.group(0)
    assert "/?q=Arbeit+datum%3A2019&sort=neueste" in links(chips.group(0))
    widened = client.get("/?q=Arbeit+datum%3A2019&sort=neueste").get_data(as_text=True)
    assert "Partei: SPD" not in widened and "für „Arbeit datum:2019“" in widened
