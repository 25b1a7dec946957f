"""Abbreviations the documents define themselves: ``Zentrale Ausländerbehörde (ZAB)``; and a shipped
list of the official abbreviations of laws (``StPO``) and of the definitions federal laws and speeches
make often (``PCB``, ``BfDI``), which answers use without defining them.

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

import functools
import gzip
import re
from collections import Counter
from collections.abc import Iterable
from importlib import resources
from typing import NamedTuple

from whoosh.reading import IndexReader

from indexer import lexicon
from indexer.analysis.query_text import query_words
from indexer.parliaments import PARLIAMENTS

FIELD = "abk"
PAIRS_FIELD = "abk_paare"
KNOWN_FILE = "abbreviations-de.tsv.gz"  # laws' abbreviations and common definitions (indexer.analysis.lexicon_build)
# An abbreviation, perhaps of two joined by a hyphen (``VS-NfD``); a closing point is no part of it (``GVBl.``).
SHORT = r"[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9]{1,11}(?:-[A-ZÄÖÜ][A-Za-zÄÖÜäöü0-9]{1,11})?"
SHORT_IN_BRACKETS = re.compile(rf"[(\[]({SHORT})\.?[)\]]")  # Long Form (ABK) or [ABK]
_SHORT_FIRST = re.compile(rf"\b({SHORT})\.? \(([^()\[\]]{{4,120}})\)")  # ABK (Long Form)
# A bracket a number follows qualifies a citation, it defines nothing: "Verordnung (EU) 2016/679", "(EG) Nr. 1370/2007".
_CITED = re.compile(r"\s*(?:Nr\.\s*\d|\d+/\d)")  # not "(BAMF) 2023 entschied", "(ZAB) 12 Fälle"
_BOUNDARY = re.compile(r"[.;:!?()\[\]„“\"]")
# A body's legal form between its name and the bracket spells no letter of the abbreviation: „Naturschutzbund
# Deutschland e. V. (NABU)“, „Jülicher Entsorgungsgesellschaft für Nuklearanlagen mbH (JEN)“.  Left out, the name
# is the long form, as researchers type it.
_LEGAL_FORM = re.compile(r"\s+(?:e\.\s?V\.|gGmbH|GmbH|mbH|KGaA|AG|KG|SE|eG|AöR)\s*$")
# A name in quotation marks right before the bracket is the long form, quoted whole: „Jungen Nationalisten“ (JN),
# „Brothers of Honour“ (BoH) — groups, programmes and projects are named so.
_QUOTED = re.compile(r"[„“\"]([^„“”\"]{2,120})[“”\"]\s*$")
_WORD = re.compile(r"[\w-]+")
# A name before it: "Prof. Dr. Hans Jürgen Prömel (HJP)" abbreviates a person, not a term.
_PERSON_BEFORE = re.compile(r"(?:Dr\.|Prof\.|Herrn?|Frau|Abgeordneten?|Ministerin|Minister)\s*$")
# Parties follow the names of members ("Eike Holsten (CDU)"); they are never learned.
PARTIES = frozenset({"AfD", "BSW", "CDU", "CSU", "FDP", "FW", "GRÜNE", "LINKE", "ÖDP", "PIRATEN", "SPD", "SSW"})
MAX_LONG_WORDS = 8
MAX_EXPANSIONS = 2
MAX_DEFINING = 64  # documents named in one query for a long form read without its state (long_forms)
# A short form that reads as a word as well stands for its long form only where an answer writes it as defined, in
# capitals, for its term is that word's: a German word of two letters (the lexicon has none: the stop list's, and the
# answer's „Ja“ — „Junge Alternative“ (JA) found every „Ja.“; KI, DB, EU are no word), or written in capitals only and
# one of the commonest words of the laws and speeches (their lexicon's buckets), which they do not write capitalised
# almost always — or a common word's inflected form has its term: „Ausbaustrecke“ (ABS) found 32 answers citing „§ 5
# Abs. 2“, „Freitodgefahr“ (FREI) every „frei“, „Trading Hub Europe“ (THE) every „the“, „Ludwig-Erhard-Gipfel“ (LEG)
# every „legen“.  NATO, ÖPNV, SGB are written so (also „Nato“); BGBl, BAföG are no word.
COMMON_WORD_BUCKET = 9
_INFLECTED = ("e", "en", "er", "es", "em", "n", "s", "t", "st", "et")
_TWO_LETTER_WORDS = frozenset({*(w for w in lexicon.STOP_WORDS if len(w) == 2), "ja", "ab", "je"})


def is_short_form(short: str) -> bool:
    return sum(c.isupper() for c in short) >= 2 and not short.isdigit() and short not in PARTIES


def is_written_short_form(short: str) -> bool:
    """A short form as texts write one: each hyphenated piece one (``VS-NfD``; not ``S-Bahn``, ``CDU-SPD``)."""
    return all(map(is_short_form, short.split("-")))


def spells(short: str, long_form: str) -> bool:
    """Whether the whole of ``long_form`` is needed to spell ``short`` (Schwartz–Hearst, see :func:`_long_form`)."""
    return _long_form(short, long_form) == long_form


def singular(short: str) -> str:
    """``ZABs`` (plural or genitive) is the abbreviation ``ZAB``."""
    return short[:-1] if len(short) > 2 and short.endswith("s") and short[-2].isupper() else short


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


def content_words(short: str, long_form: str | None) -> str | None:
    """The long form's content words when they can stand for ``short``: at most one per letter,
    the first one starting with its first letter (so ``Eike Holsten (EH)`` is no definition)."""
    if not long_form or len(long_form) <= len(short):
        return None
    content = [w for w in long_form.split() if _is_content_word(w)]
    letters = sum(c.isalpha() for c in short)
    if not content or len(content) > letters or content[0][0].lower() != short[0].lower():
        return None
    return " ".join(content)


@functools.lru_cache(maxsize=1 << 16)
def _is_content_word(word: str) -> bool:
    return bool(query_words(word))


def _defined_after(text: str, match: re.Match) -> tuple[str, str] | None:
    """``Long Form (ABK)`` or ``Long Form [ABK]``: the long form ends right before the bracket."""
    short = singular(match.group(1))
    preceding = text[max(0, match.start() - 200) : match.start()]
    if legal := _LEGAL_FORM.search(preceding):
        preceding = preceding[: legal.start()]
    if quoted := _QUOTED.search(preceding):
        preceding = quoted.group(1)
    words = _WORD.findall(_BOUNDARY.split(preceding)[-1])[-min(len(short) + 5, 2 * len(short), MAX_LONG_WORDS) :]
    if not words:
        return None
    long_form = _long_form(short, " ".join(words))
    if not long_form or _PERSON_BEFORE.search(preceding[: preceding.rfind(long_form.split()[0])]):
        return None
    return short, long_form


def _defined_before(match: re.Match) -> tuple[str, str] | None:
    """``ABK (Long Form)``: the whole bracket must spell the abbreviation (not ``NHG (siehe oben)``)."""
    short, inner = singular(match.group(1)), match.group(2).strip()
    if len(_WORD.findall(inner)) > MAX_LONG_WORDS or not spells(short, inner):
        return None
    return short, inner


def definitions(text: str) -> list[tuple[str, str, str]]:
    """``(short, long form as written, its content words)`` for each definition in ``text``, in order:
    ``Long Form (ABK)``, ``Long Form [ABK]`` or ``ABK (Long Form)``."""
    found = [
        (m.start(), _defined_after(text, m))
        for m in SHORT_IN_BRACKETS.finditer(text)
        if is_written_short_form(m.group(1)) and not _CITED.match(text, m.end())
    ]
    found += [(m.start(), _defined_before(m)) for m in _SHORT_FIRST.finditer(text) if is_written_short_form(m.group(1))]
    pairs = [pair for _start, pair in sorted(found, key=lambda item: item[0]) if pair is not None]
    return [(short, written, content) for short, written in pairs if (content := content_words(short, written))]


def learn(texts: Iterable[str]) -> list[tuple[str, str]]:
    """``(short, long)`` pairs defined in ``texts`` (see :func:`definitions`), in order, without repeats.
    Long forms keep their inflection; queries meet them through their stems (:func:`long_key`), so
    ``islamischen`` and ``islamische`` agree."""
    pairs: dict[tuple[str, str], None] = {}
    for text in texts:
        for short, _written, content in definitions(text):
            pairs[(short, content)] = None
    return list(pairs)


# The adjectives of the states as their parliaments' names spell them (Niedersächsischer, Bayerischer …):
# an authority is often searched without it ("Landesjugendamt" for "Niedersächsisches Landesjugendamt").
_STATE_ADJECTIVES = frozenset(
    query_words(first)[0][0]
    for first in (p.name.split()[0] for p in PARLIAMENTS if p.state)  # not the Bundestag's "Deutscher"
    if first not in ("Landtag", "Abgeordnetenhaus") and query_words(first)
)


# What follows a body's name and is often left out: its state ("… Niedersachsen") and its legal form ("… GmbH").
_TRAILING = frozenset(
    query_words(name)[0][0]
    for name in (
        *(p.state for p in PARLIAMENTS if p.state),
        *("GmbH", "gGmbH", "mbH", "AG", "KG", "SE", "eG", "AöR", "Co."),
    )
)


def _unqualified(short: str, long_form: str) -> str | None:
    """The long form without a leading state adjective and trailing state names and legal forms, which
    searches leave out: ``Niedersächsisches Landesjugendamt`` → ``Landesjugendamt``,
    ``Landesnahverkehrsgesellschaft Niedersachsen mbH`` (LNVG) → ``Landesnahverkehrsgesellschaft`` (None when
    nothing is left out).  What a trailing word leaves must still spell an abbreviation of three letters or more:
    ``Handelskammer Hamburg`` (HK) is no ``Handelskammer`` everywhere, ``Land Berlin`` (LB) no ``Land``."""
    words = long_form.split()
    stems = [found[0][0] if (found := query_words(word)) else "" for word in words]
    start = 1 if len(words) > 1 and stems[0] in _STATE_ADJECTIVES and stems[1] not in _TRAILING else 0
    end = len(words)
    while end > start + 1 and stems[end - 1] in _TRAILING:
        end -= 1
    rest = " ".join(words[start:end])
    if end < len(words) and (sum(c.isalpha() for c in short) < 3 or not spells(short, rest)):
        end = len(words)
        rest = " ".join(words[start:end])
    return rest if end - start < len(words) else None


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
        for form in (long_form, _unqualified(short, long_form)):
            key = long_key(form) if form else None
            if key:
                keys.append(key)
    return ",".join(dict.fromkeys(keys))


def _pairs_for(reader: IndexReader, key: str) -> dict[tuple[str, str], list[str]]:
    """The (short, long) pairs of the documents whose title record carries ``key``, each with those documents' ids."""
    if FIELD not in reader.schema or reader.doc_frequency(FIELD, key) == 0:
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    for docnum in reader.postings(FIELD, key).all_ids():
        fields = reader.stored_fields(docnum)
        for short, long_form in fields.get(PAIRS_FIELD) or ():
            found.setdefault((short, long_form), []).append(fields["doc_id"])
    return found


@functools.cache
def shipped_pairs() -> tuple[tuple[str, str], ...]:
    """The shipped list (see :mod:`indexer.analysis.lexicon_build`): laws' official abbreviations and the
    definitions laws and speeches make often, with one meaning; read once per process."""
    raw = resources.files("indexer").joinpath("data", KNOWN_FILE).read_bytes()
    lines = (line.partition("\t") for line in gzip.decompress(raw).decode("utf-8").splitlines())
    return tuple((short, long_form) for short, _tab, long_form in lines if long_form)


@functools.cache
def _known_long_forms() -> dict[str, str]:
    return {short.lower(): long_form for short, long_form in shipped_pairs()}


@functools.cache
def known_abbreviations() -> frozenset[str]:
    """The shipped list's abbreviations, lower-case (``stpo``, ``pcb``): known, never guessed."""
    return frozenset(_known_long_forms())


@functools.cache
def _known_short_forms() -> dict[str, str]:
    return {key: short for short, long_form in shipped_pairs() if (key := long_key(long_form))}


class LongForms(NamedTuple):
    """What an abbreviation stands for: its long forms, and the forms without the state adjective each with the
    documents that define them (see :func:`long_forms`)."""

    written: list[str]
    unqualified: list[tuple[str, tuple[str, ...]]]


def long_forms(reader: IndexReader, word: str) -> LongForms:
    """Long forms the corpus defines for the abbreviation ``word`` (most often defined first); where no document
    defines it, a law's title (``StPO`` Strafprozeßordnung) when ``word`` is written as an abbreviation.  Also
    each long form's unqualified form (:func:`_unqualified`) with the documents that define it: there
    ``Kulturfördergesetz`` is the ``Niedersächsische Kulturfördergesetz (NKultFöG)`` the text defined; elsewhere it
    may be another state's law of the same name."""
    forms: Counter[str] = Counter()
    unqualified: dict[str, list[str]] = {}
    for (short, long_form), documents in _pairs_for(reader, short_key(word)).items():
        if short.lower() == word.lower():
            forms[long_form] += len(documents)
            if bare := _unqualified(short, long_form):
                unqualified.setdefault(bare, []).extend(documents)
    if not forms and is_short_form(word) and (known := _known_long_forms().get(word.lower())):
        return LongForms([known], [])
    ranked = sorted(unqualified.items(), key=lambda item: -len(item[1]))[:MAX_EXPANSIONS]
    return LongForms(
        [form for form, _ in forms.most_common(MAX_EXPANSIONS)],
        [(form, tuple(dict.fromkeys(documents))[:MAX_DEFINING]) for form, documents in ranked],
    )


MAX_NAME_JOINTS = 3  # at most eight spellings of a long form are looked up


def _hyphened_either_way(words: str) -> list[str]:
    """``words`` as typed, then with each joint between two capitalised words written the other way, a hyphen for a
    space and back: names are hyphened at will („Julius Kühn-Institut“, „Julius-Kühn-Institut“)."""
    pieces = re.split(r"(\s+|-)", words.strip())
    joints = [k for k in range(1, len(pieces), 2) if pieces[k - 1][:1].isupper() and pieces[k + 1][:1].isupper()]
    if not joints or len(joints) > MAX_NAME_JOINTS:
        return [words]
    spellings = []
    for mask in range(2 ** len(joints)):
        spelled = list(pieces)
        for bit, k in enumerate(joints):
            if mask >> bit & 1:
                spelled[k] = " " if spelled[k] == "-" else "-"
        spellings.append("".join(spelled))
    return spellings


def short_forms(reader: IndexReader, words: str) -> list[str]:
    """Abbreviations the corpus defines for the long form ``words`` (inflection does not matter, nor a name's
    hyphens: ``Julius Kühn Institut`` is „Julius Kühn-Institut (JKI)“)."""
    words = _LEGAL_FORM.sub("", words)  # learned without it (see _defined_after)
    keys = [key for key in dict.fromkeys(map(long_key, _hyphened_either_way(words))) if key is not None]
    if not keys:
        return []
    forms: Counter[str] = Counter()
    for key in keys:
        for (short, long_form), documents in _pairs_for(reader, key).items():
            unqualified = _unqualified(short, long_form)
            if key in (long_key(long_form), unqualified and long_key(unqualified)):
                forms[short] += len(documents)
        if forms:
            break
    key = keys[0]
    # a law's abbreviation, unless the archive defines it as something else
    if not forms and (known := _known_short_forms().get(key)) and not _pairs_for(reader, short_key(known)):
        return [known]
    return [form for form, _ in forms.most_common(MAX_EXPANSIONS)]


def reads_as_word(short: str) -> bool:
    """Whether ``short`` reads as a word as well, so that only its capitals stand for its long form (see
    :data:`COMMON_WORD_BUCKET`)."""
    if sum(c.isalpha() for c in short) <= 2:
        return short.lower() in _TWO_LETTER_WORDS
    if short != short.upper():  # BGBl, BAföG, KfW
        return False
    word = lexicon.key(short)
    buckets, capitalised = lexicon.word_buckets(), lexicon.capitalised_words()
    if (buckets.get(word) or 0) >= COMMON_WORD_BUCKET and not {word, short.lower()} & capitalised:
        return True
    terms = [whole for whole, _parts in query_words(word)]
    return bool(terms) and any(
        (buckets.get(form) or 0) >= COMMON_WORD_BUCKET
        and form not in capitalised
        and [whole for whole, _parts in query_words(form)] == terms
        for form in (word + ending for ending in _INFLECTED)
    )
