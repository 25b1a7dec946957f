"""Guessed abbreviations at search time: ``BezVerwG`` for ``Bezirksverwaltungsgesetz``,
``Innenministerkonferenz`` for ``IMK`` — where no document defines them (see
:mod:`indexer.analysis.guessing`).

A guess is weaker than a definition, so its answers only join the relaxed tier, labelled
(„Abkürzung vermutet: BezVerwG ← Bezirksverwaltungsgesetz“), never the total, facets, exports or
feeds.  It is looked up only when that tier is asked for — a page full of full matches never pays
— and bounded: at most :data:`MAX_KEYS` key look-ups per query for long forms (runs of up to
:data:`MAX_SPAN` plain words), and for a word written as an abbreviation at most
:data:`MAX_SCANNED` answer terms read per prefix (its first letter group, and that group's first letter) and
:data:`MAX_SPLIT` split, for :data:`MAX_ABBREVIATIONS` such words;
:data:`MAX_GUESSES` kept each.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass

from whoosh import query as wq
from whoosh.analysis import Analyzer
from whoosh.reading import IndexReader

from indexer.analysis import abbreviations, guessing
from indexer.analysis.analyzer import STOP_WORDS
from indexer.analysis.query_text import compound_parts, query_terms
from indexer.analysis.spelling import VOCABULARY_FIELD
from indexer.index.readers import prefix_terms
from indexer.index.schema import ANSWER, TEXT_FIELDS
from indexer.search.term_queries import phrase_query, term_query, word_query

GUESSED_NOTE = "Abkürzung vermutet: "  # the label of a relaxed answer met by a guessed abbreviation
MAX_KEYS = 48
MAX_SPAN = 4
MAX_GUESSES = 2
MAX_SCANNED = 5_000
MAX_SPLIT = 400
MAX_ABBREVIATIONS = 2  # words written as an abbreviation whose long forms one query looks for


@dataclass(frozen=True)
class Guess:
    """The requirements ``start`` to ``stop`` (exclusive) of a query, met by a guessed form."""

    start: int
    stop: int
    label: str
    query: wq.Query
    terms: frozenset[str]
    # the archive writes the abbreviation itself: its long form is a weaker guess (JVA: Jungviehaufzucht?)
    weak: bool = False
    # the heads of the documents that write a guessed short form: only their answers are met, since its index term
    # may be a word's too (``RED`` is „red“, the stem of „Rede“); None for a guessed long form
    writing: wq.Query | None = None


class Guesses:
    """The guesses for a query's plain ``words`` (None where a requirement is no plain word, or
    a defined abbreviation already stands for it), looked up in ``reader`` when first asked;
    ``text`` is the query as typed, for the function words between them (``für``)."""

    def __init__(self, reader: IndexReader, analyzer: Analyzer, words: tuple[str | None, ...], text: str = "") -> None:
        self._reader, self._analyzer, self._words = reader, analyzer, words
        self._text = text
        self._found: tuple[Guess, ...] | None = None

    @property
    def found(self) -> tuple[Guess, ...]:
        """The guesses, looked up on first use."""
        if self._found is None:
            self._found = self._look_up()
        return self._found

    def _look_up(self) -> tuple[Guess, ...]:
        budget = [MAX_KEYS, MAX_ABBREVIATIONS]
        out: list[Guess] = []
        words, i = self._words, 0
        while i < len(words):
            end = i
            while end < len(words) and words[end] is not None and end - i < MAX_SPAN:
                end += 1
            guess = next((g for stop in range(end, i, -1) if (g := self._guess(i, stop, budget))), None)
            if guess is not None:
                out.append(guess)
            i = guess.stop if guess is not None else i + 1
        return tuple(out)

    @property
    def terms(self) -> frozenset[str]:
        """The index terms of the guesses, if they were looked up (none else: looking costs)."""
        return frozenset().union(*(guess.terms for guess in self._found or ()))

    def covering(self, index: int) -> tuple[Guess, ...]:
        """The guesses standing for requirement ``index``."""
        return tuple(g for g in self.found if g.start <= index < g.stop)

    def _guess(self, start: int, stop: int, budget: list[int]) -> Guess | None:
        words = self._span(start, stop)
        typed = " ".join(words)
        marked = short_forms(self._reader, words, budget) if guessing.reads_as_name(words) else {}
        shorts = list(marked)
        if shorts:
            terms = [t for short in shorts for t in query_terms(self._analyzer, short)]
            # a hyphenated one also as its pieces in a row, as texts print it (``VS - NfD``)
            pieces = [p for short in shorts if len(p := query_terms(self._analyzer, short.replace("-", " "))) > 1]
            query = wq.Or(
                [*(term_query(t, TEXT_FIELDS) for t in terms), *(phrase_query(p, TEXT_FIELDS) for p in pieces)]
            )
            terms += [t for p in pieces for t in p]
            writing = wq.Or([wq.Term(abbreviations.FIELD, key) for short in shorts for key in marked[short]])
            label = f"{GUESSED_NOTE}{' / '.join(shorts)} ← {typed}"
            return Guess(start, stop, label, query, frozenset(terms), writing=writing)
        if stop - start > 1 or not guessing.guessable(typed) or budget[1] <= 0:
            return None
        budget[1] -= 1  # each abbreviation of the query scans terms: a few per query
        longs = long_forms(self._reader, typed)
        if not longs:
            return None
        queries, written, found = [], [], set()
        for long_form in longs:  # a compound's index term, or a name as written (hyphenated: its pieces in a row)
            name = " " in long_form or "-" in long_form
            spelled = long_form if " " in long_form else long_form.replace("-", " ")
            terms = query_terms(self._analyzer, spelled) if name else [long_form]
            queries.append(phrase_query(terms, TEXT_FIELDS) if len(terms) > 1 else word_query(terms[0], TEXT_FIELDS))
            written.append(long_form if name else self._written(long_form))
            found.update(terms)
        label = f"{GUESSED_NOTE}{typed} ← {' / '.join(written)}"
        weak = _used(self._reader, query_terms(self._analyzer, typed))
        return Guess(start, stop, label, wq.Or(queries), frozenset(found), weak)

    def _span(self, start: int, stop: int) -> list[str]:
        """The plain words ``start`` to ``stop`` with the function words the query writes between them."""
        out: list[str] = []
        for i, word in enumerate(self._words[start:stop], start):
            if word:
                out += [*(self._function_words[i] if i > start else ()), word]
        return out

    @functools.cached_property
    def _function_words(self) -> tuple[tuple[str, ...], ...]:
        """Per plain word, the function words right before it in the query (``Bundesamt für Verfassungsschutz``)."""
        out, cursor = [], 0
        for word in self._words:
            at = self._text.find(word, cursor) if word else -1
            gap = self._text[cursor:at].split() if at >= 0 else []
            out.append(tuple(gap) if all(w.lower() in STOP_WORDS for w in gap) else ())
            cursor = at + len(word) if word and at >= 0 else cursor
        return tuple(out)

    def _written(self, term: str) -> str:
        """A word as the texts write it that has the index term ``term`` (``erstaufnahm`` → Erstaufnahme): the
        shortest in the vocabulary, also where the term spells ``ph`` as ``f`` or drops umlauts (``katastrofenschutz``
        → Katastrophenschutz); the term itself where the vocabulary has none."""
        if VOCABULARY_FIELD not in self._reader.schema:
            return term.capitalize()
        written = [
            word
            for spelled in dict.fromkeys(_spellings(term))
            for word in prefix_terms(self._reader, VOCABULARY_FIELD, spelled, 20)
            if query_terms(self._analyzer, word) == [term]
        ]
        return min(written, key=lambda word: (len(word), word), default=term).capitalize()


MAX_SPELLINGS = 32  # ways tried to write one term (each f, a, o, u, ss two ways): a handful for real words


def _spellings(term: str) -> list[str]:
    """``term`` and the ways a text may write what the index spells so: ``f`` as ``ph``, a vowel with its umlaut,
    ``ss`` as ``ß`` (``katastrofenschutz`` → ``katastrophenschutz``, ``burgerburo`` → ``bürgerbüro``,
    ``strassenverkehrsamt`` → ``straßenverkehrsamt``), at most :data:`MAX_SPELLINGS`."""
    pieces = re.split(r"(ss|[faou])", term)
    places = [i for i, piece in enumerate(pieces) if piece in _OTHER_SPELLING]
    fewest_changes_first = (
        changed for count in range(len(places) + 1) for changed in itertools.combinations(places, count)
    )
    return [
        "".join(_OTHER_SPELLING[piece] if i in changed else piece for i, piece in enumerate(pieces))
        for changed in itertools.islice(fewest_changes_first, MAX_SPELLINGS)
    ]


_OTHER_SPELLING = {"f": "ph", "a": "ä", "o": "ö", "u": "ü", "ss": "ß"}


def _pieces(word: str) -> list[str]:
    """A name of nouns joined by hyphens as its pieces, which an abbreviation spells like words of their own
    (``Hochspannungs-Gleichstrom-Übertragung``: HGÜ, not the initials of its eight parts); any other word as it is."""
    return word.split("-") if _HYPHENATED_NAME.fullmatch(word) else [word]


_HYPHENATED_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]{2,})+")


def short_forms(reader: IndexReader, words: list[str], budget: list[int]) -> dict[str, list[str]]:
    """Abbreviations the archive uses, never defines, and ``words`` spell (most used first), each with the terms
    that mark the documents writing it.  ``budget[0]`` holds the key look-ups this query may still make (it is spent
    here)."""
    if abbreviations.FIELD not in reader.schema:
        return {}
    parts = guessing.word_parts([piece for word in words for piece in _pieces(word)])
    found: dict[str, int] = {}
    marks: dict[str, list[str]] = {}
    for key in guessing.keys(parts) if parts else ():
        if budget[0] <= 0:
            break
        budget[0] -= 1
        for term, count in prefix_terms(reader, abbreviations.FIELD, f"{guessing.PREFIX}{key}:", 64).items():
            short = term.rpartition(":")[2]
            if guessing.spelled_by(short, parts) and not _defined(reader, short):
                found[short] = found.get(short, 0) + count
                marks.setdefault(short, []).append(term)
    # the abbreviation that spells more of the words wins: BezVerwG, not BVG (Berliner Verkehrsbetriebe)
    most = max((len(short) for short in found), default=0)
    best = sorted((s for s in found if len(s) == most), key=lambda short: (-found[short], short))[:MAX_GUESSES]
    return {short: marks[short] for short in best}


def long_forms(reader: IndexReader, short: str) -> list[str]:
    """Long forms that spell ``short`` (most used first), when it is written as an abbreviation that
    no document defines and no law has: compounds of the answers (their index terms) and names of
    several words (``Zentralen Erstaufnahme``, see :func:`indexer.analysis.guessing.names`)."""
    if not guessing.guessable(short) or _defined(reader, short):
        return []
    groups = guessing.letter_groups(short)
    shape = re.compile(".*".join(map(re.escape, "".join(groups))))
    # the names of the terms only: their frequencies cost a decoding each, wanted only for the few that spell it;
    # the first group whole first (bez…), then its first letter, whose small letters may begin the next part
    prefixes = dict.fromkeys((groups[0], groups[0][0]))
    scanned = dict.fromkeys(
        t.decode("utf-8")
        for prefix in prefixes
        for t in itertools.islice(reader.expand_prefix(ANSWER, prefix), MAX_SCANNED)
    )
    candidates = [t for t in scanned if t.isalpha() and len(t) > 2 * len(groups) and shape.match(t)][:MAX_SPLIT]
    found = {
        term: reader.doc_frequency(ANSWER, term)
        for term in candidates
        if len(parts := compound_parts(term)) > 1 and guessing.spelled_by(short, [parts])
    }
    for capitals in guessing.name_keys(short):
        key = f"{guessing.NAME_PREFIX}{capitals}:"
        for term, count in prefix_terms(reader, abbreviations.FIELD, key, 64).items():
            name = term[len(key) :]
            if guessing.spelled_by(short, guessing.word_parts(name.split())):
                found[name] = found.get(name, 0) + count
    return sorted(found, key=lambda form: (-found[form], form))[:MAX_GUESSES]


def _used(reader: IndexReader, terms: list[str]) -> bool:
    """Does any text of the archive write the abbreviation itself (its index ``terms``: ``ÖPNV`` → ``opnv``)?"""
    fields = [field for field in TEXT_FIELDS if field in reader.schema]
    return any(reader.doc_frequency(field, term) for term in terms for field in fields)


def _defined(reader: IndexReader, short: str) -> bool:
    """Does a document define ``short`` (as anything), or show it is a person's initials?  Then no guess."""
    field = abbreviations.FIELD
    keys = (abbreviations.short_key(short), guessing.NOT_GUESSED + short)
    return field in reader.schema and any(reader.doc_frequency(field, key) for key in keys)
