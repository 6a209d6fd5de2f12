"""Reading articles from files, directories and standard input.

A `.txt` file is one article; metadata may sit beside it in `NAME.meta.json` ({"id", "title",
"date", "url", "source"}). Where that gives no title, a first line that reads as a headline (no
sentence punctuation at its end, more text below) is the title. A `.jsonl` file holds one article
a line. Paragraphs that are captions, photo credits or site boilerplate are marked in
`Article.skip` so that extraction passes over them while offsets stay those of the original text;
a wire dateline opening the text is kept as `Article.dateline` and not parsed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import itertools
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from .errors import InputError, OptionError
from .iris import slug
from .lexicon import Lexicon, default_lexicon
from .types import Article

ARTICLE_SUFFIXES = (".txt", ".jsonl")
META_SUFFIX = ".meta.json"
STDIN = "-"

# A photo credit: a short line of names joined by slashes or ending in an agency name.
_CREDIT = re.compile(
    r"^[^.!?]{0,80}(/|\b(AFP|AP|Reuters|Getty Images|EPA|Xinhua|Anadolu|Photo|Pool)\b)[^.!?]{0,80}$"
)
# A sentence ends in . ! ? or …, perhaps inside closing quotes and brackets, or in a closing quote.
_SENTENCE_MARKS = (".", "!", "?", "…")
_CLOSING_MARKS = "\"'”’)]"
_CLOSING_QUOTES = ("\"", "”", "’")
_PARAGRAPH = re.compile(r"[^\n]+")  # one paragraph a line, as scraped pages are laid out


DEFAULT_MAX_CHARS = 1_000_000
_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


@dataclass(frozen=True)
class ReadOptions:
    lines: bool = False  # every line of a text input is its own document
    date: str | None = None  # publication date where the input has none
    stdin_format: str = "auto"  # txt | jsonl | auto
    skip_bad: bool = False  # skip bad files, lines and articles instead of stopping
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are bad input (the parser's memory grows with length)


@dataclass
class ReadReport:
    """What reading found: good articles, and what was skipped with --skip-bad and why."""

    articles: int = 0
    skipped: list[str] = field(default_factory=list)


# ISO 8601: a date, or a date and time with an optional fraction and offset; nothing after it.
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?",
                       re.ASCII)
# Dates outside these years are refused: relative dates ("last Friday") are reckoned from them.
MIN_DATE, MAX_DATE = dt.date(1000, 1, 1), dt.date(9998, 12, 31)


def parse_date(value: str, origin: str = "--date") -> str:
    """A strict ISO 8601 date or date-time, reduced to YYYY-MM-DD."""
    # An option's value is a usage error; a record's is bad input.
    error = OptionError if origin.startswith("-") else InputError
    if not isinstance(value, str):
        raise error(f"{origin}: {value!r} is not an ISO 8601 date (YYYY-MM-DD); write it as a string")
    text = value.strip()
    match = _ISO_DATE.fullmatch(text)
    if match is None:
        raise error(f"{origin}: {text[:40]!r} is not an ISO 8601 date (YYYY-MM-DD)")
    try:
        dt.datetime.fromisoformat(text.replace(",", ".")) if len(text) > 10 else None
        date = dt.date.fromisoformat(match[1])
    except ValueError as exc:
        raise error(f"{origin}: {text!r} is not a valid date or time ({exc})") from None
    if not MIN_DATE <= date <= MAX_DATE:
        raise error(f"{origin}: {text!r} is out of range ({MIN_DATE} to {MAX_DATE})")
    return date.isoformat()


def read_articles(
    inputs: Iterable[str], options: ReadOptions = ReadOptions(), *,
    lexicon: Lexicon | None = None, stdin: BinaryIO | None = None, report: ReadReport | None = None,
) -> Iterator[Article]:
    """Articles from every input in order, streaming; directories are walked recursively, sorted.

    Bad input raises InputError naming the file (and line or byte offset); with
    `options.skip_bad` it is recorded in `report.skipped` instead (a bad file costs the rest of
    that file, a bad JSONL line that line), and only an input with no good article is an error.
    """
    lexicon = lexicon or default_lexicon()
    report = report if report is not None else ReadReport()
    problems: list[str] = []
    sources = [s for i in inputs for s in _expand(i, problems)]
    for problem in problems:  # before any article: without --skip-bad, no work is done
        _skip(InputError(problem), options, report)
    yield from _read(sources, options, lexicon, report, stdin)
    if report.skipped and not report.articles:
        raise InputError(f"no article could be read; {len(report.skipped)} bad input(s) skipped, "
                         f"the first: {report.skipped[0]}")


def _read(sources: list[tuple[str, str]], options: ReadOptions, lexicon: Lexicon, report: ReadReport,
          stdin: BinaryIO | None, *, check_ids: bool = True) -> Iterator[Article]:
    default_date = parse_date(options.date) if options.date else None
    identities = _Identities(sources, options, lexicon) if check_ids else None
    for source, name in sources:
        try:
            if source == STDIN:
                chunks = _stdin_chunks(stdin or sys.stdin.buffer, line_limit(options))
                first = next(chunks, b"")
                fmt = options.stdin_format
                if fmt == "auto":
                    fmt = "jsonl" if first.lstrip()[:1] == b"{" else "txt"
                articles = _parse(itertools.chain([first], chunks), "<stdin>", "stdin", fmt, options,
                                  len(sources) > 1, report)
            else:
                path = Path(source)
                fmt = "jsonl" if path.suffix == ".jsonl" else "txt"
                if fmt == "txt" and not options.lines:
                    _check_size(path, options)
                articles = _parse(_file_chunks(path, line_limit(options)), str(path), name, fmt, options, len(sources) > 1,
                                  report)
            for article in articles:
                try:
                    _check(article, options)
                    if identities is not None:
                        identities.claim(article)
                except InputError as exc:
                    _skip(exc, options, report)
                    continue
                if article.date is None and default_date:
                    article = replace(article, date=default_date)
                skip = set(article.skip) | set(boilerplate_ranges(article.text, lexicon))
                report.articles += 1
                yield with_dateline(replace(article, skip=tuple(sorted(skip))))
        except InputError as exc:
            _skip(exc, options, report)


def _skip(exc: InputError, options: ReadOptions, report: ReadReport) -> None:
    if not options.skip_bad:
        raise exc
    report.skipped.append(str(exc))


def _check_size(path: Path, options: ReadOptions) -> None:
    """A text file too large for --max-chars whatever its characters is refused unread."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        if path.is_file() and size > line_limit(options):
            raise InputError(f"{path}: {size:,} bytes, more than --max-chars {options.max_chars:,} characters "
                             "can take; split it or raise the limit")


def _check(article: Article, options: ReadOptions) -> None:
    """Refuse what is no article text: nothing, a web page, or more than the parser should take."""
    if not article.text.strip():
        raise InputError(f"{article.origin}: no text")
    if _HTML.match(article.text):
        raise InputError(f"{article.origin}: HTML, not article text; extract the text first")
    if len(article.text) > options.max_chars:
        raise InputError(f"{article.origin}: {len(article.text):,} characters, more than --max-chars "
                         f"{options.max_chars:,}; split it or raise the limit")


class _Identities:
    """The article ids of a run and the IRIs they mint: each must be unique, or articles would
    merge silently in the graph (one IRI, the sentences of both).

    Only a 64-bit digest of each IRI is kept (under 200 bytes an article), so that memory stays small
    on a corpus of millions; where the first article of a clash was read is looked up again in
    the inputs when there is one.
    """

    def __init__(self, sources: list[tuple[str, str]], options: ReadOptions, lexicon: Lexicon) -> None:
        self.minted: set[int] = set()  # equal ids mint equal IRIs: one digest covers both checks
        self.sources, self.options, self.lexicon = sources, options, lexicon

    def claim(self, article: Article) -> None:
        # slug's own cache would keep every id of the run: its uncached function is used.
        segment = slug.__wrapped__(article.id)
        minted = _digest(segment)
        if minted not in self.minted:
            self.minted.add(minted)
            return
        first = self._first(lambda a: slug.__wrapped__(a.id) == segment)
        if first is None:
            raise InputError(f"{article.origin}: article id {article.id!r} is the id of an earlier article, or "
                             f"mints the same IRI (article/{segment}); ids must be unique in a run")
        if first.id == article.id:
            raise InputError(f"{article.origin}: article id {article.id!r} is already the id of "
                             f"{first.origin}; ids must be unique in a run")
        raise InputError(f"{article.origin}: article id {article.id!r} and {first.id!r} ({first.origin}) "
                         f"would get the same IRI (article/{segment}); rename one")

    def _first(self, match) -> Article | None:
        """The first article that `match`es, read again from the inputs (not standard input)."""
        files = [source for source, _ in self.sources if source != STDIN]
        if len(files) < len(self.sources) or any(not Path(f).is_file() for f in files):
            return None  # a pipe cannot be read again
        again = replace(self.options, skip_bad=True)
        with contextlib.suppress(InputError):
            for article in _read(self.sources, again, self.lexicon, ReadReport(), None, check_ids=False):
                if match(article):
                    return article
        return None


def _digest(text: str) -> int:
    data = text.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "big")


def _expand(source: str, problems: list[str] | None = None) -> list[tuple[str, str]]:
    """The files an input names, each with the id its articles take where they carry none:
    the path relative to the directory given, without suffix (`2014/index`), or the stem of a
    file given by itself. Folders that cannot be read are added to `problems`."""
    if source == STDIN:
        return [(STDIN, "stdin")]
    path = Path(source)
    if path.is_dir():
        unreadable: list[OSError] = []
        found = sorted(
            (Path(folder) / name for folder, _, names in os.walk(path, onerror=unreadable.append)
             for name in names if Path(name).suffix in ARTICLE_SUFFIXES and (Path(folder) / name).is_file()),
            key=lambda p: p.as_posix(),
        )
        if problems is not None:
            problems.extend(f"{e.filename}: cannot read this folder: {e.strerror or e}" for e in unreadable)
        if not found and not unreadable:
            raise InputError(f"{path}: no *.txt or *.jsonl files in this directory")
        return [(str(p), _stem(p.relative_to(path))) for p in found]
    if not path.exists():
        raise InputError(f"{path}: no such file or directory")
    return [(str(path), _stem(Path(path.name)))]


def line_limit(options: ReadOptions) -> int:
    """The most bytes a line may take: --max-chars characters, each as a JSON escape at worst."""
    return 6 * options.max_chars + 65_536


def _bounded_lines(stream: BinaryIO, origin: str, limit: int) -> Iterator[bytes]:
    """A stream's lines as bytes, none longer than `limit`: a longer line is refused when it
    reaches the limit, before the rest of it is read, so memory stays bounded."""
    number = 0
    while line := stream.readline(limit + 1):
        number += 1
        if len(line) > limit:
            raise InputError(f"{origin}:{number}: a line of more than {limit:,} bytes, too long for --max-chars; "
                             "split it or raise the limit")
        yield line


def _file_chunks(path: Path, limit: int = line_limit(ReadOptions())) -> Iterator[bytes]:
    """A file's lines as bytes, read as they are needed, so a large JSONL file streams."""
    try:
        with path.open("rb") as handle:
            yield from _bounded_lines(handle, str(path), limit)
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def _stdin_chunks(stream: BinaryIO, limit: int = line_limit(ReadOptions())) -> Iterator[bytes]:
    """Standard input's lines; the first chunk holds everything up to the first non-blank line."""
    lines = _bounded_lines(stream, "<stdin>", limit)
    head = b""
    for line in lines:
        head += line
        if line.strip():
            break
    yield head
    yield from lines


def count_articles(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> int | None:
    """How many articles the inputs hold, counted cheaply (for a progress bar's ETA).

    None when standard input, a pipe or a FIFO is among them: they cannot be read twice.
    """
    total = 0
    for source, _ in (s for i in inputs for s in _expand(i)):
        path = Path(source)
        if source == STDIN or not path.is_file():
            return None
        if path.suffix == ".jsonl" or options.lines:
            total += sum(1 for line in _file_chunks(path) if line.strip())
        else:
            total += 1
    return total


def _stem(path: Path) -> str:
    """The path without its suffix, with "/" between folders whatever the system."""
    return path.as_posix()[: -len(path.suffix)] if path.suffix else path.as_posix()


_LONE_CR = re.compile(r"\r(?!\n)")


def _decode(data: bytes, origin: str) -> str:
    return _clean(_line_ends(_checked_text(data, origin).removeprefix("\ufeff")))


def _line_ends(text: str) -> str:
    """A CR that ends a line alone (old Mac files) read as a line end, as CRLF and LF are;
    one character for one, so offsets are unchanged."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


def _checked_text(data: bytes, origin: str, offset: int = 0, chars: int = 0) -> str:
    """UTF-8 text that is not binary; errors name the offset in the whole input, where `data`
    starts `offset` bytes and `chars` characters into it."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not UTF-8 text (invalid byte at offset {offset + exc.start})") from None
    if "\x00" in text:
        raise InputError(f"{origin}: binary data (NUL byte at character {chars + text.index(chr(0))})")
    return text


def _decoded_lines(chunks: Iterable[bytes], origin: str) -> Iterator[str]:
    """The lines of a text, as str.splitlines() gives them, decoding chunk by chunk.

    Errors name the byte or character offset in the whole input, as `_decode` does.
    """
    offset = chars = 0
    for chunk in chunks:
        text = _checked_text(chunk, origin, offset, chars)
        if offset == 0:
            text_start = text.removeprefix("\ufeff")
            chars += len(text) - len(text_start)
            text = text_start
        offset += len(chunk)
        chars += len(text)
        # Chunks end at "\n", so no line break of splitlines() straddles two of them.
        yield from text.splitlines()


def _parse(chunks: Iterable[bytes], origin: str, stem: str, fmt: str, options: ReadOptions,
           several: bool, report: ReadReport) -> Iterator[Article]:
    if fmt == "jsonl":
        yield from _parse_jsonl(_decoded_lines(chunks, origin), origin, options, report)
    elif options.lines:
        for n, line in enumerate(_decoded_lines(chunks, origin), 1):
            if line.strip():
                doc_id = f"{stem}:{n}" if several else str(n)
                yield Article(id=doc_id, text=_clean(line), origin=f"{origin}:{n}")
    else:
        yield _txt_article(_decode(b"".join(chunks), origin), origin, stem)


def _txt_article(text: str, origin: str, stem: str) -> Article:
    stdin = origin == "<stdin>"
    meta = _sidecar(origin) if not stdin else {}
    # A headline is the article's title, not a sentence of it: headlines are telegraphic and
    # parse badly ("Kerry, Lavrov talks flounder"), so they are kept as metadata only. Text piped
    # in is read whole: a one-line message is its own body.
    headline = None if stdin else _headline(text, meta.get("title"))
    title = headline.group().strip() if headline else None
    article = _article_from({"id": stem, "title": title, **meta, "text": text}, origin, require_id=False)
    return replace(article, skip=((headline.start(), headline.end()),) if headline else ())


def _headline(text: str, title: object) -> re.Match | None:
    """The first line, where it is the headline: the metadata's title repeated, or, where the
    metadata gives no title, a line that reads as one (no sentence punctuation - . ! ? or a
    closing quote - at its end, and more text below it)."""
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return None
    if title is not None:
        return first if isinstance(title, str) and title.split() == first.group().split() else None
    if _ends_a_sentence(first.group().rstrip()) or not text[first.end():].strip():
        return None
    return first


def _ends_a_sentence(line: str) -> bool:
    """Whether a line (without trailing space) ends as a sentence does."""
    return line.rstrip(_CLOSING_MARKS).endswith(_SENTENCE_MARKS) or line.endswith(_CLOSING_QUOTES)


# A wire dateline: a place ("CITY" or "CITY, Country"), perhaps a date ("March 14"), an agency in
# brackets, then a dash; or, without an agency, a place in capitals then a dash.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ]\d{4})?"
_PLACE_WORD = r"[^\W\d_][\w.'’-]*"
_PLACE_NAME = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_NAME}(?:,[ ]{_PLACE_NAME})?)(?:,[ ]{_MONTH})?"
    r"(?:[ ]?\((?P<agency>[^\W\d_][^()\n]{0,30})\))?"
    r"(?:[ ]+-{1,2}|[ ]*[–—])[ ]+(?=\S)"
)


def find_dateline(text: str, start: int = 0) -> tuple[str, tuple[int, int]] | None:
    """The place of a wire dateline at `text[start:]` and the dateline's character range."""
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    place = match.group("place")
    city = place.split(",")[0]
    if match.group("agency"):
        named = all(word[0].isupper() for word in place.replace(",", " ").split())
    else:  # a dash alone ends many a sentence's first words: only a place in capitals is a dateline
        named = city.isupper() and sum(ch.isalpha() for ch in city) >= 3
    return (place, match.span()) if named else None


def with_dateline(article: Article) -> Article:
    """`article` with the dateline that opens its body (after a headline and furniture) found."""
    start = 0
    for skip_start, skip_end in sorted(article.skip):
        if article.text[start:skip_start].strip():
            break
        start = max(start, skip_end)
    start += len(article.text[start:]) - len(article.text[start:].lstrip())
    found = find_dateline(article.text, start)
    if found is None:
        return article
    place, span = found
    return replace(article, dateline=place, dateline_span=span)


def _sidecar(origin: str) -> dict:
    path = Path(origin)
    meta_path = path.with_name(_stem(Path(path.name)) + META_SUFFIX)
    if not meta_path.exists():
        return {}
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{meta_path}: cannot read metadata: {exc}") from None
    if not isinstance(meta, dict):
        raise InputError(f"{meta_path}: metadata must be a JSON object")
    meta.pop("text", None)
    return meta


def _parse_jsonl(lines: Iterable[str], origin: str, options: ReadOptions, report: ReadReport) -> Iterator[Article]:
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield _jsonl_article(line, f"{origin}:{n}")
        except InputError as exc:
            _skip(exc, options, report)  # one bad line costs that line only, with --skip-bad


def _jsonl_article(line: str, where: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: malformed JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise InputError(f"{where}: expected a JSON object")
    return _article_from(record, where, require_id=True)


def _article_from(record: dict, origin: str, *, require_id: bool) -> Article:
    for key in ("id", "text"):
        if key not in record or record[key] is None:
            if key == "id" and not require_id:
                continue
            raise InputError(f"{origin}: missing field {key!r}")
    if not isinstance(record["text"], str):
        raise InputError(f"{origin}: field 'text' must be a string")
    for key in ("title", "url", "source"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InputError(f"{origin}: field {key!r} must be a string")
    date = record.get("date")
    return Article(
        id=_clean(str(record["id"])),
        text=_line_ends(_clean(record["text"])),
        title=_clean(record.get("title")),
        date=parse_date(date, f"{origin}: field 'date'") if date else None,
        url=_clean(record.get("url")),
        source=_clean(record.get("source")),
        origin=origin,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str | None) -> str | None:
    """The text in Unicode's composed form (NFC: one spelling of "é", so that labels and literals
    compare equal), without lone surrogates (JSON escapes can carry them; no RDF or UTF-8 writer
    accepts them). Offsets are those of this text."""
    if not value:
        return value
    value = _SURROGATE.sub("\ufffd", value)
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def boilerplate_ranges(text: str, lexicon: Lexicon) -> tuple[tuple[int, int], ...]:
    """Character ranges of paragraphs that are captions, credits or site furniture.

    Pages put furniture in short paragraphs without sentence punctuation ("Related News"), in
    lines that match the boilerplate patterns ("Sign up for …"), and in photo captions, which
    sit directly above a credit line ("Name/AFP/Getty Images").
    """
    paragraphs = [(m.start(), m.end(), m.group().strip()) for m in _PARAGRAPH.finditer(text)]
    paragraphs = [p for p in paragraphs if p[2]]
    punctuated = [_ends_a_sentence(para) for _, _, para in paragraphs]
    credits = [not ended and bool(_CREDIT.match(para)) for (_, _, para), ended in zip(paragraphs, punctuated)]
    pattern = lexicon.boilerplate_re
    skip: list[tuple[int, int]] = []
    body_started = False
    for i, (start, end, para) in enumerate(paragraphs):
        next_is_credit = i + 1 < len(paragraphs) and credits[i + 1]
        if pattern.match(para) or credits[i] or next_is_credit or (body_started and not punctuated[i]):
            skip.append((start, end))
        elif punctuated[i]:
            body_started = True
    return tuple(skip)
