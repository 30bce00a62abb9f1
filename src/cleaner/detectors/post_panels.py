"""A thread's per-post panels by their repeated shape (2026-12-08, panel40; issue 11).

A forum thread or a comment thread flattened to text prints the same short chrome lines once per post: the poster's
panel ("Registered Member" / "Joined: Jun 17, 2003" / "Posts: 88"), each post's stamp and action line ("Posted: Jun
19, 2003 - 03:19 PM Reply with quote"). No phrase list names them all, but one document says what they are by what
it repeats: the SAME short line shape comes back once per post, between posts of prose, and carries no sentence.

The evidence, language-free but for the anchor's label:

- a line's **shape** (``shape_key``): case-folded, numbers (with their separators) one "0", a "LABEL: value" field
  whose value holds a digit and is a few words (a date in any language: "Joined: Jun 17, 2003", "Dabei seit: 12.
  März 2010") one "label:#";
- the **anchor**: a shape that comes back at least ``POST_PANELS.min_repeats`` times, in as many posts (a line of
  prose between two of its copies), and is a field of a poster's panel label (data/post_panels.json
  ``panel_labels``, ~20 languages: "Joined: …", "Beiträge: 1.234", "Сообщений: 50", "积分: 300") or a count naming
  one ("Thanked 5 Times in 4 Posts": ``header_record.count_line``). A count of anything else anchors nothing: a
  changelog's "Downloads: 120" over each release, a blog listing's "Comments (3)" under each teaser;
- the **panel**: the short lines next to each copy of the anchor (no line of prose between them, at most
  ``POST_PANELS.window_lines`` away); a shape with a digit found there in at least ``POST_PANELS.member_share`` of
  the panels, and ``min_repeats`` times in the document, is the panel's too (the other fields: "Joined: …",
  "Reputation: 15"), but a date line (the post's date stays: decision 3). A panel needs ``POST_PANELS.min_shapes``
  shapes (the anchor and one more): one count line alone stays. The poster's name and rank and a "Quote" / "Posted"
  label without a digit stay too: a word line removed between posts made the decision's neighbours take a one-line
  post with it (cleaneval-final/592, WET blocks), and a blog listing's post titles sit between its per-post lines
  the same way.

What stays (tests/test_post_panels.py): a recipe's ingredients, a results list, an interview's "Q:" / "A:", step
headings, a refrain, a changelog's or a timeline's dates, a liveblog's stamps, a table of figures, chapter headings,
a list of links, a single "Posts: 12" line. Plain text and Markdown, without a site profile (an HTML page's gold keeps
a thread's panels: cleaneval). Cost: one pass over the document's lines with a digit first (a length test and a
digit search), the count test only on the shapes that come back; the document's other lines only when an anchor
stands."""

from __future__ import annotations

import collections

from functools import lru_cache

from ..datafiles import read_json
from ..patterncache import compile_pattern
from ..metashape import fold, has_digit, meta_line_shape
from ..model import Block, Finding
from ..rules import POST_PANELS, RULES
from ..scripts import word_count
from .base import with_finding
from .header_record import count_line

_NUMBER = compile_pattern(r"\d+(?:[.,:/\-]\d+)*")
_SPACES = compile_pattern(r"\s+")
_NUMBER_BYTES = b"0123456789.,/-"  # (deleted from the text for the cheap test: "Posts: 1,234" and "Posts: 87" alike)
_WORDS = compile_pattern(r"[\p{L}\p{M}]+")
#: One "LABEL: value" field: a label of letters (and spaces, hyphens, dots) at the line's start, a colon, a value.
_FIELD = compile_pattern(r"(\p{L}[\p{L}\p{M}\-'’. ]{0,30}?)\s*[:：]\s*(.*)")
_SENTENCE_END = ".!?。！？…"
_EDGE = " \t•·▪*-–—|[]()"
_WORD_EDGE = "()[]|:：;,.!?*\"'«»“”"


def shape_key(line: str) -> str | None:
    """The shape of a short line (``POST_PANELS.max_chars`` characters, ``max_words`` words, no sentence's end, a
    letter), else None: folded, a field whose value holds a digit in a few words one "label:#", numbers one "0"."""
    line = line.replace("**", "").replace("__", "").replace("`", "").strip().strip(_EDGE)
    if not line or len(line) > POST_PANELS.max_chars or line[-1] in _SENTENCE_END:
        return None
    if word_count(line) > POST_PANELS.max_words or not any(char.isalpha() for char in line):
        return None
    folded = fold(line)
    field = _FIELD.fullmatch(folded)
    if field is not None and has_digit(field.group(2)) \
            and len(field.group(2).split()) <= POST_PANELS.value_max_words:
        return field.group(1).strip() + ":#"
    return _SPACES.sub(" ", _NUMBER.sub("0", folded))


@lru_cache(maxsize=1)
def panel_labels() -> frozenset[str]:
    """The folded labels of a poster's panel fields (data/post_panels.json ``panel_labels``, every language)."""
    return frozenset(fold(label) for terms in read_json("post_panels.json")["panel_labels"].values()
                     for label in terms)


def _anchor(key: str, line: str) -> bool:
    """Whether a shape that comes back may anchor a panel: a field of a poster's panel label with a digit ("Joined:
    Mar 2010", "积分: 300"), or a count of the poster's record naming such a label ("Thanked 5 Times in 4 Posts",
    "1,234 posts": ``count_line``). A count of anything else ("Downloads: 120" over each release of a changelog,
    "Comments (3)" under each teaser of a blog's listing) anchors nothing."""
    labels = panel_labels()
    if key.endswith(":#"):
        return key[:-2] in labels
    return any(word in labels for word in _WORDS.findall(key)) and count_line(line.strip())


def _dated(line: str) -> bool:
    """A date line (a date or a clock and nothing else, a label before it: ``metashape.meta_line_shape`` "bare"):
    the post's date stays (decision 3; a blog listing's date over each post, cleaneval's gold keeps it)."""
    shape = meta_line_shape(line) if has_digit(line) else None
    return shape is not None and shape[1] == "bare"


def _prose(line: str) -> bool:
    """A line of a post's text: at least ``POST_PANELS.prose_words`` words."""
    return word_count(line) >= POST_PANELS.prose_words


def _may_panel(text: str, max_chars: int, repeats: int) -> bool:
    """The cheap test first (wet_cost.py): the document's lines with their digits and numbers' separators deleted
    (``bytes.translate`` over the whole text, the lines counted by a Counter: both in C); whether one of them, short,
    comes back ``repeats`` times holding a panel label as a field's or as a word ("Posts: " of every "Posts: 1,234",
    "thanked  times in  posts"). Most documents have none; the others are shaped line by line."""
    counted = collections.Counter(text.encode("utf-8", "surrogatepass").translate(None, _NUMBER_BYTES).split(b"\n"))
    labels = panel_labels()
    for raw in [raw for raw, n in counted.items() if n >= repeats and raw and len(raw) <= 4 * max_chars]:
        line = raw.decode("utf-8", "ignore")
        if len(line) > max_chars:
            continue
        line = fold(line).strip().strip(_EDGE)
        if not labels.isdisjoint(word.strip(_WORD_EDGE) for word in line.split()):
            return True  # (a count naming a label, "thanked  times in  posts"; a one-word field, "posts:")
        if (":" in line or "：" in line) and (field := _FIELD.fullmatch(line)) is not None \
                and field.group(1).strip() in labels:
            return True  # (a field of a label of several words or without spaces: "member since:", "注册时间:")
    return False


def panel_shapes(text: str) -> dict[str, str]:
    """The shapes of ``text``'s lines that are a thread's per-post panel, each with its cue (the module's
    docstring); empty for most documents (``_may_panel``). Only the lines with a digit are shaped (an anchor's and
    a member's); a line without one is asked whether it is short only inside a panel's window."""
    max_chars, repeats = POST_PANELS.max_chars, POST_PANELS.min_repeats
    if not _may_panel(text, max_chars + 8, repeats):
        return {}
    lines = text.split("\n")
    keys = [shape_key(line) if len(line) <= max_chars + 8 and has_digit(line) else None for line in lines]
    everywhere = collections.Counter(key for key in keys if key is not None)
    firsts: dict[str, str] = {}  # (each shape's first line: the count's and the date's tests read it)
    for key, line in zip(keys, lines):
        if key is not None and key not in firsts:
            firsts[key] = line
    anchors = sorted(key for key, n in everywhere.items() if n >= repeats and _anchor(key, firsts[key]))
    found: dict[str, str] = {}
    for anchor in anchors:
        at = [i for i, key in enumerate(keys) if key == anchor]
        posts = 1 + sum(1 for a, b in zip(at, at[1:]) if any(_prose(line) for line in lines[a + 1:b]))
        if posts < repeats:
            continue  # (a list of counts, a table: no post's text between them)
        panels = [_panel(keys, lines, i) for i in at]
        share = collections.Counter(key for panel in panels for key in panel)
        members = sorted(key for key, n in share.items() if key != anchor and everywhere[key] >= repeats
                         and n >= POST_PANELS.member_share * len(panels) and not _dated(firsts[key]))
        if 1 + len(members) < POST_PANELS.min_shapes:
            continue
        cue = f"a thread's per-post panel: {anchor} x{len(at)}, " + ", ".join(
            f"{key} x{everywhere[key]}" for key in members[:3])
        for key in (anchor, *members):
            found.setdefault(key, cue)
    return found


def _panel(keys: list[str | None], lines: list[str], at: int) -> set[str]:
    """The shapes with a digit among the short lines next to line ``at`` (the anchor's copy): up and down while a
    line is short without a sentence (``shape_key``; a blank line passed over), at most ``POST_PANELS.window_lines``
    away."""
    found: set[str] = set()
    max_chars = POST_PANELS.max_chars + 8
    for step in (-1, 1):
        i, seen = at + step, 0
        while 0 <= i < len(keys) and seen < POST_PANELS.window_lines:
            if not lines[i].strip():
                i += step
                continue
            key = keys[i]
            if key is None and (len(lines[i]) > max_chars or shape_key(lines[i]) is None):
                break
            if key is not None:
                found.add(key)
            seen += 1
            i += step
    return found


def panel_marks(texts: list[str], shapes: dict[str, str]) -> set[int]:
    """The indexes of ``texts`` (lines in order) of one of ``shapes`` (``panel_shapes``). The poster's name and rank
    next to them stay: a blog listing's post titles sit between its per-post lines the same way (cleaneval)."""
    max_chars = POST_PANELS.max_chars + 8
    return {i for i, line in enumerate(texts) if len(line) <= max_chars and line.strip()
            and shape_key(line) in shapes}


def post_panel_findings(blocks: list[Block], findings: list[list[Finding]], shapes: dict[str, str],
                        kinds=None) -> list[list[Finding]]:
    """``findings`` with ``navigation.post_panel`` on every paragraph or list item of at most
    ``POST_PANELS.block_max_lines`` lines, each of the thread's panel shapes (``panel_shapes``)."""
    if not shapes or kinds is not None and "navigation" not in kinds:
        return findings
    result = findings
    entry = RULES["navigation.post_panel"]
    max_chars = POST_PANELS.max_chars + 8
    for i, block in enumerate(blocks):
        if block.type not in ("paragraph", "list_item") or len(block.plain) > max_chars * POST_PANELS.block_max_lines:
            continue
        parts = [line for line in block.text.split("\n") if line.strip()]
        if not parts or len(parts) > POST_PANELS.block_max_lines or any(len(line) > max_chars for line in parts):
            continue
        keys = [shape_key(line) for line in parts]
        if not all(key in shapes for key in keys):
            continue
        if result is findings:
            result = list(findings)
        extra = Finding("navigation", "navigation.post_panel", shapes[str(keys[0])],
                        round(entry.at(len(block.plain)), 3), False, entry.match)
        result[i] = with_finding(result[i], extra)
    return result
