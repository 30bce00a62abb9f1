"""The data that flows through the pipeline: blocks in, findings, removals and the result out."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: The kinds of boilerplate `cleaner` removes (documented in docs/kinds.md). Part of the public API.
KINDS: tuple[str, ...] = (
    "author_bio",
    "source_credit",
    "affiliate",
    "rights_notice",
    "call_to_action",
    "related",
    "navigation",
    "front_matter",
    "template",
)

#: Block types produced by the readers.
BLOCK_TYPES = ("heading", "paragraph", "list_item", "quote", "table", "code", "rule", "front_matter")


#: How several authors are given in ``CleanResult.author`` (a str): joined as trafilatura joins them, "Jane Doe; John
#: Smith" (textmeta ``name_list``, ``split_author_list``; readers/html_meta.py's JSON-LD lists)
AUTHOR_SEPARATOR = "; "


@dataclass(slots=True)
class LinkRef:
    """A link found inside a block. ``start``/``end`` are offsets of the link's source inside ``Block.text``."""

    url: str
    text: str
    start: int
    end: int
    kind: str = "normal"  # "affiliate" | "tracking" | "normal" (set by links.classify_link)
    is_image: bool = False
    rel: str = ""


@dataclass(slots=True)
class Block:
    """One unit of the document: a heading, a paragraph, a list item, a quote, a table, a code block...

    ``text`` is the block's source (Markdown for text/Markdown input); ``plain`` the same text with Markdown syntax
    reduced (links to their labels, emphasis markers dropped). For text and Markdown input ``start``/``end`` are offsets
    into the (decoded) document; for HTML they are None and ``xpath`` locates the element.
    """

    index: int
    type: str
    text: str
    plain: str
    start: int | None = None
    end: int | None = None
    links: list[LinkRef] = field(default_factory=list)
    level: int = 0  # heading level (1-6), 0 otherwise
    group: int = 0  # blocks split out of one source paragraph share a group and are re-joined when kept together
    list_id: int = -1  # list items of one list share a list id
    xpath: str | None = None
    dom_hints: tuple[str, ...] = ()  # class / id / itemprop / rel tokens of the element and its ancestors (HTML)
    continues: bool = False  # a piece split off the block before it (text adapter): it goes on that line, no new item
    line_break: bool = False  # a piece split off the block before it at a line break (a line, an HTML <br>)
    caption: bool = False  # a figure's caption the HTML reader put back (readers/captions.py), or a page text's
    # caption whose picture credit the segmenter cut off (captioncredit.py): body, kept
    picture_credit: bool = False  # ...that credit ("Foto: Jan Nowak", "(© AFP)"): a picture's, never the author
    page_lines: bool = False  # from a plain-text paragraph cut at a page's own lines (readers/text.py
    # ``line_groups``): one line, or a run of the head's or tail's short lines of one shape...
    line_run: bool = False  # ...the run: its lines are labels, or lines without a letter; never the article's prose
    #: ...a run of the page's edge lines the line model took (detectors/line_model.py ``edge_runs``): (edge "head" /
    #: "tail", the lowest score of its lines, the cue of its first line); None for any other block
    line_model: tuple[str, float, str] | None = None
    line_named: bool = False  # ...a line the cut's first pass named by its shape (detectors/line_shapes.py
    # ``first_pass``: a date, a reading time, a placeholder, ...): a unit of its own
    line_title: bool = False  # ...the title-like line the line model's head run ended above (the article's title:
    # detectors/line_model.py ``edge_runs``), a unit of its own: never taken as a line between two removals
    foreign_prose: bool = False  # a piece cut off a cue's piece (detectors/edge_chrome.py ``_foreign_prose``: the
    # short lines under the cue's line, the prose below them): not the cue's, never taken by its section (textfam32)

    @property
    def link_text_length(self) -> int:
        return sum(len(link.text) for link in self.links if not link.is_image)

    @property
    def link_density(self) -> float:
        if not self.links:
            return 0.0  # (most blocks: what the lines below give without a link)
        size = len(self.plain.strip())
        if not size:
            return 1.0 if self.links else 0.0
        return min(1.0, self.link_text_length / size)


@dataclass(frozen=True, slots=True)
class Finding:
    """What one detector says about one block: the evidence for one kind of boilerplate."""

    kind: str
    rule: str  # e.g. "author_bio.heading", "source_credit.lead", "affiliate.link_block"
    cue: str = ""  # the phrase (with its language) or the DOM token that fired, e.g. "about the author [en]"
    strength: float = 0.5  # 0..1: how sure the detector is, before position and neighbours are weighed
    opens_section: bool = False  # a heading that takes the blocks under it (a bio under "About the Author")
    #: what kind of evidence: "heading" | "lead" | "phrase" | "structure" | "dom" | "site" (rules.MATCHES); when not
    #: given, the rule's entry in rules.RULES says. Later steps read this, never the spelling of ``rule``.
    match: str = ""

    def __post_init__(self) -> None:
        if not self.match:
            from .rules import match_of

            object.__setattr__(self, "match", match_of(self.rule))


@dataclass(slots=True)
class Removal:
    """One removed block: what it was, which rule removed it, and where it was."""

    kind: str
    rule: str
    text: str
    start: int | None
    end: int | None
    cue: str = ""
    confidence: float = 0.0
    xpath: str | None = None
    #: a removal by site repetition: on how many of the profile's pages the block was seen, and of how many pages
    site_pages: int | None = None
    site_total: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rule": self.rule,
            "cue": self.cue,
            "confidence": round(self.confidence, 3),
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "xpath": self.xpath,
            "site_pages": self.site_pages,
            "site_total": self.site_total,
        }


@dataclass(slots=True)
class NearMiss:
    """A block a detector fired on that the decision kept: the finding, its strength and the threshold of the zone
    the block sat in (edge, near the end, middle of the article). ``reason`` is "below_threshold" when the strength
    fell short of it, "protected" when it reached it but a protection kept the block (the title, a heading cue
    repeated through the document, a heading cue with prose under it mid-article, the body protection), or the name
    of the body protection that keeps the block whatever its strength (a rule of ``rules.RULES``: "body.reference_list",
    an article's own reference list at its end)."""

    kind: str
    rule: str
    text: str
    start: int | None
    end: int | None
    cue: str = ""
    strength: float = 0.0
    threshold: float = 0.0
    reason: str = "below_threshold"
    xpath: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "rule": self.rule,
            "cue": self.cue,
            "strength": round(self.strength, 3),
            "threshold": round(self.threshold, 3),
            "reason": self.reason,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "xpath": self.xpath,
        }


@dataclass(slots=True)
class Link:
    """A link of the document: where it points, its anchor text, its kind and whether the clean Markdown keeps it."""

    url: str
    text: str
    kind: str  # "affiliate" | "tracking" | "normal"
    kept: bool

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "text": self.text, "kind": self.kind, "kept": self.kept}


@dataclass(slots=True)
class CleanResult:
    """The clean article and everything known about it. ``to_dict()`` is JSON-ready with a stable key order."""

    text: str = ""
    markdown: str = ""
    title: str | None = None
    author: str | None = None
    source_url: str | None = None
    language: str | None = None
    links: list[Link] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    #: blocks a detector fired on that were kept, with the strength and the threshold it missed (docs/kinds.md)
    near_misses: list[NearMiss] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    format: str = "text"
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    description: str | None = None
    #: (start, end) offsets into the input of every kept block, for text and Markdown input (empty for HTML): with
    #: the ``removed`` spans they cover every non-blank character of the input (docs/reliability.md). Not in to_dict.
    kept: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "markdown": self.markdown,
            "title": self.title,
            "author": self.author,
            "source_url": self.source_url,
            "language": self.language,
            "date": self.date,
            "sitename": self.sitename,
            "url": self.url,
            "description": self.description,
            "format": self.format,
            "links": [link.to_dict() for link in self.links],
            "removed": [removal.to_dict() for removal in self.removed],
            "near_misses": [miss.to_dict() for miss in self.near_misses],
            "warnings": list(self.warnings),
        }
