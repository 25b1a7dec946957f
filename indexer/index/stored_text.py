"""A record's text read straight from its document's stored JSON.

Checks that read the text of many records (a compound spelled out, numbers as written) touch
hundreds of documents in one search; building each whole :class:`~indexer.model.Document` to
take one paragraph from it was half the cost of reading it.  :func:`stored_text` splits only the
part the record comes from, giving exactly what :func:`~indexer.index.schema.record_text` gives
for the document built from the same JSON (the records are numbered as
:func:`~indexer.index.schema.paragraphs` numbers them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from indexer.index.schema import ANNEX, ANSWER, PREAMBLE, QUESTION, TITLE
from indexer.model import split_stored


def stored_text(data: Mapping[str, Any], fields: Mapping[str, Any]) -> str:
    """The text of the record with the stored ``fields``, from its document's JSON ``data``
    (see :func:`~indexer.index.schema.unpack_json`); "" when the document has no such paragraph."""
    if "body" in fields:
        return fields["body"]
    kind, question, para = fields["kind"], fields.get("question"), fields.get("para") or 0
    if question is not None:
        return _question_text(data, kind, question, para)
    if kind == TITLE:
        return (data.get("title") or data["id"]) if para == 0 else ""
    preamble = split_stored(data.get("preamble")) + split_stored(data.get("government_preamble"))
    if kind == PREAMBLE:
        return preamble[para - 1] if 1 <= para <= len(preamble) else ""
    if kind != ANNEX:
        return ""
    annexes, footnotes = data.get("annexes", ()), data.get("footnotes", ())
    index = para - len(preamble) - 1
    if 0 <= index < len(annexes):
        return "\n".join((annexes[index]["label"], *annexes[index].get("rows", ())))
    if index == len(annexes) and footnotes:
        return "\n".join(note["text"] for note in footnotes)
    return ""


def _question_text(data: Mapping[str, Any], kind: str, question: int, para: int) -> str:
    """A question's text (paragraph 0) or a paragraph of its answer; of the first question so
    numbered that has it, as the records are searched in order."""
    for asked in data.get("questions", ()):
        if asked["number"] != question:
            continue
        if kind == QUESTION and para == 0:
            return asked["text"]
        if kind == ANSWER and para >= 1:
            answer = split_stored(asked.get("answer"))
            if para <= len(answer):
                return answer[para - 1]
    return ""
