"""Round 37: 20 Landtag answers the parser had never seen (kleineanfragen.de text pages and two other sites' stored
copies, byte for byte), measured before the parser was changed; each misreading mended as a layout or sentence form,
not as a file.  Each test reads a held text and asserts what a reader gets (the askers, the introduction, a question,
its answer, the German warning); every test fails on main before the round (544cd16)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer, _question_text

FIXTURES = Path(__file__).parent / "fixtures"
CUT = FIXTURES / "cut"


def test_a_name_whose_party_follows_in_brackets_is_no_und_after_the_list() -> None:
    """Brandenburg: „der Abgeordneten Dieter Dombrowski (CDU-Fraktion), Raik Nowka (CDU-Fraktion) und Roswitha Schier
    (CDU-Fraktion)“ — the third asker is „Roswitha Schier“ (before: „und Roswitha Schier“)."""
    document = load_document(CUT / "bb-6-7565.txt")
    assert [(a.name, a.party) for a in document.askers] == [
        ("Dieter Dombrowski", "CDU"),
        ("Raik Nowka", "CDU"),
        ("Roswitha Schier", "CDU"),
    ]


def test_brandenburgs_unlabelled_introduction_after_the_opening_sentence_is_the_askers() -> None:
    """Brandenburg prints the Kleine Anfrage's wording after „Namens der Landesregierung beantwortet der Minister …
    die Kleine Anfrage wie folgt:“; its unlabelled introduction („In der Fragestunde am 27.09.2017 antwortete der
    Umweltminister …“) is the askers', not a Vorbemerkung of the government (before: the government's)."""
    document = load_document(CUT / "bb-6-7565.txt")
    assert document.preamble[0].startswith("In der Fragestunde am 27.09.2017 antwortete der Umweltminister u.a.")
    assert " ".join(document.preamble).endswith("Dargestellt wurden ferner die Aufgaben der Koordinatorenstelle .")
    assert document.government_preamble == ()


def test_the_askers_asking_sentence_on_its_own_line_closes_their_vorbemerkung() -> None:
    """Brandenburg: „Vorbemerkungen des Fragestellers: … ein Maßnahmenprogramm vorlegen. Ich frage daher die
    Landesregierung: Frage 1: …“ — the Vorbemerkung ends before the asking sentence (before: it closed with it)."""
    document = load_document(CUT / "bb-6-7130.txt")
    assert " ".join(document.preamble).endswith("sollte bis Mitte 2017 ein Maßnahmenprogramm vorlegen.")
    assert not any("Ich frage" in paragraph for paragraph in document.preamble)


def test_a_copy_cut_in_the_follow_up_of_its_last_question_answers_no_question() -> None:
    """Thüringen, docslib.org's copy: „… 6. Welchen Anlagen …? 7. Wird eine (jährliche) Entschädigung … gewährt? We“
    (the copy stops there) — seven questions of the Kleine Anfrage's wording, none answered (before: six, with
    question 7 read as their joint answer)."""
    document = load_document(CUT / "th-6-3185.txt")
    assert [q.number for q in document.questions] == [1, 2, 3, 4, 5, 6, 7]
    assert _question_text(document, 7).startswith("Wird eine (jährliche) Entschädigung beziehungsweise")
    assert _question_text(document, 7).endswith("im Sinne von Frage 6 gewährt? We")
    assert all(not q.answer for q in document.questions)
    assert any(warning.startswith("Keine der 7 Fragen hat eine Antwort") for warning in document.warnings)


def test_the_signature_before_thuringias_cut_page_one_box_is_no_part_of_the_answer() -> None:
    """Thüringen: „… von fünf bis acht Prozent. Dr. Poppenhäger Minister K“ — the copy stops in the first letter of
    the page-1 box („K l e i n e A n f r a g e …“) printed after the signature: the answer ends on its last sentence,
    and no warning says it stops mid-sentence (before: signature and „K“ in the answer, said to be cut)."""
    document = load_document(CUT / "th-6-1572.txt")
    assert _answer(document, 1).endswith("Beanstandungsquote von fünf bis acht Prozent.")
    assert not any("endet mitten im Satz" in warning for warning in document.warnings)
    assert "Frage 2 hat keine Antwort." in document.warnings
