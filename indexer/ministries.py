"""Ministries as people name them: ``Innenministerium`` for the „Bundesministerium des Innern“.

Staff say and write a ministry by its portfolio in one word (``Innenministerium``, ``Finanzministerium``,
``Gesundheitsministerium``); the documents print the official name, which puts the portfolio after the head
(„Ministerium für Inneres und Europa“, „Bundesministerium der Finanzen“, „Niedersächsisches Ministerium für Soziales,
Arbeit, Gesundheit und Gleichstellung“).  The ``ministerium:`` filter matches a part of the printed name; this module
adds the one-word form, so the filter does not answer „Kein Ministerium „Innenministerium“ im Archiv“.
"""

from __future__ import annotations

import re

from indexer.lexicon import spelled_out

HEAD = "ministerium"
# The level of government a one-word name may begin with, and what the printed name then holds
_LEVELS = {"bundes": "bundesministerium", "staats": "staatsministerium", "landes": ""}
_NOUN = re.compile(r"[A-ZÄÖÜ][^\W\d_]*")
MIN_PORTFOLIO = 3  # letters of the portfolio in the typed word (``Bauministerium``)
CUT_LETTERS = 5  # a portfolio this long may differ in its closing n („Innen“: „Innern“, „Inneres“; „Familien“)


def names_ministry(typed: str, name: str) -> bool:
    """Does the one word ``typed`` (``Innenministerium``, ``Bundesfinanzministerium``) name the ministry ``name``?

    ``name`` holds a word with „ministerium“ and, as a noun of its own, the portfolio typed before the head:
    spelled the same at its start (``Finanz``: „Finanzen“; ``Gesundheits``: „Gesundheit“, the linking s dropped) or
    differing in the last letter of a longer one (``Innen``: „Innern“, „Inneres“).  A typed level must be the
    name's: ``Bundesinnenministerium`` is no Land's ministry.  An adjective („wirtschaftliche Zusammenarbeit“) is no
    portfolio."""
    folded = spelled_out(typed.strip().casefold())
    if not folded.endswith(HEAD) or not folded.isalpha():
        return False
    portfolio = folded.removesuffix(HEAD)
    printed = spelled_out(name.casefold())
    for level, head in _LEVELS.items():
        if portfolio.startswith(level) and len(portfolio) - len(level) >= MIN_PORTFOLIO:
            if head not in printed or (level == "landes" and "bundes" in printed):
                return False
            portfolio = portfolio.removeprefix(level)
            break
    if len(portfolio) < MIN_PORTFOLIO or portfolio in _LEVELS or HEAD not in printed:  # „Staatsministerium“ itself
        return False
    nouns = [spelled_out(word.casefold()) for word in _NOUN.findall(name) if HEAD not in word.casefold()]
    return any(_portfolio_of(noun, portfolio) for noun in nouns)


def _portfolio_of(noun: str, portfolio: str) -> bool:
    """Is the printed ``noun`` the ``portfolio`` typed before „ministerium“?  Its start (``finanz``: „Finanzen“), the
    word without the linking s (``gesundheits``: „Gesundheit“; not ``kultus``: „Kultur“), or a longer one's start
    but for a closing n (``innen``: „Innern“, „Inneres“; ``familien``: „Familie“)."""
    if noun.startswith(portfolio) or (portfolio.endswith("s") and noun == portfolio[:-1]):
        return True
    return len(portfolio) >= CUT_LETTERS and portfolio.endswith("n") and noun.startswith(portfolio[:-1])


# The gender of a name's head noun, for its article after „mit“: „dem Ministerium“, „der Staatskanzlei“
_DATIVE = (
    (("ministerium", "amt", "ministerpräsident", "minister", "senator"), "dem"),
    (("kanzlei", "verwaltung", "behörde", "ministerin", "senatorin", "ministerpräsidentin"), "der"),
)


def with_article(name: str) -> str:
    """``name`` as it follows „im Einvernehmen mit“: „dem Ministerium der Justiz“, „der Staatskanzlei“; a name that
    begins with an adjective („Niedersächsisches Ministerium …“ would need its ending changed) stays as it is."""
    first = name.split(maxsplit=1)[0].casefold() if name.strip() else ""
    for heads, article in _DATIVE:
        if first.endswith(heads):
            return f"{article} {name}"
    return name
