"""Round 73: answers the parser had never seen (Sachsen, Mecklenburg-Vorpommern, Bayern, Thüringen, Brandenburg, the
Bundestag; pages of the `pages` corpus, byte for byte), read before the parser was changed, the misreadings mended as
layouts. Each test reads a held copy, or a made-up variant of it, as a reader would: a mend's test fails on main before
the round (ee99381d), a variant's passes on both."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from indexer.ingest.parse import ParseError
from tests.test_parse_round71 import _variant  # the held copy with one place written otherwise

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_sachsens_scanned_letter_whose_opening_ends_in_a_semicolon_reads_question_1_and_its_answer() -> None:
    """Sachsen, a scanned letter in one line: „… beantworte ich die Kleine Anfrage wie folgt; Frage 1: In welchem
    Zustand …? Der Zustand der Abschnitte …“ — the scan read the opening's colon as a semicolon. The reader gets
    question 1, its answer and the cut said (before: refused, „Keine nummerierten Fragen gefunden … vor der ersten
    Frage“)."""
    document = load_document(CUT / "sn-6-12685.txt")
    assert [question.number for question in document.questions] == [1]
    first = document.question(1)
    assert first is not None
    assert first.text.startswith("In welchem Zustand befindet sich aktuell der Zschopautalradweg")
    assert " ".join(first.answer).startswith("Der Zustand der Abschnitte des Radfernweges I-5")
    assert any("endet mitten im Satz" in warning for warning in document.warnings)


def test_sachsens_title_stops_before_the_letterheads_side_column() -> None:
    """The letterhead's side column a scan reads between the title and the salutation („… (Landkreis Mittelsach¬ sen)
    Aktenzeichen (bitte bei Antwort angeben) 64-1053/50/64 Dresden, ^ 0. April o n Sehr geehrter …“) is not the
    title's."""
    document = load_document(CUT / "sn-6-12685.txt")
    assert document.title.startswith("Zustand sowie Ausbau-, Neubau- und Instandsetzungsbedarf")
    assert document.title.endswith("(Landkreis Mittelsach¬ sen)")
    assert "Aktenzeichen" not in document.title


@pytest.mark.parametrize(
    "instead",
    [
        "beantworte ich die Kleine Anfrage. Die Antwort lautet wie folgt; Frage 1:",
        "beantworte ich die Kleine Anfrage wie folgt; Frage 2:",
        "beantworte ich die Kleine Anfrage. Es folgt; Frage 1:",
    ],
)
def test_a_semicolon_that_is_not_the_openings_colon_before_question_1_is_left(tmp_path: Path, instead: str) -> None:
    """Made-up variants the reading must leave alone: a semicolon after a sentence without „beantworte“ („Die Antwort
    lautet wie folgt;“), before „Frage 2:“, or after other words than „wie folgt“ is not read as the opening's colon:
    the copy is refused as before, or question 1 is not read after it."""
    try:
        printed = "beantworte ich die Kleine Anfrage wie folgt; Frage 1:"
        document = _variant(tmp_path, "sn-6-12685.txt", printed, instead)
    except ParseError:
        return
    first = document.question(1)
    assert first is None or not " ".join(first.answer).startswith("Der Zustand der Abschnitte")


def test_a_title_naming_a_file_number_itself_or_a_side_column_without_the_salutation_after_it_is_kept(
    tmp_path: Path,
) -> None:
    """Made-up variants the reading must leave alone: words after the side column's „Aktenzeichen (bitte bei Antwort
    angeben)“ that hold a bracket are no side column the rule knows, and stay in the title."""
    held = (CUT / "sn-6-12685.txt").read_text(encoding="utf-8")
    printed = "Aktenzeichen (bitte bei Antwort angeben) 64-1053/50/64 Dresden, ^ 0. April o n"
    assert printed in held
    # (the opening's colon as printed, so that the copy is read on main too)
    variant = held.replace(printed, printed.replace("Dresden,", "(Dresden)"), 1).replace("wie folgt;", "wie folgt:", 1)
    (tmp_path / "sn-6-12685.txt").write_text(variant, encoding="utf-8")
    document = load_document(tmp_path / "sn-6-12685.txt")
    assert "Aktenzeichen" in document.title


def test_brandenburgs_labelled_question_holding_an_ordinal_after_a_word_is_read_whole() -> None:
    """Brandenburg, questions labelled „Frage N:“: „Frage 1: Wann wurde die Kulisse der Gewässer 1. Ordnung im Land
    Brandenburg erstmals festgelegt? zu Frage 1: …“ — the ordinal „1. Ordnung“ is the question's word. The reader
    gets question 1 whole, and the askers' Vorbemerkung without its first words (before: question 1 was „Ordnung im
    Land Brandenburg erstmals festgelegt?“, „Frage 1: Wann wurde die Kulisse der Gewässer“ a paragraph of the
    Vorbemerkung)."""
    document = load_document(CUT / "bb-6-11201.txt")
    assert [question.number for question in document.questions] == [1, 2]
    first = document.question(1)
    assert first is not None
    assert first.text == "Wann wurde die Kulisse der Gewässer 1. Ordnung im Land Brandenburg erstmals festgelegt?"
    assert " ".join(first.answer).startswith("Auf der Grundlage des § 3 Abs. 2 Nr. 1")
    assert "Frage 1" not in " ".join(document.preamble)
    assert " ".join(document.preamble).endswith("nur 103 von ehemals 347 km.")


@pytest.mark.parametrize(
    ("printed", "instead"),
    [
        # a sentence's end between the label and the number: the number begins question 1 as before
        (
            "Frage 1: Wann wurde die Kulisse der Gewässer 1. Ordnung",
            "Vorbemerkung: Die Kulisse ist bekannt. Gewässer 1. Ordnung",
        ),
        # a label of another number before it
        (
            "Frage 1: Wann wurde die Kulisse der Gewässer 1. Ordnung",
            "Frage 3: Wann wurde die Kulisse der Gewässer 1. Ordnung",
        ),
    ],
)
def test_a_number_after_a_word_without_the_label_frage_1_in_its_sentence_is_read_as_before(
    tmp_path: Path, printed: str, instead: str
) -> None:
    """Made-up variants the reading must leave alone: where no „Frage 1:“ opens the sentence the „1.“ stands in (a
    sentence ends between, or the label holds another number), „1. Ordnung …?“ begins question 1 as on main."""
    document = _variant(tmp_path, "bb-6-11201.txt", printed, instead)
    first = document.question(1)
    assert first is not None
    assert first.text.startswith("Ordnung im Land Brandenburg")
