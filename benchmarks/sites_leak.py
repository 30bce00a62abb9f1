"""What the site profile leaves on a page, line by line, and what neighbour rules would take (run by hand).

Leave-one-page-out as benchmarks/sites.py (the same sites, profiles and line renderings). Step 1 (``collect``)
cleans every page of the chosen sets and modes with and without its profile and writes one row a rendered line
(its text, whether it is boilerplate, whether each result keeps it, the rule that removed it, on how many of the
site's other pages it is) to a pickle. Step 2 (``classes``) reads it: the boilerplate lines the cleaner with the
profile still keeps, and the gold lines it keeps, by where they sit against the body (the first and last kept line
of ``REGION_PROSE_WORDS`` words or more) and the site's removals (docs/sites.md, "What the profile misses on
wcxb_dev"), with the sites that hold most of each class.

    python benchmarks/sites_leak.py collect --sets wcxb_dev,cleanportaleval --modes lines,blocks -o /tmp/leak.pkl
    python benchmarks/sites_leak.py classes /tmp/leak.pkl [--half a|b]

Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sites import half_of, line_spans, load, loo_counts, without_page  # noqa: E402

import cleaner  # noqa: E402
from cleaner.sites import DEFAULT_PARAMS, SiteProfile, normalise, unit_hash  # noqa: E402


def _covering(result, spans) -> list[str]:
    """For each line, the rule of the removal that overlaps it ("" when a kept block overlaps it)."""
    removed = sorted((r.start, r.end, r.rule) for r in result.removed if r.start is not None and r.end is not None)
    kept = sorted(result.kept)
    out = []
    for start, end, _ in spans:
        if any(a < end and start < b for a, b in kept):
            out.append("")
            continue
        rule = next((rule for a, b, rule in removed if a < end and start < b), "?")
        out.append(rule)
    return out


def collect(sets: list[str], modes: list[str], path: Path) -> None:
    params = DEFAULT_PARAMS
    pages_out = []
    for name in sets:
        for site, pages in load(name, params.min_pages).items():
            counts = loo_counts(pages)
            for page in pages:
                others = without_page(counts, page)
                profile = SiteProfile.from_counts(site, len(pages) - 1, others, params)
                for mode in modes:
                    document = page.docs[mode]
                    plain = cleaner.clean(document, format="text")
                    ours = cleaner.clean(document, format="text", site=profile)
                    spans = line_spans(document)
                    gold = " " + normalise(page.gold) + " "
                    rules0, rules1 = _covering(plain, spans), _covering(ours, spans)
                    rows = []
                    for (_, _, text), rule0, rule1 in zip(spans, rules0, rules1):
                        unit = unit_hash(text)
                        rows.append({"text": text, "boiler": f" {normalise(text)} " not in gold,
                                     "k0": rule0 == "", "k1": rule1 == "", "rule0": rule0, "rule1": rule1,
                                     "count": others.get(unit, 0) if unit is not None else 0})
                    pages_out.append({"set": name, "site": site, "half": half_of(site), "id": page.id,
                                      "mode": mode, "gold": page.gold, "pages": len(pages) - 1,
                                      "threshold": profile.threshold, "title": ours.title, "lines": rows})
                print(f"{name} {site} {page.id}", file=sys.stderr, flush=True)
    with open(path, "wb") as handle:
        pickle.dump(pages_out, handle)


def _class(i: int, status: list[str], first: int, last: int) -> str:
    """Where a kept line sits: in the head (before the body's first prose line), the body, or the tail, and against
    the site's removals there ("S": a removal by a ``site.`` rule)."""
    n = len(status)
    if i < first:
        site = [j for j in range(first) if status[j] == "S"]
        if not site:
            return "head, no site removal in it"
        return ("head, before the site's removals" if i < site[0] else
                "head, between the site's removals" if i < site[-1] else "head, after the site's removals")
    if i > last:
        site = [j for j in range(last + 1, n) if status[j] == "S"]
        if not site:
            return "tail, no site removal in it"
        return "tail, before the site's removals" if i < site[0] else "tail, among or after the site's removals"
    return "body (between the first and last prose line)"


def classes(pages: list[dict], half: str) -> None:
    from cleaner.sites.apply import REGION_PROSE_WORDS
    for (name, mode) in sorted({(p["set"], p["mode"]) for p in pages}):
        chosen = [p for p in pages if p["set"] == name and p["mode"] == mode and (not half or p["half"] == half)]
        if not chosen:
            continue
        boiler: Counter = Counter()
        gold: Counter = Counter()
        by_site: dict[str, Counter] = defaultdict(Counter)
        for page in chosen:
            lines = page["lines"]
            status = ["K" if line["k1"] else "S" if line["rule1"].startswith("site.") else "R" for line in lines]
            prose = [i for i, line in enumerate(lines)
                     if line["k1"] and len(line["text"].split()) >= REGION_PROSE_WORDS]
            for i, line in enumerate(lines):
                if not line["k1"]:
                    continue
                key = "no prose line on the page" if not prose else _class(i, status, prose[0], prose[-1])
                key += ", short" if len(line["text"].split()) <= 6 else ", longer"
                (boiler if line["boiler"] else gold)[key] += 1
                if line["boiler"]:
                    by_site[key][page["site"]] += 1
        print(f"\n{name} {mode}{' half ' + half if half else ''}: {len(chosen)} pages, "
              f"{sum(boiler.values()):,} boilerplate lines kept, {sum(gold.values()):,} gold lines kept\n")
        print("| where (kept with the profile) | boilerplate lines | gold lines | sites with most |\n"
              "| --- | ---: | ---: | --- |")
        for key in sorted(set(boiler) | set(gold), key=lambda k: -boiler[k]):
            top = ", ".join(f"{site} {count}" for site, count in by_site[key].most_common(3))
            print(f"| {key} | {boiler[key]:,} | {gold[key]:,} | {top} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--sets", default="wcxb_dev")
    c.add_argument("--modes", default="lines,blocks")
    c.add_argument("-o", "--output", required=True)
    k = sub.add_parser("classes")
    k.add_argument("pickle")
    k.add_argument("--half", default="", choices=("", "a", "b"))
    args = parser.parse_args()
    if args.step == "collect":
        collect([s for s in args.sets.split(",") if s], [m for m in args.modes.split(",") if m], Path(args.output))
    elif args.step == "classes":
        with open(args.pickle, "rb") as handle:
            classes(pickle.load(handle), args.half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
