"""Stored fields in fewer bytes: pickled with the current protocol, deflated against a preset dictionary.

Whoosh pickles each record's stored fields with protocol 2 (bytes grow by half, every string
carries a 4-byte length) and deflates them one by one; a paragraph record's few short values
(document id, kind, paragraph, question) give deflate nothing to work with, so each record took
about 100 bytes.  Deflated against a dictionary of typical records, it takes about 35.  Used by
:class:`indexer.index.codec.CompactCodec`; segments written by Whoosh's codec keep Whoosh's column.
"""

from __future__ import annotations

import pickle
import zlib
from typing import Any

from whoosh.columns import VarBytesColumn

# Pickles of typical records (paragraph, Vorbemerkung, annex, question, title).  Part of the index
# format: every stored value of a compact segment was deflated against exactly these bytes.
ZDICT = (
    b"\x80\x05\x95C\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x06doc_id\x94\x8c\x0bnw-17-16448\x94\x8c\x04"
    b"kind\x94\x8c\x07antwort\x94\x8c\x04para\x94K\x01\x8c\x08question\x94K\x01u.\x80\x05\x95;\x00\x00"
    b"\x00\x00\x00\x00\x00}\x94(\x8c\x06doc_id\x94\x8c\x0bnw-17-16448\x94\x8c\x04kind\x94\x8c\x0cvorbe"
    b"merkung\x94\x8c\x04para\x94K\x01u.\x80\x05\x955\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x06doc_id"
    b"\x94\x8c\x0bnw-17-16448\x94\x8c\x04kind\x94\x8c\x06anlage\x94\x8c\x04para\x94K\x0cu.\x80\x05\x95"
    b"N\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x04body\x94\x8c\x03Wie\x94\x8c\x06doc_id\x94\x8c\x0bnw-1"
    b"7-16448\x94\x8c\x04kind\x94\x8c\x05frage\x94\x8c\x04para\x94K\x00\x8c\x08question\x94K\nu.\x80"
    b"\x05\x95\x91\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\tabk_paare\x94]\x94]\x94(\x8c\x03ZAB\x94\x8c"
    b"\x08Zentrale\x94ea\x8c\x04body\x94\x8c\x03Die\x94\x8c\x06doc_id\x94\x8c\x0bnw-17-16448\x94\x8c"
    b"\x0bfingerprint\x94\x8c\x100123456789abcdef\x94\x8c\x04kind\x94\x8c\x05titel\x94\x8c\x04meta\x94"
    b"C\x01x\x94\x8c\x04para\x94K\x00u.\x80\x05\x95C\x00\x00\x00\x00\x00\x00\x00}\x94(\x8c\x06doc_id"
    b"\x94\x8c\x0bnw-17-16448\x94\x8c\x04kind\x94\x8c\x07antwort\x94\x8c\x04para\x94K\x02\x8c\x08quest"
    b"ion\x94K\x0cu."
)


def pack(fields: dict[str, Any]) -> bytes:
    compressor = zlib.compressobj(9, zdict=ZDICT)
    return compressor.compress(pickle.dumps(fields, 5)) + compressor.flush()


def unpack(data: bytes) -> dict[str, Any]:
    return pickle.loads(zlib.decompressobj(zdict=ZDICT).decompress(data))


class StoredColumn(VarBytesColumn):
    """A column of stored-field dictionaries, each :func:`pack`-ed (an empty value: none stored)."""

    class Writer(VarBytesColumn.Writer):
        def add(self, docnum: int, v: Any) -> None:
            super().add(docnum, pack(v) if v else b"")

    class Reader(VarBytesColumn.Reader):
        def __getitem__(self, docnum: int) -> dict[str, Any] | None:
            data = super().__getitem__(docnum)
            return unpack(data) if data else None

        def __iter__(self) -> Any:
            for data in super().__iter__():
                yield unpack(data) if data else None
