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

import gc
import inspect
import json
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
from ..batch import RecordTimeout
from .engine import Watchdog, clean_value, run_limited, worker_cleaner

#: Rows per Arrow batch (``spark.sql.execution.arrow.maxRecordsPerBatch``) unless the session already sets one:
#: measured on bench HTML pages (benchmarks/spark_throughput.py, docs/engines.md).
DEFAULT_BATCH_SIZE = 64
_SPARK_DEFAULT_BATCH = "10000"
_BATCH_CONF = "spark.sql.execution.arrow.maxRecordsPerBatch"

_SITE, _PROFILE = "__cleaner_site", "__cleaner_profile"


def result_schema() -> T.StructType:
    """The Spark type of the result column: ``CleanResult.to_dict()`` field for field (the Parquet output's
    ``records.result_type()``, derived from the model), plus ``error``."""
    from pyspark.sql.pandas.types import from_arrow_type

    from ..records import result_type

    result = from_arrow_type(result_type())
    assert isinstance(result, T.StructType)
    fields = list(result.fields)
    return T.StructType(fields + [T.StructField("error", T.StringType())])


def _arrow_result_type(large: bool) -> "pa.DataType":
    from pyspark.sql.pandas.types import to_arrow_type

    try:
        return to_arrow_type(result_schema(), prefers_large_types=large)
    except TypeError:  # PySpark before 4.0: no large types
        return to_arrow_type(result_schema())


_profiles: dict[str, Any] = {}  # profile JSON -> SiteProfile, in each worker (a few recent sites)
_PROFILE_CACHE = 64


def _profile(text: str | None, table: dict[str, str] | None = None, site: Any = None):
    if table is not None:
        text = table.get(site) if isinstance(site, str) else None
    if text is None:
        return None
    profile = _profiles.get(text)
    if profile is None:
        from ..sites import SiteProfile

        if len(_profiles) >= _PROFILE_CACHE:
            _profiles.clear()
        profile = _profiles[text] = SiteProfile.from_dict(json.loads(text))
    return profile


def _clean_batches(column: str, url_column: str | None, fmt: str, options: dict[str, Any], timeout: float,
                   slice_rows: int, output_column: str, output_type: "pa.DataType", *,
                   profile_column: str | None = None, site_column: str | None = None,
                   profile_table: dict[str, str] | None = None, drop: tuple[str, ...] = ()
                   ) -> Callable[[Iterator["pa.RecordBatch"]], Iterator["pa.RecordBatch"]]:
    plain_type = _arrow_result_type(False)

    def run(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        cleaner = worker_cleaner(options)
        for batch in batches:
            for start in range(0, batch.num_rows, slice_rows):
                piece = batch.slice(start, slice_rows)
                documents = piece.column(column).to_pylist()
                count = len(documents)
                urls = piece.column(url_column).to_pylist() if url_column else [None] * count
                if profile_column is not None:
                    sites = [_profile(text) for text in piece.column(profile_column).to_pylist()]
                elif profile_table is not None:
                    sites = [_profile(None, profile_table, site) for site in piece.column(site_column).to_pylist()]
                else:
                    sites = [None] * count
                rows = [clean_value(cleaner, document, url, fmt, timeout, column, site)
                        for document, url, site in zip(documents, urls, sites)]
                result = pa.array(rows, type=plain_type)
                if output_type != plain_type:
                    result = result.cast(output_type)
                names = [name for name in piece.schema.names if name not in drop]
                yield pa.RecordBatch.from_arrays([piece.column(name) for name in names] + [result],
                                                 names=names + [output_column])

    return run


def _set_batch_size(spark, batch_size: int) -> None:
    try:
        current = spark.conf.get(_BATCH_CONF, _SPARK_DEFAULT_BATCH)
    except Exception:  # noqa: BLE001 - e.g. a conf that cannot be read on this deployment
        return
    if str(current) == _SPARK_DEFAULT_BATCH:
        spark.conf.set(_BATCH_CONF, str(batch_size))


def clean_dataframe(df: DataFrame, column: str, *, url_column: str | None = None, format: str = "auto",
                    output_column: str = "cleaned", site_profiles: Any = None, site_column: str | None = None,
                    timeout: float = DEFAULT_TIMEOUT, batch_size: int = DEFAULT_BATCH_SIZE,
                    **cleaner_options: Any) -> DataFrame:
    """``df`` with a struct column ``output_column`` holding the cleaning of ``column`` (string or binary).

    url_column: a string column with each page's URL (passed to the cleaner; null or empty: none).
    format: "auto" (sniffed per document), "text", "markdown" or "html".
    site_profiles: the profiles to apply (``Cleaner.clean(..., site=profile)``): the DataFrame ``learn_sites``
        returns (joined to the pages on ``site_column``: scales to any number of sites), or a dict {site:
        SiteProfile} (sent to every task: for a few sites). A page whose site has no profile is cleaned without.
    site_column: the column holding each page's site, as given to ``learn_sites`` (needed with site_profiles).
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
    extra: dict[str, Any] = {}
    if site_profiles is not None:
        if site_column is None or site_column not in df.columns:
            raise ValueError("site_profiles needs site_column: the column holding each page's site")
        if "site" not in inspect.signature(Cleaner.clean).parameters:
            raise NotImplementedError("this build of cleaner cannot apply site profiles (Cleaner.clean has no "
                                      "site= parameter)")
        if isinstance(site_profiles, DataFrame):
            from pyspark.sql import functions as F

            profiles = site_profiles.select(F.col("site").alias(_SITE), F.col("profile").alias(_PROFILE))
            df = df.join(profiles, df[site_column].cast("string") == profiles[_SITE], "left")
            extra = dict(profile_column=_PROFILE, drop=(_SITE, _PROFILE))
        else:
            table = {str(site): json.dumps(profile.to_dict()) for site, profile in dict(site_profiles).items()}
            extra = dict(profile_table=table, site_column=site_column)
    function = _clean_batches(column, url_column, format, options, float(timeout), max(1, int(batch_size)),
                              output_column, output_type, **extra)
    return df.mapInArrow(function, schema)


# -- site learning ------------------------------------------------------------------------------------------------------
def _unit_batches(fmt: str, timeout: float) -> Callable[[Iterator["pa.RecordBatch"]], Iterator["pa.RecordBatch"]]:
    """(site, page) rows -> (site, unit, failed) rows: per page one row with unit null (the page itself, failed when
    it could not be read), then one row per unit of the page (``page_units``, as a signed 64-bit int)."""

    def run(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        from ..sites import page_units, to_signed

        for batch in batches:
            out_sites: list[Any] = []
            out_units: list[Any] = []
            out_failed: list[bool] = []
            for site, document in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist()):
                units: Any = ()
                failed = document is None
                if not failed:
                    try:
                        units = run_limited(lambda: page_units(document, fmt), timeout)  # noqa: B023 - called now
                    except RecordTimeout:
                        gc.collect()
                        failed = True
                    except Exception:  # noqa: BLE001 - a page that cannot be read: counted as failed, not learned
                        failed = True
                out_sites.append(site)
                out_units.append(None)
                out_failed.append(failed)
                for unit in sorted(units):
                    out_sites.append(site)
                    out_units.append(to_signed(unit))
                    out_failed.append(False)
            yield pa.RecordBatch.from_arrays([pa.array(out_sites, pa.string()), pa.array(out_units, pa.int64()),
                                              pa.array(out_failed, pa.bool_())], names=["site", "unit", "failed"])

    return run


def _profile_batches(params: Any) -> Callable[[Iterator["pa.RecordBatch"]], Iterator["pa.RecordBatch"]]:
    def run(batches: Iterator["pa.RecordBatch"]) -> Iterator["pa.RecordBatch"]:
        from ..sites import SiteProfile, to_signed, to_unsigned

        for batch in batches:
            rows = []
            for row in batch.to_pylist():
                counts = [(to_unsigned(item["unit"]), item["count"]) for item in row["units"] or ()]
                profile = SiteProfile.from_counts(row["site"], row["pages"], counts, params)
                rows.append({"site": row["site"], "pages": profile.pages, "failed_pages": row["failed_pages"],
                             "threshold": profile.threshold,
                             "units": [{"unit": to_signed(unit), "count": count} for unit, count in profile.items()],
                             "profile": json.dumps(profile.to_dict(), ensure_ascii=False, separators=(",", ":"))})
            yield pa.RecordBatch.from_pylist(rows, schema=_PROFILE_ARROW)

    return run


_PROFILE_ARROW = pa.schema([("site", pa.string()), ("pages", pa.int64()), ("failed_pages", pa.int64()),
                            ("threshold", pa.int64()),
                            ("units", pa.list_(pa.struct([("unit", pa.int64()), ("count", pa.int64())]))),
                            ("profile", pa.string())])
PROFILE_SCHEMA = ("site string, pages bigint, failed_pages bigint, threshold bigint, "
                  "units array<struct<unit: bigint, count: bigint>>, profile string")


def learn_sites(df: DataFrame, column: str, site_column: str, *, format: str = "auto", params: Any = None,
                timeout: float = DEFAULT_TIMEOUT) -> DataFrame:
    """The site profile of every site of ``df``, computed with Spark's groupBy: one row per site with ``site``,
    ``pages`` (the pages learned from), ``failed_pages`` (null, undecodable or timed-out pages: not counted, where
    ``learn_site`` would raise), ``threshold``, ``units`` (the kept units as signed 64-bit ints with their counts)
    and ``profile`` (``SiteProfile.to_dict()`` as JSON: ``SiteProfile.from_dict(json.loads(row.profile))``).

    Each profile is exactly ``learn_site(the site's readable pages, format=format, site=site, params=params)``
    (the contract in ``cleaner.sites``): the pages are read into unit hashes where they are (``page_units``), the
    counting is a ``groupBy(site, unit)`` (it spills to disk like any aggregation: no site's pages have to fit in one
    machine's memory), only the units seen on at least ``params.keep_min`` pages are gathered per site. Rows whose
    site is null are left out."""
    from pyspark.sql import functions as F

    from ..sites import DEFAULT_PARAMS

    if format not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {format!r}")
    for name in (column, site_column):
        if name not in df.columns:
            raise ValueError(f"no column {name!r} in the DataFrame (columns: {', '.join(df.columns)})")
    params = params or DEFAULT_PARAMS
    pages = (df.select(F.col(site_column).cast("string").alias("site"), F.col(column).alias("document"))
             .where(F.col("site").isNotNull()))
    units = pages.mapInArrow(_unit_batches(format, float(timeout)), "site string, unit bigint, failed boolean")
    counted = units.groupBy("site", "unit").agg(F.count(F.lit(1)).alias("n"),
                                                F.sum(F.col("failed").cast("long")).alias("failed"))
    per_site = (counted.where(F.col("unit").isNull())
                .select("site", (F.col("n") - F.col("failed")).alias("pages"), F.col("failed").alias("failed_pages")))
    kept = (counted.where(F.col("unit").isNotNull() & (F.col("n") >= params.keep_min))
            .groupBy("site").agg(F.collect_list(F.struct(F.col("unit"), F.col("n").alias("count"))).alias("units")))
    return (per_site.join(kept, "site", "left").select("site", "pages", "failed_pages", "units")
            .mapInArrow(_profile_batches(params), PROFILE_SCHEMA).orderBy("site"))


def profiles_from_dataframe(profiles: DataFrame) -> dict[str, Any]:
    """{site: SiteProfile} from the rows of ``learn_sites`` (collected to the driver: for a manageable number)."""
    from ..sites import SiteProfile

    return {row["site"]: SiteProfile.from_dict(json.loads(row["profile"]))
            for row in profiles.select("site", "profile").toLocalIterator()}


__all__ = ["DEFAULT_BATCH_SIZE", "PROFILE_SCHEMA", "Watchdog", "clean_dataframe", "clean_value", "learn_sites",
           "profiles_from_dataframe", "result_schema", "worker_cleaner"]
