"""Bench pages rendered as WET-style plain text, cleaned as text without any site profile (issue 11, textedges11).

Run by hand:  python benchmarks/wet_text.py [--sets cleaneval,scrapinghub,readability] [--mode lines|blocks]
              [--limit N] [--dump FILE.jsonl] [--by-rule]

Each page of ../shared/bench is rendered to plain text by lines (``cleaner.sites.html_lines``: a line per
block-level element and ``<br>``, ``<head>`` / scripts / styles left out), the lines joined by one newline (``lines``,
a crawler's WET text: the whole page is one paragraph) or by a blank line (``blocks``: each line a paragraph), and
cleaned as text (``format="text"``, balanced preset, no profile). A rendered line is *boilerplate* when its
normalised text (``cleaner.sites.normalise``) is not in the page's normalised gold, else a *gold line* (the metric
of benchmarks/sites.py). A line is *kept* when its offsets overlap a block the result keeps (``result.kept``).

Per set: boilerplate lines removed (% of boilerplate lines), gold lines lost (% of gold lines), and the gold-token
precision / recall / F1 of the output (benchmarks/metric.py, mean over pages). Pages with no gold, or whose gold says
the page holds no article (CleanPortalEval's front pages), are left out. ``--dump``: one JSON line per page with the
kept flag and the boilerplate flag of every line (to diff two trees line by line).

Tuned on: cleaneval, scrapinghub, readability. Held out (measure only): wcxb_dev, cleanportaleval, chinese_cwced.
Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import prf, read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402
from cleaner.sites import html_lines, normalise  # noqa: E402
from sites import line_spans  # noqa: E402  (benchmarks/sites.py: the same rendered lines)

TUNED = ("cleaneval", "scrapinghub", "readability")
HELD_OUT = ("wcxb_dev", "cleanportaleval", "chinese_cwced")


def kept_mask(kept: list[tuple[int, int]], spans) -> list[bool]:
    return [any(a < end and start < b for a, b in kept) for start, end, _ in spans]


def bench_pages(name: str):
    """(record, gold, rendered lines) of every page of a bench set whose gold holds an article and whose HTML renders
    to lines (the pages this script measures; benchmarks/train_line_model.py trains on the same)."""
    root = require_shared(f"bench/{name}.jsonl.gz")
    for record in read_jsonl(root / "bench" / f"{name}.jsonl.gz"):
        gold = record.get("gold")
        if not gold or "page contains no article" in gold:
            continue
        lines = html_lines(record["html"])
        if lines:
            yield record, gold, lines


def boiler_flags(gold: str, texts: list[str]) -> list[bool]:
    """Each rendered line's label: boilerplate when its normalised text is not in the page's normalised gold."""
    normal_gold = " " + normalise(gold) + " "
    return [f" {normalise(text)} " not in normal_gold for text in texts]


def lost_by_rule(removed, spans, boiler: list[bool], kept: list[bool], counts: collections.Counter) -> None:
    """Count each lost gold line under the rule of the first removal whose offsets cover it."""
    placed = sorted((r.start, r.end, r.rule) for r in removed if r.start is not None and r.end is not None)
    for (start, end, _), is_boiler, is_kept in zip(spans, boiler, kept):
        if not is_boiler and not is_kept:
            counts[next((rule for a, b, rule in placed if a < end and start < b), "(not in a removal)")] += 1


def run_set(name: str, mode: str, limit: int | None, dump, by_rule: collections.Counter | None = None) -> dict:
    joiner = "\n" if mode == "lines" else "\n\n"
    totals = {"pages": 0, "boiler": 0, "boiler_removed": 0, "gold": 0, "gold_lost": 0, "p": 0.0, "r": 0.0, "f": 0.0}
    for record, gold, lines in bench_pages(name):
        document = joiner.join(lines)
        result = cleaner.clean(document, format="text")
        spans = line_spans(document)
        kept = kept_mask(sorted(result.kept), spans)
        boiler = boiler_flags(gold, [text for _, _, text in spans])
        if by_rule is not None:
            lost_by_rule(result.removed, spans, boiler, kept, by_rule)
        totals["pages"] += 1
        totals["boiler"] += sum(boiler)
        totals["boiler_removed"] += sum(1 for b, k in zip(boiler, kept) if b and not k)
        totals["gold"] += sum(1 for b in boiler if not b)
        totals["gold_lost"] += sum(1 for b, k in zip(boiler, kept) if not b and not k)
        p, r, f = prf(gold, result.text)
        totals["p"] += p
        totals["r"] += r
        totals["f"] += f
        if dump is not None:
            dump.write(json.dumps({"set": name, "id": record.get("id"), "lines": [text for _, _, text in spans],
                                   "kept": kept, "boiler": boiler,
                                   "rules": [[r.rule, r.text[:80]] for r in result.removed]},
                                  ensure_ascii=False) + "\n")
        if limit is not None and totals["pages"] >= limit:
            break
    return totals


def row(name: str, t: dict, lost_extra: str = "", tail: str = "") -> str:
    """A set's table row; ``lost_extra`` cells go after gold lines lost, ``tail`` cells after F1 (md_pages.py)."""
    n = max(t["pages"], 1)
    mark = "tuned-on" if name in TUNED else "held-out" if name in HELD_OUT else ""
    return (f"| {name} ({mark}) | {t['pages']} | {100 * t['boiler_removed'] / max(t['boiler'], 1):.1f}% "
            f"({t['boiler_removed']}/{t['boiler']}) | {100 * t['gold_lost'] / max(t['gold'], 1):.2f}% "
            f"({t['gold_lost']}/{t['gold']}) |{lost_extra} {t['p'] / n:.4f} | {t['r'] / n:.4f} | {t['f'] / n:.4f} |"
            f"{tail}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=",".join(TUNED + HELD_OUT))
    parser.add_argument("--mode", choices=("lines", "blocks"), default="lines")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--dump", default=None)
    parser.add_argument("--by-rule", action="store_true", help="count each set's gold lines lost by removing rule")
    args = parser.parse_args()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    print(f"WET-style text ({args.mode}), cleaner {cleaner.__file__}")
    print("| set | pages | boilerplate lines removed | gold lines lost | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    rules: dict[str, collections.Counter] = {}
    for name in args.sets.split(","):
        started = time.perf_counter()
        rules[name] = collections.Counter()
        totals = run_set(name, args.mode, args.limit, dump, rules[name] if args.by_rule else None)
        print(row(name, totals), f"<!-- {time.perf_counter() - started:.0f} s -->", flush=True)
    for name, counts in rules.items():
        if counts:
            print(f"\ngold lines lost by rule, {name}: " + ", ".join(f"{rule} {n}" for rule, n in counts.most_common()))
    if dump is not None:
        dump.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
