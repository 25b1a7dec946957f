"""The measuring commands: search quality, speed, the splitter and similar answers."""

from __future__ import annotations

from pathlib import Path

import click

from indexer.cli import DIRECTORY, EXISTING_FILE, Paths, _or_exit, _print_json, cli, json_option, pass_paths


@cli.command("splitter-eval")
@click.argument("gold", type=EXISTING_FILE)
@click.argument("simple", type=EXISTING_FILE)
@json_option
def splitter_eval(gold: Path, simple: Path, as_json: bool) -> None:
    """Kompositazerlegung messen: Kopf richtig (GOLD: Kompositum<TAB>Teile) und zerlegte einfache Wörter (SIMPLE)."""
    from indexer.measure.splitter import format_report, run

    result = _or_exit(lambda: run(gold, simple))
    if as_json:
        _print_json(result)
    else:
        click.echo(format_report(result))


@cli.command("similar-eval")
@click.argument("judgments", type=EXISTING_FILE)
@json_option
@pass_paths
def similar_eval(paths: Paths, judgments: Path, as_json: bool) -> None:
    """„Ähnliche Antworten“ messen: Anteil der gezeigten, die als themengleich beurteilt sind (Index: --index)."""
    from indexer.measure.similarity import format_report, run

    result = _or_exit(lambda: run(judgments, paths.index))
    if as_json:
        _print_json(result)
    else:
        click.echo(format_report(result))


@cli.command("eval")
@click.argument("queries", type=EXISTING_FILE)
@click.option(
    "--corpus",
    "corpus",
    type=DIRECTORY,
    multiple=True,
    help="Korpus für die Bewertung, auch mehrmals (Standard: das Korpus des Programms).",
)
@click.option(
    "--index",
    "index",
    type=DIRECTORY,
    help="Index wiederverwenden oder hier bauen (Standard: frisch in einem temporären Verzeichnis).",
)
@json_option
@click.option("--bench-build", is_flag=True, help="Zusätzlich Indexbauzeit gegen LanguageAnalyzer('de') messen.")
@pass_paths
def evaluate_command(
    paths: Paths, queries: Path, corpus: tuple[Path, ...], index: Path | None, as_json: bool, bench_build: bool
) -> None:
    """Suchqualität messen: recall@10, MRR, nDCG@10, precision@10, falsche Volltreffer — gegen Whoosh und FTS5."""
    from indexer.measure.eval_table import format_table
    from indexer.measure.evaluate import build_time_ratio, evaluate, load_corpus, load_queries

    judged = _or_exit(lambda: load_queries(queries))
    corpus_dirs = list(corpus) or [paths.corpus]
    evaluation = _or_exit(lambda: evaluate(judged, corpus_dirs, index))
    result = evaluation.to_json()
    if bench_build:
        documents, _failed = load_corpus(corpus_dirs)
        result["build"] = build_time_ratio(documents)
    if as_json:
        _print_json(result)
        return
    click.echo(format_table(evaluation))
    if bench_build:
        build = result["build"]
        click.echo(
            f"Indexbau: anfragen {build['anfragen_s']:.2f} s, LanguageAnalyzer('de') "
            f"{build['language_analyzer_s']:.2f} s, Verhältnis {build['ratio']:.2f}×"
        )


@cli.command()
@click.option(
    "--tier",
    type=click.Choice(["smoke", "1k", "10k", "60k"]),
    default="1k",
    show_default=True,
    help="Korpusgröße: smoke ≈ 300, 1k, 10k oder 60k Antworten.",
)
@click.option(
    "--shared",
    type=DIRECTORY,
    default=Path("../shared"),
    show_default=True,
    help="Verzeichnis mit NRW-Metadaten und Textmengen (../shared).",
)
@click.option(
    "--work",
    type=DIRECTORY,
    default=Path("var/bench"),
    show_default=True,
    help="Arbeitsverzeichnis (Korpus und Indizes; wird wiederverwendet).",
)
@click.option(
    "--out",
    type=DIRECTORY,
    default=Path("var/bench"),
    show_default=True,
    help="Wohin bench-<stufe>.json und bench-<stufe>.md geschrieben werden.",
)
@click.option(
    "--repeats", default=5, show_default=True, type=click.IntRange(1, 50), help="Durchläufe der Anfragemischung."
)
@click.option(
    "--http-seconds",
    default=30.0,
    show_default=True,
    type=click.FloatRange(0, 600),
    help="Dauer der HTTP-Last (0 = auslassen).",
)
@click.option(
    "--procs",
    default=None,
    type=click.IntRange(1, 64),
    help="Prozesse für unseren Indexaufbau (Standard wie 'anfragen rebuild').",
)
@click.option(
    "--without-plain-whoosh",
    is_flag=True,
    help="Whoosh pur auslassen (bei 60 k dauert allein dessen Präfixsuche Minuten je Anfrage).",
)
@pass_paths
def bench(
    paths: Paths,
    tier: str,
    shared: Path,
    work: Path,
    out: Path,
    repeats: int,
    http_seconds: float,
    procs: int | None,
    without_plain_whoosh: bool,
) -> None:
    """Leistung messen: unser Index gegen SQLite FTS5 und Whoosh pur, im selben Lauf."""
    from indexer.measure.bench import report, run

    if not (shared / "corpus" / "nrw-metadata").is_dir() or not (shared / "bench").is_dir():
        raise click.ClickException(
            f"{shared} enthält keine NRW-Metadaten und Textmengen (corpus/nrw-metadata, bench/)."
        )
    result = run.run(
        shared,
        work,
        tier,
        repeats,
        http_seconds,
        procs,
        log=lambda text: click.echo(text, err=True),
        plain_whoosh=not without_plain_whoosh,
        search_routes=paths.site.search_routes,
    )
    json_path, md_path = report.write(result, out)
    click.echo(report.markdown(result))
    click.echo(f"→ {json_path}, {md_path}", err=True)
