import json
import subprocess
import sys

from analysis.cli import main


def test_load_prints_paragraphs_as_jsonl(seed_path, capsys):
    assert main(["load", str(seed_path), "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["kind"] for row in rows].count("body") == 10
    assert set(rows[0]) == {"article_id", "paragraph_id", "kind", "text"}


def test_load_sentences_as_csv(seed_path, capsys):
    assert main(["load", str(seed_path), "--level", "sentences", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article_id,paragraph_id,sentence_id,kind,text"
    assert len(lines) == 1 + 15  # title, 4 headings and 10 body paragraphs of one sentence each


def test_bad_input_is_one_clear_line(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert main(["load", str(empty)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"error: {empty}: the file is empty"


def test_import_analysis_is_light():
    code = "import sys, analysis, analysis.load, analysis.text; " \
           "print(any(m in sys.modules for m in ('torch', 'transformers', 'camel_tools.ner', 'matplotlib.pyplot')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
