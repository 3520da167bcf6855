"""Throughput of :func:`analysis.attribution.attributions` over real news (target >= 50,000 words/s).

The texts are split into paragraphs (line breaks) and sentences with the loader's
``split_sentences`` before timing; only ``attributions`` is timed (best of ``repeat`` runs, one core).
Words are whitespace-separated words of the input texts.

    python benchmarks/bench_attribution.py [FILE.jsonl ...] [--limit N]

With no file it reads ``../shared/data/saudinewsnet/*.jsonl`` (skips with a message when absent).
"""
from __future__ import annotations

import sys

from common import best_time, main_for, sentences_table

TARGET_WORDS_PER_S = 50_000


def bench_attribution(texts: list[str], *, repeat: int = 3) -> dict:
    """Words per second of ``attributions`` over ``texts`` (one per article).

    Returns n_texts, n_sentences, n_words, n_attributions, seconds, words_per_s,
    target_words_per_s and within_target.
    """
    from analysis.attribution import _lexicons, attributions

    n_words = sum(len(text.split()) for text in texts)
    sentences = sentences_table(texts)
    _lexicons()  # lexicons are compiled once per process, not per corpus
    seconds, table = best_time(lambda: attributions(sentences), repeat)
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


def main(argv: list[str] | None = None) -> int:
    return main_for(bench_attribution, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
