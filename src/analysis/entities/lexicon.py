"""The analyst-editable entity lexicons of ``data/lexicons/``, read into matching structures.

Files (each starts with a ``#`` comment for analysts):

- ``entity_organisations.csv``: well-known organisations (name, canonical, type).
- ``entity_places.csv``: regions, provinces, seas and rivers missing from the GeoNames city list.
- ``aliases.csv``: other names and spellings -> canonical name and type.
- ``entity_roles.csv``: titles and roles that announce a person (kind title | role | reporter).
- ``entity_org_heads.csv``: words that build organisation names (position head | tail).
- ``entity_place_heads.csv``: words that announce a place (بلدة، نهر ...).
- ``entity_blocklist.csv``: words never taken as a name.
- ``entity_given_names.csv``: given names of people outside the Arabic-speaking world (جون، خوان).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..lexicons import lexicon_path, read_lexicon
from ..text import display_form, normalize

ENTITY_TYPES = ("PERS", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class LexEntry:
    """A name the matcher knows: its type, canonical name and where it comes from."""

    type: str
    canonical: str
    source: str  # "lexicon" | "alias" | "place" | "gazetteer"


@dataclass
class EntityLexicon:
    phrases: dict[str, LexEntry] = field(default_factory=dict)
    """normalised phrase (words joined by one space) -> entry (organisations, places, aliases)."""
    aliases: dict[str, LexEntry] = field(default_factory=dict)
    """normalised alias or canonical -> entry with the canonical name."""
    roles: dict[str, str] = field(default_factory=dict)
    org_heads: dict[str, tuple[bool, bool]] = field(default_factory=dict)
    """normalised head -> (in_name, demonym)."""
    org_tails: frozenset[str] = frozenset()
    place_heads: dict[str, bool] = field(default_factory=dict)
    blocklist: frozenset[str] = frozenset()
    given_names: frozenset[str] = frozenset()
    """normalised foreign given names (entity_given_names.csv)."""
    signature: tuple = ()


def _norm_phrase(text: str) -> str:
    return " ".join(normalize(text).replace("\u201c", " ").replace("\u201d", " ").split())


def _rows(name: str) -> list[dict[str, str]]:
    try:
        return read_lexicon(name)
    except FileNotFoundError:
        return []


def _signature() -> tuple:
    sig = []
    for name in ("entity_organisations", "entity_places", "aliases", "entity_roles",
                 "entity_org_heads", "entity_place_heads", "entity_blocklist", "entity_given_names"):
        try:
            path = lexicon_path(name)
            sig.append((str(path), path.stat().st_mtime_ns))
        except FileNotFoundError:
            sig.append((name, None))
    return tuple(sig)


_CACHE: dict[tuple, EntityLexicon] = {}


def load_lexicon() -> EntityLexicon:
    """The entity lexicons, re-read when a file changes."""
    sig = _signature()
    cached = _CACHE.get(sig)
    if cached is not None:
        return cached
    lex = EntityLexicon(signature=sig)
    for file, source, default_type in (("entity_organisations", "lexicon", "ORG"),
                                       ("entity_places", "place", "LOC")):
        for row in _rows(file):
            name = display_form(row.get("name", ""))
            if not name:
                continue
            typ = (row.get("type") or default_type).upper()
            typ = typ if typ in ENTITY_TYPES else default_type
            canonical = display_form(row.get("canonical") or "") or name
            entry = LexEntry(typ, canonical, source)
            lex.phrases[_norm_phrase(name)] = entry
            lex.aliases.setdefault(_norm_phrase(canonical), LexEntry(typ, canonical, source))
    for row in _rows("aliases"):
        alias = display_form(row.get("alias", ""))
        canonical = display_form(row.get("canonical", ""))
        if not alias or not canonical:
            continue
        typ = (row.get("type") or "").upper()
        if typ not in ENTITY_TYPES:
            known = lex.aliases.get(_norm_phrase(canonical))
            typ = known.type if known else "MISC"
        entry = LexEntry(typ, canonical, "alias")
        lex.aliases[_norm_phrase(alias)] = entry
        lex.phrases[_norm_phrase(alias)] = entry
    lex.roles = {_norm_phrase(r["word"]): (r.get("kind") or "title") for r in _rows("entity_roles") if r.get("word")}
    heads, tails = {}, set()
    for r in _rows("entity_org_heads"):
        word = _norm_phrase(r.get("word", ""))
        if not word:
            continue
        if (r.get("position") or "head") == "tail":
            tails.add(word)
        else:
            heads[word] = ((r.get("in_name") or "yes") == "yes", (r.get("demonym") or "no") == "yes")
    lex.org_heads, lex.org_tails = heads, frozenset(tails)
    lex.place_heads = {_norm_phrase(r["word"]): (r.get("in_name") or "no") == "yes"
                       for r in _rows("entity_place_heads") if r.get("word")}
    lex.blocklist = frozenset(_norm_phrase(r["word"]) for r in _rows("entity_blocklist") if r.get("word"))
    lex.given_names = frozenset(_norm_phrase(r["word"]) for r in _rows("entity_given_names") if r.get("word"))
    _CACHE.clear()
    _CACHE[sig] = lex
    return lex
