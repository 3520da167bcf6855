"""``make bench``: speed and memory of the offline pipeline beside the CAMeL tokenisation floor.

One run over ``../shared/data/saudinewsnet/*.jsonl`` (skipped with a message, exit 0, when absent):

  floor         dediac_ar + simple_word_tokenize + Counter over every article text (best of 3)
  load          analysis.load.iter_batches, streamed in batches (info)
  words         analysis.words.word_frequencies (benchmarks/bench_words.py)     <= 3x the floor
  load + words  the streamed loader plus word_frequencies                        <= 3x
  entities      extract_mentions(backend="rules") (benchmarks/bench_entities.py) <= 7x (~50k words/s)
  attributions  analysis.attribution.attributions (bench_attribution.py)         <= 7x
  full pipeline load, tokens, words, rules entities, attributions, streamed      <= 10x
  import        `import analysis` (and the analysis modules) vs `import pandas`,
                fresh interpreters, median                                        <= 2x
  peak memory   RSS of a fresh process streaming the full pipeline over 25%, 50% and 100% of the
                articles                                            < 1 GB, growing no faster than the corpus
  report        analysis.report.run_report on a sample: pandas engine, dask with 1 and 2 workers

Words are the whitespace-separated words of the article texts (title + content), the same count
for every row. A ratio is floor speed / row speed (how many times slower than bare tokenisation).
A row whose module does not exist yet says "not available" instead of failing the run.
The table is printed and written to reports/bench/bench.csv and reports/bench/bench.md.

    python benchmarks/run.py [--sample N] [--quick] [--repeat R] [--out DIR]
"""
from __future__ import annotations

import argparse
import csv
import gc
import inspect
import io
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))  # the bench_* helpers beside this file

from common import default_corpus, read_records, record_text  # noqa: E402  (needs the path above)

PIPELINE_STEPS = ("load", "tokens", "words", "entities", "attributions")
BATCH_ARTICLES = 100  # articles analysed together in the streamed pipeline
COLUMNS = ["row", "words", "seconds", "words_per_s", "ratio_to_floor", "target", "result", "note"]


# --------------------------------------------------------------------------- rows

@dataclass
class Row:
    row: str
    words: int | None = None
    seconds: float | None = None
    ratio: float | None = None  # floor speed / this speed, or the ratio the target is about
    target: str = ""
    ok: bool | None = None  # None = no target (info) or not measured
    note: str = ""
    ratio_label: str = "x"  # "x" = times slower than the floor; other rows say what they compare

    @property
    def words_per_s(self) -> float | None:
        if self.words is None or not self.seconds:
            return None
        return self.words / self.seconds

    def cells(self) -> dict[str, str]:
        wps = self.words_per_s
        return {
            "row": self.row,
            "words": f"{self.words:,}" if self.words is not None else "-",
            "seconds": (f"{self.seconds:.3f}" if self.seconds >= 0.01 else f"{self.seconds:.5f}")
                       if self.seconds is not None else "-",
            "words_per_s": f"{wps:,.0f}" if wps is not None else "-",
            "ratio_to_floor": f"{self.ratio:.2f}{self.ratio_label}" if self.ratio is not None else "-",
            "target": self.target or "-",
            "result": {True: "pass", False: "FAIL", None: "-"}[self.ok],
            "note": self.note,
        }


def not_available(name: str, target: str, reason: str) -> Row:
    return Row(name, target=target, note=f"not available: {reason}")


def speed_row(name: str, words: int, seconds: float, floor_wps: float, max_ratio: float | None,
              note: str = "", target: str | None = None) -> Row:
    ratio = floor_wps / (words / seconds) if seconds > 0 and words else None
    ok = None if max_ratio is None or ratio is None else ratio <= max_ratio
    if target is None:
        target = f"<= {max_ratio:g}x" if max_ratio is not None else "info"
    return Row(name, words, seconds, ratio, target, ok, note)


# --------------------------------------------------------------------------- corpus

def count_words(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)


# --------------------------------------------------------------------------- timings

def best_of(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(max(1, repeat)):
        gc.collect()
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def floor_seconds(texts: list[str], repeat: int) -> float:
    """The floor of any CAMeL-based pipeline: dediacritise, tokenise, count (one core)."""
    from camel_tools.tokenizers.word import simple_word_tokenize
    from camel_tools.utils.dediac import dediac_ar

    def floor() -> None:
        counts: Counter[str] = Counter()
        for text in texts:
            counts.update(simple_word_tokenize(dediac_ar(text)))

    return best_of(floor, repeat)


def call_helper(module_name: str, function_name: str, texts: list[str], repeat: int) -> dict:
    """``bench_x(texts)`` from benchmarks/bench_x.py, with ``repeat`` when it takes one."""
    module = __import__(module_name)
    function = getattr(module, function_name)
    kwargs = {"repeat": repeat} if "repeat" in inspect.signature(function).parameters else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = function(texts, **kwargs)
    if not isinstance(result, dict):
        raise TypeError(f"{function_name} returned {type(result).__name__}, not a dict")
    return result


def helper_seconds(result: dict, words: int) -> float:
    if result.get("seconds"):
        return float(result["seconds"])
    wps = result.get("words_per_s") or result.get("wps")
    if wps:
        return words / float(wps)
    raise KeyError("the helper's result has neither seconds nor words_per_s")


# --------------------------------------------------------------------------- streamed pipeline

def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def stream_pipeline(files: list[Path], limit: int | None, *, steps: tuple[str, ...] = PIPELINE_STEPS,
                    batch_articles: int = BATCH_ARTICLES) -> dict:
    """Load articles one at a time and analyse them in small batches, keeping only counts.

    Returns articles, rows per table and seconds per step. Memory holds one batch at a time.
    """
    from analysis.load import iter_batches

    functions: dict[str, Callable] = {}
    if "tokens" in steps:
        from analysis.text import tokenize_sentences

        functions["tokens"] = tokenize_sentences
    if "words" in steps:
        from analysis.words import word_frequencies

        functions["words"] = word_frequencies
    if "entities" in steps:
        from analysis.entities import extract_mentions

        functions["entities"] = lambda s: extract_mentions(s, backend="rules")
    if "attributions" in steps:
        from analysis.attribution import attributions

        functions["attributions"] = attributions

    seconds = dict.fromkeys(("load", *functions), 0.0)
    rows = dict.fromkeys(("sentences", *functions), 0)
    n_articles = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # per-article language warnings
        batches = iter_batches(files, batch_size=batch_articles)
        while limit is None or n_articles < limit:
            start = time.perf_counter()
            batch = next(batches, None)
            if batch is None:
                break
            sentences = batch.sentences
            if limit is not None and n_articles + len(batch.articles) > limit:
                keep = set(batch.articles["article_id"].head(limit - n_articles))
                sentences = sentences[sentences["article_id"].isin(keep)]
                n_articles += len(keep)
            else:
                n_articles += len(batch.articles)
            seconds["load"] += time.perf_counter() - start
            rows["sentences"] += len(sentences)
            if sentences.empty:
                continue
            for name, function in functions.items():
                start = time.perf_counter()
                table = function(sentences)
                seconds[name] += time.perf_counter() - start
                rows[name] += len(table)
                del table
            del batch, sentences
    return {"articles": n_articles, "rows": rows, "seconds": seconds}


def _memory_child(limit: int | None, steps: tuple[str, ...]) -> None:
    """Entry point of the measuring subprocess: run the pipeline, print JSON with the peak RSS."""
    start = time.perf_counter()
    result = stream_pipeline(default_corpus(), limit, steps=steps)
    result["wall_seconds"] = time.perf_counter() - start
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KB
    try:
        import psutil

        result["rss_mb"] = psutil.Process().memory_info().rss / 2**20
    except ImportError:
        pass
    print(json.dumps(result))


def run_child(limit: int | None, steps: tuple[str, ...]) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--_child",
               "--_steps", ",".join(steps)]
    if limit is not None:
        command += ["--sample", str(limit)]
    done = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["(no message)"]
        raise RuntimeError(f"the measuring process failed: {tail[0]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- import time

IMPORT_SNIPPET = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def import_seconds(statement: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", IMPORT_SNIPPET.format(stmt=statement)],
                              capture_output=True, text=True, cwd=PROJECT_ROOT, check=True)
        times.append(float(done.stdout.strip()))
    return statistics.median(times)


# --------------------------------------------------------------------------- the bench

@dataclass
class Bench:
    files: list[Path]
    sample: int | None
    quick: bool
    repeat: int
    rows: list[Row] = field(default_factory=list)
    details: dict = field(default_factory=dict)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        print(f"  {row.row}: {row.cells()['words_per_s']} words/s {row.cells()['result']} {row.note}",
              file=sys.stderr, flush=True)
        return row

    def guarded(self, name: str, target: str, func: Callable[[], Row | list[Row]]) -> None:
        """Run one measurement; a missing module or a failure becomes a 'not available' row."""
        try:
            result = func()
        except ModuleNotFoundError as error:
            self.add(not_available(name, target, f"module {error.name} not found"))
            return
        except Exception as error:  # the bench reports the other rows whatever happens here
            traceback.print_exc(file=sys.stderr)
            reason = f"{type(error).__name__}: {error}".splitlines()[0][:160]
            self.add(not_available(name, target, reason))
            return
        for row in result if isinstance(result, list) else [result]:
            self.add(row)

    def run(self) -> None:
        records = read_records(self.files, self.sample)
        texts = [record_text(record) for record in records]
        words = count_words(texts)
        n = len(texts)
        self.details.update(articles=n, words=words)
        print(f"bench: {n:,} articles, {words:,} words from {len(self.files)} file(s)", file=sys.stderr)

        floor = floor_seconds(texts, 3)
        floor_wps = words / floor
        self.add(Row("floor: dediac + tokenize + Counter", words, floor, 1.0, "1 core", None,
                     "best of 3"))

        # The streamed pipeline and its peak memory, in fresh processes: 25%, 50%, 100%.
        pipeline: dict = {}
        import importlib.util

        modules = {"tokens": "analysis.text", "words": "analysis.words",
                   "entities": "analysis.entities", "attributions": "analysis.attribution"}
        steps_run = ("load",) + tuple(step for step, module in modules.items()
                                      if importlib.util.find_spec(module) is not None)
        missing = [modules[step] for step in PIPELINE_STEPS if step not in steps_run]

        def memory_rows() -> list[Row]:
            fractions = (0.25, 0.5, 1.0)
            results = []
            for fraction in fractions:
                limit = max(1, round(n * fraction))
                results.append(run_child(limit, steps_run))
            pipeline.update(results[-1])
            self.details["memory"] = results
            rows = []
            base = results[0]
            for fraction, result in zip(fractions, results):
                peak = result["maxrss_mb"]
                articles = result["articles"]
                growth = (peak / base["maxrss_mb"]) / (articles / base["articles"]) if fraction > 0.25 else None
                ok = peak < 1024 and (growth is None or growth <= 1.0)
                note = f"{peak:,.0f} MB peak for {articles:,} articles"
                if fraction == 1.0 and articles >= 1000 and articles > base["articles"]:
                    slope = (peak - base["maxrss_mb"]) / (articles - base["articles"]) * 1000
                    note += f"; {slope:+,.0f} MB per 1,000 more articles"
                if missing:
                    note += f"; without {', '.join(missing)} (not available)"
                rows.append(Row(
                    f"peak RSS, full pipeline, {fraction:.0%} of articles", None,
                    result["wall_seconds"], growth, "< 1 GB, grows <= corpus", ok,
                    note, ratio_label=" growth/corpus"))
            return rows

        memory: list[Row] = []

        def memory_guarded() -> list[Row]:
            memory.extend(memory_rows())
            return []

        self.guarded("full pipeline", "<= 10x", memory_guarded)
        steps = pipeline.get("seconds", {})

        if "load" in steps:
            self.add(speed_row("load: iter_batches (streamed)", words, steps["load"], floor_wps,
                               None, f"{pipeline['rows']['sentences']:,} sentences"))

        # Words: the helper's measurement, and the streamed loader + word_frequencies.
        self.guarded("words: word_frequencies (bench_words)", "<= 3x", lambda: self._helper_row(
            "words: word_frequencies (bench_words)", "bench_words", "bench_words", texts, words,
            floor_wps, 3.0, steps.get("words")))
        if "words" in steps:
            self.add(speed_row("load + words (streamed)", words, steps["load"] + steps["words"],
                               floor_wps, 3.0))
        else:
            self.add(not_available("load + words (streamed)", "<= 3x", "analysis.words missing"))

        self.guarded("entities: rules (bench_entities)", "<= 7x", lambda: self._helper_row(
            "entities: rules (bench_entities)", "bench_entities", "bench_entities", texts, words,
            floor_wps, 7.0, steps.get("entities")))
        self.guarded("attributions (bench_attribution)", "<= 7x", lambda: self._helper_row(
            "attributions (bench_attribution)", "bench_attribution", "bench_attribution", texts,
            words, floor_wps, 7.0, steps.get("attributions")))

        if steps:
            total = sum(steps.values())
            row = speed_row("full pipeline: load, tokens, words, entities, attributions",
                            words, total, floor_wps, 10.0,
                            f"streamed, {BATCH_ARTICLES} articles a batch; " + ", ".join(
                                f"{name} {words / s:,.0f} w/s" for name, s in steps.items() if s))
            if missing:
                row.ok = None
                row.note = f"incomplete, not available: {', '.join(missing)}; " + row.note
            self.add(row)
        for row in memory:
            self.add(row)

        # Import time, fresh interpreters, median.
        runs = 3 if self.quick else 7
        self.guarded("import analysis", "<= 2x pandas", lambda: self._import_rows(runs))

        # The report command on a sample: pandas engine, dask with 1 and 2 workers.
        self.guarded("report", "info", lambda: self._report_rows(records, floor_wps))

    def _helper_row(self, name: str, module: str, function: str, texts: list[str], words: int,
                    floor_wps: float, max_ratio: float, in_pipeline: float | None) -> Row:
        if not (HERE / f"{module}.py").is_file():
            if in_pipeline:
                return speed_row(name.split(" (")[0] + " (in pipeline)", words, in_pipeline, floor_wps,
                                 max_ratio, f"benchmarks/{module}.py not available: timed inside the "
                                            "streamed pipeline")
            raise ModuleNotFoundError(f"benchmarks/{module}.py", name=f"benchmarks/{module}.py")
        result = call_helper(module, function, texts, self.repeat)
        self.details[module] = result
        seconds = helper_seconds(result, words)
        note = f"best of {self.repeat}"
        if result.get("n_words") not in (None, words):
            note += f"; helper counted {result['n_words']:,} words"
        if in_pipeline:
            note += f"; in pipeline {words / in_pipeline:,.0f} w/s ({floor_wps / (words / in_pipeline):.2f}x)"
        return speed_row(name, words, seconds, floor_wps, max_ratio, note)

    def _import_rows(self, runs: int) -> list[Row]:
        pandas = import_seconds("import pandas", runs)
        package = import_seconds("import analysis", runs)
        modules = [name for name in ("analysis.load", "analysis.text", "analysis.words",
                                     "analysis.entities", "analysis.attribution")
                   if (PROJECT_ROOT / "src" / Path(*name.split("."))).with_suffix(".py").is_file()
                   or (PROJECT_ROOT / "src" / Path(*name.split("."))).is_dir()]
        everything = import_seconds("import " + ", ".join(modules), runs)
        self.details["import"] = {"pandas": pandas, "analysis": package, "modules": modules,
                                  "analysis_modules": everything}
        return [
            Row("import analysis (fresh process)", None, package, package / pandas, "<= 2x pandas",
                package / pandas <= 2.0, f"import pandas {pandas:.3f} s; median of {runs}",
                ratio_label="x pandas"),
            Row("import analysis.{load,text,words,entities,attribution}", None, everything,
                everything / pandas, "<= 2x pandas", everything / pandas <= 2.0,
                f"what a notebook imports; median of {runs}", ratio_label="x pandas"),
        ]

    def _report_rows(self, records: list[dict], floor_wps: float) -> list[Row]:
        from analysis import report

        size = min(len(records), 60 if self.quick else 400)
        sample = records[:size]
        words = count_words(record_text(r) for r in sample)
        parameters = inspect.signature(report.run_report).parameters
        has_dask = "engine" in parameters
        try:
            import dask  # noqa: F401
            import dask.distributed  # noqa: F401
        except ImportError:
            has_dask = False
        rows = []
        with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
            corpus = Path(tmp) / "sample.jsonl"
            corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in sample),
                              encoding="utf-8")
            runs = [("pandas", None)] + ([("dask", 1), ("dask", 2)] if has_dask else [])
            for engine, workers in runs:
                name = f"report, {engine}" + (f", {workers} worker{'s' if workers > 1 else ''}"
                                              if workers else "")
                kwargs = {"out_dir": Path(tmp) / f"out-{engine}-{workers}", "ner_backend": "rules",
                          "progress": False}
                if "engine" in parameters:
                    kwargs["engine"] = engine
                if workers:
                    kwargs["workers"] = workers
                try:
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        start = time.perf_counter()
                        report.run_report([corpus], **kwargs)
                        seconds = time.perf_counter() - start
                except Exception as error:  # one engine failing does not hide the others
                    traceback.print_exc(file=sys.stderr)
                    reason = f"{type(error).__name__}: {error}".splitlines()[0][:160]
                    engine_only = self._engine_only(report, engine, workers, corpus)
                    if engine_only is None:
                        rows.append(not_available(name, "info", reason))
                    else:
                        rows.append(speed_row(name + " (analysis only)", words, engine_only, floor_wps,
                                              None, f"sample of {size} articles; run_report failed "
                                                    f"({reason}), so the engine alone was timed",
                                              target="info"))
                    continue
                rows.append(speed_row(name, words, seconds, floor_wps, None,
                                      f"sample of {size} articles, tables + figures", target="info"))
            if not has_dask:
                rows.append(not_available("report, dask", "info",
                                          "dask not importable or no engine= in run_report"))
        self.details["report_sample_articles"] = size
        return rows

    @staticmethod
    def _engine_only(report, engine: str, workers: int | None, corpus: Path) -> float | None:
        """Seconds of the report's engine alone (load + per-article analyses), without the
        tables and figures, when run_report itself cannot finish; None when that fails too."""
        function = getattr(report, f"_run_{engine}", None)
        if function is None:
            return None
        parameters = inspect.signature(function).parameters
        options = {"input_format": None, "ner_backend": "rules", "workers": workers,
                   "scheduler": None, "progress": False}
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                start = time.perf_counter()
                function([corpus], **{k: v for k, v in options.items() if k in parameters})
                return time.perf_counter() - start
        except Exception:
            traceback.print_exc(file=sys.stderr)
            return None


# --------------------------------------------------------------------------- output

def render_text(rows: list[Row]) -> str:
    cells = [row.cells() for row in rows]
    widths = {c: max(len(c), *(len(cell[c]) for cell in cells)) for c in COLUMNS}
    right = {"words", "seconds", "words_per_s", "ratio_to_floor"}
    lines = ["  ".join(c.rjust(widths[c]) if c in right else c.ljust(widths[c]) for c in COLUMNS).rstrip()]
    lines.append("  ".join("-" * widths[c] for c in COLUMNS))
    for cell in cells:
        lines.append("  ".join(cell[c].rjust(widths[c]) if c in right else cell[c].ljust(widths[c])
                               for c in COLUMNS).rstrip())
    return "\n".join(lines)


def render_markdown(rows: list[Row], header: str) -> str:
    out = [header, "", "| " + " | ".join(COLUMNS) + " |",
           "|" + "|".join("---:" if c in ("words", "seconds", "words_per_s", "ratio_to_floor") else "---"
                          for c in COLUMNS) + "|"]
    for row in rows:
        cell = row.cells()
        out.append("| " + " | ".join(cell[c].replace("|", "\\|") for c in COLUMNS) + " |")
    return "\n".join(out) + "\n"


def render_csv(rows: list[Row]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["row", "words", "seconds", "words_per_s", "ratio", "ratio_unit", "target",
                     "result", "note"])
    for row in rows:
        wps = row.words_per_s
        writer.writerow([row.row, row.words if row.words is not None else "",
                         f"{row.seconds:.4f}" if row.seconds is not None else "",
                         f"{wps:.0f}" if wps is not None else "",
                         f"{row.ratio:.3f}" if row.ratio is not None else "",
                         row.ratio_label.strip() if row.ratio is not None else "",
                         row.target, row.cells()["result"], row.note])
    return buffer.getvalue()


def write_outputs(rows: list[Row], out_dir: Path, header: str) -> list[Path]:
    from analysis.outputs import atomic_write

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in (("bench.csv", render_csv(rows)), ("bench.md", render_markdown(rows, header))):
        written.append(atomic_write(out_dir / name,
                                    lambda tmp, content=content: tmp.write_text(content, encoding="utf-8")))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=None, help="use the first N articles (default: all)")
    parser.add_argument("--quick", action="store_true",
                        help="a fast smoke run: 200 articles (unless --sample), one repeat")
    parser.add_argument("--repeat", type=int, default=None,
                        help="repeats of each helper's timing, best kept (default 1; the floor: best of 3)")
    parser.add_argument("--out", type=Path, default=None, help="output folder (default reports/bench)")
    parser.add_argument("--_child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--_steps", default=",".join(PIPELINE_STEPS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args._child:
        _memory_child(args.sample, tuple(s for s in args._steps.split(",") if s))
        return 0

    files = default_corpus()
    if not files:
        from analysis.paths import SHARED_DATA_DIR

        print(f"bench: skipped: no SaudiNewsNet files (*.jsonl) in {SHARED_DATA_DIR / 'saudinewsnet'}",
              file=sys.stderr)
        return 0
    sample = args.sample if args.sample is not None else (200 if args.quick else None)
    bench = Bench(files, sample, args.quick, args.repeat or 1)
    started = time.perf_counter()
    bench.run()

    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (f"# Benchmark ({'quick, ' if args.quick else ''}{when})\n\n"
              f"SaudiNewsNet: {bench.details['articles']:,} articles, {bench.details['words']:,} words "
              f"(whitespace words of title + content) from {len(files)} file(s). "
              f"Python {platform.python_version()}, {os.cpu_count()} CPU(s), {platform.machine()}. "
              f"Ratio = floor words/s / row words/s (lower is better); import rows compare with "
              f"`import pandas`; memory rows: peak RSS growth / corpus growth vs the 25% run. "
              f"Whole bench: {time.perf_counter() - started:.0f} s.")
    print()
    print(header.replace("# ", "", 1))
    print()
    print(render_text(bench.rows))
    out_dir = args.out or PROJECT_ROOT / "reports" / "bench"
    for path in write_outputs(bench.rows, out_dir, header):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
