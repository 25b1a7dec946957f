"""Words a copy broke apart where a line-end hyphen was lost but its space kept.

Plain-text copies of answers (kleineanfragen.de's extractions, Thüringen above all) print
``der Fra gestellerin``, ``wur den``, ``Ermittlungs verfahren`` and ``Lan desre gierung``; pypdf sets a
justified line's word apart now and then (``Klassifika tion``).  No search for ``Fragestellerin`` or
``Landesregierung`` finds such a word, and pieces like ``wur`` fill the index.

The pieces are set solid when the word list (:mod:`indexer.lexicon`) says the joined word is far more
likely than the pieces as words of their own: a unigram model over the list's frequencies, where each
lost hyphen costs a fixed amount (:data:`BREAK`).  ``wurden`` is common, ``wur`` no word: joined.
``zu dem``, ``so weit``, ``wer den``, ``die Landesregierung``: the pieces are common words, apart.
A noun written in lower case (:func:`indexer.lexicon.capitalised_words`) is no word of its own mid-sentence:
it continues the piece before it wherever the two make a known word (``Vor entwurf``, ``Landes regierung``),
however common that piece is alone.  Only letters joined by a single space are looked at, the later pieces in
lower case: no names after the first piece, no numbers, abbreviations or words across punctuation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from indexer.lexicon import STOP_WORDS, bucket_weight, capitalised_words, key, word_buckets

_LOWER = "a-zß-öø-ÿ"
# A word (capitalised or not, no abbreviation) and a lower-case one after a single space, where a word
# may begin (after a space, an opening bracket or quote, or at the start): the first two pieces.
_CANDIDATE = re.compile(rf"(?<![^\s(„“\"‚'\[])(?=([A-ZÀ-ÖØ-Þ{_LOWER}][{_LOWER}]+) ([{_LOWER}]{{2,}}))")
_THIRD = re.compile(rf" ([{_LOWER}]{{2,}})")
_LAST_WORD = re.compile(rf"[A-ZÀ-ÖØ-Þ{_LOWER}][{_LOWER}]+$")
_FIRST_PIECE = re.compile(rf"[{_LOWER}]{{2,}}")
_AFTER = frozenset(" \t\n.,;:!?)]“”\"'’…")  # what may follow the last piece (or nothing)
# log2 units, as the word list's buckets.  A lost hyphen is that much rarer than a word boundary: the joined
# word wins when its weight plus BREAK per lost hyphen beats the pieces' weights added up.
BREAK = 9.0
STOP_WEIGHT = 20.0  # a function word the list lacks (zu, im, so, an): as common as "der"
SHORT_WEIGHT = 8.0  # any other two letters (ja, je, be, ge): a word or a syllable, the list cannot tell
SYLLABLE = 4  # an unknown piece this short is a syllable (wur, Orga), no word: weight 0
UNKNOWN_WORD = 3.0  # a longer unknown piece may be a word the list lacks (gegangene): seen a few times
COMPOUND_COST = 3.0  # a word the list lacks, made of known words, is that much rarer than its rarest part
MIN_PART = 4  # letters of a compound's part
MIN_PART_WEIGHT = 5.0  # a compound's parts are words seen 16 times or more, no rare fragments
MIN_COMPOUND = 8  # letters at least of a word looked at as a compound
# A feminine noun's linking form, never a word of its own: Ermittlungs|verfahren, Wirtschafts|zweige;
# capitalised when it comes first (not English "evaluations").  Sprung and Schwung are masculine:
# "tierischen Ursprungs" is a genitive.
_LINKING_FORM = re.compile(r"[a-zäöüß]{2,}(?:(?<!spr)(?<!schw)ungs|heits|keits|schafts|täts|ions)$")


def mend_broken_words(text: str) -> str:
    """``Lan desre gierung`` → ``Landesregierung`` wherever the evidence is clear; the rest unchanged."""
    if not any(map(_worth_a_look, _CANDIDATE.findall(text))):
        return text  # most lines: a quick pass over the word pairs, each looked at once per process
    out: list[str] = []
    done = 0
    for candidate in _CANDIDATE.finditer(text):
        if candidate.start() < done:
            continue
        found = _broken(text, candidate)
        if found:
            pieces, end = found
            out.append(text[done : candidate.start()])
            out.append("".join(pieces))
            done = end
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def join_across(left: str, right: str) -> str:
    """Two lines joined by a space — or set solid where a word broke across them without a hyphen
    (``Klassifika`` / ``tion`` in a table's head)."""
    if not (right[:1].islower() and left[-1:].isalpha()):
        return left + " " + right
    tail, head = _LAST_WORD.search(left, max(0, len(left) - 40)), _FIRST_PIECE.match(right)  # not all of left
    if not (
        tail and head and (_pair_mends(tail[0], head[0]) or not _looked_up(tail[0])[1] or not _looked_up(head[0])[1])
    ):
        return left + " " + right  # neither a pair nor a piece that is no word: most line ends
    cut = left.rfind(" ") + 1
    end = right.find(" ", right.find(" ") + 1) if " " in right else -1
    end = len(right) if end < 0 else end
    window = left[cut:] + " " + right[:end]
    mended = mend_broken_words(window)
    return left + " " + right if mended == window else left[:cut] + mended + right[end:]


def hyphenated_function_word(piece: str, word: str) -> bool:
    """Is ``piece-`` / ``word`` at a line end one word broken (``so-`` / ``wie``: ``sowie``), not a part suspended
    before a conjunction (``an-`` / ``und abreisen``)?  A function word is no compound's part, and only where the
    two make a known word."""
    return piece.lower() in STOP_WORDS and bool(bucket_weight(word_buckets(), key(piece + word)))


def _broken(text: str, candidate: re.Match[str], ahead: bool = True) -> tuple[tuple[str, ...], int] | None:
    """The pieces of the broken word that starts at ``candidate`` (two or three) and where it ends;
    ``ahead``: unless its last pieces begin the next broken word (looked at one step ahead only, so a
    line of many mendable pairs costs linear time)."""
    pieces: tuple[str, ...] = candidate.group(1, 2)
    end = candidate.end(2)
    if _ends_word(text, end) and _pair_mends(*pieces):
        # "Entgelten ge währt": two letters may begin the next word instead
        return None if ahead and len(pieces[1]) == 2 and _begins_next(text, candidate) else (pieces, end)
    third = _THIRD.match(text, end)
    # Three pieces around one that is no word (Lan desre gierung), the first only when the others make
    # no word alone (bekannt gege ben)
    if third and _ends_word(text, third.end()) and not _looked_up(pieces[1])[1] and mends(*pieces, third.group(1)):
        return None if ahead and _begins_next(text, candidate) else ((*pieces, third.group(1)), third.end())
    return None


@lru_cache(maxsize=20_000)  # some 5 MB: pairs texts repeat (werden die, Maßnahmen der)
def _worth_a_look(pair: tuple[str, str]) -> bool:
    """Whether the pair may begin a broken word: it makes one, or its second piece is no word (the middle
    of three pieces)."""
    return _pair_mends(*pair) or not _looked_up(pair[1])[1]


@lru_cache(maxsize=20_000)
def _pair_mends(first: str, second: str) -> bool:
    if first.lower() in STOP_WORDS and second in STOP_WORDS:
        return False  # in dem, zu dem, so wie: never one word broken
    return _continues(first, second) or (_may_mend(first, second) and mends(first, second))


def _continues(first: str, second: str) -> bool:
    """Whether ``second``, a noun written in lower case, is the rest of a known word that ``first`` begins."""
    return (
        second.islower()
        and second in capitalised_words()
        and bool(bucket_weight(word_buckets(), key(first) + key(second)))
    )


def _begins_next(text: str, candidate: re.Match[str]) -> bool:
    """Whether the candidate's second piece begins a broken word of its own."""
    following = _CANDIDATE.match(text, candidate.start(2))
    return bool(following and _broken(text, following, ahead=False))


def _may_mend(first: str, second: str) -> bool:
    """A quick look before :func:`mends`: most pairs are two known words that make no known word, or end
    in a function word, which ends no compound (``Bestattungsrecht in``)."""
    (folded, known), (folded_second, known_second) = _looked_up(first), _looked_up(second)
    if bucket_weight(word_buckets(), folded + folded_second):
        return True
    if second in STOP_WORDS:
        return False
    return not (known and known_second) or _linking(first, True)


@lru_cache(maxsize=50_000)
def _looked_up(piece: str) -> tuple[str, bool]:
    """A piece's lexicon key and whether it is known (or too short for the list to hold)."""
    folded = key(piece)
    return folded, len(folded) <= 2 or bool(bucket_weight(word_buckets(), folded))


def _ends_word(text: str, end: int) -> bool:
    """Whether a piece ending at ``end`` ends a word: not "Kiel1", "Sicherheits-"."""
    return end == len(text) or text[end] in _AFTER


@lru_cache(maxsize=5_000)
def mends(*pieces: str) -> bool:
    """Whether ``pieces`` written together are likelier one word than words of their own."""
    if any(piece.lower() in STOP_WORDS for piece in pieces[1:-1]):
        return False
    buckets = word_buckets()
    folded = [key(piece) for piece in pieces]
    whole = bucket_weight(buckets, "".join(folded))
    if not whole:
        # Parts may not be cut from known pieces (see _seams): a compound needs a piece the list lacks.
        if all(len(part) <= 2 or bucket_weight(buckets, part) for part in folded) and not any(
            _linking(piece, first=position == 0) for position, piece in enumerate(pieces[:-1])
        ):
            return False
        whole = compound_weight("".join(folded), _seams(pieces)) - COMPOUND_COST
        if whole <= 0:
            return False
    joined = whole + BREAK * (len(pieces) - 1)
    apart = 0.0
    for position, piece in enumerate(pieces):
        apart += _alone(piece, first=position == 0)
        if apart >= joined:
            return False
    return True


def _alone(piece: str, first: bool) -> float:
    """The weight of ``piece`` as a word of its own."""
    lower = piece.lower()
    folded = key(piece)
    weight = bucket_weight(word_buckets(), folded)
    if lower in STOP_WORDS:
        return weight or STOP_WEIGHT
    if _linking(piece, first):
        return 0.0  # Ermittlungs: no word alone, whatever the list counts of "Ermittlungs- und …"
    if weight:
        return weight
    if len(folded) <= 2:
        return SHORT_WEIGHT
    if len(folded) <= SYLLABLE:
        return 0.0
    return max(UNKNOWN_WORD, compound_weight(folded) - COMPOUND_COST)


def _linking(piece: str, first: bool) -> bool:
    return piece[-1] == "s" and (piece[0].isupper() or not first) and bool(_LINKING_FORM.search(piece.lower()))


def _seams(pieces: tuple[str, ...]) -> frozenset[int]:
    """Where a compound's parts must not meet: where the pieces do (``Verfahrens gegen`` is no
    ``Verfahrens|gegen``) unless a piece ends in a linking form (``Organisations zugehörigkeit``); a letter
    before (``weitgehen|d unge``), two after (``Marktwert|er mittelbar``: a participle's prefix ends no
    part) or before an -er ending (``Wals|er nannte``); and inside a piece the list knows as a word
    (``Schiffsmechanik|er be``, ``Zugriff|en|ge schützt``): parts are made of pieces that are no words."""
    seams: set[int] = set()
    start = 0
    buckets = word_buckets()
    for position, piece in enumerate(pieces):
        folded = key(piece)
        end = start + len(folded)
        if bucket_weight(buckets, folded):
            seams.update(range(start + 1, end))
        if position < len(pieces) - 1:
            seams.update((end - 1, end + 1, end + 2))
            if folded.endswith("er"):
                seams.add(end - 2)  # Walser nannte: -er ends nouns (Lehrer, Walser), no part "Wals|ernannte"
            if not _linking(piece, first=position == 0):
                seams.add(end)
        start = end
    return frozenset(seams)


def compound_weight(folded: str, seams: frozenset[int] = frozenset()) -> float:
    """The weight of ``folded`` as two or three known words (a modifier may end in a linking ``s``),
    cut nowhere in ``seams``: its rarest part's, 0 when it is none.  Cruder than the analysis'
    splitter, which the ingest stage does not use."""
    if len(folded) < MIN_COMPOUND:
        return 0.0
    best = 0.0
    for cut in range(MIN_PART, len(folded) - MIN_PART + 1):
        head = 0.0 if cut in seams else _part(folded[cut:], final=True)
        if head > best:
            modifier = _part(folded[:cut], final=False) or _two_parts(folded[:cut], seams)
            best = max(best, min(modifier, head))
    return best


def _two_parts(folded: str, seams: frozenset[int]) -> float:
    """``folded`` as two modifiers (Orts|umgehungs-), cut nowhere in ``seams``."""
    best = 0.0
    for cut in range(MIN_PART, len(folded) - MIN_PART + 1):
        if cut not in seams:
            best = max(best, min(_part(folded[:cut], final=False), _part(folded[cut:], final=False)))
    return best


def _part(folded: str, final: bool) -> float:
    """The weight of a compound's part: a word of at least MIN_PART letters seen often enough and no
    function word; a modifier also with a linking ``s``."""
    if len(folded) < MIN_PART or folded in STOP_WORDS:
        return 0.0
    buckets = word_buckets()
    weight = bucket_weight(buckets, folded)
    if not final and folded.endswith("s") and len(folded) > MIN_PART and folded[:-1] not in STOP_WORDS:
        weight = max(weight, bucket_weight(buckets, folded[:-1]))
    return weight if weight >= MIN_PART_WEIGHT else 0.0
