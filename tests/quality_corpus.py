"""A tiny corpus of short, real-sounding answers for retrieval-quality tests.

Each document exercises one thing researchers get wrong-footed by: compounds written whole
or spelled out, spelling variants, defined abbreviations, numbers only in the metadata.
"""

from __future__ import annotations

import datetime as dt

from indexer import Document, IndexStore, Question


def _doc(number: int, title: str, questions: list[tuple[str, str]], **meta) -> Document:
    return Document(
        id=f"ni-19-{number}",
        parliament="ni",
        wahlperiode=19,
        drucksache=f"19/{number}",
        title=title,
        questions=tuple(Question(i, q, tuple(a.split("\n\n"))) for i, (q, a) in enumerate(questions, start=1)),
        **meta,
    )


DOCUMENTS = [
    _doc(
        1001,
        "Arbeitsmarkt, Kliniken und Landesstraßen",
        [
            (
                "Wie hat sich die Langzeitarbeitslosigkeit seit 2019 entwickelt?",
                "Die Langzeitarbeitslosigkeit ist gesunken. Der Passiv-Aktiv-Transfer wird fortgesetzt.",
            ),
            (
                "Welche Investitionen in Krankenhäuser plant die Landesregierung?",
                "Für Investitionen in Krankenhäuser stehen rund 300 Millionen Euro bereit.",
            ),
            (
                "Wie steht es um die Landesstraße 321?",
                "Die Fahrbahndecke der Straße zeigt Schäden. Maßnahmen zur Förderung des Straßenbaus sind geplant.",
            ),
        ],
        date_answered=dt.date(2026, 1, 10),
    ),
    _doc(
        1002,
        "Migration und Pflege im Landkreis Uelzen",
        [
            (
                "Wie lange dauern die Asylverfahren?",
                "Die durchschnittliche Dauer der Asylverfahren beträgt sechs Monate.",
            ),
            (
                "Welche Aufgaben haben die Zentralen Ausländerbehörden (ZAB)?",
                "Die Zentralen Ausländerbehörden sind für Rückführungen zuständig.",
            ),
            ("Gibt es ein Hospiz in Oberhausen?", "In Oberhausen und Recklinghausen gibt es je zwei Hospize."),
        ],
        date_answered=dt.date(2026, 3, 1),
    ),
    _doc(
        1003,
        "Kliniken 2026",
        [
            (
                "Wie hoch sind die Krankenhausinvestitionen?",
                "Die Krankenhausinvestitionen betragen im Jahr 2026 insgesamt 300 Millionen Euro.",
            ),
        ],
        anfrage_nr=5441,
        anfrage_drucksache="19/900",
    ),
    _doc(
        1004,
        "Rückführungen",
        [
            (
                "Wie viele Rückführungen gab es 2025?",
                "Die ZAB hat 2025 rund 1 200 Rückführungen vorbereitet. Die Asylverfahrensdauer ist gesunken.",
            ),
            (
                "Wie entwickeln sich die Ausgaben?",
                "Die Kosten steigen seit Jahren deutlich. Eine neue Unterkunft für Geflüchtete wird gebaut.",
            ),
            ("Was kostet die Unterkunft?", "Die Kosten der Unterkunft trägt das Land."),
            (
                "Wie groß sind die Haft- und Sanitärräume der Abschiebungshaft?",
                "Sie sind jeweils acht Quadratmeter groß.",
            ),
        ],
        date_answered=dt.date(2025, 5, 5),
    ),
]


def build(path) -> None:
    IndexStore(path).build(DOCUMENTS)
