"""Does a text show any sign of being a parliamentary answer (or the Anfrage it answers)?

Every answer to a Kleine Anfrage, even a cut excerpt or a Fragestunde's transcript, names at least one
of: the Anfrage, the Antwort, a Drucksache, a parliament, a government or Senate, the Abgeordnete or the
Fragesteller.  A form, a table or a page of a law that names none of them is no answer, whatever a
metadata file says about it — parsing its numbered lines as questions would archive a garbage document.

Measured on every text the project has: all 324 answer texts (tests/fixtures with cut/ and without-id/,
the shared and the project corpus, queries/corpus*) name at least one sign; 19 of the 20 official PDFs of
``../shared/pdfs`` (forms, law pages) name none, the twentieth is a Gesetzentwurf of a Landtag (refused by the
parser as one); of the 6,636 federal laws in ``../shared/bench`` 4,393 name none.
"""

from __future__ import annotations

import re

# Lower-case word parts; "Antwort" at a word's start ("beantwortet" is a form's "mit Ja beantwortet",
# "verantwortlich" anything), the others anywhere in a word ("Landesregierung", "Kleinen Anfrage").
_SIGNS = re.compile(
    r"anfrage|\bantwort|drucksache|\bdrs\b|landtag|bundestag|bürgerschaft|abgeordnetenhaus"
    r"|landesregierung|staatsregierung|bundesregierung|\bsenat(?:s|e|es)?\b|abgeordnete|fragesteller",
    re.IGNORECASE,
)

NO_ANSWER = (
    "Der Text zeigt kein Zeichen einer Antwort auf eine parlamentarische Anfrage: Keines der Wörter, die jede "
    "Antwort trägt (Anfrage, Antwort, Drucksache, Landtag/Bundestag/Bürgerschaft, Landesregierung/Senat, "
    "Abgeordnete, Fragesteller), kommt darin vor. Ist es die richtige Datei?"
)


def shows_answer_signs(lines: list[str]) -> bool:
    """True when ``lines`` name at least one word every answer carries (see the module's note)."""
    return _SIGNS.search(" ".join(" ".join(lines).split())) is not None
