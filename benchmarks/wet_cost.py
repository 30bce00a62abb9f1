"""What a revision's text path costs on WET-style pages, against another's: separate processes, alternated (run by hand).

A page of a WET-style corpus is one block of many lines (``cleaner.sites.html_lines`` of the page's HTML, lines joined
by one newline), which bench bodies of 3-5 KB (speed.py, text_ab.py) rarely are: a mechanism that works line by line
inside a block costs little there and much here (stop 26: a second level measured at +1.6 % on bench bodies cost
+20 % on these pages). Time every text mechanism on both before it lands.

    python benchmarks/wet_cost.py --against 7ea9ddd [--pages 200] [--rounds 3] [--processes 2]

Each revision's ``src`` (``git archive REV src``; this tree's own ``src`` for the other side) is imported in a
process of its own; the processes alternate (other, this, other, this ...). Each process cleans the pages once to
warm up, then ``--rounds`` times; CPU time (``time.process_time``) per round is printed and the ratio of the medians
(this / other: above 1 when this tree is slower). Outputs are not compared: this measures a change of behaviour's
cost too. Exits 0 with a message when ../shared is missing.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLEANER_SHARED", ROOT.parent / "shared"))


def child(src: str, pages: int, rounds: int) -> None:
    sys.path.insert(0, src)
    import cleaner
    from cleaner.sites import html_lines

    path = SHARED / "bench" / "wcxb_dev.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        records = [json.loads(line) for _, line in zip(range(pages), handle)]
    texts = ["\n".join(html_lines(record["html"])) for record in records]
    engine = cleaner.Cleaner()
    for text in texts:
        engine.clean(text, format="text")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            engine.clean(text, format="text")
        print(time.process_time() - started)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", default="main", help="the other revision (git archive)")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--processes", type=int, default=2, help="processes a side, alternated")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.pages, args.rounds)
        return 0
    if not (SHARED / "bench" / "wcxb_dev.jsonl.gz").exists():
        print(f"../shared/bench/wcxb_dev.jsonl.gz not found under {SHARED}: nothing measured (set CLEANER_SHARED)")
        return 0
    with tempfile.TemporaryDirectory() as other:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against, "src"], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(other)
        sides = {args.against: str(Path(other) / "src"), "this": str(ROOT / "src")}
        times: dict[str, list[float]] = {name: [] for name in sides}
        for _ in range(args.processes):
            for name, src in sides.items():
                out = subprocess.run([sys.executable, __file__, "--child", src, "--pages", str(args.pages),
                                      "--rounds", str(args.rounds)], check=True, capture_output=True, text=True)
                times[name].extend(float(line) for line in out.stdout.split())
    print(f"wcxb_dev's first {args.pages} pages as WET lines, {args.processes} processes x {args.rounds} rounds a side, "
          f"CPU s a round:")
    for name, values in times.items():
        print(f"  {name}: {', '.join(f'{v:.2f}' for v in values)} (median {statistics.median(values):.2f})")
    ratio = statistics.median(times["this"]) / statistics.median(times[args.against])
    print(f"this / {args.against}: {ratio:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
