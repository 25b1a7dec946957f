"""„Meinten Sie …?“ measured both ways: is a typo respelled into the word meant, and is a word spelt right left alone?

(a) Typos: words the documents write, drawn and given one random edit as by ``bench/typo_recall.py`` (same seed, same
typos); each typo no document writes is searched alone, and its suggestion is right (the word meant, or a form of it:
a term in common), missing, or wrong.
(b) False alarms: words spelt right, each searched alone — every word of the judged queries (``queries/*.json``,
``../shared/queries/dev.json``; a word of a query of kind ``spelling`` may be the typo that query is about), a seeded
sample of words the titles, Vorbemerkungen and questions hold in one to three documents, and German words the lexicon
knows that no text holds.  Each suggestion is a false alarm unless the word is a typo: ``--list`` names them.  Then
the judged queries themselves, as typed: how many are offered a respelling.

Two versions of the code compare on one index with the same seed (``PYTHONPATH`` pointing at the other checkout):

    .venv/bin/python bench/suggestions.py INDEX [--typos 400] [--rare 500] [--unknown 200] [--seed 7] [--list]
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from typo_recall import IN_DOCUMENTS, SHORTEST, typo  # beside this script: Python puts its folder on the path

from indexer.analysis.query_text import query_terms
from indexer.analysis.spelling import VOCABULARY_FIELD
from indexer.errors import QueryError
from indexer.index.schema import ANSWER
from indexer.lexicon import STOP_WORDS, capitalised_words, umlautless_buckets, word_buckets
from indexer.search.engine import Engine
from indexer.search.syntax import query_operator

ROOT = Path(__file__).resolve().parent.parent
JUDGED = [*sorted((ROOT / "queries").glob("*.json")), ROOT.parent / "shared" / "queries" / "dev.json"]
_TYPED_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*")  # a word as typed, hyphenated ones whole
RARE_DOCUMENTS = 3  # a rare word: in one to three documents' titles, Vorbemerkungen and questions
COMMON_BUCKET = 8  # a lexicon word at least this common is a word, no stray token of the laws or speeches


class Bench:
    """The index searched, and what a search offers."""

    def __init__(self, index: Path) -> None:
        self.engine = Engine(index, time_limit=None)
        self.reader = self.engine.searcher().reader()
        self.vocabulary = [t.decode() if isinstance(t, bytes) else t for t in self.reader.lexicon(VOCABULARY_FIELD)]

    def offered(self, text: str) -> str | None:
        """The „Meinten Sie“ of a search for ``text`` (None: none, or the query is unusable)."""
        try:
            return self.engine.search(text, per_page=1).suggestion
        except QueryError:
            return None

    def found(self, text: str) -> int:
        """How many answers a search for ``text`` finds in full."""
        try:
            return self.engine.search(text, per_page=1).total
        except QueryError:
            return 0

    def documents(self, word: str) -> int:
        return self.reader.doc_frequency(VOCABULARY_FIELD, word)

    def unheld(self, word: str) -> bool:
        """No text holds ``word`` in any form (no title, question, answer)."""
        terms = query_terms(self.engine.analyzer, word)
        return not self.documents(word.lower()) and not any(self.reader.doc_frequency(ANSWER, t) for t in terms)

    def same_word(self, offered: str, meant: str) -> bool:
        """``offered`` is ``meant`` or a form of it (a term in common)."""
        if offered.lower() == meant.lower():
            return True
        analyzer = self.engine.analyzer
        return bool(set(query_terms(analyzer, offered)) & set(query_terms(analyzer, meant)))


def typos(bench: Bench, count: int, seed: int, listing: bool) -> None:
    """(a): typos of words the documents write, as ``bench/typo_recall.py`` draws them."""
    words = [
        text
        for text in bench.vocabulary
        if len(text) >= SHORTEST and text.isalpha() and bench.documents(text) >= IN_DOCUMENTS
    ]
    rng = random.Random(seed)
    rng.shuffle(words)
    right = wrong = 0
    nones = [0, 0]  # no suggestion: the typo finds as many answers as the word (corrected as searched), or fewer
    for word in words[:count]:
        typed = typo(word, rng)
        if typed == word or bench.documents(typed):
            continue
        offered = bench.offered(typed)
        if offered is None:
            nones[bench.found(typed) < bench.found(word)] += 1
        elif bench.same_word(offered, word):
            right += 1
        else:
            wrong += 1
            if listing:
                print(f"    {word} → {typed}: „{offered}“")
    total = right + sum(nones) + wrong
    print(
        f"(a) {total} typos: right {_share(right, total)}, wrong {_share(wrong, total)}, "
        f"none {_share(sum(nones), total)} — of these the typo finds fewer answers than the word {nones[1]}"
    )


def judged() -> Iterator[dict[str, Any]]:
    """The judged queries (``similar.json`` judges answers, not queries)."""
    for path in JUDGED:
        queries = json.loads(path.read_text(encoding="utf-8"))
        yield from queries if isinstance(queries, list) else ()


def judged_words() -> dict[str, set[str]]:
    """Each word of the judged queries (as typed) with the kinds of the queries it is in."""
    words: dict[str, set[str]] = {}
    for query in judged():
        for word in _TYPED_WORD.findall(query["q"]):
            if not (word.isupper() and query_operator(word)):  # UND, ODER, NICHT …: the search's operators
                words.setdefault(word, set()).add(query.get("kind", ""))
    return words


def rare_words(bench: Bench, count: int, rng: random.Random) -> list[str]:
    """A sample of the words the titles, Vorbemerkungen and questions hold in one to three documents."""
    rare = [
        word
        for word in bench.vocabulary
        if word.isalpha() and len(word) >= 3 and bench.documents(word) <= RARE_DOCUMENTS
    ]
    return rng.sample(rare, min(count, len(rare)))


def unknown_words(bench: Bench, count: int, rng: random.Random) -> list[str]:
    """German words the lexicon knows (common ones, spelt with their umlauts) that no text holds, typed as written."""
    buckets, umlauted, capitalised = word_buckets(), umlautless_buckets(), capitalised_words()
    known = sorted(
        word
        for word, bucket in buckets.items()
        if bucket >= COMMON_BUCKET and len(word) >= 5 and word.isalpha() and word not in umlauted
        if word not in STOP_WORDS
    )
    rng.shuffle(known)
    chosen: list[str] = []
    for word in known:
        typed = word.capitalize() if word in capitalised else word
        if bench.unheld(typed):
            chosen.append(typed)
            if len(chosen) == count:
                break
    return chosen


def false_alarms(bench: Bench, label: str, words: Iterable[str], listing: bool, notes: dict[str, str]) -> None:
    """(b): how many of ``words`` (spelt right, unless ``notes`` says they may be a typo) are offered a respelling."""
    words = list(words)
    offered = [(word, suggestion) for word in words if (suggestion := bench.offered(word))]
    doubtful = sum(1 for word, _ in offered if word in notes)
    print(
        f"(b) {label}: {len(words)} words, offered a respelling {_share(len(offered), len(words))}"
        + (f" ({doubtful} of them from a query about a spelling)" if notes else "")
    )
    if listing:
        for word, suggestion in offered:
            print(f"    {word} → „{suggestion}“{notes.get(word, '')}")


def judged_queries(bench: Bench, listing: bool) -> None:
    """(b) the judged queries as typed: how many are offered a respelling (those of kind ``spelling`` apart)."""
    queries = list(judged())
    offered = [(query, suggestion) for query in queries if (suggestion := bench.offered(query["q"]))]
    spelling = sum(1 for query, _ in offered if query.get("kind") == "spelling")
    print(
        f"(b) judged queries: {len(queries)}, offered a respelling {_share(len(offered), len(queries))} "
        f"({spelling} of kind spelling)"
    )
    if listing:
        for query, suggestion in offered:
            print(f"    [{query.get('kind', '')}] {query['q']} → „{suggestion}“")


def _share(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.1%})" if whole else "0"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", type=Path)
    parser.add_argument("--typos", type=int, default=400, help="words drawn for typos")
    parser.add_argument("--rare", type=int, default=500, help="rare words sampled")
    parser.add_argument("--unknown", type=int, default=200, help="lexicon words no text holds sampled")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--list", action="store_true", help="print each wrong suggestion and each false alarm")
    args = parser.parse_args()
    bench = Bench(args.index)
    typos(bench, args.typos, args.seed, args.list)
    judged = judged_words()
    notes = {word: "  (aus einer Anfrage zur Schreibweise)" for word, kinds in judged.items() if "spelling" in kinds}
    false_alarms(bench, "judged query words", sorted(judged), args.list, notes)
    rng = random.Random(args.seed)
    false_alarms(bench, "rare words", rare_words(bench, args.rare, rng), args.list, {})
    false_alarms(bench, "lexicon words no text holds", unknown_words(bench, args.unknown, rng), args.list, {})
    judged_queries(bench, args.list)


if __name__ == "__main__":
    main()
