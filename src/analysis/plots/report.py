"""The figures of the report command: one call draws and saves them all from the report tables."""
from __future__ import annotations

from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from .attribution import plot_category_shares, plot_paragraph_strip, plot_sources
from .entities import plot_cooccurrence, plot_entity_frequencies
from .style import save_figure, use_arabic_style
from .words import plot_ngrams, plot_top_terms, plot_wordcloud

# Per-article strips are drawn for at most this many articles (one figure each).
MAX_STRIPS = 10


def _corpus_ngrams(ngrams: pd.DataFrame) -> pd.DataFrame:
    if ngrams["article_id"].nunique() <= 1:
        return ngrams
    grouped = ngrams.groupby("term", sort=True).agg(n=("n", "first"), count=("count", "sum"),
                                                    score=("score", "max"))
    return grouped.reset_index().sort_values(["count", "score", "term"], ascending=[False, False, True],
                                             kind="stable")


def report_figures(tables: dict[str, pd.DataFrame], out_dir: str | Path, *, top_n: int = 20,
                   title: str = "") -> list[Path]:
    """Draw every figure the tables allow and save each as PNG, SVG and PDF; return the paths."""
    use_arabic_style()
    out_dir = Path(out_dir)
    suffix = f": {title}" if title else ""
    words = tables["corpus_words"]
    drawers = []
    if len(words):
        drawers += [
            ("top_words", lambda: plot_top_terms(words, top_n=top_n, title=f"Most frequent words{suffix}")),
            ("wordcloud", lambda: plot_wordcloud(words, seed=0)),
        ]
    if len(tables["ngrams"]):
        drawers.append(("bigrams", lambda: plot_ngrams(_corpus_ngrams(tables["ngrams"]), top_n=15)))
    if len(tables["entity_frequencies"]):
        drawers.append(("entities", lambda: plot_entity_frequencies(tables["entity_frequencies"], top_n=top_n)))
    if len(tables["cooccurrence"]):
        drawers.append(("entity_cooccurrence", lambda: plot_cooccurrence(tables["cooccurrence"])))
    by_article = tables.get("attribution_by_article", pd.DataFrame())
    if len(by_article) and by_article["sentences"].sum() > 0:
        drawers.append(("attribution_categories", lambda: plot_category_shares(by_article)))
    sources = tables.get("attribution_corpus_sources", pd.DataFrame())
    if len(sources):
        drawers.append(("attribution_sources", lambda: plot_sources(sources, top_n=15)))
    per_sentence = tables["sentence_attribution"]
    for article_id in per_sentence["article_id"].drop_duplicates().head(MAX_STRIPS):
        body = per_sentence[(per_sentence["article_id"] == article_id) & (per_sentence["kind"] == "body")]
        if len(body):
            name = "attribution_strip" if per_sentence["article_id"].nunique() == 1 \
                else f"attribution_strip_{article_id}"
            drawers.append((name, lambda a=article_id: plot_paragraph_strip(per_sentence, article_id=a)))
    paths: list[Path] = []
    for name, draw in drawers:
        ax = draw()
        try:
            paths += save_figure(ax.figure, name, out_dir=out_dir)
        finally:
            plt.close(ax.figure)
    return paths
