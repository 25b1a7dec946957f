"""Spellings and endings that name the same word, for the stemmer (:mod:`indexer.analysis.analyzer`) and
for prefixes: umlauts and their digraphs (:func:`fold`), the plural -s Snowball keeps
(:func:`without_plural_s`), the forms Snowball stems apart from their noun (:func:`stem_form`), the spellings
Duden allows both of (:func:`one_spelling`) and the endings that make a noun of its own, which Snowball
strips (:func:`inflection_stem`).

Plain functions and constants only: nothing here is pickled into an index, but every change to
what they return changes the index terms (raise ``ANALYSIS`` in the analyzer).
"""

from __future__ import annotations

import functools
import gzip
import re
from importlib import resources

from indexer.lexicon import shipped_words
from indexer.typography import ACCENTED_LETTERS

NORMALISE_TABLE = str.maketrans(
    {"ß": "ss", "ẞ": "ss", "\u00ad": None, "\u2010": "-", "\u2011": "-", **ACCENTED_LETTERS}
)
S_PLURALS_FILE = "s-plurals-de.txt.gz"
SNOWBALL_S_ENDINGS = "bdfghklmnrt"  # Snowball German strips a final -s only after one of these letters
_KEEPS_S = frozenset(SNOWBALL_S_ENDINGS + "sß")  # … and leaves -ss alone
MIN_HEAD = 4  # a noun ending a compound ("Abgeordnetenbüros"), not a fragment of a word ("Thomas": "oma")
# Both spellings are correct German (Duden): ph/f (Photovoltaik, Grafik, Telefon; not across pp|h as in
# Kipphebel), -ntial/-nzial and -ntiell/-nziell (Potential, essenziell); and texts from before 1996 write three
# equal consonants as two (Schiffahrt, Flußsperre: Schifffahrt, Flusssperre).
_VARIANT_SPELLINGS = re.compile(r"(?<!p)ph|(?<=n)ti(?=al|ell)|([^\W\d])\1\1")
_UE = re.compile(r"(?<![aeiouyäöüq])ue")  # as Snowball: not after q, not when u sits between vowels (Feuer)
_AE_OE = re.compile(r"(?<=[ao])e")  # the e of ae and oe: dropped
_UMLAUT_BASES = str.maketrans("äöü", "aou")


def fold(text: str) -> str:
    """Normalise a word for prefix matching the way the stemmer normalises indexed terms, minus
    the suffixes: ``Foerder`` → ``forder``, ``Straßen`` → ``strassen``, ``Feuer`` stays ``feuer``.
    Every new stem of a build comes here; the digraphs are rare, so the expressions only run on
    words that have one (half the time per word)."""
    folded = text.lower()
    plain = folded.isascii()  # most words: the tables change no letter of them
    if not plain:
        folded = folded.translate(NORMALISE_TABLE)
    if "ue" in folded:
        folded = _UE.sub("u", folded)
    if "ae" in folded or "oe" in folded:
        folded = _AE_OE.sub("", folded)
    return folded if plain else folded.translate(_UMLAUT_BASES)


def one_spelling(stem: str) -> str:
    """The one form of a stem or prefix that either spelling gives: ``photovolta`` → ``fotovolta``,
    ``potential`` → ``potenzial``, ``schifffahrt`` → ``schiffahrt``."""
    return _VARIANT_SPELLINGS.sub(_one_spelling, stem)


def prefix_spelling(prefix: str) -> str:
    """A folded prefix as the index spells what it begins (``photo`` → ``foto``, ``potenti`` → ``potenzi``)."""
    spelled = one_spelling(prefix)
    return spelled[:-2] + "zi" if spelled.endswith("nti") else spelled


def _one_spelling(match: re.Match) -> str:
    found = match.group()
    return "f" if found == "ph" else "zi" if found == "ti" else found[:2]


@functools.cache
def s_plural_nouns() -> frozenset[str]:
    """Nouns whose plural or genitive adds an -s that Snowball keeps (see :mod:`indexer.analysis.lexicon_build`)."""
    return shipped_words(S_PLURALS_FILE)


def without_plural_s(word: str) -> str:
    """``büros`` → ``büro``, ``wahlkreisbüros`` → ``wahlkreisbüro``: the plural or genitive -s after a vowel,
    ``y`` or ``w`` (``Kitas``, ``Handys``, ``Lkws``), which Snowball keeps, where the word or its last part
    of at least :data:`MIN_HEAD` letters is such a noun; ``Kreis``, ``Basis`` and ``Thomas`` stay whole."""
    if len(word) < 4 or word[-1] != "s" or word[-2] in _KEEPS_S:
        return word
    folded, nouns = fold(word), s_plural_nouns()
    if folded[:-1] in nouns or any(folded[i:-1] in nouns for i in range(3, len(folded) - MIN_HEAD)):
        return word[:-1]
    return word


UMLAUT_NOUNS_FILE = "umlaut-nouns-de.txt.gz"


@functools.cache
def _umlaut_nouns() -> re.Pattern[str]:
    """A noun of :data:`UMLAUT_NOUNS_FILE` anywhere in a word, in lower case with its umlauts."""
    nouns = sorted(shipped_words(UMLAUT_NOUNS_FILE), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, nouns)))


def kept_umlauts(word: str) -> tuple[str, int, int] | None:
    """``word`` (lower case) with its umlauts, and where its last noun in -ung whose umlaut makes another word begins
    and ends — ``förderung`` (not ``forderung``), also ``wirtschaftsfoerderungen``, ``förderungsprogramm`` — whose
    stem keeps them (see :mod:`indexer.analysis.lexicon_build`, ``umlaut_nouns``); else None."""
    if "ung" not in word:
        return None
    spelled = with_umlauts(word)
    found = [match.span() for match in _umlaut_nouns().finditer(spelled)]
    return (spelled, *found[-1]) if found else None


def keep_umlauts(stem: str, kept: tuple[str, int, int]) -> str:
    """The folded ``stem`` of a word :func:`kept_umlauts` spells, with the umlauts of that noun only (``forderung`` of
    ``förderungen`` → ``förderung``; ``losungsansatz`` of ``Lösungsansätze`` → ``lösungsansatz``, whose head stays
    folded as its singular's, also where the stem rewrites it: ``forderungszentrum`` of ``Förderungszentren``;
    ``ruckforderung`` stays); the stem as it is where it does not begin as the word up to that noun's end."""
    spelled, start, end = kept
    end = min(end, len(stem))
    return stem[:start] + spelled[start:end] + stem[end:] if fold(spelled[:end]) == stem[:end] else stem


def with_umlauts(word: str) -> str:
    """``word`` (lower case) with ``ae``, ``oe``, ``ue`` written as the umlauts :func:`fold` reads them as."""
    if "ae" in word or "oe" in word or "ue" in word:
        return _AE_OE_UMLAUT.sub(_umlaut, _UE.sub("ü", word))
    return word


_AE_OE_UMLAUT = re.compile(r"[ao]e")


def _umlaut(match: re.Match) -> str:
    return "ä" if match.group() == "ae" else "ö"


STEM_FORMS_FILE = "stem-forms-de.txt.gz"
MIN_FORM_HEAD = 4  # a compound's head that is such a form (Jugend|zentren, Leit|zins), not a chance ending
WHOLE_ONLY = " ganz"  # marks a form stemmed so as a word of its own only, never as a compound's head (Ehen)


def stem_forms() -> dict[str, str]:
    """Folded forms Snowball stems apart from the rest of their noun → a form it stems like the rest (see
    :mod:`indexer.analysis.lexicon_build`): foreign plurals their singular (``zentren`` → ``zentrum``,
    ``praxen`` → ``praxis``), nouns Snowball stems apart from their other forms one of those (``problem`` →
    ``probleme``, ``zins`` → ``zinse``), other forms stemmed apart their noun (``herrn`` → ``herr``,
    ``umbauten`` → ``umbau``), feminines in -in their masculine (``arztinnen`` → ``arzt``)."""
    return _stem_form_table()[0]


@functools.cache
def _stem_form_table() -> tuple[dict[str, str], frozenset[str]]:
    """The shipped pairs, and the forms marked :data:`WHOLE_ONLY`."""
    raw = resources.files("indexer").joinpath("data", STEM_FORMS_FILE).read_bytes()
    pairs, whole = {}, set()
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        form, instead, *marked = line.translate(NORMALISE_TABLE).split(" ")  # „crèmes“ is written „cremes“ now
        pairs[form] = instead
        if marked:
            whole.add(form)
    return pairs, frozenset(whole)


@functools.cache
def _forms_by_tail() -> dict[str, tuple[tuple[int, ...], frozenset[str]]]:
    """The heads (forms of :data:`MIN_FORM_HEAD` letters at least, not whole-only) by their last
    :data:`MIN_FORM_HEAD` letters, with their lengths: one lookup rules most words out, and a word with
    such a tail is tested only for the lengths of the heads that end in it."""
    pairs, whole = _stem_form_table()
    tails: dict[str, set[str]] = {}
    for form in pairs:
        if len(form) >= MIN_FORM_HEAD and form not in whole:
            tails.setdefault(form[-MIN_FORM_HEAD:], set()).add(form)
    return {tail: (tuple(sorted({len(form) for form in forms})), frozenset(forms)) for tail, forms in tails.items()}


def stem_form(folded: str) -> str | None:
    """The form to stem instead of the folded ``folded`` (``gymnasien`` → ``gymnasium``, ``krebs`` → ``krebse``),
    or None."""
    return stem_forms().get(folded)


def head_stem_form(folded: str) -> str | None:
    """The form to stem instead of a compound's folded head ``folded`` (``zentren`` of ``Jugend|zentren``), or
    None — also for forms marked :data:`WHOLE_ONLY` (``ehen`` of ``einzu|gehen`` is no Ehen)."""
    pairs, whole = _stem_form_table()
    return None if folded in whole else pairs.get(folded)


def ends_in_stem_form(folded: str) -> bool:
    """Does the folded word end in such a form after three letters at least (``jugendzentren``, ``leitzins``)?
    Only then is it worth asking the splitter whether that form is the compound's head."""
    found = _forms_by_tail().get(folded[-MIN_FORM_HEAD:])
    if found is None:
        return False
    lengths, forms = found
    return any(folded[-length:] in forms for length in lengths if length + 3 <= len(folded))


AGENT_NOUNS_FILE = "agent-nouns-de.txt.gz"
# Nouns Snowball's step 3 derives away: ``Gefährdung`` (a state) is no ``Gefährder`` (a person),
# ``Vereinbarkeit`` no ``Vereinbarung``.  Adjectives and participles (-lich, -isch, -ig, -end) keep
# Snowball's stem: ``extremistischen`` still finds ``Extremisten``.
NOUN_SUFFIXES = ("ung", "igung", *(p + s for p in ("", "ig", "lich", "isch", "er", "en") for s in ("keit", "heit")))
# the suffix, then a plural -en or the linking -s of a compound part (``Gefährdungs-Analyse``)
_NOUN_DERIVATION = re.compile(f"({'|'.join(sorted(NOUN_SUFFIXES, key=len, reverse=True))})(?:en|s)?")


@functools.cache
def agent_nouns() -> frozenset[str]:
    """Nouns whose -er is part of the word, not an ending (see :mod:`indexer.analysis.lexicon_build`)."""
    return shipped_words(AGENT_NOUNS_FILE)


def inflection_stem(word: str, snowball: str, analysis: int) -> str:
    """Snowball's stem, with what makes a noun of its own put back: the suffix of a noun formed from
    a verb (``gefahrd`` + ``ung``), the -er of a noun naming a person or thing (``gefahrd`` + ``er``:
    a ``Gefährder`` is no ``Gefährdung``, ``gefährdet``; a ``Bürger`` no ``Burg``) — as
    ``analysis`` (the version an index was built with, see ``analyzer.ANALYSIS``) does."""
    folded = fold(word)
    if len(folded) > len(snowball) and folded.startswith(snowball):
        if analysis >= 3 and folded.startswith("er", len(snowball)) and snowball + "er" in agent_nouns():
            return snowball + "er"
        match = _NOUN_DERIVATION.fullmatch(folded, len(snowball))
        if match:
            return snowball + match.group(1)
    return snowball
