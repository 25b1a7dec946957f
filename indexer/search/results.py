"""What a search hands back: one hit per answer, a page of hits, and how a hit is made.

A hit is made from the stored fields of the answer's best record: its document (read once
per index state), a snippet of that record with the query's terms marked, and its link.
Links are built by the ``answer_url`` the caller hands in — the indexer knows no web route.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from markupsafe import Markup
from whoosh import query as wq
from whoosh.searching import Searcher

from indexer.analysis.analyzer import HEAD_MARK
from indexer.index.follow_ups import lent_to
from indexer.index.readers import title_fields
from indexer.index.referrals import REFERRAL, referred
from indexer.index.schema import OF_RESOLUTION, OWN, QUESTION, cited_numbers, record_text, unpack
from indexer.kinds import labels
from indexer.lru import LRU
from indexer.model import Document, Question
from indexer.output.citation import Citation, anfrage_name, anfrage_number
from indexer.search.explain import ASKED, LENT_WAYS, REFERRED, MatchNote, explain
from indexer.search.filters import Filters
from indexer.search.highlight import Marks, highlight, snippet
from indexer.search.matching import NOTES
from indexer.search.nearby import verb_terms
from indexer.search.ranking import NUMBER, RELEVANCE
from indexer.search.requirements import (
    ABBREVIATION,
    DECIMAL,
    GUESSED,
    HEAD,
    INTERRUPTED,
    LACKING,
    PARTS,
    PHRASE,
    WORD,
    Requirement,
)
from indexer.words import counted

if TYPE_CHECKING:
    from indexer.search.plan import AskerOffer, Entry, Plan, Selection

AnswerUrl = Callable[[str, int | None], str]  # (doc_id, question or None for the document) → its link


@dataclass(frozen=True)
class Hit:
    doc_id: str
    question: int | None
    title: str
    drucksache: str | None
    date_answered: str | None
    ministry: str | None
    question_text: str | None
    snippet: Markup
    score: float
    missing: tuple[str, ...] = ()  # query words this answer lacks (shown below the full matches)
    url: str = ""  # the answer's link (empty when the engine was given no ``answer_url``)
    parliament: str = ""  # code: ni, nw …
    anfrage_drucksache: str | None = None  # the question's Drucksache (Niedersachsen prints it)
    askers: tuple[str, ...] = ()  # "Name (Partei)"
    parties: tuple[str, ...] = ()
    match: tuple[MatchNote, ...] = ()  # per query word, how this answer matched it
    label: str = ""  # the question's number as printed where it is no plain 1, 2, 3 ("2a", "1.1")
    kind: str = ""  # the document's kind (see indexer.kinds): an Unterrichtung's items are „Nr. 2“, not „Frage 2“
    anfrage_name: str = ""  # what the answered question is called: „Kleine Anfrage“, Berlin's „Schriftliche Anfrage“
    citation: str = ""  # the answer's citation in short form (the page copies it with title and link), for exports
    wahlperiode: int | None = None
    anfrage_nummer: str = ""  # the answered Anfrage's number as printed: „2509“, Sachsen-Anhalt's „KA 7/2151“
    date: str | None = None  # what the hit is filtered and sorted by: the answer's date, else its Anfrage's
    marks: frozenset[str] = field(default=frozenset(), repr=False)  # the terms the snippet marks

    @property
    def dated_by_anfrage(self) -> bool:
        """Does the Anfrage's date stand in for the answer's own, which the copy does not print?"""
        return self.date_answered is None and self.date is not None

    @property
    def question_marked(self) -> Markup | None:
        """The question text, escaped, the words the snippet marks marked too — worked out where a page shows it,
        not for every hit the API or an export lists (analysing a text costs about a millisecond)."""
        return highlight(self.question_text, self.marks) if self.question_text else None

    @property
    def printed_question(self) -> str:
        """The question's number as the document prints it, for what users read and cite."""
        return self.label or ("" if self.question is None else str(self.question))

    @property
    def item(self) -> str:
        """The answered part as users read it: ``Frage 2``, an Unterrichtung's ``Nr. 2``; empty for a document."""
        return f"{labels(self.kind).item} {self.printed_question}" if self.question is not None else ""

    @property
    def lacks(self) -> list[str]:
        """Query words this relaxed answer lacks altogether (the page strikes them through)."""
        return [label for label in self.missing if not label.startswith(NOTES)]

    @property
    def notes(self) -> list[str]:
        """How a relaxed answer falls short without lacking a word: ``nur Wortteile: Polizei … Gewalt``
        (compounds of which only scattered parts occur), ``nur verwandte Wortform: „Gefährder“``
        (``gefährdet``), ``nur in Titel, Vorbemerkung, Anlagen oder Fußnoten``, ``Abkürzung vermutet: BezVerwG ←
        Bezirksverwaltungsgesetz`` (an abbreviation no document defines, see :mod:`indexer.search.guesses`)."""
        return [label for label in self.missing if label.startswith(NOTES)]

    @property
    def found_as(self) -> str:
        """The quiet line under a hit: ``Langzeitarbeitslosigkeit ← Arbeitslosigkeit (Wortteil)``."""
        return "; ".join(note.text for note in self.match)

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "question": self.question,
            "question_label": self.printed_question or None,
            "kind": self.kind,
            "title": self.title,
            "drucksache": self.drucksache,
            "date_answered": self.date_answered,
            "ministry": self.ministry,
            "question_text": self.question_text,
            "url": self.url,
            "snippet": str(self.snippet),
            "score": float(f"{self.score:.4g}"),  # four digits, also for scores weakened a hundredfold
            "missing": list(self.missing),
            "parliament": self.parliament,
            "anfrage_drucksache": self.anfrage_drucksache,
            "anfrage_name": self.anfrage_name,
            "wahlperiode": self.wahlperiode,
            "anfrage_nummer": self.anfrage_nummer or None,
            "citation": self.citation,
            "date": self.date,
            "dated_by_anfrage": self.dated_by_anfrage,
            "askers": list(self.askers),
            "parties": list(self.parties),
            "match": [note.to_json() for note in self.match],
        }


@dataclass(frozen=True)
class ResultPage:
    query: str
    total: int
    page: int
    per_page: int
    hits: list[Hit] = field(default_factory=list)
    filters: Filters = field(default_factory=Filters)
    sort: str = RELEVANCE
    words: str = ""  # the query without its field syntax
    sought: int = 0  # how many of the query's items a full match meets (stop words and exclusions are none)
    facets: dict[str, list[tuple[Any, int]]] = field(default_factory=dict)
    suggestion: str | None = None  # „Meinten Sie …?“ (see indexer.analysis.spelling)
    partial: int = 0  # answers not meeting every query word themselves, listed after the ``total`` full matches
    incomplete: bool = False  # the time limit cut ranking short: the counts are exact, the order is not
    notice: str | None = None  # a German note on the query itself (a cited question the document lacks)
    asker: AskerOffer | None = None  # no answer as text, but the words name a known asker: their filter
    # sorted by date (only the full matches listed): the ``partial`` of the same search's first page of this size
    # sorted by relevance, which page and CLI say besides
    relevance_partial: int = 0

    @property
    def lacking(self) -> str:
        """What the answers after the full matches lack, as page and CLI say it: „Antworten, die … enthalten“."""
        return "nicht alle Begriffe selbst" if self.sought > 1 else "den Begriff nicht selbst"

    @property
    def nothing_to_export(self) -> str | None:
        """What page and API say where no answer meets every word but others are listed: exports hold none of those."""
        if self.total or not self.partial:
            return None
        words = "allen Suchbegriffen" if self.sought > 1 else "dem Suchbegriff"
        return f"Nichts herunterzuladen: Exporte enthalten nur Antworten mit {words}, keine der gelisteten."

    @classmethod
    def of(
        cls,
        text: str,
        page: int,
        per_page: int,
        chosen: Plan,
        found: Selection,
        hits: list[Hit],
        facets: dict[str, list[tuple[Any, int]]],
        suggestion: str | None,
        notice: str | None = None,
        asker: AskerOffer | None = None,
    ) -> ResultPage:
        """The page of ``hits`` for ``text``, as planned (filters, sort, words) and found (counts)."""
        return cls(
            text,
            found.total,
            page,
            per_page,
            hits,
            filters=chosen.filters,
            sort=chosen.sort,
            words=chosen.words,
            sought=len(chosen.compiled.required) if chosen.compiled is not None else 0,
            facets=facets,
            suggestion=None if asker else suggestion,  # a name is no typo of another word
            partial=found.partial,
            incomplete=found.incomplete,
            notice=notice,
            asker=asker,
            relevance_partial=found.relevance,
        )

    @property
    def pages(self) -> int:
        return max(1, -(-(self.total + self.partial) // self.per_page))

    @property
    def past_last(self) -> str | None:
        """What page, API and CLI say where the page asked lies past the search's last (they show the last one
        instead); nothing where the search found nothing, whose one empty page is no „last one“."""
        if self.page <= self.pages or not (self.total or self.partial):
            return None
        return f"Seite {self.page} gibt es nicht – die Suche hat {counted(self.pages, 'Seite')}; hier die letzte."

    @property
    def partial_page(self) -> int | None:
        """The page the answers after the full matches begin on (None: there are none): behind a page of full
        matches and more they are listed after its last page, and the pages before it link there."""
        return self.total // self.per_page + 1 if self.partial else None

    def to_json(self) -> dict[str, Any]:
        data = {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "per_page": self.per_page,
            "hits": [hit.to_json() for hit in self.hits],
            "partial": self.partial,
            "partial_page": self.partial_page,
            "incomplete": self.incomplete,
        }
        if self.suggestion:
            data["suggestion"] = self.suggestion
        if self.notice:
            data["notice"] = self.notice
        if self.asker:
            data["asker"] = {
                "fragesteller": self.asker.name,
                "partei": self.asker.party,
                "query": self.asker.words,
                "answers": self.asker.answers,
            }
        return data


class HitBuilder:
    """Makes hits from stored records; keeps the last ``documents`` documents read, per index state."""

    def __init__(self, answer_url: AnswerUrl | None = None, documents: int = 256) -> None:
        self.answer_url = answer_url
        self._documents: LRU[Document] = LRU(documents)

    def link(self, doc_id: str, question: int | None = None) -> str:
        return self.answer_url(doc_id, question) if self.answer_url is not None else ""

    def document(self, searcher: Searcher, state: Hashable, doc_id: str) -> Document:
        """The indexed document; KeyError when the index does not hold it."""
        return self._documents.get_or_make((state, doc_id), lambda: _read_document(searcher, doc_id))

    def find(self, searcher: Searcher, state: Hashable, doc_id: str) -> Document | None:
        """The indexed document, or None when the index does not hold it."""
        try:
            return self.document(searcher, state, doc_id)
        except KeyError:
            return None

    def hits(self, searcher: Searcher, state: Hashable, entries: list[Entry], chosen: Plan) -> list[Hit]:
        guessed = _guessed_terms(chosen)
        return [
            self.hit(searcher, state, entry, chosen.highlight_terms, _required(chosen), guessed, _cited(chosen))
            for entry in entries
        ]

    def hit(
        self,
        searcher: Searcher,
        state: Hashable,
        entry: Entry,
        terms: frozenset[str],
        required: Sequence[Requirement] = (),
        guessed: frozenset[str] = frozenset(),
        cited: Sequence[str] = (),
    ) -> Hit:
        """The hit of the answer whose best record has the stored fields of ``entry``, ``terms``
        marked in its snippet (and the ``guessed`` abbreviations' where one met a word), and how
        it matched each of the ``required`` query words (or which of the ``cited`` numbers it is found by)."""
        score, fields, missing, how = entry
        terms = _without(marked_terms(terms, required, how), _lacked_terms(required, missing))
        document = self.document(searcher, state, fields["doc_id"])
        number = fields.get("question")
        question = document.question(number) if number is not None else None
        body = record_text(document, fields)
        if GUESSED in how or INTERRUPTED in how:  # unscored: its best record may be any, so the whole unit
            terms = terms | guessed if GUESSED in how else terms
            body = "\n".join((body, question.text, question.answer_text)) if question is not None else body
            shown = snippet(question.answer_text if question is not None and question.answer else body, terms)
        else:
            shown = _snippet(document, fields, question, terms)
            if question is not None and question.answer and "<mark>" not in shown:
                # its best-scoring record may hold only a part of the word (a short paragraph with „Landesämter“
                # for ``Ammerland``, the long table holding the word scoring less): the passage holding the word
                whole = snippet(question.answer_text, terms)
                if "<mark>" in whole:
                    shown, body = whole, question.answer_text
        return Hit(
            doc_id=document.id,
            question=number,
            title=document.title,
            drucksache=document.drucksache,
            date_answered=document.date_answered.isoformat() if document.date_answered else None,
            ministry=document.ministry,
            question_text=question.text if question else None,
            snippet=shown,
            score=score,
            missing=missing,
            url=self.link(document.id, number),
            parliament=document.parliament,
            anfrage_drucksache=document.anfrage_drucksache,
            askers=document.asker_labels,
            parties=document.parties,
            match=(tuple(how) == (NUMBER,) and _by_number(document, cited))
            or _lacked(
                _explained(body, question, required, how, guessed, _lent(document, fields, question), shown), missing
            ),
            label=question.label if question else "",
            kind=document.kind,
            anfrage_name=anfrage_name(document),
            citation=Citation(document, number).short(),  # made here, where the document is at hand
            wahlperiode=document.wahlperiode,
            anfrage_nummer=anfrage_number(document),
            date=document.date.isoformat() if document.date else None,
            marks=terms,
        )


def _snippet(document: Document, fields: dict[str, Any], question: Question | None, terms: frozenset[str]) -> Markup:
    """The passage to show under the question: when the best record is the question itself (shown
    above the snippet already), the answer's best passage instead; no answer text, no snippet."""
    if fields.get("kind") != QUESTION:
        return snippet(record_text(document, fields), terms)
    if question is not None and question.answer:
        return snippet(question.answer_text, terms)
    return Markup("")


def _explained(
    body: str,
    question: Question | None,
    required: Sequence[Requirement],
    how: Sequence[str],
    guessed: frozenset[str],
    lent: str,
    shown: Markup,
) -> tuple[MatchNote, ...]:
    """How the hit met each word (see :func:`explain`), read in its best record ``body`` — or, for a word not there,
    in what the hit shows besides: the passage ``shown`` under it (the answer's, where the best record is the
    question: „Antrag ← Anträge“, not „Anträge (Wort)“ beside a marked „Antrag“) and the question above it — and a
    word a short answer meets through the answer it refers to, said so.  A word met in another paragraph of the
    answer stays „(Wort)“: naming it as written there cost 2 % of the benchmark mix (analysing those paragraphs for
    every hit).  A compound whose parts the best record does not spell out close together is looked for in the shown
    passage too (at most one more analysis a hit: for ``Bundesinnenministerium`` 8 of 20 hits, 20–25 → 37–44 ms a page
    of 20 on the Bundestag answers, measured in review)."""
    notes = explain(body, required, how, guessed, lent)
    if question is None or not any(note.way in (WORD, PARTS) and note.found is None for note in notes):
        return notes
    passage = "\n".join(text for text in (shown.striptags(), question.text) if text and text not in body)
    if passage:
        seen = explain(passage, required, how, guessed, "")
        notes = tuple(
            again if note.way in (WORD, PARTS) and note.found is None else note
            for note, again in zip(notes, seen, strict=True)
        )
        if not any(note.way == WORD and note.found is None for note in notes):
            return notes
    # a short answer referring to another indexes that one's words on its last paragraph, which need not be the
    # one saying so („Es wird auf die Antwort zu Frage 1 verwiesen.“ and a second sentence)
    referral = REFERRAL.search(" ".join(question.answer)) if referred(question.answer, question.number) else None
    if referral is None:
        return notes
    return tuple(
        MatchNote(note.word, REFERRED, referral.group(0)) if note.way in LENT_WAYS and note.found is None else note
        for note in notes
    )


def _lent(document: Document, fields: dict[str, Any], question: Question | None) -> str:
    """The text a question's record indexes besides its own: the earlier questions it names."""
    if fields.get("kind") != QUESTION or question is None:
        return ""
    return "\n".join(lent_to(question, document.questions))


def marked_terms(terms: frozenset[str], required: Sequence[Requirement], how: Sequence[str]) -> frozenset[str]:
    """The terms to mark in a hit's snippet: of a word the hit met as the word itself (``Hitzeschutz``), the word,
    and its parts only together in one word (``Hitzeschutzplan``), never one part alone (``Schutz`` would mark
    „Arbeitsschutz“); of a word met by its abbreviation or long form, that form („ÖPNV“ for ``öffentlicher
    Personennahverkehr``, not „persönliche“ for the part ``Person``); of a compound met by its parts close together,
    those parts where they stand together („Schutz der Kinder“ for ``Kinderschutz``, not „Kindertageseinrichtungen“),
    as the document's page marks them (:func:`page_marks`); of a word only its document's head holds, nothing (not
    „Energie“ for ``Windenergie`` in the titled document's other answers)."""
    numbers = any(DECIMAL.search(requirement.label) for requirement in required)  # marked as written
    if len(how) == len(required):  # a word only its document's head holds: the answer holds none of it, no part alone
        lent = [requirement.terms for requirement, way in zip(required, how, strict=True) if way == HEAD]
        met = [requirement.terms for requirement, way in zip(required, how, strict=True) if way != HEAD]
        terms = terms - (frozenset().union(*lent) - frozenset().union(*met))
    if len(how) != len(required) or not ({WORD, ABBREVIATION, PHRASE, PARTS} & set(how) or numbers):
        # met by none of its own words (only its document's head holds them, say): not „legen“ for „LEG“ either
        return terms.difference(*map(_in_capitals_only, required))
    narrowed: list[tuple[Requirement, frozenset[str] | None, bool]] = []
    spelled: list[frozenset[str]] = []  # a compound met by its parts close together: marked there, as on its page
    verbs: set[str] = set()
    for requirement, way in zip(required, how, strict=True):
        if way == PARTS:
            own, parts, verb = _spelled_out(requirement)
            narrowed.append((requirement, own, True))  # a word holding every part: the compound in it
            spelled.append(parts)
            verbs.update(verb)
        else:
            narrowed.append(
                (requirement, requirement.terms_met(way) if way in (WORD, ABBREVIATION) else None, way == WORD)
            )
    phrases = [
        phrase
        for requirement, way in zip(required, how, strict=True)
        if way == PHRASE
        for phrase in _phrases(requirement)
    ]
    marks = _narrowed(terms, narrowed, phrases)
    return Marks.of(marks, marks.groups, marks.written, [*marks.runs, *spelled], marks.capitals, verbs)


def _lacked(notes: tuple[MatchNote, ...], missing: Sequence[str]) -> tuple[MatchNote, ...]:
    """The notes with a word the hit lacks said lacking: not „gefunden als Landkreis (nur Wortteile)“ for
    ``Herkunftsländer`` beside „Es fehlt: Herkunftsländer“ (a part „Land“ is no part of the answer's topic)."""
    return tuple(MatchNote(note.word, LACKING) if note.word in missing else note for note in notes)


def _lacked_terms(required: Sequence[Requirement], missing: Sequence[str]) -> frozenset[str]:
    """The terms of the words a hit lacks („Es fehlt: Herkunftsländer“), none of which its snippet marks: not
    „Landkreis“ for the part „Länder“ of the lacked word, marked beside the note that the answer lacks it.  A term
    another word of the search shares stays."""
    lacked = [requirement for requirement in required if requirement.label in missing]
    if not lacked:
        return frozenset()
    kept = frozenset().union(*(r.terms for r in required if r.label not in missing))
    return frozenset().union(*(r.terms for r in lacked)) - kept


def _without(terms: frozenset[str], lacked: frozenset[str]) -> frozenset[str]:
    """``terms`` without ``lacked``, what else :class:`Marks` says kept."""
    if not lacked & terms:
        return terms
    if not isinstance(terms, Marks):
        return terms - lacked
    return Marks.of(terms - lacked, terms.groups, terms.written, terms.runs, terms.capitals, terms.verbs)


def _spelled_out(requirement: Requirement) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """What marks a compound met by its parts close together, on a hit and on its page alike: its own terms (a word
    holding every part is the compound in it), the parts' terms, marked where they stand together, and the terms of
    the verb its head in -ung names, beside which they spell it out too („Ziegen gehalten“ for ``Ziegenhaltung``)."""
    own = requirement.terms_met(WORD) | requirement.terms_met(ABBREVIATION)
    return own, requirement.terms - own, verb_terms(requirement.label.replace(" ", "-"))


def _in_capitals_only(requirement: Requirement) -> frozenset[str]:
    """The terms of ``requirement`` that stand for it only in a short form's capitals (``leg`` for „LEG“, see
    :attr:`~indexer.search.requirements.Requirement.in_capitals`), unless the word typed is that term itself."""
    cased = frozenset().union(*(terms for terms, _pattern in requirement.in_capitals))
    return cased - requirement.terms_met(WORD)


def page_marks(terms: frozenset[str], required: Sequence[Requirement], held: set[str]) -> Marks:
    """The terms to mark on a document's page: of a word the document holds itself or by its abbreviation (the
    index terms ``held``), that word or form, and its parts only together in one word, as a hit's snippet marks
    them (:func:`marked_terms`) — not „Insektenschutzgittern“ for ``Hitzeschutz``; of a compound it holds only
    spelled out, the parts where they stand close together, as the search met them („sozialen Arbeit“ for
    ``Sozialarbeit``, not „Querschnittsarbeit“ or „Sozialdienst“ elsewhere)."""
    narrowed: list[tuple[Requirement, frozenset[str] | None, bool]] = []
    spelled: list[frozenset[str]] = []
    verbs: set[str] = set()
    for requirement in required:
        own, parts, verb = _spelled_out(requirement)
        if own & held:
            narrowed.append((requirement, own, True))
        elif PARTS in requirement.ways and requirement.loose:
            narrowed.append((requirement, own, True))
            spelled.append(parts)
            verbs.update(verb)
        else:
            narrowed.append((requirement, None, True))
    marks = _narrowed(terms, narrowed, [phrase for requirement in required for phrase in _phrases(requirement)])
    return Marks.of(marks, marks.groups, marks.written, [*marks.runs, *spelled], marks.capitals, verbs)


def _phrases(requirement: Requirement) -> list[frozenset[str]]:
    """The words of each phrase of several words a quoted requirement looks for (``"Kosten der Unterkunft"``)."""
    if requirement.ways != (PHRASE,):
        return []
    leaves = (leaf for alternative in requirement.alternatives for query in alternative for leaf in query.leaves())
    return list(dict.fromkeys(frozenset(leaf.words) for leaf in leaves if isinstance(leaf, wq.Phrase)))


def _narrowed(
    terms: frozenset[str],
    narrowed: Iterable[tuple[Requirement, frozenset[str] | None, bool]],
    phrases: Sequence[frozenset[str]] = (),
) -> Marks:
    """``terms`` without what each requirement looks for beyond ``own`` (its terms met as the word or form itself;
    None: every term stays), its parts kept as a group, marked only together in one word, where ``grouped``; the
    words of ``phrases`` only beside another of their phrase („Unterkunft und Heizung“ is no „Kosten der
    Unterkunft“), unless a requirement keeps them."""
    runs: list[frozenset[str]] = [phrase for phrase in phrases if len(phrase) > 1]
    phrased = frozenset().union(*runs)
    left_out: set[str] = set(phrased)
    kept: set[str] = set()
    groups: list[frozenset[str]] = []
    written: list[str] = []
    capitals: list[str] = []
    for requirement, own, grouped in narrowed:
        numbers = DECIMAL.findall(requirement.label)  # „2,5“ marked as written, not each „2“ and „5“
        if numbers:
            written += numbers
            digits = {digits for number in numbers for digits in re.findall(r"\d+", number)}
            left_out |= digits & requirement.terms
            requirement = replace(requirement, terms=requirement.terms - digits)
        if requirement.in_capitals:  # „LEG“ marked as written, not „legen“, whose term it shares
            cased = _in_capitals_only(requirement)
            if own is None or own & cased:
                capitals += [pattern for _terms, pattern in requirement.in_capitals]
            left_out |= cased
            requirement = replace(requirement, terms=requirement.terms - cased)
            own = own - cased if own is not None else None
        if own is None:
            kept |= requirement.terms - phrased if requirement.ways == (PHRASE,) else requirement.terms
            continue
        long_forms, alone = requirement.long_forms
        together = (own & frozenset().union(*long_forms)) - alone  # marked only beside another word of the form
        kept |= own - together
        left_out |= (requirement.terms - own) | together
        runs += [form & own for form in long_forms]
        if grouped:
            groups.append(frozenset(t for t in requirement.terms - own if not t.startswith(HEAD_MARK)))
    return Marks.of(terms - (left_out - kept), groups, written, runs, capitals)


def _by_number(document: Document, cited: Sequence[str]) -> tuple[MatchNote, ...]:
    """How an answer found by a cited number is found, that number named: „Drucksache 21/2000 (Dokumentnummer)“ for
    its own, „Drucksache 21/1779 (Nummer der Anfrage)“ for the Anfrage it answers — not „Nummer (Dokumentnummer)“ for
    both, which called the Anfrage's number the answer's; nothing where no cited number is one of these."""
    whose = {number.lower(): (number, kind) for number, kind in cited_numbers(document) if kind != OF_RESOLUTION}
    found = next((whose[number.lower()] for number in cited if number.lower() in whose), None)
    if found is None:
        return ()
    number, kind = found
    # a KA number named as its parliament names it („Schriftliche Anfrage 18/12345“)
    named = f"{anfrage_name(document)} {number[2:]}" if number.startswith("ka") else f"Drucksache {number}"
    return (MatchNote(named, NUMBER if kind == OWN else ASKED),)


def _cited(chosen: Plan) -> tuple[str, ...]:
    return chosen.compiled.cited if chosen.compiled is not None else ()


def _required(chosen: Plan) -> tuple[Requirement, ...]:
    return chosen.compiled.required if chosen.compiled is not None else ()


def _guessed_terms(chosen: Plan) -> frozenset[str]:
    """The terms of the abbreviations guessed for the search (if the relaxed tier looked them up)."""
    guesses = chosen.compiled.guesses if chosen.compiled is not None else None
    return guesses.terms if guesses is not None else frozenset()


def _read_document(searcher: Searcher, doc_id: str) -> Document:
    stored = title_fields(searcher, doc_id)
    if stored is None:
        raise KeyError(doc_id)
    return unpack(stored["meta"])
