"""Lexical families: boilerplate recognised by the *kinds* of words it combines, in any order and wording.

A reprint permission says that you may (``permission``) publish (``publish``) it on a condition (``condition``); an
editorial disclaimer names views and says they are the author's own; a login prompt asks to log in and names
comments. No single phrase is needed: a block is a family's finding when it holds a term of every group of one of
the family's combinations, in a short block ("Sie dürfen ihn unverändert auf Ihrer Website veröffentlichen,
solange die Autorenbox erhalten bleibt." is permission + publish + condition, though no cue file lists that
sentence). The groups are data, one list per language (``data/families.json``), so a language is added without
code; the strengths are ``rules.RULES[<rule>]`` (and ``<rule>/<variant>``), damped in longer blocks.

Each finding names its family and the terms it met in ``cue`` ("permission 'sie dürfen' + publish 'veröffentlich*'
+ condition 'solange'"), so ``--explain`` says why. Its ``match`` is ``phrase``: a quotation inside the body that
only mentions such words stays (decision.protect_inner_body), a term right after a quotation mark is a mention and
meets no group ("the words 'all rights reserved' no longer ..."), and the middle of an article asks for more than
most families give (editorial disclaimers, reprint permissions and credits go at the edges only). A block in
reported speech ("the editor said the views were the author's own", ``unless`` in the data) is never a finding.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import regex

from ..patterncache import compile_pattern
from ..automaton import TermAutomaton
from ..datafiles import data_path
from ..model import Block, Finding
from ..rules import REPORTED_MIN_LETTERS, RULES
from ..scripts import UNSPACED, fold_format, letter_count
from .base import EMAIL as _EMAIL, EMAIL_PATTERN
from .leads import prose_after_lead
from .terms import ANYWHERE, STEM, WHITESPACE, WORD, holds_term, longest_first, term_automaton
from ..scripts import nfkc

_ADDRESS = compile_pattern(rf"{EMAIL_PATTERN}|https?://\S+|www\.\S+")
#: A literal every ``_ADDRESS`` match holds (case-sensitive, as the pattern is): tested first, in C.
_ADDRESS_LITERALS = ("@", "://", "www.")


def _has_address(text: str) -> bool:
    """``_ADDRESS.search(text)``, after the literals a match needs (most blocks hold none)."""
    return any(literal in text for literal in _ADDRESS_LITERALS) and _ADDRESS.search(text) is not None


_UNSPACED = UNSPACED  # (scripts.py: the scripts without spaces, one definition)
#: A "lead" group must match within this many characters of the block's start ("Note: ", "(", "— " before it).
LEAD_CHARS = 12
#: A term right after one of these is quoted: mentioned, not used ("the words 'all rights reserved' no longer ...").
_QUOTE_MARKS = frozenset("'\"“”«»„‘‚「『")


def _not_leading(text: str, start: int, opens: bool) -> bool:
    """Whether a lead group's term at ``start`` of the folded ``text`` fails to lead it: past ``LEAD_CHARS``, or, for a
    combination that ``opens`` its block, after a letter ("Users like and share posts")."""
    return start > LEAD_CHARS or (opens and any(char.isalpha() for char in text[:start]))


def _quoted(text: str, start: int) -> bool:
    """Whether the term at ``start`` of the folded ``text`` opens a quotation inside a sentence ("the words 'all rights
    reserved'"); an apostrophe right after a letter is an elision ("l'article", "dell'articolo"), not a quotation
    mark, and a block that opens with a quotation mark is the notice itself, set in quotes."""
    before = start - 1
    if before > 0 and text[before].isspace() and text[before - 1] in "«‹„“":
        before -= 1  # French and German typography: "« tous droits réservés »"
    if before <= 0 or text[before] not in _QUOTE_MARKS:
        return False  # a block that opens with the mark is the notice itself, set in quotes ("« Opinions expressed …")
    return not (text[before] == "'" and before > 0 and text[before - 1].isalpha())


def fold(text: str) -> str:
    """NFKC, case-folded, typographic apostrophes as "'", format characters dropped (``scripts.fold_format``: the
    tatweel, zero-width characters, the soft hyphen; the patterns take any run of spaces between words)."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = nfkc(text)
        text = fold_format(text.replace("’", "'").replace("ʼ", "'"))
    return text.casefold()


#: What a word of the probes is: a run between spaces, these stripped from its ends (the same for terms and text: a
#: hyphenated or elided word, "e-mail", "n'engagent", is one word).
_EDGES = "\"'.,;:!?()[]{}«»“”„‘’‹›<>*_/|…–—-#@=+~^`\\0123456789।॥،؛؟"


#: Separators inside a run ("webmaster@example.org", "and/or", "site.com"): words on both sides.
_SEPARATOR_CHARS = "@/.:,;()[]{}\"|<>«»“”„"
_SEPARATORS = str.maketrans({char: " " for char in _SEPARATOR_CHARS})
#: What may stand right before a word's first letter or after its last, besides a space: a separator, an edge.
_BEFORE_WORD = frozenset(_EDGES + _SEPARATOR_CHARS)
#: The same with every space: what may stand next to a word (one set look-up instead of ``isspace`` and ``in``).
_WORD_EDGE = _BEFORE_WORD | WHITESPACE


def words_of(text: str) -> set[str]:
    """The words of a folded text, for the probes."""
    return {word.strip(_EDGES) for word in text.translate(_SEPARATORS).split()}
_LEFT = r"(?<![\p{L}\p{M}\p{N}])"
_RIGHT = r"(?![\p{L}\p{M}\p{N}])"


def _alternatives(terms) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """The alternatives of ``_group_pattern(terms)``, in its order, each with its first word (None: a term without
    one): those that need a word boundary before them (``_LEFT``), and those of scripts without spaces."""
    spaced, anywhere = [], []
    for term in sorted(set(terms), key=longest_first):  # ties by text: the same cue in every process
        prefix = term.endswith("*")
        folded = fold(term.rstrip("*"))
        parts = folded.split()
        body = r"\s+".join(regex.escape(part) for part in parts)
        first = parts[0] if parts else None
        if _UNSPACED.search(folded):
            anywhere.append((first, body))  # a script without spaces: anywhere
        else:
            spaced.append((first, body + ("" if prefix else _RIGHT)))
    return spaced, anywhere


def _compose(spaced: list[tuple[str | None, str]], anywhere: list[tuple[str | None, str]]) -> regex.Pattern:
    parts = ([_LEFT + "(?:" + "|".join(body for _, body in spaced) + ")"] if spaced else []) + \
        [body for _, body in anywhere]
    return compile_pattern("|".join(parts) or r"(?!)")


def _group_pattern(terms) -> regex.Pattern:
    """One pattern for a list of terms: the word boundary before them tested once (a lookbehind in every
    alternative made the search ten times slower)."""
    return _compose(*_alternatives(terms))


@dataclass(frozen=True, slots=True)
class Probe:
    """A quick, exact "no" before a group's pattern: the longest whole word of every term (a set lookup), the stems
    of the one-word prefix terms (looked up by their first three letters), and the terms of scripts without spaces
    (substrings). Most blocks share no word with it."""

    words: frozenset[str]
    stems: tuple[str, ...]  # the one-word prefix terms' stems...
    keys: frozenset[str]  # ...and their first three letters
    anywhere: tuple[str, ...]
    short: tuple[str, ...] = ()  # stems under three letters (Korean "댓글*"): no key, tried on every word

    @classmethod
    def of(cls, terms) -> "Probe":
        return cls._make(*cls.sets(terms))

    @staticmethod
    def sets(terms) -> tuple[set[str], set[str], set[str]]:
        """What ``of`` makes its probe of: the terms' telling whole words, their one-word prefix stems and their
        terms of scripts without spaces."""
        words, prefixes, anywhere = set(), set(), set()
        for term in terms:
            folded = fold(term.rstrip("*"))
            if _UNSPACED.search(folded):
                anywhere.add(folded)
                continue
            tokens = [w for w in (w.strip(_EDGES) for w in folded.translate(_SEPARATORS).split()) if w]
            if not tokens:
                continue
            if term.endswith("*") and len(tokens) == 1:
                prefixes.add(tokens[0])
            else:  # the term's longest whole word: the rarest, so the most telling "no"
                whole = tokens[:-1] if term.endswith("*") else tokens
                words.add(max(whole, key=len))
        return words, prefixes, anywhere

    @classmethod
    def _make(cls, words, prefixes, anywhere) -> "Probe":
        stems = tuple(sorted(stem for stem in prefixes if len(stem) >= 3))
        short = tuple(sorted(stem for stem in prefixes if len(stem) < 3))
        return cls(frozenset(words), stems, frozenset(stem[:3] for stem in stems), tuple(sorted(anywhere)), short)

    @classmethod
    def union(cls, probes) -> "Probe":
        probes = list(probes)
        return cls._make(set().union(*(p.words for p in probes)), {s for p in probes for s in p.stems + p.short},
                         {a for p in probes for a in p.anywhere})

    def may_match(self, tokens: set[str], text: str, heads: set[str] | None = None) -> bool:
        """``tokens``: the words of the folded ``text``; ``heads``: their first three letters (when known)."""
        if not self.words.isdisjoint(tokens):
            return True
        if self.keys:
            heads = {token[:3] for token in tokens} if heads is None else heads
            if not self.keys.isdisjoint(heads) and any(
                    token.startswith(self.stems) for token in tokens if token[:3] in self.keys):
                return True
        if text.isascii():
            return False
        if self.short and any(token.startswith(self.short) for token in tokens):
            return True
        return bool(self.anywhere) and any(term in text for term in self.anywhere)


class _FirstWords:
    """Where ``_group_pattern(terms)`` may match, and the part of it that may match there: every match starts with the
    first word of the alternative that matched (the alternative opens with that word, literally), so one pass of an
    automaton of the first words finds the positions to try, and at each the alternatives whose first word starts
    there are all that can match. Tried in the pattern's order, the first that matches is the one the whole pattern
    finds there (an alternation takes its first alternative that matches); a pattern of hundreds of alternatives
    tried whole at each position was the families' largest cost (~15 us a try)."""

    __slots__ = ("_automaton", "_spaced", "_anywhere", "_patterns", "_unbounded")

    def __init__(self, spaced, anywhere):
        self._spaced, self._anywhere = spaced, anywhere
        firsts = {first for first, _ in spaced + anywhere}
        self._automaton = TermAutomaton((word, (len(word), word)) for word in sorted(firsts))
        # the first words of the alternatives of scripts without spaces: the only ones that may match right after a
        # letter or a digit (the others open with ``_LEFT``)
        self._unbounded = frozenset(first for first, _ in anywhere)
        # the alternatives of each set of first words met at one position, compiled when first met (a handful a
        # group: the words that start at one position are prefixes of one another)
        self._patterns: dict[frozenset[str], regex.Pattern] = {}

    def _pattern(self, words: frozenset[str]) -> regex.Pattern:
        pattern = self._patterns.get(words)
        if pattern is None:
            pattern = self._patterns[words] = _compose([a for a in self._spaced if a[0] in words],
                                                       [a for a in self._anywhere if a[0] in words])
        return pattern

    def search(self, text: str) -> regex.Match | None:
        at: dict[int, set[str]] = {}
        for end, (length, word) in self._automaton.iter(text):
            at.setdefault(end - length + 1, set()).add(word)
        unbounded = self._unbounded
        for position in sorted(at):
            words = at[position]
            if position and text[position - 1].isascii() and text[position - 1].isalnum() \
                    and unbounded.isdisjoint(words):
                continue  # (an ASCII letter or digit is a letter or a number: ``_LEFT`` fails here, in every one)
            found = self._pattern(frozenset(words)).match(text, position)
            if found is not None:
                return found
        return None


def _first_words(terms) -> _FirstWords | None:
    """The search by first words of ``_group_pattern(terms)`` (``_FirstWords``); None when a term has no word (then
    the pattern is searched whole)."""
    spaced, anywhere = _alternatives(terms)
    if any(first is None for first, _ in spaced + anywhere):
        return None
    return _FirstWords(spaced, anywhere)


class _LazyPatterns(Mapping):
    """Each group's pattern (``_group_pattern``), compiled the first time it is looked up: compiling all of them
    took ~0.17 s of CPU in every new process's first ``clean()``, and most documents need none or a few."""

    __slots__ = ("_terms", "_compiled", "_starts")

    def __init__(self, terms: dict[str, list[str]]):
        self._terms = terms
        self._compiled: dict[str, regex.Pattern] = {}
        self._starts: dict[str, _FirstWords | None] = {}

    def __getitem__(self, name: str) -> regex.Pattern:
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = _group_pattern(self._terms[name])
        return pattern

    def search(self, name: str, text: str) -> regex.Match | None:
        """``self[name].search(text)``, the pattern tried only where one of its alternatives' first words starts
        (``_first_words``, one C pass): the search tries every position in turn and the first match wins, and a
        match starts with a first word, so the positions skipped hold none (an alternation of hundreds of terms
        tried at every character was the families' largest cost). The whole pattern is compiled only for a group
        with a term of no word (then it is searched whole): compiling it took ~50 ms of a new process's first
        ``clean()`` for the three groups of the warm-up's short article, and the search by first words needs none
        of it."""
        if name in self._starts:
            starts = self._starts[name]
        else:
            starts = self._starts[name] = _first_words(self._terms[name])
        if starts is not None:
            return starts.search(text)
        return self[name].search(text)

    def __iter__(self):
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


@dataclass(frozen=True, slots=True)
class Combo:
    groups: tuple[str, ...]
    lead: str = ""
    variant: str = ""
    address: bool = False  # this combination only with an e-mail address, a URL or a link in the block
    opens: bool = False  # its lead only where it opens the block: no letter before it ("Like and share!", not
    # "Users like and share posts", where a lead within ``LEAD_CHARS`` would pass)


@dataclass(frozen=True, slots=True)
class Family:
    rule: str  # "<kind>.<name>"
    max_chars: int
    needs_address: bool
    combos: tuple[Combo, ...]
    groups: _LazyPatterns  # compiled when first looked up; ``groups.search(name, text)`` is the fast search
    probes: dict[str, Probe]  # per group: a quick "no"
    prose_lead: bool = False  # its lead may open the article's own sentence (``leads.prose_after_lead``): not then
    no_email: bool = False  # never with an e-mail address in the block (another family's shape: mdfam32's questions
    # prompt leaves "If you have questions, write to editor@…" to ``contact_prompt``)

    @property
    def kind(self) -> str:
        return self.rule.split(".", 1)[0]




@lru_cache(maxsize=1)
def _data() -> dict:
    """data/families.json, parsed once a process (families() and unless_terms() both read it: ~6 ms a parse of its
    280 kB; read only, never changed)."""
    return json.loads(_data_text())


def unless_terms() -> list[str]:
    """The reported-speech terms (``unless`` in data/families.json) of every language, but a one-word term under
    ``REPORTED_MIN_LETTERS`` letters (``scripts.letter_count``: a Hangul block is its jamo) in a spaced script: that
    is another language's word too (Swedish "sa" is French "sa"). The families' reported-speech test and the bios'
    (detectors/bios.py) read them from here."""
    return [t for words in _data()["unless"].values() for t in words
            if " " in t.strip() or letter_count(t) >= REPORTED_MIN_LETTERS or _UNSPACED.search(t)]


@lru_cache(maxsize=1)
def _reported() -> tuple[Probe, _LazyPatterns]:
    """The reported-speech terms' probe, and their pattern as the one group of a ``_LazyPatterns`` (its ``search``
    by first words; the whole pattern, ``[REPORTED]``, compiled only if looked up)."""
    terms = unless_terms()
    return Probe.of(terms), _LazyPatterns({REPORTED: terms})


#: The name of the reported-speech terms' group in ``_reported``.
REPORTED = "unless"


def reported_speech(text: str) -> bool:
    """Reported speech in the folded ``text`` ("said", "hieß es", "selon"): a block that reports the words is the
    article's."""
    probe, patterns = _reported()
    return probe.may_match(words_of(text), text) and patterns.search(REPORTED, text) is not None


def _group_lists(spec: dict) -> dict[str, list[str]]:
    """A family's groups: each group's terms of every language, in the data's order."""
    return {name: [t for words in by_lang.values() for t in words] for name, by_lang in spec["groups"].items()}


def _cached(name: str, build):
    """``build()`` through the vocabulary cache (vocabcache.py), keyed by data/families.json and the source of this
    module and of terms.py: folding ~6,400 terms into the probes and their automaton was ~30 ms of every new
    process."""
    from . import terms
    from ..vocabcache import cached, source_of

    return cached(name, [source_of(__file__), source_of(terms.__file__), _data_text()], build)


@lru_cache(maxsize=1)
def _data_text() -> str:
    return data_path("families.json").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _probe_sets() -> dict[str, dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]]:
    """Per family, per group: ``Probe.sets`` of its terms, sorted (the cached form of the probes)."""
    def build():
        return {rule: {name: tuple(tuple(sorted(part)) for part in Probe.sets(words))
                       for name, words in _group_lists(spec).items()}
                for rule, spec in _data()["families"].items()}

    return _cached("families.probes", build)


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    data = _data()
    probe_sets = _probe_sets()
    out = []
    for rule, spec in data["families"].items():
        terms = _group_lists(spec)
        combos = tuple(Combo(tuple(c["all"]), c.get("lead", ""), c.get("variant", ""), bool(c.get("address")),
                             bool(c.get("opens")))
                       for c in spec["combos"])
        out.append(Family(rule, int(spec["max_chars"]), bool(spec.get("needs_address")), combos,
                          _LazyPatterns(terms),
                          {name: Probe._make(*probe_sets[rule][name]) for name in terms},  # (``Probe.of(words)``)
                          bool(spec.get("prose_lead")), bool(spec.get("no_email"))))
    return tuple(out)


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(f.max_chars for f in families())


@lru_cache(maxsize=1)
def _first_groups() -> Probe:
    """Every family's first group of every combination, as one probe: a block that fails it is no family's."""
    return Probe.union(f.probes[c.groups[0]] for f in families() for c in f.combos)


@lru_cache(maxsize=1)
def _first_terms() -> TermAutomaton:
    """The first groups' probe (``_first_groups``) as one Aho-Corasick automaton: whole words, stems, and the terms of
    scripts without spaces (listed in that order: a term listed two ways keeps the weaker test)."""
    probe = _first_groups()
    return term_automaton((probe.words, WORD), (probe.stems + probe.short, STEM), (probe.anywhere, ANYWHERE))


def _may_hold_first_group(text: str) -> bool:
    """A necessary condition of ``_first_groups().may_match`` on the folded ``text``, in one C pass and without
    splitting its words. A word of the text (``words_of``) is a run between spaces and separators, edge characters
    stripped: a probe word is one only where it starts a word (the text's start, a space, a separator or an edge
    character before it) and ends one (the text's end, a space, a separator or an edge character after it); a stem
    only needs the start; a term of a script without spaces may be anywhere. Most blocks hold none."""
    return holds_term(_first_terms(), text, _BEFORE_WORD)


@lru_cache(maxsize=1)
def _group_terms() -> TermAutomaton:
    """Every group's probe (``Family.probes``) of every family in one automaton: each term stored with its length and
    the (family, group) keys it stands for, by how it must sit (``ANYWHERE``, ``STEM``, ``WORD``: a term may be in
    several groups, one test each), so that a hit adds each test's keys at once."""
    def build():
        entries: dict[str, tuple[set, set, set]] = {}
        for number, family in enumerate(families()):
            for name, probe in family.probes.items():
                for terms, how in ((probe.words, WORD), (probe.stems + probe.short, STEM), (probe.anywhere, ANYWHERE)):
                    for term in terms:
                        keys = entries.setdefault(term, (set(), set(), set()))
                        keys[(ANYWHERE, STEM, WORD).index(how)].add((number, name))
        # each distinct set of keys once (most terms share theirs: a group's words all stand for that group), and
        # every term's three sets as their positions in that list
        distinct: dict[tuple, int] = {(): 0}
        rows = [(term, tuple(distinct.setdefault(tuple(sorted(keys)), len(distinct)) for keys in entries[term]))
                for term in sorted(entries)]
        return list(distinct), rows

    key_sets, rows = _cached("families.group_terms", build)
    shared = [frozenset(keys) for keys in key_sets]  # (one frozenset per distinct set, as the automaton's values)
    return TermAutomaton((term, (len(term), *(shared[i] for i in sets))) for term, sets in rows)


def _groups_present(text: str) -> set[tuple[int, str]]:
    """The (family, group) pairs whose probe ``may_match`` the folded ``text`` may pass: a necessary condition of it,
    by the same test as ``_may_hold_first_group`` (a word starts at a space, a separator or an edge character, a
    ``WORD`` ends at one; a stem needs the start only; a term of a script without spaces anywhere), in one C pass
    for every group instead of each group's probe on the split words."""
    present: set[tuple[int, str]] = set()
    last = len(text) - 1
    edge = _WORD_EDGE
    for end, (length, anywhere, stems, words) in _group_terms().iter(text):
        if anywhere:
            present |= anywhere
        start = end - length + 1
        if start and text[start - 1] not in edge:
            continue
        if stems:
            present |= stems
        if words and (end == last or text[end + 1] in edge):
            present |= words
    return present


@lru_cache(maxsize=1)
def _combo_keys() -> tuple[tuple[tuple[Combo, frozenset[tuple[int, str]]], ...], ...]:
    """Per family, each combination with the (family, group) keys ``_groups_present`` must hold for it."""
    return tuple(tuple((combo, frozenset((number, name) for name in combo.groups)) for combo in family.combos)
                 for number, family in enumerate(families()))


@lru_cache(maxsize=1)
def _first_keys() -> tuple[frozenset[tuple[int, str]], ...]:
    """Per family, the (family, group) keys of its combinations' first groups: ``_groups_present`` holds one of them
    whenever a combination's keys are all in it."""
    return tuple(frozenset((number, combo.groups[0]) for combo in family.combos)
                 for number, family in enumerate(families()))


@lru_cache(maxsize=1)
def _all_first_keys() -> frozenset[tuple[int, str]]:
    """Every family's ``_first_keys``."""
    return frozenset().union(*_first_keys())


def _prose_after_family_lead(block: Block, text: str, lead: regex.Match | None) -> bool:
    """A family's lead that opens the article's own sentence, as ``leads.is_prose_credit`` tells for a cue lead:
    no address or link in the block, the lead's words, a year within six words before the first comma, then a
    lower-case main clause (``leads.prose_after_lead``)."""
    if lead is None or _has_address(block.plain) or any(not link.is_image for link in block.links):
        return False
    return prose_after_lead(block.plain, len(text[:lead.end()].split()))


#: The block types a family may be found in.
_FAMILY_TYPES = ("paragraph", "list_item", "quote", "heading")


def family_finding(block: Block, text: str | None = None) -> Finding | None:
    """The strongest family finding on one block, or None (most blocks: no family's first group matches)."""
    if block.type not in _FAMILY_TYPES:
        return None
    if len(block.plain) > _longest():
        return None
    text = fold(block.plain) if text is None else text
    if not _may_hold_first_group(text):
        return None  # most blocks: the same "no" as the probe below, without splitting the words
    return _family_finding(block, text, _groups_present(text))


#: Joins the blocks' folded texts for ``family_findings``' one walk: a blank (``str.isspace``, so a word ends and
#: starts at it, as at a text's ends) that no term holds.
FAMILY_SEPARATOR = "\x1e"


def family_findings(blocks: list[Block]) -> list[Finding | None]:
    """``[family_finding(block) for block in blocks]``, the groups present in every block found by one walk of the
    group automaton over the document (``_groups_present_each``) instead of two walks a block (the first groups'
    gate, then the groups): a block whose groups hold no combination's first group is none (the gate's "no": its
    first-group terms are among the groups' terms, each kept with the same test or a weaker one, so the gate fails
    exactly when no first group is present; tests/test_text_speed.py)."""
    found: list[Finding | None] = [None] * len(blocks)
    longest = _longest()
    index = [i for i, block in enumerate(blocks) if block.type in _FAMILY_TYPES and len(block.plain) <= longest]
    if not index:
        return found
    texts = [fold(blocks[i].plain) for i in index]
    joined = FAMILY_SEPARATOR.join(texts)
    if joined.count(FAMILY_SEPARATOR) != len(index) - 1:  # a block holds the separator itself: block by block
        for i, text in zip(index, texts):
            found[i] = family_finding(blocks[i], text)
        return found
    firsts = _all_first_keys()
    for i, text, present in zip(index, texts, _groups_present_each(joined, texts)):
        if present and not firsts.isdisjoint(present):
            found[i] = _family_finding(blocks[i], text, present)
    return found


def _groups_present_each(joined: str, texts: list[str]) -> list[set[tuple[int, str]]]:
    """``[_groups_present(text) for text in texts]`` from one walk over ``joined`` (the texts joined by
    ``FAMILY_SEPARATOR``): no term holds the separator, so every hit lies inside one text, and the separator is a
    word edge where a text's start or end is one."""
    presents: list[set[tuple[int, str]]] = [set() for _ in texts]
    bounds = list(accumulate(len(text) + 1 for text in texts))  # (each text's separator, or the end)
    k, bound, present = 0, bounds[0], presents[0]
    last = len(joined) - 1
    edge = _WORD_EDGE
    for end, (length, anywhere, stems, words) in _group_terms().iter(joined):
        if end >= bound:
            while end >= bound:
                k += 1
                bound = bounds[k]
            present = presents[k]
        if anywhere:
            present |= anywhere
        start = end - length + 1
        if start and joined[start - 1] not in edge:
            continue
        if stems:
            present |= stems
        if words and (end == last or joined[end + 1] in edge):
            present |= words
    return presents


def _family_finding(block: Block, text: str, present: set[tuple[int, str]]) -> Finding | None:
    """``family_finding`` of a block of the families' types and length, its folded ``text`` holding the groups
    ``present``."""
    best: Finding | None = None
    every_family, every_combo_keys = families(), _combo_keys()
    # the families with some combination's first group present, in their order (each combination needs its first;
    # most families of most blocks have none)
    for number in sorted({number for number, _ in present & _all_first_keys()}):
        family = every_family[number]
        if len(block.plain) > family.max_chars:
            continue
        combos = [combo for combo, keys in every_combo_keys[number] if keys <= present]
        if not combos:
            continue  # most blocks: some group has none of its words
        if family.no_email and "@" in block.plain and _EMAIL.search(block.plain) is not None:
            continue
        if family.needs_address or any(c.address for c in combos):
            addressed = _has_address(block.plain) or any(not l.is_image for l in block.links)
            if family.needs_address and not addressed:
                continue
            combos = [c for c in combos if addressed or not c.address]
        searched: dict[str, regex.Match | None] = {}  # a group in several combinations: searched once
        for combo in combos:
            met = []
            for name in combo.groups:
                if name in searched:
                    match = searched[name]
                else:
                    match = searched[name] = family.groups.search(name, text)
                if match is None or (name == combo.lead and _not_leading(text, match.start(), combo.opens)) or \
                        _quoted(text, match.start()):
                    break
                met.append(f"{name} '{match.group(0)}'")
            else:
                if family.prose_lead and combo.lead and _prose_after_family_lead(block, text, searched[combo.lead]):
                    continue  # "Zuerst erschienen in einer Zeitschrift im Jahr 1962, wurde der Roman …": prose
                entry = RULES[f"{family.rule}/{combo.variant}" if combo.variant else family.rule]
                value = entry.at(len(block.plain))
                if value > 0 and (best is None or value > best.strength):
                    best = Finding(family.kind, family.rule, " + ".join(met), round(value, 3), match=entry.match)
                break
    if best is not None and reported_speech(text):
        return None
    return best
