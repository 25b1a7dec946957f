"""The full ``anfragen`` command: the indexer's commands plus ``serve``.

It lives in ``web`` so that ``indexer`` never imports Flask; the console script points here.
"""

from __future__ import annotations

import os

import click

from indexer import config
from indexer.cli import Paths, build_index_with_progress, cli, pass_paths
from indexer.store import IndexStore


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse, an der der Server lauscht.")
@click.option("--port", default=5000, show_default=True, type=int, help="Port.")
@click.option("--debug", is_flag=True, help="Flask-Entwicklungsmodus (automatisches Neuladen).")
@pass_paths
def serve(paths: Paths, host: str, port: int, debug: bool) -> None:
    """Die Suche lokal starten; baut den Index beim ersten Start aus dem Korpus."""
    from . import create_app

    if not IndexStore(paths.index).exists():
        click.echo(f"Noch kein Index in {paths.index}: baue ihn aus {paths.corpus} …", err=True)
        build_index_with_progress(paths.corpus, paths.index)
    # The app reads its paths from the same environment variables the CLI options fall back to.
    os.environ[config.INDEX_ENV] = str(paths.index)
    os.environ[config.CORPUS_ENV] = str(paths.corpus)
    app = create_app()
    click.echo(f"Anfragen läuft auf http://{host}:{port}/", err=True)
    app.run(host=host, port=port, debug=debug, use_reloader=debug)


main = cli
