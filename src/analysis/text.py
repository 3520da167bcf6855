"""Arabic text helpers: small pure functions over strings, CAMeL Tools underneath.

Every function takes a string (or a token) first and returns a string or a list of strings,
except :func:`tokenize_sentences`, which turns a ``sentences`` table into a tidy ``tokens`` table.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Set
from functools import lru_cache

import pandas as pd
from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)
from camel_tools.tokenizers.word import simple_word_tokenize

from .lexicons import read_lexicon

TATWEEL = "\u0640"
# Zero-width and bidi control characters that survive copy-paste from the web.
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u00ad]")
_ARABIC_INDIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_COMBINING_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_WORD = re.compile(r"\w", re.UNICODE)

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
CLITIC_LETTERS = frozenset(CONJUNCTIONS + PREPOSITIONS)
ARTICLE = "ال"
# An ال-word must keep at least this many letters after a split (rules out والي، والد، كالة).
_MIN_AL_WORD = 4
# A bare word left after a split must have at least this many letters.
_MIN_STEM = 2


def remove_invisible(text: str) -> str:
    """Drop zero-width, soft-hyphen and bidi control characters."""
    return _INVISIBLE.sub("", text)


def remove_tatweel(text: str) -> str:
    """Drop the tatweel (kashida) used to stretch letters: ``لـ داعش`` -> ``ل داعش``."""
    return text.replace(TATWEEL, "")


def dediacritize(text: str) -> str:
    """Remove Arabic diacritics (harakat, shadda, sukun, tanwin) with CAMeL Tools."""
    return dediac_ar(text)


def western_digits(text: str) -> str:
    """Map Arabic-Indic and Persian digits to 0-9."""
    return text.translate(_ARABIC_INDIC_DIGITS)


# Persian yeh and kaf, common in Arabic web text ("یأتي هذا"), are the Arabic letters.
_PERSIAN_LETTERS = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643"})


def normalize(text: str) -> str:
    """The matching form of Arabic text.

    Unicode (NFKC-style presentation forms, CAMeL), invisible characters, tatweel and diacritics
    removed, alef variants to ``ا``, alef maksura (and Persian yeh) to ``ي``, Persian kaf to ``ك``,
    teh marbuta to ``ه``, digits to 0-9.
    Idempotent: ``normalize(normalize(s)) == normalize(s)``.
    """
    text = _clean(text).translate(_PERSIAN_LETTERS)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return western_digits(text)


def display_form(text: str) -> str:
    """A readable form: Unicode cleaned, invisible characters, tatweel and diacritics removed.

    Unlike :func:`normalize`, letters keep their spelling (أ، ى، ة stay).
    """
    return _clean(text)


def _clean(text: str) -> str:
    # NFC after removing tatweel composes a stranded hamza or madda with its letter (ا ـ ٔ -> أ);
    # marks that dediac_ar leaves (a madda on a letter that has no composed form) go last, so
    # that normalising twice changes nothing.
    text = normalize_unicode(remove_invisible(text))
    text = unicodedata.normalize("NFC", remove_tatweel(text))
    return _COMBINING_MARKS.sub("", dediac_ar(text))


def tokenize(text: str) -> list[str]:
    """Split text into words and punctuation marks (CAMeL ``simple_word_tokenize``)."""
    return simple_word_tokenize(text)


def is_arabic(token: str) -> bool:
    """True when the token contains at least one Arabic letter."""
    return _ARABIC_LETTER.search(token) is not None


def is_word(token: str) -> bool:
    """True for tokens with a letter in them (not punctuation, not a bare number)."""
    return any(ch.isalpha() for ch in token)


def strip_article(token: str) -> str:
    """Remove a leading ``ال`` when enough of the word remains: ``التحالف`` -> ``تحالف``."""
    if token.startswith(ARTICLE) and len(token) - len(ARTICLE) >= _MIN_STEM + 1:
        return token[len(ARTICLE):]
    return token


def split_clitics(token: str, *, vocabulary: Set[str] | None = None) -> list[str]:
    """Split attached proclitics (و ف ب ل ك, and ل+ال) off a word; the article ``ال`` stays.

    ``والتحالف`` -> ``['و', 'التحالف']``, ``للمخيم`` -> ``['ل', 'المخيم']``,
    ``لـداعش`` -> ``['ل', 'داعش']``. A bare word (no ``ال``) is split only when what remains is
    in ``vocabulary`` (for example the other words of the same article): ``وداعش`` -> ``و داعش``
    when ``داعش`` occurs alone, while ``وكالة`` stays whole.
    """
    if TATWEEL in token:
        head, _, rest = token.partition(TATWEEL)
        rest = rest.lstrip(TATWEEL)
        if rest and head and all(ch in CONJUNCTIONS + PREPOSITIONS for ch in head):
            return list(head) + split_clitics(rest, vocabulary=vocabulary)
        token = remove_tatweel(token)
    if len(token) < 3 or not is_arabic(token):
        return [token]
    # ل + ال contracts to لل: للمخيم = ل + المخيم.
    for conj in ("",) + CONJUNCTIONS:
        if token.startswith(conj + "لل") and len(token) - len(conj) - 1 >= _MIN_AL_WORD:
            return ([conj] if conj else []) + ["ل", ARTICLE + token[len(conj) + 2:]]
    clitics: list[str] = []
    rest = token
    if rest[0] in CONJUNCTIONS and len(rest) > 1:
        candidate = rest[1:]
        if _is_al_word(candidate) or _is_al_word(candidate[1:]) and candidate[0] in PREPOSITIONS:
            clitics.append(rest[0])
            rest = candidate
        elif vocabulary is not None and _known(candidate, vocabulary):
            return [rest[0], *split_clitics(candidate, vocabulary=vocabulary)]
    if rest[0] in PREPOSITIONS and _is_al_word(rest[1:]):
        clitics.append(rest[0])
        rest = rest[1:]
    elif (
        rest[0] in PREPOSITIONS
        and vocabulary is not None
        and not _is_al_word(rest)
        and _known(rest[1:], vocabulary)
    ):
        clitics.append(rest[0])
        rest = rest[1:]
    return clitics + [rest]


def _is_al_word(token: str) -> bool:
    return token.startswith(ARTICLE) and len(token) >= _MIN_AL_WORD


def _known(token: str, vocabulary: Set[str]) -> bool:
    return len(token) >= _MIN_STEM + 1 and token in vocabulary


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """Normalised stopwords: the ``Arabic-Stopwords`` package plus ``data/lexicons/stopwords_extra.csv``."""
    from arabicstopwords import arabicstopwords as package

    forms = set(package.stopwords_list())
    forms.update(row["word"] for row in read_lexicon("stopwords_extra"))
    excluded = {normalize(row["word"]) for row in read_lexicon("stopwords_excluded")}
    return frozenset(normalize(form) for form in forms if form) - excluded


def is_stopword(token: str) -> bool:
    """True when the normalised token is a stopword (single letters, i.e. split clitics, included)."""
    norm = normalize(token)
    return len(norm) < 2 or norm in stopwords()


# Per word type: the same results as the functions above, computed once per distinct word.

# Plain Arabic letters (hamza to yeh, no tatweel, no diacritics): most words are made only of
# them, and for those the text helpers act letter by letter (see _letter_maps).
_PLAIN_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B) if c != 0x0640)
_PLAIN_WORD = re.compile(f"[{_PLAIN_LETTERS}]+")


@lru_cache(maxsize=1)
def _letter_maps() -> tuple[bool, dict[int, str] | None]:
    """What ``display_form``/``tokenize`` and ``normalize`` do to each plain letter, read from
    :mod:`analysis.text` itself so the shortcuts below follow it: (display_form and tokenize leave
    plain letters alone, translate table of ``normalize`` or None when it is not letter-wise)."""
    plain = all(display_form(ch) == ch and tokenize(ch) == [ch] for ch in _PLAIN_LETTERS)
    mapped = {ch: normalize(ch) for ch in _PLAIN_LETTERS}
    sample = "".join(_PLAIN_LETTERS)
    table = str.maketrans({ch: v for ch, v in mapped.items() if v != ch})
    letterwise = normalize(sample) == sample.translate(table) and all(
        normalize(ch + ch) == (ch + ch).translate(table) for ch in _PLAIN_LETTERS)
    return plain, table if letterwise else None


@lru_cache(maxsize=500_000)
def word_tokens(word: str) -> tuple[str, ...]:
    """Tokens of one whitespace-separated word: display form, then the CAMeL tokenizer.

    ``tokenize(display_form(text))`` equals the concatenation of this over ``text.split()``:
    display_form never joins two words, and where it creates spaces (a ligature such as U+FDFA)
    the tokenizer splits them again. A word of plain letters is its own single token.
    """
    if _PLAIN_WORD.fullmatch(word) and _letter_maps()[0]:
        return (word,)
    return tuple(tokenize(display_form(word)))


@lru_cache(maxsize=500_000)
def _split_with_known(token: str, known: frozenset[str]) -> tuple[str, ...]:
    return tuple(piece for piece in split_clitics(token, vocabulary=known) if piece)


def clitic_pieces(token: str, vocabulary: set[str] | frozenset[str]) -> tuple[str, ...]:
    """``split_clitics(token, vocabulary=article vocabulary)``, cached per word type.

    The vocabulary is only consulted for ``token[k:]`` where ``token[:k]`` is made of clitic
    letters, so the answer depends on the token and on which of those few suffixes the article
    contains: that pair is the cache key.
    """
    if len(token) < 3 or token[0] not in CLITIC_LETTERS:
        return (token,)
    known = []
    k = 1
    while k < len(token) and token[k - 1] in CLITIC_LETTERS:
        rest = token[k:]
        if rest in vocabulary and is_arabic(rest):
            known.append(rest)
        k += 1
    return _split_with_known(token, frozenset(known))


@lru_cache(maxsize=500_000)
def normalize_piece(piece: str) -> tuple[str, bool]:
    """(normalize(piece), is_word(piece)), letter by letter for a piece of plain letters."""
    if _PLAIN_WORD.fullmatch(piece):
        table = _letter_maps()[1]
        if table is not None:
            return piece.translate(table), True
    return normalize(piece), is_word(piece)



TOKEN_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "token_id",
    "text", "norm", "is_word", "is_stopword",
]


def sentence_tokens(text: str) -> list[str]:
    """``tokenize(display_form(text))``, computed once per distinct whitespace-separated word."""
    return [token for word in text.split() for token in word_tokens(word)]


def tokenize_sentences(sentences: pd.DataFrame, *, clitics: bool = True) -> pd.DataFrame:
    """One row per token of a ``sentences`` table, clitics split, keyed by article/paragraph/sentence.

    Columns: article_id, paragraph_id, sentence_id, token_id (from 1 within the sentence),
    text (display form), norm (matching form), is_word, is_stopword. A bare word loses its
    clitic only when the rest occurs in the same article (``split_clitics`` with the article's
    tokens as vocabulary), so each article's rows depend on that article alone.
    """
    stop = stopwords()
    rows: list[tuple] = []
    for article_id, group in sentences.groupby("article_id", sort=False):
        tokenized = [(p, s, sentence_tokens(t)) for p, s, t in zip(
            group["paragraph_id"], group["sentence_id"], group["text"])]
        vocabulary = {tok for _, _, toks in tokenized for tok in toks}
        for paragraph_id, sentence_id, toks in tokenized:
            token_id = 0
            for raw in toks:
                for piece in clitic_pieces(raw, vocabulary) if clitics else (raw,):
                    token_id += 1
                    norm, word = normalize_piece(piece)
                    rows.append((article_id, paragraph_id, sentence_id, token_id, piece, norm,
                                 word, (not word) or len(norm) < 2 or norm in stop))
    return pd.DataFrame(rows, columns=TOKEN_COLUMNS)
