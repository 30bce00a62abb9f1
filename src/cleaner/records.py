"""Record files for ``cleaner batch`` other than JSONL: Parquet in and out (``pip install "scrape-cleaner[parquet]"``).

The batch engine (batch.py) works on JSON lines. A Parquet file is read as those lines, one a row, a bounded number
of rows at a time (``ParquetLineReader``), and the batch's output lines are written back as Parquet rows in bounded
row groups (``ParquetLineWriter``). So a Parquet record gets exactly the JSONL record schema of docs/batch.md: the
input's columns unchanged, plus the result column (``"cleaned"``, a struct, ``RESULT_TYPE``) and ``"error"``,
``"input_line"`` (the row's number, from 1) and ``"raw"``.

Conversions, since a JSON line carries only JSON values:

- a binary column (HTML fetched as bytes) is decoded the way the cleaner decodes bytes (BOM, declared charset,
  UTF-8, detection; ``decoding.decode``) and written back as a string column; bytes that decode in no charset
  become null and the record an error record ("the ... field is null");
- timestamps, dates and times become ISO 8601 strings; decimals strings; anything else JSON cannot carry, its
  ``str()``;
- a lone surrogate in a string (which a JSON line can carry as a ``\\u`` escape and UTF-8, so Parquet, cannot)
  becomes U+FFFD.

Output schema: the result column, ``error`` (string), ``input_line`` (int64) and ``raw`` (string) have fixed types;
the other columns take the types of the first row group's values (a column null there is a string column). A later
value that does not fit its column (another type, or a field the first row group did not have) is left null in its
column and the whole record is kept, as JSON, in ``raw``: nothing is lost.

Memory: the reader holds one Arrow batch of ``batch_rows`` rows (and pyarrow one row group of the input file's
column chunks); the writer holds at most ``row_group_rows`` rows or ``row_group_bytes`` bytes of output lines.
"""

from __future__ import annotations

import datetime
import decimal
import json
import os
from collections import deque
from typing import Any

from .batch import finite

PARQUET_SUFFIXES = (".parquet", ".parq", ".pq")
#: Rows read from the input at a time (HTML pages average over 100 KB: 64 rows are a few MiB).
DEFAULT_BATCH_ROWS = 64
#: An output row group closes at this many rows or this many bytes of output lines, whichever comes first.
DEFAULT_ROW_GROUP_ROWS = 2048
DEFAULT_ROW_GROUP_BYTES = 64 * 1024 * 1024
#: The columns of error records, with fixed types.
ERROR_COLUMNS = ("error", "input_line", "raw")


class FormatUnavailable(OSError):
    """The file's format needs a package that is not installed (Parquet: pyarrow)."""


def is_parquet(path: str | os.PathLike | None) -> bool:
    """Whether a path names a Parquet file (by its suffix)."""
    return path is not None and str(path).lower().endswith(PARQUET_SUFFIXES)


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as error:
        raise FormatUnavailable('reading and writing Parquet needs pyarrow: pip install "scrape-cleaner[parquet]"'
                                ) from error
    return pyarrow


def _arrow_of(annotation: Any):
    """The Arrow type of a dataclass field's annotation (a string: the model uses postponed annotations); a
    ``list[X]`` is a list of X, a list of a model class (``list[Removal]``) a list of its ``to_dict()`` structs."""
    from . import model

    pa = _pyarrow()
    name = str(annotation).replace("None", "").replace("|", "").replace("Optional", "").strip()
    if name.startswith("list[") and name.endswith("]"):
        item = name[len("list["):-1].strip()
        cls = getattr(model, item, None)
        return pa.list_(_struct_of(cls) if isinstance(cls, type) and hasattr(cls, "to_dict") else _arrow_of(item))
    name = name.strip(" []")
    return {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}.get(name, pa.string())


def _struct_of(cls, sample=None):
    """An Arrow struct of ``cls.to_dict()``'s keys, in its order, typed by the dataclass's annotations: a field added
    to the model (and its ``to_dict``) gets a column here without anyone having to remember this module."""
    import dataclasses

    pa = _pyarrow()
    fields = {field.name: field for field in dataclasses.fields(cls)}
    if sample is None:
        dummy = {"str": "", "int": 0, "float": 0.0, "bool": False}
        sample = cls(**{name: dummy.get(str(field.type).split("|")[0].strip(), None)
                        for name, field in fields.items()
                        if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING})
    return pa.struct([(key, _arrow_of(fields[key].type) if key in fields else pa.string())
                      for key in sample.to_dict()])


def result_type():
    """The Arrow type of the result column (``CleanResult.to_dict()``), field for field (the lists of links,
    removals and near misses as lists of structs, from their annotations)."""
    from .model import CleanResult

    return _struct_of(CleanResult, CleanResult())


def _json_default(value: Any) -> Any:
    if isinstance(value, (bytes, bytearray, memoryview)):
        from .decoding import decode
        from .errors import CleanerError

        try:
            return decode(bytes(value))[0]
        except CleanerError:
            return None
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    return str(value)


class ParquetLineReader:
    """A Parquet file read as JSON lines (bytes), one a row: what ``batch.read_items`` reads from a JSONL stream.

    ``readline(limit)`` follows the file-object contract (at most ``limit`` bytes; the rest of a long line on the
    next calls); ``tell()`` is the share of rows read times the file's size (for the progress display)."""

    def __init__(self, path: str | os.PathLike, *, batch_rows: int = DEFAULT_BATCH_ROWS):
        pa = _pyarrow()
        self._file = pa.parquet.ParquetFile(path)
        self.schema = self._file.schema_arrow
        self.rows = self._file.metadata.num_rows
        self.size = os.path.getsize(path)
        self._batches = self._file.iter_batches(batch_size=max(1, batch_rows))
        self._lines: deque[bytes] = deque()
        self._current = b""
        self._offset = 0
        self._read = 0

    def _next_line(self) -> bool:
        while not self._lines:
            try:
                batch = next(self._batches)
            except StopIteration:
                return False
            for row in batch.to_pylist():
                # strict JSON, as batch.py reads it: NaN and infinities become null
                self._lines.append((json.dumps(finite(row), ensure_ascii=False, allow_nan=False,
                                               default=_json_default) + "\n").encode("utf-8", "surrogatepass"))
        self._current, self._offset = self._lines.popleft(), 0
        self._read += 1
        return True

    def readline(self, limit: int = -1) -> bytes:
        if self._offset >= len(self._current) and not self._next_line():
            return b""
        end = len(self._current) if limit is None or limit < 0 else min(len(self._current), self._offset + limit)
        piece = self._current[self._offset:end]
        self._offset = end
        return piece

    def tell(self) -> int:
        return int(self.size * self._read / self.rows) if self.rows else 0

    def close(self) -> None:
        self._lines.clear()
        self._current = b""
        closer = getattr(self._file, "close", None)
        if closer is not None:
            closer()

    def __enter__(self) -> "ParquetLineReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ParquetLineWriter:
    """Writes JSON lines (bytes, as ``cleaner batch`` produces them) as Parquet rows, in bounded row groups.

    ``file``: a path or a binary file object (closed by ``close()`` when this writer opened it, or ``own=True``).
    """

    def __init__(self, file, *, own: bool | None = None, row_group_rows: int = DEFAULT_ROW_GROUP_ROWS,
                 row_group_bytes: int = DEFAULT_ROW_GROUP_BYTES, compression: str = "zstd",
                 result_field: str = "cleaned"):
        self._pa = _pyarrow()
        self.result_field = result_field
        if isinstance(file, (str, os.PathLike)):
            file, own = open(file, "wb"), True  # noqa: SIM115 - closed by close()
        self.file = self._file = file
        self._own = bool(own)
        self._rows: list[dict[str, Any]] = []
        self._bytes = 0
        self._partial = b""
        self._row_group_rows = max(1, row_group_rows)
        self._row_group_bytes = max(1, row_group_bytes)
        self._compression = compression
        self._writer: Any = None
        self.schema: Any = None
        self.rows_written = 0
        self.rows_kept_raw = 0  # rows with a value that did not fit the schema (kept as JSON in "raw")
        self.closed = False

    # -- the file-object side --------------------------------------------------------------------------------------
    def write(self, data: bytes) -> int:
        data = self._partial + bytes(data)
        *lines, self._partial = data.split(b"\n")
        for line in lines:
            if line.strip():
                self._add(line)
        return len(data)

    def flush(self) -> None:  # row groups are written when full, or on close
        pass

    def writable(self) -> bool:
        return True

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        try:
            if self._partial.strip():
                self._add(self._partial)
            self._partial = b""
            self._write_group()
            if self._writer is None:  # no row at all: an empty file with the fixed columns
                self._writer = self._new_writer(self._schema_for([]))
            self._writer.close()
        finally:
            if self._own:
                self._file.close()

    def __enter__(self) -> "ParquetLineWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- rows -------------------------------------------------------------------------------------------------------
    def _add(self, line: bytes) -> None:
        record = json.loads(line)
        if not isinstance(record, dict):
            record = {"raw": line.decode("utf-8", "replace")}
        self._rows.append(record)
        self._bytes += len(line)
        if len(self._rows) >= self._row_group_rows or self._bytes >= self._row_group_bytes:
            self._write_group()

    def _new_writer(self, schema):
        self.schema = schema
        return self._pa.parquet.ParquetWriter(self._file, schema, compression=self._compression)

    def _schema_for(self, rows: list[dict[str, Any]]):
        pa = self._pa
        names: dict[str, None] = {}
        for row in rows:
            names.update(dict.fromkeys(row))
        for name in ERROR_COLUMNS:
            names.setdefault(name, None)
        fixed = {"error": pa.string(), "input_line": pa.int64(), "raw": pa.string()}
        fields = []
        for name in names:
            values = [row.get(name) for row in rows]
            if name in fixed:
                kind = fixed[name]
            elif name == self.result_field or any(_is_result(value) for value in values):
                kind = result_type()
            else:
                try:
                    kind = pa.array(values).type
                except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                    kind = pa.string()
                    # mixed types in the first row group: the column holds JSON text, the same in every row
                    fields.append(pa.field(name, kind, metadata={b"cleaner.json": b"1"}))
                    continue
                if pa.types.is_null(kind):
                    kind = pa.string()
            fields.append(pa.field(name, kind))
        return pa.schema(fields)

    def _write_group(self) -> None:
        if not self._rows:
            return
        pa = self._pa
        rows, self._rows, self._bytes = self._rows, [], 0
        if self._writer is None:
            self._writer = self._new_writer(self._schema_for(rows))
        schema = self.schema
        names = set(schema.names)
        kept_raw = {index for index, row in enumerate(rows) if not names.issuperset(row)}
        columns: dict[str, list[Any]] = {}
        for column in schema:
            values = [row.get(column.name) for row in rows]
            if column.metadata and column.metadata.get(b"cleaner.json"):
                values = [None if value is None else json.dumps(value, ensure_ascii=False) for value in values]
            try:
                pa.array(values, type=column.type)
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                for index, value in enumerate(values):
                    for candidate in (value, _scrub(value)):
                        try:
                            pa.array([candidate], type=column.type)
                            values[index] = candidate
                            break
                        except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError, OverflowError):
                            pass
                    else:
                        values[index] = None
                        kept_raw.add(index)
            columns[column.name] = values
        for index in kept_raw:
            if columns["raw"][index] is None:
                columns["raw"][index] = json.dumps(_scrub(rows[index]), ensure_ascii=False)
        self.rows_kept_raw += len(kept_raw)
        table = pa.Table.from_arrays([pa.array(columns[column.name], type=column.type) for column in schema],
                                     schema=schema)
        self._writer.write_table(table, row_group_size=len(rows))
        self.rows_written += len(rows)


def _scrub(value: Any) -> Any:
    """``value`` with every lone surrogate (which JSON can carry and UTF-8, so Parquet, cannot) made U+FFFD."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_scrub(item) for item in value]
    if isinstance(value, dict):
        return {_scrub(key): _scrub(item) for key, item in value.items()}
    return value


def _is_result(value: Any) -> bool:
    from .model import CleanResult

    return isinstance(value, dict) and value.keys() == CleanResult().to_dict().keys()


def open_input(path: str | None):
    """The batch input (``batchio.Input``): a Parquet file read as JSON lines, or anything else as ``batchio`` opens
    it (JSONL, gzip sniffed, stdin)."""
    from . import batchio

    if not is_parquet(path):
        return batchio.open_input(path)
    assert path is not None
    reader = ParquetLineReader(path)
    # size None: the progress bar's total comes from the row count (``reader.rows``), not from counting newlines
    return batchio.Input(reader, reader, path, None)  # type: ignore[arg-type]


def output_file(path: str, result_field: str = "cleaned"):
    """The batch output (``batchio.OutputFile``: written beside its name, renamed at the end): Parquet for a Parquet
    name, else JSONL."""
    from . import batchio

    if not is_parquet(path):
        return batchio.OutputFile(path)

    class ParquetOutputFile(batchio.OutputFile):
        """``OUT.partial`` written as Parquet, finished (footer), synced and renamed to ``OUT`` at the end. A stopped
        batch leaves a complete, readable ``OUT.partial`` with the records done so far; ``--resume`` cannot go on
        from it (start again without it)."""

        def scan(self, result_field: str):
            raise batchio.ResumeError(f"--resume cannot continue a Parquet output ({self.partial} holds the records "
                                      f"written before the stop, readable as Parquet): run without --resume to "
                                      f"start again")

        def open(self, resumed=None):
            if resumed is not None and resumed.lines:
                raise batchio.ResumeError("--resume cannot continue a Parquet output")
            self.writer = ParquetLineWriter(open(self.partial, "wb"), own=False,  # noqa: SIM115
                                            result_field=result_field)
            return self.writer

        def commit(self) -> None:
            writer, self.writer = self.writer, None
            assert writer is not None
            writer.close()  # the last row group and the footer
            handle = writer.file
            handle.flush()
            try:
                os.fsync(handle.fileno())
            except OSError:  # pragma: no cover - a file system without fsync
                pass
            handle.close()
            os.replace(self.partial, self.path)

        def keep_partial(self) -> None:
            writer, self.writer = self.writer, None
            if writer is not None:
                try:
                    writer.close()
                finally:
                    writer.file.close()

    return ParquetOutputFile(path)


__all__ = ["FormatUnavailable", "ParquetLineReader", "ParquetLineWriter", "is_parquet", "open_input", "output_file",
           "result_type"]
