"""Property-based tests (hypothesis) on the text helpers and the low-level loader functions.

Any Unicode string goes in, no exception comes out, and the invariants the rest of the package
relies on hold: normalisation and display form are idempotent, tokens rejoin to the text apart
from white space, clitic pieces rejoin to the token, sentence spans are ordered and cover every
letter or digit, and text encoded as UTF-8 or UTF-16 decodes back to itself.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from analysis.load import LoadError, decode_bytes, split_sentences
from analysis.text import (
    TATWEEL,
    dediacritize,
    display_form,
    is_arabic,
    is_stopword,
    is_word,
    normalize,
    remove_invisible,
    remove_tatweel,
    split_clitics,
    strip_article,
    tokenize,
    western_digits,
)

# Fast by default; the whole module runs in a few seconds.
settings.register_profile(
    "analysis-properties", max_examples=150, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
PROPERTY = settings(settings.get_profile("analysis-properties"))

# Characters that matter for Arabic news text, mixed into otherwise arbitrary Unicode.
ARABIC_LETTERS = "".join(chr(c) for c in range(0x0621, 0x064B))  # hamza .. yeh
DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0653)) + "\u0670"  # fathatan .. sukun, dagger alef
SPECIALS = (
    TATWEEL
    + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"           # Arabic-Indic and Persian digits
    + "\u200b\u200c\u200d\u200e\u200f"    # zero width, ZWNJ, ZWJ, LRM, RLM
    + "\u202a\u202b\u202c\u202d\u202e"    # bidi embeddings and overrides
    + "\u2066\u2067\u2068\u2069\ufeff\u00ad"
    + "ﻻﷲﷺ\ufdfa\ufdfb"                   # presentation forms and ligatures
    + "،؛؟«»“”\"'.!?…:-()[]"              # punctuation
    + " \t\n\r\u00a0\u2028\u3000"         # white space of several kinds
    + "abcXYZ0123456789"
    + "ۀۂۃیکگپچژ"                         # Persian / Urdu letters
)
arabicish = st.text(
    alphabet=st.one_of(
        st.sampled_from(ARABIC_LETTERS + DIACRITICS + SPECIALS),
        st.characters(),
    ),
    max_size=80,
)
any_text = st.one_of(st.text(max_size=80), arabicish)
# Text that can be encoded as UTF-8/UTF-16 (no lone surrogates). C0 control characters other
# than tab, CR and LF are left out: UTF-8 bytes such as b"a\x06b\x06c\x06d\x06" are *also*
# valid UTF-16-LE without a byte-order mark ("١٢٣٤"), so no decoder can tell them apart.
_TEXT_CHARACTERS = st.characters(codec="utf-8", exclude_categories=("Cc",)) | st.sampled_from("\t\r\n")
encodable = st.one_of(
    st.text(alphabet=_TEXT_CHARACTERS, max_size=80),
    st.text(alphabet=st.sampled_from(ARABIC_LETTERS + DIACRITICS + SPECIALS), max_size=80),
)
# One token as the tokenizer would give it: no white space.
token = st.text(
    alphabet=st.one_of(st.sampled_from(ARABIC_LETTERS + DIACRITICS + TATWEEL * 4 + "وفبلكال"),
                       st.characters(exclude_categories=("Zs", "Zl", "Zp", "Cc"))),
    min_size=0, max_size=12,
)


@PROPERTY
@given(any_text)
@example("")
@example("\ufdfa")
@example("ـــ")
@example("\u0651\u064e")
@example("\ud800")  # a lone surrogate (what a bad decoder can leave behind)
def test_helpers_accept_any_string(text):
    for helper in (normalize, display_form, dediacritize, remove_tatweel, remove_invisible,
                   western_digits, strip_article):
        assert isinstance(helper(text), str)
    assert all(isinstance(tok, str) for tok in tokenize(text))
    assert isinstance(is_arabic(text), bool)
    assert isinstance(is_word(text), bool)
    assert isinstance(is_stopword(text), bool)
    assert all(isinstance(piece, str) for piece in split_clitics(text))
    assert all(isinstance(piece, str) for piece in split_clitics(text, vocabulary={text[1:], text[2:]}))
    assert isinstance(split_sentences(text), list)


@PROPERTY
@given(any_text)
@example("ﻹ")
@example("\ufdfa")
@example("\u0622\u0653")        # alef with madda, then a stray madda
@example("\u0627\u0640\u0654")  # alef, tatweel, combining hamza above
@example("\u0648\u0640\u0654")  # waw, tatweel, combining hamza above
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once


@PROPERTY
@given(any_text)
@example("ﻹ")
@example("\ufdfa")
@example("\u0627\u0640\u0654")  # alef, tatweel, combining hamza above
@example("\u0627\u200b\u0653")  # alef, zero width space, combining madda
def test_display_form_is_idempotent(text):
    once = display_form(text)
    assert display_form(once) == once


@PROPERTY
@given(any_text)
def test_normalize_removes_diacritics_tatweel_and_eastern_digits(text):
    out = normalize(text)
    assert TATWEEL not in out
    assert not any(ch in DIACRITICS for ch in out)
    assert not any(ch in "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" for ch in out)


@PROPERTY
@given(any_text)
@example("قسد\u200fو\u200bداعش")
@example("\ufdfa")
def test_tokens_rejoin_to_normalized_text_apart_from_white_space(text):
    norm = normalize(text)
    tokens = tokenize(norm)
    assert all(tok and not any(ch.isspace() for ch in tok) for tok in tokens)
    assert "".join(tokens) == "".join(norm.split())


def _rejoined(pieces: list[str]) -> set[str]:
    """The token the pieces come from: their concatenation, or, where the preposition ``ل`` meets
    the article ``ال``, the contracted spelling (``ل`` + ``المخيم`` is written ``للمخيم``)."""
    plain = "".join(pieces)
    contracted = pieces[0] if pieces else ""
    for before, piece in zip(pieces, pieces[1:]):
        contracted += piece[1:] if before == "ل" and piece.startswith("ال") else piece
    return {plain, contracted}


@PROPERTY
@given(token)
@example("لـداعش")
@example("ولـلـمخيم")
@example("بـ")
@example("ـ")
@example("للمخيم")
@example("وللمخيم")
@example("فبالتحالف")
def test_split_clitics_pieces_rejoin_to_token_without_tatweel(tok):
    pieces = split_clitics(tok)
    assert remove_tatweel(tok) in _rejoined(pieces)
    assert all(TATWEEL not in piece for piece in pieces)


@PROPERTY
@given(token, st.sets(token, max_size=5))
@example("وداعش", {"داعش"})
@example("بداعش", {"داعش"})
@example("وبداعش", {"داعش", "بداعش"})
def test_split_clitics_with_vocabulary_rejoin(tok, vocabulary):
    pieces = split_clitics(tok, vocabulary=frozenset(vocabulary))
    assert remove_tatweel(tok) in _rejoined(pieces)


@PROPERTY
@given(any_text)
@example("د. محمد قال. ثم ذهب!")
@example("... !!! ؟")
@example("أ.\n\nب")
@example("8.4 مليون. 12.3.2015")
@example("«قال». ثم")
def test_split_sentences_spans_are_ordered_and_cover_the_text(text):
    spans = split_sentences(text)
    previous_end = 0
    covered = [False] * len(text)
    for start, end in spans:
        assert 0 <= previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert not piece[0].isspace() and not piece[-1].isspace()
        assert any(ch.isalnum() for ch in piece)
        for index in range(start, end):
            covered[index] = True
        previous_end = end
    # What is left out is white space or pure punctuation: every letter or digit is in a sentence.
    missing = [ch for ch, inside in zip(text, covered) if not inside and ch.isalnum()]
    assert missing == []


def _expected_utf8(text: str) -> str:
    # A leading U+FEFF *is* the UTF-8 byte-order mark: the decoder drops it, as it should.
    return text[1:] if text.startswith("\ufeff") else text


@PROPERTY
@given(encodable)
@example("مرحبا")
@example("\u0600\u0600")
def test_decode_bytes_round_trips_utf8(text):
    data = text.encode("utf-8")
    if not data.strip(b" \t\r\n\x00") or "\x00" in text:
        with pytest.raises(LoadError):
            decode_bytes(data)
        return
    assert decode_bytes(data) == _expected_utf8(text)


@PROPERTY
@given(encodable, st.sampled_from(["utf-16", "utf-8-sig"]))
@example("مرحبا", "utf-16")
@example("a", "utf-16")
def test_decode_bytes_round_trips_with_bom(text, encoding):
    data = text.encode(encoding)
    assume(data.strip(b" \t\r\n\x00"))
    assert decode_bytes(data) == text


@PROPERTY
@given(st.text(alphabet=st.sampled_from(ARABIC_LETTERS + DIACRITICS + " ،.\n0123456789abc"), min_size=2,
               max_size=200), st.sampled_from(["utf-16-le", "utf-16-be"]))
def test_decode_bytes_round_trips_utf16_without_bom(text, encoding):
    """Arabic or ASCII text saved as UTF-16 without a byte-order mark is still recognised."""
    assume(text.strip() and sum(ch in ARABIC_LETTERS + "abc" for ch in text) >= 2)
    assert decode_bytes(text.encode(encoding)) == text


@pytest.mark.filterwarnings("ignore:.*middle of a UTF-8 character")
@PROPERTY
@given(st.binary(max_size=200))
def test_decode_bytes_any_bytes_decode_or_load_error(data):
    try:
        assert isinstance(decode_bytes(data), str)
    except LoadError as error:
        assert str(error).startswith("<bytes>: ")
