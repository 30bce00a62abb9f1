"""A page's source credit that trafilatura dropped: "Quelle: <a href=…>https://…</a>", "Originally published on <a>…</a>".

trafilatura drops a paragraph that is little but a link (its link density), so the text path's credit rules
(textmeta.credit_url, result._source_url) never see it and an HTML page's repost gives no ``source_url`` (meta35's
finding). Here the page's own links are read once more, from the parse the reader already made (no second parse):
a link whose paragraph opens with a credit label and a colon and says little else is a credit; its paragraph's
text, the links written as their addresses, is judged by the same test as a text document's credit line (the
``credit`` callable: ``textmeta.credit_source``, 51 languages of ``credit_url_labels``). The answer is the page's
``dropped_credit_url`` metadata, read after every credit the extracted text gives (result.build_result).

Never a source: a link to the page's own site (its author page, a tag), a link inside a figure, a caption, a table,
an aside, a navigation, a footer or a comment / related box (``html_meta.in_other_content``), and any answer when
two such credits name different addresses (a list of references, each "Source: …").
"""

from __future__ import annotations

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


def _before(parent, link) -> str | None:
    """The paragraph's text before the link (its own text and its children's before it), or None when the link is
    not in it."""
    parts = [parent.text or ""]
    for child in parent:
        if child is link:
            return "".join(parts)
        if link in child.iterdescendants("a"):
            return None
        parts.append(_text(child))
        parts.append(child.tail or "")
    return None


def _with_addresses(parent) -> str:
    """The paragraph's text with each link's address after its anchor ("Quelle: Harbour Times https://…")."""
    parts = [parent.text or ""]
    for child in parent.iterdescendants():
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        parts.append(child.text or "")
        if child.tag == "a" and child.get("href"):
            parts.append(" " + child.get("href", "").strip() + " ")
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def dropped_credit_url(links: list, kept: list[str], own_urls: tuple[str | None, ...],
                       credit: CreditSource) -> str | None:
    """The source URL of the page's credit paragraph that trafilatura dropped, or None (``links``: the page's <a>
    elements; ``kept``: the extracted blocks' texts; ``own_urls``: the page's address, its
    canonical and og:url; ``credit``: the credit test). Gated: a link must point off the site and have a colon in
    the few characters before it, which most links of a page do not."""
    own = {key for url in own_urls if url and (key := site_key(url))}
    found: dict[str, None] = {}
    kept_text: str | None = None
    for link in links:
        href = (link.get("href") or "").strip()
        if not href.startswith(("http://", "https://")):
            continue
        parent = link.getparent()
        if parent is None:
            continue
        before = _before(parent, link)
        if before is None or len(before) > TEXT_META.page_credit_label_max_chars or not (":" in before or "："
                                                                                          in before):
            continue
        key = site_key(href)
        if not key or key in own:
            continue
        paragraph = parent
        while paragraph.tag in _INLINE and paragraph.getparent() is not None:
            paragraph = paragraph.getparent()
        if paragraph.tag not in _PARAGRAPHS:
            continue
        whole = " ".join(_text(paragraph).split())
        if len(whole) > TEXT_META.page_credit_max_chars or any(
                ancestor.tag in _NOT_CREDIT_ANCESTORS for ancestor in link.iterancestors()) \
                or in_other_content(link):
            continue
        if kept_text is None:
            kept_text = "".join("".join(kept).split())
        if "".join(whole.split()) in kept_text:
            continue  # (trafilatura kept it: the text path's rules judge it)
        url = credit(_with_addresses(paragraph))
        if url and site_key(url) not in own:
            found.setdefault(url, None)
            if len(found) > 1:
                return None  # (two credits naming different addresses: a list of references)
    return next(iter(found), None)
