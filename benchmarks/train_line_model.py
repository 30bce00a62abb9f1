"""Train the line scorer of detectors/line_model.py on the tuned WET sets (issue 11, branch linemodel30).

Run by hand:  python benchmarks/train_line_model.py [--stack] [--loso] [--write] [--folds 5] [--l2 1.0]
                  [--thresholds 0.5,0.875] [--threshold 0.875] [--eval-sets wcxb_dev,cleanportaleval,chinese_cwced]

linemodel31: ``--stack`` adds the second stage (``line_model.STACK``: the neighbours' first-stage logits), trained
on the first stage's out-of-fold logits (folds by page inside the training pages); ``--loso`` also trains on two
tuned sets and scores the third (the held-out sets are only ever scored, ``--eval-sets``). The
runs are scored with the runtime's ``edge_runs`` and its guards; the folded-weights memos are cleared whenever the
model is swapped (before linemodel31 every cross-validated run after the first used fold 0's weights).

Every page of the tuned bench sets (cleaneval, scrapinghub, readability; never the held-out ones) is rendered as
``benchmarks/wet_text.py`` renders it (``cleaner.sites.html_lines``, lines joined by one newline); a line is
boilerplate when its normalised text is not in the page's normalised gold (wet_text.py's rule). Features:
``cleaner.detectors.line_model.PageLines.features`` (the runtime's own code: shapes, never words). The model is a
logistic regression with an L2 penalty (Newton's method, numpy; deterministic: pages in file order, folds by page
index modulo ``--folds``), trained on the lines outside the page's densest run of prose (where it is used). The
threshold is chosen on the pages' cross-validated scores, by the runtime's own run procedure (``edge_runs``): the
lowest threshold whose taken lines are at least ``--precision`` boilerplate. ``--write``: the model, its scaling,
the threshold and the cross-validated figures to src/cleaner/data/line_model.json (weights rounded).
``--eval-sets``: also score the standalone classifier (edge runs, the final model) on other sets: measure only.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from dataclasses import replace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cleaner.detectors import line_model as lm  # noqa: E402
from cleaner.rules import LINE_MODEL as RULES_LINE_MODEL  # noqa: E402
from cleaner.sites import normalise  # noqa: E402
from sites import line_spans  # noqa: E402
from wet_text import bench_pages, boiler_flags  # noqa: E402  (the same pages and labels)

TUNED = ("cleaneval", "scrapinghub", "readability")
OUT = Path(__file__).resolve().parent.parent / "src" / "cleaner" / "data" / "line_model.json"
TREES_OUT = OUT.with_name("line_model_trees.json")
NEAR = [RULES_LINE_MODEL.near_threshold]  # the near threshold of the runs scored (--near)


def pages(name: str, clean: bool = False):
    """(texts, boiler flags) of every page of a bench set, as wet_text.py renders and labels them."""
    for _, gold, lines in bench_pages(name):
        texts = [text for _, _, text in line_spans("\n".join(lines))]
        boiler = boiler_flags(gold, texts)
        if clean:  # training labels: a short line found only inside a longer gold line (a menu word, "Home") is
            # unsure: None (left out of the training, never of the figures)
            whole = {normalise(line) for line in gold.splitlines()}
            yield texts, [b if b or len(normalise(t).split()) >= 4 or normalise(t) in whole else None
                          for b, t in zip(boiler, texts)]
        else:
            yield texts, boiler


def page_rows(texts: list[str]) -> tuple[lm.PageLines, list[int]]:
    """The lines the model is trained on: outside the densest run of prose (every line of a page without one is
    left out: the runtime scores none there)."""
    lines = lm.PageLines(texts)
    if lines.zone is None:
        return lines, []
    first, last = lines.zone
    return lines, [i for i in range(len(texts)) if (i < first or i > last) and texts[i].strip()]


def fit(x: np.ndarray, y: np.ndarray, l2: float, iterations: int = 30) -> tuple[np.ndarray, float]:
    """Logistic regression by Newton's method (standardised x; the bias not penalised)."""
    n, d = x.shape
    a = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(d + 1)
    penalty = np.full(d + 1, l2)
    penalty[-1] = 0.0
    for _ in range(iterations):
        z = np.clip(a @ w, -30, 30)
        p = 1.0 / (1.0 + np.exp(-z))
        gradient = a.T @ (p - y) + penalty * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.max(np.abs(step)) < 1e-7:
            break
    return w[:-1], float(w[-1])


def as_stage(names, w: np.ndarray, b: float, mean: np.ndarray, scale: np.ndarray) -> dict:
    return {"features": list(names), "mean": [round(float(v), 6) for v in mean],
            "scale": [round(float(v), 6) for v in scale], "weights": [round(float(v), 5) for v in w],
            "bias": round(b, 5)}


def as_model(w: np.ndarray, b: float, mean: np.ndarray, scale: np.ndarray, threshold: float) -> dict:
    return {**as_stage(lm.FEATURES, w, b, mean, scale), "threshold": threshold}


class Page:
    """A tuned page's lines: every line's first-stage features (the runtime's), its edge lines (the rows trained on)
    and their labels."""

    def __init__(self, texts: list[str], boiler: list):
        self.texts = texts
        self.boiler = boiler
        lines, indexes = page_rows(texts)
        self.rows = [i for i in indexes if boiler[i] is not None]
        n = len(texts)
        self.x = np.array([lines.features(i) for i in range(n)]) if self.rows else np.zeros((0, len(lm.FEATURES)))
        self.y = np.array([1.0 if boiler[i] else 0.0 for i in self.rows])


def standardised_fit(x: np.ndarray, y: np.ndarray, l2: float):
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    w, b = fit((x - mean) / scale, y, l2)
    return w, b, mean, scale


def logits(page: Page, stage1) -> np.ndarray:
    """The first stage's logits of every line of ``page`` (clipped as the runtime clips them)."""
    w, b, mean, scale = stage1
    return np.clip(((page.x - mean) / scale) @ w + b, -lm._Z_CLIP, lm._Z_CLIP)


def stacked_rows(page: Page, z: np.ndarray) -> np.ndarray:
    """The second stage's rows of ``page``'s edge lines from the first stage's logits ``z`` of all its lines."""
    n = len(page.texts)
    rows = page.rows
    near = np.array([[z[min(max(i + offset, 0), n - 1)] for offset in lm.NEIGHBOURS] for i in rows])
    return np.hstack([page.x[rows], near])


CROPS = [0]  # --crops: each training page's excerpt too, this many lines around its densest run of prose
_CROPPED: dict[int, "Page | None"] = {}


def cropped(page: "Page", lines: int) -> "Page | None":
    """``page``'s excerpt (tree39): its densest run of prose and ``lines`` lines above and below it, as a pasted
    article's text prints a little of the site's chrome around it (the page-wide features of a short document:
    probe texts are such excerpts). Memoised by page (the folds reuse them); None without a run of prose."""
    key = id(page)
    if key not in _CROPPED:
        zone = lm.prose_zone([lm.spaced_length(t.strip()) for t in page.texts])
        if zone is None:
            _CROPPED[key] = None
        else:
            a, b = max(zone[0] - lines, 0), min(zone[1] + lines + 1, len(page.texts))
            _CROPPED[key] = Page(page.texts[a:b], page.boiler[a:b])
    return _CROPPED[key]


DROP: set[str] = set()  # --drop: features the trees never split on
TREES: dict = {}  # --trees' settings (rounds, depth, rate, min_leaf), when given


def train(pages: list[Page], l2: float, stack: bool, folds: int) -> dict:
    """A model (first stage, and the second when ``stack``) trained on ``pages``; the second stage on the first's
    out-of-fold logits (folds by page position modulo ``folds``); with ``--trees``, the boosted trees."""
    if TREES and CROPS[0]:
        pages = pages + [crop for p in pages for crop in [cropped(p, CROPS[0])] if crop is not None]
    x = np.vstack([p.x[p.rows] for p in pages if p.rows])
    y = np.concatenate([p.y for p in pages if p.rows])
    if TREES:
        return tree_fit(x, y, **TREES)
    stage1 = standardised_fit(x, y, l2)
    model = as_model(*stage1, 0.5)
    if not stack:
        return model
    z_of: dict[int, np.ndarray] = {}
    for fold in range(folds):
        inner = [p for k, p in enumerate(pages) if k % folds != fold and p.rows]
        fitted = standardised_fit(np.vstack([p.x[p.rows] for p in inner]), np.concatenate([p.y for p in inner]), l2)
        for k, p in enumerate(pages):
            if k % folds == fold and p.rows:
                z_of[k] = logits(p, fitted)
    x2 = np.vstack([stacked_rows(p, z_of[k]) for k, p in enumerate(pages) if p.rows])
    model["stage2"] = as_stage(lm.FEATURES + lm.STACK, *standardised_fit(x2, y, l2))
    return model


def tree_fit(x: np.ndarray, y: np.ndarray, rounds: int, depth: int, rate: float, min_leaf: int,
             bins: int = 32, names: tuple[str, ...] | None = None, drop: set[str] | None = None) -> dict:
    """Boosted regression trees (tree39; logistic loss, Newton leaves, histogram splits on the training rows'
    quantiles, pure numpy, deterministic: no sampling, ties broken by the lowest feature and bin). Each tree as
    parallel node lists [feature (-1: a leaf), split (a value under it goes left), left, right, value (the rate's
    share of the node's Newton step: a leaf's output; an inner node's for the cue)]. ``names`` / ``drop``: another
    model's feature names and the features never split on (blockml40's block model), else the line model's."""
    names = lm.FEATURES if names is None else names
    drop = DROP if drop is None else drop
    n, d = x.shape
    edges = [np.unique(np.quantile(x[:, j], np.linspace(0, 1, bins + 1)[1:-1])) for j in range(d)]
    width = max(len(e) for e in edges) + 1
    # a value's bin: how many of the feature's edges are at most it (a value under edge k: bin <= k, the left side)
    b = np.stack([np.searchsorted(edges[j], x[:, j], side="right") for j in range(d)], 1).astype(np.int64)
    flat = b + np.arange(d)[None, :] * width
    share = min(max(float(y.mean()), 1e-6), 1 - 1e-6)
    base = float(np.log(share / (1 - share)))
    f = np.full(n, base)
    out = []
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-f))
        g, h = p - y, p * (1 - p)
        feature: list[int] = []
        split: list[float] = []
        left: list[int] = []
        right: list[int] = []
        value: list[float] = []

        def grow(idx: np.ndarray, level: int) -> int:
            k = len(feature)
            gs, hs = float(g[idx].sum()), float(h[idx].sum())
            feature.append(-1)
            split.append(0.0)
            left.append(0)
            right.append(0)
            value.append(round(rate * -gs / (hs + 1.0), 5))
            if level == depth or len(idx) < 2 * min_leaf:
                return k
            cells = flat[idx].ravel()
            gh = np.bincount(cells, np.repeat(g[idx], d), d * width).reshape(d, width)
            hh = np.bincount(cells, np.repeat(h[idx], d), d * width).reshape(d, width)
            ch = np.bincount(cells, minlength=d * width).reshape(d, width)
            gl, hl, cl = np.cumsum(gh, 1)[:, :-1], np.cumsum(hh, 1)[:, :-1], np.cumsum(ch, 1)[:, :-1]
            gain = gl ** 2 / (hl + 1) + (gs - gl) ** 2 / (hs - hl + 1) - gs ** 2 / (hs + 1)
            gain[(cl < min_leaf) | (len(idx) - cl < min_leaf)] = -1.0
            for j in range(d):
                gain[j, len(edges[j]):] = -1.0
                if names[j] in drop:
                    gain[j] = -1.0
            best = int(np.argmax(gain))
            j, cut = divmod(best, width - 1)
            if gain[j, cut] <= 1e-9:
                return k
            mask = b[idx, j] <= cut
            feature[k], split[k] = j, round(float(edges[j][cut]), 6)
            left[k] = grow(idx[mask], level + 1)
            right[k] = grow(idx[~mask], level + 1)
            return k

        grow(np.arange(n), 0)
        tree = (np.array(feature), np.array(split), np.array(left), np.array(right), np.array(value))
        f += tree_apply(tree, x)
        out.append([feature, split, left, right, value])
    return {"features": list(names), "base": round(base, 6), "trees": out,
            "rounds": rounds, "depth": depth, "rate": rate, "min_leaf": min_leaf}


def tree_apply(tree, x: np.ndarray) -> np.ndarray:
    """One tree's outputs for the rows of ``x`` (the runtime's ``line_model.tree_logit`` rule, vectorised)."""
    feature, split, left, right, value = (np.asarray(a) for a in tree)
    k = np.zeros(len(x), dtype=np.int64)
    for _ in range(64):
        inner = feature[k] >= 0
        if not inner.any():
            break
        rows = np.nonzero(inner)[0]
        kk = k[rows]
        go_left = x[rows, feature[kk]] < split[kk]
        k[rows] = np.where(go_left, left[kk], right[kk])
    return value[k]


def tree_logits(model: dict, x: np.ndarray) -> np.ndarray:
    return model["base"] + sum(tree_apply(t, x) for t in model["trees"])


def _patched(model: dict):
    lm.model = lambda m=model: m  # type: ignore[assignment]
    lm._folded.cache_clear()
    lm._folded_stack.cache_clear()
    if "trees" in model:
        lm.trees = lambda m=model: m  # type: ignore[assignment]
        lm.LINE_MODEL = replace(RULES_LINE_MODEL, scorer="trees")
    else:
        lm.LINE_MODEL = replace(RULES_LINE_MODEL, scorer="logistic")


def run_pages(data, model: dict, thresholds: list[float]) -> dict[float, list[int]]:
    """For each threshold: [boilerplate lines taken, gold lines taken, boilerplate lines, gold lines] over ``data``'s
    pages by the runtime's ``edge_runs``."""
    totals = {t: [0, 0, 0, 0] for t in thresholds}
    saved, saved_trees = lm.model, lm.trees
    try:
        for t in thresholds:
            _patched({**model, "threshold": t, "near_threshold": max(t, NEAR[0])})
            for texts, boiler in data:
                taken = lm.edge_runs(texts)
                row = totals[t]
                row[0] += sum(1 for i in taken if boiler[i])
                row[1] += sum(1 for i in taken if boiler[i] is False)
                row[2] += sum(1 for b in boiler if b)
                row[3] += sum(1 for b in boiler if b is False)
    finally:
        lm.model = saved  # type: ignore[assignment]
        lm.trees = saved_trees  # type: ignore[assignment]
        lm.LINE_MODEL = RULES_LINE_MODEL
        lm._folded.cache_clear()
        lm._folded_stack.cache_clear()
    return totals


def line_stats(model: dict, pages: list[Page]) -> list[int]:
    """[tp, fp, fn, tn] of ``model``'s classifier at 0.5 over ``pages``' edge lines (labels sure)."""
    if "trees" in model:
        out = [0, 0, 0, 0]
        for p in pages:
            if p.rows:
                predicted, truth = tree_logits(model, p.x[p.rows]) > 0, p.y > 0.5
                out = [a + int(c.sum()) for a, c in zip(out, (predicted & truth, predicted & ~truth,
                                                              ~predicted & truth, ~predicted & ~truth))]
        return out
    stage1 = (np.array(model["weights"]), model["bias"], np.array(model["mean"]), np.array(model["scale"]))
    out = [0, 0, 0, 0]
    for p in pages:
        if not p.rows:
            continue
        z = logits(p, stage1)
        if model.get("stage2"):
            s2 = model["stage2"]
            z2 = ((stacked_rows(p, z) - np.array(s2["mean"])) / np.array(s2["scale"])) @ np.array(s2["weights"])
            predicted = z2 + s2["bias"] > 0
        else:
            predicted = z[p.rows] > 0
        truth = p.y > 0.5
        out[0] += int((predicted & truth).sum())
        out[1] += int((predicted & ~truth).sum())
        out[2] += int((~predicted & truth).sum())
        out[3] += int((~predicted & ~truth).sum())
    return out


def report(label: str, stats: list[int], runs: dict[float, list[int]]) -> None:
    tp, fp, fn, _ = stats
    print(f"{label}: edge-line classifier at 0.5 P {tp / max(tp + fp, 1):.4f} R {tp / max(tp + fn, 1):.4f} "
          f"F1 {2 * tp / max(2 * tp + fp + fn, 1):.4f}")
    print("| threshold | boilerplate lines taken | gold lines taken | precision |")
    for t, (taken_b, taken_g, all_b, all_g) in runs.items():
        print(f"| {t:.3f} | {taken_b} ({100 * taken_b / max(all_b, 1):.1f}%) | {taken_g} "
              f"({100 * taken_g / max(all_g, 1):.2f}%) | {taken_b / max(taken_b + taken_g, 1):.4f} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--eval-sets", default="")
    parser.add_argument("--stack", action="store_true", help="a second stage over the neighbours' first-stage "
                        "logits (linemodel31)")
    parser.add_argument("--loso", action="store_true", help="also leave one tuned set out: train on the other two")
    parser.add_argument("--thresholds", default="0.5,0.7,0.8,0.85,0.875,0.9,0.925,0.95")
    parser.add_argument("--threshold", type=float, default=None,
                        help="the threshold written (logistic: 0.875 unless given, linemodel30b: the lowest whose "
                             "pipeline loses at most 25 %% more gold lines than main on each tuned set, wet_text.py; "
                             "trees: unless given, the lowest of --thresholds reaching --precision)")
    parser.add_argument("--trees", action="store_true", help="boosted trees (tree39) instead of the logistic stages: "
                        "written to data/line_model_trees.json, the threshold the lowest of --thresholds whose "
                        "cross-validated runs reach --precision")
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--depth", type=int, default=3)
    parser.add_argument("--rate", type=float, default=0.15)
    parser.add_argument("--min-leaf", type=int, default=100)
    parser.add_argument("--precision", type=float, default=0.98)
    parser.add_argument("--near", type=float, default=RULES_LINE_MODEL.near_threshold,
                        help="the near threshold of the runs (a line next to the article, a sentence, a prose line)")
    parser.add_argument("--crops", type=int, default=0, help="trees: train on each page's excerpt too, this many "
                        "lines around its run of prose (0: none)")
    parser.add_argument("--drop", default="", help="features (comma-separated) the trees never split on")
    args = parser.parse_args()
    NEAR[0] = args.near
    CROPS[0] = args.crops
    DROP.update(filter(None, args.drop.split(",")))
    if args.trees:
        TREES.update(rounds=args.rounds, depth=args.depth, rate=args.rate, min_leaf=args.min_leaf)
    started = time.perf_counter()
    sets: dict[str, list] = {name: list(pages(name, clean=True)) for name in TUNED}
    data = [page for name in TUNED for page in sets[name]]
    built = [Page(texts, boiler) for texts, boiler in data]
    owner = {name: range(sum(len(sets[m]) for m in TUNED[:k]), sum(len(sets[m]) for m in TUNED[:k + 1]))
             for k, name in enumerate(TUNED)}
    lines_n = sum(len(p.rows) for p in built)
    print(f"{len(data)} pages, {lines_n} edge lines ({int(sum(p.y.sum() for p in built))} boilerplate), "
          f"stack {args.stack}, {time.perf_counter() - started:.0f} s")
    thresholds = [float(t) for t in args.thresholds.split(",")]
    cv = {t: [0, 0, 0, 0] for t in thresholds}
    stats = [0, 0, 0, 0]
    for fold in range(args.folds):
        model = train([p for k, p in enumerate(built) if k % args.folds != fold], args.l2, args.stack, args.folds)
        held = [k for k in range(len(built)) if k % args.folds == fold]
        stats = [a + b for a, b in zip(stats, line_stats(model, [built[k] for k in held]))]
        for t, row in run_pages([data[k] for k in held], model, thresholds).items():
            cv[t] = [a + b for a, b in zip(cv[t], row)]
    report(f"cross-validated by page ({args.folds} folds)", stats, cv)
    if args.loso:
        for name in TUNED:
            model = train([p for k, p in enumerate(built) if k not in owner[name]], args.l2, args.stack, args.folds)
            report(f"leave {name} out", line_stats(model, [built[k] for k in owner[name]]),
                   run_pages(sets[name], model, thresholds))
    if args.threshold is None and not args.trees:
        args.threshold = 0.875
    if args.threshold is None:
        reached = [t for t in thresholds if cv[t][0] >= args.precision * max(cv[t][0] + cv[t][1], 1)]
        args.threshold = min(reached) if reached else max(thresholds)
        print(f"threshold {args.threshold} (the lowest whose cross-validated runs reach precision {args.precision})")
    model = train(built, args.l2, args.stack, args.folds)
    model["threshold"] = args.threshold
    if args.trees:
        model["near_threshold"] = max(args.near, args.threshold)
    taken_b, taken_g, all_b, all_g = cv.get(args.threshold) or run_pages(data, model, [args.threshold])[args.threshold]
    tp, fp, fn, _ = stats
    model["trained_on"] = {"sets": list(TUNED), "pages": len(data), "edge_lines": lines_n,
                           "boilerplate": int(sum(p.y.sum() for p in built)), "l2": args.l2, "folds": args.folds,
                           "stacked": args.stack, "trees": bool(args.trees), "dropped": sorted(DROP), "crops": CROPS[0],
                           "rule": "wet_text.py: a line not in the page's normalised gold is boilerplate"}
    model["cross_validated"] = {
        "edge_line_classifier_at_0.5": {"precision": round(tp / max(tp + fp, 1), 4),
                                        "recall": round(tp / max(tp + fn, 1), 4)},
        "edge_runs_at_threshold": {"boilerplate_lines_taken": taken_b,
                                   "share_of_boilerplate": round(taken_b / max(all_b, 1), 4),
                                   "gold_lines_taken": taken_g, "share_of_gold": round(taken_g / max(all_g, 1), 5),
                                   "precision": round(taken_b / max(taken_b + taken_g, 1), 4)}}
    if args.trees:
        used: dict[str, int] = {}
        for tree in model["trees"]:
            for k in tree[0]:
                if k >= 0:
                    used[lm.FEATURES[k]] = used.get(lm.FEATURES[k], 0) + 1
        print("splits:", ", ".join(f"{name} {count}" for name, count in sorted(used.items(), key=lambda x: -x[1])))
        if args.write:
            TREES_OUT.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
            print(f"written {TREES_OUT}")
    else:
        final = model.get("stage2") or model
        names = final["features"]
        order = sorted(range(len(names)), key=lambda k: -abs(final["weights"][k]))
        print("weights:", ", ".join(f"{names[k]} {final['weights'][k]:+.2f}" for k in order[:20]))
        if args.write:
            OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
            print(f"written {OUT}")
    for name in filter(None, args.eval_sets.split(",")):
        got = run_pages(list(pages(name)), model, [args.threshold])[args.threshold]
        print(f"standalone edge runs on {name}: boilerplate taken {got[0]} ({100 * got[0] / max(got[2], 1):.1f}%), "
              f"gold taken {got[1]} ({100 * got[1] / max(got[3], 1):.2f}%), precision "
              f"{got[0] / max(got[0] + got[1], 1):.4f}")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
