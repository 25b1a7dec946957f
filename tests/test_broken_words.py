"""Words a copy broke apart where a line-end hyphen was lost but its space kept (Thüringen's plain-text copies)."""

import ast
from pathlib import Path

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.compounds import Lexicon
from indexer.ingest.broken_words import mend_broken_words
from indexer.ingest.load import load_document
from indexer.ingest.text import join_lines
from indexer.lexicon import word_buckets

FIXTURES = Path(__file__).parent / "fixtures"


def test_the_parsed_thueringen_answer_reads_its_broken_words_whole() -> None:
    document = load_document(FIXTURES / "th-6-4597.txt")
    first, second = document.questions
    assert "Kriegsverbrechen wurden seit dem 1. Januar 2010" in first.text
    assert "den Ausgang der Ermittlungsverfahren aufführen" in first.text
    assert "gegebenenfalls die Organisationszugehörigkeit aufführen" in second.text
    assert "der Fragestellerin heißt es" in document.preamble[0]


def test_a_thueringen_introduction_reads_its_broken_compounds_whole() -> None:
    (introduction,) = load_document(FIXTURES / "th-6-79.txt").preamble
    for word in ("neuer Wirtschaftszweige", "ein Fahrzeugaufkommen von", "eine Ortsumgehung für Greußen"):
        assert word in introduction


def test_a_search_finds_the_broken_word_as_the_word_itself(tmp_path: Path) -> None:
    IndexStore(tmp_path).build([load_document(FIXTURES / "th-6-4597.txt")])
    engine = Engine(tmp_path)
    hits = engine.search("Ermittlungsverfahren").hits
    assert sorted(hit.question for hit in hits) == [1, 2] and not any(hit.missing for hit in hits)
    assert all(note.to_json()["art"] == "genau" for hit in hits for note in hit.match)  # not "Wortteile"
    hits = engine.search("Organisationszugehörigkeit").hits
    assert [(hit.question, hit.notes) for hit in hits] == [
        (2, []),
        (1, ["weitere Antwort eines Dokuments mit Treffern"]),
    ]


@pytest.mark.parametrize(
    ("broken", "mended"),
    [
        ("namens der Lan desre gierung mit", "namens der Landesregierung mit"),
        ("Kriegsverbrechen wur den seit", "Kriegsverbrechen wurden seit"),
        ("Ausgang der Ermittlungs verfahren aufführen", "Ausgang der Ermittlungsverfahren aufführen"),
        ("bekannt gege ben.", "bekannt gegeben."),  # the last two pieces, not "bekanntgegeben"
        ("den vereinbarten Entgelten ge währt.", "den vereinbarten Entgelten gewährt."),
        # a noun in lower case is no word of its own: it continues the piece before it, however common that is
        ("derzeit der Vor entwurf erarbeitet.", "derzeit der Vorentwurf erarbeitet."),
        ("namens der Landes regierung mit", "namens der Landesregierung mit"),
        ("nach Träger, Teilnehmer zahl und Landkreisen", "nach Träger, Teilnehmerzahl und Landkreisen"),
    ],
)
def test_pieces_of_one_word_are_set_solid(broken: str, mended: str) -> None:
    assert mend_broken_words(broken) == mended


@pytest.mark.parametrize(
    "text",
    [
        "Er wohnt im Haus und antwortet wie folgt: zu dem Antrag äußert sich die Landesregierung.",
        "Emissionen sind so weit wie möglich zu vermeiden. Wer den Antrag stellt, in dem Fall auch.",
        "eine verloren gegangene Bescheinigung, die den Antrag stellende Person",  # spellings of the law
        "des Bundes verkehrspolitische Ziele",  # both pieces are words, the adjective is no noun's piece
        "Erzeugnisse tierischen Ursprungs dürfen eingeführt werden.",  # a genitive, no linking form
        "Er fasst seine Beschlüsse mit Mehrheit. Walser nannte das Mahnmal so.",
        "BER mittlerweile, die GmbH angefragt, Kiel1 ab 2020, Lan. desregierung, Lan-desregierung",
        # verbs that are nouns' forms too (Erträge, Betrieb): the texts write them in lower case as well
        "dass ich diese Hetze nicht mehr ertrage. Wer die Stigmatisierung weiter betrieb, bleibt zu Hause.",
        "Vor allem der Entwurf, vor Ort, zu Hause.",
    ],
)
def test_ordinary_words_names_numbers_and_abbreviations_stay_apart(text: str) -> None:
    assert mend_broken_words(text) == text


def test_a_search_finds_a_noun_broken_after_a_common_word(tmp_path: Path) -> None:
    """th-6-79 answer 1 prints "derzeit der Vor entwurf erarbeitet": "Vor" is a word, but "entwurf" in lower case
    is none."""
    IndexStore(tmp_path).build([load_document(FIXTURES / "th-6-79.txt")])
    (hit,) = [hit for hit in Engine(tmp_path).search("Vorentwurf").hits if not hit.missing]
    assert hit.question == 1 and "derzeit der <mark>Vorentwurf</mark> erarbeitet" in hit.snippet


def test_a_word_broken_at_a_line_end_without_a_hyphen_is_joined() -> None:
    assert join_lines(["Gewerbeanmeldungen nach", "Klassifika", "tion der Wirtschaftszweige"]) == (
        "Gewerbeanmeldungen nach Klassifikation der Wirtschaftszweige"
    )
    assert join_lines(["Die Antwort der", "Landesregierung"]) == "Die Antwort der Landesregierung"


def test_analysis_and_ingest_share_one_word_list() -> None:
    """The word list is loaded once per process (some 30 MB): the splitter holds the same dict."""
    assert Lexicon.load().buckets is word_buckets()


def test_the_ingest_stage_does_not_import_the_analysis() -> None:
    """Data flows corpus → parse → analyse → index: the ingest stage reads words through indexer.lexicon."""
    ingest = Path(__file__).parent.parent / "indexer" / "ingest"
    imported = {
        node.module or ""
        for path in ingest.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
    } | {
        alias.name
        for path in ingest.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert not {module for module in imported if module.startswith("indexer.analysis")}
