"""A Markdown page's chrome at its edges and inside its blocks, by Markdown's own structure (issue 11, mdedges11).

Scraped Markdown (a converter's output of a blog or a platform page: dev.to, CSDN, a forum) carries the page around
the article: under the title a row of links and labels ("Follow on LinkedIn", a breadcrumb), hashtag lines that the
converter made headings ("# unity3d", "# gamedev"), a code widget's buttons ("Enter fullscreen mode" / "Exit
fullscreen mode") inside the article, and at the end the comment widget's panel, a "related" heading over title links,
counters. edge_chrome.py finds such lines in plain text; Markdown says more about them: a line that is one link is a
menu item or a related title whatever its words, an image is never the article's text and never chrome either, a
heading of one lower-case token in a run of such headings is a tag. Three steps, Markdown only; the first two never
with a site profile (the site pass judges the furniture there):

1. ``md_peel`` (segmentation, before the detectors): a paragraph of several lines (scraped Markdown often keeps a
   line per element) gives a toggle's two labels next to code, and the trailing label lines of the article's last
   paragraph when a strong label (edge_chrome.strong_label) or a widget's panel after it says they are chrome, blocks
   of their own. A peeled line is a paragraph of its own for the decision; kept lines are joined back for the output
   (``edge_chrome.restore_paragraphs``).
2. ``md_chrome_findings`` (a detector after the others): ``navigation.md_edge`` on the members of the run that
   touches the head (after the title, before the first paragraph of prose) or the end (after the last): lines that
   are one titled link or a row of them, a widget's panel (a paragraph of mostly label lines with a control's label),
   a control's label, at the end a comment counter (all ``MARKUP``); label lines (``edge_chrome.label_like``, at the
   end only) and blocks with a finding too weak to go alone (``PLAIN``) only between two removals or markup members
   (``_sandwiched``). Blocks found already are passed over, images are passed over and never taken, a date line or a
   counter under the title is never taken (decision 3: a post's record stays). The run goes
   when a removal touches it or one of its lines is strongly a label; it stops at prose, a list item, code, a table
   without a finding, a reference list's heading, a lead line over its items, and (without a title heading) at a
   title-like line. ``navigation.md_tags``: a run of hashtag headings at an edge. ``navigation.md_toggle``: two
   adjacent short lines the same but their first word ("Enter … mode" / "Exit … mode", "Show … / Hide …") next to
   code: a control's two states, at the body's threshold (it goes inside the body too).
3. ``own_text``: findings that cue rules made on the article's own text, dropped by the text's shape: a call to action
   whose one link is a file the article offers (``data/md_chrome.json`` ``own_files``: "[Click here to download the
   file.](…/example.xlsx)"); a "continue reading" lead right after a quotation that says more than its cue (the post's
   pointer to what it quotes: "Continue reading the article and get the script in the [mailing list]"). And
   ``own_note`` (decision.py): a post's own edit note ("Edit: fixed the URL, thanks to …", ``note_labels``) never goes
   as a removal's neighbour.

Every number is in ``rules.MD_CHROME`` and ``rules.EDGE_CHROME``; the vocabulary in ``data/md_chrome.json``.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..metashape import meta_line_shape
from ..model import Block, Finding
from ..rules import BODY_LENGTH, EDGE_CHROME, EDGE_STRENGTH, MD_CHROME, NAV_ITEM_MAX_WORDS, RULES
from ..scripts import word_count
from .base import has_letters as _has_words, is_link_line, non_link_text, with_finding
from .chrome import line_shape as chrome_line_shape
from .edge_chrome import _name_like, anchored, continues, is_record, label_like, strong_label, title_like
from .edge_chrome import line_spans as _lines, split_at_lines
from .references import reference_heading

KIND = "navigation"
EDGE_RULE = "navigation.md_edge"
TAGS_RULE = "navigation.md_tags"
TOGGLE_RULE = "navigation.md_toggle"
TEMPLATE_RULE = "navigation.md_template"
CARD_RULE = "navigation.md_card"
MEDIA_RULE = "source_credit.media_credit"
RETRIEVED_RULE = "source_credit.retrieved"
_NEVER = 1 << 30  # a run length no run reaches: only a removal or a strong label anchors a run

_LETTER = compile_pattern(r"\p{L}")
_WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*")
#: A line of code: braces, semicolons, assignments, calls, an indented line.
_CODE_LINE = compile_pattern(r"[{};=]\s*$|^\s*[{}]|\w\(.*\)|^\s{4}|^\t")
#: Markup a line of text may hold besides its words (emphasis, images' and links' brackets).
_NOT_TEXT = compile_pattern(r"[\s*_`~|•·#>\[\]()!:-]+")
#: A line that is only links and images ("[title](url)", "[![](logo.png)](/)").
_LINK_LINE = compile_pattern(r"^(?:!?\[(?:[^\[\]]|!\[[^\]]*\]\([^)]*\))*\]\([^)]*\)[\s|·•,]*)+$")
#: A hashtag's token: letters, digits, "-", "_", "+" ("unity3d", "c++", "machine-learning"), no dot (a version).
_TAG = compile_pattern(r"^[\p{L}\p{M}\p{N}_+#-]+$")
#: A toggle's label is a short line (a quick test before its words are counted).
_TOGGLE_MAX_CHARS = 60
#: A link whose text is an address.
_URL_TEXT = compile_pattern(r"://|^www\.|^\S+\.\p{L}{2,}/")
#: How a line ends a sentence for ``continues`` here: edge_chrome's without its "…", "।", "؟" and its guard after
#: "." or "…" (md_chrome as written; one pattern for both could change which trailing lines are peeled).
_SENTENCE_END = compile_pattern(r"[.!?。！？]['\"”»)\]]?\s*$")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], regex.Pattern]:
    data = read_json("md_chrome.json")
    files = frozenset(ext.lower() for ext in data["own_files"])
    labels = sorted({label.lower() for label in data["note_labels"]}, key=len, reverse=True)
    # the label, then a colon, a dash or a date in brackets ("Update (2021-03-02):"), then the note
    note = compile_pattern(r"^[\s*_>]*(?:" + "|".join(regex.escape(label) for label in labels)
                         + r")\.?(?:\s*\([^)]{0,40}\)|\s+\d[\d./-]{3,12})?\s*[*_]*\s*[:：–—-]\s*[*_]*\s*(?P<rest>\S.*)$",
                         regex.IGNORECASE | regex.DOTALL)
    return files, note


#: Scripts written without spaces between words: a term of them needs no word boundary after it ("กลับไปบทที่ 8").
_UNSPACED_TERM = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]$")
#: Emoji presentation selectors and joiners around an arrow ("⬅️"), and Markdown's emphasis.
_DECOR = compile_pattern(r"[\s\ufe0e\ufe0f\u200d*_>|•·:]+")


def _term_pattern(terms) -> regex.Pattern:
    """One pattern of ``terms`` (lower case) for a search in folded text: a term of a spaced script as whole words,
    one of a script without spaces as it stands."""
    alternatives = [regex.escape(term) + ("" if _UNSPACED_TERM.search(term) else r"(?![\p{L}\p{M}\p{N}])")
                    for term in sorted(set(terms), key=len, reverse=True)]
    return compile_pattern(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(alternatives) + ")", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _edge_vocabulary() -> tuple[frozenset[str], regex.Pattern, regex.Pattern, regex.Pattern]:
    """(back_arrows, back_terms at a line's start, media_sources, media_words) of data/md_chrome.json (mdfam31)."""
    data = read_json("md_chrome.json")
    back = [term.lower() for terms in data["back_terms"].values() for term in terms]
    words = [term.lower() for terms in data["media_words"].values() for term in terms]
    return (frozenset(data["back_arrows"]), _term_pattern(back), _term_pattern(data["media_sources"]),
            _term_pattern(words))


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def image_only(block: Block) -> bool:
    """A block that is only images (and the links around them)."""
    return any(link.is_image for link in block.links) and _LETTER.search(
        _NOT_TEXT.sub("", non_link_text(block))) is None and not any(
        not link.is_image and _LETTER.search(link.text) and "![" not in block.text[link.start:link.end]
        for link in block.links)


def link_only(block: Block) -> bool:
    """A block that is one titled link or a row of them (a menu item, a related title, a breadcrumb): no text of its
    own. A bare address ("https://nodejs.org/api/") is a reference the article gives, not markup of the page's."""
    real = [link for link in block.links if not link.is_image]
    return is_link_line(block) and _LETTER.search(_NOT_TEXT.sub("", non_link_text(block))) is None and all(
        _URL_TEXT.search(link.text) is None for link in real)


def back_line(block: Block) -> bool:
    """A link-only line of a pager's or a book's navigation (mdfam31): the text around its link is only an arrow
    ("⬅️ [Chapter 8](…)", "[Next chapter](…) →"), or the link's text opens with an arrow or a back / previous / next
    / home term of ``back_terms`` ("[Back to the blog](…)", "[กลับไปหน้าแรก](…)", "[返回目录](…)"). At an edge it
    anchors the run it is in, as a strong label does."""
    if not link_only(block):
        return False
    arrows, back, _, _ = _edge_vocabulary()
    around = _DECOR.sub("", non_link_text(block))
    if around and all(c in arrows for c in around):
        return True
    real = [link for link in block.links if not link.is_image]
    if not real:
        return False
    text = _DECOR.sub(" ", real[0].text).strip()
    if not text:
        return False
    if text[0] in arrows:
        return True
    folded = text.casefold()
    match = back.match(folded)
    if match is None:
        return False
    if " " in match.group(0) or _UNSPACED_TERM.search(match.group(0)):
        return True  # "back to …", "zurück zur …", "กลับไป…", "返回…": a back link whatever follows
    # a one-word term ("Home", "Next", "Précédent") is the whole text or a label before its title ("Next: Part 2"):
    # "[Home Assistant](…)" and "[Next.js docs](…)" are references the article gives
    rest = folded[match.end():].strip()
    return not rest or rest[0] in ":：-–—»›|"


def template_block(block: Block) -> bool:
    """A paragraph whose every line is one Hugo shortcode alone ("{{< blocks/products/main-wrap >}}", "{{% note %}}"):
    markup a converter left, never the article's text (mdfam31). A shortcode that carries a quoted value of several
    words ('{{< figure src="a.jpg" caption="The bridge at dawn" >}}') holds a caption: it stays; Jinja's and Liquid's
    "{% if … %}" / "{{ field }}" are a template's code that a tutorial shows as often: they stay."""
    if block.type != "paragraph" or "{{" not in block.text:
        return False
    lines = [line for line in block.text.split("\n") if line.strip()]
    return bool(lines) and all(_SHORTCODE_LINE.match(line) and not _QUOTED_WORDS.search(line) for line in lines)


def media_credit(block: Block) -> bool:
    """A short line that credits a picture or a text to a stock site or a generator (mdfam31): a source of
    ``media_sources`` (Pixabay, Unsplash, Midjourney, ChatGPT …) and a word of what it credits (``media_words``:
    image, photo, cover, text, generated …), one line of at most ``MD_CHROME.credit_max_words`` words. Only at an
    edge (``md_chrome_findings``): an article about image generators names them in its prose."""
    plain = block.plain
    if block.type not in ("paragraph", "list_item") or len(plain) > MD_CHROME.credit_max_chars \
            or "\n" in block.text.strip():
        return False  # (most blocks: longer than a credit line, a cheap test first)
    folded = plain.casefold()
    if _media_source_terms().search(folded) is None:
        return False  # (most lines: no source's name; one literal alternation first)
    if word_count(plain) > MD_CHROME.credit_max_words:
        return False
    _, _, sources, words = _edge_vocabulary()
    return sources.search(folded) is not None and words.search(folded) is not None


@lru_cache(maxsize=1)
def _media_source_terms() -> "re.Pattern[str]":
    """The sources' names as one plain alternation (the standard library's: literals, no look-around), a pre-test."""
    terms = sorted((term.casefold() for term in read_json("md_chrome.json")["media_sources"]), key=len, reverse=True)
    return re.compile("|".join(re.escape(term) for term in terms))


def _same_site(block: Block) -> bool:
    """Every link of the block goes to a path of the site itself ("/glossar/xml-sitemap/"), not a file nor an anchor
    nor another host."""
    real = [link.url for link in block.links if not link.is_image]
    return bool(real) and all(url.startswith("/") and not url.startswith("//") and not _file_link(url) for url in real)


def menu_link(block: Block) -> bool:
    """A list item that is one link-only line whose label is a menu's (at most ``NAV_ITEM_MAX_WORDS`` words: "About
    us", "World", "Privacy") or that goes to a path of the site itself (a related title, an archive's month)."""
    if block.type != "list_item" or not block.links or not link_only(block) or "\n" in block.text.strip():
        return False
    return word_count(block.plain) <= NAV_ITEM_MAX_WORDS or _same_site(block)


def menu_lists(blocks: list[Block]) -> frozenset[int]:
    """The lists (``Block.list_id``) that are a page's menus as a converter renders them (mdpages33): at least
    ``MD_CHROME.menu_min_links`` items that are each a menu link (``menu_link``), ``MD_CHROME.menu_link_share`` of
    its items with words at least, every other item a short label (a sub-menu's name over its nested links:
    "Channels", "Helpful Links") or a link of another shape. A list with an item of several lines or a sentence is
    the article's, and so is one of long titles to other hosts (references, a resource list)."""
    links: dict[int, int] = {}
    others: dict[int, int] = {}
    spoilt: set[int] = set()
    for block in blocks:
        if block.type != "list_item" or block.list_id < 0 or block.list_id in spoilt or not _has_words(block):
            continue
        if menu_link(block):
            links[block.list_id] = links.get(block.list_id, 0) + 1
        elif "\n" in block.text.strip() or not block.links and not label_like(block.plain):
            spoilt.add(block.list_id)  # an item of several lines or a sentence: the article's list
        else:
            others[block.list_id] = others.get(block.list_id, 0) + 1
    return frozenset(list_id for list_id, n in links.items() if list_id not in spoilt and n >= MD_CHROME.menu_min_links
                     and n >= MD_CHROME.menu_link_share * (n + others.get(list_id, 0)))


_MARKER = compile_pattern(r"^\s*(?:[*+-]|\p{N}+[.)])\s+")  # a list item's marker ("* ", "2. ")
_DATA = compile_pattern(r"[\p{L}\p{N}]")  # an item's own words or figures beside its link ("70.2% European"): data


def _own_words(block: Block) -> bool:
    return _DATA.search(_MARKER.sub("", non_link_text(block))) is not None


def _anchor_list(block: Block) -> bool:
    """A list item whose every link is an anchor of the page itself ("#install"): a table of contents."""
    real = [link.url for link in block.links if not link.is_image]
    return bool(real) and all(url.startswith("#") for url in real)


def _sentence_zone(blocks: list[Block], body_length: int) -> tuple[int, int] | None:
    """(first, last): the page's first and last paragraphs of prose that end a sentence, or None."""

    def sentence(block: Block) -> bool:
        return _prose_block(block, body_length) and _SENTENCE_END.search(block.plain.rstrip(" *_")) is not None

    first = next((i for i, block in enumerate(blocks) if sentence(block)), None)
    if first is None:
        return None
    return first, next(i for i in range(len(blocks) - 1, first - 1, -1) if sentence(blocks[i]))


def zone_menus(blocks: list[Block], findings: list[list[Finding]], menus: frozenset[int], edge: float,
               body_length: int = BODY_LENGTH) -> list[int]:
    """``_zone_menus`` in the page's zones (``_sentence_zone``)."""
    return _zone_menus(blocks, findings, menus, edge, _sentence_zone(blocks, body_length)) if menus else []


def _zone_menus(blocks: list[Block], findings: list[list[Finding]], menus: frozenset[int], edge: float,
                zone: tuple[int, int] | None) -> list[int]:
    """The items of menu lists (``menu_lists``) that lie wholly in the page's head zone (before its first paragraph
    of prose that ends a sentence) or its end zone (after the last), mdpages34: a whole page's Markdown carries
    its menus there whatever a line between them says (a network's tagline, a date, a language switch), which
    ends ``_head_run``'s contiguous run. A list goes when it has ``MD_CHROME.zone_menu_min_links`` menu links or
    more, none of them an anchor of the page ("#install": a table of contents), the nearest block over it is no lead
    line ending with ":" (the article's list under its lead), and the zone holds a removal at the edge's strength
    or a second such list (a page's menus, not one list of the article's). At the end its links go to the site's
    own paths (a resource list of other hosts is the article's)."""
    if not menus or zone is None:
        return []
    first, last = zone
    items: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.type == "list_item" and block.list_id in menus:
            items.setdefault(block.list_id, []).append(i)
    zones: dict[str, list[list[int]]] = {"head": [], "tail": []}
    for list_id in sorted(items):
        members = items[list_id]
        zone = "head" if members[-1] < first else "tail" if members[0] > last else ""
        if not zone or len(members) < MD_CHROME.zone_menu_min_links or any(_anchor_list(blocks[i]) for i in members):
            continue
        if zone == "tail" and not all(_same_site(blocks[i]) for i in members if blocks[i].links):
            continue
        links = 0
        for i in members:
            if menu_link(blocks[i]) and not _own_words(blocks[i]):
                links += 1
            if links >= MD_CHROME.zone_menu_min_links:
                break
        else:
            continue
        above = next((k for k in range(members[0] - 1, -1, -1) if _has_words(blocks[k])), None)
        if above is not None and blocks[above].plain.rstrip(" *_").endswith((":", "：")):
            continue
        zones[zone].append(members)
    out: list[int] = []
    for zone, lists in zones.items():
        span = range(0, first) if zone == "head" else range(last + 1, len(blocks))
        if len(lists) >= 2 or lists and any(_found(findings[k], edge) for k in span):
            out.extend(i for members in lists for i in members)
    return sorted(out)


def _link_block(block: Block) -> bool:
    """A paragraph or a list item that is links only (``link_only``: a menu's item, a sidebar's post title, a row of
    links), none of them an anchor of the page (a table of contents), no words or figures beside them (an infobox's
    "70.2% [European](…)" is data), not a table's row of a key and its value (``_row_cells``)."""
    return block.type in ("paragraph", "list_item") and bool(block.links) and not _row_cells(block.plain) \
        and not _anchor_list(block) and link_only(block) and not _own_words(block)


def _row_cells(plain: str) -> bool:
    """A line of a table's row written without its separator line: "|" between at most two cells ("• Monarch |
    Elizabeth II", "Ethnic groups (2018) |"): a key and its value, not a menu's row of items."""
    return "|" in plain and sum(1 for cell in plain.split("|") if _LETTER.search(cell)) <= 2


def _zone_runs(blocks: list[Block], zone: range, found: set[int],
               title: int | None = None) -> list[tuple[list[int], dict[int, str], int, bool]]:
    """The runs of link blocks (``_link_block``, ``MARKUP``) and labels between them (``label_like`` paragraphs and
    list items, ``PLAIN``; a name-like label, a byline's, is passed over) in ``zone``: (members, their kinds, the
    count of link blocks, removed paragraphs and items with a link counted too, and whether the run opens under a heading that is no label
    with no removal between). Label headings and removals are passed over; a run ends at any other block with
    words, at a lead line ending with ":", at a heading that is no label (a title's, a section's, a linked one too),
    at the article's ``title`` and at a reference list's heading (what follows it up to the next removal is no
    member)."""
    runs: list[tuple[list[int], dict[int, str], int, bool]] = []
    members: list[int] = []
    kinds: dict[int, str] = {}
    links: list[int] = []  # the run's link blocks, those removed already among them
    references = False  # under a reference list's heading, up to the next removal: the article's references
    titled = under = False  # under a title's heading with no removal since; the run opened so
    for i in zone:
        block = blocks[i]
        heading = block.type == "heading" and (i == title or title_like(block.plain) or not label_like(block.plain))
        if i in found:
            references = False
            titled = heading  # (a title's heading that another rule took still heads what follows it)
        if references:
            kind = ""
        elif i in found:
            if block.type in ("paragraph", "list_item") and any(not link.is_image for link in block.links):
                links.append(i)  # a removed block with a link (a menu's item, a share row): the run's too, counted
            continue
        elif not _has_words(block) or image_only(block):
            if block.type in ("code", "table"):
                kind = ""
            else:
                continue
        elif reference_heading(block.plain):
            references = True
            kind = ""
        elif heading or i == title:
            titled = True
            kind = ""  # a title's or a section's heading: the page's links above it, the article's under it
        elif block.type == "heading":
            continue  # a sidebar's label heading: the decision's (between two removals it goes, over prose it stays)
        elif block.plain.rstrip(" *_").endswith((":", "：")):
            kind = ""
        elif _link_block(block):
            kind = MARKUP
        elif block.type in ("paragraph", "list_item") and label_like(block.plain) and not is_record(block.plain):
            if _name_like(block.plain):
                continue  # a byline's name ("Jane Doe") or a box's label: passed over, never taken (decision 3)
            kind = PLAIN
        else:
            kind = ""
        if kind:
            if not members:
                under = titled
            members.append(i)
            kinds[i] = kind
            if kind == MARKUP:
                links.append(i)
            continue
        if members:
            runs.append((members, kinds, len(links), under))
        members, kinds, links = [], {}, []
    if members:
        runs.append((members, kinds, len(links), under))
    return runs


def zone_links(blocks: list[Block], findings: list[list[Finding]], first: int, last: int, edge: float,
               chosen: set[int], title: int | None = None, found: set[int] | None = None) -> list[int]:
    """jusText's context for a whole page's link blocks in its head zone (before ``first``, the first paragraph of
    prose that ends a sentence) and its end zone (after ``last``), mdpages34b: a run of link-only blocks with short
    labels, sub-menus and removals between them goes as one when it has ``MD_CHROME.zone_link_min_blocks`` link
    blocks or more (those removed already counted) and the zone holds a removal at the edge's strength. Stays: a run right under a lead line ending
    with ":" (the article's list under its lead), in the head a run under a title's heading (the title step's
    ``title`` or a heading that is no label) with no removal between (a roundup's links, its contents, a byline's), a table of contents (anchors), what follows a reference
    list's heading up to the next removal, and at the end a run of links to other hosts with no removal between it
    and the article's last prose (an article's resource list)."""
    if found is None:
        found = {i for i in range(len(blocks)) if _found(findings[i], edge)}
    found = found | chosen
    out: list[int] = []
    for zone in (range(0, first), range(last + 1, len(blocks))):
        if sum(1 for i in zone if blocks[i].links) < MD_CHROME.zone_link_min_blocks \
                or not any(i in found for i in zone):
            continue  # (most zones: too few blocks with a link for a run, a cheap test first)
        for members, kinds, links, under in _zone_runs(blocks, zone, found, title):
            if links < MD_CHROME.zone_link_min_blocks or under and zone.start == 0:
                continue  # (in the head, links right under a title with no removal between: the article's)
            above = next((k for k in range(members[0] - 1, -1, -1) if _has_words(blocks[k])), None)
            if above is not None and blocks[above].plain.rstrip(" *_").endswith((":", "：")):
                continue
            if zone.start > 0 and not any(k in found for k in range(last + 1, members[0])) and not all(
                    _same_site(blocks[i]) for i in members if kinds[i] == MARKUP):
                continue  # links to other hosts right under the article's last prose: its resource list
            out.extend(_sandwiched(blocks, members, kinds, found))
    return sorted(out)


@lru_cache(maxsize=4096)
def _line_plain(line: str) -> str:
    """A line's words without Markdown's inline markup (links to their labels, emphasis dropped), roughly."""
    if not any(c in line for c in "[*_`"):
        return " ".join(line.split())
    line = regex.sub(r"!\[[^\]]*\]\([^)]*\)", " ", line)
    line = regex.sub(r"\[([^\]]*)\](?:\([^)]*\)|\[[^\]]*\])", r"\1", line)
    return " ".join(regex.sub(r"[*_`]+", "", line).split())


def toggle_pair(first: str, second: str) -> bool:
    """Two labels of one control's two states: the same words but the first ("Enter fullscreen mode" / "Exit
    fullscreen mode", "Show replies" / "Hide replies") or the last ("Code anzeigen" / "Code ausblenden"), short, no
    sentence."""
    if len(first) > _TOGGLE_MAX_CHARS or len(second) > _TOGGLE_MAX_CHARS:
        return False
    a, b = [w.lower() for w in _words(first)], [w.lower() for w in _words(second)]
    if len(a) != len(b) or not MD_CHROME.toggle_min_words <= len(a) <= MD_CHROME.toggle_max_words:
        return False
    # the verb first ("Show replies" / "Hide replies") or last ("Code anzeigen" / "Code ausblenden")
    if not (a[0] != b[0] and a[1:] == b[1:] or a[-1] != b[-1] and a[:-1] == b[:-1]):
        return False
    return label_like(first) and label_like(second)


def _code_line(line: str) -> bool:
    return _CODE_LINE.search(line) is not None


def _panel_lines(lines: list[str]) -> bool:
    """Lines of a widget's panel: mostly label lines (``label_like``), enough of them, no wrapped sentence."""
    if sum(1 for line in lines if "|" in line) * 2 >= len(lines):
        return False  # rows of a table written without its Markdown separator line
    labels = sum(1 for line in lines if label_like(line))
    # ...and a control's label among them ("Report abuse", "Submit": chrome.line_shape): short lines alone are as
    # often a list's, an address's or a programme's
    return labels >= MD_CHROME.panel_min_labels and labels >= MD_CHROME.panel_label_share * len(lines) and any(
        chrome_line_shape(line) == "chrome" for line in lines)


def panel(block: Block) -> bool:
    """A paragraph of several lines that is a widget's panel ("Subscribe / Personal / Trusted User / Submit /
    Preview / Dismiss / Report abuse / …"), not prose."""
    if block.type != "paragraph" or not MD_CHROME.panel_min_labels <= block.text.strip().count("\n") + 1 \
            <= MD_CHROME.panel_max_lines:
        return False
    return _panel_lines([_line_plain(block.text[a:b]) for a, b in _lines(block.text)])


def _toggle_cuts(block: Block, before: Block | None, after: Block | None) -> set[int]:
    """The lines of a toggle's two labels next to code inside a paragraph of several lines: each a block of its own."""
    spans = _lines(block.text)
    lines = [block.text[a:b] for a, b in spans]
    own: set[int] = set()
    for k in range(len(lines) - 1):
        if len(lines[k]) > _TOGGLE_MAX_CHARS or len(lines[k + 1]) > _TOGGLE_MAX_CHARS:
            continue
        if not toggle_pair(_line_plain(lines[k]), _line_plain(lines[k + 1])):
            continue
        code_before = _code_line(lines[k - 1]) if k > 0 else before is not None and before.type == "code"
        code_after = _code_line(lines[k + 2]) if k + 2 < len(lines) else after is not None and after.type == "code"
        if code_before or code_after:
            own.update((k, k + 1))
    return own


def _prose_block(block: Block, body_length: int) -> bool:
    """A paragraph of prose (edge_chrome's measure), not a panel of labels nor a row of links."""
    return block.type in ("paragraph", "quote", "list_item") and (
        len(block.plain) >= body_length or word_count(block.plain) >= EDGE_CHROME.prose_min_words) and not (
        panel(block) or link_only(block))


def _tail_cuts(blocks: list[Block], body_length: int) -> tuple[int, int] | None:
    """(block, the index of its first trailing label line) for the article's last paragraph of several lines when
    its last lines are labels that a strong label, or a panel after it, marks as chrome."""
    after_panel = False
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            continue
        if panel(block):
            after_panel = True
            continue
        if "\n" not in block.text.strip():
            if _prose_block(block, body_length):
                return None
            continue
        if block.type != "paragraph":
            return None
        spans = _lines(block.text)
        # the last lines only: at most ``panel_max_lines`` are peeled, and the line above them is looked at
        skip = max(0, len(spans) - MD_CHROME.panel_max_lines - 1)
        lines = [_line_plain(block.text[a:b]) for a, b in spans[skip:]]
        k = len(lines)
        while k > 1 and label_like(lines[k - 1]) and not reference_heading(lines[k - 1]) and not continues(
                lines[k - 2], lines[k - 1], _SENTENCE_END) and not lines[k - 1].rstrip().endswith((":", "：")):
            k -= 1
        if k == len(lines) or k == 1 and skip == 0 and label_like(lines[0]):
            return None  # no label line at the end, or the paragraph is labels only (a panel's, or a list's)
        if not (after_panel or any(strong_label(line) for line in lines[k:])):
            return None  # (a strong line after the paragraph is no proof: a removal there often follows a signature)
        return i, skip + k
    return None


def md_peel(blocks: list[Block], *, body_length: int = BODY_LENGTH, paragraphs: list[int] | None = None) -> list[Block]:
    """The blocks with a toggle's two labels next to code, and the last paragraph's trailing chrome lines (see the
    module), made blocks of their own; ``blocks`` itself when nothing is peeled. ``paragraphs`` receives each block's
    source group, for ``edge_chrome.restore_paragraphs``."""
    cuts: dict[int, set[int]] = {}
    for i, block in enumerate(blocks):
        if block.type == "paragraph" and "\n" in block.text.strip():
            own = _toggle_cuts(block, blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None)
            if own:
                cuts[i] = {k for line in own for k in (line, line + 1)}
    tail = _tail_cuts(blocks, body_length)
    if tail is not None:
        total = len(_lines(blocks[tail[0]].text))
        cuts.setdefault(tail[0], set()).update(range(tail[1], total))
    if not cuts:
        return blocks
    out: list[Block] = []
    own_lines: set[int] = set()
    for i, block in enumerate(blocks):
        if i not in cuts:
            out.append(block)
            continue
        pieces = split_at_lines(block, sorted(cuts[i]), True, hints=True)
        for piece in pieces:
            if "\n" not in piece.text and len(pieces) > 1:
                own_lines.add(len(out))
            out.append(piece)
    if paragraphs is not None:
        paragraphs[:] = [block.group for block in out]
    groups: dict[tuple[int, int], int] = {}
    for index, block in enumerate(out):
        block.index = index
        block.group = groups.setdefault((block.group, index if index in own_lines else -1), len(groups))
    return out


def _found(findings: list[Finding], edge: float) -> bool:
    return any(f.strength >= edge for f in findings)


def _block_lines(block: Block) -> list[str]:
    if "\n" not in block.text.strip() or block.type == "heading":
        return [block.plain]
    return [_line_plain(block.text[a:b]) for a, b in _lines(block.text)]


MARKUP, PLAIN = "markup", "plain"


def _member(block: Block, weak: bool, tail: bool, menus: frozenset[int] = frozenset()) -> str:
    """Whether a block that no rule found at the edge's strength may be a member of an edge's run: ``MARKUP`` (its
    markup or a control's label says so: a member wherever it sits in the run), ``PLAIN`` (a plain label line or a
    weak finding: a member only between two removals or markup members, ``_sandwiched``), or "" (it ends the run)."""
    if block.type == "heading":
        # a heading in a run: one link ("# [Comments (3)](…)"); a box's label over its links at the end: _tail_run
        return MARKUP if link_only(block) else ""
    if block.type == "table":
        return PLAIN if weak else ""  # a layout table that holds a prompt the cue rules found weakly
    if block.type == "list_item" and block.list_id in menus:
        return MARKUP  # an item of a menu's list (``menu_lists``: its links and its sub-menus' labels; mdpages33)
    if tail and block.type == "list_item" and link_only(block) and _same_site(block):
        return MARKUP  # the site's own pages listed at the end ("* [301 vs. 302 Redirects](/glossar/301-vs-302/)"):
        # its related or glossary links; a list of references links to other hosts (mdfam31)
    if block.type != "paragraph":
        return ""  # list items, quotes, code: the article's
    if link_only(block):
        return MARKUP
    lines = _block_lines(block)
    if len(lines) > 1:
        if panel(block):
            return MARKUP
        if sum(1 for line in lines if "|" in line) * 2 >= len(lines):
            return ""  # a table's rows
        # lines of labels with a link or an image among them (a widget: "![](icon) / Blog / [a post's title](…)")
        raw = [block.text[a:b] for a, b in _lines(block.text)]
        marked = [_LINK_LINE.match(source) is not None for source in raw]
        if all(m or label_like(line) or not _LETTER.search(line) for m, line in zip(marked, lines)):
            return MARKUP if any(marked) else PLAIN  # label lines alone: a list's, an address's as often
        return ""
    if chrome_line_shape(block.plain) == "chrome":
        return MARKUP  # a control's label ("Subscribe", "Report abuse")
    if tail and _counter(block.plain):
        return MARKUP  # a comment counter at the end ("Top comments (0)"; a date line there is the post's record)
    if not tail:
        # under the title a plain short line is the post's record as often as not (a byline, a kicker, a short
        # lead): only markup (a link), a weak finding or a control's label makes it chrome there
        return PLAIN if weak else ""
    if "|" in block.plain:
        return PLAIN if weak else ""  # a table's row written without its separator line ("Alpha | Good | Fair")
    return PLAIN if label_like(block.plain) or weak else ""


def _counter(line: str) -> bool:
    shape = meta_line_shape(line)
    return shape is not None and shape[0] == "counter"


def _sandwiched(blocks: list[Block], members: list[int], kinds: dict[int, str], found: set[int]) -> list[int]:
    """The members, less each ``PLAIN`` one that is not between two removals or ``MARKUP`` members (the nearest
    blocks with words on either side; the document's end counts as one): a label line or a weak finding alone next
    to one removal is an article's signature, address, list or last line as often as chrome."""
    solid = found | {i for i in members if kinds[i] == MARKUP}

    def nearest(i: int, step: int) -> int | None:
        i += step
        while 0 <= i < len(blocks):
            if _has_words(blocks[i]) and not image_only(blocks[i]):
                return i
            i += step
        return None

    kept = []
    for i in members:
        if kinds[i] == PLAIN:
            before, after = nearest(i, -1), nearest(i, 1)
            if before is None or before not in solid or after is not None and after not in solid:
                continue
        kept.append(i)
    return kept


def _head_run(blocks, findings, start, stop, edge, titled, kinds: dict[int, str],
              menus: frozenset[int] = frozenset()) -> tuple[list[int], bool]:
    members: list[int] = []
    touches = False
    for i in range(start, stop):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            if block.type == "code":
                break
            continue
        if _found(findings[i], edge):
            touches = True
            continue
        if is_record(block.plain):
            continue  # a post's date line or counter: never taken, never the run's end
        if not titled and title_like(block.plain) and not link_only(block):
            break  # the article's title (no title heading above)
        if block.plain.rstrip().endswith((":", "：")) and not findings[i]:
            break  # a lead line over its items
        kind = _member(block, bool(findings[i]), tail=False, menus=menus)
        if not kind and menus and not titled and block.type in ("paragraph", "list_item") and label_like(block.plain):
            kind = PLAIN  # above the title, a label line between menus ("Search", "Follow us"): _sandwiched
        if not kind:
            break
        members.append(i)
        kinds[i] = kind
    return members, touches


def _tail_run(blocks, findings, stop, edge, kinds: dict[int, str],
              menus: frozenset[int] = frozenset()) -> tuple[list[int], bool]:
    members: list[int] = []
    touches = False
    since_found = 0  # the members taken since the last removal passed over (nearest the prose)
    for i in range(len(blocks) - 1, stop, -1):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            if block.type == "code":
                break
            continue
        if _found(findings[i], edge):
            touches = True
            since_found = 0
            continue
        if reference_heading(block.plain):
            del members[len(members) - since_found:]  # its references ("## Further reading" over its links)
            break
        if block.plain.rstrip().endswith((":", "：")) and not findings[i]:
            return [], touches  # a lead line over its items ("Contacts:" over names): the article's
        if block.type == "heading" and not link_only(block):
            # a box's label over its links ("## Books" over three titles) is the box's; a heading over fewer is a
            # section of the article's ("## Contributing" over its one link): the lines under it are its own
            if since_found >= MD_CHROME.box_min_links and label_like(block.plain) and all(
                    link_only(blocks[k]) for k in members[len(members) - since_found:]):
                members.append(i)
                kinds[i] = MARKUP
                since_found += 1
                continue
            del members[len(members) - since_found:]
            break
        kind = _member(block, bool(findings[i]), tail=True, menus=menus)
        if not kind and menus and block.type == "list_item" and label_like(block.plain):
            kind = PLAIN  # a sub-menu's label item between menus at the end: _sandwiched (mdpages34)
        if not kind:
            break
        members.append(i)
        kinds[i] = kind
        since_found += 1
    # (a plain line nearest the prose right over a removal, an author's sign-off or a box's own heading ("Cheryl"
    # over a bio), is no member: ``_sandwiched``)
    return members, touches


def _other_hosts_back(blocks: list[Block], tail: list[int], last: int) -> list[int]:
    """The end's run less the items right under the last paragraph of prose that link only to other hosts, one list
    (mdpages34): a resource list of short names ("* [QGIS](https://qgis.example.org/)") the article ends with, which
    a converter's Markdown runs on into the footer's menu as one list; the footer's own links go to the site."""
    given: set[int] = set()
    list_id = None
    for i in range(last + 1, len(blocks)):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            continue
        real = [link.url for link in block.links if not link.is_image]
        if block.type != "list_item" or not real or list_id not in (None, block.list_id) or not all(
                url.startswith(("http://", "https://", "//")) for url in real):
            break
        list_id = block.list_id
        given.add(i)
    return [i for i in tail if i not in given] if given else tail


def _tag_runs(blocks: list[Block], zone: range) -> list[int]:
    """Runs of hashtag headings ("# unity3d", "# gamedev") of ``MD_CHROME.tag_min_run`` or more, inside ``zone``."""
    out: list[int] = []
    run: list[int] = []

    def tag(block: Block) -> bool:
        plain = block.plain.strip().lstrip("#")
        return block.type == "heading" and 0 < len(plain) <= MD_CHROME.tag_max_chars and _TAG.match(plain) \
            and not plain[:1].isupper() and _LETTER.search(plain) is not None

    for i in zone:
        if tag(blocks[i]) and (not run or blocks[run[-1]].level == blocks[i].level and run[-1] == i - 1):
            run.append(i)
            continue
        if len(run) >= MD_CHROME.tag_min_run:
            out.extend(run)
        run = [i] if tag(blocks[i]) else []
    if len(run) >= MD_CHROME.tag_min_run:
        out.extend(run)
    return out


def _toggles(blocks: list[Block]) -> list[int]:
    """Two adjacent one-line blocks that are a toggle's two labels, next to code (a block of code, or a line of it
    at the end of the block before or the start of the block after)."""
    out: list[int] = []
    for i in range(len(blocks) - 1):
        a, b = blocks[i], blocks[i + 1]
        if a.type != "paragraph" or b.type != "paragraph" or "\n" in a.text.strip() or "\n" in b.text.strip():
            continue
        if not toggle_pair(a.plain, b.plain):
            continue
        before = blocks[i - 1] if i else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        code = before is not None and (before.type == "code" or _code_line(before.text.rstrip().rsplit("\n", 1)[-1]))
        code = code or after is not None and (after.type == "code" or _code_line(after.text.lstrip().split("\n", 1)[0]))
        if code:
            out.extend((i, i + 1))
    return out


def md_chrome_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None, body_length: int = BODY_LENGTH,
                       edge: float = EDGE_STRENGTH, title: int | None = None) -> list[list[Finding]]:
    """``findings`` with Markdown's page chrome found (see the module). ``title``: the title step's block (the head's
    run starts after it when only front matter and removals come before it)."""
    navigation = kinds is None or KIND in kinds
    credits = kinds is None or "source_credit" in kinds
    if not (navigation or credits):
        return findings
    chosen: dict[int, tuple[str, str]] = {}
    if credits:
        for i in _media_credits(blocks, findings, body_length, edge):
            chosen[i] = (MEDIA_RULE, "an image credit (a stock site or a generator) at an edge")
        for i, block in enumerate(blocks):
            if i not in chosen and retrieved_line(block):
                chosen[i] = (RETRIEVED_RULE, "the page it was retrieved from (a wiki's footer, a scraper's note)")
    if not navigation:
        return _with_chosen(blocks, findings, chosen)
    for i in _toggles(blocks):
        chosen[i] = (TOGGLE_RULE, "a toggle's two labels next to code")
    for i, block in enumerate(blocks):
        if template_block(block):
            chosen.setdefault(i, (TEMPLATE_RULE, "a line of template tags a converter left"))
    for i in link_cards(blocks):
        chosen.setdefault(i, (CARD_RULE, "a link card's description and domain (the linked page's own text)"))
    first = next((i for i, block in enumerate(blocks) if _prose_block(block, body_length)), None)
    if page_dump(blocks):
        for i in _dense_head(blocks, findings, body_length, edge):
            chosen.setdefault(i, (EDGE_RULE, "head"))
        for i in _dense_tail(blocks, findings, body_length, edge):
            chosen.setdefault(i, (EDGE_RULE, "end"))
    if first is not None:
        last = next(i for i in range(len(blocks) - 1, first - 1, -1) if _prose_block(blocks[i], body_length))
        for i in _tag_runs(blocks, range(0, first)) + _tag_runs(blocks, range(last + 1, len(blocks))):
            chosen.setdefault(i, (TAGS_RULE, "a run of hashtag headings at the edge"))
        titled = title is not None and title < first and all(
            not _has_words(blocks[k]) or _found(findings[k], edge) for k in range(title))
        start = title + 1 if titled and title is not None else 0
        shapes: dict[int, str] = {}
        found = {i for i in range(len(blocks)) if _found(findings[i], edge)}
        menus = menu_lists(blocks)
        head, touches = _head_run(blocks, findings, start, first, edge, titled, shapes, menus)
        head = _sandwiched(blocks, head, shapes, found)
        touches = touches or any(back_line(blocks[i]) for i in head)  # a pager's "← Back to …" (mdfam31)
        if head and anchored([blocks[i].plain for i in head if not link_only(blocks[i])] or [""], touches, _NEVER):
            for i in head:
                chosen.setdefault(i, (EDGE_RULE, "head"))
        zone = _sentence_zone(blocks, body_length)
        for i in _zone_menus(blocks, findings, menus, edge, zone):
            chosen.setdefault(i, (EDGE_RULE, "a menu's list in the page's head or end zone"))
        if zone is not None:
            for i in zone_links(blocks, findings, zone[0], zone[1], edge, set(chosen), title, found):
                chosen.setdefault(i, (EDGE_RULE, "a run of link blocks in the page's head or end zone"))
        tail, touches = _tail_run(blocks, findings, last, edge, shapes, menus)
        tail = _sandwiched(blocks, _other_hosts_back(blocks, tail, last), shapes, found)
        lines = [line for i in tail for line in _block_lines(blocks[i])]
        touches = touches or any(back_line(blocks[i]) for i in tail)
        # the same-site links right under a removed box that is the last prose (a call to action's, a pitch's)
        touches = touches or bool(tail) and _found(findings[last], edge) and all(
            blocks[i].type == "list_item" and _same_site(blocks[i]) for i in tail)
        if tail and anchored(lines, touches, _NEVER):
            for i in tail:
                chosen.setdefault(i, (EDGE_RULE, "end"))
    else:
        # a document without a paragraph of prose (a book's appendix of lists, a cheat sheet): only a pager's
        # navigation line anchors the run at its end ("⬅️ [Back to chapter 8](…)": mdfam31)
        shapes = {}
        tail, _ = _tail_run(blocks, findings, -1, edge, shapes)
        tail = _sandwiched(blocks, tail, shapes, {i for i in range(len(blocks)) if _found(findings[i], edge)})
        if any(back_line(blocks[i]) for i in tail):
            for i in tail:
                chosen.setdefault(i, (EDGE_RULE, "end"))
    return _with_chosen(blocks, findings, chosen)


#: A wiki page's name as a converter writes a link it dropped ("Main_page", "Create_account", "1_Fundamentals"):
#: words joined by "_", the first capitalised (then lower case) or a number: a code identifier ("read_csv") is
#: written in lower case, an environment variable ("GIT_DIR") or a constant in capitals.
_SLUG = compile_pattern(r"^(?:\p{Lu}[\p{Ll}\p{M}]+|\p{N}+)(?:_[\p{L}\p{M}\p{N}().,'’/-]+)+$")


def slug_line(block: Block) -> bool:
    """A list item or a line of one to ``MD_CHROME.slug_max_tokens`` tokens (``slug_max_lines`` lines at most: the
    dump glues the next menu's label to an item), one of them a page name of ``_SLUG`` (an html2text-like dump's
    menu item: "Create_account", "Log_in" / "Namespaces", "[Powered_by_MediaWiki]")."""
    if "_" not in block.plain or block.type not in ("list_item", "paragraph") \
            or block.text.strip().count("\n") >= MD_CHROME.slug_max_lines:
        return False
    tokens = block.plain.replace("[", " ").replace("]", " ").split()
    return 0 < len(tokens) <= MD_CHROME.slug_max_tokens and any(_SLUG.match(token) for token in tokens)


@lru_cache(maxsize=1)
def _dump_labels() -> tuple[str, ...]:
    return tuple(label.lower() for label in read_json("md_chrome.json")["dump_labels"])


def page_dump(blocks: list[Block]) -> bool:
    """A crawler's dump of a whole page, not an article's Markdown (mdfam31): a line of a crawler's envelope
    (``dump_labels``: "URL Source:", "Markdown Content:") among the first ``MD_CHROME.dump_head_blocks`` blocks, or
    ``MD_CHROME.dense_min_evidence`` page-name menu items (``slug_line``: an html2text-like dump of a wiki's menus)."""
    labels = _dump_labels()
    if any(block.plain.lstrip().lower().startswith(labels) for block in blocks[:MD_CHROME.dump_head_blocks]):
        return True
    slugs = 0
    for block in blocks:
        if slug_line(block):
            slugs += 1
            if slugs >= MD_CHROME.dense_min_evidence:
                return True
    return False


#: A page's address in a line (a quoted or bare URL).
_ADDRESS = compile_pattern(r"https?://\S+")


@lru_cache(maxsize=1)
def _retrieved_labels() -> tuple[str, ...]:
    return tuple(label.lower() for label in read_json("md_chrome.json")["retrieved_labels"])


def retrieved_line(block: Block) -> bool:
    """A wiki's footer or a scraper's note that names the page it was taken from (mdfam31): a paragraph of at most
    ``MD_CHROME.retrieved_max_chars`` that opens with a label of ``retrieved_labels`` ("Retrieved from", "Obtenido
    de", "Abgerufen von", "取自") and holds the page's address."""
    if "://" not in block.plain or block.type not in ("paragraph", "list_item") \
            or len(block.plain) > MD_CHROME.retrieved_max_chars:
        return False
    head = _DECOR.sub(" ", block.plain[:60]).strip().lower()
    return head.startswith(_retrieved_labels()) and _ADDRESS.search(block.plain) is not None


def _dense_taken(members: list[int], since: list[int], evidence: int) -> list[int]:
    """The blocks a dense edge run takes (``_dense_tail``, ``_dense_head``): its members but those nearer the article
    than its last piece of evidence (``since``: the article's closing lines, a standfirst, given back), when the
    evidence is ``MD_CHROME.dense_min_evidence`` or more and ``dense_share`` of the evidence and the blocks taken
    (the blocks given back are not counted), else none."""
    drop = set(since)
    taken = [i for i in members if i not in drop]
    if evidence < MD_CHROME.dense_min_evidence or evidence < MD_CHROME.dense_share * (evidence + len(taken)):
        return []
    return taken


def _dense_tail(blocks: list[Block], findings: list[list[Finding]], body_length: int, edge: float) -> list[int]:
    """The page's chrome after the article of a crawler's whole-page dump (mdfam31; only on a ``page_dump``: an
    article's short closing lines before a few boxes of boilerplate have the same shape): from the end back to the last
    paragraph of prose that no rule found, the short blocks (headings, list items, lines, forms' residue) go when
    removals and page-name items (``slug_line``) are ``MD_CHROME.dense_min_evidence`` or more and at least
    ``MD_CHROME.dense_share`` of the blocks there. The walk stops at code, a table, a reference list's heading and a
    lead line over its items ("User Agents:" over the indicators: the article's, with what follows it up to the
    nearest removal); the blocks between the prose and the first removal are the article's closing lines."""
    evidence = 0
    members: list[int] = []
    since: list[int] = []  # the members above the last piece of evidence met (nearest the prose)
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            if block.type == "code":
                break
            continue
        found = _found(findings[i], edge)
        if not found and _prose_block(block, body_length):
            if _found(findings[i], MD_CHROME.dense_pass_strength):
                continue  # a footer's paragraph a cue found weakly (a licence's): the decision's, passed over
            break
        if found or slug_line(block):
            evidence += 1
            since = []
            if not found:
                members.append(i)
            continue
        if block.type == "table" or reference_heading(block.plain):
            break
        if block.plain.rstrip().endswith((":", "：")) and not findings[i]:
            break  # a lead line over its items
        members.append(i)
        since.append(i)
    return _dense_taken(members, since, evidence)


#: A link card's opening line: a link's "[" and its title, not closed on the line ("[GitHub - owner/repo: a title").
_CARD_OPEN = compile_pattern(r"^[#\s]*\[(?!.*\]\()[^\]]+$")
#: A link card's last line: the domain and the link's close ("github.com](https://github.com/owner/repo)").
_CARD_CLOSE = compile_pattern(r"^\s*[^\s\[\]()]{0,80}\]\(https?://[^)\s]+\)\s*$")


def link_cards(blocks: list[Block]) -> list[int]:
    """The blocks of link cards a converter flattened (mdfam31; Medium's exports): a link opened on one line ("[GitHub -
    owner/repo: a title", the card's title: the article's link, kept) and closed up to ``MD_CHROME.card_max_blocks``
    blocks later by a line of the site's domain ("github.com](https://…)"): the blocks between (the target page's
    own description: "Contribute to owner/repo development by creating an account on GitHub.") and the domain line."""
    out: list[int] = []
    for i, block in enumerate(blocks):
        if "[" not in block.text[:8] or not _CARD_OPEN.match(block.text.strip()):
            continue
        for j in range(i + 1, min(len(blocks), i + 2 + MD_CHROME.card_max_blocks)):
            if _CARD_CLOSE.match(blocks[j].text):
                out.extend(range(i + 1, j + 1))
                break
            if blocks[j].type not in ("heading", "paragraph", "rule"):
                break
    return out


def _dense_head(blocks: list[Block], findings: list[list[Finding]], body_length: int, edge: float) -> list[int]:
    """The page's chrome before the article of a crawler's whole-page dump (mdfam31; ``page_dump`` only), as
    ``_dense_tail`` at the other end: from after the crawler's envelope to the first paragraph of prose that no rule
    found, the short paragraphs and list items (never a heading: the title, a section's) go when removals are
    ``MD_CHROME.dense_min_evidence`` or more and ``dense_share`` of the blocks taken; those after the last removal
    (a standfirst over the prose) are given back."""
    labels = _dump_labels()
    start = 0
    for k, block in enumerate(blocks[:MD_CHROME.dump_head_blocks]):
        if block.plain.lstrip().lower().startswith(labels):
            start = k + 1
    evidence = 0
    members: list[int] = []
    since: list[int] = []
    for i in range(start, len(blocks)):
        block = blocks[i]
        if not _has_words(block) or image_only(block):
            if block.type == "code":
                break
            continue
        found = _found(findings[i], edge)
        if not found and _prose_block(block, body_length):
            break
        if found:
            evidence += 1
            since = []
            continue
        if block.type == "table":
            break
        if block.type == "heading":
            continue  # the title, a section's heading: never the head's chrome
        members.append(i)
        since.append(i)
    return _dense_taken(members, since, evidence)


def _media_credits(blocks: list[Block], findings: list[list[Finding]], body_length: int, edge: float) -> list[int]:
    """The ``media_credit`` lines at an edge: no paragraph of the article's prose (one that no rule found at the
    edge's strength) after them, or none before them and a picture right above them."""
    candidates = [i for i, block in enumerate(blocks) if media_credit(block)]
    if not candidates:
        return []
    prose = [i for i, block in enumerate(blocks) if i not in candidates and _prose_block(block, body_length)
             and not _found(findings[i], edge)]
    if not prose:
        return []
    out = []
    for i in candidates:
        if i > prose[-1]:
            out.append(i)
        elif i < prose[0]:
            # at the head only a cover picture's credit, right under the picture: a short first line that names a
            # generator is the article's own as often ("Images generated by Midjourney looked the most painterly.")
            k = i - 1
            while k >= 0 and not (_has_words(blocks[k]) or image_only(blocks[k])):
                k -= 1
            if k >= 0 and image_only(blocks[k]):
                out.append(i)
    return out


def _with_chosen(blocks: list[Block], findings: list[list[Finding]],
                 chosen: dict[int, tuple[str, str]]) -> list[list[Finding]]:
    if not chosen:
        return findings
    result: list[list[Finding]] = []
    for i, existing in enumerate(findings):
        if i not in chosen:
            result.append(existing)
            continue
        rule, where = chosen[i]
        cue = where if rule != EDGE_RULE else f"a member of the {where}'s run of chrome: {blocks[i].plain[:60]}"
        extra = Finding(rule.split(".", 1)[0], rule, cue, round(RULES[rule].at(len(blocks[i].plain)), 3), False, RULES[rule].match)
        result.append(with_finding(existing, extra))
    return result


def _file_link(url: str) -> bool:
    files, _ = _vocabulary()
    path = url.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    name = path.rsplit("/", 1)[-1]
    return "." in name and name.rsplit(".", 1)[-1].lower() in files


def offers_own_file(block: Block) -> bool:
    """A block whose one link (one address) is a file the article offers: a worksheet, an archive, a sample."""
    urls = {link.url for link in block.links if not link.is_image}
    return len(urls) == 1 and _file_link(next(iter(urls)))


def own_note(block: Block) -> bool:
    """A post's own edit note: a label of ``note_labels`` ("Edit:", "Update (2021-03-02):", "Nachtrag:") and a
    sentence of its own."""
    _, note = _vocabulary()
    match = note.match(block.plain)
    return match is not None and word_count(match.group("rest")) >= MD_CHROME.note_min_words


def _cue_words(finding: Finding) -> int:
    return len(_words(finding.cue.split(" [", 1)[0]))


#: A template's tag alone on its line: Hugo's shortcodes ("{{< sample-block >}}", "{{% note %}}"), Liquid's and
#: Jinja's ("{% raw %}"): markup a converter left, never the article's text.
_TEMPLATE_TAG = compile_pattern(r"^\s*(?:\{\{[<%].*?[%>]\}\}|\{%.*?%\})\s*$", regex.DOTALL)
#: What a tool's output holds and a notice or a credit does not: a dotted version of three parts or more
#: ("12.0.6300.5000"), a Windows or Unix path ("C:\\Program Files", "/usr/lib"), a log or program file name.
_OUTPUT_TOKEN = compile_pattern(r"\d+\.\d+\.\d+|\b[A-Za-z]:\\\w|(?:^|\s)/(?:usr|etc|var|opt|home|tmp|bin)/"
                              r"|\w\.(?:log|exe|dll|sh|bat|ps1)\b")
#: One Hugo shortcode alone on its line, nothing else in it ("{{< blocks/products/pf/main-wrap-class >}}").
_SHORTCODE_LINE = compile_pattern(r"^\s*\{\{([<%])(?:(?!\}\}|\{\{).)*?[%>]\}\}\s*$")
#: A quoted value of two words or more inside a template's tag (a caption, a title): the tag carries text.
_QUOTED_WORDS = compile_pattern(r"([\"'“”«])[^\"'“”«»]*\w\s+\w[^\"'“”«»]*[\"'“”»]")
_HARD_BREAK = compile_pattern(r"\\\n|\\$")
#: The kinds a tool's output is closed to: its banner's "Copyright (C) … All rights reserved." is the output's.
_OUTPUT_CLOSED = frozenset({"rights_notice", "source_credit"})


def tool_output_groups(blocks: list[Block]) -> set[int]:
    """The groups (source paragraphs) of ``blocks`` that are a tool's output pasted without a code fence (md30): the
    paragraph holds a version, a path or a program's file (``_OUTPUT_TOKEN``), and its lines end with Markdown hard
    breaks (``MD_CHROME.output_hard_breaks``) or it sits between two template tag lines (a console shortcode's
    "{{< sample-block >}}" … "{{< /sample-block >}}"). A console's banner ("Copyright (C) Microsoft Corporation
    2005. All rights reserved.") is the output's text there: rights and credit cues are not read in it. A footer's
    "© 2024 Jane Doe\\" / "All rights reserved." has no version and no path; a shortcode around a notice holds no
    output."""
    found: set[int] = set()
    n = len(blocks)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and blocks[j + 1].group == blocks[i].group:
            j += 1
        text = "\n".join(blocks[k].text for k in range(i, j + 1))
        if blocks[i].type == "paragraph" and _OUTPUT_TOKEN.search(text):
            wrapped = i > 0 and j + 1 < n and bool(_TEMPLATE_TAG.match(blocks[i - 1].text)) \
                and bool(_TEMPLATE_TAG.match(blocks[j + 1].text))
            if wrapped or len(_HARD_BREAK.findall(text)) >= MD_CHROME.output_hard_breaks:
                found.add(blocks[i].group)
        i = j + 1
    return found


def own_text(blocks: list[Block], findings: list[list[Finding]]) -> list[list[Finding]]:
    """``findings`` without those the article's own text earned by a cue (see the module, step 3)."""
    result = findings
    previous: Block | None = None
    output: set[int] | None = None
    for i, block in enumerate(blocks):
        found = findings[i]
        drop: set[int] = set()
        if found and any(f.kind in _OUTPUT_CLOSED for f in found):
            if output is None:
                output = tool_output_groups(blocks)
            if block.group in output:
                drop.update(k for k, f in enumerate(found) if f.kind in _OUTPUT_CLOSED)
        if found:
            if block.links and offers_own_file(block):
                drop.update(k for k, f in enumerate(found) if f.kind == "call_to_action" and f.match in ("lead", "phrase"))
            if previous is not None and previous.type == "quote":
                own = len(_words(non_link_text(block) if block.links else block.plain))
                drop.update(k for k, f in enumerate(found) if f.kind == "related" and f.match == "lead"
                            and own - _cue_words(f) >= MD_CHROME.lead_own_words)
        if drop:
            if result is findings:
                result = list(findings)
            result[i] = [f for k, f in enumerate(found) if k not in drop]
        if _has_words(block):
            previous = block
    return result
