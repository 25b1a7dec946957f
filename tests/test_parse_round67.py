"""Round 67: Landtag answers the parser had never seen (Sachsen-Anhalt, Brandenburg, Mecklenburg-Vorpommern, Bayern;
pages of the `pages` corpus, byte for byte), measured before the parser was changed; the misreadings mended as layouts,
not as files.  Each test reads a held copy as a reader would, and asserts what that reader gets; every test of a mend
fails on main before the round (090b0a1e)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_sachsen_anhalts_askers_vorbemerkung_ending_on_a_footnote_mark_is_read() -> None:
    """Sachsen-Anhalt: the askers' Vorbemerkung ends on a footnote's mark glued to its full stop („… verabschiedet
    werden.1 Antwort der Landesregierung erstellt vom Ministerium für Inneres und Sport Namens der Landesregierung
    beantworte ich die Kleine Anfrage wie folgt:“) — the reader gets the Vorbemerkung (before: none)."""
    document = load_document(CUT / "st-7-1284.txt")
    preamble = " ".join(document.preamble)
    assert preamble.startswith("Laut Mitteldeutscher Zeitung benötigt die Feuerwehr in Könnern")
    assert "erst einmal der Landeshaushalt verabschiedet werden" in preamble
    assert "Namens der Landesregierung" not in preamble
    assert [question.number for question in document.questions] == [1, 2]


def _with_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_a_digit_after_a_full_stop_before_a_small_word_opens_no_answer(tmp_path: Path) -> None:
    """Made-up variants the footnote-mark reading must leave alone: a number after an abbreviation („Ziff. 3“ with no
    space is „Kap.3“, two small letters), and a digit after a full stop before a small word, inside the preamble."""
    held = (CUT / "st-7-1284.txt").read_text(encoding="utf-8")
    for glued in ("werden (Kap.3) Antwort", "werden.1 und Antwort"):
        variant = held.replace("werden.1 Antwort", glued)
        document = load_document(_with_text(tmp_path, "st-7-1284.txt", variant.rstrip("\n")))
        assert [question.number for question in document.questions] == [1, 2]
        assert document.question(1) is not None


def test_bayerns_question_after_a_tables_last_word_is_read_and_answered_jointly() -> None:
    """Bayern, a one-line copy: question 2 follows answer 1's table without a full stop („… Saal (Donau) stufenfrei
    nicht barrierefrei 2. Welche der unter den Fragen 1 a und b genannten Haltepunkte … mitaufgenommen ? 3. Welche
    …?“) — question 2 is read, answered with 3 and 4; question 1's parts a) and b) keep their own answers (before:
    „Nummerierung lückenhaft: Frage 2 fehlt.“, question 2 inside answer 1)."""
    document = load_document(CUT / "by-17-9961.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4, 5]
    second = document.question(2)
    assert second is not None
    assert second.text.startswith("Welche der unter den Fragen 1 a und b genannten Haltepunkte")
    assert second.answered_with == (3, 4)
    first = document.question(1)
    assert first is not None
    assert first.answer[-1].endswith("Saal (Donau) stufenfrei nicht barrierefrei")
    assert not any("lückenhaft" in warning for warning in document.warnings)


def test_a_numbered_sentence_after_a_word_stays_in_its_answer_without_the_next_number(tmp_path: Path) -> None:
    """Made-up variants the rule must leave alone: the number after the '?' is not the next question's („… ? 5.“),
    the number follows a word that refers („siehe Antwort zu 2. Welche …?“), or no '?' ends the sentence."""
    held = (CUT / "by-17-9961.txt").read_text(encoding="utf-8")
    variants = (
        held.replace("mitaufgenommen ? 3. Welche", "mitaufgenommen ? 5. Welche"),
        held.replace("nicht barrierefrei 2. Welche der", "nicht barrierefrei siehe Antwort zu 2. Welche der"),
        held.replace("der Staatsregierung mitaufgenommen ? 3.", "der Staatsregierung mitaufgenommen. 3."),
    )
    for variant in variants:
        document = load_document(_with_text(tmp_path, "by-17-9961.txt", variant.rstrip("\n")))
        assert 2 not in [question.number for question in document.questions]
