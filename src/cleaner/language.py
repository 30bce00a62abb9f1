"""Language of the clean body: a fast, deterministic first pass, then langdetect (seeded) where it is unsure.

1. Script: kana means Japanese, Hangul Korean, Han alone Chinese, Greek, Hebrew, Thai, Bengali their languages
   (Devanagari and the Arabic script serve several languages each: langdetect tells hi / mr / ne, ar / fa / ur).
2. Stopwords (``data/stopwords.json``): for Latin and Cyrillic text, the language whose most frequent function
   words cover the sample clearly best (at least ``MIN_HITS`` hits and ``MARGIN`` times the runner-up; on an HTML
   page that declares the same language, ``MIN_HITS_DECLARED`` hits).
3. Otherwise langdetect, seeded (deterministic) and fed a bounded sample, with few trials.

The first two cover almost every article in well under a millisecond; langdetect costs several
(docs/benchmarks.md has the measurements).
"""

from __future__ import annotations

import gc
import json
import os
import re
import threading
import unicodedata
from collections import Counter
from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .datafiles import read_json

#: How many characters of the body are looked at, and how many langdetect trials run on them.
SAMPLE_CHARS = 600
TRIALS = 3
MIN_LETTERS = 20
MIN_HITS = 6  # stopword hits needed to decide without langdetect...
MARGIN = 2.0  # ...and how far ahead of the runner-up the winner must be
MIN_HITS_DECLARED = 2  # ...or this many, when the page declares that language (<html lang>, og:locale...)
MIN_HITS_ALONE = 3  # ...or this many, when no other language has a single stopword in the sample

_LETTERS = compile_pattern(r"\p{L}")
#: Runs of anything but a letter: what is left without them is the letters ``_LETTERS`` finds (``_letter_count``).
_NOT_LETTERS = compile_pattern(r"\P{L}+")
#: The ASCII characters ``_LETTERS`` matches (tests/test_text_speed.py checks it).
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_WORDS = compile_pattern(r"\p{L}+")
#: ``_WORDS`` in an ASCII text (its letters are the ASCII ones): the standard engine, several times faster.
_ASCII_WORDS = re.compile(r"[A-Za-z]+")
_NOISE = compile_pattern(r"https?://\S+|www\.\S+|[^\s@]+@\S+|\d+")
_DIGITS = compile_pattern(r"\d+")
_SCRIPTS = {
    "kana": compile_pattern(r"[\p{Hiragana}\p{Katakana}]"),
    "hangul": compile_pattern(r"\p{Hangul}"),
    "han": compile_pattern(r"\p{Han}"),
    "greek": compile_pattern(r"\p{Greek}"),
    "hebrew": compile_pattern(r"\p{Hebrew}"),
    "thai": compile_pattern(r"\p{Thai}"),
    "bengali": compile_pattern(r"\p{Bengali}"),
}
_lock = threading.Lock()
_factory = None


@lru_cache(maxsize=1)
def _owners() -> dict[str, frozenset[str]]:
    """word -> the languages whose list in ``data/stopwords.json`` holds it (the file is read once)."""
    data = read_json("stopwords.json")
    owners: dict[str, set[str]] = {}
    for language, words in data.items():
        if language.startswith("_"):
            continue
        for word in words:
            owners.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in owners.items()}


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, str]:
    """word -> language, for words that belong to one language's list only."""
    return {word: next(iter(languages)) for word, languages in _owners().items() if len(languages) == 1}


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Every word of every language's list in ``data/stopwords.json`` ("the", "und", "из"...): words that a name
    does not hold (readers/html_meta.py)."""
    return frozenset(_owners())


def load_profiles(factory, directory: str) -> None:
    """What ``DetectorFactory.load_profile(directory)`` does, the same tables in the same order, about twice as
    fast: its loop looks each n-gram up three times, builds a ``LangProfile`` per language and lets the garbage
    collector run over the tables it builds (~0.3 s of CPU in a new process's first langdetect call, ~0.15 s
    here). ``tests/test_language.py`` checks the result against langdetect's own."""
    collecting = gc.isenabled()
    gc.disable()  # ~90,000 lists that live as long as the process: a collection while they are made only costs
    try:
        _load_profiles(factory, directory)
    finally:
        if collecting:
            gc.enable()


def _load_profiles(factory, directory: str) -> None:
    names = os.listdir(directory)  # langdetect's order (the directory's), and its table width
    width = len(names)
    table = factory.word_lang_prob_map
    index = 0
    for name in names:
        path = os.path.join(directory, name)
        if name.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
        if data["name"] in factory.langlist:
            raise ValueError(f"two langdetect profiles of {data['name']!r} in {directory}")
        factory.langlist.append(data["name"])
        n_words = data.get("n_words") or [0, 0, 0]
        for word, count in data["freq"].items():
            probs = table.get(word)
            if probs is None:
                probs = table[word] = [0.0] * width
            if 1 <= len(word) <= 3:
                probs[index] = 1.0 * count / n_words[len(word) - 1]
        index += 1


def detector_factory():
    """langdetect's factory, its profiles loaded once a process and seeded (0): deterministic answers. A batch's
    worker loads it before its first record (``batch``'s warm-up)."""
    global _factory
    if _factory is None:
        with _lock:
            if _factory is None:
                from langdetect import DetectorFactory
                from langdetect.detector_factory import PROFILES_DIRECTORY

                factory = DetectorFactory()
                load_profiles(factory, PROFILES_DIRECTORY)
                factory.set_seed(0)
                _factory = factory
    return _factory


def sample(text: str, size: int = SAMPLE_CHARS) -> str:
    """A bounded sample of the text: from its middle part when it is long (the start is often a title)."""
    if len(text) > size:
        start = min(len(text) // 5, len(text) - size)
        text = text[start:start + size]
    if "@" in text or "://" in text or "www." in text:
        return _NOISE.sub(" ", text)
    return _DIGITS.sub(" ", text)  # the same result, 5x faster: only digits can match


_ANY_SCRIPT = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Greek}\p{Hebrew}\p{Thai}\p{Bengali}]")


def _by_script(probe: str, letters: int) -> str | None:
    if probe.isascii() or not _ANY_SCRIPT.search(probe):
        return None  # Latin (or Cyrillic, Arabic...): the stopwords and langdetect tell
    counts = {name: len(pattern.findall(probe)) for name, pattern in _SCRIPTS.items()}
    if counts["kana"] >= 0.05 * letters:
        return "ja"
    if counts["hangul"] >= 0.3 * letters:
        return "ko"
    if counts["han"] >= 0.3 * letters:
        return "zh"
    for name, code in (("greek", "el"), ("hebrew", "he"), ("thai", "th"), ("bengali", "bn")):
        if counts[name] >= 0.5 * letters:
            return code
    return None


def _stopword_vote(probe: str) -> tuple[str, int, int]:
    """The language whose stopwords the sample holds most, its hits and the runner-up's ("", 0, 0: none)."""
    table = _stopwords()
    folded = probe.casefold()
    words = (_ASCII_WORDS if folded.isascii() else _WORDS).findall(folded)
    hits = Counter(map(table.get, words))  # (counted in C; the words of no list count under None, dropped)
    hits.pop(None, None)
    if not hits:
        return "", 0, 0
    (best, count), *rest = hits.most_common(2) + [("", 0)]
    return best, count, rest[0][1]


def _by_stopwords(probe: str, declared: str | None = None) -> str | None:
    best, count, runner_up = _stopword_vote(probe)
    if count >= MARGIN * runner_up and (count >= MIN_HITS or (best == declared and count >= MIN_HITS_DECLARED)
                                        or (not runner_up and count >= MIN_HITS_ALONE)):
        return best
    return None


def _by_langdetect(probe: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = detector_factory().create()
    detector.n_trial = TRIALS
    detector.append(probe)
    try:
        code = detector.detect()
    except LangDetectException:
        return None
    return None if code == "unknown" else code.split("-")[0]


def _letter_count(probe: str) -> int:
    """``len(_LETTERS.findall(probe))`` without a list of one string a letter: in an ASCII text the letters are
    counted by deleting them from its bytes (in C), in another by deleting every run of non-letters."""
    if probe.isascii():
        return len(probe) - len(probe.encode("ascii").translate(None, _ASCII_LETTERS))
    return len(_NOT_LETTERS.sub("", probe))


def detect_language(text: str, declared: str | None = None) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell.

    ``declared``: the language the page says it is in (HTML's ``lang``), used only as a second opinion: a stopword
    vote too thin to decide alone (fewer than ``MIN_HITS``) decides when it agrees with it."""
    probe = sample(text)
    if not probe.isascii() and not unicodedata.is_normalized("NFC", probe):
        probe = unicodedata.normalize("NFC", probe)  # a decomposed "của" is the stopword "của"
    letters = _letter_count(probe)
    if letters < MIN_LETTERS:
        return None
    return _by_script(probe, letters) or _by_stopwords(probe, declared) or _by_langdetect(probe)
