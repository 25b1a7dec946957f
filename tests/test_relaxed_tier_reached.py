"""The answers after the full matches can be reached however many full matches there are, and what page and API say
around them — over a real index on a real HTTP server (mend round 25)."""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.request
from html import unescape

import pytest
from click.testing import CliRunner

from indexer import IndexStore
from web.app import create_app
from web.cli import main

from .conftest import serving
from .quality_corpus import _doc

HEAD_ONLY = "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Eleven answers naming the Deichsanierung, two more whose document's title alone names it (and a Sturmflut no
    answer names); the same for a hyphenated word beside another; 24 documents of 22 ministries."""
    index = tmp_path_factory.mktemp("reached")
    IndexStore(index).build(_documents())
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(index)})
    with serving(app) as base_url:
        yield base_url


def _documents() -> list:
    repairs = _doc(
        4200,
        "Deichsanierung an der Weser",
        [
            (f"Was kostet Abschnitt {n}?", f"Die Deichsanierung im Abschnitt {n} kostet {n} Mio. Euro.")
            for n in range(1, 12)
        ],
        ministry="Ministerium für Umwelt",
    )
    aller = _doc(
        4300,
        "Deichsanierung und Sturmflut an der Aller",
        [
            ("Welche Abschnitte werden erneuert?", "Drei Abschnitte bei Celle werden erneuert."),
            ("Wer trägt die Kosten?", "Das Land trägt die Kosten allein."),
        ],
        ministry="Ministerium für Landwirtschaft",
    )
    dykes = _doc(
        4500,
        "Deiche an der Elbe",
        [(f"Wie weit ist Los {n}?", f"Der Hochwasser-Schutz im Los {n} ist fertig.") for n in range(1, 12)],
        ministry="Ministerium für Umwelt",
    )
    celle = _doc(
        4501,
        "Hochwasser-Schutz im Los Celle",
        [("Wann wird gebaut?", "Ab dem Frühjahr."), ("Wer baut?", "Der Landkreis baut.")],
        ministry="Ministerium für Umwelt",
    )
    others = [
        _doc(
            4400 + n, f"Radwege im Landkreis {n}", [("Wie lang?", f"Die Radwege sind {n} Kilometer lang.")], ministry=m
        )
        for n, m in enumerate(f"Ministerium Nummer {n}" for n in range(20))
    ]
    return [repairs, aller, dykes, celle, *others]


def test_the_cli_says_on_which_page_the_answers_after_the_full_matches_begin(tmp_path):
    """As the web page („ab Seite 2“): the CLI's count of the answers after a page of full matches says where they are
    (it counted them only, the review found)."""
    IndexStore(tmp_path).build(_documents())
    said = CliRunner().invoke(main, ["--index", str(tmp_path), "search", "Deichsanierung"]).output
    assert said.startswith(
        "11 Antworten für „Deichsanierung“ · dazu 2 Antworten, die den Begriff nicht selbst enthalten "
        "(ab Seite 2: --page 2)\n"
    )
    last = CliRunner().invoke(main, ["--index", str(tmp_path), "search", "Deichsanierung", "--page", "2"]).output
    assert "(ab Seite" not in last.splitlines()[0] and HEAD_ONLY in last


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as response:
            return response.status, response.read().decode("utf-8-sig")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _text(page: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_answers_demoted_behind_a_page_of_full_matches_follow_its_last_page(site):
    """With ten full matches and more, the answers whose title alone holds the word were nowhere; now page 1 links
    to them, and they follow the full matches, labelled, counted neither in the total nor in the export."""
    _, first = _get(f"{site}/?q=Deichsanierung")
    assert "11 Antworten für „Deichsanierung“ · dazu 2 Antworten, die den Begriff nicht selbst enthalten" in _text(
        first
    )
    link = re.search(r'<p class="more-tier"><a href="([^"]+)">([^<]+)</a>', first)
    assert link is not None and link.group(2) == "2 weitere Antworten, die den Begriff nicht selbst enthalten"
    _, second = _get(site + unescape(link.group(1)))
    tier = second.split('id="weitere"', 1)[1]
    assert "Seite 2 von 2" in _text(second) and second.count('<li class="hit') == 3
    assert _text(tier).count(HEAD_ONLY) == 2 and "Deichsanierung und Sturmflut an der Aller" in _text(tier)
    _, exported = _get(f"{site}/export.csv?q=Deichsanierung")
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 11
    api = json.loads(_get(f"{site}/api/search?q=Deichsanierung")[1])
    assert (api["total"], api["partial"], api["partial_page"]) == (11, 2, 2)
    assert api["facets"]["ministerium"] == [{"value": "Ministerium für Umwelt", "count": 11}]
    later = json.loads(_get(site + api["links"]["partial"])[1])
    assert [hit["doc_id"] for hit in later["hits"]] == ["ni-19-4200", "ni-19-4300", "ni-19-4300"]
    newest = json.loads(_get(f"{site}/api/search?q=Deichsanierung&sort=neueste&per_page=20")[1])
    assert newest["partial"] == 0 and len(newest["hits"]) == 11  # a date-sorted list holds the full matches alone


def test_a_title_lends_a_hyphenated_word_behind_a_page_of_full_matches(site):
    """The answers whose title alone holds a hyphenated word (a positional query, not read over every answer then)
    and another follow the eleven full matches, as those of a plain word do."""
    api = json.loads(_get(f"{site}/api/search?q=Hochwasser-Schutz+Los")[1])
    assert (api["total"], api["partial"], api["partial_page"]) == (11, 2, 2)
    later = json.loads(_get(site + api["links"]["partial"])[1])
    assert [(hit["doc_id"], hit["missing"]) for hit in later["hits"][1:]] == [("ni-19-4501", [HEAD_ONLY])] * 2


def test_nothing_to_export_is_said_by_page_and_api(site):
    """No answer names the Sturmflut, two are listed: the exports would be empty files, and both say so."""
    notice = "Nichts herunterzuladen: Exporte enthalten nur Antworten mit dem Suchbegriff, keine der gelisteten."
    _, page = _get(f"{site}/?q=Sturmflut")
    assert notice in _text(page) and "export.csv" not in page
    api = json.loads(_get(f"{site}/api/search?q=Sturmflut")[1])
    assert (api["total"], api["partial"], api["export_notice"]) == (0, 2, notice)
    full = json.loads(_get(f"{site}/api/search?q=Deichsanierung")[1])
    assert "export_notice" not in full


def test_a_page_past_the_last_is_the_last_in_api_and_page_alike(site):
    said = "Seite 9 gibt es nicht – die Suche hat 2 Seiten; hier die letzte."
    _, page = _get(f"{site}/?q=Deichsanierung&page=9")
    api = json.loads(_get(f"{site}/api/search?q=Deichsanierung&page=9")[1])
    assert said in _text(page) and api["notice"] == said and api["page"] == 2
    assert page.count('<li class="hit') == len(api["hits"]) == 3


def test_a_page_size_past_the_most_is_said(site):
    said = "Höchstens 100 Antworten je Seite: statt der verlangten 500 stehen hier 100."
    _, page = _get(f"{site}/?q=Radwege&per_page=500")
    api = json.loads(_get(f"{site}/api/search?q=Radwege&per_page=500")[1])
    assert said in _text(page) and api["notice"] == said and api["per_page"] == 100


def test_a_ministry_like_none_of_many_names_some_and_that_a_part_suffices(site):
    status, body = _get(f"{site}/api/search?q=Radwege&ministerium=Quatsch")
    assert status == 400
    assert (
        "Kein Ministerium „Quatsch“ im Archiv; das Archiv kennt 22 Werte, etwa Ministerium Nummer 0, Ministerium "
        "Nummer 1, Ministerium Nummer 10; ein Teil des Namens genügt." in json.loads(body)["error"]
    )


def test_one_quoted_word_without_its_closing_mark_is_said(site):
    api = json.loads(_get(f"{site}/api/search?q=%22Radwege")[1])
    assert (
        api["notice"] == "Das Anführungszeichen vor „Radwege“ ist nicht geschlossen: gesucht wird das Wort „Radwege“."
    )
    assert api["total"] == 20
