"""How much one query may ask for, checked before anything runs.

Fuzzy (``wort~2``) and prefix (``wort*``) clauses each walk the index vocabulary; seventy of
them took 5–13 s and slowed every other search.  Limits here refuse such a query at once with
a German reason, so the time limit of ranking only ever has bounded work left to cut short.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from indexer.errors import QueryError
from indexer.lexicon import STOP_WORDS

if TYPE_CHECKING:
    from indexer.search.syntax import Clause

MAX_CLAUSES = 40  # words, phrases and expansions in one query (function words, which no index term stands for, not)
PUNCTUATION = ".,;:!?()"  # typed around a word, no part of it ("keine Daten,", "saniert?")
MAX_EXPANDING = 4  # fuzzy and prefix clauses in one query


def check_cost(items: Sequence[Sequence[Clause]]) -> None:
    """Raise :class:`QueryError` when the parsed query asks for more than the limits allow."""
    clauses = [clause for item in items for clause in item if not nothing_to_search(clause)]
    if len(clauses) > MAX_CLAUSES:
        raise QueryError(
            f"Die Suchanfrage hat {len(clauses)} Begriffe; höchstens {MAX_CLAUSES} sind möglich. "
            "Bitte weniger Begriffe verwenden."
        )
    expanding = sum(1 for clause in clauses if clause.fuzzy or clause.prefix)
    if expanding > MAX_EXPANDING:
        raise QueryError(
            f"Die Suchanfrage hat {expanding} unscharfe (~) oder Präfix-Begriffe (*); "
            f"höchstens {MAX_EXPANDING} sind möglich."
        )


def nothing_to_search(clause: Clause) -> bool:
    """A plain word the index holds no term for (``der``, ``und``, ``wie``), or punctuation typed apart („warum ?“):
    it costs no search, so a question pasted from a Kleine Anfrage („Wie ist der Stand der … und welche …?“) is not
    refused for its function words, nor is a question word beside them searched for want of anything else."""
    plain = not (clause.phrase or clause.prefix or clause.fuzzy)
    word = clause.text.strip(PUNCTUATION).lower()
    return plain and (not word or word in STOP_WORDS)
