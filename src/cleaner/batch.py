"""Streaming JSONL batches: one JSON object a line in, the same record plus its cleaning result out.

Guarantees (docs/batch.md):

- as many lines out as in, in input order: a record that cannot be cleaned (invalid JSON, not an object, missing
  field, wrong type, undecodable, over the size limit, an exception inside the cleaner, a crashed worker process)
  becomes an *error record* with a top-level ``"error"`` message and its ``"input_line"`` number, never a gap;
- bounded memory: the input is read lazily and only a window of chunks is in flight, whatever the number of records;
- parallel: ``jobs`` worker processes, each with its own ``Cleaner``; the parent only reads raw lines and writes the
  serialized lines the workers send back, so the work (JSON parsing, cleaning, serializing) is done in the workers;
- deterministic: the same input gives the same output bytes, whatever ``jobs`` and the chunk size;
- bounded time per record (``BatchOptions.timeout``): a record still being cleaned after that many seconds is
  interrupted and becomes an error record (``RecordTimeout``, below; Unix only).

Everything a worker runs is a module-level function (safe with the "spawn" and "forkserver" start methods).
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import time
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import IO, Any

from .model import KINDS
from .pipeline import FORMATS, Cleaner, sniff_format

#: Default limit on one input line, in bytes (``--max-record-bytes``). Longer lines become error records; they are
#: skipped without being held in memory.
DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024
#: Default number of records sent to a worker at once, and the byte budget that closes a chunk early.
DEFAULT_CHUNK_SIZE = 16
DEFAULT_CHUNK_BYTES = 512 * 1024
#: Chunks in flight per worker (the window that bounds memory).
WINDOW_PER_JOB = 4
#: Records in a row whose worker died, each alone on a fresh pool, before the batch gives up (WorkerPoolError).
MAX_CONSECUTIVE_CRASHES = 8
#: How much of an over-long line is kept to find its "id".
_PREFIX_BYTES = 4096
#: Default time limit on cleaning one record, in seconds (``--timeout``; 0: no limit).
DEFAULT_TIMEOUT = 60.0
#: In worker processes, a record whose interruption does not happen (the cleaner is stuck in C code, where Python
#: cannot raise an exception) has its worker killed by the kernel after this much CPU time:
#: ``timeout * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE`` seconds.
HARD_LIMIT_FACTOR = 2.0
HARD_LIMIT_GRACE = 1.0
#: After the limit, the interruption is raised again this often (seconds) until the record gives up, in case some
#: code swallowed it.
_REPEAT_SECONDS = 0.1
_ID_PATTERN = r'"{name}"\s*:\s*("(?:[^"\\]|\\.){{0,1000}}"|-?\d{{1,30}}(?:\.\d+)?)'


@dataclass(frozen=True)
class CleanerOptions:
    """How each worker builds its ``Cleaner`` (picklable: sent to the worker processes)."""

    preset: str = "balanced"
    kinds: tuple[str, ...] | None = None
    cue_files: tuple[str, ...] = ()
    detect_language: bool = True

    def build(self) -> Cleaner:
        return Cleaner(preset=self.preset, kinds=self.kinds, cue_files=self.cue_files,
                       detect_language=self.detect_language)


@dataclass(frozen=True)
class BatchOptions:
    """What a record looks like and where the result goes.

    field: the field holding the document; None means "html" when the record has it, else "text".
    url_field: the field holding the page URL (passed to the cleaner; ignored when absent or not a string).
    id_field: the field copied into error records of lines that are not valid JSON (found by pattern).
    result_field: the key the cleaning result (``CleanResult.to_dict()``) is stored under.
    drop_input: remove the document field from records that were cleaned (error records keep it).
    input_format: "auto" (a field named "html" is HTML, otherwise sniffed), "text", "markdown" or "html".
    timeout: seconds one record may take to clean (0: no limit); over it the record becomes an error record
        ("timed out after N s"). Enforced with ``SIGALRM`` (Unix, in the process's main thread; see ``TimeLimit``).
    """

    field: str | None = None
    url_field: str = "url"
    id_field: str = "id"
    result_field: str = "cleaned"
    drop_input: bool = False
    input_format: str = "auto"
    cleaner: CleanerOptions = CleanerOptions()
    timeout: float = DEFAULT_TIMEOUT
    #: a directory of site profiles (``cleaner learn``): each record is cleaned with its site's profile, the site
    #: being ``site_field`` when set, else the registered domain of ``url_field`` (cleaner/sites/store.py)
    profiles: str | None = None
    site_field: str | None = None


@dataclass
class BatchStats:
    """What a batch did: counts, removed blocks per kind, time."""

    records: int = 0
    errors: int = 0
    removed: Counter = field(default_factory=Counter)
    error_messages: Counter = field(default_factory=Counter)
    worker_restarts: int = 0
    timeouts: int = 0
    seconds: float = 0.0
    bytes_in: int = 0

    @property
    def docs_per_second(self) -> float:
        return self.records / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "errors": self.errors,
            "removed": {kind: self.removed[kind] for kind in sorted(self.removed, key=_kind_order)},
            "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 1),
            "worker_restarts": self.worker_restarts, "timeouts": self.timeouts,
        }


def _kind_order(kind: str) -> tuple[int, str]:
    return (KINDS.index(kind) if kind in KINDS else len(KINDS), kind)


# -- one record (runs in the workers) ------------------------------------------------------------------------------
#: An item sent to a worker: (input line number, the line's bytes, the line's size when it was over the limit and
#: ``data`` only holds its first bytes, else 0).
Item = tuple[int, bytes, int]
#: What comes back for each item: (the output line, ready to write; error message or None; removed kinds).
Outcome = tuple[bytes, "str | None", tuple[str, ...]]


class InputReadError(OSError):
    """The input could not be read to its end; ``stats`` counts the records cleaned and written before."""

    def __init__(self, message: str, stats: "BatchStats"):
        super().__init__(message)
        self.stats = stats


class WorkerPoolError(RuntimeError):
    """The worker processes keep dying, record after record: something is wrong with the pool, not the data."""


class RecordError(Exception):
    """A record that cannot be cleaned, for a reason found before the cleaner ran."""


# -- the time limit on one record -------------------------------------------------------------------------------------
class RecordTimeout(BaseException):
    """Raised inside the cleaner when a record runs over its time limit.

    A ``BaseException``, like ``KeyboardInterrupt``: the ``except Exception`` blocks of the libraries the cleaner
    calls (trafilatura has several) let it through, and their ``finally`` / ``with`` blocks still run, so the
    interrupted work unwinds cleanly and its objects (the page's tree) are freed."""


def time_limits_supported() -> bool:
    """Whether this platform can interrupt a record (``signal.setitimer``: Unix; not Windows)."""
    return hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")


def _timeout_message(seconds: float) -> str:
    return f"timed out after {seconds:g} s"


_armed = False  # True only while a record is being cleaned under a limit


def _on_alarm(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    if _armed:
        # Raise again shortly if this one is swallowed on the way up (code that catches BaseException).
        signal.setitimer(signal.ITIMER_REAL, _REPEAT_SECONDS)
        raise RecordTimeout()


class TimeLimit:
    """A per-record time limit for the process it is installed in (one at a time: it owns ``SIGALRM``).

    ``install()`` sets the ``SIGALRM`` handler (Python allows that only in the main thread); ``run(function)`` arms
    a one-shot ``ITIMER_REAL`` timer of ``seconds`` (wall time) around the call, whose handler raises
    ``RecordTimeout`` in the code being run. Python runs signal handlers between bytecodes, so a long call in C code
    (one lxml parse or XPath query) delays the interruption until it returns.

    ``hard=True`` (worker processes only: it can kill the process) adds a backstop for code that never returns to
    Python: an ``ITIMER_PROF`` timer of ``seconds * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE`` CPU seconds whose signal,
    ``SIGPROF``, is left to its default action, so the kernel terminates the process; the batch replaces the worker.

    When the limit cannot be set (no ``setitimer``, not the main thread, 0 seconds, or a ``ITIMER_REAL`` timer
    already running that belongs to someone else), ``install()`` returns False and ``run`` just calls the function.
    """

    def __init__(self, seconds: float, *, hard: bool = False):
        self.seconds = max(0.0, float(seconds))
        self.hard_seconds = self.seconds * HARD_LIMIT_FACTOR + HARD_LIMIT_GRACE if hard and self.seconds else 0.0
        self.active = False
        self._previous: Any = None

    def install(self) -> bool:
        if self.active:
            return True
        if not self.seconds or not time_limits_supported():
            return False
        try:
            if signal.getitimer(signal.ITIMER_REAL)[0] > 0:
                return False  # someone else's timer: leave it alone
            self._previous = signal.signal(signal.SIGALRM, _on_alarm)
            if self.hard_seconds:
                signal.signal(signal.SIGPROF, signal.SIG_DFL)
        except (ValueError, OSError):  # not the main thread
            return False
        self.active = True
        return True

    def uninstall(self) -> None:
        if self.active:
            self.active = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous if self._previous is not None else signal.SIG_DFL)

    def run(self, function: Callable[[], Any]) -> Any:
        """``function()``, interrupted by ``RecordTimeout`` after ``seconds``. Call ``disarm()`` again when
        catching it (the interruption can land in this method's own clean-up, before the timers are off)."""
        global _armed
        if not self.active:
            return function()
        try:
            _armed = True
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            if self.hard_seconds:
                signal.setitimer(signal.ITIMER_PROF, self.hard_seconds)
            return function()
        finally:
            _armed = False  # first: from here on a late alarm does nothing
            self.disarm()

    def disarm(self) -> None:
        global _armed
        _armed = False
        if self.active:
            signal.setitimer(signal.ITIMER_REAL, 0)
            if self.hard_seconds:
                signal.setitimer(signal.ITIMER_PROF, 0)


_WARM_UP = {"text": "A short paragraph of plain English text, written to load what the cleaner loads on first use.",
            "html": "<html><head><title>Warm-up</title></head><body><article><h1>Warm-up</h1><p>A short paragraph of "
                    "plain English text, written to load what the cleaner loads on first use.</p></article></body>"
                    "</html>"}
_warmed: set[tuple[str, bool]] = set()


def warm_up(cleaner: Cleaner, kind: str) -> None:
    """Clean a tiny document of this kind ("text" or "html") once per process, with no time limit, before the first
    record of that kind is cleaned under one: what the cleaner's libraries load on first use (langdetect's profiles,
    trafilatura and its modules) must not be cut short by a time-out. langdetect, for one, turns any exception while
    it loads its profiles into a "Profile format error"; an import cut in the middle is retried by the next record."""
    key = (kind, cleaner.detect_language)
    if key in _warmed:
        return
    _warmed.add(key)
    try:
        if kind == "text" and cleaner.detect_language:
            from .language import _get_factory

            _get_factory()
        cleaner.clean(_WARM_UP[kind], format=kind)
    except Exception:  # noqa: BLE001 - e.g. the HTML adapter missing: the record itself will say so
        pass


def dumps_line(record: dict[str, Any]) -> bytes:
    """One output line: compact-ish, deterministic JSON, UTF-8, non-ASCII kept; lone surrogates (which UTF-8 cannot
    carry) fall back to ``\\u`` escapes so the line is still valid JSON that round-trips."""
    text = json.dumps(record, ensure_ascii=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")


def _find_id(text: str, name: str) -> Any:
    """The id of a line that is not valid JSON, when a ``"id": value`` pair can be read from it (else None)."""
    match = re.search(_ID_PATTERN.format(name=re.escape(name)), text)
    if not match:
        return None
    try:
        return json.loads(match.group(1))
    except ValueError:
        return None


def _error_record(message: str, number: int, record: dict[str, Any] | None, options: BatchOptions,
                  *, raw: str | None = None, record_id: Any = None) -> dict[str, Any]:
    if record is not None:
        out = dict(record)
    else:
        out = {}
        if record_id is not None:
            out[options.id_field] = record_id
    out[options.result_field] = None
    out["error"] = message
    out["input_line"] = number
    if raw is not None:
        out["raw"] = raw
    return out


def _document_field(record: dict[str, Any], options: BatchOptions) -> str:
    if options.field is not None:
        if options.field not in record:
            raise RecordError(f"the record has no {options.field!r} field")
        return options.field
    for name in ("html", "text"):  # the first one that is set; a null "html" beside a "text" is not the document
        if record.get(name) is not None:
            return name
    for name in ("text", "html"):  # both null: say so
        if name in record:
            return name
    raise RecordError("the record has neither an 'html' nor a 'text' field (choose one with --field)")


def process_item(cleaner: Cleaner, options: BatchOptions, item: Item, limit: TimeLimit | None = None) -> Outcome:
    """Clean one input line; never raises (every failure becomes an error record). ``limit``, when installed,
    bounds the time the cleaner may take (``options.timeout``)."""
    number, data, oversize = item
    record: dict[str, Any] | None = None
    try:
        if oversize:
            prefix = data.decode("utf-8", "replace")
            message = f"the line is {oversize:,} bytes, over the record size limit (--max-record-bytes)"
            return _fail(message, number, None, options, record_id=_find_id(prefix, options.id_field))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raw = data.decode("utf-8", "replace")
            return _fail(f"the line is not valid UTF-8 ({error.reason} at byte {error.start})", number, None,
                         options, raw=raw.rstrip("\r\n"), record_id=_find_id(raw, options.id_field))
        text = text.rstrip("\r\n")
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            return _fail("empty line", number, None, options, raw=text)
        try:
            record = json.loads(text)
        except ValueError as error:  # JSONDecodeError
            return _fail(f"invalid JSON: {error}", number, None, options, raw=text,
                         record_id=_find_id(text, options.id_field))
        except RecursionError:
            return _fail("invalid JSON: nested too deeply", number, None, options, raw=text,
                         record_id=_find_id(text, options.id_field))
        if not isinstance(record, dict):
            kind = type(record).__name__
            record = None
            return _fail(f"the line is a JSON {_json_type(kind)}, not an object", number, None, options, raw=text)
        name = _document_field(record, options)
        value = record[name]
        if not isinstance(value, str):
            raise RecordError(f"the {name!r} field is {_json_type(type(value).__name__)}, not a string")
        url = record.get(options.url_field)
        if not isinstance(url, str) or not url:
            url = None
        fmt = options.input_format
        if fmt == "auto" and name == "html":
            fmt = "html"
        site = None
        if options.profiles is not None:
            from .sites.store import profile_for

            site = profile_for(record, options.profiles, site_field=options.site_field, url_field=options.url_field)
        if limit is not None and limit.active:
            warm_up(cleaner, "html" if fmt == "html" or (fmt == "auto" and sniff_format(value) == "html") else "text")
            try:
                result = limit.run(lambda: cleaner.clean(value, url=url, format=fmt, site=site))
            except RecordTimeout:
                limit.disarm()
                gc.collect()  # the interrupted page's objects, now unreachable, some of them in cycles
                return _fail(_timeout_message(limit.seconds), number, record, options)
        else:
            result = cleaner.clean(value, url=url, format=fmt, site=site)
        out = dict(record)
        if options.drop_input:
            del out[name]
        out[options.result_field] = result.to_dict()
        return dumps_line(out), None, tuple(removal.kind for removal in result.removed)
    except RecordError as error:
        return _fail(str(error), number, record, options)
    except Exception as error:  # noqa: BLE001 - a batch never stops on one record
        return _fail(f"{type(error).__name__}: {error}", number, record, options)


def _json_type(python_name: str) -> str:
    return {"dict": "object", "list": "array", "str": "string", "int": "number", "float": "number",
            "bool": "boolean", "NoneType": "null"}.get(python_name, python_name)


def _fail(message: str, number: int, record: dict[str, Any] | None, options: BatchOptions, **extra) -> Outcome:
    try:
        line = dumps_line(_error_record(message, number, record, options, **extra))
    except Exception as error:  # noqa: BLE001 - e.g. a record too deeply nested to serialize again
        line = dumps_line(_error_record(f"{message}; and the record cannot be written back: "
                                        f"{type(error).__name__}: {error}", number, None, options))
    return line, message, ()


def crash_outcome(item: Item, options: BatchOptions, reason: str, *, message: str | None = None) -> Outcome:
    """The error record of an item whose worker process died (or whose result never came back)."""
    number, data, _oversize = item
    head = data[:_PREFIX_BYTES * 16].decode("utf-8", "replace")
    record = None
    if len(data) <= _PREFIX_BYTES * 16:
        try:
            parsed = json.loads(data.decode("utf-8"))
            record = parsed if isinstance(parsed, dict) else None
        except ValueError:
            record = None
    message = message or f"the worker process cleaning this record crashed ({reason})"
    return _fail(message, number, record, options,
                 record_id=None if record is not None else _find_id(head, options.id_field))


# Worker-process state: one Cleaner per process, built by the pool's initializer.
_worker_cleaner: Cleaner | None = None
_worker_options: BatchOptions | None = None
_worker_limit: TimeLimit | None = None


def _init_worker(options: BatchOptions) -> None:
    global _worker_cleaner, _worker_options, _worker_limit
    try:  # Ctrl-C is the parent's to handle: it stops reading, lets the workers finish their chunk, and exits.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):  # pragma: no cover - not in the main thread
        pass
    _worker_options = options
    _worker_cleaner = options.cleaner.build()
    _worker_limit = TimeLimit(options.timeout, hard=True)
    _worker_limit.install()


def _process_chunk(items: list[Item]) -> list[Outcome]:
    assert _worker_cleaner is not None and _worker_options is not None, "the worker was not initialized"
    return [process_item(_worker_cleaner, _worker_options, item, _worker_limit) for item in items]


# -- reading (parent) ----------------------------------------------------------------------------------------------
def read_items(stream: IO[bytes], max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES) -> Iterator[Item]:
    """The input's lines as items, numbered from 1. A line over ``max_record_bytes`` is read and discarded in
    pieces (memory stays bounded) and yields its first bytes and its size; a last line without a newline counts."""
    number = 0
    while True:
        line = stream.readline(max_record_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_record_bytes and not line.endswith(b"\n"):
            size = len(line)
            prefix = line[:_PREFIX_BYTES]
            del line
            while True:
                piece = stream.readline(1 << 20)
                size += len(piece)
                if not piece or piece.endswith(b"\n"):
                    size -= piece.endswith(b"\n")  # the size of the record, without its newline
                    break
            yield number, prefix, size
            continue
        yield number, line, 0


def chunked(items: Iterator[Item], size: int, max_bytes: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    used = 0
    for item in items:
        chunk.append(item)
        used += len(item[1])
        if len(chunk) >= size or used >= max_bytes:
            yield chunk
            chunk, used = [], 0
    if chunk:
        yield chunk


# -- the batch (parent) --------------------------------------------------------------------------------------------
def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


class _Pool:
    """A process pool that survives its workers dying: a chunk whose worker crashed is re-run one record at a time,
    alone on a fresh pool, so the record that kills the worker is the only one reported as crashed."""

    def __init__(self, jobs: int, options: BatchOptions, mp_context, stats: BatchStats):
        self.jobs, self.options, self.mp_context, self.stats = jobs, options, mp_context, stats
        self.executor = self._new()
        self.consecutive_crashes = 0

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.mp_context, initializer=_init_worker,
                                   initargs=(self.options,))

    def submit(self, chunk: list[Item]) -> Future:
        try:
            return self.executor.submit(_process_chunk, chunk)
        except BrokenProcessPool as error:
            # A worker died and the pool broke before ``result`` saw it (a race with the next chunk's submission):
            # this chunk fails like the ones in flight, and ``result`` re-runs it on a fresh pool.
            failed: Future = Future()
            failed.set_exception(error)
            return failed

    def restart(self) -> None:
        self.stats.worker_restarts += 1
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._new()

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)

    def result(self, chunk: list[Item], future: Future, pending: deque) -> list[Outcome]:
        try:
            outcomes = future.result()
            if len(outcomes) == len(chunk):
                return outcomes
        except Exception:  # noqa: BLE001 - BrokenProcessPool, or anything else: recover below
            pass
        # The pool is probably broken (a worker died): every chunk in flight failed with it. Re-run this chunk one
        # record at a time on a fresh pool, with nothing else in flight, then resubmit the chunks still pending.
        self.restart()
        outcomes = []
        hard = TimeLimit(self.options.timeout, hard=True).hard_seconds if time_limits_supported() else 0.0
        for item in chunk:
            started = time.monotonic()
            try:
                outcomes.extend(self.submit([item]).result())
                self.consecutive_crashes = 0
            except Exception as error:  # noqa: BLE001
                if hard and time.monotonic() - started >= hard:
                    # Alone in its worker for at least the CPU-time backstop: the kernel stopped it (TimeLimit).
                    # A time-out, not a broken pool.
                    message = (f"{_timeout_message(self.options.timeout)} (the worker process was stopped after "
                               f"{hard:g} s of CPU time: the cleaner could not be interrupted)")
                    outcomes.append(crash_outcome(item, self.options, "", message=message))
                    self.consecutive_crashes = 0
                    self.restart()
                    continue
                self.consecutive_crashes += 1
                if self.consecutive_crashes >= MAX_CONSECUTIVE_CRASHES:
                    raise WorkerPoolError(f"the worker processes died on {self.consecutive_crashes} records in a "
                                          f"row (last: {type(error).__name__}: {error}); run with --jobs 1 to "
                                          f"see why") from error
                outcomes.append(crash_outcome(item, self.options, f"{type(error).__name__}: {error}".rstrip(": ")))
                self.restart()
        for index, (other, earlier) in enumerate(pending):
            if not (earlier.done() and not earlier.cancelled() and earlier.exception() is None):
                pending[index] = (other, self.submit(other))
        return outcomes


def run_batch(stream: IO[bytes], out: IO[bytes], options: BatchOptions = BatchOptions(), *, jobs: int | None = None,
              chunk_size: int = DEFAULT_CHUNK_SIZE, chunk_bytes: int = DEFAULT_CHUNK_BYTES,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, window: int | None = None,
              progress: Callable[[BatchStats], None] | None = None, mp_context=None,
              cleaner: Cleaner | None = None) -> BatchStats:
    """Clean every line of ``stream`` (bytes, JSONL) into ``out`` (bytes). Returns the statistics.

    ``jobs`` worker processes (default: the usable cores; 1 runs in this process); ``window`` chunks in flight at
    most (default ``4 * jobs``). Raises only for I/O errors on ``stream`` / ``out`` (and for invalid options).
    """
    if options.input_format not in FORMATS:
        raise ValueError(f"input_format must be one of {', '.join(FORMATS)}")
    if not options.timeout >= 0:  # also refuses NaN
        raise ValueError(f"timeout must be 0 (no limit) or a number of seconds, not {options.timeout!r}")
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    stats = BatchStats()
    started = time.perf_counter()

    def write(outcomes: list[Outcome]) -> None:
        for line, error, kinds in outcomes:
            out.write(line)
            stats.records += 1
            if error is not None:
                stats.errors += 1
                stats.timeouts += error.startswith("timed out after ")
                key = re.sub(r"\d[\d,.]*", "N", error.split(":")[0])[:80]
                if key in stats.error_messages or len(stats.error_messages) < 50:  # bounded, like all the rest
                    stats.error_messages[key] += 1
                else:
                    stats.error_messages["other errors"] += 1
            stats.removed.update(kinds)
        stats.seconds = time.perf_counter() - started
        if progress is not None:
            progress(stats)

    # A read error (a truncated or corrupt gzip, a failing disk) ends the input: every record read before it is still
    # cleaned and written, then the error is raised.
    failure: list[BaseException] = []

    def items() -> Iterator[Item]:
        try:
            yield from read_items(stream, max_record_bytes)
        except (OSError, EOFError, zlib.error) as error:
            failure.append(error)

    chunks = chunked(items(), chunk_size, chunk_bytes)
    if jobs == 1:
        local = cleaner or options.cleaner.build()
        limit = TimeLimit(options.timeout)  # no hard backstop: it would kill this process
        limit.install()
        try:
            for chunk in chunks:
                stats.bytes_in += sum(len(item[1]) for item in chunk)
                write([process_item(local, options, item, limit) for item in chunk])
        finally:
            limit.uninstall()
    else:
        pool = _Pool(jobs, options, mp_context, stats)
        limit = max(2, window or WINDOW_PER_JOB * jobs)
        pending: deque[tuple[list[Item], Future]] = deque()
        try:
            for chunk in chunks:
                stats.bytes_in += sum(len(item[1]) for item in chunk)
                while len(pending) >= limit:
                    done, future = pending.popleft()
                    write(pool.result(done, future, pending))
                pending.append((chunk, pool.submit(chunk)))
            while pending:
                done, future = pending.popleft()
                write(pool.result(done, future, pending))
        finally:
            pool.close()
    stats.seconds = time.perf_counter() - started
    if failure:
        raise InputReadError(f"reading the input failed after line {stats.records}: "
                             f"{type(failure[0]).__name__}: {failure[0]}", stats) from failure[0]
    return stats


__all__ = ["BatchOptions", "BatchStats", "CleanerOptions", "DEFAULT_MAX_RECORD_BYTES", "DEFAULT_TIMEOUT", "InputReadError",
           "RecordTimeout", "TimeLimit", "WorkerPoolError", "default_jobs", "dumps_line", "process_item", "read_items",
           "run_batch", "time_limits_supported", "warm_up"]
