"""Lines whose shape says what they are, in any wording: related-post title lists, share bars, credit lines.

- a *related list*: a short lead line (a heading, or a line ending with ":") over two or more items that look like
  titles (a capital or a letter of a script without case first, no sentence end, one sentence, titles of similar
  lengths), at the end of the article. A lead that is a related heading or lead of any language's cue file ("More
  from <site>", "Recommended", "Trending", "Weitere Themen", "相关阅读") takes title items anywhere (0.85: the
  decision keeps them between body paragraphs); a lead of any other wording ("Keep reading:") takes them only at the
  end, when the items are headline-shaped (title case) and the lead's words are not the article's (0.7); title items
  right after another removal at the end, with no lead, are weak (0.5: a run of removals takes them). Not a list
  whose items are the article's own headings (a table of contents), bibliography entries, sentences (a reading list
  with descriptions), items of one or two words (ingredients, names);
- a *share bar*: a line made of share words ("Share", "Tweet", "Pin", "Email", "Print", "Teilen", "分享"), network
  names and share counts ("12 shares") and nothing else but a few fillers ("on", "this"), with at least one share
  word: "Share Tweet Pin Email", "Share on Facebook Share on X", "12 shares"; or a run of such one-word lines (a
  share bar as list items);
- a *credit line*: "<label>: <value>" where the label names a credit role (source, via, credit, crédit, Quelle,
  fonte, źródło, 来源 …) and the value is short and shaped like a name or an address, not a sentence ("Crédit :
  Example Site", "Image courtesy of NASA"); "via <Name>" without a colon. Edges only (0.7; 0.8 with an address).
  The decision keeps a citation of data ("Source: Insee, enquête Emploi …", ``decision.is_source_citation``) and a
  caption inside the body.

The vocabulary is data (``data/lines.json``, ``data/networks.json``, the cue files' related headings and leads); the
strengths are ``rules.RULES``. Run once over the document after the structural detectors: ``line_findings``.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import re

import regex

from ..patterncache import compile_pattern
from ..datafiles import data_path, read_json
from ..automaton import BEYOND_LATIN, TermAutomaton
from ..lazyre import LazyPattern
from ..model import Block, Finding
from ..rules import BODY_LENGTH, LINES, RULES
from ..scripts import UNSPACED, word_count
from .base import MD_LINK
from .families import fold
from .structure import WORD as _WORDS  # a word: letters, marks, digits, inner apostrophes and hyphens
from .structure import REFERENCE_LIKE

_UNCASED = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}\p{Arabic}\p{Devanagari}\p{Bengali}\p{Hebrew}]")
_UNSPACED = UNSPACED  # (scripts.py: the scripts without spaces, one definition)
_SHARE_SEPARATORS = compile_pattern(r"[|·•/,;:()\[\]<>«»\"'’!?*#+=~–—\-_]+|\s-\s")
_NUMBER = compile_pattern(r"(?<![\p{L}\p{N}])\d[\d.,]*\s?[km]?(?![\p{L}\p{N}])")
_MARKER = compile_pattern(r"^\s*(?:[-*+•·>#]+|\d{1,3}[.)])\s+")
#: A second sentence inside a line: a sentence end, a space, then a capital.
_TWO_SENTENCES = compile_pattern(r"[.!?。！？]['\"”»)]?\s+[\p{Lu}\p{N}]")
_ADDRESS = compile_pattern(r"https?://\S+|www\.\S+|\b[\w-]{2,63}(?:\.[\w-]{2,63})*\.(?:com|org|net|info|io|co|uk|de|fr|es|"
                         r"it|pt|nl|pl|ru|cn|jp|br|mx|ar|be|ch|at|eu|news|blog|me|tv)\b(?:/\S*)?|@\w{2,}",
                         regex.IGNORECASE)
#: A work with its author at the end: "Middlemarch by George Eliot", "Middlemarch (George Eliot)": a reading list.
_BY_AUTHOR = compile_pattern(r"(?:\s(?:by|par|von|por|door|autorstwa)\s|\s\()\p{Lu}[\p{L}.'’-]+"
                           r"(?:\s\p{Lu}[\p{L}.'’-]+){0,3}\)?$")
#: What a "<label>: <value>" line holds (``_CREDIT``): a quick "no" before the pattern.
_CREDIT_MARKS = (":", "：", " | ", " - ", " – ", " — ")
#: ...within this many characters of the line's start (a label is at most 40 characters, blanks and marks before).
_LABEL_REACH = 60
_COUNT = compile_pattern(r"\(\d[\d.,]*\)$")
_CREDIT = compile_pattern(r"^[\W_]{0,3}(?P<label>[^:：|]{1,40}?)\s*(?::|：|\s\|\s|\s[–—-]\s)\s*(?P<value>\S.*?)\s*$")
#: Small words a name may hold in lower case ("Museum of Modern Art", "Ministère de la Culture").
_NAME_PARTICLES = frozenset("a an and the of for in on at by to de del della der des di du da das do dos e et el "
                            "la le les lo los las und van von y zu zum zur".split())


@dataclass(frozen=True, slots=True)
class LineVocabulary:
    share_terms: LazyPattern  # share words, network names, fillers: one alternation, longest first
    term_class: dict[str, str]  # folded term -> "share" | "network" | "filler"
    ambiguous_shares: frozenset[str]  # share words that name other things too ("email", "print")
    credit_labels: frozenset[str]  # one-word labels
    credit_phrases: tuple[str, ...]  # labels of several words or of a script without spaces
    bare_labels: tuple[str, ...]  # "via", "h/t": a credit line without a colon
    related_heads: frozenset[str]  # folded, no colon: a lead that is one of them...
    prefix_heads: frozenset[str]  # ...or opens with one of two words or more, or of a script without spaces
    head_starts: frozenset[str]  # the first two characters of every head (a quick "no")
    share_first_words: frozenset[str]  # the first word of every share word and network (a quick "no")
    share_unspaced: tuple[str, ...]  # share words and networks of scripts without spaces (substrings)
    term_runs: frozenset[str]  # every run of letters of every share word, network and filler
    not_list_words: frozenset[str]  # a lead with one of these opens sources, notes, contents: never related
    gate: TermAutomaton  # in the folded document: what a block with a share word or a credit label holds (``gates``)


def _norm(term: str) -> str:
    return " ".join(fold(term).split())


def _alternation(terms) -> str:
    spaced, anywhere = [], []
    for term in sorted(set(terms), key=lambda t: (-len(t), t)):
        body = r"\s+".join(regex.escape(part) for part in term.split())
        (anywhere if _UNSPACED.search(term) else spaced).append(body)
    parts = []
    if spaced:
        parts.append(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(spaced) + r")(?![\p{L}\p{M}\p{N}])")
    if anywhere:
        parts.append("|".join(anywhere))
    return "|".join(parts) or r"(?!)"


@lru_cache(maxsize=1)
def vocabulary() -> LineVocabulary:
    data = read_json("lines.json")
    networks = read_json("networks.json")
    term_class: dict[str, str] = {}
    for klass, terms in (("filler", [t for ts in data["share_fillers"].values() for t in ts]),
                         ("network", networks["names"] + networks["ambiguous"]),
                         ("share", [t for ts in data["share_words"].values() for t in ts])):
        for term in terms:
            term_class[_norm(term)] = klass  # a term in two lists keeps the later (share over filler)
    labels = {_norm(t) for ts in data["credit_labels"].values() for t in ts}
    heads: set[str] = {_norm(t) for ts in data["related_words"].values() for t in ts}
    not_heads = {_norm(t) for t in data["not_list_heads"]}
    for entry in sorted(data_path("cues").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            related = read_json("cues", entry.name).get("related", {})
            heads |= {_norm(t).rstrip(":： ").lstrip("[") for t in related.get("heading", []) + related.get("lead", [])}
    return LineVocabulary(
        share_terms=LazyPattern(_alternation(term_class)),  # (compiled when first used: lazyre.py)
        term_class=term_class,
        ambiguous_shares=frozenset(_norm(t) for t in data["ambiguous_share_words"]),
        credit_labels=frozenset(t for t in labels if " " not in t and not _UNSPACED.search(t)),
        credit_phrases=tuple(sorted((t for t in labels if " " in t or _UNSPACED.search(t)), key=lambda t: (-len(t), t))),
        bare_labels=tuple(sorted({_norm(t) for ts in data["bare_credit_labels"].values() for t in ts},
                                 key=lambda t: (-len(t), t))),
        related_heads=frozenset(h for h in heads - not_heads if h),
        prefix_heads=frozenset(h for h in heads - not_heads if " " in h or _UNSPACED.search(h)),
        head_starts=frozenset(h[:2] for h in heads - not_heads if h),
        share_first_words=frozenset(_RUN.findall(t)[0] for t, k in term_class.items()
                                    if k != "filler" and not _UNSPACED.search(t) and _RUN.search(t)),
        share_unspaced=tuple(sorted(t for t, k in term_class.items() if k != "filler" and _UNSPACED.search(t))),
        term_runs=frozenset(run for t in term_class for run in _RUN.findall(t)),
        not_list_words=frozenset(_norm(t) for ts in data["not_list_words"].values() for t in ts),
        gate=_gate([t for t, k in term_class.items() if k != "filler"],
                   labels | {_norm(t) for ts in data["bare_credit_labels"].values() for t in ts}),
    )


def gates(blocks: list[Block], vocab: LineVocabulary, memo=None) -> tuple[set[int], set[int]] | None:
    """The blocks a share bar's token may be in and those a credit line may be in, found in one pass of one
    automaton over the short blocks (a longer one is neither), joined and folded once: a superset, the blocks left
    out are those where ``share_tokens`` counts no share word and no number and ``credit_line`` finds no label. None:
    look at every block (a text beyond the Latin scripts, where the automaton of every script is slower than the
    blocks one by one; a block holding the separator). ``memo``: the document's ``sites.apply.ShapePage``: a
    block's two answers are a function of its plain text alone (no term holds the separator, so the automaton's
    hits and their edges lie in one block's fold), kept for the site's recurring blocks; the others are read."""
    limit = max(2 * LINES.credit_max_chars, LINES.share_max_chars)  # (``credit_line``'s and ``share_tokens``' own)
    short = [i for i, block in enumerate(blocks) if len(block.plain) <= limit]
    if not short:
        return None  # (no block to gate: every block is read, as before the gate)
    share_blocks: set[int] = set()
    credit_blocks: set[int] = set()
    todo = short
    if memo is not None:
        todo = []
        for i in short:
            answer = memo.answer(blocks[i], "lines.gate")
            if answer is None:
                todo.append(i)
                continue
            if answer[0]:
                share_blocks.add(i)
            if answer[1]:
                credit_blocks.add(i)
    if todo:
        # (a block with an answer kept held no separator and no character beyond the Latin scripts: answers are
        # kept only from a page whose short blocks held none, and ``BEYOND_LATIN`` is one character)
        plains = [blocks[i].plain for i in todo]
        joined = "\x00".join(plains)
        if joined.count("\x00") != len(plains) - 1 or not joined.isascii() and BEYOND_LATIN.search(joined):
            return None
        share, credit = _gated(todo, plains, joined, vocab)
        if memo is not None:
            for i in todo:
                memo.keep(blocks[i], "lines.gate", (i in share, i in credit))
        share_blocks |= share
        credit_blocks |= credit
    return share_blocks, credit_blocks


def _gated(short: list[int], plains: list[str], joined: str, vocab: LineVocabulary) -> tuple[set[int], set[int]]:
    """``gates``' answers on the blocks ``short`` (their ``plains``, ``joined`` by the separator)."""
    folded = fold(joined)  # (NFKC joins nothing across "\x00": each block's fold, one after another)
    pieces = folded.split("\x00")
    ends = list(accumulate(len(piece) + 1 for piece in pieces))  # (each block's end, its "\x00")
    share_blocks: set[int] = set()
    credit_blocks: set[int] = set()
    last = len(folded) - 1
    for end, (share, credit, length) in vocab.gate.iter(folded):
        k = short[bisect_right(ends, end)]
        if credit:
            credit_blocks.add(k)
        if share == 2 or share == 1 and not (end < last and _run_char(folded[end + 1])) \
                and not (end >= length and _run_char(folded[end - length])):
            share_blocks.add(k)
    # a line with digits and no share word is at most a line of a share bar's run ("12")
    share_blocks.update(i for i, plain, piece in zip(short, plains, pieces) if len(plain) <= _SHARE_ITEM_MAX_CHARS
                        and _DIGIT.search(piece))  # (folded: "²" is "2")
    if not joined.isascii():  # (a piece of a block folded alone may differ where a character may join)
        # the text's distinct characters tested one by one: ``_JOINING`` is a class of single characters, and the
        # regex engine's search of a class of properties is slow over a whole text
        joining = {char for char in set(joined) if not char.isascii() and _JOINING.match(char)}
        if joining:
            credit_blocks.update(i for i, plain in zip(short, plains) if not joining.isdisjoint(plain))
    return share_blocks, credit_blocks


#: A character that may join the one before it when a text is normalised (a mark, a Hangul jamo of any form): a
#: piece of a block folded alone (a label, the first characters) may then hold what the whole block folded does not.
_JOINING = compile_pattern(r"[\p{M}\u1160-\u11ff\u3130-\u318f\ud7b0-\ud7ff\uffa0-\uffdf]")
_DIGIT = compile_pattern(r"\d")
#: A line of a share bar's run of lines is at most this long (``_share_item``).
_SHARE_ITEM_MAX_CHARS = 40


def _gate(share_terms, credit_terms) -> TermAutomaton:
    """One automaton for ``gates``: the longest piece between blanks of every share word and network (a hit counts
    between characters that are no letter, mark or digit, as the term's own edges or blanks are), or the whole term
    of a script without spaces (anywhere); the longest piece of every credit label and bare label (anywhere: a
    credit label's every piece is in the block's folded text). The value: (share: 0 no / 1 a run / 2 anywhere,
    credit, the key's length)."""
    entries: dict[str, tuple[int, bool, int]] = {}
    for term in share_terms:
        if term.strip():
            piece = term if _UNSPACED.search(term) else max(reversed(term.split()), key=len)
            entries[piece] = (2 if _UNSPACED.search(term) or entries.get(piece, (0,))[0] == 2 else 1, False, len(piece))
    for term in credit_terms:
        if term.strip():
            piece = max(reversed(term.split()), key=len)  # (the last of the longest: "hat tip" -> "tip")
            entries[piece] = (entries.get(piece, (0,))[0], True, len(piece))
    return TermAutomaton(sorted(entries.items()))


def _run_char(char: str) -> bool:
    """A letter, a mark or a digit (``_RUN``'s characters)."""
    return char.isalnum() or (not char.isascii() and unicodedata.category(char)[0] in "LMN")


def _finding(rule: str, cue: str, length: int, variant: str = "") -> Finding:
    entry = RULES[f"{rule}/{variant}" if variant else rule]
    return Finding(rule.split(".", 1)[0], rule, cue, entry.at(length), False, entry.match)


# --- share bars ------------------------------------------------------------------------------------------------------
@dataclass(slots=True)
class ShareTokens:
    shares: int = 0  # share words ("share", "tweet", "teilen", "分享")
    plain_shares: int = 0  # ...that name nothing else ("share", not "email" or "print")
    networks: int = 0
    numbers: int = 0
    other_words: int = 0  # words that are none of these nor a filler
    other_letters: int = 0
    terms: tuple[str, ...] = ()

    @property
    def tokens(self) -> int:
        return self.shares + self.networks + self.numbers


#: A run of letters, marks and digits: a share word sits between characters that are none of these, so its first run
#: is a run of the line.
_RUN = compile_pattern(r"[\p{L}\p{M}\p{N}]+")
#: ``_RUN`` in an ASCII text (its letters and digits are all the ASCII ones, no mark is ASCII): the standard
#: engine's literal class, several times faster than the regex engine's classes of properties.
_ASCII_RUN = re.compile(r"[A-Za-z0-9]+")


def _runs(folded: str) -> list[str]:
    """``_RUN.findall(folded)``."""
    return (_ASCII_RUN if folded.isascii() else _RUN).findall(folded)
#: A run a number may leave in a line ("1", "2k" of "1.2k"): ``_NUMBER`` cuts it, it is no other word.
_COUNT_RUN = compile_pattern(r"\d+[km]?")


def may_share(folded: str, vocab: LineVocabulary, letters: int = LINES.share_max_other_letters) -> bool:
    """A quick, exact "no": a share bar holds a share word or a network (and a line of its run one, or only numbers
    and fillers), so the first run of one is a run of the line, or one of a script without spaces is in it; and in
    an ASCII line the runs that are no run of any term, nor a number, are left when the terms are cut: more than
    ``letters`` letters of them is too many."""
    runs = _runs(folded)
    if folded.isascii():
        if vocab.share_first_words.isdisjoint(runs):
            return False  # most lines
        # (each other run once: a lower bound of the letters left, so "more than ``letters``" is still exact)
        return sum(len(run) for run in set(runs) - vocab.term_runs if not _COUNT_RUN.fullmatch(run)) <= letters
    if not vocab.share_first_words.isdisjoint(runs):
        return True
    return any(term in folded for term in vocab.share_unspaced)


def _counts_only(runs: list[str], vocab: LineVocabulary) -> bool:
    """A line of numbers and fillers only ("12", "1 of 5"): a line of a share bar's run ("Facebook" / "12")."""
    return bool(runs) and all(run in vocab.term_runs or _COUNT_RUN.fullmatch(run) for run in runs)


def share_tokens(text: str, vocab: LineVocabulary) -> ShareTokens | None:
    """What one line is made of (share words, network names, numbers, other words), or None when it is too long
    to be a share bar or holds neither a share word nor a network."""
    folded = fold(text)
    if len(folded) > LINES.share_max_chars:
        return None
    if not may_share(folded, vocab):
        runs = _runs(folded)
        if _counts_only(runs, vocab):  # "12", "1 of 5": a line of a share bar's run, no share word to find
            return ShareTokens(numbers=len(_NUMBER.findall(folded)))
        return None
    found = ShareTokens()
    met: list[str] = []

    def cut(match: regex.Match) -> str:
        term = " ".join(match.group(0).split())
        klass = vocab.term_class.get(term, "filler")
        if klass == "share":
            found.shares += 1
            found.plain_shares += term not in vocab.ambiguous_shares
        elif klass == "network":
            found.networks += 1
        if klass != "filler":
            met.append(term)
        return " "

    rest = vocab.share_terms.sub(cut, folded)
    rest, found.numbers = _NUMBER.subn(" ", rest)
    words = _SHARE_SEPARATORS.sub(" ", rest).split()
    found.other_words = len(words)
    found.other_letters = sum(len(w) for w in words)
    found.terms = tuple(met)
    return found


def share_bar(block: Block, vocab: LineVocabulary, found: ShareTokens | None = None) -> Finding | None:
    """A line of share words, network names and counts, and little else: "Share Tweet Pin Email", "12 shares"
    (``found``: its ``share_tokens`` when known)."""
    if block.type not in ("paragraph", "list_item", "heading") or len(block.plain) > LINES.share_max_chars:
        return None
    found = share_tokens(block.plain, vocab) if found is None else found
    if found is None or found.tokens < 2 or found.other_words > LINES.share_max_other_words \
            or found.other_letters > LINES.share_max_other_letters:
        return None
    if not (found.plain_shares or found.shares >= 2):
        return None  # "Email: Facebook, WhatsApp" (a contact list) is no share bar: a share word that says only that
    if found.numbers and found.other_words:
        return None  # "5 shares left" is not a counter
    terms = ", ".join(found.terms)[:60]
    return _finding("call_to_action.share_line", f"share words / networks / counts only: {terms}", len(block.plain))


def _share_item(block: Block, found: ShareTokens | None) -> ShareTokens | None:
    """A line of one to three share words, network names or counts and nothing else, else None (``found``: its
    ``share_tokens``)."""
    if block.type not in ("paragraph", "list_item") or len(block.plain) > _SHARE_ITEM_MAX_CHARS:
        return None
    if found is None or found.other_letters or not 1 <= found.tokens <= 3:
        return None
    return found


# --- credit lines ----------------------------------------------------------------------------------------------------
def _name_shaped(value: str) -> bool:
    """A short value shaped like a name, a list of names or an address, not a sentence."""
    value = value.strip(" \t*_\"'“”«»()[]")
    address = _ADDRESS.search(value)
    # (an address is measured as one word: "Original: <a long permalink>" is a credit; mdfam31)
    if not value or len(_ADDRESS.sub("/", value) if address else value) > LINES.credit_max_value_chars \
            or value.endswith((":", "：", "?", "!", "？", "！")):
        return False  # a lead, a question ("Open Source: Who Will Win?")
    if _TWO_SENTENCES.search(value):
        return False
    rest = _ADDRESS.sub(" ", value) if address else value
    words = _WORDS.findall(rest)
    if len(words) > LINES.credit_max_value_words:
        return False
    if address:
        return True
    if not words:
        return False
    if value.rstrip().endswith(".") and len(words) > 4 and not value.rstrip().endswith(("Inc.", "Ltd.", "Co.")):
        return False  # a sentence
    if _UNCASED.search(value):
        return len(value) <= LINES.credit_max_uncased_chars
    lower = [w for w in words if w[0].islower() and w.casefold() not in _NAME_PARTICLES]
    return not lower and any(w[0].isupper() or w[0].isdigit() for w in words)


def _credit_label(label: str, vocab: LineVocabulary) -> str | None:
    folded = _norm(label)
    words = folded.split()
    if not words or len(words) > LINES.credit_max_label_words or regex.search(r"[^\p{L}\p{M}\s'’/-]", folded):
        return None  # a label is a few words ("Main image credit"), not a title ("Microsoft vs. Open Source")
    for word in words:
        if word.strip("'’.") in vocab.credit_labels or word in vocab.credit_labels:
            return word
    # ("Photo:" / "Bild:" alone is no credit label: it ends a caption, and the caption is the article's)
    return next((p for p in vocab.credit_phrases if p in folded), None)


def credit_line(block: Block, vocab: LineVocabulary) -> Finding | None:
    """ "<credit label>: <a name or an address>", or "via <Name>"."""
    if block.type not in ("paragraph", "list_item") or len(block.plain) > 2 * LINES.credit_max_chars:
        return None
    start = block.plain[:_LABEL_REACH]
    if not any(mark in start for mark in _CREDIT_MARKS) and not " ".join(
            fold(start.lstrip("([*_ \t")[:14]).split()).startswith(vocab.bare_labels):
        return None  # most lines: no label mark where a label ends, and no bare label
    plain = " ".join(block.plain.split())
    if not plain or len(plain) > LINES.credit_max_chars:
        return None
    match = _CREDIT.match(plain)
    label = _credit_label(match.group("label"), vocab) if match else None
    value = match.group("value") if match else ""
    if label is None:
        folded = _norm(plain.lstrip("([*_ "))
        bare = next((b for b in vocab.bare_labels if folded.startswith(b + " ")), None)
        if bare is None:
            return None
        label, value = bare, plain.lstrip("([*_ ")[len(bare):].strip(" )]")
        if len(_WORDS.findall(value)) > LINES.bare_credit_max_words:
            return None
    if not _name_shaped(value):
        return None
    addressed = bool(_ADDRESS.search(value) or any(not link.is_image for link in block.links))
    return _finding("source_credit.credit_line", f"credit label '{label}' + a name{' / an address' if addressed else ''}",
                    len(plain), "address" if addressed else "")


# --- related title lists ---------------------------------------------------------------------------------------------
def _link_text(match: regex.Match) -> str:
    return match.group(1)


def _plain_line(line: str) -> str:
    """One line as plain text: Markdown links as their text, a list marker and emphasis cut."""
    if "](" in line:
        line = MD_LINK.sub(_link_text, line)
    marker = _MARKER.match(line)
    if marker:
        line = line[marker.end():]
    return line.strip(" \t*_`")


def _plain_lines(block: Block) -> list[str]:
    """The block's lines as plain text (``_plain_line``), the empty ones left out. Not chrome.py's ``_plain_lines``
    on purpose (tidy39 measured one function for both): a teaser's picture in a title list's item says its title
    (its alt text is kept); dropping images as chrome does lost 33 boilerplate lines of scrapinghub's related lists
    (md_pages)."""
    lines = [line for line in map(_plain_line, block.text.splitlines()) if line]
    return lines or [block.plain.strip()]


_word_count = word_count  # (scripts.py: words, script-aware, one definition)


def title_shaped(line: str) -> bool:
    """A line shaped like an article's title: a capital (or a letter without case) first, one sentence, no sentence
    end, a few words."""
    line = line.strip(" \t*_\"“”«»")
    min_chars = LINES.title_min_chars_unspaced if _UNSPACED.search(line) else LINES.title_min_chars
    if not min_chars <= len(line) <= LINES.title_max_chars or line[-1] in ".;,:：。":
        return False
    first = next((c for c in line if c.isalnum()), "")
    if not first or (first.isalpha() and first.islower()):
        return False
    if _TWO_SENTENCES.search(line) or REFERENCE_LIKE.search(line) or _BY_AUTHOR.search(line) or _COUNT.search(line):
        return False  # two sentences, a bibliography entry, a book with its author ("Middlemarch by George Eliot"),
        # a category with its count ("Road Bike Helmets (26)": a shop's menu)
    if _ADDRESS.fullmatch(line):
        return False
    return _word_count(line) >= LINES.title_min_words


def headline_case(line: str) -> bool:
    """Title case: most words of four letters or more after the first start with a capital."""
    words = [w for w in _WORDS.findall(line)[1:] if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= LINES.title_case_share


#: What may stand around a lead's words ("## Trending:", "**More from X**", "[Related](…)").
_HEAD_EDGE = " *_#>:：-–—|[\t"


def related_head(text: str, vocab: LineVocabulary) -> str | None:
    """The related heading or lead of any language's cue data that the line opens with ("More from Example Site")."""
    if fold(text.lstrip(_HEAD_EDGE)[:6])[:2] not in vocab.head_starts:
        return None  # most lines: no head starts with their first two letters
    folded = _norm(MD_LINK.sub(_link_text, text) if "](" in text else text).strip(_HEAD_EDGE)
    if not folded or _word_count(folded) > LINES.lead_max_words + 2:
        return None
    if folded in vocab.related_heads:
        return folded
    head = None
    for position, char in enumerate(folded):  # the longest head of two words or more that the lead opens with
        if position and not char.isalnum() and folded[:position] in vocab.prefix_heads:
            head = folded[:position]  # "More from Example Site"; a one-word head only alone ("Trending", not
    return head  # "Latest figures show")


def _lead_shaped(line: str) -> bool:
    line = line.strip()
    if not line or len(line) > LINES.lead_max_chars or line.endswith((".", "!", "?", "。")):
        return False
    return (len(line.split()) if line.isascii() else _word_count(line)) <= LINES.lead_max_words


def _title_lines(block: Block) -> list[str] | None:
    """The block's lines (``_plain_lines``) when every one is title-shaped, else None."""
    lines = _plain_lines(block)
    return lines if all(title_shaped(line) for line in lines) else None


def _list_lead(block: Block, vocab: LineVocabulary) -> tuple[str, str | None, list[str]] | None:
    """(its lead line, the related head it opens with or None, its other lines) when the block may lead a related
    title list by itself: a short lead line, a related head or a generic lead ("Read more:", a heading), every
    other line title-shaped; else None. (A test of the block alone: the list's items come after it.)"""
    if block.type not in ("paragraph", "heading", "list_item") or len(block.plain) > LINES.list_block_max_chars:
        return None
    first = block.text[:LINES.list_block_max_chars].lstrip().split("\n", 1)[0]
    if len(first) > 3 * LINES.lead_max_chars or len(first.split()) > 3 * LINES.lead_max_words:
        return None  # (the first line's markup is cut below: a line this long is no lead with it)
    lead = _plain_line(first) or block.plain.strip()
    if not _lead_shaped(lead):
        return None
    head = related_head(lead, vocab)
    generic = head is None and (block.type == "heading" or lead.endswith((":", "："))) \
        and not any(w in vocab.not_list_words for w in _norm(lead).strip(":： ").split())
    if head is None and not generic:
        return None
    lines = _plain_lines(block)
    if lines[0] != lead:
        return None  # (a first line of markup only)
    inner = lines[1:] if block.type != "heading" else []
    if inner and not all(title_shaped(line) for line in inner):
        return None
    return lead, head, inner


def _title_items(blocks: list[Block], start: int, found,
                 lines_of=_title_lines) -> list[tuple[int, list[str]]]:
    """From ``start`` on: the blocks whose every line is title-shaped, with their lines; a block another detector
    found something else in ends them (``found(j)``: "Crédits : Agence Exemple" after the titles is a credit).
    ``lines_of``: ``_title_lines`` (or the same, its answers kept)."""
    items: list[tuple[int, list[str]]] = []
    for j in range(start, len(blocks)):
        block = blocks[j]
        if block.type not in ("paragraph", "list_item") or found(j):
            break
        if items and block.type != blocks[items[0][0]].type:
            break  # a list is of one kind of block ("What could have happened?" over two list items is no list)
        lines = lines_of(block)
        if lines is None:
            break
        items.append((j, lines))
        if len(items) > LINES.max_titles:
            return []  # a long list is the article's (and the scan stays linear in the document)
    return items


#: A line of a specification or a definition list: a short label, a colon, a value ("OS: Windows 10", "SKU: NK2").
_SPEC = compile_pattern(r"^[^:：\s]+(?:\s[^:：\s]+)?\s?[:：]\s")


def _specification(lines: list[str]) -> bool:
    """Whether half of the lines or more are "label: value" lines: a specification, not titles."""
    return 2 * sum(bool(_SPEC.match(line)) for line in lines) >= len(lines)


#: A token of code or of a tool's output, not a word of a title: a path or a product with its version
#: ("Python/3.9.2", "C:\\Temp"), a dotted version ("6.0.0"), an address ("10.0.0.1", "13[.]90.77.93"), a hash, a
#: flag or an assignment ("--force", "key=value"), an identifier with underscores or braces.
_CODE_TOKEN = compile_pattern(r"\w[/\\]\w|\d+\.\d+\.\d+|\d{1,3}(?:\[?\.\]?\d{1,3}){3}|^(?=\S*\d)(?=\S*[a-f])[0-9a-f]{8,}$"
                            r"|^--?\w|\w=|[{}<>]|\w_\w", regex.IGNORECASE)


def _code_lines(lines: list[str]) -> bool:
    """Whether half of the lines or more are code or a tool's output (md30): half of a line's tokens or more are
    ``_CODE_TOKEN`` ("Boto3/1.26.45 Python/3.9.2 Linux/6.0.0-amd64", "13[.]90.77.93"): user agents, paths, versions,
    addresses listed in a report are its content, never a related list's titles."""
    def code(line: str) -> bool:
        tokens = line.split()
        return bool(tokens) and 2 * sum(bool(_CODE_TOKEN.search(t)) for t in tokens) >= len(tokens)
    return 2 * sum(map(code, lines)) >= len(lines)


def _similar(lines: list[str]) -> bool:
    lengths = [len(line) for line in lines]
    return max(lengths) <= LINES.title_length_ratio * min(lengths)


def _block_share(block: Block, vocab: LineVocabulary) -> tuple[ShareTokens | None, Finding | None]:
    """A block's ``share_tokens`` and ``share_bar`` (as ``line_findings`` asks them)."""
    tokens = share_tokens(block.plain, vocab) if len(block.plain) <= LINES.share_max_chars else None
    return tokens, share_bar(block, vocab, tokens) if tokens is not None else None


def line_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                  body_length: int = BODY_LENGTH, *, memo=None) -> list[list[Finding]]:
    """``findings`` with the findings of this module added (strongest first). ``memo``: the document's
    ``sites.apply.ShapePage`` (the one-block tests on a site's recurring blocks looked up), or None."""
    allowed = set(kinds) if kinds is not None else None
    if allowed is not None and not allowed & {"related", "call_to_action", "source_credit"}:
        return findings
    vocab = vocabulary()
    share_of = _block_share if memo is None else memo.wrap(_block_share, "lines.share")
    lead_of = _list_lead if memo is None else memo.wrap(_list_lead, "lines.list_lead")
    lines_of = _title_lines if memo is None else memo.wrap(_title_lines, "lines.title_lines")
    credit_of = credit_line if memo is None else memo.wrap(credit_line, "lines.credit_line")
    n = len(blocks)
    added: list[list[Finding]] = [[] for _ in range(n)]
    body = [i for i, b in enumerate(blocks) if b.type in ("paragraph", "quote") and len(b.plain) >= body_length
            and not findings[i]]
    last_body = body[-1] if body else -1
    # share bars and credit lines: one line each
    credits: list[tuple[int, Finding]] = []
    shared: list[ShareTokens | None] = [None] * n
    gated = gates(blocks, vocab, memo)
    share_blocks, credit_blocks = gated if gated is not None else (range(n), range(n))
    for i in sorted(set(share_blocks) | set(credit_blocks)) if gated is not None else range(n):
        block = blocks[i]
        if block.type in ("code", "rule", "front_matter", "table") or not block.plain.strip():
            continue
        if i in share_blocks:
            tokens, found = share_of(block, vocab)
            shared[i] = tokens
            if found is not None:
                added[i].append(found)
        credit = credit_of(block, vocab) if i in credit_blocks else None
        if credit is not None:
            credits.append((i, credit))
    if len(credits) < LINES.credit_max_per_document:  # more: a roundup credits each of its items ("via X")
        for i, credit in credits:
            added[i].append(credit)

    def opens(j: int, kind: str, members: int) -> bool:
        """Whether a cue heading of ``kind`` at ``j`` opens a section that takes the ``members`` blocks after it
        (decision.claim_sections: a heading of two words or more, at most ``LINES.section_blocks`` blocks): the
        decision takes them already, as the heading's section."""
        return 0 <= j < n and members <= LINES.section_blocks and len(blocks[j].plain.split()) >= 2 \
            and any(f.opens_section and f.kind == kind for f in findings[j])

    # share bars as a run of one-word lines ("Facebook" / "Twitter" / "Email" / "Print"); before the first body
    # paragraph not under a share heading's section ("Share this:"), which takes them already: three findings there
    # would stop the title's search (result.find_title_index skips three structural blocks)
    next_start = 0
    for i in sorted(share_blocks) if gated is not None else range(n):  # (a line of a run is a line with tokens)
        if i < next_start or shared[i] is None:
            continue
        run, shares, plain, tokens = [], 0, 0, 0
        j = i
        while j < n:
            item = _share_item(blocks[j], shared[j])
            if item is None:
                break
            run.append(j)
            shares, plain, tokens = shares + item.shares, plain + item.plain_shares, tokens + item.tokens
            j += 1
        head = bool(run) and (not body or run[-1] < body[0])  # before the first body paragraph: the title's search
        if len(run) >= 2 and (plain or shares >= 2) and tokens >= LINES.share_run_min_tokens \
                and not (head and (opens(run[0] - 1, "call_to_action", len(run))
                                   or opens(run[0], "call_to_action", len(run) - 1))):
            for k in run:
                added[k].append(_finding("call_to_action.share_line", f"a share bar of {len(run)} lines",
                                         len(blocks[k].plain)))
        next_start = max(j, i + 1)
    # related title lists
    texts: list[str] = []

    def other_kind(j: int) -> bool:
        return any(f.kind != "related" for f in findings[j] + added[j])

    def whole() -> str:
        """The article's folded text (each block's in ``texts``), made once."""
        if not texts:
            texts.extend(fold(b.plain) for b in blocks)
            texts.append("\n".join(texts))
        return texts[n]

    def named_elsewhere(titles: list[str], members: set[int]) -> bool:
        """Whether a title is in another block of the article: its own headings (a table of contents)."""
        article = whole()
        return any(article.count(t) > sum(texts[k].count(t) for k in members) for t in map(fold, titles))

    def elsewhere(pattern: regex.Pattern, members: set[int]) -> bool:
        """Whether ``pattern`` is found in a block of the article that is not one of ``members``."""
        return len(pattern.findall(whole())) > sum(len(pattern.findall(texts[k])) for k in members)

    for i, block in enumerate(blocks):
        opened = lead_of(block, vocab)
        if opened is None:
            continue
        lead, head, inner = opened
        items = _title_items(blocks, i + 1, other_kind, lines_of)
        titles = inner + [line for _, ls in items for line in ls]
        if len(titles) < 2 or not _similar(titles) or _specification(titles) or _code_lines(titles):
            continue
        last = items[-1][0] if items else i
        members = {i} | {j for j, _ in items}
        if named_elsewhere(titles, members):
            continue  # the article's own headings: a table of contents
        if sum(_word_count(t) for t in titles) < LINES.title_min_mean_words * len(titles):
            continue  # short items: names, products, book titles, ingredients
        if head is not None:
            cue = f"related lead '{head}' over {len(titles)} title(s)"
            variant = ""
        else:
            cased = [t for t in titles if not _UNCASED.search(t)]
            if len(cased) < len(titles) or sum(map(headline_case, cased)) < len(cased) or last_body < 0 \
                    or body[-1] > last or i < last_body:
                continue  # any wording: title-case items at the end of the article only
            if sum(_word_count(t) for t in titles) < LINES.generic_min_mean_words * len(titles):
                continue
            lead_words = {w.casefold() for w in _WORDS.findall(lead) if len(w) >= 4}
            if any(elsewhere(regex.compile(rf"(?<!\w){regex.escape(w)}(?!\w)"), members) for w in lead_words):
                continue  # the lead speaks of the article's subject ("My favourite books:")
            cue = f"a lead line '{' '.join(lead.split())[:30]}' over {len(titles)} title(s) at the end"
            variant = "generic"
        for k in sorted(members):
            added[k].append(_finding("related.title_list", cue, len(blocks[k].plain), variant))
    # title items right after another removal at the end, with no lead
    i = max(last_body, 0)
    while i + 1 < n:
        i += 1
        if not (findings[i - 1] or added[i - 1]) or findings[i] or added[i]:
            continue
        items = _title_items(blocks, i, other_kind, lines_of)
        if items:
            i = items[-1][0]  # (the next candidate comes after these items)
        titles = [line for _, ls in items for line in ls]
        if len(titles) < 2 or not _similar(titles) or _specification(titles) or _code_lines(titles) \
                or (body and body[-1] > items[-1][0]) \
                or any(_UNCASED.search(t) for t in titles) \
                or sum(_word_count(t) for t in titles) < LINES.title_min_mean_words * len(titles):
            continue  # (titles in a script without case: too little shape to tell a title from a note)
        if named_elsewhere(titles, {i} | {k for k, _ in items}):
            continue
        for k, _ in items:
            if not added[k]:
                added[k].append(_finding("related.title_list", "title-shaped items after a removal at the end",
                                         len(blocks[k].plain), "after_removal"))
    result = []
    for i, found in enumerate(findings):
        if not added[i]:
            result.append(found)
            continue
        extra = [f for f in added[i] if (allowed is None or f.kind in allowed) and f.strength > 0
                 and not any(g.kind == f.kind and g.strength >= f.strength for g in found)]
        result.append(sorted(found + extra, key=lambda f: -f.strength) if extra else found)
    return result


def reading_list_member(block: Block) -> bool:
    """A block with no link whose every line is a work with its author ("Middlemarch by George Eliot", "Le Horla
    (Maupassant)") or a bibliography entry (``REFERENCE_LIKE``): a member of a reading list or a bibliography, the
    article's own content, not a list of related links (``decision.claim_sections``)."""
    if block.links:
        return False
    return all(_BY_AUTHOR.search(line) or REFERENCE_LIKE.search(line) for line in _plain_lines(block))
