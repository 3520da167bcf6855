"""Source attribution (issue 5): cues, sources, inheritance, hedges, the seed acceptance, breakdowns."""
from __future__ import annotations

import glob
import json
import random

import pandas as pd
import pytest

from analysis.attribution import (
    ATTRIBUTION_COLUMNS,
    CATEGORIES,
    SENTENCE_COLUMNS,
    _normalize_with_map,
    analyse,
    attribution_breakdown,
    attributions,
    attributions_from_text,
    main_category,
    sentence_attribution,
)
from analysis.lexicons import lexicon_dir
from analysis.text import normalize

SOURCE_KINDS = {"person", "organisation", "media", "official_body", "document", "anonymous", "reports", "outlet"}


def body(*paragraphs: str) -> pd.DataFrame:
    """A sentences table of body paragraphs (split into sentences like the loader does)."""
    from analysis.load import split_sentences

    rows, sentence_id = [], 0
    for paragraph_id, paragraph in enumerate(paragraphs, start=1):
        for start, end in split_sentences(paragraph):
            sentence_id += 1
            rows.append(("t", paragraph_id, sentence_id, "body", paragraph[start:end], start, end))
    return pd.DataFrame(rows, columns=["article_id", "paragraph_id", "sentence_id", "kind", "text",
                                       "char_start", "char_end"])


def one(*paragraphs: str) -> pd.DataFrame:
    """Attributions of an article made of these body paragraphs."""
    return attributions(body(*paragraphs))


def per_sentence_of(*paragraphs: str) -> pd.DataFrame:
    return sentence_attribution(body(*paragraphs))


def only(text: str) -> pd.Series:
    table = one(text)
    assert len(table) == 1, table[["category", "cue", "source_text"]].to_string()
    return table.iloc[0]


# ----------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_tables(seed_corpus):
    att, per_sentence = analyse(seed_corpus.sentences, articles=seed_corpus.articles)
    body = seed_corpus.body()[["article_id", "paragraph_id", "body_index"]]
    return att.merge(body, on=["article_id", "paragraph_id"]), per_sentence.merge(
        body, on=["article_id", "paragraph_id"]), per_sentence


def _paragraph_rows(table, n):
    return table[table["body_index"] == n]


def test_seed_every_body_paragraph_has_the_expected_category(seed_tables, acceptance):
    _, per_sentence, _ = seed_tables
    expected = {item["paragraph"]: item["category"] for item in acceptance["attributions"]}
    assert len(expected) == acceptance["structure"]["body_paragraphs"] == 10
    got = {n: main_category(_paragraph_rows(per_sentence, n)["category"]) for n in expected}
    assert got == expected


def test_seed_named_correspondents_with_role_affiliation_place(seed_tables, acceptance):
    att, _, _ = seed_tables
    for item in acceptance["attributions"]:
        if item["category"] != "named_source" or "inherited_from_paragraph" in item:
            continue
        rows = _paragraph_rows(att, item["paragraph"])
        row = rows[rows["category"] == "named_source"].iloc[0]
        assert row["source_name"] == item["source_name"]
        assert row["source_role"] == item["source_role"]
        assert row["affiliation"] == item["affiliation"]
        assert row["place"] == item["place"]
        assert row["cue"] == item["cue"]
        assert row["source_kind"] == "person"
        assert not row["inherited"]
        assert item["snippet"].startswith(row["cue"])


def test_seed_paragraphs_3_and_5_inherit_the_correspondent(seed_tables, acceptance):
    att, per_sentence, _ = seed_tables
    for item in acceptance["attributions"]:
        if "inherited_from_paragraph" not in item:
            continue
        rows = _paragraph_rows(att, item["paragraph"])
        named = rows[rows["category"] == "named_source"]
        assert len(named) == 1 and bool(named["inherited"].iloc[0])
        assert named["source_name"].iloc[0] == item["source_name"]
        assert item["snippet"].startswith(named["cue"].iloc[0])     # حيث / فيما
        main = _paragraph_rows(per_sentence, item["paragraph"]).iloc[0]
        assert main["category"] == "named_source" and main["inherited"]
        assert main["source_name"] == item["source_name"]


def test_seed_paragraph_3_also_cites_an_unverified_report(seed_tables, acceptance):
    att, per_sentence, _ = seed_tables
    item = next(i for i in acceptance["attributions"] if i["paragraph"] == 3)
    rows = _paragraph_rows(att, 3)
    rumour = rows[rows["category"] == "unverified_report"]
    assert list(rumour["cue"]) == [item["also"]["cue"]]
    assert rumour["source_kind"].iloc[0] == "reports"
    assert rumour["content"].iloc[0].startswith("وصول أعداد القتلى")
    assert _paragraph_rows(per_sentence, 3)["categories"].iloc[0] == "named_source|unverified_report"


def test_seed_hedge_and_disclaimer(seed_tables, acceptance):
    att, per_sentence, _ = seed_tables
    p5 = _paragraph_rows(per_sentence, 5).iloc[0]
    assert p5["hedges"] == "ربما"
    assert set(_paragraph_rows(per_sentence, 1)["hedges"]) == {""}
    item = next(i for i in acceptance["attributions"] if i["paragraph"] == 9)
    p9 = _paragraph_rows(att, 9)
    assert list(p9["cue"]) == [item["cue"]]
    assert p9["unverified_disclaimer"].iloc[0] == item["unverified_disclaimer"]
    assert _paragraph_rows(per_sentence, 9)["unverified_disclaimer"].iloc[0] == item["unverified_disclaimer"]


def test_seed_editorial_paragraphs(seed_tables, acceptance):
    att, _, _ = seed_tables
    for item in acceptance["attributions"]:
        if item["category"] != "editorial":
            continue
        rows = _paragraph_rows(att, item["paragraph"])
        assert list(rows["cue"]) == [item["cue"]]             # as written, diacritics kept
        assert rows["source_kind"].iloc[0] == "outlet"
        assert item["snippet"].startswith(rows["cue"].iloc[0])


def test_seed_unattributed_paragraphs_have_no_attribution(seed_tables, acceptance):
    att, _, _ = seed_tables
    for item in acceptance["attributions"]:
        if item["category"] == "unattributed":
            assert _paragraph_rows(att, item["paragraph"]).empty


def test_seed_cue_offsets_point_at_the_cue_as_written(seed_corpus, seed_tables):
    att, _, _ = seed_tables
    text = seed_corpus.sentences.set_index("sentence_id")["text"]
    for row in att.itertuples():
        if row.cue_class != "continuation":
            assert text[row.sentence_id][row.cue_start:row.cue_end] == row.cue


def test_seed_breakdown_numbers(seed_corpus, seed_tables):
    _, _, per_sentence = seed_tables
    att = attributions(seed_corpus.sentences)
    result = attribution_breakdown(per_sentence, att, articles=seed_corpus.articles)
    by_article = result["by_article"].set_index("category")["sentences"].to_dict()
    assert by_article == {"named_source": 4, "anonymous_source": 0, "unverified_report": 1,
                          "editorial": 2, "unattributed": 3}
    assert result["by_article"]["share"].sum() == pytest.approx(1.0)
    summary = result["summary"].iloc[0]
    assert summary["n_sentences"] == 10
    assert summary["distinct_sources"] == 2
    assert summary["share_own_staff"] == pytest.approx(0.4)          # both correspondents: p2-p5
    assert summary["share_unverified"] == pytest.approx(0.1)
    assert summary["share_any_anonymous_or_unverified"] == pytest.approx(0.2)
    assert summary["share_editorial"] == pytest.approx(0.2)
    assert summary["share_inherited"] == pytest.approx(0.2)
    sources = result["sources"]
    assert list(sources["source"]) == ["جاد الله", "حمزة العنزي"]
    assert list(sources["sentences"]) == [2, 2] and sources["own_staff"].all()
    assert result["corpus_summary"]["n_articles"].iloc[0] == 1


def test_correspondent_of_another_outlet_is_not_own_staff(seed_corpus):
    att, per_sentence = analyse(seed_corpus.sentences, articles=seed_corpus.articles)
    other = seed_corpus.articles.assign(outlet="okaz")
    summary = attribution_breakdown(per_sentence, att, articles=other)["summary"].iloc[0]
    assert summary["share_own_staff"] == 0.0


# ----------------------------------------------------------------------------- cues and sources


def test_ministry_statement():
    row = only("قالت وزارة الخارجية في بيان إن الوزير سيزور القاهرة الأسبوع المقبل.")
    assert (row["category"], row["cue"], row["cue_class"]) == ("named_source", "قالت", "speech")
    assert (row["source_name"], row["source_kind"]) == ("وزارة الخارجية", "official_body")
    assert row["content"] == "الوزير سيزور القاهرة الأسبوع المقبل"
    assert not row["direct_quote"]


def test_anonymous_security_source():
    row = only("أكد مصدر أمني أن الهجوم أسفر عن مقتل خمسة أشخاص.")
    assert (row["category"], row["cue_class"], row["source_kind"]) == ("anonymous_source", "assertion", "anonymous")
    assert row["source_text"] == "مصدر أمني" and row["source_name"] == ""


def test_media_relay_of_an_anonymous_official():
    row = only("نقلت وكالة رويترز عن مسؤول أمريكي قوله إن المحادثات ستستأنف الأسبوع المقبل.")
    assert (row["category"], row["cue_class"]) == ("anonymous_source", "media_relay")
    assert row["source_text"] == "مسؤول أمريكي" and row["via"] == "وكالة رويترز"
    assert row["content"].startswith("إن المحادثات")


def test_newspaper_reported():
    row = only("ذكرت صحيفة الشرق الأوسط أن المفاوضات تعثرت.")
    assert (row["category"], row["cue_class"], row["source_kind"]) == ("named_source", "media_relay", "media")
    assert row["source_name"] == "صحيفة الشرق الأوسط"


def test_according_to_a_un_report():
    row = only("وفقاً لتقرير الأمم المتحدة، فإن عدد اللاجئين تجاوز مليوناً.")
    assert (row["category"], row["cue_class"], row["source_kind"]) == ("named_source", "according_to", "document")
    assert row["cue"] == "وفقاً ل"
    assert row["source_text"] == "تقرير الأمم المتحدة"
    assert row["affiliation"] == "الأمم المتحدة"


def test_according_to_after_the_claim_takes_the_content_before():
    row = only("قتل 25 مقاتلاً من المعارضة في حلب، حسبما أفاد المرصد السوري لحقوق الإنسان أمس.")
    assert (row["cue"], row["source_name"]) == ("حسبما أفاد", "المرصد السوري لحقوق الإنسان")
    assert row["content"] == "قتل 25 مقاتلاً من المعارضة في حلب"


def test_report_of_a_body_named_in_quotes_is_named():
    row = only("وبحسب تقرير «الراجحي المالية»، ارتفعت السوق 2 في المئة.")
    assert (row["category"], row["source_kind"], row["source_name"]) == ("named_source", "document", "الراجحي المالية")


def test_agency_in_quotes_relays_a_foreign_name_before_a_role_in_construct():
    table = attributions(body("وبحسب «رويترز» قال جيمس كارلوني كبير اقتصاديي الصندوق إن النمو سيتباطأ."))
    assert list(table["source_name"]) == ["جيمس كارلوني"]
    assert table["source_role"].iloc[0].startswith("كبير اقتصاديي") and table["via"].iloc[0] == "رويترز"


def test_according_to_needs_a_source_not_a_plan():
    assert one("تسير الأعمال حسب الخطة الموضوعة منذ العام الماضي.").empty


def test_spokesman_denial_with_title_and_name():
    row = only("نفى المتحدث باسم وزارة الداخلية اللواء منصور التركي صحة هذه الأنباء.")
    assert (row["category"], row["cue_class"]) == ("named_source", "denial")
    assert (row["source_role"], row["affiliation"], row["source_name"]) == (
        "المتحدث باسم", "وزارة الداخلية", "منصور التركي")


def test_unnamed_spokesman_speaks_for_the_named_body():
    # A spokesperson speaks on the record for the body named: identified, unlike "مسؤول في الشركة".
    row = only("قال متحدث باسم الشركة إن المصنع سيعود إلى العمل غداً.")
    assert row["category"] == "named_source" and row["affiliation"] == "الشركة"
    row = only("قال مسؤول في الشركة إن المصنع سيعود إلى العمل غداً.")
    assert row["category"] == "anonymous_source"


@pytest.mark.parametrize("text, quote", [
    ("وقال الوزير: «لن نتراجع عن قرارنا».", "«لن نتراجع عن قرارنا»"),
    ('وقال الوزير "لن نتراجع عن قرارنا".', '"لن نتراجع عن قرارنا"'),
    ("«لن نتراجع عن قرارنا مهما كانت الضغوط»، قال الوزير.", "«لن نتراجع عن قرارنا مهما كانت الضغوط»"),
])
def test_direct_quotes(text, quote):
    row = only(text)
    assert row["direct_quote"] and row["content"].startswith(quote)
    assert row["source_name"] == "الوزير"


def test_diacritics_and_letter_variants_match_and_cue_is_kept_as_written():
    row = only("وقالَ رئيسُ الوزراءِ إنّ الحكومةَ ستستقيل.")
    assert row["cue"] == "قالَ" and row["source_role"] == "رئيسُ الوزراءِ"     # as written
    assert normalize(row["source_role"]) == normalize("رئيس الوزراء")
    row = only("واكد الامين العام للامم المتحدة ان الهدنة صامدة.")
    assert row["cue"] == "اكد" and row["source_role"] == "الامين العام"


def test_feminine_plural_and_participle_forms():
    table = one("وأوضحت الهيئة أن الأسعار مستقرة، مضيفةً أن الرقابة مستمرة.")
    assert list(table["cue"]) == ["أوضحت"]            # the participle continues the same source
    row = only("ويقول المسؤولون إن المشروع سيكتمل هذا العام.")
    assert row["category"] == "anonymous_source"


def test_inheritance_across_sentences_and_paragraphs():
    table = one("أوضح مدير التعليم بمنطقة الرياض الدكتور محمد الشمري أن الدراسة تبدأ الأحد.",
                "وأضاف أن المدارس جاهزة لاستقبال الطلاب. وأشار إلى أن الوزارة وفرت الكتب.")
    assert list(table["source_name"]) == ["محمد الشمري"] * 3
    assert list(table["inherited"]) == [False, True, True]
    assert table["place"].iloc[0] == "منطقة الرياض"
    assert table["source_role"].iloc[0] == "مدير"


def test_rumours_and_disclaimer():
    row = only("ترددت أنباء عن استقالة المدير، ولا يمكن التحقق من ذلك بشكل مستقل.")
    assert (row["category"], row["cue"], row["source_kind"]) == ("unverified_report", "ترددت أنباء", "reports")
    assert row["unverified_disclaimer"].startswith("ولا يمكن التحقق")
    row = only("وذكرت تقارير إعلامية أن الاتفاق وشيك.")
    assert row["category"] == "unverified_report"


def test_news_agency_name_is_not_a_rumour():
    row = only("قالت وكالة الأنباء السعودية إن الملك استقبل الوزير.")
    assert row["category"] == "named_source" and row["source_kind"] == "media"


def test_editorial_forms():
    for text, cue in [("يُذكر أن المشروع بدأ عام 2010.", "يُذكر أن"),
                      ("وتجدر الإشارة إلى أن المشروع بدأ عام 2010.", "تجدر الإشارة"),
                      ("ومن الجدير بالذكر أن المشروع بدأ عام 2010.", "من الجدير بالذكر")]:
        row = only(text)
        assert (row["category"], row["cue"], row["source_kind"]) == ("editorial", cue, "outlet")


def test_hedges_only_qad_with_imperfect():
    per_sentence = per_sentence_of("قد يرتفع السعر غداً.", "وقد ارتفع السعر أمس.")
    assert list(per_sentence["hedges"]) == ["قد", ""]
    per_sentence = per_sentence_of("ويُرجّح أن الحادث وقع ليلاً، على ما يبدو.")
    assert per_sentence["hedges"].iloc[0] == "يُرجّح; على ما يبدو"


@pytest.mark.parametrize("text", [
    "أضافت الشركة خاصية جديدة إلى محرك البحث.",         # "added a feature"
    "سجلت الشركة خسائر غير متوقعة هذا العام.",           # participle form used as an adjective
    "انضم شاب يدعى إبراهيم إلى التنظيم.",                 # يدعى (is called) is not يدعي (claims)
    "وقعت اشتباكات بين الطرفين أن تنتهي.",                # bare بين is "between"
    "ولم تكشف المحكمة عن هوية المتهم.",                    # negated, no reported content
    "تشير المؤشرات إلى تحسن الأداء.",                      # not a source
    "يجب على الأندية أن تكشف عن ميزانياتها.",              # subjunctive
])
def test_false_friends_are_not_attributions(text):
    assert one(text).empty


def test_sentence_table_precedence_and_unattributed():
    per_sentence = per_sentence_of("قال المتحدث إن الوضع هادئ وسط أنباء عن اشتباكات.",
                                   "يُذكر أن المدينة هادئة.", "الطقس حار.")
    assert list(per_sentence.columns) == SENTENCE_COLUMNS
    assert list(per_sentence["category"]) == ["named_source", "editorial", "unattributed"]
    assert per_sentence["categories"].iloc[0] == "named_source|unverified_report"
    assert main_category(["editorial", "unverified_report"]) == "unverified_report"
    assert main_category([]) == "unattributed"


def test_empty_and_missing_input():
    empty = pd.DataFrame({c: pd.Series(dtype="str") for c in ("article_id", "text")}).assign(
        paragraph_id=pd.Series(dtype="int64"), sentence_id=pd.Series(dtype="int64"))
    assert list(attributions(empty).columns) == ATTRIBUTION_COLUMNS
    assert sentence_attribution(empty).empty
    with pytest.raises(ValueError, match="text"):
        attributions(pd.DataFrame({"article_id": ["a"], "paragraph_id": [1], "sentence_id": [1]}))
    sentences = pd.DataFrame({"article_id": ["a", "a"], "paragraph_id": [1, 2], "sentence_id": [1, 2],
                              "text": [None, ""]})
    assert attributions(sentences).empty


def test_attributions_from_text_uses_the_loader():
    table = attributions_from_text("أخبار محلية\n\nالوزير يعلن انتهاء الاجتماع\n\n"
                                   "قال الوزير إن الاجتماع انتهى.\n\nوأضاف أن القرار نهائي.")
    assert list(table["cue"])[-2:] == ["قال", "أضاف"]
    assert list(table["inherited"])[-1]


def test_offsets_survive_diacritics_and_tatweel():
    text = "وقـــالَ المُتحدِّثُ الرسميُّ إنَّ الوضعَ مستقرٌّ."
    norm, pos = _normalize_with_map(text)
    assert norm == normalize(text) and pos is not None
    row = only(text)
    assert text[row["cue_start"]:row["cue_end"]] == row["cue"] == "قـــالَ"


def test_lexicons_are_documented():
    files = sorted(lexicon_dir().glob("attribution_*.csv"))
    assert len(files) >= 8
    readme = (lexicon_dir() / "README.md").read_text(encoding="utf-8")
    for path in files:
        assert path.read_text(encoding="utf-8").startswith("#"), path.name
        assert path.name in readme, path.name


# ----------------------------------------------------------------------------- plots


def test_plots_return_axes(seed_corpus):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from analysis.plots.attribution import plot_category_shares, plot_paragraph_strip, plot_sources

    att, per_sentence = analyse(seed_corpus.sentences, articles=seed_corpus.articles)
    result = attribution_breakdown(per_sentence, att)
    for ax in (plot_category_shares(result["by_article"]),
               plot_category_shares(result["by_article"], kind="donut"),
               plot_sources(result["sources"]),
               plot_paragraph_strip(per_sentence)):
        assert ax.figure is not None
        plt.close(ax.figure)
    ax = plot_paragraph_strip(per_sentence)
    assert len(ax.patches) == 10 + 1          # one cell per body paragraph + the rumour mark in p3
    plt.close(ax.figure)


# ----------------------------------------------------------------------------- real news


@pytest.mark.integration
def test_saudinewsnet_sample(saudinewsnet_dir):
    from analysis.load import load_text

    records = [json.loads(line) for path in sorted(glob.glob(str(saudinewsnet_dir / "*.jsonl")))
               for line in open(path, encoding="utf-8") if line.strip()]
    sample = random.Random(5).sample(records, 300)
    frames, articles = [], []
    for index, record in enumerate(sample):
        corpus = load_text(f"{record['title']}\n\n{record['content']}", article_id=f"a{index:03d}")
        frames.append(corpus.sentences)
        articles.append({"article_id": f"a{index:03d}", "outlet": record["source"]})
    sentences = pd.concat(frames, ignore_index=True)
    att, per_sentence = analyse(sentences, articles=pd.DataFrame(articles))
    assert len(per_sentence) == len(sentences)
    assert set(att["category"]) <= set(CATEGORIES)
    assert set(att["source_kind"]) - {""} <= SOURCE_KINDS
    assert set(per_sentence["category"]) <= set(CATEGORIES) | {"unattributed"}
    # News cites sources: a fair share of sentences, but far from all, is attributed.
    attributed = (per_sentence["category"] != "unattributed").mean()
    assert 0.15 < attributed < 0.6
    assert (att["category"] == "named_source").sum() > (att["category"] == "anonymous_source").sum() > 10
    assert att["inherited"].sum() > 50
    text = sentences.set_index(["article_id", "sentence_id"])["text"]
    for row in att[att["cue_class"] != "continuation"].itertuples():
        assert text[(row.article_id, row.sentence_id)][row.cue_start:row.cue_end] == row.cue
    # Named sources carry a name; anonymous ones do not, except an anaphor ("المصدر"), which carries
    # the phrase the article cited before ("مصدر عسكري").
    named = att[att["category"] == "named_source"]
    assert (named["source_name"] != "").mean() > 0.95
    anonymous = att[att["category"] == "anonymous_source"]
    assert (anonymous["source_name"] == "").mean() > 0.8
    for row in anonymous[anonymous["source_name"] != ""].itertuples():
        earlier = att[(att["article_id"] == row.article_id) & (att["sentence_id"] <= row.sentence_id)]
        assert row.source_name != row.source_text and row.source_name in set(earlier["source_text"])
    result = attribution_breakdown(per_sentence, att, articles=pd.DataFrame(articles))
    assert result["summary"]["n_sentences"].sum() == (per_sentence["kind"] == "body").sum()
    assert 0 < result["corpus_summary"]["distinct_sources"].iloc[0] < len(att)


# ----------------------------------------------------------------------------- error types found on real news
# Sentences written for these tests (not taken from any corpus), one group per error type.


def _main(*paragraphs: str) -> pd.DataFrame:
    return per_sentence_of(*paragraphs)[["category", "source_name", "inherited"]]


@pytest.mark.parametrize("text, name", [
    # the object of the verb is not part of the name
    ("ووصف خالد مغادرة المدرب بأنها خسارة كبيرة للفريق.", "خالد"),
    # a foreign name is recognised before an apposition ("، وهي ..."، "، مدير ...")
    ("وقالت ماريا غونزاليس، وهي باحثة في معهد الدراسات البيئية، إن الجفاف سيطول.", "ماريا غونزاليس"),
    ("ستطرح الشركة النظارة العام المقبل، حسب جون سميث، مدير معهد الأبحاث بالشركة.", "جون سميث"),
    # an organisation name stops where another clause begins
    ("وحسبما ذكرت وكالة «أسوشيتد برس» الأمريكية كان الرجل يستقل طائرة صغيرة.", "وكالة أسوشيتد برس الأمريكية"),
    # a family name after "بن فلان"; a name after "بن" is never cut by a role word (مساعد)
    ("وأكد المحامي فهد بن علي باعشن أن اللائحة لا تنطبق على المباراة.", "فهد بن علي باعشن"),
    ("وأكد الأمير عبد الله بن مساعد أن القرار نهائي.", "عبد الله بن مساعد"),
    # role + بـ + organisation, then the name; an abbreviated title with its dot
    ("أوضح الناطق الإعلامي بشرطة المنطقة محمد الحربي أن الحادث وقع فجراً.", "محمد الحربي"),
    ("وأوضح رئيس اللجنة المحلية م. سامي بن خالد العمري أن المراكز جاهزة.", "سامي بن خالد العمري"),
    # stacked roles before the name
    ("وأكد رئيس الوفد عضو مجلس الإدارة عوض العقيلي أن اللاعبين جاهزون.", "عوض العقيلي"),
    # a definite noun of the anonymous kind, adjectives, then a foreign name: a named person
    ("أكد الخبير الاقتصادي الإيطالي ماسيمو ديندرياس أن القناة ستعزز التجارة.", "ماسيمو ديندرياس"),
    # an unnamed-official noun, its affiliation, then the name that closes the phrase
    ("وقال المحلل في شركة «النور كابيتال» جاسم الحربي إن السوق ستتعافى.", "جاسم الحربي"),
    ("وقال مسؤول الإعلام في مجلس المدينة، علي الحسيني، إن الطريق أغلق.", "علي الحسيني"),
    # a town after the body (بجدة) does not end the phrase; علي after بن is a name
    ("أكد مدير فرع جمعية الثقافة والفنون بجدة عمر الجاسر اعتزاز الجمعية بالعروض.", "عمر الجاسر"),
    ("وأفاد مدير مكتب الحملة بلبنان الأستاذ وليد بن علي الجلال بمواصلة البرنامج.", "وليد بن علي الجلال"),
    # "لدى" + country inside an ambassador's phrase, with no complementiser after it
    ("أكد السفير السعودي لدى الأردن الدكتور سامي الصالح لـ«الوطن» الواقعة.", "سامي الصالح"),
    # an unknown first name, a family name with ال, then a description of the speaker
    ("وقال وهب القريني بائع في سوق الدمام: إن الروبيان متوفر بكثرة.", "وهب القريني"),
    # after an outlet's name in quotes only an adjective goes on with it; the object of the verb does not
    ("ومن جانبها اتهمت صحيفة «بابل» الإدارة الأميركية بعرقلة الحوار.", "صحيفة بابل"),
    ("وقالت صحيفة «نيويورك تايمز» الأمريكية إن الاتفاق صعب.", "صحيفة نيويورك تايمز الأمريكية"),
    # علي (not على) opening a name after a role and its ministry, before a family name
    ("واعتبر وزير الدولة بوزارة الخارجية علي كرتي تصريحات الوزيرة تهديدا.", "علي كرتي"),
    # where one wrote or spoke is no part of a bare name
    ("وكتب ترامب على تويتر أن الاتفاق سيئ.", "ترامب"),
    ("وقال إردوغان من جاكرتا إن العملية مستمرة.", "إردوغان"),
    # two unknown words closing the phrase after a definite body are the spokesperson's name
    ("وقالت الناطقة باسم المفوضية رافينا شامداساني إن المفوضية قلقة.", "رافينا شامداساني"),
    # "ويدعى" before the name of an unnamed resident is no part of it
    ("وقال أحد السكان، ويدعى أبو أحمد، إن القصف لم يتوقف.", "أبو أحمد"),
    # what the speaker gave ("بتصريحات") is no part of his phrase
    ("وأدلى الرئيس بتصريحات لوسائل الإعلام قال فيها إن الانتخابات ستجرى في موعدها.", "الرئيس"),
    # a foreign name after the closing quote of the firm, before the agency spoken to
    ("وقال المحلل في شركة «أواندا» كيلفن وونغ لوكالة فرانس برس إن السوق تتوقع التمديد.", "كيلفن وونغ"),
    # a name before بن/آل after the affiliation
    ("وأكد رئيس النادي هذيل آل شرمه أن الفريق سيتعاقد مع لاعبين جدد.", "هذيل آل شرمه"),
])
def test_source_names_are_neither_polluted_nor_truncated(text, name):
    row = only(text)
    assert row["category"] == "named_source"
    assert row["source_name"] == name


def test_participle_after_a_new_speaker_takes_the_new_subject():
    table = _main("قال مدير النادي سالم الدوسري إن الفريق جاهز للموسم.",
                  "كما قدم رئيس الوفد عوض العقيلي شكره للاتحاد، مشيراً إلى أن اللاعبين قادرون على الفوز.")
    assert list(table["source_name"]) == ["سالم الدوسري", "عوض العقيلي"]
    assert not table["inherited"].iloc[1]


def test_praise_as_a_participle_goes_on_with_the_speaker():
    table = _main("وقال الوزير إن الاتفاق جيد.", 'مشيدا "بروح المسؤولية لدى موظفي الشركة".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("الوزير", True)


def test_speech_after_a_colon_without_quotes_runs_on_while_it_says_we_or_you():
    table = _main("وقال رومينيغه: نعلم ما يستطيع إشبيلية فعله. ولهذا، سنخوض مباراة الغد بتركيز شديد. "
                  "لا يمكننا الاستهانة بإشبيلية. ويعود فيدال إلى صفوف بايرن في المباراة. نتمنى أن نعود بنتيجة إيجابية.",
                  "ونحن نتابع المباراة باهتمام.")
    assert table["source_name"].tolist() == ["رومينيغه"] * 3 + ["", "", ""]
    assert table["inherited"].tolist()[1:3] == [True, True]
    # (a quotation closes itself: no run after it)
    table = _main('وقال المدرب: "نعلم ما يستطيع الفريق فعله". سنخوض مباراة الغد بتركيز.')
    assert table["source_name"].tolist() == ["المدرب", ""]


def test_kana_subject_qad_verb_then_participle():
    table = one("وكان وزير التعليم الدكتور عزام بن محمد الدخيل قد حث مديري الجامعات على الإسراع، "
                "مشيرا إلى أن تغيرات ستحدث في التعليم.")
    # (the exhortation, and the participle that goes on with it, rest on the minister named after كان)
    assert table["cue"].iloc[0] == "حث"
    assert set(table["source_name"]) == {"عزام بن محمد الدخيل"}


def test_person_introduced_after_the_last_report_speaks_next():
    table = _main("كشفت مصادر مطلعة أن الاتحاد ناقش الطلب أمس.",
                  "وكان الأمير سعود بن فهد قد عقد اجتماعاً بأعضاء الاتحاد لمناقشة الديون.",
                  "وأضاف: «القرار صعب لكنه ضروري».")
    assert list(table["category"]) == ["anonymous_source", "unattributed", "named_source"]
    assert table["source_name"].iloc[2] == "سعود بن فهد" and table["inherited"].iloc[2]


def test_person_named_again_by_first_name_is_the_source_cited_before():
    table = _main("وقالت المطربة ماجدة الرومي إن الفصحى سر نجاحها.",
                  "وغنت ماجدة عددا من الأغنيات التي حققت مبيعات كبيرة.",
                  "وأضافت: «سأفقد جمهوري إذا غيرت طريقتي».")
    # (the name the narrative sentence found runs into its object; the speaker is the singer cited)
    assert table["source_name"].iloc[2] == "ماجدة الرومي" and table["inherited"].iloc[2]


def test_continuation_verb_agrees_in_gender_with_its_source():
    # a cue with no subject goes back to the latest source cited with a verb of its gender
    table = _main("وقال وزير الصحة سالم الحربي إن الحملة بدأت أمس.",
                  "وأعلنت الوزارة أن 30 فريقاً يشاركون في الحملة.",
                  "وأضاف أن الحملة تشمل كل المدن.",
                  "وأضافت أن التسجيل مفتوح للجميع.")
    assert list(table["source_name"]) == ["سالم الحربي", "الوزارة", "سالم الحربي", "الوزارة"]
    assert list(table["inherited"]) == [False, False, True, True]
    # with no source of the verb's gender cited before, the last source stays
    table = _main("وأعلنت الوزارة أن الحملة بدأت أمس.", "وأضاف أن التسجيل مفتوح.")
    assert table["source_name"].iloc[1] == "الوزارة"


def test_the_reporting_speaker_goes_on_not_the_one_he_reports_on():
    table = _main("وقال رئيس النادي سعد العتيبي إن المدرب أكد أن اللاعبين جاهزون.",
                  "وأضاف أن الإدارة ستدعم الفريق.")
    assert table["source_name"].iloc[1] == "سعد العتيبي" and table["inherited"].iloc[1]


def test_subject_before_yatabir_and_a_report_inside_kama_continuation():
    table = _main("الباحث ماتيو رونكاري يعتبر أن القمح سلاح دبلوماسي.")
    assert table["source_name"].iloc[0] == "ماتيو رونكاري"
    # "كما شدد على أن اللجنة تعتبر أن ...": the sentence rests on the speaker who goes on, not the
    # committee he reports on
    table = _main("وقال رئيس المنظمة سالم العمري إن الوضع خطير.",
                  "كما شدد على أن لجنة حقوق الإنسان تعتبر أن القصف تهديد خطير.")
    assert table["source_name"].iloc[1] == "سالم العمري" and table["inherited"].iloc[1]


def test_main_clause_after_a_fronted_while_clause_decides():
    table = _main("وبينما قال وزير الخارجية سامح شكري إنه لا خلافات مع واشنطن، أوضح الوزير جون كيري أن "
                  "بلاده ملتزمة بأمن المنطقة.")
    assert table["source_name"].iloc[0] == "جون كيري"
    table = per_sentence_of("وفيما يخص الأسعار، قال المدير سالم العمري إن الشركة ستخفضها، وأكد الوزير "
                            "خالد الحربي أن الدعم مستمر.")
    assert table["source_name"].iloc[0] == "سالم العمري"   # "فيما يخص": "as for", no "while" clause


def test_belief_verb_without_subject_goes_on_unless_impersonal():
    # "وترى أن": a feminine verb is active (the impersonal passive is masculine); "ويرى أن" goes on too
    table = _main("قالت الناشطة الحقوقية سارة محمد إن القرار تأخر كثيراً.", "وترى أن الحكومة مطالبة بتوضيح موقفها.")
    assert table["source_name"].iloc[1] == "سارة محمد" and table["inherited"].iloc[1]
    table = _main("قال الوزير سالم العمري إن الخطة جاهزة.", "ويُعتقد أن التنفيذ يبدأ غداً.")
    assert table["category"].iloc[1] != "named_source"


def test_definite_generic_official_is_the_official_just_named():
    table = _main("وقال وزير التجهيز محمد السالم إن المشاريع تأخرت.", "وأوضح المسؤول الحكومي أن هناك تأخراً.")
    assert list(table["category"]) == ["named_source", "named_source"]
    assert table["source_name"].iloc[1] == table["source_name"].iloc[0]
    # an unnamed official cited before stays unnamed
    table = _main("وقال مسؤول في الوزارة إن المشاريع تأخرت.", "وأوضح المسؤول أن هناك تأخراً.")
    assert list(table["category"]) == ["anonymous_source", "anonymous_source"]


def test_an_outlet_named_in_attribution_media_names_closes_a_speakers_name():
    table = one('ويقول ريبوار محمد سليم لروداو: "في الربيع أبدأ من الوديان".')
    assert "روداو" not in table["source_name"].iloc[0] and table["source_name"].iloc[0].endswith("سليم")


def test_outlet_spoken_to_with_la_is_no_subject():
    table = _main("وقال سامر الحسن، وهو صاحب محطة وقود، إن الأسعار ارتفعت.", "وقال لعنب بلدي إن أي ارتفاع ينعكس على الخبز.")
    assert table["source_name"].iloc[1] == table["source_name"].iloc[0] and table["inherited"].iloc[1]
    # the outlet in brackets, after a space, or an agency or site by its kind
    for told in ('ويضيف لـ(المدى) أن "كل طرف يقرأ النتائج بطريقته".', 'وأضاف لـ الوطن: "هناك طلب حقيقي".',
                 'وقال لـ السومرية نيوز، إن "الماء أصبح مالحاً".', "وقال لهسبريس إن الماء انقطع.",
                 'ويضيف لوكالة شفق نيوز أن "الحكم يبعث برسالة ردع".', 'وقال لموقع "الحرة": "العائلة بنت حياة هنا".'):
        table = _main("وقال سامر الحسن، وهو صاحب محطة وقود، إن الأسعار ارتفعت.", told)
        assert table["source_name"].iloc[1] == "سامر الحسن" and table["inherited"].iloc[1], told
    table = _main("غير أن مصادر محلية في بلدة ذيبان أكدت لبلدي نيوز أن معظم المعتقلين مدنيون.",
                  "وقالت لجنة الانتخابات إن النتائج ستعلن غداً.")
    assert list(table["source_name"]) == ["مصادر محلية في بلدة ذيبان", "لجنة الانتخابات"]


def test_a_qualification_goes_on_and_data_of_a_named_body():
    table = _main("وقال المحلل مهند الزغير إن المشروع خطير.", "لكنه يستدرك: «هذا لا يعني أن المشروع سيتوقف».",
                  "وبحسب معطيات نادي الأسير الفلسطيني، يتجاوز عدد المعتقلين ثلاثة آلاف.")
    assert list(table["source_name"]) == ["مهند الزغير", "مهند الزغير", "نادي الأسير الفلسطيني"]
    assert list(table["inherited"]) == [False, True, False]


def test_relative_with_a_pronoun_and_the_name_in_apposition():
    table = _main("وقالت المحامية هبة مصالحة إن موكلها مضرب عن الطعام.",
                  "من جانبها، قالت زوجته، سماح الجعبري، إن العائلة لم تتمكن من زيارته.",
                  "وأضافت: «لا نعرف عنه شيئا».")
    assert list(table["source_name"])[1:] == ["سماح الجعبري", "سماح الجعبري"]


def test_official_with_the_nationality_of_the_body_just_named():
    # "الروسية" and "الروسي" name the same state
    table = _main("أعلن مدير إدارة أفريقيا في وزارة الخارجية الروسية، فيكتور سيليزنيوف، أن موسكو مستعدة.",
                  "وذكرت وكالة سبوتنيك أن الزيارة تستمر يومين.",
                  "وأوضح المسؤول الروسي أن الشركات الروسية تدرس مشاريع.")
    assert table["source_name"].iloc[2] == "فيكتور سيليزنيوف"


def test_a_circumstantial_clause_after_the_speaker_is_no_name():
    table = _main("وقال شقيق الضحية إبراهيم محمد إن أخاه بريء.", "وتابع الشقيق، وهو يغالب دموعه: «لم يكن له خلاف مع أحد».")
    assert table["source_name"].iloc[1] != "يغالب دموعه" and table["category"].iloc[1] == "named_source"


def test_maghreb_state_services_are_an_official_body():
    table = _main("وحسب بيان لمصالح الحماية المدنية لولاية الجلفة، فإن الحادث خلف أربعة قتلى.")
    assert (table["category"].iloc[0], table["source_name"].iloc[0]) == ("named_source", "مصالح الحماية المدنية لولاية الجلفة")


def test_interviewed_person_speaks_next():
    table = _main("وشاركت الصحيفة في الجولة، والتقت مدير عام فرع وزارة العمل علي بن سالم القحطاني.",
                  "وقال: «ضبطت الفرق عشرات المخالفين».")
    assert table["source_name"].iloc[1] == "علي بن سالم القحطاني" and table["inherited"].iloc[1]


def test_people_spoken_to_are_not_the_source():
    table = one("قال وزير الصحة الدكتور خالد العمر إن الوباء انحسر.",
                "وأوضح للصحفيين أن المستشفيات جاهزة.")
    assert list(table["source_name"]) == ["خالد العمر", "خالد العمر"]
    assert list(table["inherited"]) == [False, True]


def test_outlet_spoken_to_after_the_verb_is_not_the_subject():
    table = _main("غير أن مدير عام الدفاع المدني اللواء عوض وديعة الله قال للجزيرة إن الفيضان دمر منازل.")
    assert table["source_name"].iloc[0] == "عوض وديعة الله"
    table = _main("وقال الوزير سالم العمري إن الخطة جاهزة.", "وقال للرياض إن التنفيذ يبدأ غداً.")
    assert table["source_name"].iloc[1] == "سالم العمري" and table["inherited"].iloc[1]


def test_indefinite_construct_chain_before_the_verb_is_the_subject():
    table = _main("وتراجعت الحكومة عن قرارها أمس ولكن رابطة أصحاب محطات الوقود قالت إن 12 مضخة دمرت.")
    assert table["source_name"].iloc[0] == "رابطة أصحاب محطات الوقود"


def test_biqawlihi_rests_on_the_subject_of_the_clause():
    table = _main("ويشرح المعارض السوري عبد الرحمن الحاج الأمر بقوله إن العمليتين مختلفتان.")
    assert table["source_name"].iloc[0] == "عبد الرحمن الحاج"


def test_yurajjih_with_a_subject_cites_it_and_without_one_is_impersonal():
    table = _main("ويرجح مراقبون أن تشهد المنطقة تصعيداً.")
    assert (table["category"].iloc[0], table["source_name"].iloc[0]) == ("anonymous_source", "مراقبون")
    table = _main("وقال الوزير إن الوضع هادئ.", "ويرجح أن تشهد المنطقة تصعيداً.")
    assert table["category"].iloc[1] == "unverified_report"


def test_documenting_body_is_a_source_and_a_plural_source_takes_no_object():
    table = _main("ووثق المرصد السوري لحقوق الإنسان مقتل 12 مدنياً بينهم أطفال.",
                  "ووثق ناشطون مقتل ثلاثة مدنيين.",
                  "ووثقت الكاميرات لحظة الحادث.",
                  "صارعت امرأة تمساحاً، حسبما أفاد مسؤولون هنود.")
    assert list(table["category"]) == ["named_source", "anonymous_source", "unattributed", "anonymous_source"]
    assert list(table["source_name"])[:2] == ["المرصد السوري لحقوق الإنسان", "ناشطون"]


def test_definite_subject_before_its_object_and_a_daily_paper():
    table = _main("واتهمت المعارضة الحكومة بتزوير الانتخابات.",
                  "وأوردت يومية المساء في عددها الصادر اليوم أن الحكومة تستعد لتعديل وزاري.")
    # (the object still runs into the organisation's name: a definite head takes no genitive, but
    # definite adjectives such as المتحدة follow it)
    assert table["source_name"].iloc[0].startswith("المعارضة") and table["source_name"].iloc[1] == "يومية المساء"


def test_according_to_what_was_declared_by_someone():
    # "وفق ما صرح به"، "بحسب ما أفادت به": the pronoun after the verb is what was said, the source follows
    table = _main("وفق ما صرح به المتحدث باسم الوزارة، فإن الخطة جاهزة.",
                  "وبحسب ما أفادت به مصادر ميدانية لعنب بلدي، فإن الاشتباكات اندلعت فجراً.")
    assert list(table["category"]) == ["named_source", "anonymous_source"]
    assert list(table["source_name"]) == ["المتحدث باسم الوزارة", "مصادر ميدانية"]   # (not the outlet told)


def test_agency_cited_beside_a_speaker_relays_him():
    table = one("وقال المدرب أرسين فينجر للصحفيين إن الفريق لعب جيداً.",
                "وتابع: «العمل الحقيقي يبدأ الأسبوع المقبل».وفقا لوكالة رويترز.")
    assert list(table["source_name"]) == ["أرسين فينجر", "أرسين فينجر"]
    assert table["via"].iloc[1] == "وكالة رويترز"


def test_quotation_running_over_two_sentences():
    table = _main("وقال المدرب فينجر للصحفيين “أدى الحارس بشكل جيد. ربما كان له تأثير على المهاجمين”.",
                  "وانتهت المباراة بفوز الفريق.")
    assert list(table["category"]) == ["named_source", "named_source", "unattributed"]
    assert list(table["inherited"]) == [False, True, False]


def test_speaker_in_a_relative_clause():
    row = only("والتقى الوزير بالسفير الفرنسي جان دوبون، الذي قال إن بلاده تدعم المشروع.")
    assert row["source_name"] == "جان دوبون"
    row = only("وقال المدرب فينجر الذي حقق أول انتصار له على منافسه إن العمل لم ينته.")
    assert row["source_name"] == "فينجر"


def test_relative_clause_with_a_passive_is_no_attribution():
    assert one("وهي برامج المسؤولية الاجتماعية التي تعتبر من أهم ما تحرص عليه الجامعات.").empty
    assert one("اقتربت إدارة النادي من التعاقد مع مدرب، ويتوقع أن يصل المدرب نهاية الأسبوع.").empty


@pytest.mark.parametrize("text", [
    "وقال مختصو المنظمة إن الوباء ينحسر.",                         # plural in construct
    "رأى خبيران سياسيان أن البيان يمثل خارطة طريق.",               # dual
    "وبحسب عدد منهن، فإن التسجيل تعطل.",                            # some of them
    "وتحدث كثير من العقاريين عن تراجع في الأسعار.",                 # many of
    "ويتوقع الكثير من المراقبين أن يرتفع الإقبال على الانتخابات.",   # many of (definite)
    "ونفى الأطباء أن تكون المادة محظورة.",                           # a plural generic noun
    "فهناك من يقول إن صاحب الفكرة هو المهندس.",                     # someone
    "وأفاد شاهدان لوكالة الأنباء بأن الطائرة سقطت في السوق.",       # two witnesses
    "وذكرت صفحات محلية على مواقع التواصل أن القصف استمر.",          # social-media pages
    "وطالبت منظمات حقوقية بالإفراج الفوري عن المعتقلين.",           # unnamed organisations
    "وبحسب روايات شهود عيان من السائقين، فإن السائق حاول تفادي سيارة.",  # what unnamed witnesses tell
])
def test_plural_and_generic_nouns_are_anonymous(text):
    row = only(text)
    assert row["category"] == "anonymous_source" and row["source_name"] == ""


def test_same_source_again_is_anonymous():
    table = one("كشف مصدر خليجي أن البطولة ستتأجل. وأشار المصدر ذاته إلى أن نقلها صعب.")
    assert list(table["category"]) == ["anonymous_source", "anonymous_source"]


@pytest.mark.parametrize("text, category, name", [
    ("ويبين التقرير أن الصادرات تراجعت.", "named_source", "التقرير"),
    ("وأظهر مسح رسمي انخفاض مؤشر المشتريات إلى خمسين نقطة.", "anonymous_source", ""),
    ("وأيد المشاركون التوصيات، مؤكدين على أهمية التمويل.", "anonymous_source", ""),
    ("وتروي الأم: «فوجئت بالحكم».", "named_source", "الأم"),
    ("ووصفت الوزيرة القرار بأنه تاريخي، واصفةً إياه بالخطوة الجريئة.", "named_source", "الوزيرة"),
])
def test_more_cues(text, category, name):
    row = one(text).iloc[0]
    assert (row["category"], row["source_name"]) == (category, name)


@pytest.mark.parametrize("text, name", [
    ("وتصدر البنك القائمة، حسب مسح أجرته «عرب آد» عن قطاع البنوك.", "عرب آد"),
    ("ولم تبد الدول علامة على التراجع، حسبما أظهر مسح لرويترز.", "رويترز"),
    ("وكشف التقرير السنوي الصادر عن مؤسسة النقد العربي السعودي عن انخفاض الدخل.", "مؤسسة النقد العربي السعودي"),
])
def test_document_owner_is_the_source(text, name):
    row = only(text)
    assert (row["category"], row["source_kind"], row["source_name"]) == ("named_source", "document", name)


def test_statement_of_a_person_is_named():
    row = only("وجاء في بيان رئيس الإقليم «يجب إبعاد الحرب عن المدن».")
    assert row["category"] == "named_source" and row["source_name"] == "رئيس الإقليم"


@pytest.mark.parametrize("text", [
    "فإن ذلك يؤكد تماماً أن الكلام إعلان واضح.",                    # an adverb is not a source
    "وشددت قوات الأمن إجراءات التفتيش في المدينة.",                 # شدد without على/أن: "tightened"
    "ونهضت الجامعة بالبحث العلمي وفق أسس الإدارة الحديثة.",          # conformity, not a source
    "ويمكن تناول المسكن حسب تعليمات الطبيب.",                       # instructions, not a source
    "وتوقع الجميع أن يكون الفريق صيداً سهلاً.",                     # everyone: the outlet's framing
])
def test_opinion_and_ordinary_uses_give_no_source(text):
    table = one(text)
    assert not table["category"].isin(["named_source", "anonymous_source"]).any(), table.to_string()


@pytest.mark.parametrize("text, name", [
    # "باسم" after a role is "on behalf of", not the first name Basim
    ("أكد رئيس اللجنة التنفيذية المتحدث الرسمي باسم الانتخابات المهندس سعد بن ناصر الدوسري أهمية المشاركة.",
     "سعد بن ناصر الدوسري"),
    # first name, father's first name, family name
    ("ويرى عبد العزيز محمد الخالدي، ممثل المؤسسة الخيرية، أن المشروع ناجح.", "عبد العزيز محمد الخالدي"),
    # a feminine role after a foreign name
    ("وقالت جنيفر بالمييري الناطقة باسم الحملة إن المرشحة لن تنسحب.", "جنيفر بالمييري"),
    # a name after "المسؤول في الوزارة" (definite: apposition) is the official's own
    ("وقال المسؤول في الوزارة محمد العلي إن القرار نهائي.", "محمد العلي"),
])
def test_more_names(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)


def test_unnamed_official_of_an_organisation_named_after_a_person():
    row = only("أكدت مسؤولة كبيرة في حملة هيلاري كلينتون أن الأنباء لا تؤثر على المرشحة.")
    assert row["category"] == "anonymous_source" and row["source_name"] == ""


def test_straight_quotes_running_over_two_sentences():
    table = _main('وأضافت الناطقة باسم الحملة ليلى حسن "ندرك صعوبة المهمة..',
                  'لا أوهام لدينا ولم نتصور يوما أن الأمر سهل".')
    assert list(table["category"]) == ["named_source", "named_source"]
    assert list(table["source_name"]) == ["ليلى حسن", "ليلى حسن"]


def test_subject_before_the_verb_and_object_after_it():
    per_sentence = per_sentence_of("يشار إلى أن المعلومات الأولية أكدت سلامة قائد الطائرة.")
    assert per_sentence["categories"].iloc[0] == "unverified_report|editorial"


def test_a_verb_inside_a_relative_clause_does_not_end_the_source():
    row = only("وخلص الباحثون في دراستهم التي نشرت في دورية علمية إلى أن الفيتامين يسبب الالتهاب.")
    assert row["category"] == "anonymous_source" and row["cue"] == "خلص"


@pytest.mark.parametrize("text, name", [
    # a foreign rank and name, all unknown words: the last two are the name
    ("وقال العميد البحري الأميركي كيفين كيليا في البيان إن الغارات ستتواصل.", "كيفين كيليا"),
    # a construct after "باسم" belongs to the affiliation; the name comes after it
    ("وقال المتحدث باسم غابة مودوك الوطنية كين ساندوسكي إن الحريق امتد.", "كين ساندوسكي"),
    # the antecedent of a relative pronoun before the verb speaks; what follows is the object
    ("وجاء الوسم على خلفية انتقادات الزعيم البرلماني مانيش تيواري الذي اتهم الحكومة بالتقصير.", "مانيش تيواري"),
    # an indefinite study followed by a proper name: the name owns it
    ("وبحسب دراسة تريجرانيت فإن الطلب على الإسمنت سيرتفع.", "تريجرانيت"),
])
def test_names_round_eight(text, name):
    table = one(text)
    named = table[table["category"] == "named_source"]
    assert list(named["source_name"]) == [name]


@pytest.mark.parametrize("text", [
    "وهي زهرة زرعها السومريون، الذين أشاروا إليها بأنها مصنع الفرح.",   # a pronoun after the preposition
    "وسيتدرب الفريق مرة واحدة يومياً حسب طلب الجهاز الفني.",            # at the request of
    "وغاب اللاعب عن الفريق إبان تولي المدرب سامي الجابر بحجة أن اللاعب غير منضبط.",  # إبان (during)
])
def test_no_source_round_eight(text):
    assert not one(text)["category"].isin(["named_source", "anonymous_source"]).any()


def test_father_named_ali_is_part_of_the_name():
    row = only("وبين رئيس البلدية، المهندس عبدالله علي الشمراني، أن المشاريع تسير وفق الخطة.")
    assert row["source_name"] == "عبدالله علي الشمراني"


def test_quotation_opened_after_bil_qawl_goes_on_in_the_next_sentence():
    table = _main("قال قائد الجيش العماد جان قهوجي إن الجيش جاهز.",
                  "وتوجه إلى العسكريين بالقول: «تصديتم للاعتداءات بكل شجاعة.",
                  "إن قوة مؤسستكم تكمن في وحدتها».")
    assert list(table["source_name"]) == ["جان قهوجي"] * 3
    assert list(table["inherited"]) == [False, True, True]


def test_yutabar_without_an_is_the_passive():
    assert one("وتعتبر الشركة القابضة مجموعة تجارية متنوعة مقرها الرياض.").empty


def test_title_nisba_and_place_before_the_name():
    row = only("ومن جهته أفاد المهندس الزراعي في المحافظة سالم القرني أن المزارعين يحتاجون إلى الدعم.")
    assert row["source_name"] == "سالم القرني"


def test_relative_clause_after_a_full_name():
    row = only("وشكلت الملحقية هيئة جديدة برئاسة عبدالله عبدالرحمن المعيويد، الذي قال: إن النادي فتح باب العضوية.")
    assert row["source_name"] == "عبدالله عبدالرحمن المعيويد"


def test_source_of_livelihood_is_no_news_source():
    assert one("وظلت الزراعة مصدر رزقهم الأول رغم شح المياه.").empty


def test_unnamed_media_sources_are_anonymous():
    row = only("وأفادت مصادر إعلامية بأن الطائرات دمرت أرتالا للمسلحين.")
    assert row["category"] == "anonymous_source"


@pytest.mark.parametrize("text, name", [
    ("وقال (مارك كيبلينغ) مدير عمليات شركة النقل العام: \"النظام أساسي\".", "مارك كيبلينغ"),
    # a quoted name in construct names the organisation, not the speaker
    ("وأعرب رئيس مجتمع \"جميل\" المهندس محمد عبداللطيف جميل، عن سعادته بالنتائج.", "محمد عبداللطيف جميل"),
    ("وأوضح المدير التنفيذي لـ\"باب رزق\" بالسعودية جميل عبدالرحمن الفهيد، أن النتائج مميزة.",
     "جميل عبدالرحمن الفهيد"),
    ("وأوضحت مديرة التوظيف في \"باب رزق جميل\" رولا باصمد، أن التوظيف حقق قفزة.", "رولا باصمد"),
    # an indefinite anonymous noun in construct, then a foreign name
    ("وقال خبير الأرصاد الجوية شتيفان رامشتورف الذي يعمل في معهد بوتسدام، إن الاحترار مستمر.",
     "شتيفان رامشتورف"),
])
def test_names_round_eleven(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)


def test_a_person_cited_before_is_recognised_by_the_family_name():
    table = one("ويرى محمود الشامي، المدير التنفيذي للمركز، أن المركز يدعم الأسر.",
                "واعتبر الشامي الأسر المنتجة ركيزة أساسية.",
                "واستهدف المركز وفقا للشامي النساء والعاطلات عن العمل.")
    assert list(table["source_name"]) == ["محمود الشامي", "الشامي", "الشامي"]


@pytest.mark.parametrize("text", [
    "ونصت المادة على أنه يحق لكل مواطن -ذكرا أو أنثى- أن يقيد اسمه.",      # ذكرا (male), not "they mentioned"
    "وكانت المرأة الوحيدة في المجموعة، مما يؤكد قدرة المرأة على التغيير.",  # the outlet's inference
    "ويعد مثل هذا الاختيار أمرا لافتا في الأوساط السياسية.",                 # "is considered"
])
def test_no_source_round_eleven(text):
    assert not one(text)["category"].isin(["named_source", "anonymous_source"]).any()


def test_unnamed_surveys_are_anonymous():
    row = only("أظهرت مسوح لقطاع الأعمال أمس نمو أنشطة المصانع.")
    assert row["category"] == "anonymous_source" and row["source_kind"] == "document"


@pytest.mark.parametrize("text", [
    "وأكد اثنان من العائلة أن الشيخ لم يمت.",                          # a number of people
    "فإن مجموعة من المحللين يوضحون أن مستقبل الساعة لا يعتمد على المبيعات.",  # a group of, SVO after فإن
    "في وقت توقع كثيرون منهم أن الشركة باعت ملايين الساعات.",            # many of them
    "ونفى أفراد عائلة جلال الدين حقاني نبأ وفاته.",                      # members of X's family
])
def test_groups_of_people_are_anonymous(text):
    row = only(text)
    assert row["category"] == "anonymous_source" and row["source_name"] == ""


@pytest.mark.parametrize("text, category, name", [
    ("وقال أحد المقاتلين في الجبهة الشمالية، يدعى محمد عبدالقوي، إن الأسرى قتلوا.", "named_source", "محمد عبدالقوي"),
    ("قالت قاضية أمريكية في مانهاتن إن المطالب قد تنجح.", "anonymous_source", ""),          # one of many
    ("وتقول مجموعة (برنامج نونهيومان) لحقوق الحيوان إنها ستستأنف الحكم.", "named_source",
     "مجموعة برنامج نونهيومان لحقوق الحيوان"),                                          # a group's name
    ("وكانت مصادر عسكرية في عدن قد أفادت، في وقت سابق، أن لواءً تحرك نحو القاعدة.", "anonymous_source", ""),
    ("وقال المتحدث باسم المقاومة عبدالسلام عاطف جابر إن الثوار عثروا على الجثث.", "named_source",
     "عبدالسلام عاطف جابر"),
    ("وبحسب \"رويترز\"، فقد كانت معدلات التضخم إيجابية.", "named_source", "رويترز"),
])
def test_round_thirteen(text, category, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == (category, name)


def test_the_subject_after_a_resumptive_pronoun():
    row = only("وتراجعت النظافة في المستشفى الذي كشفت عنه مواقع التواصل الاجتماعي.")
    # (unnamed websites are a source, but not identified)
    assert (row["category"], row["source_text"]) == ("anonymous_source", "مواقع التواصل الاجتماعي")


def test_object_with_a_demonstrative_before_the_subject():
    row = one("ذكر هذه الحكاية مؤخرًا الكاتب محفوظ عبد الرحمن في لقاء معه.").iloc[0]
    assert row["source_name"] == "محفوظ عبد الرحمن"


def test_wa_anna_goes_on_with_the_previous_report():
    table = _main("وقال المتحدث باسم الجيش اللواء أحمد العسيري إن القوات تقدمت.",
                  "وأنه تم التعرف على جثة القيادي.")
    assert list(table["source_name"]) == ["أحمد العسيري", "أحمد العسيري"]
    assert list(table["inherited"]) == [False, True]


@pytest.mark.parametrize("text, name", [
    ("وفي بيان يوم الجمعة الماضي أعلن المتحدث باسم الحركة اختيار زعيم جديد.", "المتحدث باسم الحركة"),
    ("وأوضحت الطالبة أميرة الشمراني المبتعثة في بريطانيا، أن الأطفال بحاجة إلى التثقيف.", "أميرة الشمراني"),
    ("ووصف رئيس الحكومة اليمني العمل الجماعي للتحالف بأنه تاريخي.", "رئيس الحكومة اليمني"),
    ("يقول في البداية المواطن خالد الماربي إن سعر السمك ارتفع.", "خالد الماربي"),
])
def test_names_round_fourteen(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)


@pytest.mark.parametrize("text", [
    "وجاء السهم في المركز الثاني بين الأسهم الأكثر تداولا.",         # جاء في = came (second)
    "لن تحتاج إلى التفكير في مكان الوقوف إذا علمت أن تحت الحدائق مواقف.",  # you learned
    "وأعرب الملك المفدى باسمه واسم الشعب عن أصدق التهاني.",           # باسمه is no name
])
def test_no_wrong_source_round_fourteen(text):
    table = one(text)
    assert not (table["source_name"].isin(["المركز الثاني", "باسمه واسم"]).any() or table["inherited"].any())


def test_traders_are_anonymous():
    row = only("وعزا متعاملون في سوق الأسماك الهبوط إلى كثرة المعروض، مؤكدين أن الكميات زادت.")
    assert row["category"] == "anonymous_source"


@pytest.mark.parametrize("text, category, name", [
    ("وأضاف التقرير الصادر عن شركة (آسيا كابيتال) الاستثمارية أن الموانئ تنمو بسرعة.", "named_source",
     "شركة آسيا كابيتال الاستثمارية"),
    ("ونقلت مديرية التوجيه المعنوي في بيان عن رئيس الجلسة العميد عادل الحضرمي تأكيده بأن الاجتماعات مهمة.",
     "named_source", "عادل الحضرمي"),
    ("وقال تشو يانج هو رئيس اللجنة المنظمة للصحفيين: نتوقع أن نعمل معاً.", "named_source", "تشو يانج"),
    ("وأضاف سالم سعيد كبيش أن المتهمين أرادوا الاستيلاء على السلطة.", "named_source", "سالم سعيد كبيش"),
    ("وأوضح وسيط عقاري طالبا عدم الكشف عن اسمه: «حاولنا بيع المنزل».", "anonymous_source", ""),
    ("وقالت الصحف إن المدرب أنهى الجدل.", "anonymous_source", ""),
])
def test_round_fifteen(text, category, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == (category, name)


@pytest.mark.parametrize("text, name", [
    ("وأكد \"الأمير فيصل\" أن أبناءهم نالوا شهادة العز.", "الأمير فيصل"),          # a quoted subject
    ("ونوه المجلس بالعلاقات الوثيقة التي تربط البلدين.", "المجلس"),                 # the object after بـ
    ("وأفاد الدكتور القصبي بـ\"أن المجلس اطلع على الموضوعات\".", "القصبي"),          # a detached بـ
    ("وقال للصحيفة \"عكاظ\" المتحدث باسم الوزارة إن القرار نهائي.", "المتحدث باسم الوزارة"),
])
def test_round_sixteen(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)


def test_no_subject_after_a_temporal_phrase():
    table = _main("قال المريض إن الألم اشتد.",
                  "وبعد مرور ثلاثة أشهر نفدت كمية الدواء.",
                  "وهي زهرة، الذين أشاروا إليها بأنها مصنع الفرح.")
    assert list(table["category"]) == ["named_source", "unattributed", "unattributed"]


def test_imam_is_a_role_not_in_front_of():
    row = only("أكد إمام وخطيب المسجد الحرام الشيخ الدكتور عبدالرحمن السديس، أن الشباب أمل الأمة.")
    assert row["source_name"] == "عبدالرحمن السديس"


def test_unknown_foreign_name_as_the_subject_of_the_sentence():
    row = only("ويدرك آرسين فينغر أن الفوز سيكون دافعا قويا، وقال: «إنها مباراتنا المقبلة».")
    assert row["source_name"] == "آرسين فينغر"


# ----------------------------------------------------------------------------- blind rounds 2024 / 3035


@pytest.mark.parametrize("text, category, name", [
    # an indefinite leader or "one of" a group is not identified
    ("قال قيادي بارز في الحزب للصحيفة إن المفاوضات توقفت.", "anonymous_source", "قيادي بارز في الحزب"),
    ("وقالت واحدة من المشاركات في الندوة إن التنظيم كان جيداً.", "anonymous_source", "واحدة من المشاركات"),
    ("وقالت إحدى المعلمات إن الطالبات تفوقن هذا العام.", "anonymous_source", "إحدى المعلمات"),
    ("وقال أعضاء في المجلس البلدي إن المشروع تأخر كثيراً.", "anonymous_source", "أعضاء في المجلس البلدي"),
    # a call or a demand is the source's claim
    ("ودعا الوزير إلى تسريع المشاريع المتعثرة في المحافظات.", "named_source", "الوزير"),
    ("وطالب رئيس البلدية بتطبيق النظام على جميع المقاولين.", "named_source", "رئيس البلدية"),
    ("وطالبت المنظمة بالإفراج عن الصحفيين المحتجزين.", "named_source", "المنظمة"),
    ("وعزا محللون ماليون التراجع إلى هبوط أسعار النفط.", "anonymous_source", None),
    # whole names: عبد + name + surname, a first name after a place word, a foreign name before "أحد"
    ("وأكد الرئيس التنفيذي للشركة المهندس عبد الله بركاتي أن الأرباح ارتفعت.", "named_source", "عبد الله بركاتي"),
    ("وأوضح مدير الإعلام الصحي بالمنطقة خالد بن سعد الزهراني، أن الحملة بدأت.", "named_source",
     "خالد بن سعد الزهراني"),
    ("وقال جيف مارتن، أحد الناطقين باسم الشركة، إن المصنع سيفتتح قريباً.", "named_source", "جيف مارتن"),
    # an adverb after the subject is not part of it
    ("أعلنت وزارة الصحة أخيرًا أن الحملة حققت أهدافها.", "named_source", "وزارة الصحة"),
    # a subject before the verb, after بأن
    ("تحقق الشرطة في الحادث، علماً بأن التحقيقات الأولية أشارت إلى أن الوفاة طبيعية.", None,
     "التحقيقات الأولية"),
    # "X، يقول:": the subject closed by a comma before the verb
    ("الروائي المصري خالد منصور، يقول: الكتابة متعة وهوس.", "named_source", "خالد منصور"),
    ("أما الكاتبة سلمى العلي، فتقول: القراءة حياة كاملة.", "named_source", "سلمى العلي"),
])
def test_blind_rounds_2024_3035(text, category, name):
    row = per_sentence_of(text).iloc[0]
    assert row["category"] == (category or row["category"]) != "unattributed"
    assert row["source_name"] == (name if name is not None else row["source_name"])


def test_spokesman_basim_is_not_a_name():
    row = per_sentence_of("وبين رئيس اللجنة المتحدث الرسمي باسم الانتخابات البلدية، أنه تم اعتماد المراكز.").iloc[0]
    assert row["category"] == "named_source" and "باسم" not in row["source_name"]


def test_talib_dual_is_not_a_cue_and_the_noun_is_not_a_source():
    assert per_sentence_of("وتفوق طالب جامعي في المسابقة بجدارة.")["category"].iloc[0] == "unattributed"


def test_adjunct_after_a_subjectless_cue_inherits():
    table = per_sentence_of("وقالت المطربة سميرة سعيد في الحفل إنها سعيدة بوجودها في المدينة.",
                            "وأضافت وسط تصفيق الحضور «نحن سعداء جداً بهذا الاستقبال الحار الذي لقيناه».")
    assert list(table["source_name"]) == ["سميرة سعيد", "سميرة سعيد"]
    assert list(table["inherited"]) == [False, True]


def test_a_quotation_right_after_the_cue_is_what_was_said_not_a_name():
    # 'وقال "لقد ارتكبت خطأ"، مضيفا': the quoted words open with لقد (or a negation, or "we"), so they
    # are no quoted organisation's name; the speaker is the one cited before
    for said in ('وقال "لقد ارتكبت خطأ"، مضيفا أنه كان ينبغي أن يكون أكثر وضوحا.',
                 'وقال هذا "ليس من المناسب" اتخاذه مع استقرار التضخم.'):
        table = per_sentence_of("وقال المحامي لاني ديفيز إن موكله بريء.", said)
        row = table.iloc[1]
        assert (row["category"], row["source_name"], bool(row["inherited"])) == ("named_source", "لاني ديفيز", True)
    # a quoted name stays a name
    assert per_sentence_of('وقالت "ستاندارد اند بورز" إن الاستقرار يدعم الاقتصاد.')["source_name"].iloc[0] \
        == "ستاندارد اند بورز"


def test_where_it_was_posted_or_the_occasion_leaves_the_cue_to_the_speaker_cited_before():
    # 'وكتب على تويتر "..."'، "كما قال في تدوينة إن": no subject follows; the speaker goes on
    # and "according to him" ("وبحسبه، فإن"، "ووفقا له، فإن") rests on him
    for said in ('وكتب على تويتر "حين يعلن قادة الأحزاب موافقتهم فإن الأزمة قد تم حلها".',
                 "كما قال في تدوينة إن الحكومة تقف كأسرة واحدة.",
                 "وبحسبه، فإن الحكومة ستتدخل.", "ووفقا له، فإن الحكومة ستتدخل."):
        table = per_sentence_of("وقال وزير المالية ياكوف مارغي إن الأزمة انتهت.", said)
        row = table.iloc[1]
        assert (row["category"], row["source_name"], bool(row["inherited"])) == ("named_source", "ياكوف مارغي", True)


def test_an_opening_inherited_cue_is_the_main_attribution():
    table = per_sentence_of("كشفت مصادر مطلعة للصحيفة عن خلافات داخل الحزب.",
                            "وذكرت أن الخلافات نشبت بسبب النتائج، إذ يقول أعضاء في الحزب إنهم همشوا.")
    row = table.iloc[1]
    assert (row["category"], row["source_name"], bool(row["inherited"])) == ("anonymous_source", "مصادر مطلعة", True)


def test_answers_of_an_interview_rest_on_the_interviewee():
    table = per_sentence_of("أكد الخبير الاقتصادي سامر الحربي أن السوق يمر بمرحلة تصحيح.",
                            "● كيف ترى أداء السوق هذا العام؟",
                            "●● الأداء متذبذب بسبب أسعار النفط.",
                            "والمستثمرون ينتظرون نتائج الربع الثالث.",
                            "س: وما توقعاتك للعام المقبل؟",
                            "ج: أتوقع تحسناً تدريجياً في النصف الثاني.")
    assert list(table["category"]) == ["named_source", "unattributed", "named_source", "named_source",
                                       "unattributed", "named_source"]
    assert set(table["source_name"]) - {""} == {"سامر الحربي"}


def test_gulf_papers_interview_markers():
    # "■ question" and "٭ answer", as Kuwaiti and Gulf papers print their interviews
    table = per_sentence_of("وقال المحامي فيصل الحربي إن قضايا التشهير تتزايد.",
                            "■ كيف تقيّم حجم هذه القضايا؟",
                            "٭ أصبحت جزءاً يومياً من عمل المحامين.",
                            "والحذف لا يلغي الجريمة.")
    assert list(table["category"]) == ["named_source", "unattributed", "named_source", "named_source"]
    assert set(table["source_name"]) - {""} == {"فيصل الحربي"}


def test_subject_after_a_fronted_adverbial_is_the_next_speaker():
    table = per_sentence_of("قال وزير الإسكان إن المشاريع تسير وفق الخطة.",
                            "وفي المدينة المنورة، افتتح أمين المنطقة المهندس فهد البليهشي حديقة جديدة.",
                            "وأضاف أن الحديقة تخدم الأحياء المجاورة.")
    assert list(table["source_name"]) == ["وزير الإسكان", "", "فهد البليهشي"]


def test_an_adjunct_with_hudur_is_not_part_of_the_source():
    table = per_sentence_of("قال وزير الخارجية إن المحادثات كانت مثمرة.",
                            "وتابع وزير الخارجية في حضور نظيره الفرنسي «إنها خطوة مهمة لتعزيز التعاون بين البلدين».")
    assert table["source_name"].iloc[1] == "وزير الخارجية"


def test_abbar_without_shadda_is_not_a_cue():
    assert per_sentence_of("وعبر المشاركون الجسر إلى الضفة الأخرى عن طريق القوارب.")["category"].iloc[0] == "unattributed"


def test_bimunasaba_after_a_subjectless_cue_inherits():
    table = per_sentence_of("وأكد الدكتور سامي الحربي أن البرنامج ناجح.",
                            "وقال بمناسبة احتفاء مؤسسة الملك خالد بالخريجين إن الطلاب تميزوا.")
    assert list(table["source_name"]) == ["سامي الحربي", "سامي الحربي"]


@pytest.mark.parametrize("text, category, name", [
    # a name inside an institution's name (جامعة الملك X، مطار الملك X) is not the source's name
    ("وقال أستاذ الاقتصاد في جامعة الملك سعود الدكتور ناصر القحطاني إن النمو سيتباطأ.", "named_source",
     "ناصر القحطاني"),
    ("وقال مدير مطار الملك فهد الدولي إن الرحلات منتظمة.", "named_source", "مدير مطار الملك فهد الدولي"),
    # an unnamed paper with only a nationality is one of many
    ("ذكرت صحيفة إيطالية أن النادي قدم عرضاً جديداً.", "anonymous_source", None),
    ("ذكرت صحيفة «لاغازيتا» الإيطالية أن النادي قدم عرضاً جديداً.", "named_source", "صحيفة لاغازيتا الإيطالية"),
    ("ويشير مسعفون إلى أن كثيراً من المصابين نقلوا إلى المستشفى.", "anonymous_source", None),
    # "الاسم، أكد في تصريح أن": the subject before a comma
    ("المتحدث الرسمي لأمانة المنطقة فهد الزهراني، أكد في تصريح للصحيفة أن الأعمال مستمرة.", "named_source",
     "فهد الزهراني"),
    # the 2026-11-26 round
    # editorial forms whose أن carries a pronoun, and the outlet's framing of background
    ("يذكر أنه تم افتتاح المركز قبل عامين.", "editorial", ""),
    ("ويُشار إلى أنها المرة الثالثة التي يتأجل فيها المؤتمر.", "editorial", ""),
    ("ويأتي هذا القرار ضمن خطة لتطوير الخدمات البلدية.", "editorial", ""),
    ("جاء ذلك بعد ساعات من انتهاء الاجتماع الطارئ.", "editorial", ""),
    # a declared stance names the source even without أن
    ("وأكد المجلس البلدي رفضه القاطع لهذه المخالفات.", "named_source", "المجلس البلدي"),
    # a speaker fronted by أما
    ("أما المزارع صالح الحربي فيشير إلى أن المحصول تضرر من الصقيع.", "named_source", "صالح الحربي"),
    # a foreign name after a role, with no أن to close the phrase
    ("نفى الممثل الأمريكي توم هانكس على حسابه في تويتر شائعة اعتزاله.", "named_source", "توم هانكس"),
    # an opening "according to" yields to the speaker whose verb follows it
    ("وبحسب بيان الوزارة، أعلن الوزير خالد الفهد أن المشروع سيكتمل العام المقبل.", "named_source", "خالد الفهد"),
    # the people called on after the caller
    ("ودعا العقيد فهد السالم؛ جميع السائقين، إلى تجنب الأودية.", "named_source", "فهد السالم"),
    # a regulation states what it provides (but "حسب اللائحة" is conformity)
    ("وأوضحت اللائحة أنه يحق للموظف التظلم خلال ستين يوماً.", "named_source", "اللائحة"),
    ("ويتم القبول حسب اللائحة المعتمدة.", "unattributed", ""),
    # each of the people named
    ("وأوضح كل من أحمد سالم وخالد عمر أن الطريق يحتاج إلى صيانة.", "named_source", "أحمد سالم وخالد عمر"),
    # the hearer on the verb; an unnamed friend
    ("أخبرني صديق أن المستشفى رفض استقباله.", "anonymous_source", None),
    # a document issued by a named body is that body's
    ("أظهرت بيانات من الهيئة العامة للإحصاء أن البطالة تراجعت.", "named_source", "الهيئة العامة للإحصاء"),
    ("وأضاف تقرير صدر عن البنك الدولي أن النمو سيتباطأ.", "named_source", "البنك الدولي"),
    # new cues
    ("ونبه الطبيب سعد الغامدي إلى أن الحرارة تضر بكبار السن.", "named_source", "سعد الغامدي"),
    ("ولاحظ الباحثون أن النوم المبكر يحسن الذاكرة.", "anonymous_source", None),
    ("وتوصلت الباحثة نورة القحطاني إلى أن البرنامج حقق أهدافه.", "named_source", "نورة القحطاني"),
    ("وتوصل الطرفان إلى اتفاق لوقف القتال.", "unattributed", ""),
    # titles: علي after a title is the name; الملا is a title
    ("أكد الكاتب والناقد علي سالم أن الرواية العربية بخير.", "named_source", "علي سالم"),
    ("وقال الملا عبد الرحمن إن الاجتماع تأجل.", "named_source", "عبد الرحمن"),
    # a byline and dateline are not the subject
    ("فهد العلي- الرياض: أكد مدير التعليم خالد سالم أن الدراسة تبدأ الأحد.", "named_source", "خالد سالم"),
    ("وقال الوزير خالد سالم - في تصريح له: إن الدراسة تبدأ الأحد.", "named_source", "خالد سالم"),
    # a spokesperson speaks on the record for the named body
    ("وقال متحدث باسم شركة أرامكو إن الإنتاج مستقر.", "named_source", None),
    # an unnamed group after a quantifier, whatever place follows it
    ("وطالب عدد من المغردين في موقع تويتر الوزارة بالتحقيق في القضية.", "anonymous_source", None),
    # an employee is one of many; estimates with no owner are anonymous, with an owner named
    ("وقال موظف في إدارة الإسكان إن الطلبات كثيرة.", "anonymous_source", None),
    ("وتشير التقديرات الإسرائيلية إلى أن التوتر سيتصاعد.", "anonymous_source", None),
    ("وأظهرت بيانات غير رسمية أن المؤشر هبط.", "anonymous_source", None),
    ("وبحسب تقديرات صندوق النقد الدولي سينمو الاقتصاد بنسبة 3 في المائة.", "named_source", "صندوق النقد الدولي"),
    # a full name after a description
    ("وأوضحت صاحبة ومنفذة المشروع فاطمة الزهراني أن لديها نماذج كثيرة.", "named_source", "فاطمة الزهراني"),
    # the results of a named survey
    ("وأنتجت الجزائر 1.1 مليون برميل يوميا وفقا لنتائج مسح أجرته رويترز.", "named_source", "رويترز"),
    # an editorial note that opens the sentence frames what follows
    ("يشار إلى أن اللاعب تعرض لإصابة، إلا أنه ووكيل أعماله أكدا أنها غير مؤثرة.", "editorial", None),
    ("ووجهت رئيسة البرنامج هدى الصويلح شكرها لمؤسسة موهبة.", "named_source", "هدى الصويلح"),
    ("ووجه الأمير بسرعة إنجاز المشروع.", "unattributed", None),          # a directive, no speech
    ("وأظهرت نتائج استطلاع للرأي تأييد ثلثي الناخبين للمرشح.", "anonymous_source", None),
    ("وكان إبرا قد أعلن بالأمس أن المباراة قد تكون الأخيرة له.", "named_source", "إبرا"),
    ("وأكدن ناخبات في الأحساء أن شروط القيد صعبة.", "anonymous_source", None),   # the feminine plural
    ("ونقلت وسائل الإعلام أنه قصف مواقع للمسلحين.", "anonymous_source", None),   # relayed without عن
    ("ونقلت الطائرة الركاب عن طريق مطار جدة.", "unattributed", None),             # transported, no report
    ("ويجمع معظم الاقتصاديين أن القطاع يشكل مرتكزاً مهماً.", "anonymous_source", None),
    ("ويجمع المتطوعون التبرعات للأسر المحتاجة.", "unattributed", None),
    ("وكانت قوى سياسية عراقية نددت بالقصف.", "anonymous_source", None),
    ("قال الله تعالى: «وَلَكُمْ فِي الْقِصَاصِ حَيَاةٌ».", "named_source", "الله"),   # scripture quoted
    ("ودعا الله أن يحفظ البلاد.", "unattributed", None),                              # a prayer
    ("ونقلت شانا عن مدير التوزيع في الشركة الوطنية إنه تم إصلاح الخط.", "named_source", None),
    ("علم من مصدر مطلع أن المفاوضات وصلت إلى مراحلها الأخيرة.", "anonymous_source", None),
    ("وتمنى المدير سعد الغامدي أن يسهم المهرجان في تنشيط السياحة.", "named_source", "سعد الغامدي"),
    ("وعزى ابن جمعة هذه الانخفاضات إلى عدة عوامل.", "named_source", "ابن جمعة"),
    # (blind round 4046)
    # a report in a named paper or shown by a named site belongs to it
    ("وحسب تقرير في صحيفة «لوموند» الفرنسية، فإن المفاوضات تعثرت.", "named_source", "لوموند"),
    ("بحسب ما جاء في تقرير طبي عرضه موقع «صحتك»، فإن النوم المبكر مفيد.", "named_source", "موقع صحتك"),
    ("وحسب تقرير في صحيفة محلية فإن الأسعار ارتفعت.", "anonymous_source", None),
    # "جاء ذلك في بيان أصدره X"
    ("جاء ذلك في بيان أصدره الديوان الملكي مساء أمس.", "named_source", "الديوان الملكي"),
    # a place after an organisation ends its name; the object after it is not part of it
    ("حذرت هيئة الهلال الأحمر بمنطقة مكة المكرمة المواطنين من السباحة في السيول.", "named_source",
     "هيئة الهلال الأحمر"),
    ("وقال مغردون إن الفيديو انتشر بسرعة كبيرة.", "anonymous_source", None),
    # (blind round 5057)
    ("في المقابل، استهل والد الفقيد حديثه بحمد الله، وقال إن ابنه كان باراً.", "named_source", "والد الفقيد"),
    ("ورحب الدكتور سالم العنزي بالحضور وهنأهم بالعيد، وقال إن النادي يرحب بأعضائه.", "named_source", "سالم العنزي"),
    ("وعبّر المشاركون عن سعادتهم بنجاح الملتقى.", "anonymous_source", "المشاركون"),
    # (blind round 6068)
    # a preposition after a rank is not a name ("النائب عن كتلة X فلان")
    ("وقال النائب عن كتلة المستقبل خالد السعدي إن الجلسة أجلت.", "named_source", "خالد السعدي"),
    # a semicolon before أن closes the subject like a comma
    ("وأوضح رئيس اللجنة المنظمة بالمدينة الدكتور سامي بن عبدالله الحربي؛ أن الفعاليات بدأت.", "named_source",
     "سامي بن عبدالله الحربي"),
    # "المشرف على": على belongs to the role
    ("أكد المشرف على برنامج الموهوبين في الجامعة، الدكتور نايف العتيبي، أن البرنامج ناجح.", "named_source", "نايف العتيبي"),
    # a verb with an object pronoun after وفقاً لما
    ("وتعود القصة وفقاً لما ذكره مدير المستشفى الدكتور فهد السالم، إلى الأسبوع الماضي.", "named_source", "فهد السالم"),
    # (talib bi on a common noun)
    ("وطالب الوزير بخروج القوات الأجنبية من البلاد.", "named_source", "الوزير"),      # ب on a common noun
    ("وطالب بشار الحربي بعقد اجتماع عاجل للمجلس.", "named_source", "بشار الحربي"),   # a name with ب is no preposition
    # (foreign military ranks are titles)
    ("وأفاد الكولونيل جيمس براون المتحدث باسم الجيش في بيان عبر البريد الإلكتروني، بأن العملية انتهت.", "named_source", "جيمس براون"),
    ("وقال البريجادير جنرال الأسترالي مارك سميث في البيان إن الغارات مستمرة.", "named_source", "مارك سميث"),
    # (blind round 9112)
    ("ذكرت محطة «إن بي سي» أن المطار أغلق لفترة وجيزة.", "named_source", "محطة إن بي سي"),
    ("أكدت إدارة نادي النصر برئاسة الأمير فيصل بن تركي، على حرصها على استقرار الفريق.", "named_source", "إدارة نادي النصر"),
    # (more source names)
    # unknown (foreign) names before a role, with or without a comma
    ("وقال توماس ريبر، النائب الأول لرئيس الشركة: «النتائج مشجعة».", "named_source", "توماس ريبر"),
    ("استولت الجماعة على الحقول بحسب جان لوك مارتان الخبير في شؤون الطاقة.", "named_source", "جان لوك مارتان"),
    ("حسب إيمانويل تود، تدافع هذه الفئات عن مصالحها.", "named_source", "إيمانويل تود"),
    # a nationality before a foreign name closed by أن
    ("كشف الغاني كوفي مينسا المنضم حديثاً إلى الفريق، أن المفاوضات كانت سريعة.", "named_source", "كوفي مينسا"),
    # two unknown words before أن, after a sentence-initial verb
    ("ذكر نادي فيورنتينا الإيطالي أمس أنه تعاقد مع المهاجم.", "named_source", "نادي فيورنتينا الإيطالي"),
    # the name a body goes by
    ("وقالت المجموعة المسلحة التي تعرف باسم «اللواء 12»، إن مقرها تعرض لهجوم.", "named_source", "اللواء 12"),
    # an official who is named after all
    ("وأوضح مسؤول التدريب بالغرفة التجارية سعد المالكي أن البرنامج يبدأ قريباً.", "named_source", "سعد المالكي"),
    # the subject between كان and قد; a descriptor before the name
    ("وكان الرئيس السابق علي حسن الشامي قد ادعى «حق» الرد على الهجوم.", "named_source", "علي حسن الشامي"),
    ("وكانت وحدة الإنقاذ في الدفاع المدني قد اتهمت الشركة بالتقصير.", "named_source", "وحدة الإنقاذ"),
    # a discourse opener before بيّن (written without its shadda)
    ("من جانبه بين مدير المشاريع المهندس سالم العمري، أنه يتم إنشاء حدائق جديدة.", "named_source", "سالم العمري"),
    # a state as the source
    ("أعلنت دولة الكويت أن الاجتماع سيعقد الشهر المقبل.", "named_source", "دولة الكويت"),
    # (states organisations and speech acts)
    ("وأعلنت طالبان تعيين زعيم جديد لها.", "named_source", "طالبان"),                     # a well-known organisation
    ("وتقدر روسيا أن آلافاً من مواطنيها سافروا للقتال.", "named_source", "روسيا"),         # a state's estimate
    ("لكن الرياض أعلنت رسمياً تأييدها للاتفاق.", "named_source", "الرياض"),                # a capital before its verb
    ("قدم لاعب الفريق الأول سالم الدوسري، شكره لرئيس النادي.", "named_source", "سالم الدوسري"),   # thanks after a comma
    ("ونصحت الطبيبة منى العلي بتفادي استخدام الفلاش.", "named_source", "منى العلي"),
    # (late source fixes)
    ("أعلنت شركة بي.إم.دبليو الألمانية أنها ستطلق سيارة جديدة.", "named_source", "شركة بي.إم.دبليو الألمانية"),
    ("أكد لـ«الصحيفة» المشرف العام على الفريق سعود الحربي أن الصفقة اكتملت.", "named_source", "سعود الحربي"),
    ("وبحسب تقارير من نادي الهلال يحتاج اللاعب إلى أسبوعين للتعافي.", "named_source", "نادي الهلال"),
    ("وأعرب الملك باسمه واسم شعب المملكة، عن أصدق التهاني.", "named_source", "الملك"),
    # a long chain of roles, then the name in apposition after a comma
    ("قال نجل الرئيس السابق نائب رئيس حكومة الإقليم، قوباد جلال الطالباني إن الانتماء تراجع.", "named_source",
     "قوباد جلال الطالباني"),
    # a document of a named outlet or body (لوكالة، قامت بها) is that body's
    ("أظهر مسح نفطي لوكالة رويترز نشرت نتائجه أمس أن الإنتاج ارتفع.", "named_source", "وكالة رويترز"),
    ("وأكدت نتائج دراسة قامت بها شركة نيلسن زيادة في قيمة العقارات.", "named_source", "شركة نيلسن"),
    ("وذكر بيان وزعته الوزارة أن العمل مستمر.", "named_source", "الوزارة"),
    # a foreign name that looks like ف + a verb; the dot of an abbreviated title; ب + a country
    ("وقال المتحدث باسم منظمة الهجرة ايتاري فيري للصحافيين في جنيف إن العدد ارتفع.", "named_source",
     "ايتاري فيري"),
    ("وقال مدير المركز أ. محمد العلي إن الوضع جيد.", "named_source", "محمد العلي"),
    ("وبين المتحدث الرسمي بصحة الجوف أ . فهد الكريع أن الحريق بسيط.", "named_source", "فهد الكريع"),
    ("وأفاد مدير مكتب الحملة بلبنان سعيد الجلال بمواصلة الحملة.", "named_source", "سعيد الجلال"),
    # علي before a family name after a role
    ("وامتدح أمين عام نادي التعاون علي الشايعي النتائج النهائية للمعسكر.", "named_source", "علي الشايعي"),
    # an analyst (like an official) named after the affiliation; but a name inside the body's name is not his
    ("وأوضح المحلل في شركة الجزيرة كابيتال جاسم الجبران أن السوق تراجع.", "named_source", "جاسم الجبران"),
    ("أكدت مسؤولة كبيرة في حملة هيلاري كلينتون أن الأنباء لا تؤثر على الحملة.", "anonymous_source", None),
    # إننا as the complementiser; visitors as an unnamed group; a subject after كان without قد;
    # a role in apposition after a semicolon
    ("وتابع زانداميلا إننا واجهنا غياب البيانات.", "named_source", "زانداميلا"),
    ("واعتبر زوار المعرض أن مشاركتهم واجب وطني.", "anonymous_source", "زوار المعرض"),
    ("وكان العاهل الأردني الملك عبدالله الثاني أعلن عن رؤية جديدة.", "named_source", "عبدالله الثاني"),
    ("حذّر عبدالله العليان؛ مدير عام فرع وزارة العمل، المواطنين من المكاتب غير المرخصة.", "named_source",
     "عبدالله العليان"),
    # one word between قال and إن is its subject; a name of common words before its role
    ("وقال باخ إن القرار نهائي.", "named_source", "باخ"),
    ("كشف سهو السهو، سكرتير الاتحاد الكويتي، أنه يتعين توقيع العقود.", "named_source", "سهو السهو"),
    # the police spoken to is not the source
    ("وقال سالم للشرطة إنه رأى السيارة.", "named_source", "سالم"),
    # the command a spokesman speaks for (بقيادة + a body is no "led by")
    ("وأوضح المتحدث الرسمي بقيادة حرس الحدود النقيب عمر الأكلبي أن الدوريات تمكنت من القبض عليهم.",
     "named_source", "عمر الأكلبي"),
    # a name that ends an organisation's, then a title and the person
    ("وقال مدير مؤسسة عبدالله الأحمد د. خالد العلي إن النتائج مميزة.", "named_source", "خالد العلي"),
    # an outlet spoken to in quotes before the subject; a family name with ال before a definite role
    ("صرح لـ«عين اليوم» عيضة الهذلي الناطق الإعلامي لصحة الطائف بأن التحقيقات جارية.", "named_source",
     "عيضة الهذلي"),
    # an exhortation; a comment whose content follows the governed preposition ("علق على X بأن")
    ("وحث الأمير خالد الفيصل المواطنين على التعاون مع الجهات الأمنية.", "named_source", "خالد الفيصل"),
    ("وعلق المدرب على الخسارة بأنها درس مفيد.", "named_source", "المدرب"),
    # "نُقل عن فلان قوله": no one relays; the person after عن is the source
    ('ونقل عن كاهيل قوله لموقع النادي "استهللنا الموسم بشكل جيد".', "named_source", "كاهيل"),
    # "أبلغ": the subject before the verb tells; the phrase after it is who was told
    ("إلا أن سلطات تركمانستان أبلغت رئيس الوزراء الباكستاني نواز شريف أن المشروع سيبدأ.", "named_source",
     "سلطات تركمانستان"),
    # criticism, denunciation and complaint are the source's claims
    ("وانتقد الوزير خالد العلي قرار الاتحاد.", "named_source", "خالد العلي"),
    ("اشتكى مواطنون من انقطاع الكهرباء.", "anonymous_source", "مواطنون"),
    # the study's author "in the study" is named after the comma (not "in a statement": where one spoke)
    ('وقالت الباحثة الرئيسية في الدراسة، نورة القحطاني، إن "التفسير الأرجح يعود إلى الهجرة".',
     "named_source", "نورة القحطاني"),
    ("من جانبه، قال المشارك في الدراسة، عالم الأحياء ماركو بيلوتي، إن النتائج مهمة.", "named_source",
     "ماركو بيلوتي"),
    # the owner of a shop, one of many, who kept his name back
    ("وذكر صاحب مكتب عقاري في حي النرجس، فضل عدم ذكر اسمه، أن الملاك خفضوا أسعارهم.", "anonymous_source", None),
    ("وقال صاحب السمو الملكي الأمير خالد الفيصل إن المشروع مهم.", "named_source", "خالد الفيصل"),
    # brokers, a witness, a resident: unnamed; the agency spoken to in two words is no part of the source
    ("وقال وسطاء في قاعات التداول إن السيولة تركزت.", "anonymous_source", "وسطاء في قاعات التداول"),
    ("وقال ساكن آخر إن عائلات فرت.", "anonymous_source", "ساكن آخر"),
    ("غير أن مصدرا أمنيا قال لفرانس برس إنها اندلعت إثر توقيف أحد العناصر.", "anonymous_source", "مصدرا أمنيا"),
    # what circulates is unverified; a definite unnamed noun with the name in apposition is named
    ("وتشير تقديرات متداولة في السوق إلى أن المبيعات قد ترتفع.", "unverified_report", None),
    ("وكانت منشورات متداولة على مواقع التواصل قد تحدثت عن ارتفاع الأسعار.", "unverified_report", None),
    ("ويرى المحلل السياسي الليبي، فرج الزوي، أن «الحراك الحالي يختلف».", "named_source", "فرج الزوي"),
    # "one of the paragraphs of" a document, "a copy of" it: the document; in construct it is definite
    ('وجاء في إحدى فقرات تقرير التفتيش: «تبين أن لجنة الاستلام لم تجتمع».', "named_source", "تقرير التفتيش"),
    ("وأظهر تقرير اقتصادي أن النمو تباطأ.", "anonymous_source", None),
    # a recommendation; a forum accuses
    ("وتوصي الدراسة بعدة إجراءات عملية، منها تهوية الغرف.", "named_source", "الدراسة"),
    ("اتهم المنتدى التونسي للحقوق الاقتصادية السلطات بترحيل مئات المهاجرين.", "named_source", None),
    # an accusative unnamed source after أن keeps all its adjectives; an outlet named before "قد نقلت"
    ("غير أن مصدراً سياسياً مطلعاً يرى أن هذا المخرج «يكرس المشكلة».", "anonymous_source",
     "مصدراً سياسياً مطلعاً"),
    ("وكانت السومرية نيوز قد نقلت عن مصادر نيابية أن التعديل قد يطرح.", "anonymous_source", "مصادر نيابية"),
    # a lone nisba after an unnamed source is an adjective, not the first name تركي
    ("وقال مصدر دبلوماسي تركي إن بلاده تتفهم احتياجات جارها.", "anonymous_source", "مصدر دبلوماسي تركي"),
    # the imperfect complaint counts with a group or a body as subject, not with a person's ailment
    ("ويشكو سكان قرى الريف من تراجع مصادر رزقهم.", "anonymous_source", "سكان قرى الريف"),
    ("وتشكو من التهابات متكررة بسبب عدم قدرتها على الحركة.", "unattributed", None),
    ("ويشكو عدد من السكان من انقطاع المياه.", "anonymous_source", "عدد من السكان"),
    # an unnamed person named after all; a woman driver who kept her name back
    ("قالت نازحة تدعى أم محمد إن المياه اختلطت بمياه الصرف.", "named_source", "أم محمد"),
    ("فيما قالت سائقة فضلت عدم ذكر اسمها إنها أجلت خروجها.", "anonymous_source", None),
    ("ويصف موظفون حكوميون أوضاعهم بالكارثية.", "anonymous_source", "موظفون حكوميون"),
    # an estimate or a talk by a body or a group; the passive estimate has no source
    ("وتقدّر الأمم المتحدة عدد النازحين بأكثر من 12 مليون شخص.", "named_source", "الأمم المتحدة"),
    ("ويقدر عدد السكان بنحو مليون نسمة.", "unattributed", None),
    ("مصادر متابعة تتحدث", "anonymous_source", "مصادر متابعة"),     # (the verb ends the text)
    ("وتتحدث مصادر متابعة عن «غطاء سياسي» للعقد.", "anonymous_source", "مصادر متابعة"),
    ("ويتحدث الكتاب عن تاريخ المدينة.", "unattributed", None),
    # court conventions: a plea, and the case's own papers
    ("والتمست هيئة الدفاع البراءة لموكليها.", "named_source", None),
    ("وبحسب أوراق القضية، فإن المتهم باغت المجني عليه من الخلف.", "named_source", "أوراق القضية"),
    # a document a relative clause says a source issued is that source's; one the outlet saw is named
    ("وبحسب الضوابط التي أعلنتها الوزارة، يمكن للمواطنين تحديث بياناتهم.", "named_source", "الوزارة"),
    ("وبحسب الخطة العسكرية التي اطلعت عليها «الشرق الأوسط»، انقسمت القوة إلى محورين.", "named_source",
     "الخطة العسكرية"),
    ("ويجب فرزهم حسب المراحل التي يدرسونها.", "unattributed", None),
    # what the outlet obtained or learned rests on its unnamed informants
    ("وبحسب معلومات حصلت عليها «الشرق الأوسط»، فإنه لا يوجد جدول زمني.", "anonymous_source", None),
    ("وحسب ما علمته «الخبر» من مصادر محلية، فإن العملية سجلت أمس.", "anonymous_source", "مصادر محلية"),
    # an explanation by a group (not "يرجع تاريخه إلى"); forecasts are a document
    ("ويرجع التجار هذا الارتفاع إلى تراجع الكميات.", "anonymous_source", "التجار"),
    ("ويرجع تاريخ المسجد إلى القرن الثامن.", "unattributed", None),
    ("وينمو الاقتصاد 3 في المائة، بحسب توقعات صندوق النقد الدولي.", "named_source", "صندوق النقد الدولي"),
    # a foreign first name that looks like it has the article
    ("وقال ألكسندر نوفاك وزير الطاقة الروسي إن الإنتاج مستقر.", "named_source", "ألكسندر نوفاك"),
    # a verse quoted with an epithet of God
    ("وقال تعالى: (ولكم في القصاص حياة).", "named_source", "الله"),
    # an institution named after a king though its head is a town's; a resistance movement
    ("أعلنت مدينة الملك عبدالله الطبية عن فتح باب القبول.", "named_source", "مدينة الملك عبدالله الطبية"),
    ("وأعلنت المقاومة الشعبية سيطرتها على ثلاثة مواقع.", "named_source", "المقاومة الشعبية"),
    # a body named after a king
    ("وقال مستشفى الملك فهد إن الحالة مستقرة.", "named_source", "مستشفى الملك فهد"),
    # a source who asked not to be named is anonymous
    ("ويضيف الشاهد الذي طلب عدم ذكر اسمه: «تمكنت من الخروج».", "anonymous_source", "الشاهد"),
    # "at the time when" a source said something: the source's claim, not the outlet's note
    ("يأتي ذلك في وقت أكدت مصادر مطلعة أن المفاوضات توقفت.", "anonymous_source", "مصادر مطلعة"),
    ("ويأتي ذلك في الوقت الذي أعلنت فيه قوات التحالف تنفيذ غارات جديدة.", "named_source", "قوات التحالف"),
    ("يأتي ذلك في وقت تشهد فيه المنطقة توتراً متزايداً.", "editorial", None),
    # "يأتي"/"تأتي" with any subject frames background when a link follows; a source cited after wins
    ("وتأتي هذه الخطوة في إطار توجه الدولة نحو توطين صناعة الأدوية.", "editorial", None),
    ("ويأتي الحكم في وقت تنظر فيه المحاكم عددا من القضايا المماثلة.", "editorial", None),
    ("وتأتي الجولة في وقت تشهد فيه الاستثمارات تباطؤاً، بحسب خبراء في القطاع.", "anonymous_source",
     "خبراء في القطاع"),
    ("وتأتي حروف الخطاط بهيكلة متجددة مرنة.", "unattributed", None),
    # a family speaks as one
    ("وقالت عائلة الدوابشة :» إن المنزل سيبقى شاهداً على الجريمة.", "named_source", "عائلة الدوابشة"),
    # the 2026-11-27 round
    # a news agency with a short name that reads as a common word, in quotes
    ('ونقلت "وام" عن مصادر أمنية قولها إن الهجوم فشل.', "anonymous_source", "مصادر أمنية"),
    # an outlet's name of several words after a correspondent; the ل belongs to the cue
    ("لم تكتمل الأعمال، وفقا لمراسلة بي بي سي سالي نبيل.", "named_source", "سالي نبيل"),
    ("لم تكتمل الأعمال، وفقا لمراسل الجزيرة.", "named_source", "مراسل الجزيرة"),
    ("وهتف متظاهرون ضد الحكومة بحسب مراسلي وكالة الأنباء الفرنسية.", "named_source",
     "مراسلي وكالة الأنباء الفرنسية"),
    # parents are unnamed people
    ("وقال أولياء الأمور إن المدرسة أخطأت.", "anonymous_source", "أولياء الأمور"),
    ("وأضاف ولي أمر آخر إن المدرسة أخطأت.", "anonymous_source", "ولي أمر آخر"),
    # "يذكر" with its subject reports; the passive, "you mention" and "did not mention" do not
    ("ويذكر التقرير أيضا أن الوزير سخر من المعارضة.", "named_source", "التقرير"),
    ("وتذكر أن هذا الأسلوب قد لا يفيد مع الجميع.", "unattributed", None),
    ("وهي جهود تُذكر فتُشكر في كل مكان.", "unattributed", None),
    ("ورغم أن البيان لم يذكر الوزير بالاسم فقد انتقد سياسته.", "unattributed", None),
    # a document describes; a definite document or group takes no indefinite genitive (the object)
    ("ويصف التقرير نتنياهو بأنه متشدد.", "named_source", "التقرير"),
    ("ووصفت وسائل الإعلام تشابمان بأنها الجاسوسة الأكثر سحرا.", "anonymous_source", "وسائل الإعلام"),
    # a measure estimated in the passive is no group
    ("وتقدر قيمة الشركة حاليا بأكثر من 400 مليار دولار.", "unattributed", None),
    # the main clause after "at the time when"
    ("بيد أنه في الوقت الذي سخر فيه مستخدمون على الإنترنت من الحفل، قالت الصحيفة إن الأهالي غاضبون.",
     "named_source", "الصحيفة"),
    # ل on a body after a role is its affiliation, not the preposition of "دعا"
    ("دعا الأمين العام للأمم المتحدة أنطونيو غوتيريس، الأطراف الأخرى إلى الالتزام بتعهداتها.", "named_source",
     "أنطونيو غوتيريس"),
    # "only said"
    ("وردا على سؤال عن سجله، اكتفى زيدان بالقول إن المباراة كغيرها.", "named_source", "زيدان"),
    ("واكتفى الفريق بالتعادل في المباراة.", "unattributed", None),
    # "expresses": a person or a body, not a decision that represents something
    ("ويعبر محمد الخيام عن ارتياحه للإجراءات الجديدة.", "named_source", "محمد الخيام"),
    ("ويعبر القرار عن خطوة كبيرة إلى الأمام.", "unattributed", None),
    # a stance before a quotation is no part of the subject
    ('وأبدى الوزير أسفه "لكون السلطات لم تتوصل إلى أية معلومات".', "named_source", "الوزير"),
    # a quoted organisation before "التي"
    ('وأثار الحكم انتقادات من منظمات حقوقية، من بينها "هيومن رايتس ووتش" التي ذكرت في تقرير لها أن الاتهامات باطلة.',
     "named_source", "هيومن رايتس ووتش"),
    # an unnamed monitoring group
    ("وقالت مجموعة مراقبة مستقلة إن 300 شخص اعتقلوا.", "anonymous_source", None),
    # "said on Twitter" goes on with the subject of the sentence's first verb
    ("لكن الرئيس ترامب رفض الادعاءات، وقال على تويتر إن الاقتباسات مختلقة.", "named_source", "ترامب"),
    # "as evidenced by" is no subject
    ("المشكلة أنهم معزولون عن الواقع، بدليل أنهم يتحدثون عن إنجازات.", "unattributed", None),
    # how it was said is no part of the subject
    ("غير أن وزارة الدفاع الروسية نفت بشكل قاطع مؤكدة أن طائراتها لا تشارك.", "named_source",
     "وزارة الدفاع الروسية"),
    ("ونفت الوزارة بشكل قاطع أن تكون طائراتها شاركت.", "named_source", "الوزارة"),
    # groups named in quotes (but an unnamed official with a quoted adjective)
    ('وقالت مجموعات "جيش الإسلام" و"فيلق الرحمن" إنها مستعدة للتفاوض.', "named_source", None),
    ('وقال مسؤول "رفيع" إن الوضع سيئ.', "anonymous_source", None),
    # "according to many of the sources"
    ("وقامت السلطات العثمانية، وفقا للعديد من المصادر التاريخية، بإبادة القرى.", "anonymous_source",
     "المصادر التاريخية"),
    # an acting minister
    ("انتقد القائم بأعمال وزير الخارجية الأميركي جون سوليفان انتهاكات حقوق الإنسان.", "named_source",
     "جون سوليفان"),
    # a name, then which of several he is
    ('وقال شيروان بري، أحد رؤساء الهلال الأحمر الكردي "تعرضت المدينة لقصف كثيف".', "named_source", "شيروان بري"),
    # a blame laid on another
    ("وتلقي اللجنة القومية للحزب الديمقراطي بالمسؤولية على روسيا.", "named_source",
     "اللجنة القومية للحزب الديمقراطي"),
    # factions are named by what follows them, unnamed by descriptors alone
    ("وذكر بيان صادر عن فصائل الجيش السوري الحر أنهم رفضوا الاستسلام.", "named_source",
     "فصائل الجيش السوري الحر"),
    ("وقالت فصائل مسلحة إنها رفضت الاستسلام.", "anonymous_source", None),
    # the name after the role, set off at the end of the sentence
    ("قتل 29 شخصا، بحسب المتحدث باسم القوات المسلحة الإيرانية، العميد أبو الفضل شكارجي.", "named_source",
     "أبو الفضل شكارجي"),
    # reports with no source
    ("ثمة تقارير متناقضة بشأن من يقف وراء الهجوم.", "unverified_report", None),
    # a state that holds something to be something, subject first (not "was considered")
    ("لكن واشنطن تعتبر وحدات حماية الشعب حليفا ضد الجهاديين.", "named_source", "واشنطن"),
    ("والجنرال أدولف كان يعتبر على نطاق واسع مسؤولا عن الأمن فعليا.", "unattributed", None),
    # named after a relative clause
    ("وقال أحد المرضى الذين شاركوا في التجربة، ويدعى ديفيد ردفورد، إن الجراح فوجئ.", "named_source", "ديفيد ردفورد"),
    # "، إلا أن" opens another clause: no complement of the verb before it
    ("ورغم ان رونالدو أكمل الشوط الأول، إلا أن زيدان أراحه في الثاني.", "unattributed", None),
    # "سبق وأكد": had already (no newspaper called سبق)
    ("وتراجع الاتحاد عن دعمه للملف، بعد أن سبق وأكّد وقوفه إلى جانبه.", "unattributed", None),
    # "غالباً ما": often, no negation
    ("وغالبا ما ينصح خبراء أمن الإنترنت بتعطيل هذه الخدمات.", "anonymous_source", "خبراء أمن الإنترنت"),
    # insisting that something is so (not insisting on doing it)
    ("وبينما رأت الشرطة أنها حققت أرباحا، أصرت كامارا على أنها لم ترتكب أي خطأ.", "named_source", "كامارا"),
    ("لقد أصر المالكي على أن يكون ابنا وفيا لأفكاره.", "unattributed", None),
    # an accusation with its charge: the accuser first, then the accused (not those accused in a relative clause)
    ("وتتهم السلطات الأفغانية أجهزة الاستخبارات الباكستانية بالوقوف وراء طالبان.", "named_source",
     "السلطات الأفغانية"),
    ("باكستان تتهم الهند بانتهاك وقف إطلاق النار.", "named_source", "باكستان"),
    ("وينظر المجلس في وضع الضباط الذين يتهمون بقضايا تتعلق بالانضباط.", "unattributed", None),
    # a definite sound plural takes no genitive: what follows is the object
    ("ويتهم المتظاهرون الحكومة بالفساد.", "anonymous_source", "المتظاهرون"),
    ("ويتهم هؤلاء الأشخاص بالتسبب في مقتل اثنين من رجال الشرطة.", "unattributed", None),
    # people who saw the talks; an account's holder named by its handle
    ("وتعتزم الشركة إدارة الفندق، نقلاً عن أشخاص اطلعوا على المحادثات.", "anonymous_source", None),
    ('وقال صاحب حساب كائنا من كان: "لا يجوز ذلك".', "named_source", "كائنا من كان"),
    # an outlet's report that ends on its own source
    ("وقد علمت CNN بأن مكيب وثّق مذكرات لمحادثاته، وفقاً لمصدر مطّلع بالقضية.", "anonymous_source", None),
    # "which X said": ما, the verb with the pronoun of what was said, its subject
    ("وارتفعت الأسعار، وهو ما أكده المتحدث باسم الوزارة.", "named_source", "المتحدث باسم الوزارة"),
    ("وبدا الرئيس متابعا للأوضاع، ما اعتبره مراقبون محاولة يائسة لاحتواء الاحتجاجات.", "anonymous_source",
     "مراقبون"),
    ("وارتفعت الأسعار، وهو ما يؤكد ضعف الرقابة.", "unattributed", None),
    ("وتذكر الكويت محنة الغزو بكل ما حملته من آلام.", "unattributed", None),
    # a rumour or an impersonal belief opening the sentence frames all of it
    ("وتردد أن نتانياهو دعا أعضاء ائتلافه إلى الالتزام.", "unverified_report", None),
    ("لكن يُعتقد أنه كان يقصد الدول المنافسة.", "unverified_report", None),
    # members are a group: no name follows them (the accused does)
    ("واتهم أعضاء الائتلاف الحاكم نتانياهو بافتعال أزمة.", "anonymous_source", None),
    # the state's media speak as one identified voice; other media stay unnamed
    ("وأفادت وسائل الإعلام الرسمية أن الرئاسة تحمل حماس المسؤولية.", "named_source", "وسائل الإعلام الرسمية"),
    ("وذكرت وسائل إعلام محلية أن 29 شخصا قتلوا.", "anonymous_source", None),
    # "more than once" is how it was said; light shed on something is a claim
    ("وكان أردوغان، قد أكد غير مرة، أن كل الشرور تنبع من رفع أسعار الفائدة.", "named_source", "أردوغان"),
    ("وألقى المعلم الضوء على أن تركيا تعتبر عدوا.", "named_source", "المعلم"),
    ("وألقى الوزير كلمة في الحفل.", "unattributed", None),
    # where one posted, before a comma and أن
    ("أما وزير الخارجية، أنور قرقاش، فكتب على حسابه بموقع تويتر، أن قطر لم تتعامل بحكمة.", "named_source",
     "أنور قرقاش"),
    # a definite word in -ي after ل owns an indefinite document (it cannot be its adjective)
    ("وجاء في تغريدة للقرضاوي أن الوضع سيئ.", "named_source", "القرضاوي"),
    ("وقال تقرير للجنة الوطنية إن الوضع سيئ.", "named_source", "اللجنة الوطنية"),
    # a share of respondents; an exhortation in the body, with whom it urges after the subject
    ("برز القطاع الحكومي (بحسب 31٪ من المجيبين) كأحد أفضل القطاعات.", "anonymous_source", "المجيبين"),
    ("وتحث جمعية المستهلكين في بريطانيا المشجعين على ضرورة شراء التذاكر.", "named_source", "جمعية المستهلكين"),
    ("وتحث الوزارة المواطنين على الالتزام.", "named_source", "الوزارة"),
    # a state's envoy serves it; an agency's photographer; files
    ("وقال مندوب سوريا لدى الأمم المتحدة إن الوضع سيئ.", "named_source", None),
    ("وقال مسؤول سوري إن الوضع سيئ.", "anonymous_source", None),
    ("وتوقفت الحركة في الشوارع، وفقا لمصور فرانس برس.", "named_source", "مصور فرانس برس"),
    ("وسيحمل الصاروخ قمرين صناعيين، وفقاً لملفات عامة.", "anonymous_source", None),
    # advice governing بأن; a channel after عبر (not "expressed"); a question
    ("وينصح الدليل الصحفي بأن يكون نظيفا.", "named_source", "الدليل الصحفي"),
    ("ولتعظيم الأثر، يوصي تقرير البنك الدولي بأن ينتبه واضعو السياسات.", "named_source", "البنك الدولي"),
    ("وتبث المباريات عبر التلفزيون الرسمي مجانا، كما أفاد مصدر حكومي من دون الكشف عن اسمه.",
     "anonymous_source", "مصدر حكومي"),
    ("فماذا قال نبيل معلول؟", "unattributed", None),
    # the next round: a foreign name beginning with و after كان; a body's affiliation after التابع لـ
    ("وكان ويليامسون يقول إن القوات تواصل المعركة بنجاح.", "named_source", "ويليامسون"),
    ("وكان وعد يقول إن الوضع صعب.", "unattributed", None),
    ("وقال الإعلام الحربي التابع لجماعة حزب الله اللبنانية أيضا إن صواريخ استهدفت قاعدة جوية.", "named_source",
     "الإعلام الحربي"),
    ("وقالت وكالة أعماق التابعة لتنظيم داعش إن الوضع صعب.", "named_source", "وكالة أعماق"),
    # a woman prosecutor's role; a second adjunct set off by commas before the verb
    ("ودعت المدعية العامة للمحكمة الجنائية الدولية، فاتو بنسودا، إلى تحقيق شامل.", "named_source", "فاتو بنسودا"),
    ("وبعد اللقاء مع ماي، ليلة الخميس، أصدر الوزير بياناً أكد فيه أن الوضع صعب.", "named_source", "الوزير"),
    # described and accused in the passive: no one speaks
    ("وافق البرلمان الإيراني على مشروع قانون وُصف بأنه حيوي لإنقاذ الاتفاق.", "unattributed", None),
    ("هذه حالات التسمم التي اتُهمت بها روسيا عبر السنين", "unattributed", None),
    ("واتهم الوزير إيران بالتحريض على العنف.", "named_source", "الوزير"),
    # a plural in construct before a demonstrative; أما ... فـ; "anyone" after a negation; يرى in a relative
    ("ويقول منتقدو هذه الخطوة إنها ستحد من حرية التعبير.", "anonymous_source", None),
    ("أما محمد النجار رئيس البحوث بشركة المروة لتداول الأوراق المالية فيتوقع حدوث ركود.", "named_source",
     "محمد النجار"),
    ("أما الأسعار فيتوقع أن ترتفع.", "unattributed", None),
    ("أصبحت السويد معتادة على الحكومات الائتلافية، ولم يكن يتوقع أحد فوزا صريحا لحزب.", "unattributed", None),
    ("ومنهم الخبير الاقتصادي عبد الخالق فاروق الذي يرى أن القرار لن يتم التراجع عنه.", "named_source", None),
    # news told with no reported clause, closed by an according-to, rests on it (not a speaker relayed
    # by an agency, nor a plan followed)
    ("أعلن الاتحاد الأوروبي استدعاء سفيره في موسكو، وفقاً لما ذكره رئيس الوزراء الإيرلندي ليو فارادكار.",
     "named_source", "فارادكار"),
    ("وقال جريك كلارك وزير المجتمعات المحلية، بحسب \"الألمانية\"، إن الملاك ملزمون بطرد المهاجرين.",
     "named_source", "جريك كلارك"),
    ("وأكد الوزير حرص المجلس على وحدة اليمن، وفقا للمبادرة الخليجية.", "named_source", "الوزير"),
    # a journalist is a source noun (but "صحفية" after reports is the adjective "press")
    ("لكن الصحفي التونسي فوزي ضويوي يرى أن منتخب مصر قادر على العبور.", "named_source", "فوزي ضويوي"),
    ("ذكرت تقارير صحفية أن عدد المرحلين ارتفع بشدة.", "unverified_report", None),
    # a quotation closed by a comma after the speaker, before another clause
    ('وقال بوفون عن أوليفر "قلبه كيس من القمامة"، وخاطبه قائلا "اجلس في المدرجات".', "named_source", "بوفون"),
    # who had said so before, after the ل of سبق
    ("وسبق لبعض الدول الأفريقية أن دعت إلى الانسحاب من المحكمة الدولية.", "anonymous_source", None),
    ("وسبق لمصر أن أعلنت أنها ستتقدم بترشيح.", "named_source", "مصر"),
    ("وسبق للمنتخب أن أعلن فوزه.", "unattributed", None),
    # the outlet's notes; a profile under a name's label is about him, not his answer
    ("ويجب الإشارة إلى أن أوتاميندي هو صاحب أكبر عدد من التمريرات.", "editorial", None),
    ("وللإشارة، سيصبح الحارس المصري عصام الحضري أكبر لاعب.", "editorial", None),
    ("ديفيد سيلفا: يعد ديفيد سيلفا أحد أساطير نادي مانشستر سيتي.", "unattributed", None),
    ("منى العبادي: يعني الوضع صعب جدا.", "named_source", "منى العبادي"),
    # said in a clause of time after the news told: background (not "في حين": whereas; not a verse quoted)
    ("تراجعت مشتريات الهند من النفط الإيراني في يونيو حين أعلنت الولايات المتحدة أنها ستعيد فرض العقوبات.",
     "unattributed", None),
    ("ارتفعت أسعار النفط للجلسة الثانية بعدما أظهرت بيانات انخفاض مخزونات الخام.", "unattributed", None),
    ("تراجعت أسعار النفط، الاثنين، بعدما حذر وزراء مالية مجموعة العشرين من تزايد المخاطر.", "unattributed", None),
    ("وأطلق الرئيس أعمال المحطات، في حين أكد وزير الكهرباء أن المحطات ستوفر الطاقة.", "named_source",
     "وزير الكهرباء"),
    ('وأثار المطرب جدلا كبيرا عندما قال: "أفضل مطربة هي نوال".', "named_source", None),
    ("قال البيت الأبيض إن ترامب يريد عودة القوات وذلك بعد أن قال ماكرون إنه أقنعه.", "named_source",
     "البيت الأبيض"),
    # "described it as" after another verb: the describer is that verb's subject (not in a relative clause)
    ('وقد هاجمت الصين تعليقات ترامب ووصفتها بأنها "غير مسؤولة".', "named_source", "الصين"),
    ('هاجم وزير الخارجية السابق بوريس جونسون خطة ماي ووصفها بأنها "سترة ناسفة".', "named_source",
     "بوريس جونسون"),
    ("كان بولسون لا يرحم في انتقاده لحكومة الرئيس تشي التي وصفها بأنها جعجعة بلا طحن.", "unattributed", None),
    # a name normalised to look definite (ألونسو), then where he posted, before a long way to the colon
    ("وقال ألونسو على موقع بايرن في شبكة الإنترنت : أعتقد أن بايرن هو المرشح الأقوى.", "named_source", "ألونسو"),
    # leaders speak for what they lead; a belief opening the sentence frames it, unless a closing
    # according-to names whose account it is
    ("ويحذر زعماء النقابات أن هناك سباقا مع الزمن.", "named_source", "زعماء النقابات"),
    ("ويعتقد أن صندوق الثروة يملك أصولا بقيمة 183 مليار دولار، إذ تعهدت المملكة بمضاعفة حجم الصندوق.",
     "unverified_report", None),
    ('ويعتقد أن الأميرة اجتازت تأهيلا في الغوص في جزيرة "موستيك" طبقا لصحيفة "تليغراف".', "named_source", None),
    # "on his behalf" is no speaker
    ("تعرض الوزير إلى موقف محرج، عندما سيطر هاتفه على محادثة، وتحدث نيابة عنه، في موقف يذكرنا بخطورة الذكاء.",
     "unattributed", None),
    # the round after: آن with its madda is the name Anne, never the complementiser أن
    ('وتعليقا على التحقيق، قالت آن لونغفيلد، مفوضية شؤون الأطفال في إنجلترا إن "تلك الدمى مقززة".',
     "named_source", "آن لونغفيلد"),
    ("وأكد الوزير في آن واحد أن الخطة ناجحة.", "named_source", "الوزير"),
    # and ألان with its hamza is the name Alan, never الآن (now)
    ("ويصف ألان فاين، محقق من ميامي، ما حدث قائلا \"أيوب آمن بأن ما حدث كان سحرا\".", "named_source", "ألان فاين"),
    ("وقال الوزير الآن إن الأمر غريب.", "named_source", "الوزير"),
    # and ألي with its hamza is the name Ally, never إلى
    ("وقالت ألي جان، والدة الشاب القتيل، لقناة إن بي سي إن عائلته صدمت بخبر مقتله.", "named_source", "ألي جان"),
    # a first name that looks like لـ on a rare word, before another unknown word; but لـ on a frequent
    # word is the outlet spoken to
    ("وقال لوري والاش مدير منظمة «بابليك سيتيزن» في واشنطن إن «عدم التوصل إلى اتفاق نبأ سار».",
     "named_source", "لوري والاش"),
    ("وقالت لوري بلوتكين إن حجم التغييرات مدهش.", "named_source", "لوري بلوتكين"),
    ("وقال لعنب بلدي إن الوضع في المدينة هادئ.", "unattributed", None),
    # what a named speaker speaks of, after عن, is no part of his name; "المتحدث عن" is
    ('ويقول سميث عن حقيقة ما حدث "مالكو البنك تعرضوا لضربة كبيرة".', "named_source", "سميث"),
    ('وتقول الصحفية كشمير عن هذا "من المثير أن القضية تتمحور حول فيسبوك".', "named_source", "الصحفية كشمير"),
    ("وقال المتحدث عن الحملة إن الوضع جيد.", "named_source", "المتحدث"),
    ("وقال عضو البرلمان العراقي عن ائتلاف دولة القانون محمد الشمري إن العبادي تسلم السلطة في ظروف صعبة.",
     "named_source", "محمد الشمري"),
    # a well-known agency's short name after it, in brackets or alone at the end
    ("فرضت الصين رسوما جمركية على 128 صنفا، كما أفادت وكالة أنباء الصين الجديدة (شينخوا) الرسمية.",
     "named_source", "وكالة أنباء الصين الجديدة شينخوا"),
    ("حظر البنك المركزي التعامل في العملات المشفرة، حسبما قالت وكالة الأنباء الإيرانية إيرنا.",
     "named_source", "وكالة الأنباء الإيرانية إيرنا"),
    ('وأوضح التقرير الذي نشر عبر موقع صحيفة "ديلي ميل" البريطانية أن المضخة تعمل.',
     "named_source", "موقع صحيفة ديلي ميل البريطانية"),
    # an outlet that relays, in an according-to clause, rests on whom it relays
    ("تستعد الشركة لإطلاق ثلاثة هواتف جديدة هذا العام، وفقا لما ذكرته بلومبرغ نقلا عن مصادر مطلعة.",
     "anonymous_source", "مصادر مطلعة"),
    # the noun after a demonstrative closes an adverbial; it is no subject
    ("وفي وقت سابق من هذا الشهر توقعت الشركة التي مقرها كوبرتينو إيرادات مخيبة للآمال.", "named_source", "الشركة"),
    # a team's sport between the role and the name
    ("أعلن مدرب منتخب فرنسا لكرة القدم ديدييه ديشان الخميس تشكيلته النهائية للمونديال.",
     "named_source", "ديدييه ديشان"),
    # what a statement announces after فيه is no speaker; "ثمن النهائي" is a round, not a verb
    ("أصدر النادي بيانا صحفيا الاثنين يعلن فيه تعيين المدرب الألماني توماس توخل مديرا فنيا للفريق.",
     "unattributed", None),
    ("وأقصي في الموسمين الأخيرين من الدور ثمن النهائي: في 2017 أمام ريال مدريد الإسباني.", "unattributed", None),
    ("وثمن الوزير جهود المملكة في دعم الاستقرار.", "named_source", "الوزير"),
    # a statement is a document; the one who published it owns it (but "نشرت أمس" is a passive)
    ("وجاء في التصريح أيضا أن الوزارة ستتخذ الإجراءات.", "named_source", "التصريح"),
    ("وجاء في تصريح نشره عبدالمهدي في صفحته الرسمية أنه قرر إطلاق الموقع.", "named_source", "عبدالمهدي"),
    ("وأظهرت بيانات نشرت أمس الخميس نمو الاقتصاد الأمريكي بنسبة 2.3 في المائة.", "anonymous_source", None),
    # "نيابة عن" ends the name of who acts on another's behalf
    ("وقال جونسون نيابة عن الشركة إن المناقشات مستمرة.", "named_source", "جونسون"),
    # critics in the genitive after أن are an unnamed group, as in the nominative
    ('إلا أن منتقدي التطبيق يرون أنه "فخ" يجذب الأطفال.', "anonymous_source", "منتقدي التطبيق"),
    # the topic fronted by أما and set off by a comma speaks through فـ
    ("أما إيمري، فأعلن بنفسه في أواخر نيسان الماضي، أنه سيرحل عن النادي في نهاية الموسم.", "named_source", "إيمري"),
    # a share of an unnamed group, about or more or less, is that group
    ("وأشار حوالي نصف المجيبين إلى أن أخلاقيات العمل تحمل معنى قانونيا.", "anonymous_source", None),
    ("وأشار أقل من نصف المجيبين إلى أن المسؤولين يأخذون الأمور في الحسبان.", "anonymous_source", None),
    ("وأعلنت نحو 157 شركة عن نتائجها المالية للربع الثاني.", "unattributed", None),
    # how the subject before the verb said it, in the accusative, is no object
    ('صلاح قال معلقاً على أدائه عقب المباراة، إنها "ليست مسألة أرقام بالنسبة لي".', "named_source", "صلاح"),
    # "هذا و" opens a sentence, it infers nothing
    ("هذا وأكد الأمير أن الخطة جاهزة.", "named_source", "الأمير"),
    ("وهذا يؤكد أن الخطة جاهزة.", "unattributed", None),
    # a fear of something, with من and no أن, is a view
    ("ويخشى البعض من انهيار الاتفاق النووي وعودة العقوبات.", "anonymous_source", "البعض"),
    ("ويتخوف معارضون سوريون من أن يكون الهجوم استمرارا لنهج الإقصاء.", "anonymous_source", "معارضون سوريون"),
    # the subject after لا تزال / ما زال, as after كان
    ("ولا تزال روسيا تنفي أي تورط في الحادث.", "named_source", "روسيا"),
    # unnamed investigators
    ("ذكر محققون روس، أنهم تتبعوا خطوات ابنة الجاسوس الروسي.", "anonymous_source", "محققون روس"),
    # a rumour told with كان
    ("وكان تردد أن أمازون مهتمة بدخول عالم الأدوية.", "unverified_report", None),
    # the outlet's own notes
    ("الجدير بالملاحظة أن هاتين الشركتين لا تعملان في مجال التكنولوجيا.", "editorial", None),
    ("ولابد من الإشارة إلى أن هذه اللقطات تأتي بعد نحو شهرين من قضية مماثلة.", "editorial", None),
    ("ويلاحظ من الإنفوغرافيك أيضا أن شركات التكنولوجيا هي الأكثر تعرضا للخسائر.", "editorial", None),
    ("ويلاحظ الخبير أن الأسعار مرتفعة في الأسواق.", "unattributed", None),
    # a link to another story inside a paragraph cites no one
    ("اقرأ المزيد:  روسيا: على لندن تقديم الأدلة بقضية سكريبال أو الاعتذار", "unattributed", None),
    ('للمزيد: منظمة "إيتا" الانفصالية تعلن "الوقف النهائي لعملها المسلح"', "unattributed", None),
    # a given name right after a company's noun is the company's own name
    ("وقالت شركة كريم إن أنظمتها تعرضت لاختراق.", "named_source", "شركة كريم"),
    # an adverb after the verb is no name; an indefinite spokesman in the accusative after لكن
    ("وقال الوزير صراحة إن الخطة فشلت.", "named_source", "الوزير"),
    ("ولكن متحدثا باسم وزارة الخارجية الإسرائيلية أكد أنه لم يكن على علم بالزيارة.",
     "named_source", "متحدثا باسم وزارة الخارجية الإسرائيلية"),
    # words joined by a hyphen are one name; a hyphen between numbers or dotted letters joins nothing
    ("ورحب الرئيس الكوري الجنوبي، مون جيه-إن، بهذه الأنباء، قائلا إن الحل بين واشنطن وبيونغ يانغ.",
     "named_source", "مون جيه-إن"),
    ("ويشير فريديرك مارتي-ديبا المدير العام للمجموعة إلى أن القرار منطقي.", "named_source", "فريديرك مارتي-ديبا"),
    ('كان المحللون الذين استطلعت وكالة "د.ب.أ-أيه.إف.إكس" للأنباء الاقتصادية يتوقعون وصول أرباح أكبر.',
     "anonymous_source", "المحللون"),
    # a demand at the head of the sentence reports; whom it is made of is no part of the source
    ("ويطالب البيت الأبيض بكين بخفضه بمقدار 200 مليار.", "named_source", "البيت الأبيض"),
    ("ولكي يتم إعفاؤه بشكل نهائي، تطالب واشنطن بفتح السوق الأوروبية بشكل أكبر.", "named_source", "واشنطن"),
    ("وطالب الأكراد دمشق بالتدخل لحماية عفرين.", "named_source", "الأكراد"),
    ("وتؤمن الشركة التي يطالب موظفوها بزيادة الرواتب رحلاتها كلها.", "unattributed", None),
    # a single name before a comma and a role may begin with a letter that looks like ب or ل
    ("وقال لافروف، وزير الخارجية الروسي، إن الحل سياسي.", "named_source", "لافروف"),
    ('وقالت باشليه، رئيسة تشيلي السابقة، "هذا النوع من المواقف له عواقب مدمرة".', "named_source", "باشليه"),
    ("وقال للصحفيين، رئيس الوزراء، إن الحل سياسي.", "named_source", "رئيس الوزراء"),
    # a name spelt with ي is not the verb روى; Jim is a first name, not the letter جيم
    ('وقالت روي في بيان على موقع المدرسة: "أشعر أني محظوظة جدا".', "named_source", "روي"),
    ("واتهم جيم هولدر، مدير تحرير موقع أوتوكار، الحكومة البريطانية بالفشل.", "named_source", "جيم هولدر"),
    # a definite title after two words of an unknown name is his post, and the name is the source
    ('ويقول موريس ليفي الرئيس السابق لشركة "بوبليسيس"، "ثمة سؤال يطرح".', "named_source", "موريس ليفي"),
    ('وقال جان بول ترواديك الرئيس السابق لسلطة الطيران المدني "علينا الا نتوقع معجزات".',
     "named_source", "جان بول ترواديك"),
    # the reports of an outlet whose name has several words rest on the outlet
    ("وأشارت تقارير فاينانشال تايمز إلى أن السيارات سوف يحظر استخدامها.", "named_source", "فاينانشال تايمز"),
    ("وأشارت تقارير إلى أن السيارات سوف يحظر استخدامها.", "unverified_report", None),
    # a definite unnamed-source noun and its adjectives, then a foreign name, after an according-to cue
    ("يبقى الأسد المنتصر الوحيد، حسب المحلل الفرنسي فبريس بلانش.", "named_source", "فبريس بلانش"),
    ("يبقى الأسد المنتصر الوحيد، حسب المحلل الفرنسي.", "anonymous_source", None),
    ("وكان رئيس الاتحاد الروسي لألعاب القوى فالنتين بالاخنيتشيف الذي اتهم بالمنشطات، استقال من منصبه.",
     "unattributed", None),
    # a name the lists do not know after وفقاً لـ, set off at the end; a rule or a pronoun is no one
    ("هو كل ما تم تحقيقه حتى اليوم، وفقا لجبّور.", "named_source", "جبّور"),
    ("ما تريده الجمعيات، وفقا لغادة جبّور، أن يتضمن القانون إمكانية فسخ العقد.", "named_source", "غادة جبّور"),
    ("وسيتم التنفيذ، وفقا للخطة الجديدة.", "unattributed", None),
    ("وسيتم التنفيذ، حسب تصنيفه.", "unattributed", None),
    # the name set off after a role and the party or body it sits for
    ("سمعت عضو الكونغرس عن الحزب الديمقراطي، فريدريكا ويلسون، المكالمة، وقالت إن الرئيس تردد.",
     "named_source", "فريدريكا ويلسون"),
    # right after the cue, a word that looks like a past-tense verb is a name; a present tense is a verb
    ("ويرى دان غولدبرغ، مراسل صحيفة بوليتيكو، أنه ليس هناك مؤامرة.", "named_source", "دان غولدبرغ"),
    ('ويقول نوه ويلكوكس، رئيس جراند رابيدز: "الشيء رقم واحد على القائمة".', "named_source", "نوه ويلكوكس"),
    # opposition and defence at the head of the sentence; a plural or verbal noun after a definite subject
    # is what the subject acts on
    ("عارضت الحكومة السويسرية العقوبات التي فرضتها الإدارة الأمريكية على إيران.", "named_source", "الحكومة السويسرية"),
    ("وعارض عدد من أعضاء الكونغرس الاتفاق باعتباره ليس مشددا بما يكفي.", "anonymous_source", "عدد من أعضاء الكونغرس"),
    ("ودافع تيلرسون عن سجله والإنجازات التي حققها خلال فترة تقلده لمنصبه.", "named_source", "تيلرسون"),
    ("وهي الحركة التي دافع عنها الرئيس طويلا.", "unattributed", None),
    # demanding, after a comma, rests on the clause's subject; a state after a person's name is whom he
    # addresses, no part of the name
    ("تحدى الرئيس التركي رجب طيب أردوغان السعودية، مطالبا إياها بتقديم دليل يثبت مغادرة الصحفي.",
     "named_source", "رجب طيب أردوغان"),
    ("ورفع المتظاهرون شعارات نددت بالفشل الحكومي، مطالبين بإقالة وزير الكهرباء.", "anonymous_source", None),
    # بحسبهم before a word is another word (a misspelt بحبسهم), no one cited
    ("وقررت المحكمة إعادة نظر القضية بعد الحكم الصادر بحسبهم لفترات تتراوح بين عام وعامين.", "unattributed", None),
    # the outlet spoken to is no part of the source, also when its name starts with a short word ("لبي بي سي")
    ("وقال متحدث باسم الشرطة لبي بي سي إن التحقيقات جارية.", "named_source", "متحدث باسم الشرطة"),
    ("وقال شارما لبي بي سي إن الوضع صعب.", "named_source", "شارما"),
    # a person's name is no word like السابق or صاحب; unknown words after a role and its nationality are
    # the name, not the role
    ("وقال وزير الاقتصاد الفرنسي برونو لومير إن الاتفاق جيد.", "named_source", "برونو لومير"),
    ("وقال الرئيس الصومالي السابق إن الاتفاق جيد.", "named_source", "الرئيس الصومالي السابق"),
    ("وقال الرئيس الأميركي صاحب التصريحات المثيرة للجدل إن الاتفاق جيد.", "named_source",
     "الرئيس الأميركي صاحب التصريحات المثيرة للجدل"),
    ("أكد وكيل أعمال اللاعب الدولي بواتينغ أن موكله لم يرد على العرض.", "named_source", "وكيل أعمال اللاعب الدولي"),
    # a body after a definite subject is whom the subject accuses, asks or advises, no adjective of it
    ("واتهمت المعارضة الحكومة بتزوير الانتخابات.", "named_source", "المعارضة"),
    ("ونصح صندوق النقد الحكومة برفع أسعار الكهرباء.", "named_source", "صندوق النقد"),
    ("وطالب البيان الحكومة التركية بالعودة إلى عملية السلام.", "named_source", "البيان"),
    ("وقالت الأحزاب المعارضة إن الانتخابات مزورة.", "anonymous_source", "الأحزاب المعارضة"),
    ("وقالت قيادة الجبهة الداخلية إن الصواريخ سقطت في مناطق مفتوحة.", "named_source", "قيادة الجبهة الداخلية"),
    # a pledge or a threat governs ب and a verbal noun: what is pledged is no part of the source; a name
    # that starts with با is no verbal noun
    ("وتعهد الرئيس بمحاربة الفساد.", "named_source", "الرئيس"),
    ("وتوعد ترامب بكين بفرض رسوم أخرى.", "named_source", "ترامب"),
    ("وتعهدت الدول الأوروبية بالرد الفوري، فيما أعلنت المكسيك أنها ستتخذ إجراءات مماثلة.",
     "named_source", "الدول الأوروبية"),
    ("تعهد رئيس إقليم كردستان العراق مسعود بارزاني، اليوم، بالانتقام من التنظيم.", "named_source", "مسعود بارزاني"),
    ("وتعهد الرئيس الأمريكي باراك أوباما بإغلاق المعتقل.", "named_source", "باراك أوباما"),
    # a quotation after the speaker's name, then an adjunct of what was said; a quoted body's name after
    # a head noun is the body
    ('وأضافت فريلاند "نعتمد على مساندة ألمانيا" في الدفاع عن حقوق الإنسان.', "named_source", "فريلاند"),
    ('وأشارت مؤسسة "إنترنت ووتش فاونداشن" في تقريرها السنوي إلى أنها وجدت آلاف العناوين.',
     "named_source", "مؤسسة إنترنت ووتش فاونداشن"),
    # an adverb between an impersonal passive and أن changes nothing
    ("ويُعتقد أيضا أن برودبنت أحد الخلفاء المحتملين لمحافظ البنك.", "unverified_report", None),
    ("ويعتقد على نطاق واسع أن الهجوم نفذه التنظيم.", "unverified_report", None),
    ("ويذكر كذلك أن الحكومة أعلنت حالة الطوارئ الشهر الماضي.", "editorial", None),
    # a role with a pronoun ending is the one who serves the person spoken of (his lawyer, her coach);
    # the same letters with ة are one lawyer or adviser among many
    ("وقال محاميه إن موكله بريء.", "named_source", "محاميه"),
    ("وقال مدربه إن اللاعب جاهز للمباراة.", "named_source", "مدربه"),
    ("وقالت محامية إن موكلتها بريئة.", "anonymous_source", "محامية"),
    ("وقالت مستشارة في الوزارة إن الخطة جاهزة.", "anonymous_source", "مستشارة في الوزارة"),
    # what is described before بأنه is no part of the describer; an adjective or whom a role serves is
    ("ووصف المسؤول الصيني التراشق الضريبي الدائر بين البلدين بأنه وقت فوضوي.", "anonymous_source", "المسؤول الصيني"),
    ("ووصفت الخارجية الأميركية إيران بأنها راعية للإرهاب.", "named_source", "الخارجية الأميركية"),
    ("وأفادت وزارة الدفاع العراقية بأن المسلحين هاجموا القطعات.", "named_source", "وزارة الدفاع العراقية"),
    ("وأشار مدير المعرض أحمد العمري بأن المعرض مبادرة.", "named_source", "أحمد العمري"),
    ("وصرح نائب سفير روسيا بالأمم المتحدة بأن موسكو ترفض القرار.", "named_source", "نائب سفير روسيا بالأمم المتحدة"),
    # an adverb inside "جاء في"; still not "came second"
    ("وجاء أيضاً في البيان: إن المنتخب سيخوض مباراة ودية.", "named_source", "البيان"),
    ("وجاء أيضاً في المركز الثاني فريق الهلال.", "unattributed", None),
    # a pledge, promise or threat in a relative clause tells about the one who made it; no one is cited
    ("ويزور الرئيس النيجيري واشنطن حيث التقى نظيره الأمريكي دونالد ترامب الذي تعهد تقديم مزيد من الدعم.",
     "unattributed", None),
    ("مع المساعدات العسكرية والمزيد الذي وعد به أوباما تملك إسرائيل قدرة كافية.", "unattributed", None),
    ("وقال سالفيني، الذي هدد من قبل بوقف المساهمة، إنه يتعين على إيطاليا الرد.", "named_source", "سالفيني"),
    # a role set off after the name, then "الذي قال": the name speaks; a name of four words and a title
    # set off after the role
    ("ومن بين المعارضين للتعريفات الجمهوري بول رايان، رئيس مجلس النواب، الذي قال إن التعريفات مست الحلفاء.",
     "named_source", "بول رايان"),
    ("وردد المفوض السامي لحقوق الإنسان، الأمير زيد بن رعد الحسين، التحذيرات مشدّداً على أهمية التطبيق الكلي للهدنة.",
     "named_source", "زيد بن رعد الحسين"),
    # a quotation that opens like a sentence (a preposition, a negation, "we") after the speaker is what he
    # said; before أن a quotation is still a quoted name
    ('وفي حديثه لبرنامج "اليوم"، قال والاس "في نهاية المطاف" الرئيس الروسي هو وراء تلك العملية.',
     "named_source", "والاس"),
    ('وقال الوزير "لن نسمح بذلك" في كلمته أمام البرلمان.', "named_source", "الوزير"),
    ('وقال رئيس "في بي إن" إن الشبكة ستتوسع.', "named_source", "رئيس في بي إن"),
    # after a plural group and its adjective, a state or a definite noun is whom they accuse
    ("ويتهم مسؤولون أمريكيون الصين ببناء هيمنتها الصناعية.", "anonymous_source", "مسؤولون أمريكيون"),
    ("ويتهم سكان محليون الحكومة بالفساد.", "anonymous_source", "سكان محليون"),
    # an outlet's name from the media lexicon is a source on its own, with a ل on it too; an outlet whose
    # name is a common word is not ("صدر اليوم بيان": today)
    ("وبحث الوزراء وسائل زيادة التنسيق، وفقا لوام.", "named_source", "وام"),
    ("وبحث الوزراء وسائل زيادة التنسيق، بحسب وام.", "named_source", "وام"),
    ("صدر اليوم بيان مشترك بمناسبة الزيارة فيما يلي نصه:", "unattributed", ""),
    # after a role, a foreign name whose second word looks like a common word, closing the phrase
    ("حاولت الحكومة التخفيف من الضغوط، بحسب الكاتب والمحلل السياسي التركي غوكتاي بيرم.", "named_source", "غوكتاي بيرم"),
    ('في مقال نُشر في موقع "لايفهاك"، كتب الصحفي الأمريكي أسلي أومر 12 وصية لمن يرغبون في الخصوصية.',
     "named_source", "أسلي أومر"),
    # a quoted outlet's name right after "according to" is whole, إن in it too; the FBI spelt out
    ('وبحسب "إن بي سي" فإن بورنستين كان الطبيب الشخصي لترامب.', "named_source", "إن بي سي"),
    ("وبحسب أف بي آي، فقد أبلغ عن خسارة 3.7 ملايين دولار.", "named_source", None),
    # a role and whom it serves, then the name set off by commas, before the object
    ("من جانبه، حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، الولايات المتحدة مسؤولية عواقب الضربات.",
     "named_source", "أناتولي أنتونوف"),
    # a body, what it is set off by commas (وهي ...), then its verb
    ('لكن منظمة العفو الدولية، وهي منظمة حقوقية، قالت إن "هذه القواعد شفافة".', "named_source", "منظمة العفو الدولية"),
    # "relayed from one it described as ...": the one described is the source; a name after ل and a role
    # is whom the unnamed one serves, not his name
    ('ونقلت "ماركا" عمن وصفته بمصدر داخل غرفة ملابس الفريق أن اللاعبين غاضبون.', "anonymous_source", None),
    ('ونقلت "رويترز" عمن وصفته بمسؤول رفيع في التحالف المؤيد للرئيس بشار الأسد أن الهجوم "محدود".',
     "anonymous_source", None),
    # the verb that says who made a document is no name of its owner
    ("وذكرت دراسة أعدها اقتصاديون أمريكيون أن الانتقال يزيد الأرباح.", "anonymous_source",
     "دراسة أعدها اقتصاديون أمريكيون"),
    # accounts or calculations are a document: a body's are that body's, unnamed ones stay unnamed
    ("وتفيد حسابات المفوضية إن الإجراءات الأمريكية ستسبب أضرارا بقيمة 2,8 مليار يورو.", "named_source", "المفوضية"),
    ("وذكرت حسابات موالية على تويتر أن الهجوم فشل.", "anonymous_source", "حسابات موالية"),
    # a state accuses a state: the second is the accused, even when it begins with ب (بريطانيا) or the
    # first is also a common word (سيول, "floods")
    ("واتهمت روسيا بريطانيا بالوقوف وراء الهجوم.", "named_source", "روسيا"),
    ("اتهمت سيول كوريا الشمالية بالوقوف وراء قتله.", "named_source", "سيول"),
    # reports right after a denial are what is denied; the one who denies is the source
    ("لكن محمد العلي المتحدث باسم طالبان نفى تقارير استعادة السيطرة على حي كوهيستان.", "named_source", "محمد العلي"),
    ("ونفت تقارير إعلامية أن يكون الجيش انسحب.", "unverified_report", None),
    # "another one" right after the verb is one more unnamed speaker, not the one quoted before
    ('فيما قال آخر "نحن هنا لأن الوضع مروع".', "anonymous_source", "آخر"),
    ("وقالت أخرى منهن إن الوضع مروع.", "anonymous_source", "أخرى منهن"),
    # بل ("but rather") opens no source phrase: "وحذر" here is the noun "caution"
    ("أجواء ترقب وحذر بل وشكوك بأن تستقر الامور قريبا، أصابت أسواق العملة.", "unattributed", ""),
    # unknown words, then a role (and his age) in apposition, before the verb: a foreign name
    ("يوكسل أوموت، تاجر ذهب في السوق القديم، يقول إن أحوال السوق سيئة.", "named_source", "يوكسل أوموت"),
    ("يوكسل أوموت، 55 عاما، تاجر ذهب في السوق القديم، يقول إن أحوال السوق سيئة.", "named_source", "يوكسل أوموت"),
    # the day between "as published" and who published it
    ("ارتفعت الأسعار، بحسب ما نشرته الاثنين صحيفة وول ستريت جورنال.", "named_source", "صحيفة وول ستريت جورنال"),
    ("ارتفعت الأسعار، وفق ما أعلنت الخميس وزارة الدفاع.", "named_source", "وزارة الدفاع"),
    # the accused, then the charge, after a verb whose subject stands before it
    ('لكن الأخير اتهم الاتحاد الأوروبي بأنه "لم يعامل الولايات المتحدة بشكل جيد".', "named_source", "الأخير"),
    ("لكن الوزير اتهم الحكومة بالتقصير في حماية المدنيين.", "named_source", "الوزير"),
    # who carried out a study: a name that closes the phrase, not the verb, not who they are
    ("تحولت النسبة إلى 41 في المئة، حسب دراسة أنجزها رابو بنك، بينت أن الاستهلاك زاد.", "named_source", "رابو بنك"),
    ("توصلت دراسة أجراها عالمان في جامعة سنغافورة إلى أن الصراخ يسكن الألم.", "named_source", "جامعة سنغافورة"),
    ("وبحسب مسح أجرته رويترز فإن الأسعار سترتفع.", "named_source", "رويترز"),
    # a nationality after a role is no family name
    ("وقال الرئيس التركي إن العقوبات غير مقبولة.", "named_source", "الرئيس التركي"),
    # relayed words of a name the lists do not know (ماس is also "diamond")
    ('ونقلت "فرانس برس" عن ماس قوله "أوروبا لن تخضع للتهديدات".', "named_source", "ماس"),
    # a tweet is its writer's words; a statement to the press is not the press's
    ('جاء ذلك في تغريدة للصدر على صفحته بموقع تويتر، حيث قال: "لن أسمح بذلك".', "named_source", "الصدر"),
    # a number from 11 and what it counts (accusative singular) are an unnamed group
    ("وتوقع 15 خبيرا اقتصاديا زيادة أسعار الفائدة.", "anonymous_source", None),
    ("وقال 20 شاهدا إن الشرطة أطلقت النار.", "anonymous_source", None),
    # what the verb governs with its preposition is no subject; the subject stands before the verb
    ('نائب الرئيس إسحق جهانكيري أقر بوجود أزمة حقيقية، قائلا: "ذهبت السيولة إلى الإسكان".', "named_source",
     "إسحق جهانكيري"),
    # the subject before the verb, when what follows the object is another reporting verb
    ("لكن السعودية نفت ذلك، وقالت إن خاشقجي غادر القنصلية.", "named_source", "السعودية"),
    # a people named by the plural of its nisba, before the verb
    ("لكن الإيرانيين، الذين رفعوا القضية إلى المحكمة، يقولون إن القرار دليل على ذلك.", "named_source", "الإيرانيين"),
    ("والفلسطينيون يؤكدون أن القدس عاصمتهم.", "named_source", "الفلسطينيون"),
    # a nationality before the name set off after a role is no part of the name
    ("وقال مدرب الفريق، البرتغالي بيدرو بارني، إن النتيجة سببها الأخطاء.", "named_source", "بيدرو بارني"),
    # the end of a town's name after a role's body is no personal name
    ("وقال ناطق باسم شرطة لوس أنجلوس إن حادثا وقع.", "named_source", "ناطق باسم شرطة لوس أنجلوس"),
    # after a preposition, مضيفه is "his host", not "adding"
    ("ففي ختام المؤتمر، التفت الرئيس الفرنسي نحو مضيفه وابتسم.", "unattributed", ""),
])
def test_main_category_and_source(text, category, name):
    row = per_sentence_of(text).iloc[0]
    assert row["category"] == category
    assert row["source_name"] == (name if name is not None else row["source_name"])


@pytest.mark.parametrize("text", [
    "تعهد أحد المرشحين الجمهوريين للسباق إلى الرئاسة جيب بوش المتزوج من مكسيكية، في مقابلة الاثنين، بتنظيم أوضاع المهاجرين.",
    "أعلن الطلاب الناجون من المذبحة التي خلفت 17 قتيلا في مدرسة ثانوية، الأربعاء، عن تنظيم مسيرة.",
])
def test_no_name_starts_with_a_preposition(text):
    # "من مكسيكية" closing a description is where he comes from, not his name
    row = per_sentence_of(text).iloc[0]
    assert row["category"] != "unattributed"
    assert not str(row["source_name"]).startswith("من ")


@pytest.mark.parametrize("paragraphs, expected", [
    # an anonymous anaphor carries the phrase cited before; so does "ذاته"
    (("وقال مصدر عسكري إن القوات تقدمت.", "وأضاف المصدر أن الاشتباكات مستمرة."),
     [("anonymous_source", "مصدر عسكري")] * 2),
    (("وقال مسؤول كبير في الصندوق إن الخطة جاهزة.", "وأكد المسؤول ذاته أن التنفيذ يبدأ قريباً."),
     [("anonymous_source", "مسؤول كبير في الصندوق")] * 2),
    (("وقال المسؤول الحكومي مصطفى الزياني إن البرنامج جاهز.", "وأضاف المسؤول الحكومي ذاته أن الحكومة رصدت غلافاً."),
     [("named_source", "مصطفى الزياني")] * 2),
    # the outlet spoken to, in quotes and written with لل, is not the source
    (('وقال مصدر في المقاومة "للاقتصادية" إن القوات سيطرت على القاعدة.',), [("anonymous_source", "مصدر في المقاومة")]),
    # a document "of" a body (للبعثة), then its anaphor, then the anaphor again
    (("وذكر بيان للبعثة الأممية أن عدد القتلى بلغ ألفاً.", "وأوضح البيان أن عدد الجرحى تضاعف."),
     [("named_source", "البعثة الأممية"), ("named_source", "البعثة الأممية")]),
    (("وأشار التقرير الذي أصدره البنك الأهلي إلى أن النمو سيتباطأ.", "وتوقع التقرير تراجع الاحتياطي.",
      "ولفت التقرير إلى ارتفاع الناتج المحلي."),
     [("named_source", "البنك الأهلي")] * 3),
    # "the data" right after a named body announced figures is that body's
    (("وأعلن مكتب الإحصاء الاتحادي أن عدد المهاجرين ارتفع.", "وأشارت البيانات إلى زيادة ملحوظة في عددهم."),
     [("named_source", "مكتب الإحصاء الاتحادي")] * 2),
    # "نفس الدراسة" is the study cited before
    (("كشفت دراسة أعدتها جامعة الملك سعود أن النوم مهم.", "وبينت نفس الدراسة أن السهر يضر."),
     [("named_source", "جامعة الملك سعود")] * 2),
    # "المسؤول الكردي": the named official cited just before
    (("وانتقد مسؤول العلاقات الخارجية في حكومة الإقليم فلاح مصطفى قرار الحزب، وشدد على أن القصف ليس الحل.",
      "وتابع المسؤول الكردي أن الحل هو التفاوض."),
     [("named_source", "فلاح مصطفى")] * 2),
    # an adverb between قال and إن is not a subject
    (("وأوضح الوزير خالد العلي أن الخطة جاهزة.", "وقال أيضا إن التنفيذ يبدأ قريباً."),
     [("named_source", "خالد العلي")] * 2),
    # a sentence that ends with the speaker's colon: the next one is what was said
    (("وقال المدرب خالد العلي في المؤتمر الصحفي:", "الفريق جاهز للمباراة المقبلة ونحترم المنافس."),
     [("named_source", "خالد العلي")] * 2),
    # a statement quoted in full: the header and every later sentence that cites no one rest on its issuer
    (("أصدرت وزارة الداخلية اليوم بياناً بشأن الحادث، فيما يلي نصه:", "قال الله تعالى: (ولكم في القصاص حياة).",
      "أقدم الجاني على قتل المجني عليه بإطلاق النار عليه.", "وقد تم تنفيذ الحكم اليوم في المنطقة الشرقية."),
     [("named_source", "وزارة الداخلية"), ("named_source", "الله"), ("named_source", "وزارة الداخلية"),
      ("named_source", "وزارة الداخلية")]),
    # a comma right after أضاف/تابع stands for the colon
    (("وأوضح المهندس محمد العمرة أن الليالي ستبدأ غداً.", "وأضاف، كل محافظة لديها استعداد كبير."),
     [("named_source", "محمد العمرة")] * 2),
    # but a report cited first without its owner stays unidentified
    (("وأشار تقرير حديث إلى أن النمو سيتباطأ.", "وتوقع التقرير تراجع الاحتياطي."),
     [("anonymous_source", "تقرير حديث")] * 2),
    # a cue coordinated with the anaphor's speaks for whom it resolves to, and so do the sentences after;
    # لي before a Chinese or Korean name is the family name Li
    (("وقال نائب وزير التجارة الصيني لي شينغانغ إن الرسوم ستدمر التجارة.",
      'ووصف المسؤول الصيني التراشق الضريبي بأنه "وقت فوضوي"، وأكد أن "الشركات ستخسر.',
      'التعاون هو الخيار الوحيد".'),
     [("named_source", "لي شينغانغ")] * 3),
    (("وقال رئيس الوزراء الصيني لي كه تشيانغ إن النمو مستقر.",), [("named_source", "لي كه تشيانغ")]),
    # "as she says", set off after what was said, with no subject, speaks for the source just cited
    (("وقالت ليزا إن العمل في المنزل كان صعبا.", "كان كسر كوب زجاج سببا كافيا لشتمها وخصم راتبها، كما تقول."),
     [("named_source", "ليزا")] * 2),
    (("وقالت ليزا إن العمل في المنزل كان صعبا.", "والأجر، كما تقول للصحفيين، كان زهيدا جدا."),
     [("named_source", "ليزا")] * 2),
    # "went on to say" continues the report; مضى alone is no cue
    (("وقال وزير الخارجية جون كيري إن الحل سياسي.", 'ومضى يقول: "سنعمل مع حلفائنا".'),
     [("named_source", "جون كيري")] * 2),
    (("وقال وزير الخارجية جون كيري إن الحل سياسي.", "ومضى البيت الأبيض أبعد في تهديداته."),
     [("named_source", "جون كيري"), ("unattributed", "")]),
    # "according to his statements" is "according to him"; the sentence's own subject if it names a person
    (("وقال وزير الخارجية جون كيري إن الحل سياسي.", "وحسب تصريحاته، فإن الحرب ستنتهي قريبا."),
     [("named_source", "جون كيري")] * 2),
    (("وقال وزير الخارجية جون كيري إن الحل سياسي.", "وكان جون سميث قد استخدم هذه العبارة في مقابلة، حسب تصريحاته."),
     [("named_source", "جون كيري"), ("named_source", "جون سميث")]),
    # the speaker who goes on is the one the sentence cites, not one a relative clause describes
    (("حاولت الحكومة التخفيف من الضغوط، لاسيما من قبل أحزاب المعارضة، التي ترى في الأمر فرصة، بحسب المحلل السياسي محمد العلي.",
      "لكنه أردف قائلا إن الأزمة هذه المرة هي الأصعب."),
     [("named_source", "محمد العلي")] * 2),
    # "he added, according to a statement, that": the statement is where he said it; he goes on speaking
    (("وقال رئيس مجلس الأعمال عبدالله بن محفوظ إن العلاقات قوية.",
      "وأضاف وفقاً لبيان أصدرته وزارة الاستثمار المصرية، أن نحو 4776 شركة سعودية تستثمر في مصر."),
     [("named_source", "عبدالله بن محفوظ")] * 2),
    (("وقال رئيس مجلس الأعمال عبدالله بن محفوظ إن العلاقات قوية.",
      "وأضاف، بحسب بيان للوزارة، أن نحو 4776 شركة سعودية تستثمر في مصر."),
     [("named_source", "عبدالله بن محفوظ")] * 2),
    # a role cited again with ل where it first had لل (or the other way round) is the person named with it
    (("وتقول نجاة رضوان، المدير التنفيذي لمعهد الموسيقى التابع للجمعية، إن الجمعية توفر الدراسة.",
      "وعن الفريق، قالت المدير التنفيذي للمعهد، إن تاريخه حافل بالإنجازات."),
     [("named_source", "نجاة رضوان")] * 2),
    # "during it" after the verb is no subject
    (("وقال الرئيس إيمانويل ماكرون إن الإصلاح ضروري.",
      "وكان ماكرون قد اغتنم زيارة العام الماضي لرومانيا وقال خلالها إن فرنسا ليست دولة قابلة للإصلاح."),
     [("named_source", "إيمانويل ماكرون"), ("named_source", "ماكرون")]),
    # "wrote a tweet in which she said": the tweet is hers; the quotation that goes on is hers too
    (('وكتبت مارين لوبن، زعيمة الحزب، تغريدة قالت فيها :"كعادته يهين الرئيس الفرنسيين.',
      'سيكون الفرنسيون سعداء بالرد على جهله".'),
     [("named_source", "مارين لوبن")] * 2),
    # "told the deputies": the people spoken to are no subject; the speaker cited before goes on
    (("وقال وزير الداخلية جيرار كولومب إن الرقابة ستستمر.",
      'وقال للنواب أثناء مناقشة مشروع القانون "قررنا فرض الرقابة على الحدود".'),
     [("named_source", "جيرار كولومب")] * 2),
    # an item of a list goes on with what the source listed; an item of a chronology ("- سبتمبر 2010:")
    # is the outlet's own account of what happened when
    (("وقال الوزير إن الخطة تشمل ثلاثة محاور:", "- تعزيز الأمن في المدن الكبرى والقرى.", "- زيادة الإنفاق على التعليم."),
     [("named_source", "الوزير")] * 3),
    (("وأكد الرئيس أن كل الأراضي باتت في مرماه.", "- سبتمبر 2017: أجرت البلاد تجربتها النووية السادسة.",
      "- 29مارس: الإعلان عن قمة بين الزعيمين في المنطقة المنزوعة السلاح."),
     [("named_source", "الرئيس"), ("unattributed", ""), ("unattributed", "")]),
    # the findings are the study's when a study was cited before, and no one's otherwise
    (("وأظهرت دراسة لجامعة هارفارد أن النوم مهم.", "وكشفت النتائج أن ثلاثة أرباع النساء يعملن."),
     [("named_source", "جامعة هارفارد")] * 2),
    (("وقال الوزير إن النوم مهم.", "وكشفت النتائج أن ثلاثة أرباع النساء يعملن."),
     [("named_source", "الوزير"), ("unattributed", "")]),
    # a family name the lists do not know, mentioned after a head of state's title, is a name later
    (("وقال لو دريان إن الاتفاق لم يمت رغم قرار الرئيس ترمب الانسحاب منه.",
      "وأعلن ترمب أمس الثلاثاء انسحاب بلاده من الاتفاق النووي."),
     [("named_source", "لو دريان"), ("named_source", "ترمب")]),
    # a full name, then another's title: the one described, not a role of the describer's
    (('ووصف روبرتو كوارتا السير مارتن بأنه "قوة دفع" خلف نمو الشركة.',
      'وفي بيان، قال السير مارتن: "أنا حزين لمغادرة الشركة."'),
     [("named_source", "روبرتو كوارتا"), ("named_source", "مارتن")]),
])
def test_anaphors_resolve_to_the_source_cited_before(paragraphs, expected):
    # (an anonymous source has no name: the per-sentence table shows its phrase, or the earlier one)
    table = per_sentence_of(*paragraphs)
    assert list(zip(table["category"], table["source_name"])) == expected


def test_matter_phrase_and_participle_are_not_the_subject():
    table = per_sentence_of("وقالت الوزيرة سارة الخالد إن البرنامج سيتوسع.",
                            "وقالت بهذا الخصوص: «لدينا خطط طموحة للسنوات الخمس المقبلة في كل المناطق».",
                            "وتابعت الخالد قائلة: «سنعلن التفاصيل قريباً جداً بعد اعتمادها من المجلس».")
    assert list(table["source_name"]) == ["سارة الخالد", "سارة الخالد", "الخالد"]


def test_a_person_already_cited_opens_the_phrase_before_a_first_name_object():
    table = per_sentence_of("أكد المشرف على الفريق منصور الحارثي أن الموسم سيكون قوياً.",
                            "ووصف الحارثي رحيل المدرب بالقرار الصحيح.")
    assert list(table["source_name"]) == ["منصور الحارثي", "الحارثي"]


def test_a_professional_title_after_a_place_name_starts_the_name():
    row = per_sentence_of("كشف أمين منطقة تبوك المهندس سامي العطوي، عن إنشاء حدائق جديدة في الأحياء.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "سامي العطوي")


# ----------------------------------------------------------------------------- anaphors and inheritance


def test_anaphor_takes_the_name_it_refers_to():
    table = per_sentence_of("وقالت وزارة الصحة إن الحالات مستقرة.", "وأضافت الوزارة أن الفرق جاهزة.")
    assert list(table["source_name"]) == ["وزارة الصحة", "وزارة الصحة"]
    assert list(table["source_text"]) == ["وزارة الصحة", "الوزارة"]     # the text stays as written


def test_anaphor_refers_to_a_body_named_earlier_in_the_same_sentence():
    row = per_sentence_of("وأثار البيان استغراب وزارة الدفاع البريطانية، حيث تنفي الوزارة أي هجوم.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "وزارة الدفاع البريطانية")


def test_role_anaphor_takes_the_person_cited_with_that_role():
    table = per_sentence_of("وقال وزير الخارجية الأمريكي جون كيري إن المحادثات بناءة.",
                            "وأكد الوزير الأمريكي أن بلاده ملتزمة بالاتفاق.")
    assert list(table["source_name"]) == ["جون كيري", "جون كيري"]


def test_an_unnamed_survey_stays_anonymous_when_mentioned_again():
    table = per_sentence_of("وأظهر مسح نشرت نتائجه أمس أن الإنتاج ارتفع.", "وأشار المسح إلى أن الصادرات زادت.")
    assert list(table["category"]) == ["anonymous_source", "anonymous_source"]


def test_honorific_pronoun_inherits_the_person_introduced_before():
    table = per_sentence_of("قام فريق بقيادة مساعد المدير الدكتور سالم بن أحمد القحطاني بزيارة المصابين.",
                            "وأشار سعادته إلى أن معظم الحالات بسيطة.")
    row = table.iloc[1]
    assert (row["category"], row["source_name"], row["inherited"]) == ("named_source", "سالم بن أحمد القحطاني", True)


def test_a_title_inside_a_hospital_name_is_not_the_speaker():
    table = per_sentence_of("قام فريق بقيادة الدكتور سالم القحطاني بزيارة مستشفى الأمير فهد بن سلطان.",
                            "وأكد على ضرورة استمرار العمل.")
    assert table.iloc[1]["source_name"] == "سالم القحطاني"


@pytest.mark.parametrize("text", [
    "وأكد أهمية تفعيل دور المدارس في التوعية.",      # a verbal noun object, no subject
    "وقال لا يوجد أي سبب للقلق.",                    # nothing that can be a subject follows
    "وأكد في ختام الزيارة على ضرورة مواصلة العمل.",  # an adjunct before the governed preposition
])
def test_subjectless_cues_continue_the_report(text):
    table = per_sentence_of("وقال مدير التعليم خالد العتيبي إن الاستعدادات اكتملت.", text)
    row = table.iloc[1]
    assert (row["category"], row["source_name"], row["inherited"]) == ("named_source", "خالد العتيبي", True)


def test_a_standalone_quotation_continues_the_last_speaker():
    table = per_sentence_of("وقالت الكاتبة سارة العلي إن الرواية جاهزة.", "“سأنشرها في الخريف المقبل”.")
    assert (table.iloc[1]["source_name"], table.iloc[1]["inherited"]) == ("سارة العلي", True)


def test_interview_answers_after_dashes_rest_on_the_interviewee():
    table = per_sentence_of("التقت الصحيفة المتحدث الرسمي للنادي فهد العنزي، وقال إن الموسم صعب.",
                            "* كيف ترى الموسم المقبل؟", "- سيكون موسماً صعباً على الجميع.")
    assert list(table["source_name"]) == ["فهد العنزي", "", "فهد العنزي"]


# ----------------------------------------------------------------------------- names and subjects


@pytest.mark.parametrize("text, category", [
    ("وقال 63 % من المشاركين في الاستطلاع إن الأسعار مرتفعة.", "anonymous_source"),
    ("وأظهرت أبحاث حديثة أن النوم المبكر يحسن الذاكرة.", "anonymous_source"),
    ("ويعود ذلك بحسب الدراسات المنشورة إلى ارتفاع الأسعار.", "anonymous_source"),
    ("ويُعتقد أن القطعة تعود إلى الطائرة المفقودة.", "unverified_report"),
    ("وعلمت «الصحيفة» من مصدر قضائي أن المحكمة تسلمت الخطاب.", "anonymous_source"),
])
def test_unnamed_studies_shares_and_beliefs(text, category):
    assert per_sentence_of(text).iloc[0]["category"] == category


def test_relayed_statement_rests_on_the_source_after_naqlan_an():
    row = per_sentence_of("وقالت الوكالة نقلاً عن الشرطة إن الرجل عثر عليه في مكتبه.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "الشرطة")


@pytest.mark.parametrize("text", [
    "ضرب زلزال المنطقة دون أن ترد أنباء عن وقوع خسائر.",          # a negated rumour
    "ويمكن باختصار ذكر بقية الجهات المشاركة في البرنامج.",      # a verbal noun after a modal
    "هل يعتقد من يملك القرار أن الأسعار ستنخفض؟",              # a question
    "وتسير الأعمال حسب أنظمة وزارة الخدمة المدنية.",             # conformity with rules
    "وكتبت الطالبة دليلاً إرشادياً للمسافرين الجدد.",           # an accusative object, no report
    "وقد تولى إدارة الحفل رئيس النادي الدكتور سالم العمري الذي رحب بالحضور.",   # a greeting
    "وتعد الشركة من أكبر الشركات في المنطقة.",
    "وتتم العمليات عبر الإنترنت، فضلاً عن الفروع.",               # عبر = "via"
])
def test_more_false_friends(text):
    assert per_sentence_of(text).iloc[0]["category"] == "unattributed"


def test_calls_on_people_are_objects_and_the_caller_is_the_last_source():
    table = per_sentence_of("وقال مدير الدفاع المدني سعيد الزهراني إن الحريق أخمد.",
                            "ودعا المواطنين إلى الحذر.")
    row = table.iloc[1]
    assert (row["category"], row["source_name"], row["inherited"]) == ("named_source", "سعيد الزهراني", True)


# ----------------------------------------------------------------------------- scoring against annotations


def _gold_file(tmp_path, records):
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def test_attribution_eval_counts_category_and_source(tmp_path):
    from analysis.attribution_eval import read_gold, score

    table = per_sentence_of("وقالت وزارة الصحة إن الحالات مستقرة.", "وارتفعت درجات الحرارة أمس.",
                            "وأكد مصدر مطلع أن الاجتماع تأجل.")
    gold = read_gold([_gold_file(tmp_path, [
        {"key": "t|1|1", "category": "named_source", "source": "وزارة الصحة"},      # right
        {"key": "t|2|2", "category": "named_source", "source": "الهيئة"},           # missed
        {"key": "t|3|3", "category": "anonymous_source", "source": "مصدر مطلع", "doubtful": True},
    ])])
    result = score(table, gold)
    assert (result["found_attributions"], result["annotated_attributions"], result["right"]) == (1, 2, 1)
    assert (result["precision"], result["recall"], result["doubtful_left_out"]) == (1.0, 0.5, 1)
    assert result["confusion"] == {"named_source->named_source": 1, "named_source->none": 1}
    assert [e["key"] for e in result["errors"]] == ["t|2|2"]


def test_attribution_eval_wrong_source_is_not_right(tmp_path):
    from analysis.attribution_eval import read_gold, score

    table = per_sentence_of("وقالت وزارة الصحة إن الحالات مستقرة.")
    gold = read_gold([_gold_file(tmp_path, [{"key": "t|1|1", "category": "named_source", "source": "وزارة التعليم"}])])
    result = score(table, gold)
    assert (result["precision"], result["recall"]) == (0.0, 0.0)


@pytest.mark.parametrize("gold, resolved, name, text, expected", [
    ("وزارة الصحة", "", "وزارة الصحة", "وزارة الصحة", True),
    ("الوزارة", "وزارة الصحة", "وزارة الصحة", "الوزارة", True),       # an anaphor resolved
    ("جون كيري", "", "كيري", "كيري", True),                          # a surname of the name
    ("مصادر مطلعة", "", "", "مصادر مطلعة في الوزارة", True),          # an anonymous source's phrase
    ("وزارة الصحة", "", "وزارة التعليم", "وزارة التعليم", False),
    ("ناطق باسم #شرطة_لوس_أنجلوس", "", "", "ناطق باسم شرطة لوس أنجلوس", True),   # a hashtag as written
])
def test_source_matches(gold, resolved, name, text, expected):
    from analysis.attribution_eval import source_matches

    assert source_matches(gold, resolved, name, text) is expected


def test_attribution_eval_rejects_bad_annotations(tmp_path):
    from analysis.attribution_eval import read_gold, score

    with pytest.raises(ValueError, match="category must be one of"):
        read_gold([_gold_file(tmp_path, [{"key": "t|1|1", "category": "quoted"}])])
    with pytest.raises(ValueError, match="annotated twice"):
        read_gold([_gold_file(tmp_path, [{"key": "t|1|1", "category": "none"}] * 2)])
    gold = read_gold([_gold_file(tmp_path, [{"key": "other|1|1", "category": "none"}])])
    with pytest.raises(ValueError, match="not in the table"):
        score(per_sentence_of("وقالت وزارة الصحة إن الحالات مستقرة."), gold)


def test_attribution_eval_command(tmp_path, capsys):
    from analysis.cli import main

    article = tmp_path / "article.txt"
    article.write_text("الحرارة ترتفع في المنطقة الشرقية اليوم\n\nوقالت وزارة الصحة إن الحالات مستقرة.\n\nوارتفعت درجات الحرارة أمس.\n",
                       encoding="utf-8")
    assert main(["load", str(article), "--level", "sentences", "--format", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    body_rows = [r for r in rows if r["kind"] == "body"]
    gold = _gold_file(tmp_path, [
        {"key": f"{body_rows[0]['article_id']}|{body_rows[0]['paragraph_id']}|{body_rows[0]['sentence_id']}",
         "category": "named_source", "source": "وزارة الصحة"},
        {"key": f"{body_rows[1]['article_id']}|{body_rows[1]['paragraph_id']}|{body_rows[1]['sentence_id']}",
         "category": "none"}])
    assert main(["attribution-eval", str(gold), "--corpus", str(article), "--errors"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert (result["precision"], result["recall"], result["category_accuracy"], result["errors"]) == (1.0, 1.0, 1.0, [])


def test_cue_trie_matches_like_the_plain_alternation():
    """The trie-shaped cue pattern finds exactly what the longest-first alternation finds."""
    import re as _re

    from analysis.attribution import _alternative, _lexicons

    lex = _lexicons()
    keys = sorted(lex.cues, key=lambda k: (-len(k), k))
    plain = _re.compile(r"(?<!\w)(?P<pre>[وف]?)(?P<cue>" + "|".join(_alternative(k) for k in keys) + ")")
    texts = [normalize(t) for t in (
        "وقال الوزير إن الوضع مستقر، وأضافت الوزارة أن الفرق جاهزة، مؤكدةً أهمية التعاون.",
        "وفقاً للبيانات وبحسب ما ذكرته الصحيفة، ونقلاً عن مصادر مطلعة، تواردت أنباء عن تأجيل الاجتماع.",
        "يُذكر أن المجلس أشار إلى أن الأسعار ارتفعت، فيما نفت الشركة ذلك وقالوا إنهم سيراجعون القرار.",
        "حسبما أفاد المرصد ووفق ما نشرته وكالة الأنباء، كشفت دراسة أن قالتها وقالت وقالوا تختلف.",
    )]
    for text in texts:
        assert [(m.span(), m.group("cue")) for m in plain.finditer(text)] == \
               [(m.span(), m.group("cue")) for m in lex.cue_re.finditer(text)]


# ----------------------------------------------------------------------------- 2026-11-26 round


def test_foreign_name_after_a_role_stays_in_the_source_phrase():
    row = per_sentence_of("ووفقا لوزير المالية اليوناني يانيس فاروفاكيس، فإن المفاوضات متعثرة.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "يانيس فاروفاكيس")


def test_outlet_relaying_the_person_just_cited():
    table = one("وقال وزير النفط سعيد الغامدي إن الإنتاج سيرتفع.",
                "ونقل التلفزيون عنه قوله إن الصادرات ستتضاعف خلال عام.")
    last = table[table["paragraph_id"] == 2].iloc[0]
    assert (last["source_name"], bool(last["inherited"]), last["via"]) == ("سعيد الغامدي", True, "التلفزيون")


def test_subjectless_explanation_and_call_continue_the_report():
    table = per_sentence_of("وقال المدير العام سامي العتيبي إن المشروع تأخر.",
                            "وعزا أسباب التأخير إلى نقص المواد.",
                            "ودعا المقاولين إلى الالتزام بالجدول.")
    assert list(table["source_name"]) == ["سامي العتيبي"] * 3
    assert list(table["inherited"]) == [False, True, True]


def test_list_items_continue_the_source_that_listed_them():
    table = per_sentence_of("وأعلنت الوزارة الإجراءات التالية:",
                            "1- منع التجمعات في الأماكن العامة خلال الأسبوع المقبل.",
                            "2- إغلاق المدارس حتى إشعار آخر.",
                            "وشهدت المدينة أمطاراً غزيرة أمس.",
                            "1- تضرر عدد من المنازل في الأحياء الشرقية.")
    assert list(table["category"]) == ["named_source", "named_source", "named_source", "unattributed",
                                       "unattributed"]
    assert list(table["inherited"])[1:3] == [True, True]


def test_a_sentence_closing_a_quote_it_did_not_open_ends_that_quote():
    table = per_sentence_of("وقال المدرب سامي الجابر: «الفريق قدم مباراة كبيرة.",
                            "ولدينا ثقة كبيرة بقدرة اللاعبين على المنافسة».",
                            "وتقام المباراة المقبلة يوم الجمعة.")
    assert list(table["category"]) == ["named_source", "named_source", "unattributed"]
    assert table["source_name"].iloc[1] == "سامي الجابر"


def test_according_to_his_words_and_a_short_surname_cited_before():
    table = per_sentence_of("وقال الوزير خالد الأصبحي إن الخدمات ستعود قريباً.",
                            "وبحسب قوله فإن الإذاعة ستستأنف برامجها من عدن.",
                            "وقال رئيس اللجنة الدكتور محمد باخ إن الانتخابات ستجري في موعدها.",
                            "وقال باخ «سنعلن الموعد النهائي الأسبوع المقبل بعد التشاور مع الأعضاء».")
    assert list(table["source_name"]) == ["خالد الأصبحي", "خالد الأصبحي", "محمد باخ", "باخ"]
    assert list(table["inherited"]) == [False, True, False, False]


def test_a_temporal_clause_and_an_interview_phrase():
    table = per_sentence_of("وقالت المغنية سارة العلي بعد أن علمت بالخبر «سنفتقده كثيراً».",
                            "وفي حديث مع نورة الشمري لـ«الصحيفة»، أكدت أن الزيارة ناجحة.")
    assert list(table["source_name"]) == ["سارة العلي", "نورة الشمري"]


def test_round_20261126_states_documents_and_known_surnames():
    assert per_sentence_of("وكانت بريطانيا قالت إن الطائرات ستبقى حتى مارس.").iloc[0]["source_name"] == "بريطانيا"
    assert per_sentence_of("وتشير الأرقام الصادرة عن الهيئة الملكية إلى أن الاستثمارات تضاعفت.").iloc[0][
        "source_name"] == "الهيئة الملكية"
    assert per_sentence_of("أظهرت نتائج لجنة التحقيق أن الحادثة وقعت بسبب الإهمال.").iloc[0][
        "source_name"] == "لجنة التحقيق"
    table = per_sentence_of("وقال وزير الدفاع مايكل فالون إن الطائرات ستبقى.",
                            "لكن فالون صرح أثناء زيارته أن القرار لم يحسم.",
                            "ورحب الاقتصادي فضل البوعينين بالقرار.",
                            "وأضاف البوعينين أن الأمر يحتاج إلى وقت.")
    assert list(table["source_name"])[1] == "فالون" and table["category"].iloc[1] == "named_source"
    assert table["source_name"].iloc[3] == "البوعينين"


@pytest.mark.parametrize("sentence, name", [
    ("وأعلن جعفر الموسوي رئيس الادعاء العام في المحكمة الجنائية العليا أن المتهم بخير.", "جعفر الموسوي"),
    ("ويعلق تيم سيباستيان على ذلك بالقول إن الشركات تعاني.", "تيم سيباستيان"),   # imperfect يعلق
    ("اعتقالات بمانشستر وحسب BBC فإن 12 من المتهمين اعتقلوا.", "BBC"),           # a name in Latin letters
    ("وأكد الاسكتلندي أليكس فيرجسون مدرب نادي مانشستر يونايتد أن البديل مهم.", "أليكس فيرجسون"),  # nationality first
    ("وقال السير أليكس فيرجسون إن البديل مهم.", "أليكس فيرجسون"),                  # السير is a title
    ("وأكد الطبيب علي موسى مدير المستشفى أن الفتاة استشهدت.", "علي موسى"),        # علي before a first name
    ('وقد قال ميجور في الرد على سؤال حول الديمقراطية: "ذلك نهر".', "ميجور"),     # a name, an adjunct, the colon
    ("لكن الدويك اعتبر أن محاكمته غير شرعية.", "الدويك"),                        # a family name before the verb
    ("وقال مساعد الوزير حسين أمير عبد اللهيان إن الحوار مفيد.", "حسين أمير عبد اللهيان"),  # أمير inside a name
    ("وقال المتحدث باسمه جوش إرنست إن النظام السوري يتدخل.", "جوش إرنست"),       # his spokesman
    ("وأكدت أم عبير أن الغربة صعبة.", "أم عبير"),                                  # a kunya, not "or"
])
def test_names_of_wire_copy(sentence, name):
    assert one(sentence)["source_name"].iloc[0] == name


def test_ala_spelt_with_ya_before_a_common_word_is_the_preposition():
    table = one('وردا علي سؤال لفرانس برس قال المسؤول العراقي إن "الموقف إيجابي".')
    assert list(table["category"]) == ["anonymous_source"]
    assert table["source_text"].iloc[0] == "المسؤول العراقي"
    # (but a family name that is also a word stays a name)
    assert one("وكان علي العمير وزير النفط قد توقع ارتفاع الأسعار.")["source_name"].iloc[0] == "علي العمير"


def test_testimonies_are_an_anonymous_source():
    table = one("وحسب شهادات وردت من المخيمات، فقد اتخذت المظاهرات شكل انتفاضة.")
    assert list(table["category"]) == ["anonymous_source"]


@pytest.mark.parametrize("sentence, name", [
    ("وحسب ما أعلنه الاتحاد الدولي، فإن اللاعب تعرض للإصابة.", "الاتحاد الدولي"),
    ("وفق ما أكدته الوزارة فإن المشروع انتهى.", "الوزارة"),
    ("حسبما ذكرته صحيفة الرياض فإن المشروع انتهى.", "صحيفة الرياض"),
])
def test_according_to_a_verb_with_its_object_pronoun(sentence, name):
    table = one(sentence)
    assert list(table["cue_class"]) == ["according_to"]
    assert name in table["source_text"].iloc[0]


def test_a_discourse_opener_before_the_demonstrative():
    table = one("في غضون ذلك قالت قوات الأمم المتحدة إن الجيش استأنف انسحابه.")
    assert table["source_text"].iloc[0] == "قوات الأمم المتحدة"


@pytest.mark.parametrize("sentence, text", [
    ("وعلمت الصحيفة من مصادرها أنه سيعاقب.", "مصادرها"),       # the outlet's own sources
    ("وأعرب المتظاهرون عن سخطهم من القرار.", "المتظاهرون"),     # an unnamed crowd
    ("ويرى هؤلاء المختصون أن الأمر ليس سهلا.", "هؤلاء المختصون"),  # a demonstrative before the head
    ("ويرى آخرون أن القرار خاطئ.", "آخرون"),                      # others
])
def test_unnamed_sources_of_wire_copy(sentence, text):
    table = one(sentence)
    assert list(table["category"]) == ["anonymous_source"] and table["source_text"].iloc[0] == text


def test_believe_with_a_subject_is_its_belief_without_one_is_impersonal():
    table = one("ويعتقد الخبراء أن الأسعار سترتفع.")
    assert list(table["category"]) == ["anonymous_source"] and table["source_text"].iloc[0] == "الخبراء"
    assert list(one("ويعتقد أن الأسعار سترتفع.")["category"]) == ["unverified_report"]


@pytest.mark.parametrize("first, title, name", [
    ("وقال الملك حمد بن عيسى آل خليفة إن العلاقات متينة.", "الملك", "حمد بن عيسى آل خليفة"),
    ("وقال الرئيس باراك أوباما إن العلاقات متينة.", "الرئيس", "باراك أوباما"),
])
def test_a_title_alone_refers_to_the_person_cited_with_it(first, title, name):
    table = _main(first, f"وأوضح {title} أن الزيارة ناجحة.", "وأضاف أن التعاون مستمر.")
    assert list(table["source_name"]) == [name] * 3


def test_unmarked_words_said_after_laqad_and_a_nationality_is_no_surname():
    table = one("وقال الرئيس الأميركي لقد تحدثت إلى نائب الرئيس وإلى حاكم نيويورك.")
    assert table["source_text"].iloc[0] == "الرئيس الأميركي"
    assert table["source_name"].iloc[0] == "الرئيس الأميركي"      # no name: the role stands for it
    assert one("وقال اللواء المقدشي إن الوضع آمن.")["source_name"].iloc[0] == "المقدشي"


def test_a_role_alone_refers_to_the_person_the_story_named_with_it():
    table = _main("وصل ولي العهد الأمير محمد بن نايف إلى جدة أمس.",
                  "وأكد ولي العهد أن الأمن مستقر.")
    assert table["source_name"].iloc[1] == "محمد بن نايف"
    # (with other role words the person is someone else: no name is guessed)
    table = _main("وصل مدير الهيئة محمد العقيبي إلى جدة أمس.", "وأكد مدير الشرطة أن الأمن مستقر.")
    assert table["source_name"].iloc[1] != "محمد العقيبي"


def test_a_pronoun_on_the_conjunction_is_the_subject_of_an_imperfect_cue():
    table = _main("وقال أبو حمزة إن المسجد مغلق.", "إلا أنه يقول إن الصدامات كانت ستتحول إلى مواجهة.")
    assert table["source_name"].iloc[1] == "أبو حمزة" and table["inherited"].iloc[1]


def test_kama_qala_names_its_source_or_goes_back_to_the_subject():
    table = one("كما قال الرئيس باراك أوباما في فيديو بثه البيت الأبيض «ستميط إدارتي اللثام عن الخطة».")
    assert table["source_name"].iloc[0] == "باراك أوباما" and table["cue_class"].iloc[0] == "according_to"
    table = _main("ويعترف القاص فهد الخليوي أنه مخلص للقصة إلا أنه كما قال «قبلت نصيحة صديقي».")
    assert table["source_name"].iloc[0] == "فهد الخليوي"


def test_the_prophet_quoted_is_a_named_source():
    table = one("وقال رسول الله (صلى الله عليه وسلم): «لا يدخل الجنة قاطع».")
    assert table["category"].iloc[0] == "named_source" and table["source_name"].iloc[0] == "رسول الله"


def test_a_source_introduced_by_hunaka():
    table = one("وهناك دراسة حديثة تقول إن بذور الزبيب تلعب دوراً في مرض الزهايمر.")
    assert list(table["category"]) == ["anonymous_source"] and table["source_text"].iloc[0] == "دراسة حديثة"


def test_a_stance_object_ends_the_subject():
    table = one("وأبدى الوزير قلقه من انخفاض الأسعار.")
    assert table["source_text"].iloc[0] == "الوزير"


def test_an_official_named_before_is_called_by_a_generic_head_later():
    table = _main("وقال مساعد وزير الخارجية الإيراني حسين عبد اللهيان إن الحوار مفيد.",
                  "وأكد المسؤول الإيراني أن الزيارة ناجحة.")
    assert list(table["source_name"]) == ["حسين عبد اللهيان"] * 2
    assert list(table["category"]) == ["named_source"] * 2


def test_the_subject_named_in_a_fronted_temporal_clause():
    table = _main("عندما أطلقت هيلاري كلينتون حملتها الانتخابية من نيويورك، دعت الشعب الأمريكي إلى دعمها.",
                  "وقالت إنها تترشح من أجل جميع الأمريكيين.")
    assert table["source_name"].iloc[1] == "هيلاري كلينتون"
    assert "الشعب" not in table["source_name"].iloc[0]          # (not the people called on)


@pytest.mark.parametrize("sentence, name", [
    ("في سياق ذلك دعا الرئيس شيراك إلى مساعدة بيروت.", "شيراك"),               # an opener before ذلك
    ("أما بلير فقد شدد على ضرورة أن يفرض تفتيش دولي.", "بلير"),                    # a name fronted by أما
    ("والوضع صعب على حد تعبير الوزير سعيد العلي.", "سعيد العلي"),                   # in the words of
])
def test_openers_fronted_names_and_in_the_words_of(sentence, name):
    assert one(sentence)["source_name"].iloc[0] == name


def test_in_his_words_goes_back_to_the_source_and_ala_hadd_sawa_is_no_cue():
    table = _main("وقال الوزير إن الموقف ثابت.", "والوضع صعب على حد تعبيره.", "ويعاني الرجال والنساء على حد سواء.")
    assert list(table["category"]) == ["named_source", "named_source", "unattributed"]
    assert table["inherited"].iloc[1]


def test_a_threat_and_an_editorial_note_with_an_adjunct():
    table = one("وهدد وزير البيئة يوري تروتنيف بوقف مشروع غاز ضخم.")
    assert table["source_name"].iloc[0].endswith("تروتنيف") and table["cue"].iloc[0] == "هدد"
    table = one("يشار في هذا الصدد إلى أن قوات إسرائيلية لا تزال تتمركز في تسعة مواقع.")
    assert list(table["category"]) == ["editorial"]


def test_a_byline_is_not_a_report():
    table = one("كتب ـ خليفة أدهم: أعلنت الوزارة أن المشروع انتهى.")
    assert list(table["source_text"]) == ["الوزارة"]
    assert one("كتب الوزير: «المشروع انتهى».")["source_text"].iloc[0] == "الوزير"


def test_the_counted_group_and_a_verb_that_ends_the_phrase():
    table = one("واعتبر عدد من رواد كورنيش جدة القرار خطوة مهمة.")
    assert table["source_text"].iloc[0].startswith("عدد من رواد")
    table = one("وبحسب وكالة «فرنس برس» قال فرومان، خلال المؤتمر، إن الاتفاق قريب.")
    assert table["source_name"].iloc[0] == "فرومان" and table["via"].iloc[0] == "وكالة فرنس برس"


def test_according_to_what_an_outlet_relayed_from_someone():
    table = one("وبحسب ما نقلت مواقع محلية أردنية عن شهود عيان فإن الانفجار كان قويا.")
    assert table["source_text"].iloc[0] == "شهود عيان" and table["via"].iloc[0] == "مواقع محلية أردنية"


def test_a_source_who_asked_not_to_be_named_is_anonymous_and_adam_dhikr_is_no_cue():
    table = one("من جانبه، روى صاحب محل بقالة مجاور، طلب عدم ذكر اسمه، أن المشادة لم تستغرق دقيقتين.")
    assert list(table["category"]) == ["anonymous_source"] and table["cue"].iloc[0] == "روى"
    assert table["source_text"].iloc[0] == "صاحب محل بقالة مجاور"
    table = one("وقال صاحب مولد في منطقة برج حمود، رفض نشر اسمه، إن التسعيرة لا تكفي.")
    assert list(table["category"]) == ["anonymous_source"]


def test_a_named_subject_with_an_apposition_before_the_verb():
    table = one("لكن الدكتورة نور الزعبي، الباحثة في محطة العلوم البحرية في العقبة، ترى أن الصورة متفائلة.")
    assert table["source_name"].iloc[0] == "نور الزعبي" and table["cue"].iloc[0] == "ترى"
    table = one("والدكتور أحمد سالم، أستاذ الاقتصاد في جامعة القاهرة، يقول إن الأزمة عميقة.")
    assert table["source_name"].iloc[0] == "أحمد سالم"
    assert one("اقتربت إدارة النادي من الحسم، ويتوقع أن تعلن قرارها.").empty
    # the role first and the name in apposition; an unnamed one who kept the name back stays unnamed
    table = one("رئيس نقابة صيادي الأسماك في صور، حسين ديب شرف الدين، يقول إن الوضع «الأسوأ منذ عقود».")
    assert table["source_name"].iloc[0] == "حسين ديب شرف الدين" and table["category"].iloc[0] == "named_source"
    table = one("المتحدثة باسم «الأونروا» في لبنان، نسرين الخطيب، أكدت لـ«الميادين نت» أن الوكالة تبذل جهدها.")
    assert table["source_name"].iloc[0] == "نسرين الخطيب"
    table = one("مسؤول سابق في الإدارة المعنية، طلب عدم ذكر اسمه، يقول إن «التراضي تحول إلى قاعدة».")
    assert table["category"].iloc[0] == "anonymous_source"
    assert one("لكن الصيادين يقولون إن المساعدات لا تكفي.")["category"].iloc[0] == "anonymous_source"


def test_the_person_a_sentence_is_about_speaks_through_a_coordinated_verb():
    assert per_sentence_of('يجلس أبو خالد أمام دكانه ويقول: "الحال صعب".')["source_name"].iloc[0] == "أبو خالد"
    text = 'على حافة واحة نفطة، يقف الهادي بن عمارة بين جذوع نخيل يابسة، يمرر يده على لحائها ويقول: "هذه غرسها جدي".'
    assert per_sentence_of(text)["source_name"].iloc[0] == "الهادي بن عمارة"
    # (a subjectless imperfect inside a clause still only describes)
    assert per_sentence_of("تقرأ الوزارة التقرير وتشير إلى مدى التقدم.")["category"].iloc[0] == "unattributed"


def test_a_quotations_verb_may_end_the_text():
    # (no full stop after the verb: nothing follows it, and nothing breaks)
    table = _main("قال سامر الحسن إن الوضع صعب.", "«لا أعرف كيف كنا سنعمل»، يقول")
    assert list(table["source_name"]) == ["سامر الحسن", "سامر الحسن"] and table["inherited"].iloc[1]


def test_a_circumstantial_clause_after_a_quotations_verb_is_no_name():
    table = _main("قالت ريما الحاج إن الوضع صعب.", "«ما في حدا يستلم محلي»، تقول وهي تربط شعرها، «إذا رحت، مين بيضل؟».")
    assert list(table["source_name"]) == ["ريما الحاج", "ريما الحاج"] and table["inherited"].iloc[1]
    table = _main("قالت ريما الحاج إن الوضع صعب.", "«هيك كل ليلة»، قالت بعدما استقرت حالة المصاب، «بس منضل».")
    assert list(table["source_name"]) == ["ريما الحاج", "ريما الحاج"]
    table = _main("وقال عادل أبو سليمان إن المهنة تموت.", '"قلت لهم تعلموها"، يقول بلهجته العمانية.')
    assert list(table["source_name"]) == ["عادل أبو سليمان", "عادل أبو سليمان"]
    table = _main("وقالت خديجة العلوي إن ابنها غادر.", '"إذا رجع لازم يلقى كل حاجة في بلاصتها"، تقول لـ"الخبر" بصوت متهدج.')
    assert list(table["source_name"]) == ["خديجة العلوي", "خديجة العلوي"]


def test_a_one_word_name_with_an_apposition_after_a_quotation():
    table = _main('"جربت ثلاث مرات. وعدنا سباحة"، يقول آدم، وهو سوداني في الخامسة والعشرين من عمره. ويضيف: "لن أتوقف".')
    assert list(table["source_name"])[1:] == ["آدم", "آدم"] and table["inherited"].iloc[2]


def test_a_cue_inside_a_quotation_spoken_by_the_verb_after_it_is_not_a_report():
    table = per_sentence_of('"أريد أن أكمل دراستي"، تقول زينب.')
    assert table["source_name"].iloc[0] == "زينب"
    table = per_sentence_of("ويقول محمود الخطيب لعنب بلدي إن الموسم ضاع.")
    assert table["source_name"].iloc[0] == "محمود الخطيب"


def test_a_long_apposition_after_a_name_before_the_complementiser():
    text = ("وقالت نجاة الفيتوري، وهي معلمة متقاعدة التقتها «الوسط» أمام أحد فروع مصرف الجمهورية وسط المدينة، "
            "إنها تتردد على المصرف منذ خمسة أيام دون أن تتمكن من سحب جزء من معاشها.")
    assert per_sentence_of(text)["source_name"].iloc[0] == "نجاة الفيتوري"
    # the name may be in the apposition itself
    text = "وقال أحدهم، وهو مهندس متقاعد يدعى جورج نصار، إن «التعويض محتجز»."
    assert per_sentence_of(text)["source_name"].iloc[0] == "جورج نصار"


def test_an_age_in_brackets_closes_a_name():
    table = one("وروت نور بيغم (35 عاماً)، وهي أم لخمسة أطفال، أن قريتها تعرضت لهجمات.")
    assert table["source_name"].iloc[0] == "نور بيغم" and table["source_kind"].iloc[0] == "person"


def test_the_same_source_is_the_source_cited_last():
    table = _main("وأعلنت المديرية العامة للحماية المدنية أن أربعة أشخاص لقوا حتفهم.",
                  "وأوضح المصدر ذاته أن الجثث نقلت إلى المستشفى.")
    assert list(table["category"]) == ["named_source", "named_source"]
    assert table["source_name"].iloc[1] == table["source_name"].iloc[0]
    table = _main("وقال مصدر أمني إن الهجوم وقع ليلا.", "وأوضح المصدر نفسه أن المهاجمين فروا.")
    assert list(table["category"]) == ["anonymous_source", "anonymous_source"]


def test_a_study_with_its_publisher_in_a_relative_clause_after_a_comma():
    table = one('وأظهرت الدراسة، التي نشرتها "المجلة الأميركية للتغذية السريرية"، أن الأشخاص أقل عرضة.')
    assert table["source_name"].iloc[0] == "المجلة الأميركية للتغذية السريرية"
    assert table["source_kind"].iloc[0] == "document"


def test_an_anonymous_head_in_the_accusative_after_anna():
    table = one("غير أن مصدراً أمنياً أكد أن المنزل كان ضمن لائحة المعاينة.")
    assert list(table["category"]) == ["anonymous_source"] and table["source_text"].iloc[0] == "مصدراً أمنياً"


def test_a_verb_closing_the_sentence_after_a_quotation():
    table = one("«لا أعرف كيف كنا سنعمل من دونهم»، يقول ماركوس فايغل.")
    assert table["source_name"].iloc[0] == "ماركوس فايغل" and table["direct_quote"].iloc[0]
    table = _main("ويقول ماركوس فايغل، مدير دار رعاية، إن التوظيف بطيء.", "«لا أعرف كيف كنا سنعمل من دونهم»، يقول.")
    assert list(table["source_name"]) == ["ماركوس فايغل", "ماركوس فايغل"] and table["inherited"].iloc[1]
    assert one("«لا أعرف كيف كنا سنعمل من دونهم»، يقول البعض في المدينة.")["source_name"].iloc[0] != "البعض في المدينة"


def test_named_turns_of_an_interview_last_to_the_end_of_the_paragraph():
    table = _main("حاورت الصحيفة الدكتورة منى العبادي حول أزمة المياه.",
                  "الصحيفة: ما الذي يعنيه ذلك في حياة الناس؟",
                  "منى العبادي: يعني أن الماء لا يصل إلى البيوت. والأسر الفقيرة تشتري الماء من الصهاريج.",
                  "الصحيفة: وماذا عن اللجوء؟",
                  "العبادي: عدد السكان تضاعف. والبنية التحتية لم تكن جاهزة.",
                  "ويصنف الأردن ضمن أفقر دول العالم بالمياه.")
    assert list(table["category"]) == ["unattributed", "unattributed", "named_source", "named_source",
                                       "unattributed", "named_source", "named_source", "unattributed"]
    assert list(table["inherited"])[2:4] == [False, True]
    assert set(table["source_name"].iloc[[2, 3, 5, 6]]) <= {"منى العبادي", "العبادي"}
    # "وفيما يلي نص الحوار:" announces the interview: neither it nor the outlet's first question is his
    table = _main("وقال الوزير سالم العتيبي، في حوار مع الصحيفة، إن الخطة جاهزة. وفيما يلي نص الحوار:",
                  "الصحيفة: ما الذي أعدته الوزارة هذا العام؟",
                  "العتيبي: أعددنا خطة كاملة.")
    assert list(table["category"]) == ["named_source", "unattributed", "unattributed", "named_source"]
    # a byline, an address, a profile's heading are no turns
    for text in ("كتب ـ خليفة أدهم: أناب الرئيس وزيرة التعاون الدولي.", "لمراسلة الكاتب: turki@alriyadh.net",
                 "الشاعر الكبير نزار قباني: تركي الأصل من جهة أبويه."):
        assert _main(text)["category"].iloc[0] == "unattributed", text


def test_present_tense_cues_of_features_and_the_speakers_own_words_after_the_subject():
    assert one("ويلفت الباحث سامر حداد إلى أن العودة غير واقعية.")["cue"].iloc[0] == "يلفت"
    assert one("وتشرح الخبيرة منى العبادي أن الماء لا يعود.")["cue"].iloc[0] == "تشرح"
    table = one('ويختم البلوشي حديثه بالقول: "تعلمت الدرس".')
    assert table["source_text"].iloc[0] == "البلوشي"
    assert one("واختتم الوزير كلمته بالقول إن المملكة ماضية.")["source_text"].iloc[0] == "الوزير"


def test_answers_of_an_interview_rest_on_the_person_the_outlet_met():
    table = _main("وأعلنت الحكومة طرح فئات نقدية جديدة.",
                  "الصحيفة حاورت الخبير الاقتصادي السوداني عثمان الطيب بشير، أستاذ الاقتصاد في جامعة الخرطوم.",
                  "س: كيف تصف حال الاقتصاد اليوم؟",
                  "ج: لم نعد نتحدث عن اقتصاد وطني. هناك مناطق خارج أي سلطة مالية.")
    assert list(table["category"]) == ["named_source", "unattributed", "unattributed", "named_source", "named_source"]
    assert all(name.startswith("عثمان الطيب") for name in table["source_name"].iloc[3:])
    # the one met is the first person named after the meeting verb, however long the sentence
    table = _main("«البيان» التقت المهندسة نوال أحمد الزرعوني، رئيسة قسم التفتيش على المنشآت الغذائية في بلدية "
                  "دبي، وحاورتها حول أدوات التفتيش الجديدة، وأبرز المخالفات المرصودة، وخطط المرحلة المقبلة.",
                  "■ كيف تغير أسلوب التفتيش خلال السنوات الأخيرة؟",
                  "تغير كثيراً. اليوم نعتمد على نظام لتقييم المخاطر.")
    assert list(table["category"]) == ["unattributed", "unattributed", "named_source", "named_source"]
    assert set(table["source_name"].iloc[2:]) == {"نوال أحمد الزرعوني"}
    # or named in apposition after the role the outlet met
    table = _main('"الرياض" التقت رئيس مجلس إدارة جمعية النحالين في الباحة، سعيد بن عوض الغامدي، وحاورته، فإلى نص الحوار:',
                  "* كيف تقيمون الموسم؟", "- الموسم متوسط. والأمطار أنعشت الأشجار.")
    assert list(table["category"]) == ["unattributed", "unattributed", "named_source", "named_source"]
    assert set(table["source_name"].iloc[2:]) == {"سعيد بن عوض الغامدي"}
    # or the person named after "حوار مع", before the role
    table = _main('كان لـ"الصباح نيوز" هذا الحوار مع سالم العياري، عضو المكتب التنفيذي للاتحاد.',
                  "* لماذا تراجعت الأسعار؟", "- لأن الطلب العالمي ضعيف. وكل شيء ارتفع.")
    assert list(table["category"])[1:] == ["unattributed", "named_source", "named_source"]
    assert set(table["source_name"].iloc[2:]) == {"سالم العياري"}


def test_a_quotation_opened_alone_after_a_report_goes_on_with_its_source_until_it_closes():
    table = _main("وترى الباحثة يوليا هارتمان أن للرسائل المتشددة أثراً جانبياً. «الطبيب الهندي يقرأ الأخبار أيضاً. "
                  "عندما تكون صورة البلد سيئة يختار كندا. نحن نتنافس على الكفاءات». وتشهد ألمانيا نقاشاً حاداً.")
    assert list(table["category"]) == ["named_source"] * 4 + ["unattributed"]
    assert list(table["inherited"]) == [False, True, True, True, False]
    # not without a report just before it
    table = _main("وتشهد ألمانيا نقاشاً حاداً حول الهجرة. «الطبيب الهندي يقرأ الأخبار أيضاً».")
    assert list(table["category"]) == ["unattributed", "unattributed"]


def test_a_speaker_named_after_a_long_quotation_said_all_of_it():
    table = _main("وقالت مديرة المرصد نادية الجبوري إن آلاف العائلات تنتظر.",
                  "«ابني الأصغر كان عمره 15 عاماً فقط. أريد أن أعرف إن كان حياً. لا أريد تعويضاً»، تقول أم عمر.")
    assert list(table["source_name"]) == ["نادية الجبوري", "أم عمر", "أم عمر", "أم عمر"]
    rows = one("وقالت مديرة المرصد نادية الجبوري إن آلاف العائلات تنتظر.",
               "«ابني الأصغر كان عمره 15 عاماً فقط. أريد أن أعرف إن كان حياً. لا أريد تعويضاً»، تقول أم عمر.")
    assert list(rows["source_name"]) == ["نادية الجبوري", "أم عمر", "أم عمر", "أم عمر"]


@pytest.mark.parametrize("sentence, category", [
    ("وقال ناخب في العقد السابع من عمره لموزاييك: «جئت لأقوم بواجبي».", "anonymous_source"),
    ("وروت لاجئة من مدينة حمص أنها تنتظر اتضاح الصورة.", "anonymous_source"),
    ("وتقول أم حسين (اسم مستعار)، وهي أم لستة أطفال، إن الطعام لا يكفي.", "anonymous_source"),
    # a role in construct, a name, a person named after the noun
    ("وأشار رجل الأعمال سيف الله شربتلي إلى أن الزيارة ناجحة.", "named_source"),
    ("وقال الشاب أحمد إنه لا ينوي التصويت.", "named_source"),
])
def test_one_unnamed_person_is_an_anonymous_source(sentence, category):
    assert one(sentence)["category"].iloc[0] == category


def test_the_representative_of_a_body_and_a_family_name_that_is_a_role_word():
    table = one("وقال ممثل النيابة العامة إن الأفعال ثابتة.")
    assert list(table["category"]) == ["named_source"]
    assert one("وقال ممثل عن الشركة إن الأفعال ثابتة.")["category"].iloc[0] == "anonymous_source"
    table = one("وقال الناشط في الفريق مهند الخطيب لـ«العربي الجديد» إن الدعم تراجع.")
    assert table["source_name"].iloc[0] == "مهند الخطيب" and table["category"].iloc[0] == "named_source"


def test_a_relative_named_in_an_apposition_before_the_verb():
    table = one('والد الرضيع، أنس بني ياسين، قال لـ"الغد" إن ابنه كان بصحة جيدة.')
    assert table["source_name"].iloc[0] == "أنس بني ياسين"


def test_feature_openings_and_closings_of_a_quotation():
    table = _main('يقول عودة في حديث إلى "اندبندنت عربية" إنه خسر نصف قطيعه.',
                  'ويضيف، "أبي وجدي عاشا هنا. أولادي ذهبوا إلى البصرة".')
    assert list(table["source_name"]) == ["عودة"] * 3 and list(table["inherited"]) == [False, True, True]
    table = one('"لم يعد لدينا مكان نذهب إليه"، يقول إبراهيما كامارا، وهو شاب غيني، لفرانس24.')
    assert table["source_name"].iloc[0] == "إبراهيما كامارا"
    table = one("«ربما كان هذا أفضل ما فعله لي»، تقول ضاحكة، «أنه أقنعني».")
    assert "ضاحكة" not in set(table["source_name"])
    assert one("قد يقول قائل إن قضية التحرش استثناءات هامشية.").empty
    table = one("لكن الباحثة في الحقوق الرقمية نور الحسيني تعتبر أن جزءاً من هذا الخطاب يخلط.")
    assert table["source_name"].iloc[0] == "نور الحسيني"
    assert one("وتقر المصادر بأن الدولة تعرف هذه الشبكات.")["category"].iloc[0] == "anonymous_source"


def test_a_reporting_verb_is_never_the_source():
    table = one("غير أن المحكمة ردت هذا الدفع، وأوضحت أنها لم تقتنع بتوفر عنصر سبق الإصرار.")
    assert not any(name.startswith("وأوضح") for name in table["source_name"])


@pytest.mark.parametrize("intro, first_question, second_question, interviewee", [
    # questions marked "* ...؟", answers unmarked
    ('"الصباح" التقت الأستاذ كمال العياري، المحامي لدى التعقيب، وكان لنا معه الحوار التالي:',
     "* ما الذي تغير في قضايا الشيكات؟", "* هل يعني ذلك أن الشيك لم يعد جريمة؟", "كمال العياري"),
    # no marks at all, in an article that opens an interview
    ("في هذا الحوار، يتحدث الدكتور رشيد بوعلام، أستاذ الهيدرولوجيا، عن المخزون المائي.",
     "كيف تقيمون الوضع المائي الحالي؟", "هل التحلية خيار صائب؟", "رشيد بوعلام"),
])
def test_the_paragraph_after_an_interview_question_answers_it(intro, first_question, second_question, interviewee):
    table = _main(intro, first_question, "التغيير الأهم هو أن المشرع فتح أبواباً للتسوية. في السابق كانت الأحكام تتراكم.",
                  second_question, "لا، وهذا خلط يقع فيه كثيرون.")
    assert list(table["category"]) == ["unattributed", "unattributed", "named_source", "named_source",
                                       "unattributed", "named_source"]
    assert set(table["source_name"].iloc[[2, 3, 5]]) == {interviewee}


def test_no_interview_answer_without_an_interview_question():
    # a bulleted item is no question; a question in an ordinary story opens no interview
    table = _main("وقال الوزير إن الخطة تشمل ما يلي:", "* تطوير الطرق.", "وتبدأ الخطة الشهر المقبل.")
    assert table["category"].iloc[2] == "unattributed"
    table = _main("وقال الوزير إن الخطة جاهزة.", "فهل تكفي الخطة؟", "ويبدأ التنفيذ الشهر المقبل.")
    assert table["category"].iloc[2] == "unattributed"


def test_the_speaker_is_the_person_who_has_been_speaking():
    table = _main("وقال مدير المؤسسة منير الشعري إن الضغط سيعود خلال يومين.",
                  "وأوضح المتحدث أن الطلب على الماء يشهد ذروة غير مسبوقة.")
    assert list(table["source_name"]) == ["منير الشعري", "منير الشعري"]
    # "المتحدث باسم ..." is a role of its own
    table = _main("وقال مدير المؤسسة منير الشعري إن الضغط سيعود.", "وأوضح المتحدث باسم الوزارة أن الطلب كبير.")
    assert table["source_name"].iloc[1] != "منير الشعري"


def test_the_person_met_before_a_mid_sentence_cue_and_a_first_name_in_b():
    table = one("«عكاظ» حاورت الوزير بندر حجار وفتحت مع معاليه ملفات الحج والعمرة وتوجهات الوزارة ورؤيتها "
                "المستقبلية، وأكد أن إعمار الحرمين في قمة الأولويات.")
    assert list(table["source_name"]) == ["بندر حجار"]


def test_sources_of_conflict_and_world_news():
    table = one("وقالت المسؤولة في مكتب أوتشا بالسودان كلارا بيرغستروم، في إحاطة صحفية من بورتسودان، إن القوافل تنتظر.")
    assert table["source_name"].iloc[0] == "كلارا بيرغستروم" and table["category"].iloc[0] == "named_source"
    table = one("وفي تعليق لـRT، قال الخبير في شؤون الطاقة ستانيسلاف ميتروفانوف إن التحول استراتيجي.")
    assert table["source_name"].iloc[0] == "ستانيسلاف ميتروفانوف"
    assert one("وقال الخبراء في شؤون الطاقة إن التحول استراتيجي.")["category"].iloc[0] == "anonymous_source"
    table = one("سامر العبدو، أحد العاملين في فرق إزالة الذخائر، قال لعنب بلدي، إن الفرق تتلقى بلاغات.")
    assert table["source_name"].iloc[0] == "سامر العبدو"
    table = _main("وقال الباحث حازم الشريف إن التراخيص أداة ضغط.", "ويضيف للجزيرة نت أن الصين تسهل الصادرات لمن تريد.")
    assert list(table["source_name"]) == ["حازم الشريف", "حازم الشريف"]
    assert one("وأضاف مراسلنا أن الحملة تخللها إطلاق نار.")["category"].iloc[0] == "named_source"


def test_owners_unnamed_and_a_constitution():
    assert one("في المقابل، يرى أصحاب مولدات أن التسعيرة لا تغطي التكاليف.")["category"].iloc[0] == "anonymous_source"
    table = one("وبحسب الدستور العراقي، ينتخب البرلمان رئيساً له في أول جلسة.")
    assert list(table["source_kind"]) == ["document"] and table["category"].iloc[0] == "named_source"


def test_wire_datelines_outlets_in_latin_letters_and_a_smiling_speaker():
    assert "ف" not in set(one("الرباط (أ ف ب) - أعلن الفريق الدولي اكتشاف نوع جديد.")["source_name"])
    table = _main("وقالت المحامية زابينه هولتكامب إن عدم اليقين يضر.", 'وتقول لـDW: "نتلقى يوميا اتصالات من موكلين".')
    assert list(table["source_name"]) == ["زابينه هولتكامب"] * 2
    table = _main("وقال عمار الحسن إنه تعلم الكثير.", '"تعلمت هنا أن أخطط للمستقبل"، يقول مبتسما، "لكن علي أن أتعلم".')
    assert list(table["source_name"]) == ["عمار الحسن"] * 2 and table["inherited"].iloc[1]
    table = one("وقال القيادي في جبهة الخلاص الوطني المعارضة محمد الحمامي إن النسبة ضعيفة.")
    assert table["source_name"].iloc[0] == "محمد الحمامي" and table["category"].iloc[0] == "named_source"


def test_how_it_was_said_is_no_source_and_unnamed_plural_experts():
    table = _main("ويقول فتحي عبد الباسط إن المهنة تموت.", "ويتابع بصوت خفيض: «المكواة البخار أخدت الزبون».")
    assert list(table["source_name"]) == ["فتحي عبد الباسط"] * 2
    assert one("وقال الوزير بنبرة حادة إن الأمر مرفوض.")["source_text"].iloc[0] == "الوزير"
    assert one("حذر استشاريون في الأمراض المعدية من تزايد الإنفلونزا.")["category"].iloc[0] == "anonymous_source"


def test_what_an_outlet_named_in_quotes_learned_is_its_own_report():
    table = one('وحسب معلومات "المدن"، فإن الخلاف سياسي.')
    assert table["category"].iloc[0] == "named_source" and table["source_name"].iloc[0] == "المدن"
    assert one("وحسب معلومات متداولة فإن الخلاف سياسي.")["category"].iloc[0] == "unverified_report"


def test_a_maghreb_first_name_with_the_article():
    table = one('يقول الحسين، البالغ من العمر 64 عاما، في حديث لهسبريس: "قضيت ستة وثلاثين عاما في التدريس".')
    assert table["source_name"].iloc[0] == "الحسين" and table["category"].iloc[0] == "named_source"


def test_a_belief_verb_opening_with_anna_and_the_outlet_spoken_to_before_a_quotation():
    table = _main("وقال الخبير نبيل كرم إن الخطة متأخرة.", "ويعتبر أن تشكيل الهيئة الناظمة خطوة مهمة.")
    assert list(table["source_name"]) == ["نبيل كرم", "نبيل كرم"] and table["inherited"].iloc[1]
    assert one("ويعتبر الحديد من أهم المعادن.").empty
    table = _main("ويقول محمود الحلبي إن الأسعار ارتفعت.", "وقال لعنب بلدي، “إذا استمر الوضع هكذا سأغلق المحل”.")
    assert list(table["source_name"]) == ["محمود الحلبي", "محمود الحلبي"]


# ----------------------------------------------------------------------------- features: the person the story turns to


@pytest.mark.parametrize("intro, name, says", [
    ("سمير، سائق أجرة في الأربعين من عمره، يعمل منذ الفجر.", "سمير", "يقول"),
    ("في زاوية السوق، تجلس نوال، وهي أرملة من ريف المدينة، أمام بسطة صغيرة.", "نوال", "تقول"),
    ("أما كريم (30 عاماً)، فيعمل في ورشة للنجارة.", "كريم", "يقول"),
    ("أمام المخبز، يقف العم حسان ينتظر دوره.", "حسان", "يقول"),
    ("وعلى مقربة منه، كان أبو يوسف يرتب صناديق الخضار.", "أبو يوسف", "يقول"),
    ("بين الزبائن سيدة متقاعدة تدعى هيلغا برنر.", "هيلغا برنر", "تقول"),
])
def test_a_bare_says_after_a_sentence_that_turns_to_a_person_is_that_persons(intro, name, says):
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.", intro + f' {says}: "لم يعد الدخل يكفي.')
    assert table["source_name"].iloc[-1] == name and table["inherited"].iloc[-1]


def test_a_quotation_with_no_verb_after_a_sentence_that_turns_to_a_person_is_that_persons():
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.",
                  "سمير، سائق أجرة في الأربعين من عمره، يعمل منذ الفجر.",
                  "«أشتغل اثنتي عشرة ساعة في اليوم. ولا يبقى شيء في آخر الشهر».")
    assert list(table["source_name"].iloc[-2:]) == ["سمير", "سمير"]
    # (a credit line or a short title in quotation marks is no quotation)
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.",
                  "سمير، سائق أجرة في الأربعين من عمره، يعمل منذ الفجر.", "«واس» وقد اطلع المجلس على الموضوعات.")
    assert table["category"].iloc[-1] == "unattributed"


def test_a_verb_of_the_other_gender_does_not_give_the_words_to_the_person_turned_to():
    table = _main("قالت الطبيبة منى الراشد إن العيادة مكتظة.", "يقف هشام، وهو عامل بناء، عند الباب.",
                  'تقول: "لا نرفض أحداً".')
    assert table["source_name"].iloc[-1] == "منى الراشد"


def test_a_body_named_after_the_person_turned_to_does_not_take_the_words():
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.", "زهرة، جارة الأسرة، تعرف القصة كلها.",
                  "بعد أشهر تلقت العائلة اتصالاً من الشرطة.", 'تقول: "بكينا كثيراً".')
    assert table["source_name"].iloc[-1] == "زهرة"


def test_ordinary_sentences_name_no_person_turned_to():
    # (a verb with its object, a prepositional phrase, an unknown word with a pronoun: no person)
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.", "ومن حسن الحظ أن المطر توقف.", 'وأضاف: "سنعمل".')
    assert table["source_name"].iloc[-1] == "رامز الخوري"
    table = _main("قال مدير البلدية رامز الخوري إن الأسعار ارتفعت.", "يربط قاربه، ويجلس في الظل.", 'وأضاف: "سنعمل".')
    assert table["source_name"].iloc[-1] == "رامز الخوري"


def test_an_interview_opened_with_a_pronoun_answers_for_the_person_introduced():
    table = _main("منذ عشرين عاماً يدرس الدكتور سالم بن راشد الكندي أنظمة الري التقليدية.",
                  '"الوطن" التقته للحديث عن واقع المياه.', "* كيف تصف الوضع اليوم؟",
                  "ـ الصورة ليست قاتمة. لكنها ليست مطمئنة.")
    assert list(table["source_name"].iloc[-2:]) == ["سالم بن راشد الكندي"] * 2
    assert table["category"].iloc[-3] == "unattributed"


@pytest.mark.parametrize("text, source, category", [
    ("مصدر في شركة الكهرباء، فضّل عدم الكشف عن اسمه، اعتبر أن التقرير ظالم.", "مصدر في شركة الكهرباء", "anonymous_source"),
    ("مهندس في بلدية المدينة، طلب عدم ذكر اسمه، يقول إن المباني متصدعة.", "مهندس في بلدية المدينة", "anonymous_source"),
])
def test_a_clause_set_off_between_the_subject_and_its_verb(text, source, category):
    row = only(text)
    assert (row["source_text"], row["category"]) == (source, category)


def test_a_relative_clause_that_follows_cases_says_nothing():
    assert not (one("المحامي فادي نصر، الذي يتابع عشرات الدعاوى، يرى أن القانون ناقص.")["cue"] == "يتابع").any()


def test_a_feminine_participle_after_a_quotations_verb_is_how_she_said_it():
    table = _main("قالت خديجة العلوي إن الخيمة ما زالت قائمة.", '"ربما أطويها في الربيع"، تقول مبتسمة، ثم تستدرك: "أو أتركها".')
    assert list(table["source_name"]) == ["خديجة العلوي", "خديجة العلوي"]


def test_answers_and_what_one_does_not_hide_are_cited():
    row = only('يجيب سمير عن السؤال بهدوء: "أفكر في البلد كل يوم".')
    assert (row["cue"], row["source_name"]) == ("يجيب", "سمير")
    row = only("ولم يخف عدد من المهنيين قلقهم من القواعد الجديدة.")
    assert (row["category"], row["source_text"]) == ("anonymous_source", "عدد من المهنيين")
    # (an answer with no complement is no citation: "يجيب على الهاتف")
    assert one("يجيب الموظف على الهاتف طوال اليوم.").empty


def test_a_fronted_place_with_its_own_apposition_before_the_person():
    table = _main("في قرية العين، التابعة لبلدية الوادي، يقف الحاج بوعلام الزين وسط حقله.",
                  'يقلب بيده نبتة جافة ويقول للصحيفة: "هذه سادس سنة على هذا الحال.', 'لا شيء هذا العام".')
    assert list(table["source_name"].iloc[1:]) == ["بوعلام الزين", "بوعلام الزين"]


def test_a_circumstantial_clause_after_the_verb_is_no_subject():
    table = _main("قال العم سالم إن المقهى قديم.", "ويضيف وهو يرتب الأباريق: «لم أغيّر الكثير».")
    assert list(table["source_name"]) == ["سالم", "سالم"] and table["inherited"].iloc[1]
    row = only('عمي الطيب، متقاعد من البليدة، قال لـ"النهار" وهو يتكئ على عصاه: "جئنا من بعيد".')
    assert row["source_name"] == "الطيب"


@pytest.mark.parametrize("text, name", [
    ("من جهته، نفى مستشار في قوات الدعم السريع، عمر حامد أبكر، استهداف المعسكر.", "عمر حامد أبكر"),
    ("وقال أحد أقاربه، حسين جابر، في اتصال هاتفي مع الصحيفة، إن الشاب لم يكن مطلوباً.", "حسين جابر"),
])
def test_a_name_in_apposition_after_an_unnamed_ones_description_names_the_source(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)
    # (a day in apposition names no one)
    assert only("وقال مصدر في الوزارة، الخميس، إن الوضع هادئ.")["category"] == "anonymous_source"


def test_an_interview_with_the_name_right_after_the_meeting_verb():
    table = _main('"الصحيفة" التقت فيصل أحمد المطوع، الرئيس التنفيذي لشركة "مسار" للمدفوعات الرقمية، وفيما يلي نص الحوار:',
                  "* كيف تقيّمون واقع السوق؟", "- السوق قطع شوطاً كبيراً. والتحدي اليوم في التاجر الصغير.")
    assert list(table["source_name"].iloc[-2:]) == ["فيصل أحمد المطوع"] * 2


def test_reporting_verbs_inside_a_quotation_that_closes_are_the_speakers_words():
    table = _main("ويتابع كريكور بوغوصيان: «في الثمانينيات كنا نقول إن الوضع موقت. "
                  "اليوم أولادي يقولون الشيء نفسه، وأنا لم أعد أصدّق أحداً».")
    assert list(table["source_name"]) == ["كريكور بوغوصيان"] * 2 and table["inherited"].iloc[1]
    # (a quotation left open by mistake does not swallow the next report)
    table = _main('وقال الوزير سامي العتيبي: "الوضع مستقر.', "يذكر أن الوزارة أطلقت الخطة العام الماضي.")
    assert table["category"].iloc[-1] == "editorial" and not table["inherited"].iloc[-1]


@pytest.mark.parametrize("text, name", [
    ('"طلعنا بالهدوم التي علينا"، تقول حليمة وهي تمسك طرف ثوبها.', "حليمة"),
    ('"البحر ما عاد مثل أول"، يقول باعباد للجزيرة نت وهو يلف شباكه.', "باعباد"),
    ('«الزيتون شرف العائلة»، يقول دا محند (68 سنة) لـ«الخبر».', "دا محند"),
    ('"كنت أعمل كثيراً وأتقاضى قليلاً"، تقول أميمة في حديثها لـDW عربية.', "أميمة"),
])
def test_a_name_after_a_quotations_verb_then_how_where_or_to_whom(text, name):
    assert only(text)["source_name"] == name


def test_a_quotations_verb_that_needs_a_complement_has_it_in_the_quotation():
    table = _main("قال يوسف الطرابلسي إن الغربة صعبة.", '"الوحدة هي أصعب حاجة"، يشرح.')
    assert list(table["source_name"]) == ["يوسف الطرابلسي"] * 2
    # (where or how it was said names no one)
    table = _main("قال يوسف الطرابلسي إن الغربة صعبة.", '"الوضع صعب"، يقول في حديثه للصحيفة.')
    assert list(table["source_name"]) == ["يوسف الطرابلسي"] * 2


def test_a_definite_noun_for_a_person_points_back_to_the_person_of_the_story():
    table = _main("يجلس حسين جبار على حافة النهر.", 'ويضيف الرجل الأربعيني: "الجاموس مثل أولادنا".')
    assert table["source_name"].iloc[-1] == "حسين جبار"
    # (a title with a family name is a name, not an anaphor)
    table = _main("قال الوزير سعد الحربي إن الخطة جاهزة.", "وأوضح المهندس القحطاني أن العمل بدأ.")
    assert table["source_name"].iloc[-1] == "القحطاني"


def test_an_outlet_in_latin_letters_and_a_title_are_no_part_of_a_name():
    assert only('"لا أعرف"، يقول مازن لـDW عربية.')["source_name"] == "مازن"
    assert only('"الصنعة دي ورث"، يقول عم رجب.')["source_name"] == "رجب"


def test_an_interview_introduced_by_the_person_it_presents():
    table = _main("وفي هذا الحوار مع الصحيفة، يقدم عزيز الإدريسي، أستاذ الهيدرولوجيا، قراءته للوضع.",
                  "كيف تقيمون الوضع اليوم؟", "الأمطار كانت إيجابية. لكننا لم نخرج من الأزمة.")
    assert list(table["source_name"].iloc[-2:]) == ["عزيز الإدريسي"] * 2


def test_a_gesture_and_an_adverb_are_no_sources():
    table = _main("قالت زهرة العياري إن ابنها غادر.", '"أشحنه كل يوم"، تقول وهي تشير إليه، "ربما يتصل يوما ما".')
    assert list(table["source_name"]) == ["زهرة العياري"] * 2
    table = _main("قال الحبيب الشابي إن ابنه غادر.", '"كان يقول دائما إن مستقبله هناك".')
    assert table["source_name"].iloc[-1] == "الحبيب الشابي"


def test_an_anaphor_with_the_same_marks_the_person_cited_before():
    table = _main("قال الفلاح الحسين الدكالي إن الموسم ضاع.", 'وتابع الفلاح ذاته: "بعنا نصف القطيع".')
    assert table["source_name"].iloc[-1] == "الحسين الدكالي"


@pytest.mark.parametrize("text, category", [
    ("قال نائب في البرلمان إن القانون لن يمر.", "anonymous_source"),
    ("وقال وزير في الحكومة إن الخطة جاهزة.", "anonymous_source"),
    ("وقال نائب رئيس الوزراء إن الخطة جاهزة.", "named_source"),
    ("وقال مدير في الشركة أحمد السالم إن الخطة جاهزة.", "named_source"),
])
def test_an_indefinite_role_in_a_body_is_one_of_many(text, category):
    assert only(text)["category"] == category


def test_a_pronoun_subject_in_the_sentence_that_introduces_the_person():
    table = _main("السويعدي، البالغ من العمر 58 عاماً، ورث تربية الجاموس عن أبيه، لكنه يقول إن الأعوام الأخيرة كانت الأصعب.")
    assert table["source_name"].iloc[0] == "السويعدي"


def test_a_participle_or_a_coordinated_verb_speaks_for_the_person_the_sentence_introduces():
    table = _main("قال النائب وليد صعب إن القانون ناقص.",
                  "المحامي رامي شقير، الذي يتابع عشرات الدعاوى، يختصر الأمر بالقول: «كل ما في المسودة وعود».")
    assert table["source_name"].iloc[-1] == "رامي شقير"


def test_an_interview_answers_for_the_titled_name_not_the_role_after_it():
    table = _main("«الشروق» التقت المقدم منذر الحمامي، الناطق الرسمي باسم الديوان الوطني للحماية المدنية، للحديث عن الاستعدادات.",
                  "• كيف تقيمون الحصيلة؟", "- سجلنا قرابة 1400 تدخل. والمساحات المتضررة محدودة.")
    assert list(table["source_name"].iloc[-2:]) == ["منذر الحمامي"] * 2


def test_an_unknown_first_name_closing_an_experts_phrase_and_the_expert_named_again():
    table = _main("يرى الخبير الفلاحي إدريس العلمي أن أزمة الزيتون تكشف هشاشة النموذج.",
                  "ويشدد الخبير على أن أكبر مستهلك للمياه يظل القطاع الفلاحي.")
    assert list(table["source_name"]) == ["إدريس العلمي", "إدريس العلمي"]
    assert list(table["category"]) == ["named_source", "named_source"]
    # (a time after an unnamed official is no name)
    assert only("وقال مسؤول في الوزارة الخميس الماضي إن الوضع صعب.")["category"] == "anonymous_source"


@pytest.mark.parametrize("text", ["وأكد أحمد بن علي أن الوضع صعب.", "وقال أحمد بن علي إن الوضع صعب."])
def test_ali_after_bin_is_a_name_even_before_an(text):
    row = only(text)
    assert (row["source_name"], row["source_text"]) == ("أحمد بن علي", "أحمد بن علي")


def test_an_unnamed_woman_given_a_name_after_a_comma():
    row = only('وقالت إحداهن، وتدعى خيرة: "سمعت أن ابن جارتنا دخل المستشفى".')
    assert (row["category"], row["source_name"]) == ("named_source", "خيرة")


def test_a_role_first_then_the_name_in_apposition_before_the_verb():
    row = only("أما عضو المكتب التنفيذي للاتحاد الجهوي للشغل بصفاقس، الهادي الفراتي، فقد اعتبر أن الملف لم يعد يحتمل التأجيل.")
    assert (row["category"], row["source_name"]) == ("named_source", "الهادي الفراتي")


def test_more_outlets_spoken_to_and_told_stories():
    row = only('وقالت المصادر لعمون إن "التعديل لن يكون شكلياً".')
    assert (row["category"], row["source_text"]) == ("anonymous_source", "المصادر")
    assert only('ويحكي محمود حسن عن أصعب ما يواجهه: «ساعات نشتغل من غير أجر».')["source_name"] == "محمود حسن"
    table = _main("قال رمضان عبد الموجود إن الحال صعب.", 'يصمت قليلاً ثم يضيف: «زمان كانت المئة جنيه تعمل حاجة».')
    assert list(table["source_name"]) == ["رمضان عبد الموجود"] * 2


def test_a_title_vouches_for_a_name_that_is_also_a_word():
    row = only("ويرى خبير المياه الدكتور باسل القضاة أن المشكلة هيكلية.")
    assert (row["category"], row["source_name"]) == ("named_source", "باسل القضاة")


def test_a_person_anaphor_finds_the_person_an_earlier_sentence_turned_to():
    table = _main("عند السابعة صباحاً، تصل رنا المصري إلى مستشفى طرابلس الحكومي.",
                  "تبدّل ثيابها بسرعة، ثم تبدأ جولتها الأولى على المرضى.",
                  "«ما في خيار تاني»، تقول الممرضة الثلاثينية لـ«النهار».")
    assert table["source_name"].iloc[-1] == "رنا المصري"


def test_a_family_name_with_a_belief_verb():
    assert only("ويرى الزهراني أن المهنة يمكن أن تكون مصدر رزق.")["source_name"] == "الزهراني"
    assert one("ويعتبر الحديد من أهم المعادن.").empty


def test_the_same_expert_is_the_expert_named_with_that_role():
    table = _main("وقال محمد آيت الحسين، الخبير في الشأن الفلاحي، إن الموسم صعب.", 'وأوضح الخبير ذاته: "نحن أمام واقع جديد".')
    assert list(table["source_name"]) == ["محمد آيت الحسين"] * 2


def test_wire_copy_names_before_an_apposition():
    # an unknown foreign name, then "one of" a body's people; a first name that carries the article
    row = only("وتوقع ارجون جين أحد مسؤولي المفوضية بأن تستمر مأساة المهجرين.")
    assert (row["source_name"], row["source_role"]) == ("ارجون جين", "أحد مسؤولي المفوضية")
    assert only("وذكر إلياس المر وزير الدفاع اللبناني أنه قد يسعى إلى وقف الانتشار.")["source_name"] == "إلياس المر"


def test_a_short_quotation_closing_the_sentence_after_a_person_is_what_was_said():
    row = only('وأضاف الرئيس "اللاعب جيد".')
    assert (row["source_name"], row["direct_quote"]) == ("الرئيس", True)
    assert only('وأضاف فيرجسون «لن يرحل».')["source_name"] == "فيرجسون"
    # (but a name after the outlet spoken to, or an object and what it was called, is not)
    assert only('بحسب ما أفادت مصادر محلية لـ"المصدر أونلاين".')["source_text"] == "مصادر محلية"


def test_a_verb_coordinated_by_fa_speaks_for_the_sentences_person():
    table = _main("قال الوزير إن الوضع جيد.", "ويروي أحمد لنا التفاصيل فيقول: بدأ كل شيء عندما قررت السفر.")
    assert table["source_name"].iloc[-1] == "أحمد"


def test_a_pronoun_after_ama_stands_for_the_fronted_topic():
    row = only("أما الوزير فإنه يقول إن الموقع ممر رئيسي.")
    assert (row["category"], row["source_name"]) == ("named_source", "الوزير")



def test_a_number_or_a_plural_noun_introduces_no_person():
    table = _main("ومن هذا المنطلق يوصي مجلس الإدارة بتأسيس برنامج لجمع مبلغ 1.",
                  "5 مليار دولار أمريكي (أو ما يعادل ذلك) من أسواق السندات.",
                  "وأشار إلى أنه قد أصبحت البرامج شائعة في المنطقة.")
    assert table["source_name"].iloc[-1] == "مجلس الإدارة"
    table = _main("ورفض حمدان الإجراءات التي اتخذتها السلطات.", "وقال إن هذا كلام غير صحيح.")
    assert table["source_name"].iloc[-1] == "حمدان"


def test_more_roles_and_foreign_names_in_wire_copy():
    row = only("أعلن عمدة كييف فيتالي كليتشكو مقتل شخص وإصابة اثنين.")
    assert (row["source_name"], row["category"]) == ("فيتالي كليتشكو", "named_source")
    assert only("وقال حاكم مصرف لبنان إن الليرة مستقرة.")["source_text"] == "حاكم مصرف لبنان"
    row = only("وكان رئيس الوزراء الأرميني، نيكول باشينيان، أكد، في وقت سابق، أن باكو تضغط.")
    assert row["source_name"] == "نيكول باشينيان"
    assert only("وكانت ماري لوبان قالت إن الوضع صعب.")["source_name"] == "ماري لوبان"


def test_a_toll_or_a_ranking_and_international_outlets():
    row = only("وقتل 650 مدنيا، وفق حصيلة للمرصد.")
    assert (row["category"], row["source_name"], row["source_kind"]) == ("named_source", "المرصد", "document")
    assert one("وارتفعت حصيلة القتلى إلى 50.").empty
    row = only("ولكن الفايننشال تايمز تقول إن المهندسين شرعوا في تطوير الأدوات.")
    assert (row["source_name"], row["source_kind"]) == ("الفايننشال تايمز", "media")


def test_a_name_set_off_by_commas_after_the_role_that_follows_the_verb():
    row = only("أعلن الرئيس الفرنسي، إيمانويل ماكرون، تكريم 26 من الجزائريين.")
    assert (row["source_name"], row["category"]) == ("إيمانويل ماكرون", "named_source")
    table = _main("قال مصدر إن الوضع سيء.",
                  "ومن جهته، رفض الرئيس الأذربيجاني، إلهام علييف، الاتهامات، مؤكداً أن لا أساس لها.")
    assert table["source_name"].iloc[-1] == "إلهام علييف"


def test_a_foreign_first_name_that_looks_like_fa_closes_an_officials_phrase():
    row = only("وأكدت مسؤولة الشؤون الخارجية في الاتحاد الأوروبي فيديريكا موغريني، أن الاتحاد عازم.")
    assert (row["category"], row["source_name"]) == ("named_source", "فيديريكا موغريني")
    # (but not a place after a preposition: "بالدار البيضاء")
    assert only("من جهتهم، عبر عدد من سائقي سيارات الأجرة بالدار البيضاء عن استيائهم.")["category"] == "anonymous_source"
    row = only('وقال المعلق السياسي في قناة "كان"، ميخال شيمش، إن "هناك الكثير من الخشية".')
    assert row["source_name"] == "ميخال شيمش"


def test_a_pronoun_subject_denies_for_the_last_source_and_said_unnamed():
    table = _main("وقال الوزير إن الوضع صعب.", "ولكنه نفى هذه التهم.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("named_source", "الوزير")
    # "لكنه أشار إلى ..."، "لكنه يشدد على ...": the pronoun opening the sentence is the last source
    table = _main("وقال الوزير إن الوضع صعب.", "لكنه أشار إلى تباين في الآراء بين الأجهزة.",
                  "لكنه يشدد على ضرورة استمرار الإصلاحات.")
    assert table["source_name"].tolist()[1:] == ["الوزير", "الوزير"]
    assert table["inherited"].tolist()[1:] == [True, True]
    assert only("وأدين العضو وزوجته - بحسب ما قيل - بإساءة استخدام أموال الحملة.")["category"] == "unverified_report"


def test_his_saying_governs_its_own_an_and_an_alliance_owns_a_report():
    row = only("واتهم المصدر حزب الله بتورطه في اغتيال رئيس الوزراء الأسبق رفيق الحريري، إضافة إلى قوله إن إيران تمد الجماعات.")
    assert (row["category"], row["source_text"]) == ("anonymous_source", "المصدر")
    row = only("وأكد تقرير لحلف شمال الأطلسي أن بولندا أنفقت أكثر.")
    assert (row["category"], row["source_kind"]) == ("named_source", "document")


def test_manner_words_and_a_quotation_after_the_ones_spoken_to_name_no_one():
    table = _main("قال الوزير إن الوضع صعب.", 'وقال للصحفيين "اليأس لا يمكن أبدا أن يكون سببا للسفر".',
                  "وقالت مازحة إن الرحلة كانت سلسة.")
    assert list(table["source_name"]) == ["الوزير"] * 3
    assert list(table["inherited"]) == [False, True, True]


def test_a_time_before_the_subject_is_skipped():
    row = only("وأعلن أمس الأربعاء الرئيس الأميركي جو بايدن أن الولايات المتحدة سترسل 31 دبابة.")
    assert row["source_name"] == "جو بايدن"
    table = _main("قال الوزير إن الوضع صعب.", "وقال الخميس الماضي إن الحل قريب.")
    assert list(table["inherited"]) == [False, True]


def test_a_verbal_noun_after_a_preposition_is_no_verb():
    row = only("فبعد توعد موسكو هذه الدبابات بالحرق، اعتبر المتحدث باسم الكرملين أن تزويد أوكرانيا بالدبابات انخراط مباشر.")
    assert row["source_text"] == "المتحدث باسم الكرملين"


def test_a_known_family_name_is_the_clause_subject_for_a_participle():
    table = _main("قال مصدر إن الوضع صعب.", "كما طمأن الحريري إلى سلامة الوضع الأمني، مشدداً على ضرورة إنجاح التجربة.")
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("الحريري", False)


def test_the_source_is_the_named_body_just_cited_and_the_feminine_official_is_the_named_one():
    table = _main("وأفادت المديرية العامة للأمن الوطني بأنه تم توقيف المشتبه فيهم.", "وأشار المصدر إلى أنه تم الاحتفاظ بهم.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("named_source", "المديرية العامة للأمن الوطني")
    table = _main("وقال مصدر في الشرطة إن الوضع هادئ.", "وأوضح وزير الداخلية فلان الفلاني أن التحقيق مستمر.",
                  "وأضاف المصدر أن عشرة أشخاص أوقفوا.")
    assert table["category"].iloc[-1] == "anonymous_source"
    table = _main("وقالت المديرة التنفيذية لليونيسيف هند خالد إن الوضع كارثي.",
                  "وأشارت المسؤولة الأممية إلى أن نقص الماء يهدد بكارثة.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("named_source", "هند خالد")


def test_an_unknown_name_after_bihasb_and_latin_outlets():
    row = only("وله خبرة طويلة في حل النزاعات، بحسب غوتيريس.")
    assert (row["category"], row["source_name"]) == ("named_source", "غوتيريس")
    assert one("ونجح اللاعبان في تحقيق المركز الأول، كل حسب تصنيفه.").empty
    row = only("ونشرت CNN سابقا أن ترامب يحتفظ بالمصالح.")
    assert (row["source_name"], row["source_kind"]) == ("CNN", "media")


def test_a_former_role_then_the_name_set_off_by_commas():
    row = only("نفى الرئيس الفرنسي السابق، نيكولا ساركوزي، الادعاءات التي تتهمه.")
    assert (row["source_name"], row["category"]) == ("نيكولا ساركوزي", "named_source")


def test_a_body_speaking_through_a_person_rests_on_that_person():
    row = only("أعربت الجامعة العربية الخميس على لسان محمود عفيفي المتحدث باسم أمينها العام عن تضامنها مع المغرب.")
    assert (row["source_name"], row["affiliation"]) == ("محمود عفيفي", "الجامعة العربية")


def test_a_fatwa_two_papers_and_yushar_an():
    row = only("أفتى رئيس الاتحاد العالمي لعلماء الإسلام الشيخ مصطفى راشد بأن الصيام فرض على الأغنياء.")
    assert row["source_name"] == "مصطفى راشد"
    row = only('ذكرت صحيفتا "عكاظ" و"الرياض" السعوديتان، أن المحكمة بدأت المحاكمة.')
    assert (row["category"], row["source_kind"]) == ("named_source", "media")
    assert only("يشار أن فعاليات الحملة يشارك فيها رؤساء المجالس.")["category"] == "editorial"


def test_a_dateline_is_no_subject():
    assert one("عمان، الأردن (CNN) -- شارك آلاف الأردنيين الأربعاء في إضراب عام دعت له النقابات.").empty


def test_a_communique_an_indictment_supporters_and_a_bbc_correspondent():
    row = only("وقد تم إخضاع المشتبه فيهم للحراسة النظرية، حسب البلاغ.")
    assert (row["category"], row["source_kind"]) == ("named_source", "document")
    row = only("وأفاد بلاغ للمديرية العامة للأمن الوطني بأن عملية التوقيف جرت بميناء طنجة.")
    assert row["source_name"] == "المديرية العامة للأمن الوطني"
    assert only("وبحسب لائحة الاتهام، جمعت الشبكة أكثر من مليوني دولار.")["category"] == "named_source"
    assert only("ويقول المؤيدون إن الهدف هو تخفيف الأعباء.")["category"] == "anonymous_source"
    assert only("وتقول مراسلة بي بي سي في نيروبي إن الترقب يسود الحي.")["category"] == "named_source"
    assert only("وقالت قاضية أمريكية إن القرار نهائي.")["category"] == "anonymous_source"


def test_an_outlet_in_latin_after_la_and_an_accusative_diplomat():
    row = only("وقال أحد السكان لـLe360 إن عناصر الأمن حلت بالمكان.")
    assert (row["category"], row["source_text"]) == ("anonymous_source", "أحد السكان")
    assert only("لكن دبلوماسيا من دولة تتحفظ على المقترح قال إن هناك أسئلة.")["category"] == "anonymous_source"


def test_the_press_officer_of_a_company():
    row = only("أوضح المكلف بالإعلام لدى شركة المياه، نور الدين حمداني، أن الاضطراب يعود إلى أشغال صيانة.")
    assert (row["category"], row["source_name"]) == ("named_source", "نور الدين حمداني")
    assert row["source_role"].startswith("المكلف بالإعلام")


def test_kin_roles_of_women():
    row = only("وقالت والدة الشاب القتيل إن عائلته صدمت.")
    assert (row["category"], row["source_text"]) == ("named_source", "والدة الشاب القتيل")


def test_an_editorial_note_written_with_persian_yeh():
    assert only("یأتي هذا في وقت كانت الحكومة قد أعفت الشركات.")["category"] == "editorial"


def test_a_report_verb_set_off_by_commas_inside_the_sentence():
    row = only("وقد مكنت عمليات البحث والتحري، يضيف البلاغ، من توقيف المشتبه فيهم الثلاثة.")
    assert (row["category"], row["source_kind"], row["cue"]) == ("named_source", "document", "يضيف")
    assert one("وقد مكنت عمليات البحث والتحري، مع الأسف، من توقيف المشتبه فيهم.").empty


def test_the_name_ali_before_a_comma_is_no_preposition():
    row = only("ويقول علي، الذي غادر المخيم مؤخرا، إنه رأى تعصبا.")
    assert (row["category"], row["source_name"]) == ("named_source", "علي")


def test_a_foreign_name_then_the_body_the_person_speaks_for():
    row = only("من جهتها، قالت كاترينا راسل من منظمة يونيسيف إن مئات الأطفال يسقطون يوميا.")
    assert (row["category"], row["source_name"], row["source_kind"]) == ("named_source", "كاترينا راسل", "person")
    row = only("بدوره، أفاد فيليبو لازاريتي من وكالة الأونروا بمقتل عشرة من موظفيها.")
    assert row["source_name"] == "فيليبو لازاريتي"
    row = only("وقال خبراء من منظمة الصحة إن الوضع صعب.")
    assert row["category"] == "anonymous_source"


def test_the_official_then_refers_to_the_person_just_named_for_a_body():
    table = per_sentence_of("من جهتها، قالت كاترينا راسل من منظمة يونيسيف إن مئات الأطفال يسقطون يوميا.",
                            "وأشارت المسؤولة الأممية إلى أن نقص الماء يهدد بكارثة.")
    assert (table.iloc[1]["category"], table.iloc[1]["source_name"]) == ("named_source", "كاترينا راسل")
    # an unnamed official stays unnamed when no one was named just before
    table = per_sentence_of("تواصل القصف على المدينة.", "وأشارت المسؤولة الأممية إلى أن نقص الماء يهدد بكارثة.")
    assert table.iloc[1]["category"] == "anonymous_source"


def test_names_set_off_after_a_role_or_a_description():
    row = only("أفاد المتحدث باسم وزارة الصحة، أشرف الحداد، بارتفاع عدد الضحايا.")
    assert row["source_name"] == "أشرف الحداد"
    row = only("وقال المفاوض الإسرائيلي السابق، دانيال ليفين، إن الحكومة لم تقرر بعد.")
    assert row["source_name"] == "دانيال ليفين"
    row = only("من جهته قال الإعلامي السعودي، غضوان المطيري، على صفحته بموقع تويتر: لم تنشر النتائج بعد.")
    assert (row["source_name"], row["source_text"]) == ("غضوان المطيري", "الإعلامي السعودي، غضوان المطيري")
    row = only("وقال القومندان بول داهلر المتحدث باسم الحرس الوطني إن الطائرة سقطت.")
    assert row["source_name"] == "بول داهلر"


def test_a_foreign_name_after_the_role_and_before_the_object():
    row = only("اعتبر المتحدث باسم الكرملين ديمتري بيسكوفيتش تزويد أوكرانيا بالدبابات خطأ.")
    assert row["source_name"] == "ديمتري بيسكوفيتش"
    row = only("وأدى القسم أمام الملك.") if not one("وأدى القسم أمام الملك.").empty else None
    assert row is None


def test_a_report_owned_by_an_outlet_in_latin_letters():
    row = only("تظهر أحدث الأرقام، بحسب تقرير لـ BBC، أن الإنفاق ارتفع.")
    assert (row["category"], row["source_name"]) == ("named_source", "BBC")


def test_a_department_of_an_outlet():
    row = only("وتظهر الصور مسلحين يجرون في الصحراء، حسب قسم المتابعة الإعلامية في بي بي سي.")
    assert (row["category"], row["source_kind"]) == ("named_source", "organisation")


def test_a_minister_named_after_kana_speaks_later_in_the_sentence():
    table = per_sentence_of("وكانت الوزيرة جولي غينترز في الأسبوع الأخير من الحمل، وقالت إنها استقلت الدراجة.")
    assert (table.iloc[0]["category"], table.iloc[0]["source_name"]) == ("named_source", "جولي غينترز")


def test_a_cue_after_a_preposition_or_in_construct_is_a_verbal_noun():
    assert one("وطرح التصرف تساؤلا حول سبب عزوف الحكومة عن إعلان تعهد مالي للمشاركة في الإعمار.").empty


def test_a_foreign_surname_that_looks_definite_set_off_after_a_role():
    row = only("اعتبر الأمين العام لمنظمة الدول الأميركية، لويس ألمارغو، أن الانتقال غير شرعي.")
    assert row["source_name"] == "لويس ألمارغو"


def test_a_title_and_an_adjective_before_a_name_set_off_by_commas():
    row = only("غير أن المهندس المدني والخبير في المناقصات العامة، نبيل سركيس، يرى أن هذه الحجة لا تصمد.")
    assert row["source_name"] == "نبيل سركيس"


def test_a_foreign_name_then_a_participle_set_off_by_commas():
    row = only("وقال بريان كلاس، المتخصص في العلوم السياسية، إن الانتقاد مبالغ فيه.")
    assert (row["category"], row["source_name"]) == ("named_source", "بريان كلاس")


def test_a_social_media_account_is_a_source():
    row = only("ويؤكد حساب معتقلي الرأي على إبرام المحكمة جلسة سرية.")
    assert (row["category"], row["source_text"]) == ("named_source", "حساب معتقلي الرأي")


def test_a_comma_between_the_verb_and_the_name_and_a_social_media_user():
    row = only("وقالت، مارلين غلينز، التي عملت مستشارة في مكتب الأخلاقيات، إن القلق كبير.")
    assert (row["category"], row["source_name"]) == ("named_source", "مارلين غلينز")
    row = only('وقال مستخدم آخر في تغريدته ساخرا "الرئيس يتجه الآن إلى مكتبه بالمروحية"، والسخرية واسعة.')
    assert row["category"] == "anonymous_source"


def test_condemnation_appeal_surprise_rebuttal_and_mockery_cues():
    row = only("شجب المفوض السامي لحقوق الإنسان اليوم ما وصفه بمناخ الترهيب.")
    assert (row["category"], row["cue"]) == ("named_source", "شجب")
    assert only("وناشد أهالي المركز شركة الاتصالات بسرعة إصلاح البرج.")["category"] == "anonymous_source"
    assert only("واستغرب المجلس الوطني للصحافة تجاهل الإدارة للقانون.")["category"] == "named_source"
    assert only("وفند الرئيس تصريحات أرملة الجندي.")["category"] == "named_source"
    assert only("كما سخر حساب الوزارة على تويتر من لوحة الإعلانات.")["category"] == "named_source"
    # "سخّر" (harnessed) takes no من; "لا أستغرب" is the writer's present, not a past report
    assert one("وسخرت الوزارة الإمكانات لخدمة الحجاج.").empty
    assert one("وأنا شخصيا لا أستغرب هذا فلا تزال المعالم غير واضحة.").empty
    assert one("ويجب أن يفند العلماء كل مسألة وأن يفند الباحثون غيرها.").empty


def test_a_quotation_opened_after_an_adjunct_runs_on_until_it_closes():
    table = per_sentence_of('ونقلت وكالة رويترز عن الرئيس قوله أمام حشد في المدينة "نحن نحمي الحلفاء. '
                            'يمكننا القول إنهم أثرياء. وأنا أحب الملك. ولكنني قلت: نحن نحميكم. '
                            'قد لا تبقون أسبوعين بدوننا. يجب أن تدفعوا تكاليف جيشكم".',
                            "وشهدت الأسواق ارتفاعا في الأسعار.")
    assert list(table["category"]) == ["named_source"] * 6 + ["unattributed"]
    assert set(table["source_name"][:6]) == {"الرئيس"}
    # a quote mark left open with no closing in the paragraph carries the speaker four sentences at most
    table = per_sentence_of('وقال الوزير "نحن نحمي الحلفاء. يمكننا القول إنهم أثرياء. وأنا أحب الملك. '
                            'ونحن نحميكم. وتقع المدينة على الساحل. وتقع القرية على النهر.')
    assert list(table["category"]) == ["named_source"] * 5 + ["unattributed"]


def test_according_to_with_taba_and_a_committee_after_lil():
    row = only('وتبعاً لـ "لوس أنجلوس تايمز"، فإن أحد المتسابقين فتح النار.')
    assert (row["category"], row["cue"]) == ("named_source", "تبعاً لـ")
    row = only("ووفقا للجنة التحقيق الروسية، فقد نفذ الهجوم ليلا.")
    assert row["source_name"] == "لجنة التحقيق الروسية"
    row = only("ونقلت وكالة رويترز عن بيان للجنة الوطنية للوقاية من الكوارث أن آلاف المنازل تضررت.")
    assert row["source_name"].startswith("اللجنة الوطنية")


def test_hashtags_read_as_words():
    row = only("أعلن #الجيش_اليمني ، الأحد، تحرير آخر مناطق المديرية.")
    assert (row["category"], row["source_name"]) == ("named_source", "الجيش اليمني")


def test_a_comma_between_the_subject_after_kana_and_qad():
    row = only("وكان الرئيس الأمريكي دونالد ترامب، قد شدد في وقت سابق على ضرورة تسليم اليورانيوم.")
    assert row["source_name"] == "دونالد ترامب"


def test_rumours_platforms_and_a_channel_after_abra():
    assert only("وظلت إشاعات تتردد منذ سنوات عن وفاة القائد.")["category"] == "unverified_report"
    row = only("وبحسب المنصة، فقد تصدرت المحكمة العامة قائمة الجلسات.")
    assert (row["category"], row["source_kind"]) == ("named_source", "organisation")
    assert one("وتوثيق العقود عبر منصة «إيجار» أوجد قاعدة بيانات واضحة عن الأسعار.").empty
    assert only("وعبر الوزير عن قلقه من التصعيد.")["category"] == "named_source"


def test_a_participle_of_manner_is_no_subject():
    table = per_sentence_of("وقال الرئيس إن الدول الغنية يجب أن تدفع.", 'واستطرد متسائلا "هل سيدفعون مقابل ذلك؟".')
    assert (table.iloc[1]["category"], table.iloc[1]["source_name"], table.iloc[1]["inherited"]) == (
        "named_source", "الرئيس", True)


def test_a_title_before_a_name_set_off_after_a_role_and_a_comma_after_the_subject_of_kana():
    row = only("وقال المفوض السامي لحقوق الإنسان، الأمير زيد بن رعد الحسين، إن الوضع خطير.")
    assert row["source_name"] == "زيد بن رعد الحسين"
    row = only("وكانت وزارة السياحة، أكدت بداية العام الماضي عزمها طرح الأراضي.")
    assert (row["category"], row["source_name"]) == ("named_source", "وزارة السياحة")
    row = only("في فرنسا، تجاوزت الوفيات آلاف الحالات، وفقًا لتقرير الجارديان البريطانية.")
    assert row["category"] == "named_source"


def test_a_call_with_li_the_people_called_on_and_each_of_a_list():
    row = only("ودعت الداخلية القطرية المواطنين والمقيمين للبقاء في منازلهم.")
    assert (row["category"], row["source_name"]) == ("named_source", "الداخلية القطرية")
    row = only("وأكدت كل من مصر والأردن أن الحل سياسي.")
    assert (row["category"], row["source_name"]) == ("named_source", "مصر والأردن")
    assert only("ولا يستبعد الخبير أن تتراجع الأسعار.")["category"] == "anonymous_source"


def test_qad_opens_a_verb_and_a_foreign_name_before_its_role_after_kana():
    row = only("وكان سوفان تشاتيرجي، رئيس بلدية كلكتا، قد زار الموقع وقال إنه عثر على جثث.")
    assert (row["category"], row["source_name"]) == ("named_source", "سوفان تشاتيرجي")


def test_a_modal_opens_no_subject():
    table = per_sentence_of("وقال الوزير إن القانون جاهز.", "وقال يجب أن يكون القانون محايدا.")
    assert (table.iloc[1]["source_name"], table.iloc[1]["inherited"]) == ("الوزير", True)


def test_a_role_definite_by_its_genitive_refers_to_the_person_named_with_it():
    table = per_sentence_of("وقال عضو الكونغرس الجمهوري توم روني إن الأدلة كثيرة.",
                            "أجاب عضو الكونغرس: أعتقد أن هناك أدلة.")
    assert (table.iloc[1]["category"], table.iloc[1]["source_name"]) == ("named_source", "توم روني")
    table = per_sentence_of("وقال الوزير إن الأدلة كثيرة.", "أجاب عضو الكونغرس: أعتقد أن هناك أدلة.")
    assert table.iloc[1]["category"] == "anonymous_source"


def test_a_construct_chain_role_and_the_statistics_of_a_city():
    table = per_sentence_of("ووصف الشيخ أحمد بن محمد آل ثاني مساعد وزير الخارجية لشؤون التعاون الدولي رحيله بأنه خسارة.",
                            "وقال مساعد وزير الخارجية: الفقيد قدم الكثير من المبادرات.")
    assert (table.iloc[1]["category"], table.iloc[1]["source_name"]) == ("named_source", "أحمد بن محمد آل ثاني")
    row = only("وبلغ حجم التجارة 53 مليار دولار، بحسب إحصاءات دبي.")
    assert (row["category"], row["source_name"]) == ("named_source", "دبي")


def test_a_court_convicting_and_a_statement_via_the_internet_are_no_reports():
    assert one("الى ذلك، أدانت محكمة عسكرية ثلاثة جنود بتهمة الاعتداء على المدنيين.").empty
    assert only("وأدانت وزارة الخارجية الهجوم.")["category"] == "named_source"
    assert one("واعتذرت المحطة على الهواء مباشرة، ثم عبر الإنترنت، للملك ومستمعيها عن الإزعاج.").empty


def test_a_supreme_leader_and_a_state_that_considers():
    row = only('وقال المرشد الأعلى الإيراني، مجتبى خامنئي، إن الاتصال تعزز.')
    assert (row["category"], row["source_name"]) == ("named_source", "مجتبى خامنئي")
    row = only("وتعتبر أنقرة الوحدات الكردية السورية امتدادا لحزب العمال الكردستاني.")
    assert (row["category"], row["source_name"], row["cue_class"]) == ("named_source", "أنقرة", "belief")
    # "is considered": a state followed by an indefinite or definite predicate
    assert one("وتعتبر أنقرة عاصمة تركيا.").empty
    assert one("وتعتبر السعودية المملكة الأكبر مساحة في الخليج.").empty


def test_a_country_media_and_an_unnamed_source_in_quotes_are_anonymous():
    assert only("وأفاد الإعلام الإسرائيلي بأن الجيش منزعج.")["category"] == "anonymous_source"
    row = only('نقلت صحيفة "يديعوت أحرونوت" عن "مسؤول أميركي رفيع"، قوله إن الأهداف دمرت.')
    assert row["category"] == "anonymous_source"
    row = only('ورأت "الخبير المالية" أن الخطوة قد تشكل سابقة.')
    assert row["category"] == "named_source"


def test_a_participle_in_the_plural_is_a_group_but_a_foreign_surname_is_not():
    assert only("وقال منقذون إن معظم المهاجرين قدموا من أفغانستان.")["category"] == "anonymous_source"
    assert only("وقال ماكرون إن فرنسا ستواصل دعمها.")["category"] == "named_source"
    assert only("وقال ميلتون إن الوضع صعب.")["category"] == "named_source"


def test_a_subject_after_kana_with_an_apposition_and_an_editorial_note_mid_sentence():
    row = only("وكانت السعودية، الخصم الإقليمي لإيران، أكدت كذلك وقوفها إلى جانب المملكة.")
    assert (row["category"], row["source_name"]) == ("named_source", "السعودية")
    row = only("وكان رئيس الوزراء الأرميني، نيكول باشينيان، أكد أن الضغوط مستمرة.")
    assert row["source_name"] == "نيكول باشينيان"
    assert only("فيما يشار أنه حكم الخميس على 25 شخصا.")["category"] == "editorial"


def test_a_first_name_that_is_also_a_verb_stands_after_the_reporting_verb():
    # "دانا" is also the dual of دان (condemned), "بيل" a common word: here they open the subject's name
    row = only("وأكدت دانا أحمد، مديرة الحملات، أن الإفراج تم.")
    assert (row["cue"], row["source_name"]) == ("أكدت", "دانا أحمد")
    row = only('تقول دانا العبادي، خريجة التصميم: "أهلي رفضوا الفكرة".')
    assert row["source_name"] == "دانا العبادي"
    row = only("أخبر الرئيس الأمريكي السابق، بيل كلينتون، محكمة فدرالية برغبته في المشاركة.")
    assert row["source_name"] == "بيل كلينتون"
    # but دان is still a report of its own at the head of a sentence
    assert only("دان مجلس الأمن الهجوم.")["cue"] == "دان"


def test_an_imperfect_cue_after_a_preposition_is_a_noun_and_the_subject_speaks():
    row = only('وأدلى دونالد ترامب بتلك التصريحات خلال تجمع حاشد قائلا "إننا نمد جيوشهم بالسلاح".')
    assert (row["cue"], row["source_name"]) == ("قائلا", "دونالد ترامب")


def test_an_unknown_source_set_off_after_bihasab_at_the_end_of_a_sentence():
    row = only("وأسفر القصف عن مقتل 100 جندي، بحسب الرواية الأميركية.")
    assert (row["category"], row["source_name"], row["source_kind"]) == ("named_source", "الرواية الأميركية", "document")
    # a single word after the bare حسب is a measure, not a source
    assert one("وقد باشر الفريق التحقيق في الحادث، حسب الاختصاص.").empty


def test_a_short_surname_in_un_is_a_person_not_a_plural_group():
    assert only("قال نافون إن إسرائيل لا تريد الاعتماد على الفيتو.")["category"] == "named_source"
    assert only("وقال ناشطون إن الوضع صعب.")["category"] == "anonymous_source"


def test_a_daughter_named_after_a_comma_is_the_source():
    row = only("وقالت ابنته، ميغان، إن المهمة الأولى في حياتها هي الارتقاء إلى نموذج والدها.")
    assert (row["category"], row["source_name"]) == ("named_source", "ميغان")


def test_the_short_name_of_a_body_set_off_after_its_full_name():
    row = only("وحسب مؤسسة بحوث الأسواق العالمية، ستاتيستا، فإن غوغل هيمن على سوق البحث.")
    assert row["source_text"] == "مؤسسة بحوث الأسواق العالمية، ستاتيستا"
    row = one("ووفقا لمنظمة الأمم المتحدة للطفولة، اليونيسيف، قتل أكثر من 13 ألف طفل.").iloc[0]
    assert row["source_text"] == "منظمة الأمم المتحدة للطفولة، اليونيسيف"
    # a time set off after a body is no name of it
    assert only("وبحسب وزارة الصحة، أمس، فإن 20 شخصا قتلوا.")["source_text"] == "وزارة الصحة"


def test_blaming_someone_with_hammala_almasouliya_is_a_claim():
    row = only("حمّل الجيش الإسرائيلي دمشق وإيران وحزب الله المسؤولية الكاملة عن الحادث.")
    assert (row["cue"], row["source_name"]) == ("حمّل", "الجيش الإسرائيلي")
    assert one("وحمل الرجل الحقيبة إلى المنزل.").empty
    assert only("وألقت روسيا باللائمة على إسرائيل في الحادث.")["source_name"] == "روسيا"
    assert one("وألقى الوزير كلمة في الحفل.").empty


def test_a_participle_plural_after_bihasab_is_an_unnamed_group():
    row = only("وبحسب مؤرخين، فقد أجبرت السلطات القرويين على العمل.")
    assert (row["category"], row["source_kind"]) == ("anonymous_source", "anonymous")
    assert only("وقال محسين إن الأسعار تراجعت.")["category"] == "named_source"


def test_a_surname_alone_names_the_person_the_story_named_in_full():
    # the full name came in a sentence that cited no one
    table = one("وتعرض هذا السلوك إلى هجوم من وزير الدفاع السابق محمد براك.",
                "فعام 2006 كان لدى الحزب 14 ألف صاروخ، وفق براك.")
    assert table[["paragraph_id", "category", "source_name"]].values.tolist() == [[2, "named_source", "براك"]]
    # without the full name before, a common word after وفق is no source
    assert one("فعام 2006 كان لدى الحزب 14 ألف صاروخ، وفق براك.").empty


def test_a_name_set_off_after_the_role_of_a_person_the_sentence_turns_to():
    # no comma closes the name: the quotation after حيث قال is his
    table = per_sentence_of("وعلق الفنان السعودي، ناصر القصبي على هذه القضية في تغريدة، حيث قال: \"اللغط كبير\".")
    assert table["source_name"].tolist() == ["ناصر القصبي"]
    # after كان the role and the name set off by commas are the subject a later "وقال" speaks for
    table = _main("وكان الرئيس الأميركي، دونالد ترمب، قد قرر الثلاثاء، الانسحاب من الاتفاق النووي.",
                  "وقال إن الاتفاق كان لمصلحة إيران.")
    assert table["source_name"].tolist()[1] == "دونالد ترمب"


def test_a_role_refers_to_the_person_named_with_it_before_a_comma():
    table = one("وقال المرشد الأعلى الإيراني، مجتبى خامنئي، إن السلاح عزز خطوط الاتصال.",
                "وذكر المرشد الإيراني أن الأمة لديها قدرات.",
                "وأضاف، في بيان، أن المجاهدين صامدون.")
    assert table["source_name"].tolist() == ["مجتبى خامنئي"] * 3
    assert table["source_text"].tolist()[1] == "المرشد الإيراني"


def test_ala_ma_after_a_comma_cites_the_source_of_the_verb():
    row = only("ونفذ انتحاري الانفجار الأول في كابول، على ما أعلنت وزارة الداخلية لوكالة الأنباء الفرنسية.")
    assert (row["category"], row["cue_class"], row["source_name"]) == ("named_source", "according_to", "وزارة الداخلية")
    # "commenting on what the minister said" cites the one who comments
    row = only("وتعليقاً على ما قاله الوزير، أكد المتحدث باسم الحزب أن القرار خاطئ.")
    assert row["cue"] == "أكد"


def test_naql_after_an_indefinite_noun_is_transport():
    row = only("تحطمت طائرة نقل روسية في سوريا، بحسب ما ذكرته وزارة الدفاع الروسية.")
    assert row["source_name"] == "وزارة الدفاع الروسية"
    row = only("لكن وسائل إعلام محلية نقلت عن مصدر أمني قوله إن الشرطة تلاحق الشبكة.")
    assert row["category"] == "anonymous_source"


@pytest.mark.parametrize("text, name", [
    # foreign first names open a name after a definite role phrase
    ("وقال المسؤول الإعلامي للفريق جون سميث إن الفيلم إنتاج مستقل.", "جون سميث"),
    ("وقال المتحدث باسم الشرطة روبرت لاسكي إن التحقيق مستمر.", "روبرت لاسكي"),
])
def test_a_role_phrase_ending_in_a_personal_name(text, name):
    row = only(text)
    assert (row["category"], row["source_name"]) == ("named_source", name)


def test_a_quoted_body_after_kana_with_an_apposition_opening_with_ahad():
    row = only('وكان "جيش الإسلام"، أحد أبرز الفصائل المعارضة في الغوطة، أعلن في وقت سابق في بيان أن الدفعة الأولى غادرت.')
    assert row["source_name"] == "جيش الإسلام"


def test_an_outlet_carrying_a_statement_rests_on_the_one_it_belongs_to():
    row = per_sentence_of('نشرت مجلة "ذ نيويوركر" بياناً لمونفس يقول فيه إن الاتهامات غير صحيحة.').iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "مونفس")
    row = per_sentence_of("كما نقلت الوكالة تصريحاً لعمدة كيزليار قال فيه إن المهاجم أطلق النار.").iloc[0]
    assert row["source_name"] == "عمدة كيزليار"
    row = per_sentence_of("وأوردت الصحيفة حديثاً لمسؤولين إسرائيليين، أشاروا إلى أن خططهم عسكرية.").iloc[0]
    assert row["category"] == "anonymous_source"


def test_the_official_refers_to_the_person_whose_role_came_with_the_full_name():
    table = one("وقالت ليزا داوتون، المديرة في مكتب أوتشا، إن طلب الإخلاء مستحيل.",
                "وأضافت داوتون أن المستشفيات ممتلئة.",
                "وشددت المسؤولة الأممية على أنه يجب فتح المعبر.")
    assert table["source_name"].tolist() == ["ليزا داوتون", "داوتون", "ليزا داوتون"]


@pytest.mark.parametrize("text, category", [
    ("وقالت منظمة حقوقية محلية إن الاعتقالات تزايدت.", "anonymous_source"),
    ("قالت هيئة سورية معارضة تنشط في المجال الصحي إن عدة أشخاص أصيبوا.", "anonymous_source"),
    ("وقالت منظمة غير حكومية إن الوضع صعب.", "anonymous_source"),
    # a name in construct identifies the body
    ("أعلنت أمانة محافظة جدة رفع جاهزيتها للأمطار.", "named_source"),
    ("وقالت قوات سورية الديمقراطية إن الهجوم فشل.", "named_source"),
    ("وقالت منظمة العفو الدولية إن الوضع صعب.", "named_source"),
])
def test_an_indefinite_body_described_only_by_adjectives_is_not_identified(text, category):
    assert only(text)["category"] == category


def test_a_spokesman_refers_to_the_one_the_story_named_in_that_role():
    # (باسم in "المتحدث باسم" is no first name)
    table = one("وقال المتحدث باسم وزارة الصحة في غزة، أشرف القدرة، إن الاحتلال قصف المستشفى.",
                "وأوضح المتحدث باسم وزارة الصحة في غزة أن الوضع كارثي.")
    assert table["source_name"].tolist() == ["أشرف القدرة", "أشرف القدرة"]


@pytest.mark.parametrize("text, name", [
    ("واكتفى زيدان بالقول إن الكلاسيكو مباراة كغيرها.", "زيدان"),
    ("ويستمر مارينييلو في القول: ما نشهده غير مسبوق.", "مارينييلو"),
    ("وذهب الوزير إلى القول إن الأزمة انتهت.", "الوزير"),
])
def test_going_on_to_say_and_one_unknown_word_before_the_participle(text, name):
    assert only(text)["source_name"] == name


def test_declaring_a_state_of_emergency_is_an_act_not_a_report():
    assert one("أعلنت ميانمار حالة الطوارئ بعد فيضانات عارمة.").empty
    assert one("وأعلنت الحركة وقف إطلاق النار في عام 2011.").empty
    # a report stays one, and so does a body whose name holds the word
    assert only("وأعلنت الوزارة أن حالة الطوارئ مستمرة.")["source_name"] == "الوزارة"
    assert only("وأعلن مركز عمليات طوارئ الصحة العامة في بيان أن الغارة قتلت خمسة.")["category"] == "named_source"
    # (the verb may end the text)
    assert one("وأعلن").empty


def test_as_reported_with_no_source_is_an_unverified_report():
    table = one("وقتل خمسة أشخاص، حسبما أفيد.")
    assert table["category"].tolist() == ["unverified_report"]
    assert per_sentence_of("وبحسب ما ذكر، فإن الموظفين غاضبون.")["category"].tolist() == ["unverified_report"]
    assert only("وبحسب ما ذكر المرصد فإن الموظفين غاضبون.")["source_name"] == "المرصد"


def test_a_relative_of_a_named_person_is_identified_but_an_official_of_a_country_is_not():
    assert only("وقالت خطيبة خاشقجي إنها رافقته إلى القنصلية.")["category"] == "named_source"
    assert only("وقالت قاضية أمريكية إن الحكم نهائي.")["category"] == "anonymous_source"
    assert only("وقال ضابط عسكري إن الحكم نهائي.")["category"] == "anonymous_source"


def test_the_spokesman_after_an_unnamed_spokesman_stays_unnamed():
    table = one("وقال متحدث عسكري إسرائيلي في مكالمة هاتفية مع مراسلين إن الرجل فارق الحياة.",
                "وقال المتحدث العسكري إن المهاجم ما زال طليقا.")
    assert table["category"].tolist() == ["anonymous_source", "anonymous_source"]
    # the phone call with reporters is where he spoke, not who
    assert table["source_text"].tolist()[0] == "متحدث عسكري إسرائيلي"


def test_two_lawyers_and_a_judicial_source_are_unnamed():
    assert only("وقال محاميان ومصدر قضائي إن الحكم صدر في نيسان.")["category"] == "anonymous_source"
    assert only("وقال محامي كلينتون إن موكله بريء.")["category"] == "named_source"


def test_a_common_word_quoted_after_the_verb_is_part_of_the_object():
    assert one("وأعلنت \"إرجاء\" قافلة المساعدات الإنسانية.").empty
    assert only("وقالت \"الجزيرة\" إن الوضع صعب.")["source_name"] == "الجزيرة"


def test_a_verb_of_we_right_after_wa_adaf_opens_the_words_said():
    table = one("وقال متحدث باسم الشركة إن النتائج دقيقة.",
                "وأضاف نصدر كل عام مئات التحسينات على البحث.")
    assert table[["paragraph_id", "source_name"]].values.tolist() == [[1, "متحدث باسم الشركة"],
                                                                       [2, "متحدث باسم الشركة"]]
    assert bool(table["inherited"].iloc[1])
    # a name starting with ن is the subject
    assert only("وقالت نجاة الفيتوري، وهي معلمة، إنها تنتظر.")["source_name"] == "نجاة الفيتوري"


def test_the_occasion_right_after_an_opening_verb_means_no_subject_follows():
    table = one("وقال المركز الإعلامي للمنطقة العسكرية إن القوات تقدمت.",
                "وأوضح في بيان، سقوط عشرات القتلى والجرحى من الميليشيات.")
    assert table["source_name"].tolist() == ["المركز الإعلامي للمنطقة العسكرية"] * 2
    assert table["inherited"].tolist() == [False, True]


def test_armed_groups_named_by_their_units():
    assert only("وأعلنت سرايا القدس إيقاع قوة في كمين.")["source_name"] == "سرايا القدس"
    assert only("وأكدت كتائب شهداء الأقصى، مجموعات ليوث المجد، استهداف ضابط.")["source_name"] == "كتائب شهداء الأقصى"


def test_wadhdhaha_and_tanabba_report():
    assert only("ووضح مندورة بأن جدة تشهد انطلاقة حضارية.")["source_name"] == "مندورة"
    assert only("وتنبأ صندوق النقد الدولي أيضا بنمو ضعيف.")["source_name"] == "صندوق النقد الدولي"


def test_an_appeal_is_a_statement_and_back_then_is_no_source():
    assert only("وجهت الشرطة البريطانية نداء مباشرا لرجل يشتبه في تورطه.")["source_name"] == "الشرطة البريطانية"
    table = one("وقال فورسيث إنه آسف.", "وقال آنذاك \"قدمت حينها اعتذارا صريحا\".")
    assert table["source_name"].tolist() == ["فورسيث", "فورسيث"]


def test_whom_the_words_were_for_is_no_source():
    table = one("وقال الرئيس التركي محمد كمال إن العملية مستمرة.",
                "وقال مخاطبا الحكومة العراقية \"إذا كنتم عاجزين فنحن قادرون\".")
    assert table["source_name"].tolist() == ["محمد كمال"] * 2
    assert only("وقال متحدث التحالف موجهًا حديثه للشعب اليمني: إن الوقت حان.")["source_text"] == "متحدث التحالف"
    assert only("بينما تلقي القيادة الفلسطينية باللوم على الإحباط.")["source_name"] == "القيادة الفلسطينية"


def test_an_unknown_name_set_off_by_a_comma_or_followed_by_a_role():
    # the first word of the name may be a common word ("براد"، "لو")
    row = only("وقال براد هولمز مدير المنظمة في أوروبا \"القرى دمرت بالكامل\".")
    assert (row["source_name"], row["category"]) == ("براد هولمز", "named_source")
    assert only("وقال كرونر، المنتمي للحزب الليبرالي، قبيل لقائه بالوزير \"لا يمكننا القبول\".")["source_name"] == "كرونر"
    assert only("وقال الحاخام إيلي كوهين من كنيس الاتحاد: \"إنها لحظة تاريخية\".")["source_name"] == "إيلي كوهين"
    # an accusative object after the verb is not a name
    assert "قرارا بإبعاد إداري" not in one("وأصدر الاتحاد بيانا تضمن قرارا بإبعاد إداري الفريق من منصبه.")[
        "source_name"].tolist()


def test_driven_to_say_the_one_before_ila_speaks():
    table = one("وبدلا من الرد، سارعت وزارة الخارجية الروسية إلى التأكيد على أن الضربة لم تصب قواعدها.")
    assert table["source_name"].tolist() == ["وزارة الخارجية الروسية"]
    table = one("وقال وزير الدفاع إن الهجوم فشل.", "وهو ما دفع طهران إلى الإعلان عن أن قواتها لم ترد.")
    assert table["source_name"].tolist() == ["وزير الدفاع", "طهران"]
    assert table["inherited"].tolist() == [False, False]
    # an act announced, no words reported
    assert one("ودفع الغضب الحكومة إلى الإعلان عن خطة جديدة.").empty


def test_blame_laid_with_anha():
    assert only("وأنحت الجبهة الشعبية، الجناح السياسي للحركة، باللائمة على الحكومة.")["source_name"] == "الجبهة الشعبية"


def test_one_unknown_word_then_a_quotation_is_the_speaker():
    table = one("وقال بيرنانكي \"نتوقع أن يرتفع التضخم\".", "وأضاف \"سوق العمل قوي\".")
    assert table["source_name"].tolist() == ["بيرنانكي", "بيرنانكي"]
    assert table["inherited"].tolist() == [False, True]
    # (but not a participle of manner: "واستطرد متسائلا" is covered above; nor "آخر", one of many)
    assert "آخر" not in one("وقال آخر \"نحن هنا\".")["source_name"].tolist()


def test_a_well_known_organisation_name_is_taken_whole_and_ends_the_phrase():
    assert only("اتهمت منظمة هيومن رايتس ووتش الشرطة المحلية بممارسة التعذيب.")["source_name"] == "منظمة هيومن رايتس ووتش"
    assert only("انتقدت منظمة العفو الدولية الحكومة المصرية بشدة.")["source_name"] == "منظمة العفو الدولية"
    # a body of the organisation goes on after it
    assert only("وحذرت وكالة الأمم المتحدة للاجئين الفلسطينيين من أن المساعدات توقفت.")["source_name"] \
        == "وكالة الأمم المتحدة للاجئين الفلسطينيين"


def test_a_role_subject_is_the_person_the_story_named_with_that_role():
    table = one("التقى وزير الخارجية التركي مولود تشاوش أوغلو نظيره الإيراني في أنقرة.",
                "واستنفر الوزير التركي مدافعاً عن سياسة بلاده.",
                "وقال: \"نحن ندافع عن حقوقنا\".")
    assert table["source_name"].tolist() == ["مولود تشاوش أوغلو"]
    table = one("أجرى وزير الصناعة والتجارة محمد الحسني، أمس، محادثات مع نظيره الكويتي.",
                "وألقى وزير الصناعة والتجارة كلمة باسم الوفد.",
                "وأشار إلى أن الصادرات ارتفعت.")
    assert table["source_name"].tolist() == ["محمد الحسني"]


def test_her_excellency_is_the_minister_cited_before():
    table = one("وأكدت وزيرة الثقافة نورة الكعبي أن المعرض يفتح غدا.", "وأوضحت سعادتها أن الوزارة تدعمه.")
    assert table["source_name"].tolist() == ["نورة الكعبي"] * 2
    assert table["inherited"].tolist() == [False, True]


def test_the_grounds_of_a_judgment_and_a_referral_order_are_documents():
    assert only("وجاء في حيثيات الحكم أن المحكمة اطمأنت إلى أدلة الثبوت.")["category"] == "named_source"
    assert only("وجاء في أمر الإحالة أن المتهم استولى على المال العام.")["source_text"] == "أمر الإحالة"


def test_his_friends_colleagues_and_neighbours_are_unnamed():
    for text in ("وقال زملاؤه إنه كان هادئا.", "وأكد جيرانهم أن المنزل كان خاليا.",
                 "وأعرب أصدقاؤها عن حزنهم على مواقع التواصل."):
        row = only(text)
        assert (row["category"], row["source_kind"]) == ("anonymous_source", "anonymous"), text
    # a feminine noun in ة is no pronoun ending
    assert only("وقالت خبيرة الاقتصاد سلمى العلي إن الأسعار سترتفع.")["category"] == "named_source"


def test_an_indefinite_general_or_former_minister_is_unnamed():
    for text in ("ونقلت الوكالة، عن جنرال أميركي، أن الضربات كانت دقيقة.", "وقال وزير سابق إن الحكومة أخطأت.",
                 "وقال مسؤول أوروبي رفيع إن المفاوضات متعثرة."):
        assert one(text)["category"].tolist()[-1] == "anonymous_source", text
    assert only("وقال اللفتنانت جنرال مارك ويليامز إن الطائرات جاهزة.")["source_name"] == "مارك ويليامز"


def test_a_city_and_country_dateline_with_the_agency_is_no_subject():
    table = one("القاهرة، جمهورية مصر العربية (CNN)-- انتقد الرئيس الكيني، وليام روتو، الحكومة، وأشار إلى أن الأسعار سترتفع.")
    assert set(table["source_name"]) == {"وليام روتو"}


def test_a_body_name_in_quotes_right_after_the_verb_is_the_subject():
    row = only('فقد اعتبر "الاتحاد الوطني لحماية المستهلكين من الغش التجاري" القرار خطوة مهمة.')
    assert row["source_name"] == "الاتحاد الوطني لحماية المستهلكين من الغش التجاري"


def test_what_the_speaker_published_is_no_part_of_the_name():
    for text, name in (('ونشر بايدن تغريدة قال فيها: "هذا يوم عظيم".', "بايدن"),
                       ('ونشر الرئيس تغريدة قال فيها: "هذا يوم عظيم".', "الرئيس")):
        assert only(text)["source_name"] == name


def test_a_count_claimed_and_a_statement_criticising():
    assert only("وأحصت الأمم المتحدة مقتل 42 مدنيا على الأقل.")["source_name"] == "الأمم المتحدة"
    assert one("أحصى الطالب عدد الكتب في المكتبة.").empty
    table = one("وكان رئيس الحزب سامي الجميل قد أصدر بيانا انتقد فيه قرار الحكومة.")
    assert table["source_name"].tolist() == ["سامي الجميل"]


def test_a_word_quoted_right_after_the_verb_closing_the_sentence_is_what_was_said():
    table = one("وقال سامي النجار إن المحل سرق.", 'وقال "بكيت".')
    assert table["source_name"].tolist() == ["سامي النجار"] * 2
    assert table["direct_quote"].tolist()[-1]


def test_a_bill_is_a_document():
    assert only("وبحسب مشروع القانون، سيطلب البرلمان من الحكومة تقريرا سنويا.")["source_text"] == "مشروع القانون"
    assert one("وأقر البرلمان مشروع القانون الجديد.").empty


def test_a_statement_of_a_cell_or_a_movement_s_wing_is_named():
    assert only("وذكر بيان للخلية، أن القوات حررت البلدة.")["category"] == "named_source"
    assert only("فيما اتهم بيان للجناح العسكري لحماس إسرائيل بالوقوف وراء الانفجار.")["source_name"] \
        == "الجناح العسكري لحماس"
    assert one("وزار الأمير جناح المملكة في المعرض.").empty


def test_a_subheading_ends_a_quotation_left_open_and_cites_no_one():
    sentences = pd.DataFrame({
        "article_id": ["a"] * 3, "paragraph_id": [1, 2, 3], "sentence_id": [1, 2, 3], "kind": ["body"] * 3,
        "text": ['وكتبت خطيبته على تويتر: "لا تأكيد من السلطات: "لم يقتل، لا أصدق أنه قتل".',
                 "كيف اختفى الصحفي؟",
                 "ذهب الصحفي إلى القنصلية للحصول على ورقة رسمية."]})
    table = sentence_attribution(sentences)
    assert table["category"].tolist() == ["named_source", "unattributed", "unattributed"]


def test_kama_qala_an_is_he_also_said():
    table = one("وقال الوزير خالد العتيبي إن الوضع جيد.", "كما قال إن الحكومة ستدعم المزارعين.")
    assert table["source_name"].tolist() == ["خالد العتيبي"] * 2
    assert table["inherited"].tolist() == [False, True]
    assert only("وذلك كما قال الوزير في كلمته.")["cue"] == "كما قال"


def test_an_unnamed_source_phrase_that_ends_in_a_name():
    for text, name in (("وقال الضابط في شرطة المدينة، داتو هاشم، في تصريح صحفي إن المشتبه به فر.", "داتو هاشم"),
                       ("وقالت المسؤولة الإعلامية للمهرجان زينة صفير إن الفيلم مستقل.", "زينة صفير")):
        row = only(text)
        assert (row["category"], row["source_name"]) == ("named_source", name)
    # the object after a plural is no name
    assert only("ووصف الأطباء حالة كوستا بأنها مستقرة.")["category"] == "anonymous_source"


def test_recent_figures_published_by_a_body_and_a_city_that_looks_like_a_kunya():
    assert only("وكشفت بيانات حديثة نشرها البنك الدولي على موقعه، أن الاقتصاد نما.")["source_name"] == "البنك الدولي"
    assert only("وبحسب إحصاءات أبوظبي فإن التجارة نمت.")["source_name"] == "أبوظبي"
    # the outlet that obtained a document does not own it
    assert only("كشفت إحصائية حديثة حصلت عليها الصحيفة أن البطالة ارتفعت.")["category"] == "anonymous_source"


def test_a_foreign_paper_s_name_goes_on_after_its_article_word():
    assert only("وجاء في صحيفة الفايننشال تايمز أن الشركة تفكر في البيع.")["source_name"] == "صحيفة الفايننشال تايمز"
    # what the outlet did is no part of its name
    assert only("وأجرت الصحيفة حوارا مع اللاعب قال فيه إنه سعيد.")["source_text"] != "الصحيفة حوارا"


def test_a_double_prime_closes_a_straight_quote():
    table = sentence_attribution(pd.DataFrame({
        "article_id": ["a"] * 2, "paragraph_id": [1, 2], "sentence_id": [1, 2], "kind": ["body"] * 2,
        "text": ['وكان "مصدر مقرب" من العائلة قد قال لموقع "اليوم 24″ إن الأم تعمل في معمل.',
                 "وأحيا الحادث الجدل حول قضية الهجرة في البلاد."]}))
    assert table["category"].tolist()[1] == "unattributed"


def test_an_unnamed_source_in_quotes_right_after_the_verb():
    for text in ('وقال "مصدر عسكري" إن القوات تقدمت.', 'وقال "مصدر مقرب" من العائلة إن الأم تعمل.'):
        assert only(text)["category"] == "anonymous_source", text


def test_drafts_guides_circulars_and_records_are_documents():
    for text in ("ووفق مسودة المشروع التي اطلعت عليها الصحيفة، تقدر النفقات بنحو مليار دينار.",
                 "وبحسب منشور صادر عن المؤسسة الوطنية للنفط، ارتفع سعر البنزين.",
                 "وبحسب الدليل الإجرائي، تطبق العقوبات على المخالفين."):
        assert one(text)["category"].tolist() == ["named_source"], text


def test_inna_inside_a_quoted_outlet_name_is_no_complementiser():
    assert only('وحسب قناة "سي إن إن" الأميركية، شاركت سفينة حربية في الهجوم.')["source_name"] \
        == "قناة سي إن إن الأميركية"


def test_the_subject_after_a_negation_speaks_later_in_the_sentence():
    table = one("وقال وزير الخارجية البريطاني جيريمي هانت إن الوضع جيد.",
                "ولم يتطرق الوزير الصيني وانغ يي إلى المحادثات بشكل صريح لكنه قال إن الدولتين اتفقتا.")
    assert table["source_text"].tolist() == ["وزير الخارجية البريطاني جيريمي هانت", "الوزير الصيني وانغ يي"]


def test_the_veil_lifted_is_an_idiom_not_a_source():
    assert one("وكشف النقاب عن الواقعة التي أحرجت الشرطة.").empty
    assert only("وكشف وزير الداخلية النقاب عن أن الخطة جاهزة.")["source_text"] == "وزير الداخلية"


# ----------------------------------------------------------------------------- headlines


def titled(title: str, *paragraphs: str) -> pd.DataFrame:
    """Per-sentence table of an article with this title and these body paragraphs."""
    table = body(*paragraphs) if paragraphs else body("نص الخبر.")
    table["paragraph_id"] += 1
    head = pd.DataFrame([("t", 1, 0, "title", title, 0, len(title))], columns=table.columns)
    return sentence_attribution(pd.concat([head, table], ignore_index=True))


@pytest.mark.parametrize("title, category, name", [
    ("نتنياهو: من الأفضل مواجهة إيران عاجلا وليس آجلا", "named_source", "نتنياهو"),
    ("الأمم المتحدة: يجب أن يتحرك العالم سريعا لإنقاذ اليمن", "named_source", "الأمم المتحدة"),
    # the outlet spoken to and the occasion are no part of the speaker
    ('وزير العدل لـ«الرياض»: قضاء التنفيذ يحفظ هيبة القضاء', "named_source", "وزير العدل"),
    ("ظريف ردا على نتنياهو: افتحوا منشآتكم النووية أمام المفتشين", "named_source", "ظريف"),
    ('محمد صلاح في أول تعليق بعد "سوبر هاتريك": ليست مسألة أرقام بالنسبة لي', "named_source", "محمد صلاح"),
    ("مصادر: ضحايا الطائرة من أسرة واحدة", "anonymous_source", "مصادر"),
    # a place heading an event is a dateline; a place saying something speaks
    ("مصر: لا نتوقع منحاً جديدة هذا العام", "named_source", "مصر"),
    ("الكويت: البدء في محاكمة المتهمين بتفجير المسجد", "unattributed", ""),
    ("روسيا: قد نزود دمشق بأنظمة صاروخية جديدة", "named_source", "روسيا"),
    ("فرنسا: نسبة البطالة تبلغ أدنى مستوى لها منذ 9 سنوات", "unattributed", ""),
    # labels of the item, and a column's title
    ("فيديو: لحظة انهيار المبنى في وسط المدينة", "unattributed", ""),
    ("عاجل: انفجار في وسط المدينة", "unattributed", ""),
    ("رحالة الصيف: عادات المالطيين", "unattributed", ""),
    # a title's present tense tells the news
    ("باكستان تتهم الهند بانتهاك وقف إطلاق النار في إقليم البنجاب", "named_source", "باكستان"),
    ("عباس يطالب بتصنيف جماعات المستوطنين كمنظمات إرهابية", "named_source", "عباس"),
    ('منظمة "أوكسفام" تنتقد القرار الأوروبي', "named_source", "منظمة أوكسفام"),
    ("متظاهرون أردنيون يطالبون بقطع العلاقات مع إسرائيل", "anonymous_source", "متظاهرون أردنيون"),
    # the subject stands before a title's present tense: what follows the verb is its object
    ("ترامب يتهم الصين بسرقة الوظائف الأمريكية", "named_source", "ترامب"),
    # a threat with nothing threatened is no statement
    ("فراغ كرسي الرئاسة يهدد مستقبل النادي العريق", "unattributed", ""),
    # a title's present needs no أن or preposition after the verb
    ("صندوق النقد الدولي يدعو الدول العربية لخفض رواتب القطاع العام", "named_source", "صندوق النقد الدولي"),
    ("كاميرون ينفي تجنيده لصالح المخابرات السوفيتية", "named_source", "كاميرون"),
    # (but not a verb that also names an act)
    ("مجلس الوزراء يقر الميزانية العامة للعام المقبل", "unattributed", ""),
    ("أميركا تحث روسيا على إزالة القلق بشأن الانتخابات", "named_source", "أميركا"),
    ("للمزيد: ريال مدريد يقهر يوفنتوس ويفوز باللقب", "unattributed", ""),
])
def test_a_title_rests_on_the_one_named_before_its_colon_or_its_present_tense(title, category, name):
    row = titled(title).iloc[0]
    assert (row["category"], row["source_name"]) == (category, name)


def test_a_known_name_after_but_speaks_in_its_own_sentence():
    # "لكن مندلبليت أشاد ...، وقال": the person cited before, not the last source, and the name
    # ends where it ended then (not "مندلبليت أشاد")
    table = _main("وقال النائب العام أفيخاي مندلبليت إن القرار سيكون مستقلا.",
                  "وقال رئيس الوزراء بنيامين نتانياهو إن الشرطة منحازة ضده.",
                  "لكن مندلبليت أشاد بعمل الشرطة، وقال إن التحقيق مهني.")
    assert table["source_name"].tolist()[-1] == "مندلبليت"


def test_one_unknown_word_between_kana_and_its_verb_is_the_subject():
    table = _main("وقال مصدر إن الشركة تلقت تحذيرا رسميا.", "وكانت سامسونغ أعلنت الشهر الماضي أنها ستقدم نسخة خاصة.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("named_source", "سامسونغ")
    # (an adjective after كان opens no subject: "وكان متفهما فقال")
    table = _main("وقال المدير إن الخدمة تحسنت.", "ذهبت إلى مدير الفرع وكان متفهما فقال إن المشكلة قديمة.")
    assert table["source_name"].iloc[-1] != "متفهما"


def test_an_accused_body_before_the_charge_is_no_subject():
    # "واتهم إيران بالضلوع": the accused state, then the charge; the speaker goes on
    table = _main("وقال رئيس الوزراء بنيامين نتنياهو إن إيران خطر.", "واتهم إيران بالضلوع في أعمال العنف في العراق.")
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("بنيامين نتنياهو", True)
    # (a body accusing another keeps its own report)
    assert only("واتهم المنتدى التونسي للحقوق الاقتصادية السلطات بترحيل المهاجرين.")["source_name"].startswith("المنتدى")


def test_common_words_in_quotes_after_a_role_are_no_name():
    row = only('واتهم رئيس الوزراء الإسرائيلي "عملاء إيرانيين" بالتخطيط لهجمات في أوروبا.')
    assert row["source_name"] == "رئيس الوزراء الإسرائيلي"
    row = only('صرح بذلك المتحدث الرسمي للإدارة العامة للدفاع المدني "الرائد نايف الشريف"، مبيناً أنه جرى إخراج شخص.')
    assert "نايف الشريف" in row["source_name"]


def test_a_demonstrative_subject_is_the_outlets_inference():
    table = _main("وقال صندوق النقد الدولي إن الاقتصاد ينمو.",
                  "ويشير ذلك إلى أن الولايات المتحدة يجب أن تتحرك في الاتجاه المعاكس.")
    assert table["category"].iloc[-1] == "unattributed"


def test_a_state_described_between_commas_speaks_after_fa_inna():
    table = _main("وقال صندوق النقد الدولي إن الاقتصاد ينمو.",
                  "في حقيقة الأمر فإن كندا، وهي ثاني أهم شريك تجاري، قد أشارت بالفعل إلى أن أي اتفاق سيكون له أثر.")
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("كندا", False)


@pytest.mark.parametrize("text, name", [
    # the one who gave the interview, not the interview
    ("وجاء ذلك في حوار لمارتن غريفيث، مع بي بي سي خلال وجوده في نيويورك.", "مارتن غريفيث"),
    # a name the lists do not know, then a relative clause
    ('وحسب مسيح علي نجاد التي تعيش في المنفى منذ سنوات، فقد "تم توقيف" تلك المرأة.', "مسيح علي نجاد"),
    # a question put while doing something else
    ("رفض الرئيس الإيراني حسن روحاني الانتقادات الأمريكية، متسائلا عن أسباب تورط واشنطن.", "حسن روحاني"),
    # a place adverb, a statement or a memo ends a one-word subject
    ('وظهر نتنياهو أمام الجمعية العامة للأمم المتحدة يرفع خريطة، قائلا: "إنني أكشف الموقع".', "نتنياهو"),
    ("وأوضح كروبر في مذكرة إلى العملاء أن ترامب يريد خفض العجز التجاري.", "كروبر"),
    # a time set off by commas between the one welcoming and the decision welcomed
    ("ورحبت إسرائيل، الثلاثاء، بقرار الرئيس الأميركي الانسحاب من الاتفاق.", "إسرائيل"),
    # what a statement said rests on who issued it
    ('وأصدرت الوزارة بيانا جاء فيه "إن الوضع صعب".', "الوزارة"),
    ('ونشر العويان تغريدة عبر صفحته الرسمية على موقع تويتر جاء فيها "روى التاريخ حكاية جميلة".', "العويان"),
    ('بعث عبداللطيف بن حمد الجبر خطاب تهنئة جاء فيه: «يسعدني أن أبارك لكم».', "عبداللطيف بن حمد الجبر"),
    # a name with the conjunction written on it, and a subject before a bare كان
    ("ومحمد صلاح قال إن الفريق قوي.", "محمد صلاح"),
    ('فأم كلثوم كانت تؤكد أن "المنديل" الشهير ليس ترفاً.', "أم كلثوم"),
    # a composer's title before his name, an adjective between them
    ('الملحن العبقري بليغ حمدي ذكر أنه حضر إلى "سينما قصر النيل".', "بليغ حمدي"),
    # a quoted name after a magazine is that magazine's name, not a description
    ('وذكرت مجلة "فراييتي" أن كفالة حددت للإفراج عن الرجل.', "مجلة فراييتي"),
    # two words between قال and إن are a name, though the first is a common word
    ("وقال فيل فلين إن تقارير المخزون كانت إيجابية.", "فيل فلين"),
    # foreign surnames that look as if they carried the article
    ("وكان رئيس الوزراء الإيطالي، جوزيبي بالدوتشي، أعلن أن الحكومة ستستقيل.", "جوزيبي بالدوتشي"),
    ("وأكدت مديرة الحملة، كارلا بالسيرو، أن المرشح سيفوز.", "كارلا بالسيرو"),
    # علي is the name where the sentence spells the preposition على
    ("وشدد الممثل المقيم لأنشطة الأمم المتحدة في سوريا علي الزعتري في بيان على ضرورة إيصال المساعدة.",
     "علي الزعتري"),
    # the Pope's title; a plural object ends the name
    ("دعا البابا فرنسيس حكومات العالم إلى الوفاء بالتزاماتها.", "فرنسيس"),
    # someone called by name after a common noun, or by a real name after a stage name
    ("من جهتها، قالت مشاركة تدعى ميليسا إن هذه أول مسابقة تشارك فيها.", "ميليسا"),
    ("وقالت ميل بي، واسمها الحقيقي ميلاني براون، في برنامج تلفزيوني: «نأمل أن نجتمع».", "ميلاني براون"),
    # an editorial note that rests on the outlet cited at its end
    ('يذكر أن هذه هي المرة الأولى التي يربط فيها العلماء انقطاع التنفس بالذاكرة، وفق ما ذكرت صحيفة "الإندبندنت" البريطانية.',
     "صحيفة الإندبندنت البريطانية"),
    # للجنة before a participle: ل + اللجنة
    ("لكن يجب التنبه في ما يخص القطارات، وفقا للجنة المنظمة.", "اللجنة المنظمة"),
    # an adviser in construct with a person; a company by its epithet
    ("وقال مستشار أردوغان إن خاشقجي قتل في القنصلية.", "مستشار أردوغان"),
    ("وقال عملاق البحث، في بيان، إنه يعمل بكل جهد.", "عملاق البحث"),
    # two words before the quotation, the first not known as a name
    ('وأضاف جوزيه مورينو "أعتقد أننا كنا الفريق الأفضل".', "جوزيه مورينو"),
    # a shared view, a fear and an exhortation
    ("ويتفق ديفيد برين، الأستاذ في قسم الأشعة، على أن البرنامج الجديد يقلل الحاجة للإبر.", "ديفيد برين"),
    ("وتخشى أنقرة من أن يقيم الأكراد في سوريا منطقة تتمتع بالحكم الذاتي.", "أنقرة"),
    ("حضت تركيا الولايات المتحدة على استبعاد وحدات حماية الشعب من قوات سوريا الديمقراطية.", "تركيا"),
    # a foreign first name that is also an Arabic word ("داني")
    ("وكان داني جوردان، رئيس الاتحاد الجنوب إفريقي، قد أعلن عن دعم بلاده للمغرب.", "داني جوردان"),
    # an unnamed expert named after all between two commas (a title with a name before the comma keeps it)
    ("وقالت خبيرة الطب النفسي، لويز ثيودوسيو، إن واحدا من أوضح المؤشرات هو سلوكهم.", "لويز ثيودوسيو"),
    ("وقال الملا أختر منصور، خليفة الملا عمر، بعد تسلمه زعامة الحركة: علينا أن نعمل.", "أختر منصور"),
    # the outlet spoken to, set off by a comma, is no part of the name
    ('وقالت ثيودوسيو، لبي بي سي: "طلبت من طفلين الحضور لجلسات إضافية."', "ثيودوسيو"),
    # علي as the second name before a comma
    ("وكان محمد علي، رئيس الاتحاد، قد أعلن أن بلاده تدعم المغرب.", "محمد علي"),
])
def test_sources_found_in_one_sentence(text, name):
    row = _main(text).iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", name)


def test_the_present_tense_of_a_welcome_reports_only_in_titles_and_subheadings():
    table = _main("وقال صندوق النقد الدولي إن الاقتصاد ينمو.", "تونس ترحب بالقرار",
                  "وترحب تونس منذ سنوات بكل القرارات الأوروبية التي تخص الضرائب.")
    assert table["category"].tolist()[1:] == ["named_source", "unattributed"]


def test_a_decision_condemned_is_the_object_and_the_name_closes_the_role():
    table = _main("وتبنت النائبة الفرنسية في البرلمان الأوروبي عن حزب الخضر إيفا جولي، والمدافعة عن سياسة ضريبية "
                  "عادلة موقف المفوض، ودانت قرار سحب الدول عن القائمة السوداء.",
                  'وقالت "إن قرار اليوم يضعف مصداقية هذه القائمة".')
    assert table["source_name"].tolist() == ["جولي", "جولي"]
    assert table["category"].tolist() == ["named_source", "named_source"]


def test_an_interview_with_a_name_the_lists_do_not_know():
    table = _main("واستغل الرئيس الروسي فلاديمير بوتين الوضع ليفرض نفسه لاعبا دوليا.",
                  'حوار مع فبريس بلانش، مختص في الشؤون السورية، والذي كان قد استبق الأحداث بالقول إن "الأسد فاز".',
                  "فرانس24: هل فاز بشار الأسد بالحرب؟",
                  "فبريس بلانش: طبعا بشار الأسد فاز بالحرب.",
                  "لكن 2012 كان عاما حاسما بالنسبة لسوريا.")
    assert table["source_name"].tolist()[1:] == ["فبريس بلانش", "", "فبريس بلانش", "فبريس بلانش"]


def test_driven_to_consider_after_a_day_word():
    row = _main("تراجعت الصادرات، ما دفع وزارة الاقتصاد الأربعاء إلى اعتبار أن الوضع غير مقبول.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "وزارة الاقتصاد")


def test_a_known_name_after_a_negated_verb_speaks_through_the_participle():
    table = _main("وقال الرئيس التركي أردوغان إن التحقيق مستمر.", "وأكد الوزير علي حسن أن الوضع هادئ.",
                  'ولم يتحدث أردوغان صراحة عن مصير الصحفي، مؤكدا أنه يتابع "شخصيا" تطورات القضية.')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("أردوغان", False)


def test_a_subheading_with_a_speaker_before_its_colon():
    table = sentence_attribution(pd.DataFrame([
        ("t", 1, 1, "title", "القوات التركية تسيطر على مدينة عفرين السورية بالكامل", 0, 0),
        ("t", 2, 2, "body", "وقال أردوغان إن وحدات من الجيش الحر سيطرت على مركز المدينة.", 0, 0),
        ("t", 3, 3, "heading", 'أردوغان : "الآن، سيُرفع العلم التركي هناك!"', 0, 0),
        ("t", 4, 4, "heading", "الدخل: 4.7 مليون دولار", 0, 0),
    ], columns=["article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end"]))
    assert table["source_name"].tolist()[2:] == ["أردوغان", ""]


def test_two_of_the_women_named_after_their_number():
    row = _main("وفي التحقيق، قالت اثنتين من النساء الأربع، واسمهما مانينغ باريش وتانيا سيلفاراتنام إنهما تعرضتا للعنف.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "مانينغ باريش")


def test_where_a_post_was_made_and_what_a_banner_reads():
    assert only('وكتب الوزير على تويتر: "الوضع صعب".')["source_name"] == "الوزير"
    table = _main('واحتشد المتظاهرون في ساحة المسرح الوطني حاملين لافتات كتب عليها بالعبرية "باي باي بي بي".')
    assert table["category"].iloc[0] == "unattributed"


def test_many_of_the_observers_in_the_accusative_after_but():
    row = only("ولكن كثيرا من المراقبين يقولون إن كوريا الشمالية لم تتحرك بقدر كاف.")
    assert row["category"] == "anonymous_source"


def test_a_word_after_and_is_no_name_after_a_title():
    table = _main("وحالة القلق تكمن خطورتها في تجذرها داخل الفنان وتأثيرها على حضوره الفني.",
                  'وقالت في حوار لها: "أول ما تترفع الستارة إيديا تعرق".')
    assert "وتأثيرها" not in table["source_name"].tolist()


def test_the_radio_spoken_to_and_an_unnamed_colleague():
    table = _main("وقال الإمام محمد رحيموف إن المسجد مفتوح.", 'وقال لراديو أوزودي: "أصلحوا التمثال".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("محمد رحيموف", True)
    row = _main('وقال زميل قديم للرئيس الجديد "أعرفه إنسانا متواضعا".').iloc[0]
    assert row["category"] == "anonymous_source"


def test_a_threat_with_a_detached_bi_in_a_title():
    table = sentence_attribution(pd.DataFrame([
        ("t", 1, 1, "title", 'إيران تهدد بـ"أفعال غير متوقعة" إذا انسحبت أميركا من الاتفاق', 0, 0),
    ], columns=["article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end"]))
    assert (table["category"].iloc[0], table["source_name"].iloc[0]) == ("named_source", "إيران")


@pytest.mark.parametrize("text, category, name", [
    # the note relays a statement: the one who made it is the source
    ("ويذكر أن الرئيس التركي رجب طيب أردوغان أكد الجمعة أن قواته يمكنها اقتحام المدينة.",
     "named_source", "رجب طيب أردوغان"),
    ("يذكر أن إبراهيموفيتش قال في أول تصريح له بعد الانتقال إلى الفريق الأمريكي إن الأسد جائع.",
     "named_source", "إبراهيموفيتش"),
    ("تجدر الإشارة إلى أنّ أكشينير قالت إنّ حزبها سيعمل على جمع 100 ألف توقيع.", "named_source", "أكشينير"),
    # an act the note recalls stays the outlet's note
    ("يذكر أن الفريق الأحمر كان قد أعلن عن فسخ عقده مع إبراهيموفيتش.", "editorial", ""),
])
def test_an_editorial_note_that_relays_a_statement(text, category, name):
    row = _main(text).iloc[0]
    assert (row["category"], row["source_name"]) == (category, name)


def test_a_statement_of_a_movement_after_li():
    assert _main("وقال بيان لحماس إن الاستهداف مدان.").iloc[0]["source_name"] == "حماس"
    assert _main('وأكد بيان لـ"حماس" أن الاستهداف مدان.').iloc[0]["source_name"] == "حماس"
    row = _main("وأظهرت مسوح لقطاع الأعمال أمس نمو أنشطة المصانع.").iloc[0]
    assert row["category"] == "anonymous_source"


def test_an_outlet_whose_name_holds_a_complementiser_and_an_agency_spoken_to():
    row = _main("وقالت شبكة سي إن إن الأمريكية إن الحادثة ستكون نقطة تحول.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "شبكة سي إن إن")
    table = _main("وقالت ستورمي دانيالز إن القصة انتهت.",
                  'وأضافت لوكالة "أسوشيتد برس" للأنباء يوم الأربعاء: "كل شيء انتهى الآن".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("ستورمي دانيالز", True)


def test_a_state_that_holds_another_state_to_be_something():
    row = _main("وتعتبر إيران إسرائيل دولة احتلال غير شرعية.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "إيران")
    # "is considered": the passive with no second state
    assert _main("وتعتبر المملكة العربية السعودية أكثر الدول العربية تحقيقاً للإنجازات.").iloc[0]["category"] == "unattributed"


def test_a_reply_a_refusal_or_a_view_in_a_title_and_a_negation_is_no_subject():
    table = sentence_attribution(pd.DataFrame([
        ("t", 1, 1, "title", "الأسد يرد على ترامب: الكلام صفة المتكلم", 0, 0),
        ("u", 1, 1, "title", "ولا ترد للنشامى ثناويها", 0, 0),
        ("v", 1, 1, "title", "طهران ترفض أي تعديل للاتفاق النووي", 0, 0),
        ("w", 1, 1, "title", "فرنسا تعتبر تنازلات روسيا غير كافية", 0, 0),
        ("x", 1, 1, "title", "مجلس الوزراء يقر تنظيمات جديدة للشواطئ", 0, 0),
        ("y", 1, 1, "title", "غراهام لـCNN: طرد ترامب لمولر سيعني بداية النهاية", 0, 0),
        ("z", 1, 1, "title", "الحرب في اليمن: مسؤولون في التحالف ينفون أنباء عن محادثات", 0, 0),
        ("zz", 1, 1, "title", "الصحة في الرياض: لا إصابات جديدة", 0, 0),
        ("zy", 1, 1, "title", "مصادر صحافية ترجح لقاء ترمب وكيم في سنغافورة", 0, 0),
        ("zx", 1, 1, "title", "السعودية تؤيد العمليات العسكرية", 0, 0),
        ("zw", 1, 1, "title", "صندوق النقد يرفع توقعاته بشأن الاقتصاد السعودي", 0, 0),
        ("zv", 1, 1, "title", "الجزائر ترفع إنتاج النفط 32 ألف برميل يوميا", 0, 0),
        ("zu", 1, 1, "title", "العراق: من سيكون رئيس الجمهورية المقبل؟", 0, 0),
        ("zt", 1, 1, "title", "ماذا قالت تركيا بشأن اختفاء الصحفي؟", 0, 0),
        ("zs", 1, 1, "title", "وزير الخارجية: المملكة ترفض التدخل", 0, 0),
        ("zr", 1, 1, "title", "قرقاش لقطر: مصلحة الشعوب أهم من أي طموح سياسي", 0, 0),
        ("zq", 1, 1, "title", "أوباما يحث مؤيدي الاتفاق النووي على الضغط من أجل إقراره", 0, 0),
        ("zp", 1, 1, "title", 'نتانياهو يصف تصريحات نظيره البولندي بأنها "فاضحة"', 0, 0),
        ("zo", 1, 1, "title", "قطر توقع اتفاقية مع المجلس الأوروبي تحضيرا لاستضافة المونديال", 0, 0),
        # the subject before the verb speaks; what follows the verb is whom it warns or tells
        ("zn", 1, 1, "title", 'ترامب يحذر الأسد وحلفاءه من "هجوم متهور" على إدلب', 0, 0),
        ("zm", 1, 1, "title", 'رئيس الوزراء الياباني يقول لبوتين إن استخدام الأسلحة الكيماوية "غير مقبول"', 0, 0),
        ("zl", 1, 1, "title", "روسيا تعلن تطوير الدفاع الجوي السوري بمنظومة صواريخ", 0, 0),
        # a dual verb after two subjects
        ("zk", 1, 1, "title", "بريطانيا وفرنسا تطالبان دول الاتحاد بالمساعدة في أزمة المهاجرين", 0, 0),
        # opposition in a title
        ("zj", 1, 1, "title", "الرئيس الروماني يعارض نقل سفارة بلاده إلى القدس", 0, 0),
    ], columns=["article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end"]))
    assert table["source_name"].tolist() == ["الأسد", "", "طهران", "فرنسا", "", "غراهام", "مسؤولون في التحالف",
                                             "الصحة", "مصادر صحافية", "السعودية", "صندوق النقد", "", "", "",
                                             "وزير الخارجية", "قرقاش", "أوباما", "نتانياهو", "",
                                             "ترامب", "رئيس الوزراء الياباني", "روسيا", "بريطانيا",
                                             "الرئيس الروماني"]


def test_a_dutch_van_is_no_complementiser_and_a_state_is_no_name():
    row = per_sentence_of("قال مدرب منتخب أستراليا، بيرت فان مارفيك إنه يتعين تقليد التنس.").iloc[0]
    assert row["category"] == "named_source" and "مارفيك" in row["source_name"]
    row = per_sentence_of("وقال إنه إذا استمر الوضع فإن الحكومة ستتدخل.").iloc[0]
    assert row["category"] == "unattributed"


def test_what_one_speaks_about_or_the_site_spoken_to_is_no_subject():
    table = _main("وقالت فرانسيس كارول إن الأمر صعب.", 'وتقول عن تجربتها هذه: "أصبت بصدمة عندما علمت بمرضي".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("فرانسيس كارول", True)
    table = _main("وقال المدير التنفيذي مارتن باكر إن الشركة تنمو.",
                  'وقال لموقع "بلومبيرغ" الإخباري: "سيكون من دواعي سروري أن تكون لدينا مرشحة".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("مارتن باكر", True)
    row = _main('ونقل عن كاهيل قوله لموقع تشيلسي "استهلوا الموسم بشكل جيد".').iloc[0]
    assert row["source_name"] == "كاهيل"


def test_an_outlet_relaying_others_rests_on_whom_it_relays():
    table = _main("وقالت صحيفة نيويورك تايمز إن مسؤولين أمريكيين التقوا ضباطا فنزويليين.",
                  "وأضافت أن المسؤولين قرروا عدم مساعدة الانقلاب، وذلك نقلا عن مسؤولين أمريكيين.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("anonymous_source", "مسؤولين أمريكيين")


def test_two_unknown_words_before_a_present_tense_verb_in_a_title():
    table = sentence_attribution(pd.DataFrame([
        ("t", 1, 1, "title", "فيس بوك يعلن ارتفاع أرباحه رغم الفضيحة", 0, 0),
        ("u", 1, 1, "title", "محنّك بالسياسة تلمح المقبلات", 0, 0),
    ], columns=["article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end"]))
    assert table["source_name"].tolist() == ["فيس بوك", ""]


def test_a_name_with_the_article_after_a_title_in_apposition():
    row = _main("أعلن رجل الأعمال السعودي، الأمير الوليد بن طلال، شراء حصة بشركة سناب تشات.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "الوليد بن طلال")


def test_a_task_force_and_an_outlet_spoken_to_before_the_subject():
    row = _main("قالت قوة المهام المشتركة التي تشن الحملة على التنظيم إن التحالف نفذ 29 ضربة جوية.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "قوة المهام المشتركة")
    row = _main("من جانبه أكد لـعين اليوم مدير العلاقات العامة بمستشفى الأفلاج خالد الحامد أن القسم جاهز.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "خالد الحامد")


def test_a_preposition_or_complementiser_opens_no_name():
    row = _main("وأوضح مدير عام الملتقى عبدالله باوزير، بأن الملتقى يستهدف جميع شرائح المجتمع.").iloc[0]
    assert row["source_name"] == "عبدالله باوزير"
    row = _main("أكد المتحدث باسم التحالف المستشار في مكتب وزير الدفاع العميد ركن أحمد عسيري أنه لم تكن هناك هدنة.").iloc[0]
    assert row["source_name"] != "في"


def test_the_audience_spoken_to_and_a_role_for_a_field_are_no_names():
    table = _main("وقالت المغنية ميراي ماتيو إن لبنان جميل.", "وقالت للحضور بأنها ستقدم لهم والدتها.")
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("ميراي ماتيو", True)
    row = _main("وقال الرئيس التنفيذي للشؤون التجارية بالشركة المهندس علي شنيمر إن البرنامج مهم.").iloc[0]
    assert row["source_name"] != "للشؤون التجارية"


def test_the_preposition_of_a_participle_is_not_the_relay_verbs():
    table = _main("وقال وزير الخارجية عادل الجبير إن المملكة تدين الهجوم.",
                  "ونقل وزير الخارجية تعازي المملكة لأسرة الرضيع معرباً عن تمنياته بالشفاء العاجل.")
    assert table["source_name"].iloc[-1] == "عادل الجبير"


def test_a_name_that_starts_like_a_preposition_with_the_article():
    row = _main("وقال اللاعب بالوتيلي إن الفريق قوي.").iloc[0]
    assert (row["category"], row["source_name"]) == ("named_source", "بالوتيلي")


def test_the_pope_is_a_title_in_a_title():
    table = sentence_attribution(pd.DataFrame([
        ("t", 1, 1, "title", "البابا يحذر: الأرض قد تصبح صحاري", 0, 0),
    ], columns=["article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end"]))
    assert (table["category"].iloc[0], table["source_name"].iloc[0]) == ("named_source", "البابا")


def test_li_written_on_a_common_word_is_no_part_of_the_source():
    row = per_sentence_of("وبعد وقت قصير، وفقا لأوراق الدعوى، هدد إيلام بتدمير حياتها.").iloc[0]
    assert row["source_text"] == "أوراق الدعوى"


def test_many_of_a_group_are_unnamed_and_with_opens_no_subject():
    row = _main("ويخشى كثير من المحللين أن السوق لن تتعافى.").iloc[0]
    assert (row["category"], row["source_name"]) == ("anonymous_source", "كثير من المحللين")
    table = _main("وقال المليحان إن التكريم بادرة طيبة.", "وأضاف أنه يتفق مع من يقول إن هناك من يستحق التكريم غيره.")
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("المليحان", True)
    row = _main("واتفقت الكوريتان على إنشاء الخط الساخن بين قادتهما.").iloc[0]
    assert row["category"] == "unattributed"


def test_a_statement_named_again_rests_on_the_body_that_issued_it():
    table = _main("أعلنت هيئة الطيران المدني في بيان أن الرحلات ستستأنف غدا.",
                  "وأضاف البيان أن المطار سيعمل بكامل طاقته.")
    assert (table["category"].iloc[-1], table["source_name"].iloc[-1]) == ("named_source", "هيئة الطيران المدني")
    table = _main('ونشرت شبكة "فيسبوك" بيانا جاء فيه أن الثغرات أصلحت.',
                  "وكشفت الشركة أن خمسين مليون حساب تأثرت.")
    assert table["source_name"].iloc[-1] == "شبكة فيسبوك"


def test_those_accused_in_a_relative_clause_do_not_speak():
    table = _main('وتطرق محمد بن سلمان لعملية التطهير التي استهدفت الوزراء الذين اتهموا بالفساد قائلا: "ما فعلناه كان ضروريا للغاية. '
                  'كل شيء تم وفقا للقوانين المطبقة".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("محمد بن سلمان", True)


def test_a_passive_publication_and_a_medical_scan_cite_no_one():
    assert _main("وقد نُشرت حالته في المجلة الطبية البريطانية باعتبارها أول حالة.")["category"].iloc[0] == "unattributed"
    assert _main("وأظهر الفحص المقطعي أن العديد من الشرايين قد تقلصت.")["category"].iloc[0] == "unattributed"
    assert _main("ونشرت صحيفة الحياة أن الوزير استقال.")["source_name"].iloc[0] == "صحيفة الحياة"


@pytest.mark.parametrize("text, source", [
    ("وقال صحفيون موالون للنظام السوري إن بعض الضربات استهدفت مواقع للجيش.", "صحفيون موالون للنظام السوري"),
    ("وتقول جماعات حقوقية إن السجون مسؤولة عن فحص كل طلب.", "جماعات حقوقية"),
    ("وقال المشرفون على إعداد الدراسة إن ثمة حاجة إلى مزيد من الجهود.", "المشرفون على إعداد الدراسة"),
    ("وأشاروا مراقبي السوق إلى أن قوة الدفع مستمرة.", "مراقبي السوق"),
])
def test_groups_of_journalists_supervisors_or_observers_are_unnamed(text, source):
    row = per_sentence_of(text).iloc[0]
    assert (row["category"], row["source_text"]) == ("anonymous_source", source)


def test_a_quotation_paragraphs_after_the_last_report_is_still_its_source_when_no_one_was_cited_since():
    table = _main("وتقول كشمير هيل إن الأجهزة كانت تتصل بالخوادم كل ثلاث دقائق.",
                  "وخلال الأسابيع الماضية، شغلت قضية البيانات وسائل الإعلام.",
                  "ومازال موقع فيسبوك يخضع لتدقيق شديد.",
                  "وتستعد شركات كثيرة لتغيير سياساتها.",
                  "وهذه قضية كبيرة في العالم كله.",
                  'وقالت "منزلي الذكي لم يكن مريحا".')
    assert (table["source_name"].iloc[-1], table["inherited"].iloc[-1]) == ("كشمير هيل", True)
    # without a quotation it is not
    table = _main("وتقول كشمير هيل إن الأجهزة كانت تتصل بالخوادم كل ثلاث دقائق.",
                  "وخلال الأسابيع الماضية، شغلت قضية البيانات وسائل الإعلام.",
                  "ومازال موقع فيسبوك يخضع لتدقيق شديد.",
                  "وتستعد شركات كثيرة لتغيير سياساتها.",
                  "وهذه قضية كبيرة في العالم كله.",
                  "وقالت إن منزلها الذكي لم يكن مريحا.")
    assert table["category"].iloc[-1] == "unattributed"


def test_in_his_words_after_what_a_document_shows_is_the_source_just_cited_or_the_one_named():
    table = _main("وقال نتانياهو إن الوثائق جديدة.",
                  'وهذه الوثائق تشكل "دليلا جديدا قاطعا"، حسب قوله.',
                  'وتظهر هذه الوثائق أن "إيران كذبت" حسب قول نتانياهو.')
    assert table["source_name"].tolist()[-2:] == ["نتانياهو", "نتانياهو"]
    assert table["inherited"].tolist()[-2:] == [True, False]
    # the speaker of the sentence itself, when it has one
    table = _main("وقال الوزير إن الخطة جاهزة.", "ورصدت نادية أكثر من حالة ـ على حد قولها ـ في أعمال درامية.")
    assert table["source_name"].iloc[-1] == "نادية"


def test_as_someone_says_needs_the_set_off_form():
    # "كما يشير لي من جامعة كوريا": a name follows (Lee), no one is inherited; "كما تقول" with no comma
    # before it is no set-off "as she says"
    table = per_sentence_of("وقالت ليزا إن العمل في المنزل كان صعبا.",
                            "مع ذلك، بحلول عام 2003، كما يشير لي من جامعة كوريا، أغلقت الحكومة 776 مؤسسة.",
                            "وذهبت إلى السوق كما تقول.")
    assert list(table["category"])[0] == "named_source"
    assert not table["inherited"].iloc[1:].any()
    assert "ليزا" not in list(table["source_name"].iloc[1:])
