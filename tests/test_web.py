"""Pages and API as a browser or script sees them."""

import re
from html import unescape

import pytest

from indexer import IndexStore
from tests.search_helpers import one_answer
from web.app import create_app


def test_search_page_shows_answer_4_first_highlighted_and_linked(client):
    page = client.get("/?q=Passiv-Aktiv-Transfer").get_data(as_text=True)
    first = page.index('class="hit"')
    assert "<mark>Passiv-Aktiv-Transfer</mark>" in page[first:]
    link = re.search(r'<a href="([^"]+)">', page[first:]).group(1)
    assert link == "/dokument/nw-17-6448#frage-4"
    assert "Antwort zu Frage 4" in page
    assert "17/6448" in page and "04.06.2019" in page


def test_relaxed_matches_are_labelled_with_the_missing_word(client):
    page = client.get("/?q=Teilhabechancengesetz+Haushaltssicherung").get_data(as_text=True)
    assert "Keine Antwort enthält alle Suchbegriffe" in page
    assert "Es fehlt: <s>Teilhabechancengesetz</s>" in page


def test_the_count_line_of_a_one_word_search_speaks_of_that_word(client):
    page = client.get("/?q=Arbeitsmarktintegration").get_data(as_text=True)
    count = " ".join(re.search(r'<p class="count" role="status">(.*?)</p>', page, re.S).group(1).split())
    assert count == (
        "Keine Antwort enthält den Suchbegriff „Arbeitsmarktintegration“ · 5 Antworten, die den Begriff nicht "
        "selbst enthalten"
    )
    page = client.get("/?q=Landesprogramm").get_data(as_text=True)
    assert "1 Antwort für „Landesprogramm“ · dazu 4 Antworten, die den Begriff nicht selbst enthalten" in page
    page = client.get("/?q=Förderprogramm").get_data(as_text=True)
    assert "· 1 Antwort, die den Begriff nicht selbst enthält" in page


@pytest.mark.parametrize("query", ["Arbeitsmarktintegration parlament:nw", "der Arbeitsmarktintegration"])
def test_a_filter_or_a_stop_word_in_the_box_leaves_the_search_one_word(client, query):
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert "5 Antworten, die den Begriff nicht selbst enthalten" in page
    assert "alle Suchbegriffe" not in page and "parlament:nw“" not in page


def test_empty_and_unusable_queries_get_a_friendly_message(client):
    assert "Suchbegriffe" in client.get("/").get_data(as_text=True)
    response = client.get("/?q=der+die+das")
    assert response.status_code == 400  # the page with its form and the reason, the status the API gives it
    assert "Füllwörter" in response.get_data(as_text=True)


def test_query_is_escaped_on_the_page(client):
    page = client.get("/?q=%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;" in page


def test_document_page_has_an_anchor_per_answer(client):
    page = client.get("/dokument/nw-17-6448").get_data(as_text=True)
    for number in range(1, 6):
        assert f'id="frage-{number}"' in page
    assert "Integration langzeitarbeitsloser Menschen" in page
    assert "Vorbemerkung" in page and "Ministerium für Arbeit, Gesundheit und Soziales" in page
    assert "<mark>" not in page


def test_document_page_highlights_terms_when_coming_from_a_search(client):
    page = client.get("/dokument/nw-17-6448?q=Teilhabechancengesetz").get_data(as_text=True)
    assert page.count("<mark>Teilhabechancengesetz</mark>") == 2  # answers 2 and 4
    assert page.count("<mark>Teilhabechancengesetzes</mark>") == 1  # answer 3, inflected


def test_the_document_page_marks_the_word_not_other_words_holding_one_of_its_parts(client):
    """Coming from „Teilhabechancengesetz“, the page marked „Bestandteil“ and „teilnehmen“ (Teil), from
    „Arbeitsmarktpolitik“ every „Arbeit“ — the result page's snippets had long marked the word alone."""
    page = client.get("/dokument/nw-17-6448?q=Teilhabechancengesetz").get_data(as_text=True)
    assert set(re.findall(r"<mark>(.*?)</mark>", page)) == {"Teilhabechancengesetz", "Teilhabechancengesetzes"}
    page = client.get("/dokument/nw-17-6448?q=Arbeitsmarktpolitik").get_data(as_text=True)
    assert set(re.findall(r"<mark>(.*?)</mark>", page)) == {"Arbeitsmarktpolitik"}


def test_following_a_result_link_highlights_the_search_terms(client):
    page = client.get(
        "/dokument/nw-17-6448", headers={"Referer": "http://localhost/?q=Passiv-Aktiv-Transfer"}
    ).get_data(as_text=True)
    assert "<mark>Passiv-Aktiv-Transfer</mark>" in page
    foreign = client.get(
        "/dokument/nw-17-6448", headers={"Referer": "http://example.org/?q=Passiv-Aktiv-Transfer"}
    ).get_data(as_text=True)
    assert "<mark>" not in foreign


def test_back_to_the_hits_returns_to_the_page_the_reader_came_from(client):
    """„Zurück zu den Treffern“ led to „/?q=Transfer“: page, sort and filters of the hits were lost."""
    came_from = "/?q=Transfer&partei=SPD&sort=neueste&page=2&per_page=1"
    page = client.get("/dokument/nw-17-6448", headers={"Referer": f"http://localhost{came_from}"}).get_data(
        as_text=True
    )
    back = re.search(r'<p class="back"><a href="([^"]+)"[^>]*>← ([^<]+)</a>', page)
    assert back and (unescape(back.group(1)), back.group(2)) == (came_from, "Zurück zu den Treffern")
    direct = re.search(r'<p class="back"><a href="([^"]+)"[^>]*>← ([^<]+)</a>', client.get("/dokument/nw-17-6448").text)
    assert direct and (direct.group(1), direct.group(2)) == ("/", "Zur Suche")
    linked = client.get("/dokument/nw-17-6448?q=Transfer").text  # a link with the query: back to its hits
    assert re.search(r'<p class="back"><a href="/\?q=Transfer"[^>]*>← Zurück zu den Treffern</a>', linked)


def test_back_from_the_similar_answers_keeps_the_hits_the_document_was_opened_from(client):
    """Hits → document → „Ähnliche Antworten“ → „Zurück zum Dokument“ opened the document without the query's
    highlights, and its „Zurück zu den Treffern“ had become „Zur Suche“."""
    came_from = "/?q=Transfer&partei=SPD&sort=neueste&page=2&per_page=1"
    page = client.get("/dokument/nw-17-6448", headers={"Referer": f"http://localhost{came_from}"}).text
    similar_link = re.search(r'<a href="([^"]*/aehnlich\?frage=4[^"]*)">', page)
    assert similar_link
    similar = client.get(unescape(similar_link.group(1)), headers={"Referer": "http://localhost/dokument/nw-17-6448"})
    back_link = re.search(r'<p class="back"><a href="([^"]+)">← Zurück zum Dokument</a>', similar.text)
    assert back_link and unescape(back_link.group(1)).endswith("#frage-4")
    target = unescape(back_link.group(1)).partition("#")[0]
    referrer = f"http://localhost{unescape(similar_link.group(1))}"
    document = client.get(target, headers={"Referer": referrer}).text
    back = re.search(r'<p class="back"><a href="([^"]+)"[^>]*>← ([^<]+)</a>', document)
    assert back and (unescape(back.group(1)), back.group(2)) == (came_from, "Zurück zu den Treffern")
    marks = re.findall(r"<mark>(.*?)</mark>", document)
    assert marks and marks == re.findall(r"<mark>(.*?)</mark>", page)  # highlighted as when opened from the hits
    # opened without a result page, the similar answers lead back to the plain document
    plain = client.get("/dokument/nw-17-6448/aehnlich?frage=4").text
    assert '<p class="back"><a href="/dokument/nw-17-6448#frage-4">← Zurück zum Dokument</a>' in plain


def test_a_similar_answer_opened_from_a_document_leads_back_to_the_hits_too(tmp_path):
    """Hits → document → one of its „Ähnliche Antworten“: that document's „Zur Suche“ led to the empty start page, the
    reader's result page was lost (twenty-sixth new-user pass)."""
    index = tmp_path / "index"
    IndexStore(index).build(
        [
            one_answer("ni-19-5001", "Drohnen", "Die Bundeswehr beschafft Drohnen für die Aufklärung."),
            one_answer("ni-19-5002", "Drohnen II", "Die Polizei beschafft Drohnen für die Aufklärung."),
        ]
    )
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(tmp_path)}).test_client()
    came_from = "/?q=Drohnen&sort=neueste"
    page = client.get("/dokument/ni-19-5001", headers={"Referer": f"http://localhost{came_from}"}).text
    similar = re.search(r'<section id="aehnlich".*?<a href="([^"]+)">', page, re.S)
    assert similar and unescape(similar.group(1)).startswith("/dokument/ni-19-5002?treffer=")
    opened = client.get(unescape(similar.group(1)), headers={"Referer": "http://localhost/dokument/ni-19-5001"}).text
    back = re.search(r'<p class="back"><a href="([^"]+)"[^>]*>← ([^<]+)</a>', opened)
    assert back and (unescape(back.group(1)), back.group(2)) == (came_from, "Zurück zu den Treffern")


def test_unknown_document_is_a_404_page(client):
    response = client.get("/dokument/nw-17-1")
    assert response.status_code == 404
    assert "nw-17-1" in response.get_data(as_text=True)
    assert "<html" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    "path, own",
    [
        ("/dokument/NW-17-6448?q=Transfer", "/dokument/nw-17-6448?q=Transfer"),
        ("/dokument/nw-17-6448.pdf", "/dokument/nw-17-6448"),
        ("/dokument/nw-17-6448%20", "/dokument/nw-17-6448"),
        ("/dokument/NW-17-6448/aehnlich?frage=4", "/dokument/nw-17-6448/aehnlich?frage=4"),
        ("/dokument/NW-17-6448/zitat.bib?frage=4", "/dokument/nw-17-6448/zitat.bib?frage=4"),
        ("/api/dokument/nw-17-6448.txt", "/api/dokument/nw-17-6448"),
        ("/dokument/nw-17-06448", "/dokument/nw-17-6448"),
        ("/dokument/NW_17_6448", "/dokument/nw-17-6448"),
        ("/dokument/nw-17-6448/", "/dokument/nw-17-6448"),
        ("/dokument/nw-17-6448/?q=Transfer", "/dokument/nw-17-6448?q=Transfer"),
        ("/api/dokument/nw-17-6448/", "/api/dokument/nw-17-6448"),
        ("/abonnieren/?q=Kita", "/abonnieren?q=Kita"),
    ],
)
def test_a_document_id_as_copied_leads_to_the_document(client, path, own):
    """„NW-17-6448“ or the file name „nw-17-6448.pdf“ in the address was „nicht im Index“: it is the document; the
    number with a leading zero, underscores, or a slash after the address were „Diese Seite gibt es nicht.“"""
    response = client.get(path)
    assert response.status_code == 301 and response.headers["Location"] == own
    assert client.get(own).status_code == 200
    assert client.get("/dokument/nw-17-1.pdf").status_code == 404  # no such document: still said so
    assert client.get("/gibt-es-nicht/").status_code == 404  # no page without the slash either


@pytest.mark.shared
def test_meinten_sie_keeps_the_filters_and_the_sort_of_the_search(wide_client):
    """„Meinten Sie Polizei?“ led to ``/?q=Polizei``: the year and the order the reader had chosen were gone."""
    page = wide_client.get("/?q=Polizeii&jahr=2026&sort=neueste").get_data(as_text=True)
    link = re.search(r'<p class="suggestion">Meinten Sie\s*<a href="([^"]+)">Polizei</a>', page)
    assert link is not None
    assert unescape(link.group(1)) == "/?q=Polizei&jahr=2026&sort=neueste"


def test_the_similar_answers_page_names_its_answer_in_the_window_title(client):
    """Every such page was titled „Ähnliche Antworten · Anfragen“: tabs and the browser history could not tell them
    apart."""
    title = re.search(
        r"<title>(.*?)</title>", client.get("/dokument/nw-17-6448/aehnlich?frage=4").get_data(as_text=True)
    )
    assert title is not None and unescape(title.group(1)) == (
        "Ähnliche Antworten zu Frage 4: Integration langzeitarbeitsloser Menschen: Wie sichert die Landesregierung die "
        "positiven Erkenntnisse des Modellprojekts in Dortmund · Anfragen"
    )
    whole = re.search(r"<title>(.*?)</title>", client.get("/dokument/nw-17-6448/aehnlich").get_data(as_text=True))
    assert whole is not None and unescape(whole.group(1)).startswith("Ähnliche Antworten: Integration langzeit")


def test_api_search_shape(client):
    data = client.get("/api/search?q=Passiv+Aktiv+Transfer&per_page=5").get_json()
    assert {"query", "total", "page", "per_page", "hits"} <= set(data)
    assert (data["query"], data["page"], data["per_page"]) == ("Passiv Aktiv Transfer", 1, 5)
    hit = data["hits"][0]
    assert {"doc_id", "question", "title", "drucksache", "date_answered", "url", "snippet", "score"} <= set(hit)
    assert (hit["doc_id"], hit["question"], hit["url"]) == ("nw-17-6448", 4, "/dokument/nw-17-6448#frage-4")
    assert "<mark>" in hit["snippet"]


def test_api_errors_are_json(client):
    response = client.get("/api/search?q=")
    assert response.status_code == 400
    assert "Suchbegriff" in response.get_json()["error"]
    assert client.get("/api/dokument/xx-1-1").status_code == 404


def test_missing_index_is_a_503_not_a_500(tmp_path, corpus_dir):
    from web import create_app

    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "none"), "CORPUS_DIR": str(corpus_dir)})
    response = app.test_client().get("/?q=Arbeit")
    assert response.status_code == 503
    assert "anfragen build" in response.get_data(as_text=True)


@pytest.mark.parametrize("query", ["", "Passiv-Aktiv-Transfer", "Passiv-Aktiv-Transfer&page=abc"])
def test_the_start_and_search_pages_have_one_main_heading(client, query):
    """A screen reader's outline starts at the page's one <h1> (the start and search pages had none)."""
    page = client.get(f"/?q={query}").get_data(as_text=True)
    assert page.count("<h1") == 1
