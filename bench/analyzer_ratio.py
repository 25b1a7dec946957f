"""Index build with our analyzer vs Whoosh's ``LanguageAnalyzer('de')``: CPU seconds, alternating.

``anfragen eval … --bench-build`` takes the best wall time of three; on a shared machine its
ratio swings by ±0.3.  This takes CPU seconds (``process_time``) of N alternating builds of
the same records (splitter cache cleared per build, as there) and reports the median ratio.
To compare with an older state, put its tree first on the path
(``git archive <commit> | tar -x -C /tmp/old``, then ``PYTHONPATH=/tmp/old``).  ``--build-writer``
writes both indexes with the writer and codec of ``anfragen build`` (:class:`BuildWriter`,
:class:`CompactCodec`) instead of Whoosh's own, whose per-posting waste both sides pay.

    .venv/bin/python bench/analyzer_ratio.py N [--build-writer] CORPUS_DIR…
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from whoosh import index as whoosh_index

from indexer.analysis.compounds import default_splitter
from indexer.index.codec import CompactCodec
from indexer.index.schema import build_schema, records
from indexer.index.writers import BuildWriter
from indexer.measure.evaluate import language_schema, load_corpus


def cpu_seconds(documents: list, schema_factory, build_writer: bool) -> float:
    with tempfile.TemporaryDirectory(prefix="anfragen-ratio-") as scratch:
        default_splitter().split.cache_clear()
        started = time.process_time()
        index = whoosh_index.create_in(scratch, schema_factory())
        if build_writer:
            writer = BuildWriter(index, limitmb=256, compound=False, codec=CompactCodec())
        else:
            writer = index.writer(limitmb=256)
        for document in documents:
            for record in records(document):
                writer.add_document(**record)
        writer.commit(optimize=True)
        return time.process_time() - started


def main() -> None:
    build_writer = "--build-writer" in sys.argv
    dirs = [Path(arg) for arg in sys.argv[2:] if arg != "--build-writer"]
    runs, documents = int(sys.argv[1]), load_corpus(dirs)[0]
    default_splitter()  # the lexicon loads once per process, not per build
    ours, theirs = [], []
    for _ in range(runs):
        theirs.append(cpu_seconds(documents, language_schema, build_writer))
        ours.append(cpu_seconds(documents, build_schema, build_writer))
    ratios = sorted(o / t for o, t in zip(ours, theirs, strict=True))
    print(
        f"{len(documents)} Dokumente, CPU-Sekunden (Median): anfragen {statistics.median(ours):.2f}, "
        f"LanguageAnalyzer('de') {statistics.median(theirs):.2f}; Verhältnis Median {statistics.median(ratios):.2f} "
        f"(min {ratios[0]:.2f}, max {ratios[-1]:.2f})"
    )


if __name__ == "__main__":
    main()
