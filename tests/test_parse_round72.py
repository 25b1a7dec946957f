"""Round 72: answers the parser had never seen (Berlin, Schleswig-Holstein, Baden-Württemberg; pages of the `pages`
corpus, byte for byte), read before the parser was changed, the misreading mended as a layout. Each test reads a held
copy, or a made-up variant of it, as a reader would: the mend's test fails on main before the round (ea4d7f77), a
variant's passes on both."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

from .test_parse_round71 import _variant

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_sub_numbered_question_after_a_page_head_is_a_question_with_its_answer() -> None:
    """Schleswig-Holstein: „… nach § 16 BrSchG. Drucksache 19/172 Schleswig-Holsteinischer Landtag - 19. Wahlperiode
    1.1 Was waren die Gründe? Antwort: Entfällt aufgrund der Antwort zu Frage 1.“ — the reader gets question 1.1 and
    its answer (before: both inside answer 1)."""
    document = load_document(CUT / "sh-19-172.txt")
    assert [question.label for question in document.questions] == ["1", "1.1", "2"]
    first, sub = document.questions[0], document.questions[1]
    assert " ".join(first.answer).endswith("Ultima Ratio ist die Aufstellung einer Pflichtfeuerwehr nach § 16 BrSchG.")
    assert sub.text == "Was waren die Gründe?"
    assert " ".join(sub.answer) == "Entfällt aufgrund der Antwort zu Frage 1."


def test_a_sub_number_after_a_page_head_that_asks_nothing_stays_in_the_answer(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: a numbered paragraph of the answer after the page head, a
    statement („1.1 Die Gründe sind nicht bekannt.“), or one whose '?' follows a finished sentence („1.1 Die Gründe
    sind nicht bekannt. Warum?“) — no question 1.1, the words stay answer 1's."""
    for words in ("1.1 Die Gründe sind nicht bekannt.", "1.1 Die Gründe sind nicht bekannt. Warum?"):
        document = _variant(tmp_path, "sh-19-172.txt", "1.1 Was waren die Gründe?", words)
        assert "1.1" not in [question.label for question in document.questions]
        assert "Die Gründe sind nicht bekannt." in " ".join(document.questions[0].answer)
