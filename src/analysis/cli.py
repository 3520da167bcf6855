"""Command line: ``python -m analysis COMMAND ...`` (thin shell over the package's functions)."""
from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from collections.abc import Sequence

import pandas as pd

OUTPUT_FORMATS = ("table", "csv", "jsonl")


def write_table(table: pd.DataFrame, fmt: str, stream=None) -> None:
    """Print a table as an aligned text table, CSV or JSON Lines (UTF-8, Arabic as is)."""
    stream = stream or sys.stdout
    if fmt == "csv":
        table.to_csv(stream, index=False)
    elif fmt == "jsonl":
        for record in table.to_dict(orient="records"):
            stream.write(json.dumps(_plain(record), ensure_ascii=False) + "\n")
    else:
        with pd.option_context("display.max_rows", None, "display.max_columns", None,
                               "display.width", 200, "display.max_colwidth", 80):
            stream.write(table.to_string(index=False, max_colwidth=80) + "\n")


def _plain(record: dict) -> dict:
    out = {}
    for key, value in record.items():
        if hasattr(value, "item"):
            value = value.item()
        elif isinstance(value, (list, tuple)):
            value = list(value)
        elif value is pd.NA or (isinstance(value, float) and value != value):
            value = None
        out[key] = value
    return out


def _load(args):
    from .load import load

    return load(args.files, format=args.input_format)


def _add_inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", help="article files (.txt .md .html) or corpora (.jsonl .json .csv), or folders")
    parser.add_argument("--input-format", choices=("text", "html", "jsonl", "json", "csv", "tsv"),
                        help="read the inputs as this format (default: from the file name)")
    parser.add_argument("--format", choices=OUTPUT_FORMATS, default="table", help="output format")


def cmd_load(args) -> pd.DataFrame:
    corpus = _load(args)
    if args.level == "sentences":
        return corpus.sentences[["article_id", "paragraph_id", "sentence_id", "kind", "text"]]
    if args.level == "articles":
        return corpus.articles
    return corpus.paragraphs[["article_id", "paragraph_id", "kind", "text"]]


def cmd_words(args) -> pd.DataFrame:
    from .words import ngram_frequencies, word_frequencies

    sentences = _load(args).sentences
    if args.ngram > 1:
        table = ngram_frequencies(sentences, n=args.ngram, top_n=args.top)
    else:
        table = word_frequencies(sentences, unit=args.unit, top_n=args.top)
    columns = [c for c in ("article_id", "term", "count", "share", "rank") if c in table.columns]
    if table["article_id"].nunique() <= 1:
        columns.remove("article_id")
    return table[columns + [c for c in table.columns if c not in columns and c != "article_id"]]


def cmd_entities(args) -> pd.DataFrame:
    from .entities import entity_frequencies, extract_mentions

    mentions = extract_mentions(_load(args).sentences, backend=args.backend)
    if args.summary:
        return entity_frequencies(mentions)[["canonical", "type", "mentions"]]
    return mentions


def cmd_ner_eval(args) -> dict:
    from .entities import evaluate_conll

    return evaluate_conll(args.conll, backend=args.backend)


def cmd_attribution_eval(args) -> dict:
    from .attribution_eval import evaluate

    result = evaluate(args.gold, args.corpus)
    if not args.errors:
        result.pop("errors")
    return result


def cmd_attributions(args) -> pd.DataFrame:
    from .attribution import attributions, sentence_attribution

    sentences = _load(args).sentences
    if args.per_sentence:
        table = sentence_attribution(sentences)
        return table[["article_id", "paragraph_id", "sentence_id", "category", "source_name",
                      "source_kind", "inherited", "hedges"]]
    return attributions(sentences)


def cmd_report(args) -> dict:
    from .report import run_report

    return run_report(args.inputs, out_dir=args.out, ner_backend=args.backend,
                      top_n=args.top, engine=args.engine, workers=args.workers,
                      scheduler=args.scheduler, input_format=args.input_format,
                      progress=not args.quiet)


def cmd_notebooks(args) -> dict:
    from .notebooks import run_notebooks

    from .paths import DEFAULT_ARTICLE

    return run_notebooks(args.input or DEFAULT_ARTICLE, out_dir=args.out, ner_backend=args.backend)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Analyse Arabic news articles: structure, words, entities, source attribution.")
    commands = parser.add_subparsers(dest="command", required=True)

    load = commands.add_parser("load", help="print the paragraphs (or sentences) of articles")
    _add_inputs(load)
    load.add_argument("--level", choices=("paragraphs", "sentences", "articles"), default="paragraphs")
    load.set_defaults(handler=cmd_load)

    words = commands.add_parser("words", help="word (or n-gram) frequencies")
    _add_inputs(words)
    words.add_argument("--top", type=int, default=20, help="terms per article (default 20)")
    words.add_argument("--unit", choices=("word", "stem", "lemma"), default="word")
    words.add_argument("--ngram", type=int, default=1, choices=(1, 2, 3), help="1 = words, 2 = bigrams, 3 = trigrams")
    words.set_defaults(handler=cmd_words)

    entities = commands.add_parser("entities", help="named-entity mentions")
    _add_inputs(entities)
    entities.add_argument("--backend", choices=("auto", "rules", "camel"), default="auto")
    entities.add_argument("--summary", action="store_true", help="print canonical, type, mentions")
    entities.set_defaults(handler=cmd_entities)

    ner_eval = commands.add_parser("ner-eval", help="score an entity backend on a CoNLL file (JSON)")
    ner_eval.add_argument("conll", help="CoNLL file: 'token TAG' per line, blank line between sentences")
    ner_eval.add_argument("--backend", choices=("auto", "rules", "camel"), default="rules")
    ner_eval.set_defaults(handler=cmd_ner_eval)

    attributions = commands.add_parser("attributions", help="source attribution of every sentence")
    _add_inputs(attributions)
    attributions.add_argument("--per-sentence", action="store_true", help="one row per sentence")
    attributions.set_defaults(handler=cmd_attributions)

    attribution_eval = commands.add_parser(
        "attribution-eval", help="score the attributions against hand annotations (JSON)")
    attribution_eval.add_argument("gold", nargs="+", help="annotations, JSON Lines (docs/attribution_annotation.md)")
    attribution_eval.add_argument("--corpus", nargs="+", required=True, help="the articles the annotations refer to")
    attribution_eval.add_argument("--errors", action="store_true", help="list the sentences got wrong")
    attribution_eval.set_defaults(handler=cmd_attribution_eval)

    report = commands.add_parser("report", help="all tables and figures for an input, without Jupyter")
    report.add_argument("inputs", nargs="+", help="an article, a corpus file or a folder")
    report.add_argument("--out", help="output folder (default reports/<input-name>-cli)")
    report.add_argument("--input-format", choices=("text", "html", "jsonl", "json", "csv", "tsv"))
    report.add_argument("--backend", choices=("auto", "rules", "camel"), default="auto", help="entity backend")
    report.add_argument("--top", type=int, default=20)
    report.add_argument("--engine", choices=("pandas", "dask"), default="pandas")
    report.add_argument("--workers", type=int, default=None, help="dask: local workers")
    report.add_argument("--scheduler", default=None, help="dask: address of an existing scheduler")
    report.add_argument("--quiet", action="store_true", help="no progress bar")
    report.set_defaults(handler=cmd_report)

    notebooks = commands.add_parser("notebooks", help="execute the notebooks on an input (what `make report` runs)")
    notebooks.add_argument("input", nargs="?", default=None, help="article or corpus (default: the seed article)")
    notebooks.add_argument("--out", help="output folder (default reports/<input-name>)")
    notebooks.add_argument("--backend", choices=("auto", "rules", "camel"), default="auto", help="entity backend")
    notebooks.set_defaults(handler=cmd_notebooks)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .load import LoadError

    warnings.showwarning = _show_warning
    try:
        result = args.handler(args)
    except LoadError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        if isinstance(result, pd.DataFrame):
            write_table(result, getattr(args, "format", "table"))
        elif result is not None:
            print(json.dumps(_plain(result) if isinstance(result, dict) else result,
                             ensure_ascii=False, indent=2, default=str))
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) closed the pipe: not an error. Silence the flush at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _show_warning(message, category, filename, lineno, file=None, line=None) -> None:
    print(f"warning: {message}", file=sys.stderr)
