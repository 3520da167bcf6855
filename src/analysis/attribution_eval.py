"""Score :func:`analysis.attribution.sentence_attribution` against hand annotations.

The annotation scheme is described in ``docs/attribution_annotation.md``: one JSON object per
sentence, keyed ``"article_id|paragraph_id|sentence_id"``, with the sentence's main ``category``
(``named_source``, ``anonymous_source``, ``unverified_report``, ``editorial`` or ``none``), its
``source`` as written, the full name an anaphor ``resolved`` to, ``inherited`` and ``doubtful``.

An attribution counts as right when the category is the annotated one and, for the two source
categories, the source matches (:func:`source_matches`). Sentences marked ``doubtful`` are left out.
Precision is right attributions over the attributions found, recall right attributions over the
annotated ones.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from .text import normalize

GOLD_CATEGORIES = ("named_source", "anonymous_source", "unverified_report", "editorial", "none")
# Share of shared words (Jaccard) above which two source phrases name the same source.
SOURCE_OVERLAP = 0.5

# (and the marks of a hashtag: "#شرطة_لوس_أنجلوس" names what "شرطة لوس أنجلوس" does)
_PUNCTUATION = re.compile(r"[«»\"“”()\[\]:,،.#_]")


def sentence_key(article_id: str, paragraph_id: int, sentence_id: int) -> str:
    return f"{article_id}|{paragraph_id}|{sentence_id}"


def source_words(text: str | None) -> frozenset[str]:
    """Normalised words of a source phrase, with a و/ب/ل in front of the article dropped."""
    words = set()
    for word in _PUNCTUATION.sub(" ", normalize(text or "")).split():
        if len(word) > 2 and word[0] in "وبل" and word[1:3] == "ال":
            word = word[1:]
        words.add(word)
    return frozenset(words - {"ال"})


def source_matches(gold_source: str | None, gold_resolved: str | None, name: str | None, text: str | None) -> bool:
    """The found source (its name, or its phrase) names the annotated source or what it resolved to."""
    found_name = source_words(name)
    found_all = source_words(text) | found_name
    for gold in (source_words(gold_source), source_words(gold_resolved)):
        if not gold:
            continue
        if gold <= found_all or (found_name and found_name <= gold):
            return True
        if found_name and len(found_name & gold) / len(found_name | gold) >= SOURCE_OVERLAP:
            return True
    return False


def read_gold(paths: Iterable[str | Path]) -> pd.DataFrame:
    """Annotations from JSON Lines files, one row per sentence (a key annotated twice is an error)."""
    rows = []
    for path in paths:
        with open(path, encoding="utf-8") as stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("category") not in GOLD_CATEGORIES:
                    raise ValueError(f"{path}:{number}: category must be one of {', '.join(GOLD_CATEGORIES)}")
                rows.append({"key": record["key"], "category": record["category"],
                             "source": record.get("source") or "", "resolved": record.get("resolved") or "",
                             "inherited": bool(record.get("inherited")), "doubtful": bool(record.get("doubtful"))})
    gold = pd.DataFrame(rows, columns=["key", "category", "source", "resolved", "inherited", "doubtful"])
    duplicated = gold["key"][gold["key"].duplicated()]
    if not duplicated.empty:
        raise ValueError(f"sentence annotated twice: {duplicated.iloc[0]}")
    return gold


def score(per_sentence: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision, recall, F1, category accuracy, confusion counts and the sentences got wrong.

    ``per_sentence`` is the table of :func:`analysis.attribution.sentence_attribution`; every
    annotated key must be in it.
    """
    found = per_sentence.assign(key=[sentence_key(a, p, s) for a, p, s in zip(
        per_sentence["article_id"], per_sentence["paragraph_id"], per_sentence["sentence_id"])]).set_index("key")
    missing = sorted(set(gold["key"]) - set(found.index))
    if missing:
        raise ValueError(f"{len(missing)} annotated sentences are not in the table, e.g. {missing[0]}")
    counts = Counter()
    confusion = Counter()
    errors = []
    for row in gold.itertuples(index=False):
        if row.doubtful:
            counts["doubtful"] += 1
            continue
        got = found.loc[row.key]
        category = "none" if got["category"] == "unattributed" else got["category"]
        confusion[(row.category, category)] += 1
        counts["sentences"] += 1
        counts["category_right"] += category == row.category
        right = category == row.category and (
            row.category not in ("named_source", "anonymous_source")
            or source_matches(row.source, row.resolved, got["source_name"], got.get("source_text", "")))
        counts["annotated"] += row.category != "none"
        counts["found"] += category != "none"
        counts["right"] += right and row.category != "none"
        if not right:
            errors.append({"key": row.key, "category": row.category, "source": row.source,
                           "found_category": category, "found_source": got["source_name"]})
    precision = counts["right"] / counts["found"] if counts["found"] else 0.0
    recall = counts["right"] / counts["annotated"] if counts["annotated"] else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "sentences": counts["sentences"], "doubtful_left_out": counts["doubtful"],
        "annotated_attributions": counts["annotated"], "found_attributions": counts["found"],
        "right": counts["right"], "precision": round(precision, 3), "recall": round(recall, 3),
        "f1": round(f1, 3),
        "category_accuracy": round(counts["category_right"] / counts["sentences"], 3) if counts["sentences"] else 0.0,
        "confusion": {f"{g}->{f}": n for (g, f), n in sorted(confusion.items())},
        "errors": errors,
    }


def evaluate(gold_paths: Iterable[str | Path], corpus: Iterable[str | Path]) -> dict:
    """Load the annotated articles from ``corpus`` (files or folders), analyse them, score them."""
    from .attribution import sentence_attribution
    from .load import load

    gold = read_gold(gold_paths)
    wanted = {key.split("|")[0] for key in gold["key"]}
    loaded = load(list(corpus))
    sentences = loaded.sentences[loaded.sentences["article_id"].isin(wanted)]
    articles = loaded.articles[loaded.articles["article_id"].isin(wanted)]
    absent = wanted - set(sentences["article_id"])
    if absent:
        raise ValueError(f"{len(absent)} annotated articles are not in the corpus, e.g. {sorted(absent)[0]}")
    return score(sentence_attribution(sentences, articles=articles), gold)
