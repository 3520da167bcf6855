"""Throughput of :func:`analysis.words.word_frequencies` beside the floor of any CAMeL pipeline.

The floor is CAMeL ``dediac_ar`` + ``simple_word_tokenize`` + a ``Counter`` over the same texts;
the target is word_frequencies within 3x of it. Both are timed in the same process, best of
``repeat`` runs, the word pipeline with its per-word-type caches emptied before every run (a cold
run, what a user sees on a new corpus). Words are whitespace-separated words of the input.

    python benchmarks/bench_words.py [FILE.jsonl ...] [--limit N]

With no file it reads ``../shared/data/saudinewsnet/*.jsonl`` (skips with a message when absent).
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

TARGET_RATIO = 3.0


def _sentences(texts: list[str]) -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": [f"{i:06d}" for i in range(len(texts))],
        "paragraph_id": 1,
        "sentence_id": 1,
        "kind": "body",
        "text": pd.array(texts, dtype="str"),
    })


def _clear_caches() -> None:
    from analysis import text, words

    for function in (text.word_tokens, text._split_with_known, text.normalize_piece,
                     words._stem_cached):
        function.cache_clear()


def _best(func, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def bench_words(texts: list[str], *, repeat: int = 3, unit: str = "word") -> dict:
    """Words per second of ``word_frequencies`` and of the floor over ``texts`` (one per article).

    Returns n_texts, n_words, floor_seconds, floor_words_per_s, seconds, words_per_s,
    ratio (floor speed / pipeline speed, lower is better), target_ratio and within_target.
    """
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar

    from analysis.text import stopwords
    from analysis.words import word_frequencies

    n_words = sum(len(text.split()) for text in texts)
    sentences = _sentences(texts)
    stopwords()  # the lexicon is read once per process, not per corpus

    def floor() -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(simple_word_tokenize(dediac_ar(text)))

    def pipeline() -> None:
        _clear_caches()
        word_frequencies(sentences, unit=unit)

    floor_seconds = _best(floor, repeat)
    seconds = _best(pipeline, repeat)
    floor_wps = n_words / floor_seconds if floor_seconds else float("inf")
    wps = n_words / seconds if seconds else float("inf")
    ratio = floor_wps / wps if wps else float("inf")
    return {
        "n_texts": len(texts),
        "n_words": n_words,
        "unit": unit,
        "floor_seconds": round(floor_seconds, 4),
        "floor_words_per_s": round(floor_wps),
        "seconds": round(seconds, 4),
        "words_per_s": round(wps),
        "ratio": round(ratio, 3),
        "target_ratio": TARGET_RATIO,
        "within_target": ratio <= TARGET_RATIO,
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
    parser.add_argument("--unit", default="word", choices=("word", "stem", "lemma"))
    args = parser.parse_args(argv)
    files = args.files
    if not files:
        from analysis.paths import SHARED_DATA_DIR

        folder = SHARED_DATA_DIR / "saudinewsnet"
        files = sorted(folder.glob("*.jsonl"))
        if not files:
            print(f"bench_words: skipped, no corpus at {folder}", file=sys.stderr)
            return 0
    result = bench_words(read_jsonl_texts(files, args.limit), repeat=args.repeat, unit=args.unit)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
