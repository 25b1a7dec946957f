"""The Anfragen web app: search page, document pages and a JSON API over the index.

``create_app`` lives in :mod:`web.app`; it is imported on first call so that the ``anfragen``
command (whose entry point is :mod:`web.cli`) starts without loading Flask for ``add``,
``search`` or ``build`` — an archivist's ``add`` is searchable that much sooner.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flask import Flask


def create_app(test_config: dict[str, Any] | None = None, production: bool = False) -> Flask:
    from .app import create_app as build

    return build(test_config, production)
