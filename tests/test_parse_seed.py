"""The seed document (Drucksache 17/6448) must come out exactly: five questions, each with its own answer."""

import datetime as dt

import pytest

from indexer import load_document
from tests.conftest import SEED

QUESTIONS = {
    1: "Wie bewertet die Landesregierung die Umsetzung des Modellprojekts?",
    2: "Welche Schlüsse zieht die Landesregierung aus den bisherigen Ergebnissen der Modellprojekte für ihre "
    "zukünftige Arbeitsmarktpolitik?",
    3: "Wie beabsichtigt die Landesregierung, die positiven Erkenntnisse aus den Modellprojekten zur Integration "
    "von langzeitarbeitslosen Menschen zu verstetigen?",
    4: "Welche weiteren Maßnahmen und Programme plant die Landesregierung, um die Langzeitarbeitslosigkeit in "
    "strukturschwachen Regionen Nordrhein-Westfalens zu reduzieren?",
    5: "Wie wird die Landesregierung Kommunen mit schwieriger Haushaltslage finanziell dabei unterstützen, "
    "kommunale Arbeitsmarktstrategien umzusetzen?",
}
# (paragraph count, first words of the answer, last words of the answer)
ANSWERS = {
    1: (1, "Die bisherige Umsetzung des Modellprojekts in Dortmund", "der städtischen Vergaben in den Kommunen."),
    2: (1, "Eine erste Auswertung des begleitenden Monitorings", "Regelförderung im SGB II gemacht werden."),
    3: (1, "Ein Bestandteil der Modellprojekte zur Integration", "der Bundesagentur für Arbeit ein."),
    4: (2, "Mit dem Teilhabechancengesetz, das zum 1. Januar 2019", "„Öffentlich geförderter Beschäftigung in NRW“."),
    5: (2, "Im Einvernehmen mit dem Ministerium für Heimat", "Ansätze guter Praxis bekannt zu machen."),
}


@pytest.fixture(scope="module")
def seed():
    return load_document(SEED / "nw-17-6448.txt")


def test_five_questions_in_order(seed):
    assert [q.number for q in seed.questions] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("number", QUESTIONS)
def test_question_text_is_exact(seed, number):
    assert seed.question(number).text == QUESTIONS[number]


@pytest.mark.parametrize("number", ANSWERS)
def test_each_question_has_its_own_answer(seed, number):
    paragraphs, first, last = ANSWERS[number]
    answer = seed.question(number).answer
    assert len(answer) == paragraphs
    assert answer[0].startswith(first)
    assert answer[-1].endswith(last)
    # No question text leaks into an answer.
    assert not any(q in " ".join(answer) for q in QUESTIONS.values())


def test_question_4_keeps_passiv_aktiv_transfer_whole(seed):
    assert "den sog. Passiv-Aktiv-Transfer mit Bundesmitteln" in seed.question(4).answer[1]


def test_preamble_and_title(seed):
    assert seed.title.startswith("Integration langzeitarbeitsloser Menschen: Wie sichert")
    assert seed.title.endswith("des Modellprojekts in Dortmund")
    assert len(seed.preamble) == 1
    assert seed.preamble[0].startswith("Seit 2017 fördert das Land NRW")
    assert seed.preamble[0].endswith("endet am 31.12.2019.")


def test_metadata_from_text_and_sidecar(seed):
    assert seed.id == "nw-17-6448"
    assert seed.parliament == "nw"
    assert seed.wahlperiode == 17
    assert seed.drucksache == "17/6448"
    assert seed.anfrage_nr == 2509
    assert seed.date_answered == dt.date(2019, 6, 4)
    assert seed.ministry == "Ministerium für Arbeit, Gesundheit und Soziales"
    assert seed.co_ministries == ("Ministerium für Heimat, Kommunales, Bau und Gleichstellung",)
    assert [a.name for a in seed.askers] == ["Nadja Lüders", "Volkan Baran", "Armin Jahl", "Anja Butschkau"]
    assert {a.party for a in seed.askers} == {"SPD"}
    assert seed.warnings == ()
