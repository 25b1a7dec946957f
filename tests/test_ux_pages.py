"""What a newcomer sees first: the home page, the timeline, the search page's wording, the
document page of a long answer, the Excel export and the subscribe page."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from html import unescape

import pytest

from indexer import IndexStore
from indexer.search.filters import Filters
from web.app import create_app

from .quality_corpus import _doc

SEED_ID = "nw-17-6448"


def bars(page: str) -> dict[int, tuple[int, str]]:
    """The timeline's bars: year → (count, link)."""
    found = re.findall(r'<a href="([^"]+)" class="bar[^"]*" data-year="(\d+)" data-count="(\d+)"', page)
    return {int(year): (int(count), unescape(href)) for href, year, count in found}


def test_home_page_shows_the_corpus_and_example_searches(client):
    page = client.get("/").get_data(as_text=True)
    # documents, not answers: the search page counts the answer to each question
    assert "Im Archiv: 1 Dokument" in page
    assert 'href="/?parlament=nw">Landtag Nordrhein-Westfalen</a> <span class="n">(1 Dokument)</span>' in page
    assert "Beispielsuchen" in page and 'href="/?q=%22Kosten+der+Unterkunft%22"' in page
    assert "Neueste Antworten" in page and f'href="/dokument/{SEED_ID}"' in page
    # one year is no span: „aus den Jahren 2019 bis 2019“ (seventeenth new-user pass)
    assert '<p class="meta">Antworten aus dem Jahr 2019.</p>' in page


def example_links(client) -> list[str]:
    """The links of the start page's example searches."""
    page = client.get("/").get_data(as_text=True)
    return [unescape(link) for link in re.findall(r'<li><a href="(/\?q=[^"]+)"><code>', page)]


def test_every_example_search_of_the_start_page_finds_answers_in_this_archive(client):
    """An archive of one answer of the SPD from 2019: „Schule partei:CDU“ was an error there („Keine Partei „CDU“ im
    Archiv“), as on an archive of the Bundestag, and „Polizei datum:2025..2026“ found nothing (twenty-sixth new-user
    pass).  A filter's example takes a value the archive holds."""
    links = example_links(client)
    assert "/?q=Kosten+partei:SPD" in links and "/?q=Kosten+datum:2018..2019" in links
    for link in links:
        found = client.get(link).get_data(as_text=True)
        assert re.search(r'<p class="count" role="status">\s*[1-9][0-9]* Antwort', found), link


@pytest.mark.shared
def test_home_page_of_the_wide_corpus_counts_answers_per_landtag(wide_client, wide_engine):
    page = wide_client.get("/").get_data(as_text=True)
    total = wide_engine.document_count()
    assert f"Im Archiv: {total} Dokumente" in page
    assert 'Niedersächsischer Landtag</a> <span class="n">(' in page
    newest = re.findall(r'<section class="newest".*?</section>', page, re.S)[0]
    assert newest.count('class="hit"') == 5 and ".07.2026" in newest


def test_the_newest_answers_are_the_dated_ones_first(tmp_path):
    """The shipped corpus's undated texts (sn-6-8014, bb-6-3541) led „Neueste Antworten“ above the answers of 2026."""
    answer = [("Wie viele?", "Drei.")]
    IndexStore(tmp_path).build(
        [
            _doc(5001, "Alt", answer, date_answered=dt.date(2020, 1, 1)),
            _doc(5002, "Ohne Datum", answer),
            _doc(5003, "Neu", answer, date_answered=dt.date(2026, 1, 1)),
        ]
    )
    app = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path), "CORPUS_DIR": str(tmp_path)})
    page = app.test_client().get("/").get_data(as_text=True)
    newest = re.findall(r'<section class="newest".*?</section>', page, re.S)[0]
    assert re.findall(r'href="/dokument/([^"#]+)"', newest) == ["ni-19-5003", "ni-19-5001", "ni-19-5002"]


def test_parliament_names_instead_of_codes(client):
    page = client.get("/?q=Arbeit").get_data(as_text=True)
    facet = re.search(r'data-facet="parlament".*?</section>', page, re.S).group(0)
    assert "Landtag Nordrhein-Westfalen" in facet and ">nw <" not in facet
    assert "Landtag Nordrhein-Westfalen · Drucksache 17/6448" in page


@pytest.mark.shared
def test_timeline_counts_are_exact_and_each_bar_filters_by_its_year(wide_client, wide_engine):
    page = wide_client.get("/?q=Landesregierung").get_data(as_text=True)
    chart = bars(page)
    assert chart, "keine Zeitleiste"
    for year, (count, href) in chart.items():
        assert count == wide_engine.search("Landesregierung", filters=Filters(jahr=(year,))).total
        assert href == f"/?q=Landesregierung&jahr={year}"
    empty = re.findall(r'<g class="bar empty" data-year="(\d+)" data-count="0">', page)
    assert not set(map(int, empty)) & set(chart)  # a year without answers is drawn, but no link
    # … nor in the table beside it, whose link led to „Kein Jahr „2018“ im Archiv“ or to no answer
    table = re.findall(r"<tbody>(.*?)</tbody>", page, re.S)[0]
    assert empty and all(f"<td>{year}</td><td>0</td>" in table for year in empty)
    linked = re.findall(r'<a href="[^"]*jahr=(\d+)">\d+</a></td><td>(\d+)</td>', table)
    assert linked and {int(year): int(count) for year, count in linked} == {year: n for year, (n, _) in chart.items()}
    assert 'role="group" aria-labelledby="zeitleiste-titel"' in page and "<table>" in page
    assert "Treffer pro Jahr" in page
    narrowed = bars(wide_client.get("/?q=Landesregierung&partei=CDU").get_data(as_text=True))
    for year, (count, _) in narrowed.items():
        filters = Filters(jahr=(year,), partei=("CDU",))
        assert count == wide_engine.search("Landesregierung", filters=filters).total


def test_timeline_on_the_seed(client, engine):
    page = client.get("/?q=Arbeit").get_data(as_text=True)
    assert bars(page) == {2019: (engine.search("Arbeit").total, "/?q=Arbeit&jahr=2019")}
    assert "Fragende Partei:" in page and 'href="/?q=Arbeit&amp;partei=SPD"' in page


def test_a_page_beyond_the_last_shows_the_last(client):
    page = client.get("/?q=Arbeit&page=99").get_data(as_text=True)
    assert "Seite 99 gibt es nicht – die Suche hat 1 Seite; hier die letzte." in page
    assert "Seite 99 von" not in page and page.count('<li class="hit') == 5
    page = client.get("/?q=Arbeit&per_page=2&page=99").get_data(as_text=True)
    assert "Seite 3 von 3" in page and page.count('<li class="hit') == 1 and "die Suche hat 3 Seiten" in page


def test_meinten_sie_appears_once(client):
    page = client.get("/?q=Arbietsmarkt").get_data(as_text=True)
    assert page.count("Meinten Sie") == 1


def test_snippet_shows_the_answer_not_the_question_again(client):
    """„Haushaltslage“ is only in question 5: the question is shown, then the answer's passage — which marks no
    other compound of „Haushalt“ („Haushaltssicherungskonzepts“): the hit met the word itself, in the question."""
    page = client.get("/?q=Haushaltslage").get_data(as_text=True)
    question = re.search(r'<p class="question">(.*?)</p>', page, re.S).group(1)
    snippet = re.search(r'<p class="snippet">(.*?)</p>', page, re.S).group(1)
    assert "Frage 5: Wie wird die Landesregierung Kommunen mit schwieriger" in question
    assert "Wie wird die Landesregierung" not in snippet  # before: the question, a second time
    assert snippet.startswith("Im Einvernehmen mit dem Ministerium") and "<mark>" not in snippet


def test_the_question_that_holds_the_word_marks_it(client):
    """„Haushaltslage“ is only in question 5: the page marked it nowhere, neither in the question nor the answer's
    passage below, and left the reader to look for it."""
    page = client.get("/?q=Haushaltslage").get_data(as_text=True)
    question = re.search(r'<p class="question">(.*?)</p>', page, re.S).group(1)
    assert question.count("<mark>") == 1 and "<mark>Haushaltslage</mark>" in question


def test_count_line_reads_naturally(client):
    page = client.get("/?q=Arbeit&sort=neueste").get_data(as_text=True)
    assert "Antworten für „Arbeit“ · neueste zuerst" in page and "sortiert nach" not in page
    assert "· nach Relevanz sortiert" in client.get("/?q=Arbeit").get_data(as_text=True)


def test_document_page_has_parliament_wahlperiode_and_unanswered_questions(client, engine):
    page = client.get(f"/dokument/{SEED_ID}").get_data(as_text=True)
    assert "<dt>Parlament</dt><dd>Landtag Nordrhein-Westfalen</dd>" in page
    assert "<dt>Wahlperiode</dt><dd>17. Wahlperiode</dd>" in page
    assert 'class="questions"' not in page  # five questions: no list needed
    assert "keine Antwort" not in page


@pytest.mark.shared
def test_long_document_lists_its_questions_and_says_when_one_has_no_answer(wide_client, wide_engine):
    document = wide_engine.document("ni-19-11181")
    page = wide_client.get("/dokument/ni-19-11181").get_data(as_text=True)
    listing = re.search(r'<nav class="questions".*?</nav>', page, re.S).group(0)
    assert f"{len(document.questions)} Fragen" in listing
    assert listing.count('<a href="#frage-') == len(document.questions) >= 40
    unanswered = [q for q in document.questions if not q.answer and not q.answered_with]
    assert page.count("Zu dieser Frage enthält das Dokument keine Antwort.") == len(unanswered)


@pytest.mark.shared
def test_footnote_urls_are_links_without_line_break_hyphens(wide_client):
    page = wide_client.get("/dokument/ni-19-11140").get_data(as_text=True)
    url = "https://www.gwk-bonn.de/fileadmin/Redaktion/Dokumente/Pressemitteilungen/BLV_Modernisierung-Sanierung.pdf"
    assert f'<a href="{url}">{url}</a>' in page and "Sanie-rung" not in page


def test_excel_csv_has_semicolons_bom_and_the_new_columns(client):
    response = client.get("/export-excel.csv?q=Arbeit")
    text = response.get_data(as_text=True)
    assert text.startswith(
        "\ufeffrang;dokument;frage;titel;parlament;drucksache;drucksache_anfrage;datum;fragesteller;partei"
    )
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert rows and rows[0]["parlament"] == "Landtag Nordrhein-Westfalen" and rows[0]["partei"] == "SPD"
    assert rows[0]["fragesteller"].startswith("Nadja Lüders (SPD); Volkan Baran (SPD)")
    plain = client.get("/export.csv?q=Arbeit").get_data(as_text=True)
    assert plain.startswith("\ufeffrang,dokument,frage,titel,parlament,")


@pytest.mark.shared
def test_csv_names_the_question_drucksache(wide_client):
    rows = list(
        csv.DictReader(
            io.StringIO(wide_client.get("/export.csv?q=Bestattungsrecht").get_data(as_text=True).lstrip("\ufeff"))
        )
    )
    assert any(r["dokument"] == "ni-19-11134" and r["drucksache_anfrage"] == "19/10805" for r in rows)


def test_subscribe_page_explains_feeds_and_offers_the_url(client):
    search = client.get("/?q=Arbeit").get_data(as_text=True)
    assert 'href="/abonnieren?q=Arbeit"' in search
    page = client.get("/abonnieren?q=Arbeit").get_data(as_text=True)
    assert 'value="http://localhost/feed.atom?q=Arbeit&amp;sort=neueste"' in page
    assert "Feed-Reader" in page and "Per E-Mail" in page and "Adresse kopieren" in page
    assert client.get("/abonnieren").status_code == 400
