"""Time of the big hostile inputs (fixtures/hostile/big_inputs.py) against the bounded-cost target: each cleans in
well under 5 s (run by hand, machine otherwise idle; needs nothing from ../shared).

For each input: its size, the best of ``--runs`` wall-clock times and the CPU time of that run (CPU time is what a
loaded machine does not inflate). ``--write`` puts the table into docs/reliability.md between its markers.

    python benchmarks/big_inputs.py
    python benchmarks/big_inputs.py --runs 3 --write
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import sys
import time
from pathlib import Path

import cleaner

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 5.0
DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- big_inputs.py: begin -->", "<!-- big_inputs.py: end -->"

_spec = importlib.util.spec_from_file_location("big_inputs", ROOT / "fixtures" / "hostile" / "big_inputs.py")
big_inputs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(big_inputs)


def measure(runs: int, only: str = "") -> list[tuple[str, float, float, float]]:
    rows = []
    for name, make in big_inputs.BIG_INPUTS.items():
        if only and only not in name:
            continue
        fmt, document = make()
        size = len(document.encode("utf-8")) / 1e6
        best = None
        for _ in range(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            cleaner.clean(document, format=fmt)
            timing = (time.perf_counter() - wall, time.process_time() - cpu)
            best = timing if best is None or timing[0] < best[0] else best
        rows.append((name, size, *best))
        print(f"{name:45} {size:5.2f} MB  {best[0]:6.2f} s  (CPU {best[1]:.2f} s)", file=sys.stderr)
    return rows


def table(rows, runs: int) -> str:
    lines = [f"Measured by `benchmarks/big_inputs.py` ({platform.python_implementation()} "
             f"{platform.python_version()}, best of {runs}); target: each well under {TARGET_SECONDS:.0f} s.", "",
             "| input | size | time | CPU time | under 5 s |", "| --- | ---: | ---: | ---: | --- |"]
    for name, size, wall, cpu in rows:
        lines.append(f"| {name} | {size:.2f} MB | {wall:.2f} s | {cpu:.2f} s | {'yes' if wall < TARGET_SECONDS else 'NO'} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--write", action="store_true", help=f"replace the table in {DOC.relative_to(ROOT)}")
    parser.add_argument("--only", default="", help="only the inputs whose name holds this (not with --write)")
    args = parser.parse_args(argv)
    if args.only and args.write:
        parser.error("--write rewrites the whole table: run every input")
    rows = measure(args.runs, args.only)
    text = table(rows, args.runs)
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        if BEGIN not in doc or END not in doc:
            print(f"{DOC}: markers {BEGIN} / {END} not found", file=sys.stderr)
            return 1
        head, rest = doc.split(BEGIN, 1)
        DOC.write_text(f"{head}{BEGIN}\n{text}\n{END}{rest.split(END, 1)[1]}", encoding="utf-8")
    return 0 if all(wall < TARGET_SECONDS for _, _, wall, _ in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
