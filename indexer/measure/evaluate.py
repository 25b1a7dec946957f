"""Retrieval quality you can measure: judged queries → recall@10, MRR, nDCG@10, success@1, and
the precision side: precision@10 and false full matches.

Our engine is measured against the two baselines of :mod:`indexer.measure.baselines` (plain
Whoosh and SQLite FTS5), built in the same run from the same parsed documents, one unit per
answer (title, question and answer text) as our engine matches them, so a number means
"better than what a plain full-text index would do on this corpus", not just "a number".

Query files look like ``../shared/queries/dev.json``: a list of
``{"q", "relevant": [{"doc", "question"}], "kind"}``; ``question: null`` means any answer
of that document is a hit.  Kinds are spelled with hyphens (``compound_part`` is read as
``compound-part``).  A *precision* query names a concept no answer (or few) is about while its
parts are everywhere: what matters there is that nothing unjudged is counted as a full match.

Precision is about what a system counts as a match, not what it shows below the line: a false
full match is an answer counted in the total (ours: not in the relaxed tier) that is not judged
relevant; precision@10 is the share of judged-relevant answers among the first ten full matches
(1.0 when a system rightly finds nothing for a query with no relevant answer).
"""

from __future__ import annotations

import json
import math
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.analysis import LanguageAnalyzer
from whoosh.fields import TEXT, Schema

from indexer.analysis.compounds import default_splitter
from indexer.errors import AnfragenError
from indexer.index.schema import TEXT_FIELDS, build_schema, records
from indexer.index.store import IndexStore
from indexer.ingest.load import corpus_files, load_document
from indexer.measure.baselines import (
    Fts5Searcher,
    PlainWhooshSearcher,
    answer_rows,
    fts5_build,
    fts5_expression,
    plain_build,
)
from indexer.model import Document
from indexer.search.engine import Engine

CUTOFF = 10
Unit = tuple[str, "int | None"]  # (doc id, question number; None = the document as a whole)


@dataclass(frozen=True)
class JudgedQuery:
    q: str
    relevant: tuple[Unit, ...]
    kind: str = "other"


@dataclass
class Scores:
    """Per-query metric values; averaged per kind and overall (false full matches are summed)."""

    recall: float
    rr: float
    ndcg: float
    success: float
    recall_capped: float = 0.0  # found / min(relevant, 10): what ten places can hold
    precision: float = 1.0
    false_full: int = 0
    judged: bool = True  # has relevant answers: recall, MRR, nDCG and success are averaged over these only


@dataclass(frozen=True)
class Found:
    """What a system returns for one query: its first answers in order, and every answer it
    counts as a full match (``full``); ``ranked`` may go on with answers that are not."""

    ranked: list[Unit]
    full: frozenset[Unit]


@dataclass
class SystemRun:
    name: str
    per_query: list[tuple[JudgedQuery, list[Unit], Scores]] = field(default_factory=list)

    def summary(self) -> dict[str, dict[str, Any]]:
        groups: dict[str, list[Scores]] = defaultdict(list)
        for query, _ranked, scores in self.per_query:
            groups["gesamt"].append(scores)
            groups[query.kind].append(scores)
        return {kind: _mean(values) for kind, values in groups.items()}


def load_queries(path: Path) -> list[JudgedQuery]:
    """Read a judged query file; raise :class:`AnfragenError` with a German message when it is unusable."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AnfragenError(f"Anfragedatei {path} ist nicht lesbar: {exc}") from exc
    if not isinstance(data, list):
        raise AnfragenError(f"Anfragedatei {path}: erwartet wird eine Liste von Anfragen.")
    queries = []
    for number, entry in enumerate(data, start=1):
        try:
            relevant = tuple(
                (str(r["doc"]), None if r.get("question") is None else int(r["question"])) for r in entry["relevant"]
            )
            kind = str(entry.get("kind") or "other").replace("_", "-")
            queries.append(JudgedQuery(str(entry["q"]), relevant, kind))
        except (KeyError, TypeError, ValueError) as exc:
            raise AnfragenError(f'Anfragedatei {path}, Eintrag {number}: braucht "q" und "relevant" ({exc}).') from exc
    if not queries:
        raise AnfragenError(f"Anfragedatei {path} enthält keine Anfragen.")
    return queries


def _is_relevant(unit: Unit, relevant: Sequence[Unit]) -> bool:
    return any(r[0] == unit[0] and (r[1] is None or r[1] == unit[1]) for r in relevant)


def precision_scores(found: Found, relevant: Sequence[Unit], cutoff: int = CUTOFF) -> tuple[float, int]:
    """(precision@``cutoff`` over the full matches in ranked order, false full matches)."""
    shown = [unit for unit in found.ranked if unit in found.full][:cutoff]
    precision = sum(_is_relevant(u, relevant) for u in shown) / len(shown) if shown else float(not relevant)
    return precision, sum(not _is_relevant(u, relevant) for u in found.full)


def score(ranked: Sequence[Unit], relevant: Sequence[Unit], cutoff: int = CUTOFF) -> Scores:
    """Recall-side metrics for one ranked list; a relevant unit counts once, at its first matching rank."""
    found: dict[Unit, int] = {}
    first_rank = None
    for rank, (doc, question) in enumerate(ranked[:cutoff], start=1):
        matched = [r for r in relevant if r[0] == doc and (r[1] is None or r[1] == question)]
        if matched and first_rank is None:
            first_rank = rank
        for unit in matched:
            found.setdefault(unit, rank)
    dcg = sum(1 / math.log2(rank + 1) for rank in found.values())
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), cutoff) + 1))
    return Scores(
        recall=len(found) / len(relevant) if relevant else 0.0,
        recall_capped=len(found) / min(len(relevant), cutoff) if relevant else 0.0,
        rr=1 / first_rank if first_rank else 0.0,
        ndcg=dcg / ideal if ideal else 0.0,
        success=1.0 if first_rank == 1 else 0.0,
        judged=bool(relevant),
    )


def _mean(values: list[Scores]) -> dict[str, Any]:
    """Averages per group; the recall side only over queries with relevant answers (a query that
    rightly has none has no recall), None when a group has none."""
    n = len(values)
    judged = [v for v in values if v.judged]

    def mean(metric: str) -> float | None:
        return sum(getattr(v, metric) for v in judged) / len(judged) if judged else None

    return {
        "queries": n,
        "judged": len(judged),
        "recall@10": mean("recall"),
        "recall_capped@10": mean("recall_capped"),
        "mrr": mean("rr"),
        "ndcg@10": mean("ndcg"),
        "success@1": mean("success"),
        "precision@10": sum(v.precision for v in values) / n,
        "false_full": sum(v.false_full for v in values),
        "queries_with_false_full": sum(v.false_full > 0 for v in values),
    }


def load_corpus(corpus_dirs: Sequence[Path]) -> tuple[list[Document], list[tuple[str, str]]]:
    """Parse every file of the corpus directories; documents that fail are reported, not fatal."""
    documents, failed = [], []
    for corpus_dir in corpus_dirs:
        for path in corpus_files(corpus_dir):
            try:
                documents.append(load_document(path))
            except AnfragenError as exc:
                failed.append((path.name, str(exc)))
    return documents, failed


def run_system(name: str, search: Callable[[str], Found], queries: Iterable[JudgedQuery]) -> SystemRun:
    run = SystemRun(name)
    for query in queries:
        try:
            found = search(query.q)
        except AnfragenError:
            found = Found([], frozenset())
        scores = score(found.ranked, query.relevant)
        scores.precision, scores.false_full = precision_scores(found, query.relevant)
        run.per_query.append((query, found.ranked, scores))
    return run


def engine_search(index_dir: Path) -> Callable[[str], Found]:
    """Our first page (full matches, then the relaxed tier) and every full match, as exports list them."""
    engine = Engine(index_dir, time_limit=None)

    def search(q: str) -> Found:
        ranked = [(h.doc_id, h.question) for h in engine.search(q, per_page=CUTOFF).hits]
        return Found(ranked, frozenset((h.doc_id, h.question) for h in engine.iter_hits(q)))

    return search


def _unit(key: str) -> Unit:
    doc, _, question = key.partition("#")
    return doc, (int(question) or None) if question else None


def _found(keys: Iterable[str], cutoff: int = CUTOFF) -> Found:
    """A baseline's rows (best first) as answers: the first ``cutoff`` ranked, all of them full matches."""
    ranked: list[Unit] = []
    for key in keys:
        unit = _unit(key)
        if unit not in ranked:
            ranked.append(unit)
    return Found(ranked[:cutoff], frozenset(ranked))


def whoosh_search(baseline: PlainWhooshSearcher) -> Callable[[str], Found]:
    """Plain Whoosh ranks the query as typed: Whoosh's own syntax is close to ours."""
    return lambda q: _found(baseline.ranked_keys(q, None))


def fts5_search(baseline: Fts5Searcher) -> Callable[[str], Found]:
    """FTS5 ranks the query's words ANDed (:func:`fts5_expression`); a query without words finds nothing."""

    def search(q: str) -> Found:
        expression = fts5_expression(q)
        return _found(baseline.ranked_keys(expression, -1)) if expression else Found([], frozenset())

    return search


@dataclass
class Evaluation:
    runs: list[SystemRun]
    documents: int
    failed: list[tuple[str, str]]
    index_dir: Path

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "failed": [{"file": name, "error": error} for name, error in self.failed],
            "systems": {run.name: run.summary() for run in self.runs},
            "queries": [
                {
                    "q": query.q,
                    "kind": query.kind,
                    **{
                        run.name: {
                            "ranked": [list(u) for u in run.per_query[i][1]],
                            "recall@10": run.per_query[i][2].recall,
                            "rr": run.per_query[i][2].rr,
                            "precision@10": run.per_query[i][2].precision,
                            "false_full": run.per_query[i][2].false_full,
                        }
                        for run in self.runs
                    },
                }
                for i, (query, _r, _s) in enumerate(self.runs[0].per_query)
            ],
        }


def evaluate(queries: Sequence[JudgedQuery], corpus_dirs: Sequence[Path], index_dir: Path | None = None) -> Evaluation:
    """Build (or reuse) our index and both baselines over the corpus directories and score every query."""
    documents, failed = load_corpus(corpus_dirs)
    if not documents:
        raise AnfragenError(f"Im Korpus {', '.join(map(str, corpus_dirs))} ließ sich kein Dokument lesen.")
    with tempfile.TemporaryDirectory(prefix="anfragen-eval-") as scratch:
        scratch_path = Path(scratch)
        if index_dir is None:
            index_dir = scratch_path / "index"
        store = IndexStore(index_dir)
        if not store.exists():
            store.build(documents)
        plain_build(scratch_path / "whoosh", answer_rows(documents))
        fts5_build(scratch_path / "fts5.sqlite", answer_rows(documents))
        whoosh = PlainWhooshSearcher(scratch_path / "whoosh")
        fts5 = Fts5Searcher(scratch_path / "fts5.sqlite")
        runs = [
            run_system("anfragen", engine_search(index_dir), queries),
            run_system("whoosh", whoosh_search(whoosh), queries),
            run_system("fts5", fts5_search(fts5), queries),
        ]
        whoosh.close()
        fts5.close()
    return Evaluation(runs, len(documents), failed, index_dir)


def language_schema() -> Schema:
    """Our schema with Whoosh's ``LanguageAnalyzer('de')`` on the text fields: the build-cost baseline."""
    schema = build_schema()
    for name in TEXT_FIELDS:
        schema.remove(name)
        schema.add(name, TEXT(analyzer=LanguageAnalyzer("de"), phrase=True))
    return schema


def build_time_ratio(documents: Sequence[Document], repeat: int = 3) -> dict[str, float]:
    """Best-of-``repeat`` full build time with our analyzer vs ``LanguageAnalyzer('de')``, same records."""

    def timed(schema_factory: Callable[[], Schema]) -> float:
        best = math.inf
        for _ in range(repeat):
            with tempfile.TemporaryDirectory(prefix="anfragen-bench-") as scratch:
                default_splitter().split.cache_clear()  # each build splits its words afresh
                started = time.perf_counter()
                index = whoosh_index.create_in(scratch, schema_factory())
                writer = index.writer(limitmb=256)
                for document in documents:
                    for record in records(document):
                        writer.add_document(**record)
                writer.commit(optimize=True)
                best = min(best, time.perf_counter() - started)
        return best

    baseline = timed(language_schema)
    ours = timed(build_schema)
    return {"anfragen_s": ours, "language_analyzer_s": baseline, "ratio": ours / baseline}


__all__ = [
    "Evaluation",
    "Found",
    "JudgedQuery",
    "Scores",
    "build_time_ratio",
    "evaluate",
    "load_corpus",
    "load_queries",
    "precision_scores",
    "score",
]
