"""`cleaner batch` safety (issue 10): strict JSON; workers killed at any moment; SIGTERM / SIGINT / SIGKILL of the
batch; the output never written over the input, written beside its final name and renamed at the end; --resume;
--max-errors and a batch in which every record failed; progress counting finished records.

The long, random versions of the kill tests are benchmarks/batch_kills.py (docs/reliability.md)."""

from __future__ import annotations

import gzip
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleaner import batch, batchio, cli
from cleaner.batch import BatchOptions, run_batch
from cleaner.options import Options

from _processes import alive, children_of

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MIXED = FIXTURES / "batch" / "mixed.jsonl"
FORK = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
needs_fork = pytest.mark.skipif(FORK is None, reason="needs the fork start method (monkeypatches reach the workers)")
needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc (Linux)")
COMMAND = [sys.executable, "-m", "cleaner", "batch"]


def run(data: bytes, options: BatchOptions = BatchOptions(), **kwargs) -> tuple[list[dict], bytes, batch.BatchStats]:
    out = io.BytesIO()
    stats = run_batch(io.BytesIO(data), out, options, **kwargs)
    raw = out.getvalue()
    return [json.loads(line) for line in raw.splitlines()], raw, stats


def slow_records(count: int, start: int = 0) -> bytes:
    """Records of 30 paragraphs each: a few ms each to clean, so a batch of hundreds runs long enough to be hit."""
    body = "\n\n".join(f"Paragraph {k} of the article, a plain sentence or two of text that goes on for a while. "
                       f"Another sentence follows here." for k in range(30))
    return "".join(json.dumps({"id": i, "text": f"Paragraph number {i} of plain text.\n\n{body}"}) + "\n"
                   for i in range(start, start + count)).encode()


def strict_loads(line: bytes):
    def refuse(name):
        raise ValueError(f"not strict JSON: {name}")

    return json.loads(line, parse_constant=refuse)


def test_nan_and_infinity_in_records_are_written_as_null_strict_json():
    lines = [b'{"id": 1, "score": NaN, "text": "A plain paragraph of text, long enough to keep.", '
             b'"meta": {"w": [Infinity, -Infinity, 1.5, 1e999]}}',
             b'{"id": 2, "score": NaN}']  # an error record keeps its fields: strict too
    records, raw, stats = run(b"\n".join(lines) + b"\n", jobs=1)
    parsed = [strict_loads(line) for line in raw.splitlines()]
    assert parsed == records and stats.errors == 1
    assert records[0]["score"] is None and records[0]["meta"] == {"w": [None, None, 1.5, None]}
    assert records[0]["cleaned"]["text"].startswith("A plain paragraph")
    assert records[1]["score"] is None and records[1]["error"].startswith("the record has neither")
    assert batch.dumps_line({"a": float("nan"), "b": "\ud800"}) == b'{"a": null, "b": "\\ud800"}\n'


# -- worker deaths at any moment ---------------------------------------------------------------------------------------
def _half_answer_worker(conn, options, parent_pid):
    """A worker that, on a chunk holding HALF, dies in the middle of sending its answer: the header of a 1 MB message
    and a few of its bytes, then nothing (the case that hung the old pool: the parent blocked on the result pipe)."""
    import struct

    batch._init_worker(options, parent_pid)
    conn.send(batch._READY)
    while True:
        items = conn.recv()
        if items is None:
            return
        if any(b"HALF" in item[1] for item in items):
            os.write(conn.fileno(), struct.pack("!i", 1 << 20) + b"\x80\x04partial")
            os._exit(9)
        conn.send(batch._process_chunk(items))


@needs_fork
def test_a_worker_dying_in_the_middle_of_its_answer_never_hangs_the_batch(monkeypatch):
    monkeypatch.setattr(batch, "_worker_main", _half_answer_worker)
    lines = [json.dumps({"id": i, "text": f"Paragraph number {i} of plain text. {'HALF' if i == 7 else ''}"})
             for i in range(20)]
    started = time.monotonic()
    records, _raw, stats = run(("\n".join(lines) + "\n").encode(), jobs=2, chunk_size=4, mp_context=FORK)
    assert time.monotonic() - started < 120
    assert [r["id"] for r in records] == list(range(20))
    failed = {r["id"]: r["error"] for r in records if "error" in r}
    assert list(failed) == [7] and failed[7] == "the worker process cleaning this record crashed (exit status 9)"
    assert stats.worker_restarts == 2  # the chunk's worker, then the record's alone


def kill_workers_at_random(records: int, kills: int, seed: int, tmp_path: Path, *, jobs: int = 2,
                           timeout: float = 240) -> tuple[subprocess.CompletedProcess, list[dict], int]:
    """Run `cleaner batch` in a subprocess and SIGKILL one of its workers at random moments, ``kills`` times.
    Returns the finished process, the output records and the number of kills that hit a worker."""
    import random

    rng = random.Random(seed)
    source = tmp_path / f"in-{seed}.jsonl"
    target = tmp_path / f"out-{seed}.jsonl"
    source.write_bytes(slow_records(records))
    process = subprocess.Popen([sys.executable, "-m", "cleaner", "batch", "-q", "--no-language", "--jobs", str(jobs),
                                "--chunk-size", str(rng.choice([1, 3, 8])), str(source), "-o", str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    hits = 0
    try:
        deadline = time.monotonic() + timeout
        while hits < kills and process.poll() is None and time.monotonic() < deadline:
            workers = sorted(children_of(process.pid))
            if not workers:
                time.sleep(0.01)
                continue
            time.sleep(rng.uniform(0.0, 0.25))
            if workers:
                try:
                    os.kill(rng.choice(workers), signal.SIGKILL)
                    hits += 1
                except ProcessLookupError:
                    pass
        out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    output = [json.loads(line) for line in target.read_text().splitlines()] if target.exists() else []
    return done, output, hits


def check_random_kills(done: subprocess.CompletedProcess, output: list[dict], records: int) -> None:
    assert done.returncode in (0, 1), done.stderr.decode()[-2000:]
    if done.returncode == 1:  # only the stop after 8 records in a row whose worker died is allowed to fail
        assert b"died on 8 records in a row" in done.stderr, done.stderr.decode()[-2000:]
        return
    assert [r["id"] for r in output] == list(range(records))
    for record in output:
        if "error" in record:
            assert record["error"].startswith("the worker process cleaning this record crashed (killed by SIGKILL)")
        else:
            assert record["cleaned"]["text"].startswith(f"Paragraph number {record['id']} ")


@needs_proc
@pytest.mark.parametrize("seed", [1, 2])
def test_workers_killed_at_random_moments_never_hang_or_lose_a_record(tmp_path, seed):
    done, output, hits = kill_workers_at_random(300, 6, seed, tmp_path)
    check_random_kills(done, output, 300)
    assert hits >= 1


# -- the output is never the input ---------------------------------------------------------------------------------
@pytest.mark.parametrize("how", ["same", "symlink", "hardlink"])
def test_output_that_is_the_input_is_refused_and_the_input_untouched(tmp_path, how):
    source = tmp_path / "in.jsonl"
    source.write_bytes(MIXED.read_bytes())
    target = {"same": source, "symlink": tmp_path / "link.jsonl", "hardlink": tmp_path / "hard.jsonl"}[how]
    if how == "symlink":
        target.symlink_to(source)
    elif how == "hardlink":
        os.link(source, target)
    done = subprocess.run([*COMMAND, str(source), "-o", str(target)], capture_output=True, timeout=120)
    assert done.returncode == 2 and done.stdout == b""
    assert b"is the input" in done.stderr and b"(the same file)" in done.stderr
    assert source.read_bytes() == MIXED.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")) == []


def test_stdout_appending_to_the_input_is_refused(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(MIXED.read_bytes())
    with open(source, "ab") as same:  # cleaner batch in.jsonl >> in.jsonl: would read its own output for ever
        done = subprocess.run([*COMMAND, str(source)], stdout=same, stderr=subprocess.PIPE, timeout=120)
    assert done.returncode == 2 and b"stdout is the input file" in done.stderr
    assert source.read_bytes() == MIXED.read_bytes()


def test_output_is_written_beside_and_renamed_at_the_end(tmp_path, monkeypatch, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(MIXED.read_bytes())
    target = tmp_path / "out.jsonl"
    target.write_text("the previous output\n")
    seen = []
    real = batchio.JsonlWriter.write

    def watch(self, line):
        seen.append((target.read_text(), (tmp_path / "out.jsonl.partial").exists()))
        return real(self, line)

    monkeypatch.setattr(batchio.JsonlWriter, "write", watch)
    assert cli.main(["batch", "-q", "--jobs", "1", str(source), "-o", str(target)]) == 0
    # while the batch ran, the final name kept the previous output and the lines went to OUT.partial
    assert seen and all(old == "the previous output\n" and partial for old, partial in seen)
    assert target.read_bytes() == run(MIXED.read_bytes(), jobs=1)[1]
    assert not (tmp_path / "out.jsonl.partial").exists()


# -- signals ---------------------------------------------------------------------------------------------------------
def wait_for(condition, timeout: float = 120) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


@needs_proc
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_sigterm_and_sigint_stop_cleanly_and_resume_finishes_the_same_output(tmp_path, signum):
    data = slow_records(400)
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    target = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    process = subprocess.Popen([*COMMAND, "--jobs", "2", "--no-language", str(source), "-o", str(target)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert wait_for(lambda: partial.exists() and partial.stat().st_size > 0 and children_of(process.pid))
        workers = children_of(process.pid)
        process.send_signal(signum)
        out, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 128 + signum, err.decode()[-2000:]
    text = err.decode()
    assert f"stopped: interrupted by {signal.Signals(signum).name}" in text and "cleaner batch:" in text  # summary
    assert "--resume" in text and out == b""
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 10), "a worker survived"
    assert not target.exists()  # the final name never holds half a batch
    written = partial.read_bytes()
    assert written.endswith(b"\n") and 0 < written.count(b"\n") < 400  # every finished line, whole
    records = [json.loads(line) for line in written.splitlines()]
    assert [r["id"] for r in records] == list(range(len(records)))
    done = subprocess.run([*COMMAND, "--resume", "--jobs", "2", "--no-language", str(source), "-o", str(target)],
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    assert f"resuming {partial}: {len(records):,} records already written".encode() in done.stderr
    expected = run(data, BatchOptions(cleaner=Options(detect_language=False)), jobs=1)[1]
    assert target.read_bytes() == expected and not partial.exists()


@needs_proc
def test_workers_end_when_the_batch_is_killed(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(slow_records(400))
    process = subprocess.Popen([*COMMAND, "-q", "--jobs", "2", "--no-language", str(source), "-o",
                                str(tmp_path / "out.jsonl")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: len(children_of(process.pid)) == 2)
        workers = children_of(process.pid)
        time.sleep(0.3)
        process.kill()  # SIGKILL: no handler runs in the batch process
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
    assert wait_for(lambda: not any(alive(pid) for pid in workers), 15), "a worker outlived its batch"


def test_parent_watchdog_sees_the_batch_process_go():
    # The fallback where the kernel does not end the worker (no PR_SET_PDEATHSIG: not Linux, or a fork server)
    assert batch._parent_alive(os.getppid(), True) and batch._parent_alive(os.getpid(), False)
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not batch._parent_alive(child.pid, False) and not batch._parent_alive(child.pid, True)


# -- --resume -----------------------------------------------------------------------------------------------------------
def partial_of(data: bytes, lines: int, cut: int = 0) -> bytes:
    """The first ``lines`` output lines of a batch of ``data``, and ``cut`` bytes of the next (an interrupted write)."""
    full = run(data, jobs=1)[1].splitlines(keepends=True)
    return b"".join(full[:lines]) + full[lines][:cut]


@pytest.mark.parametrize("compressed", [False, True])
def test_resume_keeps_complete_lines_redoes_a_cut_one_and_gives_the_same_output(tmp_path, capsys, compressed):
    data = MIXED.read_bytes() * 2
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    target = tmp_path / ("out.jsonl.gz" if compressed else "out.jsonl")
    partial = Path(str(target) + ".partial")
    head = partial_of(data, 9, cut=25)
    if compressed:
        whole = gzip.compress(head, mtime=0)
        partial.write_bytes(whole[: len(whole) - 30])  # a gzip stream cut short, as by SIGKILL
        kept = batchio.scan_partial(str(partial), compressed=True).lines  # what the cut stream still gives
        assert 0 < kept <= 9
    else:
        partial.write_bytes(head)
        kept = 9
    status = cli.main(["batch", "--resume", "--jobs", "1", "--stats", str(tmp_path / "s.json"), str(source), "-o",
                       str(target)])
    err = capsys.readouterr().err
    assert status == 0, err
    assert f"{kept:,} records already written, going on from input line {kept + 1}" in err
    expected = run(data, jobs=1)[1]
    got = gzip.decompress(target.read_bytes()) if compressed else target.read_bytes()
    assert got == expected and not partial.exists()
    if compressed:  # the same bytes as a run that was never interrupted
        assert cli.main(["batch", "-q", "--jobs", "1", str(source), "-o", str(tmp_path / "whole.jsonl.gz")]) == 0
        assert target.read_bytes() == (tmp_path / "whole.jsonl.gz").read_bytes()
    stats = json.loads((tmp_path / "s.json").read_text())
    assert stats["records"] == 22 and stats["errors"] == 10 and stats["resumed"] == kept  # the resumed ones count


def test_resume_refuses_a_partial_output_of_another_input(tmp_path, capsys):
    data = MIXED.read_bytes()
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    target = tmp_path / "out.jsonl"
    partial = tmp_path / "out.jsonl.partial"
    other = b"".join(json.dumps({"id": f"other-{i}", "text": "Plain text of another batch, long enough."}).encode()
                     + b"\n" for i in range(3))
    partial.write_bytes(run(other, jobs=1)[1])
    assert cli.main(["batch", "--resume", str(source), "-o", str(target)]) == 2
    assert "was not written from this input" in capsys.readouterr().err
    assert partial.read_bytes() == run(other, jobs=1)[1] and not target.exists()  # left as it was
    partial.write_bytes(run(data * 2, jobs=1)[1])  # more records than the input has lines
    assert cli.main(["batch", "--resume", str(source), "-o", str(target)]) == 2
    assert "the input has only 11 lines" in capsys.readouterr().err
    partial.write_bytes(b'{"id": 1}\nnot json\n')
    assert cli.main(["batch", "--resume", str(source), "-o", str(target)]) == 2
    assert "damaged" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        cli.main(["batch", "--resume", str(source)])  # no -o: nothing to resume
    assert exit_.value.code == 2


def test_resume_without_a_partial_output_starts_from_the_beginning(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(MIXED.read_bytes())
    assert cli.main(["batch", "--resume", "--jobs", "1", str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "starting from the beginning" in capsys.readouterr().err
    assert (tmp_path / "out.jsonl").read_bytes() == run(MIXED.read_bytes(), jobs=1)[1]


# -- errors: all failed, --max-errors ----------------------------------------------------------------------------------
def test_a_batch_in_which_every_record_failed_exits_1(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"not json\n[1]\n{}\n")
    assert cli.main(["batch", "--jobs", "1", str(source), "-o", str(tmp_path / "out.jsonl")]) == 1
    err = capsys.readouterr().err
    assert "stopped: every record failed (3)" in err
    assert len((tmp_path / "out.jsonl").read_bytes().splitlines()) == 3  # complete: at its final name
    (tmp_path / "empty.jsonl").write_bytes(b"")
    assert cli.main(["batch", "-q", str(tmp_path / "empty.jsonl"), "-o", str(tmp_path / "none.jsonl")]) == 0


def test_max_errors_count_stops_early_and_leaves_a_resumable_partial(tmp_path, capsys):
    data = MIXED.read_bytes() * 3  # errors on lines 3-7, 14-18, 25-29
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    target = tmp_path / "out.jsonl"
    assert cli.main(["batch", "--jobs", "1", "--max-errors", "6", str(source), "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert "stopped: more than 6 records failed (--max-errors 6)" in err and "--resume" in err
    written = (tmp_path / "out.jsonl.partial").read_bytes()
    assert written == b"".join(run(data, jobs=1)[1].splitlines(keepends=True)[:15])  # up to the 7th error, exactly
    assert not target.exists()
    assert cli.main(["batch", "-q", "--jobs", "1", "--max-errors", "15", str(source), "-o", str(target)]) == 0


def test_max_errors_share(tmp_path, capsys):
    good = b"".join(json.dumps({"id": i, "text": "Plain text, one paragraph long enough."}).encode() + b"\n"
                    for i in range(150))
    bad = b"not json\n" * 30
    out = io.BytesIO()
    limit = batch.ErrorLimit.parse("10%")
    with pytest.raises(batch.TooManyErrors) as stop:  # judged from 100 records on: 30 of 100 > 10 %
        run_batch(io.BytesIO(bad + good), out, jobs=1, max_errors=limit, cleaner=None)
    assert stop.value.stats.records == 100 and not stop.value.complete
    assert "30 of 100 records failed (30.0 %), over --max-errors 10%" in str(stop.value)
    stats = run_batch(io.BytesIO(good[:2000] + bad[:9]), io.BytesIO(), jobs=1, max_errors=batch.ErrorLimit.parse("50%"))
    assert stats.errors == 1
    with pytest.raises(batch.TooManyErrors) as stop:  # a short batch is judged at its end
        run_batch(io.BytesIO(bad[:18] + good[:200]), io.BytesIO(), jobs=1, max_errors=limit)
    assert stop.value.complete
    for wrong in ("-1", "x", "100%", "5%%"):
        with pytest.raises(ValueError):
            batch.ErrorLimit.parse(wrong)
    with pytest.raises(SystemExit) as exit_:
        cli.main(["batch", "--max-errors", "lots", str(MIXED)])
    assert exit_.value.code == 2


# -- progress ----------------------------------------------------------------------------------------------------------
def test_progress_counts_finished_records_not_read_ahead():
    stream = io.StringIO()
    progress = cli._Progress(stream, 0)
    progress.set_total(40)
    stats = batch.BatchStats(records=2, errors=1)
    progress(stats)
    progress.bar.refresh()
    shown = stream.getvalue()
    assert "2/40" in shown and "5%" in shown and "100%" not in shown and "1 errors" in shown
    stats.records = 40
    progress(stats)
    progress.bar.refresh()
    assert "40/40" in stream.getvalue()
    progress.close()


def test_progress_bar_of_a_real_run_is_on_stderr_only(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(MIXED.read_bytes())
    done = subprocess.run([*COMMAND, "--jobs", "1", "--progress", "always", str(source)], capture_output=True,
                          timeout=120)
    assert done.returncode == 0 and done.stdout == run(MIXED.read_bytes(), jobs=1)[1]
    assert b"records" in done.stderr and b"11/11" in done.stderr


@needs_fork
def test_workers_that_always_die_stop_the_batch_with_worker_pool_error_not_a_hang(monkeypatch):
    import cleaner

    monkeypatch.setattr(cleaner.Cleaner, "clean", lambda self, document, **kwargs: os._exit(5))
    lines = b"".join(json.dumps({"id": i, "text": "Some plain text."}).encode() + b"\n" for i in range(40))
    out = io.BytesIO()
    with pytest.raises(batch.WorkerPoolError, match="died on 8 records in a row .*exit status 5"):
        run_batch(io.BytesIO(lines), out, jobs=2, chunk_size=4, mp_context=FORK,
                  options=BatchOptions(cleaner=Options(detect_language=False)))
    assert multiprocessing.active_children() == []  # every worker ended and reaped


def test_records_of_another_format_go_through_the_items_hook():
    import datetime

    rows = [{"id": 1, "text": "A plain paragraph of text, long enough to keep.", "day": datetime.date(2026, 1, 2),
             "score": float("nan")}, {"id": 2, "html": None}]
    out = io.BytesIO()
    stats = run_batch(batchio.items_from_records(rows), out, jobs=1)
    records = [strict_loads(line) for line in out.getvalue().splitlines()]
    assert stats.records == 2 and stats.errors == 1
    assert records[0]["day"] == "2026-01-02" and records[0]["score"] is None
    assert records[0]["cleaned"]["text"].startswith("A plain paragraph")
    assert records[1]["input_line"] == 2 and records[1]["error"] == "the 'html' field is null, not a string"
