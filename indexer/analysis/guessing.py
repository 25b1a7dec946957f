"""Abbreviations no document defines, guessed by their letters: ``§ 42 BezVerwG`` for a search for
``Bezirksverwaltungsgesetz``, ``Innenministerkonferenz`` for ``IMK``.

Answers cite ``BezVerwG`` or ``GOHLT`` without ever writing them out; researchers type the long
form (or the other way round).  The guess is Schwartz–Hearst's alignment (see
:mod:`indexer.analysis.abbreviations`) made strict and German: the abbreviation's letter groups
(a capital and the small letters after it: ``Bez|Verw|G``, ``G|O|H|L|T``) begin the long form's
words or compound parts, in order; a word gives either its initial alone (``N`` for
``Niedersächsisches``) or one group to each of its parts (``Kat|S|G`` for
``Katastrophenschutzgesetz``; a prefixed part two: ``Ver|ordnung`` in ``APVO``); function words give
none, or their initial as a group of its own (``B|f|V``).  Small letters may also begin parts of their
own (``B|A|fö|G``, see :func:`readings`).

At index time :func:`undefined` collects the abbreviation-shaped words a document uses without
defining them — no party, no Roman numeral, no unit, no law of the law list, no common word in
capitals, none in brackets after a name (``Hans Jürgen Prömel (HJP)``), no law book
with a number (``SGB II``) — and :func:`index_terms`
keys them by their capitals (``g:bvg:BezVerwG``, one key per reading), which a long form can compute:
one prefix look-up per candidate key.  Names of several words (an adjective and a noun, words sharing
a part left hanging: ``Oberstufen- und Abiturprüfungsverordnung``, or nouns joined by hyphens:
``Nutzen-Kosten-Verhältnis``) are keyed the same way (``f:``).
A guess is weaker than a definition: the search shows its hits only in the relaxed tier, labelled
(see :mod:`indexer.search.guesses`).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable

from indexer.analysis import abbreviations
from indexer.analysis.analyzer import STOP_WORDS
from indexer.analysis.compounds import default_splitter
from indexer.analysis.query_text import compound_parts
from indexer.analysis.word_forms import fold

PREFIX = "g:"  # keys of guessable abbreviations in the ``abk`` field, beside the definitions' ``s:``/``l:``
NAME_PREFIX = "f:"  # keys of names of several words (``f:zea:Zentralen Erstaufnahme``, see :func:`names`)
NOT_GUESSED = "x:"  # keys of abbreviations a document shows are none to guess (see :func:`bracketed`)
MIN_LETTERS = 3  # ``EH`` (Eike Holsten), ``LR``: two letters spell too much by chance
MAX_LETTERS = 10
MAX_PER_DOCUMENT = 64
COMMON_WORD = 11.0  # lexicon weight (log2 count + 1) from which a word in capitals is a word: ANTWORT, BAU

# Two capitals at least (every German noun has one): BezVerwG, GOHLT; the length is checked after.
# One may lead a hyphenated compound (``BAföG-Mitteln``, ``KRITIS-Dachgesetz``), but end none (``Landes-BAföG``).
# Two joined by a hyphen are one (``VS-NfD``, ``VS - NfD``).
_SHAPE = r"[A-ZÄÖÜ][a-zäöüß]*[A-ZÄÖÜ][A-Za-zÄÖÜäöüß]*"
_TOKEN = re.compile(rf"(?<![\w-])({_SHAPE}(?: ?- ?{_SHAPE})?)(?!\w)(?!-[a-zäöüß0-9])")
_JOINT = re.compile(r" ?- ?")
# A law book with a number (``SGB II``, ``SGB 5``): the book, not the number, is what is cited.
_NUMBERED = re.compile(r"\s+(?:[IVX]+|\d{1,2})\b(?![.,]\d)")
_GROUP = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*")
_ROMAN = re.compile(r"[IVXLCDM]+")
# Units with two capitals (``5 MWh``); units with one (``kWh``, ``km``) are no abbreviations anyway.
_UNIT = re.compile(r"[kMGTP]W[hp]?|[kMG]VA|[MG]Bit|[kMGT]B|[MG]Hz|dB[A-Z]?")
# An adjective by its ending (Zentral|en, Hess|ischen, Kassenärzt|licher, motiv|ierte), so that a noun
# ending like one (Innenminist|er Kontakte) starts no name; the expression finds the candidates cheaply.
_ADJECTIVE = re.compile(r"(?:isch|sch|lich|al|ig|iv|ell|är|bar|sam|haft|los|iert|et)e[nrsm]?$")
# A part left hanging before ``und``/``oder`` (found first: cheap), perhaps after an adjective, and the word
# that completes it.
_HANGING = re.compile(r"- (?:und|oder) ")
_HANGING_BEFORE = re.compile(r"(?:\b([A-ZÄÖÜ][a-zäöüß]+) )?\b[A-ZÄÖÜ][a-zäöüß]{2,}$")
_HANGING_AFTER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}\b(?!-)")
_NAME = re.compile(r"\b(?:[A-ZÄÖÜ][a-zäöüß]*e[nrsm]? ){1,2}[A-ZÄÖÜ][a-zäöüß]{2,}\b(?!-)")
# A noun after one or two words in lower case (``unbegleitete minderjährige Ausländer``, ``politisch motivierte
# Kriminalität``): found by the adjective's ending before it (cheap), then the words before that ending.
_LOWER_NAME_END = re.compile(
    r"(?:isch|sch|lich|al|ig|iv|ell|är|bar|sam|haft|los|iert|et)e[nrsm]? [A-ZÄÖÜ][a-zäöüß]{2,}\b(?!-)"
)
_LOWER_NAME_START = re.compile(r"(?<![\w-])(?:([a-zäöüß]{3,}) )?(?<![\w-])([a-zäöüß]+)$")
_MODIFIER = re.compile(r"(?:isch|lich|ig|iv|ell|är|bar|sam|haft|iert)$")  # an adverb of an adjective's shape
# Nouns joined by hyphens (``Nutzen-Kosten-Verhältnis``, ``Bund-Länder-Arbeitsgruppe``), no abbreviation among them
_HYPHENATED = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{2,}(?:-[A-ZÄÖÜ][a-zäöüß]{2,})+(?![\w-])")


def letter_groups(short: str) -> list[str]:
    """``BezVerwG`` → ``bez``, ``verw``, ``g``; ``GOHLT`` → one letter each (folded like index terms)."""
    return [fold(group) for group in _GROUP.findall(short)]


def readings(short: str) -> list[tuple[str, ...]]:
    """The ways the letter groups may fall on the long form's parts: a capital's small letters continue
    its part (``Bez|Verw|G``), or begin the next part (``B|A|fö|G``: Bundes|ausbildungs|förderungs|gesetz),
    or, one or two of them, each begin one (``N|f|D``: nur für den Dienstgebrauch; ``G|m|b|H``)."""
    options = []
    for group in _GROUP.findall(short):
        head, small = group[0], group[1:]
        ways = [(group,)] if not small else [(group,), (head, small)] + ([(head, *small)] if len(small) <= 2 else [])
        options.append(dict.fromkeys(tuple(fold(piece) for piece in way) for way in ways))
    return [tuple(itertools.chain.from_iterable(choice)) for choice in itertools.product(*options)]


def name_keys(short: str) -> list[str]:
    """The keys names that may spell ``short`` are indexed under (their usual ones, see :func:`keys`):
    its capitals, or those without one letter a function word or a prefix gives (``L|u|F|V`` → lfv,
    ``OAPV|O`` → oapv)."""
    found = capitals(short)
    return list(dict.fromkeys([*found, *(key[:i] + key[i + 1 :] for key in found for i in range(1, len(key)))]))


def capitals(short: str) -> list[str]:
    """The keys a long form can compute: the first letters of a reading's groups (``BezVerwG`` → ``bvg``,
    ``bevg`` …; ``BAföG`` → ``bag``, ``bafg``)."""
    return list(dict.fromkeys("".join(piece[0] for piece in reading) for reading in readings(short)))


def guessable(short: str) -> bool:
    """Is ``short`` shaped like an abbreviation that may be guessed, and none of the things that
    only look like one (parties, Roman numerals, units, laws of the law list, common words)?"""
    letters = sum(c.isalpha() for c in short)
    if not MIN_LETTERS <= letters <= MAX_LETTERS or not short.replace("-", "").isalpha():
        return False
    if not abbreviations.is_written_short_form(short) or any(map(_only_looks_like_one, short.split("-"))):
        return False
    return len(letter_groups(short)) >= 2


def _only_looks_like_one(piece: str) -> bool:
    """A party, a Roman numeral, a unit, a law of the law list or a common word in capitals."""
    if _ROMAN.fullmatch(piece) or _UNIT.fullmatch(piece) or piece.upper() in abbreviations.PARTIES:
        return True
    if piece.lower() in abbreviations.known_abbreviations():
        return True
    return piece.isupper() and (piece.lower() in STOP_WORDS or default_splitter().lexicon.weight(piece) >= COMMON_WORD)


def undefined(texts: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[str]:
    """The guessable abbreviations ``texts`` use but do not define (the ``pairs`` they do)."""
    texts = list(texts)
    skipped = {short for short, _long in pairs} | set(bracketed(texts, pairs))
    found: dict[str, None] = {}
    for text in texts:
        for match in _TOKEN.finditer(text):
            short = abbreviations.singular(_JOINT.sub("-", match.group(1)))
            if _NUMBERED.match(text, match.end()):
                skipped.add(short)
                found.pop(short, None)
            elif short not in skipped and short not in found and guessable(short):
                found[short] = None
                if len(found) >= MAX_PER_DOCUMENT:
                    return list(found)
    return list(found)


def bracketed(texts: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Abbreviations in brackets that are no definition: a person's initials (``Hans Jürgen Prömel
    (HJP)``) or a definition we cannot read.  Never guessed, in any document."""
    defined = {short for short, _long in pairs}
    found = (
        abbreviations.singular(m.group(1)) for text in texts for m in abbreviations.SHORT_IN_BRACKETS.finditer(text)
    )
    return [short for short in dict.fromkeys(found) if short not in defined]


def names(texts: Iterable[str]) -> list[str]:
    """Names of one or two adjectives and a noun (``Zentralen Erstaufnahme``), not at a sentence's
    start: the long forms of several words an abbreviation may stand for."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _NAME.finditer(text):
            words = match.group(0).split()
            lead = next((i for i, word in enumerate(words[:-1]) if is_adjective(word)), None)
            if lead is None or not all(map(is_adjective, words[lead:-1])):
                continue
            before = text[: match.start()].rstrip()
            if not lead and (not before or before[-1] in '.!?:;(„"'):
                continue  # a sentence's first word: capitalised whatever it is
            found.setdefault(" ".join(words[lead:]), None)
            if len(found) >= MAX_PER_DOCUMENT:
                return list(found)
    return list(found)


def coordinated(texts: Iterable[str]) -> list[str]:
    """Names whose words share a part left hanging (``Oberstufen- und Abiturprüfungsverordnung``,
    ``Niedersächsisches Polizei- und Ordnungsbehördengesetz``): long forms of several words too."""
    found: dict[str, None] = {}
    for text in texts:
        for joint in _HANGING.finditer(text):
            before = _HANGING_BEFORE.search(text, max(0, joint.start() - 60), joint.start())
            after = _HANGING_AFTER.match(text, joint.end())
            if before is None or after is None:
                continue
            lead = before.group(1)
            start = before.start() if not lead or is_adjective(lead) else before.end(1) + 1  # no noun leads
            name = text[start : after.end()]
            found.setdefault(name, None)
            if len(found) >= MAX_PER_DOCUMENT:
                return list(found)
    return list(found)


def lower_names(texts: Iterable[str]) -> list[str]:
    """Names of a noun after adjectives in lower case (``unbegleitete minderjährige Ausländer``: UMA,
    ``öffentlicher Personennahverkehr``: ÖPNV), an adverb of an adjective's shape first at most
    (``politisch motivierte Kriminalität``: PMK)."""
    found: dict[str, None] = {}
    for text in texts:
        for end in _LOWER_NAME_END.finditer(text):
            start = _LOWER_NAME_START.search(text, max(0, end.start() - 40), end.start())
            if start is None:
                continue
            first = start.group(1)
            lead = first is not None and (is_adjective(first) or _MODIFIER.search(first) is not None)
            noun = end.group(0).rpartition(" ")[2]
            if not lead and len(_parts_of(noun)) < 2:
                continue  # two letters (``zuständigen Behörden``) spell no abbreviation worth guessing
            found.setdefault(text[start.start() if lead else start.start(2) : end.end()], None)
            if len(found) >= MAX_PER_DOCUMENT:
                return list(found)
    return list(found)


def hyphenated(texts: Iterable[str]) -> list[str]:
    """Nouns joined by hyphens (``Nutzen-Kosten-Verhältnis``): one word, but a name whose pieces an
    abbreviation spells like words of their own (NKV)."""
    found: dict[str, None] = {}
    for text in texts:
        for match in _HYPHENATED.finditer(text):
            found.setdefault(match.group(0), None)
            if len(found) >= MAX_PER_DOCUMENT:
                return list(found)
    return list(found)


def is_adjective(word: str) -> bool:
    """Shaped like an adjective by its ending (``Zentralen``, ``Hessischen``, ``motivierte``)."""
    return _ADJECTIVE.search(word, max(0, len(word) - 7)) is not None


def index_terms(texts: Iterable[str], pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Keys for the ``abk`` field: ``g:<capitals>:<abbreviation as written>`` for each abbreviation
    used undefined, ``x:<abbreviation>`` for each that must not be guessed (see :func:`bracketed`),
    ``f:<capitals>:<name>`` for each name of several words, under every key its words can give."""
    texts, pairs = list(texts), list(pairs)
    out = [f"{PREFIX}{key}:{short}" for short in undefined(texts, pairs) for key in capitals(short)]
    out += [f"{NOT_GUESSED}{short}" for short in bracketed(texts, pairs) if guessable(short)]
    for name in dict.fromkeys(names(texts) + coordinated(texts) + hyphenated(texts) + lower_names(texts)):
        usual = keys(word_parts(name.split()), usual=True)  # the others are looked for by name_keys
        out += [f"{NAME_PREFIX}{key}:{name}" for key in usual if len(key) >= MIN_LETTERS]
    return out


# A law's abbreviation written with small letters ends in the capital of what it is: BezVerw|G, NKatS|G
# (Gesetz), StP|O (Ordnung); any other part with that initial (Schul|gebäude, Polizei|gewalt) spells nothing.
_LAW_ENDINGS = {"g": "gesetz", "o": "ordnung"}


def _folded(parts: list[str]) -> tuple[str, ...]:
    return tuple(fold(p) for p in parts)


def spelled_by(short: str, words: list[list[str]]) -> bool:
    """Do the words (each as its parts) spell ``short`` in one of its :func:`readings`, every word
    giving its initial or one group to each of its parts?
    ``NKatSG`` ← [[nieder, sächsisches], [katastrophe, schutz, gesetz]]."""
    groups = letter_groups(short)
    folded = tuple(map(_folded, words))
    ending = _LAW_ENDINGS.get(groups[-1]) if groups and not short.isupper() else None
    if ending and not (folded and folded[-1] and folded[-1][-1].startswith(ending)):
        return False
    return any(_align(reading, folded) for reading in readings(short))


def reads_as_name(words: list[str]) -> bool:
    """Several words stand for an abbreviation only as a name, which has an attribute (``Zentrale
    Erstaufnahme``, ``Hessischen Landtags``, ``Bundesamt für Verfassungsschutz``), not as a list of
    keywords (``Nachfrage Rente Wohnen``)."""
    return len(words) < 2 or any(is_adjective(word) or word.lower() in STOP_WORDS for word in words[:-1])


_FUNCTION_WORDS = frozenset(map(fold, STOP_WORDS))


@functools.lru_cache(maxsize=4096)
def _align(groups: tuple[str, ...], words: tuple[tuple[str, ...], ...]) -> bool:
    if not words:
        return not groups
    first, rest = words[0], words[1:]
    if (
        len(first) == 1 and first[0] in _FUNCTION_WORDS
    ):  # no letter, or its initial as a letter of its own (B|f|V, N|f|D, L|u|F|V)
        return _align(groups, rest) or (
            bool(groups) and len(groups[0]) == 1 and first[0].startswith(groups[0]) and _align(groups[1:], rest)
        )
    if not groups:
        return False
    if "".join(first).startswith(groups[0]) and _align(groups[1:], rest):
        return True
    return any(
        2 <= len(parts) <= len(groups)
        and all(p.startswith(g) for g, p in zip(groups, parts, strict=False))
        and _align(groups[len(parts) :], rest)
        for parts in _part_readings(first)
    )


# Prefixes that make a new word of a word (Ver|ordnung, Be|förderung): an abbreviation may give each a letter (APVO).
_PREFIXES = ("be", "emp", "ent", "er", "ge", "miss", "ver", "zer")
PREFIXED_WORD = COMMON_WORD  # what follows such a prefix is a word of its own (Ordnung, not Hörde)


def _part_readings(parts: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """A word's parts, and the same with prefixed parts split (``verordnung`` → ``ver``, ``ordnung``)."""
    split = tuple(piece for part in parts for piece in _unprefixed(part))
    return (parts, split) if split != parts else (parts,)


@functools.lru_cache(maxsize=8192)
def _unprefixed(part: str) -> tuple[str, ...]:
    lexicon = default_splitter().lexicon
    for prefix in _PREFIXES:
        rest = part[len(prefix) :]
        if part.startswith(prefix) and len(rest) >= 4 and lexicon.weight(rest) >= PREFIXED_WORD:
            return (prefix, rest)
    return (part,)


def word_parts(words: list[str]) -> list[list[str]]:
    """Each word as its compound parts (``Katastrophenschutzgesetz`` → katastrophe, schutz, gesetz; also a
    noun commoner than its parts: ``Rentenversicherung`` → renten, versicherung); a function word as itself
    (it may give a letter of its own, or none)."""
    return [list(parts) for word in words if (parts := _parts_of(word))]


@functools.lru_cache(maxsize=16384)
def _parts_of(word: str) -> tuple[str, ...]:
    """One word's parts for :func:`word_parts` (names repeat their words: looked up once)."""
    if word.lower() in STOP_WORDS:
        return (word.lower(),)
    parts = compound_parts(word)
    if len(parts) != 1 or is_adjective(word):
        return tuple(parts)
    split = default_splitter().split_lexicalised(parts[0])  # a noun the splitter keeps whole, for its letters
    return split.parts if split else tuple(parts)


def keys(words: list[list[str]], usual: bool = False) -> list[str]:
    """The capitals the words can give: per word its initial or its parts' initials, the usual first
    (prefixes split and function words' letters cost one each: ``Bundesamt für Verfassungsschutz`` → bv … bfv);
    ``usual``: only those that cost nothing."""
    options = []
    for parts in map(_folded, words):
        if len(parts) == 1 and parts[0] in _FUNCTION_WORDS:
            options.append({"": 0} if usual else {"": 0, parts[0][0]: 1})
            continue
        choices = dict.fromkeys((parts[0][0], "".join(p[0] for p in parts)), 0)
        for way in () if usual else _part_readings(parts)[1:]:
            choices.setdefault("".join(p[0] for p in way), 1)
        options.append(choices)
    combined = itertools.product(*(choices.items() for choices in options))
    ranked = combined if usual else sorted(combined, key=lambda choice: sum(cost for _letters, cost in choice))
    keys = ("".join(letters for letters, _cost in choice) for choice in ranked)
    return [key for key in dict.fromkeys(keys) if len(key) >= 2]
