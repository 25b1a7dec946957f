"""Why this hit: per query word, how the answer matched it — so a researcher can trust the list.

Ranking says which alternative of each requirement an answer met (the word, its parts close
together, an abbreviation …, see :data:`indexer.search.requirements.WAYS`).  For the word itself this
module looks at the hit's text to tell the exact word from an inflected or respelled form and
from a compound that contains it (``Langzeitarbeitslosigkeit ← Arbeitslosigkeit``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from whoosh import query as wq

from indexer.analysis import abbreviations
from indexer.analysis.analyzer import HEAD_MARK, as_head
from indexer.analysis.query_text import query_words, relinked_apart
from indexer.analysis.word_forms import fold
from indexer.index.follow_ups import NAMED
from indexer.index.referrals import REFERRAL, referred
from indexer.search.highlight import index_tokens, number_written
from indexer.search.nearby import spellings_out, verb_terms
from indexer.search.ranking import CITING, NUMBER
from indexer.search.requirements import (
    ABBREVIATION,
    DECIMAL,
    DERIVED,
    GUESSED,
    HEAD,
    HEAD_PART,
    INTERRUPTED,
    INTERRUPTED_SLOP,
    JOINT,
    LACKING,
    LAND,
    NAME,
    NUMERAL,
    PARTS,
    PHRASE,
    PREFIX,
    RELATED,
    SCATTERED,
    SPELLING,
    STATE,
    VERB_NOUN,
    WORD,
    Requirement,
)

EXACT, VARIANT, PART, REFERRED = "genau", "variante", "wortteil", "verweis"
ASKED = "anfrage"  # an answer found by the number of the Anfrage it answers (its Drucksache, the KA number)
DESCRIPTIONS = {
    EXACT: "genaues Wort",
    VARIANT: "Flexion oder Schreibvariante",
    PART: "Wortteil",
    REFERRED: "über einen Verweis auf eine andere Frage oder Antwort",
    PARTS: "Wortteile nah beieinander",
    NAME: "amtlicher Name",
    STATE: "Staat ↔ Adjektiv",
    DERIVED: "-los ↔ -losigkeit",
    VERB_NOUN: "Verb ↔ Nomen",
    ABBREVIATION: "Abkürzung ↔ Langform",
    GUESSED: "vermutete Abkürzung ↔ Langform",
    SPELLING: "korrigierte Schreibweise",
    PREFIX: "Wortanfang",
    PHRASE: "Wortgruppe",
    NUMBER: "Dokumentnummer",
    ASKED: "Nummer der Anfrage",
    CITING: "im Text zitiert",
    SCATTERED: "nur Wortteile",
    RELATED: "nur verwandte Wortform",
    INTERRUPTED: "Wortgruppe nur mit Einschub",
    LACKING: "fehlt",
    JOINT: "über die gemeinsame Antwort",
    HEAD: "nur in Titel, Vorbemerkung, Anlagen oder Fußnoten",
    HEAD_PART: "teils nur in Titel, Vorbemerkung, Anlagen oder Fußnoten",
    LAND: "Dokument aus diesem Land",
    NUMERAL: "Zahl in anderer Schreibweise",
    WORD: "Wort",
}
# the ways a word may be met by what a short referral or a question naming an earlier one indexes besides its own text
LENT_WAYS = (WORD, PHRASE, PREFIX, SPELLING, ABBREVIATION, STATE, NAME, DERIVED, VERB_NOUN)


@dataclass(frozen=True)
class MatchNote:
    """How one query word matched: ``word`` (as typed), ``way`` (a key of :data:`DESCRIPTIONS`),
    ``found`` (the word as the text writes it, when the hit's text shows it)."""

    word: str
    way: str
    found: str | None = None

    @property
    def description(self) -> str:
        return DESCRIPTIONS.get(self.way, self.way)

    @property
    def text(self) -> str:
        """The page's quiet line: ``Langzeitarbeitslosigkeit ← Arbeitslosigkeit (Wortteil)``."""
        if self.way == REFERRED:  # "Hornissennester (über den Verweis „Antwort zu Frage 1“)"
            return f"{self.word} (über den Verweis „{self.found}“)"
        if self.found and _capitals_lost(self.found, self.word):  # „Abs ← ABS“: the paragraph, not the short form
            return f"{self.found} ← {self.word} ({self.description})"
        if self.found and (
            fold(self.found) != fold(self.word.strip('"')) or _special(self.found) != _special(self.word)
        ):  # also a spelling with „ae“, „ss“ for the text's „ä“, „ß“: „Bahnübergänge ← Bahnuebergaenge“
            if _same_words(self.found, self.word):
                return f"{self.found} ({self.description})"  # the words typed, with the stop words between them
            return f"{self.found} ← {self.word} ({self.description})"
        return f"{self.word} ({self.description})"

    def to_json(self) -> dict[str, Any]:
        return {"wort": self.word, "art": self.way, "beschreibung": self.description, "gefunden_als": self.found}


def _surfaces(text: str) -> list[str]:
    """The words of ``text`` the index holds, each once (the stop words and a compound's parts left out)."""
    spans = dict.fromkeys((start, end) for _term, start, end in index_tokens(text))
    return [text[start:end] for start, end in spans]


def _same_words(found: str, typed: str) -> bool:
    """Does ``found`` write the words ``typed`` names, letter for letter but for case and the stop words between?"""
    written, wanted = _surfaces(found), _surfaces(typed)
    return [fold(w) for w in written] == [fold(w) for w in wanted] and _special("".join(written)) == _special(
        "".join(wanted)
    )


def _capitals_lost(found: str, typed: str) -> bool:
    """Was a short form that reads as a word typed in its capitals (``ABS``, ``LEG``; see
    :func:`~indexer.analysis.abbreviations.reads_as_word`) met by a word the text writes otherwise („Abs.“, „legen“)?
    That is another word sharing its term, not the word typed — unlike ``BUNDESWEHR`` typed in capitals."""
    return any(
        word.isupper() and word != found and fold(word) == fold(found) and abbreviations.reads_as_word(word)
        for word in typed.split()
    )


def _special(word: str) -> list[str]:
    """The umlauts and ß of ``word``: „Bahnuebergaenge“ is a spelling of „Bahnübergänge“, not the word as written."""
    return [letter for letter in word.lower() if letter in "äöüß"]


def explain(
    body: str,
    required: Sequence[Requirement],
    how: Sequence[str],
    guessed: frozenset[str] = frozenset(),
    lent: str = "",
) -> tuple[MatchNote, ...]:
    """One note per requirement of the query, for the hit whose best record reads ``body``
    (``guessed``: the terms of the abbreviations guessed for the query; ``lent``: the text of the
    earlier questions a question record names and indexes too, see :mod:`indexer.index.follow_ups`)."""
    if not how:
        return ()
    if tuple(how) in ((NUMBER,), (CITING,)):
        # found by the cited number, whatever the words beside it: „Nummer (im Text zitiert)“, never the words
        # („Durchsuchung (im Text zitiert)“ read as if the word were the citation)
        return (MatchNote("Nummer", how[0]),)
    spans = index_tokens(body)
    tokens = [(term, body[start:end]) for term, start, end in spans]
    # A short referral ("Siehe Antwort zu Frage 3") also indexes the answer it names, a question
    # naming an earlier one ("die in Frage 1 genannten") that question: a word met there.
    referral = REFERRAL.search(body) if referred((body,), 0) else NAMED.search(body) if lent else None
    found = tuple(
        MatchNote(requirement.label, way, _phrase_found(body, spans, requirement))
        if way == PHRASE
        else MatchNote(requirement.label, way, _interrupted(body, spans, requirement))
        if way == INTERRUPTED
        else MatchNote(requirement.label, way, _abbreviated(body, spans, requirement))
        if way == ABBREVIATION
        else _long_form(body, spans, requirement) or _note(requirement, way, tokens, guessed)
        if way == WORD
        else _note(requirement, way, tokens, guessed)
        for requirement, way in zip(required, how, strict=False)
    )
    found = tuple(
        _alternative_met(note, requirement, tokens) for note, requirement in zip(found, required, strict=False)
    )
    if referral is None:
        return found
    lent_terms = {term for term, _start, _end in index_tokens(lent)} if lent else None
    return tuple(
        MatchNote(note.word, REFERRED, referral.group(0))
        if note.way in LENT_WAYS and note.found is None and (lent_terms is None or requirement.terms & lent_terms)
        else note
        for note, requirement in zip(found, required, strict=False)
    )


_RANKED = (EXACT, PHRASE, VARIANT, PART)  # the better way an alternative met its word, first


def _alternative_met(note: MatchNote, requirement: Requirement, tokens: list[tuple[str, str]]) -> MatchNote:
    """For words joined by ``ODER`` the alternative the hit's text holds, named alone: „Schulen ← Schule (Flexion oder
    Schreibvariante)“, not „Schulen ← Schule ODER Kita“, which reads as if the text wrote the whole search so;
    ``note`` itself for any other word, or where the text shows no alternative."""
    options = _options(requirement.label)
    if len(options) < 2 or note.way not in (*_RANKED, WORD):
        return note
    if note.way == PHRASE:
        held = [option for option in options if note.found and _same_words(note.found, option)]
        return replace(note, word=held[0]) if held else note
    notes = [_note(replace(requirement, label=option), WORD, tokens, frozenset()) for option in options]
    met = [option for option in notes if option.found and option.way in _RANKED]
    return min(met, key=lambda option: _RANKED.index(option.way)) if met else note


def _options(label: str) -> list[str]:
    """The alternatives of a label joined by ``ODER`` (``"Kosten der Unterkunft" ODER Wohngeld``), a quoted phrase
    holding the word kept whole."""
    options: list[str] = []
    for piece in label.split(" ODER "):
        if options and options[-1].count('"') % 2:
            options[-1] += f" ODER {piece}"
        else:
            options.append(piece)
    return options


def _phrase_found(body: str, spans: Sequence[tuple[str, int, int]], requirement: Requirement) -> str | None:
    """A phrase as ``body`` writes it; a number with a decimal comma searched alone (``2,5``) as the number, not the
    run „2,5 5“ of a table."""
    label = requirement.label
    if DECIMAL.fullmatch(label):
        return label if number_written(label).search(body) else None
    return _as_written(body, spans, requirement.terms)


def _as_written(body: str, spans: Sequence[tuple[str, int, int]], terms: frozenset[str]) -> str | None:
    """A phrase as ``body`` writes it: the longest run of words in a row (stop words between them do not count)
    that are all the phrase's — ``Hamburg mit Courage``, ``Schutz des Art. 8`` —, not merely its first word, which
    an earlier ``Hamburger`` may be."""
    words: list[tuple[int, int, bool]] = []  # each written word once: start, end, whether it is the phrase's
    for term, start, end in spans:
        if words and words[-1][:2] == (start, end):
            words[-1] = (start, end, words[-1][2] or term in terms)
        else:
            words.append((start, end, term in terms))
    best: tuple[int, int] | None = None  # the longest run, the first of equals
    run: list[tuple[int, int, bool]] = []
    for word in [*words, (0, 0, False)]:
        if word[2]:
            run.append(word)
            continue
        if len(run) >= min(2, len(terms)) and (best is None or run[-1][1] - run[0][0] > best[1] - best[0]):
            best = (run[0][0], run[-1][1])
        run = []
    return _closed(body, *best) if best else None


_CLOSING = {"„": "“", "»": "«", "«": "»", "(": ")", '"': '"'}  # a mark opening a quotation or an aside, and its end


def _closed(body: str, start: int, end: int) -> str:
    """``body[start:end]`` with the mark closing one it opens: „Sondervermögen „Bundeswehr““, as the text writes the
    name, not „Sondervermögen „Bundeswehr“, a quotation the line never closes."""
    run = body[start:end]
    opened = next((mark for mark in reversed(run) if mark in _CLOSING), None)
    closing = _CLOSING.get(opened or "", "")
    unclosed = opened is not None and (
        run.count(opened) % 2 == 1 if opened == closing else run.count(opened) > run.count(closing)
    )
    return body[start : end + 1] if unclosed and body[end : end + 1] == closing else run


def _long_form(body: str, spans: Sequence[tuple[str, int, int]], requirement: Requirement) -> MatchNote | None:
    """A defined long form typed out and met word by word (``Sondervermögen Infrastruktur und Klimaschutz``), as
    ``body`` writes all its words in a row — not its first word alone („Sondervermögen ← … (genaues Wort)“); None for
    any other word, or where the words stand apart."""
    words = requirement.label.split()
    if len(words) < 2 or ABBREVIATION not in requirement.ways:
        return None
    written = _as_written(body, spans, requirement.terms_met(WORD))
    if written is None or len(_surfaces(written)) < len(words):
        return None
    return MatchNote(requirement.label, EXACT if _same_words(written, requirement.label) else VARIANT, written)


def _abbreviated(body: str, spans: Sequence[tuple[str, int, int]], requirement: Requirement) -> str | None:
    """The short or long form that met the word, as ``body`` writes it: „ÖPNV“ for ``öffentlicher
    Personennahverkehr``, „Niedersächsische Landesbehörde für Straßenbau und Verkehr“ for ``NLStBV`` — not the first
    word holding a part of the long form („persönliche“, „Bauleistungen“); a short form that reads as a word in its
    capitals („LEG“, not „legen“, see :attr:`~indexer.search.requirements.Requirement.in_capitals`)."""
    cased = requirement.in_capitals
    terms = requirement.terms_met(ABBREVIATION) - frozenset().union(*(short for short, _pattern in cased))
    written = _as_written(body, spans, terms) if terms else None
    capitals = next((m.group(0) for _terms, pattern in cased if (m := re.search(pattern, body))), None)
    return written or capitals or next((body[s:e] for term, s, e in spans if term in terms), None)


def _interrupted(body: str, spans: Sequence[tuple[str, int, int]], requirement: Requirement) -> str | None:
    """A quoted phrase met only with words inserted, as ``body`` writes it: the shortest stretch holding its
    words in order with at most ``INTERRUPTED_SLOP - 1`` other words between two of them."""
    phrases = [leaf.words for query in requirement.loose for leaf in query.leaves() if isinstance(leaf, wq.Phrase)]
    words: list[tuple[int, int, set[str]]] = []  # each written word once: start, end, its terms
    for term, start, end in spans:
        if words and words[-1][:2] == (start, end):
            words[-1][2].add(term)
        else:
            words.append((start, end, {term}))

    def last(phrase: Sequence[str], at: int, index: int) -> int | None:
        """The nearest word that ends the phrase from ``phrase[index]`` on, the word before it at ``at``."""
        if index == len(phrase):
            return at
        window = range(at + 1, min(at + 1 + INTERRUPTED_SLOP, len(words)))
        ends = [end for n in window if phrase[index] in words[n][2] and (end := last(phrase, n, index + 1)) is not None]
        return min(ends, default=None)

    best: tuple[int, int] | None = None
    for phrase in phrases:
        for first, (start, _end, held) in enumerate(words):
            final = last(phrase, first, 1) if phrase[0] in held else None
            if final is not None and (best is None or words[final][1] - start < best[1] - best[0]):
                best = (start, words[final][1])
    return body[best[0] : best[1]] if best else None


def _note(requirement: Requirement, way: str, tokens: list[tuple[str, str]], guessed: frozenset[str]) -> MatchNote:
    word = requirement.label
    if way == GUESSED:
        return MatchNote(word, way, next((surface for term, surface in tokens if term in guessed), None))
    if way in (LACKING, JOINT, HEAD, HEAD_PART, LAND):
        return MatchNote(word, way)
    if way == PARTS:
        near = _nearest_parts(tokens, requirement)
        if near == []:  # the record does not spell the compound out: no word of it holding a part is the match
            return MatchNote(word, PARTS)
        found = near or [(term, surface) for term, surface in tokens if term in requirement.terms]
        surfaces = list(dict.fromkeys(surface for _term, surface in found))
        if len(surfaces) == 1 and len(requirement.parts) > 1:  # every part in one word: a compound holding the word
            return MatchNote(word, PART, surfaces[0])
        return MatchNote(word, PARTS, " … ".join(surfaces) or None)
    if way == NAME:
        return MatchNote(word, way, _name_run(tokens, requirement.terms_met(NAME)))
    if way != WORD:
        derived = {way: requirement.terms_met(way) for way in (DERIVED, VERB_NOUN)}
        terms = {RELATED: requirement.related, **derived}.get(way, requirement.terms)
        return MatchNote(word, way, next((surface for term, surface in tokens if term in terms), None))
    typed, written_as_one = _typed_terms(word)
    wholes = set(typed)
    spelled = {fold(written) for written in word.split()}
    as_one = written_as_one & requirement.terms
    if len(word.split()) > 1 and as_one:  # words the texts write as one ("Bund Länder Vereinbarung"): parts
        wholes = set(as_one)
    else:
        wholes |= as_one
    # The word met itself or as a compound's part: its own term or its term as a head, never one of
    # its parts (Landes|regierung holds no Landesjugendamt)
    own_terms = requirement.terms & (wholes | {as_head(whole) for whole in wholes})
    best: tuple[int, str, str] | None = None  # (rank, way, surface): exact before variant before part
    for term, surface in tokens:
        if term not in own_terms:
            continue
        if term in wholes and _whole_of(surface) == term:  # the surface word itself, not a compound holding it
            same = (
                fold(surface) in spelled
                and any(_special(surface) == _special(w) for w in word.split())
                and not _capitals_lost(surface, word)
            )
            candidate = (0, EXACT, surface) if same else (1, VARIANT, surface)
        else:
            candidate = (2, PART, surface)
        if best is None or (candidate[0], -len(surface)) < (best[0], -len(best[2])):  # the longest word first
            best = candidate
    return MatchNote(word, best[1], best[2]) if best else MatchNote(word, WORD)


def _name_run(tokens: list[tuple[str, str]], name: frozenset[str]) -> str | None:
    """The words of the shortest run of tokens holding every term of an authority's ``name`` („Auswärtigen Amts“), not
    the first of its words anywhere in the record."""
    best: tuple[int, int] | None = None
    for first, (term, _surface) in enumerate(tokens):
        if term not in name:
            continue
        seen: set[str] = set()
        for last in range(first, min(len(tokens), first + MAX_PARTS_RUN)):
            seen.add(tokens[last][0])
            if name <= seen:
                if best is None or last - first < best[1] - best[0]:
                    best = (first, last)
                break
    if best is None:
        return None
    run = tokens[best[0] : best[1] + 1]
    surfaces = dict.fromkeys(surface for term, surface in run if term in name)
    return (" " if all(term in name for term, _surface in run) else " … ").join(surfaces)


@functools.lru_cache(maxsize=4096)
def _typed_terms(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """The whole terms of the words typed (several for "Kita ODER Schule" or a word run), and of them as one word, also
    with its linking -s the other way (Erbschaft(s)steuer): worked out once per typed word, not per hit."""
    joined = "-".join(word.split())
    others = relinked_apart(word.split())
    as_one = {whole for whole, _parts in query_words(joined)} | {query_words(other)[0][0] for other in others}
    return frozenset(whole for whole, _parts in query_words(word)), frozenset(as_one)


@functools.lru_cache(maxsize=16384)
def _whole_of(surface: str) -> str | None:
    """The whole term of a written word (the texts' words recur from hit to hit)."""
    own = query_words(surface)
    return own[0][0] if own else None


MAX_PARTS_RUN = 12  # written words: parts close together (PARTS_WINDOW), an authority and its field a few apart


def _nearest_parts(tokens: list[tuple[str, str]], requirement: Requirement) -> list[tuple[str, str]] | None:
    """The tokens of the shortest run of written words that spells the compound out as its parts close together meet
    it: each unit but the head as a word or inside one, the head as a word of its own or its verb — or the authority
    naming it and its field (``Bundesagentur`` für ``Arbeit``) —, not every word of the record holding a part
    („Verkehrsministerium ← Finanzministeriums … Ministerium … Verkehr“).  Empty where the record holds no such run,
    None where the word typed is no compound to spell out."""
    label = requirement.label
    words_typed = query_words("-".join(label.split()))
    if len(words_typed) != 1 or not words_typed[0][1]:
        return None
    spellings = spellings_out(label.replace(" ", "-"), words_typed[0][1])
    units = {unit for spelling in spellings for unit in spelling}
    authorities = {t for t in requirement.terms_met(PARTS) if t not in units and not t.startswith(HEAD_MARK)}
    verbs = verb_terms(label.replace(" ", "-"))  # of an -ung head („erfassen … die Arbeitszeit“)
    head = spellings[0][-1]
    candidates = [
        [{unit, as_head(unit)} for unit in spelling[:-1]] + [{spelling[-1], *(verbs if spelling[-1] == head else ())}]
        for spelling in spellings
    ]
    named = len(candidates)  # the authorities' runs after the spellings': each begins with its authority
    candidates += [  # „Bundesministerium des Innern“ for Innenministerium and for Bundesinnenministerium
        [{authority}, {spelling[-2], as_head(spelling[-2])}]
        for authority in authorities
        for spelling in spellings
        if authority.endswith(spelling[-1])
        and (len(spelling) == 2 or (len(spelling) == 3 and authority.startswith(spelling[0])))
    ]
    words: list[list[tuple[str, str]]] = []  # each written word's tokens, in order (a compound gives several)
    for term, surface in tokens:
        if words and words[-1][0][1] == surface and term not in {t for t, _ in words[-1]}:
            words[-1].append((term, surface))
        else:
            words.append([(term, surface)])
    best: tuple[int, int, list[set[str]]] | None = None
    for index, groups in enumerate(candidates):
        for first in range(len(words)):
            if index >= named and not groups[0] & {term for term, _surface in words[first]}:
                continue  # the name as it is written, its field after it: not „Innern, das Bundesministerium …“
            missing = list(groups)
            longest = MAX_PARTS_RUN if best is None else best[1] - best[0]  # a long record costs no more
            for last in range(first, min(len(words), first + longest)):
                # a verb's term only on a word written small: „gestellt“, not „Stelle“
                held = {term for term, surface in words[last] if term not in verbs or surface[:1].islower()}
                missing = [group for group in missing if not group & held]
                if not missing:
                    best = (first, last + 1, groups)
                    break
    if best is None:
        return []
    first, end, groups = best
    return [token for word in words[first:end] for token in word if any(token[0] in group for group in groups)]


__all__ = ["DESCRIPTIONS", "LENT_WAYS", "MatchNote", "explain"]
