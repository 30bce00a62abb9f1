"""The warm-up of a fresh process, another revision against this tree's, processes alternating (run by hand).

What is timed is speed.py's warm-up: in a fresh ``python -c`` process, from before ``import cleaner`` to the end of
the first ``cleaner.clean()`` (and the import alone), CPU time; speed.py's two texts (a short article; a short bio
whose language langdetect decides) and a short HTML page. The other revision's ``src/cleaner`` is extracted with
``git archive`` into a temporary folder and put first on ``PYTHONPATH`` for its processes, this tree's ``src`` for
this tree's; in each round the two trees' processes run in turn (who goes first alternates), so that the machine's
load falls on both alike. This tree is also measured with its vocabulary cache turned off
(``CLEANER_NO_VOCAB_CACHE=1``, vocabcache.py): the cold start of a process that cannot keep it. Both trees' bytecode
is compiled before the first round and ``PYTHONDONTWRITEBYTECODE`` is dropped, as an installed package has its
bytecode (and this tree its vocabulary cache, written by the first process). Medians of ``--runs`` rounds.

    python benchmarks/warmup_ab.py --against e72132b --runs 9
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import _WARMUP_SCRIPT, WARMUP_TEXTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HTML = ("<html><head><title>Basil in winter</title></head><body><nav><a href='/'>Home</a> | <a href='/garden'>Garden"
        "</a></nav><article><h1>How to keep basil alive through the winter</h1><p>Basil thrives in July heat and sulks "
        "when nights drop below ten degrees, which in most northern states means the pot on the porch is doomed by "
        "early October. Bring it in before the first cold snap.</p><p>Share this article on <a href='https://facebook"
        ".com/x'>Facebook</a></p></article><footer>All rights reserved.</footer></body></html>")


def other_tree(revision: str) -> Path:
    archive = subprocess.run(["git", "archive", revision, "src/cleaner"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    directory = Path(tempfile.mkdtemp(prefix="warmup_ab-"))
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(directory)
    return directory / "src"


def run_once(src: Path, text: str, extra_env: dict[str, str]) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra_env, PYTHONPATH=str(src))
    done = subprocess.run([sys.executable, "-c", _WARMUP_SCRIPT, text, "cpu"], capture_output=True, text=True,
                          env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default="main", help="the other revision (default: main)")
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    trees = {args.against: (other_tree(args.against), {}), "this": (ROOT / "src", {}),
             "this, no vocabulary cache": (ROOT / "src", {"CLEANER_NO_VOCAB_CACHE": "1"})}
    for src, _ in trees.values():
        compileall.compile_dir(str(src / "cleaner"), quiet=1)
    texts = {**WARMUP_TEXTS, "short HTML page": HTML}
    samples = {name: {label: [] for label in ("import", *texts)} for name in trees}
    order = list(trees)
    for run in range(args.runs):
        for name in (order if run % 2 == 0 else order[::-1]):
            src, env = trees[name]
            for label, text in texts.items():
                figures = run_once(src, text, env)
                samples[name][label].append(figures["first_clean"])
                if label == next(iter(WARMUP_TEXTS)):
                    samples[name]["import"].append(figures["import"])
    print(f"CPU seconds, fresh processes, median of {args.runs} rounds (processes alternating):")
    labels = ["import", *texts]
    print("| revision | " + " | ".join(("import cleaner" if l == "import" else f"import + first clean(), {l}")
                                       for l in labels) + " |")
    print("| --- |" + " ---: |" * len(labels))
    for name in trees:
        print(f"| {name} | " + " | ".join(f"{statistics.median(samples[name][l]):.3f}" for l in labels) + " |")
    base = samples[args.against]
    for name in list(trees)[1:]:
        print(f"{name} / {args.against}: " + ", ".join(
            f"{l} {statistics.median(samples[name][l]) / statistics.median(base[l]):.2f}" for l in labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
