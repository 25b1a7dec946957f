"""Round 47: 17 Landtag answers the parser had never seen (Berlin, Hamburg, Mecklenburg-Vorpommern, Brandenburg,
Rheinland-Pfalz, Sachsen, Baden-Württemberg; pages of the `pages` corpus, byte for byte), measured before the parser
was changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and
asserts what a reader gets (a title, an introduction, a question, its answer, the warning); every test fails on main
before the round (edeeac8b)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_hamburgs_subject_spelled_out_as_betreff_gives_the_title_and_the_introduction() -> None:
    """Hamburg, one line: „… und Antwort des Senats Betreff: Verbringung von Sedimenten (XXXVII) – Mindertiefen im
    Hafen Auch in diesem Jahr soll es …“ — the title is the subject, the askers' introduction their Vorbemerkung
    (before: the title ran from the cover's first word over the whole introduction, and no introduction was read)."""
    document = load_document(CUT / "hh-21-17806.txt")
    assert document.title == "Verbringung von Sedimenten (XXXVII) – Mindertiefen im Hafen"
    assert document.preamble[0].startswith("Auch in diesem Jahr soll es im Hamburger Hafen zu Abweichungen")
    assert document.preamble[-1].endswith("einer nachhaltigen Lösung zuführen.")


def test_a_copy_stopping_in_the_first_two_letters_after_the_questions_has_no_answer() -> None:
    """Rheinland-Pfalz, one line: „… keine Auskünfte über die Situation in den Dienststellen erteilen dürfen? Da“ —
    the copy stops in the ministry's „Das Ministerium … hat die Kleine Anfrage … wie folgt beantwortet:“; „Da“ is no
    answer, shared by questions 1 and 2 (before: both were answered „Da“, said to be answered together)."""
    document = load_document(CUT / "rp-16-2022.txt")
    assert _answer(document, 1) == ""
    assert _answer(document, 2) == ""
    assert not any("gemeinsam beantwortet" in warning for warning in document.warnings)
    assert (
        "Der Text endet nach den ersten Buchstaben der Antwort zu Frage 2 („Da“): Die Antwort fehlt, der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_a_copy_stopping_on_a_small_letter_after_the_last_question_has_no_answer() -> None:
    """Brandenburg, one line: „Frage 1: Grundsätzliches: a. … e. Welchen grundsätzlichen Handlungsbedarf gibt es …?
    z“ — the copy stops in the answer's first word; „z“ is no answer (before: answer 1 was „z“, nothing said)."""
    document = load_document(CUT / "bb-6-6352.txt")
    assert _answer(document, 1) == ""
    assert any(warning.startswith("Der Text endet nach dem ersten Buchstaben") for warning in document.warnings)


def test_a_last_question_stopping_on_a_number_after_its_noun_is_said_cut() -> None:
    """Mecklenburg-Vorpommern: „2. Bei wie vielen Rettungsdiensteinsätzen wurde die Hilfsfrist von zehn Minuten in den
    einzelnen Rettungsdienstbereichen in den Jahren 2“ — the copy stops in „2017“, which is said (before: only „Frage
    2 hat keine Antwort.“)."""
    document = load_document(CUT / "mv-7-3323.txt")
    assert (
        "Frage 2 endet mitten im Satz („… Rettungsdienstbereichen in den Jahren 2“): Der Text ist wohl unvollständig."
        in document.warnings
    )


def test_a_request_closing_on_an_infinitive_and_a_cut_question_after_its_introduction_are_the_askers() -> None:
    """Hamburg, one line: „1. Welche Kosten … entstanden? Wenn möglich , Zusammensetzung der Kosten aufschlüsseln. Die
    Kosten können erst nach Abschluss des Wirtschaftsjahres beziffert werden. 2. Laut Drs. 21/10817 wurden … Wie
    sieht diese Option konkret aus“ — the request is question 1's, answer 1 the one sentence after it, and question 2,
    its introduction first, is cut where the copy stops (before: the request and all of question 2 were answer 1)."""
    document = load_document(CUT / "hh-21-10957.txt")
    assert _question_text(document, 1).endswith("Wenn möglich , Zusammensetzung der Kosten aufschlüsseln.")
    assert _answer(document, 1) == "Die Kosten können erst nach Abschluss des Wirtschaftsjahres beziffert werden."
    assert _question_text(document, 2).startswith("Laut Drs. 21/10817 wurden bislang schon")
    assert _question_text(document, 2).endswith("Wie sieht diese Option konkret aus")
    assert any(warning.startswith("Frage 2 endet mitten im Satz") for warning in document.warnings)


def test_the_askers_introduction_citing_an_earlier_answers_vorbemerkung_is_theirs() -> None:
    """Mecklenburg-Vorpommern, one line: „… und ANTWORT der Landesregierung Es ergeben sich Nachfragen zur Antwort der
    Landesregierung auf Drucksache 7/1555. … In der Vorbemerkung der Landtagsdrucksache 7/1555 heißt es, … möglich
    seien. 1. Warum …?“ — the askers' introduction is their Vorbemerkung (before: a sentence citing a „Vorbemerkung“
    was taken for a cover's heading, and the introduction was in no field)."""
    document = load_document(CUT / "mv-7-1832.txt")
    assert document.preamble[0].startswith("Es ergeben sich Nachfragen zur Antwort der Landesregierung")
    assert document.preamble[-1].endswith(
        "weshalb keine gesonderten Aussagen zu städtischen beziehungsweise ländlichen Bereichen möglich seien."
    )
