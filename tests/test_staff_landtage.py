"""What a parliamentary group's research office copies from Landtag answers (nineteenth new-user pass): each
parliament's own number forms in citations, the date filters typed as the form names them, and a list of hits that
German Excel opens without turning question numbers into dates."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rispy

from web import create_app

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def landtag_client(tmp_path_factory):
    """Sachsen-Anhalt's answer to KA 7/2151 and Bavaria's with the printed numbers 1, 2.1, 2.2, 3."""
    from indexer import build_index

    corpus, index = tmp_path_factory.mktemp("landtag-corpus"), tmp_path_factory.mktemp("landtag-index")
    for doc_id in ("st-7-3792", "by-17-22385"):
        shutil.copy(FIXTURES / f"{doc_id}.txt", corpus / f"{doc_id}.txt")
    build_index(corpus, index)
    return create_app({"TESTING": True, "INDEX_DIR": str(index), "CORPUS_DIR": str(corpus)}).test_client()


def test_sachsen_anhalts_kleine_anfrage_is_cited_as_it_prints_it(landtag_client):
    """The answer prints „Kleine Anfrage - KA 7/2151“ (Sachsen-Anhalt counts its Kleinen Anfragen per period); the
    citation said „Kleine Anfrage 2151“, a number every period of that Landtag has."""
    cited = landtag_client.get("/api/dokument/st-7-3792/zitat?frage=1").get_json()
    assert cited["short"].startswith(
        "Antwort der Landesregierung vom 2. Januar 2019 auf die Kleine Anfrage KA 7/2151 von Ulrich Siegmund (AfD), "
        "LT-Drs. 7/3792"
    )
    ris = rispy.loads(landtag_client.get("/dokument/st-7-3792/zitat.ris?frage=1").get_data(as_text=True))
    assert "Kleine Anfrage KA 7/2151" in ris[0]["notes"][0]
    page = landtag_client.get("/dokument/st-7-3792").get_data(as_text=True)
    assert "<dt>Kleine Anfrage</dt><dd>KA 7/2151" in page
    hit = landtag_client.get("/api/search", query_string={"q": "KA 7/2151"}).get_json()["hits"][0]
    assert "Kleine Anfrage KA 7/2151 von Ulrich Siegmund" in hit["citation"]


def test_the_date_forms_fields_typed_into_the_search_box_filter(landtag_client):
    """The form's „Datum von … bis“ puts ``von=`` and ``bis=`` in the address; staff typed them as ``von:2019-01-01``,
    and the page searched the text for the word „von:2019-01-01“, found nothing and said nothing."""

    def found(query: str) -> set[str]:
        data = landtag_client.get("/api/search", query_string={"q": query}).get_json()
        return {hit["doc_id"] for hit in data["hits"]}

    assert found("Landesregierung") == {"st-7-3792", "by-17-22385"}
    assert found("Landesregierung von:01.01.2019") == {"st-7-3792"}
    assert found("Landesregierung bis:2018") == {"by-17-22385"}
    assert found("Landesregierung von:2018-06 bis:06/2018") == {"by-17-22385"}
    wrong = landtag_client.get("/api/search", query_string={"q": "Landesregierung von:2019-13-01"})
    assert wrong.status_code == 400
    assert wrong.get_json()["error"].startswith("„2019-13-01“ ist kein Datum.")
    empty = landtag_client.get("/api/search", query_string={"q": "Landesregierung von:2019 bis:2018"})
    assert empty.get_json()["error"] == "Der Zeitraum ist leer: sein Anfang liegt nach seinem Ende."


def test_the_date_forms_fields_typed_wrong_are_told_not_searched_as_words(landtag_client):
    """``-von:2019`` and a bare ``von:`` were searched as words, ``von:2019..2020`` lost its end, all without a word."""

    def error(query: str) -> str:
        response = landtag_client.get("/api/search", query_string={"q": query})
        assert response.status_code == 400
        return response.get_json()["error"]

    assert error("Landesregierung -von:2019").startswith("„-von:2019“: Filter lassen sich nicht ausschließen")
    assert error("Landesregierung von:") == (
        "Nach „von:“ fehlt der Wert, nach dem gefiltert wird (zum Beispiel von:2019-01-01)."
    )
    assert error("Landesregierung von:2019..2020") == (
        "„von:2019..2020“ nennt einen Zeitraum; „von:“ nimmt ein Datum. Ein Zeitraum: datum:2019..2020"
    )
    assert error("Landesregierung datum:2019 bis:2018") == "Der Zeitraum ist leer: sein Anfang liegt nach seinem Ende."


def test_german_excel_keeps_bavarias_question_numbers(landtag_client):
    """Bavaria prints its questions 1, 2.1, 2.2, 3; German Excel reads a cell „2.1“ as the date 2 January, so the
    list for the spreadsheet showed „02. Jan“ where the answer to question 2.1 was meant."""
    import csv
    import io

    text = landtag_client.get("/export-excel.csv", query_string={"q": "Gedenkstätten"}).get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    numbers = {row["frage"] for row in rows if row["dokument"] == "by-17-22385"}
    assert {'="2.1"', '="2.2"'} <= numbers  # text to Excel, shown as 2.1 and 2.2
    assert {"1", "3"} <= numbers  # a whole number stays a number
    plain = landtag_client.get("/export.csv", query_string={"q": "Gedenkstätten"}).get_data(as_text=True)
    assert "2.1" in {row["frage"] for row in csv.DictReader(io.StringIO(plain.lstrip("\ufeff")))}
