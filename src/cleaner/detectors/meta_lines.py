"""A post's meta lines by their shape, in any language: date lines and counters.

A scraped page prints, around the article, the record of the post: when it was published and by whom, how often it
was read or commented on. These lines are short, hold a date or a count, and little else (metashape.py):

- date line (``navigation.dateline``): a date (2024-10-30, 18.06.2020, "2025. 5. 2.", 2019年5月7日, or a month name of
  ``data/meta_lines.json`` next to a day or a year), maybe a time, and, once the date, the numbers, the weekday and
  the meta words (posted, published, updated, by, on …: data) are taken out, at most ``META.dateline_max_words``
  words (``META.dateline_bare_max_words`` without a meta word): "Friday, October 3, 2025", "Posted on Jul 7",
  "于 2024-10-30 10:00:00 发布", "Billet de blog 8 décembre 2017", "gradu 2025. 2. 18. 04:50"; ``/bare``: nothing but
  the date and the time;
- counter (``navigation.counter``): one number and at most ``META.counter_max_words`` words, the number first or in
  brackets ("921 阅读", "30 Billets", "0 Kommentare", "Commenti (3)", "Top comments (0)"), or a meta word and its count
  ("조회 1234").

Where: only before the article's first paragraph of prose or after its last. What stays: a sentence, a question, a
line longer than ``META.max_chars``, a numbered heading ("1. Introduction", "Chapter 3"), a price or a share, a time
of day alone ("10 p.m."), numbers alone, a date range without a meta word, a quotation's signature ("— Name (@handle)
May 4"), the items of a list of two or more, more than ``META.run_max`` such lines in a row (a table written as
lines, a schedule, a poll's results), and date lines that each open a paragraph of prose, ``META.dateline_entries`` of
them or more (a diary's or a live blog's entries). The strengths (``rules.RULES``) are weak: a meta line goes next to
other removals at the edges or in the run of removals at the end; the recall preset takes it at an edge alone.
"""

from __future__ import annotations

from collections import Counter
from itertools import islice

from ..metashape import meta_line_shape
from ..model import Block, Finding
from ..postmeta import record_evidence
from ..rules import BODY_LENGTH, META, POST_META
from .structure import BlocksView, edges_of
from .base import has_words, rule_finding, with_finding

KIND = "navigation"
#: The rules of this pass's findings, one per shape of ``metashape.meta_line_shape`` (chrome.py's record runs read
#: them: the names are made here, once)
META_RULES = (f"{KIND}.dateline", f"{KIND}.counter")


def line_shape(block: Block) -> tuple[str, str, str] | None:
    """(rule, variant, cue) of a block that is a meta line (a paragraph, a heading or a list item), or None."""
    if block.type not in ("paragraph", "heading", "list_item"):
        return None
    return meta_line_shape(block.plain)


def _in_list(block: Block, sizes: Counter) -> bool:
    """An item of a list of two items or more: a chronology or an ingredient list is the article's."""
    return block.type == "list_item" and block.list_id >= 0 and sizes[block.list_id] >= 2


def _opens_prose(blocks: list[Block], i: int, body_length: int) -> bool:
    """Whether the block after ``i`` is a paragraph of prose (``body_length`` characters or more, few links)."""
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    return following is not None and following.type == "paragraph" and len(following.plain) >= body_length \
        and following.link_density < 0.5


def _body_openers(blocks: list[Block], sizes: Counter, first: int, last: int, body_length: int) -> int:
    """How many date lines between ``first`` and ``last`` (the body) each open a paragraph of prose."""
    count = 0
    for i in range(max(first, 0), min(last + 1, len(blocks))):
        if _opens_prose(blocks, i, body_length) and not _in_list(blocks[i], sizes):
            shape = line_shape(blocks[i])
            count += shape is not None and shape[0] == "dateline"
    return count


def meta_line_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                       body_length: int = BODY_LENGTH, *, view: BlocksView | None = None) -> list[list[Finding]]:
    """``findings`` with the date lines and counters added (strongest first). ``view``: the document's
    ``structure.BlocksView`` (its body edges found once for the passes)."""
    if kinds is not None and KIND not in kinds:
        return findings
    sizes = Counter(block.list_id for block in blocks if block.type == "list_item")
    # only at the article's edges: before its first paragraph of prose or after its last (a date or a count between
    # two body paragraphs is the article's: a schedule, a result, a diary's entry)
    first, last = edges_of(blocks, body_length, view)
    # a shape is only looked for at the edges (speed14b: the body's blocks are most of a document, and a shape there
    # is dropped below anyway); the body is read only to count a diary's entries when an edge holds one
    shapes = [None if first <= i <= last or _in_list(block, sizes) else line_shape(block)
              for i, block in enumerate(blocks)]
    # date lines that each open a paragraph of prose, two or more: the entries of a diary, a log, a live blog (the
    # article's structure, as a heading cue repeated through the document is), not the post's record
    openers = [i for i, shape in enumerate(shapes) if shape is not None and shape[0] == "dateline"
               and _opens_prose(blocks, i, body_length)]
    if openers and len(openers) + _body_openers(blocks, sizes, first, last, body_length) >= META.dateline_entries:
        for i in openers:
            shapes[i] = None
    # more than ``META.run_max`` such lines in a row (blocks without words between them aside): a table written as
    # lines, a list of dates, a poll's results
    i = 0
    while i < len(blocks):
        if shapes[i] is None:
            i += 1
            continue
        run, j = [i], i + 1
        while j < len(blocks) and (shapes[j] is not None or not any(c.isalnum() for c in blocks[j].plain)):
            if shapes[j] is not None:
                run.append(j)
            j += 1
        if len(run) > META.run_max:
            for k in run:
                shapes[k] = None
        i = j
    # (meta36) the record right under the document's first line stays weak: that line is the title, and a removal
    # under it would leave it alone between the document's start and a removal (neighbour.between_removed)
    worded = list(islice((k for k in range(min(len(blocks), max(first, 0) + 1)) if has_words(blocks[k])), 2))
    under_first = set(worded[1:2]) if worded and blocks[worded[0]].type != "list_item" else set()  # (no title: a bullet)
    # (meta36) plain text and Markdown only: the HTML gold keeps the post's
    # record lines (html_quality.py cleaneval F1 0.8878 -> 0.8877 with them: "Created: … Updated: …", "Joined: …");
    # an HTML block has no offset into a document (model.Block)
    records = not any(block.start is None for block in blocks)
    if records:
        # (postmeta38) a post's record is printed once or twice at its head: the same make-up on more lines before the
        # first prose is a thread's or a list's signatures ("Title" / "by Name - Jan 12th 2000 13:08:28" under every
        # comment of a WET page whose first prose comes late), each the entry's own line
        dated = [i for i, shape in enumerate(shapes) if i < first and shape is not None and shape[0] == "dateline"]
        if len(dated) > POST_META.record_max_lines:
            records = sum(len(record_evidence(blocks[i].plain)) >= POST_META.record_min_kinds
                          for i in dated) <= POST_META.record_max_lines
    result = []
    for i, (block, found, shape) in enumerate(zip(blocks, findings, shapes)):
        if shape is None:
            result.append(found)
            continue
        rule, variant, cue = shape
        # meta36: at the head only (after the last prose, a comment thread's signatures have the same make-up:
        # "Posted by: Jane at Jun 1, 2005 12:57 AM" under each comment the gold bodies keep)
        if records and rule == "dateline" and i < first and i not in under_first:
            evidence = record_evidence(block.plain)
            if len(evidence) >= POST_META.record_min_kinds:  # meta36: the post's record (postmeta.py)
                variant, cue = "record", f"{cue}; a post's record: {' + '.join(evidence)}"
        result.append(with_finding(found, rule_finding(KIND, f"{KIND}.{rule}", cue, len(block.plain), variant)))
    return result
