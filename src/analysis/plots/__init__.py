"""Figures for the analysis tables: each function takes a tidy table and returns a matplotlib Axes.

``import analysis`` does not import this package (nor matplotlib); ``import analysis.plots`` does.
The names below are loaded on first use, so ``from analysis.plots import save_figure`` only
imports what it needs.
"""
from __future__ import annotations

import importlib
from typing import Any

# public name -> submodule that defines it
_EXPORTS = {
    "use_arabic_style": "style",
    "save_figure": "style",
    "find_arabic_font": "style",
    "arabic_font_path": "style",
    "register_font": "style",
    "plot_top_terms": "words",
    "plot_ngrams": "words",
    "plot_wordcloud": "words",
    "wordcloud_image": "words",
    "plot_entity_frequencies": "entities",
    "plot_cooccurrence": "entities",
    "plot_category_shares": "attribution",
    "plot_sources": "attribution",
    "plot_paragraph_strip": "attribution",
    "plot_attribution_profiles": "compare",
    "plot_keyness_grid": "compare",
    "report_figures": "report",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
