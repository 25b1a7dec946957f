"""The compact index format (:mod:`indexer.index.codec`) holds exactly what Whoosh's own format
holds, in fewer bytes, and an index built in Whoosh's format is still searched and updated."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from whoosh import formats
from whoosh import index as whoosh_index
from whoosh.codec.whoosh3 import W3Codec
from whoosh.fields import ID
from whoosh.reading import TermNotFound

from indexer import Archive, Engine, IndexStore
from indexer.index.blocks import Block, VarintPositions, encode_block
from indexer.index.codec import CompactCodec
from indexer.index.lookups import looked_up, remembered
from indexer.index.schema import ANSWER, TEXT_FIELDS, build_schema, records

from .archive_helpers import make_answer, marker

PROJECT = Path(__file__).resolve().parents[1]
DOCUMENTS = 12  # enough for terms with several blocks of postings, few enough for a second


@pytest.fixture(scope="module")
def documents(shipped_documents):
    return shipped_documents[:DOCUMENTS]


def whoosh_format_index(directory: Path, documents) -> None:
    """An index as the project wrote it before the compact format: Whoosh's codec and positions,
    answer keys indexed."""
    schema = build_schema()
    for name in TEXT_FIELDS:
        schema[name].format = formats.Positions(field_boost=schema[name].format.field_boost)
    schema.remove("answer_key")
    schema.add("answer_key", ID(sortable=True))
    directory.mkdir(parents=True)
    writer = whoosh_index.create_in(str(directory), schema).writer(codec=W3Codec(), compound=False)
    for document in documents:
        for record in records(document):
            writer.add_document(**record)
    writer.commit()


def inverted(directory: Path) -> dict:
    """Every term of a one-segment index with its statistics and its postings (id, weight, positions)."""
    index = whoosh_index.open_dir(str(directory))
    out = {}
    with index.reader() as reader:
        for fieldname, text in reader.all_terms():
            if fieldname == "answer_key":  # indexed by Whoosh's format only; a column in both
                continue
            info = reader.term_info(fieldname, text)
            stats = (info.weight(), info.doc_frequency(), info.min_length(), info.max_length(), info.max_weight())
            matcher = reader.postings(fieldname, text)
            positional = reader.schema[fieldname].format.supports("positions")
            postings = []
            while matcher.is_active():
                positions = matcher.value_as("positions") if positional else None
                postings.append((matcher.id(), matcher.weight(), positions))
                matcher.next()
            counts = (reader.frequency(fieldname, text), reader.doc_frequency(fieldname, text))  # read without info
            out[fieldname, text] = (stats, (info.min_id(), info.max_id()), counts, postings)
        out["stored"] = list(reader.all_stored_fields())
        out["answer_key"] = list(reader.column_reader("answer_key"))
    index.close()
    return out


def codecs(directory: Path) -> set[type]:
    with whoosh_index.open_dir(str(directory)).reader() as reader:
        return {type(leaf.segment().codec()) for leaf, _offset in reader.leaf_readers()}


def test_compact_format_holds_what_whoosh_format_holds_in_fewer_bytes(documents, tmp_path):
    whoosh_format_index(tmp_path / "whoosh", documents)
    IndexStore(tmp_path / "compact").build(documents)
    compact = IndexStore(tmp_path / "compact").current_path()
    assert compact is not None
    ours, theirs = inverted(compact), inverted(tmp_path / "whoosh")
    assert ours == theirs
    assert any(len(postings) > 128 for *_, postings in ours.values() if isinstance(postings, list))
    size = {name: sum(f.stat().st_size for f in (tmp_path / name).rglob("MAIN_*")) for name in ("whoosh", "compact")}
    assert size["compact"] < size["whoosh"] / 2
    assert codecs(compact) == {CompactCodec}


def test_index_built_in_whoosh_format_is_searched_and_updated(documents, tmp_path):
    corpus, root = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for document in documents[:3]:
        for path in (PROJECT / "corpus").glob(f"{document.id}.*"):
            shutil.copy(path, corpus / path.name)
    whoosh_format_index(root / "gen-old", documents[:3])
    os.symlink("gen-old", root / "current")
    phrase = '"' + " ".join(re.findall(r"\w+", documents[0].title or "")[:3]) + '"'  # positions, old segment
    assert documents[0].id in {hit.doc_id for hit in Engine(root).search(phrase).hits}
    Archive(corpus, root).add(make_answer(tmp_path / "incoming", 4711))
    engine = Engine(root)
    assert {hit.doc_id for hit in engine.search(marker(4711)).hits} == {"nw-17-4711"}
    assert documents[0].id in {hit.doc_id for hit in engine.search(phrase).hits}
    assert codecs(root / "current") == {W3Codec, CompactCodec}


def test_a_terms_statistics_are_the_same_when_remembered_for_a_search(documents, tmp_path):
    IndexStore(tmp_path).build(documents[:3])

    def read(reader, term: str) -> tuple:
        info = reader.term_info(ANSWER, term) if (ANSWER, term) in reader else None
        stats = info and (info.doc_frequency(), info.weight(), info.max_weight(), info.min_id(), info.max_id())
        return reader.doc_frequency(ANSWER, term), reader.frequency(ANSWER, term), stats

    with whoosh_index.open_dir(str(IndexStore(tmp_path).current_path())).reader() as reader:
        present = [text for field, text in reader.all_terms() if field == ANSWER][:2]
        terms = [*present, "gibtesnichtimtext"]
        outside = [read(reader, term) for term in terms]
        with remembered():
            inside = [read(reader, term) for term in terms * 2]
            with pytest.raises(TermNotFound):
                reader.term_info(ANSWER, "gibtesnichtimtext")
    assert all(stats[0] > 0 for stats in outside[:2]) and outside[2] == (0, 0, None)
    assert outside[0] != outside[1]
    assert inside == outside * 2


def test_a_lookup_is_made_once_per_search_and_a_missing_term_stays_missing():
    made: list[str] = []

    def count() -> int:
        made.append("count")
        return len(made)

    def missing() -> int:
        made.append("missing")
        raise KeyError("gibtesnicht")

    assert [looked_up("a", count), looked_up("a", count)] == [1, 2]  # outside a search: each time
    with remembered():
        assert [looked_up("b", count), looked_up("b", count)] == [3, 3]
        for _ in range(2):
            with pytest.raises(KeyError):
                looked_up("c", missing)
    assert made == ["count"] * 3 + ["missing"]
    assert looked_up("b", count) == 5  # nothing kept after the search


@pytest.mark.parametrize(
    "positions", [[0], [127], [128], [70_000], [3, 4, 9], [0, 127, 128, 300, 300, 70_000], list(range(0, 5000, 7))]
)
def test_positions_read_back_as_written(positions):
    fmt = VarintPositions()
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)


@pytest.mark.parametrize("boost", [1.0, 2.5])
def test_a_records_terms_are_what_whoosh_makes_of_them(boost):
    """Our positions format collects a record's terms itself: the same terms, frequencies, weights and
    positions as Whoosh's code would give, also when an analyzer boosts some of its tokens."""
    fmt, text = VarintPositions(field_boost=boost), "Haft- und Sanitärräume, Sanitärräume der ZABs; 17/6448 " * 50

    def boosting(value, **options):
        for token in build_schema()[TEXT_FIELDS[0]].analyzer(value, **options):
            token.boost = 0.3 if token.text == "zab" else 1.0
            yield token

    for analyzer in (build_schema()[TEXT_FIELDS[0]].analyzer, boosting):
        values = list(fmt.word_values(text, analyzer, mode="index"))
        assert values == list(formats.Positions.word_values(fmt, text, analyzer, mode="index"))
        assert ("sanitarraum", 100, 100.0 * boost) in {value[:3] for value in values}


def test_a_block_reads_back_ids_weights_and_values_of_every_width():
    ids = [5, 6, 300, 70_000, 70_001, 4_000_000]
    values = [b"\x01", b"\x02\x03", b"x" * 300, b"", b"\x7f", b"\x00"]
    for weights in ([1.0] * 6, [1.0, 2.0, 300.0, 1.0, 70_000.0, 3.0], [0.5, 1.0, 2.0, 1.0, 1.0, 1.0]):
        block = Block(encode_block(ids, weights, values, None, base=2), len(ids), 2, None)
        assert (block.ids, list(block.weights), block.values()) == (tuple(ids), weights, tuple(values))
