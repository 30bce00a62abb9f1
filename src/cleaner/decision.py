"""The decision step: which blocks go, weighing each finding with position and neighbours, protecting the body.

jusText-style, as named passes over one ``State`` (``PASSES``, in order; each a small function with its tests):

1. ``classify``: a block with a finding is a *candidate*; one without is *body* (prose: long enough, few links) or
   *short*. Code blocks and the title are protected.
2. ``claim_sections``: a heading finding ("About the Author", "Related posts") takes the blocks under it, up to the
   next heading or a bounded size.
3. ``find_zones``: boilerplate gathers at the edges. The *head* ends at the first body block nobody claims, the *tail*
   starts after the last one; the middle of the article asks for much more. In plain text, only the body blocks of
   the article's zone count (edge_chrome ``body_zone``: a long boilerplate line at an edge does not move them).
   ``release_mid_sections``: a section may take body-sized paragraphs only at an edge (an "About the author" heading
   in the middle of a book review keeps its paragraphs).
   ``protect_reference_lists``: an article's own reference list at its end ("## Sources" over titled links, in any
   language of ``data/references.json``) is protected before anything goes.
4. ``remove_context_free``: a candidate goes when its strength reaches the threshold of its zone; a section's blocks
   go with their heading.
5. Context: ``tail_run``: at the end, a run that opens with a strong removal takes the weak candidates right
   after it; ``neighbours``: a near-threshold candidate or a short line between removals at an edge goes with
   them, at the start as at the end. A body-like block between two body blocks is in the middle, where weak
   evidence never removes. ``text_context`` (plain text only): the document's edges count as removals, a run of
   short blocks between two removals goes, widget rows between the head's removals and the prose go.
   ``block_model`` (``rules.BLOCK_MODEL``, blockml40): a short pasted text / Markdown document's kept blocks outside
   the article's span scored by learned trees (detectors/block_model.py).
6. ``keep_reply_invitation``: the author's invitation to reply that closes their own paragraph ("… ¿Te animas?
   Deja un comentario a este mensaje o mándame un correo") stays with the paragraph;
   ``protect_inner_body``: captions and quotations inside the body, and bibliography entries anywhere, stay;
   ``protect_body``: if the removals would leave less than ``min_body_ratio`` of the body, the body is kept and a
   warning says so.

Every number is in ``Thresholds`` (presets in ``PRESETS``); the rules' strengths are in ``rules.RULES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import regex

from .patterncache import compile_pattern
from .datafiles import read_json
from .detectors.base import ENDS_SENTENCE as _SENTENCE_END, has_words as _has_words, non_link_text, reads_as_sentence
from .detectors.edge_chrome import (ZONE_WORD, body_zone, content_words, name_like, folded_function_words, is_record, label_like, lines_page,
                                    strong_label, table_rows, title_like)
from .detectors.block_model import anchor as block_model_anchor, cue as block_model_cue, model as block_model_data, rows as block_model_rows
from .detectors.block_model import address as block_model_address, keyed as block_model_keyed
from .detectors.block_model import marker as block_model_marker, score as block_model_score
from .detectors.block_model import shape_class as block_model_shape_class
from .detectors.md_chrome import link_only, own_note
from .detectors.comment_zone import has_sentence
from .detectors.families import families, fold, reported_speech, words_of
from .detectors.lines import reading_list_member
from .detectors.references import heading_of, item_lines, recommendation_items, reference_heading, titled
from .detectors.structure import REFERENCE_LIKE, name_heading, person_bio, vocabulary
from .metashape import meta_line_shape
from .postmeta import record_evidence
from .model import Block, Finding
from .headcopies import crumb_to, doubled, labelled_title, norm, repeated_run, toc_marker
from .rules import (BETWEEN_GUARD, BLOCK_MODEL, BODY_LENGTH, CAPTION_DESCRIPTION_WORDS, CAPTION_MAX_PIECES, COMMENT_RULES,
                    EDGE_STRENGTH, GLUED_RULES, HEAD_COPIES, RESIDUE_NOT_CAPTION,
                    REFERENCES, RULES)
from .scripts import spaced_length, unmarked_sentence, word_count  # words and lengths, script-aware: one definition for every layer


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every number the decision uses, named (as jusText does). The presets are in ``PRESETS``."""

    edge: float = EDGE_STRENGTH  # strength needed at the start / end of the document
    near_edge: float = 0.75  # ...near the end: between the last two body paragraphs (an undetected bio or notice
    # after a detected "Subscribe now" line must not make it "mid-article")
    middle: float = 0.9  # strength needed between body paragraphs
    neighbour_margin: float = 0.15  # a candidate this close under ``edge`` goes when a neighbour went
    body_length: int = BODY_LENGTH  # a block without finding at least this long (and with few links) is body prose
    body_max_link_density: float = 0.5
    section_max_blocks: int = 6  # a heading takes at most this many blocks under it...
    section_max_chars: int = 2500  # ...and at most this many characters
    bio_section_max_people: int = 12  # an "About the authors" section of name sub-headings and bios (mdbios30)
    # takes at most this many people past ``section_max_blocks``...
    bio_section_max_blocks: int = 3  # ...each with at most this many blocks under the name...
    bio_member_max_chars: int = 1200  # ...the first (the bio) at most this long...
    bio_extra_max_chars: int = 400  # ...the others (a hobby sentence, a contact line) at most this long
    section_short_member: int = 100  # a "Related posts" section takes blocks up to this long (or link lines, items)
    section_link_density: float = 0.5  # ...or blocks at least this much link text
    section_short_line: int = 60  # ...or a line this short that is not a sentence
    repeated_heading: int = 3  # a heading cue found this often in one document is its structure, not boilerplate
    neighbour_max_chars: int = 80  # a short line between removed blocks goes with them up to this length
    # (``scripts.spaced_length``: a letter of a script without spaces counts as the characters its share of a word
    # takes in English, so 80 is about 27 Chinese letters)
    section_confidence: float = 0.95  # a section member's confidence, as a share of its heading's
    neighbour_confidence: float = 0.8  # a block that goes with its neighbour: a share of the neighbour's confidence
    run_opener: float = 0.85  # a removal at the end at least this strong opens a run...
    run_weak: float = 0.3  # ...that takes the candidates after it at least this strong...
    run_weak_max_chars: int = 2000  # ...but never a block of prose longer than this: a page's article glued into one
    offer_min_prompts: int = 2  # a promotion box to the end (``offer_run``, md30): this many strong calls to action...
    offer_max_blocks: int = 16  # ...in a run of at most this many blocks to the document's end...
    offer_max_chars: int = 300  # ...whose kept blocks are headings, images, list items, paragraphs this short (spaced)
    min_body_ratio: float = 0.25  # never keep less than this share of the body's characters
    reply_min_words: int = 6  # an invitation to reply that closes the author's paragraph says at least this much
    # plain text's context at the page's edges (``text_context``; textzone11)
    edge_run_max_blocks: int = 3  # a run of at most this many short blocks between two removals at an edge goes
    edge_run_min_words: int = 4  # a widget row between the head's removals and the prose: each line this many words...
    edge_run_min_lines: int = 2  # ...and at least this many such lines (or one strong label)
    dated_record_stays: bool = True  # a post's date with its day right above the title stays (decision 3)
    card_max_copies: int = 3  # a widget printed at most this many times (a listing's pairs come back more often)
    card_run_share: float = 0.5  # a run of a page's short lines (one unit) goes with its copy when at least this
    # share of its lines are the widget's
    weak_run_min_blocks: int = 2  # plain text's edges: this many short blocks in a row, each with a weak finding
    # (at least ``run_weak``), go together (``_weak_runs``, textfam31)
    teaser_tail_min: int = 2  # a related heading cue alone on its line, repeated, right after this many teasers
    # (paragraphs longer than ``neighbour_max_chars``) is each teaser's "read more" link (``_teaser_tails``)
    named_heading_blocks: int = 3  # a heading that is one product link (an affiliate link) stays when the body
    # prose under it names it: at least half its words in the next this many blocks (``_named_heading``)
    heading_body_gap: int = 3  # Markdown's head: a heading with at most this many short removed blocks (a byline, a
    # breadcrumb, a share row) between it and the first body paragraph is the article's title (``_heads_body``)


#: Kinds whose heading may take prose paragraphs under it (a bio, a licence text, a disclosure); the others
#: ("Related posts", "Tags", "Share this") take only short lines and link lists.
SECTIONS_TAKE_PROSE = frozenset({"author_bio", "rights_notice", "affiliate"})
#: A one-word heading cue ("Email", "Share", "Tags") removes itself but opens a section only for these kinds
#: ("Biography", "License").
ONE_WORD_SECTIONS = frozenset({"author_bio", "rights_notice"})
#: Menus and share bars take only link lines and list items under them ("Skip to content" does not take the title).
LINKS_ONLY_SECTIONS = frozenset({"navigation", "call_to_action"})

PRESETS: dict[str, Thresholds] = {
    "precision": Thresholds(edge=0.75, near_edge=0.9, middle=0.97, neighbour_margin=0.1, neighbour_max_chars=50,
                            run_opener=0.9, run_weak=0.45),
    "balanced": Thresholds(),
    "recall": Thresholds(edge=0.45, near_edge=0.6, middle=0.85, neighbour_margin=0.2, neighbour_max_chars=120,
                         run_opener=0.8, run_weak=0.25, dated_record_stays=False),
}


@dataclass(slots=True)
class Verdict:
    keep: bool = True
    kind: str = ""
    rule: str = ""
    cue: str = ""
    confidence: float = 0.0
    section: int | None = None  # index of the heading whose section this block was removed with

    @property
    def by_neighbours(self) -> bool:
        """Removed for its neighbours' sake (the ``neighbour.*`` rules of the context passes), not for evidence of its
        own: one place that knows those rules' family, for the passes and the result that must tell them apart."""
        return self.rule.startswith("neighbour.")


@dataclass(slots=True)
class Decision:
    verdicts: list[Verdict]
    warnings: list[str] = field(default_factory=list)
    title_index: int | None = None
    sections: dict[int, list[int]] = field(default_factory=dict)  # opener index -> claimed block indexes
    #: the strength each block's zone asks for (edge / near edge / middle): what a kept finding fell short of
    #: (``result.near_misses``)
    block_thresholds: list[float] = field(default_factory=list)
    #: block -> the body protection that kept it whatever its findings (a rule of ``rules.RULES``: "body.…"; the
    #: near miss's ``reason``)
    protections: dict[int, str] = field(default_factory=dict)



_QUOTATION = compile_pattern(r"[\"“”«»„‘’「」『』]")
_NOT_TEXT = compile_pattern(r"[\s!\[\]()|*_\-–—]+")
#: A quoted passage: "...", “...”, «...», „...“, 「...」, 『...』.
_QUOTED = compile_pattern(r"\"[^\"]{8,}\"|“[^”]{8,}”|«[^»]{8,}»|„[^“”]{8,}[“”]|「[^」]{8,}」|『[^』]{8,}』")
#: A quotation at least this share of its block's characters...
QUOTED_SHARE = 0.3


# --- the state the passes share ------------------------------------------------------------------------------------
@dataclass(slots=True)
class State:
    blocks: list[Block]
    thresholds: Thresholds
    top: list[Finding | None]  # the strongest finding of each block (None: no finding)
    decision: Decision
    prose: list[bool] = field(default_factory=list)  # body-sized, whatever the findings
    body: list[bool] = field(default_factory=list)  # body-sized and no finding
    protected: list[bool] = field(default_factory=list)  # never removed: code, the title
    claimed_by: dict[int, int] = field(default_factory=dict)  # block -> the section opener that claimed it
    head_end: int = 0  # the head is blocks[:head_end]...
    tail_start: int = 0  # ...the tail blocks[tail_start:]...
    near_tail_start: int = 0  # ...and the end of the article from here (after the second-to-last body paragraph)
    text: bool = False  # plain text (the page's own lines): ``text_context`` runs...
    near_head_end: int = 0  # ...and a site's blurb up to the article's late title (``_late_title``)
    markdown: bool = False  # a Markdown document's blocks: ``offer_run`` runs
    md_title: int = -1  # a Markdown page's title heading before its prose (``_markdown_title``), else -1
    findings: list[list[Finding]] = field(default_factory=list)  # every finding of each block (``_teaser_tails``)
    # the first block of prose with a sentence (``_first_head_prose``), found once when a pass first asks (speed37):
    # ``prose`` is set by ``classify`` and never changes after it; -2: not looked for yet
    head_prose_at: int | None = -2

    @property
    def n(self) -> int:
        return len(self.blocks)

    @property
    def verdicts(self) -> list[Verdict]:
        return self.decision.verdicts

    def at_edge(self, i: int) -> bool:
        return i < self.head_end or i >= self.tail_start

    def threshold_at(self, i: int) -> float:
        """The strength a candidate needs where it sits."""
        if self.at_edge(i):
            return self.thresholds.edge
        near = i >= self.near_tail_start or i < self.near_head_end
        return self.thresholds.near_edge if near else self.thresholds.middle

    def remove(self, i: int, kind: str, rule: str, cue: str, confidence: float, section: int | None = None) -> bool:
        if self.protected[i]:
            return False
        self.verdicts[i] = Verdict(False, kind, rule, cue, round(confidence, 3), section)
        return True


def _is_body(block: Block, thresholds: Thresholds) -> bool:
    if block.line_run:
        return False  # (a run of a page's short lines, readers/text.py ``line_groups``: never the article's prose)
    # a line of a cut page is measured as the cut measured it (spaced length: a Chinese line of prose is one)
    size = spaced_length(block.plain) if block.page_lines else len(block.plain)
    return (block.type in ("paragraph", "quote", "list_item")
            and size >= thresholds.body_length
            and block.link_density < thresholds.body_max_link_density)


def _ends_section(opener: Block, block: Block) -> bool:
    if block.type != "heading":
        return False
    if opener.type == "heading" and opener.level and block.level:
        return block.level <= opener.level
    return True


# --- the passes ----------------------------------------------------------------------------------------------------
def strongest(findings: list[list[Finding]], thresholds: Thresholds) -> list[Finding | None]:
    """Each block's strongest finding; a heading cue found ``repeated_heading`` times or more in one document is its
    structure ("Biography" over every entry), not boilerplate (a share bar at the top and the bottom is found twice)."""
    top: list[Finding | None] = [f[0] if f else None for f in findings]
    seen: dict[str, int] = {}
    for finding in top:
        if finding is not None and finding.match == "heading":
            seen[finding.cue] = seen.get(finding.cue, 0) + 1
    return [None if f is not None and f.match == "heading" and seen[f.cue] >= thresholds.repeated_heading else f
            for f in top]


def classify(state: State) -> None:
    """Body, candidate or short; code and the title protected."""
    state.prose = [_is_body(b, state.thresholds) for b in state.blocks]
    state.body = [state.top[i] is None and state.prose[i] for i in range(state.n)]
    state.protected = [b.type == "code" or i == state.decision.title_index for i, b in enumerate(state.blocks)]
    if state.markdown:
        state.md_title = _markdown_title(state.blocks, state.body)


def _markdown_title(blocks: list[Block], body: list[bool]) -> int:
    """The index of a Markdown page's title by Markdown's own structure, else -1 (mdkeep35): its first level-1
    heading with words of its own ("# Courses, Seminars and Workshops Listed by Program"), when it comes before the
    article's first paragraph of prose (``State.body``). A heading that is one link ("# [evolve extension for
    Mercurial](index.html)") is the site's name over its menus and is passed over; a level-1 heading after the prose
    began is a section's or a footer's, not the title."""
    for i, block in enumerate(blocks):
        if body[i]:
            return -1
        if block.type == "heading" and block.level == 1 and _has_words(block) \
                and not (block.links and link_only(block)):
            return i
    return -1


def _section_members(state: State, i: int, finding: Finding) -> list[int]:
    """The blocks a section opener at ``i`` takes: up to the next heading or opener, within the size bounds."""
    blocks, top, th = state.blocks, state.top, state.thresholds
    members: list[int] = []
    chars = 0
    for j in range(i + 1, state.n):
        block, other = blocks[j], top[j]
        if _ends_section(blocks[i], block) or (other is not None and other.opens_section) or block.foreign_prose:
            break  # (prose the page glued under the opener's lines is not its section's: edge_chrome, textfam32)
        if block.type == "heading" and other is None and finding.kind not in SECTIONS_TAKE_PROSE \
                and j + 1 < state.n and state.body[j + 1]:
            break  # a sub-heading over body prose is the article's ("### 5. Check the hairdryer" after a related
            # box of links in the middle of a list article), not the box's
        lines = [line for line in block.text.splitlines() if line.strip()]
        linkish = block.type == "list_item" or (block.links and block.link_density >= th.section_link_density) or (
            len(block.plain) <= th.section_short_line and not reads_as_sentence(block.plain)
            and j != state.decision.title_index) or (
            len(lines) >= 2 and all(len(line) <= th.section_short_member for line in lines))  # a list as lines
        if finding.kind in LINKS_ONLY_SECTIONS and not (linkish or other is not None):
            break
        if finding.kind not in SECTIONS_TAKE_PROSE and not linkish and (
                state.body[j] or len(block.plain) > th.section_short_member):
            break
        if len(members) >= th.section_max_blocks or chars + len(block.plain) > th.section_max_chars:
            if finding.kind == "author_bio" and blocks[i].type == "heading":
                found = bio_section(blocks, i, th)  # "About the authors" over each author's name and bio...
                end = found[-1] + 1 if found else state.n
                return found if not any(state.prose[end:]) else []  # ...at the end: no prose after it
            return []  # the "section" runs on: it is not a box under a heading, claim nothing
        members.append(j)
        chars += len(block.plain)
    return members


def bio_section(blocks: list[Block], i: int, th: Thresholds) -> list[int]:
    """The blocks of a bio heading's section of several people (mdbios30): under "About the authors", per person a
    sub-heading with the name (``structure.name_heading``) and up to ``bio_section_max_blocks`` blocks whose first
    opens as that person's bio (``structure.person_bio``: "[Vinay](…) is a Solutions Architect at …"; a hobby
    sentence may follow). It stops at a heading of the opener's level or higher, at a sub-heading that is no name
    or whose first block is no bio (an appendix, the article's own section), or at a block without a heading over
    it; with fewer than two people it claims nothing. Only at the end does it go (``_section_members``: no prose
    after it; a section in the middle is the article's: "About the founders" in a company history)."""
    opener, vocab = blocks[i], vocabulary()
    members: list[int] = []
    people = 0
    j = i + 1
    while j < len(blocks) and people < th.bio_section_max_people:
        block = blocks[j]
        if block.type != "heading" or (opener.level and block.level and block.level <= opener.level):
            break
        name = name_heading(block)
        under: list[int] = []
        k = j + 1
        while k < len(blocks) and blocks[k].type != "heading" and len(under) < th.bio_section_max_blocks:
            if len(blocks[k].plain) > (th.bio_extra_max_chars if under else th.bio_member_max_chars):
                break
            under.append(k)
            k += 1
        if name is None or not under or person_bio(blocks[under[0]], name, vocab) is None \
                or (k < len(blocks) and blocks[k].type != "heading"):
            break
        members += [j, *under]
        people += 1
        j = k
    return members if people >= 2 else []


def _heads_reading_list(state: State, i: int, members: list[int]) -> bool:
    """A related heading over a reading list or a bibliography ("Further reading" then "Middlemarch by George Eliot",
    "Hughes, T. P. et al. ... (2017)"): every member (or, when it claims none, the block right under it) is a work
    with its author or a reference, with no link (detectors/lines.py ``reading_list_member``). The list is the
    article's, and so is its heading; a list of links to posts, bylines or not, stays a related list."""
    under = members or ([i + 1] if i + 1 < state.n else [])
    return bool(under) and all(reading_list_member(state.blocks[j]) for j in under)


#: A statement's end: a full stop (not "..."), a closing quote or bracket after it
_STATEMENT_END = compile_pattern(r"(?<!\.)[.。]['\"”»)]?$")


def _unlinked_box(state: State, members: list[int]) -> bool:
    """A related heading's section in a page with links (HTML, Markdown) that opens with blocks holding no link, one
    of them a statement (a full stop ends it; a title may end with "?" or "!"): what the heading stands over is the page's own text, not a list of links to other pages (a
    box's items open with a linked title or a thumbnail): "More articles", a label of the page's menu, over the
    article's title, its standfirst "The North Kent Marshes are the Thames Estuary's secret wilderness." and its
    credits, then the article's pager (keep35b)."""
    blocks = state.blocks
    lead = []
    for j in members:
        if blocks[j].links:
            break
        lead.append(j)
    if not lead or not any(_STATEMENT_END.search(blocks[j].plain) for j in lead):
        return False  # (a title may end with "?" or "!": "Wie funktioniert eigentlich eine Wärmepumpe?")
    # (a page whose links are labelled, HTML or Markdown: a page text's bare addresses are links too, and there a
    # related heading's lines hold no link either: keep35b's WET measure, cleaneval-final/403 "See also:", 568)
    return any(_labelled(link) for block in blocks for link in block.links)


def _labelled(link) -> bool:
    """A link with a label of its own, not its address printed ("https://…", "www.…")."""
    label = link.text.strip()
    return bool(label) and "://" not in label and not label.lower().startswith("www.") and label != link.url


def claim_sections(state: State) -> None:
    """A heading finding takes the blocks under it."""
    for i, finding in enumerate(state.top):
        if finding is None or not finding.opens_section or i in state.claimed_by:
            continue
        if word_count(state.blocks[i].plain) == 1 and finding.kind not in ONE_WORD_SECTIONS:
            continue
        if state.blocks[i].line_run and "\n" in state.blocks[i].text.strip():
            continue  # a cut page's run of labels (a menu, readers/text.py ``line_groups``) that opens with a box's
            # heading word ("About" / "Recipes" / ...) goes by its finding; it takes nothing under it (lines13)
        members = _section_members(state, i, finding)
        if finding.kind == "related" and _heads_reading_list(state, i, members):
            state.top[i] = None
            continue
        if finding.kind == "related" and members and _unlinked_box(state, members):
            members = []  # (the heading goes by its finding; what is under it is no list of links)
        state.decision.sections[i] = members
        for j in members:
            state.claimed_by.setdefault(j, i)


def find_zones(state: State) -> None:
    """The head (before the first unclaimed body block), the tail (after the last) and the end of the article; in
    plain text a site's blurb too: between the first body block and a title line before the second (``near_edge``)."""
    unclaimed_body = [i for i in range(state.n) if state.body[i] and i not in state.claimed_by]
    if state.text and len(unclaimed_body) > 1 and lines_page(state.blocks):
        # plain text: the article's zone, the densest run of prose (edge_chrome ``body_zone``): a long boilerplate
        # line at an edge, parted from the article by label lines, does not move the body's edges
        zone = body_zone(state.blocks, [[f] if f is not None else [] for f in state.top],
                         state.thresholds.body_length, state.thresholds.edge, state.decision.title_index)
        inside = [i for i in unclaimed_body if zone is not None and zone[0] <= i <= zone[1]]
        if inside and zone is not None and len(inside) < len(unclaimed_body):
            # the zone leaves body-sized blocks out at an edge: that edge moves to the zone's own (its first or
            # last block of text, a hard-wrapped line as well as a paragraph)
            first = min(inside[0], zone[0]) if zone[0] > unclaimed_body[0] else unclaimed_body[0]
            last = max(inside[-1], zone[1]) if zone[1] < unclaimed_body[-1] else unclaimed_body[-1]
            unclaimed_body = [first, *(i for i in inside if first < i < last), last] if last > first else [first]
    state.head_end = unclaimed_body[0] if unclaimed_body else state.n
    state.tail_start = unclaimed_body[-1] + 1 if unclaimed_body else 0
    state.near_tail_start = unclaimed_body[-2] + 1 if len(unclaimed_body) > 1 else state.tail_start
    if state.text and len(unclaimed_body) > 1:
        # plain text: a site's blurb of prose over a cookie notice and the article's title must not put the notice
        # in the middle: up to a title line before the second body paragraph, the edge is near
        state.near_head_end = _late_title(state, unclaimed_body[0], unclaimed_body[1])


def _late_title(state: State, first: int, second: int) -> int:
    """The last line between the first and the second body paragraphs that reads as the article's title (one line, no
    finding, edge_chrome ``title_like``, no line that holds a date), or ``first`` when there is none: the first
    "body" paragraph was then a site's blurb above the article."""
    for i in range(second - 1, first, -1):
        if _headline(state, i):
            return i
    return first


def release_mid_sections(state: State) -> None:
    """Sections in the middle of the article may only take short blocks (link lists), never prose: a lone heading cue
    in the body, with prose under it, is the article's own."""
    for opener, members in state.decision.sections.items():
        if not state.at_edge(opener) and any(state.body[j] for j in members):
            for j in members:
                if state.claimed_by.get(j) == opener:
                    del state.claimed_by[j]
            state.decision.sections[opener] = []
            state.top[opener] = None


#: A reference list (``protect_reference_lists``) overcomes its items' shapes (``structure`` findings) of these kinds,
#: the shapes a list of titled links has (a menu of link lines, a related title list); other findings (a cue of
#: these kinds too) only under the protection's strength.
REFERENCE_LIST_OVERRIDES = frozenset({"navigation", "related"})
#: ...and a block with a finding of these kinds ends it: a bio with its website, a copyright line, a disclosure
#: after the sources are never one of them.
REFERENCE_LIST_ENDS = frozenset({"author_bio", "rights_notice", "affiliate"})
REFERENCE_LIST = "body.reference_list"


def _own_finding(finding: Finding | None) -> bool:
    """An item's finding a reference list does not overcome: the page's markup or the site's repetition, or a finding
    other than a list's shape at least as strong as the protection (a share link, a repost credit, a pager's cue)."""
    if finding is None:
        return False
    if finding.match in ("dom", "site"):
        return True
    if finding.kind in REFERENCE_LIST_OVERRIDES and finding.match == "structure":
        return False
    return finding.strength >= RULES[REFERENCE_LIST].short  # (a navigation cue too: "« Previous | Contents")


def _reference_list(state: State, i: int) -> list[int]:
    """The blocks of the reference list headed at ``i`` (the heading first), or [] when there is none there."""
    blocks, top = state.blocks, state.top
    heading, own_items = heading_of(blocks[i])
    if not heading or own_items is None:
        return []
    # a heading cue of its own ("출처", "来源") and a list's shape are overcome; a related cue wins ("Related sources")
    finding = top[i]
    if finding is not None and (finding.kind == "related" and finding.match != "structure"
                                or finding.match in ("dom", "site")
                                or own_items and _own_finding(finding)):
        return []
    members = [i]
    titled_items = sum(map(titled, own_items))
    j = i + 1
    while j < state.n:
        other = top[j]
        if blocks[j].type == "heading" or other is not None and (
                other.kind in REFERENCE_LIST_ENDS or other.match == "heading" or other.opens_section):
            break  # (a bio, a copyright line; a heading cue: "Related Posts", "You may also like:")
        items = item_lines(blocks[j], loose=blocks[j].group == blocks[i].group)
        if items is None or heading_of(blocks[j])[0]:
            break
        if not _own_finding(top[j]):
            members.append(j)
            titled_items += sum(map(titled, items))
        j += 1
    if titled_items < REFERENCES.min_items:
        return []
    # at the end of the article: text before the heading (paragraphs of ``body_length`` characters in all: a
    # Chinese paragraph is short), no body block (unclaimed) after the list
    before = sum(len(state.blocks[k].plain) for k in range(i) if state.blocks[k].type == "paragraph")
    if before < state.thresholds.body_length or \
            any(state.body[k] and k not in state.claimed_by for k in range(j, state.n)):
        return []
    return members


def _recommendation_list(state: State, i: int) -> list[int]:
    """The lead and the items of the recommendation list at ``i`` (``references.recommendation_items``: a lead
    sentence in the article's own voice over links to other hosts, anywhere in the article), or []. Its items keep
    their own strong findings (``_own_finding``); the lead keeps a cue of its own that is no list's shape ("Related
    posts:" is a related lead, not a sentence of six words)."""
    finding = state.top[i]
    if finding is not None and finding.match != "structure":
        return []
    items = recommendation_items(state.blocks, i)
    if not items:
        return []
    return [i] + [j for j in items if not _own_finding(state.top[j])]


def protect_reference_lists(state: State) -> None:
    """An article's own reference list is body: a heading that names its sources, references, bibliography or notes
    (``data/references.json``, 30 languages: "Sources", "Quellen", "Fuentes", "Kaynaklar", "Источники", "参考资料")
    over two or more titled items (links with their labels, names, entries: not bare addresses) at the end of the
    article (detectors/references.py). By shape alone such a list is a menu (``navigation.link_run``), a related
    list (``related.title_list``) or a credit (``source_credit.credit_line``); the heading says what it is. The
    heading and its items are protected (``Decision.protections``: ``body.reference_list``, the near misses' reason),
    but for an item with a finding of its own (``_own_finding``: a share link, a repost credit, the page's markup).
    "Source: <url>" alone after the body is still a credit (one item), and so is a list of bare addresses; a related
    heading ("Related sources", "More from our sources") is none."""
    i = 0
    while i < state.n:
        members = _reference_list(state, i) or _recommendation_list(state, i)
        for j in members:
            state.protected[j] = True
            state.decision.protections[j] = REFERENCE_LIST
        i = members[-1] + 1 if members else i + 1


def remove_context_free(state: State) -> None:
    """A candidate goes when its strength reaches its zone's threshold; a section's blocks go with their heading."""
    for i, finding in enumerate(state.top):
        if finding is not None and finding.strength >= state.threshold_at(i):
            state.remove(i, finding.kind, finding.rule, finding.cue, finding.strength)
    for j, opener in sorted(state.claimed_by.items()):
        opener_verdict = state.verdicts[opener]
        if opener_verdict.keep or not state.verdicts[j].keep:
            continue
        state.remove(j, opener_verdict.kind, f"{opener_verdict.kind}.section", opener_verdict.cue,
                     opener_verdict.confidence * state.thresholds.section_confidence, section=opener)


def tail_run(state: State) -> None:
    """At the end, after the article's last body paragraph: a strong removal opens a run that takes the weak
    candidates right after it (a bio with no heading after a detected "Share this", a contact line after a copyright
    notice). A block with no finding at all, or a protected one, ends the run (the short lines between removals are
    the ``neighbours`` pass's); so does prose longer than ``run_weak_max_chars``: a weak finding (a byline's "Written
    by" on a WET page whose article is one glued block) never takes a page's worth of text."""
    th = state.thresholds
    opener: Verdict | None = None
    for i in range(state.tail_start, state.n):
        verdict = state.verdicts[i]
        if not verdict.keep:
            if opener is None and verdict.confidence >= th.run_opener:
                opener = verdict
            continue
        finding = state.top[i]
        block = state.blocks[i]
        if opener is None or state.protected[i] or finding is None or (
                state.prose[i] and len(block.plain) > th.run_weak_max_chars):
            if _has_words(block):
                opener = None
            continue
        if finding.strength >= th.run_weak:
            state.remove(i, finding.kind, finding.rule, f"{finding.cue} · weak, in the run of removals at the end",
                         finding.strength)


def _offer_member(state: State, i: int) -> bool:
    """A kept block a promotion box at the end may hold: a heading, an image, a list item or a short paragraph
    (under ``body_length`` and ``offer_max_chars`` spaced), not protected (a reference list, the title, code), no
    table, no quotation, no edit note of the post's."""
    block = state.blocks[i]
    if state.protected[i] or block.type in ("code", "table", "quote") or state.decision.title_index == i:
        return False
    if block.type in ("rule", "front_matter") or not _has_words(block) or _image_only(block):
        return True
    if block.type not in ("heading", "list_item", "paragraph") or reference_heading(block.plain.strip()) \
            or state.prose[i] or own_note(block):
        return False  # (a paragraph of body length; a post's own edit note)
    return spaced_length(block.plain) <= state.thresholds.offer_max_chars


def offer_run(state: State) -> None:
    """A promotion box to the end of the document (md30): from a strong call to action that went (``run_opener``),
    every block to the end is a removal, a heading, an image, a list item or a short paragraph, and the run holds
    ``offer_min_prompts`` strong calls to action or more, the first two with a kept block between them ("follow my
    account for more articles like this" … "what you get: …" list … "scan the code to join" … a group's pitch, a
    slogan), and the article's text before it is larger than the box: the kept blocks go with them, and so
    does a heading right over the first prompt (the box's title). An FAQ, an appendix or a PS after one closing
    prompt has no second one; a share bar's two buttons side by side are no box (a Chinese article's short paragraphs
    after "分享到微博 / 分享到微信" stay); a reference list, a table, code, a quotation or a paragraph of body length ends the
    box, and so does an entry of its own between two removals (``_entry_between``, the neighbours pass's guard: a
    comment thread's entries between its "Log in to Reply" links, a numbered list's items; tidy40); a box that does
    not reach the end is left to the other passes. Markdown only: an HTML page's boxes are
    its DOM's (``call_to_action.dom``; on the HTML dump this pass took 6 pages' tails, 2 with text the CleanEval gold
    keeps), and plain text's lines between removals are ``text_context``'s (more than three stay)."""
    if not state.markdown:
        return  # (an HTML page's boxes are the DOM's, ``call_to_action.dom``; plain text's lines are text_context's)
    th, verdicts = state.thresholds, state.verdicts

    def strong(i: int) -> bool:
        verdict = verdicts[i]
        return not verdict.keep and verdict.kind == "call_to_action" and verdict.confidence >= th.run_opener

    start = next((i for i in range(max(0, state.n - th.offer_max_blocks), state.n) if strong(i)), None)
    if start is None:
        return
    members = [i for i in range(start + 1, state.n) if verdicts[i].keep]
    prompts = [i for i in range(start, state.n) if strong(i)]
    if len(prompts) < th.offer_min_prompts or not all(_offer_member(state, i) for i in members):
        return
    if any(_entry_between(state, i, (i - 1, i + 1)) for i in members):
        return  # a comment thread's entries or a numbered list's items between the prompts: no box (tidy40)
    if not any(prompts[0] < i < prompts[1] and _has_words(state.blocks[i]) for i in members):
        return  # two prompts side by side are a share bar's or a footer's buttons, not a box that pitches between them
    before = sum(spaced_length(b.plain) for b in state.blocks[:start] if b.type in ("paragraph", "list_item", "quote"))
    if before < sum(spaced_length(state.blocks[i].plain) for i in members):
        return  # the article before it is larger than the box (a short page's article under a follow line stays)
    opener = verdicts[start]
    cue = f"{opener.cue} · in a promotion box to the end"
    for i in members:
        if _has_words(state.blocks[i]):
            state.remove(i, opener.kind, "call_to_action.offer_run", cue, opener.confidence * th.neighbour_confidence)
    title = start - 1
    while title >= 0 and state.blocks[title].type == "rule":
        title -= 1
    if title >= 0 and verdicts[title].keep and state.blocks[title].type == "heading" and state.top[title] is None \
            and _offer_member(state, title):
        state.remove(title, opener.kind, "call_to_action.offer_run", cue, opener.confidence * th.neighbour_confidence)


def _cut_off_heading(block: Block) -> bool:
    """A heading, or a line of at most three words with no link and no sentence end ("References", "Notes"): as the
    document's last block, the start of a section the input cut off, not a line between two removals. A lead that
    ends with a colon ("Mehr Themen:") is a list's lead, and goes."""
    plain = block.plain.strip()
    if plain.endswith((":", "：")):
        return False
    return block.type == "heading" or (not block.links and len(plain.split()) <= 3 and plain[:1].isupper()
                                       and not _SENTENCE_END.search(plain))


def _heads_body(state: State, i: int) -> bool:
    """Block ``i`` is a Markdown page's heading in the head whose next kept block with words is body prose (no
    finding, body-sized), past at most ``heading_body_gap`` removed blocks no longer than ``neighbour_max_chars`` (a
    byline "Written by ..." / "Edited by ...", a breadcrumb, a share row) and blocks without words (an image): the
    article's title between the page's removed table of contents and its removed byline, not a line between two
    removals. A menu's label heading has a menu, a label or another heading under it, not the article's prose."""
    blocks, th = state.blocks, state.thresholds
    if not state.markdown or blocks[i].type != "heading" or i >= state.head_end:
        return False
    gap = 0
    for j in range(i + 1, state.n):
        block = blocks[j]
        if not _has_words(block):
            continue
        if state.verdicts[j].keep:
            return state.body[j]
        gap += 1
        if gap > th.heading_body_gap or spaced_length(block.plain) > th.neighbour_max_chars:
            return False
    return False


def _dated_record_over_post(state: State, i: int) -> bool:
    """Block ``i`` is a Markdown page's date line with its day ("## December 26, 2006", "Monday, May 23, 2005") whose
    next block with words is kept and is the post's prose (``State.body``) or a heading right over it (the post's
    title): the post's record, which stays next to a removed sidebar (decision 3; mdpages34b). An archive's month
    ("Archives: December 2006") has no day; a date line over a menu or over another removal still goes."""
    blocks = state.blocks
    if not state.markdown or not state.thresholds.dated_record_stays or not _DAY.search(blocks[i].plain) \
            or not is_record(blocks[i].plain):
        return False
    after = list(islice((j for j in range(i + 1, state.n) if _has_words(blocks[j])), 2))
    if not after or not state.verdicts[after[0]].keep:
        return False
    if state.body[after[0]]:
        return True
    return blocks[after[0]].type == "heading" and state.top[after[0]] is None and len(after) > 1 \
        and state.verdicts[after[1]].keep and state.body[after[1]]


def _glued_paragraph(state: State, i: int) -> bool:
    """Whether block ``i``'s paragraph had a glued line cut out of it that went (detectors/glued.py,
    ``rules.GLUED_RULES``: a link table's row, an ad slot's title, an image's file name): its pieces are the page's
    own lines a scraper glued, not a sentence and the prompt glued to it, and no piece goes with its removed
    neighbour for being of the same paragraph (the caption under "BANNER <ADVERTISER>" and over its credit stays)."""
    group = state.blocks[i].group
    for step in (-1, 1):
        j = i + step
        while 0 <= j < state.n and state.blocks[j].group == group:
            verdict = state.verdicts[j]
            if not verdict.keep and verdict.rule in GLUED_RULES:
                return True
            j += step
    return False


def _caption_over_credit(state: State, i: int) -> bool:
    """Whether block ``i`` is a caption's sentence whose picture credit the segmenter cut off after it ("Violência
    doméstica. Foto: Freepick"): the credit is the caption's, the caption is not the credit's (lines36). Only a
    piece that ends a sentence, with the credit right after it in the same paragraph and no removed piece of that
    paragraph before it."""
    blocks, verdicts = state.blocks, state.verdicts
    if i + 1 >= state.n or verdicts[i + 1].keep or verdicts[i + 1].rule != "source_credit.photo_line" \
            or blocks[i + 1].group != blocks[i].group:
        return False
    if i > 0 and blocks[i - 1].group == blocks[i].group and not verdicts[i - 1].keep:
        return False
    return blocks[i].plain.rstrip()[-1:] in (".", "。")


#: An item number opening a block: "2) ...", "14. ...", "(3) ..." (the number, the opening mark, the closing mark).
_ITEM_NUMBER = compile_pattern(r"^\s*([(\[]?)(\p{Nd}{1,3})([.)\]])\s+\S")


def _line_key(block: Block) -> str:
    return " ".join(block.plain.casefold().split())


def _thread_entry(state: State, i: int, around: Iterable[int]) -> bool:
    """Whether block ``i``, between the removals ``around``, is a comment thread's entry (``rules.BetweenGuard``): a
    removal of the comment system is next to it, and the block is a reader's sentence (``has_sentence``, ending
    one), or it lies between two removals of the comment system, each at most ``thread_span_blocks`` away, one of
    which is the line under (or over) every comment: the other one is its copy, or its copy is removed again at most
    ``thread_span_blocks`` beyond it ("3 Comments" / entry / "Log in to Reply" / entry / "Log in to Reply")."""
    verdicts, blocks, n = state.verdicts, state.blocks, state.n

    def ui(k: int) -> bool:
        return not verdicts[k].keep and verdicts[k].rule in COMMENT_RULES

    if not any(0 <= k < n and ui(k) for k in around):
        return False  # (most lines between two removals)
    plain = blocks[i].plain.rstrip()
    if reads_as_sentence(plain) and has_sentence(plain):
        return True  # (a Thai reader's sentence ends with no mark: ``reads_as_sentence``, tidy40)
    span = BETWEEN_GUARD.thread_span_blocks

    def next_ui(start: int, step: int) -> int | None:
        stop = max(-1, start - span) if step < 0 else min(n, start + span)
        return next((k for k in range(start, stop, step) if ui(k)), None)

    above, below = next_ui(i - 1, -1), next_ui(i + 1, 1)
    if above is None or below is None:
        return False
    key_above, key_below = _line_key(blocks[above]), _line_key(blocks[below])
    if key_above == key_below:
        return True
    further = next_ui(below + 1, 1)
    if further is not None and _line_key(blocks[further]) == key_below:
        return True
    further = next_ui(above - 1, -1)
    return further is not None and _line_key(blocks[further]) == key_above


def _numbered_item(state: State, i: int) -> bool:
    """Whether block ``i`` opens with an item number one above the number that a block at most
    ``BETWEEN_GUARD.list_back_blocks`` before it opens with, in the same marks ("1) Lego ..." / "2) Polistil ..."):
    an entry of the article's numbered list, each over its removed link."""
    found = _ITEM_NUMBER.match(state.blocks[i].plain)
    if found is None or int(found.group(2)) < 2:
        return False
    want = (found.group(1), str(int(found.group(2)) - 1), found.group(3))
    for k in range(max(0, i - BETWEEN_GUARD.list_back_blocks), i):
        other = _ITEM_NUMBER.match(state.blocks[k].plain)
        if other is not None and other.groups() == want:
            return True
    return False


def _entry_between(state: State, i: int, around: Iterable[int]) -> bool:
    """A block between two removals that is an entry of its own: a comment thread's (``_thread_entry``), or a
    numbered list's (``_numbered_item``); never taken for its neighbours' sake (guard39)."""
    return _thread_entry(state, i, around) or _numbered_item(state, i)


def _neighbour_removal(state: State, i: int) -> bool:
    """Remove block ``i`` if a removed neighbour takes it with it; whether it was removed."""
    verdicts, blocks, th, n = state.verdicts, state.blocks, state.thresholds, state.n
    if not verdicts[i].keep or state.protected[i]:
        return False
    before = verdicts[i - 1] if i > 0 else None
    after = verdicts[i + 1] if i + 1 < n else None
    if before is not None and not before.keep:
        removed_neighbour = before
    elif after is not None and not after.keep:
        removed_neighbour = after
    else:
        return False  # most blocks: both neighbours kept
    if not state.at_edge(i):
        return False
    finding = state.top[i]
    if finding is not None and finding.strength >= th.edge - th.neighbour_margin:
        if finding.strength < th.edge and state.prose[i] and len(blocks[i].plain) > th.run_weak_max_chars:
            return False  # a weak finding never takes a page's worth of prose with its neighbour (tail_run's bound:
            # a lead cue opening a WET page's article glued into one block; gate37)
        if _dated_record_over_post(state, i):
            return False  # a post's date over its title or its prose: the post's record (decision 3)
        return state.remove(i, finding.kind, finding.rule, finding.cue, finding.strength)
    block = blocks[i]
    if finding is None and own_note(block):
        return False  # a post's own edit note ("Edit: fixed the URL, thanks to ..."): the author's (md_chrome.py)
    if finding is None and block.line_run and table_rows([line for line in block.text.split("\n") if line.strip()]):
        return False  # a cut page's run of a table's rows (a price list, a product's specifications; lines13)
    if finding is None and i == state.md_title:
        return False  # a Markdown page's title between its removed menus stays (``_markdown_title``, mdkeep35)
    same_paragraph = any(v is not None and not v.keep and blocks[j].group == block.group
                         for j, v in ((i - 1, before), (i + 1, after)) if 0 <= j < n)
    if same_paragraph and (_glued_paragraph(state, i) or _caption_over_credit(state, i)):
        same_paragraph = False  # (a paragraph of glued lines: its pieces are the page's lines, lines36)
    if finding is None and same_paragraph and spaced_length(block.plain) <= th.neighbour_max_chars:
        # "Don't miss out!" split from "Subscribe now to..." goes with it
        return state.remove(i, removed_neighbour.kind, "neighbour.same_paragraph", "",
                            removed_neighbour.confidence * th.neighbour_confidence)
    closed = (before is None or not before.keep) and (after is None or not after.keep)
    if closed and ((before is not None and before.rule in GLUED_RULES or after is not None and after.rule in GLUED_RULES)
                   and block.plain.rstrip()[-1:] in ".。!?！？" or _caption_over_credit(state, i)):
        closed = False  # a sentence next to a glued line the cut parted from it (a caption under an ad slot's title),
        # a caption over its own credit (lines36)
    if finding is None and not state.body[i] and closed and state.at_edge(i) \
            and block.type not in ("rule", "table") and spaced_length(block.plain) <= th.neighbour_max_chars \
            and not (after is None and _cut_off_heading(block)) \
            and not (before is None and block.type == "heading" and block.level <= 1) \
            and not _heads_body(state, i) \
            and not ((block.line_title or i + 1 < n and blocks[i + 1].line_named) and i < state.head_end
                     and _headline(state, i)) \
            and not _entry_between(state, i, (i - 1, i + 1)):
        # (the first h1: the title; a headline over the date or the reading time the line cut's first pass named:
        # a cut page's title between its removed menu and its record line, lines29; the title-like line the line
        # model's head run ended above, Block.line_title, linemodel31b)
        return state.remove(i, removed_neighbour.kind, "neighbour.between_removed", "",
                            removed_neighbour.confidence * th.neighbour_confidence)
    return False


def neighbours(state: State) -> None:
    """Near-threshold candidates next to a removal, short lines between removals (edges only).

    In passes from the first block to the last, until a pass removes nothing: a removal is seen at once by the block
    after it, and by the block before it on the next pass. Only a block next to a removal can change, so each pass
    looks only at those (a chain of 8,000 weak "Source:" paragraphs that goes one block back per pass took one pass
    over the whole document per block: quadratic). Same removals, same order, same verdicts."""
    n = state.n
    to_visit: Iterable[int] = range(n)  # the first pass looks at every block
    while to_visit:
        next_pass: set[int] = set()
        last = -1  # the last block looked at in this pass
        for i in to_visit:
            if i <= last:
                continue  # looked at already, after the removal before it
            while _neighbour_removal(state, i):
                if i > 0:
                    next_pass.add(i - 1)  # the block before sees it on the next pass...
                i += 1  # ...the block after at once
                if i >= n:
                    break
            last = i
        to_visit = sorted(next_pass)


# --- plain text's context at the page's edges (textzone11) ---------------------------------------------------------
def _weak_floor(state: State) -> float:
    """A near-threshold finding: ``edge`` less ``neighbour_margin`` (what a removed neighbour takes)."""
    return state.thresholds.edge - state.thresholds.neighbour_margin


def _short_kept(state: State, i: int) -> bool:
    """A kept block at an edge that a context rule may take: not protected (the title, code), no prose, short, not
    a table or a rule."""
    block = state.blocks[i]
    return state.verdicts[i].keep and not state.protected[i] and state.at_edge(i) and not state.prose[i] \
        and block.type not in ("rule", "table", "code", "front_matter") \
        and spaced_length(block.plain) <= state.thresholds.neighbour_max_chars


#: A day in a date: a number of one or two digits standing alone ("May 23, 2005", "13th January"), or a numeric date
#: of three parts ("08/10/2003", "2019-02-23").
_DAY = compile_pattern(r"(?<![\p{N}\-/.:])\p{N}{1,2}(?![\p{N}\-/.:])|\p{N}{1,4}[-/.]\p{N}{1,2}[-/.]\p{N}{1,4}")


#: (meta36) The kinds of a record's evidence (postmeta.py) that a post's date over its title never carries: it goes
#: at the document's start as any weak label does ("Dia: 8/01/2026", "Issue 58 Dec 03, 2023"); a clock or a by-name
#: tail stay (a date with its time, "Tuesday 15 October 2019 by Jane Roe" over the title: decision 3).
_OVER_TITLE_EVIDENCE = frozenset({"label", "issue", "comment", "stamps"})


def _dated_record_over_title(state: State, i: int, words: list[int]) -> bool:
    """Block ``i`` is a post's date line or counter with a day in it ("Monday, May 23, 2005"), right above the title
    (the title step's, or without one the next line when it reads as a title: edge_chrome ``title_like``). Such a
    record stays (decision 3, as edge_chrome keeps it); an archive's or an issue's month ("Archief voor augustus,
    2011", "Issue #113 - January 2005") has no day and goes."""
    plain = state.blocks[i].plain
    if not state.thresholds.dated_record_stays or not is_record(plain) or not _DAY.search(plain):
        return False
    if not _OVER_TITLE_EVIDENCE.isdisjoint(record_evidence(plain)):
        return False  # meta36: a label, an issue's number, a comment noun, two stamps: no lone date over a title
    after = next((k for k in words if k > i), None)
    if after is None:
        return False
    if state.decision.title_index is not None:
        return after == state.decision.title_index
    return state.top[after] is None and title_like(state.blocks[after].plain)


def _start_label(state: State, i: int) -> bool:
    """Whether the document's first block may go as a label at the start: one line, not a byline (a top byline stays:
    decision 3), and a meta line there is a date line, not a counter ("The Crowd (1928)", "2005: George Lucas" are a
    page's titles that hold a year; "153 products" stays too): a date line of a few words (edge_chrome
    ``is_record``), or a longer one only above the title step's title (without a title below it, a line that holds
    a date may be the headline: "DSEI Protests at Docklands, London, 11th Sept 2003")."""
    finding, plain = state.top[i], state.blocks[i].plain.strip()
    if finding is None or finding.kind == "author_bio" or "\n" in plain:
        return False  # (a block of several lines: "Profit Loss" over a date line may be the title over the date)
    shape = meta_line_shape(plain)
    title = state.decision.title_index
    return shape is None or shape[0] == "dateline" and (is_record(plain) or title is not None and title > i)


def _document_edges(state: State) -> bool:
    """The document's start and its end count as removals (jusText: the edges are the boilerplate's side): the first
    and the last kept word blocks, when short and at the edge with a near-threshold finding, go ("Archief voor
    augustus, 2011" as a page's first line, a dateline at 0.5; a "Posted by ... at 10:31" last line); a post's date
    with its day right above the title stays (``_dated_record_over_title``). A block with no
    finding is edge_chrome's to judge, prose is never taken, the title is protected (a byline or a date line under
    the title is never the first block: decision 3)."""
    words = [i for i in range(state.n) if _has_words(state.blocks[i])]
    changed = False
    for order, where in ((words, "start"), (words[::-1], "end")):
        for i in order:
            if not state.verdicts[i].keep:
                continue  # removed already: the block after it is the neighbours pass's
            finding = state.top[i]
            if where == "start" and (_dated_record_over_title(state, i, words) or not _start_label(state, i)):
                break  # a post's date right above its title stays (decision 3), an archive's month does not
            if finding is not None and finding.strength >= _weak_floor(state) and _short_kept(state, i):
                changed |= state.remove(i, finding.kind, finding.rule,
                                        f"{finding.cue} · weak, at the document's {where}", finding.strength)
            break
    return changed


def _headline(state: State, i: int) -> bool:
    """A line of the head that may be the article's headline: one line, no finding, edge_chrome ``title_like``
    (several words, no menu separators), no date in it."""
    plain = state.blocks[i].plain.strip()
    return state.top[i] is None and "\n" not in plain and title_like(plain) and meta_line_shape(plain) is None


def _enclosed_runs(state: State) -> bool:
    """A run of at most ``edge_run_max_blocks`` short blocks between two removals at an edge goes with them (the
    ``neighbours`` pass takes one line alone): a profile card's "30 Billets" / "0 Édition" between two removed rows,
    a share bar's labels. Weak findings in the run go too; prose, the title and tables stop it, and in the head a
    line that may be the headline (``_headline``: a WET page's headline between its removed menus and share bar
    when the title step found none: "Paul Ryan, the new face of single-parent households?")."""
    th, verdicts = state.thresholds, state.verdicts
    changed = False
    i = 0
    while i < state.n:
        if verdicts[i].keep:
            i += 1
            continue
        j = i + 1
        run: list[int] = []
        while j < state.n and verdicts[j].keep:
            if _has_words(state.blocks[j]):
                run.append(j)
            j += 1
        if j < state.n and 1 < len(run) <= th.edge_run_max_blocks and all(_short_kept(state, k) for k in run) \
                and not (run[0] < state.head_end and any(_headline(state, k) for k in run)) \
                and not any(_entry_between(state, k, (i, j)) for k in run):
            before = verdicts[i]
            for k in run:
                changed |= state.remove(k, before.kind, "neighbour.between_removed", "",
                                        before.confidence * th.neighbour_confidence)
        i = j
    return changed


_DIGITS = compile_pattern(r"\p{N}")
_LIST_MARK = compile_pattern(r"^[•·*\-–]\s+")

def widget_row(line: str, min_words: int = Thresholds().edge_run_min_words) -> bool:
    """A line of a page's widget or menu, not a heading or a byline: label-like (edge_chrome ``label_like``), no date
    line, counter or digit (a post's record stays: decision 3; an ingredient's quantity, a table's values), at least
    ``edge_run_min_words`` words (a heading's or a list item's noun phrase is shorter) and no function word
    of any language of ``data/stopwords.json`` (jusText's stopword density, at zero: "Smaller Small Medium Big
    Bigger", "Default Helvetica Segoe Georgia Times"; "The Early Years of the Band" has "the" and "of")."""
    line = _LIST_MARK.sub("", line.strip())
    if not label_like(line) or is_record(line) or _DIGITS.search(line):
        return False  # (a digit: a recipe's quantities, a table's values, a count)
    words = [fold(word) for word in ZONE_WORD.findall(line)]
    if len(words) < min_words:
        return False
    stop = folded_function_words()
    return not any(word in stop for word in words)


def _head_widget_rows(state: State) -> bool:
    """Between the head's last removal and the article's first prose, a run of widget rows (``widget_row``: at least
    ``edge_run_min_lines`` lines, or one strong label) goes with the removal: a font-size widget's "Smaller Small
    Medium Big Bigger" under a removed "Narzędzia / Typografia" row (jusText: a short block between a bad one and a
    good one is bad, unless near-good: a heading, a byline, a date line here stay)."""
    th = state.thresholds
    if state.head_end >= state.n:
        return False
    last = max((i for i in range(state.head_end) if not state.verdicts[i].keep), default=None)
    if last is None:
        return False
    run = [k for k in range(last + 1, state.head_end) if _has_words(state.blocks[k])]
    if not run or not all(_short_kept(state, k) and state.top[k] is None for k in run):
        return False
    lines = [line for k in run for line in state.blocks[k].plain.splitlines() if line.strip()]
    if not all(widget_row(line, th.edge_run_min_words) for line in lines) or not (
            len(lines) >= th.edge_run_min_lines or any(strong_label(line) for line in lines)):
        return False
    before = state.verdicts[last]
    for k in run:
        state.remove(k, before.kind, "neighbour.widget_rows", "",
                     before.confidence * th.neighbour_confidence)
    return True


def _card_line(state: State, i: int) -> str | None:
    """Block ``i``'s text folded, when it may be a line of a widget the page prints more than once: one short line,
    kept, label-like (edge_chrome ``label_like``: no sentence, not a poem's line), no prose; else None."""
    block = state.blocks[i]
    plain = block.plain.strip()
    if not state.verdicts[i].keep or state.prose[i] or "\n" in plain or block.type not in ("paragraph", "heading") \
            or len(plain) > state.thresholds.neighbour_max_chars or not label_like(plain):
        return None
    return fold(plain)


def _run_lines(state: State, i: int) -> list[str | None] | None:
    """The folded lines of block ``i`` when it is a run of a page's short lines (readers/text.py ``line_groups``),
    each as ``_card_line`` reads a one-line block; None for a block of one line."""
    block = state.blocks[i]
    if "\n" not in block.text.strip():
        return None
    if not state.verdicts[i].keep or state.prose[i] or block.type != "paragraph":
        return [None for line in block.text.strip().split("\n") if line.strip()]
    out: list[str | None] = []
    for line in block.text.strip().split("\n"):
        line = line.strip()
        if line:
            out.append(fold(line) if len(line) <= state.thresholds.neighbour_max_chars and label_like(line) else None)
    return out


def _repeated_cards(state: State) -> bool:
    """A widget the page prints more than once (a profile card "Julien C. (avatar)" / "Julien C." / "Abonné·e de
    Mediapart" over the post and again beside it): two or more consecutive label lines, one of them of two words or
    more, whose sequence comes back as it is, two to ``card_max_copies`` times, its lines nowhere else in the page
    (a listing's "Honoree" under every entry, a bill's "COMMITTEE PROVISIONS" over every section, a course list's
    "Location: … / Fee: …" fourteen times are the page's structure), the first copy in the head (before the first
    prose) and two copies at an edge (a table's header over two tables is in the body or after the last prose).
    Every copy goes
    (``neighbour.repeated_lines``); a title the title step took among them was the card's line (it is no title any
    more). A title printed twice alone, a refrain's lines (lower-case or sentence lines: no labels), a heading of one
    word repeated ("Ingredients") stay."""
    th = state.thresholds
    # the page's lines: a block's line, or each line of a run of a page's short lines (readers/text.py
    # ``line_groups``: a menu printed at the head and again at the foot, each a unit of its lines)
    owner: list[int] = []
    lines: list[str | None] = []
    for i in range(state.n):
        own = _run_lines(state, i) if state.blocks[i].page_lines else None
        if own is None:
            owner.append(i)
            lines.append(_card_line(state, i))
        else:
            owner.extend(i for _ in own)
            lines.extend(own)
    starts: dict[tuple[str, str], list[int]] = {}
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if a is not None and b is not None and (len(a.split()) >= 2 or len(b.split()) >= 2):
            starts.setdefault((a, b), []).append(i)
    counts: dict[str, int] = {}
    for line in lines:
        if line is not None:
            counts[line] = counts.get(line, 0) + 1
    taken: set[int] = set()  # the lines chosen
    for pair, found in starts.items():
        copies = [i for k, i in enumerate(found) if k == 0 or i > found[k - 1] + 1]  # (no overlapping copies)
        at_edges = sum(1 for i in copies if state.at_edge(owner[i]) or state.at_edge(owner[i + 1]))
        if not 2 <= len(copies) <= th.card_max_copies or at_edges < 2 or owner[copies[0] + 1] >= state.head_end:
            continue  # (a table's header printed over two tables: in the body, or at the end after the prose)
        if any(counts[line] != len(copies) for line in pair):
            continue  # a line met elsewhere too ("Honoree" under every entry of a list): the page's structure
        for i in copies:
            taken.update((i, i + 1))
    # a block goes when its line is taken; a run of lines when at least ``card_run_share`` of them are
    chosen: set[int] = set()
    sizes: dict[int, int] = {}
    for i in owner:
        sizes[i] = sizes.get(i, 0) + 1
    hits: dict[int, int] = {}
    for k in taken:
        hits[owner[k]] = hits.get(owner[k], 0) + 1
    for i, hit in hits.items():
        if sizes[i] == 1 or hit >= th.card_run_share * sizes[i]:
            chosen.add(i)
    if not chosen:
        return False
    title = state.decision.title_index
    if title in chosen:
        state.protected[title] = False
        state.decision.title_index = None
    for i in sorted(chosen):
        state.remove(i, "navigation", "neighbour.repeated_lines", "a widget's lines the page prints more than once",
                     th.edge * th.neighbour_confidence)
    return True


_NOT_WORD = compile_pattern(r"[^\p{L}\p{N}\s]+")


def _words_of(text: str) -> list[str]:
    return fold(_NOT_WORD.sub(" ", text)).split()


def _teaser_tails(state: State) -> bool:
    """A listing's "read more" link after each teaser (textfam31): a related heading cue that is the whole of its
    one-line block ("Leer más", "Read more »", "Weiterlesen"), found ``repeated_heading`` times or more (so
    ``strongest`` took it for the document's structure and dropped it), at least ``teaser_tail_min`` times right
    after a paragraph longer than ``neighbour_max_chars`` (a teaser): every such line goes, wherever it stands; it
    closes the teaser above it and heads nothing (no block under it is taken). A cue repeated over sections or
    lists ("See also" over link lists, "Biography" over entries) follows headings or short lines, and stays; so
    does a lead that ends with a colon ("Related posts:" under each post of a blog's page: cleaneval's gold keeps
    it)."""
    th = state.thresholds
    lines: dict[str, list[int]] = {}
    for i, found in enumerate(state.findings):
        if state.top[i] is not None or not found or not state.verdicts[i].keep or state.protected[i]:
            continue
        finding = found[0]
        plain = state.blocks[i].plain.strip()
        if finding.kind != "related" or finding.match != "heading" or "\n" in plain:
            continue
        cue = _words_of(finding.cue.rsplit(" [", 1)[0])
        if cue and _words_of(plain) == cue and not plain.endswith((":", "：")):  # ("Related posts:": a list's lead)
            lines.setdefault(finding.cue, []).append(i)
    changed = False
    for cue, found_at in lines.items():
        after = [i for i in found_at if i > 0 and state.blocks[i - 1].type == "paragraph"
                 and spaced_length(state.blocks[i - 1].plain) > th.neighbour_max_chars]
        if len(found_at) < th.repeated_heading or len(after) < th.teaser_tail_min:
            continue
        for i in found_at:
            finding = state.findings[i][0]
            changed |= state.remove(i, finding.kind, "related.teaser_tail", f"{cue} · a teaser's link, repeated",
                                    finding.strength * th.neighbour_confidence)
    return changed


def _weak_kept(state: State, i: int, words: list[int]) -> bool:
    """A short kept block at an edge with a weak finding (at least ``run_weak``): not a bio (a byline stays:
    decision 3), not a post's date with its day right above the title (``_dated_record_over_title``)."""
    finding = state.top[i]
    return finding is not None and finding.strength >= state.thresholds.run_weak and finding.kind != "author_bio" \
        and _short_kept(state, i) and not _dated_record_over_title(state, i, words)


def _date_line(plain: str) -> bool:
    shape = meta_line_shape(plain.strip())
    return shape is not None and shape[0] == "dateline"


def _weak_runs(state: State) -> bool:
    """jusText's context for weak findings at a page text's edges (textfam31): ``weak_run_min_blocks`` short blocks
    in a row, at most ``edge_run_max_blocks``, each with a weak finding (a date line at 0.5, an e-mail line at 0.4,
    a count at 0.5), of two rules or more and a date line among them (the post's record), before the article's
    first prose: each is the other's bad neighbour, and they go together (the post's record "e-mail" / "Input
    2022-08" between the title and the article). A date line with its day among them stays (decision 3: the post's
    date; the recall preset takes it), the counter or the e-mail beside it goes ("December 18, 2020" / "2
    responses"). A weak finding alone, between kept lines, stays (decision 3: a date under the title); lines of one
    shape in a row are a list or a table (a contact list's e-mails, "Published: …" over "Last modified: …", a
    table's rows); the tail keeps its weak runs (an article's closing contact details: "phone: …" / "web: …");
    prose, the title, a byline's bio finding and a dated record right above the title never go."""
    words = [i for i in range(state.n) if _has_words(state.blocks[i])]
    changed = False
    k = 0
    while k < len(words):
        run: list[int] = []
        while k < len(words) and _weak_kept(state, words[k], words):
            run.append(words[k])
            k += 1
        rules = {finding.rule for finding in (state.top[i] for i in run) if finding is not None}
        if state.thresholds.weak_run_min_blocks <= len(run) <= state.thresholds.edge_run_max_blocks \
                and run[-1] < state.head_end and len(rules) > 1 \
                and any(_date_line(state.blocks[i].plain) for i in run):
            # (in a row: only blocks without words between them; in the head; of two shapes or more: lines of one
            # shape in a row are a list or a table, a contact list's e-mails, a "Published" / "Last modified" pair;
            # the post's record has its date: "phone: …" over "web: …" is a contact card the article gives)
            for i in run:
                finding = state.top[i]
                assert finding is not None
                if state.thresholds.dated_record_stays and _date_line(state.blocks[i].plain) \
                        and _DAY.search(state.blocks[i].plain):
                    state.protected[i] = True  # the post's date with its day stays (decision 3), not taken by the
                    continue  # ``neighbours`` pass from the counter beside it, which goes
                changed |= state.remove(i, finding.kind, finding.rule,
                                        f"{finding.cue} · weak, next to another weak finding at the edge",
                                        finding.strength)
        k += 1 if not run else 0
    return changed


def _protect_head_title(state: State) -> None:
    """Without a title from the title step, the head's first kept line that reads as one (edge_chrome
    ``title_like``: several words, no menu separators, no line that holds a date; no finding) is protected before the
    ``neighbours`` pass goes on from this pass's removals: "Het kan verkeren en het sérieux van Leleu." between a
    page's archive label and its "Posted in ..." line is the post's title, not a line between two removals."""
    if state.decision.title_index is not None:
        return
    for i in range(state.head_end):
        block = state.blocks[i]
        if not state.verdicts[i].keep or not _has_words(block):
            continue
        if state.top[i] is None and "\n" not in block.plain.strip() and title_like(block.plain) \
                and not is_record(block.plain) and meta_line_shape(block.plain) is None:
            state.protected[i] = True
            return


# --- head36: head lines that are chrome by repetition or by a copy of the title (headcopies.py) ----------------
def _foreign_share(lines: list[str], words: frozenset[str]) -> float:
    """The share of the content words of ``lines`` (edge_chrome's own words) that the article's text holds."""
    own = {w for line in lines for w in content_words(line)}
    return len(own & words) / len(own) if own else 1.0


#: A sentence's end inside a paragraph or at its end: the head of a plain text ends at the first prose that has one.
_HEAD_SENTENCE = compile_pattern(r"[.!?。！？।؟]['\"”»)]?(?:\s|$)")


def _titles_near(state: State, head: list[int], lines: dict[int, list[str]], i: int) -> list[str]:
    """The titles a breadcrumb or a labelled title at block ``i`` may copy (``norm``-ed): the title step's title, or
    a heading right above or under it, one line of ``crumb_title_words`` words or more, no sentence end (a line
    that merely ends with the next paragraph's text is a wrapped or repeated line: a price's tail)."""
    title = state.decision.title_index
    out = []
    for k in range(i - 2, i + 3):
        if k == i or k not in lines or len(lines[k]) != 1 or not _title_copy(lines[k][0]):
            continue
        if k == title and abs(k - i) <= 2 or abs(k - i) == 1 and state.blocks[k].type == "heading":
            out.append(norm(lines[k][0]))
    return out


def _title_sandwich(state: State, head: list[int], lines: dict[int, list[str]]) -> list[int]:
    """One short label line between two copies of a title (a heading's or the title step's line printed twice:
    "Magic in software development" / "POSTS" / "Magic in software development"): the page's section label.
    A byline's name, a line in lower case ("by Marcin"), a date line, a line with a finding stay."""
    out = []
    for pos in range(len(head) - 2):
        a, b, c = head[pos:pos + 3]
        if len(lines[a]) != 1 or len(lines[b]) != 1 or len(lines[c]) != 1 or c != b + 1 or b != a + 1:
            continue
        label = lines[b][0]
        if norm(lines[a][0]) != norm(lines[c][0]) or not _title_copy(lines[a][0]) or state.top[b] is not None \
                or state.protected[b] or not label_like(label) or name_like(label) or is_record(label) \
                or meta_line_shape(label) is not None or len(_words_of(label)) > HEAD_COPIES.sandwich_max_words:
            continue
        out.append(b)
    return out


def _head_sentence(plain: str) -> bool:
    """A sentence's end mark in ``plain`` (``_HEAD_SENTENCE``), or a line of Thai or Lao prose, which has none
    (``scripts.unmarked_sentence``; tidy40): where the head of a Thai text ends."""
    return _HEAD_SENTENCE.search(plain) is not None or unmarked_sentence(plain)


def _head_lines(state: State) -> tuple[list[int], dict[int, list[str]]] | None:
    """The head's kept word blocks before the first paragraph of prose with a sentence end (or, in a Markdown page
    of short paragraphs, the first paragraph with a sentence end and ``head_prose_words`` words), and their
    lines."""
    first = next((i for i in range(state.n) if _head_sentence(state.blocks[i].plain) and (
        state.prose[i] or state.markdown and state.blocks[i].type == "paragraph"
        and word_count(state.blocks[i].plain) >= HEAD_COPIES.head_prose_words)), None)
    if first is None or first == 0:
        return None
    head = [i for i in range(first) if _has_words(state.blocks[i]) and state.verdicts[i].keep
            and state.blocks[i].type in ("paragraph", "heading", "list_item")]
    lines = {i: [line.strip() for line in (state.blocks[i].plain if state.blocks[i].type == "heading"
                                           else state.blocks[i].text).split("\n") if line.strip()] for i in head}
    return head, lines


def md_head_copies(state: State) -> None:
    """A Markdown page's head (head36): a heading or a line that is the title with a platform's label after it or a
    breadcrumb before it ("<title> 본문" over the title's heading), a short label between two copies of the title
    ("POSTS"), a table of contents' placeholder ("[toc]") go; the ``neighbours`` pass goes on from them. Markdown
    only (plain text: ``_head_copies`` in ``text_context``)."""
    if not state.markdown or not HEAD_COPIES.enabled:
        return
    found = _head_lines(state)
    if found is None:
        return
    head, lines = found
    th = state.thresholds
    chosen: dict[int, str] = {}
    title = state.decision.title_index
    for i in head:
        if len(lines[i]) != 1 or _SENTENCE_END.search(lines[i][0]) or state.protected[i] and i != title:
            continue
        line = norm(lines[i][0])
        if toc_marker(lines[i][0]) and i != title:
            chosen[i] = "navigation.toc_marker"
            continue
        copies = [k for k in head if k != i and abs(k - i) == 1 and state.blocks[k].type == "heading"
                  and len(lines[k]) == 1 and _title_copy(lines[k][0])] if i == title else []
        if i == title and copies and any(crumb_to(line, norm(lines[k][0])) or labelled_title(line, norm(lines[k][0]))
                                         for k in copies[:1]):
            # the title step took the labelled copy ("<title> 본문"): the heading beside it is the title
            state.protected[i] = False
            state.decision.title_index = copies[0]
            state.protected[copies[0]] = True
            chosen[i] = "neighbour.title_crumb"
        elif i != title and any(crumb_to(line, other) or labelled_title(line, other)
                                for other in _titles_near(state, head, lines, i)):
            chosen[i] = "neighbour.title_crumb"
    for b in _title_sandwich(state, head, lines):
        chosen.setdefault(b, "neighbour.title_sandwich")
    for i in sorted(chosen):
        state.remove(i, "navigation", chosen[i], "a head line the page prints with the title, or a placeholder",
                     th.edge * th.neighbour_confidence)


def _title_copy(line: str) -> bool:
    """A title a breadcrumb may end with: of ``crumb_title_words`` words or more, no sentence end."""
    if _SENTENCE_END.search(line):
        return False
    return len(_words_of(line)) >= HEAD_COPIES.crumb_title_words


def _name_line(line: str) -> bool:
    """A site's name as its header prints it: a label line, or a short line with no sentence end ("Jose Manuel
    Vega – experto en ventas y economía digital")."""
    if len(_words_of(line)) < HEAD_COPIES.doubled_min_words:
        return False  # (a one-word label printed twice: a poem's "Chorus", a dialogue's "Yes")
    return label_like(line) or (len(line) <= HEAD_COPIES.name_max_chars and not _SENTENCE_END.search(line))


def _head_copies(state: State) -> bool:
    """The head of a plain text (before its first paragraph of prose), lines that say they are chrome by what they
    repeat (headcopies.py, ``rules.HEAD_COPIES``; head36): a one-line block ``X X`` whose ``X`` opens the next line
    or is foreign to the article (a site's name printed twice); a block whose lines are a breadcrumb ending with
    another head line (the title: "Home News <title>") or copies of it; a block of short lines most of which are a
    run printed twice in a row, foreign to the article (a masthead); a one-line block printed again two blocks
    below, both copies and the short line between them foreign to the article (a site's name over its tagline and
    again). The title step's title stays, except a line ``X X`` (no headline reads so): the next one-line block is
    the title then. Prose, code, tables, date lines and counters never go."""
    th = state.thresholds
    first = _first_head_prose(state)
    if first is None or first == 0:
        return False  # (the head ends at the first paragraph of prose with a sentence's end: a masthead's or a
        # breadcrumb's block of short lines can be as long as prose; a page without one is no article)
    head = [i for i in range(first) if _has_words(state.blocks[i]) and state.verdicts[i].keep
            and state.blocks[i].type in ("paragraph", "heading", "list_item")]
    if not head:
        return False
    lines = {i: [line.strip() for line in state.blocks[i].text.split("\n") if line.strip()] for i in head}
    if any(spaced_length(line) > HEAD_COPIES.max_line_chars for i in head for line in lines[i]):
        return False  # (a head of long lines is an article's standfirst or a glued page: not this pass's)
    normed: dict[int, list[str]] = {}  # (a block's lines ``norm``-ed, made when a test reads them: speed37)

    def normed_of(i: int) -> list[str]:
        if i not in normed:
            normed[i] = [norm(line) for line in lines[i]]
        return normed[i]

    article: list[frozenset[str]] = []

    def words() -> frozenset[str]:  # (the article's content words, only when a line asks: most heads never do)
        if not article:
            article.append(frozenset(content_words("\n".join(b.plain for b in state.blocks[first:]))))
        return article[0]

    title = state.decision.title_index
    chosen: dict[int, str] = {}
    for pos, i in enumerate(head):
        if len(lines[i]) == 1:
            half = doubled(lines[i][0])
            nxt = next((state.blocks[k].text.strip() for k in range(i + 1, state.n)
                        if _has_words(state.blocks[k])), "")
            headline = "\n" not in nxt and not _SENTENCE_END.search(nxt)  # (the line under it: a headline, no prose)
            if half is not None and label_like(lines[i][0]) and (
                    headline and norm(nxt).startswith(half + " ") or _foreign_share([half], words()) == 0):
                chosen[i] = "neighbour.doubled_line"
                continue
        if i == title:
            continue
        # (what a breadcrumb may end with: the title step's title, one line, at most two blocks away; a line that
        # merely ends with the next line's text is a wrapped or repeated line, not a breadcrumb)
        others = _titles_near(state, head, lines, i)
        run_sized = 2 * HEAD_COPIES.run_min_lines <= len(lines[i]) <= HEAD_COPIES.run_max_lines
        if not others and not run_sized:
            continue  # (neither test below can take it: its lines are not read for a sentence's end; speed37)
        if any(_SENTENCE_END.search(line) for line in lines[i]):
            continue
        if others:  # (a breadcrumb ends with a title near it: none, no crumb)
            own = normed_of(i)
            crumbs = [line for line in own if any(crumb_to(line, other) or labelled_title(line, other)
                                                  for other in others)]
            if crumbs and all(line in crumbs or line in others for line in own):
                chosen[i] = "neighbour.title_crumb"
                continue
        if run_sized:
            own = normed_of(i)
            run = repeated_run(own)
            if len(run) >= HEAD_COPIES.run_share * len(own) and all(label_like(lines[i][k]) for k in run) \
                    and _foreign_share([lines[i][k] for k in run], words()) <= HEAD_COPIES.foreign_max_share:
                chosen[i] = "neighbour.repeated_lines"
                continue
    for b in _title_sandwich(state, head, lines):
        chosen.setdefault(b, "neighbour.title_sandwich")
    printed: list[dict[str, int]] = []  # (how often each one-line block's text is printed in the whole page)

    def printed_times(key: str) -> int:  # (counted when a triple asks: most heads have none; speed37)
        if not printed:
            counts: dict[str, int] = {}
            for k in range(state.n):
                if _has_words(state.blocks[k]) and "\n" not in state.blocks[k].text.strip():
                    line = norm(state.blocks[k].plain)
                    counts[line] = counts.get(line, 0) + 1
            printed.append(counts)
        return printed[0].get(key, 0)

    for pos in range(len(head) - 2):
        a, b, c = head[pos:pos + 3]
        if not (len(lines[a]) == len(lines[b]) == len(lines[c]) == 1) or normed_of(a) != normed_of(c) \
                or title in (a, b, c) or not _name_line(lines[a][0]) or is_record(lines[b][0]) \
                or meta_line_shape(lines[b][0]) is not None or state.top[b] is not None \
                or printed_times(normed_of(a)[0]) != 2 or is_record(lines[a][0]) \
                or meta_line_shape(lines[a][0]) is not None or _DIGITS.search(lines[a][0]):
            continue  # (a line printed under every entry, "tickets £10 / show at 8pm", is a listing's own)
        if _foreign_share([lines[a][0], lines[b][0]], words()) <= HEAD_COPIES.foreign_max_share:
            for k in (a, b, c):
                chosen.setdefault(k, "neighbour.doubled_name")
    changed = False
    for i in sorted(chosen):
        if i == title:
            state.protected[i] = False
            state.decision.title_index = None
            after = next((k for k in range(i + 1, state.n) if _has_words(state.blocks[k]) and k not in chosen), None)
            if after is not None and ("\n" in state.blocks[after].text.strip() or state.top[after] is not None
                                      or _SENTENCE_END.search(state.blocks[after].plain.strip())):
                after = None  # (the next block is a headline only when it is one line, found as nothing, no sentence)
            if after is not None:
                state.decision.title_index = after
                state.protected[after] = True
        changed |= state.remove(i, "navigation", chosen[i], "a head line the page prints twice or with the title",
                                th.edge * th.neighbour_confidence)
    return changed


def _short_label(line: str) -> bool:
    """A label line (edge_chrome ``label_like``), or a short one that ends no sentence and no wrapped line and
    opens with no lower-case letter (a widget's "Flux RSS des articles")."""
    return label_like(line) or (spaced_length(line) <= HEAD_COPIES.name_max_chars
                                and not _SENTENCE_END.search(line) and not line.endswith((",", ";", ":"))
                                and not line[:1].islower())


def _first_head_prose(state: State) -> int | None:
    """The first block of prose with a sentence (``_HEAD_SENTENCE``): where a plain text's head ends (head36). Found
    once a document (``State.head_prose_at``; ``_head_copies``, ``_start_run`` and ``_head_menu_list`` each ask:
    speed37). None when the head passes are off (``HEAD_COPIES.enabled``) or there is no such block: each pass then
    does nothing."""
    if not HEAD_COPIES.enabled:
        return None
    if state.head_prose_at == -2:
        state.head_prose_at = next((i for i in range(state.n) if state.prose[i]
                                    and _head_sentence(state.blocks[i].plain)), None)
    return state.head_prose_at


def _start_run(state: State) -> bool:
    """jusText's edges at the head of a plain text (head36): the document's start counts as a removal, so a run of
    ``start_run_min`` to ``edge_run_max_blocks`` short label lines from the start up to a strong removal (at least
    ``edge``, its own finding: "Archives") goes with it when none of its lines shares a content word with the
    article (a blog's widget labels "RSS subscription" / "RSS feed of the articles" / "Recommend" over its
    "Archives"). A title the title step took among them was the widget's line (no title then). A line with a
    finding, a date line or a counter, a name the title step did not take (a byline: decision 3), a sentence, a
    run whose words the article uses (a title over its share bar) stay."""
    th = state.thresholds
    first = _first_head_prose(state)
    if first is None:
        return False
    run: list[int] = []
    for i in range(first):
        block = state.blocks[i]
        if not _has_words(block):
            continue
        if not state.verdicts[i].keep:
            opener = state.verdicts[i]
            if opener.by_neighbours or opener.confidence < th.edge:
                return False
            break
        plain = block.plain.strip()
        if "\n" in block.text.strip() or state.top[i] is not None or state.prose[i] or not _short_label(plain) \
                or is_record(plain) or meta_line_shape(plain) is not None \
                or name_like(plain) and i != state.decision.title_index \
                or block.type not in ("paragraph", "list_item", "heading"):
            return False
        run.append(i)
    else:
        return False
    if not HEAD_COPIES.start_run_min <= len(run) <= th.edge_run_max_blocks:
        return False
    words = frozenset(content_words("\n".join(b.plain for b in state.blocks[first:])))
    if _foreign_share([state.blocks[i].plain for i in run], words) > 0:
        return False
    title = state.decision.title_index
    changed = False
    for i in run:
        if i == title:
            state.protected[i] = False
            state.decision.title_index = None
        changed |= state.remove(i, opener.kind, "neighbour.start_run", "a label line between the document's start "
                                "and a removal", opener.confidence * th.neighbour_confidence)
    return changed


def _removed_run_edges(state: State) -> bool:
    """A run of removals near the head makes an edge (head36; jusText: a block between a bad run and the article is
    judged as at the edge): a short kept block (no prose) before the article's second body paragraph, with a finding
    at least the near-threshold floor (``edge`` less ``neighbour_margin``) that touches a run of at least
    ``HEAD_COPIES.edge_run_blocks`` removed blocks, goes by its own finding (a blog's "this blog is personal, the
    editors are not responsible for its content" under the author's card, printed again over the post). Prose,
    the title, code, a block further into the article stay; so does a finding alone between kept lines."""
    th = state.thresholds
    if not HEAD_COPIES.enabled:
        return False
    bodies = [i for i in range(state.n) if state.body[i]]
    if len(bodies) < 2:
        return False
    words = [i for i in range(bodies[1]) if _has_words(state.blocks[i])]
    changed = False
    for pos, i in enumerate(words):
        finding = state.top[i]
        if finding is None or not state.verdicts[i].keep or state.protected[i] or state.prose[i] \
                or finding.strength < _weak_floor(state) or finding.kind == "author_bio" \
                or spaced_length(state.blocks[i].plain) > th.neighbour_max_chars \
                or state.blocks[i].type in ("rule", "table", "code"):
            continue
        for step in (-1, 1):
            run, k = 0, pos + step
            while 0 <= k < len(words) and not state.verdicts[words[k]].keep:
                run += 1
                k += step
            if run >= HEAD_COPIES.edge_run_blocks:
                changed |= state.remove(i, finding.kind, finding.rule,
                                        f"{finding.cue} · weak, next to a run of removals near the head",
                                        finding.strength)
                break
    return changed


def _head_menu_list(state: State) -> bool:
    """A menu printed as a list at the head of a plain text (head36): a run of at least ``menu_list_min`` list items
    before the article's first prose, one of them removed as navigation at the edge's strength ("• Home"), the
    others short labels with no finding: the kept items go with it when at most ``foreign_max_share`` of their
    content words are the article's ("• My books • Talks • Biography • Photos • Contact"). A table of contents
    (its items are the article's headings), a list of ingredients or of key points (the article's words, or
    sentences) stay."""
    th = state.thresholds
    first = _first_head_prose(state)
    if first is None:
        return False
    start = next((i for i in range(first) if state.blocks[i].type == "list_item"), None)
    if start is None:
        return False
    run = []
    for i in range(start, first):
        if state.blocks[i].type != "list_item":
            break
        run.append(i)
    if len(run) < HEAD_COPIES.menu_list_min:
        return False
    opener = next((state.verdicts[i] for i in run if not state.verdicts[i].keep), None)
    if opener is None or opener.kind != "navigation" or opener.confidence < th.edge \
            or opener.by_neighbours:
        return False
    kept = [i for i in run if state.verdicts[i].keep]
    if not kept or any(state.top[i] is not None or state.protected[i] or state.prose[i]
                       or "\n" in state.blocks[i].text.strip() or not _short_label(state.blocks[i].plain.strip())
                       for i in kept):
        return False
    words = frozenset(content_words("\n".join(b.plain for b in state.blocks[first:])))
    if _foreign_share([state.blocks[i].plain for i in kept], words) > HEAD_COPIES.foreign_max_share:
        return False
    changed = False
    for i in kept:
        changed |= state.remove(i, opener.kind, "neighbour.menu_list", "an item of a menu list whose item went",
                                opener.confidence * th.neighbour_confidence)
    return changed


def text_context(state: State) -> None:
    """Plain text's context at the page's edges (``decide(..., text=True)``; textzone11), jusText's context
    revision: the document's start and end count as removals for near-threshold findings (``_document_edges``), a
    run of short blocks between two removals goes (``_enclosed_runs``), and widget rows between the head's last
    removal and the prose go (``_head_widget_rows``); each removal lets the ``neighbours`` pass go on. Plain text
    only: a WET page's lines are its chrome's own blocks; Markdown and HTML keep their structure's readings."""
    if not state.text:
        return
    changed = _repeated_cards(state)
    changed = _head_copies(state) or changed
    changed = _start_run(state) or changed
    changed = _head_menu_list(state) or changed
    changed = _teaser_tails(state) or changed
    if changed:
        neighbours(state)
    _protect_head_title(state)
    changed = True
    while changed:
        changed = _document_edges(state)
        changed = _weak_runs(state) or changed
        changed = _enclosed_runs(state) or changed
        changed = _head_widget_rows(state) or changed
        changed = _removed_run_edges(state) or changed
        if changed:
            _protect_head_title(state)
            neighbours(state)


def _image_only(block: Block) -> bool:
    """A block that is only an image (and its link)."""
    links = block.links
    return bool(links) and any(link.is_image for link in links) and \
        len(_NOT_TEXT.sub("", non_link_text(block))) <= 3


def is_caption(state: State, i: int) -> bool:
    """A figure's caption: the block holds an image, or sits right under (or over) a block that is only an image, or
    the HTML reader found it in a figure's caption (``Block.caption``)."""
    blocks = state.blocks
    if blocks[i].caption or any(link.is_image for link in blocks[i].links):
        return True
    return any(0 <= j < state.n and _image_only(blocks[j]) for j in (i - 1, i + 1))


#: What a caption's own credit is found as ("Source: …", "© …"): a piece found as anything else (a follow prompt,
#: a sign-off) makes the unit no caption.
_CAPTION_CREDIT_KINDS = frozenset({"source_credit", "rights_notice"})


def _described_caption(state: State, i: int) -> list[int]:
    """The pieces of a figure's caption that the segmenter split at a credit's cue, when the caption describes the
    figure ("*Figure 3. The twelve sites on the estuary. Source: the harbour's survey map.*" under an image): its
    pieces (a unit's pieces share ``Block.group``) sit right under or over an image-only block, or the first holds the
    image, every finding among them is a credit (``_CAPTION_CREDIT_KINDS``), and one piece without a finding of its
    own has ``CAPTION_DESCRIPTION_WORDS`` words or more. Empty
    otherwise: a credit alone under a picture ("Photo: Getty Images", one piece) is no description (mdfam32)."""
    blocks, n = state.blocks, state.n
    group = blocks[i].group
    first = i
    while first > 0 and blocks[first - 1].group == group and i - first < CAPTION_MAX_PIECES:
        first -= 1
    last = i
    while last + 1 < n and blocks[last + 1].group == group and last - first < CAPTION_MAX_PIECES:
        last += 1
    if first > 0 and blocks[first - 1].group == group or last + 1 < n and blocks[last + 1].group == group:
        return []  # (more pieces than a caption has)
    if first == last or last - first + 1 > CAPTION_MAX_PIECES or any(
            blocks[j].type != blocks[i].type for j in range(first, last + 1)):
        return []
    pictured = any(link.is_image for link in blocks[first].links) or (
        first > 0 and _image_only(blocks[first - 1])) or (last + 1 < n and _image_only(blocks[last + 1]))
    if not pictured:
        return []
    members = list(range(first, last + 1))
    if any(blocks[j].picture_credit for j in members):
        return []  # (a picture's credit cut off its caption goes, the caption stays: ``credited_caption``)
    found = [state.top[j] for j in members if state.top[j] is not None]
    if any(f.kind not in _CAPTION_CREDIT_KINDS for f in found):
        return []  # (a sign-off over a follow prompt under a gallery: no caption's credit)
    described = any(state.top[j] is None and word_count(non_link_text(blocks[j])) >= CAPTION_DESCRIPTION_WORDS
                    for j in members)
    return members if described else []


def credited_caption(state: State, i: int) -> bool:
    """A caption whose picture credit the segmenter cut off its front or end (captioncredit.py): the credit piece is
    next to it in its paragraph. Body wherever it sits: a figure at the head is the article's figure (caption32)."""
    blocks = state.blocks
    if not blocks[i].caption:
        return False
    return any(0 <= j < state.n and blocks[j].picture_credit and blocks[j].group == blocks[i].group
               for j in (i - 1, i + 1))


def is_bibliography(state: State, i: int) -> bool:
    """A reference entry among others ("Smith, J. (2019). Title. Journal, 4, pp. 1-9."), not a lone line."""
    if not REFERENCE_LIKE.search(state.blocks[i].plain):
        return False
    return any(0 <= j < state.n and REFERENCE_LIKE.search(state.blocks[j].plain) for j in (i - 1, i + 1))


_LABEL = compile_pattern(r"^\W*[\p{L}\p{M}][\p{L}\p{M} ]{0,30}?\s*(?::|：|--|—|–)\s*")
_ADDRESS = compile_pattern(r"https?://|www\.|\S@\S|\.(?:com|org|net)\b", regex.IGNORECASE)
_VOLUME_ISSUE = compile_pattern(r"\b\d{1,4}\s?\(\d{1,4}\)")  # "3(2):13-24": a journal's volume and issue
_PARTS = compile_pattern(r"[,;，；、]")


@lru_cache(maxsize=1)
def _data_words() -> regex.Pattern:
    data = read_json("citations.json")
    spaced, anywhere = [], []
    for term in sorted({t for terms in data["data_words"].values() for t in terms}, key=lambda t: (-len(t), t)):
        prefix = term.endswith("*")
        body = r"\s+".join(regex.escape(part) for part in fold(term.rstrip("*")).split())
        if regex.search(r"[\p{Han}\p{Hiragana}\p{Katakana}]", body):
            anywhere.append(body)
        else:
            spaced.append(body + ("" if prefix else r"(?![\p{L}\p{M}\p{N}])"))
    parts = ([r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(spaced) + ")"] if spaced else []) + anywhere
    return compile_pattern("|".join(parts) or r"(?!)")


def is_source_citation(block: Block, finding: Finding | None) -> bool:
    """A "Source:" line that cites the article's data or a work, not the site it was copied from: "Source : Insee,
    enquête Emploi, moyennes annuelles.", "Source: Clinical Cornerstone 3(2):13-24, 2000". A source credit led by a
    label, whose citation after the label has no link, no address, at least two parts (separated by commas or
    semicolons: who, what, which figures) and names a data source (``data/citations.json``: survey, census,
    statistics, enquête, Erhebung, encuesta...) or carries a bibliographic reference (``REFERENCE_LIKE``, a volume and
    issue). "Source: Reuters", "Quelle: dpa, AFP", "Source: example.com | http://…", "Photo: J. Smith, Getty Images"
    stay credits."""
    if finding is None or finding.kind != "source_credit" or finding.match != "lead" or block.links:
        return False
    label = _LABEL.match(block.plain)
    if label is None:
        return False
    citation = block.plain[label.end():].strip()
    if not citation or _ADDRESS.search(citation):
        return False
    if len([part for part in _PARTS.split(citation) if part.strip()]) < 2:
        return False
    return bool(REFERENCE_LIKE.search(citation) or _VOLUME_ISSUE.search(citation)
                or _data_words().search(fold(citation)))


def is_reported_quotation(block: Block) -> bool:
    """A paragraph that quotes words and reports them: '"As an Amazon Associate I earn...," it says.', « Partagez
    cet article », a-t-elle écrit. The quotation is at least ``QUOTED_SHARE`` of the block, and outside it a
    reporting word (detectors/families.py ``reported_speech``: "says", "said", "hieß es", "selon"...)."""
    plain = block.plain
    quoted = _QUOTED.findall(plain)
    if not quoted or sum(len(q) for q in quoted) < QUOTED_SHARE * len(plain):
        return False
    return reported_speech(fold(_QUOTED.sub(" ", plain)))


#: The group of words for a reply (comment, comentario, Kommentar, 评论, 댓글...) in ``data/families.json``: the
#: vocabulary the login-prompt family already keeps for every language it knows.
REPLY_GROUP = "comment"
_QUESTION_MARKS = ("?", "？", "؟", ";")  # the Greek question mark is ";"


@lru_cache(maxsize=1)
def _reply_words():
    for family in families():
        if REPLY_GROUP in family.groups:
            return family.probes[REPLY_GROUP], family.groups  # (its pattern searched by first words)
    return None


def invites_reply(text: str) -> bool:
    """Whether ``text`` speaks of a comment or a reply, in any language of ``data/families.json``."""
    words = _reply_words()
    if words is None:
        return False
    probe, groups = words
    folded = fold(text)
    return probe.may_match(words_of(folded), folded) and groups.search(REPLY_GROUP, folded) is not None


def keep_reply_invitation(state: State) -> None:
    """The author's invitation to reply, closing their own paragraph, is the paragraph's: "Surely, we left some of
    your favorite gadgets off of this list. Leave a comment and let us know what your favorite gadget of 2019 is."
    (the human gold of the Scrapinghub benchmark keeps it), "¿Te animas? Deja un comentario a este mensaje o mándame
    un correo a …". The segmenter split it off at a sentence because it starts with a comment prompt cue; it stays
    when all of these hold:

    - its finding is a call to action found in its text (a lead or a phrase: not a heading, not the DOM) and it
      speaks of a comment or a reply (``invites_reply``);
    - it says what to reply about: at least ``reply_min_words`` words ("Leave a comment." or "Leave a comment
      below." alone is the site's prompt);
    - it was split from the sentences before it in one paragraph (the same ``group``, no line break before it), none
      of those has a finding of its own, and they are the author's: prose (``body_length`` characters together) or a
      question to the reader ("¿Te animas?"), not a "This entry was posted in News." line;
    - it closes the paragraph: nothing of the paragraph comes after it (a "Leave a comment. Share on Facebook" footer
      fused to a paragraph is not the author's closing line).

    A comment prompt on a line or in a paragraph of its own ("Leave a comment below", a "Deja un comentario" box after
    the post) still goes, and so does a follow, share or subscribe call fused to a paragraph. The short pieces of the
    paragraph that went with the invitation (``neighbour.same_paragraph``, "¿Te animas?") come back with it."""
    blocks, verdicts, top, th = state.blocks, state.verdicts, state.top, state.thresholds
    for i in range(1, state.n):
        finding, block = top[i], blocks[i]
        if verdicts[i].keep or finding is None or finding.kind != "call_to_action" \
                or finding.match not in ("lead", "phrase"):
            continue
        if block.line_break or blocks[i - 1].group != block.group or (
                i + 1 < state.n and blocks[i + 1].group == block.group):
            continue
        start = i - 1
        while start > 0 and blocks[start - 1].group == block.group and not blocks[start].line_break:
            start -= 1
        if any(top[j] is not None for j in range(start, i)) or word_count(block.plain) < th.reply_min_words:
            continue
        before = [blocks[j].plain.strip() for j in range(start, i)]
        if sum(len(text) for text in before) < th.body_length and not before[-1].endswith(_QUESTION_MARKS):
            continue
        if not invites_reply(block.plain):
            continue
        for j in range(start, i + 1):
            if j == i or verdicts[j].rule == "neighbour.same_paragraph":
                verdicts[j] = Verdict()


def _named_heading(state: State, i: int) -> bool:
    """Block ``i`` is a heading that is all one link, removed for its link (an affiliate link: no cue in its words),
    with body prose right under it (images between them aside) that names it: at least half the heading's words
    come back in the next ``named_heading_blocks`` blocks. A gift guide's "### [Brand 61W Wall Charger](…)" over the
    paragraphs about the charger is the article's section, not an affiliate block; a "Buy it on Amazon" heading's
    words are not the prose's."""
    blocks, th = state.blocks, state.thresholds
    block, finding = blocks[i], state.top[i]
    if block.type != "heading" or finding is None or finding.kind != "affiliate" or len(block.links) != 1 \
            or non_link_text(block).strip(" #*_"):
        return False
    label = set(_words_of(block.plain))
    if not label:
        return False
    after = list(islice((j for j in range(i + 1, state.n) if _has_words(blocks[j])), th.named_heading_blocks))
    if not after or not (state.verdicts[after[0]].keep and state.body[after[0]]):
        return False
    said = set(_words_of(" ".join(blocks[j].plain for j in after)))
    return 2 * len(label & said) >= len(label)


def protect_inner_body(state: State) -> None:
    """Captions and quotations inside the body, and bibliography entries and reported quotations anywhere, are the
    article's own, even when they say "Source:" or "newsletter": a figure's "Źródło: <link>", a quoted "subscribe to
    our newsletter", the "Further reading" list of a scholarly article (its heading stays with its entries), a story's
    last line that quotes a disclosure and says who said it."""
    verdicts = state.verdicts
    for i in range(state.n):
        if verdicts[i].keep or verdicts[i].kind == "front_matter":
            continue
        inside = not state.at_edge(i)
        block = state.blocks[i]
        # a quotation that only mentions a cue phrase (not a callout box: those carry no quotation marks; not a "Lire
        # aussi" teaser set in a <q>: its cue leads the block)
        finding = state.top[i]
        quotation = block.type == "quote" and _QUOTATION.search(block.plain) is not None and (
            finding is not None and finding.match == "phrase")
        reported = finding is not None and finding.match in ("phrase", "lead") and is_reported_quotation(block)
        pictured = is_caption(state, i) and (finding is None or finding.rule not in RESIDUE_NOT_CAPTION)
        if (inside and (quotation or pictured)) or is_bibliography(state, i) or reported \
                or is_source_citation(block, finding) or credited_caption(state, i) or _named_heading(state, i):
            verdicts[i] = Verdict()
        elif not inside and (finding is None or finding.kind in _CAPTION_CREDIT_KINDS):
            # (at an edge: inside the body every caption stays; a block found as chrome is no caption's piece)
            for j in _described_caption(state, i):
                verdicts[j] = Verdict()
    for opener, members in state.decision.sections.items():
        if members and not verdicts[opener].keep and all(verdicts[j].keep and is_bibliography(state, j)
                                                         for j in members):
            verdicts[opener] = Verdict()  # "Further reading" over references


def protect_body(state: State) -> None:
    """Never keep less than ``min_body_ratio`` of the body; never remove every block of a document."""
    blocks, verdicts, n = state.blocks, state.verdicts, state.n
    prose, body = state.prose, state.body
    body_chars = sum(len(blocks[i].plain) for i in range(n) if body[i] or i in state.claimed_by and prose[i])
    kept_body = sum(len(blocks[i].plain) for i in range(n) if verdicts[i].keep and prose[i])
    if body_chars and kept_body < state.thresholds.min_body_ratio * body_chars:
        for i in range(n):
            if not verdicts[i].keep and prose[i]:
                verdicts[i] = Verdict()
        state.decision.warnings.append(
            "the rules would have removed most of the article body; its paragraphs were kept (check the result)")
    elif not body_chars and n and all(not verdicts[i].keep for i in range(n) if _has_words(blocks[i])) and \
            any(_has_words(block) for block in blocks):
        for i in range(n):
            verdicts[i] = Verdict()
        state.decision.warnings.append("every block looked like boilerplate; nothing was removed (check the input)")


#: the block model's rows of each scored document, when a trainer collects them (benchmarks/train_block_model.py sets a
#: list: each decision's (blocks, indexes, rows) is appended and nothing is removed); None: the pass decides
BLOCK_RECORD: list | None = None
#: block types the block model never scores (a quotation, code, a table, a Markdown heading: the article's own
#: shapes)
_BLOCK_MODEL_SKIP = frozenset(("quote", "code", "table", "heading"))
#: a sentence's end inside a block
_INNER_END = regex.compile(r"[.!?。！？](?=\s|$)")
#: ...nor a line of code ("} else {", "return x;")
_CODE_ENDS = frozenset("{};")


def _under_lead(blocks: list[Block], i: int) -> bool:
    """``blocks[i]`` is an item of a list under a lead line ending with ":" ("Contents:", "Requirements:"): the
    blocks between the lead and it are short, without a sentence's end (its other items)."""
    for k in range(i - 1, max(i - 1 - BLOCK_MODEL.lead_items, -1), -1):
        text = blocks[k].plain.strip()
        if text.endswith((":", "：")):
            return True
        if not text or _SENTENCE_END.search(text) or spaced_length(text) > BLOCK_MODEL.shape_chars:
            return False
    return False


def _continued(blocks: list[Block], said: list[bool]) -> list[bool]:
    """The blocks that are pieces of one sentence broken over blocks (a text's lines parted by <br>s): a block
    opening lower-case after one ending without a sentence's end (a letter, a digit, "," or ";"), the pieces together
    ending in a sentence's end with ``sentence_words`` words or more (a menu's lower-case labels never do)."""
    n = len(blocks)
    texts = [b.plain.strip() for b in blocks]
    out = [False] * n

    def joins(a: int, b: int) -> bool:
        ta, tb = texts[a], texts[b]
        return bool(ta and tb) and tb[:1].islower() and (ta[-1].isalnum() or ta[-1] in ",;") and \
            blocks[a].type == blocks[b].type == "paragraph"

    i = 0
    while i < n:
        j = i
        while j + 1 < n and joins(j, j + 1):
            j += 1
        if j > i and _SENTENCE_END.search(texts[j]) and \
                sum(word_count(texts[k]) for k in range(i, j + 1)) >= BLOCK_MODEL.sentence_words:
            for k in range(i, j + 1):
                out[k] = True
        i = j + 1
    return out


def _item_runs(blocks: list[Block]) -> list[bool]:
    """The blocks that are items of a run of at least ``item_run`` blocks opening with one list marker (a changelog's
    "+ Added ...", a numbered list), unless every item of the run is a link or an address (a links list)."""
    n = len(blocks)
    marks = [block_model_marker(b.plain.strip()) for b in blocks]
    out = [False] * n
    i = 0
    while i < n:
        j = i
        while marks[i] and j + 1 < n and marks[j + 1] == marks[i]:
            j += 1
        if marks[i] and j - i + 1 >= BLOCK_MODEL.item_run and not all(
                blocks[k].link_density >= BLOCK_MODEL.item_links or block_model_address(blocks[k].plain)
                for k in range(i, j + 1)):
            for k in range(i, j + 1):
                out[k] = True
        i = j + 1
    return out


def _same_class(a: str, b: str, period: int) -> bool:
    """Two blocks of one class in a run of entries of ``period`` blocks: a record's description may be a prose
    paragraph in one entry and a short sentence in the next ("P" and "S" one class in records of 2+ blocks)."""
    return a == b or period > 1 and {a, b} == {"P", "S"}


def _entry_runs(blocks: list[Block], prose: list[bool]) -> list[bool]:
    """The blocks of a directory (a list of entries that is the document's content): blocks of one coarse class
    (``block_model.shape_class``), or records of at most ``run_period`` blocks, repeated ``run_repeats`` times or
    more in a row, the run holding ``run_share`` of the document's characters."""
    n = len(blocks)
    out = [False] * n
    if not BLOCK_MODEL.run_repeats:
        return out
    texts = [b.plain.strip() for b in blocks]
    classes = [block_model_shape_class(t, prose[k]) for k, t in enumerate(texts)]
    total = sum(len(t) for t in texts) or 1
    for p in range(1, BLOCK_MODEL.run_period + 1):
        s = 0
        while s < n:
            e = s + p - 1  # the run [s, e]: every block from s + p on repeats the class p blocks before it
            while e + 1 < n and classes[e + 1] and _same_class(classes[e + 1], classes[e + 1 - p], p):
                e += 1
            members = range(s, e + 1)
            if e - s + 1 >= p * BLOCK_MODEL.run_repeats and any(classes[k] not in ("", "P") for k in members) and \
                    sum(len(texts[k]) for k in members) >= BLOCK_MODEL.run_share * total:
                for k in members:
                    out[k] = True
            s = max(e + 1 - p + 1, s + 1) if e > s + p - 1 else s + 1
    return out


def _kicker(state: State, i: int, said: list[bool]) -> bool:
    """``blocks[i]`` is a short line right above the title (the decision's, the first heading, or a line without a
    sentence's end over the article's first sentence) that leads into it: it ends with ":" or reads "Label: title"
    (a series label "Chapter 13: ...", a kicker)."""
    blocks = state.blocks
    text = blocks[i].plain.strip()
    t = i + 1
    if t >= state.n or spaced_length(text) > BLOCK_MODEL.shape_chars or _SENTENCE_END.search(text) \
            or block_model_anchor(text):
        return False
    title = blocks[t].plain.strip()
    if not (t == state.decision.title_index or blocks[t].type == "heading" and
            not any(b.type == "heading" for b in blocks[:t]) or
            title and not _SENTENCE_END.search(title) and t + 1 < state.n and said[t + 1] and not any(said[:t])):
        return False
    return text.endswith((":", "：")) or block_model_keyed(text, BLOCK_MODEL.kicker_lead_words)


def block_model(state: State) -> None:
    """The learned block scorer of a short pasted document (blockml40; ``rules.BLOCK_MODEL``,
    detectors/block_model.py): on plain text or Markdown of at most ``max_lines`` non-empty lines and ``max_chars``
    characters and at least
    ``min_blocks`` blocks, each block still kept, not protected, not a caption or a bibliography entry, and without a
    finding of ``max_strength`` (the detectors judged those) is scored from its shape, its place, its neighbours and
    the decision so far; a score of at least the model's threshold removes it (``block_model.block``, navigation,
    the score its confidence, the features that weighed most its cue). Runs before the body protections: a caption,
    a quotation, a reference list and the body's share still win."""
    if not (state.text or state.markdown) or state.n < BLOCK_MODEL.min_blocks:
        return
    if BLOCK_RECORD is None and not BLOCK_MODEL.enabled:
        return
    blocks, verdicts = state.blocks, state.verdicts
    if sum(len(b.plain) for b in blocks) > BLOCK_MODEL.max_chars or \
            sum(1 for b in blocks for line in b.plain.splitlines() if line.strip()) > BLOCK_MODEL.max_lines:
        return
    top, prose = state.top, state.prose
    body_length = state.thresholds.body_length

    def sentences(k: int) -> bool:  # kept prose, or a sentence of a few words (a short language's, a notes' line)
        text = blocks[k].plain.strip()
        return verdicts[k].keep and blocks[k].type not in ("heading", "code") and (
            prose[k] or (spaced_length(text) >= body_length or word_count(text) >= BLOCK_MODEL.sentence_words)
            and _INNER_END.search(text) is not None)

    said = [sentences(k) for k in range(state.n)]
    kept_prose = [i for i in range(state.n) if said[i]]
    first, last = (kept_prose[0], kept_prose[-1]) if kept_prose else (state.n, -1)
    anchored = any(not verdicts[k].keep or block_model_anchor(blocks[k].plain) for k in range(last + 1, state.n))
    continued = _continued(blocks, said) if BLOCK_MODEL.continuation_guard else [False] * state.n
    items = _item_runs(blocks) if BLOCK_MODEL.item_run else [False] * state.n
    entries = _entry_runs(blocks, prose)

    def scored(i: int) -> bool:
        text = blocks[i].plain.strip()
        if not text or not verdicts[i].keep or state.protected[i] or blocks[i].type in _BLOCK_MODEL_SKIP:
            return False
        if top[i] is not None and top[i].strength >= BLOCK_MODEL.max_strength or text[-1] in _CODE_ENDS:
            return False
        if not BLOCK_MODEL.middle and first < i < last:
            return False
        if BLOCK_MODEL.tail_anchor and i > last and not anchored:
            return False  # (an article's closing poem, list or sign-off: the tail holds no removal)
        if blocks[i].type == "list_item" and blocks[i].link_density < BLOCK_MODEL.item_links:
            return False  # (a list's item in words: a requirements list, a list of versions; a link list's may go)
        if BLOCK_MODEL.heading_guard and i + 1 < state.n and said[i + 1] and not _SENTENCE_END.search(text):
            return False  # (the title or the subheading of the paragraph under it)
        if BLOCK_MODEL.lead_guard and _under_lead(blocks, i):
            return False
        if continued[i] or items[i] or entries[i]:
            return False  # (a piece of a broken sentence, a changelog's item, a directory's entry: blockml40b)
        if BLOCK_MODEL.kicker_guard and _kicker(state, i, said):
            return False  # (a kicker, a series label over the title)
        return not is_caption(state, i) and not is_bibliography(state, i)

    indexes = [i for i in range(state.n) if scored(i)]
    if not indexes:
        return
    removed = [not v.keep for v in verdicts]
    strength = [f.strength if f is not None else 0.0 for f in top]
    edge = [state.at_edge(i) for i in range(state.n)]
    rows = block_model_rows(blocks, indexes, state.prose, removed, strength, edge, state.markdown)
    if BLOCK_RECORD is not None:
        BLOCK_RECORD.append((blocks, indexes, rows))
        return
    threshold = BLOCK_MODEL.threshold or block_model_data()["threshold"]
    for i, row in zip(indexes, rows):
        p = block_model_score(row)
        if p >= threshold:
            state.remove(i, "navigation", "block_model.block", f"the block model ({p:.2f}): {block_model_cue(row)}",
                         p)


#: The passes, in order.
PASSES: tuple[Callable[[State], None], ...] = (
    classify, claim_sections, find_zones, release_mid_sections, protect_reference_lists, remove_context_free, tail_run,
    offer_run, md_head_copies, neighbours, text_context, block_model,
    keep_reply_invitation, protect_inner_body, protect_body,
)


def decide(blocks: list[Block], findings: list[list[Finding]], thresholds: Thresholds,
           title_index: int | None = None, passes: Iterable[Callable[[State], None]] | None = None,
           text: bool = False, markdown: bool = False) -> Decision:
    """Keep or remove each block (``passes``: ``PASSES`` unless given). ``text``: the blocks are plain text's
    (``text_context`` runs); ``markdown``: a Markdown document's (``offer_run`` runs)."""
    decision = Decision([Verdict() for _ in blocks], title_index=title_index)
    if not blocks:
        return decision
    state = State(blocks, thresholds, strongest(findings, thresholds), decision, text=text, markdown=markdown,
                  findings=findings)
    for run in PASSES if passes is None else passes:
        run(state)
    decision.block_thresholds = [state.threshold_at(i) for i in range(state.n)]
    return decision
