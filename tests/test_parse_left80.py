"""Layouts rounds 58–61 left misread (tests/fixtures/README.md, „Layouts left by rounds 58–61, mended“), each mended as
a layout, not as a file.  Each test reads a held text as a reader would and asserts what that reader gets; every test
fails on main before the mend."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from indexer.model import Question

CUT = Path(__file__).parent / "fixtures" / "cut"


def _question(held: str, number: int) -> Question:
    """Question ``number`` of the held copy ``held`` under ``cut/``, as a reader gets it."""
    question = load_document(CUT / held).question(number)
    assert question is not None
    return question


def test_lettered_parts_each_answered_keep_their_answers_together_under_the_question() -> None:
    """Schleswig-Holstein, a one-line copy: „1. Hat …? a. Falls ja, bitte … darlegen. <answer with a table> b. Falls
    nein, …? Entfällt.“ — question 1 is the stem with its two parts, its answer part a's answer, then part b's
    (before: part a's answer and table stood in the question, and the answer was only „Entfällt.“)."""
    first = _question("sh-19-524.txt", 1)
    assert first.text == (
        "Hat die Landesregierung Erkenntnisse über die Entwicklung des Bienenbestandes in Schleswig-Holstein? "
        "a. Falls ja, bitte die Entwicklung von 2010 bis 2017 aufschlüsseln und darlegen. "
        "b. Falls nein, warum werden die Daten nicht erhoben?"
    )
    opening, last = first.answer
    assert opening.startswith("a. Für das Jahr 2010 liegen keine Daten vor.")
    assert opening.endswith("2016 23.986 2017 25.904")
    assert last == "b. Entfällt."


def test_a_parts_request_after_its_question_mark_stays_the_askers(tmp_path: Path) -> None:
    """The same copy with part a asked „…? Bitte nach Jahren aufschlüsseln.“: the request is the askers', so it stays
    in the question, and part a's answer opens on the Landesregierung's words (the review found the request read as
    the first sentence of the answer)."""
    held = (CUT / "sh-19-524.txt").read_text(encoding="utf-8")
    text = held.replace(
        "a. Falls ja, bitte die Entwicklung von 2010 bis 2017 aufschlüsseln und darlegen.",
        "a. Falls ja, wie hat sich der Bestand von 2010 bis 2017 entwickelt? Bitte nach Jahren aufschlüsseln.",
    )
    assert text != held
    (tmp_path / "sh-19-524.txt").write_text(text, encoding="utf-8")
    first = load_document(tmp_path / "sh-19-524.txt").question(1)
    assert first is not None
    assert "entwickelt? Bitte nach Jahren aufschlüsseln. b. Falls nein," in first.text
    assert first.answer[0].startswith("a. Für das Jahr 2010 liegen keine Daten vor.")
    assert first.answer[-1] == "b. Entfällt."


def test_numbered_parts_of_a_statement_each_answered_belong_to_it() -> None:
    """Hamburg, a one-line copy: a statement „2. …“ whose parts „2.1. …?“ and „2.2. …?“ are each answered — question 2
    holds both parts, its answer part 2.1's answer, then part 2.2's (before: part 2.2 and its answer stood in answer
    2, as if the Senat had said it)."""
    second = _question("hh-21-12344.txt", 2)
    assert second.text.endswith(
        "2.2. Wie beurteilen der Senat beziehungsweise die zuständigen Behörden insgesamt den Umfang verfügbarer "
        "landwirtschaftlicher Flächen in Bergstedt und den angrenzenden Stadtteilen zur Sicherung des ausreichenden "
        "Bedarfs der örtlichen Betriebe?"
    )
    assert [paragraph[:40] for paragraph in second.answer] == [
        "2.1. Die Fläche wird von dem gemeinnützi",
        "2.2. Die Flächenausstattung der örtliche",
    ]


def test_bayerns_ministries_agreed_with_are_named_beside_the_answering_one() -> None:
    """Bayern, a one-line copy: „Antwort des Staatsministeriums für Umwelt und Verbraucherschutz vom 08.08.2016 Die
    Schriftliche Anfrage wird im Einvernehmen mit dem Staatsministerium für Ernährung, Landwirtschaft und Forsten wie
    folgt beantwortet:“ — the ministry agreed with is read (before: none)."""
    document = load_document(CUT / "by-17-12787.txt")
    assert document.ministry == "Staatsministerium für Umwelt und Verbraucherschutz"
    assert document.co_ministries == ("Staatsministerium für Ernährung, Landwirtschaft und Forsten",)


def test_several_ministries_agreed_with_each_by_its_name() -> None:
    """Bayern: „… wird im Einvernehmen mit dem Staatsministerium der Finanzen, für Landesentwicklung und Heimat, dem
    Staatsministerium für Wirtschaft und Medien, Energie und Technologie sowie dem Staatsministerium für Gesundheit
    und Pflege wie folgt beantwortet:“ — three ministries, each whole (the commas inside a name split none)."""
    document = load_document(CUT / "by-17-15650.txt")
    assert document.co_ministries == (
        "Staatsministerium der Finanzen, für Landesentwicklung und Heimat",
        "Staatsministerium für Wirtschaft und Medien, Energie und Technologie",
        "Staatsministerium für Gesundheit und Pflege",
    )
