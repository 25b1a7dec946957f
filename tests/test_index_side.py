"""The one-pass index side of the analyzer makes exactly the terms and positions of the analyzer's chain."""

from __future__ import annotations

import pytest
from whoosh.analysis import LanguageAnalyzer

from indexer import IndexStore, load_document
from indexer.analysis.analyzer import german_analyzer
from indexer.analysis.index_side import index_positions
from indexer.index.schema import TEXT_FIELDS, records
from tests.conftest import SEED

TRICKY = [
    "Die Haft- und Sanitärräume der ZABs; 17/6448 und Drucksache 18/12",
    "Sicherheits- bzw. Wachdienste, Kinder-und Jugendhilfe, Frage-und-Antwort-Spiel",
    "Ein- und Ausfahrt; Haft- oder beziehungsweise sowie der die das Sanitär-Räume",
    "Passiv-Aktiv-Transfer im Passiv-Aktiv- und Einzelhaftraum-Bereich, PassivAktivTransfer",
    "Die\u00adse Stra\u00dfe, STRASSE, Stra\u1e9ee – Langzeitarbeitslosigkeit 2019 und KiTas-Gebühren",
    "und der die das",  # only stop words
    "Haft-",  # a hanging word at the end
    "Haft- bzw. sowie Sanitärräume",  # completed three positions on
    "Haft- bzw. sowie respektive Sanitärräume",  # too far to complete
    "- -- ---",
    "Siehe https://www.nlwkn.niedersachsen.de/hornisse (www.bmz.de/dsa) und die Haft- http://x.org Sanitärräume",
    "WWW.BMZ.DE/Hornisse, www.land.nrw/de/x,Drs. 17/6448 (www.bmi.de/x)Drucksache 18/12 und/oder 1/2, 01/2024",
    "Ein-/Ausfuhr /pfad/ohne/host; Drs. 17/6448 nach https://www.landtag.de/drs/17_6448.pdf",
    "",
]


def chain_positions(text: str) -> dict[str, list[int]]:
    poses: dict[str, list[int]] = {}
    for token in german_analyzer()(text, positions=True, mode="index"):
        poses.setdefault(token.text, []).append(token.pos)
    return poses


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_texts_index_as_the_chain_indexes_them(text):
    assert index_positions(german_analyzer(), text) == chain_positions(text)


def test_the_records_of_seed_answers_index_as_the_chain_indexes_it():
    documents = [load_document(path) for path in sorted(SEED.glob("*.txt"))[::7]]
    texts = [rec[field] for doc in documents for rec in records(doc) for field in TEXT_FIELDS if field in rec]
    assert len(texts) > 100
    analyzer = german_analyzer()  # one analyzer: its caches filled as a build fills them
    for text in texts:
        assert index_positions(analyzer, text) == chain_positions(text)


def test_another_analyzer_is_left_to_its_chain():
    assert index_positions(LanguageAnalyzer("de"), "Die Sanitärräume") is None


def test_every_text_field_of_a_built_index_takes_the_one_pass(tmp_path):
    """The analyzers pickled into a real index (and read back for every later add) are the chain the
    one pass stands in for: a new filter in the chain would silently send the build back to the slow path."""
    store = IndexStore(tmp_path)
    store.build([load_document(sorted(SEED.glob("*.txt"))[0])])
    schema = store.open().schema
    for field in TEXT_FIELDS:
        assert index_positions(schema[field].analyzer, "Die Haft- und Sanitärräume") is not None, field
