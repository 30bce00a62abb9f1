"""Where `cleaner batch` reads from and writes to (docs/batch.md): the input, the output beside its final name, the
refusal to write over the input, and what ``--resume`` finds in an interrupted run's output.

- ``open_input(path)``: the input as a stream of bytes (gzip sniffed), with its size and position for progress.
- ``JsonlWriter``: the writer object ``run_batch`` writes one line at a time to (gzip by the ``.gz`` suffix); another
  output format is another class with ``write(line: bytes)`` and ``close()``.
- ``OutputFile``: the output is written to ``OUT.partial`` beside ``OUT`` and renamed to ``OUT`` (``os.replace``,
  atomic) only when the whole input was processed, so ``OUT`` never holds half a batch. An interrupted or stopped
  batch leaves ``OUT.partial``; ``--resume`` continues it.
- ``scan_partial`` / ``skip_lines``: the complete lines of a partial output, and the input lines they stand for.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import threading
import zlib
from dataclasses import dataclass, field
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .batch import BatchStats, Item, find_id, finite

#: The suffix of the output file while it is being written (``OUT.partial``, beside ``OUT``).
PARTIAL_SUFFIX = ".partial"


class SameFileError(ValueError):
    """The output would be written over the input."""


class ResumeError(ValueError):
    """The partial output cannot be continued with this input (damaged, or written from another input)."""


# -- the input ---------------------------------------------------------------------------------------------------------
@dataclass
class Input:
    stream: IO[bytes]  # the records' bytes (decompressed)
    raw: IO[bytes]  # the file as opened (compressed, for gzip input)
    path: str | None  # None: stdin
    size: int | None

    def close(self) -> None:
        if self.raw is not sys.stdin.buffer:
            self.raw.close()


def open_input(path: str | None) -> Input:
    """The input file (or stdin for None / "-"), gzip recognised by its content, whatever its name."""
    if path in (None, "-"):
        raw: IO[bytes] = sys.stdin.buffer
        size = None
        path = None
    else:
        raw = open(path, "rb")  # noqa: SIM115 - closed by Input.close
        try:
            size = os.fstat(raw.fileno()).st_size
        except OSError:
            size = None
    buffered: Any = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[type-var]
    if buffered.peek(2)[:2] == b"\x1f\x8b":
        stream: Any = gzip.GzipFile(fileobj=buffered, mode="rb")
        return Input(stream, raw, path, size)
    return Input(buffered, raw, path, size)


def items_from_records(records: Iterable[Any], first: int = 1) -> Iterator[Item]:
    """Records from another input format (dicts, e.g. the rows of a Parquet file) as the items ``run_batch`` takes
    instead of a JSONL stream: each serialized to strict JSON (values JSON has no type for, such as dates, decimals
    or bytes, as their ``str()``; non-finite floats as null), numbered from ``first``."""
    for number, record in enumerate(records, start=first):
        text = json.dumps(finite(record), ensure_ascii=False, allow_nan=False, default=str)
        try:
            line = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: escaped, still valid JSON
            line = json.dumps(finite(record), ensure_ascii=True, allow_nan=False, default=str).encode("ascii")
        yield number, line + b"\n", 0


def count_lines(path: str) -> int | None:
    """The number of records (lines) in a file, gzip or not; None when it cannot be read to its end."""
    try:
        with open(path, "rb") as raw:
            compressed = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            stream: Any = gzip.GzipFile(fileobj=raw, mode="rb") if compressed else raw
            lines = 0
            last = b"\n"
            while True:
                block = stream.read(1 << 20)
                if not block:
                    break
                lines += block.count(b"\n")
                last = block[-1:]
            return lines + (last != b"\n")
    except (OSError, EOFError, zlib.error):
        return None


def count_lines_in_background(path: str, found) -> threading.Thread:
    """Count the input's records in a thread (for the progress bar's total and time left); ``found(count)`` is
    called when it is known."""

    def work() -> None:
        count = count_lines(path)
        if count is not None:
            found(count)

    thread = threading.Thread(target=work, name="cleaner-count-records", daemon=True)
    thread.start()
    return thread


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_not_input(source: Input, output: str | None) -> None:
    """Refuse an output that is the input: the same file by name, through a symbolic link or a hard link (the same
    device and inode), for the output file, its partial file and stdout alike. Raises SameFileError."""
    try:
        if source.raw is sys.stdin.buffer:
            source_stat = os.fstat(sys.stdin.fileno())
        else:
            source_stat = os.fstat(source.raw.fileno())
    except (OSError, ValueError, AttributeError):
        return
    if not _regular(source_stat):
        return  # a pipe or a terminal: nothing to overwrite
    name = source.path or "stdin"
    if output in (None, "-"):
        try:
            out_stat = os.fstat(sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            return
        if same_file(source_stat, out_stat):
            raise SameFileError(f"stdout is the input file {name}: write the output to another file")
        return
    assert output is not None
    for candidate in (output, output + PARTIAL_SUFFIX):
        try:
            if same_file(source_stat, os.stat(candidate)):
                raise SameFileError(f"the output {candidate} is the input {name} (the same file): write the output "
                                    f"to another file")
        except FileNotFoundError:
            continue
        except OSError:
            continue


def _regular(stat: os.stat_result) -> bool:
    import stat as stat_module

    return stat_module.S_ISREG(stat.st_mode)


# -- the output --------------------------------------------------------------------------------------------------------
class JsonlWriter:
    """JSON lines to a binary file object; gzip when ``compress`` (mtime 0: the same input gives the same bytes)."""

    def __init__(self, fileobj: IO[bytes], *, compress: bool = False, close_file: bool = True):
        self.fileobj, self.close_file = fileobj, close_file
        self.stream: IO[bytes] = (gzip.GzipFile(filename="", mode="wb", fileobj=fileobj, mtime=0)  # type: ignore[assignment]
                                  if compress else fileobj)

    def write(self, line: bytes) -> None:
        self.stream.write(line)

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        """Finish the stream (a gzip member's end) and close the file (unless it is stdout)."""
        try:
            if self.stream is not self.fileobj:
                self.stream.close()
            self.fileobj.flush()
        finally:
            if self.close_file:
                self.fileobj.close()


def is_gzip_name(path: str) -> bool:
    return path.lower().endswith(".gz")


@dataclass
class Resumed:
    """What a partial output holds: ``lines`` complete lines (``size`` bytes of them, uncompressed), the counts to
    start from, and the last record (to check it stands for the same input line)."""

    lines: int = 0
    size: int = 0
    stats: BatchStats = field(default_factory=BatchStats)
    last: dict[str, Any] | None = None


def _partial_blocks(path: str, compressed: bool):
    """The uncompressed bytes of a partial output, as far as they can be read (a gzip stream cut short by a killed
    run gives what was compressed before the cut)."""
    with open(path, "rb") as raw:
        if not compressed:
            while True:
                block = raw.read(1 << 20)
                if not block:
                    return
                yield block
        decompressor = zlib.decompressobj(wbits=31)
        while True:
            block = raw.read(1 << 20)
            if not block:
                break
            try:
                data = decompressor.decompress(block)
            except zlib.error:
                return
            if data:
                yield data
            while decompressor.eof and decompressor.unused_data:  # another gzip member follows
                rest = decompressor.unused_data
                decompressor = zlib.decompressobj(wbits=31)
                try:
                    data = decompressor.decompress(rest)
                except zlib.error:
                    return
                if data:
                    yield data


def scan_partial(path: str, *, compressed: bool, result_field: str = "cleaned", copy_to=None) -> Resumed:
    """Read a partial output: its complete lines (a last line without its newline, cut by the interruption, is
    not one: its record is cleaned again), counted into ``Resumed.stats`` as ``run_batch`` counts. ``copy_to(line)``
    is called with each complete line. Raises ResumeError for a complete line that is not a JSON object."""
    resumed = Resumed()
    stats = resumed.stats
    pending = b""
    for block in _partial_blocks(path, compressed):
        data = pending + block
        lines = data.split(b"\n")
        pending = lines.pop()
        for line in lines:
            number = resumed.lines + 1
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            if not isinstance(record, dict):
                raise ResumeError(f"{path}: line {number} is not a JSON record: the partial output is damaged "
                                  f"(delete it to start over)")
            error = record.get("error") if record.get(result_field) is None else None
            result = record.get(result_field)
            kinds = ([r.get("kind") for r in result.get("removed", ()) if isinstance(r, dict)]
                     if isinstance(result, dict) else [])
            stats.count(error if isinstance(error, str) else (None if error is None else str(error)),
                        [kind for kind in kinds if isinstance(kind, str)])
            resumed.lines += 1
            resumed.size += len(line) + 1
            resumed.last = record
            if copy_to is not None:
                copy_to(line + b"\n")
    stats.resumed = resumed.lines
    return resumed


def skip_lines(stream: IO[bytes], count: int, max_record_bytes: int) -> tuple[int, bytes]:
    """Read past the first ``count`` lines of the input (memory bounded, like ``read_items``): (the number of lines
    read, the first bytes of the last one)."""
    read = 0
    last = b""
    while read < count:
        line = stream.readline(max_record_bytes + 1)
        if not line:
            break
        read += 1
        last = line[:1 << 20]
        while len(line) > max_record_bytes and not line.endswith(b"\n"):
            line = stream.readline(1 << 20)
            if not line:
                break
    return read, last


def check_resume(resumed: Resumed, read: int, last_line: bytes, *, id_field: str, output: str) -> None:
    """The partial output must stand for the input's first lines: as many of them, and its last record for the
    input's line of that number (same ``input_line`` on an error record, same id). Raises ResumeError."""
    if read < resumed.lines:
        raise ResumeError(f"{output}{PARTIAL_SUFFIX} holds {resumed.lines:,} records but the input has only "
                          f"{read:,} lines: it was not written from this input")
    last = resumed.last or {}
    if "input_line" in last and last.get("input_line") != resumed.lines:
        raise ResumeError(f"{output}{PARTIAL_SUFFIX}: record {resumed.lines:,} stands for input line "
                          f"{last.get('input_line')}: the partial output is damaged")
    text = last_line.decode("utf-8", "replace")
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):  # an error record: its id was read from the text the same way
        record = {id_field: found} if (found := find_id(text, id_field)) is not None else None
    if not isinstance(record, dict) or id_field not in record or id_field not in last:
        return
    if finite(record[id_field]) != last[id_field]:
        raise ResumeError(f"{output}{PARTIAL_SUFFIX} was not written from this input: its record {resumed.lines:,} "
                          f"has {id_field} {last[id_field]!r}, the input's line {resumed.lines:,} {record[id_field]!r}")


class OutputFile:
    """The output file, written beside its final name and renamed into place at the end (see the module)."""

    def __init__(self, path: str):
        self.path = path
        self.partial = path + PARTIAL_SUFFIX
        self.compressed = is_gzip_name(path)
        self.writer: JsonlWriter | None = None
        self._fresh: str | None = None

    def exists_partial(self) -> bool:
        return os.path.exists(self.partial)

    def scan(self, result_field: str) -> Resumed:
        return scan_partial(self.partial, compressed=self.compressed, result_field=result_field)

    def open(self, resumed: Resumed | None = None) -> JsonlWriter:
        """Start writing: a new partial file, or (``resumed``) the partial file cut after its last complete line."""
        if resumed is None or resumed.lines == 0:
            self.writer = JsonlWriter(open(self.partial, "wb"), compress=self.compressed)  # noqa: SIM115
            return self.writer
        if not self.compressed:
            handle = open(self.partial, "r+b")  # noqa: SIM115 - closed by the writer
            handle.truncate(resumed.size)  # drop the cut last line
            handle.seek(resumed.size)
            self.writer = JsonlWriter(handle)
            return self.writer
        # gzip: the stream cannot be cut and continued; write its complete lines into a fresh one, which takes the
        # partial file's name once they are all in (the old one stays whole until then).
        self._fresh = self.partial + ".new"
        writer = JsonlWriter(open(self._fresh, "wb"), compress=True)  # noqa: SIM115
        scan_partial(self.partial, compressed=True, copy_to=writer.write)
        # No gzip flush here (it would make the bytes differ from an uninterrupted run's): the lines the compressor
        # still holds are in the new file only once it is closed; a run killed before that cleans them again.
        writer.fileobj.flush()
        os.replace(self._fresh, self.partial)
        self._fresh = None
        self.writer = writer
        return writer

    def commit(self) -> None:
        """The batch is complete: finish the file, make it durable, and give it its final name (atomically)."""
        assert self.writer is not None
        writer, self.writer = self.writer, None
        writer.stream.flush()
        if writer.stream is not writer.fileobj:
            writer.stream.close()
        writer.fileobj.flush()
        try:
            os.fsync(writer.fileobj.fileno())
        except OSError:  # pragma: no cover - a file system without fsync
            pass
        writer.fileobj.close()
        os.replace(self.partial, self.path)
        try:
            directory = os.open(os.path.dirname(os.path.abspath(self.path)), os.O_RDONLY)
            try:
                os.fsync(directory)
            finally:
                os.close(directory)
        except OSError:  # pragma: no cover - not every platform syncs a directory
            pass

    def keep_partial(self) -> None:
        """The batch stopped before the end: finish the partial file (readable, gzip included) and leave it for
        ``--resume``."""
        writer, self.writer = self.writer, None
        if writer is not None:
            writer.close()


__all__ = ["Input", "JsonlWriter", "items_from_records", "OutputFile", "PARTIAL_SUFFIX", "ResumeError", "Resumed", "SameFileError",
           "check_not_input", "check_resume", "count_lines", "count_lines_in_background", "open_input",
           "scan_partial", "skip_lines"]
