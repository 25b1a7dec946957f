"""Generating the shipped abbreviation list ``abbreviations-de.tsv.gz`` (build time only; the index never imports this).

The official abbreviations of federal laws with their short titles, the definitions laws and speeches make often
with one meaning, and for short forms still without one the long forms documents write beside them — see
:mod:`indexer.analysis.lexicon_build` for the command that writes it.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

from indexer.analysis.abbreviations import (
    MAX_LONG_WORDS,
    SHORT,
    content_words,
    definitions,
    is_short_form,
    is_written_short_form,
    long_key,
    singular,
    spells,
)
from indexer.analysis.guessing import is_adjective, spelled_by, word_parts
from indexer.analysis.query_text import compound_parts

MIN_ABBREVIATION = 3  # two letters (AO, GG) are too often something else in an answer
MAX_LAW_TITLE_WORDS = 4  # a short title, not "Gesetz über die Ausprägung einer 1-DM-Goldmünze und …"
# A definition the texts make is shipped when this many documents make it (measured: see indexer/data/README.md) …
MIN_DEFINITIONS = 2
# … and at least this many times as many as make the short form's next long form (``EU``: the
# "Ergänzung der Verordnung (EU)" misreadings outnumber no meaning twice, so ``EU`` is left out).
DOMINANCE = 2
# Three capitals alone are dense: a pair of them needs more documents (``BMG``, twice the Bundesmeldegesetz in
# the laws, is the Bundesministerium für Gesundheit in the answers; ``SGB``, ``PCB``, ``BGB`` are kept).
MIN_DEFINITIONS_THREE_CAPITALS = 5
# A short form and a phrase spelling it in the same document, without brackets between them: shipped when this many
# documents write both, this share of the documents that use the short form (measured: see indexer/data/README.md).
MIN_COOCCURRING = 5
MIN_COOCCURRING_SHARE = 0.3


def law_abbreviations(laws: Iterable[Mapping[str, str]]) -> list[tuple[str, str]]:
    """(abbreviation, title) of the federal laws whose official abbreviation spells their short
    title (``StPO`` Strafprozeßordnung, ``AsylG`` Asylgesetz): answers cite the one, researchers
    type the other.  Long titles (``Gesetz über …``), abbreviations given to two laws and three capitals
    (``BMG``: Bundesmeldegesetz, but mostly Bundesministerium für Gesundheit) are left out."""
    titles: dict[str, set[str]] = {}
    for law in laws:
        short, title = (law.get("jurabk") or "").strip(), " ".join((law.get("title") or "").split())
        if len(short) < MIN_ABBREVIATION or " " in short or not is_short_form(short):
            continue
        if short.isupper() and len(short) <= MIN_ABBREVIATION:
            continue  # BMG, AEG: a law's, but more often a ministry's or a company's
        if len(title.split()) <= MAX_LAW_TITLE_WORDS and spells(short, title):
            titles.setdefault(short, set()).add(title)
    return sorted((short, title) for short, found in titles.items() if len(found) == 1 for title in found)


class Definitions:
    """The abbreviation definitions of a corpus (see :func:`indexer.analysis.abbreviations.definitions`),
    counted once per document, and how often each word is written (to tell an abbreviation from a word)."""

    _WORD = re.compile(r"\b[A-Za-zÄÖÜäöüß]{2,12}\b")

    def __init__(self) -> None:
        self.documents: Counter[tuple[str, str]] = Counter()  # (short, long key) → documents defining it
        self.written: dict[tuple[str, str], Counter[str]] = {}  # (short, long key) → long forms as defined
        self.words: Counter[str] = Counter()

    def add(self, texts: Iterable[str]) -> None:
        """One document's texts."""
        found: dict[tuple[str, str], str] = {}
        for text in texts:
            self.words.update(self._WORD.findall(text))
            for short, written, content in definitions(text):
                if (long := long_key(content)) and _fits(short, written):
                    found.setdefault((short, long), content)
        for pair, content in found.items():
            self.documents[pair] += 1
            self.written.setdefault(pair, Counter())[content] += 1

    def plain_word(self, short: str) -> bool:
        """``DEN``, ``ABS``, ``LAG``: written as a word (``den``, ``Abs``, ``lag``) at least as often as itself."""
        other = {short.lower(), short.capitalize()} - {short}
        as_word = sum(self.words[spelling] for spelling in other)
        return short.isalpha() and as_word > 0 and as_word >= self.words[short]

    def dominant(self, min_count: int = MIN_DEFINITIONS, dominance: float = DOMINANCE) -> list[tuple[str, str]]:
        """(short, long form) defined in at least ``min_count`` documents (three capitals alone: at least
        :data:`MIN_DEFINITIONS_THREE_CAPITALS`), ``dominance`` times as often as the short form's next long form,
        the short form no plain word; the long form as most documents write it."""
        meanings: dict[str, list[tuple[int, str]]] = {}
        for (short, long), count in self.documents.items():
            meanings.setdefault(short, []).append((count, long))
        pairs = []
        for short, counted in meanings.items():
            (count, long), *others = sorted(counted, reverse=True)
            next_count = max((n for n, _ in others), default=0)
            dense = short.isupper() and len(short) <= MIN_ABBREVIATION
            if (
                count >= (max(min_count, MIN_DEFINITIONS_THREE_CAPITALS) if dense else min_count)
                and count >= dominance * next_count
                and not self.plain_word(short)
            ):
                pairs.append((short, self.written[(short, long)].most_common(1)[0][0]))
        return sorted(pairs)


def _fits(short: str, written: str) -> bool:
    """A definition to ship: three letters at least (two spell too much by chance), not contained in its
    own long form (``LNG-Systems … (LNG)``), and its last letter begins the long form's last word or
    one of its parts, the head it names (not ``Gesetz über Ordnungswidrigkeiten`` read as
    ``Ordnungswidrigkeiten (OWiG)``); a word the splitter cannot part (``Sozialgesetzbuch``) is taken on trust."""
    words = re.findall(r"\w+", written)
    if sum(c.isalpha() for c in short) < MIN_ABBREVIATION or not words:
        return False
    if any(short.lower() == word.lower() for word in words):
        return False
    last, letter = words[-1], short[-1].lower()
    parts = compound_parts(last)
    return len(parts) < 2 or last[0].lower() == letter or any(part.startswith(letter) for part in parts)


class CoOccurrences:
    """Short forms and the phrases that spell them in the same document (``KWK`` and
    ``Kraft-Wärme-Kopplung``), counted once per document: the long forms of abbreviations texts use without
    defining them in brackets."""

    _SHORT_WORD = re.compile(rf"(?<![\w-])({SHORT})(?!\w)")
    _BOUNDARY = re.compile(r"[.;:!?()\[\]„“\"]")
    _WORD = re.compile(r"[\w-]+")

    def __init__(self, documents: Iterable[list[str]]) -> None:
        self.documents = [(texts, self._short_forms(texts)) for texts in documents]
        self.using: Counter[str] = Counter(short for _texts, shorts in self.documents for short in shorts)

    @classmethod
    def _short_forms(cls, texts: list[str]) -> frozenset[str]:
        found = {m.group(1) for text in texts for m in cls._SHORT_WORD.finditer(text)}
        # the first of two joined only when the second is none: ``KRITIS-Dachgesetz``, but ``VS-NfD``
        shorts = (next((s for s in (word, word.split("-")[0]) if _written_short_form(s)), None) for word in found)
        return frozenset(singular(short) for short in shorts if short)

    def dominant(
        self, skipped: Callable[[str], bool], min_count: int = MIN_COOCCURRING, share: float = MIN_COOCCURRING_SHARE
    ) -> list[tuple[str, str]]:
        """(short, long form) written together in at least ``min_count`` documents and ``share`` of those
        that use the short form, ``DOMINANCE`` times as often as the short form's next long form, the short
        form not ``skipped``; the long form as most documents write it."""
        wanted = {s for s, n in self.using.items() if n >= min_count and not skipped(s)}
        documents: Counter[tuple[str, str]] = Counter()
        written: dict[tuple[str, str], Counter[str]] = {}
        for texts, shorts in self.documents:
            for pair, content in self._spelled(texts, shorts & wanted).items():
                documents[pair] += 1
                written.setdefault(pair, Counter())[content] += 1
        meanings: dict[str, list[tuple[int, str]]] = {}
        for (short, long), count in documents.items():
            meanings.setdefault(short, []).append((count, long))
        pairs = []
        for short, counted in meanings.items():
            (count, long), *others = sorted(counted, reverse=True)
            next_count = max((n for n, _ in others), default=0)
            if count >= min_count and count >= share * self.using[short] and count >= DOMINANCE * next_count:
                pairs.append((short, written[(short, long)].most_common(1)[0][0]))
        return sorted(pairs)

    @classmethod
    def _spelled(cls, texts: list[str], shorts: Iterable[str]) -> dict[tuple[str, str], str]:
        """(short, long key) → content words, for each phrase of adjacent words in ``texts`` that spells a short
        form of ``shorts`` and :func:`_fits` it, beginning with its first letter and ending in a word with its last."""
        by_initial: dict[str, list[str]] = {}
        for short in shorts:
            by_initial.setdefault(short[0].lower(), []).append(short)
        found: dict[tuple[str, str], str] = {}
        for text in texts:
            for clause in cls._BOUNDARY.split(text):
                words = cls._WORD.findall(clause)
                lower = [word.lower() for word in words]
                for i, word in enumerate(lower):
                    for short in by_initial.get(word[0], ()):
                        letters = min(sum(c.isalpha() for c in short), MAX_LONG_WORDS, len(words) - i)
                        for end in range(i + 1, i + letters + 1):
                            if short[-1].lower() not in lower[end - 1]:
                                continue
                            reading = _spelling(short, " ".join(words[i:end]))
                            if reading:
                                found.setdefault((short, reading[0]), reading[1])
        return found


@functools.lru_cache(maxsize=1 << 20)
def _written_short_form(short: str) -> bool:
    return is_written_short_form(short) and sum(c.isalpha() for c in short) >= MIN_ABBREVIATION


@functools.lru_cache(maxsize=1 << 21)
def _spelling(short: str, phrase: str) -> tuple[str, str] | None:
    """(long key, content words) when ``phrase`` spells ``short`` (Schwartz–Hearst), fits it (:func:`_fits`) and
    reads as its name (:func:`_names`)."""
    if not spells(short, phrase) or not (content := content_words(short, phrase)) or not _fits(short, phrase):
        return None
    if not _names(short, phrase, content.split()):
        return None
    long = long_key(content)
    return (long, content) if long else None


def _names(short: str, phrase: str, content: list[str]) -> bool:
    """Without brackets to say so, a phrase is taken for a short form's long form only when the short form
    is made of it: its letter groups begin the phrase's words or their parts (``PMK`` Politisch motivierte
    Kriminalität, ``EKF`` Energie- und Klimafonds, see :func:`indexer.analysis.guessing.spelled_by`), not
    merely found inside them in order (``GAP`` geehrte Frau Präsidentin, ``VdK`` Vielen Dank, ``ISO``
    insbesondere; measured: see indexer/data/README.md).  A name ends in a noun, not in ``Hochschulen
    angewandte`` (cut short), and is made of words, not of other short forms (``CCS`` CDU CSU, ``III`` I II).
    """
    last = content[-1]
    if short.isupper() and len(short) <= MIN_ABBREVIATION and (compound_parts(last) or [""])[-1].startswith("gesetz"):
        return False  # as in the laws' list (BEG, RAG: more often a programme's or a company's)
    pieces = re.split(r"[\s-]+", phrase)
    if any(sum(c.isupper() for c in piece) > 1 for piece in pieces) or not last[0].isupper() or is_adjective(last):
        return False
    # a function word gives a letter only to a short form written with small letters (GdP, BfN), not to
    # one in capitals (``ADR`` Aufhebung der Richtlinie, ``NLD`` Niederlande der …)
    return spelled_by(short, word_parts(phrase.split() if any(map(str.islower, short)) else content))


def abbreviation_list(laws: Iterable[Mapping[str, str]], speeches: Iterable[Mapping]) -> list[tuple[str, str]]:
    """The shipped list: the laws' official abbreviations (:func:`law_abbreviations`), the dominant
    definitions laws and speeches make (:meth:`Definitions.dominant`) and, for short forms still without
    one, the long forms written beside them (:meth:`CoOccurrences.dominant`); a law's own title wins."""
    laws = list(laws)
    documents = [[law.get("text") or ""] for law in laws] + [speech.get("paragraphs") or [] for speech in speeches]
    found = Definitions()
    for texts in documents:
        found.add(texts)
    pairs = dict(law_abbreviations(laws))
    _add_new(pairs, found.dominant())
    _add_new(pairs, CoOccurrences(documents).dominant(lambda short: short in pairs or found.plain_word(short)))
    return sorted(pairs.items())


def _add_new(pairs: dict[str, str], found: Iterable[tuple[str, str]]) -> None:
    """Adds the pairs ``found`` whose short form and long form no pair has yet."""
    taken = {long_key(long_form) for long_form in pairs.values()}
    pairs.update(
        (short, long_form) for short, long_form in found if short not in pairs and long_key(long_form) not in taken
    )


def write_pairs(pairs: Iterable[tuple[str, str]], path: Path) -> None:
    lines = "".join(f"{short}\t{long_form}\n" for short, long_form in pairs)
    Path(path).write_bytes(gzip.compress(lines.encode("utf-8"), compresslevel=9, mtime=0))
