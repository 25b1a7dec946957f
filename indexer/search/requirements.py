"""What a compiled query asks of an answer: its requirements, each with the ways it can be met.

The compiler (:mod:`indexer.search.query`) builds them; matching, ranking and the „gefunden als“ line read them.  Each
way is named (:data:`WAYS`), so a hit can say how it matched.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from whoosh import query as wq

from indexer.search.guesses import Guesses
from indexer.search.relatives import Relatives
from indexer.search.text_checks import TextChecked

# How an alternative of a requirement matches (see Requirement.ways); the hit says it in words.
WORD, PARTS, ABBREVIATION, SPELLING, PREFIX, PHRASE = "wort", "teile", "abkuerzung", "schreibweise", "praefix", "phrase"
NUMERAL = "zahlzeichen"  # a number after a word as a Roman numeral: „Mütterrente III“ for ``Mütterrente 3``
NAME = "name"  # a compound as an authority's name sharing none of its parts: „Auswärtiges Amt“ for ``Außenministerium``
STATE = "staat"  # a state's adjective for its name or back: „chinesischen“ for ``Chinas``
# an adjective in -los for its noun in -losigkeit or back: „Langzeitarbeitslosigkeit“ for ``Langzeitarbeitslose``
DERIVED = "losigkeit"
VERB_NOUN = "verb_nomen"  # a verb in -ieren typed for its noun in -ierung: „Stationierung“ for ``stationieren``
WAYS = (WORD, PARTS, ABBREVIATION, SPELLING, PREFIX, PHRASE, NUMERAL, NAME, STATE, DERIVED, VERB_NOUN)
GUESSED = "abkuerzung_vermutet"  # how a relaxed answer meets words only by a guessed abbreviation (see guesses)
RELATED = "verwandt"  # how a relaxed answer meets a word only by a relative (never a full match)
SCATTERED = "verstreut"  # how a relaxed answer meets a compound only by its parts spread apart
INTERRUPTED = "unterbrochen"  # how a relaxed answer meets a quoted phrase only with words inserted
LACKING = "fehlt"  # a relaxed answer does not meet the word at all
JOINT = "gemeinsam"  # a relaxed answer meets the word only by the question it is answered together with
HEAD = "kopf"  # a full match meets the word only in its document's head (title, Vorbemerkung, annexes, footnotes)
HEAD_PART = "teils_kopf"  # … its last word in the answer, a word before it only in the head („Techniker Krankenkasse“)
LAND = "land"  # a full match meets the name of a Land by its document: an answer of that Land's parliament
# A word of the same Snowball family (``Gefährdung``, ``gefährdet`` for ``Gefährder``) is no match,
# but said and shown below the matches: the judges of our queries counted some as relevant (``Düngung``
# for ``Dünger``), most as not.
RELATED_ONLY = "nur verwandte Wortform: "
PARTS_ONLY = "nur Wortteile: "  # how a relaxed answer with scattered parts says so ("nur Wortteile: Polizei … Gewalt")
INTERRUPTED_ONLY = "nur mit Einschub: "  # „nur mit Einschub: „Versammlungen unter freiem Himmel““
# A quoted phrase whose words stand in order with up to two other words between each two (stop words are not
# indexed): "Versammlungen und Aufzüge unter freiem Himmel" for "Versammlungen unter freiem Himmel" — relaxed tier only
INTERRUPTED_SLOP = 3
# A number with a decimal comma or a thousands point („2,5“, „1.000“): the index keeps its digits as words in a row,
# as it keeps „Fragen 2 und 5“ and a table's „Summe 1 2 5“ (function words and cells leave no gap) — the text says it
DECIMAL = re.compile(r"\d+(?:[.,]\d+)+")


@dataclass(frozen=True)
class Requirement:
    """One item of the query: met by an answer when, for any one alternative, every query of
    it matches somewhere in the answer (``Asylverfahrensdauer`` — or ``Asylverfahren`` in one
    paragraph and ``Dauer`` in another)."""

    alternatives: tuple[tuple[wq.Query, ...], ...]
    scoring: wq.Query  # how the item counts in the ranking
    label: str = ""  # the user's words, to say which one an answer lacks
    relaxable: bool = True  # may an answer lack it? Not a quoted phrase or a field-restricted word.
    ways: tuple[str, ...] = ()  # how each alternative matches (one of WAYS), in the same order
    loose: tuple[wq.Query, ...] = ()  # a compound's parts anywhere, a phrase interrupted: relaxed tier only
    parts: tuple[str, ...] = ()  # those parts as the user spelled them ("Polizei", "Gewalt")
    terms: frozenset[str] = frozenset()  # the index terms it looks for (to show which word matched)
    relatives: Relatives | None = None  # a simple word's relatives: relaxed tier only, looked up when asked
    verb: bool = False  # the finite verb of a question typed as one: an answer lacking only it comes first

    def way(self, index: int) -> str:
        return self.ways[index] if index < len(self.ways) else WORD

    def terms_met(self, way: str) -> frozenset[str]:
        """The text terms of the alternatives meeting it in ``way``: of ``ABBREVIATION`` the short or long form,
        not the parts of the word's compounds (``person`` of ``Personennahverkehr``)."""
        return self._terms_by_way.get(way, frozenset())

    @functools.cached_property
    def long_forms(self) -> tuple[list[frozenset[str]], frozenset[str]]:
        """The terms of each long form of several words the word's abbreviation stands for (``ÖPNV``: öffentlich,
        personennahverkehr), and the terms its other queries look for alone (the word as typed, a short form)."""
        forms: list[frozenset[str]] = []
        alone: set[str] = set()
        for index, alternative in enumerate(self.alternatives):
            for query in alternative:
                for leaf in query.leaves():
                    if self.way(index) == ABBREVIATION and isinstance(leaf, wq.Phrase):
                        forms.append(frozenset(leaf.words))
                    else:
                        alone |= {text for field, text in leaf.iter_all_terms() if field != "doc_id"}
        return list(dict.fromkeys(forms)), frozenset(alone)

    @functools.cached_property
    def in_capitals(self) -> tuple[tuple[frozenset[str], str], ...]:
        """The short forms that read as a word as well (``LEG``: „legen“), each with the pattern of its capitals: they
        meet the word only where a text writes them so, and only there are they marked and named."""
        return tuple(
            (frozenset(t for _f, t in query.child.iter_all_terms()), query.pattern)
            for index, alternative in enumerate(self.alternatives)
            if self.way(index) == ABBREVIATION
            for query in alternative
            if isinstance(query, TextChecked) and query.cased
        )

    @functools.cached_property
    def _terms_by_way(self) -> dict[str, frozenset[str]]:
        """:meth:`terms_met` of every way, walked once: each hit of a page asks it again."""
        found: dict[str, set[str]] = {}
        for index, alternative in enumerate(self.alternatives):
            terms = found.setdefault(self.way(index), set())
            terms.update(t for q in alternative for f, t in q.iter_all_terms() if f != "doc_id")
        return {way: frozenset(terms) for way, terms in found.items()}

    @property
    def related(self) -> frozenset[str]:
        """The terms of the word's relatives (looked up now if not yet)."""
        return self.relatives.terms if self.relatives is not None else frozenset()

    def loosely(self) -> tuple[wq.Query, ...]:
        """What meets it loosely: its compound's parts anywhere, its phrase interrupted, or its word's
        relatives (looked up now)."""
        return self.relatives.queries if self.relatives is not None else self.loose

    @property
    def loose_way(self) -> str:
        """How an answer meeting it only loosely meets it (one of RELATED, INTERRUPTED, SCATTERED)."""
        if self.related:
            return RELATED
        return INTERRUPTED if self.ways == (PHRASE,) and self.loose else SCATTERED

    def loose_note(self, present: tuple[str, ...] | None = None) -> str:
        """What a relaxed answer meeting it only loosely says (``present``: the parts it has, if not all)."""
        way = self.loose_way
        if way == RELATED:
            return f"{RELATED_ONLY}„{self.label}“"
        if way == INTERRUPTED:
            phrase = self.label.strip('"')
            return f"{INTERRUPTED_ONLY}„{phrase}“"
        return PARTS_ONLY + " … ".join(self.parts if present is None else present)


@dataclass(frozen=True)
class CompiledQuery:
    """What to find and how to rank it.

    Every :class:`Requirement` must be met somewhere in an answer — in one of its paragraphs
    or in its document's title — for the answer to be a hit; ``scoring``
    ranks the matching paragraphs (phrase and proximity matches score higher); ``exclude``
    removes a whole answer when any of its paragraphs, or its document's head, matches (``-wort``); ``numbers`` finds
    documents by a cited number, ranked first, whatever else the query says, and ``question``
    the answers of theirs a citation names (``Drs. 6/79, Fragen 2 und 3``).
    """

    required: tuple[Requirement, ...]
    scoring: wq.Query
    highlight_terms: frozenset[str]
    exclude: wq.Query | None = None
    numbers: wq.Query | None = None
    questions: tuple[str, ...] = ()  # as printed: "2", "2a", "1.1", a range "3-5"
    guesses: Guesses | None = None  # abbreviations no document defines, guessed when the relaxed tier asks
    named: wq.Query | None = None  # of ``numbers``, only the documents a number names (not texts citing it)
    cited: tuple[str, ...] = ()  # the document numbers (or ids) cited, as first read
    # quoted phrases the index holds one word of at most, with that word: function words are no index terms
    thin: tuple[tuple[str, str | None], ...] = ()
    asked: tuple[str, ...] = ()  # question words the query was asked with, not searched (``warum``, ``wann``)
    # with ``questions``: the texts citing the number too, for a document the archive lacks (``Drs. 16/470 Frage 3``
    # cited in an answer, „wird auf die Antwort zu Frage 3 der LT-Drs. 16/470 verwiesen“)
    citing: wq.Query | None = None
    # the texts naming a cited question („zu Frage 3 der …“): of those citing a document the archive lacks, or the
    # answers of other documents referring to a cited answer the archive holds
    cited_questions: wq.Query | None = None
    # of ``cited``: is one in the archive (None: not known, a Kleine Anfrage's number), and does a text cite one?
    held: bool | None = None
    quoted: bool = False
