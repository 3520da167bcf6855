# %% [markdown]
# # 3. Named entities: who and what the article names
#
# People (PERS), organisations (ORG), places (LOC) and other names (MISC) are found by one of two
# backends:
#
# - `rules` (offline, the default when no model is installed): GeoNames and CLDR gazetteers,
#   names-dataset first names, farahidi's lexicon, trigger words (مراسل، القيادي، تنظيم، بلدة ...)
#   and name patterns (أبو/أم، بن، `الملقب بـ`), plus the editable lexicons in `data/lexicons/`
#   (`entity_*.csv`, `aliases.csv`);
# - `camel`: CAMeL Tools' AraBERT model (`camel_data -i ner-arabert`, 541 MB), used by `auto`
#   when installed. Names listed in the project lexicon are recognised by both.
#
# Mentions are counted under one canonical name: attached clitics are stripped (`لـ داعش`,
# `وداعش` → داعش), spelling variants merged (`ديرالزور` → دير الزور), aliases from the alias file
# and aliases introduced in the text (`X الملقب بـ Y`) merged.

# %% tags=["parameters"]
input_path = None  # None: the default article in data/raw/
output_dir = None  # None: reports/<input-name>/
ner_backend = "auto"  # "auto" | "rules" | "camel"
top_n = 20  # how many entities to plot
cooccurrence_level = "sentence"  # "sentence" | "paragraph"

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import HTML, display

from analysis.entities import (
    cooccurrence,
    entity_frequencies,
    extract_mentions,
    mentions_html,
    resolve_backend,
)
from analysis.load import load
from analysis.outputs import write_table
from analysis.notebooks import resolve_io
from analysis.plots.entities import plot_cooccurrence, plot_entity_frequencies
from analysis.plots.style import save_figure, use_arabic_style

input_path, figures, tables = resolve_io(input_path, output_dir)
top_n = int(top_n)
fonts = use_arabic_style()
pd.set_option("display.max_colwidth", 60)

corpus = load(input_path)
sentences = corpus.sentences
backend = resolve_backend(ner_backend)
print(f"{len(corpus.articles)} article(s), {len(sentences)} sentences; NER backend: {backend}")


def saved(fig, name):
    paths = save_figure(fig, name, out_dir=figures)
    print("saved", ", ".join(p.name for p in paths))


# %% [markdown]
# ## Mentions in the text
# Each mention is highlighted in the text (right to left); hover a mention to see its canonical
# name. Colours: persons blue, organisations orange, places green, other names purple.

# %%
mentions = extract_mentions(sentences, backend=ner_backend)
first_id = corpus.articles["article_id"].iloc[0]
display(HTML(mentions_html(sentences, mentions, article_id=first_id)))
write_table(mentions, tables / "entity_mentions.csv")
print(f"{len(mentions)} mentions of {mentions[['canonical', 'type']].drop_duplicates().shape[0]} entities")

# %% [markdown]
# ## How often each entity is named
# `mentions` counts named mentions (an anaphor such as `التنظيم` is not counted), `articles` the
# articles that name it, `forms` the surface forms seen, and `first_*` where it first appears.

# %%
freqs = entity_frequencies(mentions)
write_table(freqs, tables / "entity_frequencies.csv")
for typ in ("PERS", "ORG", "LOC", "MISC"):
    part = freqs[freqs["type"] == typ]
    if len(part):
        print(f"\n{typ}: {len(part)} entities, {int(part['mentions'].sum())} mentions")
        display(part[["canonical", "mentions", "articles", "forms"]].head(top_n))

# %%
by_type = (freqs.groupby("type", as_index=False)
           .agg(entities=("canonical", "size"), mentions=("mentions", "sum"))
           .sort_values("mentions", ascending=False, kind="stable"))
display(by_type)
write_table(by_type, tables / "entity_types.csv")

fig, ax = plt.subplots(figsize=(7, max(2.5, 0.34 * min(top_n, len(freqs)) + 1)), layout="constrained")
plot_entity_frequencies(freqs, top_n=top_n, ax=ax)
saved(fig, "entities_frequencies")

# %% [markdown]
# ## Which entities are named together
# Two entities co-occur when one sentence (or paragraph) names both. The table counts the shared
# sentences; the heat map shows the entities with the most co-occurrences.

# %%
pairs = cooccurrence(mentions, level=cooccurrence_level)
write_table(pairs, tables / f"entity_cooccurrence_{cooccurrence_level}.csv")
if cooccurrence_level != "paragraph":
    write_table(cooccurrence(mentions, level="paragraph"), tables / "entity_cooccurrence_paragraph.csv")
display(pairs.head(15))

fig, ax = plt.subplots(figsize=(8, 7), layout="constrained")
plot_cooccurrence(pairs, top_n=15, ax=ax)
saved(fig, "entities_cooccurrence")
