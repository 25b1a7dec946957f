"""The terms within one or two edits of a word, walked along the sorted terms, are those Whoosh's ``terms_within``
measures one by one — on an index of one segment (a swap of neighbours is two edits) and of several (one): „Meinten
Sie …“ and ``wort~`` offer the same words, only sooner."""

import pytest

from indexer import Engine, IndexStore
from indexer.analysis.spelling import VOCABULARY_FIELD
from indexer.analysis.terms_within import held_within
from indexer.index.schema import TEXT_FIELDS

from .quality_corpus import DOCUMENTS

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
