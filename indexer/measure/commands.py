"""The measuring commands that are not about search quality: the splitter and similar answers."""

from __future__ import annotations

from pathlib import Path

import click

from indexer.cli import EXISTING_FILE, Paths, _or_exit, _print_json, cli, json_option, pass_paths


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
