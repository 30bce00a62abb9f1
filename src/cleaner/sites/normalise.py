"""The unit key of site learning: one line of text, normalised, hashed to a stable unsigned 64-bit integer.

``normalise``: NFKC, casefold, every decimal digit to ``0`` (dates, counters, prices differ from page to page),
every punctuation or symbol character to a space, whitespace collapsed. ``unit_hash``: XXH64 (seed 0) of the
normalised line's UTF-8, an int in [0, 2**64) (normaliser 1 used the first 8 bytes of BLAKE2b, read big-endian: seven
times slower on a short line). Python's ``hash()`` is never used (it changes with the process). Character classes and NFKC come from Python's ``unicodedata`` (its Unicode
version is stored in each profile, for information: a character new in a later version may fold differently). Any
change to either function changes the keys of every stored profile: bump
``NORMALISER_VERSION``, and ``SiteProfile.load`` refuses profiles of another version.
"""

from __future__ import annotations

import re
import unicodedata

from xxhash import xxh64_intdigest

#: Stored in every profile; a profile of another version is refused at load (its keys would not match).
#: 1: BLAKE2b (profile versions 1 and 2); 2: XXH64 (profile version 3).
NORMALISER_VERSION = 2

_SIGNED = 1 << 63
#: ASCII: every punctuation and symbol character (``string.punctuation`` is exactly the ASCII P* and S*) to a space,
#: every digit to 0, every capital to its small letter
_ASCII = str.maketrans({**{c: " " for c in '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'}, **{d: "0" for d in "0123456789"},
                        **{c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}})
#: The same table on bytes, for ASCII lines (``unit_hash`` hashes the bytes it makes); the control characters that
#: ``str.split`` takes for whitespace (0x1c-0x1f) become spaces, so ``bytes.split`` drops them the same way
_ASCII_BYTES = bytes(ord(_ASCII.get(code, chr(code))) if code < 0x1c or code > 0x1f else 0x20 for code in range(128)) \
    + bytes(range(128, 256))
#: Every ASCII blank ``bytes.split`` knows (tab, line feed, VT, FF, CR) to a space: ``_collapse``'s first step
_BLANK_BYTES = bytes(0x20 if code in (0x09, 0x0A, 0x0B, 0x0C, 0x0D) else code for code in range(256))
_SPACES = re.compile(rb"  +")
#: ``_collapse`` makes a list of words of a text shorter than this (faster there), else searches its blank runs
_COLLAPSE_SEARCH = 64


def _collapse(data: bytes) -> bytes:
    """``b" ".join(data.split())``: a long text's blank runs replaced by one search, no list of its words."""
    if len(data) < _COLLAPSE_SEARCH:
        return b" ".join(data.split())
    return _SPACES.sub(b" ", data.translate(_BLANK_BYTES)).strip(b" ")


#: Every non-ASCII character met so far -> what it becomes: " " (punctuation, a symbol, whitespace), "0" (a decimal
#: digit) or "" (it stays); filled as characters are met, a category lookup each, once
_NON_ASCII: dict[str, str] = {}
_ASCII_CHARS = frozenset(map(chr, range(128)))


#: A non-ASCII character -> what ``normalise`` makes of it whatever stands around it (its NFKC alone, casefolded,
#: mapped), or None when it may combine with its neighbours; filled as characters are met
_ALONE: dict[str, str | None] = {}
_ASCII_ALL = bytes(range(128))


def _combines(char: str) -> bool:
    """Whether NFKC may compose ``char`` with a character before it or reorder it: a combining mark (any M category,
    the vowel signs of Indic scripts among them), a Hangul vowel or final jamo, or a character of another kind that
    NFC does not take as it is after another (its NFC quick check is not yes)."""
    return unicodedata.category(char)[0] == "M" or unicodedata.combining(char) != 0 \
        or 0x1160 <= ord(char) <= 0x11FF or 0xD7B0 <= ord(char) <= 0xD7FF \
        or not unicodedata.is_normalized("NFC", "a" + char)


def _alone(char: str) -> str | None:
    into = _ALONE.get(char, "")
    if into == "":
        into = None
        # the character, and the first of its decomposition, cannot combine with what stands before it (the marks
        # later in its decomposition combine with its own first character, as in its NFKC alone: "é")
        if not _combines(char) and not _combines(unicodedata.normalize("NFKD", char)[:1] or char):
            into = "".join(" " if unicodedata.category(c)[0] in "PS" or c.isspace() else
                           "0" if unicodedata.category(c) == "Nd" else c
                           for c in unicodedata.normalize("NFKC", char).casefold())
        _ALONE[char] = into
    return into


def _context_free(text: str) -> bytes | None:
    """``normalise`` of a text none of whose characters may combine with the one before it under NFKC (no combining
    mark, no Hangul vowel or final jamo, none at the start of a character's decomposition: most text in Latin,
    Cyrillic, Greek, CJK...), as UTF-8 before the blanks are collapsed; None for another text. NFKC of such a text is
    each character's own NFKC (a composition needs a mark or a jamo after a starter, a reordering a run of marks, and
    a decomposition's marks stay with its own first character), so each distinct character is mapped
    once, and CPython's NFKC of the whole text is not needed (about 90 ns a character once one character of it is
    not NFKC already: "…", a no-break space, "ﬁ")."""
    # the distinct characters outside ASCII: the UTF-8 without its ASCII bytes is theirs, whole; taken one at a time
    # (``str.replace``, in C) while they are few (a set of a text makes an object a character: ~90 ns)
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_ALL).decode("utf-8", "surrogatepass")
    chars: list[str] | set[str] = []
    while rest:
        if len(chars) >= 32:
            chars = set(chars).union(rest)
            break
        chars.append(rest[0])
        rest = rest.replace(rest[0], "")
    for char in chars:
        into = _ALONE.get(char, "")
        if into == "":
            into = _alone(char)
        if into is None:
            return None
        if into != char:
            text = text.replace(char, into)
    return text.encode("utf-8", "surrogatepass").translate(_ASCII_BYTES)


def _non_ascii_bytes(line: str) -> bytes:
    """``normalise`` of a line that is not ASCII, as UTF-8: NFKC and casefold; then each non-ASCII character that
    changes is replaced (a few distinct ones a line: ``str.replace`` each, in C), and the ASCII ones are mapped by the
    bytes table on the UTF-8 (it leaves the bytes of other characters as they are: all 128 and over). A text none of
    whose characters may combine with another goes without NFKC of the whole (``_context_free``)."""
    fast = _context_free(line)
    if fast is not None:
        return _collapse(fast)
    text = unicodedata.normalize("NFKC", line).casefold()
    for char in set(text).difference(_ASCII_CHARS):
        into = _NON_ASCII.get(char)
        if into is None:
            category = unicodedata.category(char)
            # whitespace too: ``str.split`` took it for a blank, ``bytes.split`` knows only the ASCII ones
            into = _NON_ASCII[char] = " " if category[0] in "PS" or char.isspace() else "0" if category == "Nd" else ""
        if into:
            text = text.replace(char, into)
    return _collapse(text.encode("utf-8", "surrogatepass").translate(_ASCII_BYTES))


def normalise(line: str) -> str:
    """The line as learning compares it: NFKC, casefold, digits to 0, punctuation and symbols to spaces, collapsed.

    The same as ``normalise_reference`` (a character at a time), several times faster: an ASCII line needs no NFKC and
    no casefold beyond ``lower`` and is mapped by a bytes table; another line is too, once its few distinct non-ASCII
    characters that change are replaced."""
    if line.isascii():
        return _collapse(line.encode("ascii").translate(_ASCII_BYTES)).decode("ascii")
    return _non_ascii_bytes(line).decode("utf-8", "surrogatepass")


def normalise_spaced(text: str) -> bytes:
    """``normalise(text)`` as UTF-8, its blanks not collapsed yet (``b" ".join(normalise_spaced(t).split())`` is
    ``normalise(t).encode()``): every word of ``normalise(text)`` is a run of it, found without making a string
    a word (the site pass's body-repeat test on long prose)."""
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_BYTES)
    fast = _context_free(text)
    return fast if fast is not None else _non_ascii_bytes(text)


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
    return xxh64_intdigest(text.encode("utf-8", "surrogatepass"))


def unit_hash(line: str) -> int | None:
    """The unit key of one line, or None when nothing is left of it after normalisation (a rule, a lone symbol)."""
    if line.isascii():  # the hot path: bytes all along
        normal = b" ".join(line.encode("ascii").translate(_ASCII_BYTES).split())
    else:
        normal = _non_ascii_bytes(line)
    return xxh64_intdigest(normal) if normal else None


#: The units of lines met lately (short lines only: a site's template lines recur from page to page of a batch, the
#: body's rarely), cleared when full; in-process only, the values are ``unit_hash``'s
_LINE_CACHE: dict[str, int | None] = {"": None}
_CACHE_LINE_CHARS = 200
_CACHE_SIZE = 20_000
#: The same for ``normalise`` (the site pass normalises the blocks it removes for its body-repeat test: the site's
#: template lines, met again on the site's next page)
_NORMAL_CACHE: dict[str, str] = {}


#: Counts the calls of ``clear_line_cache``: the caches kept elsewhere (the detectors' findings on a site's recurring
#: blocks, ``sites.apply.FindingsMemo``) forget what they hold when it changes
_generation = 0


def cache_generation() -> int:
    """How many times ``clear_line_cache`` was called."""
    return _generation


def clear_line_cache() -> None:
    """Forget the lines met, and every cache of what was met on a site's pages (benchmarks: each round starts
    cold)."""
    global _normal_cache_chars, _generation
    _generation += 1
    _LINE_CACHE.clear()
    _LINE_CACHE[""] = None
    _NORMAL_CACHE.clear()
    _normal_cache_chars = 0


#: ``normalise_cached`` keeps texts up to this long (a run of a WET page's template lines, cut out as one block, is
#: met again on the site's next page), and clears when the texts it holds reach ``_NORMAL_CACHE_TOTAL`` characters
_NORMAL_CACHE_CHARS = 8_000
_NORMAL_CACHE_TOTAL = 4_000_000
_normal_cache_chars = 0


def normalise_cached(text: str) -> str:
    """``normalise(text)``, looked up when the text was met lately (the site pass normalises the blocks it would
    remove: the site's template, met again on the site's next page)."""
    global _normal_cache_chars
    normal = _NORMAL_CACHE.get(text)
    if normal is None:
        normal = normalise(text)
        if len(text) <= _NORMAL_CACHE_CHARS:
            if len(_NORMAL_CACHE) >= _CACHE_SIZE or _normal_cache_chars >= _NORMAL_CACHE_TOTAL:
                _NORMAL_CACHE.clear()
                _normal_cache_chars = 0
            _NORMAL_CACHE[text] = normal
            _normal_cache_chars += len(text)
    return normal


#: ``_ASCII_BYTES`` with the other ASCII blanks ``bytes.split`` knows (tab, CR, VT, FF) made spaces too, the line
#: feed left alone: a whole document's lines mapped at once (``document_line_units``)
_DOCUMENT_BYTES = bytes(0x20 if code in (0x09, 0x0B, 0x0C, 0x0D) else byte for code, byte in enumerate(_ASCII_BYTES))
_EMPTY_UNIT = xxh64_intdigest(b"")
#: a document whose characters outside ASCII change in more than this many ways goes a line at a time
_DOCUMENT_SWAPS = 64


def document_line_units(document: str, pieces: list[str] | None = None,
                        normals: list[bytes] | None = None) -> list[int | None]:
    """``unit_hash`` of every line of ``document`` (split at "\\n"; None for a blank line): the same values, faster.
    A document whose characters outside ASCII are all context-free (``_context_free``: most) is normalised whole:
    each distinct character that changes replaced once in the document, the bytes mapped by one table, the runs of
    blanks collapsed by one search, then split at its line feeds (a piece of the document's text a line: no list
    of words a line); another goes a line at a time (``_line_units``). ``pieces``: the document already split at
    "\\n". ``normals``: a list that gets each line's ``normalise`` as UTF-8 (``b""`` for a blank line) when the
    document is normalised whole (left empty when it goes a line at a time)."""
    rest = document.encode("utf-8", "surrogatepass").translate(None, _ASCII_ALL).decode("utf-8", "surrogatepass")
    if rest:
        swap: dict[str, str] = {}
        for char in set(rest):
            into = _ALONE.get(char, "")
            if into == "":
                into = _alone(char)
            if into is None or "\n" in into:
                return _line_units(document, pieces)  # a character that may combine: NFKC of each line whole
            if into != char:
                swap[char] = into
        if swap:
            if len(swap) > _DOCUMENT_SWAPS:
                return _line_units(document, pieces)
            keys = swap.keys()
            for into in swap.values():
                # (a line replaces only its own characters: what one becomes must not hold another to replace)
                if not into.isascii() and not keys.isdisjoint(into):
                    return _line_units(document, pieces)
            for char, into in swap.items():
                document = document.replace(char, into)
    lines = list(map(bytes.strip, _SPACES.sub(b" ", document.encode("utf-8", "surrogatepass")
                                                 .translate(_DOCUMENT_BYTES)).split(b"\n")))
    units: list[int | None] = list(map(xxh64_intdigest, lines))
    if _EMPTY_UNIT in units:
        for i in [i for i, normal in enumerate(lines) if not normal]:
            units[i] = None
    if normals is not None:
        normals.extend(lines)
    return units


def _line_units(document: str, pieces: list[str] | None = None) -> list[int | None]:
    """``document_line_units`` a line at a time (a line met lately, on this page or another, is looked up, not
    hashed again)."""
    cache = _LINE_CACHE
    units: list[int | None] = []
    append = units.append
    for piece in document.split("\n") if pieces is None else pieces:
        unit = cache.get(piece, False)
        if unit is False:
            if piece.isascii():  # ``unit_hash``'s hot path, inline
                normal = b" ".join(piece.encode("ascii").translate(_ASCII_BYTES).split())
                unit = xxh64_intdigest(normal) if normal else None
            else:
                unit = unit_hash(piece)
            if len(piece) <= _CACHE_LINE_CHARS:
                if len(cache) >= _CACHE_SIZE:
                    # the lines only: what the memos hold of a site's pages (``cache_generation``: the detectors'
                    # findings, the shape tests) and the normalised texts stay (a full line cache is no reason to
                    # forget them: a batch of many sites filled it every few dozen pages and emptied both memos;
                    # ``clear_line_cache``, a benchmark's cold start, still forgets all)
                    cache.clear()
                    cache[""] = None
                cache[piece] = unit
        append(unit)
    return units


def to_signed(value: int) -> int:
    """An unsigned 64-bit hash as a signed 64-bit integer (Spark's LongType, Parquet's INT64)."""
    return value - (1 << 64) if value >= _SIGNED else value


def to_unsigned(value: int) -> int:
    """The inverse of ``to_signed``."""
    return value + (1 << 64) if value < 0 else value
