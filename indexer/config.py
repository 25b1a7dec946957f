"""Every setting in one place, with its type and its default; ``ANFRAGEN_<NAME>`` sets one.

The CLI takes its option defaults from :data:`DEFAULTS`, the web app its config defaults
(before ``instance/config.py`` and the environment).  Relative paths resolve against the
working directory, so the README's commands work from the project root.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any, get_args, get_type_hints

from indexer.errors import ConfigError

PREFIX = "ANFRAGEN_"
# Renamed variables, still read for one release: old name → setting.
DEPRECATED_ENV = {"ANFRAGEN_INDEX_DIR": "index"}
# Settings whose Flask config key is not simply the upper-case name.
_FLASK_KEYS = {"corpus": "CORPUS_DIR", "index": "INDEX_DIR"}


@dataclass(frozen=True)
class Settings:
    corpus: Path = Path("corpus")  # texts, PDFs and metadata sidecars
    index: Path = Path("var") / "index"
    per_page: int = 10  # hits per page when the URL does not say
    search_time_limit: float | None = 3.0  # seconds of ranking per search; null: no limit
    postings_cache_mb: int = 64  # decoded postings kept across searches, per process; 0: none
    archive_lock_timeout: float = 5.0  # seconds an upload waits for another write
    ocr_max_pages: int = 20  # a scan with more pages is refused rather than read for minutes
    ocr_time_limit: float = 120.0  # seconds of OCR per scanned document
    ocr_dpi: int = 200  # resolution pages are rendered at for OCR
    ocr_min_confidence: float = 70.0  # mean word confidence (%) below which a scan's reading is refused
    public_url: str | None = None  # the site's address in links, feeds, citations, CLI output (never the Host)
    trusted_hosts: str | None = None  # comma-separated host names the site answers to; null: any

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """The defaults with what the caller's configuration (:func:`configured`) and then the environment set."""
        return replace(cls(), **{**(_configured.get() or {}), **env_overrides(environ)})

    def flask_config(self) -> dict[str, Any]:
        """These settings under the web app's config keys (``INDEX_DIR``, ``PER_PAGE`` …)."""
        return flask_keys(asdict(self))


DEFAULTS = Settings()

# Settings a caller's own configuration gives for what runs inside it (see configured).
_configured: ContextVar[Mapping[str, Any] | None] = ContextVar("configured", default=None)


@contextmanager
def configured(settings: Mapping[str, Any]) -> Iterator[None]:
    """Read ``settings`` (by setting name: ``ocr_max_pages``) where code deep inside asks :meth:`Settings.from_env`:
    the web app's ``instance/config.py`` said ``OCR_MAX_PAGES = 60`` and an upload's scan was still held to 20."""
    token = _configured.set(settings)
    try:
        yield
    finally:
        _configured.reset(token)


def env_name(setting: str) -> str:
    """``index`` → ``ANFRAGEN_INDEX``."""
    return PREFIX + setting.upper()


def flask_keys(settings: Mapping[str, Any]) -> dict[str, Any]:
    """``{"index": Path(…)}`` → ``{"INDEX_DIR": "…"}`` (paths as strings, as Flask configs hold them)."""
    return {
        _FLASK_KEYS.get(name, name.upper()): str(value) if isinstance(value, Path) else value
        for name, value in settings.items()
    }


def env_overrides(environ: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The settings the environment sets, converted to their types; an empty variable sets nothing."""
    environ = os.environ if environ is None else environ
    found: dict[str, Any] = {}
    for old, setting in DEPRECATED_ENV.items():
        if environ.get(old) and not environ.get(env_name(setting)):
            warnings.warn(f"{old} ist veraltet; bitte {env_name(setting)} verwenden.", DeprecationWarning, stacklevel=2)
            found[setting] = _convert(old, environ[old], _TYPES[setting])
    for setting, kind in _TYPES.items():
        if environ.get(env_name(setting)) and setting in _PERCENTAGES:
            found[setting] = _percentage(env_name(setting), environ[env_name(setting)])
        elif environ.get(env_name(setting)):
            found[setting] = _convert(env_name(setting), environ[env_name(setting)], kind)
    if found.get("public_url"):
        site_address(env_name("public_url"), found["public_url"])
    return found


def site_address(name: str, value: str) -> str:
    """The site's public address as links need it: ``anfragen.example`` without its scheme made every feed, export
    and CLI link a relative path (``anfragen.example/dokument/…``)."""
    if not re.fullmatch(r"https?://[^/\s?#]+(/\S*)?", value.strip(), re.I):  # a scheme in any case (RFC 3986)
        raise ConfigError(
            f"{name}={value!r}: erwartet wird die Adresse der Website mit http:// oder https://, "
            "etwa https://anfragen.example."
        )
    return value.strip()


def _convert(variable: str, raw: str, kind: Any) -> Any:
    raw = raw.strip()
    if kind is Path:
        return Path(raw)
    if str in get_args(kind) or kind is str:
        return raw
    if type(None) in get_args(kind) and raw.lower() in ("null", "none"):
        return None
    if kind is int and re.fullmatch(r"[0-9]{1,9}", raw):
        return int(raw)
    if kind is not int and re.fullmatch(r"[0-9]{1,9}(?:\.[0-9]+)?", raw):
        return float(raw)
    # „-3“ is a whole number too: the message says what is allowed, not only of which kind
    expected = "eine ganze Zahl ab 0" if kind is int else "eine Zahl von Sekunden ab 0"
    if type(None) in get_args(kind):
        expected += " oder null (keine Grenze)"
    raise ConfigError(f"{variable}={raw!r}: erwartet wird {expected}.")


def _percentage(variable: str, raw: str) -> float:
    """A share in per cent, 0 to 100: „150“ was taken (no scan could pass), „abc“ asked for „Sekunden“."""
    raw = raw.strip()
    if re.fullmatch(r"[0-9]{1,3}(?:[.,][0-9]+)?", raw) and float(raw.replace(",", ".")) <= 100:
        return float(raw.replace(",", "."))
    raise ConfigError(f"{variable}={raw!r}: erwartet wird ein Prozentwert von 0 bis 100, etwa 70.")


# Settings given in per cent.
_PERCENTAGES = {"ocr_min_confidence"}
_TYPES = {f.name: get_type_hints(Settings)[f.name] for f in fields(Settings)}
