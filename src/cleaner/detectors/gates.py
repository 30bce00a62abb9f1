"""A page's login / cart / account box and a document archive's record card and download gate, by their lines
(caption32; probeH half A families F5 and F2).

A page's text prints such a box as a run of short lines made of a form's labels ("E-mail", "Password", "Remember
me", "Register | Forgot password?", "Scan with WeChat to log in"), a shop's box ("0 items, total 0 €"), a file's
record ("ID: 1456059  Size: 7.21 MB  Pages: 90", "35 pages, grade: 1.3", "Format: DOC  Points: 10") and its
download gate ("Download the full version (.docx) (14 pages)", "Join VIP, free download"). The words are data
(``data/gates.json``, per language); the shapes are these. Each line of a block (at most ``GATES.block_max_chars``)
is one of:

- **form**: at most ``GATES.form_max_chars``, and form labels cover at least ``GATES.form_cover`` of its letters;
- **cart**: a zero count ("0") with a cart word, and a currency or a second cart word;
- **card**: file metrics (a size in KB / MB, a page count, a file format, an id, points / coins) of two kinds, or
  one and nothing else but short label / number parts ("35 Seiten, Note: 1,3"), no sentence;
- **gate**: a download / preview / full-version word with a metric (a format alone is not one: "…文档下载.doc" is a
  file's title), or with a second such word and a format or no sentence, at most ``GATES.gate_max_chars``;
- *support*: a line with two form labels or a gate word that is none of those (a sentence of the box's help text);
  *short*: at most ``GATES.short_max_words`` words and no sentence end (a menu's item in the same run).

A block is a box when it has ``GATES.min_lines`` such lines (form, cart, card, gate), ``GATES.min_share`` of its lines
at least, and its other lines are short or support but for at most ``GATES.box_other_share`` of its lines (a
payment's or a share line); a line with code's characters ("=", brackets, a quoted word) is none of them (a code
sample cut into lines names "username" and "login"); a block of one such line when it sits before the article's first paragraph of prose or next to a box; a
block of support lines (and short ones) next to a box, most of its lines. Findings: ``call_to_action.account_box``
(form and cart lines the most), ``call_to_action.download_gate`` (gate lines), ``navigation.document_card`` (card
lines). What stays: an article about passwords or downloads in full sentences (no line is form-shaped; support lines
alone never make a box), a paper's own "35 pages" in a sentence, a price list without a zero and a cart word. Cost:
one search of the vocabulary on each block of at most ``GATES.block_max_chars`` (a WET page's one block is longer:
not read).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..model import Block, Finding
from ..rules import GATES
from .base import reaches, rule_finding, with_finding
from .structure import BlocksView, edges_of

RULES = {"form": "call_to_action.account_box", "cart": "call_to_action.account_box",
         "gate": "call_to_action.download_gate", "card": "navigation.document_card"}
_UNSPACED = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
_LETTERS = compile_pattern(r"[\p{L}\p{M}]")
_SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
_ZERO = re.compile(r"(?<![\d.,])0(?![\d.,]\d)")
_SIZE = re.compile(r"\d[\d.,]*\s?(?:kb|mb|gb|кб|мб|ko|mo)\b")
_NUMBER = re.compile(r"\d")
_CODE = re.compile(r"[=\[\]{}<>;`]|['\"]\w+['\"]|\w\.\w+\(|^\)|\($")


class _Terms:
    """Terms found in a case-folded text by one automaton pass, on word edges for a term of a script with spaces
    (the longest at each end; as a regex alternation with look-arounds this cost 0.16 ms a line on WET pages)."""

    def __init__(self, terms: list[str]):
        self._automaton = ahocorasick.Automaton()
        for term in {t.casefold() for t in terms}:
            self._automaton.add_word(term, (term, _UNSPACED.search(term) is not None))
        self._automaton.make_automaton()

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for end, (term, unspaced) in self._automaton.iter(text):
            start = end - len(term) + 1
            if not unspaced and ((start > 0 and _WORDISH(text[start - 1])) or
                                 (end + 1 < len(text) and _WORDISH(text[end + 1]) and term[-1].isalnum())):
                continue
            spans.append((start, end + 1))
        found: list[tuple[int, int]] = []  # overlapping matches as one ("forgot password" holds "password")
        for start, end in sorted(spans):
            if found and start < found[-1][1]:
                found[-1] = (found[-1][0], max(end, found[-1][1]))
            else:
                found.append((start, end))
        return found

    def search(self, text: str) -> bool:
        """Whether a term is in ``text`` on its word edges (the first one found ends the search)."""
        for end, (term, unspaced) in self._automaton.iter(text):
            start = end - len(term) + 1
            if unspaced or not ((start > 0 and _WORDISH(text[start - 1])) or
                                (end + 1 < len(text) and _WORDISH(text[end + 1]) and term[-1].isalnum())):
                return True
        return False

    def findall(self, text: str) -> list[tuple[int, int]]:
        return self.spans(text)


def _WORDISH(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


@dataclass(frozen=True)
class _Vocab:
    form: _Terms
    cart: _Terms
    currency: "regex.Pattern[str]"
    pages: "regex.Pattern[str]"
    points: "regex.Pattern[str]"
    formats: "regex.Pattern[str]"
    ids: "regex.Pattern[str]"
    gate: _Terms
    any: _Terms  # every word above


def _alternation(terms) -> str:
    parts = []
    for term in sorted({t.casefold() for t in terms}, key=lambda t: (-len(t), t)):
        escaped = regex.escape(term)
        if _UNSPACED.search(term):
            parts.append(escaped)
        else:  # on word edges in a script with spaces
            parts.append(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){escaped}(?![\p{{L}}\p{{M}}])")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    data = read_json("gates.json")

    def flat(key: str) -> list[str]:
        value = data[key]
        return [t for terms in value.values() for t in terms] if isinstance(value, dict) else list(value)

    def compiled(terms: list[str]) -> "_Terms":
        return _Terms(terms)

    number = r"\d[\d.,]*\s?"
    pages = compile_pattern(rf"{number}(?:{_alternation(flat('metric_pages'))})|(?:{_alternation(flat('metric_pages'))})"
                          rf"\s?[:：]?\s?\d+")
    points = compile_pattern(rf"{number}(?:{_alternation(flat('metric_points'))})|(?:{_alternation(flat('metric_points'))})"
                           rf"\s?[:：]\s?\d+")
    formats = compile_pattern(rf"\.(?:{'|'.join(flat('formats'))})\b|(?<![\p{{L}}.])(?:{'|'.join(flat('formats'))})"
                            rf"(?![\p{{L}}])")
    ids = compile_pattern(rf"(?:{_alternation(flat('id_labels'))})\s?[:：#]\s?\d{{3,}}")
    everything = flat("form") + flat("cart") + flat("gate") + flat("metric_pages") + flat("metric_points") \
        + flat("formats") + flat("id_labels")
    # the gate before the line classes: any of the words on its word edges, or a file size
    return _Vocab(compiled(flat("form")), compiled(flat("cart")), compile_pattern(_alternation(flat("currency"))),
                  pages, points, formats, ids, compiled(flat("gate")), compiled(everything))


def _letters(text: str) -> int:
    return len(_LETTERS.findall(text))


def _metrics(line: str, vocab: _Vocab) -> set[str]:
    found = set()
    if _SIZE.search(line):
        found.add("size")
    if vocab.pages.search(line):
        found.add("pages")
    if vocab.points.search(line):
        found.add("points")
    if vocab.formats.search(line):
        found.add("format")
    if vocab.ids.search(line):
        found.add("id")
    return found


def _short(line: str) -> bool:
    if _SENTENCE_END.search(line):
        return False
    if not line.isascii() and _UNSPACED.search(line):
        return len(line) <= GATES.short_max_unspaced
    return len(line.split()) <= GATES.short_max_words


def line_class(line: str, vocab: _Vocab | None = None) -> str:
    """"form", "cart", "card", "gate", "support", "short" or "" (a line of the article's or of nothing known)."""
    vocab = vocab or _vocab()
    folded = line.casefold().strip(" \t•·*-–|>")
    if not folded:
        return "short"
    if not vocab.any.search(folded) and not _SIZE.search(folded):
        return "short" if _short(line.strip()) else ""  # (most lines of a block the gate let in: no box word)
    if _CODE.search(folded):
        return ""  # a line of code cut into lines ("self.username = username", "['user']['login']"): no form's label
    forms = vocab.form.spans(folded)
    if forms and len(folded) <= GATES.form_max_chars:
        covered = sum(_letters(folded[a:b]) for a, b in forms)
        if covered >= GATES.form_cover * max(1, _letters(folded)):
            return "form"
    carts = vocab.cart.findall(folded)
    if carts and _ZERO.search(folded) and len(folded) <= GATES.form_max_chars \
            and (vocab.currency.search(folded) or len(carts) >= 2):
        return "cart"
    metrics = _metrics(folded, vocab) if _NUMBER.search(folded) or "." in folded else set()
    gates = vocab.gate.findall(folded)
    if gates and len(folded) <= GATES.gate_max_chars and (
            metrics - {"format"} or len(gates) >= 2 and (metrics or not _SENTENCE_END.search(folded))):
        return "gate"
    if metrics and len(folded) <= GATES.card_max_chars and not _SENTENCE_END.search(folded):
        if len(metrics) >= 2:
            return "card"
        parts = [p for p in re.split(r"[,;|•·]|\s{3,}", folded) if p.strip()]
        if len(parts) >= 2 and all(_NUMBER.search(p) and len(p.split()) <= 3 for p in parts):
            return "card"
    if len(forms) >= 2 or gates:
        return "support"
    return "short" if _short(line.strip()) else ""


def _box(classes: list[str]) -> str | None:
    """The rule of a block whose line classes make a box (``GATES.min_lines`` box lines, the rest short or support),
    or None."""
    strong = [c for c in classes if c in RULES]
    if len(strong) < GATES.min_lines or len(strong) < GATES.min_share * len(classes) \
            or classes.count("") > GATES.box_other_share * len(classes):
        return None
    return _rule_of(strong)


def _rule_of(strong: list[str]) -> str:
    counts = {rule: 0 for rule in RULES.values()}
    for c in strong:
        counts[RULES[c]] += 1
    return max(counts, key=lambda rule: (counts[rule], rule))


def gate_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                  body_length: int = 120, *, view: BlocksView | None = None) -> list[list[Finding]]:
    """``findings`` with the boxes' findings added (strongest first). ``view``: the document's
    ``structure.BlocksView``."""
    if kinds is not None and not ({"call_to_action", "navigation"} & set(kinds)):
        return findings
    vocab = _vocab()
    n = len(blocks)
    classes: list[list[str] | None] = [None] * n
    read = [False] * n

    def classify(i: int) -> list[str] | None:
        """Block ``i``'s line classes, read once (None: a block the gate keeps out)."""
        if not read[i]:
            read[i] = True
            block = blocks[i]
            text = block.text
            if block.type in ("paragraph", "list_item", "heading") and len(text) <= GATES.block_max_chars \
                    and (vocab.any.search(folded := text.casefold()) or _SIZE.search(folded)):
                classes[i] = [line_class(line, vocab) for line in text.split("\n") if line.strip()]
        return classes[i]

    # a block of one line inside the article can only be taken next to a taken block (a box needs
    # ``GATES.min_lines`` lines; a single line, the head before the first paragraph of prose or a neighbour; help
    # lines, a neighbour): such blocks are read only then (a bench body's paragraphs: none read)
    first, _ = edges_of(blocks, body_length, view)
    for i in range(n):
        if i < first or "\n" in blocks[i].text:
            classify(i)
    if not any(c and any(k in RULES or k == "support" for k in c) for c in classes):
        return findings
    taken: dict[int, tuple[str, str]] = {}
    for i, found in enumerate(classes):
        if found:
            rule = _box(found)
            if rule is not None:
                taken[i] = (rule, "")
    # one box line alone: before the article's first paragraph of prose; or, as the help lines of a box, next to one
    changed = True
    while changed:
        changed = False
        for i in range(n):
            if i in taken:
                continue
            beside = (i - 1) in taken or (i + 1) in taken
            found = classify(i) if beside or read[i] else None
            if not found:
                continue
            strong = [c for c in found if c in RULES]
            rest_ok = all(c in RULES or c in ("short", "support") for c in found)
            if strong and rest_ok and (i < first or beside):
                taken[i] = (_rule_of(strong), "single")
                changed = True
            elif beside and not strong and found.count("support") >= GATES.help_min_lines and \
                    sum(c in ("short", "support") for c in found) >= GATES.help_share * len(found):
                taken[i] = ("call_to_action.download_gate" if any(vocab.gate.search(line.casefold()) for line in
                                                                  blocks[i].text.split("\n"))
                            else "call_to_action.account_box", "help")
                changed = True
    if not taken:
        return findings
    if kinds is not None:
        taken = {i: v for i, v in taken.items() if v[0].split(".")[0] in kinds}
    out = list(findings)
    for i, (rule, variant) in taken.items():
        if reaches(out[i], GATES.defer_strength):
            continue  # a detector that names the block already ("Login | Register | Search": a menu) says it
        kind = rule.split(".")[0]
        cue = f"{'a box' if not variant else 'a line' if variant == 'single' else 'help lines'} of " \
              f"{'a login / cart form' if 'account' in rule else 'a download gate' if 'gate' in rule else 'a file record'}"
        out[i] = with_finding(out[i], rule_finding(kind, rule, cue, len(blocks[i].plain), variant))
    return out
