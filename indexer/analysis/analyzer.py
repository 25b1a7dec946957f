"""The German analyzer, used for indexing, querying and highlighting alike.

The analyzer is pickled into the Whoosh index, so everything here is a module-level
class with plain, picklable state; the PyStemmer object is created lazily and never
pickled.  Changing token output here (or a word list it reads) changes the index terms: raise
:data:`ANALYSIS`, so an index built with the old terms is refused and rebuilt.

Chain: words (hyphenated compounds kept together, ``17/6448`` kept whole, a web address's path dropped) → lowercase →
ß/ẞ→ss → German stop words → compounds as whole plus parts (hyphenated: whole, joined and
parts; closed compounds: heads and modifiers from a lexicon) → Snowball German stem (which
also folds ä/ö/ü and ae/oe/ue, so both spellings meet on either side), with the suffixes that make
a noun of its own put back (:func:`inflection_stem`).  Indexing runs the same steps in one pass with
a cache per word (:mod:`indexer.analysis.index_side`): a change here must be made there too (its tests compare).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import Stemmer
from whoosh.analysis import Filter, RegexTokenizer, Token

from indexer.analysis.compounds import CompoundSplitter, Split, default_splitter
from indexer.analysis.word_forms import (
    MIN_FORM_HEAD,
    NORMALISE_TABLE,
    ends_in_stem_form,
    fold,
    head_stem_form,
    inflection_stem,
    keep_umlauts,
    kept_umlauts,
    one_spelling,
    stem_form,
    without_plural_s,
)
from indexer.lexicon import STOP_WORDS

# A word: letters/digits with inner hyphens (Passiv-Aktiv-Transfer, PMK-links), or a
# document number (17/6448); a hyphen before a space is kept ("Haft- und Sanitärräume").
# Soft hyphens inside words are dropped by normalisation.
HEAD_MARK = "›"  # never part of a token (WORD_PATTERN): marks a compound's head in the index
# After a citation word a document number may be printed with a thousands space, as Berlin prints numbers of five
# digits ("Schriftliche Anfrage Nr. 17/13 593", "Drucksache 17 / 16 846"): one token, its spaces dropped by
# normalisation, so it is the 17/13593 a citation search looks for; elsewhere "17/13 593" stays two numbers (and
# so does a second number of a list: "Drucksachen 17/13 593 und 17/13 594"). Any case, spaces or no-break spaces.
# The first digit is read before looking behind it: a pattern that begins with look-behinds tries them at every
# position of every text (tokenising took half as long again).
_CITATION_WORDS = ("Drucksache", "Drucksachen", r"Drucks\.", r"Drs\.", "Drs", r"Nr\.", "Anfrage", "Anfragen")
SPACED_NUMBER = r"(?i:\d(?:{}))".format("|".join(rf"(?<={word}[ \u00a0]\d)" for word in _CITATION_WORDS)) + (
    r"\d?[ \u00a0]?/[ \u00a0]?\d{1,3}[ \u00a0]\d{3}(?![\w/])"
)
# A hyphen glued to a conjunction hangs like one before a space: "Sicherheits-bzw. Wachdienste", "Kinder-und
# Jugendhilfe" as copies write "Sicherheits- bzw. Wachdienste" (not "Frage-und-Antwort-Spiel").
_HANGS = r"(?=\s|(?:und|oder|bzw|sowie)\b(?![-\u2010\u2011]))"
# The path of a web address after its host is one token, and no word (see GermanWordFilter.word): its pieces name the
# page it links to, not what the answer says ("…/monitoring_asiatische_hornisse/…", "…/trusted-flaggers-under-dsa");
# the host's words stay (www.arbeitsagentur.de, www.hamburg.de). The slash is read before looking behind it.
# It ends at white space, or before a bracket, comma or semicolon glued to the next word ("….html,Drs. 17/6448").
_HOST_ENDS = (
    *("de", "eu", "com", "org", "net", "int", "info", "gov", "edu", "io", "news", "museum"),
    *("at", "ch", "fr", "uk", "nl", "be", "it", "pl", "dk", "se", "lu"),
    *("nrw", "bayern", "berlin", "hamburg", "saarland", "sachsen", "ruhr", "koeln"),
)
URL_PATH = (
    "/(?i:{})".format("|".join(rf"(?<=\.{end}/)" for end in _HOST_ENDS)) + r"(?:[^\s<>\"“”),;]|[),;](?![^\W\d_]))*"
)
WORD_PATTERN = (
    rf"{URL_PATH}|{SPACED_NUMBER}|"
    + rf"\d+/\d+|\w+(?:[-\u2010\u2011\u00ad](?!(?:und|oder|bzw|sowie)\b(?![-\u2010\u2011]))\w+)*(?:-{_HANGS})?"
)
SUSPENSION_REACH = 3  # "Haft- und Sanitärräume": the completing word follows within this many positions
# Between a hanging word and the word that completes it, besides the stop words und/oder/als/bis/wie
LINKING_WORDS = frozenset({"bzw", "beziehungsweise", "sowie", "respektive"})
# Separable verb particles a hanging word may be („Aus- und Fortbildung“, „Vor- und Nachteile“), longest first; not the
# prefixes be-, er-, ent-, ver-, which begin derived words: „Um- und Erweiterungsbauten“ are Umbauten (the head rule)
PARTICLES = tuple(
    sorted(
        {"ab", "an", "auf", "aus", "bei", "durch", "ein", "fort", "gegen", "her", "hin", "mit", "nach", "über", "uber"}
        | {"um", "unter", "vor", "weg", "weiter", "wieder", "zu", "zurück", "zuruck"},
        key=len,
        reverse=True,
    )
)
MIN_PARTICLE_REST = 3  # what follows the next word's particle: „Nachteile“ → „teile“


def particle_completion(hanging: str, following: str) -> str | None:
    """``Aus- und Fortbildung`` also means ``Ausbildung``: a hanging particle takes the place of the next
    word's own (``Vor- und Nachteile``: Vorteile; ``An- und Abwesenheit``: Anwesenheit).  None when
    ``hanging`` is no particle or the next word begins with none (normalised words, lower case)."""
    if hanging not in PARTICLES:
        return None
    own = next((p for p in PARTICLES if following.startswith(p)), None)
    if own is None or len(following) - len(own) < MIN_PARTICLE_REST:
        return None
    return hanging + following[len(own) :]


_DIGIT = re.compile(r"\d")
_ROMAN = re.compile(r"[ivx]+")  # a book's or a part's number: no German word is made of these letters alone


class ShortFormPluralFilter(Filter):
    """``ZABs``, ``KiTas``: the plural or genitive of an abbreviation is the abbreviation (``ZAB``).
    Runs before lower-casing, which would hide what is an abbreviation."""

    _plural = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]*[A-ZÄÖÜ]s")

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        plural = self._plural
        for token in tokens:
            text = token.text
            if text[-1:] == "s" and len(text) > 2 and text[-2].isupper() and plural.fullmatch(text):
                token.text = text[:-1]
            yield token


class GermanNormaliseFilter(Filter):
    """ß/ẞ → ss and soft hyphens removed; umlauts are left to the stemmer (which folds them)."""

    _table = NORMALISE_TABLE | {ord(" "): None, 0xA0: None}  # and a spaced document number set solid (SPACED_NUMBER)

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        table = self._table
        for token in tokens:
            token.text = token.text.translate(table)
            yield token


class GermanWordFilter(Filter):
    """Each written word made ready for the compound step in one pass, cached per written form
    (most words recur): ``ZABs`` → ``ZAB`` (:class:`ShortFormPluralFilter`), lower case, ß → ss and
    soft hyphens out (:class:`GermanNormaliseFilter`), German stop words out with the later words
    renumbered as Whoosh's ``StopFilter`` does.  One filter instead of four generator stages
    makes the analyzer cheaper per token; the four classes stay for indexes that pickled them."""

    CACHE = 50_000  # bounded like the stem cache: a search worker analyses snippets too

    def __init__(self) -> None:
        self.cache: dict[str, str] = {}  # written word → normalised (see word)

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self.cache = {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    def word(self, text: str) -> str:
        """The normalised form of one written word (a stop word when in :data:`STOP_WORDS`; empty, so dropped as
        one, for a web address's path)."""
        cached = self.cache.get(text)
        if cached is None:
            if len(self.cache) >= self.CACHE:
                self.cache.clear()
            if text[:1] == "/":  # a web address's path (URL_PATH)
                self.cache[text] = ""
                return ""
            plural = text[-1:] == "s" and len(text) > 2 and text[-2].isupper()
            stripped = text[:-1] if plural and ShortFormPluralFilter._plural.fullmatch(text) else text
            cached = self.cache[text] = stripped.lower().translate(GermanNormaliseFilter._table)
        return cached

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        word, pos = self.word, None
        for token in tokens:
            text = token.text = word(token.text)
            if text and text not in STOP_WORDS:
                if token.positions:
                    if pos is None:
                        pos = token.pos
                    else:
                        pos += 1
                        token.pos = pos
                token.stopped = False
                yield token
            elif not token.removestops:
                token.stopped = True
                yield token


class CompoundFilter(Filter):
    """Index compounds whole and by their parts, so a part finds the compound and back.

    Hyphenated: ``Passiv-Aktiv-Transfer`` at position p yields ``passiv-aktiv-transfer`` and
    ``passivaktivtransfer`` at p and the parts at p, p+1, p+2 (with their own character
    ranges), so ``"Passiv Aktiv Transfer"`` matches as a phrase, ``PassivAktivTransfer``
    matches the joined form, and later words keep consecutive positions.

    Closed compounds (see :mod:`indexer.analysis.compounds`): ``Einzelhafträume`` also yields its
    heads ``hafträume``, ``räume`` and modifiers ``einzel``, ``haft`` — all at the word's
    own position and character range, so phrases keep working and a highlight marks the
    whole surface word.  At query time only the whole (joined) form is produced; the query
    compiler asks :func:`indexer.analysis.query_text.query_words` for the parts.
    """

    PARTS_CACHE = 50_000  # index terms of a word's parts, per written word: most words recur (bounded like the stems)

    def __init__(self) -> None:
        self._splitter: CompoundSplitter | None = None
        self._parts: dict[str, tuple[str, ...]] = {}
        self.index_terms: dict[str, tuple] = {}  # stemmed terms per word, for analysis.index_side; never pickled

    def __getstate__(self) -> dict:
        return {}

    def __setstate__(self, state: dict) -> None:
        self._splitter = None
        self._parts = {}
        self.index_terms = {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self)

    @property
    def splitter(self) -> CompoundSplitter:
        if self._splitter is None:
            self._splitter = default_splitter()
        return self._splitter

    def parts(self, word: str) -> tuple[str, ...]:
        """The terms indexed besides ``word`` itself: its heads (marked) and modifiers."""
        terms = self._parts.get(word)
        if terms is None:
            if len(self._parts) >= self.PARTS_CACHE:
                self._parts.clear()
            split = self.splitter.split(word)
            terms = () if split is None else (*map(as_head, split.heads), *split.modifiers)
            self._parts[word] = terms
        return terms

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        split, part_terms = self.splitter.split, self.parts
        shift = 0
        suspended: tuple[str, int, int, int] | None = None  # "haft-": (haft, pos, startchar, endchar)
        for token in tokens:
            text = token.text
            if token.positions:
                token.pos += shift
            hanging = text.endswith("-")
            if hanging:
                text = token.text = text.rstrip("-")
                if not text:
                    continue
            if suspended is not None and text in LINKING_WORDS:  # "Haft- bzw. Sanitärräume": it still hangs
                yield token
                continue
            if suspended is not None and not hanging and token.mode != "query":
                yield from _complete_suspended(token, suspended, split(text.rpartition("-")[2]))
            suspended = None
            if hanging and token.mode != "query":
                suspended = (
                    text.replace("-", ""),
                    token.pos if token.positions else 0,
                    token.startchar if token.chars else 0,
                    token.endchar if token.chars else 0,
                )
                if text in STOP_WORDS:  # "Ein- und Ausfahrt": completes, but is no word of its own
                    continue
            if "-" not in text:
                yield token
                if token.mode != "query":
                    yield from _compound_parts(token, part_terms(text))
                continue
            parts = [part for part in text.split("-") if part]
            joined = "".join(parts)
            if token.mode == "query":
                token.text = joined
                yield token
                continue
            yield token  # whole, with hyphens
            token.text = joined
            yield token
            if token.chars:
                start = token.startchar
            for run in leading_runs(parts):  # at the word's place, as its other parts there
                token.text = run
                if token.chars:
                    token.endchar = start + _end_of_run(text, run)
                yield token
            base = token.pos if token.positions else 0
            offset = 0
            for index, part in enumerate(parts):
                token.text = part
                if token.positions:
                    token.pos = base + index
                if token.chars:
                    part_start = text.find(part, offset)
                    offset = part_start + len(part)
                    token.startchar = start + part_start
                    token.endchar = start + offset
                yield token
                yield from _compound_parts(token, part_terms(part))
            shift += len(parts) - 1


def leading_runs(pieces: list[str]) -> list[str]:
    """The leading pieces of a hyphenated word of three pieces or more joined, as a word typed as one names them:
    „Cum-Ex-Geschäfte“ holds ``CumEx``, „E-Mail-Adresse“ ``Email``; the pieces alone and the whole word joined
    („cumexgeschäfte“) do not.  Not pieces that are all short or all digits: „To-go-Essen“ is no ``Togo``, „M-A-G“
    no ``MA``, „1-1-Betreuung“ no ``11``; nor the pieces of a web address's path (more than :data:`MAX_RUN_WORD`
    pieces: „start-up-beauftragte-der-bundesregierung-…“), nor more than :data:`MAX_RUN` of them."""
    if len(pieces) > MAX_RUN_WORD:
        return []
    runs = []
    for count in range(2, min(len(pieces), MAX_RUN + 1)):
        lead = pieces[:count]
        if all(len(piece) <= SHORT_PIECE for piece in lead) or "".join(lead).isdigit():
            continue
        runs.append("".join(lead))
    return runs


MAX_RUN, MAX_RUN_WORD = 3, 5  # pieces joined into a run; pieces of a word that has runs at all
SHORT_PIECE = 2  # letters of a piece too short to make a run with others as short („To-go“, „M-A“)


def _end_of_run(text: str, run: str) -> int:
    """Where the leading ``run`` of pieces ends in the hyphenated ``text`` (its hyphens counted)."""
    letters = 0
    for at, char in enumerate(text):
        letters += char != "-"
        if letters == len(run):
            return at + 1
    return len(text)


# Indexes built before closed compounds were split pickled this name; they still open (and
# search as before) until the next ``anfragen build`` indexes the parts.
HyphenCompoundFilter = CompoundFilter


def _complete_suspended(token: Token, suspended: tuple[str, int, int, int], split: Split | None) -> Iterator[Token]:
    """``Haft- und Sanitärräume`` also means ``Hafträume``: the hanging word plus the next compound's head; a
    hanging particle takes the next word's particle's place (``Aus- und Fortbildung``: Ausbildung).  At the
    hanging word's own position and characters: the phrase "Hafträume und Sanitärräume" is what the text says,
    and the highlight marks ``Haft-``.  (A position no token took, if the hanging word is a stop word.)"""
    base, pos, startchar, endchar = suspended
    if token.positions and token.pos - pos > SUSPENSION_REACH:
        return
    completed = hanging_completion(base, token.text, split)
    if completed is None:
        return
    text, at = token.text, token.pos if token.positions else 0
    chars = (token.startchar, token.endchar) if token.chars else None
    token.text = completed
    if token.positions:
        token.pos = pos
    if chars:
        token.startchar, token.endchar = startchar, endchar
    yield token
    token.text, token.pos = text, at
    if chars:
        token.startchar, token.endchar = chars


def hanging_completion(hanging: str, following: str, split: Split | None) -> str | None:
    """The word a hanging word stands for before ``following`` (normalised, lower case), whose last part's compound
    ``split`` gives: ``haft`` + ``sanitärräume`` → ``hafträume``, ``aus`` + ``fortbildung`` → ``ausbildung``; before a
    hyphenated word, its last part: ``ist`` + ``soll-werte`` → ``istwerte`` (as „Ist-Werte“ is indexed joined)."""
    particle = particle_completion(hanging, following.replace("-", ""))
    if particle is not None:
        return particle
    if split is not None:
        return hanging + split.surfaces[-1]
    return hanging + following.rpartition("-")[2] if "-" in following.strip("-") else None


def _compound_parts(token: Token, terms: tuple[str, ...]) -> Iterator[Token]:
    """Heads and modifiers of a closed compound (:meth:`CompoundFilter.parts`), at the token's
    own position and characters.

    Heads are marked (:func:`as_head`): ``Hochschule`` holds the head ``schule`` but is no
    school, so a head may stand for a word searched on its own (``Kuh`` finds ``Milchkuh``)
    but not for a part of a query compound spelled out nearby (``Musikschule`` is not
    ``Hochschule für Musik``)."""
    for text in terms:
        token.text = text
        yield token


def as_head(term: str) -> str:
    """The index term of ``term`` as the head of a longer compound (see :func:`_compound_parts`)."""
    return HEAD_MARK + term


# The version of the terms this code makes of a text.  The index pickles it with its analyzer
# (:class:`GermanStemFilter`), so an index built by other terms is known and rebuilt, never
# searched with terms it does not hold.  1: Snowball stems; 2: nouns keep -ung/-heit/-keit;
# 3: nouns in -er keep it (``Lehrer``, ``Gefährder``); 4: also with a linking -s (``Gefährdungs-``),
# place names' -er (``Berliner``) stays an ending; 5: the plural -s Snowball keeps goes (``Büros``, ``Kitas``),
# and the spellings the reform allows both of meet (``Photovoltaik``/``Fotovoltaik``, ``Potential``/``Potenzial``).
# 6: the splitter's parts of 3 December (``Neben|kosten``, ``Wieder|aufbau``, ``Schul|amt``).
# 7: nouns of verbs stay whole (``Erbringer``, ``Verbinder``), no linking -s after a vowel
# (``Betriebs|ausfall``), no head inside a Latin suffix (``Personalien``), no rare plural as a linking
# form (``Bundes|innen|ministerium``).
# 8: no definition from a citation's bracket (``Verordnung (EU) 2016/679``); the shipped abbreviations
# (laws' and the definitions of laws and speeches) are never guessed.
# 9: stop words also as written without umlauts and ß (``fuer``, ``ueber``, ``dass``).
# 10: forms Snowball stems apart from their noun stem like the rest of it: foreign plurals as their singular
# (``Gymnasien``, ``Jugend|zentren``, ``Praxen``), nouns stemmed apart from their other forms with them (``Problem``,
# ``Krebs``, ``Leit|zins``).
# 11: a compound's part written without umlauts weighs what that spelling does (``Hornisse`` stays whole,
# not ``Hor|nisse`` of ``Höre``).
# 12: no stem form that only swaps two stems (``Fokus``), none that joins another word (``Gros``, ``Kollegien``),
# no head route for adjectives (``zweistelligen``).
# 13: a form Snowball stems apart from the rest of its noun stems as the noun (``Herrn``, ``Nachbarn``, ``Umbauten``,
# ``Semesters``, ``Ehen``), unless the texts write it in lower case or without its umlaut (``schier``, ``state``).
# 14: no head that is the fragment of a commoner one a letter longer (``Ableiter`` whole, not ``Abl|eiter``), no
# adjective ending as a head (``motorische``, ``asiatisch``), no guessed modifier of a particle and a fragment
# (``Aufschäumer``).
# 15: an abbreviation's long form is also keyed without trailing state names and legal forms
# (``Landesnahverkehrsgesellschaft`` for ``Landesnahverkehrsgesellschaft Niedersachsen mbH``).
# 16: feminine nouns in -in stem as their masculine (``Ärztinnen`` as ``Arzt``, ``Kolleginnen`` as ``Kollege``,
# ``Amts|rätin`` as ``Amtsrat``).
# 17: names an abbreviation may spell are keyed by the parts of nouns commoner than their parts too
# (``Deutsche Renten|versicherung``: DRV), and nouns joined by hyphens are names (``Nutzen-Kosten-Verhältnis``: NKV).
# 18: agent nouns whose stem names a place too keep their -er where the texts use the verb (``Bauer``: bauen,
# baut; ``Planer``, ``Besitzer``, ``Störer``, ``Spalter``), so ``Bauern`` no longer finds ``Bau``.
# 19: a document number printed with a thousands space after a citation word is one term (``Nr. 17/13 593`` as
# ``17/13593``), and an answer that refers to another no longer indexes the numbers that one cites; the ingest stage
# sets a noun written in lower case after the piece before it (``Vor entwurf``).
# 20: an abbreviation before a line-end hyphen keeps it (``EU-`` + ``rechtlich`` is ``EU-rechtlich``, no longer
# ``EUrechtlich``); the Bundestag's answering offices are named in the nominative (``Auswärtiges Amt``).
# 21: a web address's path indexes no words (``…/monitoring-asiatische-hornisse/…``); its host's words stay.
# 22: a hanging particle takes the next word's particle's place, at its own position (``Aus- und Fortbildung``
# also indexes ``Ausbildung``, ``Vor- und Nachteile`` ``Vorteile``).
# 23: … only a separable particle, and only before another one: ``Um- und Erweiterungsbauten`` is ``Umbauten`` again.
# 24: Roman numbers stay as written (``SGB III`` was ``SGB II``, ``SGB VIII`` ``SGB VII``); a hanging word's completion
# stands at the hanging word's position (``Haft- und Sanitärräume``: ``Hafträume`` where ``Haft-`` is), as a particle's.
# 25: a hanging word before a hyphenated one takes its last part (``Ist- und Soll-Werte``: ``Istwerte``).
# 26: a document's footnotes are indexed with its head (they were in no record: ``NLWKN`` only in a footnote's source);
# an asker's facet value is the name without titles (``Dr. h. c. Björn Thümler`` is Björn Thümler); documents carry
# their kind; an Unterrichtung is numbered by its Beschluss's Drucksache too (``Drs. 19/9059``), and ``drucksache:``
# selects by the numbers a document is cited by (no field ``drucksache`` of its own any more); a footnote marker
# between a word and its hyphen is dropped (``EfA1-Online-Dienste`` is ``EfA-Online-Dienste``).
# 27: an annex that runs on to a page headed by a bare „Anlage“ stays one annex, without its page numbers as rows.
# 28: a second note's marker beside the first after a sentence goes too („veröffentlicht.2 3 Ziel“).
# 29: … only where that note's own marker is glued nowhere; a bare „Anlage“ is a running head only over a later page.
# 30: nouns in -ung whose umlaut makes another word keep it (``Förderung`` is no ``Forderung``, ``Zählung`` no
# ``Zahlung``; ``Wirtschaftsförderung``, ``Foerderung``), see ``indexer/data/umlaut-nouns-de.txt.gz``.
# 31: … also inside a compound (``Förderungsprogramm``), the rest of it folded as before (``Lösungsansätze`` as
# ``Lösungsansatz``, ``Förderungszentren`` as ``Förderungszentrum``).
# 32: askers a metadata file writes apart by semicolons are several askers (their facet values and citations).
# 33: a Fraktion asking as a whole is one asker (Bremen's „Kleine Anfrage der Fraktion der SPD“, „Fraktion der SPD“ in
# a metadata file), a mandate after a name („MdL“) is none; documents carry the name of their Anfrage („Schriftliche“).
# 34: the Bundestag's Fraktion (or Gruppe) asks with its members; titles ending in a date or holding an ordinal are
# whole (``… am 18. Juli 2025``), a preamble printed without its heading is no part of the title, long lists of askers.
# 35: documents say when their list of askers names only some (the Bundestag's „…, weiterer Abgeordneter und der
# Fraktion …“), as their citations do; a question listing what it asks about, one item a line, is whole however
# long; the parser's round 14 (cut copies, answer dates and senders, Hessen's and Sachsen's headings).
# 36: the parser's rounds 16 and 17 (Schleswig-Holstein's „1)“ questions, Sachsen's letterhead, an annex's first page
# printed before its label, no „Seite 1 von N“ in a last answer, abbreviated months, the BMV).
# 37: the parser's round 18 (the Bundestag's print notes „* Von einer Drucklegung …“ as footnotes, not answer text;
# running heads name the parliament as a whole word; a question printed twice is one; annex labels with a dash).
# 38: letters with other languages' accents written plain („Paysandú“ as paysandu, „Erdoğan“, „Curaçao“).
# 39: the parser's rounds 20 and 21 (Saarland's „Zur Frage:“ heading, Hessen's notes in brackets after a question,
# NRW's „Zur Frage N“, Baden-Württemberg's page foot and askers' signature, ministries broken at a line's end, Sachsen's
# quoted Vorbemerkung, the Bundestag's annex head over several lines).
# 40: the parser's round 22 (answer headings after a request sentence, Schleswig-Holstein's „Antwort“ without colon,
# Berlin's „Frage N:“, government Vorbemerkungen of four layouts, Bremen's letter-spaced head), „BÜNDNIS 90/-DIE
# GRÜNEN“ broken after the slash read as the party, and a ministry keeping the Land's adjective it is printed with
# („Thüringer Ministerium für …“).
# 41: an answer that prints no date of its own (Hessen's copies) is dated by its Anfrage in the index (``datum``,
# ``jahr``), as its citation is: date filters, the year facet and the sort by date found or placed it nowhere.
# 42: parser round 23 (Bundestag copies: what follows the imprint is annexes, lettered parts answered one by one, a cut
# question's joint answer, a source's web address as a footnote): 183 of 1,392 held texts read differently.
# 43: parser round 24 (section headings between questions dropped, parts printed out of order, annex pages and labels
# of the Bundestag's copies): 63 of 1,432 held texts read differently.
# 44: parser round 25 (parts answered one by one from the question's first line, lettered annex headings, annex page
# heads and page feet): 103 of 1,452 held texts read differently.
# 45: parser round 26 (senders without „mit Schreiben“, offices named inside a ministry's name, annex running heads
# repeated over pages, a number's hyphen at a line end): 107 of 1,492 held texts read differently.
# 46: parser round 27 (layouts of Hamburg, Bremen, Sachsen-Anhalt, NRW, Rheinland-Pfalz, Hessen, Brandenburg,
# Baden-Württemberg): none of the 1,492 texts held before reads differently, the 20 new ones did.
# 47: parser round 28 (parts asking over many lines, a joint answer without a part's letter, annexes labelled by file
# name or the Verteidigungsministerium's label): 52 of 1,532 held texts read differently.
# 48: parser round 29 (Sachsen-Anhalt's answer cover and „Frage:“, Bayern's remark after the dated heading, where a cut
# copy stops): 3 of 1,532 held texts read differently (st-7-1212's Vorbemerkung, two cut warnings).
# 49: parser round 30 (a suspended part after „und -“ at a line end, lettered question items and closing lines asked
# not answered, Baden-Württemberg's cut copies undated, a joint answer after a part): 52 of 1,572 held texts read
# differently.
# 50: a hyphenated word of three pieces or more also indexes its leading pieces joined („Cum-Ex-Geschäfte“: cumex);
# parser round 31 (Hamburg's parts „a. … b.“, a suspended part before „beziehungsweise“): 4 of 1,592 held texts differ.
# 51: parser round 32 (a numbered annex label printed again on each page, annex covers and dashed page numbers, parts
# closed by „, sowie“, wrapped annex headings, a stem cut before its comma): 33 of 1,672 held texts read differently.
# 52: parser round 33 (joint statements in more wordings, questions printed out of order around a joint answer, a later
# question's part printed with the one it is answered with, the last annex label at its page's foot): 29 of 1,688 held
# texts read differently.
# 53: parser round 34 (a word broken at its own hyphen keeps it where the text prints it so, a name in capitals broken
# at a syllable set solid, a reprinted Drucksache's title, tables cited „im Anhang“ as annexes): 90 of 1,700 held texts
# read differently.
# 54: definitions with a legal form before the bracket („Naturschutzbund Deutschland e. V. (NABU)“) and of a quoted name
# („Jungen Nationalisten“ (JN)) are learned: 280 more pairs in 1,439 held texts; parser round 35 (layouts of
# Brandenburg, Thüringen, Saarland, Sachsen-Anhalt and Berlin): 1 of 1,712 held texts reads differently.
# Changing the word lists or the splitter's rules means a new version too.
ANALYSIS = 54
UMLAUTS_KEPT = 30  # the first analysis that keeps the umlauts of such nouns
ROMAN_KEPT = 24  # the first analysis that keeps Roman numbers unstemmed
STEM_FORMS = 10  # the first analysis that stems such forms like the rest of their noun


class GermanStemFilter(Filter):
    """Snowball German stemming with PyStemmer and a bounded cache; from analysis 2 on, nouns
    keep what makes them nouns (:func:`inflection_stem`).

    Tokens containing digits (``17/6448``, ``2019``) pass through unstemmed.
    """

    def __init__(self, cachesize: int = 50_000, analysis: int = ANALYSIS) -> None:
        self.cachesize = cachesize
        self.analysis = analysis
        self._stemmer: Stemmer.Stemmer | None = None
        self._cache: dict[str, str] = {}

    def __getstate__(self) -> dict:
        return {"cachesize": self.cachesize, "analysis": self.analysis}

    def __setstate__(self, state: dict) -> None:
        self.cachesize = state["cachesize"]
        self.analysis = state.get("analysis", 1)  # indexes pickled before versions were stem analysis 1
        self._stemmer = None
        self._cache = {}

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.analysis == self.analysis

    def snowball(self, word: str) -> str:
        """Snowball's own stem of ``word``, without what :func:`inflection_stem` keeps."""
        if self._stemmer is None:  # without PyStemmer's own cache: ours (a dict) is in front of it
            self._stemmer = Stemmer.Stemmer("german", 0)
        return self._stemmer.stemWord(word)

    def stem(self, word: str) -> str:
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        stem = self._stem(word)
        if len(self._cache) >= self.cachesize:
            self._cache.clear()
        self._cache[word] = stem
        return stem

    def _stem(self, word: str, head: bool = False) -> str:
        """The stem of ``word``, as a compound's ``head`` (marked) where that differs (:func:`_as_stemmed`)."""
        if _DIGIT.search(word) or (self.analysis >= ROMAN_KEPT and _ROMAN.fullmatch(word)):
            return word  # "SGB III" is no "SGB II": Snowball's -i off a Roman number would make it one
        singular = without_plural_s(word) if self.analysis >= 5 else word
        if self.analysis >= STEM_FORMS:
            singular = _as_stemmed(singular, head)
        stem = self.snowball(singular)
        if self.analysis >= 2:
            stem = inflection_stem(singular, stem, self.analysis)
        if self.analysis >= 5:
            stem = one_spelling(stem)
        if self.analysis >= UMLAUTS_KEPT and (kept := kept_umlauts(word)) is not None:
            stem = keep_umlauts(stem, kept)
        return stem

    def term(self, text: str) -> str:
        """The index term of a token's text: its stem, a marked head (:func:`as_head`) keeping its mark."""
        term = self._cache.get(text)
        if term is None:
            if text.startswith(HEAD_MARK):  # a marked head, cached under its marked form
                term = HEAD_MARK + self._stem(text[1:], head=True)
                if len(self._cache) >= self.cachesize:
                    self._cache.clear()
                self._cache[text] = term
            else:
                term = self.stem(text)
        return term

    def __call__(self, tokens: Iterator[Token]) -> Iterator[Token]:
        cache, term = self._cache, self.term
        for token in tokens:
            text = token.text
            stemmed = cache.get(text)
            token.text = term(text) if stemmed is None else stemmed
            yield token


_ADJECTIVE_END = re.compile(r"(?:ig|lich|isch|bar|sam|haft)(?:e|em|en|er|es)?$")


def _as_stemmed(word: str, head: bool = False) -> str:
    """``word``, or the form of its noun Snowball stems like the rest (:func:`stem_form`): for the word itself
    (``Gymnasien`` → ``gymnasium``, ``Krebs`` → ``krebse``, ``Herrn`` → ``herr``) or its head as the splitter
    reads it (``Jugend|zentren`` → ``jugendzentrum``, ``Leit|zins`` → ``leitzinse``, ``Dienst|herrn`` →
    ``dienstherr``; ``Technologien`` stays). A compound's ``head`` itself (``›ehen``) takes no form marked
    whole-only (:func:`head_stem_form`): the splitter reads such heads in verbs (``einzu|gehen``)."""
    folded = fold(word)
    whole = head_stem_form(folded) if head else stem_form(folded)
    if whole is not None:
        return whole
    if not ends_in_stem_form(folded) or _ADJECTIVE_END.search(folded):
        return word  # zwei|stel|ligen is no plural of Liga
    split = default_splitter().split(word)
    last = split.surfaces[-1] if split else ""
    form = head_stem_form(fold(last)) if len(last) >= MIN_FORM_HEAD else None
    return word[: -len(last)] + form if form is not None else word


def german_analyzer():
    """The analyzer for all German text fields (index and query side)."""
    return RegexTokenizer(WORD_PATTERN) | GermanWordFilter() | CompoundFilter() | GermanStemFilter()


def analysis_version(analyzer: object) -> int:
    """The :data:`ANALYSIS` an analyzer (as pickled into an index) makes terms with; 0: not ours."""
    for item in getattr(analyzer, "items", ()):
        if isinstance(item, GermanStemFilter):
            return item.analysis
    return 0
