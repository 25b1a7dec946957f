"""User query → Whoosh query.

The query language (:mod:`indexer.search.syntax`) gives clauses; the compiler does what a
researcher would otherwise have to: a compound also finds its parts spelled out close together
(``Mangel an Ärzten`` for ``Ärztemangel``, ranked lower), a learned abbreviation stands for its
long form and back, and a cited document number (``Drucksache 19/11134``, ``KA 5441``) finds
that document first.  Parts scattered over an answer are no match: they only make the relaxed
tier ("nur Wortteile"), never the total.  Each way a requirement can be met is named
(:data:`~indexer.search.requirements.WAYS`), so a hit can say how it matched.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from whoosh import query as wq
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from indexer.analysis import abbreviations
from indexer.analysis.analyzer import as_head, german_analyzer
from indexer.analysis.edits import held_one_edit_from, slip
from indexer.analysis.query_text import compound_parts, query_terms, query_words, relinked_apart
from indexer.analysis.spelling import RATIO, VOCABULARY_FIELD
from indexer.analysis.terms_within import FuzzyTerm, held_within
from indexer.analysis.verb_forms import verb_noun
from indexer.analysis.word_forms import NORMALISE_TABLE, fold, prefix_spelling, with_umlauts
from indexer.askers import known_name
from indexer.errors import QueryError
from indexer.index.readers import record_text_at, segment_searchers
from indexer.index.schema import ANSWER, TEXT_FIELDS, TITLE
from indexer.lexicon import weight as lexicon_weight
from indexer.parliaments import PARLIAMENT, land_code
from indexer.search.bounds import PUNCTUATION
from indexer.search.guesses import Guesses
from indexer.search.highlight import number_written
from indexer.search.nearby import (
    authority_names,
    foreign_office,
    near_units,
    participle_noun,
    spellings_out,
    verb_terms,
)
from indexer.search.question_words import question_verb, unlisted_function_words, without_question_words
from indexer.search.relatives import Relatives
from indexer.search.requirements import (
    ABBREVIATION,
    DECIMAL,
    DERIVED,
    INTERRUPTED_SLOP,
    LAND,
    NAME,
    NUMERAL,
    PARTS,
    PHRASE,
    PREFIX,
    SPELLING,
    STATE,
    VERB_NOUN,
    WORD,
    CompiledQuery,
    Requirement,
)
from indexer.search.respellings import held_respellings
from indexer.search.states import counterpart
from indexer.search.syntax import (
    ID_READING,
    LEGAL_MARKERS,
    MAX_QUERY_LENGTH,
    RANGE,
    SECOND_READING,
    Clause,
    extract_citation,
    parse,
    plain,
    plain_quotes,
)
from indexer.search.term_queries import FIELD_BOOSTS, phrase_query, prefix_expansion, term_query, word_query
from indexer.search.text_checks import TextChecked
from indexer.typography import plain_letters

MAX_PREFIX_TERMS = 64
# A prefix typed as a whole word with an ending its stem drops (``medizinische*``, ``stationäre*``,
# ``Bürgerinnen*``: the index holds „medizin“, „stationar“, „burg“) finds the word itself too; not after a bare -er,
# which ends a verb's stem too (``Förder*`` would find „fordern“)
_STEM_ENDS = re.compile(r"ern?")
NUMBER_BOOST = 25.0
SECOND_READING_SHARE = 0.4  # "KA 7/2151" is first Sachsen-Anhalt's Kleine Anfrage, then a Drucksache
MAX_LEGAL_SPELLINGS = 8
CITED_ANFRAGE = ("Kleine Anfrage", "Kleine Anfrage Nr.", "KA", "KA Nr.")  # how texts cite one: "Kleinen Anfrage 295"
PHRASE_BOOST = 2.0  # all plain words near each other (proximity) on top of their own scores
PROXIMITY_SLOP = 3
PART_BOOST = 0.5  # all parts of a spelled-out compound together weigh half the compound itself
PARTS_WINDOW = 3  # parts this close (either order) spell a compound out: "Gewalt durch Polizeibeamte"
WRITTEN_AS_WORD_READS = 50  # records read to learn whether words typed with function words are written as one
ABBREVIATION_BOOST = 0.8
LONG_FORM_SLOP = 3  # long forms are stored without stop words: "Bundesministerium [für] Verkehr"
MAX_LONG_FORM_WORDS = 6
MAX_WRITTEN_OUT = 2  # long forms of an abbreviation in a quoted phrase tried in its place
MIN_CORRECTED = 5  # an unknown word this long (stemmed) also finds the words one edit away
MIN_PART = 4  # a compound's part this long that no text holds makes it a typo (shorter ones may be names: „Ems“)
MIN_WRITTEN = 7  # letters of an unknown word corrected by the documents' own words (``Drohnrn``; see _near_written)
# records that hold a compound one edit from a compound of known words no text holds, for the typed one to be taken as
# its typo though the edit is no slip (``Mindeslohn``: „Mindestlohn“ in 47 of 5 288; „Schuldunfähigkeit“ in 9 of
# 33 283 is no correction of ``Schulunfähigkeit``; see _typed_apart)
OFTEN = 20
# „Frage 48 der Kleinen Anfrage zur schriftlichen Beantwortung zur Drs. 19/5824“, „Frage 6 der Kleinen Anfrage der
# Fraktion BÜNDNIS 90/DIE GRÜNEN auf Bundestagsdrucksache 21/1674“: at most eleven words between the question and the
# number after it, and no other number (see _cited); before it, none but function words („Drucksache 21/396 auf die
# Frage 102“, not „19/2598 und die Antwort auf Frage 5 der …“)
CITED_QUESTION_SLOP = 12


def _cited(question: str, number: str) -> str:
    """„Frage N“ and then the Drucksache ``number`` with no other document number between them (folded text)."""
    listed = r"(?:[\w.]+(?:\s*,\s*|\s+(?:und|bis|sowie)\s+))*"  # „Fragen 50 und 51“, „Fragen 5, 6 und 7“
    between = r"(?:(?!\d+\s*/\s*\d).){0,200}?"
    return rf"\bfragen?\s+{listed}{re.escape(question.lower())}\b{between}{re.escape(number)}(?!\d)"


def roman_numeral(number: int) -> str:
    """``number`` (1 to 39) in Roman numerals, as the texts number books, stages and parts: 3 → ``III``."""
    return "X" * (number // 10) + ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")[number % 10]


# A book of the Sozialgesetzbuch as typed: "SGB 2", "SGB2", "SGB-II", "sgb ii" — printed "SGB II" (books I to XIV)
_ROMAN = tuple(roman_numeral(book) for book in range(1, 15))
_SGB_BOOK = re.compile(
    r"(?:(?<![\w-])|(?<=(?<!\S)-))SGB(?:\s*-\s*|\s*)(?P<book>1[0-4]|[1-9]|"
    + "|".join(sorted(_ROMAN, key=len, reverse=True))
    + r")"
    r"(?![\w-]|[.,/]\d)",
    re.IGNORECASE,
)
_SGB_IN_COMPOUND = re.compile(  # "SGB-2-Leistungen" is printed "SGB-II-Leistungen"
    r"(?<![\w-])SGB-(?P<book>1[0-4]|[1-9])(?=-[^\W\d_])", re.IGNORECASE
)
# A road, a route or a model named by letters and a number, written together or apart: "B248", "L 48", "5G"
_LETTERS_DIGITS = re.compile(r"([^\W\d_]{1,3})(\d+)|(\d+)([^\W\d_]{1,3})")


class QueryCompiler:
    """Turns the user's text into a :class:`CompiledQuery` against one index reader."""

    def __init__(self, reader: IndexReader, analyzer=None) -> None:
        self.reader = reader
        self.analyzer = analyzer or german_analyzer()

    def compile(self, text: str) -> CompiledQuery:
        text, books = sgb_books(joined_names(plain_quotes(plain_letters(text or ""))).strip())
        rest, readings, questions = extract_citation(text) if len(text) <= MAX_QUERY_LENGTH else (text, [], ())
        numbers = [reading.removeprefix(SECOND_READING) for reading in readings]
        # a cited answer is of the cited document itself, not of texts that mention its number
        number_query = self._numbers(readings, in_texts=not questions) if numbers else None
        citing, cited_questions = self._citing(readings, numbers, questions)
        citing_parts = [q for q in (citing, cited_questions) if q is not None]
        citing_scoring = wq.Or(citing_parts) if len(citing_parts) > 1 else citing_parts[0] if citing_parts else None
        named = wq.Or([_named(number) for number in numbers]) if numbers else None
        cited = tuple(reading for reading in readings if not reading.startswith(SECOND_READING))
        held, quoted = self._held(numbers)
        asked: tuple[str, ...] = ()
        try:
            parsed = parse(rest, excluding=number_query is not None) if rest or number_query is None else None
            verb, optional = None, []
            if parsed is not None:
                verb, optional = question_verb(parsed.items), unlisted_function_words(parsed.items)
                parsed.items, asked = without_question_words(parsed.items)
            if parsed is not None and books:  # "SGB II" is a norm like "Art. 8": an answer may lack it, as a word
                for item in parsed.items:  # in place: the verb and the words that only rank are known by identity
                    item[:] = [_as_reference(c, books) for c in item]
        except QueryError:
            if number_query is None:
                raise
            parsed = None
        if parsed is None:  # a cited number and nothing else to search
            return CompiledQuery(
                (),
                number_query if citing_scoring is None else wq.Or([number_query, citing_scoring]),
                frozenset(numbers),
                None,
                number_query,
                questions,
                named=named,
                cited=cited,
                citing=citing,
                cited_questions=cited_questions,
                held=held,
                quoted=quoted,
            )
        highlight: set[str] = set(numbers)
        required: list[Requirement] = []
        words: list[str | None] = []  # the plain word behind each requirement (for abbreviations)
        excluded: list[wq.Query] = []
        plain_terms: list[str] = []
        ranking_only: list[wq.Query] = []  # the function words: an answer need not hold them
        befores: list[tuple[str, ...] | None] = []  # the function words typed before each requirement
        gap: tuple[str, ...] | None = ()
        thin = tuple(found for item in parsed.items for clause in item if (found := self._thin(clause)))
        for item in parsed.items:
            clauses = [compiled for compiled in map(self._clause, item) if compiled is not None]
            if not clauses:
                gap = _with_gap_word(gap, item)
                continue
            scoring = clauses[0].scoring if len(clauses) == 1 else wq.Or([c.scoring for c in clauses])
            if item[0].negated:
                excluded.append(scoring)
                gap = None
                continue
            terms = [t for c in clauses for t in c.terms]
            if len(item) == 1 and plain(item[0]):
                plain_terms.extend(clauses[0].terms[:1])
            if any(item is word for word in optional):
                ranking_only.append(scoring)
                gap = _with_gap_word(gap, item)
                continue
            highlight.update(terms)
            required.append(replace(_requirement(item, clauses, scoring, terms), verb=item is verb))
            words.append(item[0].text if len(item) == 1 and plain(item[0]) else None)
            befores.append(gap)
            gap = ()
        if not required and number_query is None:
            raise QueryError("Die Suchanfrage enthält nur Füllwörter (wie „der“, „und“); bitte genauer suchen.")
        required, words = self._written_as_one(required, words, befores, highlight)
        plain_words = list(zip(required, words, strict=True))
        required = self._abbreviations(required, words, highlight)
        # a requirement a defined abbreviation took is no plain word any more: no guess for it
        words = [next((w for r, w in plain_words if r is requirement), None) for requirement in required]
        required = _with_lands(required, words)
        required, numerals = self._numerals(required, words, highlight)
        scoring_parts = [requirement.scoring for requirement in required] + numerals + ranking_only
        if len(plain_terms) > 1:
            scoring_parts.append(phrase_query(plain_terms, TEXT_FIELDS, boost=PHRASE_BOOST, slop=PROXIMITY_SLOP))
        if number_query is not None:
            scoring_parts.append(number_query)
        if citing_scoring is not None:
            scoring_parts.append(citing_scoring)
        scoring = scoring_parts[0] if len(scoring_parts) == 1 else wq.Or(scoring_parts)
        exclude = (excluded[0] if len(excluded) == 1 else wq.Or(excluded)) if excluded else None
        guesses = Guesses(self.reader, self.analyzer, tuple(words), rest)
        return CompiledQuery(
            tuple(required),
            scoring,
            frozenset(highlight),
            exclude,
            number_query,
            questions,
            guesses,
            named,
            cited,
            thin,
            asked,
            citing,
            cited_questions,
            held,
            quoted,
        )

    def _citing(
        self, readings: list[str], numbers: list[str], questions: tuple[str, ...]
    ) -> tuple[wq.Query | None, wq.Query | None]:
        """For cited questions (``Drs. 16/470 Frage 3``): the texts citing the number where the archive lacks the
        document, and the texts naming a cited question beside it („zu Frage 3 der LT-Drs. 16/470“, „Drucksache
        21/396 auf die Frage 102“ — not „Frage 3 der Drucksache 16/999“): of a document the archive lacks all it
        finds where it finds one, of one it holds the answers referring to the cited one."""
        if not questions or not numbers:
            return None, None
        archived = any(self._archived(number) for number in numbers)
        named = [
            named
            for q in questions
            if RANGE not in q
            for number in numbers
            if "/" in number
            for item in (query_terms(self.analyzer, f"Frage {q}"),)
            for named in (
                TextChecked(phrase_query([*item, number], TEXT_FIELDS, slop=CITED_QUESTION_SLOP), _cited(q, number)),
                phrase_query([number, *item], TEXT_FIELDS, slop=1),
            )
        ]
        naming = (wq.Or(named) if len(named) > 1 else named[0]) if named else None
        return None if archived else self._numbers(readings), naming

    def _held(self, numbers: list[str]) -> tuple[bool | None, bool]:
        """Is a cited document in the archive (None: a Kleine Anfrage's number, cited in texts in many ways), and
        does a text cite one of them by its number?  The page says why none is shown (see
        :func:`~indexer.search.plan.missing_citation`)."""
        if not numbers or any(number.startswith("ka") for number in numbers):
            return None, False
        held = any(self._archived(number) for number in numbers)
        return held, any("/" in number and self._in_texts(number) for number in numbers)

    def _archived(self, number: str) -> bool:
        """Is the document a cited number names in the index (see :func:`_named`)?"""
        if number.startswith(ID_READING):
            return self.reader.doc_frequency("doc_id", number.removeprefix(ID_READING)) > 0
        return self.reader.doc_frequency("nummer", number) > 0

    def _thin(self, clause: Clause) -> tuple[str, str | None] | None:
        """A quoted phrase of several words of which the index holds one at most (``"keine Daten"``: Daten), with
        that word: its other words are function words, which no index term stands for."""
        words = [word.strip(PUNCTUATION) for word in clause.text.split()]
        if not clause.phrase or clause.reference or len(words) < 2:
            return None
        kept = [word for word in words if query_terms(self.analyzer, word)]
        return (" ".join(words), kept[0] if kept else None) if len(kept) < 2 else None

    def _written_as_one(
        self,
        required: list[Requirement],
        words: list[str | None],
        befores: list[tuple[str, ...] | None],
        highlight: set[str],
    ) -> tuple[list[Requirement], list[str | None]]:
        """Words the texts write as one compound (``Bund Länder Vereinbarung`` for ``Bund-Länder-Vereinbarung``,
        ``Feuerwehr Ausbildung`` for „Feuerwehrausbildung“, ``Ein Land für Alle Maßnahmen`` with the function words
        typed before and between them for „Ein-Land-für-Alle-Maßnahmen“, where a record writes it as a word) are that
        compound: met by it or by the words close together (see :meth:`_as_one`), while the words scattered over an
        answer only make the relaxed tier, like a compound's parts. Two words are read in either order (``Ausbildung
        Feuerwehr`` is the same compound): the order the user typed them in must not change what is found."""
        out: list[Requirement] = []
        out_words: list[str | None] = []
        i = 0
        while i < len(required):
            end = i
            while end < len(words) and words[end] is not None and end - i < MAX_LONG_FORM_WORDS:
                end += 1
            for stop in range(end, i + 1, -1):  # the longest run the texts write as one word
                runs = _typed_runs(words, befores, i, stop)
                found = next(
                    (
                        (o, w, t)
                        for o, w in runs
                        if (t := self._compound_of(w)) and (len(w) == len(o) or self._written_as_word(t, w))
                    ),
                    None,
                )
                if found is None:
                    continue
                order, run_words, joined = found
                highlight.add(joined)
                own = [words[k] or "" for k in order]
                out.append(self._as_one(joined, [required[k] for k in order], own, run_words))
                # still a plain word, as if typed with hyphens: it may name a Land or be (part of) a long form
                out_words.append("-".join(run_words))
                i = stop
                break
            else:
                out.append(required[i])
                out_words.append(words[i])
                i += 1
        return out, out_words

    def _compound_of(self, words: list[str]) -> str | None:
        """The term of ``words`` joined into one, if the texts hold it — also with a word's own linking -s the other
        way (``Erbschaftssteuer Reform`` for „Erbschaftsteuerreform“), never one between the words (``Arbeit Zeit`` is
        no „Arbeitszeit“) — or it names a Land (``Nordrhein Westfalen``)."""
        words_typed = [w for w in words if w]
        typed = "-".join(words_typed)
        joined = query_terms(self.analyzer, typed)
        if len(joined) != 1:
            return None
        if self._in_texts(joined[0]) or land_code(typed):
            return joined[0]
        return next(iter(self._relinked_in_texts(words_typed)), None)

    def _written_as_word(self, term: str, words: list[str]) -> bool:
        """Whether a record writes ``words`` hyphenated as a word of its own, capitalised as German writes a
        compound („das Windenergie-auf-See-Gesetz“), not only as a web address's slug („unwomen.de/
        gewalt-gegen-frauen-in-deutschland/“), which the index holds as the same term where PDF text broke the
        address: only such a word makes typed words with their function words one compound.  At most
        :data:`WRITTEN_AS_WORD_READS` records are read: a compound is written as a word where it is written at all."""
        pattern = re.compile(r"(?<!\w)" + r"(?:-\s*)?".join(map(_written_start, words)), re.IGNORECASE)
        reads = 0
        for segment, _ in segment_searchers(Searcher(self.reader, closereader=False)):
            reader = segment.reader()
            for field in TEXT_FIELDS:
                if not reader.doc_frequency(field, term):
                    continue
                for docnum in reader.postings(field, term).all_ids():
                    text = record_text_at(segment, docnum)
                    if any(_written_alone(text, found) for found in pattern.finditer(text)):
                        return True
                    reads += 1
                    if reads >= WRITTEN_AS_WORD_READS:
                        return False
        return False

    def _in_texts(self, term: str) -> bool:
        return any(self.reader.doc_frequency(f, term) for f in TEXT_FIELDS)

    def _relinked_in_texts(self, words: list[str]) -> list[str]:
        """The terms of ``words`` as one word with a word's own linking -s the other way (see
        :func:`~indexer.analysis.query_text.relinked_apart`) that the texts hold."""
        return [t for t in dict.fromkeys(query_words(v)[0][0] for v in relinked_apart(words)) if self._in_texts(t)]

    def _as_one(self, joined: str, run: list[Requirement], words: list[str], typed: list[str]) -> Requirement:
        relinks = [t for t in self._relinked_in_texts(words) if t != joined]  # „Schadensersatzklage“ too
        units = tuple(query_words(word)[0][0] for word in words)
        ways = [word_query(t, TEXT_FIELDS) for t in (joined, *relinks)]
        with_function_words = len(typed) > len(words)
        if with_function_words:  # „Flächen für Windenergie auf hoher See“: the words as typed, too
            ways.append(_verbatim(units, typed))
        exact = wq.Or(ways) if len(ways) > 1 else ways[0]
        verbal = participle_noun(words[-1])
        verbs = verb_terms("-".join(words))
        near = [near_units(f, units, PARTS_WINDOW, verbal, written="".join(words), verbs=verbs) for f in TEXT_FIELDS]
        loose = tuple(r.alternatives[0][0] for r in run)
        # The compound in the document's title and some of the words in the answer
        # ("die Klinik" under a title naming the Dietrich-Bonhoeffer-Klinik) meet it too.
        alternatives: tuple[tuple[wq.Query, ...], ...] = ((exact,), (wq.Or(near),), (exact, *loose))
        # Two words close together without the function words typed between them are no name of several words
        # („durch die Länder angemeldete Maßnahmen“ is no „Ein-Land-für-Alle-Maßnahme“); three rarely meet by chance.
        if with_function_words and len(units) < 3:
            alternatives = (alternatives[0], alternatives[2])
        return Requirement(
            alternatives,
            wq.Or([exact, *(r.scoring for r in run)]),
            " ".join(typed) if with_function_words else " ".join(r.label for r in run),
            ways=(WORD, PARTS, WORD) if len(alternatives) == 3 else (WORD, WORD),
            loose=loose,
            parts=tuple(r.label for r in run),
            terms=frozenset({joined, as_head(joined), *relinks}).union(*(r.terms for r in run)),
        )

    def _written_out(self, text: str, terms: list[str]) -> list[list[str]]:
        """The phrase ``terms`` with an abbreviation the corpus defines written out (``"Vollversammlung des NIR"``:
        „Vollversammlung des Niedersächsischen Inklusionsrats (NIR)“), one long form at a time."""
        words = [word.strip(PUNCTUATION) for word in text.split()]
        pieces = [query_terms(self.analyzer, word) for word in words]
        if [t for piece in pieces for t in piece] != terms:
            return []  # the phrase's terms are not its words' own (a word joined across a hyphen): left as it is
        out = []
        for i, word in enumerate(words):
            if len(pieces[i]) == 1 and abbreviations.is_written_short_form(word):
                for form in abbreviations.long_forms(self.reader, word).written[:MAX_WRITTEN_OUT]:
                    long_terms = query_terms(self.analyzer, form)
                    if long_terms:
                        out.append(
                            [*(t for p in pieces[:i] for t in p), *long_terms, *(t for p in pieces[i + 1 :] for t in p)]
                        )
        return out

    def _legal_spellings(self, terms: list[str]) -> list[list[str]]:
        """The phrase ``terms`` as legal references may be written: ``Art.``/``Artikel``, ``Abs.``/``Absatz``,
        ``Nr.``/``Nummer`` before a number are the same (at most :data:`MAX_LEGAL_SPELLINGS` ways)."""
        other = self._legal_markers
        spelled: list[list[str]] = [[]]
        for i, term in enumerate(terms):
            before_number = i + 1 < len(terms) and terms[i + 1][:1].isdigit()
            ways = [term, other[term]] if before_number and term in other else [term]
            spelled = [[*done, way] for done in spelled for way in ways][:MAX_LEGAL_SPELLINGS]
        return spelled

    @functools.cached_property
    def _legal_markers(self) -> dict[str, str]:
        """Each marker's term → its other spelling's term, as this compiler's analyzer makes them."""
        pairs = [(query_terms(self.analyzer, short), query_terms(self.analyzer, long)) for short, long in LEGAL_MARKERS]
        other = {a[0]: b[0] for a, b in pairs if len(a) == len(b) == 1}
        return other | {b: a for a, b in other.items()}

    def _numbers(self, readings: list[str], in_texts: bool = True) -> wq.Query:
        """The documents a cited number names (metadata), far above texts that merely mention it: a Drucksache
        as its number, a Kleine Anfrage as :data:`CITED_ANFRAGE` write it (Sachsen-Anhalt's ``KA 7/2151`` so only);
        a second reading of a citation (:data:`SECOND_READING`) below the first, and never in texts."""
        queries: list[wq.Query] = []
        for reading in readings:
            number = reading.removeprefix(SECOND_READING)
            second = number != reading
            queries.append(_named(number, boost=NUMBER_BOOST * (SECOND_READING_SHARE if second else 1)))
            if not in_texts or second or number.startswith(ID_READING):
                continue
            if number.startswith("ka"):
                cited = number[2:]
                ways = [f"KA {cited}"] if "/" in cited else [f"{how} {cited}" for how in CITED_ANFRAGE]
                queries.extend(phrase_query(query_terms(self.analyzer, way), TEXT_FIELDS) for way in ways)
            elif "/" in number:
                queries.append(term_query(number, TEXT_FIELDS))
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def _clause(self, clause: Clause) -> _Compiled | None:
        if clause.prefix:
            return self._prefix_clause(clause)
        if clause.phrase:
            terms = query_terms(self.analyzer, clause.text) or self._function_words(clause.text)
            if not terms:
                return None
            spelled = self._legal_spellings(terms) + self._written_out(clause.text, terms)
            query = wq.Or([phrase_query(t, clause.fields) for t in spelled]) if len(spelled) > 1 else None
            all_terms = list(dict.fromkeys(t for each in spelled for t in each))
            compiled = _numbers_as_written(query or phrase_query(terms, clause.fields), all_terms, clause.text)
            # numbers are exact: "§ 3 Abs. 1" is no "§ 3 Abs. 2 Nr. 1", "1. Januar 2020" no "1. Januar bis … 2020"
            if len(terms) < 2 or clause.negated or clause.reference or any(t[:1].isdigit() for t in terms):
                return compiled
            # (legal markers have other spellings only before a number: here the phrase is spelled one way)
            return replace(compiled, loose=(phrase_query(terms, clause.fields, slop=INTERRUPTED_SLOP),))
        words = query_words(clause.text)
        if not words:
            return None
        if clause.fuzzy:
            return self._fuzzy_clause(clause, words)
        if len(words) > 1:  # "foo/bar", "3.5": several tokens in one word are a phrase
            terms = [whole for whole, _parts in words]
            return _numbers_as_written(phrase_query(terms, clause.fields), terms, clause.text)
        whole, parts = words[0]
        exact = word_query(whole, clause.fields)
        spaced = _LETTERS_DIGITS.fullmatch(whole)
        if spaced:  # "B248" is also written "B 248" (and excluded so, "-A39")
            pieces = [piece for piece in spaced.groups() if piece]
            apart = phrase_query(pieces, clause.fields)
            return _Compiled(
                ((exact,), (apart,)), wq.Or([exact, apart]), [whole, *filter(str.isdigit, pieces)], (WORD, PHRASE)
            )
        # "Alstrom" is no word here: "Alstom"; "Hospitzdienste", of a part no text holds: "Hospizdienste"; a known
        # asker's name is no typo (the page offers their filter instead, see plan.asker_offer), nor a state's name
        # the texts hold only as its adjective (``Chinas``: „chinesischen“)
        state = counterpart(whole) if not parts else None
        unknown = (
            self._unknown(whole, clause.fields)
            and not known_name(self.reader, clause.text)
            and not (state and self._in_texts(state))
            and not self._noun_terms(clause)  # a verb no text writes so, its noun some do: ``stationieren``
        )
        # its parts as the splitter cut them: a typo makes pieces no text holds („Asyverfahrens“: asyv + fahr)
        misspelt = unknown and (not parts or any(self._unknown(part, clause.fields, MIN_PART) for part in parts))
        # a compound of known words no text holds is new, or a slip in typing one the texts hold (``Mindeslohn``)
        slipped = unknown and not misspelt and "-" not in clause.text
        fixable = (misspelt or slipped) and not clause.negated
        near = self._near(clause.text, whole, clause.fields, slipped) if fixable else []
        if slipped and not near and not clause.negated:
            near = self._typed_apart(clause, whole, parts)
        if unknown and not near and not clause.negated:
            near = self._respelled(clause.text, whole, clause.fields)
        corrected = wq.Or([term_query(t, clause.fields) for t in near])
        if near and not parts:
            return _Compiled(((exact,), (corrected,)), wq.Or([exact, corrected]), [whole, *near], (WORD, SPELLING))
        if clause.negated:
            return _Compiled.single(exact, [whole, as_head(whole)])
        if not parts:
            simple = self._with_state(self._with_related(clause, exact, whole), whole, clause.fields)
            return self._with_noun(self._with_derived(simple, whole, clause.fields), clause)
        # a state's adjective the splitter cuts (``polnische``: pol + nisch), a name it cuts (``Dänemark``) too
        compound = self._with_state(self._compound(clause, exact, whole, parts), whole, clause.fields)
        compound = self._with_noun(self._with_derived(compound, whole, clause.fields), clause)
        return _or_met(compound, corrected, near, SPELLING) if near else compound

    @staticmethod
    def _function_words(text: str) -> list[str]:
        """A phrase of function words only („Einer für Alle“): no text indexes them in running text, but a
        hyphenated word indexes its parts, these too („Einer-für-Alle-Prinzip“) — so it is looked for there."""
        hyphenated = query_words("-".join(text.split()))
        return list(hyphenated[0][1]) if len(hyphenated) == 1 else []

    def _near(self, word: str, whole: str, fields: tuple[str, ...], slipped: bool = False) -> list[str]:
        """The corrections of a misspelt word: of the word as typed where the texts hold a term one edit from it
        (``Gefärder`` → „Gefährder“, whose -er the stem keeps), else of its stem (``Hospitzdienste`` → „Hospizdienste“);
        the stem alone lost the -er and found the verb („gefährden“).  A compound of known words (``slipped``) only
        by a typing :func:`slip`."""
        for typed in (fold(word), whole):
            held = [t for t in self._corrections(typed, fields) if not slipped or slip(typed, t)]
            if held:
                return held
        return self._near_written(word, fields, slipped)

    def _typed_apart(self, clause: Clause, whole: str, parts: tuple[str, ...]) -> list[str]:
        """The corrections of a compound of known words no text holds that is one edit, though no :func:`slip`, from a
        compound many records hold (:data:`OFTEN`): ``Mindeslohn``, cut into „mind“ + „lohn“, is „Mindestlohn“.
        Not where its parts stand together in a tenth as many records (:data:`~indexer.analysis.spelling.RATIO`):
        then it is a compound the texts write apart („mind.“ beside „Lohn“ in one table is none); and a compound the
        texts hold rarely may be another word (``Schulunfähigkeit`` is no „Schuldunfähigkeit“).  Only an edit that
        keeps its head: the head says what a compound is, so one that makes another head of it makes another word of
        known words (``Bahnstreik`` is a strike, „Bahnstrecke“ a line; ``Stadtfesten`` no „Stadt“), where one in a
        modifier is the slip (``Mindeslohn`` is still a wage)."""
        head = parts[-1]
        held = {
            term: max(self.reader.doc_frequency(f, term) for f in clause.fields)
            for term in self._near(clause.text, whole, clause.fields)
            if term.endswith(head)
        }
        often = [term for term, times in held.items() if times >= OFTEN]
        if not often:
            return []
        together = wq.Or(self._parts_close(clause, parts))
        most = max(held[term] for term in often)
        found = 0
        with Searcher(self.reader, closereader=False) as searcher:
            # segment by segment: the parts' positions are checked in each segment's own records
            for leaf, _offset in segment_searchers(searcher):
                matcher = together.matcher(leaf)
                while matcher.is_active() and found * RATIO < most:
                    found += 1
                    matcher.next()
        return often if found * RATIO < most else []

    def _near_written(self, word: str, fields: tuple[str, ...], slipped: bool) -> list[str]:
        """The stems of the words one edit from ``word`` as the texts write them, where neither the typed word nor its
        stem lies one edit from a term: an inflected word mistyped at its ending (``Kommunenn``, ``Drohnrn``) is two
        edits from its stem („kommun“), and its stem („kommunenn“) as far.  Looked up in the documents' own words
        (titles, Vorbemerkungen, questions; see :mod:`~indexer.analysis.spelling`).  Only for a word of
        :data:`MIN_WRITTEN` letters that German does not know: a word of its own one edit from another, or a short
        name, would be searched by a stem that finds other words (``Meister`` is no „meisten“, ``Imker`` no „immer“,
        ``Gabeln`` no „gab“, ``Wesel`` no „Weser“)."""
        typed = word.lower()
        if VOCABULARY_FIELD not in self.reader.schema or len(typed) < MIN_WRITTEN or lexicon_weight(typed):
            return []
        written = [
            w for w in held_one_edit_from(self.reader, (VOCABULARY_FIELD,), typed) if not slipped or slip(typed, w)
        ]
        stems = dict.fromkeys(term for w in written for term in query_terms(self.analyzer, w))
        return [term for term in stems if any(self.reader.doc_frequency(f, term) for f in fields)]

    def _respelled(self, word: str, whole: str, fields: tuple[str, ...]) -> list[str]:
        """The spellings that sound alike of a word no text holds (``Kantara`` → „Qantara“, ``Kusine`` → „Cousine“),
        as typed, else of its stem — also where its parts are words of their own (``Kant`` + ``Ara``)."""
        return held_respellings(self.reader, fields, fold(word)) or held_respellings(self.reader, fields, whole)

    def _corrections(self, term: str, fields: tuple[str, ...]) -> list[str]:
        """The terms one edit from ``term`` the texts hold (the terms, not a fuzzy query that would search the
        term list again), its first letter kept."""
        return held_one_edit_from(self.reader, fields, term)

    def _prefix_clause(self, clause: Clause) -> _Compiled:
        """A prefix: the terms it begins, and the word it is typed as (:meth:`_word_itself`), each its own way."""
        ways = ((self._prefixed(clause), PREFIX), (self._word_itself(clause), WORD))
        found = [(pairs, way) for pairs, way in ways if pairs]
        if not found:
            return _Compiled.single(wq.NullQuery, [], PREFIX)
        queries = [wq.Or([wq.Term(f, t, boost=FIELD_BOOSTS[f]) for f, t in pairs]) for pairs, _ in found]
        terms = list(dict.fromkeys(t for pairs, _ in found for _, t in pairs))
        scoring = queries[0] if len(queries) == 1 else wq.Or(queries)
        return _Compiled(tuple((query,) for query in queries), scoring, terms, tuple(way for _, way in found))

    def _prefixed(self, clause: Clause) -> list[tuple[str, str]]:
        """The (field, term) pairs a prefix stands for: the folded terms it begins, and as typed with umlauts the
        stems that keep them (``Förder*``: ``Förderung``, not its umlaut-less twin ``Forderung``)."""
        folded = prefix_expansion(self.reader, prefix_spelling(fold(clause.text)), clause.fields, MAX_PREFIX_TERMS)
        typed = with_umlauts(clause.text.lower().translate(NORMALISE_TABLE))
        if typed.isascii():
            return folded
        kept = prefix_expansion(self.reader, typed, clause.fields, MAX_PREFIX_TERMS)
        twins = {(f, fold(t)) for f, t in kept}
        return [*kept, *(pair for pair in folded if pair not in twins)][:MAX_PREFIX_TERMS]

    def _word_itself(self, clause: Clause) -> list[tuple[str, str]]:
        """The (field, term) pairs of the word a prefix is typed as, where its stem is shorter than it: every term the
        prefix begins lies beyond that stem, so ``medizinisch*`` found 14 answers where ``medizinisch`` finds 171.
        The word on its own: a compound it ends (``Zahnmedizin``) begins otherwise."""
        typed = fold(clause.text)
        stems = query_terms(self.analyzer, clause.text)[:1]
        if not stems or stems[0] == typed or not typed.startswith(stems[0]):
            return []
        if _STEM_ENDS.fullmatch(typed[len(stems[0]) :]):
            return []
        return [(f, stems[0]) for f in clause.fields if self.reader.doc_frequency(f, stems[0])]

    def _compound(self, clause: Clause, exact: wq.Query, whole: str, parts: tuple[str, ...]) -> _Compiled:
        """A compound: the word itself (also with the linking -s the other way, ``Erbschaftssteuer`` for
        „Erbschaftsteuer“), or its parts close together in either order; its parts scattered over the answer only
        for the relaxed tier."""
        relinks = self._relinked_in_texts([clause.text])
        if relinks:
            exact = wq.Or([exact, *(word_query(term, clause.fields) for term in relinks)])
        near = self._parts_close(clause, parts)
        authorities, named = authority_names(self.reader, self.analyzer, clause.text, clause.fields)
        foreign, foreign_named = foreign_office(self.reader, self.analyzer, clause.text, clause.fields)
        near += authorities
        near_query = near[0] if len(near) == 1 else wq.Or(near)
        loose = tuple(word_query(part, clause.fields) for part in parts)
        # parts add a little; the foreign office's name shares none of them, so it scores as the word does
        scoring = wq.Or([exact, wq.Or(list(loose), boost=PART_BOOST / len(parts)), *foreign])
        spelled = _as_typed(compound_parts(clause.text), clause.text)
        if len(spelled) == len(parts):
            # a number is no part found alone (``Covid-19``: every date on the 19th, every „Frage 19“; ``19-11138``)
            worded = [i for i, part in enumerate(parts) if not part.isdigit()]
            loose, spelled = tuple(loose[i] for i in worded), tuple(spelled[i] for i in worded)
        # not the verb's: „Stelle“ is no stellen
        terms = [whole, as_head(whole), *relinks, *parts, *map(as_head, parts), *named, *foreign_named]
        # the foreign office's name is no spelling-out of the compound's parts: a way of its own, said as a name
        named_alone = ((wq.Or(foreign),),) if foreign else ()
        ways = (WORD, PARTS, NAME) if foreign else (WORD, PARTS)
        return _Compiled(((exact,), (near_query,), *named_alone), scoring, terms, ways, loose, spelled)

    @staticmethod
    def _parts_close(clause: Clause, parts: tuple[str, ...]) -> list[wq.Query]:
        """A compound's parts close together in either order, in each way German spells it out (``Mangel an
        Ärzten``), its head also as its verb (``Kosten erstattet``)."""
        verbal = participle_noun(clause.text)
        verbs = verb_terms(clause.text)  # its head's verb fills the head's place, not a longer unit's
        return [
            near_units(
                f,
                units,
                PARTS_WINDOW,
                verbal,
                mindist=0,
                written=clause.text,
                verbs=verbs if units[-1] == parts[-1] else (),
            )
            for units in spellings_out(clause.text, parts)
            for f in clause.fields
        ]

    def _with_state(self, compiled: _Compiled, whole: str, fields: tuple[str, ...]) -> _Compiled:
        """A state's name also met by its adjective and back (``Chinas``: „chinesischen“), as a word of its own: not
        as a compound's head (``polnisch`` is no „Europol“)."""
        other = counterpart(whole)
        if other is None or not self._in_texts(other):
            return compiled
        return _or_met(compiled, term_query(other, fields), [other], STATE)

    def _with_derived(self, compiled: _Compiled, whole: str, fields: tuple[str, ...]) -> _Compiled:
        """An adjective in -los also met by its noun in -losigkeit and back (``Obdachlose``: „Obdachlosigkeit“,
        ``Langzeitarbeitslosigkeit``: „Langzeitarbeitslose“), on its own or as a compound's head (``Arbeitslose``:
        „Langzeitarbeitslosigkeit“): the people and their condition are one topic.  The index keeps the noun's -keit
        (``möglich`` is no „Möglichkeit“); only this class is paired.  Ranked below the word itself."""
        other = losigkeit_counterpart(whole)
        if other is None or not any(self.reader.doc_frequency(f, t) for f in fields for t in (other, as_head(other))):
            return compiled
        return _also_met(compiled, (other, as_head(other)), fields, DERIVED)

    def _with_noun(self, compiled: _Compiled, clause: Clause) -> _Compiled:
        """A verb in -ieren typed small (as German writes a verb) also met by its noun in -ierung (``stationieren``:
        „Stationierung deutscher Soldaten“, ``elektrifiziert``: „die Elektrifizierung“), with its inflections and as a
        compound's head, where the texts hold it (see :meth:`_noun_terms`): the researcher names the action, the
        answer its noun.  Ranked below the word itself, as the other word of -los ↔ -losigkeit is."""
        terms = self._noun_terms(clause)
        return _also_met(compiled, terms, clause.fields, VERB_NOUN) if terms else compiled

    def _noun_terms(self, clause: Clause) -> tuple[str, ...]:
        """The terms of the noun in -ierung a verb typed small names
        (:func:`~indexer.analysis.verb_forms.verb_noun`), on its own (a term the index writes for a compound's first
        part too: „Stationierungskosten“) and as a compound's head, where the texts hold it; none for a word typed
        capitalised, a noun (``Wohnen``), which keeps to itself.  None either for a noun more than
        :data:`MAX_NOUN_SHARE` of the records hold: that is the archive's everyday word, not the action (``regieren``:
        „Landesregierung“ stands in nearly every Landtag answer)."""
        noun = verb_noun(clause.text) if clause.text[:1].islower() else None
        other = query_terms(self.analyzer, noun)[:1] if noun else []
        terms = (other[0], as_head(other[0])) if other else ()
        held = [self.reader.doc_frequency(f, t) for f in clause.fields for t in terms]
        return terms if held and 0 < max(held) <= MAX_NOUN_SHARE * self.reader.doc_count() else ()

    def _with_related(self, clause: Clause, exact: wq.Query, whole: str) -> _Compiled:
        """A simple word; the words of its Snowball family the answers hold meet it loosely (relaxed tier)."""
        compiled = _Compiled.single(exact, [whole, as_head(whole)])
        if ANSWER not in clause.fields:
            return compiled
        # ranked by the word alone: relatives in the scoring would cost every search their postings
        return replace(compiled, relatives=Relatives(self.reader, clause.text, clause.fields, word_query))

    def _unknown(self, term: str, fields: tuple[str, ...], shortest: int = MIN_CORRECTED) -> bool:
        """A word long enough to be misspelt (``shortest``) that no text holds, on its own or in a compound."""
        if len(term) < shortest or not term.isalpha():
            return False
        return not any(self.reader.doc_frequency(f, t) for f in fields for t in (term, as_head(term)))

    def _fuzzy_clause(self, clause: Clause, words: list[tuple[str, tuple[str, ...]]]) -> _Compiled:
        """``wort~`` finds what ``wort`` finds — its compounds and spellings too — and the terms a few edits away:
        ``Schule~`` found 43 answers where ``Schule`` found 55 (no „Grundschulen“)."""
        typed = [fold(clause.text)] if len(words) == 1 else []
        fuzzy, matched = self._fuzzy([words[0][0], *typed], clause.fuzzy, clause.fields)
        word = self._clause(replace(clause, fuzzy=0))
        if word is None:
            return _Compiled.single(fuzzy, matched, SPELLING)
        return replace(
            word,
            alternatives=(*word.alternatives, (fuzzy,)),
            scoring=wq.Or([word.scoring, fuzzy]),
            terms=list(dict.fromkeys([*word.terms, *matched])),
            ways=(*word.ways, SPELLING),
        )

    def _fuzzy(self, spellings: list[str], edits: int, fields: tuple[str, ...]) -> tuple[wq.Query, list[str]]:
        """``wort~``: terms within ``edits`` edits (first letter fixed, a swap of neighbours one edit) of the word's
        stem or of the word as typed, as a correction looks for both (``Feuerwher`` stems to „feuerwh“, two edits from
        „feuerwehr“; as typed it is one swap away), each weighed by its field; the words to mark are those the fuzzy
        terms match."""
        terms = list(dict.fromkeys(spellings))
        held = {
            f: sorted({t for term in terms for t in held_within(self.reader, f, term, edits, 1, True)}) for f in fields
        }
        queries = [FuzzyTerm(f, terms[0], held[f], FIELD_BOOSTS[f], edits) for f in fields]
        matched = {*terms, *(t for each in held.values() for t in each)}
        return (queries[0] if len(queries) == 1 else wq.Or(queries)), sorted(matched)

    def _numerals(
        self, required: list[Requirement], words: list[str | None], highlight: set[str]
    ) -> tuple[list[Requirement], list[wq.Query]]:
        """A number from 2 to 39 typed right after a word names a thing the texts may number in Roman numerals
        (``Mütterrente 3`` is „Mütterrente III“, ``Hartz 4`` „Hartz IV“): the Roman numeral meets it too, and ranks
        with the word before it like a phrase.  Not after a legal or citation marker (``Artikel 8``, ``Frage 3``),
        whose numbers are never Roman here."""
        out, phrases = list(required), []
        for at in range(1, len(required)):
            word, before = words[at], words[at - 1]
            roman = _roman_for(word) if word and before and _names_a_thing(before) else None
            if roman is None:
                continue
            term = roman.lower()
            numeral = term_query(term, TEXT_FIELDS)
            requirement = out[at]
            out[at] = replace(
                requirement,
                alternatives=(*requirement.alternatives, (numeral,)),
                scoring=wq.Or([requirement.scoring, numeral]),
                ways=(*(requirement.way(i) for i in range(len(requirement.alternatives))), NUMERAL),
                terms=requirement.terms | {term},
            )
            highlight.add(term)
            named = query_terms(self.analyzer, before or "")
            if named:
                phrases.append(phrase_query([named[-1], term], TEXT_FIELDS, boost=PHRASE_BOOST))
        return out, phrases

    def _abbreviations(
        self, required: list[Requirement], words: list[str | None], highlight: set[str]
    ) -> list[Requirement]:
        """Let a learned abbreviation stand for its long form and back (``ZAB`` ↔ ``Zentrale Ausländerbehörde``)."""
        result: list[Requirement] = []
        i = 0
        while i < len(required):
            if words[i] is None:
                result.append(required[i])
                i += 1
                continue
            end = i + 1
            while end < len(words) and words[end] is not None and end - i < MAX_LONG_FORM_WORDS:
                end += 1
            for stop in range(end, i, -1):  # the longest run of words that is a defined long form
                shorts = abbreviations.short_forms(self.reader, " ".join(w for w in words[i:stop] if w))
                written = [(short, t) for short in shorts for t in query_terms(self.analyzer, short)]
                terms = [t for _short, t in written]
                if terms:
                    highlight.update(terms)
                    run = required[i:stop]
                    short_queries = [term_query(t, TEXT_FIELDS, ABBREVIATION_BOOST) for t in terms]
                    met = [_as_written(q, short) for q, (short, _t) in zip(short_queries, written, strict=True)]
                    long_form = tuple(q for requirement in run for q in requirement.alternatives[0])
                    run_scoring = run[0].scoring if len(run) == 1 else wq.And([r.scoring for r in run])
                    alternatives = run[0].alternatives if len(run) == 1 else (long_form,)
                    ways = run[0].ways if len(run) == 1 else (WORD,)
                    result.append(
                        Requirement(
                            alternatives + tuple((q,) for q in met),
                            wq.Or([run_scoring, *short_queries]),
                            " ".join(r.label for r in run),
                            ways=ways + (ABBREVIATION,) * len(short_queries),
                            loose=run[0].loose if len(run) == 1 else (),
                            parts=run[0].parts if len(run) == 1 else (),
                            terms=frozenset(terms).union(*(r.terms for r in run)),
                            relatives=run[0].relatives if len(run) == 1 else None,
                        )
                    )
                    i = stop
                    break
            else:
                requirement = required[i]
                expansions: list[wq.Query] = []
                restricted: list[tuple[wq.Query, wq.Query]] = []
                defined = abbreviations.long_forms(self.reader, words[i] or "")
                for long_form_text in defined.written:
                    terms = query_terms(self.analyzer, long_form_text)
                    if terms:
                        highlight.update(terms)
                        expansions.append(phrase_query(terms, TEXT_FIELDS, ABBREVIATION_BOOST, LONG_FORM_SLOP))
                for unqualified, documents in defined.unqualified:
                    terms = query_terms(self.analyzer, unqualified)
                    if terms:  # the defining documents first: the answer's own records must meet the last query
                        highlight.update(terms)
                        named = [wq.Term("doc_id", document) for document in documents]
                        defining = named[0] if len(named) == 1 else wq.Or(named)
                        phrase = phrase_query(terms, TEXT_FIELDS, ABBREVIATION_BOOST, LONG_FORM_SLOP)
                        restricted.append((defining, phrase))
                if expansions or restricted:
                    phrases = [*expansions, *(phrase for _defining, phrase in restricted)]
                    requirement = replace(
                        requirement,
                        alternatives=requirement.alternatives + tuple((q,) for q in expansions) + tuple(restricted),
                        scoring=wq.Or([requirement.scoring, *phrases]),  # a doc_id term would add to no text field
                        ways=requirement.ways + (ABBREVIATION,) * len(phrases),
                        terms=requirement.terms | {t for q in phrases for _f, t in q.iter_all_terms()},
                    )
                result.append(requirement)
                i += 1
        return result


# A road's number typed apart („A 39“, „B 248“, „L 291“, in lower case „a 39“ as „a39“ is) names one road, as typed
# together: a single letter before a number, outside quotes (never a Drucksache „19/11224“, a date, a decimal, a
# number with * or ~ of its own, or a letter after a number, „§ 12 a 3“)
_SPACED_NAME = re.compile(
    r"(?<![\w.§/])(?<!\w-)(?<!\d )([A-ZÄÖÜa-zäöü]) (\d{1,4}[a-z]?)(?![\w/*~]|[.,]\d)"
)  # "-A 39" too


def _also_met(compiled: _Compiled, terms: tuple[str, ...], fields: tuple[str, ...], way: str) -> _Compiled:
    """``compiled`` also met fully by another word's ``terms`` (named ``way``), ranked below the word itself."""
    other = wq.Or([wq.Term(f, t, boost=FIELD_BOOSTS[f] * DERIVED_BOOST) for f in fields for t in terms])
    return _or_met(compiled, other, list(terms), way)


def _or_met(compiled: _Compiled, query: wq.Query, terms: list[str], way: str) -> _Compiled:
    """``compiled`` also met by ``query`` (its ``terms``, named ``way``), which adds to its score."""
    return replace(
        compiled,
        alternatives=(*compiled.alternatives, (query,)),
        scoring=wq.Or([compiled.scoring, query]),
        terms=[*compiled.terms, *terms],
        ways=(*compiled.ways, way),
    )


def losigkeit_counterpart(term: str) -> str | None:
    """The stem of the other word of an adjective in -los and its noun in -losigkeit: ``obdachlosigkeit`` for
    ``obdachlos`` and back; None for any other word (``los`` alone, ``moglich``)."""
    if term.endswith(_LOSIGKEIT) and len(term) > len(_LOSIGKEIT):
        return term.removesuffix("igkeit")
    if term.endswith("los") and len(term) >= MIN_LOS and term.isalpha():
        return term + "igkeit"
    return None


_LOSIGKEIT = "losigkeit"
MIN_LOS = 6  # letters at least of a word in -los (``ratlos``), not „los“ itself; a name (``Carlos``) meets nothing, as
# the other word is looked for only where the texts hold it („carlosigkeit“: none)
DERIVED_BOOST = 0.5  # the other word ranks below the word itself
# a verb's noun in -ierung this share of the records hold is no topic (``regieren``: „Landesregierung“ in 13 % of the
# 10k benchmark's records; „Stationierung“, „Elektrifizierung“, „Finanzierung“ in under 1 % of any judged set's)
MAX_NOUN_SHARE = 0.02


def joined_names(text: str) -> str:
    """``text`` with each road number typed apart joined (``A 39`` → ``A39``): as two words, „A“ and „39“ anywhere in
    an answer met it (a table's „39“ and an „A“ of a list)."""
    pieces = text.split('"')
    return '"'.join(_SPACED_NAME.sub(r"\1\2", piece) if i % 2 == 0 else piece for i, piece in enumerate(pieces))


def sgb_books(text: str) -> tuple[str, set[str]]:
    """``text`` with each book of the Sozialgesetzbuch written as printed, ``SGB II`` for ``SGB 2``, ``SGB2``,
    ``SGB-II``; outside quotes made a phrase (``"SGB II"``), so its number is bound to it like ``Art. 8``'s.
    Also the phrases so made."""
    made: set[str] = set()

    def printed(found: re.Match[str]) -> str:
        book = found.group("book").upper()
        return f"SGB {_ROMAN[int(book) - 1] if book.isdigit() else book}"

    def phrase(found: re.Match[str]) -> str:
        made.add(printed(found))
        return f'"{printed(found)}"'

    text = _SGB_IN_COMPOUND.sub(lambda found: printed(found).replace(" ", "-"), text)
    pieces = text.split('"')
    for i in range(len(pieces)):  # the even pieces are outside quotes
        pieces[i] = _SGB_BOOK.sub(printed if i % 2 else phrase, pieces[i])
    return '"'.join(pieces), made


def _as_reference(clause: Clause, references: set[str]) -> Clause:
    return replace(clause, reference=True) if clause.phrase and clause.text in references else clause


def _named(number: str, boost: float = 1.0) -> wq.Query:
    """The document a cited ``number`` names: the head record carrying that number, or the head of the
    document whose id it is (:data:`ID_READING`)."""
    if number.startswith(ID_READING):
        return wq.And([wq.Term("doc_id", number.removeprefix(ID_READING)), wq.Term("kind", TITLE)], boost=boost)
    return wq.Term("nummer", number, boost=boost)


@dataclass(frozen=True)
class _Compiled:
    """One clause: its alternatives (see :class:`Requirement`), its scoring query, its terms."""

    alternatives: tuple[tuple[wq.Query, ...], ...]
    scoring: wq.Query
    terms: list[str]
    ways: tuple[str, ...] = ()
    loose: tuple[wq.Query, ...] = ()
    parts: tuple[str, ...] = ()
    relatives: Relatives | None = None

    @classmethod
    def single(cls, query: wq.Query, terms: list[str], way: str = WORD) -> _Compiled:
        return cls(((query,),), query, terms, (way,))


def _requirement(item: list[Clause], clauses: list[_Compiled], scoring: wq.Query, terms: list[str]) -> Requirement:
    """One query item (clauses joined by ODER) as what every full match must meet."""
    single = clauses[0] if len(clauses) == 1 else _Compiled((), scoring, [])
    label = " ODER ".join(f'"{c.text}"' if c.phrase else _unpunctuated(c.text) for c in item)
    ways = tuple(w for c in clauses for w in c.ways)
    alternatives = tuple(a for c in clauses for a in c.alternatives)
    relaxable = all(plain(clause) or (clause.reference and plain(replace(clause, phrase=False))) for clause in item)
    return Requirement(
        alternatives, scoring, label, relaxable, ways, single.loose, single.parts, frozenset(terms), single.relatives
    )


# words (of three letters or more) whose number is a legal or citation reference, never a Roman numeral in the texts
_MARKERS = frozenset(
    {"artikel", "art", "absatz", "abs", "satz", "nummer", "frage", "fragen", "drucksache", "drs", "seite", "anlage"}
    | {"anlagen", "tabelle", "ziffer", "buchstabe", "paragraf", "paragraph"}
)


def _roman_for(word: str) -> str | None:
    """``3`` → ``III`` (2 to 39); None for any other word.  Only this way: a Roman numeral in a text designates, while
    its digits stand in every other sentence (dates, counts)."""
    return roman_numeral(int(word)) if word.isdigit() and not word.startswith("0") and 2 <= int(word) <= 39 else None


def _names_a_thing(word: str) -> bool:
    """Is ``word`` one a number after it may designate (``Mütterrente``, ``Hartz``), not a reference's marker?"""
    bare = word.strip(".").lower()
    return bare.isalpha() and len(bare) >= 3 and bare not in _MARKERS


def _as_written(query: wq.Query, short: str) -> wq.Query:
    """A short form's term query; one that reads as a word as well (``LEG``: „legen“) met only where the text writes
    the short form in its capitals (see :func:`~indexer.analysis.abbreviations.reads_as_word`)."""
    if not abbreviations.reads_as_word(short):
        return query
    return TextChecked(query, rf"(?<!\w){re.escape(short)}s?(?!\w)", cased=True)


def _verbatim(units: tuple[str, ...], typed: list[str]) -> wq.Query:
    """The typed words in their order with the function words typed between them („Windenergie auf See“; one more
    word may stand between two: „Windenergie auf hoher See“), as an answer writes them apart; the index drops function
    words, so the text tells which stand between."""
    pattern = r"(?<!\w)" + r"\W+(?:\w+\W+)?".join(map(_word_start, typed))
    return TextChecked(phrase_query(list(units), TEXT_FIELDS, slop=2), pattern)


def _word_start(word: str) -> str:
    """A pattern for ``word`` in folded text with any ending („Maßnahmen“: „Maßnahme“, „Frauen“: „Frau“)."""
    return re.escape(_stem_letters(word)) + r"\w*"


def _stem_letters(word: str) -> str:
    """The letters of folded ``word`` that every ending keeps: a longer word less its last two."""
    folded = fold(word)
    return folded if len(folded) <= 4 else folded[:-2]


_FOLDED_LETTERS = {"a": "[aä]", "o": "[oö]", "u": "[uü]"}


def _written_start(word: str) -> str:
    """:func:`_word_start` for text as written: each letter of the folded word, or the letter it was folded from."""
    kept = _stem_letters(word)
    pattern = "".join(_FOLDED_LETTERS.get(letter, re.escape(letter)) for letter in kept).replace("ss", "(?:ss|ß)")
    if kept.endswith("s") and not kept.endswith("ss"):  # „Straße“ folded and cut: „stras“
        pattern = pattern[:-1] + "(?:s|ß)"
    return pattern + r"\w*"


def _written_alone(text: str, found: re.Match[str]) -> bool:
    """Whether ``found`` is written as a capitalised word, not in a web address: a run without spaces that holds a
    slash, or the run right after one that ends in a slash (an address PDF text broke over two lines)."""
    if not found.group()[0].isupper():
        return False
    left, right = found.start(), found.end()
    while left and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return "/" not in text[left:right] and not text[:left].rstrip().endswith("/")


def _with_gap_word(gap: tuple[str, ...] | None, item: list[Clause]) -> tuple[str, ...] | None:
    """The function words typed since the last requirement, with ``item``'s; None once anything but a bare
    word stands between two requirements (a phrase, an alternative): no compound is read across it."""
    if gap is None or len(item) != 1 or not plain(item[0]):
        return None
    return (*gap, item[0].text)


def _typed_runs(
    words: list[str | None], befores: list[tuple[str, ...] | None], start: int, stop: int
) -> list[tuple[list[int], list[str]]]:
    """The ways the requirements ``start`` … ``stop`` may have been typed as one hyphenated compound, each with
    the order of its requirements: with the function words typed before and between them („Ein Land für Alle
    Maßnahmen“ for „Ein-Land-für-Alle-Maßnahmen“), with those between them only, then the plain words alone —
    also, for two, the other way round."""
    order = list(range(start, stop))
    plain_words = [words[k] or "" for k in order]
    runs: list[tuple[list[int], list[str]]] = []
    between = befores[start + 1 : stop]
    if all(gap is not None for gap in between):
        inner = [w for k in order for w in (*((befores[k] or ()) if k > start else ()), words[k] or "")]
        lead = befores[start] or ()
        if lead:
            runs.append((order, [*lead, *inner]))
        if len(inner) > len(plain_words):
            runs.append((order, inner))
    runs.append((order, plain_words))
    if stop - start == 2:
        runs.append(([start + 1, start], plain_words[::-1]))
    return runs


def _with_lands(required: list[Requirement], words: list[str | None]) -> list[Requirement]:
    """A word naming a Land beside other words (``Polizeiwachen im Saarland``) is met by every answer of that
    Land's parliament, whose government answers for the Land — the answer need not name it.  Alone it is a
    word like any other (``Saarland`` finds the texts naming it)."""
    if len(required) < 2:
        return required
    out = []
    for requirement, word in zip(required, words, strict=True):
        code = land_code(word) if word and requirement.relaxable else None
        if code is not None:
            requirement = replace(
                requirement,
                alternatives=(*requirement.alternatives, (wq.Term(PARLIAMENT, code),)),
                ways=(*(requirement.way(i) for i in range(len(requirement.alternatives))), LAND),
            )
        out.append(requirement)
    return out


def _unpunctuated(word: str) -> str:
    """A word as the page names it, without the punctuation of the sentence it was typed in: „Es fehlt: saniert“
    for ``Wann wird … saniert?`` (the index never holds the „?“; a dot may end an abbreviation, „Abs.“)."""
    return word.rstrip(_SENTENCE_MARKS) or word


_SENTENCE_MARKS = "?!,;:"


def _as_typed(parts: list[str], text: str) -> tuple[str, ...]:
    """A compound's parts as the label names them: as typed (``Straßen``, not the folded „strassen“), in capitals
    where the user typed an abbreviation in them (``JVA`` of ``JVA-Neubau``, not of ``GROSSBAUSTELLE``), else as
    nouns (``Polizei``, ``Gewalt`` of ``Polizeigewalt``)."""
    folded, origin = "", []  # the text folded as the parts are (lower case, ß → ss), and each letter's place in it
    for place, letter in enumerate(text):
        lowered = letter.lower().replace("ß", "ss")
        folded += lowered
        origin += [place] * len(lowered)
    shouting = text.isupper()
    named, start = [], 0
    for part in parts:
        at = folded.find(part, start)
        if at < 0:
            named.append(part.capitalize())
            continue
        start = at + len(part)
        typed = text[origin[at] : origin[start - 1] + 1]
        named.append(typed if typed.isupper() and len(typed) > 1 and not shouting else typed.capitalize())
    return tuple(named)


def _numbers_as_written(query: wq.Query, terms: list[str], text: str) -> _Compiled:
    """A phrase met where the text writes each number of ``text`` with a decimal comma or a thousands point as
    typed („2,5“ is not „2 und 5“, not „2.5“, not the „12,5“ or „2,55“ around it); ranked as the phrase."""
    numbers = list(dict.fromkeys(DECIMAL.findall(text)))
    if not numbers:
        return _Compiled.single(query, terms, PHRASE)
    pattern = r"\A" + "".join(rf"(?=.*?{number_written(n).pattern})" for n in numbers)  # tried once, not per place
    return _Compiled(((TextChecked(query, pattern),),), query, terms, (PHRASE,))
