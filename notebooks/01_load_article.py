# %% [markdown]
# # 1. Loading an article
#
# This notebook loads a news article (by default the seed: a Step News Agency report on the
# battle for Baghuz, Syria) into three tidy tables: **articles** (metadata), **paragraphs**
# (title, headings and body, in reading order) and **sentences**. Page boilerplate such as
# "مقالات ذات صلة" or "زر الذهاب إلى الأعلى" is removed by the patterns in
# `data/lexicons/boilerplate.csv`, which you can edit.
#
# Change `input_path` below (or pass `-p input_path ...` to papermill) to load your own article,
# a folder of articles, or a `.jsonl`/`.csv` corpus.

# %% tags=["parameters"]
input_path = None  # None: the default article in data/raw/
output_dir = None  # None: reports/<input-name>/
ner_backend = "auto"

# %%
from pathlib import Path

import pandas as pd
from IPython.display import HTML, display

from analysis.load import load
from analysis.outputs import write_table
from analysis.notebooks import resolve_io

input_path, figures, tables = resolve_io(input_path, output_dir)
pd.set_option("display.max_colwidth", 120)
corpus = load(input_path)
print(f"{len(corpus.articles)} article(s), {len(corpus.paragraphs)} paragraphs, {len(corpus.sentences)} sentences")

# %% [markdown]
# ## The article and its metadata
# One row per article. `n_paragraphs` counts body paragraphs; `n_words` counts whitespace-separated
# words of the title, headings and body (boilerplate excluded).

# %%
corpus.articles.T

# %% [markdown]
# ## Structure: title, headings and body paragraphs
# `paragraph_id` numbers every unit in reading order; `kind` says what it is.

# %%
corpus.paragraphs.groupby(["article_id", "kind"], sort=False).size().unstack(fill_value=0)

# %%
first = corpus.articles["article_id"].iloc[0]
paragraphs = corpus.paragraphs[corpus.paragraphs["article_id"] == first]
style = {"title": "font-size:1.3em;font-weight:bold", "heading": "font-weight:bold;color:#444", "body": ""}
display(HTML('<div dir="rtl" style="font-family:\'Noto Naskh Arabic\',serif;line-height:1.8">' + "".join(
    f'<p style="{style[row.kind]}"><small style="color:#999">[{row.paragraph_id} {row.kind}]</small> {row.text}</p>'
    for row in paragraphs.itertuples()) + "</div>"))

# %% [markdown]
# ## Sentences
# Sentences are split at `. ! ? ؟ …` and line breaks, never inside a decimal number, a dotted date or
# an abbreviation such as `د.`. `char_start`/`char_end` locate each sentence in its paragraph.

# %%
corpus.sentences.head(20)

# %%
for name in ("articles", "paragraphs", "sentences"):
    write_table(getattr(corpus, name), tables / f"{name}.csv")
print("tables written to", tables)
