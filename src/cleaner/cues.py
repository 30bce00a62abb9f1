"""Cue phrases: loaded from the per-language data files, matched in linear time.

Every phrase lives in ``data/cues/<lang>.json`` (schema in docs/cues.md). All languages are matched on every
document: boilerplate is often in another language than the article. Matching never uses a regular expression
built from the phrase list: ``phrase`` cues are found by an Aho-Corasick automaton (pyahocorasick), ``lead`` cues by
their first token and ``str.startswith``, ``heading`` cues by a dictionary lookup; the cost is linear in the text
whatever the number of phrases.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

import regex

from .patterncache import compile_pattern
from .automaton import TermAutomaton
from .datafiles import data_path
from .errors import CueFileError
from .model import KINDS
from .scripts import FORMAT_FOLD, nfkc

MATCH_TYPES = ("heading", "lead", "phrase")

# Scripts written without spaces between words: every character starts a token, and a phrase may start and end
# anywhere in a run of them (Thai: only between two character clusters, see ``_inside_cluster``).
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}"
# A token starts at: a CJK (or Thai) character, a run of word characters, or a single symbol.
_TOKEN = compile_pattern(rf"[{_CJK}]|[^\W{_CJK}]+|[^\w\s]", regex.V1)
#: ``_TOKEN`` in an ASCII text (the standard engine, a few times faster a call): a run of word characters, or one
#: character that is neither a word character nor a blank
_ASCII_TOKEN = re.compile(r"[A-Za-z0-9_]+|[^A-Za-z0-9_\t\n\x0b\x0c\r ]")
_CJK_CHAR = compile_pattern(rf"[{_CJK}]")
_WORD_CHAR = compile_pattern(r"\w")
#: The ASCII characters ``_WORD_CHAR`` matches (``tests/test_text_speed.py`` checks it on every ASCII character).
_ASCII_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
# Thai: following vowels, above / below vowels, tone marks and signs continue the cluster before them; a leading vowel
# (เ แ โ ใ ไ) is continued by the consonant after it. A cue never starts or ends inside a cluster ("ที่มา" is not
# found in "ที่มาก" ... only up to the dictionary: a word boundary between two clusters needs one, which we lack).
_THAI_CONTINUES = frozenset(chr(c) for c in (*range(0x0E30, 0x0E3B), 0x0E45, *range(0x0E47, 0x0E4F)))
_THAI_CHAR = compile_pattern(r"\p{Thai}")
_THAI_LEADING = frozenset(chr(c) for c in range(0x0E40, 0x0E45))

# --- normalisation -------------------------------------------------------------------------------------------------
_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": "«"})
_QUOTE_CHARS = "’‘ʼ´“”„"
_EMPHASIS = compile_pattern(r"[*_~]+|\\")
_LEADING_MARKERS = compile_pattern(r"^(?:\s*(?:#{1,6}|>|[-+•·▪►▶→»|]|\d{1,3}[.)])\s+)+")
_LEADING_SYMBOLS = compile_pattern(r"^[[\s\p{So}\p{Sk}\p{Sm}\p{Cf}\uFE0F※→←⇒]--[©®℗]]+", regex.V1)
_TRAILING_HEADING_PUNCT = compile_pattern(r"[\s:.!?…\-–—|\p{So}\p{Sk}\uFE0F]+$")
#: The same run read from the end: ``match`` on the reversed text finds the run ``sub`` strips, without the search
#: from every position of the text that ``+$`` costs ("\n", the one character ``$`` may stand before, is in the run)
_TRAILING_HEADING_PUNCT_REVERSED = compile_pattern(r"[\s:.!?…\-–—|\p{So}\p{Sk}\uFE0F]+")
_SPACE_BEFORE_COLON = compile_pattern(r"\s+(?=:)")
_WHITESPACE = compile_pattern(r"\s+")
_ASCII_LOWER_RUN = re.compile(r"[a-z]+")


# Spellings that NFKC keeps apart but writers use interchangeably, folded the same way in cues and text (only ever
# for matching: offsets and output are the original's): invisible characters (zero-width space, joiner, soft hyphen,
# BOM) dropped and the zero-width non-joiner read as a space (Persian "دیدگاه‌ها" / "دیدگاه ها"); the Devanagari nukta
# dropped (फ़ॉलो / फॉलो: NFKC already decomposes the precomposed क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़); Greek accents dropped (headings
# are often written in capitals without them); Romanian ş ţ with a cedilla as ș ț with a comma; Arabic-script
# harakat and tatweel dropped, Arabic yeh / alef maksura / kaf as the Persian ی / ک, hamzated alefs as ا.
_FOLD = str.maketrans({
    **{chr(c): to for c, to in FORMAT_FOLD.items()},  # invisible characters, tatweel, harakat (scripts.py)
    "\u093c": None,
    "ά": "α", "έ": "ε", "ή": "η", "ί": "ι", "ό": "ο", "ύ": "υ", "ώ": "ω", "ΐ": "ι", "ΰ": "υ", "ϊ": "ι", "ϋ": "υ",
    "ş": "ș", "ţ": "ț",
    "ي": "ی", "ى": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
})
_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]")  # the standard engine: 6x faster here
#: ``_FOLD`` and ``_QUOTES`` character by character, for ``re.sub``: the same as ``str.translate`` with them, but only
#: the characters found cost (translate looks every character of a long text up in the table).
_FOLD_CHARS = {chr(c): to or "" for c, to in _FOLD.items()}
_QUOTE_MAP = {chr(c): to for c, to in _QUOTES.items()}
_QUOTED = re.compile("[" + "".join(re.escape(char) for char in _QUOTE_MAP) + "]")


def _fold_char(match: re.Match) -> str:
    return _FOLD_CHARS[match.group()]


def _quote_char(match: re.Match) -> str:
    return _QUOTE_MAP[match.group()]


def normalize(text: str, collapsed: bool = False) -> str:
    """The form both cue phrases and blocks take before matching (see docs/cues.md). ``collapsed``: the text's blanks
    are single spaces, none at its ends (``" ".join(text.split()) == text``: a block's plain text but a table's or
    a code block's); an ASCII text is then not split again when nothing below changed its blanks (case folding an
    ASCII text and the quote table change none; removing emphasis markers may)."""
    if not text.isascii():
        text = nfkc(text).casefold()
        if not unicodedata.is_normalized("NFC", text):  # casefold() can undo a composition
            text = unicodedata.normalize("NFC", text)
        text = _FOLDED.sub(_fold_char, text)
        collapsed = False  # (NFKC makes blanks: "¨" is " ̈")
    else:
        text = text.casefold()
    if "`" in text or (not text.isascii() and any(char in text for char in _QUOTE_CHARS)):
        text = _QUOTED.sub(_quote_char, text)
    if "*" in text or "_" in text or "~" in text or "\\" in text:
        text = _EMPHASIS.sub("", text)
        collapsed = False
    if not collapsed:
        text = " ".join(text.split())
    if text and not text[0].isalpha():  # markers ("- ", "1. ", "#") and symbols start with a non-letter
        text = _LEADING_MARKERS.sub("", text)
        text = _LEADING_SYMBOLS.sub("", text)
    return _SPACE_BEFORE_COLON.sub("", text) if " :" in text else text


def heading_key(normalized: str) -> str:
    """A normalised block reduced for whole-block comparison with ``heading`` phrases."""
    if normalized[-1:].isalnum():  # a letter or a digit last: no trailing punctuation or symbol to strip (most)
        return normalized
    run = _TRAILING_HEADING_PUNCT_REVERSED.match(normalized[::-1])
    return normalized[:len(normalized) - run.end()] if run is not None else normalized


# --- data ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Cue:
    kind: str
    match: str  # "heading" | "lead" | "phrase"
    phrase: str  # normalised
    language: str

    @property
    def label(self) -> str:
        return f"{self.phrase} [{self.language}]"


@dataclass(frozen=True, slots=True)
class CueMatch:
    cue: Cue
    start: int  # offsets in the normalised text
    end: int


def _token_continues(text: str, pos: int) -> bool:
    """True when ``pos`` is inside a run of (non-CJK) word characters, not at a token start."""
    before, here = text[pos - 1], text[pos]
    return (_WORD_CHAR.match(before) is not None and not _CJK_CHAR.match(before)
            and _WORD_CHAR.match(here) is not None and not _CJK_CHAR.match(here))


def _inside_cluster(text: str, pos: int) -> bool:
    """True when ``pos`` cuts a Thai character cluster (a mark or following vowel at ``pos``, a leading vowel before)."""
    return 0 < pos < len(text) and (text[pos] in _THAI_CONTINUES or text[pos - 1] in _THAI_LEADING)


def _first_token(phrase: str) -> str | None:
    match = _TOKEN.search(phrase)
    return match.group(0) if match and match.start() == 0 else None


def _ends_in_word(phrase: str) -> bool:
    last = phrase[-1:]
    return bool(last) and bool(_WORD_CHAR.match(last)) and not _CJK_CHAR.match(last)


class CueIndex:
    """All cue phrases of all loaded languages, indexed for fast matching."""

    def __init__(self, cues: Iterable[Cue], name_patterns: Iterable[tuple[str, str]] = ()):
        self.cues: list[Cue] = []
        self._headings: dict[str, list[Cue]] = {}
        self._by_token: dict[tuple[str, str], list[Cue]] = {}  # (match type, first token) -> cues, longest first
        seen: set[tuple[str, str, str]] = set()
        for cue in cues:
            key = (cue.kind, cue.match, cue.phrase)
            if not cue.phrase or key in seen:
                continue
            seen.add(key)
            self.cues.append(cue)
            if cue.match == "heading":
                self._headings.setdefault(heading_key(cue.phrase), []).append(cue)
            else:
                token = _first_token(cue.phrase)
                if token is not None:
                    self._by_token.setdefault((cue.match, token), []).append(cue)
        for candidates in self._by_token.values():
            candidates.sort(key=lambda c: (-len(c.phrase), c.kind, c.language))
        # their lengths, negated (so ascending): the candidates short enough for the rest of a text start where a
        # bisection says (a one-word block need not try the fourteen Hungarian and French phrases that start with "a")
        self._neg_lengths = {key: [-len(c.phrase) for c in candidates] for key, candidates in self._by_token.items()}
        self._by_phrase: dict[tuple[str, str], list[Cue]] = {}
        for cue in self.cues:
            if cue.match != "heading":
                self._by_phrase.setdefault((cue.match, cue.phrase), []).append(cue)
        # Candidate finders: a trie-shaped pattern per match type finds where phrases may start, in C.
        phrases = {match: sorted({c.phrase for c in self.cues if c.match == match}) for match in ("lead", "phrase")}
        # Aho-Corasick: every occurrence of every phrase in one pass over the text, in C (an ASCII text walks the
        # automaton of the ASCII phrases alone, automaton.py).
        # each phrase stored with what ``phrases`` asks of it at every hit: its length, whether it ends in a word
        # character (then a word character after it continues the token), and its cues
        self._automaton = TermAutomaton((phrase, (len(phrase), _ends_in_word(phrase),
                                                  tuple(self._by_phrase.get(("phrase", phrase), ()))))
                                        for phrase in phrases["phrase"])
        self.name_patterns = list(dict.fromkeys(name_patterns))
        self.languages = sorted({cue.language for cue in self.cues})
        self._heading_runs: frozenset[str] | None = None  # (``ascii_heading_runs``, made when first asked)

    def ascii_lead_tokens(self) -> frozenset[str]:
        """The ASCII first tokens of the ``lead`` cues: ``may_lead(word)`` of an ASCII word is ``word in`` these."""
        return frozenset(token for match, token in self._by_token if match == "lead" and token.isascii())

    def ascii_lead_follows(self) -> dict[str, tuple[str, ...]]:
        """For each ASCII first token of the ``lead`` cues, the one or two characters after it in those of its cues
        that hold a colon or a space (the ones the segmenter splits at: ``blocks.BlockSplitter._no_splitting_lead``);
        an empty tuple when none of its cues holds one."""
        follows: dict[str, set[str]] = {}
        for (match, token), cues in self._by_token.items():
            if match == "lead" and token.isascii():
                # ("" for a phrase that does not open with its token, if any: then never gated)
                follows[token] = {cue.phrase[len(token):len(token) + 2] if cue.phrase.startswith(token) else ""
                                  for cue in cues if ":" in cue.phrase or " " in cue.phrase}
        return {token: tuple(sorted(after)) for token, after in follows.items()}

    def lead_token_starts(self) -> frozenset[str]:
        """The first characters of the ``lead`` cues' first tokens (``blocks.BlockSplitter``'s gate of a probe that
        opens with a digit or a sign)."""
        return frozenset(token[:1] for match, token in self._by_token if match == "lead")

    def may_lead(self, first_word: str) -> bool:
        """Whether some ``lead`` cue starts with this (case-folded) word: a cheap test before normalising the text.
        The word is normalised as the cues were (a decomposed "nguồn" is the cue's "nguồn"), and a run of Thai
        stands for its first character, the token the cues are indexed by. A run of Han or kana is looked up whole,
        so never found: splitting Chinese and Japanese paragraphs at their cues too is one line here, left for a
        change of its own (it removes one more line from the bench gold bodies, a "来源：…日报 编辑：…" credit)."""
        if first_word.isascii():
            return ("lead", first_word) in self._by_token
        normalized = normalize(first_word)
        token = _first_token(normalized) if _THAI_CHAR.match(normalized) else normalized
        return token is not None and ("lead", token) in self._by_token

    def ascii_heading_runs(self) -> frozenset[str]:
        """The runs of ASCII letters (lower case) that open the ``heading`` keys opening with one: an ASCII line that
        opens with a letter and holds none of the characters ``normalize`` removes or replaces in ASCII ("`", "*",
        "_", "~", "\\") normalises to its blanks collapsed, in lower case, a space before a colon dropped, so its
        ``heading_key`` opens with the line's own first run of letters, lower-cased, and is a heading only when that
        run is one of these (``blocks.BlockSplitter._heading_line_before``; tests/test_text_speed.py)."""
        if self._heading_runs is None:
            self._heading_runs = frozenset(m.group() for m in map(_ASCII_LOWER_RUN.match, self._headings) if m)
        return self._heading_runs

    def heading_starts(self) -> frozenset[str]:
        """The first characters of the ``heading`` keys (``blocks.BlockSplitter._heading_line_before``'s gate of a
        line that opens with a digit or a sign ``normalize`` keeps first, speed38)."""
        return frozenset(key[:1] for key in self._headings)

    def heading(self, normalized: str) -> list[Cue]:
        """Cues whose ``heading`` phrase is the whole block."""
        return self._headings.get(heading_key(normalized), [])

    def _at(self, match: str, text: str, pos: int, token: str) -> Iterator[CueMatch]:
        key = (match, token)
        candidates = self._by_token.get(key)
        if not candidates:
            return
        for k in range(bisect_left(self._neg_lengths[key], pos - len(text)), len(candidates)):
            cue = candidates[k]
            if text.startswith(cue.phrase, pos):
                end = pos + len(cue.phrase)
                if _ends_in_word(cue.phrase) and end < len(text) and _WORD_CHAR.match(text, end):
                    continue
                if _inside_cluster(text, pos) or _inside_cluster(text, end):
                    continue
                yield CueMatch(cue, pos, end)

    def lead(self, normalized: str, pos: int = 0) -> list[CueMatch]:
        """Cues whose ``lead`` phrase starts the text at ``pos`` (one per kind, longest first)."""
        token = (_ASCII_TOKEN if normalized.isascii() else _TOKEN).match(normalized, pos)
        if token is None or ("lead", token.group(0)) not in self._by_token:
            return []  # (most blocks: no lead cue starts with their first token)
        found: dict[str, CueMatch] = {}
        for cue_match in self._at("lead", normalized, pos, token.group(0)):
            found.setdefault(cue_match.cue.kind, cue_match)
        return list(found.values())

    def phrases(self, normalized: str) -> list[CueMatch]:
        """Every ``phrase`` cue occurring anywhere in the text (first occurrence per cue), at token boundaries."""
        found: dict[tuple[str, str], CueMatch] = {}
        size = len(normalized)
        if normalized.isascii():
            # (most blocks) the same tests on an ASCII text: ``\w`` is ``_ASCII_WORD_CHARS`` there, no character is
            # CJK, none cuts a Thai cluster
            word = _ASCII_WORD_CHARS
            for end, (length, in_word, cues) in self._automaton.iter(normalized):
                start, end = end - length + 1, end + 1
                if start and normalized[start - 1] in word and normalized[start] in word:
                    continue
                if in_word and end < size and normalized[end] in word:
                    continue
                for cue in cues:
                    found.setdefault((cue.kind, cue.phrase), CueMatch(cue, start, end))
            return list(found.values())
        for end, (length, in_word, cues) in self._automaton.iter(normalized):
            start, end = end - length + 1, end + 1
            if start and _token_continues(normalized, start):
                continue
            if in_word and end < size and _WORD_CHAR.match(normalized, end):
                continue
            if _inside_cluster(normalized, start) or _inside_cluster(normalized, end):
                continue
            for cue in cues:
                found.setdefault((cue.kind, cue.phrase), CueMatch(cue, start, end))
        return list(found.values())

    def lead_phrases(self) -> Iterator[Cue]:
        return (cue for cue in self.cues if cue.match == "lead")


# --- the schema ----------------------------------------------------------------------------------------------------
#: The schema of a cue file (docs/cues.md), the one place it is written: each key and what its value must be.
#: "phrases": a list of strings, none blank once normalised; "name patterns": a list of strings holding "{name}"
#: once. Every key is optional; a key not listed here is an error (a misspelt "phrases" would be ignored).
PHRASES, NAME_PATTERNS, TEXT = "phrases", "name patterns", "text"
CUE_FILE_SCHEMA: dict[str, object] = {
    "language": TEXT,  # the language's code, reported with each cue (default: the file's name, "fr" for fr.json)
    "name": TEXT,  # the language's name, for people
    **{kind: {"heading": PHRASES, "lead": PHRASES, "phrase": PHRASES,
              **({"name_patterns": NAME_PATTERNS} if kind == "author_bio" else {})} for kind in KINDS},
}
_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false", int: "a number",
               float: "a number", type(None): "null"}


def _path(parts: list[str | int]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(the whole file)"


def _a(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def validate_cue_data(data: object, origin: str, schema: object = None, where: list[str | int] | None = None) -> None:
    """Raise CueFileError, naming ``origin`` and the key path, where ``data`` departs from ``CUE_FILE_SCHEMA``."""
    schema = CUE_FILE_SCHEMA if schema is None else schema
    where = where or []

    def fail(message: str, at: list[str | int] = where) -> CueFileError:
        return CueFileError(f"{origin}: {_path(at)}: {message}")

    if isinstance(schema, dict):
        if not isinstance(data, dict):
            raise fail(f"expected an object with the keys {', '.join(schema)}, found {_a(data)}")
        for key, value in data.items():
            if key not in schema:
                raise fail(f"unknown key {key!r}; the known keys here: {', '.join(schema)} (docs/cues.md)",
                           [*where, key])
            validate_cue_data(value, origin, schema[key], [*where, key])
    elif schema == TEXT:
        if not isinstance(data, str) or not data.strip():
            found = repr(data) if isinstance(data, str) else _a(data)
            raise fail(f"expected a non-empty string, found {found}")
    else:
        if not isinstance(data, list):
            raise fail(f"expected a list of strings, found {_a(data)}")
        for i, item in enumerate(data):
            if not isinstance(item, str):
                raise fail(f"expected a string, found {_a(item)}", [*where, i])
            if schema == PHRASES and not normalize(item):
                raise fail(f"the phrase {item!r} is empty once normalised (docs/cues.md)", [*where, i])
            if schema == NAME_PATTERNS and item.count("{name}") != 1:
                raise fail(f"a name pattern holds {{name}} once, as in '{{name}} has authored this article': "
                           f"{item!r}", [*where, i])


# --- loading -------------------------------------------------------------------------------------------------------
def _read_cue_file(text: str, origin: str, check: bool = True) -> tuple[list[Cue], list[tuple[str, str]]]:
    try:
        data = json.loads(text)
    except ValueError as error:  # json.JSONDecodeError, with its line and column
        raise CueFileError(f"{origin}: not valid JSON: {error}") from None
    if check:  # the built-in files are checked by the test suite (tests/test_cue_files.py), not on every load
        validate_cue_data(data, origin)
    language = data.get("language") or Path(origin).stem
    cues: list[Cue] = []
    names: list[tuple[str, str]] = []
    for kind in KINDS:
        section = data.get(kind) or {}
        for match in MATCH_TYPES:
            for phrase in section.get(match, ()):
                cues.append(Cue(kind, match, normalize(phrase), language))
        for pattern in section.get("name_patterns", ()):
            names.append((pattern, language))
    return cues, names


def _read_user_file(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise CueFileError(f"{path}: not UTF-8 text: {error}") from None
    except OSError as error:
        raise CueFileError(f"{path}: cannot read the cue file: {error.strerror or error}") from None


@lru_cache(maxsize=None)
def _builtin_cue_files() -> tuple[tuple[str, str], ...]:
    folder = data_path("cues")
    files = sorted(((entry.name, entry.read_text(encoding="utf-8")) for entry in folder.iterdir()
                    if entry.name.endswith(".json")), key=lambda f: (f[0] != "en.json", f[0]))
    # English first: a phrase several languages share is reported as English
    return tuple(files)


def load_cues(extra_files: tuple[str, ...] = (), languages: tuple[str, ...] | None = None) -> CueIndex:
    """The cue index of the built-in languages (or only ``languages``), plus ``extra_files`` (paths to JSON files).
    Raises CueFileError for a file that cannot be read or does not follow ``CUE_FILE_SCHEMA``. One index for the
    same arguments however they are passed (``load_cues()`` and ``load_cues((), None)`` were two cache entries:
    the HTML reader's segmenter and a ``Cleaner`` built the same index twice in one process, ~50 ms)."""
    return _load_cues(tuple(extra_files), None if languages is None else tuple(languages))


@lru_cache(maxsize=1)
def _builtin_cues() -> dict[str, tuple[list[Cue], list[tuple[str, str]]]]:
    """Each built-in cue file's cues and name patterns (``_read_cue_file``), by file name, in the files' order. The
    normalised phrases are kept in the vocabulary cache (vocabcache.py: normalising ~9,500 phrases was ~15 ms of
    every new process), keyed by the files' text and the source of this module and of model.py (``KINDS``)."""
    files = _builtin_cue_files()

    def build() -> list:
        out = []
        for name, text in files:
            cues, names = _read_cue_file(text, name, False)
            out.append((name, [(c.kind, c.match, c.phrase, c.language) for c in cues], names))
        return out

    from . import model
    from .vocabcache import cached, source_of

    stored = cached("cues", [source_of(__file__), source_of(model.__file__), *(part for f in files for part in f)],
                    build)
    return {name: ([Cue(*fields) for fields in cues], [(pattern, language) for pattern, language in names])
            for name, cues, names in stored}


@lru_cache(maxsize=32)
def _load_cues(extra_files: tuple[str, ...], languages: tuple[str, ...] | None) -> CueIndex:
    all_cues: list[Cue] = []
    all_names: list[tuple[str, str]] = []
    extra = [(str(path), _read_user_file(path)) for path in extra_files]  # (every file read before any is parsed)
    for name, (cues, names) in _builtin_cues().items():
        if languages is None or Path(name).stem in languages:
            all_cues.extend(cues)
            all_names.extend(names)
    for origin, text in extra:
        cues, names = _read_cue_file(text, origin, True)
        all_cues.extend(cues)
        all_names.extend(names)
    return CueIndex(all_cues, all_names)
