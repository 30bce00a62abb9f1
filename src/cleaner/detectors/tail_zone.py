"""The page's end zone after the article's last paragraph of prose, by its shape (tail36; probeJ's families J2-F3,
J2-F4, J1-F6, J1-F7, J2-F11; plain text and Markdown).

A blog platform prints its widgets under the article: post cards ("other posts of this category": a title, a date,
a like count, "comments 0", each a link to the blog's own pages), single buttons, an empty author card, a cookie
consent panel; a news aggregator prints stamps ("12/05【Paper】") under its teasers. No phrase list names them in every
language; their shapes do:

- ``rights_notice.consent_panel``: a short line holding a cookie word and a consent word (``data/tail_zone.json``),
  after the last prose, with only short blocks from it to the end (the panel's "Necessary" / "site work, theme"
  label and description pairs): all of them. Not when the article's prose names cookies (an article about them);
- ``related.card_run``: in the tail, a block's shape (digits, addresses and markup masked: "comments 0 U") that comes
  back ``card_min_repeats`` times or more, each copy at most ``card_max_period`` blocks after the last, every block
  of the run short, its addresses (at least as many as the copies) all on one host: the run from the first card's
  first block (the blocks before the first copy shaped as the second card's: type, links) to the last copy, and the
  heading or label line right over it, which it needs (a widget's title), when the article's text before the end
  zone outweighs the cards' (else the page is a listing, its cards its content); the same for a
  table of ``card_table_min_rows`` rows or more, each one link and a date, all links on one host, and its heading;
- ``navigation.tail_sweep``: jusText's bad neighbours at the end. After the first removal of a call to action or a
  related list at least ``sweep_anchor`` strong that follows the last prose (a removed comment section, a share
  heading, a run of cards), the kept blocks to the end that are short (``sweep_max_chars``, one line, no list item)
  labels, images, or a prompt's question or exclamation sharing no content word with the article's prose (one
  sentence at most; a statement stays: "You are not logged in.", an edit note) go; all or none: any
  block it cannot take (a second sentence, a longer paragraph, a reference heading, a list's dated entry, a table)
  leaves every one of them. Never backwards from a removal at the end: an article's lists of names, products or
  awards end many gold bodies (text_dump: 2,044 gold lines went with a backward sweep);
- ``call_to_action.comments_status``: "Comments are closed." alone on its line, in the tail;
- ``author_bio.empty_box``: "About <one name>" alone on its line in the tail (``about_labels``), nothing but
  removals after it to the end: an author box whose bio the page left empty ("About Admin"); over a paragraph or
  short kept lines it is a heading of the page's own text;
- ``rights_notice.licence_link``: a line that is only a link to a Creative Commons licence, in the tail;
- ``related.stamp_list`` (anywhere): a line that ends with an aggregator's stamp, a date by digits then a source
  name in brackets (【】, [ ], « ») and at most one place word, alone or after a short headline; two such lines in the
  document or more, every line of the block one;
- ``related.bare_read_more`` (anywhere): a read-more label (``families.json`` ``related.read_more`` leads) that is the
  whole of its one-line block, without a link, after a paragraph of prose and over a paragraph without a link (not
  a list: the label over its items is a heading): its link was dropped.

Cost: one pass over the tail's blocks (a few dozen), one search a line for a stamp's bracket before its pattern."""

from __future__ import annotations

import collections
from collections.abc import Callable, Collection
from functools import lru_cache

from ..datafiles import read_json
from ..model import Block, Finding
from ..patterncache import compile_pattern
from ..rules import BODY_LENGTH, EDGE_STRENGTH, TAIL_ZONE
from ..scripts import fold_words, spaced_length, word_count
from .base import reaches, rule_finding, with_finding
from .comment_zone import comment_zone_findings
from .edge_chrome import article_words, label_like, prose_sized, shares_words
from .references import reference_heading
from ..tailcuts import read_more_label, tag_run

_URL = compile_pattern(r"(?:https?://|www\.)[^\s)\]>\"']+")
_DIGITS = compile_pattern(r"\p{N}+")
_HOST = compile_pattern(r"[^/?#\s]*")
_MARKUP = compile_pattern(r"[*_\[\]()<>!#`|]+")
_LETTER = compile_pattern(r"\p{L}")
_BLANKS = compile_pattern(r"\s+")
_PROMPT_END = compile_pattern(r"[?!？！]['\"”»)\]]?\s*$")
_SENTENCE_END = compile_pattern(r"[.!?。！？।؟]['\"”»)\]]?\s*$")
_DATE = compile_pattern(r"(?<!\d)(?:\d{4}[./\-]\s?\d{1,2}[./\-]\s?\d{1,2}|\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})(?!\d)")
#: a stamp at a line's end: a date by digits (month/day or a full date), a source name in brackets, at most one
#: short place word ("12/05【北海道新聞】 青森", "04.12. [Kurier]")
_STAMP = compile_pattern(r"(?:^|\s)(?:\d{4}[/.\-])?\d{1,2}[/.\-]\d{1,2}\.?\s?(?:[【\[«]([^】\]»\n]{1,30})[】\]»])"
                         r"(?:\s+\S{1,12})?\s*$")
_STAMP_BRACKETS = "【[«"
_STAMP_GATE = compile_pattern(r"\d[/.\-]\d{1,2}\.?\s?[【\[«]")
#: ``_STAMP_GATE`` without its bracket, ending where a bracket starts (at most 6 characters before it)
_STAMP_BEFORE = compile_pattern(r"\d[/.\-]\d{1,2}\.?\s?\Z")


def stamp_gate(text: str) -> bool:
    """Whether ``_STAMP_GATE`` matches in ``text``: read from each bracket back (a page's text is long and holds
    few brackets; the pattern's search tries its digit at every character; speed37)."""
    for bracket in _STAMP_BRACKETS:
        at = text.find(bracket)
        while at >= 0:
            if at and _STAMP_BEFORE.search(text, max(0, at - 6), at) is not None:
                return True
            at = text.find(bracket, at + 1)
    return False


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    data = read_json("tail_zone.json")
    return {
        "cookie": tuple(fold_words(w) for w in data["cookie_words"]),
        "consent": tuple(fold_words(w) for w in data["consent_words"]),
        "comments": frozenset(fold_words(w) for w in data["comments_status"]),
        "licence": tuple(data["licence_hosts"]),
        "about": frozenset(fold_words(w) for w in data["about_labels"]),
    }


def last_prose(blocks: list[Block], findings: list[list[Finding]], body_length: int, edge: float) -> int | None:
    """The index of the article's last paragraph of prose (no finding at the edge's strength; its addresses left
    out: a card's broken link is no prose), or None. In a document without a paragraph of prose (short Korean
    paragraphs), the last paragraph that ends a sentence of ``prose_floor_words`` words or more."""
    candidates = []  # (from the end: the blocks before the last prose are never read; speed37)
    for i in range(len(blocks) - 1, -1, -1):
        if blocks[i].type not in ("paragraph", "quote", "list_item") or reaches(findings[i], edge):
            continue
        candidates.append(i)
        plain = blocks[i].plain
        if prose_sized(plain, body_length) and (
                ("://" not in plain and "www." not in plain) or prose_sized(_visible(blocks[i]), body_length)):
            return i  # (the addresses dropped only when there are some: a page text's block is long)
    for i in candidates:
        visible = _visible(blocks[i])
        if _SENTENCE_END.search(visible) and word_count(visible) >= TAIL_ZONE.prose_floor_words:
            return i
    return None


def _visible(block: Block) -> str:
    """The block's text without addresses and Markdown residue, blanks collapsed."""
    return _BLANKS.sub(" ", _MARKUP.sub(" ", _URL.sub(" ", block.plain))).strip()


def _short(block: Block, limit: int) -> bool:
    return spaced_length(_visible(block)) <= limit


def _hosts(text: str) -> list[str]:
    """The hosts of the addresses in ``text`` ("www." dropped), read by their shape (an address with brackets in its
    host, "http://[x", is no error here)."""
    hosts = []
    for url in _URL.findall(text):
        host = _HOST.match(url.split("://", 1)[-1])
        name = host.group(0).lower() if host else ""
        hosts.append(name[4:] if name.startswith("www.") else name)
    return hosts


# -- a cookie consent panel ------------------------------------------------------------------------------------------

def consent_panel(blocks: list[Block], start: int) -> range:
    """The blocks of a consent panel from its anchor line to the end (empty when there is none; ``start``: the first
    block after the last prose)."""
    words = _vocabulary()
    for k in range(max(start, len(blocks) - TAIL_ZONE.consent_max_blocks), len(blocks)):
        block = blocks[k]
        if len(block.plain) > TAIL_ZONE.consent_max_chars:
            continue
        lowered = block.plain.casefold()  # (a cheap test first; the cookie words are folded)
        if not any(w in lowered for w in words["cookie"]):
            continue
        folded = fold_words(block.plain)
        near = folded + " " + (fold_words(blocks[k + 1].plain) if k + 1 < len(blocks) else "")
        if not any(w in near for w in words["consent"]):
            continue
        if not all(b.type not in ("table", "code") and _short(b, TAIL_ZONE.consent_line_max_chars)
                   for b in blocks[k:]):
            return range(0)
        body = fold_words("\n".join(b.plain for b in blocks[:start]))
        if any(w in body for w in words["cookie"]):
            return range(0)  # the article talks about cookies
        return range(k, len(blocks))
    return range(0)


# -- post cards ------------------------------------------------------------------------------------------------------

def _card_key(block: Block) -> str:
    """A card's line shape: addresses as "U", digits as "0", markup dropped ("댓글 0 U")."""
    text = _URL.sub(" U ", block.text)
    return _BLANKS.sub(" ", _MARKUP.sub(" ", _DIGITS.sub("0", text))).strip()


def card_runs(blocks: list[Block], start: int) -> list[tuple[int, int]]:
    """The runs (first, last) of post cards in the tail from ``start`` (see the module)."""
    shapes: dict[str, list[int]] = collections.defaultdict(list)
    for k in range(start, len(blocks)):
        block = blocks[k]
        if block.type in ("code", "table") or _DIGITS.search(block.text) is None \
                or spaced_length(_visible(block)) > TAIL_ZONE.card_item_max_chars:
            continue  # (a card's copy holds a count or a date)
        key = _card_key(block)
        if "0" in key and _LETTER.search(key):  # a count or a date with a word: "comments 0", "0 likes"
            shapes[key].append(k)
    runs: list[tuple[int, int]] = []
    for key in sorted(shapes, key=lambda s: shapes[s][0]):
        positions = shapes[key]
        group: list[int] = []
        for k in positions + [1 << 30]:
            if group and k - group[-1] > TAIL_ZONE.card_max_period:
                run = _card_run(blocks, group)
                if run is not None:
                    runs.append(run)
                group = []
            group.append(k)
    return runs


def _card_run(blocks: list[Block], copies: list[int]) -> tuple[int, int] | None:
    if len(copies) < TAIL_ZONE.card_min_repeats:
        return None
    period = copies[1] - copies[0]
    first = copies[0]
    for back in range(1, period):  # the first card's blocks before its copy: those shaped as the second card's
        mine, other = blocks[copies[0] - back] if copies[0] - back >= 0 else None, blocks[copies[1] - back]
        if mine is None or mine.type != other.type or bool(mine.links) != bool(other.links) \
                or bool(_URL.search(mine.text)) != bool(_URL.search(other.text)):
            break
        first = copies[0] - back
    members = blocks[first:copies[-1] + 1]
    if any(b.type in ("code", "table") or spaced_length(_visible(b)) > TAIL_ZONE.card_item_max_chars
           for b in members):
        return None
    hosts = _hosts("\n".join(b.text for b in members))
    hosts += [h for b in members for link in b.links for h in _hosts(link.url)]
    if len(hosts) < len(copies) or len(set(hosts)) != 1:
        return None  # no links, or links to other sites (a reference list)
    return first, copies[-1]


def card_table(block: Block) -> bool:
    """A table of post cards: ``card_table_min_rows`` rows or more, each one link and a date, every link on one
    host (a changelog's or a reference list's table has no link a row or links to several sites)."""
    if block.type != "table":
        return False
    rows = [line for line in block.text.splitlines() if line.strip().startswith("|")
            and _LETTER.search(line)]
    if len(rows) < TAIL_ZONE.card_table_min_rows:
        return False
    hosts: list[str] = []
    for row in rows:
        found = _hosts(row)
        if len(found) != 1 or _DATE.search(_URL.sub(" ", row)) is None:
            return False
        hosts += found
    return len(set(hosts)) == 1


def _over_run(blocks: list[Block], k: int) -> bool:
    """Whether block ``k`` heads a run of cards: a heading, or a short label line."""
    if k < 0:
        return False
    block = blocks[k]
    if block.type == "heading":
        return _short(block, TAIL_ZONE.sweep_max_chars)
    return block.type == "paragraph" and "\n" not in block.plain.strip() and label_like(_visible(block))


# -- stamps and lone labels ------------------------------------------------------------------------------------------

def stamp_line(line: str) -> bool:
    """A line that ends with an aggregator's stamp (a date, a source in brackets, a place word), alone or after a
    short headline."""
    if not any(c in line for c in _STAMP_BRACKETS):
        return False
    match = _STAMP.search(line)
    if match is None or not _LETTER.search(match.group(1)):
        return False
    return spaced_length(line[:match.start()].strip()) <= TAIL_ZONE.stamp_headline_max_chars


def _stamp_blocks(blocks: list[Block]) -> list[int]:
    lines = 0
    found = []
    for k, block in enumerate(blocks):
        if block.type in ("code", "table") or not stamp_gate(block.text):
            continue  # (a date's digits right before a bracket, looked for from the brackets: speed37)
        rows = [line for line in block.text.splitlines() if line.strip()]
        stamped = [stamp_line(line) for line in rows]
        lines += sum(stamped)
        if rows and all(stamped):
            found.append(k)
    return found if lines >= TAIL_ZONE.stamp_min_lines else []


def _read_more_label(block: Block) -> bool:
    plain = block.plain.strip()
    if not plain or "\n" in plain or block.links or len(plain) > 40:
        return False
    return read_more_label(plain)  # (tailcuts.py: the read-more leads of families.json, folded, edges dropped)


def comments_status(line: str) -> bool:
    """A comments-status line ("Comments are closed.") and nothing else."""
    if len(line) > 80:
        return False
    return fold_words(line).strip(" .!。！") in _vocabulary()["comments"]


def licence_link(block: Block) -> bool:
    """A line that is a link to a licence (Creative Commons) and nothing else."""
    links = [link for link in block.links if not link.is_image]
    if len(links) != 1 or "\n" in block.plain.strip():
        return False
    host = "".join(_hosts(links[0].url))
    if not any(host == h or host.endswith("." + h) for h in _vocabulary()["licence"]):
        return False
    rest = block.plain.replace(links[0].text, " ")
    return not _LETTER.search(rest)


def empty_author_box(line: str) -> bool:
    """"About <one name>" and nothing else: an author box's heading whose bio the page left empty."""
    words = line.split()
    if not 2 <= len(words) <= 4 or len(line) > 40 or _SENTENCE_END.search(line):
        return False
    labels = _vocabulary()["about"]
    return fold_words(" ".join(words[:-1])) in labels and words[-1][:1].isupper()


# -- the sweep -------------------------------------------------------------------------------------------------------

def _sweepable(block: Block, shared: Callable[[str], bool]) -> bool:
    if block.type not in ("paragraph", "heading"):
        return False  # (a list's items are the article's: a reading list under a cue heading)
    plain = block.plain.strip()
    if "\n" in plain or "\n" in block.text.strip() or reference_heading(plain):
        return False
    if any(link.is_image for link in block.links) or "![" in block.text:
        return not _LETTER.search(_visible(block).replace("U", "")) or _short(block, TAIL_ZONE.sweep_max_chars)
    visible = _visible(block)
    if not _LETTER.search(visible):
        return len(visible) <= 12
    if not _short(block, TAIL_ZONE.sweep_max_chars):
        return False
    if ":" in visible and any(not link.is_image for link in block.links):
        return False  # a lead and its link: the article's reference or source ("Reference: jetbrains.com")
    if label_like(visible):
        return True
    # a sentence: a prompt's question or exclamation ("You can write a comment here. Why not?"), no word of the
    # article's; a statement stays ("You are not logged in.", an edit note "Correction: link fixed, thanks to X.")
    return _PROMPT_END.search(visible) is not None and not shared(visible)


def _opens_section(found: list[Finding]) -> bool:
    return bool(found) and max(found, key=lambda f: f.strength).opens_section


def sweep(blocks: list[Block], findings: list[list[Finding]], start: int, body_end: int,
          edge: float) -> list[int]:
    """The kept blocks of the tail sweep (see the module): from the first removal of a call to action or a related
    list at least ``sweep_anchor`` strong after the last prose, to the end, all of them or none: a block it cannot
    take (a second sentence, a longer paragraph, a reference heading, a list's dated entry, a shared word, a table)
    leaves every one of them."""
    anchor = next((k for k in range(start, len(blocks)) if reaches(findings[k], edge)
                   and any(f.kind in ("call_to_action", "related") and f.strength >= TAIL_ZONE.sweep_anchor
                           for f in findings[k])), None)
    if anchor is None:
        return []
    article: list[tuple[frozenset[str], str]] = []

    def shared(line: str) -> bool:  # (the article's words read once, and only for a sentence)
        if not article:
            article.append(article_words(blocks[:body_end + 1], 0))
        return shares_words(line, *article[0])

    taken: list[int] = []
    sentences = 0
    in_section = _opens_section(findings[anchor])
    for k in range(anchor + 1, len(blocks)):
        block = blocks[k]
        if reaches(findings[k], edge):
            in_section = in_section or _opens_section(findings[k])
            continue
        if block.type == "rule" or not block.plain.strip():
            continue
        if in_section and (block.type == "list_item" or label_like(_visible(block))):
            continue  # a heading's list or lines: its section takes them (the decision's ``claim_sections``)
        in_section = False
        if _SENTENCE_END.search(_visible(block)):
            sentences += 1
        if sentences > TAIL_ZONE.sweep_max_sentences or not _sweepable(block, shared):
            return []
        taken.append(k)
    return taken


# -- the pass --------------------------------------------------------------------------------------------------------

def tail_zone_findings(blocks: list[Block], findings: list[list[Finding]], kinds: Collection[str],
                       body_length: int = BODY_LENGTH, edge: float = EDGE_STRENGTH) -> list[list[Finding]]:
    """``findings`` with the end zone's widgets added (see the module); the lists of untouched blocks as they were."""
    out = list(findings)

    def add(k: int, kind: str, rule: str, cue: str) -> None:
        if kind in kinds:
            out[k] = with_finding(out[k], rule_finding(kind, rule, cue, len(blocks[k].plain)))

    for k in _stamp_blocks(blocks):
        add(k, "related", "related.stamp_list", "an aggregator's stamp: a date and a source in brackets")
    for k in range(1, len(blocks)):
        block = blocks[k]
        before = blocks[k - 1]
        if block.group != before.group or block.type != "paragraph" or findings[k] or block.line_break \
                or "\n" in block.text.strip() or (k + 1 < len(blocks) and blocks[k + 1].group == block.group):
            continue  # (a piece the segmenter cut off a paragraph's end, on its last line: tailcuts.py)
        if tag_run(block.plain) and _SENTENCE_END.search(before.plain):
            add(k, "navigation", "navigation.tag_run", "category tags in capitals glued after the last sentence")
        elif block.plain.lstrip().startswith(("…", "...")) and read_more_label(block.plain):
            add(k, "related", "related.bare_read_more", "a read-more marker glued after the ellipsis")
    for k in range(1, len(blocks) - 1):
        before, after = blocks[k - 1], blocks[k + 1]
        if not findings[k] and _read_more_label(blocks[k]) and not findings[k - 1] \
                and before.type == "paragraph" and prose_sized(before.plain, body_length) \
                and after.type == "paragraph" and not after.links:
            add(k, "related", "related.bare_read_more", f"a read-more label alone between paragraphs: "
                f"{blocks[k].plain.strip()!r}")
    # the comment zone's template lines and its short lines (comment_zone.py; comment37) before the zone is read
    out, end = comment_zone_findings(blocks, out, kinds, lambda found: last_prose(blocks, found, body_length, edge),
                                     edge)
    if end is None or end == len(blocks) - 1:
        return out
    start = end + 1
    for k in consent_panel(blocks, start):
        add(k, "rights_notice", "rights_notice.consent_panel", "a cookie consent panel at the end")
    article = -1  # the article's text before the end zone (its visible length), read once when a run needs it
    for first, last in card_runs(blocks, start) if TAIL_ZONE.card_runs else ():
        if first - 1 < start or not _over_run(blocks, first - 1):
            continue  # a widget has its heading ("Other posts of this category"); a page's own listing may not
        if article < 0:
            article = sum(len(_visible(b)) for b in blocks[:start] if b.type in ("paragraph", "quote", "list_item"))
        if sum(len(_visible(b)) for b in blocks[first:last + 1]) >= article:
            continue  # the cards outweigh the article: the page is a listing, its cards its content
        for k in range(first - 1, last + 1):
            add(k, "related", "related.card_run", f"a run of post cards ({last - first + 1} blocks)")
    for k in range(start, len(blocks)):
        block = blocks[k]
        if card_table(block):
            if k - 1 < start or not _over_run(blocks, k - 1):
                continue  # (a widget's table has its title over it, as its cards do)
            if article < 0:
                article = sum(len(_visible(b)) for b in blocks[:start] if b.type in ("paragraph", "quote",
                                                                                       "list_item"))
            if len(_visible(block)) >= article:
                continue  # the table outweighs the article: the page's own table
            add(k, "related", "related.card_run", "a table of post cards: a link and a date a row")
            add(k - 1, "related", "related.card_run", "the heading over a table of post cards")
        elif comments_status(block.plain.strip()):
            add(k, "call_to_action", "call_to_action.comments_status", "a comments-status line")
        elif licence_link(block):
            add(k, "rights_notice", "rights_notice.licence_link", "a licence's link alone on its line")
    for k in range(start, len(blocks) - 1):  # (after the lines above: a comments-status line under the box)
        if blocks[k].type in ("paragraph", "heading") and empty_author_box(blocks[k].plain.strip()) \
                and all(reaches(out[j], edge) for j in range(k + 1, len(blocks)) if blocks[j].plain.strip()):
            add(k, "author_bio", "author_bio.empty_box", "an author box's heading with no bio under it")
    for k in sweep(blocks, out, start, end, edge):
        add(k, "navigation", "navigation.tail_sweep", "a short line after a removed call to action or related list at the end")
    return out
