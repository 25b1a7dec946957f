"""Files → pages of text lines.

The one place that knows file formats.  Pages are kept apart (form feeds in text files)
so the parser can recognise running headers, page numbers and footnotes per page.
"""

from __future__ import annotations

from pathlib import Path

from .errors import ExtractError

Page = list[str]

SUPPORTED_SUFFIXES = (".txt",)


def extract_pages(path: Path) -> list[Page]:
    """Read a corpus file into pages of lines."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise ExtractError(
            f"{path.name}: Dateityp {suffix or '(ohne Endung)'} wird nicht unterstützt "
            f"(erlaubt: {', '.join(SUPPORTED_SUFFIXES)})."
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ExtractError(f"{path.name}: Datei kann nicht gelesen werden ({exc.strerror}).") from exc
    return text_pages(decode_text(data, path.name))


def decode_text(data: bytes, name: str = "Text") -> str:
    """Decode a text file; refuse binary data instead of indexing garbage."""
    if not data.strip():
        raise ExtractError(f"{name}: Die Datei ist leer.")
    if b"\x00" in data[:4096]:
        raise ExtractError(f"{name}: Die Datei ist keine Textdatei (Binärdaten).")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ExtractError(f"{name}: Die Datei ist weder UTF-8 noch Windows-1252 kodiert.")


def text_pages(text: str) -> list[Page]:
    """Split plain text at form feeds into pages of lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [page.split("\n") for page in text.split("\f")]
