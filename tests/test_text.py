from analysis.text import (
    display_form,
    is_stopword,
    normalize,
    remove_tatweel,
    split_clitics,
    strip_article,
    tokenize,
    tokenize_sentences,
)
from analysis.load import load_text


def test_normalize_removes_diacritics_and_unifies_letters():
    assert normalize("الأصحّاء") == "الاصحاء"
    assert normalize("إستئناف") == "استئناف"
    assert normalize("مصابًا") == "مصابا"
    assert normalize("قوّات") == "قوات"
    assert normalize("مخيم الباغوز؛ آخر") == "مخيم الباغوز؛ اخر"
    assert normalize("يتسنَ") == "يتسن"
    assert normalize("حقيقية") == "حقيقيه"  # teh marbuta
    assert normalize("على") == "علي"  # alef maksura


def test_normalize_digits_and_invisible_characters():
    assert normalize("٦٠ مقاتلاً") == "60 مقاتلا"
    assert normalize("۱۰") == "10"
    assert normalize("قسد\u200f") == "قسد"


def test_normalize_is_idempotent_on_seed_phrase():
    phrase = "يُشار إلى أنَّ التحالف الدولي يستخدم “القوة المفرطة”"
    assert normalize(normalize(phrase)) == normalize(phrase)


def test_display_form_keeps_spelling():
    assert display_form("قوّات النظام") == "قوات النظام"
    assert display_form("الأصحّاء") == "الأصحاء"
    assert display_form("لـ داعش") == "ل داعش"


def test_tokenize_separates_punctuation():
    assert tokenize("اتفاق بين قسد وداعش، فما هو؟") == ["اتفاق", "بين", "قسد", "وداعش", "،", "فما", "هو", "؟"]


def test_split_clitics_article_words_always():
    assert split_clitics("والتحالف") == ["و", "التحالف"]
    assert split_clitics("للمخيم") == ["ل", "المخيم"]
    assert split_clitics("بالتحالف") == ["ب", "التحالف"]
    assert split_clitics("والأطفال") == ["و", "الأطفال"]


def test_split_clitics_tatweel_forms():
    assert split_clitics("لـداعش") == ["ل", "داعش"]
    assert split_clitics("بـ") == ["ب"]
    assert remove_tatweel("لـ") == "ل"


def test_split_clitics_bare_words_need_vocabulary():
    assert split_clitics("وداعش") == ["وداعش"]
    assert split_clitics("وداعش", vocabulary={"داعش"}) == ["و", "داعش"]
    assert split_clitics("لقسد", vocabulary={"قسد"}) == ["ل", "قسد"]
    # words that merely start with a clitic letter stay whole
    assert split_clitics("وكالة", vocabulary={"داعش"}) == ["وكالة"]
    assert split_clitics("والي") == ["والي"]


def test_strip_article():
    assert strip_article("التحالف") == "تحالف"
    assert strip_article("الي") == "الي"


def test_stopwords():
    for word in ("في", "من", "على", "إن", "قبل", "و", "ل"):
        assert is_stopword(word), word
    for word in ("قسد", "التحالف", "مخيم", "رغم", "الباغوز"):
        assert not is_stopword(word), word


def test_tokenize_sentences_table():
    corpus = load_text("قتل القيادي لـ داعش في الباغوز.\nوعاود طيران التحالف قصفه على مخيم الباغوز والمخيمات.",
                       article_id="a1")
    tokens = tokenize_sentences(corpus.sentences)
    assert list(tokens.columns[:4]) == ["article_id", "paragraph_id", "sentence_id", "token_id"]
    assert set(tokens["article_id"]) == {"a1"}
    norms = tokens["norm"].tolist()
    assert "داعش" in norms and "التحالف" in norms and "و" in norms
    assert tokens.loc[tokens["norm"] == "في", "is_stopword"].all()
    assert not tokens.loc[tokens["norm"] == "الباغوز", "is_stopword"].any()
    # token ids restart in each sentence and are consecutive
    for _, group in tokens.groupby("sentence_id"):
        assert group["token_id"].tolist() == list(range(1, len(group) + 1))


def test_persian_yeh_and_kaf_are_the_arabic_letters():
    assert normalize("یأتي هذا") == normalize("يأتي هذا")
    assert normalize("کتاب") == "كتاب"
