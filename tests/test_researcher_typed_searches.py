"""What a researcher sees of the searches they type (thirty-second new-user pass): the „gefunden als“ line of words
joined by ODER, and the filters typed into the search box as chips and in the facets."""

import re
import shutil
from html import unescape
from pathlib import Path

from indexer import build_index
from web import create_app

BUNDESTAG = Path(__file__).parent.parent / "queries" / "corpus-bt28"
SHIPPED = Path(__file__).parent.parent / "corpus"


def found_as(page: str) -> list[str]:
    return [unescape(line) for line in re.findall(r'<p class="found-as">gefunden als: ([^<]*)</p>', page)]


def test_found_as_names_the_alternative_the_answer_holds(wide_client):
    """„Schulen ← Schule ODER Kita“ read as if the text wrote the whole search so; the line names the word met."""
    page = wide_client.get("/", query_string={"q": "Schule ODER Kita"}).get_data(as_text=True)
    lines = found_as(page)
    assert "Schulen ← Schule (Flexion oder Schreibvariante)" in lines
    assert "Schule (genaues Wort)" in lines
    assert not [line for line in lines if "Schule ODER Kita" in line]
    hits = wide_client.get("/api/search", query_string={"q": "Polizei ODER Feuerwehr"}).get_json()["hits"]
    notes = [(note["wort"], note["gefunden_als"]) for hit in hits for note in hit["match"]]
    assert ("Polizei", "Polizei") in notes and ("Feuerwehr", "Feuerwehren") in notes


def test_found_as_names_a_quoted_phrase_met_beside_another_word(wide_client):
    page = wide_client.get("/", query_string={"q": '"Kosten der Unterkunft" ODER Wohngeld'}).get_data(as_text=True)
    assert found_as(page) == ['"Kosten der Unterkunft" (Wortgruppe)']


def test_a_filter_typed_twice_has_one_chip(wide_client):
    """``partei:CDU partei:CDU`` showed two chips, and the × of either left the other filter in place."""
    page = wide_client.get("/", query_string={"q": "Schule partei:CDU partei:cdu"}).get_data(as_text=True)
    chips = re.findall(r'aria-label="Filter (Partei: [^"]*) entfernen"', page)
    assert chips == ["Partei: CDU"]
    assert '<a href="/?q=Schule" aria-label="Filter Partei: CDU entfernen"' in page


def test_a_typed_party_is_selected_in_the_facets(wide_client):
    """A typed ``partei:cdu`` showed the party facet „CDU (47)“ unselected, as if the list were not narrowed to it;
    it is checked, and unchecking it takes the typed filter out of the search box."""
    page = wide_client.get("/", query_string={"q": "Schule partei:cdu", "sort": "neueste"}).get_data(as_text=True)
    facet = page.split('data-facet="partei"')[1].split("</section>")[0]
    assert re.search(r'<a class="selected" aria-current="true" href="/\?q=Schule&amp;sort=neueste">✓ CDU ', facet)
    assert "<strong>CDU</strong>" in page  # the timeline's party choice
    # … and the rest of the page says so too: „alle“ leads back to every party, the filter counts, the caption names it
    parties = page.split('<p class="timeline-parties">')[1].split("</p>")[0]
    assert '<a href="/?q=Schule&amp;sort=neueste">alle</a>' in parties and "<strong>alle</strong>" not in parties
    assert "Eingrenzen (1 aktiv)" in page and "Treffer pro Jahr (Partei: CDU)" in page


def test_a_link_to_similar_answers_of_a_question_no_longer_held_says_so_and_links_the_document(client):
    """„Ähnliche Antworten zu Frage 7“ bookmarked from an earlier version (the site hands that link out under each
    answer) ended at „Das Dokument … hat keine Frage 7.“ with „Zur Suche“ alone; its page now says what the document
    page says of ``#frage-7`` and leads to the document."""
    response = client.get("/dokument/nw-17-6448/aehnlich?frage=7")
    page = unescape(response.get_data(as_text=True))
    assert response.status_code == 404
    assert "<h1>Das Dokument „nw-17-6448“ hat keine Frage 7.</h1>" in page
    assert (
        "<p>Es hat nur die Fragen 1 bis 5: Der Link stammt wohl aus einer früheren Fassung. "
        '<a href="/dokument/nw-17-6448">Zum Dokument</a></p>'
    ) in page


def test_anfragen_of_a_party_offer_the_party_filter_alone(wide_client):
    """„Anfragen der AfD“ offered „Meinten Sie Anfragen der partei:AfD?“, which lists the answers holding the word
    „Anfragen“ — a twelfth of the party's answers —; the words name the Anfragen, not a topic, so the offer is the
    filter alone."""
    page = wide_client.get("/", query_string={"q": "Anfragen der AfD"}).get_data(as_text=True)
    assert re.search(r'Meinten Sie\s*<a href="/\?q=partei%3AAfD">partei:AfD</a>\?', page)
    offered = wide_client.get("/api/search", query_string={"q": "Kleine Anfragen der AfD jahr:2026"}).get_json()
    assert offered["suggestion"] == "partei:AfD jahr:2026"
    listed = {
        q: wide_client.get("/api/search", query_string={"q": q}).get_json()["total"]
        for q in ("partei:AfD", "Anfragen partei:AfD")
    }
    assert listed["partei:AfD"] > 10 * listed["Anfragen partei:AfD"]


def test_found_as_closes_the_quotation_a_phrase_is_found_in(tmp_path):
    """The Bundestag writes the fund's name in quotes: "Sondervermögen Bundeswehr" was „gefunden als: Sondervermögen
    „Bundeswehr (Wortgruppe)“, a quotation the line opened and never closed."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    shutil.copy(BUNDESTAG / "bt-21-908.txt", corpus)
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    page = client.get("/", query_string={"q": '"Sondervermögen Bundeswehr"'}).get_data(as_text=True)
    assert found_as(page) == ["Sondervermögen „Bundeswehr“ (Wortgruppe)"]


def test_a_drucksache_cited_without_its_period_beside_its_parliament_is_offered(wide_client):
    """A list of sources cites „Drs. 11221 (Niedersachsen)“; typed so — or „6448 Landtag NRW“ — it listed answers
    lacking „11221“ and offered nothing, while „Drs. 11221“ alone offers „Drs. 19/11221“."""
    offers = {
        typed: wide_client.get("/api/search", query_string={"q": typed}).get_json()["suggestion"]
        for typed in ("Drs. 11221 Niedersachsen", "6448 Landtag NRW", "Drs. 6448 Niedersachsen", "Drs. 11221 Bayern")
    }
    assert offers == {
        "Drs. 11221 Niedersachsen": "Drs. 19/11221 Niedersachsen",
        "6448 Landtag NRW": "Drs. 17/6448 Landtag NRW",
        "Drs. 6448 Niedersachsen": None,  # NRW's Drucksache, not Niedersachsen's
        "Drs. 11221 Bayern": None,  # a parliament the archive lacks: no offer that ends in an error
    }
    followed = wide_client.get("/api/search", query_string={"q": "Drs. 19/11221 Niedersachsen"}).get_json()
    assert {hit["doc_id"] for hit in followed["hits"]} == {"ni-19-11221"}


def test_the_syntax_helps_filters_each_find_answers_in_an_archive_of_the_bundestag(tmp_path):
    """The „Suchsyntax“ under the search field names filters to try; on an archive of the Bundestag
    „partei:SPD“, „fragesteller:Holsten“ and „drucksache:17/6448“ were errors („Keine Partei „SPD“ im Archiv“) and
    „datum:2019“ found nothing: each now takes a value of the archive and lists answers."""
    corpus, index = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for text in sorted(BUNDESTAG.glob("bt-21-*.txt"))[:6]:
        shutil.copy(text, corpus)
    build_index(corpus, index)
    client = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()
    filters = _syntax_filters(client)
    assert [typed.split(":")[0] for typed in filters] == ["ministerium", "partei", "fragesteller", "drucksache"] + [
        "datum"
    ] * 2
    assert "drucksache:17/6448" not in filters
    for typed in filters:
        found = client.get("/api/search", query_string={"q": typed}).get_json()
        assert found.get("total"), (typed, found)
    # the archive grows while the site serves: the shipped Drucksache is now there, and the help names it
    shutil.copy(SHIPPED / "nw-17-6448.txt", corpus)
    build_index(corpus, index)
    assert "drucksache:17/6448" in _syntax_filters(client)


def _syntax_filters(client) -> list[str]:
    """The filters the „Suchsyntax“ under the search field names."""
    page = client.get("/", query_string={"q": "Bundesregierung"}).get_data(as_text=True)
    helped = page.split("<summary>Suchsyntax</summary>")[1].split("</details>")[0].split("Filter:")[1]
    return [unescape(code) for code in re.findall(r"<code>([^<]*)</code>", helped)]


def test_an_asker_named_with_von_der_and_their_party_is_offered_with_the_party(wide_client):
    """„Bothe von der AfD“ offered „Anfragen von Bothe mit „von der AfD“: 1 Antwort“ — the one answer of his holding
    „AfD“ —, though „Bothe AfD“ offers all his Anfragen with the party's filter."""
    page = unescape(wide_client.get("/", query_string={"q": "Bothe von der AfD"}).get_data(as_text=True))
    assert re.search(r"Anfragen von Bothe \(AfD\): \d{2} Antworten", page)
    assert "mit „von der AfD“" not in page
    offers = [
        wide_client.get("/api/search", query_string={"q": typed}).get_json()["asker"]
        for typed in ("Bothe AfD", "Bothe der AfD", "Bothe (Fraktion der AfD)")
    ]
    assert offers[0]["answers"] > 10 and offers[1:] == offers[:1] * 2


def test_an_asker_copied_with_a_comma_is_offered(wide_client):
    """A list of members prints „Bothe, Stephan“, a citation „Stephan Bothe, AfD“: pasted so, the page said
    „0 Antworten“ and offered nothing (the comma made „Bothe,“ no asker's name), while „Bothe Stephan“ offers his
    Anfragen."""
    offers = {
        typed: wide_client.get("/api/search", query_string={"q": typed}).get_json()["asker"]
        for typed in ("Bothe, Stephan", "Stephan Bothe, AfD", "Bothe Stephan")
    }
    assert offers["Bothe, Stephan"] == offers["Bothe Stephan"] and offers["Bothe Stephan"]["answers"] > 10
    assert (offers["Stephan Bothe, AfD"]["fragesteller"], offers["Stephan Bothe, AfD"]["partei"]) == (
        "Stephan Bothe",
        "AfD",
    )
    page = unescape(wide_client.get("/", query_string={"q": "Bothe, Stephan"}).get_data(as_text=True))
    followed = re.search(r'<a href="([^"]*fragesteller=[^"]*)"', page)
    assert followed and wide_client.get(followed.group(1)).status_code == 200
    assert "Anfragen von Bothe Stephan: " in page
