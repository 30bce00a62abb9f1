"""HTML path speed in CPU time: ``cleaner.clean(html, format="html")`` against ``trafilatura.extract(html)``.

Like ``speed.py``'s HTML part (the same pages, one untimed pass first, the two alternating page by page and in who
goes first, ``gc.collect()`` before each call), but timed with ``time.process_time()``: CPU time of this process,
so that other work on a shared machine moves the figure less than wall time does. ``--profile`` prints where
``clean`` spends its CPU time (cProfile over one pass), ``--parts`` also times trafilatura's part of our path
(our parse and its extraction on our tree) in the same interleaved runs, ``--stages`` the CPU time of the HTML
reader's steps (``--cold``: on the first pass over the pages, the DOM evidence's caches empty).

    python benchmarks/html_speed.py [--pages 200] [--runs 3] [--parts] [--profile] [--stages [--cold]] [--json PATH]

To compare two versions of the code in one run, interleave processes (each prints its ratio to trafilatura):

    for i in 1 2 3; do PYTHONPATH=old/src python benchmarks/html_speed.py; PYTHONPATH=src python benchmarks/html_speed.py; done

Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from metric import require_shared  # noqa: E402
from speed import html_pages  # noqa: E402


def _timed(function, page) -> float:
    gc.collect()
    started = time.process_time()
    try:
        function(page)
    except Exception:  # noqa: BLE001 -- a failing page costs what it cost
        pass
    return time.process_time() - started


def _trafilatura_part(page) -> None:
    """trafilatura's part of our HTML path: our parse of the page and trafilatura's extraction on that tree, with
    the reader's settings (``readers.html.trafilatura_extraction``); the rest of ``clean`` is our own share."""
    from cleaner.decoding import sanitize_to_utf8
    from cleaner.readers import html as reader

    text, utf8 = sanitize_to_utf8(page[0])
    root = reader.parse_html(text, [], utf8, {})
    if root is not None:
        settings = dict(reader.TRAFILATURA_SETTINGS)
        settings["fast"] = len(text) > reader.FAST_ABOVE_CHARS
        reader.trafilatura_extraction(root, settings)


def measure(pages, runs: int, parts: bool = False) -> dict:
    """``parts``: also time trafilatura's part of our path (``_trafilatura_part``) in the same interleaved runs, so
    that our own share (``clean`` less that part) is measured against ``trafilatura.extract`` too."""
    import trafilatura

    import cleaner

    engine = cleaner.Cleaner()
    ours = lambda page: engine.clean(page[0], format="html", url=page[1])  # noqa: E731
    theirs = lambda page: trafilatura.extract(page[0], url=page[1])  # noqa: E731
    functions = [("ours", ours), ("theirs", theirs)] + ([("part", _trafilatura_part)] if parts else [])
    for page in pages:  # what loads once (langdetect's profiles, cue index, caches) is not timed
        for _, function in functions:
            _timed(function, page)
    ratios, totals = [], []
    for run in range(runs):
        spent = dict.fromkeys([label for label, _ in functions], 0.0)
        for i, page in enumerate(pages):
            order = list(functions)
            if (i + run) % 2:
                order.reverse()
            for label, function in order:
                spent[label] += _timed(function, page)
        ratios.append(spent["ours"] / spent["theirs"])
        totals.append(tuple(spent[label] for label, _ in functions))
    medians = [statistics.median(column) for column in zip(*totals)]
    t_ours, t_theirs = medians[0], medians[1]
    out = dict(pages=len(pages), runs=runs, ratio_median=round(statistics.median(ratios), 3),
               ratios=[round(r, 3) for r in ratios], cleaner_ms=round(1000 * t_ours / len(pages), 2),
               trafilatura_ms=round(1000 * t_theirs / len(pages), 2), cleaner_path=str(Path(cleaner.__file__).parent))
    if parts:
        t_part = medians[2]
        out.update(trafilatura_part_ms=round(1000 * t_part / len(pages), 2),
                   own_share_ms=round(1000 * (t_ours - t_part) / len(pages), 2),
                   part_of_extract=round(t_part / t_theirs, 3), own_share_of_extract=round((t_ours - t_part) / t_theirs, 3))
    return out


def stages(pages, cold: bool = False) -> dict:
    """CPU ms a page of the HTML reader's steps, by wrapping them (one pass after a warm-up pass; ``cold``: the first
    pass, where the caches of what to do per class / id value are empty, as on pages never seen before)."""
    import cleaner
    from cleaner import pipeline
    from cleaner.readers import html as reader, locate

    spent: dict[str, float] = {}
    active: set[str] = set()  # a step calling itself (nested containers) is timed once, at the outer call

    def wrap(owner, name, label):
        original = getattr(owner, name)

        def timed(*args, **kwargs):
            if label in active:
                return original(*args, **kwargs)
            active.add(label)
            started = time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started
                active.discard(label)
        setattr(owner, name, timed)

    import trafilatura

    wrap(reader, "parse_html", "parse")
    wrap(reader, "build_dom_index", "dom evidence (with the candidates' walk)")
    wrap(reader, "form_boxes", "forms")
    wrap(reader, "dropped_div_paragraphs", "bare divs")
    wrap(reader, "markup_metadata", "metadata")
    wrap(trafilatura, "bare_extraction", "trafilatura")
    wrap(reader._UnitBuilder, "container", "units")
    wrap(reader, "_blocks", "blocks (segmenter + hints)")
    wrap(reader, "dropped_standfirst", "standfirst")
    wrap(locate.Locator, "__init__", "locator walk")
    wrap(locate.Locator, "locate", "locator search")
    wrap(reader, "html_document", "reader total")
    wrap(pipeline, "detect_all", "detectors (per block)")
    wrap(pipeline, "structure_findings", "structure findings")
    wrap(pipeline, "line_findings", "line findings")
    wrap(pipeline, "navigation_findings", "navigation findings")
    wrap(pipeline, "dom_findings", "dom findings")
    wrap(pipeline, "decide", "decision")
    wrap(pipeline, "build_result", "result")
    wrap(pipeline, "near_misses", "near misses")
    wrap(pipeline, "detect_language", "language")
    wrap(pipeline, "sanitize_to_utf8", "sanitize")
    engine = cleaner.Cleaner()
    wrap(engine, "clean", "clean total")
    if cold:  # the cue index and the segmenter load before the timed pass (a page not among them)
        engine.clean("<html><body><p>A page to load the cues and the language profiles.</p></body></html>",
                     format="html")
    else:
        for page in pages:
            engine.clean(page[0], format="html", url=page[1])
    spent.clear()
    for page in pages:
        engine.clean(page[0], format="html", url=page[1])
    return {label: round(1000 * value / len(pages), 3) for label, value in spent.items()}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile (CPU time) of one pass of clean")
    parser.add_argument("--stages", action="store_true", help="CPU ms a page of the reader's steps")
    parser.add_argument("--cold", action="store_true", help="with --stages: time the first pass over the pages")
    parser.add_argument("--parts", action="store_true",
                        help="also time trafilatura's part of our path (our parse + its extraction on our tree)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    root = require_shared("bench")
    pages = html_pages(root, args.pages)
    if args.profile:
        import cProfile
        import pstats

        import cleaner

        engine = cleaner.Cleaner()
        for page in pages:
            engine.clean(page[0], format="html", url=page[1])
        profile = cProfile.Profile(time.process_time)
        profile.enable()
        for page in pages:
            engine.clean(page[0], format="html", url=page[1])
        profile.disable()
        stats = pstats.Stats(profile)
        stats.sort_stats("cumulative").print_stats(50)
        # trafilatura's own time (its extraction on our tree, our parse before it) against the whole of ``clean``
        spent = {function[2]: value[3] for function, value in stats.stats.items()
                 if function[2] in ("clean", "trafilatura_extraction", "parse_html")}
        total = spent.get("clean", 0.0) or 1.0
        print(f"clean {spent.get('clean', 0.0):.3f} s (profiled): trafilatura_extraction "
              f"{spent.get('trafilatura_extraction', 0.0):.3f} s ({spent.get('trafilatura_extraction', 0.0) / total:.0%}), "
              f"parse_html {spent.get('parse_html', 0.0):.3f} s; the rest is ours (the profiler inflates Python code "
              "more than lxml's C: take the shares from --parts)")
        return 0
    out = stages(pages, args.cold) if args.stages else measure(pages, args.runs, args.parts)
    print(json.dumps(out))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
