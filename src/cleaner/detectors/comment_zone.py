"""The comment zone at a page's end (comment37; issue 11, famK's family C: 37 strings on 13 sites of probeK's half A,
4 languages, and 3 sites of probeJ's; plain text and Markdown).

Under the article a page prints its comment system: a count ("(0) comments"), a form ("Leave a Reply" / "Your
email address will not be published." / "Name Email Website" / "Cancel reply"), a platform's account prompt ("You
are commenting using your Google account. Log Out / Change )", "Connecting to %s"), a house policy of short rules, a
noscript sentence ("Please enable JavaScript to view the comments powered by Disqus."), Medium's "No responses
yet", Blogger's glued buttons ("ResponderEliminar"). Most of it is a platform's template text, the same words on
every site of the platform, in its UI languages: vocabulary (``data/comment_ui.json``, with its sources). The rest
is known by its place:

- ``call_to_action.comment_ui``: a block made only of such lines (every line of it one: the BLOX policy's seven
  rules are one unit of 506 characters that counts as prose), after the article's last paragraph of prose found
  without them (detectors/tail_zone.py's ``last_prose`` once they are found): a line quoted in the article's text,
  with prose after it, stays;
- ``call_to_action.comment_zone``: after the zone's first removal (a comment-UI block, or a call to action at
  least ``COMMENT_ZONE.anchor`` strong that names a comment or a reply: "Leave a Reply", "Post a comment", "Comments
  are closed."), the run of kept blocks to the document's end when none of them holds a sentence of
  ``COMMENT_ZONE.sentence_words`` words or more, nor a table or code, and each is at most
  ``COMMENT_ZONE.block_max_chars`` long: all of them or none (famK measured this guarded run: 12 strings, no kept
  string lost on probeK A and probeJ A). A reader's comment, a reader's letter, the article's last paragraph after
  a removed prompt hold a sentence, and leave the run whole.

Plain text glues a Blogger post's footer to its last paragraph ("… fogones!\\nNo hay comentarios:\\nPublicar un
comentario"): ``trailing_ui`` names the paragraph's last lines that are comment-UI lines, which tailcuts.end_cuts
cuts off (at most ``COMMENT_ZONE.cut_max_lines``, each of at least ``cut_min_chars`` normalised characters: a bare
"Reply" stays glued).

Cost: a block's lines are normalised and looked up only in the end zone (a set, and ``str.startswith`` on the
leads' tuple); a paragraph's end, only when its last line is short."""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

from ..commentlines import MARKDOWN, ui_line
from ..datafiles import read_json
from ..model import Block, Finding
from ..patterncache import compile_pattern
from ..rules import COMMENT_RULES, COMMENT_ZONE
from ..scripts import fold_words, word_count
from .base import reaches, rule_finding, with_finding

_DIGIT = compile_pattern(r"\p{N}")
_SENTENCES = compile_pattern(r"(?<=[.!?。！？؟।])\s+|[。！？]")


@lru_cache(maxsize=1)
def _comment_words() -> tuple[str, ...]:
    """The comment / reply words of every language (data/families.json, the login prompt's ``comment`` group:
    the same words the prompts know), folded, a trailing "*" dropped (a stem)."""
    groups = read_json("families.json")["families"]["call_to_action.login_prompt"]["groups"]["comment"]
    return tuple(sorted({fold_words(w.rstrip("*")) for words in groups.values() for w in words}))


def _names_comment(text: str) -> bool:
    folded = fold_words(text)
    return any(word in folded for word in _comment_words())


def ui_block(block: Block) -> bool:
    """A block made only of comment-UI lines (blank lines aside)."""
    if block.type not in ("paragraph", "heading", "quote", "list_item"):
        return False
    rows = [row for row in block.text.split("\n") if row.strip()]  # (a hard-wrapped text joins its lines in plain)
    return bool(rows) and all(ui_line(row) for row in rows)


def count_line(text: str) -> bool:
    """A comment count alone on its line: a number and a comment word, at most ``count_max_chars`` long."""
    text = text.strip()
    return 0 < len(text) <= COMMENT_ZONE.count_max_chars and "\n" not in text and _DIGIT.search(text) is not None \
        and _names_comment(text)


def has_sentence(text: str) -> bool:
    """A sentence of ``sentence_words`` words or more in ``text`` (addresses and markup dropped): a reader's words
    (the zone's run stops at it; decision's ``_thread_entry`` keeps it next to a comment-UI removal)."""
    plain = MARKDOWN.sub(lambda m: m.group(1) or " ", text)
    return any(word_count(part) >= COMMENT_ZONE.sentence_words
               for row in plain.split("\n") for part in _SENTENCES.split(row))


def _anchor(found: list[Finding]) -> bool:
    return any(f.rule in COMMENT_RULES and f.strength >= COMMENT_ZONE.anchor for f in found)


def comment_zone_findings(blocks: list[Block], findings: list[list[Finding]], kinds: Collection[str],
                          last_prose: Callable[[list[list[Finding]]], int | None],
                          edge: float) -> tuple[list[list[Finding]], int | None]:
    """``findings`` with the comment zone's (see the module), and the article's last paragraph of prose by them.
    ``last_prose(findings)``: that paragraph by some findings (tail_zone.py's); ``edge``: a block found at least this
    strong is a removal the run passes over."""
    if "call_to_action" not in kinds or not blocks:
        return findings, last_prose(findings)
    out = list(findings)

    def mark(k: int) -> None:
        out[k] = with_finding(out[k], rule_finding("call_to_action", "call_to_action.comment_ui",
                                                   "a comment system's template line", len(blocks[k].plain)))

    end = last_prose(out)
    while end is not None and ui_block(blocks[end]):  # a policy block of short rules counts as prose: found, the
        mark(end)  # article's last prose is the one before it (a line the article quotes has prose after it)
        end = last_prose(out)
    start = 0 if end is None else end + 1
    for k in range(start, len(blocks)):
        if not reaches(out[k], COMMENT_ZONE.anchor) and ui_block(blocks[k]):
            mark(k)
    anchor = None
    for k in range(start, len(blocks)):
        found = out[k]
        if _anchor(found) or (any(f.kind == "call_to_action" and f.strength >= COMMENT_ZONE.anchor for f in found)
                              and _names_comment(blocks[k].plain)):
            anchor = k
            break
    if anchor is None:
        return out, end
    taken = []
    before = anchor - 1
    while before >= start and (not blocks[before].plain.strip() or blocks[before].type == "rule"):
        before -= 1
    if before >= start and not reaches(out[before], edge) and count_line(blocks[before].plain):
        taken.append(before)  # the zone's count over it ("(0) comments", "0 تعليق")
    for k in range(anchor + 1, len(blocks)):
        block = blocks[k]
        if reaches(out[k], edge) or not block.plain.strip() or block.type == "rule":
            continue
        if block.type in ("table", "code") or len(block.plain) > COMMENT_ZONE.block_max_chars \
                or has_sentence(block.plain):
            return out, end
        taken.append(k)
    for k in taken:
        out[k] = with_finding(out[k], rule_finding("call_to_action", "call_to_action.comment_zone",
                                                   "a short line in the comment zone at the end", len(blocks[k].plain)))
    return out, end  # (the run's findings are after the article's last prose: it stays where it is)
