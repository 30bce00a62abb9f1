"""Term lists found in one pass: an Aho-Corasick automaton of folded terms, each with how it must sit in the text,
and the sort key that orders a vocabulary the same way in every process. Shared by structure.py (network names) and
families.py (the families' first words)."""

from __future__ import annotations

from collections.abc import Container, Iterable

from ..automaton import TermAutomaton

#: How a term must sit in the text: a whole word, a word's start (a stem), anywhere (a script without spaces).
WORD, STEM, ANYWHERE = 0, 1, 2

#: Every character ``str.isspace`` says is a space (tests/test_text_speed.py checks it on every code point), so that a
#: word-edge test is one set look-up: ``text[i] in WHITESPACE | edges``.
WHITESPACE = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                       "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


def longest_first(term: str) -> tuple[int, str]:
    """Sort key: longest first, ties by text (a set's own order follows the per-process string hash, so the same
    text could get another cue in another process)."""
    return -len(term), term


def term_automaton(*groups: tuple[Iterable[str], int]) -> TermAutomaton:
    """One automaton of every group's terms, each stored with its length and its group's ``WORD`` / ``STEM`` /
    ``ANYWHERE``; a term listed in several groups keeps the last one's test (list the weaker tests last)."""
    entries: dict[str, tuple[int, int]] = {}
    for terms, how in groups:
        for term in terms:
            entries[term] = (len(term), how)
    return TermAutomaton(entries.items())


def holds_term(automaton: TermAutomaton, text: str, edges: Container[str]) -> bool:
    """Whether a term of ``automaton`` sits in ``text`` as it must: a word starts at the text's start or after a space
    or one of ``edges``, and a ``WORD`` ends at the text's end or before one; one C pass, the words not split."""
    for end, (length, how) in automaton.iter(text):
        if how == ANYWHERE:
            return True
        start = end - length + 1
        if start and not (text[start - 1].isspace() or text[start - 1] in edges):
            continue
        if how == STEM or end + 1 == len(text) or text[end + 1].isspace() or text[end + 1] in edges:
            return True
    return False


def held_term_ends(automaton: TermAutomaton, text: str, edges: Container[str]):
    """The end of every term of ``automaton`` that sits in ``text`` as ``holds_term`` asks (its test, each hit)."""
    last = len(text) - 1
    for end, (length, how) in automaton.iter(text):
        if how == ANYWHERE:
            yield end
            continue
        start = end - length + 1
        if start and not (text[start - 1].isspace() or text[start - 1] in edges):
            continue
        if how == STEM or end == last or text[end + 1].isspace() or text[end + 1] in edges:
            yield end


__all__ = ["ANYWHERE", "STEM", "WHITESPACE", "WORD", "TermAutomaton", "held_term_ends", "holds_term", "longest_first",
           "term_automaton"]
