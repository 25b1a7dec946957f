"""Why nothing is found where the words alone find answers: the exclusions (``-Polizei``, ``NICHT Polizei``,
``-titel:Boote``, ``-"häusliche Gewalt"``) take every one of them — said on the page, in the API and by the CLI, instead
of „Keine Antwort enthält den Suchbegriff „Boote -Polizei““, read as if no answer held „Boote“."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from indexer.errors import QueryError
from indexer.search.filters import Filters
from indexer.search.results import ResultPage
from indexer.words import counted

if TYPE_CHECKING:
    from indexer.search.engine import Engine

# An exclusion as typed, with the field it is restricted to, if any
_EXCLUSION = re.compile(r'(?<!\S)(?:-|(?:NICHT|NOT)\s+)(?:(?P<field>\w+):)?(?P<term>"[^"]*"|„[^“”]*[“”]|\S+)')
# Where an excluded word is looked for, by the field it is restricted to (None: where an included word counts, the
# answer and its document's title) — one answer, several
_WHERE = {
    None: ("in der Antwort oder im Titel ihres Dokuments", "in der Antwort oder im Titel ihrer Dokumente"),
    "titel": ("im Titel ihres Dokuments", "im Titel ihrer Dokumente"),
    "frage": ("in ihrer Frage", "in ihren Fragen"),
    "antwort": ("in der Antwort", "in den Antworten"),
    "vorbemerkung": ("in der Vorbemerkung ihres Dokuments", "in der Vorbemerkung ihrer Dokumente"),
    "anlage": ("in Anlagen oder Fußnoten ihres Dokuments", "in Anlagen oder Fußnoten ihrer Dokumente"),
}


def with_exclusion_notice(engine: Engine, results: ResultPage, query: str, filters: Filters | None) -> ResultPage:
    """``results`` with the notice of :func:`excluded_all` where no answer meets every word and nothing else is said —
    also above relaxed answers, which lack a word: they never tell that the exclusions took every full match."""
    if results.total or results.notice or results.asker:
        return results
    return replace(results, notice=excluded_all(engine, query, filters or Filters()))


def excluded_all(engine: Engine, query: str, filters: Filters) -> str | None:
    """„12 Antworten enthalten „Boote“; „-Polizei“ schließt alle aus: das Wort steht …“, or None where the words
    without their exclusions find nothing either."""
    excluded = list(_EXCLUSION.finditer(query))
    kept = _EXCLUSION.sub(" ", query).split()
    if not excluded or not kept:
        return None
    try:
        found = engine.count(" ".join(kept), filters)  # full matches only: no relaxed tier, no scoring
    except QueryError:
        return None
    if not found:
        return None
    one = found == 1
    typed = "„" + "“, „".join(match.group(0) for match in excluded) + "“"
    if len(excluded) == 1:
        subject = "die Wortfolge" if excluded[0].group("term")[0] in '"„' else "das Wort"
        reason = f"{subject} steht {_where(excluded[0], one)}"
    elif all(_field(match) is None for match in excluded):
        reason = f"eines davon steht {_where(excluded[0], one)}"
    else:
        places = ", ".join(f"„{match.group(0)}“ {_where(match, one)}" for match in excluded)
        reason = f"{'sie' if one else 'jede'} enthält eines davon ({places})"
    return (
        f"{counted(found, 'Antwort')} {'enthält' if one else 'enthalten'} „{' '.join(kept)}“; "
        f"{typed} {'schließt' if len(excluded) == 1 else 'schließen'} {'sie' if one else 'alle'} aus: {reason}."
    )


def _field(match: re.Match[str]) -> str | None:
    """The field an exclusion is restricted to; a word with another colon (``-foo:bar``) is a word."""
    field = (match.group("field") or "").lower()
    return field if field in _WHERE else None


def _where(match: re.Match[str], one: bool) -> str:
    single, several = _WHERE[_field(match)]
    return single if one else several
