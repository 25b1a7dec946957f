"""Round 59: 9 Landtag answers the parser had never seen (Sachsen, Bayern, Thüringen, Mecklenburg-Vorpommern,
Hessen, Sachsen-Anhalt; pages of the `pages` corpus, byte for byte), measured before the parser was changed; each
misreading mended as a layout or sentence form, not as a file.  Each test reads a held text and asserts what a reader
gets (the askers' introduction, an answer, the ministry, the warning of a cut); every test fails on main before the
round (0cf5f513)."""

from __future__ import annotations

from pathlib import Path

from indexer.ingest.load import load_document
from tests.test_parse_round31 import _answer

CUT = Path(__file__).parent / "fixtures" / "cut"


def test_a_ministrys_side_column_without_the_freistaats_name_is_no_part_of_the_answer() -> None:
    """Sachsen, one line: the joint answer ends „… Bauvorhaben „S 38 Ausbau westlich Grethen“.“, then the ministry's
    side column („Der Staatsminister Durchwahl Telefon: 0351 564-8001 … Kein Zugang für elektronisch signierte sowie
    für verschlüsselte elektronische Dokumente. S T A A T S M I N“) — no word of it in the answer (before: the answer
    ran on over the telephone numbers, the address and the tram lines)."""
    document = load_document(CUT / "sn-6-3379.txt")
    for number in (1, 2):
        assert _answer(document, number).endswith("zum Bauvorhaben „S 38 Ausbau westlich Grethen“.")
    assert document.date_answered is not None and document.date_answered.isoformat() == "2015-12-22"
    assert document.warnings == ()


def test_an_answer_cut_by_the_side_column_is_said_cut_where_its_words_stop() -> None:
    """Sachsen, one line: answer 1 breaks off at page 1's end („… Aus diesem Grund hat der SSG in“), the side column
    follows and the copy stops in it („… Aktenzeichen (bitte bei Antwo“) — the reader is told the answer stops after
    „in“ (before: the side column's words were the answer's last, and the warning quoted them)."""
    document = load_document(CUT / "sn-6-4097.txt")
    assert _answer(document, 1).endswith("Aus diesem Grund hat der SSG in")
    assert document.warnings == (
        "Die Antwort zu Frage 1 endet mitten im Satz („… Grund hat der SSG in“): Der Text ist wohl unvollständig.",
    )


def test_the_introduction_that_quotes_a_law_named_like_the_title_keeps_its_first_words() -> None:
    """Bayern, one line: the title „Ausbau der Hilfen für Schwangere und zur Regelung der vertraulichen Geburt“, then
    „Seit 1. Mai 2014 ist das „Gesetz zum Ausbau der Hilfen für Schwangere und zur Regelung der vertraulichen Geburt “
    in Kraft. …“ — the introduction opens on „Seit 1. Mai 2014“ (before: on „in Kraft.“, the title's words inside the
    quotation taken for the cover's title)."""
    document = load_document(CUT / "by-17-2853.txt")
    assert document.title == "Ausbau der Hilfen für Schwangere und zur Regelung der vertraulichen Geburt"
    assert document.preamble[0].startswith("Seit 1. Mai 2014 ist das „Gesetz zum Ausbau der Hilfen für Schwangere")


def test_a_minister_who_also_heads_the_staatskanzlei_answers_from_his_ministry() -> None:
    """Thüringen, one line: „Der Minister für Kultur, Bundes- und Europaangelegenheiten und Chef der Staatskanzlei hat
    die Kleine Anfrage … beantwortet“ — the ministry is „Ministerium für Kultur, Bundes- und Europaangelegenheiten“
    (before: „… Europaangelegenheiten und Chef der Staatskanzlei“, the head's title in the ministry's name)."""
    document = load_document(CUT / "th-6-386.txt")
    assert document.ministry == "Ministerium für Kultur, Bundes- und Europaangelegenheiten"
