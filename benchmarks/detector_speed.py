"""The cost of the document-shape passes on the text path (structure_findings with the bios, line_findings,
navigation_findings) against another revision of their modules (run by hand).

Text: speed.py's set (the gold bodies of ../shared/bench of 3-5 KB with inject_quality.py's boilerplate, cleaned as
text, no language detection). Each text is cleaned once to record the three passes' arguments; the other
revision's detectors/structure.py, bios.py, lines.py and nav_shape.py (``git show REV:...``) are loaded as modules
beside this tree's, and their outputs on the recorded arguments compared first: they must be equal (a speed-up
keeps the output). Then, in one process, rounds interleave each pass of the other revision and of this tree on the
recorded arguments, and the whole clean with the other revision's three passes and with this tree's. CPU time
(``time.process_time``).

    python benchmarks/detector_speed.py --against main --rounds 5
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import cleaner
import cleaner.pipeline as pipeline
from cleaner.detectors import lines, nav_shape, structure

sys.path.insert(0, str(Path(__file__).resolve().parent))
import speed  # noqa: E402
from metric import require_shared  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PASSES = {"structure_findings": "structure", "line_findings": "lines", "navigation_findings": "nav_shape"}


def load(revision: str, name: str, replace: dict[str, str] | None = None):
    """``detectors/<name>.py`` of ``revision`` as the module ``cleaner.detectors.<name>_other``."""
    source = subprocess.run(["git", "show", f"{revision}:src/cleaner/detectors/{name}.py"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout
    for old, new in (replace or {}).items():
        source = source.replace(old, new)
    path = Path(tempfile.mkdtemp()) / f"{name}_other.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"cleaner.detectors.{name}_other", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ab_arguments(doc: str, rounds: int, argv=None, extra=None):
    """The A/B benchmarks' command line (``--against``, ``--rounds``; ``extra(parser)`` adds more) and speed.py's
    texts: (arguments, texts), or (arguments, None) after saying why when there are none. Exits, saying so, when
    ../shared/bench is missing."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="main", help="the revision to compare with (default: main)")
    parser.add_argument("--rounds", type=int, default=rounds)
    if extra is not None:
        extra(parser)
    args = parser.parse_args(argv)
    root = require_shared("bench")  # (says so and exits when ../shared/bench is missing)
    docs = speed.text_docs(root)
    if not docs:
        print(f"no bench texts of 3-5 KB under {root}: nothing measured")
        return args, None
    return args, docs


def main(argv=None) -> int:
    args, docs = ab_arguments(__doc__, 5, argv)
    if docs is None:
        return 1
    load(args.against, "bios")
    other = {"structure": load(args.against, "structure", {"from .bios import": "from .bios_other import"}),
             "lines": load(args.against, "lines"), "nav_shape": load(args.against, "nav_shape")}
    this = {"structure": structure, "lines": lines, "nav_shape": nav_shape}
    calls: dict[str, list] = {name: [] for name in PASSES}
    real = {name: getattr(pipeline, name) for name in PASSES}
    for name in PASSES:
        setattr(pipeline, name, lambda *a, _name=name: calls[_name].append(a) or real[_name](*a))
    engine = cleaner.Cleaner(detect_language=False)
    for doc in docs:
        engine.clean(doc, format="text")
    for name, module in PASSES.items():
        setattr(pipeline, name, real[name])
        if any(getattr(other[module], name)(*a) != getattr(this[module], name)(*a) for a in calls[name]):
            print(f"{name}: the findings differ from {args.against}'s")
            return 1

    def findings_pass(function, recorded) -> float:
        started = time.process_time()
        for a in recorded:
            function(*a)
        return time.process_time() - started

    def clean_pass(modules) -> float:
        for name, module in PASSES.items():
            setattr(pipeline, name, getattr(modules[module], name))
        try:
            return speed.time_pass(lambda doc: engine.clean(doc, format="text"), docs)
        finally:
            for name in PASSES:
                setattr(pipeline, name, real[name])

    times: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for name, module in PASSES.items():
            times.setdefault(f"{name} other", []).append(findings_pass(getattr(other[module], name), calls[name]))
            times.setdefault(f"{name} this", []).append(findings_pass(getattr(this[module], name), calls[name]))
        times.setdefault("clean other", []).append(clean_pass(other))
        times.setdefault("clean this", []).append(clean_pass(this))
    median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    print(f"{len(docs)} texts, {args.rounds} interleaved rounds, same findings as {args.against}; "
          f"CPU µs a document (median), this / {args.against} (median of the rounds' ratios):")
    for key in [*PASSES, "clean"]:
        before, after = times[f"{key} other"], times[f"{key} this"]
        ratio = median([b / a for a, b in zip(before, after)])
        print(f"  {key:22} {median(before) / len(docs) * 1e6:8.1f} -> {median(after) / len(docs) * 1e6:8.1f}  "
              f"{ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
