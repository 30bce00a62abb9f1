"""speed34's fast paths give the answers of the code they replace (issue 14: outputs identical).

Each is an exact rewrite or a necessary condition of a regular-expression search that was slow on long texts (a WET
page's blocks); the tests compare them with the search on every code point where they list characters, and on random
mixtures of the characters each one treats specially."""

from __future__ import annotations

import random
import sys

import regex

from cleaner import inline
from cleaner.detectors import base
from cleaner.detectors.base import ENDS_SENTENCE, ends_sentence, is_link_line
from cleaner.model import Block, LinkRef
from cleaner.scripts import _PER_WORD, UNSPACED, spaced_length
from cleaner.textbylines import _REPORTER_AFTER, byline_data


def _every_char_matching(pattern: regex.Pattern) -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if pattern.match(chr(c)))


def test_blank_run_gate_lists_every_blank_of_the_pattern():
    blanks = _every_char_matching(regex.compile(r"\s"))
    wide = {char for char in blanks if not char.isascii()}
    assert wide == set(_every_char_matching(inline._WIDE_BLANKS))
    ascii_blanks = {char for char in blanks if char.isascii()}
    assert ascii_blanks == set("\t\n\x0b\x0c\r ")
    assert all(bytes([ord(c)]).translate(inline._ASCII_BLANKS_AS_SPACES) == b" " for c in ascii_blanks)
    assert "\x1c" not in blanks and "\x1f" not in blanks  # (str.isspace's, not the pattern's)


def test_blank_run_gate_is_a_necessary_condition():
    rnd = random.Random(34)
    special = list("ab. \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000\u200b\ud800é中*_")
    for _ in range(20000):
        text = "".join(rnd.choice(special) for _ in range(rnd.randint(0, 10)))
        if inline._BLANK_RUN.search(text) is not None:
            assert inline._may_hold_blank_run(text), repr(text)
        if text.isascii() and not inline._may_hold_blank_run(text):
            assert inline._BLANK_RUN.search(text) is None


def test_strip_once_collapses_the_runs_the_pattern_finds():
    assert inline._strip_once("a  b") == "a b"
    assert inline._strip_once("a\n \nb") == "a\nb"
    assert inline._strip_once("a\u3000\u3000b") == "a b"
    assert inline._strip_once("a\xa0 b") == "a b"
    assert inline._strip_once("a\x1c\x1cb") == "a\x1c\x1cb"  # (no blank of the pattern)
    assert inline._strip_once("caf\u00e9 \ud800 b") == "caf\u00e9 \ud800 b"  # (a lone surrogate: encoded as it is)


def test_separator_chars_are_the_pattern_class():
    assert _every_char_matching(regex.compile(r"[\s|/•·»«›‹>\-–—,;:*#\[\]()]")) == base._SEPARATOR_CHARS


def test_link_line_counts_as_the_removal_did():
    rnd = random.Random(34)
    special = list("ab中 \t\n|/•·»«›‹>-–—,;:*#[]()\xa0\u3000\u2009x")
    for _ in range(3000):
        size = rnd.choice((5, 50, 600, 1200))
        text = "".join(rnd.choice(special) for _ in range(size))
        counted = len(text) - sum(map(text.count, base._SEPARATOR_CHARS))
        assert counted == len(base._SEPARATORS.sub("", text))
    link = LinkRef(url="https://example.com", text="x", start=0, end=1)
    for size in (300, 2000):
        plain = "x" + " word," * size
        block = Block(index=0, type="paragraph", text=plain, plain=plain, links=[link])
        rest = base._SEPARATORS.sub("", base.non_link_text(block))
        assert is_link_line(block) == (len(rest) <= max(12, 0.25 * len(block.plain)))


def test_ends_sentence_is_the_search():
    rnd = random.Random(34)
    special = list("ab .!?。！？'\"”»)\n ")
    for _ in range(20000):
        text = "".join(rnd.choice(special) for _ in range(rnd.randint(0, 8)))
        assert ends_sentence(text) == (ENDS_SENTENCE.search(text) is not None), repr(text)


def test_reporter_label_matched_at_the_start_without_a_mark_before_it():
    pattern = byline_data()["reporter"]
    rnd = random.Random(34)
    words = ["Reporting by", "Editing by", "Haber:", "Jane Doe", "reporting", "by", "(", "[", ".", ";", " ", "and",
             "Texto:", "Text:", "Photo", "x"]
    for _ in range(20000):
        tail = "".join(rnd.choice(words) + rnd.choice(("", " ")) for _ in range(rnd.randint(1, 6)))
        found = pattern.search(tail) if _REPORTER_AFTER.search(tail) is not None else pattern.match(tail)
        expected = pattern.search(tail)
        assert (found and found.span()) == (expected and expected.span()), repr(tail)


def test_spaced_length_needs_an_unspaced_letter():
    for pattern, _ in _PER_WORD:
        assert set(_every_char_matching(pattern)) <= set(_every_char_matching(UNSPACED))
    assert spaced_length("café crème") == len("café crème")
    assert spaced_length("北京大学") > len("北京大学")
