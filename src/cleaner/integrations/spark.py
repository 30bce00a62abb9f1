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

from collections.abc import Callable, Iterator
from typing import Any

try:
    import pyarrow as pa
    from pyspark.sql import DataFrame
    from pyspark.sql import types as T
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError('cleaner.integrations.spark needs PySpark and pyarrow: pip install "scrape-cleaner[spark]"'
                      ) from error

from ..batch import DEFAULT_TIMEOUT
from ..pipeline import FORMATS, Cleaner
from ._engine import Watchdog, clean_value, worker_cleaner

#: Rows per Arrow batch (``spark.sql.execution.arrow.maxRecordsPerBatch``) unless the session already sets one:
#: measured on bench HTML pages (benchmarks/spark_throughput.py, docs/engines.md).
DEFAULT_BATCH_SIZE = 64
_SPARK_DEFAULT_BATCH = "10000"
_BATCH_CONF = "spark.sql.execution.arrow.maxRecordsPerBatch"

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
