"""Mends from reading the night session's change: each test failed before its mend."""

import sys
import threading

import numpy as np
from whoosh import fields
from whoosh import query as wq
from whoosh.analysis import SpaceSeparatedTokenizer
from whoosh.filedb.filestore import RamStorage
from whoosh.query.spans import SpanNear2

from indexer.analysis.abbreviations import learn
from indexer.analysis.compounds import Lexicon
from indexer.index.blocks import VarintPositions
from indexer.index.codec import CompactCodec
from indexer.ingest.broken_words import mend_broken_words
from indexer.lexicon import word_buckets
from indexer.search.nearby import participle_noun, spells_out
from indexer.search.position_checks import OneOf, near_records


def test_endings_counted_alike_by_threads_sharing_the_lexicon():
    endings = ["ung", "heit", "keit", "arbeit", "schaft", "recht", "zug", "amt", "stelle", "land"]
    alone = Lexicon(word_buckets())  # counted by one thread
    want = {end: alone.ending_count(end) for end in endings}
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        for _ in range(3):
            shared: Lexicon = Lexicon(word_buckets())
            got: dict[str, int] = {}

            def count(end: str, lexicon: Lexicon = shared, out: dict[str, int] = got) -> None:
                out[end] = lexicon.ending_count(end)

            threads = [threading.Thread(target=count, args=(end,)) for end in endings]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert got == want
            assert {end: shared.ending_count(end) for end in endings} == want
    finally:
        sys.setswitchinterval(interval)


def test_a_long_line_of_mendable_pairs_is_read_in_linear_time():
    mended = mend_broken_words(" ".join(["to"] * 5000)).split()  # raised RecursionError before
    assert mended[:4998] == ["to"] * 4998


def test_only_a_verbs_participle_lets_a_small_word_be_the_head():
    assert participle_noun("Werftbeschäftigte") and participle_noun("Studierende")
    assert not any(map(participle_noun, ["Menschenrechte", "Polizeikräfte", "Schulkosten", "Landesdaten"]))
    assert not spells_out("Die Menschen sind damit recht zufrieden.", ("mensch", "recht"), 3, False)


def test_a_definition_a_year_or_a_count_follows_is_learned():
    assert learn(["Das Bundesamt für Migration und Flüchtlinge (BAMF) 2023 entschied über Anträge."]) == [
        ("BAMF", "Bundesamt Migration Flüchtlinge")
    ]
    assert learn(["Die Zentrale Ausländerbehörde (ZAB) 12 Fälle"]) == [("ZAB", "Zentrale Ausländerbehörde")]
    assert learn(["nach der Verordnung (EU) 2016/679 und der Verordnung (EG) Nr. 1370/2007"]) == []


def test_one_of_matches_alike_in_whoosh_and_in_the_position_arrays():
    field = fields.TEXT(analyzer=SpaceSeparatedTokenizer(), phrase=True)
    field.format = VarintPositions(field_boost=1.0)
    index = RamStorage().create_index(fields.Schema(t=field))
    writer = index.writer(codec=CompactCodec())
    for text in ["b x a ›a a a c", "c c c c b b b ›a"]:
        writer.add_document(t=text)
    writer.commit()
    with index.searcher() as searcher:
        for slop in (2, 5):
            places = [OneOf("t", ("a", "›a")), OneOf("t", ("c", "›c")), wq.Term("t", "b")]
            span = SpanNear2(places, slop=slop, ordered=False, mindist=0)
            assert near_records(searcher, span, np.arange(2)).tolist() == sorted(span.docs(searcher))
