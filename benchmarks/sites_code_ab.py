"""Cleaning with a profile, two versions of the site code in one process (run by hand).

    git archive 058b1b1 src/cleaner/sites | tar -x -C /tmp/base
    python benchmarks/sites_code_ab.py /tmp/base/src/cleaner/sites wcxb_dev lines 3

Three cleaners alternated page by page, the order rotated each round, cold caches each round (both versions'
``clear_line_cache``), CPU time: without a profile; with the profile and the other version's ``sites/apply.py`` and
``sites/normalise.py`` (the pipeline's ``template_cuts``, ``recurring_blocks`` and ``site_pass``, and its memos);
with this checkout's. Each cleaner keeps its own memos. The rest of the pipeline is this checkout's for all three:
the A/B measures the site code alone, at one load (the runs of ``sites.py --timing-only`` one after the other are too
noisy for a few points). Also says how many results (``to_dict``) differ between the two versions. Exits 0 with a
message when ../shared is missing (benchmarks/sites.py).
"""
import importlib.util
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sites as S  # noqa: E402
import cleaner  # noqa: E402
import cleaner.pipeline as P  # noqa: E402
import cleaner.sites  # noqa: E402
from cleaner.sites import SiteProfile  # noqa: E402

if len(sys.argv) < 2 or not Path(sys.argv[1], "apply.py").is_file():
    sys.exit("usage: sites_code_ab.py OTHER/src/cleaner/sites [SET] [MODE] [ROUNDS]")
base = Path(sys.argv[1])
name, mode, rounds = (sys.argv[2:] + ["wcxb_dev", "lines", "3"][len(sys.argv) - 2:])[:3]
rounds = int(rounds)
pbs = S.load(name, 3)


def _load(module: str, path: Path):
    spec = importlib.util.spec_from_file_location(module, path)
    loaded = importlib.util.module_from_spec(spec)
    loaded.__package__ = "cleaner.sites"
    sys.modules[module] = loaded
    spec.loader.exec_module(loaded)
    return loaded


ours_normalise, ours_apply = sys.modules["cleaner.sites.normalise"], sys.modules["cleaner.sites.apply"]
other_normalise = _load("cleaner.sites.normalise_other", base / "normalise.py")
sys.modules["cleaner.sites.normalise"] = other_normalise  # (the other apply.py imports the other normalise.py)
try:
    other_apply = _load("cleaner.sites.apply_other", base / "apply.py")
finally:
    sys.modules["cleaner.sites.normalise"] = ours_normalise
code = {"other": other_apply, "ours": ours_apply}
profiles = {site: SiteProfile.from_counts(site, len(pages), S.loo_counts(pages), cleaner.sites.DEFAULT_PARAMS)
            for site, pages in pbs.items()}
cleaners = {variant: cleaner.Cleaner() for variant in ("plain", "other", "ours")}
for variant in ("other", "ours"):
    module = code[variant]
    cleaners[variant]._site_memo = module.FindingsMemo()
    cleaners[variant]._shape_memo = module.ShapeMemo()
    cleaners[variant]._split_memo = module.SplitMemo()
fmt = "html" if mode == "html" else "text"


def run(variant: str, document, profile):
    if variant == "plain":
        return cleaners[variant].clean(document, format=fmt)
    for function in ("template_cuts", "recurring_blocks", "site_pass"):
        setattr(P, function, getattr(code[variant], function))
    return cleaners[variant].clean(document, format=fmt, site=profile)


variants = ("plain", "other", "ours")
changed = 0
for site, pages in pbs.items():  # warm-up (the data loads lazily), and the results compared
    for page in pages:
        document = page.docs[mode]
        run("plain", document, profiles[site])
        changed += run("other", document, profiles[site]).to_dict() != run("ours", document, profiles[site]).to_dict()


def _clear() -> None:
    other_normalise.clear_line_cache()
    ours_normalise.clear_line_cache()


times = S.time_alternated(pbs, mode, variants, lambda variant, document, site: run(variant, document, profiles[site]),
                          rounds, _clear)
plain = times["plain"]
print(f"{name} {mode}: without a profile {plain / rounds:.2f} s a round; with a profile, {base}: "
      f"{(times['other'] - plain) / plain:+.1%}; this checkout: {(times['ours'] - plain) / plain:+.1%}; "
      f"{changed} of {sum(map(len, pbs.values()))} results differ")
