"""Sign-up boxes: the small box around a ``<form>`` that asks for an e-mail address (a newsletter, a comment or a
login form), whatever language its text is in.

The reader only reports the fact ("form:e-mail input", ``FORM_HINT``) on the box's text, like a class / id hint;
detectors/dom.py says what it is worth. The box is the form's largest ancestor whose visible text stays short
(``BOX_MAX_CHARS``), never the page, ``<main>`` or ``<article>``: a form at the foot of a long article marks only
its own prompt. A form inside a figure, a table, a quotation or a code block is the article's own (a
tutorial's demo form) and gives no evidence.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..dom_data import FORM_HINT

#: The most text a sign-up box holds (its prompt, its labels, its button).
BOX_MAX_CHARS = 500
#: At most this many forms are looked at on one page (a hostile page with 10,000 forms gives no more evidence).
MAX_FORMS = 20
_STOP_TAGS = frozenset({"html", "body", "main", "article", "form"})
#: A form inside one of these is the article's own (a tutorial's demo form in a figure, an example in a table).
_CONTENT_TAGS = frozenset({"figure", "table", "pre", "blockquote"})
_EMAIL_INPUTS = etree.XPath(
    "descendant::input[translate(@type, 'EMAIL', 'email') = 'email' or contains(translate(@name, 'EMAIL', 'email'),"
    " 'email') or contains(translate(@autocomplete, 'EMAIL', 'email'), 'email')]")
_TEXT_OF = etree.XPath("normalize-space(.)")


def form_boxes(root, key: Callable[[str], str], forms: list | None = None) -> list[tuple[str, tuple[str, ...]]]:
    """(the box's text as ``key`` makes it, (``FORM_HINT``,)) for each form with an e-mail input: readers/html.py
    adds them to its ``DomIndex``, so a block takes the hint the way it takes a class / id box's. ``forms``: the
    page's ``<form>`` elements in page order, when the caller has them."""
    boxes: list[tuple[str, tuple[str, ...]]] = []
    for seen, form in enumerate(root.iter("form") if forms is None else forms):
        if seen >= MAX_FORMS:
            break
        if not _EMAIL_INPUTS(form) or any(isinstance(a.tag, str) and a.tag.lower() in _CONTENT_TAGS
                                          for a in form.iterancestors()):
            continue
        text = _TEXT_OF(form)
        parent = form.getparent()
        while parent is not None and isinstance(parent.tag, str) and parent.tag.lower() not in _STOP_TAGS:
            parent_text = _TEXT_OF(parent)
            if len(parent_text) > BOX_MAX_CHARS:
                break
            text = parent_text
            parent = parent.getparent()
        if text and len(text) <= BOX_MAX_CHARS:
            boxes.append((key(text), (FORM_HINT,)))
    return boxes
