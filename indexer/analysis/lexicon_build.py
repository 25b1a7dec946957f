"""Generating the analyzer's word lists (build time only; the index never imports this).

Nine lists are shipped in ``indexer/data``; the splitter merges the first two when it loads them:

- ``lexicon-de.txt.gz``: words of federal laws and Bundestag speeches seen at least three times,
  each with its frequency as a power of two —
  ``python -m indexer.analysis.lexicon_build corpus OUT.gz TEXTE.jsonl.gz…``.
- ``umlautless-de.txt.gz``: the words the same texts write with umlauts mostly (``hore``: ``höre``), with
  the bucket of their spellings without (see :func:`umlautless_buckets`), from the same texts and the
  shipped lists — ``python -m indexer.analysis.lexicon_build umlautless OUT.gz TEXTE.jsonl.gz…``; the
  splitter weighs a part written without umlauts by it.
- ``capitalised-de.txt.gz``: the words the same texts write capitalised almost always, nouns (``Entwurf``,
  ``Hause``), see :func:`capitalised_words` —
  ``python -m indexer.analysis.lexicon_build capitalised OUT.gz TEXTE.jsonl.gz…``; the ingest stage sets such
  a word written in lower case after the piece before it (``Vor entwurf``, see
  :mod:`indexer.ingest.broken_words`).
- ``agent-nouns-de.txt.gz``: nouns whose final -er is no ending (``Lehrer``, ``Gefährder``), from
  the same Wiktionary nouns — ``python -m indexer.analysis.lexicon_build agents OUT.gz``; the
  analyzer keeps their -er (see :func:`indexer.analysis.word_forms.inflection_stem`).
- ``s-plurals-de.txt.gz``: nouns whose plural or genitive adds an -s that Snowball keeps (``Büros``,
  ``Kitas``, ``Handys``), from the same Wiktionary nouns — ``python -m indexer.analysis.lexicon_build
  splurals OUT.gz``; the analyzer takes that -s off (see :func:`indexer.analysis.word_forms.without_plural_s`).
- ``stem-forms-de.txt.gz``: forms Snowball stems apart from the rest of their noun, each with a form it
  stems like the rest, from the same Wiktionary nouns: foreign plurals with their singular (``Gymnasien``,
  ``Zentren``, ``Praxen``) and nouns Snowball stems apart from all their other forms with one of those
  (``Problem`` ``Probleme``, ``Krebs`` ``Krebse``), other forms stemmed apart with their noun (``Herrn``
  ``Herr``), checked against how the texts write them, and feminines in -in with their masculine (``Ärztinnen``
  ``Arzt``) —
  ``python -m indexer.analysis.lexicon_build stemforms OUT.gz TEXTE.jsonl.gz…``; the analyzer stems that form instead
  (see :func:`indexer.analysis.word_forms.stem_form`).
- ``umlaut-nouns-de.txt.gz``: nouns in -ung whose umlaut makes another word (``Förderung``, ``Forderung``),
  which the analyzer keeps their umlauts, from the same Wiktionary nouns and texts (see :func:`umlaut_nouns`) —
  ``python -m indexer.analysis.lexicon_build umlauts OUT.gz TEXTE.jsonl.gz…``.
- ``abbreviations-de.tsv.gz``: the official abbreviations of federal laws with their short titles
  (``StPO`` Strafprozeßordnung) and the definitions laws and speeches make often with one meaning
  (``PCB`` Polychlorierte Biphenyle, found by the archive's own learner) and, for abbreviations no text
  defines, the long forms documents write beside them (``KWK`` Kraft-Wärme-Kopplung), for
  abbreviations no document of the archive defines —
  ``python -m indexer.analysis.lexicon_build abbreviations OUT.tsv.gz GESETZE.jsonl.gz REDEN.jsonl.gz``.
- ``nouns-de.txt.gz``: German nouns and their inflected forms from Wiktionary (PyPI
  ``german-nouns``, CC BY-SA 4.0) with frequencies from ``wordfreq`` (data CC BY-SA 4.0), for
  the nouns the corpus list lacks or counts too rarely (``Spinne``, ``Gimpel``) —
  ``python -m indexer.analysis.lexicon_build nouns OUT.gz`` (needs ``pip install .[lexicon]``).
  Only nouns, not every word ``wordfreq`` knows: its fragments and foreign words (``sche``,
  ``aka``) would become compound parts.

Both lists are in the same units: a ``wordfreq`` frequency is scaled by the median offset between
the two lists over the words both know well.  Changing either list changes the index terms.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from importlib import resources
from itertools import islice
from pathlib import Path

import Stemmer

from indexer.analysis.abbreviations_build import abbreviation_list, write_pairs
from indexer.analysis.analyzer import STEM_FORMS, STOP_WORDS, GermanStemFilter
from indexer.analysis.word_forms import MIN_FORM_HEAD, SNOWBALL_S_ENDINGS, WHOLE_ONLY, fold, without_plural_s
from indexer.lexicon import LEXICON_FILE, key, read_buckets, weight, word_buckets

MIN_COUNT = 3  # rarer corpus words are mostly typos and fragments
MIN_UMLAUT_WRITTEN = 4  # both spellings of an umlaut noun pair written this often (see umlaut_nouns)
# A word written without umlauts weighs only what its umlaut-free share does where the corpus has seen
# the word so many times, at most that share of them without umlauts (measured: indexer/data/README.md).
UMLAUTLESS_EVIDENCE = 16
UMLAUTLESS_SHARE = 0.25
CALIBRATION_BUCKET = 6  # corpus words seen at least 2**6 times calibrate the frequency scale
# Corpus words seen at least 2**9 times keep their corpus frequency: the domain's own (Haushalt
# stays whole although general German uses "halt" far more often than parliaments do).
TRUSTED_BUCKET = 9
# Wiktionary word classes that are no common nouns: names and abbreviations split nothing.
NOT_NOUNS = ("Eigenname", "Toponym", "Abkürzung", "Nachname", "Vorname")
FIRST_FORM_COLUMN = 7  # nouns.csv: lemma, pos, five genus columns, then the inflected forms
MIN_NOUN = 3
MIN_PLURAL = 4  # Visa, Alben: shorter forms are too often something else
# A word seen this often, at most this share of the times and fewer times than this in lower case, is a noun and
# nothing else (``Entwurf`` 2,522 times, never in lower case); ``Teil`` (1.7 %: "nehmen teil"), ``Dank`` (2 %: "dank")
# are other words too, and so is ``Betrieb`` (0.25 %, but 24 times: the verb "betrieb").
CAPITALISED_EVIDENCE = 64
CAPITALISED_LOWER_SHARE = 0.01
CAPITALISED_LOWER_TIMES = 8
MIN_CASE_EVIDENCE = 4  # a word seen this often in the texts says how they write it
MAX_LOWER_CASE = 1 / 3  # a noun form written in lower case more often than this is also another kind of word
MIN_ENDING_EVIDENCE = 3  # longer words of the texts ending in a form that say what the ending is there
MIN_CLASH_BUCKET = 6  # words of the lists this common must not share a new stem with another noun
# Singulars whose plural Snowball misses: Latin and Greek (Zentr|um, Vir|us, Firm|a, Kont|o, Prax|is, Stadi|on,
# Them|a, Ind|ex) and the feminine -in (Kolleg|in: Kolleg|innen); not Staat, Saal, Schi, whose old or folded
# plurals (Stäte, Säle, Schier) are other words (state, sale, schier)
FOREIGN_SINGULAR_ENDINGS = ("um", "us", "a", "o", "is", "on", "ex", "ix", "in")
# Words this short that are commoner in English than in German keep their corpus frequency:
# German text is full of English words (ten, new, day) that would become parts (Bürgschaf|ten).
ENGLISH_UP_TO = 3


def count_words(texts: Iterable[str], min_count: int = MIN_COUNT) -> Counter:
    """Lower-case word counts (letters only, at least 3) of ``texts`` by lexicon key, dropping rare words."""
    return Counter({w: c for w, c in count_spellings(texts)[0].items() if c >= min_count})


def count_spellings(texts: Iterable[str]) -> tuple[Counter, Counter]:
    """Word counts of ``texts`` by lexicon key (letters only, at least 3): of all words, and of those
    written without umlauts (``hore`` counts ``Höre`` in the first only)."""
    counts, plain, _lower = _spelling_counts(texts)
    return counts, plain


def _spelling_counts(texts: Iterable[str]) -> tuple[Counter, Counter, Counter]:
    """Word counts by lexicon key: of all words, of those written without umlauts, of those in lower case."""
    counts: Counter = Counter()
    plain: Counter = Counter()
    lower: Counter = Counter()
    for spelling, count in _written(texts).items():
        folded = key(spelling)
        counts[folded] += count
        if not _UMLAUT.search(spelling):
            plain[folded] += count
        if spelling[0].islower():
            lower[folded] += count
    return counts, plain, lower


_UMLAUT = re.compile("[ÄÖÜäöü]")


def _written(texts: Iterable[str]) -> Counter:
    """How often each spelling of a word (letters only, at least 3) occurs in ``texts``."""
    written: Counter = Counter()
    word = re.compile(r"[A-Za-zÄÖÜäöüß]{3,}")
    for text in texts:
        written.update(word.findall(text))
    return written


def corpus_buckets(counts: Mapping[str, int]) -> dict[str, int]:
    return {word: int(math.log2(count)) for word, count in counts.items()}


def umlautless_buckets(
    counts: Mapping[str, int], plain: Mapping[str, int], merged: Mapping[str, int]
) -> dict[str, int]:
    """The words of ``merged`` (the shipped lists) that the corpus writes with umlauts mostly: seen at least
    :data:`UMLAUTLESS_EVIDENCE` times, at most :data:`UMLAUTLESS_SHARE` of them without umlauts; each with the
    bucket of those spellings, raised as far as the lists raise the word above its corpus bucket (-1: never
    without, no word).  ``hore`` is ``Höre`` (700 times, never ``Hore``), so the ``Hor`` of ``Hornisse`` is no
    word, while ``Mangel``, a third of ``mangel``, keeps its weight."""
    buckets = {}
    for word, count in counts.items():
        without = plain.get(word, 0)
        if count < UMLAUTLESS_EVIDENCE or word not in merged or without > count * UMLAUTLESS_SHARE:
            continue
        raised = merged[word] - int(math.log2(count))
        buckets[word] = int(math.log2(without)) + raised if without else -1
    return buckets


def noun_buckets(
    forms: Iterable[str], frequencies: Mapping[str, float], base: Mapping[str, int], english: Mapping[str, float]
) -> dict[str, int]:
    """Buckets of the noun ``forms`` (already keyed) that ``base`` lacks or counts lower
    (below :data:`TRUSTED_BUCKET`).

    A form ``frequencies`` lacks (or holds only as an English word) is left out: 160,000 such
    forms, mostly rare compounds, cost 40 MB per process and 0.1 points of heads right."""
    offsets = [
        bucket - math.log2(frequency)
        for word, bucket in base.items()
        if bucket >= CALIBRATION_BUCKET and (frequency := frequencies.get(word))
    ]
    offset = statistics.median(offsets) if offsets else 0.0
    buckets = {}
    for form in forms:
        frequency = frequencies.get(form)
        if not frequency or (len(form) <= ENGLISH_UP_TO and english.get(form, 0.0) > frequency):
            continue
        bucket = max(0, int(math.log2(frequency) + offset))
        if form not in base or base[form] < min(bucket, TRUSTED_BUCKET):
            buckets[form] = bucket
    return buckets


def write_buckets(buckets: Mapping[str, int], path: Path) -> None:
    lines = "".join(f"{word} {bucket}\n" for word, bucket in sorted(buckets.items()))
    Path(path).write_bytes(gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0))


def wiktionary_noun_forms(rows: Iterable[list[str]]) -> set[str]:
    """Keyed lemmas and inflected forms (letters only, ≥ :data:`MIN_NOUN`) of the common nouns in ``nouns.csv`` rows."""
    forms: set[str] = set()
    for row in rows:
        if "Substantiv" not in row[1] or any(kind in row[1] for kind in NOT_NOUNS):
            continue
        for cell in [row[0], *row[FIRST_FORM_COLUMN:]]:
            forms.update(key(word) for word in cell.split() if word.isalpha() and len(word) >= MIN_NOUN)
    return forms


def agent_nouns(header: list[str], rows: Iterable[list[str]]) -> list[str]:
    """Folded common nouns in -er whose -er Snowball strips as an ending, that no other noun has as
    its plural (``Kinder``, ``Mütter``), that are not made of a place name (``Berliner``) and whose
    forms all begin with the noun itself (``Lehrer``, ``Lehrers``, ``Lehrern`` — not the declined
    adjective ``Beamter``, ``Beamten``)."""
    plural_columns = [index for index, name in enumerate(header) if "plural" in name]
    stemmer = Stemmer.Stemmer("german")
    nouns: set[str] = set()
    plurals: set[str] = set()
    declined: set[str] = set()
    places: set[str] = set()
    for row in rows:
        if "Toponym" in row[1]:
            places.add(fold(row[0]))
        if "Substantiv" not in row[1] or any(kind in row[1] for kind in NOT_NOUNS):
            continue
        lemma = row[0]
        plurals.update(fold(row[i]) for i in plural_columns if i < len(row) and row[i] and row[i] != lemma)
        word = fold(lemma)
        if not (lemma[:1].isupper() and word.isalpha() and word.endswith("er")):
            continue
        forms = [fold(cell) for cell in row[FIRST_FORM_COLUMN:] if cell]
        if forms and all(form.startswith(word) for form in forms):
            nouns.add(word)
        else:
            declined.add(word)
    return sorted(
        word
        for word in nouns - plurals - declined - STOP_WORDS
        # Berliner, Hamburger: a place's -er stays an ending, so "Berlin" finds "Berliner Polizei" — unless
        # the texts use a verb of that stem (bauen, baut: a Bauer, though a place is called Bau)
        if stemmer.stemWord(word) + "er" == word and (word[:-2] not in places or _verbs_agent(word))
    )


VERB_INFINITIVE, VERB_THIRD_PERSON = 10.0, 7.0  # lexicon weights (log2 count + 1) that show a verb in use


def _verbs_agent(word: str) -> bool:
    """Is the -er noun ``word`` one who does what a verb the texts use says (``planer``: planen, plant)?"""
    base = word[:-2]
    third = max(weight(base + "t"), weight(base + "et"))
    return weight(base + "en") >= VERB_INFINITIVE and third >= VERB_THIRD_PERSON


def s_plural_nouns(rows: Iterable[list[str]]) -> list[str]:
    """Folded nouns (abbreviations like ``Lkw`` included, no names) whose plural or genitive is the noun
    and an -s that Snowball keeps, because no letter it strips an -s after precedes it (``Büro``,
    ``Kita``, ``Handy``, ``Tipp``); not where that form is a noun of its own (``Ei``: ``Eis``) and not
    for a final -e, whose -es Snowball strips anyway."""
    nouns = [row for row in rows if "Substantiv" in row[1]]
    lemmas = {fold(row[0].lower()) for row in nouns}
    found: set[str] = set()
    for row in nouns:
        lemma = row[0]
        if any(kind in row[1] for kind in NOT_NOUNS if kind != "Abkürzung") or not lemma[:1].isupper():
            continue
        word = fold(lemma.lower())
        if not lemma.isalpha() or len(word) < MIN_NOUN or word[-1] in SNOWBALL_S_ENDINGS + "esxz":
            continue
        if lemma + "s" in row[FIRST_FORM_COLUMN:] and word + "s" not in lemmas:
            found.add(word)
    return sorted(found)


def foreign_plurals(header: list[str], rows: Iterable[list[str]], stem: Callable[[str], str]) -> list[tuple[str, str]]:
    """(plural, singular), both folded, of the nouns whose plural ``stem`` (the analysis before these pairs)
    does not stem like any of their singular forms: Latin and Greek plurals and their kin (``Gymnasien``
    Gymnasium, ``Zentren`` Zentrum, ``Praxen`` Praxis, ``Risiken`` Risiko, ``Themen`` Thema, ``Kolleginnen``
    Kollegin, ``Prinzipien`` Prinzip), of singulars with such an ending (:data:`FOREIGN_SINGULAR_ENDINGS`) or
    plurals in -ien.  Left out: a plural that is a noun of its own (``Daten``, not ``Datum``'s) or a form of
    another noun (``Studien`` of ``Studie``, ``Kurse`` of ``Kurs``); of several such singulars the commonest wins
    (``Gymnasien``: Gymnasium, not Gymnasion)."""
    plural = [i for i, name in enumerate(header) if "plural" in name]
    singular = [i for i, name in enumerate(header) if "singular" in name]
    nouns = [row for row in rows if "Substantiv" in row[1]]
    lemmas = {fold(row[0].lower()) for row in nouns}
    owners = _owners(nouns)
    found: dict[str, set[str]] = {}
    for row in nouns:
        lemma = row[0]
        if any(kind in row[1] for kind in NOT_NOUNS) or not lemma[:1].isupper() or not lemma.isalpha():
            continue
        own = {stem(lemma.lower())} | {stem(row[i].lower()) for i in singular if i < len(row) and row[i].isalpha()}
        for i in plural:
            form = row[i].lower() if i < len(row) else ""
            latin = lemma.endswith(FOREIGN_SINGULAR_ENDINGS) or form == lemma.lower() + "ien"  # Prinzip|ien
            if latin and len(form) >= MIN_PLURAL and form.isalpha() and stem(form) not in own:
                found.setdefault(fold(form), set()).add(lemma)
    pairs = []
    for form, singulars in found.items():
        if form in lemmas or owners[form] - singulars:
            continue
        commonest = max(sorted(singulars), key=lambda lemma: weight(key(lemma)))
        pairs.append((form, fold(commonest.lower())))
    return sorted(pairs)


def _owners(nouns: Iterable[list[str]]) -> dict[str, set[str]]:
    """Each folded form of the Wiktionary ``nouns`` (their lemmas too) → the lemmas that have it."""
    owners: dict[str, set[str]] = {}
    for row in nouns:
        for cell in [row[0], *row[FIRST_FORM_COLUMN:]]:
            if cell:
                owners.setdefault(fold(cell.lower()), set()).add(row[0])
    return owners


def _own_nouns(rows: Iterable[list[str]]) -> Iterator[tuple[list[str], str, set[str], dict[str, set[str]]]]:
    """(row, folded lemma, its other folded forms, every form's owners) of the common nouns whose lemma is no stop
    word and no form of another noun (``Mais`` is also ``Mai``'s genitive)."""
    nouns = [row for row in rows if "Substantiv" in row[1]]
    owners = _owners(nouns)
    for row in nouns:
        lemma = row[0]
        if any(kind in row[1] for kind in NOT_NOUNS) or not lemma[:1].isupper() or not lemma.isalpha():
            continue
        word = fold(lemma.lower())
        if word in STOP_WORDS or owners[word] != {lemma}:
            continue
        others = {fold(cell.lower()) for cell in row[FIRST_FORM_COLUMN:] if cell and cell.isalpha()} - {word}
        yield row, word, others, owners


def lemmas_stemmed_apart(rows: Iterable[list[str]], stem: Callable[[str], str]) -> list[tuple[str, str]]:
    """(noun, another of its forms), folded, of the nouns ``stem`` (Snowball) stems apart from all their other
    forms, which it stems alike: ``Problem`` stems ``probl``, ``Probleme``, ``Problemen``, ``Problems`` ``problem``;
    so do ``System``, ``Konzern``, ``Krebs``, ``Zins`` and ``Kurs`` (not ``Kur``).  Stemming the other form instead
    joins the noun to its forms.  Left out: nouns of fewer than two other forms (``Feier``, ``Feiern``), stop words
    (``Aber``, ``Wie``) and a noun that is also a form or the lemma of another noun."""
    pairs = []
    for _row, word, others, _owners_of in _own_nouns(rows):
        if len(word) < MIN_PLURAL:
            continue
        stems = {stem(form) for form in others}
        if len(others) >= 2 and len(stems) == 1 and stem(word) not in stems:
            pairs.append((word, min(others, key=lambda form: (len(form), form))))
    return sorted(pairs)


def umlaut_nouns(rows: Iterable[list[str]], written: Mapping[str, int]) -> list[str]:
    """Nouns in -ung whose umlaut makes another word: the umlaut-less spelling is a noun in -ung of its own
    (``Förderung`` and ``Forderung``, ``Zählung`` and ``Zahlung``, ``Währung`` and ``Wahrung``), and the texts
    write both, each at least :data:`MIN_UMLAUT_WRITTEN` times (singular and plural, in lower case here):
    an -ung noun never takes its umlaut as an inflection, so folding it joins two words.  Spelling variants
    the texts do not use both of stay folded (``Abnützung``), as do compounds of a plural (``Mängelbeseitigung``)."""
    lemmas = {row[0].lower() for row in rows if row and row[0][:1].isupper() and row[0].isalpha()}
    plain = {lemma for lemma in lemmas if not _UMLAUT.search(lemma)}

    def seen(word: str) -> int:
        return written.get(word, 0) + written.get(word + "en", 0)

    return sorted(
        lemma
        for lemma in lemmas
        if lemma.endswith("ung")
        and _UMLAUT.search(lemma)
        and fold(lemma) in plain
        and min(seen(lemma), seen(fold(lemma))) >= MIN_UMLAUT_WRITTEN
    )


def lower_case_written(texts: Iterable[str]) -> Counter:
    """How often each word of ``texts`` is written, in lower case (umlauts kept)."""
    counts: Counter = Counter()
    for spelling, count in _written(texts).items():
        counts[spelling.lower()] += count
    return counts


def spelling_shares(texts: Iterable[str]) -> dict[str, tuple[float, float]]:
    """Each word of ``texts`` (by lexicon key, letters only, at least 3) seen at least :data:`MIN_CASE_EVIDENCE`
    times, with the shares of its occurrences written in lower case (``schier`` is an adverb, no ``Schi``) and
    without umlauts (``state`` is English there, no ``Stäte``)."""
    counts, plain, lower = _spelling_counts(texts)
    return {
        word: (lower[word] / count, plain[word] / count) for word, count in counts.items() if count >= MIN_CASE_EVIDENCE
    }


def capitalised_words(texts: Iterable[str]) -> list[str]:
    """The words of ``texts`` (in lower case, umlauts kept: ``ertrage`` is a verb, ``Erträge`` the noun) seen at
    least :data:`CAPITALISED_EVIDENCE` times, in lower case at most :data:`CAPITALISED_LOWER_SHARE` of them and
    fewer than :data:`CAPITALISED_LOWER_TIMES` times: nouns, which no German text writes in lower case mid-sentence
    (``entwurf``, ``hause``; not ``teil``, ``recht``, ``allem``, ``betrieb``)."""
    counts: Counter = Counter()
    lower: Counter = Counter()
    for spelling, count in _written(texts).items():
        counts[spelling.lower()] += count
        if spelling[0].islower():
            lower[spelling.lower()] += count
    return sorted(
        word
        for word, count in counts.items()
        if count >= CAPITALISED_EVIDENCE
        and lower[word] <= count * CAPITALISED_LOWER_SHARE
        and lower[word] < CAPITALISED_LOWER_TIMES
    )


def whole_words_only(forms: Iterable[str], shares: Mapping[str, tuple[float, float]]) -> set[str]:
    """The ``forms`` that end at least :data:`MIN_ENDING_EVIDENCE` longer words of the texts (``shares``), most of
    them written in lower case: such a form is stemmed as its noun as a word of its own (``Ehen``), never as a
    compound's head, which the splitter may read in verbs and adjectives (``einzu|gehen``, ``kommun|ales``)."""
    wanted = set(forms)
    lengths = {len(form) for form in wanted}
    counts: Counter = Counter()
    lower: Counter = Counter()
    for word, (lower_share, _plain) in shares.items():
        for length in lengths:
            if len(word) >= length + 3 and word[-length:] in wanted:
                counts[word[-length:]] += 1
                lower[word[-length:]] += lower_share > MAX_LOWER_CASE
    return {form for form, count in counts.items() if count >= MIN_ENDING_EVIDENCE and lower[form] * 2 > count}


def forms_stemmed_apart(
    rows: Iterable[list[str]], stem: Callable[[str], str], shares: Mapping[str, tuple[float, float]]
) -> list[tuple[str, str]]:
    """(form, noun), folded, of the forms ``stem`` (Snowball) stems apart from their noun, which it stems like at
    least one other of its forms or which has no other: ``Herrn`` (``herrn``; ``Herr``, ``Herren`` ``herr``),
    ``Nachbarn``, ``Umbauten``, ``Semesters``, ``Wanderers``, ``Ehen``.  Stemming the noun instead joins the form to
    the rest.  Left out: forms of fewer than four letters, stop words, a form that is also a form or the lemma of
    another noun, and what the texts (``shares``: lower case, without umlauts) show to be another word: a form they
    write in lower case more than :data:`MAX_LOWER_CASE` of the time (``schier``, ``feiern``), or, where the form has
    an umlaut, without it more than :data:`UMLAUTLESS_SHARE` of the time (``Stäte`` folds to English ``state``)."""
    pairs = []
    for row, word, others, owners in _own_nouns(rows):
        umlauts = {fold(cell.lower()) for cell in row[FIRST_FORM_COLUMN:] if _UMLAUT.search(cell)}
        keys = {fold(cell.lower()): key(cell) for cell in row[FIRST_FORM_COLUMN:] if cell and cell.isalpha()}
        own = stem(word)
        if len(others) > 1 and not any(stem(form) == own for form in others):
            continue  # the noun stands apart itself: lemmas_stemmed_apart
        for form in sorted(others):
            lower, plain = shares.get(keys.get(form, form), (0.0, 0.0))
            if (
                stem(form) == own
                or len(form) < MIN_PLURAL
                or form in STOP_WORDS
                or owners[form] != {row[0]}
                or lower > MAX_LOWER_CASE
                or (form in umlauts and plain > UMLAUTLESS_SHARE)
            ):
                continue
            pairs.append((form, word))
    return sorted(pairs)


_UMLAUT_E = re.compile("[äöü]e")


def feminine_forms(
    header: list[str], rows: Iterable[list[str]], shares: Mapping[str, tuple[float, float]]
) -> list[tuple[str, str]]:
    """(form, masculine), folded, of the feminine nouns whose plural adds -nen (``Ärztin``, ``Ärztinnen``; not
    ``Disziplin``, ``Termin``, ``Medizin``) and whose masculine noun is the word without its -in, its umlaut undone
    (``Arzt``), with an -e (``Kollege``, ``Jude``, ``Franzose``) or, after -er, another -er (``Wanderer``): both forms
    of the feminine, each with the masculine's nominative singular (``Beamte`` of ``Beamter``); of two masculines the
    one in -e (``Pole``, not ``Pol``).  Left out as :func:`forms_stemmed_apart` leaves them out: a form that is also
    a form of another noun (``Heroin``, the drug), and one the texts (``shares``) show to be another word
    (``affin``)."""
    genus = [i for i, name in enumerate(header) if name.startswith("genus")]
    nominative = [i for i, name in enumerate(header) if name.startswith("nominativ singular")]
    nouns = [row for row in rows if "Substantiv" in row[1]]
    common = [row for row in nouns if not any(kind in row[1] for kind in NOT_NOUNS) and row[0][:1].isupper()]
    masculine: dict[str, set[str]] = {}  # folded → the spellings that fold so
    for row in common:
        if "m" in (row[i] for i in genus):
            for cell in [row[0], *(row[i] for i in nominative if i < len(row))]:
                if cell.isalpha():
                    masculine.setdefault(fold(cell.lower()), set()).add(cell.lower())
    feminine = [
        row
        for row in common
        if row[0].endswith("in")
        and row[0].isalpha()
        and "f" in (row[i] for i in genus)
        and row[0] + "nen" in row[FIRST_FORM_COLUMN:]
    ]
    female = {id(row) for row in feminine}
    taken = {  # the forms of every other noun
        fold(cell.lower()) for row in nouns if id(row) not in female for cell in [row[0], *row[FIRST_FORM_COLUMN:]]
    }
    pairs: set[tuple[str, str]] = set()
    for row in feminine:
        base = fold(row[0][:-2].lower())
        candidates = (base + "e", base, base + "er" if base.endswith("er") else "")
        found = next((word for word in candidates if word in masculine), None)
        if found is None or any(_UMLAUT_E.search(spelling) for spelling in masculine[found]):
            continue  # folded, "Europäer" would be "europaer", which Snowball stems apart from it
        for form in (row[0], row[0] + "nen"):
            lower, plain = shares.get(key(form), (0.0, 0.0))
            written_so = lower <= MAX_LOWER_CASE and not (_UMLAUT.search(form) and plain > UMLAUTLESS_SHARE)
            if fold(form.lower()) not in taken and written_so:
                pairs.add((fold(form.lower()), found))
    return sorted(pairs)


def stem_form_pairs(
    plurals: list[tuple[str, str]],
    apart: list[tuple[str, str]],
    rows: Iterable[list[str]],
    stem: Callable[[str], str],
    other_forms: Iterable[tuple[str, str]] = (),
    feminines: Iterable[tuple[str, str]] = (),
) -> list[tuple[str, str]]:
    """The shipped pairs: the foreign plurals, then the nouns stemmed apart, then their ``other_forms`` stemmed apart,
    none whose form to stem is itself replaced (``fokus`` → ``fokusse`` beside ``fokusse`` → ``fokus`` would only swap
    the two stems), none whose new stem a word of the lists has that is no form of the same noun (``Gros`` would stem
    as ``groß``, ``Kollegien`` as ``Kollegen``), and no other form whose noun ends in a replaced form (``Knochenkrebs``
    stems as its head ``Krebse`` already: ``Knochenkrebses`` → ``Knochenkrebs`` would part them again).  Then the
    ``feminines`` Snowball stems apart from their masculine, unless the masculine is replaced itself (``Fuchs``): they
    take the masculine's stem whatever else Snowball stems so (``Berlinerin`` as ``Berlin``), replace the pair of
    their form (``Kolleginnen`` stems as ``Kollege``, no longer as ``Kollegin``) and drop a pair whose replacement
    ends in one of them (``Hotelchefinnen`` → ``Hotelchefin``: its head ``chefinnen`` stems as ``Chef``)."""
    forms: dict[str, set[str]] = {}  # a noun's folded forms, by each of them
    for row in rows:
        if "Substantiv" in row[1]:
            paradigm = {fold(cell.lower()) for cell in [row[0], *row[FIRST_FORM_COLUMN:]] if cell and cell.isalpha()}
            for form in paradigm:
                forms.setdefault(form, set()).update(paradigm)
    words_by_stem: dict[str, set[str]] = {}
    for word, bucket in word_buckets().items():
        if bucket >= MIN_CLASH_BUCKET and word.isalpha():
            words_by_stem.setdefault(stem(word), set()).add(word)
    pairs = dict(plurals)
    singulars = set(pairs.values())
    for form, instead in apart:
        if form not in singulars:
            pairs.setdefault(form, instead)
    first = set(pairs)
    for form, instead in other_forms:
        if form not in singulars and not any(instead[i:] in first for i in range(1, len(instead) - MIN_FORM_HEAD + 1)):
            pairs.setdefault(form, instead)
    feminine = {
        form: instead
        for form, instead in feminines
        if stem(form) != stem(instead)
        and not any(instead[i:] in first or instead[i:] in pairs for i in range(len(instead) - MIN_FORM_HEAD + 1))
    }
    pairs.update(feminine)
    for form, instead in list(pairs.items()):
        if form not in feminine and any(instead[i:] in feminine for i in range(1, len(instead) - MIN_FORM_HEAD + 1)):
            del pairs[form]
    kept = []
    for form, instead in sorted(pairs.items()):
        if instead in pairs or without_plural_s(form) != form or without_plural_s(instead) != instead:
            continue  # Grönlandeis would lose its -s first (Ei|s)
        own = forms.get(form, set()) | forms.get(instead, set()) | {form, instead}
        if form not in feminine and words_by_stem.get(stem(instead), set()) - own:
            continue
        kept.append((form, instead))
    return kept


def _records_of_jsonl(path: str) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def write_words(words: Iterable[str], path: Path) -> None:
    lines = "".join(f"{word}\n" for word in words)
    Path(path).write_bytes(gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0))


def wordfreq_frequencies(language: str) -> dict[str, float]:
    """Word frequencies from ``wordfreq`` by lexicon key (spellings that fold together add up)."""
    import wordfreq

    frequencies: dict[str, float] = {}
    for word, frequency in wordfreq.get_frequency_dict(language, wordlist="large").items():
        if len(word) >= 3 and word.isalpha():
            folded = key(word)
            frequencies[folded] = frequencies.get(folded, 0.0) + frequency
    return frequencies


def _wiktionary_rows() -> Iterator[list[str]]:
    """The rows of ``nouns.csv``, its header first."""
    with resources.files("german_nouns").joinpath("nouns.csv").open(encoding="utf-8") as lines:
        yield from csv.reader(lines)


def _texts_of_jsonl(paths: Iterable[str]) -> Iterator[str]:
    for path in paths:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield record.get("text") or " ".join(record.get("paragraphs") or [])


def main(argv: list[str]) -> None:
    if len(argv) >= 2 and argv[0] == "corpus":
        write_buckets(corpus_buckets(count_words(_texts_of_jsonl(argv[2:]))), Path(argv[1]))
    elif len(argv) >= 2 and argv[0] == "umlautless":
        write_buckets(umlautless_buckets(*count_spellings(_texts_of_jsonl(argv[2:])), word_buckets()), Path(argv[1]))
    elif len(argv) >= 2 and argv[0] == "capitalised":
        write_words(capitalised_words(_texts_of_jsonl(argv[2:])), Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "nouns":
        base = read_buckets(resources.files("indexer").joinpath("data", LEXICON_FILE).read_bytes())
        forms = wiktionary_noun_forms(islice(_wiktionary_rows(), 1, None))
        write_buckets(noun_buckets(forms, wordfreq_frequencies("de"), base, wordfreq_frequencies("en")), Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "agents":
        rows = _wiktionary_rows()
        write_words(agent_nouns(next(rows), rows), Path(argv[1]))
    elif len(argv) == 2 and argv[0] == "splurals":
        write_words(s_plural_nouns(islice(_wiktionary_rows(), 1, None)), Path(argv[1]))
    elif len(argv) >= 3 and argv[0] == "stemforms":
        header, *table = _wiktionary_rows()
        stem = GermanStemFilter(analysis=STEM_FORMS - 1).stem
        shares = spelling_shares(_texts_of_jsonl(argv[2:]))
        others = forms_stemmed_apart(table, stem, shares)
        feminines = feminine_forms(header, table, shares)
        pairs = stem_form_pairs(
            foreign_plurals(header, table, stem), lemmas_stemmed_apart(table, stem), table, stem, others, feminines
        )
        whole = whole_words_only((form for form, _instead in others + feminines), shares)
        write_words(
            (f"{form} {instead}{WHOLE_ONLY if form in whole else ''}" for form, instead in pairs), Path(argv[1])
        )
    elif len(argv) >= 3 and argv[0] == "umlauts":
        written = lower_case_written(_texts_of_jsonl(argv[2:]))
        write_words(umlaut_nouns(islice(_wiktionary_rows(), 1, None), written), Path(argv[1]))
    elif len(argv) == 4 and argv[0] == "abbreviations":
        write_pairs(abbreviation_list(_records_of_jsonl(argv[2]), _records_of_jsonl(argv[3])), Path(argv[1]))
    else:
        sys.exit(
            "Aufruf: python -m indexer.analysis.lexicon_build corpus AUSGABE.txt.gz TEXTE.jsonl.gz …\n"
            "    oder python -m indexer.analysis.lexicon_build umlautless AUSGABE.txt.gz TEXTE.jsonl.gz …\n"
            "    oder python -m indexer.analysis.lexicon_build capitalised AUSGABE.txt.gz TEXTE.jsonl.gz …\n"
            "    oder python -m indexer.analysis.lexicon_build nouns AUSGABE.txt.gz\n"
            "    oder python -m indexer.analysis.lexicon_build agents AUSGABE.txt.gz\n"
            "    oder python -m indexer.analysis.lexicon_build splurals AUSGABE.txt.gz\n"
            "    oder python -m indexer.analysis.lexicon_build stemforms AUSGABE.txt.gz TEXTE.jsonl.gz …\n"
            "    oder python -m indexer.analysis.lexicon_build umlauts AUSGABE.txt.gz TEXTE.jsonl.gz …\n"
            "    oder python -m indexer.analysis.lexicon_build abbreviations AUSGABE.tsv.gz GESETZE.jsonl.gz "
            "REDEN.jsonl.gz"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
