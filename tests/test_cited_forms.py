"""Citations as staff type them (several questions, the file name's and the site's forms of a number) and clear
German messages for queries that cannot be searched."""

import re
from html import unescape
from pathlib import Path

import pytest

from indexer import Document, Engine, IndexStore, Question
from indexer.errors import QueryError
from indexer.search.filters import Filters
from indexer.search.syntax import extract_numbers
from tests.quality_corpus import _doc
from tests.search_helpers import engine_over, one_answer
from web.app import create_app


def cited(client, query):
    data = client.get("/api/search", query_string={"q": query}).get_json()
    return data["total"], [(hit["doc_id"], hit["question"]) for hit in data["hits"]], data.get("notice")


@pytest.mark.parametrize(
    "query, questions",
    [
        ("Drs. 17/6448 Fragen 3 und 4", [3, 4]),
        ("Drs. 17/6448, Fragen 3, 4", [3, 4]),
        ("Drs. 17/6448 Fragen 2 bis 4", [2, 3, 4]),
        ("Drs. 17/6448 Antwort zu den Fragen 1, 3 und 5", [1, 3, 5]),
        ("Drs. 17/6448 Ziffer 3", [3]),
        ("Drs. 17/6448 F. 3", [3]),
        ("Drs. 17/6448 Fragen 3 bis 9", [3, 4, 5]),  # the range as far as the document goes
        ('"Drs. 17/6448 Frage 3"', [3]),  # pasted with its quotes: a citation, no phrase of "Drs." and "Frage"
        ("„Drs. 17/6448, Fragen 3 und 4“", [3, 4]),
        # as staff join and lead them: each was the answer(s) and 100 to 176 others with a „3“, „Antwort“ or „u“
        ("Drs. 17/6448, Antwort auf Frage 2", [2]),
        ("Drs. 17/6448 Frage 3 und Frage 4", [3, 4]),
        ("Drs. 17/6448 Fragen 3 + 4", [3, 4]),
        ("Drs. 17/6448 Fr. 3 u. 4", [3, 4]),
        ("Drs. 17/6448 Fragen 3 u 4", [3, 4]),  # „u“ without its dot: was question „3u“, and „4“ a search word
        ("Drs. 17/6448 Frage 2 bis Frage 4", [2, 3, 4]),
        ("Drs. 17/6448 Frage 3 ff.", [3, 4, 5]),  # „ff.“: 3 and those after it (it was Frage 3 alone)
        ("Drs. 17/6448 Fragen 1 und 4 ff.", [1, 4, 5]),
        ("Drs. 17/6448 zu 3", [3]),  # as Niedersachsen and Berlin head an answer: „Zu 3:“, „Antwort zu 3:“
        ("Drs. 17/6448, Antwort zu 3 und 4", [3, 4]),
        # numbered as in chats and tickets: „#3“ was a search word, 184 answers with a „3“
        ("Drs. 17/6448 #3", [3]),
        ("Drs. 17/6448, # 3 und 4", [3, 4]),
        ("Drs. 17/6448 Frage #2", [2]),
        # each numbered on its own: the second „#4“ was a search word, 146 answers
        ("Drs. 17/6448 #3, #4", [3, 4]),
        ("Drs. 17/6448 #3 #4", [3, 4]),
        ("Drs. 17/6448 #3 und #4", [3, 4]),
        # before the number, as „Frage 3 Drs. 17/6448“ already was: „#3“ was a search word, 184 answers
        ("#3 Drs. 17/6448", [3]),
        ("#3, #4 Drs. 17/6448", [3, 4]),
    ],
)
def test_a_citation_of_several_questions_finds_those_answers(client, query, questions):
    total, hits, notice = cited(client, query)
    assert (total, hits, notice) == (len(questions), [("nw-17-6448", q) for q in questions], None)


@pytest.mark.parametrize("query", ["Drs. 17-6448", "nw-17-6448", "17/6.448", "Drucksache 17/6.448", "17-6448"])
def test_the_file_name_site_id_and_thousands_dot_find_the_document(client, query):
    """„17-6448“ alone, the PDF's name without „.pdf“, found nothing but „nur Wortteile: 17“ answers."""
    assert cited(client, query) == (1, [("nw-17-6448", None)], None)


def test_a_drucksache_number_typed_without_its_period_is_offered_with_it(client):
    """„6448“ alone found nothing and said only „Keine Antwort enthält den Suchbegriff „6448““."""
    data = client.get("/api/search?q=6448").get_json()
    assert (data["total"], data["suggestion"]) == (0, "Drs. 17/6448")
    page = client.get("/?q=6448").get_data(as_text=True)
    assert 'Meinten Sie <a href="/?q=Drs.+17%2F6448">Drs. 17/6448</a>?' in page
    assert client.get("/api/search?q=9999").get_json()["suggestion"] is None  # no Drucksache of that number


def test_a_kleine_anfrage_number_typed_alone_is_offered_as_such(client):
    """„2509“ (NRW's number of the Kleine Anfrage answered in Drs. 17/6448, as staff note it) found nothing and
    offered nothing, though „KA 2509“ finds the answer."""
    data = client.get("/api/search?q=2509").get_json()
    assert (data["total"], data["suggestion"]) == (0, "Kleine Anfrage 2509")
    page = client.get("/?q=2509").get_data(as_text=True)
    assert 'Meinten Sie <a href="/?q=Kleine+Anfrage+2509">Kleine Anfrage 2509</a>?' in page
    assert cited(client, "Kleine Anfrage 2509") == (1, [("nw-17-6448", None)], None)
    assert client.get("/api/search?q=Drs.+2509").get_json()["suggestion"] is None  # a Drucksache it is not


@pytest.mark.parametrize("query", ["Drs. 6448", "Drucksache 6448", "LT-Drs. 6448", "Drucksache Nr. 6448", "drs 6448"])
def test_a_cited_drucksache_without_its_period_is_offered_with_it(client, query):
    """Staff cite a half-remembered Drucksache as they write it, „Drs. 6448“: it found only answers holding some
    „6448“ and „Drs“ and offered nothing, where „6448“ alone offered „Drs. 17/6448“ (twenty-first new-user pass)."""
    data = client.get("/api/search", query_string={"q": query}).get_json()
    assert (data["total"], data["suggestion"]) == (0, "Drs. 17/6448")
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert 'Meinten Sie <a href="/?q=Drs.+17%2F6448">Drs. 17/6448</a>?' in page
    assert client.get("/api/search?q=Drs.+9999").get_json()["suggestion"] is None


@pytest.mark.parametrize(
    "query, typed", [("Drs. 17/", "Drs. 17/"), ("Arbeit LT-Drs. 17 /", "LT-Drs. 17 /"), ("17/", "17/")]
)
def test_a_drucksache_typed_without_its_number_says_so(client, query, typed):
    """„Drs. 17/“ (the number not remembered yet) listed answers holding „17“ somewhere and said nothing of the
    missing number (twenty-first new-user pass)."""
    note = (
        f"In „{typed}“ fehlt die Nummer der Drucksache nach dem Schrägstrich (z. B. Drs. 17/1234): gesucht werden die "
        "Wörter, keine Drucksache."
    )
    assert client.get("/api/search", query_string={"q": query}).get_json().get("notice") == note
    assert note in client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert client.get("/api/search", query_string={"q": "Kosten 1/"}).get_json().get("notice") is None  # no citation


@pytest.mark.parametrize(
    "query, typed", [("KA 7/", "KA 7/"), ("Kleine Anfrage - KA 7/ Arbeit", "Kleine Anfrage - KA 7/")]
)
def test_a_sachsen_anhalt_anfrage_typed_without_its_number_says_so(client, query, typed):
    """Sachsen-Anhalt's „KA 7/2151“ with the number not yet typed read 7 as the Anfrage's number: „Die zitierte Kleine
    Anfrage 7 ist nicht im Archiv.“ — the 7 is the Wahlperiode."""
    note = (
        f"In „{typed}“ fehlt die Nummer der Kleinen Anfrage nach dem Schrägstrich (z. B. KA 7/1234): gesucht werden "
        "die Wörter, keine Anfrage."
    )
    assert client.get("/api/search", query_string={"q": query}).get_json().get("notice") == note
    assert note in client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert cited(client, "KA 2509")[:2] == (1, [("nw-17-6448", None)])  # a number without a slash stays one


def test_numbers_joined_by_a_hyphen_beside_words_are_no_drucksache(client):
    assert cited(client, "Kinder 6-10 Jahre")[2] is None and cited(client, "10-100")[2] is None
    assert cited(client, "12-2024")[2] is None  # a month and its year


@pytest.mark.parametrize("query", ["50-1000", "10-1000", "3-4500"])
def test_numbers_joined_by_a_hyphen_of_no_archived_wahlperiode_are_no_drucksache(client, query):
    """„50-1000“ typed alone said „Die zitierte Drucksache 50/1000 ist nicht im Archiv.“: a PDF's name typed without
    „.pdf“ is read so only where the archive holds documents of its Wahlperiode; else the words are searched."""
    data = client.get("/api/search", query_string={"q": query}).get_json()
    assert (data["total"], data.get("notice")) == (0, None)
    assert "Drucksache" not in client.get("/", query_string={"q": query}).get_data(as_text=True)
    assert cited(client, "17-6448") == (1, [("nw-17-6448", None)], None)  # a Wahlperiode the archive holds
    assert cited(client, "50-1000.pdf")[2] == "Die zitierte Drucksache 50/1000 ist nicht im Archiv."  # a PDF's name


@pytest.mark.parametrize(
    "query, found",
    [
        ("https://anfragen.example/dokument/nw-17-6448#frage-4", [("nw-17-6448", 4)]),
        ("http://127.0.0.1:5000/dokument/NW-17-6448/aehnlich?frage=3", [("nw-17-6448", 3)]),
        # a link copied with a slash after it, of a citation download, of the API
        ("http://127.0.0.1:5000/dokument/nw-17-6448/", [("nw-17-6448", None)]),
        ("https://anfragen.example/dokument/nw-17-6448/zitat.bib?frage=3", [("nw-17-6448", 3)]),
        ("https://anfragen.example/api/dokument/nw-17-6448/zitat?frage=2", [("nw-17-6448", 2)]),
        ("/dokument/nw-17-6448", [("nw-17-6448", None)]),
        # copied from the address bar without http://, or as the id and its anchor
        ("anfragen.example/dokument/nw-17-6448#frage-4", [("nw-17-6448", 4)]),
        ("127.0.0.1:5000/dokument/nw-17-6448?frage=3", [("nw-17-6448", 3)]),
        ("nw-17-6448#frage-4", [("nw-17-6448", 4)]),
        # the „Amtliches PDF“ link and its file name: the Drucksache they print
        ("https://www.landtag.nrw.de/portal/WWW/dokumentenarchiv/Dokument/MMD17-6448.pdf", [("nw-17-6448", None)]),
        ("MMD17-6448.pdf", [("nw-17-6448", None)]),
    ],
)
def test_a_pasted_link_to_an_answer_finds_it(client, runner, query, found):
    """A permalink copied from a citation („Online: https://…/dokument/nw-17-6448#frage-4“) found „0 Antworten“."""
    assert cited(client, query) == (1, found, None)
    assert runner("search", query).output.startswith(f"1 Antwort für „{query}“\n")
    assert cited(client, "https://anfragen.example/dokument/nw-17-1#frage-4")[2] == (
        "Das zitierte Dokument nw-17-1 ist nicht im Archiv."
    )
    assert cited(client, "19-11221.pdf")[2] == "Die zitierte Drucksache 19/11221 ist nicht im Archiv."


def test_a_drucksache_not_in_the_archive_is_said(client, runner):
    assert cited(client, "Drs. 99/99999") == (0, [], "Die zitierte Drucksache 99/99999 ist nicht im Archiv.")
    assert cited(client, "ni-99-1")[2] == "Das zitierte Dokument ni-99-1 ist nicht im Archiv."
    # the archive lacks it and no text cites it: the filter hid nothing
    assert cited(client, "Drs. 99/99999 partei:SPD")[2] == "Die zitierte Drucksache 99/99999 ist nicht im Archiv."
    # the archive holds it: the filter hid it (it was „ist nicht im Archiv oder erfüllt die Filter nicht“)
    assert cited(client, "Drs. 17/6448 datum:1999")[2] == "Die zitierte Drucksache 17/6448 erfüllt die Filter nicht."
    assert cited(client, "Drs. 17/6448 Fragen 98 und 99")[2] == (
        "Fragen 98 und 99 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )
    assert cited(client, "Drs. 17/6448 Frage 9 ff.")[2] == (
        "Frage 9 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )
    assert cited(client, "Drs. 17/6448 Fragen 8 bis 9")[2] == (
        "Fragen 8 bis 9 gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    )
    assert cited(client, "Drs. 17/6448 Fragen 1 und 7") == (
        1,
        [("nw-17-6448", 1)],
        "Frage 7 gibt es im zitierten Dokument nicht.",
    )
    assert cited(client, "Drs. 17/6448 Fragen 1, 7 und 8")[2] == "Fragen 7 und 8 gibt es im zitierten Dokument nicht."
    page = client.get("/?q=Drs.+99/99999").get_data(as_text=True)
    assert "Die zitierte Drucksache 99/99999 ist nicht im Archiv." in page and "Keine Antwort enthält" not in page
    assert "Die zitierte Drucksache 99/99999 ist nicht im Archiv." in runner("search", "Drs. 99/99999").output


def test_numbers_that_are_no_citation_stay_words():
    """A hyphen joins Wahlperiode and number only after a citation word, and an id only with a parliament's code."""
    assert extract_numbers("Haushalt 2019-2020") == ("Haushalt 2019-2020", [])
    assert extract_numbers("Stufe 19-11250") == ("Stufe 19-11250", [])
    assert extract_numbers("xy-19-11250 Pflege") == ("xy-19-11250 Pflege", [])
    assert extract_numbers("Pflege 1.250 Euro") == ("Pflege 1.250 Euro", [])
    assert extract_numbers("Pflege Fragen 3 und 4") == ("Pflege Fragen 3 und 4", [])


@pytest.mark.parametrize(
    "query, message",
    [
        ("und", "Die Suchanfrage „und“ enthält nur Verknüpfungen (wie UND, ODER, NICHT, Anführungszeichen)"),
        ("ODER", "Die Suchanfrage „ODER“ enthält nur Verknüpfungen"),
        ('"', "Die Suchanfrage „&#34;“ enthält keine Buchstaben oder Ziffern"),
        ("*", "Die Suchanfrage „*“ enthält keine Buchstaben oder Ziffern"),
        ("((", "Die Suchanfrage „((“ enthält keine Buchstaben oder Ziffern"),
        ("§", "Die Suchanfrage „§“ enthält keine Buchstaben oder Ziffern"),
        ("/", "Die Suchanfrage „/“ enthält keine Buchstaben oder Ziffern"),
        ("%%%", "Die Suchanfrage „%%%“ enthält keine Buchstaben oder Ziffern"),
        ("titel:", "Nach „titel:“ fehlt der Suchbegriff (zum Beispiel titel:Pflege)."),
        ("Arbeit frage:", "Nach „frage:“ fehlt der Suchbegriff (zum Beispiel frage:Pflege)."),
        (
            "fragesteller:",
            "Nach „fragesteller:“ fehlt der Wert, nach dem gefiltert wird (zum Beispiel fragesteller:Holsten).",
        ),
        ('Pflege partei:""', "Nach „partei:“ fehlt der Wert, nach dem gefiltert wird (zum Beispiel partei:SPD)."),
        ('partei:"" Pflege', "Nach „partei:“ fehlt der Wert, nach dem gefiltert wird (zum Beispiel partei:SPD)."),
    ],
)
def test_a_query_without_search_words_says_what_is_wrong(client, query, message):
    page = client.get("/", query_string={"q": query}).get_data(as_text=True)
    alert = re.search(r'<p class="notice" role="alert">(.*?)</p>', page, re.S)
    assert alert and message in alert.group(1)
    assert "Füllwörter" not in alert.group(1) and "nicht ausgeschlossen" not in alert.group(1)


def test_the_api_and_the_command_say_it_too(client, runner):
    response = client.get("/api/search?q=titel:")
    assert response.status_code == 400
    assert response.get_json()["error"] == "Nach „titel:“ fehlt der Suchbegriff (zum Beispiel titel:Pflege)."
    result = runner("search", "ODER")
    assert result.exit_code != 0 and "Die Suchanfrage „ODER“ enthält nur Verknüpfungen" in result.output


@pytest.mark.parametrize(
    "query, meant",
    [
        ("title:Transfer", "titel"),
        ("party:SPD Transfer", "partei"),
        ("Transfer -fragen:Dortmund", "frage"),
        # „autor:Lüders“ said „Keine Antwort enthält den Suchbegriff „autor:Lüders““
        ("autor:Lüders", "fragesteller"),
        ("Transfer fraktion:SPD", "partei"),
        ("Transfer ressort:Arbeit", "ministerium"),
        ("intitle:Transfer", "titel"),  # Google's: it found nothing without a reason
    ],
)
def test_a_field_name_in_english_or_with_a_slip_says_the_one_meant(client, runner, query, meant):
    """„title:Transfer“ searched the word „title:transfer“ and said „0 Antworten“ without a reason."""
    name = query.split(":")[0].split()[-1].lstrip("-")
    message = f"Das Feld „{name}:“ gibt es nicht; gemeint ist wohl „{meant}:“. Felder: titel:, frage:, antwort:"
    assert client.get("/api/search", query_string={"q": query}).get_json()["error"].startswith(message)
    assert message in runner("search", query).output
    assert client.get("/api/search", query_string={"q": "Ziel:Transfer"}).status_code == 200  # no field: a word


def test_a_cited_question_beside_a_search_word_comes_first(client):
    """``Drs. 17/6448 Frage 3 Jobcenter``: the answer the citation names leads; the other answers with the word
    follow (answer 4 names the Jobcenter more often and ranked first)."""
    total, hits, notice = cited(client, "Drs. 17/6448 Frage 3 Jobcenter")
    assert total > 1
    assert hits[0] == ("nw-17-6448", 3) and ("nw-17-6448", 4) in hits[1:] and notice is None


def test_a_cited_question_of_a_drucksache_not_in_the_archive_finds_the_answers_citing_it(tmp_path):
    """Staff copy „Frage 3 der LT-Drs. 16/470“ from an answer: 16/470 is not in the archive, the answers citing it."""
    engine = engine_over(
        tmp_path,
        4701,
        "Moscheen",
        [
            ("Wer betreibt sie?", "Auf die Antwort zu Frage 1 der Drucksache 16/470 wird verwiesen: Vereine."),
            ("Wie viele Moscheen gibt es?", "Auf die Antwort zu Frage 3 der Drucksache 16/470 wird verwiesen."),
            ("Woher kommt das Geld?", "Dazu liegen keine Erkenntnisse vor."),
            (
                "Wer beobachtet sie?",
                "Es wird auf die Antwort auf Frage 4 der Drucksache 16/470 und die Antwort auf Frage 5 der "
                "Drucksache 16/999 verwiesen.",
            ),
            (
                "Wer zahlt?",
                "Wie sich aus der Antwort auf Frage 9 der Kleinen Anfrage zur schriftlichen Beantwortung zur "
                "Drs. 16/470 ergibt, zahlt das Land.",
            ),
        ],
    )
    notice = "Die zitierte Drucksache 16/470 ist nicht im Archiv; gezeigt werden die Antworten, die sie zitieren."
    cases = (
        ("Drs. 16/470 Frage 3", [2]),
        ("Drs. 16/470 Frage 4", [4]),
        ("Drs. 16/470", [1, 2, 4, 5]),
        ("Drs. 16/470 Frage 3 ff.", [2]),  # how far „ff.“ goes only the document knows: Frage 3
    )
    for query, questions in cases:
        results = engine.search(query)  # with a question, those naming it: „zu Frage 3 der Drucksache 16/470“
        assert sorted(hit.question for hit in results.hits) == questions and results.notice == notice, query
        assert results.total == len(questions) and not any(hit.missing for hit in results.hits)
        assert {hit.found_as for hit in results.hits} == {"Nummer (im Text zitiert)"}  # not its own number
    # no answer names the question beside the number („Frage 5“ is of 16/999): every answer citing the document
    for query in ("Drs. 16/470 Frage 7", "Drs. 16/470 Frage 5"):
        assert sorted(hit.question for hit in engine.search(query).hits) == [1, 2, 4, 5], query
    assert [hit.question for hit in engine.search("Drs. 16/470 Frage 9").hits] == [5]  # Niedersachsen's long form
    assert engine.search("Drs. 16/471 Frage 3").notice == "Die zitierte Drucksache 16/471 ist nicht im Archiv."
    # an excluded word holds beside a citation; words beside it find more than the citing answers, which lead
    assert sorted(hit.question for hit in engine.search("Drs. 16/470 Frage 7 -Vereine").hits) == [2, 4, 5]
    worded = engine.search("Drs. 16/470 Frage 3 Moscheen")
    # found by the citation, not by the word: „Moscheen (im Text zitiert)“ said the word was the citation
    assert worded.hits[0].question == 2 and worded.hits[0].found_as == "Nummer (im Text zitiert)"
    assert (
        worded.notice
        == "Die zitierte Drucksache 16/470 ist nicht im Archiv; die Antworten, die sie zitieren, stehen vorn."
    )
    by_date = engine.search("Drs. 16/470 Frage 3 Moscheen", sort="neueste").notice
    assert (
        by_date
        == "Die zitierte Drucksache 16/470 ist nicht im Archiv; gezeigt werden auch die Antworten, die sie zitieren."
    )
    # the compile knows 16/471 is not in the archive: no filter or exclusion hid it
    assert engine.search("Drs. 16/471 Frage 3 -Vereine").notice == "Die zitierte Drucksache 16/471 ist nicht im Archiv."
    excluded = engine.search("Drs. 19/4701 -Moscheen")  # the title holds the word: the whole document is excluded
    assert (
        excluded.total == 0 and excluded.notice == "Die zitierte Drucksache 19/4701 enthält ein ausgeschlossenes Wort."
    )
    # the answers citing a document the archive lacks are all excluded or filtered out: the page says so, not
    # „ist nicht im Archiv“ alone nor „ist nicht im Archiv oder enthält ein ausgeschlossenes Wort“
    hidden = "Die zitierte Drucksache 16/470 ist nicht im Archiv; die Antworten, die sie zitieren, "
    for query in ("Drs. 16/470 -Moscheen", "Drs. 16/470 Frage 3 -Moscheen"):
        assert engine.search(query).notice == hidden + "enthalten ein ausgeschlossenes Wort.", query
    assert engine.search("Drs. 16/470 Frage 3 datum:1999").notice == hidden + "erfüllen die Filter nicht."
    # a filter the citing answers meet (a cited link's parlament): they are shown, and the notice says only that
    assert engine.search("Drs. 16/470 parlament:ni").notice == notice
    assert engine.search("Drs. 16/470 Frage 3", filters=Filters(parlament=("ni",))).notice == notice
    assert engine.search("Drs. 19/4701 Frage 2 Moscheen").hits[0].found_as == "Drucksache 19/4701 (Dokumentnummer)"
    own = engine.search("Drs. 19/4701 Frage 2").hits[0]
    assert (
        own.question == 2
        and own.found_as == "Drucksache 19/4701 (Dokumentnummer)"
        and engine.search("Drs. 19/4701").notice is None
    )


def test_a_cited_question_far_before_its_drucksache_counts_unless_another_number_stands_between(tmp_path):
    """The Bundestag names the asking group between question and number; „Frage 6 der Drucksache 16/999“ beside
    16/470 is no question of 16/470."""
    engine = engine_over(
        tmp_path,
        4702,
        "Hilfsgüter",
        [
            (
                "Was wurde unternommen?",
                "Auf die Antwort der Bundesregierung zu Frage 6 der Kleinen Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN "
                "auf Bundestagsdrucksache 16/470 wird verwiesen.",
            ),
            ("Ist die Versorgung gesichert?", "Auf die Vorbemerkung der Antwort auf Drucksache 16/470 wird verwiesen."),
            ("Was ist geplant?", "Auf Frage 6 der Drucksache 16/999 und auf die Drucksache 16/470 wird verwiesen."),
            ("Und danach?", "Auf die Antworten zu den Fragen 5 und 6 der Drucksache 16/4701 wird verwiesen."),
            ("Und sonst?", "Auf die Antworten zu den Fragen 5 und 6 der Drucksache 16/470 wird verwiesen."),
        ],
    )
    assert sorted(hit.question for hit in engine.search("Drs. 16/470 Frage 6").hits) == [1, 5]  # not 16/4701


@pytest.mark.parametrize(
    "query, found",
    [
        ("Frage 2 der Kleinen Anfrage zur schriftlichen Beantwortung zu Drs. 19/3300", [("ni-19-3300", 2)]),
        (
            "Antwort auf die Kleine Anfrage zur kurzfristigen schriftlichen Beantwortung, Drs. 19/3300",
            [("ni-19-3300", None)],
        ),
    ],
)
def test_a_citation_as_niedersachsen_writes_it_finds_theone_answer(tmp_path, query, found):
    """Niedersachsen cites „Frage 81 der Kleinen Anfrage zur schriftlichen Beantwortung zu Drs. 19/5824“: pasted, the
    words „schriftlichen Beantwortung“ were searched too, and every answer saying them counted as a hit."""
    cited_one = _doc(
        3300, "Radwege", [("Wo fehlen Radwege?", "An der B 3."), ("Was kostet es?", "Zwei Millionen Euro.")]
    )
    other = _doc(
        3301, "Brücken", [("Was gilt?", "Die Kleine Anfrage zur kurzfristigen schriftlichen Beantwortung gilt.")]
    )
    IndexStore(tmp_path).build([cited_one, other])
    result = Engine(tmp_path).search(query)
    assert (result.total, [(hit.doc_id, hit.question) for hit in result.hits]) == (1, found)


@pytest.mark.parametrize(
    "query",
    [
        "Landtag Nordrhein-Westfalen, Drs. 17/6448",  # the parliament before the number, as staff name it
        "LT NRW Drs. 17/6448",
        "Drucksachen-Nr. 17/6448",
        "Drucksachennummer 17/6448",
    ],
)
def test_a_citation_with_its_parliament_or_a_long_number_word_finds_only_the_document(client, query):
    """The parliament's words were searched beside the number: answers naming „Landtag“ and „Nordrhein-Westfalen“
    followed the document as full hits; „Drucksachennummer“ was no citation word at all."""
    assert cited(client, query) == (1, [("nw-17-6448", None)], None)


@pytest.mark.parametrize(
    "query, questions",
    [
        ("Drs. 17/6448 Frage 2 a", [2]),
        ("Drs. 17/6448, Frage 2 b)", [2]),
        ("Drs. 17/6448 Fragen 2 a und 2 b", [2]),
        ("Drs. 17/6448 Fragen 2a und 3", [2, 3]),
        ("Drs. 17/6448 Frage 3.1", [3]),
    ],
)
def test_a_cited_part_of_a_question_the_document_prints_inside_it_finds_that_question(client, query, questions):
    """Nordrhein-Westfalen and the Bundestag print a) and b) inside one question: „Frage 2 a“ found only the
    document, with „Frage 2a gibt es im zitierten Dokument nicht“."""
    assert cited(client, query) == (len(questions), [("nw-17-6448", q) for q in questions], None)


def test_a_cited_part_of_a_question_printed_as_one_of_its_own_finds_that_one(tmp_path):
    """Berlin prints its follow-up questions „2a“: the citation finds that answer, not the one to Frage 2."""
    document = Document(
        id="be-19-1001",
        parliament="be",
        wahlperiode=19,
        drucksache="19/1001",
        title="Radwege",
        questions=(
            Question(1, "Wie viele Radwege gibt es?", ("Zwölf Radwege.",)),
            Question(2, "Wo fehlen sie?", ("An der B 3.",)),
            Question(3, "Und wo noch?", ("An der B 4.",), label="2a"),
        ),
    )
    IndexStore(tmp_path).build([document])
    result = Engine(tmp_path).search("Drs. 19/1001 Frage 2 a")
    assert [(hit.doc_id, hit.question) for hit in result.hits] == [("be-19-1001", 3)] and result.notice is None
    lacking = Engine(tmp_path).search("Drs. 19/1001 Frage 5 a")
    assert [hit.question for hit in lacking.hits] == [None]
    assert lacking.notice == "Frage 5a gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."


@pytest.fixture(scope="module")
def parliaments_index(tmp_path_factory) -> Path:
    index = tmp_path_factory.mktemp("parliaments")
    parliaments = (
        "Der Landtag NRW, der LT in M-V, der Landtag Thueringen, der Saarländischer Landtag genannte Landtag, der "
        "Schleswig-Holsteinischer Landtag genannte und der Niedersächsischer Landtag genannte Landtag tagten, der "
        "Landtag Nordrhein-Westfalens auch."
    )
    IndexStore(index).build(
        [
            one_answer("ni-19-4800", "Radwege", "Es fehlen zwölf Radwege."),
            one_answer("st-8-1", "Parlamente", parliaments),
            one_answer("st-8-2", "Polizei", "Die Polizei in Sachsen-Anhalt hat 20 Wachen."),
            one_answer("ni-19-4801", "Polizei", "Die Polizei hat 30 Wachen."),
            one_answer("st-8-3", "Bahn", "Die Bahn fährt an 4 Tagen."),
            one_answer("st-8-4", "Deutsche Bahn", "Die Strecken der Deutschen Bahn sind gesperrt."),
            one_answer("st-8-5", "Mehrheit", "Der Landtag beschloss es mit 2/3 Mehrheit."),
            one_answer("st-8-6", "Mehrheit", "Die Mehrheit der Gemeinden stimmte zu."),
            one_answer("st-8-7", "Liste", "Die Punkte aa) bis ff) sind erledigt."),
        ]
    )
    return index


@pytest.fixture(scope="module")
def parliaments_engine(parliaments_index) -> Engine:
    return Engine(parliaments_index)


@pytest.mark.parametrize(
    "query, found",
    [
        # a parliament's name as staff write it before the number: no search words
        ("Landtag Niedersachsen Drs. 19/4800", ["ni-19-4800"]),
        ("LT Nds. Drs. 19/4800", ["ni-19-4800"]),
        ("Niedersaechsischer Landtag Drs. 19/4800", ["ni-19-4800"]),
        ("Landtag NI Drs. 19/4800", ["ni-19-4800"]),
        ("Niedersächsischer Landtag – Drucksache 19/4800", ["ni-19-4800"]),
        ("Landtag Niedersachsen 19/4800", ["ni-19-4800"]),
        ("Landtag Niedersachsens Drs. 19/4800", ["ni-19-4800"]),  # a name's genitive
        # a Land's name or „Deutschen“ alone before it is a search word: not the police of Sachsen-Anhalt, nor any Bahn
        ("Polizei Niedersachsen Drs. 19/4800", ["ni-19-4800", "ni-19-4801"]),
        ("Bahn der Deutschen Drs. 19/4800", ["ni-19-4800", "st-8-4"]),
    ],
)
def test_a_parliament_before_a_citation_belongs_to_it_a_land_alone_is_searched(parliaments_engine, query, found):
    """„Schleswig-Holsteinischer Landtag Drs. 18/1220“ found 14 answers naming the parliament besides the document;
    „Polizei Niedersachsen Drs. 19/11138“ dropped „Niedersachsen“ and found the police of Sachsen-Anhalt."""
    result = parliaments_engine.search(query)
    full = [hit.doc_id for hit in result.hits if not hit.missing]
    assert (result.total, full, result.notice) == (len(found), found, None)


@pytest.mark.parametrize(
    "query",
    ["Niedersachsen Drs. 19/4800", "Drs. 19/4800 Niedersachsen", "Niedersachsen, Drs. 19/4800 Frage 1", "Nds. 19/4800"],
)
def test_a_land_named_beside_a_citation_alone_names_its_parliament(parliaments_engine, query):
    """„Niedersachsen Drs. 19/9059“ (staff name the Land to say which parliament) searched „Niedersachsen“ too, a
    word every answer to that Landtag holds: 303 answers besides the document in the combined archive."""
    result = parliaments_engine.search(query)
    full = [hit.doc_id for hit in result.hits if not hit.missing]
    assert (result.total, full, result.partial, result.notice) == (1, ["ni-19-4800"], 0, None)


@pytest.mark.parametrize(
    "query, named",
    [
        ("Landtag von Sachsen-Anhalt Drs. 19/4800", "Landtag von Sachsen-Anhalt"),
        ("Drs. 19/4800 Sachsen-Anhalt", "Sachsen-Anhalt"),
        ("Drs. 19/4800 (Sachsen-Anhalt)", "Sachsen-Anhalt"),  # a name after the number, as answers print it
        ("Drs. 19/4800 des Landtags von Sachsen-Anhalt", "Landtags von Sachsen-Anhalt"),
    ],
)
def test_a_citation_naming_another_parliament_does_not_find_this_ones_document(parliaments_engine, query, named):
    """„LT NRW Drs. 19/4800“ listed Niedersachsen's Drucksache 19/4800 as if it were the one asked for: the number
    was searched in every parliament and the name dropped.  The named parliament's own is asked for; the page says
    that the archive holds another parliament's and how to see it."""
    result = parliaments_engine.search(query)
    assert (result.total, result.hits, result.notice) == (
        0,
        [],
        f"Die zitierte Drucksache 19/4800 ist für „{named}“ nicht im Archiv, nur die eines anderen Parlaments.",
    )


def test_the_page_offers_the_citation_in_every_parliament(parliaments_index, tmp_path):
    """The named parliament filters as a ``parlament:`` typed into the box does: the page offers the search without
    it, and that search finds the other parliament's document."""
    client = create_app(
        {"TESTING": True, "INDEX_DIR": str(parliaments_index), "CORPUS_DIR": str(tmp_path)}
    ).test_client()
    page = client.get("/", query_string={"q": "Landtag von Sachsen-Anhalt Drs. 19/4800"}).get_data(as_text=True)
    assert "ist für „Landtag von Sachsen-Anhalt“ nicht im Archiv, nur die eines anderen Parlaments." in page
    offer = re.search(
        r'<a href="([^"]+)">ohne den Filter „Parlament: Landtag von Sachsen-Anhalt“ aus dem Suchfeld', page
    )
    assert offer and unescape(offer.group(1)) == "/?q=Drs.+19%2F4800"
    assert "1 Antwort für „Drs. 19/4800“" in client.get(unescape(offer.group(1))).get_data(as_text=True)


@pytest.mark.parametrize(
    "query, found",
    [
        # the minus of an excluded word before the name stays („-Polizei“ was searched as „Polizei“)
        ("-Polizei Landtag Niedersachsen Drs. 19/4800", ["ni-19-4800"]),
        # one citation's parliament is no filter of another's document („… und Drs. 8/1“ was dropped)
        ("Landtag Niedersachsen Drs. 19/4800 und Drs. 8/1", ["ni-19-4800", "st-8-1"]),
        ("Landtag Niedersachsen Drs. 19/4800 st-8-1", ["ni-19-4800", "st-8-1"]),  # nor of one cited by its id
    ],
)
def test_a_named_parliament_keeps_the_rest_of_the_query(parliaments_engine, query, found):
    """Review: the name's filter took the minus before the first word and filtered every citation of the query."""
    result = parliaments_engine.search(query)
    assert (sorted(hit.doc_id for hit in result.hits if not hit.missing), result.notice) == (found, None)


@pytest.mark.parametrize("query", ["BT-Drs. 19/4800", "Deutscher Bundestag Drucksache 19/4800"])
def test_a_landtags_document_shown_for_a_cited_bundestag_number_is_said(parliaments_engine, query):
    """„BT-Drs. 19/4800“ listed Niedersachsen's Drucksache 19/4800 alone, as if it were the Bundestag's.  The
    Bundestag is no filter (the Landtage's answers cite its Drucksachen); the page says whose document it shows."""
    result = parliaments_engine.search(query)
    assert ([hit.doc_id for hit in result.hits], result.notice) == (
        ["ni-19-4800"],
        "Die zitierte Drucksache 19/4800 des Bundestages ist nicht im Archiv; gezeigt wird die gleich nummerierte "
        "eines Landtags (Niedersächsischer Landtag).",
    )
    assert parliaments_engine.search("Drs. 19/4800").notice is None  # no parliament named: nothing to say


def test_a_parliament_typed_by_its_code_is_named_by_its_name(parliaments_engine):
    """„ist für „st“ nicht im Archiv“ named the parliament by the archive's code (review)."""
    assert parliaments_engine.search("parlament:st Drs. 19/4800").notice == (
        "Die zitierte Drucksache 19/4800 ist für „Landtag von Sachsen-Anhalt“ nicht im Archiv, nur die eines anderen "
        "Parlaments."
    )


@pytest.mark.parametrize("query", ["LT NRW Drs. 19/4800", "Drs. 19/4800 des Landtags NRW"])
def test_a_citation_naming_a_parliament_the_archive_lacks_says_so(parliaments_engine, query):
    """„LT NRW Drs. 19/4800“ in an archive of Niedersachsen and Sachsen-Anhalt: no document of another parliament
    stands in for it, and the message says how to search the number without the name."""
    with pytest.raises(QueryError) as raised:
        parliaments_engine.search(query)
    named = query.removesuffix(" Drs. 19/4800").removeprefix("Drs. 19/4800 des ")
    assert str(raised.value) == (
        f"„{named}“: Das Archiv hat keine Drucksachen dieses Parlaments (Landtag Nordrhein-Westfalen). Ohne den Namen "
        "suchen: „Drs. 19/4800“."
    )


@pytest.mark.parametrize("query", ["Drs. 19/4800 Seiten 3 bis 4", "Drs. 19/4800, S. 3 und 4", "Drs. 19/4800 S. 3 u. 4"])
def test_the_pages_a_citation_names_are_no_search_words(parliaments_engine, query):
    """„Seiten 3 bis 4“ left „bis 4“ in the search: every answer with a „4“ followed the document (43 → 205)."""
    result = parliaments_engine.search(query)
    assert (result.total, [hit.doc_id for hit in result.hits], result.notice) == (1, ["ni-19-4800"], None)


def test_a_parliament_named_by_its_body_alone_leads_no_bare_number(parliaments_engine):
    """„Landtag 2/3 Mehrheit“ is no citation of a Landtag's Drucksache 2/3: „Landtag“ stays a search word."""
    result = parliaments_engine.search("Landtag 2/3 Mehrheit")
    assert [hit.doc_id for hit in result.hits if not hit.missing] == ["st-8-5"]


@pytest.mark.parametrize("query", ["Landtag Niedersachsen: Drs. 19/4800", "LT Nds. Drs. 19/4800 Frage 1 ff"])
def test_a_colon_after_the_parliament_and_ff_without_its_dot_belong_to_the_citation(parliaments_engine, query):
    """„Landtag NRW: Drs. …“ searched „Landtag“ and „NRW“; „Frage 11 ff“ searched „ff“ (list items „ff)“)."""
    result = parliaments_engine.search(query)
    assert (result.total, [hit.doc_id for hit in result.hits if not hit.missing]) == (1, ["ni-19-4800"])


def test_a_cited_answer_the_archive_holds_comes_first_then_the_answers_referring_to_it(tmp_path):
    """„Drucksache 19/4702 Frage 2“: the answer itself, then another document's answer that refers to it („auf die
    Antwort zu Frage 2 der Drucksache 19/4702 wird verwiesen“) — it holds that answer's content; not one referring
    to another question of the same document."""
    cited_doc = _doc(4702, "Moscheen", [("Wer betreibt sie?", "Vereine."), ("Wie viele gibt es?", "Zwölf.")])
    referring = _doc(
        4703,
        "Moscheen II",
        [
            ("Wie viele gibt es heute?", "Auf die Antwort zu Frage 2 der Drucksache 19/4702 wird verwiesen."),
            ("Wer betreibt sie heute?", "Auf die Antwort zu Frage 1 der Drucksache 19/4702 wird verwiesen."),
        ],
    )
    IndexStore(tmp_path).build([cited_doc, referring])
    results = Engine(tmp_path).search("Drucksache 19/4702 Frage 2")
    assert [(h.doc_id, h.question, h.found_as) for h in results.hits] == [
        ("ni-19-4702", 2, "Drucksache 19/4702 (Dokumentnummer)"),
        ("ni-19-4703", 1, "Nummer (im Text zitiert)"),
    ]
    assert results.total == 2 and results.notice is None
    # the document cited alone: its own hit by its number, the answers citing it say so
    whole = Engine(tmp_path).search("Drucksache 19/4702")
    assert {(h.doc_id, h.found_as) for h in whole.hits} == {
        ("ni-19-4702", "Drucksache 19/4702 (Dokumentnummer)"),
        ("ni-19-4703", "Nummer (im Text zitiert)"),
    }
