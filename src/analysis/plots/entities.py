"""Figures of named entities: frequency bars by type and a co-occurrence heat map.

Each function takes a tidy table from :mod:`analysis.entities` and returns a matplotlib Axes;
pass ``ax=`` to draw into an existing one. Arabic names are drawn as they are (matplotlib >= 3.11
shapes them): never reshape them. Call :func:`analysis.plots.style.use_arabic_style` first for an
Arabic font.
"""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .style import ranked_bars

TYPE_COLORS = {"PERS": "#2b6a99", "ORG": "#c0622f", "LOC": "#3f8f4f", "MISC": "#8a6bb0"}
TYPE_LABELS = {"PERS": "person", "ORG": "organisation", "LOC": "place", "MISC": "other"}


def _new_axes(ax, height: float, width: float = 6.8):
    if ax is not None:
        return ax
    _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return ax


def plot_entity_frequencies(frequencies: pd.DataFrame, *, top_n: int = 20,
                            types: tuple[str, ...] | None = ("PERS", "ORG", "LOC"),
                            title: str | None = "Most mentioned entities", ax=None):
    """Horizontal bars of the ``top_n`` most mentioned entities, coloured by type.

    ``frequencies`` is :func:`analysis.entities.entity_frequencies` output (canonical, type,
    mentions ...). Ties keep the table's order (mentions, then name).
    """
    table = frequencies
    if types is not None:
        table = table[table["type"].isin(types)]
    table = table.head(top_n)
    ax = _new_axes(ax, max(2.0, 0.34 * len(table) + 1.0))
    if table.empty:
        ax.text(0.5, 0.5, "no entities", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    colors = [TYPE_COLORS.get(t, "#777777") for t in table["type"]]
    ranked_bars(ax, table["canonical"].tolist(), table["mentions"].astype(int).tolist(),
                color=colors, title=None, xlabel="mentions")
    present = list(dict.fromkeys(table["type"]))
    handles = [plt.Rectangle((0, 0), 1, 1, color=TYPE_COLORS.get(t, "#777777")) for t in present]
    ax.legend(handles, [f"{t} ({TYPE_LABELS.get(t, t)})" for t in present], loc="lower right",
              fontsize="small", frameon=False)
    if title:
        ax.set_title(title)
    return ax


def cooccurrence_matrix(table: pd.DataFrame, *, top_n: int = 15) -> pd.DataFrame:
    """Square, symmetric matrix of co-occurrence counts for the ``top_n`` entities with the most
    co-occurrences (rows and columns ordered by that total, then name)."""
    if table.empty:
        return pd.DataFrame(dtype="int64")
    totals: dict[str, int] = {}
    for a, b, n in zip(table["entity_a"], table["entity_b"], table["units"]):
        totals[a] = totals.get(a, 0) + int(n)
        totals[b] = totals.get(b, 0) + int(n)
    names = sorted(totals, key=lambda k: (-totals[k], k))[:top_n]
    index = {name: i for i, name in enumerate(names)}
    matrix = np.zeros((len(names), len(names)), dtype="int64")
    for a, b, n in zip(table["entity_a"], table["entity_b"], table["units"]):
        if a in index and b in index:
            matrix[index[a], index[b]] += int(n)
            matrix[index[b], index[a]] += int(n)
    return pd.DataFrame(matrix, index=names, columns=names)


def plot_cooccurrence(table: pd.DataFrame, *, top_n: int = 15, title: str | None = None,
                      cmap: str = "Blues", ax=None):
    """Heat map of how often two entities are named in the same sentence (or paragraph).

    ``table`` is :func:`analysis.entities.cooccurrence` output (entity_a, entity_b, units ...).
    """
    matrix = cooccurrence_matrix(table, top_n=top_n)
    size = max(3.0, 0.45 * len(matrix) + 1.6)
    ax = _new_axes(ax, size, width=size + 1.0)
    if matrix.empty:
        ax.text(0.5, 0.5, "no co-occurring entities", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    values = matrix.to_numpy()
    image = ax.imshow(values, cmap=cmap, vmin=0)
    labels = matrix.index.tolist()
    ax.set_xticks(range(len(labels)), labels, rotation=60, ha="right", rotation_mode="anchor")
    ax.set_yticks(range(len(labels)), labels)
    peak = values.max() if values.size else 0
    for i in range(len(labels)):
        for j in range(len(labels)):
            if values[i, j]:
                ax.text(j, i, str(values[i, j]), ha="center", va="center", fontsize="x-small",
                        color="white" if values[i, j] > peak / 2 else "black")
    ax.figure.colorbar(image, ax=ax, shrink=0.7, label="shared " + (
        str(table["level"].iloc[0]) + "s" if "level" in table.columns and len(table) else "units"))
    if title is None:
        level = table["level"].iloc[0] if "level" in table.columns and len(table) else "sentence"
        title = f"Entities named in the same {level}"
    if title:
        ax.set_title(title)
    return ax
