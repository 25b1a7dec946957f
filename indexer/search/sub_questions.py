"""A cited sub-question as the cited document prints it.

Staff cite the parts of a question („Drs. 21/972 Frage 10 a“, „Frage 10 b)“): Berlin prints them as questions of
their own („10a“), but the Bundestag, Niedersachsen and Nordrhein-Westfalen print a), b) inside one question „10“.
Where the cited document prints no „10a“ but a „10“, the answer cited is that of Frage 10 — not the whole document
with „Frage 10a gibt es im zitierten Dokument nicht“.  Bayern's „1.1“ is a part of Frage 1 alike.
"""

from __future__ import annotations

import re
from dataclasses import replace

from whoosh.searching import Searcher

from indexer.index.schema import unpack
from indexer.search.query import CompiledQuery
from indexer.search.syntax import RANGE

_PART = re.compile(r"(?P<whole>\d+)(?:[a-z]|\.\d+)")


def as_printed(compiled: CompiledQuery, searcher: Searcher) -> CompiledQuery:
    """``compiled`` with each cited part of a question the cited documents do not print (``10a``) as the question
    they print it in (``10``); as it is when they print it, print neither, or the archive lacks them."""
    parts = [question for question in compiled.questions if RANGE not in question and _PART.fullmatch(question)]
    if not parts or compiled.named is None:
        return compiled
    printed = _printed(compiled, searcher)
    questions = tuple(dict.fromkeys(_in(question, printed) for question in compiled.questions))
    return compiled if questions == compiled.questions else replace(compiled, questions=questions)


def _printed(compiled: CompiledQuery, searcher: Searcher) -> set[str]:
    """The question numbers the cited documents print, lower case (``2``, ``2a``, ``1.1``)."""
    assert compiled.named is not None
    printed: set[str] = set()
    for record in compiled.named.docs(searcher):  # the heads of the cited documents, which store them whole
        meta = searcher.stored_fields(record).get("meta")
        if meta:
            printed.update(question.printed_number.lower() for question in unpack(meta).questions)
    return printed


def _in(question: str, printed: set[str]) -> str:
    """``question`` as printed, or the whole question it is part of when only that is printed."""
    part = _PART.fullmatch(question)
    if part is None or question in printed or part["whole"] not in printed:
        return question
    return part["whole"]
