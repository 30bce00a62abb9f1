"""A page's source credit that trafilatura dropped: "Quelle: <a href=…>https://…</a>", "Originally published on <a>…</a>".

trafilatura drops a paragraph that is little but a link (its link density), so the text path's credit rules
(textmeta.credit_url, result._source_url) never see it and an HTML page's repost gives no ``source_url`` (meta35's
finding). Here the page's own links are read once more, from the parse the reader already made (no second parse):
a link with a colon in the few characters before it in its element, in a paragraph that says little else, is
judged by the same test as a text document's credit line (the ``credit`` callable: ``textmeta.credit_source``, 51
languages of ``credit_url_labels``) on that text and the link's address ("Quelle: https://…": the label opening its
line or following a sentence's end). The answer is the page's
``dropped_credit_url`` metadata, read after every credit the extracted text gives (result.build_result).

Never a source: a link to the page's own site (its author page, a tag), a link inside a figure, a caption, a table,
an aside, a navigation, a footer or a comment / related box (``html_meta.in_other_content``), and any answer when
two such credits name different addresses (a list of references, each "Source: …").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..rules import TEXT_META
from .html_meta import in_other_content, site_key

#: The source URL of a credit paragraph's text, or None (the pipeline gives ``textmeta.credit_source``)
CreditSource = Callable[[str], "str | None"]

#: a link inside these is a picture's, a table's or a list's credit, not the article's
_NOT_CREDIT_ANCESTORS = frozenset({"figure", "figcaption", "caption", "table", "aside", "nav", "footer", "header",
                                   "button", "form"})
#: the elements a credit paragraph is (the link's parent, or the parent's parent when the link sits in an <em>,
#: <strong>, <span> … of its own)
_PARAGRAPHS = frozenset({"p", "div", "span", "em", "i", "strong", "b", "small", "li", "section", "blockquote"})
_INLINE = frozenset({"em", "i", "strong", "b", "span", "small", "font"})


def _text(node) -> str:
    return "".join(node.itertext()) if isinstance(node.tag, str) else ""


def _before(parent, link, most: int) -> str | None:
    """The paragraph's text before the link (its own text and its siblings' before it: ``link`` is a child of
    ``parent``), or None when it is longer than ``most`` characters. Read backwards from the link and given up past
    ``most``: a link late in a long paragraph, or among many in a list, costs no text of the siblings far before it."""
    parts: list[str] = []
    size = 0
    for sibling in link.itersiblings(preceding=True):
        tail = sibling.tail or ""
        size += len(tail)
        if size > most:
            return None
        parts.append(tail)
        if isinstance(sibling.tag, str):
            texts = []
            for text in sibling.itertext():
                size += len(text)
                if size > most:
                    return None
                texts.append(text)
            parts.append("".join(texts))
    head = parent.text or ""
    if size + len(head) > most:
        return None
    parts.append(head)
    parts.reverse()
    return "".join(parts)


_LINE_BREAKS = re.compile(r"\s*\n\s*")
_LINE_BLANKS = re.compile(r"[^\S\n]+")


def dropped_credit_url(links: list, kept: list[str], own_urls: tuple[str | None, ...],
                       credit: CreditSource) -> str | None:
    """The source URL of the page's credit paragraph that trafilatura dropped, or None (``links``: the page's <a>
    elements; ``kept``: the extracted blocks' texts; ``own_urls``: the page's address, its
    canonical and og:url; ``credit``: the credit test). Gated: a link must point off the site and have a colon in
    the few characters before it, which most links of a page do not."""
    own = {key for url in own_urls if url and (key := site_key(url))}
    credits: set[str] = set()
    found: str | None = None
    kept_text: str | None = None
    for link in links:
        href = (link.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        parent = link.getparent()
        if parent is None:
            continue
        before = _before(parent, link, TEXT_META.page_credit_label_max_chars)
        if before is None or not (":" in before or "：" in before):
            continue
        key = site_key(href)
        if not key or key in own:
            continue
        if any(ancestor.tag in _NOT_CREDIT_ANCESTORS for ancestor in link.iterancestors()) or in_other_content(link):
            continue
        # (the text before the link, then its address: "来源：<a>网易科学人</a>" after a date in a header's record
        # line is judged as "来源： http://…", the label opening its line, as in a text document)
        url = credit(_LINE_BLANKS.sub(" ", _LINE_BREAKS.sub("\n", before.strip())) + " " + href)
        if not url or site_key(url) in own:
            continue
        credits.add(url)
        if len(credits) > 1:
            return None  # (credits naming different addresses, kept or dropped: a list of references)
        paragraph = parent
        while paragraph.tag in _INLINE and paragraph.getparent() is not None:
            paragraph = paragraph.getparent()
        if paragraph.tag not in _PARAGRAPHS:
            continue
        whole = "".join(_text(paragraph).split())
        if len(whole) > TEXT_META.page_credit_max_chars:
            continue
        if kept_text is None:
            kept_text = "".join("".join(kept).split())
        if whole in kept_text:
            continue  # (trafilatura kept it: the text path's rules judge it)
        found = url
    return found
