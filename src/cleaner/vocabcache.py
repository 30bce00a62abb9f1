"""Vocabulary derived from the data files, cached on disk beside the bytecode (issue 14: a new process's warm-up).

Building the cue index normalises ~9,500 phrases of 30 languages and the lexical families fold ~6,400 terms: pure
Python, ~40 ms of every new process's first ``clean()``. What they derive is plain data (strings, numbers, tuples),
so it is kept with ``marshal`` in the package's ``__pycache__`` folder, as Python keeps the bytecode there, and read
back by later processes. The file's name holds a hash (xxh64) of everything the value is derived from: the data
files' contents, the source of the modules that derive it, the Python version (marshal's format, the Unicode
database of NFKC and case folding) and the ``regex`` version, so an edited data file or a changed derivation is
a new name and the old file is never read again (it is removed when the new one is written).

Nothing depends on the cache being there: a folder that cannot be written (a read-only install), a missing,
truncated, damaged (a file starts with the xxh64 of the rest) or unreadable file, ``sys.dont_write_bytecode``
(``PYTHONDONTWRITEBYTECODE``, ``python -B``: then a file is read when present but never written) or
``CLEANER_NO_VOCAB_CACHE=1`` (then neither) all mean the value is built in memory, as before. The value is the
same either way (tests/test_warmup.py); a file is written under a name of its own, then renamed into place, so a
reader never sees half of one.
"""

from __future__ import annotations

import marshal
import os
import sys
import unicodedata
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import regex
from xxhash import xxh64

#: Bumped when the layout of a cached value changes without the deriving module's source changing.
FORMAT = 1
#: The folder of the cache files: the package's bytecode folder.
FOLDER = Path(__file__).parent / "__pycache__"
#: Set to a non-empty value other than "0" to neither read nor write the cache.
DISABLE_ENV = "CLEANER_NO_VOCAB_CACHE"


def _disabled() -> bool:
    return os.environ.get(DISABLE_ENV, "") not in ("", "0")


def source_of(module_file: str | None) -> bytes | None:
    """The source of a module (its ``__file__``), or None when it cannot be read (then nothing is cached)."""
    if not module_file or not module_file.endswith(".py"):
        return None
    try:
        return Path(module_file).read_bytes()
    except OSError:
        return None


def key(inputs: Iterable[str | bytes]) -> str:
    """The hash of everything a value is derived from (each input's length is hashed too: no two splits of the same
    bytes give the same key)."""
    digest = xxh64()
    for part in (str(FORMAT), sys.version, unicodedata.unidata_version, regex.__version__, *inputs):
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


#: The interpreter's tag ("cpython-311"), in the file's name as in a bytecode file's: interpreters that share a
#: source folder keep files of their own (and remove only their own stale ones).
_TAG = sys.implementation.cache_tag or "python"


def path(name: str, inputs: Iterable[str | bytes]) -> Path:
    return FOLDER / f"cleaner-vocab.{name}.{_TAG}.{key(inputs)}.marshal"


def cached(name: str, inputs: Iterable[str | bytes | None], build: Callable[[], Any]) -> Any:
    """``build()``, or what an earlier process stored for the same ``name`` and ``inputs``. ``build`` returns plain
    data ``marshal`` can store (str, int, float, bool, None, bytes, tuple, list, dict, set, frozenset); an input of
    None (a source that could not be read) means: build, store nothing."""
    inputs = list(inputs)
    if _disabled() or any(part is None for part in inputs):
        return build()
    file = path(name, inputs)
    value = _read(file)
    if value is not None:
        return value
    value = build()
    if not sys.dont_write_bytecode:
        _store(file, name, value)
    return value


def _read(file: Path) -> Any:
    """The value stored in ``file``, or None when it is not there, unreadable or damaged."""
    try:
        data = file.read_bytes()
        if len(data) > 8 and xxh64(data[8:]).digest() == data[:8]:
            return marshal.loads(data[8:])  # (``marshal.load`` of a file reads object by object: ~6x slower)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # not there yet, unreadable: build it
    return None


def read(name: str, inputs: Iterable[str | bytes | None]) -> Any:
    """What an earlier process stored for ``name`` and ``inputs`` (``store``), or None (nothing stored, the cache
    disabled, an input None)."""
    inputs = list(inputs)
    if _disabled() or any(part is None for part in inputs):
        return None
    return _read(path(name, inputs))  # type: ignore[arg-type]


def store(name: str, inputs: Iterable[str | bytes | None], value: Any) -> None:
    """Store ``value`` (plain data, as ``cached``'s) for ``name`` and ``inputs``, unless the cache is disabled,
    bytecode is not written or an input is None; the files of ``name`` with other keys are removed."""
    inputs = list(inputs)
    if _disabled() or sys.dont_write_bytecode or any(part is None for part in inputs):
        return
    _store(path(name, inputs), name, value)  # type: ignore[arg-type]


def _store(file: Path, name: str, value: Any) -> None:
    """Write ``value`` to ``file`` (a file of its own first, then renamed: atomic) and remove the files of ``name``
    with other keys; any failure (a read-only folder, a full disk) leaves the cache as it was."""
    partial = file.with_name(f"{file.name}.{os.getpid()}.tmp")
    try:
        FOLDER.mkdir(exist_ok=True)
        payload = marshal.dumps(value)
        partial.write_bytes(xxh64(payload).digest() + payload)  # (a damaged file fails its hash: built again)
        os.replace(partial, file)
        for other in FOLDER.glob(f"cleaner-vocab.{name}.{_TAG}.*.marshal"):
            if other != file:
                other.unlink(missing_ok=True)
    except (OSError, ValueError):
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass


__all__ = ["cached", "read", "store", "source_of", "key", "path", "FOLDER", "DISABLE_ENV"]
