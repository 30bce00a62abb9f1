"""Clean a Spark DataFrame of pages (``pip install "scrape-cleaner[spark]"``): docs/engines.md.

    from cleaner.integrations.spark import clean_dataframe
    cleaned = clean_dataframe(df, "html", url_column="url")          # adds the struct column "cleaned"
    cleaned.select("url", "cleaned.text", "cleaned.author", "cleaned.error")

``clean_dataframe`` adds one struct column (``output_column``, default ``"cleaned"``) to every row: the fields of
``CleanResult.to_dict()`` (text, markdown, title, author, source_url, language, date, sitename, url, description,
format, links, removed, warnings) and ``error``. Every input row comes back, in a row of its own: a row that cannot
be cleaned (a null document, undecodable bytes, a document over the cleaner's size limits, an exception inside the
cleaner, a record still running after ``timeout`` seconds) has ``error`` set and its other fields null; the job goes
on.

How it runs:

- ``DataFrame.mapInArrow``: Arrow record batches in and out, no pandas; the input columns are passed through as
  they are (the same Arrow arrays) and the result column is appended.
- One ``Cleaner`` per Python worker process, built on first use and kept in a module-level cache keyed by the
  cleaning options (Spark reuses its Python workers: ``spark.python.worker.reuse``, on by default), so cue data and
  language profiles are loaded once per worker, not once per batch. Only strings, bytes and Arrow arrays cross
  process boundaries; lxml trees live and die inside one ``clean()`` call.
- A per-record time limit that works in any thread: a watchdog thread (one per worker process) raises
  ``RecordTimeout`` in the thread that cleans, through ``PyThreadState_SetAsyncExc``, when a record runs past its
  deadline. Spark may call the function off the main thread, where ``SIGALRM`` (what ``cleaner batch`` uses) cannot
  be installed. Like a signal, the exception arrives between two Python bytecodes: a single long C call (one lxml
  parse) delays it until it returns, and a C call that never returns is not interrupted (docs/engines.md).
- Batch size: ``clean_dataframe`` sets ``spark.sql.execution.arrow.maxRecordsPerBatch`` to ``batch_size`` (default
  ``DEFAULT_BATCH_SIZE``, measured: docs/engines.md) when it is still at Spark's default of 10,000 rows (10,000 HTML
  pages of ~100 KB would be a gigabyte a batch); a value you set yourself is kept. Whatever the input batches, the
  output is produced in slices of at most ``batch_size`` rows.
"""

from __future__ import annotations

import ctypes
import gc
import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

try:
    import pyarrow as pa
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('cleaner.integrations.spark needs PySpark and pyarrow: pip install "scrape-cleaner[spark]"'
                      ) from error

from ..batch import DEFAULT_TIMEOUT, RecordTimeout, warm_up
from ..errors import CleanerError
from ..pipeline import FORMATS, Cleaner, sniff_format

#: Rows per Arrow batch (``spark.sql.execution.arrow.maxRecordsPerBatch``) unless the session already sets one:
#: measured on bench HTML pages (benchmarks/spark_throughput.py, docs/engines.md).
DEFAULT_BATCH_SIZE = 64
_SPARK_DEFAULT_BATCH = "10000"
_BATCH_CONF = "spark.sql.execution.arrow.maxRecordsPerBatch"
#: After the deadline, the interruption is raised again this often (seconds) while the record is still running
#: (in case some code swallowed it).
_REPEAT_SECONDS = 0.1

_STRING_FIELDS = ("text", "markdown", "title", "author", "source_url", "language", "date", "sitename", "url",
                  "description", "format")


def result_schema() -> T.StructType:
    """The Spark type of the result column: ``CleanResult.to_dict()`` field for field, plus ``error``."""
    string = T.StringType()
    link = T.StructType([T.StructField("url", string), T.StructField("text", string), T.StructField("kind", string),
                         T.StructField("kept", T.BooleanType())])
    removal = T.StructType([T.StructField("kind", string), T.StructField("rule", string),
                            T.StructField("cue", string), T.StructField("confidence", T.DoubleType()),
                            T.StructField("text", string), T.StructField("start", T.LongType()),
                            T.StructField("end", T.LongType()), T.StructField("xpath", string)])
    fields = [T.StructField(name, string) for name in _STRING_FIELDS]
    fields += [T.StructField("links", T.ArrayType(link)), T.StructField("removed", T.ArrayType(removal)),
               T.StructField("warnings", T.ArrayType(string)), T.StructField("error", string)]
    return T.StructType(fields)


def _arrow_result_type(large: bool) -> "pa.DataType":
    from pyspark.sql.pandas.types import to_arrow_type

    return to_arrow_type(result_schema(), prefers_large_types=large)


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
            self._stop(thread_id, token)

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


def clean_value(cleaner: Cleaner, document: Any, url: Any, fmt: str, timeout: float,
                column: str = "document") -> dict[str, Any]:
    """The result row of one document: ``CleanResult.to_dict()`` plus ``error`` (None), or only ``error``.
    Never raises (but for ``KeyboardInterrupt`` / ``SystemExit``)."""
    if document is None:
        return _error_row(f"the {column!r} column is null")
    if not isinstance(document, (str, bytes, bytearray)):
        return _error_row(f"the {column!r} column holds {type(document).__name__}, not a string or bytes")
    if not isinstance(url, str) or not url:
        url = None
    try:
        if timeout:
            kind = fmt if fmt in ("html", "text") else "text"
            if fmt == "auto" and isinstance(document, str):
                kind = "html" if sniff_format(document[:65536]) == "html" else "text"
            warm_up(cleaner, kind if kind == "html" else "text")
            result = _watchdog.run(lambda: cleaner.clean(document, url=url, format=fmt), timeout)
        else:
            result = cleaner.clean(document, url=url, format=fmt)
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


def _clean_batches(column: str, url_column: str | None, fmt: str, options: dict[str, Any], timeout: float,
                   slice_rows: int, output_column: str, output_type: "pa.DataType"
                   ) -> Callable[[Iterator["pa.RecordBatch"]], Iterator["pa.RecordBatch"]]:
    plain_type = _arrow_result_type(False)

    def run(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        cleaner = worker_cleaner(options)
        for batch in batches:
            for start in range(0, batch.num_rows, slice_rows):
                piece = batch.slice(start, slice_rows)
                documents = piece.column(column).to_pylist()
                urls = piece.column(url_column).to_pylist() if url_column else [None] * len(documents)
                rows = [clean_value(cleaner, document, url, fmt, timeout, column)
                        for document, url in zip(documents, urls)]
                result = pa.array(rows, type=plain_type)
                if output_type != plain_type:
                    result = result.cast(output_type)
                yield pa.RecordBatch.from_arrays(list(piece.columns) + [result],
                                                 names=list(piece.schema.names) + [output_column])

    return run


def _set_batch_size(spark, batch_size: int) -> None:
    try:
        current = spark.conf.get(_BATCH_CONF, _SPARK_DEFAULT_BATCH)
    except Exception:  # noqa: BLE001 - e.g. a conf that cannot be read on this deployment
        return
    if str(current) == _SPARK_DEFAULT_BATCH:
        spark.conf.set(_BATCH_CONF, str(batch_size))


def clean_dataframe(df: DataFrame, column: str, *, url_column: str | None = None, format: str = "auto",
                    output_column: str = "cleaned", site_profiles: Any = None, timeout: float = DEFAULT_TIMEOUT,
                    batch_size: int = DEFAULT_BATCH_SIZE, **cleaner_options: Any) -> DataFrame:
    """``df`` with a struct column ``output_column`` holding the cleaning of ``column`` (string or binary).

    url_column: a string column with each page's URL (passed to the cleaner; null or empty: none).
    format: "auto" (sniffed per document), "text", "markdown" or "html".
    site_profiles: profiles from ``learn_sites`` (a DataFrame) to apply; see ``learn_sites``.
    timeout: seconds one record may take (0: no limit); over it, the row's ``error`` is "timed out after N s".
    batch_size: Arrow batch rows (see the module's docstring).
    cleaner_options: ``Cleaner(...)`` keywords (preset, kinds, cue_files, detect_language, max_html_bytes...);
    cue files must be readable at the same path on every worker.
    """
    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    if column not in df.columns:
        raise ValueError(f"no column {column!r} in the DataFrame (columns: {', '.join(df.columns)})")
    if url_column is not None and url_column not in df.columns:
        raise ValueError(f"no column {url_column!r} in the DataFrame")
    if output_column in df.columns:
        raise ValueError(f"the DataFrame already has a column {output_column!r}: choose another output_column")
    if not timeout >= 0:
        raise ValueError(f"timeout must be 0 (no limit) or a number of seconds, not {timeout!r}")
    if site_profiles is not None:
        raise NotImplementedError("site_profiles: learn_sites is not available in this build (docs/engines.md)")
    options = dict(cleaner_options)
    Cleaner(**options)  # invalid options fail here, on the driver, not in every task
    spark = df.sparkSession
    _set_batch_size(spark, batch_size)
    try:
        large = spark.conf.get("spark.sql.execution.arrow.useLargeVarTypes", "false") == "true"
    except Exception:  # noqa: BLE001
        large = False
    output_type = _arrow_result_type(large)
    schema = T.StructType(list(df.schema.fields) + [T.StructField(output_column, result_schema())])
    function = _clean_batches(column, url_column, format, options, float(timeout), max(1, int(batch_size)),
                              output_column, output_type)
    return df.mapInArrow(function, schema)


__all__ = ["DEFAULT_BATCH_SIZE", "Watchdog", "clean_dataframe", "clean_value", "result_schema", "worker_cleaner"]
