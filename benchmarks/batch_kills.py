"""Long, random version of tests/test_batch_safety.py's kill tests: `cleaner batch` subprocesses whose workers are
SIGKILLed at random moments, and batches stopped by SIGTERM at a random moment then --resumed.

    python benchmarks/batch_kills.py                 # 100 rounds of each (about 15 minutes on 2 idle cores)
    python benchmarks/batch_kills.py --rounds 20 --write   # and rewrite the section of docs/reliability.md

Each kill round checks: the batch ends (no hang: 300 s guard), with status 0, every record in input order, the only
errors being "the worker process cleaning this record crashed (killed by SIGKILL)", and no worker left. Each SIGTERM
round checks: exit 143, no worker left, the partial output's lines whole, and that --resume gives the same bytes as
an uninterrupted run. Linux only (reads /proc). Uses its own generated records, no external data.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from _processes import alive, children_of  # noqa: E402  (the test suite's /proc helpers)
DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- batch_kills.py: begin -->", "<!-- batch_kills.py: end -->"
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
COMMAND = [sys.executable, "-m", "cleaner.cli", "batch", "--no-language"]
#: Seconds after which a batch counts as hung (--guard).
GUARD = 300.0


def records(count: int) -> bytes:
    body = "\n\n".join(f"Paragraph {k} of the article, a plain sentence or two of text that goes on for a while. "
                       f"Another sentence follows here." for k in range(30))
    return "".join(json.dumps({"id": i, "text": f"Paragraph number {i} of plain text.\n\n{body}"}) + "\n"
                   for i in range(count)).encode()


def none_left(pids: set[int], timeout: float = 15) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any(alive(pid) for pid in pids):
            return True
        time.sleep(0.05)
    return False


def kill_round(rng: random.Random, directory: Path, count: int, kills: int) -> dict:
    source, target = directory / "in.jsonl", directory / "out.jsonl"
    for stale in (target, Path(str(target) + ".partial")):
        stale.unlink(missing_ok=True)
    chunk = rng.choice([1, 2, 5, 16])
    jobs = rng.choice([2, 3])
    process = subprocess.Popen([*COMMAND, "-q", "--jobs", str(jobs), "--chunk-size", str(chunk), str(source), "-o",
                                str(target)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    hits, seen = 0, set()
    started = time.monotonic()
    hung = False
    try:
        while hits < kills and process.poll() is None:
            if time.monotonic() - started > GUARD:
                hung = True
                break
            workers = sorted(children_of(process.pid))
            seen.update(workers)
            if not workers:
                time.sleep(0.005)
                continue
            time.sleep(rng.uniform(0.0, 0.3))
            try:
                os.kill(rng.choice(workers), signal.SIGKILL)
                hits += 1
            except ProcessLookupError:
                pass
        try:
            _out, err = process.communicate(timeout=max(1.0, GUARD - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            hung = True
            process.kill()
            _out, err = process.communicate()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    seen.update(children_of(process.pid))
    problem = None
    errors = 0
    if hung:
        problem = "hung"
    elif process.returncode == 1 and b"died on 8 records in a row" in err:
        problem = None  # allowed: 8 kills in a row on lone records
    elif process.returncode != 0:  # (an older version may also stop with "died on N records in a row")
        problem = f"status {process.returncode}: {err.decode()[-300:]}"
    else:
        output = [json.loads(line) for line in target.read_text().splitlines()]
        errors = sum(1 for r in output if "error" in r)
        if [r["id"] for r in output] != list(range(count)):
            problem = "records missing or out of order"
        elif any("error" in r and not r["error"].startswith("the worker process cleaning this record crashed "
                                                            "(killed by SIGKILL)") for r in output):
            problem = "an unexpected error record"
    if not none_left(seen):
        problem = (problem or "") + " a worker survived"
    return {"problem": problem, "hits": hits, "seconds": time.monotonic() - started, "jobs": jobs, "chunk": chunk,
            "crashed_records": errors}


def term_round(rng: random.Random, directory: Path, count: int, expected: bytes) -> dict:
    source, target = directory / "in.jsonl", directory / "out.jsonl"
    partial = Path(str(target) + ".partial")
    for stale in (target, partial):
        stale.unlink(missing_ok=True)
    process = subprocess.Popen([*COMMAND, "-q", "--jobs", "2", str(source), "-o", str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV)
    started = time.monotonic()
    while not children_of(process.pid) and process.poll() is None and time.monotonic() - started < 120:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.0, 1.5))
    workers = children_of(process.pid)
    process.send_signal(signal.SIGTERM)
    try:
        process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.communicate()
        return {"problem": "did not stop within 60 s of SIGTERM", "kept": 0}
    problem = None
    if process.returncode not in (143, 0):  # 0: it finished before the signal
        problem = f"status {process.returncode}"
    if not none_left(workers):
        problem = (problem or "") + " a worker survived"
    kept = 0
    if partial.exists():
        data = partial.read_bytes()
        kept = data.count(b"\n")
        if data and not data.endswith(b"\n"):
            problem = (problem or "") + " a cut line in the partial output"
    done = subprocess.run([*COMMAND, "-q", "--resume", "--jobs", "2", str(source), "-o", str(target)],
                          capture_output=True, env=ENV, timeout=600)
    if done.returncode != 0 or target.read_bytes() != expected:
        problem = (problem or "") + f" resume: status {done.returncode}, output {'same' if target.exists() and target.read_bytes() == expected else 'different'}"
    return {"problem": problem, "kept": kept, "status": process.returncode}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--records", type=int, default=400)
    parser.add_argument("--kills", type=int, default=8, help="worker kills per round")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--write", action="store_true", help="rewrite the section of docs/reliability.md")
    parser.add_argument("--src", default=None, help="the cleaner package's source directory to test (default: this "
                        "checkout's src/; another one to compare, e.g. an older version)")
    parser.add_argument("--guard", type=float, default=300.0, help="seconds after which a batch counts as hung")
    parser.add_argument("--only", choices=("kills", "sigterm"), default=None, help="run one of the two tests")
    args = parser.parse_args()
    global GUARD
    GUARD = args.guard
    if args.src:
        ENV["PYTHONPATH"] = str(Path(args.src).resolve()) + os.pathsep + os.environ.get("PYTHONPATH", "")
    if not os.path.isdir("/proc/self/task"):
        print("batch_kills.py reads /proc: Linux only", file=sys.stderr)
        return 2
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        data = records(args.records)
        (directory / "in.jsonl").write_bytes(data)
        reference = subprocess.run([*COMMAND, "-q", "--jobs", "1", str(directory / "in.jsonl")], capture_output=True,
                                   env=ENV, check=True).stdout
        kills = [kill_round(rng, directory, args.records, args.kills)
                 for _ in range(args.rounds if args.only != "sigterm" else 0)]
        for number, result in enumerate(kills, 1):
            if result["problem"]:
                print(f"kill round {number}: {result}", file=sys.stderr)
        terms = [term_round(rng, directory, args.records, reference)
                 for _ in range(args.rounds if args.only != "kills" else 0)]
        for number, result in enumerate(terms, 1):
            if result["problem"]:
                print(f"SIGTERM round {number}: {result}", file=sys.stderr)
    kill_problems = sum(1 for r in kills if r["problem"])
    term_problems = sum(1 for r in terms if r["problem"])
    hits = sum(r["hits"] for r in kills)
    crashed = sum(r["crashed_records"] for r in kills)
    stopped = sum(1 for r in terms if r.get("status") == 143)
    load = os.getloadavg()[0]
    hangs = sum(1 for r in kills if r["problem"] and "hung" in r["problem"])
    text = (f"Measured by `benchmarks/batch_kills.py --rounds {args.rounds}` (CPython {sys.version.split()[0]}, "
            f"{os.cpu_count()} cores, 1-minute load {load:.1f} at the end; {args.records} generated records a batch"
            f"{'; source ' + args.src if args.src else ''}):\n\n"
            f"| test | rounds | failures | detail |\n| --- | ---: | ---: | --- |\n")
    if kills:
        text += (f"| SIGKILL of random workers at random moments (`--jobs` 2-3, `--chunk-size` 1-16, {args.kills} "
                 f"kills a round) | {len(kills)} | {kill_problems} | {hits} workers killed; {hangs} hung (no end "
                 f"in {GUARD:g} s); {crashed} records reported crashed |\n")
    if terms:
        text += (f"| SIGTERM at a random moment, then `--resume` | {len(terms)} | {term_problems} | {stopped} "
                 f"stopped with 143 (the others had finished); resumed output byte-identical to an uninterrupted "
                 f"run |\n")
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        if BEGIN in doc:
            doc = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), f"{BEGIN}\n{text}{END}", doc, flags=re.S)
            DOC.write_text(doc, encoding="utf-8")
        else:
            print(f"{DOC}: no {BEGIN} section to rewrite", file=sys.stderr)
    return 1 if kill_problems or term_problems else 0


if __name__ == "__main__":
    sys.exit(main())
