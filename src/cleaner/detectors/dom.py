"""DOM evidence as a detector: a block the HTML reader found inside a box whose class / id / itemprop / rel names a
kind ("author_bio:class=bio-box", "related:id=related-posts", "author_bio:rel=author") gets a ``<kind>.dom`` finding.

The reader (readers/html.py) only reports where a block sat (``Block.dom_hints``), matched against the vocabulary
given here (``DOM_TOKENS``, one list per kind, from ``data/dom.json``: docs/html.md, "DOM vocabulary"); what the
evidence is worth is said here, and the decision weighs it with position and neighbours like every other finding.
"""

from __future__ import annotations

from ..dom_data import FORM_HINT, dom_data
from ..model import Block, Finding
from ..rules import RULES

#: DOM tokens per kind (``data/dom.json``: "boxes"), in the file's order: a token two kinds name is the later kind's.
DOM_TOKENS: dict[str, tuple[str, ...]] = dom_data().boxes

#: A block inside a box (class / id): ``rules.RULES["<kind>.dom"]`` by its length (0.9 up to 1,500 characters, 0.5
#: beyond), the same for a page's element and a Markdown document's raw HTML block or fenced div.
#: rel="author" / itemprop="author" mark a byline or a name, not whole paragraphs: this strength up to
#: ``MARK_MAX_CHARS``, nothing beyond.
MARK_STRENGTH = 0.8
MARK_MAX_CHARS = 150


def dom_finding(block: Block, hint: str) -> Finding | None:
    """The finding one piece of DOM evidence ("kind:evidence") gives on a block, or None."""
    kind, _, evidence = hint.partition(":")
    if evidence.startswith(("class=", "id=")):
        strength = RULES[f"{kind}.dom"].at(len(block.plain))
    else:
        strength = MARK_STRENGTH if len(block.plain) <= MARK_MAX_CHARS else 0.0
    return Finding(kind, f"{kind}.dom", evidence, strength) if strength else None


#: The kind the sign-up form hint (``FORM_HINT``, dom_data.py; given by readers/forms.py) is evidence of:
#: a newsletter, comment or login prompt in any language ("Suscríbete a nuestro boletín...").
FORM_KIND = "call_to_action"


def form_finding(block: Block, found: list[Finding]) -> Finding | None:
    """The sign-up box evidence of a block (``call_to_action.dom_form``), unless a finding of its kind is at least
    as strong already. A long block in such a box gets none (``RULES``: nothing past ``short_max``)."""
    if FORM_HINT not in block.dom_hints:
        return None
    rule = f"{FORM_KIND}.dom_form"
    value = RULES[rule].at(len(block.plain))
    if not value or any(f.kind == FORM_KIND and f.strength >= value for f in found):
        return None
    return Finding(FORM_KIND, rule, "in a small box around a form asking for an e-mail address", value,
                   match=RULES[rule].match)


def dom_findings(blocks: list[Block], findings: list[list[Finding]], kinds, *,
                 weaker_too: bool = False) -> list[list[Finding]]:
    """Add the DOM evidence of each block to its text findings (strongest first); a kind a text rule already found
    on the block is not added twice. ``weaker_too`` (Markdown's boxes, readers/md_boxes.py): it is added when the text
    rules found that kind only more weakly (a share item whose phrase scores 0.41 in a ``sharedaddy`` box). The HTML
    path keeps the first reading: changing it changes the HTML dump (docs/benchmarks.md, mddom11)."""
    result = []
    for block, found in zip(blocks, findings):
        extra = []
        form = form_finding(block, found) if FORM_KIND in kinds else None
        if form is not None:
            found = [f for f in found if f.kind != FORM_KIND]  # the form's evidence is the stronger
            extra.append(form)
        for hint in block.dom_hints:
            kind = hint.partition(":")[0]
            if kind not in kinds or any(f.kind == kind for f in extra):
                continue
            same = [f.strength for f in found if f.kind == kind]
            if same and not weaker_too:
                continue
            finding = dom_finding(block, hint)
            if finding is not None and (not same or finding.strength > max(same)):
                extra.append(finding)
        result.append(sorted(found + extra, key=lambda f: -f.strength) if extra else found)
    return result
