"""Speed of ``cleaner`` in documents per second, one process (run by hand; the machine should be otherwise idle).

Text: gold bodies of ../shared/bench between 3 and 5 KB (UTF-8) with boilerplate injected (inject_quality.py's
templates), cleaned as text. Only the library call is timed. Two cleaners, ``Cleaner()`` and
``Cleaner(detect_language=False)``, run in alternation, ``--runs`` times each; the median docs/s is reported, and the
share of time that language detection takes. Target: >= 500 docs/s on one core with language detection.

HTML (when ``cleaner.readers.html`` exists): ``cleaner.clean(html, format="html")`` and ``trafilatura.extract(html)``
on the same pages, alternating page by page (who goes first alternates too); the ratio of their total times, median
over runs. Target: <= 1.25x.

    python benchmarks/speed.py                    # text, then HTML when the adapter exists
    python benchmarks/speed.py --runs 7 --no-html
    python benchmarks/speed.py --html-pages 100 --html-runs 3
    python benchmarks/speed.py --profile          # + where the text path spends its time (cProfile, one pass)
    python benchmarks/speed.py --no-html --stages --no-floor --no-warmup --no-linearity   # CPU ms by stage
    python benchmarks/speed.py --no-html --sample --no-floor --no-warmup --no-linearity   # shares, sampled
    python benchmarks/speed.py --no-html --write  # the text table into docs/benchmarks.md (its speed section)

Also measured for the text path (issue 14; skip them with --no-floor / --no-warmup / --no-linearity):

- the single-scan floor: one Aho-Corasick pass (pyahocorasick) of every cue phrase of the index over the case-folded
  text, plus a paragraph split, on the same 3-5 KB bodies, interleaved document by document with
  ``Cleaner(detect_language=False).clean`` (who goes first alternates); the ratio of their total times, median of
  the runs. Target <= 2x, checked <= 3x. Without language detection: the floor holds none either.
- warm-up: in fresh subprocesses (``--warmup-runs``), the time from before ``import cleaner`` to the end of the first
  ``cleaner.clean()`` of a short text, and the import alone; median. Target <= 0.3 s. Two more first cleans are
  reported: a short bio (the name patterns) whose language langdetect decides (its profiles load). One untimed
  process first, without ``PYTHONDONTWRITEBYTECODE``, writes the bytecode and the vocabulary cache as an installed
  package's first process does (``benchmarks/warmup_ab.py`` also times a process without the cache).
- linearity: ms per KB for generated texts of 1 KB to 2 MB (the size limit), made of the bench gold paragraphs with
  the injected boilerplate, in a fixed shuffled order; ``Cleaner()`` with language detection; median of the runs.

Text timings are the process's CPU time (``--clock wall`` for the wall clock): on a shared machine the wall clock
of one call depends on the other processes. Even so, the ratios (measured in one run, interleaved) are what to
compare.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import random
import re
import statistics
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from inject_quality import inject  # noqa: E402
from metric import html_adapter_available, read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402

#: The text measurements' clock (``--clock``): the process's CPU time by default, which other processes on a shared
#: machine disturb much less than the wall clock (the HTML comparison keeps the wall clock).
CLOCK, CLOCK_NAME = time.process_time, "cpu"

TEXT_SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval")
HTML_SETS = ("scrapinghub", "readability", "cleanportaleval", "chinese_cwced", "trafilatura")
MIN_BYTES, MAX_BYTES = 3000, 5000


def text_docs(root: Path) -> list[str]:
    docs = []
    for name in TEXT_SETS:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            continue
        for record in read_jsonl(path):
            gold = (record.get("gold") or "").strip()
            if MIN_BYTES <= len(gold.encode("utf-8")) <= MAX_BYTES:
                docs.append(inject(record["id"], record.get("lang") or "en", gold).text)
    return docs


def time_pass(function, docs) -> float:
    """Seconds spent inside the calls only."""
    total = 0.0
    clock = CLOCK
    for doc in docs:
        started = clock()
        function(doc)
        total += clock() - started
    return total


def text_speed(docs: list[str], runs: int) -> dict:
    with_lang = cleaner.Cleaner()
    without_lang = cleaner.Cleaner(detect_language=False)
    clean_with = lambda doc: with_lang.clean(doc, format="text")  # noqa: E731
    clean_without = lambda doc: without_lang.clean(doc, format="text")  # noqa: E731
    time_pass(clean_with, docs)  # warm-up: cue compilation, langdetect profiles, regex caches
    time_pass(clean_without, docs)
    from cleaner.language import detect_language

    bodies = [with_lang.clean(doc, format="text").text for doc in docs]
    seconds = {"with": [], "without": [], "detect_only": []}
    for run in range(runs):
        order = [("with", clean_with), ("without", clean_without)]
        if run % 2:
            order.reverse()
        for label, function in order:
            gc.collect()
            seconds[label].append(time_pass(function, docs))
        seconds["detect_only"].append(time_pass(detect_language, bodies))
    n = len(docs)
    rate = {label: n / statistics.median(values) for label, values in seconds.items()}
    t_with, t_without = statistics.median(seconds["with"]), statistics.median(seconds["without"])
    return dict(docs=n, runs=runs, kbytes_mean=statistics.fmean(len(d.encode()) for d in docs) / 1000,
                docs_per_s_with_lang=rate["with"], docs_per_s_without_lang=rate["without"],
                ms_per_doc_with_lang=1000 * t_with / n, ms_per_doc_without_lang=1000 * t_without / n,
                lang_share_by_difference=(t_with - t_without) / t_with,
                lang_share_direct=statistics.median(seconds["detect_only"]) / t_with,
                runs_docs_per_s_with_lang=[round(n / s, 1) for s in seconds["with"]],
                runs_docs_per_s_without_lang=[round(n / s, 1) for s in seconds["without"]])


# -- the single-scan floor ------------------------------------------------------------------------------------------
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def floor_scanner():
    """The least a cue-based cleaner can do in Python: one Aho-Corasick pass of every cue phrase (all match types,
    all languages, as the index holds them) over the case-folded text, and a paragraph split."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for cue in cleaner.Cleaner(detect_language=False).cues.cues:
        automaton.add_word(cue.phrase, cue.phrase)
    automaton.make_automaton()

    def scan(doc: str) -> int:
        folded = doc.casefold()
        paragraphs = _PARAGRAPH_BREAK.split(folded)
        return len(paragraphs) + sum(1 for _ in automaton.iter(folded))

    return scan


def floor_ratio(docs: list[str], runs: int) -> dict:
    engine = cleaner.Cleaner(detect_language=False)
    ours = lambda doc: engine.clean(doc, format="text")  # noqa: E731
    scan = floor_scanner()
    time_pass(ours, docs)
    time_pass(scan, docs)
    ratios, totals = [], []
    clock = CLOCK
    for run in range(runs):
        t_ours = t_floor = 0.0
        for i, doc in enumerate(docs):
            pair = [("ours", ours), ("floor", scan)]
            if (i + run) % 2:
                pair.reverse()
            for label, function in pair:
                started = clock()
                function(doc)
                spent = clock() - started
                if label == "ours":
                    t_ours += spent
                else:
                    t_floor += spent
        ratios.append(t_ours / t_floor)
        totals.append((t_ours, t_floor))
    t_ours, t_floor = map(statistics.median, zip(*totals))
    n = len(docs)
    return dict(docs=n, runs=runs, ratio_median=statistics.median(ratios), ratios=[round(r, 2) for r in ratios],
                ms_per_doc_text_path=1000 * t_ours / n, ms_per_doc_floor=1000 * t_floor / n)


# -- by stage -------------------------------------------------------------------------------------------------------
#: The stages ``--stages`` times: (module, attribute, label); an indented label is a part of the stage above it.
STAGES = (
    ("cleaner.pipeline", "text_units", "reading units"),
    ("segmenter", "blocks", "segmenter"),
    ("splitter", "split_points", "  split points (cue and name probes)"),
    ("cleaner.blocks", "make_block", "  building blocks (inline markup)"),
    ("cleaner.pipeline", "detect_all", "detectors"),
    ("cleaner.detectors.base.BlockCues", "of", "  cue hits of each block"),
    ("cleaner.pipeline", "structure_findings", "structure_findings"),
    ("cleaner.detectors.structure", "family_finding", "  families"),
    ("cleaner.detectors.structure", "family_findings", "  families"),  # (a document's blocks at once: speed30)
    ("cleaner.detectors.structure", "follow_line", "  follow line"),
    ("cleaner.detectors.structure", "third_person_bio", "  third-person bio"),
    ("cleaner.detectors.structure", "contact_line", "  contact line"),
    ("cleaner.pipeline", "line_findings", "line_findings (share bars, credit lines, title lists)"),
    ("cleaner.pipeline", "navigation_findings", "navigation_findings (menus, pagers by shape)"),
    ("cleaner.pipeline", "meta_line_findings", "meta_line_findings (date lines, counters)"),
    ("cleaner.pipeline", "chrome_findings", "chrome_findings (widget labels)"),
    ("cleaner.pipeline", "prompt_findings", "prompt_findings (closing prompts, calls to action)"),
    ("cleaner.pipeline", "definition_findings", "definition_findings (glossaries)"),
    ("cleaner.pipeline", "peel_edges", "peel_edges (plain text's edge lines)"),
    ("cleaner.pipeline", "edge_chrome_findings", "edge_chrome_findings (plain text's edge chrome)"),
    ("cleaner.pipeline", "header_record_findings", "header_record_findings (the post's record under the title)"),
    ("cleaner.pipeline", "line_shape_findings", "line_shape_findings (a page's own lines by their shape)"),
    ("cleaner.pipeline", "no_title", "  no_title (line_shapes: no title over the page)"),
    ("cleaner.pipeline", "decide", "decision"),
    ("cleaner.pipeline", "build_result", "result"),
    # textbylines.py's five author fallbacks (one figure: their sum)
    ("cleaner.result", "name_date_byline", "  author fallbacks (textbylines.py)"),
    ("cleaner.result", "script_label_byline", "  author fallbacks (textbylines.py)"),
    ("cleaner.result", "cjk_record_byline", "  author fallbacks (textbylines.py)"),
    ("cleaner.result", "reporter_credit", "  author fallbacks (textbylines.py)"),
    ("cleaner.result", "role_signature", "  author fallbacks (textbylines.py)"),
    ("cleaner.result", "wet_byline", "  page-text bylines (linebylines.py)"),
)


def stages(docs: list[str], runs: int) -> dict:
    """CPU ms a document in each stage of ``Cleaner(detect_language=False).clean`` (each stage's function wrapped in a
    timer, which adds its own cost to every figure), median of ``runs`` passes over the documents."""
    import importlib

    engine = cleaner.Cleaner(detect_language=False)
    spent: dict[str, float] = {}

    def owner(name: str):
        if name == "segmenter":
            return engine.segmenter
        if name == "splitter":
            return engine.segmenter.splitter
        module, _, attribute = name.rpartition(".")
        if attribute[:1].isupper():  # a class: "cleaner.detectors.base.BlockCues"
            return getattr(importlib.import_module(module), attribute)
        return importlib.import_module(name)

    def wrap(target, attribute: str, label: str) -> None:
        function = getattr(target, attribute)

        def timed(*args, **kwargs):
            started = CLOCK()
            try:
                return function(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + CLOCK() - started
        setattr(target, attribute, timed)

    for name, attribute, label in STAGES:
        target = owner(name)
        if hasattr(target, attribute):
            wrap(target, attribute, label)
    for doc in docs:  # warm-up
        engine.clean(doc, format="text")
    per: dict[str, list[float]] = {}
    for _ in range(runs):
        spent.clear()
        started = CLOCK()
        for doc in docs:
            engine.clean(doc, format="text")
        per.setdefault("total (wrapped)", []).append(CLOCK() - started)
        for label, seconds in spent.items():
            per.setdefault(label, []).append(seconds)
    order = ["total (wrapped)"] + [label for _, _, label in STAGES]
    return {label: 1000 * statistics.median(per[label]) / len(docs) for label in order if label in per}


# -- by stage, sampled ----------------------------------------------------------------------------------------------
#: ``--sample``'s stages: (label, module path suffix, function name; "": any). A sample goes to the innermost frame
#: on the stack that is one of these (so a part is counted apart from the stage around it); a sample inside ``clean``
#: but in none of them is "other (pipeline glue)". The cue scan of ``detect_all`` (its ``normalize`` and the
#: ``CueIndex`` look-ups and phrase walk) is counted apart: ``CUE_SCAN``.
CUE_SCAN = "cue scan in detect_all (normalize, look-ups, walk)"
SAMPLE_STAGES = (
    ("reading units", "readers/text.py", "text_units"),
    ("segmenter: split points", "cleaner/blocks.py", "split_points"),
    ("segmenter: building blocks", "cleaner/blocks.py", "make_block"),
    ("segmenter: the rest", "cleaner/blocks.py", "blocks"),
    ("detectors (the seven, on their cues)", "detectors/__init__.py", "detect_all"),
    ("structure: families", "detectors/families.py", "family_finding"),
    ("structure: families", "detectors/families.py", "family_findings"),  # (a document's blocks at once)
    ("structure: the rest", "detectors/structure.py", "structure_findings"),
    ("line_findings", "detectors/lines.py", "line_findings"),
    ("navigation_findings", "detectors/nav_shape.py", "navigation_findings"),
    ("meta_line_findings", "detectors/meta_lines.py", "meta_line_findings"),
    ("chrome_findings", "detectors/chrome.py", "chrome_findings"),
    ("prompt_findings", "detectors/prompts.py", "prompt_findings"),
    ("header_record_findings", "detectors/header_record.py", "header_record_findings"),
    ("line_shape_findings", "detectors/line_shapes.py", ""),
    ("definition_findings", "detectors/definitions.py", "definition_findings"),
    ("edge chrome (peel_edges, edge_chrome_findings)", "detectors/edge_chrome.py", "peel_edges"),
    ("edge chrome (peel_edges, edge_chrome_findings)", "detectors/edge_chrome.py", "edge_chrome_findings"),
    ("decision", "cleaner/decision.py", "decide"),
    ("result: author fallbacks (textmeta, textbylines)", "cleaner/textmeta.py", ""),
    ("result: author fallbacks (textmeta, textbylines)", "cleaner/textbylines.py", ""),
    ("result: page-text bylines (linebylines)", "cleaner/linebylines.py", ""),
    ("result: the rest", "cleaner/result.py", "build_result"),
    ("language id", "cleaner/language.py", "detect_language"),
    ("other (pipeline glue)", "cleaner/pipeline.py", "clean"),
)


def sample_stages(docs: list[str], runs: int, *, language: bool = True, interval: float = 0.0005) -> dict:
    """Share of ``clean``'s CPU time by stage, by sampling (``signal.setitimer(ITIMER_PROF)``: every ``interval`` s
    of CPU the stack is read; nothing is wrapped, so no stage pays for a timer of its own). Returns the shares, the
    samples and CPU ms a document (the sampled passes)."""
    import signal

    engine = cleaner.Cleaner(detect_language=language)
    by_code: dict = {}
    counts: dict[str, int] = {}
    labels = [CUE_SCAN] + [label for label, _, _ in SAMPLE_STAGES]

    def stage_of(code) -> str | None:
        found = by_code.get(code, False)
        if found is False:
            found = None
            path = code.co_filename.replace("\\", "/")
            for label, suffix, name in SAMPLE_STAGES:
                if path.endswith(suffix) and (not name or code.co_name == name):
                    found = label
                    break
            by_code[code] = found
        return found

    def handler(signum, frame) -> None:
        while frame is not None:
            if frame.f_code.co_filename.endswith("cleaner/cues.py"):
                # the cue index at work: the cue scan when detect_all asked, else part of the stage that asked
                while frame is not None and frame.f_code.co_filename.endswith("cleaner/cues.py"):
                    frame = frame.f_back
                if frame is not None and frame.f_code.co_name == "detect_all":
                    counts[CUE_SCAN] = counts.get(CUE_SCAN, 0) + 1
                    return
                continue
            label = stage_of(frame.f_code)
            if label is not None:
                counts[label] = counts.get(label, 0) + 1
                return
            frame = frame.f_back
        counts["outside clean"] = counts.get("outside clean", 0) + 1

    for doc in docs:  # warm-up
        engine.clean(doc, format="text")
    previous = signal.signal(signal.SIGPROF, handler)
    started = time.process_time()
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(runs):
            for doc in docs:
                engine.clean(doc, format="text")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    spent = time.process_time() - started
    total = sum(counts.values()) or 1
    shares = {label: counts[label] / total for label in dict.fromkeys(labels + ["outside clean"]) if label in counts}
    return dict(shares=shares, samples=total, ms_per_doc=1000 * spent / (runs * len(docs)))


# -- warm-up --------------------------------------------------------------------------------------------------------
WARMUP_TEXTS = {
    "short article": "How to keep basil alive through the winter\n\nBasil thrives in July heat and sulks when nights "
                     "drop below ten degrees, which in most northern states means the pot on the porch is doomed "
                     "by early October. Bring it in before the first cold snap.\n\nShare this article on Facebook",
    "short bio, language by langdetect": "Unser Garten im Winter: Basilikum drinnen halten, Licht und Wärme.\n\n"
                                         "Written by Jane Doe",
}
_WARMUP_SCRIPT = """
import json, sys, time
clock = time.process_time if sys.argv[2] == "cpu" else time.perf_counter
started = clock()
import cleaner
imported = clock()
cleaner.clean(sys.argv[1])
done = clock()
print(json.dumps({"import": imported - started, "first_clean": done - started}))
"""


def warmup(runs: int) -> dict:
    """Median seconds of ``import cleaner`` and of import + the first ``clean()``, in fresh processes."""
    env = dict(os.environ)
    src = str(Path(cleaner.__file__).resolve().parents[1])  # the cleaner this process measures (PYTHONPATH)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH", "")) if p)
    out = {}
    samples = {label: [] for label in WARMUP_TEXTS}
    imports = []
    # one untimed process that may write the bytecode and the vocabulary cache (vocabcache.py), as the first process
    # of an installed package does: with PYTHONDONTWRITEBYTECODE set (a shell may set it) neither is ever written,
    # and every timed process would build both
    priming = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for text in WARMUP_TEXTS.values():
        subprocess.run([sys.executable, "-c", _WARMUP_SCRIPT, text, CLOCK_NAME], capture_output=True, text=True,
                       env=priming, check=True)
    for run in range(runs):
        for label, text in WARMUP_TEXTS.items():
            done = subprocess.run([sys.executable, "-c", _WARMUP_SCRIPT, text, CLOCK_NAME], capture_output=True, text=True,
                                  env=env, check=True)
            figures = json.loads(done.stdout.strip().splitlines()[-1])
            samples[label].append(figures["first_clean"])
            imports.append(figures["import"])
    out["import_s"] = statistics.median(imports)
    out["first_clean_s"] = {label: statistics.median(values) for label, values in samples.items()}
    out["runs"] = runs
    return out


# -- linearity ------------------------------------------------------------------------------------------------------
LINEAR_KB = (1, 4, 16, 64, 256, 1024, 1990)


def generated_text(paragraphs: list[str], kbytes: float) -> str:
    """Paragraphs (the bench gold bodies' with injected boilerplate, in order, cycled) up to ``kbytes`` KB of UTF-8."""
    limit = int(kbytes * 1000)
    pieces, size, i = [], 0, 0
    while True:
        piece = paragraphs[i % len(paragraphs)]
        cost = len(piece.encode("utf-8")) + 2
        if size + cost > limit:
            break
        pieces.append(piece)
        size += cost
        i += 1
    return "\n\n".join(pieces)


def linearity(docs: list[str], runs: int) -> dict:
    paragraphs = [p.strip() for doc in docs for p in _PARAGRAPH_BREAK.split(doc) if p.strip()]
    # in a fixed shuffled order, so every size has the same mix of sets and languages (in the sets' order the
    # small texts were all English and the large ones Chinese too)
    random.Random(14).shuffle(paragraphs)
    engine = cleaner.Cleaner()
    rows = []
    for kbytes in LINEAR_KB:
        text = generated_text(paragraphs, kbytes)
        size = len(text.encode("utf-8")) / 1000
        times = []
        for _ in range(runs if kbytes < 1000 else max(1, runs // 2)):
            gc.collect()
            started = CLOCK()
            engine.clean(text, format="text")
            times.append(CLOCK() - started)
        seconds = statistics.median(times)
        rows.append(dict(kbytes=round(size, 1), seconds=seconds, ms_per_kb=1000 * seconds / size))
    return dict(rows=rows, runs=runs)


# -- docs/benchmarks.md ---------------------------------------------------------------------------------------------
DOC = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
START, END = "<!-- speed.py text: start -->", "<!-- speed.py text: end -->"


def table(out: dict, shared_note: str) -> str:
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = [START, f"Text path, measured {when} with `python benchmarks/speed.py --no-html --write`, "
                    f"{'CPU' if CLOCK_NAME == 'cpu' else 'wall-clock'} time ({shared_note}):", "", "| measure | result | target |", "| --- | ---: | --- |"]
    text = out.get("text")
    if text:
        lines.append(f"| text docs/s with language detection ({text['docs']} bodies of 3–5 KB, median of "
                     f"{text['runs']}) | {text['docs_per_s_with_lang']:.0f} ({text['ms_per_doc_with_lang']:.2f} "
                     f"ms/doc) | |")
        lines.append(f"| text docs/s without language detection | {text['docs_per_s_without_lang']:.0f} "
                     f"({text['ms_per_doc_without_lang']:.2f} ms/doc) | |")
    floor = out.get("floor")
    if floor:
        lines.append(f"| text path / single-scan floor (same bodies, interleaved, no language detection) | "
                     f"**{floor['ratio_median']:.2f}×** ({floor['ms_per_doc_text_path']:.2f} vs "
                     f"{floor['ms_per_doc_floor']:.2f} ms/doc; runs {', '.join(map(str, floor['ratios']))}) | "
                     f"≤ 2× (checked ≤ 3×): {'met' if floor['ratio_median'] <= 2 else 'checked' if floor['ratio_median'] <= 3 else 'not met'} |")
    warm = out.get("warmup")
    if warm:
        lines.append(f"| `import cleaner` in a fresh process (median of {warm['runs']}) | {warm['import_s']:.3f} s | |")
        for label, seconds in warm["first_clean_s"].items():
            target = f"≤ 0.3 s: {'met' if seconds <= 0.3 else 'not met'}" if label == "short article" else ""
            lines.append(f"| import + first `clean()`, {label} | **{seconds:.3f} s** | {target} |")
    lin = out.get("linearity")
    if lin:
        cells = ", ".join(f"{row['kbytes']:.0f} KB {row['ms_per_kb']:.2f}" for row in lin["rows"])
        from_16 = [row["ms_per_kb"] for row in lin["rows"] if row["kbytes"] >= 15]  # below, the fixed cost shows
        lines.append(f"| ms per KB, generated texts ({cells}) | {max(from_16) / min(from_16):.2f}× max / min "
                     f"from 16 KB; 2 MB / 16 KB {from_16[-1] / from_16[0]:.2f}× | linear |")
    lines.append(END)
    return "\n".join(lines)


def write_doc(block: str) -> None:
    """The table into the speed section of docs/benchmarks.md: between the markers, or, the first time, after the
    section's introduction (the figures under it stay as history)."""
    doc = DOC.read_text(encoding="utf-8")
    if START in doc:
        before, rest = doc.split(START, 1)
        doc = before + block + rest.split(END, 1)[1]
    else:
        anchor = doc.index("### speed.py")
        at = doc.index("\n\n", doc.index("\n\n", anchor) + 2) + 2  # after the heading and its first paragraph
        doc = doc[:at] + block + "\n\nEarlier measurements, kept as history:\n\n" + doc[at:]
    DOC.write_text(doc, encoding="utf-8")


def html_pages(root: Path, limit: int) -> list[tuple[str, str | None]]:
    pages = []
    per_set = max(1, limit // len(HTML_SETS))
    for name in HTML_SETS:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            continue
        count = 0
        for record in read_jsonl(path):
            if record.get("html"):
                pages.append((record["html"], record.get("url")))
                count += 1
                if count >= per_set:
                    break
    return pages[:limit]


def html_speed(pages, runs: int) -> dict:
    import trafilatura

    engine = cleaner.Cleaner()
    ours = lambda page: engine.clean(page[0], format="html", url=page[1])  # noqa: E731
    theirs = lambda page: trafilatura.extract(page[0], url=page[1])  # noqa: E731
    errors = 0
    for page in pages:  # warm-up: one untimed pass, so that what loads once (langdetect's profiles, caches) is not timed
        try:
            ours(page)
        except Exception:  # noqa: BLE001
            pass
        theirs(page)
    ratios, per_page, totals = [], [], []
    for run in range(runs):
        t_ours = t_theirs = 0.0
        for i, page in enumerate(pages):
            pair = [("ours", ours), ("theirs", theirs)]
            if (i + run) % 2:
                pair.reverse()
            spent = {}
            for label, function in pair:
                # Each call starts with the collector's counts at zero, so it pays for the collections its own
                # allocations trigger, not for a full collection the other library's garbage made due: without
                # this the ratio moved by +-0.04 with any change in how many objects either side allocates.
                gc.collect()
                started = time.perf_counter()
                try:
                    function(page)
                except Exception:  # noqa: BLE001
                    errors += label == "ours"
                spent[label] = time.perf_counter() - started
            t_ours += spent["ours"]
            t_theirs += spent["theirs"]
            if run == 0 and spent["theirs"] > 0:
                per_page.append(spent["ours"] / spent["theirs"])
        ratios.append(t_ours / t_theirs)
        totals.append((t_ours, t_theirs))
    t_ours, t_theirs = map(statistics.median, zip(*totals))
    return dict(pages=len(pages), runs=runs, ratio_median=statistics.median(ratios), ratios=[round(r, 3) for r in ratios],
                per_page_ratio_median=statistics.median(per_page) if per_page else None,
                cleaner_pages_per_s=len(pages) / t_ours, trafilatura_pages_per_s=len(pages) / t_theirs,
                cleaner_errors=errors)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed passes per cleaner (median reported)")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML comparison with trafilatura")
    parser.add_argument("--no-text", action="store_true", help="skip the text measurement")
    parser.add_argument("--html-pages", type=int, default=200, help="how many HTML pages (spread over the sets)")
    parser.add_argument("--html-runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="profile one text pass (cProfile, by tottime)")
    parser.add_argument("--stages", action="store_true", help="CPU ms a document by stage (wrapped functions)")
    parser.add_argument("--sample", action="store_true",
                        help="share of the text path's CPU time by stage, sampled (nothing wrapped)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--no-floor", action="store_true", help="skip the single-scan floor")
    parser.add_argument("--no-warmup", action="store_true", help="skip the warm-up of fresh processes")
    parser.add_argument("--no-linearity", action="store_true", help="skip ms per KB from 1 KB to 2 MB")
    parser.add_argument("--warmup-runs", type=int, default=7)
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="the text timings' clock: this process's CPU time (default) or the wall clock")
    parser.add_argument("--write", action="store_true", help="the text table into docs/benchmarks.md")
    parser.add_argument("--note", default="the machine shared with 3 other sessions: noisy",
                        help="how the machine was, for --write")
    args = parser.parse_args(argv)
    global CLOCK, CLOCK_NAME
    CLOCK, CLOCK_NAME = (time.process_time, "cpu") if args.clock == "cpu" else (time.perf_counter, "wall")
    root = require_shared("bench")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"one process; cleaner {getattr(cleaner, '__version__', '?')}")
    out = {}
    if not args.no_text:
        docs = text_docs(root)
        print(f"\ntext: {len(docs)} articles of {MIN_BYTES / 1000:.0f}-{MAX_BYTES / 1000:.0f} KB gold + injected "
              f"boilerplate, {args.runs} runs each")
        s = out["text"] = text_speed(docs, args.runs)
        print(f"  with language detection:    {s['docs_per_s_with_lang']:7.0f} docs/s "
              f"({s['ms_per_doc_with_lang']:.2f} ms/doc)  runs {s['runs_docs_per_s_with_lang']}")
        print(f"  without language detection: {s['docs_per_s_without_lang']:7.0f} docs/s "
              f"({s['ms_per_doc_without_lang']:.2f} ms/doc)  runs {s['runs_docs_per_s_without_lang']}")
        print(f"  language detection share of the time: {s['lang_share_by_difference']:.1%} (difference), "
              f"{s['lang_share_direct']:.1%} (detect_language timed alone)")
        print(f"  target >= 500 docs/s with language detection: "
              f"{'MET' if s['docs_per_s_with_lang'] >= 500 else 'NOT MET'}")
    if not args.no_text and not args.no_floor:
        f = out["floor"] = floor_ratio(docs, args.runs)
        print(f"  text path / single-scan floor (interleaved, no language detection): {f['ratio_median']:.2f}x "
              f"({f['ms_per_doc_text_path']:.2f} vs {f['ms_per_doc_floor']:.2f} ms/doc) runs {f['ratios']}; "
              f"target <= 2x: {'MET' if f['ratio_median'] <= 2 else 'NOT MET'}, checked <= 3x: "
              f"{'MET' if f['ratio_median'] <= 3 else 'NOT MET'}")
    if not args.no_text and not args.no_warmup:
        w = out["warmup"] = warmup(args.warmup_runs)
        print(f"\nwarm-up, fresh processes, median of {w['runs']}: import {w['import_s']:.3f} s")
        for label, seconds in w["first_clean_s"].items():
            print(f"  import + first clean, {label}: {seconds:.3f} s")
        print(f"  target <= 0.3 s (short article): {'MET' if w['first_clean_s']['short article'] <= 0.3 else 'NOT MET'}")
    if not args.no_text and not args.no_linearity:
        lin = out["linearity"] = linearity(docs, max(1, args.runs // 2))
        print("\nlinearity (generated texts, with language detection):")
        for row in lin["rows"]:
            print(f"  {row['kbytes']:8.1f} KB  {row['seconds'] * 1000:9.1f} ms  {row['ms_per_kb']:.3f} ms/KB")
    if args.write and not args.no_text:
        write_doc(table(out, args.note))
        print(f"\nwritten: {DOC}")
    if args.stages and not args.no_text:
        out["stages"] = stages(docs, args.runs)
        print("\nby stage (CPU ms a document, no language detection, each stage's function wrapped in a timer):")
        for label, ms in out["stages"].items():
            print(f"  {label:40} {ms:.3f}")
    if args.sample and not args.no_text:
        out["sampled"] = sampled = sample_stages(docs, args.runs)
        print(f"\nby stage, sampled (share of CPU time, with language detection; {sampled['samples']} samples, "
              f"{sampled['ms_per_doc']:.2f} ms a document while sampled):")
        for label, share in sampled["shares"].items():
            print(f"  {label:50} {share:6.1%}  {share * sampled['ms_per_doc']:.3f} ms")
    if args.profile and not args.no_text:
        import cProfile
        import pstats

        engine = cleaner.Cleaner()
        profiler = cProfile.Profile()
        profiler.runcall(time_pass, lambda doc: engine.clean(doc, format="text"), docs)
        print("\nprofile of one text pass (with language detection), top functions by own time:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(15)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats("cleaner", 20)
    if not args.no_html:
        if not html_adapter_available():
            print("\nhtml: skipped, the HTML adapter (cleaner.readers.html) is not there yet")
        else:
            pages = html_pages(root, args.html_pages)
            print(f"\nhtml: {len(pages)} pages, cleaner.clean(html) vs trafilatura.extract(html), alternating, "
                  f"{args.html_runs} runs")
            h = out["html"] = html_speed(pages, args.html_runs)
            print(f"  cleaner {h['cleaner_pages_per_s']:.1f} pages/s, trafilatura {h['trafilatura_pages_per_s']:.1f} "
                  f"pages/s; ratio (total time) {h['ratio_median']:.2f}x median of {h['ratios']}, per-page median "
                  f"{h['per_page_ratio_median']:.2f}x; cleaner errors {h['cleaner_errors']}")
            print(f"  target <= 1.25x: {'MET' if h['ratio_median'] <= 1.25 else 'NOT MET'}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1), encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
