"""User query → Whoosh query.

The syntax is deliberately small and forgiving: words are ANDed, ``"…"`` is a phrase,
``ODER``/``OR`` between two items makes alternatives, ``-wort``/``NICHT wort`` excludes,
``wort*`` is a prefix (at least four letters), ``wort~`` allows one typo (``wort~2`` two),
``titel:``/``frage:``/``antwort:``/``vorbemerkung:`` restrict a word to one kind of text.
Anything else — stray quotes, colons, parentheses — is treated as text, never as an error.

Beyond the syntax, the compiler does what a researcher would otherwise have to: a compound
also finds its parts spelled out (ranked lower), a learned abbreviation stands for its long
form and back, and a cited document number (``Drucksache 19/11134``, ``KA 5441``) finds
that document first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.reading import IndexReader

from indexer.analysis import abbreviations
from indexer.analysis.analyzer import fold, german_analyzer, query_terms, query_words
from indexer.errors import QueryError
from indexer.index.schema import ANSWER, PREAMBLE, QUESTION, TEXT_FIELDS, TITLE
from indexer.search.bounds import check_cost

FIELD_BOOSTS = {TITLE: 2.0, QUESTION: 1.5, PREAMBLE: 0.8, ANSWER: 1.0}
FIELD_ALIASES = {"titel": (TITLE,), "frage": (QUESTION,), "antwort": (ANSWER,), "vorbemerkung": (PREAMBLE,)}
MIN_PREFIX = 4
MAX_PREFIX_TERMS = 64
NUMBER_BOOST = 25.0
PHRASE_BOOST = 2.0  # all plain words near each other (proximity) on top of their own scores
PROXIMITY_SLOP = 3
PART_BOOST = 0.5  # all parts of a spelled-out compound together weigh half the compound itself
ABBREVIATION_BOOST = 0.8
LONG_FORM_SLOP = 3  # long forms are stored without stop words: "Bundesministerium [für] Verkehr"
MAX_LONG_FORM_WORDS = 6
MAX_EDITS = 2
MAX_QUERY_LENGTH = 500

_OR = {"oder", "or"}
_AND = {"und", "and"}
_NOT = {"nicht", "not"}
_TOKEN = re.compile(r'(?P<neg>-)?(?:(?P<field>[A-Za-zäöü]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_FUZZY = re.compile(r"^(.+?)~(\d)?$")
# Document numbers people cite: "17/6448", "Drucksache 19/11134", "Drs. 19/10957", "Kleine Anfrage 2509", "KA 5441".
_DRUCKSACHE = re.compile(
    r"(?:\b(?:Bundestags)?(?:Drucksache|Drs\.?)\s*(?:Nr\.?\s*)?)?(?<![\w/])(\d{1,2}/\d{1,6})(?![\w/])", re.I
)
_ANFRAGE_NR = re.compile(r"\b(?:Kleinen?\s+Anfrage|KA)\s*(?:Nr\.?\s*)?(\d{1,6})\b", re.I)


@dataclass(frozen=True)
class Clause:
    """One searchable item: a word, a phrase or a prefix, maybe restricted and negated."""

    text: str
    phrase: bool = False
    prefix: bool = False
    fuzzy: int = 0  # allowed edits for ``wort~`` (1) or ``wort~2``
    fields: tuple[str, ...] = TEXT_FIELDS
    negated: bool = False


@dataclass
class ParsedQuery:
    """AND of items; each item is an OR of clauses."""

    items: list[list[Clause]] = field(default_factory=list)


@dataclass(frozen=True)
class Requirement:
    """One item of the query: met by an answer when, for any one alternative, every query of
    it matches somewhere in the answer (``Asylverfahrensdauer`` — or ``Asylverfahren`` in one
    paragraph and ``Dauer`` in another)."""

    alternatives: tuple[tuple[wq.Query, ...], ...]
    scoring: wq.Query  # how the item counts in the ranking
    label: str = ""  # the user's words, to say which one an answer lacks
    relaxable: bool = True  # may an answer lack it? Not a quoted phrase or a field-restricted word.


@dataclass(frozen=True)
class CompiledQuery:
    """What to find and how to rank it.

    Every :class:`Requirement` must be met somewhere in an answer — in one of its paragraphs
    or in its document's title or Vorbemerkung — for the answer to be a hit; ``scoring``
    ranks the matching paragraphs (phrase and proximity matches score higher); ``exclude``
    removes a whole answer when any of its paragraphs matches (``-wort``); ``numbers`` finds
    documents by a cited number, ranked first, whatever else the query says.
    """

    required: tuple[Requirement, ...]
    scoring: wq.Query
    highlight_terms: frozenset[str]
    exclude: wq.Query | None = None
    numbers: wq.Query | None = None


def extract_numbers(text: str) -> tuple[str, list[str]]:
    """Cut cited document numbers out of the query: the rest of the text and ``nummer`` terms."""
    numbers: list[str] = []

    def drucksache(match: re.Match) -> str:
        numbers.append(match.group(1))
        return " "

    def anfrage(match: re.Match) -> str:
        numbers.append(f"ka{int(match.group(1))}")
        return " "

    rest = _DRUCKSACHE.sub(drucksache, text)
    rest = _ANFRAGE_NR.sub(anfrage, rest)
    return rest.strip(), numbers


def parse(text: str) -> ParsedQuery:
    """Split the user's text into clauses; raise :class:`QueryError` if nothing is left to search."""
    text = (text or "").strip()
    if not text:
        raise QueryError("Bitte einen Suchbegriff eingeben.")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"Die Suchanfrage ist zu lang (höchstens {MAX_QUERY_LENGTH} Zeichen).")
    parsed = ParsedQuery()
    pending_or = pending_not = False
    for match in _TOKEN.finditer(text):
        word, phrase, field_name = match.group("word"), match.group("phrase"), match.group("field")
        operator = _operator(word) if not field_name and not match.group("neg") else None
        if operator == "or":
            pending_or = bool(parsed.items)
            continue
        if operator == "not":
            pending_not = True
            continue
        if operator == "and":
            continue
        clause = _clause(field_name, word, phrase, negated=bool(match.group("neg")) or pending_not)
        pending_not = False
        if clause is None:
            continue
        if pending_or and not clause.negated and not parsed.items[-1][0].negated:
            parsed.items[-1].append(clause)
        else:
            parsed.items.append([clause])
        pending_or = False
    if not any(not item[0].negated for item in parsed.items):
        raise QueryError("Die Suche braucht mindestens einen Begriff, der nicht ausgeschlossen ist.")
    check_cost(parsed.items)
    return parsed


def _operator(word: str | None) -> str | None:
    """``ODER``/``OR``/``oder`` → or, ``UND``/``AND``/``und`` → and, ``NICHT``/``NOT`` → not.

    Lower-case ``nicht`` stays a word ("nicht gedeckt" is no exclusion).
    """
    if word is None:
        return None
    lowered = word.lower()
    if lowered in _OR and (word.isupper() or lowered == "oder"):
        return "or"
    if lowered in _AND and (word.isupper() or lowered == "und"):
        return "and"
    if lowered in _NOT and word.isupper():
        return "not"
    return None


def _clause(field_name: str | None, word: str | None, phrase: str | None, negated: bool) -> Clause | None:
    fields: tuple[str, ...] = TEXT_FIELDS
    if field_name:
        known = FIELD_ALIASES.get(field_name.lower())
        if known:
            fields = known
        elif word is not None:
            word = f"{field_name}:{word}"
        else:
            phrase = f"{field_name} {phrase}"
    if phrase is not None:
        return Clause(phrase, phrase=True, fields=fields, negated=negated) if phrase.strip() else None
    assert word is not None
    if word.endswith("*") and len(word.rstrip("*")) > 0:
        stem = word.rstrip("*")
        if len(stem) < MIN_PREFIX:
            raise QueryError(
                f"„{word}“: Platzhalter * erst nach mindestens {MIN_PREFIX} Buchstaben, sonst wären es zu viele Wörter."
            )
        return Clause(stem, prefix=True, fields=fields, negated=negated)
    fuzzy = _FUZZY.match(word)
    if fuzzy and fuzzy.group(1).strip("*"):
        edits = int(fuzzy.group(2) or 1)
        return Clause(fuzzy.group(1).strip("*"), fuzzy=min(max(edits, 1), MAX_EDITS), fields=fields, negated=negated)
    return Clause(word.strip("*~"), fields=fields, negated=negated)


class QueryCompiler:
    """Turns the user's text into a :class:`CompiledQuery` against one index reader."""

    def __init__(self, reader: IndexReader, analyzer=None) -> None:
        self.reader = reader
        self.analyzer = analyzer or german_analyzer()

    def compile(self, text: str) -> CompiledQuery:
        text = (text or "").strip()
        rest, numbers = extract_numbers(text) if len(text) <= MAX_QUERY_LENGTH else (text, [])
        number_query = self._numbers(numbers) if numbers else None
        if number_query is not None and not rest:
            return CompiledQuery((), number_query, frozenset(numbers), None, number_query)
        try:
            parsed = parse(rest)
        except QueryError:
            if number_query is None:
                raise
            return CompiledQuery((), number_query, frozenset(numbers), None, number_query)
        highlight: set[str] = set(numbers)
        required: list[Requirement] = []
        words: list[str | None] = []  # the plain word behind each requirement (for abbreviations)
        excluded: list[wq.Query] = []
        plain_terms: list[str] = []
        for item in parsed.items:
            alternatives: list[tuple[wq.Query, ...]] = []
            scorings: list[wq.Query] = []
            for clause in item:
                compiled = self._clause(clause)
                if compiled is None:
                    continue
                alternatives.extend(compiled.alternatives)
                scorings.append(compiled.scoring)
                if not clause.negated:
                    highlight.update(compiled.terms)
                    if len(item) == 1 and _plain(clause):
                        plain_terms.extend(compiled.terms[:1])
            if not alternatives:
                continue
            scoring = scorings[0] if len(scorings) == 1 else wq.Or(scorings)
            if item[0].negated:
                excluded.append(scoring)
            else:
                label = " ODER ".join(f'"{c.text}"' if c.phrase else c.text for c in item)
                relaxable = all(_plain(clause) for clause in item)
                required.append(Requirement(tuple(alternatives), scoring, label, relaxable))
                words.append(item[0].text if len(item) == 1 and _plain(item[0]) else None)
        if not required and number_query is None:
            raise QueryError("Die Suchanfrage enthält nur Füllwörter (wie „der“, „und“); bitte genauer suchen.")
        required = self._abbreviations(required, words, highlight)
        scoring_parts = [requirement.scoring for requirement in required]
        if len(plain_terms) > 1:
            scoring_parts.append(self._phrase(plain_terms, TEXT_FIELDS, boost=PHRASE_BOOST, slop=PROXIMITY_SLOP))
        if number_query is not None:
            scoring_parts.append(number_query)
        scoring = scoring_parts[0] if len(scoring_parts) == 1 else wq.Or(scoring_parts)
        exclude = (excluded[0] if len(excluded) == 1 else wq.Or(excluded)) if excluded else None
        return CompiledQuery(tuple(required), scoring, frozenset(highlight), exclude, number_query)

    def _numbers(self, numbers: list[str]) -> wq.Query:
        """The documents a cited number names (metadata), far above texts that merely mention it."""
        queries: list[wq.Query] = []
        for number in numbers:
            queries.append(wq.Term("nummer", number, boost=NUMBER_BOOST))
            if "/" in number:
                queries.append(self._term(number, TEXT_FIELDS))
        return queries[0] if len(queries) == 1 else wq.Or(queries)

    def _clause(self, clause: Clause) -> _Compiled | None:
        if clause.prefix:
            expanded = self._expand_prefix(fold(clause.text), clause.fields)
            if not expanded:
                return _Compiled.single(wq.NullQuery, [])
            query = wq.Or([wq.Term(f, t, boost=FIELD_BOOSTS[f]) for f, t in expanded])
            return _Compiled.single(query, [t for _, t in expanded])
        if clause.phrase:
            terms = query_terms(self.analyzer, clause.text)
            return _Compiled.single(self._phrase(terms, clause.fields), terms) if terms else None
        words = query_words(clause.text)
        if not words:
            return None
        if clause.fuzzy:
            return _Compiled.single(*self._fuzzy(words[0][0], clause.fuzzy, clause.fields))
        if len(words) > 1:  # "foo/bar", "3.5": several tokens in one word are a phrase
            terms = [whole for whole, _parts in words]
            return _Compiled.single(self._phrase(terms, clause.fields), terms)
        whole, parts = words[0]
        exact = self._term(whole, clause.fields)
        if not parts or clause.negated:
            return _Compiled.single(exact, [whole])
        part_queries = tuple(self._term(part, clause.fields) for part in parts)
        scoring = wq.Or([exact, wq.Or(list(part_queries), boost=PART_BOOST / len(parts))])
        return _Compiled(((exact,), part_queries), scoring, [whole, *parts])

    def _fuzzy(self, term: str, edits: int, fields: tuple[str, ...]) -> tuple[wq.Query, list[str]]:
        """``wort~``: terms within ``edits`` edits (first letter fixed), each weighed by its field."""
        queries = [wq.FuzzyTerm(f, term, boost=FIELD_BOOSTS[f], maxdist=edits, prefixlength=1) for f in fields]
        matched = {term}
        for field_name in fields:
            matched.update(
                t.decode("utf-8") if isinstance(t, bytes) else t
                for t in self.reader.terms_within(field_name, term, edits, prefix=1)
            )
        return (queries[0] if len(queries) == 1 else wq.Or(queries)), sorted(matched)

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
                terms = [t for short in shorts for t in query_terms(self.analyzer, short)]
                if terms:
                    highlight.update(terms)
                    run = required[i:stop]
                    short_queries = [self._term(t, TEXT_FIELDS, ABBREVIATION_BOOST) for t in terms]
                    long_form = tuple(q for requirement in run for q in requirement.alternatives[0])
                    run_scoring = run[0].scoring if len(run) == 1 else wq.And([r.scoring for r in run])
                    alternatives = run[0].alternatives if len(run) == 1 else (long_form,)
                    result.append(
                        Requirement(
                            alternatives + tuple((q,) for q in short_queries),
                            wq.Or([run_scoring, *short_queries]),
                            " ".join(r.label for r in run),
                        )
                    )
                    i = stop
                    break
            else:
                requirement = required[i]
                expansions = []
                for long_form_text in abbreviations.long_forms(self.reader, words[i] or ""):
                    terms = query_terms(self.analyzer, long_form_text)
                    if terms:
                        highlight.update(terms)
                        expansions.append(self._phrase(terms, TEXT_FIELDS, ABBREVIATION_BOOST, LONG_FORM_SLOP))
                if expansions:
                    requirement = Requirement(
                        requirement.alternatives + tuple((q,) for q in expansions),
                        wq.Or([requirement.scoring, *expansions]),
                        requirement.label,
                        requirement.relaxable,
                    )
                result.append(requirement)
                i += 1
        return result

    @staticmethod
    def _term(term: str, fields: tuple[str, ...], boost: float = 1.0) -> wq.Query:
        if len(fields) == 1:
            return wq.Term(fields[0], term, boost=FIELD_BOOSTS[fields[0]] * boost)
        return wq.Or([wq.Term(f, term, boost=FIELD_BOOSTS[f] * boost) for f in fields])

    @staticmethod
    def _phrase(terms: list[str], fields: tuple[str, ...], boost: float = 1.0, slop: int = 1) -> wq.Query:
        if len(terms) == 1:
            return QueryCompiler._term(terms[0], fields, boost)
        phrases = [wq.Phrase(f, terms, slop=slop, boost=FIELD_BOOSTS[f] * boost) for f in fields]
        return phrases[0] if len(phrases) == 1 else wq.Or(phrases)

    def _expand_prefix(self, prefix: str, fields: tuple[str, ...]) -> list[tuple[str, str]]:
        """Up to MAX_PREFIX_TERMS (field, term) pairs, the most frequent first."""
        candidates: list[tuple[int, str, str]] = []
        for field_name in fields:
            for count, term in enumerate(self.reader.expand_prefix(field_name, prefix)):
                if count >= MAX_PREFIX_TERMS * 8:
                    break
                text = term.decode("utf-8") if isinstance(term, bytes) else term
                candidates.append((self.reader.doc_frequency(field_name, text), field_name, text))
        candidates.sort(reverse=True)
        return [(f, t) for _, f, t in candidates[:MAX_PREFIX_TERMS]]


@dataclass(frozen=True)
class _Compiled:
    """One clause: its alternatives (see :class:`Requirement`), its scoring query, its terms."""

    alternatives: tuple[tuple[wq.Query, ...], ...]
    scoring: wq.Query
    terms: list[str]

    @classmethod
    def single(cls, query: wq.Query, terms: list[str]) -> _Compiled:
        return cls(((query,),), query, terms)


def _plain(clause: Clause) -> bool:
    """A bare word: no phrase, prefix, fuzziness, field restriction or negation."""
    return not (clause.phrase or clause.prefix or clause.fuzzy or clause.negated) and clause.fields == TEXT_FIELDS
