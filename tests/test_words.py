"""Word frequencies, n-grams, TF-IDF, keyness and transliteration on real phrases of the seed."""
from __future__ import annotations

import json
import math
import shutil
import time

import pandas as pd
import pytest

from analysis import text as text_module
from analysis.paths import DEFAULT_ARTICLE, PROJECT_ROOT
from analysis.text import is_stopword, is_word, normalize, strip_article, tokenize_sentences
from analysis.words import (
    FREQUENCY_COLUMNS,
    LemmatizerUnavailable,
    NGRAM_COLUMNS,
    add_transliteration,
    document_frequency,
    keyness,
    light_stem,
    ngram_frequencies,
    resolve_lemmatizer,
    term_document_matrix,
    tfidf,
    transliterate,
    word_frequencies,
)

REQUIRED_TOP10 = ["قسد", "التحالف", "الباغوز", "داعش", "مخيم"]
BOILERPLATE = ["مقالات ذات صلة", "زر الذهاب إلى الأعلى"]


def table(*rows, article_id="a"):
    """A sentences table from texts (one sentence each) or (article_id, text) pairs."""
    records = []
    counters: dict[str, int] = {}
    for row in rows:
        aid, text = row if isinstance(row, tuple) else (article_id, row)
        counters[aid] = counters.get(aid, 0) + 1
        records.append({"article_id": aid, "paragraph_id": counters[aid],
                        "sentence_id": counters[aid], "kind": "body", "text": text})
    return pd.DataFrame(records)


@pytest.fixture(scope="module")
def seed_by_hand() -> pd.DataFrame:
    """The seed as a sentences table built by hand (one row per block, boilerplate kept as its
    own kind), so these tests do not depend on the loader's structure detection."""
    blocks = [b.strip() for b in DEFAULT_ARTICLE.read_text(encoding="utf-8").split("\n\n")]
    blocks = [b for b in blocks if b.strip()]
    section, title, rest = blocks[0], blocks[1], blocks[2:]
    assert section == "اخبار سوريا" and rest[-2:] == BOILERPLATE
    records = [("title", title)]
    for block in rest:
        if block in BOILERPLATE:
            kind = "boilerplate"
        elif block.endswith((".", "!", "؟")) and len(block.split()) > 12:
            kind = "body"
        else:
            kind = "heading"
        records.append((kind, block))
    assert [k for k, _ in records].count("heading") == 4
    assert [k for k, _ in records].count("body") == 10
    return pd.DataFrame({
        "article_id": "seed",
        "paragraph_id": range(1, len(records) + 1),
        "sentence_id": range(1, len(records) + 1),
        "kind": [k for k, _ in records],
        "text": [t for _, t in records],
    })


# --------------------------------------------------------------------------- words

def test_clitic_forms_count_together():
    freqs = word_frequencies(table(
        "داعش تمنع خروج مقاتليها الأصحّاء، والتحالف يستخدم “القوة المفرطة” في حربه!!",
        "يُشار إلى أنَّ التحالف الدولي يستخدم “القوة المفرطة” خلال مساندته لقسد",
        "اتفاق بين قسد وداعش، فما هو؟",
        "مقتل قيادي بارز لـ داعش في الباغوز",
    ))
    counts = dict(zip(freqs["term"], freqs["count"]))
    assert counts["التحالف"] == 2  # والتحالف + التحالف
    assert counts["داعش"] == 3  # داعش + وداعش + لـ داعش
    assert counts["قسد"] == 2  # قسد + لقسد
    assert counts["يستخدم"] == 2
    assert "والتحالف" not in counts and "وداعش" not in counts and "لقسد" not in counts


def test_columns_dtypes_and_ranks():
    freqs = word_frequencies(table("قسد قسد التحالف الباغوز الباغوز داعش مخيم"))
    assert list(freqs.columns) == FREQUENCY_COLUMNS
    assert freqs["term"].dtype == "str" and freqs["count"].dtype == "int64"
    # count descending, ties by term
    assert freqs["term"].tolist() == ["الباغوز", "قسد", "التحالف", "داعش", "مخيم"]
    assert freqs["rank"].tolist() == [1, 2, 3, 4, 5]
    assert freqs["share"].sum() == pytest.approx(1.0)
    assert freqs.loc[0, "share"] == pytest.approx(2 / 7)
    assert set(freqs["unit"]) == {"word"} and set(freqs["lemmatizer"]) == {"none"}


def test_seed_top10_content_words(seed_by_hand):
    top = word_frequencies(seed_by_hand, top_n=10)
    assert len(top) == 10 and top["rank"].tolist() == list(range(1, 11))
    bare = {strip_article(normalize(t)) for t in top["term"]}
    for word in REQUIRED_TOP10:
        assert strip_article(normalize(word)) in bare, (word, top["term"].tolist())
    boilerplate_words = {normalize(w) for line in BOILERPLATE for w in line.split()}
    for term in top["term"]:
        assert not is_stopword(term), term
        assert all(ch.isalpha() for ch in term), term  # no punctuation, no digits
        assert normalize(term) not in boilerplate_words, term


def test_seed_top10_through_the_loader(seed_sentences):
    top = word_frequencies(seed_sentences, top_n=10)
    bare = {strip_article(t) for t in top["norm"]}
    assert {strip_article(normalize(w)) for w in REQUIRED_TOP10} <= bare
    assert top.iloc[0]["term"] in ("التحالف", "قسد") and top.iloc[0]["count"] == 8


def test_boilerplate_rows_are_not_counted_but_can_be(seed_by_hand):
    default = word_frequencies(seed_by_hand)
    assert "زر" not in set(default["term"]) and "الذهاب" not in set(default["term"])
    everything = word_frequencies(seed_by_hand, kinds=None)
    assert {"زر", "الذهاب", "مقالات"} <= set(everything["term"])


def test_readable_spelling_is_shown_for_normalised_key(seed_by_hand):
    freqs = word_frequencies(seed_by_hand).set_index("norm")
    assert freqs.loc["الاصحاء", "term"] == "الأصحاء"  # الأصحّاء، الأصحاء
    assert freqs.loc["القوه", "term"] == "القوة"
    assert freqs.loc["الاطفال", "term"] == "الأطفال"
    assert freqs.loc["مؤقت", "count"] == 3


def test_same_counts_as_tokenize_sentences(seed_by_hand):
    tokens = tokenize_sentences(seed_by_hand[seed_by_hand["kind"] != "boilerplate"])
    expected = tokens[tokens["is_word"] & ~tokens["is_stopword"]].groupby("norm").size()
    freqs = word_frequencies(seed_by_hand).set_index("norm")["count"]
    assert freqs.sort_index().to_dict() == expected.sort_index().to_dict()


def test_per_type_shortcuts_agree_with_the_text_helpers(seed_by_hand):
    from analysis.text import display_form, tokenize
    from analysis.text import _PLAIN_LETTERS, normalize_piece, word_tokens

    words = {w for text in seed_by_hand["text"] for w in text.split()}
    words |= {a + b + "ة" for a in _PLAIN_LETTERS for b in "أإآىؤئء"}
    for word in sorted(words):
        assert word_tokens(word) == tuple(tokenize(display_form(word))), word
        for piece in word_tokens(word):
            assert normalize_piece(piece) == (normalize(piece), is_word(piece)), piece


def test_stopwords_false_keeps_function_words_not_punctuation():
    freqs = word_frequencies(table("قال مراسل وكالة “ستيب الإخبارية” في ديرالزور، إنَّ محاولة 60"),
                             stopwords=False)
    terms = set(freqs["term"])
    assert {"في", "إن", "قال"} <= terms
    assert all(is_word(t) for t in terms) and "60" not in terms and "،" not in terms


def test_top_n_and_several_articles_are_ranked_per_article():
    freqs = word_frequencies(table(("b", "قسد قسد داعش"), ("a", "الباغوز مخيم مخيم التحالف")),
                             top_n=2)
    assert freqs["article_id"].tolist() == ["a", "a", "b", "b"]
    assert freqs["term"].tolist() == ["مخيم", "الباغوز", "قسد", "داعش"]  # ties by term
    assert freqs.groupby("article_id")["rank"].apply(list).to_dict() == {"a": [1, 2], "b": [1, 2]}


def test_row_order_does_not_change_the_result(seed_by_hand):
    shuffled = seed_by_hand.sample(frac=1.0, random_state=3)
    assert word_frequencies(shuffled).equals(word_frequencies(seed_by_hand))


def test_empty_input_gives_empty_table():
    freqs = word_frequencies(table("، . !"))
    assert freqs.empty and list(freqs.columns) == FREQUENCY_COLUMNS
    assert ngram_frequencies(table("قسد")).empty


def test_light_stem_examples():
    assert light_stem("التحالف") == "تحالف"
    assert light_stem("المخيمات") == "مخيم"
    assert light_stem("المخيم") == "مخيم"
    assert light_stem("القوة") == "قوة"  # too short to lose its teh marbuta
    assert light_stem("المدنيين") == "مدني"
    assert light_stem("شاحنتين") == "شاحن" == light_stem("شاحنة")
    assert light_stem("الأصحّاء") == "أصحاء"  # spelling kept


def test_stem_unit_merges_article_and_plural(seed_by_hand):
    stems = word_frequencies(seed_by_hand, unit="stem").set_index("term")
    words = word_frequencies(seed_by_hand).set_index("norm")["count"]
    # مخيم (4) + المخيم (3, one of them in للمخيم) + المخيمات (1)
    assert stems.loc["مخيم", "count"] == words["مخيم"] + words["المخيم"] + words["المخيمات"] == 8
    assert stems.loc["تحالف", "count"] == 8
    assert set(stems["unit"]) == {"stem"}


def test_lemma_unit_with_farahidi(seed_by_hand):
    lemmas = word_frequencies(seed_by_hand, unit="lemma", lemmatizer="farahidi")
    assert set(lemmas["lemmatizer"]) == {"farahidi"} and set(lemmas["unit"]) == {"lemma"}
    by_term = lemmas.set_index("term")
    assert by_term.loc["مخيم", "count"] == 8  # مخيم ×4، المخيم ×2، للمخيم، المخيمات
    assert by_term.loc["تحالف", "count"] == 8
    assert by_term.loc["محاولة", "count"] == 3  # محاولة، محاولات ×2
    assert bool(by_term.loc["داعش", "analyzed"]) is True
    assert bool(by_term.loc["قسد", "analyzed"]) is False  # unknown name, kept as is
    assert bool(by_term.loc["باغوز", "analyzed"]) is False
    top10 = set(lemmas.head(10)["term"])
    assert {"قسد", "تحالف", "باغوز", "داعش", "مخيم"} <= top10


def test_lemmatizer_falls_back_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "no-camel-data"))
    assert resolve_lemmatizer("auto") == "farahidi"
    with pytest.raises(LemmatizerUnavailable, match="camel_data -i light"):
        resolve_lemmatizer("camel")
    with pytest.raises(ValueError):
        resolve_lemmatizer("spacy")
    freqs = word_frequencies(table("مخيم المخيمات"), unit="lemma")
    assert freqs.attrs["lemmatizer"] == "farahidi" and freqs["count"].tolist() == [2]


def _fake_camel_data(root):
    (root / "data" / "morphology_db" / "calima-msa-r13").mkdir(parents=True)
    (root / "data" / "morphology_db" / "calima-msa-r13" / "morphology.db").write_text("")
    (root / "catalogue.json").write_text("{ not json")
    return root


def test_broken_camel_install_warns_and_falls_back(tmp_path, monkeypatch):
    import sys

    import analysis.words as words_module

    monkeypatch.setenv("CAMELTOOLS_DATA", str(_fake_camel_data(tmp_path / "camel")))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))  # camel_tools.data may create ~/.camel_tools
    loaded = set(sys.modules)
    words_module._camel_disambiguator.cache_clear()
    try:
        assert words_module.camel_morphology_installed()
        with pytest.warns(UserWarning, match="camel_data -i light"):
            assert resolve_lemmatizer("auto") == "farahidi"
    finally:
        words_module._camel_disambiguator.cache_clear()
        # camel_tools.data.catalogue caches CAMELTOOLS_DATA at import: forget this fake one.
        for name in set(sys.modules) - loaded:
            if name.startswith("camel_tools"):
                del sys.modules[name]


def test_camel_lemmas_are_used_when_installed(monkeypatch):
    """The CAMeL path, with a stand-in for the MLE disambiguator (its data is not installed here)."""
    import analysis.words as words_module
    from types import SimpleNamespace

    lexicon = {"المخيمات": "مُخَيَّم_1", "مخيم": "مُخَيَّم_1", "قسد": "NOAN"}

    class FakeMLE:
        def disambiguate(self, words):
            lex = lexicon.get(words[0])
            analyses = [SimpleNamespace(analysis={"lex": lex})] if lex else []
            return [SimpleNamespace(word=words[0], analyses=analyses)]

    monkeypatch.setattr(words_module, "camel_morphology_installed", lambda: True)
    monkeypatch.setattr(words_module, "_camel_disambiguator", lambda: FakeMLE())
    words_module._lemma_camel.cache_clear()
    try:
        assert resolve_lemmatizer("auto") == "camel"
        freqs = word_frequencies(table("مخيم المخيمات قسد"), unit="lemma")
        assert set(freqs["lemmatizer"]) == {"camel"}
        assert dict(zip(freqs["term"], freqs["count"])) == {"مخيم": 2, "قسد": 1}
        assert dict(zip(freqs["term"], freqs["analyzed"])) == {"مخيم": True, "قسد": False}
    finally:
        words_module._lemma_camel.cache_clear()


def test_bad_unit_is_rejected():
    with pytest.raises(ValueError, match="unit"):
        word_frequencies(table("قسد"), unit="root")


# --------------------------------------------------------------------------- n-grams

def test_seed_bigrams(seed_by_hand):
    bigrams = ngram_frequencies(seed_by_hand)
    assert list(bigrams.columns) == NGRAM_COLUMNS
    by_term = bigrams.set_index("term")
    assert by_term.loc["التحالف الدولي", "count"] == 2
    assert by_term.loc["مخيم الباغوز", "count"] == 4
    assert "التحالف الدولي" in set(bigrams.head(10)["term"])
    for norm in bigrams["norm"]:
        first, last = norm.split()[0], norm.split()[-1]
        assert not is_stopword(first) and not is_stopword(last), norm
    # never across punctuation: "ميليشيا قسد، فشلت" and "الأصحّاء، والتحالف"
    assert "قسد فشلت" not in by_term.index
    assert not any(t.startswith("الأصحاء") and "التحالف" in t for t in by_term.index)


def test_bigrams_do_not_cross_sentences():
    rows = table("وعاود طيران التحالف", "الدولي قصفه على مخيم الباغوز")
    assert "التحالف الدولي" not in set(ngram_frequencies(rows)["term"])
    assert "التحالف الدولي" in set(ngram_frequencies(table("طيران التحالف الدولي"))["term"])


def test_trigrams_allow_inner_stopwords_and_reattach_clitics(seed_by_hand):
    trigrams = ngram_frequencies(seed_by_hand, n=3).set_index("term")
    assert trigrams.loc["اقتحام مخيم الباغوز", "count"] == 2
    assert "المصابين من المدنيين" in trigrams.index  # inner stopword
    assert "النساء والأطفال" in trigrams.index  # split و re-attached for display
    assert trigrams.loc["النساء والأطفال", "norm"] == "النساء و الاطفال"


def test_pmi_and_llr_values():
    rows = table("ممر آمن", "ممر طويل")  # unigrams: ممر 2, امن 1, طويل 1; N = 4, 2 positions
    pmi = ngram_frequencies(rows, stopwords=False).set_index("norm")
    assert pmi.loc["ممر امن", "score"] == pytest.approx(math.log2((1 / 2) / ((2 / 4) * (1 / 4))))
    llr = ngram_frequencies(rows, measure="llr", stopwords=False).set_index("norm")
    # 2x2 table for (ممر, امن) over 2 bigram positions: [[1, 1], [0, 0]]: no evidence either way
    assert llr.loc["ممر امن", "score"] == pytest.approx(0.0)
    rows = table("التحالف الدولي", "التحالف الدولي", "قصف المخيم", "قرب النهر")
    llr = ngram_frequencies(rows, measure="llr").set_index("norm")
    observed = [[2, 0], [0, 2]]
    expected = 2 * sum(o * math.log(o / 1.0) for row in observed for o in row if o)
    assert llr.loc["التحالف الدولي", "score"] == pytest.approx(expected)
    assert set(llr["measure"]) == {"llr"}


def test_sort_by_score_and_min_count(seed_by_hand):
    by_score = ngram_frequencies(seed_by_hand, measure="llr", sort_by="score", min_count=2)
    assert (by_score["count"] >= 2).all()
    assert by_score["score"].is_monotonic_decreasing
    assert by_score.iloc[0]["term"] in ("القوة المفرطة", "مخيم الباغوز")


@pytest.fixture
def lexicon_with_amn(tmp_path, monkeypatch):
    """A copy of data/lexicons where أمن (security; آمن safe) is declared a content word."""
    folder = tmp_path / "lexicons"
    shutil.copytree(PROJECT_ROOT / "data" / "lexicons", folder)
    with (folder / "stopwords_excluded.csv").open("a", encoding="utf-8") as handle:
        handle.write("أمن,security / safe: a content word in news\n")
    monkeypatch.setenv("ANALYSIS_LEXICON_DIR", str(folder))
    text_module.stopwords.cache_clear()
    yield folder
    text_module.stopwords.cache_clear()


def test_safe_corridor_surfaces_when_amn_is_a_content_word(seed_by_hand, lexicon_with_amn):
    bigrams = ngram_frequencies(seed_by_hand).set_index("term")
    assert bigrams.loc["ممر آمن", "count"] == 1
    trigrams = ngram_frequencies(seed_by_hand, n=3).set_index("term")
    assert "فتح ممر آمن" in trigrams.index


def test_safe_corridor_surfaces_with_the_shipped_lexicon(seed_by_hand):
    assert "ممر آمن" in set(ngram_frequencies(seed_by_hand)["term"])


# --------------------------------------------------------------------------- corpus measures

@pytest.fixture(scope="module")
def small_corpus() -> pd.DataFrame:
    return table(
        ("a", "قسد تحاول اقتحام مخيم الباغوز رغم مساندة التحالف"),
        ("a", "استخدمت قسد جميع أنواع الأسلحة في مخيم الباغوز"),
        ("b", "التحالف الدولي يستخدم القوة المفرطة في الباغوز"),
        ("c", "أهالي المخيمات يعانون من مجاعة قرب نهر الفرات"),
        ("c", "التحالف يقصف قرب النهر"),
    )


def test_document_frequency(small_corpus):
    df = document_frequency(small_corpus).set_index("term")
    assert df.loc["التحالف", "df"] == 3 and df.loc["التحالف", "df_share"] == pytest.approx(1.0)
    assert df.loc["الباغوز", "df"] == 2 and df.loc["الباغوز", "count"] == 3
    assert df.loc["قسد", "df"] == 1 and df.loc["قسد", "count"] == 2
    assert df.iloc[0].name == "التحالف" and df["rank"].tolist() == list(range(1, len(df) + 1))


def test_tfidf(small_corpus):
    scores = tfidf(small_corpus)
    a = scores[scores["article_id"] == "a"].set_index("term")
    n = 3
    assert a.loc["قسد", "idf"] == pytest.approx(math.log((1 + n) / (1 + 1)) + 1)
    assert a.loc["التحالف", "idf"] == pytest.approx(1.0)  # in every article
    assert a.loc["قسد", "tf"] == pytest.approx(2 / a["count"].sum())
    assert a.loc["قسد", "tfidf"] == pytest.approx(a.loc["قسد", "tf"] * a.loc["قسد", "idf"])
    assert a.index[0] == "قسد"  # frequent here, absent elsewhere
    assert a.loc["التحالف", "tfidf"] < a.loc["الأسلحة", "tfidf"]
    raw = tfidf(small_corpus, smooth=False).set_index(["article_id", "term"])
    assert raw.loc[("a", "التحالف"), "tfidf"] == pytest.approx(0.0)
    # a frequency table gives the same result as the sentences it came from
    assert tfidf(word_frequencies(small_corpus)).equals(scores)


def test_term_document_matrix(small_corpus):
    matrix = term_document_matrix(small_corpus)
    assert matrix.index.tolist() == ["a", "b", "c"]
    assert matrix.loc["a", "قسد"] == 2 and matrix.loc["b", "قسد"] == 0
    assert matrix.loc[:, "التحالف"].tolist() == [1, 1, 1]


def test_keyness_of_one_article(small_corpus):
    keys = keyness(small_corpus, target="a")
    top = keys.iloc[0]
    assert top["term"] == "قسد" and top["direction"] == "over"
    a, b = 2.0, 0.0
    total_a = float(word_frequencies(small_corpus[small_corpus.article_id == "a"])["count"].sum())
    total_b = float(word_frequencies(small_corpus[small_corpus.article_id != "a"])["count"].sum())
    e1 = total_a * (a + b) / (total_a + total_b)
    assert top["log_likelihood"] == pytest.approx(2 * a * math.log(a / e1))
    assert top["count_target"] == 2 and top["count_reference"] == 0
    assert 0 < top["p_value"] < 1
    assert keys["keyness"].is_monotonic_decreasing
    under = keys.set_index("term").loc["التحالف"]
    assert under["direction"] == "under" and under["keyness"] < 0


def test_keyness_by_outlet(small_corpus):
    articles = pd.DataFrame({"article_id": ["a", "b", "c"],
                             "outlet": ["Step News", "Step News", "Other"]})
    keys = keyness(small_corpus, target="Step News", by="outlet", articles=articles)
    over = keys[keys["direction"] == "over"]
    assert "الباغوز" in set(over.head(3)["term"])
    assert keys.set_index("term").loc["النهر", "direction"] == "under"
    with pytest.raises(ValueError, match="no article"):
        keyness(small_corpus, target="Nobody", by="outlet", articles=articles)
    with pytest.raises(ValueError):
        keyness(small_corpus, target="x", by="outlet")


# --------------------------------------------------------------------------- transliteration

def test_transliterate():
    assert transliterate("التحالف") == "AltHAlf"
    assert transliterate("قسد", "ar2hsb") == "qsd"
    assert transliterate("شاحنة", "ar2hsb") == "šAHnħ"
    assert transliterate("الأصحاء") == "Al>SHA'"
    with pytest.raises(ValueError):
        transliterate("قسد", "bw2ar")


def test_transliteration_column(seed_by_hand):
    freqs = word_frequencies(seed_by_hand, top_n=3, transliterate="ar2bw")
    assert freqs["translit"].tolist()[:2] == ["AltHAlf", "qsd"]
    grams = add_transliteration(ngram_frequencies(seed_by_hand, top_n=1), "ar2bw")
    assert grams["translit"].iloc[0] == "mxym AlbAgwz"


# --------------------------------------------------------------------------- integration

@pytest.mark.integration
def test_saudinewsnet_sample(saudinewsnet_dir):
    path = saudinewsnet_dir / "2015-08-01.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent: integration test skipped")
    records = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) == 300:
                break
    rows = []
    for i, record in enumerate(records):
        aid = f"snn-{i:04d}"
        rows.append((aid, "title", record.get("title") or ""))
        for paragraph in (record.get("content") or "").split("\n"):
            if paragraph.strip():
                rows.append((aid, "body", paragraph))
    sentences = pd.DataFrame(rows, columns=["article_id", "kind", "text"])
    sentences["paragraph_id"] = sentences.groupby("article_id").cumcount() + 1
    sentences["sentence_id"] = sentences["paragraph_id"]

    start = time.perf_counter()
    freqs = word_frequencies(sentences)
    elapsed = time.perf_counter() - start
    assert elapsed < 5, elapsed
    assert freqs["article_id"].nunique() == len(records) - sum(
        1 for r in records if not (r.get("title") or r.get("content")))
    assert (freqs.groupby("article_id")["share"].sum() - 1).abs().max() < 1e-9
    assert (freqs[freqs["rank"] == 1].groupby("article_id").size() == 1).all()
    top = freqs[freqs["rank"] <= 10]["term"]
    assert not any(is_stopword(t) for t in top)
    assert all(is_word(t) for t in top)
    corpus_top = freqs.groupby("term")["count"].sum().sort_values(ascending=False).head(30)
    assert "السعودية" in corpus_top.index or "المملكة" in corpus_top.index

    bigrams = ngram_frequencies(sentences, top_n=20)
    assert len(bigrams) and (bigrams["count"] >= 1).all()
    outlets = pd.DataFrame({"article_id": [f"snn-{i:04d}" for i in range(len(records))],
                            "outlet": [r.get("source") or "" for r in records]})
    biggest = outlets["outlet"].value_counts().index[0]
    keys = keyness(sentences, target=biggest, by="outlet", articles=outlets, top_n=20)
    assert len(keys) == 20 and keys["keyness"].is_monotonic_decreasing
    scores = tfidf(freqs, top_n=5)
    assert scores.groupby("article_id")["rank"].max().max() <= 5
