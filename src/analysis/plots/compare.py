"""Figures that compare groups of articles (outlets), made for side-by-side reading."""
from __future__ import annotations

import math

import matplotlib.pyplot as plt
import pandas as pd

from .attribution import CATEGORY_COLORS, CATEGORY_LABELS


def plot_attribution_profiles(profile: pd.DataFrame, *, by: str = "outlet", ax=None, title=None):
    """Horizontal 100% stacked bars: the share of each attribution category, one bar per group.

    ``profile`` is :func:`analysis.compare.attribution_profile`. Groups are sorted by their share of
    named sources, so the most sourced outlet is on top.
    """
    wide = profile.pivot_table(index=by, columns="category", values="share", fill_value=0.0, sort=True)
    categories = [c for c in CATEGORY_COLORS if c in wide.columns]
    wide = wide[categories].sort_values(categories[0], ascending=True, kind="stable")
    if ax is None:
        _, ax = plt.subplots(figsize=(8, 0.45 * len(wide) + 1.6))
    left = pd.Series(0.0, index=wide.index)
    for category in categories:
        ax.barh(wide.index.astype(str), wide[category], left=left, color=CATEGORY_COLORS[category],
                label=CATEGORY_LABELS.get(category, category), edgecolor="white", linewidth=0.5)
        left += wide[category]
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda x, _: f"{x:.0%}"))
    ax.set_xlabel("share of sentences")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12 if len(wide) > 3 else -0.25),
              ncol=len(categories), frameon=False, fontsize="small")
    ax.set_title(title or "What the sentences rest on, by outlet")
    return ax


def plot_keyness_grid(distinctive: pd.DataFrame, *, by: str = "outlet", top_n: int = 8,
                      ncols: int = 3, title=None):
    """Small multiples: each group's most distinctive words (keyness), one panel per group.

    Returns the Figure (a grid of Axes). Panels share nothing but style, so each can be read alone.
    """
    groups = sorted(distinctive[by].unique()) if len(distinctive) else []
    nrows = max(1, math.ceil(len(groups) / ncols))
    fig, axes = plt.subplots(nrows, ncols, figsize=(4 * ncols, 2.9 * nrows), squeeze=False,
                             layout="constrained")
    for ax in axes.flat[len(groups):]:
        ax.set_visible(False)
    for ax, group in zip(axes.flat, groups):
        rows = distinctive[distinctive[by] == group].head(top_n).iloc[::-1]
        ax.barh(rows["term"], rows["keyness"], color="#4C72B0")
        ax.set_title(str(group), fontsize="medium")
        ax.tick_params(axis="x", labelsize="x-small")
    fig.suptitle(title or "Distinctive words of each outlet (log-likelihood keyness)")
    return fig
