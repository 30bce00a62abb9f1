"""Page metadata from the markup itself: meta tags, JSON-LD, <title>, <time>, rel / itemprop author, canonical link.

Cheap (one pass over <head>, a look at JSON-LD and a few elements) and explicit: each field says where it came
from. A date comes only from structured markup (meta, JSON-LD, <time datetime>, itemprop), so a "Copyright 2009"
line in the footer is never taken for the publication date. ``page_metadata`` merges this with trafilatura's
metadata where ours has a gap (``docs/html.md``).
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from urllib.parse import urlsplit

import regex
from lxml import etree

from ..patterncache import compile_pattern
from ..dom_data import dom_data
from ..language import function_words
from ..model import AUTHOR_SEPARATOR

_DATE = compile_pattern(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_BY = compile_pattern(r"^\s*(?:by|von|par|por|di|door|av|przez|автор:?)\s+", regex.IGNORECASE)
_SPACE = compile_pattern(r"\s+")
_MAX_JSON_LD = 200_000
_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenewsarticle", "techarticle", "scholarlyarticle",
                  "webpage", "socialmediaposting", "analysisnewsarticle", "opinionnewsarticle", "review"}


def _clean(text: str | None, limit: int = 300) -> str | None:
    if not text:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text[:limit] if text else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = _DATE.search(value)
    if not match:
        return None
    year, month, day = match.groups()
    if not ("01" <= month <= "12" and "01" <= day <= "31"):
        return None
    return f"{year}-{month}-{day}"


def _meta_tags(root, metas: list | None = None) -> dict[str, str]:
    """The <head>'s meta tags by name; then (``metas``: every <meta> of the page, when the caller has them) the
    named ones the parser put in <body> because the head closed early (a stray element before them: Reuters'
    ``<meta name="Author">``; authors11c). Not a body's ``itemprop`` metas: those are a comment's or a product's."""
    tags: dict[str, str] = {}
    head = root.find("head")
    for meta in (head if head is not None else root).iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
        content = meta.get("content")
        if key and content and key not in tags:
            tags[key] = content.strip()
    if head is not None and metas:
        for meta in metas:
            key = (meta.get("property") or meta.get("name") or "").strip().lower()
            content = (meta.get("content") or "").strip()
            # (the author's keys only, and a name, not a user name: a stray meta of the body says less than the
            # head's; its title, date or description were not measured)
            if key in _AUTHOR_KEYS and content and key not in tags and not _HANDLE.match(content):
                tags[key] = content
    return tags


#: The meta tags that name the article's author, in order of preference (data/dom.json ``author_meta_keys``)
_AUTHOR_KEYS = dom_data().author_meta_keys


_TAG = re.compile(r"<[^<>]{0,300}>")


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [_TAG.sub(" ", value) if "<" in value else value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):  # ("name": ["<a href=…>Jane Doe</a>", …]: a list of a node's names, authors11d)
            return [found for item in name[:5] if isinstance(item, str) for found in _names(item)]
        return _names(name) if isinstance(name, str) else []
    if isinstance(value, list):
        return [name for item in value[:5] for name in _names(item)]
    return []


def _organisation(value) -> bool:
    """A JSON-LD node whose @type is an organisation's (``data/dom.json`` ``organisation_types``): a publisher's
    account given as the author ("Condé Nast", "The Haitian Times" before the writer's Person node; authors11d)."""
    if not isinstance(value, dict):
        return False
    types = value.get("@type")
    types = types if isinstance(types, list) else [types]
    return any(isinstance(t, str) and t.casefold() in dom_data().organisation_types for t in types)


def _typed_person(value) -> bool:
    """Every node of a JSON-LD author is typed a Person (not a bare string, not an @id reference)."""
    items = value if isinstance(value, list) else [value]
    return bool(items) and all(isinstance(item, dict) and (item.get("@type") == "Person" or item.get("@type") == [
        "Person"]) for item in items[:5] if not _organisation(item))


def _people(value) -> list[str]:
    """The names of a JSON-LD author: of a list, the persons' (an organisation's node dropped when a person is
    there); an organisation's node alone gives none (authors11d)."""
    items = value if isinstance(value, list) else [value]
    persons = [item for item in items[:5] if not _organisation(item)]
    return _names(persons)


#: A test that a text is a person's name of two words or more (the pipeline gives ``textmeta.looks_like_name``: a
#: reader does not import the metadata layer above it)
PersonTest = Callable[[str], bool]
#: The name(s) in a byline element's text ("Posted by Jane Doe", "Jane Doe, 01.12.2021"), or None (the pipeline gives
#: ``textmeta.byline_name``; authors11d)
BylineName = Callable[[str], "str | None"]


def _resolved(value, data, site: frozenset[str] = frozenset(), person: PersonTest | None = None):
    """An author given as a reference to another node of the JSON-LD (``{"@id": ...}``, as Yoast's ``@graph`` gives
    it) replaced by that node (a Person with its ``name``); anything else as it is (authors11c; without ``person``,
    never). ``site``: the site's names (``_site_names``): a node named like the site is the site's account, not a
    person (review24)."""
    if isinstance(value, list):
        return [_resolved(item, data, site, person) for item in value[:5]]
    if person is None or not isinstance(value, dict) or "name" in value or not isinstance(value.get("@id"), str):
        return value
    nodes = data.get("@graph") if isinstance(data, dict) else data
    for node in (nodes if isinstance(nodes, list) else [])[:200]:
        if isinstance(node, dict) and node.get("@id") == value["@id"] and isinstance(node.get("name"), str):
            # (a person's name of two words or more: a WordPress account's display name is as often "admin",
            # "sv_team", "Redaktion" or the site's name: on the bench pages 17 persons, 22 not, before this test)
            return node if person(node["name"]) and not _is_site(node["name"], site) else value
    return value


#: the wrappers a page puts around its JSON-LD for old parsers ("//<![CDATA[", "]]>", "<!--", "-->")
_UNWRAP = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _json_ld(root, scripts: list | None = None, site: frozenset[str] = frozenset(),
             person: PersonTest | None = None) -> dict[str, str]:
    found: dict[str, str] = {}
    for script in root.iter("script") if scripts is None else scripts:
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        if len(script.text) > _MAX_JSON_LD:
            continue
        lenient = False
        try:
            data = json.loads(script.text)
        except ValueError:
            # (a raw line break or tab inside a string, which browsers and trafilatura accept, or a CDATA or comment
            # wrapper: 4 bench pages' authors were lost to them. Read again for the author only: the title, date and
            # site name such a script gives were not measured, and Wikipedia's "headline" is a description;
            # authors11d)
            try:
                data = json.loads(_UNWRAP.sub("", script.text), strict=False)
            except ValueError:
                continue
            lenient = True
        stack = [data]
        seen = 0
        while stack and seen < 200:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item[:50])
                continue
            if not isinstance(item, dict):
                continue
            if "@graph" in item:
                stack.append(item["@graph"])
            types = item.get("@type")
            types = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if not types & _ARTICLE_TYPES:
                continue
            for key, source in (("title", "headline"), ("date", "datePublished"), ("description", "description")):
                if isinstance(item.get(source), str) and not lenient:
                    found.setdefault(key, item[source])
            authors = [a for name in _people(_resolved(item.get("author"), data, site, person))
                       if (a := " ".join(name.split()))]
            if authors and "author" not in found:
                # (several joined as trafilatura joins them, "Jane Doe; John Smith": authors11c)
                found["author"] = AUTHOR_SEPARATOR.join(authors)
                if person is not None and _typed_person(item.get("author")) and person(authors[0]):
                    found["person"] = found["author"]
            based = item.get("isBasedOn") or item.get("isBasedOnUrl")
            # (a node of an article's type: a study the article reports on, a "CreativeWork", is not its original)
            based = (based.get("url") or based.get("@id")) if isinstance(based, dict) and str(
                based.get("@type", "")).casefold() in _ARTICLE_TYPES else based
            if isinstance(based, str) and not lenient:
                found.setdefault("based_on", based.strip())  # (the article a repost or a translation copies)
            publisher = _names(item.get("publisher"))
            if publisher:
                if not lenient:
                    found.setdefault("sitename", publisher[0])
                found.setdefault("publisher", publisher[0])
    return found


#: The elements the reader looks up by tag: table rows (readers/depth.py), scripts (JSON-LD), links (the canonical URL),
#: <time>, forms (readers/forms.py), <title>, links (readers/page_credit.py). ``elements_by_tag`` finds them in one pass over the page instead of one
#: pass each (~0.09 ms a pass on a bench page).
PAGE_TAGS = ("tr", "script", "link", "time", "form", "title", "meta", "a")


def elements_by_tag(root, tags: tuple[str, ...] = PAGE_TAGS) -> dict[str, list]:
    """The page's elements of each of these tags, in page order (``root.iter(tag)`` for each tag, in one pass)."""
    found: dict[str, list] = {tag: [] for tag in tags}
    for element in root.iter(*tags):
        found[element.tag].append(element)
    return found


# From the root element with "descendant::" rather than "//": libxml2 reads "//*" as
# "/descendant-or-self::node()/child::*" and visits every node twice.
_CANDIDATES = etree.XPath("descendant::*[@class or @id or @itemprop or @itemtype or self::a[@rel] or self::h1]")
_BYLINE_CLASS = etree.XPath('contains(concat(" ", normalize-space(@class), " "), " byline ")')


def page_candidates(root) -> list:
    """Every element of <body> with a class, id, itemprop or itemtype, a link with a rel, and the <h1> headings, in
    document order: where the byline search here, the DOM evidence (readers/html.py) and the standfirst search
    (readers/standfirst.py: the headline's box) look. The <head> holds none of them: its <meta> and <link> have no
    text."""
    body = root.find("body")
    return _CANDIDATES(body if body is not None else root)


#: class tokens of the element holding an author's name in a byline, in the languages of the bench and spam pages;
#: classes that are not a name's; boxes whose names are other people's (``data/dom.json``)
_AUTHOR_CLASSES = dom_data().author_classes
_AUTHOR_CLASS_EXCEPT = dom_data().author_class_except
_OTHER_CONTENT = dom_data().other_content


_CLASS_PARTS = re.compile(r"[-_]+")


def _author_class(tokens: list[str]) -> bool:
    """A class token of ``author_classes``, or one whose last part is an author word ("article-header-full__author",
    "p1-author") or whose first part is one before "name" / "link" ("author-link"; authors11c)."""
    if _AUTHOR_CLASSES.intersection(tokens):
        return True
    data = dom_data()
    for token in tokens:
        parts = [part for part in _CLASS_PARTS.split(token) if part]
        if len(parts) > 1 and (parts[-1] in data.author_class_parts
                               or parts[0] in data.author_class_parts and parts[1] in data.author_class_after):
            return True
    return False


def _in_other_content(element) -> bool:
    """Inside a comment thread, an aside or a list of related articles: a name there is a commenter's or another
    article's author ("comment-author", an <aside class="related"> with its own bylines)."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("aside", "nav", "footer"):
            return True
        if ancestor.tag in ("body", "html"):
            break  # (the page's own classes name its layout, "single-post sidebar-primary", not a box; authors11d)
        for value in (ancestor.get("class"), ancestor.get("id")):
            if value and _OTHER_CONTENT.search(value):
                return True
    return False


in_other_content = _in_other_content


def _in_comments(element) -> bool:
    """Inside a comment thread (an ancestor's class or id of ``comment_boxes``, below <body>)."""
    boxes = dom_data().comment_boxes
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html"):
            break
        for value in (ancestor.get("class"), ancestor.get("id")):
            if value and boxes.search(value):
                return True
    return False

#: the second-level labels of a country's registry ("co.uk", "com.br", "org.au"): the site's name is the label before
_REGISTRY_LABELS = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "or", "ne", "go", "gob", "gouv", "nic"})


def site_key(url: str) -> str | None:
    """The site's name in an address: its host's label before the public suffix, "www." and subdomains dropped
    ("https://www.businessinsider.de/x" and "https://businessinsider.com/x" -> "businessinsider", "de.linkedin.com"
    -> "linkedin", "bbc.co.uk" -> "bbc"): one site in any country's domain (htmlmeta35). None without a host."""
    try:
        host = urlsplit(url.strip()).hostname if "//" in url else None
    except ValueError:  # a bracketed host that is no IP address ("http://[ccpa-preferences]")
        return None
    labels = [label for label in (host or "").split(".") if label]
    if len(labels) < 2:
        return None
    labels.pop()
    if len(labels) > 1 and labels[-1] in _REGISTRY_LABELS:
        labels.pop()
    return labels[-1]


def canonical_source(canonical: str | None, url: str | None) -> str | None:
    """The canonical address of a repost: a page whose ``<link rel=canonical>`` names another site's article (MSN's
    copy of a CNN story, a regional paper's copy of its group's story) gives it as its source; the page's own
    canonical (the same site in any country's domain, ``site_key``), a home page, and the same path on another host
    (the site under its new name, or its mirror) do not (htmlmeta35). None without the page's own address."""
    canonical, url = (canonical or "").strip(), (url or "").strip()
    if not canonical.startswith(("http://", "https://")) or not url.startswith(("http://", "https://")):
        return None
    own, theirs = site_key(url), site_key(canonical)
    if not own or not theirs or own == theirs:
        return None
    path, page_path = urlsplit(canonical).path, urlsplit(url).path  # (both have a host: ``site_key`` read them)
    if path.strip("/") in ("", "index.html", "index.php") or path.rstrip("/") == page_path.rstrip("/"):
        return None
    return canonical


def byline_marks(element) -> tuple[bool, bool, bool, bool] | None:
    """What the element's attributes say for the byline search: (itemprop="author", a link's rel="author",
    class="byline", a class naming the author: "author__name", "auteur"); None when nothing. A function of its class,
    itemprop and (a link's) rel only, so the DOM evidence's pass (readers/html.py) works it out once per set of
    values and hands the marked elements over (``_author_in_page``'s ``marked``)."""
    get = element.get
    class_ = get("class")
    marks = (get("itemprop") == "author", element.tag == "a" and get("rel") == "author",
             bool(class_ and "byline" in class_ and _BYLINE_CLASS(element)),
             bool(class_ and ("aut" in class_ or "Aut" in class_) and not _AUTHOR_CLASS_EXCEPT.search(class_)
                  and _author_class(class_.lower().split())))
    return marks if any(marks) else None


def _author_in_page(root, candidates: list | None = None, marked: list | None = None,
                    site: frozenset[str] = frozenset(), person: PersonTest | None = None,
                    byline: BylineName | None = None) -> str | None:
    """A byline from the page: itemprop="author" (its itemprop="name" first), rel="author", class="byline", a class
    naming the author ("author__name", "auteur"), in this order, each the first three in the page.
    ``candidates``: ``page_candidates(root)``, when the caller has them; ``marked``: (element, ``byline_marks``) of
    those with marks, in page order, when the caller has them (the DOM evidence's pass)."""
    if marked is None:
        if candidates is None:
            candidates = page_candidates(root)
        marked = [(element, marks) for element in candidates if (marks := byline_marks(element))]
    if not marked:
        return None
    authors, rels, bylines, named = [], [], [], []
    for element, (author, rel, byline_mark, named_class) in marked:
        # (itemprop="author" and rel="author" in a comment thread: a commenter's; htmlmeta35. Not every box of
        # ``other_content``: on the bench pages an article's own byline sits in a "teaser" or "sidebar" as often)
        if author and not _in_comments(element):
            authors.append(element)
        if rel and not _in_comments(element):
            rels.append(element)
        if byline_mark:
            bylines.append(element)
        if named_class and len(named) < 6 and not _in_other_content(element):
            named.append(element)  # class="author" / "author__name" / "auteur": the name in a byline (Readability)
    names = dict.fromkeys(name for author in authors for name in author.iterdescendants()
                          if name.get("itemprop") == "name")
    # the "author__name" inside an "author" box, rather than the box (which may hold a date: "Aleš Vávra před 2
    # hodinami")
    named = [element for element, after in zip(named, named[1:] + [None])
             if after is None or "name" not in after.get("class", "").lower() or element not in after.iterancestors()]
    for group in (list(names), authors, rels, bylines):
        for element in group[:3]:
            text = _clean(" ".join(element.itertext()), 120)
            # (the name in a longer byline, its label and its date around it: "// posted by Jane Doe @ 9:43 AM",
            # "Erstellt von Jane Doe"; ``byline``, authors11d)
            found = byline(text) if byline is not None and text else None
            if found:
                return found
            if text and len(text.split()) <= 6:
                return _BY.sub("", text).strip() or None
    # a class alone says less than markup made for it: the text must look like a name. A class token that only
    # holds an author word among its parts ("p1-author", "author-link": authors11c) says less again: after the
    # others, and its text must be a person's name of two words or more (``person``: not "Posted"; without it, none)
    exact = [element for element in named if _AUTHOR_CLASSES.intersection(element.get("class", "").lower().split())]
    for element in exact[:3]:
        text = _clean(" ".join(element.itertext()), 120)
        name = (byline(text) if byline is not None and text else None) or _name_like(text)
        if name:
            return name
    if person is None:
        return None
    # (review24: not the site's name, "Hildesheimer Presse"; and not an author card's name glued to the link after
    # it, "Rafał Jaśkowski Polityka": a card whose links say two things is another article's teaser)
    for element in [element for element in named if element not in exact][:3]:
        text = _clean(" ".join(element.itertext()), 120)
        name = (byline(text) if byline is not None and text else None) or _name_like(text)
        if name and (person(name) or AUTHOR_SEPARATOR in name) and not _is_site(name, site) \
                and _one_link_text(element, name):
            return name
    return None


def _one_link_text(element, name: str = "") -> bool:
    """At most one text among the element's links (a byline's name link, not a card's name and category links), or
    (``name``, a list of names) each link one of its names ("von <a>Jane Doe</a> und <a>John Roe</a>"; authors11d)."""
    texts = {text for link in element.iter("a") if (text := _clean(" ".join(link.itertext())))}
    return len(texts) <= 1 or AUTHOR_SEPARATOR in name and texts <= set(name.split(AUTHOR_SEPARATOR))


#: What parts a page's <title> from the site's name that ends it ("Hund vertreibt Einbrecher – Hildesheimer Presse")
_TITLE_PARTS = compile_pattern(r"\s+[-–—|]\s+")


def _site_names(tags: dict[str, str], title: str | None) -> frozenset[str]:
    """The names the page gives its site, folded: og:site_name, application-name and the last part of its <title>
    after a dash or a bar (review24; used only by the authors11c rules: the older ones keep their answers)."""
    names = {tags.get("og:site_name"), tags.get("application-name")}
    parts = _TITLE_PARTS.split(title) if title else []
    if len(parts) > 1:
        names.add(parts[-1])
    return frozenset(folded for name in names if name and (folded := " ".join(name.split()).casefold()))


_SQUEEZE = compile_pattern(r"[^\p{L}\p{N}]+")


def _squeezed(text: str) -> str:
    return _SQUEEZE.sub("", text).casefold()


def _site_forms(tags: dict[str, str], publisher: str | None, url: str | None) -> frozenset[str]:
    """The site's own names as the older author rules are checked against them (authors11d), squeezed (no spaces
    or signs, folded): og:site_name, application-name, the JSON-LD publisher's name, the page's host name ("stern.de"
    -> "sternde") and its longest label ("cooperativa"). The title's last part is not among them: on the bench pages
    four persons' names are the title's last part (review24)."""
    forms = {_squeezed(name) for name in (tags.get("og:site_name"), tags.get("application-name"), publisher) if name}
    try:
        host = (urlsplit(url).hostname or "") if url and "//" in url else ""
    except ValueError:  # a bracketed host that is no IP address
        host = ""
    host = host.removeprefix("www.")
    if host:
        forms.add(_squeezed(host))
        forms.add(_squeezed(max(host.split("."), key=len)))
    return frozenset(form for form in forms if len(form) >= 3)


def _site_account(name: str, forms: frozenset[str]) -> bool:
    """The site's own name given as the author ("AppleInsider", "Cooperativa.cl", "Campo Grande News" on their
    sites): its squeezed form is one of the site's (``_site_forms``). ``_chosen_author`` tries every other source
    first, and keeps such a name last only when it is shaped like a person's ("Wolfgang Michal" on
    wolfgangmichal.de: a writer's own site)."""
    return _squeezed(name) in forms


_JSON_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
#: a web address beside a name ("Frank Bueltge - http://bueltge.de", "Bradley M. Kuhn (http://ebb.org/bkuhn/)")
_ADDRESS = re.compile(r"\s*(?:[-–—|,]\s*)?\(?\s*(?:https?://|www\.)\S+?\s*\)?(?=\s|$)")
#: a relative time or a count after a card's separator ("James Akinaka • 8h")
_CARD_TAIL = re.compile(r"\s+[•·]\s+\S*\d\S*$")
_EDGES = " \t,;:|-–—•·'\"“”‘’«»"


def _author_text(text: str | None) -> str | None:
    """An author string as the markup gives it, made readable (authors11d): HTML entities and JSON escapes the page
    left in it decoded ("Redacci&oacute;n", "Luis \\u00c1vila"), a web address beside the name and a card's relative
    time cut, quotes and separators at its edges cut ("| Jane Doe", "'Jane Doe, John Roe'", "Jane Doe –",
    "Redaktion,"); None when nothing is left (an address alone)."""
    if not text:
        return None
    if "&" in text:
        text = html.unescape(text)
    if "\\u" in text:
        text = _JSON_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
    if "//" in text or "www." in text:
        text = _ADDRESS.sub("", text)
    text = _CARD_TAIL.sub("", " ".join(text.split())).strip(_EDGES)
    return text or None


def _is_site(name: str, site: frozenset[str]) -> bool:
    return " ".join(name.split()).casefold() in site


_LABEL = re.compile(r"^[^:]{1,30}:\s*(?=\S)")  # "Autor: ", "Text und Interview: "
_EMAIL = re.compile(r"[,;]?\s*\S+@\S+")
#: words a list of names may hold besides capitalised ones ("Kevin Johnson and Kevin McCoy", "Jean de La Fontaine")
_NAME_JOINERS = frozenset({"and", "et", "und", "y", "e", "i", "og", "och", "en", "&", "de", "del", "della", "der",
                           "den", "di", "da", "das", "dos", "du", "des", "la", "le", "van", "von", "ten", "ter", "bin",
                           "ibn", "al", "el"})


_NAME_WORD_CHARS = compile_pattern(r"[\p{L}\p{M}.'’,_-]+")  # ("Herr_Rein": a byline's account name stays)


def _name_like(text: str | None) -> str | None:
    """The text as an author's name (a leading label, "by" and an e-mail address cut), or None when it does not look
    like one: more than six words, a word without a capital or with a digit, a function word ("[ Archives ]",
    "Фото из Инстаграма...", "IT'S IN THE BLOOD", "The Russian and Syrian defense ministries")."""
    if not text:
        return None
    text = _BY.sub("", _LABEL.sub("", _EMAIL.sub("", text))).strip(" ,;|-–—")
    words = text.split()
    if not 1 <= len(words) <= 6:
        return None
    stop = function_words()
    for word in words:
        lower = word.casefold()
        if lower in _NAME_JOINERS:
            continue
        if not word[0].isupper() or any(char.isdigit() for char in word) or lower.strip(",.") in stop \
                or not _NAME_WORD_CHARS.fullmatch(word):
            return None  # (a sign inside: "Liberté!", a magazine's name after the author's; authors11c)
    return text


#: An account's user name, not a person's name: one token of lower-case letters, digits, "_", "." or "-"
_HANDLE = re.compile(r"^@?[a-z0-9_.-]{2,40}$")


def _meta_list(root, key: str, metas: list | None) -> str | None:
    """Every <meta> of ``key`` a page repeats once per author (a paper's ``citation_author``), the names joined
    (at most five; the same name once)."""
    names: dict[str, str] = {}
    for meta in metas if metas is not None else root.iter("meta"):
        if (meta.get("name") or meta.get("property") or "").strip().lower() == key:
            name = _clean(meta.get("content"), 120)
            if name:
                names.setdefault(name.casefold(), name)
    return AUTHOR_SEPARATOR.join(list(names.values())[:5]) if len(names) > 1 else None


#: the separators between a site's name and a name in one author string ("unocero - Jane Doe", "Jane Doe | Harbour")
_SITE_SEPARATOR = re.compile(r"\s+[-–—|/]\s*|\s*/\s+")


def _without_site(value: str, forms: frozenset[str], person: PersonTest | None) -> str:
    """The author string without the site's name that opens or ends it after a separator ("unocero - Alberto Ávila"
    -> "Alberto Ávila", "Jane Doe | Harbour Daily" -> "Jane Doe"; authors11d); the string as it is otherwise (the
    site's name alone is ``_chosen_author``'s to judge)."""
    parts = [part for part in _SITE_SEPARATOR.split(value) if part.strip()]
    if len(parts) < 2:
        return value
    for site, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        if _site_account(site, forms):
            name = " - ".join(rest)
            # (what is left must be a person's name: "L-MAG – Das Magazin für …" is the site and its tagline,
            # "IT Finanzmagazin /PP" the site and an editor's initials: the site's name, judged as such)
            return name if person is None or person(name) else site
    return value


def _chosen_author(sources: tuple, forms: frozenset[str], person: PersonTest | None) -> str | None:
    """The first source's author (a text, or a call giving one) once ``_author_text`` made it readable, that is not
    the site's own name (authors11d: "AppleInsider", "Cooperativa.cl", "STERN.de" from an author meta or JSON-LD
    while the page's byline names the writer). A site's name comes last: kept only when it is shaped like a
    person's name (a personal site: the site named after its writer) and nothing else named anyone; without
    ``person``, kept last whatever its shape."""
    demoted: list[str] = []
    for source in sources:
        value = _author_text(source() if callable(source) else source)
        if value:
            value = _without_site(value, forms, person)
        if not value:
            continue
        if _site_account(value, forms):
            demoted.append(value)
            continue
        return value
    return next((value for value in demoted if person is None or person(value)), None)


def markup_metadata(root, url: str | None = None, candidates: list | None = None,
                    marked: list | None = None, by_tag: dict[str, list] | None = None,
                    person: PersonTest | None = None, byline: BylineName | None = None) -> dict[str, str | None]:
    """Title, author, date, sitename, url, description and language from the page's markup (``candidates``,
    ``marked``: see ``_author_in_page``; ``by_tag``: ``elements_by_tag(root)``, when the caller has it; ``person``:
    the test of a person's name the authors11c rules need, a JSON-LD author given by ``@id`` and a class token that
    only holds an author word: without it, those two rules are off)."""
    if by_tag is None:
        by_tag = elements_by_tag(root, ("script", "link", "time", "title", "meta"))
    tags = _meta_tags(root, by_tag.get("meta"))
    title_element = by_tag["title"][0] if by_tag["title"] else None
    site = _site_names(tags, title_element.text if title_element is not None else None)
    ld = _json_ld(root, by_tag["script"], site, person)
    canonical = next((link.get("href") for link in by_tag["link"]
                      if "canonical" in (link.get("rel") or "").lower() and link.get("href")), None)
    key = next((key for key in _AUTHOR_KEYS if tags.get(key)), None)
    author = _clean(tags[key] if key else None, 200)
    if author and author.lower().startswith(("http://", "https://")):
        author = None
    if author and key in dom_data().author_meta_list_keys:
        author = _meta_list(root, key, by_tag.get("meta")) or author
    time_element = next((t for t in by_tag["time"] if t.get("datetime")), None)
    date = (_iso_date(tags.get("article:published_time")) or _iso_date(ld.get("date"))
            or _iso_date(tags.get("datepublished")) or _iso_date(tags.get("date")) or _iso_date(tags.get("dc.date"))
            or _iso_date(tags.get("pubdate")) or _iso_date(tags.get("og:published_time"))
            or _iso_date(time_element.get("datetime") if time_element is not None else None))
    language = (root.get("lang") or tags.get("og:locale") or tags.get("content-language") or "")[:2].lower() or None
    sitename = _clean(tags.get("og:site_name") or ld.get("sitename") or tags.get("application-name"), 200)
    return {
        "title": _clean(tags.get("og:title") or ld.get("title") or tags.get("twitter:title")
                        or (title_element.text if title_element is not None else None)),
        # a meta tag's user name ("devindra") after the JSON-LD's or the page's byline, which name the person
        # ("Devindra Hardawar"; authors11c)
        # (a JSON-LD author typed Person with a person's name first: the author meta then names the publisher as
        # often, "Condé Nast", "Prisma Média" on pages whose JSON-LD names the writer; authors11d)
        "author": _chosen_author((ld.get("person"), author if author and not _HANDLE.match(author) else None,
                                  lambda: _clean(ld.get("author"), 200),
                                  lambda: _author_in_page(root, candidates, marked, site, person, byline), author),
                                 _site_forms(tags, ld.get("publisher"), canonical or tags.get("og:url") or url),
                                 person),
        "date": date,
        "sitename": sitename,
        "url": canonical or tags.get("og:url") or url,
        # a repost's canonical on another site (result.build_result reads it after the text's credits; htmlmeta35)
        # (or the article the JSON-LD says it is based on, on another site than the page's)
        "canonical_source_url": canonical_source(canonical, url)
        or canonical_source(ld.get("based_on"), url or canonical or tags.get("og:url")),
        "description": _clean(tags.get("description") or tags.get("og:description") or ld.get("description"), 1000),
        "language": language if language and language.isalpha() else None,
    }
