"""Arabic figures: font choice, shaping and direction, bars, word cloud, atomic deterministic saving."""
from __future__ import annotations

import subprocess
import sys
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from analysis.plots import style  # noqa: E402
from analysis.plots import (  # noqa: E402
    arabic_font_path,
    find_arabic_font,
    plot_ngrams,
    plot_top_terms,
    plot_wordcloud,
    save_figure,
    use_arabic_style,
    wordcloud_image,
)
from analysis.words import ngram_frequencies, word_frequencies  # noqa: E402

NOTO_NASKH = Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf")


@pytest.fixture(autouse=True)
def _clean_style():
    with matplotlib.rc_context():
        yield
    plt.close("all")


@pytest.fixture(scope="module")
def seed_freqs(seed_sentences):
    return word_frequencies(seed_sentences)


@pytest.fixture(scope="module")
def seed_bigrams(seed_sentences):
    return ngram_frequencies(seed_sentences)


def _ink(fig) -> np.ndarray:
    """Boolean mask of dark pixels of a rendered figure."""
    fig.canvas.draw()
    rgba = np.asarray(fig.canvas.buffer_rgba())
    return rgba[..., :3].mean(axis=2) < 128


def _render_text(text: str, *, family=None) -> np.ndarray:
    fig = plt.figure(figsize=(4, 1.2), dpi=100)
    fig.text(0.5, 0.5, text, ha="center", va="center", fontsize=36,
             **({"family": family} if family else {}))
    mask = _ink(fig)
    plt.close(fig)
    return mask


# --------------------------------------------------------------------------- import hygiene

def test_import_analysis_does_not_import_pyplot():
    code = ("import sys, analysis, analysis.words; import analysis.plots; "
            "print('matplotlib.pyplot' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


# --------------------------------------------------------------------------- fonts and shaping

def test_style_prefers_noto_naskh_and_keeps_dejavu_for_latin():
    families = use_arabic_style()
    assert families[-1] == "DejaVu Sans"
    assert matplotlib.rcParams["font.family"] == families
    if NOTO_NASKH.is_file():
        assert families[0] == "Noto Naskh Arabic"
        assert arabic_font_path() == NOTO_NASKH


@pytest.mark.skipif(not NOTO_NASKH.is_file(), reason="fonts-noto-core is not installed")
def test_font_file_is_registered_when_missing_from_matplotlib_cache(monkeypatch):
    manager = font_manager.fontManager
    without = [f for f in manager.ttflist if f.name != "Noto Naskh Arabic"]
    monkeypatch.setattr(manager, "ttflist", without)
    assert "Noto Naskh Arabic" not in {f.name for f in manager.ttflist}
    assert find_arabic_font() == "Noto Naskh Arabic"
    assert any(Path(f.fname) == NOTO_NASKH for f in manager.ttflist)


def test_falls_back_to_dejavu_without_arabic_fonts(monkeypatch):
    monkeypatch.setattr(style, "FONT_DIRS", ())
    monkeypatch.setattr(style, "ARABIC_FAMILIES", ("No Such Arabic Font",))
    families = style.use_arabic_style(font=style.find_arabic_font(("No Such Arabic Font",)))
    assert families == ["DejaVu Sans"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing glyph would warn
        mask = _render_text("قسد Step 2019")
    assert mask.any()


def test_arabic_is_shaped_letters_joined():
    use_arabic_style()
    joined = _render_text("التحالف")
    # Zero-width non-joiners between the letters keep their order but forbid joining:
    # only a shaping engine draws the two differently.
    unjoined = _render_text("\u200c".join("التحالف"))
    assert joined.any() and unjoined.any()
    assert not np.array_equal(joined, unjoined)


def test_arabic_runs_right_to_left():
    use_arabic_style()
    # ل has a tall ascender; the tatweels after it are flat. Read right to left, the ل is the
    # first letter, so its ascender must be on the right of the drawn word.
    mask = _render_text("ل" + "ـ" * 8)
    rows, cols = np.nonzero(mask)
    top = rows.min()
    tall = cols[rows < top + (rows.max() - top) // 3]
    assert tall.mean() > cols.mean()


# --------------------------------------------------------------------------- figures

def test_plot_top_terms_largest_on_top(seed_freqs):
    use_arabic_style()
    ax = plot_top_terms(seed_freqs, top_n=10, title="الكلمات الأكثر تكراراً")
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert len(labels) == len(ax.patches) == 10
    assert labels == seed_freqs["term"].head(10).tolist()
    assert ax.yaxis_inverted()  # first label (largest) at the top
    widths = [p.get_width() for p in ax.patches]
    assert widths == sorted(widths, reverse=True) and widths[0] == 8
    assert ax.get_title() == "الكلمات الأكثر تكراراً"


def test_plot_top_terms_into_given_axes_and_several_articles():
    fig, (left, right) = plt.subplots(1, 2)
    freqs = pd.DataFrame({"article_id": ["a", "a", "b"], "term": ["قسد", "داعش", "قسد"],
                          "count": [2, 1, 3]})
    assert plot_top_terms(freqs, ax=right) is right
    assert [t.get_text() for t in right.get_yticklabels()] == ["قسد", "داعش"]
    assert [p.get_width() for p in right.patches] == [5, 1]  # summed over articles
    plot_top_terms(freqs, ax=left, article_id="b")
    assert [p.get_width() for p in left.patches] == [3]


def test_plot_ngrams(seed_bigrams):
    ax = plot_ngrams(seed_bigrams, top_n=8)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[0] == "مخيم الباغوز" and "التحالف الدولي" in labels
    ax = plot_ngrams(seed_bigrams, top_n=5, by="score")
    assert [p.get_width() for p in ax.patches] == sorted(
        (p.get_width() for p in ax.patches), reverse=True)


def test_wordcloud_is_seeded_and_deterministic(seed_freqs):
    first = wordcloud_image(seed_freqs, seed=0, width=400, height=240)
    again = wordcloud_image(seed_freqs, seed=0, width=400, height=240)
    other = wordcloud_image(seed_freqs, seed=1, width=400, height=240)
    assert np.array_equal(first.to_array(), again.to_array())
    assert first.layout_ == again.layout_
    assert not np.array_equal(first.to_array(), other.to_array())
    words = [word for (word, _), *_ in first.layout_]
    assert words[0] in ("التحالف", "قسد")  # raw Arabic strings, never reshaped


def test_wordcloud_font_shapes_arabic():
    from PIL import Image, ImageDraw, ImageFont, features

    assert features.check("raqm"), "Pillow without libraqm cannot shape Arabic"
    font = ImageFont.truetype(str(arabic_font_path()), 48)

    def draw(text):
        image = Image.new("L", (420, 90), 255)
        ImageDraw.Draw(image).text((10, 10), text, font=font, fill=0)
        return np.asarray(image) < 128

    joined, unjoined = draw("التحالف"), draw("\u200c".join("التحالف"))
    assert joined.any() and not np.array_equal(joined, unjoined)


def test_plot_wordcloud_returns_axes(seed_freqs):
    fig, ax = plt.subplots()
    assert plot_wordcloud(seed_freqs, ax=ax, width=300, height=200) is ax
    assert len(ax.images) == 1 and not ax.axison


# --------------------------------------------------------------------------- saving

def _figure(title="أكثر الكلمات تكراراً"):
    use_arabic_style()
    fig, ax = plt.subplots(figsize=(4, 3))
    ax.barh([0, 1], [8, 7])
    ax.set_yticks([0, 1], ["التحالف", "قسد"])
    ax.set_title(title)
    return fig


def test_save_figure_writes_all_formats(tmp_path):
    paths = save_figure(_figure(), "top_terms", out_dir=tmp_path / "figures")
    assert [p.name for p in paths] == ["top_terms.png", "top_terms.svg", "top_terms.pdf"]
    assert paths[0].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert paths[1].read_bytes().lstrip().startswith(b"<?xml")
    assert paths[2].read_bytes()[:5] == b"%PDF-"
    from PIL import Image

    with Image.open(paths[0]) as image:
        assert image.width > 1000  # 300 dpi
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == sorted(p.name for p in paths)


def test_save_figure_is_deterministic(tmp_path):
    first = save_figure(_figure(), "fig", out_dir=tmp_path / "one")
    second = save_figure(_figure(), "fig", out_dir=tmp_path / "two")
    for a, b in zip(first, second):
        assert a.read_bytes() == b.read_bytes(), a.name
    png = first[0].read_bytes()
    assert b"tIME" not in png and b"Matplotlib version" not in png
    assert b"CreationDate" not in first[2].read_bytes()


def test_save_figure_error_keeps_old_files_and_leaves_no_partial_file(tmp_path, monkeypatch):
    out = tmp_path / "figures"
    old = save_figure(_figure("قديم"), "fig", out_dir=out)
    before = {p.name: p.read_bytes() for p in old}
    fig = _figure("جديد")
    real_savefig = fig.savefig

    def failing_savefig(fname, *args, format=None, **kwargs):
        if format == "svg":  # the PNG is already rendered; the SVG breaks half-way through
            Path(fname).write_bytes(b"<?xml half written")
            raise OSError("disk full")
        return real_savefig(fname, *args, format=format, **kwargs)

    monkeypatch.setattr(fig, "savefig", failing_savefig)
    with pytest.raises(OSError, match="disk full"):
        save_figure(fig, "fig", out_dir=out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing new, no temp files

    fresh = tmp_path / "fresh"
    with pytest.raises(OSError):
        save_figure(fig, "fig", out_dir=fresh)
    assert list(fresh.iterdir()) == []


def test_save_figure_rejects_bad_names_and_formats(tmp_path):
    fig = _figure()
    with pytest.raises(ValueError):
        save_figure(fig, "../escape", out_dir=tmp_path)
    with pytest.raises(ValueError):
        save_figure(fig, "fig", out_dir=tmp_path, formats=("gif",))
    assert save_figure(fig, "fig.png", out_dir=tmp_path, formats=("png",))[0].name == "fig.png"
