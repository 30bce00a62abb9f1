"""Site learning at scale, on synthetic pages: memory and time of counting a million pages' units.

Run by hand:  python benchmarks/sites_memory.py [--pages 1000000] [--sites 20000] [--lines 40] [--text-sample 2000]

Each synthetic site has a pool of 40 template lines; each of its pages holds 25 of them (the first 15 always, 10
drawn from the other 25) and ``lines - 25`` lines of its own. Units are drawn as random 64-bit integers (what
``page_units`` returns), so the run measures the counting (cleaner.sites.UnitCounter, one per site) and the profiles
(SiteProfile.from_counter), not the hashing; ``--text-sample`` pages of real text are hashed with ``page_units`` to
give the hashing rate. Reports: distinct (site, unit) pairs, the counters' array bytes, the process's peak RSS
growth, seconds, and the profiles' JSON size. Needs nothing from ../shared.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import sys
import time


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=1_000_000)
    parser.add_argument("--sites", type=int, default=20_000)
    parser.add_argument("--lines", type=int, default=40)
    parser.add_argument("--text-sample", type=int, default=2000)
    args = parser.parse_args()
    from cleaner.sites import SiteProfile, UnitCounter, page_units

    rng = random.Random(1)
    pools = [[rng.getrandbits(64) for _ in range(40)] for _ in range(args.sites)]
    gc.collect()
    base = peak_rss_mb()
    counters = [UnitCounter() for _ in range(args.sites)]
    own = args.lines - 25
    started = time.process_time()
    getrandbits = rng.getrandbits
    for page in range(args.pages):
        site = page % args.sites  # sites interleaved, as in a crawl
        pool = pools[site]
        units = pool[:15] + rng.sample(pool[15:], 10) + [getrandbits(64) for _ in range(own)]
        counters[site].add_page(units)
    counted = time.process_time() - started
    pairs = sum(len(counter) for counter in counters)
    array_bytes = sum(counter.nbytes() for counter in counters)
    peak = peak_rss_mb() - base
    started = time.process_time()
    profiles = [SiteProfile.from_counter(f"site{i}.example", counter) for i, counter in enumerate(counters)]
    built = time.process_time() - started
    sizes = sorted(len(json.dumps(profile.to_dict(), separators=(",", ":"))) for profile in profiles[:1000])
    print(f"pages {args.pages:,}, sites {args.sites:,}, {args.lines} units a page")
    print(f"distinct (site, unit) pairs: {pairs:,}; counter arrays: {array_bytes / 1e6:,.1f} MB "
          f"({array_bytes / pairs:.1f} bytes a pair); peak RSS growth: {peak:,.1f} MB ({peak * 1e6 / pairs:.1f} "
          f"bytes a pair, with the interpreter's own)")
    print(f"counting (CPU time): {counted:,.1f} s ({args.pages / counted:,.0f} pages/s); profiles: {built:,.1f} s")
    print(f"profile JSON: median {sizes[len(sizes) // 2]:,} bytes, max {sizes[-1]:,} bytes (of the first 1,000)")
    if args.text_sample:
        lines = [f"Line {i} of the page, with some words about topic {i % 97} and more." for i in range(200)]
        texts = ["\n\n".join(rng.sample(lines, args.lines)) for _ in range(args.text_sample)]
        started = time.process_time()
        for text in texts:
            page_units(text, "text")
        rate = args.text_sample / (time.process_time() - started)
        print(f"hashing text pages of {args.lines} lines with page_units: {rate:,.0f} pages/s "
              f"(CPU time, one process; a million pages: {1e6 / rate / 60:,.1f} min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
