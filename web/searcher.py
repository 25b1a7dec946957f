"""The app's one :class:`indexer.Engine`; it keeps a searcher per worker thread and
refreshes it when the index changed, so a rebuild or an added document shows up on the
next request without a restart."""

from __future__ import annotations

import re
from typing import NoReturn
from urllib.parse import urlencode

from flask import Flask, abort, current_app, redirect, request, url_for
from werkzeug.exceptions import NotFound

from indexer import Document, Engine
from indexer.copied_ids import TYPED_DRUCKSACHE, drucksache_ids, own_id
from indexer.ingest.text import ascii_int
from indexer.kinds import UNTERRICHTUNG, labels
from indexer.model import DOC_ID, PRINTED_PART
from indexer.output.citation import questions_held

from .urls import answer_url

EXTENSION = "anfragen.engine"


def init_app(app: Flask) -> None:
    """The engine links its hits with the app's one :func:`~web.urls.answer_url`, as templates do."""
    app.extensions[EXTENSION] = Engine(
        app.config["INDEX_DIR"],
        time_limit=app.config["SEARCH_TIME_LIMIT"],
        answer_url=answer_url,
        postings_cache_mb=app.config["POSTINGS_CACHE_MB"],
    )


def engine() -> Engine:
    return current_app.extensions[EXTENSION]


def document_or_404(doc_id: str) -> Document:
    """The indexed document, or a 404 that names the id; an id as people copy it (``NI-19-11221``, the file name
    ``ni-19-11221.pdf``, a space after it, ``ni_19_11221``, the number with leading zeros) is redirected to the
    document's own address, one answer's (``ni-19-11221%23frage-3``, ``ni-19-11221-frage-3``) to that answer's."""
    found = engine().document(doc_id) if DOC_ID.fullmatch(doc_id) else None
    if found is None:
        # one answer's link passed on with its „#“ percent-encoded (``ni-19-11221%23frage-3``), or named as its
        # citation is (``ni-19-11221-frage-3``: the BibTeX key, the CSL id, the downloaded file's name): that answer
        answer = _ANSWER_NAMED.fullmatch(doc_id.strip())
        own = own_id(answer["id"] if answer else doc_id)
        if own != doc_id and DOC_ID.fullmatch(own) and engine().document(own) is not None:
            query = request.query_string.decode("latin-1")
            if answer and "frage" not in request.args:
                query += ("&" if query else "") + urlencode({"frage": _answer_asked(answer)})
            address = url_for(str(request.endpoint), **{**(request.view_args or {}), "doc_id": own})
            abort(redirect(address + (f"?{query}" if query else ""), 301))
        if not DOC_ID.fullmatch(own) and (typed := TYPED_DRUCKSACHE.fullmatch(own)):
            _typed_drucksache(own, typed, answer)
        raise DocumentMissing(own if answer and DOC_ID.fullmatch(own) else doc_id)
    return found


def _typed_drucksache(typed_id: str, typed: re.Match[str], answer: re.Match[str] | None) -> NoReturn:
    """The document of a Drucksache typed as an id (the Land by its name, or not at all: staff know the Drucksache,
    not the archive's two letters), where one document of the archive is it; else a 404 that says what an id is and
    offers the Drucksache's search."""
    named = drucksache_ids(typed, held_parliaments())
    period, number = typed["period"], typed["number"]
    held = [doc_id for doc_id in named if engine().document(doc_id)]
    if len(held) == 1:
        query = urlencode([*request.args.items(multi=True), *([("frage", _answer_asked(answer))] if answer else [])])
        address = url_for(str(request.endpoint), **{**(request.view_args or {}), "doc_id": held[0]})
        abort(redirect(address + (f"?{query}" if query else ""), 302))
    examples = held or named[:1] or [f"{(held_parliaments() or ['nw'])[0]}-{period}-{number}"]
    raise NotAnId(typed_id, " oder ".join(examples), f"Drs. {period}/{number}")


def held_parliaments() -> list[str]:
    """The codes of the parliaments the archive holds answers of (``bb``, ``nw`` …), sorted."""
    return sorted(code for code, _ in engine().overview().facets.get("parlament", []))


class NotAnId(NotFound):
    """A Drucksache typed as a document's id that names no parliament (or one that does not know it)."""

    def __init__(self, typed: str, example: str, drucksache: str) -> None:
        super().__init__(
            f"„{typed}“ ist keine Kennung eines Dokuments: Sie nennt das Parlament, die Wahlperiode und die Nummer "
            f"der Drucksache, etwa {example}."
        )
        self.offer = drucksache


class DocumentMissing(NotFound):
    """No such document (any more): a bookmark of a removed answer.  Its page offers the search for the Drucksache
    its id names (``nw-17-7001`` → ``Drs. 17/7001``), which also shows the answers that cite it."""

    def __init__(self, doc_id: str) -> None:
        super().__init__(f"Das Dokument „{doc_id}“ ist nicht (mehr) im Archiv.")
        _, period, number = doc_id.split("-") if DOC_ID.fullmatch(doc_id) else ("", "", "")
        self.offer = f"Drs. {period}/{number}" if number else None


# One answer's address passed on with its „#“ encoded (``…%23frage-3``, ``…%23frage-2a`` as the page opens a printed
# number), or named as its citation (``…-frage-3``, which counts the questions)
_ANSWER_NAMED = re.compile(
    r"(?P<id>.+?)(?:#frage-(?P<printed>[0-9]{1,3}(?:[a-z]|\.[0-9]{1,2})|[a-z])|(?:#|-)frage-(?P<number>[0-9]{1,4}))",
    re.I,
)


def _answer_asked(answer: re.Match[str]) -> str:
    """The ``frage=`` of an answer's address passed on (see :data:`_ANSWER_NAMED`): its count or its printed number."""
    return answer["printed"] or str(int(answer["number"]))


def question_or_404(document: Document) -> int | None:
    """The question number in ``?frage=`` (None when absent; a printed number such as ``2a`` is its question); a
    400 if it is no number, a 404 if the document lacks it — named as the document names its parts (an
    Unterrichtung's „Nr. 4“)."""
    raw = request.args.get("frage", "")
    if raw == "":
        return None
    number = ascii_int(raw.strip())
    if number is None:  # a question as printed, with its letter: Berlin's „2a“ (which is ``frage=3``)
        number = next((q.number for q in document.questions if q.printed_number.lower() == raw.strip().lower()), None)
    if number is None and PRINTED_PART.fullmatch(raw.strip()):  # printed as no question of this document: „2c“
        raise QuestionMissing(document, raw.strip())
    if number is None:
        name = "Nummer" if document.kind == UNTERRICHTUNG else "Fragenummer"
        lettered = [q.printed_number for q in document.questions if not q.printed_number.isdigit()]
        example = f"2 oder {lettered[0]}" if lettered else "2"  # as this document prints them: „2 oder 2a“
        abort(400, f"Ungültige {name} „{raw}“ (frage=): erwartet wird eine Nummer wie {example}.")
    if document.question(number) is None:
        raise QuestionMissing(document, str(number))
    return number


class QuestionMissing(NotFound):
    """A link to a question the document does not have (any more): „Ähnliche Antworten zu Frage 7“ or the citation
    file of an answer a corrected version replaced with five questions.  Its page says which the document has and
    links it, as the document page says of ``#frage-7``, instead of leaving the reader at a dead end."""

    def __init__(self, document: Document, asked: str) -> None:
        kind = labels(document.kind)
        super().__init__(f"Das Dokument „{document.id}“ hat keine {kind.item} {asked}.")
        held = questions_held(document)
        self.held = f"Es hat nur die {held}: Der Link stammt wohl aus einer früheren Fassung." if held else None
        self.document = answer_url(document.id)
