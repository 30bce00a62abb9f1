"""A post's record and its bare credits by their make-up, passes of meta36 (issue 11; postmeta.py holds the line
tests):

- ``navigation.empty_value``: a label whose value is empty, a colon followed only by separators ("Tagged with: , , ,",
  "Tags: | |", "Catégories : , ,"): the slots of a template whose values the scrape lost. An empty value is never
  prose, in any language: the strength of the middle, anywhere.
- ``navigation.dateline/neighbour``: a meta line (metashape.py: a date line with one kind of evidence besides its
  date, postmeta.py, or a counter) right above or under such an empty value: the same template's record ("Posted on
  December 10, 2009 Leave a Comment" over "Tagged with: , , ,"), between two posts of an archive too.
- ``navigation.category_line``: a post's categories after a category lead, at the edges ("in category Business, Web
  Design", "Publicaciones de la categoría: Economía digital"; postmeta.category_line).
- ``source_credit.named_source``: a bare credit of a source, a source lead and only a quoted name or the document's
  first line again ("Issu du site "Des lettres".", "원문링크 : <the title>"): no sentence of the article.

- ``navigation.dateline/record`` at the head (before the first paragraph of prose) for two more shapes of the
  post's record: one date printed twice with its clock ("Lundi 15 décembre 2014 1 15 /12 /Déc /2014 00:26",
  postmeta.doubled_stamp), and the document's first block when it is a date line over the site's name written as
  one token the document never uses again ("Friday, 9 May 2025" / "TheStatesTimes").

The date line with two kinds of evidence (``navigation.dateline/record``) is meta_lines.py's variant.
"""

from __future__ import annotations

from ..metashape import fold, meta_line_shape
from ..model import Block, Finding
from ..postmeta import category_line, doubled_stamp, empty_value_label, record_evidence, site_name_line, source_line
from ..rules import BODY_LENGTH, POST_META
from ..textmeta import plain_lines
from .base import has_words, rule_finding, with_finding
from .structure import BlocksView, edges_of

KIND = "navigation"
SOURCE = "source_credit"


def post_meta_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None, *,
                       view: BlocksView | None = None) -> list[list[Finding]]:
    """``findings`` with the empty label values, their record neighbours and the bare source credits added.
    ``view``: the document's ``structure.BlocksView``."""
    navigation = kinds is None or KIND in kinds
    source = kinds is None or SOURCE in kinds
    if not (navigation or source):
        return findings
    result = list(findings)
    first = next((block for block in blocks if has_words(block)), None)
    title = first.plain.strip() if first is not None else None
    empty = []
    for i, block in enumerate(blocks):
        if block.type not in ("paragraph", "list_item", "heading") or len(block.plain) > POST_META.source_max_chars:
            continue  # (every shape here is a short line)
        plain = block.plain.strip()
        if not plain or "\n" in plain:
            continue
        label = empty_value_label(plain) if navigation else None
        if label is not None:
            empty.append(i)
            result[i] = with_finding(result[i], rule_finding(KIND, f"{KIND}.empty_value", f"{label}: an empty value",
                                                             len(block.plain)))
            continue
        lead = source_line(plain, title) if source and block.type != "heading" and plain != title else None
        if lead is not None:
            result[i] = with_finding(result[i], rule_finding(SOURCE, f"{SOURCE}.named_source",
                                                             f"{lead}: a source named without its address",
                                                             len(block.plain)))
    if navigation:
        _head_records(blocks, result, view)
    for i in empty:
        for k in (i - 1, i + 1):
            if 0 <= k < len(blocks) and k not in empty and _record_line(blocks[k]):
                cue = f"{blocks[k].plain.strip()[:40]}: a post's record next to an empty value"
                result[k] = with_finding(result[k], rule_finding(KIND, f"{KIND}.dateline", cue, len(blocks[k].plain),
                                                                 "neighbour"))
    return result


def _record_line(block: Block) -> bool:
    """A one-line meta block: a counter, or a date line with a kind of evidence besides its date."""
    plain = block.plain.strip()
    if block.type not in ("paragraph", "list_item") or "\n" in plain:
        return False
    shape = meta_line_shape(plain)
    return shape is not None and (shape[0] == "counter" or bool(record_evidence(plain)))


def _head_records(blocks: list[Block], result: list[list[Finding]], view: BlocksView | None = None) -> None:
    """The doubled stamps at the head, a first block of a date line over the site's name, the category lines at the
    edges (in ``result``)."""
    first, last = edges_of(blocks, BODY_LENGTH, view)
    for i, block in enumerate(blocks):
        if first <= i <= last or block.type not in ("paragraph", "list_item") or len(block.plain) > POST_META.max_chars:
            continue
        lead = category_line(block.plain)
        if lead is not None:
            result[i] = with_finding(result[i], rule_finding(KIND, f"{KIND}.category_line",
                                                             f"{lead}: a post's categories", len(block.plain)))
    worded = [i for i in range(min(first, len(blocks))) if has_words(blocks[i])]
    for i in worded:
        if len(blocks[i].plain) > POST_META.max_chars:
            continue
        plain = blocks[i].plain.strip()
        if blocks[i].type in ("paragraph", "list_item") and doubled_stamp(plain):
            result[i] = with_finding(result[i], rule_finding(KIND, f"{KIND}.dateline",
                                                             "one date printed twice with its clock",
                                                             len(blocks[i].plain), "record"))
    if not worded or worded[0] != next((i for i, b in enumerate(blocks) if has_words(b)), -1):
        return
    i = worded[0]
    lines = [line.strip() for line in plain_lines(blocks[i]) if line.strip()]
    if blocks[i].type != "paragraph" or len(lines) != 2:
        return
    shape = meta_line_shape(lines[0])
    if shape is None or shape[0] != "dateline":
        return
    rest = fold(" ".join(block.plain for block in blocks[i + 1:]))
    if site_name_line(lines[1], rest):
        result[i] = with_finding(result[i], rule_finding(KIND, f"{KIND}.dateline", "a date over the site's name",
                                                         len(blocks[i].plain), "record"))
