"""A state's name and its adjective are one word to a searcher: ``Exportkontrollen Chinas`` is what an answer calls
„die chinesischen Exportkontrollen“, ``syrischer Straftäter`` one „aus Syrien“.

Snowball stems some pairs alike (Ukraine and ukrainisch: „ukrain“; Irak and irakisch), most not (China „china“,
chinesisch „chines“; Russland and russisch; Polen „pol“, polnisch „polnisch“).  The pairs are the one-word short
names of the states the parliaments' answers name most, with their adjectives as the Auswärtiges Amt's list of state
names for official use gives them, and the names the texts use for two whose official short name is of two words
(``USA`` for the Vereinigte Staaten, ``Großbritannien`` for the Vereinigtes Königreich).  Deutschland is left out: its
adjective is in nearly every answer.
"""

from __future__ import annotations

import functools

from indexer.analysis.query_text import query_words

# (state, adjective): the names as printed, the adjective in its base form
STATES = (
    ("Afghanistan", "afghanisch"),
    ("Ägypten", "ägyptisch"),
    ("Albanien", "albanisch"),
    ("Algerien", "algerisch"),
    ("Argentinien", "argentinisch"),
    ("Armenien", "armenisch"),
    ("Aserbaidschan", "aserbaidschanisch"),
    ("Äthiopien", "äthiopisch"),
    ("Australien", "australisch"),
    ("Bangladesch", "bangladeschisch"),
    ("Belarus", "belarussisch"),
    ("Belgien", "belgisch"),
    ("Brasilien", "brasilianisch"),
    ("Bulgarien", "bulgarisch"),
    ("Chile", "chilenisch"),
    ("China", "chinesisch"),
    ("Dänemark", "dänisch"),
    ("Eritrea", "eritreisch"),
    ("Estland", "estnisch"),
    ("Finnland", "finnisch"),
    ("Frankreich", "französisch"),
    ("Georgien", "georgisch"),
    ("Ghana", "ghanaisch"),
    ("Griechenland", "griechisch"),
    ("Großbritannien", "britisch"),
    ("Indien", "indisch"),
    ("Indonesien", "indonesisch"),
    ("Irland", "irisch"),
    ("Italien", "italienisch"),
    ("Japan", "japanisch"),
    ("Jemen", "jemenitisch"),
    ("Jordanien", "jordanisch"),
    ("Kanada", "kanadisch"),
    ("Kasachstan", "kasachisch"),
    ("Katar", "katarisch"),
    ("Kenia", "kenianisch"),
    ("Kolumbien", "kolumbianisch"),
    ("Kosovo", "kosovarisch"),
    ("Kroatien", "kroatisch"),
    ("Kuba", "kubanisch"),
    ("Lettland", "lettisch"),
    ("Libanon", "libanesisch"),
    ("Libyen", "libysch"),
    ("Litauen", "litauisch"),
    ("Marokko", "marokkanisch"),
    ("Mexiko", "mexikanisch"),
    ("Moldau", "moldauisch"),
    ("Montenegro", "montenegrinisch"),
    ("Niederlande", "niederländisch"),
    ("Nigeria", "nigerianisch"),
    ("Norwegen", "norwegisch"),
    ("Österreich", "österreichisch"),
    ("Pakistan", "pakistanisch"),
    ("Polen", "polnisch"),
    ("Portugal", "portugiesisch"),
    ("Rumänien", "rumänisch"),
    ("Russland", "russisch"),
    ("Saudi-Arabien", "saudi-arabisch"),
    ("Schweden", "schwedisch"),
    ("Schweiz", "schweizerisch"),
    ("Serbien", "serbisch"),
    ("Slowakei", "slowakisch"),
    ("Slowenien", "slowenisch"),
    ("Somalia", "somalisch"),
    ("Spanien", "spanisch"),
    ("Sudan", "sudanesisch"),
    ("Südafrika", "südafrikanisch"),
    ("Syrien", "syrisch"),
    ("Tschechien", "tschechisch"),
    ("Tunesien", "tunesisch"),
    ("Türkei", "türkisch"),
    ("Ukraine", "ukrainisch"),
    ("Ungarn", "ungarisch"),
    ("USA", "amerikanisch"),
    ("Usbekistan", "usbekisch"),
    ("Venezuela", "venezolanisch"),
    ("Vietnam", "vietnamesisch"),
)


@functools.cache
def _counterparts() -> dict[str, str]:
    """The term of each state's name (and of its genitive, which Snowball keeps apart after a vowel: „Kubas“,
    „Kenias“) to its adjective's, and the adjective's back to the name's, where Snowball stems them apart."""
    found: dict[str, str] = {}
    for state, adjective in STATES:
        name, other = query_words(state)[0][0], query_words(adjective)[0][0]
        if name == other:
            continue
        found[name], found[other] = other, name
        genitive = query_words(f"{state}s")[0][0]
        if genitive not in (name, other) and not state.endswith(("s", "x", "z")):
            found[genitive] = other
    return found


def counterpart(term: str) -> str | None:
    """The term of a state's adjective for the term of its name (``china`` → ``chines``), of its name for its
    adjective's (``syrisch`` → ``syri``); None for any other term."""
    return _counterparts().get(term)
