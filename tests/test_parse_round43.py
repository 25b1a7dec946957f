"""Round 43: 14 answers the parser had never seen (Brandenburg, Sachsen-Anhalt, Hessen, Bayern, the Bundestag; pages
of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended as a sentence
form, not as a file.  Each test reads a held text and asserts what a reader gets (a question, its answer); every test
fails on main before the round (ab2875b4)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_request_with_an_abbreviation_and_a_quarter_is_the_questions() -> None:
    """Sachsen-Anhalt, one line: „1. Welcher … umzusetzen? Bitte alle Radwege … aufführen, für welche gegenwärtig bzw.
    absehbar im I. Quartal 2017 Baurecht vorliegt. In der in Anlage 1 enthaltenen Tabelle 1.1 sind …“ — the request
    ends question 1 and the answer follows it (before: the answer was read into question 1, and no question had an
    answer)."""
    document = load_document(CUT / "st-7-806.txt")
    assert _question_text(document, 1).endswith("im I. Quartal 2017 Baurecht vorliegt.")
    assert _answer(document, 1) == (
        "In der in Anlage 1 enthaltenen Tabelle 1.1 sind alle entsprechenden Radwegevorhaben aufgelistet. Alle "
        "Radwegevorhaben, für die gegenwärtig Baurecht vorliegt, befinden sich in der baulichen Umsetzung."
    )
    assert not any(warning.startswith("Keine der 2 Fragen hat eine Antwort") for warning in document.warnings)


def test_angaben_bitte_after_the_question_mark_is_the_questions_and_the_answer_keeps_its_first_words() -> None:
    """Sachsen-Anhalt: „2. Wie viele Geburten … angestellte Hebammen? Angaben bitte für 2010 bis 2013, … zur
    Gesamtzahl der Geburten. Zu den Fragen 2a) bis c) liegen der Landesregierung keine … Angaben vor.“ — the request
    is question 2's, and the answer is its whole first sentence (before: the request opened answer 2)."""
    document = load_document(CUT / "st-6-3096.txt")
    assert _question_text(document, 2).endswith(
        "Angaben bitte für 2010 bis 2013, differenziert nach Landkreisen und kreisfreien Städten sowie jeweils auch "
        "als Vom-Hundert-Satz zur Gesamtzahl der Geburten."
    )
    assert _answer(document, 2).startswith(
        "Zu den Fragen 2a) bis c) liegen der Landesregierung keine nach Landkreisen und kreisfreien Städten "
        "differenzierten Angaben vor."
    )
