"""Lexicon-based German compound splitting (Koehn & Knight 2003).

``Langzeitarbeitslosigkeit`` is split into known words when the parts together are more
plausible than the whole: the geometric mean of the parts' corpus frequencies must beat the
frequency of the whole word.  Frequent words (``Wirtschaft``) and names whose parts are rare
or no words at all (``Recklinghausen``, ``Oberhausen``) therefore stay whole.

The lexicon is two compact word lists shipped with the package, each word with its frequency as
a power of two: ``data/lexicon-de.txt.gz`` (about 173,000 words of federal laws and Bundestag
speeches seen at least three times) and ``data/nouns-de.txt.gz`` (Wiktionary's German nouns and
their forms with ``wordfreq`` frequencies, where the first list lacks them or counts them lower;
CC BY-SA 4.0, see ``data/README.md``).  :mod:`indexer.lexicon` merges them once per process on first
use, for the ingest stage too, and they are never pickled.  Both count a word under its key without
umlauts (``hore`` is mostly ``höre``): a part written without umlauts weighs what a third list,
``data/umlautless-de.txt.gz``, knows of that spelling, so ``Hornisse`` is no ``Hor|nisse``.
:mod:`indexer.analysis.lexicon_build` regenerates them; changing them changes the index terms, so rebuild
the index afterwards.
``anfragen splitter-eval`` measures the splitter.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from indexer.lexicon import bucket_weight, key, read_buckets, umlautless_buckets, word_buckets

MIN_WORD = 7  # shorter words are not split
MIN_PART = 4  # parts shorter than this must be frequent words (Amt, Rat, Bau)
MIN_SHORT_PART_BUCKET = 9  # 3-letter parts need ≥ 2**9 occurrences
MIN_FOUR_LETTER_BUCKET = 4  # 4-letter parts need ≥ 2**4 occurrences (Taxi)
MAX_PARTS = 5
# A head rarer than 2**FRAGMENT_HEAD is a fragment when the head one letter longer is FRAGMENT_MARGIN (log2) commoner.
FRAGMENT_HEAD = 8
FRAGMENT_MARGIN = 2.0
HEAD_MARGIN = 0.0  # log2 units: the head of a known word must be at least as frequent (not Gut|achter)
EXTRA_PART_PENALTY = 0.5  # per part beyond two, in log2-frequency units: Langzeit|arbeitslosen, not …|arbeits|losen
# An unknown word is split when its head is a known word of GUESS_HEAD letters that ends at
# least GUESS_ENDINGS lexicon words, after a modifier of at least GUESS_MODIFIER letters.
GUESS_HEAD = 5
GUESS_MODIFIER = 4
GUESS_ENDINGS = 3
GUESS_TAIL = 20  # the modifier's last three letters end that many words: not Abstr|aktion
ENDING_GROUP = 3  # the modifier's tail: Lexicon.ending_count groups the words by so many last letters
# Linking elements (Fugenelemente) that may end a non-final part: Verfahren-s-dauer.
LINKS = ("s", "es", "n", "en", "er", "e", "ns", "ens")
# The letters a linking element never follows (no Antrags-s-teller, Abend-n-achrichten, Käse-s-orte):
# -s not after a sibilant or a vowel (no Schau-s-teller, Arbeit-sau-s-fall); -n only after -e, -l, -r
# (Blume-n, Feder-n); -ns only after -e (Name-ns); the others never after -e.
LINK_NOT_AFTER = {"s": "sxzaeiouy", "n": "abcdfghijkmnopqstuvwxyz", "ns": "abcdfghijklmnopqrstuvwxyz"}
# Linking -e and -er are plural endings (Hund-e-hütte, Kind-er-garten): the plural must be a known word
# (not Abfall-er-zeugnis, Art-er-haltung), and not one far rarer than its singular, whose linking form
# it then is not (Bundes|innen|ministerium, not Bund-e|sinnen|…; Hilfs|angebot, not Hilf-e|sange|bot).
PLURAL_LINKS = frozenset({"e", "er"})
PLURAL_MARGIN = 4.0  # log2 units: the plural at least 1/16 as frequent as the singular
# Endings a head may carry as inflection (Gründungen, Verfahrens); not -er: Acht|er is no Acht.
INFLECTIONS = ("s", "es", "n", "en", "e", "ns", "ens")


def _by_last_letter(endings: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The endings by their last letter, in their order: a word need only be tested for those of its own."""
    return {ending[-1]: tuple(other for other in endings if other[-1] == ending[-1]) for ending in endings}


_LINKS_BY_LAST, _INFLECTIONS_BY_LAST = _by_last_letter(LINKS), _by_last_letter(INFLECTIONS)


# Function words and verb particles are never parts: Vor|stellung, Über|stunden, Unter|nehmen are
# derivations of particle verbs (vorstellen).  Prepositions that seldom make particle verbs are modifiers
# before a noun of their own (Neben|kosten, Zwischen|bericht, Gegen|leistung, Hinter|hof, Nicht|raucher),
# and so is ``wieder``, "again" (Wieder|aufbau, Wieder|einreise; Wiederholung stays whole).
NOT_PARTS = frozenset(
    key(word)
    for group in (
        "aber alle als also auch auf aus bei beim bis dann das dem den der des die doch durch ein eine einer",
        "ent fort hin her mit nach ohne sich über unter vom von vor wie zer zum",
        "zur miss noch nur oder sind und uns was wer wir",
        # Interjections and adverbs, no modifiers: Arbeits|kräfte|nach|frage, not …|kräften|ach|frage.
        "ach nein nun oft",
        # Verb particles and prefixes that open derivations, not compounds: Heranwachsende, Zusammenarbeit.
        "heran heraus voraus weiter wider zusammen",
        # Short words that are no nouns but often begin simple words: Bindung, Abschnitt, Insasse.
        "abs and aufs bin eins hol ins ist ich man mag nie dies diese jetzt hier dort sehr schon pro red",
        # Derivation endings the lexicon also knows as words: no part at all (Bürg|schafts|…, Mäd|chen).
        "chen dung ismus lein rung schaft tion tung",
    )
    for word in group.split()
)
# Particles that are nouns as a compound's head only: Feld|weg, Dasein; not Weg|fall, Sein|er.
NOT_MODIFIERS = frozenset({"weg", "sein"})
# Endings of derived words that the lexicon also knows as words (Ester, Lose, Loge): never a head.
NOT_HEADS = frozenset(
    {"erich", "ester", "eur", "iger", "immer", "lose", "schen"}
    | {"cher", "eider", "este", "inchen", "isch", "loge", "sie", "ster", "tur"}
    | {"under"}
    | {"innen"}  # the feminine plural ending (Lehrer|innen), never the noun "Innen"
)
# The adjective ending -isch, inflected too, holds no head's start (Motor|ische, Luxem|burgi|sche); after these
# letters neither does -tisch, a foreign adjective's ending, no Tisch: asiatisch, politisch, touristisch,
# diagnostisch, faktisch (a table's modifier ends otherwise: Büro|tisch, Kaffee|tisch, Glas|tisch, Arbeits|tisch).
_ADJECTIVE_ENDING = re.compile(r"(?:[ai]|[iou]s|ak)(tisch(?:e[mnrs]?)?)$|(isch(?:e[mnrs]?)?)$")
ADJECTIVE_ENDING_LONGEST = len("ostischem")  # looked for in the word's last letters only
# A noun derived from a verb is a whole as common as its verb: an agent noun (Erbringer ← erbringen,
# not Erb|ringer; Verbinder ← verbinden) or a participle's noun (Treibende ← treibend ← treiben, not
# Treib|ende).  Suffix of the noun (without its inflection) → endings of the verb, and whether the stem
# may be a word itself: an -er noun's may not (Wahlberechtigt-er, Straftät-er are forms of an adjective
# and a noun, whose -en forms are no verbs).  (-ung, -heit and -keit to their verbs and adjectives:
# measured, nothing gained on the tuning part.)
DERIVED_FROM = (("er", ("en", "n"), False), ("end", ("en",), True))
_DERIVED_LAST = frozenset(suffix[-1] for suffix, _endings, _stem_is_word in DERIVED_FROM)
# Latin suffixes that end no German head (as written, folded): -ator, -ität, -alien and their inflections.
_FOREIGN_SUFFIX = re.compile(r"(?:ator|itat|alien)(?:en|e|n|s)?$")
FOREIGN_SUFFIX_LONGEST = len("alien") + len("en")  # looked for in the word's last letters only
_NO_ENDINGS: frozenset[str] = frozenset()
# A verb particle before a prefix or a stem's first consonants opens a derivation, no modifier a guess may cut off.
_PARTICLE_FRAGMENT = re.compile(r"(?:auf|aus|bei|ein|mit|vor|durch)(?:[^aeiouyäöü]{2,}|ver|zer|ent|er)$")
_VOWEL = re.compile("[aeiouyäöü]")
LINKED_HEAD = 4  # letters at least after a linking s (not Wohnungs|los)
LINKED_MODIFIER = 5  # letters at least before it
_LINKED_S = re.compile(rf"(?<=.{{{LINKED_MODIFIER - 3}}})(?:ung|heit|keit|schaft|tat|taet|ion|ling|tum)s(?=[^\W\d_])")
E_DROP_NOT_BEFORE = "aeiou"  # a modifier drops its -e only before a consonant: Schul|streik
# Heads that mostly end German place names: Oberhausen, Göttingen, Helmstedt, Wolfenbüttel,
# Wolfsburg, Burgdorf, Düsseldorf, Heidelberg, Wilhelmshaven.  A compound with such a head stays whole.
# A word with such an ending stays whole whatever the split (Götting|en is no Göttin|gen either).
PLACE_HEADS = ("hausen", "ingen", "stedt", "buttel", "burg", "dorf", "berg", "haven", "rode")
# ``Wolfsburger``, ``Burgdorfer``: the place's adjective stays whole like the place (not ``Bürger``).
PLACE_ADJECTIVES = tuple(head + "er" for head in PLACE_HEADS)


@dataclass(frozen=True, slots=True)
class Split:
    """One compound: its parts as written (``verfahrens``) and their base words (``verfahren``)."""

    surfaces: tuple[str, ...]
    bases: tuple[str, ...]

    @property
    def modifiers(self) -> tuple[str, ...]:
        """The base words before the head: ``asyl``, ``verfahren`` of ``Asylverfahrensdauer``."""
        return self.bases[:-1]

    @property
    def heads(self) -> tuple[str, ...]:
        """The compound's right-hand sub-compounds, longest first: ``verfahrensdauer``, ``dauer``."""
        if len(self.surfaces) == 2:  # most compounds
            return self.surfaces[1:]
        return tuple("".join(self.surfaces[i:]) for i in range(1, len(self.surfaces)))

    @property
    def parts(self) -> tuple[str, ...]:
        """Modifiers and head: what a text says when it spells the compound out."""
        return self.modifiers + self.surfaces[-1:]


class PartWeights(dict[str, tuple[float, int]]):
    """One kind of part's :meth:`Lexicon.part_weight` by the folded part, worked out on first use:
    a plain subscript, the splitter's most frequent step (several per word), costs no Python call."""

    def __init__(self, lexicon: Lexicon, final: bool, plain: bool, umlautless: bool) -> None:
        super().__init__()
        self.lexicon, self.final, self.plain, self.umlautless = lexicon, final, plain, umlautless

    def __missing__(self, part: str) -> tuple[float, int]:
        lexicon = self.lexicon
        if lexicon.cached_parts() >= lexicon.PART_CACHE:
            lexicon.clear_parts()
        found = self[part] = lexicon._part_weight(part, self.final, self.plain, self.umlautless)
        return found


class Lexicon:
    """Word → frequency bucket (log2 of the count), looked up with umlaut and ae/oe/ue folding; a part
    written without umlauts by how often that spelling is seen (``umlautless``, see
    :func:`indexer.lexicon.umlautless_buckets`)."""

    PART_CACHE = 1_000_000  # substrings recur across words (``arbeits``, ``ungs``): look each up once

    def __init__(self, buckets: dict[str, int], umlautless: dict[str, int] | None = None) -> None:
        self.buckets = buckets
        self.umlautless: dict[str, int] = umlautless or {}
        # (final, plain, umlautless) → weights of such parts (see part_weight), each kind made on first use
        self._parts: dict[tuple[bool, bool, bool], PartWeights] = {}
        # The words by their last ENDING_GROUP letters, each group reversed and sorted when first counted in:
        # sorting all of them took longer than splitting the words of a small build.  Threads share the
        # lexicon: a group is published only whole and sorted (one assignment), never changed after.
        self._endings: dict[str, list[str]] | None = None
        self._sorted_endings: dict[str, list[str]] = {}

    def ending_count(self, end: str) -> int:
        """How many lexicon words end in ``end`` (of at least :data:`ENDING_GROUP` letters; besides
        ``end`` written backwards): how often it is a head."""
        if len(end) < ENDING_GROUP:
            raise ValueError(f"ending_count needs {ENDING_GROUP} letters at least: {end!r}")
        group = end[-ENDING_GROUP:]
        words = self._sorted_endings.get(group)
        if words is None:
            words = sorted(word[::-1] for word in self._grouped().get(group, ()))
            self._sorted_endings[group] = words
        low = end[::-1]
        first = bisect.bisect_left(words, low)
        last = bisect.bisect_left(words, low + "\uffff", first)
        return last - first - (low in self.buckets)

    def _grouped(self) -> dict[str, list[str]]:
        """The words by their last :data:`ENDING_GROUP` letters, built whole before it is published."""
        if self._endings is None:
            grouped: dict[str, list[str]] = {}
            for word in self.buckets:
                grouped.setdefault(word[-ENDING_GROUP:], []).append(word)
            self._endings = grouped
        return self._endings

    @classmethod
    def load(cls, path: Path | None = None) -> Lexicon:
        """The shipped lists as the process shares them (:func:`indexer.lexicon.word_buckets`), or the
        one list at ``path`` (no part then weighed by its umlaut-free spellings)."""
        if path is not None:
            return cls(read_buckets(Path(path).read_bytes()))
        return cls(word_buckets(), umlautless_buckets())

    def weight(self, word: str) -> float:
        """log2 frequency of ``word`` (0 when unknown), trying ``oe`` → ``ö`` spellings too."""
        return self.folded_weight(key(word))

    def folded_weight(self, folded: str) -> float:
        return bucket_weight(self.buckets, folded)

    def part_weight(self, part: str, final: bool, plain: bool = True, umlautless: bool = True) -> tuple[float, int]:
        """Weight of the folded ``part`` as a compound part (0 when it cannot be one) and how to
        get its base word: strip that many letters (a linking element), or -1 to add an ``e``.
        ``plain``: a head written without umlauts (only then may it be an ending, ``tur`` of
        Struktur but not Tür), a modifier before a consonant (only there may it drop an ``e``).
        ``umlautless``: the part is written without umlauts, and weighs what that spelling does
        (``hor`` of Hornisse is rare, ``hör`` common)."""
        return self.part_weights(final, plain, umlautless)[part]

    def part_weights(self, final: bool, plain: bool, umlautless: bool) -> PartWeights:
        """:meth:`part_weight` of every part of one kind, by the folded part (cached)."""
        kind = (final, plain, umlautless)
        found = self._parts.get(kind)
        # setdefault: threads sharing the lexicon get the one dict of a kind (emptied in place, never replaced)
        return found if found is not None else self._parts.setdefault(kind, PartWeights(self, final, plain, umlautless))

    def cached_parts(self) -> int:
        """How many part weights are cached (at most :attr:`PART_CACHE`)."""
        return sum(map(len, self._parts.values()))

    def clear_parts(self) -> None:
        for weights in self._parts.values():
            weights.clear()

    def _part_weight(self, part: str, final: bool, plain: bool, umlautless: bool) -> tuple[float, int]:
        endings = NOT_HEADS if final and plain else _NO_ENDINGS
        if part in NOT_PARTS or not _VOWEL.search(part) or part in endings or (not final and part in NOT_MODIFIERS):
            return 0.0, 0  # Sch|loss, Unter|halt (not "untere"), Tour|ist
        weight_of = self._written_weight if umlautless else self.folded_weight
        best, how = self._candidate(part, weight_of), 0
        for link in (_INFLECTIONS_BY_LAST if final else _LINKS_BY_LAST).get(part[-1], ()):
            if part.endswith(link) and len(part) - len(link) >= 3:
                if not final and part[-len(link) - 1] in LINK_NOT_AFTER.get(link, "e"):
                    continue
                if not final and link in PLURAL_LINKS and not self._plural(part, part[: -len(link)], weight_of):
                    continue
                if part[: -len(link)] in endings:
                    continue  # Bürg|schaften: an ending stays no head when inflected
                weight = self._candidate(part[: -len(link)], weight_of)
                if weight > best:
                    # A head keeps its inflection (Gründungs stays as written), a modifier loses its link.
                    best, how = weight, 0 if final else len(link)
        if not final and plain and not part.endswith("e"):
            weight = self._candidate(part + "e", weight_of)  # Schul|streik from Schule
            if weight > best:
                best, how = weight, -1
        return best, how

    def _written_weight(self, folded: str) -> float:
        """The weight of ``folded`` written without umlauts, nor ae/oe/ue for them: what ``umlautless`` knows of
        that spelling where it lists the word (``hor``: ``hör`` far more often), else :meth:`folded_weight`."""
        bucket = self.umlautless.get(folded)
        if bucket is None:
            bucket = self.buckets.get(folded)
            if bucket is None:
                return bucket_weight(self.buckets, folded)  # an ae/oe/ue spelling (or no word)
        return float(bucket) + 1.0

    @staticmethod
    def _plural(plural: str, singular: str, weight_of: Callable[[str], float]) -> bool:
        """Whether ``plural`` is a known word not far rarer than ``singular`` (see PLURAL_MARGIN)."""
        weight = weight_of(plural)
        return weight > 0 and weight >= weight_of(singular) - PLURAL_MARGIN

    @staticmethod
    def _candidate(word: str, weight_of: Callable[[str], float]) -> float:
        if word in NOT_PARTS:
            return 0.0
        weight = weight_of(word)
        if len(word) < MIN_PART and weight < MIN_SHORT_PART_BUCKET + 1:
            return 0.0
        if len(word) == MIN_PART and weight < MIN_FOUR_LETTER_BUCKET + 1:
            return 0.0  # rare four-letter words are mostly fragments: Terr|asse, Regi|ment
        return weight


class CompoundSplitter:
    """Splits lower-case words into known words; results are cached per word."""

    def __init__(self, lexicon: Lexicon, cache_size: int = 500_000) -> None:
        self.lexicon = lexicon
        self.split = lru_cache(maxsize=cache_size)(self._split)
        # Also a word commoner than its parts (Renten|versicherung, kept whole for the index): an
        # abbreviation spells its parts all the same (DRV, see indexer.analysis.guessing).
        self.split_lexicalised = partial(self._split, lexicalised=True)  # cached by its caller (guessing)
        # the lexicon's cached part weights (emptied in place, never replaced): heads written without
        # and with umlauts; modifiers before a consonant and before a vowel, written without umlauts and with
        self._heads = lexicon.part_weights(True, True, True), lexicon.part_weights(True, False, False)
        self._modifiers = tuple(
            (lexicon.part_weights(False, True, umlautless), lexicon.part_weights(False, False, umlautless))
            for umlautless in (True, False)
        )

    def _split(self, word: str, lexicalised: bool = False) -> Split | None:
        """The best split of ``word`` (lower case, ß already ss), or None when it should stay whole
        (``lexicalised``: also when the whole is commoner than its parts)."""
        n = len(word)
        if n < MIN_WORD or not word.isalpha():
            return None
        folded = key(word)
        if len(folded) != n:
            return None
        # Heads after the last umlaut are written as folded (may be endings such as -tur).
        umlaut = -1 if word == folded else max(word.rfind("ä"), word.rfind("ö"), word.rfind("ü"))
        # A head holds the whole of a foreign suffix (Genera|tor, Boni|tät, Natur|alien are none).
        foreign = _FOREIGN_SUFFIX.search(folded, max(0, n - FOREIGN_SUFFIX_LONGEST))
        last = min(n - 2, foreign.start() if foreign else n)
        adjective = _ADJECTIVE_ENDING.search(folded, max(0, n - ADJECTIVE_ENDING_LONGEST))
        if adjective:
            last = min(last, adjective.start(adjective.lastindex or 0))
        plain_heads, umlaut_heads = self._heads
        heads: dict[int, tuple[float, int]] = {}
        for start in range(3, last):
            found = plain_heads[folded[start:]] if start > umlaut else umlaut_heads[folded[start:]]
            if found[0] > 0:
                heads[start] = found
        for start in [start for start, found in heads.items() if found[0] < FRAGMENT_HEAD]:
            # a rare head inside a far commoner one a letter longer is its fragment: Abl|eiter (Leiter), Norm|anne
            longer = plain_heads[folded[start - 1 :]] if start - 1 > umlaut else umlaut_heads[folded[start - 1 :]]
            if longer[0] > heads[start][0] + FRAGMENT_MARGIN:
                del heads[start]
        # The head must be a word commoner than the whole (Gut|achter is no compound): most words end here.
        whole, family = self._whole(folded) if heads and not lexicalised else (0.0, 0.0)
        if whole:
            heads = {start: found for start, found in heads.items() if found[0] >= whole + HEAD_MARGIN}
        if not heads:
            return self._at_link(word, folded)
        layers = self._modifier_layers(folded, max(heads), word)
        chosen, chosen_score = None, family if family else -math.inf
        for modifiers, layer in enumerate(layers, start=1):
            for start, (weight, _how) in heads.items():
                entry = layer.get(start)
                if entry is None:
                    continue
                score = (entry[0] + weight) / (modifiers + 1) - EXTRA_PART_PENALTY * (modifiers - 1)
                if score > chosen_score:
                    chosen, chosen_score = (modifiers, start), score
        if chosen is None:
            cuts = None if family else self._guess(folded, heads)
        else:
            cuts = (*_path(layers, *chosen), (chosen[1], n, 0))
        if cuts is None:
            return self._at_link(word, folded)
        if folded.endswith(PLACE_HEADS) or word.endswith(PLACE_ADJECTIVES):
            return None
        surfaces = [word[start:end] for start, end, _how in cuts]
        return Split(tuple(surfaces), tuple(map(_base, surfaces, [how for _start, _end, how in cuts])))

    def _modifier_layers(self, folded: str, last_start: int, word: str) -> list[dict[int, tuple[float, int, int]]]:
        """layers[k - 1][i]: the highest sum of log-weights splitting ``folded[:i]`` into k modifiers
        (i up to ``last_start``), with the start of the last of them and how to get its base word."""
        # before a vowel, no dropped -e (Gest|alt is no Geste), but the part itself (Schul|arbeit)
        umlautless, with_umlauts = self._modifiers
        umlauts = () if word == folded else [i for i, letter in enumerate(word) if letter in "äöü"]
        layers: list[dict[int, tuple[float, int, int]]] = []
        previous: dict[int, tuple[float, int, int]] = {0: (0.0, 0, 0)}
        modifiers_at: dict[int, list[tuple[int, float, int]]] = {}  # looked up once per start, not per layer
        for _parts in range(1, MAX_PARTS):
            layer: dict[int, tuple[float, int, int]] = {}
            for start, (score, _start, _how) in previous.items():
                found = modifiers_at.get(start)
                if found is None:  # (end, weight, how) of each modifier from start
                    found = modifiers_at[start] = []
                    # the first umlaut from start on: parts that end after it are written with umlauts
                    umlaut = next((i for i in umlauts if i >= start), last_start) if umlauts else last_start
                    for (plain, before_vowel), ends in (
                        (umlautless, range(start + 3, umlaut + 1)),
                        (with_umlauts, range(max(start + 3, umlaut + 1), last_start + 1)),
                    ):
                        for end in ends:
                            part = folded[start:end]
                            weight, how = before_vowel[part] if folded[end] in E_DROP_NOT_BEFORE else plain[part]
                            if weight > 0:
                                found.append((end, weight, how))
                for end, weight, how in found:
                    total = score + weight
                    entry = layer.get(end)
                    if entry is None or total > entry[0]:
                        layer[end] = (total, start, how)
            if not layer:
                break
            layers.append(layer)
            previous = layer
        return layers

    def _whole(self, folded: str) -> tuple[float, float]:
        """The weight of the word as a whole, also in its linking form (``Gründungs-`` is Gründung, not
        Grün|dungs), which a head must reach; and that of its family, which the parts must beat: the
        word or the word it derives from (:data:`DERIVED_FROM`).  Not the head test: a base may be
        another form of the word (Bundesbeauftragten), whose head is rarer than the form."""
        weight = self.lexicon.folded_weight
        whole, forms = weight(folded), [folded]
        for link in _LINKS_BY_LAST.get(folded[-1], ()):
            if folded.endswith(link):
                forms.append(folded[: -len(link)])
                whole = max(whole, weight(forms[-1]))
        family = whole
        for form in forms:
            if form[-1] not in _DERIVED_LAST:  # most words: no suffix of DERIVED_FROM
                continue
            for suffix, endings, stem_is_word in DERIVED_FROM:
                if form.endswith(suffix) and len(form) - len(suffix) >= MIN_PART:
                    stem = form[: -len(suffix)]
                    if stem_is_word or not weight(stem):
                        family = max(family, *(weight(stem + ending) for ending in endings))
        return whole, family

    def _at_link(self, word: str, folded: str) -> Split | None:
        """A head the lexicon lacks, after a known modifier with its obligatory linking ``s``
        (``Pubertäts|blocker``, ``Digitalisierungs|gipfel``): -ung, -heit, -keit, -schaft, -tät,
        -ion, -ling and -tum take it in every compound, so the boundary is certain."""
        for match in _LINKED_S.finditer(folded, 0, len(folded) - LINKED_HEAD + 1):
            end = match.end()
            head = folded[end:]
            if head in NOT_HEADS or not _VOWEL.search(head) or self.lexicon.folded_weight(folded[: end - 1]) <= 0:
                continue
            return Split((word[:end], word[end:]), (word[: end - 1], word[end:]))
        return None

    def _guess(self, folded: str, heads: dict[int, tuple[float, int]]) -> tuple[tuple[int, int, int], ...] | None:
        """An unknown word ending in a known head that ends many lexicon words (CharSplit's
        evidence: ``Jazz|musik``, ``Bistums|grenze``): split off the longest such head."""
        for start in sorted(heads):
            head, modifier = folded[start:], folded[:start]
            if len(head) < GUESS_HEAD or len(modifier) < GUESS_MODIFIER or modifier in NOT_PARTS:
                continue
            if not _VOWEL.search(modifier) or modifier.endswith(("be", "ge")) or _PARTICLE_FRAGMENT.match(modifier):
                continue  # Aufbe|reiter, Einge|wöhnung, Aufsch|äumer, Einver|nahme: a prefix, not a word
            ending_count = self.lexicon.ending_count
            if ending_count(head) >= GUESS_ENDINGS and ending_count(modifier[-ENDING_GROUP:]) >= GUESS_TAIL:
                return ((0, start, 0), (start, len(folded), 0))
        return None


def _base(surface: str, how: int) -> str:
    """The base word of a part (see :meth:`Lexicon.part_weight`).  An umlauted plural before
    ``-e``/``-er`` stays a plural (``Ärzte|mangel``, ``Häuser|bau``): its stem is no word (``Ärzt``)."""
    if how < 0:
        return surface + "e"
    if how in (1, 2) and surface.endswith(("e", "er")[how - 1]) and any(c in "äöü" for c in surface):
        return surface
    return surface[: len(surface) - how]


def _path(layers: list[dict[int, tuple[float, int, int]]], modifiers: int, end: int) -> list[tuple[int, int, int]]:
    """The (start, end, how) of each of the ``modifiers`` best modifiers before ``end``, traced back."""
    cuts = []
    for layer in reversed(layers[:modifiers]):
        _score, start, how = layer[end]
        cuts.append((start, end, how))
        end = start
    return cuts[::-1]


@lru_cache(maxsize=1)
def default_splitter() -> CompoundSplitter:
    """The process-wide splitter over the shipped lexicon (loaded on first use)."""
    return CompoundSplitter(Lexicon.load())


# A search worker: caches that level off at a few MB.  The defaults suit a build (a million
# substrings, half a million words); a worker fills them with every new query word and they
# level off only at hundreds of MB — the ~1 MB per 1,000 requests a long-running worker grew.
SERVING_CACHES = (20_000, 5_000)


def bound_caches(parts: int, splits: int) -> tuple[int, int]:
    """Resize the process-wide splitter's caches (emptying them); returns the previous bounds."""
    splitter = default_splitter()
    before = (splitter.lexicon.PART_CACHE, splitter.split.cache_info().maxsize or 0)
    splitter.lexicon.PART_CACHE = parts
    splitter.lexicon.clear_parts()
    splitter.split = lru_cache(maxsize=splits)(splitter._split)
    return before
