"""Everything the analysis makes of a corpus, as text, to prove a speed-up changed no index term.

Prints one line per distinct word (its compound split, or ``-``), one per distinct stemmed form
(``=`` and its index term) and one per indexed text field of every record (the one-pass index
side's terms and positions, checked against the analyzer's chain).  Run it with the old tree and
the new tree on ``PYTHONPATH`` and compare the two outputs (``cmp``); ``--laws N``/``--speeches N``
add the words of the first N federal laws / Bundestag speeches of ``../shared/bench`` (a few hundred
thousand distinct words, far more than the corpora), split and stemmed but not indexed.

    PYTHONPATH=OLD .venv/bin/python bench/analysis_identity.py [--laws N] [--speeches N] CORPUS_DIR… > old.txt
    PYTHONPATH=. .venv/bin/python bench/analysis_identity.py [--laws N] [--speeches N] CORPUS_DIR… > new.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from indexer.analysis.analyzer import WORD_PATTERN, GermanStemFilter, GermanWordFilter, german_analyzer
from indexer.analysis.compounds import default_splitter
from indexer.analysis.index_side import index_positions
from indexer.index.schema import TEXT_FIELDS, records
from indexer.measure.evaluate import load_corpus

BENCH = Path("../shared/bench")  # run from the project root, as the other benches


def chain_positions(analyzer, text: str) -> dict[str, list[int]]:
    poses: dict[str, list[int]] = {}
    for token in analyzer(text, positions=True, mode="index"):
        poses.setdefault(token.text, []).append(token.pos)
    return poses


def bench_texts(laws: int, speeches: int) -> Iterator[str]:
    with gzip.open(BENCH / "gesetze_bund_md.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in islice(lines, laws):
            yield json.loads(line)["text"]
    with gzip.open(BENCH / "bundestag_wp20_reden.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in islice(lines, speeches):
            yield from json.loads(line)["paragraphs"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--laws", type=int, default=0)
    parser.add_argument("--speeches", type=int, default=0)
    parser.add_argument("corpus", nargs="*", type=Path)
    args = parser.parse_args()
    out = sys.stdout
    words: set[str] = set()
    normalise, tokens = GermanWordFilter().word, re.compile(WORD_PATTERN)
    texts, mismatches = [], 0
    for document in load_corpus(args.corpus)[0]:
        for record in records(document):  # the other fields too: abbreviation keys use the splitter
            out.write(f"{sorted((name, repr(value)) for name, value in record.items() if name not in TEXT_FIELDS)}\n")
            for field in TEXT_FIELDS:
                if isinstance(text := record.get(field), str):
                    poses = index_positions(german_analyzer(), text)
                    mismatches += poses != chain_positions(german_analyzer(), text)
                    out.write(f"{field}\t{sorted((poses or {}).items())}\n")
                    texts.append(text)
    for text in texts + list(bench_texts(args.laws, args.speeches)):
        for raw in tokens.findall(text):
            words.update(piece for piece in normalise(raw).split("-") if piece)
    splitter, stems = default_splitter(), GermanStemFilter()
    forms: set[str] = set()
    for word in sorted(words):
        split = splitter.split(word)
        out.write(f"{word}\t{'-' if split is None else (split.surfaces, split.bases)}\n")
        forms.add(word)
        if split is not None:
            forms.update(split.surfaces + split.bases + split.heads)
    for form in sorted(forms):
        out.write(f"={form}\t{stems.term(form)}\n")
    print(
        f"{len(texts)} Felder ({mismatches} anders als die Kette), {len(words)} Wörter, {len(forms)} Formen",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
