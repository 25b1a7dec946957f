"""Round 69: Landtag and Bundestag answers the parser had never seen (Thüringen, Sachsen-Anhalt, Mecklenburg-Vorpommern,
Sachsen, Hessen, the Bundestag; pages of the `pages` corpus, byte for byte), measured before the parser was changed;
the misreadings mended as layouts, not as files.  Each test reads a held copy as a reader would and asserts what that
reader gets; every test of a mend fails on main before the round (c20f9d9d), the tests of made-up variants pass on
both."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document

CUT = Path(__file__).parent / "fixtures" / "cut"


def _with_text(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_thueringens_seventh_period_cover_gives_the_title_and_the_askers_introduction() -> None:
    """Thüringen from 2020, a copy with its line breaks: „Kleine Anfrage der Abgeordneten Hoffmann (AfD) und“ /
    „Antwort des Thüringer Ministeriums für …“ / <title> / <introduction> / „Das Thüringer Ministerium … hat die
    Kleine Anfrage 7/447 vom 30. März 2020 namens der Landesregierung mit Schreiben vom 15. Juni 2020 beantwortet:“ —
    the reader gets the title and the askers' introduction (before: the title „Kleine Anfrage der Abgeordneten Hoffmann
    (AfD) und“, no introduction)."""
    document = load_document(CUT / "th-7-1021.txt")
    assert document.title == "Die Situation der Tierheime in Thüringen seit dem Jahr 2009 - Teil II"
    preamble = " ".join(document.preamble)
    assert preamble.startswith("Die Situation der Tierheime ist seit Jahren angespannt.")
    assert preamble.endswith("erfolgt.")
    assert "hat die Kleine" not in preamble
    assert [asker.name for asker in document.askers] == ["Hoffmann"]
    assert [question.number for question in document.questions] == [1, 2]


def test_a_sentence_not_leading_the_answers_in_or_a_title_naming_the_askers_stays_as_it_was(tmp_path: Path) -> None:
    """Made-up variants the two readings must leave alone: the sentence of who answered closing with a full stop, or
    going on after its colon, is no sentence that leads the answers in, and stays where it was read; a title line that
    goes on after „… (AfD) und“ is no cover line, and stays the title."""
    held = (CUT / "th-7-1021.txt").read_text(encoding="utf-8")
    for ending in ("beantwortet.", "beantwortet: Vorab sei bemerkt, dass Daten fehlen."):
        variant = held.replace("15. Juni 2020 beantwortet:", f"15. Juni 2020 {ending}")
        document = load_document(_with_text(tmp_path, "th-7-1021.txt", variant))
        assert " ".join(document.preamble).endswith(f"mit Schreiben vom 15. Juni 2020 {ending}")
    titled = "Kleine Anfrage der Abgeordneten Hoffmann (AfD) und ihre Folgen für Tierheime"
    variant = held.replace("Die Situation der Tierheime in Thüringen seit dem Jahr 2009 - Teil II\n", f"{titled}\n")
    variant = variant.replace("Kleine Anfrage der Abgeordneten Hoffmann (AfD) und\n\n", "")
    document = load_document(_with_text(tmp_path, "th-7-1021.txt", variant))
    assert document.title == titled


def test_sachsen_anhalts_answer_cover_before_the_governments_named_vorbemerkung_leaves_the_askers_text() -> None:
    """Sachsen-Anhalt, a one-line copy: the cover „Antwort der Landesregierung erstellt vom Ministerium für Umwelt,
    Landwirtschaft und Energie“ stands before „Vorbemerkung der Landesregierung:“ — the askers' Vorbemerkung ends
    before it, the government's follows (before: the cover read as the askers' last words)."""
    document = load_document(CUT / "st-7-3663.txt")
    preamble = " ".join(document.preamble)
    assert preamble.endswith("das bis Juli 2023 fortgeführt werden soll.")
    assert "erstellt vom" not in preamble
    assert " ".join(document.government_preamble).startswith("Es handelt sich um ein Projekt der Deutschen")
    assert document.ministry == "Ministerium für Umwelt, Landwirtschaft und Energie"
    assert [question.number for question in document.questions] == [1, 2, 3, 4]


def test_a_cover_before_a_vorbemerkung_without_its_colon_or_of_the_askers_is_not_cut_off(tmp_path: Path) -> None:
    """Made-up variants the reading must leave alone: „Vorbemerkung der Landesregierung“ without its colon inside a
    sentence, and the askers' own „Vorbemerkung der Fragesteller:“ after the cover words."""
    held = (CUT / "st-7-3663.txt").read_text(encoding="utf-8")
    for heading in ("Vorbemerkung der Landesregierung ist", "Vorbemerkung der Fragesteller:"):
        variant = held.replace("Vorbemerkung der Landesregierung:", heading)
        document = load_document(_with_text(tmp_path, "st-7-3663.txt", variant))
        assert "erstellt vom Ministerium" in " ".join(document.preamble) + " ".join(document.government_preamble)


def test_bayerns_cover_without_a_request_before_question_1_gives_the_title() -> None:
    """Bayern, a one-line copy whose askers print no „Ich frage die Staatsregierung“: question 1 follows the title
    („Schriftliche Anfrage der Abgeordneten Dr. Simone Strohmayr SPD vom 13.06.2014 Sprachförderung an Grundschulen und
    Kindertagesstätten 1. In welchem Umfang …?“) — the reader gets the title alone (before: the whole cover with the
    asker and the date)."""
    document = load_document(CUT / "by-17-2925.txt")
    assert document.title == "Sprachförderung an Grundschulen und Kindertagesstätten"
    assert [asker.name for asker in document.askers] == ["Dr. Simone Strohmayr"]
    assert [question.number for question in document.questions] == [1, 2]
    first = document.question(1)
    assert first is not None
    assert " ".join(first.answer).startswith("Für die Sprachförderung der Kinder an Grundschulen")


def test_a_number_inside_bayerns_unasked_title_stays_in_it(tmp_path: Path) -> None:
    """A made-up variant of the same cover: a number with its full stop inside the title („im 1. Quartal 2014“) is no
    question 1; the title keeps it."""
    held = (CUT / "by-17-2925.txt").read_text(encoding="utf-8")
    variant = held.replace("Kindertagesstätten 1. In welchem", "Kindertagesstätten im 1. Quartal 2014 1. In welchem", 1)
    document = load_document(_with_text(tmp_path, "by-17-2925.txt", variant))
    assert document.title == "Sprachförderung an Grundschulen und Kindertagesstätten im 1. Quartal 2014"


def test_a_bayern_cover_with_a_sentence_or_a_question_mark_before_question_1_keeps_its_old_title(
    tmp_path: Path,
) -> None:
    """Made-up variants the reading must leave alone: an introduction's sentence after the title („… Viele Kinder
    brauchen Hilfe.“) and a title that asks („…stätten?“) are not cut as a title: the cover stays as it was read."""
    held = (CUT / "by-17-2925.txt").read_text(encoding="utf-8")
    cover = "Schriftliche Anfrage der Abgeordneten Dr. Simone Strohmayr SPD vom 13.06.2014 "
    for inserted in (" Viele Kinder brauchen Hilfe.", "?"):
        variant = held.replace("Kindertagesstätten 1. In welchem", f"Kindertagesstätten{inserted} 1. In welchem", 1)
        document = load_document(_with_text(tmp_path, "by-17-2925.txt", variant))
        assert document.title.startswith(cover)
