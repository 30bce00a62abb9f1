"""Hypothesis strategies for generated documents, shared by the property and fuzz tests.

- ``random_text``: any characters, with the hostile ones (NUL, lone surrogates, BOMs, RTL overrides, CR, form feed,
  Markdown syntax) much more likely than chance would make them;
- ``articles``: realistic text or Markdown articles: a title, prose paragraphs (with inline links and emphasis),
  headings, lists, quotes, code, tables, and boilerplate of every kind in several languages;
- ``html_pages``: random HTML made of real tags and attributes, boilerplate classes, entities, broken markup;
- ``mutated_fixtures``: the project's own fixtures, cut, duplicated, truncated and with hostile pieces inserted.

The number of examples comes from the hypothesis profile (tests/conftest.py): small by default, large with
``HYPOTHESIS_PROFILE=long``.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from hypothesis import HealthCheck, settings, strategies as st

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"

# Profiles: "ci" (the default) keeps the whole run of the property tests within seconds on a loaded 2-core machine
# and is derandomized, so a test run checks the same examples every time (a fresh checkout has no example database;
# a random search there could fail one CI run and pass the next); "long" is the random search, run by hand
# (HYPOTHESIS_PROFILE=long [HYPOTHESIS_MAX_EXAMPLES=2000] python -m pytest ...), whose finds become fixtures.
_COMMON = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                     HealthCheck.filter_too_much], print_blob=True)
settings.register_profile("ci", max_examples=40, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "2000")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# --- pieces ---------------------------------------------------------------------------------------------------------
HOSTILE_CHARS = ["\x00", "\ufeff", "\u202e", "\u202d", "\u200b", "\u00ad", "\ud800", "\udfff", "\r", "\r\n", "\x0c",
                 "\x0b", "\x85", "\u2028", "\u2029", "\ufffd", "\t", "\x1b", "\x7f", "\U0001F600", "\u0301", "ﬁ"]
MARKUP = ["#", "## ", "> ", "- ", "* ", "1. ", "|", "```", "~~~", "---", "***", "[", "]", "(", ")", "](", "![", "<",
          ">", "<a href='http://x.com'>", "</a>", "<br>", "&amp;", "&lt;", "&#0;", "&#xD800;", "\\", "*", "_", "`",
          "http://", "www.", "mailto:", ":"]
WORDS = ("the garden soil water plant summer city council river bridge project budget school teacher students market "
         "price energy winter heat light window morning evening family house street train station museum library "
         "river doctor patient study result research team season match player coach").split()
TITLE_WORDS = ("Growing Tomatoes Small Balcony New Bridge Opens City Council Budget Winter Energy Prices Library "
               "Museum Reopens After Years").split()
BOILERPLATE = [
    "Source: http://www.example-news.com/story/12",
    "Source: <http://www.secrets-de-comment.com> | [Formation Marketing](#) | [Share](#)",
    "About the Author",
    "Megan Hollis is a freelance writer and lifelong kitchen gardener based in Burlington, Vermont.",
    "Copyright © 2024 Example Media. All rights reserved.",
    "This article may be freely reprinted as long as the resource box below is included.",
    "Share this article: [Facebook](https://www.facebook.com/sharer/sharer.php?u=x) [Twitter](https://twitter.com/intent/tweet?url=x)",
    "Subscribe to our newsletter for weekly tips!",
    "Related posts",
    "Disclosure: this post may contain affiliate links.",
    "[Buy it on Amazon](https://www.amazon.com/dp/B000123?tag=example-20)",
    "Home > News > Local",
    "Article Source: [http://EzineArticles.com/expert/Jane_Doe/123](http://EzineArticles.com/expert/Jane_Doe/123)",
    "À propos de l'auteur",
    "Über den Autor",
    "Quelle: dpa",
    "Fuente: Europa Press",
    "Tags: garden, soil, summer",
    "Read more: [Ten tips for winter](http://example.com/tips?utm_source=feed&utm_medium=rss)",
    "Written by John Smith",
    "Click here to download your free ebook!",
]
URLS = ["http://example.com/a", "https://www.example.org/path?id=3&utm_source=x", "#", "javascript:void(0)",
        "https://www.amazon.com/dp/B0?tag=aff-20", "mailto:someone@example.com", "http://example.com/(x)"]


def _sentence(words: list[str]) -> str:
    return " ".join(words).capitalize() + "."


word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=4, max_size=16).map(_sentence)
link = st.builds(lambda label, url: f"[{label}]({url})", st.lists(word, min_size=1, max_size=3).map(" ".join),
                 st.sampled_from(URLS))
emphasis = st.builds(lambda w, mark: f"{mark}{w}{mark}", word, st.sampled_from(["*", "**", "_", "`"]))
inline = st.one_of(sentence, sentence, sentence, link, emphasis)
paragraph = st.lists(inline, min_size=2, max_size=8).map(" ".join)
title = st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=7).map(" ".join)
boilerplate = st.sampled_from(BOILERPLATE)
heading = st.builds(lambda level, text: "#" * level + " " + text, st.integers(1, 4), title)
list_block = st.builds(lambda marker, items: "\n".join(f"{marker} {item}" for item in items),
                       st.sampled_from(["-", "*", "+", "1."]), st.lists(st.one_of(sentence, link, word), min_size=1,
                                                                          max_size=5))
quote = st.lists(sentence, min_size=1, max_size=3).map(lambda s: "\n".join("> " + line for line in s))
code = st.lists(st.lists(word, max_size=5).map(" ".join), min_size=1, max_size=4).map(
    lambda lines: "```\n" + "\n".join(lines) + "\n```")
table = st.lists(st.lists(word, min_size=2, max_size=2), min_size=1, max_size=3).map(
    lambda rows: "| a | b |\n| --- | --- |\n" + "\n".join(f"| {x} | {y} |" for x, y in rows))
front_matter = st.builds(lambda t: f"---\ntitle: {t}\nauthor: Jane Doe\n---", title)


@st.composite
def articles(draw, markdown: bool | None = None, structure: bool = True) -> str:
    """A realistic article: title, prose, boilerplate at the edges and sometimes in the middle.

    ``markdown``: True for Markdown syntax (headings, lists, quotes, code, tables), False for plain text, None for
    either. ``structure=False`` leaves out code blocks and tables (whose line structure plain text cannot keep).
    """
    if markdown is None:
        markdown = draw(st.booleans())
    blocks: list[str] = []
    if markdown and draw(st.integers(0, 5)) == 0:
        blocks.append(draw(front_matter))
    blocks.extend(draw(st.lists(boilerplate, max_size=2)))
    blocks.append(("# " if markdown and draw(st.booleans()) else "") + draw(title))
    kinds = [paragraph, paragraph, paragraph, boilerplate]
    if markdown:
        kinds += [heading, list_block, quote] + ([code, table] if structure else [])
    else:
        kinds += [st.lists(sentence, min_size=1, max_size=3).map(lambda s: "\n".join("- " + x for x in s))]
    blocks.extend(draw(st.lists(st.one_of(*kinds), min_size=1, max_size=10)))
    blocks.extend(draw(st.lists(boilerplate, max_size=4)))
    separators = draw(st.lists(st.sampled_from(["\n\n", "\n\n", "\n\n\n", "\r\n\r\n", "\n"]),
                               min_size=len(blocks), max_size=len(blocks)))
    # a single newline between two blocks glues them into one paragraph: fine, it happens in real text too
    return "".join(block + sep for block, sep in zip(blocks, separators))


def random_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Any text, with hostile characters, Markdown syntax and boilerplate cues often mixed in."""
    piece = st.one_of(
        st.text(max_size=20),
        st.sampled_from(HOSTILE_CHARS),
        st.sampled_from(MARKUP),
        st.sampled_from(BOILERPLATE),
        word,
        st.sampled_from(["\n", "\n\n", " "]),
    )
    return st.lists(piece, max_size=60).map("".join).map(lambda s: s[:max_size * 4])


# --- HTML --------------------------------------------------------------------------------------------------------------
_HTML_CLASSES = ["author-bio", "share-buttons", "related-posts", "breadcrumb", "newsletter", "entry-content",
                 "post", "sidebar", "footer", "affiliate-disclosure", "nav", "content"]
_TAGS = ["div", "p", "span", "a", "article", "section", "aside", "footer", "header", "nav", "ul", "li", "h1", "h2",
         "h3", "blockquote", "table", "tr", "td", "pre", "code", "em", "strong", "br", "img", "script", "style",
         "form", "main", "figure", "figcaption", "iframe", "svg", "math", "template", "noscript", "object"]


@st.composite
def html_element(draw, depth: int = 0) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attrs = ""
    if draw(st.booleans()):
        attrs += f' class="{draw(st.sampled_from(_HTML_CLASSES))}"'
    if tag == "a":
        attrs += f' href="{draw(st.sampled_from(URLS))}"'
    if tag == "img":
        return f'<img src="{draw(st.sampled_from(URLS))}" alt="{draw(word)}">'
    if tag == "br":
        return "<br>"
    children = []
    for _ in range(draw(st.integers(0, 4 if depth < 4 else 0))):
        children.append(draw(st.one_of(
            sentence, paragraph, boilerplate, word,
            st.sampled_from(["&amp;", "&nbsp;", "&lt;b&gt;", "&#x202e;", "&bogus;", "<!-- c -->", "<![CDATA[x]]>",
                             "<", ">", "&#0;", "\ufeff"]),
            html_element(depth + 1))))
    close = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"  # sometimes unclosed
    return f"<{tag}{attrs}>{''.join(children)}{close}"


@st.composite
def html_pages(draw) -> str:
    head = draw(st.sampled_from(["", "<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>',
                                 '<!DOCTYPE html SYSTEM "file:///etc/passwd">']))
    title_text = draw(title)
    body = "".join(draw(st.lists(html_element(), min_size=1, max_size=6)))
    article = "".join(f"<p>{draw(paragraph)}</p>" for _ in range(draw(st.integers(0, 4))))
    page = (f"{head}<html><head><meta charset='utf-8'><title>{title_text}</title></head><body>"
            f"<article><h1>{title_text}</h1>{article}</article>{body}</body></html>")
    if draw(st.integers(0, 5)) == 0:  # truncated download
        page = page[:draw(st.integers(0, len(page)))]
    return page


# --- the project's fixtures, mutated ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def fixture_documents() -> tuple[str, ...]:
    """Every text, Markdown and HTML fixture of the project (case documents included), as str."""
    docs: list[str] = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in (".txt", ".md", ".html") and path.is_file():
            docs.append(path.read_bytes().decode("utf-8", errors="replace"))
    for name in ("positive.json", "negative.json", "known_failures.json"):
        path = FIXTURES / "cases" / name
        if path.exists():
            docs.extend(case["document"] for case in json.loads(path.read_text(encoding="utf-8")))
    return tuple(docs)


@st.composite
def mutated_fixtures(draw) -> str:
    doc = draw(st.sampled_from(fixture_documents()))
    for _ in range(draw(st.integers(0, 4))):
        size = len(doc)
        a = draw(st.integers(0, size))
        b = draw(st.integers(a, min(size, a + 2000)))
        operation = draw(st.sampled_from(["delete", "duplicate", "insert", "truncate", "swapcase"]))
        if operation == "delete":
            doc = doc[:a] + doc[b:]
        elif operation == "duplicate":
            doc = doc[:b] + doc[a:b] + doc[b:]
        elif operation == "insert":
            doc = doc[:a] + draw(st.one_of(st.sampled_from(HOSTILE_CHARS + MARKUP + BOILERPLATE), st.text(max_size=10))) \
                + doc[a:]
        elif operation == "truncate":
            doc = doc[:a]
        else:
            doc = doc[:a] + doc[a:b].swapcase() + doc[b:]
    return doc


any_document = st.one_of(random_text(), articles(), html_pages(), mutated_fixtures())


@st.composite
def edge_articles(draw, markdown: bool = False) -> str:
    """A well-formed article: a title, two or more prose paragraphs, and distinct boilerplate blocks at its edges
    (at most one before the title, up to three after the body): what a scraped page usually looks like."""
    long_paragraph = st.lists(sentence, min_size=3, max_size=6).map(" ".join)
    head = draw(st.lists(boilerplate, max_size=1))
    tail = draw(st.lists(boilerplate, max_size=3, unique=True).filter(lambda t: not set(t) & set(head)))
    body = draw(st.lists(st.one_of(long_paragraph, long_paragraph, long_paragraph, paragraph,
                                   list_block if markdown else st.nothing(), heading if markdown else st.nothing()),
                         min_size=2, max_size=6))
    blocks = [*head, ("# " if markdown else "") + draw(title), draw(long_paragraph), *body, *tail]
    return "\n\n".join(blocks) + "\n"
