"""HTML quality on ../shared/bench: cleaner.clean(html) against trafilatura.extract(html) in the same run.

Run by hand:  python benchmarks/html_quality.py [--sets scrapinghub,readability] [--limit N] [--jobs 2]
Metric: ../shared/bench/README.md (bag-of-words P / R / F1 per document, averaged; snippets with / without).
Prints a Markdown table for docs/benchmarks.md. Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import os
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import prf, read_jsonl, require_shared, snippet_found  # noqa: E402

SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval", "trafilatura")
_cleaner = None


def _init(options: dict) -> None:
    global _cleaner
    import cleaner

    _cleaner = cleaner.Cleaner(**options)


def _run(record: dict) -> dict:
    import trafilatura

    html = record["html"]
    try:
        ours = _cleaner.clean(html, format="html", url=record.get("url")).text
    except Exception as error:  # a crash is a failure of ours: score it as an empty output
        ours = ""
        print(f"cleaner failed on {record.get('id')}: {error!r}", file=sys.stderr)
    theirs = trafilatura.extract(html) or ""
    out = {"id": record.get("id")}
    for name, text in (("cleaner", ours), ("trafilatura", theirs)):
        if record.get("gold") is not None:
            out[name] = prf(record["gold"], text)
        if record.get("with") or record.get("without"):
            out[name + "_with"] = [snippet_found(s, text) for s in record.get("with") or []]
            out[name + "_without"] = [not snippet_found(s, text) for s in record.get("without") or []]
    return out


def _mean(values):
    values = list(values)
    return sum(values) / len(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--limit", type=int, default=0, help="documents per set (0: all)")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--preset", default="balanced")
    args = parser.parse_args()
    shared = require_shared("bench")
    rows = []
    with Pool(args.jobs, initializer=_init, initargs=({"preset": args.preset},)) as pool:
        for name in args.sets.split(","):
            records = list(read_jsonl(shared / "bench" / f"{name}.jsonl.gz"))
            if args.limit:
                records = records[: args.limit]
            results = pool.map(_run, records, chunksize=4)
            row = {"set": name, "docs": len(results)}
            for system in ("cleaner", "trafilatura"):
                scored = [r[system] for r in results if system in r]
                if scored:
                    row[system] = tuple(_mean(s[k] for s in scored) for k in range(3))
                withs = [x for r in results for x in r.get(system + "_with", [])]
                withouts = [x for r in results for x in r.get(system + "_without", [])]
                if withs or withouts:
                    row[system + "_snippets"] = (_mean(withs), _mean(withouts))
            rows.append(row)
            print(_format_row(row), flush=True)
    print()
    print("| set | docs | cleaner P / R / F1 | trafilatura P / R / F1 | F1 difference |")
    print("| --- | ---: | --- | --- | ---: |")
    for row in rows:
        if "cleaner" in row:
            c, t = row["cleaner"], row["trafilatura"]
            print(f"| {row['set']} | {row['docs']} | {c[0]:.3f} / {c[1]:.3f} / **{c[2]:.3f}** | "
                  f"{t[0]:.3f} / {t[1]:.3f} / {t[2]:.3f} | {c[2] - t[2]:+.3f} |")
    for row in rows:
        if "cleaner_snippets" in row:
            c, t = row["cleaner_snippets"], row["trafilatura_snippets"]
            print(f"\n{row['set']} snippets (with found / without absent): cleaner {c[0]:.3f} / {c[1]:.3f}, "
                  f"trafilatura {t[0]:.3f} / {t[1]:.3f}")
    return 0


def _format_row(row: dict) -> str:
    parts = [f"{row['set']} ({row['docs']} docs)"]
    for system in ("cleaner", "trafilatura"):
        if system in row:
            parts.append(f"{system} F1 {row[system][2]:.4f} (P {row[system][0]:.3f} R {row[system][1]:.3f})")
        if system + "_snippets" in row:
            w, wo = row[system + "_snippets"]
            parts.append(f"{system} with {w:.3f} without {wo:.3f}")
    return " | ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
