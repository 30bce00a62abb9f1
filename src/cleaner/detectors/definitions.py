"""A list of definitions is the article's: a lead cue opening one of its items is a term being defined.

"**Source:** The service or application that generated the event." in a list whose items all read
"<label>: <a sentence about it>" (a glossary, the fields of a log record, a product's specifications) defines the word
"Source"; it credits nothing. A credit box at the end of a page is a list too ("Source: Reuters", "Photo: AP"), but
its values are a name or two, not sentences: such items keep their findings.

An item is a definition when a short label (at most ``DEFINITIONS.label_max_words`` words) and a colon open it and
at least ``DEFINITIONS.min_words`` words follow; a list with at least ``DEFINITIONS.min_items`` items, most of them
(``DEFINITIONS.share``) definitions, drops the lead findings (``match == "lead"``) of its definition items.
"""

from __future__ import annotations

from collections import defaultdict

import regex

from ..patterncache import compile_pattern
from ..model import Block, Finding
from ..rules import DEFINITIONS

#: "<label>:" at the start of an item, emphasis allowed around the label ("**Log Name:**", "Source :").
_LABEL = compile_pattern(r"^\s*[*_]{0,2}([^\s:：][^:：\n]{0,60}?)[*_]{0,2}\s?[:：][*_]{0,2}\s+(\S.*)$", regex.DOTALL)
_WORD = compile_pattern(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*")


def is_definition(text: str) -> bool:
    """Whether the item reads "<a short label>: <a sentence about it>"."""
    found = _LABEL.match(text)
    if found is None:
        return False
    label, rest = found.groups()
    return len(_WORD.findall(label)) <= DEFINITIONS.label_max_words and len(_WORD.findall(rest)) >= DEFINITIONS.min_words


def definition_findings(blocks: list[Block], findings: list[list[Finding]]) -> list[list[Finding]]:
    """``findings`` without the lead findings on the definition items of a list of definitions."""
    items: dict[int, list[int]] = defaultdict(list)
    for i, block in enumerate(blocks):
        if block.type == "list_item" and block.list_id >= 0:
            items[block.list_id].append(i)
    protected: set[int] = set()
    for members in items.values():
        if len(members) < DEFINITIONS.min_items:
            continue
        defined = [i for i in members if is_definition(blocks[i].plain)]
        if len(defined) >= DEFINITIONS.share * len(members):
            protected.update(defined)
    if not protected:
        return findings
    return [[f for f in found if f.match != "lead"] if i in protected else found for i, found in enumerate(findings)]
