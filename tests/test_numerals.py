"""A number typed after a word may name what the texts number in Roman numerals: ``Mütterrente 3`` is „Mütterrente
III“ — but a legal reference's number is never Roman, and a Roman numeral typed is not any digit of the texts."""

import pytest

from indexer import Engine, IndexStore

from .quality_corpus import _doc


@pytest.fixture(scope="module")
def engine(tmp_path_factory) -> Engine:
    index = tmp_path_factory.mktemp("numerals-index")
    IndexStore(index).build(
        [
            _doc(6001, "Rente", [("Was kostet sie?", "Die Mütterrente III kostet jährlich rund 5 Mrd. Euro.")]),
            _doc(
                6002,
                "Rente",
                [("Seit wann?", "Die Mütterrente wird für vor 1992 geborene Kinder seit 3 Jahren gezahlt.")],
            ),
            _doc(6003, "Recht", [("Was gilt?", "Nach Artikel VIII des Abkommens gilt das Grundgesetz nicht.")]),
        ]
    )
    return Engine(index)


def test_a_number_after_a_word_finds_its_roman_numeral_first(engine):
    results = engine.search("Mütterrente 3")
    assert [h.doc_id for h in results.hits] == ["ni-19-6001", "ni-19-6002"]
    assert results.hits[0].found_as == "Mütterrente (genaues Wort); III ← 3 (Zahl in anderer Schreibweise)"


def test_a_roman_numeral_typed_is_not_any_digit_of_the_texts(engine):
    assert [h.doc_id for h in engine.search("Mütterrente III").hits[:1]] == ["ni-19-6001"]
    assert engine.search("Mütterrente III").total == 1


def test_a_legal_references_number_is_never_roman(engine):
    assert engine.search("Artikel 8 Grundgesetz").total == 0
