"""The query language: the user's text → clauses (words, phrases, prefixes, typos, fields, negation).

The syntax is deliberately small and forgiving: words are ANDed, ``"…"`` is a phrase,
``ODER``/``OR`` between two items makes alternatives, ``-wort``/``NICHT wort`` excludes,
``wort*`` is a prefix (at least four letters), ``wort~`` allows one typo (``wort~2`` two),
``titel:``/``frage:``/``antwort:``/``vorbemerkung:``/``anlage:`` restrict a word to one kind of text.
Anything else — stray quotes, colons, parentheses — is treated as text, never as an error, unless nothing is left to
search: no letter or digit, only operators, a field name with no word after it; the message says which.
Cited document numbers (``Drucksache 19/11134``, ``KA 5441``, Sachsen-Anhalt's ``KA 7/2151``, the archive's id
``ni-19-11250``) are cut out first, and after them the questions they cite (``Fragen 3 und 4``; right after the number
also an Unterrichtung's ``Nr. 2``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import unquote

from indexer.analysis.analyzer import PARTICLES, hanging_completion
from indexer.analysis.compounds import default_splitter
from indexer.copied_ids import LINKED_QUESTION, TYPED_DRUCKSACHE, copied_id, own_id
from indexer.errors import QueryError
from indexer.facet_fields import FACET_NAMES
from indexer.index.schema import ANNEX, ANSWER, PREAMBLE, QUESTION, TEXT_FIELDS, TITLE
from indexer.lexicon import STOP_WORDS
from indexer.output.citation import citation_format
from indexer.parliaments import BY_CODE, parliament_code
from indexer.search.bounds import check_cost
from indexer.search.parliament_names import NAMED_PARLIAMENT, ONLY_NAMES, PARLIAMENT_NAME, parliament_names_in

FIELD_ALIASES = {
    "titel": (TITLE,),
    "frage": (QUESTION,),
    "antwort": (ANSWER,),
    "vorbemerkung": (PREAMBLE,),
    "anlage": (ANNEX,),
}
# Field names typed as another language, as another German word (``autor:``) or with a slip (``title:``,
# ``partie:``): the one meant, said in the error
_MEANT_FIELDS = {
    "title": "titel",
    "question": "frage",
    "answer": "antwort",
    "preamble": "vorbemerkung",
    "annex": "anlage",
    "appendix": "anlage",
    "party": "partei",
    "ministry": "ministerium",
    "asker": "fragesteller",
    "author": "fragesteller",
    "date": "datum",
    "year": "jahr",
    "parliament": "parlament",
    "period": "wahlperiode",
    "intitle": "titel",  # as Google has it
    "allintitle": "titel",
    # the German words for them that are no field here
    "autor": "fragesteller",
    "autorin": "fragesteller",
    "verfasser": "fragesteller",
    "abgeordneter": "fragesteller",
    "abgeordnete": "fragesteller",
    "fraktion": "partei",
    "ressort": "ministerium",
    "landtag": "parlament",
    "wp": "wahlperiode",
    "drs": "drucksache",
}
_KNOWN_FIELDS = (*FIELD_ALIASES, *FACET_NAMES, "drucksache", "datum")
# A field typed with a space after its colon („titel: Drohnen“): searched as the word „titel“ and the word after it.
# Only fields whose value is one word: „partei: Die Linke“ joined is the party „Die“
_SPACED_FIELD = re.compile(
    rf"(?<![\w:-])(?P<field>{'|'.join((*FIELD_ALIASES, 'datum', 'jahr', 'wahlperiode', 'drucksache'))}):\s+"
    r"(?P<word>[^\s:\-\"][^\s\"]*)",
    re.I,
)
MIN_PREFIX = 4
MAX_EDITS = 2
MAX_QUERY_LENGTH = 500

_OR = {"oder", "or"}
_AND = {"und", "and"}
_NOT = {"nicht", "not"}
_TOKEN = re.compile(r'(?P<neg>-)?(?:(?P<field>[A-Za-zäöü]+):)?(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
# "titel:" with nothing after it; "Antwort: Pflegegeld", a pasted label, stays text
_EMPTY_FIELD = re.compile(rf"(?<![\w-])({'|'.join(FIELD_ALIASES)}):\s*$", re.I)
_FUZZY = re.compile(r"^(.+?)~(\d)?$")
# "Paragraph 303 Strafgesetzbuch" is what the texts print as "§ 303 Strafgesetzbuch"
_PARAGRAPH = re.compile(r"\bParagra(?:ph|f)(?:en)?\s+(?=\d)", re.I)
# A legal reference binds its numbers to their markers: "Art. 8", "Artikel 20 Absatz 4", "§ 3 Abs. 2 Satz 1" are
# searched as one phrase — a "2" elsewhere in the answer is no "Abs. 2". The sign § is no word, so a bare "§ 303"
# stays a number; a range ("Art. 8-10") is left as typed. Each marker has two spellings (LEGAL_MARKERS).
LEGAL_MARKERS = (("Art.", "Artikel"), ("Abs.", "Absatz"), ("Nr.", "Nummer"))
_NUMBERED = r"\s*\d+[a-z]?\b(?![-–]\d)"
_LEGAL_PART = rf"\s*(?:Abs\.?|Absatz|Satz|Nr\.?|Nummer){_NUMBERED}"
_LEGAL_REFERENCE = re.compile(
    rf"(?P<prefix>(?<!\S)-|\b[A-Za-zäöü]+:)?"  # an exclusion or a field typed before it, not "DSGVO-Art. 6"
    rf"(?:(?P<article>\b(?:Art\.?|Artikel){_NUMBERED}(?:{_LEGAL_PART})*)|§§?(?P<section>{_NUMBERED}(?:{_LEGAL_PART})+))",
    re.I,
)
# Document numbers people cite: "17/6448", "Drucksache 19/11134", "Drs. 19/10957", "BT-Drs. 19/10506",
# "Landtagsdrucksache 17/6448", "Kleine Anfrage 2509", "KA 5441"; Berlin's "Schriftliche Anfrage 18/12507" is its
# Drucksache. After a citation word the number may be spaced as printed ("Drucksache 18 / 12 507"); a number alone
# with its thousands space as Berlin prints it ("17/13 593"), as copied from a text. A whole
# citation as copied ("Antwort der Landesregierung auf die Kleine Anfrage … Drucksache 17/2189 vom 3.5.2019", in
# Niedersachsen "Kleine Anfrage zur schriftlichen Beantwortung, Drs. 19/5824") is cut out with the words right before
# and the date right after it, which are no search words.
# The parliament or government staff name before it ("Nds. LT-Drs. 19/11138", "Landtag Niedersachsen, Drs. …",
# "Deutscher Bundestag Drucksache …", „Niedersächsischer Landtag – Drucksache …“) belongs to the citation too, also
# before a number alone („Landtag NRW 17/6448“): the number says which document (see parliament_names).
_SEPARATOR = r"(?:[,:]|\s+[–—-])?\s+"
_LEAD = (
    r"(?<![\w:\"„-])(?:(?:Antwort|auf|der|die|des|zur?|Kleinen?|Anfrage|Schriftlichen?|kurzfristigen|Beantwortung"
    rf"|{PARLIAMENT_NAME}){_SEPARATOR})*"
)
_DATE = r"(?:,?\s+vom\s+\d{1,2}\.\s?(?:\d{1,2}\.|[A-Za-zä]{3,9})\s?\d{2,4})?"
# A Kleine Anfrage, also as staff shorten it: "Kl. Anfrage", "Kl. Anfr.", "KlAnfr."
_KLEINE_ANFRAGE = r"(?:Kleinen?\s+Anfrage|Kl\.\s?Anfr(?:age\b|\.)|KlAnfr\b\.?)"
# The words a Drucksache is cited by: "Drs.", "LT-Drs.", "Bundestagsdrucksache", "Drucksachen-Nr." …
DRUCKSACHE_WORD = (
    r"(?:(?:Bundestags|Landtags|Bürgerschafts|BT|LT)-?\s?)?(?:Drucksachen(?:-?Nr\.?|nummer)|Drucksache|Drucks\.|Drs\.?)"
)
_CITED_AS = rf"\b(?:{DRUCKSACHE_WORD}|Schriftliche\s+Anfrage|(?P<kleine>{_KLEINE_ANFRAGE}))\s*(?:Nr\.?\s*)?"
# After a citation word the Wahlperiode may be joined by a hyphen as in the PDF's file name ("Drs. 19-11250"); with
# or without it, a number may carry a thousands dot ("19/11.250").
_THOUSANDS = r"\d{1,3}\.\d{3}(?![.\d])"
_DRUCKSACHE = re.compile(
    rf"{_LEAD}{_CITED_AS}(?P<period>\d{{1,2}})\s?[/-]\s?(?P<number>{_THOUSANDS}|\d{{1,3}}\s\d{{3}}|\d{{1,6}})(?![\w/]){_DATE}"
    rf"|(?:(?<![\w:\"„-]){NAMED_PARLIAMENT}{_SEPARATOR})?"  # „Landtag NRW 17/6448“
    rf"(?<![\w/])(?P<bare_period>\d{{1,2}})/(?P<bare_number>{_THOUSANDS}|\d{{1,3}} \d{{3}}|\d{{1,6}})(?![\w/]){_DATE}",
    re.I,
)
# The archive's own id of a document, in every one of its addresses: "ni-19-11250" (parliament, Wahlperiode, number)
_DOCUMENT_ID = re.compile(r"(?<![\w/-])(?P<code>[a-z]{2})-(?P<period>\d{1,2})-(?P<number>\d{1,6})(?![\w/-])", re.I)
ID_READING = "id:"  # marks a reading that is a document's id, not a number it is cited by
# a slash after the number makes it a Wahlperiode: „KA 7/“ (Sachsen-Anhalt's form, its number not yet typed) is no
# Kleine Anfrage 7
_ANFRAGE_NR = re.compile(rf"{_LEAD}\b(?:{_KLEINE_ANFRAGE}|KA)\s*(?:Nr\.?\s*)?(\d{{1,6}})\b(?!\s?/){_DATE}", re.I)
# Sachsen-Anhalt numbers its Kleine Anfragen per Wahlperiode: "Kleine Anfrage - KA 7/2151", "KA 7/2151"; elsewhere
# "KA 19/10895" cites the Kleine Anfrage's Drucksache
_ANFRAGE_IN_PERIOD = re.compile(
    rf"{_LEAD}\b(?:Kleinen?\s+Anfrage\s*[-–]?\s*)?KA\s*(?:Nr\.?\s*)?(\d{{1,2}})\s?/\s?(\d{{1,6}})(?![\w/]){_DATE}", re.I
)
SECOND_READING = "~"  # marks a number a citation may also mean: looked up too, ranked below the first reading
# The questions a citation names besides the document, as the answers print them ("Antwort zu Frage 2", "Fragen 3
# und 4", "Fragen 1, 3 und 4", "Fragen 3 bis 5", "Ziffer 1") and staff shorten them ("Fr. 2", "F. 2", "Ziff. 2"):
# Berlin's follow-up "Frage 2a" (staff also type "Frage 2 a", "2 a)": a lone small letter, not "Frage 2 A 39", nor
# before a number: "Fragen 3 u 4" are 3 and 4), Bayern's "Frage 1.1". Read only after a cited document number.
_PRINTED = r"\d{1,3}(?:[a-z]|\s(?-i:[a-z])(?![\w.])(?!\s*\d)|\.\d{1,2})?\b\ue001?"  # \ue001: AS_LINKED
# Staff also join them so: "Fragen 2 u. 3", "2 u 3", "2 + 3", "2 & 3", "Frage 2 und Frage 3", and number them as in
# chats and tickets: "#3, #4", "#3 #4"; "Frage 2 ff." is Frage 2 and those after it (see ONWARD).
_QUESTION_WORD = r"(?:Fragen?|Fr\.|F\.|Ziffern?|Ziff\.)"
_NEXT_PRINTED = rf"\s*(?:(?:,|und|u\.?|sowie|bis|[-–+&])\s*(?:{_QUESTION_WORD}\s*)?(?:#\s*)?|#\s*)"
_PRINTED_LIST = rf"(?P<list>{_PRINTED}(?:{_NEXT_PRINTED}{_PRINTED})*)" r"(?:\s*(?P<onward>ff\b\.?)|\.)?"
# „#3“ names a question of the cited document before its number too („#3 Drs. 17/6448“), as „Frage 3“ does
_QUESTION = re.compile(
    rf"(?:,\s*)?(?:\b(?:(?:Antwort\s+)?zu\s+(?:den\s+|der\s+)?|Antwort\s+auf\s+(?:die\s+)?)?{_QUESTION_WORD}\s*"
    rf"(?:Nr\.?\s*|#\s*)?|(?<![\w#])#\s*){_PRINTED_LIST}",
    re.I,
)
# An Unterrichtung's items are numbered „Nr. 2“, and the project cites them so („LT-Drs. 19/11219, Antwort zu Nr. 2“):
# „Nr.“ names the cited item only right after the cited number — elsewhere it is a word of the query („§ 47 Abs. 1
# Nr. 2“), and „Kleine Anfrage Nr. 2509“, „Nr. 17/13 593“ are document numbers, read before.
_CUT = "\ue000"  # where extract_numbers cut a cited number out, for the questions read next to it
# Right after the number, too, as the answers head them („Zu 2:“, „Antwort zu 2:“): „Drs. 19/11138 zu 2“; and as
# people number things in chats and tickets: „Drs. 17/6448 #3“ is its question 3, „#“ no search word
_ITEM = (
    rf"(?:(?:\b(?:Antwort\s+)?zu\s+(?:den\s+|der\s+)?)?\b(?:Nrn?\.?|Nummern?)\s*|\b(?:Antwort\s+)?zu\s+|#\s*)"
    rf"{_PRINTED_LIST}"
)
_ITEM_AFTER = re.compile(rf"{_CUT}\s*,?\s*{_ITEM}", re.I)
# The page a citation names right after the number („BT-Drs. 21/1232, S. 5“, „S. 3 f.“, „Seite 3-4“, „Seiten 3 bis
# 4“): no search word — nor is a reprint's „(neu)“ as the Drucksache's head prints it („Drucksache 17/6448 (neu)“)
_PAGE_AFTER = re.compile(
    rf"(?<={_CUT})(?:\s*,?\s*(?:S\.|Seiten?)\s*\d{{1,4}}(?:\s*(?:ff?\.|(?:[-–]|bis\b|und\b|u\.)\s*\d{{1,4}}))?(?![\w/])"
    r"|\s*\((?:neu|Neudruck)\))+",
    re.I,
)
_LISTED = re.compile(rf"(?P<first>{_PRINTED})(?:\s*(?:bis|[-–])\s*(?:{_QUESTION_WORD}\s*)?(?P<last>{_PRINTED}))?", re.I)
RANGE = "-"  # joins the first and last question of a range cited ("Fragen 3 bis 5" → "3-5")
# marks the question cited with „ff.“ (``3+`` after ``3``): it and those after it, as far as the cited document goes
# — which only the document tells (see :mod:`~indexer.search.sub_questions`); the question alone stands before it
ONWARD = "+"
# marks a part of a question a pasted link names as printed (``#frage-2c``) where its document prints no such part:
# the question the link asks for, which the document page says it lacks — not the whole question „2“ a citation's
# „Frage 2c“ means where only that is printed (see :mod:`~indexer.search.sub_questions`)
AS_LINKED = "\ue001"
# A hanging word and the word it completes: "Aus- und Fortbildung", "Haft- und Sanitärräume", "An- bzw. Abmeldung"
_HANGING_WORD = re.compile(
    r"(?<![\w-])(?P<hanging>[^\W\d_]+)-(?P<between>\s+(?:und|oder|bis|bzw\.?|beziehungsweise|sowie|respektive)\s+)"
    r"(?P<next>[^\W\d_]+(?:-[^\W\d_]+)*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Clause:
    """One searchable item: a word, a phrase or a prefix, maybe restricted and negated."""

    text: str
    phrase: bool = False
    prefix: bool = False
    fuzzy: int = 0  # allowed edits for ``wort~`` (1) or ``wort~2``
    fields: tuple[str, ...] = TEXT_FIELDS
    negated: bool = False
    reference: bool = False  # a legal reference made a phrase (``Art. 8``): an answer may lack it, as a word


@dataclass
class ParsedQuery:
    """AND of items; each item is an OR of clauses."""

    items: list[list[Clause]] = field(default_factory=list)


# Typographic quotes as people paste them from texts (German „…“, »…«, English “…”) quote a phrase, as "…" does
_QUOTES = str.maketrans({"„": '"', "“": '"', "”": '"', "»": '"', "«": '"'})
_QUOTED = re.compile(r'"([^"]*)"')


# A link to a document of this site, pasted (``https://…/dokument/ni-19-11221#frage-3``, ``/dokument/nw-17-6448``), also
# of its similar answers, its citation (``…/zitat.bib?frage=3``, ``zitat.csl``, the API's ``/api/dokument/…/zitat``) or
# with a slash; its question counted (``#frage-5``, ``?frage=5``) or as printed (``#frage-2a``, ``?frage=2.1``, ``b``),
# and an answer's address as passed on with its „#“ percent-encoded or named as its citation (``ni-19-11221%23frage-3``,
# ``ni-19-11221-frage-3``: the BibTeX key, the CSL id), which count too; and its file (``/dokument/ni-19-11221.pdf``,
# ``…/original.pdf``); after ``/dokument/``, any id the document page opens (``Berlin-17-12186``, ``17-12186``,
# ``be_17_12186``, ``Baden-W%C3%BCrttemberg-17-512`` as an address bar copies it: see :mod:`indexer.copied_ids`), a
# Drucksache typed with its slash (``/dokument/17/12186``, ``/dokument/nw/17/6448``, which the page redirects to
# ``17-12186``, ``nw-17-6448``), and a citation file's link with its „#“ encoded (``zitat.bib%23frage-3``); any other
# anchor of the page (``#fussnoten``, ``#fragenliste``) is the document, as the page opens it
_SITE_LINK = re.compile(
    r"(?<!\S)(?:(?:(?:(?:https?://)?[^\s/]+)?(?:/api)?/dokument/)?(?P<id>[a-z]{2}-\d{1,3}-\d{1,7})"
    r"|(?:(?:https?://)?[^\s/]+)?(?:/api)?/dokument/(?P<typed>(?:[^\s/?#%]|%(?!23|2f)[0-9a-f]{2})+?)"
    r"|(?:(?:https?://)?[^\s/]+)?/dokument/(?:(?P<land>[^\W\d_]+(?:-[^\W\d_]+)*)/)?(?P<period>\d{1,2})(?:/|%2f)"
    r"(?P<number>\d{1,6})(?=/?(?:[?#]|(?!\S))))"
    rf"(?:%23frage-(?P<encoded>{LINKED_QUESTION})|-frage-(?P<key>\d{{1,4}})|\.(?:pdf|txt|json))?"
    r"(?:/aehnlich|/zitat(?:\.(?P<format>[a-z]+(?:[.-][a-z]+)?)"
    rf"(?:%23frage-(?P<hashed>{LINKED_QUESTION}))?)?|/original\.(?:pdf|txt))?/?"
    rf"(?:\?(?:[^\s#]*?&)?frage=(?P<asked>{LINKED_QUESTION})(?:&[^\s#]*)?|\?[^\s#]*)?"
    rf"(?:#frage-(?P<anchor>{LINKED_QUESTION})|#(?!frage-)[^\s#]*)?(?!\S)",
    re.IGNORECASE,
)


# An official PDF's name as parliaments print it, alone or at the end of its link: „19-11221.pdf“ (Niedersachsen),
# „MMD17-6448.pdf“ (Nordrhein-Westfalen), „17_0273_D.pdf“ (Baden-Württemberg)
_PDF_NAME = re.compile(
    r"(?<!\S)(?:\S*/)?[A-Za-z]{0,4}(?P<period>\d{1,2})[-_](?P<number>\d{1,6})(?:_[A-Za-z0-9]{1,3})?\.pdf(?!\S)",
    re.IGNORECASE,
)

# The same name without „.pdf“, typed alone as the whole search: „19-11221“ (never „6-10“ or „10-100“: four digits
# at least after the period, as the numbers of answers run; nor a month and year, „12-2024“)
_BARE_PDF_NAME = re.compile(r"\s*(?P<period>\d{1,2})-(?P<number>\d{4,6})\s*")
_MONTH_YEAR = re.compile(r"\s*(?:0?[1-9]|1[0-2])-(?:19|20)\d\d\s*")


def _slashed(found: re.Match[str]) -> str:
    """A Drucksache typed after ``/dokument/`` with its slash (``17/12186``, ``nw/17/6448``), as the id the document
    page redirects that address to (``17-12186``, ``nw-17-6448``)."""
    land = found["land"]
    return f"{land}-{found['period']}-{found['number']}" if land else f"{found['period']}-{found['number']}"


def site_links(
    text: str,
    held: Callable[[int], bool] = lambda _period: True,
    printed: Callable[[str, str], str] = lambda _doc_id, asked: asked,
    named: Callable[[str], str | None] = copied_id,
) -> str:
    """``text`` with each pasted link to a document of this site as the document's id and the question it points to
    (``ni-19-11221 Frage 3``), and each official PDF's name or link as its Drucksache (``Drs. 19/11221``): a
    permalink copied from a citation, or the „Amtliches PDF“ link, finds its answer, not „0 Antworten“.  The name
    typed alone without „.pdf“ only where ``held`` says the archive holds its Wahlperiode: „50-1000“ or „10-1000“
    were „Die zitierte Drucksache 50/1000 ist nicht im Archiv.“, whatever the user meant.  A link counts its
    document's questions (``#frage-3``: the third) or names one as printed (``#frage-2a``), as the document page opens
    it; ``printed`` names that question as the document prints it (empty: as no citation can, the document alone).
    A citation file the site serves no format of (``zitat.doc``) is no link of it: its text stays; so is an id after
    ``/dokument/`` that ``named`` names no document of (a Drucksache by its Land's name, ``17-12186`` alone: the
    archive's one answer of it, as the document page opens it) — but a Drucksache without its Land that names none or
    several is its search (``Drs. 17/12186``), which the page of that address offers.  A link's ``?frage=`` names its
    question before its anchor, as the page opens it."""

    def cited(found: re.Match[str]) -> str:
        if found["format"] is not None and citation_format(found["format"]) is None:
            return found[0]
        question = _linked_question(found)
        typed = unquote(found["typed"]) if found["typed"] else _slashed(found) if found["period"] else None
        doc_id = found["id"].lower() if found["id"] else named(typed or "")
        if doc_id is None:
            drucksache = TYPED_DRUCKSACHE.fullmatch(own_id(typed or ""))
            if drucksache is None or drucksache["land"]:
                return found[0]
            # the Drucksache no one document of the archive is (the page says so and offers its search): its answers,
            # those of each parliament where several print that number, or „Die zitierte Drucksache … ist nicht im
            # Archiv.“
            return _cited_asking(f"Drs. {drucksache['period']}/{drucksache['number']}", question)
        return _asked_in(doc_id, question, printed)

    lowered = text.lower()  # also copied without http:// or as the id and its anchor or ``?frage=``
    if "/dokument/" in lowered or "frage-" in lowered or "frage=" in lowered:
        text = _SITE_LINK.sub(cited, text)
    if (drucksache := _land_named(text, named, printed)) is not None:
        return drucksache
    if ".pdf" in text.lower():
        text = _PDF_NAME.sub(lambda found: f"Drs. {found['period']}/{int(found['number'])}", text)
    bare = _BARE_PDF_NAME.fullmatch(text)
    if bare is None or _MONTH_YEAR.fullmatch(text) or not held(int(bare["period"])):
        return text
    return f"Drs. {bare['period']}/{int(bare['number'])}"


# What joins the words of a Land's name, and its name to the Drucksache, in an id typed alone: „_“ as a file names it,
# a space only between the name's words („Nordrhein Westfalen-16-13250“): „Berlin 17 12186“ stays words
_JOINED_BY = re.compile(r"_|(?<=[^\W\d_])\s+(?=[^\W\d_])")


def _linked_question(link: re.Match[str]) -> str | None:
    """The question a link of :data:`_SITE_LINK` names, ``?frage=`` first: the document page opens the question it
    names whatever the link's anchor or encoded „#“ says (its redirect names its own anchor), and so does a citation
    file's link."""
    return link["asked"] or link["anchor"] or link["hashed"] or link["encoded"] or link["key"]


def _asked_in(doc_id: str, question: str | None, printed: Callable[[str, str], str]) -> str:
    """``doc_id`` and the question a link to it asks for (``be-17-12186 Frage 2a``), as the document prints it."""
    label = printed(doc_id, question.lower()) if question else ""
    return doc_id + (f" Frage {label}" if label else "")


def _cited_asking(citation: str, question: str | None) -> str:
    """A Drucksache the archive lacks, cited with the question a link to it asks for (``Drs. 17/12186 Frage 2``): its
    search says so, and no document prints the question's label."""
    return citation + (f" Frage {question.lower()}" if question else "")


def _land_named(text: str, named: Callable[[str], str | None], printed: Callable[[str, str], str]) -> str | None:
    """A Drucksache typed alone as an id with its Land's name (``Nordrhein-Westfalen-16-13250``, ``NRW-16-13250``,
    ``Berlin-17-12186``), as the document page opens that address: the archive's answer of it (``named``), or else
    its citation in that Land (``NRW Drs. 16/13250``), which says the archive lacks it („Die zitierte Drucksache
    16/13250 ist nicht im Archiv.“) — it was searched as the words „Nordrhein“, „Westfalen“, „16“, and unrelated
    answers were listed for them.  So with the question its address names (``Berlin-17-12186#frage-2``,
    ``…-frage-2``, ``…%23frage-2``, ``NRW-17-6448?frage=3``): that answer, as ``be-17-12186#frage-2`` finds it; and
    with the rest of an address the page takes after ``/dokument/`` (``NRW-17-6448?frage=3&x=1``,
    ``Berlin-17-12186/#frage-2``, ``Nordrhein-Westfalen-17-6448/``, see :data:`_SITE_LINK`), as that address opens
    it.  None for anything else: a name of no parliament stays words, and so does a number that names no
    Drucksache: a decimal or a thousands point („Hessen-4.0“, „Bayern-1.000“) or a number 0, and a citation file the
    site serves no format of (``…/zitat.doc``, which that address refuses)."""
    link = _SITE_LINK.fullmatch(f"/dokument/{_JOINED_BY.sub('-', unquote(text).strip())}")
    if link is None or link["period"] is not None:
        return None
    if link["format"] is not None and citation_format(link["format"]) is None:
        return None
    typed, question = TYPED_DRUCKSACHE.fullmatch(link["id"] or link["typed"]), _linked_question(link)
    if typed is None or not typed["land"] or parliament_code(typed["land"]) is None:
        return None
    if "." in typed[0] or int(typed["number"]) == 0:
        return None
    if (doc_id := named(typed[0])) is not None:
        return _asked_in(doc_id, question, printed)
    return _cited_asking(f"{typed['land']} Drs. {typed['period']}/{int(typed['number'])}", question)


def joined_fields(text: str) -> str | None:
    """``text`` with each field's colon joined to the word after it (``titel: Drohnen`` → ``titel:Drohnen``), as the
    search offers it; None where no field is typed so.  The spaced form stays words: „Antwort: Pflegegeld“ is also a
    label pasted from a text, so none is offered inside quotes or before a function word („Antwort: Die
    Landesregierung …“, whose joined form would only loosen the search)."""

    def joined(found: re.Match[str]) -> str:
        quoted = text.count('"', 0, found.start()) % 2 == 1
        if quoted or found["word"].lower() in STOP_WORDS:
            return found.group()
        return f"{found['field']}:{found['word']}"

    offered = _SPACED_FIELD.sub(joined, text)
    return offered if offered != text else None


def plain_quotes(text: str) -> str:
    """``text`` with its phrase quotes as typed ones, and a quoted citation unquoted (``"Drs. 19/11250 Frage 3"``
    pasted with its quotes is that citation, not a phrase of ``Drs.`` and ``Frage``)."""
    text = text.translate(_QUOTES)
    return _QUOTED.sub(lambda found: found[1] if extract_numbers(found[1])[1] else found[0], text)


def extract_numbers(text: str) -> tuple[str, list[str]]:
    """Cut cited document numbers out of the query: the rest of the text and ``nummer`` terms, a reading the
    citation may also mean marked with :data:`SECOND_READING` (``KA 7/2151``: Sachsen-Anhalt's Kleine Anfrage 2151 of
    the 7th Wahlperiode, or else a Kleine Anfrage printed as Drucksache 7/2151 elsewhere)."""
    rest, numbers = _marked_numbers(text)
    return _unmarked(rest), numbers


def _marked_numbers(text: str) -> tuple[str, list[str]]:
    """:func:`extract_numbers` with the place of each number cut out marked by :data:`_CUT`."""
    numbers: list[str] = []

    def drucksache(match: re.Match) -> str:
        period, number = (
            match.group("period", "number") if match.group("period") else match.group("bare_period", "bare_number")
        )
        cited = f"{int(period)}/{int(re.sub(r'[ .]', '', number))}"
        numbers.append(cited)
        if match.group("kleine"):  # its Drucksache, or else a Kleine Anfrage numbered per Wahlperiode (Sachsen-Anhalt)
            numbers.append(f"{SECOND_READING}ka{cited}")
        return f" {_CUT} "

    def anfrage(match: re.Match) -> str:
        numbers.append(f"ka{int(match.group(1))}")
        return f" {_CUT} "

    def anfrage_in_period(match: re.Match) -> str:
        cited = f"{int(match.group(1))}/{int(match.group(2))}"
        numbers.extend((f"ka{cited}", f"{SECOND_READING}{cited}"))  # Sachsen-Anhalt's, or else its Drucksache
        return f" {_CUT} "

    def document_id(match: re.Match) -> str:
        code, period, number = match.group("code", "period", "number")
        if code.lower() not in BY_CODE:
            return match.group(0)
        numbers.append(f"{ID_READING}{code.lower()}-{int(period)}-{int(number)}")
        return f" {_CUT} "

    rest = _DOCUMENT_ID.sub(document_id, text.replace(_CUT, " "))
    rest = _ANFRAGE_IN_PERIOD.sub(anfrage_in_period, rest)
    rest = _DRUCKSACHE.sub(drucksache, rest)
    rest = _ANFRAGE_NR.sub(anfrage, rest)
    return rest, numbers


def _unmarked(text: str) -> str:
    return " ".join(text.replace(_CUT, " ").split())


def extract_citation(text: str) -> tuple[str, list[str], tuple[str, ...]]:
    """:func:`extract_numbers`, then :func:`cited_questions` of the rest when a number was cited — and an item the
    citation names by its „Nr.“ right after the number (``LT-Drs. 19/11219, Antwort zu Nr. 2``, ``Drs. 19/11219
    Nr. 2 und 3``), without the page it names there (``, S. 5``): the rest, the readings and the questions.  A rest
    of nothing but the names of parliaments or Lands is empty (see ONLY_NAMES)."""
    rest, numbers, questions = _citation_parts(text)
    return ("" if numbers and rest and ONLY_NAMES.fullmatch(rest) else rest), numbers, questions


def _citation_parts(text: str) -> tuple[str, list[str], tuple[str, ...]]:
    """:func:`extract_citation` with the rest as left, names and all."""
    marked, numbers = _marked_numbers(text)
    if not numbers:
        return _unmarked(marked), numbers, ()
    marked = _PAGE_AFTER.sub(" ", marked)
    rest, questions = cited_questions(_unmarked(marked))
    if questions:
        return rest, numbers, questions
    item = _ITEM_AFTER.search(marked)
    if item is None:
        return rest, numbers, ()
    return _unmarked(marked[: item.start()] + " " + marked[item.end() :]), numbers, _listed_onward(item)


def cited_parliament(text: str) -> tuple[str, str, str] | None:
    """The Landtag a query's one citation names in its own words — before the number („LT NRW Drs. 19/4800“,
    „Landtag Niedersachsen, Drs. …“) or as the whole rest of the query („Drs. 19/4800 Niedersachsen“): its code, its
    name as typed and ``text`` without the names.  The user said which parliament's document they mean, so the search
    keeps to it, as to a typed ``parlament:`` filter.  None when the query cites several numbers (a filter would
    drop the others), names no parliament or several, or when a Land's name is a search word beside other words
    („Polizei Niedersachsen Drs. 19/4800“); None for the Bundestag too, whose Drucksachen the Landtage's answers
    cite: a filter would hide those answers."""
    if len(text) > MAX_QUERY_LENGTH:  # refused later; the citation patterns are slow on long runs of names
        return None
    rest, numbers, _ = _citation_parts(text)
    citations = _citation_spans(text)
    if not numbers or len(citations) != 1 or _BUNDESTAG_WORD.search(text):
        return None
    names_alone = bool(rest) and ONLY_NAMES.fullmatch(rest) is not None
    names = _names_within(text, citations, anywhere=names_alone)
    codes = {code for _, _, code in names}
    if len(codes) != 1 or codes == {"bt"}:
        return None
    typed = text[names[0][0] : names[0][1]].strip()
    for start, end, _ in reversed(names):
        text = text[:start] + " " + text[end:]
    return codes.pop(), typed, _SEPARATORS_AROUND.sub("", " ".join(_LEFT_OF_NAMES.sub(" ", text).split()))


def cites_bundestag(text: str) -> bool:
    """Does a citation of ``text`` name the Bundestag („BT-Drs. 19/1234“, „Bundestagsdrucksache …“, „Deutscher
    Bundestag Drs. …“)?  No filter (see :func:`cited_parliament`), but the page says when the document shown for the
    number is a Landtag's."""
    if len(text) > MAX_QUERY_LENGTH:
        return False
    named = {code for _, _, code in _names_within(text, _citation_spans(text))}
    return bool(_BUNDESTAG_WORD.search(text)) or named == {"bt"}


# A citation word of the Bundestag: „BT-Drs.“, „Bundestagsdrucksache“ (the Bundestag is never a filter, see above)
_BUNDESTAG_WORD = re.compile(r"\b(?:BT|Bundestags?)-?\s?(?:Drucksache|Drucks\.|Drs\.?)", re.I)
# What a name taken out of the citation leaves: its brackets, its article („Drs. 19/1234 des [Landtags NRW]“)
_LEFT_OF_NAMES = re.compile(r"\(\s*\)|\b(?:des|der|im)\b(?=\s*(?:[,;:]|$))", re.I)
# What separated a name from the citation, left at either end („Niedersachsen, Drs. …“ → „, Drs. …“); not the minus
# of an excluded word („-Polizei LT Nds. Drs. …“)
_SEPARATORS_AROUND = re.compile(r"^(?:[\s,;:–—]|-(?=\s))+|[\s,;:–—-]+$")


def _citation_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` cites a document, one span per citation with the words that belong to it."""
    return _merged(
        found.span()
        for pattern in (_DRUCKSACHE, _ANFRAGE_NR, _ANFRAGE_IN_PERIOD, _DOCUMENT_ID)
        for found in pattern.finditer(text)
    )


def _names_within(text: str, spans: list[tuple[int, int]], anywhere: bool = False) -> list[tuple[int, int, str]]:
    """The parliaments' names of ``text`` (see :func:`parliament_names_in`) inside one of ``spans``, or ``anywhere``."""
    return [
        (start, end, code)
        for start, end, code in parliament_names_in(text)
        if anywhere or any(low <= start and end <= high for low, high in spans)
    ]


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with overlapping ones joined: one citation the patterns find twice is one."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def cited_questions(text: str) -> tuple[str, tuple[str, ...]]:
    """Cut the questions of a citation out of the rest of the query (``Fragen 3 und 4`` of ``Drs. 6/79,
    Fragen 3 und 4``): the rest of the text and the questions as printed (``2``, ``2a``), a range as its first and
    last joined by :data:`RANGE` (``3-5``); or the text and no questions."""
    found = _QUESTION.search(text)
    if found is None:
        return text, ()
    return (text[: found.start()] + " " + text[found.end() :]).strip(), _listed_onward(found)


def _listed_onward(found: re.Match[str]) -> tuple[str, ...]:
    """:func:`_listed` of a found list, and its last question marked :data:`ONWARD` after it when „ff.“ follows."""
    listed = _listed(found.group("list"))
    onward = found.group("onward") and RANGE not in listed[-1]
    return (*listed, f"{listed[-1]}{ONWARD}") if onward else listed


def _listed(printed: str) -> tuple[str, ...]:
    """The questions of a list as printed (``1, 3 und 4``, ``3 bis 5``), a range joined by :data:`RANGE`."""
    return tuple(
        f"{_joined(item['first'])}{RANGE}{_joined(item['last'])}" if item["last"] else _joined(item["first"])
        for item in _LISTED.finditer(printed)
    )


def _joined(printed: str) -> str:
    """A question as the document prints it: ``2 a`` typed is ``2a``."""
    return "".join(printed.split()).lower()


def parse(text: str, excluding: bool = False) -> ParsedQuery:
    """Split the user's text into clauses; raise :class:`QueryError` if nothing is left to search (``excluding``:
    exclusions alone are something, beside a cited number: ``Drs. 16/470 Frage 3 -Verfassungsschutz``)."""
    text = (text or "").strip()
    if not text:
        raise QueryError("Bitte einen Suchbegriff eingeben.")
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(f"Die Suchanfrage ist zu lang (höchstens {MAX_QUERY_LENGTH} Zeichen).")
    if not any(character.isalnum() for character in text):
        raise QueryError(
            f"Die Suchanfrage „{text}“ enthält keine Buchstaben oder Ziffern; bitte ein Wort oder eine Nummer eingeben."
        )
    empty_field = _EMPTY_FIELD.search(text)
    if empty_field:
        name = empty_field.group(1)
        raise QueryError(f"Nach „{name}:“ fehlt der Suchbegriff (zum Beispiel {name.lower()}:Pflege).")
    parsed = ParsedQuery()
    pending_or = pending_not = False
    text, references = legal_references_quoted(
        _PARAGRAPH.sub("§ ", gender_forms_written_out(hanging_words_completed(text)))
    )
    for match in _TOKEN.finditer(text):
        word, phrase, field_name = match.group("word"), match.group("phrase"), match.group("field")
        operator = query_operator(word) if not field_name and not match.group("neg") else None
        if operator == "or":
            pending_or = bool(parsed.items)
            continue
        if operator == "not":
            pending_not = True
            continue
        if operator == "and":
            continue
        clause = _clause(field_name, word, phrase, negated=bool(match.group("neg")) or pending_not)
        if clause is not None and clause.phrase and clause.text in references:
            clause = replace(clause, reference=True)
        pending_not = False
        if clause is None:
            continue
        if pending_or and not clause.negated and not parsed.items[-1][0].negated:
            parsed.items[-1].append(clause)
        else:
            parsed.items.append([clause])
        pending_or = False
    if not parsed.items:
        raise QueryError(
            f"Die Suchanfrage „{text}“ enthält nur Verknüpfungen (wie UND, ODER, NICHT, Anführungszeichen), keinen "
            "Suchbegriff; bitte Wörter dazu eingeben."
        )
    if not excluding and not any(not item[0].negated for item in parsed.items):
        raise QueryError("Die Suche braucht mindestens einen Begriff, der nicht ausgeschlossen ist.")
    check_cost(parsed.items)
    return parsed


# A word gendered with a star, colon or underscore („Schüler*innen“, „Lehrer:in“, „Bürger_innen“), as the texts never
# print it: they write „Schülerinnen und Schüler“, and the index holds both forms as one word
# (also after a field's colon: „titel:Schüler*innen“; never inside an address: „info_in@…“, „…/Schüler_innen“; a
# colon before a singular „in“ only after a person's ending: „Lehrer:in“, not „Stand:in Niedersachsen“)
_GENDERED = re.compile(
    r"(?<![\w*_/@.])(?P<stem>[^\W\d_]{3,})(?P<mark>[*_]|:(?=innen)|(?<=er):)(?P<ending>in(?:nen)?)(?![\w*:_/@.])"
)


def gender_forms_written_out(text: str) -> str:
    """``Schüler*innen`` as the texts write it, ``Schülerinnen`` (which finds „Schüler“ too): the star made it no
    word of the index, and nothing was found."""

    def written(found: re.Match) -> str:
        stem = found["stem"]
        if found["mark"] == ":" and stem.lower() in _KNOWN_FIELDS:  # „frage:innen“ asks the field (a star never does)
            return found[0]
        return stem + found["ending"]

    return _GENDERED.sub(written, text)


def hanging_words_completed(text: str) -> str:
    """A hanging particle or function word written out as the word it stands for (``Aus- und Fortbildung`` →
    ``Ausbildung und Fortbildung``, ``Um- und Erweiterungsbauten`` → ``Umbauten und Erweiterungsbauten``), as the
    index holds it at the hanging word's place (see :func:`indexer.analysis.analyzer.hanging_completion`): the index
    has no term of its own there.  A hanging noun stays (``Haft- und Sanitärräume``, ``Polizei- und
    Ordnungsbehördengesetz``): the index holds it too, and long forms of abbreviations are keyed as written."""
    splitter = default_splitter()

    def completed(found: re.Match) -> str:
        hanging, following = found["hanging"], found["next"]
        normal, base = following.lower().replace("ß", "ss"), hanging.lower().replace("ß", "ss")
        if base not in STOP_WORDS and base not in PARTICLES:  # "Haft-" is a word of the phrase as it stands
            return found[0]
        word = hanging_completion(base, normal, splitter.split(normal.rpartition("-")[2]))
        if word is None:
            return found[0]
        tail = word[len(base) :]  # as the user wrote it, where ß→ss changed no length
        as_typed = "ß" not in following and "-" not in following and normal.endswith(tail)
        written = following[len(following) - len(tail) :] if as_typed else tail
        return f"{hanging}{written}{found['between']}{following}"

    return _HANGING_WORD.sub(completed, text)


def legal_references_quoted(text: str) -> tuple[str, set[str]]:
    """``text`` with each legal reference outside quotes made a phrase (``Art. 8 GG`` → ``"Art. 8" GG``,
    ``-§ 3 Abs. 2`` → ``-"3 Abs. 2"``), and the phrases so made."""
    made: set[str] = set()

    def quoted(found: re.Match) -> str:
        reference = (found.group("article") or found.group("section")).strip()
        made.add(reference)
        return f' {found.group("prefix") or ""}"{reference}" '

    pieces = text.split('"')
    for i in range(0, len(pieces), 2):  # the even pieces are outside quotes
        pieces[i] = _LEGAL_REFERENCE.sub(quoted, pieces[i])
    return '"'.join(pieces), made


def query_operator(word: str | None) -> str | None:
    """``ODER``/``OR``/``oder``/``|`` → or, ``UND``/``AND``/``und`` → and, ``NICHT``/``NOT`` → not.

    Lower-case ``nicht`` stays a word ("nicht gedeckt" is no exclusion).
    """
    if word is None:
        return None
    if word in ("|", "||"):  # as other search engines and programmers write „or“: it was no word, so an „and“
        return "or"
    lowered = word.lower()
    if lowered in _OR and (word.isupper() or lowered == "oder"):
        return "or"
    if lowered in _AND and (word.isupper() or lowered == "und"):
        return "and"
    if lowered in _NOT and word.isupper():
        return "not"
    return None


def _meant_field(name: str) -> str | None:
    """The field a name before a colon likely means (``title`` → titel, ``partie`` → partei), or None for a word that
    is no field name (``Ziel:``, ``land:``): that stays a word of the search."""
    lowered = name.lower()
    close = difflib.get_close_matches(lowered, _KNOWN_FIELDS, n=1, cutoff=0.8)
    return _MEANT_FIELDS.get(lowered) or (close[0] if close else None)


def _clause(field_name: str | None, word: str | None, phrase: str | None, negated: bool) -> Clause | None:
    fields: tuple[str, ...] = TEXT_FIELDS
    if field_name:
        known = FIELD_ALIASES.get(field_name.lower())
        if known:
            fields = known
        elif meant := _meant_field(field_name):
            raise QueryError(
                f"Das Feld „{field_name}:“ gibt es nicht; gemeint ist wohl „{meant}:“. Felder: "
                + ", ".join(f"{name}:" for name in FIELD_ALIASES)
                + "; Filter: "
                + ", ".join(f"{name}:" for name in _KNOWN_FIELDS if name not in FIELD_ALIASES)
                + "."
            )
        elif word is not None:
            word = f"{field_name}:{word}"
        else:
            phrase = f"{field_name} {phrase}"
    if phrase is not None:
        return Clause(phrase, phrase=True, fields=fields, negated=negated) if phrase.strip() else None
    assert word is not None
    if word.endswith("*") and len(word.rstrip("*")) > 0:
        stem = word.rstrip("*")
        if len(stem) < MIN_PREFIX:
            raise QueryError(
                f"„{word}“: Platzhalter * erst nach mindestens {MIN_PREFIX} Buchstaben, sonst wären es zu viele Wörter."
            )
        return Clause(stem, prefix=True, fields=fields, negated=negated)
    fuzzy = _FUZZY.match(word)
    if fuzzy and fuzzy.group(1).strip("*"):
        edits = int(fuzzy.group(2) or 1)
        return Clause(fuzzy.group(1).strip("*"), fuzzy=min(max(edits, 1), MAX_EDITS), fields=fields, negated=negated)
    return Clause(word.strip("*~"), fields=fields, negated=negated)


def plain(clause: Clause) -> bool:
    """A bare word: no phrase, prefix, fuzziness, field restriction or negation."""
    return not (clause.phrase or clause.prefix or clause.fuzzy or clause.negated) and clause.fields == TEXT_FIELDS
