"""cleaner.integrations.spark on a local[2] Spark session: the same results as local clean(), every row back.

One Spark session for the whole test run (session-scoped: starting one takes 10-30 s). Skipped, with the reason,
when pyspark, pandas (which PySpark's Arrow functions import) or Java is missing.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
import time
from pathlib import Path

import pytest

from cleaner.batch import RecordTimeout

pytestmark = pytest.mark.spark

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _java_available() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and Path(home, "bin", "java").exists()))


@pytest.fixture(scope="session")
def spark():
    pytest.importorskip("pyspark", reason='needs PySpark: pip install "scrape-cleaner[spark]"')
    pytest.importorskip("pandas", reason="PySpark's Arrow functions (mapInArrow) import pandas")
    pytest.importorskip("pyarrow", reason='needs pyarrow: pip install "scrape-cleaner[spark]"')
    if not _java_available():
        pytest.skip("Spark needs Java (17 or later): no java on PATH and no JAVA_HOME")
    from pyspark.sql import SparkSession

    # the Python workers must import the cleaner the tests import (this checkout's, when run from it)
    import cleaner

    source = str(Path(cleaner.__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (source, path) if p)
    # ... with this interpreter: Spark starts "python3" from PATH otherwise, which, when the tests run as
    # .venv/bin/python without the venv activated, is one without pyarrow ("No module named 'pyarrow'")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (SparkSession.builder.master("local[2]").appName("cleaner-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
               .config("spark.driver.memory", "1g").config("spark.executorEnv.PYTHONPATH", os.environ["PYTHONPATH"])
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def corpus() -> list[tuple[str, bytes | None, str | None]]:
    """(id, document as bytes or None, url): our own fixtures (text, Markdown and HTML with boilerplate of every
    kind, negatives, cp1252 pages), every other one with a URL, the HTML pages both with and without one, and bad
    rows mixed in."""
    rows: list[tuple[str, bytes | None, str | None]] = []
    for name in ("positive", "negative", "known_failures"):
        for case in json.loads((FIXTURES / "cases" / f"{name}.json").read_text(encoding="utf-8")):
            url = f"https://site{len(rows) % 7}.example/{case['id']}" if len(rows) % 2 else None
            rows.append((case["id"], case["document"].encode("utf-8"), url))
    for path in sorted((FIXTURES / "html").glob("*.html")) + sorted((FIXTURES / "pages").glob("*.*")):
        rows.append((f"{path.name}#a", path.read_bytes(), None))
        rows.append((f"{path.name}#b", path.read_bytes(), f"https://site{len(rows) % 7}.example/{path.stem}"))
    rows.append(("seed", (FIXTURES / "seed.txt").read_bytes(), None))
    bad = [("null", None, None), ("garbage", bytes(range(256)) * 40, None), ("nul", b"\x00" * 5000, None),
           ("oversize", b"word " * (2 * 1024 * 1024 // 5 + 10), None), ("empty", b"", None)]
    for offset, row in enumerate(bad):  # spread over the input, so they land in different batches
        rows.insert(offset * len(rows) // len(bad) + 1, row)
    return rows


def test_clean_dataframe_matches_local_clean(spark):
    import cleaner
    from cleaner.integrations.spark import clean_dataframe

    rows = corpus()
    assert len(rows) >= 200
    df = spark.createDataFrame(rows, "id string, body binary, url string").repartition(3)
    out = clean_dataframe(df, "body", url_column="url", batch_size=16)
    got = {row["id"]: row for row in out.select("id", "body", "cleaned").collect()}
    assert len(got) == len(rows)  # every row back, once
    errors = {}
    for name, data, url in rows:
        row = got[name]
        assert (bytes(row["body"]) if row["body"] is not None else None) == data  # input columns unchanged
        result = row["cleaned"].asDict(recursive=True)
        if data is None:
            assert result["error"] == "the 'body' column is null" and result["text"] is None
            continue
        try:
            want = cleaner.clean(data, url=url).to_dict()
        except cleaner.CleanerError as error:
            assert result["error"] == f"{type(error).__name__}: {error}", name
            assert result["text"] is None
            errors[name] = type(error).__name__
            continue
        assert result["error"] is None, (name, result["error"])
        assert (result["text"], result["author"], result["source_url"]) == \
               (want["text"], want["author"], want["source_url"]), name
        result.pop("error")
        assert result == want, name  # and everything else, removals included
    assert {name: kind for name, kind in errors.items() if "." not in name} == \
        {"garbage": "DecodeError", "nul": "DecodeError", "oversize": "InputTooLargeError"}
    assert got["empty"]["cleaned"]["error"] is None and got["empty"]["cleaned"]["text"] == ""


def test_string_column_time_limit_and_options(spark):
    """A record running past the time limit is an error row; the rows around it are cleaned; options reach the
    workers' Cleaner."""
    import cleaner
    from cleaner.integrations.spark import clean_dataframe

    slow = "<html><body><article><h1>Tables</h1><table>" + "<tr><td>cell</td><td>more</td></tr>" * 80000 + \
           "</table></article></body></html>"
    seed = (FIXTURES / "seed.txt").read_text(encoding="utf-8")
    df = spark.createDataFrame([(1, seed), (2, slow), (3, seed)], "id long, doc string").coalesce(1)
    rows = clean_dataframe(df, "doc", timeout=1.0, kinds=["source_credit"]).orderBy("id").collect()
    want = cleaner.Cleaner(kinds=["source_credit"]).clean(seed).to_dict()
    assert rows[1]["cleaned"]["error"] == "timed out after 1 s"
    for row in (rows[0], rows[2]):
        result = row["cleaned"].asDict(recursive=True)
        assert result.pop("error") is None and result == want
        assert {removal["kind"] for removal in result["removed"]} == {"source_credit"}


def test_clean_dataframe_refuses_bad_arguments(spark):
    from cleaner.integrations.spark import clean_dataframe

    df = spark.createDataFrame([("x",)], "doc string")
    with pytest.raises(ValueError, match="no column 'html'"):
        clean_dataframe(df, "html")
    with pytest.raises(ValueError, match="format"):
        clean_dataframe(df, "doc", format="pdf")
    with pytest.raises(ValueError, match="already has a column"):
        clean_dataframe(df, "doc", output_column="doc")
    with pytest.raises(Exception, match="unknown preset"):
        clean_dataframe(df, "doc", preset="nope")


def test_batch_size_is_set_only_when_at_spark_default(spark):
    from cleaner.integrations.spark import DEFAULT_BATCH_SIZE, clean_dataframe

    key = "spark.sql.execution.arrow.maxRecordsPerBatch"
    df = spark.createDataFrame([("x",)], "doc string")
    try:
        spark.conf.unset(key)
        clean_dataframe(df, "doc")
        assert spark.conf.get(key) == str(DEFAULT_BATCH_SIZE)
        spark.conf.set(key, "500")  # the user's own value is kept
        clean_dataframe(df, "doc", batch_size=8)
        assert spark.conf.get(key) == "500"
    finally:
        spark.conf.unset(key)


# -- the watchdog, without Spark ----------------------------------------------------------------------------------------
def test_watchdog_interrupts_a_record_off_the_main_thread():
    from cleaner.integrations.spark import Watchdog

    dog = Watchdog()
    outcome = {}

    def worker():
        started = time.monotonic()
        try:
            dog.run(lambda: [None for _ in iter(int, 1)], 0.3)  # runs forever in Python code
        except RecordTimeout:
            outcome["after"] = time.monotonic() - started
        outcome["next"] = dog.run(lambda: sum(range(1000)), 5)  # the thread goes on with the next record
        time.sleep(0.5)  # no late interruption arrives after a record that ended in time
        outcome["done"] = True

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join(30)
    assert 0.3 <= outcome["after"] < 5
    assert outcome["next"] == sum(range(1000)) and outcome.get("done")


def test_watchdog_interruption_arriving_as_the_record_ends_does_not_escape():
    """A repeat of the interruption delivered as the watchdog's stop begins (before it clears the job) is absorbed:
    the record's own result comes back and no interruption lands in the caller's code afterwards (it did, under load:
    a Spark task failed after a record that had timed out)."""
    from cleaner.integrations.spark import Watchdog

    dog = Watchdog()
    real_stop = dog._stop
    calls = []

    def stop_hit_on_entry(thread_id, token):
        calls.append(1)
        if len(calls) == 1:
            raise RecordTimeout  # what a repeat delivered at the call's first instruction does
        real_stop(thread_id, token)

    dog._stop = stop_hit_on_entry  # type: ignore[method-assign]
    assert dog.run(lambda: "done", 0.3) == "done"
    assert len(calls) == 2
    deadline = time.monotonic() + 0.8  # past the record's limit: the job was cleared, nothing fires
    while time.monotonic() < deadline:
        time.sleep(0.01)


def test_watchdog_swallowed_interruption_is_raised_again():
    from cleaner.integrations.spark import Watchdog

    def stubborn():
        deadline = time.monotonic() + 20
        swallowed = 0
        while time.monotonic() < deadline:
            try:
                while True:
                    pass
            except BaseException:  # noqa: BLE001 - code that swallows everything, once
                swallowed += 1
                if swallowed > 1:
                    raise
        return "never"

    with pytest.raises(RecordTimeout):
        Watchdog().run(stubborn, 0.2)


# -- site learning ------------------------------------------------------------------------------------------------------
def site_pages() -> list[tuple[str | None, str | bytes | None]]:
    """(site, page): sites whose pages share a template (navigation, a newsletter box, a footer) around bodies of
    their own, as HTML, text and bytes; a site of two pages (below min_pages); bad pages."""
    topics = ["tomatoes", "bicycles", "libraries", "rivers", "bridges", "orchards", "ferries", "markets", "museums"]
    rows: list[tuple[str | None, str | bytes | None]] = []
    for number, topic in enumerate(topics * 2):
        body = (f"<p>The {topic} story number {number} begins with a paragraph that only this page has, about "
                f"{topic} in the year {1990 + number}.</p><p>A second paragraph of page {number} on {topic}.</p>")
        rows.append(("news.example", f"<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                                     f"<article><h1>{topic.title()} {number}</h1>{body}</article>"
                                     f"<div class='newsletter'>Get our newsletter every morning</div>"
                                     f"<footer>© 2026 News Example Ltd. All rights reserved.</footer></body></html>"))
        if number % 2:
            rows.append(("blog.example", (f"{topic.title()} notes {number}\n\nMy own notes on {topic}, entry {number}."
                                          f"\n\nShare this post: Facebook | Twitter\n\nAbout me: I write about "
                                          f"everything.\n").encode("utf-8")))
    rows += [("tiny.example", "One page\n\nwith text.\n\nFollow us"), ("tiny.example", "Two\n\nFollow us"),
             ("news.example", None), ("blog.example", bytes(range(256)) * 40), (None, "no site at all")]
    return rows


def test_learn_sites_equals_learn_site(spark):
    from cleaner.errors import CleanerError
    from cleaner.integrations.spark import learn_sites, profiles_from_dataframe
    from cleaner.sites import learn_site

    rows = site_pages()
    df = spark.createDataFrame([(site, page.encode("utf-8") if isinstance(page, str) else page)
                                for site, page in rows], "site string, page binary").repartition(3)
    profiles_df = learn_sites(df, "page", "site")
    table = {row["site"]: row for row in profiles_df.collect()}
    got = profiles_from_dataframe(profiles_df)
    want = {}
    for site in ("news.example", "blog.example", "tiny.example"):
        readable = []
        for name, page in rows:
            if name != site or page is None:
                continue
            try:
                learn_site([page], site=site)
            except CleanerError:
                continue
            readable.append(page)
        want[site] = learn_site(readable, site=site)
        assert got[site] == want[site], site
        assert table[site]["pages"] == len(readable)
    assert set(got) == set(want)
    assert len(want["news.example"]) > 0 and not want["news.example"].empty
    assert table["news.example"]["failed_pages"] == 1 and table["blog.example"]["failed_pages"] == 1
    assert want["tiny.example"].empty


def test_clean_dataframe_applies_site_profiles(spark):
    """With the profiles of learn_sites (joined) or a dict of them (sent along), each page is cleaned as
    ``Cleaner.clean(page, site=its profile)``; before the sites' apply step exists, a clear NotImplementedError."""
    import inspect

    import cleaner
    from cleaner.integrations.spark import clean_dataframe, learn_sites, profiles_from_dataframe

    rows = [(site, page) for site, page in site_pages() if isinstance(page, str) and site]
    df = spark.createDataFrame(rows, "site string, page string")
    profiles_df = learn_sites(df, "page", "site")
    if "site" not in inspect.signature(cleaner.Cleaner.clean).parameters:
        with pytest.raises(NotImplementedError, match="site"):
            clean_dataframe(df, "page", site_profiles=profiles_df, site_column="site")
        return
    profiles = profiles_from_dataframe(profiles_df)
    for given in (profiles_df, profiles):
        out = clean_dataframe(df, "page", site_profiles=given, site_column="site").collect()
        assert len(out) == len(rows) and set(out[0].asDict()) == {"site", "page", "cleaned"}
        for row in out:
            want = cleaner.clean(row["page"], site=profiles.get(row["site"])).to_dict()
            result = row["cleaned"].asDict(recursive=True)
            assert result.pop("error") is None and result == want
