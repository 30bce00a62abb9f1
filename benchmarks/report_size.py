"""Size of the HTML report and the time to build and open it, for 10,000 documents (docs/report.md, "Measured").

    python benchmarks/report_size.py              # measure, print, and rewrite the Measured section of docs/report.md
    python benchmarks/report_size.py --no-write   # measure and print only
    python benchmarks/report_size.py --documents 2000

What it does:
1. Cleans real documents with `cleaner batch` (in-process, 2 workers): the documents of ../shared/spam
   (examples + dev: HTML, Markdown and text pages, most with boilerplate) and the human gold texts of
   ../shared/bench as text records ($CLEANER_SHARED instead of ../shared when set, e.g. from a worktree).
   Without it it says so and uses the project's own fixtures instead.
2. Repeats the output records (the ids made unique) up to --documents records, as one `cleaner batch` output file.
3. Times `cleaner report` on it (the library call, `report_from_batch`), and measures the file (bytes, gzip bytes).
4. Opens the report in headless Chromium, several interleaved rounds: the wall time of a `--screenshot` run (taken
   once the page has loaded and its script has run) for the overview, a document at the end (#doc=N-1) and a
   full-text search (#q=...&text=1, which reads every document's data), and for a report of 10 documents (the
   browser's own start-up); once, the page's own `performance.now()` when its script has run (data-ready-ms, read
   from a --dump-dom run).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from cleaner import __version__  # noqa: E402
from cleaner.batch import BatchOptions, run_batch  # noqa: E402
from cleaner.report import report_from_batch  # noqa: E402

SHARED = Path(os.environ.get("CLEANER_SHARED") or ROOT.parent / "shared")  # ../shared, or $CLEANER_SHARED
DOC = ROOT / "docs" / "report.md"
START, END = "<!-- measured:start -->", "<!-- measured:end -->"
BENCH_SETS = ("scrapinghub", "readability", "cleaneval", "cleanportaleval", "trafilatura")


def source_records(gold_texts: int) -> tuple[list[dict], str]:
    """(records for cleaner batch, a description of where they came from)."""
    records: list[dict] = []
    spam = SHARED / "spam"
    if spam.is_dir():
        for name in ("examples.jsonl.gz", "dev.jsonl.gz"):
            with gzip.open(spam / name, "rt", encoding="utf-8") as lines:
                for line in lines:
                    doc = json.loads(line)
                    field = "html" if doc.get("format") == "html" else "text"
                    records.append({"id": f"spam/{doc['id']}", "url": doc.get("url"), field: doc["raw"]})
        spam_count = len(records)
        texts = 0
        for name in BENCH_SETS:
            path = SHARED / "bench" / f"{name}.jsonl.gz"
            if not path.exists():
                continue
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    doc = json.loads(line)
                    if doc.get("gold") and texts < gold_texts:
                        records.append({"id": f"{name}/{doc['id']}", "url": doc.get("url"), "text": doc["gold"]})
                        texts += 1
        return records, (f"{spam_count} documents of ../shared/spam (examples + dev) and {texts} gold texts of "
                         f"../shared/bench")
    print(f"report_size: {SHARED} is missing (the shared data sits beside the checkout as ../shared): using the "
          f"project's fixtures instead", file=sys.stderr)
    for path in sorted((ROOT / "fixtures" / "html").glob("*.html")):
        records.append({"id": path.stem, "url": f"https://{path.stem.split('-')[0]}.example/{path.stem}",
                        "html": path.read_bytes().decode("utf-8", "replace")})
    cases = json.loads((ROOT / "fixtures" / "cases" / "positive.json").read_text(encoding="utf-8"))
    for case in cases:
        records.append({"id": case.get("id", str(len(records))), "text": case["document"]})
    return records, f"{len(records)} documents of the project's fixtures (../shared missing)"


def clean_records(records: list[dict]) -> list[bytes]:
    data = b"".join(json.dumps(record, ensure_ascii=False).encode() + b"\n" for record in records)
    out = io.BytesIO()
    run_batch(io.BytesIO(data), out, BatchOptions(timeout=60), jobs=2)
    return out.getvalue().splitlines()


def repeat(lines: list[bytes], count: int, path: Path) -> None:
    with open(path, "wb") as out:
        for i in range(count):
            record = json.loads(lines[i % len(lines)])
            if i >= len(lines):
                record["id"] = f"{record.get('id')}#{i // len(lines)}"
            out.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")


def chromium() -> str | None:
    for name in (os.environ.get("CLEANER_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


def open_in_chromium(binary: str, page: Path, fragment: str, profile: Path, work: Path,
                     dump: bool = False) -> float:
    """The wall seconds of a headless Chromium run that opens ``page#fragment`` and takes a screenshot once the page
    has loaded (its script has run: the list or the document is rendered); with ``dump``, the page's own
    data-ready-ms instead (from a --dump-dom run, whose DOM dump is slow for a large page)."""
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
               f"--user-data-dir={profile}", "--window-size=1280,1000"]
    command += ["--dump-dom"] if dump else ["--virtual-time-budget=3000", f"--screenshot={work / 'shot.png'}"]
    started = time.perf_counter()
    done = subprocess.run(command + [page.resolve().as_uri() + fragment], capture_output=True, timeout=900)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed on {page}{fragment}: {done.stderr[-1500:].decode(errors='replace')}")
    if not dump:
        return wall
    match = re.search(rb'data-ready-ms="(\d+)"', done.stdout)
    if not match:
        raise RuntimeError(f"no data-ready-ms in the DOM of {page}{fragment}")
    return int(match.group(1)) / 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--gold-texts", type=int, default=400, help="gold texts of ../shared/bench to clean")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    records, origin = source_records(args.gold_texts)
    started = time.perf_counter()
    lines = clean_records(records)
    print(f"cleaned {len(lines)} records in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    work = Path(tempfile.mkdtemp(prefix="report-size-"))
    variants = {"plain": {}, "--compress": {"compress": True}}
    try:
        big, small = work / "results.jsonl", work / "small.jsonl"
        repeat(lines, args.documents, big)
        repeat(lines, 10, small)
        row: dict = {"results_bytes": big.stat().st_size, "build": {}, "bytes": {}, "gzip_bytes": {}}
        builds: dict[str, list[float]] = {name: [] for name in variants}
        for _ in range(args.rounds):  # interleaved
            for name, options in variants.items():
                started = time.perf_counter()
                stats = report_from_batch(str(big), str(work / f"{name}.html"), **options)
                builds[name].append(time.perf_counter() - started)
        for name, options in variants.items():
            report_from_batch(str(small), str(work / f"small-{name}.html"), **options)
            row["build"][name] = statistics.median(builds[name])
            row["bytes"][name] = (work / f"{name}.html").stat().st_size
            row["gzip_bytes"][name] = len(gzip.compress((work / f"{name}.html").read_bytes(), 6))
        row.update(documents=stats.documents, errors=stats.errors, removed=stats.removed_blocks,
                   near=stats.near_misses)
        binary = chromium()
        if binary is None:
            print("report_size: Chromium is not installed: no time to open", file=sys.stderr)
        else:
            views = {"overview and list": "", "the last document": f"#doc={stats.documents - 1}",
                     "full-text search": "#q=copyright&text=1"}
            times: dict[tuple[str, str], list[float]] = {(v, n): [] for v in variants for n in views}
            baseline: list[float] = []
            for _ in range(args.rounds):  # interleaved: every view of every variant once a round, and a 10-document report
                baseline.append(open_in_chromium(binary, work / "small-plain.html", "", work / "profile", work))
                for variant in variants:
                    for name, fragment in views.items():
                        times[variant, name].append(open_in_chromium(binary, work / f"{variant}.html", fragment,
                                                                     work / "profile", work))
            row["baseline"] = statistics.median(baseline)
            row["open"] = {key: statistics.median(values) for key, values in times.items()}
            row["ready"] = {variant: open_in_chromium(binary, work / f"{variant}.html", "", work / "profile", work,
                                                      dump=True) for variant in variants}
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()[0]
    mib = 1024 * 1024
    text = [f"Measured on {dt.date.today()} with `python benchmarks/report_size.py` (cleaner {__version__}, Python "
            f"{platform.python_version()}, {os.cpu_count()} cores shared with other work: 1-minute load average "
            f"{load:.1f} at the end, so the times are noisy; medians of {args.rounds} interleaved rounds).",
            "",
            f"Documents: {origin}, cleaned by `cleaner batch` ({len(lines)} records), their output records repeated "
            f"to {row['documents']:,} (ids made unique): {row['errors']:,} error records, {row['removed']:,} "
            f"removed blocks, {row['near']:,} near misses. The batch output (the report's input) is "
            f"{row['results_bytes'] / mib:,.1f} MiB: HTML records keep their page in it, but the report does not "
            f"embed pages; text and Markdown records embed their input.",
            "",
            "| | `cleaner report` | `cleaner report --compress` |",
            "| --- | ---: | ---: |"]
    text.append("| report.html | " + " | ".join(f"{row['bytes'][v] / mib:,.1f} MiB" for v in variants) + " |")
    text.append("| report.html, gzip -6 (to mail it) | " +
                " | ".join(f"{row['gzip_bytes'][v] / mib:,.1f} MiB" for v in variants) + " |")
    text.append("| time to build it (one process) | " + " | ".join(f"{row['build'][v]:.1f} s" for v in variants)
                + " |")
    if "open" in row:
        text.append("| page ready (the page's `performance.now()` when its script has run: the whole file read and "
                    "parsed, overview and list rendered; one `--dump-dom` run) | " +
                    " | ".join(f"{row['ready'][v]:.1f} s" for v in variants) + " |")
        for name in views:
            text.append(f"| open {name}: wall (less start-up) | " + " | ".join(
                f"{row['open'][v, name]:.1f} s ({row['open'][v, name] - row['baseline']:.1f} s)" for v in variants)
                + " |")
        text += ["", "Opening: the wall time of `chromium --headless --virtual-time-budget=3000 --screenshot` (start "
                 "the browser, read and parse the whole file, run the script, let it finish the asynchronous work: "
                 "inflating the documents with `--compress`, render, paint); in brackets less the same run on a "
                 f"report of 10 documents ({row['baseline']:.1f} s: the browser's own start-up). The full-text "
                 "search (`#q=copyright&text=1`) reads every document's data."]
    section = "\n".join(text)
    print(section)
    if not args.no_write:
        doc = DOC.read_text(encoding="utf-8")
        if START in doc and END in doc:
            head, rest = doc.split(START, 1)
            _old, tail = rest.split(END, 1)
            DOC.write_text(f"{head}{START}\n{section}\n{END}{tail}", encoding="utf-8")
            print(f"wrote {DOC}", file=sys.stderr)
        else:
            print(f"{DOC} has no {START} ... {END} section: not written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
