"""The ``rules`` backend: gazetteers, name lists, trigger words and name patterns.

The tagger works on token lists (so that it can be scored on a CoNLL file, where it sees tokens
only) and returns :class:`Span` objects over token indices. Passes, each filling only the tokens
still free:

1. known names: the project lexicon (organisations, places, aliases), longest match first;
2. news-agency bylines ("بيروت ( الفرنسية )") and initials spelled apart (أ ف ب، د ب أ),
   organisation tails (نيوز، برس) and heads (حزب، تنظيم، وكالة ...) around a name, quoted or not, a
   head with a country or capital (منتخب فرنسا), a transliterated name (شركة كونكو فيليبس); a
   definite head with adjectives, a nationality and a complement with لـ (المحكمة الإدارية العليا،
   الاتحاد العربي لكرة القدم، المنتخب المغربي);
3. place heads (بلدة، مدينة، مخيم، نهر ...) before a name;
4. roles and titles (الرئيس، مراسل، القيادي ...) before a person's name, quoted or not, past the
   title's modifiers (رئيس الوزراء الإسرائيلي X), where a proper-noun word of the morphology or a
   word no dictionary knows can start the name; a reporter's "في X" names a place; a reporting
   verb (قال، أكد ...) right before or after a name;
5. name patterns: an alias after ``الملقب بـ``, kunya (أبو/أم + name, with a closing nisba: أبو أنس
   الليبي), nasab (بن/ابن, not a kinship phrase such as ابن عمه);
6. persons starting with a known first name (names-dataset) followed by another listed name, a
   transliterated surname or a nisba (أحمد فهمي، جيمس بالدوين، حمزة المصري), a و + given name
   starting the next person of a list; runs of two or more words the vocabulary does not know
   (transliterated foreign names); a lone given name that is not also an ordinary word;
7. gazetteer places (GeoNames cities, capitals, countries, regions), common words filtered out;
8. document level: a name found once is found again elsewhere in the same document
   (``one sense per discourse``), a person's surname alone refers to that person, and the definite
   first word of a multi-word organisation (التحالف for التحالف الدولي) refers to it.

Nationality adjectives (الإيرانية، السوري) are typed MISC. Word classes come from farahidi's lexicon:
a stem seen often in its corpus is an ordinary word, a word it does not know is a name candidate.
A letter that can be a clitic (ب، ف، ل ...) is stripped before that test only when the rest is an
ordinary word as it stands: بولتون and فيرجسون are names, not ب + ولتون or ف + يرجسون
(:meth:`RulesTagger.is_foreign`).

Attached clitics (و ف ب ل ك) are stripped from the first word of a mention; the number of stripped
letters is kept in :attr:`Span.clitic`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..text import display_form, normalize, stopwords
from .lexicon import EntityLexicon, LexEntry, load_lexicon
from .resources import COMMON_STEM_MIN_FREQ, Resources, load_resources, word_freq

# Ordinary words this frequent are never taken as names by the first-name rule ...
VERY_COMMON_FREQ = 2000
# ... unless they are among the most common names (محمد، العلي).
TOP_NAME_RANK = 100

# Tokens of a sentence with their character offsets: words (letters, digits, marks, tatweel)
# or single punctuation marks, as CAMeL's simple_word_tokenize splits them.
TOKEN_RE = re.compile(r"[\w\u0640\u0610-\u061a\u064b-\u065f\u0670]+|[^\w\s]")
OPEN_QUOTES = frozenset("\u201c\u00ab\"\u2018(\u201e[")
CLOSE_QUOTES = {"\u201c": "\u201d", "\u00ab": "\u00bb", '"': '"', "\u2018": "\u2019", "(": ")", "\u201e": "\u201d", "[": "]"}
BREAKS = frozenset("،,.؛;:؟?!")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")

# Pieces of compound names that need the next word (دير الزور، عبد الله، أبو بكر).
_COMPOUND_FIRST = frozenset(normalize(w) for w in (
    "دير", "عين", "راس", "رأس", "تل", "بني", "بيت", "كفر", "جسر", "خان", "بئر", "سيدي", "وادي",
    "مرج", "شرم", "عبد", "ابو", "أبو", "ام", "أم", "بن", "ابن", "بنت", "آل", "ال", "ذي", "ذو", "سان", "نيو",
))
_NASAB = frozenset(normalize(w) for w in ("بن", "ابن", "بنت", "ولد"))
_NAME_SECOND = frozenset(normalize(w) for w in ("الله", "الدين", "الرحمن", "الرحيم", "العزيز", "الكريم", "الملك", "الحق"))
_ORDINALS = frozenset(normalize(w) for w in ("الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي عشر"))
_NAME_ADJECTIVES = frozenset(normalize(w) for w in ("العليا", "الأعلى", "العام", "العامة", "الكبرى", "الأحمر", "الحر", "المتحدة", "المتحد", "الموحد", "الموحدة", "الجديد", "الجديدة", "الأول"))
_KUNYA = frozenset(normalize(w) for w in ("ابو", "أبو", "أبي", "ابي", "أبا", "ام", "أم"))
_ALIAS_INTRO = frozenset(normalize(w) for w in ("الملقب", "الملقبة", "الملقّب", "المكنى", "المكني", "المعروف", "المعروفة", "الشهير", "الشهيرة", "المدعو", "المدعوة"))
_ALIAS_PREP = frozenset(normalize(w) for w in ("بـ", "ب", "باسم", "بلقب", "بكنية", "بإسم"))
# Words between a role and the name (المتحدث باسم الحكومة).
_ROLE_SKIP = frozenset(normalize(w) for w in ("باسم", "بإسم", "عام", "العام"))
# Ordinary words that often follow a title and are not names.
_NOT_NAME = frozenset(normalize(w) for w in (
    "السابق", "السابقة", "الحالي", "الحالية", "الجديد", "الجديدة", "العام", "العامة", "الأول", "الاول",
    "الأعلى", "التنفيذي", "المساعد", "الفخري", "المنتخب", "المكلف", "المؤقت", "الأسبق",
))


# Adjectives that make one place with the place name before them (جاوا الغربية، بحيرة تشاد الكبرى).
_PLACE_ADJECTIVES = frozenset(normalize(w) for w in (
    "الشمالية", "الجنوبية", "الشرقية", "الغربية", "الشمالي", "الجنوبي", "الشرقي", "الغربي",
    "الكبرى", "الصغرى", "الوسطى", "العليا", "السفلى", "اللاتينية",
))

# Words after which a lone unknown word is usually a person, the subject of what follows.
_SUBJECT_CUES = frozenset(normalize(w) for w in ("أن", "إن", "ان", "كان", "وكان", "ولكن", "لكن", "مع"))

# Pronoun endings of Arabic words (تجربتك، فاعليتنا، لمخططاتها): not in transliterated names.
_PRONOUN_ENDINGS = ("هم", "ها", "تنا", "ننا", "كم", "هما", "هن", "تك", "ته")

# Endings of inflected words (a pronoun, a plural) that are no one's name in a list.
_COORD_NOT_NAME_ENDINGS = ("هم", "ها", "نا", "كم", "هما", "هن", "ات", "تي")


# Nouns of office that follow a name in apposition and end it (حمد بن عيسى ملك البحرين).
_TITLE_NOUNS = frozenset(normalize(w) for w in (
    "ملك", "عاهل", "مساعد", "مستشار", "مدرب", "لاعب", "حارس", "مهاجم", "مدافع", "رئيس", "نائب",
    "وزير", "سفير", "مندوب", "مدير", "أمين", "قائد", "زعيم", "مؤسس", "عضو", "مراسل", "محرر", "مؤلف",
))

# Heads that with one ordinary definite noun after them (and nothing more) usually make an
# ordinary phrase, not a name: حركة الطائرات، تنظيم المعرض، لجنة الكرة، مجلس الإدارة، هيئة الدفاع.
_GENERIC_ORG_HEADS = frozenset(normalize(w) for w in (
    "حركة", "تنظيم", "لجنة", "هيئة", "مجلس", "مركز", "فريق", "مجموعة", "رابطة", "مكتب", "بلدية",
    "شركة",
))

# Definite heads that one adjective does not make a name of (الحركة الوطنية، المؤسسة الأمنية).
_VAGUE_DEFINITE_HEADS = frozenset(normalize(w) for w in ("حركة", "جبهة", "مؤسسة", "منظمة"))

# Heads of companies, clubs and media that a transliterated brand name follows without taking
# them into the name (شركة موتورولا، نادي تشلسي، صحيفة لوموند).
_BRAND_HEADS = frozenset(normalize(w) for w in (
    "شركة", "نادي", "صحيفة", "جريدة", "مجلة", "تلفزيون", "شبكة", "قناة", "فريق", "مجموعة",
))

# Definite heads that a nationality adjective turns into one body's name (المنتخب البحريني).
_NATIONAL_HEADS = frozenset(normalize(w) for w in ("المنتخب", "الإذاعة", "التلفزيون", "البرلمان"))

# Place heads too generic to name a place with any definite word after them (منطقة الحدود).
_GENERIC_PLACE_HEADS = frozenset(normalize(w) for w in ("منطقة", "ناحية", "العاصمة", "عاصمة", "مطار", "ميناء", "معبر", "صحراء", "سهل"))

# First words of transliterated place names (New ..., San ..., Los ...).
_NEW_PLACE = frozenset(normalize(w) for w in ("نيو", "سان", "سانت", "لوس", "لاس", "بورت", "فورت"))

# Pronoun suffixes (وضعها، بيته): stripped, with a clitic, to tell an inflected word from a name.
_PRONOUNS = ("ها", "هم", "هما", "هن", "ه", "كم", "نا", "ي", "ك")

F_ORG, F_PLACE, F_ROLE, F_FIRST, F_KUNYA = 1, 2, 4, 8, 16

# A first name alone (no surname, no title) is a person only when it is this common a name ...
LONE_FIRST_NAME_MAX_RANK = 200
# ... and when it is rarer than this as an ordinary word (farahidi stem counts).
LONE_FIRST_NAME_MAX_FREQ = 100
# A word whose affix-stripped stem the corpus counts this often is an inflected ordinary word.
UNKNOWN_MAX_STEM_FREQ = 20
# A second word listed this high among first or family names makes a name with a first name.
SECOND_NAME_MAX_RANK = 1000
# Rank given to the analyst's foreign given names (entity_given_names.csv): as strong as the most
# common names of names-dataset, so that an ordinary-word reading (جون) does not stop them.
FOREIGN_GIVEN_NAME_RANK = 100
# A town smaller than this whose name is also an ordinary word (إطار، الطرف) is not taken alone.
COMMON_WORD_TOWN_MAX_POPULATION = 100_000


@dataclass
class Span:
    """A mention over tokens ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    type: str
    canonical: str
    source: str
    clitic: int = 0  # letters stripped from the start of the first token (و، ل، بـ ...)
    alias_of: int | None = None  # index (in the sentence's span list) of the span this one renames
    sticky: bool = True  # may be propagated through the document


@dataclass
class _Tok:
    norm: str
    cands: tuple[tuple[int, str], ...]  # (clitic letters, normalised stem), unstripped first
    punct: bool
    arabic: bool


@lru_cache(maxsize=300_000)
def tok_info(raw: str) -> _Tok:
    norm = normalize(raw)
    if not norm or not any(ch.isalpha() for ch in norm):
        return _Tok(norm, ((0, norm),), not norm.isdigit() if norm else True, False)
    cands = [(0, norm)]
    firsts = [(0, norm)]
    if len(norm) >= 4 and norm[0] in "وف":
        firsts.append((1, norm[1:]))
        cands.append((1, norm[1:]))
    for k, s in firsts:
        if len(s) >= 5 and s.startswith("لل"):
            cands.append((k + 1, "ال" + s[2:]))
        elif len(s) >= 4 and s[0] in "بلك":
            cands.append((k + 1, s[1:]))
    arabic = any("\u0621" <= ch <= "\u064a" for ch in norm)
    return _Tok(norm, tuple(cands), False, arabic)


def raw_prefix_chars(raw: str, letters: int) -> int:
    """Characters of ``raw`` covering its first ``letters`` letters (marks and tatweel included)."""
    if letters <= 0:
        return 0
    seen = 0
    for pos, ch in enumerate(raw):
        if _MARKS.match(ch):
            continue
        seen += 1
        if seen == letters:
            end = pos + 1
            while end < len(raw) and _MARKS.match(raw[end]):
                end += 1
            return end
    return len(raw)


def tokenize_with_offsets(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


class RulesTagger:
    """Rule-based named-entity tagger over token lists (see the module docstring)."""

    def __init__(self, resources: Resources | None = None, lexicon: EntityLexicon | None = None):
        self.res = resources or load_resources()
        self.lex = lexicon or load_lexicon()
        if self.lex.given_names:  # foreign given names (جون، خوان) join the names-dataset list
            extra = {g: FOREIGN_GIVEN_NAME_RANK for g in self.lex.given_names
                     if self.res.first_names.get(g, 10**9) > FOREIGN_GIVEN_NAME_RANK}
            self.res = replace(self.res, first_names={**self.res.first_names, **extra})
        self.stop = stopwords()
        self._build_index()
        self._common_cache: dict[str, int] = {}
        self._unknown_cache: dict[str, bool] = {}
        self._foreign_cache: dict[str, bool] = {}
        self._flag_cache: dict[str, int] = {}
        self._demonym_cache: dict[str, bool] = {}

    # --- indexes ---------------------------------------------------------------------------
    def _build_index(self) -> None:
        index: dict[str, list[tuple[tuple[str, ...], LexEntry]]] = {}
        known: dict[str, LexEntry] = {}
        for key, (name, _pop, _kind) in self.res.places.items():
            known[key] = LexEntry("LOC", name, "gazetteer")
        for key, entry in self.lex.phrases.items():
            known[key] = entry  # the project lexicon wins over the gazetteer
        for key, entry in known.items():
            words = tuple(key.split())
            if not words or words[0] in self.lex.blocklist:
                continue
            index.setdefault(words[0], []).append((words[1:], entry))
        for entries in index.values():
            entries.sort(key=lambda item: -len(item[0]))
        self.index = index

    # --- word classes ----------------------------------------------------------------------
    def is_stop(self, s: str) -> bool:
        return len(s) < 2 or s in self.stop

    def freq(self, s: str) -> int:
        hit = self._common_cache.get(s)
        if hit is None:
            hit = self._common_cache[s] = word_freq(s, self.res.stem_freq)
        return hit

    def is_common(self, s: str) -> bool:
        """A common (non-name) word: a frequent farahidi stem after light affix stripping."""
        return s in self.stop or self.freq(s) >= COMMON_STEM_MIN_FREQ

    def is_common_word(self, s: str) -> bool:
        """A common word as it stands (no affix stripping): after a clitic has been stripped,
        stripping affixes again turns foreign names into ordinary stems (بولتون -> ب + ولت + ون)."""
        return s in self.stop or word_freq(s, self.res.stem_freq, affixes=False) >= COMMON_STEM_MIN_FREQ

    def is_unknown(self, s: str) -> bool:
        """A word the vocabulary does not know (a signal for foreign names): the word itself
        is (almost) never seen and its affix-stripped stems are rare."""
        hit = self._unknown_cache.get(s)
        if hit is None:
            hit = self._unknown_cache[s] = self._unknown(s, strict=True)
        return hit

    def is_foreign(self, s: str) -> bool:
        """Like :meth:`is_unknown`, but after a stripped clitic only the stem as it stands counts:
        light affix stripping on top of it turns foreign names into words (فيرجسون -> ف + يرجس + ون,
        بولتون -> ب + ولت + ون). Used where the context already announces a name."""
        hit = self._foreign_cache.get(s)
        if hit is None:
            hit = self._foreign_cache[s] = self._unknown(s, strict=False)
        return hit

    def _unknown(self, s: str, *, strict: bool) -> bool:
        sf = self.res.stem_freq
        for k, stem in tok_info(s).cands:  # also without an attached و ب ل ك ف
            bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
            if sf.get(stem, 0) >= 5 or sf.get(bare, 0) >= 5:
                return False
            if self.is_common(stem) if (k == 0 or strict) else self.is_common_word(stem):
                return False
            if k and not strict and any(
                    stem.endswith(suf) and len(stem) - len(suf) >= 3 and self.is_common_word(stem[: -len(suf)])
                    for suf in _PRONOUNS):
                return False  # بوضعها: ب + وضع + ها, a pronoun on an ordinary word
            if (k == 0 or strict) and self.freq(stem) >= UNKNOWN_MAX_STEM_FREQ:
                return False  # زميله، استفزازات: an inflected form of a word the corpus knows
        return True

    def _clitic_word(self, tok: _Tok) -> bool:
        """A preposition or conjunction attached to an ordinary word (لرئيس، بمنطقة، للتأمين)."""
        if tok.norm in self.res.first_names or tok.norm in self.res.last_names:
            return False
        if len(tok.cands) > 1 and self.is_foreign(tok.norm):
            return False  # بالاك: no reading of it is a word, so no preposition either
        if tok.norm in self.res.propers and self.freq(tok.norm) < VERY_COMMON_FREQ:
            return False  # كوفي: a proper noun as a whole, not ك + وفي
        for k, st in tok.cands[1:]:
            if st.startswith("ال") or self.is_common(st) or st in self.lex.roles \
                    or st in self.lex.place_heads or st in self.lex.org_heads:
                return True
        return False

    def starts_name(self, info, j, owner) -> bool:
        """Token j can start a person's name right after a trigger."""
        if j >= len(info) or owner[j] is not None or info[j].punct:
            return False
        s = info[j].norm
        if self.is_stop(s) or s in self.lex.blocklist or s in self.lex.roles or self.is_demonym(s):
            return False
        if self._clitic_word(info[j]):
            return False
        if s in self.res.first_names and (self.freq(s) < VERY_COMMON_FREQ or self.name_rank(s) <= TOP_NAME_RANK):
            return True
        if self.name_like(s):
            return True
        if self.freq(s) < VERY_COMMON_FREQ and j + 1 < len(info) and owner[j + 1] is None \
                and not info[j + 1].punct:
            t2 = info[j + 1].norm
            return t2[0] != "و" and t2 not in self.res.places and (self.is_unknown(t2) or self.strong_name(t2))
        return False

    def _title_name(self, info, j, owner) -> bool:
        """After a title and its modifiers, a word can start a name on weaker evidence: the
        morphology marks it as a proper noun (إيهود، كوفي), or the vocabulary does not know it."""
        tok = info[j]
        s = tok.norm
        if tok.punct or not tok.arabic or self.is_stop(s) or s in self.lex.blocklist or self.is_demonym(s) \
                or s in self.lex.org_heads or s in self.lex.place_heads or s.startswith("ال"):
            return False
        if self._clitic_word(tok):
            return False
        return s in self.res.propers or self.is_foreign(s)

    def strong_name(self, s: str) -> bool:
        """A word that is a name in the names lists and not a frequent ordinary word."""
        if s.startswith("ال"):
            # a definite surname: a frequent family name (الشهري) or a word that is not ordinary
            return (self.name_rank(s) <= 300 or not self.is_common(s)) and not self.is_demonym(s)
        rank = self.name_rank(s)
        if s in self.res.first_names or rank <= 2000:
            return rank <= TOP_NAME_RANK or self.freq(s) < VERY_COMMON_FREQ
        return self.is_unknown(s) and len(s) >= 3

    def is_demonym(self, s: str) -> bool:
        """A definite or indefinite nationality adjective (الإيرانية، سوري)."""
        hit = self._demonym_cache.get(s)
        if hit is None:
            hit = self._demonym_cache[s] = self._is_demonym(s)
        return hit

    def _is_demonym(self, s: str) -> bool:
        bare = s[2:] if s.startswith("ال") and len(s) > 4 else s
        if bare in self.res.nisba or s in self.res.nisba:
            return True
        for suf in ("يه", "يين", "يون", "ين", "ي"):
            if bare.endswith(suf) and len(bare) - len(suf) >= 2:
                base = bare[: -len(suf)]
                for cand in (base, base + "ا", "ال" + base, base + "يا", base[:-1] if base.endswith("ا") else None):
                    if cand:
                        place = self.res.places.get(cand)
                        if place and place[2] in ("country", "region", "continent"):
                            return True
                return False
        return False

    def name_like(self, s: str) -> bool:
        """Could be part of a name: not a stopword, not a common word (names lists win)."""
        if self.is_stop(s) or s in self.lex.blocklist or not any("\u0621" <= c <= "\u064a" for c in s):
            return False
        rank = self.name_rank(s)
        if rank <= 1000:
            return rank <= TOP_NAME_RANK or self.freq(s) < VERY_COMMON_FREQ
        return not self.is_common(s)

    def name_rank(self, s: str) -> int:
        """Best rank of a word in the first- and last-name lists (10**9 when absent)."""
        return min(self.res.first_names.get(s, 10**9), self.res.last_names.get(s, 10**9))

    def flags(self, info: _Tok) -> int:
        """Which passes a token can trigger (cached per word): saves calls on ordinary words."""
        hit = self._flag_cache.get(info.norm)
        if hit is not None:
            return hit
        f = 0
        for _k, st in info.cands:
            if st in self.lex.org_heads or (st.startswith("ال") and st[2:] in self.lex.org_heads):
                f |= F_ORG
            if st in self.lex.place_heads:
                f |= F_PLACE
            if st in self.lex.roles:
                f |= F_ROLE
            if st in self.res.first_names:
                f |= F_FIRST
        s = info.norm
        if s in _KUNYA or s.startswith(("ابو", "ابي", "ام")):
            f |= F_KUNYA
        self._flag_cache[info.norm] = f
        return f

    # --- tagging ---------------------------------------------------------------------------
    def tag(self, tokens: list[str]) -> list[Span]:
        """Spans of one sentence (no document context)."""
        return self.tag_document([tokens])[0]

    def tag_document(self, sentences: list[list[str]]) -> list[list[Span]]:
        """Spans of each sentence of one document, with document-level propagation."""
        infos = [[tok_info(t) for t in toks] for toks in sentences]
        out: list[list[Span]] = []
        owners: list[list[int | None]] = []
        for toks, info in zip(sentences, infos):
            spans, owner = self._tag_sentence(toks, info)
            out.append(spans)
            owners.append(owner)
        self._propagate(sentences, infos, out, owners)
        for spans in out:
            targets = [spans[sp.alias_of] if sp.alias_of is not None else None for sp in spans]
            order = sorted(range(len(spans)), key=lambda x: spans[x].start)
            position = {id(spans[x]): new for new, x in enumerate(order)}
            sorted_spans = [spans[x] for x in order]
            for x in order:
                target = targets[x]
                spans[x].alias_of = position[id(target)] if target is not None else None
            spans[:] = sorted_spans
        return out

    # The sentence passes -----------------------------------------------------------------
    def _tag_sentence(self, toks: list[str], info: list[_Tok]) -> tuple[list[Span], list[int | None]]:
        n = len(toks)
        owner: list[int | None] = [None] * n
        spans: list[Span] = []

        def add(span: Span) -> int:
            idx = len(spans)
            spans.append(span)
            for k in range(span.start, span.end):
                owner[k] = idx
            return idx

        def free(a: int, b: int) -> bool:
            return 0 <= a and b <= n and all(owner[k] is None for k in range(a, b))

        # 1. project lexicon
        i = 0
        while i < n:
            m = self._match(info, i, owner, sources=("lexicon", "alias", "place"))
            if m:
                # a longer gazetteer name wins (الإمارات العربية المتحدة over الإمارات)
                g = self._match(info, i, owner, sources=("gazetteer",))
                if g and g[0] > m[0] and g[0] - i > 1:
                    m = g
            if m:
                end, entry, k = m
                add(Span(i, end, entry.type, entry.canonical, entry.source, k))
                i = end
            else:
                i += 1
        # 2. news-agency bylines "( أ ف ب )", organisation tails and heads
        self._byline(toks, info, owner, add)
        for i in range(1, n):
            if owner[i] is None and info[i].norm in self.lex.org_tails and owner[i - 1] is None:
                s = info[i - 1].cands[0][1]
                if info[i - 1].arabic and not self.is_stop(s) and not self.is_common(s):
                    name = display_form(toks[i - 1]) + " " + display_form(toks[i])
                    add(Span(i - 1, i + 1, "ORG", name, "org_tail"))
        self._spelled_acronyms(toks, info, owner, add)
        fl = [self.flags(x) for x in info]
        for i in range(n):
            if fl[i] & F_ORG and owner[i] is None:
                self._org_head(toks, info, i, owner, spans, add)
        # 3. place heads
        for i in range(n - 1):
            if fl[i] & F_PLACE and owner[i] is None:
                self._place_head(toks, info, i, owner, spans, add)
        # 4. roles and titles
        for i in range(n - 1):
            if fl[i] & F_ROLE and owner[i] is None:
                self._role(toks, info, i, owner, spans, add)
        # 4b. a sentence that opens with a name and a reporting verb: "فؤاد السنيورة قال ..."
        for v in range(1, min(n, 4)):
            if self.lex.roles.get(info[v].norm) == "verb" and all(
                    owner[x] is None and not info[x].punct for x in range(v)):
                if self.starts_name(info, 0, owner) and self._name_run(info, 0, owner, first_ok=True) == v \
                        and not self._match(info, 0, owner, sources=("gazetteer", "lexicon", "alias", "place")):
                    add(Span(0, v, "PERS", " ".join(display_form(t) for t in toks[:v]), "verb"))
                break
        # 4c. apposition: a name, a comma and a role or title ("سالم الهاجري ، المتحدث باسم ...")
        for c in range(2, n - 1):
            if info[c].norm in ("،", ",") and owner[c + 1] is None \
                    and self.lex.roles.get(info[c + 1].norm) in ("title", "role"):
                self._apposition(toks, info, c, owner, add)
        # 5. alias introducers and kunya
        for i in range(n - 1):
            if owner[i] is None and info[i].norm in _ALIAS_INTRO:
                self._alias(toks, info, i, owner, spans, add)
        for i in range(n):
            if fl[i] & F_KUNYA and owner[i] is None:
                self._kunya(toks, info, i, owner, add)
        # 6. first names
        for i in range(n):
            if fl[i] & F_FIRST and owner[i] is None:
                self._first_name(toks, info, i, owner, add)
        # 6b. two or more words unknown to the vocabulary in a row: a foreign person's name
        i = 0
        while i < n:
            e = i
            while e < n and e - i < 4 and owner[e] is None and info[e].arabic and not info[e].punct \
                    and len(info[e].norm) >= 3 and info[e].norm.isalpha() and not info[e].norm.startswith("ال") \
                    and (e == i or info[e].norm[0] != "و") and not info[e].norm.startswith("لل") \
                    and self.is_unknown(info[e].norm) and not self._clitic_word(info[e]) \
                    and not info[e].norm.endswith(_PRONOUN_ENDINGS) and not self._verb_like(info[e].norm) \
                    and not self._match(info, e, owner, sources=("gazetteer",)):
                e += 1
            if e - i >= 2:
                typ = "LOC" if info[i].norm in _NEW_PLACE else "PERS"  # نيو أورليانز: a place
                add(Span(i, e, typ, " ".join(display_form(t) for t in toks[i:e]), "unknown_run"))
                i = e
            else:
                i += 1
        # 6c. a lone given name that is not also an ordinary word (نزار، ميساء، فوزية)
        for i in range(n):
            if fl[i] & F_FIRST and owner[i] is None:
                self._lone_first_name(toks, info, i, owner, add)
        # 6d. a person joined by و to a person found (بوش وبلير، شافيز ولوكاشنكو)
        self._coordinated(toks, info, owner, spans, add)
        # 6e. a word no dictionary knows as the subject after أن / كان / مع (أن أولمرت أبلغ)
        for i in range(1, n):
            if owner[i] is None and info[i - 1].norm in _SUBJECT_CUES and owner[i - 1] is None \
                    and len(info[i].norm) >= 4 and info[i].norm[0] != "و" and not info[i].norm.endswith("ه") \
                    and not self._verb_like(info[i].norm) and self._coord_word(info[i], 0) \
                    and not self._match(info, i, owner, sources=("gazetteer",)):
                add(Span(i, i + 1, "PERS", display_form(toks[i]), "subject"))
        # 7. gazetteer places
        i = 0
        while i < n:
            if owner[i] is None and not info[i].punct:
                m = self._match(info, i, owner, sources=("gazetteer",))
                if m:
                    end, entry, k = m
                    if end - i > 1 or self._place_ok(info, i, k):
                        add(Span(i, end, "LOC", entry.canonical, "gazetteer", k))
                        i = end
                        continue
            i += 1
        # 7a. a place and a compass or size adjective are one place (جاوا الغربية، أوروبا الشرقية)
        for idx, sp in enumerate(spans):
            if sp.type == "LOC" and sp.end < n and owner[sp.end] is None and info[sp.end].norm in _PLACE_ADJECTIVES:
                owner[sp.end] = idx
                sp.canonical = sp.canonical + " " + display_form(toks[sp.end])
                sp.end += 1
        # 7b. a place name alone in quotation marks is an outlet named after it (« الشرق الأوسط »)
        for sp in spans:
            if sp.type == "LOC" and sp.start > 0 and sp.end < n and sp.clitic == 0 \
                    and info[sp.start - 1].norm in OPEN_QUOTES and info[sp.start - 1].norm != "(" \
                    and info[sp.end].norm == CLOSE_QUOTES.get(info[sp.start - 1].norm, info[sp.start - 1].norm) \
                    and not (sp.start > 1 and fl[sp.start - 2] & F_PLACE):  # مدينة " برلين " is the city
                sp.type, sp.source = "ORG", "quoted_place"
        # MISC: nationality adjectives (not scored in the PERS/ORG/LOC micro average)
        for i in range(n):
            if owner[i] is None and info[i].arabic:
                s = info[i].cands[0][1]
                if len(s) > 4 and self.is_demonym(s):
                    add(Span(i, i + 1, "MISC", display_form(toks[i]), "demonym", sticky=False))
        return spans, owner

    def _match(self, info, i, owner, *, sources) -> tuple[int, LexEntry, int] | None:
        n = len(info)
        best = None
        for k, s in info[i].cands:
            entries = self.index.get(s)
            if not entries:
                continue
            for rest, entry in entries:
                if entry.source not in sources:
                    continue
                end = i + 1 + len(rest)
                if end > n or any(owner[j] is not None for j in range(i, end)):
                    continue
                if all(info[i + 1 + j].norm == w for j, w in enumerate(rest)):
                    if best is None or end > best[0]:
                        best = (end, entry, k)
                    break
            if best is not None and k == 0:
                break
        return best

    def _place_ok(self, info, i, k) -> bool:
        """A single-word gazetteer hit: not a first name, not a common word."""
        s = info[i].cands[0][1] if k == 0 else dict(info[i].cands)[k]
        if s in self.lex.blocklist:
            return False
        # Stripping a clitic must leave a name that is not itself an ordinary word, and a
        # well-known place (بلاتر is a person, not ب + a small town)
        if k:
            if self.is_common(info[i].norm):
                return False
            place = self.res.places.get(s)
            if place is not None and place[2] == "city" and place[1] < 1_000_000:
                return False
        place = self.res.places.get(s)
        if place is not None and place[2] == "city" and place[1] < COMMON_WORD_TOWN_MAX_POPULATION and self.is_common(s):
            return False  # في إطار، الطرف، الحزم: an ordinary word before a small town's name
        return True

    def _quoted(self, info, j, owner, max_len=6) -> tuple[int, int] | None:
        """Inner token range of a quotation starting at token j."""
        if j >= len(info) or info[j].norm not in OPEN_QUOTES:
            return None
        close = CLOSE_QUOTES.get(info[j].norm, info[j].norm)
        for e in range(j + 1, min(len(info), j + 2 + max_len)):
            if info[e].norm in (close, "\u201d", "\u00bb", '"'):
                if e > j + 1 and all(owner[x] is None for x in range(j + 1, e)) and \
                        all(not info[x].punct for x in range(j + 1, e)):
                    return j + 1, e
                return None
        return None

    def _name_run(self, info, j, owner, max_len=6, *, first_ok: bool = False) -> int:
        """End of a person's name starting at token j (j itself is taken when it can start one)."""
        n = len(info)
        e = j
        while e < n and e - j < max_len and owner[e] is None and not info[e].punct:
            s = info[e].norm
            if not info[e].arabic:
                break  # رمضان 635: digits and Latin letters end an Arabic name
            if s in _NASAB and e > j and e + 1 < n and owner[e + 1] is None and not info[e + 1].punct:
                s1 = info[e + 1].norm
                if not (s1 in self.res.first_names or s1 in self.res.last_names or s1 in _KUNYA
                        or s1 in _COMPOUND_FIRST or not self.is_common(s1)
                        or (not s1.startswith("ال") and not s1.endswith(_PRONOUNS) and not self.is_stop(s1)
                            and s1 not in self.lex.roles and s1[0] != "و" and len(s1) >= 3
                            and not any(k for k, _ in info[e + 1].cands[1:]))):
                    break  # ابن عمه، بنت أخيه: a kinship phrase, not a nasab (عثمان بن عفان is one)
                e += 2
                continue
            if e > j and info[e - 1].norm in _KUNYA and not self.is_stop(s) and s not in self.lex.roles:
                e += 1  # سعد بن أبي وقاص: the word after a kunya inside a nasab belongs to it
                continue
            if e > j and s[0] == "و" and len(s) > 3 and (s[1:] in self.res.first_names or s[1:] in _KUNYA):
                break  # وأسامة حسن ويوسف حمدي: a coordinated second person
            if s in _COMPOUND_FIRST and (e > j or s != "ال") and e + 1 < n and not info[e + 1].punct \
                    and owner[e + 1] is None and not self.is_stop(info[e + 1].norm):
                e += 2
                continue
            if e > j and (s in _NAME_SECOND or s in _ORDINALS):
                e += 1
                continue
            if s in _NOT_NAME or s in self.lex.roles or self.is_stop(s) or s in self.lex.blocklist:
                break
            if e > j and (self.is_demonym(s) or s in self.lex.org_heads or s in self.lex.place_heads):
                if e == j + 1 and self.is_demonym(s) and s.startswith("ال") and s.endswith("ي") \
                        and info[j].norm in self.res.first_names:
                    e += 1  # حمزة المصري: a given name and a nisba family name
                break
            if e > j and s.startswith("لل"):
                break
            if e > j and self._ends_name(s, e - j):
                break  # كوفي أنان لحل، صالح زكريا مستشارا، أغاسي المصنف: the name is over
            if e > j and s[0] in "وبلفك" and len(s) > 3 and s not in self.res.first_names \
                    and s not in self.res.last_names \
                    and not (s[0] != "و" and s in self.res.propers and self.freq(s) < COMMON_STEM_MIN_FREQ):
                rest = s[1:]
                if s[0] == "و" or rest in self.res.first_names or rest in self.res.places \
                        or ((rest.startswith("ال") or self.is_common(rest)) and not self.is_foreign(s)):
                    break  # بمقر، لمحطة: a preposition and a word; not بولتون
            if e == j:
                if not (first_ok or self.name_like(s)):
                    break
            elif s.startswith("ال"):
                # definite surnames: listed, rare in the vocabulary, or a nisba (الأنصاري)
                if not (s in self.res.last_names
                        or not self.is_common(s)
                        or (s.endswith("ي") and self.freq(s) < VERY_COMMON_FREQ)):
                    break
            elif not (s in self.res.first_names or s in self.res.last_names or not self.is_common(s)):
                break
            e += 1
        return min(e, n)

    def _coord_word(self, tok: _Tok, k: int) -> bool:
        """A word (after ``k`` clitic letters) that can be a person's name next to another
        person's: a given name that is not an ordinary word, or a word no dictionary knows."""
        s = tok.norm[k:]
        if len(s) < 3 or s.startswith("ال") or not tok.arabic or tok.punct or not s.isalpha():
            return False
        if self.is_stop(s) or s in self.lex.blocklist or s in self.lex.roles or self.is_demonym(s) \
                or s in self.lex.org_heads or s in self.lex.place_heads or s in self.res.places \
                or s in _TITLE_NOUNS or s in _KUNYA or s in _NASAB:
            return False
        if s in self.res.first_names:
            return self.freq(s) < COMMON_STEM_MIN_FREQ or self.name_rank(s) <= TOP_NAME_RANK
        if s.endswith(_COORD_NOT_NAME_ENDINGS) or s in self.res.last_names and self.is_common(s):
            return False  # شجاعتهم، ومصداقيتنا، وإساءات: a pronoun or a plural on a word
        return self.is_foreign(tok.norm) if k else self.is_unknown(s)

    def _coordinated(self, toks, info, owner, spans, add) -> None:
        """Names in a list: a name right after "و" that follows a person (X وY), or a name right
        before a person that starts with "و" (Y وX), is a person too."""
        n = len(info)
        idx = 0
        while idx < len(spans):
            sp = spans[idx]
            idx += 1
            if sp.type != "PERS":
                continue
            e = sp.end
            if e < n and owner[e] is None and info[e].norm[:1] == "و" and len(info[e].norm) >= 4 \
                    and self._coord_word(info[e], 1) \
                    and not self._match(info, e, owner, sources=("gazetteer", "lexicon", "alias", "place")):
                if info[e].norm[1:] in _COMPOUND_FIRST and e + 1 < n and owner[e + 1] is None \
                        and not info[e + 1].punct:
                    end = max(e + 2, self._name_run(info, e + 2, owner, max_len=2))  # وعبد الواحد
                else:
                    end = max(e + 1, self._name_run(info, e, owner, max_len=3, first_ok=True))
                name = " ".join([display_form(toks[e])[1:]] + [display_form(t) for t in toks[e + 1:end]])
                add(Span(e, end, "PERS", name, "coordination", 1))
            b = sp.start - 1
            if sp.clitic == 1 and info[sp.start].norm[:1] == "و" and b >= 0 and owner[b] is None \
                    and self._coord_word(info[b], 0) and (b == 0 or info[b - 1].punct or owner[b - 1] is not None
                                                          or not (self._coord_word(info[b - 1], 0)
                                                                  or info[b - 1].norm[:1] == "و"
                                                                  or info[b - 1].norm in self.res.first_names)) \
                    and not self._match(info, b, owner, sources=("gazetteer", "lexicon", "alias", "place")):
                add(Span(b, b + 1, "PERS", display_form(toks[b]), "coordination"))

    def _is_country(self, s: str) -> bool:
        place = self.res.places.get(s)
        return place is not None and place[2] in ("country", "region")

    def _title_surname(self, info, e, owner) -> bool:
        """Token e can be the family name after a title and a given name."""
        if e >= len(info) or owner[e] is not None or info[e].punct or not info[e].arabic:
            return False
        s = info[e].norm
        if len(s) < 2 or self.is_stop(s) or s in self.lex.roles or s in _NOT_NAME or s in _TITLE_NOUNS \
                or s in self.lex.blocklist or s in self.lex.org_heads or s in self.lex.place_heads \
                or self.is_demonym(s) or s in self.res.places or s[0] == "و" or self._clitic_word(info[e]) \
                or self._verb_like(s) or s.endswith(_PRONOUN_ENDINGS) or s in _ORDINALS \
                or (s.endswith("ه") and len(s) >= 4 and self.is_common(s[:-1])) \
                or (s[:2] in ("سي", "ست", "سن") and len(s) >= 5 and self.is_common("ا" + s[2:])):
            return False  # حديثه: a noun and a pronoun; سيقرر: a verb
        if s.startswith("ال"):
            return not self._adjective_only(s) and s not in _NAME_ADJECTIVES
        return True

    def _verb_like(self, s: str) -> bool:
        """An imperfect verb (ننتصر، تستأثر، يستأثير): a present-tense prefix on an ordinary
        stem, or the derived-form prefix است."""
        if s.startswith("ال"):
            return False
        if s.startswith(("يست", "تست", "نست")):
            return True
        return s[0] in "يتنا" and len(s) >= 4 and (self.is_common(s[1:]) or self.is_common("ا" + s[1:]))

    def _ends_name(self, s: str, words: int) -> bool:
        """A word after a name that is not part of it, though the vocabulary may not know it: a
        title noun (ملك البحرين، مساعد وزيرة), an accusative (مستشارا), a plural past verb (اندسوا),
        a definite participle (المصنف، المتوفى), a preposition on a short word (لحل، بحق)."""
        if s in self.res.first_names and self.freq(s) < VERY_COMMON_FREQ:
            return False
        if s in _TITLE_NOUNS:
            return True
        if len(s) >= 5 and s.endswith("ا") and not s.endswith(("اا", "يا", "وا")) and not s.startswith("ال") \
                and self.is_common(s[:-1]) and s not in self.res.last_names:
            return True
        if len(s) >= 5 and s.endswith("وا") and not s.startswith("ال") and self.name_rank(s) > 10**8 \
                and (self.is_common(s[:-2]) or self.is_common(s[:-1]) or s[0] in "ايتن"):
            return True
        if words >= 2 and s.startswith("الم") and len(s) >= 6 and not s.endswith("ي") \
                and self.name_rank(s) > 300 and self.is_common(s):
            return True
        if len(s) == 3 and s[0] in "لب" and s[1:] in self.stop:
            return True
        return False

    def _org_head(self, toks, info, i, owner, spans, add) -> None:
        n = len(info)
        for k, s in info[i].cands:
            if s in self.lex.org_heads:
                break
        else:
            self._definite_org(toks, info, i, owner, add)
            return
        in_name, demonym = self.lex.org_heads[s]
        j = i + 1
        if j >= n:
            return
        if j < n and info[j].norm in ("ل", "لـ"):
            return
        if owner[j] is not None:
            sp = spans[owner[j]]
            if sp.start == j and sp.type == "ORG":
                sp.start, sp.clitic = i, k  # تنظيم داعش: the head joins the mention, same canonical
            elif sp.start == j and sp.type == "LOC" and in_name and not demonym:
                end = sp.end
                while end < n and owner[end] is None and self._definite_modifier(info[end].norm):
                    end += 1
                canonical = " ".join(display_form(t) for t in toks[i:end] if display_form(t))
                canonical = _strip_clitic_display(canonical, toks[i], k)
                for x in range(sp.start, sp.end):
                    owner[x] = None
                sp.type = "ORG"
                sp.start, sp.end, sp.canonical, sp.source, sp.clitic = i, end, canonical, "org_head", k
                for x in range(i, end):
                    owner[x] = owner[j] if owner[j] is not None else spans.index(sp)
                idx = spans.index(sp)
                for x in range(i, end):
                    owner[x] = idx
            return
        quoted = self._quoted(info, j, owner)
        if quoted:
            a, b = quoted
            name = " ".join(([display_form(toks[i])] if in_name else []) + [display_form(t) for t in toks[a:b]])
            name = _strip_clitic_display(name, toks[i], k) if in_name else name
            idx = add(Span(a, b, "ORG", name, "org_head"))  # the quoted name; the head is in canonical
            for x in (i, j, b):  # head and quotation marks belong to it too
                owner[x] = idx
            return
        s1 = info[j].norm
        if demonym:
            # agreement: a feminine or plural head takes a feminine adjective (الخارجية الأميركية is
            # the ministry; وزير الخارجية الأميركي is its minister)
            if self.is_demonym(s1) and s1.startswith("ال") and (s1.endswith("يه") or not s.endswith(("ه", "ات"))):
                name = _strip_clitic_display(display_form(toks[i]) + " " + display_form(toks[j]), toks[i], k)
                add(Span(i, j + 1, "ORG", name, "org_head", k))
            return
        if self.is_stop(s1) or info[j].punct or not info[j].arabic or s1 in self.lex.org_heads \
                or s1 in self.lex.roles:
            return
        if in_name and not s1.startswith("ال") and s1 not in self.lex.blocklist:
            place = self.res.places.get(s1)
            if place is not None and place[2] in ("country", "capital"):
                # منتخب فرنسا، جامعة القاهرة: a head and a country or capital name an organisation
                end = j + 1
                while end < n and owner[end] is None and self._definite_modifier(info[end].norm) \
                        and self._adjective(info[end].norm) and not self.is_demonym(info[end].norm):
                    end += 1
                name = _strip_clitic_display(" ".join(display_form(t) for t in toks[i:end]), toks[i], k)
                add(Span(i, end, "ORG", name, "org_head", k))
                return
        if self.is_demonym(s1) or not (s1.startswith("ال") or self.name_like(s1)) or s1 in self.lex.blocklist:
            return
        if len(info[j].cands) > 1 and any(k2 and st.startswith("ال") for k2, st in info[j].cands):
            return  # مؤسسة للسلام: a preposition, not a name
        end = j + 1
        if not s1.startswith("ال") and self.is_foreign(s1):
            # a transliterated name goes on while its words stay unknown (شركة كونكو فيليبس)
            while end < n and end - j < 4 and owner[end] is None and info[end].arabic \
                    and not info[end].punct and not info[end].norm.startswith(("ال", "و")) \
                    and self.is_foreign(info[end].norm):
                end += 1
        # further words: adjectives (الدولي، العليا، الإسلامية) or a second noun of the name; not
        # the nationality after a transliterated name (نادي سيلتك الاسكتلندي: the club is سيلتك)
        foreign = end > j + 1 or (not s1.startswith("ال") and self.is_foreign(s1))
        while end < n and end - j < 3 and owner[end] is None and self._definite_modifier(info[end].norm) \
                and (self._adjective(info[end].norm) or end == j + 1 and not self.is_common(info[end].norm)) \
                and not (foreign and self.is_demonym(info[end].norm)):
            end += 1
        if in_name and s1.startswith("ال") and end == j + 1 and end + 1 <= n and end < n and owner[end] is None \
                and info[end].norm.startswith("وال") and len(info[end].norm) > 5 \
                and not self.is_demonym(info[end].norm[1:]) and info[end].norm[1:] not in self.lex.roles \
                and (end + 1 == n or info[end + 1].punct
                                                                  or not info[end + 1].norm.startswith("ال")):
            end += 1  # معهد البراكين والزلازل، صندوق الإيداع والتدبير: two nouns joined by و
        if end == j + 1 and s in _GENERIC_ORG_HEADS and s1.startswith("ال") and self.is_common(s1) \
                and not self.is_demonym(s1):
            return  # حركة الطائرات، لجنة الكرة، مجلس الإدارة: a head and an ordinary noun
        start = i if in_name else j  # موقع "X": the head is not part of the name
        if foreign and s in _BRAND_HEADS:
            in_name, start = False, j  # شركة موتورولا، نادي سيلتك: the brand is the name
        name = " ".join(display_form(t) for t in toks[start:end])
        name = _strip_clitic_display(name, toks[i], k) if in_name else name
        add(Span(start, end, "ORG", name, "org_head", k if in_name else 0))

    def _spelled_acronyms(self, toks, info, owner, add) -> None:
        """Letters written apart (أ ف ب، د ب أ، سي إن إن is spelled in words instead): an
        organisation's initials, as agencies sign their wires. A run of three or more single
        letters, or two when neither is a letter that stands alone as a word (و، ب، ل، ك، ف)."""
        n = len(info)
        i = 0
        while i < n:
            e = i
            while e < n and owner[e] is None and len(info[e].norm) == 1 and info[e].arabic:
                e += 1
            letters = [info[x].norm for x in range(i, e)]
            if 2 <= len(letters) <= 4 and (len(letters) >= 3 or not any(x in "وبلكف" for x in letters)) \
                    and letters[0] != "و":
                add(Span(i, e, "ORG", " ".join(display_form(t) for t in toks[i:e]), "acronym", sticky=False))
            i = max(e, i + 1)

    def _definite_org(self, toks, info, i, owner, add) -> None:
        """A definite organisation head and its adjectives (المحكمة الجنائية العليا، الحزب
        الديمقراطي): the article makes the head name one known body."""
        n = len(info)
        for k, s in info[i].cands:
            if s.startswith("ال") and s[2:] in self.lex.org_heads and self.lex.org_heads[s[2:]][0]:
                break
        else:
            return
        end = self._org_chain(info, i + 1, owner)
        if end == i + 1 and s in _NATIONAL_HEADS and i + 1 < n and owner[i + 1] is None and info[i + 1].norm.startswith("ال") \
                and self.is_demonym(info[i + 1].norm):
            end = i + 2  # المنتخب البحريني، الجيش اللبناني: a body named by its nationality
            if end < n and owner[end] is None and info[end].norm in _NAME_ADJECTIVES:
                end += 1  # الإذاعة الإسرائيلية العامة
        if end == i + 1:
            return
        first = info[i + 1].norm
        if not s.endswith(("ه", "ات")) and first.endswith("يه") and first not in _NAME_ADJECTIVES:
            return  # قدرات الحزب العسكرية: a feminine adjective does not agree with the head
        if end == i + 2 and s[2:] in _VAGUE_DEFINITE_HEADS and not (i > 0 and info[i - 1].norm in OPEN_QUOTES):
            return  # الحركة الاقتصادية، الجبهة الداخلية: one adjective leaves a vague head vague
        name = _strip_clitic_display(" ".join(display_form(t) for t in toks[i:end]), toks[i], k)
        add(Span(i, end, "ORG", name, "org_definite", k))

    def _org_chain(self, info, j, owner) -> int:
        """End of the modifiers of an organisation's head starting at token j: definite adjectives
        (الجنائية العليا), then a nationality (الفلسطيني), then a complement with لـ and its
        adjectives (للشرطة، لتحرير فلسطين); nothing when no adjective follows the head."""
        n = len(info)
        end = j
        while end < n and end - j < 3 and owner[end] is None and self._definite_modifier(info[end].norm) \
                and self._adjective(info[end].norm) and not self.is_demonym(info[end].norm) \
                and info[end].norm not in _NOT_NAME and info[end].norm not in _ORDINALS:
            end += 1
        if end == j:
            return j
        if end < n and owner[end] is None and self.is_demonym(info[end].norm) and info[end].norm.startswith("ال"):
            end += 1
        if end < n and owner[end] is None and info[end].norm.startswith("لل") and len(info[end].norm) > 4 \
                and not self.is_demonym(info[end].norm):
            end += 1
            while end < n and end - j < 6 and owner[end] is None and self._definite_modifier(info[end].norm) \
                    and self._adjective(info[end].norm) and not self.is_demonym(info[end].norm) \
                    and info[end].norm not in _NOT_NAME:
                end += 1  # المنظمة العالمية للملكية الفكرية
        elif end + 1 < n and owner[end] is None and owner[end + 1] is None and info[end].norm.startswith("ل") \
                and len(info[end].norm) > 3 and not info[end].norm.startswith("لل") \
                and (self._definite_modifier(info[end + 1].norm) or self._is_country(info[end + 1].norm)) \
                and not self.is_demonym(info[end + 1].norm) and self.is_common(info[end].norm[1:]):
            end += 2  # الاتحاد العربي لكرة القدم: لـ + a noun + its genitive
            while end < n and owner[end] is None and self._definite_modifier(info[end].norm) \
                    and self._adjective(info[end].norm) and info[end].norm not in _NOT_NAME:
                end += 1
        return end

    def _byline(self, toks, info, owner, add) -> None:
        """A news agency in brackets near the start of a sentence: "بيروت ( الفرنسية )"."""
        n = len(info)
        # anywhere: "( الفرنسية )" or "( رويترز )", an agency named by its nationality or its name
        for j in range(n - 2):
            if info[j].norm == "(" and info[j + 2].norm == ")" and owner[j + 1] is None:
                s = info[j + 1].norm
                if s.startswith("ال") and s.endswith("يه") and self.is_demonym(s):
                    add(Span(j + 1, j + 2, "ORG", display_form(toks[j + 1]), "byline", sticky=False))
        for j in range(min(n, 4)):
            if info[j].norm != "(" or owner[j] is not None:
                continue
            if j and not (owner[j - 1] is not None or info[j - 1].norm in self.res.places
                          or info[j - 1].norm in OPEN_QUOTES):
                return
            for e in range(j + 2, min(n, j + 5)):
                if info[e].norm == ")":
                    inner = range(j + 1, e)
                    if all(owner[x] is None and not info[x].punct and info[x].arabic for x in inner) \
                            and not any(info[x].norm in self.lex.roles for x in inner):
                        name = " ".join(display_form(toks[x]) for x in inner)
                        add(Span(j + 1, e, "ORG", name, "byline", sticky=False))
                    break
                if info[e].punct and info[e].norm not in (".",):
                    break
            return

    def _adjective_only(self, s: str) -> bool:
        """A definite word that is an adjective here, not a name (الكبرى، القديمة، المجاورة)."""
        return s in _NAME_ADJECTIVES or s.endswith(("يه", "ات")) or (s.startswith("الم") and s.endswith("ه"))

    def _adjective(self, s: str) -> bool:
        """A definite adjective that can end an organisation's name (الدولي، العليا، الإسلامية)."""
        return s.endswith(("ي", "يه", "يين", "يون")) or s in _NAME_ADJECTIVES or self.is_demonym(s)

    def _definite_modifier(self, s: str) -> bool:
        return s.startswith("ال") and len(s) > 3 and not self.is_stop(s) and s not in self.lex.roles

    def _place_head(self, toks, info, i, owner, spans, add) -> None:
        n = len(info)
        for k, s in info[i].cands:
            if s in self.lex.place_heads:
                break
        else:
            return
        in_name = self.lex.place_heads[s]
        j = i + 1
        if j < n and info[j].norm in self.lex.place_heads and j + 1 < n:
            return  # ريف مدينة X: the inner head takes it
        if owner[j] is not None:
            sp = spans[owner[j]]
            if sp.start == j and sp.type == "LOC" and in_name and sp.source == "gazetteer":
                idx = owner[j]
                sp.start, sp.clitic = i, k
                sp.canonical = _strip_clitic_display(display_form(toks[i]), toks[i], k) + " " + sp.canonical
                owner[i] = idx
            return
        m = self._match(info, j, owner, sources=("gazetteer", "place"))
        if m and m[2] == 0:
            end, entry, _ = m
            if in_name:
                name = _strip_clitic_display(display_form(toks[i]), toks[i], k) + " " + entry.canonical
                add(Span(i, end, "LOC", name, "place_head", k))
            else:
                add(Span(j, end, "LOC", entry.canonical, "place_head"))
            return
        quoted = self._quoted(info, j, owner, max_len=4)
        if quoted:
            a, b = quoted
            name = " ".join(display_form(t) for t in toks[a:b])
            add(Span(a, b, "LOC", name, "place_head"))
            return
        s1 = info[j].norm
        if info[j].punct or not info[j].arabic or self.is_stop(s1):
            return
        if s1 in _ORDINALS or s1 in _NOT_NAME or self.is_demonym(s1):
            return  # بلده الثاني، مدينة أميركية: an ordinal or an adjective, not a name
        if s1 in _COMPOUND_FIRST and j + 1 < n and owner[j + 1] is None and not info[j + 1].punct:
            end = j + 2
        elif self.name_like(s1):
            end = j + 1
        elif not in_name and s not in _GENERIC_PLACE_HEADS and s1.startswith("ال") and len(s1) > 4 \
                and not self.is_demonym(s1) and s1 not in self.lex.roles and s1 not in self.lex.org_heads \
                and s1[2:] not in self.lex.org_heads and s1 not in _NOT_NAME and not self._adjective_only(s1):
            end = j + 1  # مدينة الصدر، حي الزيتون: a definite genitive after a named-place head
        elif s not in _GENERIC_PLACE_HEADS and not s1.startswith("ال") and self.is_foreign(s1) and len(s1) >= 3:
            end = j + 1
        else:
            return
        start = i if in_name else j
        name = " ".join(display_form(t) for t in toks[start:end])
        if in_name:
            name = _strip_clitic_display(name, toks[i], k)
        add(Span(start, end, "LOC", name, "place_head", k if in_name else 0))

    def _role(self, toks, info, i, owner, spans, add) -> None:
        n = len(info)
        for k, s in info[i].cands:
            kind = self.lex.roles.get(s)
            if kind:
                break
        else:
            return
        if kind == "verb":
            self._after_verb(toks, info, i, owner, add)
            return
        window = 4 if kind == "title" else 9
        j = i + 1
        limit = min(n, i + 1 + window)
        while j < limit:
            tok = info[j]
            if owner[j] is not None:
                sp = spans[owner[j]]
                if sp.type == "PERS":
                    return
                j = max(j + 1, sp.end)
                continue
            if tok.norm in OPEN_QUOTES:
                quoted = self._quoted(info, j, owner, max_len=5)
                if quoted and kind != "title" or quoted and j == i + 1:
                    a, b = quoted
                    if any(self.name_like(info[x].norm) for x in range(a, b)):
                        name = " ".join(display_form(t) for t in toks[a:b])
                        add(Span(a, b, "PERS", name, "role"))
                    return
                return
            if tok.punct or tok.norm in BREAKS:
                return
            s = tok.norm
            if s == "في" and kind != "title":
                if kind == "reporter" and j + 1 < n and owner[j + 1] is None and not info[j + 1].punct:
                    s2 = info[j + 1].norm
                    if not self.is_stop(s2) and (s2.startswith("ال") or self.name_like(s2)):
                        add(Span(j + 1, j + 2, "LOC", display_form(toks[j + 1]), "reporter_place"))
                        j += 2
                        continue
                j += 1
                continue
            if s in self.lex.roles or s in _NOT_NAME or s in _ROLE_SKIP or self.is_demonym(s):
                j += 1
                continue
            if self.is_stop(s):
                return
            if s[0] == "و" and s not in self.res.first_names and len(s) > 3:
                return  # وأعضاء، والمدير: a coordination ends the title's reach
            if any(k and stem.startswith("ال") for k, stem in tok.cands):
                j += 1  # للأمن، بالخارجية: a definite modifier with a preposition
                continue
            if s.startswith("ال"):
                # a definite word after a title: a modifier (الأميركي، الاتحاد), or a surname
                # (الرئيس الأسد) when listed as a name and no other name follows
                nxt = j + 1 < n and owner[j + 1] is None and not info[j + 1].punct and \
                    self.name_like(info[j + 1].norm) and not info[j + 1].norm.startswith("ال")
                if kind == "title" and j == i + 1 and not nxt and not self.is_common(s) and \
                        (s in self.res.last_names or s in self.res.propers):
                    add(Span(j, j + 1, "PERS", display_form(toks[j]), "role"))
                    return
                if kind == "title" and self.res.first_names.get(s[2:], 10**9) <= TOP_NAME_RANK \
                        and not self.is_demonym(s):
                    # الملك الحسين، الملك الحسن الثاني: a top given name with the article
                    end = max(j + 1, self._name_run(info, j, owner, max_len=4, first_ok=True))
                    add(Span(j, end, "PERS", " ".join(display_form(t) for t in toks[j:end]), "role"))
                    return
                j += 1
                continue
            m = self._match(info, j, owner, sources=("gazetteer",))
            followed = j + 1 < n and owner[j + 1] is None and not info[j + 1].punct and \
                (self.is_unknown(info[j + 1].norm) or self.strong_name(info[j + 1].norm)) and \
                info[j + 1].norm not in self.res.places
            if m and m[0] == j + 1 and followed and not self._clitic_word(info[j]):
                end = self._name_run(info, j, owner, first_ok=True)  # وزير الخارجية كولن باول
                if end > j + 1:
                    add(Span(j, end, "PERS", " ".join(display_form(t) for t in toks[j:end]), "role"))
                    return
            if m and s not in self.res.first_names:
                if kind == "title":
                    return
                j += 1
                continue
            listed = s in self.res.first_names or s in self.res.last_names
            if kind == "title" or listed or s in _KUNYA or self.is_unknown(s) or s in self.res.propers \
                    or self.starts_name(info, j, owner):
                if s in _KUNYA or self.starts_name(info, j, owner) or self._title_name(info, j, owner):
                    end = self._name_run(info, j, owner, first_ok=True)
                    if end == j + 1 and (s in self.res.first_names or kind == "title") \
                            and self._title_surname(info, end, owner):
                        end += 1  # الدكتور أحمد التوفيق، وزير القضاء حاييم رامون: after a title, the
                        # word after a given name is the family name even when it is also a word
                    if end > j:
                        name = " ".join(display_form(t) for t in toks[j:end])
                        add(Span(j, end, "PERS", name, "role"))
                return
            if kind != "title" and not self.is_common(s):
                j += 1  # an organisation or a place without a head: go on to the name
                continue
            return

    def _apposition(self, toks, info, c, owner, add) -> None:
        """A name of two to four words right before the comma of an apposition (X ، رئيس ...)."""
        a = c
        while a > 0 and c - a < 4 and owner[a - 1] is None and not info[a - 1].punct and info[a - 1].arabic:
            a -= 1
        # the longest run ending at the comma that makes a name
        for start in range(a, c - 1):
            s = info[start].norm
            if not (s in self.res.first_names or s in _KUNYA or self.is_foreign(s)) or self.is_stop(s) \
                    or self._clitic_word(info[start]):
                continue
            if self._name_run(info, start, owner, max_len=4, first_ok=True) == c:
                add(Span(start, c, "PERS", " ".join(display_form(t) for t in toks[start:c]), "apposition"))
                return
        # one word no dictionary knows (أولمرت ، رئيس الوزراء ...)
        s = info[c - 1].norm
        if owner[c - 1] is None and info[c - 1].arabic and len(s) >= 4 and s[0] != "و" \
                and not s.endswith("ه") and not self._verb_like(s) and self._coord_word(info[c - 1], 0) \
                and not self._match(info, c - 1, owner, sources=("gazetteer",)):
            a = c - 1
            while a > 0 and c - a < 3 and owner[a - 1] is None and info[a - 1].norm[:1] != "و" \
                    and len(info[a - 1].norm) >= 3 and self._coord_word(info[a - 1], 0):
                a -= 1  # بريان اتيجالي ، الخبير
            add(Span(a, c, "PERS", " ".join(display_form(t) for t in toks[a:c]), "apposition"))

    def _after_verb(self, toks, info, i, owner, add) -> None:
        """A reporting verb followed at once by a name (وقال سولانا ...)."""
        j = i + 1
        n = len(info)
        if j >= n or owner[j] is not None or info[j].punct:
            return
        s = info[j].norm
        if s in self.lex.roles or self.is_stop(s) or s in self.lex.org_heads or self.is_demonym(s):
            return
        if self._match(info, j, owner, sources=("gazetteer",)):
            return
        if s.startswith("ال"):
            if self.is_common(s) or len(s) < 5:
                return
        elif not (self.strong_name(s) or (self.is_unknown(s) and len(s) >= 3)
                  or (self.is_foreign(s) and len(s) >= 3 and not self._clitic_word(info[j]))
                  or (self.starts_name(info, j, owner) and not self.name_like(s))):
            return
        end = self._name_run(info, j, owner, max_len=4, first_ok=True)
        if end > j:
            name = " ".join(display_form(t) for t in toks[j:end])
            add(Span(j, end, "PERS", name, "verb"))

    def _alias(self, toks, info, i, owner, spans, add) -> None:
        n = len(info)
        j = i + 1
        if j < n and info[j].norm in _ALIAS_PREP:
            j += 1
        elif j < n and info[j].norm.startswith("ب") and len(info[j].norm) > 3 and not info[j].punct:
            pass  # بأبي خالد: handled as a name with a clitic below
        else:
            return
        quoted = self._quoted(info, j, owner, max_len=5)
        k = 0
        if quoted:
            a, b = quoted
        else:
            a = j
            if info[a].norm.startswith("ب") and a == i + 1:
                k = 1
            b = self._name_run(info, a, owner) if k == 0 else a + 1 + (self._name_run(info, a + 1, owner) - (a + 1))
            if b <= a:
                return
        # the named entity this alias renames: the nearest span ending just before the introducer
        target = None
        for idx in range(len(spans) - 1, -1, -1):
            sp = spans[idx]
            if sp.end <= i and i - sp.end <= 2:
                target = idx
                break
        typ = spans[target].type if target is not None else "PERS"
        name = " ".join(display_form(t) for t in toks[a:b])
        if k:
            name = name[1:]
        add(Span(a, b, typ, name, "alias_intro", k, alias_of=target))

    def _kunya(self, toks, info, i, owner, add) -> None:
        n = len(info)
        s = info[i].norm
        if i > 0 and info[i - 1].norm in _NASAB and owner[i - 1] is None:
            return  # معاوية بن أبي سفيان: the kunya is part of a nasab, the first-name pass takes it
        if s in _KUNYA and s not in ("ام",):
            if i + 1 < n and owner[i + 1] is None and not info[i + 1].punct:
                s1 = info[i + 1].norm
                if s1 in self.res.first_names or s1 in _COMPOUND_FIRST or (self.is_unknown(s1) and len(s1) > 2):
                    end = self._name_run(info, i + 1, owner, max_len=3, first_ok=True)
                    if i + 1 < end < n and owner[end] is None and info[end].norm.startswith("ال") \
                            and self.is_demonym(info[end].norm) and not info[end].norm.endswith(("يه", "ين", "ون")):
                        end += 1  # أبو حمزة المصري: a nom de guerre ends with a nisba
                    if end > i + 1:
                        name = " ".join(display_form(t) for t in toks[i:end])
                        add(Span(i, end, "PERS", name, "kunya"))
            return
        for prefix in ("ابو", "ابي", "ام"):
            if s.startswith(prefix) and s[len(prefix):] in self.res.first_names and len(s) > len(prefix) + 2 \
                    and not self.is_common(s) and s not in self.lex.blocklist:
                end = self._name_run(info, i + 1, owner, max_len=2) if i + 1 < n else i + 1
                end = max(end, i + 1)
                name = " ".join(display_form(t) for t in toks[i:end])
                add(Span(i, end, "PERS", name, "kunya"))
                return

    def _first_name(self, toks, info, i, owner, add) -> None:
        n = len(info)
        for k, s in info[i].cands:
            if s in self.res.first_names and not s.startswith("ال") and s not in self.lex.blocklist \
                    and not self.is_stop(s) and s not in _NASAB:
                break
        else:
            return
        freq, rank = self.freq(s), self.res.first_names[s]
        if k and (self.is_common(info[i].norm) or info[i].norm in self.res.first_names
                  or (self.is_common(s) and rank > TOP_NAME_RANK)):
            return
        j = i + 1
        if j >= n or owner[j] is not None or info[j].punct:
            return
        s2 = info[j].norm
        town = self.res.places.get(s2)
        if s in self.lex.given_names and town is not None and town[2] == "city" and town[1] < 1_000_000 \
                and not self.is_common(s2):
            pass  # جون بولتون: a foreign given name and a surname that is also a town
        elif s2 in self.res.places or (s2[0] in "وبلك" and s2[1:] in self.res.places) or self._clitic_word(info[j]):
            return
        if s2[0] == "و" and len(s2) > 3 and s2 not in self.res.first_names and s2 not in self.res.last_names \
                and (s2[1:] in self.res.first_names or self.is_foreign(s2)):
            return  # بوش وبلير، تامر وأحمد: و + a name is the next person of a list
        # two names in a row (أحمد فهمي، أمين فارس): the second listed as a first or family name
        rank2 = self.name_rank(s2)
        listed2 = rank2 <= SECOND_NAME_MAX_RANK and not self.is_stop(s2) and not self.is_demonym(s2) \
            and s2 not in self.lex.roles and s2 not in self.lex.blocklist and s2 not in _NOT_NAME
        if freq >= VERY_COMMON_FREQ and rank > TOP_NAME_RANK and not (listed2 and rank <= 300):
            return
        if s2 in _NASAB or s2 in _NAME_SECOND or (s2 in _COMPOUND_FIRST and s2 not in ("ال", "ام", "أم")):
            pass
        elif freq >= COMMON_STEM_MIN_FREQ and rank > 300 and self.name_rank(s2) > 3000:
            return  # an ambiguous first name (نظام، لقاء) needs a listed name after it
        elif self.strong_name(s2):
            pass
        elif listed2 and (rank <= 300 or freq < COMMON_STEM_MIN_FREQ):
            pass
        elif len(s2) >= 3 and not s2.startswith("ال") and self.is_foreign(s2):
            pass  # مايكل بالاك: a transliterated surname
        elif s2.startswith("ال") and s2.endswith("ي") and len(s2) >= 5 and not self.is_demonym(s2) \
                and self.freq(s2) < VERY_COMMON_FREQ and rank <= 300:
            pass  # a nisba family name (البكري)
        elif freq >= COMMON_STEM_MIN_FREQ or not self.name_like(s2) or self.is_demonym(s2):
            return
        end = self._name_run(info, j, owner, max_len=5, first_ok=True)
        if end <= j:
            return
        name = " ".join([display_form(toks[i])[k:] if k else display_form(toks[i])] +
                        [display_form(t) for t in toks[i + 1:end]])
        add(Span(i, end, "PERS", name, "first_name", k))

    def _lone_first_name(self, toks, info, i, owner, add) -> None:
        for k, s in info[i].cands:
            rank = self.res.first_names.get(s)
            if rank is not None and rank <= LONE_FIRST_NAME_MAX_RANK:
                break
        else:
            return
        if k and (self.is_common(info[i].norm) or self.is_common_word(s) or info[i].norm in self.res.places):
            return
        if s.startswith("ال") or self.is_stop(s) or s in self.lex.blocklist or s in self.lex.roles \
                or s in self.res.places or self.is_demonym(s) or self.freq(s) >= LONE_FIRST_NAME_MAX_FREQ:
            return
        if any(self.is_common(st) for k2, st in info[i].cands if k2 != k):
            return  # باسم is also ب + اسم, وهدوء و + هدوء: alone, too ambiguous
        if i + 1 < len(info) and info[i + 1].norm in _NASAB:
            return
        add(Span(i, i + 1, "PERS", display_form(toks[i])[k:] if k else display_form(toks[i]), "lone_first_name", k))

    # Document level ------------------------------------------------------------------------
    def _propagate(self, sentences, infos, out, owners) -> None:
        found: dict[tuple[str, ...], tuple[str, str]] = {}
        short: dict[str, tuple[str, str]] = {}
        for toks, info, spans in zip(sentences, infos, out):
            for sp in spans:
                if not sp.sticky or sp.type == "MISC":
                    continue
                words = [info[sp.start].cands[0][1] if sp.clitic == 0 else dict(info[sp.start].cands).get(sp.clitic, info[sp.start].norm)]
                words += [info[x].norm for x in range(sp.start + 1, sp.end)]
                words = [w for w in words if w not in OPEN_QUOTES and w not in CLOSE_QUOTES.values()]
                if not words:
                    continue
                key = tuple(words)
                if len(key) == 1 and (self.is_common(key[0]) and sp.source not in ("lexicon", "alias", "place")):
                    continue
                found.setdefault(key, (sp.type, sp.canonical))
                if sp.type == "PERS" and len(key) >= 2:
                    last = key[-1]
                    if len(last) >= 3 and not self.is_common(last) and last not in self.res.first_names:
                        short.setdefault(last, (sp.type, sp.canonical))
                if sp.type == "ORG" and len(sp.canonical.split()) >= 2:
                    first = normalize(sp.canonical.split()[0])
                    # not a generic head (الجيش، المليشيات): those name many organisations
                    if first.startswith("ال") and len(first) > 4 and first not in self.lex.org_heads \
                            and first[2:] not in self.lex.org_heads:
                        short.setdefault(first, (sp.type, sp.canonical))
        for key, val in short.items():
            found.setdefault((key,), val)
        if not found:
            return
        index: dict[str, list[tuple[tuple[str, ...], tuple[str, str]]]] = {}
        for key, val in found.items():
            index.setdefault(key[0], []).append((key[1:], val))
        for entries in index.values():
            entries.sort(key=lambda item: -len(item[0]))
        for toks, info, spans, owner in zip(sentences, infos, out, owners):
            n = len(info)
            i = 0
            while i < n:
                if owner[i] is not None or info[i].punct:
                    i += 1
                    continue
                hit = None
                for k, s in info[i].cands:
                    for rest, val in index.get(s, ()):
                        end = i + 1 + len(rest)
                        if end <= n and all(owner[x] is None and info[x].norm == w
                                            for x, w in zip(range(i + 1, end), rest)):
                            hit = (end, val, k)
                            break
                    if hit:
                        break
                if hit:
                    end, (typ, canonical), k = hit
                    idx = len(spans)
                    spans.append(Span(i, end, typ, canonical, "document", k))
                    for x in range(i, end):
                        owner[x] = idx
                    i = end
                else:
                    i += 1


def _strip_clitic_display(name: str, raw_first: str, k: int) -> str:
    """Drop the ``k`` clitic letters of the first word of a display name."""
    if not k:
        return name
    first = display_form(raw_first)
    if name.startswith(first):
        return first[k:] + name[len(first):] if not first[k:].startswith(" ") else name
    return name


@lru_cache(maxsize=1)
def default_tagger() -> RulesTagger:
    return RulesTagger()


def reset_tagger() -> None:
    """Forget the cached tagger (after editing a lexicon in a running session)."""
    default_tagger.cache_clear()
