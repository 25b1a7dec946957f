"""Serving under gunicorn: several worker processes, each with a few threads.

Each worker builds its own app and so its own :class:`indexer.Engine`, which keeps one
Whoosh searcher per thread and reopens it after a commit or a rebuild — a new index is
served on the next request, without a restart.  A worker reads what every search needs
(which records belong to which answer) before it takes its first request.
``kill -HUP <pid>`` (pid file: ``--pid``) replaces the workers gracefully: running
requests finish, new workers start with fresh searchers and caches.
"""

from __future__ import annotations

import os
from typing import Any

from gunicorn.app.base import BaseApplication


def default_workers() -> int:
    """One worker per core: searches are CPU-bound, threads cover the waiting on I/O."""
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


class ProductionServer(BaseApplication):
    """gunicorn running :func:`web.create_app` in each worker (the app is not preloaded,
    so no Whoosh file handle is ever shared across a fork)."""

    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if value is not None:
                self.cfg.set(key, value)

    def load(self):
        from indexer.analysis.compounds import SERVING_CACHES, bound_caches

        from . import create_app
        from .searcher import EXTENSION

        bound_caches(*SERVING_CACHES)  # a worker lives long: bounded caches, not a build's
        app = create_app(production=True)
        app.extensions[EXTENSION].warm()
        return app


def run(host: str, port: int, workers: int, threads: int, timeout: int, pidfile: str | None) -> None:
    ProductionServer(
        {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "timeout": timeout,
            "graceful_timeout": timeout,
            "keepalive": 5,
            # Recycle workers now and then so a long-running worker's memory cannot creep up.
            "max_requests": 20_000,
            "max_requests_jitter": 2_000,
            "pidfile": pidfile,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "anfragen",
        }
    ).run()
