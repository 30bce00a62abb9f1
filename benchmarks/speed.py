"""Speed of ``cleaner`` in documents per second, one process (run by hand; the machine should be otherwise idle).

Text: gold bodies of ../shared/bench between 3 and 5 KB (UTF-8) with boilerplate injected (inject_quality.py's
templates), cleaned as text. Only the library call is timed. Two cleaners, ``Cleaner()`` and
``Cleaner(detect_language=False)``, run in alternation, ``--runs`` times each; the median docs/s is reported, and the
share of time that language detection takes. Target: >= 500 docs/s on one core with language detection.

HTML (when ``cleaner.readers.html`` exists): ``cleaner.clean(html, format="html")`` and ``trafilatura.extract(html)``
on the same pages, alternating page by page (who goes first alternates too); the ratio of their total times, median
over runs. Target: <= 1.25x.

    python benchmarks/speed.py                    # text, then HTML when the adapter exists
    python benchmarks/speed.py --runs 7 --no-html
    python benchmarks/speed.py --html-pages 100 --html-runs 3
    python benchmarks/speed.py --profile          # + where the text path spends its time (cProfile, one pass)
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject_quality import inject  # noqa: E402
from metric import html_adapter_available, read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402

TEXT_SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval")
HTML_SETS = ("scrapinghub", "readability", "cleanportaleval", "chinese_cwced", "trafilatura")
MIN_BYTES, MAX_BYTES = 3000, 5000


def text_docs(root: Path) -> list[str]:
    docs = []
    for name in TEXT_SETS:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            continue
        for record in read_jsonl(path):
            gold = (record.get("gold") or "").strip()
            if MIN_BYTES <= len(gold.encode("utf-8")) <= MAX_BYTES:
                docs.append(inject(record["id"], record.get("lang") or "en", gold).text)
    return docs


def time_pass(function, docs) -> float:
    """Seconds spent inside the calls only."""
    total = 0.0
    clock = time.perf_counter
    for doc in docs:
        started = clock()
        function(doc)
        total += clock() - started
    return total


def text_speed(docs: list[str], runs: int) -> dict:
    with_lang = cleaner.Cleaner()
    without_lang = cleaner.Cleaner(detect_language=False)
    clean_with = lambda doc: with_lang.clean(doc, format="text")  # noqa: E731
    clean_without = lambda doc: without_lang.clean(doc, format="text")  # noqa: E731
    time_pass(clean_with, docs)  # warm-up: cue compilation, langdetect profiles, regex caches
    time_pass(clean_without, docs)
    from cleaner.language import detect_language

    bodies = [with_lang.clean(doc, format="text").text for doc in docs]
    seconds = {"with": [], "without": [], "detect_only": []}
    for run in range(runs):
        order = [("with", clean_with), ("without", clean_without)]
        if run % 2:
            order.reverse()
        for label, function in order:
            gc.collect()
            seconds[label].append(time_pass(function, docs))
        seconds["detect_only"].append(time_pass(detect_language, bodies))
    n = len(docs)
    rate = {label: n / statistics.median(values) for label, values in seconds.items()}
    t_with, t_without = statistics.median(seconds["with"]), statistics.median(seconds["without"])
    return dict(docs=n, runs=runs, kbytes_mean=statistics.fmean(len(d.encode()) for d in docs) / 1000,
                docs_per_s_with_lang=rate["with"], docs_per_s_without_lang=rate["without"],
                ms_per_doc_with_lang=1000 * t_with / n, ms_per_doc_without_lang=1000 * t_without / n,
                lang_share_by_difference=(t_with - t_without) / t_with,
                lang_share_direct=statistics.median(seconds["detect_only"]) / t_with,
                runs_docs_per_s_with_lang=[round(n / s, 1) for s in seconds["with"]],
                runs_docs_per_s_without_lang=[round(n / s, 1) for s in seconds["without"]])


def html_pages(root: Path, limit: int) -> list[tuple[str, str | None]]:
    pages = []
    per_set = max(1, limit // len(HTML_SETS))
    for name in HTML_SETS:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            continue
        count = 0
        for record in read_jsonl(path):
            if record.get("html"):
                pages.append((record["html"], record.get("url")))
                count += 1
                if count >= per_set:
                    break
    return pages[:limit]


def html_speed(pages, runs: int) -> dict:
    import trafilatura

    engine = cleaner.Cleaner()
    ours = lambda page: engine.clean(page[0], format="html", url=page[1])  # noqa: E731
    theirs = lambda page: trafilatura.extract(page[0], url=page[1])  # noqa: E731
    errors = 0
    for page in pages:  # warm-up: one untimed pass, so that what loads once (langdetect's profiles, caches) is not timed
        try:
            ours(page)
        except Exception:  # noqa: BLE001
            pass
        theirs(page)
    ratios, per_page, totals = [], [], []
    for run in range(runs):
        t_ours = t_theirs = 0.0
        for i, page in enumerate(pages):
            pair = [("ours", ours), ("theirs", theirs)]
            if (i + run) % 2:
                pair.reverse()
            spent = {}
            for label, function in pair:
                # Each call starts with the collector's counts at zero, so it pays for the collections its own
                # allocations trigger, not for a full collection the other library's garbage made due: without
                # this the ratio moved by +-0.04 with any change in how many objects either side allocates.
                gc.collect()
                started = time.perf_counter()
                try:
                    function(page)
                except Exception:  # noqa: BLE001
                    errors += label == "ours"
                spent[label] = time.perf_counter() - started
            t_ours += spent["ours"]
            t_theirs += spent["theirs"]
            if run == 0 and spent["theirs"] > 0:
                per_page.append(spent["ours"] / spent["theirs"])
        ratios.append(t_ours / t_theirs)
        totals.append((t_ours, t_theirs))
    t_ours, t_theirs = map(statistics.median, zip(*totals))
    return dict(pages=len(pages), runs=runs, ratio_median=statistics.median(ratios), ratios=[round(r, 3) for r in ratios],
                per_page_ratio_median=statistics.median(per_page) if per_page else None,
                cleaner_pages_per_s=len(pages) / t_ours, trafilatura_pages_per_s=len(pages) / t_theirs,
                cleaner_errors=errors)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed passes per cleaner (median reported)")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML comparison with trafilatura")
    parser.add_argument("--no-text", action="store_true", help="skip the text measurement")
    parser.add_argument("--html-pages", type=int, default=200, help="how many HTML pages (spread over the sets)")
    parser.add_argument("--html-runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one text pass (cProfile, by tottime)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    root = require_shared("bench")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"one process; cleaner {getattr(cleaner, '__version__', '?')}")
    out = {}
    if not args.no_text:
        docs = text_docs(root)
        print(f"\ntext: {len(docs)} articles of {MIN_BYTES / 1000:.0f}-{MAX_BYTES / 1000:.0f} KB gold + injected "
              f"boilerplate, {args.runs} runs each")
        s = out["text"] = text_speed(docs, args.runs)
        print(f"  with language detection:    {s['docs_per_s_with_lang']:7.0f} docs/s "
              f"({s['ms_per_doc_with_lang']:.2f} ms/doc)  runs {s['runs_docs_per_s_with_lang']}")
        print(f"  without language detection: {s['docs_per_s_without_lang']:7.0f} docs/s "
              f"({s['ms_per_doc_without_lang']:.2f} ms/doc)  runs {s['runs_docs_per_s_without_lang']}")
        print(f"  language detection share of the time: {s['lang_share_by_difference']:.1%} (difference), "
              f"{s['lang_share_direct']:.1%} (detect_language timed alone)")
        print(f"  target >= 500 docs/s with language detection: "
              f"{'MET' if s['docs_per_s_with_lang'] >= 500 else 'NOT MET'}")
    if args.profile and not args.no_text:
        import cProfile
        import pstats

        engine = cleaner.Cleaner()
        profiler = cProfile.Profile()
        profiler.runcall(time_pass, lambda doc: engine.clean(doc, format="text"), docs)
        print("\nprofile of one text pass (with language detection), top functions by own time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(15)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats("cleaner", 20)
    if not args.no_html:
        if not html_adapter_available():
            print("\nhtml: skipped, the HTML adapter (cleaner.readers.html) is not there yet")
        else:
            pages = html_pages(root, args.html_pages)
            print(f"\nhtml: {len(pages)} pages, cleaner.clean(html) vs trafilatura.extract(html), alternating, "
                  f"{args.html_runs} runs")
            h = out["html"] = html_speed(pages, args.html_runs)
            print(f"  cleaner {h['cleaner_pages_per_s']:.1f} pages/s, trafilatura {h['trafilatura_pages_per_s']:.1f} "
                  f"pages/s; ratio (total time) {h['ratio_median']:.2f}x median of {h['ratios']}, per-page median "
                  f"{h['per_page_ratio_median']:.2f}x; cleaner errors {h['cleaner_errors']}")
            print(f"  target <= 1.25x: {'MET' if h['ratio_median'] <= 1.25 else 'NOT MET'}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
