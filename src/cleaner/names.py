"""Finding a person's (or an organisation's) name in a bio or byline, from the cue files' ``name_patterns``."""

from __future__ import annotations

import unicodedata

import regex

from .cues import CueIndex

# 1-6 capitalised words, with the particles names carry; or a run of CJK characters (no case there).
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,30}"
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|dos|du|des|la|le|van|von|ten|ter|y|e|bin|ibn|al|el|d'|l')"
_PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_CJK_START = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_NAME = (rf"(?P<name>{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPITALISED}){{0,5}}"
         r"|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,12})")


def _nfc(text: str) -> str:
    """Text and templates are compared composed: "Tác giả: {name}" finds a name after a decomposed "Tác giả:"."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _template_to_regex(template: str) -> str:
    before, _, after = template.partition("{name}")
    parts = []
    if before.strip():
        parts.append("(?i:" + r"\s+".join(regex.escape(w) for w in before.split()) + r")\s*")
    parts.append(_NAME)
    if after.strip():
        parts.append(r"\s*(?i:" + r"\s+".join(regex.escape(w) for w in after.split()) + ")")
    return "".join(parts)


class NameMatcher:
    """Matches the ``name_patterns`` of every cue file; ``find`` gives the name, ``at_start`` only at offset 0."""

    def __init__(self, cues: CueIndex):
        patterns = [_template_to_regex(_nfc(template)) for template, _ in cues.name_patterns if "{name}" in template]
        self._any = regex.compile("|".join(f"(?:{p})" for p in patterns).replace("(?P<name>", "(?:") or "(?!)")
        self._each = [regex.compile(p) for p in patterns]
        # cheap tests: "written by {name}" needs its first word first; "{name} has authored..." its continuation
        templates = [_nfc(template) for template, _ in cues.name_patterns if "{name}" in template]
        # the words before {name}, whitespace-normalised and case-folded ("this article was written by")
        self._prefixes = tuple(sorted({" ".join(t.partition("{name}")[0].split()).casefold()
                                       for t in templates if not t.startswith("{name}")}))
        self._prefix_words = frozenset(prefix.split()[0] for prefix in self._prefixes if prefix)
        self._continuations = tuple(sorted({" ".join(t.replace("{name}", "", 1).split()).casefold()
                                            for t in templates if t.startswith("{name}")} - {""}))

    def may_start(self, text: str) -> bool:
        """A cheap test before ``at_start``: could any pattern match at the start of ``text``?"""
        head = _nfc(text[:200])
        first = head.split(maxsplit=1)[:1]
        if first and first[0].casefold() in self._prefix_words \
                and " ".join(head.split()).casefold().startswith(self._prefixes):
            return True
        if not self._continuations or not head[:1]:
            return False
        if not head[0].isupper():  # a name starts with a capital, or is CJK
            return _CJK_START.match(head) is not None and any(
                continuation in " ".join(head.split()).casefold() for continuation in self._continuations)
        # "{name} has authored...": the continuation right after a run of capitalised words (and particles)
        words = head.split()
        for k, word in enumerate(words[:12]):
            if word[0].isupper():
                if " ".join(words[k + 1:k + 9]).casefold().startswith(self._continuations):
                    return True
            elif word.casefold() not in _PARTICLES:
                break
        return False

    def find(self, text: str) -> str | None:
        """The name of the first pattern that matches anywhere in ``text``."""
        text = _nfc(text)
        if not self._any.search(text):
            return None
        for pattern in self._each:
            match = pattern.search(text)
            if match:
                return _clean_name(match.group("name"))
        return None

    def at_start(self, text: str) -> str | None:
        """The name when a pattern matches at the very start of ``text``."""
        text = _nfc(text)
        if not self._any.match(text):
            return None
        for pattern in self._each:
            match = pattern.match(text)
            if match:
                return _clean_name(match.group("name"))
        return None


_LEADING_NAME = regex.compile(
    rf"^[*_\s]*(?P<name>{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPITALISED}){{1,3}})"
    r"(?=[ \t]*(?:,|—|–|-[ \t]|\([^)]{0,40}\)[ \t]*)?[ \t]+\p{Ll})")


def leading_name(text: str) -> str | None:
    """A name that opens a sentence: "Katrin Vogel schreibt seit...", "Анна Смирнова — журналист..." (2-4 words)."""
    match = _LEADING_NAME.match(text)
    return _clean_name(match.group("name")) if match else None


def _clean_name(name: str) -> str:
    return name.strip(" \t.'’-")
