"""Site-level learning on ../shared/bench: leave-one-page-out, with and without the site's profile.

Run by hand:  python benchmarks/sites.py [--sets wcxb_dev,cleanportaleval] [--modes lines,blocks,html]
              [--shares 0.2,0.3,0.5] [--curve 3,5,10,20] [--timing]

Sites: the registered domain of each record's URL (cleaner.sites.domains); a site needs min_pages + 1 pages, so the
held-out page has min_pages others to learn from. For every page of such a site the profile is learned on the
site's other pages (their unit counts: the site's counts minus the page's units, which is exactly learning on the
others) and the page is cleaned with and without it.

Modes:
- ``lines``: the page rendered to plain text by lines, WET-style (cleaner.sites.html_lines: lxml, a line per
  block-level element and <br>, <head> / scripts / styles left out; lines joined by one newline), cleaned as text;
- ``blocks``: the same lines joined by a blank line (each line a paragraph), cleaned as text;
- ``html``: the page's HTML, cleaned as HTML (trafilatura first).
Metrics: gold-token P / R / F1 (benchmarks/metric.py, the bench README's metric), mean over pages. Text modes also
count *boilerplate lines*: rendered lines whose normalised text is not in the normalised gold; a line *leaks* when
its offsets overlap a block the result keeps (result.kept). "removed" = the share of the lines the cleaner alone
leaks that the profile removes; "gold lines lost" = lines in the gold kept without the profile, removed with it.
Pages whose gold says "this page contains no article" (CleanPortalEval's front pages) are left out.
Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import prf, read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402
from cleaner.sites import SiteParams, SiteProfile, count_units, html_lines, normalise  # noqa: E402
from cleaner.sites.domains import registered_domain  # noqa: E402
from cleaner.sites.units import line_units  # noqa: E402

SETS = ("wcxb_dev", "cleanportaleval")
MODES = ("lines", "blocks", "html")


class Page:
    __slots__ = ("id", "site", "html", "gold", "lines", "units", "docs")

    def __init__(self, record: dict, site: str):
        self.id = record.get("id")
        self.site = site
        self.html = record["html"]
        self.gold = record.get("gold") or ""
        self.lines = html_lines(self.html)
        self.units = line_units(self.lines)
        self.docs = {"lines": "\n".join(self.lines), "blocks": "\n\n".join(self.lines), "html": self.html}


def load(name: str, min_pages: int) -> dict[str, list[Page]]:
    root = require_shared(f"bench/{name}.jsonl.gz")
    by_site: dict[str, list[dict]] = defaultdict(list)
    for record in read_jsonl(root / "bench" / f"{name}.jsonl.gz"):
        site = registered_domain(record.get("url") or "")
        # CleanPortalEval marks a page without an article with this gold: no article, no recall to measure
        if site and record.get("gold") is not None and "page contains no article" not in record["gold"]:
            by_site[site].append(record)
    return {site: [Page(r, site) for r in records] for site, records in sorted(by_site.items())
            if len(records) >= min_pages + 1}


def half_of(site: str) -> str:
    """"a" or "b": a fixed split of the sites (tune on one half, report the other), by a stable hash of the name."""
    from hashlib import blake2b
    return "ab"[blake2b(site.encode("utf-8"), digest_size=1).digest()[0] % 2]


def loo_counts(pages: list[Page]) -> dict[int, int]:
    return count_units(page.units for page in pages)


def without_page(counts: dict[int, int], page: Page) -> dict[int, int]:
    out = dict(counts)
    for unit in page.units:
        out[unit] -= 1
    return out


def line_spans(document: str) -> list[tuple[int, int, str]]:
    spans, position = [], 0
    for piece in document.split("\n"):
        if piece.strip():
            spans.append((position, position + len(piece), piece))
        position += len(piece) + 1
    return spans


def kept_mask(result, spans) -> list[bool]:
    kept = sorted(result.kept)
    out = []
    for start, end, _ in spans:
        out.append(any(a < end and start < b for a, b in kept))
    return out


class Scores:
    def __init__(self):
        self.rows: list[dict] = []

    def add(self, row: dict) -> None:
        self.rows.append(row)

    def mean(self, key: str) -> float:
        values = [row[key] for row in self.rows if key in row]
        return sum(values) / len(values) if values else float("nan")

    def total(self, key: str) -> int:
        return sum(row.get(key, 0) for row in self.rows)


_plain_cache: dict[tuple, object] = {}
#: (key, the result with the profile as a dict) of every page evaluated, when ``--dump`` asks for them
_dumped: list[tuple[str, dict]] | None = None


def evaluate(pages_by_site: dict[str, list[Page]], mode: str, params: SiteParams, others: int | None = None,
             seed: int = 12) -> Scores:
    """Leave-one-page-out over every site (``others``: learn on this many of the other pages, chosen at random,
    instead of all of them)."""
    scores = Scores()
    fmt = "html" if mode == "html" else "text"
    for site, pages in pages_by_site.items():
        counts = loo_counts(pages)
        for page in pages:
            rest = [p for p in pages if p is not page]
            if others is not None:
                if len(rest) < others:
                    continue
                rng = random.Random(f"{seed}:{page.id}")
                chosen = rng.sample(rest, others)
                profile = SiteProfile.from_counts(site, others, loo_counts(chosen), params)
            else:
                profile = SiteProfile.from_counts(site, len(rest), without_page(counts, page), params)
            document = page.docs[mode]
            key = (page.id, mode)
            if key not in _plain_cache:
                _plain_cache[key] = cleaner.clean(document, format=fmt)
            plain = _plain_cache[key]
            ours = cleaner.clean(document, format=fmt, site=profile)
            if _dumped is not None:
                label = f"N={others}" if others is not None else f"share={params.share}"
                _dumped.append((f"{site}/{page.id}/{mode}/{label}", ours.to_dict()))
            p0, r0, f0 = prf(page.gold, plain.text)
            p1, r1, f1 = prf(page.gold, ours.text)
            row = {"p0": p0, "r0": r0, "f0": f0, "p1": p1, "r1": r1, "f1": f1,
                   "site_removals": sum(1 for r in ours.removed if r.rule.startswith("site.")),
                   "warned": any("site profile" in w for w in ours.warnings)}
            if fmt == "text":
                gold = " " + normalise(page.gold) + " "
                spans = line_spans(document)
                before, after = kept_mask(plain, spans), kept_mask(ours, spans)
                boiler = [f" {normalise(text)} " not in gold for _, _, text in spans]
                row["boiler"] = sum(boiler)
                row["leak0"] = sum(1 for b, k in zip(boiler, before) if b and k)
                row["leak1"] = sum(1 for b, k in zip(boiler, after) if b and k)
                row["gold_lines"] = sum(1 for b, k in zip(boiler, before) if not b and k)
                row["gold_lost"] = sum(1 for b, k0, k1 in zip(boiler, before, after) if not b and k0 and not k1)
                # the naive filter (CCNet-style), for reference: every line the profile knows goes, whatever the
                # page's structure says (on top of the cleaner alone)
                from cleaner.sites import unit_hash
                naive = [k and not (unit_hash(text) is not None and profile.seen(unit_hash(text)))
                         for k, (_, _, text) in zip(before, spans)]
                row["leak_naive"] = sum(1 for b, k in zip(boiler, naive) if b and k)
                naive_text = "\n".join(text for k, (_, _, text) in zip(naive, spans) if k)
                row["r_naive"] = prf(page.gold, naive_text)[1]
                row["r_lines0"] = prf(page.gold, "\n".join(text for k, (_, _, text) in zip(before, spans) if k))[1]
            scores.add(row)
    return scores


def report(name: str, label: str, scores: Scores, text: bool) -> str:
    cells = [name, label, str(len(scores.rows)),
             f"{scores.mean('r0'):.4f}", f"{scores.mean('r1'):.4f}", f"{scores.mean('r1') - scores.mean('r0'):+.5f}",
             f"{scores.mean('f0'):.4f}", f"{scores.mean('f1'):.4f}"]
    if text:
        leak0, leak1 = scores.total("leak0"), scores.total("leak1")
        cells += [f"{scores.total('boiler')}", f"{leak0}", f"{leak1}",
                  f"{(leak0 - leak1) / leak0:.1%}" if leak0 else "-",
                  f"{scores.total('gold_lost')} / {scores.total('gold_lines')}"]
    else:
        cells += ["", "", "", "", ""]
    cells.append(str(sum(1 for row in scores.rows if row["warned"])))
    line = "| " + " | ".join(cells) + " |"
    if text and scores.total("leak0"):
        leak0, naive = scores.total("leak0"), scores.total("leak_naive")
        line += (f"\n| {name} | {label}: naive filter | | {scores.mean('r_lines0'):.4f} | {scores.mean('r_naive'):.4f} | "
                 f"{scores.mean('r_naive') - scores.mean('r_lines0'):+.4f} | | | | {leak0} | {naive} | "
                 f"{(leak0 - naive) / leak0:.1%} | | |")
    return line


HEADER = ("| set | mode / setting | pages | recall without | recall with | Δ recall | F1 without | F1 with | "
          "boilerplate lines | leaked without | leaked with | removed | gold lines lost | kept (warning) |\n"
          "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")


def time_alternated(pages_by_site: dict[str, list[Page]], mode: str, variants: tuple[str, ...], run, rounds: int,
                    before_round=None) -> dict[str, float]:
    """CPU seconds each variant takes over ``rounds`` rounds of every page (``run(variant, document, site)``), the
    variants alternated page by page with their order rotated each round, gc before each call; ``before_round()``
    runs at each round's start (to empty the caches). The one-process A/B of sites_code_ab.py and sites_memo_ab.py."""
    times = dict.fromkeys(variants, 0.0)
    n = len(variants)
    for round_ in range(rounds):
        if before_round is not None:
            before_round()
        order = variants[round_ % n:] + variants[:round_ % n]
        for site, pages in pages_by_site.items():
            for page in pages:
                for variant in order:
                    gc.collect()
                    t0 = time.process_time()
                    run(variant, page.docs[mode], site)
                    times[variant] += time.process_time() - t0
    return times


def timing(pages_by_site: dict[str, list[Page]], mode: str, params: SiteParams, rounds: int = 5) -> str:
    """Learning vs cleaning vs cleaning with a profile, interleaved page by page (one process, gc before each; CPU
    time: the machine may be shared)."""
    from cleaner.sites import page_units
    try:
        from cleaner.sites.normalise import clear_line_cache
    except ImportError:  # an older cleaner (to compare against)
        clear_line_cache = None

    fmt = "html" if mode == "html" else "text"
    learn = clean = with_site = 0.0
    profiles = {site: SiteProfile.from_counts(site, len(pages), loo_counts(pages), params)
                for site, pages in pages_by_site.items()}
    # warm-up, untimed: the cleaner loads its data lazily on first use, which would land in whichever call comes
    # first (cleaning without a profile, in round 0) and make the profile look cheap
    for site, pages in pages_by_site.items():
        for page in pages:
            page_units(page.docs[mode], fmt)
            cleaner.clean(page.docs[mode], format=fmt)
            cleaner.clean(page.docs[mode], format=fmt, site=profiles[site])
    for round_ in range(rounds):
        if clear_line_cache is not None:
            clear_line_cache()  # each round starts cold: the cache holds only the lines met on the round's pages
        for site, pages in pages_by_site.items():
            for page in pages:
                document = page.docs[mode]
                gc.collect()
                t0 = time.process_time()
                page_units(document, fmt)
                t1 = time.process_time()
                learn += t1 - t0
                for first in ((False, True) if round_ % 2 else (True, False)):  # both orders, in turn
                    t1 = time.process_time()
                    if first:
                        cleaner.clean(document, format=fmt)
                    else:
                        cleaner.clean(document, format=fmt, site=profiles[site])
                    t2 = time.process_time()
                    if first:
                        clean += t2 - t1
                    else:
                        with_site += t2 - t1
    return (f"| {mode} | {learn / clean:.1%} | {(with_site - clean) / clean:+.1%} | "
            f"{clean / rounds:.1f} s |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--shares", default="", help="also evaluate these shares (comma-separated)")
    parser.add_argument("--curve", default="", help="learning curve: learn on N other pages (e.g. 3,5,10,20)")
    parser.add_argument("--half", default="", choices=("", "a", "b"),
                        help="only the sites of one half (half_of: a fixed split by a hash of the site's name)")
    parser.add_argument("--params", default="", help="SiteParams to change, e.g. weak_share=0.3,weak_anchor=2")
    parser.add_argument("--timing", action="store_true", help="also time learning and cleaning (CPU time)")
    parser.add_argument("--timing-only", action="store_true", help="only the timing")
    parser.add_argument("--dump", default="", help="write every result with a profile (to_dict) to this .jsonl.gz "
                        "(compare two with html_dump.py --diff)")
    args = parser.parse_args()
    global _dumped
    if args.dump:
        _dumped = []
    base = cleaner.sites.DEFAULT_PARAMS
    for item in [i for i in args.params.split(",") if i]:
        key, value = item.split("=")
        base = replace(base, **{key: type(getattr(base, key))(value)})
    modes = [m for m in args.modes.split(",") if m]
    for name in [s for s in args.sets.split(",") if s]:
        pages_by_site = load(name, base.min_pages)
        if args.half:
            pages_by_site = {site: pages for site, pages in pages_by_site.items() if half_of(site) == args.half}
        count = sum(len(p) for p in pages_by_site.values())
        print(f"\n### {name}{' half ' + args.half if args.half else ''}: {len(pages_by_site)} sites with "
              f"{base.min_pages + 1}+ pages, {count} pages ({base})\n")
        if not args.timing_only:
            print(HEADER)
        for mode in modes if not args.timing_only else []:
            print(report(name, f"{mode} (share {base.share})", evaluate(pages_by_site, mode, base), mode != "html"),
                  flush=True)
            for share in [float(s) for s in args.shares.split(",") if s]:
                if share == base.share:
                    continue
                params = replace(base, share=share)
                print(report(name, f"{mode} (share {share})", evaluate(pages_by_site, mode, params), mode != "html"),
                      flush=True)
            for others in [int(n) for n in args.curve.split(",") if n]:
                scores = evaluate(pages_by_site, mode, base, others=others)
                if scores.rows:
                    print(report(name, f"{mode}, N = {others}", scores, mode != "html"), flush=True)
        if args.timing or args.timing_only:
            print("\n| mode | learning / cleaning | cleaning with a profile | cleaning CPU time |\n"
                  "| --- | ---: | ---: | ---: |")
            for mode in modes:
                print(timing(pages_by_site, mode, base), flush=True)
    if _dumped is not None:
        from html_dump import write_dump
        write_dump(Path(args.dump), ((key, lambda result=result: result) for key, result in _dumped), None,
                   noun="results", every=10**9)
    return 0


if __name__ == "__main__":
    sys.exit(main())
