"""What an archivist adding a cut copy is told: a copy that stops inside a word of its last answer lost the rest.

The real Brandenburg answer 6/10560 as a stored excerpt keeps (tests/fixtures/cut/README.md) stops after „Zu Frage 1:
Die strategisc“: the answer was added without a word, the archivist believed it whole."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.archive_helpers import archive_cli

CUT = Path(__file__).parent / "fixtures" / "cut" / "bb-6-10560.txt"


def test_adding_a_copy_that_stops_inside_a_word_says_it_is_cut(tmp_path: Path) -> None:
    anfragen = archive_cli(tmp_path / "archive")
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    copy = incoming / CUT.name
    shutil.copy(CUT, copy)
    added = anfragen("add", str(copy))
    assert added.exit_code == 0, added.output
    assert "bb-6-10560: 1 Frage" in added.output
    assert "Die Antwort zu Frage 1 endet mitten im Satz („… Die strategisc“): Der Text ist wohl unvollständig." in (
        added.output
    )
    assert "Keine Warnungen" not in anfragen("parse", str(copy)).output


def test_a_short_last_answer_is_cut_where_no_sentence_ends(tmp_path: Path) -> None:
    """The same copy with a short whole remark as its last answer, its full stop left off („Die Frage entfällt“), is no
    cut; one that stops on an article or a conjunction („… Ausrichtung der“, „… umgesetzt und“) is."""
    text = CUT.read_text(encoding="utf-8")
    assert text.rstrip().endswith("Die strategisc")
    anfragen = archive_cli(tmp_path / "archive")
    whole = tmp_path / "bb-6-10560.txt"
    whole.write_text(text.rstrip().removesuffix("Die strategisc") + "Die Frage entfällt", encoding="utf-8")
    assert "mitten im Satz" not in anfragen("parse", str(whole)).output
    for ending in ("Die strategische Ausrichtung der", "Die Ziele werden umgesetzt und"):
        whole.write_text(text.rstrip().removesuffix("Die strategisc") + ending, encoding="utf-8")
        assert f"„… {ending}“" in anfragen("parse", str(whole)).output
