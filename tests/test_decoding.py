"""Decoding bytes: every failure is a CleanerError, every doubtful guess a warning in ``result.warnings``."""

from __future__ import annotations

import codecs
import random
from encodings.aliases import aliases

import pytest

import cleaner
from cleaner import CleanerError, DecodeError
from cleaner.decoding import read_bytes

FRENCH = "Café au lait, crème brûlée et pâté : très bon, vraiment très bon. L'été à Orléans."


def _page(charset: str, body: bytes) -> bytes:
    return (b'<html><head><meta charset="' + charset.encode("ascii") + b'"><title>x</title></head><body><p>'
            + body + b"</p></body></html>")


def test_an_undefined_charset_is_detected_with_a_warning_not_a_unicode_error():
    # Python knows a codec named "undefined" that raises UnicodeError on every input
    result = cleaner.clean(_page("undefined", FRENCH.encode("cp1252")))
    assert "Café au lait" in result.text
    assert any("'undefined' is not a known web encoding" in warning for warning in result.warnings)


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "utf-32", "ucs-2", "unicode"])
def test_a_wide_charset_declared_in_8_bit_text_is_not_believed(label):
    result = cleaner.clean(_page(label, FRENCH.encode("cp1252")))
    assert "Café au lait, crème brûlée" in result.text
    assert result.warnings and label.lower() in result.warnings[0]


def test_the_warnings_say_what_was_done():
    decoded = read_bytes(_page("utf-16", FRENCH.encode("cp1252")))
    assert decoded.charset == "cp1252"
    assert decoded.warnings == ("the declared charset 'utf-16' cannot be true (the declaration itself is 8-bit "
                                "text); read as cp1252, the charset detection chose",)
    decoded = read_bytes(_page("rot13", FRENCH.encode("cp1252")))
    assert "'rot13' is not a known web encoding" in decoded.warnings[0] and "é" in decoded.text


@pytest.mark.parametrize("label", ["windows-1252", "iso-8859-1", "latin1", "cp1252", "x-user-defined-not"])
def test_a_true_declaration_or_a_clean_page_has_no_doubt(label):
    decoded = read_bytes(_page("windows-1252", FRENCH.encode("cp1252")))
    assert decoded.text.count("é") == FRENCH.count("é") and decoded.warnings == ()
    # valid UTF-8 is read as UTF-8 whatever the page declares, without a warning
    decoded = read_bytes(_page(label, FRENCH.encode("utf-8")))
    assert decoded.charset == "utf-8" and decoded.warnings == ()


def test_a_declaration_that_does_not_decode_falls_back_with_a_warning():
    decoded = read_bytes(_page("shift_jis", FRENCH.encode("cp1252") + b"\xff\xfd"))
    assert decoded.warnings and "'shift_jis' does not decode the bytes" in decoded.warnings[0]


def test_a_few_broken_utf8_bytes_are_replaced_with_a_warning():
    result = cleaner.clean(FRENCH.encode("utf-8") + b" \xff end of the paragraph here.")
    assert "\ufffd" in result.text
    assert result.warnings == ["read as UTF-8 with 1 invalid byte sequence(s) replaced by U+FFFD"]


def test_bytes_with_a_byte_order_mark_read_as_before():
    assert read_bytes("abc".encode("utf-16")) == ("abc", "utf-16-le", ())
    assert read_bytes(codecs.BOM_UTF8 + FRENCH.encode("utf-8")).warnings == ()


_LABELS = sorted(set(aliases) | set(aliases.values()) | {
    "undefined", "rot13", "rot_13", "base64", "hex", "zlib", "bz2", "uu", "quopri", "unicode_escape",
    "raw_unicode_escape", "idna", "punycode", "utf-7", "mbcs", "oem", "x-user-defined", "utf-16", "utf-32",
    "windows-874", "x-mac-cyrillic", "iso-8859-8-i", "", "-", "..", "encodings", "unknown", "utf-8", "UTF8"})


def _random_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    size = rng.randrange(0, 400)
    if kind == 0:  # any byte
        return bytes(rng.randrange(256) for _ in range(size))
    if kind == 1:  # mostly ASCII text with high bytes
        return bytes(rng.choice(b"abcde fgh.\n\xe9\xe8\xa0\x80\x9f\xff\xfe\xc3\xa9") for _ in range(size))
    if kind == 2:  # a real text in a random web encoding
        encoding = rng.choice(["cp1252", "koi8_r", "shift_jis", "gb18030", "utf-8", "iso8859_7", "euc_kr"])
        return ("Привет мир 日本語 Ελληνικά " + FRENCH).encode(encoding, "replace")[: size + 20]
    return bytes(rng.choice(b"\x00\x01\x1f<>/a\xff") for _ in range(size))


def test_random_bytes_with_random_declarations_give_a_result_or_a_cleaner_error():
    rng = random.Random(20261205)
    outcomes = {"result": 0, "error": 0}
    for _ in range(400):
        label = rng.choice(_LABELS)
        body = _random_bytes(rng)
        where = rng.randrange(3)
        if where == 0:
            data = _page(label, body)
        elif where == 1:
            data = b'<?xml version="1.0" encoding="' + label.encode("ascii") + b'"?><html><body>' + body
        else:
            data = body + b"<meta http-equiv='Content-Type' content='text/html; charset=" + label.encode() + b"'>"
        try:
            result = cleaner.clean(data, format=rng.choice(["auto", "text", "html"]))
        except CleanerError:
            outcomes["error"] += 1
            continue
        outcomes["result"] += 1
        assert all(isinstance(warning, str) for warning in result.warnings)
        result.to_dict()
    assert outcomes["result"] > 100  # half of these are text, half random bytes


def test_read_bytes_raises_only_decode_errors():
    rng = random.Random(7)
    for _ in range(300):
        data = _page(rng.choice(_LABELS), _random_bytes(rng))
        try:
            decoded = read_bytes(data)
        except DecodeError:
            continue
        assert isinstance(decoded.text, str)
