"""Where a worker's memory grows: tracemalloc over a few thousand requests against the real app.

    .venv/bin/python bench/memory_growth.py CORPUS INDEX [REQUESTS]

Builds nothing: point it at a built index.  Prints the Python heap after each third of the run
and the allocation sites that grew most between the first and the last (6 frames deep; slow).

    .venv/bin/python bench/memory_growth.py --novel-words [--serving]

What grew: every new query word is split into compound parts, and the splitter's caches were
sized for builds.  This mode feeds 50,000 new compounds to the query analysis and prints the heap,
with the build-sized caches or (``--serving``) the bounds each gunicorn worker sets.
"""

from __future__ import annotations

import gc
import itertools
import sys
import tracemalloc

from web import create_app

WORDS = ["Schule", "Lehrer", "Polizei", "Asyl", "Kita", "Wald", "Wasser", "Steuer", "Gericht", "Bahn", "Klinik"]


def paths(doc_ids: list[str]):
    """An endless mix like a day's traffic: distinct searches, pages, documents, feeds, suggestions."""
    for n in itertools.count():
        word = WORDS[n % len(WORDS)]
        doc = doc_ids[n % len(doc_ids)]
        yield from (
            f"/?q={word}+{n}",
            f"/?q={word}&page={n % 3 + 1}",
            f"/api/search?q={word}*&jahr=20{n % 25:02d}",
            f"/dokument/{doc}",
            f"/dokument/{doc}/aehnlich?frage=1",
            f"/api/vorschlaege?q={word[: 2 + n % 4]}",
            f"/feed.atom?q={word}",
        )


def main(corpus: str, index: str, requests: int = 3000) -> None:
    app = create_app({"INDEX_DIR": index, "CORPUS_DIR": corpus})
    client = app.test_client()
    doc_ids = _doc_ids(corpus)
    tracemalloc.start(6)
    stream = paths(doc_ids)
    third = requests // 3
    snapshots = []
    for part in range(3):
        for _ in range(third):
            client.get(next(stream))
        gc.collect()
        snapshots.append(tracemalloc.take_snapshot())
        traced = tracemalloc.get_traced_memory()[0] / 2**20
        print(f"after {third * (part + 1)} requests: {traced:.1f} MB traced", flush=True)
    for stat in snapshots[2].compare_to(snapshots[0], "traceback")[:8]:
        print(f"\n+{stat.size_diff / 1024:.0f} KiB in {stat.count_diff} blocks")
        for line in stat.traceback.format()[-6:]:
            print("   ", line)


def _doc_ids(corpus: str) -> list[str]:
    from pathlib import Path

    return sorted({p.stem for p in Path(corpus).iterdir() if p.suffix in (".txt", ".pdf")})[:200]


def novel_words(serving: bool, count: int = 50_000) -> None:
    import random

    from indexer.analysis.compounds import SERVING_CACHES, bound_caches, default_splitter
    from indexer.analysis.query_text import query_words

    lexicon = default_splitter().lexicon
    if serving:
        bound_caches(*SERVING_CACHES)
    words = sorted(w for w in lexicon.buckets if len(w) >= 4 and w.isalpha())
    rng = random.Random(1)
    tracemalloc.start()
    for n in range(1, count + 1):
        query_words(rng.choice(words) + rng.choice(words))
        if n % 10_000 == 0:
            print(f"{n} new compounds: {tracemalloc.get_traced_memory()[0] / 2**20:.0f} MB traced", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "--novel-words":
        novel_words("--serving" in sys.argv)
    else:
        main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 3000)
