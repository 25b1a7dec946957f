"""Round 39: 20 Landtag answers the parser had never seen (kleineanfragen.de text pages, byte for byte), measured
before the parser was changed; each misreading mended as a layout or sentence form, not as a file.  Each test reads a
held text and asserts what a reader gets (the askers, a question, its answer, the German warning); every test fails
on main before the round (93fa894)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_request_in_brackets_the_copy_stops_in_belongs_to_the_last_question() -> None:
    """Sachsen: „Frage 3: Wie viele Lehrer an Gymnasien sind in welchem Umfang beschäftigt? (Bitte Entwicklung … wie
    folgt aufschlüsseln: - Altersgru“ (the copy stops there) — the request is question 3's, nothing answers it, the
    cut is said (before: the request read as the joint answer to questions 1–3)."""
    document = load_document(CUT / "sn-6-17178.txt")
    assert len(document.questions) == 3
    assert _question_text(document, 3).startswith(
        "Wie viele Lehrer an Gymnasien sind in welchem Umfang beschäftigt? (Bitte Entwicklung"
    )
    assert _question_text(document, 3).endswith("wie folgt aufschlüsseln: - Altersgru")
    assert all(not q.answer for q in document.questions)
    assert any(warning.startswith("Frage 3 endet mitten im Satz") for warning in document.warnings)
    assert not any("gemeinsam beantwortet" in warning for warning in document.warnings)


def test_the_members_fraktion_between_name_and_party_is_no_part_of_the_name() -> None:
    """Sachsen „Kleine Anfrage der Abgeordneten Cornelia Falken Fraktion DIE LINKE“ and Brandenburg „… der
    Abgeordneten Anita Tack der Fraktion DIE LINKE“ — the askers are Cornelia Falken and Anita Tack (before: „Cornelia
    Falken Fraktion“, „Anita Tack der Fraktion“)."""
    saxon = load_document(CUT / "sn-6-12135.txt")
    assert [(a.name, a.party) for a in saxon.askers] == [("Cornelia Falken", "DIE LINKE")]
    brandenburg = load_document(CUT / "bb-6-5080.txt")
    assert [(a.name, a.party) for a in brandenburg.askers] == [("Anita Tack", "DIE LINKE")]


def test_mecklenburg_vorpommerns_page_head_where_the_copy_stops_is_no_part_of_the_answer() -> None:
    """Mecklenburg-Vorpommern: „… realisiert werden konnte. Drucksache 6/3376 Landtag Mecklenburg-Vorpommern - 6.
    Wahlp“ (the copy stops in page 2's head) — answer 1 ends on its sentence (before: with the head's words)."""
    document = load_document(CUT / "mv-6-3376.txt")
    assert _answer(document, 1).endswith("mit Fördermitteln der Landesregierung realisiert werden konnte.")
    assert "Drucksache 6/3376" not in _answer(document, 1)


def test_a_sentence_that_stops_on_a_year_begun_is_said_to_be_cut() -> None:
    """Mecklenburg-Vorpommern: „… (KV M-V) hat der Regionale Planungsverband Westmecklenburg im Jahr 201“ (the copy
    stops there) — the cut of answer 3 is said (before: no warning)."""
    document = load_document(CUT / "mv-6-3211.txt")
    assert _answer(document, 3).endswith("Planungsverband Westmecklenburg im Jahr 201")
    assert any(
        warning.startswith("Die Antwort zu Frage 3 endet mitten im Satz („… Planungsverband Westmecklenburg im Jahr")
        for warning in document.warnings
    )
