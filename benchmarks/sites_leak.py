"""What the site profile leaves on a page, line by line, and what neighbour rules would take (run by hand).

Leave-one-page-out as benchmarks/sites.py (the same sites, profiles and line renderings). Step 1 (``collect``)
cleans every page of the chosen sets and modes with and without its profile and writes one row a rendered line
(its text, whether it is boilerplate, whether each result keeps it, the rule that removed it, on how many of the
site's other pages it is) to a pickle, for the study of what leaks by class of structure (docs/sites.md, "What the
profile misses on wcxb_dev").

    python benchmarks/sites_leak.py collect --sets wcxb_dev,cleanportaleval --modes lines,blocks -o /tmp/leak.pkl

Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import prf  # noqa: E402
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


def _select(pages: list[dict], args) -> list[dict]:
    return [p for p in pages if (not args.half or p["half"] == args.half) and (not args.mode or p["mode"] == args.mode)
            and (not args.set or p["set"] == args.set)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect")
    c.add_argument("--sets", default="wcxb_dev")
    c.add_argument("--modes", default="lines,blocks")
    c.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    if args.step == "collect":
        collect([s for s in args.sets.split(",") if s], [m for m in args.modes.split(",") if m], Path(args.output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
