"""Round 58: Landtag answers the parser had never seen (Schleswig-Holstein, Berlin, Hamburg, Baden-Württemberg,
Niedersachsen; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading
mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (the
warnings shown with the document); every test fails on main before the round (0cf5f513)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_parts_of_a_question_answered_jointly_are_not_said_unanswered() -> None:
    """Schleswig-Holstein, one line: „1. Arbeitet die Landesregierung …? 1.1. Falls ja, …? 1.2. Falls nein, warum
    nicht? 2. Wird …? Die Fragen 1 und 2 werden gemeinsam beantwortet: …“ — the joint answer answers the parts 1.1
    and 1.2; the reader is told only of the cut in answer 3 (before: also „Frage 1.1 hat keine Antwort.“, „Frage 1.2
    hat keine Antwort.“)."""
    document = load_document(CUT / "sh-19-612.txt")
    assert document.warnings == (
        "Die Antwort zu Frage 3 endet mitten im Satz („… EGFL-Förderperiode 2007-2013. Eine Evaluierung wurde“): "
        "Der Text ist wohl unvollständig.",
    )
    assert document.questions[0].answer[0].startswith("Die Fragen 1 und 2 werden gemeinsam beantwortet:")


def test_a_last_question_that_stops_on_a_figure_inside_its_bracket_is_said_cut() -> None:
    """Hamburg, one line: the copy stops in question 3, inside the bracket it opened („… die Nutzung der nördlich
    angrenzenden Kleingartenflächen (Flurstücke 258“) — the reader is told the question stops mid-sentence (before:
    only „Frage 3 hat keine Antwort.“)."""
    document = load_document(CUT / "hh-21-12344.txt")
    assert document.warnings[0] == (
        "Frage 3 endet mitten im Satz („… nördlich angrenzenden Kleingartenflächen (Flurstücke 258“): "
        "Der Text ist wohl unvollständig."
    )
