"""User query → Whoosh query.

The syntax is deliberately small and forgiving: words are ANDed, ``"…"`` is a phrase,
``ODER``/``OR`` between two items makes alternatives, ``-wort``/``NICHT wort`` excludes,
``wort*`` is a prefix (at least four letters), ``titel:``/``frage:``/``antwort:``/
``vorbemerkung:`` restrict a word to one kind of text.  Anything else — stray quotes,
colons, parentheses — is treated as text, never as an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.reading import IndexReader

from .analysis import fold, german_analyzer, query_terms
from .errors import QueryError
from .schema import ANSWER, PREAMBLE, QUESTION, TEXT_FIELDS, TITLE

FIELD_BOOSTS = {TITLE: 2.0, QUESTION: 1.5, PREAMBLE: 0.8, ANSWER: 1.0}
FIELD_ALIASES = {"titel": (TITLE,), "frage": (QUESTION,), "antwort": (ANSWER,), "vorbemerkung": (PREAMBLE,)}
MIN_PREFIX = 4
MAX_PREFIX_TERMS = 64
NUMBER_BOOST = 25.0
PHRASE_BOOST = 2.0
MAX_QUERY_LENGTH = 500

_OR = {"oder", "or"}
_AND = {"und", "and"}
_NOT = {"nicht", "not"}
_TOKEN = re.compile(r'(?P<neg>-)?(?:(?P<field>[A-Za-zäöü]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_DOC_NUMBER = re.compile(r"^\d{1,2}/\d{1,6}$")


@dataclass(frozen=True)
class Clause:
    """One searchable item: a word, a phrase or a prefix, maybe restricted and negated."""

    text: str
    phrase: bool = False
    prefix: bool = False
    fields: tuple[str, ...] = TEXT_FIELDS
    negated: bool = False


@dataclass
class ParsedQuery:
    """AND of items; each item is an OR of clauses."""

    items: list[list[Clause]] = field(default_factory=list)


@dataclass(frozen=True)
class CompiledQuery:
    """What to find, and what excludes a whole answer (``-wort``) when any of its paragraphs has it."""

    query: wq.Query
    highlight_terms: frozenset[str]
    exclude: wq.Query | None = None


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
    fields = TEXT_FIELDS
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
    return Clause(word.strip("*"), fields=fields, negated=negated)


class QueryCompiler:
    """Turns parsed queries into Whoosh queries against one index reader."""

    def __init__(self, reader: IndexReader, analyzer=None) -> None:
        self.reader = reader
        self.analyzer = analyzer or german_analyzer()

    def compile(self, text: str) -> CompiledQuery:
        parsed = parse(text)
        highlight: set[str] = set()
        required: list[wq.Query] = []
        excluded: list[wq.Query] = []
        plain_terms: list[str] = []
        for item in parsed.items:
            alternatives = []
            for clause in item:
                compiled, terms = self._clause(clause)
                if compiled is None:
                    continue
                alternatives.append(compiled)
                if not clause.negated:
                    highlight.update(terms)
                    if len(item) == 1 and not clause.phrase and not clause.prefix and clause.fields == TEXT_FIELDS:
                        plain_terms.extend(terms)
            if not alternatives:
                continue
            combined = alternatives[0] if len(alternatives) == 1 else wq.Or(alternatives)
            (excluded if item[0].negated else required).append(combined)
        if not required:
            raise QueryError("Die Suchanfrage enthält nur Füllwörter (wie „der“, „und“); bitte genauer suchen.")
        query: wq.Query = required[0] if len(required) == 1 else wq.And(required)
        if len(plain_terms) > 1:
            query = wq.AndMaybe(query, self._phrase(plain_terms, TEXT_FIELDS, boost=PHRASE_BOOST, slop=2))
        exclude = (excluded[0] if len(excluded) == 1 else wq.Or(excluded)) if excluded else None
        return CompiledQuery(query, frozenset(highlight), exclude)

    def _clause(self, clause: Clause) -> tuple[wq.Query | None, list[str]]:
        if clause.prefix:
            terms = self._expand_prefix(fold(clause.text), clause.fields)
            if not terms:
                return wq.NullQuery, []
            return wq.Or([wq.Term(f, t, boost=FIELD_BOOSTS[f]) for f, t in terms]), [t for _, t in terms]
        terms = query_terms(self.analyzer, clause.text)
        if not terms:
            return None, []
        if len(terms) == 1 and not clause.phrase:
            query: wq.Query = self._term(terms[0], clause.fields)
        else:
            query = self._phrase(terms, clause.fields)
        if _DOC_NUMBER.match(clause.text):
            query = wq.Or([query, wq.Term("nummer", clause.text, boost=NUMBER_BOOST)])
        return query, terms

    @staticmethod
    def _term(term: str, fields: tuple[str, ...]) -> wq.Query:
        if len(fields) == 1:
            return wq.Term(fields[0], term, boost=FIELD_BOOSTS[fields[0]])
        return wq.Or([wq.Term(f, term, boost=FIELD_BOOSTS[f]) for f in fields])

    @staticmethod
    def _phrase(terms: list[str], fields: tuple[str, ...], boost: float = 1.0, slop: int = 1) -> wq.Query:
        if len(terms) == 1:
            return QueryCompiler._term(terms[0], fields)
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
