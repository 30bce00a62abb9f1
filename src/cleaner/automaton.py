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
BEYOND_LATIN = re.compile("[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff"
                          "\u25a0-\u25ff]")


class TermAutomaton:
    """An Aho-Corasick automaton of terms, built three ways (each the first time a text needs it): every term, the
    Latin terms (``BEYOND_LATIN``: Latin letters, punctuation and common symbols), the ASCII terms. pyahocorasick
    finds a character's transition by looking it up among the node's children one by one, and the root of a
    vocabulary in many scripts has hundreds (the cue phrases': 287), so most characters of a text cost a long scan
    at the root. A term that occurs in a text is made of the text's characters: an ASCII text walks the ASCII
    automaton, a Latin text the Latin one (2-3x faster a character), any other text every term; the hits are the
    same, in the same order (at each end, every term that ends there, longest first).

    ``iter(text)`` is ``Automaton.iter``'s (end, value) pairs; an automaton without terms gives none."""

    __slots__ = ("_entries", "_tiers")

    def __init__(self, entries: Iterable[tuple[str, Any]]):
        self._entries = dict(entries)  # (a key given twice keeps its last value, as ``add_word`` does)
        # ASCII, Latin, every term: each built the first time a text needs it (a process that only meets English
        # text never builds the automaton of every script)
        self._tiers: list[ahocorasick.Automaton | None] = [None, None, None]

    def _tier(self, tier: int) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, value in self._entries.items():
            if tier == 2 or (key.isascii() if tier == 0 else BEYOND_LATIN.search(key) is None):
                automaton.add_word(key, value)
        if len(automaton):
            automaton.make_automaton()
        self._tiers[tier] = automaton  # (two threads may both build it: the same automaton either way)
        return automaton

    def iter(self, text: str) -> Iterator[tuple[int, Any]]:
        tier = 0 if text.isascii() else 2 if BEYOND_LATIN.search(text) else 1
        automaton = self._tiers[tier]
        if automaton is None:
            automaton = self._tier(tier)
        if automaton.kind != ahocorasick.AHOCORASICK:
            return iter(())
        return automaton.iter(text)

    def __len__(self) -> int:
        return len(self._entries)


__all__ = ["TermAutomaton"]
