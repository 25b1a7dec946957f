"""``/archiv``: archivists upload an answer, see the validation report, confirm, and it is added.

The only write path of the web app, and only when the instance config names archivists
(``ARCHIVE_USERS = {"name": "<werkzeug password hash>"}``) and a ``SECRET_KEY``; otherwise
the blueprint is not even registered and ``/archiv`` is a 404.  Every POST carries a
Flask-WTF CSRF token (signed with the secret key, bound to the session, time-limited),
checked by ``CSRFProtect`` (set up in :mod:`web.app`; a refusal is a 400 from :mod:`web.errors`).
Adding goes through :class:`indexer.Archive` — the same validation, writer lock and crash
safety as ``anfragen add``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import pickle
import re
import secrets
import shutil
import time
from contextlib import AbstractContextManager
from dataclasses import replace
from functools import cache, wraps
from pathlib import Path
from typing import Any

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.datastructures import FileStorage
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.utils import secure_filename

from indexer import AnfragenError, Archive, config
from indexer.archive.archive import MAX_FILE_BYTES, Inspection
from indexer.archive.inspection import UNCHANGED, earlier_in_call, own_check
from indexer.errors import ConfigError, WriteLockError
from indexer.ingest.extract import unsupported_advice
from indexer.ingest.sidecar import DOC_ID

from .login_guard import DEFAULT_LIMIT, LoginGuard, SessionVersions
from .login_guard import MESSAGE as LIMIT_MESSAGE

bp = Blueprint("archive", __name__, url_prefix="/archiv")

ALLOWED_SUFFIXES = (".pdf", ".txt")
# What one upload of an archivist may hold in all: a batch of answers, each file still at most MAX_FILE_BYTES
BATCH_MAX_BYTES = 10 * MAX_FILE_BYTES
UPLOAD_MAX_AGE_SECONDS = 3600
GUARD = "anfragen-login-guard"
# Settings that bound reading a file (scans above all): the instance config's, not only the environment's
READING_SETTINGS = ("ocr_max_pages", "ocr_time_limit", "ocr_dpi", "ocr_min_confidence")
# Beside the checked uploads: what the check refused, said again once the rest is added; kept on the server, for
# the signed session cookie holds 4 KB, too little for the reasons of a batch
REFUSED_FILE = "abgelehnt.json"
# Beside each checked upload: its check (the parsed document), so that adding it does not parse it again; the file
# begins with an HMAC of the rest under CHECK_KEY, made afresh by each server process: a check kept by another process
# (an older program, another parser) or written by anyone else is not used, and not unpickled
CHECKED_FILE = "geprueft.pickle"
CHECK_KEY = "anfragen-check-key"
MAC_SIZE = hashlib.sha256().digest_size


@cache
def _dummy_hash() -> str:
    """Checked when the user name is unknown, so a wrong name costs as long as a wrong password."""
    return generate_password_hash(secrets.token_hex(16))


def init_app(app: Flask) -> None:
    """Register ``/archiv`` only for an instance that configured archivists and a secret key."""
    operators_limit = app.config.get("MAX_CONTENT_LENGTH") is not None
    if not operators_limit:  # Flask's default: unlimited
        app.config["MAX_CONTENT_LENGTH"] = MAX_FILE_BYTES + 2**20  # file + sidecar + form
    users = app.config.get("ARCHIVE_USERS") or {}
    if not users:
        return
    if not operators_limit:  # an operator's own limit holds for archivists too
        app.before_request(_allow_batches)  # before CSRFProtect's check, which reads the whole form (see create_app)
    if not isinstance(users, dict):  # ANFRAGEN_ARCHIVE_USERS='anna=…' is read as JSON, and is none
        raise ConfigError(
            "ARCHIVE_USERS: erwartet wird eine Zuordnung Name → Passwort-Hash, in instance/config.py "
            'ARCHIVE_USERS = {"anna": "scrypt:…"}, als Umgebungsvariable JSON: '
            """ANFRAGEN_ARCHIVE_USERS='{"anna": "scrypt:…"}'."""
        )
    if not app.config.get("SECRET_KEY"):
        app.logger.warning("ARCHIVE_USERS ist gesetzt, aber SECRET_KEY fehlt: /archiv bleibt abgeschaltet.")
        return
    app.config["SESSION_COOKIE_SAMESITE"] = app.config.get("SESSION_COOKIE_SAMESITE") or "Lax"
    app.config.setdefault("ARCHIVE_UPLOAD_DIR", str(Path(app.instance_path) / "uploads"))
    app.config.setdefault("ARCHIVE_SESSION_FILE", str(Path(app.instance_path) / "archiv-sitzungen.json"))
    _writable_folder("ARCHIVE_UPLOAD_DIR", Path(app.config["ARCHIVE_UPLOAD_DIR"]))
    _writable_folder("ARCHIVE_SESSION_FILE", Path(app.config["ARCHIVE_SESSION_FILE"]).parent)
    _refuse_plain_passwords(users)
    limit = app.config.get("ARCHIVE_LOGIN_LIMIT") or DEFAULT_LIMIT
    try:
        app.extensions[GUARD] = LoginGuard(limit)
    except ValueError:
        raise ConfigError(
            f"ARCHIVE_LOGIN_LIMIT={limit!r}: erwartet wird eine Grenze wie „{DEFAULT_LIMIT}“ oder „5 per hour“."
        ) from None
    app.extensions[CHECK_KEY] = secrets.token_bytes(32)
    app.register_blueprint(bp)


def _writable_folder(setting: str, folder: Path) -> None:
    """A folder the server cannot write (a file, another user's) is said at start: the first upload or login ended in
    „Ein interner Fehler ist aufgetreten.“ (500) with a NotADirectoryError or PermissionError in the log."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            f"{setting}: der Ordner {folder} lässt sich nicht anlegen ({error.strerror or error}); bitte einen Ordner "
            "nennen, in den der Serverprozess schreiben darf (ANFRAGEN_ARCHIVE_UPLOAD_DIR=/var/lib/anfragen/uploads)."
        ) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ConfigError(f"{setting}: in den Ordner {folder} darf der Serverprozess nicht schreiben.")


def _refuse_plain_passwords(users: dict[str, str]) -> None:
    """A password written into ``ARCHIVE_USERS`` as it is typed never matched: every login said „Name oder Passwort ist
    falsch.“ and nothing told the operator why.  Werkzeug's hashes read ``method$salt$hash``."""
    plain = sorted(name for name, stored in users.items() if not isinstance(stored, str) or stored.count("$") < 2)
    if plain:
        raise ConfigError(
            f"ARCHIVE_USERS: für {', '.join(f'„{name}“' for name in plain)} steht kein Passwort-Hash, sondern "
            'wohl das Passwort selbst. Den Hash erzeugen mit: python -c "from werkzeug.security import '
            "generate_password_hash as h; print(h('Passwort'))\""
        )


def _archivist() -> str | None:
    """The logged-in archivist's name; None without a login, or for a session ended by logout."""
    name = str(session.get("archivist"))
    if name not in current_app.config["ARCHIVE_USERS"] or session.get("version") != _versions().current(name):
        return None
    return name


def archivist_required(view):
    @wraps(view)
    def wrapped(*args, **kwargs):
        if _archivist() is None:
            session.pop("archivist", None)  # a session ended by logout stays ended
            return redirect(url_for("archive.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


def _allow_batches() -> None:
    """An archivist's upload to check may hold a batch: the limit of one file refused twenty PDFs of 2 MB each as „Die
    Datei ist zu groß“, though none was.  Each file is still held to MAX_FILE_BYTES when it is inspected."""
    if request.endpoint == "archive.inspect" and request.method == "POST" and _archivist() is not None:
        request.max_content_length = max(request.max_content_length or 0, BATCH_MAX_BYTES)


@bp.errorhandler(RequestEntityTooLarge)
def too_large(error: RequestEntityTooLarge):
    limit = MAX_FILE_BYTES // 2**20
    message = f"Die Datei ist zu groß: erlaubt sind höchstens {limit} MB. Nichts geändert."
    if (request.max_content_length or 0) >= BATCH_MAX_BYTES:
        size = f"{(request.content_length or 0) / 2**20:.0f}"
        message = (
            f"Zusammen sind die Dateien zu groß ({size} MB): erlaubt sind höchstens {limit} MB je Datei und "
            f"{BATCH_MAX_BYTES // 2**20} MB je Upload. Bitte in mehreren Teilen hochladen. Nichts geändert."
        )
    return render_template("archiv_fehler.html", message=message), 413


@bp.route("/anmelden", methods=["GET", "POST"])
def login():
    error = None
    if request.method == "POST":
        name = request.form.get("name", "")
        password = request.form.get("password", "")
        guard: LoginGuard = current_app.extensions[GUARD]
        address = request.remote_addr or ""
        if not guard.allowed(address, name):
            return render_template("archiv_anmelden.html", error=LIMIT_MESSAGE), 429
        stored = current_app.config["ARCHIVE_USERS"].get(name)
        if check_password_hash(stored or _dummy_hash(), password) and stored:
            session.clear()
            session["archivist"], session["version"] = name, _versions().current(name)
            target = request.args.get("next", "")
            return redirect(target if target.startswith("/archiv") else url_for("archive.upload"))
        guard.failed(address, name)
        error = "Name oder Passwort ist falsch."
    return render_template("archiv_anmelden.html", error=error), 401 if error else 200


@bp.post("/abmelden")
def logout():
    name = str(session.get("archivist"))
    if name in current_app.config["ARCHIVE_USERS"]:
        _versions().end_sessions(name)  # every copy of this cookie is void from now on
    session.clear()
    return redirect(url_for("views.search"))


@bp.get("/")
@archivist_required
def upload():
    refused = _refused_notes(session.pop("refused", None))
    return render_template("archiv.html", added=session.pop("added", []), refused=refused)


def _refused_notes(token: str | None) -> list[str]:
    """What the check of the batch just added refused (kept in its upload folder for this page), read once."""
    if token is None:
        return []
    folder = _upload_dir() / token
    try:
        return json.loads((folder / REFUSED_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:  # dropped an hour on, or the page opened twice
        return []
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@bp.post("/pruefen")
@archivist_required
def inspect():
    """Store the uploads aside and show what adding them would do; nothing is added yet."""
    uploads = [upload for upload in request.files.getlist("datei") if upload.filename]
    sidecars = [s for s in request.files.getlist("metadaten") if s.filename]
    misplaced = _misplaced(uploads, sidecars)
    if misplaced:
        return render_template("archiv.html", error=misplaced), 400
    if not uploads:
        chosen = ", ".join(str(s.filename) for s in sidecars)
        files, answers = (
            ("Metadaten-Datei", "die Antwort") if len(sidecars) == 1 else ("Metadaten-Dateien", "die Antworten")
        )
        error = (
            f"Nur die {files} {chosen} gewählt: bitte auch {answers} im Feld „Antwort (.pdf oder .txt)“ "
            "auswählen. Nichts geändert."
            if sidecars
            else "Bitte eine Datei auswählen."
        )
        return render_template("archiv.html", error=error), 400
    refused = [u.filename for u in uploads if Path(u.filename or "").suffix.lower() not in ALLOWED_SUFFIXES]
    if refused:
        names = ", ".join(str(name) for name in refused)
        advice = next(filter(None, (unsupported_advice(Path(str(name)).suffix) for name in refused)), "")
        return render_template(
            "archiv.html", error=f"{names}: nur .pdf- und .txt-Dateien werden angenommen.{advice} Nichts geändert."
        ), 400
    unmatched = _unmatched_sidecars(uploads, sidecars)
    if unmatched:
        return render_template("archiv.html", error=unmatched), 400
    _remove_old_uploads()
    token = secrets.token_urlsafe(16)
    folder = _upload_dir() / token
    reports, pending = [], []
    earlier: dict[str, str] = {}  # the ids of the files above → their names: one document once per upload
    for number, upload in enumerate(uploads):
        sidecar = _sidecar_for(upload, sidecars, len(uploads))
        inspection, saved = _inspect_one(folder / str(number), upload, sidecar)
        inspection = earlier_in_call(inspection, earlier)
        if inspection.ok and inspection.document is not None:
            earlier.setdefault(inspection.document.id, str(upload.filename))
        reports.append(inspection)
        if inspection.ok and inspection.action != UNCHANGED:
            meta = sidecar.filename if sidecar is not None else None
            pending.append({"file": str(saved.relative_to(folder)), "name": upload.filename, "meta": meta})
    if not pending:
        shutil.rmtree(folder, ignore_errors=True)
    else:
        session["upload"] = {"token": token, "files": pending}
        refused = [_refused_at_check(inspection) for inspection in reports if not inspection.ok]
        (folder / REFUSED_FILE).write_text(json.dumps(refused, ensure_ascii=False), encoding="utf-8")
    status = 422 if not any(inspection.ok for inspection in reports) else 200
    return render_template("archiv_pruefung.html", inspections=reports, token=token if pending else None), status


def _refused_at_check(inspection: Inspection) -> str:
    """A file of a batch the check refused, as the page after adding the rest names it: that page listed only what
    was added, and of a batch of twenty the archivist no longer saw which to mend and upload again."""
    reasons = " ".join(error.removeprefix(f"{inspection.name}: ") for error in inspection.errors)
    return f"{inspection.name}: nicht hinzugefügt, bei der Prüfung abgelehnt: {reasons} Korrigiert erneut hochladen."


def _misplaced(uploads: list[FileStorage], sidecars: list[FileStorage]) -> str | None:
    """Why files in the wrong field are refused (None: none is): a metadata file chosen as the answer was „nur .pdf-
    und .txt-Dateien“, an answer chosen as metadata „kein gültiges JSON“ — neither said which field it belongs in."""
    as_answer = [str(u.filename) for u in uploads if Path(u.filename or "").suffix.lower() == ".json"]
    as_meta = [str(s.filename) for s in sidecars if Path(s.filename or "").suffix.lower() in ALLOWED_SUFFIXES]
    faults = []
    if as_answer:
        faults.append(f"{', '.join(as_answer)}: eine Metadaten-Datei gehört ins Feld „Metadaten (.json, optional)“.")
    if as_meta:
        faults.append(f"{', '.join(as_meta)}: eine Antwort gehört ins Feld „Antwort (.pdf oder .txt)“.")
    return " ".join([*faults, "Nichts geändert."]) if faults else None


def _sidecar_for(upload: FileStorage, sidecars: list[FileStorage], uploads: int) -> FileStorage | None:
    """The metadata file of ``upload``: the one of the same name, else for a single upload its only one."""
    stem = Path(upload.filename or "").stem
    named = next((s for s in sidecars if Path(s.filename or "").stem == stem), None)
    return named if named is not None or uploads > 1 or len(sidecars) != 1 else sidecars[0]


def _unmatched_sidecars(uploads: list[FileStorage], sidecars: list[FileStorage]) -> str | None:
    """Why metadata files that belong to no upload are refused (None: each belongs to one); dropped
    silently, the archivist would add the answers without the metadata meant for them."""
    used = {id(_sidecar_for(upload, sidecars, len(uploads))) for upload in uploads}
    stray = [str(sidecar.filename) for sidecar in sidecars if id(sidecar) not in used]
    if not stray:
        return None
    example = Path(str(uploads[0].filename))
    return (
        f"{', '.join(stray)}: {'gehört' if len(stray) == 1 else 'gehören'} zu keiner hochgeladenen Datei. "
        "Eine Metadaten-Datei muss heißen wie ihre "
        f"Datei, nur mit der Endung .json (zu {example.name}: {example.stem}.json); nur eine einzelne Datei "
        "darf eine beliebig benannte haben. Nichts geändert."
    )


def _inspect_one(folder: Path, upload: FileStorage, sidecar: FileStorage | None) -> tuple[Inspection, Path]:
    """Save one upload (and its metadata file) in ``folder`` and inspect it; reports name the file
    as the archivist's computer does, not as it was stored."""
    original = str(upload.filename)
    folder.mkdir(parents=True)
    stem = Path(secure_filename(original)).stem.lower()  # „HE-19-3050.txt“ names its id as well
    path = folder / f"{stem if DOC_ID.fullmatch(stem) else 'upload'}{Path(original).suffix.lower()}"
    upload.save(path)
    stored = {path.name: original}
    if sidecar is not None:
        sidecar.save(path.with_suffix(".json"))
        stored[path.with_suffix(".json").name] = str(sidecar.filename)
    with _configured():
        inspection = _archive().inspect(path, name=original)
    if inspection.ok:
        _keep_check(folder, inspection)
    errors = tuple(_as_uploaded(error, stored) for error in inspection.errors)
    given = str(sidecar.filename) if sidecar is not None and inspection.sidecar_name else inspection.sidecar_name
    return replace(inspection, errors=errors, sidecar_name=given), path


def _as_uploaded(message: str, stored: dict[str, str]) -> str:
    """``message`` naming each file as the archivist uploaded it (``meta.json``), not as it was
    stored here (``upload.json``)."""
    if not stored:
        return message
    pattern = "|".join(re.escape(name) for name in stored)
    return re.sub(rf"(?<![\w.-])(?:{pattern})(?![\w-])", lambda match: stored[match.group()], message)


@bp.post("/hinzufuegen")
@archivist_required
def add():
    """Add the uploads the archivist has just seen the report of."""
    pending = session.get("upload")
    if not pending or request.form.get("token") != pending["token"]:
        abort(400, "Keine geprüfte Datei zum Hinzufügen – bitte erneut hochladen.")
    session.pop("upload")
    folder = _upload_dir() / pending["token"]
    if not folder.is_dir():  # another upload dropped it an hour after the check
        abort(
            410,
            "Die geprüften Dateien sind nicht mehr bereit (eine Stunde nach der Prüfung verworfen) – "
            "bitte erneut hochladen.",
        )
    added: list[dict[str, Any]] = []
    refused_file = folder / REFUSED_FILE
    refused: list[str] = json.loads(refused_file.read_text(encoding="utf-8")) if refused_file.is_file() else []
    failures: list[str] = []
    waiting: list[dict[str, Any]] = []
    try:
        for item in pending["files"]:
            if waiting:  # the archive is busy: each further file would wait its whole lock timeout again
                waiting.append(item)
                continue
            try:
                checked = _checked((folder / item["file"]).parent)
                with _configured():
                    result = _archive().add(folder / item["file"], name=item["name"], checked=checked)
            except WriteLockError:
                waiting.append(item)  # kept for another try: the refusal asked to try again, and nothing was left
                continue
            except AnfragenError as exc:
                failures.append(_as_uploaded(str(exc), _uploaded_names(item)))
                continue
            for note in result.recovered:
                flash(f"Vorher repariert: {note}")
            doc_id = result.inspection.document.id if result.inspection.document else None
            warnings = [_as_uploaded(warning, _uploaded_names(item, answer=False)) for warning in result.warnings]
            added.append({"message": result.message, "doc_id": doc_id, "warnings": warnings})
    finally:
        if not waiting:
            shutil.rmtree(folder, ignore_errors=True)
    if waiting:
        session["upload"] = {"token": pending["token"], "files": waiting}
        message = (
            f"Gerade ändert ein anderer Vorgang das Archiv (etwa ein Neuaufbau des Index); "
            f"{', '.join(str(item['name']) for item in waiting)} "
            f"{'ist' if len(waiting) == 1 else 'sind'} noch nicht hinzugefügt. Die geprüften Dateien bleiben bis eine "
            "Stunde nach der Prüfung bereit: Ist er fertig, fügt „Erneut versuchen“ sie hinzu."
        )
        return render_template(
            "archiv_fehler.html",
            message="\n".join([message, *failures, *refused]),
            added=added,
            token=pending["token"],
        ), 409
    if not added:
        return render_template("archiv_fehler.html", message="\n".join([*failures, *refused])), 409
    for failure in failures:
        flash(failure)
    if refused:  # for the page the redirect opens
        folder.mkdir(parents=True, exist_ok=True)
        refused_file.write_text(json.dumps(refused, ensure_ascii=False), encoding="utf-8")
        session["refused"] = pending["token"]
    session["added"] = added
    return redirect(url_for("archive.upload"))


def _keep_check(folder: Path, inspection: Inspection) -> None:
    """Keep the check of the upload in ``folder`` beside it, for :func:`_checked`."""
    kept = pickle.dumps(own_check(inspection))
    (folder / CHECKED_FILE).write_bytes(_check_mac(kept) + kept)


def _check_mac(kept: bytes) -> bytes:
    return hmac.new(current_app.extensions[CHECK_KEY], kept, hashlib.sha256).digest()


def _checked(folder: Path) -> Inspection | None:
    """The check an upload's report was made from, kept beside it for adding it (None: it is checked again): only one
    this server process kept (:func:`_keep_check`) — its HMAC is compared before anything is unpickled."""
    try:
        data = (folder / CHECKED_FILE).read_bytes()
        mac, kept = data[:MAC_SIZE], data[MAC_SIZE:]
        if not hmac.compare_digest(mac, _check_mac(kept)):  # kept by another process, or by no server at all
            return None
        checked = pickle.loads(kept)
    except Exception:  # gone, unreadable: checked again
        return None
    return checked if isinstance(checked, Inspection) else None


def _uploaded_names(item: dict[str, Any], answer: bool = True) -> dict[str, str]:
    """The names a checked upload and its metadata file are stored under → the names the archivist gave them
    (``answer=False``: the metadata file's alone; a warning names the answer's file as the corpus holds it)."""
    stored = Path(item["file"])
    names = {stored.name: item["name"]} if answer else {}
    if item.get("meta"):
        names[stored.with_suffix(".json").name] = item["meta"]
    return names


def _configured() -> AbstractContextManager[None]:
    """The instance's reading settings (``OCR_MAX_PAGES`` …) for the files read inside: deep in reading a PDF they were
    taken from the environment alone."""
    return config.configured({name: current_app.config[name.upper()] for name in READING_SETTINGS})


def _archive() -> Archive:
    config = current_app.config
    return Archive(Path(config["CORPUS_DIR"]), Path(config["INDEX_DIR"]), lock_timeout=config["ARCHIVE_LOCK_TIMEOUT"])


def _versions() -> SessionVersions:
    return SessionVersions(Path(current_app.config["ARCHIVE_SESSION_FILE"]))


def _upload_dir() -> Path:
    return Path(current_app.config["ARCHIVE_UPLOAD_DIR"])


def _remove_old_uploads() -> None:
    """Uploads that were checked but never confirmed are dropped after an hour."""
    root = _upload_dir()
    if not root.is_dir():
        return
    for folder in root.iterdir():
        try:
            old = time.time() - folder.stat().st_mtime > UPLOAD_MAX_AGE_SECONDS
        except FileNotFoundError:  # another request dropped it first
            continue
        if old:
            shutil.rmtree(folder, ignore_errors=True)
