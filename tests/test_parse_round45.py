"""Round 45: 20 answers the parser had never seen (Brandenburg, Thüringen, Sachsen, Mecklenburg-Vorpommern,
Niedersachsen, Schleswig-Holstein, the Bundestag; pages of the `pages` corpus, byte for byte), measured before the
parser was changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a held text
and asserts what a reader gets (a question, its answer, a field, the warning or refusal); every test fails on main
before the round (5de0cb62)."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.errors import ParseError
from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_question_printed_out_of_order_before_the_joint_answer_is_its_own() -> None:
    """Brandenburg, one line: „Frage 2: Welche konkrete Unterstützung …? Frage 5: Welche Bemühungen …? Zu Frage 2 und
    5: Der betroffene Schäfer …“ — question 5 is read as question 5, answered with question 2 (before: its words and
    the heading „Zu Frage 2 und 5:“ were answer 2, and „eine Frage 5 wurde nicht erkannt“); the copy's stop in answer 3
    is still said."""
    document = load_document(CUT / "bb-6-9644.txt")
    assert (
        _question_text(document, 5)
        == "Welche Bemühungen und Aktivitäten gibt es, um die nächsten Angriffe zu verhindern ?"
    )
    shared = (
        "Der betroffene Schäfer wurde durch Mitarbeiter des LfU zu möglichen Sofortmaßnahmen beraten, die teilweise"
    )
    assert _answer(document, 2).startswith(shared)
    assert _answer(document, 5).startswith(shared)
    assert not any("eine Frage 5 wurde aber nicht erkannt" in warning for warning in document.warnings)
    assert any(warning.startswith("Die Antwort zu Frage 3 endet mitten im Satz") for warning in document.warnings)


def test_a_request_closing_on_a_second_question_mark_is_the_questions_and_the_title_keeps_its_reference() -> None:
    """Brandenburg: „… getragen? (bitte aufschlüsseln nach Land/Bund/EU)? Zu Frage 2: Die Kosten …“ — the request is
    question 2's and the answer opens with its first sentence (before: answer 2 was „?“ and „Zu Frage 2: Die Kosten
    …“); the title cites an earlier Drucksache between dashes and keeps it (before: „- Wolfshybriden in
    Brandenburg?“)."""
    document = load_document(CUT / "bb-6-8198.txt")
    assert _question_text(document, 2).endswith("getragen? (bitte aufschlüsseln nach Land/Bund/EU)?")
    assert _answer(document, 2).startswith("Die Kosten für eine Genetikprobe zur Artbestimmung")
    assert (
        document.title == "Nachfrage zur Kleinen Anfrage Nr. 3003 - Drucksache 6/7325 - Wolfshybriden in Brandenburg?"
    )


def test_thueringens_box_cut_in_the_askers_name_names_no_asker() -> None:
    """Thüringen: the copy stops in the page-1 box printed last, „… Erstaufnahmeeinrich- K l e i n e A n f r a g e
    des Abgeordneten H“ — no asker is read from it (before: „H 01.12.2016“), and the cut in answer 1 is said."""
    document = load_document(CUT / "th-6-3163.txt")
    assert document.askers == ()
    assert any(warning.startswith("Die Antwort zu Frage 1 endet mitten im Satz") for warning in document.warnings)


def test_an_answer_that_is_only_its_first_article_is_said_to_be_cut() -> None:
    """Mecklenburg-Vorpommern: „1. Bis wann soll die Prüfung … abgeschlossen sein? Die “ — the copy stops after the
    answer's first word, an article no sentence ends on; the reader is told (before: nothing was said)."""
    document = load_document(CUT / "mv-7-117.txt")
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Die“): Der Text ist wohl unvollständig." in document.warnings
    )


def test_a_scans_ln_after_frage_l_opens_question_1_and_the_coat_of_arms_is_no_answer() -> None:
    """Sachsen, a scan: „Frage l: ln welchen Städten …?“ is question 1, „In welchen …“ (before: no question 1,
    „Nummerierung lückenhaft: Frage 1 fehlt“), and the letterhead's „l5 FreistaatSACHSEN …“ after question 2 is no
    answer (before: answer 2 „l5“)."""
    document = load_document(CUT / "sn-6-15064.txt")
    assert _question_text(document, 1).startswith("In welchen Städten, Gemeinden und Ortsteilen in Sachsen")
    assert _answer(document, 1).startswith("Nach Kenntnis der Staatsregierung")
    assert _answer(document, 2) == ""


def test_a_copy_stopping_in_sachsens_letterhead_before_question_1_says_so() -> None:
    """Sachsen: the copy stops in the ministry's letterhead after the askers' Vorbemerkung („… Hausanschr“) — the
    refusal says where (before: only „Keine nummerierten Fragen gefunden“, no reason)."""
    with pytest.raises(ParseError, match=r"Der Text endet im Briefkopf des Ministeriums \(„… .*Hausanschr“\), vor der"):
        load_document(CUT / "sn-6-15917.txt")


def test_a_request_of_its_own_sentence_cut_after_the_question_is_the_questions() -> None:
    """Niedersachsen: „1. In wie vielen Polizeiinspektionen … zurück? Dabei bitte ich um“ — the askers' request, where
    the copy stops, is question 1's, which has no answer, and the cut is said (before: „Dabei bitte ich um“ was answer
    1 and nothing was said)."""
    document = load_document(CUT / "ni-14-1080.txt")
    assert _question_text(document, 1).endswith("Soll-Stärke zurück? Dabei bitte ich um")
    assert _answer(document, 1) == ""
    assert any(warning.startswith("Frage 1 endet mitten im Satz") for warning in document.warnings)
