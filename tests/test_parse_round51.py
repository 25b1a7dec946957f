"""Round 51: 16 Landtag answers the parser had never seen (Sachsen-Anhalt, Hessen, Bayern, Thüringen,
Mecklenburg-Vorpommern, Sachsen, Brandenburg; pages of the `pages` corpus, byte for byte), measured before the parser
was changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and
asserts what a reader gets (a question, its answer, the warning); every test fails on main before the round
(ec90934c)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_sachsens_questions_asked_after_a_joint_answer_are_kept_and_the_footer_where_the_copy_stops_is_said() -> None:
    """Sachsen, one line: „Frage 1: …? (Bitte …) Frage 2: …? (Bitte …) Zusammenfassende Antwort auf die Fragen 1 - 2:
    Zur Beantwortung … verwiesen. Frage 3: …? (Bitte …) Frage 4: …? Frage 5: …? Zertifikat seit 2007 audK
    berufundfamilie Hausanschrift: Staatsministerium für Wissenschaft und Kunst Wigar“ — questions 3 to 5, asked after
    the joint answer, are the document's, the joint label is no word of the answer, and the copy's stop in the page-1
    footer is said (before: questions 3 to 5 were lost, no warning)."""
    document = load_document(CUT / "sn-6-15032.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4, 5]
    assert _question_text(document, 3).startswith("Wie wird sich nach dem derzeitigem Pianungsstand")
    assert _answer(document, 1).startswith("Zur Beantwortung wird auf die als Anlage beigefügte Tabelle")
    assert _answer(document, 5) == ""
    assert (
        "Der Text endet nach Frage 5 in der Fußzeile des Ministeriums („… für Wissenschaft und Kunst Wigar“): Die "
        "folgenden Antworten fehlen, der Text ist wohl unvollständig." in document.warnings
    )


def test_a_question_opening_on_a_modal_verb_where_the_copy_stops_is_no_part_of_the_answer_before() -> None:
    """Mecklenburg-Vorpommern, one line: „… übersendet worden. Drucksache 7/2601 Landtag Mecklenburg-Vorpommern - 7.
    Wahlperiode 2 2. Will und wird sich das Ministerium … dafür einsetzen, dass der Halbstundentakt … wenigstens bis
    Ende September,“ — question 2, cut, is a question (before: it was answer 1's last paragraph)."""
    document = load_document(CUT / "mv-7-2601.txt")
    assert _answer(document, 1).endswith(
        "durch den Vorsitzenden des Tourismusverbandes - gegebenenfalls erneut - übersendet worden."
    )
    assert _question_text(document, 2).startswith("Will und wird sich das Ministerium für Energie")
    assert (
        "Frage 2 endet mitten im Satz („… Usedom wenigstens bis Ende September,“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_brandenburgs_list_of_askers_before_the_suffixed_fraktion_and_the_last_questions_request() -> None:
    """Brandenburg, one line: „… der Abgeordneten Henryk Wichmann, Sven Petke und Gordon Hoffmann der CDU-Fraktion …
    5. Wie gewährleistet die Landesregierung … in Brandenburg? (bitte besonders auf die ländlichen Regio- nen
    eingehen) Namens der Landesregierung beantwortet …“ — three askers of the CDU, and the request is question 5's
    (before: one asker of the party „Sven Petke und Gordon Hoffmann der CDU“, the request lost)."""
    document = load_document(CUT / "bb-6-915.txt")
    assert [(asker.name, asker.party) for asker in document.askers] == [
        ("Henryk Wichmann", "CDU"),
        ("Sven Petke", "CDU"),
        ("Gordon Hoffmann", "CDU"),
    ]
    assert _question_text(document, 5).endswith(
        "in Brandenburg? (bitte besonders auf die ländlichen Regionen eingehen)"
    )


def test_sachsens_ausfuehrungen_after_a_semicolon_and_an_answer_stopping_after_a_preposition() -> None:
    """Sachsen, one line: „… den Fragen sind folgende Ausführungen vorangestellt; „Im Interview …“ … Frage 1: …?
    Grundlage für d“ — the askers' introduction after the scan's semicolon is theirs, and the answer's stop in a word
    after „für“ is said (before: no introduction, no warning)."""
    document = load_document(CUT / "sn-6-12186.txt")
    assert document.preamble[0].startswith("Im Interview mit der Sächsischen Zeitung (abgedruckt am 9. Januar 2018)")
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Grundlage für d“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_bayerns_repeated_question_cut_in_its_first_words_is_said_and_no_part_of_the_answer() -> None:
    """Bayern, one line: „… reduziert um die letzte Ziffer. 2. Was unternimmt“ — the copy stops in the answer part's
    repetition of question 2 (before: „2. Was unternimmt“ was answer 1's end, said cut there)."""
    document = load_document(CUT / "by-17-22204.txt")
    assert _answer(document, 1).endswith("reduziert um die letzte Ziffer.")
    assert (
        "Der Text endet in der Wiederholung von Frage 2 vor ihrer Antwort („… Was unternimmt“): Der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_bayerns_title_ends_before_an_introduction_opening_on_sowohl() -> None:
    """Bayern, one line: „… vom 09.11.2017 Bienensterben in Bayern – Förderung Imkernachwuchs Sowohl in
    Fachpublikationen als auch … in Bayern. Ich frage die Staatsregierung:“ (before: the title ran over the
    introduction, which was in no field)."""
    document = load_document(CUT / "by-17-19643.txt")
    assert document.title == "Bienensterben in Bayern – Förderung Imkernachwuchs"
    assert document.preamble[0].startswith("Sowohl in Fachpublikationen als auch in den allgemeinen Medien")


def test_an_abbreviations_second_letter_opens_no_lettered_part() -> None:
    """Thüringen, one line: „Zu 2.: Durch den Landesbetrieb … erfolgt auf den o. g. Grundstü cken die
    Verkehrssicherung.“ — one paragraph (before: split at „g.“, read as a part g))."""
    document = load_document(CUT / "th-6-865.txt")
    question = document.question(2)
    assert question is not None
    assert question.answer[0].startswith(
        "Durch den Landesbetrieb Thüringer Liegenschaftsmanagement (THÜLIMA) erfolgt auf den o. g. Grundstücken"
    )
