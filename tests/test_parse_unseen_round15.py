"""Round 15: misreads found by parsing all 672 Bundestag answers of thunderquack/BundestagDigest `6478fe8`.

A page bottom's starred note („* Von einer Drucklegung der Anlage wird abgesehen. …“) that the page break put inside a
sentence, even inside a word, stood in the answer's text: „Zuwendungs-* Von einer Drucklegung … abrufbar. zwecke“.
A list of 17 organisations after a question's lead („… (bitte in Euro angeben):“ / „a) Deutsche Umwelthilfe e. V.,“ …)
ran longer than a question's part may, so the question ended at its colon and the list was its answer.
"""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.layouts.starred import take_starred_notes
from indexer.ingest.load import load_document

PROJECT = Path(__file__).parent.parent
GRANTS = PROJECT / "queries" / "corpus-bt3" / "bt-21-1374.txt"
CUSTOMS = PROJECT / "queries" / "corpus-bt2" / "bt-21-1430.txt"
ORGANISATIONS = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-1367.txt"


def test_a_note_inside_a_hyphenated_word_is_a_footnote():
    document = load_document(GRANTS)
    answer = document.question(2)
    assert answer is not None
    assert "die jeweiligen Förderziele und Zuwendungszwecke gemäß Nummer 2.1." in answer.answer_text
    assert "Drucklegung" not in answer.answer_text
    assert [note.text[:49] for note in document.footnotes] == ["* Von einer Drucklegung der Anlage wird abgesehen"]


def test_a_note_inside_a_sentence_is_a_footnote():
    question = load_document(CUSTOMS).question(6)
    assert question is not None
    assert "dass diese grundsätzlich von allen im Bundesgebiet ansässigen 41 Hauptzollämtern" in question.answer_text
    assert "Drucklegung" not in question.answer_text


def test_a_list_of_17_items_after_the_questions_colon_is_the_question():
    """Before, question 1 ended at „(bitte in Euro angeben):“ and its answer was the list „a) Deutsche Umwelthilfe e.
    V., … q) Letzte Generation (bitte auch … angeben)?“ instead of the joint answer of questions 1 to 3 and 5."""
    question = load_document(ORGANISATIONS).question(1)
    assert question is not None
    assert "(bitte in Euro angeben): a) Deutsche Umwelthilfe e. V., b) Greenpeace e. V.," in question.text
    assert question.text.endswith(
        "q) Letzte Generation (bitte auch vollständigen Haushaltstitel samt Einzelplan und Kapitel angeben)?"
    )
    assert question.answer_text.startswith("Die Fragen 1 bis 3 und 5 werden gemeinsam beantwortet.")
    assert question.answered_with == (2, 3, 5)


PRIESTS = PROJECT / "queries" / "corpus-bt7" / "bt-21-1286.txt"


def test_a_question_goes_on_after_its_lettered_parts_request():
    """„e) in anderen Staaten (bitte nennen)“ / „verfolgten Priestern (Geistlichen) oder Laien, … und wenn ja, wie
    viele, und aus welchen Staaten (bitte“ / „gemäß der Fragestellung seit 2022 aufschlüsseln)?“: before, question 30
    ended at the part's request and its last three lines were the answer's first words."""
    question = load_document(PRIESTS).question(30)
    assert question is not None
    assert question.text.endswith(
        "e) in anderen Staaten (bitte nennen) verfolgten Priestern (Geistlichen) oder Laien, die aus religiösen Gründen"
        " verfolgt wurden, und wenn ja, wie viele, und aus welchen Staaten (bitte gemäß der Fragestellung seit 2022"
        " aufschlüsseln)?"
    )
    assert question.answer_text.startswith("Der Bundesregierung liegen hierzu keine systematischen Erkenntnisse vor.")


RAIL = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-834.txt"


def test_a_question_after_an_answers_numbered_list_is_no_question_out_of_order():
    """Answer 20 lists „1. Minimierung von Schallbelastungen“ … „4. hohe Wirtschaftlichkeit …“; question 21 right
    after that list was taken as printed out of order after „3.“ and set aside, so a guess without its '?' stood in
    for it: „Ist die Anbindung … Ausbaustrecke (ABS)“, the rest of it the answer, warned „endet ohne Fragezeichen“."""
    document = load_document(RAIL)
    question = document.question(21)
    assert question is not None
    assert question.text.endswith("bzw. A 6 geplant, und wenn nein, warum nicht?")
    assert question.answer_text.startswith("Eine Anbindung an das Projekt ABS/NBS Mannheim")
    assert not document.warnings


WHO = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-1339.txt"
ADVISERS = PROJECT / "tests" / "fixtures" / "cut" / "bt-21-1584.txt"


def test_a_request_after_its_condition_ends_the_question():
    """Question 4, after a table, ends „(wenn ja, bitte alle Organisationen je Jahr auflisten …, S. 42 und S. 44).“,
    no '?': before, the request was not seen and the question was the end of answer 3."""
    document = load_document(WHO)
    assert [q.number for q in document.questions] == [1, 2, 3, 4]
    question = document.question(4)
    assert question is not None
    assert question.text.startswith("Werden bundesseitig weitere Organisationen und Aktivitäten finanziert,")
    assert question.answer_text == (
        "Eine Förderung von Organisationen und Aktivitäten im Sinne der Fragestellung ist der Bundesregierung nicht"
        " bekannt."
    )
    third = document.question(3)
    assert third is not None and "bundesseitig" not in third.answer_text


def test_a_list_of_over_a_hundred_names_after_a_lower_case_line_is_the_question():
    """„… Zuwendungen (für Einzelvorhaben, Projekte etc.)“ / „vom Auswärtigen Amt erhalten (wenn ja, bitte …
    angeben):“ / „a) Jüdisches Leben in Europa e. V.,“ … „yyyy) Coordination gegen BAYER-Gefahren e. V. (CBG)?“: before,
    question 2 ended at „etc.)“ (warned „endet ohne Fragezeichen“) and its list was the answer of questions 1 and 2."""
    document = load_document(ADVISERS)
    question = document.question(2)
    assert question is not None
    assert "Projekte etc.) vom Auswärtigen Amt erhalten (wenn ja, bitte Titel" in question.text
    assert "nnnn) Center for Applied Research in Partnership with the Orient e. V. (CARPO)," in question.text
    assert question.text.endswith("yyyy) Coordination gegen BAYER-Gefahren e. V. (CBG)?")
    assert question.answer_text.startswith("Die Fragen 1 und 2 werden gemeinsam beantwortet.")
    assert question.answered_with == (1,)
    assert not document.warnings


VICTIMS = PROJECT / "queries" / "corpus-bt5" / "bt-21-2331.txt"


def test_the_last_question_after_a_table_is_found():
    """Answer 2 ends on a table's row („Kosovo 70“), then „3. Wie groß ist jeweils jährlich der Anteil der“ / „a)
    Zuwanderer,“ and the part's answer: before, question 3 was lost in answer 2.  Its parts are answered one by one:
    since parser round 23 the question holds all three parts, the answer each part's answer (before: the question
    stopped after a), where its first answer begins was a guess, and said so)."""
    document = load_document(VICTIMS)
    assert [q.number for q in document.questions] == [1, 2, 3]
    second, third = document.question(2), document.question(3)
    assert second is not None and third is not None
    assert second.answer_text.endswith("Nigeria 73 Kosovo 70")
    assert third.text.startswith("Wie groß ist jeweils jährlich der Anteil der a) Zuwanderer, b) nichtdeutschen")
    assert third.text.endswith("(bitte nach Geschlecht auflisten)?")
    assert third.answer_text.startswith("a) Die erbetenen Informationen zum Anteil der männlichen Tatverdächtigen")
    assert not any(warning.startswith("Frage 3 endet ohne Fragezeichen") for warning in document.warnings)


def test_an_answers_own_list_is_no_part_of_the_question_before_it(tmp_path):
    """„1. Welche Behörden … beteiligt?“, then the answer's list „a) das Eisenbahn-Bundesamt,“ … „j) ….“
    and a sentence: a list must be one sentence to belong to the question, so the answer is question 1's (review: the
    question ran on to question 2's '?', both „answered together“)."""
    head = "\n".join(
        [
            "Deutscher Bundestag Drucksache 21/9822",
            "21. Wahlperiode 09.07.2025",
            "Antwort",
            "der Bundesregierung",
            "auf die Kleine Anfrage der Abgeordneten Matthias Gastel, Dr. Paula Piechotta,",
            "weiterer Abgeordneter und der Fraktion BÜNDNIS 90/DIE GRÜNEN",
            "– Drucksache 21/665 –",
            "Zusammenarbeit der Bundesbehörden",
        ]
    )
    items = [
        "das Eisenbahn-Bundesamt,",
        "das Bundesamt für Logistik und Mobilität,",
        "die Bundesnetzagentur,",
        "das Bundesamt für Güterverkehr,",
        "das Bundesministerium der Finanzen,",
        "die Generalzolldirektion,",
        "das Statistische Bundesamt,",
        "das Umweltbundesamt,",
        "das Bundesamt für Naturschutz sowie",
        "die Bundesanstalt für Immobilienaufgaben.",
    ]
    text = "\n".join(
        [
            head,
            "1. Welche Behörden des Bundes sind an dem Verfahren beteiligt?",
            *(f"{letter}) {item}" for letter, item in zip("abcdefghij", items, strict=True)),
            "Die Zusammenarbeit erfolgt seit dem Jahr 2020 auf Grundlage einer Verwaltungsvereinbarung.",
            "2. Wie viele Sitzungen fanden im Jahr 2024 statt?",
            "Im Jahr 2024 fanden zwölf Sitzungen statt.",
        ]
    )
    path = tmp_path / "bt-21-9822.txt"
    path.write_text(text, encoding="utf-8")
    first = load_document(path).question(1)
    assert first is not None and first.text == "Welche Behörden des Bundes sind an dem Verfahren beteiligt?"
    assert first.answer_text.startswith("a) das Eisenbahn-Bundesamt,") and not first.answered_with


def test_the_last_item_of_a_starred_list_is_no_footnote():
    """„… Landkreise*, und zwar durch“ / „* Beratung der Kommunen,“ / „* Zuschüsse für Radwege.“ / „2023 wurden …“: a
    list of „* “ items, not a note inside a sentence (review: its last item was taken off as a footnote)."""
    lines = [
        "Gefördert wurden die Landkreise*, und zwar durch",
        "* Beratung der Kommunen,",
        "* Zuschüsse für Radwege.",
        "2023 wurden hierfür 5 Mio. Euro bereitgestellt.",
    ]
    assert take_starred_notes(lines)[:2] == (lines, [])
