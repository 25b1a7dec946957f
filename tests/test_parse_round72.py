"""Round 72: answers the parser had never seen (Berlin, Schleswig-Holstein, Baden-Württemberg; pages of the `pages`
corpus, byte for byte), read before the parser was changed, the misreadings mended as layouts. Each test reads a
held copy, or a made-up variant of it, as a reader would: a mend's test fails on main before the round (ee99381d), a
variant's passes on both."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

from .test_parse_round71 import _answer, _variant

CUT = Path(__file__).parent / "fixtures" / "cut"
QUESTION_2_END = "Aussage der Fa. Urbana GmbH? "


def test_a_copy_cut_in_the_askers_words_after_the_last_questions_mark_has_no_answer_to_it() -> None:
    """Berlin, answers headed „Antwort zu 1:“: „Frage 2: … Weshalb sieht der Senat keinen Widerspruch …? Schließlich
    stehen sich die Aussagen … der Urbana GmbH d“ — the askers' words after the '?' are question 2's, cut; question 2
    has no answer, and the reader is told (before: those words were answer 2)."""
    document = load_document(CUT / "be-17-16460.txt")
    assert [question.number for question in document.questions] == [1, 2]
    second = document.question(2)
    assert second is not None
    assert second.text.startswith("Bezug nehmend auf Frage 2: Weshalb sieht der Senat keinen Widerspruch")
    assert second.text.endswith(
        "? Schließlich stehen sich die Aussagen des Staatssekretärs und Firma bezüglich der "
        "Wartungsaufgaben der Urbana GmbH d"
    )
    assert _answer(document, 2) == ""
    assert _answer(document, 1).startswith("Herr Staatssekretär Prof. Dr.-Ing. Lütke Daldrup ist")
    assert (
        "Frage 2 endet mitten im Satz („… Wartungsaufgaben der Urbana GmbH d“): Der Text ist wohl unvollständig."
        in (document.warnings)
    )


def test_words_after_the_last_questions_mark_stay_its_answer_where_labelled_finished_or_unlabelled(
    tmp_path: Path,
) -> None:
    """Made-up variants the reading must leave alone: the words headed „Antwort zu 2:“, a finished sentence after
    the '?' (no cut), and a copy whose earlier answer has no „Antwort zu 1:“ heading („Zu 1.:“) — the words after
    question 2's '?' stay its answer."""
    labelled = _variant(tmp_path, "be-17-16460.txt", QUESTION_2_END, QUESTION_2_END + "Antwort zu 2: ")
    assert _answer(labelled, 2).startswith("Schließlich stehen sich die Aussagen")
    finished = _variant(tmp_path, "be-17-16460.txt", "Urbana GmbH d\n", "Urbana GmbH dar.\n")
    assert _answer(finished, 2).startswith("Schließlich stehen sich die Aussagen")
    unlabelled = _variant(tmp_path, "be-17-16460.txt", "Antwort zu 1: ", "Zu 1.: ")
    assert _answer(unlabelled, 2).startswith("Schließlich stehen sich die Aussagen")


def test_the_next_answer_heading_or_a_second_question_after_the_mark_is_no_askers_words(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: a '?' inside an answer, the copy stopping in its next sentence
    („Antwort zu 2: Wer trägt die Kosten? Das Land trägt d“), stays that answer."""
    inside = _variant(
        tmp_path,
        "be-17-16460.txt",
        QUESTION_2_END + "Schließlich",
        QUESTION_2_END + "Antwort zu 2: Wer trägt die Kosten? Das Land trägt",
    )
    assert "Wer trägt die Kosten?" in _answer(inside, 2)


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
