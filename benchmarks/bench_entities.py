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

import time

from common import best_time, main_for, sentences_table

TARGET_WORDS_PER_S = 50_000


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
    sentences = sentences_table(texts)
    n_words = sum(len(str(t).split()) for t in texts)
    def run():
        _clear_caches()
        return extract_mentions(sentences, backend="rules")

    best, mentions = best_time(run, repeat)
    n_mentions = len(mentions)
    speed = n_words / best if best > 0 else float("inf")
    return {
        "n_texts": len(texts), "n_words": n_words, "n_mentions": n_mentions,
        "setup_seconds": round(setup, 3), "seconds": round(best, 3),
        "words_per_s": round(speed), "target_words_per_s": TARGET_WORDS_PER_S,
        "within_target": bool(speed >= TARGET_WORDS_PER_S),
    }


def main(argv: list[str] | None = None) -> int:
    return main_for(bench_entities, __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    raise SystemExit(main())
