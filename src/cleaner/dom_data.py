"""The DOM vocabulary (``data/dom.json``, documented in docs/html.md, "DOM vocabulary"), read once.

Class / id tokens and parts the HTML reader matches: each kind's box tokens (handed to the reader by
detectors/dom.py), a standfirst's tokens and the boxes a standfirst is never in (readers/standfirst.py), a caption's
tokens (readers/captions.py), the classes of a byline's name (readers/html_meta.py), the tokens of an article's body
(readers/md_boxes.py). Vocabulary lives in the data file; what it means stays in the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .datafiles import read_json


#: The hint the reader gives a block inside a small box around a form asking for an e-mail address
#: (readers/forms.py); detectors/dom.py maps it to its kind. Here, below both, so both use the one spelling.
FORM_HINT = "form:e-mail input"


@dataclass(frozen=True)
class DomData:
    #: kind -> its box tokens, in the file's order (a token two kinds name is the later kind's)
    boxes: dict[str, tuple[str, ...]]
    standfirst: tuple[str, ...]
    #: class / id tokens of a figure's caption, the parts of the boxes around a caption that stay article, the words a
    #: photo credit opens with (readers/captions.py)
    caption: tuple[str, ...]
    caption_boxes: frozenset[str]
    caption_credit: tuple[str, ...]
    caption_credit_boxes: frozenset[str]
    not_article: frozenset[str]
    not_article_joined: re.Pattern
    author_classes: frozenset[str]
    author_class_except: re.Pattern
    #: the <meta> keys of the article's author, in order of preference (readers/html_meta.py)
    author_meta_keys: tuple[str, ...]
    #: the <meta> keys a page repeats once per author (every one read), and the JSON-LD @types of an organisation
    author_meta_list_keys: frozenset[str]
    organisation_types: frozenset[str]
    #: an author word as a class token's last part, or as its first part before one of ``author_class_after``
    author_class_parts: frozenset[str]
    author_class_after: frozenset[str]
    other_content: re.Pattern
    comment_boxes: re.Pattern
    #: class / id tokens of the element holding the article's body (readers/md_boxes.py: the body, never a box)
    article_body: frozenset[str]


def _any_of(patterns: list[str]) -> re.Pattern:
    return re.compile("|".join(patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def dom_data() -> DomData:
    """The vocabulary of ``data/dom.json`` (read on the first call, then cached)."""
    data = read_json("dom.json")
    return DomData(
        boxes={kind: tuple(tokens) for kind, tokens in data["boxes"].items()},
        standfirst=tuple(data["standfirst"]),
        caption=tuple(data["caption"]),
        caption_boxes=frozenset(data["caption_boxes"]),
        caption_credit=tuple(data["caption_credit"]),
        caption_credit_boxes=frozenset(data["caption_credit_boxes"]),
        not_article=frozenset(data["not_article"]),
        not_article_joined=_any_of(data["not_article_joined"]),
        author_classes=frozenset(data["author_classes"]),
        author_class_except=_any_of(data["author_class_except"]),
        author_meta_keys=tuple(data["author_meta_keys"]),
        author_meta_list_keys=frozenset(data["author_meta_list_keys"]),
        organisation_types=frozenset(data["organisation_types"]),
        author_class_parts=frozenset(data["author_class_parts"]),
        author_class_after=frozenset(data["author_class_after"]),
        other_content=_any_of(data["other_content"]),
        comment_boxes=_any_of(data["comment_boxes"]),
        article_body=frozenset(data["article_body"]),
    )
