"""Changing the archive: add, replace, remove, rebuild, check and repair."""

from indexer.archive.archive import Archive, RefusedError

__all__ = ["Archive", "RefusedError"]
