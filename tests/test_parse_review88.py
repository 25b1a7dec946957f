"""Review of rounds 68–69 and the third pass: a Niedersachsen page head keeps the table's number before it unless it is
the previous page's; Hamburg's parts asked after the stem's answer are not questions an answer reports; a „Frage 1
…?“ label read across lines; Bayern's wrapped answer heading dropped whole.  The texts are made-up variants of held
copies (the held copy with a few words changed, or its lines broken as printed)."""

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
