"""From blocks and verdicts to the result: clean text and Markdown, links, removals, title / author / source URL."""

from __future__ import annotations

from dataclasses import replace

import regex

from .patterncache import compile_pattern
from .blocks import same_title  # noqa: F401  (the title comparison: pipeline.py imports it from here)
from .clockbyline import clock_byline
from .decision import Decision
from .inline import strip_emphasis
from .links import is_placeholder, strip_tracking
from .detectors.structure import byline_author, name_after_label, name_heading, same_person, strip_author_label
from .mdmeta import by_label_name, menu_name, self_intro_name, sign_off_name, signature_name
from .model import Block, CleanResult, Finding, Link, NearMiss, Removal
from .linebylines import (cjk_line_byline, label_line_byline, name_date_line, reporter_line, reporter_tail, tail_bio_line,
                          unglued_author, wet_byline)
from .pagebylines import page_byline, team_name, without_honorifics
from .names import NameMatcher, leading_name
from .rules import LINE_CUTS, TEXT_META
from .titlebyline import original_label_byline, title_by_byline
from .textbylines import (author_box_name, bare_signature, cjk_record_byline, contact_byline, document_lower_words,
                          heading_name, name_date_byline, record_name_byline, reporter_credit, role_line_byline,
                          role_signature, script_label_byline)
from .textmeta import not_a_source, own_page, plain_lines
from .textmeta import (author_div, author_link, bio_label_name, bio_subject_name, cjk_byline, credit_author,
                       credit_url, dated_byline, new_document, profile_form, publication_byline, repeated_name,
                       join_names, role_byline, short_form, signature, split_author_list, with_list)

_SENTENCE_END = compile_pattern(r"[.!。;:]['\"”»)]?$")
_PROSE_END = compile_pattern(r"\p{L}[.!?。！？]['\"”»)]?(?:\s|$)")  # a sentence's end (not a label's colon)
_TABLE_SEPARATOR_ROW = compile_pattern(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NAME_LIKE = compile_pattern(r"^[\p{L}\p{M}][\p{L}\p{M}\s'’.,&()-]{1,80}$")
_LIST_MARKER = compile_pattern(r"^ {0,8}([-*+•]|\d{1,9}[.)])[ \t]+")
_BLANK_LINE = compile_pattern(r"\n[^\S\n]*\n")


# --- rendering -----------------------------------------------------------------------------------------------------
def block_text(block: Block) -> str:
    """The block as clean plain text."""
    if block.type in ("rule", "front_matter"):
        return ""
    if block.type == "code":
        lines = block.text.splitlines()
        if lines and lines[0].lstrip().startswith(("```", "~~~")):
            lines = lines[1:-1] if len(lines) > 1 and lines[-1].lstrip().startswith(("```", "~~~")) else lines[1:]
        return "\n".join(lines)
    if block.type == "table":
        rows = []
        for row in block.plain.splitlines():
            if _TABLE_SEPARATOR_ROW.match(row):
                continue
            cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
            rows.append(" | ".join(cell for cell in cells if cell))
        return "\n".join(row for row in rows if row)
    if block.type == "list_item" and block.list_id >= 0 and block.start is not None and not block.continues:
        # the item's own bullet ("-", "*", "•"), so the text reads back as the same list ("+" and "1." become "-":
        # plain text does not read them as items); a piece split off an item ("Source: ..." after its first
        # sentence) continues the item's line and takes none, even when its text starts with a dash ("Vermont.
        # - Source: ...": found by the long hypothesis run)
        marker = _LIST_MARKER.match(block.text)
        if marker is None:
            return block.plain
        bullet = marker.group(1) if marker.group(1) in "-*•" else "-"
        return f"{bullet} {block.plain}" if block.plain else ""
    return block.plain


def block_markdown(block: Block) -> str:
    """The block's Markdown source, with affiliate and placeholder links unwrapped and tracking parameters cut."""
    if block.type == "front_matter":
        return ""
    text = block.text
    pieces, last = [], 0
    for link in sorted(block.links, key=lambda link: link.start):
        if link.start < last:
            continue
        source = text[link.start:link.end]
        if link.kind == "affiliate" or (is_placeholder(link.url) and not link.is_image):
            replacement = link.text
        elif link.kind == "tracking":
            replacement = source.replace(link.url, strip_tracking(link.url))
        else:
            continue
        pieces.append(text[last:link.start])
        pieces.append(replacement)
        last = link.end
    pieces.append(text[last:])
    return "".join(pieces).strip("\n")


def _join(blocks: list[Block], render, document: str | None, tags: bool = True) -> str:
    out: list[str] = []
    previous: Block | None = None
    group_start = 0  # where the pieces of the current group (one source paragraph) start in ``out``

    def close_group() -> None:
        # pieces of one paragraph read as plain text once joined: markup across a piece boundary ('<s.' and 'All
        # rights reserved>') is stripped as the clean text will be when it is read again
        if render is block_text and len(out) - group_start > 1:
            out[group_start:] = [strip_emphasis("".join(out[group_start:]), tags=tags)]

    for block in blocks:
        piece = render(block)
        if not piece.strip():
            continue
        if previous is not None:
            if block.group == previous.group:
                gap = document[previous.end:block.start] if document is not None and block.start is not None \
                    else "\n" if block.line_break else " "
                if "\n" in gap and render is block_markdown:
                    # a line's hard break and indentation stay (a paragraph cut at its lines: readers/text.py)
                    out.append(gap if gap.count("\n") == 1 and gap.isspace() else "\n")
                else:
                    out.append(" ")
                out.append(piece.strip("\n"))
                previous = block
                continue
            close_group()
            if block.list_id >= 0 and block.list_id == previous.list_id:
                # a blank line between two items (a loose list, or two lists whose separator was removed) stays
                gap = document[previous.end:block.start] if document is not None and block.start is not None else ""
                out.append("\n\n" if _BLANK_LINE.search(gap) else "\n")
            else:
                out.append("\n\n")
        group_start = len(out)
        out.append(piece.strip("\n") if block.type != "code" else piece)
        previous = block
    close_group()
    return "".join(out).strip()


# --- metadata ------------------------------------------------------------------------------------------------------
def is_title_like(block: Block) -> bool:
    plain = block.plain.strip()
    if block.type == "heading":
        return 0 < len(plain) <= 300
    return (block.type == "paragraph" and 0 < len(plain) <= 200 and "\n" not in block.text.strip()
            and not _SENTENCE_END.search(plain) and block.link_density < 0.5)




def find_title_index(blocks: list[Block], findings, sources: list[int] | None = None) -> int | None:
    """The first block when it reads as a title (a heading, or a short line that is not a sentence) and no
    structural rule (a heading cue, a cue at its start, a link line) fired on it. ``sources``: each block's index
    before plain text's edge lines were peeled off (detectors/edge_chrome.py ``peel_edges``): the pieces of one
    source block are judged as that block was (a block of several lines is no title; a finding on one of its pieces
    is one on it), so the title is the one the document had before the peeling."""
    if sources is not None and len(sources) == len(blocks) and len(set(sources)) < len(blocks):
        merged: list[Block] = []
        merged_findings: list[list[Finding]] = []
        firsts: list[int] = []
        for i, block in enumerate(blocks):
            if firsts and sources[i] == sources[firsts[-1]]:
                whole = merged[-1]
                merged[-1] = replace(whole, text=whole.text + "\n" + block.text, plain=whole.plain + "\n" + block.plain)
                merged_findings[-1] = merged_findings[-1] + list(findings[i])
                continue
            firsts.append(i)
            merged.append(block)
            merged_findings.append(list(findings[i]))
        found = find_title_index(merged, merged_findings)
        return None if found is None else firsts[found]
    skipped = 0
    for i, block in enumerate(blocks):
        if block.type in ("front_matter", "rule"):
            continue
        # a finding that only saw a phrase inside the block does not stop a title ("Do You Still Need 'All Rights
        # Reserved'?")
        structural = [f for f in findings[i] if f.match != "phrase"]
        if structural and skipped < 3:  # "Skip to content", a breadcrumb: the title may come after them
            skipped += 1
            continue
        if structural or not is_title_like(block) or len(blocks) == 1:
            return None
        if skipped and len(block.plain.split()) < 3:
            continue  # after a menu or a share heading, one or two words are more of it ("Facebook")
        return i
    return None


def title_after_masthead(blocks: list[Block], findings, decision: Decision) -> int | None:
    """When the site pass removed the block the title step chose (sites/apply.py: the site's masthead, the first
    line of a run of template lines), the article's headline is the first block the decision keeps after it, when
    it reads as a title (``is_title_like``, with a letter) and no structural rule fired on it; else None: no title,
    rather than a removed block's text."""
    title = decision.title_index
    if title is None or decision.verdicts[title].keep:
        return title
    for j in range(title + 1, len(blocks)):
        block = blocks[j]
        if block.type in ("front_matter", "rule") or not block.plain.strip() or not decision.verdicts[j].keep:
            continue
        if is_title_like(block) and regex.search(r"\p{L}", block.plain) \
                and not any(f.match != "phrase" for f in findings[j]):
            return j  # (a letter: not a menu's bar "|" left between the site's lines)
        return None
    return None


def title_after_chrome(blocks: list[Block], before, after, title: int) -> int | None:
    """When plain text's edge_chrome (``after``: the findings with its own) takes the block the title step chose
    (``title``, from ``before``): the block that reads as the article's headline after it, when the chosen block is
    the site's name over its chrome: a strong label line (a breadcrumb, a widget's controls: edge_chrome's
    ``strong_label``) or a menu of ``EDGE_CHROME.min_run`` lines the run takes comes between them, and the headline is the first block after it that no finding takes, a
    title-like line (``is_title_like``, edge_chrome's ``title_like``: several words, not a date line or a counter).
    Else None: the chosen block is the title (a share box, a short menu or a subtitle near it is no proof)."""
    from .detectors.edge_chrome import is_record, strong_label, title_like
    from .rules import EDGE_CHROME

    strong, menu = False, 0
    for j in range(title + 1, len(blocks)):
        block = blocks[j]
        plain = block.plain.strip()
        if block.type in ("front_matter", "rule") or not plain:
            continue
        if "\n" not in plain and strong_label(plain):
            strong = True
        if after[j] is not before[j]:
            menu += 1
            strong = strong or menu >= EDGE_CHROME.min_run  # a menu of that many lines between them
            continue
        if any(f.match != "phrase" for f in before[j]):
            continue  # a removal between the site's name and the headline
        return j if strong and is_title_like(block) and title_like(plain) and not is_record(plain) else None
    return None


#: What separates a page title's headline from the site's name ("Headline | Site", "Headline - Site").
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " » ")


def headline_index(blocks: list[Block], findings, page_title: str) -> int | None:
    """The first ``<h1>`` whose text is the page's title (from its markup), or the title's part before the site's
    name ("BestCrypt" for "BestCrypt | CHIP"): the article's headline wherever trafilatura put it (after a product's
    facts box, say), protected as the title when the first block is not it. Case and spaces aside, the text must be
    the whole title or its part before a separator: a heading the title merely contains ("Download") is not it. A
    copy the page's markup puts in its furniture (a DOM finding: the breadcrumb's last item, a menu's teaser of the
    same article) is not the headline."""
    title = " ".join(page_title.split()).casefold()
    heads = {title} | {title.split(sep)[0].strip() for sep in _TITLE_SEPARATORS if sep in title}
    for i, block in enumerate(blocks):
        if block.type == "heading" and block.level <= 1 and " ".join(block.plain.split()).casefold() in heads \
                and not any(finding.match == "dom" for finding in findings[i]):
            return i
    return None


def _name_from_bio(blocks: list[Block], decision: Decision, names: NameMatcher) -> str | None:
    return bio_subject_name(_bio_author(blocks, decision, names))


def bio_section_names(blocks: list[Block], decision: Decision) -> str | None:
    """The names of the person sub-headings of a removed bio section of several people ("About the authors" over
    "Jane Doe" and her bio, "John Roe" and his: decision.py ``bio_section``), joined as trafilatura joins several
    authors ("Jane Doe; John Roe"); None without such a section (mdbios30)."""
    for opener, members in sorted(decision.sections.items()):
        verdict = decision.verdicts[opener]
        if verdict.keep or verdict.kind != "author_bio" or blocks[opener].type != "heading":
            continue
        level = blocks[opener].level
        heads = [blocks[j] for j in members if blocks[j].type == "heading" and (not level or blocks[j].level > level)]
        names = [name_heading(b) for b in heads]
        if len(heads) >= 2 and all(names) and all(not decision.verdicts[j].keep for j in members):
            return join_names([n for n in names if n])
    return None


def _link_only(block: Block) -> bool:
    """A block that is nothing but a link's anchor ("[About Harbour Daily](…/about)", "[View All Jobs](…)"): a
    site's menu item, not a bio, whatever a detector made of it; it names nobody (authors11d)."""
    plain = " ".join(block.plain.split())
    anchors = sum(len(" ".join(link.text.split())) for link in block.links if not link.is_image)
    return bool(plain) and anchors >= len(plain) - 2


def _says_something(block: Block) -> bool:
    """``block`` holds a sentence (a word's end and a sentence's mark, its lines read together: a wrapped text's
    sentence ends on another line than it starts) or a long line: what a bio holds and a menu's run does not."""
    plain = block.plain
    if len(plain.split()) >= TEXT_META.menu_bio_line_words and _PROSE_END.search(plain):
        return True
    return any(len(line) >= TEXT_META.menu_bio_line_chars for line in plain_lines(block))


def _menu_bio(blocks: list[Block], indices: list[int]) -> bool:
    """The removed bio blocks ``indices`` (a section, or a block alone) are a menu's run that an
    "About" item opened ("About Me" / "Work with Me" / "Privacy Policy", "About" / "Gastbeitrag" / "Kontakt",
    "About Quanta" / "Archive" / "Contact Us"): short lines, no sentence among them; they name nobody, and the first
    of their lines or their capitalised words run together are no author (authors33)."""
    return sum(len(plain_lines(blocks[i])) for i in indices) >= TEXT_META.menu_bio_min_lines \
        and not any(_says_something(blocks[i]) for i in indices)


def _bio_author(blocks: list[Block], decision: Decision, names: NameMatcher) -> str | None:
    menus: set[int] = set()
    for opener, members in sorted(decision.sections.items()):
        verdict = decision.verdicts[opener]
        if verdict.keep or verdict.kind != "author_bio" or not members:
            continue
        if _menu_bio(blocks, [opener, *members]):
            menus.update((opener, *members))
            continue
        first = blocks[members[0]]
        if _link_only(first):
            continue
        plain = first.plain.strip()
        lines = plain_lines(first)
        several = len(lines) > 1 and len(lines[0]) <= 80 and not _SENTENCE_END.search(lines[0])
        if several:
            plain = lines[0]  # a page text's block of short lines (a WET line a block: "Careers" / "Fox Around
            # the World" / ...): its first line is the section's name line, the lines are not one sentence
        if len(plain) <= 80 and _NAME_LIKE.match(plain) and not _SENTENCE_END.search(plain):
            if team_name(plain):
                return None  # "Autor:" / "Paradisi-Redaktion - Artikel vom …": the box names a team or a desk, no
                # person (authors30)
            if not several and len(plain.split()) > 1 or heading_name(plain, blocks):
                return plain  # "About the Author" / "Jane Doe" (the name line alone: whatever it names, the box
                # names it, an organisation too)
            continue  # "Texte", "Careers" / "Fox Around the World", "About Inexhibit" / "Copyright": a word alone
            # or a menu's lines under a bio's heading (authors11e)
        found = names.find(first.plain) or leading_name(_lead_line(first))
        if found and _person_in(first, found, blocks) and not _named_on_page(first, found, blocks):
            return with_list(first.plain, found)  # (the names after it: "Par A, B et C", authors11c)
    for i, (block, verdict) in enumerate(zip(blocks, decision.verdicts)):
        if not verdict.keep and verdict.kind == "author_bio" and not _link_only(block) and i not in menus \
                and not _menu_bio(blocks, [i]):
            bare = name_after_label(block.plain)  # "Autor Ramón Suárez": a label and a name
            if bare and heading_name(bare, blocks):  # (not "About Go Packages", "ABOUT UC DAVIS HEALTH")
                return bare
            found = names.find(block.plain) or (leading_name(_lead_line(block)) if _says_something(block)
                                                else None)
            # (a name that opens a sentence: a line that is none is a headline's, "Neutrinos Lead to …")
            if found and _person_in(block, found, blocks) and not _named_on_page(block, found, blocks):
                return with_list(block.plain, found)
            found = bio_label_name(block.plain)  # "About the author: Jane Doe is ..." (authors11)
            if found and _person_in(block, found, blocks):
                return short_form(found, blocks)
    return None


def _markdown_author(blocks: list[Block], decision: Decision) -> str | None:
    """The fallbacks of mdmeta.py (mdfam31): a removed "Hi, I'm NAME" box, a byline label alone over the name, a
    sign-off naming the writer, a signature line after a removed closing (mdfam32)."""
    removed = [not verdict.keep for verdict in decision.verdicts]
    kinds = [verdict.kind for verdict in decision.verdicts]
    return self_intro_name(blocks, removed, kinds) or by_label_name(blocks) or sign_off_name(blocks) \
        or signature_name(blocks, removed, kinds)


#: wet_byline's rules but its label line after the prose (``tail_label_line``: "Publié par Jean Dupont" then "Merci"
#: and "10:32" after a Markdown post is a blog footer's, which meta35 leaves to clockbyline.py), then page_byline
_MARKDOWN_LINE_RULES = (label_line_byline, name_date_line, cjk_line_byline, reporter_tail, reporter_line,
                        tail_bio_line, page_byline)


def _markdown_line_author(blocks: list[Block]) -> str | None:
    """The text path's line bylines (linebylines.py ``wet_byline``'s but one, pagebylines.py ``page_byline``) on a Markdown
    document's plain lines, the last of its fallbacks (mdauthor35): a crawler's whole-page Markdown carries the
    page's byline among its menus as a WET text does ("By [Tess Bonn](/author/tess-bonn) - 11/19/19"), far below
    the head the earlier rules read. A name whose every word the page links as a tag or a menu item is none (mdmeta.py
    ``menu_name``); what the page glued to it goes ("[Jane Doe](…)Business Columnist": ``unglued_author``, on this
    rule's answers only: on every Markdown answer it cut the seed's "Conférence de l'audiovisuel en ligne de
    Chine")."""
    for rule in _MARKDOWN_LINE_RULES:
        name = rule(blocks)
        if name and not menu_name(name, blocks):
            return unglued_author(name)
    return None


def _named_on_page(block: Block, name: str, blocks: list[Block]) -> bool:
    """A bio line of a page's text cut at its lines (readers/text.py ``line_groups``) whose person another line of
    the page names (the surname, in a line of ``LINE_CUTS.naming_line_chars`` or more: "Doe said the closure …") is the
    article's subject, not its writer (as linebylines ``tail_bio_line``: the person not named in the prose)."""
    if not block.page_lines or not name.split():
        return False
    word = regex.compile(r"(?<!\w)" + regex.escape(name.split()[-1]) + r"(?!\w)")
    return any(other is not block and len(other.plain) >= LINE_CUTS.naming_line_chars and word.search(other.plain)
               for other in blocks)


def _byline(blocks: list[Block]) -> str | None:
    """``byline_author``; on a page's text cut at its lines (readers/text.py ``line_groups``: a byline line is a
    block of its own there), with the bare name's guard of textbylines.py: no word of the name written in lower case
    in the text ("By Tom Waters" over "the harbour's shallow waters"; a dated byline is read further on)."""
    name = byline_author(blocks)
    if name and any(block.page_lines for block in blocks):
        lower = document_lower_words(blocks)
        if any(word.casefold() in lower for word in name.split()):
            return None
    return name


def _person_in(block: Block, name: str, blocks: list[Block]) -> bool:
    """A name read from a removed bio block of several lines is a person's name (``heading_name``): the block's
    lines may be a page text's menu run together ("About" / "Contact Us", "About Quanta" / "Archive" / "Contact
    Us"), which a label and capitalised words read as a name, and so may a short line alone ("About Go Packages",
    "ABOUT UC DAVIS HEALTH"; authors11e); a bio's sentence of one line is taken as before."""
    lines = plain_lines(block)
    if len(name.split()) < 2 or len(lines) < 2 and (len(block.plain) > 80
                                                     or _SENTENCE_END.search(block.plain.strip())):
        return True  # a bio's sentence ("Jane Doe is a …"), a byline's one name ("posted by Chris @ 8:50 AM")
    first = lines[0] if lines else ""
    if len(first) >= 40 and first.startswith(name) and first[len(name):].lstrip(" ,")[:1].islower():
        return True  # a bio's sentence wrapped over lines ("Chris is the author of the HTTP Developer's …")
    return heading_name(bio_subject_name(name) or name, blocks)


def _lead_line(block: Block) -> str:
    """The text a name may open as a sentence's subject: the block's plain text, or its first line when that is a
    short line of a page text's block of lines ("Careers" / "Fox Around the World" / …: the lines are not one
    sentence, "Careers Fox Around" no name; authors11e)."""
    lines = plain_lines(block)
    if len(lines) > 1 and len(lines[0]) <= 80 and not _SENTENCE_END.search(lines[0]):
        return lines[0]
    return block.plain


def _credits(blocks: list[Block], decision: Decision) -> list[Block]:
    """The removed source credits that are not a picture's, nor a wire's credit (its reporter is read by
    ``reporter_credit``, which knows its first reporter from an additional one and an editor: news34)."""
    return [block for block, verdict in zip(blocks, decision.verdicts) if not verdict.keep and not block.picture_credit
            and verdict.kind == "source_credit" and "image" not in verdict.cue and "photo" not in verdict.cue
            and verdict.rule != "source_credit.wire_credit"]


def _source_url(blocks: list[Block], decision: Decision, page_url: str | None = None) -> str | None:
    """The address a removed source credit links (``textmeta.not_a_source``: no share, licence, legal, ad, comment
    or social profile link, nor one to ``page_url``'s own site)."""
    best = None
    listed: dict[int, set[str]] = {}  # the addresses of the credits that are items of one list
    for block, verdict in zip(blocks, decision.verdicts):
        if verdict.keep or verdict.kind != "source_credit" or "image" in verdict.cue or "photo" in verdict.cue:
            continue
        urls = [link.url for link in block.links if not link.is_image and not is_placeholder(link.url)
                and not not_a_source(link.url)]
        if urls:
            # "Article Source: <the author's page> Article Source: <the article>": the article, not the profile; and
            # "Originally published on <the site's home page>: <the article>": the article, not the home page
            # (meta35); a share button's link is nobody's source
            if block.list_id >= 0:
                listed.setdefault(block.list_id, set()).add(_pick_source(urls))
            # (a list's items are told apart by every link they hold, the page's own too: footnotes "Quelle: <site>
            # [↩ <this page#note-n>]" are a list of references; guard39)
            if page_url is not None and any(_back_link(url, page_url) for url in urls):
                continue  # a footnote's credit ("Quelle: <site> [↩ this page#note]"): a reference, no source
            found = _pick_source([url for url in urls if page_url is None or not own_page(url, page_url)])
            if found is not None and not verdict.by_neighbours:
                best = found  # (a block that went with a credit next to it has the credit's kind, not its evidence:
                # a comments link, a shop's banner under the credit is no source; as a list's item it still says
                # the list is one of references; meta38)
    # a list whose items credit different addresses is a list of references, not the article's source (htmlmeta35)
    if best is not None and any(len(urls) > 1 for urls in listed.values()):
        return None
    return best


def _back_link(url: str, page_url: str) -> bool:
    """A link to a place on the page itself (its address and a fragment): a footnote's way back to its mark."""
    here, _, fragment = url.partition("#")
    return bool(fragment) and here.rstrip("/") == page_url.partition("#")[0].rstrip("/")


def _pick_source(urls: list[str]) -> str | None:
    """Of a credit's links, an article's address before a profile's or a home page's (meta35)."""
    if not urls:
        return None
    return next((url for url in urls if not _PROFILE_PAGE.search(url) and not _HOME_PAGE.search(url)),
                next((url for url in urls if not _PROFILE_PAGE.search(url)), urls[0]))


#: A site's home page: a host and nothing after it but a slash (or an index file; meta35)
_HOME_PAGE = compile_pattern(r"^[a-z][a-z0-9+.-]*://[^/?#]+/?(?:index\.\w+)?(?:[?#].*)?$", regex.IGNORECASE)

#: The path of an author's page on an article directory or a blog, not of an article
_PROFILE_PAGE = compile_pattern(r"^[a-z][a-z0-9+.-]*://[^/]+/(?:[^?#]*/)?(?:expert|experts|author|authors|profile|"
                              r"profiles|user|users|member|members)/", regex.IGNORECASE)


def _extend(removal: Removal, block: Block, document: str | None) -> None:
    if document is not None and removal.start is not None and block.end is not None:
        removal.end = block.end
        removal.text = document[removal.start:removal.end]
    else:
        removal.text = f"{removal.text}\n\n{block.text}"
        removal.end = block.end


def _bio_or_markup_author(bio_name: str | None, markup: object) -> str | None:
    """The removed bio's name, or the markup's (front matter's) author when it names that person too: the fuller
    answer ("Clara Löw; Siddharth Prakash; Klaus Jacob" over the removed box's first bio "Clara Löw …"; bio35, whose
    author anchor removes such a box when the markup names its person)."""
    if bio_name and isinstance(markup, str) and markup != bio_name and same_person(bio_name, markup):
        return markup
    return bio_name


def build_result(blocks: list[Block], decision: Decision, *, names: NameMatcher, document: str | None,
                 metadata: dict[str, str | None], fmt: str) -> CleanResult:
    new_document()  # (textmeta.py's memos of lines and prose: this document's blocks only)
    kept = [b for b, v in zip(blocks, decision.verdicts) if v.keep]
    result = CleanResult(format=fmt)
    result.kept = [(b.start, b.end) for b in kept if b.start is not None and b.end is not None]
    # in plain text, tags are text; in HTML too, the page's text (its tags were read by the parser)
    result.text = _join(kept, block_text, document, tags=fmt not in ("text", "html"))
    result.markdown = _join(kept, block_markdown, document)
    last_owner: int | None = None  # the section (heading index) the last removal belongs to
    for i, (block, verdict) in enumerate(zip(blocks, decision.verdicts)):
        if not verdict.keep:
            if verdict.section is not None and verdict.section == last_owner:
                # a block taken by the heading above it: one removal for the heading and its section
                _extend(result.removed[-1], block, document)
            else:
                result.removed.append(Removal(kind=verdict.kind, rule=verdict.rule, text=block.text,
                                              start=block.start, end=block.end, cue=verdict.cue,
                                              confidence=verdict.confidence, xpath=block.xpath,
                                              site_pages=getattr(verdict, "site_pages", None),
                                              site_total=getattr(verdict, "site_total", None)))
            last_owner = verdict.section if verdict.section is not None else i
        else:
            last_owner = None
        for link in block.links:
            survives = verdict.keep and link.kind != "affiliate" and not is_placeholder(link.url)
            result.links.append(Link(url=link.url, text=link.text, kind=link.kind, kept=survives))
    title_block = blocks[decision.title_index].plain.strip() if decision.title_index is not None else None
    result.title = metadata.get("title") or title_block
    # a picture's credit cut off its caption names the photographer, never the author (captioncredit.py, caption32):
    # the steps that read the blocks alone read them without it
    named = [block for block in blocks if not block.picture_credit] \
        if any(block.picture_credit for block in blocks) else blocks
    several = bio_section_names(blocks, decision)  # "About the authors" over their names: unless a byline says
    author = (metadata.get("author") or _byline(named) or several) if several else None  # better (mdbios30)
    author = author or _bio_or_markup_author(_name_from_bio(blocks, decision, names), metadata.get("author")) \
        or metadata.get("author") or _byline(named) \
        or dated_byline(named) or clock_byline(named) or author_link(named) or author_div(named) \
        or repeated_name(named) or publication_byline(named) or role_byline(named) or cjk_byline(named) \
        or signature(named) or credit_author(_credits(blocks, decision)) \
        or (name_date_byline(named) if fmt in ("text", "markdown") else None) or script_label_byline(named) \
        or cjk_record_byline(named) or reporter_credit(named) or role_signature(named) \
        or (role_line_byline(named) or contact_byline(named) if fmt in ("text", "markdown") else None) \
        or (title_by_byline(named) or original_label_byline(named) if fmt in ("text", "markdown") else None) \
        or (wet_byline(named) or page_byline(named) if fmt == "text" else None) \
        or (_markdown_author(blocks, decision) or _markdown_line_author(named) if fmt == "markdown" else None) \
        or (record_name_byline(named) or bare_signature(named) or author_box_name(named)
            if fmt in ("text", "markdown") else None)
    # (textmeta.py's nine after byline_author, then textbylines.py's five: authors11b. The bare name line is read in
    # text and Markdown, not in HTML: a page gives its byline as markup, and trafilatura's text of it was not
    # measured for this rule. A platform's "/@handle" link was tried and left out: on probe11 half B its anchor was
    # a publication's name, "Expected Parrot", and it was right nowhere)
    # (a bare name line under the headline whose name comes back in a bio, tried on probe11 half A: 1 author right
    # (ru-nvo), 3 wrong on documents without one: "Việt Nam", a title in capitals, a trail's name; left out. A bare
    # name line with a date line after it, tried by authors11: on the gold bodies and bench pages 4 right, 5 wrong
    # after three guards ("RELATED BBC SITES", "Featured Links", "Profit Loss"): left out then, read since authors11b
    # with textbylines.py's guards.)
    # several authors as trafilatura gives them, "Jane Doe; John Smith", whatever found them (authors11c)
    removed = [block for block, verdict in zip(blocks, decision.verdicts) if not verdict.keep]
    if author and fmt == "text":
        author = unglued_author(author)  # ("Jane DoeStaff Writer", "Jane Doe Jane Doe": a page's text; authors11e)
    if author:
        author = without_honorifics(author)  # ("JUDr. Jane Doe", "Dr. Jane Doe": the name without its title; authors33)
    result.author = profile_form(split_author_list(strip_author_label(author)), removed) if author else author
    # (an HTML page's: the credit paragraph trafilatura dropped, then a repost's canonical on another site, after
    # every credit of the extracted text; readers/page_credit.py, html_meta.canonical_source; htmlmeta35)
    page_url = metadata.get("url")
    result.source_url = _source_url(blocks, decision, page_url) or metadata.get("source_url") \
        or credit_url(removed, page_url) \
        or metadata.get("dropped_credit_url") or metadata.get("canonical_source_url") \
        or metadata.get("front_matter_source_url")
    for key in ("date", "sitename", "url", "description"):
        setattr(result, key, metadata.get(key))
    result.warnings.extend(decision.warnings)
    return result



def near_misses(blocks: list[Block], findings: list[list[Finding]], decision: Decision) -> list[NearMiss]:
    """The kept blocks a detector fired on, each with its strongest finding and the threshold of its zone: what a
    preset or a threshold change would remove next (``CleanResult.near_misses``); a block a named body protection
    keeps (``Decision.protections``) has the protection's name as its reason."""
    misses = []
    for i, (block, verdict) in enumerate(zip(blocks, decision.verdicts)):
        if not verdict.keep or not findings[i] or i >= len(decision.block_thresholds):
            continue
        finding = findings[i][0]
        threshold = decision.block_thresholds[i]
        misses.append(NearMiss(kind=finding.kind, rule=finding.rule, text=block.text, start=block.start,
                               end=block.end, cue=finding.cue, strength=finding.strength, threshold=threshold,
                               reason=decision.protections.get(i) or (
                                   "below_threshold" if finding.strength < threshold else "protected"),
                               xpath=block.xpath))
    return misses
