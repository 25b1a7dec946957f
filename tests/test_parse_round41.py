"""Round 41: 20 Landtag answers the parser had never seen (Berlin, Rheinland-Pfalz, Baden-Württemberg, Hamburg; pages of
the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended as a layout or
sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (the parliament, the title, a
question, its answer, the German warning); every test fails on main before the round (d2d32ef)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_berlins_cover_names_the_abgeordnetenhaus_before_the_questions_name_brandenburg() -> None:
    """Berlin: „Drucksache 17 / 11 126 Kleine Anfrage 17. Wahlperiode Kleine Anfrage des Abgeordneten … (Eingang beim
    Abgeordnetenhaus am 26. Oktober 2012) und Antwort Personalausstattung im Berliner Tierheim in Falkenberg …“,
    question 5 asking about „Kooperationen zwischen Berlin und Brandenburg“ — the Abgeordnetenhaus answers, and the
    title is the cover's (before: Landtag Brandenburg, the title „6 61 78 28. Im Namen des Senats …“)."""
    document = load_document(CUT / "be-17-11126.txt")
    assert document.parliament == "be"
    assert document.title == "Personalausstattung im Berliner Tierheim in Falkenberg"


def test_berlins_request_after_the_question_mark_is_the_questions_when_zu_3_follows() -> None:
    """Berlin: „3. In wie vielen … wurde die Tierhaltung untersagt? (Es wird um eine Unterteilung … gebeten ). Zu 3.:
    Untersagungen nach § 10 …“ — the request in brackets is question 3's, the answer opens after „Zu 3.:“ (before: the
    answer opened with the request, „Zu 3.:“ inside it)."""
    document = load_document(CUT / "be-17-17182.txt")
    assert _question_text(document, 3).endswith("§§ 20, 20a TierSchG gebeten ).")
    assert _answer(document, 3) == "Untersagungen nach § 10 Hundegesetz (HundeG ) u"


def test_a_copy_that_stops_in_baden_wuerttembergs_page_1_footer_has_no_joint_answer() -> None:
    """Baden-Württemberg: „… 7. Wie hoch …? 11. 01. 2018 Dürr AfD Kleine Anfrage des Abg. Klaus Dürr AfD und Antwort des
    Ministeriums … Breitbandversorgung im Kreis Freudenstadt Drucksachen und Plenarprotokoll“ (the copy stops in the
    page-1 footer) — no question has an answer, and the title ends before the footer (before: the signature and the
    box were the joint answer to questions 1 to 7)."""
    document = load_document(CUT / "bw-16-3270.txt")
    assert document.title == "Breitbandversorgung im Kreis Freudenstadt"
    assert all(not question.answer and not question.answered_with for question in document.questions)
    assert any(warning.startswith("Keine der 7 Fragen hat eine Antwort") for warning in document.warnings)


def test_baden_wuerttembergs_begruendung_and_a_cut_answer_opening_are_no_answer() -> None:
    """Baden-Württemberg, a copy with line breaks: „5. Bis wann …? 13. 04. 2018 Rivoir SPD … Begründung Eine gute … zur
    Verfügung zu stellen. Antwort Mit Schreiben vom 9. Mai 201“ — the Begründung is the askers', no question has an
    answer, and the copy is said to stop in the answer's opening (before: all of it the joint answer to 1 to 5)."""
    document = load_document(CUT / "bw-16-3890.txt")
    assert all(not question.answer and not question.answered_with for question in document.questions)
    assert document.preamble[0].startswith("Eine gute flächendeckende Versorgung mit schnellem Internet")
    assert any(
        warning.startswith("Der Text endet im Einleitungssatz der Antwort („… Schreiben vom 9. Mai 201“)")
        for warning in document.warnings
    )


def test_a_copy_that_stops_in_the_first_answers_heading_has_no_answer() -> None:
    """Rheinland-Pfalz: „6. Wird … Wenn nein, warum nicht? Das Ministerium des Innern, für Sport und Infrastruktur hat
    die Kleine Anfrage … mit Schreiben vom 13. Januar 2016 wie folgt beantwortet: Zu“ — the ministry's sentence is no
    answer to question 6, and the cut is said (before: it was, „Zu“ with it)."""
    document = load_document(CUT / "rp-16-6084.txt")
    assert _answer(document, 6) == ""
    assert not document.government_preamble
    assert any(
        warning.startswith("Der Text endet im Einleitungssatz der Antwort („… 2016 wie folgt beantwortet: Zu“)")
        for warning in document.warnings
    )


def test_a_question_number_printed_without_its_full_stop_between_its_neighbours() -> None:
    """Rheinland-Pfalz: „1. Seit wann …? 2 Wie stark hat der Verkehr …? 3. Wonach …? 4. Wie sieht …?“ — four questions
    (before: one, questions 2 to 4 lost, question 2 inside question 1)."""
    document = load_document(CUT / "rp-16-5346.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    assert _question_text(document, 1).endswith("wurden die Streckenlängen festgelegt?")
    assert _question_text(document, 2) == "Wie stark hat der Verkehr seit Einführung dieser Regelung zugenommen?"


def test_a_ministry_named_without_spaces_after_its_commas_ends_before_the_title() -> None:
    """Rheinland-Pfalz: „A n t w o r t des Ministeriums für Bildung,Wissenschaft,Weiterbildung und Kultur
    Schülerbeförderung Die Kleine Anfrage 228 vom …“ — the title is „Schülerbeförderung“ (before: „Wir fragen die
    Landesregierung:“)."""
    document = load_document(CUT / "rp-16-349.txt")
    assert document.title == "Schülerbeförderung"
