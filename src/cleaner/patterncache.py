"""Compiled patterns kept on disk beside the bytecode (issue 14: a new process's warm-up).

The ``regex`` module parses and optimises a pattern in Python: the ~380 patterns a new process compiled for its first
``clean()`` of a short article took ~130 ms of its ~340 ms (import included). What the parser produces is plain data:
the arguments it hands to its C module's ``compile`` (the pattern, its flags, the code as a list of integers, the
group names, the required string), the same for the same pattern, flags and ``regex`` version. ``compile_pattern``
keeps them in the vocabulary cache (vocabcache.py: the file "patterns", keyed by this module's source, the Python and
``regex`` versions and regex's default version), and a later process makes the pattern object from them in C without
parsing: the same object ``regex.compile`` makes, so the same matches. The file maps the xxh64 of each pattern and its
flags to the pattern, its flags and the arguments, marshalled on their own (``entry``): reading the file copies
bytes, and only the patterns a process compiles are unmarshalled (all ~1,800 at once took ~20 ms); a pattern is
made from an entry only when the entry's pattern and flags are its own.

The arguments are read while ``regex.compile`` compiles the pattern (``cache_pattern=False``: never regex's own memo
of compiled patterns): its C module's ``compile`` is seen through a stand-in for that one call, which records what it
is given; the call whose result is the compiled pattern is kept. Only str patterns without named lists and without
the LOCALE flag are kept; a pattern whose arguments are not plain data, a damaged or missing file, a cache that
cannot be written or is disabled (vocabcache.py) mean the pattern is compiled as before.

New patterns are written when the process exits (``atexit``), merged with the file's: a process that cleans a longer
document compiles patterns (detectors/lazyre.py's, the families' groups) that a short one never needs, and the next
process has them too. At most ``MAX_PATTERNS`` are kept.
"""

from __future__ import annotations

import atexit
import marshal
import threading
from typing import Any

import regex
from xxhash import xxh64_intdigest

try:  # (regex's own modules: without them, or without its C module there, every pattern is compiled as before)
    from regex import _main as _regex_main

    _regex_main._regex.compile
except (ImportError, AttributeError):  # pragma: no cover
    _regex_main = None  # type: ignore[assignment]

from . import vocabcache

#: The vocabulary cache's name of the patterns' file.
NAME = "patterns"
#: At most this many patterns are kept in the file (the package compiles ~1,000 static patterns).
MAX_PATTERNS = 4096

_lock = threading.Lock()
_known: dict[int, bytes] | None = None  # ``key`` -> ``entry``
_new: dict[int, bytes] = {}
_registered = False


def _inputs() -> list[str | bytes | None]:
    return [vocabcache.source_of(__file__), str(int(regex.DEFAULT_VERSION))]


def key(pattern: str, flags: int) -> int:
    """The file's key of a pattern and its flags (a hash: the entry says which pattern it is)."""
    return xxh64_intdigest(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"))


def entry(pattern: str, flags: int, rest: tuple) -> bytes:
    """What the file keeps of a pattern: its text, its flags and its C compile's arguments after the text."""
    return marshal.dumps((pattern, flags, rest))


def _load() -> dict[int, bytes]:
    global _known
    if _known is None:
        value = vocabcache.read(NAME, _inputs())
        _known = value if isinstance(value, dict) else {}
    return _known


class _Recorder:
    """Stands in for regex's C module during one compilation: its ``compile`` calls are recorded, everything else
    is the module's."""

    def __init__(self, module: Any):
        self._module = module
        self.calls: list[tuple[tuple, Any]] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def compile(self, *args: Any) -> Any:
        compiled = self._module.compile(*args)
        self.calls.append((args, compiled))
        return compiled


def _plain(args: tuple) -> tuple | None:
    """The C compile's arguments after the pattern as plain data (flags as ints), or None when they are not."""
    if len(args) != 11 or args[5] or args[6]:
        return None  # (another signature; named lists)
    rest = tuple(int(a) if isinstance(a, regex.RegexFlag) else a for a in args[1:])
    try:
        marshal.dumps(rest)
    except ValueError:
        return None
    return rest


def _recorded(pattern: str, flags: int) -> tuple[Any, tuple | None]:
    """``regex.compile(pattern, flags)`` and its C compile's arguments (None when not recorded)."""
    module = _regex_main._regex
    recorder = _Recorder(module)
    with _lock:
        if _regex_main._regex is not module:
            return regex.compile(pattern, flags), None
        _regex_main._regex = recorder
        try:
            compiled = regex.compile(pattern, flags, cache_pattern=False)
        finally:
            _regex_main._regex = module
    found = [args for args, result in recorder.calls if result is compiled]
    if len(found) != 1 or found[0][0] != pattern or compiled.flags & regex.LOCALE:
        return compiled, None
    return compiled, _plain(found[0])


def compile_pattern(pattern: str, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)`` for a pattern of the package's own (its data files' vocabularies, its
    constants: never a document's text), made from the cached arguments when an earlier process stored them."""
    if not isinstance(pattern, str) or _regex_main is None:
        return regex.compile(pattern, flags)
    flags = int(flags)
    known = _load()
    found = known.get(at := key(pattern, flags))
    if found is not None:
        try:
            stored, stored_flags, rest = marshal.loads(found)
            if stored == pattern and stored_flags == flags:
                return _regex_main._regex.compile(pattern, *rest)
        except Exception:  # (damaged, or not the arguments this ``regex`` takes: compiled as before)
            pass
    compiled, rest = _recorded(pattern, flags)
    if rest is not None and (found is not None or len(known) < MAX_PATTERNS):
        known[at] = _new[at] = entry(pattern, flags, rest)  # (compiled again in this process: made from it too)
        _register()
    return compiled


def _register() -> None:
    global _registered
    if not _registered:
        _registered = True
        atexit.register(save)


def save() -> None:
    """Write the patterns compiled in this process that the file did not hold, with the file's (read again: another
    process may have written it meanwhile)."""
    if not _new:
        return
    stored = vocabcache.read(NAME, _inputs())
    merged = dict(stored) if isinstance(stored, dict) else {}
    for at, kept in _new.items():
        if at in merged or len(merged) < MAX_PATTERNS:
            merged[at] = kept
    _new.clear()
    vocabcache.store(NAME, _inputs(), merged)


__all__ = ["compile_pattern", "save", "key", "entry", "NAME", "MAX_PATTERNS"]
