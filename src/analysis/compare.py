"""Compare groups of articles (outlets by default) across a corpus.

Each function takes the tidy tables of :func:`analysis.report.corpus_tables` (or the helpers that
made them) plus the ``articles`` table, and returns a tidy table with one row per group and item.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

from .load import Corpus
from .paths import RAW_DIR, SHARED_DATA_DIR

ATTRIBUTION_CATEGORIES = ("named_source", "anonymous_source", "unverified_report", "editorial",
                          "unattributed")


def default_corpus_path() -> Path:
    """One day of SaudiNewsNet beside the project when present, else the articles in ``data/raw/``."""
    day = SHARED_DATA_DIR / "saudinewsnet" / "2015-08-01.jsonl"
    return day if day.is_file() else RAW_DIR


def sample_corpus(corpus: Corpus, *, per_group: int, by: str = "outlet") -> Corpus:
    """The first ``per_group`` articles of each group, in article-id order (deterministic)."""
    articles = corpus.articles.sort_values("article_id", kind="stable")
    keep = articles.groupby(by, sort=True).head(per_group)["article_id"]
    keep_set = set(keep)

    def only(table: pd.DataFrame) -> pd.DataFrame:
        return table[table["article_id"].isin(keep_set)].reset_index(drop=True)

    return Corpus(only(corpus.articles), only(corpus.paragraphs), only(corpus.sentences),
                  corpus.errors)


def _with_group(table: pd.DataFrame, articles: pd.DataFrame, by: str) -> pd.DataFrame:
    return table.merge(articles[["article_id", by]], on="article_id", how="inner")


def attribution_profile(per_sentence: pd.DataFrame, articles: pd.DataFrame, *,
                        by: str = "outlet") -> pd.DataFrame:
    """Share of sentences in each attribution category, per group.

    Columns: ``by``, category, sentences, share (of the group's sentences), articles.
    Every category appears for every group (zero where absent), in a fixed order.
    """
    table = _with_group(per_sentence, articles, by)
    counts = table.groupby([by, "category"]).size().rename("sentences")
    groups = sorted(table[by].unique())
    index = pd.MultiIndex.from_product([groups, list(ATTRIBUTION_CATEGORIES)], names=[by, "category"])
    frame = counts.reindex(index, fill_value=0).reset_index()
    totals = frame.groupby(by)["sentences"].transform("sum")
    frame["share"] = (frame["sentences"] / totals.where(totals > 0, 1)).round(6)
    frame["articles"] = frame[by].map(table.groupby(by)["article_id"].nunique()).astype("int64")
    return frame


def top_entities(mentions: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                 top_n: int = 5) -> pd.DataFrame:
    """The most-named entities of each group: ``by``, canonical, type, mentions, articles, rank."""
    table = _with_group(mentions, articles, by)
    if table.empty:
        return pd.DataFrame(columns=[by, "canonical", "type", "mentions", "articles", "rank"])
    grouped = (table.groupby([by, "canonical", "type"])
               .agg(mentions=("canonical", "size"), articles=("article_id", "nunique"))
               .reset_index()
               .sort_values([by, "mentions", "articles", "canonical"],
                            ascending=[True, False, False, True], kind="stable"))
    grouped["rank"] = grouped.groupby(by).cumcount() + 1
    return grouped[grouped["rank"] <= top_n].reset_index(drop=True)


def distinctive_words(word_counts: pd.DataFrame, articles: pd.DataFrame, *, by: str = "outlet",
                      top_n: int = 10, min_count: int = 3) -> pd.DataFrame:
    """Words over-used by each group against all the others (log-likelihood keyness).

    Columns: ``by`` and those of :func:`analysis.words.keyness` (term, count_target, keyness ...).
    """
    from .words import keyness

    groups = sorted(_with_group(word_counts[["article_id"]].drop_duplicates(), articles, by)[by].unique())
    frames = []
    if len(groups) < 2:
        return pd.DataFrame(columns=[by, "term", "keyness", "rank"])
    for group in groups:
        table = keyness(word_counts, target=group, by=by, articles=articles, min_count=min_count)
        table = table[table["direction"] == "over"].head(top_n)
        frames.append(table.assign(**{by: group}))
    result = pd.concat(frames, ignore_index=True)
    return result[[by] + [column for column in result.columns if column != by]]
