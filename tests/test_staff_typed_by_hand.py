"""What a parliamentary staff member meets typing addresses by hand and following searches (thirty-ninth pass): a
search the site cannot run is said in German with the status 400 on every page that shows it, as the API, the exports
and the feed answer it; a feed reader sees an undated answer unchanged from poll to poll."""

import datetime as dt
import html
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from indexer import build_index
from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"
ATOM = "{http://www.w3.org/2005/Atom}"


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


@pytest.fixture(scope="module")
def brandenburg_client(tmp_path_factory):
    """Two Brandenburg answers: bb-6-10346 prints no date of its own nor of its Kleine Anfrage, bb-6-3541 the
    Anfrage's („Wortlaut der Kleinen Anfrage 1385 vom 20. Januar 2016“); the first came into the archive on
    14 January 2019 at noon."""
    corpus = tmp_path_factory.mktemp("corpus")
    for name in ("bb-6-10346", "bb-6-3541"):
        shutil.copy(FIXTURES / f"{name}.txt", corpus / f"{name}.txt")
    arrived = dt.datetime(2019, 1, 14, 12, 0, tzinfo=dt.UTC).timestamp()
    os.utime(corpus / "bb-6-10346.txt", (arrived, arrived))
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def feed_times(client, query: str) -> tuple[str, dict[str, str]]:
    root = ET.fromstring(client.get("/feed.atom", query_string={"q": query}).get_data())
    entries = {entry.findtext(f"{ATOM}id"): entry.findtext(f"{ATOM}updated") for entry in root.iter(f"{ATOM}entry")}
    return root.findtext(f"{ATOM}updated"), entries


def test_an_undated_answer_keeps_its_time_in_the_feed(brandenburg_client):
    """An answer that prints no date was stamped with the time of each request in the Atom feed: a feed reader
    polling „parlament:bb“ saw it changed at every poll.  It has the time it came into the archive, at every poll;
    an answer dated by its Anfrage keeps that date."""
    feed_updated, entries = feed_times(brandenburg_client, "parlament:bb")
    assert entries["http://localhost/dokument/bb-6-10346#frage-1"] == "2019-01-14T12:00:00Z"
    assert entries["http://localhost/dokument/bb-6-10346#frage-2"] == "2019-01-14T12:00:00Z"
    assert entries["http://localhost/dokument/bb-6-3541#frage-1"] == "2016-01-20T00:00:00Z"
    assert feed_updated == "2019-01-14T12:00:00Z"  # the newest change the feed holds
    assert feed_times(brandenburg_client, "parlament:bb") == (feed_updated, entries)


@pytest.mark.parametrize("typed", ["/dokument/17/6448", "/dokument/nw/17/6448", "/dokument/17%2F6448"])
def test_a_drucksache_typed_with_its_slash_opens_its_document(client, typed):
    """Staff write a Drucksache with its slash: ``/dokument/17/6448`` (or the pasted ``17%2F6448``) said „Diese Seite
    gibt es nicht.“, though ``/dokument/17-6448`` opens the document; now it does too, a question's link kept."""
    page = client.get(typed, follow_redirects=True)
    assert page.status_code == 200 and page.request.path == "/dokument/nw-17-6448"
    assert "Drucksache 17/6448" in html.unescape(page.get_data(as_text=True))
    answer = client.get(f"{typed}?frage=2", follow_redirects=True)
    assert answer.request.path == "/dokument/nw-17-6448" and answer.history[-1].location.endswith("#frage-2")


def test_a_drucksache_typed_with_its_slash_the_archive_lacks_says_what_an_id_is(client):
    page = client.get("/dokument/19/1234", follow_redirects=True)
    text = html.unescape(page.get_data(as_text=True))
    assert page.status_code == 404
    assert "„19-1234“ ist keine Kennung eines Dokuments" in text and "Diese Seite gibt es nicht." not in text


@pytest.fixture(scope="module")
def nachfrage_client(tmp_path_factory):
    """Schleswig-Holstein's Nachfrage sh-18-3566: Kleine Anfrage and answer are one Drucksache, 18/3566; the askers'
    Vorbemerkung cites the answers it follows up („… bei der Beantwortung der Kleinen Anfrage, Drs. 18/3391, …“)."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(FIXTURES / "sh-18-3566.txt", corpus / "sh-18-3566.txt")
    index = tmp_path_factory.mktemp("index")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_drucksache_the_askers_vorbemerkung_cites_is_not_their_anfrages(nachfrage_client):
    """The citation named Drs. 18/3391 — an earlier answer the Vorbemerkung quotes — as the Kleine Anfrage's own
    Drucksache: „… auf die Kleine Anfrage (Drs. 18/3391) von Dr. Heiner Garg (FDP), LT-Drs. 18/3566“."""
    cited = nachfrage_client.get("/api/dokument/sh-18-3566/zitat").get_json()
    assert cited["short"] == (
        "Antwort der Landesregierung vom 24. November 2015 auf die Kleine Anfrage von Dr. Heiner Garg (FDP), "
        "LT-Drs. 18/3566"
    )
    for fmt in ("bib", "ris", "json"):  # the title names it („Nachfrage zu den Drs. 18/3391 und 18/3489“), no note
        cited_file = nachfrage_client.get(f"/dokument/sh-18-3566/zitat.{fmt}").get_data(as_text=True)
        assert "(Drs. 18/3391)" not in cited_file and "Kleine Anfrage von Dr. Heiner Garg" in cited_file, fmt
    page = html.unescape(nachfrage_client.get("/dokument/sh-18-3566").get_data(as_text=True))
    facts = page.split('<dl class="facts">')[1].split("</dl>")[0]
    assert "18/3391" not in facts and "<dd>18/3566</dd>" in facts
    assert "Drs. 18/3391" in page  # the Vorbemerkung still cites it, as a link to its search


def test_the_page_of_an_undated_answer_says_its_date_was_not_read(brandenburg_client):
    """bb-6-10346's page listed Drucksache, Anfrage and askers but no „Datum der Antwort“ at all: a reader citing it
    could not tell a date missing from the page from one the archive did not read.  Its citation names none."""
    page = html.unescape(brandenburg_client.get("/dokument/bb-6-10346").get_data(as_text=True))
    assert (
        '<dt>Datum der Antwort</dt><dd class="undated">im Text nicht erkannt – Zitat und Exporte nennen darum keines; '
        "bitte am Original prüfen</dd>"
    ) in page
    dated_by_anfrage = html.unescape(brandenburg_client.get("/dokument/bb-6-3541").get_data(as_text=True))
    assert "<dd>1385 (Drs. 6/3367) vom 20.01.2016</dd>" in dated_by_anfrage
    assert "nennen darum keines (nur das der Anfrage); bitte am Original prüfen</dd>" in dated_by_anfrage
    short = brandenburg_client.get("/api/dokument/bb-6-10346/zitat").get_json()["short"]
    assert not re.search(r"\bvom\b|\d{4}", short.replace("6/10346", "").replace("6/10057", "").replace("4096", ""))
