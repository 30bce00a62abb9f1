"""A plain-text paragraph's end cut off where a page glued its widget's label to the last sentence (tail36; probeJ's
J1-F6 and J1-F9): a read-more marker after the truncated sentence's ellipsis ("… Read more", "…続きを読む"), and a
run of category tags in capitals after a sentence's end and a wide space gap ("… of Monza.    MEDICINE, HEALTH
AND WELLBEING    SCIENCE"). The segmenter (blocks.py ``pieces``) cuts there; the piece is judged by
detectors/tail_zone.py (``related.bare_read_more``, ``navigation.tag_run``). Cheap: a paragraph's last 60
characters are looked at, and only when they hold an ellipsis or three spaces in a row."""

from __future__ import annotations

from functools import lru_cache

from .datafiles import read_json
from .patterncache import compile_pattern
from .scripts import fold_words

#: the edges a read-more label may carry ("Read more »", "[…] Continue reading →")
READ_MORE_EDGES = " \t»›>→.:…-–—*_[]()"
_ELLIPSIS = compile_pattern(r"(?:…|\.{3})\s*([^.…\n]{1,40})$")
#: category tags in capitals: items parted by commas or wide gaps ("MEDICINE, HEALTH AND WELLBEING    SCIENCE")
_TAG_ITEMS = r"\p{Lu}[\p{Lu}\p{M}'’&\-]*(?:(?:,\s*|\s+)\p{Lu}[\p{Lu}\p{M}'’&\-]*){1,12}"
_TAGS = compile_pattern(_TAG_ITEMS)
#: ...after a sentence's end and three blanks or more, to the paragraph's end
_TAG_RUN = compile_pattern(r"(?<=[.!?][\"'”»)]?)[ \t\u00a0]{3,}(" + _TAG_ITEMS + r")\s*$")
_TAIL_CHARS = 160


@lru_cache(maxsize=1)
def read_more_labels() -> frozenset[str]:
    """The read-more leads of every language (data/families.json ``related.read_more``), folded, edges dropped."""
    leads = read_json("families.json")["families"]["related.read_more"]["groups"]["lead"]
    return frozenset(w for words in leads.values() for w in (fold_words(x).strip(READ_MORE_EDGES) for x in words)
                     if w)


def read_more_label(text: str) -> bool:
    """Whether ``text`` is a read-more label and nothing else ("Leia mais", "…続きを読む", "Read more »")."""
    return len(text) <= 48 and fold_words(text).strip(READ_MORE_EDGES) in read_more_labels()


def tag_run(text: str) -> bool:
    """Whether ``text`` is a run of category tags in capitals (two words or more, no lower-case letter)."""
    return _TAGS.fullmatch(text.strip()) is not None


def end_cuts(text: str) -> list[int]:
    """The offset where the paragraph's end is cut off (a read-more marker after an ellipsis, a tag run after a
    sentence and a wide gap), or none."""
    tail = text[-_TAIL_CHARS:]
    base = len(text) - len(tail)
    if "…" in tail or "..." in tail:
        match = _ELLIPSIS.search(tail)
        if match is not None and read_more_label(match.group(1)):
            at = base + match.start()
            return [at] if text[:at].strip() else []
    if "\n" in tail:  # a comment system's lines glued under the last paragraph (comment37: Blogger's footer)
        from .commentlines import trailing_ui

        at = trailing_ui(text)
        if at is not None:
            return [at]
    if "   " in tail:
        match = _TAG_RUN.search(tail)
        if match is not None:
            at = base + match.start(1)
            return [at] if text[:at].strip() else []
    return []
