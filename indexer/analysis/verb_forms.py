"""The verb a noun in -ung names, as texts write it: ``Bekämpfung`` is what „bekämpfen“, „bekämpft“ say,
``Unterbringung`` what „untergebracht“ says, ``Schließung`` what „geschlossen“ says.

The forms are made by rule — infinitive, present, past, participle, with ``ge`` and ``zu`` after a separable
prefix (*aus|ge|liefert*, *an|zu|melden*) and without ``ge`` after an inseparable one (*be|kämpft*) — and kept only
where the German lexicon (:mod:`indexer.lexicon`) knows them.  A strong verb's participle changes its vowel: it is
looked up among the lexicon's words in -en whose consonants are the verb's (*geschl-o-ss-en* for *schließ*); the
few verbs that change more (*bring* → *gebracht*, *zieh* → *gezogen*) are listed.  Where such a form is also
another word (*gehalten*, stemmed *gehalt*, is *Gehalt*), the text writes it small as a verb: the caller checks that.

Query side only: nothing here changes what the index holds.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from indexer.lexicon import key, umlautless_buckets, weight, word_buckets

SEPARABLE = frozenset(
    {"ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her", "hin", "los", "mit", "nach", "vor", "weg"}
    | {"weiter", "zu", "zurück", "zusammen", "dar", "um", "unter", "durch", "wieder", "über"}
)
# Prefixes after which a participle takes no ge (be|kämpft, über|prüft); um, unter, durch and über may be either
INSEPARABLE = frozenset({"be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "um", "unter", "durch", "über", "wider"})
_ENDINGS = ("en", "n", "t", "et", "te", "ten", "ete", "eten")
# Verbs whose participle changes more than its vowel (lexicon keys: no umlauts, ss for ß)
_CHANGED_MORE = {
    "bring": "gebracht",
    "denk": "gedacht",
    "nenn": "genannt",
    "kenn": "gekannt",
    "brenn": "gebrannt",
    "send": "gesandt",
    "wend": "gewandt",
    "zieh": "gezogen",
    "geh": "gegangen",
    "steh": "gestanden",
    "sitz": "gesessen",
}
# A strong verb's stem vowel and its participle's (lexicon keys: no umlauts): schreiben → geschrieben, schieben →
# geschoben, finden → gefunden, sprechen → gesprochen, geben → gegeben, halten → gehalten, rufen → gerufen
_ABLAUT = {
    "ei": ("ie", "i"),
    "ie": ("o",),
    "i": ("u", "o", "e"),
    "e": ("o", "e"),
    "a": ("a",),
    "au": ("au",),
    "u": ("u", "o"),
    "o": ("o",),
}
MAX_WEIGHT = 14  # a verb as common as stellen, führen, geben (lexicon weight): mostly in other phrases
UMLAUTLESS_WORD = 2  # a form's spelling without umlauts this common (bucket) is a word of its own: fuhren
_DROPPED_E = re.compile(r"[^aeiouy]l$")  # entwickl, handl, mittl: a verb in -eln
MIN_STEM = 4  # no verb guessed from a stem of three letters, whose forms are other words (Lösung: lös|t)
_VOWELS = re.compile(r"[aeiouy]+")
_IEREN = re.compile(r"[aeiouy][^aeiouy]*ier$")  # the stem of a verb in -ieren with a syllable before it (verb_noun)
_UNINFLECTED = ("en", "et", "n", "t")  # a verb's endings no adjective has (verb_noun), longest first
_DOUBLED = re.compile(r"([^aeiouy_])\1")


def verb_forms(noun: str) -> tuple[str, ...]:
    """The written forms (lexicon keys) of the verb the noun in -ung ``noun`` names; none for another noun, for a
    stem no verb has (*Bedachung*), or for a verb most of whose uses are other phrases (*stellen*: „stellt sich die
    Frage“, *führen*, *geben*).  A verb in -eln drops its e before -ung (*Entwicklung*: *entwickeln*).  Of a verb
    written with umlauts only the forms the texts write so (*geändert*, not *ändern*, which is *andern* there, nor any
    form of *fördern*, which is *fordern*).  The plural names the same verb (*Fälschungen*: „gefälschte Zeugnisse“)."""
    if noun.endswith("ungen"):
        noun = noun[:-2]
    if not noun.endswith("ung") or len(noun) < MIN_STEM + 3:
        return ()
    stem = key(noun[:-3])
    if _DROPPED_E.search(stem) and weight(stem[:-1] + "eln"):
        stem = stem[:-1] + "el"  # entwickl|ung: entwickel|n
    infinitive = stem + ("n" if stem.endswith(("el", "er")) and not stem.endswith("ier") else "en")  # änder|n, not
    # „anderen“; finanzier|en
    if not weight(infinitive) or weight(infinitive) >= MAX_WEIGHT:
        return ()
    forms = {stem + ending for ending in _ENDINGS}
    for separable, inseparable, root in _splits(stem):
        ge = "" if inseparable else "ge"
        forms.update(f"{separable}{ge}{inseparable}{root}{ending}" for ending in ("t", "et"))
        if separable:
            forms.update(f"{separable}zu{inseparable}{root}{ending}" for ending in ("en", "n"))
        forms.update(_strong(separable, inseparable, root))
    known = (form for form in forms if weight(form) > 0)
    if any(umlaut in noun for umlaut in "äöü"):  # written without umlauts, a form may be another word: fordert
        known = (form for form in known if umlautless_buckets().get(form, UMLAUTLESS_WORD) < UMLAUTLESS_WORD)
    return tuple(sorted(known))


def _splits(stem: str) -> Iterator[tuple[str, str, str]]:
    """``stem`` as (separable prefix, inseparable prefix, root), each way its prefixes allow."""
    yield "", "", stem
    for cut in range(2, len(stem) - 2):
        prefix, rest = stem[:cut], stem[cut:]
        if prefix in SEPARABLE:
            yield prefix, "", rest
            yield from ((prefix, inner, rest[len(inner) :]) for inner in INSEPARABLE if rest.startswith(inner))
        if prefix in INSEPARABLE and len(rest) >= 3:
            yield "", prefix, rest


def _strong(separable: str, inseparable: str, root: str) -> Iterator[str]:
    """The participle of ``root`` as a strong or mixed verb, where the lexicon knows one."""
    ge = "" if inseparable else "ge"
    if weight(f"{inseparable}{root}te") or weight(f"{inseparable}{root}ete"):
        return  # a weak verb (richtete): its participle is gerichtet, never „gerecht“
    if root in _CHANGED_MORE:
        yield separable + inseparable + _CHANGED_MORE[root][len("ge") if inseparable else 0 :]
    for word in _participles().get(_skeleton(root), ()):
        if _ablaut(root, word[: -len("en")]):
            yield f"{separable}{ge}{inseparable}{word}"


def _ablaut(root: str, participle: str) -> bool:
    """Is ``participle`` (its root) ``root`` with the vowel change of a strong verb: *schliess* → *schloss*, *find* →
    *fund*, *halt* → *halt* — not *mein* → *mein* (gemein), *mess* → *mass* (gemäß)?"""
    vowels, changed = _VOWELS.findall(root), _VOWELS.findall(participle)
    if not vowels or len(vowels) != len(changed) or vowels[:-1] != changed[:-1]:
        return False
    return changed[-1] in _ABLAUT.get(vowels[-1], ())


@lru_cache(maxsize=1)
def _participles() -> dict[str, tuple[str, ...]]:
    """The lexicon's participles in ge…en (without ge), by their root's consonants: read once per process."""
    found: dict[str, list[str]] = defaultdict(list)
    for word in word_buckets():
        if word.startswith("ge") and word.endswith("en") and len(word) > 6:
            found[_skeleton(word[2:-2])].append(word[2:])
    return {skeleton: tuple(words) for skeleton, words in found.items()}


def _skeleton(root: str) -> str:
    """A root's consonants, its vowels one mark, doubled consonants single: *schliess* and *schloss* alike."""
    return _DOUBLED.sub(r"\1", _VOWELS.sub("_", root))


@lru_cache(maxsize=4096)
def verb_noun(word: str) -> str | None:
    """The noun in -ierung (lower case) naming the verb in -ieren whose form ``word`` is, as :func:`verb_forms` makes
    the forms: ``stationieren``, ``stationiert`` → *stationierung*, ``zu evakuieren`` → *evakuierung*.  None for
    any other word, a noun too (``Stationierung``, ``Kosten``), and for a form in -te, -ten, which is as often a
    participle before a noun (``qualifizierte Fachkräfte`` are skilled, not their „Qualifizierung“) as a past tense
    (see :data:`_UNINFLECTED`): the verb is read back from
    the word's ending (and a ``zu`` after a separable prefix: *aus|zu|sortieren*), and the noun kept only if German
    knows it (the lexicon) and its verb's forms hold the word — so what :func:`verb_forms` leaves out is left out here
    too.  Only a verb in -ieren of a syllable at least before it (not *zieren*): its noun names that action and
    nothing else.  A native verb's noun in -ung mostly names more — a thing of its own (*warten*: „Wartung“,
    *bilden*: „Bildung“, *wohnen*: „Wohnung“) or what the texts say in every other answer („Einstellung des Täters“
    for ``Verfahren eingestellt``, „mündliche Verhandlung“ for ``verhandelt``, „Entscheidung“): measured on the judged
    queries, those found no answer more and ranked others first."""
    typed = word.lower()
    if not typed.isalpha():
        return None
    form = key(typed)
    for ending in _UNINFLECTED:
        if not typed.endswith(ending):
            continue
        for stem in _without_zu(typed[: -len(ending)]):
            noun = stem + "ung"
            if _IEREN.search(stem) and weight(noun) and form in verb_forms(noun):
                return noun
    return None


def _without_zu(stem: str) -> Iterator[str]:
    """``stem`` and, for an infinitive with ``zu`` after a separable prefix, the stem without it (*aus|zu|sortier*)."""
    yield stem
    for cut in range(2, len(stem) - 2):
        if stem[:cut] in SEPARABLE and stem[cut:].startswith("zu"):
            yield stem[:cut] + stem[cut + 2 :]
