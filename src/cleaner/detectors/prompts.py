"""Closing prompts and calls to action, by what they combine and by their shape, in any wording (issue 11).

Two families no cue list names in every wording:

- **The reader-addressed closing prompt** (``call_to_action.closing_prompt``): after the article's last paragraph of
  prose, a short block that combines a reader-value or condition term ("useful", "if you enjoyed", "役に立ったら",
  "gefallen", "przydatny") with an engagement request ("share it", "leave a like", "いいね", "保存", "点赞", "lass ein
  Klatschen da"), or asks for comments outright ("let me know in the comments", "コメントで教えてください"). Its
  tail zone (the reader addressed too: "you", "vous", "dir", "ください", "请"; "users share it" is prose). Its
  tail zone: from the document's end back to the last body-sized paragraph that is neither such a prompt nor already
  found (a reference list, a rule, headings and found blocks in between are passed over). In that zone, once a prompt
  (this pass's or any call to action of 0.8 and more) is there, a next-episode teaser ("次回は…", "Next time: …") and a
  further-reading recommendation with a link ("Pour aller plus loin, je vous recommande …" over a bare address) are
  weak findings: they go in the run of removals at the end, never alone.
- **The call to action's button** (``call_to_action.button_line``): a short line that ends with a button's word after
  its sentence ("Skonsultuj z ekspertem … kwestii. Sprawdź", "… sprawdź aktualny harmonogram Sprawdź"), a read-more
  link before an arrow or a guillemet ("Read Full Post »", "Lire la suite →"), a button word in capitals leading the
  line or a segment of it ("WYDANIE BEZPŁATNE - ZAREJESTRUJ konto w portalu"), or a short line that opens with a
  download / subscribe imperative ("Pobierz pełny numer miesięcznika …").

What stays: a block of body prose before the tail zone, whatever it asks ("What do you think about it?"), a sentence
that names sharing or likes without asking for them, a tutorial step ("Click Save.", "then click Download"), a
quotation, a list item, a heading (but a read-more link), a line that ends with punctuation. The vocabulary is
``data/prompts.json`` (about twenty languages), the strengths ``rules.RULES``.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

import regex

from ..patterncache import compile_pattern
from ..datafiles import read_json
from ..model import Block, Finding
from ..rules import BODY_LENGTH, PROMPTS
from ..scripts import GLUED, spaced_length
from .chrome import fold
from .terms import ANYWHERE, STEM, WORD, TermAutomaton, term_automaton
from .base import reaches, rule_finding, with_finding

KIND = "call_to_action"
CLOSING = "call_to_action.closing_prompt"
BUTTON = "call_to_action.button_line"
PITCH = "call_to_action.pitch"

_ANYWHERE = GLUED  # a term matched anywhere, not between word edges (scripts.GLUED)
#: A read-more link's arrow or guillemet at the line's end.
_ARROW_END = compile_pattern(r"\s*(?:[»›→⟶➔➜▶►]|>>|-->?|\.\.\.\s*»)\s*$")
#: A line that ends like a sentence or a clause: no button word is bare there.
_END_PUNCT = compile_pattern(r"[.!?,;:。！？…)\]\"'”»]\s*$")
#: The last characters ``_ARROW_END`` and ``_END_PUNCT`` may match at a stripped line's end (tests/test_text_speed.py)
_ARROW_LAST = frozenset("»›→⟶➔➜▶►>-")
_END_PUNCT_LAST = frozenset(".!?,;:。！？…)]\"'”»")
#: What may stand right before a button word that closes its line: a sentence's end, a dash, a bar.
_BEFORE_BUTTON = compile_pattern(r"(?:[.!?。！？]['\"”»)]?|\s[-–—|•·])\s*$")
_SEPARATORS = frozenset({"-", "–", "—", "|", "•", "·", ":"})
#: A sentence with its end (or the text's last piece without one).
_SENTENCE = compile_pattern(r"[^.!?。！？؟]*(?:[.!?。！？؟]+|$)")
_LINK_ONLY = compile_pattern(r"^\s*(?:https?://|www\.)\S+\s*$")


def _automaton(terms: list[str]) -> TermAutomaton:
    """One automaton of the folded ``terms``: a whole word or phrase, a word prefix ("*"), anywhere in a script without
    spaces (and in Hangul, whose particles glue to the word)."""
    words: list[str] = []
    stems: list[str] = []
    anywhere: list[str] = []
    for term in {fold(t) for t in terms}:
        body = term.rstrip("*")
        if not body:
            continue
        if _ANYWHERE.search(body):
            anywhere.append(body)
        else:
            (stems if term.endswith("*") else words).append(body)
    return term_automaton((sorted(words), WORD), (sorted(stems), STEM), (sorted(anywhere), ANYWHERE))


def _edge(char: str) -> bool:
    return not (char.isalnum() or char in "'’-")


def _all_terms(groups: dict, name: str) -> list[str]:
    return [term for terms in groups.get(name, {}).values() for term in terms]


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    data = read_json("prompts.json")
    closing, buttons = data["closing"], data["buttons"]
    return {
        "closing": {name: _automaton(_all_terms(closing, name)) for name in closing},
        "end": frozenset(fold(t) for t in _all_terms(buttons, "end")),
        "caps": frozenset(fold(t) for t in _all_terms(buttons, "caps")),
        "open": frozenset(fold(t) for t in _all_terms(buttons, "open")),
        "read": frozenset(fold(t) for t in _all_terms(buttons, "read")),
    }


def _find(name: str, text: str) -> tuple[str, int] | None:
    """(the first term of the group ``name`` in the folded ``text``, where it starts), or None."""
    best: tuple[str, int] | None = None
    for end, (length, how) in vocabulary()["closing"][name].iter(text):
        start = end - length + 1
        if how != ANYWHERE and (start and not _edge(text[start - 1])
                                or how == WORD and end + 1 < len(text) and not _edge(text[end + 1])):
            continue
        if best is None or start < best[1]:
            best = (text[start:end + 1], start)
    return best


def asks_the_reader(plain: str) -> bool:
    """Whether ``plain`` holds a reader or request word of data/prompts.json ``closing.reader`` ("you", "please",
    "ください", "请", "주세요"): a request's form (structure.share_on_topic)."""
    return _find("reader", fold(plain)) is not None


@lru_cache(maxsize=1)
def _pitch_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    data = read_json("prompts.json")["pitch"]
    return frozenset(data["shorteners"]), tuple(sorted({fold(t) for t in _all_terms({"s": data["sales"]}, "s")}))


def _tracking(link) -> bool:
    """A link through a shortener or an affiliate network (a pitch's tracking link), not an image."""
    if link.is_image:
        return False
    if link.kind == "affiliate":
        return True
    try:
        host = urlsplit(link.url).netloc.lower().removeprefix("www.") if "://" in link.url else ""
    except ValueError:  # a bracketed host that is no IP address ("http://[ccpa-preferences]")
        return False
    return host in _pitch_vocabulary()[0]


def _sales_terms(text: str) -> list[str]:
    folded = fold(text)
    return [term for term in _pitch_vocabulary()[1] if term in folded]


def _pitches(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """Pitch boxes (mdfam31): a paragraph of at most ``PROMPTS.pitch_max_chars`` with a tracking link (``_tracking``)
    and ``PROMPTS.pitch_min_terms`` sales terms or more ("… Start your free trial today!" over a shortened link);
    then a paragraph of at most ``pitch_again_max_chars`` and ``lead_max_sentences`` sentences that carries the same
    tracking link again (the product placed in the conclusion: weak, it goes at an edge)."""
    out: dict[int, tuple[str, str]] = {}
    urls: set[str] = set()
    for i, block in enumerate(blocks):
        if not block.links or block.type not in ("paragraph", "quote", "list_item") \
                or len(block.plain) > PROMPTS.pitch_max_chars:
            continue
        tracked = [link.url for link in block.links if _tracking(link)]
        if not tracked:
            continue
        terms = _sales_terms(block.plain)
        if len(terms) >= PROMPTS.pitch_min_terms:
            out[i] = (PITCH, f"a pitch: {', '.join(terms[:3])} with a tracking link")
            urls.update(tracked)
    if urls:
        for i, block in enumerate(blocks):
            if i in out or not block.links or block.type not in ("paragraph", "list_item") \
                    or len(block.plain) > PROMPTS.pitch_again_max_chars:
                continue
            if any(link.url in urls for link in block.links if not link.is_image) \
                    and len([s for s in _SENTENCE.findall(block.plain) if s.strip()]) <= PROMPTS.lead_max_sentences:
                out[i] = (f"{PITCH}/again", "a pitch box's tracking link again")
    return out


def closing_cue(block: Block) -> str | None:
    """The evidence of a closing prompt in ``block`` (its own words, wherever it sits), or None."""
    return _closing_cue(block, _BlockTexts([block]), 0)


def _closing_cue(block: Block, texts: "_BlockTexts", i: int) -> str | None:
    """``closing_cue`` of ``block`` = ``texts``' block ``i``, its spaced length and fold read from ``texts``."""
    if block.type != "paragraph" or texts.length(i) > PROMPTS.closing_max_chars:
        return None
    text = texts.folded(i)
    asked = _find("ask_comment", text)
    if asked:
        return f"a request for comments '{asked[0]}'" if _opens_prompt(text, asked[1]) else None
    value = _find("value", text)
    if value is None or not _opens_prompt(text, value[1]):
        return None
    engage = _find("engage", text)
    reader = _find("reader", text) if engage else None
    return f"reader value '{value[0]}' + engagement '{engage[0]}' + reader '{reader[0]}'" \
        if engage and reader else None


class _BlockTexts:
    """A document's blocks' spaced lengths and folded plain texts, each computed once when first asked (speed29:
    the tail zone asks the closing prompt's, the teaser's and the body paragraph's tests about the same blocks, and
    the teasers are asked again once a prompt is found). Pure functions of ``block.plain``; one call's only."""

    __slots__ = ("blocks", "_lengths", "_folds")

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self._lengths: dict[int, int] = {}
        self._folds: dict[int, str] = {}

    def length(self, i: int) -> int:
        n = self._lengths.get(i)
        if n is None:
            n = self._lengths[i] = spaced_length(self.blocks[i].plain)
        return n

    def folded(self, i: int) -> str:
        text = self._folds.get(i)
        if text is None:
            text = self._folds[i] = fold(self.blocks[i].plain)
        return text


def _opens_prompt(text: str, start: int) -> bool:
    """Whether the prompt's term at ``start`` is the block's gist: every sentence before it is a question or a short
    line ("Question: have you used it?", "Merci !"), not a sentence of the article ("Congratulations, you now know how
    to … . If you found this useful, …" is the article's last paragraph with a prompt glued to it: it stays)."""
    for sentence in _SENTENCE.findall(text[:start]):
        sentence = sentence.strip()
        if sentence and not sentence.endswith(("?", "？", "؟")) and spaced_length(sentence) > PROMPTS.lead_max_chars:
            return False
    return True


#: What may come before a line's first word: blanks, emphasis, an emoji or a bullet.
_LINE_OPEN = compile_pattern(r"^[\s\p{P}\p{S}]*")


def _hope_line(blocks: list[Block], findings: list[list[Finding]], i: int, texts: _BlockTexts) -> str | None:
    """A short line of hope right after a strong closing removal in the tail zone (md30): "Thanks for reading!" then
    "I hope this book helps you use the tool well" / "หวังว่า…จะช่วย…" / "أتمنى …". A paragraph of at most
    ``lead_max_sentences`` sentences and ``closing_max_chars`` whose first word is a ``hope`` term, after a block (rules
    passed over) with a call to action of at least ``prompt_strength``; weak (0.5): the run of removals at the end
    takes it. A body's last paragraph that hopes for something before any closing stays."""
    block = blocks[i]
    if block.type != "paragraph" or texts.length(i) > PROMPTS.closing_max_chars:
        return None
    k = i - 1
    while k >= 0 and blocks[k].type == "rule":
        k -= 1
    if k < 0 or not any(f.kind == KIND and f.strength >= PROMPTS.prompt_strength for f in findings[k]):
        return None
    text = texts.folded(i)
    hope = _find("hope", text)
    if hope is None or hope[1] != _LINE_OPEN.match(text).end():
        return None
    if sum(1 for s in _SENTENCE.findall(text) if s.strip()) > PROMPTS.lead_max_sentences:
        return None
    return f"a line of hope '{hope[0]}' after a closing prompt"


def _closing_lead(blocks: list[Block], i: int, found: list[Finding], texts: _BlockTexts) -> str | None:
    """A closing prompt anywhere (md30): a paragraph of its own (no piece split off a longer one) of at most
    ``PROMPTS.lead_max_sentences`` sentences and ``closing_max_chars``, opened by a call to action's lead cue of at
    least ``lead_min_strength`` ("Si te ha gustado este artículo, compártelo …", "Bedankt voor het lezen en we hopen
    dat je deze tutorial nuttig vindt!"), that holds a reader-value term (``value``: gustado, nuttig, useful). A
    Markdown post carries an appendix, an FAQ, its references or a PS after its closing, where the middle's
    threshold kept such a prompt. A tutorial's step ("Subscribe to the topic to receive …", "Enter your email
    address …") holds no reader value; a prompt glued to a body paragraph is a piece of it and stays."""
    lead = next((f for f in found if f.kind == KIND and f.match == "lead"
                 and f.strength >= PROMPTS.lead_min_strength), None)
    block = blocks[i]
    if lead is None or block.type != "paragraph" or texts.length(i) > PROMPTS.closing_max_chars:
        return None
    if i > 0 and blocks[i - 1].group == block.group or i + 1 < len(blocks) and blocks[i + 1].group == block.group:
        return None
    text = texts.folded(i)
    if sum(1 for s in _SENTENCE.findall(text) if s.strip()) > PROMPTS.lead_max_sentences:
        return None
    value = _find("value", text)
    if value is None:
        return None
    return f"{lead.cue} + reader value '{value[0]}' (a short paragraph of its own)"


def _teaser_cue(blocks: list[Block], i: int, texts: _BlockTexts | None = None) -> tuple[str, str] | None:
    """(variant, cue) of a next-episode teaser or a further-reading recommendation with its link, or None."""
    block = blocks[i]
    if texts is None:
        texts = _BlockTexts(blocks)
    if block.type != "paragraph" or texts.length(i) > PROMPTS.teaser_max_chars:
        return None
    text = texts.folded(i)
    nxt = _find("next", text)
    if nxt:
        return "next", f"a next-episode teaser '{nxt[0]}'"
    further = _find("further", text)
    if further is None:
        return None
    linked = bool(block.links) or "://" in block.plain or (
        block.plain.rstrip().endswith((":", "：")) and i + 1 < len(blocks) and _bare_link(blocks[i + 1]))
    return ("further", f"a further-reading recommendation '{further[0]}' with a link") if linked else None


def _bare_link(block: Block) -> bool:
    if block.type not in ("paragraph", "list_item"):
        return False
    if _LINK_ONLY.match(block.plain):
        return True
    links = [link for link in block.links if not link.is_image]
    return len(links) == 1 and fold(links[0].text) == fold(block.plain)


def button_cue(block: Block) -> tuple[str, str] | None:
    """(variant, cue) of a call to action's button line, or None."""
    plain = block.plain.strip()
    if not plain or len(plain) > PROMPTS.button_max_chars or "\n" in plain:
        return None
    if block.type not in ("paragraph", "heading", "list_item"):
        return None
    # (``plain`` is stripped and holds no newline, and every character ``\s`` matches is one ``str.strip`` takes off:
    # both patterns below, anchored at the end, can only match at ``plain``'s last character, which the two gates read
    # first; speed29)
    arrow = _ARROW_END.search(plain) if plain[-1] in _ARROW_LAST else None
    if arrow is not None:
        words = plain[:arrow.start()].split()
        if 1 <= len(words) <= PROMPTS.read_max_words and not _END_PUNCT.search(plain[:arrow.start()]):
            read = vocabulary()["read"]
            if any(fold(w) in read for w in words) or fold(" ".join(words)) in read:
                return "read_more", f"a read-more link before an arrow: '{plain}'"
        return None
    if block.type != "paragraph" or plain[-1] in _END_PUNCT_LAST:
        return None
    words = plain.split()
    if len(words) > PROMPTS.button_max_words:
        return None
    folded = fold(plain)
    shouted = plain.isupper()  # a line all in capitals is a title ("BLENDED LEARNING COURSE - BOOK NOW": a
    # newsletter's item over its text), never a button closing a sentence
    tail = folded.split()
    if len(tail) != len(words):
        tail = []  # (a fold that split or joined a word: no button word is looked up)
    ends = vocabulary()["end"]
    for n in ((3, 2, 1) if not shouted else ()):
        if len(tail) <= n or " ".join(tail[-n:]) not in ends:
            continue
        first = words[-n]
        before = " ".join(words[:-n])
        if len(words) - n < 2 or not first[:1].isupper():
            continue
        again = fold(before).count(fold(first)) > 0 and not before.split()[-1][:1].isupper()
        if _BEFORE_BUTTON.search(before) or again:
            return "end", f"a button word closing the line: '{' '.join(words[-n:])}'"
    for k, word in enumerate(words):
        if k > 0 and words[k - 1] not in _SEPARATORS:
            continue
        for size in (2, 1):
            phrase = " ".join(words[k:k + size])
            if phrase.isupper() and sum(c.isalpha() for c in phrase) >= 4 \
                    and fold(phrase) in vocabulary()["caps"] and any(w[:1].islower() for w in words):
                return "caps", f"a button word in capitals: '{phrase}'"
    if len(words) <= PROMPTS.open_max_words and words[0][:1].isupper():
        head = folded.split()
        for n in (3, 2, 1):
            if len(head) > n and " ".join(head[:n]) in vocabulary()["open"]:
                return "open", f"a line opening with a button word: '{' '.join(words[:n])}'"
    return None


def _wrapped(blocks: list[Block], i: int) -> bool:
    """Whether line ``i`` is a piece of a hard-wrapped sentence: the next line goes on in lower case, or the line
    before ends in the middle of a sentence ("… the Cowtown RAM in Fort" / "Worth Texas, and … the event. Learn more"
    / "about the event here.": a link's label in the prose)."""
    if i + 1 < len(blocks) and blocks[i + 1].plain[:1].islower():
        return True
    if i > 0 and blocks[i - 1].type == "paragraph":
        before = blocks[i - 1].plain.rstrip()
        return bool(before) and (before[-1].islower() or before[-1] == ",")
    return False


def _tail_zone(blocks: list[Block], findings: list[list[Finding]], body_length: int,
               texts: _BlockTexts | None = None) -> tuple[int, dict[int, str]]:
    """(the first index of the tail zone, the closing prompts in it)."""
    if texts is None:
        texts = _BlockTexts(blocks)
    prompts: dict[int, str] = {}
    i = len(blocks) - 1
    while i >= max(0, len(blocks) - PROMPTS.tail_max_blocks):
        block = blocks[i]
        cue = _closing_cue(block, texts, i)
        if cue is not None:
            prompts[i] = cue
        elif _teaser_cue(blocks, i, texts) is None and block.type == "paragraph" and texts.length(i) >= body_length \
                and not reaches(findings[i], PROMPTS.found_strength):
            break
        i -= 1
    return i + 1, prompts


def prompt_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                    body_length: int = BODY_LENGTH) -> list[list[Finding]]:
    """``findings`` with the closing prompts of the tail zone and the button lines added (strongest first)."""
    if kinds is not None and KIND not in kinds or not blocks:
        return findings
    extra: dict[int, tuple[str, str]] = {}
    texts = _BlockTexts(blocks)
    start, prompts = _tail_zone(blocks, findings, body_length, texts)
    for i, cue in prompts.items():
        extra[i] = (f"{CLOSING}/comment" if cue.startswith("a request") else CLOSING, cue)
    prompted = bool(prompts) or any(f.kind == KIND and f.strength >= PROMPTS.prompt_strength
                                    for found in findings[start:] for f in found)
    if prompted:
        for i in range(start, len(blocks)):
            if i in extra:
                continue
            teaser = _teaser_cue(blocks, i, texts)
            if teaser is not None:
                extra[i] = (f"{CLOSING}/{teaser[0]}", teaser[1])
                if teaser[0] == "further" and i + 1 < len(blocks) and _bare_link(blocks[i + 1]):
                    extra.setdefault(i + 1, (f"{CLOSING}/further", "the link of a further-reading recommendation"))
    for i in range(max(start, 1), len(blocks)):
        if i not in extra and not findings[i]:
            cue = _hope_line(blocks, findings, i, texts)
            if cue is not None:
                extra[i] = (f"{CLOSING}/hope", cue)
    for i, found in enumerate(findings):
        if found and i not in extra:
            cue = _closing_lead(blocks, i, found, texts)
            if cue is not None:
                extra[i] = (f"{CLOSING}/lead", cue)
    for i, pitch in _pitches(blocks).items():
        extra.setdefault(i, pitch)
    for i, block in enumerate(blocks):
        if i in extra or len(block.plain) > PROMPTS.button_max_chars:
            continue
        button = button_cue(block)
        if button is not None and (button[0] == "read_more" or not _wrapped(blocks, i)):
            extra[i] = (f"{BUTTON}/{button[0]}", button[1])
    if not extra:
        return findings
    result = []
    for i, (block, found) in enumerate(zip(blocks, findings)):
        if i not in extra:
            result.append(found)
            continue
        rule, cue = extra[i]
        result.append(with_finding(found, rule_finding(KIND, rule, cue, len(block.plain))))
    return result
