"""`cleaner batch` / cleaner.batch: one output line per input line, in order, errors as records, bounded memory."""

from __future__ import annotations

import gzip
import importlib.util
import io
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from pathlib import Path

import pytest

import cleaner
from cleaner import batch
from cleaner.batch import BatchOptions, CleanerOptions, run_batch
from cleaner.options import Options

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
MIXED = FIXTURES / "batch" / "mixed.jsonl"
HTML = FIXTURES / "batch" / "html.jsonl"
RESULT_KEYS = ["text", "markdown", "title", "author", "source_url", "language", "links", "removed"]

# (input line, id, start of the error message) of the bad lines of fixtures/batch/mixed.jsonl
EXPECTED_ERRORS = [
    (3, "truncated", "invalid JSON"),
    (4, "no-field", "the record has neither an 'html' nor a 'text' field"),
    (5, 5, "the 'text' field is null, not a string"),
    (6, None, "the line is a JSON array, not an object"),
    (7, None, "empty line"),
]

FORK = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
needs_fork = pytest.mark.skipif(FORK is None, reason="needs the fork start method (monkeypatches reach the workers)")


def run(data: bytes, options: BatchOptions = BatchOptions(), **kwargs) -> tuple[list[dict], bytes, batch.BatchStats]:
    out = io.BytesIO()
    stats = run_batch(io.BytesIO(data), out, options, **kwargs)
    raw = out.getvalue()
    return [json.loads(line) for line in raw.splitlines()], raw, stats


def input_records(path: Path) -> list[dict | None]:
    records = []
    for line in path.read_text(encoding="utf-8").split("\n")[:-1]:
        try:
            value = json.loads(line)
        except ValueError:
            value = None
        records.append(value if isinstance(value, dict) else None)
    return records


def test_mixed_batch_one_line_out_per_line_in_with_errors_as_records():
    data = MIXED.read_bytes()
    records, raw, stats = run(data, jobs=1)
    inputs = input_records(MIXED)
    assert len(records) == len(inputs) == data.count(b"\n") == stats.records
    assert raw.count(b"\n") == len(records)
    errors = [(r["input_line"], r.get("id"), r["error"]) for r in records if "error" in r]
    assert len(errors) == len(EXPECTED_ERRORS) == stats.errors
    for (line, record_id, message), (want_line, want_id, want_message) in zip(errors, EXPECTED_ERRORS):
        assert (line, record_id) == (want_line, want_id)
        assert message.startswith(want_message)
    for number, (record, original) in enumerate(zip(records, inputs), start=1):
        if "error" in record:
            assert record["cleaned"] is None
            if original is not None:  # the input fields are kept, unchanged
                assert {k: v for k, v in record.items() if k not in ("cleaned", "error", "input_line")} == original
            continue
        # a cleaned record: the input, unchanged and in its key order, plus the result under "cleaned"
        assert list(record)[:-1] == list(original) and list(record)[-1] == "cleaned"
        assert {k: v for k, v in record.items() if k != "cleaned"} == original
        assert list(record["cleaned"])[:6] == RESULT_KEYS[:6]
        assert set(RESULT_KEYS) <= set(record["cleaned"])


def test_results_match_the_library_and_stats_count_removed_kinds():
    records, _raw, stats = run(MIXED.read_bytes(), jobs=1)
    by_id = {r.get("id"): r for r in records}
    garden = by_id["garden"]
    expected = cleaner.clean(garden["text"], url=garden["url"]).to_dict()
    assert garden["cleaned"] == expected
    assert {r["kind"] for r in garden["cleaned"]["removed"]} == {"author_bio", "source_credit"}
    assert garden["cleaned"]["source_url"] == "http://www.example-garden-tips.com"
    assert "About the Author" not in garden["cleaned"]["text"]
    cycling = by_id["cycling"]["cleaned"]
    assert cycling["title"] == "Why Cities Are Building Protected Bike Lanes"
    assert {"front_matter", "call_to_action", "rights_notice"} <= {r["kind"] for r in cycling["removed"]}
    assert by_id["german"]["cleaned"]["language"] == "de"
    assert by_id["number-url"]["cleaned"]["url"] is None  # a url that is not a string is ignored
    assert by_id["empty"]["cleaned"]["text"] == ""
    assert "\ud800" not in by_id["surrogate"]["cleaned"]["text"]
    removed = {}
    for record in records:
        for removal in (record.get("cleaned") or {}).get("removed", []):
            removed[removal["kind"]] = removed.get(removal["kind"], 0) + 1
    assert dict(stats.removed) == removed
    assert stats.to_dict()["records"] == len(records)


def test_output_is_deterministic_across_jobs_and_chunk_sizes():
    data = MIXED.read_bytes() * 3
    _records, one, _stats = run(data, jobs=1)
    assert one == run(data, jobs=1)[1]
    assert b"\\ud800" in one  # the lone surrogate stays valid JSON (escaped), the line is never lost
    _records, two, stats = run(data, jobs=2, chunk_size=2, window=3)
    assert two == one
    assert stats.records == data.count(b"\n")
    assert run(data, jobs=2, chunk_size=7)[1] == one


def test_spawn_start_method_works():
    data = MIXED.read_bytes()
    _records, spawned, _stats = run(data, jobs=2, chunk_size=4, mp_context=multiprocessing.get_context("spawn"))
    assert spawned == run(data, jobs=1)[1]


def test_options_field_url_field_result_field_drop_input():
    lines = [json.dumps({"key": 1, "body": (FIXTURES / "pages" / "garden-article.txt").read_text(), "link": "https://a.example/x"}),
             json.dumps({"key": 2, "text": "not this field"})]
    options = BatchOptions(field="body", url_field="link", id_field="key", result_field="clean", drop_input=True)
    records, _raw, stats = run(("\n".join(lines) + "\n").encode(), options, jobs=1)
    assert list(records[0]) == ["key", "link", "clean"]
    assert records[0]["clean"]["url"] == "https://a.example/x"
    # the failed record keeps its input (nothing is lost), and its id field is the configured one
    assert records[1]["error"] == "the record has no 'body' field" and records[1]["text"] == "not this field"
    assert records[1]["key"] == 2 and records[1]["clean"] is None and stats.errors == 1


def test_cleaner_options_reach_the_workers():
    data = MIXED.read_bytes()
    options = BatchOptions(cleaner=Options(kinds=("source_credit",), detect_language=False))
    for jobs in (1, 2):
        records, _raw, _stats = run(data, options, jobs=jobs)
        garden = next(r for r in records if r.get("id") == "garden")["cleaned"]
        assert [r["kind"] for r in garden["removed"]] == ["source_credit"]
        assert garden["language"] is None


def test_the_deprecated_cleaner_options_still_build_the_same_cleaner():
    with pytest.warns(DeprecationWarning, match="use cleaner.Options"):
        old = CleanerOptions(kinds=("source_credit",), detect_language=False)
    data = MIXED.read_bytes()
    expected = run(data, BatchOptions(cleaner=Options(kinds=("source_credit",), detect_language=False)), jobs=1)[1]
    assert run(data, BatchOptions(cleaner=old), jobs=1)[1] == expected


def test_undecodable_and_oversize_lines_become_error_records_with_their_id():
    good = json.dumps({"id": "ok", "text": "A short plain paragraph of text that is fine."}).encode()
    latin1 = '{"id": "latin", "text": "caf\xe9 cr\xe8me"}'.encode("latin-1")
    huge = json.dumps({"id": "huge", "text": "x" * 5000}).encode()
    data = b"\n".join([good, latin1, huge, good]) + b"\n"
    records, _raw, stats = run(data, jobs=1, max_record_bytes=1000)
    assert [r.get("error", "").split(" (")[0] for r in records] == [
        "", "the line is not valid UTF-8", f"the line is {len(huge):,} bytes, over the record size limit", ""]
    assert [r.get("id") for r in records] == ["ok", "latin", "huge", "ok"]
    assert records[1]["raw"].startswith('{"id": "latin"')
    assert "raw" not in records[2] and stats.errors == 2


def test_last_line_without_newline_and_bom_are_handled():
    text = json.dumps({"id": 1, "text": "One plain paragraph of text, long enough."})
    records, raw, _stats = run(("\ufeff" + text + "\n" + text).encode(), jobs=1)
    assert [r["id"] for r in records] == [1, 1] and "error" not in records[0] and raw.endswith(b"\n")


def test_an_exception_inside_the_cleaner_becomes_an_error_record(monkeypatch):
    original = cleaner.Cleaner.clean

    def flaky(self, document, **kwargs):
        if "BOOM" in document:
            raise RuntimeError("the cleaner blew up")
        return original(self, document, **kwargs)

    monkeypatch.setattr(cleaner.Cleaner, "clean", flaky)
    lines = [json.dumps({"id": i, "text": f"Paragraph {i} of plain text. " + ("BOOM" if i == 2 else "")}) for i in range(5)]
    records, _raw, stats = run(("\n".join(lines) + "\n").encode(), jobs=1)
    assert [r.get("error") for r in records] == [None, None, "RuntimeError: the cleaner blew up", None, None]
    assert records[2]["text"].endswith("BOOM") and records[2]["input_line"] == 3 and stats.errors == 1


def test_html_adapter_missing_becomes_an_error_record(monkeypatch):
    monkeypatch.setitem(sys.modules, "cleaner.readers.html", None)  # import fails with ModuleNotFoundError
    records, _raw, stats = run(HTML.read_bytes(), jobs=1)
    assert records[0]["error"].startswith("ModuleNotFoundError") and records[0]["id"] == "library"
    assert "error" not in records[1] and stats.errors == 1


@pytest.mark.skipif(importlib.util.find_spec("cleaner.readers.html") is None, reason="HTML adapter not there yet")
def test_html_records_are_cleaned():
    records, _raw, stats = run(HTML.read_bytes(), jobs=1)
    assert stats.errors == 0, records[0].get("error")
    page = records[0]["cleaned"]
    assert page["format"] == "html"
    assert "The Town Library Reopens After Renovation" in page["text"]
    assert "thanked the volunteers" in page["text"]
    assert "source_credit" in {r["kind"] for r in page["removed"]}
    assert "Free Newsletter" not in page["text"]


@needs_fork
def test_exceptions_and_crashes_in_worker_processes(monkeypatch):
    original = cleaner.Cleaner.clean

    def dangerous(self, document, **kwargs):
        if "CRASH" in document:
            os._exit(3)  # the worker process dies without a word
        if "BOOM" in document:
            raise ValueError("bad record")
        return original(self, document, **kwargs)

    monkeypatch.setattr(cleaner.Cleaner, "clean", dangerous)
    words = {3: "BOOM", 11: "CRASH"}
    lines = [json.dumps({"id": i, "text": f"Paragraph number {i} of plain text. {words.get(i, '')}"}) for i in range(20)]
    records, _raw, stats = run(("\n".join(lines) + "\n").encode(), jobs=2, chunk_size=3, window=2, mp_context=FORK)
    assert [r["id"] for r in records] == list(range(20))
    failed = {r["id"]: r["error"] for r in records if "error" in r}
    assert set(failed) == {3, 11}, failed
    assert failed[3] == "ValueError: bad record"
    assert failed[11].startswith("the worker process cleaning this record crashed")
    assert records[11]["text"].endswith("CRASH") and records[11]["input_line"] == 12
    assert stats.errors == 2 and stats.worker_restarts >= 1


@needs_fork
def test_a_task_given_to_a_worker_that_just_died_goes_to_another_worker():
    # A worker dies while idle, and the next chunk is given to it before its death is seen: the chunk must not be
    # lost nor reported as crashed (the worker never saw it): it is cleaned by a fresh worker.
    pool = batch._Pool(1, BatchOptions(), FORK, batch.BatchStats(), batch._Signals())
    try:
        chunk = [(1, (json.dumps({"id": 1, "text": "A plain paragraph of text, long enough to keep."}) + "\n").encode(), 0)]
        queue = deque([batch._Task(0, 0, chunk)])
        pool.dispatch(queue)  # starts the worker
        deadline = time.monotonic() + 120
        while not pool.workers[0].ready and time.monotonic() < deadline:
            pool.wait(queue)
        worker = pool.workers[0]
        assert worker.ready and worker.task is None and len(queue) == 1
        worker.process.kill()
        worker.process.join(30)
        done = []
        while not done and time.monotonic() < deadline:
            done.extend(pool.dispatch(queue))
            done.extend(pool.wait(queue))
        assert len(done) == 1
        task, outcomes = done[0]
        assert task.items == chunk and len(outcomes) == 1 and outcomes[0][1] is None
        assert json.loads(outcomes[0][0])["cleaned"]["text"].startswith("A plain paragraph")
        assert pool.stats.worker_restarts == 1
    finally:
        pool.close(kill=True)


class CountingReader(io.RawIOBase):
    """A JSONL source that makes its lines on demand and counts how many were read."""

    def __init__(self, count: int):
        self.count, self.read_lines = count, 0
        self.line = (json.dumps({"id": 0, "text": "A plain paragraph of text that is long enough to keep."}) + "\n").encode()

    def readline(self, size: int = -1) -> bytes:
        if self.read_lines >= self.count:
            return b""
        self.read_lines += 1
        return self.line


class WatchingWriter(io.RawIOBase):
    def __init__(self, reader: CountingReader):
        self.reader, self.written, self.max_ahead = reader, 0, 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:
        self.written += 1
        self.max_ahead = max(self.max_ahead, self.reader.read_lines - self.written)
        return len(data)


@pytest.mark.parametrize("jobs, chunk_size, window", [(1, 4, None), (2, 4, 3)])
def test_memory_is_bounded_by_the_window_not_the_input(jobs, chunk_size, window):
    reader = CountingReader(300)
    writer = WatchingWriter(reader)
    stats = run_batch(reader, writer, jobs=jobs, chunk_size=chunk_size, window=window,
                      cleaner=cleaner.Cleaner(detect_language=False))
    assert stats.records == writer.written == 300
    in_flight = chunk_size * ((window or 0) + 1)
    assert writer.max_ahead <= in_flight, (writer.max_ahead, in_flight)


def test_cli_batch_gzip_files_stdin_stdout_and_exit_status(tmp_path):
    data = MIXED.read_bytes()
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(gzip.compress(data))
    target = tmp_path / "out.jsonl.gz"
    command = [sys.executable, "-m", "cleaner.cli", "batch"]
    done = subprocess.run([*command, str(source), "-o", str(target), "--jobs", "2", "--stats", str(tmp_path / "s.json")],
                          capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == b""  # nothing but data on stdout, and the data went to the file
    assert b"11 records, 5 errors" in done.stderr and b"removed blocks:" in done.stderr
    assert json.loads((tmp_path / "s.json").read_text())["errors"] == 5
    from_file = gzip.decompress(target.read_bytes())
    piped = subprocess.run([*command, "--jobs", "1", "--progress", "always"], input=data, capture_output=True, timeout=120)
    assert piped.returncode == 0 and piped.stdout == from_file
    assert b"records" in piped.stderr  # the progress line
    assert from_file == run(data, jobs=1)[1]
    assert target.read_bytes()[4:8] == b"\0\0\0\0"  # mtime 0: same bytes every run
    quiet = subprocess.run([*command, "-q", str(tmp_path / "missing.jsonl")], capture_output=True, timeout=60)
    assert quiet.returncode == 1 and b"missing.jsonl" in quiet.stderr and quiet.stdout == b""
    usage = subprocess.run([*command, "--jobs", "0"], capture_output=True, timeout=60)
    assert usage.returncode == 2 and usage.stdout == b""


@pytest.mark.parametrize("jobs", [1, 2])
def test_truncated_gzip_input_keeps_every_record_read_before_the_damage(jobs):
    data = MIXED.read_bytes() * 20
    compressed = gzip.compress(data)
    out = io.BytesIO()
    with pytest.raises(batch.InputReadError) as failure:
        run_batch(gzip.GzipFile(fileobj=io.BytesIO(compressed[: len(compressed) // 2])), out, jobs=jobs, chunk_size=5)
    written = out.getvalue().splitlines()
    assert failure.value.stats.records == len(written) > 0
    assert b"\n".join(written) + b"\n" == run(b"".join(data.splitlines(keepends=True)[: len(written)]), jobs=1)[1]


def test_default_field_is_html_when_set_else_text():
    lines = [{"id": 1, "html": None, "text": "Plain text of the article, one paragraph long enough."},
             {"id": 2, "html": None}, {"id": 3, "text": None, "html": None}]
    records, _raw, _stats = run(("\n".join(json.dumps(line) for line in lines) + "\n").encode(), jobs=1)
    assert records[0]["cleaned"]["text"].startswith("Plain text") and records[0]["html"] is None
    assert records[1]["error"] == "the 'html' field is null, not a string"
    assert records[2]["error"] == "the 'text' field is null, not a string"


# -- the time limit on one record (--timeout) --------------------------------------------------------------------------
needs_timer = pytest.mark.skipif(not batch.time_limits_supported(), reason="no signal.setitimer on this platform")


def slow_clean(monkeypatch, how: str = "sleep"):
    """Make Cleaner.clean hang on documents containing SLOW (sleeping, or spinning with SIGALRM blocked, which
    stands for C code that never gives Python a chance to raise), and count the calls."""
    original = cleaner.Cleaner.clean

    def clean(self, document, **kwargs):
        if "SLOW" in document:
            if how == "spin":
                signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
                while True:
                    pass
            try:
                time.sleep(30)
            except Exception:  # noqa: BLE001 - like the libraries' "except Exception": must not swallow the limit
                time.sleep(30)
        return original(self, document, **kwargs)

    monkeypatch.setattr(cleaner.Cleaner, "clean", clean)


def slow_batch(slow: set[int], count: int = 6) -> bytes:
    lines = [json.dumps({"id": i, "text": f"Paragraph number {i} of plain text. {'SLOW' if i in slow else ''}"})
             for i in range(count)]
    return ("\n".join(lines) + "\n").encode()


def check_timed_out(records: list[dict], stats: batch.BatchStats, slow: set[int], message: str) -> None:
    assert [r["id"] for r in records] == list(range(len(records))) and stats.records == len(records)
    for record in records:
        if record["id"] in slow:
            assert record["error"].startswith(message) and record["cleaned"] is None
            assert record["input_line"] == record["id"] + 1 and record["text"].endswith("SLOW")
        else:  # the records after the slow one are cleaned as usual: the worker is still usable
            assert "error" not in record and record["cleaned"]["text"].startswith("Paragraph number")
    assert stats.errors == stats.timeouts == len(slow)
    assert sum(count for key, count in stats.error_messages.items() if key.startswith("timed out after N s")) == len(slow)


@needs_timer
def test_a_record_over_the_time_limit_becomes_an_error_record_in_process(monkeypatch):
    slow_clean(monkeypatch)
    before = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    records, _raw, stats = run(slow_batch({1, 4}), BatchOptions(timeout=0.5), jobs=1, chunk_size=3)
    assert time.monotonic() - started < 20  # two 0.5 s limits, not two 30 s sleeps
    check_timed_out(records, stats, {1, 4}, "timed out after 0.5 s")
    assert signal.getsignal(signal.SIGALRM) is before and signal.getitimer(signal.ITIMER_REAL)[0] == 0


@needs_timer
@needs_fork
def test_a_record_over_the_time_limit_becomes_an_error_record_in_workers(monkeypatch):
    slow_clean(monkeypatch)
    started = time.monotonic()
    records, _raw, stats = run(slow_batch({1, 4}, 10), BatchOptions(timeout=0.5), jobs=2, chunk_size=3, window=2,
                               mp_context=FORK)
    assert time.monotonic() - started < 20
    check_timed_out(records, stats, {1, 4}, "timed out after 0.5 s")
    assert stats.worker_restarts == 0  # interrupted, not killed: the workers go on


@needs_timer
@needs_fork
def test_a_record_that_cannot_be_interrupted_has_its_worker_stopped(monkeypatch):
    monkeypatch.setattr(batch, "HARD_LIMIT_FACTOR", 1.0)  # the CPU-time backstop: 0.5 + 0.3 s
    monkeypatch.setattr(batch, "HARD_LIMIT_GRACE", 0.3)
    slow_clean(monkeypatch, "spin")
    records, _raw, stats = run(slow_batch({2}), BatchOptions(timeout=0.5), jobs=2, chunk_size=3, mp_context=FORK)
    check_timed_out(records, stats, {2}, "timed out after 0.5 s (the worker process was stopped after 0.8 s of CPU")
    assert stats.worker_restarts >= 1


@needs_timer
def test_the_timer_runs_only_while_a_record_is_cleaned_and_timeout_0_disables_it(monkeypatch):
    original = cleaner.Cleaner.clean
    seen = []

    def clean(self, document, **kwargs):
        if document.startswith("Paragraph number"):  # not the warm-up documents
            seen.append(signal.getitimer(signal.ITIMER_REAL)[0])
        return original(self, document, **kwargs)

    monkeypatch.setattr(cleaner.Cleaner, "clean", clean)
    for timeout in (7, 0):
        seen.clear()
        _records, _raw, stats = run(slow_batch(set(), 3), BatchOptions(timeout=timeout), jobs=1)
        assert stats.errors == 0 and len(seen) == 3
        assert all(0 < left <= 7 for left in seen) if timeout else seen == [0, 0, 0]
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    with pytest.raises(ValueError):
        run(slow_batch(set(), 1), BatchOptions(timeout=-1), jobs=1)


def test_outside_the_main_thread_records_have_no_time_limit():
    result = []
    thread = threading.Thread(target=lambda: result.append(run(slow_batch(set(), 2), BatchOptions(timeout=5), jobs=1)))
    thread.start()
    thread.join(60)
    assert result and result[0][2].errors == 0  # no signal handler can be set there: cleaned without a limit


@needs_timer
def test_cli_batch_timeout_option(monkeypatch, tmp_path, capsys):
    from cleaner import cli

    slow_clean(monkeypatch)
    source = tmp_path / "in.jsonl"
    source.write_bytes(slow_batch({0}, 3))
    stats_path = tmp_path / "stats.json"
    status = cli.main(["batch", "--jobs", "1", "--timeout", "0.5", str(source), "-o", str(tmp_path / "out.jsonl"),
                       "--stats", str(stats_path)])
    err = capsys.readouterr().err
    assert status == 0 and "3 records, 1 errors" in err and "timed out after N s (1)" in err
    assert json.loads(stats_path.read_text())["timeouts"] == 1
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [r.get("error") for r in records] == ["timed out after 0.5 s", None, None]
    for bad in ("-1", "soon", "nan", "inf"):
        with pytest.raises(SystemExit) as exit_:
            cli.main(["batch", "--timeout", bad, str(source)])
        assert exit_.value.code == 2
    assert "--timeout" in capsys.readouterr().err



def test_every_cleaner_option_reaches_the_workers():
    """A whole ``cleaner.Options`` (thresholds too) goes to the worker processes, not the four options the command
    line once had: a threshold no preset has gives the same records with 2 workers as the in-process cleaner."""
    import io

    from cleaner.batch import BatchOptions, build_cleaner, run_batch
    from cleaner.decision import Thresholds

    options = cleaner.Cleaner(thresholds=Thresholds(edge=1.01, near_edge=1.01, middle=1.01)).options
    assert build_cleaner(options).thresholds == options.thresholds
    record = {"id": "seed", "text": (Path(__file__).resolve().parent.parent / "fixtures" / "seed.txt").read_text()}
    data = (json.dumps(record) + "\n").encode() * 3
    out = io.BytesIO()
    run_batch(io.BytesIO(data), out, BatchOptions(cleaner=options), jobs=2)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(lines) == 3
    # nothing reaches a threshold above 1: nothing removed in any worker
    assert all(line["cleaned"]["removed"] == [] for line in lines)
    assert cleaner.clean(record["text"]).removed  # while the default cleaner removes the bio and the credit
