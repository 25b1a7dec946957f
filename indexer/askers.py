"""Askers' names as users type them: ``Holsten`` for „Eike Holsten“, ``Morisse`` for „Moriße“.

A name matches when every word typed begins a word of the name, compared in lower case with
umlauts and ß spelled out (``Koehler`` = „Köhler“).  Academic titles before a name (``Dr.``, ``Prof.``,
``Dr. h. c.``, ``MUDr. PhDr. / Univ.Prag``) belong to it but make no other person: „Dr. h. c. Björn
Thümler“ is „Björn Thümler“, as a facet value, a filter and a query.  The words of every document's askers are
also indexed on its title record (:data:`WORDS_FIELD`), so a query word is told to be a known
asker's name with one term look-up — no scan of the names per search.
"""

from __future__ import annotations

import re

from whoosh.reading import IndexReader

from indexer.lexicon import spelled_out
from indexer.model import Document

WORDS_FIELD = "fragesteller_wort"
_WORD = re.compile(r"[^\W\d_]+")
# One title word: an abbreviation with its dot (``Dr.``, ``Prof.``, ``h.``, ``Dr.-Ing.``, ``Univ.Prag``, where a
# degree was earned), the slash between degrees, ``Dr``/``Prof`` typed without the dot; not an initial (``E.``).
# Each repeated piece ends in its dot, so a run of letters splits one way only (no backtracking without end).
TITLE = r"(?:(?![A-ZÄÖÜ]\.(?!\S))[^\W\d_]+\.(?:-?[^\W\d_]+\.)*(?:-?[^\W\d_]+)?|/|(?i:dr|prof)(?![^\s.]))"
_TITLE = re.compile(TITLE)
# How staff address or designate a member before the name: „Frau Butter“, „Herrn Brandner“, „Abgeordnete Birgit
# Butter“, „MdB Stephan Brandner“ (``Abg.`` is a title word above).
ADDRESS = frozenset(
    {"frau", "herr", "herrn", "abgeordnete", "abgeordneter", "abgeordneten", "abg", "mdb", "mdl", "mda"}
)


# How staff ask for a member's Anfragen before the name: „Anfragen von René Springer“, „Kleine Anfrage Birgit Butter“,
# „Schriftliche Anfragen der Abgeordneten …“ — words of the request, not of the answers
ASKED_BY = frozenset({"anfrage", "anfragen", "kleine", "kleinen", "schriftliche", "schriftlichen", "von", "der", "des"})


def is_asked_by(token: str) -> bool:
    """Is ``token`` a word of a request for someone's Anfragen (``Anfragen``, ``Kleine``, ``von``)?"""
    return token.casefold() in ASKED_BY


def is_title(token: str) -> bool:
    """Is ``token`` a title word (``Dr.``, ``h.``, ``PhDr.``) or a form of address (``Frau``, ``Herrn``, ``MdB``),
    not a word or initial of the name itself?"""
    return bool(_TITLE.fullmatch(token)) or is_address(token)


def is_address(token: str) -> bool:
    """Is ``token`` a form of address (``Frau``, ``Herrn``, ``Abg.``, ``MdB``), which names no one by itself?"""
    return token.casefold().removesuffix(".") in ADDRESS


def without_titles(name: str) -> str:
    """The name without the titles before it: ``Dr. h. c. Björn Thümler`` → ``Björn Thümler`` (a title alone stays)."""
    tokens = name.split()
    start = 0
    while start < len(tokens) - 1 and is_title(tokens[start]):
        start += 1
    return " ".join(tokens[start:])


def name_words(text: str) -> list[str]:
    """The words of a name, lower case, umlauts and ß spelled out (``Moriße`` → ``morisse``)."""
    return [spelled_out(word) for word in _WORD.findall(text.casefold())]


def matches(typed: str, name: str) -> bool:
    """Does ``typed`` (``Holsten``, ``Eike Holsten``, ``E. Holst``, ``Dr. Kerzel``) name the asker ``name``?  An
    initial alone names nobody: ``E`` would be every Eike and Elke; titles are no part of the comparison."""
    wanted = [w for w in name_words(without_titles(typed)) if len(w) > 1]
    words = name_words(without_titles(name))
    return bool(wanted) and all(any(word.startswith(w) for word in words) for w in wanted)


def askers_words(document: Document) -> str | None:
    """The indexed words of a document's askers' names (None without askers)."""
    words = dict.fromkeys(word for asker in document.askers for word in name_words(asker.name))
    return " ".join(words) or None


def known_name(reader: IndexReader, text: str) -> bool:
    """Is every word of ``text`` a word of some asker's name in the index (``Eike``, ``Holsten``)?"""
    words = name_words(text)
    return bool(words) and WORDS_FIELD in reader.schema and all(reader.doc_frequency(WORDS_FIELD, w) for w in words)


def named_tokens(reader: IndexReader, tokens: list[str]) -> list[bool]:
    """Which of a query's tokens name a known asker: a word of some asker's name, and a title right before such
    a word or title (``Dr. Ingo Kerzel``, as the facets and citations print it)."""
    named = [known_name(reader, token) if token.replace("-", "").isalpha() else False for token in tokens]
    for index in range(len(tokens) - 2, -1, -1):
        named[index] = named[index] or (is_title(tokens[index]) and named[index + 1])
    return named
