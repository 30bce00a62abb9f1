"""Patterns compiled the first time they are used.

The ``regex`` module parses a pattern in Python: an alternation of a few hundred words takes 3-15 ms to compile,
and the vocabularies built from the data files (detectors/structure.py, lines.py, nav_shape.py) hold several. A new
process paid for all of them in its first ``clean()``, though a short document uses few (issue 14: the warm-up of a
fresh process). ``LazyPattern`` is the compiled pattern once any of its attributes is first read: it compiles then
and keeps the compiled pattern's methods as its own attributes, so every later call goes straight to them.
"""

from __future__ import annotations

from typing import Any

import regex
from .patterncache import compile_pattern

#: The compiled pattern's attributes kept on the ``LazyPattern`` once compiled (any other is read through).
_KEPT = ("search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split", "pattern", "flags")


class LazyPattern:
    """``regex.compile(source, flags)``, compiled when one of its attributes (``search``, ``sub`` ...) is first read.

    The same pattern, so the same matches; ``compiled`` is the ``regex.Pattern`` itself."""

    def __init__(self, source: str, flags: int = 0):
        self._source, self._flags = source, flags

    @property
    def compiled(self) -> regex.Pattern:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = compile_pattern(self._source, self._flags)  # (patterncache.py: made from its arguments when cached)
            # (two threads may both compile: the same pattern either way)
            self.__dict__.update({name: getattr(compiled, name) for name in _KEPT}, _compiled=compiled)
        return compiled

    def __getattr__(self, name: str) -> Any:  # (only for an attribute not found: before the first compilation)
        if name.startswith("__") or name in ("_source", "_flags", "_compiled"):
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self):  # (a copy or a pickle is the source and flags: compiled again when used)
        return LazyPattern, (self._source, self._flags)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[:40]!r}{'...' if len(self._source) > 40 else ''}, {self._flags})"


__all__ = ["LazyPattern"]
