"""The terms within one or two edits of a word, walked along the sorted terms, are those Whoosh's ``terms_within``
measures one by one — on an index of one segment (a swap of neighbours is two edits) and of several (one): „Meinten
Sie …“ offers the same words, only sooner.  ``wort~`` counts a swap as one edit on any index."""

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.spelling import VOCABULARY_FIELD
from indexer.analysis.terms_within import held_within
from indexer.index.schema import TEXT_FIELDS

from .quality_corpus import DOCUMENTS, _doc

FIELDS = (*TEXT_FIELDS, VOCABULARY_FIELD)


@pytest.fixture(scope="module")
def readers(tmp_path_factory):
    """The quality corpus in one segment, and in two (the second written by an update)."""
    whole = IndexStore(tmp_path_factory.mktemp("one-segment"))
    whole.build(DOCUMENTS)
    split = IndexStore(tmp_path_factory.mktemp("two-segments"))
    half = len(DOCUMENTS) // 2
    split.build(DOCUMENTS[:half])
    split.update([(document.id, document, None) for document in DOCUMENTS[half:]])
    one, two = Engine(whole.root).searcher().reader(), Engine(split.root).searcher().reader()
    assert one.is_atomic() and not two.is_atomic()
    return {"one": one, "two": two}


def _misspellings(word: str) -> list[str]:
    """The word, and it with a swap, a letter dropped, one added, one replaced, and two of these."""
    if len(word) < 4:
        return [word]
    middle = len(word) // 2
    swapped = word[:middle] + word[middle + 1] + word[middle] + word[middle + 2 :]
    dropped = word[:middle] + word[middle + 1 :]
    twice = [swapped[:-1], dropped[:2] + "ü" + dropped[2:]]
    return [word, swapped, dropped, word + "e", word[:2] + "x" + word[3:], *twice]


def _words(reader) -> list[str]:
    vocabulary = sorted(t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(VOCABULARY_FIELD))
    chosen = vocabulary[:: max(1, len(vocabulary) // 40)]
    return [w for word in chosen for w in _misspellings(word)] + ["langzeitarbeitslosigkiet", "feuerwher", "x", "ab"]


@pytest.mark.parametrize("segments", ["one", "two"])
@pytest.mark.parametrize("edits, prefix", [(1, 1), (1, 2), (2, 1), (2, 2)])
def test_the_terms_walked_are_those_whoosh_measures(readers, segments, edits, prefix):
    reader = readers[segments]
    found = 0
    for field in FIELDS:
        for word in (w for w in _words(reader) if len(w) >= prefix):  # (Whoosh fails on a shorter one)
            terms = reader.terms_within(field, word, edits, prefix)
            measured = sorted({t.decode("utf-8") if isinstance(t, bytes) else t for t in terms})
            assert held_within(reader, field, word, edits, prefix) == measured, (field, word)
            found += len(measured)
    assert found > 100  # the words have neighbours: the comparison is not of empty lists


def test_a_swap_is_one_edit_on_several_segments_and_two_on_one(readers):
    """„Langzeitarbeitslosigkiet“: one swap from the word the corpus holds."""
    word = "langzeitarbeitslosigkiet"
    assert held_within(readers["two"], VOCABULARY_FIELD, word, 1, 2) == ["langzeitarbeitslosigkeit"]
    assert held_within(readers["one"], VOCABULARY_FIELD, word, 1, 2) == []
    assert held_within(readers["one"], VOCABULARY_FIELD, word, 2, 2) == ["langzeitarbeitslosigkeit"]


@pytest.fixture(scope="module")
def fire_engines(tmp_path_factory):
    """An answer on the fire brigade and one on the police, in one segment and in two."""
    fire = _doc(5601, "Brandschutz", [("Wie oft rückte die Feuerwehr aus?", "Die Feuerwehr rückte 120-mal aus.")])
    police = _doc(5602, "Polizei", [("Wie oft rückte die Polizei aus?", "Die Polizei rückte 80-mal aus.")])
    whole = IndexStore(tmp_path_factory.mktemp("fire-one"))
    whole.build([fire, police])
    split = IndexStore(tmp_path_factory.mktemp("fire-two"))
    split.build([police])
    split.update([(fire.id, fire, None)])
    engines = {"one": Engine(whole.root), "two": Engine(split.root)}
    assert engines["one"].searcher().reader().is_atomic() and not engines["two"].searcher().reader().is_atomic()
    return engines


@pytest.mark.parametrize("segments", ["one", "two"])
@pytest.mark.parametrize("query", ["Feurewehr~1", "Feuerwher~1", "Feuerwher~"])
def test_wort_tilde_counts_a_swap_as_one_edit_on_any_index(fire_engines, segments, query):
    """``Feuerwher~1`` found no answer where ``Feuerwher`` (corrected) found 309 at 10k documents: a fuzzy term is
    matched segment by segment, and on one segment Whoosh counts a swap as two edits — while the page marked
    „Feuerwehr“, measured on the whole index.  And the word's stem „feuerwh“ is two edits from „feuerwehr“: the word as
    typed is one swap away.  The one-edit corrections (:mod:`indexer.analysis.edits`) count a swap once too."""
    engine = fire_engines[segments]
    results = engine.search(query)
    assert [(hit.doc_id, hit.missing) for hit in results.hits] == [("ni-19-5601", ())]
    assert "<mark>Feuerwehr</mark>" in results.hits[0].snippet
    assert results.total == engine.search("Feuerwher").total == 1
