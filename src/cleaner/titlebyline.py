"""A short "by <Name>" line under the title or between two copies of it, in any document language (meta36, issue
11): "by Marcin" between a Polish post's title and the title printed again. The by-word is a template's, not the
text's language (an English "by" over a Polish post), so the line is read with every language's by-words
(``data/post_meta.json`` ``by_words``) and, unlike textmeta's bylines, a single given name is enough there: the place
(the line right under the document's first line, or between two copies of one title) is the evidence. The name's
words are capitalised, hold no digit, and none is written in lower case elsewhere in the document ("by Night" under
"Paris" is a subtitle). Sizes in ``rules.POST_META``."""

from __future__ import annotations

from .metashape import fold
from .model import Block
from .patterncache import compile_pattern
from .postmeta import by_words
from .rules import POST_META
from .textbylines import document_lower_words

#: A capitalised word of a name (any cased script), two letters or more.
_NAME_WORD = compile_pattern(r"^\p{Lu}[\p{L}\p{M}'’\-]+$")


def title_by_byline(blocks: list[Block]) -> str | None:
    """The name of a "by <Name>" line right under the document's first line or between two copies of one line, in
    the first ``POST_META.byline_zone_blocks`` blocks with words; None else."""
    head = [block.plain.strip() for block in blocks[:2 * POST_META.byline_zone_blocks] if block.plain.strip()]
    head = head[:POST_META.byline_zone_blocks]
    by = by_words()
    for k in range(1, len(head)):
        line = head[k]
        if "\n" in line or len(line) > POST_META.byline_max_chars:
            continue
        raw = line.split()
        name = None
        for words in by:
            if len(raw) > len(words) and tuple(fold(w) for w in raw[:len(words)]) == words:
                name = raw[len(words):]
                break
        if not name or len(name) > POST_META.name_max_words or not all(_NAME_WORD.match(w) for w in name):
            continue
        title = head[k - 1]
        if k != 1 and not (k + 1 < len(head) and head[k + 1] == title):
            continue  # neither under the document's first line nor between two copies of one line
        if "\n" in title or title == line:
            continue
        lower = document_lower_words(blocks)
        if any(w.casefold() in lower for w in name):
            continue
        return " ".join(name)
    return None
