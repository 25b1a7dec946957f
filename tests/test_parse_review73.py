"""Review of rounds 54–57: two rules of round 54 misread texts that read right before it.  A title whose Land and verb
stand inside the clause a question word opens („Wo Bayern steht beim Breitbandausbau“) is read whole, not cut after
its first word; a complete last answer naming whom a „Wer …?“ question asks for („Der Regierende Bürgermeister“) is not
said to stop mid-sentence; nor one ending on a web address's slash (round 54's rule for a copy stopping inside
„(2012/707/“).  Each text is a held copy with its title or its last question and answer put in."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer

CUT = Path(__file__).parent / "fixtures" / "cut"


@pytest.mark.parametrize(
    "title", ["Wo Bayern steht beim Breitbandausbau", "Warum Europa zählt – EU-Förderung in Unterfranken"]
)
def test_a_title_a_question_word_opens_is_read_whole(tmp_path: Path, title: str) -> None:
    """Bayern, one line: „… vom 29.04.2014 Wo Bayern steht beim Breitbandausbau Die Staatsregierung beteiligt sich …“
    — the Land and its verb after the question word belong to the title (before: the title was „Wo“ and the rest of it
    the Vorbemerkung's)."""
    text = (CUT / "by-17-2321.txt").read_text(encoding="utf-8")
    copy = tmp_path / "by-17-2321.txt"
    copy.write_text(text.replace("Streuobstwiesen 2014 Bayern beteiligt", f"{title} Die Staatsregierung beteiligt"))
    document = load_document(copy)
    assert document.title == title
    assert document.preamble[0].startswith("Die Staatsregierung beteiligt sich neben den Bundesländern")


@pytest.mark.parametrize(
    "answer", ["Der Regierende Bürgermeister", "Das Berliner Abgeordnetenhaus", "Die Deutsche Bahn"]
)
def test_a_last_answer_naming_whom_a_wer_question_asks_for_is_whole(tmp_path: Path, answer: str) -> None:
    """Berlin, one line: „2. Wer entscheidet über die Zahl der Plätze? Zu 2.: Der Regierende Bürgermeister“ — an
    article, an adjective and a noun answer „Wer …?“ whole (before: „endet mitten im Satz … wohl unvollständig“)."""
    text = (CUT / "be-18-16617.txt").read_text(encoding="utf-8")
    asked, _ = text.split(" 2. Aufgrund welcher", 1)
    copy = tmp_path / "be-18-16617.txt"
    copy.write_text(f"{asked} 2. Wer entscheidet über die Zahl der Plätze? Zu 2.: {answer}\n", encoding="utf-8")
    document = load_document(copy)
    assert _answer(document, 2) == answer
    assert not any("mitten im Satz" in warning for warning in document.warnings)


def test_a_last_answer_ending_on_a_web_address_is_whole(tmp_path: Path) -> None:
    """Niedersachsen, one line: an answer whose last words are a web address with its closing slash („… abrufbar unter
    https://www.ml.niedersachsen.de/“) ends there (round 54 said every answer ending on a slash stops mid-sentence)."""
    text = (CUT / "ni-18-1263.txt").read_text(encoding="utf-8").rstrip()
    ended = text.removesuffix("(2012/707/") + "Die Angaben sind abrufbar unter https://www.ml.niedersachsen.de/"
    assert ended != text + "Die Angaben sind abrufbar unter https://www.ml.niedersachsen.de/"
    copy = tmp_path / "ni-18-1263.txt"
    copy.write_text(ended + "\n", encoding="utf-8")
    document = load_document(copy)
    assert _answer(document, 1).endswith("abrufbar unter https://www.ml.niedersachsen.de/")
    assert not any("mitten im Satz" in warning for warning in document.warnings)
