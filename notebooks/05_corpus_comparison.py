# %% [markdown]
# # 5. Comparing outlets across a corpus
#
# How do outlets differ in **what their sentences rest on**, **whom they name** and **which words
# they favour**? This notebook runs the same per-article helpers as the single-article notebooks on
# a corpus, then compares groups of articles (outlets by default).
#
# By default it reads a sample of one day of SaudiNewsNet (`../shared/data/saudinewsnet/`, a few articles from
# each of its Saudi outlets) when that folder is present, and the articles in `data/raw/` otherwise.
# Set `corpus_path` to your own `.jsonl`/`.csv` corpus or folder of articles.

# %% tags=["parameters"]
corpus_path = None  # None: SaudiNewsNet beside the project if present, else data/raw/
output_dir = None  # None: reports/<corpus-name>/
ner_backend = "rules"
per_outlet = 25  # articles sampled from each outlet
top_n = 8

# %%
import warnings
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

from analysis.compare import (attribution_profile, default_corpus_path, distinctive_words,
                              sample_corpus, top_entities)
from analysis.load import load
from analysis.outputs import write_table
from analysis.notebooks import resolve_io
from analysis.plots.compare import plot_attribution_profiles, plot_keyness_grid
from analysis.plots.style import save_figure, use_arabic_style
from analysis.entities import resolve_backend
from analysis.report import analyse_sentences

corpus_path, figures, tables = resolve_io(corpus_path, output_dir, default=default_corpus_path())
use_arabic_style()
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    corpus = sample_corpus(load(corpus_path), per_group=per_outlet, by="outlet")
backend = resolve_backend(ner_backend)
print(f"{corpus_path}: {len(corpus.articles)} articles from {corpus.articles['outlet'].nunique()} outlet(s); "
      f"entity backend: {backend}")
corpus.articles.groupby("outlet").agg(articles=("article_id", "size"), words=("n_words", "sum"))

# %% [markdown]
# ## Analysing every article
# The per-article helpers (words, entities, attribution) run article by article; the tables are then
# compared by outlet.

# %%
results = analyse_sentences(corpus.sentences, ner_backend=backend)
{name: len(table) for name, table in results.items()}

# %% [markdown]
# ## Attribution profiles
# For each outlet: the share of sentences resting on a named source, an anonymous source, unverified
# reports, the outlet's own editorial framing, or nothing. News agencies' wire copy tends to name
# its sources; opinion and feature pieces are mostly unattributed.

# %%
profile = attribution_profile(results["sentence_attribution"], corpus.articles)
write_table(profile, tables / "outlet_attribution_profile.csv")
ax = plot_attribution_profiles(profile)
save_figure(ax.figure, "outlet_attribution_profiles", out_dir=figures)
profile.pivot_table(index="outlet", columns="category", values="share").round(3)

# %% [markdown]
# ## Who each outlet names most

# %%
entities = top_entities(results["mentions"], corpus.articles, top_n=5)
write_table(entities, tables / "outlet_top_entities.csv")
entities.pivot_table(index="rank", columns="outlet", values="canonical", aggfunc="first")

# %% [markdown]
# ## Distinctive words
# Words each outlet uses more than the others (Dunning's log-likelihood keyness against the rest of
# the corpus). With few articles per outlet this mostly shows each outlet's beats and house style.

# %%
distinctive = distinctive_words(results["word_counts"], corpus.articles, top_n=top_n)
write_table(distinctive, tables / "outlet_distinctive_words.csv")
if len(distinctive):
    fig = plot_keyness_grid(distinctive, top_n=top_n)
    save_figure(fig, "outlet_distinctive_words", out_dir=figures)
else:
    print("only one outlet in this corpus: nothing to compare words against")
distinctive.groupby("outlet").head(3)[["outlet", "term", "count_target", "keyness"]]
