"""A prefix expands to the terms of every segment of the index, the most frequent first, with
their frequencies summed over the segments: an ``add`` writes a segment of its own."""

from indexer import Engine, IndexStore
from indexer.search.query import MAX_PREFIX_TERMS, QueryCompiler

from .quality_corpus import _doc


def _answer(number: int, words: str):
    return _doc(number, f"Anfrage {number}", [(f"Frage {number}?", words)])


def test_a_prefix_finds_the_words_of_every_segment_and_not_replaced_ones(tmp_path):
    store = IndexStore(tmp_path / "index")
    store.build([_answer(7001, "Der Zeltlagerplatz ist belegt."), _answer(7002, "Die Zeltlagerfahrt fällt aus.")])
    replaced = _answer(7002, "Die Fahrt fällt aus.")  # its old Zeltlagerfahrt stays only as deleted records
    store.update([("ni-19-7003", _answer(7003, "Das Zeltlagerwetter war gut."), None), ("ni-19-7002", replaced, None)])
    engine = Engine(tmp_path / "index")
    found = {hit.doc_id for hit in engine.search("Zeltlager*").hits}
    assert found == {"ni-19-7001", "ni-19-7003"}


def test_the_most_frequent_expansions_are_kept_over_segments(tmp_path):
    """More words start with the prefix than a query takes: those in the most records win, counted
    over both segments (``Zeltlageraa`` is in one record of each, two in all; it would lose a tie)."""
    rare = [f"Zeltlager{chr(97 + i // 26)}{chr(97 + i % 26)}x" for i in range(MAX_PREFIX_TERMS)]
    store = IndexStore(tmp_path / "index")
    store.build([_answer(7100, " ".join(rare)), _answer(7101, "Ein Zeltlageraa.")])
    store.update([("ni-19-7102", _answer(7102, "Noch ein Zeltlageraa."), None)])
    engine = Engine(tmp_path / "index")
    expanded = QueryCompiler(engine.searcher().reader()).compile("Zeltlager*").highlight_terms
    assert "zeltlageraa" in expanded
    assert len(expanded) == MAX_PREFIX_TERMS
