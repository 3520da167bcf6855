"""Word frequencies, n-grams, TF-IDF and keyness over a ``sentences`` table.

Every function takes a tidy ``sentences`` table (article_id, paragraph_id, sentence_id, kind, text)
and returns a tidy table with one row per (article, term), sorted with stable tie-breaks.

Tokens are those of :func:`analysis.text.tokenize_sentences` (display form, CAMeL tokenizer, attached
clitics split with the article's own vocabulary), computed here once per word type rather than once
per occurrence, which keeps the whole pipeline close to the speed of bare tokenisation. A term is
counted under a *unit*:

``word``
    the normalised surface word (``والتحالف`` and ``التحالف`` count together); the ``term`` column
    shows the most frequent readable spelling of it (``الأطفال``, not ``الاطفال``).
``stem``
    a light stem: the article ``ال`` and one common suffix removed (``المخيمات`` -> ``مخيم``).
``lemma``
    the dictionary form from CAMeL Tools' analyser and MLE disambiguator when its morphology
    database is installed (``camel_data -i light``), otherwise from the offline ``farahidi``
    analyser (AlKhalil Morpho Sys 2). The ``lemmatizer`` column says which one was used; words the
    analyser does not know (often names: ``قسد``، ``الباغوز``) keep their form without ``ال`` and
    have ``analyzed == False``.
"""
from __future__ import annotations

import math
import os
import re
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .text import (
    CLITIC_LETTERS,
    CONJUNCTIONS,
    PREPOSITIONS,
    clitic_pieces,
    normalize_piece,
    word_tokens,
    display_form,
    normalize,
    stopwords as _stopword_set,
    strip_article,
)

UNITS = ("word", "stem", "lemma")
LEMMATIZERS = ("auto", "camel", "farahidi")
MEASURES = ("pmi", "llr")
TRANSLIT_SCHEMES = ("ar2bw", "ar2safebw", "ar2xmlbw", "ar2hsb")
# Paragraph kinds that are part of the article (the loader never emits boilerplate, but a
# hand-made table might carry other kinds).
CONTENT_KINDS = ("title", "heading", "body")

FREQUENCY_COLUMNS = ["article_id", "term", "norm", "count", "share", "rank", "unit", "lemmatizer"]
NGRAM_COLUMNS = ["article_id", "term", "norm", "n", "count", "score", "measure", "rank"]

_PROCLITIC_PIECES = frozenset(CONJUNCTIONS + PREPOSITIONS)


def _piece_info(piece: str, stop: frozenset[str]) -> tuple[str, bool, bool]:
    """(norm, is_word, is_stopword) of a token, as in ``tokenize_sentences``."""
    norm, word = normalize_piece(piece)
    return norm, word, (not word) or len(norm) < 2 or norm in stop


def _select(sentences: pd.DataFrame, kinds: Sequence[str] | None) -> pd.DataFrame:
    missing = {"article_id", "text"} - set(sentences.columns)
    if missing:
        raise ValueError(f"a sentences table needs the columns {sorted(missing)}")
    if kinds is not None and "kind" in sentences.columns:
        sentences = sentences[sentences["kind"].isin(list(kinds))]
    return sentences


def _article_texts(sentences: pd.DataFrame) -> Iterable[tuple[Hashable, list[str]]]:
    """(article_id, [sentence texts in table order]) per article, in order of first appearance."""
    texts: dict[Hashable, list[str]] = {}
    for article_id, text in zip(sentences["article_id"].tolist(), sentences["text"].tolist()):
        if not isinstance(text, str):
            continue
        texts.setdefault(article_id, []).append(text)
    return texts.items()


def _article_piece_counts(texts: list[str]) -> dict[str, int]:
    """Counts of the clitic-split tokens of one article (all tokens, punctuation included)."""
    words: Counter[str] = Counter()
    for text in texts:
        words.update(text.split())
    vocabulary: set[str] = set()
    pieces: dict[str, int] = {}
    get = pieces.get
    deferred: list[tuple[str, int]] = []
    for word, count in words.items():
        tokens = word_tokens(word)
        vocabulary.update(tokens)
        for token in tokens:
            if len(token) >= 3 and token[0] in CLITIC_LETTERS:
                deferred.append((token, count))
            else:
                pieces[token] = get(token, 0) + count
    # Clitics are split once the whole article's vocabulary is known.
    for token, count in deferred:
        for piece in clitic_pieces(token, vocabulary):
            pieces[piece] = get(piece, 0) + count
    return pieces


def _article_piece_sequences(texts: list[str]) -> list[list[str]]:
    """The clitic-split tokens of each sentence of one article, in order."""
    sentences = [[tok for word in text.split() for tok in word_tokens(word)] for text in texts]
    vocabulary = {tok for sentence in sentences for tok in sentence}
    return [[piece for tok in sentence for piece in clitic_pieces(tok, vocabulary)]
            for sentence in sentences]


# --------------------------------------------------------------------------- units

_STEM_SUFFIXES = ("تين", "تان", "ات", "ون", "ين", "ان", "ها", "هم", "يه", "ه")  # normalised forms
_MIN_STEM = 3


def light_stem(token: str) -> str:
    """A light stem: article ``ال`` and one common suffix removed, spelling kept where possible.

    ``التحالف`` -> ``تحالف``, ``المخيمات`` -> ``مخيم``, ``القوة`` -> ``قوة`` (too short to strip),
    ``المدنيين`` -> ``مدني``. Suffixes (matched on the normalised form, longest first):
    تين تان ات ون ين ان ها هم ية ة/ه; at least three letters must remain.
    """
    shown = display_form(token)
    norm = normalize(shown)
    start, end = 0, len(norm)
    bare = strip_article(norm)
    if bare != norm:
        start = len(norm) - len(bare)
    for suffix in _STEM_SUFFIXES:
        if norm.endswith(suffix) and end - len(suffix) - start >= _MIN_STEM:
            end -= len(suffix)
            break
    if len(shown) == len(norm):
        return shown[start:end]
    return norm[start:end]


@lru_cache(maxsize=500_000)
def _stem_cached(piece: str) -> str:
    return light_stem(piece)


def _camel_data_dir() -> Path:
    env = os.environ.get("CAMELTOOLS_DATA")
    return Path(env).expanduser() if env else Path.home() / ".camel_tools"


def camel_morphology_installed() -> bool:
    """True when CAMeL Tools' catalogue and a morphology database are on disk.

    Checked on the file system, without importing ``camel_tools.data`` (which downloads a
    catalogue on first import and fails offline).
    """
    root = _camel_data_dir()
    if not (root / "catalogue.json").is_file():
        return False
    return any((root / "data").glob("morphology_db/*/morphology.db"))


class LemmatizerUnavailable(RuntimeError):
    """The requested lemmatiser cannot be used here; the message says what to install."""


_CAMEL_HINT = ("CAMeL Tools' morphology database is not installed; run `camel_data -i light` "
               "(or set CAMELTOOLS_DATA to a folder that holds it)")


@lru_cache(maxsize=1)
def _camel_disambiguator():
    """CAMeL Tools' MLE disambiguator over the default MSA database (imported lazily)."""
    if not camel_morphology_installed():
        raise LemmatizerUnavailable(_CAMEL_HINT)
    try:
        from camel_tools.disambig.mle import MLEDisambiguator

        return MLEDisambiguator.pretrained()
    except Exception as error:  # DownloaderError offline, FileNotFoundError, OSError ...
        raise LemmatizerUnavailable(f"{_CAMEL_HINT} ({type(error).__name__}: {error})") from error


def resolve_lemmatizer(lemmatizer: str = "auto") -> str:
    """``"camel"`` when CAMeL Tools' morphology can be used, else ``"farahidi"`` (for ``"auto"``).

    ``"camel"`` raises :class:`LemmatizerUnavailable` with what to install when it cannot be used.
    """
    if lemmatizer not in LEMMATIZERS:
        raise ValueError(f"lemmatizer must be one of {LEMMATIZERS}, not {lemmatizer!r}")
    if lemmatizer == "farahidi":
        return "farahidi"
    if lemmatizer == "camel":
        _camel_disambiguator()
        return "camel"
    if not camel_morphology_installed():
        return "farahidi"
    try:
        _camel_disambiguator()
    except LemmatizerUnavailable as error:
        warnings.warn(f"{error}; using the offline farahidi analyser instead", stacklevel=3)
        return "farahidi"
    return "camel"


@lru_cache(maxsize=1)
def _farahidi():
    import farahidi
    from farahidi.lm import LanguageModel

    return farahidi.Analyzer(), LanguageModel().map_lemma


@lru_cache(maxsize=500_000)
def _lemma_farahidi(piece: str) -> tuple[str, bool]:
    """(lemma without diacritics, analysed?) of a clitic-split token with ``farahidi``.

    Among the distinct lemmas of the word's analyses, the one most frequent in AlKhalil's training
    corpus wins (ties: analysis order). Unknown words keep their form without ``ال``.
    """
    analyzer, lemma_weight = _farahidi()
    try:
        analyses = analyzer.analyze(piece)
    except Exception:  # the analyser must never stop a corpus run
        analyses = []
    if not analyses:
        return strip_article(piece), False
    best, best_weight = None, -1.0
    for analysis in analyses:
        weight = lemma_weight.get(analysis.lemma, 0.0)
        if weight > best_weight:
            best, best_weight = analysis.lemma, weight
    return display_form(best), True


_LEX_SENSE = re.compile(r"_\d+$")


@lru_cache(maxsize=500_000)
def _lemma_camel(piece: str) -> tuple[str, bool]:
    """(lemma without diacritics, analysed?) from CAMeL Tools' MLE disambiguator (top analysis)."""
    disambiguated = _camel_disambiguator().disambiguate([piece])
    analyses = disambiguated[0].analyses if disambiguated else []
    lex = analyses[0].analysis.get("lex") if analyses else None
    if not lex or lex == "NOAN":
        return strip_article(piece), False
    return display_form(_LEX_SENSE.sub("", lex)), True


def lemmatize(word: str, *, lemmatizer: str = "auto") -> str:
    """The lemma (without diacritics) of one clitic-free word: ``المخيمات`` -> ``مخيم``.

    Same analysers and choices as ``word_frequencies(unit="lemma")``; a word the analyser does not
    know keeps its form without ``ال`` (``الباغوز`` -> ``باغوز``).
    """
    used = resolve_lemmatizer(lemmatizer)
    piece = display_form(word)
    return (_lemma_camel if used == "camel" else _lemma_farahidi)(piece)[0]


def _unit_function(unit: str, lemmatizer: str) -> Callable[[str], tuple[str, bool]]:
    if unit == "word":
        return lambda piece: (piece, True)
    if unit == "stem":
        return lambda piece: (_stem_cached(piece), True)
    if unit == "lemma":
        return _lemma_camel if lemmatizer == "camel" else _lemma_farahidi
    raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")


# --------------------------------------------------------------------------- transliteration

@lru_cache(maxsize=None)
def _mapper(scheme: str):
    if scheme not in TRANSLIT_SCHEMES:
        raise ValueError(f"scheme must be one of {TRANSLIT_SCHEMES}, not {scheme!r}")
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper(scheme)


def transliterate(term: str, scheme: str = "ar2bw") -> str:
    """Transliterate Arabic script with a CAMeL Tools builtin char map.

    ``ar2bw`` (Buckwalter, ASCII): ``التحالف`` -> ``AltHAlf``, ``شاحنة`` -> ``$AHnp``;
    ``ar2hsb`` (Habash-Soudi-Buckwalter, Latin letters with diacritics): ``شاحنة`` -> ``šAHnħ``.
    Other schemes: ``ar2safebw``, ``ar2xmlbw``.
    """
    return _mapper(scheme).map_string(term)


def add_transliteration(table: pd.DataFrame, scheme: str = "ar2bw", *, column: str = "term",
                        into: str = "translit") -> pd.DataFrame:
    """A copy of ``table`` with ``into`` = the transliteration of ``column``."""
    mapper = _mapper(scheme)
    cache: dict[str, str] = {}
    out = table.copy()
    out[into] = pd.array(
        [cache.setdefault(t, mapper.map_string(t)) if isinstance(t, str) else t
         for t in table[column].tolist()],
        dtype="str",
    )
    return out


# --------------------------------------------------------------------------- frequencies

def _display_choice(forms: Counter[str], key: str) -> str:
    """The most frequent form; on a tie, one spelled differently from the matching key
    (hamza, teh marbuta, alef maksura kept), then alphabetical."""
    return min(forms.items(), key=lambda item: (-item[1], item[0] == key, item[0]))[0]


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({column: pd.Series(dtype="str" if column in (
        "term", "norm", "unit", "lemmatizer", "measure") else "float64" if column in (
        "share", "score") else "int64" if column in ("count", "rank", "n") else "object")
        for column in columns})


def _ranked(frame: pd.DataFrame, by: list[str], ascending: list[bool],
            top_n: int | None, group: str | None = "article_id") -> pd.DataFrame:
    frame = frame.sort_values(([group] if group else []) + by,
                              ascending=([True] if group else []) + ascending,
                              kind="mergesort")
    if group:
        frame["rank"] = frame.groupby(group, sort=False).cumcount() + 1
    else:
        frame["rank"] = range(1, len(frame) + 1)
    if top_n is not None:
        frame = frame[frame["rank"] <= top_n]
    return frame.reset_index(drop=True)


def word_frequencies(
    sentences: pd.DataFrame,
    *,
    unit: str = "word",
    stopwords: bool = True,
    top_n: int | None = None,
    lemmatizer: str = "auto",
    kinds: Sequence[str] | None = CONTENT_KINDS,
    transliterate: str | None = None,
) -> pd.DataFrame:
    """Term frequencies per article.

    Returns one row per (article_id, term): ``term`` (readable form), ``norm`` (the matching key),
    ``count``, ``share`` (count / all counted tokens of the article), ``rank`` (1 = most frequent;
    ties broken by term), ``unit`` and ``lemmatizer`` (``camel`` | ``farahidi`` for lemmas, ``none``
    otherwise); for lemmas also ``analyzed`` (False where the analyser did not know the word).

    ``stopwords=True`` drops stopwords, split clitics, punctuation and numbers; ``False`` keeps every
    word (still no punctuation). Only rows whose ``kind`` is in ``kinds`` are read (title, headings
    and body by default; ``None`` reads every row). ``transliterate="ar2bw"`` adds a ``translit``
    column.
    """
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    used = resolve_lemmatizer(lemmatizer) if unit == "lemma" else "none"
    to_unit = _unit_function(unit, used)
    columns = FREQUENCY_COLUMNS + (["analyzed"] if unit == "lemma" else [])

    # (article_id, counts per key, displayed term per key): the display form is chosen within
    # each article, so an article's rows do not depend on the other articles of the call.
    per_article: list[tuple[Hashable, dict[str, int], dict[str, str]]] = []
    # piece -> unit key ("" when the piece is not counted)
    keys: dict[str, str] = {}
    shown_of: dict[str, str] = {}
    analyzed: dict[str, bool] = {}
    stop_set = _stopword_set()
    for article_id, texts in _article_texts(_select(sentences, kinds)):
        counts: dict[str, int] = {}
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for piece, count in _article_piece_counts(texts).items():
            key = keys.get(piece)
            if key is None:
                norm, word, stop = _piece_info(piece, stop_set)
                if not word or (stopwords and stop):
                    key = ""
                elif unit == "word":
                    key, shown_of[piece] = norm, piece
                    analyzed[key] = True
                else:
                    shown, known = to_unit(piece)
                    key, shown_of[piece] = normalize(shown), shown
                    analyzed[key] = analyzed.get(key, False) or known
                keys[piece] = key
            if key:
                counts[key] = counts.get(key, 0) + count
                forms[key][shown_of[piece]] += count
        terms = {key: _display_choice(shown, key) for key, shown in forms.items()}
        per_article.append((article_id, counts, terms))

    if not any(counts for _, counts, _ in per_article):
        return _empty(columns)
    article_ids: list[Hashable] = []
    shown_terms: list[str] = []
    norms: list[str] = []
    values: list[int] = []
    shares: list[float] = []
    for article_id, counts, terms in per_article:
        total = sum(counts.values())
        article_ids.extend([article_id] * len(counts))
        shown_terms.extend(terms[key] for key in counts)
        norms.extend(counts.keys())
        values.extend(counts.values())
        shares.extend(count / total for count in counts.values())
    frame = pd.DataFrame({
        "article_id": article_ids,
        "term": pd.array(shown_terms, dtype="str"),
        "norm": pd.array(norms, dtype="str"),
        "count": pd.array(values, dtype="int64"),
        "share": shares,
    })
    frame = _ranked(frame, ["count", "term", "norm"], [False, True, True], top_n)
    frame["unit"] = pd.array([unit] * len(frame), dtype="str")
    frame["lemmatizer"] = pd.array([used] * len(frame), dtype="str")
    if unit == "lemma":
        frame["analyzed"] = [analyzed[k] for k in frame["norm"].tolist()]
    frame = frame[columns]
    frame.attrs.update(unit=unit, lemmatizer=used)
    if transliterate:
        frame = add_transliteration(frame, transliterate)
    return frame


# --------------------------------------------------------------------------- n-grams

def _joinclitic_pieces(pieces: Sequence[str]) -> str:
    """Join tokens for display, re-attaching a split proclitic: (قسد، و، داعش) -> ``قسد وداعش``."""
    out: list[str] = []
    glue = False
    for piece in pieces:
        if glue and out:
            out[-1] += piece
        else:
            out.append(piece)
        glue = piece in _PROCLITIC_PIECES
    return " ".join(out)


def _g2(k11: float, k12: float, k21: float, k22: float) -> float:
    """Dunning's log-likelihood ratio (G2) of a 2x2 contingency table."""
    def h(*ks: float) -> float:
        total = sum(ks)
        return sum(k * math.log(k / total) for k in ks if k > 0)

    cells = [max(k, 0.0) for k in (k11, k12, k21, k22)]
    value = 2 * (h(*cells) - h(cells[0] + cells[1], cells[2] + cells[3])
                 - h(cells[0] + cells[2], cells[1] + cells[3]))
    return max(value, 0.0)


def ngram_frequencies(
    sentences: pd.DataFrame,
    *,
    n: int = 2,
    top_n: int | None = None,
    measure: str = "pmi",
    sort_by: str = "count",
    min_count: int = 1,
    stopwords: bool = True,
    kinds: Sequence[str] | None = CONTENT_KINDS,
    transliterate: str | None = None,
) -> pd.DataFrame:
    """Bigrams (``n=2``) or trigrams (``n=3``) per article with an association score.

    An n-gram lies inside one sentence, never spans punctuation or a number, and neither starts nor
    ends with a stopword or a split clitic (``stopwords=True``); words inside a trigram may be
    stopwords (``وزير الخارجية`` ... ``طيران التحالف``). Columns: article_id, term (readable, a split
    proclitic re-attached), norm (normalised words joined by spaces), n, count, score, measure,
    rank. ``measure="pmi"``: pointwise mutual information, log2 p(w1..wn) / prod p(wi);
    ``"llr"``: Dunning's log-likelihood of (w1..wn-1, wn) against independence. Rows are ranked by
    ``sort_by`` (``"count"``: count, then score; ``"score"``: score, then count), then term;
    n-grams seen fewer than ``min_count`` times are dropped.
    """
    if n < 2:
        raise ValueError("n must be 2 or more (use word_frequencies for single words)")
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, not {measure!r}")
    if sort_by not in ("count", "score"):
        raise ValueError(f"sort_by must be 'count' or 'score', not {sort_by!r}")
    rows: list[tuple] = []
    stop_set = _stopword_set()
    for article_id, texts in _article_texts(_select(sentences, kinds)):
        # display forms are chosen within each article (rows independent of the other articles)
        forms: dict[tuple[str, ...], Counter[tuple[str, ...]]] = defaultdict(Counter)
        unigrams: Counter[str] = Counter()
        prefixes: Counter[tuple[str, ...]] = Counter()
        grams: Counter[tuple[str, ...]] = Counter()
        positions = 0
        for sequence in _article_piece_sequences(texts):
            run: list[tuple[str, str, bool]] = []
            for piece in sequence + [""]:
                info = _piece_info(piece, stop_set) if piece else ("", False, True)
                if info[1]:
                    run.append((piece, info[0], info[2]))
                    continue
                # A run of words ends at punctuation, a number or the end of the sentence.
                norms = [norm for _, norm, _ in run]
                unigrams.update(norms)
                for i in range(len(run) - n + 1):
                    positions += 1
                    window = run[i:i + n]
                    key = tuple(norms[i:i + n])
                    prefixes[key[:-1]] += 1
                    if stopwords and (window[0][2] or window[-1][2]):
                        continue
                    grams[key] += 1
                    forms[key][tuple(p for p, _, _ in window)] += 1
                run = []
        total = sum(unigrams.values())
        for key, count in grams.items():
            if count < min_count:
                continue
            if measure == "pmi":
                expected = math.prod(unigrams[w] / total for w in key)
                score = math.log2((count / max(positions, 1)) / expected)
            else:
                first, last = prefixes[key[:-1]], unigrams[key[-1]]
                score = _g2(count, first - count, last - count, positions - first - last + count)
            rows.append((article_id, key, count, score,
                         _joinclitic_pieces(_display_choice_tuple(forms[key], key))))
    if not rows:
        return _empty(NGRAM_COLUMNS)
    frame = pd.DataFrame({
        "article_id": [r[0] for r in rows],
        "term": pd.array([r[4] for r in rows], dtype="str"),
        "norm": pd.array([" ".join(r[1]) for r in rows], dtype="str"),
        "n": pd.array([n] * len(rows), dtype="int64"),
        "count": pd.array([r[2] for r in rows], dtype="int64"),
        "score": [round(r[3], 10) for r in rows],
    })
    frame["measure"] = pd.array([measure] * len(frame), dtype="str")
    order = ["count", "score"] if sort_by == "count" else ["score", "count"]
    frame = _ranked(frame, order + ["term", "norm"], [False, False, True, True], top_n)
    frame = frame[NGRAM_COLUMNS]
    if transliterate:
        frame = add_transliteration(frame, transliterate)
    return frame


def _display_choice_tuple(forms: Counter[tuple[str, ...]], key: tuple[str, ...]) -> tuple[str, ...]:
    return min(forms.items(), key=lambda item: (-item[1], item[0] == key, item[0]))[0]


# --------------------------------------------------------------------------- corpus measures

def _counts(table: pd.DataFrame, *, unit: str, stopwords: bool, lemmatizer: str,
            kinds: Sequence[str] | None) -> pd.DataFrame:
    """A frequency table: ``table`` itself when it already is one, else word_frequencies of it."""
    if {"article_id", "term", "norm", "count"} <= set(table.columns) and "text" not in table.columns:
        return table
    return word_frequencies(table, unit=unit, stopwords=stopwords, lemmatizer=lemmatizer, kinds=kinds)


def term_document_matrix(table: pd.DataFrame, *, unit: str = "word", stopwords: bool = True,
                         lemmatizer: str = "auto", kinds: Sequence[str] | None = CONTENT_KINDS,
                         column: str = "term") -> pd.DataFrame:
    """Per-article counts as a wide table: one row per article, one column per term, zeros filled.

    ``table`` is a sentences table or a table from :func:`word_frequencies`.
    """
    counts = _counts(table, unit=unit, stopwords=stopwords, lemmatizer=lemmatizer, kinds=kinds)
    articles = list(pd.unique(counts["article_id"]))
    matrix = counts.pivot_table(index="article_id", columns=column, values="count",
                                aggfunc="sum", fill_value=0, sort=True)
    return matrix.reindex(articles).astype("int64")


def document_frequency(table: pd.DataFrame, *, unit: str = "word", stopwords: bool = True,
                       lemmatizer: str = "auto", kinds: Sequence[str] | None = CONTENT_KINDS,
                       top_n: int | None = None) -> pd.DataFrame:
    """In how many articles each term occurs.

    Columns: term, norm, df (articles containing the term), df_share (df / number of articles),
    count (occurrences over the corpus), rank (df, then count, descending; then term).
    """
    counts = _counts(table, unit=unit, stopwords=stopwords, lemmatizer=lemmatizer, kinds=kinds)
    n_articles = counts["article_id"].nunique()
    frame = (counts.groupby("norm", sort=True)
             .agg(term=("term", "first"), df=("article_id", "nunique"), count=("count", "sum"))
             .reset_index())
    frame["df_share"] = frame["df"] / max(n_articles, 1)
    frame = _ranked(frame, ["df", "count", "term", "norm"], [False, False, True, True], top_n,
                    group=None)
    return frame[["term", "norm", "df", "df_share", "count", "rank"]]


def tfidf(table: pd.DataFrame, *, unit: str = "word", stopwords: bool = True,
          lemmatizer: str = "auto", kinds: Sequence[str] | None = CONTENT_KINDS,
          top_n: int | None = None, smooth: bool = True, sublinear: bool = False,
          transliterate: str | None = None) -> pd.DataFrame:
    """TF-IDF of each term in each article.

    ``tf`` is the term's share of the article's counted words (``1 + log(count)`` rescaled the
    same way when ``sublinear``), ``idf = ln((1 + N) / (1 + df)) + 1`` (``smooth``, as in
    scikit-learn) or ``ln(N / df)``; ``tfidf = tf * idf``. Columns: article_id, term, norm, count,
    tf, df, idf, tfidf, rank (per article, tfidf descending, then term).
    """
    counts = _counts(table, unit=unit, stopwords=stopwords, lemmatizer=lemmatizer, kinds=kinds)
    frame = counts[["article_id", "term", "norm", "count"]].copy()
    if frame.empty:
        return _empty(["article_id", "term", "norm", "count", "tf", "df", "idf", "tfidf", "rank"])
    n_articles = frame["article_id"].nunique()
    df = frame.groupby("norm")["article_id"].nunique()
    weight = frame["count"].astype("float64")
    if sublinear:
        weight = 1.0 + weight.map(math.log)
    frame["tf"] = weight / weight.groupby(frame["article_id"]).transform("sum")
    frame["df"] = frame["norm"].map(df).astype("int64")
    if smooth:
        frame["idf"] = ((1 + n_articles) / (1 + frame["df"])).map(math.log) + 1.0
    else:
        frame["idf"] = (n_articles / frame["df"]).map(math.log)
    frame["tfidf"] = frame["tf"] * frame["idf"]
    frame = _ranked(frame, ["tfidf", "term", "norm"], [False, True, True], top_n)
    frame = frame[["article_id", "term", "norm", "count", "tf", "df", "idf", "tfidf", "rank"]]
    if transliterate:
        frame = add_transliteration(frame, transliterate)
    return frame


def keyness(
    sentences: pd.DataFrame,
    *,
    target: Hashable | Sequence[Hashable],
    by: str = "article_id",
    articles: pd.DataFrame | None = None,
    unit: str = "word",
    stopwords: bool = True,
    lemmatizer: str = "auto",
    kinds: Sequence[str] | None = CONTENT_KINDS,
    min_count: int = 1,
    top_n: int | None = None,
    transliterate: str | None = None,
) -> pd.DataFrame:
    """Log-likelihood keyness of a target group (an article, an outlet ...) against the rest.

    ``by`` names the grouping column: a column of ``sentences`` or, when ``articles`` is given, of
    the articles table (joined on article_id), e.g. ``by="outlet"``. ``target`` is one value or a
    list of values of it. Columns: term, norm, count_target, count_reference, share_target,
    share_reference, log_likelihood (Dunning's G2), p_value (chi-square, 1 df), log_ratio
    (log2 of the ratio of relative frequencies, 0.5 added to zero counts), keyness (G2, negative
    when the term is under-used in the target), direction (``over`` | ``under``), rank. Sorted by
    keyness, most characteristic of the target first. Terms seen fewer than ``min_count`` times in
    both groups together are dropped.
    """
    targets = {target} if isinstance(target, (str, int)) or not isinstance(target, Iterable) \
        else set(target)
    table = sentences
    if by not in table.columns:
        if articles is None or by not in articles.columns:
            raise ValueError(f"column {by!r} is neither in the table nor in `articles`")
        table = table.merge(articles[["article_id", by]].drop_duplicates("article_id"),
                            on="article_id", how="left")
    counts = _counts(table, unit=unit, stopwords=stopwords, lemmatizer=lemmatizer, kinds=kinds)
    if by != "article_id":
        group_of = table.drop_duplicates("article_id").set_index("article_id")[by]
        in_target = counts["article_id"].map(group_of).isin(targets)
    else:
        in_target = counts["article_id"].isin(targets)
    if not in_target.any():
        raise ValueError(f"no article has {by} in {sorted(map(str, targets))}")
    if in_target.all():
        raise ValueError("the target covers the whole corpus: there is nothing to compare it with")
    grouped = (counts.assign(target=in_target)
               .groupby(["norm", "target"])["count"].sum().unstack(fill_value=0))
    grouped = grouped.reindex(columns=[True, False], fill_value=0)
    a = grouped[True].astype("float64")
    b = grouped[False].astype("float64")
    total_a, total_b = a.sum(), b.sum()
    e1 = total_a * (a + b) / (total_a + total_b)
    e2 = total_b * (a + b) / (total_a + total_b)

    def xlogx(k: pd.Series, e: pd.Series) -> pd.Series:
        return (k * (k / e).where(k > 0, 1.0).map(math.log)).where(k > 0, 0.0)

    g2 = 2 * (xlogx(a, e1) + xlogx(b, e2))
    share_a, share_b = a / total_a, b / total_b
    over = share_a >= share_b
    names = counts.drop_duplicates("norm").set_index("norm")["term"]
    frame = pd.DataFrame({
        "term": pd.array(names.reindex(grouped.index).tolist(), dtype="str"),
        "norm": pd.array(grouped.index.tolist(), dtype="str"),
        "count_target": a.astype("int64").to_numpy(),
        "count_reference": b.astype("int64").to_numpy(),
        "share_target": share_a.to_numpy(),
        "share_reference": share_b.to_numpy(),
        "log_likelihood": g2.round(10).to_numpy(),
        "p_value": g2.map(lambda x: math.erfc(math.sqrt(max(x, 0.0) / 2))).to_numpy(),
        "log_ratio": (((a.where(a > 0, 0.5)) / total_a) / ((b.where(b > 0, 0.5)) / total_b))
        .map(math.log2).round(10).to_numpy(),
    })
    frame["keyness"] = frame["log_likelihood"].where(over.to_numpy(), -frame["log_likelihood"])
    frame["direction"] = pd.array(["over" if o else "under" for o in over], dtype="str")
    frame = frame[(frame["count_target"] + frame["count_reference"]) >= min_count]
    frame = _ranked(frame, ["keyness", "count_target", "term"], [False, False, True], top_n,
                    group=None)
    if transliterate:
        frame = add_transliteration(frame, transliterate)
    return frame
