"""Figures of word and n-gram frequencies: ranked bars and an Arabic word cloud.

Each function takes a tidy table from :mod:`analysis.words` and returns a matplotlib Axes; pass
``ax=`` to draw into an existing one. Arabic strings are drawn as they are (matplotlib >= 3.11 and
Pillow with libraqm shape them): never reshape them.
"""
from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .style import arabic_font_path, ranked_bars

BAR_COLOR = "#2b6a99"
NGRAM_COLORS = {2: "#2b6a99", 3: "#c0622f"}


def _select_article(table: pd.DataFrame, article_id: Hashable | None) -> pd.DataFrame:
    if article_id is not None:
        table = table[table["article_id"] == article_id]
    return table


def _aggregate(table: pd.DataFrame, label: str, value: str) -> pd.DataFrame:
    """One row per label: summed over articles when the table holds several."""
    if "article_id" in table.columns and table["article_id"].nunique() > 1:
        keys = [label] if label == "term" or "term" not in table.columns else ["term", label]
        table = table.groupby(keys, sort=False, as_index=False)[value].sum()
    return table


def _tie(table: pd.DataFrame, label: str) -> str:
    """Ties are broken by the Arabic term (as in the tables), whatever the bars are labelled with."""
    return "term" if "term" in table.columns else label


def _new_axes(ax, n_rows: int, width: float = 6.4):
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=(width, max(2.4, 0.32 * n_rows + 1.0)), layout="constrained")
    return ax


def _count_format(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:.3g}"


def plot_top_terms(
    freqs: pd.DataFrame,
    *,
    ax=None,
    top_n: int = 20,
    title: str | None = None,
    value: str = "count",
    label: str = "term",
    article_id: Hashable | None = None,
    color: str = BAR_COLOR,
):
    """Horizontal bars of the ``top_n`` most frequent terms, largest on top.

    ``freqs`` is a table from :func:`analysis.words.word_frequencies` (or tfidf/keyness: set
    ``value`` to ``"tfidf"`` or ``"keyness"``); several articles are summed unless ``article_id``
    picks one. ``label="translit"`` labels bars with the transliteration column.
    """
    table = _aggregate(_select_article(freqs, article_id), label, value)
    table = table.sort_values([value, _tie(table, label)], ascending=[False, True],
                              kind="mergesort").head(top_n)
    ax = _new_axes(ax, len(table))
    ranked_bars(ax, table[label].astype(str).tolist(), table[value].tolist(), color=color, title=title,
          xlabel={"count": "occurrences", "share": "share of words"}.get(value, value),
          fmt=_count_format)
    return ax


def plot_ngrams(
    ngrams: pd.DataFrame,
    *,
    ax=None,
    top_n: int = 15,
    title: str | None = None,
    by: str = "count",
    label: str = "term",
    article_id: Hashable | None = None,
):
    """Horizontal bars of the top n-grams from :func:`analysis.words.ngram_frequencies`.

    ``by="count"`` ranks by occurrences (ties: association score), ``by="score"`` by the
    association score (ties: count). Bigrams and trigrams get different colours.
    """
    if by not in ("count", "score"):
        raise ValueError(f"by must be 'count' or 'score', not {by!r}")
    table = _select_article(ngrams, article_id)
    if "article_id" in table.columns and table["article_id"].nunique() > 1:
        keys = [label] if label == "term" else ["term", label]
        table = table.groupby(keys + ["n"], sort=False, as_index=False).agg(
            count=("count", "sum"), score=("score", "mean"))
    other = "score" if by == "count" else "count"
    table = table.sort_values([by, other, _tie(table, label)], ascending=[False, False, True],
                              kind="mergesort").head(top_n)
    ax = _new_axes(ax, len(table))
    colors = [NGRAM_COLORS.get(int(n), BAR_COLOR) for n in table["n"]]
    measure = ""
    if "measure" in ngrams.columns and len(ngrams):
        measure = str(ngrams["measure"].iloc[0]).upper()
    ranked_bars(ax, table[label].astype(str).tolist(), table[by].tolist(), color=colors, title=title,
          xlabel="occurrences" if by == "count" else f"association ({measure or 'score'})",
          fmt=_count_format if by == "count" else (lambda v: f"{v:.2f}"))
    return ax


def wordcloud_image(
    freqs: pd.DataFrame,
    *,
    seed: int = 0,
    font_path: str | Path | None = None,
    max_words: int = 100,
    width: int = 1600,
    height: int = 900,
    label: str = "term",
    value: str = "count",
    article_id: Hashable | None = None,
    background_color: str = "white",
    colormap: str = "viridis",
):
    """A :class:`wordcloud.WordCloud` laid out from the table's frequencies (seeded: same input,
    same image). Pillow draws the words with libraqm, which shapes Arabic right to left."""
    from wordcloud import WordCloud

    table = _aggregate(_select_article(freqs, article_id), label, value)
    table = table.sort_values([value, label], ascending=[False, True], kind="mergesort")
    frequencies = {str(t): float(v) for t, v in zip(table[label], table[value]) if v > 0}
    if not frequencies:
        raise ValueError("no terms with a positive frequency to draw")
    cloud = WordCloud(
        font_path=str(font_path or arabic_font_path()),
        width=width,
        height=height,
        max_words=max_words,
        random_state=seed,
        background_color=background_color,
        colormap=colormap,
        prefer_horizontal=1.0,  # vertical Arabic is hard to read
        collocations=False,
        include_numbers=True,
        margin=4,
    )
    return cloud.generate_from_frequencies(frequencies)


def plot_wordcloud(
    freqs: pd.DataFrame,
    *,
    ax=None,
    seed: int = 0,
    font_path: str | Path | None = None,
    max_words: int = 100,
    title: str | None = None,
    **options,
):
    """Draw a seeded Arabic word cloud of ``freqs`` (term and count columns) into an Axes."""
    cloud = wordcloud_image(freqs, seed=seed, font_path=font_path, max_words=max_words, **options)
    if ax is None:
        _, ax = plt.subplots(figsize=(cloud.width / 200, cloud.height / 200), layout="constrained")
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return ax
