"""A small thread-safe least-recently-used cache for values that are costly to make.

The value is made outside the lock: two threads may both make it once, but no search waits
for another's seconds-long read.  Values are never changed after they are made.

The bound counts values, or with ``weigh`` their weight (bytes, say): a value heavier than
the whole bound is handed out but not kept.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class LRU(Generic[V]):
    def __init__(self, size: int, weigh: Callable[[V], int] | None = None) -> None:
        self._items: OrderedDict[Hashable, tuple[V, int]] = OrderedDict()
        self._size = size
        self._weigh = weigh
        self._lock = threading.Lock()
        self.weight = 0  # of the values kept now

    def get(self, key: Hashable) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: Hashable, value: V) -> None:
        """Keep ``value`` (a size of 0 keeps nothing)."""
        weight = 1 if self._weigh is None else self._weigh(value)
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.weight -= old[1]
            if weight > self._size:
                return
            self._items[key] = (value, weight)
            self.weight += weight
            while self.weight > self._size:
                _key, (_value, dropped) = self._items.popitem(last=False)
                self.weight -= dropped

    def get_or_make(self, key: Hashable, make: Callable[[], V]) -> V:
        value = self.get(key)
        if value is None:
            value = make()
            self.put(key, value)
        return value

    def __len__(self) -> int:
        return len(self._items)
