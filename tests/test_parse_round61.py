"""Round 61: Landtag answers the parser had never seen (Sachsen, Mecklenburg-Vorpommern, Hessen, Bayern, Thüringen;
pages of the `pages` corpus, byte for byte), measured before the parser was changed; the one misreading mended as a
layout, not as a file.  Each test reads a held text as a reader who names the file by its id would, and asserts what
that reader gets; every test fails on main before the round (65e98098)."""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.ingest.load import load_document

WITHOUT_ID = Path(__file__).parent / "fixtures" / "without-id"


def _named(tmp_path: Path, held: str, name: str) -> Path:
    """The held copy under a name that gives its id (the transcript prints no Drucksache number)."""
    target = tmp_path / name
    shutil.copyfile(WITHOUT_ID / held, target)
    return target


def test_a_transcripts_page_head_is_no_part_of_the_last_question(tmp_path: Path) -> None:
    """Thüringen, a document host's transcript: „Thüringer LandTag 5. Wahlperiode Drucksache 5/ K l e i n e A n f r a g
    e der Abgeordneten Rothe-Beinlich …“, the copy stops in question 4 („… (Schulname, örtlicher Sitz der S“) — question
    4 ends there and the reader is told it is cut (before: the page head was put after it, „… Sitz der S Thüringer
    LandTag 5. Wahlperiode Drucksache 5/“, and no cut was said)."""
    document = load_document(_named(tmp_path, "th-5-ka1057.txt", "th-5-1.txt"))
    assert document.title == "Schulnetzplanung in Thüringen"
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    last = document.question(4)
    assert last is not None
    assert last.text == (
        "Welche Schulen in freier Trägerschaft gibt es derzeit in Thüringen (Schulname, örtlicher Sitz der S"
    )
    assert "Frage 4 endet mitten im Satz („… (Schulname, örtlicher Sitz der S“): Der Text ist wohl unvollständig." in (
        document.warnings
    )


def test_the_same_transcript_of_another_answer_keeps_its_last_question_clean(tmp_path: Path) -> None:
    """Thüringen, the same host's transcript of Kleine Anfrage 1145 (held since round 37): the copy stops in question 5
    („Nach wel“) — no word of the page head follows it (before: „Nach wel Thüringer LandTag 5. Wahlperiode Drucksache
    5/“)."""
    document = load_document(_named(tmp_path, "th-5-ka1145.txt", "th-5-2.txt"))
    last = document.questions[-1]
    assert last.text.endswith("Nach wel")
    assert not any("LandTag" in question.text for question in document.questions)
