"""A document's id as people copy or type it, read as the archive writes it: the document page opens these
(``/dokument/NI_19_011221.pdf``, ``/dokument/Berlin-17-12186``, ``/dokument/17-12186``) and the search box reads
them pasted, so both take them from here."""

from __future__ import annotations

import re
from collections.abc import Iterable

from indexer.model import DOC_ID
from indexer.parliaments import parliament_code

# A question as a link names it: counted (``3``) or as printed (``2a``, ``2.1``, a letter alone: ``b``)
LINKED_QUESTION = r"[0-9]{1,3}(?:[a-z]|\.[0-9]{1,2})?|[a-z]"
# A Drucksache typed as an id, with the Land's name or none: ``berlin-17-12186``, ``nrw-17-6448``, ``17-6448``; a
# name of hyphenated words as the Land writes it or typed with a space (``nordrhein-westfalen-17-6448``,
# ``baden-wuerttemberg-17-512``: :func:`own_id` writes a space as „-“)
TYPED_DRUCKSACHE = re.compile(
    r"(?:(?P<land>[^\W\d_]+(?:-[^\W\d_]+)*)-?)?(?P<period>[0-9]{1,2})[-.](?P<number>[0-9]{1,6})"
)

_SUFFIX = re.compile(r"\.(?:txt|pdf|json)$")
_SEPARATORS = re.compile(r"[_\s]+")
_LEADING_ZEROS = re.compile(r"(?<=-)0+([0-9])")


def own_id(copied: str) -> str:
    """An id as people copy it, as the archive writes it: ``NI_19_011221.pdf`` → ``ni-19-11221``."""
    return _LEADING_ZEROS.sub(r"\1", _SEPARATORS.sub("-", _SUFFIX.sub("", copied.strip().lower())))


def copied_id(copied: str) -> str | None:
    """The id ``copied`` is, as the archive writes it (see :func:`own_id`); None where it is no id."""
    own = own_id(copied)
    return own if DOC_ID.fullmatch(own) else None


def drucksache_ids(typed: re.Match[str], held_parliaments: Iterable[str]) -> list[str]:
    """The ids a Drucksache typed as an id (see :data:`TYPED_DRUCKSACHE`) may name: of the parliament its Land's
    name names (none for a name of no parliament), else of each parliament the archive holds answers of."""
    land = typed["land"]
    codes = [code] if land and (code := parliament_code(land)) else [] if land else list(held_parliaments)
    return [f"{code}-{typed['period']}-{typed['number']}" for code in codes]
