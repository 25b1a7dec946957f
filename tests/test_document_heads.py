"""A document's head (title, Vorbemerkung) is a hit of its own only when none of its answers is:
otherwise it would take a place on the page from an answer that says the same."""

import pytest

from indexer import Document, Engine, IndexStore, Question


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    document = Document(
        id="ni-19-4100",
        parliament="ni",
        wahlperiode=19,
        drucksache="19/4100",
        title="Hochwasserschutz an der Aller",
        preamble=("Die Deichverbände an der Aller klagen über fehlende Mittel für den Hochwasserschutz.",),
        questions=(
            Question(
                1, "Wie viel investiert das Land?", ("Das Land investiert 12 Mio. Euro in den Hochwasserschutz.",)
            ),
            Question(2, "Welche Deiche werden erneuert?", ("Drei Abschnitte bei Celle werden erneuert.",)),
        ),
    )
    index = tmp_path_factory.mktemp("heads")
    IndexStore(index).build([document])
    return Engine(index)


def _full(result) -> list[tuple[str, int | None]]:
    """The full hits: the answers after them only share their document's head (labelled tier)."""
    return [(hit.doc_id, hit.question) for hit in result.hits if not hit.missing]


def test_the_answer_stands_for_its_document_head(engine):
    result = engine.search("Hochwasserschutz")
    assert _full(result) == [("ni-19-4100", 1)]
    assert result.total == 1


def test_a_head_alone_holding_the_words_is_a_hit(engine):
    result = engine.search("Deichverbände")
    assert _full(result) == [("ni-19-4100", None)]
    assert result.total == 1


def test_the_cited_document_still_leads_with_its_head(engine):
    hits = engine.search("Drucksache 19/4100").hits
    assert (hits[0].doc_id, hits[0].question) == ("ni-19-4100", None)
