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
4. Opens the report in headless Chromium: the time from the start of the navigation to the overview, a document at
   the end (#doc=N-1) and a full-text search (#q=...&text=1, which reads every document's data) rendered, as the
   page measures it (data-ready-ms, from a --dump-dom run; see time_to_ready for the views a --compress report
   renders asynchronously).
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


def dump_dom(binary: str, page: Path, fragment: str, profile: Path, budget: int = 0) -> tuple[float | None, float]:
    """(the page's data-ready-ms in seconds, or None when it was not set by the load event; the wall seconds of the
    whole --dump-dom run). Without ``budget`` the DOM is dumped at the load event and the page's clock is real;
    with it Chromium runs the page's asynchronous work first (in virtual time: its clock is not real)."""
    command = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
               f"--user-data-dir={profile}", "--dump-dom"]
    if budget:
        command.append(f"--virtual-time-budget={budget}")
    started = time.perf_counter()
    done = subprocess.run(command + [page.resolve().as_uri() + fragment], capture_output=True, timeout=1800)
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"chromium failed on {page}{fragment}: {done.stderr[-1500:].decode(errors='replace')}")
    match = re.search(rb'data-ready-ms="(\d+)"', done.stdout)
    return (int(match.group(1)) / 1000 if match else None), wall


def time_to_ready(binary: str, page: Path, fragment: str, profile: Path) -> tuple[float, str]:
    """(seconds from navigation start to the view rendered, how it was measured)."""
    ready, _wall = dump_dom(binary, page, fragment, profile)
    if ready is not None:
        return ready, "page"
    # asynchronous (a --compress report inflating): the overview's real time, plus how much longer a run that waits
    # for the asynchronous work takes than the same run on the overview (both dump the same DOM)
    overview, _ = dump_dom(binary, page, "", profile)
    _, base = dump_dom(binary, page, "", profile, budget=60_000)
    _, view = dump_dom(binary, page, fragment, profile, budget=60_000)
    return (overview or 0.0) + max(0.0, view - base), "difference"


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
                     "full-text search (`#q=copyright&text=1`)": "#q=copyright&text=1"}
            row["open"] = {(variant, name): time_to_ready(binary, work / f"{variant}.html", fragment, work / "profile")
                           for variant in variants for name, fragment in views.items()}
            row["small"] = time_to_ready(binary, work / "small-plain.html", "", work / "profile")[0]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    load = os.getloadavg()[0]
    mib = 1024 * 1024
    text = [f"Measured on {dt.date.today()} with `python benchmarks/report_size.py` (cleaner {__version__}, Python "
            f"{platform.python_version()}, {os.cpu_count()} cores shared with other work: 1-minute load average "
            f"{load:.1f} at the end, so the times are noisy; build times: medians of {args.rounds} interleaved rounds).",
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
        for name in views:
            text.append(f"| open: {name} | " + " | ".join(
                f"{row['open'][v, name][0]:.1f} s" + ("*" if row["open"][v, name][1] == "difference" else "")
                for v in variants) + " |")
        text += ["", "Open: headless Chromium, from the start of the navigation to the view rendered (the whole file "
                 "read and parsed, the script run, the list or the document drawn): the page's own "
                 "`performance.now()` when it is ready (`data-ready-ms`, read from a `--dump-dom` run; a report of "
                 f"10 documents: {row['small']:.2f} s). * A view that waits for asynchronous work (inflating "
                 "documents, `--compress`) is not ready at the load event, where `--dump-dom` reads the page: its "
                 "figure is the overview's plus how much longer a `--dump-dom --virtual-time-budget` run on the view "
                 "takes than the same run on the overview. One run each (a `--dump-dom` of a 100 MiB page takes "
                 "minutes)."]
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
