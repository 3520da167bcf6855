"""Bad and unusual inputs through the loader, every analysis and the command line.

Each input gets either a clear error (``LoadError``; exit code 2 and one ``error: ...`` line on
stderr, never a traceback) or a correct result. Outputs are written atomically: an exception in
the middle of a write leaves the previous outputs as they were. ``data/raw/`` is checked by the
session fixture in ``conftest.py``.
"""
from __future__ import annotations

import importlib
import importlib.util
import json
import os
import random
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from analysis.load import LoadError, load
from analysis.paths import DEFAULT_ARTICLE, PROJECT_ROOT

# --------------------------------------------------------------------------- inputs

ARABIC = (
    "داعش تمنع خروج مقاتليها الأصحّاء\n\n"
    "قال مراسل وكالة ستيب الإخبارية في دير الزور إن محاولة اقتحام مخيم الباغوز من قبل "
    "ميليشيا قسد فشلت رغم ثلاث محاولات قامت بها عناصر الميليشيا خلال اليومين الماضيين.\n\n"
    "وأكد المرصد السوري لحقوق الإنسان أن طيران التحالف الدولي قصف المخيم بعد منتصف الليل، "
    "وأشار إلى سقوط عشرات القتلى من المدنيين."
)
DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
EASTERN_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"


def _seed_paragraphs() -> list[str]:
    text = DEFAULT_ARTICLE.read_text(encoding="utf-8") if DEFAULT_ARTICLE.is_file() else ARABIC
    return [line.strip() for line in text.splitlines() if len(line.split()) > 15]


def _one_mb_line() -> bytes:
    words = " ".join(_seed_paragraphs()).translate(str.maketrans("", "", ".!?؟…")).split()
    out, size, i = [], 0, 0
    while size < 1 << 20:
        out.append(words[i % len(words)])
        size += len(out[-1].encode()) + 1
        i += 1
    return " ".join(out).encode("utf-8")


def _one_mb_token() -> bytes:
    return ("ابتثجحخدذرزسشصضطظعغفقكلمنهوي" * 40000)[: 1 << 19].encode("utf-8")  # 1 MiB of letters


def _html() -> bytes:
    return """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>عنوان الصفحة</title>
<style>body { color: red; } p::before { content: "نص مخفي في الأنماط"; }</style>
<script>var hidden = "نص مخفي في السكربت"; alert(hidden);</script>
</head><body>
<nav><a href="/">الرئيسية</a> | <a href="/news">أخبار</a></nav>
<article>
<h1>قسد تحاول اقتحام مخيم الباغوز</h1>
<script type="text/javascript">document.write("نص من السكربت");</script>
<p>قال مراسل وكالة ستيب الإخبارية إن محاولة اقتحام مخيم الباغوز فشلت رغم ثلاث محاولات.</p>
<style>.ad { display: none; }</style>
<h2>التحالف يستخدم القوة المفرطة</h2>
<p>وأكد المرصد السوري أن طيران التحالف قصف المخيم بعد منتصف الليل.</p>
<noscript>فعّل جافاسكربت</noscript>
</article>
<footer>جميع الحقوق محفوظة</footer>
</body></html>""".encode("utf-8")


def _binary_with_nul() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(7).randbytes(4000)


def _binary_without_nul() -> bytes:
    return bytes(b or 1 for b in random.Random(11).randbytes(4000))


def _jsonl_with_bad_records() -> bytes:
    lines = [
        json.dumps({"id": "good", "title": "قسد تحاول اقتحام مخيم الباغوز", "content": ARABIC},
                   ensure_ascii=False),
        '{"id": "broken", "content": "نص',  # invalid JSON
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "empty", "title": "", "content": "   "}),
    ]
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Case:
    data: Callable[[], bytes]
    suffix: str = ".txt"
    error: str | None = None  # a fragment of the expected LoadError message; None = loads
    check: Callable[[object], None] | None = None  # extra checks of the loaded Corpus


def _check_truncated(corpus) -> None:
    text = "\n".join(corpus.paragraphs["text"])
    assert text.endswith("من المدنيين. قس")  # the cut "د" is dropped, the rest is kept
    assert "\ufffd" not in text


def _same_text(corpus) -> None:
    joined = "\n\n".join(corpus.paragraphs["text"])
    assert joined == ARABIC
    assert corpus.articles["language"].tolist() == ["ar"]


def _check_html(corpus) -> None:
    text = "\n".join(corpus.paragraphs["text"])
    for hidden in ("alert", "color", "نص مخفي", "نص من السكربت", "document.write", "display",
                   "الرئيسية", "جميع الحقوق", "جافاسكربت"):
        assert hidden not in text, hidden
    assert corpus.articles["title"].tolist() == ["قسد تحاول اقتحام مخيم الباغوز"]
    assert corpus.paragraphs["kind"].tolist() == ["title", "body", "heading", "body"]


def _check_one_mb_line(corpus) -> None:
    assert corpus.articles["n_words"].item() == len(_one_mb_line().split())
    assert corpus.paragraphs["kind"].tolist() == ["body"]
    assert len(corpus.sentences) == 1


def _check_one_mb_token(corpus) -> None:
    assert "".join(corpus.paragraphs["text"]) == _one_mb_token().decode()


def _check_english(corpus) -> None:
    assert corpus.articles["language"].tolist() == ["other"]
    assert "Reuters" in " ".join(corpus.sentences["text"])


def _check_digits(corpus) -> None:
    text = " ".join(corpus.sentences["text"])
    assert "٦٠" in text and "۱۴" in text  # the loader keeps the text as written


def _check_mixed(corpus) -> None:
    text = " ".join(corpus.sentences["text"])
    assert "Joe Biden" in text and "NATO" in text and "بروكسل" in text


def _check_invisible(corpus) -> None:
    from analysis.load import load_text
    from analysis.text import remove_invisible

    # Invisible characters change nothing in the structure: same kinds, same sentences.
    clean = load_text(remove_invisible(CASES["zero_width_and_bidi"].data().decode("utf-8-sig")))
    assert corpus.paragraphs["kind"].tolist() == clean.paragraphs["kind"].tolist()
    assert [remove_invisible(t) for t in corpus.sentences["text"]] == clean.sentences["text"].tolist()
    assert remove_invisible(corpus.articles["section"].item()) == clean.articles["section"].item()
    assert corpus.articles["language"].tolist() == ["ar"]


def _check_jsonl(corpus) -> None:
    assert corpus.articles["article_id"].tolist() == ["good"]
    assert len(corpus.errors) == 3


CASES: dict[str, Case] = {
    "empty": Case(lambda: b"", error="empty"),
    "whitespace_only": Case(lambda: b"  \n\t \r\n \n\n   ", error="empty"),
    "binary_with_nul": Case(_binary_with_nul, error="binary"),
    "binary_without_nul": Case(_binary_without_nul, error=""),
    "truncated_utf8": Case(lambda: (ARABIC + " قسد").encode("utf-8")[:-1], check=_check_truncated),
    "windows_1256": Case(lambda: ARABIC.encode("cp1256"), check=_same_text),
    "utf16_bom": Case(lambda: ARABIC.encode("utf-16"), check=_same_text),
    "utf16le_no_bom": Case(lambda: ARABIC.encode("utf-16-le"), check=_same_text),
    "utf8_bom_crlf": Case(lambda: ARABIC.replace("\n", "\r\n").encode("utf-8-sig"), check=_same_text),
    "html_scripts_styles": Case(_html, suffix=".html", check=_check_html),
    "one_mb_line": Case(_one_mb_line, check=_check_one_mb_line),
    "one_mb_token": Case(_one_mb_token, check=_check_one_mb_token),
    "english_only": Case(lambda: (
        "Syria news\n\nFighting resumes in Baghuz\n\n"
        "Reuters said on Monday that the SDF resumed its assault on the camp. "
        "\"We are advancing,\" a spokesman told the agency.").encode(), check=_check_english),
    "diacritics_only": Case(lambda: ((DIACRITICS * 20 + " ") * 30 + "\n\n" + DIACRITICS * 50).encode()),
    "eastern_digits": Case(lambda: (
        "حصيلة القصف\n\nقُتل ٦٠ مدنياً في ۱۴ قرية عام ٢٠١٩، وأصيب ١٢٥ آخرون بحسب المرصد.\n\n"
        "وقال المرصد إن ۳۵ عنصراً من قسد قُتلوا في ٣ أيام.").encode(), check=_check_digits),
    "mixed_rtl_ltr": Case(lambda: (
        "قمة الناتو\n\nقال الرئيس الأمريكي Joe Biden إن حلف NATO سيجتمع في بروكسل (Brussels) "
        "يوم 12 March 2024، وفق وكالة Reuters.\n\nوأضاف أن the alliance is \"stronger than ever\"."
    ).encode(), check=_check_mixed),
    "zero_width_and_bidi": Case(lambda: (
        f"\ufeffداعش\u200f تمنع\u200b خروج مقاتليها\n\n"
        f"قال\u200e مراسل \u202bوكالة ستيب\u202c إن قسد\u200d فشلت في اقتحام مخيم \u2067الباغوز\u2069.\n\n"
        f"وأكد الم\u200cرصد أن قسد\u200f قصفت المخيم{INVISIBLE}.").encode(), check=_check_invisible),
    "jsonl_bad_records": Case(_jsonl_with_bad_records, suffix=".jsonl", check=_check_jsonl),
}
OK_CASES = [name for name, case in CASES.items() if case.error is None]
ERROR_CASES = [name for name, case in CASES.items() if case.error is not None]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bad_inputs")
    paths = {}
    for name, case in CASES.items():
        path = folder / f"{name}{case.suffix}"
        path.write_bytes(case.data())
        paths[name] = path
    return paths


def _load_quietly(path: Path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load(path)
    return corpus, [str(w.message) for w in caught]


# --------------------------------------------------------------------------- loader

@pytest.mark.parametrize("name", ERROR_CASES)
def test_loader_gives_a_clear_error(name, inputs):
    path = inputs[name]
    with pytest.raises(LoadError) as raised:
        load(path)
    message = str(raised.value)
    assert message.startswith(f"{path}: ") and CASES[name].error in message
    assert "\n" not in message and len(message) < 300


@pytest.mark.parametrize("name", OK_CASES)
def test_loader_gives_a_correct_result(name, inputs):
    corpus, messages = _load_quietly(inputs[name])
    assert len(corpus.articles) >= 1
    _check_tables(corpus)
    if CASES[name].check:
        CASES[name].check(corpus)
    if name == "truncated_utf8":
        assert any("middle of a UTF-8 character" in m for m in messages)
    if name in ("english_only", "diacritics_only"):
        assert any("no Arabic text" in m for m in messages)


def _check_tables(corpus) -> None:
    sentences = corpus.sentences
    paragraphs = corpus.paragraphs.set_index(["article_id", "paragraph_id"])["text"]
    for row in sentences.itertuples():
        assert paragraphs[(row.article_id, row.paragraph_id)][row.char_start:row.char_end] == row.text
    assert sentences.groupby("article_id")["sentence_id"].apply(
        lambda ids: ids.tolist() == list(range(1, len(ids) + 1))).all()
    assert set(sentences["article_id"]) <= set(corpus.articles["article_id"])


def test_load_text_rejects_blank_strings():
    from analysis.load import load_text

    for blank in ("", "   ", "\n\n\t"):
        with pytest.raises(LoadError):
            load_text(blank)


# --------------------------------------------------------------------------- analyses

def _module(name: str):
    try:
        return importlib.import_module(name)
    except ImportError as error:
        pytest.skip(f"{name} is not importable yet ({error}); its robustness tests are skipped")


def _keyed(table: pd.DataFrame, sentences: pd.DataFrame) -> None:
    assert isinstance(table, pd.DataFrame)
    if len(table):
        assert set(table["article_id"]) <= set(sentences["article_id"])


@pytest.fixture(scope="module")
def loaded(inputs) -> dict[str, pd.DataFrame]:
    """The sentences table of every input that loads."""
    return {name: _load_quietly(inputs[name])[0].sentences for name in OK_CASES}


@pytest.mark.parametrize("name", OK_CASES)
def test_tokens(name, loaded):
    from analysis.text import tokenize_sentences

    sentences = loaded[name]
    tokens = tokenize_sentences(sentences)
    assert set(tokens["article_id"]) <= set(sentences["article_id"])
    for norm in tokens["norm"]:
        assert not any(ch in INVISIBLE + EASTERN_DIGITS for ch in norm), repr(norm)


@pytest.mark.parametrize("name", OK_CASES)
def test_words(name, loaded):
    words = _module("analysis.words")
    sentences = loaded[name]
    table = words.word_frequencies(sentences)
    _keyed(table, sentences)
    assert (table["count"] > 0).all()
    for column in ("term", "norm"):
        if column in table.columns:
            for term in table[column]:
                assert term and not any(ch in INVISIBLE for ch in term), repr(term)
    if "norm" in table.columns:
        assert not any(ch in EASTERN_DIGITS for term in table["norm"] for ch in term)
    _keyed(words.ngram_frequencies(sentences, n=2), sentences)
    if name == "zero_width_and_bidi":
        counts = dict(zip(table["term"], table["count"]))
        assert counts.get("قسد") == 2  # "قسد\u200d" and "قسد\u200f" are one word
        assert counts.get("المرصد") == 1  # the ZWNJ inside it does not split or hide it
    if name == "diacritics_only":
        assert len(table) == 0


@pytest.mark.parametrize("name", OK_CASES)
def test_entities_rules(name, loaded):
    entities = _module("analysis.entities")
    sentences = loaded[name]
    mentions = entities.extract_mentions(sentences, backend="rules")
    _keyed(mentions, sentences)
    if len(mentions):
        keys = mentions[["article_id", "paragraph_id", "sentence_id"]].drop_duplicates()
        known = sentences[["article_id", "paragraph_id", "sentence_id"]]
        assert len(keys.merge(known)) == len(keys)  # every mention points at a real sentence
        entities.entity_frequencies(mentions)


@pytest.mark.parametrize("name", OK_CASES)
def test_attributions(name, loaded):
    attribution = _module("analysis.attribution")
    sentences = loaded[name]
    table = attribution.attributions(sentences)
    _keyed(table, sentences)
    # Output stays proportional to the input: no per-cue copy of the rest of a long sentence.
    text_chars = int(sentences["text"].str.len().sum())
    out_chars = int(table.astype(str).map(len).to_numpy().sum()) if len(table) else 0
    assert out_chars <= 10 * text_chars + 100_000, (out_chars, text_chars)
    per_sentence = attribution.sentence_attribution(sentences)
    _keyed(per_sentence, sentences)
    assert len(per_sentence) == len(sentences)  # one row per sentence


def test_analyses_accept_an_empty_sentences_table(loaded):
    """An article with no sentence (diacritics only) must give empty tables, not an error."""
    empty = loaded["english_only"].iloc[0:0]
    words = _module("analysis.words")
    assert len(words.word_frequencies(empty)) == 0
    assert len(words.ngram_frequencies(empty, n=2)) == 0
    for name, call in (("analysis.entities", lambda m: m.extract_mentions(empty, backend="rules")),
                       ("analysis.attribution", lambda m: m.attributions(empty)),
                       ("analysis.attribution", lambda m: m.sentence_attribution(empty))):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        assert len(call(module)) == 0


# --------------------------------------------------------------------------- a 50 MB article

@pytest.fixture(scope="module")
def big_article(tmp_path_factory) -> Path:
    """A 50 MB article: a title, then the seed's body paragraphs repeated, a blank line apart."""
    paragraphs = _seed_paragraphs()
    parts, size, i = ["معركة الباغوز: تقرير طويل جدا"], 0, 0
    while size < 50 << 20:
        parts.append(paragraphs[i % len(paragraphs)])
        size += len(parts[-1].encode()) + 2
        i += 1
    path = tmp_path_factory.mktemp("big") / "big_article.txt"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return path


def test_50mb_article_loads_and_counts_words(big_article):
    start = time.perf_counter()
    corpus = load(big_article)
    n_paragraphs = (big_article.read_text(encoding="utf-8").count("\n\n"))
    assert corpus.articles["n_paragraphs"].item() == n_paragraphs
    assert corpus.articles["n_words"].item() == len(big_article.read_text(encoding="utf-8").split())
    words = _module("analysis.words")
    table = words.word_frequencies(corpus.sentences, top_n=20)
    assert len(table) == 20 and table["count"].iloc[0] > 10_000
    assert time.perf_counter() - start < 120


def test_50mb_article_through_the_cli(big_article):
    _module("analysis.words")
    result = _cli("words", big_article, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr


# --------------------------------------------------------------------------- command line

COMMANDS = {
    "load": ("load", "--format", "jsonl"),
    "words": ("words",),
    "entities": ("entities", "--backend", "rules"),
    "attributions": ("attributions",),
}
COMMAND_MODULES = {"load": "analysis.load", "words": "analysis.words",
                   "entities": "analysis.entities", "attributions": "analysis.attribution"}
CLI_TIMEOUT = 240


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str


def _cli(command: str, path: Path, timeout: float = CLI_TIMEOUT) -> CliResult:
    """``python -m analysis COMMAND FILE`` in a fresh interpreter."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    result = subprocess.run(
        [sys.executable, "-m", "analysis", *COMMANDS[command], str(path)],
        capture_output=True, text=True, encoding="utf-8", errors="replace",
        timeout=timeout, cwd=PROJECT_ROOT, env=env,
    )
    return CliResult(result.returncode, result.stdout, result.stderr)


# Runs ``python -m analysis ARGS`` many times without paying the interpreter and import start-up
# each time: one process imports the package once, then forks a child per command line. The child
# runs the ``analysis`` module as ``__main__`` exactly as ``python -m`` does, with its own stdout,
# stderr and exit status; an uncaught exception prints the interpreter's traceback and exits 1.
_FORK_RUNNER = r"""
import importlib, json, os, runpy, signal, sys, traceback
for name in ("analysis.cli", "analysis.load", "analysis.text", "analysis.words",
             "analysis.entities", "analysis.attribution"):
    try:
        importlib.import_module(name)
    except BaseException:
        pass  # the child imports it again and reports the failure itself
jobs, timeout = json.load(sys.stdin), int(sys.argv[1])
running, codes, queue = {}, {}, list(enumerate(jobs))
while queue or running:
    while queue and len(running) < int(sys.argv[2]):
        index, job = queue.pop(0)
        pid = os.fork()
        if pid == 0:
            out = os.open(job["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            err = os.open(job["err"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
            os.dup2(out, 1); os.dup2(err, 2)
            sys.stdout = open(1, "w", encoding="utf-8", closefd=False)
            sys.stderr = open(2, "w", encoding="utf-8", errors="backslashreplace", closefd=False)
            signal.alarm(timeout)
            sys.argv = ["python -m analysis", *job["argv"]]
            code = 0
            try:
                runpy.run_module("analysis", run_name="__main__", alter_sys=True)
            except SystemExit as exit_:
                if exit_.code is None or isinstance(exit_.code, int):
                    code = exit_.code or 0
                else:
                    print(exit_.code, file=sys.stderr); code = 1
            except BaseException:
                traceback.print_exc(); code = 1
            try:
                sys.stdout.flush(); sys.stderr.flush()
            finally:
                os._exit(code)
        running[pid] = index
    pid, status = os.wait()
    codes[running.pop(pid)] = os.waitstatus_to_exitcode(status)
json.dump([codes[i] for i in range(len(jobs))], sys.stdout)
"""


def _cli_many(jobs: list[tuple[str, Path]], folder: Path, *, parallel: int = 2) -> list[CliResult]:
    specs = [{"argv": [*COMMANDS[command], str(path)], "out": str(folder / f"{i}.out"),
              "err": str(folder / f"{i}.err")} for i, (command, path) in enumerate(jobs)]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "200"}
    done = subprocess.run([sys.executable, "-c", _FORK_RUNNER, str(CLI_TIMEOUT), str(parallel)],
                          input=json.dumps(specs), capture_output=True, text=True, cwd=PROJECT_ROOT,
                          env=env, timeout=CLI_TIMEOUT * len(jobs), check=True)
    codes = json.loads(done.stdout)
    read = lambda name: Path(name).read_text(encoding="utf-8", errors="replace")  # noqa: E731
    return [CliResult(code, read(spec["out"]), read(spec["err"])) for code, spec in zip(codes, specs)]


def _available(command: str) -> bool:
    try:
        return importlib.util.find_spec(COMMAND_MODULES[command]) is not None
    except ImportError:
        return False


@pytest.fixture(scope="module")
def cli_results(inputs, tmp_path_factory) -> dict[tuple[str, str], CliResult]:
    """Every (input, command) pair, run once, two at a time."""
    jobs = [(name, command) for name in CASES for command in COMMANDS if _available(command)]
    results = _cli_many([(command, inputs[name]) for name, command in jobs],
                        tmp_path_factory.mktemp("cli_runs"), parallel=max(2, os.cpu_count() or 2))
    return dict(zip(jobs, results))


def _check_cli(name: str, command: str, result: CliResult, inputs: dict[str, Path]) -> None:
    stderr_lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    if CASES[name].error is not None:
        assert result.returncode == 2, result.stderr[-3000:]
        assert len(stderr_lines) == 1 and stderr_lines[0].startswith(f"error: {inputs[name]}: "), stderr_lines
        assert result.stdout == ""
        return
    assert result.returncode == 0, result.stderr[-3000:]
    assert all(line.startswith("warning: ") for line in stderr_lines), stderr_lines
    if command == "load":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        corpus, _ = _load_quietly(inputs[name])
        assert [row["text"] for row in rows] == corpus.paragraphs["text"].tolist()
    else:
        # The aligned table stays readable: no line longer than the widest table could need.
        input_size, output_size = inputs[name].stat().st_size, len(result.stdout)
        if output_size > 4 * input_size + 100_000:
            pytest.fail(f"`{command}` printed {output_size:,} characters for a {input_size:,}-byte input")


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", list(CASES))
def test_cli(name, command, cli_results, inputs):
    if not _available(command):
        pytest.skip(f"{COMMAND_MODULES[command]} does not exist yet: `{command}` not tested")
    _check_cli(name, command, cli_results[(name, command)], inputs)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", ["binary_with_nul", "zero_width_and_bidi"])
def test_cli_entry_point_in_a_fresh_interpreter(name, command, inputs):
    """The same checks through a real ``python -m analysis`` process (one error, one good input)."""
    if not _available(command):
        pytest.skip(f"{COMMAND_MODULES[command]} does not exist yet: `{command}` not tested")
    _check_cli(name, command, _cli(command, inputs[name]), inputs)


def test_cli_table_format_truncates_long_text(capsys):
    """``--format table`` promises columns cut at 80 characters (display.max_colwidth in cli.py)."""
    from analysis.cli import write_table

    write_table(pd.DataFrame({"article_id": ["a"], "text": ["قسد " * 500]}), "table")
    out = capsys.readouterr().out
    assert max(len(line) for line in out.splitlines()) <= 200, max(len(line) for line in out.splitlines())


# --------------------------------------------------------------------------- atomic outputs

class Interrupted(Exception):
    pass


def test_atomic_write_interrupted_keeps_previous_file(tmp_path):
    from analysis.outputs import atomic_write

    target = tmp_path / "tables" / "word_counts.csv"
    atomic_write(target, lambda tmp: tmp.write_text("term,count\nقسد,3\n", encoding="utf-8"))
    before = target.read_bytes()

    def half_then_fail(tmp: Path) -> None:
        tmp.write_text("term,count\nداعش,", encoding="utf-8")
        raise Interrupted("disk full")

    with pytest.raises(Interrupted):
        atomic_write(target, half_then_fail)
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["word_counts.csv"]  # no temp left

    with pytest.raises(KeyboardInterrupt):
        atomic_write(target, lambda tmp: (_ for _ in ()).throw(KeyboardInterrupt()))
    assert target.read_bytes() == before
    assert sorted(p.name for p in target.parent.iterdir()) == ["word_counts.csv"]


def test_atomic_write_first_write_interrupted_leaves_nothing(tmp_path):
    from analysis.outputs import atomic_write

    target = tmp_path / "new.csv"
    with pytest.raises(Interrupted):
        atomic_write(target, lambda tmp: (tmp.write_text("x"), (_ for _ in ()).throw(Interrupted()))[1])
    assert list(tmp_path.iterdir()) == []


def test_write_table_interrupted_keeps_previous_file(tmp_path, monkeypatch):
    from analysis.outputs import write_table

    target = tmp_path / "mentions.csv"
    write_table(pd.DataFrame({"mention": ["قسد"], "count": [3]}), target)
    before = target.read_bytes()

    def failing_to_csv(self, path, *args, **kwargs):
        Path(path).write_text("mention,count\nداع", encoding="utf-8")
        raise Interrupted("killed while writing")

    monkeypatch.setattr(pd.DataFrame, "to_csv", failing_to_csv)
    with pytest.raises(Interrupted):
        write_table(pd.DataFrame({"mention": ["داعش"], "count": [9]}), target)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["mentions.csv"]


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("interruption", [Interrupted, KeyboardInterrupt])
def test_staged_dir_interrupted_keeps_previous_outputs(tmp_path, interruption):
    from analysis.outputs import staged_dir

    target = tmp_path / "reports" / "article"
    with staged_dir(target) as stage:
        (stage / "tables").mkdir()
        (stage / "tables" / "word_counts.csv").write_text("term,count\nقسد,3\n", encoding="utf-8")
        (stage / "summary.json").write_text('{"articles": 1}', encoding="utf-8")
    before = _snapshot(target)
    assert set(before) == {"tables/word_counts.csv", "summary.json"}

    with pytest.raises(interruption):
        with staged_dir(target) as stage:
            (stage / "tables").mkdir()
            (stage / "tables" / "word_counts.csv").write_text("term,count\n", encoding="utf-8")
            raise interruption()
    assert _snapshot(target) == before
    assert [p.name for p in target.parent.iterdir()] == ["article"]  # no staging folder left

    with staged_dir(target) as stage:  # and the next complete run replaces it whole
        (stage / "summary.json").write_text('{"articles": 2}', encoding="utf-8")
    assert _snapshot(target) == {"summary.json": b'{"articles": 2}'}
    assert [p.name for p in target.parent.iterdir()] == ["article"]


def test_outputs_refuse_to_write_into_raw_data():
    from analysis.outputs import atomic_write, staged_dir
    from analysis.paths import RAW_DIR

    with pytest.raises(PermissionError):
        atomic_write(RAW_DIR / "new.csv", lambda tmp: tmp.write_text("x"))
    with pytest.raises(PermissionError):
        with staged_dir(RAW_DIR / "out"):
            pass
    assert not (RAW_DIR / "new.csv").exists() and not (RAW_DIR / "out").exists()


def test_interrupted_report_keeps_previous_outputs(tmp_path, monkeypatch, seed_path):
    """The report command: a failure while writing the second table leaves the first run whole."""
    report = _module("analysis.report")
    _module("analysis.attribution")
    _module("analysis.entities")
    out = tmp_path / "report"
    try:
        report.run_report([seed_path], out_dir=out, ner_backend="rules", progress=False)
    except ModuleNotFoundError as error:
        pytest.skip(f"the report needs {error.name}, which does not exist yet")
    before = _snapshot(out)
    assert before

    if not hasattr(report, "write_table"):
        pytest.skip("analysis.report does not write through analysis.outputs.write_table")
    real_write_table = report.write_table
    calls = []

    def failing_write_table(table, path):
        calls.append(path)
        if len(calls) == 2:
            raise Interrupted("killed in the middle of the report")
        return real_write_table(table, path)

    monkeypatch.setattr(report, "write_table", failing_write_table)
    with pytest.raises(Interrupted):
        report.run_report([seed_path], out_dir=out, ner_backend="rules", progress=False)
    assert _snapshot(out) == before
    assert [p.name for p in out.parent.iterdir()] == ["report"]
