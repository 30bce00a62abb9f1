"""cleaner.integrations.scrapy.CleanerPipeline: configured from settings, never drops an item; a real crawl of our
own fixture pages, served on 127.0.0.1 by a server this test starts."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
import textwrap
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

pytest.importorskip("scrapy")

from scrapy.utils.test import get_crawler  # noqa: E402

import cleaner  # noqa: E402
from cleaner.integrations.scrapy import CleanerPipeline  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
GARDEN = (PAGES / "garden-article.txt").read_text(encoding="utf-8")

SPIDER = textwrap.dedent('''
    import scrapy


    class FixtureSpider(scrapy.Spider):
        name = "fixtures"
        custom_settings = {
            "ITEM_PIPELINES": {"cleaner.integrations.scrapy.CleanerPipeline": 300},
            "ROBOTSTXT_OBEY": False, "TELNETCONSOLE_ENABLED": False, "RETRY_ENABLED": False,
            "DOWNLOAD_TIMEOUT": 10, "LOG_LEVEL": "INFO", "CLOSESPIDER_TIMEOUT": 60,
        }

        def __init__(self, base, **kwargs):
            super().__init__(**kwargs)
            self.base = base

        async def start(self):
            yield scrapy.Request(self.base + "index.html")

        def start_requests(self):  # Scrapy < 2.13
            yield scrapy.Request(self.base + "index.html")

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_page)
            yield {"id": "index-without-document", "url": response.url}

        def parse_page(self, response):
            name = response.url.rsplit("/", 1)[-1]
            item = {"id": name, "url": response.url}
            if name.endswith(".html"):
                item["html"] = response.text
            elif name.endswith((".txt", ".md")):
                item["text"] = response.body.decode("utf-8")
            else:
                item["html"] = response.body  # bytes: the cleaner decodes (or rejects) them; the feed gets text
            yield item
''')


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - keep the test output clean
        pass


@pytest.fixture()
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(PAGES)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_real_crawl_cleans_every_page_and_keeps_the_failures(tmp_path, server):
    (tmp_path / "spider.py").write_text(SPIDER, encoding="utf-8")
    output = tmp_path / "items.json"
    done = subprocess.run(
        [sys.executable, "-m", "scrapy", "runspider", "spider.py", "-a", f"base={server}", "-O", str(output),
         "-s", "CLEANER_RESULT_KEYS=text,markdown,title,author,source_url,language,links,removed,format"],
        cwd=tmp_path, capture_output=True, text=True, timeout=90)
    assert done.returncode == 0, done.stderr[-3000:]
    items = {item["id"]: item for item in json.loads(output.read_text(encoding="utf-8"))}
    # every item reached the feed, cleaned or with its error: none dropped
    assert set(items) == {"library-page.html", "garden-article.txt", "cycling-post.md", "broken.bin",
                          "index-without-document"}, done.stderr[-3000:]
    garden = items["garden-article.txt"]
    assert "cleaner_error" not in garden
    assert garden["cleaned"] == {key: value for key, value in cleaner.clean(GARDEN, url=garden["url"]).to_dict().items()
                                 if key in {"text", "markdown", "title", "author", "source_url", "language", "links",
                                            "removed", "format"}}
    assert {r["kind"] for r in garden["cleaned"]["removed"]} == {"author_bio", "source_credit"}
    assert garden["text"] == GARDEN  # the input field is kept by default
    cycling = items["cycling-post.md"]["cleaned"]
    assert cycling["title"] == "Why Cities Are Building Protected Bike Lanes"
    assert "call_to_action" in {r["kind"] for r in cycling["removed"]}
    library = items["library-page.html"]
    if "cleaner_error" not in library:  # the HTML adapter is there
        assert library["cleaned"]["format"] == "html"
        assert "thanked the volunteers" in library["cleaned"]["text"]
        assert "Free Newsletter" not in library["cleaned"]["text"]
    # a failed page with a bytes body reaches the JSON feed (bytes would make Scrapy drop it): the body as text
    assert items["broken.bin"]["cleaned"] is None and "binary" in items["broken.bin"]["cleaner_error"]
    broken = (PAGES / "broken.bin").read_bytes()
    assert items["broken.bin"]["html"] == broken.decode("utf-8", "replace")
    assert items["index-without-document"]["cleaned"] is None
    assert "neither an 'html' nor a 'text' field" in items["index-without-document"]["cleaner_error"]
    assert "'cleaner/items': 5" in done.stderr and "'cleaner/errors': 2" in done.stderr


def test_settings_configure_the_pipeline():
    crawler = get_crawler(settings_dict={
        "CLEANER_FIELD": "body", "CLEANER_URL_FIELD": "link", "CLEANER_RESULT_FIELD": "", "CLEANER_RESULT_PREFIX": "c_",
        "CLEANER_RESULT_KEYS": ["text", "removed", "url"], "CLEANER_KINDS": "source_credit", "CLEANER_DROP_INPUT": True,
        "CLEANER_DETECT_LANGUAGE": False, "CLEANER_PRESET": "precision"})
    pipeline = CleanerPipeline.from_crawler(crawler)
    item = pipeline.process_item({"body": GARDEN, "link": "https://garden.example/t"})
    assert list(item) == ["link", "c_text", "c_removed", "c_url"]
    assert [r["kind"] for r in item["c_removed"]] == ["source_credit"] and "About the Author" in item["c_text"]
    assert item["c_url"] == "https://garden.example/t"
    failed = pipeline.process_item({"link": "x", "text": "not the configured field"})
    assert failed["text"] == "not the configured field"  # the input is kept when cleaning failed
    assert failed["c_text"] is None and failed["cleaner_error"] == "the item has no 'body' field"
    with pytest.raises(ValueError, match="CLEANER_"):
        CleanerPipeline.from_crawler(get_crawler(settings_dict={"CLEANER_KINDS": "nonsense"}))


def test_exceptions_inside_the_cleaner_and_scrapy_items(monkeypatch):
    import scrapy

    class Page(scrapy.Item):
        html = scrapy.Field()
        url = scrapy.Field()
        cleaned = scrapy.Field()
        cleaner_error = scrapy.Field()

    pipeline = CleanerPipeline()
    body = b"<html><body><p>" + GARDEN.encode() + b"</p></body></html>"
    item = pipeline.process_item(Page(html=body, url="u"))
    assert isinstance(item, Page) and (item.get("cleaned") or item.get("cleaner_error"))
    assert item["html"] == body.decode("utf-8")  # text, not bytes: JSON feeds can hold it
    latin = "<p>Caf\xe9 cr\xe8me br\xfbl\xe9e, a plain paragraph of text.</p>".encode("cp1252")
    assert pipeline.process_item({"html": latin})["html"] == latin.decode("cp1252")  # as the cleaner decoded it
    binary = {"html": bytes(range(256)) * 4}
    failed = pipeline.process_item(binary)
    assert failed["cleaned"] is None and "binary" in failed["cleaner_error"]
    assert failed["html"] == (bytes(range(256)) * 4).decode("utf-8", "replace")
    json.dumps(failed)  # what a JSON feed needs

    def broken(self, document, **kwargs):
        raise RuntimeError("cleaner bug")

    monkeypatch.setattr(cleaner.Cleaner, "clean", broken)
    item = pipeline.process_item(Page(html="<p>x</p>"))
    assert item["cleaner_error"] == "RuntimeError: cleaner bug" and item["cleaned"] is None
