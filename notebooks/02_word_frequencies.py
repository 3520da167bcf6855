# %% [markdown]
# # 2. Word frequencies and collocations
#
# What does the article talk about? This notebook counts its words, compares three ways of
# counting them (surface word, light stem, lemma), finds the word pairs and triples that go
# together, and draws publication-ready figures (Arabic shaped by matplotlib itself, Noto Naskh
# Arabic where installed).
#
# Words are counted over the title, headings and body, never the page boilerplate. Before counting,
# diacritics and tatweel are removed, letter variants are normalised for matching (أ إ آ → ا,
# ة → ه, ى → ي), attached clitics are split (`والتحالف` → `و` + `التحالف`), and stopwords,
# punctuation and numbers are dropped. Tables show the most frequent readable spelling of each
# word. Given a corpus (`.jsonl`, `.csv`, a folder), the last section also compares articles and
# outlets (document frequency, TF-IDF, keyness).

# %% tags=["parameters"]
input_path = None  # None: the default article in data/raw/
output_dir = None  # None: reports/<input-name>/
top_n = 20  # how many terms to show and plot
unit = "word"  # "word" | "stem" | "lemma": the unit of the main table and figures
ner_backend = "auto"  # not used here; every notebook of the report takes it

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from analysis.load import load
from analysis.outputs import write_table
from analysis.notebooks import resolve_io
from analysis.plots import (
    plot_ngrams,
    plot_top_terms,
    plot_wordcloud,
    save_figure,
    use_arabic_style,
)
from analysis.words import (
    document_frequency,
    keyness,
    light_stem,
    lemmatize,
    ngram_frequencies,
    resolve_lemmatizer,
    tfidf,
    word_frequencies,
)

input_path, figures, tables = resolve_io(input_path, output_dir)
top_n = int(top_n)
fonts = use_arabic_style()
pd.set_option("display.max_colwidth", 80)

corpus = load(input_path)
sentences = corpus.sentences
n_articles = len(corpus.articles)
first_id = corpus.articles["article_id"].iloc[0]
first = sentences[sentences["article_id"] == first_id]
print(f"{n_articles} article(s), {len(sentences)} sentences; figures in font {fonts[0]!r}")


def saved(fig, name):
    paths = save_figure(fig, name, out_dir=figures)
    print("saved", ", ".join(p.name for p in paths))


# %% [markdown]
# ## The most frequent words
# `count` is the number of occurrences, `share` the fraction of the article's counted words, and
# `translit` the Buckwalter transliteration (CAMeL Tools' `ar2bw` map) for readers who do not read
# Arabic script. `norm` is the normalised key under which spelling variants are counted together.

# %%
freqs = word_frequencies(sentences, unit=unit, transliterate="ar2bw")
if n_articles == 1:
    top = freqs.head(top_n)
else:
    top = (freqs.groupby(["norm", "term", "translit"], as_index=False)["count"].sum()
           .sort_values(["count", "term"], ascending=[False, True], kind="mergesort").head(top_n))
top[["term", "translit", "count"] + (["share", "rank"] if n_articles == 1 else [])]

# %%
fig, ax = plt.subplots(figsize=(6.4, 0.3 * top_n + 1.2), layout="constrained")
where = "" if n_articles == 1 else f", {n_articles} articles"
plot_top_terms(freqs, ax=ax, top_n=top_n, title=f"أكثر الكلمات تكراراً — top {top_n} {unit}s{where}")
saved(fig, "words_top_terms")

# %% [markdown]
# ## Word, stem or lemma?
# The same text counted three ways (on the first article when the input holds several):
#
# * **word**: the normalised surface word. `التحالف` and `والتحالف` count together, but
#   `مخيم`, `المخيم` and `المخيمات` are three words.
# * **stem**: a light stemmer removes the article `ال` and one common suffix (`ات، ون، ين، ة` ...),
#   so `المخيمات` becomes `مخيم`. It is fast and needs no dictionary, but it knows no grammar:
#   broken plurals stay apart (`قتلى` is not `قتيل`) and unrelated words can fall together.
# * **lemma**: the dictionary form chosen by a morphological analyser (CAMeL Tools when its
#   database is installed, otherwise the offline AlKhalil port `farahidi`). It also merges broken
#   plurals and verb forms (`القتلى` → `قتيل`, `يستخدم` / `استخدمت` → `استخدم`). Names the analyser
#   does not know (`قسد`, `الباغوز`) keep their form without `ال`.

# %%
compare = {u: word_frequencies(first, unit=u, top_n=top_n) for u in ("word", "stem", "lemma")}
lemmatizer = compare["lemma"]["lemmatizer"].iloc[0] if len(compare["lemma"]) else resolve_lemmatizer()
side_by_side = pd.concat(
    [compare[u][["term", "count"]].reset_index(drop=True).add_prefix(f"{u}_") for u in compare], axis=1)
print(f"lemmas by: {lemmatizer}")
side_by_side

# %%
# Where do the units differ? Word forms that one stem or lemma gathers.
words_all = word_frequencies(first)
words_all["stem"] = words_all["term"].map(light_stem)
words_all["lemma"] = words_all["term"].map(lambda w: lemmatize(w, lemmatizer=lemmatizer))
merged = (words_all.groupby("lemma")
          .agg(count=("count", "sum"), forms=("term", lambda t: "، ".join(t)), n_forms=("term", "size"))
          .query("n_forms > 1").sort_values(["count", "lemma"], ascending=[False, True]))
display(merged.head(12))
gains = merged.head(3)
print("Where they differ: " + "; ".join(
    f"the lemma {lemma} counts {row['count']} (word forms {row['forms']})"
    for lemma, row in gains.iterrows()) + ".")

# %% [markdown]
# On the seed, the three agree on the leading actors (التحالف، قسد، الباغوز، داعش, 7 to 8 times
# each), but the surface count splits the camp into `مخيم` (4), `المخيم` (3) and `المخيمات` (1):
# only the stem and the lemma show that the camp, with 8 mentions, is as central as the
# coalition. Likewise `تنظيم` and `التنظيم` (3 + 5) become one term of 8, the organisation's
# usual name in the text. Lemmas go further than stems on verbs and broken plurals (`استخدم`,
# `قتيل`).

# %%
fig, axes = plt.subplots(1, 3, figsize=(12, 0.28 * min(top_n, 12) + 1.6), layout="constrained")
for ax, (name, table) in zip(axes, compare.items()):
    label = f"{name} ({lemmatizer})" if name == "lemma" else name
    plot_top_terms(table, ax=ax, top_n=min(top_n, 12), title=label)
fig.suptitle("الكلمة والجذع والمدخل المعجمي — word, stem and lemma compared")
saved(fig, "words_units_compared")

# %% [markdown]
# ## Collocations: word pairs and triples
# An n-gram stays inside one sentence, never spans punctuation or a number, and neither starts
# nor ends with a stopword. `score` measures how much more often the words occur together than
# chance would predict: log-likelihood (`llr`, robust for rare words) here, PMI on request.
# A split conjunction is shown attached again (`النساء والأطفال`).

# %%
bigrams = ngram_frequencies(sentences, n=2, measure="llr")
trigrams = ngram_frequencies(sentences, n=3, measure="llr")


def top_ngrams(table, k):
    """The article's n-grams, or, for a corpus, counts summed over articles."""
    if n_articles == 1:
        return table.head(k)[["term", "count", "score", "rank"]]
    return (table.groupby(["norm", "term"], as_index=False)
            .agg(count=("count", "sum"), articles=("article_id", "nunique"))
            .sort_values(["count", "term"], ascending=[False, True], kind="mergesort").head(k))


display(top_ngrams(bigrams, top_n))
top_ngrams(trigrams, 10)

# %%
fig, ax = plt.subplots(figsize=(6.4, 0.3 * min(top_n, 15) + 1.2), layout="constrained")
plot_ngrams(bigrams, ax=ax, top_n=min(top_n, 15), title="أكثر الثنائيات تكراراً — top bigrams")
saved(fig, "words_bigrams")

# %% [markdown]
# ## Word cloud
# Size follows frequency. The layout is seeded: the same text gives the same picture.

# %%
fig, ax = plt.subplots(figsize=(8, 4.5), layout="constrained")
plot_wordcloud(freqs, ax=ax, seed=0, max_words=80)
saved(fig, "words_wordcloud")

# %% [markdown]
# ## Comparing articles and outlets
# With several articles: in how many articles each word occurs (document frequency), the words
# that distinguish each article (TF-IDF), and the keyness of one outlet against all the others
# (log-likelihood; `over` = used more than elsewhere).

# %%
corpus_tables = {}
if n_articles > 1:
    corpus_tables["document_frequency"] = document_frequency(freqs)
    corpus_tables["tfidf"] = tfidf(freqs, top_n=10)
    outlets = corpus.articles["outlet"].fillna("")
    if outlets.nunique() > 1:
        target = outlets.value_counts().index[0]
        corpus_tables["keyness"] = keyness(sentences, target=target, by="outlet",
                                           articles=corpus.articles, unit=unit, top_n=50)
        print(f"keyness of {target!r} against the other outlets")
    else:
        corpus_tables["keyness"] = keyness(sentences, target=first_id, unit=unit, top_n=50)
        print(f"keyness of article {first_id!r} against the others")
    for name, table in corpus_tables.items():
        display(table.head(15))
else:
    print("One article: document frequency, TF-IDF and keyness need a corpus "
          "(run this notebook with input_path set to a .jsonl/.csv file or a folder).")

# %%
outputs = {f"{unit}_frequencies": freqs, "units_compared": side_by_side,
           "lemma_merges": merged.reset_index(), "bigrams": bigrams, "trigrams": trigrams,
           **corpus_tables}
for name, table in outputs.items():
    write_table(table, tables / f"{name}.csv")
print("tables written to", tables, ":", ", ".join(sorted(outputs)))
