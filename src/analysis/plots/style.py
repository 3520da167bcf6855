"""Arabic-ready matplotlib style and deterministic, atomic figure saving.

matplotlib 3.11 shapes Arabic itself (libraqm): strings are passed as they are, never through
``arabic_reshaper`` or ``bidi`` (which now reverses them). :func:`use_arabic_style` picks the best
installed Arabic font and keeps DejaVu Sans behind it so Latin letters and digits still render.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import matplotlib as mpl
from matplotlib import font_manager
from matplotlib.ticker import MaxNLocator

# Preferred Arabic families, best first, and where Debian/Ubuntu packages put them.
ARABIC_FAMILIES = ("Noto Naskh Arabic", "Amiri", "Noto Sans Arabic")
FALLBACK_FAMILY = "DejaVu Sans"
_FONT_FILES = {
    "Noto Naskh Arabic": ("NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf"),
    "Amiri": ("Amiri-Regular.ttf", "Amiri-Bold.ttf"),
    "Noto Sans Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
}
FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
)
FORMATS = ("png", "svg", "pdf")
# Fixed metadata: no dates, no version strings, so identical figures give identical files.
_METADATA = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
    "pdf": {"CreationDate": None, "ModDate": None, "Producer": None, "Creator": None},
}
_SAVE_RC = {"svg.hashsalt": "analysis-figures", "svg.fonttype": "path", "pdf.fonttype": 42}


def _installed_families() -> set[str]:
    return {entry.name for entry in font_manager.fontManager.ttflist}


def _font_files(family: str) -> list[Path]:
    found: list[Path] = []
    for folder in FONT_DIRS:
        if not folder.is_dir():
            continue
        for name in _FONT_FILES.get(family, ()):
            found.extend(sorted(folder.rglob(name)))
    return found


def register_font(path: str | Path) -> str:
    """Add a font file to matplotlib's font list (no cache rebuild needed); return its family."""
    font_manager.fontManager.addfont(str(path))
    return font_manager.FontProperties(fname=str(path)).get_name()


def find_arabic_font(preferred: Sequence[str] = ARABIC_FAMILIES) -> str:
    """The best Arabic font family matplotlib can use, registering a known font file if needed.

    Tries ``preferred`` in order: a family already in matplotlib's font list, else its file in
    the usual font folders (``fonts-noto-core`` installs Noto Naskh Arabic in
    ``/usr/share/fonts/truetype/noto/``). Falls back to DejaVu Sans, which has Arabic glyphs.
    """
    families = _installed_families()
    for family in preferred:
        if family in families:
            return family
        files = _font_files(family)
        if files:
            for path in files:
                register_font(path)
            if family in _installed_families():
                return family
    return FALLBACK_FAMILY


def arabic_font_path(family: str | None = None) -> Path:
    """The regular font file of ``family`` (default: :func:`find_arabic_font`), e.g. for a word cloud."""
    family = family or find_arabic_font()
    properties = font_manager.FontProperties(family=family, weight="regular")
    return Path(font_manager.findfont(properties, fallback_to_default=True))


def use_arabic_style(font: str | None = None, *, size: float = 11.0) -> list[str]:
    """Set matplotlib's rcParams for Arabic figures and return the font family list in use.

    The family list is ``[best Arabic font, "DejaVu Sans"]`` (glyph-by-glyph fallback, so Latin
    text renders); ``font`` forces a family. Also: readable sizes, no top/right spines, TrueType
    fonts embedded in PDF, text as paths in SVG, and a fixed SVG hash salt for reproducible files.
    """
    family = font or find_arabic_font()
    families = [family] if family == FALLBACK_FAMILY else [family, FALLBACK_FAMILY]
    mpl.rcParams.update({
        "font.family": families,
        "font.size": size,
        "axes.titlesize": size * 1.25,
        "axes.labelsize": size,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": False,
        "figure.dpi": 100,
        "savefig.dpi": 300,
        **_SAVE_RC,
    })
    return families


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


def save_figure(
    fig,
    name: str,
    *,
    out_dir: str | Path | None = None,
    formats: Iterable[str] = FORMATS,
    dpi: int = 300,
) -> list[Path]:
    """Write ``fig`` as ``<out_dir>/<name>.<fmt>`` for each format and return the paths.

    ``out_dir`` defaults to ``reports/figures``. Writing is atomic: every format is first rendered
    to a temporary file in ``out_dir``, and only when all of them succeeded are they moved into
    place with ``os.replace``; on any error the temporary files are removed and existing figures
    are left untouched. Output is deterministic (no dates or version strings in the metadata, a
    fixed SVG hash salt), so the same figure gives the same bytes.
    """
    if out_dir is None:
        from ..paths import REPORTS_DIR

        out_dir = REPORTS_DIR / "figures"
    formats = [fmt.lower().lstrip(".") for fmt in formats]
    if not formats:
        raise ValueError("formats is empty")
    unknown = [fmt for fmt in formats if fmt not in _METADATA]
    if unknown:
        raise ValueError(f"unsupported formats {unknown}; use some of {list(_METADATA)}")
    name = str(name)
    if not name or Path(name).name != name or name in (".", ".."):
        raise ValueError(f"name must be a plain file name without folders, not {name!r}")
    stem = name[: -len(Path(name).suffix)] if Path(name).suffix.lstrip(".") in _METADATA else name
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)

    written: list[tuple[Path, Path]] = []
    try:
        with mpl.rc_context(_SAVE_RC):
            for fmt in formats:
                handle, temp = tempfile.mkstemp(prefix=f".{stem}.", suffix=f".{fmt}.part", dir=out)
                os.close(handle)
                written.append((Path(temp), out / f"{stem}.{fmt}"))
                fig.savefig(temp, format=fmt, dpi=dpi, metadata=_METADATA[fmt],
                            facecolor="white", bbox_inches="tight", pad_inches=0.1)
        mode = 0o666 & ~_umask()
        for temp, final in written:
            os.chmod(temp, mode)
            os.replace(temp, final)
    except BaseException:
        for temp, _ in written:
            temp.unlink(missing_ok=True)
        raise
    return [final for _, final in written]


def ranked_bars(ax, labels: list[str], values: list[float], *, color, title, xlabel, fmt=str) -> None:
    """Horizontal bars, first label on top, each bar annotated with ``fmt(value)``."""
    positions = list(range(len(labels)))
    ax.barh(positions, values, color=color, height=0.72)
    if all(float(v).is_integer() for v in values):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_yticks(positions, labels)
    ax.invert_yaxis()  # largest on top
    ax.set_xlabel(xlabel)
    ax.margins(x=0.12)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", alpha=0.3, linewidth=0.6)
    ax.set_axisbelow(True)
    for position, value in zip(positions, values):
        ax.annotate(fmt(value), (value, position), xytext=(3, 0), textcoords="offset points",
                    va="center", ha="left", fontsize="small")
    if title:
        ax.set_title(title)
