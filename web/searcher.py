"""The app's one :class:`indexer.Engine`; it keeps a searcher per worker thread and
refreshes it when the index changed, so a rebuild or an added document shows up on the
next request without a restart."""

from __future__ import annotations

from flask import Flask, current_app

from indexer import Engine

EXTENSION = "anfragen.engine"


def init_app(app: Flask) -> None:
    app.extensions[EXTENSION] = Engine(app.config["INDEX_DIR"])


def engine() -> Engine:
    return current_app.extensions[EXTENSION]
