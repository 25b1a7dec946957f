"""Numbers spelled out, as an answer read aloud is printed (Bremen's Fragestunde on the Senat's or a member's pages):
the questions open with "Erstens: Wie …? Zweitens: Kann …?", the answers with "Zu Frage eins:".  Both are read as the
digits the printed layouts use; the archivist is told where the questions were counted this way."""

from __future__ import annotations

import re

from indexer.ingest.layouts.bulleted import first_answer_label, numbered_items, question_one_printed

_CARDINALS = ("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf")
_ORDINALS = (
    "Erstens",
    "Zweitens",
    "Drittens",
    "Viertens",
    "Fünftens",
    "Sechstens",
    "Siebtens",
    "Achtens",
    "Neuntens",
    "Zehntens",
)
_CARDINAL = "|".join(_CARDINALS)
# "Zu Frage eins:", "Zu den Fragen zwei und drei:" — only with the colon that makes it a label.
_LABEL = re.compile(
    rf"\b(?P<head>Zu (?:der |den )?Fragen? )(?P<numbers>(?:{_CARDINAL})(?:(?:,| und| bis) (?:{_CARDINAL}))*)(?=\s*:)"
)
_ORDINAL = re.compile(rf"^(?P<word>{'|'.join(_ORDINALS)})\s*:\s+(?=[A-ZÄÖÜ„\"])")


def digit_labels(line: str) -> str:
    """``line`` with the number words of an answer label as digits: "Zu Frage eins:" → "Zu Frage 1:"."""
    return _LABEL.sub(lambda label: label.group("head") + _digits(label.group("numbers")), line)


def _digits(numbers: str) -> str:
    return re.sub(_CARDINAL, lambda word: str(_CARDINALS.index(word.group(0)) + 1), numbers)


def number_ordinals(lines: list[str]) -> tuple[list[str], list[str]]:
    """``lines`` with questions opened by "Erstens:", "Zweitens:" … numbered "1.", "2." …; a note for the report.
    Only where no question 1 is printed, the ordinals stand before the first answer label in their order from
    "Erstens" on, at least two of them, and each asks — the last up to its "?" or a blank line — (only the last may
    lack its "?" where the copy stops inside it): an answer's "Erstens: … Zweitens: …" argues, it asks nothing."""
    if question_one_printed(lines):
        return lines, []
    answers = first_answer_label(lines)
    starts = [i for i in range(answers) if _ORDINAL.match(lines[i])]
    words = [_ORDINAL.match(lines[i]).group("word") for i in starts]  # type: ignore[union-attr]
    if len(starts) < 2 or words != list(_ORDINALS[: len(words)]):
        return lines, []
    # the last question ends on its "?" or at a blank line after a finished sentence (not a page break inside it), not
    # at the first answer label: a later "?" is no sign
    after = range(starts[-1], answers)
    end = next((i + 1 for i in after if lines[i].rstrip().endswith("?") or _paragraph_ends(lines, i)), answers)
    numbered = numbered_items(lines, starts, end, _ORDINAL)
    if numbered is None:
        return lines, []
    note = (
        f"Die {len(starts)} Fragen beginnen mit „Erstens:“, „Zweitens:“ …; sie werden als Fragen 1"
        f" {'und' if len(starts) == 2 else 'bis'} {len(starts)} gelesen."
    )
    return numbered, [note]


def _paragraph_ends(lines: list[str], index: int) -> bool:
    """Is line ``index`` blank after a line that ends a sentence?"""
    return not lines[index].strip() and index > 0 and lines[index - 1].rstrip().endswith((".", "!", "?", ":"))
