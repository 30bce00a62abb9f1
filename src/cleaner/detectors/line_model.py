"""A learned, language-independent line scorer for a page's text (issue 11, branch linemodel30). OFF by default
(``rules.LINE_MODEL.enabled``): it raises every WET set's F1 but loses more gold lines than the project's bar allows
(docs/benchmarks.md, "linemodel30").

A crawler's text of a page (WET: a line per element) prints the site's chrome around the article: its name, menus,
bylines, dates, counters, widgets, related titles, promo lines. jusText and boilerpipe classify such lines from a few
shallow features; this module does the same with a logistic regression learned from the tuned bench sets' pages
(``benchmarks/train_line_model.py``: cleaneval, scrapinghub, readability rendered by ``cleaner.sites.html_lines``, a
line boilerplate when it is not in the page's gold). The features are shapes, never words of the data: a line's
length, its words, its shares of letters / digits / punctuation / capitals, a sentence's end, separators, function
word density (``data/stopwords.json``, every listed language at once), an e-mail / URL / date / count shape, its
relative position and its distance to the page's densest run of prose, its neighbours' lengths and shapes, whether it
is repeated in the page (docs/structure.md). A second stage (linemodel31: jusText's context pass, learned) scores
the line again from those features and its four neighbours' first-stage logits. The weights, the scaling and the
threshold are ``data/line_model.json``; the inference is plain Python (no numpy at run time). tree39: the same
features scored by boosted depth-limited trees instead (``LINE_MODEL.scorer`` "trees", the default;
``data/line_model_trees.json``, ``train_line_model.py --trees``): ``tree_logit``, its cue ``tree_cue``, its thresholds
in its file (``thresholds``); the runs and their guards are the same.

Where it is used (``edge_runs``): only on a page's own lines (the line cut's paragraphs of plain text, or a page whose
lines are blocks), only at the edges: the run from the page's first line down to the article's title, and from its
last line up to its densest run of prose, each line scored over the model's threshold, a short line under it between
two scored ones going with them (jusText's context); the run stops at the first other line, never enters the run of
prose, and the tail's run needs an anchor. Each removal is ``navigation`` (the page's chrome), rule
``line_model.head`` / ``line_model.tail``, its cue the features that weighed most, its confidence the score.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from ..datafiles import read_json
from ..model import Block, Finding
from ..rules import LINE_CUTS, LINE_MODEL, RULES
from ..scripts import UNSPACED, spaced_length, word_count
from .base import with_finding
from .edge_chrome import lines_page, strong_label, title_like

#: a line's end that closes a sentence
_ENDS = frozenset(".!?。！？…\"'»”’」』)")
#: separators of a menu, a breadcrumb, a trail
_SEPARATORS = re.compile(r"\s[|/»›·•>–—-]\s|[|»›·•]")
_EMAIL_URL = re.compile(r"[\w.+-]+@[\w-]+\.\w|https?://|www\.|\.(?:com|org|net|html?)\b", re.IGNORECASE)
_DATE = re.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d\d\b")
_WORD = re.compile(r"\w+")
_ASCII_DIGIT = re.compile(r"[0-9]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
#: a row of a table or a specification: a short label, then a colon and its value
_KEY_VALUE = re.compile(r"^[^:：]{1,24}[:：]\s*\S")

#: the feature names, in the model file's order (``data/line_model.json`` names them again: checked when read)
BASE = ("len", "words", "letters", "digits", "punct", "caps", "title_words", "sentence_end", "colon_end",
        "separators", "stop_density", "email_url", "date", "no_letter", "repeated", "prose")
NEIGHBOURS = (-2, -1, 1, 2)
FEATURES = BASE + ("rel_pos", "before_zone", "after_zone", "in_zone", "page_lines",
                   "zone_share", "prose_words", "same_shape") + tuple(f"{name}@{offset:+d}" for offset in NEIGHBOURS
                                          for name in ("len", "prose", "sentence_end", "letters", "stop_density"))


#: the second stage's own features (linemodel31, jusText's context pass learned): the first stage's logit of each
#: of the line's four neighbours (past the page's edge the nearest line). (The share of the page's lines of its
#: coarse shape, "alike", was tried: shaping every line of a WET page cost +0.15x there, dropped.)
STACK = tuple(f"z@{offset:+d}" for offset in NEIGHBOURS)
#: a first-stage logit is clipped to this (a neighbour's certainty weighs, never without bound)
_Z_CLIP = 8.0

_PROSE = BASE.index("prose")
_REPEATED = BASE.index("repeated")
#: the features every line of a page shares (no cue: they say nothing about the line)
_PAGE_WIDE = frozenset(("page_lines", "zone_share"))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    from ..language import function_words

    return frozenset(word.casefold() for word in function_words())


def char_profile(text: str) -> tuple[int, int, int, int, bool, list[str], int, float]:
    """A stripped, non-empty text's character counts, shared by the line and the block features: letters, digits,
    upper-case letters, the other non-space characters, whether it is in a script written without spaces, its
    words (split at spaces), the words opening with a capital or a digit, and its share of stop words (0 for an
    unspaced script)."""
    letters = digits = upper = spaces = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch.isupper():
                upper += 1
        elif ch.isdigit():
            digits += 1
        elif ch.isspace():
            spaces += 1
    punct = len(text) - letters - digits - spaces
    unspaced = not text.isascii() and UNSPACED.search(text) is not None
    words = text.split()
    titled = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    stop = 0.0
    if not unspaced:
        tokens = _WORD.findall(text.casefold())
        if tokens:
            stops = _stopwords()
            stop = sum(1 for t in tokens if t in stops) / len(tokens)
    return letters, digits, upper, punct, unspaced, words, titled, stop


def base_features(line: str, repeated: bool) -> list[float]:
    """The features of one line alone (``BASE``'s order)."""
    text = line.strip()
    n = len(text)
    if not n:
        return [0.0] * len(BASE)
    width = spaced_length(text)
    letters, digits, upper, punct, unspaced, words, titled, stop = char_profile(text)
    return [
        math.log1p(width), math.log1p(word_count(text)), letters / n, digits / n, punct / n,
        upper / letters if letters else 0.0, titled / len(words) if words else 0.0,
        1.0 if text[-1] in _ENDS else 0.0, 1.0 if text[-1] in ":：" else 0.0,
        min(len(_SEPARATORS.findall(text)), 3) / 3, stop,
        1.0 if _EMAIL_URL.search(text) else 0.0, 1.0 if digits and _DATE.search(text) else 0.0,
        0.0 if letters else 1.0, 1.0 if repeated else 0.0, 1.0 if width >= LINE_MODEL.prose_chars else 0.0,
    ]


def prose_zone(widths: list[int]) -> tuple[int, int] | None:
    """The page's densest run of prose (jusText's / CCNet's article): lines of at least ``prose_chars`` (spaced),
    grouped while at most ``zone_gap`` lines part them, the group of the most prose characters; (first, last) line
    indexes, or None without prose."""
    best: tuple[int, int] | None = None
    best_weight = 0
    start = last = -1
    weight = 0
    prose = LINE_MODEL.prose_chars
    gap = LINE_MODEL.zone_gap
    for i, width in enumerate(widths):
        if width < prose:
            continue
        if start < 0 or i - last > gap:
            start, weight = i, 0
        weight += width
        last = i
        if weight > best_weight:
            best_weight, best = weight, (start, last)
    return best


def content_terms(line: str) -> set[str]:
    """A line's content terms, in any language: its words of at least ``term_min_chars`` letters that are no function
    words (``data/stopwords.json``), casefolded; in a script without spaces (Han, Kana, Thai), its pairs of letters
    (CJK words are mostly two characters)."""
    text = line.casefold()
    terms: set[str] = set()
    stops = _stopwords()
    for word in _WORD.findall(text):
        if UNSPACED.search(word):
            letters = [ch for ch in word if ch.isalpha()]
            terms.update(a + b for a, b in zip(letters, letters[1:]))
        elif len(word) >= LINE_MODEL.term_min_chars and not word.isdigit() and word not in stops:
            terms.add(word)
    return terms


def _all_terms(line: str, into: set[str]) -> None:
    """Every word of ``line`` (casefolded; a script without spaces: its pairs of letters) into ``into``: the
    article's vocabulary, unfiltered (a line's ``content_terms`` are filtered already: the same membership, less
    work)."""
    for word in _WORD.findall(line.casefold()):
        if not word.isascii() and UNSPACED.search(word):
            letters = [ch for ch in word if ch.isalpha()]
            into.update(a + b for a, b in zip(letters, letters[1:]))
        else:
            into.add(word)


class PageLines:
    """A page's lines with their features computed lazily (only the lines the runs score, and their neighbours)."""

    def __init__(self, texts: list[str], widths: list[int] | None = None):
        self.texts = texts
        #: each line's spaced length (stripped; the line cut's own, when it hands them over)
        self.widths = widths if widths is not None else [spaced_length(text.strip()) for text in texts]
        self.zone = prose_zone(self.widths)
        self.total = sum(self.widths) or 1
        self._zone_share = (sum(self.widths[self.zone[0]:self.zone[1] + 1]) if self.zone is not None else 0) / self.total
        self._base: dict[int, list[float]] = {}
        self._counts: dict[str, int] | None = None
        self._vocabulary: frozenset[str] | None = None
        self._shapes: dict[int, tuple[bool, bool, bool, int]] = {}
        self._z: dict[int, float] = {}
        self._features: dict[int, list[float]] = {}

    def _terms_and_vocabulary(self, i: int) -> tuple[set[str], frozenset[str]]:
        terms = content_terms(self.texts[i])
        if self._vocabulary is None:
            first, last = self.zone if self.zone is not None else (0, -1)
            vocabulary: set[str] = set()
            for k in range(first, last + 1):
                if self.widths[k] >= LINE_MODEL.prose_chars:
                    _all_terms(self.texts[k], vocabulary)
            self._vocabulary = frozenset(vocabulary)
        return terms, self._vocabulary

    def overlap(self, i: int) -> float:
        """The share of line ``i``'s content terms found in the densest run of prose (0 without terms)."""
        terms, vocabulary = self._terms_and_vocabulary(i)
        return sum(1 for term in terms if term in vocabulary) / len(terms) if terms else 0.0

    def shape(self, i: int) -> tuple[bool, bool, bool, int]:
        """Line ``i``'s coarse shape: a label before a colon, digits, letters, its length's power of two."""
        found = self._shapes.get(i)
        if found is None:
            text = self.texts[i].strip()
            if text.isascii():  # the same test at C speed (an ASCII digit / letter is exactly what isdigit /
                # isalpha take there)
                digits, letters = _ASCII_DIGIT.search(text) is not None, _ASCII_LETTER.search(text) is not None
            else:
                digits, letters = any(ch.isdigit() for ch in text), any(ch.isalpha() for ch in text)
            found = self._shapes[i] = (_KEY_VALUE.match(text) is not None, digits, letters,
                                       self.widths[i].bit_length())
        return found

    def regularity(self, i: int) -> float:
        """The share of line ``i``'s four neighbours of its shape (a table's or a list's rows; a menu's too)."""
        n = len(self.texts)
        own = self.shape(i)
        return sum(1 for offset in NEIGHBOURS if 0 <= i + offset < n and self.shape(i + offset) == own) / 4

    def first_stage(self, i: int) -> float:
        """The first stage's logit of line ``i`` (clipped to ``_Z_CLIP``; memoised: a line is every neighbour's)."""
        found = self._z.get(i)
        if found is None:
            bias, weights = _folded()
            z = bias + sum(w * v for w, v in zip(weights, self.features(i)))
            found = self._z[i] = max(-_Z_CLIP, min(_Z_CLIP, z))
        return found

    def stacked(self, i: int) -> list[float]:
        """The second stage's row of line ``i``: its own features and its neighbours' first-stage logits."""
        n = len(self.texts)
        return self.features(i) + [self.first_stage(min(max(i + offset, 0), n - 1)) for offset in NEIGHBOURS]

    def shares_prose(self, i: int) -> bool:
        """Line ``i`` shares the article's words (``content_terms`` of the densest run of prose): at least
        ``overlap_min_terms`` of its terms and ``overlap_share`` of them. A specification row, a price row, a plan's
        row or a list's item speaks of the article's things; a footer's labels do not."""
        terms, vocabulary = self._terms_and_vocabulary(i)
        if len(terms) < LINE_MODEL.overlap_min_terms:
            return False
        shared = sum(1 for term in terms if term in vocabulary)
        return shared >= LINE_MODEL.overlap_min_terms and shared >= LINE_MODEL.overlap_share * len(terms)

    def count(self, text: str) -> int:
        """How many of the page's lines read ``text`` (stripped; counted once a page)."""
        if self._counts is None:
            counts: dict[str, int] = {}
            for line in self.texts:
                key = line.strip()
                counts[key] = counts.get(key, 0) + 1
            self._counts = counts
        return self._counts.get(text.strip(), 0)

    def base(self, i: int) -> list[float]:
        found = self._base.get(i)
        if found is None:
            found = self._base[i] = base_features(self.texts[i], self.count(self.texts[i]) > 1)
        return found

    def features(self, i: int) -> list[float]:
        """Line ``i``'s first-stage features (``FEATURES``' order; memoised: the second stage reads them again)."""
        found = self._features.get(i)
        if found is None:
            found = self._features[i] = self._row(i)
        return found

    def _row(self, i: int) -> list[float]:
        n = len(self.texts)
        own = self.base(i)
        first, last = self.zone if self.zone is not None else (n, -1)
        row = own + [i / max(n - 1, 1),
                     math.log1p(max(0, first - i)) if self.zone is not None else 5.0,
                     math.log1p(max(0, i - last)) if self.zone is not None else 5.0,
                     1.0 if first <= i <= last else 0.0, math.log1p(n), self._zone_share,
                     self.overlap(i), self.regularity(i)]
        for offset in NEIGHBOURS:
            # a neighbour past the page's first or last line is the nearest line (the page's end says nothing:
            # a page text's last line is as often its article's last sentence as a footer's)
            other = self.base(min(max(i + offset, 0), n - 1))
            row += [other[0], other[_PROSE], other[7], other[2], other[10]]
        return row


@lru_cache(maxsize=1)
def model() -> dict:
    """``data/line_model.json``: feature names, means, scales, weights, bias, threshold (checked against FEATURES)."""
    data = read_json("line_model.json")
    stage2 = data.get("stage2")
    if tuple(data["features"]) != FEATURES or stage2 and tuple(stage2["features"]) != FEATURES + STACK:
        raise ValueError("data/line_model.json was trained on other features: run benchmarks/train_line_model.py")
    return data


@lru_cache(maxsize=1)
def trees() -> dict:
    """``data/line_model_trees.json`` (tree39): a boosted ensemble of depth-limited regression trees over
    ``FEATURES`` (logistic loss; ``benchmarks/train_line_model.py --trees``): its base logit, its trees (each node's
    feature, split value, children and value: the leaf's when the node is one), its thresholds (checked against
    FEATURES)."""
    data = read_json("line_model_trees.json")
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/line_model_trees.json was trained on other features: run "
                         "benchmarks/train_line_model.py --trees")
    return data


def _use_trees() -> bool:
    return LINE_MODEL.scorer == "trees"


def tree_logit(row: list[float], model: dict | None = None) -> float:
    """The trees' logit of a line's ``FEATURES`` row: the base plus each tree's leaf (a node sends a value under its
    split to the left child; leaves have feature -1). Pure Python: depth-limited trees, a few hundred comparisons.
    ``model``: another ensemble of the same format (``block_model.py``'s), else ``trees()``."""
    data = trees() if model is None else model
    z = data["base"]
    for feature, split, left, right, value in data["trees"]:
        k = 0
        f = feature[0]
        while f >= 0:
            k = left[k] if row[f] < split[k] else right[k]
            f = feature[k]
        z += value[k]
    return z


def tree_cue(row: list[float], model: dict | None = None, names: tuple[str, ...] = FEATURES,
             page_wide: frozenset[str] = _PAGE_WIDE) -> str:
    """The two or three features whose splits on the line's path through the trees raised its score most (each
    step's change of node value goes to the split's feature: Saabas' attribution; the page-wide ones left out).
    ``model`` / ``names`` / ``page_wide``: another ensemble's (``block_model.py``'s), else the line model's."""
    gains = [0.0] * len(names)
    for feature, split, left, right, value in (trees() if model is None else model)["trees"]:
        k = 0
        while feature[k] >= 0:
            child = left[k] if row[feature[k]] < split[k] else right[k]
            gains[feature[k]] += value[child] - value[k]
            k = child
    top = sorted((k for k in range(len(gains)) if names[k] not in page_wide), key=lambda k: (-gains[k], k))[:3]
    return ", ".join(f"{names[k] if row[k] else 'no ' + names[k]} {gains[k]:+.1f}" for k in top
                     if gains[k] > 0)


def thresholds() -> tuple[float, float]:
    """The run's threshold and the one a line next to the article, a sentence or a prose-sized line needs: the
    logistic model's (``data/line_model.json``'s, ``LINE_MODEL.near_threshold``) or the trees' (their file's, both
    chosen on the tuned sets' out-of-fold runs; the near one never under the run's)."""
    if _use_trees():
        data = trees()
        return data["threshold"], max(data["near_threshold"], data["threshold"])
    return model()["threshold"], LINE_MODEL.near_threshold


def _fold(data: dict) -> tuple[float, tuple[float, ...]]:
    weights = tuple(w / s for w, s in zip(data["weights"], data["scale"]))
    return data["bias"] - sum(w * m for w, m in zip(weights, data["mean"])), weights


@lru_cache(maxsize=1)
def _folded() -> tuple[float, tuple[float, ...]]:
    """The first stage's bias and weights with its scaling folded in (one dot product a line)."""
    return _fold(model())


@lru_cache(maxsize=1)
def _folded_stack() -> tuple[float, tuple[float, ...]] | None:
    """The second stage's (``stage2`` in the model file), folded; None for a model of one stage."""
    data = model().get("stage2")
    return _fold(data) if data else None


def _stage_one_p(lines: PageLines, i: int) -> float:
    """The first stage's probability of line ``i`` (its own features and its neighbours' shapes, no neighbour's
    score): a sentence, a prose-sized line and a line next to the article need it too (``own_evidence``: the
    second stage's context pulls a page's labels, never a sentence on its own)."""
    if _use_trees():
        return probability(lines, i)
    return 1.0 / (1.0 + math.exp(-lines.first_stage(i)))


def probability(lines: PageLines, i: int) -> float:
    """The model's boilerplate probability of line ``i`` (the second stage's, when the model has one)."""
    if _use_trees():
        z = tree_logit(lines.features(i))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    stack = _folded_stack()
    if stack is None:
        z = lines.first_stage(i)
    else:
        bias, weights = stack
        z = bias + sum(w * v for w, v in zip(weights, lines.stacked(i)))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cue(lines: PageLines, i: int) -> str:
    """The two or three features of line ``i`` that weighed most toward boilerplate (the page-wide ones left out)."""
    if _use_trees():
        return tree_cue(lines.features(i))
    data = model()
    names = FEATURES
    if data.get("stage2"):
        data, names, row = data["stage2"], FEATURES + STACK, lines.stacked(i)
    else:
        row = lines.features(i)
    terms = [(value - mean) / scale * weight
             for value, mean, scale, weight in zip(row, data["mean"], data["scale"], data["weights"])]
    top = sorted((k for k in range(len(terms)) if names[k] not in _PAGE_WIDE), key=lambda k: (-terms[k], k))[:3]
    return ", ".join(f"{names[k] if row[k] else 'no ' + names[k]} {terms[k]:+.1f}" for k in top if terms[k] > 0)


def score(lines: PageLines, i: int) -> tuple[float, str]:
    """The model's boilerplate probability of line ``i``, and its cue."""
    return probability(lines, i), cue(lines, i)


def edge_runs(texts: list[str], head: bool = True, tail: bool = True, zone: list[int] | None = None,
              widths: list[int] | None = None, all_cues: bool = True,
              lead: bool = False, joins: list[int] | None = None,
              title: list[int] | None = None, broken: list[str] | None = None) -> dict[int, tuple[str, float, str]]:
    """The page's lines the model takes at its edges: {index: (edge "head" / "tail", score, cue)}. From the first
    line down (the head) and the last line up (the tail), while lines score at least the threshold; a short line
    under it (``context_chars``) between two taken lines goes with them; never a line of the page's densest run of
    prose, nor one below the last title-like line above it (``title_window``); the ``keep_near`` lines next to it
    (a byline; a short last paragraph) and a line of prose elsewhere need ``near_threshold``, and a sentence there
    ends the run; a lead line with its items in the tail leaves the tail whole (``_release_lead_items``). A page
    without a run of prose, or of fewer than ``min_lines`` lines, loses nothing. ``zone``, when given, receives the
    run of prose's first and last line indexes; ``widths``: the lines' spaced lengths, when the caller has them;
    ``all_cues`` False: only the cue of each run's line next to the article (the others ""); ``lead``: the text
    before the lines ends with ":" (a lead: the lines are its list, an outline): no head's run (``outline_guard``).
    An article's numbered line, the line right above one (in the head) and a letter index's letter end a run; a
    letter in the tail's run leaves the tail whole (``outline_guard``). ``joins``, when given, receives the lines
    from the head's run's end to the first line of prose that go on with the line above them (``_joined``: the line
    cut keeps them in one unit; ``group_guard``). ``title``, when given, receives the index of the title-like line
    the head's run ends above (the article's title: the line cut marks its unit, ``Block.line_title``), or nothing.
    An article's closing list of like items right under its last line of prose is never the tail's
    (``_closing_list``, ``list_guard``; ``broken``: the texts with their line breaks, on a page whose blocks are
    its lines or runs of them)."""
    if title is not None:
        title[:] = []
    if len(texts) < LINE_MODEL.min_lines:
        return {}
    lines = PageLines(texts, widths)
    if lines.zone is None:
        return {}
    first, last = lines.zone
    if zone is not None:
        zone[:] = [first, last]
    threshold, near_threshold = thresholds()
    near = LINE_MODEL.keep_near
    taken: dict[int, float] = {}
    edges: dict[int, str] = {}
    closing = False  # the tail's run gave back an article's closing list (``_release_closing_list``)
    top_title = -1  # the title-like line the head's run ends above
    spans = []
    if head and not (lead and LINE_MODEL.outline_guard):
        # the article's title: the last title-like line (edge_chrome ``title_like``) among the ``title_window``
        # lines above the run of prose; the head's run ends above it
        top = first
        for i in range(first - 1, max(first - LINE_MODEL.title_window, 0) - 1, -1):
            if title_like(texts[i]):
                top = top_title = i
                if title is not None:
                    title[:] = [i]
                break
        # a date line among the window's lines (the article's date under its title) ends the head's run above it
        # and above the title-like lines right over it (a title of two lines)
        for i in range(max(first - LINE_MODEL.title_window, 0), top):
            if _date_line(texts[i]):
                top = i
                while top > 0 and _title_row(texts[top - 1]):
                    top -= 1
                break
        spans.append(("head", range(0, top), first))
    if tail:
        spans.append(("tail", range(len(texts) - 1, last, -1), last))
    for edge, order, bound in spans:
        pending: tuple[int, float] | None = None
        for i in order:
            if not texts[i].strip():
                continue
            close = abs(bound - i) <= near
            if close and _sentence(texts[i]):
                break  # the article's first or last sentence (a short last paragraph, a standfirst): never taken
            if edge == "tail" and LINE_MODEL.tail_sentence_words and _sentence(texts[i]) \
                    and word_count(texts[i].strip()) >= LINE_MODEL.tail_sentence_words:
                break  # a sentence of its own in the tail: a forum's reply, a comment, an article's last line
            if LINE_MODEL.overlap_guard and lines.shares_prose(i):
                break  # the article's own row (a specification, a price, a plan's step): its words are the article's
            if LINE_MODEL.group_guard and edge == "head" and i and texts[i].strip()[:1] in _CONTINUED \
                    and _goes_on(texts[i - 1], texts[i]):
                break  # "." or "," opening a line: the sentence above it broke at a link (``_retreat`` gives it back)
            if edge == "head" and LINE_MODEL.index_guard and _index_field(texts[i]):
                break  # a record's identifier ("Doc. 10453", "Number: EHD200506081"): the article's own header
            if LINE_MODEL.shape_guard and _kept_shape(texts[i]):
                break  # a wrapped line, a line of code, a printed link: never a run's (the title's, the article's,
                # the source credit's: its link is the result's source_url)
            if LINE_MODEL.outline_guard:
                if _letter_index(texts, i):
                    # a glossary's or an index's letter ("- X -", "[B]"): the lines under it are its entries
                    if edge == "tail":
                        for k in [k for k in taken if edges[k] == "tail"]:
                            del taken[k]
                    break
                if _numbered(texts[i]) or edge == "head" and _numbered(_next_line(texts, i)):
                    break  # an outline's or a section's numbered line, a programme's row, the heading over them
            p = probability(lines, i)
            # a line of prose outside the run of prose (an article's part after a picture's lines, a quotation)
            # and the lines next to the run (a byline, a sign-off) ask for more
            need = (near_threshold if close or lines.widths[i] >= LINE_MODEL.prose_chars
                    or LINE_MODEL.sentence_guard and _sentence(texts[i]) else threshold)
            if p >= need and (need == threshold or not LINE_MODEL.own_evidence or _stage_one_p(lines, i) >= need):
                if pending is not None:
                    taken[pending[0]], edges[pending[0]] = pending[1], edge
                    pending = None
                taken[i], edges[i] = p, edge
                continue
            if pending is None and not close and lines.widths[i] <= LINE_MODEL.context_chars and taken:
                pending = (i, p)  # a short line between two taken ones: it goes when the next one goes
                continue
            break
        if LINE_MODEL.group_guard:
            _retreat(texts, taken, edges, edge)
        if edge == "tail" and LINE_MODEL.list_guard:
            closing = _release_closing_list(lines, taken, edges, last, broken)
        if edge == "tail":
            _release_lead_items(texts, taken, edges)
            _unanchored_tail(lines, taken, edges)
    if joins is not None and LINE_MODEL.group_guard:
        # only where the line cut cuts (``_model_groups``): the lines between the head's run and the article when
        # at most ``model_head_lines``, and the article's first line (a pass over a WET page's head cost +0.06x)
        start = max((i for i in taken if edges[i] == "head"), default=-1) + 1
        cut = range(max(start, 1), first + 1) if first - start <= LINE_CUTS.model_head_lines else (first,)
        named = top_title if head else -1  # the title opens a unit of its own ("What's on" over it is no sentence)
        joins[:] = [k for k in cut if k and k != named and _joined(texts[k - 1], texts[k])]
        if closing:
            joins.append(last + 1)  # the closing list stays in the article's last unit (no cut after its prose)
    if all_cues:
        return {i: (edges[i], p, cue(lines, i)) for i, p in taken.items()}
    # the cue of each run's line next to the article only (the line cut's unit shows one)
    shown = {max((i for i in taken if edges[i] == "head"), default=-1),
             min((i for i in taken if edges[i] == "tail"), default=-1)}
    return {i: (edges[i], p, cue(lines, i) if i in shown else "") for i, p in taken.items()}


_FULL_URL = re.compile(r"https?://", re.IGNORECASE)
#: an article's numbered line, in any script: a section's or an item's number ("1.", "5. References", "1.2 Scope",
#: "3)", "IV."), a CJK ordinal ("一、", "二．"), a number or a letter in brackets ("(3c)", "（1）"), a programme's
#: time span ("8:30-8:50"); then a letter (never a date's or a price's digits)
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)、．）]|\d{1,2}(?:\.\d{1,2})+(?=\s)|[IVX]{1,4}\.(?=\s)"
    r"|[一二三四五六七八九十百]{1,3}[、.．]|[(（][0-9A-Za-z一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}[:：]\d\d\s*[-–—－~～至到]+\s*\d{1,2}[:：]\d\d)\s*(?=[^\W\d_])")
#: a letter index's letter alone on its line, with its decoration ("- X -", "[B]", "#")
_INDEX_LETTER = re.compile(r"^[\s\-–—_=*\[\](){}<>|.:]*(?:[^\W\d_]|#)[\s\-–—_=*\[\](){}<>|.:]*$")


def _numbered(line: str) -> bool:
    """An article's numbered line (``_NUMBERED``): an outline's, a table of contents', a section heading's, a
    programme's or a plan's row. A footer's labels are not numbered."""
    return bool(line) and _NUMBERED.match(line) is not None


def _index_letter(line: str) -> bool:
    """A letter index's letter ("- X -", "[B]", "#"): one letter of a cased alphabet (or "#"), alone on its line (a
    CJK character alone is a calendar's or a widget's label)."""
    text = line.strip()
    if not 0 < len(text) <= 12 or _INDEX_LETTER.match(text) is None:
        return False
    letter = next((ch for ch in text if ch.isalpha() or ch == "#"), "")
    return letter == "#" or letter.isupper() or letter.islower()


def _letter_index(texts: list[str], i: int) -> bool:
    """Line ``i`` is a letter index's letter with another within ``LINE_MODEL.index_span`` lines (one "X" alone is a
    close button)."""
    if not _index_letter(texts[i]):
        return False
    span = LINE_MODEL.index_span
    return any(_index_letter(texts[k]) for k in range(max(i - span, 0), min(i + span + 1, len(texts))) if k != i)


def _next_line(texts: list[str], i: int) -> str:
    """The first non-empty line after line ``i`` ("" at the end)."""
    for k in range(i + 1, min(i + 3, len(texts))):
        if texts[k].strip():
            return texts[k]
    return ""


#: a line opening with one of these goes on with the line above (a sentence broken after a link's text)
_CONTINUED = frozenset(".,;:)!?]}、，。")
#: a list item's marker at a line's start
_ITEM = re.compile(r"^\s*([-*+•·–—▪◦]|\d{1,3}[.)])\s+\S")


def _item_marker(line: str) -> str:
    """A list item's marker ("-", "*", "•", a number's "." or ")"), "" for another line."""
    found = _ITEM.match(line)
    if found is None:
        return ""
    marker = found.group(1)
    return marker[-1] if marker[0].isdigit() else marker


def _cells(line: str) -> int:
    """The number of a table row's cell separators ("|", a tab) between its text."""
    return line.count("|") + line.count("\t")


#: a record's identifier ending a short line: a label, a mark (":", ".", "#"), then a code of letters, digits and
#: "/" "-" "." holding at least four digits ("Doc. 10453", "Release Number: EHD200506081", "编号：0001/2010-01")
_INDEX_FIELD = re.compile(r"^[^\W\d_][^:：#]{0,30}?[:：#.]+\s*([A-Za-z0-9][A-Za-z0-9/\-.]*)$")


def _index_field(line: str) -> bool:
    """A record's index field at a page's head: a label and an identifier of at least four digits (a document's,
    a press release's, an item's number: the article's own header, as a date line is; a footer's licence number is in
    the tail, which this never reads)."""
    text = line.strip()
    found = _INDEX_FIELD.match(text) if len(text) <= LINE_MODEL.date_max_chars else None
    return found is not None and sum(ch.isdigit() for ch in found.group(1)) >= 4


def _goes_on(upper: str, lower: str) -> bool:
    """``lower`` goes on with ``upper``'s sentence: it opens with a lower-case letter or a punctuation mark and
    ``upper`` ends no sentence."""
    above, below = upper.strip(), lower.strip()
    return bool(above and below) and above[-1] not in _ENDS and (
        below[0] in _CONTINUED or below[0].isalpha() and below[0].islower())


def _joined(upper: str, lower: str) -> bool:
    """Two lines that are one unit of the article, whatever the model says of each (a run never ends between them,
    linemodel31, ``LINE_MODEL.group_guard``): ``lower`` goes on with ``upper``'s sentence (it opens with a lower-case
    letter and ``upper`` ends no sentence; or ``upper`` ends with a function word: a sentence broken by a link or a
    code term, a username over its post's verb), both are items of one list (one marker), rows of one table (as many
    cell separators) or lines of one block of code (both indented)."""
    above, below = upper.strip(), lower.strip()
    if not above or not below:
        return False
    if _goes_on(above, below):
        return True
    words = _WORD.findall(above.casefold())
    if words and not UNSPACED.search(words[-1]) and words[-1] in _stopwords() and above[-1].isalpha():
        return True
    marker = _item_marker(upper)
    if marker and marker == _item_marker(lower):
        return True
    if _KEY_VALUE.match(above) and _KEY_VALUE.match(below):
        return True  # two rows of one specification ("Use: Hiking" / "Style: Backpack")
    cells = _cells(above)
    if cells and cells == _cells(below):
        return True
    return _indented(upper) and _indented(lower)


def _indented(line: str) -> bool:
    """A line opening with two spaces or a tab, then text (a block of code's, a layout's: a page's chrome, as a
    crawler prints it, is never indented)."""
    return (line[:2] == "  " or line[:1] == "\t") and bool(line.strip())


def _retreat(texts: list[str], taken: dict[int, float], edges: dict[int, str], edge: str) -> None:
    """The ``edge``'s run gives back its lines next to the article while the last of them and the line after it
    (before it, in the tail) are ``_joined``: a run never cuts a sentence, a list, a table or a block of code."""
    run = sorted((i for i in taken if edges[i] == edge), reverse=edge == "head")
    n = len(texts)
    for i in run:
        step = 1 if edge == "head" else -1
        k = i + step
        while 0 <= k < n and not texts[k].strip():
            k += step
        if not 0 <= k < n or k in taken and edges[k] == edge:
            return
        if edge == "head":
            linked = _joined(texts[i], texts[k]) or (
                # the boundary line goes on into the next ("Remastersys" / "."): the open line above it ("Try")
                # is the same sentence's
                texts[i].strip()[-1:] not in _ENDS and _goes_on(texts[k], _next_line(texts, k)))
        else:
            linked = _joined(texts[k], texts[i])
        if not linked:
            return
        del taken[i]


def _retreat_items(blocks: list[Block], marks: dict[int, tuple[str, float, str]]) -> None:
    """On a page whose lines are blocks: a run gives back its list items next to the article while the block after
    the head's run (before the tail's) is an item too (one list: a run never cuts one; ``_retreat``'s, where the
    blocks' text has lost its markers); a list item in the tail's run right under a block that is no item (its lead)
    leaves the tail whole."""
    tail = [i for i in marks if marks[i][0] == "tail"]
    if any(blocks[i].type == "list_item" and i and blocks[i - 1].type != "list_item" for i in tail):
        for i in tail:  # a list under its lead in the tail's run: the article's list (or a related list, which
            del marks[i]  # the detectors judge): the tail is left whole, as a lead ending with ":" leaves it
    for edge, step in (("head", 1), ("tail", -1)):
        run = sorted((i for i in marks if marks[i][0] == edge), reverse=step == 1)
        for i in run:
            k = i + step
            if not 0 <= k < len(blocks) or k in marks or blocks[i].type != "list_item" \
                    or blocks[k].type != "list_item":
                break
            del marks[i]


def _kept_shape(line: str) -> bool:
    """A line no run takes, whatever its score: it continues into the next line (it ends with a function word, a
    comma, "&" or "(": a title wrapped over two lines), it is a line of code (it ends with "{", "}" or ";"), or it
    prints a full web address (a source credit's link, which the source_url step reads; a footer prints a bare
    domain)."""
    text = line.strip()
    if not text:
        return False
    if text[-1] in ",&({};" or _FULL_URL.search(text) or LINE_MODEL.group_guard and _indented(line):
        return True
    words = _WORD.findall(text.casefold())
    return bool(words) and not UNSPACED.search(words[-1]) and len(words) > 1 and words[-1] in _stopwords()


def _date_line(line: str) -> bool:
    """A short line that holds a date (a year, a day's numbers) and is no sentence: a post's date line."""
    text = line.strip()
    return (bool(text) and spaced_length(text) <= LINE_MODEL.date_max_chars and text[-1] not in _ENDS
            and _DATE.search(text) is not None and not _EMAIL_URL.search(text))


def _title_row(line: str) -> bool:
    """A title's line above a date line: title-like, short, no end mark (the first line of a two-line title may end
    with ":")."""
    text = line.strip()
    return (title_like(text) and spaced_length(text) <= LINE_MODEL.title_row_chars and text[-1] not in _ENDS
            and not _SEPARATORS.search(text))


def _sentence(line: str) -> bool:
    """A line that ends a sentence and holds ``sentence_min_words`` words (script-aware)."""
    text = line.strip()
    return bool(text) and text[-1] in _ENDS and word_count(text) >= LINE_MODEL.sentence_min_words


def _unanchored_tail(lines: PageLines, taken: dict[int, float], edges: dict[int, str]) -> None:
    """The tail's run goes only with an anchor, a line no article ends with: a rights sign ("©"), an e-mail or a web
    address, a strong label (edge_chrome ``strong_label``: separators, a widget's controls), or a line printed twice
    on the page (a menu at the head and the foot). Without one, the run may be the article's own closing lines (a
    list of names, a recipe's steps, a poem, a table, a dialogue), which the model scores as a footer's labels."""
    tail = [i for i in taken if edges[i] == "tail"]
    if not tail:
        return
    inside: dict[str, int] = {}
    for i in tail:
        key = lines.texts[i].strip()
        inside[key] = inside.get(key, 0) + 1
    head = lines.zone[0] if lines.zone is not None else 0
    for i in tail:
        text = lines.texts[i]
        if "©" in text or _EMAIL_URL.search(text) or strong_label(text) or lines.base(i)[_REPEATED] and (
                not LINE_MODEL.group_guard or lines.count(text) > inside[text.strip()]
                and _printed_above(lines.texts, text, head)):
            return  # a line printed twice: a menu at the head and the foot (twice inside the run, or its twin
            # under the article's first line of prose: a log's or a table's repeated value, "Skipped", "Done", no
            # anchor)
    for i in tail:
        del taken[i]


def _printed_above(texts: list[str], text: str, first: int) -> bool:
    """``text`` is printed above line ``first`` too (the page's head: a menu's twin; tree39)."""
    key = text.strip()
    return any(line.strip() == key for line in texts[:first])


def _item_shape(text: str, period: int) -> tuple:
    """A closing list item's shape (``_closing_list``): with ``period`` 1, whether it holds a digit and its words'
    cases ("Anna Brook" Aa Aa, "Most read" Aa a: a list of names ends at a footer's labels); with ``period`` 2 (a
    label and its value, "Single room" / "45 EUR"), whether it holds a digit only."""
    digit = any(ch.isdigit() for ch in text)
    if period == 2:
        return (digit,)
    return (digit, tuple("A" if word[:1].isupper() else "a" if word[:1].islower() else "x"
                         for word in text.split()))


def _list_item(lines: PageLines, k: int, text: str) -> bool:
    """A line ``text`` (of the page's line or block ``k``) that may be an article's closing list's item: short
    (``context_chars``), no sentence, printed once on the page (a menu printed at the head too is the site's), no
    anchor (``_unanchored_tail``'s: "©", an address, a strong label)."""
    return (bool(text) and spaced_length(text) <= LINE_MODEL.context_chars and not _sentence(text)
            and not lines.base(k)[_REPEATED] and "©" not in text and not _EMAIL_URL.search(text)
            and not strong_label(text))


def _closing_list(lines: PageLines, last: int, broken: list[str] | None = None) -> set[int]:
    """The lines (the blocks, on a page whose lines are blocks: each with all its lines in it) of the article's
    closing list right under its last line of prose ``last`` (or under a lead line there): at least
    ``list_min_items`` short lines each of the shape of the line above it (``_item_shape``: a worksheet's labels, a
    list of names) or, as label and value, of the line two above it (a price list, whole pairs); empty when none.
    Where the like items end (a footer's labels of another shape) the list ends."""
    texts = broken if broken is not None else lines.texts
    rows = [(k, line.strip()) for k in range(last + 1, len(texts)) for line in texts[k].split("\n") if line.strip()]
    best = (0, 0)
    for start in (0, 1):  # right under the prose, or under a lead line ("Prices per night")
        for period in (1, 2):
            if period == 2 and start + 1 < len(rows) and _item_shape(rows[start][1], 2) \
                    == _item_shape(rows[start + 1][1], 2):
                continue  # no label and value: a pair's lines differ
            count = start
            while count < len(rows) and _list_item(lines, *rows[count]) and (
                    count - start < period or _item_shape(rows[count][1], period)
                    == _item_shape(rows[count - period][1], period)):
                count += 1
            items = count - start
            if period == 2:
                items -= items % 2  # whole pairs
            if items >= max(LINE_MODEL.list_min_items, 2 * period) and items > best[1] - best[0]:
                best = (start, start + items)
    if best == (0, 0):
        return set()
    inside = {k for k, _ in rows[best[0]:best[1]]}
    return inside - {k for k, _ in rows[:best[0]] + rows[best[1]:]}


def _release_closing_list(lines: PageLines, taken: dict[int, float], edges: dict[int, str], last: int,
                          broken: list[str] | None = None) -> bool:
    """The tail's run gives back the article's closing list right under its last line of prose (``_closing_list``:
    a price list, a worksheet's labels, a list of names above an anchored footer): the model scores its items as a
    footer's labels; the detectors judge them as they do with the model off. Whether it gave back a line (the line
    cut then keeps the list in the article's last unit: ``joins``)."""
    if not any(edges[i] == "tail" for i in taken):
        return False
    released = False
    for i in _closing_list(lines, last, broken):
        if i in taken and edges[i] == "tail":
            del taken[i]
            released = True
    return released


def _release_lead_items(texts: list[str], taken: dict[int, float], edges: dict[int, str]) -> None:
    """A lead line ending with ":" in the tail's run or right above it ("Participants:", "Organization Members:")
    with at least ``lead_items`` of the run's lines under it: the lines under it may be the article's own list
    (names, addresses, a programme), and where that list ends is unknown: the tail's run is left whole (false
    removals of the article's text are worse than a footer left)."""
    tail = sorted(i for i in taken if edges[i] == "tail")
    if not tail:
        return
    for k in range(max(tail[0] - 1, 0), tail[-1] - LINE_MODEL.lead_items + 1):
        line = texts[k].rstrip()
        if line.endswith((":", "：")) and len(line) <= LINE_MODEL.lead_max_chars:
            for i in tail:
                del taken[i]
            return


def line_model_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                        title: int | None = None) -> list[list[Finding]]:
    """``findings`` with the line model's removals of a plain-text page's edges (``navigation``, rule
    ``line_model.head`` / ``line_model.tail``, cue: the features that weighed most, strength: the score): the runs
    the line cut made units of (``Block.line_model``), or, on a page whose lines are blocks
    (``edge_chrome.lines_page``), the runs ``edge_runs`` takes over the blocks' lines (the title step's title and the
    blocks after it are never the head's). Off with ``LINE_MODEL.enabled``."""
    if not LINE_MODEL.enabled or kinds is not None and "navigation" not in kinds:
        return findings
    marks: dict[int, tuple[str, float, str]] = {}
    for i, block in enumerate(blocks):
        if block.line_model is not None:
            marks[i] = block.line_model
    if not marks and len(blocks) >= LINE_MODEL.min_lines and lines_page(blocks):
        texts = [block.plain if block.type in ("paragraph", "list_item", "heading") else "" for block in blocks]
        broken = [block.text if text else "" for block, text in zip(blocks, texts)]
        for i, mark in edge_runs(texts, broken=broken).items():
            if title is not None and mark[0] == "head" and i >= title:
                continue
            marks[i] = mark
        if LINE_MODEL.group_guard:
            _retreat_items(blocks, marks)
    if not marks:
        return findings
    result = list(findings)
    for i, (edge, probability, cue) in sorted(marks.items()):
        rule = f"line_model.{edge}"
        extra = Finding("navigation", rule, f"the line model ({probability:.2f}): {cue}",
                        round(max(probability, 0.0), 3), False, RULES[rule].match)
        result[i] = with_finding(result[i], extra)
    return result
