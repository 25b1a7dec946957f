"""Which answers match, and in what order.

Records are paragraphs, but a researcher asks about answers: ``Unterrichtsversorgung
Oberschulen Uelzen`` should find the answers about teaching supply in a document whose
*title* names Uelzen, although no single paragraph holds all three words.  So each required
requirement of the query (see :class:`~indexer.query.Requirement`) must be met somewhere in the
answer — its question, one of its paragraphs — or in its document's head (title,
Vorbemerkungen), which speaks for every answer of the document.

An answer's score is its best paragraph's BM25F score (field boosts, phrase and proximity
bonus from the scoring query) plus a share of its document head's best score, so answers of
a document that is about the query rank above stray mentions elsewhere.

When the strict AND leaves fewer than a page of answers for a query of several words, the
answers that lack exactly one of them follow, each saying which word it lacks: officials
write ``Fahrbahnoberfläche`` where the researcher typed ``Fahrbahndecke``.  They always rank
below every full match; among them, answers of a document that has full matches come first.
"""

from __future__ import annotations

from typing import NamedTuple

from whoosh import query as wq
from whoosh.searching import Searcher

from .query import CompiledQuery, Requirement

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers


class RankedAnswer(NamedTuple):
    score: float
    docnum: int  # the answer's best record
    key: str  # the answer key (see schema.answer_key)
    missing: tuple[str, ...] = ()  # query words the answer lacks (relaxed matches only)


def _head(key: str) -> str:
    return key.partition("#")[0] + "#0"


def _is_head(key: str) -> bool:
    return key.endswith("#0")


def rank_answers(
    searcher: Searcher, compiled: CompiledQuery, restrict: wq.Query | None = None, relax_below: int = 0
) -> list[RankedAnswer]:
    """Every matching answer, best first.

    ``restrict`` (filters) limits the records that count, for matching as for scoring.  With
    fewer than ``relax_below`` full matches, answers lacking one of several words follow.
    """
    column = searcher.reader().column_reader("answer_key")
    known: dict[int, str] = {}

    def key_of(docnum: int) -> str:
        key = known.get(docnum)
        if key is None:
            value = column[docnum]
            key = known[docnum] = value.decode("utf-8") if isinstance(value, bytes) else value
        return key

    allowed = set(searcher.docs_for_query(restrict)) if restrict is not None else None

    def matching(query: wq.Query) -> set[int]:
        docs = set(searcher.docs_for_query(query))
        return docs & allowed if allowed is not None else docs

    keys_of_query: dict[int, set[str]] = {}
    records: set[int] = set()
    for requirement in compiled.required:
        for alternative in requirement.alternatives:
            for query in alternative:
                if id(query) not in keys_of_query:
                    docs = matching(query)
                    records |= docs
                    keys_of_query[id(query)] = {key_of(d) for d in docs}

    def met(key: str, requirement: Requirement) -> bool:
        head = _head(key)
        return any(
            all(key in keys_of_query[id(q)] or head in keys_of_query[id(q)] for q in alternative)
            for alternative in requirement.alternatives
        )

    candidates: set[str] = set()
    partial: dict[str, tuple[str, ...]] = {}
    matched_keys: set[str] = set().union(*keys_of_query.values()) if keys_of_query else set()
    if compiled.required:
        for key in matched_keys:
            if all(met(key, requirement) for requirement in compiled.required):
                candidates.add(key)
    if compiled.numbers is not None:
        number_records = matching(compiled.numbers)
        records |= number_records
        candidates |= {key_of(d) for d in number_records}
    if len(compiled.required) > 1 and len(candidates) < relax_below:
        for key in matched_keys - candidates:
            unmet = [r for r in compiled.required if not met(key, r)]
            if len(unmet) == 1 and unmet[0].relaxable:
                partial[key] = (unmet[0].label,)
    if compiled.exclude is not None:
        excluded = {key_of(d) for d in searcher.docs_for_query(compiled.exclude)}
        candidates -= excluded
        partial = {key: missing for key, missing in partial.items() if key not in excluded}
    if not candidates and not partial:
        return []
    scored_keys = candidates | set(partial)
    heads = {_head(key) for key in scored_keys}
    scored_records = {d for d in records if key_of(d) in scored_keys or key_of(d) in heads}
    own: dict[str, tuple[float, int]] = {}
    head_best: dict[str, tuple[float, int]] = {}
    for hit in searcher.search(compiled.scoring, filter=scored_records, limit=None):
        key = key_of(hit.docnum)
        if key in scored_keys and (key not in own or hit.score > own[key][0]):
            own[key] = (hit.score, hit.docnum)
        if _is_head(key) and (key not in head_best or hit.score > head_best[key][0]):
            head_best[key] = (hit.score, hit.docnum)

    def scored(key: str) -> tuple[float, int] | None:
        context = head_best.get(_head(key))
        best = own.get(key) or context
        if best is None:
            return None
        lift = HEAD_SHARE * context[0] if context and not _is_head(key) and key in own else 0.0
        return best[0] + lift, best[1]

    ranked = [RankedAnswer(*score, key) for key in candidates if (score := scored(key))]
    ranked.sort(key=lambda answer: (-answer.score, answer.docnum))
    documents_with_full_matches = {_head(key) for key in candidates}
    relaxed = [RankedAnswer(*score, key, partial[key]) for key in partial if (score := scored(key))]
    relaxed.sort(key=lambda a: (_head(a.key) not in documents_with_full_matches, -a.score, a.docnum))
    return ranked + relaxed
