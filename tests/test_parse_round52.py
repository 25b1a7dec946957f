"""Round 52: 10 Landtag answers the parser had never seen (Berlin, Hamburg, Niedersachsen, Schleswig-Holstein,
Baden-Württemberg; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading
mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (a
question, its answer, the title, the warning); every test fails on main before the round (0ce36b68)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_last_question_cut_on_the_number_it_refers_to_after_a_joint_answer_is_a_question() -> None:
    """Berlin, one line: „Antwort zu 2, 3 und 4: … weiterhin möglich. Frage 5: Wieweit sind die Vorkehrungen, die in
    der unter 2.“ — the copy stops in question 5 (opening on „Wieweit“, its last full stop the number's): it is question
    5, cut, said, unanswered (before: the joint answer's second paragraph, no warning)."""
    document = load_document(CUT / "be-17-11405.txt")
    assert _question_text(document, 5) == "Wieweit sind die Vorkehrungen, die in der unter 2."
    assert _answer(document, 2).endswith("Somit sind in Berlin Bestattungen nach islamischen Ritus weiterhin möglich.")
    assert "Frage 5 endet mitten im Satz („… die in der unter 2.“): Der Text ist wohl unvollständig." in (
        document.warnings
    )


def test_an_answer_that_is_only_the_interrogative_its_sentence_opens_with_is_said_cut() -> None:
    """Berlin, one line: „Frage 1: Wie viele Grabstätten … frei? Antwort zu 1: Wie “ — the answer stops on the word its
    sentence opens with; that is said (before: the answer „Wie“, no warning)."""
    document = load_document(CUT / "be-18-21316.txt")
    assert (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Wie“): Der Text ist wohl unvollständig." in document.warnings
    )


def test_an_introduction_opening_on_a_year_and_its_verb_is_no_part_of_the_title() -> None:
    """Hamburg, one line: „Betr.: Ausbau des Hallenbads Elbgaustraße 2016 hat der Senat den Masterplan „Active City“
    veröffentlicht, …“ — the title ends before the year that opens the askers' introduction (before: the title ran
    over its first two sentences)."""
    document = load_document(CUT / "hh-21-15832.txt")
    assert document.title == "Ausbau des Hallenbads Elbgaustraße"
    assert document.preamble[0].startswith("2016 hat der Senat den Masterplan „Active City“ veröffentlicht,")


def test_a_subtitle_after_a_dash_is_the_titles_and_für_die_opens_the_introduction() -> None:
    """Hamburg, one line: „Betr.: Straßenbäume in Hamburg – Eine Bilanz für 2018 Für die dynamisch wachsende Stadt
    Hamburg tragen Straßenbäume …“ — the subtitle after the dash is the title's, the introduction opens on „Für die“
    (before: the title „Straßenbäume in Hamburg –“, the subtitle the introduction's first words)."""
    document = load_document(CUT / "hh-21-16470.txt")
    assert document.title == "Straßenbäume in Hamburg – Eine Bilanz für 2018"
    assert document.preamble[0].startswith("Für die dynamisch wachsende Stadt Hamburg tragen Straßenbäume")


def test_a_request_opening_on_jeweils_bitte_after_the_questions_mark_is_the_questions() -> None:
    """Hamburg, one line: „2. Wie viele Straßenbäume wurden … gefällt? Jeweils bitte nach Bezirken aufschlüsseln. Siehe
    Vorbemerkung, …“ — the askers' request is question 2's, the answer begins after it (before: the answer began with
    the request)."""
    document = load_document(CUT / "hh-21-1653.txt")
    assert _question_text(document, 2).endswith("gefällt? Jeweils bitte nach Bezirken aufschlüsseln.")
    assert _answer(document, 2).startswith("Siehe Vorbemerkung, Drs. 20/11402 sowie 21/1323.")
    assert _answer(document, 3).startswith("Der Parameter „Baumdurchmesser ab 15 cm“ wird nicht erfasst.")
