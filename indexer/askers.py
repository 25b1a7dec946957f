"""Askers' names as users type them: ``Holsten`` for „Eike Holsten“, ``Morisse`` for „Moriße“.

A name matches when every word typed begins a word of the name, compared in lower case with
umlauts and ß spelled out (``Koehler`` = „Köhler“).  The words of every document's askers are
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


def name_words(text: str) -> list[str]:
    """The words of a name, lower case, umlauts and ß spelled out (``Moriße`` → ``morisse``)."""
    return [spelled_out(word) for word in _WORD.findall(text.casefold())]


def matches(typed: str, name: str) -> bool:
    """Does ``typed`` (``Holsten``, ``Eike Holsten``, ``E. Holst``) name the asker ``name``?  An initial alone
    names nobody: ``E`` would be every Eike and Elke."""
    wanted, words = [w for w in name_words(typed) if len(w) > 1], name_words(name)
    return bool(wanted) and all(any(word.startswith(w) for word in words) for w in wanted)


def askers_words(document: Document) -> str | None:
    """The indexed words of a document's askers' names (None without askers)."""
    words = dict.fromkeys(word for asker in document.askers for word in name_words(asker.name))
    return " ".join(words) or None


def known_name(reader: IndexReader, text: str) -> bool:
    """Is every word of ``text`` a word of some asker's name in the index (``Eike``, ``Holsten``)?"""
    words = name_words(text)
    return bool(words) and WORDS_FIELD in reader.schema and all(reader.doc_frequency(WORDS_FIELD, w) for w in words)
