"""German counts and lists: ``1 Absatz``, ``2 Absätze``, ``A, B und C``, runs of numbers — one helper for the pages,
reports and the command line."""

from __future__ import annotations

from collections.abc import Sequence

from indexer.model import Annex

# singular → plural of the nouns we count
PLURALS = {
    "Antwort": "Antworten",
    "Absatz": "Absätze",
    "Frage": "Fragen",
    "Seite": "Seiten",
    "Datei": "Dateien",
    "Dokument": "Dokumente",
    "Warnung": "Warnungen",
    "Anlage": "Anlagen",
    "Fußnote": "Fußnoten",
    "Zeile": "Zeilen",
}


def listed(items: Sequence[str]) -> str:
    """``A``, ``A und B``, ``A, B und C``."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1]


def runs(numbers: Sequence[int]) -> list[list[int]]:
    """Sorted numbers cut into runs of consecutive ones: 1, 2, 3, 7, 8 → [1, 2, 3], [7, 8]."""
    found: list[list[int]] = []
    for number in numbers:
        if found and found[-1][-1] + 1 == number:
            found[-1].append(number)
        else:
            found.append([number])
    return found


def counted(number: int, noun: str) -> str:
    """``counted(1, "Absatz")`` → ``1 Absatz``; ``counted(3, "Absatz")`` → ``3 Absätze``."""
    return f"{number} {noun if number == 1 else PLURALS[noun]}"


ANNEXES_LISTED = 5  # a report names the first few; a long table annex runs to hundreds


def annexes_summary(annexes: Sequence[Annex]) -> str:
    """``198 Anlagen (9900 Zeilen, als „anlage:“ durchsuchbar)``: what a report says of the material after the last
    answer — a 200-page answer's annexes were read and indexed but not named, as if the pages had been lost."""
    rows = counted(sum(len(annex.rows) for annex in annexes), "Zeile")
    return f"{counted(len(annexes), 'Anlage')} ({rows}, als „anlage:“ durchsuchbar)"
