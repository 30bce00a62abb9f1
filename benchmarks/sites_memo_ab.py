"""Cleaning with a profile with and without the segmenter's split memo (``sites.apply.SplitMemo``), in one process
(run by hand).

    python benchmarks/sites_memo_ab.py wcxb_dev lines 3

Three cleaners alternated page by page, the order rotated each round, cold caches each round (clear_line_cache),
CPU time: without a profile; with the profile and no split memo (every split test made, as before round 12e); with
the memo. Each cleaner keeps its own memos. Exits 0 with a message when ../shared is missing (benchmarks/sites.py).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sites as S
import cleaner
from cleaner.sites import SiteProfile
from cleaner.sites.normalise import clear_line_cache
name, mode, rounds = (sys.argv[1:] + ["wcxb_dev", "lines", "3"][len(sys.argv) - 1:])[:3]
rounds = int(rounds)
pbs = S.load(name, 3)
profs = {s: SiteProfile.from_counts(s, len(p), S.loo_counts(p), S.cleaner.sites.DEFAULT_PARAMS)
         for s, p in pbs.items()}
cs = {v: cleaner.Cleaner() for v in ("plain", "nomemo", "memo")}
cs["nomemo"]._split_memo = None  # main's path: every split test made
variants = ("plain", "nomemo", "memo")
def run(v, doc, prof):
    if v == "plain":
        return cs[v].clean(doc, format="text")
    return cs[v].clean(doc, format="text", site=prof)
for s, ps in pbs.items():
    for p in ps:
        for v in variants: run(v, p.docs[mode], profs[s])
t = S.time_alternated(pbs, mode, variants, lambda v, doc, s: run(v, doc, profs[s]), rounds, clear_line_cache)
print(f"{name} {mode}: without a profile {t['plain'] / rounds:.2f} s a round; with a profile, no split memo "
      f"(main's path) {(t['nomemo'] - t['plain']) / t['plain']:+.1%}; "
      f"with the split memo {(t['memo'] - t['plain']) / t['plain']:+.1%}")
