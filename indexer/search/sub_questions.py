"""A cited sub-question as the cited document prints it.

Staff cite the parts of a question („Drs. 21/972 Frage 10 a“, „Frage 10 b)“): Berlin prints them as questions of
their own („10a“), but the Bundestag, Niedersachsen and Nordrhein-Westfalen print a), b) inside one question „10“.
Where the cited document prints no „10a“ but a „10“, the answer cited is that of Frage 10 — not the whole document
with „Frage 10a gibt es im zitierten Dokument nicht“.  Bayern's „1.1“ is a part of Frage 1 alike.  And „Frage 3
ff.“ cites Frage 3 and those after it, as far as the cited document goes.
"""

from __future__ import annotations

from dataclasses import replace

from whoosh.searching import Searcher

from indexer.index.schema import unpack
from indexer.model import PRINTED_PART
from indexer.search.requirements import CompiledQuery
from indexer.search.syntax import AS_LINKED, ONWARD, RANGE


def as_printed(compiled: CompiledQuery, searcher: Searcher) -> CompiledQuery:
    """``compiled`` with each cited part of a question the cited documents do not print (``10a``) as the question
    they print it in (``10``), as it is when they print it, print neither, or the archive lacks them; and a question
    cited with „ff.“ (``3``, ``3+``, see :data:`~indexer.search.syntax.ONWARD`) as the range to the document's last
    question (``3-5``), or the question alone."""
    cited = [question for question in compiled.questions if RANGE not in question]
    if not any(PRINTED_PART.fullmatch(question) or question.endswith((ONWARD, AS_LINKED)) for question in cited):
        return compiled
    documents = _printed(compiled, searcher) if compiled.named is not None else []
    printed = {number for numbers in documents for number in numbers}
    resolved: list[str] = []
    for question in compiled.questions:
        if not question.endswith(ONWARD):
            resolved.append(_in(question, printed))
            continue
        first = _in(question.removesuffix(ONWARD), printed)
        last = next((numbers[-1] for numbers in documents if first in numbers), first)
        if last != first and resolved and resolved[-1] == first:  # „Frage 3 ff.“: 3 to the last
            resolved[-1] = f"{first}{RANGE}{last}"
    questions = tuple(dict.fromkeys(resolved))
    return compiled if questions == compiled.questions else replace(compiled, questions=questions)


def _printed(compiled: CompiledQuery, searcher: Searcher) -> list[list[str]]:
    """The question numbers each cited document prints, in its order, lower case (``2``, ``2a``, ``1.1``)."""
    assert compiled.named is not None
    documents: list[list[str]] = []
    for record in compiled.named.docs(searcher):  # the heads of the cited documents, which store them whole
        meta = searcher.stored_fields(record).get("meta")
        if meta:
            documents.append([question.printed_number.lower() for question in unpack(meta).questions])
    return documents


def _in(question: str, printed: set[str]) -> str:
    """``question`` as printed, or the whole question it is part of when only that is printed (not where a pasted
    link names it, :data:`~indexer.search.syntax.AS_LINKED`: the document page says it lacks that part)."""
    if question.endswith(AS_LINKED):
        return question.removesuffix(AS_LINKED)
    part = PRINTED_PART.fullmatch(question)
    if part is None or question in printed or part["whole"] not in printed:
        return question
    return part["whole"]
