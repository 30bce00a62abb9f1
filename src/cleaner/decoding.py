"""Turning the input into text: bytes decoded by BOM, UTF-8, a plausible declared charset, then detection; junk
rejected. Every failure is a ``DecodeError``; every guess a reader should know about (a declaration that cannot be
true, replaced bytes) is a warning that reaches ``result.warnings``."""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import NamedTuple

import regex

from .errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = regex.compile(rb"""<meta[^>]{0,500}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", regex.IGNORECASE)
_XML_ENCODING = regex.compile(rb"""^<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")
# Characters no document needs: C0 controls but tab / newline / carriage return / form feed, lone surrogates.
# The standard library's re: on this one character class it scans 3.4x faster than regex (0.34 vs 1.14 ms on a
# 110 KB page), and every document is scanned once.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
_BINARY_SNIFF = 4096
_NON_ASCII = regex.compile(r"[^\x00-\x7f\ufffd]")
#: The legacy encodings of the WHATWG Encoding Standard (what browsers decode web pages with), as Python codecs:
#: detection chooses among these only (not cp775 or cp437 for a page with a few stray bytes).
WEB_ENCODINGS = ("cp1252", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8",
                 "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_15", "iso8859_16", "cp1250", "cp1251", "cp1253",
                 "cp1254", "cp1255", "cp1256", "cp1257", "cp1258", "cp874", "cp866", "koi8_r", "koi8_u", "mac_roman",
                 "mac_cyrillic", "gb18030", "big5", "euc_jp", "iso2022_jp", "shift_jis", "euc_kr")


#: WHATWG labels Python's codecs do not know, and the codec that reads them.
_LABEL_ALIASES = {"windows-874": "cp874", "x-mac-cyrillic": "mac_cyrillic", "iso-8859-8-i": "iso8859_8",
                  "csiso88598i": "iso8859_8", "logical": "iso8859_8", "windows-31j": "cp932", "x-sjis": "shift_jis",
                  "x-gbk": "gbk", "unicode-1-1-utf-8": "utf-8", "unicode11utf8": "utf-8", "unicode20utf8": "utf-8",
                  "x-unicode20utf8": "utf-8", "x-euc-jp": "euc_jp", "x-x-big5": "big5", "cn-big5": "big5"}
#: The codecs a declaration may name (Python's canonical names): the web's encodings and their usual supersets or
#: subsets. Anything else Python knows ("undefined", "rot13", "base64", "unicode_escape", "idna", "utf-7", EBCDIC...)
#: is no web page's charset, and some of them raise on every input.
@lru_cache(maxsize=1)
def _declarable() -> frozenset[str]:
    """The codecs a page may declare and we trust (their canonical names). Looked up when first needed: importing
    the ~50 codec modules cost ~10 ms of every ``import cleaner``, and a ``str`` document never needs them."""
    return frozenset(codecs.lookup(name).name for name in WEB_ENCODINGS + (
        "utf-8", "ascii", "latin_1", "iso8859_9", "iso8859_11", "tis_620", "gbk", "gb2312", "hz", "big5hkscs", "cp932",
        "cp949", "euc_jis_2004", "euc_jisx0213", "shift_jis_2004", "shift_jisx0213", "iso2022_jp_2", "iso2022_kr",
        "johab", "cp1250", "mac_cyrillic"))


#: Declarations that cannot be true of a document whose declaration is readable as ASCII (browsers read a
#: <meta charset> of UTF-16 as UTF-8 for the same reason): these encodings put NUL bytes between ASCII letters.
_WIDE = frozenset(codecs.lookup(name).name for name in ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                                                        "utf-32-be"))


class Decoded(NamedTuple):
    """Bytes read as text: the text, the charset used (with " (with replacements)" when bytes were replaced) and
    the warnings for a reader (empty when the bytes said plainly what they are)."""

    text: str
    charset: str
    warnings: tuple[str, ...] = ()


def _declared_label(data: bytes) -> str | None:
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore").lower() if match else None


def _codec(label: str) -> str | None:
    """Python's canonical codec name for a charset label, or None when Python does not know it."""
    try:
        return codecs.lookup(_LABEL_ALIASES.get(label, label)).name
    except LookupError:
        return None


def _looks_binary(data: bytes) -> bool:
    head = data[:_BINARY_SNIFF]
    if not head:
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return controls / len(head) > 0.05


def _max_replacements(text: str) -> int:
    """How many undecodable bytes a document may have and still be read (with U+FFFD in their place)."""
    return max(8, len(text) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """(text, charset). Raises DecodeError for data that is not text in any plausible charset."""
    text, charset, _warnings = read_bytes(data)
    return text, charset


def _replaced(text: str, encoding: str) -> str:
    return f"read as {encoding} with {text.count(chr(0xFFFD)):,} invalid byte sequence(s) replaced by U+FFFD"


def read_bytes(data: bytes) -> Decoded:
    """The bytes as text, with the charset used and the warnings (``Decoded``). Raises DecodeError (and nothing
    else) for data that is not text in any plausible charset.

    The order: a byte-order mark; a binary sniff (UTF-16 without a byte-order mark is refused here); strict UTF-8;
    the declared charset (``<meta charset>``, the XML declaration) when it is one a web page can be in (not
    UTF-16/32, whose NUL bytes would hide the declaration, nor a label that is no web encoding); mostly-UTF-8 with
    a few broken bytes; detection among the web's legacy encodings; UTF-8 with replacements. Every step after
    strict UTF-8 that overrides a declaration or replaces bytes says so in a warning."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(encoding), encoding)
            except UnicodeDecodeError as error:
                # a page cut in the middle of a character (odd length in UTF-16) or with a few bad bytes: keep it
                text = data[len(bom):].decode(encoding, errors="replace")
                if text.count("\ufffd") <= _max_replacements(text):
                    return Decoded(text, f"{encoding} (with replacements)",
                                   (f"{_replaced(text, encoding)} (the charset of its byte-order mark)",))
                raise DecodeError(f"the data starts with a {encoding} byte-order mark but does not decode: {error}")
    if _looks_binary(data):
        raise DecodeError("the data looks binary (many control bytes), not a text or HTML document")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    label = _declared_label(data)
    declared = _codec(label) if label else None
    doubt = None  # why the declaration was not followed
    if label and declared not in ("utf-8", None) and declared in _declarable():
        try:
            return Decoded(data.decode(declared), declared)
        except UnicodeDecodeError:
            doubt = f"the declared charset {label!r} does not decode the bytes"
    elif label and declared in _WIDE:
        doubt = f"the declared charset {label!r} cannot be true (the declaration itself is 8-bit text)"
    elif label and declared != "utf-8":
        doubt = f"the declared charset {label!r} is not a known web encoding"
    elif label:
        doubt = f"the declared charset {label!r} does not decode the bytes"
    # Mostly UTF-8 (valid multi-byte characters) with a few broken bytes: keep the text, mark the bad bytes.
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    replaced_warning = (f"{doubt}; {_replaced(text, 'UTF-8')}" if doubt else _replaced(text, "UTF-8"),)
    mostly_utf8 = bad <= _max_replacements(text)
    if mostly_utf8 and len(_NON_ASCII.findall(text)) >= bad:
        return Decoded(text, "utf-8 (with replacements)", replaced_warning)
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000], cp_isolation=list(WEB_ENCODINGS)))
    if matches:
        # equally good guesses (short text fits cp1250 as well as cp1252): the web's default for unlabelled pages
        ties = [m for m in matches if (m.chaos, m.coherence) == (matches[0].chaos, matches[0].coherence)]
        best = next((m for m in ties if m.encoding == "cp1252"), ties[0])
        try:
            guessed = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
        else:  # an unlabelled page read by detection is the usual case, not worth a warning
            return Decoded(guessed, best.encoding, (f"{doubt}; read as {best.encoding}, the charset detection chose",)
                           if doubt else ())
    if mostly_utf8:
        return Decoded(text, "utf-8 (with replacements)", replaced_warning)
    raise DecodeError("the bytes decode in no plausible charset (tried BOM, UTF-8, the declared charset, detection)")


def sanitize(text: str) -> str:
    """Replace control characters and lone surrogates by U+FFFD, keeping every offset where it was."""
    return _CONTROL.sub("\ufffd", text) if _CONTROL.search(text) else text


#: Every byte but the control characters ``sanitize`` replaces (``_CONTROL``: C0 but tab, LF, FF, CR; and DEL):
#: deleted, they leave the control characters. In UTF-8 these bytes stand only for themselves (the bytes of a
#: multi-byte character are all >= 0x80).
_NOT_CONTROL_BYTES = bytes(b for b in range(256) if not (b <= 0x08 or b == 0x0B or 0x0E <= b <= 0x1F or b == 0x7F))


def sanitize_to_utf8(text: str) -> tuple[str, bytes]:
    """``sanitize(text)`` and its UTF-8 bytes (what the HTML parser reads), in one pass for the usual clean text:
    the strict encoding finds lone surrogates, a byte deletion in C finds control characters (3x faster than the
    character scan on a 100 KB page, and the bytes are not encoded a second time)."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        text = sanitize(text)
        return text, text.encode("utf-8")
    if data.translate(None, _NOT_CONTROL_BYTES):
        text = sanitize(text)
        return text, text.encode("utf-8")
    return text, data
