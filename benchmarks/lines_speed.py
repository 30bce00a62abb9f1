"""The cost of detectors/lines.py (``line_findings``) on the text path, against another revision of it (run by hand).

Text: speed.py's set (the gold bodies of ../shared/bench of 3-5 KB with inject_quality.py's boilerplate, cleaned as
text). Each text is cleaned once to record ``line_findings``' arguments; then, in one process, rounds interleave:
``line_findings`` of this tree and of ``--against`` (``git show REV:src/cleaner/detectors/lines.py``, loaded as a
module beside it) on the recorded arguments, and the whole clean with ``line_findings`` off, the other revision's and
this tree's. CPU time (``time.process_time``). The findings of the two revisions are compared first: they must be
equal (a speed-up keeps the output).

    python benchmarks/lines_speed.py --against main --rounds 5
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import cleaner
import cleaner.pipeline as pipeline
from cleaner.detectors import lines

sys.path.insert(0, str(Path(__file__).resolve().parent))
import detector_speed  # noqa: E402
import speed  # noqa: E402


def main(argv=None) -> int:
    args, docs = detector_speed.ab_arguments(__doc__, 3, argv)
    if docs is None:
        return 1
    other = detector_speed.load(args.against, "lines")
    calls = []
    real = pipeline.line_findings
    pipeline.line_findings = lambda *a: calls.append(a) or real(*a)
    engine = cleaner.Cleaner()
    for doc in docs:
        engine.clean(doc, format="text")
    pipeline.line_findings = real
    if any(other.line_findings(*a) != lines.line_findings(*a) for a in calls):
        print("the findings differ from the other revision's")
        return 1

    def findings_pass(module) -> float:
        started = time.process_time()
        for a in calls:
            module.line_findings(*a)
        return time.process_time() - started

    def clean_pass(function) -> float:
        pipeline.line_findings = function
        try:
            return speed.time_pass(lambda doc: engine.clean(doc, format="text"), docs)
        finally:
            pipeline.line_findings = real

    times: dict[str, list[float]] = {key: [] for key in ("lines other", "lines this", "clean off", "clean other",
                                                          "clean this")}
    for _ in range(args.rounds):
        times["lines other"].append(findings_pass(other))
        times["lines this"].append(findings_pass(lines))
        times["clean off"].append(clean_pass(lambda blocks, found, *rest: found))
        times["clean other"].append(clean_pass(other.line_findings))
        times["clean this"].append(clean_pass(lines.line_findings))
    print(f"{len(docs)} texts, {args.rounds} interleaved rounds, same findings as {args.against}; CPU seconds:")
    for key, values in times.items():
        print(f"  {key:12} " + " ".join(f"{v:.3f}" for v in values))

    def ratios(a: str, b: str) -> str:
        return " ".join(f"{y / x:.2f}" for x, y in zip(times[a], times[b]))

    print(f"line_findings this / {args.against}: {ratios('lines other', 'lines this')}")
    print(f"clean with line_findings / without: {args.against} {ratios('clean off', 'clean other')}, "
          f"this {ratios('clean off', 'clean this')}")
    print(f"clean this / {args.against}: {ratios('clean other', 'clean this')}")
    median = lambda values: sorted(values)[len(values) // 2]  # noqa: E731
    print("docs/s (median): " + ", ".join(f"{key} {len(docs) / median(times[key]):.0f}"
                                          for key in ("clean off", "clean other", "clean this")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
