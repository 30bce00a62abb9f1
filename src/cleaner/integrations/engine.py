"""What the engine integrations (Spark, datatrove) share: one Cleaner per worker process, a per-record time limit
that works in any thread, and one record cleaned into a plain dict that never raises.

Nothing here imports an engine: this module needs only the cleaner itself, so other engines (Dask, Ray Data, a
thread pool: docs/engines.md) can use it as it is::

    from cleaner.integrations.engine import clean_value, worker_cleaner
    cleaner = worker_cleaner({"preset": "balanced"})        # one per process and options
    row = clean_value(cleaner, page, url, "auto", 60)       # CleanResult.to_dict() + "error": None, or {"error": ...}
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import threading
import time
from collections.abc import Callable
from typing import Any

from ..batch import RecordTimeout, warm_up
from ..errors import CleanerError
from ..pipeline import Cleaner, sniff_format

#: After the deadline, the interruption is raised again this often (seconds) while the record is still running
#: (in case some code swallowed it).
_REPEAT_SECONDS = 0.1


# -- the time limit, in any thread -------------------------------------------------------------------------------------
def _async_raise(thread_id: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in the thread ``thread_id`` at its next bytecode (None: cancel a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exception) if exception is not None else None)


class Watchdog:
    """A per-record time limit that works in any thread of the process (not only the main one, as ``SIGALRM``).

    ``run(function, seconds)`` calls ``function()`` in the calling thread; if it is still running after ``seconds``,
    a watchdog thread raises ``RecordTimeout`` in it (``PyThreadState_SetAsyncExc``), again every 0.1 s until it
    gives up. A ``BaseException``: the libraries' ``except Exception`` blocks let it through, their ``finally`` blocks
    run. One watchdog thread per process (re-created after a fork); one record at a time per ``Watchdog``."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._job: tuple[int, float, object] | None = None
        self._fired: object | None = None
        self._thread: threading.Thread | None = None
        self._pid = -1

    def _ensure_thread(self) -> None:
        if self._pid != os.getpid() or self._thread is None or not self._thread.is_alive():
            self._cond = threading.Condition()  # a lock inherited over a fork may be held by a thread that is gone
            self._job = None
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._loop, name="cleaner-record-watchdog", daemon=True)
            self._thread.start()

    def _loop(self) -> None:
        cond = self._cond
        with cond:
            while cond is self._cond:
                job = self._job
                if job is None:
                    cond.wait()
                    continue
                thread_id, deadline, token = job
                now = time.monotonic()
                if now < deadline:
                    cond.wait(deadline - now)
                    continue
                self._fired = token
                _async_raise(thread_id, RecordTimeout)
                self._job = (thread_id, now + _REPEAT_SECONDS, token)

    def run(self, function: Callable[[], Any], seconds: float) -> Any:
        if not seconds or seconds <= 0:
            return function()
        self._ensure_thread()
        thread_id, token = threading.get_ident(), object()
        with self._cond:
            self._job = (thread_id, time.monotonic() + seconds, token)
            self._cond.notify()
        try:
            return function()
        finally:
            # A repeat of the interruption can arrive as ``_stop`` is entered (the interpreter checks for one when a
            # function starts), before it has cleared the job: it must not escape, or the job would stay set and the
            # next repeat would land in the caller's code after the record (a batch stopped by a record that had
            # already timed out).
            while True:
                try:
                    self._stop(thread_id, token)
                    break
                except RecordTimeout:
                    continue

    def _stop(self, thread_id: int, token: object) -> None:
        while True:
            try:
                with self._cond:
                    if self._job is not None and self._job[2] is token:
                        self._job = None
                    if self._fired is token:
                        _async_raise(thread_id, None)  # one raised but not yet delivered: cancel it
                        self._fired = None
                return
            except RecordTimeout:  # delivered right here, after the record itself had ended
                continue


# -- one worker's state -------------------------------------------------------------------------------------------------
_cleaners: dict[str, Cleaner] = {}
_watchdog = Watchdog()


def _options_key(options: dict[str, Any]) -> str:
    return json.dumps(options, sort_keys=True, default=repr)


def worker_cleaner(options: dict[str, Any]) -> Cleaner:
    """This process's ``Cleaner`` for these options (built once per process and options)."""
    key = _options_key(options)
    cleaner = _cleaners.get(key)
    if cleaner is None:
        cleaner = _cleaners[key] = Cleaner(**options)
    return cleaner


def _error_row(message: str) -> dict[str, Any]:
    return {"error": message}


def run_limited(function: Callable[[], Any], timeout: float) -> Any:
    """``function()`` under this process's watchdog (``RecordTimeout`` after ``timeout`` seconds; 0: no limit)."""
    return _watchdog.run(function, timeout) if timeout else function()


def clean_value(cleaner: Cleaner, document: Any, url: Any, fmt: str, timeout: float,
                column: str = "document", site: Any = None) -> dict[str, Any]:
    """The result row of one document: ``CleanResult.to_dict()`` plus ``error`` (None), or only ``error``.
    ``site``: a ``SiteProfile`` to apply (None: none). Never raises (but for ``KeyboardInterrupt`` /
    ``SystemExit``)."""
    if document is None:
        return _error_row(f"the {column!r} column is null")
    if not isinstance(document, (str, bytes, bytearray)):
        return _error_row(f"the {column!r} column holds {type(document).__name__}, not a string or bytes")
    if isinstance(document, bytearray):
        document = bytes(document)
    if not isinstance(url, str) or not url:
        url = None
    extra = {"site": site} if site is not None else {}
    try:
        if timeout:
            kinds: tuple[str, ...]
            if fmt == "auto" and isinstance(document, str):
                kinds = ("html",) if sniff_format(document[:65536]) == "html" else ("text",)
            else:
                kinds = ("html",) if fmt == "html" else ("text",) if fmt != "auto" else ("text", "html")
            for kind in kinds:  # what the libraries load on first use is not cut short by a time-out
                warm_up(cleaner, kind)
            result = _watchdog.run(lambda: cleaner.clean(document, url=url, format=fmt, **extra), timeout)
        else:
            result = cleaner.clean(document, url=url, format=fmt, **extra)
    except RecordTimeout:
        gc.collect()  # the interrupted page's objects, now unreachable, some of them in cycles
        return _error_row(f"timed out after {timeout:g} s")
    except CleanerError as error:
        return _error_row(f"{type(error).__name__}: {error}")
    except Exception as error:  # noqa: BLE001 - a job never stops on one record
        return _error_row(f"{type(error).__name__}: {error}")
    row = result.to_dict()
    row["error"] = None
    return row


__all__ = ["Watchdog", "clean_value", "run_limited", "worker_cleaner"]
