"""Execute the project's notebooks on an input with papermill and export each to HTML."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from .outputs import staged_dir
from .paths import DEFAULT_ARTICLE, PROJECT_ROOT, report_dir

NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
CORPUS_SUFFIXES = {".jsonl", ".ndjson", ".json", ".csv", ".tsv"}


def resolve_io(input_path: str | Path | None, output_dir: str | Path | None, *,
               default: Path = DEFAULT_ARTICLE) -> tuple[Path, Path, Path]:
    """A notebook's ``(input_path, figures_dir, tables_dir)`` from its parameters.

    ``input_path=None`` means ``default``; ``output_dir=None`` means ``reports/<input-name>/``.
    """
    source = Path(input_path) if input_path else default
    out = Path(output_dir) if output_dir else report_dir(source)
    return source, out / "figures", out / "tables"


def notebook_paths() -> list[Path]:
    """The numbered notebooks, in reading order."""
    return sorted(NOTEBOOK_DIR.glob("[0-9][0-9]_*.ipynb"))


def is_corpus(input_path: str | Path) -> bool:
    path = Path(input_path)
    return path.is_dir() or path.suffix.lower() in CORPUS_SUFFIXES


def notebook_parameters(notebook: Path, input_path: Path, output_dir: Path, *,
                        ner_backend: str) -> dict:
    """The papermill parameters a notebook takes (05, corpus comparison, gets corpora only)."""
    parameters = {"output_dir": str(output_dir), "ner_backend": ner_backend}
    if notebook.name.startswith("05_"):
        if is_corpus(input_path):
            parameters["corpus_path"] = str(input_path)
    else:
        parameters["input_path"] = str(input_path)
    return parameters


def run_notebooks(input_path: str | Path = DEFAULT_ARTICLE, *, out_dir: str | Path | None = None,
                  ner_backend: str = "auto", notebooks: list[Path] | None = None,
                  html: bool = True) -> dict:
    """Execute every notebook on ``input_path``; outputs go to ``out_dir`` (default
    ``reports/<input-name>/``): executed notebooks and HTML in ``notebooks/``, figures in
    ``figures/``, tables in ``tables/``. The folder is replaced only when every notebook ran.
    """
    import papermill

    input_path = Path(input_path).resolve()
    if not input_path.exists():
        raise FileNotFoundError(f"{input_path}: no such file or folder")
    target = Path(out_dir) if out_dir else report_dir(input_path)
    started = time.perf_counter()
    executed = []
    with staged_dir(target) as staging:
        (staging / "notebooks").mkdir()
        for notebook in notebooks or notebook_paths():
            output = staging / "notebooks" / notebook.name
            print(f"running {notebook.name} ...", file=sys.stderr, flush=True)
            papermill.execute_notebook(
                str(notebook), str(output), cwd=str(NOTEBOOK_DIR), progress_bar=False,
                kernel_name="python3", language="python",
                parameters=notebook_parameters(notebook, input_path, staging, ner_backend=ner_backend),
            )
            if html:
                _export_html(output)
            executed.append(notebook.name)
        # Paths written inside the notebooks name the staging folder: point them at the target.
        for path in staging.rglob("*"):
            if path.suffix in (".ipynb", ".html"):
                path.write_text(path.read_text(encoding="utf-8").replace(str(staging), str(target)),
                                encoding="utf-8")
    return {"out_dir": str(target), "notebooks": executed,
            "seconds": round(time.perf_counter() - started, 1)}


def _export_html(notebook: Path) -> Path:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(notebook, as_version=4))
    path = notebook.with_suffix(".html")
    path.write_text(body, encoding="utf-8")
    return path
