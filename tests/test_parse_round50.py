"""Round 50: 10 Landtag answers the parser had never seen (Berlin, Hamburg, Niedersachsen, Rheinland-Pfalz; pages of
the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended as a layout or
sentence form, not as a file (rp-16-2490's is left: its mend would change the held rp-16-5511).  Each test reads a
held text and asserts what a reader gets (a question, its answer, the title, the ministry, the warning); every test
fails on main before the round (ec90934c)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_berlins_parts_numbered_1a_1b_are_the_questions_and_their_joint_label_no_answer_text() -> None:
    """Berlin, one line: „Frage 1: In der Antwort … abgestimmt werden soll. 1a. Welche Akteure …? 1b. Wer fügt …
    zusammen? Antwort zu 1 a und b: Neben den Kleingartenverbänden …“ — parts 1a and 1b are question 1's, and the
    label naming them is no part of the answer (before: 1b was answer 1's first paragraph, then the label)."""
    question = load_document(CUT / "be-18-16066.txt").question(1)
    assert question is not None
    parts = question.text.split("abgestimmt werden soll. ")[1]
    assert parts == (
        "a) Welche Akteure der Zivilgesellschaft sind in diesen Prozess eingebunden? b) Wer fügt nach welchen "
        "Maßstäben die erhaltenen Eingaben zusammen?"
    )
    assert question.answer[0].startswith("Neben den Kleingartenverbänden wird der Entwurf")


def test_an_answer_stopping_on_a_nouns_first_letter_after_its_article_is_said_cut() -> None:
    """Berlin, one line: „Antwort zu 2: Die fachlich-inhaltliche Begleitung der Erstellung der S“ — the copy stops
    on the first letter of a noun after its article; that is said (before: nothing was said)."""
    document = load_document(CUT / "be-18-12017.txt")
    assert (
        "Die Antwort zu Frage 2 endet mitten im Satz („… Begleitung der Erstellung der S“): Der Text ist wohl "
        "unvollständig." in document.warnings
    )


def test_hamburgs_questions_numbered_with_a_bracket_after_the_senats_opening_are_each_answered() -> None:
    """Hamburg, one line: „… wie folgt: 1) Ist dem Senat bekannt, …? Nein. 2) Ist dem Senat bekannt, …? Dem Senat
    sind … bekannt. 3) Sind …? Wenn ja, welche sind das? Ja. …“ — three questions, each with its answer, the Senat's
    opening its remark (before: one question without number holding the opening and all three)."""
    document = load_document(CUT / "hh-21-1629.txt")
    assert [question.number for question in document.questions] == [1, 2, 3]
    assert _answer(document, 1) == "Nein."
    assert _question_text(document, 2).startswith("Ist dem Senat bekannt, dass der Vertrag")
    assert _answer(document, 2).startswith("Dem Senat sind die Vertragslaufzeiten")
    assert _answer(document, 3).startswith("Ja. Im Hamburger Hafen werden mit Schuten")
    assert document.government_preamble[0].startswith("Der Senat beantwortet die Fragen teilweise")


def test_niedersachsens_cover_of_2014_gives_title_introduction_and_the_letterheads_ministry() -> None:
    """Niedersachsen, one line: „… Anfrage des Abgeordneten Dr. Gero Hocker (FDP), eingegangen am 02.12.2013
    Küstenschutz in Sahlenburg In der Wolskermarsch … 6. …? (An die Staatskanzlei übersandt am 11.12.2013 - II/725 -
    528) Antwort der Landesregierung Niedersächsisches Ministerium Hannover, den 15.01.2014 für Umwelt, Energie und
    Klimaschutz - Ref17-01425/17/7/02-0037 - Die Wolskermarsch …“ — the title is the subject, the askers' sentences
    their introduction, the ministry the letterhead's, and the note and letterhead no answer's words (before: the
    whole cover was the title, no ministry, the answer began with the note)."""
    document = load_document(CUT / "ni-17-1144.txt")
    assert document.title == "Küstenschutz in Sahlenburg"
    assert document.preamble[0].startswith("In der Wolskermarsch in Cuxhaven-Sahlenburg")
    assert document.ministry == "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz"
    assert _answer(document, 6).startswith("Die Wolskermarsch im Ortsteil Sahlenburg")
    other = load_document(CUT / "ni-17-1830.txt")
    assert other.title == "In welchem Zustand sind die Deiche in Artlenburg?"
    assert other.ministry == "Niedersächsisches Ministerium für Umwelt, Energie und Klimaschutz"


def test_a_title_asking_with_an_interrobang_keeps_it_whole() -> None:
    """Berlin, one line: „zum Thema: „Battlestress im Rosenbeet“?! Perspektiven für Berlins Kleingärten und Antwort
    vom …“ — the „?!“ is the title's (before: the line was broken after the '?', the title read „“? ! Perspektiven“)."""
    document = load_document(CUT / "be-18-16066.txt")
    assert document.title == "„Battlestress im Rosenbeet“?! Perspektiven für Berlins Kleingärten"
