"""speed40 (issue 14): the segmenter's gates and the name matcher's gate at the start, each against the computation it
skips (same answers), on every code point or character the proof needs and on random texts."""

from __future__ import annotations

import random
import string
import unicodedata

import pytest

from cleaner import Cleaner
from cleaner.blocks import _NAME_HEAD, _NOT_INERT, _PREFIX_MARKS, _PROBE_PREFIX


@pytest.fixture(scope="module")
def splitter():
    return Cleaner(detect_language=False).segmenter.splitter


def _inert_characters() -> list[str]:
    """Every character outside ASCII that ``_NOT_INERT`` passes."""
    return [chr(c) for c in range(0x80, 0x110000) if _NOT_INERT.match(chr(c)) is None]


def test_inert_characters_fold_to_nothing_a_continuation_reads(splitter):
    """The proof's premises, on every code point the gate passes beside ASCII: lower-casing and case folding give no
    ASCII character and none of a continuation's characters; NFC leaves every text of ASCII and these characters as
    it is (each is its own decomposition, a starter, and no canonical composition's second character: a text of
    starters that pair with nothing is composed of nothing). Then a continuation's key that ``may_start`` reads in
    the folded head is in the head's lower case at the same place, as for an ASCII head, and no continuation with a
    character outside ASCII is read there."""
    continuation_chars = {ch for c in splitter.names.continuations() for ch in c}
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    inert = _inert_characters()
    assert len(inert) > 800 and {"’", "©", "–", "—", "€", "“", "…", "·", "\u00a0", "™"} <= set(inert)
    for ch in inert:
        for folded in (ch.lower(), ch.casefold()):
            assert folded and not any(c.isascii() or c in continuation_chars for c in folded), hex(ord(ch))
        assert unicodedata.normalize("NFD", ch) == ch and unicodedata.combining(ch) == 0, hex(ord(ch))
        assert ch not in seconds, hex(ord(ch))
    assert not any(chr(c) in seconds for c in range(128))  # (nor is an ASCII character)
    rnd = random.Random(40)
    for _ in range(3000):
        text = "".join(rnd.choice(inert) if rnd.random() < 0.4 else chr(rnd.randrange(128)) for _ in range(12))
        assert unicodedata.normalize("NFC", text) == text


def test_sign_gate_is_what_may_start_and_the_probe_prefix_say(splitter):
    """A probe that opens with one of ``_signs_without_name`` and an ASCII character (or nothing) after it: no name
    pattern may start it (``may_start``), and ``_PROBE_PREFIX`` finds its first word only after one of
    ``_PREFIX_MARKS``: every pair of such a sign and an ASCII character, then random texts."""
    names = splitter.names
    signs = splitter._signs_without_name
    assert set(string.digits) <= signs and "$" in signs and "(" in signs
    assert not any(word[:1] in signs for word in names._prefix_words)
    tails = ["", " By Jane Doe", "Jane Doe is a freelance writer", " Written by Jane Doe", "by Jane Doe", "ü",
             " 著者 山田太郎", "\u0301x", "Source: x", " von Anna Schmidt"]
    for sign in sorted(signs):
        for second in map(chr, range(128)):
            for tail in tails:
                probe = sign + second + tail
                assert not names.may_start(probe), probe
                if sign not in _PREFIX_MARKS:
                    assert _PROBE_PREFIX.match(probe) is None, probe
            assert not names.may_start(sign), sign


def test_splits_here_the_same_without_the_gates(splitter, monkeypatch):
    """``_splits_here`` on random texts of signs, digits, punctuation outside ASCII, names, prefixes, continuations
    and lead cues: the same answers with the gates as with both off (the sign gate emptied, the continuation keys
    not given)."""
    names = splitter.names
    rnd = random.Random(4040)
    words = (list(names.continuations()) + list(names._prefixes[:80]) + ["Jane Doe", "Marie van der Berg", "Source:",
             "Share this", "Related Posts", "About Us", "the", "a", "and", "writer", "author", "is", "$5", "(1)",
             "10.", "3)", "[x]", "<b>", "#", "|", "-", "*", "’", "©", "–", "€", "“", "”", "…", "é", "É", "ß", "İ",
             "\u212a", "ﬅ", "\u00a0", "\u2028", "\u0301", "\u0338", "=", "<", "“Jane”", "Jane’s", "O’Neil", "著者",
             "Автор:", "tarafından", "è", "是", "\x1c"])
    texts = []
    for _ in range(300):
        parts = []
        for _ in range(rnd.randint(10, 60)):
            parts.append(rnd.choice(words))
            parts.append(rnd.choice([" ", " ", "\n", ". ", "", "\n", "! "]))
        texts.append("".join(parts))
    fast = []
    for text in texts:
        keys = splitter._continuation_keys_at(text)
        fast.append([splitter._splits_here(text, p, keys) for p in range(1, len(text)) if text[p - 1] in " \n"])
    monkeypatch.setattr(splitter, "_signs_without_name", frozenset())
    slow = [[splitter._splits_here(text, p) for p in range(1, len(text)) if text[p - 1] in " \n"] for text in texts]
    assert fast == slow
    assert sum(map(sum, fast)) > 200


def test_inert_head_gate_refuses_only_where_may_start_says_no(splitter):
    """The continuation keys' gate on a head with punctuation outside ASCII: where it refuses a probe, ``may_start``
    says False (random heads of capitalised words, continuations, keys and such punctuation)."""
    names = splitter.names
    rnd = random.Random(404)
    continuations = list(names.continuations())
    pieces = ["Jane", "Doe", "Marie", "van", "der", "Berg", "’", "’s", "—", "“", "”", "©", "€", "…", "\u00a0",
              "\u2028", "·", "writer", "Writer", "WRITER", "Author", "is", "has", "ﬅ", "\u212a", "İ", "ß", "x", "The"]

    def piece() -> str:
        return rnd.choice(continuations) if rnd.random() < 0.15 else rnd.choice(pieces)

    refused = 0
    for _ in range(20000):
        text = "x " + "".join(piece() + rnd.choice([" ", "", "  ", "\n"]) for _ in range(rnd.randint(2, 14)))
        keys = splitter._continuation_keys_at(text)
        if keys is None:
            continue
        probe = text[2:2 + 300]
        head = probe[:_NAME_HEAD]
        if head.isascii() or _NOT_INERT.search(head) is not None:
            continue
        run = probe[:len(probe) - len(probe.lstrip(string.ascii_letters))]
        if not run or run.lower() in names.lower_heads() or not probe[len(run):len(run) + 1].isascii():
            continue
        if not any(2 <= k < 2 + _NAME_HEAD for k in keys):
            refused += 1
            assert not names.may_start(probe), probe
    assert refused > 300


def test_at_start_the_same_without_the_reach_gate(splitter, monkeypatch):
    """``NameMatcher._first`` at the start of an ASCII text tries only the patterns whose first word opens the text
    or, for a name then its continuation, starts within the name's reach: the same names as trying every pattern
    whose word is anywhere in the text (random texts of names, prefixes, continuations and punctuation)."""
    from cleaner import names as N
    matcher = splitter.names
    rnd = random.Random(4004)
    pieces = (list(matcher.continuations()) + list(matcher._prefixes) + ["Jane", "Doe", "O'Neil", "Jean-Paul", "St.",
              "van", "de", "l'", "MARIE", "x", "1", ",", ":", "-", "(", ")", ".", "'", "\n", "\t", "\x1c", "  ",
              "About", "Us", "By", "written by", "is a", "has"])
    people = ["Jane Doe", "Marie van der Berg", "O'Neil", "J. R. Smith", "Jean-Paul Sartre", "ANNA", "About Us", "x"]
    seps = [" ", "", "\n", "\t", "  ", ", ", " - ", "\n\n", ". ", "\x1c"]

    def noise() -> str:
        return "".join(rnd.choice(pieces) + rnd.choice(seps) for _ in range(rnd.randint(0, 6)))

    texts = []
    for n in range(6000):
        person = rnd.choice(people) + rnd.choice(seps)
        if n % 3 == 0:
            texts.append(noise() + person + rnd.choice(matcher.continuations()) + rnd.choice(seps) + noise())
        elif n % 3 == 1:
            texts.append(rnd.choice(matcher._prefixes) + rnd.choice(seps) + person + noise())
        else:
            texts.append(noise())
    texts = [t for t in texts if t.isascii()]
    fast = [matcher.at_start(t) for t in texts]

    def every_pattern(self, text, at_start):  # (main 85412dd's ``_first``)
        at_first, somewhere = self._any_probe(at_start)
        if not (at_first.match(text) or somewhere.search(text)):
            return None
        if text.isascii():
            lowered = text.lower()
            numbers = [n for n, word in self._ascii_probes() if word is None or word in lowered]
        else:
            numbers = range(len(self._patterns))
        for number in numbers:
            pattern, (probe, anywhere) = self._patterns[number], self._probes[number]
            if not (N._compiled(probe).match(text) if at_start and not anywhere else N._compiled(probe).search(text)):
                continue
            match = N._compiled(pattern).match(text) if at_start else N._compiled(pattern).search(text)
            if match:
                return N._clean_name(match.group("name"))
        return None

    monkeypatch.setattr(N.NameMatcher, "_first", every_pattern)
    slow = [matcher.at_start(t) for t in texts]
    assert fast == slow
    assert sum(1 for name in fast if name) > 150


def test_reported_terms_as_with_each_term_normalised_once_a_phrase():
    """``bios.reported_terms`` normalises each term once (speed40): the terms main 85412dd's expression gave."""
    from cleaner.cues import normalize
    from cleaner.detectors import bios
    own = bios.own_phrases()
    terms = [t for t in bios.unless_terms() if not any(f" {normalize(t)} " in phrase for phrase in own)]
    terms += [t for bio in bios._bios() for t in bio.get("reported", ())]
    assert bios.reported_terms() == tuple(sorted(set(terms)))
    assert len(bios.reported_terms()) > 100


def test_heading_memo_answers_as_the_lookup(splitter, monkeypatch):
    """``_heading_line_before``'s memo (speed40): the same answers as the look-up, asked again, with the memo full and
    cleared (a size of 3), and by a new splitter; and the split points' two patterns never match at a text's ends."""
    from cleaner import blocks as B
    from cleaner.cues import normalize as norm
    monkeypatch.setattr(B, "_HEADING_MEMO_SIZE", 3)
    fresh = B.BlockSplitter(splitter.cues, splitter.names)
    rnd = random.Random(4041)
    lines = ["Related Posts", "Related posts:", "Share this", "Share this:", "Read more", "The garden", "Über uns",
             "分享到：", "Menu", "1. Related", "<< Home", "|", "Jane Doe", "Tags", "TAGS:", "Follow us", "Ana Sayfa"]
    found = 0
    for _ in range(3000):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 6))) + "\nBody text"
        pos = text.rfind("\n")
        line = text[text.rfind("\n", 0, pos - 1) + 1:pos].strip()
        expected = 0 < len(line) <= 60 and bool(splitter.cues.heading(norm(line)))
        assert fresh._heading_line_before(text, pos) == expected, line
        found += expected
        for pattern in (B._LINE_START, B._SENTENCE_START):
            assert all(0 < m.end() < len(text) for m in pattern.finditer(text + rnd.choice(["", ". ", "\n", "。"])))
    assert found > 500 and len(fresh._heading_memo) <= 3
