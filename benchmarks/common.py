"""What the benchmarks share: the corpus, a sentences table, timing, and the command line."""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd


def sentences_table(texts: list[str]) -> pd.DataFrame:
    """A ``sentences`` table: one article per text, one paragraph per non-empty line."""
    from analysis.load import split_sentences

    rows = []
    for index, text in enumerate(texts):
        article_id = f"{index:06d}"
        sentence_id = 0
        paragraph_id = 0
        for line in text.splitlines():
            if not line.strip():
                continue
            paragraph_id += 1
            for start, end in split_sentences(line):
                sentence_id += 1
                rows.append((article_id, paragraph_id, sentence_id, "body", line[start:end], start, end))
    return pd.DataFrame(rows, columns=["article_id", "paragraph_id", "sentence_id", "kind", "text",
                                       "char_start", "char_end"])


def best_time(func: Callable[[], object], repeat: int) -> tuple[float, object]:
    """Best wall time of ``repeat`` calls (garbage collected before each) and the last result."""
    best, result = float("inf"), None
    for _ in range(max(1, repeat)):
        gc.collect()
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def read_records(paths: list[Path], limit: int | None = None) -> list[dict]:
    """The records of SaudiNewsNet-style JSON Lines files, at most ``limit``."""
    records: list[dict] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                records.append(json.loads(line))
                if limit is not None and len(records) >= limit:
                    return records
    return records


def record_text(record: dict) -> str:
    """Title and content of one record, as one text."""
    return f"{record.get('title') or ''}\n{record.get('content') or ''}"


def read_jsonl_texts(paths: list[Path], limit: int | None = None) -> list[str]:
    """Title and content of each record of SaudiNewsNet-style JSON Lines files."""
    return [record_text(record) for record in read_records(paths, limit)]


def default_corpus() -> list[Path]:
    from analysis.paths import SHARED_DATA_DIR

    return sorted((SHARED_DATA_DIR / "saudinewsnet").glob("*.jsonl"))


def main_for(bench: Callable[..., dict], description: str, argv: list[str] | None = None,
             **options: tuple[type, object]) -> int:
    """Command line of one benchmark: ``[FILE.jsonl ...] [--limit N] [--repeat R] [--option ...]``.

    Prints the result as JSON; with no file it reads SaudiNewsNet beside the project, and says
    that it skipped (exit 0) when that is absent.
    """
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles")
    parser.add_argument("--repeat", type=int, default=3)
    for name, (kind, default) in options.items():
        parser.add_argument(f"--{name}", type=kind, default=default)
    args = parser.parse_args(argv)
    files = args.files or default_corpus()
    if not files:
        print("skipped: no SaudiNewsNet files in ../shared/data/saudinewsnet", file=sys.stderr)
        return 0
    extra = {name: getattr(args, name) for name in options}
    result = bench(read_jsonl_texts(files, args.limit), repeat=args.repeat, **extra)
    print(json.dumps(result, ensure_ascii=False))
    return 0
