"""Round 22: Landtag answers the parser had never seen (mv, sh, rp, bb, be, sn, sl, hb), measured before any change;
one test per rule, on what a reader gets (the questions, the answers, the fields shown).  Every test fails on main
2c4bb56."""

from __future__ import annotations

import json
from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_layouts import _score
from tests.test_parse_unseen_round14 import _json

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def _keyed_right(stem: Path) -> bool:
    key = json.loads(stem.with_name(f"{stem.name}.expected.json").read_text(encoding="utf-8"))
    return not {
        measure: got for measure, got in _score(key, _json(stem.with_suffix(".txt"))).items() if got[0] != got[1]
    }


def test_a_request_between_the_question_mark_and_the_answer_heading_is_the_questions() -> None:
    """„…? Es wird um eine detaillierte Darstellung … gebeten. Antwort: …“ (Schleswig-Holstein) and „…? Hier bitte …
    auflisten. zu Fragen 1 und 2: …“ (Brandenburg, the heading in lower case): the request is the askers', the answer
    begins after its heading (before: the request opened the answer, Brandenburg's with the heading in it)."""
    sh = load_document(CUT / "sh-18-1582.txt")
    assert sh.questions[1].text.endswith("Es wird um eine detaillierte Darstellung nach den Einrichtungen gebeten.")
    assert sh.questions[1].answer_text.startswith("Bei den Einschlusszeiten ist")
    bb = load_document(CUT / "bb-6-8002.txt")
    assert bb.questions[1].text.endswith("entsprechend der Historie auflisten.")
    assert all(question.answer_text.startswith("Mit dem 3. Oktober 1990") for question in bb.questions)


def test_schleswig_holsteins_answer_label_without_colon_is_no_answer_text() -> None:
    """„…? Antwort Die aktuelle Meinung …“: the label is layout (before: the answer began „Antwort Die …“)."""
    assert _keyed_right(FIXTURES / "sh-18-2130")
    document = load_document(CUT / "sh-19-737.txt")
    assert document.questions[0].answer_text.startswith("Die in den Vollzugsanstalten gefundenen Drogen")


def test_berlins_question_label_after_a_lists_last_word_opens_the_next_question() -> None:
    """„… Spandau 4 Interessenten Frage 2: Wie viele …? Antwort zu“: question 2 is a question of its own, the copy stops
    on its answer's label and the reader is told so (before: question 2 and the label ended answer 1)."""
    document = load_document(CUT / "be-17-16378.txt")
    assert [question.number for question in document.questions] == [1, 2]
    assert document.questions[0].answer_text.endswith("Spandau 4 Interessenten")
    assert document.questions[1].text.endswith("mit einem Wohnberechtigungsschein vergeben?")
    assert not document.questions[1].answer_text
    assert any("„Antwort zu“" in warning and "unvollständig" in warning for warning in document.warnings)
    assert not any("Frage 1 endet" in warning for warning in document.warnings)


def test_a_question_number_after_a_lists_capitals_or_a_year_opens_the_question() -> None:
    """„… Stadt und Land, WBM 2. Wie erfahren …?“ and „… vom 24. Januar 2012. 4. Wie viele Anträge wurden bi“ (cut):
    questions 2 and 4 are questions (before: both ended the answer before them)."""
    document = load_document(CUT / "be-17-10997.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    assert document.questions[0].answer_text.endswith("Stadt und Land, WBM")
    assert document.questions[1].text.startswith("Wie erfahren die Flüchtlinge")
    assert document.questions[1].answered_with == (3,)
    assert document.questions[3].text == "Wie viele Anträge wurden bi"


def test_sachsens_justice_letterhead_names_the_ministry_and_the_askers_fraktion_their_party() -> None:
    """„SACHSISCHES STAATSMINISTERIUM DER JUSTIZ“ (a scan without its umlaut, or „STAATSMIN ISTERIUM“) names the
    ministry; „Andre Barth, AfD-Fraktion“ is one asker of the AfD; the later page's head after „Frage 2:“ is no
    question text (before: no ministry, the Fraktion a second asker, question 2 inside answer 1)."""
    document = load_document(CUT / "sn-6-10507.txt")
    assert document.ministry == "Sächsisches Staatsministerium der Justiz"
    assert [(asker.name, asker.party) for asker in document.askers] == [("Andre Barth", "AfD")]
    assert document.questions[1].text.startswith("Kann gemäß §11 Abs. (1) SächsStVollzG")
    assert "Durchwahl" not in document.questions[0].answer_text
    assert load_document(CUT / "sn-6-13661.txt").ministry == "Sächsisches Staatsministerium der Justiz"


def test_mecklenburg_vorpommerns_fraktion_freie_waehler_bmv_is_the_askers_party() -> None:
    """„…, Fraktion Freie Wähler/BMV Breitbandausbau in der Gemeinde Karlsburg und ANTWORT …“ (before: the party
    „Freie Wähler“, the title „Wähler/BMV Breitbandausbau …“)."""
    document = load_document(CUT / "mv-7-3537.txt")
    assert document.title == "Breitbandausbau in der Gemeinde Karlsburg"
    assert [(asker.name, asker.party) for asker in document.askers] == [("Dr. Matthias Manthei", "Freie Wähler/BMV")]


def test_the_governments_words_after_its_opening_are_its_vorbemerkung() -> None:
    """Berlin: „Im Namen des Senats … wie folgt: Die Schriftliche Anfrage betrifft Sachverhalte, …“ right after the
    cover; Brandenburg: a bare „Vorbemerkung:“ after „Vorbemerkung des Fragestellers:“; Rheinland-Pfalz: the words
    between „… wie folgt beantwortet:“ and „Dies vorausgeschickt, beantworte ich … wie folgt:“ (before: the askers'
    Vorbemerkung, the askers' again, and in no field)."""
    berlin = load_document(CUT / "be-17-16378.txt")
    assert not berlin.preamble
    assert berlin.government_preamble[0].startswith("Die Schriftliche Anfrage betrifft Sachverhalte")
    brandenburg = load_document(CUT / "bb-6-9643.txt")
    assert brandenburg.preamble[-1].endswith("Vorbereitung weiterer Windkraftanlagen.")
    assert brandenburg.government_preamble[0].startswith("Die Analyse der Waldbrandursachen")
    rhineland = load_document(CUT / "rp-16-3362.txt")
    assert rhineland.government_preamble[0].startswith("Der Tourismus ist ein bedeutender")
    assert rhineland.government_preamble[-1].endswith("im Tourismus erfolgreich zu sein.")


def test_schleswig_holsteins_government_remark_between_two_answers_is_no_answer() -> None:
    """„… an Bedeutung. Vorbemerkung der Landesregierung: Soweit in dieser Anfrage … 2. Wie viele …“: the remark is
    the government's Vorbemerkung (before: answer 1 ended with it)."""
    document = load_document(CUT / "sh-18-1579.txt")
    assert document.questions[0].answer_text.endswith("zunehmend an Bedeutung.")
    assert document.government_preamble[0].startswith("Soweit in dieser Anfrage")


def test_a_follow_up_the_copy_stops_in_is_the_questions() -> None:
    """„… kontrolliert ? Gab es zusätzliche Kontrollen in b“: the question cut, no answer (before: „Gab es …“ was its
    answer)."""
    document = load_document(CUT / "bb-6-9643.txt")
    assert document.questions[0].text.endswith("Gab es zusätzliche Kontrollen in b")
    assert not document.questions[0].answer_text
    assert any("Frage 1 endet mitten im Satz" in warning for warning in document.warnings)


def test_an_introduction_citing_a_kleine_anfrage_is_the_askers() -> None:
    """Mecklenburg-Vorpommern: „Aus der Antwort … auf die Kleine Anfrage auf Drucksache 7/2345 ergibt sich eine
    Nachfrage.“ is the askers' Vorbemerkung, and 7/2345 is not the Kleine Anfrage answered here (before: in no field,
    and 7/2345 shown as the Anfrage's Drucksache)."""
    assert _keyed_right(FIXTURES / "mv-7-2494")
    assert load_document(FIXTURES / "mv-7-2494.txt").anfrage_drucksache is None


def test_a_copy_ending_on_a_comma_is_said_to_be_cut() -> None:
    """„… in die Förderrichtlinie Wasserwirtschaft hat dazu geführt,“ (before: nothing said)."""
    document = load_document(CUT / "rp-17-2042.txt")
    assert any("hat dazu geführt,“" in warning and "unvollständig" in warning for warning in document.warnings)


def test_bremens_letter_spaced_head_names_the_parliament() -> None:
    """„— 1 — B R E M I S C H E B Ü R G E R S C H A F T Landtag 18. Wahlperiode …“: the head names the Bürgerschaft and
    the title follows „Mitteilung des Senats vom …“ (before: the parliament only from the file name, said in a warning,
    and the whole head as title)."""
    document = load_document(CUT / "hb-18-1703.txt")
    assert document.parliament == "hb"
    assert document.title == "Bezahlbares Wohnen für einkommensärmere Menschen sicherstellen"
    assert not any("Dateinamen" in warning for warning in document.warnings)
