"""Round 40: 20 answers the parser had never seen (Thüringen, the Bundestag, Sachsen-Anhalt, Hessen, Bayern; pages of
the `pages` corpus, byte for byte), measured before the parser was changed; each misreading mended as a layout or
sentence form, not as a file.  Each test reads a held text and asserts what a reader gets (the ministry, the date, a
question, its answer, the German warning); every test fails on main before the round (72f54a3)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_thueringens_page_1_box_read_first_names_the_ministry_and_the_heads_date_follows_it() -> None:
    """Thüringen: a copy cut before the ministry's sentence prints the page-1 box last („K l e i n e A n f r a g e des
    Abgeordneten Walk (CDU) und A n t w o r t des Thüringer Ministeriums für Inneres und Kommunales“); read before the
    page head „19.03.2019 Drucksache 6/6984“, it names the answering ministry, and the head's date is the answer's
    (before: no ministry, no date)."""
    document = load_document(CUT / "th-6-6984.txt")
    assert document.ministry == "Thüringer Ministerium für Inneres und Kommunales"
    assert document.date_answered == dt.date(2019, 3, 19)


def test_a_copy_that_stops_in_thueringens_letter_spaced_page_1_box_says_the_answer_is_cut() -> None:
    """Thüringen: „… Somit sind bisher fünf K l e i n e A n f r a g e d“ (the copy stops in the page-1 box) — answer 1
    ends on its own words and is said to stop mid-sentence (before: it ended „… bisher fünf KleineAnfraged“)."""
    document = load_document(CUT / "th-6-7698.txt")
    assert _answer(document, 1).endswith(
        "Durch neuere Fotos konnten zwei weitere Jungtiere festgestellt werden. Somit sind bisher fünf"
    )
    assert "Anfrage" not in _answer(document, 1)
    assert any(
        warning.startswith("Die Antwort zu Frage 1 endet mitten im Satz („… werden. Somit sind bisher fünf“)")
        for warning in document.warnings
    )


def test_the_bundestags_even_page_head_and_its_preliminary_stamp_are_no_part_of_the_joint_answer() -> None:
    """Bundestag: „… dieser Verfahren nicht vor. Vorabfassung - w ird durch die lektorierte Version ersetzt. Drucksache
    19/8737 – 2 – Deutscher Bundestag – 19. Wahlperiode 3. Wie“ — the joint answer to 1 and 2 ends on its sentence,
    and question 3, where the copy stops, is said to be cut (before: the stamp, the head and „3. Wie“ closed the
    answer)."""
    document = load_document(CUT / "bt-19-8737.txt")
    for number in (1, 2):
        assert _answer(document, number).endswith(
            "lagen die entsprechenden Tatbestandsvoraussetzungen dieser Verfahren nicht vor."
        )
    assert _question_text(document, 3) == "Wie"
    assert any(warning.startswith("Frage 3 endet mitten im Satz") for warning in document.warnings)


def test_sachsen_anhalts_cover_sent_by_the_staatskanzlei_opens_the_governments_part() -> None:
    """Sachsen-Anhalt: „Antwort der Landesregierung erstellt von der Staatskanzlei/dem Ministerium für Kultur
    Vorbemerkung: Die Kleine Anfrage nimmt Bezug …“ — the Staatskanzlei und Ministerium für Kultur answers, the
    Vorbemerkung after its cover is the government's, the askers' ends before the cover, and the answer's date is the
    head's, not that of the earlier answer the askers cite („In der Antwort der Landesregierung vom 28. Juni 2016 …“)
    (before: no ministry, the government's Vorbemerkung in no field, the date 2016-06-28)."""
    document = load_document(CUT / "st-7-1230.txt")
    assert document.ministry == "Staatskanzlei und Ministerium für Kultur"
    assert " ".join(document.government_preamble).startswith("Die Kleine Anfrage nimmt Bezug auf die Beantwortung")
    assert " ".join(document.preamble).endswith(
        "dass nur eine den Realitäten angepasste schrittweise Umsetzung erfolgen kann."
    )
    assert document.date_answered == dt.date(2017, 4, 6)
    assert load_document(CUT / "st-7-3827.txt").ministry == "Staatskanzlei und Ministerium für Kultur"


def test_a_questions_decimal_sub_items_answered_each_under_its_label_are_the_questions() -> None:
    """Sachsen-Anhalt: „1. In welchem Einzelplan … bereitgestellt? 1.1 Bitte benennen. 1.2 Wenn keine Landesmittel
    vorgesehen, bitte begründen, … Zu 1.1: … Zu 1.2: …“ — the sub-items are question 1's, the answer opens „Zu 1.1:“
    (before: the sub-items opened answer 1)."""
    document = load_document(CUT / "st-7-3827.txt")
    assert _question_text(document, 1).endswith(
        "bereitgestellt? 1.1 Bitte benennen. 1.2 Wenn keine Landesmittel vorgesehen, bitte begründen, auch bezüglich "
        "zukünftiger Planung."
    )
    assert _answer(document, 1).startswith("Zu 1.1: Das Naumann-Museum Köthen befindet sich nicht in Trägerschaft")


def test_questions_numbered_by_their_parts_only_are_answered_under_their_own_headings() -> None:
    """Bayern: „1.1 Fördert die Staatsregierung … die Ansiedlung des Fischotters in Bayern? 1.2 Wenn ja, wie? 1.3 …
    Antwort des Staatsministeriums … Zu 1.1: Eine aktive Ansiedlung … Zu 1.2: Siehe Antwort zu Frage 1.1. Zu 1.3: …“ —
    each question has its answer (before: „Keine der 3 Fragen hat eine Antwort“)."""
    document = load_document(CUT / "by-17-23555.txt")
    assert [q.label for q in document.questions] == ["1.1", "1.2", "1.3"]
    assert _answer(document, 1).startswith("Eine aktive Ansiedlung von Fischottern ist in Bayern nie erfolgt")
    assert _answer(document, 2) == "Siehe Antwort zu Frage 1.1."
    assert _answer(document, 3) == "Siehe Antwort zu Frage 1.1."
    assert not any("hat eine Antwort" in warning or "keine Antwort" in warning for warning in document.warnings)


def test_hessens_der_abg_before_the_second_group_of_askers_is_no_part_of_a_name() -> None:
    """Hessen: „Kleine Anfrage der Abg. Tipi und der Abg. Arnoldt, Banzer, … Wolff (CDU)“ — the second asker is Arnoldt
    (before: „der Abg. Arnoldt“)."""
    document = load_document(CUT / "he-19-4561.txt")
    assert [asker.name for asker in document.askers[:3]] == ["Tipi", "Arnoldt", "Banzer"]
    assert len(document.askers) == 19
