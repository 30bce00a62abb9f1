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

from ..patterncache import compile_pattern
from ..cues import CueMatch, normalize
from ..datafiles import read_json
from ..model import Block
from ..rules import PROSE_LEAD_MIN_WORDS
from .base import has_url, has_year

_LETTER_WORD = compile_pattern(r"[\p{L}\p{M}]+")
#: An imperative sentence ends with "." or "!"; a title ends with "?" or "…" as often as with nothing.
_SENTENCE_END = compile_pattern(r"(?<!\.\.)[.!]['\"”»)]?$")


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


# --- a source-credit lead that opens a sentence ("Originally published in 1962, the novel sold poorly …") ---------
@lru_cache(maxsize=1)
def _self_reference() -> tuple[str, ...]:
    data = read_json("prose_credits.json")["self_reference"]
    return tuple(sorted({normalize(p) for phrases in data.values() for p in phrases}, key=lambda p: (-len(p), p)))


#: A sentence end, a question mark too (a credit line rarely asks).
_PROSE_END = compile_pattern(r"[.!?]['\"”»)]?$")


def is_prose_credit(block: Block, lead: CueMatch) -> bool:
    """A source-credit lead cue (no colon) that opens the article's own sentence: the words between the cue and the
    first comma say only *when* (a year, at most six words: "in 1962", "en mars 1962", "in 1962 by Knopf"), and
    after the comma a main clause goes on (a lower-case word first, at least ``rules.PROSE_LEAD_MIN_WORDS`` words, a
    sentence end) that is not about this very text ("…, this article has been updated": ``data/prose_credits.json``).
    A credit names where the text appeared ("Originally published on Live Science.", "… in Studio Sound magazine,
    June 1975"); no link or address in the block (a lead with one is a credit line)."""
    if lead.cue.phrase.endswith(":") or has_url(block):
        return False
    return prose_after_lead(block.plain, len(lead.cue.phrase.split()))


def prose_after_lead(plain: str, lead_words: int) -> bool:
    """The shape of ``is_prose_credit`` once its lead is known: ``plain``'s first ``lead_words`` words are the lead
    (a cue, or a family's lead group: detectors/families.py), up to the first comma at most six words with a year,
    then a lower-case main clause of at least ``rules.PROSE_LEAD_MIN_WORDS`` words with a sentence end, not about
    this very text."""
    plain = " ".join(plain.split())
    head, comma, tail = plain.partition(",")
    if not comma or not _PROSE_END.search(tail.strip()):
        return False
    words = _LETTER_WORD.findall(tail)
    if len(words) < PROSE_LEAD_MIN_WORDS or not words[0][0].islower() or not tail.strip()[:1].isalpha():
        return False
    when = head.split()[lead_words:]
    if not when or len(when) > 6 or not has_year(" ".join(when)):
        return False
    return not normalize(tail).startswith(_self_reference())
