"""Addresses a parliamentary staff member types or edits by hand: a search the site cannot run is said in German with
the status 400 on every page that shows it, as the API, the exports and the feed answer it."""

import html

import pytest


@pytest.mark.parametrize(
    ("params", "said"),
    [
        ("q=Arbeit&sort=xyz", "Unbekannte Sortierung „xyz“ (erlaubt: relevanz, neueste, aelteste)."),
        ("q=Arbeit&page=abc", "„page“ muss eine positive ganze Zahl sein."),
        ("q=Arbeit&per_page=-1", "„per_page“ muss eine positive ganze Zahl sein."),
        ("q=Arbeit partei:XYZ", "Keine Partei „XYZ“ im Archiv"),
    ],
)
def test_the_search_page_says_a_bad_parameter_with_status_400(client, params, said):
    """``/?q=Arbeit&sort=xyz`` showed its message with status 200, where ``/api/search`` answers 400: a link checker
    or a script reading the page took the error for a page of results."""
    api = client.get(f"/api/search?{params}")
    page = client.get(f"/?{params}")
    text = html.unescape(page.get_data(as_text=True))
    assert api.status_code == 400 and said in api.get_json()["error"]
    assert page.status_code == 400
    assert f'<p class="notice" role="alert">{said}' in text
    assert 'value="Arbeit' in text  # the words typed stay in the search box


def test_a_good_search_page_still_answers_200(client):
    assert client.get("/?q=Arbeit").status_code == 200
    assert client.get("/?q=Arbeit&per_page=1000").status_code == 200  # more than a page lists is said, not refused


def test_the_subscribe_page_of_a_search_the_feed_refuses_says_why(client):
    """„Neue Antworten zu „partei:XYZ“ abonnieren“ offered a feed address that answers 400 in the feed reader, with
    status 200; the page says the feed's message instead."""
    feed = client.get("/feed.atom?q=Arbeit partei:XYZ")
    page = client.get("/abonnieren?q=Arbeit partei:XYZ")
    text = html.unescape(page.get_data(as_text=True))
    assert feed.status_code == 400
    assert page.status_code == 400
    assert "Keine Partei „XYZ“ im Archiv" in text
    assert "Adresse des Feeds" not in text
    assert client.get("/abonnieren?q=Arbeit partei:SPD").status_code == 200
