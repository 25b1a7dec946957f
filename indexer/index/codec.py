"""The index's bytes: Whoosh's W3 codec with compact posting blocks and term infos.

Whoosh 2.7 writes every posting block as a pickled tuple (document numbers, float weights and,
per posting, its positions as a count plus a pickled list), behind a 4-byte tag and a pickled
block header, and gives every term a 35-byte term info and a block of its own however few
postings it has.  On the 1k benchmark the postings and term files were 33 of the index's 41 MB.

Here the files, their names, the term table and the matcher's interface stay Whoosh's (a
:class:`~whoosh.codec.whoosh3.W3LeafMatcher`, read block by block in :mod:`indexer.index.readers`);
only the bytes change:

* a block is a fixed 16-byte header and its postings as arrays of the narrowest integer type
  (document number deltas, integral weights, value lengths) plus the values, deflated when
  that pays;
* a term info is a handful of varints, and a term with few postings carries them itself
  instead of a block in the postings file; the term table's hash tables have fewer empty slots;
* positions (:class:`~indexer.index.blocks.VarintPositions`, set on the text fields by the
  schema) are varint deltas;
* stored fields are deflated against a dictionary of typical records (:mod:`indexer.index.stored`).

A segment remembers its codec and a field its format (both pickled in the index's table of
contents), so an index written before is read with Whoosh's own, and an index can hold
segments of both kinds: incremental writes need no rebuild.  Field formats belong to the whole
index, so in an index written before, new segments get compact blocks but keep Whoosh's
positions.  ``CompactCodec``, ``VarintPositions`` and the schema's column types (such as
``schema.KeyColumn``) are pickled there too, so they are part of the index format: renaming or
moving one makes the indexes built with it unreadable.
"""

from __future__ import annotations

import struct
from typing import Any

from whoosh.codec.whoosh3 import (
    W3Codec,
    W3FieldCursor,
    W3FieldWriter,
    W3LeafMatcher,
    W3PerDocReader,
    W3PerDocWriter,
    W3PostingsWriter,
    W3TermInfo,
    W3TermsReader,
)
from whoosh.filedb import filetables
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length, length_to_byte

from indexer.index.blocks import Block, encode_block, read_varints, varints
from indexer.index.lookups import looked_up
from indexer.index.stored import StoredColumn

# Block header: signed length of the rest (negative: the term's last block), postings,
# last document number, max weight, min and max length bytes.
_HEADER = struct.Struct("<iHIfBB")
STORED, STORED_COLUMN = "_stored", StoredColumn()  # the column of every record's stored fields
_POINTER = struct.Struct("!Iq")  # a hash table slot, as Whoosh's HashReader reads it
INLINE_POSTINGS = 8  # a term with at most this many postings keeps them in its term info


class CompactPostingsWriter(W3PostingsWriter):
    """Whoosh's postings writer with :func:`encode_block` blocks and no per-term tag; a term
    with at most :data:`INLINE_POSTINGS` postings goes into its term info instead."""

    _terminfo: Any
    _maxweight: Any
    _minlength: Any
    _maxlength: Any

    def start_postings(self, format_: Any, terminfo: Any) -> None:
        super().start_postings(format_, terminfo)
        self._last_id = 0

    def add_posting(self, id_: int, weight: float, vbytes: bytes, length: int | None = None) -> None:
        """Whoosh's, without its four type checks per posting (a tenth of a build's flush)."""
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        self._maxweight = max(self._maxweight, weight)
        if vbytes:
            self._values.append(vbytes)
        if length:
            self._minlength = length if self._minlength is None else min(self._minlength, length)
            self._maxlength = max(self._maxlength, length)

    def finish_postings(self) -> Any:
        terminfo = self._terminfo
        if self.written() or len(self) > INLINE_POSTINGS:
            return super().finish_postings()  # the inline limit is 0: Whoosh writes the last block
        terminfo.add_block(self)
        terminfo.set_inline_block(self._encode(terminfo._minid))
        self._terminfo = None
        return terminfo

    def _encode(self, base: int) -> bytes:
        return encode_block(self._ids, self._weights, self._values, self._format.fixed_value_size(), base)

    def _write_block(self, last: bool = False) -> None:
        self._terminfo.add_block(self)
        data = self._encode(self._last_id)
        ids = self._ids
        length = _HEADER.size - 4 + len(data)
        minlength = length_to_byte(self._minlength) if self._minlength is not None else 0
        header = _HEADER.pack(
            -length if last else length, len(ids), ids[-1], self._maxweight, minlength, length_to_byte(self._maxlength)
        )
        self._postfile.write(header + data)
        self._last_id = ids[-1]
        self._blockcount += 1
        self._new_block()


class CompactTermInfo(W3TermInfo):
    """A term info as varints: flags, document frequency, weight and max weight (integers as
    varints, else 4-byte floats), min and max length bytes, first id and the span to the last;
    then the postings themselves (:func:`encode_block`) or their place in the postings file."""

    _INLINE, _FLOAT_WEIGHT, _FLOAT_MAX = 1, 2, 4

    def set_inline_block(self, data: bytes) -> None:
        self._inlined = data

    def to_bytes(self) -> bytes:
        flags = self._INLINE if self._inlined is not None else 0
        parts = [b"", varints([self._df])]
        for weight, flag in ((self._weight, self._FLOAT_WEIGHT), (self._maxweight, self._FLOAT_MAX)):
            if weight == int(weight) and 0 <= weight < 2**32:
                parts.append(varints([int(weight)]))
            else:
                flags |= flag
                parts.append(struct.pack("<f", weight))
        minlength = 0 if self._minlength is None else length_to_byte(self._minlength)
        parts.append(bytes((minlength, length_to_byte(self._maxlength))))
        minid = -1 if self._minid is None else self._minid
        maxid = minid if self._maxid is None else self._maxid
        parts.append(varints([minid + 1, maxid - minid]))
        parts.append(self._inlined if self._inlined is not None else varints([self._offset, self._length]))
        parts[0] = bytes((flags,))
        return b"".join(parts)

    @staticmethod
    def doc_frequency_of(data: bytes) -> int:
        """The document frequency of an encoded term info, read alone: it follows the flags byte, so a lookup of
        the frequency (hundreds per relaxed search) decodes nothing else."""
        return read_varints(data, 1, 1)[0][0]

    @classmethod
    def from_bytes(cls, data: bytes) -> CompactTermInfo:
        info = cls()
        flags = data[0]
        (info._df,), pos = read_varints(data, 1, 1)
        weights = []
        for flag in (cls._FLOAT_WEIGHT, cls._FLOAT_MAX):
            if flags & flag:
                weights.append(struct.unpack_from("<f", data, pos)[0])
                pos += 4
            else:
                (weight,), pos = read_varints(data, 1, pos)
                weights.append(float(weight))
        info._weight, info._maxweight = weights
        info._minlength, info._maxlength = byte_to_length(data[pos]), byte_to_length(data[pos + 1])
        (minid, span), pos = read_varints(data, 2, pos + 2)
        info._minid = None if minid == 0 else minid - 1
        info._maxid = None if minid == 0 else minid - 1 + span
        if flags & cls._INLINE:
            info._inlined = data[pos:]
        else:
            (info._offset, info._length), _ = read_varints(data, 2, pos)
        return info


class CompactLeafMatcher(W3LeafMatcher):
    """Whoosh's block matcher over :class:`CompactPostingsWriter` blocks — or over the one
    block a term info carries (``inline``)."""

    _data: Any
    _ids: Any
    _weights: Any
    _values: Any
    _raw: bytes | None

    def __init__(
        self, postfile: Any, terminfo: CompactTermInfo, format_: Any, term: Any = None, scorer: Any = None
    ) -> None:
        self._terminfo = terminfo
        offset, length = (0, 0) if terminfo.is_inlined() else terminfo.extent()
        super().__init__(postfile, offset, length, format_, term=term, scorer=scorer)

    def _read_header(self) -> None:
        self._baseoffset = self._startoffset

    def _goto(self, position: int) -> None:
        self._data = self._ids = self._weights = self._values = None
        self._i = 0
        info = self._terminfo
        if info.is_inlined():
            self._base, self._raw = info._minid, info._inlined
            self._lastblock, self._blocklength, self._maxid = True, info._df, info._maxid
            self._maxweight, self._minlength, self._maxlength = info._maxweight, info._minlength, info._maxlength
            return
        self._base = 0 if position == self._baseoffset else self._maxid
        length, count, maxid, maxweight, minlength, maxlength = _HEADER.unpack(
            self._postfile.get(position, _HEADER.size)
        )
        self._lastblock = length < 0
        self._nextoffset = position + 4 + abs(length)
        self._dataoffset = position + _HEADER.size
        self._raw = None
        self._blocklength, self._maxid, self._maxweight = count, maxid, maxweight
        self._minlength, self._maxlength = byte_to_length(minlength), byte_to_length(maxlength)

    def _read_data(self) -> None:
        raw = self._raw
        if raw is None:
            raw = self._postfile.get(self._dataoffset, self._nextoffset - self._dataoffset)
        self._data = Block(raw, self._blocklength, self._base, self._fixedsize)

    def _read_ids(self) -> None:
        if self._data is None:
            self._read_data()
        self._ids = self._data.ids

    def _read_weights(self) -> None:
        if self._data is None:
            self._read_data()
        self._weights = self._data.weights

    def _read_values(self) -> None:
        if self._data is None:
            self._read_data()
        self._values = self._data.values()


class _CompactCursor(W3FieldCursor):
    def term_info(self) -> CompactTermInfo | None:
        if self._pos is None:
            return None
        return CompactTermInfo.from_bytes(self._tindex.dbfile.get(self._datapos, self._datalen))


class CompactTermsReader(W3TermsReader):
    """Whoosh's term table reader, decoding :class:`CompactTermInfo`."""

    def cursor(self, fieldname: str, fieldobj: Any) -> _CompactCursor:
        return _CompactCursor(self._tindex, fieldname, self._keycoder, self._keydecoder, fieldobj)

    def items(self) -> Any:
        return ((self._keydecoder(k), CompactTermInfo.from_bytes(v)) for k, v in self._tindex.items())

    def items_from(self, fieldname: str, prefix: bytes) -> Any:
        items = self._tindex.items_from(self._keycoder(fieldname, prefix))
        return ((self._keydecoder(k), CompactTermInfo.from_bytes(v)) for k, v in items)

    def term_info(self, fieldname: str, tbytes: bytes) -> CompactTermInfo:
        try:
            return CompactTermInfo.from_bytes(self._info(fieldname, tbytes))
        except KeyError:
            raise TermNotFound(f"No term {fieldname}:{tbytes!r}") from None

    # A missing term raises KeyError here, as in Whoosh's reader (its callers count that as 0).
    def frequency(self, fieldname: str, tbytes: bytes) -> float:
        return CompactTermInfo.from_bytes(self._info(fieldname, tbytes)).weight()

    def doc_frequency(self, fieldname: str, tbytes: bytes) -> int:
        return CompactTermInfo.doc_frequency_of(self._info(fieldname, tbytes))

    def __contains__(self, term: tuple[str, bytes]) -> bool:  # asked before each term's matcher is opened
        try:
            self._info(*term)
        except KeyError:
            return False
        return True

    def _info(self, fieldname: str, tbytes: bytes) -> bytes:
        """A term's encoded info, looked up in the term table once per search (see :mod:`~indexer.index.lookups`);
        KeyError where the table lacks the term."""
        return looked_up((self, fieldname, tbytes), lambda: self._tindex[self._keycoder(fieldname, tbytes)])


class _SnugHashWriter(filetables.OrderedHashWriter):
    """Whoosh's ordered term table, its 256 hash tables a third larger than their keys instead
    of twice as large: 8 bytes less per term; a lookup of a missing term probes a few more slots."""

    def _write_hashes(self) -> None:
        for entries in self.buckets:
            numslots = len(entries) + len(entries) // 3 + 1 if entries else 0
            self.directory.append((self.dbfile.tell(), numslots))
            table = [(0, 0)] * numslots  # (0, 0): an empty slot (no key starts at 0, the header does)
            for hashval, position in entries:
                slot = (hashval >> 8) % numslots
                while table[slot][1]:
                    slot = (slot + 1) % numslots
                table[slot] = (hashval, position)
            self.dbfile.write(b"".join(_POINTER.pack(hashval, position) for hashval, position in table))


class _CompactFieldWriter(W3FieldWriter):
    def __init__(self, codec: Any, storage: Any, segment: Any) -> None:  # Whoosh's, with the snug term table
        self._codec, self._storage, self._segment = codec, storage, segment
        self._fieldname = self._fieldid = self._btext = self._fieldobj = self._format = None
        self._tindex = _SnugHashWriter(self._create_file(W3Codec.TERMS_EXT))
        self._fieldmap: dict[str, int] = {}
        self._tindex.extras["fieldmap"] = self._fieldmap
        self._postfile = self._create_file(W3Codec.POSTS_EXT)
        self._postwriter = None
        self._infield = self.is_closed = False

    def start_term(self, btext: bytes) -> None:
        if self._postwriter is None:
            raise Exception("Called start_term before start_field")
        self._btext = btext
        self._postwriter.start_postings(self._fieldobj.format, CompactTermInfo())


class _CompactPerDocWriter(W3PerDocWriter):
    def _create_column(self, fieldname: str, column: Any) -> None:
        super()._create_column(fieldname, STORED_COLUMN if fieldname == STORED else column)


class _CompactPerDocReader(W3PerDocReader):
    def stored_fields(self, docnum: int) -> dict[str, Any]:
        return self._cached_reader(STORED, STORED_COLUMN)[docnum] or {}


class CompactCodec(W3Codec):
    """The index's codec (see the module's docstring); term vectors and columns are Whoosh's."""

    def __init__(self) -> None:
        super().__init__(blocklimit=128, compression=0, inlinelimit=0)

    def field_writer(self, storage: Any, segment: Any) -> _CompactFieldWriter:
        return _CompactFieldWriter(self, storage, segment)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        if byteids:  # term vectors (none in our schema): Whoosh's own blocks, as its vector reader expects
            return W3PostingsWriter(dbfile, blocklimit=self._blocklimit, byteids=True)
        return CompactPostingsWriter(dbfile, blocklimit=self._blocklimit, inlinelimit=0)

    def per_document_writer(self, storage: Any, segment: Any) -> _CompactPerDocWriter:
        return _CompactPerDocWriter(self, storage, segment)

    def per_document_reader(self, storage: Any, segment: Any) -> _CompactPerDocReader:
        return _CompactPerDocReader(storage, segment)

    def postings_reader(self, dbfile: Any, terminfo: Any, format_: Any, term: Any = None, scorer: Any = None) -> Any:
        return CompactLeafMatcher(dbfile, terminfo, format_, term=term, scorer=scorer)

    def terms_reader(self, storage: Any, segment: Any) -> CompactTermsReader:
        name = segment.make_filename(self.TERMS_EXT)
        terms = storage.open_file(name)
        return CompactTermsReader(self, terms, storage.file_length(name), segment.open_file(storage, self.POSTS_EXT))
