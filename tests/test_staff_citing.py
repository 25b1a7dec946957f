"""What a parliamentary group's research office copies from the archive (sixteenth new-user pass): the citation of
a jointly answered question, and the filters staff type as they speak (``Innenministerium``, ``06/2019``,
``Frau Butter``, ``Birgit Butter (CDU)``)."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace

import bibtexparser
import pytest
import rispy

from indexer import Asker, Document, Engine, IndexStore, Question
from web import create_app

from .conftest import SEED
from .search_helpers import one_answer

FRAGE = "Frage "  # a joint answer's link names its question whole, seen and read out: „Frage 3“, not „3“


@pytest.fixture(scope="module")
def joint_client(tmp_path_factory):
    """The shipped Mecklenburg-Vorpommern answer whose questions 2 to 4 are answered together, and the seed."""
    from indexer import build_index

    corpus, index = tmp_path_factory.mktemp("joint-corpus"), tmp_path_factory.mktemp("joint-index")
    for source in [*SEED.glob("mv-7-345.*"), *SEED.glob("nw-17-6448.*")]:
        shutil.copy(source, corpus / source.name)
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_jointly_answered_question_is_cited_as_the_joint_answer(joint_client):
    """„Die Fragen 2 bis 4 werden zusammenhängend beantwortet.“: the text a staff member quotes under question 3 answers
    questions 2 to 4, and a Vermerk cites it so; the copied citation said „Antwort zu Frage 3“."""
    page = joint_client.get("/dokument/mv-7-345").get_data(as_text=True)
    assert "LT-Drs. 7/345, Antwort zu den Fragen 2 bis 4. Landtag Mecklenburg-Vorpommern" in page
    assert "LT-Drs. 7/345, Antwort zu Frage 1. Landtag" in page  # answered alone
    cited = joint_client.get("/api/dokument/mv-7-345/zitat?frage=3").get_json()
    assert cited["short"].endswith(", LT-Drs. 7/345, Antwort zu den Fragen 2 bis 4")
    assert cited["url"].endswith("/dokument/mv-7-345#frage-3")  # the link still opens at the question cited

    bibtex = bibtexparser.parse_string(joint_client.get("/dokument/mv-7-345/zitat.bib?frage=3").get_data(as_text=True))
    assert bibtex.entries[0].fields_dict["title"].value.endswith("– Antwort zu den Fragen 2 bis 4")
    ris = rispy.loads(joint_client.get("/dokument/mv-7-345/zitat.ris?frage=4").get_data(as_text=True))
    assert ris[0]["title"].endswith("– Antwort zu den Fragen 2 bis 4")
    csl = json.loads(joint_client.get("/dokument/mv-7-345/zitat.json?frage=2").get_data(as_text=True))
    assert csl[0]["title"].endswith("– Antwort zu den Fragen 2 bis 4")


@pytest.mark.parametrize(
    "typed, other",
    [
        ("06/2019", "07/2019"),
        ("6.2019", "7.2019"),
        ('"Juni 2019"', '"Juli 2019"'),
        ("Juni.2019", "Mai.2019"),
        ('"Jun. 2019"', '"Jan. 2019"'),  # a name cut short, as tables write it („Sept. 2019“)
    ],
)
def test_a_month_is_taken_as_staff_write_it(client, typed, other):
    """„Antworten aus 06/2019“: the filter said „„06/2019“ ist kein Datum“ and took only 2019-06."""
    found = client.get("/api/search", query_string={"q": f"datum:{typed}"})
    assert found.status_code == 200, found.get_json()
    assert found.get_json()["total"] == 5 and found.get_json()["filters"]["von"] == "2019-06-01"
    assert client.get("/api/search", query_string={"q": f"datum:{other}"}).get_json()["total"] == 0


def test_a_month_range_in_the_url_and_a_month_that_is_none(client):
    found = client.get("/api/search", query_string={"q": "Arbeit", "von": "05/2019", "bis": "06.2019"}).get_json()
    assert found["total"] and (found["filters"]["von"], found["filters"]["bis"]) == ("2019-05-01", "2019-06-30")
    wrong = client.get("/api/search", query_string={"q": "datum:13/2019"})
    assert wrong.status_code == 400 and wrong.get_json()["error"].startswith("„13/2019“ ist kein Datum. Erlaubt sind")
    unquoted = client.get("/api/search", query_string={"q": "datum:Juni 2019"}).get_json()["error"]
    assert unquoted.startswith(
        '„Juni“ ist kein Datum; ein Monat mit Jahr steht in Anführungszeichen: datum:"Juni 2019".'
    )
    for typed in ('"Sept. 2019"', '"Jan. 2019"', '"Mär 2019"'):
        assert client.get("/api/search", query_string={"q": f"datum:{typed}"}).status_code == 200, typed
    assert client.get("/api/search", query_string={"q": 'datum:"Ju 2019"'}).status_code == 400  # Juni or Juli


@pytest.mark.parametrize(
    "typed, printed, word",
    [
        ("Innenministerium", "Niedersächsisches Ministerium für Inneres, Sport und Digitalisierung", "Inneres"),
        (
            "Gesundheitsministerium",
            "Niedersächsisches Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung",
            "Gesundheit",
        ),
    ],
)
def test_a_ministry_typed_by_its_portfolio_in_one_word(wide_client, typed, printed, word):
    """``ministerium:Innenministerium`` said „Kein Ministerium „Innenministerium“ im Archiv; ähnlich:
    Justizministerium“ while the archive holds the „Ministerium für Inneres, Sport und Digitalisierung“."""
    found = wide_client.get("/api/search", query_string={"q": f"ministerium:{typed}", "per_page": 100})
    assert found.status_code == 200, found.get_json()
    ministries = {hit["ministry"] for hit in found.get_json()["hits"]}
    assert printed in ministries and all(word in ministry for ministry in ministries)
    assert wide_client.get("/api/search", query_string={"q": "ministerium:Bundesinnenministerium"}).status_code == 400


def ministries_filtered(index, printed: dict[str, str]):
    """An index of one answer per document, each by the ministry ``printed`` gives its id; the ids of the answers a
    ``ministerium:`` filter typed so selects."""
    from dataclasses import replace

    from indexer import Engine, IndexStore
    from indexer.search.filters import Filters

    from .search_helpers import one_answer

    answers = [
        replace(one_answer(doc_id, "Kosten", "Die Kosten sind gestiegen."), ministry=name)
        for doc_id, name in printed.items()
    ]
    IndexStore(index).build(answers)
    engine = Engine(index)

    def ministries(typed: str) -> set[str]:
        return {hit.doc_id for hit in engine.search("Kosten", filters=Filters(ministerium=(typed,))).hits}

    return ministries


def test_a_printed_one_word_ministry_selects_only_itself(tmp_path):
    """Clicking „Finanzministerium“ (Schleswig-Holstein prints it so) in the facet panel brought in the
    „Bundesministerium der Finanzen“ too: the portfolio match is for a word that is no printed name's part."""
    ministries = ministries_filtered(
        tmp_path, {"sh-18-5069": "Finanzministerium", "bt-21-1021": "Bundesministerium der Finanzen"}
    )
    assert ministries("Finanzministerium") == {"sh-18-5069"}
    assert ministries("Bundesfinanzministerium") == {"bt-21-1021"}  # no printed name holds it


def test_departments_named_without_ministerium_and_abbreviations(tmp_path):
    """``ministerium:Innenministerium`` left out Berlin's „Senatsverwaltung für Inneres und Sport“ and Hamburg's
    „Behörde für Inneres und Sport“; ``ministerium:MI`` took every ministry, „MI“ being part of „Ministerium“."""
    from indexer import QueryError

    printed = {
        "ni-19-1": "Niedersächsisches Ministerium für Inneres, Sport und Digitalisierung",
        "be-19-2": "Senatsverwaltung für Inneres und Sport",
        "hh-22-3": "Behörde für Inneres und Sport",
        "hb-21-4": "Der Senator für Inneres und Sport",
        "ni-19-5": "Niedersächsisches Kultusministerium",
        "bt-21-6": "Bundesministerium der Verteidigung",
        "bt-21-7": "Bundesministerium für Verkehr",
        "bt-21-8": "Bundesministerium des Innern",
    }
    ministries = ministries_filtered(tmp_path, printed)
    assert ministries("Innenministerium") == {"ni-19-1", "be-19-2", "hh-22-3", "hb-21-4", "bt-21-8"}
    assert ministries("Landesinnenministerium") == {"ni-19-1", "be-19-2", "hh-22-3", "hb-21-4"}
    assert ministries("MI") == {"ni-19-1"}
    assert ministries("MK") == {"ni-19-5"}
    assert ministries("BMVg") == {"bt-21-6"}  # not the „Bundesministerium für Verkehr“
    assert ministries("BMI") == {"bt-21-8"}
    assert ministries("Inneres") == {"ni-19-1", "be-19-2", "hh-22-3", "hb-21-4"}  # a part of the name, as before
    with pytest.raises(QueryError, match=r"Kein Ministerium „MX“ im Archiv \(eine Abkürzung gilt für die Ministerien"):
        ministries("MX")


def test_an_abbreviation_takes_the_ministries_it_spells_completely_and_capitals_still_name_a_part(tmp_path):
    """``BMF`` also took the „Bundesministerium für Forschung, Technologie und Raumfahrt“ (its initials begin with
    B, M, F), ``MI`` the „Ministerium für Infrastruktur …“; ``MdI`` and ``INNERES`` (capitals, so „an abbreviation“)
    were „Kein Ministerium … im Archiv“ though main found them."""
    printed = {
        "bt-21-1": "Bundesministerium der Finanzen",
        "bt-21-2": "Bundesministerium für Forschung, Technologie und Raumfahrt",
        "bt-21-3": "Bundesministerium des Innern und für Heimat",
        "bb-7-4": "Ministerium des Innern und für Kommunales",
        "bb-7-5": "Ministerium für Infrastruktur und Landesplanung",
        "sh-20-6": "Ministerium für Inneres, ländliche Räume, Integration und Gleichstellung",
        "ni-19-7": "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz",
    }
    ministries = ministries_filtered(tmp_path, printed)
    assert ministries("BMF") == {"bt-21-1"}
    assert ministries("BMFTR") == {"bt-21-2"}
    assert ministries("BMI") == {"bt-21-3"}  # a second portfolio with its own „für“ may be left out
    assert ministries("MI") == {"bb-7-4"}
    assert ministries("MdI") == {"bb-7-4"}  # a small „d“ for „des“
    assert ministries("MU") == {"ni-19-7"}  # spelled completely by none: the ones whose initials it begins
    assert ministries("INNERES") == {"sh-20-6"}  # a part of the name, as on main
    assert ministries("FINANZEN") == {"bt-21-1"}


def test_an_office_is_named_by_its_initials_and_an_abbreviation_of_none_by_no_part_of_a_word(tmp_path):
    """``ministerium:AA`` (the Auswärtiges Amt, which answers 429 held Bundestag answers) took the „Staatskanzlei“
    and the „Bundesministerium für Digitales und Staatsmodernisierung“ instead: „aa“ is inside „Staat“."""
    from indexer import QueryError

    printed = {
        "bt-21-1": "Auswärtiges Amt",
        "bt-21-2": "Bundesministerium für Digitales und Staatsmodernisierung",
        "ni-19-3": "Niedersächsische Staatskanzlei",
    }
    ministries = ministries_filtered(tmp_path, printed)
    assert ministries("AA") == {"bt-21-1"}
    assert ministries("Staat") == {"bt-21-2", "ni-19-3"}  # a part of a name, as before
    with pytest.raises(QueryError, match=r"Kein Ministerium „TA“ im Archiv \(eine Abkürzung gilt"):
        ministries("TA")  # inside „Staat“, the start of no word


def offer(client, query: str):
    return client.get("/api/search", query_string={"q": query}).get_json().get("asker")


def test_an_asker_typed_with_a_form_of_address_or_the_party_is_offered(wide_client):
    """„Frau Butter“, „Abgeordnete Birgit Butter“ and „Birgit Butter (CDU)“ — as letters, pages and citations write a
    member — found nothing and offered no filter (or „Anfragen von Butter mit „Frau“: 1 Antwort“)."""
    alone = offer(wide_client, "Birgit Butter")
    assert alone and alone["answers"] > 1
    for typed in ("Frau Butter", "Abgeordnete Birgit Butter", "Herrn Abg. Butter"):
        said = offer(wide_client, typed)
        assert said and said["answers"] == alone["answers"] and said["query"] == "" and said["partei"] is None, typed
        assert "Frau" not in said["fragesteller"] and "Abg" not in said["fragesteller"]
    for typed in ("Birgit Butter (CDU)", "Butter CDU"):
        said = offer(wide_client, typed)
        assert said and (said["partei"], said["answers"], said["query"]) == ("CDU", alone["answers"], ""), typed
    assert offer(wide_client, "Butter SPD") is None  # not her party: no answers of hers, no offer

    page = wide_client.get("/", query_string={"q": "Birgit Butter (CDU)"}).get_data(as_text=True)
    assert "Anfragen von Birgit Butter (CDU): " in page
    link = page.split('class="asker-offer"><a href="')[1].split('"')[0].replace("&amp;", "&")
    assert "partei=CDU" in link and "fragesteller=Birgit+Butter" in link
    assert wide_client.get(link.replace("/?", "/api/search?")).get_json()["total"] == alone["answers"]


def test_a_request_for_an_askers_anfragen_offers_that_asker(wide_client):
    """„Anfragen von Birgit Butter“ offered nothing (no answer of hers holds „Anfragen“), „Kleine Anfrage Birgit
    Butter“ only her answers holding „Kleine Anfrage“; staff ask for a member's Anfragen so."""
    alone = offer(wide_client, "Birgit Butter")
    for typed in ("Anfragen von Birgit Butter", "Kleine Anfragen von Butter", "Kleine Anfrage der Abgeordneten Butter"):
        said = offer(wide_client, typed)
        assert said and (said["answers"], said["query"]) == (alone["answers"], ""), typed
        assert "Anfrage" not in said["fragesteller"] and "von" not in said["fragesteller"]
    data = wide_client.get("/api/search", query_string={"q": "Anfragen von Birgit Butter"}).get_json()
    assert (data["total"], data["partial"]) == (0, 0)  # the offer stands alone, as for the name alone


def test_a_request_for_anfragen_is_no_part_of_a_name_spelt_with_von(tmp_path):
    """„Anfragen von Peter Bonhof“ offered no one on the Bundestag's archive: „von“ is a word of some askers' names
    (Beatrix von Storch), so the name read „von Peter Bonhof“, which is nobody's."""
    documents = [
        Document(
            id=f"bt-21-{number}",
            parliament="bt",
            wahlperiode=21,
            drucksache=f"21/{number}",
            title=title,
            askers=(Asker(name, "AfD"),),
            questions=(Question(1, "Wie viele?", ("Zwölf.",)),),
        )
        for number, title, name in ((9801, "Windkraft", "Beatrix von Storch"), (9802, "Pflege", "Peter Bonhof"))
    ]
    IndexStore(tmp_path).build(documents)
    engine = Engine(tmp_path)
    for typed in ("Anfragen von Peter Bonhof", "Anfragen von Bonhof", "Anfragen von Beatrix von Storch"):
        results = engine.search(typed)
        assert results.asker is not None and results.asker.answers == 1, typed
        assert not results.asker.words and "Anfragen" not in results.asker.name, typed


def test_a_date_typed_alone_offers_the_answers_of_that_day(client):
    """Staff remember „die Antwort vom 04.06.2019“: no text holds the date so, and the page said nothing at all."""
    for typed in ("04.06.2019", "4.6.2019", "2019-06-04"):
        data = client.get("/api/search", query_string={"q": typed}).get_json()
        assert (data["total"], data["suggestion"]) == (0, "datum:04.06.2019"), typed
    page = client.get("/", query_string={"q": "04.06.2019"}).get_data(as_text=True)
    assert "Meinten Sie" in page and "datum:04.06.2019</a>" in page
    assert client.get("/api/search", query_string={"q": "datum:04.06.2019"}).get_json()["total"] == 5
    assert client.get("/api/search", query_string={"q": "05.06.2019"}).get_json()["suggestion"] is None


def test_a_month_typed_alone_offers_the_answers_of_that_month(client):
    """„Juni 2019“ (staff remember the month of an answer) listed answers holding „2019“ or „Juni“ somewhere and
    offered nothing, where „04.06.2019“ offers its day."""
    for typed in ("Juni 2019", "Jun. 2019", "juni 2019"):
        data = client.get("/api/search", query_string={"q": typed}).get_json()
        assert (data["total"], data["suggestion"]) == (0, "datum:06.2019"), typed
    assert client.get("/api/search", query_string={"q": "datum:06.2019"}).get_json()["total"] == 5
    assert client.get("/api/search", query_string={"q": "Juli 2019"}).get_json()["suggestion"] is None


def assert_offers(client, offers: dict[str, str | None]) -> None:
    """Each typed query finds no answer holding every word and offers its filter (None: nothing), which finds the
    seed's three answers naming the Teilhabechancengesetz."""
    for typed, offered in offers.items():
        data = client.get("/api/search", query_string={"q": typed}).get_json()
        assert (data["total"], data["suggestion"]) == (0, offered), typed
        if offered is not None:
            assert client.get("/api/search", query_string={"q": offered}).get_json()["total"] == 3, offered


def test_a_month_or_day_typed_beside_words_offers_them_in_that_period(client):
    """„Teilhabechancengesetz Juni 2019“ — staff name the topic and when the answer came — found no answer holding
    every word (the answers do not print their own date) and offered nothing; the words alone with the month's or the
    day's filter find the answers.  Typed filters stay in the offer (thirtieth new-user pass)."""
    assert_offers(
        client,
        {
            "Teilhabechancengesetz Juni 2019": "Teilhabechancengesetz datum:06.2019",
            "Teilhabechancengesetz im Juni 2019": "Teilhabechancengesetz datum:06.2019",
            "Juni 2019 Teilhabechancengesetz": "datum:06.2019 Teilhabechancengesetz",
            "Teilhabechancengesetz 04.06.2019": "Teilhabechancengesetz datum:04.06.2019",
            "Teilhabechancengesetz Juni 2019 partei:SPD": "Teilhabechancengesetz datum:06.2019 partei:SPD",
            # the filter typed already: the words dropped, not the filter written twice (second review)
            "datum:06.2019 Teilhabechancengesetz Juni 2019": "datum:06.2019 Teilhabechancengesetz",
            # two spaces typed (text copied): the typed filter stayed out of the offer (review of the pass)
            "Teilhabechancengesetz Juni  2019 partei:SPD": "Teilhabechancengesetz datum:06.2019 partei:SPD",
            "Teilhabechancengesetz Juli 2019": None,  # no answer of that month
        },
    )
    page = client.get("/", query_string={"q": "Teilhabechancengesetz Juni 2019"}).get_data(as_text=True)
    assert "Meinten Sie" in page and "Teilhabechancengesetz datum:06.2019</a>" in page


def test_a_ministry_typed_beside_words_offers_them_from_that_ministry(client):
    """„Teilhabechancengesetz Sozialministerium“ — staff name the topic and the ministry that answered — found no
    answer holding every word (an answer rarely names the ministry answering it) and offered nothing, though
    ``ministerium:`` takes the ministry so; the offer names the filter, only where the ministry answered (thirtieth
    new-user pass)."""
    assert_offers(
        client,
        {
            "Teilhabechancengesetz Sozialministerium": "Teilhabechancengesetz ministerium:Sozialministerium",
            "Teilhabechancengesetz MAGS": "Teilhabechancengesetz ministerium:MAGS",
            "Teilhabechancengesetz Innenministerium": None,  # no answer of that ministry
            "Teilhabechancengesetz AfD": None,  # no ministry at all
        },
    )


def test_a_period_or_a_parliament_typed_beside_words_offers_its_filter(client):
    """„Teilhabechancengesetz 17. Wahlperiode“, „… Landtag NRW“ — staff name the period or the parliament as a
    citation does — found no answer holding every word and offered nothing; ``wahlperiode:`` and ``parlament:`` take
    them so.  None where the period or parliament holds no such answer (thirtieth new-user pass)."""
    assert_offers(
        client,
        {
            "Teilhabechancengesetz 17. Wahlperiode": "Teilhabechancengesetz wahlperiode:17",
            "Teilhabechancengesetz WP 17": "Teilhabechancengesetz wahlperiode:17",
            "Teilhabechancengesetz Landtag NRW": "Teilhabechancengesetz parlament:nw",
            "Teilhabechancengesetz Landtag Nordrhein-Westfalen": "Teilhabechancengesetz parlament:nw",
            "Teilhabechancengesetz 18. Wahlperiode": None,
            "Teilhabechancengesetz Bundestag": None,
        },
    )


def test_a_party_typed_beside_words_offers_its_filter(client):
    """„Teilhabechancengesetz SPD“ — staff look for the answers to a party's Anfragen — found no answer holding every
    word (answers seldom name the asking party) and offered nothing, though ``partei:SPD`` takes it so (thirtieth
    new-user pass)."""
    assert_offers(
        client,
        {
            "Teilhabechancengesetz SPD": "Teilhabechancengesetz partei:SPD",
            "Teilhabechancengesetz CDU": None,  # no such answer to the CDU's Anfragen
            # named by the party's name, as the facet names it (review of the pass)
            "Teilhabechancengesetz SPD-Fraktion": "Teilhabechancengesetz partei:SPD",
            # never inside a filter typed before the words (second review)
            "partei:SPD Teilhabechancengesetz SPD": "partei:SPD Teilhabechancengesetz",
            "Teilhabechancengesetz spd": "Teilhabechancengesetz partei:SPD",
        },
    )


def test_abbreviations_no_ministry_has_leave_the_parliament_its_try(tmp_path):
    """Every word of capitals is a ministry's name to the offers, and the first three were tried: „KI“, „DSL“ and
    „WLAN“, which no ministry of the archive is called, used up the tries before „Landtag NRW“ (review of the thirtieth
    pass).  Only the filters searched count."""
    IndexStore(tmp_path).build(
        [one_answer("nw-17-7101", "Digitale Teilhabe", "Das Teilhabechancengesetz fördert KI, DSL und WLAN.")]
    )
    offered = Engine(tmp_path).search("Teilhabechancengesetz KI DSL WLAN Landtag NRW").suggestion
    assert offered == "Teilhabechancengesetz KI DSL WLAN parlament:nw"


def test_an_adjective_written_small_offers_no_party(tmp_path):
    """„grüne Anleihen“ are green bonds, not the Grünen's Anfragen on bonds: a party's name written small is an
    adjective („grüne“, „linke“), offered as a party only where the word is its abbreviation („spd“) (review of the
    thirtieth pass)."""
    document = replace(
        one_answer("ni-19-7101", "Nachhaltige Finanzen", "Das Land gibt Anleihen aus."),
        askers=(Asker("Imke Byl", "GRÜNE"),),
    )
    volt = replace(
        one_answer("ni-19-7102", "Solarparks", "Der Solarpark leistet 5 Megawatt; Anleihen sind nicht geplant."),
        askers=(Asker("Anna Muster", "Volt"),),
    )
    IndexStore(tmp_path).build([document, volt])
    engine = Engine(tmp_path)
    assert engine.search("grüne Anleihen").suggestion is None
    assert engine.search("volt Anleihen").suggestion is None  # a unit written small, no party
    assert engine.search("Grüne Anleihen").suggestion == "partei:Grüne Anleihen"


@pytest.fixture(scope="module")
def hamburg_client(tmp_path_factory):
    """Two Hamburg answers, the later citing the earlier („Im Übrigen siehe Drs. 21/8963.“)."""
    from indexer import build_index

    from .conftest import PROJECT

    corpus, index = tmp_path_factory.mktemp("cited-corpus"), tmp_path_factory.mktemp("cited-index")
    for doc_id in ("hh-21-18543", "hh-21-8963"):
        shutil.copy(PROJECT / "tests" / "fixtures" / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_a_drucksache_cited_in_an_answer_is_one_click_away(hamburg_client):
    """„Im Übrigen siehe Drs. 21/8963.“ was plain text: staff copied the number into the search box."""
    page = hamburg_client.get("/dokument/hh-21-18543").get_data(as_text=True)
    cited = 'Im Übrigen siehe <a class="cited" href="/?q=Drs.+21/8963&amp;parlament=hh">Drs. 21/8963</a>.'
    assert cited in page
    followed = hamburg_client.get("/api/search?q=Drs.+21/8963&parlament=hh").get_json()
    assert followed["hits"][0]["doc_id"] == "hh-21-8963" and followed["hits"][0]["question"] is None
    # the Vorbemerkung cites another parliament's Drucksache by name: the link asks that parliament
    # (without its filter: the archive holds no Thüringen answer here, and „Kein Parlament „th““ helped no one)
    assert '<a class="cited" href="/?q=Drs.+6/816">Drs. 6/816</a>, Thüringer Landtag' in page
    assert hamburg_client.get("/api/search?q=Drs.+6/816").status_code == 200
    marked = hamburg_client.get("/dokument/hh-21-18543?q=21/8963").get_data(as_text=True)
    assert 'parlament=hh">Drs. <mark>21/8963</mark></a>.' in marked
    # the links are found before the search's words are marked: the same with a word marked after or in them
    named = hamburg_client.get("/dokument/hh-21-18543?q=Thüringer+Landtag").get_data(as_text=True)
    assert '?q=Drs.+6/816">Drs. 6/816</a>, <mark>Thüringer</mark> <mark>Landtag</mark>' in named
    prefixed = hamburg_client.get("/dokument/hh-21-18543?q=Drs").get_data(as_text=True)
    assert '<a class="cited" href="/?q=Drs.+21/8963&amp;parlament=hh"><mark>Drs</mark>. 21/8963</a>.' in prefixed


def test_the_document_page_names_joint_questions_and_co_ministries_in_german(joint_client):
    """„Gemeinsam beantwortet mit Fragen 3 und 4“ and „im Einvernehmen mit Ministerium für Heimat …“ lacked the
    article a Vermerk needs."""
    joint = " ".join(joint_client.get("/dokument/mv-7-345").get_data(as_text=True).split())
    assert f'Gemeinsam beantwortet mit <a href="#frage-3">{FRAGE}3</a> und <a href="#frage-4">{FRAGE}4</a>.' in joint
    seed = " ".join(joint_client.get("/dokument/nw-17-6448").get_data(as_text=True).split())
    assert (
        "<dd>Ministerium für Arbeit, Gesundheit und Soziales, im Einvernehmen mit dem Ministerium für Heimat, "
        "Kommunales, Bau und Gleichstellung</dd>"
    ) in seed


def test_the_exported_list_carries_each_answers_citation(joint_client):
    """A list of hits for a spreadsheet had every fact of an answer but its citation: staff pieced it together."""
    import csv
    import io

    text = joint_client.get("/export-excel.csv", query_string={"q": "Volksverhetzung"}).get_data(as_text=True)
    rows = {(row["dokument"], row["frage"]): row for row in csv.DictReader(io.StringIO(text[1:]), delimiter=";")}
    page = joint_client.get("/api/dokument/mv-7-345/zitat?frage=3").get_json()
    assert rows[("mv-7-345", "3")]["zitat"] == page["short"]
    assert rows[("mv-7-345", "1")]["zitat"].endswith("LT-Drs. 7/345, Antwort zu Frage 1")
    plain = joint_client.get("/export.csv", query_string={"q": "Arbeit"}).get_data(as_text=True)
    first = next(csv.DictReader(io.StringIO(plain[1:])))
    assert first["zitat"].startswith("Antwort der Landesregierung vom 4. Juni 2019 auf die Kleine Anfrage 2509")


def test_the_json_export_carries_the_same_citation_as_the_csv(joint_client):
    """``export.json`` had every fact of a row but the citation the CSV's „zitat“ column carries."""
    import csv
    import io

    exported = joint_client.get("/export.json", query_string={"q": "Volksverhetzung"}).get_json()["hits"]
    text = joint_client.get("/export.csv", query_string={"q": "Volksverhetzung"}).get_data(as_text=True)
    column = {(row["dokument"], row["frage"]): row["zitat"] for row in csv.DictReader(io.StringIO(text[1:]))}
    assert {(hit["doc_id"], str(hit["question"])): hit["citation"] for hit in exported} == column
    joint = next(hit for hit in exported if (hit["doc_id"], hit["question"]) == ("mv-7-345", 3))
    assert joint["citation"] == joint_client.get("/api/dokument/mv-7-345/zitat?frage=3").get_json()["short"]
    assert joint["citation"].endswith("LT-Drs. 7/345, Antwort zu den Fragen 2 bis 4")


def test_a_joint_answer_with_a_gap_is_cited_by_its_runs():
    """„Die Fragen 1 bis 3 und 5 werden gemeinsam beantwortet.“ is cited so, not as „den Fragen 1, 2, 3 und 5“ (a
    Bundestag answer of questions 1 to 3 and 7 to 30 listed all 27 numbers)."""
    from indexer.ingest.load import load_document
    from indexer.output.citation import Citation

    from .conftest import PROJECT

    document = load_document(PROJECT / "tests" / "fixtures" / "cut" / "bt-21-1367.txt")
    assert Citation(document, 5).short().endswith("BT-Drs. 21/1367, Antwort zu den Fragen 1 bis 3 und 5")


def test_a_bundestag_citation_names_the_anfrages_drucksache_as_the_bundestag_writes_it(tmp_path):
    """„auf die Kleine Anfrage (Drs. 21/1045) …, BT-Drs. 21/1189“: the Bundestag's texts write „BT-Drs.“ or
    „Bundestagsdrucksache“, never a bare „Drs.“; and the Drucksache copied from the citation leads to the answer."""
    from indexer import build_index

    from .conftest import PROJECT

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(PROJECT / "tests" / "fixtures" / "bt-21-1189.txt", corpus)
    build_index(corpus, tmp_path / "index")
    client = create_app({"TESTING": True, "INDEX_DIR": str(tmp_path / "index"), "CORPUS_DIR": str(corpus)})
    cited = client.test_client().get("/api/dokument/bt-21-1189/zitat?frage=1").get_json()["short"]
    assert "auf die Kleine Anfrage (BT-Drs. 21/1045) der Abgeordneten " in cited
    assert cited.endswith("der Fraktion der AfD, BT-Drs. 21/1189, Antwort zu den Fragen 1 bis 3")  # answered jointly
    page = client.test_client().get("/dokument/bt-21-1189").get_data(as_text=True)
    assert "(BT-Drs. 21/1045)" in page and "(Drs. 21/1045)" not in page  # the document page writes it alike
    found = client.test_client().get("/api/search", query_string={"q": "BT-Drs. 21/1045, Frage 1"}).get_json()
    assert (found["hits"][0]["doc_id"], found["hits"][0]["question"]) == ("bt-21-1189", 1)


def test_a_party_of_several_words_after_a_name_is_the_party(tmp_path):
    """„Nicole Gohlke (Die Linke)“, as our pages print an asker, offered her with the words „(Die Linke)“ to search;
    „Nicole Gohlke Linke“ offered nothing: „Linke“ is also an asker's surname, so no asker had all three words."""
    from dataclasses import replace

    from indexer import Engine, IndexStore
    from indexer.model import Asker

    from .search_helpers import one_answer

    askers = {
        "bt-21-1001": Asker("Nicole Gohlke", "Die Linke"),
        "bt-21-1002": Asker("Caren Linke", "CDU"),
        "he-21-1003": Asker("Tarek Al-Wazir", "BÜNDNIS 90/DIE GRÜNEN"),
    }
    answers = [
        replace(one_answer(doc_id, "Hochschulen", "Die Mittel steigen."), askers=(asker,))
        for doc_id, asker in askers.items()
    ]
    IndexStore(tmp_path).build(answers)
    engine = Engine(tmp_path)
    for typed, name, party in (
        ("Nicole Gohlke (Die Linke)", "Nicole Gohlke", "Die Linke"),
        ("Nicole Gohlke (DIE LINKE)", "Nicole Gohlke", "Die Linke"),
        ("Nicole Gohlke Linke", "Nicole Gohlke", "Die Linke"),
        ("Tarek Al-Wazir (BÜNDNIS 90/DIE GRÜNEN)", "Tarek Al-Wazir", "BÜNDNIS 90/DIE GRÜNEN"),
        ("Caren Linke", "Caren Linke", None),  # the surname stays a name
    ):
        said = engine.search(typed).asker
        assert said is not None and (said.name, said.party, said.words, said.answers) == (name, party, "", 1), typed


def test_every_number_of_a_cited_list_is_a_link_and_the_documents_own_is_none(tmp_path):
    """„Drucksachen 19/4931 und 19/10242“ linked the first number only; a signature line's own number linked the page
    to a search for itself."""
    from indexer import IndexStore

    from .search_helpers import one_answer

    text = "Auf die Drucksachen 19/4931 und 19/10242 wird verwiesen. Siehe Drs. 6/816 (Thüringen). Drucksache 19/7001"
    index = tmp_path / "index"
    IndexStore(index).build([one_answer("sl-19-7001", "Schulen", text)])
    app = create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(tmp_path)})
    page = app.test_client().get("/dokument/sl-19-7001").get_data(as_text=True)
    assert '<a class="cited" href="/?q=Drs.+19/4931&amp;parlament=sl">Drucksachen 19/4931</a> und ' in page
    assert '<a class="cited" href="/?q=Drs.+19/10242&amp;parlament=sl">19/10242</a> wird verwiesen.' in page
    assert "(Thüringen). Drucksache 19/7001" in page
    # a parliament named in brackets, not the citing one's; the archive holds no Thüringen answer: no filter
    assert '<a class="cited" href="/?q=Drs.+6/816">Drs. 6/816</a> (Thüringen)' in page
