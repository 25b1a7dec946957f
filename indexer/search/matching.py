"""Which answers meet a query's requirements, and how each one is met.

Answers are global ordinals across the segments of one searcher.  A requirement is met by an
answer when, for one of its alternatives, every query matches a record of the answer or its
document's title, which names what every answer of the document is about — not its Vorbemerkung,
annexes and footnotes: an account of the occasion, a table row or a source's title is no word of every answer.  Which
alternative met it says how the answer matched (the word, its parts close together, an
abbreviation …); a compound whose parts only occur scattered over the answer, a word only by a
relative, a quoted phrase only with words inserted meet it *loosely*: such answers belong to the
relaxed tier, never to the full matches.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator

import numpy as np
from whoosh import query as wq

from indexer.index.schema import ANNEX, PREAMBLE, TITLE
from indexer.parliaments import PARLIAMENT, lands_containing
from indexer.search.answer_sets import Answers, Mask, anyof, every
from indexer.search.guesses import GUESSED_NOTE, Guess
from indexer.search.joint import JOINT_NOTE
from indexer.search.positional import bounded, matching_within, terms_of, upper_bound
from indexer.search.requirements import (
    GUESSED,
    HEAD,
    HEAD_PART,
    INTERRUPTED_ONLY,
    LACKING,
    LAND,
    PARTS_ONLY,
    RELATED_ONLY,
    SCATTERED,
    WORD,
    CompiledQuery,
    Requirement,
)
from indexer.words import listed

HEAD_FIELDS = frozenset({TITLE, PREAMBLE, ANNEX})  # the fields of a document's head records
HEAD_ONLY = "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten"  # every word in the document head, none in the answer
# labels of relaxed answers: how, not which word lacks
# another answer of a document about the query's words (see Matches._same_document): the judges of our queries count
# every answer of a document on one topic, whose questions need not repeat it
SAME_DOCUMENT = "weitere Antwort eines Dokuments mit Treffern"
SAME_DOCUMENT_PARTLY = "weitere Antwort eines Dokuments mit Teiltreffern"  # no full match: answers lacking a word
NOTES = (
    PARTS_ONLY,
    HEAD_ONLY,
    RELATED_ONLY,
    INTERRUPTED_ONLY,
    GUESSED_NOTE,
    JOINT_NOTE,
    SAME_DOCUMENT,
    SAME_DOCUMENT_PARTLY,
)
# A guessed abbreviation: after the answers whose document's head holds the words they lack (a document about the
# query: `PIT ← Pestizide im Trinkwasser` of a shipyard's answer came before the answers on pesticides), before
# answers lacking a word or having only scattered parts — or, where the texts write the abbreviation itself (found as
# written, the guess comes second), after all of them.
GUESSED_TIER = 0.765
JOINT_TIER = 0.8  # answered jointly with a full match (see indexer.search.joint): before answers lacking a word
JOINT_AFTER = 0.002  # answered jointly with a guessed one: right after the guesses
HEAD_TIER = 0.75  # every word in the document's head: before a guess and answers lacking a word
# within it, and within the answers lacking the same number of words, the answers holding more of the words themselves
# first (a query has at most 40 requirements: all below GUESSED_TIER, and below the next number lacked)
HEAD_WORD_STEP = 0.0003
# Among the answers lent as many words, those lent the commoner ones come first: an answer holding the query's rarest
# word itself (``Trusted-Flagger`` of ``Trusted-Flagger Meldungen``) is about it more likely than one holding
# ``Meldungen`` whose document's head names the rest.  At most this share of a step, so the count still comes first.
RARE_LENT = 0.5
# … and those holding the last word of a lent word run themselves (``Steuer`` of ``Luftverkehr Steuer``, its document's
# head naming the „Luftverkehrsteuer“), or a part of a lent compound (``Steuer`` of ``Luftverkehrsteuer``), before
# those holding none of it: up to this share of a step (with RARE_LENT below one step, so the count of words lent still
# comes first)
PART_OWN = 0.4
VERB_AHEAD = 0.05  # lacking the verb of a question typed as one (``Wer zahlt …``): before lacking another word
# Answers meeting every word, one loosely (a relative, a phrase interrupted), come before those whose document's
# head alone holds every word: the answer's own words speak for it.  A compound's parts scattered over an answer
# are no match of the word (issue 16): they come after the head holding the word itself.
LOOSE_AHEAD = 0.4
SCATTERED_BEHIND = 0.17  # one word only by scattered parts: 0.77, after HEAD_TIER, before JOINT_TIER
SAME_DOCUMENT_TIER = 0.9  # after JOINT_TIER, before answers lacking a word in other documents
# No full match: the other answers of a document a third of whose answers lack one word at most come after those,
# before the answers lacking two words
NEARLY_SAME_DOCUMENT_TIER = 1.5
# A document is about the query when one in this many of its answers matches it.  The judged sets are the same with a
# quarter; a third keeps out a document of many places that names it in two rows of eight (ni-19-11224, „Gandersheim“)
ABOUT_ONE_IN = 3
# A query word an answer has only from its document's head counts as one such word (see ranking.HEAD_WORD_FACTOR),
# one its document's title holds as a quarter: what the title names, every answer of the document is about
TITLE_LENT = 0.25


def asks_for_head(requirement: Requirement) -> bool:
    """Is the requirement a word restricted to the head's fields (``titel:``, ``vorbemerkung:``, ``anlage:``)?"""
    return in_head_fields(q for alternative in requirement.alternatives for q in alternative)


def in_head_fields(queries: Iterable[wq.Query]) -> bool:
    """Do the ``queries`` search the head's fields only?"""
    fields = {name for q in queries for leaf in q.leaves() if (name := getattr(leaf, "fieldname", None))}
    return bool(fields) and fields <= HEAD_FIELDS


class Matches:
    """The answers meeting each requirement of ``compiled`` (strictly, and loosely: see the module).

    Term queries are read whole; positional ones only where they can still decide a full match
    (see :mod:`indexer.search.positional`) and completed when the relaxed tier or :meth:`how` needs them."""

    def __init__(self, answers: Answers, compiled: CompiledQuery, allowed: Mask | None) -> None:
        self.answers, self.required, self.allowed = answers, compiled.required, allowed
        self.guesses = compiled.guesses
        self._met_by: dict[int, Mask] = {}  # id(query) → answers with a matching record
        # id(query) → the heads checked and those whose title meets it (_silent_heads)
        self._lenders: dict[int, tuple[Mask, Mask]] = {}
        # positional queries checked only partly: the query, the answers checked so far, its bound
        self._known: dict[int, tuple[wq.Query, Mask, Mask]] = {}
        queries = {id(q): q for r in compiled.required for alternative in r.alternatives for q in alternative}
        # what meets a requirement only loosely matters only to the relaxed tier: read then (see _complete)
        self._loose = {id(q): q for r in compiled.required for q in r.loose if id(q) not in queries}
        self._completed = False
        self.tier: dict[int, float] = {}  # relaxed answers: which kind of shortfall (see relaxed), lower first
        self.closeness: dict[int, int] = {}  # relaxed answers: missing words of which a part still occurs
        bounds: dict[int, Mask] = {}
        for key, query in queries.items():
            bound = self._bound(query)
            if bound is None:
                self._met_by[key] = answers.matching(query, allowed)
            else:
                bounds[key] = bound
        if bounds:
            self._check_open(compiled.required, queries, bounds)
        self._combine()

    def _check_open(self, required: tuple[Requirement, ...], queries: dict[int, wq.Query], bounds: dict) -> None:
        """Check the positional queries only in the answers (and their documents' heads) that the
        terms alone neither rule in nor out of the full matches."""
        none = self.answers.none()
        upper = {**self._met_by, **bounds}
        lower = {**self._met_by, **{key: none for key in bounds}}
        alternatives = {id(alternative[-1]) for alternative in _own_words(required)}
        upper_lent = {key: self.answers.with_documents(met) for key, met in upper.items()}  # (more than lends)
        lower_lent = {key: self.with_head(queries[key], met) for key, met in lower.items()}
        open_ = self._full(upper, upper_lent, required, alternatives)
        open_ &= ~self._full(lower, lower_lent, required, alternatives)
        within = open_.copy()
        within[self.answers.joined.head[open_]] = True
        for key, bound in bounds.items():
            self._met_by[key] = matching_within(self.answers, queries[key], within & bound)
            self._known[key] = (queries[key], within.copy(), bound)

    def _full(
        self, met: dict[int, Mask], lent: dict[int, Mask], required: tuple[Requirement, ...], alternatives: set[int]
    ) -> Mask:
        """Answers meeting every requirement if ``met`` says which answers each query matches (``lent``: with the
        answers their documents' heads lend it), and one of the queries ``alternatives`` (the last of each
        alternative, as :meth:`_combine` asks)."""
        out = anyof((met[key] for key in alternatives), self.answers.none())
        for requirement in required:
            meets = self.answers.none()
            for alternative in requirement.alternatives:
                if alternative:
                    sets = [lent[id(q)] for q in alternative]
                    meets |= every(sets[1:], sets[0])
            out &= meets
        return out

    def with_head(self, query: wq.Query, met: Mask) -> Mask:
        """``met`` (the answers ``query`` matches) and the answers of the documents whose head lends it (see
        :meth:`_silent_heads`) — any part of the head where the query asks for it (``vorbemerkung:``, ``anlage:``)."""
        return self._lent(query, met)[0]

    def _lent(self, query: wq.Query, met: Mask) -> tuple[Mask, Mask]:
        """``met`` with the answers whose document's head lends ``query`` (:meth:`with_head`), and with those whose
        document's head holds it anywhere (what the relaxed tier tells) — one mask where they are the same."""
        anywhere = self.answers.with_documents(met)
        if in_head_fields((query,)):
            return anywhere, anywhere
        silent = self._silent_heads(query, met)
        if not len(silent):
            return anywhere, anywhere
        lending = met.copy()
        lending[silent] = False
        return met | lending[self.answers.joined.head], anywhere

    def _silent_heads(self, query: wq.Query, met: Mask) -> np.ndarray:
        """The heads of ``met`` that lend ``query`` to none of their document's answers: all but those whose title
        meets it.  What the title names, every answer is about.  A Vorbemerkung — the askers' account of the occasion,
        the government's of its sources (both are one field) — is not a word of every answer: over the judged sets,
        of the 994 answers a Vorbemerkung word made full matches (where another answer held it too), 115 were judged
        about the query („Gesellschaft für Internationale Zusammenarbeit“ named once in the askers' account made 59
        answers on other things full matches).  Annexes
        and footnotes lend nothing either — a table's row or a source's title.  The head itself still meets the word,
        and the relaxed tier tells what it holds."""
        joined = self.answers.joined
        heads = joined.prefaced[met[joined.prefaced]]  # the others hold nothing but their title
        if not len(heads):
            return heads
        if id(query) not in self._lenders:
            self._lenders[id(query)] = (self.answers.none(), self.answers.none())
        checked, titled = self._lenders[id(query)]
        todo = heads[~checked[heads]]
        if len(todo):
            titled |= self._titles_meeting(query, self.answers.mask(todo.tolist()))
            checked[todo] = True
        return heads[~titled[heads]]

    def _titles_meeting(self, query: wq.Query, heads: Mask) -> Mask:
        """The ``heads`` whose title meets ``query``: a term by its field, a positional query by the records it was
        found to match (checked in every record of an answer it met)."""
        answers, joined = self.answers, self.answers.joined
        terms = terms_of(query)
        if terms is not None:  # a term is of one field
            held = [wq.Term(f, t) for f, t in terms if f == TITLE]
            return answers.matching(wq.Or(held), heads) if held else answers.none()
        aside = joined.annex | joined.preface
        if not bounded(query):  # a prefix or fuzzy term: read whole, by the records marked
            return answers.matching(query, heads, ~aside)
        records = answers.found_records(query)
        if records is None:  # not checked yet (an excluded word)
            matching_within(answers, query, heads)
            records = answers.found_records(query)
        records = records if records is not None else np.empty(0, dtype=np.int64)
        owners = joined.answer_of[records]
        records, owners = records[heads[owners]], owners[heads[owners]]
        titled = answers.none()
        titled[owners[~aside[records]]] = True
        return titled

    def _combine(self) -> None:
        answers = self.answers
        # An answer's own records must meet the last word of some requirement (the noun its words end
        # on): its document's head speaks for the rest ("die Klinik" of the Dietrich-Bonhoeffer-Klinik
        # the title names), but not for that noun ("öffentlichen" in the answer is no "öffentlicher
        # Personennahverkehr" whose second word only the Vorbemerkung holds).
        self.matched = anyof(
            (self._met_by[id(alternative[-1])] for alternative in _own_words(self.required)),
            answers.none(),
        )
        both = [self._meetings(requirement.alternatives) for requirement in self.required]
        self.meets = [strict for strict, _anywhere in both]
        self.meets_anywhere = [anywhere for _strict, anywhere in both]  # its head's words wherever it holds them
        read = self._met_by
        loose = [r.loosely() if self._completed else r.loose for r in self.required]  # relatives: once asked
        self.loose = [  # (told, not counted: wherever the head holds them)
            self._meeting((queries,)) if queries and all(id(q) in read for q in queries) else answers.none()
            for queries in loose
        ]
        self.touched = anyof(self._met_by.values(), answers.none())  # loose parts too, once read

    def _complete(self) -> None:
        """Check the positional queries in the rest of their bound (every answer holding their terms), look the
        words' relatives up and read what meets a requirement loosely (the relaxed tier looks at every answer)."""
        if self._completed:
            return
        self._completed = True
        loose = {**self._loose, **{id(q): q for r in self.required if r.relatives for q in r.relatives.queries}}
        if self._known or loose:
            for key, (query, within, bound) in self._known.items():  # the rest of its bound, not every record
                self._met_by[key] |= matching_within(self.answers, query, bound & ~within)
            for key, query in loose.items():
                self._met_by[key] = self._every_match(query)
            self._known, self._loose = {}, {}
            self._combine()

    def _complete_for_heads(self, full: Mask) -> None:
        """Check the positional queries in the rest of their bound only where it decides whether an answer beyond
        ``full`` meets every word in its own records or its document's head — in the answers that would if the query
        matched there, and in their heads — not where another word or alternative decides it already: what
        :meth:`relaxed` needs without ``lacking``.  Every answer of the bound is read only by :meth:`_complete`."""
        unread = {key: bound & ~within for key, (_query, within, bound) in self._known.items()}
        unread = {key: mask for key, mask in unread.items() if mask.any()}
        if not unread:
            return
        sure = every(self.meets_anywhere[1:], self.meets_anywhere[0])
        could = self._anywhere(unread) & ~full
        area = could & ~sure
        area[self.answers.joined.head[area]] = True
        read = False
        for key, unchecked in unread.items():
            query, within, _bound = self._known[key]
            todo = unchecked & area
            if todo.any():
                self._met_by[key] |= matching_within(self.answers, query, todo)
                within |= todo
                read = True
        if read:  # else every mask is as it was: nothing to combine again (a third of a search's extra cost at 10k)
            self._combine()

    def _anywhere(self, unread: dict[int, Mask]) -> Mask:
        """The answers meeting every requirement in their own records or anywhere in their document's head if each
        query matched where it is still to be checked (``unread``): :attr:`meets_anywhere`, made again only for the
        requirements with such a query (each ``with_documents`` is a pass over every answer)."""
        none = self.answers.none()

        def held(query: wq.Query) -> Mask:
            return self.answers.with_documents(self._met_by[id(query)] | unread.get(id(query), none))

        meets = [
            anyof((every((held(q) for q in a[1:]), held(a[0])) for a in requirement.alternatives if a), none)
            if any(id(q) in unread for a in requirement.alternatives for q in a)
            else anywhere
            for requirement, anywhere in zip(self.required, self.meets_anywhere, strict=True)
        ]
        return every(meets[1:], meets[0])

    def _every_match(self, query: wq.Query) -> Mask:
        """The (allowed) answers with a record matching ``query``; positions are checked only in the answers
        holding all its terms, as for the full matches."""
        bound = self._bound(query)
        if bound is None:
            return self.answers.matching(query, self.allowed)
        return matching_within(self.answers, query, bound)

    def _bound(self, query: wq.Query) -> Mask | None:
        """The allowed answers holding every term a positional ``query`` needs; None for terms (read whole) and
        queries no terms bound (prefixes, fuzzy terms)."""
        bound = upper_bound(self.answers, query) if terms_of(query) is None else None
        return bound if bound is None or self.allowed is None else bound & self.allowed

    def _meetings(self, alternatives: Iterable[tuple[wq.Query, ...]]) -> tuple[Mask, Mask]:
        """Answers meeting any alternative in their own records or where their document's head lends the words (see
        :meth:`_silent_heads`), and those meeting one in their own records or anywhere in their document's head."""
        strict, anywhere = self.answers.none(), self.answers.none()
        for alternative in alternatives:
            if alternative:
                pairs = [self._lent(q, self._met_by[id(q)]) for q in alternative]
                met = every((lent for lent, _held in pairs[1:]), pairs[0][0])
                strict |= met
                if all(lent is held for lent, held in pairs):  # no head kept a word from its answers
                    anywhere |= met
                else:
                    anywhere |= every((held for _lent, held in pairs[1:]), pairs[0][1])
        return strict, anywhere

    def _meeting(self, alternatives: Iterable[tuple[wq.Query, ...]]) -> Mask:
        """Answers meeting any alternative in their own records or anywhere in their document's head (the relaxed
        tier tells what the head holds)."""
        out = self.answers.none()
        for alternative in alternatives:
            if alternative:
                sets = [self.answers.with_documents(self._met_by[id(q)]) for q in alternative]
                out |= every(sets[1:], sets[0])
        return out

    def full(self) -> Mask:
        """Answers meeting every requirement (with a matching record of their own) — a document's
        head only where the query asks for it (``titel:``, ``anlage:``): its title, Vorbemerkung and
        annexes answer no question, so a head alone holding the words goes to the relaxed tier."""
        if not self.meets:
            return self.answers.none()
        full = every(self.meets, self.matched)
        return full if any(asks_for_head(r) for r in self.required) else full & ~self.answers.heads()

    def head_only_words(self, ordinals: np.ndarray) -> np.ndarray:
        """Per answer, how many requirements its own records do not meet whole: for no alternative does every query
        match a record of the answer itself (its document's head supplies a word, see :meth:`how`).  A word its
        document's title holds counts :data:`TITLE_LENT` only: every answer of „Zukunft der Deutschen Messe AG“ is
        about the Messe, and for ``Rechnungshof Deutsche Messe`` those naming the Rechnungshof themselves come before
        those that have it from the Vorbemerkung.  A positional query is checked where it can still tell."""
        count = np.zeros(len(ordinals), dtype=np.float64)
        for requirement in self.required:
            own = self._own(requirement, ordinals)
            lent = ~own
            if lent.any():
                count += np.where(self._titled(requirement)[ordinals], TITLE_LENT, 1.0) * lent
            count += (own & self._named_for_another_land(requirement)[ordinals]).astype(np.float64)
        return count

    def _own(self, requirement: Requirement, ordinals: np.ndarray, last: bool = False) -> np.ndarray:
        """Per answer of ``ordinals``, does every query of one of the requirement's alternatives match a record of the
        answer itself (not only its document's head)?  A positional query is checked where it can still tell.
        ``last``: the last query of an alternative only (the noun a word run ends on, see :meth:`_own_way`)."""
        own = np.zeros(len(ordinals), dtype=bool)
        for alternative in (a[-1:] if last else a for a in requirement.alternatives if a):
            for query in (q for q in alternative if id(q) in self._known):
                _query, within, bound = self._known[id(query)]
                open_ = ordinals[~own & ~within[ordinals] & bound[ordinals]]
                if len(open_):
                    todo = self.answers.mask(open_.tolist())
                    self._met_by[id(query)] |= matching_within(self.answers, query, todo)
                    within |= todo
            met = np.ones(len(ordinals), dtype=bool)
            for query in alternative:
                met &= self._met_by[id(query)][ordinals]
            own |= met
        return own

    def _own_part(self, requirement: Requirement, ordinals: np.ndarray) -> np.ndarray:
        """Per answer of ``ordinals``, does one of its own records hold a part of the requirement's compound (the
        „Steuer“ of ``Luftverkehrsteuer``)?  Not for a word run, whose words are its own queries (its last word counts,
        see :meth:`_own`, as „gefunden als“ says), nor before the relaxed tier has read the parts (see
        :meth:`_complete`): on the pages after the full matches none counts."""
        own = np.zeros(len(ordinals), dtype=bool)
        words = {id(query) for alternative in requirement.alternatives for query in alternative}
        if requirement.loose_way != SCATTERED or any(id(query) in words for query in requirement.loose):
            return own
        for query in requirement.loose:
            met = self._met_by.get(id(query))
            if met is not None:
                own |= met[ordinals]
        return own

    def _named_for_another_land(self, requirement: Requirement) -> Mask:
        """The answers of documents of another Land whose name holds the Land a requirement names: for ``Polizei
        Sachsen`` the „Sachsen“ of „Sachsen-Anhalt“ or „Niedersachsen“ is that other Land's name, and its police
        comes after Saxony's, as if its document's head lent the word."""
        if not any(requirement.way(i) == LAND for i in range(len(requirement.alternatives))):
            return self.answers.none()
        others = lands_containing(requirement.label)
        if not others:
            return self.answers.none()
        heads = self.answers.matching(wq.Or([wq.Term(PARLIAMENT, code) for code in others]), self.allowed)
        return self.answers.with_documents(heads)

    def _titled(self, requirement: Requirement) -> Mask:
        """The answers whose document's title holds the requirement's word itself (not a part of it), or whose
        document is of the Land the word names (see :data:`LAND`)."""
        terms = requirement.terms_met(WORD)
        lands = [a[0] for i, a in enumerate(requirement.alternatives) if a and requirement.way(i) == LAND]
        if not terms and not lands:
            return self.answers.none()
        in_title = self.answers.matching(wq.Or([*(wq.Term(TITLE, t) for t in sorted(terms)), *lands]), self.allowed)
        return self.answers.with_documents(in_title)

    def relaxed(
        self,
        full: Mask,
        enough: int = 0,
        partners: Callable[[Mask, Mask], dict[int, str]] | None = None,
        lacking: bool = True,
    ) -> dict[int, tuple[str, ...]]:
        """Answers short of a full match, each with what it lacks: a word it meets only loosely (``nur verwandte
        Wortform``, ``nur mit Einschub`` a phrase interrupted), every word but only in its document's head (title,
        Vorbemerkung, annexes, footnotes: a document about the query's words, whose every answer the judges of our
        queries count), a word only by scattered parts of its compound (``nur Wortteile: …``), one of several
        words, or (when those are fewer than ``enough``) several words at once — but always at least one word of
        its own, unless its document is about the query (below) —, or some parts of a compound.  :attr:`tier` ranks
        them in that order (lower first).  A missing compound of which a part still occurs (``Flüchtlinge`` for
        ``Flüchtlingsaufnahme``) counts as half a missing word, rounded up; :attr:`closeness` counts those words, so
        nearer answers rank first among equals.  A word only its document's head holds counts as met, but among the
        answers lacking as many words those holding more of the others themselves come first.
        Answers met by a guessed abbreviation come first — or last, and only if there is room, where
        the texts write the abbreviation itself (see :mod:`indexer.search.guesses`). The answers
        ``partners`` gives (ordinal → label) as answered jointly with a full match come after the head-only
        ones — unless listed for their own words in an earlier tier —, those answered jointly with a guessed
        one right after it; then the other answers of a document about the query (see :meth:`_same_document`), which
        may hold none of its words: of a document with full matches before the answers lacking a word, without full
        matches, of a document a third of whose answers lack one word at most, right after those.  Without ``lacking``
        only the answers whose document's head lends them words: after a page of full matches and more they follow its
        last page (relatives, scattered parts, guesses, joint answers, the other answers of a document and those lacking
        a word stay out, as before; finding the joint ones among hundreds of full matches costs a third of a search).
        Nor are relatives or loose parts read then: a positional query is checked only where it decides whether an
        answer meets every word (see :meth:`_complete_for_heads`); :meth:`head_lent` counts them for a page before."""
        if lacking:
            self._complete()
        else:
            self._complete_for_heads(full)
        out: dict[int, tuple[str, ...]] = {}
        self.tier, self.closeness = {}, {}

        def add(ordinal: int, labels: tuple[str, ...], tier: float, better: bool = False) -> None:
            """Label ``ordinal`` unless it is labelled already (``better``: by a later tier)."""
            if ordinal not in out or (better and tier < self.tier[ordinal]):
                out[ordinal], self.tier[ordinal] = labels, tier

        guesses = self._guessed() if lacking else []
        for guess in (g for g in guesses if not g.weak):
            for ordinal in self._meeting_guess(guess, full):
                add(ordinal, (guess.label,), GUESSED_TIER)
        guessed = self.answers.mask(o for o, tier in self.tier.items() if tier == GUESSED_TIER)
        for ordinal, label in (partners(guessed, full | guessed) if partners and guessed.any() else {}).items():
            add(ordinal, (label,), GUESSED_TIER + JOINT_AFTER)
        if self.meets:  # the words in its document's head, wherever it holds them
            guessed_first = set(out)
            for group, labels, lent in self._head_lends(np.flatnonzero(self._lent_by_heads(full))):
                fresh = [o for o in group if o not in guessed_first] if guessed_first else group
                out.update(dict.fromkeys(fresh, labels))
                self.tier.update(dict.fromkeys(fresh, HEAD_TIER + HEAD_WORD_STEP * lent))
        loosely = [meets | loose for meets, loose in zip(self.meets, self.loose, strict=True)]
        if lacking and any(loose.any() for loose in self.loose):
            for ordinal in _ordinals(every(loosely, self.touched) & ~full):
                labels = tuple(
                    self._loose_note(r, ordinal)
                    for r, meets in zip(self.required, self.meets, strict=True)
                    if not meets[ordinal]
                )
                if labels:  # else its document's head met everything but no record of its own did
                    scattered = all(label.startswith(PARTS_ONLY) for label in labels)
                    add(ordinal, labels, len(labels) - LOOSE_AHEAD + (SCATTERED_BEHIND if scattered else 0.0))
        if not lacking:
            return out
        # an answer given jointly with a full match, unless listed in an earlier tier (its label then stays)
        for ordinal, label in (partners(full, full) if partners else {}).items():
            add(ordinal, (label,), JOINT_TIER, better=True)
        for ordinal in _ordinals(self._same_document(full & self.full())):  # not what a citation names: it is named
            add(ordinal, self._lacks(ordinal, SAME_DOCUMENT), SAME_DOCUMENT_TIER)
        near_of, lacking_of, head_of = self._shortfalls()
        verbs = sum(1 << i for i, r in enumerate(self.required) if r.verb)
        lacked: dict[tuple[int, int], tuple[str, ...]] = {}  # the labels of each set of words lacked and head-held
        for missing in range(1, len(self.required)):
            for ordinals in self._lacking(missing, full):
                fresh = [o for o in ordinals if o not in out]
                for ordinal, near, lacking, held in zip(
                    fresh, near_of[fresh].tolist(), lacking_of[fresh].tolist(), head_of[fresh].tolist(), strict=True
                ):
                    if (lacking, held) not in lacked:
                        lacked[lacking, held] = self._lacking_labels(lacking, held)
                    self.closeness[ordinal] = near  # a word of which a part occurs counts half, rounded up
                    # a word its head holds counts as met, but one it holds itself counts more
                    tier = missing - near // 2 + HEAD_WORD_STEP * held.bit_count() - VERB_AHEAD * bool(lacking & verbs)
                    out[ordinal], self.tier[ordinal] = lacked[lacking, held], tier
            if missing == 1 and not full.any() and len(out) < enough:
                nearly = self.answers.mask(o for o, tier in self.tier.items() if tier < NEARLY_SAME_DOCUMENT_TIER)
                for ordinal in _ordinals(self._same_document(nearly)):
                    add(ordinal, self._lacks(ordinal, SAME_DOCUMENT_PARTLY), NEARLY_SAME_DOCUMENT_TIER)
            if len(out) >= enough:
                return out
        last = len(self.required)
        if len(out) < enough:
            for ordinal, labels, share in self._some_parts(loosely, full):
                add(ordinal, labels, last + 2 - share)
        for guess in (g for g in guesses if g.weak and len(out) < enough):  # only where there is room
            for ordinal in self._meeting_guess(guess, full):
                add(ordinal, (guess.label,), last + 3)
        return out

    def head_lent(self, full: Mask) -> Mask:
        """The answers :meth:`relaxed` lists without ``lacking``, unlabelled: counted without a label, as cheaply as
        the full matches, where no page reaches them."""
        self._complete_for_heads(full)
        return self._lent_by_heads(full) if self.meets else self.answers.none()

    def _lent_by_heads(self, full: Mask) -> Mask:
        """The answers beyond ``full`` meeting every word in their own records or anywhere in their document's head."""
        meets = self.meets_anywhere
        return every(meets[1:], meets[0]) & ~full

    def _head_lends(self, ordinals: np.ndarray) -> Iterator[tuple[list[int], tuple[str, ...], float]]:
        """The answers whose document's head holds the words their own records lack, grouped by those words (thousands
        may be, for a word of a Land's name): the label — the words only the head holds („nur in Titel, Vorbemerkung,
        Anlagen oder Fußnoten: PKS“), where the answer holds the others itself — and how many those are, plus
        :data:`RARE_LENT` times their share of the words' rarity (the log of answers per answer meeting a word), less
        :data:`PART_OWN` times the share of them whose last word, or a part of whose compound, the answer holds
        itself."""
        if not len(ordinals):
            return
        lent = np.array([~self._own(requirement, ordinals) for requirement in self.required])
        kinds = (lent.astype(np.int64) << np.arange(len(self.required))[:, None]).sum(axis=0)  # a bit per word lent
        # of the words lent, those whose last word (``Steuer`` of ``Luftverkehr Steuer``) or a part of whose compound
        # (of ``Luftverkehrsteuer``) the answer holds itself
        partly = np.array([self._own(r, ordinals, last=True) | self._own_part(r, ordinals) for r in self.required])
        partly &= lent
        held = partly.sum(axis=0)
        rarity = [math.log((self.answers.size + 1) / (int(meets.sum()) + 1)) for meets in self.meets]
        total = sum(rarity)
        for kind, parts in sorted(set(zip(kinds.tolist(), held.tolist(), strict=True))):
            words = [r.label for i, r in enumerate(self.required) if kind >> i & 1]
            group = ordinals[(kinds == kind) & (held == parts)].tolist()
            ahead = PART_OWN * parts / len(words) if words else 0.0
            if 0 < len(words) < len(self.required):
                share = sum(r for i, r in enumerate(rarity) if kind >> i & 1) / total if total > 0 else 0.0
                yield group, (_head_note(words),), len(words) + RARE_LENT * share - ahead
            else:
                yield group, (HEAD_ONLY,), len(self.required) - ahead

    def _loose_note(self, requirement: Requirement, ordinal: int) -> str:
        """What an answer meeting ``requirement`` only loosely says; of a compound whose parts its document's head
        lends, the parts the answer holds itself, then those the head lends („nur Wortteile: Arbeit (Schule … Sozial
        nur in Titel, …)“ for an answer „Nein.“ to a question on „Inklusionsarbeit“)."""
        if requirement.loose_way != SCATTERED:
            return requirement.loose_note()
        having = [
            (part, bool(self._met_by[id(q)][ordinal]) if id(q) in self._met_by else False)
            for part, q in zip(requirement.parts, requirement.loose, strict=False)
        ]
        own = tuple(part for part, held in having if held)
        if not own or len(own) == len(having):
            return requirement.loose_note()
        lent = " … ".join(part for part, held in having if not held)
        return f"{requirement.loose_note(own)} ({lent} {HEAD_ONLY})"

    def _same_document(self, matched: Mask) -> Mask:
        """The other answers of the documents a third of whose answers are ``matched`` (:data:`ABOUT_ONE_IN`): a
        short document on the query's topic, which its questions need not repeat (``AGNH`` in one answer of two, the
        other asking when „einer solchen Veranstaltung“).  They meet what may not be relaxed (a quoted phrase)."""
        if not matched.any():
            return self.answers.none()
        heads, head_of = self.answers.heads(), self.answers.joined.head
        counts = np.bincount(head_of[matched], minlength=self.answers.size)  # per head ordinal
        sizes = np.bincount(head_of[~heads], minlength=self.answers.size)
        about = (counts > 0) & (counts * ABOUT_ONE_IN >= sizes)
        fixed = [m for r, m in zip(self.required, self.meets, strict=True) if not r.relaxable]
        return every(fixed, about[head_of] & ~matched & ~heads)  # (the documents' answers: allowed as they are)

    def _lacks(self, ordinal: int, note: str) -> tuple[str, ...]:
        """The words an answer lacks, and ``note``."""
        return (*(r.label for r, meets in zip(self.required, self.meets, strict=True) if not meets[ordinal]), note)

    def covering(self) -> Mask:
        """Answers of documents that meet every requirement at least loosely across their answers and
        head together: a document about the query's topic, though no one answer holds all its words
        (``Warnstreik Hannover`` where one answer names the strike, another the city)."""
        self._complete()
        whole = self.answers.whole_documents
        loosely = [whole(meets | loose) for meets, loose in zip(self.meets, self.loose, strict=True)]
        return every(loosely[1:], loosely[0]) if loosely else self.answers.none()

    def _meeting_guess(self, guess: Guess, full: Mask) -> list[int]:
        """The answers short of a full match whose own records meet ``guess`` and every other requirement."""
        others = [m for i, m in enumerate(self.meets) if not guess.start <= i < guess.stop]
        return _ordinals(every(others, self._met_by[id(guess.query)]) & ~full)

    def _guessed(self) -> tuple[Guess, ...]:
        """The query's guessed abbreviations (looked up now), each with the answers whose own records it meets."""
        found = self.guesses.found if self.guesses is not None else ()
        for guess in found:
            if id(guess.query) not in self._met_by:
                met = self.answers.matching(guess.query, self.allowed)
                if guess.writing is not None:  # only in the documents writing the short form
                    met &= self.answers.with_documents(self.answers.matching(guess.writing, self.allowed))
                self._met_by[id(guess.query)] = met
        return found

    def _some_parts(self, loosely: list[Mask], full: Mask) -> Iterable[tuple[int, tuple[str, ...], float]]:
        """Answers with some parts of a compound the text never forms (``Flüchtlinge`` for
        ``Flüchtlingsprognose``) that meet every other requirement, each saying which parts
        and what share of them it has."""
        for index, requirement in enumerate(self.required):
            if not requirement.loose or not requirement.relaxable:
                continue
            others = [m for i, m in enumerate(loosely) if i != index]
            having = [
                (part, self._met_by[id(q)]) for part, q in zip(requirement.parts, requirement.loose, strict=False)
            ]
            for ordinal in _ordinals(every(others, anyof((met for _, met in having), self.answers.none())) & ~full):
                present = [part for part, met in having if met[ordinal]]
                yield ordinal, (requirement.loose_note(tuple(present)),), len(present) / len(having)

    def _shortfalls(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Per answer, counted for all at once (thousands may lack a word no text holds): how many of the words it
        lacks have a part that occurs, which words it lacks, and which it has only from its document's head (bit i:
        requirement i — an int64 holds them, as a query has at most :data:`~indexer.search.bounds.MAX_CLAUSES`
        requirements, one per clause searched).  Empty for one word: no answer lacks some words of it."""
        if len(self.required) < 2:
            return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
        assert len(self.required) < 63, "bounds.MAX_CLAUSES keeps a query's requirements to 40"
        near_of, lacking_of, head_of = (np.zeros(self.answers.size, np.int64) for _ in range(3))
        for i, (requirement, meets, anywhere) in enumerate(
            zip(self.required, self.meets, self.meets_anywhere, strict=True)
        ):
            part = anyof((self._met_by[id(q)] for q in requirement.loose), self.answers.none())
            near_of += ~anywhere & part
            lacking_of |= (~anywhere).astype(np.int64) << i
            head_of |= (anywhere & ~meets).astype(np.int64) << i
        return near_of, lacking_of, head_of

    def _lacking_labels(self, lacking: int, held: int) -> tuple[str, ...]:
        """The words an answer lacks (bits of ``lacking``), then those it has only from its document's head
        (``held``): „Hetze“, „nur in Titel, Vorbemerkung, Anlagen oder Fußnoten: Politiker“."""
        words = tuple(r.label for i, r in enumerate(self.required) if lacking >> i & 1)
        lent = [r.label for i, r in enumerate(self.required) if held >> i & 1]
        return (*words, _head_note(lent)) if lent else words

    def _lacking(self, missing: int, full: Mask) -> Iterable[list[int]]:
        """Answers with records of their own that meet all requirements but ``missing`` relaxable
        ones — a word their document's head holds counts as met (the label says so) —, in the order they are
        labelled: lacking one word, by that word."""
        anywhere = self.meets_anywhere
        if missing == 1:
            for index, requirement in enumerate(self.required):
                if requirement.relaxable:
                    others = [m for i, m in enumerate(anywhere) if i != index]
                    # a word no answer holds in any way (``Gedränge``) keeps no answer from the others: those whose
                    # document's head lends them every other word come too, as for a query of those words alone
                    held = anywhere[index].any() or self.loose[index].any()
                    base = self.matched if held else ~self.answers.heads()
                    yield _ordinals(every(others, base) & ~anywhere[index] & ~full)
            return
        fixed = [m for r, m in zip(self.required, anywhere, strict=True) if not r.relaxable]
        lacks = sum((~m).astype(np.int8) for m in anywhere)
        yield _ordinals(every(fixed, self.matched) & ~full & (lacks == missing))

    def how(self, ordinal: int) -> tuple[str, ...]:
        """Per requirement, the way (see :data:`indexer.search.requirements.WAYS`) the answer meets it."""
        ways = []
        head = self.answers.head(ordinal)
        for position, requirement in enumerate(self.required):
            met = (
                i
                for i, alternative in enumerate(requirement.alternatives)
                if all(self._met(q, ordinal, head) for q in alternative)
            )
            index = next(met, None)
            # none met: a relaxed answer, whose relatives and guesses are looked up already (a full match never asks)
            if index is not None:
                ways.append(self._own_way(requirement, ordinal))
            elif self._guessed_for(position, ordinal):
                ways.append(GUESSED)
            elif self.loose[position][ordinal] or self._some_part(requirement, ordinal, head):
                ways.append(requirement.loose_way)
            else:
                ways.append(LACKING)
        return tuple(ways)

    def _own_way(self, requirement: Requirement, ordinal: int) -> str:
        """How a met requirement is met: the way of the first alternative the answer's own records meet whole; else
        its document's head supplies a word — all of it (:data:`HEAD`) or a leading one (:data:`HEAD_PART`)."""
        alternatives = [(i, a) for i, a in enumerate(requirement.alternatives) if a]
        for index, alternative in alternatives:
            if all(self._met(q, ordinal, ordinal) for q in alternative):
                return requirement.way(index)
        head = self.answers.head(ordinal)
        if any(requirement.way(i) == LAND and self._met(a[0], ordinal, head) for i, a in alternatives):
            return LAND  # its document is of the Land the word names
        return HEAD_PART if any(self._met(a[-1], ordinal, ordinal) for _i, a in alternatives) else HEAD

    def _some_part(self, requirement: Requirement, ordinal: int, head: int) -> bool:
        """Does the answer (or its document's head) hold some part of the requirement's compound?"""
        met = (self._met_by[id(q)] for q in requirement.loose if id(q) in self._met_by)
        return any(mask[ordinal] or mask[head] for mask in met)

    def _guessed_for(self, position: int, ordinal: int) -> bool:
        """Does a guessed abbreviation (looked up by the relaxed tier) stand for requirement ``position`` here?"""
        guesses = self.guesses.covering(position) if self.guesses is not None and self._completed else ()
        return any(self._met_by[id(g.query)][ordinal] for g in guesses if id(g.query) in self._met_by)

    def _met(self, query: wq.Query, ordinal: int, head: int) -> bool:
        """Does a record of the answer or of its document's head match ``query``?  A positional
        query is checked for the two now if it was not yet."""
        key = id(query)
        if key in self._known:
            _query, within, bound = self._known[key]
            wanted = self.answers.none()
            wanted[[o for o in (ordinal, head) if not within[o] and bound[o]]] = True
            if wanted.any():
                self._met_by[key] |= matching_within(self.answers, query, wanted)
            within[[ordinal, head]] = True
        met = self._met_by[key]
        return bool(met[ordinal] or met[head])


def _own_words(required: Iterable[Requirement]) -> Iterator[tuple[wq.Query, ...]]:
    """The alternatives an answer's own records may meet: not a Land's parliament, which only its document's head
    names (an answer of the Saarland holding no other word of ``Polizeiwachen im Saarland`` is no hit at all)."""
    for requirement in required:
        for index, alternative in enumerate(requirement.alternatives):
            if alternative and requirement.way(index) != LAND:
                yield alternative


def _head_note(words: list[str]) -> str:
    """The note of an answer that has ``words`` only from its document's head: „nur in Titel, …: PKS und TV“."""
    return f"{HEAD_ONLY}: {listed(words)}"


def _ordinals(mask: Mask) -> list[int]:
    """The answers of a mask as Python ints, in order."""
    return np.flatnonzero(mask).tolist()
