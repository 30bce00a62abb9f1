"""Aho-Corasick automata that walk an ASCII or a Latin text faster: ``TermAutomaton`` (the cue phrases of cues.py, the
term lists of detectors/terms.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import ahocorasick


#: A character outside the Latin blocks (Basic Latin to Latin Extended-B, Latin Extended Additional) and the
#: punctuation and symbols Latin-script texts hold (General Punctuation, currency, letterlike symbols, arrows,
#: geometric shapes: "’", "—", "€", "™", "→", "▪"): a text without one walks ``latin``.
_BEYOND_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff"
                           "\u25a0-\u25ff]")


class TermAutomaton:
    """An Aho-Corasick automaton of terms, kept three times: every term, the Latin terms (``_BEYOND_LATIN``: Latin
    letters, punctuation and common symbols), the ASCII terms. pyahocorasick finds a character's transition by
    looking it up among the node's children one by one, and the root of a vocabulary in many scripts has hundreds
    (the cue phrases': 287), so most characters of a text cost a long scan at the root. A term that occurs in a text is made of the text's
    characters: an ASCII text walks the ASCII automaton, a Latin text the Latin one (2-3x faster a character), any
    other text every term; the hits are the same, in the same order (at each end, every term that ends there,
    longest first).

    ``iter(text)`` is ``Automaton.iter``'s (end, value) pairs; an automaton without terms gives none."""

    __slots__ = ("full", "latin", "ascii")

    def __init__(self, entries: Iterable[tuple[str, Any]]):
        self.full = ahocorasick.Automaton()
        self.latin = ahocorasick.Automaton()
        self.ascii = ahocorasick.Automaton()
        for key, value in entries:
            self.full.add_word(key, value)
            if _BEYOND_LATIN.search(key) is None:
                self.latin.add_word(key, value)
                if key.isascii():
                    self.ascii.add_word(key, value)
        for automaton in (self.full, self.latin, self.ascii):
            if len(automaton):
                automaton.make_automaton()

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        if text.isascii():
            automaton = self.ascii
        else:
            automaton = self.full if _BEYOND_LATIN.search(text) else self.latin
        if automaton.kind != ahocorasick.AHOCORASICK:
            return iter(())
        return automaton.iter(text)

    def __len__(self) -> int:
        return len(self.full)


__all__ = ["TermAutomaton"]
