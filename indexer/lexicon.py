"""The German word list both stages consult: loaded once per process, shared, never copied.

Two gzipped ``word bucket`` lists ship in ``data/`` (see ``data/README.md``): ``lexicon-de.txt.gz``
(words of federal laws and Bundestag speeches) and ``nouns-de.txt.gz`` (Wiktionary's nouns with
``wordfreq`` frequencies).  Each word is a lexicon key (:func:`key`) with its frequency as a power of
two.  The analysis splits compounds with it (:mod:`indexer.analysis.compounds`); the ingest stage
mends words a copy broke apart (:mod:`indexer.ingest.broken_words`).  Both read the one dict that
:func:`word_buckets` returns: it holds about 250,000 words (some 30 MB), loaded on first use.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from whoosh.lang import stopwords_for_language

from indexer.typography import ACCENTED_LETTERS

LEXICON_FILE = "lexicon-de.txt.gz"
NOUNS_FILE = "nouns-de.txt.gz"
UMLAUTLESS_FILE = "umlautless-de.txt.gz"
CAPITALISED_FILE = "capitalised-de.txt.gz"
_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", **ACCENTED_LETTERS})


def spelled_out(word: str) -> str:
    """A lower-case ``word`` as a keyboard without umlauts, ß and accents writes it: ``für`` → ``fuer``,
    ``moriße`` → ``morisse``, ``koçak`` → ``kocak``."""
    return word.translate(_SPELLED_OUT)


def _with_spellings(words: Iterable[str]) -> frozenset[str]:
    """Each word as listed and as a keyboard without umlauts and ß writes it (``für`` → ``fuer``,
    ``daß`` → ``dass``): the analysis turns ß into ss before it asks this list, and a ``fuer`` left
    standing would be a query word every answer lacks."""
    return frozenset(spelling for word in words for spelling in (word, spelled_out(word)))


# German function words (Whoosh's list): no index term, no part of a compound, never a fragment of a word.
STOP_WORDS = _with_spellings(stopwords_for_language("de"))
_DIGRAPHS = re.compile(r"(?<=[aou])(?<!q[aou])e")  # the e of ae, oe, ue (not of que): dropped


def key(word: str) -> str:
    """Lexicon key: lower case, ß → ss, umlauts without dots."""
    lowered = word.lower()
    return lowered if lowered.isascii() else lowered.translate(_UMLAUTS)


def read_buckets(raw: bytes) -> dict[str, int]:
    """A gzipped ``word bucket`` list as a dict."""
    buckets: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        word, _, bucket = line.partition(" ")
        if word and bucket:
            buckets[word] = int(bucket)
    return buckets


@lru_cache(maxsize=1)
def word_buckets() -> dict[str, int]:
    """The shipped lists merged (the higher bucket wins): one dict per process, read-only by convention."""
    data = resources.files("indexer").joinpath("data")
    buckets = read_buckets(data.joinpath(LEXICON_FILE).read_bytes())
    for word, bucket in read_buckets(data.joinpath(NOUNS_FILE).read_bytes()).items():
        if bucket > buckets.get(word, -1):
            buckets[word] = bucket
    return buckets


@lru_cache(maxsize=1)
def umlautless_buckets() -> dict[str, int]:
    """The keys the corpus mostly writes with umlauts (``hore``: ``höre``), each with the bucket of its
    spellings without one (-1: none): what a part written without umlauts weighs in the splitter."""
    return read_buckets(resources.files("indexer").joinpath("data", UMLAUTLESS_FILE).read_bytes())


def shipped_words(name: str) -> frozenset[str]:
    """The words of the gzipped word list ``name`` in ``indexer/data`` (one per line)."""
    raw = resources.files("indexer").joinpath("data", name).read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split())


@lru_cache(maxsize=1)
def capitalised_words() -> frozenset[str]:
    """The words (in lower case, umlauts kept) the laws and speeches write capitalised almost always
    (``entwurf``, ``hause``, ``erträge``): nouns, no word of their own where a text writes them in lower case
    mid-sentence."""
    return shipped_words(CAPITALISED_FILE)


def bucket_weight(buckets: dict[str, int], folded: str) -> float:
    """log2 frequency + 1 of the lexicon key ``folded`` in ``buckets`` (0 when unknown), trying the
    ``oe`` → ``ö`` spelling too."""
    bucket = buckets.get(folded)
    if bucket is None and ("ae" in folded or "oe" in folded or "ue" in folded):
        bucket = buckets.get(_DIGRAPHS.sub("", folded))
    return 0.0 if bucket is None else float(bucket) + 1.0


def weight(word: str) -> float:
    """How common ``word`` is in the shipped lists (see :func:`bucket_weight`); 0 for a word they lack."""
    return bucket_weight(word_buckets(), key(word))
