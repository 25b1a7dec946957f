"""Reviews of rounds 68–71 and the third pass: a Niedersachsen page head keeps the table's number before it unless it
is the previous page's; Hamburg's parts asked after the stem's answer are not questions an answer reports, but are the
question's where the answer only names a question; a „Frage 1 …?“ label read across lines; Bayern's wrapped answer
heading dropped whole, and only the heading; a short answer ending on a short form is whole.  The texts are made-up
variants of held copies (the held copy with a few words changed, or its lines broken as printed)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def _variant(tmp_path: Path, name: str, held: str, printed: str) -> Path:
    text = (CUT / name).read_text(encoding="utf-8")
    assert held in text
    copy = tmp_path / name
    copy.write_text(text.replace(held, printed, 1), encoding="utf-8")
    return copy


def test_a_number_before_niedersachsens_page_head_is_the_tables_unless_the_previous_page(tmp_path: Path) -> None:
    """Made up from cut/ni-18-3147 (one line): page 3's head after a table row „LK Hameln-Pyrmont 4 4 5 6 2 3“ — the
    row's last 3 is no page number (page 3's previous is 2) and stays in answer 1 (before: the row lost its 3); the
    held page 2's head after „… 4 6 1“ still takes page 1's number with it."""
    copy = _variant(
        tmp_path,
        "ni-18-3147.txt",
        "LK Hameln-Pyrmont",
        "LK Hameln-Pyrmont 4 4 5 6 2 3 Niedersächsischer Landtag – 18. Wahlperiode 3 Drucksache 18/3147"
        " LK Hameln-Pyrmont",
    )
    first = load_document(copy).question(1)
    assert first is not None
    answer = " ".join(first.answer)
    assert "LK Hameln-Pyrmont 4 4 5 6 2 3 LK Hameln-Pyrmont" in answer
    assert "LK Göttingen 0 2 5 5 4 6 Stadt Göttingen" in answer
    assert "Wahlperiode" not in answer


@pytest.mark.parametrize(
    "report",
    [
        "Im Sozialausschuss wurden dazu zwei Fragen der Bürger gestellt:",
        "Im Sozialausschuss stellten Bürger dazu zwei Fragen.",
    ],
)
def test_questions_an_answer_reports_stay_in_the_answer(tmp_path: Path, report: str) -> None:
    """Made up from cut/hh-21-14371 (one line): answer 2 reports questions put to the Senat („… 2018. Im
    Sozialausschuss wurden dazu zwei Fragen der Bürger gestellt: a. Warum steigen die Kosten? b. Wer trägt die Kosten?
    Der Senat hat beide Fragen dort mündlich beantwortet.“) — they are the answer's words, not the MPs' question 2
    (before: question 2 ended on „b. Wer trägt die Kosten?“)."""
    reported = f"{report} a. Warum steigen die Kosten? b. Wer trägt die Kosten?"
    copy = _variant(
        tmp_path,
        "hh-21-14371.txt",
        "Monate Jan. bis Mai 2018 ",
        f"Monate Jan. bis Mai 2018. {reported} Der Senat hat beide Fragen dort mündlich beantwortet. ",
    )
    second = load_document(copy).question(2)
    assert second is not None
    assert second.text.endswith("entwickelt? (Bitte jahresweise angeben.)")
    assert reported in " ".join(second.answer)


@pytest.mark.parametrize("page", [[], ["2"]])
@pytest.mark.parametrize("width", [60, 72])
def test_a_colonless_frage_label_reads_in_a_line_broken_copy_as_in_one_line(
    tmp_path: Path, width: int, page: list[str]
) -> None:
    """Made up from cut/st-6-4829 (one line): the same text broken into printed lines, „Frage 1 Welche Veränderungen
    … ergeben?“ opening a later line (after the page number's line or not), is question 1 as in the one line
    (before: „Keine nummerierten Fragen gefunden …“)."""
    held = (CUT / "st-6-4829.txt").read_text(encoding="utf-8")
    before, after = held.split(" 2 Frage 1 Welche ", 1)
    asked, rest = after.split("? ", 1)
    lines = [*textwrap.wrap(before, width), *page, f"Frage 1 Welche {asked}?", *textwrap.wrap(rest, width)]
    copy = tmp_path / "st-6-4829.txt"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = load_document(copy).question(1)
    assert first is not None
    assert first.text.startswith("Welche Veränderungen (neu aufgenommene und gestrichene Denkmale)")
    assert "im Denkmalverzeichnis ergeben?" in first.text
    assert " ".join(first.answer).endswith("Die Datenbank des Landesamtes")


@pytest.mark.parametrize(
    "heading",
    [
        ["Antwort des Staatsministeriums des Innern, für Bau und Verkehr", "vom 14.04.2014"],
        ["Antwort des Staatsministeriums des Innern, für Bau", "und Verkehr vom 14.04.2014"],
    ],
)
def test_bayerns_wrapped_answer_heading_is_dropped_whole(tmp_path: Path, heading: list[str]) -> None:
    """Made up from cut/by-17-1693 (one line): the copy broken into lines (the question one line), the answer part's
    heading wrapped before its date („Antwort des Staatsministeriums des Innern, für Bau und Verkehr“ / „vom
    14.04.2014“) or inside the ministry's name — the answer opens with its own words (before: with the heading's
    last line)."""
    held = (CUT / "by-17-1693.txt").read_text(encoding="utf-8")
    asked, answered = held.split(" Antwort des Staatsministeriums des Innern, für Bau und Verkehr vom 14.04.2014 ", 1)
    cover, rest = asked.split(" Barrierefreie Bahnhöfe im Landkreis Landsberg/Lech ", 1)
    title = "Barrierefreie Bahnhöfe im Landkreis Landsberg/Lech"
    lines = [cover, title, "", rest, "", *heading, "", *textwrap.wrap(answered, 70)]
    copy = tmp_path / "by-17-1693.txt"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = load_document(copy).question(1)
    assert first is not None
    assert first.answer[0].startswith("Laut DB AG sind von den zwölf")
    assert not any("14.04.2014" in paragraph for paragraph in first.answer)


@pytest.mark.parametrize(
    "remark", ["Zu dieser Frage liegen dem Senat keine weiteren Daten vor.", "Siehe auch Antwort zu Frage 2."]
)
def test_parts_after_a_stem_answer_naming_a_question_are_the_questions(tmp_path: Path, remark: str) -> None:
    """Made up from cut/hh-21-14371 (one line): the stem's answer ends on a sentence that names a question but reports
    none asked — parts a. and b. after it are still question 1's words (before: they stood in answer 1, as if the
    Senat had asked them)."""
    held = "(laut Angabe BUE vom 14.09.2018)."
    copy = _variant(tmp_path, "hh-21-14371.txt", held, f"{held} {remark}")
    first = load_document(copy).question(1)
    assert first is not None
    assert first.text.endswith(
        "b. In wie vielen Fällen wurde ein Antrag zur Kostenübernahme nach der Bestattung gestellt?"
    )
    assert " ".join(first.answer).startswith("Jahr Bestattungen in HH gesamt")
    assert remark in " ".join(first.answer)


def test_an_answers_first_line_ending_on_a_date_is_not_the_headings(tmp_path: Path) -> None:
    """Made up from cut/by-17-1693, broken into lines: the answer part's heading without its date („Antwort des
    Staatsministeriums des Innern, für Bau und Verkehr“), then the answer's own first line ending on a date („Gemäß der
    Mitteilung der DB AG vom 14.04.2014“) — that line is the answer's (before: dropped unsaid as the heading's rest)."""
    held = (CUT / "by-17-1693.txt").read_text(encoding="utf-8")
    asked, answered = held.split(" Antwort des Staatsministeriums des Innern, für Bau und Verkehr vom 14.04.2014 ", 1)
    cover, rest = asked.split(" Barrierefreie Bahnhöfe im Landkreis Landsberg/Lech ", 1)
    heading = "Antwort des Staatsministeriums des Innern, für Bau und Verkehr"
    lines = [cover, "Barrierefreie Bahnhöfe im Landkreis Landsberg/Lech", "", rest, "", heading]
    lines += ["Gemäß der Mitteilung der DB AG vom 14.04.2014", *textwrap.wrap(answered, 70)]
    copy = tmp_path / "by-17-1693.txt"
    copy.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first = load_document(copy).question(1)
    assert first is not None
    assert first.answer[0].startswith("Gemäß der Mitteilung der DB AG vom 14.04.2014 Laut DB AG sind")


@pytest.mark.parametrize("answer", ["Siehe die Paragraphen elf ff", "Siehe die Antwort zu Frage eins ua"])
def test_a_short_answer_ending_on_a_short_form_is_not_said_to_be_cut(tmp_path: Path, answer: str) -> None:
    """Made up from cut/mv-6-1585 (one line): answer 2 a short sentence ending on a short form written without its
    full stop („ff“, „ua“) — whole, nothing said (before: „endet mitten im Satz“)."""
    copy = _variant(tmp_path, "mv-6-1585.txt", "Es liegen der Landesregierung ke", answer)
    document = load_document(copy)
    second = document.question(2)
    assert second is not None
    assert " ".join(second.answer) == answer
    assert not any("endet mitten im Satz" in warning for warning in document.warnings)
