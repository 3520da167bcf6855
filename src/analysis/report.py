"""The "run all" driver: every table and figure for an article or a corpus, without Jupyter.

Per article, :func:`analyse_sentences` runs the helpers (words, n-grams, entities, attribution) on
a ``sentences`` table. The pandas engine streams articles one at a time; the Dask engine runs the
same function per partition (``map_partitions``) on a local or remote cluster. Both reduce to
the same pandas tables, which :func:`write_report` writes under ``reports/<input-name>-cli/``.
"""
from __future__ import annotations

import json
import sys
import time
import traceback
import warnings
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .load import ERROR_COLUMNS, Corpus, LoadError, concat, iter_batches, load
from .outputs import staged_dir, write_table
from .paths import report_dir

# Articles analysed together by the pandas engine (results do not depend on the batching).
BATCH_SIZE = 100
# Per-article tables, in the order they are written.
ARTICLE_TABLES = ("word_counts", "ngrams", "mentions", "attributions", "sentence_attribution")


def analyse_sentences(sentences: pd.DataFrame, *, articles: pd.DataFrame | None = None,
                      ner_backend: str = "rules", ngram_top_n: int = 50) -> dict[str, pd.DataFrame]:
    """All per-article analyses of a ``sentences`` table (one or many whole articles).

    ``articles`` (article_id, outlet) lets attribution tell the outlet's own staff apart.
    Returns word_counts (every term of every article), ngrams (top bigrams per article),
    mentions, attributions and sentence_attribution. Each article's rows depend on that article
    alone, so any partition of a corpus gives the same rows.
    """
    from .attribution import analyse
    from .entities import extract_mentions
    from .words import ngram_frequencies, word_frequencies

    attributions, per_sentence = analyse(sentences, articles=articles)
    return {
        "word_counts": word_frequencies(sentences),
        "ngrams": ngram_frequencies(sentences, n=2, top_n=ngram_top_n),
        "mentions": extract_mentions(sentences, backend=ner_backend),
        "attributions": attributions,
        "sentence_attribution": per_sentence,
    }


# --------------------------------------------------------------------------- engines

def _run_pandas(inputs, *, input_format, ner_backend, progress) -> tuple[Corpus, dict, pd.DataFrame]:
    from tqdm.auto import tqdm

    loaded: list[Corpus] = []
    parts: dict[str, list[pd.DataFrame]] = {name: [] for name in ARTICLE_TABLES}
    errors: list[tuple[str, str, str]] = []
    with tqdm(desc="articles", unit="article", disable=not progress) as bar:
        for batch in iter_batches(inputs, batch_size=BATCH_SIZE, format=input_format):
            errors.extend(batch.errors.itertuples(index=False, name=None))
            for corpus, tables, error_rows in _analyse_batch(batch, ner_backend):
                errors.extend(error_rows)
                if corpus is not None:
                    loaded.append(corpus)
                    for name, table in tables.items():
                        if len(table):
                            parts[name].append(table)
            bar.update(len(batch.articles))
    corpus = concat(loaded)
    merged = {name: _concat(frames) for name, frames in parts.items()}
    return corpus, merged, pd.DataFrame(errors, columns=ERROR_COLUMNS)


def _analyse_batch(batch: Corpus, ner_backend: str):
    """Analyse a batch at once; if that fails, article by article, so that one bad article is
    reported with its id and the others are kept."""
    if batch.articles.empty:
        return
    try:
        yield batch, analyse_sentences(batch.sentences, articles=batch.articles,
                                       ner_backend=ner_backend), []
        return
    except Exception:  # one bad article must not stop a corpus: isolate it below
        if len(batch.articles) == 1:
            row = batch.articles.iloc[0]
            error = sys.exc_info()[1]
            yield None, {}, [(row["article_id"], row["source_file"], _describe(error))]
            return
    for article_id in batch.articles["article_id"]:
        yield from _analyse_batch(_subset(batch, article_id), ner_backend)


def _subset(corpus: Corpus, article_id: str) -> Corpus:
    def only(table: pd.DataFrame) -> pd.DataFrame:
        return table[table["article_id"] == article_id].reset_index(drop=True)

    return Corpus(only(corpus.articles), only(corpus.paragraphs), only(corpus.sentences))


def _run_dask(inputs, *, input_format, ner_backend, workers, scheduler, progress
              ) -> tuple[Corpus, dict, pd.DataFrame]:
    import dask
    import dask.dataframe as dd
    from dask.distributed import Client, LocalCluster

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load(inputs, format=input_format)
    sentences = corpus.sentences
    if sentences.empty:
        return corpus, {name: pd.DataFrame() for name in ARTICLE_TABLES}, corpus.errors
    # Whole articles per partition: attribution carries sources from one sentence to the next.
    ids = sentences["article_id"].drop_duplicates().tolist()
    n_partitions = max(1, min(len(ids), (workers or 2) * 4))
    order = {article_id: index for index, article_id in enumerate(ids)}
    indexed = sentences.assign(_order=sentences["article_id"].map(order)).set_index("_order")
    ddf = dd.from_pandas(indexed, npartitions=n_partitions, sort=True)
    articles = corpus.articles[["article_id", "outlet"]]
    # One analysis per partition, every table at once (map_partitions would run it per table).
    analyse = dask.delayed(_analyse_partition, pure=True)
    lazy = [analyse(partition, articles, ner_backend) for partition in ddf.to_delayed()]
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or 2, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        computed = dask.compute(*lazy)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    tables = {name: _concat([part[name] for part in computed if len(part[name])])
              for name in ARTICLE_TABLES}
    return corpus, tables, corpus.errors


def _analyse_partition(partition: pd.DataFrame, articles: pd.DataFrame,
                       ner_backend: str) -> dict[str, pd.DataFrame]:
    return analyse_sentences(partition.reset_index(drop=True), articles=articles,
                             ner_backend=ner_backend)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def _describe(error: Exception) -> str:
    where = traceback.extract_tb(error.__traceback__)[-1]
    return f"{type(error).__name__}: {error} (at {Path(where.filename).name}:{where.lineno})"


# --------------------------------------------------------------------------- reductions

def _sort(table: pd.DataFrame, keys: Iterable[str]) -> pd.DataFrame:
    keys = [key for key in keys if key in table.columns]
    if table.empty or not keys:
        return table.reset_index(drop=True)
    return table.sort_values(keys, kind="stable").reset_index(drop=True)


def corpus_tables(corpus: Corpus, per_article: dict[str, pd.DataFrame], *, top_n: int = 20
                  ) -> dict[str, pd.DataFrame]:
    """All report tables: the loaded corpus, the per-article analyses and their aggregates."""
    from .attribution import attribution_breakdown
    from .entities import cooccurrence, entity_frequencies

    keys = ("article_id", "paragraph_id", "sentence_id")
    tables: dict[str, pd.DataFrame] = {
        "articles": corpus.articles,
        "paragraphs": corpus.paragraphs,
        "sentences": corpus.sentences,
    }
    word_counts = _sort(per_article["word_counts"], ("article_id", "rank"))
    tables["word_counts"] = word_counts
    tables["top_words"] = word_counts[word_counts["rank"] <= top_n] if len(word_counts) else word_counts
    tables["corpus_words"] = _corpus_words(word_counts, top_n=top_n)
    tables["ngrams"] = _sort(per_article["ngrams"], ("article_id", "rank"))
    mentions = _sort(per_article["mentions"], keys + ("char_start",))
    tables["mentions"] = mentions
    tables["entity_frequencies"] = entity_frequencies(mentions)
    tables["cooccurrence"] = cooccurrence(mentions, level="sentence")
    tables["attributions"] = _sort(per_article["attributions"], keys)
    per_sentence = _sort(per_article["sentence_attribution"], keys)
    tables["sentence_attribution"] = per_sentence
    breakdown = attribution_breakdown(per_sentence, attributions=tables["attributions"],
                                      articles=corpus.articles)
    for name, table in breakdown.items():
        tables[f"attribution_{name}"] = table
    return tables


def _corpus_words(word_counts: pd.DataFrame, *, top_n: int) -> pd.DataFrame:
    """Corpus totals per normalised word, shown in its most frequent spelling."""
    if word_counts.empty:
        return word_counts
    spelled = (word_counts.groupby(["norm", "term"], sort=True)["count"].sum().reset_index()
               .sort_values(["norm", "count", "term"], ascending=[True, False, True], kind="stable")
               .drop_duplicates("norm").set_index("norm")["term"])
    grouped = word_counts.groupby("norm", sort=True).agg(count=("count", "sum"),
                                                         articles=("article_id", "nunique"))
    grouped = grouped.reset_index()
    grouped.insert(0, "term", grouped["norm"].map(spelled))
    grouped = grouped.sort_values(["count", "term"], ascending=[False, True], kind="stable")
    grouped["share"] = grouped["count"] / word_counts["count"].sum()
    grouped["rank"] = range(1, len(grouped) + 1)
    return grouped.head(max(top_n, 100)).reset_index(drop=True)


# --------------------------------------------------------------------------- writing

def write_report(tables: dict[str, pd.DataFrame], out_dir: Path, *, top_n: int = 20,
                 title: str = "") -> dict[str, list[str]]:
    """Write every table (CSV and Parquet) and figure (PNG, SVG, PDF) into ``out_dir``."""
    written: dict[str, list[str]] = {"tables": [], "figures": []}
    for name, table in tables.items():
        for suffix in (".csv", ".parquet"):
            path = write_table(table, out_dir / "tables" / f"{name}{suffix}")
            written["tables"].append(str(path.relative_to(out_dir)))
    from .plots.report import report_figures

    for path in report_figures(tables, out_dir / "figures", top_n=top_n, title=title):
        written["figures"].append(str(Path(path).relative_to(out_dir)))
    return written


def run_report(inputs: str | Path | Iterable[str | Path], *, out_dir: str | Path | None = None,
               ner_backend: str = "auto", top_n: int = 20, engine: str = "pandas",
               workers: int | None = None, scheduler: str | None = None,
               input_format: str | None = None, progress: bool = True) -> dict:
    """Analyse ``inputs`` and write tables and figures to ``out_dir`` (default
    ``reports/<input-name>-cli/``), replacing the folder only when everything is written.
    Returns a summary: articles, words, entities, attributions, errors, seconds.
    """
    started = time.perf_counter()
    paths = [Path(inputs)] if isinstance(inputs, (str, Path)) else [Path(p) for p in inputs]
    if not paths:
        raise LoadError("no input given")
    # beside the notebooks' folder, not over it: each run replaces its folder whole
    default = report_dir(paths[0])
    target = Path(out_dir) if out_dir else default.with_name(f"{default.name}-cli")
    from .entities import resolve_backend

    backend = resolve_backend(ner_backend)
    if engine == "dask":
        corpus, per_article, errors = _run_dask(paths, input_format=input_format, ner_backend=backend,
                                                workers=workers, scheduler=scheduler, progress=progress)
    elif engine == "pandas":
        corpus, per_article, errors = _run_pandas(paths, input_format=input_format,
                                                  ner_backend=backend, progress=progress)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'pandas' or 'dask'")
    if corpus.articles.empty:
        detail = "; ".join(f"{row.article_id}: {row.error}" for row in errors.itertuples())
        raise LoadError(f"{', '.join(map(str, paths))}: no article could be analysed ({detail})")
    tables = corpus_tables(corpus, per_article, top_n=top_n)
    tables["errors"] = errors
    title = corpus.articles["title"].iloc[0] if len(corpus.articles) == 1 else ""
    summary = {
        "inputs": [str(path) for path in paths],
        "out_dir": str(target),
        "engine": engine,
        "ner_backend": backend,
        "articles": int(len(corpus.articles)),
        "words": int(corpus.articles["n_words"].sum()),
        "sentences": int(len(corpus.sentences)),
        "entity_mentions": int(len(tables["mentions"])),
        "distinct_entities": int(len(tables["entity_frequencies"])),
        "attributions": int(len(tables["attributions"])),
        "errors": int(len(errors)),
    }
    with staged_dir(target) as staging:
        written = write_report(tables, staging, top_n=top_n, title=title)
        summary["seconds"] = round(time.perf_counter() - started, 2)
        summary["files"] = len(written["tables"]) + len(written["figures"])
        (staging / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=2),
                                              encoding="utf-8")
    return summary
