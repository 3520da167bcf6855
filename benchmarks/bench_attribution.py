"""Throughput of :func:`analysis.attribution.attributions` over real news (target >= 50,000 words/s).

The texts are split into paragraphs (line breaks) and sentences with the loader's
``split_sentences`` before timing; only ``attributions`` is timed (best of ``repeat`` runs, one core).
Words are whitespace-separated words of the input texts.

    python benchmarks/bench_attribution.py [FILE.jsonl ...] [--limit N]

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


def _best(func, repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def bench_attribution(texts: list[str], *, repeat: int = 3) -> dict:
    """Words per second of ``attributions`` over ``texts`` (one per article).

    Returns n_texts, n_sentences, n_words, n_attributions, seconds, words_per_s,
    target_words_per_s and within_target.
    """
    from analysis.attribution import _lexicons, attributions

    n_words = sum(len(text.split()) for text in texts)
    sentences = sentences_table(texts)
    _lexicons()  # lexicons are compiled once per process, not per corpus
    seconds, table = _best(lambda: attributions(sentences), repeat)
    wps = n_words / seconds if seconds else float("inf")
    return {
        "n_texts": len(texts),
        "n_sentences": len(sentences),
        "n_words": n_words,
        "n_attributions": len(table),
        "seconds": round(seconds, 4),
        "words_per_s": round(wps),
        "target_words_per_s": TARGET_WORDS_PER_S,
        "within_target": wps >= TARGET_WORDS_PER_S,
    }


def read_jsonl_texts(paths: list[Path], limit: int | None = None) -> list[str]:
    """Title and content of each record of SaudiNewsNet-style JSON Lines files."""
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if not line.strip():
                    continue
                record = json.loads(line)
                texts.append(f"{record.get('title') or ''}\n{record.get('content') or ''}")
                if limit is not None and len(texts) >= limit:
                    return texts
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="read at most N articles")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    files = args.files
    if not files:
        from analysis.paths import SHARED_DATA_DIR

        files = sorted((SHARED_DATA_DIR / "saudinewsnet").glob("*.jsonl"))
        if not files:
            print(f"skipped: no SaudiNewsNet files in {SHARED_DATA_DIR / 'saudinewsnet'}")
            return 0
    result = bench_attribution(read_jsonl_texts(files, args.limit), repeat=args.repeat)
    for key, value in result.items():
        print(f"{key:>20}: {value:,}" if isinstance(value, int) and not isinstance(value, bool)
              else f"{key:>20}: {value}")
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
