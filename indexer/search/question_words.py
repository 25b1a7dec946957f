"""A query typed as a question: which of its words ask rather than name a topic.

``Warum kommt das Kinderschutzgesetz später``, ``Wie viele Angriffe auf Obdachlose gibt es``: an answer to the
question repeats neither the question words nor „gibt es“, and its finite verb or a preposition Whoosh's stop words
lack only ranks.
"""

from __future__ import annotations

from indexer.search.bounds import PUNCTUATION, nothing_to_search
from indexer.search.syntax import Clause, plain

# Interrogatives a query asked as a question holds (``warum kommt das Kinderschutzgesetz später``): they name no
# topic, and a text answering the question does not repeat them.  Whoosh's German stop words hold wie, was, wo, welche.
QUESTION_WORDS = frozenset(
    {"warum", "wieso", "weshalb", "weswegen", "wann", "wer", "wen", "wem", "wessen", "wieviel", "wieviele"}
    | {"inwiefern", "inwieweit", "wodurch", "womit", "wozu", "woher", "wohin", "wofür", "wofuer"}
)


# What asks with „wie“ before it (``wie viele Lehrkräfte``, ``wie hoch sind die Kosten``): „wie“ is a stop word, and
# an answer giving the number or the sum does not say „viele“ or „hoch“ either
ASKED_AFTER_WIE = frozenset(
    {"viel", "viele", "vielen", "hoch", "hohe", "hoher", "lang", "lange", "oft", "häufig", "haeufig", "weit", "groß"}
    | {"gross", "alt", "schnell", "teuer"}
)


def _bare(items: list[list[Clause]], at: int) -> str | None:
    """Item ``at`` as a bare word, lower case and without the punctuation after it (``wann?``, ``Wieso,``)."""
    item = items[at]
    return item[0].text.strip(PUNCTUATION).lower() if len(item) == 1 and plain(item[0]) else None


# „es gibt“ asks whether something exists (``wie viele Angriffe auf Obdachlose gibt es``): an answer giving the
# number does not say „gibt es“ either
EXISTENTIAL = frozenset({"gibt", "gab", "gäbe", "gaebe"})


def _asked(items: list[list[Clause]], at: int) -> tuple[int, ...]:
    """The items a question word at item ``at`` spans: a bare question word itself, a word asking with the bare „wie“
    before it, „gibt“ with the „es“ beside it; none for any other word."""
    word = _bare(items, at)
    if word in QUESTION_WORDS:
        return (at,)
    if word in ASKED_AFTER_WIE and at > 0 and _bare(items, at - 1) == "wie":
        return (at - 1, at)
    if word in EXISTENTIAL:
        beside = [n for n in (at - 1, at + 1) if 0 <= n < len(items) and _bare(items, n) == "es"]
        return tuple(sorted((at, beside[0]))) if beside else ()
    return ()


def question_verb(items: list[list[Clause]]) -> list[Clause] | None:
    """The finite verb of a question typed as one (``Wer zahlt die …``, ``Wie viel gab die Bundesregierung …``): the
    word in lower case right after the opening question word, where the query writes its nouns capitalised.  Not
    after a bare „wie“: an adjective follows it (``wie klimaschädlich``); nor one before a noun: an adjective too."""
    first = _bare(items, 0)
    after_wie = first == "wie" and len(items) > 1 and _bare(items, 1) in ASKED_AFTER_WIE
    if not (first in QUESTION_WORDS or first in {"was", "wo"} or after_wie):
        return None
    at = 2 if after_wie else 1
    if at >= len(items) or _bare(items, at) is None:
        return None
    text = _typed(items, at).strip(PUNCTUATION)
    nouns = any(_capitalised(items, later) for later in range(at + 1, len(items)))
    before_noun = _capitalised(items, at + 1)  # ``Wie viele syrische Flüchtlinge``
    return items[at] if text.isalpha() and text[:1].islower() and nouns and not before_noun else None


def _typed(items: list[list[Clause]], at: int) -> str:
    """Item ``at`` as typed (its first clause's text); empty past the last."""
    return items[at][0].text if at < len(items) else ""


def _capitalised(items: list[list[Clause]], at: int) -> bool:
    return _typed(items, at)[:1].isupper()


def _nothing_to_search(items: list[list[Clause]]) -> bool:
    """Whether ``items`` hold no word to search: function words and negated words only."""
    return all(clause.negated or nothing_to_search(clause) for item in items for clause in item)


def without_question_words(items: list[list[Clause]]) -> tuple[list[list[Clause]], tuple[str, ...]]:
    """The query's items without its bare question words, and those words — unless nothing else would be left."""
    asked = [span for at in range(len(items)) if (span := _asked(items, at))]
    dropped = {n for span in asked for n in span}
    rest = [item for at, item in enumerate(items) if at not in dropped]
    if not asked or _nothing_to_search(rest):
        return items, ()  # nothing else to search („warum“, „warum der“): the word itself
    named = (" ".join(items[n][0].text.strip(PUNCTUATION) for n in span) for span in asked)
    return rest, tuple(dict.fromkeys(named))


# Prepositions, a verb's particle and conjunctions that Whoosh's German stop words lack (``per Flugzeug``, ``wegen
# Betrug``, ``seit Corona``, ``Wer bricht … ab``, ``sowie``): they name no topic, and an answer on it need not use
# them — they only rank
UNLISTED_FUNCTION_WORDS = frozenset(
    {"per", "pro", "via", "seit", "laut", "gemäß", "gemaess", "ab", "trotz", "wegen", "samt", "neben", "innerhalb"}
    | {"außerhalb", "ausserhalb", "statt", "anstatt", "mittels", "binnen", "infolge", "aufgrund", "hinsichtlich"}
    | {"bezüglich", "bezueglich", "seitens", "zwecks", "sowie", "bzw", "beziehungsweise"}
)


def unlisted_function_words(items: list[list[Clause]]) -> list[list[Clause]]:
    """The bare :data:`UNLISTED_FUNCTION_WORDS` among the query's items — none where nothing else is to search.  Not
    one of a name: capitalised after the first word or before another capitalised one (``Pro Asyl``, ``Pro Familia``);
    nor one before a number (``ab 2025``, ``laut § 3``: the number would be searched alone)."""
    found = [
        item
        for at, item in enumerate(items)
        if _bare(items, at) in UNLISTED_FUNCTION_WORDS
        and not (_capitalised(items, at) and (at or _capitalised(items, at + 1)))
        and not _typed(items, at + 1)[:1].isdigit()
    ]
    rest = [item for item in items if not any(item is f for f in found)]
    return [] if _nothing_to_search(rest) else found
