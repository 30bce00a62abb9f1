"""HTML to blocks: trafilatura finds the main content; we keep its structure and add the DOM evidence it drops.

1. The page is parsed once, safely (no network, no entity expansion, no DTD).
2. One linear walk of the tree records, for every block-level element, its XPath and the class / id / itemprop / rel
   tokens of its own and its ancestors' that say "author box", "share bar", "related posts"... (``DomIndex``).
3. trafilatura extracts the main content as its XML tree (head, p, list/item, quote, table, ref) with metadata;
   the settings are chosen in ``TRAFILATURA_SETTINGS`` (reasons with numbers in docs/html.md).
4. Each element of that tree becomes a block whose source is Markdown (so links and structure survive), its plain
   text and links come from the same inline parser as Markdown input, and it is matched back to the page's element
   by its text, which gives its XPath and DOM hints.

Then the same detectors and decision step as for text run on the blocks; ``dom_findings`` adds the DOM evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin

import regex
from lxml import etree, html as lxml_html

from ..cues import normalize
from ..detectors import affiliate, author_bio, call_to_action, navigation, related
from ..errors import DecodeError
from ..model import Block, Finding
from .inline import parse_inline

#: trafilatura settings, chosen on ../shared/bench (docs/html.md): comments off is better on 4 of 5 sets and faster.
TRAFILATURA_SETTINGS = dict(
    include_comments=False,
    include_tables=True,
    include_images=False,
    include_formatting=False,  # with links and formatting on, trafilatura keeps different text: F1 -0.03 on
    include_links=False,       # readability (docs/html.md); links come from the page itself (DomIndex)
    favor_precision=False,
    favor_recall=False,
    fast=False,
    deduplicate=False,
)

BLOCK_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "blockquote", "pre", "td", "th",
                        "figcaption", "caption", "div", "section", "article", "aside", "header", "footer", "address",
                        "table", "tr", "ul", "ol", "dl", "form", "nav", "main", "body", "center", "font", "span"})
_NEVER_HINT_TAGS = frozenset({"html", "body", "main", "article"})
_INVISIBLE_TAGS = frozenset({"script", "style", "noscript", "template", "svg"})
_MAX_HINT_SHARE = 0.4  # an element holding more than this share of the page's text is a layout wrapper, not a box
#: The most text a box of each kind holds; a bigger element with such a class wraps the article, it is not the box.
MAX_BOX_CHARS = {"author_bio": 3000, "affiliate": 1500, "call_to_action": 800, "related": 3000, "navigation": 3000}
#: Related widgets and menus are mostly links: below this share of link text an element is not one.
MIN_BOX_LINK_SHARE = {"related": 0.4, "navigation": 0.4}

#: DOM tokens per kind, from each detector's module (one list per kind, beside its text rules).
DOM_TOKENS: dict[str, tuple[str, ...]] = {
    "author_bio": author_bio.DOM_TOKENS,
    "affiliate": affiliate.DOM_TOKENS,
    "call_to_action": call_to_action.DOM_TOKENS,
    "related": related.DOM_TOKENS,
    "navigation": navigation.DOM_TOKENS,
}
_TOKEN_SPLIT = regex.compile(r"[\s]+")
_PART_SPLIT = regex.compile(r"[-_:]+")
_WS = regex.compile(r"\s+")
_SCHEMA_PERSON = regex.compile(r"schema\.org/person\b", regex.IGNORECASE)


def _token_parts(token: str) -> tuple[str, ...]:
    return tuple(part for part in _PART_SPLIT.split(token.lower()) if part)


_DOM_PATTERNS: list[tuple[str, str, tuple[str, ...]]] = [
    (kind, token, _token_parts(token)) for kind, tokens in DOM_TOKENS.items() for token in tokens
    if ":" not in token
]


def _contains_parts(parts: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    n = len(wanted)
    return any(parts[i:i + n] == wanted for i in range(len(parts) - n + 1))


def element_hints(element) -> tuple[str, ...]:
    """DOM evidence carried by the element itself, as "kind:evidence" strings (e.g. "author_bio:class=bio-box")."""
    hints = []
    attrib = element.attrib
    for attr in ("class", "id"):
        value = attrib.get(attr)
        if not value:
            continue
        for token in _TOKEN_SPLIT.split(value.strip()):
            parts = _token_parts(token)
            if not parts:
                continue
            for kind, name, wanted in _DOM_PATTERNS:
                if _contains_parts(parts, wanted):
                    hints.append(f"{kind}:{attr}={token}")
                    break
    if attrib.get("itemprop", "").lower() == "author" or _SCHEMA_PERSON.search(attrib.get("itemtype", "")):
        hints.append("author_bio:schema.org Person / itemprop=author")
    if element.tag == "a" and "author" in attrib.get("rel", "").lower().split():
        hints.append("author_bio:rel=author")
    return tuple(dict.fromkeys(hints))


@dataclass(slots=True)
class DomEntry:
    xpath: str
    hints: tuple[str, ...]
    links: tuple[tuple[str, str], ...] = ()  # (href, anchor text) of the element's links, in order


@dataclass(slots=True)
class DomIndex:
    """Block-level elements of the page by their normalised text: XPath and inherited DOM hints."""

    by_text: dict[str, DomEntry] = field(default_factory=dict)
    by_prefix: dict[str, DomEntry] = field(default_factory=dict)

    def add(self, text: str, entry: DomEntry) -> None:
        """Index an element by its text; a text found twice (a TOC entry and its heading) keeps only shared hints."""
        for table, key in ((self.by_text, text), (self.by_prefix, text[:40] if len(text) >= 40 else None)):
            if key is None:
                continue
            known = table.get(key)
            if known is None:
                table[key] = entry
            elif known.hints != entry.hints:
                table[key] = DomEntry(known.xpath, tuple(h for h in known.hints if h in entry.hints), known.links)

    def lookup(self, plain: str) -> DomEntry | None:
        key = normalize(plain)
        if not key:
            return None
        entry = self.by_text.get(key)
        if entry is None and len(key) >= 40:
            entry = self.by_prefix.get(key[:40])
        return entry


def _fits_box(kind: str, size: int, linked: int) -> bool:
    if size > MAX_BOX_CHARS.get(kind, 3000):
        return False
    return not size or linked / size >= MIN_BOX_LINK_SHARE.get(kind, 0.0)


def build_dom_index(root) -> DomIndex:
    """One linear walk: each text node belongs to its nearest block ancestor; hints flow down from boxes."""
    # pass 1: visible text length, and link text length, under each element (to tell a box from a wrapper)
    # Both passes walk the same tree in the same order: an element is known by its rank in that order.
    lengths: list[tuple[int, int]] = []
    stack: list[list] = []
    total = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start":
            invisible = element.tag in _INVISIBLE_TAGS or bool(stack and stack[-1][3])
            own = 0 if invisible else len((element.text or "").strip())
            stack.append([element, own, own if element.tag == "a" else 0, invisible, len(lengths)])
            lengths.append((0, 0))
        else:
            _, size, linked, _invisible, rank = stack.pop()
            lengths[rank] = (size, linked)
            if stack:
                tail = 0 if stack[-1][3] else len((element.tail or "").strip())
                stack[-1][1] += size + tail
                stack[-1][2] += linked + (tail if stack[-1][0].tag == "a" else 0)
            else:
                total = size
    # pass 2: texts, XPaths and hints
    index = DomIndex()
    tree = root.getroottree()
    owners: list[tuple[object, list[str], tuple[str, ...]]] = []  # (element, text pieces, hints) of open blocks
    links: dict[int, list[tuple[str, str]]] = {}  # owner depth -> its links
    hint_stack: list[tuple[str, ...]] = [()]
    rank = -1
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if not isinstance(element.tag, str):
            if event == "end" and owners and element.tail:
                owners[-1][1].append(element.tail)
            continue
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "start":
            rank += 1
            inherited = hint_stack[-1]
            own_hints = ()
            if tag not in _NEVER_HINT_TAGS:
                size, linked = lengths[rank]
                if not total or size <= _MAX_HINT_SHARE * total:
                    own_hints = tuple(hint for hint in element_hints(element)
                                      if _fits_box(hint.partition(":")[0], size, linked))
            hints = inherited + tuple(h for h in own_hints if h not in inherited)
            hint_stack.append(hints)
            if tag == "a" and owners and element.get("href"):
                anchor = _WS.sub(" ", "".join(element.itertext())).strip()
                if anchor:
                    links.setdefault(len(owners) - 1, []).append((element.get("href").strip(), anchor))
            if tag in BLOCK_TAGS or not owners:
                owners.append((element, [element.text or ""], hints))
                links.pop(len(owners) - 1, None)
            else:
                owners[-1][1].append(element.text or "")
                own_hints = tuple(h for h in own_hints if not h.partition(":")[2].startswith(("class=", "id=")))
                if own_hints:  # an inline element with evidence (a rel="author" link) marks its block
                    block, pieces, block_hints = owners[-1]
                    owners[-1] = (block, pieces, block_hints + tuple(h for h in own_hints if h not in block_hints))
        else:
            hint_stack.pop()
            if owners and owners[-1][0] is element:
                _, pieces, hints = owners.pop()
                own_links = tuple(links.pop(len(owners), ()))
                text = normalize(_WS.sub(" ", "".join(pieces)))
                if text:
                    index.add(text, DomEntry(tree.getpath(element), hints, own_links))
            if owners and element.tail:
                owners[-1][1].append(element.tail)
    return index


# --- trafilatura's XML to Markdown blocks ---------------------------------------------------------------------------
def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]") if ("[" in text or "]" in text) else text


_NESTED_BLOCKS = frozenset({"list", "table", "quote", "p", "head", "code", "div", "row", "cell", "item", "section"})


_BREAK = "\x00"  # a <lb/> inside a container: a paragraph break


def _pieces(element, nested: frozenset[str], breaks: bool) -> list:
    """The element's content in order: Markdown strings for inline content, and the nested block elements."""
    out: list = []

    def walk(node) -> None:
        if node.text:
            out.append(_escape(node.text))
        for child in node:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == "ref":
                label = _WS.sub(" ", "".join(child.itertext())).strip()
                target = child.get("target", "")
                if target and label:
                    out.append(f"[{_escape(label)}]({target.replace(' ', '%20').replace(')', '%29')})")
                else:
                    out.append(_escape(label))
            elif tag == "hi":
                inner = _WS.sub(" ", "".join(child.itertext())).strip()
                rend = child.get("rend", "")
                mark = "**" if "b" in rend else "*" if "i" in rend else ""
                out.append(f"{mark}{_escape(inner)}{mark}" if inner else "")
            elif tag == "lb":
                out.append(_BREAK if breaks else "\n")
            elif tag in nested:
                out.append(child)  # a block of its own
            elif tag:
                walk(child)
            if child.tail:
                out.append(_escape(child.tail))

    walk(element)
    return out


def _inline_markdown(element, nested: frozenset[str] = _NESTED_BLOCKS) -> str:
    """The Markdown of an element's inline content: text, links, emphasis, line breaks; elements whose tag is in
    ``nested`` are left out (they become blocks of their own)."""
    return "".join(p for p in _pieces(element, nested, False) if isinstance(p, str)).strip()


@dataclass(slots=True)
class HtmlPage:
    blocks: list[Block]
    metadata: dict[str, str | None]


def _with_links(text: str, links: tuple[tuple[str, str], ...], base_url: str | None) -> str:
    """Wrap each link's anchor text, found in order in ``text``, as a Markdown link to its target."""
    out, pos = [], 0
    for href, anchor in links:
        label = _escape(anchor)
        found = text.find(label, pos)
        if found < 0 or href.lower().startswith("javascript:"):
            continue
        if base_url and not href.startswith(("http://", "https://", "mailto:", "#")):
            href = urljoin(base_url, href)
        out.append(text[pos:found])
        out.append(f"[{label}]({href.replace(' ', '%20').replace('(', '%28').replace(')', '%29')})")
        pos = found + len(label)
    out.append(text[pos:])
    return "".join(out)


_BLOCKS_IN_CELLS = ("table", "p", "list", "quote", "head", "div")


def _is_simple_table(node) -> bool:
    """Rows of cells holding only inline content: a data table, rendered as a Markdown table."""
    if (node.text or "").strip():
        return False
    for row in node:
        if not isinstance(row.tag, str):
            continue
        if row.tag != "row" or (row.tail or "").strip():
            return False
        for cell in row:
            if isinstance(cell.tag, str) and any(True for _ in cell.iter(*_BLOCKS_IN_CELLS)):
                return False
    return True


class _BlockBuilder:
    def __init__(self, index: DomIndex, base_url: str | None = None):
        self.index = index
        self.base_url = base_url
        self.blocks: list[Block] = []
        self.list_id = 0

    def add(self, type_: str, source: str, level: int = 0, list_id: int = -1, plain: str | None = None) -> None:
        source = source.strip()
        if not source:
            return
        entry = None
        if plain is None and type_ in ("paragraph", "heading", "list_item", "quote"):
            entry = self.index.lookup(parse_inline(source)[0])
            if entry is not None and entry.links and "](" not in source:
                source = _with_links(source, entry.links, self.base_url)
        if plain is None:
            body = source
            if type_ == "heading":
                body = source.lstrip("#").strip()
            elif type_ == "quote":
                body = "\n".join(line[1:].lstrip() if line.startswith(">") else line for line in source.splitlines())
            elif type_ == "list_item":
                body = source[2:] if source.startswith("- ") else source
            plain, links = parse_inline(body)
            offset = source.find(body) if body != source else 0
            for link in links:
                link.start += max(0, offset)
                link.end += max(0, offset)
        else:
            links = []
        plain = _WS.sub(" ", plain).strip() if type_ not in ("table", "code") else plain.strip()
        if entry is None:
            entry = self.index.lookup(plain)
        self.blocks.append(Block(index=len(self.blocks), type=type_, text=source, plain=plain, links=links,
                                 level=level, group=len(self.blocks), list_id=list_id,
                                 xpath=entry.xpath if entry else None, dom_hints=entry.hints if entry else ()))

    def element(self, node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "head":
            rend = node.get("rend", "h2")
            level = int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1].isdigit() else 2
            self.add("heading", "#" * level + " " + _inline_markdown(node), level=level)
        elif tag == "p":
            self.add("paragraph", _inline_markdown(node))
            self._nested(node)
        elif tag == "list":
            self.list_id += 1
            list_id = self.list_id
            for item in node:
                if isinstance(item.tag, str) and item.tag == "item":
                    self.add("list_item", "- " + _inline_markdown(item).replace("\n", " "), list_id=list_id)
                    self._nested(item)
        elif tag == "quote":
            text = _inline_markdown(node)
            if text:
                self.add("quote", "\n".join("> " + line for line in text.splitlines()))
            self._nested(node)
        elif tag == "table":
            self.table(node)
        elif tag == "code":
            code = "".join(node.itertext())
            if code.strip():
                self.add("code", f"```\n{code.strip(chr(10))}\n```", plain=code)
        elif tag in ("div", "section", "body", "row", "cell", "item"):  # containers (a table without <table>)
            self.container(node)
        elif tag == "graphic":
            return
        else:
            text = _inline_markdown(node)
            if text:
                self.add("paragraph", text)

    def container(self, node) -> None:
        """Text runs between the nested blocks become paragraphs (a <lb/> ends one); nested blocks follow in order."""
        run: list[str] = []

        def flush() -> None:
            for paragraph in "".join(run).split(_BREAK):
                if paragraph.strip():
                    self.add("paragraph", paragraph)
            run.clear()

        for piece in _pieces(node, _NESTED_BLOCKS, True):
            if isinstance(piece, str):
                run.append(piece)
            else:
                flush()
                self.element(piece)
        flush()

    def _nested(self, node) -> None:
        for child in node:
            if isinstance(child.tag, str) and child.tag in _NESTED_BLOCKS:
                self.element(child)

    def table(self, node) -> None:
        if not _is_simple_table(node):  # a layout table (text in it, tables in cells): a container like a div
            self.container(node)
            return
        rows = []
        for row in node:
            if not (isinstance(row.tag, str) and row.tag == "row"):
                continue
            cells = [_inline_markdown(cell, frozenset()).replace("\n", " ").replace("|", "\\|") for cell in row
                     if isinstance(cell.tag, str) and cell.tag == "cell"]
            cells = [cell for cell in cells if cell]
            if cells:
                rows.append((row, cells))
        if not rows:
            return
        if all(len(cells) == 1 for _, cells in rows):
            # a one-column table is a layout box (a "Resource Box"): its rows are paragraphs
            for row, cells in rows:
                header = any(cell.get("role") == "head" for cell in row if isinstance(cell.tag, str))
                if header and len(cells[0]) <= 80:
                    self.add("heading", "### " + cells[0], level=3)
                else:
                    self.add("paragraph", cells[0])
            return
        width = max(len(cells) for _, cells in rows)
        lines = ["| " + " | ".join(cells + [""] * (width - len(cells))) + " |" for _, cells in rows]
        lines.insert(1, "|" + " --- |" * width)
        source = "\n".join(lines)
        plain_rows = []
        for _, cells in rows:
            plain_rows.append(" | ".join(parse_inline(cell)[0] for cell in cells))
        _, links = parse_inline(source)
        self.add("table", source, plain="\n".join(plain_rows))
        self.blocks[-1].links = links


# --- parsing ---------------------------------------------------------------------------------------------------------
def _parser() -> lxml_html.HTMLParser:
    return lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, remove_blank_text=False,
                                collect_ids=False, default_doctype=False, huge_tree=False)


def parse_html(text: str):
    """The page's element tree, parsed without network access, entity expansion or DTD loading."""
    # lxml refuses str input that declares an encoding; the text is already decoded.
    data = text.encode("utf-8", errors="surrogatepass")
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, collect_ids=False,
                                  default_doctype=False, encoding="utf-8")
    try:
        root = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise DecodeError(f"the HTML could not be parsed: {error}") from error
    return root


def _metadata(document, url: str | None) -> dict[str, str | None]:
    if document is None:
        return {"url": url}
    get = lambda name: getattr(document, name, None) or None
    return {
        "title": get("title"),
        "author": get("author"),
        "date": get("date"),
        "sitename": get("sitename"),
        "url": get("url") or url,
        "description": get("description"),
        "language": get("language"),
    }


def html_document(text: str, *, url: str | None = None, options: dict | None = None) -> HtmlPage:
    """Blocks and metadata of an HTML page."""
    import trafilatura

    root = parse_html(text)
    index = build_dom_index(root)
    settings = {**TRAFILATURA_SETTINGS, **(options or {})}
    document = trafilatura.bare_extraction(
        root, url=url, with_metadata=True, output_format="python",
        date_extraction_params={"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"},
        **settings)
    builder = _BlockBuilder(index, url)
    body = getattr(document, "body", None) if document is not None else None
    if body is not None:
        builder.container(body)
    return HtmlPage(builder.blocks, _metadata(document, url))


def dom_findings(blocks: list[Block], findings: list[list[Finding]], kinds) -> list[list[Finding]]:
    """Add the DOM evidence of each block to its text findings (strongest first)."""
    result = []
    for block, found in zip(blocks, findings):
        extra = []
        for hint in block.dom_hints:
            kind, _, evidence = hint.partition(":")
            if kind not in kinds or any(f.kind == kind for f in found):
                continue
            container = evidence.startswith(("class=", "id="))
            if container:
                strength = 0.9 if len(block.plain) <= 1500 else 0.5
            else:  # rel=author / itemprop=author mark a byline or a name, not whole paragraphs
                strength = 0.8 if len(block.plain) <= 150 else 0.0
            if strength:
                extra.append(Finding(kind, f"{kind}.dom", evidence, strength))
        result.append(sorted(found + extra, key=lambda f: -f.strength) if extra else found)
    return result
