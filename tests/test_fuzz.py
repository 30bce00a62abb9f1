"""Fuzzing ``cleaner.clean`` (fuzz/fuzz_clean.py): a short atheris run in a scratch corpus seeded with
fixtures/hostile/, and the same checks on inputs hypothesis generates (random bytes, mutated hostile files).

The longer run is documented in fuzz/fuzz_clean.py and docs/reliability.md.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import _documents  # noqa: F401  (the hypothesis profiles: "ci" by default, HYPOTHESIS_PROFILE=long)

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fuzz" / "fuzz_clean.py"
HOSTILE = ROOT / "fixtures" / "hostile"
SEEDS = sorted(p.read_bytes() for p in HOSTILE.iterdir() if p.suffix not in (".py", ".json"))

_spec = importlib.util.spec_from_file_location("fuzz_clean", TARGET)
fuzz_clean = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz_clean)


@given(st.binary(max_size=4096))
def test_fuzz_checks_hold_on_random_bytes(data):
    fuzz_clean.check_one(data)


@st.composite
def mutated_seeds(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "repeat"]))
        if operation == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif operation == "truncate":
            del data[at:]
        else:
            data[at:at] = data[at:at + 64] * draw(st.integers(1, 20))
    return bytes([draw(st.integers(0, 255))]) + bytes(data)


@given(mutated_seeds())
def test_fuzz_checks_hold_on_mutated_hostile_files(data):
    fuzz_clean.check_one(data)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris is not installed")
def test_short_atheris_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # A fixed seed and a fixed number of runs: the same inputs on every test run (a time limit would make the
    # run depend on the machine's speed). The random, longer search is run by hand (fuzz/fuzz_clean.py).
    runs = os.environ.get("CLEANER_FUZZ_RUNS", "600")
    done = subprocess.run(
        [sys.executable, str(TARGET), str(corpus), str(HOSTILE), "-seed=1", f"-runs={runs}", "-timeout=30",
         "-rss_limit_mb=3072", f"-artifact_prefix={tmp_path}/", "-print_final_stats=1"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    report = done.stderr[-4000:]
    crashes = [p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-", "slow-"))]
    if crashes:  # keep the failing inputs where a developer finds them (fuzz/artifacts/ is not committed)
        artifacts = ROOT / "fuzz" / "artifacts"
        artifacts.mkdir(exist_ok=True)
        for name in crashes:
            shutil.copy(tmp_path / name, artifacts / name)
    assert done.returncode == 0 and not crashes, f"fuzz failure {crashes}: {report}"
    assert "Done" in report and "stat::number_of_executed_units" in report
