"""Finding answers by who asked (the seed nw-17-6448 was asked by Nadja Lüders, Volkan Baran, Armin Jahl
and Anja Butschkau, whose names no text of it contains): the ``fragesteller`` filter in the URL, the box,
the API and the panel, and a query of a name offered that filter instead of a respelling."""

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from whoosh.index import open_dir

from indexer import Engine, IndexOutdatedError, IndexStore
from indexer.model import Asker, Document, Question
from indexer.search.filters import Filters
from web.cli import main

ASKERS = ("Nadja Lüders", "Volkan Baran", "Armin Jahl", "Anja Butschkau")


@pytest.mark.parametrize(
    "params",
    [
        "fragesteller=Butschkau",  # the surname alone
        "fragesteller=Nadja+L%C3%BCders",  # the whole name
        "fragesteller=Lueders",  # ü typed as ue
        "fragesteller=nadja",  # any word of the name, any case
        "q=fragesteller:Baran",  # typed into the box
        "q=fragesteller:%22Volkan+Baran%22+Transfer",  # quoted, with words
    ],
)
def test_answers_are_found_by_who_asked(client, params):
    data = client.get(f"/api/search?{params}").get_json()
    assert data["total"] >= 1
    assert {hit["doc_id"] for hit in data["hits"]} == {"nw-17-6448"}
    assert data["filters"]["fragesteller"]


@pytest.mark.parametrize("value", ["adja", "Lüdersen", "Baran Jahl Schmidt", "N", "N."])  # an initial names nobody
def test_a_name_matches_from_the_start_of_its_words_only(client, value):
    response = client.get("/api/search", query_string={"fragesteller": value})
    assert response.status_code == 400
    assert response.get_json()["error"].startswith(f"Kein Fragesteller „{value}“ im Archiv; bekannt: ")


def test_each_asker_of_a_document_counts_in_the_panel(client):
    facets = client.get("/api/search?q=Arbeit").get_json()["facets"]
    counts = {item["value"]: item["count"] for item in facets["fragesteller"]}
    total = client.get("/api/search?q=Arbeit&fragesteller=Baran").get_json()["total"]
    assert counts == dict.fromkeys(ASKERS, total)
    page = client.get("/?q=Arbeit").get_data(as_text=True)
    assert '<section class="facet" data-facet="fragesteller">' in page
    assert "fragesteller=Anja+Butschkau" in page
    chip = client.get("/?q=Arbeit&fragesteller=Butschkau").get_data(as_text=True)
    assert "Fragesteller: Butschkau" in chip


def test_a_query_of_an_askers_name_is_offered_their_filter_not_another_word(client):
    page = client.get("/?q=Nadja+Lüders").get_data(as_text=True)
    total = client.get("/api/search?fragesteller=Nadja+L%C3%BCders").get_json()["total"]
    assert f"Anfragen von Nadja Lüders: {total} Antworten" in page
    assert "fragesteller=Nadja+L%C3%BCders" in page
    assert "Meinten Sie" not in page
    data = client.get("/api/search?q=Butschkau").get_json()
    assert data["total"] == 0 and data["partial"] == 0  # no respelling into another word finds something
    assert data["asker"] == {"fragesteller": "Butschkau", "partei": None, "query": "", "answers": total}
    assert data.get("suggestion") is None


def test_a_name_with_other_words_is_offered_the_filter_with_those_words_in_the_cli(runner):
    result = runner("search", "Baran Transfer")
    assert result.exit_code == 0, result.output
    assert 'Anfragen von Baran mit „Transfer“: 1 Antwort (fragesteller:"Baran" Transfer)' in result.output


def test_the_offer_stands_above_answers_that_lack_the_name(client):
    page = client.get("/?q=Baran+Transfer").get_data(as_text=True)  # one answer has „Transfer“ but not „Baran“
    assert "Anfragen von Baran mit „Transfer“: 1 Antwort" in page
    assert "q=Transfer&amp;fragesteller=Baran" in page


def test_a_word_of_the_texts_is_never_taken_for_a_name(client):
    assert "asker" not in client.get("/api/search?q=Transfer").get_json()


def test_an_index_built_before_the_asker_facet_is_rebuilt(tmp_path):
    index = tmp_path / "index"
    IndexStore(index).build([_document()])
    writer = open_dir(str(IndexStore(index).current_path())).writer()
    writer.remove_field("fragesteller")
    writer.commit(merge=False)
    with pytest.raises(IndexOutdatedError, match="fragesteller"):
        Engine(index).search("Schulen")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    from click.testing import CliRunner

    repaired = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "check", "--repair"])
    assert repaired.exit_code == 0, repaired.output
    assert not IndexStore(index).outdated()


def test_a_name_one_letter_from_a_word_of_the_texts_is_not_corrected_into_it(tmp_path):
    """„Eike Holsten“ was respelt „Eine Holsten“ and its surname matched as „Holstein“."""
    index = tmp_path / "index"
    IndexStore(index).build([_document()])
    for query in ("Eike Holsten", "Holsten"):
        results = Engine(index).search(query)
        assert (results.total, results.partial, results.suggestion) == (0, 0, None)
        assert results.asker is not None and (results.asker.name, results.asker.answers) == (query, 1)
    assert Engine(index).search("Holstin").partial or Engine(index).search("Holstin").total  # a typo still is one


def test_an_askers_name_with_accents_is_found_typed_without_them(tmp_path):
    """„Mirze Koçak“ (Bundestag): staff type ``Kocak``; the filter and the offer of the filter find the asker as
    they find „Köhler“ typed ``Koehler``."""
    document = replace(_document(), askers=(Asker("Mirze Koçak", "SPD"),))
    index = tmp_path / "index"
    IndexStore(index).build([document])
    engine = Engine(index)
    for typed in ("Kocak", "Koçak", "Mirze Kocak"):
        results = engine.search(typed)
        assert results.asker is not None and results.asker.answers == 1, typed
        assert engine.search("", filters=Filters(fragesteller=(typed,))).total == 1, typed


def _document() -> Document:
    return Document(
        id="ni-18-5100",
        parliament="ni",
        wahlperiode=18,
        drucksache="18/5100",
        title="Schulen",
        questions=(Question(1, "Gibt es eine Gefahr für Schulen im Holstein-Kreis?", ("Keine Schule ist bedroht.",)),),
        askers=(Asker("Eike Holsten", "CDU"),),
    )


@pytest.fixture(scope="module")
def titled_client(tmp_path_factory):
    """Björn Thümler asked ni-19-11220 and, as „Dr. h. c. Björn Thümler“, ni-19-11217; „Dr. Ingo Kerzel“ ni-19-11221;
    Martina Machulla ni-19-11252, whose answers name a „Dr.“ but no Kerzel."""
    import shutil

    from click.testing import CliRunner

    from web.app import create_app

    from .conftest import SEED

    corpus = tmp_path_factory.mktemp("titled-corpus")
    for doc_id in ("ni-19-11217", "ni-19-11220", "ni-19-11221", "ni-19-11252"):
        for suffix in (".txt", ".json"):
            shutil.copy(SEED / f"{doc_id}{suffix}", corpus)
    index = tmp_path_factory.mktemp("titled-index")
    built = CliRunner().invoke(main, ["--corpus", str(corpus), "--index", str(index), "build"])
    assert built.exit_code == 0, built.output
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_title_makes_no_other_person_in_the_panel(titled_client):
    """„Björn Thümler“ and „Dr. h. c. Björn Thümler“ are one value of the panel, counting the answers of both."""
    both = titled_client.get("/api/search", query_string={"q": "Niedersachsen"}).get_json()
    names = {item["value"]: item["count"] for item in both["facets"]["fragesteller"]}
    assert [name for name in names if "Thümler" in name] == ["Björn Thümler"]
    assert "Ingo Kerzel" in names and "Dr. Ingo Kerzel" not in names
    plain = titled_client.get("/api/search", query_string={"fragesteller": "Björn Thümler", "per_page": 100}).get_json()
    assert {hit["doc_id"] for hit in plain["hits"]} == {"ni-19-11217", "ni-19-11220"}
    narrowed = {"q": "Niedersachsen", "fragesteller": "Björn Thümler"}
    assert names["Björn Thümler"] == titled_client.get("/api/search", query_string=narrowed).get_json()["total"]
    for typed in ("Dr. h. c. Björn Thümler", "Thümler"):
        found = titled_client.get("/api/search", query_string={"fragesteller": typed}).get_json()
        assert found["total"] == plain["total"], typed


@pytest.mark.parametrize(
    "query, shown",
    [
        ("fragesteller:Dr. Kerzel", "Dr. Kerzel"),
        ('fragesteller:"Dr. Ingo Kerzel"', "Dr. Ingo Kerzel"),
        ("fragesteller:Dr. h. c. Thümler", "Dr. h. c. Thümler"),
        ('fragesteller:"Dr. h. c. Björn Thümler"', "Dr. h. c. Björn Thümler"),
        ("fragesteller:Dr Kerzel", "Dr Kerzel"),
    ],
)
def test_an_asker_typed_with_the_title_is_filtered_whole(titled_client, query, shown):
    """The title belongs to the name: ``fragesteller:Dr. Kerzel`` is no filter ``Dr.`` and a search for ``Kerzel``."""
    name = shown.split()[-1]
    data = titled_client.get("/api/search", query_string={"q": query}).get_json()
    assert data["filters"]["fragesteller"] == [shown]
    assert data["total"] == titled_client.get("/api/search", query_string={"fragesteller": name}).get_json()["total"]
    assert data["total"] > 0
    page = titled_client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert f"{data['total']} Antworten für „" in page and "Keine Antwort enthält" not in page


@pytest.mark.parametrize("query", ["Dr. Ingo Kerzel", "Dr Ingo Kerzel", "Dr. Kerzel"])
def test_a_search_for_an_asker_with_the_title_is_offered_the_filter(titled_client, query):
    """As the facets and citations print it, the name with its title is offered the asker's answers."""
    total = titled_client.get("/api/search", query_string={"fragesteller": "Kerzel"}).get_json()["total"]
    data = titled_client.get("/api/search", query_string={"q": query}).get_json()
    assert data["asker"] == {"fragesteller": query, "partei": None, "query": "", "answers": total}
    page = titled_client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert f"Anfragen von {query}: {total} Antworten" in page


@pytest.mark.parametrize("query", ["Dr. Ingo Kerzel", "Dr. Kerzel"])
def test_a_search_for_an_askers_name_lists_no_answers_that_only_share_the_title(titled_client, query):
    """No text names Dr. Ingo Kerzel; answers holding only „Dr.“ (of someone else) are not about him: the page offers
    his answers and lists none that lack his name, as for a name no text holds a word of."""
    data = titled_client.get("/api/search", query_string={"q": query}).get_json()
    assert data["asker"]["fragesteller"] == query
    assert (data["total"], data["partial"], data["hits"]) == (0, 0, [])
    page = titled_client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert 'class="hit' not in page and "nicht alle Begriffe selbst enthalten" not in page
    assert page.index("Keine Antwort gefunden.") < page.index(f"Anfragen von {query}: ")
    relaxed = titled_client.get("/api/search", query_string={"q": "Dr. Wasserstoff Kerzel"}).get_json()
    assert relaxed["partial"] > 0 and "asker" not in relaxed  # other words besides the name: relaxed as before


def test_a_title_before_a_word_of_the_texts_is_no_name(titled_client):
    assert "asker" not in titled_client.get("/api/search", query_string={"q": "Dr. Wasserstoff"}).get_json()


def test_a_long_token_after_a_title_is_read_at_once():
    """Title words are matched without backtracking: a query token of a title and many letters
    (``Dr.aaaa…1``) took seconds per letter pair before and could hang a search worker."""
    code = "from indexer.askers import is_title; assert not is_title('Dr.' + 'a' * 60 + '1')"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=20, cwd=Path(__file__).parents[1])


def test_words_that_name_no_one_asker_together_are_searched_not_refused(tmp_path):
    """„Robert Koch Institut“: „Robert“ and „Koch“ are words of two askers' names, but no asker is „Robert Koch“; the
    search said „Kein Fragesteller „Robert Koch“ im Archiv“ and listed nothing at all."""
    index = tmp_path / "index"
    documents = [
        replace(_document(), id=f"ni-18-{number}", drucksache=f"18/{number}", askers=(Asker(name, "SPD"),))
        for number, name in ((5101, "Robert Habeck"), (5102, "Anna Koch"))
    ]
    IndexStore(index).build(documents)
    results = Engine(index).search("Robert Koch Institut")
    assert (results.total, results.asker) == (0, None)
    assert Engine(index).search("Robert Habeck").asker is not None  # a known asker is still offered
