"""A lead cue that opens a sentence of the article, not a lead line.

"Lesen Sie auch:", "Lesen Sie auch: Warum Ibuprofen nicht jedem hilft", "Read also: <a link>" are lead lines: the cue
is followed by a colon, a title, a link or link items. "Lesen Sie auch die Packungsbeilage und fragen Sie Ihren Arzt."
is the same words opening a sentence: the verb of the cue takes an ordinary object; "Weiterlesen lohnt sich trotzdem,
denn ..." goes on from a read-more cue. Which cues can open such a
sentence is data (``data/prose_leads.json``); the shape is tested here:

- no colon, dash, bar, quote or bracket after the cue: a letter follows it (a space between);
- the word after the cue starts with a lower-case letter (an article, a pronoun, a common noun: not a title's
  capital; only scripts with letter case), and at least ``rules.PROSE_LEAD_MIN_WORDS`` words follow the cue ("Continue
  reading on our website." is a read-more line);
- the block ends as an imperative sentence does (".", "!"), not with a colon ("Lesen Sie dazu auch die
  Pressemitteilungen:" opens a list), a question mark or an ellipsis (a title, a teaser: "Lesen Sie auch, warum …?");
- no link and no address in the block.

Such a block gets the weak ``<kind>.lead/prose`` strength of ``rules.RULES``: it is kept unless something else says
boilerplate (a run of removals at the end takes it).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..cues import CueMatch, normalize
from ..datafiles import read_json
from ..model import Block
from ..rules import PROSE_LEAD_MIN_WORDS
from .base import has_url

_LETTER_WORD = regex.compile(r"[\p{L}\p{M}]+")
#: An imperative sentence ends with "." or "!"; a title ends with "?" or "…" as often as with nothing.
_SENTENCE_END = regex.compile(r"(?<!\.\.)[.!]['\"”»)]?$")


@lru_cache(maxsize=1)
def _prose_leads() -> dict[str, frozenset[str]]:
    """kind -> the normalised cue phrases (no trailing colon) that may open a prose sentence."""
    data = read_json("prose_leads.json")
    return {kind: frozenset(normalize(phrase).rstrip(":").rstrip() for phrases in languages.values()
                            for phrase in phrases)
            for kind, languages in data.items() if not kind.startswith("_")}


def is_prose_lead(block: Block, normalized: str, lead: CueMatch) -> bool:
    """Whether the block that ``lead`` starts reads as a sentence of the article (see the module's docstring)."""
    phrases = _prose_leads().get(lead.cue.kind)
    if not phrases or lead.cue.phrase.rstrip(":").rstrip() not in phrases or lead.cue.phrase.endswith(":"):
        return False
    rest = normalized[lead.end:lead.end + 2]
    if len(rest) < 2 or rest[0] != " " or not rest[1].isalpha():
        return False
    plain = block.plain.strip()
    if not _SENTENCE_END.search(plain) or has_url(block):
        return False
    cue_words = len(_LETTER_WORD.findall(normalized, 0, lead.end))
    words = _LETTER_WORD.findall(plain)
    if len(words) < cue_words + PROSE_LEAD_MIN_WORDS or len(words) != len(_LETTER_WORD.findall(normalized)):
        return False  # the words do not line up (a marker, a folded letter): not sure, a lead as before
    return words[cue_words][0].islower()
