"""A learned block scorer for short pasted documents (issue 11, branch blockml40): plain text or Markdown excerpts of
a few dozen lines whose paragraphs are parted by blank lines, where no detector fired on a site's labels, teaser
titles and prompts and the line model (``line_model.py``: a page's own lines, page-wide features) never looks.

Each kept block is scored from shapes, never words of the data (docs/structure.md, "A learned block scorer"):

- **the block alone**: its words and spaced length (log), lines, sentence ends (the last character and how many
  inside), capitals / title-case words / digits / punctuation shares, a web address / e-mail / handle shape, a
  closing ":", menu separators, function-word density over ``data/stopwords.json`` (none for a script without
  spaces), its type (heading, list item) and link density;
- **its kin with the article**: the share of its content terms (``line_model.content_terms``) found in the
  document's other prose blocks; a block printed twice (exactly) or another short block of its coarse shape;
- **where it stands**: its index from the document's first and last block (absolute, clipped at
  ``BLOCK_MODEL.clip``: never a share of the document's length), the blocks to the nearest prose block, whether
  the decision puts it in the head / tail zone;
- **its neighbours**: the previous and next block's length and sentence end;
- **the decision so far** (it runs as a decision pass): its previous / next block removed, the strength of its own
  strongest finding (one under its zone's threshold: weak evidence), prose-sized.

The model is boosted depth-limited trees (``benchmarks/train_block_model.py``, the line model's trainer
``train_line_model.tree_fit``), scored by the line model's ``tree_logit`` over ``data/block_model.json``.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..datafiles import read_json
from ..model import Block
from ..rules import BLOCK_MODEL
from ..scripts import spaced_length, word_count
from .edge_chrome import strong_label
from .line_model import _ENDS, _SEPARATORS, char_profile, content_terms, tree_cue, tree_logit

#: a web address, an e-mail address or a handle
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w|https?://|www\.|\.(?:com|org|net|html?)\b|(?<!\w)@\w", re.IGNORECASE)
#: a sentence's end inside a block
_INNER_END = re.compile(r"[.!?。！？](?=\s|$)")
_DIGIT = re.compile(r"\d")

#: the feature names, in the model file's order (checked when read)
OWN = ("words", "chars", "lines", "sentence_end", "sentences", "caps", "title_words", "digits", "punct", "address",
       "colon_end", "separators", "stop_density", "unspaced", "heading", "list_item", "link_density", "overlap",
       "repeated", "same_shape")
PLACE = ("from_head", "from_tail", "to_prose", "edge_zone", "prose")
NEAR = ("prev_len", "next_len", "prev_end", "next_end")
CONTEXT = ("prev_removed", "next_removed", "strength", "markdown")
FEATURES = OWN + PLACE + NEAR + CONTEXT
#: the features every block of a document shares (no cue: they say nothing about the block)
_PAGE_WIDE = frozenset(("markdown",))


@lru_cache(maxsize=1)
def model() -> dict:
    """``data/block_model.json``: the trees (``line_model.tree_logit``'s format), the threshold, the CV figures."""
    data = read_json("block_model.json")
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/block_model.json was trained on other features: run benchmarks/train_block_model.py")
    return data


def _shape(text: str) -> str:
    """A short block's coarse shape: each word's case and digits, its length's power of two."""
    words = text.split()
    cases = "".join("0" if _DIGIT.match(w) else "A" if w[:1].isupper() else "a" if w[:1].isalpha() else "."
                    for w in words[:6])
    return f"{cases}|{len(text).bit_length()}|{int(text[-1:] in _ENDS)}"


def _own(block: Block) -> list[float]:
    text = block.plain.strip()
    n = len(text)
    if not n:
        return [0.0] * len(OWN[:-3])
    letters, digits, upper, punct, unspaced, words, titled, stop = char_profile(text)
    return [
        math.log1p(word_count(text)), math.log1p(spaced_length(text)), min(text.count("\n") + 1, 10),
        1.0 if text[-1] in _ENDS else 0.0, min(len(_INNER_END.findall(text)), 5),
        upper / letters if letters else 0.0, titled / len(words) if words else 0.0, digits / n, punct / n,
        1.0 if _ADDRESS.search(text) else 0.0, 1.0 if text[-1] in ":：" else 0.0,
        min(len(_SEPARATORS.findall(text)), 3) / 3, stop, 1.0 if unspaced else 0.0,
        1.0 if block.type == "heading" else 0.0, 1.0 if block.type == "list_item" else 0.0,
        min(block.link_density, 1.0),
    ]


def rows(blocks: list[Block], indexes: list[int], prose: list[bool], removed: list[bool], strength: list[float],
         edge: list[bool], markdown: bool) -> list[list[float]]:
    """The ``FEATURES`` rows of ``blocks[i]`` for each i of ``indexes`` (the blocks the pass scores); ``prose``: the
    decision's body-sized blocks; ``removed``: removed so far; ``strength``: each block's strongest finding's (0
    without one); ``edge``: in the head or tail zone."""
    n = len(blocks)
    clip = BLOCK_MODEL.clip
    texts = [b.plain.strip() for b in blocks]
    keys = [" ".join(t.casefold().split()) for t in texts]
    counts: dict[str, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    short = [len(t) <= BLOCK_MODEL.shape_chars and bool(t) for t in texts]
    shapes = [_shape(t) if s else "" for t, s in zip(texts, short)]
    shape_counts: dict[str, int] = {}
    for shape in shapes:
        if shape:
            shape_counts[shape] = shape_counts.get(shape, 0) + 1
    prose_at = [i for i in range(n) if prose[i] and not removed[i]]
    in_prose: dict[str, int] = {}  # a content term -> how many of the kept prose blocks hold it
    prose_terms: dict[int, set[str]] = {}
    for k in prose_at:
        prose_terms[k] = content_terms(texts[k])
        for term in prose_terms[k]:
            in_prose[term] = in_prose.get(term, 0) + 1
    out = []
    for i in indexes:
        own = _own(blocks[i])
        terms = prose_terms[i] if i in prose_terms else content_terms(texts[i])
        overlap = -1.0
        if terms:  # (the share of its terms another prose block holds: its own prose block's count less one)
            mine = 1 if i in prose_terms else 0
            overlap = sum(1 for t in terms if in_prose.get(t, 0) > mine) / len(terms)
        others = [abs(k - i) for k in prose_at if k != i]
        prev = texts[i - 1] if i > 0 else ""
        nxt = texts[i + 1] if i + 1 < n else ""
        out.append(own + [
            overlap, 1.0 if keys[i] and counts[keys[i]] > 1 else 0.0,
            1.0 if shapes[i] and shape_counts[shapes[i]] > 1 else 0.0,
            min(i, clip), min(n - 1 - i, clip), min(min(others), clip) if others else clip + 1,
            1.0 if edge[i] else 0.0, 1.0 if prose[i] else 0.0,
            math.log1p(spaced_length(prev)) if prev else 0.0, math.log1p(spaced_length(nxt)) if nxt else 0.0,
            1.0 if prev and prev[-1] in _ENDS else 0.0, 1.0 if nxt and nxt[-1] in _ENDS else 0.0,
            1.0 if i > 0 and removed[i - 1] else 0.0, 1.0 if i + 1 < n and removed[i + 1] else 0.0,
            strength[i], 1.0 if markdown else 0.0,
        ])
    return out


def anchor(text: str) -> bool:
    """A block no article ends with (the tail's anchor, the line model's): a rights sign, a web or e-mail address or
    a handle, a strong label (items between separators, a widget's labels)."""
    return "©" in text or _ADDRESS.search(text) is not None or strong_label(text)


#: an item's list marker at a block's start: "+", "-", "*", "•" ... or a number ("1.", "2)")
_MARKER = re.compile(r"^(?:([+*•·▪◦‣–—-])|\d{1,3}[.)])\s+\S")
#: a sentence's end at a block's end (not a closing bracket: "Tools (Web image databases)" is a label)
_SENTENCE = re.compile(r"[.!?。！？]['\"”»’]?$")
#: a "Label: rest" line's lead (the words before its ":")
_KEYED = re.compile(r"^([^:：\n]{1,40})[:：]\s*\S")


def marker(text: str) -> str:
    """The list marker ``text`` opens with ("+", "-", "•" ...; "1" for a number), "" without one."""
    m = _MARKER.match(text)
    if m is None:
        return ""
    return m.group(1) or "1"


def address(text: str) -> bool:
    """A web or e-mail address or a handle in ``text``."""
    return _ADDRESS.search(text) is not None


def keyed(text: str, lead_words: int) -> bool:
    """``text`` reads "Label: rest" with a lead of at most ``lead_words`` words ("CATEGORIES: ...", "Chapter 3:
    ...")."""
    m = _KEYED.match(text)
    return m is not None and len(m.group(1).split()) <= lead_words


def shape_class(text: str, prose: bool) -> str:
    """A block's coarse class in a run of entries: "P" prose, "U" an address, "S" a short sentence, "K" a "Label:
    value" line, "L" a label; "" for an empty block."""
    if not text:
        return ""
    if prose:
        return "P"
    if _ADDRESS.search(text) and len(text.split()) <= 3:
        return "U"
    if _SENTENCE.search(text):
        return "S"
    return "K" if keyed(text, BLOCK_MODEL.kicker_lead_words) else "L"


def score(row: list[float]) -> float:
    """The trees' probability that the block is boilerplate."""
    z = tree_logit(row, model())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def cue(row: list[float]) -> str:
    """The features that raised the block's score most (Saabas' attribution over the trees' paths)."""
    return tree_cue(row, model(), FEATURES, _PAGE_WIDE)
