"""Round 38: 20 Landtag answers the parser had never seen (kleineanfragen.de text pages and one docslib.org copy, byte
for byte), measured before the parser was changed; each misreading mended as a layout or sentence form, not as a
file.  Each test reads a held text and asserts what a reader gets (the askers, the title, the introduction, a
question, its answer, the German warning); every test fails on main before the round (24508ab)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_follow_up_request_with_a_date_in_brackets_belongs_to_its_question() -> None:
    """Hamburg: „… gab es in Hamburg …? Bitte nach Jahr (für 2020 zum Stichtag 20.02.) separiert … gesondert
    darstellen. In 2020 gab es im Bezirk Bergedorf eine Sichtung, …“ — the request ends the question, the next
    sentence is its answer (before: both answers inside their questions, „Keine der 2 Fragen hat eine Antwort“)."""
    document = load_document(CUT / "hh-21-20260.txt")
    assert _question_text(document, 1).endswith(
        "separiert für Hamburg und die jeweiligen Bezirke gesondert darstellen."
    )
    assert _answer(document, 1).startswith("In 2020 gab es im Bezirk Bergedorf eine Sichtung")
    assert _answer(document, 2).startswith("Im Bezirk Eimsbüttel erfolgte in 2018 eine Beratung vor Ort.")
    assert not any(warning.startswith("Keine der") for warning in document.warnings)


def test_the_formula_before_hamburgs_request_is_no_part_of_the_introduction() -> None:
    """Hamburg: „… wurde bereits aufgehoben . Dies vorausgeschickt, frage ich den Senat: 1. …“ — the introduction ends
    on its last sentence (before: it closed with „Dies vorausgeschickt,“)."""
    document = load_document(CUT / "hh-21-14415.txt")
    assert " ".join(document.preamble).endswith("Die Schonzeit für Schwarzwild in Hamburg wurde bereits aufgehoben .")


def test_a_request_led_in_by_a_phrase_keeps_question_one_point_one() -> None:
    """Bayern: „… nicht in der Lage. Vor diesem Hintergrund frage ich die Staatsregierung: 1.1 Wie schätzt …? 1.2 …“
    — question 1.1 is read, and the introduction keeps its first words „Das Schloss Mainberg“ though they repeat the
    title (before: 1.1 lost, the introduction began „bei Schweinfurt …“)."""
    document = load_document(CUT / "by-17-18170.txt")
    assert [q.label for q in document.questions][:3] == ["1.1", "1.2", "1.3"]
    assert _question_text(document, 1).startswith("Wie schätzt die Staatsregierung den kulturhistorischen Wert und")
    assert document.preamble[0].startswith("Das Schloss Mainberg bei Schweinfurt ist eines der letzten Beispiele")


def test_bayerns_title_after_several_askers_who_ask_as_wir() -> None:
    """Bayern: „Schriftliche Anfrage der Abgeordneten Jürgen Mistol, Rosi Steinberger BÜNDNIS 90/DIE GRÜNEN vom
    20.09.2017 Schutz von Baudenkmälern in Bayern Wir fragen die Staatsregierung:“ — the title is the words after the
    date (before: the whole head)."""
    document = load_document(CUT / "by-17-19004.txt")
    assert document.title == "Schutz von Baudenkmälern in Bayern"


def test_a_copy_cut_in_baden_wuerttembergs_page_one_footer_answers_nothing() -> None:
    """Baden-Württemberg: „… verstärkt zunimmt? Kleine Anfrage des Abg. … Drucksachen und Plenarprotokolle sind im
    Internet abrufbar unter: www.landtag-bw.de/Dokumente Der Landtag druckt auf“ (the copy stops there) — no question
    has an answer (before: „Der Landtag druckt auf“ the joint answer to questions 1–6)."""
    document = load_document(CUT / "bw-16-1298.txt")
    assert len(document.questions) == 6
    assert all(not q.answer for q in document.questions)
    assert any(warning.startswith("Keine der 6 Fragen hat eine Antwort") for warning in document.warnings)


def test_baden_wuerttembergs_kleine_anfrage_alone_names_askers_and_title() -> None:
    """Baden-Württemberg, the Kleine Anfrage alone: „Eingang: 09.05.2017 Kleine Anfrage des Abg. Stefan Herre AfD
    Eintreffzeiten der Polizeikräfte … Tuttlingen Ich frage die Landesregierung: 1. … 9. …? 09.05.2017 Herre AfD
    B e g r“ — one asker, the title, no answer, the cut in the heading „Begründung“ said (before: the title read as
    two askers, no title, the signature „09.05.2017 Herre AfD Begr“ the joint answer to questions 1–9)."""
    document = load_document(CUT / "bw-16-2042.txt")
    assert [(a.name, a.party) for a in document.askers] == [("Stefan Herre", "AfD")]
    assert document.title.startswith("Eintreffzeiten der Polizeikräfte im gesamten Zollernalbkreis sowie")
    assert document.title.endswith("des Polizeipräsidiums Tuttlingen")
    assert len(document.questions) == 9
    assert all(not q.answer for q in document.questions)
    assert any("in der Überschrift „Begründung“" in warning for warning in document.warnings)


def test_a_count_that_opens_a_sentence_is_no_stray_page_number() -> None:
    """Rheinland-Pfalz: „… wird der Wolf immer mehr wieder heimisch. 150 Jahre nach seiner Ausrottung konnte …“ — the
    „150“ stays in the introduction (before: taken off as a page number)."""
    document = load_document(CUT / "rp-16-4039.txt")
    assert "heimisch. 150 Jahre nach seiner Ausrottung" in " ".join(document.preamble)


def test_hessens_page_one_footer_where_the_copy_stops_is_no_part_of_the_answer() -> None:
    """Hessen, docslib.org's copy: „… Langhecke 2009 Fahrzeug TSF-W 31.952 € Eingegangen am 5. September 2013 ·“ —
    answer 2 ends on its table (before: with the footer's date)."""
    document = load_document(CUT / "he-18-7621.txt")
    assert _answer(document, 2).endswith("Langhecke 2009 Fahrzeug TSF-W 31.952 €")
    assert "Eingegangen" not in _answer(document, 2)


def test_berlins_page_count_inside_a_table_is_no_part_of_the_answer() -> None:
    """Berlin: „… FF 2201 Wittenau 1* 1 Seite 2 von 3 FF 2301 Hermsdorf 1 1 …“ — the letter's page count where a page
    break cuts the table is taken off (before: in the answer)."""
    document = load_document(CUT / "be-18-20597.txt")
    assert "Seite 2 von 3" not in _answer(document, 1)
    assert "FF 2201 Wittenau 1* 1 FF 2301 Hermsdorf 1 1" in _answer(document, 1)
