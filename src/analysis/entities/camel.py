"""The ``camel`` backend: CAMeL Tools' ``NERecognizer`` (AraBERT fine-tuned on ANERcorp).

Imported lazily: ``camel_tools.ner`` pulls in ``camel_tools.data``, which tries to download a
catalogue on import when none is installed. Every failure to load becomes :class:`CamelUnavailable`
with one line that says how to install the model.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

INSTALL_HINT = ("CAMeL NER model not installed: run `camel_data -i ner-arabert` (541 MB download) "
                "to use --backend camel; using the offline `rules` backend instead.")
CAMEL_LABELS = ("B-LOC", "B-MISC", "B-ORG", "B-PERS", "I-LOC", "I-MISC", "I-ORG", "I-PERS", "O")


class CamelUnavailable(RuntimeError):
    """The CAMeL NER model (or camel_tools' data catalogue) is not installed."""


def _model_dir_guess() -> Path | None:
    """Where ``camel_data -i ner-arabert`` puts the model, without importing camel_tools.data."""
    base = os.environ.get("CAMELTOOLS_DATA")
    roots = [Path(base)] if base else []
    roots.append(Path.home() / ".camel_tools")
    for root in roots:
        for sub in ("data/ner/arabert", "ner/arabert"):
            path = root / sub
            if (path / "config.json").is_file():
                return path
    return None


def camel_installed() -> bool:
    """True when the default CAMeL NER model is on disk (checked without any network access)."""
    return _model_dir_guess() is not None


@lru_cache(maxsize=4)
def load_recognizer(model_path: str | None = None):
    """A ``NERecognizer`` for ``model_path`` (default: the installed AraBERT model)."""
    path = model_path or (str(_model_dir_guess()) if camel_installed() else None)
    if path is None:
        raise CamelUnavailable(INSTALL_HINT)
    try:
        from camel_tools.ner import NERecognizer
    except Exception as exc:  # DownloaderError offline, ImportError, ...
        raise CamelUnavailable(f"{INSTALL_HINT} ({type(exc).__name__}: {exc})") from exc
    try:
        return NERecognizer(path)
    except Exception as exc:
        raise CamelUnavailable(f"{INSTALL_HINT} ({type(exc).__name__}: {exc})") from exc


def bio_spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) spans from a BIO label list (PER is read as PERS)."""
    from .evaluation import _fix_tag, bio_to_spans

    return bio_to_spans([_fix_tag(lab) for lab in labels])


def camel_predict_spans(sentences: list[list[str]], *, model_path: str | None = None,
                        batch_size: int = 32, recognizer=None) -> list[list[tuple[int, int, str]]]:
    """Spans per token list, predicted in batches by CAMeL's recognizer."""
    rec = recognizer or load_recognizer(model_path)
    out: list[list[tuple[int, int, str]]] = []
    idx = [i for i, toks in enumerate(sentences) if toks]
    labels: dict[int, list[str]] = {}
    for start in range(0, len(idx), batch_size):
        chunk = idx[start:start + batch_size]
        preds = rec.predict([list(sentences[i]) for i in chunk], batch_size=batch_size)
        for i, lab in zip(chunk, preds):
            labels[i] = list(lab)
    for i, toks in enumerate(sentences):
        out.append(bio_spans(labels.get(i, ["O"] * len(toks))))
    return out
