"""German counts: ``1 Absatz``, ``2 Absätze`` — one helper for the pages, reports and the command line."""

from __future__ import annotations

# singular → plural of the nouns we count
PLURALS = {
    "Antwort": "Antworten",
    "Absatz": "Absätze",
    "Frage": "Fragen",
    "Seite": "Seiten",
    "Datei": "Dateien",
    "Dokument": "Dokumente",
    "Warnung": "Warnungen",
}


def counted(number: int, noun: str) -> str:
    """``counted(1, "Absatz")`` → ``1 Absatz``; ``counted(3, "Absatz")`` → ``3 Absätze``."""
    return f"{number} {noun if number == 1 else PLURALS[noun]}"
