"""The notebooks really execute: `make report` runs them all on the seed (here into a tmp folder)."""
import json
import subprocess
import sys

import nbformat
import pytest

from analysis.notebooks import notebook_paths

pytestmark = pytest.mark.notebook


@pytest.fixture(scope="module")
def executed(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("report") / "seed"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "notebooks", str(seed_path), "--out", str(out), "--backend", "rules"],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out, json.loads(result.stdout)


def test_every_notebook_executed(executed):
    out, summary = executed
    names = [path.name for path in notebook_paths()]
    assert len(names) >= 5
    assert summary["notebooks"] == names
    for name in names:
        notebook = nbformat.read(out / "notebooks" / name, as_version=4)
        code = [cell for cell in notebook.cells if cell.cell_type == "code"]
        assert code and all(cell.get("execution_count") for cell in code), name
        errors = [o for cell in code for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, name
        assert (out / "notebooks" / name).with_suffix(".html").stat().st_size > 10_000


def test_notebooks_write_figures_and_tables(executed):
    out, _ = executed
    figures = sorted(p.name for p in (out / "figures").iterdir())
    tables = sorted(p.name for p in (out / "tables").iterdir())
    for suffix in (".png", ".svg", ".pdf"):
        assert sum(name.endswith(suffix) for name in figures) >= 4, (suffix, figures)
    assert {"articles.csv", "paragraphs.csv", "sentences.csv"} <= set(tables)
    assert all((out / "figures" / name).stat().st_size > 1000 for name in figures)


def test_committed_notebooks_have_no_outputs_and_are_paired():
    for path in notebook_paths():
        notebook = nbformat.read(path, as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert not cell.get("outputs") and not cell.get("execution_count"), path.name
        assert path.with_suffix(".py").is_file(), f"{path.name} has no paired py:percent script"
        tags = [cell.metadata.get("tags", []) for cell in notebook.cells if cell.cell_type == "code"]
        assert "parameters" in tags[0], f"{path.name}: first code cell must be tagged parameters"


def test_paired_scripts_match_notebooks():
    import jupytext

    for path in notebook_paths():
        script = jupytext.read(path.with_suffix(".py"))
        notebook = nbformat.read(path, as_version=4)
        assert [c.source for c in script.cells] == [c.source for c in notebook.cells], (
            f"{path.name} and its .py differ: run `make sync-notebooks`")
