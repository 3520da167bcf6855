"""Load Arabic news articles, one file or a whole corpus, into tidy pandas tables.

Inputs: plain-text or Markdown web dumps (a section line, a title, short headings between body
paragraphs, page boilerplate at the end), HTML pages, and corpora with one article per record
(JSON Lines, JSON, CSV). Encodings: UTF-8 with or without BOM, UTF-16, Windows-1256.

The result is a :class:`Corpus` of three tables keyed by ``article_id``: ``articles``,
``paragraphs`` (kind = title | heading | body) and ``sentences``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .lexicons import read_lexicon
from .text import normalize

ARTICLE_COLUMNS = [
    "article_id", "title", "section", "outlet", "url", "date", "author", "language",
    "source_file", "n_paragraphs", "n_sentences", "n_words",
]
PARAGRAPH_COLUMNS = ["article_id", "paragraph_id", "kind", "text"]
SENTENCE_COLUMNS = [
    "article_id", "paragraph_id", "sentence_id", "kind", "text", "char_start", "char_end",
]
ERROR_COLUMNS = ["article_id", "source_file", "error"]

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv"}
FORMATS = ("text", "html", "jsonl", "json", "csv", "tsv")

# Record fields, in order of preference, for each article attribute.
RECORD_FIELDS = {
    "article_id": ("article_id", "id", "doc_id", "uuid"),
    "title": ("title", "headline"),
    "text": ("content", "text", "body", "article", "story"),
    "outlet": ("source", "outlet", "publisher", "newspaper", "site"),
    "url": ("url", "link"),
    "date": ("date", "published", "date_published", "date_extracted", "datetime"),
    "author": ("author", "authors", "byline"),
    "section": ("section", "category"),
}

# A heading is a short line without sentence-final punctuation; a section label is shorter still.
MAX_HEADING_WORDS = 14
MAX_SECTION_WORDS = 4
MAX_TITLE_WORDS = 30


class LoadError(ValueError):
    """An input that cannot be read as an article; the message names the file and the reason."""


@dataclass
class Corpus:
    """Three tidy tables keyed by ``article_id`` (plus the records that failed to load)."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    errors: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ERROR_COLUMNS))

    def __len__(self) -> int:
        return len(self.articles)

    def body(self) -> pd.DataFrame:
        """Body paragraphs only, numbered from 1 per article in reading order (``body_index``)."""
        body = self.paragraphs[self.paragraphs["kind"] == "body"].copy()
        body["body_index"] = body.groupby("article_id", sort=False).cumcount() + 1
        return body


# --------------------------------------------------------------------------- reading bytes

def decode_bytes(data: bytes, *, name: str = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (BOM or not), UTF-16 (BOM or not), or Windows-1256.

    Raises :class:`LoadError` for empty or binary data and for bytes no supported encoding explains.
    """
    if not data.strip(b" \t\r\n\x00"):
        raise LoadError(f"{name}: the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    if b"\x00" in data:
        raise LoadError(f"{name}: this looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            warnings.warn(f"{name}: the file ends in the middle of a UTF-8 character; "
                          "the incomplete last character was dropped", stacklevel=2)
            return data[: error.start].decode("utf-8")
        utf8_error = error
    text = data.decode("cp1256", errors="replace")
    if "\ufffd" not in text and _looks_like_arabic(text):
        return text
    raise LoadError(
        f"{name}: cannot decode the file: it is not UTF-8 ({utf8_error.reason} at byte "
        f"{utf8_error.start}), not UTF-16 and does not read as Windows-1256 Arabic text"
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise LoadError(f"{name}: invalid {encoding} ({error.reason} at byte {error.start})") from error


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Mostly-ASCII or Arabic UTF-16 has a near-constant high byte: NULs or 0x06 on one side.
    if odd.count(0) + odd.count(6) > 0.6 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) + even.count(6) > 0.6 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _looks_like_arabic(text: str) -> bool:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return False
    arabic = sum(1 for ch in letters if "\u0600" <= ch <= "\u06ff")
    return arabic >= 0.3 * len(letters)


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f\v")
    return controls > 0.05 * max(len(sample), 1)


def read_text(path: str | Path) -> str:
    """Read a text file whatever its supported encoding; a :class:`LoadError` names the file otherwise."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise LoadError(f"{path}: is a folder, not a file") from None
    text = decode_bytes(data, name=str(path))
    if _looks_binary(text):
        raise LoadError(f"{path}: this looks like a binary file (control characters), not text")
    return text


# --------------------------------------------------------------------------- boilerplate

@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[tuple[str, str, str | re.Pattern[str]], ...]:
    rules = []
    for row in read_lexicon("boilerplate"):
        if row["match"] == "regex":
            pattern: str | re.Pattern[str] = re.compile(row["pattern"], re.IGNORECASE)
        else:
            pattern = _line_key(row["pattern"])
        rules.append((row["match"], row["action"], pattern))
    return tuple(rules)


def _line_key(line: str) -> str:
    """A line as compared with the boilerplate patterns: normalised, lower-case, no edge punctuation."""
    return normalize(line).strip(" \t:：.،,!-–—|•*#>»«\"'").lower()


# Boilerplate lines are short (buttons, link captions, footers): longer lines are never tested.
MAX_BOILERPLATE_WORDS = 20


def boilerplate_action(line: str) -> str | None:
    """``"drop"``, ``"cut"`` or ``None`` for one line, by ``data/lexicons/boilerplate.csv``."""
    if line.count(" ") >= MAX_BOILERPLATE_WORDS and len(line.split()) > MAX_BOILERPLATE_WORDS:
        return None
    key = _line_key(line)
    for match, action, pattern in _boilerplate_rules():
        if match == "exact" and key == pattern:
            return action
        if match == "prefix" and key.startswith(pattern):  # type: ignore[arg-type]
            return action
        if match == "regex" and pattern.search(key):  # type: ignore[union-attr]
            return action
    return None


def remove_boilerplate(lines: Iterable[str]) -> list[str]:
    """Drop boilerplate lines and everything after a line that ends the article."""
    kept = []
    for line in lines:
        action = boilerplate_action(line)
        if action == "cut":
            break
        if action is None:
            kept.append(line)
    return kept


# --------------------------------------------------------------------------- sentences

_SENTENCE_END = re.compile(r"(?:\.{2,}|…|[.!?؟]+)[\"'”’»)\]]*(?=\s|$)")
_LINE_BREAK = re.compile(r"\n+")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    forms = set()
    for row in read_lexicon("abbreviations"):
        forms.add(normalize(row["abbreviation"]).lower())
    return frozenset(forms)


# Title letters whose dot is often typed after a space ("أ . فهد"، "د . محمد"); not م or هـ, which
# as year marks often end a sentence ("عام 2015 م .").
_SPACED_TITLES = frozenset({"ا", "د"})
# Initials written with a dot and a space ("سي. إن. إن."، "بي. بي. سي."): a dot after one or two
# letters ends no sentence when another such initial stands just before it or just after it.
_INITIAL_LAST = re.compile(r"(?:^|\s)[^\W\d_]{1,2}$")
_INITIAL_BEFORE = re.compile(r"(?:^|\s)[^\W\d_]{1,2}\.\s+[^\W\d_]{1,2}$")
_INITIAL_AFTER = re.compile(r"\s+[^\W\d_]{1,2}\.")
_DOTTED_ABBREVIATION = re.compile(r"^[(«\"“]?(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of a paragraph, whitespace trimmed.

    Splits after ``. ! ? ؟ …`` (and closing quotes) followed by white space, and at line breaks;
    keeps decimals (``8.4``), dotted dates (``12.3.2015``) and abbreviations (``د. محمد``) whole.
    """
    spans: list[tuple[int, int]] = []
    for block in _line_spans(text):
        start = block[0]
        for match in _SENTENCE_END.finditer(text, block[0], block[1]):
            if match.group().startswith(".") and len(match.group().rstrip("\"'”’»)]")) == 1:
                previous = re.search(r"(\S+)$", text[start: match.start()])
                if previous and normalize(previous.group(1)).lower() in _abbreviations():
                    continue
                if previous and _DOTTED_ABBREVIATION.search(previous.group(1)):
                    continue    # "الرحلة (إم.إتش. 370)"، "U.S. officials": letters joined by dots
                if previous and (_INITIAL_BEFORE.search(text[start: match.start()])
                                 or (_INITIAL_LAST.search(text[start: match.start()])
                                     and _INITIAL_AFTER.match(text, match.end()))):
                    continue    # "لشبكة سي. إن. إن. الأمريكية": initials written with spaces
                spaced = re.search(r"(?:^|\s)(\S)\s+$", text[start: match.start()])
                if spaced and normalize(spaced.group(1)) in _SPACED_TITLES:
                    continue    # "المتحدث الرسمي أ . فهد الكريع": a title's dot typed after a space
            spans.append((start, match.end()))
            start = match.end()
        spans.append((start, block[1]))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end or not any(ch.isalnum() for ch in text[start:end]):
        return None
    return start, end


# --------------------------------------------------------------------------- structure

_MARKDOWN_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_FINAL_PUNCTUATION = (".", ":", "،", ",", "؛", ";", "…")
_CLOSING_MARKS = "\"»”’')"


def _words(text: str) -> int:
    return len(text.split())


def _is_heading_like(line: str, max_words: int = MAX_HEADING_WORDS) -> bool:
    stripped = line.strip()
    # (a quotation closed after the full stop ends a sentence too: 'وأضافت أن "... المؤلمة."')
    return _words(stripped) <= max_words and not stripped.rstrip(_CLOSING_MARKS).endswith(_FINAL_PUNCTUATION)


def structure_blocks(
    lines: Sequence[str], *, title: str | None = None, section: str | None = None
) -> tuple[str, str, list[tuple[str, str]]]:
    """Classify the lines of an article: ``(section, title, [(kind, text), ...])``.

    Without a given title, a short first line followed by a title-like line is the section label
    and the next line the title; otherwise the first line is the title. After the title, a short
    line without final punctuation followed by a longer paragraph is a heading; the rest is body.
    Markdown ``#`` lines are headings.
    """
    blocks = [line.strip() for line in lines if line.strip()]
    found_section = section or ""
    found_title = title.strip() if title else ""
    if section and blocks and normalize(blocks[0]) == normalize(section):
        blocks.pop(0)  # the page repeats the section label given in the metadata
    if not found_title and blocks:
        if (
            len(blocks) >= 3
            and _words(blocks[0]) <= MAX_SECTION_WORDS
            and _is_heading_like(blocks[0])
            and not _MARKDOWN_HEADING.match(blocks[0])
            and _words(blocks[1]) <= MAX_TITLE_WORDS
        ):
            found_section = found_section or blocks.pop(0)
        if _words(blocks[0]) <= MAX_TITLE_WORDS:
            found_title = _MARKDOWN_HEADING.sub("", blocks.pop(0))
    elif blocks and normalize(blocks[0]) == normalize(found_title):
        blocks.pop(0)  # the record's content repeats its title
    classified: list[tuple[str, str]] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if _MARKDOWN_HEADING.match(block):
            classified.append(("heading", _MARKDOWN_HEADING.sub("", block)))
        elif (
            following is not None
            and _is_heading_like(block)
            and not _is_heading_like(following)
            and _words(following) > _words(block)
        ):
            classified.append(("heading", block))
        else:
            classified.append(("body", block))
    return found_section, found_title, classified


# --------------------------------------------------------------------------- articles

# Control characters other than tab and newline (seen in real pages as \x1a) become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass
class _Article:
    article_id: str
    text: str
    source_file: str
    title: str | None = None
    section: str | None = None
    outlet: str = ""
    url: str = ""
    date: str = ""
    author: str = ""


def _build(article: _Article) -> tuple[dict, list[tuple], list[tuple]]:
    text = _CONTROL.sub(" ", article.text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = remove_boilerplate(text.split("\n"))
    section, title, blocks = structure_blocks(lines, title=article.title, section=article.section)
    units = ([("title", title)] if title else []) + blocks
    paragraphs, sentences = [], []
    sentence_id = 0
    for paragraph_id, (kind, unit_text) in enumerate(units, start=1):
        paragraphs.append((article.article_id, paragraph_id, kind, unit_text))
        for start, end in split_sentences(unit_text):
            sentence_id += 1
            sentences.append((article.article_id, paragraph_id, sentence_id, kind,
                              unit_text[start:end], start, end))
    all_text = " ".join(text for _, text in units)
    row = {
        "article_id": article.article_id,
        "title": title,
        "section": section,
        "outlet": article.outlet,
        "url": article.url,
        "date": article.date,
        "author": article.author,
        "language": _language(all_text),
        "source_file": article.source_file,
        "n_paragraphs": sum(1 for kind, _ in units if kind == "body"),
        "n_sentences": sentence_id,
        "n_words": _words(all_text),
    }
    return row, paragraphs, sentences


_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTERS = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def _language(text: str) -> str:
    letters = len(_LETTER.findall(text))
    if not letters:
        return ""
    return "ar" if len(_ARABIC_LETTERS.findall(text)) >= 0.5 * letters else "other"


def _tables(rows: list[dict], paragraphs: list[tuple], sentences: list[tuple],
            errors: list[tuple]) -> Corpus:
    articles = pd.DataFrame(rows, columns=ARTICLE_COLUMNS)
    for column in ("n_paragraphs", "n_sentences", "n_words"):
        articles[column] = articles[column].astype("int64")
    paragraph_table = pd.DataFrame(paragraphs, columns=PARAGRAPH_COLUMNS)
    paragraph_table["paragraph_id"] = paragraph_table["paragraph_id"].astype("int64")
    sentence_table = pd.DataFrame(sentences, columns=SENTENCE_COLUMNS)
    for column in ("paragraph_id", "sentence_id", "char_start", "char_end"):
        sentence_table[column] = sentence_table[column].astype("int64")
    return Corpus(articles, paragraph_table, sentence_table,
                  pd.DataFrame(errors, columns=ERROR_COLUMNS))


def load_text(text: str, *, article_id: str = "article", title: str | None = None,
              section: str | None = None, outlet: str = "", url: str = "", date: str = "",
              author: str = "", source_file: str = "") -> Corpus:
    """Parse one article given as a string (a web dump, Markdown or plain paragraphs)."""
    if not text.strip():
        raise LoadError(f"{source_file or article_id}: the article is empty")
    if _looks_like_html(text):
        text, found_title = html_to_text(text)
        title = title or found_title
    row, paragraphs, sentences = _build(_Article(
        article_id, text, source_file, title, section, outlet, url, date, author))
    _warn_language(row)
    return _tables([row], paragraphs, sentences, [])


def _warn_language(row: dict) -> None:
    if row["language"] != "ar":
        warnings.warn(f"{row['source_file'] or row['article_id']}: article {row['article_id']!r} "
                      "has no Arabic text; Arabic analyses will find little in it", stacklevel=3)


# --------------------------------------------------------------------------- HTML

_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html|<head|<body)", re.I)
_HTML_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form",
              "iframe", "svg", "button", "template", "menu")
_HTML_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div",
                "td", "th", "section", "article", "figcaption", "dd", "dt")


def _looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000])) or (
        text.lstrip().startswith("<") and bool(re.search(r"</(p|div|body|h\d)>", text[:50000], re.I))
    )


def html_to_text(html: str) -> tuple[str, str]:
    """Text of an HTML page, one block a line (headings kept as Markdown ``#`` lines), and its title.

    Scripts, styles, navigation, headers, footers, forms and asides are dropped.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for tag in soup.find_all(_HTML_DROP):
        tag.decompose()
    title_tag = soup.find("h1") or soup.find("title")
    page_title = title_tag.get_text(" ", strip=True) if title_tag else ""
    root = soup.find("article") or soup.find("main") or soup.body or soup
    lines: list[str] = []
    for element in root.find_all(_HTML_BLOCKS):
        if element.find(_HTML_BLOCKS):
            continue  # a container: its block children give the text
        text = " ".join(element.get_text(" ", strip=True).split())
        if not text:
            continue
        if element.name in ("h2", "h3", "h4", "h5", "h6"):
            lines.append(f"## {text}")
        elif element.name == "h1":
            if text != page_title:
                lines.append(f"## {text}")
        else:
            lines.append(text)
    if not lines:
        lines = [line for line in root.get_text("\n", strip=True).split("\n") if line.strip()]
    if page_title and lines and lines[0].lstrip("# ") == page_title:
        lines.pop(0)
    return "\n".join(lines), page_title


# --------------------------------------------------------------------------- records

def _field(record: dict, attribute: str) -> str:
    for key in RECORD_FIELDS[attribute]:
        value = record.get(key)
        if value is None or (isinstance(value, float) and value != value):
            continue
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        value = str(value).strip()
        if value:
            return value
    return ""


def _iter_records(path: Path, fmt: str) -> Iterator[tuple[int, dict | None, str | None]]:
    """``(record number, record or None, error or None)`` for each record of a corpus file."""
    if fmt == "jsonl":
        for number, line in enumerate(read_text(path).splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                yield number, None, f"line {number}: invalid JSON ({error.msg})"
                continue
            if isinstance(record, dict):
                yield number, record, None
            else:
                yield number, None, f"line {number}: a JSON {type(record).__name__}, not an object"
    elif fmt == "json":
        try:
            data = json.loads(read_text(path))
        except json.JSONDecodeError as error:
            raise LoadError(f"{path}: invalid JSON ({error.msg} at line {error.lineno})") from None
        if isinstance(data, dict):
            data = data.get("articles", data.get("data", [data]))
        if not isinstance(data, list):
            raise LoadError(f"{path}: expected a JSON list of articles or one article object")
        for number, record in enumerate(data, start=1):
            if isinstance(record, dict):
                yield number, record, None
            else:
                yield number, None, f"record {number}: not a JSON object"
    else:
        delimiter = "\t" if fmt == "tsv" else ","
        csv.field_size_limit(1 << 30)
        reader = csv.DictReader(io.StringIO(read_text(path), newline=""), delimiter=delimiter)
        for number, record in enumerate(reader, start=1):
            yield number, record, None


def _record_articles(path: Path, fmt: str) -> Iterator[_Article | tuple[str, str]]:
    stem = path.stem
    for number, record, error in _iter_records(path, fmt):
        article_id = f"{stem}-{number:05d}"
        if record is None:
            yield (article_id, error or "unreadable record")
            continue
        article_id = _field(record, "article_id") or article_id
        text = _field(record, "text")
        if not text.strip() and not _field(record, "title"):
            yield (article_id, f"record {number}: no title and no text in any of the fields "
                               f"{', '.join(RECORD_FIELDS['text'])}")
            continue
        if _looks_like_html(text):
            text, _ = html_to_text(text)
        yield _Article(article_id, text, str(path), _field(record, "title") or None,
                       _field(record, "section") or None, _field(record, "outlet"),
                       _field(record, "url"), _field(record, "date"), _field(record, "author"))


# --------------------------------------------------------------------------- files

def detect_format(path: str | Path) -> str:
    """``text``, ``html``, ``jsonl``, ``json``, ``csv`` or ``tsv`` from the file name."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in RECORD_SUFFIXES:
        return RECORD_SUFFIXES[suffix]
    return "text"


def _metadata_beside(path: Path) -> dict[str, str]:
    """The row for ``path`` in a ``metadata.csv`` in the same folder, if there is one."""
    metadata = path.parent / "metadata.csv"
    if not metadata.is_file():
        return {}
    with metadata.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            if row.get("file") == path.name:
                return {key: (value or "").strip() for key, value in row.items() if key}
    return {}


def _file_articles(path: Path, fmt: str | None) -> Iterator[_Article | tuple[str, str]]:
    fmt = fmt or detect_format(path)
    if fmt not in FORMATS:
        raise LoadError(f"{path}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in ("text", "html"):
        text = read_text(path)
        title = None
        if fmt == "html" or _looks_like_html(text):
            text, title = html_to_text(text)
            if not text.strip():
                raise LoadError(f"{path}: the HTML page has no text outside scripts and navigation")
        meta = _metadata_beside(path)
        yield _Article(meta.get("article_id") or path.stem, text, str(path),
                       meta.get("title") or title or None, meta.get("section") or None,
                       meta.get("outlet_ar") or meta.get("outlet", ""), meta.get("url", ""),
                       meta.get("date", ""), meta.get("author", ""))
    else:
        yield from _record_articles(path, fmt)


def expand_paths(paths: str | Path | Iterable[str | Path]) -> list[Path]:
    """Files named by ``paths``; a folder stands for its supported files, sorted by name."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            files.extend(sorted(
                child for child in path.iterdir()
                if child.is_file() and not _is_documentation(child)
                and child.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | set(RECORD_SUFFIXES)
            ))
        elif path.exists():
            files.append(path)
        else:
            raise LoadError(f"{path}: no such file or folder")
    if not files:
        raise LoadError(f"no article files found in {', '.join(map(str, paths))}")
    return files


def _is_documentation(path: Path) -> bool:
    # Files that describe a folder of articles rather than being articles.
    name = path.name.lower()
    return name.startswith((".", "readme", "license", "licence")) or name == "metadata.csv"


def _iter_rows(paths, format: str | None) -> Iterator[tuple[dict | None, list, list, tuple | None]]:
    """``(article row, paragraph rows, sentence rows, None)`` per article, or
    ``(None, [], [], error row)`` per record that cannot be loaded."""
    seen: dict[str, int] = {}
    for path in expand_paths(paths):
        for item in _file_articles(path, format):
            if isinstance(item, tuple):
                yield None, [], [], (item[0], str(path), item[1])
                continue
            count = seen.get(item.article_id, 0)
            seen[item.article_id] = count + 1
            if count:
                item.article_id = f"{item.article_id}~{count + 1}"
            row, paragraphs, sentences = _build(item)
            _warn_language(row)
            yield row, paragraphs, sentences, None


def iter_batches(paths: str | Path | Iterable[str | Path], *, batch_size: int = 200,
                 format: str | None = None) -> Iterator[Corpus]:
    """Yield a :class:`Corpus` of up to ``batch_size`` articles at a time (streaming: memory
    stays flat however large the corpus). Records that cannot be loaded are in ``errors``.
    """
    rows: list[dict] = []
    paragraphs: list[tuple] = []
    sentences: list[tuple] = []
    errors: list[tuple] = []
    for row, article_paragraphs, article_sentences, error in _iter_rows(paths, format):
        if error is not None:
            errors.append(error)
            continue
        rows.append(row)
        paragraphs.extend(article_paragraphs)
        sentences.extend(article_sentences)
        if len(rows) >= batch_size:
            yield _tables(rows, paragraphs, sentences, errors)
            rows, paragraphs, sentences, errors = [], [], [], []
    if rows or errors:
        yield _tables(rows, paragraphs, sentences, errors)


def iter_articles(paths: str | Path | Iterable[str | Path], *, format: str | None = None
                  ) -> Iterator[Corpus]:
    """Yield one single-article :class:`Corpus` at a time.

    A record that cannot be loaded is yielded as a Corpus with empty tables and one row in
    ``errors``; a file that cannot be read at all raises :class:`LoadError`.
    """
    for row, paragraphs, sentences, error in _iter_rows(paths, format):
        if error is not None:
            yield _tables([], [], [], [error])
        else:
            yield _tables([row], paragraphs, sentences, [])


def concat(corpora: Iterable[Corpus]) -> Corpus:
    """One Corpus from several (article ids are kept as they are)."""
    parts = list(corpora)
    if not parts:
        return _tables([], [], [], [])

    def join(name: str) -> pd.DataFrame:
        frames = [getattr(part, name) for part in parts if len(getattr(part, name))]
        if not frames:
            return getattr(parts[0], name).iloc[0:0]
        return pd.concat(frames, ignore_index=True)

    return Corpus(join("articles"), join("paragraphs"), join("sentences"), join("errors"))


def load(paths: str | Path | Iterable[str | Path], *, format: str | None = None) -> Corpus:
    """Load one article file, a corpus file or a folder of them into a :class:`Corpus`.

    ``format`` (text, html, jsonl, json, csv, tsv) overrides detection by file name. Records
    that cannot be loaded are listed in ``Corpus.errors`` with a warning; the others load.
    """
    corpus = concat(iter_batches(paths, batch_size=1 << 62, format=format))
    if len(corpus.errors):
        warnings.warn(f"{len(corpus.errors)} record(s) could not be loaded; see Corpus.errors",
                      stacklevel=2)
    return corpus

