"""The state every archive operation shares: where the corpus and index live, how long to wait."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from indexer.index.store import IndexStore


@dataclass
class Installation:
    """The corpus and index of one installation, and what its last full build had to skip."""

    corpus: Path
    store: IndexStore
    lock_timeout: float
    skipped: list[str] = field(default_factory=list)  # corpus files the last build could not index, with the reason
