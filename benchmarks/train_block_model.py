"""Train the block scorer of detectors/block_model.py (issue 11, branch blockml40) on TUNED data only.

Run by hand:  CLEANER_SHARED=/work/shared PYTHONPATH=src python benchmarks/train_block_model.py \
                  --probes /work/meas/probeJ/probe.jsonl,/work/meas/probeK/probe.jsonl,/work/meas/probeL/probe.jsonl \
                  [--folds 5] [--precision 0.99] [--write]

Documents (plain text and Markdown only: the pass runs on nothing else):
- the tuned halves (``half`` == "A") of the probes given (third-party text kept outside the repository): a block is
  boilerplate when it lies inside a ``remove`` string (or one covers most of it), body when it lies inside a ``keep``
  string or holds one; other blocks are left out;
- ../shared/spam/examples.jsonl.gz's text and Markdown records (tuned; the same rule on expected_remove / keep);
- excerpt crops of the tuned bench sets' WET pages (cleaneval, scrapinghub, readability; never the held-out
  ones): the page's densest run of prose and a few lines around it (3 to 10, by page index), or the run's first /
  last 30 lines with the lines above / below when the run is longer, lines parted by blank lines (a pasted
  excerpt's paragraphs); a line's label is wet_text.py's (in the gold or not; a short line found only inside a longer
  gold line is unsure and left out).

Each document is cleaned by the pipeline with ``decision.BLOCK_RECORD`` set: the pass records the rows of the blocks
it would score (the runtime's own features, the decision so far) and removes nothing. The trees are
``train_line_model.tree_fit``'s (deterministic). Cross-validation is grouped by source (probe: source_group; spam:
its record's source; a bench page: its own group), folds by the sorted groups' index modulo ``--folds``. The
threshold is the lowest whose out-of-fold removals lose at most ``1 - --precision`` body blocks per boilerplate block
taken. ``--write``: the trees, threshold and CV table to src/cleaner/data/block_model.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import cleaner  # noqa: E402
from cleaner import decision  # noqa: E402
from cleaner.detectors import block_model as bm  # noqa: E402
from cleaner.detectors import line_model as lm  # noqa: E402
from cleaner.sites import normalise  # noqa: E402
from metric import require_shared  # noqa: E402
from sites import line_spans  # noqa: E402
from train_line_model import tree_fit, tree_logits  # noqa: E402
from wet_text import bench_pages, boiler_flags  # noqa: E402

TUNED = ("cleaneval", "scrapinghub", "readability")
OUT = Path(__file__).resolve().parent.parent / "src" / "cleaner" / "data" / "block_model.json"
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> str:
    return " " + " ".join(_TOKEN.findall(text.casefold())) + " "


def label(block: str, remove: list[str], keep: list[str], exact: bool = False) -> float | None:
    """1.0 boilerplate, 0.0 body, None unsure (see the module's text). ``exact``: the strings are a crop's lines,
    each a block of its own: a block is labelled by the line it is, or the line it is a piece of (the segmenter's
    sentences) when that piece is at least 4 words (a short block inside a longer line, "news", is unsure)."""
    b = tokens(block)
    if len(b) <= 2:
        return None
    if exact:
        body = b in keep or any(b in k for k in keep) and b.count(" ") > 4
        boiler = b in remove or any(b in r for r in remove) and b.count(" ") > 4
        return None if body == boiler else 0.0 if body else 1.0
    body = any(b in k or (len(k) > 2 and k in b) for k in keep)
    boiler = any(b in r or (len(r) > 2 and r in b and len(r) >= 0.6 * len(b)) for r in remove)
    if body and boiler:
        return None
    return 0.0 if body else 1.0 if boiler else None


def documents(probes: list[str], crops: bool):
    """(group, text, format, remove, keep) of every training document."""
    for path in probes:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            r = json.loads(line)
            if r.get("half") != "A" or r["format"] not in ("text", "markdown"):
                continue
            yield "probe:" + (r.get("source_group") or r["source"]), r["text"], r["format"], r.get("remove") or [], \
                r.get("keep") or []
    root = require_shared("spam/examples.jsonl.gz")
    with gzip.open(root / "spam" / "examples.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            r = json.loads(line)
            if r["format"] in ("text", "markdown"):
                yield "spam:" + r.get("source", r["id"]), r["raw"], r["format"], r.get("expected_remove") or [], \
                    r.get("expected_keep") or []
    if not crops:
        return
    for name in TUNED:
        for k, (record, gold, lines) in enumerate(bench_pages(name)):
            texts = [text for _, _, text in line_spans("\n".join(lines))]
            boiler = boiler_flags(gold, texts)
            whole = {normalise(g) for g in gold.splitlines()}
            flags = [b if b or len(normalise(t).split()) >= 4 or normalise(t) in whole else None
                     for b, t in zip(boiler, texts)]
            zone = lm.prose_zone([lm.spaced_length(t.strip()) for t in texts])
            if zone is None:
                continue
            around = 3 + k % 8
            a, z = zone
            windows = [(max(a - around, 0), min(z + around + 1, len(texts)))] if z - a <= 60 else [
                (max(a - around, 0), a + 30), (z - 29, min(z + around + 1, len(texts)))]
            for w, (lo, hi) in enumerate(windows):
                part = [(t, f) for t, f in zip(texts[lo:hi], flags[lo:hi]) if t.strip()]
                yield (f"bench:{name}:{k}", "\n\n".join(t for t, _ in part), "text",
                       [t for t, f in part if f], [t for t, f in part if f is not None and not f])


def collect(probes: list[str], crops: bool):
    """Rows, labels, groups, and (group, source kind) of every labelled block the pass would score."""
    engine = cleaner.Cleaner()
    xs, ys, groups, texts = [], [], [], []
    docs = 0
    for group, text, fmt, remove, keep in documents(probes, crops):
        decision.BLOCK_RECORD = []
        try:
            engine.clean(text, format=fmt)
        finally:
            recorded, decision.BLOCK_RECORD = decision.BLOCK_RECORD, None
        if not recorded:
            continue
        docs += 1
        blocks, indexes, rows = recorded[-1]
        rem, kep = [tokens(s) for s in remove], [tokens(s) for s in keep]
        exact = group.startswith("bench:")
        if exact:
            rem, kep = set(rem), set(kep)  # type: ignore[assignment]
        for i, row in zip(indexes, rows):
            y = label(blocks[i].plain, rem, kep, exact)
            if y is not None:
                xs.append(row)
                ys.append(y)
                groups.append(group)
                texts.append(blocks[i].plain[:160].replace("\n", " / "))
    print(f"{docs} documents scored, {len(ys)} labelled blocks, {int(sum(ys))} boilerplate", file=sys.stderr)
    return np.array(xs, dtype=float), np.array(ys), groups, texts


def fit(x, y, args) -> dict:
    return tree_fit(x, y, args.rounds, args.depth, args.rate, args.min_leaf, names=bm.FEATURES, drop=set())


def table(y, p, groups, thresholds):
    lines = ["| threshold | taken | boilerplate taken | body lost | body lost per taken | boilerplate recall |",
             "| --- | --- | --- | --- | --- | --- |"]
    for t in thresholds:
        take = p >= t
        tp = int((take & (y == 1)).sum())
        fp = int((take & (y == 0)).sum())
        lines.append(f"| {t:.2f} | {tp + fp} | {tp} | {fp} | {fp / max(tp + fp, 1):.3f} | "
                     f"{tp / max(int((y == 1).sum()), 1):.3f} |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--probes", default="")
    parser.add_argument("--no-crops", action="store_true")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--precision", type=float, default=0.99)
    parser.add_argument("--rounds", type=int, default=80)
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("--min-leaf", type=int, default=20)
    parser.add_argument("--cache", default="")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--pick", choices=("excerpts", "all"), default="excerpts")
    parser.add_argument("--min-taken", type=int, default=10, help="a threshold taking fewer blocks is not picked")
    parser.add_argument("--show", type=int, default=0, help="1: body blocks taken; 2: and boilerplate left")
    args = parser.parse_args()
    if args.cache and Path(args.cache).exists():
        data = np.load(args.cache, allow_pickle=False)
        x, y, groups = data["x"], data["y"], list(data["groups"])
        texts = list(data["texts"]) if "texts" in data else [""] * len(y)
    else:
        x, y, groups, texts = collect([p for p in args.probes.split(",") if p], not args.no_crops)
        if args.cache:
            np.savez(args.cache, x=x, y=y, groups=np.array(groups), texts=np.array(texts))
    names = sorted(set(groups))
    fold_of = {g: k % args.folds for k, g in enumerate(names)}
    folds = np.array([fold_of[g] for g in groups])
    oof = np.zeros(len(y))
    for f in range(args.folds):
        train = folds != f
        model = fit(x[train], y[train], args)
        oof[~train] = tree_logits(model, x[~train])
    p = 1.0 / (1.0 + np.exp(-oof))
    grid = [round(t, 2) for t in np.arange(0.5, 0.991, 0.01)]
    chosen = None
    # the threshold is picked on the pasted excerpts (the tuned probes' and spam's documents: what the pass is
    # for) or on every block (--pick all: the bench crops' noisy gold weighs most, see docs/benchmarks.md blockml40)
    pick = np.array([args.pick == "all" or not g.startswith("bench:") for g in groups])
    for t in grid:
        take = (p >= t) & pick
        tp = int((take & (y == 1)).sum())
        fp = int((take & (y == 0)).sum())
        if tp >= args.min_taken and fp <= (1 - args.precision) * (tp + fp):
            chosen = t
            break
    chosen = chosen if chosen is not None else 0.99
    excerpts = np.array([not g.startswith("bench:") for g in groups])
    cv = ["all blocks (out of fold):"] + table(y, p, groups, [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, chosen]) + \
        ["pasted excerpts only (tuned probes' half A, spam examples):"] + \
        table(y[excerpts], p[excerpts], None, [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, chosen])
    kinds = {}
    for kind in ("probe", "spam", "bench"):
        mask = np.array([g.startswith(kind) for g in groups])
        if mask.any():
            take = (p >= chosen) & mask
            kinds[kind] = {"blocks": int(mask.sum()), "boilerplate": int((y[mask] == 1).sum()),
                           "taken": int(take.sum()), "boilerplate_taken": int((take & (y == 1)).sum()),
                           "body_lost": int((take & (y == 0)).sum())}
    print("\n".join(cv))
    if args.show:  # the body blocks taken at the threshold (tuned data only), and the boilerplate left, by score
        order = np.argsort(-p, kind="stable")
        for k in order:
            if p[k] >= chosen and y[k] == 0 or args.show > 1 and y[k] == 1 and p[k] < chosen:
                print(f"{'LOST' if y[k] == 0 else 'left'} {p[k]:.3f} {groups[k]} | {texts[k]}")
    print(f"threshold {chosen}; by source kind at it: {json.dumps(kinds)}")
    if args.write:
        model = fit(x, y, args)
        model["threshold"] = chosen
        model["trained_on"] = {"probes": "tuned halves (A) of probeJ, probeK, probeL", "spam": "examples.jsonl.gz",
                               "bench_crops": "cleaneval, scrapinghub, readability" if not args.no_crops else "",
                               "blocks": int(len(y)), "boilerplate": int(y.sum()), "groups": len(names),
                               "folds": args.folds, "precision": args.precision}
        model["cv"] = cv
        model["picked_on"] = args.pick
        model["cv_by_kind"] = kinds
        OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
