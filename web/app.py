"""The Flask application factory.

Configuration is layered like Flask's tutorial: the defaults of :class:`indexer.config.Settings`,
then ``instance/config.py``, then ``ANFRAGEN_*`` environment variables (``ANFRAGEN_INDEX``,
``ANFRAGEN_PER_PAGE`` …; other Flask keys as JSON, e.g. ``ANFRAGEN_SECRET_KEY``); tests pass
``test_config`` instead of the last two.  The app only reads the index, except through
``/archiv`` (:mod:`web.archive`), which exists only when the instance config names archivists.
"""

from __future__ import annotations

from typing import Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from flask_wtf.csrf import CSRFProtect

from indexer import config
from indexer.errors import ConfigError

# Served to the public (``anfragen serve --production``): the session cookie only over HTTPS,
# never to scripts, never on cross-site posts.  The instance config may still say otherwise.
PRODUCTION_DEFAULTS = {"SESSION_COOKIE_SECURE": True, "SESSION_COOKIE_HTTPONLY": True, "SESSION_COOKIE_SAMESITE": "Lax"}


def create_app(test_config: dict[str, Any] | None = None, production: bool = False) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(config.DEFAULTS.flask_config(), JSON_AS_ASCII=False)
    if production:
        app.config.update(PRODUCTION_DEFAULTS)
    if test_config is None:
        _load_instance_config(app)
        switches = {key for key, value in app.config.items() if isinstance(value, bool)}
        app.config.from_prefixed_env("ANFRAGEN")
        _switches_from_env(app, switches)
        app.config.update(config.flask_keys(config.env_overrides()))  # the settings, typed
    else:
        app.config.from_mapping(test_config)
    if app.config.get("PUBLIC_URL"):  # also from instance/config.py
        app.config["PUBLIC_URL"] = config.site_address("PUBLIC_URL", str(app.config["PUBLIC_URL"]))
    if isinstance(app.config.get("TRUSTED_HOSTS"), str):  # ANFRAGEN_TRUSTED_HOSTS=a.example,b.example
        app.config["TRUSTED_HOSTS"] = [h.strip() for h in app.config["TRUSTED_HOSTS"].split(",") if h.strip()]
    _refuse_addresses_as_hosts(app.config.get("TRUSTED_HOSTS") or [])
    if isinstance(app.json, DefaultJSONProvider):
        app.json.ensure_ascii = False  # umlauts as they are, not \u00fc
    from . import api, archive, downloads, errors, filters, headers, searcher, views

    archive.init_app(app)  # /archiv exists only where archivists are configured; first: it sets an upload's limit
    CSRFProtect(app)  # every POST needs the form's csrf_token(); only /archiv has forms that post

    searcher.init_app(app)
    filters.init_app(app)
    errors.init_app(app)
    headers.init_app(app)
    app.register_blueprint(views.bp)
    app.register_blueprint(api.bp)
    app.register_blueprint(downloads.bp)
    return app


YES = ("true", "1", "ja", "yes", "an", "on")
NO = ("false", "0", "nein", "no", "aus", "off")


def _switches_from_env(app: Flask, switches: set[str]) -> None:
    """An on/off setting given as a word Flask's JSON does not read (``ANFRAGEN_SESSION_COOKIE_SECURE=False``, as
    Python writes it) stayed that text, which is true: the cookie stayed Secure and logging in over http never held."""
    for key in switches:
        value = app.config.get(key)
        if isinstance(value, (int, str)) and not isinstance(value, bool):
            word = str(value).strip().lower()
            if word not in YES + NO:
                raise ConfigError(f"ANFRAGEN_{key}={value!r}: erwartet wird true oder false.")
            app.config[key] = word in YES


def _refuse_addresses_as_hosts(hosts: list[str]) -> None:
    """``ANFRAGEN_TRUSTED_HOSTS=https://anfragen.example`` (the public address copied) matched no ``Host`` header: every
    request was answered „Diese Adresse (Host) wird hier nicht bedient.“ and nothing named the setting."""
    for host in hosts:
        if "/" in host or "://" in host:
            name = host.split("://", 1)[-1].split("/", 1)[0]
            raise ConfigError(
                f"TRUSTED_HOSTS: „{host}“ ist eine Adresse, kein Hostname; gemeint ist wohl „{name}“ "
                f"(ANFRAGEN_TRUSTED_HOSTS={name})."
            )


def _load_instance_config(app: Flask) -> None:
    """``instance/config.py`` if there is one; a mistake in it is one German sentence naming file and line, not a
    traceback of Flask's loader (a brace left open in ``ARCHIVE_USERS`` stopped ``anfragen serve`` so)."""
    try:
        app.config.from_pyfile("config.py", silent=True)
    except SyntaxError as error:
        raise ConfigError(
            f"{error.filename}, Zeile {error.lineno}: kein gültiges Python ({error.msg}). Bitte die Datei korrigieren."
        ) from None
    except Exception as error:  # the file runs as Python: a NameError, an import that fails …
        where = f"{app.instance_path}/config.py"
        raise ConfigError(
            f"{where} lässt sich nicht laden ({type(error).__name__}: {error}). Bitte die Datei korrigieren."
        ) from None
