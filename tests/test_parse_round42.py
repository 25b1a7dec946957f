"""Round 42: Landtag answers the parser had never seen (Mecklenburg-Vorpommern, Schleswig-Holstein, Sachsen,
Niedersachsen; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each misreading
mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (the
ministry, a question, its answer, the German warning); every test fails on main before the round (ab2875b4)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_copy_that_stops_in_the_next_questions_first_word_says_so() -> None:
    """Mecklenburg-Vorpommern: „… Insoweit liegt der Landesregierung kein entsprechendes Datenmaterial vor. 2. Wa“
    (the copy stops in question 2's first word) — answer 1 ends on its last sentence, and the reader is told that the
    text stops there (before: „2. Wa“ was the last paragraph of answer 1, and no warning said the copy was cut)."""
    document = load_document(CUT / "mv-7-2532.txt")
    assert _answer(document, 1).endswith("Insoweit liegt der Landesregierung kein entsprechendes Datenmaterial vor.")
    cut = "Der Text endet im ersten Wort der nächsten Frage („2. Wa“)"
    assert any(warning.startswith(cut) for warning in document.warnings)


def test_lettered_parts_asked_after_the_stems_answer_are_the_questions() -> None:
    """Schleswig-Holstein: „1. Schließt die Sanierungsmaßnahme … ein? Antwort: Ja. a) Wenn nein, warum nicht? b) Wenn
    nein, wie soll …? c) Wenn nein, wie lässt sich …? Entfällt.“ — parts a) to c) are question 1's, its answer „Ja.“
    and „Entfällt.“ (before: the parts were read into answer 1 after „Ja.“)."""
    document = load_document(CUT / "sh-18-4124.txt")
    assert "a) Wenn nein, warum nicht? b) Wenn nein, wie soll" in _question_text(document, 1)
    assert _answer(document, 1) == "Ja. Entfällt."


def test_saxonys_letterhead_in_capitals_before_its_postal_address_names_the_ministry() -> None:
    """Sachsen: „STAATSMINISTERIUM FÜR WISSENSCHAFT UND KUNST Freistaat SACHSEN Die Staatsministerin STAATSMINISTERIUM
    FÜR WISSENSCHAFT UND KUNST Postfach 10 09 20 | 01079 Dresden Präsidenten des Sächsischen Landtages …“ — the
    ministry is the letterhead's (before: none, the first letterhead broken after „FÜR“)."""
    document = load_document(CUT / "sn-6-1478.txt")
    assert document.ministry == "Sächsisches Staatsministerium für Wissenschaft und Kunst"
