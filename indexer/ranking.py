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
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.searching import Searcher

from .query import CompiledQuery, Requirement

HEAD_SHARE = 0.3  # how much the document head's score lifts each of its answers


def _head(key: str) -> str:
    return key.partition("#")[0] + "#0"


def _is_head(key: str) -> bool:
    return key.endswith("#0")


def rank_answers(
    searcher: Searcher, compiled: CompiledQuery, restrict: wq.Query | None = None
) -> list[tuple[float, int, str]]:
    """Every matching answer as (score, docnum of its best record, answer key), best first.

    ``restrict`` (filters) limits the records that count, for matching as for scoring.
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
    if compiled.required:
        for key in set().union(*keys_of_query.values()):
            if all(met(key, requirement) for requirement in compiled.required):
                candidates.add(key)
    if compiled.numbers is not None:
        number_records = matching(compiled.numbers)
        records |= number_records
        candidates |= {key_of(d) for d in number_records}
    if compiled.exclude is not None:
        candidates -= {key_of(d) for d in searcher.docs_for_query(compiled.exclude)}
    if not candidates:
        return []
    heads = {_head(key) for key in candidates}
    scored_records = {d for d in records if key_of(d) in candidates or key_of(d) in heads}
    own: dict[str, tuple[float, int]] = {}
    head_best: dict[str, tuple[float, int]] = {}
    for hit in searcher.search(compiled.scoring, filter=scored_records, limit=None):
        key = key_of(hit.docnum)
        if key in candidates and (key not in own or hit.score > own[key][0]):
            own[key] = (hit.score, hit.docnum)
        if _is_head(key) and (key not in head_best or hit.score > head_best[key][0]):
            head_best[key] = (hit.score, hit.docnum)
    ranked: list[tuple[float, int, str]] = []
    for key in candidates:
        context = head_best.get(_head(key))
        best = own.get(key) or context
        if best is None:
            continue
        score = best[0] + (HEAD_SHARE * context[0] if context and not _is_head(key) and key in own else 0.0)
        ranked.append((score, best[1], key))
    ranked.sort(key=lambda answer: (-answer[0], answer[1]))
    return ranked
