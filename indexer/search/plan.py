"""Planning one search: the user's text and filters as Whoosh queries, and the answers they select.

Field syntax in the text (``partei:SPD``, ``datum:2019``) is taken out and joined with the
filters; words are optional when a filter is given.  With words, answers are ranked (see
:mod:`indexer.search.ranking`); with filters only, every answer of the documents that pass
them is listed, newest first by default.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple

from whoosh import query as wq
from whoosh.analysis import Analyzer
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.analysis.analyzer import STOP_WORDS, as_head
from indexer.analysis.query_text import query_terms
from indexer.analysis.spelling import VOCABULARY_FIELD, suggest, written_as
from indexer.askers import is_address, is_asked_by, known_name, named_tokens
from indexer.copied_ids import TYPED_DRUCKSACHE, copied_id, drucksache_ids, own_id
from indexer.dates import parse_date, short_date
from indexer.errors import QueryError
from indexer.index.schema import ANSWER, TITLE, paragraphs, unpack
from indexer.kinds import ANSWER as ANSWER_KIND
from indexer.kinds import Labels, labels
from indexer.ministries import is_abbreviation
from indexer.model import Document
from indexer.parliaments import parliament_code, parliament_name
from indexer.parties import known_party
from indexer.search.answers import AnswerMaps
from indexer.search.filters import DateRange, Filters, extract_filters, month_of_year, parse_date_range, to_query
from indexer.search.highlight import index_tokens
from indexer.search.parliament_names import NAMED_PARLIAMENT
from indexer.search.query import QueryCompiler
from indexer.search.question_words import EXISTENTIAL
from indexer.search.ranking import CITING, NEWEST, NUMBER, OLDEST, RELEVANCE, list_answers, rank_answers
from indexer.search.requirements import CompiledQuery
from indexer.search.results import Hit, page_marks
from indexer.search.syntax import (
    AS_LINKED,
    DRUCKSACHE_WORD,
    ID_READING,
    MAX_EDITS,
    RANGE,
    cited_parliament,
    cites_bundestag,
    extract_numbers,
    joined_fields,
    plain_quotes,
    query_operator,
    site_links,
)
from indexer.words import counted, listed

SORTS = (RELEVANCE, NEWEST, OLDEST)
SCORING_RESERVE = 4  # however long matching took, scoring gets at least this part of the limit
RELAX_BELOW = 10  # fewer full matches than a page: answers lacking one word follow (see ranking)


class Entry(NamedTuple):
    """One selected answer: score, its best record's stored fields, what it lacks (relaxed tier
    only), and per query word how it matched (see :mod:`indexer.search.explain`)."""

    score: float
    fields: dict[str, Any]
    missing: tuple[str, ...] = ()
    how: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    filter: wq.Query | None
    highlight_terms: frozenset[str]
    filters: Filters
    sort: str
    words: str
    compiled: CompiledQuery | None = None  # None: only filters, no words
    typed: str = ""  # the query as typed: its filters and a citation's parliament in it too


@dataclass(frozen=True)
class Selection:
    """The answers of a plan in result order (at least as many as wanted)."""

    entries: list[Entry]
    total: int  # full matches
    representatives: list[int]  # one record of each full match (for facet counts)
    partial: int = 0  # relaxed matches (not meeting every word themselves), after the full ones
    incomplete: bool = False  # the deadline cut the ranking short
    citing_only: bool = False  # a cited document the archive lacks: the answers found by its number cite it
    relevance: int = 0  # sorted by date: the ``partial`` of the same search's first page sorted by relevance


def plan(reader: IndexReader, analyzer: Analyzer, text: str, filters: Filters | None, sort: str) -> Plan:
    """The Whoosh queries for one search: words, filters, exclusions and sort order;
    raises QueryError for an unknown sort or an unusable query."""
    if sort not in SORTS:
        raise QueryError(f"Unbekannte Sortierung „{sort}“ (erlaubt: {', '.join(SORTS)}).")
    words, combined = words_and_filters(text, filters, reader)
    filter_query = to_query(combined, reader)
    if words or not combined:
        compiled = QueryCompiler(reader, analyzer).compile(words)
        return Plan(filter_query, compiled.highlight_terms, combined, sort, words, compiled, text)
    return Plan(filter_query, frozenset(), combined, listed_sort(words, combined, sort), words, typed=text)


def listed_sort(words: str, filters: Filters, sort: str) -> str:
    """The order a search lists its answers in: only filters (no words to rank by) list every answer of the
    documents that pass them, newest first unless a date order was asked for — what the page, its sort field and
    the exports name, not the „relevanz“ nothing was ranked by."""
    return NEWEST if sort == RELEVANCE and not words and filters else sort


def words_and_filters(text: str, filters: Filters | None, reader: IndexReader | None = None) -> tuple[str, Filters]:
    """The words of ``text`` and every filter the search applies: ``filters`` (from the URL) with those typed in
    ``text`` (``partei:CDU``, ``datum:2026-07``); raises QueryError for a filter value that is no value and for a typed
    period with no day in the URL's (the page listed „0 Antworten“ for a period nobody typed).  A PDF's name
    typed alone (``19-11221``) is a citation where ``reader`` holds its Wahlperiode (without a reader: any).  The
    parliament a citation names („LT NRW Drs. 19/4800“) filters where no other is set: that parliament's document,
    not another's of the same number."""
    words, typed = extract_filters(plain_quotes(_site_links(text, reader)))
    given = filters or Filters()
    combined = given.merge(typed)
    period = combined.datum
    if typed.datum != DateRange() and period.start and period.end and period.start > period.end:  # none in both
        raise QueryError(
            f"Der Zeitraum ist leer: Das Datum im Suchfeld ({typed.datum.label()}) liegt außerhalb von „von“/„bis“ "
            f"({given.datum.label()})."
        )
    if not combined.parlament and (named := cited_parliament(words)):
        code, typed_name, words = named
        if reader is not None and code not in reader.field_terms("parlament"):  # say how to find the number
            raise QueryError(
                f"„{typed_name}“: Das Archiv hat keine Drucksachen dieses Parlaments ({parliament_name(code)}). "
                f"Ohne den Namen suchen: „{words}“."
            )
        combined = combined.merge(Filters(parlament=(code,), typed=((code, typed_name),)))
    return words, combined


def _site_links(text: str, reader: IndexReader | None) -> str:
    """:func:`~indexer.search.syntax.site_links`, a PDF's name typed alone read as a citation only of a Wahlperiode
    ``reader`` holds (looked up only for such a name)."""
    if reader is None:
        return site_links(text)
    return site_links(
        text,
        lambda period: period in _periods(reader),
        lambda doc_id, n: _printed(reader, doc_id, n),
        lambda typed: _named(reader, typed),
    )


def _named(reader: IndexReader, typed: str) -> str | None:
    """The document an id typed after ``/dokument/`` names, as the document page opens it: an id as copied
    (``BE_17_012186``), or a Drucksache by its Land's name or none (``Berlin-17-12186``, ``17-12186``) where the
    archive holds one answer of it; None for none (the page says „… ist keine Kennung eines Dokuments“)."""
    if (own := copied_id(typed)) is not None:
        return own
    drucksache = TYPED_DRUCKSACHE.fullmatch(own_id(typed))
    if drucksache is None:
        return None
    held = [
        doc_id
        for doc_id in drucksache_ids(drucksache, sorted(reader.field_terms("parlament")))
        if ("doc_id", doc_id) in reader
    ]
    return held[0] if len(held) == 1 else None


def _printed(reader: IndexReader, doc_id: str, asked: str) -> str:
    """The question of ``doc_id`` a link asks for, as the document prints it.  A link's ``#frage-3`` counts them: in
    Berlin's be-17-12186 (1, 2, 2a, 2b, 3 …) the third is Frage 2a — the pasted permalink found Frage 3.  A link's
    ``#frage-2a`` names it as printed, in any case; one the document does not print (``2c``) stays that part, marked
    :data:`~indexer.search.syntax.AS_LINKED` („Frage 2c gibt es im zitierten Dokument nicht“, as the page says), not
    its Frage 2.  Empty where the document prints a letter alone („a“, be-18-11151), which no citation of a question
    reads: the document then."""
    if ("doc_id", doc_id) in reader:
        for docnum in reader.postings("doc_id", doc_id).all_ids():
            stored = reader.stored_fields(docnum)
            if stored.get("kind") == TITLE:
                document = unpack(stored["meta"])
                if asked.isdigit():
                    label = document.printed_number(int(asked))
                else:
                    named = (q.printed_number for q in document.questions if q.printed_number.lower() == asked)
                    label = next(named, asked + AS_LINKED)
                return label if label[:1].isdigit() else ""
    return asked


def _periods(reader: IndexReader) -> list[int]:
    """The Wahlperioden of the archive's documents, newest first."""
    return sorted((int(period) for period in reader.field_terms("wahlperiode")), reverse=True)


def select(
    searcher: Searcher,
    chosen: Plan,
    maps: AnswerMaps,
    wanted: int | None,
    started: float = 0.0,
    time_limit: float | None = None,
    relax: bool = True,
    relevance_page: int = 0,
) -> Selection:
    """The best record per answer in result order, at least ``wanted`` (None: all); ``relax``: answers lacking a word
    follow too few full matches (see :mod:`~indexer.search.ranking`).  Sorted by date, ``relevance_page`` (a page
    size) also counts what the same search's first page of that size sorted by relevance lists besides the full
    matches (its ``partial``), from the same matching.

    Ranking stops ``time_limit`` seconds after ``started`` (a ``time.perf_counter()`` value),
    but however long matching took, scoring gets a share of the limit."""
    deadline = started + time_limit if time_limit is not None else None
    reserve = time_limit / SCORING_RESERVE if time_limit else 0.0
    if chosen.compiled is not None:
        ranking = rank_answers(
            searcher,
            chosen.compiled,
            maps,
            restrict=chosen.filter,
            relax_below=RELAX_BELOW if relax and chosen.sort == RELEVANCE else 0,
            wanted=wanted,
            order=chosen.sort,
            deadline=deadline,
            reserve=reserve,
            relevance_page=relevance_page if relax else 0,
            relevance_below=RELAX_BELOW,
        )
        entries = [Entry(a.score, searcher.stored_fields(a.docnum), a.missing, a.how) for a in ranking.answers]
        return Selection(
            entries,
            ranking.total,
            ranking.representatives,
            ranking.partial,
            ranking.incomplete,
            ranking.citing_only,
            ranking.relevance,
        )
    listing = list_answers(searcher, maps, chosen.filter, wanted, newest=chosen.sort != OLDEST)
    entries = [Entry(a.score, searcher.stored_fields(a.docnum)) for a in listing.answers]
    return Selection(entries, listing.total, listing.representatives)


def respelling(searcher: Searcher, analyzer: Analyzer, chosen: Plan, maps: AnswerMaps, found: Selection) -> str | None:
    """„Meinten Sie …?“: a respelling of the words that finds more answers (with the same filters), offered as the
    query was typed, its typed filters and a citation's parliament kept; none without words, nor when ``found`` ran
    out of time (no further searches then)."""
    if chosen.compiled is None or found.incomplete:
        return None
    if (joined := joined_fields(chosen.typed)) is not None:  # „titel: Drohnen“ searched „titel“ as a word
        return joined
    if narrowed := _filter_offer(searcher, analyzer, chosen, maps, asking_only=bool(found.total)):
        return narrowed
    respelled = _respelled(searcher, analyzer, chosen, maps, found)
    return respelled and _in_typed(chosen.typed, chosen.words, respelled)


# a day or a month with its year typed beside other words („Veteranen Juli 2025“, „… im Juli 2025“, „… 28.07.2025“)
_DATE_BESIDE = re.compile(
    r"(?:\b(?:im|vom|am)\s+)?(?P<date>\b(?:\d{1,2}\.\s*[^\W\d_]+\.?\s*\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}"
    r"|[^\W\d_]+\.?\s*\d{4}))(?!\S)",
    re.IGNORECASE,
)
OFFERS_TRIED = 3  # dates, parties, ministries, periods or parliaments searched for an offer, the first three only
_WORD = re.compile(r"(?<!\S)\S+(?!\S)")
_MINISTRY_HEAD = "ministerium"
_WORD_LETTERS = re.compile(r"[a-zäöüß]{2}")  # a party's name that is a word („Volt“, „parteilos“), no abbreviation
# a period as citations name it („17. Wahlperiode“, „17. WP“, „WP 17“) and a parliament („Landtag NRW“, „Bundestag“)
_PERIOD_BESIDE = re.compile(
    r"(?<!\S)(?:(?P<number>\d{1,2})\.\s*(?:Wahlperiode|WP|Legislaturperiode)|(?:Wahlperiode|WP)\s*(?P<after>\d{1,2}))"
    r"(?!\S)",
    re.IGNORECASE,
)
_PARLIAMENT_BESIDE = re.compile(rf"(?<!\w){NAMED_PARLIAMENT}(?!\w)", re.IGNORECASE)


def _filter_offer(
    searcher: Searcher, analyzer: Analyzer, chosen: Plan, maps: AnswerMaps, asking_only: bool = False
) -> str | None:
    """„Meinten Sie Veteranen datum:07.2025?“ for ``Veteranen Juli 2025``, „… ministerium:Sozialministerium?“ for
    ``Teilhabechancengesetz Sozialministerium``, that find no answer holding every word: staff name the topic and
    when the answer came, who asked or who answered, which its text rarely prints.  The other words with that
    filter, offered where they find answers (the typed query with the filter in place of the words).
    ``asking_only`` (the words found answers): only a filter beside words that name the Anfragen themselves
    („Anfragen von der AfD“ found the Bundestag's answers citing an „Anfrage der Fraktion der AfD“, a few of the
    party's own), offered as the filter alone."""
    reader = searcher.reader()
    tried = 0
    for match, offered, filters in _typed_as_words(chosen.words):
        rest = " ".join(f"{chosen.words[: match.start()]} {chosen.words[match.end() :]}".split())
        if not rest:  # a date alone: offered by :func:`_respelled`; a ministry alone is a word searched
            continue
        asking = _ASKING.fullmatch(rest)  # „Anfragen der AfD“: the words name the Anfragen, not their topic
        if asking_only and not asking:
            continue
        try:
            within = to_query(chosen.filters.merge(filters), reader)  # a ministry the archive lacks: a QueryError
            # (only then: the words compiled once per try)
            compiled = None if asking else QueryCompiler(reader, analyzer).compile(rest)
        except QueryError:
            continue  # not searched, so no try spent: „KI“ as a ministry the archive lacks, before „Landtag NRW“
        if compiled is None and list_answers(searcher, maps, within, 0).total:
            return _without_words(_in_place(chosen, match, offered), rest)
        if compiled is not None and rank_answers(searcher, compiled, maps, restrict=within, wanted=0).total:
            return _in_place(chosen, match, offered)
        tried += 1
        if tried == OFFERS_TRIED:
            break
    return None


# words beside a filter that name the Anfragen themselves, no topic an answer holds („Anfragen der AfD“, „Kleine
# Anfragen von Die Linke“): offered is the filter alone, not „Anfragen der partei:AfD“ (a twelfth of its answers)
_ASKING = re.compile(r"(?:(?:alle|kleinen?|anfragen?|der|die|des|von|vom|fraktion)(?:\s+|$))+", re.IGNORECASE)


def _without_words(typed: str, words: str) -> str:
    """``typed`` without one occurrence of each of ``words`` outside quotes (a filter's value keeps its „von“)."""
    wanted = words.split()
    kept, quoted = [], False
    for token in typed.split():
        if not quoted and token in wanted:
            wanted.remove(token)
        else:
            kept.append(token)
        quoted ^= token.count('"') % 2 == 1
    return " ".join(kept)


def _in_place(chosen: Plan, match: re.Match[str], offered: str) -> str:
    """The typed query with ``offered`` in place of the words ``match`` found in the searched words — the same
    occurrence as words of their own (``BMI-Studie Polizei BMI``: the second; never inside a typed filter,
    ``ministerium:BMVg``), however many spaces the user typed between them —, its typed filters kept, and the words
    dropped where the filter is typed already; the searched words alone where the typed query does not hold them so."""
    typed, words = " ".join(chosen.typed.split()), " ".join(chosen.words[: match.start()].split())
    found = re.compile(rf"(?<!\S){re.escape(' '.join(match.group(0).split()))}(?!\S)")
    instead = "" if offered in typed.split() else offered
    at = list(found.finditer(typed))
    before = len(found.findall(words))  # occurrences before the one matched
    if before >= len(at):
        return " ".join(f"{chosen.words[: match.start()]} {offered} {chosen.words[match.end() :]}".split())
    start, end = at[before].span()
    return " ".join(f"{typed[:start]} {instead} {typed[end:]}".split())


def _typed_as_words(words: str) -> Iterator[tuple[re.Match[str], str, Filters]]:
    """The days, months, parties, ministries, periods and parliaments in ``words`` (as :func:`_filter_offer` reads
    them), each with the filter it names, as typed and as applied: ``Juli 2025`` → ``datum:07.2025``, ``MAGS`` →
    ``ministerium:MAGS``."""
    for match in _DATE_BESIDE.finditer(words):
        if day := parse_date(match.group("date")):
            yield match, f"datum:{short_date(day)}", Filters(datum=DateRange(day, day))
        elif month := month_of_year(match.group("date")):
            yield match, f"datum:{month[0]:02d}.{month[1]}", Filters(datum=parse_date_range(match.group("date")))
    for match in _WORD.finditer(words):
        word = match.group(0)
        # the asking party („SPD“, „Grüne“, „SPD-Fraktion“); written small, only as its abbreviation („spd“, „afd“):
        # „grüne Anleihen“ are no Anfragen of the Grünen, „volt“ no party.  Named as the facet names it where that is
        # one word (``partei:SPD``).
        party = known_party(word)
        if party and (word[:1].isupper() or (word.upper() == party.upper() and not _WORD_LETTERS.search(party))):
            named = party if " " not in party else word
            yield match, f"partei:{named}", Filters(partei=(word,))
        elif word.casefold().endswith(_MINISTRY_HEAD) or is_abbreviation(word):
            yield match, f"ministerium:{word}", Filters(ministerium=(word,))
    for match in _PERIOD_BESIDE.finditer(words):
        period = int(match.group("number") or match.group("after"))
        yield match, f"wahlperiode:{period}", Filters(wahlperiode=(period,))
    for match in _PARLIAMENT_BESIDE.finditer(words):
        if code := _parliament_named(match.group(0)):
            yield match, f"parlament:{code}", Filters(parlament=(code,))


def _parliament_named(name: str) -> str | None:
    """The code of the parliament a name beside the words names: ``Landtag NRW`` (its Land), ``Deutschen Bundestages``
    (declined), ``Niedersächsischer Landtag``; None for a body alone (``Landtag``)."""
    words = name.split()
    for at in range(len(words)):
        tail = " ".join(words[at:])
        if code := parliament_code(tail) or parliament_code(re.sub(r"e?s$", "", tail)):
            return code
    return None


def _in_typed(typed: str, words: str, offered: str) -> str:
    """``offered`` (a respelling of ``words``) with what the search took out of the ``typed`` query put back — its
    filters (``partei:SPD``), a citation's parliament („LT NRW“): each respelled word replaced where it was typed.
    Where the words cannot be found so, ``offered`` alone."""
    before, after = words.split(), offered.split()
    if typed == words or len(before) != len(after):
        return offered
    at = 0
    for old, new in zip(before, after, strict=True):
        found = typed.find(old, at)
        if found < 0:
            return offered
        typed = typed[:found] + new + typed[found + len(old) :]
        at = found + len(new)
    return typed


def _respelled(searcher: Searcher, analyzer: Analyzer, chosen: Plan, maps: AnswerMaps, found: Selection) -> str | None:
    """The respelling of :func:`respelling`, of the words alone."""
    reader = searcher.reader()
    if not found.total and (bare := _BARE_NUMBER.fullmatch(chosen.words.strip())):
        number = int(bare["number"])
        return _drucksache_of(reader, number) or (None if bare["word"] else _anfrage_of(reader, number))
    if not found.total and (cited := _cited_with_parliament(searcher, analyzer, chosen, maps)):
        return cited
    if not found.total and (day := parse_date(chosen.words)):
        return _answered_within(searcher, maps, chosen, DateRange(day, day), short_date(day))
    if not found.total and _NAMED_MONTH.fullmatch(chosen.words.strip()) and (month := month_of_year(chosen.words)):
        return _answered_within(searcher, maps, chosen, parse_date_range(chosen.words), f"{month[0]:02d}.{month[1]}")

    def count(candidate: str) -> int:
        try:
            compiled = QueryCompiler(reader, analyzer).compile(candidate)
        except QueryError:
            return 0
        return rank_answers(searcher, compiled, maps, restrict=chosen.filter, wanted=0).total

    def held(word: str) -> int:  # how often the texts hold a word; a known asker's name is no typo („Eike“)
        if known_name(reader, word):
            return sys.maxsize
        terms = query_terms(analyzer, word)
        return max(
            (max(reader.doc_frequency(ANSWER, t), reader.doc_frequency(ANSWER, as_head(t))) for t in terms), default=0
        )

    return suggest(reader, chosen.words, count, found.total, held, lambda word: _written(reader, word))


def _written(reader: IndexReader, word: str) -> str:
    """How the titles, Vorbemerkungen and questions of the first document whose vocabulary holds ``word`` write it
    (``BMAS``; the vocabulary is in lower case): one document read, for a word about to be offered; ``word`` itself
    for a word of the lexicon the vocabulary lacks (see :func:`~indexer.analysis.spelling.closest_word`)."""
    if not reader.doc_frequency(VOCABULARY_FIELD, word):
        return word
    for docnum in reader.postings(VOCABULARY_FIELD, word).all_ids():
        document = unpack(reader.stored_fields(docnum)["meta"])
        topics = (document.title, *document.preamble, *document.government_preamble)
        return written_as((*topics, *(question.text for question in document.questions)), word)
    return word


# a Drucksache's number typed without its period, alone or cited („11138“, „Drs. 11138“, „LT-Drucksache 11138“)
_BARE_NUMBER = re.compile(rf"(?P<word>{DRUCKSACHE_WORD}\s*(?:Nr\.?\s*)?)?(?P<number>\d{{3,6}})", re.I)


def _drucksache_of(reader: IndexReader, number: int) -> str | None:
    """„Meinten Sie Drs. 19/11138?“ for a bare number no answer holds: the Drucksache of the newest period the
    archive holds with that number, if any."""
    return next(
        (f"Drs. {p}/{number}" for p in _periods(reader) if reader.doc_frequency("nummer", f"{p}/{number}")), None
    )


def _cited_with_parliament(searcher: Searcher, analyzer: Analyzer, chosen: Plan, maps: AnswerMaps) -> str | None:
    """„Meinten Sie Drs. 19/11221 Niedersachsen?“ for ``Drs. 11221 Niedersachsen``, „… Drs. 17/6448 Landtag NRW?“ for
    ``6448 Landtag NRW``: a Drucksache cited without its period beside the parliament that printed it, as a list of
    sources names it; offered as typed with the period, where that parliament's Drucksache is in the archive."""
    words = chosen.words.strip()
    named = ((m, _parliament_named(m.group(0))) for m in _PARLIAMENT_BESIDE.finditer(words))
    lands = ((m, parliament_code(m.group(0).strip("(),"))) for m in _WORD.finditer(words))
    beside, code = next(((match, code) for match, code in (*named, *lands) if code), (None, None))
    if beside is None or code is None or any(parliament_code(str(v)) != code for v in chosen.filters.parlament):
        return None  # („… parlament:nw“ keeps Niedersachsen's Drucksache out)
    bare = _BARE_NUMBER.fullmatch(" ".join(f"{words[: beside.start()]} {words[beside.end() :]}".split()))
    if bare is None:
        return None
    reader, number = searcher.reader(), int(bare["number"])
    for period in _periods(reader):
        cited = Filters(parlament=(code,), drucksache=(f"{period}/{number}",))
        try:
            within = to_query(chosen.filters.merge(cited), reader)
        except QueryError:  # a parliament or Drucksache the archive lacks: no offer ending in „Kein Parlament …“
            continue
        if list_answers(searcher, maps, within, 0).total:
            return f"Drs. {period}/{number} {beside.group(0)}"
    return None


def _anfrage_of(reader: IndexReader, number: int) -> str | None:
    """„Meinten Sie Kleine Anfrage 2509?“ for a bare number that is no Drucksache but the number of a Kleine Anfrage
    the archive holds an answer to: staff note the number the Landtag gave the Anfrage (NRW's 2509 of Drs. 17/6448)."""
    return f"Kleine Anfrage {number}" if reader.doc_frequency("nummer", f"ka{number}") else None


def _answered_within(searcher: Searcher, maps: AnswerMaps, chosen: Plan, span: DateRange, typed: str) -> str | None:
    """„Meinten Sie datum:04.06.2019?“ for a date typed alone (``04.06.2019``, ``4. Juni 2019``), „datum:06.2019“ for a
    month (``Juni 2019``), that no answer's text holds so: staff remember when an answer came, and the answers of that
    ``span`` are its date filter (``typed`` as the filter writes it)."""
    within = to_query(chosen.filters.merge(Filters(datum=span)), searcher.reader())
    return f"datum:{typed}" if list_answers(searcher, maps, within, 0).total else None


# a month named with its year („Juni 2019“, „Jun. 2019“); „06/2019“ is read as a Drucksache
_NAMED_MONTH = re.compile(r"[^\W\d_]+\.?\s*\d{4}")


@dataclass(frozen=True)
class AskerOffer:
    """„Anfragen von Eike Holsten: 3 Antworten“: a query naming a known asker found nothing as text."""

    name: str  # the name as typed
    words: str  # the rest of the query (``Feuerwehr`` of ``Koehler Feuerwehr``), often empty
    answers: int
    party: str | None = None  # the party typed with the name (``Birgit Butter (CDU)``, ``Butter CDU``)

    @property
    def label(self) -> str:
        """The offer as the page and the command line say it."""
        words = f" mit „{self.words}“" if self.words else ""
        party = f" ({self.party})" if self.party else ""
        return f"Anfragen von {self.name}{party}{words}: {counted(self.answers, 'Antwort')}"


def asker_offer(
    searcher: Searcher, analyzer: Analyzer, chosen: Plan, maps: AnswerMaps, found: Selection
) -> AskerOffer | None:
    """The asker filter for a query that found no answer and whose words name a known asker (one term
    look-up per word, see :mod:`indexer.askers`); None when it would find nothing either."""
    if chosen.compiled is None or found.total or found.incomplete or chosen.filters.fragesteller:
        return None
    reader = searcher.reader()
    # a list of members prints „Bothe, Stephan (AfD)“, a citation „Stephan Bothe, AfD“: the commas join no word
    tokens = [token for token in (word.strip(",;") for word in chosen.words.split()) if token]
    named = named_tokens(reader, tokens)
    # „Anfragen von Peter Bonhof“: the words asking for a member's Anfragen open the query and name no one, though
    # „von“ is a word of some names (von Storch)
    asking = next((at for at, token in enumerate(tokens) if not is_asked_by(token)), len(tokens))
    named = [False] * asking + named[asking:]
    if not any(named):
        return None
    for reading in _name_readings(tokens, named):
        party = _party_after_name(tokens, reading)
        # „Frau Butter“ is offered as „Butter“; an academic title stays (``Dr. Ingo Kerzel``, as the pages print it)
        name = " ".join(
            token for token, is_name in zip(tokens, reading, strict=True) if is_name and not is_address(token)
        )
        rest = " ".join(  # (the words asking for the Anfragen are no search words either)
            token
            for at, (token, is_name) in enumerate(zip(tokens, reading, strict=True))
            if not is_name and at not in party and at >= asking
        )
        said = " ".join(tokens[at] for at in party if _unbracketed(tokens[at]).casefold() not in _JOINING)
        party_name = known_party(_unbracketed(said.removeprefix("("))) if party else None
        parties = (*chosen.filters.partei, party_name) if party_name else chosen.filters.partei
        try:
            restrict = to_query(replace(chosen.filters, fragesteller=(name,), partei=parties), reader)
        except QueryError:  # words of several askers' names (``Robert Koch Institut``): no one asker, no offer
            continue
        break
    else:
        return None
    if restrict is None:
        return None
    if rest:
        try:
            compiled = QueryCompiler(reader, analyzer).compile(rest)
        except QueryError:
            return None
        answers = rank_answers(searcher, compiled, maps, restrict=restrict, wanted=0).total
    else:
        answers = list_answers(searcher, maps, restrict, 0).total
    return AskerOffer(name, rest, answers, party_name) if answers else None


def _name_readings(tokens: list[str], named: list[bool]) -> list[list[bool]]:
    """The name as the askers' words mark it, then, when its last word is also a party's (``Nicole Gohlke Linke``:
    „Linke“ is some asker's name too), the name without it, which leaves that word for the party."""
    last = max(at for at, is_name in enumerate(named) if is_name)
    if sum(named) < 2 or not known_party(_unbracketed(tokens[last])):
        return [named]
    return [named, [is_name and at != last for at, is_name in enumerate(named)]]


def _party_after_name(tokens: list[str], named: list[bool]) -> range:
    """Where a party follows the last word of a name, as pages and citations print it („Birgit Butter (CDU)“,
    „Nicole Gohlke (Die Linke)“) or staff type it („Butter CDU“, „Bothe von der AfD“): that asker's party, not words
    the answers hold.
    The longest run of tokens naming a party, bracketed as a whole or not at all; empty when none follows."""
    last = max(at for at, is_name in enumerate(named) if is_name)
    joined = last + 1  # „Bothe von der AfD“, „Bothe (Fraktion der AfD)“: the words joining name and party
    while joined < len(tokens) and _unbracketed(tokens[joined]).casefold() in _JOINING:
        joined += 1
    for start in dict.fromkeys((last + 1, joined)):
        for end in range(len(tokens), start, -1):
            typed = " ".join(tokens[start:end])
            if start > last + 1 and tokens[last + 1].startswith("("):  # „(Fraktion der AfD)“ bracketed as a whole
                typed = f"({typed}"
            bare = _unbracketed(typed)
            if (bare == typed or f"({bare})" == typed) and "(" not in bare and ")" not in bare and known_party(bare):
                return range(last + 1, end)
    return range(0)


_JOINING = frozenset({"von", "der", "fraktion"})  # between an asker's name and their party („von der AfD“)


def _unbracketed(typed: str) -> str:
    return typed.removeprefix("(").removesuffix(")")


def offer_alone(found: Selection, offer: AskerOffer | None) -> Selection:
    """The selection to list beside ``offer``: none of the relaxed answers when every word of the query names the
    offered asker.  No text holds the whole name then (else there were no offer), and an answer holding only part of
    it — the title „Dr.“, another person's first name „Ingo“ — is not about that asker: the offer stands alone, as
    for a name no text holds at all.  With other words besides the name (``Kerzel Feuerwehr``) nothing changes."""
    if offer is None or offer.words or not found.partial:
        return found
    return replace(found, entries=[], partial=0)


def missing_citation(chosen: Plan, found: Selection, shown: Sequence[Hit] = ()) -> str | None:
    """A note when a citation names a document the archive lacks (``Drs. 99/99999``; the answers citing it shown, if
    any), or questions its
    document lacks (``Drs. 6/79, Frage 9``): the document stands in for them, and the user should know why.
    ``shown``, the hits of the first page, tells which of several cited questions are missing (``Fragen 1 und 7``
    of a document of six: the answer to 1 is shown, the note names 7)."""
    compiled = chosen.compiled
    if compiled is None or not compiled.cited:
        return None
    cited = [entry.fields for entry in found.entries if entry.how in ((NUMBER,), (CITING,))]
    if elsewhere := _a_landtags(chosen, found):
        return elsewhere
    absent = compiled.citing is not None  # the compile found no cited document in the archive
    if not cited and not absent and compiled.required and chosen.sort != RELEVANCE:
        return None  # sorted by date, the page need not show the cited answer among the words' answers
    if not cited or found.citing_only:
        numbers = " oder ".join(_cited_as(number) for number in compiled.cited)
        article = "Das zitierte" if numbers.startswith("Dokument") else "Die zitierte"  # Dokument; Drucksache, Anfrage
        if not cited and (named := _held_elsewhere(chosen)):
            return f"{article} {numbers} ist für „{named}“ nicht im Archiv, nur die eines anderen Parlaments."
        where = _not_found(
            chosen.filter is not None, compiled.exclude is not None, compiled.held, compiled.quoted and not cited
        )
        return f"{article} {numbers} {where}{_citing_note(chosen, bool(cited))}."
    if not compiled.questions:
        return None
    pages = [hit for entry, hit in zip(found.entries, shown, strict=False) if entry.how == (NUMBER,)]
    kind = labels(pages[0].kind if pages else ANSWER_KIND)  # an Unterrichtung's items are „Nr. 9“
    if not any(fields.get("question") is not None for fields in cited):
        named = _questions_named(compiled.questions, kind)
        return f"{named} gibt es im zitierten Dokument nicht; gezeigt wird das Dokument."
    printed = {hit.printed_question.lower() for hit in pages}
    lacking = [q for q in compiled.questions if RANGE not in q and q not in printed]
    if len(printed) < len(cited) or not lacking:  # not every cited answer shown: a later page
        return None
    return f"{_questions_named(lacking, kind)} gibt es im zitierten Dokument nicht."


def _a_landtags(chosen: Plan, found: Selection) -> str | None:
    """A note where a citation names the Bundestag („BT-Drs. 19/11138“) and the documents shown for its number are
    Landtage's: the Bundestag is no filter (the Landtage's answers cite its Drucksachen), so the user should know that
    the document shown is another parliament's."""
    shown = {str(entry.fields["doc_id"]).split("-")[0] for entry in found.entries if entry.how == (NUMBER,)}
    if not shown or "bt" in shown or not cites_bundestag(chosen.typed):
        return None
    numbers = " oder ".join(_cited_as(number) for number in chosen.compiled.cited) if chosen.compiled else ""
    landtage = ", ".join(sorted(parliament_name(code) for code in shown))
    return (
        f"Die zitierte {numbers} des Bundestages ist nicht im Archiv; gezeigt wird die gleich nummerierte eines "
        f"Landtags ({landtage})."
    )


def _held_elsewhere(chosen: Plan) -> str | None:
    """The parliament as typed (its name where its code was typed) where one parliament — a citation's („LT NRW Drs.
    19/11138“), or ``parlament:nw`` — is the search's only filter and the archive holds the cited number for another:
    the user should know that it is there."""
    compiled, typed = chosen.compiled, chosen.filters.typed
    if compiled is None or not compiled.held or compiled.exclude is not None or len(typed) != 1:
        return None
    code, name = typed[0]
    if chosen.filters != Filters(parlament=(code,)):
        return None
    return parliament_name(code) if name.casefold() == code else name


def _citing_note(chosen: Plan, shown: bool) -> str:
    """What the page shows of the answers citing a document the archive lacks: them (first, among others)."""
    if not shown:
        return ""
    if chosen.compiled is None or not chosen.compiled.required:
        return "; gezeigt werden die Antworten, die sie zitieren"
    if chosen.sort != RELEVANCE:
        return "; gezeigt werden auch die Antworten, die sie zitieren"
    return "; die Antworten, die sie zitieren, stehen vorn"


_FAILS = {  # why a cited document, or every answer citing it, is not shown
    "erfüllt die Filter nicht": "erfüllen die Filter nicht",
    "enthält ein ausgeschlossenes Wort": "enthalten ein ausgeschlossenes Wort",
}


def _not_found(filtered: bool, excluding: bool, held: bool | None, hidden: bool) -> str:
    """Why a cited document is not shown: it „ist nicht im Archiv“ (and the answers citing it, if ``hidden``, fail
    the filters or hold an excluded word), or it fails the filters or holds an excluded word; where the index cannot
    tell (``held`` None), all of these."""
    fails = [
        *(["erfüllt die Filter nicht"] if filtered else []),
        *(["enthält ein ausgeschlossenes Wort"] if excluding else []),
    ]
    if held is None:
        reasons = ["ist nicht im Archiv", *fails]
        return ", ".join(reasons[:-1]) + " oder " + reasons[-1] if len(reasons) > 1 else reasons[0]
    if held:
        return " oder ".join(fails) or "ist nicht im Archiv"
    if not fails or not hidden:
        return "ist nicht im Archiv"
    return "ist nicht im Archiv; die Antworten, die sie zitieren, " + " oder ".join(_FAILS[fail] for fail in fails)


_QUOTED_WORD = re.compile(r'(?<![^\s(:])"([^\W\d_]+)"')  # one word between quotation marks


def _function_word(word: str) -> bool:
    """Is ``word`` a function word the index leaves out („der“, „keine“, „über“)?"""
    return word.lower() in STOP_WORDS


def thin_phrases(chosen: Plan) -> str | None:
    """A note for each quoted phrase the index holds one word of at most (``"keine Daten"`` is searched as
    ``Daten``): what is reported must be about the user's words, so the page says which of them it looked for."""
    compiled = chosen.compiled
    notes = []
    for phrase, kept in compiled.thin if compiled is not None else ():
        if kept is None:
            notes.append(
                f"„{phrase}“ besteht nur aus Füllwörtern; die stehen nur als Teile von Wörtern mit Bindestrich im "
                "Index (wie „Einer-für-Alle-Prinzip“)."
            )
        else:
            dropped = next(word for word in phrase.split() if word != kept)
            notes.append(
                f"In „{phrase}“ wird nur nach „{kept}“ gesucht: Füllwörter wie „{dropped}“ stehen nicht im Index."
            )
    for quoted in dict.fromkeys(_QUOTED_WORD.findall(plain_quotes(chosen.words))):  # ``Kosten "keine"``
        if _function_word(quoted):
            notes.append(f"„{quoted}“ wird nicht gesucht: Füllwörter wie „{quoted}“ stehen nicht im Index.")
    asked = compiled.asked if compiled is not None else ()
    existing = [words for words in asked if EXISTENTIAL & set(words.lower().split())]
    questions = [words for words in asked if words not in existing]
    if questions:
        if len(questions) == 1:
            notes.append(f"Das Fragewort {_listed(questions)} wird nicht gesucht: die Antworten wiederholen es nicht.")
        else:
            notes.append(
                f"Die Fragewörter {_listed(questions)} werden nicht gesucht: die Antworten wiederholen sie nicht."
            )
    if existing:
        said = "wird nicht gesucht: es nennt" if len(existing) == 1 else "werden nicht gesucht: sie nennen"
        notes.append(f"{_listed(existing)} {said} kein Thema.")
    return " ".join(notes) or None


def _listed(words: list[str]) -> str:
    """„Wieso“, „weshalb“ und „warum“."""
    return listed([f"„{word}“" for word in words])


# ``Wort~3``: more typos than the search allows (``~`` takes one digit)
_TOO_MANY_TYPOS = re.compile(r'(?<![^\s(])-?(?:\w+:)?(?P<word>[^\s~"]+)~(?P<edits>[0-9])(?![^\s)])')


def capped_typos(chosen: Plan) -> str | None:
    """A note for ``Wort~3`` (or more): it is searched with two typos, and the user should know it."""
    typed = [
        f"„{found.group('word')}~{found.group('edits')}“"
        for found in _TOO_MANY_TYPOS.finditer(chosen.words)
        if int(found.group("edits")) > MAX_EDITS
    ]
    if not typed:
        return None
    named = list(dict.fromkeys(typed))
    verb = "wird" if len(named) == 1 else "werden"
    return (
        f"{', '.join(named)} {verb} mit {MAX_EDITS} Tippfehlern gesucht: mehr erlaubt die Suche nicht, sonst fände ein "
        "Wort fast jedes andere."
    )


def unclosed_quote(chosen: Plan) -> str | None:
    """A note for a quotation mark typed without its partner: one before words opens a phrase to the end of the
    query (``"Kosten der Unterkunft``), one at the end opens nothing (``Kosten der Unterkunft"``).  Either way the
    search reads the query other than as typed, and the user should know how."""
    text = plain_quotes(chosen.words)
    if text.count('"') % 2 == 0:
        return None
    tail = text.rpartition('"')[2].strip()
    if not tail:
        return (
            "Das Anführungszeichen am Ende schließt keine Wortfolge und wird nicht beachtet; eine Wortfolge steht "
            'zwischen zwei Anführungszeichen (z. B. "Kosten der Unterkunft").'
        )
    if extract_numbers(tail)[1]:  # a number is read as cited
        return None
    if len(tail.split()) < 2:  # one word is that word, as without the mark — a function word none (``Kosten "der``)
        if _function_word(tail):
            return (
                f"Das Anführungszeichen vor „{tail}“ ist nicht geschlossen, und „{tail}“ wird nicht gesucht: "
                f"Füllwörter wie „{tail}“ stehen nicht im Index."
            )
        return f"Das Anführungszeichen vor „{tail}“ ist nicht geschlossen: gesucht wird das Wort „{tail}“."
    return (
        f"Das Anführungszeichen vor „{tail}“ ist nicht geschlossen: gesucht wird die Wortfolge „{tail}“ bis zum "
        "Ende der Eingabe."
    )


# A Drucksache's Wahlperiode and slash with no number after it: „Drs. 17/“, „17/“ (the number not yet remembered)
_UNFINISHED_DRUCKSACHE = re.compile(
    rf"(?P<cited>\b{DRUCKSACHE_WORD}\s*(?:Nr\.?\s*)?)?(?<![\w/])(?P<period>\d{{1,2}})\s?/(?!\s?\d)", re.I
)


# Sachsen-Anhalt's Kleine Anfrage with its Wahlperiode and no number: „KA 7/“, „Kleine Anfrage - KA 7/“
_UNFINISHED_ANFRAGE = re.compile(
    r"\b(?:Kleinen?\s+Anfrage\s*[-–]?\s*)?KA\s*(?:Nr\.?\s*)?(?P<period>\d{1,2})\s?/(?!\s?\d)", re.I
)


def unfinished_drucksache(chosen: Plan) -> str | None:
    """A note for a Drucksache or Sachsen-Anhalt's Kleine Anfrage typed without its number (``Drs. 17/``,
    ``KA 7/``): it is no citation, its words are searched as words (any „17“), and the user, who meant one document,
    should know why the list is what it is.  Without a citation word only as the whole query: „Kosten 1/“ is no
    Drucksache."""
    text = plain_quotes(chosen.words).strip()
    if anfrage := _UNFINISHED_ANFRAGE.search(text):
        return (
            f"In „{anfrage.group().strip()}“ fehlt die Nummer der Kleinen Anfrage nach dem Schrägstrich (z. B. KA "
            f"{anfrage['period']}/1234): gesucht werden die Wörter, keine Anfrage."
        )
    found = _UNFINISHED_DRUCKSACHE.search(text)
    if found is None or not (found["cited"] or found.group() == text):
        return None
    return (
        f"In „{found.group().strip()}“ fehlt die Nummer der Drucksache nach dem Schrägstrich (z. B. Drs. "
        f"{found['period']}/1234): gesucht werden die Wörter, keine Drucksache."
    )


def dangling_operator(chosen: Plan) -> str | None:
    """A note for ``ODER`` or ``NICHT`` with no word on the side it needs (``Polizei ODER``, ``ODER Polizei``,
    ``Polizei NICHT``, ``Polizei -``): the search leaves it out, and the user, who meant something by it, should
    know."""
    words = re.sub(r'"[^"]*"?', ' "" ', plain_quotes(chosen.words)).split()  # a quoted phrase: one word, no operator
    if not words:
        return None
    last = words[-1]
    if last == "-" or query_operator(last) == "not":
        example = (
            "direkt (z. B. Polizei -Bundespolizei)" if last == "-" else f"danach (z. B. Polizei {last} Bundespolizei)"
        )
        return (
            f"„{last}“ am Ende schließt nichts aus und wird nicht beachtet: das ausgeschlossene Wort folgt {example}."
        )
    found = next(
        ((word, where) for word, where in ((last, "am Ende"), (words[0], "am Anfang")) if query_operator(word) == "or"),
        None,
    )
    if found is None:
        return None
    dangling, where = found
    return (
        f"„{dangling}“ {where} verbindet nichts und wird nicht beachtet: Alternativen stehen zu beiden Seiten "
        f"(z. B. Schule {dangling} Kita)."
    )


def _questions_named(questions: Sequence[str], kind: Labels) -> str:
    """Cited questions as the user wrote them: ``Frage 7``, ``Fragen 8 bis 9``, ``Fragen 1, 3 und 7``; an
    Unterrichtung's ``Nr. 7``."""
    printed = [question.replace(RANGE, " bis ") for question in questions]
    named = listed(printed)
    return f"{kind.several} {named}" if len(printed) > 1 or RANGE in questions[0] else f"{kind.item} {named}"


def _cited_as(number: str) -> str:
    """A cited number as the user would write it: ``Drucksache 19/11250``, ``Kleine Anfrage 2509``, ``ni-19-11250``."""
    if number.startswith(ID_READING):
        return f"Dokument {number.removeprefix(ID_READING)}"
    if number.startswith("ka"):
        return f"Kleine Anfrage {number.removeprefix('ka')}"
    return f"Drucksache {number}"


@dataclass(frozen=True)
class DocumentMarks:
    """What a document's page marks for a query: in its head (title, Vorbemerkungen, annexes), and in each answer with
    its question as the search met that answer — the word where the answer holds it, else a compound's parts close
    together, as the hit's passage marked them („Bundesministerium des Innern“ for ``Innenministerium`` in one answer,
    though another holds „Bundesinnenministerium“)."""

    head: frozenset[str] = frozenset()
    answers: Mapping[int, frozenset[str]] = field(default_factory=dict)

    def of(self, question: int | None = None) -> frozenset[str]:
        """The terms to mark in the text of ``question`` (its question and answer), or in the head (None)."""
        return self.head if question is None else self.answers.get(question, self.head)


def document_marks(reader: IndexReader, analyzer: Analyzer, text: str, document: Document) -> DocumentMarks:
    """The index terms a query matches, for highlighting ``document``: in its head, and in each answer by the words it
    holds itself (of a word the text holds, the word: see :func:`~indexer.search.results.page_marks`); none if the
    query is unusable."""
    try:
        words, _ = extract_filters(plain_quotes(_site_links(text, reader)))
        compiled = QueryCompiler(reader, analyzer).compile(words)
    except QueryError:
        return DocumentMarks()
    # what the page can mark: its footnotes are shown as written, their web addresses as links
    # („statistik.arbeitsagentur.de“ holds no Arbeitsagentur the page could mark instead of „Bundesagentur für Arbeit“)
    shown = replace(document, footnotes=())
    held: dict[int | None, set[str]] = {}
    for _kind, question, _para, body in paragraphs(shown):
        held.setdefault(question, set()).update(term for term, _start, _end in index_tokens(body))
    everywhere = set().union(*held.values())
    return DocumentMarks(
        page_marks(compiled.highlight_terms, compiled.required, everywhere),
        {
            question: page_marks(compiled.highlight_terms, compiled.required, own)
            for question, own in held.items()
            if question is not None
        },
    )
