"""Throughput of the ``rules`` entity backend (:func:`analysis.entities.extract_mentions`).

Target: at least 50,000 words per second on one core. Timed in one process, best of ``repeat``
runs, with the per-word caches (token analysis, word frequencies) emptied before every run: a cold
run, what a user sees on a new corpus. Loading the gazetteer index (from the user cache, or built
once from the installed packages) is timed apart as ``setup_seconds``. Words are the
whitespace-separated words of the input; one text is one article (one sentence row per line).

    python benchmarks/bench_entities.py [FILE.jsonl ...] [--limit N] [--repeat R]

With no file it reads ``../shared/data/saudinewsnet/*.jsonl`` (skips with a message when absent).
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

import pandas as pd

TARGET_WORDS_PER_S = 50_000


def _sentences(texts: list[str]) -> pd.DataFrame:
    rows = []
    for i, text in enumerate(texts):
        for j, line in enumerate((ln for ln in str(text).splitlines() if ln.strip()), start=1):
            rows.append((f"{i:06d}", j, j, "body", line))
    return pd.DataFrame(rows, columns=["article_id", "paragraph_id", "sentence_id", "kind", "text"])


def _clear_caches() -> None:
    from analysis.entities import rules

    rules.tok_info.cache_clear()
    rules.default_tagger()._common_cache.clear()
    tagger = rules.default_tagger()
    for cache in (tagger._common_cache, tagger._unknown_cache, tagger._foreign_cache, tagger._flag_cache, tagger._demonym_cache):
        cache.clear()


def bench_entities(texts: list[str], *, repeat: int = 3) -> dict:
    """Words per second of ``extract_mentions(..., backend="rules")`` over ``texts``.

    Returns n_texts, n_words, n_mentions, setup_seconds, seconds (best run), words_per_s,
    target_words_per_s and within_target.
    """
    from analysis.entities import extract_mentions
    from analysis.entities.rules import default_tagger

    started = time.perf_counter()
    default_tagger()
    setup = time.perf_counter() - started
    sentences = _sentences(texts)
    n_words = sum(len(str(t).split()) for t in texts)
    best = float("inf")
    n_mentions = 0
    for _ in range(max(1, repeat)):
        _clear_caches()
        gc.collect()
        start = time.perf_counter()
        mentions = extract_mentions(sentences, backend="rules")
        best = min(best, time.perf_counter() - start)
        n_mentions = len(mentions)
    speed = n_words / best if best > 0 else float("inf")
    return {
        "n_texts": len(texts), "n_words": n_words, "n_mentions": n_mentions,
        "setup_seconds": round(setup, 3), "seconds": round(best, 3),
        "words_per_s": round(speed), "target_words_per_s": TARGET_WORDS_PER_S,
        "within_target": bool(speed >= TARGET_WORDS_PER_S),
    }


def _read_texts(files: list[Path], limit: int | None) -> list[str]:
    texts: list[str] = []
    for path in files:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                texts.append("\n".join(str(record.get(k) or "") for k in ("title", "content")))
                if limit and len(texts) >= limit:
                    return texts
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="at most N articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = args.files
    if not files:
        from analysis.paths import SHARED_DATA_DIR

        folder = SHARED_DATA_DIR / "saudinewsnet"
        files = sorted(folder.glob("*.jsonl"))
        if not files:
            print(f"skipped: no SaudiNewsNet files in {folder}", file=sys.stderr)
            return 0
    result = bench_entities(_read_texts(files, args.limit), repeat=args.repeat)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
