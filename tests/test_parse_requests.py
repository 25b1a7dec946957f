"""Questions written as requests, without a question mark (``Bitte nennen Sie …``, ``Bitte schlüsseln Sie …
auf.``, ``Die Landesregierung wird gebeten, …``), in the layout that prints no question numbers (Saarland):
each is found as its own question, not lost in the answer before it or taken as no question at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.extract import text_pages
from indexer.ingest.parse import parse_lines

FIXTURES = Path(__file__).parent / "fixtures"
# Saarland's real text (one line, as kleineanfragen.de extracts it); its question 2 asked as a request
_ASKED = "Warum hat die Landesregierung diesen Sachverhalt nicht im Plenum des Landtages am 12.02.2014 vorgetragen, als"
_REQUESTS = {
    "request": "Bitte nennen Sie die Gründe, aus denen die Landesregierung diesen Sachverhalt am 12.02.2014 nicht "
    "im Plenum des Landtages vorgetragen hat, als der Themenkomplex dort behandelt wurde.",
    "question and request": "Warum hat die Landesregierung diesen Sachverhalt am 12.02.2014 nicht im Plenum "
    "vorgetragen? Bitte begründen Sie dies, da der Themenkomplex dort behandelt wurde.",
    "asked to": "Die Landesregierung wird gebeten darzulegen, warum sie diesen Sachverhalt am 12.02.2014 nicht "
    "im Plenum vorgetragen hat, als der Themenkomplex dort behandelt wurde.",
}


@pytest.mark.parametrize("kind", sorted(_REQUESTS))
def test_a_request_before_its_heading_is_the_question_in_a_flat_text(kind: str) -> None:
    text = (FIXTURES / "sl-15-864.txt").read_text(encoding="utf-8")
    start = text.index(_ASKED)
    text = text[:start] + _REQUESTS[kind] + text[text.index("?", start) + 1 :]
    document = parse_lines(text_pages(text), doc_id="sl-15-864")
    assert [q.number for q in document.questions] == [1, 2]
    first, second = document.questions
    assert second.text == _REQUESTS[kind]
    assert first.answer[-1].endswith("in der saarländischen Presse erfahren.")  # the request is not in answer 1
    assert second.answer[0].startswith("Die Landesregierung ist der Auffassung")


# Printed lines (as a PDF gives them): every question a request, some wrapped over two lines.
_LINES = """LANDTAG DES SAARLANDES Drucksache 16/1236
16. Wahlperiode 12.05.2020
A N T W O R T
zu der
Anfrage des Abgeordneten Max Beispiel (SPD)
betr.: Schulbusverkehr im Landkreis Neunkirchen

Bitte nennen Sie die Zahl der Schulbuslinien
im Landkreis Neunkirchen.

Zu Frage 1:
Im Landkreis Neunkirchen verkehren 42 Linien
des Schülerverkehrs.

Bitte schlüsseln Sie die Zahl der Schülerinnen
und Schüler nach Linien auf.

Die Landesregierung wird gebeten, die Kosten
der Verstärkerfahrten darzulegen.

Zu den Fragen 2 und 3:
Täglich nutzen rund 9 300 Schülerinnen und
Schüler die Linien; Verstärkerfahrten kosten 180 000 Euro.
"""


def test_questions_printed_only_as_requests_are_found() -> None:
    """No question mark anywhere: still questions before their headings, not answers without questions."""
    document = parse_lines(text_pages(_LINES), doc_id="sl-16-1236")
    assert [q.text for q in document.questions] == [
        "Bitte nennen Sie die Zahl der Schulbuslinien im Landkreis Neunkirchen.",
        "Bitte schlüsseln Sie die Zahl der Schülerinnen und Schüler nach Linien auf.",
        "Die Landesregierung wird gebeten, die Kosten der Verstärkerfahrten darzulegen.",
    ]
    assert document.questions[0].answer == ("Im Landkreis Neunkirchen verkehren 42 Linien des Schülerverkehrs.",)
    assert document.questions[1].answered_with == (3,)
