"""The bytes of postings: varints, positions as varint deltas, and a block of postings as arrays.

Used by :mod:`indexer.index.codec` (see there why); ``VarintPositions`` is pickled into the
table of contents of every index built with it, so its name and module are part of the index
format.
"""

from __future__ import annotations

import sys
import zlib
from array import array
from itertools import accumulate, pairwise
from typing import Any

from whoosh import formats

from indexer.analysis.index_side import index_positions

_INT_TYPES = ("B", "H", "I")
_COMPRESS_FROM = 64  # bytes of block data; below, deflate's own overhead eats the gain
_COMPRESSED = 0x80


def varints(numbers: Any) -> bytes:
    out = bytearray()
    for n in numbers:
        while n >= 0x80:
            out.append(n & 0x7F | 0x80)
            n >>= 7
        out.append(n)
    return bytes(out)


def read_varints(data: bytes, count: int, pos: int = 0) -> tuple[list[int], int]:
    """``count`` varints from ``data`` at ``pos``, and the position after them."""
    out = []
    for _ in range(count):
        n = shift = 0
        while True:
            byte = data[pos]
            pos += 1
            n |= (byte & 0x7F) << shift
            if byte < 0x80:
                break
            shift += 7
        out.append(n)
    return out, pos


def _int_array(numbers: Any) -> tuple[int, array]:
    """The narrowest unsigned array holding ``numbers`` and its code: 0 bytes, 1 shorts, 2 ints."""
    top = max(numbers, default=0)
    code = 0 if top < 0x100 else 1 if top < 0x10000 else 2
    return code, array(_INT_TYPES[code], numbers)


def _little(values: array) -> bytes:
    if sys.byteorder == "big":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def _from_little(typecode: str, data: bytes) -> array:
    values = array(typecode, data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def _chain_positions(value: str, analyzer: Any, options: dict[str, Any]) -> dict[str, list[int]] | None:
    """Each term's positions from the analyzer's tokens; None when a token has a boost other than 1.0."""
    options.update(positions=True, boosts=True)
    poses: dict[str, list[int]] = {}
    for token in analyzer(value, **options):
        if token.stopped:
            continue
        if token.boost != 1.0:
            return None
        found = poses.get(token.text)
        if found is None:
            poses[token.text] = [token.pos]
        else:
            found.append(token.pos)
    return poses


class VarintPositions(formats.Positions):
    """Whoosh's positions format, encoded as varint deltas instead of a count and a pickle
    (about twelve bytes less per posting).  Positions never go backwards in our analyzer;
    should they, they are kept sorted (phrases and nearness compare them as sets)."""

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> Any:
        """Whoosh's (term, frequency, weight, positions) per distinct term of ``value``, with less
        work per token: no extra generator stage, one dictionary, and the weight (the sum of the
        tokens' boosts) as the count while every boost is 1.0, as our analyzer makes them."""
        if not isinstance(value, str):
            yield from super().word_values(value, analyzer, **kwargs)
            return
        # Our German analyzer in one pass (as its chain would index the text), else the chain
        poses = index_positions(analyzer, value) if kwargs == {"mode": "index"} else None
        if poses is None:
            poses = _chain_positions(value, analyzer, kwargs)
        if poses is None:  # Whoosh's sum of boosts, in its order
            yield from super().word_values(value, analyzer, **kwargs)
            return
        boost = self.field_boost
        for word, poslist in poses.items():
            yield word, len(poslist), float(len(poslist)) * boost, self.encode(poslist)

    def encode(self, poslist: Any) -> bytes:
        if len(poslist) == 1 and 0 <= poslist[0] < 0x80:  # most terms occur once in a record
            return bytes(poslist)
        deltas = [b - a for a, b in pairwise([0, *poslist])]
        if deltas and min(deltas) < 0:
            return self.encode(sorted(poslist))
        return bytes(deltas) if max(deltas, default=0) < 0x80 else varints(deltas)

    def decode_positions(self, valuestring: bytes) -> list[int]:
        if max(valuestring, default=0) < 0x80:
            return list(accumulate(valuestring))
        count = self.decode_frequency(valuestring)
        return list(accumulate(read_varints(valuestring, count)[0]))

    def decode_frequency(self, valuestring: bytes) -> int:
        if max(valuestring, default=0) < 0x80:
            return len(valuestring)
        return sum(1 for byte in valuestring if byte < 0x80)  # each varint ends with one such byte

    def decode_weight(self, valuestring: bytes) -> float:
        return self.decode_frequency(valuestring) * self.field_boost


def encode_block(ids: Any, weights: Any, values: list[bytes], fixedsize: int | None, base: int) -> bytes:
    """One block's postings: ids as deltas from ``base`` (the previous block's last id, or the
    term's first for postings kept in the term info), weights, values; deflated when smaller."""
    deltas = [b - a for a, b in pairwise([base, *ids])]
    id_code, id_array = _int_array(deltas[1:])
    parts = [varints(deltas[:1]), _little(id_array)]
    if all(w == 1.0 for w in weights):
        weight_code = 0
    elif all(w == int(w) and 0 <= w < 0x10000 for w in weights):
        weight_code, weight_array = _int_array([int(w) for w in weights])
        weight_code += 1
        parts.append(_little(weight_array))
    else:
        weight_code = 3
        parts.append(_little(array("f", weights)))
    if not values or fixedsize == 0:
        value_code = 0
    elif fixedsize is not None and fixedsize > 0:
        value_code = 1  # the values one after the other, each ``fixedsize`` bytes
    else:
        value_code, length_array = _int_array([len(v) for v in values])
        value_code += 1
        parts.append(_little(length_array))
    parts.extend(values)
    data = b"".join(parts)
    flags = id_code | weight_code << 2 | value_code << 4
    if len(data) >= _COMPRESS_FROM:
        packed = zlib.compress(data, 6)
        if len(packed) < len(data):
            return bytes((flags | _COMPRESSED,)) + packed
    return bytes((flags,)) + data


class Block:
    """The decoded postings of one block; values are sliced out only when asked for."""

    __slots__ = ("_data", "_fixedsize", "_pos", "_value_code", "ids", "weights")

    def __init__(self, raw: bytes, count: int, base: int, fixedsize: int | None) -> None:
        flags, data = raw[0], raw[1:]
        if flags & _COMPRESSED:
            data = zlib.decompress(data)
        first, pos = read_varints(data, 1)
        typecode = _INT_TYPES[flags & 3]
        end = pos + (count - 1) * array(typecode).itemsize
        self.ids = tuple(accumulate(_from_little(typecode, data[pos:end]), initial=base + first[0]))
        pos = end
        weight_code = flags >> 2 & 3
        if weight_code == 0:
            self.weights: Any = array("f", [1.0]) * count
        else:
            typecode = ("B", "H", "f")[weight_code - 1]
            end = pos + count * array(typecode).itemsize
            self.weights = array("f", _from_little(typecode, data[pos:end]))
            pos = end
        self._data, self._pos, self._value_code, self._fixedsize = data, pos, flags >> 4 & 3, fixedsize

    def value_region(self) -> tuple[array, bytes] | None:
        """The values' lengths and their bytes, one after the other (None: values of a fixed size, or
        none), for reading them as arrays (see :mod:`indexer.index.positions`)."""
        if self._value_code == 0 or (self._fixedsize is not None and self._fixedsize > 0):
            return None
        typecode = _INT_TYPES[self._value_code - 1]
        end = self._pos + len(self.ids) * array(typecode).itemsize
        return _from_little(typecode, self._data[self._pos : end]), self._data[end:]

    def values(self) -> tuple[Any, ...]:
        count, data, pos = len(self.ids), self._data, self._pos
        if self._value_code == 0:
            return (None,) * count if self._fixedsize == 0 else ()
        if self._fixedsize is not None and self._fixedsize > 0:
            size = self._fixedsize
            return tuple(data[pos + i * size : pos + (i + 1) * size] for i in range(count))
        typecode = _INT_TYPES[self._value_code - 1]
        end = pos + count * array(typecode).itemsize
        offsets = list(accumulate(_from_little(typecode, data[pos:end]), initial=end))
        return tuple(data[a:b] for a, b in pairwise(offsets))
