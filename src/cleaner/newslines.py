"""The lines a news page's text sets inside the article, by their shape (news34; issue 11).

Scraped news comes as plain text, one paragraph a line, with the page's inserts left between the paragraphs:

- a **teaser** for another story: a related label, a separator (or brackets) and a headline ("ALSO READ | Council
  approves budget", "RELATED: …", "[Watch] …", "Baca juga: …", "Lire aussi Covid-19 : visualisez …"). The label is
  one of the read-more leads of ``families.json`` (``related.read_more``) or of ``data/news_lines.json``; the rest is
  a headline: a few words, its first word not in lower case, no full stop at its end. A label needs a separator but
  the ``bare_labels`` news sites set without one, and then the headline is at least ``NEWS_LINES.bare_min_words``
  long ("Read More Quickly and Effectively", a title, and "See also X on the Y page" stay). "Related: the council
  also voted …", "Read more about it in the report." are prose; the document's first line is its title ("Watch:
  Steve Case discusses …" over a video page: detectors/newslines.py);
- an **ad slot's label**: the line is only an ad label and the words around it ("Advertisement", "ADVERTISEMENT",
  "Story continues below advertisement", "La suite après cette publicité"); "The Advertisement" (a title) is none;
- a **wire's credit** in parentheses: every segment between ";" opens with a credit label and names people ("(Reporting
  by Jane Doe in London; Editing by John Roe)", "(Reportagem de Ana Souza; Edição de …)"), alone on its line or
  closing the article's last line.

``news_line`` names such a line; the segmenter cuts a plain-text paragraph around it (blocks.py) and
detectors/newslines.py gives the block its finding. Numbers in ``rules.NEWS_LINES``, vocabulary in
``data/news_lines.json``.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .datafiles import read_json
from .rules import NEWS_LINES
from .scripts import nfkc

#: The separators between a teaser's label and its headline.
_SEPARATORS = frozenset("|:–—-»>•·/")
#: The markers a line may open with before its label ("► ", "■ ", "» ", "* ").
_OPENERS = "►▶■●•»*#>-–— \t"
_WORD = compile_pattern(r"[^\s|:–—»>•·/\[\]()]+")
_BRACKETED = compile_pattern(r"^[\[(【]([^\])】]{1,40})[\])】]\s*")
_CREDIT = compile_pattern(r"\(([^()]{4,240})\)\s*\.?\s*$")
_LETTERS = compile_pattern(r"[\p{L}\p{M}']+")


def fold(text: str) -> str:
    """Case-folded (NFKC), "’" as "'", blanks collapsed."""
    return " ".join(nfkc(text).casefold().replace("’", "'").split())


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                           tuple[str, ...], frozenset[str]]:
    """(teaser labels, their first words, ad labels, ad continuation words, ad filler words, credit labels longest
    first, credit joiners), folded."""
    data = read_json("news_lines.json")
    leads = read_json("families.json")["families"]["related.read_more"]["groups"]["lead"]
    labels = {fold(t.rstrip("*").rstrip(":").strip()) for words in leads.values() for t in words}
    labels |= {fold(t) for words in data["teaser_labels"].values() for t in words}
    labels.discard("")
    firsts = frozenset(label.split()[0] for label in labels)
    credits = sorted({fold(t) for words in data["credit_labels"].values() for t in words}, key=lambda t: (-len(t), t))
    return (frozenset(labels), firsts, frozenset(fold(t) for t in data["ad_labels"]),
            frozenset(fold(t) for t in data["ad_continuations"]), frozenset(fold(t) for t in data["ad_fillers"]),
            tuple(credits), frozenset(fold(t) for t in data["credit_joiners"]))


@lru_cache(maxsize=1)
def _bare_labels() -> frozenset[str]:
    """The teaser labels news sites set without a separator ("Lire aussi Covid-19 : …"), folded."""
    return frozenset(fold(t) for t in read_json("news_lines.json")["bare_labels"])


def _headline(rest: str, separated: bool) -> bool:
    """Whether ``rest``, the words after a teaser's label, read as a headline."""
    words = rest.split()
    least = NEWS_LINES.teaser_min_words if separated else NEWS_LINES.bare_min_words
    if not least <= len(words) <= NEWS_LINES.teaser_max_words:
        return False
    first = words[0].lstrip("\"'“‘«„(")
    if first[:1].isalpha() and first == first.lower() and first != first.upper():
        return False  # a sentence goes on in lower case ("Related: the council also voted …")
    end = rest.rstrip("\"'”’»)")
    return not (end.endswith(".") and not end.endswith(".."))  # a full stop ends a sentence, not a headline


def teaser_line(line: str) -> str | None:
    """The label of a teaser line (a related label, a separator, a headline), or None."""
    text = line.strip()
    if not text or len(text) > NEWS_LINES.line_max_chars:
        return None
    labels, firsts, *_ = _vocabulary()
    text = text.lstrip(_OPENERS)
    bracketed = _BRACKETED.match(text)
    if bracketed is not None:
        label = fold(bracketed.group(1)).rstrip(":| ")
        if label in labels:
            return label if _headline(text[bracketed.end():].lstrip(" :|-–—»>"), True) else None
        return None
    first = _WORD.match(text)
    if first is None:
        return None
    word = first.group()
    if (word.lower() if word.isascii() else fold(word)) not in firsts:
        return None  # (most lines: the first word opens no label)
    words = list(_WORD.finditer(text, 0, min(len(text), 80)))
    for count in range(min(NEWS_LINES.label_max_words, len(words)), 0, -1):
        label = fold(text[:words[count - 1].end()])
        if label not in labels:
            continue
        after = text[words[count - 1].end():]
        stripped = after.lstrip()
        separated = stripped[:1] in _SEPARATORS
        if not separated and label not in _bare_labels():
            return None  # "Watch Dogs is a game", "See also X on the Y page": a label needs a separator
        rest = stripped.lstrip("".join(_SEPARATORS) + " ") if separated else stripped
        return label if _headline(rest, separated) else None
    return None


@lru_cache(maxsize=1)
def _ad_probe() -> regex.Pattern:
    """Any ad label, case-insensitive, in the text as written: a line without one is no ad marker (the gate)."""
    ads = _vocabulary()[2]
    return compile_pattern("|".join(regex.escape(a) for a in sorted(ads, key=lambda a: (-len(a), a))),
                         regex.IGNORECASE | regex.V1)


def ad_marker(line: str) -> str | None:
    """The ad label of a line that is only an ad slot's label and the words around it, or None."""
    text = line.strip()
    if not text or len(text) > NEWS_LINES.ad_max_chars or _ad_probe().search(text) is None:
        return None
    _, _, ads, continuations, fillers, _, _ = _vocabulary()
    folded = fold(text)
    if folded in ads:
        return folded
    words = _LETTERS.findall(folded)
    if not words:
        return None
    found = [w for w in words if w in ads] or [a for a in ads if " " in a and a in folded]
    if not found:
        return None
    rest = [w for w in words if w not in ads and not any(w in a.split() for a in found)]
    if not rest:
        return found[0]
    if any(w not in continuations and w not in fillers for w in rest):
        return None
    return found[0] if any(w in continuations for w in rest) else None


def _credit_inside(inner: str) -> bool:
    """Whether ``inner``, the text inside parentheses, is a wire's credit: segments between ";" that each open with
    a credit label and name people."""
    *_, credits, joiners = _vocabulary()

    def label_of(segment: str) -> str | None:
        folded = fold(segment)
        return next((c for c in credits if folded.startswith(c) and folded[len(c):len(c) + 1] in (" ", ":", "")),
                    None)

    segments: list[str] = []
    for part in inner.split(";"):
        # "Reportage Jean Dupont, édité par Marie Martin": a comma before a label opens a segment too ("Editing by
        # Sam Poe, Bill Ray": a comma between names does not)
        for piece in part.split(","):
            if piece.strip() and (not segments or label_of(piece.strip()) is not None or part.startswith(piece)):
                segments.append(piece.strip())
            elif piece.strip():
                segments[-1] += ", " + piece.strip()
    if not segments:
        return False
    for segment in segments:
        label = label_of(segment)
        if label is None:
            return False
        names = segment[len(label):].lstrip(" :")
        words = _LETTERS.findall(names)
        if not words:
            return False
        lower = [w for w in words if w == w.lower() and w.lower() not in joiners]
        if len(lower) > NEWS_LINES.credit_max_lower or not any(w[:1].isupper() for w in words):
            return False
    return True


def wire_credit(line: str) -> int | None:
    """Where a wire's credit in parentheses starts in ``line`` (0: the line is the credit; more: it closes the
    line after its last sentence), or None."""
    text = line.rstrip()
    if not text.endswith((")", ").")) or "(" not in text:
        return None
    found = _CREDIT.search(text)
    if found is None or len(text) - found.start() > NEWS_LINES.credit_max_chars:
        return None
    if not _credit_inside(found.group(1)):
        return None
    before = text[:found.start()].strip()
    if not before:
        return len(line) - len(line.lstrip())
    return found.start() if before[-1:] in ".!?\"'”’»" else None


def news_line(line: str) -> tuple[str, str] | None:
    """(rule, cue) of a line that is a teaser, an ad slot's label or a wire's credit alone, or None."""
    label = teaser_line(line)
    if label is not None:
        return "related.teaser_line", f"a related label and a headline ({label})"
    ad = ad_marker(line)
    if ad is not None:
        return "affiliate.ad_marker", f"an ad slot's label ({ad})"
    if wire_credit(line) is not None and line.lstrip().startswith("("):
        return "source_credit.wire_credit", "a wire's credit in parentheses"
    return None


_SENTENCE_END = compile_pattern(r"[.!?。！？…][\"'”’»)]*(?:\s|$)")


def _prose_line(line: str) -> bool:
    """A line of prose: at least ``NEWS_LINES.prose_min_chars`` long, with a sentence's end."""
    return len(line) >= NEWS_LINES.prose_min_chars and _SENTENCE_END.search(line) is not None


def _next_line(text: str, end: int) -> str:
    """The line after the one ending at ``end`` ("" at the text's end)."""
    if end >= len(text):
        return ""
    stop = text.find("\n", end + 1)
    return text[end + 1:stop if stop >= 0 else len(text)]


def line_cuts(text: str) -> list[int]:
    """The offsets where a plain-text paragraph of several lines is cut around its news lines (a teaser, an ad
    slot's label, a wire's credit: on both sides) and before a wire's credit closing its last line."""
    if "\n" not in text:
        at = wire_credit(text)
        return [at] if at else []
    lines = [line for line in text.split("\n") if line.strip()]
    if sum(1 for line in lines if _prose_line(line)) < NEWS_LINES.min_prose_share * len(lines):
        return []  # (an article's paragraphs one a line, not a page's lines: menus, a head, runs of short lines)
    cuts: list[int] = []
    start = 0
    size = len(text)
    prose_before = False  # a line of prose above in the paragraph: the article goes on around the news line
    while start < size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        line = text[start:end]
        if line.strip() and len(line) <= NEWS_LINES.line_max_chars and news_line(line) is not None \
                and (prose_before or (start == 0 and _prose_line(_next_line(text, end)))):
            # (inside the article only: under a line of prose, or opening the paragraph over one; a page's head of
            # short lines, "Mozilla" / "Jump to: navigation" / "See also: …", is left whole)
            cuts.append(start)
            if end < size:
                cuts.append(end + 1)
        elif end == size and start > 0:
            at = wire_credit(line)
            if at:
                cuts.append(start + at)
        prose_before = prose_before or _prose_line(line)
        start = end + 1
    return sorted({c for c in cuts if 0 < c < size})
