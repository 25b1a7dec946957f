"""Term lookups remembered for the length of one search.

Whoosh asks a segment's term table for a term's document frequency whenever it sizes a query (``estimate_size``, to
order the parts of an And or an Or) and for its term info whenever it opens a matcher, and our query compiler asks
whether the texts hold a word: the same terms again and again.  A search of the relaxed tier at 10k asks 500 to 1 500
frequencies of 200 to 300 terms and some 400 infos of 120, each a hash probe and several reads of the term file.
While one search runs its segments do not change, so each term is looked up once per segment.  Nothing is kept across
searches: no cache to size, no entry outliving a commit, and a repeated search (a benchmark asks each query many
times) costs what the first one does.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")
_LOOKUPS: ContextVar[dict[Hashable, object] | None] = ContextVar("term_lookups", default=None)


@contextmanager
def remembered() -> Iterator[None]:
    """Within the block (one search, in this thread), each lookup passed to :func:`looked_up` is made once."""
    token = _LOOKUPS.set({})
    try:
        yield
    finally:
        _LOOKUPS.reset(token)


def looked_up(key: Hashable, look_up: Callable[[], T]) -> T:
    """``look_up()`` — once per ``key`` inside :func:`remembered`, each time outside it.  A KeyError (a term the table
    lacks) is remembered too and raised again, as the term table raises it."""
    memo = _LOOKUPS.get()
    if memo is None:
        return look_up()
    if key not in memo:
        try:
            memo[key] = look_up()
        except KeyError:
            memo[key] = None
    found = memo[key]
    if found is None:
        raise KeyError(key)
    return found  # type: ignore[return-value]  # what look_up gave for this key
