"""Round 17: the misreadings round 16 and the blind set ``bundestag9`` left open, one test per layout rule, each
asserting what the archivist and the reader see (every test fails on main ``ec5d215``)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from indexer.cli import cli
from indexer.ingest.extract import text_pages
from indexer.ingest.load import load_document
from indexer.ingest.parse import parse_lines
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"
BUNDESTAG9 = Path(__file__).parent.parent / "queries" / "corpus-bt9"
ROUND17 = (CUT / "sn-6-1964", CUT / "mv-7-2184", CUT / "mv-7-2490")


@pytest.mark.parametrize("stem", ROUND17, ids=lambda stem: stem.name)
def test_round17_copies_are_parsed_as_keyed(stem: Path) -> None:
    """The stored pages that now read right, keyed by reading them (question boundaries, the first and last words of
    each answer, the government's Vorbemerkung)."""
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    assert not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }


def test_questions_numbered_with_a_parenthesis_and_answered_under_antwort() -> None:
    """Schleswig-Holstein's „1) In welchem zeitlichen Turnus …? Antwort: …“ (before: one unnumbered question from the
    cover to question 3)."""
    document = load_document(CUT / "sh-18-5206.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert (
        document.questions[0].text
        == "In welchem zeitlichen Turnus werden die genannten Lagebilder durch wen erstellt ?"
    )
    assert document.questions[0].answer_text.startswith("Die Erstellung erfolgt täglich")
    assert document.questions[1].answer_text == "Es wird auf die Antwort zur Frage 3 verwiesen."
    assert not any("ohne Nummer" in warning for warning in document.warnings)


def test_a_parenthesised_number_that_no_answer_follows_is_no_question() -> None:
    """A list „1) … 2) …“ inside a text numbered „1.“ stays as it is."""
    lines = [
        "1. Welche Stellen sind betroffen?",
        "Betroffen sind 1) Die Polizei und 2) Die Feuerwehr.",
        "2. Wann wurde das geprüft?",
        "Im Mai.",
    ]
    document = parse_lines([lines], doc_id="sh-18-1")
    assert [q.number for q in document.questions] == [1, 2]
    assert document.questions[0].answer_text == "Betroffen sind 1) Die Polizei und 2) Die Feuerwehr."


def test_a_list_numbered_with_a_parenthesis_inside_an_answer_keeps_the_question_numbers() -> None:
    """„1) Welche Maßnahmen …? Antwort: … folgende Maßnahmen: 1) Schulungen …, 2) Beratungen … 2) Welche Kosten …?“
    (before: the list's „2)“ was question 2, the real question 2 a part of it; review of parser round 17)."""
    lines = [
        "1) Welche Maßnahmen wurden 2016 ergriffen?",
        "Antwort:",
        "Die Landesregierung hat folgende Maßnahmen ergriffen:",
        "1) Schulungen der Beamtinnen und Beamten,",
        "2) Beratungen der Kommunen.",
        "2) Welche Kosten sind entstanden?",
        "Antwort:",
        "Es sind Kosten von 12.000 Euro entstanden.",
        "3) Wann wurde der Bericht vorgelegt?",
        "Antwort:",
        "Im Mai 2016.",
    ]
    document = parse_lines([lines], doc_id="sh-18-9999")
    assert [(q.number, q.text) for q in document.questions] == [
        (1, "Welche Maßnahmen wurden 2016 ergriffen?"),
        (2, "Welche Kosten sind entstanden?"),
        (3, "Wann wurde der Bericht vorgelegt?"),
    ]
    assert document.questions[0].answer_text.endswith(
        "1) Schulungen der Beamtinnen und Beamten, 2) Beratungen der Kommunen."
    )


def test_sachsens_letterhead_between_two_questions_is_taken_out_not_the_questions() -> None:
    """„Frage 1: …? <answer> Frage 2: …? Frage 3: …? Hausanschrift: … melden. STAATSMINISTERIUM DES INNERN Freistaat
    SACHSEN Frage 4: …? Eine Antwort auf die Fragen 2 bis 4 entfällt.“ (before: refused, no questions found)."""
    document = load_document(CUT / "sn-6-1964.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    assert document.questions[0].answer_text.startswith("Derartige Festlegungen")
    assert document.questions[3].text.startswith("Welche Kriterien werden zugrunde gelegt")
    assert document.questions[3].answer_text == "Eine Antwort auf die Fragen 2 bis 4 entfällt."
    assert (
        document.title == 'Regelungen zum Umgang mit sogenannten "asylkritischen" Veranstaltungen im Freistaat Sachsen'
    )


def test_sachsens_one_question_before_the_letters_footer() -> None:
    """„Frage: Wie viele Versammlungen …? (Bitte …) <scan noise> Anlage wird verwiesen.“ with the letterhead before and
    the address footer after (before: refused)."""
    document = load_document(CUT / "sn-6-866.txt")
    assert len(document.questions) == 1
    assert document.questions[0].text.startswith("Wie viele Versammlungen und Aufzüge unter freiem Himmel")
    assert document.questions[0].answer_text.endswith("Anlage wird verwiesen.")
    assert [(a.name, a.party) for a in document.askers] == [("Andre Schollbach", "DIE LINKE")]


def test_sachsens_address_footer_ends_the_answer_and_the_page() -> None:
    """The scan's answer ends in a misread greeting, then the address footer: the footer is no answer, and the page's
    end is no cut (before: the footer was the answer's last words)."""
    document = load_document(CUT / "sn-6-911.txt")
    assert "Hausanschrift" not in document.questions[0].answer_text
    assert not any("mitten im Satz" in warning for warning in document.warnings)


def test_bremens_fragestunde_quoting_its_subject_has_no_printed_questions() -> None:
    """„„Inwieweit finden Wirtschaftlichkeitsprüfungen … statt?““ before „Zu Frage 1:“ is the subject, and the last
    paragraph of answer 1 no question 2 (before: both were questions)."""
    text = (FIXTURES / "without-id" / "hb-19-fragestunde-2016-12-15.txt").read_text(encoding="utf-8")
    document = parse_lines(text_pages(text), doc_id="hb-19-1")
    assert [(q.number, q.text) for q in document.questions] == [(1, ""), (2, "")]
    assert document.questions[0].answer_text.endswith("angemessen seien und anerkannt werden können.")
    assert document.questions[1].answer_text.startswith("Folgende Gutachten wurden von der PROGNOS AG erstellt")


def test_a_copy_cut_inside_the_first_part_of_a_question_leaves_it_unanswered() -> None:
    """„2. Hat die zuständige Denkmalschutzbehörde … geprüft? a) Wenn ja, welche Denkmä“ (before: the part was the
    answer)."""
    document = load_document(CUT / "mv-7-2184.txt")
    last = document.questions[-1]
    assert last.text.endswith("geprüft? a) Wenn ja, welche Denkmä") and not last.answer_text
    assert any("Frage 2 endet mitten im Satz" in warning for warning in document.warnings)


def test_a_last_answer_given_in_lettered_parts_is_no_cut_question() -> None:
    """„2. Wie viele Beamte …? a) 2017: 120 Beamte b) 2018: 135 Beamte“ at the end of the text: the parts answer, they
    ask nothing (before: a question cut in its part a, unanswered; review of parser round 17)."""
    lines = [
        "1. Wie viele Polizeieinsätze gab es 2018 in Rostock?",
        "Es gab 1.234 Einsätze.",
        "2. Wie viele Beamte waren 2017 und 2018 im Einsatz?",
        "a) 2017: 120 Beamte",
        "b) 2018: 135 Beamte",
    ]
    document = parse_lines([lines], doc_id="mv-7-9999")
    last = document.questions[-1]
    assert last.text == "Wie viele Beamte waren 2017 und 2018 im Einsatz?"
    assert " ".join(last.answer_text.split()) == "a) 2017: 120 Beamte b) 2018: 135 Beamte"
    assert not any("Frage 2" in warning for warning in document.warnings)


def test_a_copy_cut_before_question_one_is_refused_and_the_cut_said() -> None:
    """Hamburg's cover whose subject asks („Betr.: „Stolperfalle Gehweg“ – Was hat sich 2017 … getan?“), cut in the
    introduction: no question yet (before: the cover was an unnumbered question, the introduction its answer)."""
    result = CliRunner().invoke(cli, ["parse", str(CUT / "hh-21-11374.txt")])
    assert result.exit_code == 1
    assert "Keine nummerierten Fragen gefunden" in result.output
    assert "Der Text endet mitten im Satz („… 1.098 Fällen auf den höchsten“), vor der ersten Frage" in result.output


def test_an_ordinal_after_an_article_opens_no_question_and_berlins_spaced_number_is_read() -> None:
    """„… bis zum Ende des 1. Schulhalbjahres …“ inside question 1 and its answer, and the page head „Drucksache
    17 / 16 953“ (before: a question 2 „Schulhalbjahres …“, Drucksache „17/16“, refused by the id check)."""
    result = CliRunner().invoke(cli, ["parse", str(CUT / "be-17-16953.txt")])
    assert result.exit_code == 0, result.output
    document = load_document(CUT / "be-17-16953.txt")
    assert document.drucksache == "17/16953"
    assert document.questions[0].text.endswith(
        "bis zum Ende des 1. Schulhalbjahres und mit welcher bis zum Ende des Schuljahres?"
    )
    assert document.questions[0].answer_text.startswith("In der vom Landesamt für Gesundheit und Soziales")


def test_mecklenburg_vorpommerns_bare_vorbemerkung_after_the_cover_is_the_governments() -> None:
    """„… und ANTWORT der Landesregierung Vorbemerkung Mit der Teilfortschreibung …“, then question 1 after the page
    head (before: the remark in no field, question 1 „without number“)."""
    document = load_document(CUT / "mv-7-2490.txt")
    assert document.government_preamble[0].startswith("Mit der Teilfortschreibung des Kapitels 6.5")
    assert document.government_preamble[-1].endswith("wie sie mit ihren Grundstücken verfahren möchten.")
    assert document.questions[0].text.endswith("a Welche sind das? b) Wo liegen diese?")
    assert document.questions[0].answer_text.startswith("Die Fragen 1, a) und b) werden zusammenhängend beantwortet.")
    assert not any("ohne Nummer" in warning for warning in document.warnings)


def test_brandenburgs_wording_heading_without_colon_dates_the_question() -> None:
    """„Wortlaut der Kleinen Anfrage 1269 vom 13.11.2015 Mitarbeiter von …“ (before: the heading opened the askers'
    Vorbemerkung, no date of the question)."""
    document = load_document(FIXTURES / "bb-6-3181.txt")
    assert document.preamble[0].startswith("Mitarbeiter von Bauunternehmen haben berichtet")
    assert document.date_asked == dt.date(2015, 11, 13)


def test_an_annex_page_printed_before_its_label_belongs_to_the_annex() -> None:
    """Bundestag 21/1363: the annex's first page (its title, then a table), then „Anlage zu Frage 3“ and the title
    again (before: the first page was the end of answer 3).  Since parser round 18 the page's starred note „* Von einer
    Drucklegung der Anlage wird abgesehen. …“ no longer ends the answer either."""
    document = load_document(BUNDESTAG9 / "bt-21-1363.txt")
    assert document.questions[2].answer_text.endswith("alphabetisch beginnend nach Bundesland erfolgt.")
    assert "Wissenswerkstatt" not in document.questions[2].answer_text
    (annex,) = document.annexes
    assert annex.label == "Anlage zu Frage 3"
    assert annex.rows[:2] == (
        "INQA-Netzwerkbüro: Unterstützte regionale Netzwerke zur Fachkräftesicherung in der 20. Wahlperiode",
        "Netzwerkname Ort Gemeinde Bundesland",
    )


@pytest.mark.parametrize("gap", [[], [""]], ids=["close", "blank-line"])
def test_an_answers_table_under_the_annexs_title_stays_in_the_answer(gap: list[str]) -> None:
    """An answer printing a table under the title its annex repeats after „Anlage“ (before: the table and the
    answer's last sentence were the annex's first page; review of parser round 17) — also after a blank line, which
    ends no page (only the one a taken-off print note leaves does; review of parser round 18)."""
    table = ["Abschiebungen nach Herkunftsstaaten im Jahr 2024", "Syrien 1 200", "Afghanistan 900"]
    lines = [
        "1. Wie viele Abschiebungen gab es im Jahr 2024?",
        "Im Jahr 2024 gab es 20 000 Abschiebungen.",
        "2. Wie verteilen sich die Abschiebungen auf die Herkunftsstaaten?",
        "Die Verteilung ergibt sich aus der folgenden Übersicht:",
        *gap,
        *table,
        "Die Angaben für alle Staaten enthält die Anlage.",
        "Anlage",
        *table,
        "Irak 700",
    ]
    document = parse_lines([lines], doc_id="bt-21-9999")
    answer = " ".join(document.questions[1].answer_text.split())
    assert answer == (
        "Die Verteilung ergibt sich aus der folgenden Übersicht: Abschiebungen nach Herkunftsstaaten im Jahr 2024"
        " Syrien 1 200 Afghanistan 900 Die Angaben für alle Staaten enthält die Anlage."
    )
    (annex,) = document.annexes
    assert (annex.label, annex.rows) == ("Anlage", (*table, "Irak 700"))


def test_an_annex_page_mark_is_no_word_of_the_last_answer() -> None:
    """Bundestag 21/1097: „Seite 1 von 14“ of the annex before its label (before: the end of answer 8)."""
    document = load_document(BUNDESTAG9 / "bt-21-1097.txt")
    assert document.questions[7].answer_text.endswith(
        "Darüber hinaus liegen der Bundesregierung keine Informationen vor."
    )
