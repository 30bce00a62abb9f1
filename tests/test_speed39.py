"""speed39 (issue 14): cheap gates of the author fallbacks, each against the computation it replaces (same answers)."""

from __future__ import annotations

import random
import unicodedata

from cleaner.datafiles import read_json
from cleaner.textmeta import may_open, metadata_vocabulary


def _labels(key: str) -> list[str]:
    return sorted({w for terms in read_json("text_metadata.json")[key].values() for w in terms})


def test_may_open_never_refuses_a_line_a_label_opens():
    """``textmeta.may_open``: a text whose first three characters are ASCII and whose first two match no label's
    first two (IGNORECASE, a blank for the space between a label's words) is opened by no label of the pattern, once
    NFC-normalised; the gate says False often (most lines), and True for every label written in any case."""
    vocab = metadata_vocabulary()
    rnd = random.Random(39)
    for pattern_key, heads_key, table in (("byline", "byline_heads", "dated_byline_labels"),
                                          ("publication_by", "publication_heads", "publication_by_labels")):
        pattern, heads = vocab[pattern_key], vocab[heads_key]
        labels = _labels(table)
        for label in labels:  # every label, as written, in capitals, title case, with a tab or two spaces
            for form in (label, label.upper(), label.title(), label.replace(" ", "\t"), label.replace(" ", "  ")):
                text = form + " Jane Doe"
                if pattern.match(unicodedata.normalize("NFC", text)):
                    assert may_open(text, heads), text
        pieces = labels + ["Jane Doe", "by", "BY", "b", "a", "A ", "x", "de", "De", "\u00e9", "e\u0301", "i\u0307",
                           "K", "\u212a", "\u017f", "\u0130", "1", "-", "ﬀ", " ", "\t", ":", "posted", "Postado"]
        refused = 0
        for _ in range(20000):
            text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "  ", "\u0301", "y"]) for _ in range(3))
            text = text.upper() if rnd.random() < 0.2 else text
            if not may_open(text, heads):
                refused += 1
                assert pattern.match(unicodedata.normalize("NFC", text)) is None, (pattern_key, text)
        assert refused > 1500
        for ch in map(chr, range(128)):  # every ASCII pair the memo may hold, as the start of a longer text
            for other in map(chr, range(128)):
                if not may_open(ch + other + "x", heads):
                    assert pattern.match(ch + other + "x") is None
                    assert pattern.match(ch + other + " x") is None


def test_lines_that_open_with_no_capital_give_no_name():
    """``linebylines._opens_no_name``: a line whose first two characters after the blanks, "*" and "_" are ASCII and
    whose first is no capital A-Z gives no name in ``name_then`` (with or without the lower-case words); the
    standard engine's \\s is ``str.isspace`` (what ``split`` reads as a blank) over every code point."""
    import re

    from cleaner.linebylines import _opens_no_name, name_then

    assert all(bool(re.match(r"\s", chr(c))) == chr(c).isspace() for c in range(0x110000))
    rnd = random.Random(3939)
    openers = ["", " ", "  ", "*", "**", "_", " * ", "\t", "\u00a0", "\u2028", "* _", "-", "(", "[", "1", "12", "«",
               "\u0301", "é", "É", "J", "j", "de ", "van ", "- ", "Dr. ", "#", "|", "·", ",", "\u200b"]
    words = ["Jane", "Doe", "jane", "doe", "JANE", "DOE", "de", "la", "van", "-", "Jean-Paul", "O'Neil", "März",
             "12", "2024", "March", "|", "·", "Staff", "Writer", "and", "et", "y", "John", "Smith", "Ärger", "Über",
             "élan", "Élise", "ß", "İpek", "ıx", "\u212aelvin", "Doe3.11.2023", "DoePublished", "Published", ","]
    refused = 0
    for _ in range(20000):
        line = rnd.choice(openers) + rnd.choice(openers) + " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 5)))
        if _opens_no_name(line):
            refused += 1
            assert name_then(line, None) is None, line
            assert name_then(line, frozenset()) is None, line
    assert refused > 3000
