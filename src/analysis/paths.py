"""Where the project keeps its inputs and outputs (cookiecutter-data-science layout)."""
from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
RAW_DIR = PROJECT_ROOT / "data" / "raw"
REPORTS_DIR = PROJECT_ROOT / "reports"
DEFAULT_ARTICLE = RAW_DIR / "step_news_baghuz_battle.txt"
# Public data shared beside the project for tests, evaluation and benchmarks (never copied in).
SHARED_DATA_DIR = PROJECT_ROOT.parent / "shared" / "data"


def report_dir(input_path: str | Path) -> Path:
    """``reports/<input-name>/``: where the outputs of one input go."""
    path = Path(input_path)
    name = path.stem if path.suffix else path.name
    return REPORTS_DIR / name
