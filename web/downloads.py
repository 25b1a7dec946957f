"""Files that leave the site: exports of all hits, the Atom feed per search, citations, OpenSearch, and the
original a document was added as (its PDF or text file in the corpus).

Bad parameters answer 400 with a German message — as JSON for ``export.json``, as plain text for the CSV exports
and the feed, on the usual error page for the subscription page (see :mod:`web.errors`); nothing here changes any
state.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlencode

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    redirect,
    render_template,
    request,
    send_file,
    stream_with_context,
    url_for,
)
from werkzeug.exceptions import HTTPException

from indexer import QueryError
from indexer.copied_ids import LINKED_QUESTION
from indexer.ingest.extract import text_charset
from indexer.ingest.load import document_files, source_files
from indexer.model import Document
from indexer.output.citation import FORMATS, Citation, citation_format, is_pdf
from indexer.output.exports import FEED_ENTRIES, MAX_EXPORT, atom_feed, csv_chunks, json_chunks
from indexer.search.plan import listed_sort, words_and_filters
from indexer.search.ranking import NEWEST
from indexer.search.results import Hit

from .searcher import document_or_404, engine, question_or_404
from .state import SearchState, base_url, permalink
from .urls import DOCUMENT_ROUTE

bp = Blueprint("downloads", __name__)


def _state() -> SearchState:
    try:
        state = SearchState.from_request()
    except QueryError as exc:
        abort(400, str(exc))
    if not state.active:
        abort(400, "Bitte einen Suchbegriff oder einen Filter angeben.")
    return state


def _all_hits(state: SearchState, sort: str | None = None, limit: int = MAX_EXPORT):
    try:
        return engine().iter_hits(state.query, filters=state.filters, sort=sort or state.sort, limit=limit)
    except QueryError as exc:
        abort(400, str(exc))


@bp.get("/export.csv")
def export_csv():
    state = _state()
    hits = _all_hits(state)
    body = stream_with_context(csv_chunks(hits, base_url()))
    return Response(body, mimetype="text/csv", headers=_attachment("anfragen-treffer.csv"))


@bp.get("/export-excel.csv")
def export_excel():
    """The same CSV for German Excel: semicolons, decimal comma, dates as 04.06.2019, UTF-8 with BOM."""
    state = _state()
    hits = _all_hits(state)
    body = stream_with_context(csv_chunks(hits, base_url(), german_excel=True))
    return Response(body, mimetype="text/csv", headers=_attachment("anfragen-treffer-excel.csv"))


@bp.get("/abonnieren")
def subscribe():
    """How to follow a search: a feed reader or an e-mail-by-feed service, and the feed URL to copy."""
    state = _state()
    # a search the feed would refuse (``partei:XYZ``, an unclosed phrase) is said here, not offered as a feed address
    # that answers 400 in the reader
    _all_hits(state, sort=NEWEST, limit=1)
    return render_template(
        "abonnieren.html",
        state=state,
        described=state.described,
        feed_url=state.external_url("downloads.feed", page=1, sort=NEWEST),
    )


@bp.get("/export.json")
def export_json():
    state = _state()
    hits = _all_hits(state)
    words, applied = words_and_filters(state.query, state.filters)  # those typed in the query too, as /api/search says
    sort = listed_sort(words, applied, state.sort)  # filters alone list newest first
    header = {"query": state.query, "filters": applied.to_json(), "sort": sort, "url": state.external_url()}
    body = stream_with_context(json_chunks(hits, base_url(), header))
    return Response(body, mimetype="application/json", headers=_attachment("anfragen-treffer.json"))


@bp.get("/feed.atom")
def feed():
    """Newest matching answers first, whatever sort the page had: that is what a feed is for."""
    state = _state()
    hits = list(_all_hits(state, sort=NEWEST, limit=FEED_ENTRIES))
    xml = render_template(
        "atom.xml",
        feed=atom_feed(hits, base_url=base_url(), added=_added_to_archive),
        title=f"Anfragen: {state.described}",
        feed_url=state.external_url("downloads.feed", page=1),
        html_url=state.external_url(sort=NEWEST, page=1),
    )
    return Response(xml, mimetype="application/atom+xml")


def _added_to_archive(doc_id: str) -> dt.datetime | None:
    """When the archive last took in ``doc_id``'s files (added or replaced): the time an answer that prints no date
    has in the feed, the same at every poll.  None where a site serves an index without its corpus."""
    corpus = current_app.config.get("CORPUS_DIR")
    files = document_files(Path(corpus), doc_id) if corpus else []
    return dt.datetime.fromtimestamp(max(path.stat().st_mtime for path in files), dt.UTC) if files else None


@bp.get("/zitate.bib", endpoint="citations_bib", defaults={"fmt": "bib"})
@bp.get("/zitate.ris", endpoint="citations_ris", defaults={"fmt": "ris"})
@bp.get("/zitate.json", endpoint="citations_json", defaults={"fmt": "json"})
@bp.get("/zitate.<fmt>", endpoint="citations_named")  # as a citation file is asked for too: ``zitate.csl``, ``.BIB``
def citations(fmt: str):
    """Every hit's citation in one file for a reference manager (BibTeX, RIS, CSL-JSON), as the document page gives
    one answer's: a search's answers go into Zotero or a ``.bib`` at once, not one document page after another."""
    name = citation_format(fmt)
    if name is None:
        abort(404, _unknown_format(fmt))
    hits = _all_hits(_state())
    body = stream_with_context(_citation_chunks(hits, name))
    ext = FORMATS[name][1]
    return Response(body, mimetype=FORMATS[name][0].split(";")[0], headers=_attachment(f"anfragen-zitate.{ext}"))


def _unknown_format(asked: str) -> str:
    shown = asked if _SHORT_EXTENSION.fullmatch(asked) else asked[:20] + " …"
    return f"Unbekanntes Zitierformat „{shown}“ (erlaubt: {', '.join(ext for _, ext in FORMATS.values())})."


def _citation_chunks(hits: Iterable[Hit], name: str) -> Iterator[str]:
    """The citations of ``hits`` in format ``name``, one at a time: BibTeX entries and RIS records one after another,
    CSL-JSON as one list (an answer removed since the search is left out)."""
    cites = _cited_once(hits)
    if name != "csl-json":
        yield from (cite.render(name) + ("\n" if name == "bibtex" else "") for cite in cites)
        return
    yield "["
    for count, cite in enumerate(cites):
        yield ("," if count else "") + "\n" + json.dumps(cite.csl(), ensure_ascii=False, indent=2)
    yield "\n]\n"


def _cited_once(hits: Iterable[Hit]) -> Iterator[Citation]:
    """The citation of each hit's answer, a joint answer once, under the first of its questions (one key and link
    whichever of them a search finds first): the hits of questions 1, 2 and 3 of „Die Fragen 1 bis 3 werden gemeinsam
    beantwortet“ cite one text, „Antwort zu den Fragen 1 bis 3“, which three references would put into a reference
    manager three times."""
    cited: set[tuple[str, tuple[int, ...]]] = set()
    for hit in hits:
        document = engine().document(hit.doc_id)
        if document is None:
            continue
        answered = tuple(Citation(document, hit.question).answered)
        question = answered[0] if answered else hit.question
        if (document.id, answered) not in cited:
            cited.add((document.id, answered))
            yield Citation(document, question, permalink(document.id, question))


@bp.get(f"{DOCUMENT_ROUTE}/zitat.<fmt>")
def citation(doc_id: str, fmt: str):
    """The citation as a file; a missing document, question or format is said as a text (the German message
    the API gives), since a reference manager or ``curl`` shows what came, not an HTML page."""
    named, _, hashed = fmt.partition("#")
    linked = _HASHED_QUESTION.fullmatch(hashed)
    if linked and citation_format(named):
        # ``zitat.bib#frage-3`` as a mail program passes the link on (``zitat.bib%23frage-3``): that answer's citation.
        # A ``?frage=`` besides it names the question, as it does after a document's encoded „#“ and in the search box:
        # a parameter is what the server is asked, the fragment only where the browser scrolls to
        kept = [] if "frage" in request.args else [("frage", linked["asked"])]
        asked = urlencode([*request.args.items(multi=True), *kept])
        return redirect(f"{url_for('downloads.citation', doc_id=doc_id, fmt=named)}?{asked}", 301)
    name = citation_format(fmt)
    try:
        if name is None:
            abort(404, _unknown_format(fmt))
        found = document_or_404(doc_id)
        question = question_or_404(found)
    except HTTPException as error:
        if error.response is not None:  # the id as copied (``NI-19-11221``): redirected to the document's own
            return error.response
        return Response(f"{error.description}\n", status=error.code, mimetype="text/plain")
    cite = Citation(found, question, permalink(doc_id, question))
    return Response(
        cite.render(name),
        mimetype=FORMATS[name][0].split(";")[0],
        headers=_attachment(f"{cite.key}.{FORMATS[name][1]}"),
    )


_HASHED_QUESTION = re.compile(rf"frage-(?P<asked>{LINKED_QUESTION})", re.I)  # after „#“: ``frage-3``, ``frage-2a``
ORIGINAL_TYPES = {"pdf": "application/pdf", "txt": "text/plain"}  # werkzeug adds the charset of a text
_SHORT_EXTENSION = re.compile(r"\w{1,8}")  # what a 404 repeats of the extension asked for (a long one is not echoed)


def stored_originals(doc_id: str) -> dict[str, Path]:
    """Every file the archive keeps for ``doc_id`` as it was added, by kind (``pdf``, ``txt``; PDF first): a PDF
    and the text extracted from it are both kept, and both are the archive's.  Empty where a site serves an index
    without its corpus."""
    corpus = current_app.config.get("CORPUS_DIR")
    if not corpus:
        return {}
    kept = {path.suffix[1:].lower(): path for path in source_files(Path(corpus), doc_id)}
    return {kind: kept[kind] for kind in ORIGINAL_TYPES if kind in kept}


def linked_originals(document: Document, kinds: Iterable[str]) -> list[str]:
    """The stored originals the document page links: a PDF unless a metadata file names the official PDF, a text
    only where no metadata file names any source."""
    return [
        kind
        for kind in kinds
        if (kind == "pdf" and not is_pdf(document.source_url)) or (kind == "txt" and not document.source_url)
    ]


@bp.get(f"{DOCUMENT_ROUTE}/original.<ext>")
def original(doc_id: str, ext: str):
    """The PDF or text file a document was added as: the document page links it where no metadata file named a
    PDF, so an answer an archivist added on its own stays reachable as such."""
    found = document_or_404(doc_id)
    kept = stored_originals(found.id)
    path = kept.get(ext)
    if path is None:
        asked = f"Datei {found.id}.{ext}" if _SHORT_EXTENSION.fullmatch(ext) else "solche Datei"
        others = " und ".join(f"{found.id}.{kind}" for kind in kept)
        abort(404, f"Zu „{found.id}“ liegt im Archiv keine {asked}" + (f", sondern {others}." if others else "."))
    # absolute: Flask takes a relative path from the package's folder, not from where the site serves its corpus
    # (``corpus/`` of ``anfragen serve``), and every stored original was a 500
    response = send_file(path.absolute(), mimetype=ORIGINAL_TYPES[ext], download_name=path.name, conditional=True)
    if ext == "txt":  # a text added in Windows-1252 is kept so: served as UTF-8, „Thüringer“ read „Th�ringer“
        response.headers["Content-Type"] = f"text/plain; charset={text_charset(path.read_bytes()) or 'utf-8'}"
    return response


@bp.get("/opensearch.xml")
def opensearch():
    xml = render_template("opensearch.xml", root=base_url())
    return Response(xml, mimetype="application/opensearchdescription+xml")


@bp.get("/favicon.ico")
def favicon():
    """The site icon where a program asks for it by the old name (feed readers, bookmarks): the pages name it."""
    return redirect(url_for("static", filename="favicon.svg"), 301)


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}
