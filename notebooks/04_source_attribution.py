# %% [markdown]
# # 4. Source attribution: on whose word does each claim rest?
#
# For every sentence this notebook finds who is cited, how, and how firmly:
#
# - **named source**: an identified person, organisation, outlet or document (قال مراسل الوكالة …،
#   أعلنت وزارة الصحة …، وفقاً لتقرير الأمم المتحدة …);
# - **anonymous source**: cited but not identified (مصدر أمني، مصادر مطلعة، ناشطون، شهود عيان);
# - **unverified report**: reports or rumours with no source at all (تواردت أنباء، وسط أنباء، قيل);
# - **editorial**: the outlet's own framing that looks like attribution but cites nobody
#   (يُشار إلى، يُذكر أن، تجدر الإشارة);
# - **unattributed**: a plain assertion.
#
# A sentence that continues a report without naming the source again (وأضاف أن …، a sentence opening
# with حيث or فيما right after a report) **inherits** the source. Hedges (ربما، قد + imperfect،
# يُرجّح) and disclaimers (لم يتسنَّ لنا التأكد) are reported per sentence. When a sentence carries
# several attributions, its main category follows the precedence
# named > anonymous > unverified > editorial.
#
# The rules and word lists are in `data/lexicons/attribution_*.csv` (see `data/lexicons/README.md`):
# analysts can add cues, anonymous-source nouns, roles or outlets without touching code.

# %% tags=["parameters"]
input_path = None  # None: the default article in data/raw/
output_dir = None  # None: reports/<input-name>/
ner_backend = "auto"  # not used here; every notebook of the report takes it
top_n = 15  # how many sources to plot
max_articles_in_bar = 30  # the category bar chart shows at most this many articles

# %%
from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

from analysis.attribution import analyse, attribution_breakdown
from analysis.load import load
from analysis.outputs import write_table
from analysis.notebooks import resolve_io
from analysis.plots.attribution import plot_category_shares, plot_paragraph_strip, plot_sources
from analysis.plots.style import save_figure, use_arabic_style

input_path, figures, tables = resolve_io(input_path, output_dir)
top_n = int(top_n)
fonts = use_arabic_style()
pd.set_option("display.max_colwidth", 70)

corpus = load(input_path)
sentences = corpus.sentences
first_id = corpus.articles["article_id"].iloc[0]
print(f"{len(corpus.articles)} article(s), {len(sentences)} sentences; figures in font {fonts[0]!r}")


def saved(fig, name):
    paths = save_figure(fig, name, out_dir=figures)
    print("saved", ", ".join(p.name for p in paths))
    plt.close(fig)


# %% [markdown]
# ## Every attribution
# One row per attribution: the cue as written and its class, the source phrase, the name inside it,
# its kind, role, affiliation and place, the reported content (`direct_quote` when it stands in
# quotation marks), whether the source is inherited, the sentence's hedges and disclaimer.

# %%
att, per_sentence = analyse(sentences, articles=corpus.articles)
columns = ["paragraph_id", "sentence_id", "category", "cue", "cue_class", "source_name", "source_kind",
           "source_role", "affiliation", "place", "inherited", "hedges", "unverified_disclaimer"]
display(att[att["article_id"] == first_id][columns])
write_table(att, tables / "attributions.csv")
write_table(per_sentence, tables / "sentence_attribution.csv")

# %% [markdown]
# ## Sentence by sentence
# The main category of every body sentence, its source and hedges; `categories` lists all the
# attributions the sentence carries.

# %%
body = per_sentence[(per_sentence["article_id"] == first_id) & (per_sentence["kind"] == "body")]
text = sentences.set_index(["article_id", "sentence_id"])["text"]
view = body.assign(text=[text[(a, s)][:80] for a, s in zip(body["article_id"], body["sentence_id"])])
display(view[["paragraph_id", "category", "source_name", "inherited", "hedges", "categories", "text"]])

# %% [markdown]
# ## The breakdown
# Shares of body sentences per category, the sources with the number of sentences resting on each,
# and the summary measures a media researcher reads first: how many distinct sources, how much rests
# on the outlet's own staff, and how much on anonymous sources or unverified reports.

# %%
breakdown = attribution_breakdown(per_sentence, att, articles=corpus.articles)
for name, table in breakdown.items():
    write_table(table, tables / f"attribution_{name}.csv")
display(breakdown["by_corpus"])
display(breakdown["sources"].head(top_n))
summary = breakdown["corpus_summary"].iloc[0]
display(breakdown["corpus_summary"].T)

# %%
first = breakdown["summary"].set_index("article_id").loc[first_id]
first_sources = breakdown["sources"][breakdown["sources"]["article_id"] == first_id]
lines = [
    f"In {first_id}, {first['n_attributed']:.0f} of {first['n_sentences']:.0f} body sentences "
    f"({first['share_attributed']:.0%}) are attributed.",
    f"Named sources carry {first['share_named']:.0%} of the sentences; "
    f"{first['distinct_sources']:.0f} distinct source(s): "
    + ", ".join(f"{r.source} ({r.source_kind}, {r.sentences} sentence(s){', own staff' if r.own_staff else ''})"
                for r in first_sources.itertuples()) + ".",
    f"{first['share_own_staff']:.0%} of the sentences rest on the outlet's own correspondents.",
    f"{first['share_anonymous_or_unverified']:.0%} rest mainly on anonymous sources or unverified reports, "
    f"and {first['share_any_anonymous_or_unverified']:.0%} carry at least one such attribution.",
    f"{first['share_editorial']:.0%} are the outlet's own editorial framing; "
    f"{first['share_inherited']:.0%} inherit their source from the sentence before; "
    f"{first['share_hedged']:.0%} are hedged.",
]
disclaimers = per_sentence[(per_sentence["article_id"] == first_id) & (per_sentence["unverified_disclaimer"] != "")]
if len(disclaimers):
    body_index = corpus.body().set_index(["article_id", "paragraph_id"])["body_index"]
    lines.append("The outlet flags its own doubt: " + "; ".join(
        f"«{d}» (body paragraph {body_index.get((first_id, p), p)})"
        for d, p in zip(disclaimers["unverified_disclaimer"], disclaimers["paragraph_id"])))
print("\n".join(lines))

# %% [markdown]
# **Reading the seed article** (Step News, the battle of al-Baghuz): both named sources are the
# outlet's own correspondents, جاد الله in Deir ez-Zor and حمزة العنزي in the Badia, quoted once
# each and carried on into the next paragraph; no official, independent or opposing source is
# heard. One paragraph rests wholly on rumours (تواردت أنباء) with an explicit disclaimer that the
# outlet could not check them, and a second one slips a rumour about the death toll into a
# correspondent's report (وسط توارد أنباء). Two paragraphs are editorial framing (يُشار إلى، يُذكر
# أن), one of which makes the strongest claim of the article, the coalition's "excessive force",
# with no source. The figures below show the balance and where in the story each part sits.

# %%
by_article = breakdown["by_article"]
articles_shown = list(dict.fromkeys(by_article["article_id"]))[:max_articles_in_bar]
ax = plot_category_shares(by_article[by_article["article_id"].isin(articles_shown)])
saved(ax.figure, "attribution_categories")
ax = plot_category_shares(by_article, kind="donut")
saved(ax.figure, "attribution_donut")

# %%
ax = plot_sources(breakdown["sources"], top_n=top_n,
                  article_id=first_id if len(corpus.articles) == 1 else None)
saved(ax.figure, "attribution_sources")

# %%
ax = plot_paragraph_strip(per_sentence, article_id=first_id)
saved(ax.figure, "attribution_strip")
