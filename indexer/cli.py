"""The ``anfragen`` command line: build, parse and search (``serve`` is added by :mod:`web.cli`)."""

from __future__ import annotations

import json
import shlex
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import click

from indexer import config
from indexer.archive.archive import Archive
from indexer.archive.inspection import DATE_LINE, identity_errors
from indexer.cli_german import GermanGroup, QueryCommand
from indexer.dates import short_date
from indexer.errors import AnfragenError
from indexer.ingest.load import corpus_files, load_document
from indexer.kinds import UNTERRICHTUNG
from indexer.model import DOC_ID, Document
from indexer.output.citation import anfrage_name
from indexer.parliaments import BY_CODE, parliament_name, parliament_of
from indexer.search.engine import Engine
from indexer.search.exclusions import with_exclusion_notice
from indexer.search.plan import SORTS
from indexer.search.ranking import RELEVANCE
from indexer.search.results import AnswerUrl
from indexer.words import ANNEXES_LISTED, annexes_summary, counted

T = TypeVar("T")


@dataclass(frozen=True)
class Site:
    """What the web tells the command line about its pages (see web.cli): the indexer spells no route."""

    answer_url: AnswerUrl | None = None  # how ``search`` links answers
    search_routes: tuple[str, ...] = ()  # where searches are asked (the bench's HTTP load visits them)


class Paths:
    """Corpus and index locations chosen on the command line (or their defaults), and the site."""

    def __init__(self, corpus: Path, index: Path, site: Site | None = None) -> None:
        self.corpus = corpus
        self.index = index
        self.site = site or Site()


pass_paths = click.make_pass_decorator(Paths)
DIRECTORY = click.Path(file_okay=False, path_type=Path)
EXISTING_FILE = click.Path(exists=True, dir_okay=False, path_type=Path)
json_option = click.option("--json", "as_json", is_flag=True, help="Maschinenlesbare Ausgabe.")
procs_option = click.option(
    "--procs",
    type=click.IntRange(1, 64),
    default=None,
    help="Prozesse für den Aufbau (Standard: einer je Kern ab 500 Dokumenten).",
)


@click.group(cls=GermanGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--corpus",
    type=DIRECTORY,
    envvar=config.env_name("corpus"),
    default=config.DEFAULTS.corpus,
    show_default=True,
    metavar="VERZEICHNIS",
    help="Korpus-Verzeichnis (Texte, PDFs, Metadaten).",
)
@click.option(
    "--index",
    "index",
    type=DIRECTORY,
    envvar=config.env_name("index"),
    default=config.DEFAULTS.index,
    show_default=True,
    metavar="VERZEICHNIS",
    help="Index-Verzeichnis (auch nach dem Befehl: 'search … --index VERZEICHNIS').",
)
@click.pass_context
def cli(ctx: click.Context, corpus: Path, index: Path) -> None:
    """Anfragen: Volltextsuche in Antworten auf Kleine Anfragen."""
    ctx.obj = Paths(corpus, index, ctx.obj)  # ``obj`` arrives as the web's Site, if any


def _or_exit(action: Callable[[], T]) -> T:
    """Run ``action``; turn our errors into a message and exit status 1, never a traceback."""
    try:
        return action()
    except AnfragenError as exc:
        raise click.ClickException(str(exc)) from exc


def _site_address(ctx: click.Context, value: str) -> str:
    """``--base-url`` as links need it, named as the user set it (option or ``ANFRAGEN_PUBLIC_URL``)."""
    from_env = ctx.get_parameter_source("base_url") is click.core.ParameterSource.ENVIRONMENT
    return _or_exit(lambda: config.site_address(config.env_name("public_url") if from_env else "--base-url", value))


def _print_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


# -- changing the archive ---------------------------------------------------------------------


@cli.command()
@procs_option
@pass_paths
def rebuild(paths: Paths, procs: int | None) -> None:
    """Index komplett neu aus dem Korpus aufbauen, während die Suche weiterläuft.

    Baut ein neues Index-Verzeichnis und schaltet dann atomar um; 'build' ist derselbe Befehl."""
    build_index_with_progress(paths.corpus, paths.index, procs)


cli.add_command(rebuild, "build")  # the older name, same command


def build_index_with_progress(corpus: Path, index: Path, procs: int | None = None) -> None:
    """Rebuild with a progress bar on stderr; name the files that had to be skipped."""
    files = _or_exit(lambda: corpus_files(corpus))
    archive = Archive(corpus, index)
    with click.progressbar(length=len(files), label="Indexiere", file=sys.stderr, show_pos=True) as bar:
        report = _or_exit(lambda: archive.rebuild(progress=lambda _file: bar.update(1), procs=procs))
        bar.update(len(files) - bar.pos)  # skipped files count as done: the bar ends at 100 %
    for problem in archive.skipped:
        click.echo(f"Übersprungen: {problem}", err=True)
    click.echo(
        f"{counted(report.documents, 'Dokument')}, {counted(report.records, 'Absatz')} indexiert "
        f"in {report.seconds:.1f} s → {index}",
        err=True,
    )


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--meta", type=EXISTING_FILE, help="Metadaten-Datei (JSON) zu einer einzelnen Datei.")
@pass_paths
def add(paths: Paths, files: tuple[Path, ...], meta: Path | None) -> None:
    """Dateien (oder die eines Ordners) prüfen und ins Korpus aufnehmen; der Index wird sofort ergänzt (gleiche
    Kennung: ersetzt)."""
    files = _files_of_folders(files)
    if meta is not None and len(files) > 1:
        raise click.UsageError("--meta gilt für genau eine Datei.")
    archive = Archive(paths.corpus, paths.index)
    fresh = not paths.corpus.exists()
    outcomes: Counter[str] = Counter()
    earlier: dict[str, str] = {}  # the ids this call has added → their file names
    files = _answers_of(files)
    for file in files:
        if file.suffix.lower() == ".json":
            click.echo(_metadata_alone(file, paths.corpus), err=True)
            outcomes["abgelehnt"] += 1
            continue
        try:
            result = archive.add(file, sidecar=meta, earlier=earlier)
        except AnfragenError as exc:
            click.echo(str(exc), err=True)
            outcomes["abgelehnt"] += 1
            continue
        if result.inspection.document is not None:
            earlier[result.inspection.document.id] = file.name
        for note in result.recovered:
            click.echo(f"Vorher repariert: {note}")
        click.echo(result.message)
        if result.outcome != "unverändert" and result.inspection.document is not None:
            click.echo(f"  Erkannt: {recognised(result.inspection.document)}")
        if result.inspection.changes:
            click.echo(f"  {result.inspection.changes}")
        for warning in result.warnings:
            click.echo(f"  Warnung: {warning}")
        outcomes[result.outcome] += 1
    if len(files) > 1:
        parts = (f"{outcomes[key]} {key}" for key in ("hinzugefügt", "ersetzt", "unverändert", "abgelehnt"))
        click.echo(f"{counted(len(files), 'Datei')}: {', '.join(parts)}.")
    if fresh and paths.corpus.exists():  # run outside the project folder, it started an archive nobody serves
        click.echo(
            f"Neues Archiv angelegt: Korpus {paths.corpus.resolve()}, Index {paths.index.resolve()} (dort gab es noch "
            f"keines). Gemeint war ein bestehendes? Dann dort aufrufen oder --corpus/--index bzw. "
            f"{config.env_name('corpus')}/{config.env_name('index')} angeben "
            "und die hier angelegten Verzeichnisse löschen.",
            err=True,
        )
    if outcomes["abgelehnt"]:
        raise click.exceptions.Exit(1)


@cli.command()
@click.argument("doc_id", metavar="ID")
@pass_paths
def remove(paths: Paths, doc_id: str) -> None:
    """Ein Dokument aus Korpus und Index entfernen."""
    names = _or_exit(lambda: Archive(paths.corpus, paths.index).remove(doc_id))
    click.echo(f"{doc_id}: entfernt ({', '.join(names)})")


@cli.command()
@click.option("--repair", is_flag=True, help="Unterschiede beheben (unterbrochene Schreibvorgänge, veralteter Index).")
@pass_paths
def check(paths: Paths, repair: bool) -> None:
    """Korpus und Index vergleichen; Exit-Status 1 bei Abweichungen."""
    archive = Archive(paths.corpus, paths.index)
    report = _or_exit(archive.repair if repair else archive.check)
    for line in report.lines():
        click.echo(line)
    if not report.ok:
        raise click.exceptions.Exit(1)


# -- reading: parse and search ------------------------------------------------------------------


@cli.command()
@click.argument("file", type=EXISTING_FILE)
@click.option("--meta", type=EXISTING_FILE, help="Metadaten-Datei (JSON).")
@json_option
def parse(file: Path, meta: Path | None, as_json: bool) -> None:
    """Prüfbericht: was in einer Datei (Text oder PDF) erkannt wird und was auffällt.

    Endet mit Status 1, wenn sich die Datei nicht in Fragen und Antworten gliedern lässt."""
    document = _or_exit(lambda: load_document(file, sidecar=meta))
    # what `anfragen add` refuses besides: a file named by one id whose text is another Drucksache
    refusals = identity_errors(document) if DOC_ID.fullmatch(document.id) else []
    if as_json:  # the JSON on stdout as ever, the refusal said beside it
        _print_json(document.to_json())
        for refusal in refusals:
            click.echo(f"Fehler: {refusal} So lehnt 'anfragen add' die Datei ab.", err=True)
    else:
        for line in validation_report(document, refusals):
            click.echo(line)
    if refusals:
        sys.exit(1)


def validation_report(document: Document, refusals: Sequence[str] = ()) -> list[str]:
    """The human-readable report of ``anfragen parse``: recognised facts, then warnings, then what ``anfragen add``
    refuses the file for (not „Keine Warnungen.“ right before it)."""
    unknown = "– nicht erkannt –"
    askers = ", ".join(document.asker_labels)
    lines = [
        f"{document.id}: {document.title or unknown}",
        f"  Parlament:        {_parliament(document) or unknown}, "
        + (f"{document.wahlperiode}. Wahlperiode" if document.wahlperiode else "Wahlperiode nicht erkannt"),
        f"  Drucksache:       {document.drucksache or unknown} (Antwort)",
        _asked(document, unknown),
        f"  Fragesteller:     {askers or unknown}",
        f"  Ministerium:      {document.ministry or unknown}"
        + (f" (im Einvernehmen mit {', '.join(document.co_ministries)})" if document.co_ministries else ""),
        f"  Beantwortet:      {short_date(document.date_answered) or UNDATED}",
        f"  Vorbemerkungen:   {counted(len(document.preamble), 'Absatz')} der Fragesteller, "
        f"{len(document.government_preamble)} {parliament_of(document.parliament).of_body}",
        f"  {counted(len(document.questions), 'Frage')}:",
    ]
    for question in document.questions:
        joint = ", ".join(document.printed_number(n) for n in question.answered_with)
        shared = f", gemeinsam mit {joint}" if joint else ""
        lines.append(
            f"    {question.printed_number:>3}. {_first_words(question.text)} "
            f"({counted(len(question.answer), 'Absatz')}{shared})"
        )
    if document.footnotes:
        lines.append(f"  {counted(len(document.footnotes), 'Fußnote')}:")
        lines.extend(
            f"    {f'{note.number} ' if note.numbered else ''}{_first_words(note.text, 12)}"
            for note in document.footnotes
        )
    if document.annexes:
        lines.append(f"  {annexes_summary(document.annexes)}:")
        lines.extend(f"    {_first_words(annex.label, 12)}" for annex in document.annexes[:ANNEXES_LISTED])
        if len(document.annexes) > ANNEXES_LISTED:
            lines.append(f"    … und {len(document.annexes) - ANNEXES_LISTED} weitere")
    lines.extend(f"  Warnung: {warning}" for warning in document.warnings)
    lines.extend(f"  Fehler: {refusal} So lehnt 'anfragen add' die Datei ab." for refusal in refusals)
    if not document.warnings and not refusals:
        lines.append("  Keine Warnungen.")
    return lines


UNDATED = f"? (in der Metadaten-Datei angeben: {DATE_LINE})"


def _files_of_folders(given: tuple[Path, ...]) -> tuple[Path, ...]:
    """``given`` with each folder replaced by its files, as ``add ordner/*`` gives them (hidden ones left out):
    ``add ordner`` was refused „… ist ein Verzeichnis, erwartet ist eine Datei“ and nothing was added.  A folder
    within is not read, and said so: its answers were otherwise missed without a word."""
    files: list[Path] = []
    for path in given:
        if not path.is_dir():
            files.append(path)
            continue
        entries = sorted(entry for entry in path.iterdir() if not entry.name.startswith("."))
        for folder in (entry for entry in entries if entry.is_dir()):
            click.echo(
                f"Unterordner nicht gelesen: {folder} (eigens: anfragen add {shlex.quote(str(folder))})", err=True
            )
        found = [entry for entry in entries if not entry.is_dir()]
        if not found:
            raise click.UsageError(f"Im Ordner {path} liegt keine Datei; nichts geändert.")
        files.extend(found)
    return tuple(files)


def _answers_of(files: tuple[Path, ...]) -> tuple[Path, ...]:
    """``files`` without the metadata files that lie beside one of them under its name (``add ordner/*``): each is
    read with its answer, yet was refused as „Dateityp .json wird nicht unterstützt“ and made the call fail."""
    beside = {file.resolve().with_suffix(".json") for file in files if file.suffix.lower() != ".json"}
    return tuple(file for file in files if file.suffix.lower() != ".json" or file.resolve() not in beside)


def _metadata_alone(file: Path, corpus: Path) -> str:
    """Why a metadata file given without its answer is refused, and how to give it (for an answer in the archive:
    the command that replaces only its metadata)."""
    held = next((path for path in corpus_files(corpus) if path.stem == file.stem), None) if corpus.is_dir() else None
    meta = shlex.quote(str(file))
    stored = (
        f" Für die Antwort im Archiv ersetzt „anfragen add {shlex.quote(str(held))} --meta {meta}“ nur ihre Angaben."
        if held is not None
        else ""
    )
    return (
        f"{file.name}: abgelehnt, nichts geändert:\n  - Eine Metadaten-Datei ist keine Antwort: mit ihrer Antwort "
        f"hinzufügen, neben ihr und gleich benannt ({file.stem}.txt oder .pdf → {file.name}) oder mit "
        f"„anfragen add ANTWORT --meta {meta}“.{stored}"
    )


def recognised(document: Document) -> str:
    """What ``add`` took the file for, in one line: ``Hamburgische Bürgerschaft, Drs. 21/4756 vom 14.06.2016:
    „Reisebusse …“; Fragesteller: …`` — it printed the counts alone, so a misread head went unseen until searched."""
    unknown = "nicht erkannt"
    dated = f" vom {short_date(document.date_answered)}" if document.date_answered else " (Antwortdatum nicht erkannt)"
    return (
        f"{_parliament(document) or 'Parlament ' + unknown}, Drs. {document.drucksache or unknown}{dated}: "
        f"„{document.title or 'Titel ' + unknown}“; Fragesteller: {', '.join(document.asker_labels) or unknown}"
    )


def _parliament(document: Document) -> str:
    """``Bayerischer Landtag (by)``: the name the pages print, with the code of ids and filters."""
    code = document.parliament
    return f"{parliament_name(code)} ({code})" if code in BY_CODE else (code or "")


def _asked(document: Document, unknown: str) -> str:
    """What was answered, as this parliament calls it (``Schriftliche Anfrage Nr. 12, Drucksache 17/7, gestellt am
    12.08.2015``); an Unterrichtung's Beschluss."""
    if document.kind == UNTERRICHTUNG:
        known = [f"Drucksache {document.resolution_drucksache}" if document.resolution_drucksache else ""]
        known.append(f"vom {short_date(document.resolution_date)}" if document.resolution_date else "")
        return f"  Beschluss:        {', '.join(part for part in known if part) or unknown}"
    named = anfrage_name(document) + (f" Nr. {document.anfrage_nr}" if document.anfrage_nr else "")
    known = [named, f"Drucksache {document.anfrage_drucksache}" if document.anfrage_drucksache else ""]
    known.append(f"gestellt am {short_date(document.date_asked)}" if document.date_asked else "Datum nicht erkannt")
    return f"  Anfrage:          {', '.join(part for part in known if part)}"


def _first_words(text: str, count: int = 8) -> str:
    words = text.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


LOCAL_SITE = "http://127.0.0.1:5000"  # where `anfragen serve` listens unless told otherwise


@cli.command(cls=QueryCommand)
@click.argument("query")
@click.option(
    "--limit",
    default=config.DEFAULTS.per_page,
    show_default=True,
    type=click.IntRange(1, 100),
    help="Treffer pro Seite.",
)
@click.option("--page", default=1, show_default=True, type=click.IntRange(1), help="Ergebnisseite.")
@click.option("--sort", type=click.Choice(SORTS), default=RELEVANCE, show_default=True, help="Reihenfolge.")
@click.option(
    "--base-url",
    default=config.DEFAULTS.public_url or LOCAL_SITE,
    envvar=config.env_name("public_url"),
    callback=lambda ctx, _param, value: _site_address(ctx, value),
    show_default=True,
    help="Adresse der Website, unter der die Links der Treffer stehen.",
)
@json_option
@pass_paths
def search(paths: Paths, query: str, limit: int, page: int, sort: str, base_url: str, as_json: bool) -> None:
    """Im Index suchen; Treffer sind einzelne Antworten, beste zuerst (Filter: partei:SPD datum:2019 …)."""
    from indexer.output import terminal

    engine = _or_exit(lambda: Engine(paths.index, answer_url=paths.site.answer_url))
    counted = not as_json  # the line after the headline says what relevance sorting adds
    results = _or_exit(lambda: engine.search(query, page=page, per_page=limit, sort=sort, relevance_count=counted))
    results = with_exclusion_notice(engine, results, query, None)  # as the page: „-Polizei“ schließt alle aus …
    beyond = None if as_json else results.past_last
    if beyond:  # as the web page: the last page, and why
        results = engine.search(query, page=results.pages, per_page=limit, sort=sort, relevance_count=counted)
    if as_json:
        data = results.to_json()
        for hit in data["hits"]:
            hit["url"] = terminal.absolute(base_url, hit["url"])
        _print_json(data)
        return
    click.echo(terminal.headline(results, query))
    # as the web page: what relevance sorting adds
    if sort != RELEVANCE and results.words and results.total and results.relevance_partial:
        click.echo(terminal.relevance_line(results, results.relevance_partial))
    if offer := results.asker:
        party = f' partei:"{offer.party}"' if offer.party else ""
        click.echo(f'{offer.label} (fragesteller:"{offer.name}"{party}{" " + offer.words if offer.words else ""})')
    if results.suggestion:
        click.echo(f"Meinten Sie „{results.suggestion}“?")
    if results.notice:
        click.echo(results.notice)
    else:
        for line in terminal.nothing_found(results):
            click.echo(line)
    if beyond:
        click.echo(beyond)
    loose = False
    for rank, hit in enumerate(results.hits, start=(results.page - 1) * limit + 1):
        if hit.missing and not loose:  # as the web page: the answers lacking a word under their own heading
            loose = True
            click.echo(terminal.tier_line(results))
        for line in terminal.hit_lines(rank, hit, base_url):
            click.echo(line)


# Measuring commands live with what they measure; importing them registers them on ``cli``.
from indexer.measure import commands  # noqa: E402, F401
