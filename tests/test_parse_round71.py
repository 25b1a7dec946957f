"""Round 71: answers the parser had never seen (Sachsen, Bayern, Mecklenburg-Vorpommern, Thüringen, the Bundestag;
pages of the `pages` corpus, byte for byte), read before the parser was changed, the misreadings mended as layouts.
Each test reads a held copy, or a made-up variant of it, as a reader would: a mend's test fails on main before the
round (9ec19798), a variant's passes on both."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from indexer.model import Document

CUT = Path(__file__).parent / "fixtures" / "cut"


def _variant(tmp_path: Path, name: str, printed: str, instead: str) -> Document:
    """The held copy ``name`` with ``printed`` (which it holds) written ``instead``, read as the file ``name``."""
    held = (CUT / name).read_text(encoding="utf-8")
    assert printed in held
    (tmp_path / name).write_text(held.replace(printed, instead, 1), encoding="utf-8")
    return load_document(tmp_path / name)


def _answer(document: Document, number: int) -> str:
    question = document.question(number)
    assert question is not None
    return " ".join(question.answer)


def test_sachsens_scanned_letter_reads_question_3_without_its_colon_and_the_joint_answer_after_page_2s_head() -> None:
    """Sachsen, a scanned letter in one line: „Frage 2: …? Frage 3 Welche Unterstützung …? Zusammenfassende Antwort
    auf die Fragen 1 bis 3; Hausanschrift: … melden. STAATSM1NISTEKIUM DES INNERN Freistaat SACHSEN Gemäß Art. 50 …“ —
    the reader gets question 3, the joint answer of 1 to 3 and its cut said (before: question 3 and the heading inside
    the answer of 1 and 2, the answer's own sentence lost)."""
    document = load_document(CUT / "sn-6-1177.txt")
    assert [question.number for question in document.questions] == [1, 2, 3]
    third = document.question(3)
    assert third is not None
    assert third.text.startswith("Welche Unterstützung kann den Gemeinden")
    assert third.answered_with == (1, 2)
    for number in (1, 2, 3):
        assert _answer(document, number) == "Gemäß Art. 50 der Verfassung des Freistaates Sachsen (S"
    assert any("endet mitten im Satz" in warning for warning in document.warnings)


def test_a_bare_frage_n_that_is_not_the_next_label_or_refers_stays_in_the_text(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: „Frage 3“ after a word that refers to it („siehe Frage 3
    Welche …“ is no label), „Frage 5“ after question 2 (not the next number), and „Frage 3 der Kleinen Anfrage“ (no
    question word after it)."""
    for bare in ("siehe Frage 3 Welche", "Frage 5 Welche", "Frage 3 der Kleinen Anfrage. Welche"):
        document = _variant(tmp_path, "sn-6-1177.txt", "Frage 3 Welche", bare)
        assert [question.number for question in document.questions] == [1, 2]


def test_a_semicolon_after_other_words_than_the_joint_answers_heading_is_not_read_as_its_colon(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: the words inside a sentence („Die Fragen werden in einer
    zusammenfassenden Antwort auf die Fragen 1 bis 3;“) or a word after the numbers („… Fragen 1 bis 3 folgt;“) are no
    heading: they stay the answer's words."""
    for words in (
        "Die Fragen werden in einer zusammenfassenden Antwort auf die Fragen 1 bis 3;",
        "Zusammenfassende Antwort auf die Fragen 1 bis 3 folgt;",
    ):
        document = _variant(tmp_path, "sn-6-1177.txt", "Zusammenfassende Antwort auf die Fragen 1 bis 3;", words)
        assert words in " ".join(" ".join(question.answer) for question in document.questions)


def test_page_1s_letterhead_or_a_head_without_the_ministrys_name_is_not_read_as_page_2s_head(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: „Freistaat SACHSEN Der Staatsminister“ after the footer is page
    1's letterhead, and „Freistaat SACHSEN“ without the ministry's name in capitals before it is no page head the
    rule knows: both are read as before (the letterhead up to the copy's end)."""
    head = "melden. STAATSM1NISTEKIUM DES INNERN Freistaat SACHSEN Gemäß"
    for replaced in (
        "melden. STAATSM1NISTEKIUM DES INNERN Freistaat SACHSEN Der Staatsminister Gemäß",
        "melden. Freistaat SACHSEN Gemäß",
    ):
        document = _variant(tmp_path, "sn-6-1177.txt", head, replaced)
        assert not any("Gemäß Art. 50" in " ".join(question.answer) for question in document.questions)


def test_an_answer_stopping_on_the_section_sign_is_said_to_be_cut() -> None:
    """Sachsen, a one-line copy stopping after „… Letzteres ist hier der Fall, denn nach §“: no sentence ends on the
    section sign alone, the reader is told (before: nothing said)."""
    document = load_document(CUT / "sn-6-14659.txt")
    assert _answer(document, 3).endswith("denn nach §")
    assert "Die Antwort zu Frage 3 endet mitten im Satz („… der Fall, denn nach §“)" in " ".join(document.warnings)


def test_a_short_answer_stopping_on_a_words_first_letters_is_said_to_be_cut() -> None:
    """Mecklenburg-Vorpommern, a one-line copy stopping in answer 2's fifth word („Es liegen der Landesregierung
    ke“): the reader is told it is cut (before: a short answer, nothing said)."""
    document = load_document(CUT / "mv-6-1585.txt")
    assert _answer(document, 2) == "Es liegen der Landesregierung ke"
    assert any(
        warning.startswith("Die Antwort zu Frage 2 endet mitten im Satz („… Es liegen der Landesregierung ke“)")
        for warning in document.warnings
    )


def test_a_short_answer_ending_on_a_word_or_a_unit_is_not_said_to_be_cut(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: a short answer ending on „ab“ (a verb's particle), on a unit
    after a figure („12 ha“), or on a word of the lexicon (held cut/mv-7-1151's „Wurden zwi“, two words only after
    a table's „… wie folgt:“, stays as it read too: the measured held texts)."""
    for ending in ("Das hängt davon ab", "Die Fläche beträgt rund 12 ha", "Es gibt sie seit Jahren neu"):
        document = _variant(tmp_path, "mv-6-1585.txt", "Es liegen der Landesregierung ke", ending)
        assert _answer(document, 2) == ending
        assert not any("endet mitten im Satz" in warning for warning in document.warnings)


def test_a_question_asked_with_erwaegt_first_where_the_copy_stops_is_a_question() -> None:
    """Mecklenburg-Vorpommern, a one-line copy stopping in question 3 after answer 2's last sentence („… eine Rolle
    spielen. 3. Erwägt die Landesregierung, ausgehend von dieser zentralen Veranstaltung, auch Regionalkonferenz“):
    the reader gets question 3, cut and unanswered (before: its words at the end of answer 2)."""
    document = load_document(CUT / "mv-7-674.txt")
    assert [question.number for question in document.questions] == [1, 2, 3]
    assert _answer(document, 2).endswith("wird bei der Entscheidung eine Rolle spielen.")
    third = document.question(3)
    assert third is not None
    assert third.text.startswith("Erwägt die Landesregierung, ausgehend von")
    assert any(warning.startswith("Frage 3 endet mitten im Satz") for warning in document.warnings)


def test_a_list_items_passive_erwaegt_stays_in_the_answer(tmp_path: Path) -> None:
    """A made-up variant the reading must leave alone: an answer's numbered item in the passive („3. Erwägt wurde
    auch, …“) is no question."""
    document = _variant(tmp_path, "mv-7-674.txt", "3. Erwägt die Landesregierung,", "3. Erwägt wurde auch,")
    assert [question.number for question in document.questions] == [1, 2]


def test_bayerns_question_paper_stopping_in_a_part_asked_in_the_subjunctive_has_no_answer() -> None:
    """Bayern, the question paper alone, the copy stopping in question 4's part a) („… dienen können? a) Würden diese
    Pold“): the reader gets question 4 with its part begun, cut, and no answer (before: „a) Würden diese Pold“ read
    as the joint answer to questions 1 to 4)."""
    document = load_document(CUT / "by-17-1013.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    fourth = document.question(4)
    assert fourth is not None
    assert fourth.text.endswith("dienen können? a) Würden diese Pold")
    assert all(not question.answer and not question.answered_with for question in document.questions)
    assert not any("gemeinsam beantwortet" in warning for warning in document.warnings)


def test_a_part_opening_on_a_noun_like_the_subjunctive_stays_an_answer(tmp_path: Path) -> None:
    """A made-up variant the reading must leave alone: „a) Würdigung der Pold“ (a noun, not „Würden“ and a small word
    after it) opens no asked part; it is read as before, the answer after question 4."""
    document = _variant(tmp_path, "by-17-1013.txt", "a) Würden diese Pold", "a) Würdigung der Pold")
    fourth = document.question(4)
    assert fourth is not None
    assert not fourth.text.endswith("Pold")
    assert " ".join(fourth.answer) == "a) Würdigung der Pold"
