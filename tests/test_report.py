"""The report command: every table and figure, written whole, identical across runs and engines."""
import hashlib
import json
import subprocess
import sys
import warnings

import pandas as pd
import pytest

from analysis.load import load
from analysis.report import run_report


def _digests(folder, suffixes):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.suffix in suffixes}


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory, seed_path):
    out = tmp_path_factory.mktemp("report") / "seed"
    summary = run_report(seed_path, out_dir=out, ner_backend="rules", progress=False)
    return out, summary


def test_report_writes_tables_figures_and_summary(seed_report):
    out, summary = seed_report
    assert summary["articles"] == 1 and summary["errors"] == 0
    assert summary["sentences"] == 15
    assert summary["entity_mentions"] > 0 and summary["attributions"] > 0
    for name in ("articles", "paragraphs", "sentences", "word_counts", "top_words", "ngrams",
                 "mentions", "entity_frequencies", "cooccurrence", "attributions",
                 "sentence_attribution"):
        for suffix in (".csv", ".parquet"):
            path = out / "tables" / f"{name}{suffix}"
            assert path.stat().st_size > 0, path
    figures = list((out / "figures").iterdir())
    for suffix in (".png", ".svg", ".pdf"):
        assert sum(p.suffix == suffix for p in figures) >= 4
    assert json.loads((out / "summary.json").read_text(encoding="utf-8"))["articles"] == 1


def test_report_tables_agree_with_the_helpers(seed_report, seed_path):
    from analysis.attribution import sentence_attribution
    from analysis.entities import extract_mentions
    from analysis.words import word_frequencies

    out, _ = seed_report
    sentences = load(seed_path).sentences
    words = pd.read_parquet(out / "tables" / "word_counts.parquet")
    expected = word_frequencies(sentences)
    assert words[["term", "count"]].values.tolist() == expected[["term", "count"]].values.tolist()
    mentions = pd.read_parquet(out / "tables" / "mentions.parquet")
    assert sorted(mentions["canonical"]) == sorted(extract_mentions(sentences, backend="rules")["canonical"])
    per_sentence = pd.read_parquet(out / "tables" / "sentence_attribution.parquet")
    assert per_sentence["category"].tolist() == sentence_attribution(sentences)["category"].tolist()


def test_two_runs_give_identical_files(seed_report, tmp_path, seed_path):
    out, _ = seed_report
    again = tmp_path / "again"
    run_report(seed_path, out_dir=again, ner_backend="rules", progress=False)
    assert _digests(out, {".csv", ".parquet", ".png", ".svg", ".pdf"}) == \
        _digests(again, {".csv", ".parquet", ".png", ".svg", ".pdf"})


def test_failed_report_leaves_previous_outputs(seed_report, tmp_path, seed_path):
    out = tmp_path / "kept"
    run_report(seed_path, out_dir=out, ner_backend="rules", progress=False)
    before = _digests(out, {".csv", ".png"})
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "analysis", "report", str(empty), "--out", str(out)],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"error: {empty}: the file is empty"
    assert _digests(out, {".csv", ".png"}) == before


def _sample(saudinewsnet_dir, tmp_path, n):
    path = tmp_path / "sample.jsonl"
    # every k-th record, so that the sample spans the outlets (the file is grouped by outlet)
    lines = (saudinewsnet_dir / "2015-08-02.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    lines = lines[:: len(lines) // n][:n]
    path.write_text("".join(lines) + '{"title": "", "content": ""}\n', encoding="utf-8")
    return path


@pytest.mark.integration
def test_report_command_on_a_50_article_sample(saudinewsnet_dir, tmp_path):
    sample = _sample(saudinewsnet_dir, tmp_path, 50)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "analysis", "report", str(sample), "--out", str(out),
                             "--backend", "rules", "--quiet"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    summary = json.loads(result.stdout)
    assert summary["articles"] == 50
    assert summary["errors"] == 1  # the empty record is reported, the others are analysed
    errors = pd.read_csv(out / "tables" / "errors.csv")
    assert errors["article_id"].tolist() == ["sample-00051"]
    articles = pd.read_csv(out / "tables" / "articles.csv")
    assert len(articles) == 50 and articles["outlet"].nunique() > 3
    per_sentence = pd.read_csv(out / "tables" / "sentence_attribution.csv")
    sentences = pd.read_csv(out / "tables" / "sentences.csv")
    assert len(per_sentence) == len(sentences)
    assert (out / "figures" / "top_words.png").stat().st_size > 10_000


@pytest.mark.integration
def test_dask_engine_matches_pandas_engine(saudinewsnet_dir, tmp_path):
    sample = _sample(saudinewsnet_dir, tmp_path, 24)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run_report(sample, out_dir=tmp_path / "pandas", ner_backend="rules", progress=False)
        run_report(sample, out_dir=tmp_path / "dask", ner_backend="rules", engine="dask", workers=2,
                   progress=False)
    for name in ("word_counts", "ngrams", "mentions", "attributions", "sentence_attribution",
                 "entity_frequencies", "attribution_by_article"):
        a = (tmp_path / "pandas" / "tables" / f"{name}.csv").read_bytes()
        b = (tmp_path / "dask" / "tables" / f"{name}.csv").read_bytes()
        assert a == b, name


def test_each_articles_rows_do_not_depend_on_the_others(seed_corpus):
    """Any partition of a corpus gives the same rows: what the Dask engine relies on."""
    from analysis.load import concat, load_text
    from analysis.report import analyse_sentences

    other = load_text("قالت وزارة الخارجية في بيان إن الاجتماع انتهى.\nوأضاف المتحدث أن الوفد غادر إلى الرياض.",
                      article_id="other", outlet="sabq")
    both = concat([seed_corpus, other])
    together = analyse_sentences(both.sentences, articles=both.articles)
    for name, table in together.items():
        alone = pd.concat([
            analyse_sentences(part.sentences, articles=part.articles)[name]
            for part in (seed_corpus, other)], ignore_index=True)
        def by_article(frame):
            return frame.sort_values("article_id", kind="stable").reset_index(drop=True)

        assert by_article(table).equals(by_article(alone)), name
