"""Throughput of :func:`analysis.words.word_frequencies` beside the floor of any CAMeL pipeline.

The floor is CAMeL ``dediac_ar`` + ``simple_word_tokenize`` + a ``Counter`` over the same texts;
the target is word_frequencies within 3x of it. Both are timed in the same process, best of
``repeat`` runs, the word pipeline with its per-word-type caches emptied before every run (a cold
run, what a user sees on a new corpus). Words are whitespace-separated words of the input.

    python benchmarks/bench_words.py [FILE.jsonl ...] [--limit N]

With no file it reads ``../shared/data/saudinewsnet/*.jsonl`` (skips with a message when absent).
"""
from __future__ import annotations

import sys
from collections import Counter

from common import best_time, main_for, sentences_table

TARGET_RATIO = 3.0


def _clear_caches() -> None:
    from analysis import text, words

    for function in (text.word_tokens, text._split_with_known, text.normalize_piece,
                     words._stem_cached):
        function.cache_clear()


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
    sentences = sentences_table(texts)
    stopwords()  # the lexicon is read once per process, not per corpus

    def floor() -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(simple_word_tokenize(dediac_ar(text)))

    def pipeline() -> None:
        _clear_caches()
        word_frequencies(sentences, unit=unit)

    floor_seconds, _ = best_time(floor, repeat)
    seconds, _ = best_time(pipeline, repeat)
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


def main(argv: list[str] | None = None) -> int:
    return main_for(bench_words, __doc__.splitlines()[0], argv, unit=(str, "word"))


if __name__ == "__main__":
    sys.exit(main())
