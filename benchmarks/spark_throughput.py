"""Spark local[N] (cleaner.integrations.spark.clean_dataframe) against `cleaner batch --jobs N` on the same records,
and the Arrow batch-size curve (docs/engines.md, "Measured").

    python benchmarks/spark_throughput.py                    # 2,000 HTML records, 2 rounds, curve on 600 records
    python benchmarks/spark_throughput.py --records 500 --rounds 1 --curve-records 200 --sizes 8,64

What it runs:
- the input: HTML pages of ../shared/bench, round-robin over its sets (as benchmarks/batch_throughput.py), cycled to
  --records, written once as JSONL (for `cleaner batch`) and once as Parquet (for Spark);
- `python -m cleaner.cli batch IN.jsonl -o OUT.jsonl --jobs N -q` (a subprocess: interpreter start-up and worker
  start-up included) and, in the same Spark session each time, `spark.read.parquet(IN)` ->
  `clean_dataframe(df, "html", url_column="url")` -> `.write.parquet(OUT)` (the JVM is started once, before the
  timed runs: its start-up is reported apart). The two are interleaved, round after round, so that the load other
  processes put on the machine falls on both alike; the ratio is taken within each round;
- the batch-size curve: `spark.sql.execution.arrow.maxRecordsPerBatch` (and clean_dataframe's batch_size) at each
  of --sizes, on --curve-records records: docs/s and the peak RSS of the Python worker processes and of the JVM.

Reads ../shared/bench/*.jsonl.gz; when ../shared is missing it says so and exits 0. Needs pyspark, pandas, pyarrow
and Java.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import batch_throughput  # noqa: E402
from batch_throughput import busy_cpu_seconds, cores, cpu_model, load  # noqa: E402


def _tree(pid: int) -> list[int]:
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                try:
                    stack += [int(c) for c in Path(f"/proc/{current}/task/{task}/children").read_text().split()]
                except OSError:
                    pass
        except OSError:
            pass
    return found


def _rss_and_name(pid: int) -> tuple[int, str]:
    try:
        rss = 0
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])
        return rss, Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return 0, ""


class PeakSampler:
    """Peak RSS (MiB) of this process tree's Python workers (pyspark daemon / worker processes, summed) and JVM."""

    def __init__(self):
        self.python = self.java = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self):
        while not self._stop.is_set():
            python = java = 0
            for pid in _tree(os.getpid())[1:]:
                rss, command = _rss_and_name(pid)
                if "java" in command.split(" ")[0]:
                    java += rss
                elif "pyspark" in command or "python" in command.split(" ")[0]:
                    python += rss
            self.python, self.java = max(self.python, python), max(self.java, java)
            time.sleep(0.1)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def run_cli(source: Path, out: Path, jobs: int, records: int) -> dict:
    before = busy_cpu_seconds()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "cleaner.cli", "batch", str(source), "-o", str(out), "--jobs", str(jobs),
                    "-q"], check=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "docs_s": records / seconds, "machine_cpu_s": busy_cpu_seconds() - before}


def run_spark(spark, source: Path, out: Path, records: int, batch_size: int | None = None) -> dict:
    from cleaner.integrations.spark import clean_dataframe

    if batch_size is not None:
        spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(batch_size))
    shutil.rmtree(out, ignore_errors=True)
    before = busy_cpu_seconds()
    started = time.perf_counter()
    with PeakSampler() as peak:
        df = spark.read.parquet(str(source))
        kwargs = {"batch_size": batch_size} if batch_size is not None else {}
        clean_dataframe(df, "html", url_column="url", **kwargs).write.mode("overwrite").parquet(str(out))
    seconds = time.perf_counter() - started
    errors = spark.read.parquet(str(out)).where("cleaned.error is not null").count()
    return {"seconds": seconds, "docs_s": records / seconds, "machine_cpu_s": busy_cpu_seconds() - before,
            "errors": errors, "peak_python_mib": peak.python / 1024, "peak_java_mib": peak.java / 1024}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--curve-records", type=int, default=600)
    parser.add_argument("--sizes", default="4,16,64,256,1024")
    parser.add_argument("--json", default=None, help="also write the figures as JSON to this path")
    parser.add_argument("--partition-mib", type=float, default=2.0,
                        help="spark.sql.files.maxPartitionBytes in MiB (default 2: many small tasks, no idle core at "
                             "the end; a large value lets the batch size, not the task size, bound the batches)")
    parser.add_argument("--bench", default=str(batch_throughput.BENCH),
                        help="the benchmark pages' directory (default: ../shared/bench)")
    args = parser.parse_args()
    BENCH = batch_throughput.BENCH = Path(args.bench)
    if not BENCH.exists():
        print(f"benchmarks/spark_throughput.py: {BENCH} is missing (the shared benchmark data): nothing measured")
        return 0
    import pyarrow as pa
    import pyarrow.parquet as pq
    from pyspark.sql import SparkSession

    pages, _texts = load(10 ** 9)
    records = list(itertools.islice(itertools.cycle(pages), args.records))
    for number, record in enumerate(records):
        record["id"] = f"{number}:{record['id']}"
    work = Path(tempfile.mkdtemp(prefix="spark-bench-"))
    try:
        jsonl, parquet = work / "in.jsonl", work / "in.parquet"
        with open(jsonl, "w", encoding="utf-8") as stream:
            for record in records:
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        pq.write_table(pa.Table.from_pylist(records), parquet, row_group_size=64)
        curve_in = work / "curve.parquet"
        pq.write_table(pa.Table.from_pylist(records[:args.curve_records]), curve_in, row_group_size=64)
        mib = jsonl.stat().st_size / 2 ** 20
        print(f"{len(records)} HTML records ({len(pages)} distinct pages of {BENCH}), {mib:.1f} MiB; "
              f"{cores()} cores ({cpu_model()}); load average {os.getloadavg()[0]:.2f}")

        started = time.perf_counter()
        os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p)
        spark = (SparkSession.builder.master(f"local[{args.jobs}]").appName("cleaner-bench")
                 .config("spark.ui.enabled", "false").config("spark.driver.memory", "2g")
                 .config("spark.sql.files.maxPartitionBytes", str(int(args.partition_mib * 2 ** 20)))
                 .getOrCreate())
        spark.sparkContext.setLogLevel("ERROR")
        spark.range(1).count()
        print(f"spark.sql.files.maxPartitionBytes {args.partition_mib:g} MiB")
        print(f"Spark session start-up: {time.perf_counter() - started:.1f} s (not in the figures below)")
        # warm the Python workers once (imports, Cleaner), as a long job would have them
        run_spark(spark, curve_in, work / "warm", args.curve_records)

        results = {"records": len(records), "mib": mib, "rounds": [], "curve": []}
        for number in range(args.rounds):
            cli = run_cli(jsonl, work / "out.jsonl", args.jobs, len(records))
            sparked = run_spark(spark, parquet, work / "out.parquet", len(records))
            ratio = sparked["docs_s"] / cli["docs_s"]
            results["rounds"].append({"cli": cli, "spark": sparked, "ratio": ratio})
            print(f"round {number + 1}: cleaner batch --jobs {args.jobs} {cli['docs_s']:.1f} docs/s "
                  f"({cli['seconds']:.1f} s); Spark local[{args.jobs}] {sparked['docs_s']:.1f} docs/s "
                  f"({sparked['seconds']:.1f} s, {sparked['errors']} error rows); ratio {ratio:.2f}")
        for size in [int(value) for value in args.sizes.split(",") if value]:
            figures = run_spark(spark, curve_in, work / "curve-out", args.curve_records, batch_size=size)
            figures["batch_size"] = size
            results["curve"].append(figures)
            print(f"maxRecordsPerBatch {size:>5}: {figures['docs_s']:.1f} docs/s, peak RSS of the Python workers "
                  f"{figures['peak_python_mib']:.0f} MiB, JVM {figures['peak_java_mib']:.0f} MiB")
        spark.stop()
        if args.json:
            Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
