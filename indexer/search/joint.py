"""Questions answered together: ``Die Fragen 2 bis 4 werden zusammenhängend beantwortet.``

A joint answer answers each of its questions, so a question whose own words match makes the
others of its joint answer about those words too (the judges of our queries count every one).
Lending them each other's words at index time made them full matches and cost precision (a joint
answer to nine questions, see :mod:`indexer.index.follow_ups`); here they only follow a full match
(or a guessed abbreviation's answer) in the relaxed tier, saying which question they share the answer with.
"""

from __future__ import annotations

import numpy as np
from whoosh.searching import Searcher

from indexer.index.schema import answer_key, unpack
from indexer.kinds import labels
from indexer.search.answer_sets import Answers, Mask

JOINT_NOTE = "gemeinsam beantwortet mit "  # „… mit Frage 2“; an Unterrichtung's „… mit Nr. 2“
MAX_DOCUMENTS = 20  # documents read for one look-up: full matches span fewer (the relaxed tier runs below a page)


def joint_partners(searcher: Searcher, answers: Answers, listed: Mask, skip: Mask) -> dict[int, str]:
    """The answers (not in ``skip``) answered jointly with one of the answers in ``listed``, each with
    the number of that question as printed — none where ``listed`` spans more than :data:`MAX_DOCUMENTS`
    documents (each is read whole: a guess met all over the archive is followed no further)."""
    by_head: dict[int, list[int]] = {}
    for ordinal in np.flatnonzero(listed & ~answers.heads()).tolist():
        by_head.setdefault(answers.head(ordinal), []).append(ordinal)
    if len(by_head) > MAX_DOCUMENTS:
        return {}
    out: dict[int, str] = {}
    for head, ordinals in by_head.items():
        document = unpack(searcher.stored_fields(answers.title_record(head))["meta"])
        if not any(q.answered_with for q in document.questions):
            continue
        ordinal_of = {answers.key(o): o for o in range(head, int(answers.joined.doc_end[head]))}
        item = labels(document.kind).item
        for ordinal in ordinals:
            question = document.question(int(answers.key(ordinal).rpartition("#")[2]))
            if question is None:
                continue
            for number in question.answered_with:
                partner = ordinal_of.get(answer_key(document.id, number))
                if partner is not None and not skip[partner]:
                    out.setdefault(partner, f"{JOINT_NOTE}{item} {question.printed_number}")
    return out
