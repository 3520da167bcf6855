"""Figures of source attribution: category shares per article, ranked sources, the paragraph strip.

Each function takes a tidy table from :mod:`analysis.attribution` (``attribution_breakdown`` or
``sentence_attribution``) and returns a matplotlib Axes; pass ``ax=`` to draw into an existing one.
Arabic strings are drawn as they are (matplotlib >= 3.11 shapes them): never reshape them.
"""
from __future__ import annotations

from collections.abc import Hashable

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.patches import Patch

CATEGORY_ORDER = ("named_source", "anonymous_source", "unverified_report", "editorial", "unattributed")
CATEGORY_COLORS = {
    "named_source": "#2b6a99",
    "anonymous_source": "#e69f00",
    "unverified_report": "#c0392b",
    "editorial": "#8e7cc3",
    "unattributed": "#d9d9d9",
}
CATEGORY_LABELS = {
    "named_source": "named source",
    "anonymous_source": "anonymous source",
    "unverified_report": "unverified report",
    "editorial": "editorial framing",
    "unattributed": "unattributed",
}
KIND_COLORS = {
    "person": "#2b6a99",
    "organisation": "#4daf4a",
    "official_body": "#1b7837",
    "media": "#984ea3",
    "document": "#a6761d",
    "anonymous": "#e69f00",
    "reports": "#c0392b",
    "outlet": "#8e7cc3",
}
OTHER_COLOR = "#7f7f7f"


def _style() -> None:
    try:
        from .style import use_arabic_style
    except ImportError:  # pragma: no cover - the style module belongs to the plots package
        return
    use_arabic_style()


def _axes(ax, width: float, height: float):
    if ax is None:
        _style()
        _, ax = plt.subplots(figsize=(width, height), layout="constrained")
    return ax


def plot_category_shares(by_article: pd.DataFrame, *, kind: str = "bar", ax=None, title: str | None = None,
                         label_articles: dict[Hashable, str] | None = None):
    """Share of sentences per attribution category: one stacked bar per article, or a donut.

    ``by_article``: the ``by_article`` table of :func:`analysis.attribution.attribution_breakdown`
    (article_id, category, sentences, share). ``kind="donut"`` draws the first article (or the
    corpus, summed) as a donut. ``label_articles`` maps article ids to display labels.
    """
    if kind not in ("bar", "donut"):
        raise ValueError("kind must be 'bar' or 'donut'")
    table = by_article.copy()
    if table.empty:
        raise ValueError("by_article is empty: nothing to plot")
    if kind == "donut":
        counts = table.groupby("category", sort=False)["sentences"].sum()
        counts = counts.reindex([c for c in CATEGORY_ORDER if c in counts.index]).fillna(0)
        counts = counts[counts > 0]
        ax = _axes(ax, 5.2, 4.2)
        wedges, _ = ax.pie(counts.values, colors=[CATEGORY_COLORS[c] for c in counts.index],
                           startangle=90, counterclock=False, wedgeprops={"width": 0.38, "edgecolor": "white"})
        total = counts.sum()
        ax.legend(wedges, [f"{CATEGORY_LABELS[c]} ({int(v)}, {v / total:.0%})" for c, v in counts.items()],
                  loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, fontsize="small")
        ax.text(0, 0, f"{int(total)}\nsentences", ha="center", va="center", fontsize="medium")
        ax.set_aspect("equal")
        ax.set_title(title or "Whose word? Sentences by attribution")
        return ax
    shares = (table.pivot_table(index="article_id", columns="category", values="share", aggfunc="sum", sort=False)
              .reindex(columns=list(CATEGORY_ORDER)).fillna(0.0))
    labels = [str((label_articles or {}).get(a, a)) for a in shares.index]
    ax = _axes(ax, 7.0, max(1.6, 0.45 * len(shares) + 1.2))
    left = pd.Series(0.0, index=shares.index)
    positions = list(range(len(shares)))
    for category in CATEGORY_ORDER:
        values = shares[category]
        ax.barh(positions, values.values, left=left.values, color=CATEGORY_COLORS[category],
                label=CATEGORY_LABELS[category], height=0.65, edgecolor="white", linewidth=0.6)
        for position, value, start in zip(positions, values.values, left.values):
            if value >= 0.08:
                ax.text(start + value / 2, position, f"{value:.0%}", ha="center", va="center",
                        fontsize="x-small", color="white" if category != "unattributed" else "black")
        left = left + values
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0%}"))
    ax.set_xlabel("share of the article's sentences")
    ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False, fontsize="small")
    ax.set_title(title or "Sentences by attribution category")
    return ax


def plot_sources(sources: pd.DataFrame, *, top_n: int = 15, article_id: Hashable | None = None, ax=None,
                 title: str | None = None):
    """Sources ranked by the number of sentences resting on them, coloured by kind.

    ``sources``: the ``sources`` (or ``corpus_sources``) table of
    :func:`analysis.attribution.attribution_breakdown` (source, source_kind, sentences).
    Own-staff sources (``own_staff``) are marked with a hatch.
    """
    table = sources
    if article_id is not None and "article_id" in table.columns:
        table = table[table["article_id"] == article_id]
    if "article_id" in table.columns and table["article_id"].nunique() > 1:
        agg = {"source_kind": ("source_kind", "first"), "sentences": ("sentences", "sum")}
        if "own_staff" in table.columns:
            agg["own_staff"] = ("own_staff", "max")
        table = table.groupby("source", sort=False).agg(**agg).reset_index()
    table = table.sort_values(["sentences", "source"], ascending=[False, True], kind="stable").head(top_n)
    ax = _axes(ax, 6.4, max(1.8, 0.4 * len(table) + 1.0))
    if table.empty:
        ax.text(0.5, 0.5, "no named or anonymous source", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return ax
    positions = list(range(len(table)))
    colors = [KIND_COLORS.get(k, OTHER_COLOR) for k in table["source_kind"]]
    hatches = ["//" if bool(s) else "" for s in table.get("own_staff", pd.Series(False, index=table.index))]
    bars = ax.barh(positions, table["sentences"].values, color=colors, height=0.65)
    for bar, hatch in zip(bars, hatches):
        bar.set_hatch(hatch)
        bar.set_edgecolor("white")
    ax.set_yticks(positions, [str(s) for s in table["source"]])
    ax.invert_yaxis()
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("sentences resting on the source")
    for position, value in zip(positions, table["sentences"].values):
        ax.annotate(str(int(value)), (value, position), xytext=(3, 0), textcoords="offset points",
                    va="center", fontsize="small")
    kinds = list(dict.fromkeys(table["source_kind"]))
    handles = [Patch(color=KIND_COLORS.get(k, OTHER_COLOR), label=k) for k in kinds]
    if any(hatches):
        handles.append(Patch(facecolor="white", edgecolor="black", hatch="//", label="outlet's own staff"))
    ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False, fontsize="small")
    ax.margins(x=0.15)
    ax.set_title(title or "Sources by number of sentences")
    return ax


def plot_paragraph_strip(per_sentence: pd.DataFrame, *, article_id: Hashable | None = None, ax=None,
                         title: str | None = None, body_only: bool = True):
    """The article's paragraphs as a strip, each cell coloured by its sentences' categories.

    ``per_sentence``: :func:`analysis.attribution.sentence_attribution`. One column per paragraph in
    reading order (split into its sentences); inherited attributions are dotted, hedged sentences
    marked with "?", so one sees where in the story the unverified part sits.
    """
    table = per_sentence
    if article_id is None:
        article_id = table["article_id"].iloc[0]
    table = table[table["article_id"] == article_id]
    if body_only and "kind" in table.columns:
        table = table[table["kind"] == "body"]
    table = table.sort_values(["paragraph_id", "sentence_id"], kind="stable")
    paragraphs = list(dict.fromkeys(table["paragraph_id"]))
    ax = _axes(ax, max(6.0, 0.55 * len(paragraphs) + 3.0), 2.2)
    mentions = False
    for x, paragraph in enumerate(paragraphs):
        rows = table[table["paragraph_id"] == paragraph]
        n = len(rows)
        for y, row in enumerate(rows.itertuples(index=False)):
            height = 1.0 / n
            rect = plt.Rectangle((x + 0.05, 1 - (y + 1) * height), 0.9, height * 0.96,
                                 facecolor=CATEGORY_COLORS.get(row.category, OTHER_COLOR),
                                 edgecolor="white", hatch=".." if bool(row.inherited) else None)
            ax.add_patch(rect)
            if str(row.hedges):
                ax.text(x + 0.5, 1 - (y + 0.5) * height, "?", ha="center", va="center",
                        fontsize="small", color="white", fontweight="bold")
            extra = str(getattr(row, "categories", "") or "")
            if "unverified_report" in extra and row.category != "unverified_report":
                # Another attribution of the sentence rests on unverified reports.
                ax.add_patch(plt.Rectangle((x + 0.05, 1 - (y + 1) * height), 0.9, height * 0.18,
                                           facecolor=CATEGORY_COLORS["unverified_report"], edgecolor="none"))
                mentions = True
    ax.set_xlim(0, max(1, len(paragraphs)))
    ax.set_ylim(0, 1)
    ax.set_xticks([x + 0.5 for x in range(len(paragraphs))], [str(i + 1) for i in range(len(paragraphs))])
    ax.set_yticks([])
    ax.set_xlabel("body paragraph (reading order)")
    for side in ("left", "top", "right"):
        ax.spines[side].set_visible(False)
    present = [c for c in CATEGORY_ORDER if c in set(table["category"])]
    handles = [Patch(color=CATEGORY_COLORS[c], label=CATEGORY_LABELS[c]) for c in present]
    if table["inherited"].astype(bool).any():
        handles.append(Patch(facecolor="white", edgecolor="black", hatch="..", label="inherited source"))
    if mentions:
        handles.append(Patch(color=CATEGORY_COLORS["unverified_report"], label="also cites unverified reports"))
    if table["hedges"].astype(str).ne("").any():
        handles.append(Patch(color="white", label="? hedged"))
    ax.legend(handles=handles, loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=False,
              fontsize="small")
    ax.set_title(title or f"Attribution along the article ({article_id})")
    return ax
