"""A compound spelled out nearby — only when the words really spell it out.

``Polizeigewalt`` is also ``Gewalt durch Polizeibeamte`` and ``Ärztemangel`` also ``Mangel an
Ärzten``: the parts close together.  But positions alone also pair parts buried in unrelated words:
``Schuljahr … berufsbegleitende`` is no ``Schulbegleitung`` and ``Verkehrsunfälle, toter Winkel``
no ``Verkehrstote``.  So a span of the index is checked against the text it came from:

* the compound's head (its last unit) must be a noun of its own — not a part inside another
  compound (``begleit`` in *berufs|begleit|ende*), nor a verb (``Land … stellen`` is no
  ``Landesstelle``), unless the head is a noun made of a participle: ``beschäftigt die Werft`` is
  about ``Werftbeschäftigte``;
* every other unit is a noun of its own in the window after the head or close before it, or a part
  inside a compound right *after* the head, where German puts the spelled-out modifier (``Gewalt
  durch Polizei|beamte``, ``Auslieferung der neuen Doppelstock|züge``), never before it
  (``Verkehrs|unfälle toter``, ``Verstärker|fahrten; die Kosten``) nor further on (``Zusammenhang
  … Schicht|arbeit``);
* a unit written small (an adjective, a verb) only as the head's attribute: inflected, right before
  it (``polizeiliche Gewalt``, ``eigene Anteile``, ``polizeiliche physische Gewalt``), never elsewhere
  (``Gewalt polizeilich registriert``, ``Anteile und legen nach eigenem Ermessen``);
* words joined to the head by a conjunction are listed beside it, not spelling it out: ``Schule
  und Berufsbildung`` is no ``Berufsschule``, ``Polizei und Gewalt`` no ``Polizeigewalt``; so are
  the other items of a list the head stands in (``Schule, Berufsbildung und Sport``), but not a
  clause or an insertion after a comma (``Gewalt, die von Polizeibeamten ausgeht``, ``Gewalt,
  insbesondere durch Polizeibeamte, …``);
* or all units stand inside one longer word, together and in their order (``Ökodesign|gesetzgebung``
  holds ``Ökodesign``; ``Heim|tier|klinik`` no ``Tierheim``, ``Landes|patienten|schutz…`` no
  ``Landesschutz``).

A referring answer's record also indexes the answer it names (:mod:`indexer.index.referrals`) but
stores only its own words: parts nearby are checked, and so found, in those words alone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from whoosh import query as wq
from whoosh.matching import FilterMatcher, Matcher
from whoosh.query.spans import SpanNear2
from whoosh.query.wrappers import WrappingQuery
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.analysis.analyzer import HEAD_MARK, as_head, german_analyzer
from indexer.analysis.query_text import compound_parts, query_terms, query_words
from indexer.analysis.verb_forms import SEPARABLE, verb_forms
from indexer.analysis.word_forms import fold
from indexer.index.readers import record_text_at
from indexer.lexicon import weight
from indexer.search.position_checks import OneOf
from indexer.search.text_checks import TextChecked

Positions = dict[str, list[int]]


def _common_start(one: str, other: str) -> str:
    """What two words begin with alike (``strassenbau`` of the term and the folded ``strassebau``)."""
    alike = (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b)
    return one[: next(alike, min(len(one), len(other)))]


class SpelledOut(WrappingQuery):
    """``child`` (a span of ``units`` within ``window``) kept only for records whose text spells
    the compound out by the rules above."""

    def __init__(
        self,
        child: wq.Query,
        units: tuple[str, ...],
        window: int,
        verbal: bool = False,
        written: str = "",
        verbs: tuple[str, ...] = (),
    ) -> None:
        super().__init__(child)
        self.units, self.window, self.verbal, self.written, self.verbs = units, window, verbal, written, verbs

    def _rewrap(self, child: wq.Query) -> SpelledOut:
        return SpelledOut(child, self.units, self.window, self.verbal, self.written, self.verbs)

    def _key(self) -> tuple:
        return (self.child, self.units, self.window, self.verbal, self.written, self.verbs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SpelledOut) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash((SpelledOut, *self._key()))

    def matcher(self, searcher: Searcher, context=None) -> Matcher:
        keep = {d for d in self.child.docs(searcher) if self.spelled_out(searcher, d)}
        return FilterMatcher(self.child.matcher(searcher, context), keep)

    def spelled_out(self, searcher: Searcher, docnum: int, title: int | None = None) -> bool:
        """Does the record ``docnum`` (of a segment's ``searcher``), where the span holds, spell it out?
        ``title``: its document's title record, where known (see :func:`~indexer.index.readers.record_text_at`)."""
        text = record_text_at(searcher, docnum, title)
        return spells_out(text, self.units, self.window, self.verbal, self.written, self.verbs)


def near_units(
    field: str,
    units: tuple[str, ...],
    window: int,
    verbal: bool,
    mindist: int = 1,
    written: str = "",
    verbs: tuple[str, ...] = (),
) -> SpelledOut:
    """The units of a compound within ``window`` of each other in ``field``, kept where the text spells
    it out: the head a word of its own, every other unit that or the head of a compound
    (``Auslieferung der Doppelstock|züge`` spells ``Zugauslieferung``), one place of the span each.
    ``written``: the compound as the query writes it (see :func:`spells_out`); ``verbs``: the terms of
    the verb the head is made of (:func:`verb_terms`), which fill the head's place too."""
    *others, head = units
    head_place = OneOf(field, (head, *verbs)) if verbs else wq.Term(field, head)
    places = [*(OneOf(field, (unit, as_head(unit))) for unit in others), head_place]
    near = SpanNear2(places, slop=window, ordered=False, mindist=mindist)
    return SpelledOut(near, units, window, verbal, _HYPHEN.sub("", fold(written)), verbs)


def authority_names(
    reader: IndexReader, analyzer, written: str, fields: tuple[str, ...]
) -> tuple[list[wq.Query], list[str]]:
    """A compound as the name of an authority of the Bund or a Land spells it out: ``Verkehrsministerium`` is the
    „Bundesministerium für (Digitales und) Verkehr“, ``Datenschutzbeauftragte`` the „Landesbeauftragte für den
    Datenschutz“, ``Innenministerium`` the „Bundesministerium des Innern“ — the head with the level of government
    before it, the rest of the compound a few words after it, joined by „für“, „des“ or „der“ (the text is read: the
    index holds no stop words).  The queries, and the authorities' words found."""
    surfaces = compound_parts(written)
    queries: list[wq.Query] = []
    named: list[str] = []
    if "-" in written:
        return queries, named  # a name (Nordrhein-Westfalen)
    # the level may lead the compound: ``Bundesverkehrsministerium`` is the „Bundesministerium für Verkehr“
    leading = fold(written).startswith(tuple(GOVERNMENT_LEVELS.values()))  # not Landwirtschaftsministerium
    first = 1 if len(surfaces) > 2 and leading and fold(surfaces[0]) in GOVERNMENT_LEVELS else 0
    levels = [GOVERNMENT_LEVELS[fold(surfaces[0])]] if first else list(GOVERNMENT_LEVELS.values())
    for cut in range(first + 1, len(surfaces)):
        head, field_part = "".join(surfaces[cut:]).lower(), "".join(surfaces[first:cut]).lower()
        if not fold(head).startswith(AUTHORITIES) or fold(field_part) in GOVERNMENT_LEVELS:
            continue  # no office (Landesregierung), or the level itself (Landesamt; not Landwirtschaftsministerium)
        field_word = query_terms(analyzer, field_part)[:1]
        if not field_word:
            continue
        spelled = _common_start(field_word[0], fold(field_part))  # the term as the text begins it
        for level in levels:
            authority = query_terms(analyzer, level + head)[:1]
            if not authority:
                continue
            joined = _AUTHORITY.format(re.escape(authority[0]), re.escape(spelled))
            for field in fields:
                if reader.doc_frequency(field, authority[0]):
                    terms = [wq.Term(field, authority[0]), wq.Term(field, field_word[0])]
                    queries.append(TextChecked(SpanNear2(terms, slop=AUTHORITY_SLOP, ordered=True), joined))
                    named.append(authority[0])
    return queries, list(dict.fromkeys(named))


def foreign_office(
    reader: IndexReader, analyzer, written: str, fields: tuple[str, ...]
) -> tuple[list[wq.Query], list[str]]:
    """The one federal authority whose name is not its head and field (see :func:`authority_names`): the
    ``Außenministerium`` is the „Auswärtiges Amt“ (no „Bundesministerium des Äußeren“), the ``Außenministerin`` the
    „Bundesministerin des Auswärtigen“ — the names nearly every Bundestag answer of that ministry prints (217 times in
    the judged corpora, beside 12 „Außenministerium“, some of them other states').  The queries, and their terms:
    sharing no part with the compound, they score the answer too, or its best record would be another."""
    surfaces = compound_parts(written)
    if len(surfaces) != 2 or fold(surfaces[0]) != "aussen" or not fold(surfaces[1]).startswith("minister"):
        return [], []
    ministry = fold(surfaces[1]).startswith(("ministerium", "ministerien"))  # not the Außenministerin
    words = FOREIGN_MINISTRY if ministry else FOREIGN_MINISTER
    terms = [term for word in words for term in query_terms(analyzer, word)[:1]]
    queries = [
        SpanNear2([wq.Term(field, term) for term in terms], slop=2, ordered=True)
        for field in fields
        if all(reader.doc_frequency(field, term) for term in terms)
    ]
    return queries, terms if queries else []


def participle_noun(word: str) -> bool:
    """Is the head of the compound ``word`` (as written) a noun made of a participle (``Beschäftigte``,
    ``Studierende``), which its verb spells out too?  Its stem, with -en, must be a known verb
    (*beschäftig|en*), and of five letters at least: ``Rechte``, ``Kosten``, ``Kräfte`` are none."""
    parts = compound_parts(word)
    head = (parts[-1] if parts else word).lower()
    for ending in _PARTICIPLE_NOUNS:
        if head.endswith(ending):
            stem = head[: -len(ending)]
            return len(stem) >= MIN_PARTICIPLE_STEM and weight(stem + "en") > 0
    return False


@lru_cache(maxsize=1024)  # asked again for each hit's „gefunden als“
def verb_terms(word: str) -> tuple[str, ...]:
    """The terms of the verb whose action the head of the compound ``word`` names, if that head is a noun in
    -ung (:func:`~indexer.analysis.verb_forms.verb_forms`): ``Hornissenbekämpfung`` is also „die Hornissen zu
    bekämpfen“, ``Flüchtlingsunterbringung`` „Flüchtlinge untergebracht“."""
    parts = compound_parts(word)
    if len(parts) < 2:
        return ()
    head = parts[-1]
    forms = frozenset(verb_forms(head))
    terms = {term for form in forms for term in query_terms(_ANALYZER, form)[:1]}
    # a term another verb's infinitive stems to as well: „auslief“ of ausliefern is auslaufen's, „verlang“ of
    # verlängern is verlangen (a participle's inflection, „gesenkten“, is its own)
    shared = {term for term in terms if term not in forms and term + "en" not in forms and weight(term + "en")}
    return tuple(sorted(terms - shared - set(query_terms(_ANALYZER, head))))


def spells_out(
    text: str,
    units: tuple[str, ...],
    window: int,
    verbal: bool = False,
    written: str = "",
    verbs: tuple[str, ...] = (),
) -> bool:
    """Does ``text`` hold the units inside one word, or the head unit as a noun of its own (or any
    word of its own, for a ``verbal`` head) with every other unit close by: as a noun, inside or
    as the head of a compound after the head, or as its attribute?  A verb of the head's (``verbs``) stands for
    it, with the other units beside it as nouns of their own (before it too: „die Züge ausgeliefert“).  A noun
    hyphened to the head (``Bund-Länder``) counts only as the compound ``written`` (folded) writes it, with its linking
    element: ``Ärzte-Mangel`` is an ``Ärztemangel``, but ``Bund-Länder`` pairs Bund and Länder and
    is no ``Bundesländer``."""
    at = _positions(text)
    together = set.intersection(*({*at.free.get(u, ()), *at.inside.get(u, ())} for u in units))
    if any(_in_order(fold(text[slice(*at.spans[p])]), units, written) for p in together):
        return True  # all inside one longer word: Ökodesign|gesetzgebung holds Ökodesign
    reach = window + 1
    # a verb written small: „gehalten“ (stem gehalt), not „Gehalt“
    verb_places = {p for verb in verbs for p in at.free.get(verb, ())} - {
        p for verb in verbs for p in at.nouns.get(verb, ())
    }
    for head in sorted({*(at.free if verbal else at.nouns).get(units[-1], ()), *verb_places}):
        before, after = at.listed.get(head, (False, False))  # "Schule und Berufsbildung" is no Berufsschule
        # a verb's object stands before it, the middle field between („Das Gesetz wurde 2020 geändert“)
        ahead = reach if head in verb_places else min(reach, NOUN_BEFORE)
        low, high = head - (0 if before else ahead), head + (0 if after else reach)
        # beside a verb only nouns of their own: „die Landes|regierung erklärte“ is no Regierungserklärung
        in_compounds = -1 if head in verb_places else min(high, head + COMPOUND_REACH)
        attribute_from = head if head in verb_places else head - ATTRIBUTE_REACH
        if all(
            any(
                low <= p <= high
                and _as_written(text, at, p, head, units[-1], written)
                and _one_sentence(text, at, p, head)
                and (head not in verb_places or _verbs_object(text, at, p, head))
                and (head in verb_places or not _phrase_between(text, at, p, head))
                for p in at.nouns.get(unit, ())
            )
            or any(
                head < p <= in_compounds and _one_sentence(text, at, p, head)
                for p in (*at.heads.get(unit, ()), *at.inside.get(unit, ()))
            )
            or any(attribute_from <= p < head for p in at.attributes.get(unit, ()))
            for unit in units[:-1]
        ):
            return True
    return False


_ANALYZER = german_analyzer()


# A word written as an adjective whose stem is a noun's (polizei|liche, europä|ische)
_ADJECTIVE_SUFFIXES, _INFLECTIONS = ("lich", "isch", "ig"), ("e", "em", "en", "er", "es")
_ADJECTIVE = re.compile(f"(?:{'|'.join(_ADJECTIVE_SUFFIXES)})({'|'.join(_INFLECTIONS)})?")
# The endings that regex can match: a word ending otherwise (most words) is no adjective, known
# without folding it (folding only turns ä, ö, ü, ae, oe, ue and ß into letters no ending has, and
# drops soft hyphens)
_ADJECTIVE_ENDINGS = tuple(suffix + ending for suffix in _ADJECTIVE_SUFFIXES for ending in ("", *_INFLECTIONS))
# A participle noun's endings, longest first: Studier|ende, Beschäftig|te (the t is the participle's)
_PARTICIPLE_NOUNS = ("enden", "ender", "endes", "ende", "ten", "ter", "tes", "te")
MIN_PARTICIPLE_STEM = 5
# Prepositions that open a phrase of their own („über die Erhöhung“); zu, zum and zur only in the verb's case
_PREPOSITIONS = (
    "von|vom|in|im|ins|an|am|ans|auf|aus|bei|beim|mit|nach|über|unter|vor|hinter|neben|zwischen|durch|für|gegen|ohne"
    "|um|seit|bis|trotz|wegen|während|gemäß|laut|ab"
)
# A noun in a preposition's phrase: the preposition, an article, pronoun, adjective or number, right before it
_IN_PHRASE = re.compile(rf"(?<!\w)((?i:{_PREPOSITIONS}|zu|zum|zur))\s+(?:(?:[a-zäöüß]\w*|\d[\d.]*)\s+){{0,2}}$")
_CAPITAL = re.compile(r"(?<![\w-])[A-ZÄÖÜ]")  # a word written as a noun (in one clause: no sentence's first word)
_AGENT = frozenset({"von", "vom", "durch", "aus"})  # who or what acts, or where the money comes from
_CLAUSE_MARK = re.compile(r"[,;:()]")
# A preposition between a noun and the noun head after it opens the head's own phrase: „Reduzierung von Steuern und
# Abgaben über die Erhöhung von Schulden“ is no Abgabenerhöhung, „Frist ein Antrag auf Verlängerung“ no
# Fristverlängerung; but a purpose („Gesetz zur Änderung …“) keeps the noun and its head together, and so does a
# pronoun pointing back to it („Daten sind vor ihrer Übermittlung zu prüfen“)
_PREPOSITION = re.compile(rf"(?<!\w)(?i:{_PREPOSITIONS})(?!\w)(?!\s+(?:ihr|sein|deren|dessen))")
# A finite verb's separable particle at the end of its clause makes it another verb: „Grenzen … schließen sich aus“
# is ausschließen, no Grenzschließung — not the particle of a verb joined on („erhebt eine Gebühr und teilt sie mit“)
_PARTICLE_AT_END = re.compile(
    rf"(?:(?!(?<!\w)(?:und|oder|sowie|aber|denn|sondern)(?!\w))[^,;:()!?.])*?"
    rf"(?<!\w)(?:{'|'.join(sorted(SEPARABLE))})\s*(?:[,;:()!?]|\.(?!\d)|$)"
)
# An inflected participle, then a noun, maybe after other attributes: „erklärte Vorhaben“, „einer geordneten
# städtebaulichen Entwicklung“
_ATTRIBUTE_OF = re.compile(r"(?<=[enrs])(?:\s+[a-zäöüß]\w*(?:e|em|en|er|es))*\s+[A-ZÄÖÜ]")
PHRASE_LOOKBACK = 40  # characters: a preposition and two words
# The levels of government that name an authority by its head and its field: „Bundesministerium für Verkehr“,
# „Bundesagentur für Arbeit“, „Staatsministerium für Kultus“
GOVERNMENT_LEVELS = {"bund": "bundes", "land": "landes", "staat": "staats"}  # as the splitter names them: as written
# The heads of such names (folded): offices of one function on every level, not any noun (``Staatsgewalt`` is no
# Polizeigewalt) — nor an Amt, Rat, Gericht or Kammer, which the Land and the town each have of their own (a
# Gesundheitsamt is no „Landesamt für Gesundheit“, a Stadtrat no Bundesrat)
AUTHORITIES = (
    "ministeri",
    "agentur",
    "anstalt",
    "beauftragt",
    "behord",
    "zentrale",
    "institut",
    "stelle",
    "kommission",
    "beirat",
    "direktion",
    "prasidium",
)
# the foreign office's name and its minister's (see foreign_office), the stop word between left out
FOREIGN_MINISTRY, FOREIGN_MINISTER = ("Auswärtiges", "Amt"), ("Bundesminister", "Auswärtigen")
# „Bundesministerium für Landwirtschaft, Ernährung und Heimat“: the field at most the third word after the head
AUTHORITY_SLOP = 3
# In the folded text: the authority's word (its stem, then the rest of the word), „für“, „des“ or „der“ right after
# it, then the field at most three words on — so no sentence's end or comma after the authority („Bundesamtes, Stand“)
# — as a word of its own (its stem and an inflection: „Soziales“, „Innern“, „Inneres“, „Finanzen“), not the first
# part of a compound („… und dem Umweltbundesamt“, „… und das Umweltamt“ are no Umweltministerium)
_AUTHORITY = r"\b{}\w*\s+(?:fur|des|der)\s+(?:[\w-]+,?\s+){{0,3}}?{}(?:e|en|er|ern|eres|es|n|s)?\b"
_JOINERS = frozenset("-‐‑:/")  # what joins a written word's pieces
_HYPHEN = re.compile("[-‐‑]")
_CONJUNCTION = r"(?:\b(?:und|oder|sowie|bzw\.|u\.)|&)"  # "Schule u. Berufsbildung", "Schule & Beruf"
_JOINED_BEFORE, _JOINED_AFTER = re.compile(rf"{_CONJUNCTION}\s*$"), re.compile(rf"\s*{_CONJUNCTION}(?!\w)")
# A list goes on after the head: items of one to three words ending on a noun, separated by commas and
# closed by a conjunction ("Schule, Berufsbildung und Sport"); not a clause or an insertion after a comma
# ("Gewalt, die Beamte ausüben, …", "Gewalt, insbesondere durch Polizeibeamte, …").  A comma before the
# head lists it only where the list goes on after it.
_NO_ITEM = (
    r"(?:der|die|das|den|dem|deren|dessen|welche[mnrs]?|dass|weil|wenn|wie|wo\w*|ob|als|da|um|ohne|soweit"
    r"|insbesondere|etwa|vor|nach|durch|von|vom|mit|bei|gegen|für|auch|in|im|an|am|auf|aus|über|unter|zum|zur)\b"
)
_ITEM = rf"(?!{_NO_ITEM})(?:[\w-]+\s+){{0,2}}[A-ZÄÖÜ][\w-]*"
_LISTED_AFTER = re.compile(rf"(?:\s*,\s*{_ITEM}){{1,8}}\s*{_CONJUNCTION}(?!\w)")  # bounded: read per word
_COMMA_BEFORE = re.compile(r",\s*$")
# Words written small with an ending like an attribute's that are none: prepositions and adverbs (the
# analyzer drops most as stop words; these it keeps), so "neben Kosten" is no "Nebenkosten"
_NO_ATTRIBUTES = frozenset(
    {"neben", "wegen", "binnen", "oben", "unten", "innen", "außen", "aussen", "hinten", "vorne", "außer", "ausser"}
    | {"immer", "früher", "später", "ferner", "daher", "gerne", "ebenfalls"}
)
# A modifier German writes before its head is an attribute next to it; a noun of its own there is at most one
# word away ("von der Polizei ausgeübte Gewalt"), not across a clause ("Das Land stellt den vollziehenden Stellen")
NOUN_BEFORE = 2
_SENTENCE_END = re.compile(r"[^\W\d_]{4}[.!?]\s+[A-ZÄÖÜ]")
# A unit inside another compound stands right after the head, the head's genitive or prepositional
# attribute ("Gewalt durch Polizei|beamte", "Auslieferung der neuen Doppelstock|züge"), not further on
# ("Zusammenhang mit Belastungen der Beschäftigten in Schicht|arbeit", "Jahren in den einzelnen Geschäfts|bereichen")
COMPOUND_REACH = 2
ATTRIBUTE_REACH = 2  # an attribute and its noun: at most one more adjective between them
# What may stand between two units inside one word: a linking element or a stem's ending (Kind|er|schutz),
# or a participle's or a feminine plural's ending before one (Studier|enden|werk…, Schüler|innen|beförderung…),
# never a word (Schul|sport|amt is no Schulamt)
_GENDERED_LINK = re.compile(r"(?:end|innen)(?:e|en|es|s)?")
_BETWEEN_UNITS = re.compile(rf".{{0,3}}|{_GENDERED_LINK.pattern}")


class Layout(NamedTuple):
    """Where a text's terms stand, read once per text (see :func:`_positions`)."""

    free: Positions  # as words of their own
    nouns: Positions  # as words of their own written as nouns
    heads: Positions  # as the head of a compound (Doppelstock|züge are Züge)
    inside: Positions  # only inside a compound, before its head
    attributes: Positions  # as an inflected attribute
    listed: dict[int, tuple[bool, bool]]  # a word of its own: listed with the words before it, after it
    spans: dict[int, tuple[int, int]]  # where each position's word is written (folded only when asked)


@lru_cache(maxsize=4096)  # a paragraph that spelled one query out is likely asked again
def _positions(text: str) -> Layout:
    """Where each term stands as a word of its own, where as a noun (written capitalised), where
    only inside a compound, and where as an attribute: an inflected adjective derived from it
    (``polizeiliche`` for ``polizei``) or any inflected word written small (``eigene``; Snowball's
    stem may be shorter than the adjective's, ``eig``).

    At one position the analyzer gives the word first, then its compound's heads (marked), then
    its modifiers; a hyphenated word's pieces get positions of their own and count as words.
    Then, for each word of its own, whether a conjunction joins it to the word before or after:
    then the words on that side are listed beside it, not spelling it out.  Last, where each position's
    word is written (to read the order of the units inside it)."""
    free: Positions = defaultdict(list)
    nouns: Positions = defaultdict(list)
    heads: Positions = defaultdict(list)
    inside: Positions = defaultdict(list)
    attributes: Positions = defaultdict(list)
    listed: dict[int, tuple[bool, bool]] = {}
    spans: dict[int, tuple[int, int]] = {}
    last, in_compound = -1, False
    for token in _ANALYZER(text, positions=True, chars=True):
        if token.pos != last:
            last, in_compound = token.pos, False
            spans[token.pos] = (token.startchar, token.endchar)
        term = token.text
        if term.startswith(HEAD_MARK):
            heads[term[1:]].append(token.pos)
            in_compound = True
            continue
        if in_compound:
            inside[term].append(token.pos)
            continue
        surface = text[token.startchar : token.endchar]
        adjective = _adjective(surface, term)
        if adjective is None:
            free[term].append(token.pos)
            listed[token.pos] = _listed(text, token.startchar, token.endchar)
            if surface[:1].isupper() or _joined(text, token.startchar, token.endchar):
                nouns[term].append(token.pos)  # a noun, a sentence's first word, a piece of "re:publica"
        if surface.endswith(_INFLECTIONS) and (adjective or (surface[:1].islower() and surface not in _NO_ATTRIBUTES)):
            attributes[term].append(token.pos)  # inflected: "polizeiliche", "eigene" (not "polizeilich")
    return Layout(free, nouns, heads, inside, attributes, listed, spans)


def _one_sentence(text: str, at: Layout, position: int, head: int) -> bool:
    """Do the words at ``position`` and ``head`` stand in one sentence?  „… in 13 Häfen. Eine Betroffenheit besteht,
    wenn ein Fischereifahrzeug …“ spells no ``Fischereihafen``.  A sentence ends after a word of four letters at least
    (not after „Nr.“, „Dr.“, „z. B.“) before a capital."""
    first, last = sorted((position, head))
    return _SENTENCE_END.search(text, at.spans[first][0], at.spans[last][0] + 1) is None  # the last word's capital


def _phrase_between(text: str, at: Layout, position: int, head: int) -> bool:
    """Does a preposition between the noun at ``position`` and the noun ``head`` after it open the head's own
    phrase („Senkung von Steuern über die Erhöhung“)?"""
    return position < head and _PREPOSITION.search(text, at.spans[position][1], at.spans[head][0]) is not None


def _verbs_object(text: str, at: Layout, position: int, verb: int) -> bool:
    """Can the noun at ``position`` be what the verb at ``verb`` acts on: in its clause (no comma between: „erklärte,
    dass die Regierung“ is no Regierungserklärung) and not in a phrase a preposition opens („von der Schule ins
    Berufsleben begleiten“ is no Schulbegleitung) unless as the agent right before the verb, with no other noun
    between it and the verb after it, and not after a participle that describes another noun?"""
    first, last = sorted((position, verb))
    if _CLAUSE_MARK.search(text, at.spans[first][1], at.spans[last][0]):
        return False
    described = _ATTRIBUTE_OF.match(text, at.spans[verb][1])
    if described and described.end() - 1 != at.spans[position][0]:
        return False  # a participle describes another noun: „erklärte Vorhaben … der Regierung“, „aus Gründen einer
        # geordneten städtebaulichen Entwicklung“ (not „zu besetzende freie Stellen“)
    if _PARTICLE_AT_END.match(text, at.spans[verb][1]):
        return False  # another verb: „schließen sich aus“
    if position < verb and any(
        not _IN_PHRASE.search(text, max(at.spans[position][1], noun.start() - PHRASE_LOOKBACK), noun.start())
        for noun in _CAPITAL.finditer(text, at.spans[position][1], at.spans[verb][0])
    ):
        return False  # the noun between is the verb's: „Soziales wird seinen Beitrag dazu leisten“ (not one in a
        # preposition's phrase: „der Gasverbrauch in der Fernwärme gesenkt“)
    noun_start = at.spans[position][0]
    since = at.spans[verb][1] if verb < position else 0  # the verb itself may stand between („Zu besetzende Stellen“)
    phrase = _IN_PHRASE.search(text, max(since, noun_start - PHRASE_LOOKBACK), noun_start)
    # in a preposition's phrase only as who or what acts, right before the verb: „aus dem Ausland finanziert“, „vom
    # Verfassungsschutz beobachtet“, not „von der Schule ins Berufsleben begleitet“ nor „in diesem Land regieren“
    return phrase is None or (position == verb - 1 and phrase.group(1).lower() in _AGENT)


def _as_written(text: str, at: Layout, position: int, head: int, unit: str, written: str) -> bool:
    """Is the noun at ``position`` no piece hyphened right before the head (whose unit is ``unit``), or
    one the query's compound ``written`` holds as it stands, linking element and all (see :func:`spells_out`)?"""
    if not written or position != head - 1:
        return True
    start, head_start = at.spans[position][0], at.spans[head][0]
    if not start < head_start or not _HYPHEN.fullmatch(text[head_start - 1]):
        return True
    piece = _HYPHEN.split(text[start : head_start - 1])[-1]  # the position's span is the whole hyphened word
    return fold(piece.strip()) + unit[:3] in written  # the head's first letters: its stem may be no spelling (risiko)


def _in_order(word: str, units: tuple[str, ...], written: str = "") -> bool:
    """Do the ``units`` stand in ``word`` (folded) in their order, each right after the one before
    but for a linking element (``Landes|schutz…``, not ``Landes|patienten|schutz…``) — or can its
    letters not tell (a unit's stem not spelled in it, ``haus`` in ``hauser``)?"""
    if any(unit not in word for unit in units):
        return True
    return any(_follows(word, units, at, written) for at in range(len(word)) if word.startswith(units[0], at))


def _follows(word: str, units: tuple[str, ...], at: int, written: str) -> bool:
    """Do the other ``units`` follow the first, found at ``at``, each close after the one before —
    across a hyphen only as the query's compound ``written`` joins them (``Bund-Länder`` is no Bundesländer), and
    with the linking element it writes (see :func:`_same_link`)?"""
    start, end = at, at + len(units[0])
    links = _links(written, units)
    for number, unit in enumerate(units[1:]):
        found = word.find(unit, end)
        gap = word[end:found]
        if found < 0 or not _BETWEEN_UNITS.fullmatch(gap.replace("-", "")):
            return False
        if written and "-" in gap and word[start:found].replace("-", "") + unit[:3] not in written:
            return False
        if links is not None and not _same_link(gap.replace("-", ""), links[number]):
            return False
        start, end = found, found + len(unit)
    return True


def _links(written: str, units: tuple[str, ...]) -> tuple[str, ...] | None:
    """What stands between the units in the compound as the query writes it (``es`` of ``Landes|amt``); None where
    it does not spell them in order (a stem it writes otherwise)."""
    end = written.find(units[0]) if written else -1
    if end < 0:
        return None
    end += len(units[0])
    gaps = []
    for unit in units[1:]:
        found = written.find(unit, end)
        if found < 0:
            return None
        gaps.append(written[end:found])
        end = found + len(unit)
    return tuple(gaps)


def _same_link(text: str, query: str) -> bool:
    """Is ``text`` (between two units inside a longer word) the query's linking element ``query``?  A compound keeps
    its own: „Landes|ärzte|kammern“ is a Landes-Ärztekammer, no ``Landarzt``'s — but the linking -s comes and goes
    (``Schadenersatz``, „Schadens|ersatz…“), and a feminine plural or a participle's ending stands where the query
    writes none („Schüler|innen|beförderung“)."""
    return text.removesuffix("s") == query.removesuffix("s") or bool(_GENDERED_LINK.fullmatch(text))


def _listed(text: str, start: int, end: int) -> tuple[bool, bool]:
    """Is the word at ``start:end`` listed with the words before it, and with those after it?"""
    after = bool(_JOINED_AFTER.match(text, end) or _LISTED_AFTER.match(text, end))
    before = bool(_JOINED_BEFORE.search(text, max(0, start - 8), start)) or (
        after and bool(_COMMA_BEFORE.search(text, max(0, start - 4), start))
    )
    return before, after


def _joined(text: str, start: int, end: int) -> bool:
    """Is the word at ``start:end`` a piece of a longer written word (``re:publica``, ``E-Mail``)?"""
    return text[start - 1 : start] in _JOINERS or text[end : end + 1] in _JOINERS


def _adjective(surface: str, term: str) -> re.Match | None:
    """``surface`` as an adjective of the noun ``term`` (its ending matched), or None."""
    if "\u00ad" not in surface and not surface.lower().endswith(_ADJECTIVE_ENDINGS):
        return None
    folded = fold(surface)
    return _ADJECTIVE.fullmatch(folded, len(term)) if folded.startswith(term) else None


def spellings_out(text: str, parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The ways a text spells a compound out in words of its own: every part (``Dauer der
    Verfahren im Asyl``), or the compound cut once into two shorter words (``Dauer der
    Asylverfahren``), each word whole — never as the head of a longer word (see ``as_head``).  A cut leaving a
    stop word (``will`` of ``Willkommenskultur``, ``nicht`` of ``Nichtregierungsorganisationen``) spells nothing out:
    the index holds no such word.  The first word keeps the linking element it is written with
    (``Verfassungsschutz`` of ``Verfassungsschutzbeobachtung``)."""
    surfaces = compound_parts(text)
    out = [parts]
    if len(surfaces) > 2:
        written = _HYPHEN.sub("", text.lower().replace("ß", "ss"))
        for cut in range(1, len(surfaces)):
            last = "".join(surfaces[cut:])
            first = written[: -len(last)] if written.endswith(last) else "".join(surfaces[:cut])
            pieces = [query_words(piece) for piece in (first, last)]
            if not all(pieces):
                continue
            units = tuple(words[0][0] for words in pieces)
            if units not in out:
                out.append(units)
    return out
