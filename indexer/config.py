"""Where the corpus and the index live: one place for the defaults the CLI and the web app share.

Relative defaults resolve against the working directory, so the README's commands work
from the project root; both can be moved with an option or an environment variable.
"""

from __future__ import annotations

import os
from pathlib import Path

CORPUS_ENV = "ANFRAGEN_CORPUS"
INDEX_ENV = "ANFRAGEN_INDEX"
DEFAULT_CORPUS = Path("corpus")
DEFAULT_INDEX = Path("var") / "index"


def corpus_dir() -> Path:
    return Path(os.environ.get(CORPUS_ENV) or DEFAULT_CORPUS)


def index_dir() -> Path:
    return Path(os.environ.get(INDEX_ENV) or DEFAULT_INDEX)
