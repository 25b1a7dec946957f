"""Abbreviations the documents define themselves: ``Zentrale Ausländerbehörde (ZAB)``.

Officials define an abbreviation once and then use only it; researchers search either form.
At index time :func:`learn` finds ``Long Form (ABK)`` pairs with the Schwartz–Hearst rule
(every letter of the abbreviation appears in order in the long form, the first one at the
start of a word), adapted to German: letters may come from inside compounds (``EBKrG`` ←
``Eisenbahnkreuzungsgesetz``), and a long form may have at most one content word per letter
(so ``Eike Holsten (CDU)`` is no definition).  The pairs are stored on the document's title
record (see :mod:`indexer.index.schema`), keyed both ways, so a query can expand ``ZAB`` to the
long form and ``Zentrale Ausländerbehörde`` to ``ZAB`` with two term look-ups.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from whoosh.reading import IndexReader

from indexer.analysis.analyzer import query_words

FIELD = "abk"
PAIRS_FIELD = "abk_paare"
_SHORT = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9]{1,11})\)")
_BOUNDARY = re.compile(r"[.;:!?()\[\]„“\"]")
_WORD = re.compile(r"[\w-]+")
MAX_LONG_WORDS = 8
MAX_EXPANSIONS = 2


def _is_short_form(short: str) -> bool:
    return sum(c.isupper() for c in short) >= 2 and not short.isdigit()


def _long_form(short: str, window: str) -> str | None:
    """The shortest end of ``window`` whose letters spell ``short`` (Schwartz–Hearst)."""
    s, w = len(short) - 1, len(window) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while w >= 0 and (window[w].lower() != c or (s == 0 and w > 0 and window[w - 1].isalnum())):
            w -= 1
        if w < 0:
            return None
        w -= 1
        s -= 1
    start = window.rfind(" ", 0, w + 1) + 1
    return window[start:].strip()


def learn(texts: Iterable[str]) -> list[tuple[str, str]]:
    """``(short, long)`` pairs defined in ``texts`` as ``Long Form (SHORT)``, in order, without repeats."""
    pairs: dict[tuple[str, str], None] = {}
    for text in texts:
        for match in _SHORT.finditer(text):
            short = match.group(1)
            if not _is_short_form(short):
                continue
            before = text[max(0, match.start() - 200) : match.start()]
            before = _BOUNDARY.split(before)[-1]
            words = _WORD.findall(before)[-min(len(short) + 5, 2 * len(short), MAX_LONG_WORDS) :]
            if not words:
                continue
            long_form = _long_form(short, " ".join(words))
            if not long_form or len(long_form) <= len(short):
                continue
            content = [w for w in long_form.split() if query_words(w)]
            letters = sum(c.isalpha() for c in short)
            if not content or len(content) > letters or content[0][0].lower() != short[0].lower():
                continue
            pairs[(short, " ".join(content))] = None
    return list(pairs)


def short_key(short: str) -> str:
    return "s:" + short.lower()


def long_key(words: str) -> str | None:
    """The whole-word stems of a long form, so inflected forms meet: ``zentral auslanderbehord``."""
    terms = [whole for whole, _parts in query_words(words)]
    return "l:" + " ".join(terms) if terms else None


def index_terms(pairs: Iterable[tuple[str, str]]) -> str:
    """The comma-separated keys for the ``abk`` field of the title record."""
    keys = []
    for short, long_form in pairs:
        keys.append(short_key(short))
        key = long_key(long_form)
        if key:
            keys.append(key)
    return ",".join(dict.fromkeys(keys))


def _pairs_for(reader: IndexReader, key: str) -> Counter:
    if FIELD not in reader.schema or reader.doc_frequency(FIELD, key) == 0:
        return Counter()
    found: Counter = Counter()
    for docnum in reader.postings(FIELD, key).all_ids():
        for short, long_form in reader.stored_fields(docnum).get(PAIRS_FIELD) or ():
            found[(short, long_form)] += 1
    return found


def long_forms(reader: IndexReader, word: str) -> list[str]:
    """Long forms the corpus defines for the abbreviation ``word`` (most often defined first)."""
    found = _pairs_for(reader, short_key(word))
    forms: Counter[str] = Counter()
    for (short, long_form), count in found.items():
        if short.lower() == word.lower():
            forms[long_form] += count
    return [form for form, _ in forms.most_common(MAX_EXPANSIONS)]


def short_forms(reader: IndexReader, words: str) -> list[str]:
    """Abbreviations the corpus defines for the long form ``words`` (inflection does not matter)."""
    key = long_key(words)
    if key is None:
        return []
    found = _pairs_for(reader, key)
    forms: Counter[str] = Counter()
    for (short, long_form), count in found.items():
        if long_key(long_form) == key:
            forms[short] += count
    return [form for form, _ in forms.most_common(MAX_EXPANSIONS)]
