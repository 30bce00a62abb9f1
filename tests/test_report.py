"""The HTML report (`cleaner report`, `cleaner clean --report`): its data, its escaping, and the page in a real
browser (headless Chromium, skipped with a message where it is missing)."""

from __future__ import annotations

import gzip
import html
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import cleaner
from cleaner import cli
from cleaner.batch import BatchOptions, run_batch
from cleaner.report import (Entry, RecordFields, clean_pieces, entry_from_record, script_json, site_of,
                            write_report)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

#: A document whose text tries to end the JSON script element and inject markup: it must stay text.
HOSTILE = ("Why </script><script>document.title='pwned'</script> Breaks Pages\n\n"
           "A paragraph that talks about <img id=\"pwned\" src=x onerror=\"document.title='pwned'\"> tags and "
           "&amp; entities, long enough to be the body of the article and kept as it is, with a few more words.\n\n"
           "About the Author\n\nJane <b id=\"pwned-bio\">Doe</b> writes about web security for a living.\n")


def batch_output(*extra: dict) -> bytes:
    """The output of cleaner batch on fixtures/batch/mixed.jsonl (records with errors) and ``extra`` records."""
    data = (FIXTURES / "batch" / "mixed.jsonl").read_bytes()
    data += b"".join(json.dumps(record).encode() + b"\n" for record in extra)
    out = io.BytesIO()
    run_batch(io.BytesIO(data), out, BatchOptions(), jobs=1)
    return out.getvalue()


EXTRA = ({"id": "hostile<b id=\"pwned-id\">", "url": "https://www.evil.example/post", "text": HOSTILE},
         {"id": "html-page", "url": "https://town.example/library",
          "html": json.loads((FIXTURES / "batch" / "html.jsonl").read_text().splitlines()[0])["html"]})


@pytest.fixture(scope="module")
def results(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "results.jsonl"
    path.write_bytes(batch_output(*EXTRA))
    return path


@pytest.fixture(scope="module")
def report(results: Path) -> Path:
    out = results.parent / "report.html"
    assert cli.main(["report", "-q", str(results), "-o", str(out)]) == 0
    return out


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def embedded(page: str, element_id: str):
    match = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>', page, re.DOTALL)
    assert match, element_id
    return json.loads(match.group(1))


# -- the data -------------------------------------------------------------------------------------------------------
def test_script_json_cannot_end_its_element():
    text = script_json({"t": "</script><!-- <script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- <script> & \u2028"}


@pytest.mark.parametrize("clean, source", [
    ("", "anything"), ("Short title\n\n" + "A paragraph long enough to be looked up in the input text." * 2,
                       "Short title\n\n" + "A paragraph long enough to be looked up in the input text." * 2),
    ("A paragraph long enough to be looked up in the input text, but changed.\n\nx\n\ny",
     "A paragraph long enough to be looked up in the input text, and not changed."),
    ("The same paragraph twice, long enough to be looked up.\n\nThe same paragraph twice, long enough to be looked up.",
     "The same paragraph twice, long enough to be looked up.")])
def test_clean_pieces_join_into_the_clean_text(clean, source):
    pieces = clean_pieces(clean, source)
    assert "\n\n".join(p if isinstance(p, str) else source[p[0]:p[1]] for p in pieces) == clean


def test_site_of():
    assert site_of("https://www.Example.com/a?b") == "example.com"
    assert site_of("http://blog.example.org:8080/") == "blog.example.org"
    assert site_of(None) == site_of(12) == site_of("") == site_of("not a url") == ""


def test_every_line_is_a_document_with_its_error(report: Path, results: Path):
    page = report.read_text(encoding="utf-8")
    lines = results.read_text(encoding="utf-8").splitlines()
    index = embedded(page, "report-index")
    assert len(index) == len(lines) == 13
    for number in range(len(lines)):
        assert f'id="d{number}"' in page
    errors = [row[0] for row in index if row[12]]
    assert errors == ["truncated", "no-field", "5", "line 6", "line 7"]
    assert embedded(page, "d2")["error"].startswith("invalid JSON")


def test_text_documents_carry_their_input_cut_at_the_removals(report: Path, results: Path):
    page = report.read_text(encoding="utf-8")
    garden = next(r for r in records(results) if r.get("id") == "garden")
    data = embedded(page, "d0")
    assert "".join(segment[0] for segment in data["segments"]) == garden["text"]
    marked = [segment for segment in data["segments"] if len(segment) == 3 and segment[1] == "r"]
    removed = garden["cleaned"]["removed"]
    assert [segment[0] for segment in marked] == [r["text"] for r in removed]
    assert [data["removed"][segment[2]]["kind"] for segment in marked] == [r["kind"] for r in removed]
    source = "".join(segment[0] for segment in data["segments"])
    assert "\n\n".join(p if isinstance(p, str) else source[p[0]:p[1]] for p in data["clean"]) == \
        garden["cleaned"]["text"]
    assert sum(isinstance(piece, list) for piece in data["clean"]) >= 3  # the body paragraphs: not carried twice
    assert data["meta"]["title"] == "Growing Tomatoes on a Small Balcony"


def test_html_documents_list_their_removals_with_xpaths(report: Path):
    page = report.read_text(encoding="utf-8")
    data = embedded(page, "d12")
    assert "segments" not in data and "HTML input" in data["input_note"]
    assert data["removed"] and all(r["xpath"].startswith("/html/") for r in data["removed"] if "xpath" in r)


def test_without_the_input_the_removals_are_listed(tmp_path: Path):
    out = io.BytesIO()
    run_batch(io.BytesIO((FIXTURES / "batch" / "mixed.jsonl").read_bytes()), out, BatchOptions(drop_input=True),
              jobs=1)
    entry = entry_from_record(json.loads(out.getvalue().splitlines()[0]), 1)
    assert entry.input_text is None and entry.result["removed"]
    page = io.StringIO()
    write_report(lambda: [entry], page)
    data = embedded(page.getvalue(), "d0")
    assert "segments" not in data and "--drop-input" in data["input_note"]
    assert data["removed"][0]["text"]


def test_a_mismatched_input_is_not_highlighted():
    result = cleaner.clean(HOSTILE).to_dict()
    page = io.StringIO()
    write_report(lambda: [Entry("x", result, input_text="something else entirely")], page)
    data = embedded(page.getvalue(), "d0")
    assert "segments" not in data and "not the text" in data["input_note"]


def test_overview_counts_and_charts(report: Path):
    page = report.read_text(encoding="utf-8")
    assert re.search(r'id="n-documents">13<', page) and re.search(r'id="n-errors">5<', page)
    for kind in ("author_bio", "source_credit", "rights_notice", "call_to_action", "front_matter"):
        assert f'href="#kind={kind}"' in page
    assert 'href="#site=evil.example"' in page and 'href="#lang=en"' in page
    assert page.count('href="#share=') == 10


def test_document_text_is_escaped_everywhere(report: Path):
    page = report.read_text(encoding="utf-8")
    assert "<script>document.title" not in page
    assert "<img id=\"pwned\"" not in page and "<b id=\"pwned-bio\"" not in page
    # the overview's list of the most removed names the hostile document by its title: escaped by Jinja (a text
    # document's tags are text, so the title holds them)
    assert "Why &lt;/script&gt;&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt; Breaks Pages" in page
    assert "hostile&lt;b id=&#34;pwned-id&#34;&gt;" in page and "<b id=\"pwned-id\"" not in page
    assert page.count("<script") == page.count("</script>")


def test_self_contained(report: Path):
    page = report.read_text(encoding="utf-8")
    assert "default-src 'none'" in page
    assert not re.search(r"<(?:script|link|img|iframe|object|embed|source|video|audio)\b[^>]*\s(?:src|href)=", page)
    assert not re.search(r"url\(|@import", page)


def test_gzip_input_gives_the_same_report(results: Path, report: Path, tmp_path: Path):
    packed = tmp_path / "results.jsonl.gz"
    packed.write_bytes(gzip.compress(results.read_bytes()))
    out = tmp_path / "report.html"
    assert cli.main(["report", "-q", str(packed), "-o", str(out)]) == 0
    assert out.read_bytes() == report.read_bytes()


def test_clean_report_option(tmp_path: Path, capsys):
    (tmp_path / "a.txt").write_text(HOSTILE, encoding="utf-8")
    shutil.copy(FIXTURES / "seed.txt", tmp_path / "seed.txt")
    (tmp_path / "bad.txt.gz").write_bytes(b"not gzip")
    out = tmp_path / "report.html"
    status = cli.main(["clean", "--report", str(out), str(tmp_path / "a.txt"), str(tmp_path / "seed.txt"),
                       str(tmp_path / "bad.txt.gz")])
    assert status == cli.EXIT_IO  # the bad file, as without --report
    page = out.read_text(encoding="utf-8")
    index = embedded(page, "report-index")
    assert [row[0] for row in index] == [str(tmp_path / name) for name in ("a.txt", "seed.txt", "bad.txt.gz")]
    assert [row[12] for row in index] == [0, 0, 1]
    seed = embedded(page, "d1")
    assert "".join(s[0] for s in seed["segments"]) == (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    assert [seed["removed"][s[2]]["kind"] for s in seed["segments"] if len(s) == 3] == ["author_bio",
                                                                                     "source_credit"]


def test_report_errors(tmp_path: Path, capsys):
    assert cli.main(["report", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "r.html")]) == cli.EXIT_IO
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_custom_fields(tmp_path: Path):
    record = {"key": "k1", "link": "https://example.net/x", "body": HOSTILE,
              "out": cleaner.clean(HOSTILE).to_dict()}
    entry = entry_from_record(record, 1, RecordFields(field="body", url_field="link", id_field="key",
                                                      result_field="out"))
    assert (entry.id, entry.url, entry.input_text, entry.error) == ("k1", "https://example.net/x", HOSTILE, None)


# -- in a real browser ------------------------------------------------------------------------------------------------
def chromium() -> str | None:
    for name in (os.environ.get("CLEANER_CHROMIUM"), "chromium", "chromium-browser", "google-chrome",
                 "google-chrome-stable"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def browse(page: Path, fragment: str, profile: Path, screenshot: Path | None = None) -> str:
    """The DOM of ``page#fragment`` after its script ran (or a screenshot of it), from headless Chromium."""
    binary = chromium()
    if binary is None:
        pytest.skip("Chromium is not installed (apt-get install chromium, or set CLEANER_CHROMIUM): the report's "
                    "browser test is skipped")
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--window-size=1280,1600"]
    command += [f"--screenshot={screenshot}"] if screenshot else ["--dump-dom"]
    done = subprocess.run(command + [page.resolve().as_uri() + fragment], capture_output=True, text=True,
                          timeout=180)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def rows(dom: str) -> list[str]:
    return [html.unescape(value) for value in re.findall(r'<tr class="doc-row[^"]*" data-doc="\d+" data-id="([^"]*)"',
                                                         dom)]


def test_in_chromium_every_document_and_kind_then_a_filter(report: Path, results: Path, tmp_path: Path):
    dom = browse(report, "", tmp_path / "profile")
    assert 'data-ready="1"' in dom
    ids = [str(r.get("id")) if r.get("id") is not None else f"line {r['input_line']}" for r in records(results)]
    assert rows(dom) == ids
    listed = set(re.findall(r'<i title="[^"]*" style="[^"]*" data-kind="([a-z_]+)"', dom))
    kinds = {r["kind"] for record in records(results) if record.get("cleaned") for r in record["cleaned"]["removed"]}
    assert listed == kinds and {"author_bio", "source_credit", "rights_notice"} <= kinds

    filtered = browse(report, "#kind=author_bio", tmp_path / "profile")
    expected = [str(r["id"]) for r in records(results)
                if r.get("cleaned") and any(x["kind"] == "author_bio" for x in r["cleaned"]["removed"])]
    assert rows(filtered) == expected and len(expected) < len(ids)
    assert re.search(r'id="count"[^>]*>\d+ of 13 documents match<', filtered)


def test_in_chromium_a_document_highlighted_and_escaped(report: Path, tmp_path: Path):
    dom = browse(report, "#doc=11", tmp_path / "profile")  # the hostile document
    assert "<title>cleaner report</title>" in dom  # its text did not run
    body = re.sub(r'<script type="application/json".*?</script>', "", dom, flags=re.DOTALL)
    for injected in ('<img id="pwned"', '<b id="pwned-bio"', '<b id="pwned-id"'):
        assert injected not in body
    assert "&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;" in body
    marks = re.findall(r'<mark class="rm" data-kind="([a-z_]+)" data-r="\d+" title="([^"]*)"', body)
    assert {kind for kind, _title in marks} == {"author_bio"}
    assert "author_bio · author_bio.heading · cue: about the author [en] · confidence 0.95" in html.unescape(marks[0][1])
    assert 'id="clean"' in body and 'id="metadata"' in body and 'id="removals"' in body
    shown = re.search(r'<div class="panel text" id="clean">(.*?)</div>', body, re.DOTALL).group(1)
    assert html.unescape(shown) == cleaner.clean(HOSTILE).text
    assert "Near misses (" in body


def test_in_chromium_screenshot(report: Path, tmp_path: Path):
    shot = tmp_path / "report.png"
    browse(report, "", tmp_path / "profile", screenshot=shot)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


def test_in_chromium_other_filters_and_pages(report: Path, tmp_path: Path):
    assert rows(browse(report, "#site=evil.example", tmp_path / "profile")) == ['hostile<b id="pwned-id">']
    assert rows(browse(report, "#lang=de&q=radwege", tmp_path / "profile")) == ["german"]
    no_url = rows(browse(report, "#site=(no%20URL)", tmp_path / "profile"))  # the records without a URL
    assert no_url == ["truncated", "no-field", "5", "line 6", "line 7", "german", "surrogate", "empty", "number-url"]
    # 250 documents: 100 a page, the last page holds the rest
    result = cleaner.clean((FIXTURES / "seed.txt").read_text(encoding="utf-8")).to_dict()
    many = tmp_path / "many.html"
    with open(many, "w", encoding="utf-8") as out:
        write_report(lambda: (Entry(f"doc-{i}", result) for i in range(250)), out)
    first = rows(browse(many, "", tmp_path / "profile"))
    assert first == [f"doc-{i}" for i in range(100)]
    assert rows(browse(many, "#page=3", tmp_path / "profile")) == [f"doc-{i}" for i in range(200, 250)]


@pytest.fixture(scope="module")
def compressed(results: Path) -> Path:
    out = results.parent / "compressed.html"
    assert cli.main(["report", "-q", "--compress", str(results), "-o", str(out)]) == 0
    return out


def test_compressed_documents_hold_the_same_data(report: Path, compressed: Path):
    import base64

    plain, packed = report.read_text(encoding="utf-8"), compressed.read_text(encoding="utf-8")
    for number in range(13):
        match = re.search(rf'<script type="application/gzip\+base64" id="d{number}">(.*?)</script>', packed)
        assert json.loads(gzip.decompress(base64.b64decode(match.group(1)))) == embedded(plain, f"d{number}")
    assert embedded(packed, "report-index") == embedded(plain, "report-index")
    assert len(packed) < len(plain)


def test_in_chromium_a_compressed_report(compressed: Path, tmp_path: Path):
    dom = browse(compressed, "#doc=0", tmp_path / "profile")
    assert 'data-ready="1"' in dom
    assert re.findall(r'<mark class="rm" data-kind="([a-z_]+)"', dom) == ["author_bio", "author_bio",
                                                                           "source_credit"]
    shown = re.search(r'<div class="panel text" id="clean">(.*?)</div>', dom, re.DOTALL).group(1)
    garden = next(r for r in records(compressed.parent / "results.jsonl") if r.get("id") == "garden")
    assert html.unescape(shown) == garden["cleaned"]["text"]
    # the full-text search inflates every document: "twenty litres" is in two bodies, in no title, id or URL
    found = rows(browse(compressed, "#q=twenty%20litres&text=1", tmp_path / "profile"))
    assert found == ["garden", "number-url"]
    assert rows(browse(compressed, "#q=twenty%20litres", tmp_path / "profile")) == []
