"""author_bio: "About the Author" headings and the bio under them, resource boxes, "Author Bio: ...", "Written by X"."""

from __future__ import annotations

import regex

from ..patterncache import compile_pattern
from ..cues import normalize
from ..model import Block, Finding
from ..names import leading_name
from ..rules import BYLINE_BODY_LINE_WORDS
from .base import MD_LINK, BlockCues, Context, Detector, is_heading_like
from .bios import bio_reported, has_contact, verb_only
from .structure import bio_sentence, vocabulary

#: "About <name>" headings, in the languages of the cue files ("à propos de", "über"...): checked with the names.
#: "About This Site", "About Our Team": words that start a phrase, not a person's name.
_NOT_A_NAME = frozenset({"this", "the", "our", "my", "us", "me", "these", "that", "a", "an", "his", "her", "their",
                         "your", "ce", "cette", "notre", "nos", "unser", "unsere", "uns", "nuestro", "nosotros"})
ABOUT = ("about ", "à propos de ", "a propos de ", "über ", "sobre ", "acerca de ", "informazioni su ", "over ",
          "o autorze", "об авторе")


#: A "Written by <name>" whose sentence runs on this many words after the name, with no punctuation between, is prose
#: ("Written by Hale in a single afternoon in 1974, the song was later recorded by forty artists."), not a byline.
BYLINE_RUN_ON_WORDS = 10
_FIRST_CLAUSE_END = compile_pattern(r"[.!?;:|·•(\[]")


def runs_on(plain: str, name: str) -> bool:
    """The name of a byline lead is followed directly by a lower-case word and a long sentence: the lead was prose.
    (The name matcher may run over a sentence end, "Sarah Mitchell. Sarah Mitchell": its first sentence is the name.)"""
    name = regex.split(r"(?<=\p{L}{2})[.!?]\s", name, maxsplit=1)[0]
    at = plain.find(name)
    if at < 0:
        return False
    after = plain[at + len(name):]
    if not after[:1].isspace() or not after.strip()[:1].islower():
        return False  # "Written by Jane Doe, staff writer", "Written by Jane Doe." , "Written by Jane Doe | 3 May"
    sentence = _FIRST_CLAUSE_END.split(after, maxsplit=1)[0]
    return len(sentence.split()) >= BYLINE_RUN_ON_WORDS


_SENTENCE_END = compile_pattern(r"[.!?…。！？](?:\s|$)")


def body_after_byline(text: str) -> bool:
    """A later line of the block holds a sentence of ``BYLINE_BODY_LINE_WORDS`` words or more: the byline's line is
    glued to the body's ("Posted by Harry on November 14 …\n[Once More, With Freleng]\n… So here's a Friz tribute I
    wrote a long, long time ago …"), and the byline's finding would take the body with it."""
    if "\n" not in text.strip():
        return False
    for line in text.strip().split("\n")[1:]:
        line = MD_LINK.sub(r"\1", line)
        if len(line.split()) >= BYLINE_BODY_LINE_WORDS and _SENTENCE_END.search(line):
            return True
    return False


def bio_opening(block: Block) -> bool:
    """The block opens as a bio does, a writing verb aside: a name + a copula and a role, or a bio's shape."""
    vocab = vocabulary()
    found = bio_sentence(block, vocab)
    return found is not None and bool(found[0]) and found[1] not in vocab.bio_verbs


class AuthorBioDetector(Detector):
    kind = "author_bio"

    def detect(self, block: Block, hits: BlockCues, context: Context) -> Finding | None:
        heading = self.heading_finding(block, hits)
        if heading:
            return heading
        if hits.normalized.startswith(ABOUT) and is_heading_like(block) and len(block.plain.split()) <= 6:
            name = context.names.at_start(block.plain)  # "About Jane Doe" over a bio
            if name and len(name.split()) >= 2 and name.split()[0].casefold() not in _NOT_A_NAME \
                    and block.plain.rstrip(" :").endswith(name):
                return self.finding("about_name", f"about {{name}}: {name}", opens_section=True)
        first_line, _, rest = block.text.strip().partition("\n")
        if rest and len(first_line.split()) <= 6 and normalize(first_line).startswith(ABOUT):
            name = context.names.at_start(first_line)  # "About Jane Doe\nJane Doe has covered..." in one block
            if name and len(name.split()) >= 2 and name.split()[0].casefold() not in _NOT_A_NAME and name in rest:
                return self.finding("about_name", f"about {{name}}: {name}", len(hits.normalized), variant="in_block")
        length = len(hits.normalized)
        lead = hits.lead(self.kind)
        if lead is not None:
            if lead.cue.phrase.endswith(":"):  # a label: "Author Bio:", "Resource Box:"
                return self.finding("lead", lead.cue.label, length)
            name = context.names.at_start(block.plain)  # "Written by Jane Doe": only with a name after it...
            if name and not runs_on(block.plain, name) \
                    and not body_after_byline(block.text):  # ...that ends the byline, not a sentence running on
                return self.finding("byline", lead.cue.label, length)
        phrases = hits.phrases_of(self.kind)
        if not phrases:
            return None
        if bio_reported(hits.normalized):
            return None  # "Pierre Lemoine est journaliste indépendant …, disait la brochure": the article reports it
        # a bio phrase with no website, e-mail or contact word, and no bio's first sentence (a name + a role or a bio's
        # shape: "Maria Lindqvist has been gardening … for fifteen years"), says less (detectors/bios.py): a writing
        # verb alone is a reporter's beat ("Mary Jones writes about the town …"), a role stays under the middle's 0.9
        contact = has_contact(block, hits.normalized) or bio_opening(block)
        weak = not contact and all(verb_only(m.cue.phrase) for m in phrases)
        note = "" if contact else " · no website / e-mail / contact word"
        if context.names.find(block.plain) or leading_name(block.plain):
            # "Rosina S Khan has authored this article. For a wealth of free resources..."
            cue = self.phrase_finding(block, hits).cue + note
            return self.finding("named_phrase", cue, length, variant="" if contact else "verb" if weak else "bare")
        found = self.phrase_finding(block, hits)
        if found is None or contact:
            return found
        cap = self.finding("phrase", "", length, variant="verb" if weak else "bare").strength
        return self.finding("phrase", found.cue + note, strength=min(found.strength, cap))
