"""What a picture, an embed or a script leaves on a line of text, by its shape (image37, issue 11; famK families H
and K; docs/structure.md "Image and script residue").

A text extraction prints, where a picture was, its credit, its file name, its alt text or its viewer's button; where
an embed or a script was, its frame's address or its code. Each is one short line of its own (a paragraph's line the
cut parts from it: ``residue_lines``, handed to the reader by the pipeline with the glued lines), named here
(``residue_findings``, after detectors/glued.py's shapes). Any language: the shapes are patterns, their words in
data/image_residue.json, their numbers in ``rules.RESIDUE``.

- ``navigation.image_remnant``, a picture's credit: a stock-photo or agency credit ("Photo by <Name> on Unsplash", "Image by <Name>
  from Pixabay", "Foto von <Name> auf Unsplash": an image word of the data first, a stock host of the data last, at
  most ``credit_max_words`` words between, no sentence end inside); a "(c)" credit ("(c) DR", "(C) Jean Dupont": the
  sign written with a letter, then capitalised names or a rights mark of the data, no year); a "©" glued after an
  alt text and opening an image word ("<alt> ©Ilustrasi dibuat AI"); a Korean press credit with "=" ("사진=연합뉴스",
  "(사진 제공=…)").
  (A credit of the page's picture is no source of the article: not ``source_credit``'s kind, whose removal's
  neighbours would lend their links to ``result.source_url``.)
- ``navigation.image_remnant``, the picture itself: its file name alone ("IMG_1234.jpg", "<any name>.png": no space, an image
  extension); an image word of the data glued to its number by "_" or "-" ("Photo_2", "image-3"); a generic
  label of the data alone ("File photo", "Archivbild", "post-thumbnail", "资料图"); an image viewer's button text of
  the data alone ("Press enter or click to view image in full size", "Click to enlarge"). Not a list of files (a
  file name next to another is a tutorial's list), not under a line ending with ":" (a name a sentence introduces).
- ``navigation.script_residue``: an ads.txt record ("<domain>, pub-<digits>, DIRECT, <hex>"), a code listing's
  line-number gutter ("123456789101112": 1..n written together, at least ``gutter_min`` numbers), an embed frame's
  address of the data alone ("https://platform.twitter.com/widgets/…"), a WordPress script's localised data printed
  as text (a block whose lines are all "/* <![CDATA[ */" markers and "var x = …;" statements, one marker at least).

Never a code block's line, a heading or a quotation's (a line opening with a quote mark). An HTML page's blocks are
named too (their xpaths are located after the decision, pipeline.py: the dumps of image37 show its rules on HTML
pages); only its line cut is plain text's.
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..datafiles import read_json
from ..links import IMAGE_EXTENSION_PATTERN, IMAGE_EXTENSIONS
from ..model import Block, Finding
from ..patterncache import compile_pattern
from ..rules import RESIDUE
from ..scripts import fold_words
from .base import rule_finding, with_added

#: A picture's file name alone: no blank, no slash, an image extension (any script: "免费测算批八字.jpg"; the
#: extensions: ``links.IMAGE_EXTENSIONS``, also ``_may_be``'s cheap test).
_FILE = compile_pattern(r"[^\s/\\:<>\"'()\[\]]{1,%d}\.(?i:%s)" % (RESIDUE.file_stem_max_chars, IMAGE_EXTENSION_PATTERN))
#: An ads.txt record: a domain, an account id, the relationship, an optional certification id.
_ADS_TXT = compile_pattern(r"(?i)[a-z0-9-]+(?:\.[a-z0-9-]+)+\s*,\s*[\w-]{4,}\s*,\s*(?:direct|reseller)"
                           r"(?:\s*,\s*[0-9a-f]{6,})?\s*(?:#.*)?")
#: A WordPress script's localised data: its CDATA markers and its "var x = …;" statements.
_CDATA_MARK = r"/\*\s*(?:<!\[CDATA\[|\]\]>)\s*\*/"
_CDATA = re.compile(_CDATA_MARK)
_JS_LINE = compile_pattern(r"(?:%s\s*|(?:var|let|const)\s+[\w\\$]+\s*=[^\n]*;\s*)+" % _CDATA_MARK)
_SENTENCE_END = frozenset(".!?。！？")
_QUOTES = frozenset("\"'“”‘’«»„「『")


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _vocabulary() -> dict:
    """The data's words folded and compiled: stock credit, placeholder, label, button, "=" credit, rights marks,
    embed addresses."""
    data = read_json("image_residue.json")
    image_words = {fold_words(w) for words in data["image_words"].values() for w in words}
    hosts = {fold_words(w) for w in data["stock_hosts"]}
    image = _alternation(image_words)
    stock = compile_pattern(r"(?i)(?:%s)\b(?P<middle>.{0,120}?)\s*[\s:/,-]\s*(?:%s)\s*\.?" % (image, _alternation(hosts)))
    placeholder = compile_pattern(r"(?:%s)[_-]\d{1,4}" % _alternation(
        {w for w in image_words if " " not in w and not w.endswith(".")}))
    labels = frozenset(fold_words(w) for words in data["labels"].values() for w in words)
    buttons = frozenset(fold_words(w) for words in data["buttons"].values() for w in words)
    eq = compile_pattern(r"/?\s*[(\[]?\s*(?:%s)\s*=\s*(?P<name>[^=()\[\]]{1,60}?)\s*[)\]]?" % _alternation(
        {fold_words(w) for words in data["eq_labels"].values() for w in words}))
    marks = frozenset(fold_words(w) for words in data["rights_marks"].values() for w in words)
    glued_credit = compile_pattern(r"©\s*(?:%s)\b" % image)
    embeds = tuple(data["embed_urls"])
    embed_lines = frozenset(fold_words(w) for words in data["embed_lines"].values() for w in words)
    player = frozenset(fold_words(w) for w in data["player_lines"])
    shared = tuple(sorted({fold_words(w) for words in data["shared_by"].values() for w in words}))
    agencies = frozenset(fold_words(w) for w in data["agencies"]) | hosts
    counter = compile_pattern(r"(?:%s)\s*\d{1,3}\s*(?:/|%s)\s*\d{1,3}" % (image, _alternation(
        {fold_words(w) for words in data["counter_words"].values() for w in words})))
    return {"stock": stock, "placeholder": placeholder, "labels": labels, "buttons": buttons, "eq": eq,
            "marks": marks, "glued_credit": glued_credit, "embeds": embeds, "embed_lines": embed_lines,
            "player": player, "shared": shared, "agencies": agencies, "hosts": hosts, "counter": counter}


@lru_cache(maxsize=1)
def _candidate_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of the data's labels, buttons, "=" labels, image words, embed lines and "shared by" openers,
    and the last words of its stock hosts and agencies, lower case: ``_may_be``'s sets."""
    data = read_json("image_residue.json")
    firsts = set()
    for group in ("labels", "buttons", "eq_labels", "image_words", "embed_lines", "shared_by"):
        for words in data[group].values():
            for w in words:
                firsts.add(w.split()[0].casefold())
    lasts = {w.split()[-1].casefold() for w in data["stock_hosts"] + data["agencies"]}
    return frozenset(firsts), frozenset(lasts)



def _may_be(line: str) -> bool:
    """``residue_line``'s cheap test (a few string tests, no pattern: a paragraph's every line pays it): an image
    extension at the end, a "©" or "(c)", digits only, an ads.txt relationship, an embed's host, a "/", a first word
    or a last word of the data."""
    text = line.strip()
    if not text:
        return False
    low = text.casefold()
    if low.endswith(IMAGE_EXTENSIONS) or "©" in text or low.startswith("(c)") or "/" in text or text.isdigit():
        return True
    if "direct" in low or "reseller" in low:
        return True
    firsts, lasts = _candidate_words()
    # the first and the last word, without splitting the whole line (speed38: a paragraph's every line pays this);
    # ``low`` has no blank at its ends, so it is one word exactly when a split at the first blank leaves one piece
    head = low.split(None, 1)
    word = head[0]
    first = word.lstrip("([/").split("=", 1)[0]
    return first in firsts or first.split("_", 1)[0].split("-", 1)[0] in firsts \
        or (low.rsplit(None, 1)[-1] if len(head) > 1 else word).rstrip(".)]") in lasts \
        or (len(head) > 1 and word in "([/")


def _gutter(text: str) -> bool:
    """1..n written together, n at least ``RESIDUE.gutter_min`` ("123456789101112")."""
    if not text.isdigit() or len(text) < RESIDUE.gutter_min:
        return False
    expected, n = "", 0
    while len(expected) < len(text):
        n += 1
        expected += str(n)
    return expected == text and n >= RESIDUE.gutter_min


def _embed(text: str) -> bool:
    """An embed frame's address alone (bare, or a Markdown link's or image's target alone)."""
    url = text
    if url.startswith(("[", "!")) and url.endswith(")") and "](" in url:
        url = url[url.index("](") + 2:-1]
    if " " in url:
        return False
    url = re.sub(r"^(?:https?:)?//", "", url, flags=re.I)
    url = re.sub(r"^www\.", "", url, flags=re.I)
    return url.lower().startswith(_vocabulary()["embeds"])


def _names(text: str) -> bool:
    """A few capitalised names or agencies, no digit, no sentence end ("Jean Dupont", "AFP/Getty")."""
    words = text.split()
    if not words or len(words) > RESIDUE.credit_max_words or any(ch.isdigit() for ch in text):
        return False
    if text[-1] in _SENTENCE_END and not text.endswith("."):
        return False
    if any(ch in _SENTENCE_END for ch in text.rstrip(".")):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _agency_credit(text: str) -> bool:
    """Names parted by "/", one of them an agency or a stock host of the data, each part at most
    ``RESIDUE.credit_max_words`` capitalised words ("AFP/Getty Images", "Reuters/Jean Martin", "Ingram
    Publishing/iStock/Thinkstock")."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) < 2 or len(parts) > RESIDUE.credit_max_words or not all(_names(p) for p in parts):
        return False
    agencies = _vocabulary()["agencies"]
    return any(fold_words(p) in agencies for p in parts)


def _strong_player(folded: str) -> bool:
    """A player's label that is its own (a clock, a rate, a state: "Current Time 0:00", "1x", "captions off,
    selected"), not words an article has too ("Play", "Share", "Font size")."""
    return any(ch.isdigit() for ch in folded) or "," in folded


def player_runs(lines: list[str | None]) -> set[int]:
    """The lines of runs of a media player's labels (data ``player_lines``, ``embed_lines``): at least
    ``RESIDUE.player_run_min`` lines together, ``player_strong_min`` of them the player's own."""
    vocab = _vocabulary()
    found: set[int] = set()
    run: list[int] = []
    strong = 0
    for i, line in enumerate(lines + [None]):
        folded = fold_words(line).rstrip(" .") if line is not None and len(line) <= RESIDUE.label_max_chars else None
        if folded is not None and (folded in vocab["player"] or folded in vocab["embed_lines"]):
            run.append(i)
            strong += folded in vocab["embed_lines"] or _strong_player(folded)
            continue
        if len(run) >= RESIDUE.player_run_min and strong >= RESIDUE.player_strong_min:
            found.update(run)
        run, strong = [], 0
    return found


def residue_line(line: str) -> str | None:
    """The rule of ``line``'s residue shape (``navigation.image_remnant``, ``navigation.script_residue``), or None;
    the line alone, no context."""
    text = line.strip()
    if not text or text[0] in _QUOTES:
        return None
    if " " not in text and len(text) <= RESIDUE.embed_max_chars and _embed(text):
        return "navigation.script_residue"  # (an embed's address with its query: long)
    if len(text) > RESIDUE.max_chars:
        return None
    vocab = _vocabulary()
    if " " not in text:
        if _FILE.fullmatch(text):
            return "navigation.image_remnant"
        if _gutter(text):
            return "navigation.script_residue"
    if len(text) > RESIDUE.label_max_chars:
        return "navigation.script_residue" if _ADS_TXT.fullmatch(text) else None
    folded = fold_words(text)
    bare = folded.rstrip(" .:!…")
    if bare in vocab["labels"] or bare in vocab["buttons"]:
        return "navigation.image_remnant"
    if vocab["placeholder"].fullmatch(folded) or vocab["counter"].fullmatch(bare):
        return "navigation.image_remnant"
    if bare in vocab["embed_lines"]:
        return "navigation.script_residue"
    if "@" in text and folded.startswith(vocab["shared"]) and len(text.split()) <= RESIDUE.shared_max_words:
        return "navigation.script_residue"  # (Instagram's embed: "A post shared by <Name> (@handle)")
    if bare in vocab["hosts"] or "/" in text and _agency_credit(text):
        return "navigation.image_remnant"
    stock = vocab["stock"].fullmatch(" ".join(text.split()))
    if stock is not None:
        middle = stock.group("middle").split()
        lower = sum(1 for w in middle if w[:1].islower())
        if len(middle) <= RESIDUE.credit_max_words + RESIDUE.stock_lower_words \
                and lower <= RESIDUE.stock_lower_words and len(middle) > lower or not middle:
            if not any(ch in _SENTENCE_END for ch in " ".join(middle).rstrip(".")):
                return "navigation.image_remnant"
    if folded.startswith("(c)") or folded.startswith("(C)".casefold()):
        rest = text[3:].strip()
        if fold_words(rest).rstrip(".") in vocab["marks"] or _names(rest):
            return "navigation.image_remnant"
    eq = vocab["eq"].fullmatch(folded)
    if eq is not None and len(eq.group("name").split()) <= RESIDUE.credit_max_words:
        return "navigation.image_remnant"
    if "©" in text and len(text.split()) <= RESIDUE.glued_credit_max_words and text[-1] not in _SENTENCE_END \
            and vocab["glued_credit"].search(folded):
        return "navigation.image_remnant"
    if _ADS_TXT.fullmatch(text):
        return "navigation.script_residue"
    return None


def script_block(text: str) -> bool:
    """A WordPress script's localised data as text: every line a CDATA marker or a "var x = …;" statement (one line
    may hold several), a marker among them."""
    if "CDATA" not in text or not _CDATA.search(text):
        return False
    lines = [line.strip().replace("\\_", "_") for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_JS_LINE.fullmatch(line) for line in lines)


def residue_lines(texts: list[str]) -> set[int]:
    """The indexes of a paragraph's lines ``texts`` that have a residue shape, each to be a unit of its own (the line
    cut, with detectors/glued.py's ``glued_lines``); none in a paragraph of one line or of more than
    ``GLUED.max_paragraph_lines`` (a WET page's: its lines are the line model's)."""
    if len(texts) < 2 or len(texts) > RESIDUE.max_paragraph_lines:
        return set()
    found: set[int] = set()
    if any("0:00" in t or "selected" in t or "Playback" in t for t in texts):
        found |= player_runs(list(texts))
    for i, text in enumerate(texts):
        if i not in found and len(text) <= RESIDUE.embed_max_chars and _may_be(text) \
                and residue_line(text) is not None and _alone_ok(list(texts), i):
            found.add(i)
    return found


def _alone_ok(lines: list[str | None], i: int) -> bool:
    """Not a name a sentence introduces (the line above ends with ":") and not one of a list of file names (a
    tutorial's files: a file name next to another)."""
    above = lines[i - 1] if i > 0 else None
    text = (lines[i] or "").strip()
    if above is not None and above.rstrip().endswith((":", "：")) and not (" " not in text and _embed(text)):
        return False  # (an embed's frame a sentence introduces is still no text: "… on Twitter here:")
    if " " not in text and _FILE.fullmatch(text):
        for j in (i - 1, i + 1):
            other = lines[j] if 0 <= j < len(lines) else None
            if other is not None and _FILE.search(other.strip()):
                return False
    if text.casefold().startswith("(c)"):
        for j in (i - 1, i + 1):  # (an enumeration's "(b)", "(d)": a list of points, not a credit)
            other = lines[j] if 0 <= j < len(lines) else None
            if other is not None and re.match(r"\s*\([a-eA-E]\)", other):
                return False
    return True


def residue_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None) -> list[list[Finding]]:
    """``findings`` with the residue shapes on the one-line paragraph and list-item blocks (and a script's data on
    a paragraph of several lines). Any format (a block with an xpath already, a located page's: none)."""
    if not blocks or any(block.xpath is not None for block in blocks):
        return findings
    lines: list[str | None] = [b.plain.strip() if b.type in ("paragraph", "list_item") and "\n" not in b.plain.strip()
                               else None for b in blocks]
    added: dict[int, Finding] = {}
    players = player_runs(lines) if any(line is not None and ("0:00" in line or "selected" in line or "Playback"
                                                                 in line) for line in lines) else set()
    for i in sorted(players):
        added[i] = rule_finding("navigation", "navigation.script_residue", "image37 residue: a media player's labels",
                                len(blocks[i].plain))
    for i, block in enumerate(blocks):
        if block.type not in ("paragraph", "list_item") or i in added or any(link.is_image for link in block.links):
            continue  # (a block that holds its picture: the credit's line is the picture's caption line, its alt
            # text the caption: readability's ehow-2 in Markdown, "![Save money …](…) Name/Getty Images")
        line = lines[i]
        rule = None
        if "CDATA" in block.text and len(block.text) <= RESIDUE.script_max_chars and script_block(block.text):
            rule = "navigation.script_residue"  # (the source's lines: Markdown reads "*/ … /*" as emphasis)
        elif line is not None and len(line) <= RESIDUE.embed_max_chars and _may_be(line):
            rule = residue_line(line)
            if rule is not None and (i == 0 and rule != "navigation.script_residue" or not _alone_ok(lines, i)):
                rule = None  # (the document's first line is its title)
        if rule is not None:
            added[i] = rule_finding(rule.split(".")[0], rule, f"image37 residue: {block.plain.strip()[:40]}",
                                    len(block.plain))
    return with_added(findings, added, kinds)
