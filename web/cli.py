"""The full ``anfragen`` command: the indexer's commands plus ``serve``.

It lives in ``web`` so that ``indexer`` never imports Flask; the console script points here.
"""

from __future__ import annotations

import errno
import os
import socket

import click

from indexer import config
from indexer.cli import Paths, Site, build_index_with_progress, cli, pass_paths
from indexer.errors import AnfragenError
from indexer.index.store import IndexStore

from .urls import SEARCH_ROUTES, answer_url

# ``anfragen search`` prints the same answer links as the site, and ``anfragen bench`` loads its
# search pages: the web hands down its builder and routes.
cli.context_settings["obj"] = Site(answer_url=answer_url, search_routes=SEARCH_ROUTES)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse, an der der Server lauscht.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(1, 65535), help="Port.")
@click.option("--debug", is_flag=True, help="Flask-Entwicklungsmodus (automatisches Neuladen).")
@click.option(
    "--production", is_flag=True, help="Mit gunicorn (mehrere Prozesse und Threads) statt des Entwicklungsservers."
)
@click.option("--workers", type=click.IntRange(1, 64), help="Nur --production: Prozesse (Standard: einer je CPU-Kern).")
@click.option(
    "--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="Nur --production: Threads je Prozess."
)
@click.option(
    "--timeout",
    default=30,
    show_default=True,
    type=click.IntRange(5),
    help="Nur --production: Sekunden bis ein hängender Prozess ersetzt wird.",
)
@click.option("--pid", "pidfile", type=click.Path(dir_okay=False), help="Nur --production: PID-Datei (für kill -HUP).")
@pass_paths
def serve(
    paths: Paths,
    host: str,
    port: int,
    debug: bool,
    production: bool,
    workers: int | None,
    threads: int,
    timeout: int,
    pidfile: str | None,
) -> None:
    """Die Suche starten; baut den Index beim ersten Start aus dem Korpus.

    Mit --production läuft sie unter gunicorn; ein neu gebauter Index wird ohne Neustart
    übernommen, kill -HUP ersetzt die Prozesse ohne Unterbrechung.
    """
    from . import create_app

    if production and debug:
        raise click.UsageError("--debug und --production schließen sich aus.")
    if os.environ.get("WERKZEUG_RUN_MAIN") != "true":  # the reloader's child serves the socket its parent opened
        _check_port(host, port)
    # The app reads its paths from the same environment variables the CLI options fall back to.
    os.environ[config.env_name("index")] = str(paths.index)
    os.environ[config.env_name("corpus")] = str(paths.corpus)
    # Built once before the index and the servers: a wrong setting is one German sentence, not a traceback in
    # every gunicorn worker (the app opens no index file, so nothing of it is shared across a fork).
    try:
        app = create_app(production=production)
    except AnfragenError as error:
        raise click.ClickException(str(error)) from None
    store = IndexStore(paths.index)
    if not store.exists():
        click.echo(f"Noch kein Index in {paths.index}: baue ihn aus {paths.corpus} …", err=True)
        build_index_with_progress(paths.corpus, paths.index)
    elif store.outdated():
        click.echo(f"Der Index in {paths.index} stammt von einer älteren Version: baue ihn neu …", err=True)
        build_index_with_progress(paths.corpus, paths.index)
    elif not store.usable():
        click.echo(f"Der Index in {paths.index} ist beschädigt: baue ihn neu …", err=True)
        build_index_with_progress(paths.corpus, paths.index)
    if pidfile is not None:  # after the build: the README's var/anfragen.pid has its folder once var/index is built
        _check_pidfile(pidfile)
    if production:
        from .production import default_workers, run

        workers = workers or default_workers()
        click.echo(
            f"Anfragen läuft auf http://{host}:{port}/ (gunicorn, {workers} Prozesse × {threads} Threads)", err=True
        )
        run(host, port, workers, threads, timeout, pidfile)
        return
    from .dev_server import RequestHandler

    click.echo(f"Anfragen läuft auf http://{host}:{port}/", err=True)
    app.run(host=host, port=port, debug=debug, use_reloader=debug, request_handler=RequestHandler)


def _check_pidfile(pidfile: str) -> None:
    """Refuse a pid file gunicorn cannot write, before it is said to run: gunicorn said „Anfragen läuft auf …“, then
    „Error: … doesn't exist. Can't create pidfile.“ in English."""
    folder = os.path.dirname(os.path.abspath(pidfile))
    if not os.path.isdir(folder):
        raise click.ClickException(f"Das Verzeichnis der PID-Datei gibt es nicht: {folder} (--pid).")
    if not os.access(folder, os.W_OK):
        raise click.ClickException(f"In das Verzeichnis der PID-Datei darf dieser Benutzer nicht schreiben: {folder}.")


def _check_port(host: str, port: int) -> None:
    """Refuse, in German and before anything is built or said to run, a port the server cannot open: Werkzeug said
    „Anfragen läuft auf …“ and then „Address already in use“ in English."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers do: a closing socket is no user
        try:
            probe.bind((host, port))
        except OSError as error:
            if isinstance(error, socket.gaierror):
                reason = f"Den Rechnernamen „{host}“ kennt dieser Rechner nicht (--host 127.0.0.1 oder 0.0.0.0)."
            elif error.errno == errno.EADDRINUSE:
                reason = f"Port {port} ist schon belegt (läuft Anfragen schon?); ein anderer: --port {port + 1}."
            elif error.errno == errno.EADDRNOTAVAIL:
                reason = f"Die Adresse {host} gehört nicht zu diesem Rechner (--host 127.0.0.1 oder 0.0.0.0)."
            elif error.errno == errno.EACCES:
                reason = f"Port {port} darf dieser Benutzer nicht öffnen (Ports unter 1024 brauchen Root-Rechte)."
            else:
                reason = f"Die Adresse {host}:{port} lässt sich nicht öffnen ({error.strerror or error})."
            raise click.ClickException(reason) from None


main = cli

if __name__ == "__main__":
    main()
