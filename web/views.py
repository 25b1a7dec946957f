"""HTML pages: the search page (filters, facets, sort), the document page and similar answers."""

from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

from flask import Blueprint, current_app, redirect, render_template, request, url_for

from indexer import QueryError
from indexer.ingest.ocr import REVIEW
from indexer.model import Document, question_anchor
from indexer.output.citation import FORMATS, Citation, meta_tags
from indexer.search.engine import Overview
from indexer.search.plan import DocumentMarks
from indexer.search.results import ResultPage

from .cited import cited_links
from .downloads import linked_originals, stored_originals
from .searcher import document_or_404, engine, held_parliaments, question_or_404
from .state import FACET_LABELS, SORT_LABELS, SORT_PHRASES, SearchState, permalink
from .timeline import timeline
from .urls import DOCUMENT_ROUTE, HITS_PARAM, answer_url, with_hits

bp = Blueprint("views", __name__)

# Searches a newcomer can click on the home page: (query, what it shows), those this archive finds answers for.
EXAMPLE_SEARCHES = (
    ("Kosten", "ein Wort, alle Formen: Kosten, Kostenübernahme …"),
    ('"Kosten der Unterkunft"', "eine Wortfolge"),
    ("Schule ODER Kita", "eines von beiden"),
)
# The words of the examples with a filter, the first one the archive holds: the filter's value is taken from the
# answers it finds, for a fixed „Schule partei:CDU“ was an error on an archive of the Bundestag (where the CDU asks no
# Kleine Anfrage) and „Polizei datum:2025..2026“ found nothing in one of 2019.
PARTY_WORDS = ("Schule", "Kosten")
PERIOD_WORDS = ("Polizei", "Kosten")


@bp.get("/")
def search():
    # a bad parameter (``page=abc``, ``von=2020-13-01``) is said, the user's words stay in the search box
    results, message, state, notice = None, None, SearchState(query=request.args.get("q", "").strip()), None
    try:
        state = SearchState.from_request()
        if state.active:
            state, results, notice = state.search_page(relevance_count=True)  # the line above the hits says it
    except QueryError as exc:
        message = str(exc)
    page = render_template(
        "search.html",
        state=state,
        query=state.query,
        results=results,
        message=message,
        notice=notice,
        relevance_adds=state.relevance_adds(results) if results is not None else 0,
        sort_labels=SORT_LABELS,
        sort_phrases=SORT_PHRASES,
        facet_labels=FACET_LABELS,
        timeline=timeline(state, results.facets) if results is not None else None,
        overview=engine().overview() if not state.active and message is None else None,
        archive_years=_archive_years() if results is not None and not (results.total or results.partial) else None,
        examples=example_searches() if not state.active and message is None else (),
        syntax=syntax_examples(),
    )
    # a search it cannot run is said on the page with the status the API, the exports and the feed give it: a link
    # checker or a script reading the page sees the bad parameter, not a page of results
    return page, 400 if message is not None else 200


# The filters of the search form's „Suchsyntax“, each with a value of the shipped archive: one of another archive
# takes its place, for „partei:SPD“ was an error on an archive of the Bundestag („Keine Partei „SPD“ im Archiv“).
SYNTAX_EXAMPLES = {"ministerium": "Arbeit", "partei": "SPD", "fragesteller": "Holsten", "drucksache": "17/6448"}
SYNTAX_YEAR = {"jahr": "2019", "halbjahr": "2019-01..2019-06"}


_SYNTAX_MADE = "anfragen.syntax"  # app extension: (the overview they were made for, the examples)


def syntax_examples() -> dict[str, str]:
    """The „Suchsyntax“ filters with values this archive holds — the shipped ones where it holds them, else its most
    frequent ministry, party and asker (a word of a name is enough: its last), its newest Drucksache — and a year and
    half year it has answers of.  Made once per state of the index (its overview is made anew after each change): every
    search page shows them, and a value the archive lacks is an error, which no result cache keeps."""
    overview = engine().overview()
    made = current_app.extensions.get(_SYNTAX_MADE)
    if made is not None and made[0] is overview:
        return made[1]
    examples = _syntax_examples(overview)
    current_app.extensions[_SYNTAX_MADE] = (overview, examples)
    return examples


def _syntax_examples(overview: Overview) -> dict[str, str]:
    examples = {**SYNTAX_EXAMPLES, **SYNTAX_YEAR}
    for name, shipped in SYNTAX_EXAMPLES.items():
        values = [str(v) for v, _count in overview.facets.get(name, []) if v != "fraktionslos"]
        if name == "drucksache":
            values = [document.drucksache for document in overview.newest if document.drucksache]
        if _finds(f"{name}:{shipped}"):
            continue
        # „Fraktion der AfD“ asks most, but its last word names no asker
        for value in [value for value in values if "Fraktion" not in value][:3]:
            own = value.split()[-1] if name in ("ministerium", "fragesteller") else value
            own = f'"{own}"' if " " in own else own
            if _finds(f"{name}:{own}"):
                examples[name] = own
                break
    years = [year for year, _count in overview.facets.get("jahr", [])]
    if years and 2019 not in years:  # the half year of the newest answer, its year
        newest = next((document.date for document in overview.newest if document.date), None)
        year, first = (newest.year, 1 if newest.month <= 6 else 7) if newest else (max(years), 1)
        examples.update(jahr=str(year), halbjahr=f"{year}-{first:02d}..{year}-{first + 5:02d}")
    return examples


def _finds(query: str) -> bool:
    """Does ``query`` list answers in this archive (a filter value it lacks is an error, not an empty list)?"""
    try:
        return bool(engine().search(query, per_page=1).total)
    except QueryError:
        return False


def example_searches() -> list[tuple[str, str]]:
    """The start page's example searches that find answers in this archive, with a party and a period it holds."""
    examples = [(query, what) for query, what in EXAMPLE_SEARCHES if _finds(query)]
    if found := _first_found(PARTY_WORDS):
        word, page = found
        party = next((value for value, _count in page.facets.get("partei", []) if value != "fraktionslos"), None)
        if party is not None:
            typed = f'"{party}"' if " " in party else party
            examples.append((f"{word} partei:{typed}", f"mit Filter: nur Anfragen der Partei {party}"))
    if found := _first_found(PERIOD_WORDS):
        word, page = found
        if years := [year for year, _count in page.facets.get("jahr", [])]:
            examples.append((f"{word} datum:{max(years) - 1}..{max(years)}", "in einem Zeitraum"))
    return examples


def _first_found(words: tuple[str, ...]) -> tuple[str, ResultPage] | None:
    """The first of ``words`` the archive has answers for, with its page of facets."""
    for word in words:
        page = engine().search(word, per_page=1, facets=True)
        if page.total:
            return word, page
    return None


def _archive_years() -> tuple[int, int] | None:
    """The first and last year the archive holds answers of, for a search in a period outside them."""
    years = [year for year, _count in engine().overview().facets.get("jahr", [])]
    return (min(years), max(years)) if years else None


@bp.get(DOCUMENT_ROUTE)
def document(doc_id: str):
    found = document_or_404(doc_id)
    if request.args.get("frage"):
        # ``?frage=N``, as every other address of one answer says it (its citation file, its similar answers, the
        # API): the page at that answer, its other parameters kept; a question it lacks or no number is said
        number = question_or_404(found)
        kept = urlencode([(name, value) for name, value in request.args.items(multi=True) if name != "frage"])
        path, _, anchor = answer_url(found.id, number).partition("#")
        return redirect(path + (f"?{kept}" if kept else "") + (f"#{anchor}" if anchor else ""))
    came_from = _search_page()
    query = request.args.get("q", "").strip() or parse_qs(came_from.partition("?")[2]).get("q", [""])[0].strip()
    marks = engine().document_marks(query, found) if query else DocumentMarks()
    page_url = permalink(doc_id)
    citations = {q.number: Citation(found, q.number, permalink(doc_id, q.number)) for q in found.questions}
    held = set(held_parliaments())  # a cited link's filter
    return render_template(
        "document.html",
        doc=found,
        query=query,
        # „siehe Drs. 21/8963“: a link; an answer's words (with its question's) marked as the search met that answer
        hl=lambda text, question=None: cited_links(text, marks.of(question), found, held),
        # back to the very page of hits the reader came from (its page, sort and filters), else to the query's
        back=came_from or (url_for("views.search", q=query) if query else url_for("views.search")),
        from_hits=bool(came_from or query),
        hits_query=came_from.partition("?")[2] or None,
        citation=Citation(found, None, page_url),
        citations=citations,
        formats=FORMATS,
        meta_tags=meta_tags(found, page_url),
        similar=engine().similar(doc_id, limit=5),
        originals=linked_originals(found, stored_originals(found.id)),
        recognised=_recognised(found),
        printed_elsewhere=_printed_elsewhere(found),
        printed_anchors=_printed_anchors(found),
    )


def _printed_anchors(document: Document) -> dict[int, list[str]]:
    """The anchors of each question by the number printed on it (``frage-2a``, ``frage-2.1``, ``frage-b``) where that
    is not its counted one and no other element's id: a link by the printed number (``#frage-2a``) then jumps to it
    without JavaScript too.  A printed letter also in capitals (``frage-2A``, ``frage-B``), as people type it: the
    browser finds an anchor only as its id is spelt, and ids differ in case, so none stands twice.  A printed „3“ on
    the fifth question gets none: ``#frage-3`` is the third's, as every link given out counts them; a number printed
    twice, only its first question."""
    taken = {question_anchor(q.number) for q in document.questions} | {"frage-fehlt"}
    anchors: dict[int, list[str]] = {}
    for q in document.questions:
        printed = question_anchor(q.number).replace(str(q.number), q.printed_number, 1)
        for anchor in dict.fromkeys((printed, printed.removesuffix(q.printed_number) + q.printed_number.upper())):
            if anchor not in taken and not any(c.isspace() for c in anchor):
                anchors.setdefault(q.number, []).append(anchor)
                taken.add(anchor)
    return anchors


def _printed_elsewhere(document: Document) -> list[tuple[int, int]]:
    """(position, number of the question printed as that position) where a link's number (``#frage-3``, ``?frage=3``:
    the third question, as every link given out counts them) is printed on another question: Berlin's
    1, 2, 2a, 2b, 3 prints „3“ on the fifth, and its third is „2a“."""
    return [
        (q.number, printed.number)
        for printed in document.questions
        if printed.printed_number.isdigit()
        and (position := int(printed.printed_number)) != printed.number
        and (q := document.question(position)) is not None
        and q.printed_number != str(position)
    ]


@bp.get("/dokument/<int:period>/<int:number>")
@bp.get("/dokument/<land>/<int:period>/<int:number>")
def typed_drucksache(period: int, number: int, land: str | None = None):
    """A Drucksache typed after ``/dokument/`` as staff write it, with its slash (``/dokument/17/6448``,
    ``/dokument/nw/17/6448``, a pasted ``17%2F6448``): the address of the Drucksache typed as an id
    (``/dokument/17-6448``), which opens its document where the archive holds one, else says what an id is and
    offers the Drucksache's search — not „Diese Seite gibt es nicht.“"""
    typed = f"{land.strip()}-{period}-{number}" if land and land.strip() else f"{period}-{number}"
    query = request.query_string.decode("latin-1")
    address = url_for("views.document", doc_id=typed)
    return redirect(address + (f"?{query}" if query else ""), 301)


def _recognised(document: Document) -> str | None:
    """How the text of a scanned document was read (``1 Seite, 160 Wörter, mittlere Wortsicherheit 94 %``), from
    the note its check gave; None for a text that was not read by OCR.  Readers quoting it should know."""
    note = next((warning for warning in document.warnings if warning.startswith(REVIEW)), None)
    return note[len(REVIEW) :].lstrip(": ").split(" (Tesseract)")[0] if note else None


@bp.get(f"{DOCUMENT_ROUTE}/aehnlich")
def similar(doc_id: str):
    found = document_or_404(doc_id)
    question = question_or_404(found)
    hits = engine().similar(doc_id, question, limit=10)
    hits_query = request.args.get(HITS_PARAM, "").strip() or None  # the result page the document was opened from
    back = with_hits(answer_url(doc_id, question), hits_query)
    return render_template("similar.html", doc=found, question=question, hits=hits, back=back, hits_query=hits_query)


def _search_page() -> str:
    """The address (path and query) of our own result page the reader came from, so plain answer links
    (``/dokument/<id>#frage-4``) still open with the search terms highlighted, and lead back to that page — its page
    number, sort and filters too; empty if the reader came from elsewhere or from the start page.  Back from the
    page of similar answers, whose link to the document carries that result page's query as ``treffer``, the same."""
    if carried := request.args.get(HITS_PARAM, "").strip():
        return f"{url_for('views.search')}?{carried}"
    referrer = request.referrer
    if not referrer:
        return ""
    parts = urlsplit(referrer)
    if parts.netloc != request.host or parts.path != url_for("views.search") or not parts.query:
        return ""
    return f"{parts.path}?{parts.query}"
