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
import math
import multiprocessing
import multiprocessing.connection as mp_connection
import os
import pickle
import re
import signal
import sys
import threading
import time
import warnings
import zlib
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from .model import KINDS
from .options import Options
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
    """Deprecated: pass a ``cleaner.Options`` (``Cleaner.options``) as ``BatchOptions.cleaner``; it carries every option
    (thresholds, languages, size limits, HTML settings), this only the four the command line had first. Kept so that
    code written against it still runs; it warns once when built."""

    preset: str = "balanced"
    kinds: tuple[str, ...] | None = None
    cue_files: tuple[str, ...] = ()
    detect_language: bool = True

    def __post_init__(self) -> None:
        warnings.warn("cleaner.batch.CleanerOptions is deprecated: use cleaner.Options", DeprecationWarning,
                      stacklevel=3)

    def to_options(self) -> Options:
        return Options(preset=self.preset, kinds=self.kinds if self.kinds is not None else KINDS,
                       cue_files=self.cue_files, detect_language=self.detect_language)

    def build(self) -> Cleaner:
        return Cleaner.from_options(self.to_options())


def build_cleaner(options: "Options | CleanerOptions") -> Cleaner:
    """The ``Cleaner`` of a worker, from a whole ``cleaner.Options`` (or the deprecated ``CleanerOptions``)."""
    if isinstance(options, CleanerOptions):
        options = options.to_options()
    return Cleaner.from_options(options)


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
    cleaner: "Options | CleanerOptions" = Options()
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
    #: Of ``records``, those a resumed batch found already written (counted from the partial output).
    resumed: int = 0

    @property
    def docs_per_second(self) -> float:
        """Records cleaned by this run (not the resumed ones) per second."""
        return (self.records - self.resumed) / self.seconds if self.seconds > 0 else 0.0

    def count(self, error: str | None, kinds: Iterable[str]) -> None:
        """Count one output record: its error message (None when it was cleaned) and the kinds it had removed."""
        self.records += 1
        if error is not None:
            self.errors += 1
            self.timeouts += error.startswith("timed out after ")
            key = re.sub(r"\d[\d,.]*", "N", error.split(":")[0])[:80]
            if key in self.error_messages or len(self.error_messages) < 50:  # bounded, like all the rest
                self.error_messages[key] += 1
            else:
                self.error_messages["other errors"] += 1
        self.removed.update(kinds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "records": self.records, "errors": self.errors,
            "removed": {kind: self.removed[kind] for kind in sorted(self.removed, key=_kind_order)},
            "seconds": round(self.seconds, 3), "docs_per_second": round(self.docs_per_second, 1),
            "worker_restarts": self.worker_restarts, "timeouts": self.timeouts, "resumed": self.resumed,
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
            from .language import detector_factory

            detector_factory()
        cleaner.clean(_WARM_UP[kind], format=kind)
    except Exception:  # noqa: BLE001 - e.g. the HTML adapter missing: the record itself will say so
        pass


def finite(value: Any) -> Any:
    """``value`` with every float that JSON cannot hold (NaN, Infinity, -Infinity: Python's ``json`` reads them, and
    numbers too big for a float, such as ``1e999``, as ``inf``) replaced by None, in nested dicts and lists too."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


def dumps_line(record: dict[str, Any]) -> bytes:
    """One output line: strict, deterministic JSON (never ``NaN`` or ``Infinity``: such numbers in the input are
    written as ``null``), UTF-8, non-ASCII kept; lone surrogates (which UTF-8 cannot carry) fall back to ``\\u``
    escapes so the line is still valid JSON that round-trips."""
    try:
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    except ValueError:  # a non-finite float (a circular reference cannot come from JSON)
        record = finite(record)
        text = json.dumps(record, ensure_ascii=False, allow_nan=False)
    try:
        return (text + "\n").encode("utf-8")
    except UnicodeEncodeError:
        return (json.dumps(record, ensure_ascii=True, allow_nan=False) + "\n").encode("ascii")


def find_id(text: str, name: str) -> Any:
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
            return _fail(message, number, None, options, record_id=find_id(prefix, options.id_field))
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as error:
            raw = data.decode("utf-8", "replace")
            return _fail(f"the line is not valid UTF-8 ({error.reason} at byte {error.start})", number, None,
                         options, raw=raw.rstrip("\r\n"), record_id=find_id(raw, options.id_field))
        text = text.rstrip("\r\n")
        if number == 1 and text.startswith("\ufeff"):
            text = text[1:]
        if not text.strip():
            return _fail("empty line", number, None, options, raw=text)
        try:
            record = json.loads(text)
        except ValueError as error:  # JSONDecodeError
            return _fail(f"invalid JSON: {error}", number, None, options, raw=text,
                         record_id=find_id(text, options.id_field))
        except RecursionError:
            return _fail("invalid JSON: nested too deeply", number, None, options, raw=text,
                         record_id=find_id(text, options.id_field))
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
                 record_id=None if record is not None else find_id(head, options.id_field))


# -- worker processes ---------------------------------------------------------------------------------------------
# Worker-process state: one Cleaner per process, built when the worker starts.
_worker_cleaner: Cleaner | None = None
_worker_options: BatchOptions | None = None
_worker_limit: TimeLimit | None = None

#: Linux prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: How often (seconds) a worker's watchdog thread checks that the batch process is still there.
WATCHDOG_SECONDS = 1.0


def _die_with_parent(parent_pid: int) -> None:
    """End this worker when the batch process dies, even by SIGKILL (which it cannot handle): on Linux the kernel
    sends SIGKILL (``prctl(PR_SET_PDEATHSIG)``); everywhere, a watchdog thread checks every second that the batch
    process is still there and ends the worker when it is not (also the fallback where the kernel cannot: macOS,
    the BSDs, a worker started by a fork server, whose parent is not the batch process)."""
    direct = os.getppid() == parent_pid  # forked or spawned by the batch process itself (not a fork server)
    if sys.platform.startswith("linux") and direct:
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # pragma: no cover - no prctl: the watchdog below does it
            pass
    if not _parent_alive(parent_pid, direct):  # died before the prctl call: the kernel will not tell us
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(WATCHDOG_SECONDS)
            if not _parent_alive(parent_pid, direct):
                os._exit(1)

    # Signals stay the main thread's (the time limit's alarm above all): the thread starts with them all blocked.
    masked = hasattr(signal, "pthread_sigmask")
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals()) if masked else None
    try:
        threading.Thread(target=watch, name="cleaner-parent-watchdog", daemon=True).start()
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _parent_alive(parent_pid: int, direct: bool) -> bool:
    if direct:  # a child of the batch process: re-parented (to init or a sub-reaper) when it dies
        return os.getppid() == parent_pid
    try:  # started by a fork server: is the batch process still there?
        os.kill(parent_pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: a process of another user took the number; ours is gone
        return False
    return True


def _init_worker(options: BatchOptions, parent_pid: int | None = None) -> None:
    global _worker_cleaner, _worker_options, _worker_limit
    try:
        # Ctrl-C reaches the whole process group: it is the parent's to handle (it ends the workers itself).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # A forked worker inherits the parent's SIGTERM handler: back to the default (end at once).
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
    except (ValueError, OSError):  # pragma: no cover - not in the main thread
        pass
    if parent_pid is not None:
        _die_with_parent(parent_pid)
    _worker_options = options
    _worker_cleaner = build_cleaner(options.cleaner)
    _worker_limit = TimeLimit(options.timeout, hard=True)
    _worker_limit.install()


def _process_chunk(items: list[Item]) -> list[Outcome]:
    assert _worker_cleaner is not None and _worker_options is not None, "the worker was not initialized"
    return [process_item(_worker_cleaner, _worker_options, item, _worker_limit) for item in items]


#: The first message of a worker: its cleaner is built, it waits for work.
_READY = "ready"


def _worker_main(conn, options: BatchOptions, parent_pid: int) -> None:
    """A worker process: build the cleaner, say so, then clean the chunks the parent sends, one at a time, until it
    sends None or goes away. Each worker has its own pipe: a worker that dies can only break its own."""
    _init_worker(options, parent_pid)
    conn.send(_READY)
    while True:
        try:
            items = pickle.loads(conn.recv_bytes())
        except (EOFError, OSError):  # the parent is gone
            return
        if items is None:
            return
        conn.send(_process_chunk(items))


# -- reading (parent) ----------------------------------------------------------------------------------------------
def read_items(stream: IO[bytes], max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, *, first: int = 1) -> Iterator[Item]:
    """The input's lines as items, numbered from ``first`` (1: the stream's first line is line 1; a resumed batch
    reads the rest of its input with the number of the line it starts at). A line over ``max_record_bytes`` is read
    and discarded in pieces (memory stays bounded) and yields its first bytes and its size; a last line without a
    newline counts."""
    number = first - 1
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


# -- stopping: signals, the error limit -------------------------------------------------------------------------------
class BatchInterrupted(KeyboardInterrupt):
    """The batch was stopped by SIGINT (Ctrl-C) or SIGTERM: reading stopped, the workers were ended, every record
    finished before was written (``stats``); ``signum`` says which signal (exit status ``128 + signum``)."""

    def __init__(self, signum: int, stats: "BatchStats"):
        super().__init__(f"interrupted by {signal.Signals(signum).name}")
        self.signum, self.stats = signum, stats


class TooManyErrors(RuntimeError):
    """More records failed than ``max_errors`` allows; ``stats`` counts the records written before the stop."""

    def __init__(self, message: str, stats: "BatchStats", *, complete: bool = False):
        super().__init__(message)
        self.stats = stats
        self.complete = complete  # True: judged at the end, every record was processed


class _Stop(BaseException):
    """Raised by the signal handler (only where the batch can stop safely) and by the pool loop."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


class _Signals:
    """SIGINT and SIGTERM while a batch runs (``run_batch(handle_signals=True)``, in the main thread only).

    The handler notes the signal and raises ``_Stop`` only where the parent may stop at once: while it reads the
    input, waits for the workers, or (``jobs=1``) cleans a record. Elsewhere (writing an output line and counting it,
    receiving a result, starting a worker) it only notes it and the batch stops at the next safe point, so an output
    line is never cut and every line written is counted."""

    def __init__(self) -> None:
        self.signum: int | None = None
        self.safe = False
        self.owner = os.getpid()
        self.previous: dict[int, Any] = {}

    def install(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return
        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                self.previous[signum] = signal.signal(signum, self._handle)
            except (ValueError, OSError):  # pragma: no cover
                pass

    def uninstall(self) -> None:
        for signum, previous in self.previous.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self.previous.clear()

    def _handle(self, signum: int, frame) -> None:  # noqa: ARG002 - signal handler signature
        if os.getpid() != self.owner:  # a forked worker, before its initializer reset the handlers
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if self.signum is None:
            self.signum = signum
        if self.safe:
            self.safe = False
            raise _Stop(signum)

    def check(self) -> None:
        if self.signum is not None:
            raise _Stop(self.signum)

    def interruptible(self, function: Callable[[], Any]) -> Any:
        """``function()``, during which a signal stops the batch at once."""
        self.check()
        self.safe = True
        try:
            return function()
        finally:
            self.safe = False


@dataclass(frozen=True)
class ErrorLimit:
    """``--max-errors``: stop when more than ``count`` records failed, or when more than ``share`` (0 to 1) of the
    records failed; a share is judged once ``ERROR_SHARE_MIN_RECORDS`` records are written (fewer records say
    little: the first one failing is 100 %), and again at the end."""

    count: int | None = None
    share: float | None = None
    text: str = ""

    @classmethod
    def parse(cls, text: str) -> "ErrorLimit":
        value = text.strip()
        try:
            if value.endswith("%"):
                share = float(value[:-1])
                if not 0 <= share < 100:
                    raise ValueError
                return cls(share=share / 100, text=value)
            count = int(value)
            if count < 0:
                raise ValueError
            return cls(count=count, text=value)
        except ValueError:
            raise ValueError(f"--max-errors takes a number of records (0 or more) or a share under 100 % "
                             f"('5%'), not {text!r}") from None

    def exceeded(self, stats: "BatchStats", *, final: bool = False) -> str | None:
        if self.count is not None and stats.errors > self.count:
            return f"more than {self.count:,} records failed (--max-errors {self.text})"
        if self.share is not None and (final or stats.records >= ERROR_SHARE_MIN_RECORDS) and stats.records and \
                stats.errors > self.share * stats.records:
            return (f"{stats.errors:,} of {stats.records:,} records failed ({100 * stats.errors / stats.records:.1f} "
                    f"%), over --max-errors {self.text}")
        return None


#: A share of failed records (``--max-errors 5%``) is judged once this many records are written.
ERROR_SHARE_MIN_RECORDS = 100


# -- the batch (parent) --------------------------------------------------------------------------------------------
def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


#: Seconds a new worker may take to build its cleaner (and say so) before it is taken for hung and replaced.
WORKER_START_TIMEOUT = 300.0
#: Over the time limit of its records, the seconds a worker may take to answer before the parent kills it (a worker
#: stuck where neither its alarm nor its CPU-time limit reaches: a lock, a stopped process).
TASK_GRACE_SECONDS = 60.0
#: How often (seconds) the parent wakes up while it waits, to check the workers' deadlines.
_POLL_SECONDS = 0.5


@dataclass
class _Task:
    """Records sent to a worker at once: the ``items`` of chunk ``seq``, from position ``offset`` in it."""

    seq: int
    offset: int
    items: list[Item]
    _payload: bytes | None = None

    @property
    def payload(self) -> bytes:
        if self._payload is None:
            self._payload = pickle.dumps(self.items, protocol=pickle.HIGHEST_PROTOCOL)
        return self._payload


def _send_capacity(conn) -> int:
    """How many bytes can be written to this pipe, empty, without blocking: a quarter of the socket's send buffer
    (Linux: about 50 KB; macOS: 2 KB); 0 when it is not a socket (Windows' named pipes)."""
    try:
        import socket

        probe = socket.socket(fileno=os.dup(conn.fileno()))
        try:
            return max(0, probe.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) // 4)
        finally:
            probe.close()
    except (OSError, AttributeError, ValueError):
        return 0


class _Worker:
    """One worker process and its own duplex pipe.

    The parent never blocks writing to it: a task is sent when the worker is idle (it said it is ready, or answered
    all its tasks), so it is reading and drains the pipe; and one more task may be sent ahead while it works, only
    when it is small enough to fit in the pipe's buffer (``capacity``): the worker has read its current task whole
    before working on it, so the buffer then holds nothing else. At most two tasks are outstanding; the worker starts
    the second as soon as it has sent the first's answer, without waiting for the parent."""

    def __init__(self, context, options: BatchOptions):
        parent_end, child_end = context.Pipe(duplex=True)
        self.process = context.Process(target=_worker_main, args=(child_end, options, os.getpid()),
                                        name="cleaner-batch-worker", daemon=True)
        try:
            self.process.start()
        finally:
            child_end.close()  # only the worker holds its end: the parent reads EOF the moment the worker dies
        self.conn = parent_end
        self.ready = False
        self.tasks: deque[_Task] = deque()  # sent and not answered, in order; the first is being cleaned
        self.since = time.monotonic()  # started, or began its first task
        self.capacity = _send_capacity(parent_end)

    @property
    def task(self) -> _Task | None:
        """The task being cleaned, if any."""
        return self.tasks[0] if self.tasks else None

    def send(self, task: _Task) -> None:
        if not self.tasks:
            self.since = time.monotonic()
        self.tasks.append(task)
        self.conn.send_bytes(task.payload)

    def stop(self, *, kill: bool) -> None:
        """End the process (politely when idle and ``kill`` is False) and wait for it."""
        if not kill and self.ready and not self.tasks and self.process.is_alive():
            try:
                self.conn.send_bytes(pickle.dumps(None))
            except OSError:
                pass
            self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(10)
        self.conn.close()


class _Pool:
    """``jobs`` worker processes, each with its own pipe, fed one task at a time (and one sent ahead, see _Worker).

    Any order of events is safe: the parent waits on every busy worker's pipe *and* its process sentinel, with a
    time-out, so a worker that dies (killed, crashed, out of memory), before, while or after it sends its answer, is
    seen: its pipe gives EOF (only the worker holds its end), its sentinel fires. Nothing is shared between workers
    (no common queue or lock a dying worker could leave broken), so a death costs only that worker's task: a task of
    several records is re-run one record at a time on fresh workers, so the record that kills its worker is the only
    one reported as crashed; the other workers go on. A worker that does not answer in time (see ``_deadline``) is
    killed and handled the same way."""

    def __init__(self, jobs: int, options: BatchOptions, mp_context, stats: BatchStats, signals: _Signals):
        self.jobs, self.options, self.stats, self.signals = jobs, options, stats, signals
        self.context = mp_context or multiprocessing.get_context()
        self.workers: list[_Worker] = []
        self.consecutive_crashes = 0
        self.hard = TimeLimit(options.timeout, hard=True).hard_seconds if time_limits_supported() else 0.0

    # -- workers --
    def _deadline(self, worker: _Worker) -> float | None:
        task = worker.task
        if task is None:
            return None if worker.ready else worker.since + WORKER_START_TIMEOUT
        if not self.options.timeout:
            return None
        per_record = max(self.options.timeout, self.hard) + 1.0
        return worker.since + len(task.items) * per_record + TASK_GRACE_SECONDS

    def dispatch(self, queue: deque) -> list[tuple[_Task, list[Outcome]]]:
        """Start workers up to ``jobs`` while there is work, and give each ready idle worker a task."""
        done: list[tuple[_Task, list[Outcome]]] = []
        available = sum(1 for worker in self.workers if worker.task is None)  # idle, or starting
        while len(self.workers) < self.jobs and len(queue) > available:
            self.workers.append(_Worker(self.context, self.options))
            available += 1
        idle = [w for w in self.workers if w.ready and not w.tasks]
        ahead = [w for w in self.workers if w.ready and len(w.tasks) == 1]
        for worker in idle + ahead:
            if not queue:
                break
            if worker.tasks and len(queue[0].payload) > worker.capacity:
                continue  # too big to send ahead without a risk of blocking: it waits for an idle worker
            task = queue.popleft()
            try:
                worker.send(task)
            except OSError:  # it died (EPIPE): it never saw this task, which goes to another worker
                worker.tasks.pop()
                queue.appendleft(task)
                done.extend(self._died(worker, queue))
        return done

    def wait(self, queue: deque) -> list[tuple[_Task, list[Outcome]]]:
        """Wait (at most ``_POLL_SECONDS``) for answers and deaths; the tasks that ended, with their outcomes."""
        waitables: dict[Any, _Worker] = {}
        for worker in self.workers:
            waitables[worker.conn] = worker
            waitables[worker.process.sentinel] = worker
        if not waitables:
            time.sleep(0.01)
            return []
        ready = self.signals.interruptible(lambda: mp_connection.wait(list(waitables), timeout=_POLL_SECONDS))
        done: list[tuple[_Task, list[Outcome]]] = []
        seen: set[int] = set()
        for handle in ready:
            worker = waitables[handle]
            if id(worker) in seen or worker not in self.workers:
                continue
            seen.add(id(worker))
            done.extend(self._answer(worker, queue))
        now = time.monotonic()
        for worker in list(self.workers):
            deadline = self._deadline(worker)
            if deadline is not None and now > deadline and worker in self.workers:
                worker.process.kill()  # hung: handled below as a death
                worker.process.join(10)
                done.extend(self._died(worker, queue, hung=True))
        return done

    def _answer(self, worker: _Worker, queue: deque) -> list[tuple[_Task, list[Outcome]]]:
        # Read what the worker sent before looking at whether it is alive: it may answer and then die.
        try:
            while worker.conn.poll():
                message = worker.conn.recv()  # the worker is sending (or died: EOF), never a blocked wait
                if message == _READY:
                    worker.ready, worker.since = True, time.monotonic()
                    continue
                task = worker.task
                if task is None or not isinstance(message, list) or len(message) != len(task.items):
                    raise EOFError("an answer that fits no task")
                worker.tasks.popleft()
                worker.since = time.monotonic()  # the next task, if one was sent ahead, starts now
                self.consecutive_crashes = 0
                return [(task, message)]
        except (EOFError, OSError, pickle.UnpicklingError, AttributeError, ValueError, TypeError):
            return self._died(worker, queue)
        if not worker.process.is_alive():
            return self._died(worker, queue)
        return []

    def _died(self, worker: _Worker, queue: deque, *, hung: bool = False) -> list[tuple[_Task, list[Outcome]]]:
        """A worker is gone: replace it (later, when there is work), and settle its task."""
        worker.stop(kill=True)
        self.workers.remove(worker)
        self.stats.worker_restarts += 1
        code = worker.process.exitcode
        task = worker.task
        for waiting in reversed(list(worker.tasks)[1:]):  # sent ahead, not started: as they were, first in line
            queue.appendleft(waiting)
        if task is None:  # died before or between tasks
            self.consecutive_crashes += 1
            self._check_crashes(f"the worker process died ({_exit_reason(code, hung)})")
            return []
        if len(task.items) > 1:
            # Which record killed it? Run them again one at a time, first in line, on fresh workers.
            for index in range(len(task.items) - 1, -1, -1):
                queue.appendleft(_Task(task.seq, task.offset + index, [task.items[index]]))
            return []
        item = task.items[0]
        if (self.hard and code == -getattr(signal, "SIGPROF", -1)) or hung:
            # Alone in its worker and stopped by the CPU-time backstop (TimeLimit) or the parent's deadline:
            # a time-out, not a broken pool.
            how = (f"the worker process was stopped after {self.hard:g} s of CPU time" if not hung else
                   "the worker process did not answer and was stopped")
            message = f"{_timeout_message(self.options.timeout)} ({how}: the cleaner could not be interrupted)"
            return [(task, [crash_outcome(item, self.options, "", message=message)])]
        self.consecutive_crashes += 1
        reason = _exit_reason(code, hung)
        self._check_crashes(reason)
        return [(task, [crash_outcome(item, self.options, reason)])]

    def _check_crashes(self, reason: str) -> None:
        if self.consecutive_crashes >= MAX_CONSECUTIVE_CRASHES:
            raise WorkerPoolError(f"the worker processes died on {self.consecutive_crashes} records in a row (last: "
                                  f"{reason}); run with --jobs 1 to see why")

    def busy(self) -> bool:
        return any(worker.tasks for worker in self.workers)

    def close(self, *, kill: bool) -> None:
        """End every worker: politely after a batch that ran to its end, at once (SIGKILL) otherwise."""
        workers, self.workers = self.workers, []
        if kill:
            for worker in workers:
                if worker.process.is_alive():
                    worker.process.kill()
        for worker in workers:
            worker.stop(kill=kill)


def _exit_reason(code: int | None, hung: bool) -> str:
    if hung:
        return "it did not answer in time and was killed"
    if code is None:
        return "it went away"
    if code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit status {code}"


def run_batch(stream: IO[bytes] | Iterable[Item], out: Any, options: BatchOptions = BatchOptions(), *,
              jobs: int | None = None, chunk_size: int = DEFAULT_CHUNK_SIZE, chunk_bytes: int = DEFAULT_CHUNK_BYTES,
              max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES, window: int | None = None,
              progress: Callable[[BatchStats], None] | None = None, mp_context=None,
              cleaner: Cleaner | None = None, first_line: int = 1, stats: BatchStats | None = None,
              max_errors: ErrorLimit | None = None, handle_signals: bool = False) -> BatchStats:
    """Clean every line of ``stream`` (bytes, JSONL) into ``out`` (anything with ``write(bytes)``: a binary stream
    or a writer object, one call per output line). Returns the statistics.

    ``stream`` may also be an iterable of items ``(line number, the record's JSON bytes, 0)``: the hook for other
    input formats. ``jobs`` worker processes (default: the usable cores; 1 runs in this process); ``window`` chunks
    read and not yet written at most (default ``4 * jobs``). ``first_line``: the number of the stream's first line
    (a resumed batch); ``stats``: counts to start from (the records a resumed batch already has).
    ``max_errors``: stop with ``TooManyErrors`` past this limit. ``handle_signals``: SIGINT and SIGTERM stop the
    batch cleanly (``BatchInterrupted``; main thread only); without it Ctrl-C raises ``KeyboardInterrupt`` wherever
    it lands. Whatever ends the batch, no worker process is left. Raises for I/O errors on ``stream`` (after the
    records read before: ``InputReadError``) and ``out``, and for invalid options.
    """
    if options.input_format not in FORMATS:
        raise ValueError(f"input_format must be one of {', '.join(FORMATS)}")
    if not options.timeout >= 0:  # also refuses NaN
        raise ValueError(f"timeout must be 0 (no limit) or a number of seconds, not {options.timeout!r}")
    jobs = default_jobs() if jobs is None else max(1, int(jobs))
    stats = stats if stats is not None else BatchStats()
    stats.seconds = 0.0
    started = time.perf_counter()
    signals = _Signals()

    def write(outcomes: list[Outcome]) -> None:
        for line, error, kinds in outcomes:
            out.write(line)
            stats.count(error, kinds)
            if max_errors is not None:
                reason = max_errors.exceeded(stats)
                if reason:
                    raise TooManyErrors(reason, stats)
        stats.seconds = time.perf_counter() - started
        if progress is not None:
            progress(stats)

    # A read error (a truncated or corrupt gzip, a failing disk) ends the input: every record read before it is still
    # cleaned and written, then the error is raised.
    failure: list[BaseException] = []

    def items() -> Iterator[Item]:
        try:
            if hasattr(stream, "readline"):
                yield from read_items(stream, max_record_bytes, first=first_line)  # type: ignore[arg-type]
            else:
                yield from stream  # type: ignore[misc]
        except (OSError, EOFError, zlib.error) as error:
            failure.append(error)

    chunks = chunked(items(), chunk_size, chunk_bytes)
    if handle_signals:
        signals.install()
    pool: _Pool | None = None
    finished = False
    try:
        if jobs == 1:
            local = cleaner or build_cleaner(options.cleaner)
            limit = TimeLimit(options.timeout)  # no hard backstop: it would kill this process
            limit.install()
            try:
                while True:
                    chunk = signals.interruptible(lambda: next(chunks, None))
                    if chunk is None:
                        break
                    stats.bytes_in += sum(len(item[1]) for item in chunk)
                    outcomes: list[Outcome] = []
                    for item in chunk:
                        def one(item: Item = item) -> Outcome:
                            return process_item(local, options, item, limit)

                        outcomes.append(signals.interruptible(one))
                    write(outcomes)
            finally:
                limit.uninstall()
        else:
            pool = _Pool(jobs, options, mp_context, stats, signals)
            _run_pool(pool, chunks, write, max(2, window or WINDOW_PER_JOB * jobs), signals)
        finished = True
    except _Stop as stop:
        signals.signum = stop.signum
    except KeyboardInterrupt:
        if not handle_signals:
            raise
        signals.signum = signal.SIGINT
    finally:
        signals.safe = False
        if pool is not None:
            pool.close(kill=not finished)
        if handle_signals:
            signals.uninstall()
        stats.seconds = time.perf_counter() - started
    if not finished:
        raise BatchInterrupted(signals.signum or signal.SIGINT, stats)
    if failure:
        raise InputReadError(f"reading the input failed after line {first_line - 1 + stats.records - stats.resumed}: "
                             f"{type(failure[0]).__name__}: {failure[0]}", stats) from failure[0]
    if max_errors is not None:
        reason = max_errors.exceeded(stats, final=True)
        if reason:
            raise TooManyErrors(reason, stats, complete=True)
    return stats


def _run_pool(pool: _Pool, chunks: Iterator[list[Item]], write: Callable[[list[Outcome]], None], window: int,
              signals: _Signals) -> None:
    """Read chunks (at most ``window`` read and not yet written), hand them to the workers, write the answers in
    input order as soon as they are complete."""
    queue: deque[_Task] = deque()
    slots: dict[int, list[Outcome | None]] = {}
    missing: dict[int, int] = {}
    next_seq = write_seq = 0
    exhausted = False
    stats = pool.stats
    while True:
        signals.check()
        while not exhausted and next_seq - write_seq < window:
            chunk = signals.interruptible(lambda: next(chunks, None))
            if chunk is None:
                exhausted = True
                break
            stats.bytes_in += sum(len(item[1]) for item in chunk)
            slots[next_seq], missing[next_seq] = [None] * len(chunk), len(chunk)
            queue.append(_Task(next_seq, 0, chunk))
            next_seq += 1
        if exhausted and write_seq == next_seq:
            return
        done = pool.dispatch(queue)
        done.extend(pool.wait(queue))
        for task, outcomes in done:
            slots[task.seq][task.offset:task.offset + len(outcomes)] = outcomes
            missing[task.seq] -= len(outcomes)
        while write_seq in missing and missing[write_seq] == 0:
            complete = [outcome for outcome in slots.pop(write_seq) if outcome is not None]
            del missing[write_seq]
            write_seq += 1
            write(complete)


__all__ = ["BatchInterrupted", "BatchOptions", "BatchStats", "CleanerOptions", "DEFAULT_MAX_RECORD_BYTES",
           "DEFAULT_TIMEOUT", "ErrorLimit", "InputReadError", "RecordTimeout", "TimeLimit", "TooManyErrors",
           "WorkerPoolError", "default_jobs", "dumps_line", "finite", "process_item", "read_items", "run_batch",
           "time_limits_supported", "warm_up"]
