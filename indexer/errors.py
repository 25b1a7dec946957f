"""Errors a user can act on; every message is German and says what to do next."""


class AnfragenError(Exception):
    """Base class: the CLI prints the message and exits non-zero, the web shows it."""


class ExtractError(AnfragenError):
    """A file could not be read as text (no text layer, encrypted, broken, not a PDF)."""


class ParseError(AnfragenError):
    """A text could not be split into questions and answers."""


class UnidentifiedError(ParseError):
    """A text's parliament or Drucksache is missing, so no document id can be derived from it.  ``parliament`` and
    ``wahlperiode`` are what the text did name (the archive reads the rest of an id from the file's name)."""

    def __init__(self, message: str, parliament: str | None = None, wahlperiode: int | None = None) -> None:
        super().__init__(message)
        self.parliament, self.wahlperiode = parliament, wahlperiode


class SidecarError(AnfragenError):
    """A metadata sidecar is broken or contradicts the document."""


class QueryError(AnfragenError):
    """A search query cannot be run (empty, only stop words, malformed field)."""


class IndexMissingError(AnfragenError):
    """No index has been built yet."""


class IndexOutdatedError(IndexMissingError):
    """The index holds the terms of an older analysis: it must be rebuilt, like a missing one."""


class WriteLockError(AnfragenError):
    """Another process is writing the corpus or index right now."""


class BuildError(AnfragenError):
    """A full build did not produce a complete index (the previous one stays in use)."""


class ConfigError(AnfragenError):
    """A setting (an ``ANFRAGEN_*`` variable) has a value of the wrong kind."""
