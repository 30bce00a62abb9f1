"""speed38 (issue 14): two cheap gates of the text path, each against the computation it replaces (same answers)."""

from __future__ import annotations

import random
import re

from cleaner import Cleaner
from cleaner.blocks import _KEPT_SIGNS
from cleaner.cues import normalize
from cleaner.detectors import image_residue
from cleaner.links import IMAGE_EXTENSIONS


def _splitter():
    return Cleaner(detect_language=False).segmenter.splitter


def test_lines_without_a_heading_open_with_no_heading_key():
    """``BlockSplitter._no_heading``: a line that opens with a sign ``normalize`` keeps first (and no heading key
    opens with it), or with digits no list marker's character follows, is no heading cue on its own; the heading
    keys hold such signs ("[…]" opens one), so the gate's set is the signs less the keys' first characters."""
    splitter = _splitter()
    cues = splitter.cues
    starts = cues.heading_starts()
    assert starts == frozenset(key[:1] for key in cues._headings)
    assert splitter._signs_without_heading == frozenset(_KEPT_SIGNS) - starts
    headings = sorted({cue.phrase for cue in cues.cues if cue.match == "heading"})
    rnd = random.Random(38)
    tails = rnd.sample(headings, min(300, len(headings))) + ["related posts", "share this", "1. related", "x"]
    openers = list(_KEPT_SIGNS) + ["1", "12", "123", "2024", "7"] + list("#>-+|<=^`*_~\\") + ["«", "【", "©", "£", "✔"]
    between = ["", " ", "  ", ".", ". ", ")", ") ", "*", "_", "~", "\\", ":", "\u0338", "\u0301", "\u00a0", "\t",
               "’", "“", "x", "A", "0", "é", "\u200b", "．", "1. ", "- ", "> "]
    passed = 0
    for _ in range(6000):
        line = (rnd.choice(openers) + rnd.choice(between) + rnd.choice(between) + rnd.choice(tails)).strip()
        line = line.upper() if rnd.random() < 0.2 else line
        if line and splitter._no_heading(line):
            passed += 1
            assert not cues.heading(normalize(line)), line
    assert passed > 1000
    # a heading key that opens with a sign the gate would pass: a line that opens with it is still looked up
    assert "[" in starts and "[" not in splitter._signs_without_heading


def test_heading_line_before_says_what_the_lookup_says():
    """``_heading_line_before`` with the gate gives the look-up's answer on texts of price, count and heading lines."""
    splitter = _splitter()
    cues = splitter.cues
    rnd = random.Random(381)
    lines = ["$83.00", "(4,313)", "218 mm", "1. Related", "12) Share", "2024", "Related Posts", "Share this:",
             "[…]", "£12.99", ":target", "@import", "Follow us", "# Related", "1.5 out of 5", "Read more", "",
             "   ", "7", "3 comments", "\"Quoted\"", "{x}", "%50", "&copy;", "'Tis", "1`", "1*. x", "१२ x"]
    for _ in range(400):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(2, 8))) + "\nThe body goes on here."
        for m in re.finditer(r"\n[ \t]*(?=\S)", text):
            pos = m.start()
            start = text.rfind("\n", 0, max(0, pos - 1)) + 1
            line = text[start:pos].strip()
            expected = 0 < len(line) <= 60 and bool(cues.heading(normalize(line)))
            assert splitter._heading_line_before(text, pos) == expected, (text, pos)


def _may_be_before(line: str) -> bool:
    """``image_residue._may_be`` as it was (ea38589): every word of the line split."""
    text = line.strip()
    if not text:
        return False
    low = text.casefold()
    if low.endswith(IMAGE_EXTENSIONS) or "©" in text or low.startswith("(c)") or "/" in text \
            or text.isdigit():
        return True
    if "direct" in low or "reseller" in low:
        return True
    firsts, lasts = image_residue._candidate_words()
    words = low.split()
    first = words[0].lstrip("([/").split("=", 1)[0]
    return first in firsts or first.split("_", 1)[0].split("-", 1)[0] in firsts or words[-1].rstrip(".)]") in lasts \
        or (len(words) > 1 and words[0] in "([/")


def test_may_be_reads_the_first_and_last_word_as_the_split_did():
    """``_may_be`` without splitting the whole line: the same answer on random lines of the data's words."""
    firsts, lasts = image_residue._candidate_words()
    rnd = random.Random(382)
    words = sorted(firsts)[:60] + sorted(lasts)[:60] + ["the", "photo", "(", "[", "/", "x=1", "foo_bar", "a-b",
                                                        "Getty", "Images.", "AP)", "ﬁle", "İstanbul", "ß", ")"]
    blanks = [" ", "  ", "\t", "\u00a0", "\u3000", "\n"]
    cases = ["", " ", "(", "( x", "[ Getty", "x \u00a0", "\u00a0x"]
    for _ in range(6000):
        n = rnd.randint(1, 5)
        line = "".join(rnd.choice(words) + rnd.choice(blanks) for _ in range(n))
        if rnd.random() < 0.3:
            line = rnd.choice(blanks) + line
        cases.append(line if rnd.random() < 0.5 else line.rstrip())
    for line in cases:
        assert image_residue._may_be(line) == _may_be_before(line), repr(line)
