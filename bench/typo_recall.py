"""Typos as researchers make them: does a word typed with one slip find what the word finds?

Draws words the archive's documents write (their titles, Vorbemerkungen and questions: the ``wort`` field), of at least
seven letters and in at least three documents, and gives each one random edit after its second letter — a letter
added, dropped, replaced, or two neighbours swapped.  For each typo that no document writes it searches the word and
the typo and prints how many typos find nothing at all and the mean share of the word's full matches (at most
``--limit``) the typo finds too.  The same seed draws the same typos, so two versions of the code compare on one
index (``PYTHONPATH`` pointing at the other checkout):

    .venv/bin/python bench/typo_recall.py INDEX [--words 400] [--seed 7] [--limit 50] [--list]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from indexer.analysis.spelling import VOCABULARY_FIELD
from indexer.errors import QueryError
from indexer.search.engine import Engine

LETTERS = "abcdefghijklmnopqrstuvwxyzäöüß"
SHORTEST, IN_DOCUMENTS = 7, 3


def typo(word: str, rng: random.Random) -> str:
    """``word`` with one random edit after its first two letters (typos rarely hit those)."""
    at = rng.randrange(2, len(word))
    kind = rng.choice("adrs")
    if kind == "a":
        return word[:at] + rng.choice(LETTERS) + word[at:]
    if kind == "d":
        return word[:at] + word[at + 1 :]
    if kind == "r":
        return word[:at] + rng.choice(LETTERS) + word[at + 1 :]
    return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--words", type=int, default=400, help="words drawn")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--limit", type=int, default=50, help="full matches of the word compared")
    parser.add_argument("--list", action="store_true", help="print each typo finding less than half")
    args = parser.parse_args()
    engine = Engine(args.index)
    reader = engine.searcher().reader()
    words = [
        text
        for text in (t.decode() if isinstance(t, bytes) else t for t in reader.lexicon(VOCABULARY_FIELD))
        if len(text) >= SHORTEST and text.isalpha() and reader.doc_frequency(VOCABULARY_FIELD, text) >= IN_DOCUMENTS
    ]
    rng = random.Random(args.seed)
    rng.shuffle(words)
    typos = nothing = 0
    shares = 0.0
    for word in words[: args.words]:
        typed = typo(word, rng)
        if typed == word or reader.doc_frequency(VOCABULARY_FIELD, typed):
            continue
        try:
            meant, got = engine.search(word, per_page=args.limit), engine.search(typed, per_page=args.limit)
        except QueryError:
            continue
        if not meant.total:
            continue
        wanted = {(hit.doc_id, hit.question) for hit in meant.hits[: meant.total]}
        found = {(hit.doc_id, hit.question) for hit in got.hits[: got.total]}
        share = len(wanted & found) / len(wanted)
        typos, nothing, shares = typos + 1, nothing + (got.total == 0), shares + share
        if args.list and share < 0.5:
            print(f"  {word} → {typed}: {meant.total} / {got.total} full matches, share {share:.2f}")
    mean = shares / typos
    print(f"{typos} typos: the typo finds nothing {nothing} times; mean share of the word's matches found {mean:.3f}")


if __name__ == "__main__":
    main()
