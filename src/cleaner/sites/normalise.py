"""The unit key of site learning: one line of text, normalised, hashed to a stable unsigned 64-bit integer.

``normalise``: NFKC, casefold, every decimal digit to ``0`` (dates, counters, prices differ from page to page),
every punctuation or symbol character to a space, whitespace collapsed. ``unit_hash``: the first 8 bytes of
BLAKE2b of the normalised line's UTF-8, read big-endian, an int in [0, 2**64). Python's ``hash()`` is never used
(it changes with the process). Character classes and NFKC come from Python's ``unicodedata`` (its Unicode
version is stored in each profile, for information: a character new in a later version may fold differently). Any
change to either function changes the keys of every stored profile: bump
``NORMALISER_VERSION``, and ``SiteProfile.load`` refuses profiles of another version.
"""

from __future__ import annotations

import unicodedata
from hashlib import blake2b

#: Stored in every profile; a profile of another version is refused at load (its keys would not match).
NORMALISER_VERSION = 1

_SIGNED = 1 << 63
#: ASCII: every punctuation and symbol character (``string.punctuation`` is exactly the ASCII P* and S*) to a space,
#: every digit to 0, every capital to its small letter
_ASCII = str.maketrans({**{c: " " for c in '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'}, **{d: "0" for d in "0123456789"},
                        **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}})
#: The same table on bytes, for ASCII lines (``unit_hash`` hashes the bytes it makes); the control characters that
#: ``str.split`` takes for whitespace (0x1c-0x1f) become spaces, so ``bytes.split`` drops them the same way
_ASCII_BYTES = bytes(ord(_ASCII.get(code, chr(code))) if code < 0x1c or code > 0x1f else 0x20 for code in range(128)) \
    + bytes(range(128, 256))
#: The same for every other character met so far (filled as characters are met: a category lookup each, once)
_TABLE: dict[int, str] = {}
_MET: set[str] = set()


def _meet(characters: set[str]) -> None:
    for char in characters:
        category = unicodedata.category(char)
        if category[0] in "PS":
            _TABLE[ord(char)] = " "
        elif category == "Nd":
            _TABLE[ord(char)] = "0"
        _MET.add(char)


def normalise(line: str) -> str:
    """The line as learning compares it: NFKC, casefold, digits to 0, punctuation and symbols to spaces, collapsed.

    The same as ``normalise_reference`` (a character at a time), several times faster: an ASCII line needs no NFKC and
    no casefold beyond ``lower``, and a translation table maps the rest."""
    if line.isascii():
        return b" ".join(line.encode("ascii").translate(_ASCII_BYTES).split()).decode("ascii")
    else:
        text = unicodedata.normalize("NFKC", line).casefold()
        new = set(text).difference(_MET)
        if new:
            _meet(new)
        text = text.translate(_TABLE)
    return " ".join(text.split())


def normalise_reference(line: str) -> str:
    """The definition of ``normalise``, a character at a time (the tests check that both agree)."""
    text = unicodedata.normalize("NFKC", line).casefold()
    out = []
    for char in text:
        category = unicodedata.category(char)
        out.append(" " if category[0] in "PS" else "0" if category == "Nd" else char)
    return " ".join("".join(out).split())


def hash_normalised(text: str) -> int:
    """The stable 64-bit hash of an already normalised line."""
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def unit_hash(line: str) -> int | None:
    """The unit key of one line, or None when nothing is left of it after normalisation (a rule, a lone symbol)."""
    if line.isascii():  # the hot path: bytes all along
        normal = b" ".join(line.encode("ascii").translate(_ASCII_BYTES).split())
    else:
        normal = normalise(line).encode("utf-8")
    return int.from_bytes(blake2b(normal, digest_size=8).digest(), "big") if normal else None


#: The units of lines met lately (short lines only: a site's template lines recur from page to page of a batch, the
#: body's rarely), cleared when full; in-process only, the values are ``unit_hash``'s
_LINE_CACHE: dict[str, int | None] = {"": None}
_CACHE_LINE_CHARS = 200
_CACHE_SIZE = 20_000


def clear_line_cache() -> None:
    """Forget the lines met (benchmarks: each round starts cold)."""
    _LINE_CACHE.clear()
    _LINE_CACHE[""] = None


def document_line_units(document: str) -> list[int | None]:
    """``unit_hash`` of every line of ``document`` (split at "\\n"; None for a blank line): the same values, faster
    (a line met lately, on this page or another, is looked up, not hashed again)."""
    cache = _LINE_CACHE
    units: list[int | None] = []
    append = units.append
    for piece in document.split("\n"):
        unit = cache.get(piece, False)
        if unit is False:
            unit = unit_hash(piece) if not piece.isspace() else None
            if len(piece) <= _CACHE_LINE_CHARS:
                if len(cache) >= _CACHE_SIZE:
                    clear_line_cache()
                cache[piece] = unit
        append(unit)
    return units


def to_signed(value: int) -> int:
    """An unsigned 64-bit hash as a signed 64-bit integer (Spark's LongType, Parquet's INT64)."""
    return value - (1 << 64) if value >= _SIGNED else value


def to_unsigned(value: int) -> int:
    """The inverse of ``to_signed``."""
    return value + (1 << 64) if value < 0 else value
