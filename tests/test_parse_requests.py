"""Questions written as requests, without a question mark (``Bitte nennen Sie …``, ``Bitte schlüsseln Sie …
auf.``, ``Die Landesregierung wird gebeten, …``), in the layout that prints no question numbers (Saarland):
each is found as its own question, not lost in the answer before it or taken as no question at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines

FIXTURES = Path(__file__).parent / "fixtures"
# Saarland's real text (one line, as kleineanfragen.de extracts it); its question 2 asked as a request
_ASKED = "Warum hat die Landesregierung diesen Sachverhalt nicht im Plenum des Landtages am 12.02.2014 vorgetragen, als"
_REQUESTS = {
    "request": "Bitte nennen Sie die Gründe, aus denen die Landesregierung diesen Sachverhalt am 12.02.2014 nicht "
    "im Plenum des Landtages vorgetragen hat, als der Themenkomplex dort behandelt wurde.",
    "question and request": "Warum hat die Landesregierung diesen Sachverhalt am 12.02.2014 nicht im Plenum "
    "vorgetragen? Bitte begründen Sie dies, da der Themenkomplex dort behandelt wurde.",
    "asked to": "Die Landesregierung wird gebeten darzulegen, warum sie diesen Sachverhalt am 12.02.2014 nicht "
    "im Plenum vorgetragen hat, als der Themenkomplex dort behandelt wurde.",
}


@pytest.mark.parametrize("kind", sorted(_REQUESTS))
def test_a_request_before_its_heading_is_the_question_in_a_flat_text(kind: str) -> None:
    text = (FIXTURES / "sl-15-864.txt").read_text(encoding="utf-8")
    start = text.index(_ASKED)
    text = text[:start] + _REQUESTS[kind] + text[text.index("?", start) + 1 :]
    document = parse_lines(text_pages(text), doc_id="sl-15-864")
    assert [q.number for q in document.questions] == [1, 2]
    first, second = document.questions
    assert second.text == _REQUESTS[kind]
    assert first.answer[-1].endswith("in der saarländischen Presse erfahren.")  # the request is not in answer 1
    assert second.answer[0].startswith("Die Landesregierung ist der Auffassung")


# Printed lines (as a PDF gives them): every question a request, some wrapped over two lines.
_LINES = """LANDTAG DES SAARLANDES Drucksache 16/1236
16. Wahlperiode 12.05.2020
A N T W O R T
zu der
Anfrage des Abgeordneten Max Beispiel (SPD)
betr.: Schulbusverkehr im Landkreis Neunkirchen

Bitte nennen Sie die Zahl der Schulbuslinien
im Landkreis Neunkirchen.

Zu Frage 1:
Im Landkreis Neunkirchen verkehren 42 Linien
des Schülerverkehrs.

Bitte schlüsseln Sie die Zahl der Schülerinnen
und Schüler nach Linien auf.

Die Landesregierung wird gebeten, die Kosten
der Verstärkerfahrten darzulegen.

Zu den Fragen 2 und 3:
Täglich nutzen rund 9 300 Schülerinnen und
Schüler die Linien; Verstärkerfahrten kosten 180 000 Euro.
"""


def test_questions_printed_only_as_requests_are_found() -> None:
    """No question mark anywhere: still questions before their headings, not answers without questions."""
    document = parse_lines(text_pages(_LINES), doc_id="sl-16-1236")
    assert [q.text for q in document.questions] == [
        "Bitte nennen Sie die Zahl der Schulbuslinien im Landkreis Neunkirchen.",
        "Bitte schlüsseln Sie die Zahl der Schülerinnen und Schüler nach Linien auf.",
        "Die Landesregierung wird gebeten, die Kosten der Verstärkerfahrten darzulegen.",
    ]
    assert document.questions[0].answer == ("Im Landkreis Neunkirchen verkehren 42 Linien des Schülerverkehrs.",)
    assert document.questions[1].answered_with == (3,)


# Numbered questions whose '?' is not printed (a request, a scan that lost it): the numbering, the answer's marker
# and the question's wording place them; where the answer's start is only a guess, the archivist is told.
def _without_mark(doc_id: str, asked: str, printed: str | None = None):
    """The real fixture with one question's ``asked`` (ending in '?') printed as ``printed`` (default: no '?')."""
    text = (FIXTURES / f"{doc_id}.txt").read_text(encoding="utf-8")
    assert text.count(asked) == 1
    return parse_lines(text_pages(text.replace(asked, printed or asked.removesuffix("?"))), doc_id=doc_id)


_NI_Q4 = "4. In welchem aktuellen Bearbeitungsstand befindet sich der Fragebogen gegebenenfalls?"


@pytest.mark.parametrize(
    "printed",
    [
        "4. In welchem aktuellen Bearbeitungsstand befindet sich der Fragebogen gegebenenfalls",
        "4. Bitte den Bearbeitungsstand des Fragebogens nach Ressorts aufschlüsseln",
    ],
)
def test_a_numbered_question_without_mark_before_the_next_one_is_kept(printed: str) -> None:
    """Niedersachsen's "4. … 5. …? 6. …? Die Fragen 4 bis 6 werden … gemeinsam beantwortet.": question 4 ends where
    question 5 begins, not lost with a gap in the numbering."""
    document = _without_mark("ni-19-11181", _NI_Q4, printed)
    assert [q.number for q in document.questions] == list(range(1, 48))
    fourth = document.questions[3]
    assert fourth.text == printed.removeprefix("4. ") and fourth.answered_with == (5, 6)
    assert fourth.answer == document.questions[5].answer
    assert not any("fehlt" in warning for warning in document.warnings)


def test_a_question_without_mark_ends_at_its_answer_marker() -> None:
    """Berlin's "Frage 2: Welche Projekte sind für 2022 geplant Antwort zu 2: …": the marker ends the question."""
    document = _without_mark("be-19-90001", "Welche Projekte sind für 2022 geplant?")
    assert [q.text for q in document.questions][1] == "Welche Projekte sind für 2022 geplant"
    assert document.questions[1].answer == ("Geplant sind drei Projekte.",)


def test_a_first_question_without_mark_is_found_and_reported() -> None:
    """NRW's "1. Wie viele … elektronisch" before "2. In wie vielen …?": question 1 is read, not dropped into the
    Vorbemerkung; where its answer begins is a guess the report states."""
    document = _without_mark("nw-18-14087", "bereits elektronisch?")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    first = document.questions[0]
    assert first.text == "Wie viele Landeseinrichtungen erfassen die Arbeitszeit bereits elektronisch"
    assert first.answered_with == (2,)
    assert "Frage 1 endet ohne Fragezeichen: Wo ihre Antwort beginnt, ist nur geschätzt." in document.warnings


def test_a_last_question_without_mark_is_not_silently_merged_into_the_answer_before() -> None:
    """Niedersachsen's "10. Ist der Landesregierung … bekannt Nein.": question 10 stays a question of its own (its
    one-word answer not told apart from its text), and the report says so."""
    document = _without_mark("ni-19-11169", "eine konkrete Zeitplanung bekannt?")
    assert [q.number for q in document.questions] == list(range(1, 11))
    assert document.questions[9].text.startswith("Ist der Landesregierung gegebenenfalls für die weiteren Schritte")
    assert "Frage 10 endet ohne Fragezeichen: Wo ihre Antwort beginnt, ist nur geschätzt." in document.warnings
    assert not any("Zeitplanung" in paragraph for paragraph in document.questions[8].answer)


@pytest.mark.parametrize(
    ("doc_id", "asked", "warning"),
    [
        (
            "rp-17-2368",
            "getan werden müsse, mit ein?",
            "Die Antwort nennt Frage 3 („Zu Frage 3:“), eine Frage 3 wurde aber nicht erkannt"
            " (vielleicht fehlt ihr Fragezeichen).",
        ),
        (
            "be-18-10505",
            "und haben diese einberufen?",
            "Die Antwort nennt Frage 3 („Antwort zu 1 und 3:“), eine Frage 3 wurde aber nicht erkannt"
            " (vielleicht fehlt ihr Fragezeichen).",
        ),
    ],
)
def test_an_answer_heading_naming_a_question_not_found_is_reported(doc_id: str, asked: str, warning: str) -> None:
    """Rheinland-Pfalz's "2. Schließt … mit ein 3. Wenn nein, …?" and Berlin's "Frage 1: … Frage 3: …" before
    "Antwort zu 1 und 3:": the question whose '?' is missing stays joined to the one before, but the archivist is
    told that the answer part names a question the parse does not have."""
    assert warning in _without_mark(doc_id, asked).warnings


def test_a_flat_question_without_mark_is_cut_before_the_next_numbered_question() -> None:
    """kleineanfragen.de's one line "2. Wann soll die Loreley-Freilichtbühne saniert bzw. ertüchtigt werden 3. Hat der
    80 Prozent zugesagte Landeszuschuss …?": question 3 starts its own line, each answer stays with its question."""
    document = _without_mark("rp-16-6253", "saniert bzw. ertüchtigt werden?")
    assert [q.text for q in document.questions][1:] == [
        "Wann soll die Loreley-Freilichtbühne saniert bzw. ertüchtigt werden",
        "Hat der 80 Prozent zugesagte Landeszuschuss zur Sanierung der Loreley-Freilichtbühne noch Bestand?",
    ]
    assert document.questions[1].answer[0].startswith("Nach Mitteilung des Zuwendungsempfängers")
    assert document.questions[2].answer == ("Ja.",)
    # a date before the next number ("seit dem 3. Mai") is not where the question ends
    dated = _without_mark(
        "rp-16-6253", "saniert bzw. ertüchtigt werden?", "seit dem 3. Mai saniert bzw. ertüchtigt werden"
    )
    assert dated.questions[1].text.endswith("seit dem 3. Mai saniert bzw. ertüchtigt werden")
    assert dated.questions[2].text.startswith("Hat der 80 Prozent zugesagte Landeszuschuss")


def test_a_last_question_opening_with_a_preposition_is_kept_apart_from_the_answer_before() -> None:
    """Hessen's one line "… die 55 Personen betrafen. Frage 2. In wie vielen Fällen/Personen war keine Sicherung des
    Lebensunterhaltes gegeben In den 22 …": "In wie vielen" opens a question; it does not vanish into answer 1."""
    document = _without_mark("he-19-2430", "Lebensunterhaltes gegeben?")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[1].text.startswith("In wie vielen Fällen/Personen war keine Sicherung")
    assert not any("In wie vielen" in paragraph for paragraph in document.questions[0].answer)
    assert "Frage 2 endet ohne Fragezeichen: Wo ihre Antwort beginnt, ist nur geschätzt." in document.warnings


def test_a_question_without_mark_ends_with_its_printed_paragraph() -> None:
    """Niedersachsen's printed lines "… für die Aufhebung der fünf Bahnübergänge vor" (short) / "Die Aufhebung der
    genannten Bahnübergänge ist …": the question ends with its paragraph, its answer is not taken into it."""
    document = _without_mark("ni-19-11169", "der fünf Bahnübergänge vor?")
    first = document.questions[0]
    assert first.text == (
        "Welche Informationen bzw. Zusagen zur Finanzierung aus Bundesmitteln liegen der Landesregierung"
        " gegebenenfalls für die Aufhebung der fünf Bahnübergänge vor"
    )
    assert first.answer[0].startswith("Die Aufhebung der genannten Bahnübergänge ist Gegenstand des Beschlusses")
    assert not first.answered_with


def test_a_question_that_swallowed_its_answer_does_not_take_the_next_answer() -> None:
    """Hessen's one line "Frage 1. Wie viele Fälle/Personen … eingereicht worden Nach dem Stand vom 21. September …":
    the answer stays in the question's text (the report says its end is a guess); answer 2 is not shared with it."""
    document = _without_mark("he-19-2430", "seit der Gesetzesänderung eingereicht worden?")
    first, second = document.questions
    assert not first.answered_with and not first.answer
    assert second.answer[0].startswith("In den 22 zur Beratung zugelassenen Fällen")
    assert not any("gemeinsam beantwortet" in warning for warning in document.warnings)
    assert "Frage 1 endet ohne Fragezeichen: Wo ihre Antwort beginnt, ist nur geschätzt." in document.warnings
