"""Reading articles: files, directories, JSONL, --lines, dates, boilerplate, bad input."""

from __future__ import annotations

import io
import json

import pytest
from conftest import SEEDS

from kg.errors import InputError, OptionError
from kg.inputs import ReadOptions, boilerplate_ranges, read_articles
from kg.lexicon import default_lexicon


def test_inputs_txt_first_line_is_the_title(tmp_path):
    (tmp_path / "a.txt").write_text("\n\nRussia vetoes draft\n\nRussia vetoed the draft on Friday.\n", encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "a.txt")])
    assert (article.id, article.title, article.date) == ("a", "Russia vetoes draft", None)
    start, end = article.skip[0]
    assert article.text[start:end] == "Russia vetoes draft"


def test_inputs_directories_are_walked_recursively_in_path_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Z\n\nText.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"id": "j1", "text": "One.", "date": "2020-01-02T10:00:00Z", "source": "Wire"}) + "\n"
        + json.dumps({"id": 2, "text": "Two."}) + "\n", encoding="utf-8")
    (tmp_path / "ignored.md").write_text("not an article", encoding="utf-8")
    articles = list(read_articles([str(tmp_path)], ReadOptions(date="2021-05-05")))
    assert [(a.id, a.date) for a in articles] == [("j1", "2020-01-02"), ("2", "2021-05-05"), ("b/z", "2021-05-05")]
    assert articles[0].source == "Wire"


def test_inputs_lines_makes_each_line_a_document():
    data = b"Russia vetoed it.\n\nChina abstained.\n"
    articles = list(read_articles(["-"], ReadOptions(lines=True), stdin=io.BytesIO(data)))
    assert [(a.id, a.text) for a in articles] == [("1", "Russia vetoed it."), ("3", "China abstained.")]


def test_inputs_stdin_jsonl_is_detected():
    data = json.dumps({"id": "x", "text": "Hello."}).encode() + b"\n"
    (article,) = read_articles(["-"], stdin=io.BytesIO(data))
    assert article.id == "x"


def test_inputs_seed_sidecar_metadata():
    (article,) = read_articles([str(SEEDS)])
    assert article.date == "2014-03-14" and article.source == "Al Jazeera America"


def test_inputs_not_utf8_names_file_and_offset(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Title\n\nCaf\u00e9 talks.".encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1.txt: not UTF-8 text \(invalid byte at offset 10\)"):
        list(read_articles([str(path)]))


def test_inputs_malformed_jsonl_names_the_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "ok"}\n{"id": "b", "text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad.jsonl:2: malformed JSON"):
        list(read_articles([str(path)]))


@pytest.mark.parametrize("record, message", [
    ({"text": "no id"}, "missing field 'id'"),
    ({"id": "a"}, "missing field 'text'"),
    ({"id": "a", "text": "x", "date": "yesterday"}, "not an ISO 8601 date"),
    ({"id": "a", "text": 5}, "field 'text' must be a string"),
])
def test_inputs_jsonl_fields_are_checked(tmp_path, record, message):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_articles([str(path)]))


def test_inputs_missing_file_and_empty_directory(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        list(read_articles([str(tmp_path / "nope.txt")]))
    with pytest.raises(InputError, match=r"no \*.txt or \*.jsonl files"):
        list(read_articles([str(tmp_path)]))


def test_inputs_binary_file_is_refused(tmp_path):
    path = tmp_path / "blob.txt"
    path.write_bytes(b"abc\x00def")
    with pytest.raises(InputError, match="binary data"):
        list(read_articles([str(path)]))


def test_inputs_bad_date_option():
    with pytest.raises(OptionError, match="--date"):  # a usage error (exit 2), not bad input
        list(read_articles(["-"], ReadOptions(date="14/03/2014"), stdin=io.BytesIO(b"x")))


@pytest.mark.parametrize("text, furniture", [
    pytest.param("Headline here\n\nA subtitle without a full stop\n\n"
                 "Minister A, left, and Minister B before a meeting.\nJane Doe/AFP/Getty Images\n\n"
                 "The ministers met on Friday.\n\nClick here for more coverage.\n\n"
                 "The talks went on.\n\nRelated News\n\nSign up for our weekly newsletter\n",
                 ["Minister A, left, and Minister B before a meeting.", "Jane Doe/AFP/Getty Images",
                  "Click here for more coverage.", "Related News", "Sign up for our weekly newsletter"],
                 id="captions, credits and furniture"),
    pytest.param("Russia accused Ukraine of attacking the Kremlin.\n\n"
                 "FILE PHOTO: A view shows the Kremlin in Moscow. REUTERS/Stringer\n\n"
                 "The White House said it could not confirm the reports.\n\n"
                 "Our Standards: The Thomson Reuters Trust Principles.\n",
                 ["FILE PHOTO: A view shows the Kremlin in Moscow. REUTERS/Stringer",
                  "Our Standards: The Thomson Reuters Trust Principles."],
                 id="a wire page's file photo and standards line"),
])
def test_boilerplate_finds_furniture(text, furniture):
    assert [text[s:e] for s, e in boilerplate_ranges(text, default_lexicon())] == furniture


@pytest.mark.parametrize("text, meta, title", [
    ("China urged restraint.\nRussia vetoed it.\n", None, None),  # a sentence, not a headline
    ("Talks flounder\n", None, None),  # nothing below it: the line is the body
    ("Talks flounder\nRussia vetoed it.\n", {"title": "Another title"}, "Another title"),
    ("Talks  flounder\nRussia vetoed it.\n", {"title": "Talks flounder"}, "Talks flounder"),  # repeated
    ('He said "no"\nRussia vetoed it.\n', None, None),  # a closing quote ends a sentence
])
def test_inputs_first_line_is_a_headline_only_where_it_reads_as_one(tmp_path, text, meta, title):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    if meta is not None:
        (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "a.txt")])
    assert article.title == title
    first_line = text.splitlines()[0]
    assert (article.skip == ((0, len(first_line)),)) == (title is not None and "Another" not in title)


def test_inputs_stdin_text_has_no_headline():
    (article,) = read_articles(["-"], ReadOptions(stdin_format="txt"), stdin=io.BytesIO(b"Talks flounder\nMore.\n"))
    assert (article.title, article.skip) == (None, ())


@pytest.mark.parametrize("text, place, body", [
    ("UNITED NATIONS (Reuters) - Russia vetoed it.", "UNITED NATIONS", "Russia vetoed it."),
    ("MOSCOW, March 14 (Reuters) - Russia said so.", "MOSCOW", "Russia said so."),
    ("BEIJING (AP) — China warned Japan.", "BEIJING", "China warned Japan."),
    ("KYIV, Ukraine (AP) — Russia struck.", "KYIV, Ukraine", "Russia struck."),
    ("SÃO PAULO – Brazil voted.", "SÃO PAULO", "Brazil voted."),
    ("Washington (CNN) -- The US agreed.", "Washington", "The US agreed."),
    ("EU - China talks began.", None, None),  # too short for a place in capitals
    ("Russia - the only veto - said no.", None, None),  # not in capitals, no agency
    ("The US and Russia (the two powers) - agreed.", None, None),
])
def test_inputs_dateline_is_kept_and_blanked(text, place, body):
    (article,) = read_articles(["-"], ReadOptions(lines=True), stdin=io.BytesIO(text.encode()))
    assert article.dateline == place
    parsed = article.text_to_parse()
    assert len(parsed) == len(article.text)  # offsets unchanged
    assert parsed.strip() == (body or text)
    assert article.text == text


def test_inputs_dateline_after_a_headline(tmp_path):
    (tmp_path / "a.txt").write_text("Russia vetoes draft\n\nMOSCOW (Reuters) - Russia vetoed it.\n", encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "a.txt")])
    assert (article.title, article.dateline) == ("Russia vetoes draft", "MOSCOW")
    start, end = article.dateline_span
    assert article.text[start:end] == "MOSCOW (Reuters) - "


@pytest.mark.parametrize("byline", ["By Jane Doe", "By Jane Doe and Tom Ng", "By JANE DOE, Reuters"])
def test_inputs_dateline_after_a_headline_and_a_byline(tmp_path, byline):
    (tmp_path / "a.txt").write_text(f"Kenya recalls envoy\n\n{byline}\n\nNAIROBI, May 3 (Reuters) - Kenya recalled "
                                    "its envoy.\n\n(Reporting by Jane Doe; Editing by Tom Ng)\n", encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "a.txt")])
    assert article.dateline == "NAIROBI"
    skipped = [article.text[start:end].strip() for start, end in article.skip]
    assert skipped == ["Kenya recalls envoy", byline, "(Reporting by Jane Doe; Editing by Tom Ng)"]


def test_inputs_a_paragraph_opening_with_by_is_no_byline(tmp_path):
    (tmp_path / "a.txt").write_text("Talks\n\nBy Friday the two sides had agreed.\n", encoding="utf-8")
    (article,) = read_articles([str(tmp_path / "a.txt")])
    assert [article.text[start:end].strip() for start, end in article.skip] == ["Talks"]


def test_extract_dateline_gives_no_triple_and_keeps_offsets(tmp_path):
    from kg.api import extract_text

    text = "NAIROBI, June 3 (Reuters) - Kenya's president called on Somalia to expel the fighters."
    triples = extract_text(text)
    assert triples and all("NAIROBI" not in (t.subject.text, getattr(t.object, "text", "")) for t in triples)
    assert any("Kenya" in t.subject.text for t in triples)
    (start, end) = triples[0].span
    assert text[start:end] == triples[0].text == text[len("NAIROBI, June 3 (Reuters) - "):]
