"""Ministries as people name them: ``Innenministerium`` for the „Bundesministerium des Innern“.

Staff say and write a ministry by its portfolio in one word (``Innenministerium``, ``Finanzministerium``,
``Gesundheitsministerium``); the documents print the official name, which puts the portfolio after the head
(„Ministerium für Inneres und Europa“, „Bundesministerium der Finanzen“, „Niedersächsisches Ministerium für Soziales,
Arbeit, Gesundheit und Gleichstellung“).  The ``ministerium:`` filter matches a part of the printed name; this module
adds the one-word form, so the filter does not answer „Kein Ministerium „Innenministerium“ im Archiv“.  The city states
name their departments without the word („Senatsverwaltung für Inneres und Sport“, „Behörde für Inneres und Sport“,
„Der Senator für Inneres“), and Schleswig-Holstein its minister („Minister für Inneres …“): the one-word form names
them too.  An abbreviation (``MI``, ``BMAS``, ``MIK``, ``BMVg``) names the ministries whose initials it spells, not
every name it is a part of (``MI`` is in every „Ministerium“).
"""

from __future__ import annotations

import re

from indexer.lexicon import spelled_out

HEAD = "ministerium"
# The heads of the departments a government answers from, also those whose name lacks „ministerium“
HEADS = (HEAD, "senatsverwaltung", "behoerde", "senator", "senatorin", "minister", "ministerin")
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
    words = [spelled_out(word.casefold()) for word in _NOUN.findall(name)]
    if len(portfolio) < MIN_PORTFOLIO or portfolio in _LEVELS or not any(_is_head(word) for word in words):
        return False  # „Staatsministerium“ itself; a name of no department („Staatskanzlei“)
    return any(_portfolio_of(word, portfolio) for word in words if not _is_head(word))


def _is_head(word: str) -> bool:
    """Is the folded ``word`` a department's head („ministerium“, „innenministerium“, „senatsverwaltung“)?"""
    return HEAD in word or word in HEADS


_ABBREVIATION = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,9}")


def is_abbreviation(typed: str) -> bool:
    """Is ``typed`` an abbreviation (``MI``, ``BMAS``, ``StMI``, ``BMVg``): one word, at least two capitals and as many
    capitals as small letters?"""
    capitals = sum(letter.isupper() for letter in typed)
    return bool(_ABBREVIATION.fullmatch(typed)) and capitals >= 2 and capitals * 2 >= len(typed)


def abbreviated(typed: str, names: list[str]) -> list[str]:
    """The ministries of ``names`` the abbreviation ``typed`` stands for: those whose initials it spells completely
    (``BMF``: „Bundesministerium der Finanzen“, not „… für Forschung, Technologie und Raumfahrt“; ``MI``: „Ministerium
    des Innern“, not „… für Infrastruktur und Landesplanung“); only when none, those whose name it begins (``BMU``:
    „Bundesministerium für Umwelt, Klimaschutz und nukleare Sicherheit“).  Empty when it spells none."""
    complete = [name for name in names if abbreviates(typed, name, complete=True)]
    return complete or [name for name in names if abbreviates(typed, name, complete=False)]


def abbreviates(typed: str, name: str, complete: bool) -> bool:
    """Does the abbreviation ``typed`` stand for the ministry ``name``?  Its letters, or where it has small ones each
    capital with the small ones after it (``Vg``, ``St``), begin the name's parts in order: the level („Bundes“,
    „Staats“), „Ministerium“, then the portfolio's nouns from the first on (``MI``, ``MIS``: „Ministerium für
    Inneres und Sport“; ``BMAS``: „Bundesministerium für Arbeit und Soziales“; ``BMVg``: „… der Verteidigung“, not
    „… für Verkehr“; ``StMI``: „Staatsministerium des Innern“), all of them if ``complete``; a small „d“ before a
    capital is an article („der“, „des“: ``MdI``, „Ministerium des Innern“).  Of a one-word name the portfolio
    before or after the ministry (``MK``, ``KM``: „Kultusministerium“).  The abbreviation printed in the name as a
    word of its own („Bundesministerium der Finanzen (BMF)“) stands for it too."""
    if typed in re.findall(r"\w+", name):
        return True
    spaced = re.sub(r"(?<=.)d(?=[A-ZÄÖÜ])", " d ", typed)  # „MdI“: M, d, I
    mixed = any(c.islower() for c in typed)
    typed_chunks = re.findall(r"[A-ZÄÖÜ][a-zäöü]*|d", spaced) if mixed else list(typed)
    chunks = [_ARTICLE if chunk == "d" else spelled_out(chunk.casefold()) for chunk in typed_chunks]
    words = [word if word in _SMALL_WORDS else spelled_out(word.casefold()) for word in _WORD.findall(name)]
    head = next((word for word in words if word.endswith(HEAD)), None)
    if head is None:  # an office („Auswärtiges Amt“: ``AA``): the initials of all its nouns
        return len(chunks) >= 2 and _spells_in_order(chunks, words, complete=True)
    before = head.removesuffix(HEAD)
    if before and before not in _LEVELS:  # „Kultusministerium“
        return any(_spells(chunks, parts) for parts in ([before, HEAD], [HEAD, before]))
    lead = [before, HEAD] if before else [HEAD]
    if sum(chunk != _ARTICLE for chunk in chunks) <= len(lead):
        return False
    after = words[words.index(head) + 1 :]
    if not complete:
        return _spells_in_order(chunks, lead + after, complete)
    # A second portfolio with its own „für“ may be left out: BMI, „Bundesministerium des Innern und für Heimat“
    ends = [i for i, word in enumerate(after) if word == _FOR and any(w not in _ARTICLES for w in after[:i])]
    return any(_spells_in_order(chunks, lead + after[:end], complete) for end in [*ends, len(after)])


_ARTICLE = ""  # the chunk a small „d“ of an abbreviation makes
_ARTICLES = ("der", "des", "dem", "den")
_FOR = "für"
_SMALL_WORDS = (*_ARTICLES, _FOR)
_WORD = re.compile(r"[A-ZÄÖÜ][^\W\d_]*|\b(?:" + "|".join(_SMALL_WORDS) + r")\b")


def _spells_in_order(chunks: list[str], parts: list[str], complete: bool) -> bool:
    """Do the ``chunks`` begin the ``parts`` one by one, an article („des“) taken by a small „d“ or passed over; if
    ``complete``, with no noun left over?"""
    if not parts:
        return not chunks
    part, rest = parts[0], parts[1:]
    if part == _FOR:
        return _spells_in_order(chunks, rest, complete)
    if part in _ARTICLES:
        if chunks and chunks[0] == _ARTICLE and _spells_in_order(chunks[1:], rest, complete):
            return True
        return _spells_in_order(chunks, rest, complete)
    if not chunks:
        return not complete
    return chunks[0] != _ARTICLE and _within(chunks[0], part) and _spells_in_order(chunks[1:], rest, complete)


def _spells(chunks: list[str], parts: list[str]) -> bool:
    """Does each chunk of an abbreviation begin its part and hold its letters in the part's order (``vg``:
    „verteidigung“)?"""
    return len(chunks) == len(parts) and all(_within(chunk, part) for chunk, part in zip(chunks, parts, strict=True))


def _within(chunk: str, part: str) -> bool:
    letters = iter(part[1:])
    return bool(chunk) and part.startswith(chunk[0]) and all(letter in letters for letter in chunk[1:])


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
