"""Shared fixtures: the seed article, its acceptance file, and the public data beside the project."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from analysis.paths import DEFAULT_ARTICLE, PROJECT_ROOT, RAW_DIR, SHARED_DATA_DIR

ACCEPTANCE = PROJECT_ROOT.parent / "shared" / "acceptance" / "seed.json"
SAUDINEWSNET = SHARED_DATA_DIR / "saudinewsnet"
CLEANANERCORP = SHARED_DATA_DIR / "cleananercorp" / "cleananercorp_TRAIN.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return DEFAULT_ARTICLE


@pytest.fixture(scope="session")
def seed_corpus(seed_path):
    from analysis.load import load

    return load(seed_path)


@pytest.fixture(scope="session")
def seed_sentences(seed_corpus):
    return seed_corpus.sentences


@pytest.fixture(scope="session")
def acceptance() -> dict:
    if not ACCEPTANCE.is_file():
        pytest.skip(f"acceptance file {ACCEPTANCE} is absent")
    return json.loads(ACCEPTANCE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def saudinewsnet_dir() -> Path:
    if not SAUDINEWSNET.is_dir():
        pytest.skip(f"SaudiNewsNet not found at {SAUDINEWSNET}: integration test skipped "
                    "(it needs ../shared/data beside the project)")
    return SAUDINEWSNET


@pytest.fixture(scope="session")
def cleananercorp_path() -> Path:
    if not CLEANANERCORP.is_file():
        pytest.skip(f"CLEANANERCorp not found at {CLEANANERCORP}: evaluation test skipped "
                    "(it needs ../shared/data beside the project)")
    return CLEANANERCORP


def _raw_digest() -> str:
    digest = hashlib.sha256()
    for path in sorted(RAW_DIR.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(RAW_DIR).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(scope="session", autouse=True)
def raw_data_is_never_modified():
    """data/raw/ is immutable input: every test session ends with it byte-for-byte unchanged."""
    before = _raw_digest()
    yield
    assert _raw_digest() == before, "data/raw/ was modified during the tests"
