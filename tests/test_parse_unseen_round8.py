"""Layouts first met in real texts nobody tuned the parser for (issue 16, round 8): what the archivist sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.extract import text_pages
from indexer.ingest.layouts.listed import is_answer_heading
from indexer.ingest.layouts.spelled import digit_labels, number_ordinals
from indexer.ingest.parse import parse_lines

FIXTURES = Path(__file__).parent / "fixtures"


def _parse(path: Path, doc_id: str):
    return parse_lines(text_pages(path.read_text(encoding="utf-8")), doc_id=doc_id)


def _report(path: Path) -> str:
    return CliRunner().invoke(cli, ["parse", str(path)]).output


def test_bavarian_questions_lettered_from_their_first_part_are_numbered_questions() -> None:
    """Bayern's "1. a) Wie viele …? b) …? c) …? 2. a) …": each number is one question with its lettered parts, not one
    unnumbered question holding the list; the copy stops inside question 4 ("… 2017 (Stichtag")."""
    path = FIXTURES / "cut" / "by-17-20910.txt"
    document = _parse(path, "by-17-20910")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.questions[0].text.startswith("a) Wie viele Inobhutnahmen")
    assert "c) Wie viele Jugendliche" in document.questions[0].text
    assert [q.answer_text for q in document.questions] == [""] * 4
    report = _report(path)
    assert "4 Fragen:" in report
    assert "Frage 4 endet mitten im Satz („… zwischen 2012 und 2017 (Stichtag“)" in report


def test_a_corrected_print_still_ends_the_title_and_dates_the_question() -> None:
    """Thüringen: "Die Kleine Anfrage 1297 - korrigierte Fassung - vom 27. Juli 2016 hat folgenden Wortlaut:" ends the
    title and gives the question's date; the askers' words after it are their introduction."""
    document = _parse(FIXTURES / "cut" / "th-6-2838.txt", "th-6-2838")
    assert document.title == "Finanzlage und Zahlung von Landeszuweisungen an den Saale-Holzland-Kreis - Teil II"
    assert document.date_asked is not None and document.date_asked.isoformat() == "2016-07-27"
    assert " ".join(document.preamble).startswith("Im Zuge der Berichterstattung über eine verhängte Haushaltssperre")


def test_rhineland_palatinate_cover_names_parliament_title_ministry_and_date() -> None:
    """A copy without page head or print line: "A n t w o r t des Ministeriums für Bildung auf die Große Anfrage der
    Fraktion der CDU – Drucksache 17/1218 – <title> Die Große Anfrage 17/1218 vom 5. Oktober 2016 hat folgenden
    Wortlaut:" is Rheinland-Pfalz's cover."""
    report = _report(FIXTURES / "cut" / "rp-17-1637.txt")
    assert report.startswith("rp-17-1637: Betreuungsgarantie in den Sommerferien\n")
    assert "Parlament:        Landtag Rheinland-Pfalz (rp), 17. Wahlperiode" in report
    assert "Ministerium:      Ministerium für Bildung" in report
    assert "gestellt am 05.10.2016" in report


def test_a_question_paper_before_the_nrw_answer_part_is_not_the_answer() -> None:
    """A member's page prints the question paper (four questions, signature, footnotes), then the answer: "Der
    Ministerpräsident hat die Kleine Anfrage 3336 mit Schreiben vom … beantwortet." and questions 1 and 2 again,
    answered together; the copy stops there, so questions 3 and 4 have no answer."""
    document = _parse(FIXTURES / "without-id" / "nw-17-ka3336.txt", "nw-17-3336")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert [q.answered_with for q in document.questions] == [(2,), (1,), (), ()]
    first = document.questions[0].answer_text
    assert first.startswith("Die Fragen 1 und 2 werden wegen des Sachzusammenhangs gemeinsam beantwortet.")
    assert "Strotebeck" not in first and "https://" not in first
    assert [q.answer_text for q in document.questions[2:]] == ["", ""]


def test_questions_and_labels_spelled_out_are_numbered() -> None:
    """Bremen's Fragestunde as read aloud: "Erstens: Wie …? Zweitens: Kann …?", "Antwort des Senats:", "Zu Frage eins:
    …".  Before, the site's list of links was question 1 and everything after it its answer."""
    document = _parse(FIXTURES / "without-id" / "hb-19-fragestunde-unibad.txt", "hb-19-1")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[0].text.startswith("Wie steht der Senat aktuell zum Erhalt des Unibades")
    assert document.questions[0].answer_text.startswith("In den Jahren 2013 und 2014 wurden")
    assert document.questions[1].answer_text == ""
    assert document.warnings[0].startswith("Die 2 Fragen beginnen mit „Erstens:“, „Zweitens:“")


def test_spelled_numbers_only_where_they_label_or_ask() -> None:
    """A label needs its colon; ordinals that argue inside an answer ask nothing and stay words."""
    assert digit_labels("Zu Frage eins: Nein.") == "Zu Frage 1: Nein."
    assert digit_labels("Zu den Fragen zwei und drei: Siehe oben.") == "Zu den Fragen 2 und 3: Siehe oben."
    assert digit_labels("Zu Frage eins verweise ich auf die Antwort.") == "Zu Frage eins verweise ich auf die Antwort."
    argued = ["Antwort des Senats:", "Erstens: Das Bad ist alt.", "Zweitens: Es fehlt Geld."]
    assert number_ordinals(argued) == (argued, [])
    unasked = ["Erstens: Das Bad ist alt.", "Zweitens: Es fehlt Geld.", "Antwort des Senats:", "Zu Frage 1: Ja."]
    assert number_ordinals(unasked) == (unasked, [])
    # the last ordinal's item ends at its blank line: a later "?" does not make it ask
    later = ["Erstens: Gilt das noch?", "Zweitens: Das Bad ist alt.", "", "Bleibt die Frage, wer zahlt?"]
    assert number_ordinals(later) == (later, [])


def _bundestag(body: str) -> str:
    """A Bundestag answer's head as pypdf extracts it (no blank lines), then ``body``."""
    return (
        "Deutscher Bundestag Drucksache 21/9001\n21. Wahlperiode 01.09.2025\nAntwort\nder Bundesregierung\n"
        "auf die Kleine Anfrage der Abgeordneten Erika Muster und der Fraktion der AfD\n– Drucksache 21/9000 –\n"
        "Förderung von Radwegen\n" + body
    )


def test_a_joint_statement_names_lettered_parts_or_answers_in_summary() -> None:
    """The Bundestag's "Die Fragen 2 bis 3b werden gemeinsam beantwortet." and "… werden zusammenfassend
    beantwortet." share the answer as the text says; before, the statement was not read and the answer was shared as
    a guess ("Nur nach Frage 3 ist eine Antwort gedruckt")."""
    for statement in (
        "Die Fragen 2 bis 3b werden gemeinsam beantwortet.",
        "Die Fragen 2 und 3 werden zusammenfassend beantwortet.",
        "Die Fragen 2 sowie 3 werden gemeinsam beantwortet.",
    ):
        text = _bundestag(
            "1. Wie viele Radwege wurden 2024 gefördert?\nEs wurden 12 Radwege gefördert.\n"
            "2. Wie viele davon in Bayern?\n3. Wie viele davon in Hessen?\n"
            "a) Wie viele in Kassel?\nb) Wie viele in Fulda?\n"
            f"{statement}\nDazu liegen der Bundesregierung keine Angaben vor.\n"
        )
        document = parse_lines(text_pages(text), doc_id="bt-21-9001")
        assert [q.answered_with for q in document.questions] == [(), (3,), (2,)], statement
        assert document.questions[1].answer_text.endswith("keine Angaben vor.")
        assert document.warnings == (), "the text says so: no guessed joint answer to report"


@pytest.mark.parametrize(
    "reference",
    [
        "Es wird auf die Antworten\nzu den Fragen 1 und 2 verwiesen.",
        "Zu den Fragen 1 und 2 wird auf die dortigen Antworten verwiesen.",
    ],
)
def test_a_sentence_referring_to_questions_heads_no_answer(reference: str) -> None:
    """A wrapped "Es wird auf die Antworten / zu den Fragen 1 und 2 verwiesen." and a sentence opening "Zu den Fragen 1
    und 2 wird auf … verwiesen." are no heading ``zu den Fragen 1 und 2`` of the listed layout: that has its colon or
    stands alone (``Zu 1)``, ``Zu den Fragen 1 und 2 gemeinsam:``)."""
    text = _bundestag(
        "1. Wie viele Radwege wurden 2024 gefördert?\nEs wurden 12 Radwege gefördert.\n"
        "2. Wie viele Radwege wurden 2023 gefördert?\nEs wurden 10 Radwege gefördert.\n"
        f"3. Wie bewertet die Bundesregierung diese Entwicklung?\n{reference}\n"
    )
    document = parse_lines(text_pages(text), doc_id="bt-21-9001")
    assert [q.answer_text for q in document.questions] == [
        "Es wurden 12 Radwege gefördert.",
        "Es wurden 10 Radwege gefördert.",
        reference.replace("\n", " "),
    ]


def test_a_question_ends_on_a_noun_abbreviation_but_goes_on_after_one_before_its_number() -> None:
    """ "Bitte nach Ort und Art." ends the question (``Art.`` is the noun here); "… vgl." and "… nach Art." with
    the number on the next line ("3 GG") go on."""
    text = _bundestag(
        "1. Wie viele Straftaten wurden 2024 erfasst?\nBitte nach Ort und Art.\nEs wurden 12 Straftaten erfasst.\n"
        "2. Wurden Versammlungen verboten? Welche davon nach Art.\n8 GG geschützt?\nKeine; alle angemeldeten.\n"
        "3. Welche Fälle gab es (bitte nach Monaten, vgl.\nDrucksache 20/100, aufschlüsseln)?\nKeine.\n"
        "4. Welche Kosten entstanden (bitte u. a.\nnach Kreisen aufschlüsseln)?\nRund 30 000 Euro.\n"
    )
    document = parse_lines(text_pages(text), doc_id="bt-21-9001")
    assert [(q.text, q.answer_text) for q in document.questions] == [
        ("Wie viele Straftaten wurden 2024 erfasst? Bitte nach Ort und Art.", "Es wurden 12 Straftaten erfasst."),
        ("Wurden Versammlungen verboten? Welche davon nach Art. 8 GG geschützt?", "Keine; alle angemeldeten."),
        ("Welche Fälle gab es (bitte nach Monaten, vgl. Drucksache 20/100, aufschlüsseln)?", "Keine."),
        ("Welche Kosten entstanden (bitte u. a. nach Kreisen aufschlüsseln)?", "Rund 30 000 Euro."),
    ]


@pytest.mark.parametrize(
    "line, heading",
    [
        ("Zu 2d", True),
        ("Zu 11a, 11c bis 11f.", True),
        ("Zu 42, 42 a), 42 b) und 42 c).", True),
        ("Zu 1.1 Die Landesregierung prüft.", True),
        ("Zu Frage 1 (Radwege)", True),
        ("Zu 1 und 2 gemeinsam", True),
        ("Zu den Fragen 1 bis 3 nimmt die Landesregierung wie folgt Stellung:", True),
        ("Zu 1)", True),
        ("Zu den Fragen 1 und 2 wird auf die dortigen Antworten verwiesen.", False),
        ("Antwort zu den Fragen 14 und 16) sowie aus Gesprächen", False),
        ("Antwort zu den Fragen 4 bis 6).", False),
        ("zu den Fragen 1 und 2 verwiesen.", False),
    ],
)
def test_an_answer_heading_is_no_sentence_going_on(line: str, heading: bool) -> None:
    assert is_answer_heading(line) is heading
