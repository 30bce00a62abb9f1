"""DOM evidence shared by the HTML reader and the Markdown reader: class / id tokens -> hints, and a box's bounds.

A page's element (readers/html.py) and a Markdown document's raw HTML block or Pandoc fenced div
(readers/md_boxes.py) name their box with the same class / id tokens; both readers turn them into the same hints
("author_bio:class=bio-box") through one ``DomVocabulary``, and keep a box only within the same bounds
(``box_bounds``: the most text a box of its kind holds, the least link share of a related list or a menu, and at
most ``MAX_HINT_SHARE`` of the document's text). Pure Python: the Markdown path does not import lxml.
"""

from __future__ import annotations

import re

import regex

from ..patterncache import compile_pattern
from ..dom_data import dom_data

STANDFIRST_KIND = "standfirst"  # the hint "kind" of a standfirst's class / id (not boilerplate: readers/standfirst.py)
STANDFIRST_TOKENS = dom_data().standfirst
CAPTION_KIND = "caption"  # the hint "kind" of a caption's class / id (not boilerplate: readers/captions.py)
CAPTION_TOKENS = dom_data().caption

MAX_HINT_SHARE = 0.4  # an element holding more than this share of the page's text is a layout wrapper, not a box
#: The most text a box of each kind holds; a bigger element with such a class wraps the article, it is not the box.
MAX_BOX_CHARS = {"author_bio": 3000, "affiliate": 1500, "call_to_action": 800, "related": 3000, "navigation": 3000}
#: Related widgets and menus are mostly links: below this share of link text an element is not one.
MIN_BOX_LINK_SHARE = {"related": 0.4, "navigation": 0.4}

_TOKEN_SPLIT = compile_pattern(r"[\s]+")
_PART_SPLIT = compile_pattern(r"[-_:]+")


def _token_parts(token: str) -> tuple[str, ...]:
    return tuple(part for part in _PART_SPLIT.split(token.lower()) if part)


def _carries_value(token: str, end: int) -> bool:
    """Whether a part of a class token after its known run (``end``: their index) starts with a capital letter: a
    value the page put into the class, a user's or a category's name ("serendipity_entry_author_Jane-Doe" on each
    entry of a blog's page, "tag-Travel"), which marks what the element is *about*, not which box it is. Class names
    are lower case by convention; an all-capitals token ("AUTHOR-BOX") is a name written in capitals, not a value."""
    if token.isupper() or token.islower():
        return False
    original = [part for part in _PART_SPLIT.split(token) if part]
    return any(part[:1].isupper() for part in original[end:])  # (a camelCase part, "portletBody", is a name)


def _at_boundary(token: str, at: int, size: int) -> bool:
    """Whether a run of two or more parts (``at``, ``size``: its first part's index and its length) stands as a whole
    sequence at one of its edges: it opens or ends the token, or a separator that marks a boundary sits there, one
    of two characters or more ("elementor-author-box__name", "nav--main") or another than the run's own
    ("zoom-social_icons-list"). A run inside one chain of the same separators on both sides is a phrase of the
    theme's name that only holds it: "serendipity_entry_author_unknown" (a blog engine writes each entry's author
    into the entry's class: the author's slug after "entry author", no author box), "td-post-author-name"."""
    parts = [part for part in _PART_SPLIT.split(token.strip("-_:")) if part]
    if size < 2 or at == 0 or at + size >= len(parts):
        return True
    separators = _PART_SPLIT.findall(token.strip("-_:"))
    if len(separators) != len(parts) - 1:
        return True  # (not the parts ``_token_parts`` read: the old match)
    inner = set(separators[at:at + size - 1])
    left, right = separators[at - 1], separators[at + size - 1]
    return any(len(edge) > 1 or edge not in inner for edge in (left, right))


_ANY_PART = re.compile(r"[^\s:_-]+")  # the parts of every token of a value at once (stdlib re: 3x faster here)
HINTS_CACHE_SIZE = 50_000
_UNSEEN_TOKEN = object()


class DomVocabulary:
    """The class / id tokens that name a box of each kind ("author-bio", "share-buttons", "related-posts"...): given
    by the caller (the pipeline takes them from detectors/dom.py), so the reader reports evidence and never decides
    what it means. A token matches when a run of a class's parts is a known token ("post-author-bio" holds
    "author-bio"; "canvas" does not hold "nav"), a run of two parts or more at a boundary (``_at_boundary``:
    "serendipity_entry_author_unknown" does not hold "entry-author")."""

    def __init__(self, tokens: dict[str, tuple[str, ...]]):
        #: token parts ("author", "bio") -> kind, for every DOM token of every kind
        parts: dict[tuple[str, ...], str] = {
            _token_parts(token): kind for kind, kind_tokens in tokens.items() for token in kind_tokens
            if ":" not in token
        }
        #: a standfirst's class / id ("article__intro", "chapo"): not boilerplate, but where text trafilatura dropped
        #: is looked for (readers/standfirst.py); a boilerplate kind wins a token both name
        #: a caption's class / id ("wp-caption-text", "image-caption"): the same, for readers/captions.py
        self.parts = {**{_token_parts(token): CAPTION_KIND for token in CAPTION_TOKENS},
                      **{_token_parts(token): STANDFIRST_KIND for token in STANDFIRST_TOKENS}, **parts}
        self.max_parts = max(len(key) for key in self.parts)
        self.part_set = frozenset(part for key in self.parts for part in key)
        #: hints per class / id value (a page has ~300 such attributes; a plain dict is the cheapest cache)
        self.cache: dict[tuple[str, str], tuple[str, ...]] = {}
        #: the kind of each token of those values (None: none), whatever attribute and value it came in
        self.token_kinds: dict[str, str | None] = {}
        #: what build_dom_index does with an element, per (class, id, itemprop, itemtype, a link's rel)
        self.plans: dict[tuple, tuple | None] = {}

    def class_hints(self, attr: str, value: str) -> tuple[str, ...]:
        """Hints of one class / id attribute value."""
        found = self.cache.get((attr, value))
        if found is None:
            if len(self.cache) >= HINTS_CACHE_SIZE:
                self.cache.clear()
            found = self.cache[(attr, value)] = self._compute(attr, value)
        return found

    def _compute(self, attr: str, value: str) -> tuple[str, ...]:
        if self.part_set.isdisjoint(_ANY_PART.findall(value.lower())):
            return ()  # most values: no part of any known token
        hints = []
        kinds = self.token_kinds
        for token in _TOKEN_SPLIT.split(value.strip()):
            kind = kinds.get(token, _UNSEEN_TOKEN)
            if kind is _UNSEEN_TOKEN:  # the same tokens come back in other values ("share-button is-small")
                if len(kinds) >= HINTS_CACHE_SIZE:
                    kinds.clear()
                kind = kinds[token] = self._token_kind(token)
            if kind is not None:
                hints.append(f"{kind}:{attr}={token}")
        return tuple(hints)

    def _token_kind(self, token: str) -> str | None:
        """The kind of the longest run of the token's parts that is a known token (the first such run), or None."""
        parts = _token_parts(token)
        if self.part_set.isdisjoint(parts):
            return None  # no part of a known token: no run of its parts is one (most tokens of a matching value)
        for size in range(min(len(parts), self.max_parts), 0, -1):
            at = next((i for i in range(len(parts) - size + 1) if parts[i:i + size] in self.parts
                       and _at_boundary(token, i, size)), None)
            if at is not None:
                if _carries_value(token, at + size):
                    return None
                return self.parts[parts[at:at + size]]
        return None


_VOCABULARIES: dict[tuple, DomVocabulary] = {}


def dom_vocabulary(tokens: dict[str, tuple[str, ...]] | None) -> DomVocabulary:
    """The vocabulary of these tokens, built once per distinct set (no tokens: standfirst boxes only). Their order
    counts: a token two kinds name is the later kind's."""
    key = tuple((kind, tuple(kind_tokens)) for kind, kind_tokens in (tokens or {}).items())
    vocabulary = _VOCABULARIES.get(key)
    if vocabulary is None:
        if len(_VOCABULARIES) >= 16:
            _VOCABULARIES.clear()
        vocabulary = _VOCABULARIES[key] = DomVocabulary(dict(key))
    return vocabulary


def box_bounds(hint: str) -> tuple[int, float]:
    """(the most characters, the least link share) of a box giving this hint ("related:class=yarpp")."""
    kind = hint.partition(":")[0]
    return MAX_BOX_CHARS.get(kind, 3000), MIN_BOX_LINK_SHARE.get(kind, 0.0)
