"""Citing one answer: German citation text, BibTeX, RIS, CSL-JSON, COinS and ``citation_*`` tags.

Researchers cite the answer to one question of a Drucksache, not a web page, so every
format names the Drucksache, the Kleine Anfrage, the date and the question number, and
carries the permalink to the answer.  Pure functions of a :class:`Document`; the web
layer only adds the absolute URL.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, TypeGuard
from urllib.parse import urlencode, urlsplit

from indexer.askers import without_titles
from indexer.dates import german_date
from indexer.kinds import UNTERRICHTUNG, labels
from indexer.model import Asker, Document
from indexer.parliaments import parliament_of
from indexer.typography import quoted_within
from indexer.words import listed, runs

BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
FORMATS = {  # name → (media type, file extension)
    "bibtex": ("application/x-bibtex; charset=utf-8", "bib"),
    "ris": ("application/x-research-info-systems; charset=utf-8", "ris"),
    "csl-json": ("application/vnd.citationstyles.csl+json; charset=utf-8", "json"),
}

# What else a citation file is asked for by: the format's name and its other usual extensions, in any case
# (``zitat.csl``, ``zitat.BIB``, ``zitat.bibtex``, ``zitat.csl.json``)
_FORMAT_NAMES = {
    **{name: name for name in FORMATS},
    **{ext: name for name, (_, ext) in FORMATS.items()},
    "csl": "csl-json",
    "csljson": "csl-json",
    "csl.json": "csl-json",
}


def citation_format(extension: str) -> str | None:
    """The name in :data:`FORMATS` of the citation file asked for as ``zitat.<extension>``; None for none."""
    return _FORMAT_NAMES.get(extension.strip().lower())


def parliament_name(document: Document) -> str:
    return parliament_of(document.parliament).name


def government(document: Document) -> str:
    """Who answers (the corporate author): ``Landesregierung Nordrhein-Westfalen``, ``Senat von Berlin``,
    ``Bayerische Staatsregierung``, ``Bundesregierung``."""
    return parliament_of(document.parliament).corporate_author


def series(document: Document) -> str:
    """What the document is: ``Antwort auf Schriftliche Anfrage``, ``Unterrichtung`` (see :mod:`indexer.kinds`)."""
    if document.kind == UNTERRICHTUNG:
        return "Unterrichtung (Antwort auf einen Beschluss des Parlaments)"
    return f"Antwort auf {anfrage_name(document)}"


def anfrage_name(document: Document) -> str:
    """What the answered question is called: as the document names it (Berlin's „Kleine Anfrage“ of 2013, its
    „Schriftliche Anfrage“ since), else as its parliament usually does."""
    return document.anfrage_name or parliament_of(document.parliament).anfrage


def anfrage_number(document: Document) -> str:
    """The answered Anfrage's number as its parliament prints it: ``2509``, Sachsen-Anhalt's ``KA 7/2151``; empty
    where the document names none."""
    if document.anfrage_nr is None:
        return ""
    return parliament_of(document.parliament).anfrage_number(document.anfrage_nr, document.wahlperiode)


def drucksache(document: Document) -> str:
    """The document's Drucksache as citations name it: ``17/6448``; a reprint as its head prints it, ``21/309 (neu)``
    — the corrected text, not the first print under that number."""
    return _as_printed(document.drucksache, document.reprint)


def anfrage_drucksache(document: Document) -> str:
    """The answered Anfrage's Drucksache as citations name it, a reprint's as printed: ``21/1026 (neu)``."""
    return _as_printed(document.anfrage_drucksache, document.anfrage_reprint)


def _as_printed(number: str | None, reprint: bool) -> str:
    return f"{number} (neu)" if number and reprint else number or ""


def genre(document: Document) -> str:
    """The kind of document for the reference formats: ``Antwort auf Schriftliche Anfrage, Drucksache``."""
    return f"{series(document)}, Drucksache"


def is_pdf(url: str | None) -> TypeGuard[str]:
    """Does ``url`` name a PDF file (``…/19-11219.pdf``)?  A text copy (kleineanfragen.de's ``….txt``) or a web
    page is a source, but no PDF, and no citation may call it one."""
    return url is not None and urlsplit(url).path.casefold().endswith(".pdf")


def source_label(url: str | None) -> str:
    """How a citation and the page name the source: ``PDF`` or ``Quelle``."""
    return "PDF" if is_pdf(url) else "Quelle"


@dataclass(frozen=True)
class Citation:
    """One citable unit: a document, or the answer to one of its questions."""

    document: Document
    question: int | None = None
    url: str | None = None  # permalink (absolute)

    @property
    def key(self) -> str:
        return self.document.id + (f"-frage-{self.question}" if self.question is not None else "")

    @property
    def printed(self) -> str:
        """The cited question's number as the document prints it (``2a``, ``1.1``)."""
        question = self.document.question(self.question) if self.question is not None else None
        return question.printed_number if question else str(self.question)

    @property
    def link(self) -> str | None:
        """Where the cited text is published: the official PDF where known, else the permalink."""
        return self.document.source_url or self.url

    def short(self) -> str:
        """The form German parliamentary documentation uses: *Antwort der Landesregierung vom
        4. Juni 2019 auf die Kleine Anfrage 2509 der Abgeordneten … (SPD), LT-Drs. 17/6448, Antwort
        zu Frage 4* — the date is the answer's, a question Drucksache (Niedersachsen) follows the
        Anfrage, the Drucksache at the end is the answer's.  Who answers, what the question is called
        and the Drucksache's abbreviation are the parliament's own (*Antwort des Senats … auf die
        Schriftliche Anfrage …, Drs. 19/20506*; see :mod:`indexer.parliaments`)."""
        doc = self.document
        parliament = parliament_of(doc.parliament)
        text = ("Unterrichtung: " if doc.kind == UNTERRICHTUNG else "") + parliament.answer
        if doc.date_answered:
            text += f" vom {german_date(doc.date_answered)}"
        text += _answered(doc)
        if doc.drucksache:
            text += f", {parliament.drs} {drucksache(doc)}"
        if self.question is not None:
            text += f", {self.answer_to}"
        return text

    @property
    def answer_to(self) -> str:
        """``Antwort zu Frage 4``; ``Antwort zu Nr. 4`` of an Unterrichtung, which answers a Beschluss's items; a joint
        answer as the document prints it (``Die Fragen 2 bis 4 werden zusammenhängend beantwortet.``): ``Antwort zu den
        Fragen 2 bis 4``, ``… den Fragen 1 und 2`` — the text cited answers them all, not question 3 alone."""
        kind = labels(self.document.kind)
        numbers = self.answered
        if len(numbers) < 2:
            return f"Antwort zu {kind.item} {self.printed}"
        return f"Antwort zu {kind.answered} " + printed_runs(self.document, numbers)

    @property
    def answered(self) -> list[int]:
        """The questions the cited text answers: the one cited, with those answered jointly with it (``[1, 2, 3]``
        for question 2 of „Die Fragen 1 bis 3 werden gemeinsam beantwortet“); none for a document."""
        question = self.document.question(self.question) if self.question is not None else None
        if question is None:
            return [] if self.question is None else [self.question]
        return sorted({question.number, *question.answered_with})

    def text(self) -> str:
        """The full German citation: the short form, parliament and title, the ministry, the links."""
        doc = self.document
        parts = [self.short()]
        where = parliament_name(doc) + (f", {doc.wahlperiode}. Wahlperiode" if doc.wahlperiode else "")
        parts.append(where + (f": „{quoted_within(doc.title)}“" if doc.title else ""))
        if doc.ministry:
            parts.append(f"Beantwortet von: {doc.ministry}")
        if doc.source_url:
            parts.append(f"{source_label(doc.source_url)}: {doc.source_url}")
        if self.url:
            parts.append(f"Online: {self.url}")
        return ". ".join(parts) + "."

    def title(self) -> str:
        title = self.document.title or self.document.id
        return f"{title} – {self.answer_to}" if self.question is not None else title

    def note(self) -> str:
        """The short form, for the note field of the reference formats."""
        return self.short()

    def note_answered_by(self) -> str:
        """The note with the ministry that answered (``… Antwort zu Frage 4. Beantwortet von: Ministerium …``), for
        BibTeX and RIS: neither has a field for it (RIS's ``AD`` is an author's address)."""
        ministry = self.document.ministry
        return self.note() + (f". Beantwortet von: {ministry}" if ministry else "")

    def bibtex(self) -> str:
        doc = self.document
        fields: list[tuple[str, str]] = [
            # „and others“: BibTeX's own „et al.“, for the members a Bundestag list does not name
            (
                "author",
                " and ".join(["{" + _bibtex_escape(government(doc)) + "}", *map(_bibtex_name, doc.askers)])
                + (" and others" if doc.further_askers else ""),
            ),
            ("title", _bibtex_escape(self.title())),
            ("institution", _bibtex_escape(parliament_name(doc))),
            ("type", genre(doc)),
        ]
        if doc.drucksache:
            fields.append(("number", _bibtex_escape(drucksache(doc))))
        if doc.date_answered:
            fields += [("year", str(doc.date_answered.year)), ("date", doc.date_answered.isoformat())]
        elif year := anfrage_year(doc):
            fields.append(("year", year))
        fields.append(("note", _bibtex_escape(self.note_answered_by())))
        if self.link:
            fields.append(("url", self.link))
        if self.url and self.url != self.link:
            fields.append(("howpublished", "\\url{" + self.url + "}"))
        fields.append(("language", "german"))
        body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
        if doc.date_answered:
            body += f",\n  month = {BIBTEX_MONTHS[doc.date_answered.month - 1]}"
        return f"@techreport{{{self.key},\n{body}\n}}\n"

    def ris(self) -> str:
        doc = self.document
        lines = [("TY", "GOVDOC"), ("TI", self.title()), ("AU", government(doc) + ",")]
        # Who asked are authors after the government, as in BibTeX and CSL-JSON; a Fraktion a body, like the government.
        # Zotero reads GOVDOC as a report: A2 would be its series editors, M1 its „Extra“; SN is its report number, M3
        # its report type — where citation styles print „Drucksache 17/6448“ from.
        lines += [("AU", _listed_name(asker)) for asker in doc.askers]
        lines += [("PB", parliament_name(doc)), ("M3", genre(doc))]
        if doc.drucksache:
            lines.append(("SN", drucksache(doc)))
        if doc.date_answered:
            lines += [("PY", str(doc.date_answered.year)), ("DA", doc.date_answered.strftime("%Y/%m/%d"))]
        elif year := anfrage_year(doc):
            lines.append(("PY", year))
        lines.append(("N1", self.note_answered_by()))
        if self.link:
            lines.append(("UR", self.link))
        if self.url and self.url != self.link:
            lines.append(("UR", self.url))
        if is_pdf(doc.source_url):  # L1 is a file attachment: only a PDF is one (the UR above names any source)
            lines.append(("L1", doc.source_url))
        lines += [("LA", "de"), ("ER", "")]
        return "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines)

    def csl(self) -> dict[str, Any]:
        doc = self.document
        item: dict[str, Any] = {
            "id": self.key,
            "type": "report",
            "title": self.title(),
            "author": [{"literal": government(doc)}, *map(_csl_name, doc.askers)],
            "publisher": parliament_name(doc),
            "genre": genre(doc),
            "note": self.note(),
            "language": "de",
        }
        if doc.drucksache:
            item["number"] = drucksache(doc)
        if doc.date_answered:
            d = doc.date_answered
            item["issued"] = {"date-parts": [[d.year, d.month, d.day]]}
        elif year := anfrage_year(doc):
            item["issued"] = {"date-parts": [[int(year)]]}
        if self.link:
            item["URL"] = self.link
        return item

    def coins(self) -> str:
        """COinS (OpenURL in a ``<span class="Z3988">``): Zotero finds one item per answer in the page.

        Zotero saves a page's COinS before its ``citation_*`` tags and reads a report's series, but no number, from
        OpenURL (``rft.volume`` it drops): the Drucksache is named in the series, ``Drucksache 17/6448``.  Who asked
        are authors after the government (``rft.au``, a Fraktion as one name), as in the other formats."""
        doc = self.document
        pairs = [
            ("ctx_ver", "Z39.88-2004"),
            ("rft_val_fmt", "info:ofi/fmt:kev:mtx:book"),
            ("rft.genre", "report"),
            ("rft.btitle", self.title()),
            ("rft.aucorp", government(doc)),
            *[("rft.au", _listed_name(asker)) for asker in doc.askers],
            ("rft.pub", parliament_name(doc)),
            ("rft.series", f"Drucksache {drucksache(doc)}" if doc.drucksache else "Drucksache"),
            ("rft.language", "de"),
        ]
        if doc.date_answered:
            pairs.append(("rft.date", doc.date_answered.isoformat()))
        elif year := anfrage_year(doc):
            pairs.append(("rft.date", year))
        if doc.drucksache:
            pairs.append(("rft.volume", drucksache(doc)))
        if self.link:
            pairs.append(("rft_id", self.link))
        return urlencode(pairs)

    def render(self, fmt: str) -> str:
        """The citation in one of :data:`FORMATS`."""
        if fmt == "bibtex":
            return self.bibtex()
        if fmt == "ris":
            return self.ris()
        if fmt == "csl-json":
            return json.dumps([self.csl()], ensure_ascii=False, indent=2) + "\n"
        raise ValueError(f"Unbekanntes Zitierformat „{fmt}“ (erlaubt: {', '.join(FORMATS)}).")

    def to_json(self) -> dict[str, Any]:
        return {
            "doc_id": self.document.id,
            "question": self.question,
            "question_label": self.printed if self.question is not None else None,
            "text": self.text(),
            "short": self.short(),
            "url": self.url,
            "pdf_url": self.document.source_url if is_pdf(self.document.source_url) else None,
            "source_url": self.document.source_url,
            "csl": self.csl(),
        }


def anfrage_year(document: Document) -> str:
    """The year the reference formats give an answer that prints no date of its own: its Anfrage's, by which its
    citation text is dated (``2014`` for „auf die Kleine Anfrage vom 3. November 2014“) — a year only, for the day is
    the Anfrage's, not the answer's; empty where the citation names no such date."""
    if document.kind == UNTERRICHTUNG or document.date_answered or document.date_asked is None:
        return ""
    return str(document.date_asked.year)


def _answered(document: Document) -> str:
    """What the document answers: `` auf die Kleine Anfrage 2509 (Drs. 17/6031) von … (SPD)`` (with its own date,
    `` auf die Kleine Anfrage vom 3. November 2014 von …``, where the answer's is unknown), or an Unterrichtung's
    `` auf den Beschluss vom 19. November 2025 (Drs. 19/9059)``."""
    doc = document
    drs = parliament_of(doc.parliament).cited_drs  # the Bundestag's „(BT-Drs. 21/1045)“
    if doc.kind == UNTERRICHTUNG:
        text = " auf den Beschluss" if doc.resolution_date or doc.resolution_drucksache else " auf einen Beschluss"
        if doc.resolution_date:
            text += f" vom {german_date(doc.resolution_date)}"
        return text + (f" ({drs} {doc.resolution_drucksache})" if doc.resolution_drucksache else "")
    text = f" auf die {anfrage_name(doc)}"
    if number := anfrage_number(doc):
        text += f" {number}"
    if doc.date_asked and not doc.date_answered:  # Hessen's copies print no answer date: the Anfrage's dates it
        text += f" vom {german_date(doc.date_asked)}"  # where NRW's head prints it: „Kleine Anfrage 2509 vom …“
    if doc.anfrage_drucksache and doc.anfrage_drucksache != doc.drucksache:
        text += f" ({drs} {anfrage_drucksache(doc)})"
    if doc.askers:
        text += " " + askers_phrase(doc)
    return text


def askers_phrase(document: Document) -> str:
    """``der Abgeordneten Nadja Lüders und Volkan Baran (SPD)``; one asker: ``von Nadja Lüders (SPD)``
    (the documents' own „des/der Abgeordneten“ needs a gender we do not know); a Fraktion as Bremen prints it:
    ``der Fraktion der SPD``; members and Fraktionen in one list, each member with the party:
    ``der Abgeordneten Max Müller (CDU), Anna Schmidt (SPD) und der Fraktion der SPD``; members of the Fraktion
    they ask with as the Bundestag prints them, the Fraktion naming their party:
    ``der Abgeordneten Ruben Rupp, Robin Jünger und der Fraktion der AfD``; the members it does not name as it
    says so: ``der Abgeordneten Bodo Ramelow, Clara Bünger, weiterer Abgeordneter und der Fraktion Die Linke``."""
    members = [a for a in document.askers if not a.fraktion]
    fraktionen = [f"der {a.name}" for a in document.askers if a.fraktion]
    if not members:
        return listed(fraktionen)
    lead = "der Abgeordneten " if len(members) > 1 or document.further_askers else "von "
    others = ["weiterer Abgeordneter"] if document.further_askers else []
    parties = list(dict.fromkeys(a.party for a in members if a.party))
    if len(parties) <= 1 and not fraktionen:
        return lead + listed([a.name for a in members] + others) + (f" ({parties[0]})" if parties else "")
    own = {a.party for a in document.askers if a.fraktion}
    if len(own) == 1 and set(parties) <= own and all(a.party for a in members):
        return lead + listed([a.name for a in members] + others + fraktionen)
    return lead + listed([a.label for a in members] + others + fraktionen)


def _inverted(name: str) -> str:
    """``Nadja Lüders`` → ``Lüders, Nadja`` (RIS names persons family name first, then given names).

    Academic titles are dropped (``Dr. Ingo Kerzel`` → ``Kerzel, Ingo``): RIS's third part is a generational
    suffix (``Jr.``, ``III``), German cataloguing (RDA, as RAK before it) leaves degrees out of a person's
    name, and a title in the given names would sort and print as one.  The lower-case particles before the last
    word belong to the family name (``Ursula von der Leyen`` → ``von der Leyen, Ursula``)."""
    words = without_titles(name).split()
    start = len(words) - 1
    while start > 1 and words[start - 1][:1].islower():
        start -= 1
    return f"{' '.join(words[start:])}, {' '.join(words[:start])}" if start > 0 else " ".join(words)


def _listed_name(asker: Asker) -> str:
    """An asker as RIS and OpenURL list a name: ``Lüders, Nadja``; a Fraktion as a body, ``Fraktion der SPD,`` (its
    name before the comma whole, nothing after it), as the government is."""
    return asker.name + "," if asker.fraktion else _inverted(asker.name)


def _family_given(asker: Asker) -> tuple[str, str]:
    """A person's family and given names as :func:`_inverted` splits them; one word is a family name alone."""
    family, _, given = _inverted(asker.name).partition(", ")
    return family, given


def _bibtex_name(asker: Asker) -> str:
    """An asker as a BibTeX name: ``Lüders, Nadja``, ``von der Leyen, Ursula``; a Fraktion braced as one name
    (``{Fraktion der SPD}``), as is a part BibTeX would split („and“ in it, a comma)."""
    if asker.fraktion:
        return "{" + _bibtex_escape(asker.name) + "}"
    parts = [part for part in _family_given(asker) if part]
    return ", ".join(
        "{" + _bibtex_escape(part) + "}" if re.search(r"\band\b|,", part, re.I) else _bibtex_escape(part)
        for part in parts
    )


def _csl_name(asker: Asker) -> dict[str, str]:
    """An asker as a CSL name: ``{"family": "Lüders", "given": "Nadja"}``; a Fraktion ``{"literal": …}``."""
    if asker.fraktion:
        return {"literal": asker.name}
    family, given = _family_given(asker)
    return {"family": family, "given": given} if given else {"family": family}


def printed_runs(document: Document, numbers: list[int]) -> str:
    """Questions ``numbers`` (sorted) as the document prints them, a run of three or more consecutive ones as a
    range: ``1 bis 3 und 7 bis 30``, ``1 und 3``, ``2a und 2b``."""
    spans: list[str] = []
    for run in runs(numbers):
        printed = [document.printed_number(number) for number in run]
        spans += [f"{printed[0]} bis {printed[-1]}"] if len(run) > 2 else printed
    return listed(spans)


def questions_held(document: Document) -> str:
    """The questions the document prints, for a link to one it lacks: ``Fragen 1 bis 5``, ``Fragen 1 und 3`` (not
    „1 bis 3“, which held the question missing), ``Frage 1``, an Unterrichtung's ``Nr. 1 bis 4``; empty for none."""
    kind = labels(document.kind)
    numbers = sorted(question.number for question in document.questions)
    if not numbers:
        return ""
    return f"{kind.several if len(numbers) > 1 else kind.item} {printed_runs(document, numbers)}"


def meta_tags(document: Document, url: str | None) -> list[tuple[str, str]]:
    """Highwire ``citation_*`` tags that Zotero and Google Scholar read from the page head."""
    tags = [
        ("citation_title", document.title or document.id),
        ("citation_author", government(document)),
        ("citation_publisher", parliament_name(document)),
        ("citation_language", "de"),
        ("citation_series_title", series(document)),
    ]
    if document.date_answered:
        tags.append(("citation_publication_date", document.date_answered.strftime("%Y/%m/%d")))
        tags.append(("citation_date", document.date_answered.strftime("%Y/%m/%d")))
    elif year := anfrage_year(document):
        tags += [("citation_publication_date", year), ("citation_date", year)]
    # One report number, the answer's: Zotero joins repeated tags into one („Drucksache 19/11134, Drucksache 19/10805
    # (Anfrage)“); the Anfrage's or Beschluss's Drucksache is in the abstract, the citation's short form.
    if document.drucksache:
        tags.append(("citation_technical_report_number", f"Drucksache {drucksache(document)}"))
        tags.append(("citation_technical_report_institution", parliament_name(document)))
    if is_pdf(document.source_url):
        tags.append(("citation_pdf_url", document.source_url))
    if url:
        tags.append(("citation_public_url", url))
        tags.append(("citation_abstract_html_url", url))
    tags.append(("citation_abstract", Citation(document, None, url).short()))
    return tags


_BIBTEX_SPECIAL = re.compile(r"([\\{}&%$#_^~])")
# A straight double quote is a shorthand of LaTeX's German (babel ``ngerman``, which biblatex switches on for
# ``language = {german}``): ``"Soziale Stadt"`` printed „SSoziale Stadt"“, ``"sozial"`` „ßozial"“.  Quoted words
# get the German quotation marks the printed title has; a lone one is the character itself, ``{"{}}``: the empty
# group ends the shorthand (``{"}`` made babel read the closing brace: „Argument … has an extra }“), and it needs
# no font encoding (``{\textquotedbl}`` stopped pdflatex's default OT1: „Command \textquotedbl unavailable“) and
# reads back as ``"`` where a reference manager decodes LaTeX (checked with pdflatex, lualatex and BibTeX)
_STRAIGHT_PAIR = re.compile(r'"([^"]*)"')
_LONE_QUOTE = '{"{}}'


def _bibtex_escape(text: str) -> str:
    text = _STRAIGHT_PAIR.sub(r"„\1“", text)

    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        # ``\{`` still counts for BibTeX's brace balance, so braces become text commands.
        return {
            "\\": r"\textbackslash{}",
            "^": r"\^{}",
            "~": r"\~{}",
            "{": r"\textbraceleft{}",
            "}": r"\textbraceright{}",
        }.get(char, "\\" + char)

    return _BIBTEX_SPECIAL.sub(replace, text).replace('"', _LONE_QUOTE)


def _one_line(text: str) -> str:
    return " ".join(text.split())
