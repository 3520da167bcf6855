"""Canonical names: one name per entity within an article.

Applied in order:

1. the alias file and the organisation/place lexicons (``aliases.csv`` ...): a known alias or
   spelling maps to its canonical name and type;
2. gazetteer spellings: a place written without its space (ديرالزور) takes the gazetteer's form;
3. aliases introduced in the text (``X الملقب بـ Y``): Y is counted under X;
4. within an article, names equal once spaces are ignored are one name (أبوخالد = أبو خالد);
   a person named by part of a longer name (العنزي, حمزة العنزي) is that person; organisations
   that share their distinctive word once heads and generic words are set aside (وكالة ستيب
   الإخبارية, ستيب نيوز) are one organisation, under the longer name.
"""
from __future__ import annotations

import re
from collections import defaultdict

from ..text import display_form, normalize
from .lexicon import EntityLexicon

_QUOTES = re.compile("[\u201c\u201d\u00ab\u00bb\"\u2018\u2019()\\[\\]]")
# Generic words of media and organisation names that do not identify one organisation.
_GENERIC_ORG_WORDS = frozenset(normalize(w) for w in (
    "الاخبارية", "الإخبارية", "الإخباري", "الاخباري", "للأنباء", "للانباء", "الأنباء", "نيوز", "برس",
    "تايمز", "بوست", "تي", "في", "نت", "الإعلامية", "الإعلامي", "الرسمية", "الدولية", "الدولي",
))


def clean_name(text: str) -> str:
    """Display form of a name: quotes and brackets removed, spaces collapsed."""
    return " ".join(_QUOTES.sub(" ", display_form(text)).split())


def name_key(text: str) -> str:
    """Matching key of a name: normalised, words joined by one space."""
    return " ".join(normalize(_QUOTES.sub(" ", text)).split())


def lexicon_canonical(name: str, typ: str, lex: EntityLexicon, places: dict) -> tuple[str, str]:
    """(canonical, type) of a name after the alias file, the lexicons and gazetteer spellings."""
    key = name_key(name)
    entry = lex.aliases.get(key) or lex.phrases.get(key)
    if entry is not None:
        return entry.canonical, entry.type
    place = places.get(key) or places.get(key.replace(" ", ""))
    if place is not None and typ == "LOC":
        return place[0], typ
    return clean_name(name) or name, typ


def merge_article(records: list[dict], lex: EntityLexicon, is_common=None) -> None:
    """Merge canonical names within one article's mention records (edited in place).

    Each record has ``canonical``, ``type`` and optionally ``alias_target`` (the index, in
    ``records``, of the mention this one renames).
    """
    # 3. aliases introduced in the text
    renames: dict[tuple[str, str], str] = {}
    for rec in records:
        target = rec.get("alias_target")
        if target is not None and 0 <= target < len(records):
            main = records[target]
            if main["canonical"] != rec["canonical"]:
                renames[(rec["canonical"], rec["type"])] = main["canonical"]
                rec["type"] = main["type"]
    for _ in range(3):  # chains of renames
        for rec in records:
            new = renames.get((rec["canonical"], rec["type"]))
            if new:
                rec["canonical"] = new
    # 4a. same name once spaces are ignored: keep the spaced (longer) form
    by_type: dict[str, set[str]] = defaultdict(set)
    for rec in records:
        by_type[rec["type"]].add(rec["canonical"])
    mapping: dict[tuple[str, str], str] = {}
    for typ, names in by_type.items():
        groups: dict[str, list[str]] = defaultdict(list)
        for name in names:
            groups[name_key(name).replace(" ", "")].append(name)
        for group in groups.values():
            if len(group) > 1:
                best = max(group, key=lambda s: (s.count(" "), len(s), s))
                for name in group:
                    if name != best:
                        mapping[(name, typ)] = best
    _apply(records, mapping)
    # 4b. persons named by part of a longer name; organisations sharing their core word
    mapping = {}
    persons = sorted({r["canonical"] for r in records if r["type"] == "PERS"},
                     key=lambda s: (-len(s.split()), s))
    for name in persons:
        words = name_key(name).split()
        if len(words) != 1:
            continue
        longer = [p for p in persons if len(p.split()) > 1 and words[0] in name_key(p).split()
                  and name_key(p).split()[-1] == words[0]]
        if len(longer) == 1:
            mapping[(name, "PERS")] = longer[0]
    orgs = {r["canonical"] for r in records if r["type"] == "ORG"}
    cores: dict[str, list[str]] = defaultdict(list)
    for name in orgs:
        core = _org_core(name, lex)
        # only a distinctive core (one word, not definite, not an ordinary word) identifies
        if core and " " not in core and not core.startswith("ال") and len(core) >= 3 \
                and not (is_common and is_common(core)):
            cores[core].append(name)
    for names in cores.values():
        if len(names) > 1:
            best = max(names, key=lambda s: (len(s.split()), len(s), s))
            for name in names:
                if name != best:
                    mapping[(name, "ORG")] = best
    _apply(records, mapping)


def _org_core(name: str, lex: EntityLexicon) -> str:
    words = [w for w in name_key(name).split()
             if w not in lex.org_heads and w not in lex.org_tails and w not in _GENERIC_ORG_WORDS]
    return " ".join(words)


def _apply(records: list[dict], mapping: dict[tuple[str, str], str]) -> None:
    if not mapping:
        return
    for rec in records:
        new = mapping.get((rec["canonical"], rec["type"]))
        if new:
            rec["canonical"] = new
