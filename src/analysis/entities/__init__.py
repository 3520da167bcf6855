"""Named entities: who and what an article names, and how often.

Backends:

- ``rules`` (offline default): gazetteers from installed packages (GeoNames, CLDR/pycountry),
  names-dataset first names, farahidi's lexicon, trigger words and name patterns, plus the
  analyst-editable lexicons in ``data/lexicons/entity_*.csv`` and ``aliases.csv``
  (see :mod:`analysis.entities.rules`).
- ``camel``: CAMeL Tools' ``NERecognizer`` (``camel_data -i ner-arabert``), imported lazily.
- ``auto``: ``camel`` when its model is installed, else ``rules``; names listed in the project
  lexicon are recognised in both.

Public functions: :func:`extract_mentions`, :func:`entity_frequencies`, :func:`cooccurrence`,
:func:`evaluate_conll`.
"""
from __future__ import annotations

import sys
from itertools import combinations

import pandas as pd

from .camel import INSTALL_HINT, CamelUnavailable, camel_installed

#: Alias used by the report: True when the CAMeL NER model is installed.
camel_available = camel_installed

MENTION_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "token_start", "token_end",
    "char_start", "char_end", "text", "type", "canonical", "backend",
]
FREQUENCY_COLUMNS = [
    "canonical", "type", "mentions", "articles", "forms",
    "first_article_id", "first_paragraph_id", "first_sentence_id",
]
COOCCURRENCE_COLUMNS = [
    "entity_a", "type_a", "entity_b", "type_b", "units", "articles", "level",
]
BACKENDS = ("auto", "rules", "camel")

__all__ = [
    "BACKENDS", "COOCCURRENCE_COLUMNS", "FREQUENCY_COLUMNS", "INSTALL_HINT", "MENTION_COLUMNS",
    "CamelUnavailable", "camel_available", "camel_installed", "cooccurrence", "entity_frequencies",
    "evaluate_conll", "extract_mentions", "mentions_html", "resolve_backend",
]


def mentions_html(sentences: pd.DataFrame, mentions: pd.DataFrame, *, article_id=None) -> str:
    """The text with its mentions highlighted, right to left (HTML for IPython.display.HTML)."""
    from .display import mentions_html as _html

    return _html(sentences, mentions, article_id=article_id)

_warned = False


def resolve_backend(backend: str = "auto", *, quiet: bool = False) -> str:
    """The backend that will run: ``auto`` becomes ``camel`` or ``rules``.

    An explicit ``camel`` without the model installed falls back to ``rules`` with one line on
    stderr that says how to install it.
    """
    global _warned
    if backend not in BACKENDS:
        raise ValueError(f"unknown NER backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if backend == "rules":
        return "rules"
    if camel_installed():
        return "camel"
    if backend == "camel" and not quiet and not _warned:
        print(INSTALL_HINT, file=sys.stderr)
        _warned = True
    return "rules"


def extract_mentions(sentences: pd.DataFrame, *, backend: str = "auto",
                     model_path: str | None = None, batch_size: int = 32) -> pd.DataFrame:
    """One row per entity mention of a ``sentences`` table.

    Columns: article_id, paragraph_id, sentence_id, token_start, token_end (token indices in
    the sentence, end exclusive, tokens as :func:`analysis.entities.rules.tokenize_with_offsets`
    splits them), char_start, char_end (offsets in the sentence text, attached clitics such as
    و، لـ left out), text, type (PERS | ORG | LOC | MISC), canonical, backend.

    ``model_path`` runs the camel backend with a local NERecognizer model folder.
    """
    from .canonical import lexicon_canonical, merge_article
    from .lexicon import load_lexicon
    from .rules import default_tagger, raw_prefix_chars, tok_info, tokenize_with_offsets

    name = "camel" if model_path else resolve_backend(backend)
    tagger = default_tagger()
    lex = load_lexicon()
    if tagger.lex is not lex:  # a lexicon file changed: rebuild the tagger
        from .rules import reset_tagger

        reset_tagger()
        tagger = default_tagger()
    rows: list[dict] = []
    if sentences is None or len(sentences) == 0:
        return _empty_mentions()
    order = {a: i for i, a in enumerate(dict.fromkeys(sentences["article_id"]))}
    ordered = sentences.assign(_article_order=sentences["article_id"].map(order)).sort_values(
        ["_article_order", "paragraph_id", "sentence_id"], kind="stable")
    for article_id, group in ordered.groupby("_article_order", sort=True):
        article_id = group["article_id"].iloc[0]
        keys = list(zip(group["paragraph_id"], group["sentence_id"]))
        texts = [str(t) if isinstance(t, str) else "" for t in group["text"]]
        tokenized = [tokenize_with_offsets(t) for t in texts]
        token_lists = [[tok for tok, _, _ in toks] for toks in tokenized]
        if name == "camel":
            try:
                span_lists = _camel_spans(token_lists, tagger, model_path=model_path, batch_size=batch_size)
                used = "camel"
            except CamelUnavailable as exc:
                print(str(exc).split(" (")[0], file=sys.stderr)
                span_lists = tagger.tag_document(token_lists)
                used = "rules"
        else:
            span_lists = tagger.tag_document(token_lists)
            used = "rules"
        records: list[dict] = []
        for (paragraph_id, sentence_id), text, toks, spans in zip(keys, texts, tokenized, span_lists):
            base = len(records)
            for sp in spans:
                first_raw, first_start, _ = toks[sp.start]
                clitic = sp.clitic
                if clitic and tok_info(first_raw).norm[clitic - 1:clitic + 1] == "لل":
                    clitic -= 1  # للسعودية = ل + السعودية: no clean cut, keep the ل
                char_start = first_start + raw_prefix_chars(first_raw, clitic)
                char_end = toks[sp.end - 1][2]
                if char_start >= char_end:
                    continue
                canonical, typ = lexicon_canonical(sp.canonical, sp.type, lex, tagger.res.places)
                records.append({
                    "article_id": article_id, "paragraph_id": int(paragraph_id),
                    "sentence_id": int(sentence_id), "token_start": sp.start, "token_end": sp.end,
                    "char_start": char_start, "char_end": char_end,
                    "text": text[char_start:char_end], "type": typ, "canonical": canonical,
                    "backend": used,
                    "alias_target": (base + sp.alias_of) if sp.alias_of is not None else None,
                })
        merge_article(records, lex, tagger.is_common)
        for rec in records:
            rec.pop("alias_target", None)
        rows.extend(records)
    if not rows:
        return _empty_mentions()
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    return out.reset_index(drop=True)


def _empty_mentions() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in (
        "paragraph_id", "sentence_id", "token_start", "token_end", "char_start", "char_end")
        else "str") for c in MENTION_COLUMNS})


def _camel_spans(token_lists, tagger, *, model_path=None, batch_size=32):
    """CAMeL spans, plus the names of the project lexicon (which always win)."""
    from ..text import display_form
    from .camel import camel_predict_spans
    from .rules import Span, tok_info

    predicted = camel_predict_spans(token_lists, model_path=model_path, batch_size=batch_size)
    vocabulary = {tok_info(t).norm for toks in token_lists for t in toks}
    out = []
    for toks, spans in zip(token_lists, predicted):
        info = [tok_info(t) for t in toks]
        owner = [None] * len(toks)
        result = []
        i = 0
        while i < len(toks):  # lexicon names first
            m = tagger._match(info, i, owner, sources=("lexicon", "alias", "place"))
            if m:
                end, entry, k = m
                result.append(Span(i, end, entry.type, entry.canonical, entry.source, k))
                for x in range(i, end):
                    owner[x] = len(result) - 1
                i = end
            else:
                i += 1
        for start, end, typ in spans:
            if any(owner[x] is not None for x in range(start, end)):
                continue
            k = 0
            for kk, stem in info[start].cands[1:]:
                if stem in vocabulary or stem in tagger.index:
                    k = kk
                    break
            words = [toks[start]] + list(toks[start + 1:end])
            name = " ".join(display_form(w) for w in words)
            if k:
                name = name[k:] if not info[start].norm.startswith("لل") else name
            result.append(Span(start, end, typ, name, "camel", k))
        result.sort(key=lambda sp: sp.start)
        out.append(result)
    return out


def entity_frequencies(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per entity: canonical, type, mentions, articles, forms (distinct surface forms,
    most frequent first, joined by " | "), and its first appearance (first_article_id,
    first_paragraph_id, first_sentence_id). Sorted by mentions (descending), then name."""
    if mentions is None or len(mentions) == 0:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("mentions", "articles") else "str")
                             for c in FREQUENCY_COLUMNS})
    m = mentions.reset_index(drop=True)
    m = m.assign(_order=range(len(m)))
    rows = []
    for (canonical, typ), g in m.groupby(["canonical", "type"], sort=False):
        first = g.sort_values(["_order"]).iloc[0]
        forms = g["text"].value_counts(sort=False)
        forms = sorted(forms.items(), key=lambda kv: (-kv[1], kv[0]))
        rows.append({
            "canonical": canonical, "type": typ, "mentions": int(len(g)),
            "articles": int(g["article_id"].nunique()),
            "forms": " | ".join(f for f, _ in forms),
            "first_article_id": first["article_id"], "first_paragraph_id": first["paragraph_id"],
            "first_sentence_id": first["sentence_id"],
        })
    out = pd.DataFrame(rows, columns=FREQUENCY_COLUMNS)
    out = out.sort_values(["mentions", "articles", "canonical", "type"],
                          ascending=[False, False, True, True], kind="stable")
    return out.reset_index(drop=True)


def cooccurrence(mentions: pd.DataFrame, *, level: str = "sentence",
                 types: tuple[str, ...] | None = ("PERS", "ORG", "LOC")) -> pd.DataFrame:
    """Pairs of entities named in the same sentence (or paragraph), one row per pair.

    Columns: entity_a, type_a, entity_b, type_b (a < b), units (number of sentences or
    paragraphs naming both), articles (number of articles), level. ``types=None`` keeps MISC.
    """
    if level not in ("sentence", "paragraph"):
        raise ValueError("level must be 'sentence' or 'paragraph'")
    empty = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("units", "articles") else "str")
                          for c in COOCCURRENCE_COLUMNS})
    if mentions is None or len(mentions) == 0:
        return empty
    m = mentions if types is None else mentions[mentions["type"].isin(types)]
    keys = ["article_id", "paragraph_id"] + (["sentence_id"] if level == "sentence" else [])
    counts: dict[tuple, list] = {}
    for key, g in m.groupby(keys, sort=True):
        ents = sorted(set(zip(g["canonical"], g["type"])))
        for a, b in combinations(ents, 2):
            slot = counts.setdefault((a, b), [0, set()])
            slot[0] += 1
            slot[1].add(key[0])
    if not counts:
        return empty
    rows = [{"entity_a": a[0], "type_a": a[1], "entity_b": b[0], "type_b": b[1],
             "units": n, "articles": len(arts), "level": level}
            for (a, b), (n, arts) in counts.items()]
    out = pd.DataFrame(rows, columns=COOCCURRENCE_COLUMNS)
    out = out.sort_values(["units", "articles", "entity_a", "entity_b"],
                          ascending=[False, False, True, True], kind="stable")
    return out.reset_index(drop=True)


def evaluate_conll(path, *, backend: str = "rules", document_size: int = 1) -> dict:
    """Score a backend on a CoNLL file (exact spans): P/R/F1 per type and micro over PERS/ORG/LOC.

    Returns a JSON-serialisable dict (see :func:`analysis.entities.evaluation.evaluate_conll`).
    """
    from .evaluation import evaluate_conll as _evaluate

    return _evaluate(path, backend=backend, document_size=document_size)
