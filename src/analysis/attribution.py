"""Source attribution: on whose word does each sentence rest?

Rule-based extraction of attributions from Arabic news sentences (PARC-style: cue, source, content),
driven by the analyst-editable lexicons ``data/lexicons/attribution_*.csv``.

Public functions
----------------
- :func:`attributions` (sentences) -> one row per attribution found (``ATTRIBUTION_COLUMNS``).
- :func:`sentence_attribution` (sentences) -> one row per sentence with its main category
  (``SENTENCE_COLUMNS``); ``unattributed`` when nothing is found.
- :func:`attribution_breakdown` (per_sentence, attributions=None) -> dict of DataFrames
  (shares per article and per corpus, sources, summary measures).
- :func:`attributions_from_text` (text) -> attributions of one article given as a string.

Categories: ``named_source`` (an identified person, organisation, outlet or document),
``anonymous_source`` (a source cited but not identified), ``unverified_report`` (reports or rumours
with no source, impersonal passives) and ``editorial`` (the outlet's own impersonal framing).

Main category of a sentence (precedence rule): a sentence may carry several attributions
(an inherited named source plus "وسط أنباء ..."). A source that speaks (named or anonymous) wins over
unverified reports, which win over editorial framing; among the sources, an explicit (not inherited)
one wins over an inherited one, then reading order decides: in "قال مصدر مسؤول إن قائد الطائرة أبلغ
..." the claim rests on the unnamed source that reports it, not on the pilot it quotes.

How it works (all matching on :func:`analysis.text.normalize`-d text; offsets map every match back to
the sentence as written, so cues, sources and content are reported as written):

1. One compiled regular expression finds every cue of the lexicons (verbs in their perfect,
   imperfect and participle forms, with و/ف in front, feminine and plural endings; prepositional
   forms; media relay; rumours, impersonal passives and editorial forms).
2. After a verb cue the source phrase runs to the complementiser (أن/إن/بأن), a colon, the
   preposition the verb governs (أشار ... إلى), an adjunct (في بيان، خلال، أمس) or the end of the noun
   phrase. Inside it, roles (مراسل، المتحدث باسم), titles (الدكتور، الأمير), heads of organisations,
   outlets, documents and anonymous nouns, places (في ديرالزور، بمنطقة الرياض), quoted names and
   first names give the source's name, kind, role, affiliation and place.
3. A cue without a subject (وأضاف أن، مضيفاً، وأكد على) and a sentence that continues a report
   with حيث or فيما inherit the previous source of the same article (``inherited=True``). The
   antecedent is chosen as a reader would: the subject of the same sentence first (a participle
   after "قدم فلان شكره ...، مشيراً"، "وكان فلان قد ..."), then a person the story turned to after the
   last report (a subject introduced in the last two sentences), the person just met in an interview
   ("والتقت «الصحيفة» فلان ... . وقال:"), then the last source. A quotation left open at the end
   of a sentence goes on in the next ones; the antecedent of a relative pronoun speaks in
   "...، الذي قال إن"; an agency cited beside a speaker ("وفقاً لرويترز") becomes ``via``.
4. Hedges and disclaimers are found per sentence and copied onto its attributions.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

import pandas as pd

from .lexicons import read_lexicon
from .text import normalize

__all__ = [
    "CATEGORIES", "PRECEDENCE", "ATTRIBUTION_COLUMNS", "SENTENCE_COLUMNS",
    "attributions", "sentence_attribution", "attribution_breakdown", "attributions_from_text",
    "main_category", "reload_lexicons",
]

CATEGORIES = ("named_source", "anonymous_source", "unverified_report", "editorial")
UNATTRIBUTED = "unattributed"
PRECEDENCE = {name: rank for rank, name in enumerate(CATEGORIES)}
# Rank of a category when choosing a sentence's main attribution (sources speak first).
_MAIN_RANK = {"named_source": 0, "anonymous_source": 0, "unverified_report": 1, "editorial": 2}
SOURCE_KINDS = ("person", "organisation", "media", "official_body", "document", "anonymous",
                "reports", "outlet")

ATTRIBUTION_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "category", "cue", "cue_class",
    "source_text", "source_name", "source_kind", "source_role", "affiliation", "place",
    "content", "direct_quote", "inherited", "hedges", "unverified_disclaimer",
    # extra columns
    "via", "own_staff", "cue_start", "cue_end",
]
SENTENCE_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "category", "source_name", "source_kind",
    "inherited", "hedges",
    # extra columns
    "kind", "source_text", "source_role", "affiliation", "own_staff", "n_attributions",
    "categories", "unverified_disclaimer",
]
# Hedges of one sentence are joined with this separator in the ``hedges`` column.
HEDGE_SEPARATOR = "; "
# An inherited source is looked for at most this many body paragraphs back.
MAX_INHERIT_PARAGRAPHS = 3
# Words of an unknown source set off at the end of a sentence after "according to" ("...، بحسب الرواية
# الأميركية.").
MAX_TAIL_SOURCE_WORDS = 6
# How many sentences back (since the last report) "تقول السيدة الخمسينية" looks for the person meant.
MAX_TOPIC_LOOKBACK = 6
# Body sentences kept per article to find who an unattributed cue or an anaphor ("الوزارة") refers to.
MAX_HISTORY_SENTENCES = 6
MAX_HISTORY_SOURCES = 20
# A source phrase is scanned for at most this many tokens after its cue.
MAX_SOURCE_TOKENS = 24
# A headline's speaker stands before a colon within this many tokens ("وزير العدل لـ«الرياض»: ...").
MAX_HEADLINE_LABEL_TOKENS = 10
# A reported span longer than this (characters) is cut at the next cue of its sentence, then here.
MAX_CONTENT_CHARS = 2000

# --------------------------------------------------------------------------------------------
# Normalisation with offsets
# --------------------------------------------------------------------------------------------


class _CharTable(dict):
    """``str.translate`` table equal to :func:`analysis.text.normalize` applied char by char."""

    def __missing__(self, code: int) -> str:
        out = normalize(chr(code))
        self[code] = out
        return out


_TABLE = _CharTable()
# Hashtags read as the words they join: "أعلن #الجيش_اليمني" is "أعلن الجيش اليمني".
_TABLE[ord("#")] = " "
_TABLE[ord("_")] = " "
# The double prime some sites type for a closing quote ('موقع "اليوم 24″') pairs with a straight quote.
_TABLE[ord("″")] = '"'
# Characters whose normalised form is not exactly one character (diacritics, tatweel, invisible
# controls, presentation forms): when none is present the offset map is the identity.
_SPECIAL = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e"
    "\u2066-\u2069\ufeff\u00ad\ufb50-\ufdff\ufe70-\ufeff\u0300-\u036f]"
)


def _normalize_with_map(text: str) -> tuple[str, list[int] | None]:
    """Normalised text and, when it differs in length, the original index of each normalised char."""
    if not _SPECIAL.search(text):
        return text.translate(_TABLE), None
    out: list[str] = []
    pos: list[int] = []
    table = _TABLE
    for index, ch in enumerate(text):
        piece = table[ord(ch)]
        if piece:
            out.append(piece)
            pos.extend([index] * len(piece))
    return "".join(out), pos


# --------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------

_QUOTES = frozenset("«»“”\"„‟″‘’‹›'")
_HARD_STOP = frozenset(".؛;!?؟")
# Channels a statement goes through: after عبر they mean "via" ("عبر منصة"، "عبر حسابه").
_CHANNELS = frozenset("منصه منصات موقع مواقع حساب حسابه حسابها صفحه صفحته صفحتها تطبيق قناه قنوات البريد الهاتف "
                      "الانترنت انترنت الاثير التلفزيون تلفزيون الاذاعه اذاعه الشاشه شاشه".split())
# "أكد المشرف على البرنامج فلان أن": على belongs to the role, not to the verb.
_SUPERVISOR = frozenset("مشرف المشرف مشرفه المشرفه القائم القائمين".split())
_COMMAS = frozenset("،,")
_COMPLEMENTIZERS = frozenset(
    "ان انه انها انهم انهما انهن اننا انني بان بانه بانها بانهم بانهما باننا فان فانه فانها لان قوله قولها قولهم "
    "بقوله بقولها بقولهم".split()
)
_CONNECTORS = frozenset(
    "كان كانت وكان وكانت فكان وقد و ف كما ثم حيث فيما بينما وقد قد لكن ولكن الا اذ اذا كذلك ايضا وايضا بدوره وبدوره بدورها "
    "وبدورها جهته جهتها جانبه جانبها من في وفي هذا وهذا الي والي ذلك وذلك لذلك هنا هناك وهناك".split()
)
_CONTINUATION_STARTS = ("حيث", "فيما")
# After و only: "وأنه تم التعرف على ..." goes on with the content of the previous report.
_CONTINUATION_AFTER_WA = ("ان", "انه", "انها", "انهم", "بان", "بانه", "بانها")
# The day or time of day a statement was made: "ما دفع الوزير الأربعاء إلى اعتبار أن".
_DAY_WORDS = frozenset("الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت امس اليوم مساء صباح".split())
_ADJUNCT_WORDS = _DAY_WORDS | frozenset(
    "خلال عبر عقب اثناء لدي يوم امام ضمن حول بشان بصدد تعليقا ردا منذ قبل بعد عندما حين اليوم، لدى مؤخرا ظهر بالامس "
    "الليله ليله اول صباحا مساء الاسبوع الشهر وسط اثر فور اخيرا ايضا كذلك مجددا بمناسبه بهذا بهذه برئاسه بالفعل "
    "بدايه نهايه منتصف اواخر اوائل "
    "بقياده باسمه باسمها باسمهم انذاك حينها وقتها حينذاك بالبيان صراحه علانيه نيابه".split()
)
# Question-and-answer interviews: "●● ..." or "ج: ..." opens an answer, "● ..." or "س: ..." a question.
_QA_MARK = re.compile(r"\s*(?:(?P<a>●●|[٭★]|ج\s*[:：/]|الجواب\s*:)|(?P<q>●|[*■◆]|س\s*[:：/]|السؤال\s*:))")
# (also the Kuwaiti and Gulf papers' "■ question" and "٭ answer")
_BYLINE_WORDS = frozenset("كتب بقلم اعداد تحرير حوار تصوير ترجمه متابعه".split())
# A named turn of an interview: "منى العبادي: ..." (one to four words, then a colon).
_TURN_LABEL = re.compile(r"\s*(?P<label>[^\s:：،,؟?!«»\"“”()\-–—]+(?:\s+[^\s:：،,؟?!«»\"“”()\-–—]+){0,3})\s*"
                         r"(?P<colon>[:：])\s*\S")
# "- ..." answers a question only in an interview whose questions are marked ("* ...").
_OPENING_QUOTES = ("«", "“", '"')
_CLOSING_QUOTES = ("»", "”", '"')
# The ordinals that open the items of a list ("أولاً:"، "ثانياً -").
_ORDINAL_WORDS = "أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا"
# A byline and dateline opening a story: "فلان- سبق- الرياض:"، "باماكو - رويترز:"، "واس – جدة:".
_DATELINE = re.compile(r"\s*(?!(?:" + _ORDINAL_WORDS + r"|\d))(?:[^\s:،.؛\-–—]+\s+){0,3}[^\s:،.؛\-–—]+\s*[-–—]\s*(?:[^\s:،.؛\-–—]+\s*){1,3}"
                       r"(?:[-–—]\s*(?:[^\s:،.؛\-–—]+\s*){1,3})?:")
# "الرباط (أ ف ب) - أعلن ...": a place and an agency in brackets, then a dash, open a wire story.
# (also "دبي، الإمارات العربية المتحدة (CNN)-- ": a city, its country and the agency)
_DATELINE_AGENCY = re.compile(r"\s*(?:[^\s:،.؛()\-–—]+\s*،\s*)?(?:[^\s:،.؛()\-–—]+\s+){0,4}\([^()]{1,25}\)\s*[-–—]+\s*")
# The full text of a statement follows: "فيما يلي نصه:"، "وهذا نصها:".
_TEXT_FOLLOWS = re.compile(r"(?<!\S)(?:و?ف?يما يلي |وهذا |هذا |وجاء |جاء )?نص(?:ه|ها|هما)\s*[:：]\s*$")
# "وفيما يلي نص الحوار:": the interview follows (questions and answers), not the last speaker's words.
_INTERVIEW_FOLLOWS = re.compile(r"(?:يلي|ياتي|هذا|وهذا)\s+(?:نص\s+)?(?:الحوار|المقابله|اللقاء|الحديث)\s*[:：]")
_QA_DASH = re.compile(r"\s*[-–—ـ]\s")
# An item of a list: "1- ..."، "- ..."، "• ..."، "أ- ..."، "ثانياً: ...". Right after an attributed
# sentence (or item) it goes on with what that source listed.
_LIST_ITEM = re.compile(r"\s*(?:[-–•▪]|\d{1,2}\s*[-.)ـ]|[أابجده]\s*[-)]|"
                        r"(?:" + _ORDINAL_WORDS + r")[\u064b]?\s*[:-])")
# "- سبتمبر 2010: ..."، "- 29مارس: ...": an item of a chronology, the outlet's own account of what happened
# when, not what the last source listed.
_MONTH_NAMES = ("يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر "
                "ديسمبر كانون شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول تشرين")
_DATED_ITEM = re.compile(r"\s*[-–•▪]\s*(?:[^:\n]{0,40}?(?<![^\W\d_])(?:" + "|".join(_MONTH_NAMES.split())
                         + r")(?!\w)[^:\n]{0,30}|[^:\n]{0,30}?(?<!\d)(?:19|20)\d\d\s*):")
_ADJUNCT_NOUNS = frozenset(
    "بيان بيانه بيانها تصريح تصريحه تصريحها تصريحات تصريحاته حديث حديثه حديثها مؤتمر كلمه كلمته "
    "كلمتها لقاء لقائه مقابله مقابلته اتصال رساله رسالته تغريده تغريدته منشور خطاب خطابه تقرير "
    "تقريرها تقريره ندوه اجتماع ختام افتتاح حفل ورشه معرض حوار تعليق تعليقه اطار سياق معرض رده "
    "ردها جلسه محاضره زياره لقائه مداخله برنامج مقال تدوينه صفحته حسابه موتمر دراسته دراستها "
    "دراستهم دراسه تقريرهم بحثهم استطلاع تصريحات حضور مكالمه اتصالات مراسله بث تسجيل فيديو شريط "
    "مذكره مذكرته مذكرتها".split()
)
_PLACE_PREPS = frozenset({"في"})
# Participles of addressing: whom the words were for follows, not who spoke ("وقال مخاطبا الحكومة"،
# "وقال متحدث التحالف موجهاً حديثه للشعب").
_ADDRESSING = frozenset("مخاطبا مخاطبه مخاطبين متوجها متوجهه موجها موجهه".split())
# After a quotation's verb, words that say how or when it was said, not who: "«...»، تقول وهي تبتعد".
_HOW_SAID = frozenset("وهو وهي وهم بعدما بعد قبل حين حينما عندما ثم".split())
_CIRCUMSTANTIAL = frozenset("وهو وهي وهم وهما".split())
_PLACE_ADVERBS = frozenset("امام خلف قرب بين عند فوق تحت داخل خارج حول وسط جانب".split())
# Definite nouns that point back to a person: "ويضيف الرجل"، "تقول السيدة الخمسينية" (with the
# definite person nouns of attribution_person_nouns.csv).
_PERSON_ANAPHORS = frozenset("الرجل المراه السيده الفتاه العجوز الشيخ الحاج الحاجه الام الاب الجد الجده "
                             "محدثنا محدثتنا محدثي محدثتي".split())
# After a quotation's verb and a name, words that say where it was said: "تقول أميمة في حديثها لـDW".
_SAID_WHERE = frozenset("في عبر خلال اثناء".split())
_STUDY_AUTHORS = frozenset("الباحث الباحثه المشارك المشاركه المؤلف المؤلفه المعد المعده معد معده".split())
_NAME_LINKS = frozenset({"بن", "بنت", "ابن", "ال", "ابو", "ابي", "ام", "عبد", "دي", "فان", "ولد"})
_PERFECT_AFTER_QAD = frozenset(
    "تم تمت تمكن تمكنت تمكنوا تقدم تقدمت تعرض تعرضت تحول تحولت تسلم تسلمت تولي تلقي تلقت توفي "
    "توقف توقفت تجاوز تجاوزت تضمن تضمنت تسبب تسببت ترك تركت تراجع تراجعت تزايد تغير تطور توصل "
    "توصلت تحقق تكبد تبين تبني تبنت تعهد تعهدت تحدث تحدثت تمكنا تقرر تلقي تزوج تحسن".split()
)
_PARTICIPLE_SKIP = frozenset({"الي", "على", "عن", "من", "ب"}) | _COMPLEMENTIZERS
_IMPERSONAL_SKIP = _COMPLEMENTIZERS | {"الي", "عن", ":"}
_HONORIFICS = frozenset(
    "الدكتور الدكتوره د الاستاذ الاستاذه المهندس م الشيخ السيد السيده معالي سعاده فضيله سماحه صاحب سمو "
    "الكابتن".split()
)
_NOT_SUBJECT = frozenset(
    "او ام لا لم لن ما قد هناك هنالك ليس ليست لقد كان كانت سوف انه انها هو هي هم نحن انا "
    "لنا له لها لهم لي لك لكم كيف ماذا متي هل اين لماذا كم اهميه ضروره دائما احيانا غالبا ابدا "
    "يجب ينبغي يتعين كما نيابه بل".split()   # (نيابة عنه: on his behalf)
)
_EMPTY_SUBJECT = frozenset({"الي", "عن", "على", "من", "مع", "ب", "ل"}) | _NOT_SUBJECT | frozenset(
    "اليه اليها اليهم عليه عليها عليهم عنه عنها عنهم منه منها منهم به بها بهم له لها لهم".split())
_DEFINITE = ("ال", "لل", "بال", "وال")
_NAME_STOP = frozenset("وهو وهي وهم وهما هو هي الذي التي الذين وذلك وقد من عن الي علي على مع اذ "
                       "ذاته ذاتها ذاتهم نفسه نفسها نفسهم انفسهم لنا لي نيابه".split())
_DETERMINERS = frozenset({"نفس", "ذات"})
# Words that mark a phrase as a mention of a source named before ("المصدر ذاته"، "المسؤول نفسه").
_ANAPHOR_MARKS = frozenset("ذاته ذاتها ذاتهم نفسه نفسها نفسهم انفسهم المذكور المذكوره".split())
_GENERIC_MEDIA = frozenset("وكاله صحيفه جريده قناه تلفزيون التلفزيون موقع مجله اذاعه شبكه".split())
# Roles that, without a name and without ال, are one of many: "قال متحدث باسم الشركة" is anonymous.
# Objects of idioms that follow the subject ("كشف الوزير النقاب عن": unveiled); right after the verb
# they are a passive with no source (`not_source` in attribution_sources.csv).
_IDIOM_OBJECTS = frozenset({"النقاب"})
# Adjectives after an indefinite role that still leave it one of many: "وزير سابق"، "ضابط رفيع".
_RANK_ADJECTIVES = frozenset("سابق سابقه رفيع رفيعه كبير كبيره بارز بارزه".split())
_INDEFINITE_ROLES = frozenset("متحدث ناطق مسؤول عضو مستشار مساعد موظف مندوب ممثل ضابط دبلوماسي".split())
# Words right after a cue that are not its subject: "صرح بذلك الموقع"، "لفت النظر إلى".
_MATTER_NOUNS = frozenset("الخصوص الشان الصدد الموضوع الاطار السياق الجانب".split())
_SUBJECT_SKIP = frozenset(
    "بذلك بهذا كذلك ايضا النظر الانتباه الانظار مجددا مرارا فيه فيها فيهم عنه عنها "
    "سموه معاليه سعادته فخامته سماحته فضيلته دولته سموها معاليها سعادتها فخامتها سابقا مسبقا مؤخرا حاليا هذا هذه ذلك تلك "
    "رسميا شخصيا علنيا مبدئيا "
    "عليه عليها عليهم خصوصا خاصه تحديدا خلاله خلالها خلالهما خلالهم حينها عندها "
    "مازحا مازحه ضاحكا ضاحكه مبتسما مبتسمه ساخرا ساخره "      # how it was said: "وقالت مازحة إن"
    "امس الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الماضي الماضيه الفائت".split()     # when: "وأعلن أمس الأربعاء الرئيس"
)
# Words that are never part of a name found by its place in the phrase (function words, adverbs,
# connectors, words said about the speech): for _set_off_name, _trailing_name and _plain_name_end.
_NOT_NAME_WORDS = _NAME_STOP | _CONNECTORS | _ADJUNCT_WORDS | _NOT_SUBJECT | _SUBJECT_SKIP
_TEMPORAL = frozenset("بعد قبل منذ حتي دون الي علي على من بين وبعد وقبل لمجرد".split())
_WHEN = frozenset("عندما حين حينما بعدما".split())     # a clause of time: "عندما أطلقت ..."، "حين أعلنت ..."
_SUBJUNCTIVE = frozenset("ان لن كي لكي حتي ل وان ولن".split())
_RECIPIENTS = frozenset(
    "للصحافيين للصحفيين للصحيفه للجريده للتلفزيون للقناه للوكاله لوكاله لصحيفه لجريده لقناه للاذاعه "
    "لموقع للموقع لوسائل للاعلاميين لمراسل لمراسلنا للمراسلين لرويترز لفرانس للحضور للحاضرين".split()
)
# Verbs after which a comma may stand for the colon ("وأضاف، كل محافظة جاهزة").
_COLON_CUES = frozenset("قال اضاف تابع استطرد ختم يقول يضيف يتابع".split())
# What a study found ("وكشفت النتائج أن"، "وأظهرت الأرقام أن"): no source by itself, the document's
# findings when one was cited before.
_FINDINGS = frozenset("النتائج الارقام المعطيات".split())
# Documents that are always someone's words: "تغريدة للصدر" is al-Sadr's tweet (but "رسالة للأمين العام"
# may be addressed to him, and "تصريح للصحفيين" is made to them).
_OWNED_STATEMENTS = frozenset("تغريده تغريدات تدوينه تدوينات منشور بيان".split())
# Words that lead from a document to the body that issued it ("بيان نشرته الشركة"، "تقرير صادر عن").
_OWNER_VERBS = ("نشر", "اصدر", "صادر", "الصادر", "اعد", "الذي", "التي", "اجر", "نفذ", "المعد", "المنشور",
                "عرض", "صدر", "وزع", "قام", "انجز")
# Verbs that say who issued, published or saw a document: "الضوابط التي أعلنتها الوزارة"; what the
# outlet obtained or saw ("معلومات حصلت عليها الصحيفة") rests on its unnamed informants.
_ISSUED = ("اعلن", "نشر", "اصدر", "اعد", "وضع", "كشف", "قدم", "اجر", "تلا", "تلي", "عرض", "وزع", "اعتمد",
           "اقر", "حدد")
_SEEN = ("اطلع", "حصل", "تحصل", "وصل", "تلق")     # (and "بيان وصل لموقع CNN نسخة منه"، "تلقت الوكالة")
_AT_THE_TIME = re.compile(r"(?:(?:ذلك|هذا) )?(?:في )?(?:وقت|الوقت|حين)(?: الذي| التي)?")
_GOD_EPITHETS = frozenset("تعالي سبحانه عز جل".split())
# "المصدر ذاته"، "ذات المصادر": the source cited last, named or not.
_SAME_SOURCE = frozenset(tuple(p.split()) for p in (
    "المصدر ذاته", "المصدر نفسه", "ذات المصدر", "نفس المصدر", "المصادر ذاتها", "المصادر نفسها", "ذات المصادر",
    "نفس المصادر"))
# Parts of a document: "وجاء في إحدى فقرات القرار" cites the document itself.
_DOCUMENT_PARTS = frozenset("فقرات بنود مواد فصول صفحات اجزاء".split())
# How something was said ("بصوت خفيض"، "بنبرة حادة"، "بابتسامة"): never part of the source phrase.
_MANNER_NOUNS = frozenset("صوت نبره لهجه ابتسامه حسره غضب حزن فخر ثقه حماس مراره هدوء اسي حرقه تاثر اسف".split())
_WITHHELD_NAME = frozenset("اسمه اسمها اسمهم اسمائهم هويته هويتها هويتهم".split())
_WITHHOLDING = frozenset("عدم رفض رفضت رفضوا دون بدون مفضلا مفضله فضل فضلت طلب طلبت طلبوا طالبا طالبه رافضا رافضه".split())
_PREP_CUE_WORDS = frozenset("بحسب حسب حسبما وفقا وفق طبقا نقلا وبحسب".split())
# After these words علي (spelt with ya) is the preposition على, not the name.
_PREP_NEXT = frozenset("ان انه انها انهم اهميه ضروره الرغم هامش خلفيه ضوء حد صعيد مستوي راس".split())
_RANK_WORDS = frozenset("ركن طيار بحري اول مهندس جنرال".split())   # البريجادير جنرال
_NEGATIONS = frozenset("لم لن لا ما ولم ولن ولا فلم".split())
# Present-tense cues whose object, the one accused or urged, follows their subject ("تتهم السلطات X بـ").
_CHARGING_CUES = frozenset(("يتهم", "يحث"))
_QUESTION_WORDS = frozenset("ماذا لماذا هل كيف متي اين فماذا وماذا فهل وهل".split())   # "ماذا قالت تركيا؟": no one is cited
_INTERROGATIVES = _QUESTION_WORDS | {"من", "ما"}
_OFTEN = frozenset("غالبا وغالبا كثيرا وكثيرا عاده وعاده نادرا قليلا طالما".split())   # before ما: "often", no negation
# Prepositions that front the topic of a statement: "وعن جاهزية الملعب قال:".
_TOPIC_PREPS = ("عن", "وعن", "حول", "وحول", "بشان", "وبشان", "بصدد", "وبصدد", "ردا", "وردا")
_OPENER_PREPS = frozenset("الي والي بعد وبعد غضون وغضون في وفي اثر واثر عقب وعقب مع ومع رغم ورغم وفوق فوق عن وعن علي وعلى على حول وحول بشان وبشان".split())
# Accusatives that are adverbs ("وبيّنوا وفقاً لما نقلت"), not objects.
_ADVERBIAL_ACCUSATIVES = frozenset("وفقا طبقا نقلا استنادا اضافه فضلا علما خصوصا تحديدا سابقا حاليا لاحقا "
                                   "مؤخرا اخيرا مجددا ايضا تعليقا ردا مثلا".split())
# Verbal nouns of speech acts: "كرر أردوغان تأكيد عزمه"، "جدد المجلس إدانته".
_SPEECH_NOUNS = frozenset("تاكيد تاكيده تاكيدها دعوه دعوته دعوتها مطالبه مطالبته مطالبتها رفض رفضه رفضها "
                          "شكره شكرها شكرهم الشكر تعازيه تعازيها التعازي تعازي التهنئه تهانيه تهنئته تمنياته "
                          "تحيات تحياته "
                          "ادانه ادانته ادانتها ترحيب ترحيبه ترحيبها تحذير تحذيره تحذيرها موقف موقفه موقفها "
                          "التزام التزامه التزامها التاكيد الدعوه المطالبه الرفض الادانه الترحيب التحذير "
                          "نداء نداءا انتقادات انتقادا رساله تحذيرا تحذيرات".split())   # "وجهت الشرطة نداء"
# A stance the subject declares, as a verbal noun with its pronoun right after the verb's subject:
# "أكد الأزهر رفضه ..."، "أعلنت الرياض تأييدها ...": the verb reports even without أن.
# Adjectives after an indefinite document that are not its owner: "تقرير حديث"، "بيانات غير رسمية".
_DOCUMENT_ADJECTIVES = frozenset("حديث حديثه جديد جديده غير اولي اوليه اخير اخيره مقتضب مفصل مطول "
                                 "منفصل مشترك مشتركه سري سريه".split())
# "بحسب قوله"، "حسب تعبيرها": the words of the source just cited.
_HIS_WORDS = frozenset("قوله قولها قولهم رايه رايها رايهم تعبيره تعبيرها وصفه وصفها تصريحاته تصريحاتها تصريحاتهم "
                        "كلامه كلامها روايته روايتها".split())
# "حسب قول نتانياهو"، "على حد تعبير فلان": in the words of the one named after.
_WORDS_OF = frozenset(("قول", "تعبير"))
_RELAYED_PRONOUNS = frozenset("عنه عنها عنهم عنهما".split())
_RULES = frozenset("لائحه اللائحه لوائح اللوائح انظمه الانظمه".split())
_STANCE_STEMS = ("رفض تاييد ترحيب استنكار ادانه دعم قلق اسف تضامن ارتياح استياء امتنان تقدير اعتزاز فخر "
                 "استعداد حرص عزم موافقه معارضه تمسك ثقه تفاؤل تخوف مخاوف شكر تعازي تهاني حزن رغبه نيه "
                 "اعتراض احتجاج استغراب انزعاج غضب سخط اسفه").split()
_STANCE_OBJECTS = frozenset(
    (stem[:-1] + "ت" if stem.endswith("ه") else stem) + suffix
    for stem in _STANCE_STEMS for suffix in ("ه", "ها", "هم", "هما"))
_PEOPLE_ADDRESSED = frozenset("المواطنين المواطنات المقيمين الاهالي الطلاب الشباب المستهلكين السكان المجتمع الشعب".split())
_WELCOMED = frozenset("الحضور الضيوف المشاركين الزوار الجميع الحاضرين المدعوين".split())
# The people a call is addressed to, after the caller: "دعا العقيد فلان؛ جميع المواطنين إلى".
_ADDRESSEES = _PEOPLE_ADDRESSED | _WELCOMED | frozenset("جميع كافه كل".split())
_MODALS = frozenset("يمكن ويمكن يجب ويجب ينبغي وينبغي يتعين ويتعين".split())
# A conjunction carrying the subject pronoun before a reporting verb: "إلا أنه يقول إن"، "لكنها تؤكد أن".
_PRONOUN_SUBJECTS = frozenset("انه انها انهم انهما لكنه لكنها لكنهم لكنهما ولكنه ولكنها ولكنهم ولكنهما "
                              "فانه فانها فانهم".split())
# Heads that any official can be called by later on ("المسؤول الإيراني" for a deputy minister).
# Words after a role that say when the person held it: "الرئيس الفرنسي السابق، نيكولا ساركوزي".
_FORMER = frozenset("السابق السابقه الاسبق الحالي الحاليه".split())
_SERVING_ROLES = frozenset("مستشار مستشاره مساعد مساعده مندوب مندوبه ممثل ممثله".split())
_GENERIC_OFFICIALS = frozenset("مسؤول مسوول مسئول مسؤوله مسووله مسئوله".split())
_SPOKESPERSONS = frozenset("المتحدث متحدث المتحدثه متحدثه الناطق ناطق الناطقه ناطقه".split())
_DEMONSTRATIVES = frozenset("هذا هذه هؤلاء ذلك تلك اولئك".split())
_RELATIVES = frozenset("الذي التي الذين اللذان اللتان".split())
# A relative pronoun ending the text before a cue ("ترامب الذي تعهد"): for cues with position=main.
_AFTER_RELATIVE = re.compile(r"(?<!\w)(?:" + "|".join(sorted(_RELATIVES)) + r")\s+$")
# "جاء في"، "ورد أيضاً في" (normalised lemmas): "it says in", or "came (second) in" with no document.
_CAME_IN = re.compile(r"(?:جاء|ورد)(?: (?:ايضا|كذلك))? في")
_TELL_CUES = frozenset("أبلغ أخبر قال صرح أكد أوضح كشف".split())
_ABBREVIATED = frozenset("د م".split())
_DOTTED = re.compile(r"\w\.\w")
# Words that names-dataset lists as first names but news uses as ordinary words.
_NOT_NAMES = frozenset("وزير امير رئيس ملك سلطان شيخ عميد نقيب قائد سفير حاكم والي امين مدير عضو "
                       "نائب وكيل خادم ولي عهد".split())
# Verbs of an interview: the person met or asked speaks next ("التقت «سبق» فلان ... وقال").
_MEETING_VERBS = ("التقت", "والتقت", "التقي", "والتقي", "التقينا", "حاورت", "وحاورت", "سالت", "وسالت",
                  "سالنا", "حاورنا", "استطلعت")
_CONFORMITY_CUES = frozenset({"وفق", "وفقا ل", "طبقا ل"})
# Words that open an interview: "في هذا الحوار"، "الحوار التالي"، "في حوار مع".
_INTERVIEW_PAIRS = frozenset({("هذا", "الحوار"), ("الحوار", "التالي"), ("في", "حوار"), ("حوار", "مع"),
                              ("حوارا", "مع"), ("حوار", "خاص"), ("هذه", "المقابله"), ("المقابله", "التاليه")})
# What an outlet carries that belongs to someone else: "نشرت بياناً لفلان"، "نقلت تصريحات لمسؤول".
_RELAYED_STATEMENTS = frozenset("بيان بيانا تصريح تصريحا تصريحات حديثا رساله كلمه تغريده تدوينه".split())
_INTERVIEW_NOUNS = frozenset("حديث حوار لقاء مقابله اتصال دردشه".split())
_NOT_SOURCE_OF = frozenset("رزق دخل قلق فخر تهديد خطر ازعاج الهام الهامه ثروه طاقه تمويل".split())
# "أحد المقاتلين، يدعى فلان"، "ويدعى أبو أحمد": the words that give an unnamed person's name.
_CALLED = frozenset("يدعي ويدعي تدعي وتدعي اسمه واسمه اسمها واسمها اسمهما واسمهما اسماهما يسمي ويسمي تسمي وتسمي".split())
# Where one posts: "كتب ترامب على تويتر"، "على حسابه": after على, never a name.
_PLATFORMS = frozenset("تويتر فيسبوك فيس بوك انستغرام انستجرام انستقرام يوتيوب تلغرام تيليجرام سناب شات "
                       "حسابه حسابها حسابهم صفحته صفحتها موقعه موقعها".split())
# Adjectives in broken plural after a plural source ("مسؤولون هنود").
_BROKEN_PLURAL_ADJECTIVES = frozenset("عرب هنود اتراك اكراد روس اجانب فرس افغان كبار صغار جدد قدامي".split())
# Broken plurals heading an unnamed group ("وسائل الإعلام"، "المصادر"): no personal name follows them.
_PLURAL_GROUPS = frozenset("وسائل مصادر المصادر اوساط الاوساط دوائر الدوائر مواقع المواقع شهود الشهود خبراء الخبراء "
                           "نشطاء النشطاء سكان السكان اهالي الاهالي علماء العلماء اعضاء الاعضاء قاده القاده زعماء "
                           "الزعماء نواب النواب وزراء الوزراء اطباء الاطباء طلاب الطلاب عمال العمال قوي القوي".split())
# "ذاته"، "نفسها" after a source noun ("المسؤول ذاته"): part of the phrase, never its object.
_SELF_WORDS = frozenset("نفسه نفسها نفسهم انفسهم انفسهما ذاته ذاتها ذاتهم ذواتهم عينه عينها".split())


def _plural_group(tok: str) -> bool:
    """A plural noun heading an unnamed group ("مسؤولون"، "وسائل"، "المصادر"): no personal name follows it."""
    return tok.endswith(("ون", "ين", "ات")) or tok in _PLURAL_GROUPS


# "بينما"، "فيما" opening a sentence: a "while" clause before the main clause.
_WHILE_OPENERS = frozenset("بينما وبينما فبينما فيما وفيما".split())
_QUANTIFIERS = frozenset(
    "احد احدي بعض عدد كبار كثير كثيرا الكثير العديد معظم غالبيه اغلب مجموعه اثنان اثنين اثنتان اثنتين ثلاثه ثلاث اربعه اربع خمسه خمس "

    "عشرات مئات".split())
_FRACTIONS = frozenset("نصف ثلث ربع ثلثا ثلثي خمس عشر".split())
_APPROXIMATORS = frozenset("حوالي نحو قرابه زهاء".split())
_MORE_OR_LESS = frozenset(("اقل", "اكثر"))     # "أقل من نصف المجيبين"
_RESUMPTIVE = frozenset("عنه عنها عنهم اليه اليها اليهم عليه عليها به بها له لها منه منها فيه فيها".split())
_OPENING_ADVERBS = frozenset("البدايه المقابل النهايه الختام حينه جانبه جهته ناحيته".split())
# "التابع لـ": what a body belongs to.
_AFFILIATED = frozenset("التابع التابعه التابعين التابعون".split())
_KANA = frozenset("كان كانت وكان وكانت فكان فكانت تزال يزال زالت زال لاتزال ولاتزال لايزال ولايزال مازال مازالت ومازال ومازالت".split())
# A sentence that cites no one and turns to a person (_topic_person): "أما رنا فتعيش ..."؛ a fronted place
# or time before the person ("في أحد المخيمات، تجلس فاتو")؛ words after a name that set it off as a person.
_TOPIC_LEADS = frozenset("اما واما فاما".split())
# Verbs whose object may be a document: "أدانت الوزارة القرار"، "ودانت قرار سحب الدول"
_CONDEMNING = frozenset("ادان دان استنكر انتقد".split())
# A contrast opening a sentence before its subject ("لكن مندلبليت أشاد بعمل الشرطة")
_CONTRAST_OPENERS = frozenset("لكن ولكن بينما فيما".split())
_FEATURE_OPENERS = frozenset("في علي على عند امام الي بين قرب قبيل غير داخل خارج وسط مع".split())
_TOPIC_APPOSITION = frozenset("( وهو وهي نفسه نفسها واحد واحده".split())
_TOPIC_PLACE_WORDS = frozenset("الي علي في من امام عند قرب بين خلف".split())
_OUR_STAFF = frozenset({"مراسلنا", "مراسلتنا", "موفدنا", "محررنا", "مندوبنا"})
_WORD_TOKEN = re.compile(r"\w+|[^\w\s]")


@lru_cache(maxsize=1 << 16)
def _n(s: str) -> str:
    # (cached: the same cues, heads and names are normalised again and again)
    return " ".join(normalize(s).split())


def _al_variants(token: str) -> tuple[str, ...]:
    """The token and its forms without a leading و/ب/ل/ك and/or article (for lexicon look-ups)."""
    out = [token]
    t = token
    if len(t) > 3 and t[0] == "و":
        out.append(t[1:])
        t = t[1:]
    if t.startswith("لل") and len(t) > 4:
        out.append("ال" + t[2:])
        out.append(t[2:])
        out.append(t[1:])   # ("للجنة التحقيق": ل before a word that begins with ل)
    elif len(t) > 4 and t[0] in "بلك" and t[1:3] == "ال":
        out.append(t[1:])
        out.append(t[3:])
    elif len(t) > 3 and t[0] in "بل":
        out.append(t[1:])
    if t.startswith("ال") and len(t) > 3:
        out.append(t[2:])
    return tuple(dict.fromkeys(out))


@dataclass(frozen=True)
class _Cue:
    key: str                  # normalised form matched
    lemma: str                # lexicon form as written
    cls: str                  # cue class
    form: str                 # perfect | imperfect | participle | fixed | clause | impersonal
    category: str = ""        # for impersonal/editorial forms
    governs: str = ""         # normalised governed preposition
    requires: str = ""        # media | body | source | complement | closed | governs | verb
    position: str = "any"     # any | start | framing | main
    strict_maksura: bool = False
    strict_ya: bool = False       # "يدعي" (claims) is not "يدعى" (is called)
    strict_marks: str = ""      # diacritics that must be written (ذُكر، بيّن)


@dataclass
class _Lexicons:
    cue_re: re.Pattern
    cues: dict[str, list[_Cue]]
    hedge_re: re.Pattern
    disclaimer_re: re.Pattern
    heads: dict[str, dict[tuple[str, ...], str]]        # first word -> rest words -> kind
    roles: dict[str, dict[tuple[str, ...], str]]        # first word -> rest words -> type
    first_names: frozenset[str]
    outlets: dict[str, frozenset[str]]                  # outlet id -> normalised aliases
    alias_to_outlet: dict[str, str]
    participle_keys: frozenset[str] = field(default_factory=frozenset)
    extra_first_names: frozenset[str] = field(default_factory=frozenset)
    first_name_pairs: frozenset[tuple[str, str]] = field(default_factory=frozenset)    # ("رجب", "طيب")
    verb_keys: frozenset[str] = field(default_factory=frozenset)
    person_nouns: frozenset[str] = field(default_factory=frozenset)
    indefinite_roles: frozenset[str] = field(default_factory=frozenset)    # "نائب"، "وزير" (without ال)
    framing_links: frozenset[tuple[str, ...]] = field(default_factory=frozenset)
    media_names: frozenset[str] = field(default_factory=frozenset)    # outlets' names (normalised)
    body_descriptors: frozenset[str] = field(default_factory=frozenset)    # "حقوقيه"، "محليه"، "اخري"
    declared_acts: frozenset[tuple[str, ...]] = field(default_factory=frozenset)    # ("حاله", "الطوارئ")
    headline_labels: frozenset[str] = field(default_factory=frozenset)    # "فيديو"، "عاجل" before a colon


_MARKS = re.compile("[\u064b-\u0652]")


def _marks(written: str) -> str:
    """Diacritics written in a lexicon form other than tanwin (which only marks the accusative)."""
    return "".join(dict.fromkeys(m for m in _MARKS.findall(written) if m not in "\u064b\u064c\u064d"))


def _perfect_forms(written: str) -> list[tuple[str, bool]]:
    base = _n(written)
    forms = [(base, written.endswith("ى"))]
    if written.endswith(("ى", "ا")):
        stem = base[:-1]
        forms += [(stem + "ت", False), (stem + "وا", False)]
    else:
        # (+ن: the feminine plural, "وأكدن"، "وطالبن")
        forms += [(base + "ت", False), (base + "وا", False), (base + "ا", False), (base + "تا", False),
                  (base + "ن", False)]
    return forms


def _imperfect_forms(written: str) -> list[str]:
    base = _n(written)
    forms = [base]
    if base.startswith("ي"):
        forms.append("ت" + base[1:])
    if base.endswith("ي"):
        forms.append(base[:-1] + "ون")
    else:
        forms.append(base + "ون")
        # the dual: "جنيفر أنيستون وجاستن ثيرو يعلنان انفصالهما"، "الطرفان يؤكدان"
        forms.extend(f + "ان" for f in forms[:2] if f.startswith(("ي", "ت")))
    return forms


# Forms of a reporting participle that are mostly nouns: "حاملين لافتات كتب عليها" (banners)
_PARTICIPLE_NOUNS = frozenset({"لافتات"})


def _participle_forms(written: str) -> list[str]:
    base = _n(written)
    stem = base[:-1] if base.endswith("ا") else base
    return [base, stem + "ين", stem + "ه", stem + "تا", stem + "ات"]


def _trie_pattern(keys) -> str:
    """One regular expression for all cue keys, as a trie of their letters: the same matches as the
    alternation of :func:`_alternative` longest first, but scanned much faster (600 cues)."""
    trie: dict = {}
    for key in keys:
        words = key.split(" ")
        atoms: list[str] = []
        body, end = (words[:-1], ["~", "ل", "$"]) if words[-1] == "ل" and len(words) > 1 else (words, ["$B"])
        for index, word in enumerate(body):
            if index:
                atoms.append(" ")
            atoms.extend(word)
        node = trie
        for atom in atoms + end:
            node = node.setdefault(atom, {})

    def emit(node: dict) -> str:
        parts = []
        for atom in sorted(a for a in node if a not in ("$", "$B")):
            piece = {" ": r"\s+", "~": r"\s*"}.get(atom) or re.escape(atom)
            parts.append(piece + emit(node[atom]))
        if "$B" in node:
            parts.append(r"(?!\w)")
        if "$" in node:
            parts.append("")
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(trie)


def _alternative(key: str) -> str:
    words = key.split(" ")
    pattern = r"\s+".join(re.escape(w) for w in words)
    if words[-1] == "ل":
        # "وفقاً لـ" / "وفقاً للوزارة": the ل may be attached to the next word.
        pattern = r"\s*".join([r"\s+".join(re.escape(w) for w in words[:-1]), "ل"])
        return pattern
    return pattern + r"(?!\w)"


# Adverbs that may stand between an impersonal passive and أن ("ويُعتقد أيضاً أن").
_IMPERSONAL_ADVERBS = ("ايضا", "كذلك", "عموما", "على نطاق واسع")


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    cues: dict[str, list[_Cue]] = {}

    def add(cue: _Cue) -> None:
        cues.setdefault(cue.key, []).append(cue)

    for row in read_lexicon("attribution_impersonal"):
        form = row["form"]
        key = _n(form)
        # "يذكر أن" is also written "يذكر أنه"، "يشار إلى أنها": the pronoun on أن changes nothing; nor
        # does an adverb before أن ("ويُعتقد أيضاً أن"، "ويعتقد على نطاق واسع أن").
        keys = [key]
        if key.endswith(" ان") and key.count(" ") == 1:
            keys += [key[:-3] + f" {_n(adverb)} ان" for adverb in _IMPERSONAL_ADVERBS]
        if key.endswith((" ان", " بان")):
            keys += [k + p for k in keys for p in ("ه", "ها", "هم")]
        for variant in keys:
            add(_Cue(key=variant, lemma=form, cls=row.get("class") or "impersonal", form="impersonal",
                     category=row["category"], position=row.get("position") or "any",
                     strict_marks=_marks(form)))
    participles: set[str] = set()
    for row in read_lexicon("attribution_cues"):
        written, form = row["cue"], row["form"]
        common = dict(lemma=written, cls=row["class"], governs=_n(row.get("governs") or ""),
                      requires=row.get("requires") or "", position=row.get("position") or "any")
        if form == "perfect":
            for key, strict in _perfect_forms(written):
                add(_Cue(key=key, form=form, strict_maksura=strict, **common))
        elif form == "imperfect":
            for key in _imperfect_forms(written):
                # "يدعي"/"تدعي" (claims) is not "يدعى"/"تدعى" (is called): both persons keep the ي
                add(_Cue(key=key, form=form, strict_ya=written.endswith("ي") and key.endswith("ي"), **common))
        elif form == "participle":
            for key in _participle_forms(written):
                if key in _PARTICIPLE_NOUNS:
                    continue
                participles.add(key)
                add(_Cue(key=key, form=form, **common))
        else:
            add(_Cue(key=_n(written), form=form, strict_marks=_marks(written), **common))
    cue_re = re.compile(r"(?<!\w)(?P<pre>[وف]?)(?P<cue>" + _trie_pattern(cues) + ")")

    hedge_alts = []
    for row in read_lexicon("attribution_hedges"):
        key = _n(row["hedge"])
        if row.get("form") == "before_imperfect":
            hedge_alts.append(re.escape(key) + r"(?=\s+[يتن]\w{2,})")
        else:
            hedge_alts.append(_alternative(key))
    hedge_alts.sort(key=len, reverse=True)
    hedge_re = re.compile(r"(?<!\w)[وف]?(?P<h>" + "|".join(hedge_alts) + ")")

    disc_alts = []
    for row in read_lexicon("attribution_disclaimers"):
        parts = [r"\s+".join(re.escape(w) for w in _n(p).split()) for p in row["form"].split("*")]
        disc_alts.append(r"(?:\s+\S+){0,5}\s+".join(p for p in parts if p) + r"(?!\w)")
    disc_alts.sort(key=len, reverse=True)
    disclaimer_re = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(disc_alts) + ")")

    heads: dict[str, dict[tuple[str, ...], str]] = {}
    for row in read_lexicon("attribution_sources"):
        words = _n(row["head"]).split()
        if not words:
            continue
        heads.setdefault(words[0], {}).setdefault(tuple(words[1:]), row["kind"])
        if words[0].startswith("ال") and len(words[0]) > 3:
            heads.setdefault(words[0][2:], {}).setdefault(tuple(words[1:]), row["kind"])
    roles: dict[str, dict[tuple[str, ...], str]] = {}
    first_names_lex = frozenset(_n(row["name"]) for row in read_lexicon("attribution_first_names")) \
        | _name_resources()[4]
    for row in read_lexicon("attribution_roles"):
        words = _n(row["word"]).split()
        if not words:
            continue
        forms = [words[0]]
        if row["type"] in ("role", "staff") and not words[0].endswith(("ه", "ا")) \
                and words[0] + "ه" not in first_names_lex and words[0][2:] + "ه" not in first_names_lex:
            forms.append(words[0] + "ه")     # the feminine: الناطقة، مديرة، مراسلة، قاضية (not أميرة)
        rests = [tuple(words[1:])]
        if len(words) == 2 and words[1].startswith("ال") and words[1].endswith("ين"):
            rests.append((words[1][2:-1],))     # in construct: "كبير اقتصاديي الصندوق"
        for w0 in forms:
            for rest in rests:
                roles.setdefault(w0, {}).setdefault(rest, row["type"])
            if w0.startswith("ال") and len(w0) > 3 and row["type"] != "title":
                roles.setdefault(w0[2:], {}).setdefault(tuple(words[1:]), row["type"])
    first_name_rows = [_n(row["name"]).split() for row in read_lexicon("attribution_first_names")]
    first_names = frozenset(words[0] for words in first_name_rows if len(words) == 1)
    outlets: dict[str, set[str]] = {}
    for row in read_lexicon("attribution_outlets"):
        outlets.setdefault(row["outlet"], set()).add(_n(row["alias"]))
    alias_to_outlet = {alias: outlet for outlet, aliases in outlets.items() for alias in aliases}
    for outlet in outlets:
        alias_to_outlet.setdefault(_n(outlet), outlet)
    return _Lexicons(
        cue_re=cue_re, cues=cues, hedge_re=hedge_re, disclaimer_re=disclaimer_re, heads=heads,
        roles=roles, first_names=first_names,
        first_name_pairs=frozenset(tuple(words) for words in first_name_rows if len(words) == 2),
        outlets={k: frozenset(v) for k, v in outlets.items()}, alias_to_outlet=alias_to_outlet,
        participle_keys=frozenset(participles),
        person_nouns=frozenset(_n(row["noun"]) for row in read_lexicon("attribution_person_nouns")),
        body_descriptors=frozenset(_n(row["descriptor"]) for row in read_lexicon("attribution_body_descriptors")),
        declared_acts=frozenset(tuple(_n(row["act"]).split()) for row in read_lexicon("attribution_declared_acts")),
        headline_labels=frozenset(_n(row["label"]) for row in read_lexicon("attribution_headline_labels")),
        indefinite_roles=frozenset(w for w, rests in roles.items() if not w.startswith("ال") and rests.get(()) == "role"),
        framing_links=frozenset(tuple(_n(row["link"]).split()) for row in read_lexicon("attribution_framing_links")),
        media_names=frozenset(alias_to_outlet) | frozenset(
            _n(row["name"]) for row in read_lexicon("attribution_media_names")),
        verb_keys=frozenset(k for k, cs in cues.items() if " " not in k and len(k) > 2
                            and any(c.form in ("perfect", "imperfect") for c in cs)),
        extra_first_names=frozenset(
            k for k in _name_resources()[0]
            if k not in heads and k not in roles and k not in cues and k not in _NOT_NAMES),
    )


def _owned_document(lex: _Lexicons, s: _Sent, i: int) -> tuple[_Source, int] | None:
    """After بحسب/وفق, a definite noun that a relative clause says was issued by a source ("الضوابط التي
    أعلنتها الوزارة": the ministry's) or seen by the outlet ("الخطة التي اطلعت عليها «الشرق الأوسط»": the
    document itself, named): (source, end of the phrase), else None."""
    toks = s.toks
    rel = next((r for r in range(i + 1, min(len(toks), i + 4)) if toks[r] in ("التي", "الذي", "التى")), None)
    if rel is None or rel + 1 >= len(toks) or not toks[i].startswith("ال") or toks[i][2:] in _MANNER_NOUNS \
            or not all(_is_word(t) for t in toks[i:rel]):
        return None
    verb = toks[rel + 1]
    noun = _Source(text=_clean(s.orig_tokens(i, rel)), name=_clean(s.orig_tokens(i, rel)), kind="document",
                   category="named_source", recognised=True)
    if verb.startswith(_SEEN):
        return noun, rel
    if not verb.startswith(_ISSUED):
        return None
    k = rel + 2
    while k < len(toks) and toks[k] in ("فيه", "فيها", "عليه", "عليها", "به", "بها"):
        k += 1
    if k >= len(toks) or not _is_word(toks[k]):
        return None
    owner = _parse_source(lex, s, k, _np_end(lex, s, k, min(len(toks), k + 8)))
    if not _recognisable(owner) or owner.category != "named_source" or owner.kind == "person" and not owner.name:
        return None
    return replace(owner, text=_clean(s.orig_tokens(i, _np_end(lex, s, k, min(len(toks), k + 8))))), rel


def _speaker_after_quote(lex: _Lexicons, norm: str, start: int) -> bool:
    """A reporting verb right after the quotation that holds offset ``start`` ('"..."، تقول زينب')."""
    close = min((p for p in (norm.find(q, start) for q in _CLOSING_QUOTES) if p >= 0), default=-1)
    if close < 0:
        return False
    words = norm[close + 1:].lstrip(" ،,").split(maxsplit=1)
    return bool(words) and (words[0] in lex.verb_keys or words[0][1:] in lex.verb_keys and words[0][:1] in "وف")


def _media_name_len(lex: _Lexicons, toks: Sequence[str], i: int) -> int:
    """Number of tokens of the longest outlet name starting at token i (up to three), else 0."""
    return next((n for n in (3, 2, 1) if i + n <= len(toks) and " ".join(toks[i:i + n]) in lex.media_names), 0)


def _framing_link_follows(lex: _Lexicons, norm: str, end: int) -> bool:
    """Whether a framing link ("في إطار"، "بعد") follows within six words of offset ``end``."""
    words = re.findall(r"\w+", norm[end:end + 200])[:8]
    return any(tuple(words[i:i + len(link)]) == link for i in range(7) for link in lex.framing_links)


def reload_lexicons() -> None:
    """Forget the compiled lexicons (after an analyst edited ``data/lexicons/attribution_*.csv``)."""
    _lexicons.cache_clear()


# --------------------------------------------------------------------------------------------
# One sentence
# --------------------------------------------------------------------------------------------


def _spelt_preposition(toks: list[str], index: int) -> bool:
    """"ردا علي سؤال"، "علي التكيف": على spelt with ي (common in some outlets) before a common word that
    is no name, and not after a title or a name link ("الشيخ علي"، "بن علي")."""
    lex = _lexicons()
    nxt = toks[index + 1] if index + 1 < len(toks) else ""
    prev = toks[index - 1] if index > 0 else ""
    if (not nxt or nxt in lex.first_names or _starts_name(lex, nxt) or prev in _NAME_LINKS or _is_title_word(lex, prev)
            or _starts_name(lex, prev)):
        return False    # (but "محمد علي فارسي": a father's name)
    _, last, propers, _, _, _ = _name_resources()
    bare = nxt[2:] if nxt.startswith("ال") else nxt
    if bare in last or bare in propers:
        return False    # "علي العمير"، "علي الشبل": a family name that is also a word
    return _is_common_word(lex, nxt) and (_lookup(lex.roles, toks, index + 1) or (None,))[0] != "title"


def _join_glued(toks: list[str], starts: list[int], ends: list[int], mark: str, joinable) -> None:
    """Join, in place, two words glued by ``mark`` with no space ("بي.إم.دبليو"، "جيه-إن") into one token,
    where ``joinable(left, right)`` allows it."""
    x = 1
    while x < len(toks) - 1:
        if (toks[x] == mark and ends[x - 1] == starts[x] and ends[x] == starts[x + 1]
                and _is_word(toks[x - 1]) and _is_word(toks[x + 1]) and joinable(toks[x - 1], toks[x + 1])):
            toks[x - 1:x + 2] = [toks[x - 1] + mark + toks[x + 1]]
            starts[x - 1:x + 2] = [starts[x - 1]]
            ends[x - 1:x + 2] = [ends[x + 1]]
        else:
            x += 1


class _Sent:
    """A sentence: original text, normalised text, offset map and tokens (normalised)."""

    __slots__ = ("text", "norm", "pos", "toks", "starts", "ends")

    def __init__(self, text: str):
        self.text = text
        self.norm, self.pos = _normalize_with_map(text)
        toks, starts, ends = [], [], []
        for m in _WORD_TOKEN.finditer(self.norm):
            toks.append(m.group())
            starts.append(m.start())
            ends.append(m.end())
        if "." in self.norm:
            # "م. عبداللطيف"، "د. أحمد": the dot of an abbreviated title ends no sentence; nor do the
            # dots inside "بي.إم.دبليو".
            drop = [x for x in range(1, len(toks) - 1) if toks[x] == "." and toks[x - 1] in _ABBREVIATED
                    and _is_word(toks[x + 1])]
            for x in reversed(drop):
                del toks[x], starts[x], ends[x]
            # "بي.إم.دبليو": letters joined by dots with no space are one name
            if _DOTTED.search(self.norm):
                _join_glued(toks, starts, ends, ".", lambda left, right: len(left) <= 4 or "." in left)
        if "-" in self.norm:
            # "مون جيه-إن"، "كيم جونغ-أون": words joined by a hyphen with no space are one word
            _join_glued(toks, starts, ends, "-",
                        lambda left, right: not any(c.isdigit() or c == "." for c in left + right))
        self.toks, self.starts, self.ends = toks, starts, ends
        if "علي" in self.norm:
            for index, tok in enumerate(toks):
                nxt = toks[index + 1] if index + 1 < len(toks) else ""
                if tok == "علي" and (self.orig(starts[index], ends[index]).rstrip("\u064b-\u0652").endswith("ى") or (
                        (nxt in _PREP_NEXT or not (nxt[:1].isalpha() or nxt in _COMMAS) or _spelt_preposition(toks, index))
                        and not (index > 0 and toks[index - 1] in ("بن", "ابن", "بنت")))):   # ("أحمد بن علي أن")
                    toks[index] = "على"     # the preposition, not the name علي (which a comma may follow)
        if "ان" in toks or "الان" in toks or "الي" in toks:
            for index, tok in enumerate(toks):
                if tok == "الي" and self.orig(starts[index], ends[index]) == "ألي":
                    toks[index] = "ألي"     # the name Ally ("وقالت ألي جان")، never إلى
                    continue
                if tok == "ان" and self.orig(starts[index], ends[index]).startswith("آ"):
                    toks[index] = "آن"      # the name Anne ("قالت آن لونغفيلد") or "في آن واحد", never "أن"
                elif tok == "الان" and self.orig(starts[index], ends[index]).startswith("أ"):
                    toks[index] = "ألان"    # the name Alan ("ويصف ألان فاين"), never "الآن" (now)

    def orig(self, start: int, end: int) -> str:
        """Original text of the normalised span [start, end)."""
        if end <= start:
            return ""
        if self.pos is None:
            return self.text[start:end]
        o_start = self.pos[start]
        o_end = self.pos[end - 1] + 1
        # Keep the diacritics and tatweel written on the last letter.
        n = len(self.text)
        while o_end < n and not _TABLE[ord(self.text[o_end])]:
            o_end += 1
        return self.text[o_start:o_end]

    def orig_tokens(self, i: int, j: int) -> str:
        if j <= i:
            return ""
        return self.orig(self.starts[i], self.ends[j - 1])

    def token_of(self, char: int) -> int:
        """Index of the token that contains normalised offset ``char`` (or the one before it)."""
        import bisect
        return max(0, bisect.bisect_right(self.starts, char) - 1)

    def token_at(self, char: int) -> int:
        """Index of the first token starting at or after normalised offset ``char``."""
        import bisect
        return bisect.bisect_left(self.starts, char)


def _clean(s: str) -> str:
    s = "".join(" " if ch in _QUOTES or ch in "()[]#_" else ch for ch in s)     # (hashtags: "#جون_ماكين")
    s = " ".join(s.split())
    return s.strip(" ،,.:؛;-–—")


def _strip_clitic(text: str, tok: str, *, li_on_common: bool = False) -> str:
    """Drop a و/ب/ل written on the first word of a phrase: "للاتحاد" -> "الاتحاد", "ووزارة" -> "وزارة"
    (``li_on_common``: also a ل on a common word, "لأوراق" -> "أوراق")."""
    if not text or not tok:
        return text
    if tok.startswith("لل") and len(tok) > 4 and text.startswith("لل"):
        lex = _lexicons()
        if tok[1:] in lex.heads or tok[1:] in lex.roles:
            words = text.split()
            second = _n(words[1]) if len(words) > 1 else ""
            if second.startswith("ال") and (second.endswith("يه") or (
                    second.startswith("الم") and second.endswith("ه") and len(second) >= 7)):
                # للجنة الوطنية = ل + اللجنة الوطنية; للجنة المنظمة = ل + اللجنة المنظمة (a participle)
                return "ال" + text[1:]
            return text[1:]          # للجنة التحقيق = ل + لجنة
        return "ا" + text[1:]        # للاتحاد = ل + الاتحاد
    if len(tok) > 4 and tok[0] in "وبل" and tok[1:3] == "ال" and text[0] == tok[0] \
            and not _lookup(_lexicons().roles, [tok], 0):      # (but "والدة": a role, not و + ال)
        return text[1:]
    if len(tok) > 3 and tok[0] in "ول" and text[0] == tok[0] and (
            _lookup(_lexicons().heads, [tok[1:]], 0) or _lookup(_lexicons().roles, [tok[1:]], 0)):
        return text[1:]
    if li_on_common and len(tok) > 4 and tok[0] == "ل" and text[0] == tok[0] \
            and _name_resources()[3].get(tok, 0) < COMMON_WORD_MIN_FREQ \
            and _is_common_word(_lexicons(), tok[1:]) and not _lookup(_lexicons().heads, [tok], 0):
        return text[1:]         # "وفقا لأوراق الدعوى" = ل + أوراق (but "لجنة" is a word of its own)
    return text


def _is_word(tok: str) -> bool:
    return tok[0].isalpha()


def _lookup(table: dict[str, dict[tuple[str, ...], str]], toks: list[str], k: int
            ) -> tuple[str, int] | None:
    """Longest lexicon entry starting at token k: (value, number of tokens)."""
    if k >= len(toks):
        return None
    best = None
    for variant in _al_variants(toks[k]):
        rests = table.get(variant)
        if not rests:
            continue
        for rest, value in rests.items():
            n = len(rest)
            if k + 1 + n > len(toks):
                continue
            ok = all(
                toks[k + 1 + m] == word or (toks[k + 1 + m].startswith("ال") and toks[k + 1 + m][2:] == word)
                or ("ال" + toks[k + 1 + m]) == word
                for m, word in enumerate(rest)
            )
            if ok and (best is None or n + 1 > best[1]):
                best = (value, n + 1)
    return best


@dataclass
class _Source:
    text: str = ""
    name: str = ""
    kind: str = ""
    role: str = ""
    affiliation: str = ""
    place: str = ""
    category: str = "named_source"
    recognised: bool = False
    staff_role: bool = False
    not_source: bool = False
    agreement: str = ""         # "m"/"f": the gender of the verb it was cited with ("قالت" -> "f")


def _named_person(name: str) -> _Source:
    """A person named by ``name`` alone (as written), with no role around it."""
    return _Source(text=name, name=name, kind="person", recognised=True)


def _opens_with_quotation(toks: list[str]) -> bool:
    """The sentence opens with a quotation of some length, or one it leaves open; not with a credit
    line or a title in quotation marks ("«واس» ..."، '"سبق" تهنئ ...')."""
    k = next((m for m, t in enumerate(toks) if _is_word(t) or t in _OPENING_QUOTES), None)
    if k is None or toks[k] not in _OPENING_QUOTES:
        return False
    end = _quote_end(toks, k, len(toks))
    return end < 0 or sum(_is_word(t) for t in toks[k + 1:end]) >= 4


def _quote_end(toks: list[str], k: int, limit: int) -> int:
    """Index of the closing quote of the quote opened at k (or -1)."""
    for m in range(k + 1, min(limit, len(toks))):
        if toks[m] in _QUOTES:
            return m
    return -1


def _name_run(lex: _Lexicons, toks: list[str], k: int, j: int) -> int:
    """End (exclusive) of a personal name starting at k, within [k, j)."""
    if k < j and toks[k][:1] in "بل" and toks[k].endswith(("ه", "ها", "هم")) and toks[k] not in lex.first_names:
        return k            # "الملك المفدى باسمه": a preposition with a pronoun, no name
    m = k
    count = 0
    while m < j and count < 8:
        t = toks[m]
        if not _is_word(t) or (len(t) == 1 and count > 0):
            break       # (a detached preposition: "القصبي بـ«أن ...»")
        if count == 0 and t != "علي" and (t in _PLACE_PREPS or t in _COMPLEMENTIZERS or t in _CONNECTORS
                                          or t in ("بكل", "لكل") or (len(t) > 4 and (
                                              (t.startswith("لل") and _is_common_word(lex, "ال" + t[2:]))
                                              or (t.startswith("بال") and _is_common_word(lex, t[1:]))))):
            # "الأستاذة في جامعة ..."، "الرئيس التنفيذي للتكنولوجيا": a preposition opens no name (but
            # "بالوتيلي" may)
            break
        if count > 0:
            if t in _SPEECH_NOUNS or _accusative_a(lex, t):
                break       # "وقدم الدكتور الدوسري الشكر"، "ماجدة عددا": the object, not a surname
            if t.startswith(("بال", "لل")) and len(t) > 4:
                break       # "ورحب الدكتور فلان بالحضور": a preposition with the article ends the name
            if t.startswith("ال") and t.endswith("ات") and _is_common_word(lex, t):
                break       # "ورفض حمدان الإجراءات": a plural noun, the object, not a family name
            if t[:1] == "ل" and _to_outlet(lex, t):
                break       # "يقول مازن لـDW": the outlet spoken to ends the name
            if (t in _COMPLEMENTIZERS or t in _PLACE_PREPS or t in _ADJUNCT_WORDS or t in _CONNECTORS
                    or t in _NAME_STOP) and not (t == "علي" and (toks[m - 1] in _NAME_LINKS or (
                        _starts_name(lex, toks[m - 1]) and m + 1 < j and _is_word(toks[m + 1])
                        and toks[m + 1] not in _NAME_STOP and toks[m + 1] not in _CONNECTORS
                        and toks[m + 1] not in _PLATFORMS) or (
                        count == 1 and toks[m - 1] in lex.first_names and (m + 1 >= j or toks[m + 1] in _COMMAS)))):
                # (but "عبدالله علي الشمراني": علي is the father's name; "محمد علي،": the second name)
                break
            if t not in _NAME_LINKS and toks[m - 1] not in _NAME_LINKS and not (
                    t == "امير" and m + 1 < j and _starts_name(lex, toks[m + 1])):   # "حسين أمير عبد اللهيان"
                rl = _lookup(lex.roles, toks, m)
                hd = _lookup(lex.heads, toks, m)
                family = (rl and rl[1] == 1 and t.startswith("ال") and toks[m - 1] in lex.first_names
                          and (m + 1 >= j or not _is_word(toks[m + 1]) or toks[m + 1] in _COMPLEMENTIZERS
                               or toks[m + 1] == "ل"))
                if (rl and rl[0] in ("role", "staff") and not family) or (
                        hd and hd[0] in ("official_body", "organisation", "media", "document", "reports")):
                    break   # (but "مهند الخطيب"، "سامي القاضي": a family name that is also a role word)
            if (count >= 2 and toks[m - 1] not in _NAME_LINKS and t not in _NAME_LINKS and not t.startswith("ال")
                    and not (count <= 3 and t in lex.first_names)
                    and not ((toks[m - 2] in ("بن", "ابن", "بنت", "عبد") or toks[m - 1] in lex.first_names
                              or toks[m - 1] == "الدين" or (toks[m - 2], toks[m - 1]) in lex.first_name_pairs)
                             and count <= 4 and not _is_common_word(lex, t)
                             and t not in _NAME_STOP and t not in _CONNECTORS and t not in _ADJUNCT_WORDS
                             and not _lookup(lex.heads, toks, m) and not _lookup(lex.roles, toks, m))):
                break       # (but "فهد بن محمد بارباع": a family name after the father's)
            if (t not in _NAME_LINKS and not t.startswith("ال") and toks[m - 1] not in _NAME_LINKS
                    and (t.endswith(("ه", "ات")) or t[0] in "تا") and _is_common_word(lex, t)):
                break       # "وصف مسعود مغادرة"، "دعا فرنسيس حكومات العالم": the object, not a surname
        m += 1
        count += 1
        # A surname with ال ends the name (محمد السعد), except after عبد/أبو (عبد الفتاح السيسي).
        if count > 1 and t.startswith("ال") and t != "ال" and toks[m - 2] not in ("عبد", "ابو", "ابي", "ام", "بن", "ابن", "بنت") \
                and not (t == "الدين" and count == 2):     # (but "نور الدين حمداني": a compound first name)
            break
    # A name does not end on a link word.
    while m > k + 1 and toks[m - 1] in _NAME_LINKS:
        m -= 1
    return m


def _title_ok(lex: _Lexicons, toks: list[str], k: int) -> bool:
    """A title word is a title, not part of a name of place ("مطار الملك عبدالعزيز", "جامعة الملك سعود")."""
    if k == 0:
        return True
    prev = toks[k - 1]
    if not _is_word(prev) or prev.startswith(_DEFINITE) or prev in _NAME_LINKS:
        return True
    if toks[k].startswith("ال") and (_starts_name(lex, prev) or (
            _name_resources()[3] and prev[:1] not in "بل" and not _is_common_word(lex, prev)
            and toks[k] not in ("الملك", "الامير", "الاميره", "الشيخ", "الامام", "السلطان"))):
        # "بجامعة الملك عبدالعزيز الدكتور فلان"، "أمين منطقة نجران المهندس فلان": a proper name
        # governs no title (but "جامعة الملك سعود": a common noun in construct)
        return True
    rl = _lookup(lex.roles, toks, k - 1)
    return bool(rl) and rl[0] != "title"


def _closing_name(lex: _Lexicons, toks: list[str], k: int, j: int) -> tuple[int, int] | None:
    """The personal name that an unnamed official's phrase [k, j) gives after its description, else None:
    a name from a first name or a title ("مسؤول التدريب بغرفة نجران عبدالله الصقري"، "الخبير العقاري
    المهندس فلان"), or (foreign) words closing the phrase after a comma, a quote or a definite word
    ("المحلل في شركة «الجزيرة كابتال» جاسم الجبران"، "الخبير الاقتصادي الإيطالي، ماسيمو ديندرياس").
    Not a name in construct with the noun before it, which names that body ("مسؤولة في حملة هيلاري
    كلينتون"، "شركة عبد اللطيف جميل")."""
    while j > k and not _is_word(toks[j - 1]):
        j -= 1          # (a comma closing the apposition)
    j = next((m for m in range(k + 1, j) if toks[m][:1] == "ل" and (
        toks[m][1:] in lex.media_names or (_lookup(lex.heads, [toks[m][1:]], 0) or (None,))[0] == "media")), j)
    # (the outlet spoken to ends the phrase: "... كيلفن وونغ لوكالة فرانس برس")
    m = _next_name_start(lex, toks, k, j)
    while m is not None:
        stop = _name_run(lex, toks, m, j)
        titled = m > k and (_lookup(lex.roles, toks, m - 1) or (None,))[0] == "title" \
            and not toks[m].startswith("ال") and toks[m] not in _NAME_STOP    # "الدكتور باسل القضاة"
        if stop >= m + 2 and (_starts_name(lex, toks[m]) or titled) and not (
                _is_common_word(lex, toks[m - 1]) and not toks[m - 1].startswith(_DEFINITE)):
            return m, stop
        m = _next_name_start(lex, toks, max(stop, m + 1), j)
    for m in range(k + 1, j):
        after_comma = toks[m - 1] in _COMMAS or (      # (or a closing quote: "شركة «أواندا» كيلفن وونغ")
            toks[m - 1] in _QUOTES and sum(t in _QUOTES for t in toks[k:m]) % 2 == 0)
        # "الخبير الفلاحي إدريس العلمي": an unknown first name and a family name closing the phrase
        # after a definite word
        unknown_first = 2 <= j - m <= 3 and toks[m - 1].startswith("ال") and not toks[m].startswith("ال") \
            and (toks[m][:1] not in "وبلفك" or (toks[m][:1] in "فك" and len(toks[m]) >= 5 and toks[m][1:3] != "ال"
                                               and not _is_common_word(lex, toks[m][1:]))) \
            and _is_word(toks[m]) and not _is_common_word(lex, toks[m]) and toks[m] not in _NAME_STOP \
            and not _lookup(lex.heads, toks, m) and not _lookup(lex.roles, toks, m) \
            and all(_is_word(t) and (t.startswith("ال") or not _is_common_word(lex, t)) for t in toks[m + 1:j])
        if unknown_first:
            return m, j
        if not (_starts_name(lex, toks[m]) or after_comma) or j - m < 2 or _name_run(lex, toks, m, j) != j:
            continue
        if after_comma and not _starts_name(lex, toks[m]) and not (
                j - m <= 3 and all(_is_word(t) and not _is_common_word(lex, t) and not _lookup(lex.heads, [t], 0)
                                   and not t.startswith(_DEFINITE) for t in toks[m:j])):
            continue
        if after_comma or toks[m - 1] in _QUOTES or (toks[m - 1].startswith("ال") and not _lookup(lex.heads, toks, m - 1)):
            return m, j
    return None


def _next_name_start(lex: _Lexicons, toks: list[str], k: int, j: int) -> int | None:
    """First token in [k, j) that starts a personal name: after a valid title, or a first name."""
    m = k
    while m < j:
        t = toks[m]
        if t in _QUOTES or t in _COMPLEMENTIZERS or t in _NAME_STOP:
            return None
        if t in _COMMAS:
            m += 1
            continue
        rl = _lookup(lex.roles, toks, m)
        if rl and rl[0] == "title" and (m == k or _title_ok(lex, toks, m)):
            e = m + rl[1]
            while e < j and (toks[e] in _RANK_WORDS or (_lookup(lex.roles, toks, e) or (None,))[0] == "title"):
                e += 1
            while e < j and toks[e].startswith("ال") and toks[e].endswith(("ي", "يه")) and toks[m] not in _HONORIFICS:
                e += 1
            if e < j and _is_word(toks[e]) and not _lookup(lex.heads, toks, e) and (
                    not toks[e].startswith("ال") or _looks_definite_name(lex, toks, e, j)):
                return e        # (also "السير أليكس فيرجسون": a foreign first name that looks definite)
            if (e < j and toks[m] in _HONORIFICS and toks[e].startswith("ال") and len(toks[e]) > 4
                    and not _lookup(lex.heads, toks, e) and not _lookup(lex.roles, toks, e)
                    and not _is_common_word(lex, toks[e]) and not toks[e].endswith(("يه", "ون", "ين", "ات"))):
                return e        # "دعا د. اليامي": a family name alone after an honorific
        if _starts_name(lex, t) and not (m > 0 and toks[m - 1] in ("ابن", "بن")) and not (
                t == "باسم" and m > 0 and (_lookup(lex.roles, toks, m - 1) or (None,))[0] in ("role", "staff", "modifier")) \
                and not (m > 0 and (_lookup(lex.roles, toks, m - 1) or (None,))[0] == "title"
                         and not _title_ok(lex, toks, m - 1)):
            # (but "بجامعة الملك عبدالعزيز": a name inside an institution's name is not the source)
            return m        # (but "المتحدث الرسمي باسم الوزارة": باسم is "on behalf of")
        m += 1
    return None


# A word seen at least this often in farahidi's corpus counts (``analysis.entities.resources``)
# and not known as a personal name is a common word, not a surname: "وصف مسعود مغادرة".
COMMON_WORD_MIN_FREQ = 30
# A single unknown word after "قال لـ" is whom one spoke to only when it is this frequent.
RECIPIENT_WORD_MIN_FREQ = 2000
# First names of names-dataset (best rank in an Arabic-speaking country) used besides
# ``attribution_first_names.csv`` when they are not common words.
RESOURCE_FIRST_NAME_MAX_RANK = 1500


@lru_cache(maxsize=1)
def _name_resources():
    """(extra first names, last names, propers, stem counts, all first names, nisba adjectives of
    places) from the entity resources, or empties."""
    try:
        from .entities.resources import load_resources

        res = load_resources()
    except Exception:   # the optional packages are missing: the lexicons alone are used
        return frozenset(), frozenset(), frozenset(), {}, frozenset(), frozenset()
    stems = res.stem_freq
    first = frozenset(
        k for k, rank in res.first_names.items()
        if rank <= RESOURCE_FIRST_NAME_MAX_RANK and len(k) >= 3 and not k.startswith(("ال", "لل", "لب"))
        and not k.endswith(("هم", "ها", "كم")) and k not in res.nisba
        and stems.get(k, 0) < COMMON_WORD_MIN_FREQ
        and not (k[0] in "لبو" and stems.get(k[1:], 0) >= COMMON_WORD_MIN_FREQ))
    return (first, frozenset(res.last_names), frozenset(res.propers), stems, frozenset(res.first_names),
            frozenset(res.nisba))


def _is_nationality(tok: str) -> bool:
    """"الأميركي"، "الفرنسية": the adjective of a place, not a family name."""
    bare = tok[2:] if tok.startswith("ال") else tok
    nisba = _name_resources()[5]
    if bare.endswith("يه"):
        bare = bare[:-1]
    # (the lexicon lacks some: "التركي" of تركيا; a country in -يا gives its adjective in -ي)
    return bare in nisba or (len(bare) > 3 and bare.endswith("ي") and bare + "ا" in _states())


_COMMON_CACHE: dict[str, bool] = {}


def _is_common_word(lex: _Lexicons, tok: str) -> bool:
    """A frequent ordinary word that is not a known personal name (ضرورة، مغادرة، إجراءات)."""
    hit = _COMMON_CACHE.get(tok)
    if hit is None:
        first, last, propers, stems, _, _ = _name_resources()
        if tok[:1] in "لب" and len(tok) >= 3 and tok[1:] not in lex.first_names \
                and stems.get(tok[1:], 0) >= COMMON_WORD_MIN_FREQ:
            hit = True      # "لكل"، "بحجة": a preposition on a common word
        elif tok in lex.first_names or tok in first or tok in last or tok in propers or not stems:
            hit = False
        else:
            bare = tok[2:] if tok.startswith("ال") and len(tok) > 4 else tok
            hit = max(stems.get(tok, 0), stems.get(bare, 0)) >= COMMON_WORD_MIN_FREQ
        _COMMON_CACHE[tok] = hit
    return hit


def _possessed_anonymous(lex: _Lexicons, tok: str) -> bool:
    """An unnamed-source noun with a pronoun ending ("أصدقاؤها"، "زملاؤه"، "جيرانهم"): his or her
    friends, colleagues or neighbours, unnamed."""
    for ending in ("هما", "هم", "ها", "ه"):
        if tok.endswith(ending) and len(tok) - len(ending) >= 4:
            stem = tok[:-len(ending)]
            if stem[-1] in "ءئ" or (ending == "ه" and stem[-1] not in "ؤن"):
                return False    # ("يرى أصدقاءه": the object; "خبيرة"، "الشاهدة": ة, no pronoun)
            form = stem[:-1] + "ء" if stem[-1] == "ؤ" else stem
            return (lex.heads.get(form) or {}).get(()) == "anonymous"
    return False


def _possessed_role(lex: _Lexicons, s: _Sent, k: int) -> bool:
    """A role with a pronoun ending, as written ("محاميه"، "مدربها"، "زوجته"; not "محامية"، "مستشارة",
    whose ة reads the same once normalised): the one who serves the person just spoken of."""
    written = _n(s.orig(s.starts[k], s.ends[k]).replace("ة", "ت"))
    for ending in ("هما", "هم", "ها", "ه"):
        stem = written[:-len(ending)]
        if written.endswith(ending) and len(stem) >= 3:
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            return (_lookup(lex.roles, [stem], 0) or (None,))[0] == "role"
    return False


def _dual_anonymous(lex: _Lexicons, tok: str) -> bool:
    """The dual of an anonymous noun: خبيران، مصدران، شاهدين."""
    if len(tok) < 5 or not tok.endswith(("ان", "ين")):
        return False
    # (and of a noun for one unnamed person: مواطنين، محاميان of محامٍ)
    return (_lookup(lex.heads, [tok[:-2]], 0) or (None,))[0] == "anonymous" or tok[:-2] in lex.person_nouns \
        or (tok[-3] == "ي" and tok[:-3] in lex.person_nouns)


def _generic_plural_construct(lex: _Lexicons, tok: str) -> bool:
    """A sound masculine plural in construct (مختصو، ممثلو، مسؤولو) of an anonymous noun or a role."""
    if len(tok) >= 6 and tok.endswith("ي") and not tok.startswith("ال"):
        # (its genitive or accusative after أن, في or a verb: "إلا أن منتقدي التطبيق يرون")
        stem = tok[1:-1] if tok[0] == "و" and len(tok) > 6 else tok[:-1]
        return any((_lookup(lex.heads, [t + "ين"], 0) or (None,))[0] == "anonymous" for t in (stem, tok[:-1]))
    if len(tok) < 5 or not tok.endswith("و") or tok.startswith("ال"):
        return False
    stem = tok[1:-1] if tok[0] == "و" and len(tok) > 5 else tok[:-1]
    for t in (stem, tok[:-1]):
        if (_lookup(lex.heads, [t + "ون"], 0) or (None,))[0] == "anonymous":
            return True
        if (_lookup(lex.roles, [t], 0) or (None,))[0] in ("role", "staff"):
            return True
        if (_lookup(lex.heads, [t], 0) or (None,))[0] == "anonymous":
            return True
    return False


def _accusative_a(lex: _Lexicons, tok: str) -> bool:
    """An indefinite accusative written without its tanween mark ("عددا"، "بيانا"): an object."""
    return (len(tok) >= 4 and tok.endswith("ا") and not tok.startswith("ال") and tok not in lex.first_names
            and tok not in _ADVERBIAL_ACCUSATIVES and _is_common_word(lex, tok[:-1]) and not _is_common_word(lex, tok))


def _starts_name(lex: _Lexicons, tok: str) -> bool:
    if tok.startswith(("بال", "وال", "لل", "فال", "كال")) and tok not in lex.first_names:
        return False    # "بالمملكة": a preposition with the article starts no name
    return (tok in lex.first_names or tok in lex.extra_first_names or (tok.startswith("عبد") and len(tok) > 4) or tok == "عبد"
            or tok in ("ابو", "ابا", "ابي", "ام") or (tok.startswith("ابو") and len(tok) > 4 and tok not in _places()))
    # (but "أبوظبي" is a place, not a kunya)


def _looks_definite_name(lex: _Lexicons, toks: list[str], m: int, j: int) -> bool:
    """"ألبرت"، "أليكس": a foreign first name that only looks like it carries the article: no common
    word after its ال, and a word without ال after it."""
    if len(toks[m]) < 5 or m + 1 >= j or not _is_word(toks[m + 1]) or toks[m + 1].startswith("ال"):
        return False
    return toks[m] in _name_resources()[2] or _rare_word(lex, toks[m][2:])


def _rare_word(lex: _Lexicons, bare: str) -> bool:
    """What follows an article-like ال is no ordinary word: rare in the word counts (or no counts are
    installed) and not a common word ("ألبرت" -> "برت")."""
    stems = _name_resources()[3]
    return (not stems or stems.get(bare, 0) < COMMON_WORD_MIN_FREQ) and not _is_common_word(lex, bare)


def _name_in_lam(lex: _Lexicons, toks: Sequence[str], m: int, j: int) -> bool:
    """"لوري والاش": a first name that only looks like لـ on a word (وري), since the rest of it is rare
    and another unknown word follows it."""
    t = toks[m] if m < j else ""
    return (len(t) >= 4 and t[0] == "ل" and not t.startswith("لل") and not _frequent_word(t[1:])
            and _name_resources()[3].get(t, 0) < COMMON_WORD_MIN_FREQ and m + 1 < j and _is_word(toks[m + 1])
            and not toks[m + 1].startswith("ال") and not _is_common_word(lex, toks[m + 1])
            and not _lookup(lex.roles, toks, m + 1) and not _lookup(lex.heads, toks, m + 1)
            and toks[m + 1] not in _NAME_STOP and toks[m + 1] not in _CONNECTORS and toks[m + 1] not in _COMPLEMENTIZERS)


def _unknown_run(lex: _Lexicons, toks: list[str], i: int, j: int, *, not_subject: bool = False) -> int:
    """End of the run (at most 3) of unknown words from i that can make a (foreign) name: no article
    (but a first name that only looks like one: "ألبرت"، "ألكسندر"), no common word (bare or after
    و/ب/ل), no role, head, link or connector, no verbal noun as third word (``not_subject``: nor a
    word that cannot be a subject)."""
    m = i + _name_in_lam(lex, toks, i, j)
    while m < j and m < i + 3 and _is_word(toks[m]) and (
            not toks[m].startswith("ال") or (toks[m] == "الله" and m > i)
            or (m == i and _looks_definite_name(lex, toks, m, j))) \
            and not (toks[m][0] in "لبو" and len(toks[m]) >= 4 and _is_common_word(lex, toks[m][1:])) \
            and not _lookup(lex.roles, toks, m) and not _lookup(lex.heads, toks, m) and toks[m] not in _NAME_STOP \
            and toks[m] not in _CONNECTORS and toks[m] not in _COMPLEMENTIZERS \
            and not (not_subject and toks[m] in _NOT_SUBJECT) \
            and not _is_common_word(lex, toks[m]) and not (m >= i + 2 and _masdar_pattern(toks[m])):
        m += 1
    return m


def _name_closes(lex: _Lexicons, toks: Sequence[str], m: int) -> bool:
    """toks[m] ends the phrase and can be the second word of a name: punctuation or a complementiser
    follows, and it is no article-word, preposition-word, role, head, link or adverb."""
    t = toks[m]
    return (m + 1 >= len(toks) or not _is_word(toks[m + 1]) or toks[m + 1] in _COMPLEMENTIZERS) \
        and _is_word(t) and not t.startswith("ال") and len(t) > 2 \
        and not (t[:1] in "وبل" and (t[1:].startswith("ال") or (
            _is_common_word(lex, t[1:]) and _name_resources()[3].get(t, 0) >= COMMON_WORD_MIN_FREQ))) \
        and t not in _NAME_STOP and t not in _CONNECTORS and t not in _ADJUNCT_WORDS \
        and t not in _COMPLEMENTIZERS and t not in lex.verb_keys \
        and not _lookup(lex.roles, toks, m) and not _lookup(lex.heads, toks, m)


def _masdar_pattern(tok: str) -> bool:
    """A verbal noun of the patterns تفعيل or إفعال ("تزويد"، "إرسال"): after a name, the object."""
    return len(tok) == 5 and ((tok[0] == "ت" and tok[3] == "ي") or (tok[0] == "ا" and tok[3] == "ا"))


def _tafaaul(tok: str) -> bool:
    """A verbal noun of the pattern تفاعل ("تراشق"، "تبادل"، "تعاون")."""
    return len(tok) == 5 and tok[0] == "ت" and tok[2] == "ا"


def _described(lex: _Lexicons, tok: str) -> bool:
    """A definite singular participle that describes a person set off after the name ("المتخصص"، "المقرب")."""
    return tok.startswith("الم") and len(tok) >= 6 and not tok.endswith(("ون", "ين", "ات")) \
        and not _is_nationality(tok) and not _lookup(lex.heads, [tok], 0)


def _name_before_role(lex: _Lexicons, s: _Sent, i: int, j: int) -> _Source | None:
    """"برايان بوفينيللي، النائب الأول للرئيس": unknown words, a comma, then a role: a (foreign) name."""
    toks = s.toks
    m = _unknown_run(lex, toks, i, j)
    comma = next((c for c in range(i + 1, min(j - 1, i + 4)) if toks[c] in _COMMAS), None)
    if m - i < 2 and comma is not None and comma + 1 < j \
            and ((_lookup(lex.roles, toks, comma + 1) or (None,))[0] in ("role", "staff") or _described(lex, toks[comma + 1])) \
            and not toks[i].startswith("ال") and all(
                _is_word(t) and not _lookup(lex.roles, toks, c) and not _lookup(lex.heads, toks, c)
                and t not in _CONNECTORS and t not in _NAME_STOP and t not in _NOT_SUBJECT and t not in _SUBJECT_SKIP
                for c, t in enumerate(toks[i:comma], start=i)):
        m = comma       # "سهو السهو، سكرتير الاتحاد": a name of common words, then its role
    if m - i == 1 and m + 2 < j and toks[m].startswith("ال") and (toks[m + 1] in _COMMAS or (
            (_lookup(lex.roles, toks, m + 1) or (None,))[0] in ("role", "staff")
            and (toks[m + 1].startswith("ال") or _is_word(toks[m + 2])))) \
            and not _lookup(lex.heads, toks, m) and not _lookup(lex.roles, toks, m) and not _is_common_word(lex, toks[m]):
        m += 1          # "معز السيناوي، المتحدث باسم الرئاسة"، "عيضة الهذلي الناطق الإعلامي"، "جعفر الموسوي رئيس الادعاء": a family name with ال
    if m - i < 2 or m + 1 >= j:
        return None
    # "جون سميث، مدير المعهد"، "جان شارل بريزار الخبير في شؤون الإرهاب"
    r = m + 1 if toks[m] in _COMMAS else m
    if toks[r] in ("احد", "احدي") and r + 2 < j and _is_word(toks[r + 1]) and not toks[r + 1].startswith("ال"):
        # "ارجون جين أحد مسؤولي المفوضية": one of a body's people, in apposition to the name
        e = _np_end(lex, s, r, j)
        return _Source(text=_clean(s.orig_tokens(i, j)), name=_clean(s.orig_tokens(i, m)), kind="person",
                       role=_clean(s.orig_tokens(r, e)), recognised=True)
    rl = _lookup(lex.roles, toks, r) or (
        # "جان شارل بريزار الخبير في شؤون الإرهاب": a singular expert noun in apposition
        ("role", 1) if (_lookup(lex.heads, toks, r) or (None,))[0] == "anonymous" and toks[r].startswith("ال")
        and not toks[r].endswith(("ون", "ين")) else None) or (
        # "بريان كلاس، المتخصص في العلوم السياسية": a definite participle set off by a comma
        ("role", 1) if r == m + 1 and _described(lex, toks[r]) else None)
    if not rl or rl[0] not in ("role", "staff", "title") or (
            r == m and not toks[r].startswith("ال") and not (rl[0] == "role" and r + 1 < j and _is_word(toks[r + 1]))):
        return None     # ("بيب جوارديولا مدرب بايرن": a role in construct may follow without ال)
    e = _np_end(lex, s, r, j)
    return _Source(text=_clean(s.orig_tokens(i, j)), name=_clean(s.orig_tokens(i, m)), kind="person",
                   role=_clean(s.orig_tokens(r, e)), recognised=True)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Normalised one-word names of countries and towns (from the entity resources), with the
    states and organisations of :func:`_states`."""
    names: set[str] = set(_states())
    try:
        from .entities.resources import load_resources

        names |= {k for k in load_resources().places if " " not in k}
    except Exception:   # the optional packages are missing: no town names
        pass
    return frozenset(names)


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Normalised names of countries and capitals (from the entity resources) and of the well-known
    organisations of ``entity_organisations.csv``: names that can speak as a source."""
    names: set[str] = set()
    try:
        from .entities.resources import load_resources

        names |= {k for k, v in load_resources().places.items() if v[2] in ("country", "capital")}
    except Exception:   # the optional packages are missing: no state names
        pass
    for row in read_lexicon("entity_organisations"):
        if (row.get("type") or "ORG").upper() == "ORG" and row.get("name"):
            names.add(_n(row["name"]))
    # Other names of the same states ("أمريكا"، "بريطانيا" for "المملكة المتحدة").
    for row in read_lexicon("aliases"):
        alias, canonical = _n(row.get("alias") or ""), _n(row.get("canonical") or "")
        if (row.get("type") or "").upper() == "LOC" and alias and canonical:
            if canonical in names:
                names.add(alias)
            elif alias in names:
                names.add(canonical)
    return frozenset(names)


def _state_name(toks: list[str], k: int, j: int) -> int:
    """Number of tokens of a country, capital or well-known organisation name at k (0 if none)."""
    states = _states()
    for n in (4, 3, 2, 1):
        if k + n <= j and all(_is_word(t) for t in toks[k:k + n]) and " ".join(toks[k:k + n]) in states:
            return n
    return 0


def _parse_source(lex: _Lexicons, s: _Sent, i: int, j: int, *, descriptor: bool = True) -> _Source:
    """Read the source phrase toks[i:j]: name, kind, role, affiliation, place (:func:`_read_source`), with
    a person's name checked against the phrase (:func:`_person_name`)."""
    src = _read_source(lex, s, i, j, descriptor=descriptor)
    if src.kind == "person" and src.category == "named_source" and src.name:
        name = _person_name(lex, s, i, j, src)
        if name != src.name:
            src = replace(src, name=name)
        words, named = _n(src.text).split(), _n(src.name).split()
        if src.role and len(words) > len(named) >= 1 and words[-len(named):] == named \
                and " ".join(words[-len(named) - 1:]) in _multiword_places():
            # "ناطق باسم شرطة لوس أنجلوس": the end of a town's name, not the spokesman's
            src = replace(src, name=src.text)
    return src


@lru_cache(maxsize=1)
def _multiword_places() -> frozenset[str]:
    """Normalised names of places of two words or more ("لوس انجلوس"، "سان فرانسيسكو")."""
    try:
        from .entities.resources import load_resources

        return frozenset(k for k in load_resources().places if " " in k)
    except Exception:   # the optional packages are missing: no town names
        return frozenset()


_NOT_A_NAME = frozenset("صاحب صاحبه باسم قائد".split())


def _person_name(lex: _Lexicons, s: _Sent, i: int, j: int, src: _Source) -> str:
    """A person's name that is no name is put right: "الرئيس الصومالي السابق" has no name but the phrase
    ("السابق" is no family name); "وزير الاقتصاد الفرنسي برونو لومير" is named by the unknown words after
    the role and its nationality, not by the role."""
    toks = s.toks
    words = _n(src.name).split()
    if len(words) == 1 and (words[0] in _FORMER or words[0] in _NOT_A_NAME):
        return src.text
    start = next((x for x in range(max(i + 2, j - 3), j) if _n(s.orig_tokens(x, j)) == _n(src.name)), None)
    if start is not None and start - 1 > i and toks[start - 1] not in _NAME_STOP and len(toks[start - 1]) <= 2 \
            and _is_word(toks[start - 1]):
        start -= 1      # "لي كه تشيانغ": a short middle name
    if start is not None and toks[start - 1] == "لي" and toks[start - 2].startswith("ال") and _is_word(toks[start - 2]):
        # "نائب وزير التجارة الصيني لي شينغانغ": the family name Li (Lee), not the preposition "to me"
        return _clean(s.orig_tokens(start - 1, j))
    x = next((x for x in range(max(i + 1, j - 3), j) if _n(s.orig_tokens(i, x)) == _n(src.name)), None)
    if x is not None and toks[x - 1].startswith("ال") and _is_nationality(toks[x - 1]) and all(
            _is_word(t) and not t.startswith(_DEFINITE) and not _is_common_word(lex, t) and t not in _NAME_STOP
            and t not in _CONNECTORS and not _lookup(lex.heads, [t], 0) and not _lookup(lex.roles, [t], 0)
            and t not in _places() for t in toks[x:j]):
        return _clean(s.orig_tokens(x, j))
    return src.name


def _read_source(lex: _Lexicons, s: _Sent, i: int, j: int, *, descriptor: bool = True) -> _Source:
    """Read the source phrase toks[i:j]: name, kind, role, affiliation, place.

    An anonymous source has no name (its words stay in ``text``) and the kind ``anonymous``
    (or ``document`` for an unnamed report or study).
    """
    toks = s.toks
    idiom = next((k for k in range(i + 1, j) if toks[k] in _IDIOM_OBJECTS), None)
    if idiom is not None:
        j = idiom       # "كشف وزير الداخلية النقاب عن": the idiom's object ends the subject
    told = next((m for m in range(i + 1, j) if toks[m][:1] == "ل" and toks[m - 1] in _COMMAS and (
        _to_outlet(lex, toks[m]) or _media_name_len(lex, [toks[m][1:], *toks[m + 1:j]], 0) == j - m)), None)
    if told is not None and told - 1 > i:
        j = told - 1    # "وقالت ثيودوسيو، لبي بي سي:": the outlet spoken to, set off by a comma, is no part of her
    owned = next((m for m in range(i + 2, j - 1) if toks[m] in _AFFILIATED and toks[m + 1][:1] == "ل"
                  and _is_word(toks[m + 1])), None)
    if owned is not None:
        head = _parse_source(lex, s, i, owned, descriptor=descriptor)
        if _recognisable(head) and head.category == "named_source" and head.kind != "person":
            # "الإعلام الحربي التابع لجماعة حزب الله": the body it belongs to is its affiliation
            owner = _clean(s.orig_tokens(owned + 1, j))
            return replace(head, text=_clean(s.orig_tokens(i, j)),
                           affiliation=head.affiliation or _strip_clitic(owner, toks[owned + 1], li_on_common=True))
    seg = toks[i + 1:j - 1]
    posted = next((k for k in range(i + 1, j - 1) if _posted_on(toks, k)), None) \
        if "على" in seg or "علي" in seg or "عبر" in seg else None
    if posted is not None:
        j = posted      # "وكتب الوزير على تويتر:": where he posted is no part of who he is
    if j - i >= 3 and toks[i] in ("صاحب", "صاحبه") and toks[i + 1] == "حساب" and all(
            _is_word(t) or t in _QUOTES for t in toks[i + 2:j]):
        # "وقال صاحب حساب كائنا من كان:": the account's handle names its holder
        return replace(_named_person(_clean(s.orig_tokens(i + 2, j)).strip(" «»\"“”")), text=_clean(s.orig_tokens(i, j)))
    one_of = next((k for k in range(i + 1, min(j - 2, i + 4)) if toks[k] in _COMMAS), None)
    if one_of is not None and toks[one_of + 1] in ("احد", "احدي") and all(
            _is_word(x) and not x.startswith(_DEFINITE) and x not in _CONNECTORS
            and not _lookup(lex.heads, [x], 0) and not _lookup(lex.roles, [x], 0) for x in toks[i:one_of]) \
            and toks[i][:1] not in "لب" and (_starts_name(lex, toks[i]) or not _is_common_word(lex, toks[i])):
        # "شيروان بري، أحد رؤساء الهلال الأحمر الكردي": a name, then which of several he is
        return replace(_named_person(_clean(s.orig_tokens(i, one_of))), text=_clean(s.orig_tokens(i, j)))
    age = next((k for k in range(i + 1, min(j, i + 6)) if toks[k] == "(" and k + 2 < j and toks[k + 1].isdigit()), None)
    if age is not None and ")" in toks[age + 2:age + 5]:
        # "نور بيغم (35 عاماً)، وهي أم لخمسة أطفال": the age in brackets closes the name
        head = _parse_source(lex, s, i, age, descriptor=descriptor)
        if _recognisable(head):
            return replace(head, text=_clean(s.orig_tokens(i, j)))
        if age - i <= 3 and toks[i][:1] not in "لب" and all(_is_word(x) and x not in _CONNECTORS for x in toks[i:age]) \
                and (_starts_name(lex, toks[i]) or not _is_common_word(lex, toks[i])
                     or not _is_common_word(lex, toks[age - 1])):
            return replace(_named_person(_clean(s.orig_tokens(i, age))), text=_clean(s.orig_tokens(i, j)))
    if i + 2 < j and toks[i] in ("كل", "كلا") and toks[i + 1] == "من":
        # "أعلنت كل من الكويت والإمارات وقطر": each of the ones listed
        inner = _parse_source(lex, s, i + 2, j, descriptor=descriptor)
        if _recognisable(inner) and inner.category == "named_source":
            listed = _clean(s.orig_tokens(i + 2, j))
            return replace(inner, text=_clean(s.orig_tokens(i, j)), name=listed if inner.kind != "person" else inner.name)
    comma = next((k for k in range(i + 1, min(j, i + 10)) if toks[k] in _COMMAS), None)
    expert, head_role, set_off = False, None, j
    if comma is not None:
        expert = ((_lookup(lex.heads, toks, i) or (None,))[0] == "anonymous" or toks[i] in lex.person_nouns) \
            and not toks[i].startswith(_DEFINITE) \
            and not toks[i].endswith(("ون", "ين", "ات", "اء"))      # "خبيرة الطب النفسي، لويز ثيودوسيو،"
        head_role = (_lookup(lex.roles, toks, i) or (None,))[0]
        if j - 1 > comma and toks[j - 1] in _COMMAS and (expert or head_role in ("role", "modifier")) \
                and not any(_starts_name(lex, t) for t in toks[i + 1:comma]):
            set_off = j - 1     # "خبيرة الطب النفسي، لويز ثيودوسيو، إن": the name between two commas
    if comma is not None and ((j < len(toks) and _name_after_role(lex, s, i, comma, j + 1) == j) or (
            2 <= set_off - comma - 1 <= 4 and (_starts_name(lex, toks[comma + 1]) or expert)
            and _appositive_name(lex, toks[comma + 1:set_off])
            and (head_role in ("role", "title", "modifier") or expert))):
        # "الإعلامي السعودي، غضوان الأحمري"، "الأمين العام لمنظمة الدول الأميركية، لويس ألماغرو": a
        # role or description, then the name set off by commas (a title before it is no part of it)
        first = comma + 1 + (j - comma > 2 and ((_lookup(lex.roles, toks, comma + 1) or (None,))[0] == "title" or (
            j - comma > 3 and toks[comma + 1].startswith("ال") and _is_nationality(toks[comma + 1]))))
        return replace(_named_person(_clean(s.orig_tokens(first, j))), text=_clean(s.orig_tokens(i, j)),
                       role=_clean(s.orig_tokens(i, comma)))
    w = next((k for k in range(i, j) if _is_word(toks[k]) or toks[k].isdigit()), None)
    if w is not None and w + 2 < j and toks[w] in lex.indefinite_roles and toks[w + 1] in ("في", "من") \
            and not any(_starts_name(lex, t) for t in toks[w + 2:j]):
        # "قال نائب في البرلمان"، "وزير في الحكومة": one of many, not identified (but "نائب رئيس الوزراء")
        return _Source(text=_clean(s.orig_tokens(i, j)), kind="anonymous", category="anonymous_source",
                       role=_clean(s.orig_tokens(w, w + 1)), recognised=True)
    if w is not None and toks[w].isdigit() and w + 2 < j and toks[w + 1] in ("%", "٪", "من"):
        # "قال 63 % من الذين شملهم الاستطلاع": a share of respondents, not identified
        return _Source(text=_clean(s.orig_tokens(i, j)), kind="anonymous", category="anonymous_source",
                       recognised=True)
    if w is not None and toks[w].isdigit() and w + 1 < j and toks[w + 1].endswith("ا") \
            and (_lookup(lex.heads, [toks[w + 1][:-1]], 0) or (None,))[0] == "anonymous":
        # "وتوقع 15 خبيرا اقتصاديا": a number and the one counted (singular, accusative), not identified
        return _Source(text=_clean(s.orig_tokens(i, j)), kind="anonymous", category="anonymous_source",
                       recognised=True)
    if w is not None and w == i and toks[w][:1].isascii() and toks[w][:1].isupper():
        # "وحسب BBC فإن"، "وقال John Smith إن": a name in Latin letters
        e = w
        while e < j and e - w < 4 and toks[e][:1].isascii() and toks[e][:1].isupper():
            e += 1
        name = _clean(s.orig_tokens(w, e))
        kind = "media" if _n(name) in lex.media_names else "organisation" if name.isupper() else "person"
        return _Source(text=_clean(s.orig_tokens(i, j)), name=name, kind=kind, recognised=True)
    bare = [toks[i][1:], *toks[i + 1:j]] if w == i and toks[i][:1] == "ل" else []
    li = bool(bare) and _media_name_len(lex, bare, 0) == j - i and " ".join(bare) not in lex.alias_to_outlet
    if li or (w == i and _media_name_len(lex, toks[i:j], 0) == j - i
              and " ".join(toks[i:j]) not in lex.alias_to_outlet):
        # "بحسب وام"، "وفقا لوام": the whole phrase is an outlet's name (not the outlets of
        # attribution_outlets.csv, whose names are often common words: "صدر اليوم بيان")
        name = _clean(s.orig_tokens(i, j))
        name = name[1:].lstrip("ـ") if li else name
        return _Source(text=name, name=name, kind="media", recognised=True)
    if i + 2 < j and ((toks[i] in ("احدي", "احد") and toks[i + 1] in _DOCUMENT_PARTS)
                      or (toks[i] in ("نسخه", "صوره") and toks[i + 1] == "من")) \
            and (_lookup(lex.heads, toks, i + 2) or (None,))[0] == "document":
        # "وجاء في إحدى فقرات القرار"، "بحسب نسخة من قرار الإحالة": the document itself
        inner = _parse_source(lex, s, i + 2, j, descriptor=descriptor)
        if _recognisable(inner):
            return replace(inner, text=_clean(s.orig_tokens(i, j)))
    if i + 1 < j and toks[i] in _DEMONSTRATIVES and _lookup(lex.heads, toks, i + 1):
        # "ويرى هؤلاء المختصون أن": a demonstrative before the head noun
        return replace(_parse_source(lex, s, i + 1, j, descriptor=descriptor), text=_clean(s.orig_tokens(i, j)))
    src = _name_before_role(lex, s, i, j)
    if src is None and i + 3 < j and toks[i].startswith("ال") and toks[i].endswith("ي") and len(toks[i]) > 4 \
            and not _lookup(lex.roles, toks, i) and not _lookup(lex.heads, toks, i):
        # "الاسكتلندي أليكس فيرجسون مدرب مانشستر يونايتد": a nationality before the name
        src = _name_before_role(lex, s, i + 1, j)
        if src is not None:
            src = replace(src, text=_clean(s.orig_tokens(i, j)))
    src = src or _parse_source_phrase(lex, s, i, j, descriptor=descriptor)
    if not src.recognised and src.category == "named_source" and w is not None:
        n_words = _state_name(toks, w, j)
        if n_words:
            # "أعلنت كوريا الجنوبية رسمياً"، "وقالت موسكو": a state speaks through its government
            name = _strip_clitic(_clean(s.orig_tokens(w, w + n_words)), toks[w])
            return _Source(text=src.text or name, name=name, kind="official_body", recognised=True)
    comma = next((k for k in range(j - 2, i, -1) if toks[k] in _COMMAS), None)
    if not src.recognised and src.category == "named_source" and comma is not None:
        start = comma + 2 if comma + 2 < j and toks[comma + 1] in _CALLED else comma + 1
        after = _parse_source(lex, s, start, j, descriptor=descriptor)     # (also "...، ويدعى أبو أحمد")
        if after.recognised and after.kind == "person" and after.name and after.category == "named_source":
            # "نجل الرئيس السابق نائب رئيس حكومة الإقليم، قوباد جلال الطالباني": the name in apposition
            src = replace(after, text=src.text, role=after.role or _clean(s.orig_tokens(i, comma)))
    if src.kind == "person" and src.name and comma is not None and src.recognised:
        lead = [t for t in toks[comma + 1:j] if _is_word(t)]
        name_words = len(_n(src.name).split())
        if 0 < len(lead) - name_words <= 2 and " ".join(lead[len(lead) - name_words:]) == _n(src.name) and not any(
                t.startswith("ال") or _lookup(lex.roles, [t], 0) or _lookup(lex.heads, [t], 0)
                or _is_common_word(lex, t) or t in _NAME_STOP or t in _CALLED for t in lead[:len(lead) - name_words]):
            # "...، قوباد جلال الطالباني": unknown words between the comma and the name are its start
            src = replace(src, name=_clean(s.orig_tokens(comma + 1, j)), role=_clean(s.orig_tokens(i, comma)))
    head_word = _n(toks[i]).removeprefix("ال") if i < j else ""
    if src.category == "anonymous_source" and j - i >= 3 and _lookup(lex.heads, toks, i) \
            and not head_word.endswith(("ون", "ين", "ات", "اء")):
        span = _closing_name(lex, toks, i + 1, j)
        before = toks[span[0] - 1] if span is not None else ""
        if span is not None and before[:1] == "ل" and len(before) > 3 and (
                _lookup(lex.roles, [before[1:]], 0) or _lookup(lex.roles, ["ا" + before[1:]], 0)):
            span = None     # "مستشار للرئيس ترامب"، "المؤيد للرئيس بشار الأسد": whom the unnamed one serves
        if span is not None:
            # "مسؤول التدريب بغرفة نجران عبدالله الصقري": the official is named after all
            src.category, src.kind = "named_source", "person"
            src.name = _clean(s.orig_tokens(*span))
            src.role = _clean(s.orig_tokens(i, span[0]))
            return src
    if src.category == "anonymous_source" and j - i >= 3 and head_word in _GENERIC_OFFICIALS:
        if not toks[i].startswith("ال") and toks[i + 1].startswith("ال") and not _lookup(lex.heads, toks, i + 1) \
                and any(t in _PLACE_PREPS or t.startswith(("ب", "ل")) for t in toks[i + 2:j]):
            # "مسؤول الإعلام في الاتحاد الوطني": the one official in charge of that, of that body
            src.category, src.kind = "named_source", "person"
            src.name = src.role = _clean(s.orig_tokens(i, j))
            return src
    if src.category == "named_source" and src.kind in ("organisation", "official_body") and _unnamed_body(lex, toks, i, j):
        src.category = "anonymous_source"
    if src.category == "anonymous_source" or not src.recognised:
        called = next((m for m in range(i, j - 1) if toks[m] in _CALLED and _is_word(toks[m + 1])
                       and (m > i or src.category == "anonymous_source")), None)
        if called is not None and called + 2 < j and toks[called + 1] in ("الحقيقي", "الكامل"):
            called += 1     # "واسمها الحقيقي ميلاني براون": the name after the adjective
        stop = _name_run(lex, toks, called + 1, j) if called is not None else -1
        if called is not None and stop > called + 1:
            # "أحد المقاتلين، يدعى محمد عبدالقوي"، "مشاركة تدعى ميليسا": the unnamed one is named after all
            src.category, src.kind, src.recognised = "named_source", "person", True
            src.text = src.text or _clean(s.orig_tokens(i, j))
            src.name = _clean(s.orig_tokens(called + 1, stop))
            return src
    if src.category == "anonymous_source":
        src.name = ""
        if src.kind != "document":
            src.kind = "anonymous"
    elif src.kind == "person" and not src.recognised and src.name and _n(src.name) == _n(src.role):
        # "المستشار الثقافي المصري بالمملكة الدكتور فلان": a role with no name found yet, the
        # name after a title further on
        m = _next_name_start(lex, toks, i, j)
        stop = _name_run(lex, toks, m, j) if m is not None else -1
        if m is not None and stop > m + 1 and m - i <= 12:
            lead = m - 1 if (_lookup(lex.roles, toks, m - 1) or (None,))[0] == "title" else m
            src.name, src.role, src.recognised = _clean(s.orig_tokens(m, stop)), _clean(s.orig_tokens(i, lead)), True
        else:
            # "العضوة المنتدبة للبنك الدولي سري مولياني اندراواتي"، "نجم هوليوود الشهير ويل سميث":
            # two or three unknown words closing the phrase are a (foreign) name
            e = j
            while e > i and not _is_word(toks[e - 1]):
                e -= 1
            b = e
            while b > i + 1 and e - b < 3 and _is_word(toks[b - 1]) and not toks[b - 1].startswith("ال") \
                    and toks[b - 1][:1] not in "لب" and not _is_common_word(lex, toks[b - 1]) \
                    and not _lookup(lex.roles, toks, b - 1) and not _lookup(lex.heads, toks, b - 1) \
                    and toks[b - 1] not in _NAME_STOP and toks[b - 1] not in _CONNECTORS:
                b -= 1
            if e - b >= 2 and b > i:
                src.name, src.role, src.recognised = _clean(s.orig_tokens(b, e)), _clean(s.orig_tokens(i, b)), True
    return src


def _possessed_form(tok: str, noun: str) -> bool:
    """``tok`` is ``noun`` with a pronoun ending: "استقالته" of "استقاله" (ة written ت), "ترشحها" of "ترشح"."""
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    return tok.startswith(stem) and tok[len(stem):] in ("ه", "ها", "هم", "هما")


def _common_possessed(lex: _Lexicons, tok: str) -> bool:
    """"تجربته"، "مشروعها": a common noun with a pronoun ending."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
            stem = tok[:-len(suffix)]
            return _is_common_word(lex, stem) or (stem.endswith("ت") and _is_common_word(lex, stem[:-1] + "ه"))
    return False


def _first_person_plural(lex: _Lexicons, tok: str) -> bool:
    """"نصدر"، "نعمل": an imperfect verb of "we" (ن on a common stem), not a name (نبيل، نزار)."""
    _, last, propers, stems, all_first, _ = _name_resources()
    return (tok[:1] == "ن" and 4 <= len(tok) <= 6 and not _starts_name(lex, tok) and tok not in last
            and tok not in propers and tok not in all_first and not _lookup(lex.heads, [tok], 0)
            and stems.get(tok[1:], 0) >= COMMON_WORD_MIN_FREQ)


def _declares_act(lex: _Lexicons, toks: list[str], k: int) -> bool:
    """An act of ``attribution_declared_acts.csv`` opens the object at token ``k``, right after the subject
    (and a time word): "أعلن حاكم الولاية أدموند براون حالة الطوارئ"، "أعلنت ميانمار الجمعة حالة الطوارئ"."""
    for m in (k, k + 1):
        if m >= len(toks) or m > k and toks[k] not in _ADJUNCT_WORDS:
            break
        for act in lex.declared_acts:
            words = toks[m:m + len(act)]
            if len(words) == len(act) and all(w == a or _strip_al(w) == _strip_al(a) or _possessed_form(w, a)
                                              for w, a in zip(words, act)):
                return True
    return False


def _unnamed_body(lex: _Lexicons, toks: list[str], i: int, j: int) -> bool:
    """An indefinite body described only by adjectives is not identified: "منظمة حقوقية محلية"، "هيئة
    سورية معارضة تنشط في ..."، "منظمة غير حكومية"، "جماعة أخرى" (but "وزارة خارجية البحرين": a name
    follows in construct)."""
    head = _lookup(lex.heads, toks, i) if i < j else None
    if head is None or head[0] not in ("organisation", "official_body") or head[1] != 1 \
            or toks[i].startswith(("ال", "لل", "وال")):
        return False
    m = i + 1
    while m < j and (toks[m] in lex.body_descriptors or (
            toks[m].endswith(("يه", "ي")) and not toks[m].startswith("ال") and _is_nationality(toks[m]))):
        m += 1
    return m > i + 1 and toks[m - 1] != "غير" and (m >= j or not (toks[m].startswith("ال") or _starts_name(lex, toks[m])))


def _titled_name_after(lex: _Lexicons, toks: list[str], m: int, stop: int, j: int) -> tuple[int, int]:
    """The name span toks[m:stop], or the person's name after a title that follows it: in "مؤسسة
    عبدالله الأحمد د. خالد العلي" the first name ends the organisation's, the person is خالد العلي."""
    after = stop + 1 + (stop + 1 < j and toks[stop + 1] == ".")
    if stop < j and (_lookup(lex.roles, toks, stop) or (None,))[0] == "title" and after < j \
            and _starts_name(lex, toks[after]) and _name_run(lex, toks, after, j) > after:
        return after, _name_run(lex, toks, after, j)
    return m, stop


def _parse_source_phrase(lex: _Lexicons, s: _Sent, i: int, j: int, *, descriptor: bool = True) -> _Source:
    toks = s.toks
    while i < j and not _is_word(toks[i]) and toks[i] not in _QUOTES:
        i += 1
    while j > i and not _is_word(toks[j - 1]) and toks[j - 1] not in _QUOTES:
        j -= 1
    if j - i > 3 and toks[i] in _QUOTES and toks[j - 1] not in _QUOTES \
            and (_lookup(lex.heads, toks, i + 1) or (None,))[0] == "anonymous":
        i += 1          # 'وقال "مصدر مقرب" من العائلة': an unnamed source in quotes is still unnamed
    hd = _lookup(lex.heads, toks, i) if i < j else None
    if hd and i + hd[1] < j and toks[i + hd[1] - 1].startswith("ال") and (
            hd[0] == "document" or (hd[0] == "anonymous" and _plural_group(toks[i]))):
        t = toks[i + hd[1]]
        if _is_word(t) and not t.startswith(_DEFINITE) and t[:1] not in "بلك" and t not in _PLACE_PREPS \
                and t not in ("من", "عن", "على", "علي", "الى", "لدى", "لدي", "حول", "مع", "بين", "عبر", "ضد", "غير",
                              "وغيرها", "وغيرهم") and t not in _SELF_WORDS and not t[:1].isdigit():
            j = i + hd[1]   # "ويصف التقرير ترامب"، "ووصفت وسائل الإعلام تشابمان": a definite head takes
            #                 no indefinite genitive; what follows is the object
    src = _Source(text=_strip_clitic(_clean(s.orig_tokens(i, j)), toks[i] if i < j else "", li_on_common=True))
    if i >= j:
        return src
    if j - i > 3 and toks[i] in _QUOTES and toks[j - 1] in _QUOTES and not any(t in _QUOTES for t in toks[i + 1:j - 1]) \
            and not toks[i + 1].startswith(_DEFINITE):
        inner = _parse_source_phrase(lex, s, i + 1, j - 1, descriptor=descriptor)
        if inner.category == "anonymous_source":
            return inner    # 'عن "مسؤول أميركي رفيع"': an unnamed source in quotes is still unnamed
            #              (but '"الخبير المالية"' in quotes is the name of a publication)
    name_span = role_span = aff_span = place_span = None
    head_at = None
    head_kind = ""
    quantified = False
    k = i
    # Quantifiers: أحد المسؤولين، عدد من الخبراء، بعض السكان.
    if toks[k] in _DETERMINERS and k + 1 < j:
        k += 1
    if toks[k] == "كل" and k + 2 < j and toks[k + 1] == "من":
        k += 2          # "وأوضح كل من فلان وفلان أن": each of the people named
    if toks[k] in ("اخر", "اخري", "اخرون") and (k + 1 == j or toks[k + 1] in ("منهم", "منهن")) and k > 0 and (
            toks[k - 1] in lex.verb_keys or (toks[k - 1][:1] in "وف" and toks[k - 1][1:] in lex.verb_keys)):
        # "فيما قال آخر"، "وقالت أخرى منهن": another one of the people just quoted, unnamed
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        return src
    if toks[k] in ("بعضهم", "بعضهن", "احدهم", "احداهن", "احدهما") or (
            toks[k] in ("عدد", "بعض", "كثير") and k + 1 < len(toks) and toks[k + 1].startswith("منه")):
        # "بحسب عدد منهن"، "قال بعضهم": some of the people just mentioned, unnamed.
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        return src
    if toks[k] in ("مصدر", "مصادر") and k + 1 < j and (
            toks[k + 1] in _NOT_SOURCE_OF or toks[k + 1].endswith(("هم", "ها", "نا")) and len(toks[k + 1]) > 4):
        src.not_source = True   # "مصدر رزقهم"، "مصدر قلق": a source of something, not of news
        return src
    if any(toks[m] == "الكشف" and m + 2 < j and toks[m - 1] == "عدم" and toks[m + 2].startswith("اسم")
           for m in range(k + 1, j)):
        # "وسيط عقاري طالباً عدم الكشف عن اسمه": anonymous by request
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        return src
    if toks[k] in lex.person_nouns and k + 2 < j and toks[k + 1] in _CALLED and j - (k + 2) <= 4 \
            and all(_is_word(t) for t in toks[k + 2:j]):
        # "قالت نازحة تدعى أم محمد": the unnamed one is named after all
        src.name, src.kind, src.category, src.recognised = _clean(s.orig_tokens(k + 2, j)), "person", "named_source", True
        return src
    owner_of = toks[k] in ("صاحب", "صاحبه") and k + 1 < j and _is_word(toks[k + 1]) \
        and not toks[k + 1].startswith("ال")    # "صاحب محطة وقود": an owner, one of many (not "صاحب السمو")
    if (toks[k] in lex.person_nouns or owner_of) and not any(_starts_name(lex, t) for t in toks[k + 1:j]) \
            and not (k + 1 < j and toks[k + 1].startswith("ال")) and not (k + 1 == j and _possessed_role(lex, s, k)):
        # "قال ناخب في العقد السابع من عمره"، "روت لاجئة": one person, not identified (but "رجل
        # الأعمال فلان"، "جار النبي": a role in construct, a name)
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        comma = next((m for m in range(k + 1, j) if toks[m] in _COMMAS), None)
        if comma is not None and any(t in _WITHHELD_NAME for t in toks[comma:j]):
            src.text = _clean(s.orig_tokens(i, comma))     # (not the "طلب عدم ذكر اسمه" after it)
        return src
    if _possessed_anonymous(lex, toks[k]):
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True   # أصدقاؤها، زملاؤه
        return src
    if _dual_anonymous(lex, toks[k]):
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True   # خبيران، مصدران
        return src
    # "حوالي نصف المجيبين"، "أقل من نصف المجيبين": about, more or less than a share of a group is that group
    if k + 1 < j and toks[k] in _APPROXIMATORS and (toks[k + 1] in _FRACTIONS or toks[k + 1] in _MORE_OR_LESS):
        k += 1
    if k + 2 < j and toks[k] in _MORE_OR_LESS and toks[k + 1] == "من" and toks[k + 2] in _FRACTIONS:
        k += 2
    if toks[k] in _FRACTIONS and k + 1 < j and toks[k + 1].startswith("ال") and toks[k + 1].endswith(("ين", "ون")) \
            and (_lookup(lex.heads, toks, k + 1) or (None,))[0] == "anonymous":
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        return src
    if (toks[k] in _QUANTIFIERS and k + 2 < j and toks[k + 1] == "من" and toks[k + 2].startswith("ال")
            and toks[k + 2].endswith(("ين", "ون", "ات"))
            and (_lookup(lex.heads, toks, k + 2) or (None,))[0] in (None, "anonymous")
            and not _lookup(lex.roles, toks, k + 2)):
        # "عدد من المغردين في موقع تويتر"، "مجموعة من المواطنين": an unnamed group, whatever follows
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        return src
    if toks[k] in _QUANTIFIERS and k + 1 < j and not (toks[k] == "مجموعه" and toks[k + 1] != "من"):
        # (but "مجموعة (برنامج نونهيومان)": a group's name)
        quantified = True      # "أحد المسؤولين"، "اثنان من العائلة"، "مجموعة من المحللين"
        k += 2 if toks[k] not in ("احد", "احدي", "بعض", "كبار", "معظم", "غالبيه", "اغلب") and k + 1 < j \
            and toks[k + 1] == "من" and k + 2 < j else 1
    if _generic_plural_construct(lex, toks[k]):
        # "مختصو المنظمة"، "موظفو الشركة": unnamed members of an organisation.
        src.kind, src.category, src.recognised = "anonymous", "anonymous_source", True
        stop = k + 1
        while stop < j and _is_word(toks[stop]) and toks[stop] not in _NAME_STOP and toks[stop] not in _CONNECTORS:
            stop += 1
        src.affiliation = _clean(s.orig_tokens(k + 1, stop))
        return src
    role = _lookup(lex.roles, toks, k)
    head = _lookup(lex.heads, toks, k)
    if (head and head[0] == "document" and head[1] == 1 and k + 1 < j and not toks[k].startswith(("ال", "لل", "بال"))
            and toks[k] in _name_resources()[4] and _is_word(toks[k + 1])
            and (toks[k + 1] in lex.first_names or toks[k + 1] in _name_resources()[1])
            and not _lookup(lex.heads, toks, k + 1)):
        head = None     # "بيان شاكر": the woman's name Bayan, not a statement
    if head and head[0] == "not_source":
        src.not_source = True
        return src
    if descriptor and not role and not head and toks[k] not in _QUOTES and not _starts_name(lex, toks[k]) \
            and not toks[k].startswith(_DEFINITE):
        # (a definite noun is in construct with nothing: "واتهمت المعارضة الحكومة" has its object after it)
        # "توقعات صندوق النقد الدولي"، "أرقام وزارة العمل": a descriptor before an organisation.
        for m in (k + 1, k + 2):
            if m < j and _is_word(toks[m]) and toks[m - 1] not in _COMMAS:
                hd = _lookup(lex.heads, toks, m)
                if hd and hd[0] in ("official_body", "organisation", "media", "document"):
                    k, head = m, hd
                    break
            else:
                break
    title_role = None
    if role and role[0] == "title" and not (head and head[1] > role[1]):
        end = k + role[1]
        while end < j and ((_lookup(lex.roles, toks, end) or (None,))[0] == "title" or toks[end] in _RANK_WORDS):
            end += _lookup(lex.roles, toks, end)[1] if toks[end] not in _RANK_WORDS else 1
        rank = toks[k] not in _HONORIFICS
        after_title = _lookup(lex.roles, toks, end) if end < j else None
        if not rank and after_title and after_title[0] in ("role", "staff"):
            # "معالي وزير الشؤون الاجتماعية ...": the honorific is followed by a role.
            k = end
            role = after_title
            head = None
        elif rank:
            # Nisba adjectives belong to the rank: الرئيس المصري، الأمير السعودي.
            while (end + 1 < j and toks[end].startswith("ال") and toks[end].endswith(("ي", "يه"))
                   and _is_word(toks[end + 1]) and toks[end + 1] not in _NAME_STOP):
                end += 1
            nxt = toks[end] if end < j else ""
            if (nxt.startswith("ال") and end + 1 == j and not _lookup(lex.heads, toks, end)
                    and not _lookup(lex.roles, toks, end) and not _is_nationality(nxt)):
                # (but "الرئيس الأميركي": a nationality, no name)
                title_role = (k, end)          # "اللواء المقدشي": a surname after the rank
            elif not nxt or not _is_word(nxt) or not (_starts_name(lex, nxt) or (
                    (not nxt.startswith("ال") or _looks_definite_name(lex, toks, end, j))
                    and not _lookup(lex.heads, toks, end)
                    and not _lookup(lex.roles, toks, end) and nxt not in _CONNECTORS
                    and nxt not in _COMPLEMENTIZERS and nxt not in _NAME_STOP and nxt not in _PLACE_PREPS)):
                # (and "النائب عن كتلة X فلان": a preposition after the rank is not a name)
                # A rank with no name after it is a role: "قال الرئيس التنفيذي لشركة X".
                role = ("role", end - k)
                head = None
            else:
                title_role = (k, end)
        if role[0] == "title" and end < j and toks[end] in _QUOTES:
            close = _quote_end(toks, end, j)
            if 0 < close <= end + 5:
                name_span = (end + 1, close)
                k = close + 1
                src.kind = "person"
                src.recognised = True
                role = None
                head = None
        elif role[0] == "title":
            # "المهندس الزراعي في بيشة سالم القرني": a nisba and a place between the title and the name.
            e = end
            while e + 1 < j and toks[e].startswith("ال") and toks[e].endswith(("ي", "يه")) and _is_word(toks[e + 1]):
                e += 1
            if e > end and e + 2 < j and toks[e] in _PLACE_PREPS and _is_word(toks[e + 1]):
                e += 2
            if e > end and e < j and _is_word(toks[e]) and (_starts_name(lex, toks[e]) or (
                    not toks[e].startswith("ال") and toks[e][0] not in "لبو" and not _is_common_word(lex, toks[e])
                    and toks[e] not in _CONNECTORS and toks[e] not in _COMPLEMENTIZERS)):
                end = e
            stop = _name_run(lex, toks, end, j)
            if stop > end:
                name_span = (end, stop)
                k = stop
                src.kind = "person"
                src.recognised = True
            role = _lookup(lex.roles, toks, k) if k < j else None
            head = _lookup(lex.heads, toks, k) if k < j else None
            if k < j and toks[k] in _COMMAS:
                k += 1
                role = _lookup(lex.roles, toks, k)
                head = None
    elif toks[k] not in _QUOTES and _starts_name(lex, toks[k]) and not role:
        stop = _name_run(lex, toks, k, j)
        name_span = (k, stop)
        src.kind = "person"
        src.recognised = True
        k = stop
        if k < j and toks[k] in _COMMAS:
            k += 1
        role = _lookup(lex.roles, toks, k) if k < j else None
        head = None
    if role and role[0] in ("role", "staff") and not (head and head[0] in ("anonymous", "reports") and head[1] >= role[1]):
        r_end = k + role[1]
        while r_end < j and ((_lookup(lex.roles, toks, r_end) or (None,))[0] == "modifier"):
            r_end += 1
        role_span = (k, r_end)
        src.staff_role = role[0] == "staff"
        src.kind = src.kind or "person"
        src.recognised = True
        a = r_end
        # "المتحدث الرسمي لـ وزارة": a detached ل.
        if a < j and toks[a] == "ل":
            a += 1
        b = a
        # A later place preposition or quote closes the affiliation ("مراسل ستيب نيوز في البادية").
        delim = a
        while delim < j and not (toks[delim] in _PLACE_PREPS or toks[delim] in _COMMAS
                                 or toks[delim] in _COMPLEMENTIZERS or toks[delim] in _NAME_STOP):
            delim += 1
        closed = delim < j and toks[delim] in _PLACE_PREPS
        while b < j:
            t = toks[b]
            if t in _COMMAS or t in _COMPLEMENTIZERS or t in _HARD_STOP:
                break
            if t in _QUOTES:
                close = _quote_end(toks, b, j)
                # A quote right after a head or after the role is part of the affiliation.
                prev = toks[b - 1] if b > a else ""
                if b == a or _lookup(lex.heads, toks, b - 1) or prev in ("ب", "ل"):
                    b = close + 1 if close > 0 else b + 1
                    continue
                break
            if t in _PLACE_PREPS and b + 1 < j:
                nxt = _lookup(lex.heads, toks, b + 1)
                if nxt and nxt[0] not in ("place",):
                    b += 1
                    continue
                break
            if b == a and (n_media := _media_name_len(lex, toks, b)) > 1:
                b += n_media    # "مراسل بي بي سي بيبيه بايو": the outlet is whole, a name may follow
                continue
            if b == a and _is_word(t) and toks[r_end - 1].startswith("ال") and (
                    (not t.startswith(("ال", "لل", "ل", "ب")) and not _lookup(lex.heads, toks, b))
                    or (t in lex.first_names and t.startswith(("ل", "ب")))     # "الوزير بندر حجار"
                    or (t.startswith("ال") and not t.endswith(("ي", "يه", "يين", "يون")) and len(t) > 3)):
                # A definite role takes no genitive: "المدرب أرسين فينجر" (a name), "وأكد الطبيب
                # ضرورة ..."، "ووصفت الوزيرة القرار" (the object); nisba adjectives go on.
                break
            if b > a and _is_word(t):
                rl = _lookup(lex.roles, toks, b)
                if rl and (rl[0] in ("role", "staff") and t not in ("رئيس", "مجلس")
                           or rl[0] == "title" and _title_ok(lex, toks, b)):
                    break
                hd = _lookup(lex.heads, toks, b)
                if hd and hd[0] == "place" and t[0] in "ب":
                    break
                if hd and hd[0] == "media" and t not in _GENERIC_MEDIA and not toks[b - 1] in _GENERIC_MEDIA:
                    break       # "المتحدث باسم فينيفست رويترز": the agency spoken to.
                in_institution = (_lookup(lex.roles, toks, b - 1) or (None,))[0] == "title" and not _title_ok(lex, toks, b - 1)
                if (_starts_name(lex, t) and not in_institution) or (b + 1 < j and toks[b + 1] in ("بن", "ابن", "بنت", "ال")
                                            and not t.startswith("ال") and not hd and not _is_common_word(lex, t)):
                    break       # "رئيس النادي هذيل آل شرمه": the name after the affiliation
                prev = toks[b - 1]
                prev_head = _lookup(lex.heads, toks, b - 1) or _lookup(lex.roles, toks, b - 1)
                if b == a + 1 and not prev.startswith(("ال", "لل", "بال")) and toks[a - 1] in ("باسم", "ل") \
                        and not _is_common_word(lex, t):
                    b += 1      # "المتحدث باسم غابة مودوك الوطنية": a construct after باسم
                    continue
                if (prev.startswith("ال") and prev.endswith(("ي", "يه")) and t.startswith("ال") and not hd
                        and not t.endswith(("ي", "يه", "يين", "يون")) and b - a >= 2):
                    break       # "رئيس الحكومة اليمني العمل الجماعي": the object after a nisba
                # Inside an affiliation the words after the first carry ال, follow a construct
                # head (وزارة الخارجية، مدير عام التعليم), or are nisba adjectives.
                if not (t.startswith(("ال", "لل", "بال", "وال")) or prev_head or prev in ("ب", "ل")
                        or hd or t.isdigit() or (closed and b < delim)):
                    break
                if prev.startswith(_DEFINITE) and b + 2 == j and not t.startswith(_DEFINITE) \
                        and _unknown_run(lex, toks, b, j) == j:
                    break       # "الناطقة باسم المفوضية رافينا شامداساني": a definite head takes no genitive;
                    #             two unknown words closing the phrase are the name
            b += 1
        if b > a:
            aff_span = (a, b)
        k = b
    elif head:
        head_kind = head[0]
        head_at = k
        src.recognised = head_kind != "place"
        b = k + head[1]
        quoted = False
        # The organisation name runs on through its definite genitives and adjectives.
        while b < j:
            t = toks[b]
            if t in _COMMAS or t in _COMPLEMENTIZERS or t in _HARD_STOP or t in _ADJUNCT_WORDS:
                break
            if t in _QUOTES:
                close = _quote_end(toks, b, j)
                if close > 0 and close - b <= 6:
                    b, quoted = close + 1, True
                    continue
                break
            if quoted and not (t.startswith("ال") and t.endswith(("ي", "يه"))):
                break       # "صحيفة «بابل» الإدارة الأميركية": after the quoted name only an adjective
            if t in _PLACE_PREPS or t == "من":
                break
            if b > k + head[1] and t[:1] == "ب" and (_lookup(lex.heads, toks, b) or (None,))[0] == "place":
                break       # "الإدارة العامة للدفاع المدني بمحافظة الطائف": the place ends the name
            if (t in _CONNECTORS or t in _NOT_SUBJECT or t in _NAME_STOP) and t not in ("و",):
                break       # "وكالة أسوشيتد برس الأمريكية كان ...": another clause begins
            if _starts_name(lex, t) and head_kind not in ("media",):
                if b > k and (_lookup(lex.roles, toks, b - 1) or (None,))[0] == "title" and toks[b - 1].startswith("ال"):
                    b = max(b + 1, _name_run(lex, toks, b, j))   # "جامعة الملك سعود": named after a king
                    continue
                if b == k + head[1] and not toks[k].startswith(_DEFINITE) and head_kind in ("organisation",):
                    b = max(b + 1, _name_run(lex, toks, b, j))   # "شركة كريم"، "مؤسسة محمد بن راشد": its own name
                    continue
                break
            if head_kind in ("anonymous", "reports") and b >= k + head[1] + 3:
                break
            b += 1
        aff_span = (k, b)
        k = b
    elif k < j and toks[k] in _QUOTES:
        close = _quote_end(toks, k, j)
        if close > 0:
            aff_span = (k, close + 1)
            hd = _lookup(lex.heads, toks, k + 1)
            # "«رويترز»": a known head keeps its kind in quotes
            head_kind = hd[0] if hd and k + 1 + hd[1] == close and hd[0] in ("media", "official_body") else (
                "media" if " ".join(toks[k + 1:close]) in lex.media_names else "organisation")
            src.recognised = True
            k = close + 1
    # The rest of the phrase: place, quoted or run-on name, affiliation after an anonymous noun.
    while k < j:
        t = toks[k]
        if (t in _COMMAS and k + 2 < j and toks[k + 1] in ("وهو", "وهي", "وهم") and toks[k + 2] not in ("احد", "احدي")
                and not _lookup(lex.roles, toks, k + 2) and not _lookup(lex.heads, toks, k + 2)):
            break       # "وتابع الشقيق، وهو يغالب دموعه:": how he spoke, no part of who he is
        if t in _QUOTES:
            close = _quote_end(toks, k, j)
            after_head = k > i and _lookup(lex.heads, toks, k - 1) is not None
            # "رئيس مجتمع "جميل""، "لـ"باب رزق"": a quoted name in construct with the noun before
            # it (or after ل/ب) names that organisation, not the person.
            construct = k > i and not (k - 2 >= i and toks[k - 2] in _PLACE_PREPS) and (toks[k - 1] in ("ل", "ب") or (
                _is_word(toks[k - 1]) and not toks[k - 1].startswith("ال") and toks[k - 1] not in _PLACE_PREPS
                and (_lookup(lex.roles, toks, k - 1) or (None,))[0] not in ("title",)
                and not _starts_name(lex, toks[k - 1])))
            if close > 0 and (after_head or construct):
                k = close + 1
                continue
            if close > 0 and close - k - 1 <= 4 and name_span is None and not (
                    # ('واتهم رئيس الوزراء "عملاء إيرانيين" بالتخطيط': common words in quotes are the object)
                    _is_common_word(lex, toks[k + 1]) and toks[k + 1] not in _NAME_LINKS
                    and not _starts_name(lex, toks[k + 1]) and not _lookup(lex.roles, toks, k + 1)):
                name_span = (k + 1, close)
                k = close + 1
                continue
            break
        if t in _PLACE_PREPS and k + 1 < j and toks[k + 1] in _QUOTES and role_span is not None:
            close = _quote_end(toks, k + 1, j)
            if close > k + 2:
                # "مديرة التوظيف في «باب رزق جميل» رولا باصمد": the organisation, then the name
                src.affiliation = src.affiliation or _clean(s.orig_tokens(k + 2, close))
                k = close + 1
                continue
        if t in _PLACE_PREPS and k + 1 < j:
            hd = _lookup(lex.heads, toks, k + 1)
            if hd and hd[0] != "place":
                if src.kind in ("", "anonymous") or head_kind in ("anonymous",):
                    stop = k + 1 + hd[1]
                    while stop < j and (toks[stop].startswith("ال") or (
                            head_kind == "anonymous" and name_span is None and _is_word(toks[stop])
                            and not toks[stop - 1].startswith("ال")
                            and toks[stop] not in _NAME_STOP and toks[stop] not in _CONNECTORS
                            and not toks[stop].startswith("ل") and toks[stop] not in _PLACE_PREPS)):
                        stop += 1   # "مسؤولة في حملة هيلاري كلينتون": the campaign's name, not hers
                    aff_span = aff_span if head_kind not in ("anonymous",) else aff_span
                    src.affiliation = _clean(s.orig_tokens(k + 1, stop))
                    k = stop
                    continue
                break
            stop = k + 2
            if hd and hd[0] == "place" and stop < j and _is_word(toks[stop]) and not _starts_name(lex, toks[stop]):
                stop += 1
            # Two-word places: رام الله، المنطقة الشرقية، دير الزور.
            if (stop < j and _is_word(toks[stop]) and toks[stop] not in _PLACE_PREPS
                    and not _starts_name(lex, toks[stop]) and not _lookup(lex.roles, toks, stop)
                    and not _lookup(lex.heads, toks, stop) and toks[stop] not in _NAME_STOP
                    and toks[stop] not in _ADJUNCT_WORDS and toks[stop] not in _CONNECTORS):
                stop += 1
            place_span = (k + 1, stop)
            k = stop
            continue
        if _is_word(t) and t[0] == "ب" and len(t) > 3:
            hd = _lookup(lex.heads, toks, k)
            town = t[1:] in _places()       # "مدير الفرع بجدة فلان": the town is the whole place
            if (hd and hd[0] == "place") or town:
                # (but "بالمنطقة محمد بن علي": a name follows the place word)
                stop = k + 1 + (1 if k + 1 < j and _is_word(toks[k + 1]) and not _starts_name(lex, toks[k + 1])
                                and not town else 0)
                place_span = (k, stop)
                k = stop
                continue
        if t == "من" and head_kind in ("anonymous",) and k + 1 < j:
            stop = k + 2
            while stop < j and toks[stop].startswith("ال"):
                stop += 1
            src.affiliation = _clean(s.orig_tokens(k + 1, stop))
            k = stop
            continue
        if name_span is None and _is_word(t) and (role_span or head_kind in ("media", "official_body", "organisation")
                                                   or head_kind == "anonymous" and not (
                                                       head_at is not None and head_at + 1 < j
                                                       and not toks[head_at].startswith("ال")
                                                       and _is_word(toks[head_at + 1])
                                                       and not toks[head_at + 1].startswith(("ال", "م"))
                                                       and not toks[head_at + 1].endswith(("ي", "يه", "ين", "ون")))
                                                   and (k == 0 or toks[k - 1].startswith("ال")
                                                                                    or not any(
                                                       x in _PLACE_PREPS or x == "من" or x.startswith("ب")
                                                       for x in toks[i:k]))):
            # (an unnamed official's affiliation may hold a name: "مسؤولة في حملة هيلاري كلينتون")
            m = _next_name_start(lex, toks, k, j)
            if m is not None:
                stop = _name_run(lex, toks, m, j)
                if (head_at is not None and m > head_at and stop == m + 1 and toks[m].endswith("ي")
                        and _is_word(toks[m - 1]) and not toks[m - 1].startswith(_DEFINITE)
                        and (_lookup(lex.roles, toks, m - 1) or (None,))[0] != "title"):
                    stop = m    # a lone nisba after an unnamed source: "مصدر دبلوماسي تركي" is Turkish, not Turki
                if stop > m:
                    name_span = _titled_name_after(lex, toks, m, stop, j)
                    k = name_span[1]
                    continue
            if head_kind == "anonymous":
                pass
            elif (_starts_name(lex, t) and not (t == "باسم" and (_lookup(lex.roles, toks, k - 1) or (None,))[0] in (
                    "role", "staff", "modifier")) and not ((_lookup(lex.roles, toks, k - 1) or (None,))[0] == "title"
                                                        and not _title_ok(lex, toks, k - 1))) or (role_span and not t.startswith("ال") and not _lookup(lex.heads, toks, k)
                                        and t not in _CONNECTORS and len(t) > 2 and t[0] not in "لبو"
                                        and t not in _NAME_STOP and not _is_common_word(lex, t)
                                        and t not in _states()):     # ("مدرب منتخب أستراليا": the state's team)
                stop = _name_run(lex, toks, k, j)
                if stop > k:
                    name_span = _titled_name_after(lex, toks, k, stop, j)
                    k = name_span[1]
                    continue
        if t in _COMMAS and name_span is None and role_span is None and head_kind == "" and src.kind == "person":
            # "فلان، مدير X،": the role after the name.
            rl = _lookup(lex.roles, toks, k + 1)
            if rl and rl[0] in ("role", "staff"):
                e = k + 1 + rl[1]
                role_span = (k + 1, e)
                src.staff_role = rl[0] == "staff"
                k = e
                continue
        if t in _COMMAS and role_span is None and name_span is not None:
            rl = _lookup(lex.roles, toks, k + 1)
            if rl and rl[0] in ("role", "staff"):
                e = k + 1 + rl[1]
                while e < j and ((_lookup(lex.roles, toks, e) or (None,))[0] == "modifier"):
                    e += 1
                role_span = (k + 1, e)
                src.staff_role = rl[0] == "staff"
                b = e
                while b < j and toks[b] not in _COMMAS and toks[b] not in _PLACE_PREPS:
                    b += 1
                if b > e:
                    aff_span = (e, b)
                k = b
                continue
        k += 1
    if name_span:
        src.name = _clean(s.orig_tokens(*name_span))
    if role_span is None and title_role is not None:
        role_span = title_role
    if role_span:
        src.role = _clean(s.orig_tokens(*role_span))
    if place_span:
        p = _clean(s.orig_tokens(*place_span))
        if place_span and toks[place_span[0]][0] == "ب" and not toks[place_span[0]].startswith("ال"):
            p = p[1:].lstrip("ـ ")
        src.place = p
    aff_text = _strip_clitic(_clean(s.orig_tokens(*aff_span)), toks[aff_span[0]]) if aff_span else ""
    if role_span or src.kind == "person":
        src.affiliation = src.affiliation or aff_text
        src.kind = "person"
        if not src.name:
            src.name = " ".join(x for x in (src.role, src.affiliation) if x)
        if src.role in _OUR_STAFF:
            src.staff_role = True
        aff_toks = [t for t in toks[aff_span[0]:aff_span[1]] if _is_word(t)] if aff_span else []
        # "قال متحدث باسم الشركة": the spokesperson speaks on the record for a named body, which is
        # identified; "مسؤول في الشركة" is one of many officials and is not.
        on_record = (role_span and toks[role_span[0]] in ("متحدث", "ناطق", "متحدثه", "ناطقه") and bool(aff_toks)
                     and role_span[1] < len(toks) and toks[role_span[0] + 1:role_span[0] + 2] == ["باسم"])
        # (but "ممثل النيابة العامة"، "مندوب المملكة لدى الأمم المتحدة": the one who represents it)
        one_representative = toks[role_span[0]] in ("ممثل", "مندوب") and role_span[1] < j \
            and toks[role_span[1]].startswith("ال") if role_span else False
        # ("مستشار أردوغان"، "مندوب سوريا": in construct with a person or a state, the one who serves it)
        one_representative = one_representative or bool(
            role_span and toks[role_span[0]] in _SERVING_ROLES and role_span[1] < j and aff_toks
            and toks[role_span[1]] == aff_toks[0] and _is_word(aff_toks[0]) and not aff_toks[0].startswith(_DEFINITE)
            and aff_toks[0][:1] not in "لب" and (not _is_nationality(aff_toks[0]) or aff_toks[0] in _states())
            and (aff_toks[0] in _states() or _starts_name(lex, aff_toks[0]) or not _is_common_word(lex, aff_toks[0])))
        ours = bool(role_span) and toks[role_span[0]] in _OUR_STAFF     # "مراسلنا": the outlet's own
        # ("قال محاميه"، "قالت زوجته": his lawyer, her husband, the one of the person spoken of)
        one_representative = one_representative or bool(
            role_span and role_span[1] >= j and _possessed_role(lex, s, role_span[0]))
        if role_span and not name_span and not on_record and not one_representative and not ours and (
                toks[role_span[0]] in _INDEFINITE_ROLES or (
                not toks[role_span[0]].startswith(_DEFINITE) and role_span[1] - role_span[0] == 1
                and all((t.endswith(("ي", "يه")) and not t.startswith("ال") and (
                    _is_nationality(t) or t in lex.body_descriptors or _is_common_word(lex, t)))
                        or t in _RANK_ADJECTIVES for t in aff_toks)
                and not _media_name_len(lex, aff_toks, 0))):     # (but "مراسلة بي بي سي": an outlet;
            #                                                    "شقيقة خاشقجي": a family name, no adjective)
            # "قال متحدث باسم الشركة"، "قالت قاضية أمريكية": one of many, not identified
            src.category = "anonymous_source"
            src.kind = "anonymous"
            src.name = ""
        if quantified:
            src.category = "anonymous_source"
            src.kind = "anonymous"
        return src
    if head_kind in ("anonymous", "document", "reports") and not name_span and any(
            t in ("متداوله", "المتداوله") for t in toks[i:j]):
        # "تقديرات متداولة في السوق"، "مقاطع متداولة": what circulates, with no source
        src.kind, src.category, src.name = "reports", "unverified_report", ""
        return src
    if head_kind in ("anonymous",) and head_at is not None and head_at + 2 < j and toks[head_at + 1] in _QUOTES \
            and _quote_end(toks, head_at + 1, j) > head_at + 2 and _strip_al(toks[head_at]) in (
                "مجموعات", "فصائل", "جماعات", "حركات", "منظمات", "تنظيمات", "ميليشيات", "احزاب", "كتائب", "الويه"):
        # 'قالت مجموعات "جيش الإسلام" و"فيلق الرحمن"': the groups are named in quotes
        src.kind, src.category, src.recognised = "organisation", "named_source", True
        src.name = _clean(s.orig_tokens(head_at + 1, j)).strip(" «»\"“”")
        return src
    if head_kind in ("anonymous",) and head_at is not None and toks[head_at] in ("وسائل", "الوسائل") and any(
            t in ("الرسميه", "رسميه", "الحكوميه", "حكوميه") for t in toks[head_at + 1:j]):
        # "وفق ما نقلت وسائل الإعلام الرسمية": the state's media, one identified voice
        src.kind, src.category, src.recognised = "media", "named_source", True
        src.name = _clean(s.orig_tokens(head_at, j))
        return src
    if head_kind in ("anonymous",):
        src.kind = "anonymous"
        src.category = "anonymous_source"
        src.name = ""
        if name_span is None and head_at is not None and not _plural_group(toks[head_at]) and (
                toks[head_at].startswith("ال") or (head_at + 1 < j and toks[head_at + 1].startswith("ال"))):
            # (also "خبير الأرصاد الجوية شتيفان رامشتورف": an indefinite noun in construct; but no
            # name follows a group: "ووصفت وسائل الإعلام تشابمان بأنها" describes her)
            # "الخبير الاقتصادي الإيطالي ماسيمو ديندرياس": a definite noun, adjectives, then a name.
            m = head_at + 1
            while m < j and toks[m].startswith("ال") and toks[m] != "ال":
                m += 1
            if m + 1 < j and toks[m] in _COMMAS and toks[m - 1].startswith("ال"):
                m += 1          # "المحلل السياسي الليبي، فرج الزوي": the name in apposition
                if m + 1 < j and (_lookup(lex.roles, toks, m) or (None,))[0] == "title":
                    m += 1      # ("الخبير في شؤون الطاقة، د. فراس الحسناوي": a title before it)
                    if m < j and toks[m] == ".":
                        m += 1
            tail = toks[m:j]
            if 1 <= len(tail) <= 4 and all(_is_word(t) and t not in _NAME_STOP and t not in _CONNECTORS
                                           and not t.startswith(("بال", "لل", "وال", "فال", "كال"))
                                           and not _is_common_word(lex, t) and not _lookup(lex.heads, [t], 0)
                                           for t in tail if t not in _NAME_LINKS):
                name_span = (m, j)
        if name_span:  # "المسؤول فلان": a named official after all.
            src.kind, src.category = "person", "named_source"
            src.name = _clean(s.orig_tokens(*name_span))
        return src
    owner = head_at + 1 if head_at is not None else None
    if owner is not None and owner + 1 < j and toks[owner] in ("من", "عن"):
        owner += 1          # "تقارير من نادي ريفربلايت"
    if head_kind == "reports" and owner is not None and any(
            t.startswith(_SEEN) for t in toks[owner:owner + 2]):
        src.kind, src.category, src.name = "anonymous", "anonymous_source", ""
        return src      # "بحسب معلومات حصلت عليها «الشرق الأوسط»": the outlet's unnamed informants
    if (head_kind == "reports" and owner is not None and owner < j and not toks[owner].startswith("ال")
            and (_lookup(lex.heads, toks, owner) or (None,))[0] == "anonymous"):
        src.kind, src.category, src.name = "anonymous", "anonymous_source", ""
        return src      # "بحسب روايات شهود عيان": what unnamed witnesses tell
    if head_kind == "reports" and owner is not None and owner < j and toks[owner] in _QUOTES:
        close = _quote_end(toks, owner, j)
        if close > owner + 1 and close - owner <= 5:
            # 'وحسب معلومات "المدن"': what the outlet (or body) named in quotes learned
            name = _clean(s.orig_tokens(owner + 1, close))
            src.kind = "media" if _n(name) in lex.media_names or close - owner <= 3 else "organisation"
            src.name = name
            return src
    if head_kind == "reports" and not (owner is not None and owner < j and (
            (_lookup(lex.heads, toks, owner) or (None,))[0] in ("official_body", "organisation", "media")
            or _media_name_len(lex, toks, owner) > 1)):     # ("تقارير فاينانشال تايمز": an outlet's reports)
        src.kind = "reports"
        src.category = "unverified_report"
        return src
    if head_kind == "reports":
        # "وبينت تقارير مرور تربة أن": the reports of a named body
        src.kind, src.name = "document", _clean(s.orig_tokens(owner, j))
        return src
    if (head_kind == "media" and head_at is not None and not name_span and toks[head_at] in _GENERIC_MEDIA
            and aff_span is not None):
        rest = [t for t in toks[head_at + 1:aff_span[1]] if _is_word(t)]
        after = toks[aff_span[1]] if aff_span[1] < len(toks) else ""
        named = any(t in _QUOTES for t in toks[head_at + 1:aff_span[1]]) \
            or _media_name_len(lex, toks, head_at + 1) > 0      # ('مجلة "فراييتي"'، "شبكة سي إن إن": a name)
        if rest and not named and all(t.endswith(("ي", "يه", "يين")) and not t.startswith("ال") for t in rest) and not (
                bool(after) and _is_word(after) and not after.startswith("ال") and after not in _CONNECTORS
                and after not in _COMPLEMENTIZERS and after not in _NAME_STOP and not _is_common_word(lex, after)):
            # (but "موقع فاميلي شير": a name that ends in ي, with more of the name after it)
            # "ذكرت صحيفة يونانية": an unnamed paper (one of many), not identified
            src.kind, src.category, src.name = "anonymous", "anonymous_source", ""
            return src
    if head_kind == "document":
        src.kind = "document"
        hd_i = _lookup(lex.heads, toks, i)
        # (a listed head in construct is definite by its last word: "أوراق القضية", the case's record)
        definite = toks[i].startswith(("ال", "لل", "بال")) or bool(
            hd_i and hd_i[1] > 1 and toks[i + hd_i[1] - 1].startswith("ال")) or (
            # "تقرير التفتيش"، "قرار الإحالة": in construct with a definite noun (not an adjective)
            hd_i is not None and hd_i[1] == 1 and i + 1 < j and toks[i + 1].startswith("ال")
            and not toks[i + 1].endswith(("ي", "يه")) and not _lookup(lex.heads, toks, i + 1)
            and not _lookup(lex.roles, toks, i + 1) and toks[i][:1] not in "لب")
        owner_at = None
        owner_after_li = owner_after_lil = False
        if aff_span:
            for m in range(aff_span[0] + 1, aff_span[1]):
                if toks[m].startswith(_SEEN):
                    break       # "إحصائية حصلت عليها القبس": the outlet that obtained it is no owner
                hd = _lookup(lex.heads, toks, m)
                rl = _lookup(lex.roles, toks, m)
                if (hd and hd[0] in ("official_body", "organisation", "media") or toks[m] in lex.media_names
                        or (rl and rl[0] in ("role", "title") and m == aff_span[0] + 1)
                        or (m == aff_span[0] + 1 and (_starts_name(lex, toks[m]) or _state_name(toks, m, aff_span[1])
                                                      or toks[m] in _places()))):
                    owner_at = m       # "بيان رئيس الإقليم"، "تقرير الأمم المتحدة"، "إحصاءات أبوظبي"، "إحصاءات دبي"
                    break
                if toks[m] == "ل" and m + 1 < aff_span[1] and toks[m + 1][:1].isascii() and toks[m + 1][:1].isalpha():
                    owner_at = m + 1   # "تقرير لـ BBC": an owner in Latin letters
                    break
        if owner_at is None and aff_span:
            # "بيان نشرته شركة أرامكو"، "تقرير صادر عن الأمم المتحدة".
            # "مسح أجرته «عرب آد»"، "التقرير السنوي الصادر عن مؤسسة النقد".
            m = aff_span[1]
            if m + 1 < len(toks) and toks[m] in _COMMAS and toks[m + 1] in ("التي", "الذي"):
                m += 1          # "الدراسة، التي نشرتها مجلة ...، أن"
            inside = next((p for p in range(aff_span[0] + 1, aff_span[1]) if toks[p].startswith(_OWNER_VERBS)), None)
            if inside is not None:
                m = inside      # the owner verb inside the phrase: "مسح أجرته «عرب آد»"
            limit = min(len(toks), m + 6)
            if m < limit and toks[m] == "في" and m + 1 < limit \
                    and (_lookup(lex.heads, toks, m + 1) or (None,))[0] == "media":
                limit = min(limit, m + 3)       # "تقرير في صحيفة «نيويورك تايمز»": the paper's report
                m_media = m + 1
                close = _quote_end(toks, m_media + 1, limit + 6) if m_media + 1 < len(toks) and toks[m_media + 1] in _QUOTES else -1
                if close > m_media + 2:
                    src.affiliation = src.name = _clean(s.orig_tokens(m_media + 2, close))
                    return src
            if m < limit and (toks[m].startswith(_OWNER_VERBS) or toks[m] in ("من", "عن")):
                if toks[m].startswith(("صادر", "الصادر", "صدر")) or toks[m] in ("من", "عن"):
                    limit = min(limit, m + 3)   # "الصادر عن X": X itself, not a later noun
                for q in range(m + 1, limit):
                    if toks[q] in _RELATIVES:
                        break
                    hd = _lookup(lex.heads, toks, q)
                    if hd and hd[0] in ("official_body", "organisation", "media"):
                        stop = _np_end(lex, s, q, min(len(toks), q + 8))
                        src.affiliation = _strip_clitic(_clean(s.orig_tokens(q, stop)), toks[q])
                        src.name = src.affiliation
                        return src
                    if toks[q] in _QUOTES and q <= m + 2:
                        close = _quote_end(toks, q, min(len(toks), q + 6))
                        if close > q + 1:
                            src.affiliation = src.name = _clean(s.orig_tokens(q + 1, close))
                            return src
                    if q == m + 1 and toks[m].startswith(("نشر", "اصدر", "اعد", "اجر", "انجز")) \
                            and toks[m].endswith(("ه", "ها")) and not hd \
                            and toks[q] not in _ADJUNCT_WORDS and toks[q] not in _DAY_WORDS:
                        e = max(_name_run(lex, toks, q, min(len(toks), q + 3)),
                                _unknown_run(lex, toks, q, min(len(toks), q + 3), not_subject=True))
                        if e > q and e + 1 < len(toks) and _lookup(lex.heads, toks, e) \
                                and (not _is_word(toks[e + 1]) or toks[e + 1] in _COMPLEMENTIZERS):
                            e += 1      # "دراسة أنجزها رابو بنك،": a name that ends with its head
                        if e > q and toks[m].startswith(("اجر", "انجز")) and (
                                toks[q].startswith("ال") or (e < len(toks) and _is_word(toks[e])
                                                             and toks[e] not in _COMPLEMENTIZERS)):
                            e = q       # ("دراسة أجراها عالمان في جامعة": who they are follows; but
                            #             "دراسة أنجزها رابو بنك،": the name closes the phrase)
                        if e > q:
                            # "تصريح نشره عبدالمهدي في صفحته": the person who published it
                            src.affiliation = src.name = _clean(s.orig_tokens(q, e))
                            return src
        if owner_at is None and aff_span and not definite and aff_span[1] > aff_span[0] + 1:
            t1 = toks[aff_span[0] + 1]
            q = aff_span[0] + 2 if t1 == "ل" else aff_span[0] + 1       # ('بيان لـ"حماس"')
            close = _quote_end(toks, q, aff_span[1]) if q < aff_span[1] and toks[q] in _QUOTES else -1
            if close > q + 1:
                # "بحسب تقرير «صحارى»": the report of the body named in quotes
                src.affiliation = src.name = _clean(s.orig_tokens(q + 1, close))
                return src
            if (_is_word(t1) and not t1.startswith(("ال", "لل", "بال")) and t1[0] not in "لبو"
                    and not t1.startswith(_OWNER_VERBS)     # ("دراسة أعدها اقتصاديون": the verb, no name)
                    and not _is_common_word(lex, t1) and t1 not in _CONNECTORS and t1 not in _NAME_STOP
                    and t1 not in _DOCUMENT_ADJECTIVES
                    and not (t1.endswith(("ي", "يه")) and not _starts_name(lex, t1))):
                owner_at = aff_span[0] + 1      # "دراسة تريجرانيت": a study owned by a proper name
            elif (_is_word(t1) and t1[:1] == "ل" and not t1.startswith("لل") and len(t1) > 4
                  and not (aff_span[0] + 2 < aff_span[1] and toks[aff_span[0] + 2].startswith("ال"))
                  and not t1.endswith(("ه", "ها", "هم")) and not _is_common_word(lex, t1[1:])
                  and t1[1:] not in _NAME_STOP and t1[1:] not in _DOCUMENT_ADJECTIVES
                  and not (t1.endswith(("ي", "يه")) and not _starts_name(lex, t1[1:]))):
                owner_at = aff_span[0] + 1      # "بيان لحماس": the body the statement is of
                owner_after_li = True
            elif _is_word(t1) and t1.startswith("لل") and aff_span[1] == aff_span[0] + 2 and (
                    (t1.endswith("ي") and len(t1) > 5) or (toks[aff_span[0]] in _OWNED_STATEMENTS and len(t1) > 4)):
                # "تغريدة للقرضاوي": a definite word in -ي cannot be the indefinite document's adjective
                # (ل + القرضاوي); it owns the document. So does any لل-word after a tweet, a post or a
                # statement, which are someone's ("تغريدة للصدر")
                owner_at, owner_after_lil = aff_span[0] + 1, True
        if owner_at is not None:
            # (up to a verb that says more of the document: "لوكالة رويترز نشرت نتائجه")
            stop = next((m for m in range(owner_at + 1, aff_span[1]) if toks[m].startswith(_OWNER_VERBS)
                         or toks[m] in _RELATIVES), aff_span[1])
            owner = _clean(s.orig_tokens(owner_at, stop))
            # (_strip_clitic keeps the ل of a name: "لحماس" -> "حماس" only here)
            src.affiliation = owner[1:].lstrip("ـ ") if owner_after_li else (
                "ال" + owner[2:] if owner_after_lil else _strip_clitic(owner, toks[owner_at]))
            src.name = src.affiliation
        elif definite and (toks[i].endswith("ات") or toks[i] in ("التقارير", "البحوث", "الابحاث")):
            src.category = "anonymous_source"     # "بحسب الدراسات المنشورة": studies, none identified
        elif definite or quantified is False and name_span:
            src.name = aff_text
        else:
            src.category = "anonymous_source"
        if quantified:
            src.category = "anonymous_source"
        return src
    if head_kind in ("media", "official_body", "organisation"):
        src.kind = head_kind
        src.name = aff_text
        if head_kind == "media" and aff_span and head_at is not None and aff_span[0] <= head_at \
                and aff_span[1] < (stop := head_at + 1 + _media_name_len(lex, toks, head_at + 1)) <= j:
            src.name = _strip_clitic(_clean(s.orig_tokens(aff_span[0], stop)), toks[aff_span[0]])   # "شبكة سي إن إن"
        if quantified:
            src.category = "anonymous_source"
            src.kind = "anonymous"
        return src
    if head_kind == "place" and aff_text:
        src.kind = "official_body"
        src.name = aff_text
        if head_at is not None and any((_lookup(lex.roles, toks, m) or (None,))[0] == "title"
                                       for m in range(head_at + 1, min(j, head_at + 3))):
            # "مدينة الملك عبدالله الطبية": an institution named after a king, not a town
            src.kind, src.recognised = "organisation", True
        return src
    if quantified:
        src.kind, src.category, src.name = "anonymous", "anonymous_source", ""
        src.recognised = True
        return src
    # "بيب جوارديولا مدرب بايرن"، "فرانشيسكا وهي إحدى المصممات": a name before a role or a pronoun.
    i0 = i
    while i0 < j - 1 and toks[i0].startswith("ال") and toks[i0].endswith("ي") and not _lookup(lex.heads, toks, i0):
        i0 += 1             # "الألماني توماس باخ رئيس اللجنة"
    m = i0
    while m < j and m < i0 + 3 and _is_word(toks[m]) and not toks[m].startswith("ال") \
            and not _lookup(lex.roles, toks, m) and toks[m] not in _NAME_STOP:
        m += 1
    if m < j and toks[m] == ")" and m + 1 < j and _lookup(lex.roles, toks, m + 1):
        m_role = m + 1          # "(مارك كيبلينغ) مدير عمليات الشركة"
        src.kind, src.recognised = "person", True
        src.name = _clean(s.orig_tokens(i0, m))
        rl = _lookup(lex.roles, toks, m_role)
        if rl and rl[0] in ("role", "staff"):
            src.role = _clean(s.orig_tokens(m_role, m_role + rl[1]))
        return src
    after = toks[m + 1] if m + 1 < j else ""
    # "لافروف، وزير الخارجية"، "بومبيو، وزير الخارجية": a single name before a comma and a role may
    # begin with a letter that looks like a clitic, when the rest of it is no word
    clitic_lookalike = m == i0 + 1 and toks[i0][0] in "لب" and len(toks[i0]) >= 5 and _rare_word(lex, toks[i0][1:]) \
        and toks[i0][1:] not in _places() and not _lookup(lex.heads, [toks[i0][1:]], 0) \
        and m < j and toks[m] in _COMMAS and (_lookup(lex.roles, toks, m + 1) or (None,))[0] in ("role", "staff", "title")
    if m > i0 and m < j and (toks[i0][0] not in "لبوف" or clitic_lookalike) and (
            toks[m] in ("وهو", "وهي", "وهم")
            or (toks[m] in ("هو", "هي") and (_lookup(lex.roles, toks, m + 1) or (None,))[0] in ("role", "staff", "title"))
            or (toks[m] in _COMMAS and after in ("وهو", "وهي", "وهم", "الذي", "التي"))
            # "جيف ديفيس، أحد الناطقين باسم الوزارة": one of a group, in apposition to the name
            or (toks[m] in _COMMAS and after in ("احد", "احدي") and m + 2 < j
                and toks[m + 2].startswith("ال") and m - i0 <= 3)
            or (toks[m] in _COMMAS and after and ((_lookup(lex.roles, toks, m + 1) or (None,))[0]
                                                  in ("role", "staff", "title")))
            or (_lookup(lex.roles, toks, m) or (None,))[0] in ("role", "staff")
            # "موريس ليفي الرئيس السابق لشركة بوبليسيس": a definite title after two words of a name is his post
            or (m - i0 >= 2 and toks[m].startswith("ال") and (_lookup(lex.roles, toks, m) or (None,))[0] == "title"
                and not _is_common_word(lex, toks[i0])
                and all(len(x) >= 3 and x not in _DEMONSTRATIVES for x in toks[i0:m]))):
        src.kind = "person"
        src.name = _clean(s.orig_tokens(i0, m))
        src.recognised = True
        rl = _lookup(lex.roles, toks, m)
        if rl and rl[0] in ("role", "staff"):
            src.role = _clean(s.orig_tokens(m, m + rl[1]))
        return src
    # "الطفل أحمد الحسن"، "الملحق الثقافي ... الدكتور محمد العيسى": a name inside the phrase.
    m = _next_name_start(lex, toks, i, j)
    stop = _name_run(lex, toks, m, j) if m is not None else -1
    if m is not None and m > i and ((m - i <= 8 or toks[i].startswith("ال") and m - i <= 16) and (
            toks[i].startswith("ال") or any(_lookup(lex.roles, toks, q) for q in range(i, m)))
            # "صاحبة ومنفذة المشروع فاطمة الزامل": a full name (first and family) after a description
            or (stop - m >= 2 and m - i <= 10 and toks[m] in lex.first_names)):
        if stop > m:
            src.kind, src.recognised = "person", True
            src.name = _clean(s.orig_tokens(m, stop))
            lead = m - 1 if (_lookup(lex.roles, toks, m - 1) or (None,))[0] == "title" else m
            src.role = _clean(s.orig_tokens(i, lead))
            return src
    m = _name_from_body(lex, toks, i, j)
    if m is not None:
        src.kind, src.recognised, src.category = "person", True, "named_source"
        src.name = _clean(s.orig_tokens(i, m))
        src.affiliation = _clean(s.orig_tokens(m + 1, j))
        return src
    # Unrecognised head: a short phrase is most likely a person (surname), a long one an organisation.
    n_words = sum(1 for t in toks[i:j] if _is_word(t))
    t0 = toks[i]
    if n_words <= 2 and 6 <= len(t0) <= 9 and t0.endswith("ين") and _group_participle(lex, t0):
        # "بحسب مؤرخين"، "وفقاً لمتابعين": a participle in the plural after a preposition, a group
        src.kind, src.category, src.name, src.recognised = "anonymous", "anonymous_source", "", True
        return src
    if n_words <= 3 and not t0.startswith("ال") and (
            (n_words == 1 and _is_common_word(lex, t0))
            or (n_words == 1 and t0.endswith("ا") and len(t0) > 3 and _is_common_word(lex, t0[:-1]))
            or (t0.endswith(("ه", "ها", "هم")) and len(t0) > 3
                and _is_common_word(lex, t0[:-2] if t0.endswith(("ها", "هم")) else t0[:-1]))):
        return _Source()    # "يؤكد تماماً أن"، "أوضح وصفه البنائي": an adverb or an object, not a source
    w0 = s.orig(s.starts[i], s.ends[i])
    if (t0 in _NOT_SUBJECT or t0 in _SPEECH_NOUNS or w0.endswith(("اً", "ًا", "ً"))
            # "واستطرد متسائلا"، "وتابع مستنكرا": a participle of manner written without its tanween
            or (t0.startswith(("مت", "مست")) and t0.endswith("ا") and len(t0) >= 6 and t0 not in lex.first_names)
            or (not t0.startswith("ال") and t0[:1] not in "لبو" and _is_common_word(lex, t0)
                and not any(_starts_name(lex, t) or t in _name_resources()[1] for t in toks[i:j]))
            or (not t0.startswith("ال") and t0.endswith(("ه", "ها", "هم")) and len(t0) > 4
                and _is_common_word(lex, t0[:-2] if t0.endswith(("ها", "هم")) else t0[:-1]))):
        # "نقل شكره ..."، "بجلاء ووضوح": a common word opens the phrase, so it is an object or an
        # adverb, not an unknown name
        return _Source()
    if any(_is_word(t) and len(t) >= 5 and t.endswith(("ها", "هم", "هما")) and t not in lex.first_names
           for t in toks[i:j]):
        return _Source()    # "معاناتها بقصيدته"، "كشف سترهم": a noun with a pronoun is no name
    if n_words <= 2 and len(t0) >= 5 and t0.endswith("ون") and not t0.startswith("ال") \
            and t0 not in lex.first_names and t0 not in _name_resources()[1] and (
                (len(t0) >= 6 and _is_common_word(lex, t0[:-2]))     # (not "نافون": ناف is no nisba)
                # "وقال منقذون إن": a participle in the plural (مُفعِلون), a group (not "ماكرون")
                or (len(t0) >= 6 and _group_participle(lex, t0))):
        # "قال ماليون"، "يرى مراقبون": a plural noun is a group, none of it named
        src.kind, src.category, src.name, src.recognised = "anonymous", "anonymous_source", "", True
        return src
    src.kind = "person" if n_words <= 3 else "organisation"
    cut = next((m for m in range(i + 1, j) if (toks[m] in _NAME_STOP or toks[m] in _PLACE_PREPS) and not (
        toks[m] == "علي" and m + 1 < j and (toks[m + 1] in _NAME_LINKS or _starts_name(lex, toks[m + 1])))), None)
    if cut is not None and not src.name and n_words <= 3:
        src.name = _clean(s.orig_tokens(i, cut))     # "كتب ترامب على تويتر": where he wrote is no name
    src.name = src.name or src.text
    return src


@dataclass
class _Att:
    category: str
    cue: str
    cue_class: str
    cue_start: int
    cue_end: int
    source: _Source | None
    content: str = ""
    direct_quote: bool = False
    inherited: bool = False
    needs_source: bool = False   # cue without a subject: fill from context
    participle: bool = False
    via: str = ""
    framing: bool = False        # "وتأتي هذه الخطوة في إطار ...": yields to a source cited after it
    findings: str = ""           # "وكشفت النتائج أن": speaks for the document cited before, if any


def _through_a_document(s: _Sent, atts: list[_Att]) -> list[_Att]:
    """A speech verb with no subject, then an according-to phrase before its أن: "وأضاف وفقاً لبيان أصدرته
    الوزارة، أن ...". The speaker cited before goes on; the statement is only where he said it."""
    toks = s.toks
    for verb in atts:
        if verb.cue_class != "speech" or verb.inherited:
            continue
        at = s.token_of(verb.cue_start)
        follows = s.token_at(verb.cue_end)
        if _sentence_start(toks, at) != at or not any(
                t in _COMPLEMENTIZERS for t in toks[follows:follows + MAX_SOURCE_TOKENS + 4]):
            continue
        if follows < len(toks) and toks[follows] in _COMMAS:
            follows += 1    # ("وأضاف، بحسب البيان، أن")
        medium = next((a for a in atts if a.cue_class == "according_to" and s.token_of(a.cue_start) == follows), None)
        if medium is None or not (verb.needs_source or verb.source is None
                                  or _n(verb.source.text).startswith(_n(medium.cue).split()[0])):
            continue    # (the verb's subject is the according-to phrase itself, or it has none)
        verb.source, verb.needs_source, verb.category = None, True, "named_source"
        return [a for a in atts if a is not medium]
    return atts


def _according_to_him(cue: _Cue) -> bool:
    """"بحسبه"، "حسبها": an according-to word with a pronoun on it (the source just cited)."""
    lemma = _n(cue.lemma)
    return " " not in lemma and any(lemma.endswith(p) and lemma[:-len(p)] in _PREP_CUE_WORDS
                                    for p in ("هما", "هم", "ها", "ه"))


# Prepositions that open a quotation of what was said, never a quoted name ('"في نهاية المطاف"').
_QUOTE_OPENING_PREPS = frozenset(("في", "على", "علي", "الي", "عن", "مع"))
# Prepositions that may follow a quotation to tie it to its topic ('"نعتمد على ألمانيا" في الدفاع عن').
_AFTER_QUOTE_ADJUNCT = frozenset(("في", "خلال", "عبر", "بشان", "حول", "تجاه", "ازاء"))


def _opens_a_statement(tok: str) -> bool:
    """A quotation's first word that opens something said, never a quoted name: لقد، a negation, "we"."""
    return tok in ("لقد", "قد", "ولقد") or tok in _STATEMENT_WORDS or tok in _PERSON_WORDS


def _scan_source(lex: _Lexicons, s: _Sent, i: int, governs: str) -> tuple[int, int, bool, bool]:
    """(end of source phrase, start of content token, direct quote, closed) for a phrase at token i.

    ``closed`` is true when the phrase ends at a complementiser, a colon, a governed preposition or
    a direct quote: the cue is then surely a reporting verb.
    """
    toks = s.toks
    n = len(toks)
    first_comma = -1
    limit = min(n, i + MAX_SOURCE_TOKENS)
    k = i
    subject_end = -1
    while k < limit:
        if subject_end >= 0 and limit < min(n, i + 2 * MAX_SOURCE_TOKENS):
            limit = min(n, i + 2 * MAX_SOURCE_TOKENS)   # a long adjunct before "إنه"
        t = toks[k]
        if t in _PEOPLE_ADDRESSED and governs and (k > i + 1 or (k > i and toks[i].startswith("ال"))) \
                and subject_end < 0 and not toks[k - 1] in _NAME_LINKS \
                and (_lookup(lex.heads, toks, i) or (None,))[0] in ("official_body", "organisation"):
            subject_end = k         # "ودعت الداخلية القطرية المواطنين للبقاء": the people called on
            limit = min(n, k + MAX_SOURCE_TOKENS)
            k += 1
            continue
        if (t in _HARD_STOP or t in _COMMAS) and governs and k > i and k + 1 < n and toks[k + 1] in _ADDRESSEES \
                and subject_end < 0:
            subject_end = k         # "دعا العقيد فلان؛ جميع المواطنين إلى": the people called on follow
            limit = min(n, k + MAX_SOURCE_TOKENS)
            k += 1
            continue
        if k == i and _posted_on(toks, k):
            # 'وكتب على تويتر "..."': where it was posted, with no subject; the words follow
            m = next((x for x in range(k + 2, min(n, k + 8)) if toks[x] in _QUOTES or toks[x] == ":"
                      or toks[x] in _COMPLEMENTIZERS or toks[x] in _HARD_STOP), None)
            if m is not None and toks[m] not in _HARD_STOP:
                start = m + 1 if toks[m] == ":" else m
                return k, start, start < n and toks[start] in _QUOTES, True
        if t == "." and k > i and len(toks[k - 1]) == 1 and _is_word(toks[k - 1]) and k + 1 < n and _is_word(toks[k + 1]):
            k += 1              # "المدير التنفيذي أ. فلان": the dot of an abbreviated title
            continue
        if t in _COMMAS and k > i and k + 1 < n and toks[k + 1] in ("وهو", "وهي", "وهم"):
            # "نجاة الفيتوري، وهي معلمة متقاعدة التقتها «الوسط» أمام ...، إنها": a long apposition after a
            # source of two words or more (but "أحدهم، وهو مهندس يدعى فلان": the name is in it)
            limit = min(n, max(limit, i + 2 * MAX_SOURCE_TOKENS))
            if subject_end < 0 and not any(x in _CALLED for x in toks[k:limit]) and sum(
                    _is_word(x) for x in toks[i:k]) >= 2:
                subject_end = k
                k += 1
                continue
        if t in ("؛", ";") and k > i and k + 1 < n and (_lookup(lex.roles, toks, k + 1) or (None,))[0] in ("role", "staff"):
            if first_comma < 0:
                first_comma = k  # "حذّر عبدالله العليان؛ مدير عام الفرع، المواطنين": a role in apposition
            k += 1
            continue
        if t in _HARD_STOP:
            if t in ("؛", ";") and k > i and k + 1 < n and (toks[k + 1] in _COMPLEMENTIZERS or _gov(toks[k + 1], governs)):
                if subject_end < 0:
                    subject_end = k     # "وأوضح ... الدكتور فلان؛ أن": a semicolon for a comma
                k += 1
                continue
            break
        if k > i and t not in ("يدعي", "ويدعي") and ((t[:1] in "وف" and t[1:] in lex.verb_keys
                                                    and (t[0] == "و" or len(t) > 4 or toks[k - 1] in _COMMAS))
                                                   or (t in lex.verb_keys and toks[k - 1] in _COMMAS)):
            # (but "ايتاري فيري": a name that only looks like ف + يرى)
            break           # "ويبين المؤلف ...، فيوضح أن": the أن belongs to the next reporting verb
        if t == ":" or (t in ("لقد", "ولقد") and k > i):
            # ("وقال الرئيس الأميركي لقد تحدثت إلى ...": the words said begin at لقد, unmarked)
            end = subject_end if subject_end >= 0 else _set_off_name_end(lex, s, i, first_comma, k)
            start = k + 1 if t == ":" else k
            return end, start, start < n and toks[start] in _QUOTES, True
        if t in _COMPLEMENTIZERS and k > 0 and toks[k - 1] in _TEMPORAL and not (
                toks[k - 1] == "علي" and k > 1 and toks[k - 2] in ("بن", "ابن", "بنت")):   # ("فلان بن علي أن")
            k += 1              # "بعد أن"، "قبل أن": not a reporting complementiser
            continue
        if t in _COMPLEMENTIZERS and k > i + 1 and toks[k - 1] in ("الا", "غير", "بيد") and toks[k - 2] in _COMMAS:
            return k - 2, k - 2, False, False   # "أكمل الشوط الأول، إلا أن زيدان": "but", another clause
        if (t == "الي" and k > i and k + 1 < n and toks[k + 1] in _COMPLEMENTIZERS and subject_end < 0
                and "الي" not in governs.split("|")):
            subject_end = k     # "وأضاف المطيري إلى أن": a stray إلى before the complementiser
            k += 1
            continue

        if t in _COMPLEMENTIZERS and k > i + 2 and toks[k - 1] in ("قوله", "قولها", "قولهم"):
            break               # "اتهم المصدر ...، إضافة إلى قوله إن": أن belongs to "his saying", not the cue
        if governs and k > i + 1 and t in lex.participle_keys and k + 1 < n and _gov(toks[k + 1], governs):
            break               # "ونقل الوزير تعازي المملكة ... معرباً عن": عن belongs to the participle
        if t in _COMPLEMENTIZERS and k > i and (n_media := _media_name_len(lex, toks, k - 1)) > 1:
            k += n_media - 1    # "شبكة سي إن إن": a word of the outlet's name, not the complementiser
            continue
        if t == "فان" and (k == i or (k + 1 < n and _is_word(toks[k - 1]) and _is_word(toks[k + 1]) and not any(
                x.startswith("ال") or _is_common_word(lex, x) or x in _places() for x in (toks[k - 1], toks[k + 1])))):
            pass                # "وقال فان جال"، "بيرت فان مارفيك": a name, not "فإنّ"
        elif t in _COMPLEMENTIZERS or (_gov(t, governs) and not (t == "علي" and k > i and (
                toks[k - 1] in _NAME_LINKS or _is_title_word(lex, toks[k - 1])
                or (k + 1 < n and _starts_name(lex, toks[k + 1]))     # "الطبيب علي موسى": a name
                # ("... في سوريا علي الزعتري في بيان ... على ضرورة": a writer who spells the preposition
                # على elsewhere in the sentence writes علي only for the name)
                or ("على" in toks[k + 1:] and k + 1 < n and _is_word(toks[k + 1]))))
                                       and not (t == "من" and k > i and toks[k - 1] in _QUANTIFIERS)  # "كثير من المحللين"
                                       # "الأمين العام للأمم المتحدة": ل on a body after a role is its affiliation
                                       and not (t[:1] == "ل" and k > i and t not in _COMPLEMENTIZERS
                                                and _lookup(lex.roles, toks, k - 1) is not None
                                                and (_lookup(lex.heads, toks, k) or (None,))[0] in (
                                                    "organisation", "official_body", "media"))
                                       and not (t in ("على", "علي") and k > i and (toks[k - 1] in _SUPERVISOR or (
                                           toks[k - 1] == "العام" and k - 1 > i and toks[k - 2] in _SUPERVISOR)))) \
                or (k == i and t in _EMPTY_SUBJECT and not _kunya(lex, toks, k)):
            if k == i and t in _NOT_SUBJECT:
                return k, k, False, True
            end = subject_end if subject_end >= 0 else _set_off_name_end(lex, s, i, first_comma, k)
            described = t in ("بان", "بانه", "بانها", "بانهم")
            if end == k and k > i + 1 and t[:1] == "ب" and first_comma < 0 and (t not in _COMPLEMENTIZERS or described):
                # "ويطالب البيت الأبيض بكين بخفضه": a state or a definite noun after the subject is whom
                # he asks (but "أشادت المحققة كارولين كورفيلد بـ": unknown words are the name); "ووصف
                # المسؤول الصيني التراشق الضريبي بأنه": what he describes (not an adjective: "وزارة الدفاع
                # العراقية بأن"، "أحمد العمري بأن"; not whom a role serves: "نائب سفير روسيا بأن")
                np_end = _np_end(lex, s, i, k)
                # (and "منظمتا هيومن رايتس ووتش": a noun in construct takes the name after it)
                if i < np_end < k and (toks[np_end].startswith("ال") or _state_name(toks, np_end, k)) and (
                        toks[np_end - 1].startswith(_DEFINITE) or not (
                            _lookup(lex.heads, toks, np_end - 1) or toks[np_end - 1].endswith("تا"))) and not (
                        described and (toks[np_end].endswith(("ي", "يه")) or _lookup(lex.roles, toks, np_end - 1))):
                    end = np_end
            return end, k + 1, k + 1 < n and toks[k + 1] in _QUOTES, True
        if t in _QUOTES:
            close = _quote_end(toks, k, n)
            inner = close - k - 1 if close > 0 else n
            final = close > 0 and all(not _is_word(x) for x in toks[close + 1:])
            if k == i and close > k + 1 and subject_end < 0 and _opens_a_statement(toks[k + 1]):
                return k, k, True, True     # 'وقال "لقد ارتكبت خطأ"، مضيفا': what was said, no name
            if k > i and close > k + 1 and subject_end < 0 and _is_word(toks[k - 1]) and toks[k - 1][:1] not in "لب" \
                    and not (close + 1 < n and toks[close + 1] in _COMPLEMENTIZERS) \
                    and (not _lookup(lex.heads, toks, k - 1) or _lookup(lex.roles, toks, k - 1)) \
                    and (_opens_a_statement(toks[k + 1]) or toks[k + 1] in _QUOTE_OPENING_PREPS):
                # 'قال والاس "في نهاية المطاف" الرئيس الروسي هو وراء ...'، 'قال الوزير "لن نسمح"': a
                # quotation that opens like a sentence, after the speaker, is what he said
                end = _set_off_name_end(lex, s, i, first_comma, k)
                return end, k, True, True
            if k == i and 0 < close < n - 1 and inner <= 10 and not final and _is_word(toks[close + 1]) \
                    and toks[close + 1] not in _COMPLEMENTIZERS \
                    and (_lookup(lex.heads, toks, k + 1) or (None,))[0] in ("organisation", "official_body", "media"):
                k = close + 1   # 'اعتبر "الائتلاف الجمعوي للقضاء على ..." القانون': a body's name in quotes
                continue
            if inner > 5 or close < 0 or (inner >= 3 and final) or (
                    # 'وقال "بكيت".': a word or two quoted right after the verb, closing the sentence
                    k == i and final and inner >= 1 and ":" not in toks[close + 1:]) or (
                    # 'وأضاف الرئيس "الوضع جيد".': a short quotation closing the sentence after a person is
                    # what was said (but 'قالت صحيفة «الوطن».'، 'لـ"المصدر أونلاين"': a name; 'اعتبر الحكم
                    # "خطوة إيجابية"': an object and what it was called)
                    # (also 'وقال بوفون "قلبه كيس من القمامة"، وخاطبه ...': a quotation closed by a comma, and
                    # 'وأضافت فريلاند "نعتمد على ألمانيا" في الدفاع عن': by an adjunct of what was said)
                    (final or (inner >= 3 and (toks[close + 1] in _COMMAS or (
                        toks[close + 1] in _AFTER_QUOTE_ADJUNCT and not _lookup(lex.heads, toks, k - 1)))
                               and not _lookup(lex.heads, toks, k + 1)
                               and not _lookup(lex.roles, toks, k + 1) and not _starts_name(lex, toks[k + 1])))
                    and inner >= 2 and k > i and toks[k - 1][:1] not in "لب" and (
                        (_lookup(lex.roles, toks, k - 1) or (None,))[0] in ("role", "staff", "title")
                        or (_lookup(lex.heads, toks, k - 1) or (None,))[0] == "anonymous"
                        or (not _is_common_word(lex, toks[k - 1]) and not _lookup(lex.heads, toks, k - 1)))):
                end = subject_end if subject_end >= 0 else _set_off_name_end(lex, s, i, first_comma, k)
                return end, k, True, True
            if subject_end < 0 and inner == 1 and k > i and toks[k + 1].startswith("لل") and len(toks[k + 1]) > 4:
                subject_end = k     # 'وقال مصدر "للاقتصادية"': the outlet spoken to
            k = close + 1
            continue
        if subject_end < 0:
            if t in _RECIPIENTS and k == i and k + 1 < n and toks[k + 1] in _OPENING_QUOTES + (":",):
                subject_end = k     # 'وقال للصحفيين "...': the ones spoken to, and no subject
            elif t in _RECIPIENTS and k > i and "document" not in ((_lookup(lex.heads, toks, k - 1) or (None,))[0],
                                                                 (_lookup(lex.heads, toks, i) or (None,))[0]):
                subject_end = k     # "قال مورينيو للصحافيين"
            elif t in _PREP_CUE_WORDS and k > i:
                subject_end = k     # "وقال صالح بحسب هافنغتون بوست إن"
            elif t in lex.participle_keys or (k == i and t not in lex.first_names and any(
                    c.form == "imperfect" for c in lex.cues.get(t, ()))) or t in _ADDRESSING:
                # "وتابع فلان قائلاً:": the participle is not part of the subject; "وأضاف متمنياً أن"،
                # "وتابع يقول": no subject at all (but right after the cue a word that looks like a past
                # tense is a name: "وقالت روي"، "ويرى دان غولدبرغ")
                subject_end = k
            elif t in _RELATIVES and k > i:
                subject_end = k     # "وقال فينجر الذي حقق أول انتصار ...": a relative clause
            elif t == "عن" and k > i and _is_word(toks[k - 1]) and not _is_common_word(lex, toks[k - 1]) \
                    and not toks[k - 1].startswith(("ال", "وال", "بال", "لل")) and not toks[k - 1].endswith(("ون", "ين")) \
                    and (not _is_common_word(lex, toks[i]) or toks[i].startswith("ال")) and toks[i][:1] != "و" \
                    and not _lookup(lex.roles, toks, k - 1) and not _lookup(lex.heads, toks, k - 1):
                subject_end = k     # 'ويقول فاين عن حقيقة ما حدث "...': what a named speaker speaks of
                # (but "المتحدث عن الحملة"، "النائب عن الدائرة": the one he speaks or sits for)
            elif t[:1] == "ب" and t[1:] in _MANNER_NOUNS:
                subject_end = k     # "ويتابع بصوت خفيض:"، "وقال الوزير بنبرة حادة": how it was said
            elif k > i and t in _ADJUNCT_NOUNS and _possessed(t) in _ADJUNCT_NOUNS \
                    and not s.orig(s.starts[k], s.ends[k]).endswith("ة"):    # (not "بيانات حديثة")
                subject_end = k     # "ويختم البلوشي حديثه بالقول:": his words, the object
            elif t == "امام" and k + 1 < n and (
                    toks[k + 1] in ("المسجد", "مسجد", "الحرم", "جامع", "الجامع")
                    or (toks[k + 1][:1] == "و" and (_lookup(lex.roles, toks, k + 1) or (None,))[0] in ("role", "title"))
                    or (_lookup(lex.roles, toks, k + 1) or (None,))[0] == "title"):
                pass        # "إمام وخطيب المسجد الحرام": the imam, not "in front of"
            elif t == "بقياده" and k > i and k + 1 < n and (_lookup(lex.heads, toks, k + 1) or (None,))[0] in (
                    "official_body", "organisation"):
                pass                # "المتحدث الرسمي بقيادة حرس الحدود": the command he speaks for
            elif t in ("باسمه", "باسمها", "باسمهم") and k > i and toks[k - 1] in _SPOKESPERSONS:
                pass        # "المتحدث باسمه جوش إرنست": his spokesman, not "in his name"
            elif (t in _ADJUNCT_WORDS and not (t == "لدي" and k > i)) or (k == i and t in _PLACE_PREPS):
                subject_end = k
            elif t in _PLACE_PREPS and k + 1 < n and (toks[k + 1] in _ADJUNCT_NOUNS or (
                    toks[k + 1].startswith("ال") and toks[k + 1][2:] in _ADJUNCT_NOUNS)) and not (
                    toks[k + 1] in ("الدراسه", "البحث") and any(x in _STUDY_AUTHORS for x in toks[i:k])):
                # (but "الباحثة الرئيسية في الدراسة، فلانة": the study's author, not where she spoke)
                subject_end = k
            elif (t == "ل" and k > i or (t.startswith("ل") and len(t) == 3 and k > i     # "لبي بي سي"
                                         and _media_name_len(lex, [t[1:], *toks[k + 1:k + 3]], 0) > 1)
                  or (t.startswith("ل") and len(t) > 3 and k > i
                                         and ((_lookup(lex.heads, toks, k) or (None,))[0] == "media"
                                              or (t[1:2].isascii() and t[1:2].isalpha())    # "لـLe360"
                                              or t[1:] in lex.media_names
                                              or _media_name_len(lex, [t[1:], *toks[k + 1:k + 3]], 0) > 1
                                              or (t.startswith("لل") and k - 1 == i and not _lookup(lex.roles, toks, i)
                                                  and (_lookup(lex.heads, toks, k) or (None,))[0] == "official_body")))) \
                    and "document" not in ((_lookup(lex.heads, toks, k - 1) or (None,))[0],
                                           (_lookup(lex.heads, toks, i) or (None,))[0]) \
                    and ((_lookup(lex.roles, toks, k - 1) or (None,))[0] not in ("role", "staff", "modifier")
                         or (k - 2 >= i and _starts_name(lex, toks[k - 2]))):
                # (but "المدير التنفيذي لـ«باب رزق»": the role's organisation; "مهند الخطيب لـ«...»": a
                # family name that is also a role word)
                subject_end = k     # "قال للصحيفة" (but "مسح لرويترز": the survey's owner)
        if t in _COMMAS and first_comma < 0:
            first_comma = k
        k += 1
    # No complementiser: the subject is the noun phrase after the cue.
    end = subject_end if subject_end >= 0 else (first_comma if first_comma >= 0 else k)
    if (subject_end < 0 or subject_end > first_comma + 2) and first_comma > i:
        # "أعلن الرئيس الفرنسي، إيمانويل ماكرون، تكريم ...": the name set off by commas after the role
        second = _name_after_role(lex, s, i, first_comma, n)
        if second is not None:
            return second, second, False, False
    body = _name_from_body(lex, toks, i, end)
    np_end = _np_end(lex, s, body + 1 if body is not None else i, end)
    return np_end, np_end, False, False


def _set_off_name_end(lex: _Lexicons, s: _Sent, start: int, comma: int, stop: int) -> int:
    """Where a subject closed at ``stop`` ends: at the comma after a name set off after a role ("قال
    الإعلامي السعودي، غضوان الأحمري، على صفحته ...:": where he wrote is no part of the source)."""
    second = _name_after_role(lex, s, start, comma, stop) if start < comma < stop else None
    return second if second is not None else stop


def _name_after_role(lex: _Lexicons, s: _Sent, start: int, comma: int, stop: int) -> int | None:
    """The comma closing a personal name set off after a role phrase toks[start:comma] ("الرئيس
    الفرنسي السابق، نيكولا ساركوزي،"), or None. The role phrase must end at the comma (or in السابق)."""
    toks = s.toks
    if not (start < comma < len(toks) and toks[comma] in _COMMAS
            and (_lookup(lex.roles, toks, start) or (None,))[0] in ("role", "title", "modifier")):
        return None
    rest = toks[_np_end(lex, s, start, comma):comma]
    # (and "عضو الكونغرس عن الحزب الديمقراطي، فريدريكا ويلسون،": the party or body he sits for)
    if not all(t in _FORMER for t in rest) and not (
            rest[0] in ("عن", "في") and 2 <= len(rest) <= 4 and all(_is_word(t) and t not in lex.verb_keys for t in rest)):
        return None
    # (a name of up to four words, after a title: "، الأمير زيد بن رعد الحسين،")
    second = next((m for m in range(comma + 2, min(stop, comma + 7)) if toks[m] in _COMMAS), None)
    if second is not None and _appositive_name(lex, toks[comma + 1:second]):
        return second
    if second is None and comma + 1 < len(toks) and _starts_name(lex, toks[comma + 1]):
        # "وعلق الفنان السعودي، ناصر القصبي على ...": no comma closes the name; a known first name
        # opens it and the name run ends it
        end = _name_run(lex, toks, comma + 1, min(len(toks), comma + 6))
        if end >= comma + 3:
            return end
    return None


def _group_participle(lex: _Lexicons, tok: str) -> bool:
    """A participle in the plural (مُفعِلون، مُفعِلين: "منقذون"، "مؤرخين") rather than a surname: م, then
    no long vowel ("ماكرون" is a name), and no known first name or surname."""
    _, last, _, _, all_first, _ = _name_resources()
    return tok[:1] == "م" and tok[1:2] not in ("ا", "و", "ي", "") and tok not in lex.first_names \
        and tok not in all_first and tok not in last


def _short_name_after(lex: _Lexicons, toks: Sequence[str], comma: int) -> int | None:
    """The comma closing a body's short name or acronym set off after its full name ("منظمة الأمم المتحدة
    للطفولة، اليونيسيف،"، "مؤسسة بحوث الأسواق، ستاتيستا،"), or None: one or two words between commas
    that name a well-known body or state, one word that is a body's head, or one unknown word."""
    if not (comma + 2 < len(toks) and toks[comma] in _COMMAS):
        return None
    close = next((m for m in (comma + 2, comma + 3) if m < len(toks) and toks[m] in _COMMAS), None)
    if close is None:
        return None
    words = toks[comma + 1:close]
    if not all(_is_word(t) for t in words):
        return None
    kind = (_lookup(lex.heads, list(words), 0) or (None,))[0]
    if (kind in ("organisation", "official_body", "media") and len(words) == 1) or " ".join(words) in _states():
        return close
    if len(words) == 1 and not _is_common_word(lex, words[0]) and not _lookup(lex.roles, list(words), 0) \
            and not words[0].startswith(("لل", "بال")) and words[0] not in _places() and len(words[0]) >= 4:
        return close
    return None


def _name_from_body(lex: _Lexicons, toks: Sequence[str], i: int, j: int) -> int | None:
    """Index of the من after a personal name that says which body the person speaks for ("كاثيرين
    راسل من منظمة يونيسيف"), or None: two or three words without the article, the first unknown (the
    surname may be a common word: راسل), then من and an organisation."""
    m = next((m for m in (i + 2, i + 3) if m + 1 < j and toks[m] == "من"), None)
    if m is not None and (_appositive_name(lex, toks[i:m]) or (_unknown_run(lex, toks, i, m) > i and all(
            not t.startswith(_DEFINITE) and not _lookup(lex.roles, [t], 0) for t in toks[i:m]))) \
            and (_lookup(lex.heads, toks, m + 1) or (None,))[0] in ("organisation", "official_body", "media"):
        return m
    return None


def _appositive_name(lex: _Lexicons, words: Sequence[str]) -> bool:
    """Words set off by commas after a role that make a personal name: a known first name, or two or
    three unknown words without the article (a foreign name: "نيكول باشينيان"), the last of which
    may be a family name in ال...ي ("غضوان الأحمري") or a rare word after ال ("لويس ألماغرو")."""
    if not words or not all(_is_word(t) for t in words):
        return False
    titled = len(words) > 1 and (_lookup(lex.roles, list(words), 0) or (None,))[0] == "title"
    if titled:
        words = words[1:]       # "، الأمير زيد بن رعد الحسين،": a title before the name
    elif len(words) > 2 and words[0].startswith("ال") and _is_nationality(words[0]):
        words = words[1:]       # "، البرتغالي بيدرو بارني": his nationality before the name
    if _starts_name(lex, words[0]):
        return True
    if titled and ((words[0].startswith("ال") and _starts_name(lex, words[0][2:]))
                   or any(t in ("بن", "ابن", "بنت", "ال") for t in words[1:])):
        return True             # "، الأمير الوليد بن طلال،": a name with the article, or a lineage, after a title

    def unknown(t: str) -> bool:
        return (not t.startswith(_DEFINITE) or _article_lookalike(lex, t)) and not _is_common_word(lex, t) and not (
            t[:1] in "لبو" and _is_common_word(lex, t[1:])) and not _lookup(lex.heads, [t], 0) \
            and not _lookup(lex.roles, [t], 0)

    last = words[-1]
    stems = _name_resources()[3]
    family = last.startswith("ال") and len(last) > 4 and not _is_nationality(last) \
        and not _is_common_word(lex, last) and not _lookup(lex.roles, [last], 0) and not _lookup(lex.heads, [last], 0) \
        and (last.endswith("ي") or (bool(stems) and stems.get(last[2:], 0) < COMMON_WORD_MIN_FREQ
                                    and not _is_common_word(lex, last[2:])))     # ("لويس ألماغرو")
    return 2 <= len(words) <= 3 and all(unknown(t) for t in words[:-1]) and (family or unknown(last))


def _article_lookalike(lex: _Lexicons, tok: str) -> bool:
    """"ألينا"، "بالسيرو": a foreign name that only looks as if it carried the article (ال, بال, لل,
    وال): what follows the article is a rare word, not a nationality."""
    at = tok.find("ال") if not tok.startswith("لل") else 0
    bare = tok[at + 2:] if at >= 0 else ""
    return len(bare) >= 3 and bool(_name_resources()[3]) and _rare_word(lex, bare) \
        and not _is_common_word(lex, tok) and not _is_nationality("ال" + bare)


def _possessed(tok: str) -> str:
    """The noun under a possessive pronoun ("حديثه" -> "حديث"، "كلمته" -> "كلمه"), or "" if none."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
            stem = tok[:-len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return ""


def _kunya(lex: _Lexicons, toks: list[str], k: int) -> bool:
    """"أم عبير"، "أم محمد": أم before a name is a mother's kunya, not "or"."""
    return (toks[k] == "ام" and k + 1 < len(toks) and _is_word(toks[k + 1]) and not toks[k + 1].startswith("ال")
            and (_starts_name(lex, toks[k + 1]) or not _is_common_word(lex, toks[k + 1])))


def _is_title_word(lex: _Lexicons, tok: str) -> bool:
    """A title written before a name ("الأستاذ"، "والناقد"): the علي after it is the name."""
    for t in (tok, tok[1:] if tok[:1] == "و" else ""):
        if t and (_lookup(lex.roles, [t], 0) or (None,))[0] == "title":
            return True
    return False


def _gov(tok: str, governs: str) -> bool:
    """``tok`` is the governed preposition (على is kept apart from the name علي in the tokens)."""
    if "|" in governs:
        return any(_gov(tok, g) for g in governs.split("|"))
    if governs == "ب":
        if tok in ("بما", "بكل", "ب", "بان", "بانه", "بانها", "بانهم"):
            return True     # "أشاد بما قدمه"، "أشاد بكل الجهود"، 'تهدد بـ"أفعال"': the detached بـ; "نصح بأن"
        # "طالب الوزير بتطبيق ..."، "بالإفراج"، "بضرورة": ب attached to a verbal noun
        if tok[:1] != "ب" or len(tok) < 4:
            return False
        if (len(tok) >= 5 and (tok[1:3] == "ال" or tok[1] == "ت" or (tok[1] == "ا" and _ifaal(tok[1:])))) \
                or tok in _BI_NOUNS:
            return True
        lex = _lexicons()       # "وطالب بخروج القوات": ب on a common noun (not a name: بشار, بلبنان)
        return tok not in lex.first_names and _is_common_word(lex, tok[1:]) and tok[1:] not in _states()
    if governs == "ل":
        # "دعت الوزارة المواطنين للبقاء في منازلهم"، "لتعويض الضحايا": ل attached to a verbal noun
        if not (len(tok) >= 5 and tok[0] == "ل" and (tok[1:3] == "لا" or tok.startswith("لل") or tok[1] in "تام")):
            return False
        lex = _lexicons()
        return tok not in lex.first_names and tok[1:] not in _states() and not _lookup(lex.heads, [tok], 0)
    # (and "عمن" for عن: "نقلت رويترز عمن وصفته بمسؤول رفيع")
    return bool(governs) and (tok == governs or (governs == "علي" and tok == "على")
                              or (governs == "عن" and tok == "عمن"))


def _ifaal(tok: str) -> bool:
    """A verbal noun of the derived forms with ا (إجراء، انتقام، استمرار، إعادة), not a name that starts
    with ا (بارزاني، باراك: "تعهد ... مسعود بارزاني، اليوم، بالانتقام")."""
    first_names = _lexicons().first_names
    if tok in first_names or ("ب" + tok) in first_names:
        return False
    stems = [tok] + [tok[:-len(p)] for p in ("هما", "ها", "هم", "ه") if tok.endswith(p) and len(tok) - len(p) >= 4]
    # (with a pronoun: "بإبلاغها"، "بإعادتها", its ة written ت)
    return any(w[-2] == "ا" or (w[-1] in "هت" and w[-3] == "ا") for w in stems)


# Verbal nouns after "طالب ... بـ" that do not start with ت/ا/ال.
_BI_NOUNS = frozenset(("بضروره", "بوقف", "بعدم", "بفتح", "بمنع", "بدعم", "بزياده", "برفع", "بمحاسبه",
                       "بسرعه", "بحمايه", "بحل", "بمعاقبه", "بوضع",
                       # (and after رحب/ندد: "رحبت إسرائيل بقرار ترمب"; قرار is also a family name)
                       "بقرار", "بقراره", "بقرارها", "بخطوه", "بحكم", "بعوده"))


def _strong(toks: list[str], content_start: int, direct: bool) -> bool:
    """The content is introduced by a complementiser, a colon or a quote (not just a preposition)."""
    if direct:
        return True
    if 0 < content_start <= len(toks) and (toks[content_start - 1] in _COMPLEMENTIZERS
                                           or toks[content_start - 1] == ":"):
        return True
    return content_start < len(toks) and (toks[content_start] in _COMPLEMENTIZERS or toks[content_start] in _QUOTES)


def _np_end(lex: _Lexicons, s: _Sent, i: int, j: int) -> int:
    """End of the noun phrase starting at i (for subjects not closed by a complementiser)."""
    toks = s.toks
    k = i
    # "أن مصدرا أمنيا أكد": a head in the accusative after أن takes accusative adjectives
    accusative_head = i < j and toks[i].endswith("ا") and _lookup(lex.heads, toks, i) is not None
    # (and "15 خبيرا اقتصاديا": what a number from 11 counts is accusative, and so are its adjectives)
    accusative_head = accusative_head or (i + 1 < j and toks[i].isdigit() and toks[i + 1].endswith("ا")
                                          and _lookup(lex.heads, [toks[i + 1][:-1]], 0) is not None)
    while k < j:
        t = toks[k]
        if k <= i + 1 and (k == i or (_lookup(lex.heads, toks, i) and not toks[i].startswith(_DEFINITE))) \
                and (n := _state_name(toks, k, j)) >= (1 if k == i and k + 1 < j and _state_name(toks, k + 1, j) else 2):
            # (and "وتعتبر إيران إسرائيل دولة احتلال": a state, then the state it speaks of)
            # "اتهمت منظمة العفو الدولية الجيش": a well-known name is whole; what follows it is no
            # part of it (but its nationality: "منظمة ... الأمريكية")
            k += n
            if k < j and toks[k].startswith("لل"):
                continue    # "وكالة الأمم المتحدة للاجئين": a body of the organisation
            k += k < j and _is_nationality(toks[k]) and (toks[k].startswith("ال") or not _state_name(toks, k, j))
            return _short_name_after_body(lex, toks, i, k, j)
        if k == i:
            close = _quote_end(toks, k, j) if t in _QUOTES else -1
            k = close + 1 if close > 0 else k + 1     # "بحسب «رويترز»"
            continue
        if (n_media := _media_name_len(lex, toks, k)) > 1:
            k += n_media    # "لمراسل بي بي سي": an outlet's name of several words is whole
            continue
        if t in _QUOTES:
            close = _quote_end(toks, k, j)
            if close > 0 and close - k <= 5:
                k = close + 1
                continue
            break
        if toks[k - 1] == "ل" and _is_word(t) and t[:1].isascii():
            k += 1          # "تقرير لـ BBC": the owner after a detached لـ
            while k < j and toks[k][:1].isascii() and toks[k][:1].isupper() and toks[k - 1][:1].isascii():
                k += 1
            continue
        if t == "من" and k == i + 1 and toks[i] in ("عدد", "وعدد") and k + 1 < j and _is_word(toks[k + 1]):
            k += 2          # "عدد من رواد الكورنيش": the quantifier and whom it counts
            continue
        if k > i and t in _COMPLEMENTIZERS:
            break           # "وبحسب مسح أجرته رويترز فإن ...": the content opens
        if t in lex.verb_keys and (k > i + 1 or (k > i and t == "نقلا")):
            break           # "وبحسب وكالة «فرنس برس» قال فلان": a reporting verb ends the phrase
            #                 (also "وفقا لما ذكرته بلومبرغ نقلا عن مصادر")
        if t == "(" and k > i and _is_word(toks[k - 1]):
            close = next((m for m in range(k + 1, min(j, k + 6)) if toks[m] == ")"), -1)
            if close > k + 1:
                k = close + 1   # "شركة (آسيا كابيتال) الاستثمارية"
                continue
            break
        if not _is_word(t) or t in ("بقياده", "برئاسه") or t in _SPEECH_NOUNS or t in _NEGATIONS \
                or (_accusative_a(lex, t) and not accusative_head) \
                or t in _STANCE_OBJECTS or (t[:1] == "ب" and (t[1:] in _SPEECH_NOUNS or t[1:] in _ADJUNCT_NOUNS)):
            break           # ("فريق بقيادة الدكتور فلان": "led by" ends the phrase; "أبدى الوزير قلقه": the stance;
            #                    "أدلى الرئيس بتصريحات": what he gave)
        if s.orig(s.starts[k], s.ends[k]).endswith(("اً", "ًا", "ً")) and t not in _ADVERBIAL_ACCUSATIVES \
                and not accusative_head:
            break           # "أقر مجلس الوزراء عدداً من الإجراءات": an accusative object, not the subject
        prev = toks[k - 1]
        if (not prev.startswith(_DEFINITE) and prev.endswith(("ون", "ين")) and len(prev) > 4
                and (_lookup(lex.heads, toks, k - 1) or (None,))[0] == "anonymous"
                and not t.startswith(_DEFINITE) and not t.endswith(("ون", "ين")) and t[0] not in "لب"
                and t not in _BROKEN_PLURAL_ADJECTIVES
                and t not in _PLACE_PREPS and not _lookup(lex.roles, toks, k) and not _lookup(lex.heads, toks, k)):
            break           # "ووثق ناشطون مقتل ...": a sound plural is never in construct; its object follows
        if (prev.startswith("ال") and prev.endswith(("ون", "ين")) and len(prev) > 6 and t.startswith("ال")
                and not t.endswith(("ون", "ين")) and _strip_al(t) not in _BROKEN_PLURAL_ADJECTIVES
                and (_lookup(lex.heads, toks, k - 1) or (None,))[0] == "anonymous"):
            break           # "ويتهم المتظاهرون الحكومة بالفساد": a definite sound plural takes no genitive either
        if (k - i >= 2 and prev.endswith(("يون", "يين"))
                and (_lookup(lex.heads, toks, k - 2) or (None,))[0] == "anonymous"
                and (_state_name(toks, k, j) or (t.startswith("ال") and not t.endswith(("ون", "ين", "ي", "يه"))))):
            break           # "ويتهم مسؤولون أمريكيون الصين بـ"، "ويتهم سكان محليون الحكومة بـ": after a plural
            #                 group and its adjective, the object
        if (k - i >= 2 and prev.startswith("ال") and t.startswith("ال") and len(t) > 5
                and (t.endswith("ات") or _masdar_pattern(t[2:]) or _tafaaul(t[2:])) and not t.endswith(("ي", "يه"))
                and not _lookup(lex.roles, toks, k) and not _lookup(lex.heads, toks, k)):
            break           # "عارضت الحكومة السويسرية العقوبات"، "عارض أعضاء الكونغرس الاتفاق": after a definite
            #                 noun, a definite plural or verbal noun is what the subject acts on
        if prev.startswith("ال") and t.startswith("ال") and not t.startswith("الم") and not t.endswith(("ي", "يه")) \
                and not _lookup(lex.roles, toks, k) \
                and (_lookup(lex.heads, toks, k) or (None,))[0] in ("official_body", "organisation"):
            break           # "اتهمت المعارضة الحكومة بـ": a body after a definite noun is no adjective of it
        if (k - i >= 2 and _is_word(prev) and not prev.startswith(_DEFINITE) and any(_starts_name(lex, x) for x in toks[i:k - 1])
                and not _lookup(lex.heads, toks, k - 1) and not _lookup(lex.roles, toks, k - 1)
                and _state_name(toks, k, j)):
            break           # "تحدى الرئيس التركي رجب طيب أردوغان السعودية": a state after a person's name is
            #                 whom he addresses
        construct = not prev.startswith(("ال", "لل", "بال", "وال")) and (
            _lookup(lex.heads, toks, k - 1) or _lookup(lex.roles, toks, k - 1))
        if t in _ADJUNCT_NOUNS and not construct and prev not in _NAME_LINKS and prev not in _QUOTES and (
                (k == i + 1 and not _is_common_word(lex, prev)) or prev.startswith("ال")):
            break           # "نشر ترامب تغريدة قال فيها": what he published, not part of his name
        prev_head = (prev in _QUOTES or construct or _starts_name(lex, prev) or prev in _NAME_LINKS
                     or (k >= 2 and (toks[k - 2], prev) in lex.first_name_pairs)
                     or (_lookup(lex.roles, toks, k - 1) or (None,))[0] in ("title", "role", "staff"))
        if t in _NAME_STOP and not (t == "علي" and k + 1 < j and toks[k + 1] not in _PLATFORMS and (
                toks[k + 1] in ("بن", "ابن") or _starts_name(lex, toks[k + 1]) or prev in ("بن", "ابن", "بنت")
                or ((prev_head or any(_lookup(lex.roles, toks, m) for m in range(i, k)))
                    and _is_word(toks[k + 1]) and not toks[k + 1].startswith("ال")
                    and (prev_head or not _is_common_word(lex, toks[k + 1])))
                or (_is_word(toks[k + 1]) and toks[k + 1].startswith("ال") and toks[k + 1].endswith("ي")
                    and not _is_common_word(lex, toks[k + 1]) and any(
                        (_lookup(lex.roles, toks, m) or (None,))[0] in ("role", "title") for m in range(i, k))))):
            # (and "أمين عام النادي علي الشايعي": علي before a family name in ال...ي after a role)
            break           # (but "علي بن سالم"، "الرئيس السابق علي حسن" are names)
        if t in ("بالانابه", "بالنيابه", "بالوكاله", "بالتكليف"):
            k += 1          # "الناطق الإعلامي بالإنابة فلان": an acting official
            continue
        if t.startswith("بال") and prev.startswith("ال") and not _lookup(lex.heads, toks, k):
            break           # "ونوه المجلس بالعلاقات": the governed object, not the name
        if (k + 1 < j and toks[k + 1] in _NAME_LINKS and t not in _NAME_STOP and t not in _CONNECTORS
                and not _lookup(lex.heads, toks, k) and not _is_common_word(lex, t)):
            k += 1          # "رئيس النادي هذيل آل شرمه": a name before بن/آل
            continue
        if t[0] == "ب" and len(t) > 3 and (_lookup(lex.roles, toks, k - 1) or (None,))[0] in ("role", "staff", "modifier"):
            k += 1          # "الناطق الإعلامي بفرع المجاهدين"، "مدير التعليم بمحافظة جدة"
            continue
        if (_lookup(lex.roles, toks, k) or (None,))[0] in ("role", "staff", "title") and not t.startswith(("لل", "بال")):
            k += 1          # stacked roles: "رئيس الوفد عضو مجلس الإدارة فلان"
            continue
        if t[0] in "بل" and len(t) > 3 and ((_lookup(lex.heads, toks, k) or (None,))[0] in (
                "official_body", "organisation", "media", "place") or (t[0] == "ب" and t[1:] in _places())):
            k += 1          # "لاعب الفريق الأول بنادي التعاون"، "مدير التعليم بمنطقة الرياض"
            continue
        if t[0] == "ل" and len(t) > 3 and k + 1 < j and toks[k + 1].startswith("ال") and not construct:
            k += 1          # "المرصد السوري لحقوق الإنسان"
            continue
        if k - i <= 3 and _is_word(t) and not t.startswith("ال") and t[0] not in "وبل" and t not in _NAME_STOP \
                and t not in _CONNECTORS and t not in _ADJUNCT_WORDS and t not in _COMPLEMENTIZERS \
                and t not in _ADJUNCT_NOUNS and not t.endswith("ا") and not _is_common_word(lex, t) \
                and _name_resources()[3].get(t, 0) < COMMON_WORD_MIN_FREQ \
                and (_lookup(lex.heads, toks, i) or (None,))[0] == "media" and not _lookup(lex.heads, toks, k):
            k += 1          # "صحيفة الفايننشال تايمز": a foreign paper's name goes on
            continue
        if t[0] == "ل" and len(t) > 3 and not t.startswith("لل") and t[1:] in _states() and prev.startswith("ال"):
            k += 1          # "الجناح العسكري لحماس": the movement it belongs to
            continue
        if t.startswith(_DEFINITE) or prev_head or t in _NAME_LINKS or _starts_name(lex, t) or (
                not prev.startswith(_DEFINITE) and (_lookup(lex.heads, toks, k) or (None,))[0]
                in ("official_body", "organisation")):
            k += 1          # "مدير عام فرع وزارة العمل": a construct chain goes on
            continue
        if (k - i <= 2 and all(_is_word(x) and not x.startswith(_DEFINITE) for x in toks[i:k + 1])
                and _lookup(lex.heads, toks, i) and k + 1 < j and toks[k + 1].startswith("ال")
                and _is_word(toks[k + 1]) and _is_common_word(lex, t)):
            k += 1          # "رابطة أصحاب محطات الوقود": indefinite nouns in construct, up to the definite one
            continue
        if (t in _PLACE_PREPS or (t == "لدي" and any(_lookup(lex.roles, toks, m) for m in range(i, k)))) \
                and k + 1 < j and toks[k + 1] not in _ADJUNCT_NOUNS and _is_word(toks[k + 1]):
            k += 2          # (also "السفير لدى الأردن الدكتور فلان")
            continue
        if not t.startswith("ال") and not any(_starts_name(lex, x) and x != "باسم" for x in toks[i:k]) and (any(
                (_lookup(lex.roles, toks, m) or (None,))[0] in ("role", "staff", "title") for m in range(i, k))
                # "حسب المحلل الفرنسي فبريس بلانش": a definite unnamed-source noun and its adjectives, then a name
                or (toks[i].startswith("ال") and (_lookup(lex.heads, toks, i) or (None,))[0] == "anonymous"
                    and not _plural_group(toks[i]) and not toks[i].endswith(("ون", "ين", "ات"))
                    and all(x.startswith("ال") for x in toks[i:k]))):
            # "نجم هوليوود الشهير ويل سميث": unknown words after a role are its (foreign) holder's name
            # (باسم in "المتحدث باسم" is no first name)
            m = _unknown_run(lex, toks, k, j, not_subject=True)
            if m == k + 1 and m < j and _name_closes(lex, toks, m):
                m += 1      # "حسب المحلل غوكتاي بيرم.": a family name that looks like a common word, closing
            # (the run may have begun at the word before: "الباحث سيباستيان ابيس يعتبر")
            start = k - 1 if k - 1 > i and _unknown_run(lex, toks, k - 1, k, not_subject=True) == k else k
            if m - start >= 2 or (m - k == 1 and (m >= len(toks) or not _is_word(toks[m]) or toks[m] in _COMPLEMENTIZERS)):
                k = m
                if k + 1 < j and toks[k] == "لكره":
                    continue    # "مدرب منتخب فرنسا لكرة القدم ديدييه ديشان": the team's sport, then the name
        elif accusative_head and t.endswith("ا") and s.orig(s.starts[k], s.ends[k]).endswith(("اً", "ًا")) \
                and t not in lex.verb_keys:
            k += 1          # "أن مصدراً سياسياً مطلعاً يرى": the head's accusative adjectives
            continue
        elif toks[i].isdigit() and t.endswith("ا") and t not in lex.verb_keys and (
                (k == i + 1 and _lookup(lex.heads, [t[:-1]], 0)) or (k > i + 1 and t.endswith("يا"))):
            k += 1          # "15 خبيرا اقتصاديا": what the number counts, and its nisba
            continue
        break
    if k > i and (_lookup(lex.heads, toks, i) or (None,))[0] == "media":
        return _short_name_after_body(lex, toks, i, k, j)
    return k


def _short_name_after_body(lex: _Lexicons, toks: Sequence[str], i: int, k: int, j: int) -> int:
    """End of a well-known body's name at k, with the short name that may follow it: "وكالة أنباء الصين
    الجديدة (شينخوا)"، "وكالة الأنباء الإيرانية إيرنا" (a single unknown word that ends the phrase)."""
    if k < j and toks[k] == "(":
        close = next((m for m in range(k + 2, min(j, k + 5)) if toks[m] == ")"), -1)
        if close > 0 and all(_is_word(x) for x in toks[k + 1:close]):
            return close + 1
    elif (k + 1 == j or (k + 1 < len(toks) and not _is_word(toks[k + 1]))) and k < j and _is_word(toks[k]) \
            and (_lookup(lex.heads, toks, i) or (None,))[0] == "media" and not toks[k].startswith(_DEFINITE) \
            and toks[k] not in _COMPLEMENTIZERS and toks[k] not in _CONNECTORS and toks[k] not in _NAME_STOP \
            and not _is_common_word(lex, toks[k]) and not _lookup(lex.heads, toks, k) and not _lookup(lex.roles, toks, k):
        return k + 1
    return k


def _clause_start(toks: list[str], k: int) -> int:
    """Token index where the clause containing token k begins (after connectors)."""
    m = k - 1
    while m >= 0 and toks[m] not in _COMMAS and toks[m] not in _HARD_STOP and toks[m] != ":" \
            and toks[m] not in _QUOTES:
        m -= 1
    m += 1
    while m < k and (toks[m] in _CONNECTORS or not _is_word(toks[m])):
        m += 1
    return m


def _sentence_start(toks: list[str], k: int) -> int:
    """First token of the sentence after connectors (for a subject far before its verb)."""
    m = 0
    while m < k and (toks[m] in _CONNECTORS or not _is_word(toks[m])):
        m += 1
    return m


def _content(s: _Sent, start_tok: int, end_char: int | None = None) -> str:
    if start_tok >= len(s.toks):
        return ""
    end = end_char if end_char is not None else len(s.norm)
    return s.orig(s.starts[start_tok], end).strip().rstrip(".،,؛; ")


def _subject_of_clause(lex: _Lexicons, s: _Sent, upto: int) -> _Source | None:
    """The subject of the sentence's first verb (for participles with no cue): "قدم مدير X الشكر"."""
    toks = s.toks
    k = 0
    kana = False
    while k < upto and (toks[k] in _CONNECTORS or not _is_word(toks[k])):
        kana = kana or toks[k] in _KANA
        k += 1
    if k >= upto - 1:
        return None
    if toks[k] in ("لم", "ولم", "لن", "ولن") and k + 2 < upto:
        k += 1              # "ولم يأت وانغ على ذكر ...، لكنه قال": the verb after the negation
    verb = toks[k]
    if verb in _TOPIC_PREPS:
        return None         # "وعن جاهزية الملعب قال:": a fronted topic, no subject before the verb
    fronted = verb in _TEMPORAL or verb in _PLACE_PREPS or verb in ("عند", "عندما", "خلال", "مع", "رغم", "بسبب") \
        or (verb[:1] == "و" and (verb[1:] in _PLACE_PREPS or verb[1:] in _TEMPORAL)) \
        or (k > 0 and toks[k - 1] in ("في", "وفي", "من", "ومن"))
    # "عندما أطلقت هيلاري كلينتون حملتها ...، دعت ...": the subject named in the temporal clause
    temporal = k if verb in _WHEN else None
    if fronted or (k + 1 < upto and toks[k + 1] in _COMMAS):
        # "وفي المدينة المنورة، افتتح الأمير فلان ..."، "ميدانياً، أعلن ...": a fronted adverbial
        # closed by a comma; the clause (and its subject) begins after it.
        comma = next((m for m in range(k, min(upto, k + 30)) if toks[m] in _COMMAS), None)
        if comma is None or comma + 2 >= upto:
            return None     # "بعد مرور ثلاثة أشهر ...": no verb, no subject
        k = comma + 1
        while k < upto and (toks[k] in _CONNECTORS or not _is_word(toks[k])):
            k += 1
        if k >= upto - 1:
            return None
        verb = toks[k]
        second_comma = next((m for m in range(k + 1, min(upto, k + 4)) if toks[m] in _COMMAS), None)
        if verb in _ADJUNCT_WORDS and second_comma is not None and second_comma + 2 < upto:
            # "وبعد اللقاء مع ماي، ليلة الخميس، أصدر قادة الاتحاد": a second adjunct, set off too
            k = second_comma + 1
            while k < upto and (toks[k] in _CONNECTORS or not _is_word(toks[k])):
                k += 1
            verb = toks[k]
        if verb in _TEMPORAL or verb in _PLACE_PREPS:
            return None
    if kana:
        # "وكان وزير التعليم الدكتور فلان قد حث ...": the subject stands right after كان.
        start = k
        end = start
        while end < upto and end - start < 30 and toks[end] not in ("قد", "لقد") \
                and toks[end] not in _COMPLEMENTIZERS and toks[end] not in _HARD_STOP:
            end += 1
        if end < upto and toks[end] in ("قد", "لقد"):
            comma = next((m for m in range(start, end) if toks[m] in _COMMAS), end)
            # "وكان الرئيس الأميركي، دونالد ترمب، قد قرر": the name set off after the role
            comma = _name_after_role(lex, s, start, comma, end) or comma
            src = _parse_source(lex, s, start, comma if comma > start else end)
            if src.recognised and src.category in ("named_source", "anonymous_source"):
                return src
        return None
    if _lookup(lex.heads, toks, k) or _lookup(lex.roles, toks, k) or verb.startswith("ال") and not (
            k + 1 < upto and (_lookup(lex.roles, toks, k + 1) or _lookup(lex.heads, toks, k + 1))):
        return None     # a nominal sentence (but "ألقى" = القي + a subject is a verb)
    start = k + 1
    if start < upto and toks[start] in _SPEECH_NOUNS:
        return None         # "وقدم شكره لفلان، داعياً": the thanks, the subject is elsewhere
    end = start
    while end < upto and toks[end] not in _COMMAS and toks[end] not in _COMPLEMENTIZERS and toks[end] not in _HARD_STOP:
        end += 1
    # "رفض الرئيس الأذربيجاني، إلهام علييف، الاتهامات، مؤكداً": the name set off by commas
    second = _name_after_role(lex, s, start, end, upto) if end < upto else None
    clause_end = end
    end = second if second is not None else _np_end(lex, s, start, end)
    if start + 1 < end and not _lookup(lex.heads, toks, start) and not _lookup(lex.roles, toks, start) and (
            toks[start + 1] in _ADJUNCT_NOUNS or toks[start + 1].removesuffix("ا") in _ADJUNCT_NOUNS or (
            toks[start + 1] in _PLACE_ADVERBS and not s.orig_tokens(start + 1, start + 2).startswith("إ"))):
        # "وظهر نتنياهو أمام الجمعية العامة ..."، "ونشر إمام تغريدة ...": a place adverb or the statement
        # ends a one-word subject
        end = start + 1
    src = _parse_source(lex, s, start, end)
    if src.recognised and src.kind == "person" and _n(src.name) == _n(src.text) and end < clause_end <= start + 14:
        # "وتبنت النائبة الفرنسية في البرلمان الأوروبي عن حزب الخضر إيفا جولي، ...": the name closes
        # the role's phrase, after its adjuncts
        wide = _parse_source(lex, s, start, clause_end)
        if wide.recognised and wide.kind == "person" and wide.name and _n(wide.name) != _n(wide.role) \
                and _n(wide.text).endswith(_n(wide.name)) and _n(wide.name) != _n(wide.text) and not any(
                    _is_common_word(lex, w) or w.endswith(("ه", "ها", "هم")) for w in _n(wide.name).split()):
            src = wide
    if src.recognised and src.category in ("named_source", "anonymous_source"):
        return src
    if temporal is not None and temporal + 2 < upto and not _lookup(lex.heads, toks, temporal + 1):
        t_start = temporal + 2
        t_end = _np_end(lex, s, t_start, min(upto, t_start + MAX_SOURCE_TOKENS))
        t_src = _parse_source(lex, s, t_start, t_end)
        if t_src.recognised and t_src.kind == "person" and t_src.category == "named_source":
            return t_src
    if (start < upto and toks[start].startswith("ال") and toks[start] in _name_resources()[1]
            and not _is_common_word(lex, toks[start]) and not _lookup(lex.heads, toks, start)
            and not _lookup(lex.roles, toks, start) and not _is_nationality(toks[start])):
        return _named_person(_clean(s.orig_tokens(start, start + 1)))    # "كما طمأن الحريري ...، مشدداً"
    # "أثار بيب جوارديولا مدرب بايرن الشكوك ... وقال": a (foreign) name before its role.
    named = _name_before_role(lex, s, start, min(upto, start + 10))
    if named is not None:
        return named
    if ((start + 1 == upto and upto < len(toks) and toks[upto] in lex.participle_keys)
            or (end == start + 1 and end < upto and (toks[end] in _ADJUNCT_NOUNS or (
                toks[end] in _PLACE_ADVERBS and not toks[start].endswith(("ات", "ون", "ين")))))) \
            and _is_word(toks[start]) \
            and not (toks[start].startswith("ال") and (_is_common_word(lex, _strip_al(toks[start])) or not (
                end == start + 1 and end < upto and toks[end] in _ADJUNCT_NOUNS))) \
            and not _is_common_word(lex, toks[start]) \
            and not (toks[start][:1] in "لبو" and (_is_common_word(lex, toks[start][1:]) or toks[start][1:] in _places()
                                                  or toks[start][1:].startswith("ال"))) \
            and not _lookup(lex.heads, toks, start) and not _lookup(lex.roles, toks, start) \
            and toks[start] not in _CONNECTORS and toks[start] not in _NOT_SUBJECT:
        # "واكتفى زيدان بالقول"، "ورد ماكرون قائلاً"، "نشر بايدن تغريدة قال فيها"
        return _named_person(_clean(s.orig_tokens(start, start + 1)))
    # "ويدرك آرسين فينغر أن ...، وقال:": two unknown words right before أن or a comma are a name.
    if start + 2 < len(toks) and start + 2 <= upto and (toks[start + 2] in _COMPLEMENTIZERS or toks[start + 2] in _COMMAS):
        pair = toks[start:start + 2]
        if all(_is_word(t) and not t.startswith("ال") and t[0] not in "لبو" and not _is_common_word(lex, t)
               and t not in _CONNECTORS and t not in _NOT_SUBJECT and not _lookup(lex.heads, [t], 0)
               and not _lookup(lex.roles, [t], 0) for t in pair):
            name = _clean(s.orig_tokens(start, start + 2))
            return _named_person(name)
    return None


def _agent_before_ila(lex: _Lexicons, s: _Sent, cue_tok: int) -> _Source | None:
    """The longest recognisable source phrase that ends right before "إلى القول/التأكيد ..." and
    follows a verb (a word with no article that is no source word)."""
    toks = s.toks
    end = cue_tok
    while end > 1 and toks[end - 1] in _DAY_WORDS:
        end -= 1            # "ما دفع الوزير فلان الأربعاء إلى اعتبار": the day is no part of the agent
    for k in range(max(_clause_start(toks, cue_tok), cue_tok - MAX_SOURCE_TOKENS, 1), end):
        prev = toks[k - 1]
        if not _is_word(prev) or prev.startswith("ال") or _lookup(lex.heads, toks, k - 1) \
                or _lookup(lex.roles, toks, k - 1) or prev in _NOT_SUBJECT or prev in _CONNECTORS \
                or prev in _RELATIVES or prev in _EMPTY_SUBJECT:
            continue
        if _np_end(lex, s, k, end) < end:
            continue        # ("بعدما تراجعت أرباح الشركة ... ما دفع الشركة": no single phrase)
        src = _parse_source(lex, s, k, end)
        if _recognisable(src) and src.category in ("named_source", "anonymous_source"):
            return src
    return None


def _svo_subject(lex: _Lexicons, s: _Sent, cue_tok: int, passive_ok: bool = False) -> _Source | None:
    """SVO: "وزارة الخارجية قالت إن"، "لكن مورينيو قال، إن": the subject just before the cue.

    ``passive_ok``: the cue may be read as a passive ("التي تُعتبر من أهم"، "يُتوقع أن"): then a
    relative pronoun before it does not make its antecedent the source.
    """
    toks = s.toks
    r = cue_tok - 1
    if _had_already(toks, cue_tok):
        return None
    while r >= 0 and toks[r] in ("قد", "لقد", "كان", "كانت"):
        r -= 1
    if r >= 1 and toks[r] in _RELATIVES and passive_ok:
        return None
    if r >= 1 and toks[r] in _RELATIVES:
        # "...، رئيس اللجنة فلان، الذي قال إن": the antecedent of the relative pronoun speaks.
        e = r
        while e > 0 and toks[e - 1] in _COMMAS:
            e -= 1
        c0 = max(_clause_start(toks, e), e - 12)
        verb = toks[cue_tok][1:] if toks[cue_tok][:1] in "وف" else toks[cue_tok]
        agrees = (verb.endswith("ت") or verb.startswith("ت")) if toks[r] == "التي" else (
            verb.startswith("ي") or not verb.endswith(("ت", "وا")))
        if e >= 3 and toks[e - 1] in _QUOTES and toks[r] in ("التي", "الذي") and agrees \
                and not verb.startswith(("اشار", "تشير", "يشير", "قدر", "تقدر", "يقدر")):
            # 'من بينها "هيومن رايتس ووتش" التي ذكرت في تقرير لها أن': the quoted name is the antecedent
            # (not a term: '«العقوبات الثانوية» التي تشير إلى'، nor the passive '«موتورولا» التي قُدّرت')
            q = next((m for m in range(e - 2, max(0, e - 6) - 1, -1) if toks[m] in _QUOTES), None)
            if q is not None and q + 1 < e - 1 and not toks[q + 1].startswith("ال") \
                    and all(_is_word(t) for t in toks[q + 1:e - 1]):
                cand = _parse_source(lex, s, q, e)
                if _recognisable(cand) and cand.category == "named_source" and cand.kind in ("organisation", "media"):
                    return cand
        starts = [c for c in range(c0, e) if _is_word(toks[c]) and (
            _lookup(lex.roles, toks, c) or _lookup(lex.heads, toks, c) or _starts_name(lex, toks[c]))]
        if starts:
            # The relative pronoun follows its antecedent: the last noun phrase before it.
            c = starts[-1]
            while c - 1 in starts and toks[c][0] not in "بل" and (
                    _starts_name(lex, toks[c - 1]) == _starts_name(lex, toks[c])):
                c -= 1      # (a name may chain: "عبدالله عبدالرحمن المعيويد")
            if c > c0 and _starts_name(lex, toks[c]):
                while c - 1 >= c0 and (_lookup(lex.roles, toks, c - 1) or (None,))[0] == "title":
                    c -= 1
            tail_start = _np_end(lex, s, c, e)
            if toks[r] == "الذين" and _starts_name(lex, toks[c]):
                return None     # "الذين" refers to people in the plural, not to one named person
            if tail_start >= e or (e - tail_start <= 3 and all(
                    _is_word(t) and not t.startswith(("ال", "لل")) and t[0] not in "بل" and not _is_common_word(lex, t)
                    and t not in _CONNECTORS for t in toks[tail_start:e])):
                cand = _parse_source(lex, s, c, e)
                named = [x for x in range(max(0, c - 5), c - 1) if _is_word(toks[x]) and _starts_name(lex, toks[x])]
                if cand.kind == "person" and toks[c - 1] in _COMMAS and named and c - 1 - named[-1] <= 3 \
                        and not any(_starts_name(lex, t) for t in toks[c:e]):
                    # "الجمهوري بول رايان، رئيس مجلس النواب، الذي قال": the role is his, set off after his name
                    p = named[-1]
                    while p - 1 in named:
                        p -= 1
                    person = _parse_source(lex, s, p, c - 1)
                    if _recognisable(person) and person.kind == "person" and person.category == "named_source":
                        return replace(person, text=_clean(s.orig_tokens(p, e)), role=person.role or cand.text)
                if _recognisable(cand) and cand.category in ("named_source", "anonymous_source"):
                    return cand
        return None
    for c0 in dict.fromkeys([_clause_start(toks, cue_tok), _sentence_start(toks, cue_tok)]):
        # "القاص فلان، يقول: ...": a comma right before a verb with no و/ف may close its subject.
        comma_subject = (cue_tok - 1 > c0 and toks[cue_tok - 1] in _COMMAS and toks[cue_tok][:1] not in "و"
                         and cue_tok + 1 < len(toks) and (toks[cue_tok + 1] in (":", "في", "ل", *_COMPLEMENTIZERS)
                                                          or _recipient_end(toks, cue_tok + 1) > 0))
        inner = [k for k in range(c0, cue_tok - 1) if toks[k] in _COMMAS]
        if (not comma_subject and len(inner) == 1 and cue_tok - 1 > c0 and toks[cue_tok - 1] in _COMMAS
                and toks[cue_tok][:1] not in "و" and any(t in _WITHHELD_NAME for t in toks[inner[0]:cue_tok])):
            comma_subject = True    # "لكن صاحب محطة وقود، طلب عدم الكشف عن هويته، نفى هذه الاتهامات"
        if comma_subject and (len(inner) == 1 or (len(inner) == 2 and _age_apposition(toks, inner[0]) == inner[1] + 1)):
            cand = _appositive_subject(lex, s, c0, inner[0], cue_tok - 1)
            if cand is not None:
                return cand     # "والدكتور فلان، أستاذ الاقتصاد في جامعة القاهرة، يقول إن"
        if any(t in _COMMAS for t in toks[c0:cue_tok - 1 if comma_subject else cue_tok]):
            continue        # "اقتربت إدارة النادي من ...، ويتوقع أن": another clause
        while c0 < cue_tok and (toks[c0] in _COMPLEMENTIZERS or toks[c0] in _KANA):
            c0 += 1         # "فإن مجموعة من المحللين يوضحون أن"، "وكانت وحدة ... قد اتهمت"
        if c0 < cue_tok and toks[c0] in _TOPIC_PREPS:
            continue        # "وعن جاهزية الإستاد قال:": the topic, not the subject
        if c0 < cue_tok and toks[c0][:1] in "بل" and _lookup(lex.heads, [toks[c0][1:]], 0) \
                and not _starts_name(lex, toks[c0]):
            continue        # "بدليل أنهم يتحدثون عن": a prepositional phrase, not the subject
        if any(toks[m] == ")" and toks[m + 1] in ("-", "–", "—") for m in range(c0, cue_tok - 1)):
            continue        # "عمان، الأردن (CNN) -- شارك ... دعت": a dateline is no subject
        c1 = cue_tok
        while c1 > c0 and (toks[c1 - 1] in ("قد", "لقد") or not _is_word(toks[c1 - 1])):
            c1 -= 1
        if 0 < c0 < c1 and toks[c0 - 1] in ("قد", "لقد", "وقد", "فقد"):
            continue        # "قد زار الموقع وقال": قد opens a verb, not a subject
        if c0 < c1 and c1 - c0 <= 16:
            h0 = c0 + 1 if toks[c0] in _DETERMINERS or toks[c0] in _QUANTIFIERS else c0
            if h0 < c1 and toks[h0] == "من" and h0 > c0:
                h0 += 1     # "مجموعة من المحللين يوضحون"
            amma = (comma_subject or toks[cue_tok][:1] == "ف") and toks[c0] in ("اما", "واما") and c0 + 1 < c1
            if amma:
                c0 = h0 = c0 + 1    # "أما الكاتبة فلانة، فتقول:"، "أما فلان رئيس البحوث فيتوقع"
            if not (toks[h0] in _QUOTES or _lookup(lex.roles, toks, h0) or _lookup(lex.heads, toks, h0)
                    or _starts_name(lex, toks[h0]) or c1 - c0 <= 2 or _state_name(toks, h0, c1)
                    or (comma_subject and (toks[h0].startswith("ال") or amma)
                        and any(_starts_name(lex, t) for t in toks[h0:c1]))):
                continue    # "وأبدى رئيس النادي ... وقال": a verb, not the subject, opens the clause
            cand = _parse_source(lex, s, c0, _np_end(lex, s, c0, c1) if c1 - c0 > 10 else c1)
            if _recognisable(cand) and cand.category in ("named_source", "anonymous_source", "unverified_report"):
                return cand
            # A bare name right before the verb: "لكن مورينيو قال".
            words = [t for t in toks[c0:c1] if _is_word(t)]
            if (c1 == cue_tok and len(words) <= 2 and words and cand.text and not words[0].startswith("ال")
                    and not any(w in _ADJUNCT_WORDS for w in words)
                    and (words[0][0] not in "لبفوس" or _wa_initial_name(lex, toks, c0, words[0]))
                    and not words[-1].endswith(("ت", "وا")) and all(w not in _CONNECTORS and w not in _NOT_SUBJECT
                                                                    for w in words)):
                cand.kind, cand.name, cand.recognised = "person", cand.text, True
                return cand
    return None


# Verbs whose active form always has its object before بـ ("وصفه بأنه"، "اتهم روسيا بـ"): with بـ
# right after the bare verb they are passives.
_DESCRIBE_OR_CHARGE = frozenset(("وصف", "اتهم"))
_BI_THAT = frozenset("بان بانه بانها بانهم بانهما به بها بهم".split())
# What one signs (توقّع): "توقع اتفاقا" is signing, not expecting.
_SIGNED = ("اتفاق", "مذكره", "مذكرات", "عقد", "عقود", "صفق", "معاهد", "بروتوكول", "وثيق", "ميثاق")


def _background_clause(lex: _Lexicons, toks: list[str], cue_tok: int) -> bool:
    """A cue right after حين/عندما/بعدما/بعد أن/قبل أن/منذ أن, with the sentence's own clause before
    it (not "في حين": whereas; not a sentence that opens with the time clause; not words quoted after
    a colon, "صدق الشاعر حين قال:"; not a speaker before the clause, "والوزير عندما قال إن")."""
    if cue_tok < 3 or ":" in toks[cue_tok:cue_tok + 8]:
        return False
    prev = toks[cue_tok - 1]
    if prev in _WHEN:
        opener = cue_tok - 1
        if toks[cue_tok - 2] in ("في", "وفي", "ففي"):
            return False
    elif prev == "ان" and toks[cue_tok - 2] in ("بعد", "قبل", "منذ"):
        opener = cue_tok - 2
    else:
        return False
    start = _sentence_start(toks, opener)
    while start < opener and (toks[start] in _CONNECTORS or not _is_word(toks[start])):
        start += 1
    first = toks[start].removeprefix("و") if toks[start] not in lex.verb_keys else toks[start]
    if _lookup(lex.roles, [first], 0) or _lookup(lex.heads, [first], 0):
        return False
    return sum(_is_word(t) for t in toks[start:opener]) >= 3


def _passive_charge(toks: list[str], cue_tok: int, lemma: str) -> bool:
    """"وُصف بأنه"، "اتُّهمت بها"، "اتُّهم بالتحريض": the passive of describe or accuse, no speaker."""
    if lemma not in _DESCRIBE_OR_CHARGE or cue_tok + 1 >= len(toks):
        return False
    verb = toks[cue_tok][1:] if toks[cue_tok][:1] in "وف" and toks[cue_tok][1:].startswith(lemma) else toks[cue_tok]
    nxt = toks[cue_tok + 1]
    return verb in (lemma, lemma + "ت") and (nxt in _BI_THAT or (lemma == "اتهم" and nxt.startswith("بال")))


_ACCORDING_TO_WORDS = ("وفق", "بحسب", "حسب", "نقلا", "طبقا", "استنادا")
# A reported clause or quotation after a cue: what follows is what the subject said.
_REPORTED_CLAUSE = re.compile(r'(?:^|\s)[وب]?ان(?:ه|ها|هم|هما)?(?=\s|$)|[:"«“]')


def _told_without_clause(s: _Sent, reporter: _Att, relayed: _Att) -> bool:
    """"أعلن الاتحاد استدعاء سفيره، وفقاً لما ذكره فلان": news told with no reported clause or quotation
    anywhere, closed by an according-to (not "قال فلان، بحسب الألمانية، إن": the agency relays him; not
    "وفقاً للمبادرة": in accordance with a document)."""
    return (reporter.cue_class != "according_to"
            and not _n(reporter.cue).split()[-1].removeprefix("و").removeprefix("ف").startswith("قال")
            and _n(relayed.cue).startswith(_ACCORDING_TO_WORDS) and relayed.source.kind in ("person", "media", "anonymous")
            and not _REPORTED_CLAUSE.search(s.norm[reporter.cue_end:]))


def _had_earlier(lex: _Lexicons, s: _Sent, cue_tok: int) -> _Source | None:
    """"وسبق لـX أن قال"، "سبق للأرجنتين والأوروغواي أن أعلنت": X, after the ل of سبق, had said so before."""
    toks = s.toks
    if cue_tok < 3 or toks[cue_tok - 1] != "ان":
        return None
    k = next((m for m in range(cue_tok - 3, max(-1, cue_tok - 10), -1) if toks[m] in ("سبق", "وسبق", "فسبق")), None)
    if k is None or toks[k + 1][:1] != "ل" or not all(_is_word(t) for t in toks[k + 1:cue_tok - 1]):
        return None
    src = _parse_source(lex, s, k + 1, cue_tok - 1)
    li = toks[k + 1]
    if not li.startswith("لل") and li[1:] in _places():
        # "سبق لمصر أن أعلنت": a state speaks (the ل of a name is kept by the phrase reader)
        text = _clean(s.orig_tokens(k + 1, cue_tok - 1))[1:].lstrip("ـ ")
        return _Source(text=text, name=text.split(" و")[0], kind="official_body", category="named_source",
                       recognised=True)
    if not src.text or src.category not in ("named_source", "anonymous_source") or not (
            src.recognised or "ال" + li[2:] in _places()):
        return None     # ("سبق للأرجنتين أن أعلنت" too)
    return replace(src, name=_strip_clitic(src.name, toks[k + 1]), role=_strip_clitic(src.role, toks[k + 1]),
                   recognised=True)


def _nobody(s: _Sent, src: _Source | None, cue_tok: int) -> bool:
    """أحد alone after a negated cue is "anyone": "لم يقل أحد"، "ولم يكن يتوقع أحد فوزاً" (not "أحد
    المسؤولين"، "أحد منهم")."""
    if src is None or cue_tok == 0 or not any(t in _NEGATIONS for t in s.toks[max(0, cue_tok - 3):cue_tok]):
        return False
    words = _n(src.text).split()
    return bool(words) and words[0] == "احد" and (
        len(words) == 1 or not (words[1].startswith(("ال", "من")) or words[1].endswith(("ي", "و"))))


def _wa_initial_name(lex: _Lexicons, toks: list[str], k: int, word: str) -> bool:
    """A name that begins with و after كان ("وكان ويليامسون يقول"): the clause's و is on كان, and
    neither the word nor the word without و is an ordinary one."""
    return (word[:1] == "و" and len(word) >= 5 and k > 0 and toks[k - 1] in _KANA
            and not _is_common_word(lex, word) and not _is_common_word(lex, word[1:]))


_AGE_WORDS = frozenset(("عاما", "عام", "سنه", "سنوات", "عاماً"))


def _age_apposition(toks: Sequence[str], comma: int) -> int:
    """The token after an age set off by commas right after ``comma`` ("، 55 عاما،"), else 0."""
    k = comma + 1
    if k + 2 < len(toks) and toks[k].isdigit() and toks[k + 1] in _AGE_WORDS and toks[k + 2] in _COMMAS:
        return k + 3
    return 0


def _appositive_subject(lex: _Lexicons, s: _Sent, c0: int, comma: int, end: int) -> _Source | None:
    """A named person before the verb, with an apposition between commas: "لكن الدكتورة فلانة،
    الباحثة في ...، ترى أن". The phrase before the first comma must name the person by itself."""
    toks = s.toks
    while c0 < comma and (toks[c0] in _CONNECTORS or toks[c0] in _COMPLEMENTIZERS or toks[c0] in ("اما", "واما", "غير")):
        c0 += 1
    if comma - c0 < 1 or comma - c0 > 10 or end - comma > 14:
        return None
    head = _parse_source(lex, s, c0, comma)
    name_end = comma
    if age := _age_apposition(toks, comma):
        comma = age - 1     # "فلان، 55 عاما، تاجر ذهب، يقول": his age, then who he is
    if not _recognisable(head) and name_end - c0 in (2, 3) \
            and _unknown_run(lex, toks, c0, name_end, not_subject=True) == name_end \
            and comma + 1 < end and (toks[comma + 1] in lex.person_nouns or (
                (_lookup(lex.roles, toks, comma + 1) or (None,))[0] in ("role", "staff"))):
        # "يوكسل أوموت، تاجر ذهب في السوق القديم، يقول إن": unknown words, then a role in apposition:
        # a (foreign) name
        return replace(_named_person(_clean(s.orig_tokens(c0, name_end))), text=_clean(s.orig_tokens(c0, end)),
                       role=_clean(s.orig_tokens(comma + 1, end)))
    role_only = not head.name or _n(head.name) in (
        _n(head.role), _n(" ".join(x for x in (head.role, head.affiliation) if x))) or (
        bool(head.role) and _n(head.name) == _n(head.text))
    if _recognisable(head) and (_np_end(lex, s, c0, comma) >= comma or head.place) and (
            role_only or head.kind != "person" or head.category != "named_source"):
        # "رئيس نقابة الصيادين، فلان، يقول إن": the role first, the name in apposition; "مسؤول سابق،
        # طلب عدم ذكر اسمه، يقول إن": the unnamed one stays unnamed
        words = [t for t in toks[comma + 1:end] if _is_word(t)]
        if head.category == "anonymous_source" and any(t in _WITHHELD_NAME for t in words):
            return head
        if (head.kind == "person" or head.category == "anonymous_source") and 1 < len(words) <= 4 and all(
                not t.startswith(_DEFINITE) or t in _name_resources()[1] or t == "الدين" or _article_lookalike(lex, t)
                for t in words[1:]) and (
                words[0] in _NAME_LINKS or (
                    # (also "رئيس الوزراء الأرميني، نيكول باشينيان، أكد": a foreign name)
                    _appositive_name(lex, words) and (head.kind == "person" or _starts_name(lex, words[0])))):
            name = _clean(s.orig_tokens(comma + 1, end))
            return replace(_named_person(name), text=_clean(s.orig_tokens(c0, end)), role=head.role or head.text)
        if words and words[0] in ("وهو", "وهي", "وهم") and head.category == "named_source":
            return head     # "لكن منظمة فلان، وهي منظمة تتألف من ...، قالت إن": what it is, set off
        return None
    if comma - c0 > 6 or not (_recognisable(head) and head.kind == "person" and head.name
                              and head.category == "named_source" and _np_end(lex, s, c0, comma) >= comma):
        return None
    full = _parse_source(lex, s, c0, end)
    if _recognisable(full) and full.kind == "person" and full.name and (
            full.name == head.name or _n(head.name) == _n(head.text)
            or _n(full.name) == _n(_clean(s.orig_tokens(comma + 1, end)))):
        return full     # ("والد الرضيع، أنس بني ياسين، قال": the name in the apposition; "المهندس المدني
        #                 والخبير في المناقصات، نبيل سركيس، يرى": the title opens no name)
    return head


def _foreign_name_tail(lex: _Lexicons, s: _Sent, i: int, j: int, *, surname_b: bool = False) -> _Source | None:
    """A source phrase of unknown words ending in a name: "البريجادير جنرال الأميركي كيفين كيليا".

    The last two words, when neither is a common word, a definite word or a clitic form, are taken as
    a (foreign) personal name; the words before them as its role.
    """
    toks = s.toks
    words = [k for k in range(i, j) if _is_word(toks[k])]
    if len(words) < 3 or len(words) > 7:
        return None
    a, b = words[-2], words[-1]
    if b != a + 1 or b + 1 != j:
        return None
    for k in (a, b):
        t = toks[k]
        # (after an unnamed-source noun a surname may begin with ب: "المسؤولة في ... كلارا بيرغستروم")
        if t.startswith("ال") or (t[0] in "لبو" and not (
                surname_b and k == b and t[0] == "ب" and not _is_common_word(lex, t[1:])
                and t[1:] not in _places())) \
                or t in _CONNECTORS or t in _NAME_STOP \
                or _lookup(lex.heads, [t], 0) or _lookup(lex.roles, [t], 0):
            return None
    if _is_common_word(lex, toks[a]) or (_is_common_word(lex, toks[b]) and not _starts_name(lex, toks[a])
                                         and toks[a] in _name_resources()[3]):
        return None
    return _Source(text=_clean(s.orig_tokens(i, j)), name=_clean(s.orig_tokens(a, j)), kind="person",
                   role=_clean(s.orig_tokens(i, a)), recognised=True)


def _trailing_name(lex: _Lexicons, s: _Sent, i: int, stop: int, end: int) -> _Source | None:
    """A definite unnamed-source phrase that ends in two or three words with no article right after a
    definite word ("المسؤولة الإعلامية للفيلم زينة صفير"، "المسؤول في مكتب ... الإنقاذ تي بي غوبتا") or
    set off by a comma ("الضابط في شرطة كوالالمبور، مازلان لازم،"): those words are the person's name,
    even when they are also common words."""
    toks = s.toks
    if stop < end and toks[stop] in _COMMAS:
        a = stop + 1
        b = next((k for k in range(a, end) if toks[k] in _COMMAS), end)
    else:
        b = stop
        a = b
        while a > i + 1 and b - a < 3 and _is_word(toks[a - 1]) and not toks[a - 1].startswith(_DEFINITE):
            a -= 1
        if not toks[a - 1].startswith(_DEFINITE):
            return None
    words = toks[a:b]
    if not 2 <= len(words) <= 3 or not all(_is_word(t) for t in words):
        return None
    for k in range(a, b):
        t = toks[k]
        if t.startswith("ال") or t in _NOT_NAME_WORDS \
                or t in _COMPLEMENTIZERS or _lookup(lex.heads, [t], 0) or _lookup(lex.roles, [t], 0) \
                or s.orig(s.starts[k], s.ends[k]).endswith(("اً", "ًا", "ً")):
            return None
    if (_is_common_word(lex, words[0]) and len(words[0]) > 2) or all(_is_common_word(lex, t) for t in words):
        return None     # ("ووصف الأطباء حالة بولسونارو": the object; but "تي بي غوبتا": initials)
    return _Source(text=_clean(s.orig_tokens(i, b)), name=_clean(s.orig_tokens(a, b)), kind="person",
                   role=_clean(s.orig_tokens(i, stop)), recognised=True)


def _leading_name(lex: _Lexicons, s: _Sent, i: int, j: int) -> _Source | None:
    """"ذكر مانشستر سيتي وصيف بطل الدوري ... أنه": two or three unknown words opening the phrase
    before a complementiser are a (foreign) name; what follows describes it."""
    toks = s.toks
    while i < j - 2 and toks[i].startswith("ال") and toks[i].endswith("ي") and not _lookup(lex.heads, toks, i):
        i += 1          # "كشف الغاني سولي مونتاري ...": a nationality before the name
    m = _unknown_run(lex, toks, i, j, not_subject=True)
    if m - i == 1 and m < j and toks[m].startswith("ال") and not _is_common_word(lex, toks[m]) \
            and not toks[i].endswith(("ها", "هم", "هما")) \
            and not _lookup(lex.heads, toks, m) and not _lookup(lex.roles, toks, m) and not _is_nationality(toks[m]):
        m += 1          # "وهب القريني بائع في بسطات الدمام": a family name with the article
    if m - i < 2 or (m < j and _is_word(toks[m]) and not (toks[m].startswith("ال") or _lookup(lex.roles, toks, m)
                                                            or toks[m] in _PLACE_PREPS or toks[m] in _NAME_STOP
                                                            or _is_common_word(lex, toks[m]))):
        return None     # ("سيلا خاتون من منطقة ...": a preposition ends the name too)
    return _Source(text=_clean(s.orig_tokens(i, j)), name=_clean(s.orig_tokens(i, m)), kind="person",
                   recognised=True)


def _set_off_name(lex: _Lexicons, s: _Sent, i: int, j: int) -> _Source | None:
    """"وقال زودر، المنتمي ..."، "وقال براد آدامز مدير المنظمة"، "وأكد لو دريان، في هذا الإطار":
    one to three name-like words, the last one unknown, set off by a comma or followed by a role
    (after an optional title: "الحاخام موشي صباغ من كنيس ...") are a (foreign) name; the rest
    describes it. Its first words may be common words ("براد"، "لو"), which _leading_name refuses."""
    toks = s.toks
    first_names = _name_resources()[0]
    title = _lookup(lex.roles, toks, i)
    n = title[1] if title is not None and title[0] == "title" else 0
    m = i + n
    while m < j and m < i + n + 3 and _is_word(toks[m]) and not toks[m].startswith("ال") \
            and toks[m] not in _NOT_NAME_WORDS and toks[m] not in _EMPTY_SUBJECT \
            and toks[m] not in _COMPLEMENTIZERS and not _lookup(lex.roles, toks, m) and not _lookup(lex.heads, toks, m) \
            and not s.orig(s.starts[m], s.ends[m]).endswith(("اً", "ًا", "ً")) \
            and not (m > i + n and toks[m][0] in "لبو" and toks[m] not in lex.first_names
                     and toks[m] not in first_names) \
            and not (_is_common_word(lex, toks[m]) and (m > i + n or toks[m].endswith("ا"))):
        m += 1      # (only the first word may be a common word, and not an accusative: "قرارا بإبعاد")
    if m == i + n or m >= j or _is_common_word(lex, toks[m - 1]):
        return None
    if m + 1 < j and toks[m] in _COMMAS and (toks[m + 1] in _CONNECTORS or toks[m + 1].startswith("فقد")):
        return None     # "كشف عنها نتانياهو، فقد قال": a new clause follows the comma
    ends = toks[m] in _COMMAS or (m - i - n >= 2 and (_lookup(lex.roles, toks, m) or (
        n and toks[m] in ("من", "في"))))
    if not ends:
        return None
    return _Source(text=_clean(s.orig_tokens(i, j)), name=_clean(s.orig_tokens(i + n, m)), kind="person",
                   role=_clean(s.orig_tokens(i, i + n)), recognised=True)


def _posted_on(toks: Sequence[str], k: int) -> bool:
    """"على تويتر"، "عبر حسابه"، "على صفحتها"، "على موقع بايرن": where a statement was posted, starting at
    token k."""
    return k + 1 < len(toks) and toks[k] in ("على", "علي", "عبر") and (
        toks[k + 1] in _PLATFORMS or toks[k + 1].startswith(("حساب", "صفح", "موقع")))


def _had_already(toks: Sequence[str], cue_tok: int) -> bool:
    """"بعد أن سبق وأكد": سبق before و + the verb means "had already"; it is no subject (not the newspaper)."""
    return cue_tok > 0 and toks[cue_tok - 1] in ("سبق", "سبقت", "وسبق") and toks[cue_tok][:1] == "و"


def _people_by_nisba(tok: str) -> bool:
    """"الإيرانيين"، "والفلسطينيون": a people named by the plural of its nisba."""
    if tok[:1] in "وف" and tok[1:3] == "ال":
        tok = tok[1:]
    return tok.startswith("ال") and tok.endswith(("يين", "يون")) and len(tok) > 7 and _is_nationality(tok[:-2])


def _people_source(s: _Sent, k: int) -> _Source:
    """The people named by the nisba at token k, as a source that speaks for its state."""
    name = _strip_clitic(_clean(s.orig_tokens(k, k + 1)), s.toks[k])
    return _Source(text=name, name=name, kind="official_body", recognised=True)


def _preverbal_subject(lex: _Lexicons, s: _Sent, cue_tok: int, known: frozenset[str] = frozenset()
                       ) -> _Source | None:
    """A source noun phrase ending right before the verb, after أن/a comma/the sentence start.

    ``known``: names the article cited before ("لكن فينجر نفى ...": a foreign surname cited earlier)."""
    toks = s.toks
    if _had_already(toks, cue_tok):
        return None
    c1 = cue_tok
    while c1 > 0 and toks[c1 - 1] in ("قد", "لقد", "فقد"):
        c1 -= 1
    if c1 > 1 and toks[c1 - 1] in ("كان", "كانت") and _is_word(toks[c1 - 2]):
        c1 -= 1     # "أم كلثوم كانت تؤكد أن": the subject before a bare كان
    if c1 > 2 and toks[c1 - 1] in _COMMAS:
        # "وكان الرئيس الأمريكي فلان، قد شدد"، "وكانت وزارة السياحة، أكدت": a comma between the
        # subject after كان and its verb
        b = c1 - 2
        while b > 0 and c1 - b < 9 and _is_word(toks[b - 1]) and toks[b - 1] not in _KANA:
            b -= 1
        if b > 0 and toks[b - 1] in _KANA:
            c1 -= 1
        elif b > 1 and toks[b - 1] in _COMMAS:
            # "وكانت السعودية، الخصم الإقليمي لإيران، أكدت": the subject after كان, then an apposition
            a = b - 1
            while a > 0 and b - a < 6 and (_is_word(toks[a - 1]) or toks[a - 1] in _QUOTES) and toks[a - 1] not in _KANA:
                a -= 1      # (a quoted name: 'وكان "جيش الإسلام"، أحد أبرز الفصائل ...، أعلن')
            if a > 0 and toks[a - 1] in _KANA and a < b - 1 and (toks[b].startswith("ال") or toks[b] in ("احد", "احدي")) \
                    and not _appositive_name(lex, toks[b:c1 - 1]):     # (a name in apposition is the subject)
                subject = _parse_source(lex, s, a, b - 1)
                if _recognisable(subject) and subject.category == "named_source" and not subject.not_source:
                    return subject
    if toks[cue_tok][:1] == "ف" and c1 >= 3 and toks[c1 - 1] in _COMMAS:
        # "أما إيمري، فأعلن بنفسه أنه": the topic fronted by أما and set off by a comma speaks
        a = next((m for m in range(c1 - 2, max(-1, c1 - 8), -1) if toks[m] in ("اما", "واما")), None)
        if a is not None and a + 1 < c1 - 1 and all(_is_word(t) for t in toks[a + 1:c1 - 1]):
            topic = _parse_source(lex, s, a + 1, c1 - 1)
            if _recognisable(topic) and not topic.not_source and topic.category in ("named_source", "anonymous_source"):
                return topic
            if c1 - 1 - (a + 1) <= 2 and all(not t.startswith("ال") and not _is_common_word(lex, t)
                                             and not _lookup(lex.heads, [t], 0) for t in toks[a + 1:c1 - 1]):
                return _named_person(_clean(s.orig_tokens(a + 1, c1 - 1)))
    if c1 > 2 and toks[c1 - 1] in ("فانه", "فانها", "فانهم") and any(t in ("اما", "واما") for t in toks[:c1 - 1]):
        c1 -= 1     # "أما الوزير فإنه يقول إن": the pronoun stands for the topic fronted by أما
    if c1 > 2 and toks[c1 - 1] in _COMMAS:
        # "مصدر في المؤسسة، فضّل عدم الكشف عن اسمه، اعتبر أن"، "المحامي فلان، الذي يتابع الدعاوى، يختصر":
        # a clause set off by commas between the subject and its verb
        opening = next((m for m in range(c1 - 2, max(0, c1 - 25), -1) if toks[m] in _COMMAS), None)
        b = opening if opening is not None else 0
        while b > 0 and opening - b < 14 and _is_word(toks[b - 1]) and toks[b - 1] not in _COMPLEMENTIZERS \
                and toks[b - 1] not in _KANA and toks[b - 1] not in _RELATIVES:
            b -= 1
        while opening is not None and b < opening and (toks[b] in ("و", "لكن", "ولكن", "بينما", "فيما")
                                                       or toks[b] in _TOPIC_LEADS):
            b += 1
        head_ok = opening is not None and b < opening and (
            _lookup(lex.heads, toks, b) or _lookup(lex.roles, toks, b) or _starts_name(lex, toks[b])
            or toks[b] in lex.person_nouns or _state_name(toks, b, opening) == opening - b
            or (opening == b + 1 and _people_by_nisba(toks[b])))
        # ("فإن كندا، وهي ثاني أهم شريك تجاري، قد أشارت": "وهو/وهي ..." describes the subject too)
        described = opening is not None and toks[opening + 1] in ("وهو", "وهي", "وهم", "وهما") and (
            b == 0 or toks[b - 1] in _COMPLEMENTIZERS)
        if head_ok and (toks[opening + 1] in _RELATIVES or described or _withheld(toks[opening + 1:c1 - 1])):
            src = _people_source(s, b) if opening == b + 1 and _people_by_nisba(toks[b]) \
                else _parse_source(lex, s, b, opening)
            if _recognisable(src) and not src.not_source and src.category in ("named_source", "anonymous_source"):
                return src
        if head_ok and 2 <= c1 - 1 - (opening + 1) <= 4:
            # "الباحث في العلوم البيئية بجامعة ...، عبد الرحيم الكنوني، يرى أن"، "أما عضو المكتب التنفيذي
            # ...، الهادي الفراتي، فقد اعتبر": the role first, the name in apposition
            named = _appositive_subject(lex, s, b, opening, c1 - 1)
            if named is not None and named.category == "named_source" and named.kind == "person" and named.name:
                return named
    c0 = c1
    while c0 > 0 and c1 - c0 < 8 and _is_word(toks[c0 - 1]) and toks[c0 - 1] not in _COMPLEMENTIZERS \
            and toks[c0 - 1] not in _CONNECTORS and toks[c0 - 1] not in _RELATIVES and toks[c0 - 1] not in _KANA:
        c0 -= 1
    if c0 < c1 - 1 and toks[c0] in ("اما", "واما") and s.toks[c1][:1] == "ف":
        c0 += 1     # "أما المواطن فلان فيقول"، "أما بلير فقد شدد": the topic fronted by أما is the speaker
    # (a subject after كان: "وكانت وحدة نزع الألغام قد اتهمت")
    if c0 >= c1 or not (c0 == 0 or toks[c0 - 1] in _COMPLEMENTIZERS or toks[c0 - 1] in _COMMAS
                        or toks[c0 - 1] in _CONNECTORS or toks[c0 - 1] in _KANA or toks[c0 - 1] in ("اما", "واما")):
        return None
    if c0 > 1 and toks[c0 - 1] in ("في", "من"):
        # "وكانت وحدة نزع الألغام في المقاومة الجنوبية قد اتهمت": a place inside the subject phrase
        b = c0 - 1
        while b > 0 and c1 - b < 14 and _is_word(toks[b - 1]) and toks[b - 1] not in _KANA \
                and toks[b - 1] not in _COMPLEMENTIZERS and toks[b - 1] not in _RELATIVES:
            b -= 1
        while b < c0 - 1 and toks[b] in ("لكن", "ولكن", "بينما", "فيما"):
            b += 1      # "لكن الباحثة في الحقوق الرقمية فلانة تعتبر أن"
        if (b == 0 or toks[b - 1] in _KANA or toks[b - 1] in _COMPLEMENTIZERS or toks[b - 1] in _COMMAS
                or toks[b - 1] in ("لكن", "ولكن", "بينما", "فيما")) \
                and b < c0 - 1 and (_lookup(lex.heads, toks, b) or _lookup(lex.roles, toks, b)):
            src = _parse_source(lex, s, b, c1)
            # (the phrase ends at the verb, or a personal name closes it: "الباحثة في ... نور الحسيني")
            if _recognisable(src) and not src.not_source and (_np_end(lex, s, b, c1) >= c1 or (
                    src.kind == "person" and src.name and _n(src.text).endswith(_n(src.name)))):
                return src
    if c0 > 0 and toks[c0 - 1] in ("في", "وفي", "من", "ومن", "الي", "على", "عن", "مع", "بعد", "قبل", "منذ") + _TOPIC_PREPS:
        return None         # "وفي بيان يوم الجمعة أعلن المتحدث ...": a prepositional phrase, not the subject
    if c0 < c1 and toks[c0] in _PLACE_ADVERBS:
        return None         # "تجلس ... أمام منقد صغير وصف من الكبابي": a place, not the subject
    if c0 > 0 and toks[c0 - 1] in _DEMONSTRATIVES:
        return None         # "وفي وقت سابق من هذا الشهر توقعت الشركة": the demonstrative's noun ends an adverbial
    if c1 - c0 == 1 and toks[c0] in known:
        name = _clean(s.orig_tokens(c0, c1))
        return _named_person(name)
    if c0 > 0 and toks[c0 - 1] in _KANA and _state_name(toks, c0, c1) == c1 - c0:
        name = _strip_clitic(_clean(s.orig_tokens(c0, c1)), toks[c0])
        return _Source(text=name, name=name, kind="official_body", recognised=True)   # "وكانت بريطانيا قالت"
    if (c1 - c0 == 1 and toks[c0].startswith("ال") and toks[c0] in _name_resources()[1]
            and not _lookup(lex.heads, toks, c0) and not _lookup(lex.roles, toks, c0) and not _is_common_word(lex, toks[c0])):
        return _named_person(_clean(s.orig_tokens(c0, c1)))    # "لكن الدويك اعتبر أن": a family name alone
    if c0 > 0 and toks[c0 - 1] in ("اما", "واما") and c1 - c0 <= 3 and all(
            _is_word(t) and not t.startswith("ال") and not _is_common_word(lex, t) and not _lookup(lex.heads, [t], 0)
            and not _lookup(lex.roles, [t], 0) for t in toks[c0:c1]):
        return _named_person(_clean(s.orig_tokens(c0, c1)))    # "أما بلير فقد شدد": a name fronted by أما
    if c1 > c0 and _media_name_len(lex, toks, c0) == c1 - c0:
        name = _strip_clitic(_clean(s.orig_tokens(c0, c1)), toks[c0])
        return _Source(text=name, name=name, kind="media", recognised=True)    # "وكانت السومرية نيوز قد نقلت"
    if c0 == 0 and toks[0][:1] in "وف" and not _starts_name(lex, toks[0]) and _starts_name(lex, toks[0][1:]) and c1 >= 2 \
            and _name_run(lex, [toks[0][1:], *toks[1:c1]], 0, c1) == c1:
        # "ومحمد صلاح قال"، "فأم كلثوم كانت تؤكد": a name with the conjunction written on it
        return _named_person(_clean(s.orig_tokens(0, c1))[1:])
    if c1 - c0 == 1 and _people_by_nisba(toks[c0]):
        return _people_source(s, c0)    # "لكن الإيرانيين يقولون إن"، "والفلسطينيون يؤكدون أن"
    if not (_lookup(lex.heads, toks, c0) or _lookup(lex.roles, toks, c0) or _starts_name(lex, toks[c0])):
        if c0 > 0 and toks[c0 - 1] in _KANA and c1 - c0 <= 2 and c1 < cue_tok and all(
                not t.startswith("ال") and t[:1] not in "لب" and (not _is_common_word(lex, t) or (
                    # (a single word that is also a common word: "وكان إبرا قد أعلن")
                    c1 - c0 == 1 and t not in _NOT_SUBJECT and t not in _SUBJECT_SKIP
                    and not t.endswith(("ه", "ها", "هم")) and t not in _CONNECTORS))
                for t in toks[c0:c1]):
            # "كانت نوكيا قد أعلنت": between كان and قد only the subject can stand
            name = _clean(s.orig_tokens(c0, c1))
            return _Source(text=name, name=name, kind="organisation", recognised=True)
        if c0 > 0 and (toks[c0 - 1] in _KANA or toks[c0 - 1] == "ان") and c1 - c0 == 1 and c1 == cue_tok \
                and _is_word(toks[c0]) \
                and not toks[c0].startswith("ال") and toks[c0][:1] not in "لبو" and not _is_common_word(lex, toks[c0]) \
                and toks[c0] not in _NOT_SUBJECT and toks[c0] not in _SUBJECT_SKIP and toks[c0] not in _CONNECTORS \
                and not _accusative_a(lex, toks[c0]) and toks[cue_tok][:1] != "ف":
            # "وكانت سامسونغ أعلنت"، "يذكر أن إبراهيموفيتش قال": one unknown word between كان or أن and its
            # verb, a name (not "وكان متفهما فقال")
            name = _clean(s.orig_tokens(c0, c1))
            return _Source(text=name, name=name, kind="organisation" if toks[c0 - 1].endswith("ت") else "person",
                           recognised=True)
        if c0 > 0 and toks[c0 - 1] in _KANA and c1 - c0 == 2 and c1 == cue_tok and all(
                not t.startswith("ال") and not _is_common_word(lex, t) and not (t[:1] in "لبو" and _is_common_word(lex, t[1:]))
                and not _lookup(lex.heads, [t], 0) and not _lookup(lex.roles, [t], 0) for t in toks[c0:c1]):
            # "وكان بيل كلينتون قال": two unknown words between كان and its verb, a (foreign) name
            return _named_person(_clean(s.orig_tokens(c0, c1)))
        # "وكان المخلوع علي عبد الله صالح قد ادعى": a descriptor before the name
        if not (c0 + 1 < c1 and toks[c0].startswith("ال") and _starts_name(lex, toks[c0 + 1])):
            return None
        c0 += 1
    src = _parse_source(lex, s, c0, c1)
    if _recognisable(src) and not src.not_source and _np_end(lex, s, c0, c1) >= c1:
        return src
    return None


def _interviewee(lex: _Lexicons, s: _Sent, upto: int) -> _Source | None:
    """"وفي حديث مع فلان لـ«الصحيفة»، أكدت أن": the person talked with before the cue speaks."""
    toks = s.toks
    for m in range(min(upto, len(toks)) - 1):
        if toks[m] == "مع" and m > 0 and toks[m - 1].removeprefix("و").removeprefix("في") in _INTERVIEW_NOUNS:
            k = m + 1
            stop = _name_run(lex, toks, k, upto) if k < upto and _starts_name(lex, toks[k]) else k
            if stop - k >= 2:
                name = _clean(s.orig_tokens(k, stop))
                return _named_person(name)
    return None


def _last_person(lex: _Lexicons, s: _Sent, upto: int | None = None) -> _Source | None:
    """The last person introduced with a role or title and a name in a sentence, before token ``upto``
    (interviews: "«عكاظ» حاورت الوزير فلان ...، وأكد أن")."""
    toks = s.toks
    end = len(toks) if upto is None else upto
    for m in range(end - 1, max(-1, end - 40), -1):
        rl = _lookup(lex.roles, toks, m) or (None,)
        if rl[0] not in ("role", "staff", "title") and (_lookup(lex.heads, toks, m) or (None,))[0] != "anonymous":
            continue        # (an unnamed-source noun with a name after it: "الخبير الاقتصادي فلان")
        if toks[m][0] in "بل" and not toks[m].startswith("ال"):
            continue
        if rl[0] == "title" and m > 0 and toks[m - 1] not in ("بقياده", "برئاسه") and (
                _lookup(lex.heads, toks, m - 1) or (None,))[0] in ("organisation", "official_body", "place"):
            continue        # "مستشفى الأمير سعود": a name inside an institution's name
        if m > 0 and (_lookup(lex.roles, toks, m - 1) or (None,))[0] in ("role", "staff", "title"):
            continue        # inside a longer role phrase: take it from its start
        src = _parse_source(lex, s, m, _np_end(lex, s, m, len(toks)))
        role_only = bool(src.role) and _n(src.name) in (
            _n(src.role), _n(src.text), _n(" ".join(x for x in (src.role, src.affiliation) if x)))
        if src.recognised and src.category == "named_source" and src.kind == "person" and src.name \
                and not role_only and (any(_starts_name(lex, t) for t in _n(src.name).split()) or (
                    rl[0] == "title" and not _is_common_word(lex, _n(src.name).split()[0])
                    and _n(src.name).split()[0] not in _NAME_STOP
                    and not _n(src.name).split()[0].startswith("و"))):   # (not "الفنان وتأثيرها")
            return src      # (a title vouches for the name: "المقدم منذر الحمامي")
    return None


def _person_anaphor(lex: _Lexicons, text: str) -> bool:
    """"الرجل"، "السيدة الخمسينية"، "الشاب العشريني": a definite noun for a person, perhaps with
    adjectives, that points back to the person the story is about rather than naming anyone."""
    all_words = _n(text).split()
    words = [w for w in all_words if w not in _ANAPHOR_MARKS]
    marked = len(words) < len(all_words)        # "الفاعل الجمعوي ذاته": any adjective then
    return bool(words) and (words[0] in _PERSON_ANAPHORS or (
        words[0].startswith("ال") and words[0][2:] in lex.person_nouns
        and (_lookup(lex.roles, words, 0) or (None,))[0] != "title")) and all(
        w.endswith(("يني", "ينيه")) or _is_nationality(w) or (marked and w.startswith("ال") and w.endswith(("ي", "يه")))
        for w in words[1:])    # (not "المهندس القحطاني")


def _after_quotation(toks: Sequence[str], k: int) -> bool:
    """Token ``k`` (a verb) comes right after a closing quote, perhaps with a comma between ("«...»، يشرح")."""
    return k >= 2 and (toks[k - 1] in _CLOSING_QUOTES or (toks[k - 1] in _COMMAS and toks[k - 2] in _CLOSING_QUOTES))


def _inserted(toks: Sequence[str], k: int) -> bool:
    """Token ``k`` (an imperfect verb) opens a clause set off by commas inside the sentence, whose
    content came before ("مكنت عمليات البحث، يضيف البلاغ، من توقيف")."""
    return 0 < k and toks[k - 1] in _COMMAS and any(t in _COMMAS for t in toks[k + 2:k + 6]) \
        and _clause_start(toks, k - 1) < k - 1


def _to_outlet(lex: _Lexicons, tok: str) -> bool:
    """"للجزيرة"، "لعنب"، "لـ": the preposition ل before the outlet spoken to."""
    if tok == "ل":
        return True
    if tok[:1] != "ل" or len(tok) < 3:
        return False
    if tok[1:2].isascii() and tok[1:2].isalpha():
        return True     # "لـDW"، "لـBBC": an outlet in Latin letters
    bare = "ال" + tok[2:] if tok.startswith("لل") else tok[1:]
    return bare in lex.media_names or tok[1:] in lex.media_names or tok in _RECIPIENTS or (
        _lookup(lex.heads, [bare], 0) or (None,))[0] == "media"


def _frequent_word(tok: str) -> bool:
    """A word frequent enough that "لـ" on it names whom one spoke to, not a name in ل ("قالت لبكي إن"،
    "ويقول لبان إن"، "وقالت لوري إن")."""
    return _name_resources()[3].get(tok, 0) >= RECIPIENT_WORD_MIN_FREQ


def _speech_follows(toks: Sequence[str], k: int) -> bool:
    """Direct speech follows at token ``k``: a colon or an opening quote, perhaps after the one spoken to
    ("ويقول: «..."، "ويقول لهسبريس: ...")."""
    if k < len(toks) and toks[k][:1] == "ل" and len(toks[k]) > 2:
        k += 1
    return k < len(toks) and (toks[k] in (":", "：") or toks[k] in _OPENING_QUOTES)


def _coordinated_speaker(lex: _Lexicons, s: _Sent, cue_tok: int) -> bool:
    """A named person is the subject of the sentence's first verb, before "ويقول:" ("يجلس أبو خالد أمام
    دكانه ويقول: ..."، "يقف الهادي بن عمارة بين النخيل ...، ويقول: ...")."""
    # (or the person the sentence introduces: "يعود السويعدي مع المغيب ...، ويقول:")
    src = _subject_of_clause(lex, s, cue_tok) or _topic_before(lex, s, s.starts[cue_tok], frozenset())
    return src is not None and src.kind == "person" and bool(src.name) and src.category == "named_source"


def _topic_person(lex: _Lexicons, s: _Sent, known: frozenset[str]) -> tuple[_Source, str] | None:
    """The person a sentence that cites no one introduces or turns to, and the gender ("m"/"f"/"") of
    the verb it stands with; features then let that person speak with a bare "يقول:" or a quotation:
    "خالد، موظف في السابعة والعشرين ...، واحد من هؤلاء"، "أما رنا (29 عاماً) فتعيش ..."،
    "في أحد المخيمات، تجلس فاتو، امرأة من ساحل العاج ..."، "يقف عم رجب، سائق ميكروباص ...".
    The name must open the clause (after a fronted place or time closed by a comma) or follow its
    first word (the verb), and must look like a name: a known first name, a name cited before, or a
    word set off by a title, an apposition or أما."""
    toks = s.toks
    n = len(toks)
    k = 0
    lead = False
    while k < n and (not _is_word(toks[k]) and not toks[k].isdigit() or toks[k] in _TOPIC_LEADS or toks[k] in ("و", "ف")
                     or (k == 0 and toks[k] in _CONTRAST_OPENERS)       # (“لكن مندلبليت أشاد ...، وقال”)
                     or (k == 0 and toks[k] in ("لم", "ولم", "لن", "ولن"))):  # (“ولم يتحدث أردوغان ...، مؤكداً”)
        lead = lead or toks[k] in _TOPIC_LEADS  # (a number opens no person: "5 مليار دولار أمريكي (...)")
        k += 1
    if k < n and (toks[k] in _FEATURE_OPENERS or toks[k][:1] in "وف" and toks[k][1:] in _FEATURE_OPENERS):
        # the clause begins after the fronted place or time: after one of its first commas ("في دوار
        # أولاد عبو، التابع لجماعة ...، يقف الحاج فلان"), or at the verb that ends it ("في الكرسي المجاور
        # لها تجلس سلوى إبراهيم")
        clauses = [m + 1 for m in range(k, min(n, k + 24)) if toks[m] in _COMMAS][:3]
        if not clauses:
            clauses = [m for m in range(k + 2, min(n, k + 8)) if toks[m][:1] in "يت"
                       and len(toks[m]) >= 3 and m + 1 < n and _starts_name(lex, toks[m + 1])][:1]
    else:
        clauses = [k]
    for start in clauses:
        if start < n:
            found = _clause_person(lex, s, start, lead, known)
            if found is not None:
                return found
    return _called_person(lex, s)


def _clause_person(lex: _Lexicons, s: _Sent, k: int, lead: bool, known: frozenset[str]) -> tuple[_Source, str] | None:
    """The person named at the start of the clause beginning at token ``k``, or right after its verb
    (see :func:`_topic_person`), with the verb's gender."""
    toks = s.toks
    n = len(toks)
    if toks[k] in _KANA:
        starts = [k + 1]
    elif lead:
        starts = [k]
    else:
        starts = [k, k + 1]
    for r in ([k, k + 1] if toks[k] in _KANA and k + 1 < n else [k]):
        if not ((_lookup(lex.roles, toks, r) or (None,))[0] in ("role", "staff") or (
                toks[r].startswith("ال") and toks[r][2:] in lex.person_nouns)):
            continue
        # "الممرض الأردني يزن الخطيب، الذي يعمل ...، يصف": a role, then the person's name (up to a
        # comma); "وكانت الوزيرة جولي غينتر في ...": after كان, a foreign name too
        comma = next((m for m in range(r + 1, min(n, r + 8)) if toks[m] in _COMMAS), None)
        src = _parse_source(lex, s, r, comma if comma is not None else _np_end(lex, s, r, min(n, r + MAX_SOURCE_TOKENS)))
        if (comma is not None and not src.name.strip()) or _n(src.name) == _n(src.role or src.text):
            # "وعلق الفنان السعودي، ناصر القصبي على ..."، "وكان الرئيس الأميركي، دونالد ترمب، قد قرر":
            # the name set off after the role
            wide = _parse_source(lex, s, r, _scan_source(lex, s, r, "")[0])
            if wide.recognised and wide.kind == "person" and wide.name and _n(wide.name) != _n(wide.role):
                src = wide
        words = _n(src.name).split()
        if src.recognised and src.category == "named_source" and src.kind == "person" and src.name \
                and _n(src.name) != _n(src.role) and (_starts_name(lex, words[0]) or (
                    r > k and _appositive_name(lex, words))):
            return src, ("f" if toks[k].endswith("ت") else "m") if r > k else ""
    for p in starts:
        bare = toks[k][1:] if toks[k][:1] in "وف" and len(toks[k]) > 2 else toks[k]
        if p > k and toks[k] not in _KANA and (
                toks[k] in _CONNECTORS or bare in _CONNECTORS or bare in _TEMPORAL or toks[k] in _COMPLEMENTIZERS
                or toks[k].startswith("ال") or len(toks[k]) < 3 or not _is_word(toks[k])):
            continue        # (the word before a subject must be its verb: "ومن حسن حظي" is no person)
        q = p
        while q < n and q - p < 2 and ((_lookup(lex.roles, toks, q) or (None,))[0] == "title" or (
                toks[q].startswith("ال") and toks[q].endswith("ي") and q + 1 < n and _starts_name(lex, toks[q + 1]))):
            q += 1      # "الحاج محمود"، "الستيني أبو رامي"
        if q >= n or not _is_word(toks[q]):
            continue
        t = toks[q]
        if t == "علي" and q == k + 1 and q + 1 < n and _starts_name(lex, toks[q + 1]):
            pass        # "يملأ علي حمود ...": the name علي (normalised like the preposition على)
        elif (t in _CONNECTORS or t in _NAME_STOP or t in _KANA or t in _COMPLEMENTIZERS or _lookup(lex.heads, toks, q)
                or _lookup(lex.roles, toks, q) or t in lex.person_nouns or t in _places()):
            continue
        end = _name_run(lex, toks, q, min(n, q + 4))
        before_role = toks[k] in _KANA and _name_before_role(lex, s, q, min(n, q + 12)) is not None
        if before_role:
            # "وكان سوفان تشاتيرجي، رئيس بلدية كلكتا، قد زار": a foreign name before its role
            end = next((m for m in range(q + 1, min(n, q + 4)) if toks[m] in _COMMAS), end)
        # "يقف العم حسان ينتظر دوره": a verb after the name ends it
        end = next((m for m in range(q + 1, end) if toks[m][:1] in "يت" and len(toks[m]) >= 4
                    and not _starts_name(lex, toks[m]) and toks[m] not in known and not before_role), end)
        if end > q + 1 and known and toks[q] in known and " ".join(toks[q:end]) not in known:
            # "لكن مندلبليت أشاد": a name cited before ends where it ended then
            end = next((m for m in range(end - 1, q, -1) if " ".join(toks[q:m]) in known
                        and toks[m] not in _NAME_LINKS and not _starts_name(lex, toks[m])), end)
        if lead:
            # "أما الخوالدة فما يزال": the answer of أما (ف...) ends the name
            end = next((m for m in range(q + 1, end) if toks[m][:1] == "ف"), end)
        if end == q:
            continue
        follow = toks[end] if end < n else ""
        named = before_role or _starts_name(lex, t) or t in known or _n(s.orig_tokens(q, end)) in known or (
            # "السويعدي، البالغ من العمر 58 عاماً، ..."، "الفيتوري (60 عاماً)": a family name given an age
            end == q + 1 and end + 1 < n and (toks[end] == "(" and toks[end + 1].isdigit() or (
                toks[end] in _COMMAS and toks[end + 1] in ("البالغ", "البالغه"))))
        set_off = q > p or lead or follow in _COMMAS or follow in _TOPIC_APPOSITION or (
            p > k and follow in _TOPIC_PLACE_WORDS)     # "يعود كاوه إلى خلاياه"
        titled = q > p and not _is_common_word(lex, t) and not t.startswith("ال")   # "الحاج بوشعيب الحمري"
        if not named and not titled and not (set_off and end - q <= 2 and t[:1] not in "والفبكلينت"
                              and not t.endswith(("ها", "هم", "نا", "كم")) and not _accusative_a(lex, t)
                              and not (t.endswith("ه") and _is_common_word(lex, t[:-1]))   # "قاربه"
                              and not _is_common_word(lex, t) and not _is_nationality(t)):
            continue        # (an unknown word: a verb, a noun with a pronoun, an adverb ...)
        verb = toks[p - 1] if p > k else ""
        if (_lookup(lex.roles, toks, p) or (None,))[0] == "title" and toks[p].endswith("ه"):
            gender = "f"        # "السيدة"، "الحاجة"
        elif verb in _KANA:
            gender = "f" if verb.endswith("ت") else "m"
        elif verb[:1] in "يت" and len(verb) >= 3:
            gender = "f" if verb[0] == "ت" else "m"
        else:
            gender = "f" if t == "ام" else "m" if t in ("ابو", "ابي", "ابا") else ""
        return _named_person(_clean(s.orig_tokens(q, end))), gender
    return None


def _called_person(lex: _Lexicons, s: _Sent) -> tuple[_Source, str] | None:
    """"... سيدة ألمانية متقاعدة تدعى زابينه كرومر": the person named by تدعى/اسمها, and the gender."""
    toks = s.toks
    called = next((m for m in range(min(len(toks) - 1, 30)) if toks[m] in _CALLED), None)
    if called is not None and _is_word(toks[called + 1]) and not _is_common_word(lex, toks[called + 1]):
        end = _name_run(lex, toks, called + 1, min(len(toks), called + 4))
        if end > called + 1:
            gender = "f" if toks[called].lstrip("و")[:1] == "ت" or toks[called].endswith("ها") else "m"
            return _named_person(_clean(s.orig_tokens(called + 1, end))), gender
    return None


def _met_person(lex: _Lexicons, s: _Sent) -> _Source | None:
    """The person an interview's opening sentence says the outlet met: the first one named after the
    meeting verb ("«البيان» التقت المهندسة فلانة، رئيسة ...، وحاورتها حول ..."), else the last one."""
    toks = s.toks
    verb = next((k for k, t in enumerate(toks) if t.startswith(_MEETING_VERBS)), None)
    if verb is not None:
        met = _last_person(lex, s, upto=min(len(toks), verb + 12))
        if met is not None:
            return met
        if verb + 2 < len(toks) and _starts_name(lex, toks[verb + 1]):
            # '"أخبار الخليج" التقت فيصل أحمد المطوع، الرئيس التنفيذي لشركة ...': the name right after
            end = _name_run(lex, toks, verb + 1, min(len(toks), verb + 6))
            if end >= verb + 3:
                return _named_person(_clean(s.orig_tokens(verb + 1, end)))
        # "التقت رئيس مجلس إدارة الجمعية، سعيد بن عوض الغامدي، وحاورته": the name in apposition
        commas = [k for k in range(verb + 1, min(len(toks), verb + 24)) if toks[k] in _COMMAS]
        if len(commas) >= 2 and commas[1] - commas[0] <= 6:
            met = _appositive_subject(lex, s, verb + 1, commas[0], commas[1])
            if met is not None and met.category == "named_source" and met.kind == "person" and met.name:
                return met
    # "كان لـ«الصباح نيوز» هذا الحوار مع فلان، عضو ...": the person named after "حوار مع"
    with_at = next((k + 2 for k in range(len(toks) - 2) if toks[k + 1] == "مع"
                    and _strip_al(toks[k]) in _INTERVIEW_NOUNS), None)
    if with_at is not None and _is_word(toks[with_at]):
        src = _parse_source(lex, s, with_at, _np_end(lex, s, with_at, len(toks)))
        if src.recognised and src.category == "named_source" and src.kind == "person" and src.name:
            return src
        comma = next((k for k in range(with_at + 1, min(len(toks), with_at + 4)) if toks[k] in _COMMAS), None)
        if comma is not None and all(_is_word(t) and not t.startswith("ال") and not _is_common_word(lex, t)
                                     and not _lookup(lex.heads, [t], 0) and t not in _places()
                                     for t in toks[with_at:comma]):
            # "حوار مع فبريس بلانش، مختص في الشؤون السورية": a name the lists do not know, then who he is
            return _named_person(_clean(s.orig_tokens(with_at, comma)))
    # "وفي هذا الحوار مع هسبريس، يقدم عزيز الإدريسي، أستاذ ...، قراءته": the person the sentence is about
    met = _last_person(lex, s)
    if met is None:
        topic = _topic_person(lex, s, frozenset())
        met = topic[0] if topic is not None else None
    return met


def _strip_al(tok: str) -> str:
    return tok[2:] if tok.startswith("ال") and len(tok) > 4 else tok


def _mention(lex: _Lexicons, s: _Sent, head: str, upto: int) -> str:
    """The last phrase in s.toks[:upto] opened by ``head`` in construct ("وزارة الدفاع الأميركية")."""
    toks = s.toks
    for k in range(min(upto, len(toks)) - 1, -1, -1):
        t = toks[k]
        if t == head or (t[1:] == head and t[0] in "وبل") or (t[2:] == head and t[:2] in ("وب", "ول", "فب")):
            end = _np_end(lex, s, k, min(upto, len(toks), k + 8))
            if end - k >= 2 and _is_word(toks[k + 1]):
                return _strip_clitic(_clean(s.orig_tokens(k, end)), t)
    return ""


def _resolve_anaphor(lex: _Lexicons, src: _Source, s: _Sent, cue_tok: int, history: Sequence[_Sent],
                     sources: Sequence[_Source]) -> _Source:
    """A source named by an anaphor gets the name it refers to; its ``text`` stays as written.

    "الوزارة" -> the last ministry named ("وزارة الدفاع الأميركية"), "الوزير الأمريكي" -> the last
    person cited with those role words ("وزير الخارجية الأمريكي جون كيري"), "المسح" -> the survey
    cited before (and its category: an unnamed survey stays anonymous), "المصدر" -> the unnamed
    source cited before ("مصدر عسكري": its phrase becomes the name, so the sources table counts it
    once), "المسؤول الكردي" -> the named official just cited, "البيانات" -> the body that just
    announced figures. "نفس الدراسة" and "المسؤول ذاته" are read as "الدراسة" and "المسؤول".
    """
    words = _n(src.name or src.text).split()
    if not words or src.category not in ("named_source", "anonymous_source"):
        return src
    if (len(words) == 2 and words[0] in _DETERMINERS) or (1 < len(words) <= 4 and words[-1] in _ANAPHOR_MARKS):
        # "نفس الدراسة"، "المسؤول الحكومي ذاته"
        words = [w for w in words if w not in _DETERMINERS and w not in _ANAPHOR_MARKS]
    # ("المحلل السياسي والاقتصادي": و on a later adjective)
    bare = [words[0]] + [w[1:] if w.startswith("وال") else w for w in words[1:]]
    if src.category == "anonymous_source" and 1 < len(bare) <= 4 and all(w.startswith("ال") for w in bare) \
            and not words[0].endswith(("ون", "ين", "ات", "اء")):
        # "وأضاف المسؤول الكردي": the named person cited before with those words ("المسؤول الكردي فلاح مصطفى")
        def stem(w: str) -> str:
            w = _strip_al(w)
            return w[:-1] if w.endswith("يه") else w     # "الروسية" and "الروسي" name the same state
        need = {stem(w) for w in bare}
        head = stem(bare[0])
        generic = head in _GENERIC_OFFICIALS or (_lookup(lex.heads, [head], 0) or (None,))[0] == "anonymous"
        for back, prev in enumerate(reversed(sources)):
            have = {stem(w) for w in re.findall(r"\w+", _n(prev.text))}
            if prev.kind == "person" and prev.category == "named_source" and prev.name and (
                    need <= have or (back < 2 and head in have)
                    or (generic and len(need) > 1 and need - {head} <= have)):
                # (the head alone when the person was cited just before: "مسؤول العلاقات الخارجية
                # في حكومة الإقليم فلاح مصطفى" ... "المسؤول الكردي"; "المسؤول الإيراني" after "مساعد
                # وزير الخارجية الإيراني فلان")
                return replace(src, name=prev.name, kind="person", category="named_source")
    if src.category == "named_source" and src.kind == "person" and 1 < len(bare) <= 3 \
            and all(w.startswith("ال") for w in bare) and _lookup(lex.roles, bare, 0):
        # "قال متحدث عسكري إسرائيلي ..." ... "وقال المتحدث العسكري": the unnamed spokesman cited before
        need = {_strip_al(w) for w in bare}
        for prev in reversed(sources):
            if not need <= _phrase_words(prev):
                continue
            if prev.category == "named_source" and prev.kind == "person" and prev.name:
                break       # (a named person with those words comes first: he is meant)
            if prev.category == "anonymous_source" and prev.kind == "anonymous" and prev.text:
                return replace(src, category="anonymous_source", kind="anonymous", name="")
    first_definite = next((k for k, w in enumerate(bare) if w.startswith("ال")), len(bare))
    if (src.category == "anonymous_source" and 2 <= len(bare) <= 4 and 0 < first_definite < len(bare)
            and _lookup(lex.roles, bare, 0) and all(w.startswith("ال") for w in bare[first_definite:])):
        # "أجاب عضو الكونغرس:"، "وقال مساعد وزير الخارجية:" (definite by its genitive): the person
        # cited before with all those words ("عضو الكونغرس الجمهوري توم روني")
        need = {_strip_al(w) for w in bare}
        for prev in reversed(sources):
            if prev.kind == "person" and prev.category == "named_source" and prev.name \
                    and need <= _phrase_words(prev):
                return replace(src, name=prev.name, kind="person", category="named_source")
    if (src.category == "anonymous_source" and bare and bare[0].startswith("ال") and _strip_al(bare[0]) in _GENERIC_OFFICIALS
            and (all(w.startswith("ال") for w in bare) or (len(bare) == 3 and bare[1] in ("في", "ب")))
            and sources and sources[-1].kind == "person"
            and sources[-1].category == "named_source" and sources[-1].name
            and _agrees("f" if bare[0].endswith("ه") else "m", sources[-1].agreement)):
        # "قال وزير التجهيز فلان ... . وأوضح المسؤول (الحكومي) أن"، "قالت فلانة من منظمة يونيسيف ...
        # وأشارت المسؤولة الأممية": the official just named (the role may have come with the full
        # name: "ليزا داوتون، المديرة في ..." ... "داوتون" ... "المسؤولة الأممية")
        last = set(_n(sources[-1].name).split())
        official = next((p for p in reversed(sources) if (p.role or p.affiliation) and p.kind == "person"
                         and p.name and last <= set(_n(p.name).split())), None)
        if official is not None:
            return replace(src, name=official.name, kind="person", category="named_source")
    if src.category == "anonymous_source" and len(words) == 1 and words[0].startswith("ال"):
        # "وأضاف المصدر"، "المسؤول ذاته": the source phrase the article gave before ("مصدر عسكري").
        head = _strip_al(words[0])
        for prev in reversed(sources):
            pw = _n(prev.text).split()
            if len(pw) > 1 and pw[0] == head and pw[1] not in _ANAPHOR_MARKS:
                return replace(src, name=prev.name or prev.text, kind=prev.kind or src.kind,
                               category=prev.category)
        if head == "مصدر" and sources and sources[-1].category == "named_source" and not any(
                t in ("مصدر", "المصدر") for h in history for t in h.toks):
            # "أفادت المديرية العامة للأمن ... . وأشار المصدر إلى": "the source" is the body just cited
            return replace(src, name=sources[-1].name or sources[-1].text, kind=sources[-1].kind or src.kind,
                           category="named_source")
    if len(words) == 1 and words[0].startswith("ال"):
        head = _strip_al(words[0])
        kind = (_lookup(lex.heads, [head], 0) or (None,))[0]
        if kind not in ("official_body", "organisation", "media", "document"):
            return _role_anaphor(lex, src, words, sources, history)     # "وأوضح الملك أن"، "الأمير"
        for prev in reversed(sources):
            pw = _n(prev.text).split()
            if pw == words and kind == "document" and prev.name and prev.category == "named_source":
                return replace(src, name=prev.name, kind=prev.kind, category=prev.category)  # resolved before
            if pw and pw[0] == head and len(pw) > 1:
                # an earlier source phrase opened by the same head noun
                if kind == "document" and prev.category == "anonymous_source":
                    return replace(src, category="anonymous_source", kind=prev.kind or "document", name=prev.text)
                return replace(src, name=prev.name or prev.text, kind=prev.kind or src.kind,
                               category=prev.category)
        if kind == "document":
            # "أعلن مكتب الإحصاء ... . وأشارت البيانات"، "وكشفت الشركة في بيانها ... حسب البيان": the
            # document of the body cited last
            owner = sources[-1] if sources else None
            if owner is not None and src.category == "anonymous_source" and owner.category == "named_source" \
                    and owner.kind in ("official_body", "organisation", "document"):
                return replace(src, name=owner.name or owner.text, category="named_source")
            # (a named document: the body whose sentence just issued one, "في بيانها"، "أصدرت تقريرا")
            recent = [s.toks[:cue_tok]] + [h.toks for h in list(history)[-3:]]
            for prev in reversed(sources[-4:]):
                said = set(_n(prev.text).split()) - {"في", "من"}
                if prev.category == "named_source" and prev.kind in ("official_body", "organisation") and said \
                        and any(said <= set(toks) and any(head in t for t in toks) for toks in recent):
                    return replace(src, name=prev.name or prev.text)
            return src
        for sent, upto in [(s, cue_tok)] + [(h, len(h.toks)) for h in reversed(history)]:
            name = _mention(lex, sent, head, upto)
            if name:
                return replace(src, name=name)
        if head == "شركه" and sources and sources[-1].kind in ("organisation", "media") \
                and sources[-1].category == "named_source" and sources[-1].name:
            # "ونشرت شبكة فيسبوك بيانا ... . وكشفت الشركة": the company cited last, whatever it was called
            return replace(src, name=sources[-1].name)
        return src
    return _role_anaphor(lex, src, words, sources, history)


def _strip_li(word: str) -> str:
    """A word without ال and a ل or لل on it ("للمعهد"، "لمعهد" -> "معهد")."""
    if word.startswith("لل") and len(word) > 4:
        return word[2:]
    return word[1:] if word.startswith("ل") and len(word) > 4 else word


def _phrase_words(src: _Source) -> set[str]:
    """The words of a source phrase without ال or punctuation (a comma may set the name off:
    "المرشد الأعلى الإيراني، مجتبى خامنئي")."""
    return {_strip_al(w) for w in re.findall(r"\w+", _n(src.text))}


def _role_anaphor(lex: _Lexicons, src: _Source, words: list[str], sources: Sequence[_Source],
                  history: Sequence[_Sent]) -> _Source:
    """A role or title with no name ("الوزير الأمريكي"، "الملك"): the last person cited before whose
    phrase has the same role words, else the person the story named with them ("توجت الفنانة آمال
    ماهر ..." ... "وقالت الفنانة"), else ``src``."""
    role = _lookup(lex.roles, words, 0)
    if src.kind != "person" or src.category != "named_source" or not role \
            or any(_starts_name(lex, w) for w in words[role[1]:]):     # (not باسم of "المتحدث باسم")
        return src
    need = {_strip_al(w) for w in words}
    # ("المدير التنفيذي للمعهد" after "المدير التنفيذي لمعهد الموسيقى": ل and لل on a word change nothing)
    need_bare = {_strip_li(w) for w in need}
    for prev in reversed(sources):
        if prev.kind != "person" or not prev.name or _n(prev.name) == _n(src.name or src.text):
            continue
        if need_bare <= {_strip_li(w) for w in _phrase_words(prev)} \
                and not {_strip_al(w) for w in _n(prev.name).split()} <= need:
            return replace(src, name=prev.name)
    head = _strip_al(words[0])
    for h in reversed(history):
        toks = h.toks
        for k in range(len(toks) - 1, -1, -1):
            if head not in _al_variants(toks[k]):
                continue        # (also "للمدرب آرسين فينغر")
            m = _next_name_start(lex, toks, k + 1, min(len(toks), k + len(words) + 3))
            if m is None:
                # "وزير الخارجية التركي مولود تشاوش أوغلو": unknown words right after all the role words
                m = next((e for e in range(k + 1, min(len(toks), k + len(words) + 3))
                          if need <= {_strip_al(w) for w in toks[k + 1:e]} | {head}), None)
                if m is not None and _plain_name_end(lex, toks, m) - m >= 2:
                    return replace(src, name=_clean(h.orig_tokens(m, _plain_name_end(lex, toks, m))))
                continue
            if not need <= {_strip_al(w) for w in toks[k + 1:m]} | {head}:
                continue        # (all the role words, next to the name: "مدير هيئة السياحة سامر الجهني")
            stop = _name_run(lex, toks, m, len(toks))
            if stop > m:
                return replace(src, name=_clean(h.orig_tokens(m, stop)))
    return src


def _plain_name_end(lex: _Lexicons, toks: Sequence[str], m: int) -> int:
    """End of two or three words from m that can only be a name right after a role: no article, no
    function word, role or head, no و/ب/ل in front, the last one no common word; else m."""
    e = m
    while e < len(toks) and e < m + 3 and _is_word(toks[e]) and not toks[e].startswith("ال") \
            and toks[e][0] not in "وبل" and toks[e] not in _NOT_NAME_WORDS \
            and not _lookup(lex.roles, toks, e) and not _lookup(lex.heads, toks, e):
        e += 1
    while e > m and _is_common_word(lex, toks[e - 1]):
        e -= 1
    return e if e - m >= 2 else m


def _withheld(toks: Sequence[str]) -> bool:
    """The phrase says the source's name is withheld ("طلب عدم ذكر اسمه"، "رفض الكشف عن هويته") or
    made up ("أم حسين (اسم مستعار)")."""
    return (any(t in _WITHHELD_NAME for t in toks) and any(t in _WITHHOLDING for t in toks)) or any(
        t in ("مستعار", "مستعارا") for t in toks)


def _recognisable(src: _Source) -> bool:
    return src.recognised and src.text != ""


def _known(src: _Source | None, known: frozenset[str]) -> _Source | None:
    """An unrecognised phrase that names a person already cited in the article ("وتوقع القحطاني")."""
    if src is None or not src.text or not known:
        return src
    words = src.text.split()
    norm = _n(src.text).split()
    if src.category == "anonymous_source" and len(norm) == 1 and norm[0] in known:
        # "لكن فالون صرّح": a surname cited before that looks like a plural in -ون
        return _named_person(src.text)
    if src.recognised:
        # "ووصف البلوي رحيل المدرب": a person already cited opens the phrase; a first name further
        # on ("رحيل") is the object, not the source.
        if not (src.kind == "person" and src.name and norm and norm[0] in known
                and not _n(src.text).startswith(_n(src.name)) and len(words) == len(norm)):
            return src
        src.name = src.text = words[0]
        return src
    for n in (len(norm), 3, 2, 1):
        if 0 < n <= len(norm) and len(words) == len(norm) and " ".join(norm[:n]) in known:
            # "واعتبر الشامي الأسر المنتجة ركيزة": the name, then the object
            src.recognised, src.kind, src.category = True, "person", "named_source"
            src.name = src.text = " ".join(words[:n])
            return src
    return src


class _VerbAfter:
    """A cue match narrowed to its verb ("كما قال إن" read as قال after "also")."""

    def __init__(self, m: re.Match, start: int):
        self._m, self._start = m, start

    def start(self, group: str | int = 0) -> int:
        return self._start

    def end(self, group: str | int = 0) -> int:
        return self._m.end(group)

    def group(self, name: str | int = 0) -> str:
        return "" if name == "pre" else self._m.string[self._start:self._m.end()]


def _analyse(lex: _Lexicons, text: str, known: frozenset[str] = frozenset(), *, headline: bool = False
             ) -> tuple[list[_Att], list[str], str, _Sent]:
    """Attributions, hedges (as written) and disclaimer (as written) of one sentence.

    ``known``: normalised names (and surnames) of the people the article cited before. ``headline``:
    the sentence is a title or a subheading (cues that require "headline" count).
    """
    dateline = _DATELINE.match(text) or _DATELINE_AGENCY.match(text)
    if dateline and not lex.cue_re.search(_n(dateline.group())):     # (not "قال - في تصريح له:")
        # "علي حفول- سبق- نجران: أكد ..."، "باماكو - رويترز: ...": the byline and dateline are
        # not the subject; blanked so that offsets stay those of the sentence as written.
        text = " " * dateline.end() + text[dateline.end():]
    s = _Sent(text)
    norm = s.norm
    toks = s.toks
    atts: list[_Att] = []
    matches = []
    for m in lex.cue_re.finditer(norm):
        key = " ".join(m.group("cue").split())
        cands = lex.cues.get(key)
        if cands is None:
            continue
        chosen = None
        for cue in cands:
            if cue.position in ("start", "framing"):
                before = norm[:m.start()]
                at_start = re.fullmatch(r"[\W\d_]*(?:(?:[وف])?كما\s+|و?لكن\s+)?", before)
                if not at_start and (cue.position == "framing" or not re.search(r"[،,؛;:]\s*$", before)):
                    continue
                if cue.position == "framing" and not _framing_link_follows(lex, norm, m.end()):
                    continue
            if cue.position == "main" and _AFTER_RELATIVE.search(norm, 0, m.start()):
                continue    # "التقى ترامب الذي تعهد بتقديم الدعم": a pledge in a relative clause tells about him
            if cue.strict_maksura:
                o = s.orig(m.start("cue"), m.end("cue"))
                if not o.rstrip("\u064b-\u0652").endswith("ى"):
                    continue
            if cue.strict_ya and not s.orig(m.start("cue"), m.end("cue")).rstrip("\u064b-\u0652").endswith("ي"):
                continue
            if cue.lemma == "بين":
                k0 = s.token_of(m.start("cue"))
                c0 = _clause_start(s.toks, k0)
                before = [t for t in s.toks[:k0] if t not in _COMMAS]
                lead = before[-2:]
                opener = (len(lead) == 2 and lead[0] in ("من", "ومن") and lead[1] in _OPENING_ADVERBS
                          and len(before) == 2) \
                    or (len(before) == 1 and before[0] in ("بدوره", "بدورها", "وبدوره", "وبدورها"))
                if not opener and (c0 < k0 or not m.group("pre") and m.start() > 0):
                    continue    # "بين" inside a clause is "between" (but "من جانبه بين المهندس فلان أن")
            if cue.lemma.startswith("أ") and s.orig(m.start("cue"), m.end("cue")).startswith("إ"):
                continue    # "إبان" (during) is not "أبان" (stated)
            if cue.requires == "headline" and not headline:
                continue
            if cue.strict_marks:
                written = s.orig(m.start("cue"), m.end("cue"))
                if not all(mark in written for mark in cue.strict_marks):
                    continue
            if cue.form == "fixed" and key.startswith("كما ") and re.fullmatch(r"[\W\d_]*", norm[:m.start()]) \
                    and re.match(r"\s*(?:ان|انه|انها|بان|:)(?!\w)", norm[m.end():]):
                # "كما قال إن ...": "he also said", the verb of the last source (not "as X said")
                verb = next(iter(lex.cues.get(key.split()[1], ())), None)
                if verb is not None:
                    matches.append((_VerbAfter(m, m.start("cue") + len("كما ")), verb))
                    break
            chosen = cue
            break
        if chosen is not None:
            matches.append((m, chosen))
    has_verb = any(c.form in ("perfect", "imperfect") or (c.form == "fixed" and c.cls not in ("according_to", "recipient"))
                   for _, c in matches)
    skip_until = -1
    for idx, (m, cue) in enumerate(matches):
        c_start, c_end = m.start("cue"), m.end("cue")
        if c_start < skip_until:
            continue
        cue_text = s.orig(c_start, c_end)
        if cue.cls == "media_relay" and cue.form == "perfect" and (
                cue_text[1:2] == "\u064f" or (cue_text[:1] in "وف" and cue_text[2:3] == "\u064f")):
            continue    # "وقد نُشرت حالته في المجلة الطبية": a passive, no outlet relays anything
        if cue.form in ("perfect", "imperfect") and s.token_of(c_start) > 0 \
                and toks[s.token_of(c_start) - 1] in ("عدم", "بعدم", "لعدم"):
            continue    # "طلب عدم ذكر اسمه": a verbal noun, nothing is reported
        if cue.form in ("perfect", "imperfect") and s.token_of(c_start) + 1 < len(toks) \
                and toks[s.token_of(c_start) + 1] in ("قائل", "قائلون"):
            continue    # "قد يقول قائل إن": a voice the writer imagines, no source
        if (cue.form in ("perfect", "imperfect", "participle")
                and sum(norm.count(q, 0, c_start) for q in _QUOTES) % 2 == 1
                and (atts or (norm.lstrip()[:1] in _OPENING_QUOTES and _speaker_after_quote(lex, norm, c_end)))):
            continue    # inside the quotation of an earlier attribution: "وأضاف: «... توقع أسلوبنا»"
            #             (or of a quotation opening the sentence: '"أريد أن أكمل دراستي"، تقول زينب')
        if (cue.form in ("perfect", "imperfect", "participle") and atts and ":" in norm[atts[-1].cue_end:c_start]
                and atts[-1].category in ("named_source", "anonymous_source")):
            continue    # after "وقال السكان: ..." the rest of the sentence is what they said
        after_tok = s.token_at(c_end)
        comma_colon = -1
        if after_tok > 0 and s.starts[after_tok - 1] < c_end < s.ends[after_tok - 1]:
            after_tok -= 1      # "وفقاً للبيانات": the source starts inside the token.
        if _n(cue.lemma) in ("اتهم", "يتهم") and 0 < s.token_of(c_start) and toks[s.token_of(c_start) - 1] in _RELATIVES \
                and after_tok < len(toks) and toks[after_tok][:1] == "ب" and len(toks[after_tok]) > 3:
            continue    # "الوزراء الذين اتهموا بالفساد": the accused, in the passive; no one speaks
        if cue.form == "impersonal":
            cue_tok0 = s.token_of(c_start)
            if any(t in _NEGATIONS or t in ("دون", "بدون", "عدم") for t in toks[max(0, cue_tok0 - 3):cue_tok0]):
                continue    # "دون أن ترد أنباء عن خسائر": no report is cited
            src = _Source(kind="outlet" if cue.category == "editorial" else "reports",
                          category=cue.category)
            k = after_tok
            while k < len(toks) and toks[k] in _IMPERSONAL_SKIP:
                k += 1
            atts.append(_Att(cue.category, cue_text, cue.cls, c_start, c_end, src,
                             content=_content(s, k), framing=cue.position == "framing"))
            continue
        if cue.form == "clause" and after_tok < len(toks) and toks[after_tok] in ("ورد", "افيد", "نقل", "ذكر") \
                and (after_tok + 1 >= len(toks) or not _is_word(toks[after_tok + 1])
                     or toks[after_tok + 1] in _COMPLEMENTIZERS or toks[after_tok + 1] in _KANA):
            # "وبحسب ما ورد، كان الموظفون ..."، "حسبما أُفيد": as reported, with no source at all
            src = _Source(kind="reports", category="unverified_report")
            v_end = s.ends[after_tok]
            atts.append(_Att("unverified_report", s.orig(c_start, v_end), "impersonal", c_start, v_end, src,
                             content=_content(s, after_tok + 1)))
            skip_until = v_end
            continue
        if cue.form == "clause":
            # "حسبما أفاد المرصد": the verb that follows carries the source; content is before.
            nxt = matches[idx + 1] if idx + 1 < len(matches) else None
            if (nxt is None or s.token_at(nxt[0].start()) > after_tok + 1
                    or nxt[1].form not in ("perfect", "imperfect", "fixed")
                    or nxt[1].cls in ("according_to", "recipient")):
                cue2 = _object_pronoun_cue(lex, toks[after_tok]) if after_tok < len(toks) else None
                if cue2 is None and after_tok < len(toks) and toks[after_tok] in ("علمته", "علمه", "علمتها"):
                    cue2 = next(iter(lex.cues.get("علمت", ())), None)    # "وحسب ما علمته «الخبر» من مصادر"
                if cue2 is None:
                    continue
                v_end = s.ends[after_tok]    # "وحسب ما أعلنه فريقه"، "وفق ما أكدته الوزارة"
            else:
                m2, cue2 = nxt
                v_end = m2.end("cue")
            i = s.token_at(v_end)
            if i + 1 < len(toks) and toks[i] in _RESUMPTIVE and _is_word(toks[i + 1]):
                i += 1          # "وفق ما صرح به المتحدث"، "بحسب ما أفادت به مصادر": the pronoun is what was said
            end, content_start, direct, _ = _scan_source(lex, s, i, cue2.governs)
            src = _parse_source(lex, s, i, end)
            k = i
            while k < min(len(toks), i + 2) and toks[k] in _DAY_WORDS:
                k += 1
            if k > i and not _recognisable(src):
                # "بحسب ما نشرته الاثنين صحيفة ...": the day, then who published
                end2, content2, direct2, _ = _scan_source(lex, s, k, cue2.governs)
                src2 = _parse_source(lex, s, k, end2)
                if _recognisable(src2):
                    src, end, content_start, direct = src2, end2, content2, direct2
            via = ""
            if (cue2.cls == "media_relay" or cue2.lemma == "علمت") and _recognisable(src) \
                    and 0 < content_start < len(toks) \
                    and toks[content_start - 1] == ("من" if cue2.lemma == "علمت" else "عن"):
                # "وبحسب ما نقلت مواقع أردنية عن شهود عيان": the claim rests on whom they relay
                # ("حسب ما علمته «الشروق» من مصادر مقربة": on the sources the outlet learned from)
                r_end, r_content, r_direct, _ = _scan_source(lex, s, content_start, "")
                relayed = _parse_source(lex, s, content_start, r_end)
                if _recognisable(relayed):
                    via, src, content_start, direct = src.name or src.text, relayed, r_content, r_direct
            text_cue = s.orig(c_start, v_end)
            skip_until = v_end
            before_tok = s.token_at(m.start())
            content = (_content(s, 0, m.start()) if sum(_is_word(t) for t in toks[:before_tok]) >= 3
                       else _content(s, content_start))
            att = _Att(src.category, text_cue, "according_to", c_start, v_end, src, content=content,
                       direct_quote=direct, via=via)
            if not src.text:
                att.needs_source = True
                att.source = None
            atts.append(att)
            continue
        if cue.cls in ("according_to", "recipient"):
            if cue.cls == "recipient" and has_verb:
                continue
            i = after_tok
            if i + 1 < len(toks) and toks[i] in ("اخر", "لاخر", "احدث", "لاحدث"):
                i += 1          # "ووفقاً لآخر تقديرات الصندوق": the latest figures of a source
            elif i + 2 < len(toks) and toks[i] in ("العديد", "للعديد") and toks[i + 1] == "من":
                i += 2          # "وفقاً للعديد من المصادر التاريخية": the sources themselves
            elif i + 3 < len(toks) and toks[i].isdigit() and toks[i + 1] in ("٪", "%") and toks[i + 2] == "من":
                i += 3          # "بحسب 31٪ من المجيبين": a share of a group is that group
            elif i + 2 < len(toks) and toks[i] in _WORDS_OF and _is_word(toks[i + 1]):
                i += 1          # "حسب قول نتانياهو": in the words of the one named after
            if cue.cls == "according_to" and i < len(toks) and (toks[i] in _HIS_WORDS or toks[i] == ":" or (
                    toks[i] in _QUOTES and cue.form == "fixed" and _n(cue.lemma).endswith(("قال", "يقول"))) or (
                    # "كما قال في تدوينة إن": the occasion, then what he said; the speaker is the one cited before
                    toks[i] == "في" and i + 1 < len(toks) and _strip_al(toks[i + 1]) in _ADJUNCT_NOUNS
                    and _n(cue.lemma).endswith(("قال", "يقول"))) or (
                    # "ووفقا له، فإن"، "وبحسبه، فإن": according to him, the source just cited
                    (i + 1 < len(toks) and toks[i + 1] in _COMMAS and toks[i] in ("له", "لها", "لهم", "لهما"))
                    or (_according_to_him(cue) and not _is_word(toks[i])))):
                # "وبحسب قوله"، "على حد تعبيره"، "كما قال: ..."، "إلا أنه كما قال «...»": the source just cited
                atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None,
                                 content=_content(s, i + 1), needs_source=True))
                skip_until = s.ends[i]
                continue
            if _according_to_him(cue):
                continue    # "بحسبه" before a word is some other word ("الحكم الصادر بحسبهم لفترات")
            end = scan_end = i
            while end < len(toks) and end < i + MAX_SOURCE_TOKENS and toks[end] not in _COMMAS \
                    and toks[end] not in _HARD_STOP and toks[end] not in _COMPLEMENTIZERS and toks[end] != ":":
                close = _quote_end(toks, end, min(len(toks), end + (8 if end > i else 6))) \
                    if toks[end] in _QUOTES else -1
                # ('حسب قناة "سي إن إن"'، 'وبحسب "إن بي سي"': إن in a name)
                end = close + 1 if close > end else end + 1
            if (end + 1 < len(toks) and toks[end] in _COMMAS and end - i <= 4
                    and (toks[end + 1] in ("وهو", "وهي") or (_lookup(lex.roles, toks, end + 1) or (None,))[0]
                         in ("role", "staff", "title"))):
                end += 2            # "حسب جون سميث، مدير المعهد": the role after the name
            else:
                scan_end, end = end, _np_end(lex, s, i, end)
                if end + 1 < scan_end and toks[end] in ("من", "عن") and (_lookup(lex.heads, toks, i) or (None,))[0] in (
                        "reports", "document"):
                    end = _np_end(lex, s, end + 1, scan_end)    # "بحسب تقارير من نادي الهلال"
            # "وفق أسس الإدارة"، "طبقاً لتعليمات الوزارة": conformity with rules, not a source.
            src = _known(_parse_source(lex, s, i, end, descriptor=_n(cue.lemma) not in _CONFORMITY_CUES), known)
            taken = s.orig(s.starts[i], c_end) if i < len(toks) and s.starts[i] < c_end else ""
            if taken and src.role.startswith(taken):
                # "وفقاً لمراسل الجزيرة"، "طبقاً للباحثة": the ل belongs to the cue, not to the role
                role = _strip_clitic(src.role, toks[i])
                src = replace(src, role=role, name=role + src.name[len(src.role):]
                              if src.name.startswith(src.role) else src.name)
            if src.kind == "person" and src.role and src.name.startswith(src.role) and end + 2 < len(toks) \
                    and toks[end] in _COMMAS:
                # "...، بحسب المتحدث باسم القوات المسلحة، العميد أبو الفضل شكارجي.": the name after the role
                titled = (_lookup(lex.roles, toks, end + 1) or (None,))[0] == "title"
                n0 = end + 1 + titled
                n1 = next((m for m in range(n0, len(toks)) if not _is_word(toks[m])), len(toks))
                if n0 < n1 <= n0 + 4 and (titled or _starts_name(lex, toks[n0])) and not any(
                        t in _RELATIVES or t in _CONNECTORS or t in _PLACE_PREPS for t in toks[n0:n1]):
                    src = replace(src, name=_clean(s.orig_tokens(n0, n1)), text=_clean(s.orig_tokens(i, n1)))
                    end = n1
            short = _short_name_after(lex, toks, end) if src.kind in ("organisation", "official_body", "media") or (
                _lookup(lex.heads, toks, i) or (None,))[0] in ("organisation", "official_body", "media") else None
            if short is not None:
                # "وفقاً لمنظمة الأمم المتحدة للطفولة، اليونيسيف،": the body's short name set off after it
                src = replace(src, text=f"{src.text}، {_clean(s.orig_tokens(end + 1, short))}")
                end = short
            if src.not_source and i + 1 < end and (_lookup(lex.heads, toks, i + 1) or (None,))[0] == "document":
                src = _parse_source(lex, s, i + 1, end)     # "وفقاً لنتائج مسح أجرته رويترز": the survey
            if _CAME_IN.fullmatch(_n(cue.lemma)) and src.kind not in ("document", "media", ""):
                continue    # "وجاء في المركز الثاني": came second, not "it says in"
            if not _recognisable(src) and cue.cls == "according_to" and _n(cue.lemma) not in _CONFORMITY_CUES:
                lead = _leading_name(lex, s, i, max(end, scan_end))      # "حسب إيمانويل تود، ..."
                if lead is not None:
                    src, end = lead, max(end, scan_end)
            if not _recognisable(src) and cue.cls == "according_to" and 0 < end - i <= 3 \
                    and " ".join(toks[i:end]) in known:
                src = _named_person(_clean(s.orig_tokens(i, end)))     # "...، وفق براك." (محمد براك before)
            if not _recognisable(src) and cue.cls == "according_to":
                owned = _owned_document(lex, s, i)     # "وبحسب الضوابط التي أعلنتها الوزارة"
                if owned is not None:
                    src, end = owned
            if not _recognisable(src) and cue.cls == "according_to":
                # (also after وفقاً لـ, which mostly cites a rule: the words must be no ordinary words)
                name_start = s.starts[i] if i < len(toks) else c_end
                if taken and i < len(toks) and len(toks[i]) > len(_n(taken)) + 2 and end < scan_end <= i + 2:
                    end = scan_end      # ("وفقا لغادة جبّور،": both words of the name)
                words = [t for t in toks[i:end] if _is_word(t)]
                stop = toks[end] if end < len(toks) else "."
                if taken and words and words[0] == toks[i] and len(toks[i]) > len(_n(taken)) + 2:
                    words[0] = toks[i][len(_n(taken)):]     # "...، وفقا لجبّور.": the ل is the cue's
                    name_start = c_end
                if 1 <= len(words) <= 2 and (stop in _COMMAS or stop in _HARD_STOP or stop == ".") and all(
                        not t.startswith(_DEFINITE) and t[:1] not in "لب" and not _is_common_word(lex, t)
                        # (not "حسب تصنيفه"; but a first name in ة: "غادة")
                        and (not t.endswith(("ه", "ها", "هم", "هما", "كم", "ك", "نا")) or t in lex.first_names)
                        and not _lookup(lex.heads, [t], 0) and not _lookup(lex.roles, [t], 0) and t not in _places()
                        for t in words):
                    src = _named_person(_clean(s.orig(name_start, s.ends[end - 1])))     # "..., بحسب غوتيريس."
            if (not _recognisable(src) and cue.cls == "according_to" and _n(cue.lemma) not in _CONFORMITY_CUES
                    and src.text and not src.not_source and src.category != "anonymous_source"
                    and s.token_of(c_start) > 0 and toks[s.token_of(c_start) - 1] in _COMMAS
                    and all(not _is_word(t) for t in toks[end:])
                    and (1 if _n(cue.lemma) == "بحسب" else 2) <= sum(_is_word(t) for t in toks[i:end])
                    <= MAX_TAIL_SOURCE_WORDS):
                # "...، بحسب الرواية الأميركية."، "...، بحسب الإنجيل.": set off at the end of the sentence, what
                # follows "according to" is the source, known or not (but a single word after the bare حسب
                # is mostly a measure: "حسب الاختصاص")
                definite = toks[i].startswith("ال") and not _lookup(lex.roles, toks, i)
                src = replace(src, recognised=True, category="named_source", name=src.name or src.text,
                              kind="document" if definite and src.kind in ("person", "") else src.kind or "organisation")
            rel = next((r for r in range(i + 1, min(len(toks), i + 4)) if toks[r] in _RELATIVES), None) \
                if not _recognisable(src) else None
            if (rel is not None and cue.cls == "according_to" and _n(cue.lemma) not in _CONFORMITY_CUES and all(
                        _is_word(t) and not t.startswith("ال") and t[:1] not in "لب" and not _is_common_word(lex, t)
                        and not _lookup(lex.heads, [t], 0) and t not in _places() for t in toks[i:rel])):
                # "وحسب مسيح علي نجاد التي تعيش في المنفى": a name the lists do not know, then who she is
                src = _named_person(_clean(s.orig_tokens(i, rel)))
            held = _n(src.name).split() if src.kind == "person" else ()
            if len(held) >= 2 and _strip_al(held[0]) in _ADJUNCT_NOUNS \
                    and held[1][:1] == "ل" and _starts_name(lex, held[1][1:]):
                # "جاء ذلك في حوار لمارتن غريفيث": the one who gave the interview, not the interview
                src = replace(src, name=src.name.split(maxsplit=1)[1][1:])
            if not _recognisable(src) or (cue.cls == "recipient" and src.kind == "media"):
                continue
            before_tok = s.token_at(m.start())
            if sum(_is_word(t) for t in toks[_clause_start(toks, before_tok):before_tok]) >= 3 or (
                    sum(_is_word(t) for t in toks[:before_tok]) >= 3 and end >= len(toks) - 2):
                content = _content(s, 0, m.start())
            else:
                k = end
                while k < len(toks) and not _is_word(toks[k]):
                    k += 1
                content = _content(s, k)
            atts.append(_Att(src.category, cue_text, cue.cls, c_start, c_end, src, content=content))
            skip_until = s.ends[end - 1] if end > i else c_end
            continue
        if cue.form == "participle":
            if any(not a.participle and a.category in ("named_source", "anonymous_source") for a in atts):
                continue
            p0 = s.token_of(c_start)
            if p0 > 0 and toks[p0 - 1] in ("نحو", "الي", "مع", "علي", "عن", "من", "في", "لدي", "عند", "امام", "بين"):
                continue    # "التفت نحو مضيفه": after a preposition, a noun ("his host"), not "adding"
            ahead = toks[after_tok:after_tok + 10]
            closing = next((t for t in ahead if t in _COMPLEMENTIZERS or t == ":" or t in _QUOTES
                            or t in _HARD_STOP or _gov(t, cue.governs)), None)
            if (closing is None or closing in _HARD_STOP) and _n(cue.lemma) != _n("قائلاً"):
                continue    # "خسائر غير متوقعة": an adjective, not a reporting participle (قائلاً is never one)
            if cue.requires == "complement" and not any(
                    t in _COMPLEMENTIZERS or t == ":" or t in _QUOTES for t in ahead):
                continue    # "دفع الحكومة إلى الإعلان عن خطة": an act announced, no words reported
            k = after_tok
            while k < len(toks) and (toks[k] in _PARTICIPLE_SKIP or toks[k] == ":"):
                k += 1
            atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None,
                             content=_content(s, k), needs_source=True, participle=True,
                             direct_quote=k < len(toks) and toks[k] in _QUOTES))
            continue
        # Verb cues. A cue that needs a complementiser, a governed preposition or a speech noun is
        # dropped at once when none follows (most occurrences of عبر، قدم، رد are no reports).
        # "وأضاف نصدر كل عام مئات التحسينات": a verb of "we" right after a speech verb opening the sentence
        # starts the words said (direct speech without a colon), with no subject between; so does the
        # occasion ("وأوضح في بيان، سقوط عشرات القتلى"، "وقال في معرض إجابته ...")
        opens = cue.form == "perfect" and after_tok < len(toks) \
            and _sentence_start(toks, s.token_of(c_start)) == s.token_of(c_start)
        no_subject_follows = opens and (
            (cue.cls == "speech" and _first_person_plural(lex, toks[after_tok])
             and not (after_tok + 2 < len(toks) and toks[after_tok + 2] in _COMMAS))    # (not "نجاة الفيتوري،")
            or (cue.cls in ("speech", "assertion") and after_tok + 1 < len(toks) and toks[after_tok] == "في"
                and _strip_al(toks[after_tok + 1]) in _ADJUNCT_NOUNS))
        if cue.requires in ("complement", "closed", "governs") and not no_subject_follows:
            window = toks[after_tok:after_tok + 2 * MAX_SOURCE_TOKENS]
            if cue.requires == "governs":
                possible = any(_gov(t, cue.governs) or (cue.governs == "عن" and t in _RELAYED_PRONOUNS)
                               or (cue.cls == "media_relay" and t in _COMPLEMENTIZERS) for t in window)
            else:
                possible = any(t in _COMPLEMENTIZERS or t == ":" or t in _QUOTES or t in _SPEECH_NOUNS
                               or t in _ADJUNCT_NOUNS or (cue.governs and _gov(t, cue.governs))
                               or (lex.heads.get(t) is not None) for t in window) \
                    or (_n(cue.lemma) in _COLON_CUES and bool(window) and window[0] in _COMMAS) \
                    or _after_quotation(toks, s.token_of(c_start)) \
                    or (cue.form == "imperfect" and _inserted(toks, s.token_of(c_start)))
            if not possible:
                continue
        i = after_tok
        if _n(cue.lemma) == "كتب" and i < len(toks) and toks[i] in ("عليها", "عليه", "عليهما"):
            continue        # "لافتات كتب عليها «...»": what a banner reads, no one's report
        if i + 1 < len(toks) and toks[i] in ("ذلك", "هذا", "هذه", "تلك") and (
                toks[i + 1] in _COMPLEMENTIZERS or (cue.governs and _gov(toks[i + 1], cue.governs))):
            continue        # "ويشير ذلك إلى أن"، "يؤكد هذا أن": the outlet's own inference, no one speaks
        if i + 3 < len(toks) and toks[i] in _COMMAS:
            # "وقالت، مارلين غلين، التي ...، إن": a comma before the name set off after the verb
            close = next((m for m in range(i + 3, min(len(toks), i + 6)) if toks[m] in _COMMAS), None)
            if close is not None and _appositive_name(lex, toks[i + 1:close]) and toks[i + 1] not in _PLACE_PREPS:
                i += 1
        # "ذكر" is also a noun; "سبق ذكره"، "المذكور" are excluded by the word boundary.
        while i < len(toks):
            if toks[i] in ("هذا", "هذه", "ذلك", "تلك") and i + 2 < len(toks) and toks[i + 1].startswith("ال") \
                    and not _lookup(lex.heads, toks, i + 1) and not _lookup(lex.roles, toks, i + 1):
                i += 2              # "ذكر هذه الحكاية مؤخراً كاتب السيناريو فلان": the object first
            elif toks[i] in ("بهذا", "بهذه") and i + 1 < len(toks) and toks[i + 1] in _MATTER_NOUNS:
                i += 2              # "وقالت بهذا الخصوص:": the matter, not the subject
            elif toks[i] == "في" and i + 2 < len(toks) and toks[i + 1] in ("هذا", "هذه") and toks[i + 2] in _MATTER_NOUNS:
                i += 3              # "وأضاف في هذا الصدد أن"
            elif toks[i] in _SUBJECT_SKIP or (len(toks[i]) >= 5 and toks[i].endswith("يا") and i + 1 < len(toks)
                                               and s.orig(s.starts[i], s.ends[i]).endswith(("اً", "ًا"))):
                i += 1          # (also an adverb in -ياً: "أعلنت رسمياً"، "أكد شخصياً")
            elif toks[i] in ("في", "من") and i + 1 < len(toks) and toks[i + 1] in _OPENING_ADVERBS and i == after_tok:
                i += 2              # "يقول في البداية المواطن فلان"
            elif (headline and i == after_tok and toks[i][:1] == "ل" and not toks[i].startswith("لل")
                  and len(toks[i]) > 3 and s.token_of(c_start) > 0 and _is_word(toks[s.token_of(c_start) - 1])
                  and 0 < (r_end := _recipient_end(toks, i)) < len(toks)):
                i = r_end           # "رئيس الوزراء الياباني يقول لبوتين إن": a title's speaker stands before
                #                     the verb; لـ after it is the one he told
            elif (toks[i] in ("بشكل", "بصوره") and i + 2 < len(toks) and not toks[i + 1].startswith("ال")
                  and _is_word(toks[i + 1])) or (toks[i] == "غير" and i + 1 < len(toks) and toks[i + 1] == "مره"):
                i += 2              # "نفت بشكل قاطع"، "أكد بصورة واضحة"، "أكد غير مرة": how it was said
            elif (toks[i] == "من" and i + 2 < len(toks) and toks[i + 1] in ("جهه", "ناحيه", "جانب")
                  and toks[i + 2] in ("اخري", "اخر", "ثانيه", "ثاني")):
                i += 3              # "وتحدث من جهة أخرى عن ..."
            elif toks[i] == "ل" and i + 1 < len(toks) and toks[i + 1] in _QUOTES:
                close = _quote_end(toks, i + 1, min(len(toks), i + 8))
                if close < 0:
                    break
                i = close + 1          # "أكد لـ«عكاظ» الرئيس العام ...": the outlet spoken to
            elif toks[i] == "ل" and i + 2 < len(toks) and toks[i + 1] == "(" and ")" in toks[i + 2:i + 6]:
                i = toks.index(")", i + 2) + 1      # "ويضيف لـ(المدى) أن"
            elif (i == after_tok and toks[i][:1] == "ل" and len(toks[i]) > 2
                  and (n_media := _media_name_len(lex, [toks[i][1:], *toks[i + 1:i + 3]], 0)) > 1):
                i += n_media            # "قال لفرانس برس إن": the agency spoken to, its name in two words
            elif toks[i] == "ل" and i + 1 < len(toks) and toks[i + 1][:1].isascii() and toks[i + 1][:1].isalpha():
                i += 2                 # "يقول لـTSA عربي"، "قال لـ BBC"
                while i < len(toks) and (toks[i][:1].isascii() and toks[i][:1].isalpha()
                                         or toks[i] in ("عربي", "عربيه", "نت")):
                    i += 1
            elif toks[i] == "ل" and (n_media := _media_name_len(lex, toks, i + 1)):
                i += 1 + n_media        # "وأضاف لـ الوطن:"، "فقال لـ السومرية نيوز، إن"
            elif (i == after_tok and toks[i][:1] == "ل" and not toks[i].startswith("لل")
                  and (_lookup(lex.heads, [toks[i][1:]], 0) or (None,))[0] == "media"
                  and i + 1 < len(toks) and toks[i + 1] in _QUOTES
                  and 0 < (close := _quote_end(toks, i + 1, min(len(toks), i + 8))) < len(toks) - 1):
                i = close + 1           # 'وقال لموقع "الحرة": ...': the site spoken to
                if i < len(toks) and toks[i] == "للانباء":
                    i += 1              # 'لوكالة "أسوشيتد برس" للأنباء': the rest of the agency's name
                while i + 1 < len(toks) and toks[i].startswith("ال") and toks[i].endswith(("ي", "يه")) \
                        and not _lookup(lex.heads, toks, i) and not _lookup(lex.roles, toks, i):
                    i += 1              # 'لموقع "بلومبيرغ" الإخباري': its adjectives
            elif (i == after_tok and toks[i][:1] == "ل" and not toks[i].startswith("لل")
                  and (_lookup(lex.heads, [toks[i][1:]], 0) or (None,))[0] == "media"
                  and 0 < (r_end := _recipient_end(toks, i)) < len(toks)):
                i = r_end               # "ويضيف لوكالة شفق نيوز أن": the agency spoken to; no subject
            elif (toks[i] in _QUOTES and i == after_tok and cue.lemma in _TELL_CUES
                  and (_lookup(lex.heads, toks, i + 1) or (None,))[0] in (None, "media")
                  and 0 < _quote_end(toks, i, min(len(toks), i + 6)) < len(toks) - 1
                  and _is_word(toks[_quote_end(toks, i, len(toks)) + 1])
                  and toks[_quote_end(toks, i, len(toks)) + 1] not in _COMPLEMENTIZERS):
                i = _quote_end(toks, i, len(toks)) + 1      # "أبلغ «الاقتصادية» فلان": the outlet told
            elif toks[i] in _COMMAS:
                if i == after_tok and _n(cue.lemma) in _COLON_CUES and i + 1 < len(toks) and (
                        toks[i + 1] in _OPENING_QUOTES or (_is_word(toks[i + 1])
                        and toks[i + 1] not in _PLACE_PREPS and toks[i + 1] not in _ADJUNCT_WORDS)):
                    comma_colon = i     # "وأضاف، كل محافظة جاهزة"، 'ويضيف، "أبي ...': the comma stands for the colon
                i += 1                 # "وأهاب، بالمواطنين": a comma after the verb
            elif toks[i].startswith("ل") and i == after_tok and (
                    toks[i][1:] in lex.media_names or (toks[i].startswith("لل") and "ا" + toks[i][1:] in lex.media_names)
                    or toks[i][1:2].isascii() and toks[i][1:2].isalpha()):       # "وتقول لـDW:"
                i += 1                 # "قال للرياض"
                while i < len(toks) and (toks[i] in ("نت", "عربي", "عربيه")
                                         or toks[i][:1].isascii() and toks[i][:1].isalpha()):
                    i += 1             # "يقول للجزيرة نت إن"، "يقول لـTSA عربي"
            elif (i == after_tok and toks[i][:1] == "ل" and not toks[i].startswith("لل") and len(toks[i]) > 3
                  and not _lookup(lex.heads, toks, i) and not _lookup(lex.roles, toks, i)
                  and not _starts_name(lex, toks[i]) and toks[i] not in _places()
                  and (_is_common_word(lex, toks[i][1:]) or _lookup(lex.heads, [toks[i][1:]], 0))
                  and 0 < (r_end := _recipient_end(toks, i)) < len(toks)
                  and (_lookup(lex.heads, [toks[i][1:]], 0) or _frequent_word(toks[i][1:]))):
                i = r_end               # "وقال لعنب بلدي إن": the outlet spoken to; no subject
            elif (i == after_tok and i + 2 < len(toks) and _posted_on(toks, i)
                  and (r_end := next((m for m in range(i + 2, min(len(toks), i + 6))
                                      if toks[m] in _COMPLEMENTIZERS or toks[m] == ":" or not _is_word(toks[m])),
                                     len(toks))) < len(toks) - 1
                  and (toks[r_end] in _COMPLEMENTIZERS or toks[r_end] == ":"
                       or (toks[r_end] in _COMMAS and toks[r_end + 1] in _COMPLEMENTIZERS))):
                i = r_end + (toks[r_end] in _COMMAS)   # "وقال على تويتر إن": where he posted; no subject
            elif (i == after_tok and i + 2 < len(toks) and toks[i] == "عن"
                  and (r_end := next((m for m in range(i + 2, min(len(toks), i + 6))
                                      if toks[m] == ":" or toks[m] in _OPENING_QUOTES or not _is_word(toks[m])),
                                     len(toks))) < len(toks) and (toks[r_end] == ":" or toks[r_end] in _OPENING_QUOTES)
                  and _n(cue.lemma) not in ("نقل", "نقلت")
                  and all(t.startswith("ال") or t in ("هذا", "هذه", "ذلك", "تلك") or _is_common_word(lex, t)
                          or _common_possessed(lex, t) for t in toks[i + 1:r_end])):
                i = r_end               # 'وتقول عن تجربتها هذه: "..."': what she speaks about; no subject
            elif toks[i] in _RECIPIENTS and i == after_tok:
                i += 1                 # "وأوضح للصحفيين أن": the people spoken to
                while i < len(toks) and ((_lookup(lex.heads, toks, i) or (None,))[0] == "media"
                                         or toks[i] in _QUOTES):
                    close = _quote_end(toks, i, min(len(toks), i + 6)) if toks[i] in _QUOTES else -1
                    if toks[i] in _QUOTES and close < 0:
                        break       # 'وقال للصحفيين "اليأس لا يمكن ...': what was said, not a name
                    i = close + 1 if close > 0 else i + 1     # "للصحيفة «عكاظ»"
            elif (i == after_tok and toks[i].startswith("لل") and len(toks[i]) > 4
                  and (cue.lemma in _TELL_CUES or _n(cue.lemma) in _COLON_CUES)
                  and not _lookup(lex.heads, ["ا" + toks[i][1:]], 0) and (
                      i + 1 >= len(toks) or not toks[i + 1].startswith("ال") or toks[i + 1].endswith(("يين", "يات")))):
                i += 1                 # "وقال للنواب أثناء ..."، "قال للمسؤولين الأمريكيين إن": the people
                while i < len(toks) and toks[i].startswith("ال") and toks[i].endswith(("يين", "يات")):
                    i += 1             # spoken to (a subject never opens with لل)
            else:
                break
        if i < len(toks) and toks[i] in lex.participle_keys:
            i_part = i                 # "وأضاف قائلاً:": no subject
        else:
            i_part = -1
        end, content_start, direct, closed = _scan_source(lex, s, i, cue.governs)
        if comma_colon >= 0:
            end, content_start, direct, closed = comma_colon, comma_colon + 1, False, True
        if i_part >= 0:
            end = i
        if not closed and end - i <= 4 and end < len(toks) and toks[end] in _STANCE_OBJECTS:
            closed, content_start = True, end       # "أكد الأزهر رفضه": a declared stance
        if closed and end - i > 1 and (_lookup(lex.heads, toks, i) or _lookup(lex.roles, toks, i)
                                       or _starts_name(lex, toks[i])) and (
                manner := next((k for k in range(i + 1, end) if toks[k] in ("بشكل", "بصوره")), None)) is not None:
            end = manner            # "ونفت الوزارة بشكل قاطع أن": how it was said is no part of the subject
        if closed and end - i > 1 and (toks[i].startswith(_DEFINITE) or _starts_name(lex, toks[i])) and (
                stance := next((k for k in range(i + 1, end) if toks[k] in _STANCE_OBJECTS), None)) is not None:
            end = stance            # 'وأبدى الوزير أسفه "لكون ..."': the stance is no part of the subject
            #                         (but "أكدوا مراراً وتكراراً رفضهم": no subject there)
        if closed and not direct and end - i > 2:
            cut = next((k for k in range(i + 1, end - 1) if toks[k] in ("هذا", "هذه", "ذلك", "تلك")
                        and toks[k + 1].startswith("ال") and not _generic_plural_construct(lex, toks[k - 1])), None)
            # (but "ويقول منتقدو هذه الخطوة إن": a plural in construct takes the demonstrative as its genitive)
            if cut is not None:
                end = cut           # "وعزا فلان هذه الانخفاضات إلى": the object starts at the demonstrative
        if closed and ("مسؤوليه" in cue.governs or _n(cue.lemma) in _CHARGING_CUES) and end - i > 1:
            end = _np_end(lex, s, i, end)   # "حمّل الجيش دمشق المسؤولية"، "وتتهم تايوان الصين بـ": whom it
            #                                 blames or accuses follows the subject
        relayed_pronoun = None
        if cue.lemma in ("نقل", "نقلت"):
            # "ونقل التلفزيون عنه قوله إن": the outlet relays the person just cited
            relayed_pronoun = next((k for k in range(i + 1, min(len(toks), i + 6)) if toks[k] in _RELAYED_PRONOUNS
                                    and all(_is_word(t) for t in toks[i:k])), None)
            if relayed_pronoun is not None:
                end, closed = relayed_pronoun, True
                content_start = max(content_start, relayed_pronoun + 1)
        strong = _strong(toks, content_start, direct) or comma_colon >= 0 or no_subject_follows
        cue_tok0 = s.token_of(c_start)
        if _n(cue.lemma) in ("اعلن", "يعلن") and not closed and _declares_act(lex, toks, end):
            continue        # "أعلنت ميانمار حالة الطوارئ": an act declared, not a report
        if _after_quotation(toks, cue_tok0):
            strong = True       # '"الوحدة هي أصعب حاجة"، يشرح.': the quotation before the verb is what was said
        if cue.form == "imperfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in _SUBJUNCTIVE:
            continue        # "أن تكشف"، "لن يؤكد": not a report
        if atts and cue.form == "perfect" and cue_tok0 > 0 and (
                toks[cue_tok0 - 1] in ("بعدما", "عندما", "حينما", "لما", "قبلما")
                or (cue_tok0 > 1 and toks[cue_tok0 - 1] == "ان" and toks[cue_tok0 - 2] in ("بعد", "قبل", "منذ"))):
            continue        # "وقالت فلانة بعد أن علمت بوفاته": a temporal clause inside the report
        if cue.form == "perfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in (
                "بعد", "فبعد", "وبعد", "قبل", "وقبل", "عقب", "اثر", "اثناء", "رغم", "برغم", "منذ",
                "عن", "الي", "على", "اعلان"):
            continue        # "فبعد توعد موسكو هذه الدبابات بالحرق"، "عن إعلان تعهد مالي": a verbal noun
            #              after a preposition or in construct, no verb
        if cue.form == "imperfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in (
                "خلال", "وخلال", "اثناء", "في", "وفي", "عقب", "اثر", "منذ"):
            continue        # "خلال تجمع حاشد": a noun after a preposition, not a verb
        if cue.form == "perfect" and cue_tok0 > 0 and (
                toks[cue_tok0 - 1] in lex.verb_keys
                or toks[cue_tok0 - 1][:1] in "وف" and toks[cue_tok0 - 1][1:] in lex.verb_keys):
            continue        # "وأكدت دانا أحمد": right after a reporting verb stands its subject, a name
        if cue.lemma == "نقل" and m.group("pre") == "" and cue_tok0 > 0 and not toks[cue_tok0 - 1].startswith("ال") \
                and s.orig_tokens(cue_tok0 - 1, cue_tok0).rstrip("\u064b-\u0652").endswith("ة") \
                and _is_common_word(lex, toks[cue_tok0 - 1]) and not toks[cue_tok0 - 1].endswith("يه") \
                and toks[after_tok:after_tok + 1] != ["عن"]:
            continue        # "تحطمت طائرة نقل روسية"، "شاحنة نقل": the noun "transport" in construct
            #              (but "وسائل إعلام محلية نقلت عن مصدر")
        if _n(cue.lemma) == "كتب" and cue_tok0 == _sentence_start(toks, cue_tok0) and after_tok < len(toks) \
                and any(d in s.text[s.pos[m.end("cue")] if s.pos else m.end("cue"):][:3] for d in "-ـ–—"):
            continue        # "كتب ـ فلان:": the byline of the outlet's writer, not a report
        if any(t in ("هل", "وهل", "فهل") for t in toks[max(0, cue_tok0 - 2):cue_tok0]):
            continue        # "هل يعتقد من يملك القرار أن ...؟": a question, not a report
        if any(t in _MODALS for t in toks[max(0, cue_tok0 - 2):cue_tok0]):
            continue        # "ويمكن باختصار ذكر الجهات": a verbal noun after a modal, not a report
        often = cue_tok0 > 1 and toks[cue_tok0 - 1] == "ما" and toks[cue_tok0 - 2] in _OFTEN  # "وغالباً ما ينصح"
        if cue_tok0 > 0 and toks[cue_tok0 - 1] in ("مما", "وهو ما", "ما", "وهذا", "هذا", "ذلك", "وذلك") and not often \
                and not (toks[cue_tok0 - 1] == "هذا" and toks[cue_tok0][:1] == "و") \
                and not (
                cue_tok0 > 1 and (toks[cue_tok0 - 2] in _OPENER_PREPS or (
                    cue_tok0 > 2 and toks[cue_tok0 - 3] in _OPENER_PREPS and _is_word(toks[cue_tok0 - 2])))):
            # (but "إلى ذلك قال فلان"، "وبعد ذلك أكد"، "في سياق ذلك دعا"، "هذا وذكر": a discourse opener, the
            # subject follows)
            continue        # "مما يؤكد قدرة المرأة": the outlet's own inference, no source
        if not strong and cue_tok0 > 0 and toks[cue_tok0 - 1] in _NEGATIONS and not often \
                and _n(cue.lemma) not in ("استبعد", "يستبعد"):
            continue        # "ولم تكشف المحكمة عن هويته": no claim is reported (but "ولم يستبعد فلان قيام
            #              ...": not ruling out is a claim)
        if cue.form == "perfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in ("لا", "ولا"):
            continue        # "لا أستغرب هذا": لا negates a present verb of the first person, not a past report
        if cue.governs == "من" and 0 < content_start < len(toks) and toks[content_start - 1] == "من":
            # "وعلمت «الوطن» من مصدر قضائي أن": the complementiser follows the source after من
            strong = strong or any(t in _COMPLEMENTIZERS for t in toks[content_start:content_start + 8])
        if end < len(toks) and toks[end] in _COMMAS and end + 1 < len(toks) and toks[end + 1] in _SPEECH_NOUNS:
            end += 1            # "قدم اللاعب فلان، شكره": a comma before the speech noun
        if _n(cue.lemma) in ("قدم", "وجه") and not (end < len(toks) and toks[end] in _SPEECH_NOUNS):
            continue        # "قدم" reports only thanks or condolences: "قدم السفير شكره"
        if cue.requires == "complement" and not strong and end < len(toks) and (
                toks[end] in _ADJUNCT_NOUNS or toks[end] in _SPEECH_NOUNS):
            strong = True   # "واختتم الربيعي حديثه عن ...": the speech itself is named
        if cue.requires == "complement" and not strong and cue.governs and 0 < content_start <= len(toks) \
                and _gov(toks[content_start - 1], cue.governs) and any(
                    t in _COMPLEMENTIZERS or t == ":" or t in lex.participle_keys
                    for t in toks[content_start:content_start + 6]):
            strong = True   # "وعلق المدرب على الخسارة بأنها درس"، "علق على القرار قائلاً:"
        if cue.requires == "complement" and not strong and cue.form == "imperfect" and end < len(toks) \
                and toks[end] in _COMMAS and _inserted(toks, cue_tok0):
            strong = True   # "مكنت عمليات البحث، يضيف البلاغ، من توقيف": what came before is the content
        if cue.requires == "complement" and not strong and not (
                cue.cls == "assertion" and i < len(toks) and "document" in (
                    (_lookup(lex.heads, toks, i) or (None,))[0],
                    # "أظهرت نتائج استطلاع للرأي تأييد ...": the results of a document
                    (_lookup(lex.heads, toks, i + 1) or (None,))[0] if (_lookup(lex.heads, toks, i) or (None,))[0]
                    == "not_source" else None)):
            continue        # "أضافت الشركة خاصية جديدة" (but "أظهر مسح رسمي انخفاض ...")
        if cue.requires == "closed" and not closed:
            continue        # "شددت قوات الأمن إجراءات التفتيش": no preposition, أن, colon or quote
        # ("ويضيف وهو يرتب الأباريق: ..."، 'قال لـ"النهار" وهو يتكئ على عصاه:': how he said it, no subject)
        src = _known(_parse_source(lex, s, i, end), known) if end > i and toks[i] not in _CIRCUMSTANTIAL else None
        if src is not None and cue.cls == "denial" and src.category == "unverified_report" and i == after_tok \
                and not (end < len(toks) and toks[end] in _COMPLEMENTIZERS):
            src = None      # "نفى تقارير استعادة السيطرة": the reports are what is denied, not who denies
        if src is not None and end + 2 < len(toks) and toks[end] in _COMMAS and (
                src.category == "anonymous_source" or (src.kind == "person" and (not src.name or src.name == src.role or (
                    # "حمل السفير الروسي لدى واشنطن، أناتولي أنتونوف، ...": a role and whom it serves, no name
                    _n(src.name) == _n(" ".join(x for x in (src.role, src.affiliation) if x)))))):
            # "نفى مستشار في قوات الدعم السريع، عمر حامد أبكر، استهداف ..."، "وقال أحد أقاربه، حسين ج.، إن":
            # the person named in apposition after the unnamed one's description
            close = next((m for m in range(end + 2, min(len(toks), end + 7)) if toks[m] in _COMMAS or toks[m] == ":"
                          or toks[m] in _QUOTES or toks[m] in _COMPLEMENTIZERS), None)
            named = _appositive_subject(lex, s, i, end, close) if close is not None else None
            if named is None and toks[end + 1] in _CALLED and src.category == "anonymous_source":
                # "وقالت إحداهن، وتدعى خيرة:": the name she is given
                stop = _name_run(lex, toks, end + 2, close if close is not None else min(len(toks), end + 5))
                if stop > end + 2:
                    named = replace(_named_person(_clean(s.orig_tokens(end + 2, stop))), text=_clean(s.orig_tokens(i, stop)))
            if named is not None and named.category == "named_source" and named.kind == "person" and named.name:
                src = named
        if src is not None and src.category == "anonymous_source" and end < len(toks) and toks[end] in _RELATIVES:
            # "وقال أحد المرضى الذين شاركوا في التجربة، ويدعى ديفيد ردفورد، إن": named after the relative clause
            called = next((m for m in range(end + 1, min(len(toks) - 2, end + 10)) if toks[m] in _COMMAS
                           and toks[m + 1] in _CALLED), None)
            stop = _name_run(lex, toks, called + 2, min(len(toks), called + 6)) if called is not None else -1
            if called is not None and stop > called + 2:
                src = replace(_named_person(_clean(s.orig_tokens(called + 2, stop))), text=_clean(s.orig_tokens(i, stop)))
        q_end = cue_tok0 - 1 if cue_tok0 >= 1 and toks[cue_tok0 - 1] in _QUOTES else (
            cue_tok0 - 2 if cue_tok0 >= 2 and toks[cue_tok0 - 1] in _COMMAS and toks[cue_tok0 - 2] in _QUOTES else -1)
        if q_end > 0 and cue.form in ("perfect", "imperfect") and cue.cls in ("speech", "assertion", "belief"):
            # «...»، يقول فايغل.  /  «...»، تقول.: a verb closing the sentence after a quotation
            nxt = toks[after_tok] if after_tok < len(toks) else ""     # (the verb may end the text)
            e = after_tok
            if nxt not in _HOW_SAID and nxt not in _SAID_WHERE:
                # (not "«...»، تقول وهي تربط شعرها"، "قالت بعدما ..."، "يقول في حديثه": how, when or where, no name)
                while e < len(toks) and _is_word(toks[e]) and e - after_tok < 4 and not (e > after_tok and (
                        toks[e] in _HOW_SAID or toks[e] in _SAID_WHERE or _to_outlet(lex, toks[e]))):
                    e += 1  # (the name ends at how, where or to whom it was said: "تقول حليمة وهي تمسك ..."،
                    #          "يقول باعباد للجزيرة نت"، "تقول أميمة في حديثها لـDW عربية")
            q_start = next((q for q in range(q_end - 1, -1, -1) if toks[q] in _QUOTES), -1)
            named_then_more = (e - after_tok >= 2 or nxt in known or (
                # (one word with an apposition: «...»، يقول آدم، وهو سوداني ...)
                e + 1 < len(toks) and toks[e + 1] in ("وهو", "وهي"))) and e < len(toks) and (
                toks[e] in _COMMAS or toks[e].startswith("ل"))     # (not "تقول ضاحكة، «...»": how she said it)
            # "تقول حليمة وهي تمسك طرف ثوبها"، "تقول أميمة في حديثها لـDW": a name, then how or where
            named_then_more = named_then_more or (
                e > after_tok and e < len(toks) and (toks[e] in _CIRCUMSTANTIAL or toks[e] in _SAID_WHERE
                                                     or toks[e] == "(" or _to_outlet(lex, toks[e])) and (_starts_name(lex, nxt) or nxt in known or (
                    not nxt.startswith("ال") and nxt not in _CONNECTORS and not _is_common_word(lex, nxt))))
            manner = (
                # ("«...»، يقول مبتسماً": a participle, how he said it)
                (e - after_tok == 1 and nxt.startswith("م") and nxt.endswith("ا") and len(nxt) >= 5 and nxt not in known)
                # ("«...»، تقول مبتسمة، ثم تستدرك": the feminine participle)
                or (e - after_tok == 1 and nxt.startswith("م") and nxt.endswith("ه") and len(nxt) >= 5
                    and nxt not in known and not _starts_name(lex, nxt))
                or (e == after_tok and (nxt in _HOW_SAID or nxt in _SAID_WHERE))
                # ("«...»، يقول بلهجته العمانية": how he said it)
                or (e - after_tok <= 2 and nxt[:1] == "ب" and len(nxt) > 3 and not _starts_name(lex, nxt)
                    and nxt not in known and (_is_common_word(lex, nxt[1:]) or nxt[1:].startswith("ال")
                                              or nxt.endswith(("ه", "ها", "هم"))))     # (not "باعباد")
                # ('«...»، تقول لـ"الخبر" بصوت متهدج': the outlet spoken to, no name)
                or nxt == "ل" or (nxt[:1] == "ل" and nxt[1:] in lex.media_names))
            if q_end - q_start > 2 and (all(not _is_word(x) for x in toks[e:]) or named_then_more or manner):
                # (a name may be followed by an apposition or the outlet spoken to: «...»، يقول فلان، وهو ...)
                # (a quotation opened in an earlier sentence closes here: it starts with the sentence)
                quote = s.orig(s.starts[max(q_start, 0)], s.ends[q_end])
                if e == after_tok or manner:    # ("«...»، يقول مبتسماً، «...»": how he said it, no name)
                    atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None, content=quote,
                                     direct_quote=True, needs_source=True))
                    continue
                if (src is None or not _recognisable(src)) and not _is_common_word(lex, toks[e - 1]) \
                        and nxt not in _CONNECTORS:
                    first = after_tok
                    while first < e - 1 and (_lookup(lex.roles, toks, first) or (None,))[0] == "title":
                        first += 1      # ("«...»، يقول عم رجب": the title is no part of the name)
                    src = replace(_named_person(_clean(s.orig_tokens(first, e))), text=_clean(s.orig_tokens(after_tok, e)))
        if (src is None or not src.text) and end == i + 1 and cue.cls == "media_relay" and _is_word(toks[i]) \
                and closed and content_start > 0 and toks[content_start - 1] == "عن":
            # "ونقلت شانا عن مدير التوزيع": a one-word outlet relaying the source after عن
            src = _Source(text=s.orig_tokens(i, end), name=s.orig_tokens(i, end), kind="media", recognised=True)
        if (src is None or not src.text or not src.recognised) and end == i + 1 and (toks[i] in known or (
                cue.form in ("perfect", "imperfect") and _n(cue.lemma) in _COLON_CUES and (
                    (content_start == end + 1 and toks[end] in _COMPLEMENTIZERS)
                    # "وقال باول \"نتوقع ...\"": one word, then the quotation opens
                    or (end < len(toks) and toks[end] in _QUOTES and content_start <= end + 1 and closed
                        and _n(cue.lemma) in ("قال", "يقول", "اضاف", "يضيف") and toks[i] not in _NAME_STOP
                        and (not _is_common_word(lex, toks[i]) or toks[i][0] in "بل")     # ("باول")
                        and not (toks[i].startswith("م") and toks[i].endswith("ا"))    # (not "متسائلا")
                        and _strip_al(toks[i]) not in ("اخر", "اخري"))
                    # "يقول عودة في حديث إلى «...» إنه": an adjunct between the name and إن
                    or (strong and end + 1 < len(toks) and toks[end] == "في" and toks[end + 1] in _ADJUNCT_NOUNS))
                and _is_word(toks[i]) and not toks[i].startswith("ال")
                and toks[i] not in _NOT_SUBJECT and toks[i] not in _SUBJECT_SKIP and toks[i] not in _ADJUNCT_WORDS
                and toks[i] not in _EMPTY_SUBJECT and not _accusative_a(lex, toks[i])
                and not s.orig(s.starts[i], s.ends[i]).endswith(("اً", "ًا")))):
            # "وقال باخ «...»": a surname cited before, though also a common word; "وقال باخ إن":
            # one word between قال and إن is its subject
            src = _named_person(s.orig_tokens(i, end))
        if ((src is None or not src.text or not src.recognised) and end == i + 2 and cue.form in ("perfect", "imperfect")
                and _n(cue.lemma) in _COLON_CUES and content_start <= end + 1 and end < len(toks)
                and (toks[end] in _COMPLEMENTIZERS or (toks[end] in _QUOTES and closed))
                and all(_is_word(t) and not t.startswith("ال") and t not in _NAME_STOP and t not in _CONNECTORS
                        and t not in _EMPTY_SUBJECT and t not in _SUBJECT_SKIP and t not in _ADJUNCT_WORDS
                        and not _lookup(lex.heads, [t], 0) and not _lookup(lex.roles, [t], 0) for t in toks[i:end])
                and not _is_common_word(lex, toks[i + 1]) and not _accusative_a(lex, toks[i])
                and not s.orig(s.starts[i], s.ends[i + 1]).endswith(("اً", "ًا"))):
            # "وقال فيل فلين إن"، 'وأضاف جوزيه مورينو "أعتقد': two words between قال and إن or the
            # quotation, the last no common word, are a (foreign) name, though the first is also a common word
            src = _named_person(s.orig_tokens(i, end))
        if ((src is None or not src.recognised) and closed and cue.form == "perfect" and _n(cue.lemma) in _COLON_CUES
                and i + 1 < end and (toks[i + 1] in _PLACE_PREPS or toks[i + 1] in _ADJUNCT_WORDS)
                and _is_word(toks[i]) and not toks[i].startswith("ال") and not _is_common_word(lex, toks[i])
                and not _lookup(lex.heads, toks, i) and not _lookup(lex.roles, toks, i)
                and toks[i] not in _NOT_SUBJECT and toks[i] not in _SUBJECT_SKIP and toks[i] not in _ADJUNCT_WORDS
                and toks[i] not in _EMPTY_SUBJECT):
            # "وقد قال ميجور في الرد على سؤال: ...": one unknown word, then an adjunct, then the colon
            src = _named_person(s.orig_tokens(i, i + 1))
        if (src is not None and (cue.cls == "assertion" or cue.governs == "الي") and cue.form in ("perfect", "fixed")
                and i < len(toks) and not (src.kind == "person" and src.role and src.recognised)
                and _sentence_start(toks, cue_tok0) == cue_tok0 and not toks[i].startswith("ال")
                and toks[i] not in known and toks[i] not in _NAME_LINKS and _is_common_word(lex, toks[i]) and not _starts_name(lex, toks[i])
                and not _lookup(lex.heads, toks, i) and not _lookup(lex.roles, toks, i)
                and not (src.recognised and _state_name(toks, i, len(toks)))     # ("اتهمت سيول": Seoul)
                and toks[i:i + 2] != ["كل", "من"] and not (src.kind == "anonymous" and (
                    toks[i] in _APPROXIMATORS or toks[i] in _FRACTIONS or toks[i] in _MORE_OR_LESS))):
            src = None          # "وأكد وقوف البرلمان خلف ...": a verbal noun object, not the subject
            #                     (but "وأشار حوالي نصف المجيبين إلى": a share of a group)
        if cue_tok0 > 0 and src is not None and (
                _n(cue.lemma) in ("ابلغ", "اخبر")
                or (_n(cue.lemma) in ("اتهم", "يتهم") and end < len(toks)
                    and (toks[end] in _BI_THAT or (toks[end].startswith("بال") and len(toks[end]) > 4)))):
            # "إلا أن سلطات تركمانستان أبلغت رئيس الوزراء أن": who was told follows; "لكن الأخير اتهم
            # الاتحاد الأوروبي بأنه": the accused, then the charge. The subject stands before the verb.
            pre = _preverbal_subject(lex, s, cue_tok0, known)
            if pre is not None and _recognisable(pre):
                src = pre
        if (src is not None and src.kind == "person" and src.name and src.role
                and _n(src.text).startswith(_n(src.name) + " ") and _n(src.text).endswith(_n(src.role))
                and (_lookup(lex.roles, _n(src.role).split(), 0) or (None,))[0] == "title"
                and not _lookup(lex.roles, _n(src.name).split(), 0)):
            # "ووصف روبرتو كوارتا السير مارتن بأنه": a full name, then another's title: the object
            src = _named_person(src.name)
        if (src is not None and i < len(toks) and toks[i][:1] == "ب" and len(toks[i]) > 4 and cue_tok0 > 0
                and not toks[i].startswith("بال") and _is_common_word(lex, toks[i][1:]) and not _starts_name(lex, toks[i])
                and not _lookup(lex.heads, toks, i) and not _lookup(lex.roles, toks, i)):
            # "فلان أقر بوجود أزمة": what the verb governs, with its preposition, is no subject
            pre = _preverbal_subject(lex, s, cue_tok0, known)
            src = pre if pre is not None and _recognisable(pre) else None
        if cue_tok0 > 1 and (toks[cue_tok0 - 1] in ("قد", "لقد") or (src is None or not _recognisable(src))) and any(
                t in _KANA for t in toks[max(0, _clause_start(toks, cue_tok0) - 1):cue_tok0 - 1]):
            # (also without قد: "وكان العاهل الأردني الملك عبدالله الثاني أعلن عن ...")
            pre = _preverbal_subject(lex, s, cue_tok0, known)
            if pre is not None:
                src = pre       # "وكان المخلوع فلان قد ادّعى «شرعية» ...": what follows the verb is its object
        if cue.form == "imperfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in _CIRCUMSTANTIAL:
            continue        # '"..."، تقول وهي تشير إليه': a gesture while she speaks, not a second report
        if cue_tok0 > 0 and toks[cue_tok0 - 1] in _RELATIVES and _n(cue.lemma) in ("تابع", "يتابع"):
            continue        # "المحامي فلان، الذي يتابع عشرات الدعاوى": he follows cases, he says nothing
        r0 = after_tok
        resumptive = (cue_tok0 > 0 and toks[cue_tok0 - 1] in _RELATIVES and r0 + 1 < len(toks)
                      and toks[r0] in _RESUMPTIVE and _is_word(toks[r0 + 1]) and toks[r0 + 1] not in _COMPLEMENTIZERS)
        if resumptive:
            # "الذي كشفت عنه مواقع التواصل": the antecedent is the object; the subject follows.
            src = _parse_source(lex, s, r0 + 1, _np_end(lex, s, r0 + 1, min(len(toks), r0 + 1 + MAX_SOURCE_TOKENS)))
        if cue.form == "perfect" and cue_tok0 > 0 and toks[cue_tok0 - 1] in _RELATIVES and not resumptive:
            # (but "الذي كشفت عنه مواقع التواصل": the antecedent is the object, the subject follows)
            # "مانيش تيواري الذي اتهم الحكومة بـ...": the antecedent speaks; what follows is the object.
            src = _svo_subject(lex, s, cue_tok0)
            if src is None:
                continue
        elif not closed and cue_tok0 > 0:
            # "أن المعلومات الأولية أكدت سلامة الركاب": the subject stands before the verb and
            # what follows is its object.
            pre = _preverbal_subject(lex, s, cue_tok0, known)
            if pre is not None:
                src = pre
        if src is not None and i < len(toks) and toks[i] in _ADDRESSEES \
                and _n(cue.lemma) in ("دعا", "طالب", "طالبت", "طالبوا", "حث", "ناشد", "اهاب"):
            src = None          # "ودعا الجميع إلى": the people called on, the subject is the last source
        if src is not None and src.not_source and i + 1 < end and (_lookup(lex.heads, toks, i + 1) or (None,))[0] in (
                "document", "official_body", "organisation", "media") and not (
                toks[i].startswith("ال") and toks[i + 1].startswith("ال") and toks[i + 1].endswith(("ي", "يه"))):
            # (but "البيانات الأسبوعية الصادرة عن": an adjective, not a second noun)
            # "كشفت نتائج دراسة بريطانية أن": the study; "أظهرت نتائج لجنة التحقيق": the committee
            src = _parse_source(lex, s, i + 1, end)
        if src is not None and src.not_source:
            issued = next((k for k in range(i + 1, min(end, i + 4)) if toks[k] in ("الصادره", "الصادر", "صادره", "صادر")
                           and k + 2 < end and toks[k + 1] in ("عن", "من")), None)
            if issued is not None:
                src = _parse_source(lex, s, issued + 2, end)    # "وتشير الأرقام الصادرة عن الهيئة إلى"
        if i < len(toks) and toks[i] in _GOD_EPITHETS and _n(cue.lemma) in ("قال", "يقول") and end > i:
            # "وقال تعالى: ..."، "يقول سبحانه وتعالى": a verse quoted, God named by an epithet
            src = _Source(text=_clean(s.orig_tokens(i, end)), name="الله", kind="document", recognised=True)
        if src is not None and src.not_source and toks[i] == "الله" and _n(cue.lemma) in ("قال", "يقول"):
            # "قال الله تعالى: ...": a verse quoted, scripture as the source (but "دعا الله" is a prayer)
            src = replace(src, kind="document", category="named_source", recognised=True, not_source=False,
                          name=s.orig_tokens(i, i + 1))
        if src is not None and src.not_source and strong and toks[i] in _RULES:
            # "وأوضحت اللائحة التنفيذية للنظام أنه": a regulation states what it provides (but
            # "حسب اللائحة" is conformity, not a source)
            src = replace(src, kind="document", category="named_source", recognised=True, not_source=False,
                          name=src.name or src.text)
        if src is not None and src.not_source:
            if end == i + 1 and toks[i] in _FINDINGS and strong and cue.cls == "assertion":
                # "وكشفت النتائج أن": the findings of the document cited before, if there is one
                atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None,
                                 content=_content(s, content_start), needs_source=True,
                                 findings=s.orig_tokens(i, end)))
            continue
        if src is not None and end + 2 < len(toks) and toks[end] in _RELATIVES \
                and toks[end + 1] in ("تعرف", "يعرف") and toks[end + 2] == "باسم":
            # "الجماعة السورية التي تعرف باسم «الفرقة 30»": the name it goes by
            q = end + 3
            stop = _quote_end(toks, q, min(len(toks), q + 8)) if q < len(toks) and toks[q] in _QUOTES else -1
            if stop > q + 1:
                src = replace(src, name=_clean(s.orig_tokens(q + 1, stop)))
        if src is not None and not src.text:
            src = None
        if (src is not None and i + 2 < len(toks) and toks[i] in _QUOTES and toks[i + 2] in _QUOTES
                and not toks[i + 1].startswith("ال") and _is_common_word(lex, toks[i + 1])
                and _n(src.name or src.text) == toks[i + 1] and toks[i + 1] not in lex.media_names
                and not _starts_name(lex, toks[i + 1])      # (not 'وقال "بسام":')
                and not _lookup(lex.heads, toks, i + 1)):
            src = None          # 'وأعلنت "إرجاء" القافلة'، 'يظهر « جاذبية » العلاقات': a word quoted in the object
        w0 = next((k for k in range(i, end) if _is_word(toks[k])), None)
        if (src is not None and w0 is not None and w0 == i and toks[w0].startswith("ال") and toks[w0].endswith("ين")
                and len(toks[w0]) >= 7 and not _lookup(lex.heads, toks, w0) and not _lookup(lex.roles, toks, w0)
                and toks[w0][2:] not in lex.first_names and not _starts_name(lex, toks[w0][2:])
                and toks[w0] not in known):     # (but "وأضاف البوعينين": a family name cited before)
            src = None          # "ودعت الراغبين إلى": a plural in -ين right after the verb is its object
        if (src is not None and src.kind == "document" and src.category == "anonymous_source"
                and _n(cue.lemma) in _CONDEMNING and cue.form == "perfect"):
            src, no_subject_follows = None, True    # "ودانت قرار سحب الدول": the decision condemned
        if cue.requires == "headline":
            # "ترامب يتهم الصين بـ ...": a title's present tense follows its subject; what comes after
            # the verb is the object
            src = _preverbal_subject(lex, s, cue_tok0, known)
            if src is None and any(t in (":", "：") for t in toks[:cue_tok0]):
                continue    # "الحديثي لـ الوطن: بغداد ترفض ...": the speaker before the colon says it all
            if src is None and 0 < cue_tok0 <= 5:
                src = _parse_source(lex, s, 0, cue_tok0)       # 'منظمة "أوكسفام" تنتقد'
                src = src if _recognisable(src) and not src.not_source else None
            if src is None and 0 < cue_tok0 <= 2 and all(
                    _is_word(t) and not t.startswith("ال") and not _is_common_word(lex, t) for t in toks[:cue_tok0]):
                src = _named_person(_clean(s.orig_tokens(0, cue_tok0)))
            if src is None or src.category not in ("named_source", "anonymous_source") or (cue.governs and not any(
                    _gov(t, cue.governs) or (len(t) >= 3 and t[:1] in cue.governs.split("|"))
                    for t in toks[after_tok:after_tok + 10])):
                continue    # (and "فراغ كرسي الرئاسة يهدد مستقبل النادي" threatens no one with anything)
        accused = i + len(_n(src.name or src.text).split()) if src is not None and src.recognised \
            and src.kind in ("official_body", "organisation") else len(toks)     # (not "واتهم الرئيس بالكذب": passive)
        if (_n(cue.lemma) == "اتهم" and _sentence_start(toks, cue_tok0) == cue_tok0 and accused < len(toks)
                and "\u064f" not in cue_text      # (not the passive "واتُّهمت السعودية بأنها")
                and _n(s.orig_tokens(i, accused)) == _n(src.name or src.text) and _state_name(toks, i, accused) == accused - i
                and toks[accused][:1] == "ب" and len(toks[accused]) > 4
                and not _state_name(toks, accused, len(toks)) and toks[accused] not in _places()):
            # "واتهم إيران بالضلوع في ...": the accused, then the charge; no subject follows the verb
            # (but "واتهمت روسيا بريطانيا بالوقوف": the accuser, then the accused)
            src, no_subject_follows = None, True
        if cue.form == "fixed" and _n(cue.lemma).split()[-1] in _BI_THAT:
            if cue_tok0 > 0 and toks[cue_tok0 - 1] in _RELATIVES:
                continue        # "حكومة الرئيس تشي التي وصفها بأنها": the one described, in a relative clause
            src, no_subject_follows = None, True    # "ووصفها بأنها": what it was called follows; the
            #                                         describer is the subject named before
        if (w0 is not None and s.orig(s.starts[w0], s.ends[w0]).endswith(("اً", "ًا", "ً"))
                and toks[w0] not in _ADVERBIAL_ACCUSATIVES and toks[w0] not in _ADJUNCT_WORDS
                and toks[w0] not in _SUBJECT_SKIP):
            if not (w0 == i and cue.cls == "speech" and toks[w0].startswith("م") and len(toks[w0]) >= 5
                    and closed and cue_tok0 > 0 and _is_word(toks[cue_tok0 - 1])):
                continue        # "كتبت دليلاً إرشادياً": an accusative object follows; no report is introduced
            src = None          # (but "صلاح قال معلقاً على أدائه، إنها": how he said it; the subject stands before)
        if src is not None and not src.recognised and w0 is not None and (
                toks[w0] in _PLACE_PREPS or toks[w0] in _ADJUNCT_WORDS or toks[w0] in _RESUMPTIVE):
            src = None          # "قد أفادت، في وقت سابق، أن": an adjunct, the subject is elsewhere
        in_it = cue_tok0 > 0 and after_tok < len(toks) and toks[after_tok] in ("فيه", "فيها")
        if in_it and _lookup(lex.heads, toks, cue_tok0 - 1) and any(
                a.source is not None and a.category in ("named_source", "anonymous_source")
                and a.cue_end <= s.starts[cue_tok0 - 1] for a in atts):
            continue            # "وكتبت مارين لوبن تغريدة قالت فيها": what she wrote, cited already
        if in_it and src is not None \
                and (toks[cue_tok0 - 1] in _ADJUNCT_NOUNS or toks[cue_tok0 - 1].rstrip("ا") in _ADJUNCT_NOUNS):
            src = None          # "أصدر بيانا انتقد فيه عملية الاختيار": the issuer speaks; what follows is the object
        # Without a complementiser, colon or quote the verb may not report at all
        # ("أضاف المؤشر 13 نقطة"، "يفيد في"): keep it only with a recognisable source.
        if src is not None and src.category == "anonymous_source" and i < end and toks[i].startswith("ال") \
                and not _withheld(toks[i:end]):
            # "قال الخبير في شؤون الطاقة ستانيسلاف ميتروفانوف"، "المسؤولة في مكتب أوتشا كلارا
            # بيرغستروم، في إحاطة": a definite unnamed-source noun whose phrase ends in a name
            stop = next((k for k in range(i, end) if toks[k] in _COMMAS), end)
            named = _foreign_name_tail(lex, s, i, stop, surname_b=True)
            first = next((k for k in range(i + 2, stop) if _starts_name(lex, toks[k])
                          and toks[k - 1].startswith(("ال", "لل"))), None) if named is None else None
            if first is not None and _name_run(lex, toks, first, stop) >= stop:
                # "القيادي في جبهة الخلاص الوطني المعارضة نور الدين الحمامي"
                named = _Source(text=src.text, name=_clean(s.orig_tokens(first, stop)), kind="person",
                                role=_clean(s.orig_tokens(i, first)), recognised=True)
            if named is None and first is None:
                named = _trailing_name(lex, s, i, stop, end)
            if named is not None:
                src = replace(named, text=src.text)
        if src is not None and not src.recognised and src.text and _withheld(toks[i:end]):
            # "روى صاحب محل بقالة، طلب عدم ذكر اسمه، أن": someone who asked not to be named
            k = next((k for k in range(i, end) if toks[k] in _COMMAS or toks[k] in _WITHHOLDING), end)
            if k > i:
                src = _Source(text=_clean(s.orig_tokens(i, k)), kind="anonymous", category="anonymous_source",
                              recognised=True)
        if src is not None and not src.recognised and sum(_is_word(t) for t in toks[i:end]) > 4:
            posted = next((k for k in range(i + 1, min(end, i + 3)) if _posted_on(toks, k)), None)
            if strong and posted is not None and all(
                    _is_word(t) and t[:1] not in "لب" and not _is_common_word(lex, t) and t not in _NOT_SUBJECT
                    and not _lookup(lex.heads, [t], 0) and not _lookup(lex.roles, [t], 0) for t in toks[i:posted]):
                # "وقال ألونسو على موقع بايرن في شبكة الإنترنت :": a name, then where he posted (any
                # uncommon word: ألونسو normalises to الونسو, an article in looks only, which
                # _unknown_run would refuse)
                src = _named_person(_clean(s.orig_tokens(i, posted)))
            else:
                src = (_foreign_name_tail(lex, s, i, end) or _leading_name(lex, s, i, end)
                       or _set_off_name(lex, s, i, end)) if strong else None
        if src is not None and not src.recognised and cue.cls == "belief" and cue.form == "imperfect" and not (
                strong and sum(_is_word(t) for t in toks[i:end]) <= 2 and (
                    not toks[i].startswith("ال") or (end == i + 1 and toks[i] in _name_resources()[1]))):
            # (but "ويرى الزهراني أن": a family name)
            continue        # "يعتبر نبيلاً": the passive "is considered" (but "ويرى جوارديولا أن")
        if cue.lemma in ("يعتبر", "يعد") and strong and src is None and closed and cue_tok0 > 0 \
                and toks[cue_tok0 - 1] not in _RELATIVES:
            src = _preverbal_subject(lex, s, cue_tok0, known)     # "الباحث فلان يعتبر أن"
        opening_belief = (cue.lemma == "يعتبر" and src is None and strong and _sentence_start(toks, cue_tok0) == cue_tok0
                          and i < len(toks) and toks[i] in _COMPLEMENTIZERS)
        # "وتعتبر أنقرة الوحدات الكردية امتداداً لحزب ...": a body, its definite object and an indefinite
        # accusative make the verb active ("considers X Y"), not "is considered"
        considers = False
        if cue.lemma == "يعتبر" and src is not None and src.recognised and src.kind == "official_body" and src.name:
            obj = i + len(_n(src.name).split())
            considers = obj + 1 < len(toks) and toks[obj].startswith("ال") and any(
                t.endswith("ا") and not t.startswith("ال") and len(t) >= 4 and _accusative_a(lex, t)
                for t in toks[obj + 1:obj + 7])
            # "وتعتبر إيران إسرائيل دولة احتلال": another state as the object, then an indefinite noun for
            # what it is held to be
            obj_end = obj + _state_name(toks, obj, len(toks)) if obj < len(toks) else obj
            considers = considers or (obj < obj_end < len(toks) and _is_word(toks[obj_end])
                                      and not toks[obj_end].startswith("ال") and toks[obj_end][:1] not in "لبو"
                                      and toks[obj_end] not in _PLACE_PREPS and toks[obj_end] not in _CONNECTORS
                                      and toks[obj_end].endswith(("ه", "ا")) and len(toks[obj_end]) >= 4)
            if considers:
                src = replace(src, text=src.name)
        if cue.lemma == "يعتبر" and not considers and not strong and 0 < cue_tok0 and after_tok < len(toks) \
                and toks[after_tok] not in ("من", "ان", "انه", "انها", "على", "علي") \
                and toks[cue_tok0 - 1] not in ("كان", "كانت", "يكون", "تكون") and any(
                    t.endswith("ا") and not t.startswith("ال") and len(t) >= 4 and t not in lex.first_names
                    and t not in _ADVERBIAL_ACCUSATIVES and t not in _SUBJECT_SKIP
                    for t in toks[after_tok + 1:after_tok + 7]):
            pre = _svo_subject(lex, s, cue_tok0, passive_ok=True)
            if pre is not None and _recognisable(pre) and pre.category == "named_source" \
                    and pre.kind in ("official_body", "organisation", "person"):
                src, considers = pre, True      # "لكن واشنطن تعتبر وحدات حماية الشعب حليفاً"
        if cue.lemma in ("يعتبر", "يعد") and (not strong or src is None or not src.recognised) and not opening_belief \
                and not considers:
            continue        # "وتعتبر الشركة مجموعة تجارية": "is considered", with no أن or no known source
            # (but "ويعتبر أن ..." opening a sentence goes on with the last source, like "ويرى أن")
        if _n(cue.lemma) == "يتهم" and src is not None and src.category == "anonymous_source" \
                and 0 < content_start and end >= content_start - 1:
            continue        # "ويتهم هؤلاء الأشخاص بالتسبب في ...": they are accused (no one accused after them)
        if toks[cue_tok0] in ("ثمن", "وثمن") and after_tok < len(toks) and toks[after_tok] in ("النهائي", "نهائي"):
            continue        # "الدور ثمن النهائي": the round of sixteen, not "ثمّن" (praised)
        if after_tok + 1 < len(toks) and toks[after_tok] in ("فيه", "فيها") and _masdar_pattern(toks[after_tok + 1]) \
                and not _lookup(lex.heads, toks, after_tok + 1) and not _lookup(lex.roles, toks, after_tok + 1) \
                and not _state_name(toks, after_tok + 1, len(toks)) and toks[after_tok + 1] not in _places() \
                and not _starts_name(lex, toks[after_tok + 1]):
            continue        # "بيانا صحفيا يعلن فيه تعيين المدرب فلان": what the statement announces, no speaker after فيه
        if _n(cue.lemma) in _CHARGING_CUES and after_tok < len(toks) and toks[after_tok] in ("فيه", "فيها"):
            continue        # 'في تقرير ...، يحث فيه دول الخليج على': who is urged follows; the writer is before
        if _n(cue.lemma) in _CHARGING_CUES and _clause_start(toks, cue_tok0) < cue_tok0:
            # "باكستان تتهم الهند بانتهاك ..."، "أوباما يحث مؤيدي الاتفاق على": the subject comes first; who
            # is accused or urged follows the verb
            src = _svo_subject(lex, s, cue_tok0) if not headline else None
            if src is None or not _recognisable(src):
                continue
        if cue_tok0 > 0 and toks[cue_tok0 - 1] in _QUESTION_WORDS:
            continue        # "ماذا قالت تركيا بشأن اختفاء خاشقجي؟": a question the story answers
        if not atts and not headline and _background_clause(lex, toks, cue_tok0):
            continue        # "وأثار ترامب غضب الفلسطينيين حين أعلن ..."، "تراجعت المشتريات بعد أن أعلنت
            #                 واشنطن أن ...": said in a clause of time, background to the news told
        if toks[cue_tok0] in ("توقع", "وتوقع", "ستوقع") and after_tok < len(toks) and _strip_al(
                toks[after_tok]).startswith(_SIGNED):
            continue        # "إسرائيل توقع اتفاقا"، "قطر توقع اتفاقية": تُوقّع, she signs; no one expects
        if _passive_charge(toks, cue_tok0, _n(cue.lemma)):
            continue        # "وُصف بأنه حيوي"، "التي اتُّهمت بها روسيا": described, accused; no one speaks
        if _n(cue.lemma) == "يذكر" and (src is None or not _recognisable(src) or "\u064f" in cue_text[:3] or (
                cue_tok0 > 0 and toks[cue_tok0 - 1] in (*_NEGATIONS, "عندما", "حين", "حينما", "اذا", "لو"))):
            # only "ويذكر التقرير أن": not the passive "تُذكر", "لم يذكر", nor "عندما تذكر" and
            # "تذكر أن" (you mention, remember)
            continue
        if src is None and (earlier := _had_earlier(lex, s, cue_tok0)) is not None:
            src = earlier       # "وسبق لبعض الدول الأفريقية أن دعت إلى": who had done so before
        if _nobody(s, src, cue_tok0):
            continue        # "ولم يكن يتوقع أحد فوزاً": no one expected it; no one is cited
        if src is None and cue_tok0 > 0 and toks[cue_tok0 - 1] in ("من", "ومن") and not (
                cue_tok0 > 1 and toks[cue_tok0 - 2] in ("مع", "على", "علي", "الي", "عن", "ضد", "لكل", "كل")):
            # "فهناك من يقول إن": someone, unnamed.
            src = _Source(text=s.orig_tokens(cue_tok0 - 1, cue_tok0), kind="anonymous",
                          category="anonymous_source", recognised=True)
        if src is None:
            # (يرى has no passive in news: "الخبير فلان الذي يرى أن" is his view)
            src = _known(_svo_subject(lex, s, cue_tok0, passive_ok=cue.form == "imperfect" and cue.cls == "belief"
                                      and _n(cue.lemma) != "يري"),
                         known)
        if src is None and closed and cue_tok0 > 0 and toks[cue_tok0 - 1] not in _RELATIVES:
            # "علماً بأن التحقيقات الأولية أشارت إلى أن": the subject before the verb, after أن.
            src = _preverbal_subject(lex, s, cue_tok0, known)
        # (also "وعزا أسباب الانخفاض إلى ..."، "كما أرجع سبب التأخر إلى ...": the cause is the object)
        verbal_noun_object = (src is None and _sentence_start(toks, cue_tok0) == cue_tok0 and i < len(toks)
                              and ((cue.cls == "assertion" and cue.form == "perfect")
                                   or (cue.governs == "الي" and cue.requires == "closed" and closed
                                       and cue.form in ("perfect", "fixed")))
                              and not toks[i].startswith("ال") and (toks[i] in ("اهميه", "ضروره") or (
                                  _is_common_word(lex, toks[i]) and toks[i] not in _NOT_SUBJECT
                                  and not _lookup(lex.heads, toks, i))))
        pronoun_denial = (src is None and cue.cls == "denial" and cue.form == "perfect" and cue_tok0 > 0
                          and toks[cue_tok0 - 1] in _PRONOUN_SUBJECTS)     # "ولكنه نفى هذه التهم"
        if no_subject_follows:
            src = None
        # "كان كسر كوب سبباً كافياً لشتمها، كما تقول."، "والعمل، كما يقول لبي بي سي، صعب": "as she says",
        # set off after what was said and with no subject, speaks for the source just cited
        rest = next((k for k in range(after_tok, len(toks)) if not _is_word(toks[k])), len(toks))
        as_said = src is None and cue_tok0 >= 2 and toks[cue_tok0 - 1] in ("كما", "وكما") \
            and toks[cue_tok0 - 2] in _COMMAS and (rest == len(toks) or toks[rest] in _COMMAS or toks[rest] in _HARD_STOP) \
            and (rest == after_tok or (rest - after_tok <= 4 and (
                toks[after_tok] in _RECIPIENTS or _to_outlet(lex, toks[after_tok])
                or _media_name_len(lex, [toks[after_tok][1:], *toks[after_tok + 1:rest]], 0) == rest - after_tok)))
        if not closed and (src is None or not _recognisable(src)) and not verbal_noun_object and not pronoun_denial \
                and not no_subject_follows and not as_said:
            continue        # (but "وأكد أهمية تفعيل ...": a verbal noun object, the subject is the last source)
        comp = content_start if content_start < len(toks) and toks[content_start] == "ان" else content_start - 1
        if _n(cue.lemma) in ("اصر", "يصر") and 0 <= comp < len(toks) - 1 and toks[comp] == "ان" and (
                toks[comp + 1][:1] == "ي" or toks[comp + 1] in ("تكون", "تتم", "تبقي", "تعود")):
            continue        # "أصر على أن يكون ...": insisting on doing is no claim (but "أصرت على أنها لم ...")
        if _n(cue.lemma) == "رحب" and content_start < len(toks) and toks[content_start - 1:content_start + 1] and (
                toks[content_start - 1][1:] in _WELCOMED or toks[content_start - 1] in ("به", "بهم", "بها")):
            continue        # "رحب بالحضور": a greeting to the people present, not a statement
        if cue.requires == "governs" and relayed_pronoun is None and not (
                # "ونقلت وسائل الإعلام أنه ...": what the media carried, without عن
                cue.cls == "media_relay" and strong and content_start > 0
                and toks[content_start - 1] in _COMPLEMENTIZERS) and not (cue.governs and content_start > 0
                                              and _gov(toks[content_start - 1], cue.governs)
                                              and toks[content_start:content_start + 1] != ["طريق"]):
            continue
        # A quote that ends just before the cue: «...»، قال فلان.
        cue_tok = cue_tok0
        if cue_tok >= 2 and (toks[cue_tok - 1] in _QUOTES or (toks[cue_tok - 1] in _COMMAS and toks[cue_tok - 2] in _QUOTES)):
            q_end = cue_tok - 1 if toks[cue_tok - 1] in _QUOTES else cue_tok - 2
            q_start = q_end - 1
            while q_start >= 0 and toks[q_start] not in _QUOTES:
                q_start -= 1
            if q_start >= 0 and q_end - q_start > 3:
                direct = True
                content = s.orig(s.starts[q_start], s.ends[q_end])
            else:
                content = _content(s, content_start)
        else:
            content = _content(s, content_start) if content_start > i or end > i else _content(s, i)
        if cue.requires == "media" and (src is None or src.kind != "media"):
            continue
        if cue.requires == "body" and (src is None or not src.recognised or src.kind not in (
                "organisation", "official_body", "media", "anonymous", "document")
                or (i + 1 < len(toks) and toks[i] in ("عدد", "قيمه", "حجم", "كلفه", "تكلفه") and toks[i + 1] != "من")):
            # (and "ويقدر عدد السكان بمليون"، "وتقدر قيمة الشركة": the passive, a measure is no group)
            continue        # "ووثق المرصد مقتل ..." (but "وثقت الكاميرات"، "وثق العلاقات")
        if _n(cue.lemma) == "ادان" and src is not None and i < len(toks) and any(
                v in ("محكمه", "القضاء", "قاضي", "المحلفين") for v in _al_variants(toks[i])):
            continue        # "أدانت محكمة عسكرية ثلاثة جنود بتهمة ...": a conviction, not a condemnation
        if _n(cue.lemma) in ("عبر", "يعبر") and (
                (src is not None and src.kind == "document") or (cue.form == "imperfect" and (
                    toks[after_tok] in ("عنه", "عنها", "عنهم", "عنهما")
                    or (cue_tok0 > 0 and toks[cue_tok0 - 1] in _RELATIVES)))):
            continue        # "ويعبر القرار المتخذ عن خطوة كبيرة"، "الذين يعبرون عن شرائح"، "يعبر عنها موقف
            #                 دوله": it represents, it does not express
        if _n(cue.lemma) == "عبر" and i < len(toks) and any(v in _CHANNELS for v in _al_variants(toks[i])):
            continue        # "عبر منصة «إيجار»"، "عبر موقعها": "via" a channel, not "expressed"
        if _n(cue.lemma) == "عبر" and src is not None and not src.recognised and (
                any(t in _COMMAS for t in toks[i:end]) or not any(_starts_name(lex, t) for t in toks[i:end])):
            continue        # "عبر الإنترنت، فضلاً عن": "via", not "expressed"
        if src is None:
            # A cue with no subject continues a report only when it introduces content
            # (وأضاف أن، وتابع:); a mid-sentence imperfect without subject describes ("يشير إلى مدى").
            if cue.form == "imperfect" and cue.cls == "belief" and _cue_agreement(lex, cue_text) != "f" \
                    and _n(cue.lemma) not in ("يري", "يعتبر"):
                # (but "وترى أن": a feminine verb is active, the impersonal passive is masculine;
                # "ويرى أن" is hardly ever passive)
                continue    # "ويُتوقع أن"، "يُعتقد أن": a passive with no source
            if cue.lemma == "علمت":
                continue    # "إذا علمت أن": you/I learned, not the outlet
            # ("لكنه أشار إلى تباين في الآراء": a pronoun subject opening the sentence is the last source)
            pronoun_opens = cue_tok > 0 and toks[cue_tok - 1] in _PRONOUN_SUBJECTS \
                and _sentence_start(toks, cue_tok - 1) == cue_tok - 1
            governed = (cue.governs and 0 < content_start < len(toks) and _gov(toks[content_start - 1], cue.governs)
                        and (_sentence_start(toks, cue_tok) == cue_tok or pronoun_opens
                             or toks[after_tok] in ("فيها", "فيه"))
                        and (content_start == i + 1
                             or (content_start <= i + 4 and toks[i] in _ADDRESSEES)
                             # "ودعا الفلسطينيين إلى": the people called on, a definite plural
                             or (content_start == i + 2 and toks[i].startswith("ال") and toks[i].endswith("ين"))
                             or (
                            # "وأكد في نهاية الزيارة على ضرورة": a short adjunct before the preposition
                            toks[i] in _PLACE_PREPS and content_start - i <= 6
                            and all(_is_word(t) and t not in _COMPLEMENTIZERS for t in toks[i:content_start]))))
            opening = _sentence_start(toks, cue_tok) == cue_tok and cue.form in ("perfect", "fixed") and i < len(toks) and (
                # "وقال لا يوجد ..."، "وأضاف نحن ...": no subject can follow, the content starts at once
                (cue.cls == "speech" and toks[i] in _NOT_SUBJECT)
                or verbal_noun_object)
            opening = opening or pronoun_denial or no_subject_follows     # (the pronoun stands for the last source)
            if as_said:
                atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None,
                                 content=_content(s, 0, s.starts[cue_tok - 2]), needs_source=True))
                continue
            if not (strong or governed or opening) or (
                    cue.form == "imperfect" and _clause_start(toks, cue_tok) < cue_tok
                    and not (cue_tok > 0 and toks[cue_tok - 1] in _PRONOUN_SUBJECTS)
                    and not (strong and (m.group("pre") in ("و", "ف") or (cue_tok > 0 and toks[cue_tok - 1] == "ثم")) and (
                        _coordinated_speaker(lex, s, cue_tok) or _speech_follows(toks, after_tok)))):
                continue    # ("وأكد على أهمية ..." at the start of a sentence continues the report;
                #              "إلا أنه يقول إن": the pronoun is the subject, the last source;
                #              "يجلس أبو خالد أمام دكانه ويقول:": the person the sentence is about speaks;
                #              "يقلب بيده نبتة جافة ويقول لهسبريس: «...»": words in direct speech)
            if _n(cue.lemma) == "نقل" and 0 < content_start < len(toks) and toks[content_start - 1] == "عن":
                # "ونُقل عن كاهيل قوله": no one relays, the person after عن is the source
                e2, cs2, d2, _ = _scan_source(lex, s, content_start, "")
                inner = _parse_source(lex, s, content_start, e2) if e2 > content_start else None
                if inner is not None and inner.text and (_recognisable(inner) or (
                        e2 == content_start + 1 and e2 < len(toks) and toks[e2].startswith(("قول", "تاكيد")))):
                    if not _recognisable(inner):
                        inner = _named_person(inner.text)
                    atts.append(_Att(inner.category, cue_text, "media_relay", c_start, c_end, inner,
                                     content=_content(s, cs2) if cs2 > content_start else content, direct_quote=d2))
                    continue
            atts.append(_Att("named_source", cue_text, cue.cls, c_start, c_end, None, content=content,
                             direct_quote=direct, needs_source=True))
            continue
        cls = cue.cls
        via = ""
        if (src.kind in ("media", "reports") and cue.lemma in ("نقل", "نقلت", "ذكر", "أفاد", "أورد", "نشر", "بث", "نسب")
                or cue.lemma in ("نقل", "نقلت", "علمت")):
            # (any subject of نقل ... عن relays: "نقلت مديرية التوجيه عن العميد فلان تأكيده")
            cls = "media_relay"
            # "نقلت وكالة رويترز عن مسؤول": the claim rests on the source after عن.
            if 0 < content_start < len(toks) and toks[content_start - 1] in ("عن", "عمن", cue.governs or "عن") \
                    and not (toks[content_start - 1] == "من" and not _lookup(lex.heads, toks, content_start)) \
                    and not any(t in lex.verb_keys for t in toks[i:content_start - 1]):
                # (but "نقلت الصحيفة تصريحات عبّر فيها عن غضبه": that عن is another verb's)
                if toks[content_start - 1] == "عمن" and content_start + 1 < len(toks) \
                        and toks[content_start].startswith("وصف") and toks[content_start + 1][:1] == "ب":
                    # "ونقلت رويترز عمن وصفته بمسؤول رفيع": the one it describes so is the source
                    content_start += 1
                e2, cs2, d2, _ = _scan_source(lex, s, content_start, "")
                inner = _parse_source(lex, s, content_start, e2) if e2 > content_start else None
                said = next((k for k in range(content_start + 1, min(len(toks), content_start + 4))
                             if toks[k] in ("قوله", "قولها", "قولهم")), None)
                if (inner is None or not inner.text) and said is not None and all(
                        _is_word(t) and not t.startswith("ال") and t not in _NAME_STOP for t in toks[content_start:said]):
                    # "ونقلت فرانس برس عن ماس قوله": a name the lists do not know (or a common word), then
                    # "his saying"
                    inner = _named_person(s.orig_tokens(content_start, said))
                    cs2, d2 = said + 1, said + 1 < len(toks) and toks[said + 1] in _QUOTES
                if inner is not None and toks[content_start - 1].startswith("وصف") and inner.text[:1] == "ب":
                    inner = replace(inner, text=inner.text[1:], name=inner.name[1:] if inner.name == inner.text else inner.name)
                if inner is not None and inner.text:
                    via = src.name or src.text
                    src = inner
                    content = _content(s, cs2) if cs2 > content_start else content
                    direct = d2
            else:
                # "نشرت مجلة «ذ نيويوركر» بياناً لمونفس يقول فيه"، "نقلت الوكالة تصريحاً لعمدة كيزليار قال
                # فيه": the outlet carries the words of the one the statement belongs to
                k = next((k for k in range(i + 1, min(len(toks) - 1, i + 10)) if toks[k] in _RELAYED_STATEMENTS), None)
                if k is not None and toks[k + 1][:1] == "ل" and len(toks[k + 1]) > 3 \
                        and all(_is_word(t) or t in _QUOTES for t in toks[i:k]):
                    o_end = _np_end(lex, s, k + 1, min(len(toks), k + 1 + MAX_SOURCE_TOKENS))
                    owner = _parse_source(lex, s, k + 1, o_end)
                    if not _recognisable(owner) and o_end <= k + 3 and o_end < len(toks) and toks[o_end] in lex.verb_keys:
                        # "بياناً لمونفس يقول فيه": a name unknown to the lists, then the verb of the statement
                        owner = _named_person(s.orig_tokens(k + 1, o_end)[1:])
                    if _recognisable(owner) and not owner.not_source:
                        via, src = src.name or src.text, replace(
                            owner, text=_strip_clitic(owner.text, toks[k + 1]), name=_strip_clitic(owner.name, toks[k + 1]))
        if relayed_pronoun is not None and src.kind == "media":
            atts.append(_Att("named_source", cue_text, cls, c_start, c_end, None, content=content,
                             direct_quote=direct, needs_source=True, via=src.name or src.text))
            continue
        if src.text[:1] in "وف" and _n(src.text.split(maxsplit=1)[0])[1:] in lex.verb_keys:
            # "ردت المحكمة الدفع، وأوضحت أن": a reporting verb is no subject; the one before the verb
            # is ("لكن السعودية نفت ذلك، وقالت إن"), and the verb after it speaks for the same
            pre = _preverbal_subject(lex, s, cue_tok0, known) if cue_tok0 > 0 else None
            if pre is None or not _recognisable(pre):
                continue
            src, content, direct = pre, _content(s, after_tok), False
        if src.category == "named_source" and src.kind == "person" and (
                _withheld(toks[i:content_start]) or _withheld(_n(src.text).split())):
            # "ويضيف الشاهد الذي طلب عدم ذكر اسمه:": a source who asked not to be named
            src = replace(src, category="anonymous_source", kind="anonymous", name="")
        atts.append(_Att(src.category, cue_text, cls, c_start, c_end, src, content=content,
                         direct_quote=direct, via=via))
    if not atts:
        atts.extend(filter(None, [_what_they_said(lex, s, known)]))
    if len(atts) > 1:
        atts = _through_a_document(s, atts)
    # A reported span ends where the next attribution of the sentence begins: in a pathologically long
    # "sentence" (a whole article without full stops) every cue would otherwise copy the rest of it.
    for a in atts:
        if len(a.content) > MAX_CONTENT_CHARS:
            later = [b.cue for b in atts if b.cue_start > a.cue_start and b.cue]
            cut = min((p for p in (a.content.find(c, 1) for c in later) if p > 0), default=-1)
            a.content = (a.content[:cut] if cut > 0 else a.content)[:MAX_CONTENT_CHARS].rstrip()
    hedges = []
    for m in lex.hedge_re.finditer(norm):
        h = s.orig(m.start("h"), m.end("h"))
        hedges.append(h)
    disclaimer = ""
    m = lex.disclaimer_re.search(norm)
    if m:
        end = len(norm)
        for stop in ".،,؛;":
            p = norm.find(stop, m.end())
            if p >= 0:
                end = min(end, p)
        disclaimer = s.orig(m.start(), end).strip()
    return atts, hedges, disclaimer, s


# --------------------------------------------------------------------------------------------
# Articles: inheritance, staff, tables
# --------------------------------------------------------------------------------------------


def _outlet_aliases(lex: _Lexicons, outlet: str | None) -> frozenset[str] | None:
    if not outlet:
        return None
    key = _n(str(outlet))
    outlet_id = lex.alias_to_outlet.get(key) or lex.alias_to_outlet.get(str(outlet).strip().lower())
    if outlet_id is None:
        for alias, oid in lex.alias_to_outlet.items():
            if alias and re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", key):
                outlet_id = oid
                break
    if outlet_id is None:
        return frozenset({key})
    return lex.outlets.get(outlet_id, frozenset()) | {key}


def _own_staff(lex: _Lexicons, src: _Source | None, aliases: frozenset[str] | None) -> bool:
    if src is None or not src.staff_role:
        return False
    aff = _n(src.affiliation)
    if not aff or _n(src.role) in _OUR_STAFF or aff in ("الصحيفه", "الوكاله", "الجريده", "القناه", "الموقع"):
        return True
    pool = aliases if aliases is not None else frozenset(lex.alias_to_outlet)
    return any(re.search(r"(?<!\w)" + re.escape(a) + r"(?!\w)", aff) for a in pool if a)


def _outlet_map(sentences: pd.DataFrame, articles: pd.DataFrame | None) -> dict:
    if articles is not None and "outlet" in articles.columns:
        return dict(zip(articles["article_id"], articles["outlet"]))
    if "outlet" in sentences.columns:
        return dict(zip(sentences["article_id"], sentences["outlet"]))
    return {}


def _rows(sentences: pd.DataFrame, articles: pd.DataFrame | None = None):
    """Per-sentence analysis of a sentences table: (attribution rows, sentence rows)."""
    lex = _lexicons()
    missing = {"article_id", "paragraph_id", "sentence_id", "text"} - set(sentences.columns)
    if missing:
        raise ValueError(f"sentences table lacks columns: {sorted(missing)}")
    outlets = _outlet_map(sentences, articles)
    alias_cache: dict = {}
    kinds = sentences["kind"] if "kind" in sentences.columns else ["body"] * len(sentences)
    att_rows: list[tuple] = []
    sent_rows: list[tuple] = []
    # Per-article state for inheritance.
    state: dict = {}
    closes_ahead = _quote_closes_ahead(sentences)
    alone = _alone_in_paragraph(sentences)
    for row_index, (article_id, paragraph_id, sentence_id, kind, text) in enumerate(zip(
            sentences["article_id"], sentences["paragraph_id"], sentences["sentence_id"], kinds,
            sentences["text"])):
        text = "" if text is None or (isinstance(text, float) and text != text) else str(text)
        st = state.get(article_id)
        if st is None:
            outlet = outlets.get(article_id)
            if outlet not in alias_cache:
                alias_cache[outlet] = _outlet_aliases(lex, outlet)
            st = state[article_id] = {"last": None, "last_par": None, "prev_had": False,
                                      "body_par": 0, "cur_par": None, "aliases": alias_cache[outlet],
                                      "prev_sentence": None, "prev_rows": [], "quote_src": None,
                                      "quote_run": 0, "n": 0, "par_sentences": 0, "turn_src": None, "quote_rows": [], "subj": None, "subj_idx": -1, "last_idx": -1,
                                      "subj_agr": "", "pending": [], "known": frozenset(), "history": deque(maxlen=MAX_HISTORY_SENTENCES),
                                      "sources": deque(maxlen=MAX_HISTORY_SOURCES)}
        is_body = kind == "body"
        if is_body and paragraph_id != st["cur_par"]:
            st["cur_par"] = paragraph_id
            st["turn_src"] = None       # a named turn of an interview lasts one paragraph
            st["par_sentences"] = 0
            st["body_par"] += 1
        # (a longer heading is mostly a link to another story: "خبراء بالأمم المتحدة يطالبون السعودية ...")
        headline = kind == "title" or ((kind == "heading" or is_body and alone[row_index]) and _short_line(text))
        atts, hedges, disclaimer, s = _analyse(lex, text, st["known"], headline=headline)
        if _READ_MORE.match(s.norm):
            atts = []       # "اقرأ المزيد: روسيا: ..."، "للمزيد: ...": a link to another story inside a paragraph
        toks = s.toks
        if (headline or kind == "heading") and not any(a.category in ("named_source", "anonymous_source") for a in atts):
            # (a subheading "أردوغان : «الآن، سيُرفع العلم التركي هناك!»" too; not a body line: "ثانيا: ..."،
            # "لمراسلة الكاتب: ...")
            atts[:0] = filter(None, [(_headline_speaker(lex, s, title=kind == "title") if kind == "title" or (
                kind == "heading" and len(text.split()) <= 12) else None)
                or (_headline_subject_verb(lex, s) if headline else None)])
        elif headline and atts and (first := _headline_subject_verb(lex, s)) is not None:
            # "ترامب يحذر الأسد وحلفاءه من ...": the title's subject stands before its verb; what
            # follows the verb is whom it warns or tells
            atts = [first if a.cue_start == first.cue_start and a.source is not None
                    and _n(a.source.text) != _n(first.source.text) else a for a in atts]
        explicit = [a for a in atts if a.source is not None and a.category in ("named_source", "anonymous_source")]
        last = st["last"]
        recent = last is not None and is_body and st["body_par"] - st["last_par"] <= MAX_INHERIT_PARAGRAPHS
        for index, a in enumerate(atts):
            if not a.needs_source:
                continue
            src = None
            earlier = [b for b in atts[:index] if b.source is not None
                       and b.category in ("named_source", "anonymous_source")]
            if earlier:
                # "وأوضح فلان أن ...، وأضاف أن ...": the same sentence named the source already.
                a.source = earlier[-1].source
                a.category = a.source.category
                a.inherited = True
                continue
            if a.findings:
                # the findings, the figures: of the study or report cited last (else no one's)
                if recent and last.kind == "document":
                    a.source, a.category, a.inherited = replace(last, text=a.findings), last.category, True
                else:
                    a.category = ""
                continue
            cue_index = s.token_of(a.cue_start)
            mid_sentence = _sentence_start(toks, cue_index) < cue_index
            if a.cue_class == "according_to" and is_body and last is not None \
                    and (h := s.token_at(a.cue_end)) < len(toks) and toks[h] in _HIS_WORDS \
                    and _agrees(_cue_agreement(lex, a.cue), last.agreement):
                # "حسب قوله"، "على حد تعبيره": this sentence's speaker, or the source just cited (not a
                # document the sentence is about: "وهذه الوثائق تشكل ...، حسب قوله")
                own = _subject_of_clause(lex, s, cue_index)
                if own is not None and own.kind not in ("document", "media"):
                    src = own
                else:
                    src = last
                    a.inherited = True
            elif mid_sentence and not a.participle:
                # "بارك الدكتور فلان القرار، وقال:": the subject of this sentence's first verb
                # ("التقت الصحيفة المتحدث فلان، وقال": the person met).
                if any(t.startswith(_MEETING_VERBS) for t in toks[:cue_index]):
                    src = _last_person(lex, s, cue_index)
                if src is None:
                    src = _interviewee(lex, s, cue_index)
                if src is None:
                    src = _subject_of_clause(lex, s, cue_index)
                if src is None:
                    # "السويعدي، البالغ من العمر 58 عاماً، ورث ...، لكنه يقول إن"، "وضع عبد المنعم النقود في
                    # جيبه، وقال:": the person the sentence is about
                    src = _topic_before(lex, s, a.cue_start, st["known"], _cue_agreement(lex, a.cue))
            if src is not None:
                pass
            elif a.participle and is_body and toks and _strip_al(toks[0].removeprefix("و")) in _INTERVIEW_NOUNS \
                    and (met := _met_person(lex, s)) is not None:
                # "حوار مع فلان، مختص في ...، والذي كان قد استبق الأحداث بالقول إن": the one interviewed
                src = met
            elif a.participle and _n(a.cue).startswith("الي ") and (own := _agent_before_ila(lex, s, cue_index)):
                # "سارعت وزارة الدفاع إلى التأكيد على أن"، "ما دفع موسكو إلى الإعلان عن أن": the
                # one driven to speak stands right before إلى
                src = own
            elif a.participle and (own := _subject_of_clause(lex, s, cue_index)
                                      or _topic_before(lex, s, a.cue_start, st["known"], _cue_agreement(lex, a.cue))) \
                    is not None:
                # "قدم عضو المجلس فلان شكره ...، مشيراً إلى": a new subject in this sentence
                # speaks, not the previous source.
                src = own
            elif a.participle and st["prev_had"] and last is not None:
                src = last
                a.inherited = True
            elif a.participle or not (recent and last is not None):
                # Participle or no antecedent: the subject of this sentence's first verb.
                src = _subject_of_clause(lex, s, s.token_of(a.cue_start))
            if src is None and not a.participle and is_body:
                _settle_subjects(lex, st)
            if (src is None and not a.participle and st["subj"] is not None and is_body
                    and st["subj_idx"] > st["last_idx"] and st["n"] - st["subj_idx"] <= 2
                    and _agrees(_cue_agreement(lex, a.cue), st["subj_agr"])):
                # "وكان الأمير فلان قد عقد اجتماعاً ... . وأضاف:": the person the story turned
                # to after the last report speaks, not the earlier source.
                src = st["subj"]
                a.inherited = True
            if src is None and recent and last is not None:
                src = last
                a.inherited = True
            if src is None and st["prev_sentence"] is not None:
                prev_s = st["prev_sentence"]
                if is_body and any(t.startswith(_MEETING_VERBS) for t in prev_s.toks):
                    # "والتقت «الصحيفة» مدير الفرع فلان ... . وقال:": the person just interviewed.
                    src = _last_person(lex, prev_s)
                if src is None:
                    src = _subject_of_clause(lex, prev_s, len(prev_s.toks))
                if src is None and is_body and last is None:
                    # "قام فريق بقيادة الدكتور فلان بزيارة ... . وأشار سعادته إلى أن": nothing was
                    # reported before; the person the story last introduced speaks.
                    src = next((p for p in map(partial(_last_person, lex), reversed(st["history"])) if p), None)
                if src is not None:
                    a.inherited = True
            if (src is None and is_body and last is not None and a.direct_quote and not mid_sentence
                    and _agrees(_cue_agreement(lex, a.cue), last.agreement)):
                # 'وقالت "منزلي الذكي لم يكن مريحا."' paragraphs after the last report: with no one
                # cited since, the words quoted are still the last source's
                src = last
                a.inherited = True
            if src is not None and a.inherited:
                src = _agreeing(src, _cue_agreement(lex, a.cue), st["sources"])
            a.source = src
            a.category = src.category if src is not None else ""
        # A cue whose source could not be found anywhere is dropped.
        atts = [a for a in atts if a.category]
        for index, a in enumerate(atts):
            # (a cheap test on the text as written first: most sources are neither)
            words = _n(a.source.text).split() if a.source is not None and not a.inherited and recent and any(
                w in a.source.text for w in ("المصدر", "المصادر", "المتحدث")) else []
            if last is not None and tuple(words) in _SAME_SOURCE:
                # "وأوضح المصدر ذاته أن": the source cited last, whatever it was
                a.source, a.category = last, last.category
                continue
            if [w for w in words if w not in _ANAPHOR_MARKS] in (["المتحدث"], ["المتحدثه"]):
                # "وأوضح المتحدث أن": the person who has been speaking (not "المتحدث باسم ...")
                person = next((p for p in reversed(st["sources"]) if p.kind == "person" and p.name
                               and p.category == "named_source" and _n(p.name) not in ("المتحدث", "المتحدثه")), None)
                if person is not None:
                    a.source, a.category = person, person.category
                    continue
            if a.source is not None and not a.inherited and a.source.category == "anonymous_source" and is_body:
                head = [w for w in _n(a.source.text).split() if w not in _ANAPHOR_MARKS]
                if len(head) == 1 and head[0].startswith("ال"):
                    # "يرى الخبير الفلاحي فلان ... . ويشدد الخبير على": the expert named before
                    named = next((p for p in reversed(st["sources"]) if p.kind == "person" and p.name
                                  and p.category == "named_source" and (_n(p.text).split()[:1] == head or (
                                      len(head[0]) > 4 and head[0] in _n(p.text).split()))), None)
                    if named is not None:
                        a.source, a.category = named, named.category
                        continue
            if a.source is not None and not a.inherited and a.source.kind == "person" and is_body \
                    and _person_anaphor(lex, a.source.text):
                # "ويضيف الرجل الأربعيني"، "تقول السيدة الخمسينية": the person the story is about
                _settle_subjects(lex, st)
                subj = st["subj"]
                person = subj if subj is not None and subj.kind == "person" and st["subj_idx"] > st["last_idx"] else None
                if person is None:
                    # "عند السابعة صباحاً، تصل رنا المصري إلى المستشفى ... . «...»، تقول الممرضة الثلاثينية":
                    # the person an earlier sentence since the last report turned to
                    agreement = _cue_agreement(lex, a.cue)
                    since = list(st["history"])[-min(MAX_TOPIC_LOOKBACK, st["n"] - max(st["last_idx"], 0)):] \
                        if st["n"] > max(st["last_idx"], 0) else []
                    person = next((t[0] for t in map(partial(_topic_person, lex, known=st["known"]), reversed(since))
                                   if t is not None and _agrees(agreement, t[1])), None)
                if person is None:
                    person = next((p for p in reversed(st["sources"]) if p.kind == "person" and p.name
                                   and p.category == "named_source" and not _person_anaphor(lex, p.text)), None)
                if person is not None:
                    a.source, a.category = _agreeing(person, _cue_agreement(lex, a.cue), st["sources"]), "named_source"
                    continue
            if a.source is not None and not a.inherited:
                # (earlier sources of the same sentence count: "كشفت دراسة بريطانية ...، ودعت الدراسة")
                before = [*st["sources"], *(b.source for b in atts[:index] if b.source is not None and not b.inherited)]
                phrase = a.source
                a.source = _resolve_anaphor(lex, a.source, s, s.token_of(a.cue_start), st["history"], before)
                a.category = a.source.category
                for b in atts:
                    if b.inherited and b.source is phrase:
                        # "ووصف المسؤول الصيني ...، وأكد أن": the coordinated cue speaks for whom he resolves to
                        b.source, b.category = a.source, a.category
        # "وتابع «...». وفقاً لوكالة رويترز": an agency cited beside a speaker relays the speaker.
        speakers = [a for a in atts if a.cue_class not in ("according_to", "continuation")
                    and a.source is not None and a.category in ("named_source", "anonymous_source")]
        if speakers:
            relays = [a for a in atts if a.cue_class == "according_to" and a.source is not None
                      and a.source.kind == "media" and a.category == "named_source"]
            # "وبحسب بيان الصندوق، أعربت لاجارد عن ...": an opening "according to" whose phrase is
            # followed at once by the speaker's verb relays that speaker.
            w0 = next((k for k, t in enumerate(toks) if _is_word(t)), -1)
            for r in [a for a in atts if a.cue_class == "according_to" and a.source is not None
                      and a not in relays and a.category in ("named_source", "anonymous_source")
                      and s.token_of(a.cue_start) == w0]:
                r_words = len([t for t in _n(r.source.text).split() if _is_word(t)])
                if any(not a.inherited and a.cue_start > r.cue_start and sum(
                        _is_word(t) for t in toks[w0 + 1:s.token_of(a.cue_start)]) <= r_words + 2 for a in speakers):
                    relays.append(r)
            for r in relays:
                for a in speakers:
                    a.via = a.via or r.source.name or r.source.text
                atts.remove(r)
        # "وقالت الوكالة نقلاً عن الشرطة إن ...": the outlet relays; the claim rests on the source after
        # نقلاً عن.
        for r in [a for a in atts if a.cue_class == "according_to" and _n(a.cue).startswith("نقلا")
                  and a.source is not None and a.source.kind != "media"]:
            # (also "وفقا لما ذكرته بلومبرغ نقلا عن مصادر مطلعة")
            relayed = next((a for a in atts if a is not r and a.source is not None and a.source.kind == "media"
                            and not _n(a.cue).startswith("نقلا") and a.cue_start < r.cue_start
                            and s.token_of(r.cue_start) - s.token_of(a.cue_end) <= 8), None)
            if relayed is not None:
                r.via, r.content, r.direct_quote = relayed.source.name or relayed.source.text, relayed.content, relayed.direct_quote
                atts.remove(relayed)
        # "أعربت الجامعة العربية على لسان المتحدث باسمها فلان عن ...": the body speaks through that
        # person, who is the source (the body is the affiliation).
        for r in [a for a in atts if a.cue_class == "according_to" and _n(a.cue) == "علي لسان"
                  and a.source is not None and a.source.kind == "person" and not a.source.not_source]:
            body = next((a for a in atts if a is not r and a.source is not None and a.cue_start < r.cue_start
                         and a.source.kind in ("organisation", "official_body", "media")
                         and s.token_of(r.cue_start) - s.token_of(a.cue_end) <= 8), None)
            if body is not None:
                r.cue, r.cue_class, r.content, r.direct_quote = body.cue, body.cue_class, body.content, body.direct_quote
                if not r.source.affiliation:
                    r.source = replace(r.source, affiliation=body.source.name or body.source.text)
                atts.remove(body)
        # A subheading ("كيف اختفى خاشقجي؟"، '"صوت عال"': a paragraph of a few words with no full stop)
        # ends a quotation left open and goes on with no one's report.
        heading = is_body and alone[row_index] and not explicit and _short_line(text)
        if heading:
            st["quote_src"] = None
        # A quotation left open by the previous sentence goes on in this one.
        quote_src = st["quote_src"] if is_body else None
        balance = (s.norm.count("«") + s.norm.count("“")) - (s.norm.count("»") + s.norm.count("”"))
        if balance == 0 and s.norm.count('"') % 2 == 1:
            balance = -1 if _quote_open(st) else 1     # straight quotes: an odd count opens or closes
        if quote_src is not None:
            # what stands before the quotation closes is the speaker's own words, reporting verbs and
            # all ("«... . اليوم أولادي يقولون الشيء نفسه»"): only a cue after it cites someone
            close = min((at for at in map(s.norm.find, _CLOSING_QUOTES) if at >= 0), default=-1)
            if balance < 0:     # (only where this sentence closes it: a quotation left open by mistake ends)
                atts = [a for a in atts if a.cue_start > close]
            if not any(a.category in ("named_source", "anonymous_source") for a in atts):
                atts[:0] = filter(None, [_continuation(s, quote_src, direct=True)])
            # (a quotation runs on beyond four sentences only when a later sentence of the paragraph
            # closes it: an unbalanced quote mark must not carry the speaker through the story)
            st["quote_src"] = None if balance < 0 or (st["quote_run"] >= 3 and not closes_ahead[row_index]) \
                else quote_src
            st["quote_run"] += 1
        elif is_body and balance > 0:
            quoted = [a for a in atts if a.direct_quote and a.source is not None
                      and a.category in ("named_source", "anonymous_source")]
            opened = max(s.norm.rfind(q) for q in _OPENING_QUOTES)
            quoted = quoted or [a for a in atts if a.source is not None and a.cue_start < opened
                                and a.category in ("named_source", "anonymous_source") and closes_ahead[row_index]]
            # ("ونقلت رويترز عن ترامب قوله أمام حشد "نحن نحمي السعودية.": the quotation left open
            # after an adjunct, and closed later in the paragraph, is the cited speaker's)
            if quoted:
                st["quote_src"], st["quote_run"] = quoted[-1].source, 0
            elif (text.lstrip()[:1] in _OPENING_QUOTES and st["prev_had"] and last is not None and recent
                  and last.category in ("named_source", "anonymous_source")
                  and not any(a.category in ("named_source", "anonymous_source") for a in atts)):
                # "وترى هارتمان أن ... . «الطبيب الهندي ... . ... الكفاءات»": a quotation opened alone
                # right after a report goes on with that source until it closes
                atts[:0] = filter(None, [_continuation(s, last, direct=True)])
                st["quote_src"], st["quote_run"] = last, 0
        # A statement quoted in full ("أصدرت وزارة الداخلية بياناً ...، فيما يلي نصه:"): the sentence
        # rests on whoever issued it, and so does every later sentence of the story that cites no one.
        if is_body:
            text_src = st.get("text_src")
            if text_src is not None and not any(a.category in ("named_source", "anonymous_source") for a in atts):
                atts[:0] = filter(None, [_continuation(s, text_src)])
            elif text_src is None and _TEXT_FOLLOWS.search(s.norm):
                issuer = next((a.source for a in atts if a.source is not None and not a.inherited
                               and a.category == "named_source"), None) or _subject_of_clause(lex, s, len(toks))
                if issuer is not None and _recognisable(issuer) and issuer.category == "named_source":
                    if not any(a.category in ("named_source", "anonymous_source") for a in atts):
                        t = max(k for k, tok in enumerate(toks) if tok.startswith("نص"))
                        atts.append(_Att(issuer.category, s.orig(s.starts[t], s.ends[t]), "speech",
                                         s.starts[t], s.ends[t], issuer, content=""))
                    st["text_src"] = issuer
        # Interviews with named turns ("منى العبادي: يعني ..."، "DW عربية: ما الذي ...?"): a paragraph
        # opened by a person's name and a colon is that person's answer, to the end of the paragraph.
        if is_body and not any(a.category in ("named_source", "anonymous_source") for a in atts):
            label = _TURN_LABEL.match(text) if st["turn_src"] is None and st["par_sentences"] == 0 else None
            speaker = _turn_speaker(lex, label.group("label"), st) if label else None
            if speaker is not None and _n(label.group("label")).split()[-1] in re.findall(r"\w+", _n(text[label.end():])):
                # "ديفيد سيلفا: يعد ديفيد سيلفا أحد أساطير النادي": a profile under the name's label,
                # about him, not his answer
                speaker = None
            if speaker is not None:
                atts[:0] = [_Att(speaker.category, label.group("colon"), "speech", label.start("colon"),
                                 label.end("colon"), speaker, content=text[label.end():].strip())]
                st["turn_src"] = speaker
            elif st["turn_src"] is not None:
                atts[:0] = filter(None, [_continuation(s, st["turn_src"])])
        # Interviews in question-and-answer form ("● السؤال ... ●● الجواب"، "س: ... ج: ..."): the
        # answers, up to the next question, rest on the interviewee (the last source cited).
        if is_body:
            if not st.get("interview") and _opens_interview(toks):
                st["interview"] = True      # (once set it stays: no need to look again)
            marker = _QA_MARK.match(text)
            if marker is None and st.get("interview") and text.rstrip().endswith(("؟", "?")) and not any(
                    a.category in ("named_source", "anonymous_source") for a in atts):
                marker = _QA_MARK.match("●")       # an interview's question with no mark
            if marker is None and st.get("qa_asked") and _QA_DASH.match(text):
                marker = _QA_MARK.match("●●")      # a dash answers the question just asked
            if marker is None and st.get("qa_question") and st["par_sentences"] == 0:
                marker = _QA_MARK.match("●●")      # so does the unmarked paragraph right after a question
            if marker is not None:
                st["qa_asked"] = st.get("qa_asked") or marker.group("q") is not None
                st["qa_answer"] = marker.group("a") is not None
                # ("* ..." is a question only when it asks one: "* ...؟", not a bulleted item)
                st["qa_question"] = marker.group("q") is not None and text.rstrip().endswith(("؟", "?"))
                if st["qa_answer"] and st.get("qa_src") is None:
                    # fixed at the first answer: the person the outlet met ("حاورت الخبير فلان"),
                    # or else the last source cited
                    met = next((_met_person(lex, h) for h in reversed(st["history"]) if _opens_interview(h.toks)),
                               None)
                    if met is not None:
                        st["qa_src"] = met
                    elif st["last"] is not None and st["last"].category == "named_source":
                        st["qa_src"] = st["last"]
                    else:
                        # "تنقل الدكتور فلان ... . «الوطن» التقته ...": no one cited yet; the person the
                        # introduction presented
                        st["qa_src"] = next((p for p in map(partial(_last_person, lex), reversed(st["history"])) if p),
                                            None)
            if st["turn_src"] is not None:
                st["qa_answer"] = False     # named turns speak for themselves, paragraph by paragraph
            interviewee = st.get("qa_src")
            if (st.get("qa_answer") and interviewee is not None
                    and not any(a.category in ("named_source", "anonymous_source") for a in atts)):
                atts[:0] = filter(None, [_continuation(s, interviewee)])
        # Speech after a colon with no quotation marks ("وقال رومينيغه: نعلم ما يستطيع إشبيلية فعله.") runs on
        # in its paragraph while the sentences speak in the first or second person ("سنخوض مباراة الغد ...").
        if is_body:
            run = st.get("colon_src")
            cited = any(a.category in ("named_source", "anonymous_source") for a in atts)
            if run is not None and run[1] == paragraph_id and not atts and _speaks_in_person(toks):
                atts[:0] = filter(None, [_continuation(s, run[0])])
            else:
                st["colon_src"] = None
                if cited:
                    spoken = next((a for a in atts if not a.inherited and a.source is not None
                                   and a.category in ("named_source", "anonymous_source")
                                   and _unquoted_colon_speech(s, a)), None)
                    if spoken is not None:
                        st["colon_src"] = (spoken.source, paragraph_id)
        # Features: "خالد، موظف ...، واحد من هؤلاء. «...»": a quotation with no cue right after the story
        # turned to a person (in a sentence citing no one) is that person's, until it closes.
        if is_body and not atts and quote_src is None and text.lstrip()[:1] in _OPENING_QUOTES:
            _settle_subjects(lex, st)
        subj = st["subj"]
        if (is_body and not atts and quote_src is None and subj is not None and subj.kind == "person"
                and st["subj_idx"] > st["last_idx"] and st["n"] - st["subj_idx"] <= 2
                and text.lstrip()[:1] in _OPENING_QUOTES and _opens_with_quotation(toks)):
            atts[:0] = filter(None, [_continuation(s, subj, direct=True)])
            if balance > 0:
                st["quote_src"], st["quote_run"] = subj, 0
        # Sentences with no cue of their own that go on with the last source's report:
        # - one that closes a quotation it did not open ("... لا تطبق بأثر رجعي»."): the end of that
        #   source's quote, split off by the sentence splitter;
        # - one that is a whole quotation ("... حسبما نشرته الصحيفة. “إذا رغبتن في ...”");
        # - an item of a list ("1- ..."، "- ..."، "ثانياً: ...") right after the report (not in an interview,
        #   where "- ..." answers the question);
        # - the sentence after one that ends with the speaker's colon ("وأضاف:");
        # - a continuation opening with حيث/فيما.
        if (is_body and not atts and quote_src is None and st["prev_had"] and last is not None and not heading
                and last.category in ("named_source", "anonymous_source")):
            tail = text.rstrip().rstrip(".!؟?…")
            stripped = text.strip()
            closes_alone = (balance < 0 and tail.endswith(_CLOSING_QUOTES)) or (
                tail.endswith('"') and s.norm.count('"') % 2 == 1)
            whole_quote = stripped[:1] in _OPENING_QUOTES and stripped.rstrip(".!؟?").endswith(_CLOSING_QUOTES)
            prev_s = st["prev_sentence"]
            after_colon = prev_s is not None and prev_s.text.rstrip().rstrip('«"“ ').endswith(":") \
                and not _INTERVIEW_FOLLOWS.search(prev_s.norm)
            if recent and (closes_alone or whole_quote):
                atts[:0] = filter(None, [_continuation(s, last, direct=True)])
            elif recent and after_colon and sum(_is_word(t) for t in toks) >= 3:
                # "وقال الوزير:" ending its sentence: what follows is what he said
                atts[:0] = filter(None, [_continuation(s, last)])
            elif _LIST_ITEM.match(text) and not _DATED_ITEM.match(text) and sum(_is_word(t) for t in toks) >= 3 \
                    and not st.get("qa_asked"):
                atts[:0] = filter(None, [_continuation(s, last)])
        first = next((t for t in toks if _is_word(t)), "")
        if (is_body and not explicit and st["prev_had"] and last is not None
                and (first in _CONTINUATION_STARTS or (first[:1] == "و" and (
                    first[1:] in _CONTINUATION_STARTS or first[1:] in _CONTINUATION_AFTER_WA)))
                and not (len(toks) > 1 and toks[1] == "يلي")     # "وفيما يلي نص الحوار:": the outlet's own line
                and not any(a.category in ("named_source", "anonymous_source") for a in atts)):
            atts[:0] = filter(None, [_continuation(s, last, skip_first=True)])
        # "«... . ... . لا أريد شيئاً آخر»، تقول أم عمر.": a speaker named after a quotation that opened in
        # an earlier sentence said all of it; the earlier sentences' continuation rows are hers.
        closer = None
        if is_body and balance < 0 and st["quote_rows"]:
            closer = next((a for a in atts if not a.inherited and a.source is not None
                           and a.category in ("named_source", "anonymous_source")
                           and s.norm[:a.cue_start].rstrip(" ،,").endswith(_CLOSING_QUOTES)), None)
        # Disclaimers: onto this sentence's attributions, or onto the previous sentence's in the paragraph.
        rows_here = []
        hedge_text = HEDGE_SEPARATOR.join(hedges)
        # "وذكرت أن ...، إذ يقول ضباط إنهم ...": a sentence that opens with an inherited cue is
        # that source's report; attributions inside it do not take over the main row.
        w_first = next((k for k, t in enumerate(toks) if _is_word(t)), -1)
        if 0 <= w_first < len(toks) - 1 and toks[w_first] in ("كما", "وكما"):
            w_first += 1        # "كما شدد على أن لجنة حقوق الإنسان تعتبر أن"
        opening = next((k for k, a in enumerate(atts) if (a.inherited and a.cue_class != "continuation"
                                                          or a.category == "editorial"
                                                          or (a.category == "unverified_report" and a.cue_class in ("rumour", "impersonal")))
                        and s.token_of(a.cue_start) == w_first), None)
        if opening is not None and atts[opening].category == "editorial":
            cited = next((a for a in atts if not a.inherited and a.cue_start > atts[opening].cue_start
                          and a.category in ("named_source", "anonymous_source")), None)
            if cited is not None and (atts[opening].framing or _AT_THE_TIME.fullmatch(
                    s.norm[atts[opening].cue_end:cited.cue_start].strip())):
                opening = None  # "يأتي ذلك في وقت أكدت مصادر أن": what the sources say is the claim
            elif cited is not None and _relays_statement(s, atts[opening], cited):
                opening = None  # "يذكر أن الرئيس فلان أكد الجمعة أن ...": the note relays what he said
            elif cited is not None and cited.cue_class == "according_to" \
                    and s.norm[:cited.cue_start].rstrip()[-1:] in _COMMAS and cited is atts[-1]:
                opening = None  # "يذكر أن ...، وفق ما ذكرت صحيفة الإندبندنت": the note rests on the outlet
        if opening is not None and atts[opening].category == "unverified_report" and len(atts) > 1 \
                and atts[-1].cue_class == "according_to" and not atts[-1].inherited \
                and atts[-1].category in ("named_source", "anonymous_source"):
            opening = len(atts) - 1     # "ويعتقد أن ... طبقا لصحيفة تليغراف": believed, by the paper's account
        if len(atts) > 1 and (opening is None or (atts[opening].source is not None
                                                   and atts[opening].category != "editorial")):
            reporter = atts[opening] if opening is not None else next(
                (a for a in atts if not a.inherited and a.source is not None), None)
            relayed = atts[-1]
            # "وتظهر هذه الوثائق أن ... حسب قول نتانياهو": what a document shows, in the words of someone
            in_words = reporter is not None and reporter.source is not None and reporter.source.kind == "document" \
                and (w := s.token_at(relayed.cue_end)) < len(toks) and toks[w] in _WORDS_OF
            if reporter is not None and reporter.source is not None and (
                    reporter.source.kind == "media" or _told_without_clause(s, reporter, relayed) or in_words) \
                    and relayed is not reporter and relayed.cue_class == "according_to" and relayed.source is not None \
                    and relayed.category in ("named_source", "anonymous_source") \
                    and (in_words or re.search(r"[،,]\s*(?:وذلك\s+)?$", s.norm[:relayed.cue_start])):
                # "وأضافت (الصحيفة) أن ...، نقلاً عن مسؤولين"، "وقد علمت CNN بأن ...، وفقاً لمصدر مطلع": the
                # outlet's report rests on whom it relays; so does news told without a reported clause ("أعلن
                # الاتحاد استدعاء سفيره، وفقاً لما ذكره فلان")
                opening = len(atts) - 1
        if opening is None:
            opening = _main_clause_source(s, atts)
        for a in atts:
            src = a.source or _Source()
            rows_here.append([
                article_id, paragraph_id, sentence_id, a.category, a.cue, a.cue_class,
                src.text, src.name, src.kind, src.role, src.affiliation, src.place,
                a.content, bool(a.direct_quote), bool(a.inherited), hedge_text, disclaimer,
                a.via, _own_staff(lex, src if a.source is not None else None, st["aliases"]),
                a.cue_start, a.cue_end,
            ])
        if disclaimer and not atts and st["prev_rows"] and st["prev_rows"][0][1] == paragraph_id:
            for row in st["prev_rows"]:
                if not row[16]:
                    row[16] = disclaimer
        # Cue offsets are in the normalised text; map them to the sentence as written.
        for row in rows_here:
            row[19], row[20] = _orig_offsets(s, row[19], row[20])
        if closer is not None:
            src = closer.source
            for rows in st["quote_rows"]:
                for row in rows:
                    if row[5] == "continuation" and row[14]:
                        row[3] = closer.category
                        row[6:12] = [src.text, src.name, src.kind, src.role, src.affiliation, src.place]
                        row[18] = _own_staff(lex, src, st["aliases"])
        att_rows.extend(rows_here)
        sent_rows.append((article_id, paragraph_id, sentence_id, kind, rows_here, hedge_text, disclaimer, opening))
        new_names = {w for a in atts if a.source is not None and a.source.kind == "person"
                     and a.source.category == "named_source" and a.source.name and not a.inherited
                     for w in _name_keys(a.source.name)}
        if is_body:
            # "... هجوم من محمد براك ... . وفق براك": a person the story named in full, cited or not
            new_names |= _mentioned_names(lex, s)
        if new_names - st["known"]:
            st["known"] = st["known"] | new_names
        for a in atts:
            if a.source is not None and not a.source.agreement:
                a.source.agreement = _cue_agreement(lex, a.cue)
        if is_body:
            st["n"] += 1
            st["par_sentences"] += 1
            named = [a for a in atts if a.source is not None and a.category in ("named_source", "anonymous_source")]
            if named:
                st["sources"].extend(a.source for a in named if not a.inherited)
                free = [a for a in named if not _AFTER_RELATIVE.search(s.norm, 0, a.cue_start)
                        and not a.participle] or named
                main = [a for a in free if a.cue_class not in ("according_to", "continuation")] or free
                # "وقال الوزير إن المدير أكد أن ... . وأضاف": the speaker who reports, not the one
                # he reports on, goes on speaking (nor one that a relative clause describes: "أحزاب
                # المعارضة، التي ترى في الأمر فرصة، بحسب المحلل فلان. لكنه أردف"; a participle's source is
                # the finite verb's already)
                st["last"] = main[0].source
                st["last_par"] = st["body_par"]
                st["last_idx"] = st["n"]
                st["pending"] = []      # (the sentences before it can no longer hand on their subject)
            elif not atts:
                # its subject, or the person it turns to, is worked out only if a later sentence asks
                # for it (_settle_subjects): most never do
                st["pending"] = [*st["pending"][-1:], (s, st["n"])]
            st["prev_had"] = bool(named)
            st["prev_sentence"] = s
            st["history"].append(s)
            st["prev_rows"] = rows_here
            st["quote_rows"] = [*st["quote_rows"], rows_here] if st["quote_src"] is not None else []
    return att_rows, sent_rows


def _agrees(agreement: str, other: str) -> bool:
    """Two genders ("m"/"f", or "" when unknown) do not contradict each other."""
    return not agreement or not other or agreement == other


def _topic_before(lex: _Lexicons, s: _Sent, at: int, known: frozenset[str], agreement: str = "") -> _Source | None:
    """The person sentence ``s`` introduces (:func:`_topic_person`), named before offset ``at`` of its
    normalised text, if its verb's gender agrees with ``agreement`` ("المحامي فلان، الذي ...، يختصر الأمر
    بالقول:")."""
    topic = _topic_person(lex, s, known)
    if topic is not None and 0 <= s.norm.find(_n(topic[0].name)) < at and _agrees(agreement, topic[1]):
        return topic[0]
    return None


def _settle_subjects(lex: _Lexicons, st: dict) -> None:
    """Work out, in order, the subjects of the latest body sentences that cite no one (at most two, since
    the last report): the person such a sentence turns to (:func:`_topic_person`), else the subject of
    its first verb, becomes ``st["subj"]``, which a later "وأضاف:" or quotation may speak for."""
    for s, n in st["pending"]:
        subj = _subject_of_clause(lex, s, len(s.toks))
        topic = _topic_person(lex, s, st["known"])
        agreement = topic[1] if topic is not None else ""
        if topic is not None:
            subj = topic[0]     # (its name ends before a verb: "كان أبو يوسف يرتب ...")
        held = st["subj"] is not None and st["subj"].kind == "person" and n - st["subj_idx"] <= 1
        if subj is not None and subj.kind == "person" and subj.category == "named_source" and subj.role \
                and _n(subj.name or subj.text) == _n(subj.text):
            # "واستنفر الوزير التركي مدافعاً ... . وقال:": the role names the person the story named
            # with it ("وزير الخارجية التركي مولود تشاوش أوغلو")
            subj = _resolve_anaphor(lex, subj, s, len(s.toks), [h for h in st["history"] if h is not s],
                                    list(st["sources"]))
        if subj is not None and subj.category == "named_source" and subj.recognised \
                and (subj.kind == "person" or subj.kind in ("official_body", "organisation") and not held):
            # (a body named in the next sentence does not take over from the person the story
            # turned to: "زهرة، جارة خديجة، ... . تلقت العائلة اتصالاً ... . تقول:")
            st["subj"], st["subj_idx"], st["subj_agr"] = _cited_same(subj, st["sources"]), n, agreement
    st["pending"] = []


def _relays_statement(s: _Sent, note: _Att, cited: _Att) -> bool:
    """An editorial note ("يذكر أن"، "تجدر الإشارة إلى أن") whose clause is a source's statement: the
    source stands right after the note, and its verb introduces what it said (أن/إن, a colon or a
    quote), not an act ("يذكر أن الفريق كان قد أعلن عن فسخ عقده" stays the outlet's note)."""
    toks = s.toks
    cue_tok = s.token_of(cited.cue_start)
    words = _n(cited.source.text).split() if cited.source is not None else []
    subject = [t for t in toks[s.token_at(note.cue_end):cue_tok] if t not in ("كان", "كانت", "قد")]
    while subject and subject[0] in ("الي", "ان"):
        subject = subject[1:]       # "تجدر الإشارة إلى أن فلانة قالت"
    if not words or subject != words:
        return False
    stop = next((k for k in range(cue_tok + 1, len(toks)) if toks[k] == "." or toks[k] in _COMMAS and not (
        k + 1 < len(toks) and toks[k + 1] in _COMPLEMENTIZERS)), len(toks))     # ("أعلن الاثنين، أن")
    quoted = cue_tok + 1 < len(toks) and (toks[cue_tok + 1] == ":" or toks[cue_tok + 1] in _OPENING_QUOTES)
    return quoted or any(t in _COMPLEMENTIZERS for t in toks[cue_tok + 1:min(stop, cue_tok + 12)])


def _main_clause_source(s: _Sent, atts: list[_Att]) -> int | None:
    """"وبينما قال فلان إن ...، أوضح علان أن ...": the index of the source cited in the main clause
    after a fronted "while" clause that cites another, else None."""
    toks = s.toks
    w = next((k for k, t in enumerate(toks) if _is_word(t)), len(toks))
    if w + 1 < len(toks) and toks[w] in ("بيد", "الا", "غير") and toks[w + 1] in ("ان", "انه"):
        w += 2          # "بيد أنه في الوقت الذي ..."
    elif w < len(toks) and toks[w] in ("لكن", "ولكن"):
        w += 1
    if w + 1 < len(toks) and toks[w] in ("في", "وفي", "ففي") and toks[w + 1] == "حين":
        w += 1
    elif w + 2 < len(toks) and toks[w] in ("في", "وفي", "ففي") and toks[w + 1] == "الوقت" and toks[w + 2] == "الذي":
        w += 2          # "في الوقت الذي سخر فيه مستخدمون ...، قالت الصحيفة"
    elif not (w < len(toks) and toks[w] in _WHILE_OPENERS and toks[w + 1:w + 2] not in (["يخص"], ["يتعلق"])):
        return None
    cited = [k for k, a in enumerate(atts) if not a.inherited and a.category in ("named_source", "anonymous_source")
             and a.cue_class not in ("according_to", "continuation")]
    if len(cited) < 2 or s.token_of(atts[cited[0]].cue_start) > w + 3:
        return None
    first_end = s.token_of(atts[cited[0]].cue_end)
    comma = next((k for k in range(first_end, len(toks)) if toks[k] in _COMMAS), None)
    return next((k for k in cited[1:] if comma is not None and s.token_of(atts[k].cue_start) > comma), None)


def _cited_same(src: _Source, sources: Sequence[_Source]) -> _Source:
    """The source cited before that ``src`` names again by its first or family name ("وغنت ماجدة ..."
    after "ماجدة الرومي"), else ``src``."""
    if src.kind != "person" or not src.name:
        return src
    words = _n(src.name).split()
    for earlier in reversed(sources):
        if earlier.kind != "person" or not earlier.name or earlier.category != "named_source":
            continue
        e_words = _n(earlier.name).split()
        if e_words == words:
            return earlier
        if len(words[0]) >= 3 and (words[0] == e_words[0] or (len(e_words) >= 2 and words[0] == e_words[-1])):
            return earlier
    return src


def _what_they_said(lex: _Lexicons, s: _Sent, known: frozenset[str]) -> _Att | None:
    """"وهو ما أكده المتحدث باسم الوزارة"، "هذا ما قاله ترامب"، "ما اعتبره مراقبون": ما, a reporting verb
    with the pronoun of what was said, then its subject: the clause before rests on that source."""
    toks = s.toks
    for k in range(1, len(toks) - 1):
        if toks[k - 1] != "ما" or (k >= 2 and toks[k - 2] in _OFTEN):
            continue
        cue = _object_pronoun_cue(lex, toks[k])
        w = toks[k + 1]
        if cue is None or cue.cls in ("according_to", "recipient", "media_relay") or _n(cue.lemma) in ("بين", "حمل") \
                or not _is_word(w) or w in ("ما", "وما", "من", "في", "على", "علي", "عن", "الي", "به", "بها", "فيه"):
            continue        # (not "ما بينه وبين"، "بكل ما حملته من آلام"، "ما كتبه على فيسبوك")
        end, content_start, direct, _ = _scan_source(lex, s, k + 1, cue.governs)
        end = _np_end(lex, s, k + 1, end if end > k + 1 else min(len(toks), k + 1 + MAX_SOURCE_TOKENS))
        src = _known(_parse_source(lex, s, k + 1, end), known) if end > k + 1 else None
        if (src is None or not _recognisable(src)) and not w.startswith("ال") and w[:1] not in "لب" \
                and not _is_common_word(lex, w) and w not in _places() and _n(cue.lemma) in ("قال", "ذكر", "كتب"):
            src = _named_person(s.orig(s.starts[k + 1], s.ends[k + 1]))     # "هذا ما قاله ترامب"
        if src is None or not _recognisable(src) or src.not_source \
                or src.category not in ("named_source", "anonymous_source"):
            continue
        first = k - 2 if k >= 2 and toks[k - 2] in ("وهو", "وهذا", "هذا", "هو", "وذلك", "ذلك") else k - 1
        return _Att(src.category, s.orig(s.starts[k], s.ends[k]), cue.cls, s.starts[k], s.ends[k], src,
                    content=_content(s, 0, s.starts[first]) if first > 0 else "")
    return None


def _object_pronoun_cue(lex: _Lexicons, tok: str) -> _Cue | None:
    """"أعلنه"، "ذكرتها": a perfect reporting verb with an object pronoun: its cue, else None."""
    for suffix in ("ها", "ه"):
        if tok.endswith(suffix) and len(tok) - len(suffix) >= 3:
            m = lex.cue_re.fullmatch(tok[:-len(suffix)])
            if m is not None:
                return next((c for c in lex.cues.get(" ".join(m.group("cue").split()), ())
                             if c.form == "perfect" and c.cls not in ("according_to", "recipient")), None)
    return None


def _recipient_end(toks: list[str], i: int) -> int:
    """The complementiser, colon or opening quote right after "لـ" and at most two more words ("لعنب
    بلدي إن"), else -1."""
    # (a comma may stand before it: "قال لعنب بلدي، إن"، 'وقال لعنب بلدي، "..."')
    return next((m for m in range(i + 1, min(len(toks), i + 5))
                 if (toks[m] in _COMPLEMENTIZERS or toks[m] == ":" or toks[m] in _OPENING_QUOTES)
                 and all(_is_word(t) for t in toks[i + 1:m - 1])
                 and (_is_word(toks[m - 1]) or (toks[m - 1] in _COMMAS and m - 1 > i + 1))), -1)


def _cue_agreement(lex: _Lexicons, cue: str) -> str:
    """"m" or "f" for a singular reporting verb or participle ("وأضاف"، "وأضافت"، "مضيفةً"), else ""
    (a plural, a preposition, an impersonal form)."""
    key = _n(cue)
    for k in (key, key[1:] if key[:1] in "وف" else ""):
        for c in lex.cues.get(k, ()):
            word, base = k.split(" ")[0], _n(c.lemma).split(" ")[0]
            if c.form == "perfect":
                if word == base:
                    return "m"
                if word == (base[:-1] if c.lemma.split(" ")[0].endswith(("ى", "ا")) else base) + "ت":
                    return "f"      # "نفى" -> "نفت" (as in _perfect_forms)
            elif c.form == "imperfect" and base.startswith("ي"):
                if word == base:
                    return "m"
                if word == "ت" + base[1:]:
                    return "f"
            elif c.form == "participle":
                if word == base:
                    return "m"
                if word == (base[:-1] if base.endswith("ا") else base) + "ه":
                    return "f"
    return ""


def _agreeing(source: _Source, agreement: str, sources: Sequence[_Source]) -> _Source:
    """``source``, unless it was cited with a verb of the other gender than ``agreement``: then the
    latest of ``sources`` cited with a verb of the same gender ("قال الوزير ... وأعلنت الوزارة ... .
    وأضاف:" -> the minister), else ``source``."""
    if not agreement or not source.agreement or source.agreement == agreement:
        return source
    return next((e for e in reversed(sources) if e.agreement == agreement), source)


def _opens_interview(toks: Sequence[str]) -> bool:
    """The sentence opens an interview: "حاورت الصحيفة فلاناً"، "في هذا الحوار"، "الحوار التالي"."""
    return any(t.startswith(_MEETING_VERBS) for t in toks) or any(
        pair in _INTERVIEW_PAIRS for pair in zip(toks, toks[1:]))


def _turn_speaker(lex: _Lexicons, label: str, st: dict) -> _Source | None:
    """The person named by an interview turn's label ("منى العبادي"، "د. العبادي"), or None (the
    outlet's question, a byline, a dateline, a heading)."""
    words = _n(label).split()
    if not words or (st["aliases"] and (_n(label) in st["aliases"] or words[0] in st["aliases"])):
        return None
    if words[0] in _BYLINE_WORDS or (words[0][:1] == "ل" and (
            _is_common_word(lex, words[0][1:]) or _lookup(lex.roles, [words[0][1:]], 0))):
        return None     # "كتب ـ فلان:"، "لمراسلة الكاتب:": a byline, an address
    s = _Sent(label)
    src = _parse_source(lex, s, 0, len(s.toks))
    if _recognisable(src) and src.kind == "person" and src.category == "named_source" and src.name:
        text, name = _n(src.text), _n(src.name)
        if len(text[:text.find(name)].split()) <= 1:
            return src  # (at most a title before the name; "الشاعر الكبير نزار قباني:" heads a profile)
        return None
    if all(w in st["known"] for w in words):
        return _named_person(label.strip())       # a name cited before: "العبادي:"
    return None


# The occasion or the addressee after a headline's speaker ("ظريف رداً على نتنياهو:"، "صلاح في أول تعليق:")
_HEADLINE_ADJUNCTS = frozenset(_n(w) for w in "في بعد قبل خلال عن على عقب إثر أمام مع عبر ردا رداً تعليقا "
                               "تعليقاً تعقيبا تعقيباً".split())
# What makes the words after a place's name a statement ("مصر: لا نتوقع ..."), not a dateline ("الكويت:
# البدء في محاكمة ...")
_STATEMENT_WORDS = frozenset(_n(w) for w in "لا لن لم ليس ليست لسنا نحن أنا علينا يجب ينبغي لابد".split())


@lru_cache(maxsize=1)
def _place_only_names() -> frozenset[str]:
    """Normalised names of places that are not also organisations' names."""
    organisations = {_n(row["name"]) for row in read_lexicon("entity_organisations") if row.get("name")}
    return frozenset(name for name in _places() if name not in organisations)


def _states_something(toks: Sequence[str]) -> bool:
    """The words say something ("لا نتوقع منحاً"، "سنختار بنكاً"، "لم تخطرنا") rather than name an event."""
    return bool(toks) and toks[0] in _QUOTES or any(t in _STATEMENT_WORDS or t in ("؟", "?")
               or (len(t) > 3 and t[0] == "س" and t[1] in "انيت" and not t.startswith(("سيا", "سيط", "سيد", "سير", "ساب",
                                                                                   "سيو", "سنو", "سنه", "ساع", "ستين")))
               or (len(t) > 3 and t.endswith("نا") and not t.startswith("ال")) for t in toks)


def _label_colon(toks: Sequence[str]) -> int | None:
    """The colon that closes a title's speaker or label ("نتنياهو: ..."، "الحرب في اليمن: ..."), else None."""
    return next((k for k, t in enumerate(toks[:MAX_HEADLINE_LABEL_TOKENS + 1]) if t in (":", "：")), None)


def _headline_speaker(lex: _Lexicons, s: _Sent, *, title: bool = True) -> _Att | None:
    """The speaker of a headline "نتنياهو: من الأفضل مواجهة إيران"، "وزير العدل لـ«الرياض»: ..."،
    "ظريف رداً على نتنياهو: ...": the one named before the colon says what follows it. Not a label
    ("فيديو: ..."، "عاجل: ...") and not a place heading an event ("الكويت: البدء في محاكمة ...")."""
    toks = s.toks
    colon = _label_colon(toks)
    if not colon or sum(_is_word(t) for t in toks[colon + 1:]) < 2:
        return None
    # "... لـ«الرياض»"، "... للأهالي": the outlet or the people spoken to are no part of the speaker
    end = next((k for k in range(1, colon) if toks[k] == "ل" or toks[k].startswith("لل") or (
        toks[k][:1] == "ل" and k + 1 < colon and toks[k + 1] in _QUOTES)
        or (toks[k][:1] == "ل" and toks[k][1:2].isascii() and toks[k][1:2].isalpha())    # "غراهام لـCNN:"
        or (toks[k][:1] == "ل" and toks[k][1:] in _states() and toks[k][1:] not in lex.media_names)), colon)
    # ("قرقاش لقطر:": the state addressed; but "مسح لرويترز:" is the agency's)
    src = _parse_source(lex, s, 0, end)
    if not _recognisable(src):
        # "ظريف رداً على نتنياهو"، "صلاح في أول تعليق": the occasion is no part of the speaker either
        end = next((k for k in range(1, end) if toks[k] in _HEADLINE_ADJUNCTS), end)
        src = _parse_source(lex, s, 0, end)
    words = [t for t in toks[:end] if t not in _QUOTES]
    if not words or not all(_is_word(t) and not t[:1].isdigit() for t in words) or any(
            w in lex.headline_labels or _strip_al(w) in lex.headline_labels
            or (w[:1] == "ب" and w[1:] in lex.headline_labels) for w in words[:2]):
        return None
    if src.not_source or src.category not in ("named_source", "anonymous_source"):
        return None
    if sum(_is_word(t) for t in toks[:colon]) >= 2 and _is_common_word(lex, words[0]) and not _lookup(lex.heads, words, 0) \
            and not _lookup(lex.roles, words, 0) and not _starts_name(lex, words[0]) and words[0] not in _places() \
            and not _starts_name(lex, _strip_al(words[0])) and _headline_subject_verb(lex, s) is not None:
        return None     # "الحرب في اليمن: مسؤولون في التحالف ينفون ...": a topic labels the story; the news after
        #                 the colon names its own speaker
    if not _recognisable(src):
        # One word only (a name the lexicons do not know: "كيري:"، "القحطاني:"; more unknown words are
        # a column's or a story's title: "رحالة الصيف:"); with ال a common word may be a ministry's
        # short name ("العدل:"، "السياحة:")
        if len(words) > 1 or src.kind not in ("person", "organisation") or not re.search("[\u0621-\u064a]", words[0]) \
                or (_is_common_word(lex, words[0]) and not (title and words[0].startswith("ال"))):
            return None     # (not "الدخل: 4.7 مليون دولار" heading a list in the body, nor "http: ...")
        src = _Source(text=s.orig_tokens(0, end).strip(" «»\"“”"), kind="person", category="named_source",
                      name=s.orig_tokens(0, end).strip(" «»\"“”"), recognised=True)
    if " ".join(words) in _place_only_names() and ((
            not _states_something(toks[colon + 1:])
            # ("روسيا: قد نزود دمشق بأنظمة صاروخية": a verb of "we" near the start says something)
            and not any(_first_person_plural(lex, t) and not t.endswith("ه") for t in toks[colon + 1:colon + 4])) or (
            colon + 1 < len(toks) and toks[colon + 1] in _INTERROGATIVES)):
        # (and "العراق: من سيكون رئيس الجمهورية المقبل؟": a question the story answers)
        return None
    if src.name and _lookup(lex.roles, toks, 0) and _n(src.name).split() == toks[:1]:
        src.name = ""       # "المشرف على برنامج ...:": a role, no name to cite the person by later
    elif src.name.startswith("و") and toks[0][1:] == _n(src.name)[1:] and len(words) == 1:
        src.name = src.text = src.name[1:]      # "وصالحي: ..." in a title's second sentence
    content = _content(s, colon + 1)
    return _Att(src.category, s.orig(s.starts[colon], s.ends[colon]), "speech", s.starts[colon], s.ends[colon],
                src, content=content, direct_quote=content[:1] in _OPENING_QUOTES)


def _headline_subject_verb(lex: _Lexicons, s: _Sent) -> _Att | None:
    """A title or subheading in the news present, subject first: "فيسبوك يعلن ارتفاع أرباحه"، "صندوق النقد
    الدولي يدعو الدول العربية لخفض ...": the present tense of a reporting verb tells the news, whether or
    not أن or its preposition follows (the body needs them). After a topic and its colon the news starts
    again: "الحرب في اليمن: مسؤولون في التحالف ينفون ..."."""
    colon = _label_colon(s.toks)
    for b in (0,) if colon is None else (0, colon + 1):
        att = _subject_verb_from(lex, s, b)
        if att is not None:
            return att
    return None


def _subject_verb_from(lex: _Lexicons, s: _Sent, b: int) -> _Att | None:
    """:func:`_headline_subject_verb` with the title starting at token ``b``."""
    toks = s.toks
    for k in range(b + 1, min(len(toks) - 1, b + 6)):
        tok = toks[k]
        cues = lex.cues.get(tok) or (lex.cues.get(tok[1:]) if tok[:1] == "و" else None) or ()
        # (not the verbs that also name acts, which the body takes only with أن: "يقر الميزانية"، "يضيف";
        # but the cues the body keeps for groups and bodies serve any subject here: "نتانياهو يصف ...")
        cue = next((c for c in cues if c.form == "imperfect" and c.cls in ("speech", "assertion", "denial", "belief")
                    and (c.requires in ("", "closed", "headline", "governs", "body")
                         or (c.cls == "belief" and c.requires == "complement"))), None)   # "مصادر ترجح لقاء ..."
        if cue is None:
            continue
        if not all(_is_word(t) or t in _QUOTES for t in toks[b:k]):
            return None
        if cue.requires == "governs" and all(len(g) > 3 for g in cue.governs.split("|")) \
                and not any(_gov(t, cue.governs) for t in toks[k + 1:k + 5]):
            continue        # "الجزائر ترفع إنتاج النفط": not the forecast it governs (a noun, not a preposition)
        src = _parse_source(lex, s, b, k)
        if not (_recognisable(src) and not src.not_source and _np_end(lex, s, b, k) >= k):
            words = [t for t in toks[b:k] if _is_word(t)]
            if not 1 <= len(words) <= 2 or any(w.startswith(("ال", "بال", "لل")) or _is_common_word(lex, w)
                                               or w in _NEGATIONS for w in words) \
                    or _lookup(lex.heads, words, 0) or words[0] in _places():
                return None     # (one or two unknown words are a name: "فيس بوك يعلن"، as after a headline cue)
            src = _named_person(_clean(s.orig_tokens(b, k)).strip(" «»\"“”"))
        if src.category not in ("named_source", "anonymous_source"):
            return None
        return _Att(src.category, s.orig(s.starts[k], s.ends[k]), cue.cls, s.starts[k], s.ends[k], src,
                    content=_content(s, k + 1))
    return None


_READ_MORE = re.compile(r"\s*(?:اقرا (?:المزيد|ايضا)|للمزيد|اقرا)\s*[:：]")
_UNQUOTED_COLON = re.compile(r'[^:«»"“”.]{0,80}:\s*[^\s«»"“”]')
# Words of a speaker talking of "we", "I" or "you": pronouns, and verbs or nouns with their endings.
_PERSON_WORDS = frozenset("نحن انا لدينا علينا لنا عندنا اننا انني لكننا لكنني لدي عندي اعتقد اظن اتمني اريد".split())


def _unquoted_colon_speech(s: _Sent, att: _Att) -> bool:
    """The words said follow the cue's colon without quotation marks: "وقال رومينيغه: نعلم ما ..."."""
    rest = s.norm[att.cue_end:]
    m = _UNQUOTED_COLON.match(rest)
    return m is not None and not any(q in rest for q in '«»"“”')


def _speaks_in_person(toks: Sequence[str]) -> bool:
    """A sentence in the first or second person: "سنخوض مباراة الغد"، "لا يمكننا"، "وينتابني شعور
    جيد"، "أنكم المرشح الأقوى" (not "قانوني"، "صيني": adjectives in -ي)."""
    for t in toks:
        w = t[1:] if t[:1] in "وف" and len(t) > 3 else t
        if w in _PERSON_WORDS:
            return True
        if w.endswith("كم") and len(w) >= 4 and "حكم" not in w and not w.startswith("ال"):
            return True     # ("أنكم"، "عليكم")
        if len(w) < 5 or w.startswith("ال"):
            continue
        if w.endswith("نا") or (w.endswith("ني") and w[-3] not in "اوي") \
                or (w.startswith("سن") and not w.endswith(("ه", "ات", "يه", "وي", "ويا"))):
            return True
    return False


def _continuation(s: _Sent, source: _Source, *, direct: bool = False, skip_first: bool = False) -> _Att | None:
    """An inherited attribution of a whole sentence to ``source``, its cue being the first word (a quote,
    an answer or a list item that goes on with what the source said)."""
    w = next((k for k, t in enumerate(s.toks) if _is_word(t)), None)
    if w is None:
        return None
    return _Att(source.category, s.orig(s.starts[w], s.ends[w]), "continuation", s.starts[w], s.ends[w], source,
                content=_content(s, w + 1 if skip_first else w), direct_quote=direct, inherited=True)


# Titles of heads of state and government, before a family name ("الرئيس ترمب"، "المستشارة ميركل").
_TITLE_BEFORE_NAME = frozenset("الرئيس الرئيسه المستشار المستشاره الملك الملكه الامير رئيسه".split())


def _mentioned_names(lex: _Lexicons, s: _Sent) -> set[str]:
    """Keys (:func:`_name_keys`) of the full personal names a sentence mentions: a known first name and
    the name words after it ("جون كيري" -> "جون كيري", "كيري"), and a family name right after a head of
    state's title ("قرار الرئيس ترمب" -> "ترمب")."""
    toks = s.toks
    keys: set[str] = set()
    # (most sentences have no such title: the set test skips the scan)
    after_title = [] if _TITLE_BEFORE_NAME.isdisjoint(toks) else [
        k for k in range(1, len(toks) - 1) if toks[k - 1] in _TITLE_BEFORE_NAME]
    for k in after_title:
        # one word no list knows, closed by the article, a common word or punctuation
        t = toks[k]
        after = toks[k + 1]
        if _is_word(t) and len(t) >= 3 and not t.startswith("ال") \
                and t[:1] not in "وبل" and not _is_common_word(lex, t) and not _lookup(lex.heads, toks, k) \
                and not _lookup(lex.roles, toks, k) and t not in _NOT_NAME_WORDS and not _is_nationality(t) \
                and (not _is_word(after) or after.startswith("ال") or after in _NOT_NAME_WORDS
                     or _is_common_word(lex, after)):
            keys.add(t)
    if lex.first_names.isdisjoint(toks) and lex.extra_first_names.isdisjoint(toks) \
            and "عبد" not in s.norm and "ابو" not in s.norm:
        return keys     # (most sentences: no first name at all)
    k = 0
    while k < len(toks):
        if _starts_name(lex, toks[k]) and toks[k] not in _NAME_LINKS:
            e = _name_run(lex, toks, k, len(toks))
            if e - k >= 2:
                keys |= _name_keys(" ".join(toks[k:e]))
                k = e
                continue
        k += 1
    return keys


def _name_keys(name: str) -> set[str]:
    """The normalised name and its family name (last word): "محمد الشامي" -> {"محمد الشامي", "الشامي"}."""
    words = _n(name).split()
    keys = {" ".join(words)}
    if len(words) >= 2 and len(words[-1]) >= 3 and words[-1] not in _NAME_LINKS:
        keys.add(words[-1])
    return keys


def _quote_closes_ahead(sentences: pd.DataFrame) -> list[bool]:
    """For each sentence, whether a later sentence of the same paragraph has a quote mark that may close
    a quotation left open (», ” or a straight quote)."""
    texts = ["" if t is None or (isinstance(t, float) and t != t) else str(t) for t in sentences["text"]]
    keys = list(zip(sentences["article_id"], sentences["paragraph_id"]))
    ahead = [False] * len(texts)
    seen = False
    for k in range(len(texts) - 1, -1, -1):
        if k + 1 < len(texts) and keys[k + 1] != keys[k]:
            seen = False
        ahead[k] = seen
        if any(q in texts[k] for q in ("»", "”", '"')):
            seen = True
    return ahead


def _short_line(text: str) -> bool:
    """A line of at most six words with no full stop or colon: a title, a subheading ("كيف اختفى
    خاشقجي؟"), or a news line ("تونس ترحب بالقرار"), not a sentence of the body."""
    return len(text.split()) <= 6 and "." not in text and ":" not in text


def _alone_in_paragraph(sentences: pd.DataFrame) -> list[bool]:
    """For each sentence, whether it is the only sentence of its paragraph."""
    keys = list(zip(sentences["article_id"], sentences["paragraph_id"]))
    return [(k == 0 or keys[k - 1] != key) and (k + 1 == len(keys) or keys[k + 1] != key)
            for k, key in enumerate(keys)]


def _quote_open(st: dict) -> bool:
    return st.get("quote_src") is not None


def _orig_offsets(s: _Sent, start: int, end: int) -> tuple[int, int]:
    if s.pos is None:
        return start, end
    o_start = s.pos[start] if start < len(s.pos) else len(s.text)
    o_end = o_start + len(s.orig(start, end))
    return o_start, o_end


def attributions(sentences: pd.DataFrame, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per attribution found in a ``sentences`` table (columns ``ATTRIBUTION_COLUMNS``).

    ``sentences`` needs article_id, paragraph_id, sentence_id and text (``kind`` is used when present:
    inheritance runs over body sentences only). ``articles`` (optional, with article_id and outlet)
    tells whose staff a correspondent is; without it, an ``outlet`` column of ``sentences`` is used,
    and failing that any outlet of ``attribution_outlets.csv``.

    Extra columns after the documented ones: ``via`` (the outlet that relays the source:
    "نقلت وكالة رويترز عن مسؤول" -> via رويترز), ``own_staff`` (the source is the outlet's own
    correspondent), ``cue_start``/``cue_end`` (offsets of the cue in the sentence text).
    ``hedges`` holds the sentence's hedges as written, joined with ``"; "``.
    """
    att_rows, _ = _rows(sentences, articles)
    return _attribution_frame(att_rows)


def _attribution_frame(att_rows: list) -> pd.DataFrame:
    df = pd.DataFrame(att_rows, columns=ATTRIBUTION_COLUMNS)
    if df.empty:
        df = pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in ATTRIBUTION_COLUMNS})
    df["direct_quote"] = df["direct_quote"].astype(bool)
    df["inherited"] = df["inherited"].astype(bool)
    df["own_staff"] = df["own_staff"].astype(bool)
    return df


def _dtype(column: str) -> str:
    if column in ("direct_quote", "inherited", "own_staff"):
        return "bool"
    if column in ("paragraph_id", "sentence_id", "cue_start", "cue_end", "n_attributions"):
        return "int64"
    return "str"


def main_category(categories) -> str:
    """The main category of a sentence by the precedence rule (``unattributed`` for none)."""
    best = None
    for c in categories:
        if c in PRECEDENCE and (best is None or PRECEDENCE[c] < PRECEDENCE[best]):
            best = c
    return best or UNATTRIBUTED


def _main_row(rows: list[list], opening: int | None = None):
    """The attribution row that decides a sentence's category: precedence, explicit first, order.

    ``opening``: the index of an inherited row whose cue opens the sentence ("وذكرت أن ..."), which
    counts as explicit since what follows is its content, or of the source of the main clause after a
    fronted "while" clause ("وبينما قال فلان ...، أوضح علان"); it wins among rows of its rank.
    """
    if not rows:
        return None
    if opening is not None and rows[opening][3] in ("editorial", "unverified_report"):
        return rows[opening]    # "يشار إلى أن اللاعب ... إلا أنه أكد"، "وتردد أن الرئيس دعا ...": the note or the
        #                         rumour frames all that follows
    return min(enumerate(rows), key=lambda ir: (_MAIN_RANK.get(ir[1][3], 99), ir[1][14] and ir[0] != opening,
                                                ir[0] != opening, ir[0]))[1]


def sentence_attribution(sentences: pd.DataFrame, *, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence: its main category (``unattributed`` if none) and main source.

    Columns ``SENTENCE_COLUMNS``: article_id, paragraph_id, sentence_id, category, source_name,
    source_kind, inherited, hedges, then kind, source_text, source_role, affiliation, own_staff,
    n_attributions, categories (all categories of the sentence, ``|``-joined, in precedence order),
    unverified_disclaimer. The main category follows ``PRECEDENCE`` (see the module docstring).
    """
    _, sent_rows = _rows(sentences, articles)
    return _sentence_frame(sent_rows)


def _sentence_frame(sent_rows: list) -> pd.DataFrame:
    out = []
    for article_id, paragraph_id, sentence_id, kind, rows, hedges, disclaimer, opening in sent_rows:
        main = _main_row(rows, opening)
        cats = sorted({r[3] for r in rows}, key=lambda c: PRECEDENCE.get(c, 99))
        disc = disclaimer or next((r[16] for r in rows if r[16]), "")
        if main is None:
            out.append((article_id, paragraph_id, sentence_id, UNATTRIBUTED, "", "", False, hedges,
                        kind, "", "", "", False, 0, "", disc))
        else:
            name = main[7] or main[6]
            out.append((article_id, paragraph_id, sentence_id, main[3], name, main[8], bool(main[14]),
                        hedges, kind, main[6], main[9], main[10], bool(main[18]), len(rows),
                        "|".join(cats), disc))
    df = pd.DataFrame(out, columns=SENTENCE_COLUMNS)
    if df.empty:
        df = pd.DataFrame({c: pd.Series(dtype=_dtype(c)) for c in SENTENCE_COLUMNS})
    for c in ("inherited", "own_staff"):
        df[c] = df[c].astype(bool)
    return df


def analyse(sentences: pd.DataFrame, *, articles: pd.DataFrame | None = None
            ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Both tables in one pass: (attributions, per-sentence)."""
    att_rows, sent_rows = _rows(sentences, articles)
    return _attribution_frame(att_rows), _sentence_frame(sent_rows)


def attributions_from_text(text: str, *, article_id: str = "article", per_sentence: bool = False
                           ) -> pd.DataFrame:
    """Attributions (or the per-sentence table) of one article given as a string."""
    from .load import load_text

    corpus = load_text(text, article_id=article_id)
    att, sent = analyse(corpus.sentences, articles=corpus.articles)
    return sent if per_sentence else att


# --------------------------------------------------------------------------------------------
# Breakdown
# --------------------------------------------------------------------------------------------

CORPUS_ID = "(corpus)"


def _restaff(att: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Recompute ``own_staff`` of attribution rows against the outlet of each article."""
    lex = _lexicons()
    outlets = dict(zip(articles["article_id"], articles["outlet"]))
    cache: dict = {}
    staff = []
    for article_id, role, affiliation in zip(att["article_id"], att["source_role"], att["affiliation"]):
        role_words = _n(str(role)).split()
        is_staff = bool(role_words) and (_lookup(lex.roles, role_words, 0) or (None,))[0] == "staff" \
            or _n(str(role)) in _OUR_STAFF
        if not is_staff:
            staff.append(False)
            continue
        outlet = outlets.get(article_id)
        if outlet not in cache:
            cache[outlet] = _outlet_aliases(lex, outlet)
        staff.append(_own_staff(lex, _Source(role=str(role), affiliation=str(affiliation), staff_role=True),
                                cache[outlet]))
    att = att.copy()
    att["own_staff"] = pd.Series(staff, index=att.index, dtype=bool)
    return att


def attribution_breakdown(per_sentence: pd.DataFrame, attributions: pd.DataFrame | None = None,
                          *, articles: pd.DataFrame | None = None, body_only: bool = True
                          ) -> dict[str, pd.DataFrame]:
    """Aggregate per article and per corpus.

    Returns a dict of DataFrames:

    - ``by_article``: article_id, category, sentences, share (of the article's sentences), for the
      four categories and ``unattributed`` (zeros included);
    - ``by_corpus``: category, sentences, share;
    - ``sources``: article_id, source, source_kind, category, sentences (sentences resting on it:
      with ``attributions`` every attribution counts, otherwise the main source of each sentence),
      own_staff; ranked by sentences;
    - ``corpus_sources``: source, source_kind, articles, sentences;
    - ``summary``: per article: n_sentences, n_attributed, distinct_sources, share_attributed,
      share_named, share_own_staff (sentences resting on the outlet's own correspondents),
      share_anonymous, share_unverified, share_anonymous_or_unverified (by main category),
      share_any_anonymous_or_unverified (any attribution of the sentence), share_editorial,
      share_unattributed, share_inherited, share_hedged;
    - ``corpus_summary``: the same over the whole corpus (article_id ``"(corpus)"``).

    ``articles`` (article_id, outlet): when given, "own staff" is decided against each article's
    outlet (a correspondent of another outlet is not the outlet's own staff).
    ``body_only``: count body sentences only when a ``kind`` column is present (titles and headings
    restate the body).
    """
    if articles is not None and attributions is not None and len(attributions) and "outlet" in articles.columns:
        attributions = _restaff(attributions, articles)
    ps = per_sentence
    if body_only and "kind" in ps.columns:
        ps = ps[ps["kind"] == "body"]
    cats = list(CATEGORIES) + [UNATTRIBUTED]
    counts = (ps.groupby(["article_id", "category"], sort=False).size()
              .unstack(fill_value=0).reindex(columns=cats, fill_value=0))
    articles_order = list(dict.fromkeys(ps["article_id"]))
    counts = counts.reindex(articles_order, fill_value=0)
    totals = counts.sum(axis=1)
    by_article = counts.stack().rename("sentences").reset_index()
    by_article.columns = ["article_id", "category", "sentences"]
    by_article["share"] = by_article["sentences"] / by_article["article_id"].map(totals).clip(lower=1)
    by_article["sentences"] = by_article["sentences"].astype("int64")
    corpus_counts = counts.sum(axis=0)
    by_corpus = pd.DataFrame({"category": cats, "sentences": [int(corpus_counts[c]) for c in cats]})
    by_corpus["share"] = by_corpus["sentences"] / max(int(corpus_counts.sum()), 1)

    # Sources: sentences resting on each.
    if attributions is not None and len(attributions):
        att = attributions
        if body_only and "kind" in per_sentence.columns:
            keys = per_sentence.loc[per_sentence["kind"] == "body", ["article_id", "sentence_id"]]
            att = att.merge(keys, on=["article_id", "sentence_id"], how="inner")
        src = att[att["category"].isin(["named_source", "anonymous_source"])].copy()
        src["source"] = src["source_name"].where(src["source_name"] != "", src["source_text"])
        staff_col = src["own_staff"] if "own_staff" in src.columns else False
        src["own_staff"] = staff_col
    else:
        src = ps[ps["category"].isin(["named_source", "anonymous_source"])].copy()
        src["source"] = src["source_name"]
        if "own_staff" not in src.columns:
            src["own_staff"] = False
    src = src[src["source"].astype(str) != ""]
    if len(src):
        src["source_key"] = src["source"].map(_n)
        grouped = src.groupby(["article_id", "source_key"], sort=False)
        sources = grouped.agg(source=("source", "first"), source_kind=("source_kind", "first"),
                              category=("category", "first"),
                              sentences=("sentence_id", "nunique"), own_staff=("own_staff", "max"))
        sources = sources.reset_index().drop(columns="source_key")
        sources = sources.sort_values(["article_id", "sentences", "source"], ascending=[True, False, True],
                                      kind="stable").reset_index(drop=True)
        corpus_sources = (src.groupby("source_key", sort=False)
                          .agg(source=("source", "first"), source_kind=("source_kind", "first"),
                               articles=("article_id", "nunique"),
                               sentences=("sentence_id", "size"))
                          .reset_index(drop=True)
                          .sort_values(["sentences", "source"], ascending=[False, True], kind="stable")
                          .reset_index(drop=True))
    else:
        sources = pd.DataFrame({"article_id": pd.Series(dtype="str"), "source": pd.Series(dtype="str"),
                                "source_kind": pd.Series(dtype="str"), "category": pd.Series(dtype="str"),
                                "sentences": pd.Series(dtype="int64"), "own_staff": pd.Series(dtype="bool")})
        corpus_sources = pd.DataFrame({"source": pd.Series(dtype="str"), "source_kind": pd.Series(dtype="str"),
                                       "articles": pd.Series(dtype="int64"), "sentences": pd.Series(dtype="int64")})

    # Sentences resting on the outlet's own staff (any attribution of the sentence).
    if attributions is not None and len(attributions) and "own_staff" in attributions.columns:
        staff_keys = set(zip(attributions.loc[attributions["own_staff"], "article_id"],
                             attributions.loc[attributions["own_staff"], "sentence_id"]))
        staff = pd.Series([(a, s) in staff_keys for a, s in zip(ps["article_id"], ps["sentence_id"])],
                          index=ps.index)
    else:
        staff = ps["own_staff"] if "own_staff" in ps.columns else pd.Series(False, index=ps.index)

    def measures(frame: pd.DataFrame, staff_mask: pd.Series, n_sources: int) -> dict:
        n = len(frame)
        cat = frame["category"]
        denom = max(n, 1)
        return {
            "n_sentences": n,
            "n_attributed": int((cat != UNATTRIBUTED).sum()),
            "distinct_sources": n_sources,
            "share_attributed": float((cat != UNATTRIBUTED).sum() / denom),
            "share_named": float((cat == "named_source").sum() / denom),
            "share_own_staff": float(staff_mask.sum() / denom),
            "share_anonymous": float((cat == "anonymous_source").sum() / denom),
            "share_unverified": float((cat == "unverified_report").sum() / denom),
            "share_anonymous_or_unverified": float(cat.isin(["anonymous_source", "unverified_report"]).sum() / denom),
            # Sentences carrying any anonymous or unverified attribution, main or not
            # (seed paragraph 3: a named source "وسط توارد أنباء").
            "share_any_anonymous_or_unverified": float(
                (frame["categories"].astype(str).str.contains("anonymous_source|unverified_report", regex=True)
                 if "categories" in frame.columns else cat.isin(["anonymous_source", "unverified_report"])
                 ).sum() / denom),
            "share_editorial": float((cat == "editorial").sum() / denom),
            "share_unattributed": float((cat == UNATTRIBUTED).sum() / denom),
            "share_inherited": float(frame["inherited"].astype(bool).sum() / denom),
            "share_hedged": float((frame["hedges"].astype(str) != "").sum() / denom),
        }

    n_src = sources.groupby("article_id").size().to_dict() if len(sources) else {}
    summary_rows = []
    for article_id, frame in ps.groupby("article_id", sort=False):
        row = {"article_id": article_id}
        row.update(measures(frame, staff.loc[frame.index], int(n_src.get(article_id, 0))))
        summary_rows.append(row)
    summary = pd.DataFrame(summary_rows)
    if summary.empty:
        summary = pd.DataFrame(columns=["article_id"] + list(measures(ps, staff, 0)))
    corpus_summary = pd.DataFrame([{"article_id": CORPUS_ID, "n_articles": len(articles_order),
                                    **measures(ps, staff, int(len(corpus_sources)))}])
    return {
        "by_article": by_article,
        "by_corpus": by_corpus,
        "sources": sources,
        "corpus_sources": corpus_sources,
        "summary": summary,
        "corpus_summary": corpus_summary,
    }
