"""Finding a person's (or an organisation's) name in a bio or byline, from the cue files' ``name_patterns``."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .cues import CueIndex
from .scripts import CJK

# 1-6 capitalised words, with the particles names carry; or a run of CJK characters (no case there).
_CAPITALISED = r"\p{Lu}[\p{L}\p{M}'’.\-]{0,30}"
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|dos|du|des|la|le|van|von|ten|ter|y|e|bin|ibn|al|el|d'|l')"
#: The particles inside a name, lower case ("van", "de", "bin"): names.py's pattern, the text metadata's names.
PARTICLES = frozenset(_PARTICLE[3:-1].split("|"))
_CJK_START = CJK
_NAME = (rf"(?P<name>{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPITALISED}){{0,5}}"
         r"|[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,12})")


_ASCII_LETTERS = compile_pattern(r"[a-z]+")
#: How far into an ASCII text a name and the blanks after it may reach (``NameMatcher._first``'s gate at the start,
#: speed40): ``_NAME``'s characters in an ASCII text (letters, "'", ".", "-", spaces and tabs), then blanks (every
#: character ``str.isspace`` accepts: the full patterns' ``\s`` accepts no other ASCII character)
_ASCII_NAME_REACH = re.compile(r"[A-Za-z'.\- \t]*\s*")


def _nfc(text: str) -> str:
    """Text and templates are compared composed: "Tác giả: {name}" finds a name after a decomposed "Tác giả:"."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def _template_parts(template: str) -> tuple[str, str]:
    """The pattern's words before and after ``{name}`` as regular expressions ("" for none)."""
    before, _, after = template.partition("{name}")
    head = "(?i:" + r"\s+".join(regex.escape(w) for w in before.split()) + r")\s*" if before.strip() else ""
    tail = r"\s*(?i:" + r"\s+".join(regex.escape(w) for w in after.split()) + ")" if after.strip() else ""
    return head, tail


def _template_to_regex(template: str) -> str:
    head, tail = _template_parts(template)
    return head + _NAME + tail


#: What a name starts with (``_NAME``'s first character): with the words before ``{name}``, a pattern's *probe*.
_NAME_START = r"[\p{Lu}\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]"


def _probe(template: str) -> str:
    """A cheap pattern that matches wherever the template's full pattern does (a necessary condition, never
    sufficient): the words before ``{name}`` and the name's first character; or, for "{name} has authored...", the
    words after it, anywhere (``anywhere``)."""
    head, tail = _template_parts(template)
    return head + _NAME_START if head or not tail else tail


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> regex.Pattern:
    """Every pattern is compiled the first time it is needed, once a process (the 244 full patterns take ~0.4 s
    to compile, the probes ~0.05 s: a process that never meets a bio compiles none of them)."""
    return compile_pattern(pattern)


@lru_cache(maxsize=None)
def _compiled_flags(pattern: str, flags: int) -> regex.Pattern:
    return compile_pattern(pattern, flags)


@lru_cache(maxsize=None)
def _matches_ascii(char: str) -> bool:
    """Whether ``char`` matches some ASCII character case-insensitively (as ``regex.IGNORECASE`` matches)."""
    pattern = compile_pattern(regex.escape(char), regex.IGNORECASE)
    return any(pattern.fullmatch(chr(code)) for code in range(128))


@lru_cache(maxsize=8)
def _alternation(source: str) -> "re.Pattern[str]":
    """``NameMatcher``'s alternation of its continuations, compiled once a process (the standard engine)."""
    return re.compile(source)


class NameMatcher:
    """Matches the ``name_patterns`` of every cue file; ``find`` gives the name, ``at_start`` only at offset 0.

    The full patterns (a name is 1-6 capitalised words: costly to compile) are compiled lazily, one by one, for the
    patterns whose cheap probe (``_probe``) matches; the result is the first full pattern that matches, in the cue
    files' order, as if all were tried."""

    def __init__(self, cues: CueIndex):
        templates = [_nfc(template) for template, _ in cues.name_patterns if "{name}" in template]
        self._patterns = [_template_to_regex(t) for t in templates]
        # (probe, whether it only holds the words after {name}: then it may match anywhere, not only at the start)
        self._probes = [(_probe(t), not _template_parts(t)[0] and bool(_template_parts(t)[1])) for t in templates]
        # cheap tests: "written by {name}" needs its first word first; "{name} has authored..." its continuation
        # the words before {name}, whitespace-normalised and case-folded ("this article was written by")
        self._prefixes = tuple(sorted({" ".join(t.partition("{name}")[0].split()).casefold()
                                       for t in templates if not t.startswith("{name}")}))
        self._prefix_words = frozenset(prefix.split()[0] for prefix in self._prefixes if prefix)
        self._continuations = tuple(sorted({" ".join(t.replace("{name}", "", 1).split()).casefold()
                                            for t in templates if t.startswith("{name}")} - {""}))
        # the first word of each continuation: the word after the name must start with one of them ("is", "has")
        self._continuation_heads = tuple(sorted({c.split()[0] for c in self._continuations}))
        # any continuation in a text, in one scan (a CJK probe's test: ``any(c in text for c in continuations)``,
        # the same answer; 43 substring searches a probe were ~2.6 µs, this ~0.6: speed36)
        # (compiled when a CJK probe first asks: ``_alternation``; a process that reads no CJK text never compiles it,
        # ~1 ms of its warm-up: speed37)
        self._any_continuation_source = "|".join(map(re.escape, self._continuations)) if self._continuations else None

        # each probe's first literal word (None: a probe without words, a bare "{name}"), and whether it may match
        # anywhere (the words after {name}) or, in ``at_start``, only at the start (the words before it)
        self._probe_words = [((_template_parts(t)[0] and t.partition("{name}")[0].split()[0])
                              or (t.partition("{name}")[2].split() or [None])[0], anywhere)
                             for t, (_, anywhere) in zip(templates, self._probes)]
        self._prechecks: dict[bool, tuple[regex.Pattern, regex.Pattern]] = {}  # compiled when first needed
        # the probes an ASCII text may match, each with its first word to look for in the text's lower case
        self._ascii_plan: list[tuple[int, str | None]] | None = None  # (``_ascii_probes``, made when first needed)

    def _any_probe(self, at_start: bool) -> tuple[regex.Pattern, regex.Pattern]:
        if at_start not in self._prechecks:
            self._prechecks[at_start] = self._make_precheck(at_start)
        return self._prechecks[at_start]

    def _make_precheck(self, at_start: bool) -> tuple[regex.Pattern, regex.Pattern]:
        """A cheap necessary condition of the probes: (what must match at the start, what must occur anywhere). Each
        is an alternation of the probes' first words, case-insensitive as the probes are (the same engine and flag):
        searching ~200 plain words takes ~1 % of the time a search for the alternation of the ~200 probes took."""
        def alternation(words) -> str:
            return "|".join(_NAME_START if w is None else regex.escape(w) for w in sorted(set(words), key=str)) \
                or "(?!)"
        start = [w for w, anywhere in self._probe_words if at_start and not anywhere]
        rest = [w for w, anywhere in self._probe_words if not (at_start and not anywhere)]
        return (_compiled_flags(alternation(start), regex.IGNORECASE),
                _compiled_flags(alternation(rest), regex.IGNORECASE))

    def _ascii_probes(self) -> list[tuple[int, str | None]]:
        """The probes that may match an ASCII text, in order, each with the lower case of its first word when that
        is ASCII (None: tried on every ASCII text). A probe matches a text only where the text holds its first word
        case-insensitively (``IGNORECASE``): an ASCII word in an ASCII text is then a substring of its lower case,
        and a word with a character that matches no ASCII character case-insensitively ("für", "著者") is in none."""
        if self._ascii_plan is None:
            plan: list[tuple[int, str | None]] = []
            for number, (word, _) in enumerate(self._probe_words):
                if word is None:
                    plan.append((number, None))
                elif word.isascii():
                    plan.append((number, word.lower()))
                elif all(_matches_ascii(char) for char in word if not char.isascii()):
                    plan.append((number, None))  # ("ſ" is "s" case-insensitively): tried on every text
            self._ascii_plan = plan
        return self._ascii_plan

    def _first(self, text: str, at_start: bool) -> str | None:
        at_first, somewhere = self._any_probe(at_start)
        if not (at_first.match(text) or somewhere.search(text)):
            return None
        if text.isascii():
            lowered = text.lower()
            if at_start:
                # (speed40) a pattern with words before {name} matches at the start only where the text opens with
                # its first word; a name and its continuation ("{name} is a writer") only where the continuation's
                # first word starts within the name's reach and the blanks after it (tests/test_speed40.py)
                reach = _ASCII_NAME_REACH.match(text).end()  # type: ignore[union-attr]
                numbers = [n for n, word in self._ascii_probes() if word is None or (
                    lowered.find(word, 0, reach + len(word)) >= 0 if self._probes[n][1] else lowered.startswith(word))]
            else:
                numbers = [n for n, word in self._ascii_probes() if word is None or word in lowered]
        else:
            numbers = range(len(self._patterns))
        for number in numbers:
            pattern, (probe, anywhere) = self._patterns[number], self._probes[number]
            if not (_compiled(probe).match(text) if at_start and not anywhere else _compiled(probe).search(text)):
                continue
            match = _compiled(pattern).match(text) if at_start else _compiled(pattern).search(text)
            if match:
                return _clean_name(match.group("name"))
        return None

    def prefix_starts(self) -> frozenset[str]:
        """The first characters of the prefixes' first words, case-folded (``blocks.BlockSplitter``'s gate of
        ``may_start`` on a probe that opens with a digit or a sign, speed40)."""
        return frozenset(word[:1] for word in self._prefix_words)

    def lower_heads(self) -> frozenset[str]:
        """The runs of ASCII letters that open the prefixes' first words ("written" of "written", "by" of "by:"): a
        text that opens with a lower-case ASCII letter may start a pattern (``may_start``) only with a prefix's first
        word, so when the run of ASCII letters it opens with is followed by an ASCII character or nothing, only when
        that run, lower-cased, is one of these."""
        return frozenset(m.group() for m in (_ASCII_LETTERS.match(word) for word in self._prefix_words) if m)

    @property
    def _any_continuation(self) -> "re.Pattern[str] | None":
        """Any continuation in a text, in one scan (``_alternation``: compiled once, when first asked)."""
        source = self._any_continuation_source
        return _alternation(source) if source is not None else None

    def continuations(self) -> tuple[str, ...]:
        """The words after ``{name}`` of the patterns that open with it, whitespace-normalised and case-folded ("is a
        freelance writer"): ``may_start`` finds a name without a prefix only where one follows capitalised words."""
        return self._continuations

    def may_start(self, text: str) -> bool:
        """A cheap test before ``at_start``: could any pattern match at the start of ``text``?"""
        head = text[:200]
        if head[:1].islower() and head.isascii():
            # (most line starts of a wrapped paragraph) no name: only a prefix ("written by") may start here, and a
            # prefix starts with its first word (the tests below, for such a text)
            first_word = head.split(None, 1)[0].lower()
            if first_word not in self._prefix_words:
                return False
        head = _nfc(head)
        # the first two words decide for most texts (below); the split of 20 only when they do not
        words = head.split(None, 2)
        first = words[:1]
        if first and first[0].casefold() in self._prefix_words \
                and " ".join(head.split()).casefold().startswith(self._prefixes):
            return True
        if not self._continuations or not head[:1]:
            return False
        if not head[0].isupper():  # a name starts with a capital, or is CJK
            if _CJK_START.match(head) is None:
                return False
            folded = " ".join(head.split()).casefold()  # once, not once a continuation
            pattern = self._any_continuation
            return pattern is not None and pattern.search(folded) is not None
        # "{name} has authored...": the continuation right after a run of capitalised words (and particles).
        # Most sentences: a capital, then a word in lower case that is no particle and opens no continuation (the
        # loop below stops at that second word, and one word alone has nothing after it)
        if len(words) < 2:
            return False
        second = words[1].casefold()
        if not words[1][0].isupper() and second not in PARTICLES and not second.startswith(self._continuation_heads):
            return False
        # the first 20 words are all it reads (the loop's last window below ends at the 20th): split once
        words = head.split(None, 20)
        for k, word in enumerate(words[:12]):
            if word[0].isupper():
                if k + 1 < len(words) and words[k + 1].casefold().startswith(self._continuation_heads) \
                        and " ".join(words[k + 1:k + 9]).casefold().startswith(self._continuations):
                    return True
            elif word.casefold() not in PARTICLES:
                break
        return False

    def find(self, text: str) -> str | None:
        """The name of the first pattern that matches anywhere in ``text``."""
        return self._first(_nfc(text), at_start=False)

    def at_start(self, text: str) -> str | None:
        """The name when a pattern matches at the very start of ``text``."""
        return self._first(_nfc(text), at_start=True)


_LEADING_NAME = compile_pattern(
    rf"^[*_\s]*(?P<name>{_CAPITALISED}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAPITALISED}){{1,3}})"
    r"(?=[ \t]*(?:,|—|–|-[ \t]|\([^)]{0,40}\)[ \t]*)?[ \t]+\p{Ll})")


def leading_name(text: str) -> str | None:
    """A name that opens a sentence: "Katrin Vogel schreibt seit...", "Анна Смирнова — журналист..." (2-4 words)."""
    match = _LEADING_NAME.match(text)
    return _clean_name(match.group("name")) if match else None


def _clean_name(name: str) -> str:
    return name.strip(" \t.'’-")
