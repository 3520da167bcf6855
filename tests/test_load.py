import json
import warnings

import pandas as pd
import pytest

from analysis.load import (
    LoadError,
    boilerplate_action,
    decode_bytes,
    html_to_text,
    iter_articles,
    load,
    load_text,
    split_sentences,
)
from analysis.text import normalize


# ----------------------------------------------------------------- the seed

def test_seed_structure_matches_acceptance(seed_corpus, acceptance):
    expected = acceptance["structure"]
    article = seed_corpus.articles.iloc[0]
    assert article["section"] == expected["section"]
    assert article["title"] == expected["title"]
    kinds = seed_corpus.paragraphs["kind"].value_counts().to_dict()
    assert kinds == {"title": 1, "heading": 4, "body": expected["body_paragraphs"]}
    headings = seed_corpus.paragraphs.query("kind == 'heading'")["text"].tolist()
    assert headings == expected["headings"]
    assert article["n_paragraphs"] == expected["body_paragraphs"]


def test_seed_has_no_boilerplate(seed_corpus, acceptance):
    text = "\n".join(seed_corpus.paragraphs["text"])
    for phrase in acceptance["structure"]["boilerplate_not_part_of_the_article"]:
        assert phrase not in text


def test_seed_body_paragraphs_in_reading_order(seed_corpus, acceptance):
    body = seed_corpus.body()
    for item in acceptance["attributions"]:
        if "snippet" in item:
            paragraph = body.loc[body["body_index"] == item["paragraph"], "text"].item()
            assert item["snippet"] in paragraph


def test_seed_sentences_keys_and_offsets(seed_corpus):
    sentences = seed_corpus.sentences
    assert sentences["sentence_id"].tolist() == list(range(1, len(sentences) + 1))
    paragraphs = seed_corpus.paragraphs.set_index(["article_id", "paragraph_id"])["text"]
    for row in sentences.itertuples():
        assert paragraphs[(row.article_id, row.paragraph_id)][row.char_start:row.char_end] == row.text
    assert str(sentences["text"].dtype) in ("str", "string", "object")


def test_seed_metadata_comes_from_metadata_csv(seed_corpus):
    article = seed_corpus.articles.iloc[0]
    assert article["article_id"] == "step_news_baghuz_battle"
    assert "ستيب" in article["outlet"]
    assert article["language"] == "ar"


# ----------------------------------------------------------------- sentences

def test_sentence_splitting_keeps_decimals_dates_and_abbreviations():
    text = "بلغ النمو 8.4 في المئة في 12.3.2015 حسب د. محمد. وقال إنه سيرتفع! هل يصدق؟ ربما… لا أحد يعلم"
    sentences = [text[a:b] for a, b in split_sentences(text)]
    assert sentences == [
        "بلغ النمو 8.4 في المئة في 12.3.2015 حسب د. محمد.",
        "وقال إنه سيرتفع!",
        "هل يصدق؟",
        "ربما…",
        "لا أحد يعلم",
    ]


@pytest.mark.parametrize("text, expected", [
    # dotted abbreviations and letters joined by dots
    ("اختفت الرحلة (إم.إتش. 370) العام الماضي. وقالت وكالة (سي.آي.إيه.) إن البحث مستمر.",
     ["اختفت الرحلة (إم.إتش. 370) العام الماضي.", "وقالت وكالة (سي.آي.إيه.) إن البحث مستمر."]),
    # a title's dot typed after a space (but not a space before a sentence's own full stop)
    ("وبين المتحدث الرسمي أ . فهد الكريع أن الحريق بسيط. ووصلت الحرارة إلى 21 درجة مئوية . وانتهى اليوم.",
     ["وبين المتحدث الرسمي أ . فهد الكريع أن الحريق بسيط.", "ووصلت الحرارة إلى 21 درجة مئوية .", "وانتهى اليوم."]),
    # initials written with a dot and a space
    ("وقال باحث لشبكة سي. إن. إن. الأمريكية إن الأسد قتل. وانتهى الأمر.",
     ["وقال باحث لشبكة سي. إن. إن. الأمريكية إن الأسد قتل.", "وانتهى الأمر."]),
])
def test_dots_that_do_not_end_a_sentence(text, expected):
    assert [text[a:b] for a, b in split_sentences(text)] == expected


def test_sentence_splitting_at_line_breaks_and_quotes():
    text = "قال: «لن ننسحب.» ثم غادر\nسطر ثان"
    assert [text[a:b] for a, b in split_sentences(text)] == ["قال: «لن ننسحب.»", "ثم غادر", "سطر ثان"]


def test_title_exclamations_stay_one_sentence():
    title = "داعش تمنع خروج مقاتليها الأصحّاء، والتحالف يستخدم “القوة المفرطة” في حربه!!"
    assert split_sentences(title) == [(0, len(title))]


# ----------------------------------------------------------------- boilerplate

@pytest.mark.parametrize("line,action", [
    ("مقالات ذات صلة", "cut"),
    ("زر الذهاب إلى الأعلى", "drop"),
    ("رابط الخبر بصحيفة الوئام: الرياض تستضيف", "drop"),
    ("اقرأ أيضاً: ارتفاع أسعار النفط", "drop"),
    ("Facebook", "drop"),
    ("يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.", "drop"),
    ("قال مراسل وكالة ستيب الإخبارية", None),
])
def test_boilerplate_lines(line, action):
    assert boilerplate_action(line) == action


# ----------------------------------------------------------------- encodings and bad input

SEED_LINE = "قال مراسل وكالة “ستيب الإخبارية” في ديرالزور “جاد الله” إنَّ محاولة اقتحام مخيم الباغوز فشلت."


def test_decode_utf8_bom_and_utf16():
    assert decode_bytes(("\ufeff" + SEED_LINE).encode("utf-8")) == SEED_LINE
    assert decode_bytes(SEED_LINE.encode("utf-16")) == SEED_LINE
    assert decode_bytes(SEED_LINE.encode("utf-16-le")) == SEED_LINE


def test_decode_windows_1256(tmp_path):
    text = "اتفاق بين قسد وداعش\n\nتواردت أنباء عن اتفاق مؤقت بين تنظيم داعش وقسد، يقضي بخروج 60 مقاتلاً."
    path = tmp_path / "cp1256.txt"
    path.write_bytes(text.encode("cp1256"))
    corpus = load(path)
    assert corpus.paragraphs["text"].tolist() == text.split("\n\n")


def test_truncated_utf8_drops_only_the_broken_character(tmp_path):
    path = tmp_path / "truncated.txt"
    path.write_bytes(SEED_LINE.encode("utf-8")[:-1] + "قسد".encode("utf-8")[:3])
    with pytest.warns(UserWarning, match="middle of a UTF-8 character"):
        corpus = load(path)
    assert corpus.paragraphs["text"].iloc[0].startswith("قال مراسل")


def test_empty_and_whitespace_files_are_clear_errors(tmp_path):
    for name, data in [("empty.txt", b""), ("blank.txt", b"  \n\n \t\n")]:
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(LoadError, match=f"{name}: the file is empty"):
            load(path)


def test_binary_file_is_a_clear_error(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 20)
    with pytest.raises(LoadError, match="binary"):
        load(path)


def test_undecodable_file_names_the_file(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Ceci est un texte français, très ancien, ça.".encode("latin-1") * 3)
    with pytest.raises(LoadError, match="latin.txt: cannot decode"):
        load(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "absent.txt")


def test_english_only_article_loads_with_a_warning(tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("World news\n\nTalks resume in Geneva\n\nDelegates met on Monday. They agreed to meet again.\n",
                    encoding="utf-8")
    with pytest.warns(UserWarning, match="no Arabic text"):
        corpus = load(path)
    assert corpus.articles["language"].item() == "other"
    assert corpus.sentences["text"].tolist()[-2:] == ["Delegates met on Monday.", "They agreed to meet again."]


def test_html_page_drops_scripts_and_navigation(tmp_path):
    html = """<!DOCTYPE html><html><head><title>موقع</title><style>p{color:red}</style>
    <script>var x = "قال مراسل";</script></head><body>
    <nav><a href="/">الرئيسية</a> <a href="/s">سوريا</a></nav>
    <article><h1>اتفاق بين قسد وداعش</h1>
    <p>تواردت أنباء عن اتفاق مؤقت بين تنظيم داعش وقسد.</p>
    <h2>تفاصيل الاتفاق</h2><p>يُذكر أن أهالي المخيمات يعانون من مجاعة حقيقية.</p></article>
    <footer>جميع الحقوق محفوظة</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    corpus = load(path)
    assert corpus.articles["title"].item() == "اتفاق بين قسد وداعش"
    assert corpus.paragraphs["kind"].tolist() == ["title", "body", "heading", "body"]
    text = " ".join(corpus.paragraphs["text"])
    assert "var x" not in text and "الرئيسية" not in text and "الحقوق" not in text and "color" not in text
    text_only, title = html_to_text(html)
    assert title == "اتفاق بين قسد وداعش"


def test_a_short_paragraph_whose_quotation_closes_after_the_full_stop_is_body():
    corpus = load_text("الهواتف الذكية تؤثر في صحة الأطفال النفسية\n\nقالت الطبيبة إن الأطفال يتأثرون بالهواتف.\n\n"
                       'وأضافت أن "بعض الأطفال كسروا هواتفهم."\n\n'
                       "وتقول إن المراهقين الذين يعبرون عن آرائهم يعرضون أنفسهم لسيل من الاعتداءات على المنصات.",
                       article_id="q")
    assert corpus.paragraphs["kind"].tolist() == ["title", "body", "body", "body"]


def test_markdown_headings():
    corpus = load_text("# العنوان الرئيسي\n\nفقرة أولى طويلة بما يكفي لتكون فقرة من فقرات المقال.\n\n"
                       "## عنوان فرعي\n\nفقرة ثانية.", article_id="md")
    assert corpus.paragraphs["kind"].tolist() == ["title", "body", "heading", "body"]
    assert corpus.paragraphs["text"].iloc[2] == "عنوان فرعي"


# ----------------------------------------------------------------- corpora

def _records():
    return [
        {"source": "sabq", "url": "http://example.org/1", "date_extracted": "2015-08-01 08:00:00",
         "title": "عنوان أول", "author": "", "content": " قال المتحدث إن الاجتماع انتهى.\n وأضاف أن الوفد غادر."},
        {"source": "okaz", "url": "http://example.org/2", "date_extracted": "2015-08-01 09:00:00",
         "title": "عنوان بلا نص", "author": "", "content": " "},
    ]


def test_jsonl_json_and_csv_corpora_load_every_record(tmp_path):
    records = _records()
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                      encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    pd.DataFrame(records).to_csv(tmp_path / "c.csv", index=False)
    for name in ("c.jsonl", "c.json", "c.csv"):
        corpus = load(tmp_path / name)
        assert corpus.articles["article_id"].tolist() == ["c-00001", "c-00002"], name
        assert corpus.articles["outlet"].tolist() == ["sabq", "okaz"]
        assert corpus.articles["date"].iloc[0] == "2015-08-01 08:00:00"
        first = corpus.sentences[corpus.sentences["article_id"] == "c-00001"]
        assert first["text"].tolist() == ["عنوان أول", "قال المتحدث إن الاجتماع انتهى.", "وأضاف أن الوفد غادر."]
        # a record with a title and no text is still an article
        assert corpus.paragraphs[corpus.paragraphs["article_id"] == "c-00002"]["kind"].tolist() == ["title"]


def test_bad_records_are_listed_not_fatal(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"title": "عنوان", "content": "نص الخبر هنا."}\n{not json}\n[1, 2]\n{"content": ""}\n',
                    encoding="utf-8")
    with pytest.warns(UserWarning, match="3 record"):
        corpus = load(path)
    assert len(corpus.articles) == 1
    assert corpus.errors["article_id"].tolist() == ["bad-00002", "bad-00003", "bad-00004"]
    assert corpus.errors["error"].str.contains("invalid JSON").iloc[0]


def test_folder_skips_readme_and_metadata(tmp_path):
    (tmp_path / "README.md").write_text("# about this folder", encoding="utf-8")
    (tmp_path / "a.txt").write_text("عنوان\n\nقال المتحدث إن الاجتماع انتهى.", encoding="utf-8")
    corpus = load(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["a"]


def test_iter_articles_streams_one_article_at_a_time(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in _records()), encoding="utf-8")
    parts = list(iter_articles(path))
    assert [len(part.articles) for part in parts] == [1, 1]


# ----------------------------------------------------------------- real corpus

@pytest.mark.integration
def test_every_saudinewsnet_article_loads(saudinewsnet_dir):
    files = sorted(saudinewsnet_dir.glob("*.jsonl"))
    records = sum(1 for path in files for line in path.open(encoding="utf-8") if line.strip())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = load(files)
    assert len(corpus.errors) == 0
    assert len(corpus.articles) == records
    assert corpus.articles["article_id"].is_unique
    assert (corpus.articles["language"] == "ar").mean() > 0.99
    # boilerplate footers of the outlets are gone
    assert not corpus.paragraphs["text"].map(normalize).str.startswith("رابط الخبر بصحيفه").any()
