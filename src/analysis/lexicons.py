"""Find and read the analyst-editable lexicons in ``data/lexicons/``.

Lexicons are plain UTF-8 CSV files with a header row; lines starting with ``#`` are comments.
Set ``ANALYSIS_LEXICON_DIR`` to use an adapted copy of the folder.
"""
from __future__ import annotations

import csv
import os
from functools import lru_cache
from pathlib import Path

from .paths import PROJECT_ROOT


def lexicon_dir() -> Path:
    """The folder that holds the lexicons (``$ANALYSIS_LEXICON_DIR`` or ``data/lexicons``)."""
    override = os.environ.get("ANALYSIS_LEXICON_DIR")
    return Path(override) if override else PROJECT_ROOT / "data" / "lexicons"


def lexicon_path(name: str) -> Path:
    """Path of lexicon ``name`` (file name with or without ``.csv``); a clear error if missing."""
    path = lexicon_dir() / (name if name.endswith(".csv") else f"{name}.csv")
    if not path.is_file():
        raise FileNotFoundError(f"lexicon {name!r} not found at {path}")
    return path


@lru_cache(maxsize=None)
def _read_rows(path: Path, mtime: float) -> tuple[dict[str, str], ...]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.lstrip().startswith("#"))
        return tuple(
            {key.strip(): (value or "").strip() for key, value in row.items() if key is not None}
            for row in csv.DictReader(lines)
        )


def read_lexicon(name: str) -> list[dict[str, str]]:
    """Rows of lexicon ``name`` as dicts of stripped strings (cached until the file changes)."""
    path = lexicon_path(name)
    return [dict(row) for row in _read_rows(path, path.stat().st_mtime)]
