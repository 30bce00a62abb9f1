"""Inline Markdown: links, images, autolinks, bare URLs and inline HTML anchors inside one block.

``parse_inline(text)`` returns the block's plain text (links reduced to their labels, emphasis dropped) and its
links with their offsets in ``text``. Every pattern is bounded, so the cost is linear in the text.
"""

from __future__ import annotations

import html
import re

import regex

from .patterncache import compile_pattern
from .links import classify_link
from .model import LinkRef

_URL_IN_PARENS = r"(?:[^()\s]|\([^()\s]{0,200}\)){0,2000}"
# Labels, alt texts and titles may run over lines (a wrapped paragraph): read with its lines joined, the text must
# give the same links (cleaning the clean text again changes nothing). Every link form of a block's text: a Markdown
# image or link, an autolink, an HTML anchor, a bare URL (the segmenter's markup spans read it too).
INLINE_LINK = compile_pattern(
    r"(?P<image>!\[(?P<alt>[^\]]{0,500})\]\(\s*<?(?P<src>" + _URL_IN_PARENS + r")>?(?:\s+[\"'][^\"']{0,300}[\"'])?\s*\))"
    r"|(?P<link>\[(?P<label>(?:[^\[\]]|\[[^\[\]]{0,200}\]){0,500})\]\(\s*<?(?P<href>" + _URL_IN_PARENS
    + r")>?(?:\s+[\"'][^\"']{0,300}[\"'])?\s*\))"
    r"|(?P<auto><(?P<autourl>(?:https?|ftp)://[^>\s]{1,2000}|mailto:[^>\s]{1,500})>)"
    # atomic and possessive: once the first href of a tag is found nothing is tried again (with backtracking,
    # '<a href=\'' * 10_000 cost 2000 steps for every href of every window: minutes for 2 MB)
    r"|(?P<anchor><a\s(?>[^>]{0,2000}?href\s*=\s*[\"'])(?P<ahref>[^\"']{0,2000}+)[\"'][^>]{0,2000}+>"
    r"(?P<atext>[^<]{0,1000}+(?:<(?!/a>)[^<>]{0,200}+>[^<]{0,1000}+){0,10}+)</a>)"
    r"|(?P<bare>(?<![\w/@(<\[=\"'])(?:https?://|www\.)[^\s<>()\[\]\"'`]{1,2000})",
    regex.IGNORECASE,
)
_TRAILING_URL_PUNCT = ".,;:!?*_"
#: An HTML tag in a text block (stripped from link labels; the segmenter's markup spans).
HTML_TAG = compile_pattern(r"</?[A-Za-z][^<>]{0,500}>")
_REL = compile_pattern(r"""rel\s*=\s*["']([^"']{0,200})["']""", regex.IGNORECASE)
# a run of two or more markers goes whole: removing "__" from "*__*" must not leave a new "**" for the next pass
_DOUBLE_EMPHASIS = compile_pattern(r"[*_]{2,}|~~+")
_SINGLE_EMPHASIS = compile_pattern(r"(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
# a run of backslashes before an escapable character is one escape ("\\\\\\*" -> "*"), so that what one pass
# leaves is not an escape for the next (cleaning clean text again changes nothing)
_ESCAPE = compile_pattern(r"\\+([\\`*_{}\[\]()#+\-.!|>~])")
# "&amp;amp;amp;lt;", "&#38;#38;lt;": escaped many times over, unescaped at once
_AMP_CHAIN = compile_pattern(r"&(?:amp;?|AMP;?|#0*38;|#[xX]0*26;)+")
_BLANK_RUN = compile_pattern(r"\s{2,}")
#: The blanks ``_BLANK_RUN``'s ``\s`` matches beyond ASCII (the regex module's ``\s``: Unicode White_Space; in ASCII
#: "\t\n\v\f\r " and not "\x1c"-"\x1f"; tests/test_text_speed.py checks every code point), and the ASCII ones made
#: spaces in a text's UTF-8 bytes (``_may_hold_blank_run``).
_WIDE_BLANKS = re.compile("[\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")
_ASCII_BLANKS_AS_SPACES = bytes.maketrans(b"\t\n\x0b\x0c\r", b"     ")
# a run of "<" and "/" holding a "<", before a letter: it could open a tag. Tried only where such a run starts, and
# possessive: "<" * 1_000_000 costs one scan, not one per "<"
_TAG_OPENING = compile_pattern(r"(?<![</])(?=/*<)[</]++(?=[A-Za-z])")


#: Soft hyphens, zero-width spaces, word joiners and stray byte-order marks: invisible, but they break words apart.
INVISIBLE_CHARS = "\u00ad\u200b\u2060\ufeff"
_INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARS))


#: Rounds of ``_strip_once``: enough for doubly and triply escaped text ("AT&amp;amp;T"), few enough to stay linear.
_STRIP_ROUNDS = 4


def strip_emphasis(text: str, *, tags: bool = True) -> str:
    """Drop Markdown emphasis markers, inline code markers, escapes and inline HTML tags; unescape HTML entities.
    ``tags=False`` (plain text, where tags are text): the tags stay.

    Linear: markers are removed where they stand, without looking for their closing twin, so ``snake_case`` and
    ``2*3`` keep their characters. Repeated while it changes the text (a bounded number of rounds), so that what an
    entity or an escape turns into ("&lt;b&gt;", "&amp;amp;", "\\*") is stripped too and cleaning the result
    again changes nothing. Every round only deletes characters, so the rounds converge.
    """
    for _ in range(_STRIP_ROUNDS):
        stripped = _strip_once(text, tags)
        if stripped == text:
            break
        text = stripped
    return text


def _strip_tags(text: str) -> str:
    """Inline tags removed, and a tag that removing another one made ("<a<b>>" gives "<a>"): three passes, then
    whatever still opens a tag loses its "<", so no tag is left for a second cleaning to find."""
    for _ in range(3):
        stripped = HTML_TAG.sub("", text)
        if stripped == text or HTML_TAG.search(stripped) is None:
            return stripped
        text = stripped
    return _TAG_OPENING.sub("", text)


def _one_blank(match) -> str:
    return "\n" if "\n" in match.group() else " "


def _may_hold_blank_run(text: str) -> bool:
    """Whether ``_BLANK_RUN`` may match ``text``: a blank beyond ASCII in it, or two ASCII blanks in a row, found by
    one search for two spaces in its UTF-8 bytes with every ASCII blank made a space (no byte of a character beyond
    ASCII is an ASCII one). About twice as fast as the pattern's search on a long text (a WET page's pieces, the
    groups ``result._join`` strips again), where a blank every few characters is a start the search tries (speed34)."""
    if not text.isascii() and _WIDE_BLANKS.search(text) is not None:
        return True
    return b"  " in text.encode("utf-8", "surrogatepass").translate(_ASCII_BLANKS_AS_SPACES)


def _strip_once(text: str, tags: bool = True) -> str:
    # a run of blanks counts as one character, as it will in the clean text: a pattern bounded in length (a tag
    # of at most 500 characters) then finds the same matches when the clean text is read again
    if _may_hold_blank_run(text) and _BLANK_RUN.search(text) is not None:
        text = _BLANK_RUN.sub(_one_blank, text)
    # each step only where its characters occur (most paragraphs have none of them)
    if "`" in text:
        text = text.replace("`", "")
    if not text.isascii() and any(char in text for char in INVISIBLE_CHARS):
        text = text.translate(_INVISIBLE)
    if "*" in text or "_" in text or "~" in text:
        text = _DOUBLE_EMPHASIS.sub("", text)
        text = _SINGLE_EMPHASIS.sub("", text)
    if tags and "<" in text:
        text = _strip_tags(text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(_AMP_CHAIN.sub("&", text))
    return text


#: What every link form of ``INLINE_LINK`` starts with ("[" for links and images, "<" for autolinks and anchors, a
#: scheme or "www." for bare URLs): a block with none of them has no link, and skips ``INLINE_LINK`` (most
#: paragraphs).
_MAY_HOLD_LINK = re.compile(r"[\[<]|://|www\.", re.IGNORECASE)
_WWW = re.compile(r"www\.", re.IGNORECASE)


def may_hold_link(text: str) -> bool:
    """``_MAY_HOLD_LINK.search(text) is not None``, several times faster on a long text with no link: a scan for
    each literal (``in``, in C) instead of the pattern's three alternatives tried at every position (a 5 KB WET piece:
    about 5 times faster); "www." in any case needs "w." or "W." first."""
    return "[" in text or "<" in text or "://" in text \
        or (("w." in text or "W." in text) and _WWW.search(text) is not None)


#: Rounds of reading the plain text again while it holds a link (see ``parse_inline``).
_LINK_ROUNDS = 4


def parse_inline(text: str, *, tags: bool = True) -> tuple[str, list[LinkRef]]:
    """Plain text and links of one block of Markdown (or plain text with URLs).

    ``tags=False`` reads plain text, where an HTML tag is text: tags stay in the plain text as they are (an anchor
    too, whose link is still reported), so a code sample in a text article is kept, not dropped unreported.

    What one reading leaves may read as a link again: a label that holds a link ('[[a](x)](y)' leaves '[a](x)'), a
    label over 500 characters that is under once its tags are stripped or its blank runs collapsed, an anchor's text
    before '(y)'. The plain text is read again while it changes (a bounded number of rounds, so the cost stays
    linear); a link still left after them is broken ('](' becomes '] ('), so that cleaning the clean text again
    finds no link and changes nothing. The links are those of the block's own text.
    """
    plain, links = _read_inline(text, tags)
    rounds = 0
    while "](" in plain:
        if rounds == _LINK_ROUNDS:
            plain = plain.replace("](", "] (")
            break
        again = _read_inline(plain, tags)[0]
        if again == plain:
            break
        plain = again
        rounds += 1
    return plain, links


def _read_inline(text: str, tags: bool = True) -> tuple[str, list[LinkRef]]:
    """One reading of ``parse_inline``: each link replaced by its label, then markup stripped."""
    if not may_hold_link(text):
        return strip_emphasis(text, tags=tags), []
    links: list[LinkRef] = []
    pieces: list[str] = []
    last = 0
    for match in INLINE_LINK.finditer(text):
        start, end = match.span()
        if match.group("image"):
            url, label, is_image = match.group("src"), match.group("alt"), True
            replacement = ""
        elif match.group("link"):
            url, label, is_image = match.group("href"), match.group("label"), False
            inner = INLINE_LINK.search(label)
            if inner and inner.group("image"):  # [![alt](img)](href): a linked image
                label, is_image = inner.group("alt"), True
                replacement = ""
            else:
                replacement = label
        elif match.group("auto"):
            url = label = match.group("autourl")
            is_image = False
            replacement = url
        elif match.group("anchor"):
            url, is_image = html.unescape(match.group("ahref")), False
            label = HTML_TAG.sub("", match.group("atext")).strip()
            replacement = label if tags else match.group()
        else:
            url = match.group("bare")
            stripped = url.rstrip(_TRAILING_URL_PUNCT)
            end -= len(url) - len(stripped)
            url = label = stripped
            is_image = False
            replacement = url
        rel = ""
        if match.group("anchor"):
            rel_match = _REL.search(match.group("anchor"))
            rel = rel_match.group(1).lower() if rel_match else ""
        pieces.append(text[last:start])
        pieces.append(replacement)
        last = end
        label_plain = strip_emphasis(label).strip()
        links.append(LinkRef(url=url.strip(), text=label_plain, start=start, end=end,
                             kind=classify_link(url), is_image=is_image, rel=rel))
    pieces.append(text[last:])
    return strip_emphasis("".join(pieces), tags=tags), links
