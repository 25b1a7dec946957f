"""Round 70: Landtag answers the parser had never seen (Berlin, Hamburg, Schleswig-Holstein, Rheinland-Pfalz,
Niedersachsen; pages of the `pages` corpus, byte for byte), measured before the parser was changed; the misreadings
mended as layouts, not as files.  Each test reads a held copy as a reader would and asserts what that reader gets;
every test of a mend fails on main before the round (9ec19798), the tests of made-up variants pass on both."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def _with_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _held(name: str) -> str:
    return (CUT / name).read_text(encoding="utf-8")


def test_berlins_labelled_question_going_on_after_its_question_mark_keeps_its_words_where_the_copy_stops() -> None:
    """Berlin, a one-line copy that labels each question „Frage N:“ and each answer „Antwort zu N:“: question 2 goes on
    after its '?' with a sentence that states („… der Fa. Urbana GmbH? Schließlich stehen sich die Aussagen … der Urbana
    GmbH d“), and the copy stops inside it — the reader gets that sentence as question 2's, question 2 without answer,
    and the cut said of the question (before: the sentence read as answer 2)."""
    document = load_document(CUT / "be-17-16460.txt")
    first, second = document.questions
    assert first.answer[0].startswith("Herr Staatssekretär Prof. Dr.-Ing. Lütke Daldrup ist")
    assert second.number == 2
    assert second.text.endswith(
        "Urbana GmbH? Schließlich stehen sich die Aussagen des Staatssekretärs und Firma "
        "bezüglich der Wartungsaufgaben der Urbana GmbH d"
    )
    assert not "".join(second.answer)
    assert (
        "Frage 2 endet mitten im Satz („… Wartungsaufgaben der Urbana GmbH d“): Der Text ist wohl unvollständig."
        in (document.warnings)
    )


def test_berlins_question_stating_after_its_question_mark_ends_at_its_own_answer_label(tmp_path: Path) -> None:
    """The same layout whole: the sentence after question 2's '?', then „Antwort zu 2:“ — the sentence is the
    question's, the answer opens at its label, and the label is no word of it (before: the sentence and the label
    „Antwort zu 2: …“ were read as answer 2)."""
    held = _held("be-17-16460.txt").rstrip("\n")
    whole = held.removesuffix(" d") + " der Bahnhöfe gegenüber. Antwort zu 2: Der Senat sieht keinen Widerspruch.\n"
    document = load_document(_with_text(tmp_path, "be-17-16460.txt", whole))
    second = document.questions[1]
    assert second.text.endswith("Urbana GmbH der Bahnhöfe gegenüber.")
    assert list(second.answer) == ["Der Senat sieht keinen Widerspruch."]
    assert not document.warnings


def test_a_statement_after_the_question_mark_stays_the_answer_where_no_own_label_follows(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: the label after the sentence names another question („Antwort
    zu 3:“); the copy's answers are not labelled („Antwort zu 1:“ left out), the copy stopping in the sentence; the
    sentence ends with its full stop where the copy ends — each time the sentence stays answer 2's, as before."""
    held = _held("be-17-16460.txt").rstrip("\n")
    stated = held.removesuffix(" d") + " der Bahnhöfe gegenüber."
    variants = (
        stated + " Antwort zu 3: Der Senat sieht keinen Widerspruch.\n",
        held.replace("Antwort zu 1: ", "") + "\n",
        stated + "\n",
    )
    for variant in variants:
        document = load_document(_with_text(tmp_path, "be-17-16460.txt", variant))
        second = document.questions[1]
        assert second.text.endswith("der Fa. Urbana GmbH?")
        assert second.answer[0].startswith("Schließlich stehen sich die Aussagen des Staatssekretärs")


def test_an_earlier_answer_the_askers_cite_names_no_ministry(tmp_path: Path) -> None:
    """Berlin's question 2 cites „… in der Antwort des Senats in der Drucksache 17/15670 …“: that answer is not this
    one, and the Senat read from it is no ministry (before: „Senat“); Hamburg's cover „… und Antwort des Senats Betr.:
    …“ still names the Senat."""
    assert load_document(CUT / "be-17-16460.txt").ministry is None
    assert load_document(CUT / "hh-21-13707.txt").ministry == "Senat"


def test_schleswig_holsteins_last_question_opening_with_zu_welchen_is_read_where_the_copy_stops() -> None:
    """Schleswig-Holstein, questions numbered „1)“, „2)“ … each answered under „Antwort:“: the copy stops in question
    4, which opens „Zu welchen Themen …“ — the reader gets question 4 without answer and the cut said of it, and answer
    3 ends with its own sentence (before: question 4's words inside answer 3)."""
    document = load_document(CUT / "sh-19-424.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    third, fourth = document.questions[2:]
    assert list(third.answer) == [
        "Die Fach-, Dienst- und Rechtsaufsicht über die öffentlichen Schulen ist eine ständige Aufgabe des "
        "Bildungsministeriums und der Schulämter."
    ]
    assert fourth.text.startswith("Zu welchen Themen hat das Bildungsministerium in den vergangenen zwei Jahren")
    assert not "".join(fourth.answer)
    assert "Frage 4 hat keine Antwort." in document.warnings


def test_a_numbered_line_not_asking_stays_in_the_answer_before(tmp_path: Path) -> None:
    """A made-up variant the reading must leave alone: „4) Zu diesem Zeitpunkt hat …“ opens no question (no
    interrogative after „Zu“), and stays answer 3's words, as before."""
    variant = _held("sh-19-424.txt").replace(" 4) Zu welchen Themen hat", " 4) Zu diesem Zeitpunkt hat")
    document = load_document(_with_text(tmp_path, "sh-19-424.txt", variant))
    assert [question.number for question in document.questions] == [1, 2, 3]
    assert "4) Zu diesem Zeitpunkt hat" in " ".join(document.questions[2].answer)


def test_berlins_last_answer_stopping_inside_its_one_stock_word_is_said_to_be_cut() -> None:
    """Berlin, a one-line copy whose last answer is the one word „Entfällt.“, the copy stopping inside it („Zu 4.:
    Entfäl“): the reader is told the answer is cut (before: nothing said)."""
    document = load_document(CUT / "be-17-18493.txt")
    assert [question.number for question in document.questions] == [1, 2, 3, 4]
    assert list(document.questions[-1].answer) == ["Entfäl"]
    assert document.warnings == (
        "Die Antwort zu Frage 4 endet mitten im Satz („… Entfäl“): Der Text ist wohl unvollständig.",
    )


def test_a_stock_answer_printed_whole_is_not_said_to_be_cut(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: the stock word whole, with or without its full stop („Entfällt“,
    „Entfällt.“), or another whole word („Nein“, „Ja“), is as printed, no cut said."""
    held = _held("be-17-18493.txt").rstrip("\n").removesuffix("Entfäl")
    for answer in ("Entfällt", "Entfällt.", "Nein", "Ja"):
        document = load_document(_with_text(tmp_path, "be-17-18493.txt", held + answer + "\n"))
        assert list(document.questions[-1].answer) == [answer]
        assert not document.warnings


def test_rheinland_pfalzs_request_with_a_semicolon_before_question_1_is_no_introduction() -> None:
    """Rheinland-Pfalz prints the askers' request with a semicolon for its colon („Ich frage die Landesregierung; 1.
    Wie ist der aktuelle Sachstand?“): the request is layout, as with its colon — the introduction ends on its own last
    sentence (before: „… anschließen wird. Ich frage die Landesregierung;“)."""
    document = load_document(CUT / "rp-16-3002.txt")
    assert " ".join(document.preamble).endswith("durch den Landesrechnungshof anschließen wird.")
    assert document.questions[0].text == "Wie ist der aktuelle Sachstand?"


def test_a_semicolon_after_the_request_that_goes_on_stays_in_the_introduction(tmp_path: Path) -> None:
    """A made-up variant the reading must leave alone: the sentence goes on after the semicolon („Ich frage die
    Landesregierung; sie schweigt.“), no request right before question 1 — it stays the introduction's words."""
    variant = _held("rp-16-3002.txt").replace(
        "Ich frage die Landesregierung; 1. Wie", "Ich frage die Landesregierung; sie schweigt. 1. Wie"
    )
    document = load_document(_with_text(tmp_path, "rp-16-3002.txt", variant))
    assert " ".join(document.preamble).endswith("Ich frage die Landesregierung; sie schweigt.")
