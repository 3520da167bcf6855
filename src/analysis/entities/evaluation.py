"""Score a backend on a CoNLL file: exact-span precision, recall and F1 per type and micro-averaged.

File format: one ``token TAG`` per line (the tag is the last whitespace-separated field), a blank
line between sentences, BIO tags over PERS/ORG/LOC/MISC (``PER`` is read as ``PERS``). The tagger
receives the tokens only.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

SCORED_TYPES = ("PERS", "ORG", "LOC")
ALL_TYPES = ("PERS", "ORG", "LOC", "MISC")


def read_conll(source: str | Path | Iterable[str]) -> list[tuple[list[str], list[str]]]:
    """Sentences as (tokens, tags) from a path, or from an iterable of lines."""
    if isinstance(source, (str, Path)) and "\n" not in str(source):
        lines = Path(source).read_text(encoding="utf-8-sig").splitlines()
    elif isinstance(source, str):
        lines = source.splitlines()
    else:
        lines = list(source)
    sentences: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("-DOCSTART-"):
            if toks:
                sentences.append((toks, tags))
                toks, tags = [], []
            continue
        parts = line.split()
        if len(parts) == 1:
            token, tag = parts[0], "O"
        else:
            token, tag = " ".join(parts[:-1]), parts[-1]
        toks.append(token)
        tags.append(_fix_tag(tag))
    if toks:
        sentences.append((toks, tags))
    return sentences


def _fix_tag(tag: str) -> str:
    tag = tag.strip().upper()
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, typ = tag.partition("-")
    if typ == "PER":
        typ = "PERS"
    return f"{prefix}-{typ}"


def bio_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) spans from BIO tags (an I- without a matching B- opens a span)."""
    spans = []
    start, typ = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, t = tag.partition("-")
        if tag == "O" or prefix == "B" or (prefix == "I" and t != typ):
            if start is not None:
                spans.append((start, i, typ))
                start, typ = None, None
            if tag != "O":
                start, typ = i, t
    return spans


def score_spans(gold: list[set], pred: list[set]) -> dict:
    """Per-type and micro (PERS, ORG, LOC) precision, recall and F1 of exact spans."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        for span in p:
            (tp if span in g else fp)[span[2]] += 1
        for span in g:
            if span not in p:
                fn[span[2]] += 1
    result: dict = {"per_type": {}}
    for typ in ALL_TYPES:
        result["per_type"][typ] = _prf(tp[typ], fp[typ], fn[typ])
    result["micro"] = _prf(sum(tp[t] for t in SCORED_TYPES), sum(fp[t] for t in SCORED_TYPES),
                           sum(fn[t] for t in SCORED_TYPES))
    result["micro"]["types"] = list(SCORED_TYPES)
    return result


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "tp": tp, "fp": fp, "fn": fn, "support": tp + fn}


def predict_token_spans(sentences: list[list[str]], *, backend: str = "rules",
                        document_size: int = 1) -> list[set]:
    """Predicted (start, end, type) spans for each token list, from tokens only."""
    from . import resolve_backend

    name = resolve_backend(backend)
    if name == "camel":
        from .camel import camel_predict_spans

        return [set(s) for s in camel_predict_spans(sentences)]
    from .rules import default_tagger

    tagger = default_tagger()
    out: list[set] = []
    size = max(1, int(document_size))
    for start in range(0, len(sentences), size):
        chunk = sentences[start:start + size]
        for spans in tagger.tag_document(chunk):
            out.append({(sp.start, sp.end, sp.type) for sp in spans})
    return out


def evaluate_conll(path: str | Path, *, backend: str = "rules", document_size: int = 1) -> dict:
    """Score ``backend`` on the CoNLL file at ``path``; a JSON-serialisable dict.

    ``document_size`` groups that many consecutive sentences into one document for the
    document-level rules (CoNLL files carry no article boundaries; 1 = every sentence alone).
    """
    sentences = read_conll(path)
    gold = [set(bio_to_spans(tags)) for _, tags in sentences]
    tokens = [toks for toks, _ in sentences]
    started = time.perf_counter()
    pred = predict_token_spans(tokens, backend=backend, document_size=document_size)
    elapsed = time.perf_counter() - started
    from . import resolve_backend

    result = score_spans(gold, pred)
    result.update({
        "file": str(path),
        "backend": resolve_backend(backend),
        "sentences": len(sentences),
        "tokens": sum(len(t) for t in tokens),
        "document_size": document_size,
        "seconds": round(elapsed, 3),
        "matching": "exact span and type",
    })
    return result
