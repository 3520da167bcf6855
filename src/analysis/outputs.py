"""Write outputs whole or not at all: files via a temporary sibling and ``os.replace``; folders
are built beside the target and swapped in only when complete."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from .paths import RAW_DIR


def _refuse_raw(path: Path) -> None:
    resolved = path.resolve()
    if resolved == RAW_DIR.resolve() or RAW_DIR.resolve() in resolved.parents:
        raise PermissionError(f"{path}: data/raw/ is read-only input; write outputs under reports/")


def atomic_write(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(tmp_path)`` then move the temporary file onto ``path`` in one step."""
    path = Path(path)
    _refuse_raw(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def write_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Write a table as CSV (UTF-8 with BOM, so spreadsheet programs show Arabic) or Parquet."""
    path = Path(path)
    if path.suffix == ".parquet":
        return atomic_write(path, lambda tmp: _plain_for_parquet(table).to_parquet(tmp, index=False))
    return atomic_write(path, lambda tmp: table.to_csv(tmp, index=False, encoding="utf-8-sig"))


def _plain_for_parquet(table: pd.DataFrame) -> pd.DataFrame:
    # Lists of strings (hedges) are stored as "; "-joined text so every engine reads them.
    out = table.copy()
    for column in out.columns:
        if out[column].dtype == object and out[column].map(lambda v: isinstance(v, (list, tuple))).any():
            out[column] = out[column].map(lambda v: "; ".join(map(str, v)) if isinstance(v, (list, tuple)) else v)
    return out


@contextmanager
def staged_dir(target: str | Path) -> Iterator[Path]:
    """Yield an empty folder beside ``target``; on success it replaces ``target`` whole.

    On error the staging folder is removed and the previous ``target`` is left as it was.
    """
    target = Path(target)
    _refuse_raw(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.staging-", dir=target.parent))
    try:
        yield staging
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    previous = target.with_name(f".{target.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        os.replace(target, previous)
    os.replace(staging, target)
    shutil.rmtree(previous, ignore_errors=True)
