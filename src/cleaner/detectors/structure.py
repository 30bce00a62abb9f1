"""Structural evidence: boilerplate recognised by its shape, in any wording, whatever the cue files say.

- follow / social lines: two or more social networks named or linked, and little else ("Like, share, follow me on:
  GitHub | X | LinkedIn", "VICE France est aussi sur Twitter, Instagram, Facebook et sur Flipboard.");
- link-list sections: a short lead line (often ending with ":") over items that are mostly links ("To learn more
  about this topic, check out:", "À lire sur axellemag.be :"), whatever the lead's wording;
- third-person bios near the edges: a person's name opening the first sentence, a present-tense copula and a role
  ("Helen Davies is a senior content writer for ..."), or a list of roles ("Ecrivain, journaliste et militant ...");
- contact / self-promotion lines: an e-mail address, or "visit" with a website, in a short line;
- low content-word overlap with the rest of the article: supporting evidence for the findings above, never alone.

These look at the whole document (a bio's name elsewhere in the article, a lead line and the items after it), so they
run once over the blocks after the per-block detectors: ``structure_findings``. Their vocabulary is data:
``data/networks.json`` and ``data/bios/<lang>.json``; their strengths are in ``rules.RULES``.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, chain

import regex

from ..patterncache import compile_pattern
from ..automaton import TermAutomaton
from ..cues import normalize
from ..datafiles import data_path, read_json
from ..lazyre import LazyPattern
from ..model import Block, Finding
from ..rules import (BODY_LENGTH, LINK_LEAD_MAX_CLIMB, LINK_LEAD_MIN_GAP, LOW_OVERLAP, LOW_OVERLAP_BONUS, PROMPT_BODY_MIN_WORDS,
                     RULES, SHARE_TOPIC_MIN_CHARS, SUBJECT_LINE_MIN_CHARS, SUBJECT_LINE_MIN_WORDS)
from ..scripts import UNSPACED, fold_words, letter_count
from .base import EMAIL as _EMAIL, has_url
from .bios import (about_the_subject, bio_heading, bio_reported, bio_shape, cjk_bio, cjk_contact, is_cjk_start,
                   is_uncased_start, strip_label, uncased_bio, uncased_contact)
from ..names import leading_name
from .families import family_finding, family_findings
from .reporters import reporter_credit, reporter_lead_name, reporter_name
from .terms import ANYWHERE, WORD as WHOLE_WORD, held_term_ends, holds_term, longest_first, term_automaton
from ..scripts import nfkc

_URL = compile_pattern(r"https?://[^\s)\]>\"']+|www\.[^\s)\]>\"']+|\b[\w-]{2,63}\.(?:com|org|net|info|biz|io|co|me|blog)\b",
                     regex.IGNORECASE)
#: What every ``_URL`` match holds (the same engine and flags): a literal search, before the costly word scan.
_URL_PROBE = compile_pattern(r"://|www\.|\.(?:com|org|net|info|biz|io|co|me|blog)", regex.IGNORECASE)
WORD = compile_pattern(r"[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*")
#: ``WORD`` in an ASCII text (its letters and digits are the ASCII ones, no mark is ASCII): the standard engine's
#: literal classes, several times faster than the regex engine's classes of properties.
_ASCII_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
#: A bibliography entry: "(2019)", "et al.", "doi:", "pp. 12-30", "vol. 3", an ISBN.
REFERENCE_LIKE = compile_pattern(r"\((?:19|20)\d\d[a-z]?\)|\bet al\.|\bdoi(?::|\.org)|\bpp?\.\s?\d|\bvol\.\s?\d|\bisbn\b"
                               r"|\b(?:19|20)\d\d\b[^.]{0,80}\.\s+\p{Lu}[^.]{5,200}\.\s+\p{Lu}", regex.IGNORECASE)
_CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*\.?"
_PARTICLE = r"(?:de|del|della|der|den|di|da|das|dos|du|des|la|le|van|von|ten|ter|bin|ibn|al|el|Văn|Thị)"
_LEADING_NAME = compile_pattern(
    rf"^[*_\s\"“]*(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{1,3}})"
    r"[ \t]*(?:\([^)]{0,60}\)[ \t]*)?(?:,[^,.;]{1,80},[ \t]*)?")
_FIRST_SENTENCE = compile_pattern(r"^.{20,400}?[.!?。](?=\s|$)", regex.DOTALL)
#: Words that open a sentence but not a person's name ("The Arms Control Association is...")
NOT_A_NAME = frozenset({"the", "a", "an", "this", "our", "my", "le", "la", "les", "el", "los", "las", "der", "die",
                         "das", "il", "lo", "gli", "de", "het", "een", "o", "os", "as"})
_SEPARATORS = compile_pattern(r"[|,·•/:;()\[\]<>«»\"'’!?.…*#+=~–—-]+")
#: Where a network name's first word ends in a folded text, besides a space (``_names_a_network``).
_PUNCTUATION_CHARS = "|,·•/:;()[]<>«»\"'’!?.…*#+=~–—-@&"


# --- vocabulary (data files) ---------------------------------------------------------------------------------------
_fold = fold_words  # (the structural vocabulary and the blocks are compared in this form)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The networks' and the bios' vocabulary; its patterns are ``LazyPattern``s, compiled when first used."""

    #: the unambiguous names, as words (group "name"), with a language's attached particles / suffixes and the
    #: words that follow a name ("페이스북에서", "Twitter'dan", "फेसबुक पर", "유튜브 채널"); names of the scripts
    #: without spaces anywhere (group "unspaced": "ツイッターで", "关注微博")
    network_names: LazyPattern
    ambiguous: LazyPattern  # "x", "line": only as an item of a list
    network_hosts: frozenset[str]
    host_probe: LazyPattern  # a quick test: could this URL be a network's?
    name_words: frozenset[str]  # the first word of every network name (a quick test before the regex)
    cjk_names: tuple[str, ...]  # names in scripts without spaces, tested as substrings
    name_terms: TermAutomaton  # both, for one pass over a block (``_names_a_network``)
    label_words: frozenset[str]  # the first word of every author label
    follow_words: LazyPattern
    #: "follow him", "suivez-la", "folgt ihm": a follow word whose object is a third person (``third_party_follow``)
    third_person_follow: LazyPattern
    joiners: frozenset[str]
    copulas: tuple[str, ...]  # folded, longest first
    first_person: tuple[str, ...]  # "i am", "je suis", "eu sou": folded, longest first
    roles: tuple[str, ...]  # folded prefixes
    #: the roles a punctuation copula ("Анна Смирнова — журналист") pairs with: those of the languages whose data
    #: lists that copula, so a dash in another language ("Hasbro Gaming – L'ALLEGRO CHIRURGO") is no bio
    mark_roles: dict[str, frozenset[str]]
    bio_verbs: tuple[str, ...]  # "writes about", "écrit sur": after a name, a bio's verb and role in one; folded
    first_person_verbs: tuple[str, ...]  # "i write about", "escribo sobre": the same, opening a first-person bio
    contact_words: LazyPattern
    author_labels: tuple[str, ...]  # folded, longest first


def _words_pattern(words, boundary: bool = True) -> LazyPattern:
    """The words as one alternation, longest first (compiled when first used: lazyre.py); with ``boundary``, those
    of the scripts without spaces (``scripts.UNSPACED``: "フォロー" in "フォローしてください") anywhere."""
    words = sorted({_fold(w) for w in words if w.strip()}, key=longest_first)
    spaced = [r"\s+".join(regex.escape(part) for part in w.split()) for w in words]
    if boundary:
        bounded = [s for s, w in zip(spaced, words) if not UNSPACED.search(w)]
        anywhere = [s for s, w in zip(spaced, words) if UNSPACED.search(w)]
        parts = [r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(bounded) + r")(?![\p{L}\p{M}\p{N}])"] if bounded else []
        return LazyPattern("|".join(parts + anywhere) or r"(?!)")
    return LazyPattern("(?:" + "|".join(spaced) + ")")


def _names_pattern(names, suffixes: dict) -> LazyPattern:
    """The network names as one pattern (``Vocabulary.network_names``): a name of a spaced script bounded by
    non-letters, a name's first word at a word start, optionally followed by one of the data's ``words`` (after a
    blank: a postposition, "channel") and by one of its ``attached`` suffixes (a particle or case ending written
    onto the name, in either apostrophe); a name of a script without spaces anywhere (as ``families`` does)."""
    names = sorted({_fold(n) for n in names if n.strip()}, key=longest_first)
    entries = [e for lang, e in suffixes.items() if not lang.startswith("_")]
    attached = {_fold(s) for e in entries for s in e.get("attached", ())}
    attached |= {s.replace("'", "\u2019") for s in attached if "'" in s}
    words = {_fold(w) for e in entries for w in e.get("words", ())}
    spaced = [r"\s+".join(regex.escape(part) for part in n.split()) for n in names if not UNSPACED.search(n)]
    anywhere = [regex.escape(n) for n in names if UNSPACED.search(n)]
    tail = ""
    if words:
        tail += r"(?:\s+(?:" + "|".join(regex.escape(w) for w in sorted(words, key=longest_first)) + "))?"
    if attached:
        tail += "(?:" + "|".join(regex.escape(s) for s in sorted(attached, key=longest_first)) + ")?"
    parts = [r"(?<![\p{L}\p{M}\p{N}])(?P<name>" + "|".join(spaced) + ")" + tail + r"(?![\p{L}\p{M}\p{N}])"]
    if anywhere:
        parts.append("(?P<unspaced>" + "|".join(anywhere) + ")")
    return LazyPattern("|".join(parts))


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    networks = read_json("networks.json")
    ambiguous = {_fold(name) for name in networks["ambiguous"]}
    names = [name for name in networks["names"] if _fold(name) not in ambiguous]
    joiners = frozenset(_fold(word) for word in networks["joiners"])
    name_words = frozenset(_fold(name).split()[0] for name in names)
    cjk_names = tuple(_fold(name) for name in names if not _fold(name).isascii() and " " not in _fold(name))
    joiner_alt = "|".join(regex.escape(j) for j in sorted(joiners, key=longest_first))
    item_edge = rf"(?:^|[|,·•/:]|\s(?:{joiner_alt})\s)"
    item_end = rf"(?=$|[|,·•/.]|\s(?:{joiner_alt})\s)"
    bios = [read_json("bios", entry.name) for entry in sorted(data_path("bios").iterdir(),
                                                          key=lambda e: e.name) if entry.name.endswith(".json")]
    return Vocabulary(
        network_names=_names_pattern(names, networks.get("suffixes", {})),
        ambiguous=LazyPattern(item_edge + r"\s*(?:" + "|".join(regex.escape(a) for a in sorted(ambiguous)) + r")\s*"
                              + item_end),
        network_hosts=frozenset(host.lower() for host in networks["hosts"]),
        host_probe=LazyPattern("|".join(regex.escape(host) for host in sorted(networks["hosts"], key=longest_first)),
                               regex.IGNORECASE),
        name_words=name_words,
        cjk_names=cjk_names,
        # a first word holding punctuation is never a word of a text split at it
        name_terms=term_automaton(([w for w in name_words if not any(c in _PUNCTUATION_CHARS for c in w)], WHOLE_WORD),
                                   (cjk_names, ANYWHERE)),
        label_words=frozenset(_fold(w).split()[0].rstrip(":") for b in bios for w in b["author_labels"]),
        follow_words=_words_pattern(networks["follow_words"]),
        third_person_follow=_words_pattern(networks.get("third_person_follow", ())),
        joiners=joiners,
        copulas=tuple(sorted({_fold(c) for b in bios for c in b["copulas"]}, key=longest_first)),
        first_person=tuple(sorted({_fold(c) for b in bios for c in b.get("first_person", ())}, key=longest_first)),
        roles=tuple(sorted({_fold(r) for b in bios for r in b["roles"]}, key=longest_first)),
        mark_roles={_fold(c): frozenset(_fold(r) for b in bios if c in b["copulas"] for r in b["roles"])
                    for b0 in bios for c in b0["copulas"] if not c[-1].isalpha()},
        bio_verbs=tuple(sorted({_fold(v) for b in bios for v in b.get("bio_verbs", ())}, key=longest_first)),
        first_person_verbs=tuple(sorted({_fold(v) for b in bios for v in b.get("first_person_verbs", ())},
                                        key=longest_first)),
        contact_words=_words_pattern([w for b in bios for w in b["contact"]]),
        author_labels=tuple(sorted({_fold(w) for b in bios for w in b["author_labels"]}, key=longest_first)),
    )


# --- helpers -------------------------------------------------------------------------------------------------------


def _names_a_network(text: str, vocab: Vocabulary) -> bool:
    """Whether a network name's first word is a word of the folded ``text`` (its words split at spaces and
    ``_PUNCTUATION_CHARS``), or a name of a script without spaces is in it: one C pass, the words not split."""
    return holds_term(vocab.name_terms, text, _PUNCTUATION_CHARS)


def _maybe_networks(text: str, links, vocab: Vocabulary) -> bool:
    """A quick test: could the folded ``text`` or a link name a network? (Most blocks: no.)"""
    if _names_a_network(text, vocab):
        return True
    return any(_network_host(_host(link.url), vocab.network_hosts) for link in links if not link.is_image)


def _host(url: str) -> str:
    """The host of a URL (or of a bare "www.example.com/..."), lower-case, without "www."."""
    rest = url.split("://", 1)[-1]
    host = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1].split(":", 1)[0]
    return host.lower().removeprefix("www.")


def _network_host(host: str, hosts: frozenset[str]) -> str | None:
    parts = host.split(".")
    for k in range(len(parts) - 1):
        if ".".join(parts[k:]) in hosts:
            return ".".join(parts[k:]).split(".")[0]
    return None


def networks_in(block: Block, vocab: Vocabulary, text: str | None = None) -> tuple[set[str], int, str]:
    """(the networks named or linked, how many profile links, the folded text with names and URLs cut out)."""
    text = _fold(block.plain) if text is None else text
    found: set[str] = set()

    def cut(match: regex.Match) -> str:  # the names found and cut out in one search (finditer's matches, as sub's)
        found.add(match.group("name") or match.group("unspaced"))  # the name without its particle or suffix
        return " "
    rest = vocab.network_names.sub(cut, text)
    if found:  # "x" / "line" only next to another network, as an item of the list
        found |= {m.group(0).strip(" |,·•/:").split()[-1] for m in vocab.ambiguous.finditer(rest)}
        rest = vocab.ambiguous.sub(" | ", rest)
    profiles = 0
    for link in block.links:
        if link.is_image or not vocab.host_probe.search(link.url):
            continue
        network = _network_host(_host(link.url), vocab.network_hosts)
        if network:
            profiles += 1
            found.add(network)
    for match in (_URL.finditer(text) if vocab.host_probe.search(text) else ()):
        network = _network_host(_host(match.group(0)), vocab.network_hosts)
        if network:
            found.add(network)
    rest = _URL.sub(" ", _EMAIL.sub(" ", rest))
    return found, profiles, rest


def _rest_words(rest: str, vocab: Vocabulary) -> list[str]:
    return [w for w in _SEPARATORS.sub(" ", rest).split() if w not in vocab.joiners and w != "&"]


def content_words(text: str) -> set[str]:
    # findall: WORD has no group, so each item is the whole match (no match object per word)
    # the words made unique first (in C): the tests then run once a word, not once an occurrence
    words = (_ASCII_WORD if text.isascii() else WORD).findall(text)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return {w for w in set(map(str.casefold, words)) if len(w) >= 4 and not w.isdigit()}
    # a decomposed text ("δύο" as four code points): a word's length in letters, as in the same text composed
    return {w for w in set(map(str.casefold, words)) if len(unicodedata.normalize("NFC", w)) >= 4 and not w.isdigit()}


def overlap(block: Block, others: set[str]) -> float | None:
    """The share of the block's content words found elsewhere in the article (None: too few words to tell)."""
    words = content_words(block.plain)
    if len(words) < 5:
        return None
    return len(words & others) / len(words)


def is_reference(block: Block) -> bool:
    """A bibliography entry: a year in parentheses, "et al.", a DOI, page or volume numbers."""
    return bool(REFERENCE_LIKE.search(block.plain))


def _finding(kind: str, rule: str, cue: str, length: int, *, variant: str = "", bonus: float = 0.0,
             opens_section: bool = False) -> Finding:
    name = f"{kind}.{rule}"
    entry = RULES[f"{name}/{variant}" if variant else name]
    value = entry.at(length) + bonus if entry.at(length) > 0 else 0.0
    return Finding(kind, name, cue, round(min(1.0, value), 3), opens_section, entry.match)


# --- the detectors -------------------------------------------------------------------------------------------------
def follow_line(block: Block, vocab: Vocabulary, text: str | None = None) -> Finding | None:
    """Two or more social networks and little else."""
    if block.type not in ("paragraph", "list_item", "heading") or len(block.plain) > 300:
        return None
    text = _fold(block.plain) if text is None else text
    if not _maybe_networks(text, block.links, vocab):
        return None  # most blocks: no network named, none linked
    found, profiles, rest = networks_in(block, vocab, text)
    if len(found) < 2:
        return None
    words = _rest_words(rest, vocab)
    chars = sum(map(letter_count, words))  # scripts without spaces: count characters too (a Hangul block: its jamo)
    cue = f"{len(found)} social networks: {', '.join(sorted(found)[:5])}"
    length = len(text)
    if len(words) <= 1 and chars <= 15:
        return _finding("call_to_action", "follow_line", cue, length)
    if len(words) <= 8 and chars <= 50 and (vocab.follow_words.search(rest) or profiles >= 2):
        return _finding("call_to_action", "follow_line", cue + " + a follow word or profile links", length)
    if len(found) >= 3 and len(words) <= 12 and chars <= 80:
        return _finding("call_to_action", "follow_line", cue + " in a short sentence", length, variant="prose")
    return None


def third_party_follow(blocks: list[Block], i: int, findings: list[list[Finding]], body: list[int],
                       vocab: Vocabulary) -> bool:
    """Whether the follow line block ``i`` says whom to follow, and that is a third person of the article, not the
    site nor its author ("Follow us", "Follow me"): a third person's pronoun ("You can follow him there or on
    Facebook.", "Suivez-la sur Instagram et Facebook", data/networks.json ``third_person_follow``) in a piece of the
    paragraph whose body sentences it is glued after (the pronoun refers back to them: the segmenter's or the tail
    peel's cut, the piece before it of its paragraph with no finding). A name after the follow word says nothing:
    "Follow NBC Latino on Facebook, Twitter and Instagram" is the site's own prompt, and the body names the site."""
    block = blocks[i]
    if vocab.third_person_follow.search(_fold(block.plain)) is None:
        return False
    return i > 0 and block.continues and blocks[i - 1].group == block.group and not findings[i - 1] \
        and any(map(str.isalpha, blocks[i - 1].plain))


def contact_line(block: Block, vocab: Vocabulary, text: str | None = None) -> Finding | None:
    """An e-mail address, or "visit" with a website, in a short line."""
    if block.type not in ("paragraph", "list_item") or len(block.plain) > 300:
        return None
    text = _fold(block.plain) if text is None else text
    n_words = len(text.split())
    if n_words > 30:
        return None
    if "@" in text and _EMAIL.search(text):  # the literal first: an address holds an "@"
        return _finding("call_to_action", "contact_line", "an e-mail address in a short line", len(text))
    if n_words <= 20 and ((_URL_PROBE.search(text) and _URL.search(text)) or has_url(block)) \
            and vocab.contact_words.search(text):
        word = vocab.contact_words.search(text).group(0)
        return _finding("call_to_action", "contact_line", f"'{word}' with a website in a short line", len(text))
    return None


_NAME_ONLY = compile_pattern(rf"(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{1,3}})[ \t.,;|·•–—-]*")


def _after_label(text: str, vocab: Vocabulary) -> str | None:
    """The text after an author label ("Autor", "By", "Por", "Von", "Автор"...) that opens ``text``, or None."""
    stripped = text.strip(" \t*_")
    first = stripped.split(maxsplit=1)[:1]
    if not first or first[0].casefold().rstrip(":") not in vocab.label_words:
        return None
    folded = stripped.casefold()
    for label in vocab.author_labels:
        if folded.startswith(label) and len(folded) > len(label) and folded[len(label)] in " \t:":
            return stripped[len(label):].lstrip(" \t:")
    return None


def strip_author_label(name: str) -> str:
    """ "Autor Ramón Suárez" -> "Ramón Suárez": an author label before a name of two words or more goes."""
    rest = _after_label(name, vocabulary())
    if rest and len(rest.split()) >= 2 and rest[:1].isupper():
        return rest
    return name


def name_after_label(text: str) -> str | None:
    """The name of a byline that is nothing but a label and a name ("Autor Ramón Suárez" -> "Ramón Suárez")."""
    if len(text) > 80:
        return None
    rest = _after_label(" ".join(text.split()), vocabulary())
    match = _NAME_ONLY.fullmatch(rest) if rest else None
    return match.group("name").rstrip(".") if match else None


def byline_label(block: Block, vocab: Vocabulary) -> Finding | None:
    """A byline with nothing but a label and a name: "Autor Ramón Suárez", "Por Ana López", "By Jane Doe". Weak:
    the block goes only next to other removals at an edge; the name is the author (``byline_author``). (Not alone
    under the title: on the 1,005 bench gold bodies that removed 20 bylines the gold keeps, and 4 titles with them
    through the neighbour pass.)"""
    if block.type not in ("paragraph", "list_item", "heading"):
        return None
    name = name_after_label(block.plain)
    if name is None:
        return reporter_credit(block)  # the name before the role: "홍길동 기자 (gildong@example.co.kr)"
    if name.split()[0].casefold() in NOT_A_NAME:  # "By The Numbers"
        return None
    return _finding("author_bio", "byline_label", f"label + name: {name}", len(block.plain))


def byline_author(blocks: list[Block], first: int = 6) -> str | None:
    """The name of the first label-and-name byline among the first and last ``first`` blocks (or of a reporter's
    credit, detectors/reporters.py: a line "홍길동 기자", or the wire's "[서울=뉴시스] 홍길동 기자 = …" opening a
    paragraph of the first blocks)."""
    for block in blocks[:first] + blocks[-first:]:
        if block.type in ("paragraph", "list_item", "heading"):
            name = name_after_label(block.plain) or reporter_name(block.plain)
            if name:
                return name
    for block in blocks[:first]:
        if block.type == "paragraph":
            name = reporter_lead_name(block.plain)
            if name:
                return name
    return None


@lru_cache(maxsize=8)
def _phrase_roles(roles: tuple[str, ...]) -> tuple[tuple[str, regex.Pattern], ...]:
    """The roles of several words, each with its pattern (compiled once: ~30 % of the text path's time else)."""
    return tuple((role, compile_pattern(r"(?<![\p{L}\p{M}])" + regex.escape(role))) for role in roles if " " in role)


@lru_cache(maxsize=8)
def _word_roles(roles: tuple[str, ...]) -> tuple[str, ...]:
    """The roles of one word (prefixes: "journalist" of "journalistin")."""
    return tuple(role for role in roles if " " not in role)


@lru_cache(maxsize=8)
def _word_roles_by_letter(roles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The roles of one word by their first letter, each list in the order of ``roles``: a word starts with a role
    only if it starts with the role's first letter (an empty role, were there one, would be found as "", which
    ``_role_after`` takes for no role, as it does without this index)."""
    out: dict[str, list[str]] = {}
    for role in _word_roles(roles):
        out.setdefault(role[:1], []).append(role)
    return {letter: tuple(found) for letter, found in out.items()}


#: ``_role_index``'s last answer, with the roles it was for (one tuple: replaced at once, safe across threads).
_ROLE_INDEX: list = [((), None)]


def _role_index(roles: tuple[str, ...]):
    """(``_phrase_roles``, ``_word_roles``, ``_word_roles_by_letter``) of ``roles``, kept for the same tuple: the
    caches above hash the whole tuple (851 roles) at each call."""
    known, index = _ROLE_INDEX[0]
    if known is not roles or index is None:
        index = (_phrase_roles(roles), _word_roles(roles), _word_roles_by_letter(roles))
        _ROLE_INDEX[0] = (roles, index)
    return index


@lru_cache(maxsize=8)
def _list_separators(joiners: frozenset[str]) -> regex.Pattern:
    return compile_pattern(r",|\s(?:" + "|".join(regex.escape(j) for j in joiners) + r")\s")


def _role_after(text: str, vocab: Vocabulary, max_words: int = 8) -> str | None:
    """The first role among the first ``max_words`` words of ``text`` (a role is a word prefix, or a phrase)."""
    words = text.split()[:max_words]
    window = " ".join(words)
    phrase_roles, _, by_letter = _role_index(vocab.roles)
    phrases = [(window.find(role), role) for role, pattern in phrase_roles
               if role in window and pattern.search(window)]  # the literal first: a necessary condition, cheap
    for position, word in enumerate(words):
        word = word.strip(",.;:()")
        # the first role of ``vocab.roles`` the word starts with, among those that start with its first letter (one C
        # test of those first: most words hold no role; a word starts with a role of one word only if it starts with
        # one of the roles of its first letter, ~20 of the 1,031, where a test of all of them took ~5 us a word)
        candidates = by_letter.get(word[:1], ())
        role = next((role for role in candidates if word.startswith(role)), None) \
            if word.startswith(candidates) else None
        if role:
            start = len(" ".join(words[:position]))
            earlier = [p for p in phrases if p[0] < start]
            return min(earlier)[1] if earlier else role
    return min(phrases)[1] if phrases else None


def bio_sentence(block: Block, vocab: Vocabulary) -> tuple[str, str] | None:
    """(the name or "", the role) when the block opens like a third-person bio: "Jane Doe is a freelance writer",
    "Анна Смирнова — журналист", or a list of roles "Ecrivain, journaliste et militant"."""
    plain = strip_label(" ".join(block.plain.split()))  # "Author bio: Jane Doe is …", "作者简介：张三，…"
    first = _FIRST_SENTENCE.match(plain)
    sentence = first.group(0) if first else plain[:400]
    match = _LEADING_NAME.match(sentence)
    if match:
        after = _fold(sentence[match.end():])
        for copula in (vocab.copulas if after.startswith(vocab.copulas) else ()):  # one C test first
            if after.startswith(copula + " ") or (not copula[-1].isalpha() and after.startswith(copula)):
                role = _role_after(after[len(copula):], vocab)
                if role and (copula[-1].isalpha() or role in vocab.mark_roles.get(copula, ())):
                    return match.group("name").strip(" .,"), role
                break
        # a bio's other shapes: "has been gardening … for fifteen years", "holds a degree in" (detectors/bios.py),
        # before the verbs, which say less ("lives in Leeds with her husband" is a shape, "lives in" a verb)
        shape = bio_shape(sentence[match.end():])
        if shape:
            return match.group("name").strip(" .,"), shape
        # "Marta Gómez escribe sobre maternidad desde 2015": the verb says what the person writes
        for verb in (vocab.bio_verbs if after.startswith(vocab.bio_verbs) else ()):
            if after.startswith(verb + " "):
                return match.group("name").strip(" .,"), verb
        return None
    if is_cjk_start(sentence):  # "张三是一名自由撰稿人", "山田太郎（やまだ・たろう）フリーライター。"
        return cjk_bio(sentence)
    if is_uncased_start(sentence):  # "김민수는 프리랜서 기자이다", "राजेश कुमार एक पत्रकार हैं", "أحمد خالد صحفي"
        return uncased_bio(plain[:400])  # (its own sentence end: "।" ends a Hindi one)
    folded = _fold(sentence)
    # "Escribo sobre viajes y gastronomía desde 2010" (one C test first)
    for verb in (vocab.first_person_verbs if folded.startswith(vocab.first_person_verbs) else ()):
        if folded.startswith(verb + " "):
            return "I", verb
    # "Eu sou a Joana, mãe de dois, professora de geografia" (one C test first)
    for opener in (vocab.first_person if folded.startswith(vocab.first_person) else ()):
        if folded.startswith(opener + " "):
            role = _role_after(folded[len(opener):], vocab, 10)
            return ("I", role) if role else None
    # no name: a list of roles ("Ecrivain, journaliste et militant ...")
    head = _fold(sentence[:120])
    separators = _list_separators(vocab.joiners)
    first = separators.search(head)  # (the first item before the whole split: the separators match no empty text)
    if first is None or not (head[:first.start()].strip() and len(head[:first.start()].split()) <= 2):
        return None  # (the roles below must open the list: most sentences fail here, before any role look-up)
    items = [item.strip() for item in separators.split(head)]
    if len(items) < 2 or not (items[0] and len(items[0].split()) <= 2):
        return None  # (the roles below must open the list: most sentences fail here, before any role look-up)
    roles = [item for item in items[:4] if item and len(item.split()) <= 2 and _role_after(item, vocab, 2)]
    if len(items) >= 2 and len(roles) >= 2 and roles == [i for i in items[:len(roles)]]:
        return "", ", ".join(roles)
    return None


#: A name of one to three words in a script without capitals (a byline "מאת יוסי כהן", "लेखक: राजेश कुमार").
_UNCASED_NAME = compile_pattern(r"[\p{Hangul}\p{Devanagari}\p{Thai}\p{Arabic}\p{Hebrew}][\p{L}\p{M}]*"
                              r"(?:[ \t][\p{Hangul}\p{Devanagari}\p{Thai}\p{Arabic}\p{Hebrew}][\p{L}\p{M}]*){0,2}")


def document_author(blocks: list[Block], first: int = 6) -> str | None:
    """The document's author as its own blocks give it, for a bio at the end (``third_person_bio``): a
    label-and-name byline's name (``byline_author``), or a byline whose name is in a script without capitals (an
    author label then one to three words of it: "מאת יוסי כהן", "بقلم أحمد خالد"; ``name_after_label`` wants
    capitals), among the first and last ``first`` blocks."""
    found = byline_author(blocks, first)
    if found:
        return found
    vocab = vocabulary()
    for block in blocks[:first] + blocks[-first:]:
        if block.type in ("paragraph", "list_item", "heading") and len(block.plain) <= 80:
            rest = _after_label(" ".join(block.plain.split()), vocab)
            if rest and _UNCASED_NAME.fullmatch(rest.strip(" .,")):
                return rest.strip(" .,")
    return None


_NAME_TOKEN = compile_pattern(r"[\p{L}\p{M}]+(?:[’'-][\p{L}\p{M}]+)*")


def same_person(name: str, author: str | None) -> bool:
    """Whether a bio's ``name`` is the document's ``author`` (a byline's or the markup's name): the name's last word
    and one other of its words among the author's words ("Helen Davies" of "By Helen Davies", "Ο Γιώργος
    Παπαδόπουλος" of "Γιώργος Παπαδόπουλος"); a name of one word (a Han, kana or uncased name glued into one): the
    whole name, at least two letters, inside the author's text."""
    if not name or not author:
        return False
    theirs = {w.casefold() for w in _NAME_TOKEN.findall(author)}
    ours = [w.casefold() for w in _NAME_TOKEN.findall(name)]
    if not ours or not theirs:
        return False
    if len(ours) == 1:
        return len(ours[0]) >= 2 and (ours[0] in theirs or (not ours[0].isascii() and ours[0] in author.casefold()))
    return len(ours[-1]) >= 2 and ours[-1] in theirs and any(w in theirs for w in ours[:-1])


def third_person_bio(blocks: list[Block], i: int, vocab: Vocabulary, elsewhere, edge: str,
                     author=None) -> Finding | None:
    """A third-person bio at an edge (``edge``: "head" or "tail"); ``elsewhere()`` gives the article's other body
    text, where the bio's surname must not appear (else the article is about that person). ``author()``: the
    document's own author (a byline's, the markup's) or None; a bio at the end with no contact whose person is that
    author is ``author_bio.third_person/author`` (an article rarely ends on its own author in the third person)."""
    block = blocks[i]
    if block.type not in ("paragraph", "list_item") or not 15 <= len(block.plain) <= 1200 \
            or (len(block.plain) < 40 and not is_cjk_start(block.plain)):  # (a bio in Han or kana is short)
        return None
    found = bio_sentence(block, vocab)
    if found is None:
        return None
    name, role = found
    if bio_reported(normalize(block.plain)):  # a bio's own verbs aside ("Sarah Bell writes about …"): detectors/bios.py
        return None  # "Je suis journaliste depuis trente ans …, a confié l'ancien rédacteur": the article reports it
    if name == "I":  # a bio in the first person: only at the end, and then weak unless little is shared
        if edge != "tail":
            return None
        text = _fold(block.plain)
        contact = bool(_EMAIL.search(text) or has_url(block))
        if role in vocab.first_person_verbs and not contact:
            return None  # "I write about this because …" closes many a blog post: only with a website or an e-mail
        return _finding("author_bio", "first_person", f"first person: {role}" + (" + website / e-mail" if contact else ""),
                        len(text), variant="contact" if contact else "")
    if name and name.split()[0].casefold() in NOT_A_NAME:
        return None  # "The Arms Control Association is a non-profit..."
    if name and about_the_subject(name, elsewhere()):
        return None  # the article is about this person
    text = _fold(block.plain)
    contact = bool(_EMAIL.search(text) or has_url(block) or vocab.contact_words.search(text)
                   or (is_cjk_start(text) and cjk_contact(text))
                   or (is_uncased_start(text) and uncased_contact(text)))
    if role in vocab.bio_verbs and not contact:
        return None  # "Muy Interesante escribe sobre ciencia desde hace décadas": a name and a verb alone say too little
    if edge == "head" and not contact:
        return None  # an article may open on its subject: "Jane Doe is a nurse in Ohio who..."
    if not name and edge != "tail":
        return None
    if not contact and name and edge == "tail" and author is not None and same_person(name, author()):
        return _finding("author_bio", "third_person", f"{name}: {role} + the document's author", len(text),
                        variant="author")
    cue = f"{name or 'roles'}: {role}" + (" + website / e-mail / visit" if contact else "")
    return _finding("author_bio", "third_person", cue, len(text), variant="contact" if contact else "")


#: The findings of a bio's words in one block (detectors/author_bio.py) that ``subject_vetoed`` takes back when the
#: person they name is the article's subject: a named bio phrase, a resource box's author + contact.
SUBJECT_RULES = frozenset({"author_bio.named_phrase", "author_bio.resource_box"})


def bio_name(block: Block, vocab: Vocabulary) -> str | None:
    """The person a bio-like block names first: the name of its bio's first sentence, or the name it opens with,
    without a title or an article word before it ("Dr. Jane Doe", "The Millbrook Clinic" -> "Millbrook Clinic")."""
    found = bio_sentence(block, vocab)
    plain = " ".join(block.plain.split())
    name = found[0] if found and found[0] not in ("", "I") else leading_name(plain)
    if name:
        words = _name_words(name)
        if words:
            return " ".join(words)
    for match in _NAME_RUN.finditer(plain):  # ("The clinic, run by Dr. Sarah Okafor, can be reached at …")
        words = _name_words(match.group("name"))
        if len(words) >= 2:
            return " ".join(words)
    return None


def _name_words(name: str) -> list[str]:
    """The words of a name without a title or an article word before it ("Dr.", "Mrs.", "The", "Our")."""
    words = name.split()
    while words and (words[0].casefold().strip(".") in NOT_A_NAME or words[0].endswith(".")):
        words = words[1:]
    return words


#: Two to four capitalised words anywhere (a name a block holds after its start)
_NAME_RUN = compile_pattern(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{1,3}})")


def subject_vetoed(blocks: list[Block], findings: list[list[Finding]], body: list[int],
                   vocab: Vocabulary) -> list[list[Finding]]:
    """``findings`` without the bio findings of ``SUBJECT_RULES`` on a block whose person the article's body names
    elsewhere (``bios.about_the_subject``, as ``third_person_bio`` asks): "Harold Pinter is a writer's writer …" in
    a piece about Pinter, "Dr. Okafor … can be reached at 555-0142 for appointments" in a story about her clinic: a
    profile's, a news story's sentence about its subject or a third party it names, not the author's box. ``body``:
    the body paragraphs (no finding, ``body_length`` characters or more)."""
    out = findings
    for i, found in enumerate(findings):
        if any(f.rule in SUBJECT_RULES for f in found) and names_the_subject(blocks, i, body, vocab):
            if out is findings:
                out = list(findings)
            out[i] = [f for f in found if f.rule not in SUBJECT_RULES]
    return out


def names_the_subject(blocks: list[Block], i: int, body: list[int], vocab: Vocabulary) -> bool:
    """Whether the person block ``i`` names first (``bio_name``) is named by the body paragraphs ``body`` too, those
    next to the block aside (a bio of two paragraphs, or one a scraper glued to the last body paragraph, names its
    author in its other half: "… See you next time. Chris Shiflett (http://shiflett.org/) is a frequent
    contributor …" over "Chris is the author of …"). Only prose lines count (``prose_lines``): the author's name
    alone under the title is the byline of the bio at the end, not the article's subject."""
    name = bio_name(blocks[i], vocab)
    names = [name] if name else []
    if not leading_name(" ".join(blocks[i].plain.split())):
        # a bio that opens with a pronoun ("He is the author of A Democracy at War; … Professor O’Neill has also
        # written on …") names its person later by a title: each name after an honorific is its person too
        names.extend(match.group("name") for match in _titled_names().finditer(blocks[i].plain))
    if not names:
        return False
    # the surname only (its last word): a given name is too common a word to tell ("David Chen", the injected
    # author, in a story quoting "David Sumner" and "David Ratcliff")
    other = " ".join(prose_lines(blocks[j]) for j in body if abs(j - i) > 1)
    return any(about_the_subject(name.split()[-1], other) for name in names)


@lru_cache(maxsize=1)
def _titled_names() -> regex.Pattern:
    """A capitalised name of one to three words after an honorific of data/text_bylines.json ``honorifics`` written
    capitalised (a script with cases: "Professor O’Neill", "Dr. Okafor", "Prof. Dr. Jane Doe"; "call me Jane" has no
    title)."""
    words = {w for ws in read_json("text_bylines.json")["honorifics"].values() for w in ws if w[:1].lower() != w[:1].upper()}
    titles = sorted({w[:1].upper() + w[1:] for w in words}, key=lambda w: (-len(w), w))
    title = "|".join(regex.escape(w) for w in titles)
    return compile_pattern(rf"(?<![\p{{L}}\p{{M}}.])(?:{title})(?![\p{{L}}\p{{M}}])\s+"
                           rf"(?P<name>{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP_WORD}){{0,2}})")


def prose_lines(block: Block) -> str:
    """A block's plain text without its short lines (fewer than ``SUBJECT_LINE_MIN_WORDS`` words and
    ``SUBJECT_LINE_MIN_CHARS`` characters in its source text: a byline, a label, a date). Not chrome's or lines'
    ``_plain_lines`` (how each line reads, markup cut): this one decides which lines are prose, by their size as
    written, and gives them joined for a name's search, where a link's markup around a word keeps the word (tidy39)."""
    if "\n" not in block.text.strip():
        return block.plain if _prose_line(block.plain) else ""
    return " ".join(line for line in block.text.split("\n") if _prose_line(line))


def _prose_line(line: str) -> bool:
    return len(line.split()) >= SUBJECT_LINE_MIN_WORDS or len(line.strip()) >= SUBJECT_LINE_MIN_CHARS


def link_items(blocks: list[Block], start: int) -> list[int]:
    """The blocks from ``start`` on that are items made mostly of links (not bibliography entries)."""
    items: list[int] = []
    thumbnails: list[int] = []
    for j in range(start, len(blocks)):
        block = blocks[j]
        real = [link for link in block.links if not link.is_image]
        if block.type in ("list_item", "paragraph") and block.links and not real and not block.plain.strip():
            thumbnails.append(j)  # a teaser's thumbnail (an image link, no text) before its title: part of the list
            continue
        if block.type not in ("list_item", "paragraph") or not real or block.link_density < 0.5 or is_reference(block):
            break
        if all(_URL.match(link.text.strip()) for link in real):
            break  # bare addresses: a list of the sources used, not of teasers (those carry titles)
        items.extend(thumbnails)
        thumbnails = []
        items.append(j)
    return items


def link_list_lead(blocks: list[Block], i: int, findings: list[list[Finding]]) -> list[int]:
    """The link items under block ``i`` when it is a short lead line over two or more of them."""
    block = blocks[i]
    plain = block.plain.strip()
    if not plain.endswith((":", "：")):  # a heading over links may be the article's own ("Sources & links")
        return []  # (the cheapest test first: most blocks)
    if block.type not in ("paragraph", "heading") or not plain or len(plain) > 100 or block.link_density >= 0.5:
        return []
    if any(f.opens_section for f in findings[i]):
        return []
    items = link_items(blocks, i + 1)
    links = sum(len([link for link in blocks[j].links if not link.is_image]) for j in items)
    titled = sum(1 for j in items if blocks[j].plain.strip())  # (thumbnails between the titles do not count)
    return items if titled >= 2 or links >= 2 else []


#: Where a sentence ends and the next one starts (a capital or a digit after the end mark and a blank).
_NEXT_SENTENCE = compile_pattern(r"(?<=[.!?…])[\"'”»)\]]?\s+(?=[\p{Lu}\p{N}\"“«])")


def prompt_after_body(block: Block, family: Finding) -> bool:
    """Whether a call to action's family finding on ``block`` is a prompt glued after an article's sentence: the
    block's first sentence has ``PROMPT_BODY_MIN_WORDS`` words or more and earns no family finding alone, and the
    sentences after it earn ``family``'s rule ("I post a picture a day from these walks on Instagram. You can follow
    me there or on Facebook."); the first sentence is a statement (a full stop ends it) with no address, website or
    e-mail. "Thanks for reading! Follow us on …", "Do you value …? Please show your support …", "Email Jane at
    jane@… or follow her …. Follow us on …" stay the prompt's whole."""
    plain = " ".join(block.plain.split())
    cut = _NEXT_SENTENCE.search(plain)
    if cut is None:
        return False
    first, rest = plain[:cut.start()], plain[cut.end():]
    if not first.rstrip("\"'”»)]").endswith((".", "。")) or first.endswith("..") \
            or len(first.split()) < PROMPT_BODY_MIN_WORDS:
        return False  # (a question or an exclamation opens a prompt: "Do you value …?", "Stay on top of …!")
    if _CONTACT_PROBE.search(first.lower()) is not None or has_url(Block(0, block.type, first, first)):
        return False  # (an address, a website or an e-mail: a contact sentence, "Email Jane at jane@… or …")
    if family_finding(Block(0, block.type, first, first)) is not None:
        return False
    later = family_finding(Block(0, block.type, rest, rest))
    return later is not None and later.rule == family.rule


LINK_LIST_RULE = "related.link_list_section"


def apart_link_leads(blocks: list[Block], findings: list[list[Finding]],
                     between: Callable[[Block, Block], tuple[int, int] | None]) -> list[list[Finding]]:
    """The findings without ``link_list_section``'s on a lead line and its items that the page (HTML) holds apart:
    the lowest element holding the lead's and its first item's is more than ``LINK_LEAD_MAX_CLIMB`` levels above the
    lead's, and ``LINK_LEAD_MIN_GAP`` letters or more of the page's text that no block holds stand between them
    (``between``). A related list's lead sits in its box, its items right under it; the article's sentence over a
    list trafilatura left out ("The primary hull contains the following visible features:") is followed in the
    blocks by the site's links from another part of the page (keep35b). Called only when a lead was found (rare):
    ``between`` walks the page."""
    leads = [i for i, found in enumerate(findings) if any(f.rule == LINK_LIST_RULE and f.opens_section for f in found)]
    if not leads:
        return findings
    result = list(findings)
    for i in leads:
        run = []
        for j in range(i + 1, len(blocks)):
            if not any(f.rule == LINK_LIST_RULE and not f.opens_section for f in findings[j]):
                break
            run.append(j)
        titled = next((j for j in run if blocks[j].plain.strip()), None)
        if titled is None:
            continue
        apart = between(blocks[i], blocks[titled])
        if apart is None or apart[0] <= LINK_LEAD_MAX_CLIMB or apart[1] < LINK_LEAD_MIN_GAP:
            continue
        for j in [i] + run:
            result[j] = [f for f in result[j] if f.rule != LINK_LIST_RULE]
    return result


def _body_sized(block: Block, body_length: int) -> bool:
    return block.type == "paragraph" and len(block.plain) >= body_length


def body_start(blocks: list[Block], body_length: int) -> int:
    """The index of the first body-sized paragraph (``body_edges``' first, the blocks after it not read), or
    ``len(blocks)`` without one."""
    return next((i for i, block in enumerate(blocks) if _body_sized(block, body_length)), len(blocks))


def body_edges(blocks: list[Block], body_length: int) -> tuple[int, int]:
    """(the index of the first, and of the last, body-sized paragraph), the article's rough extent; (``len(blocks)``,
    -1) without one. The edge passes (meta_lines.py, chrome.py, header_record.py, line_shapes.py) look only outside
    it. Each edge is found by a scan from its own end of the page: the blocks between are not read."""
    first = body_start(blocks, body_length)
    if first == len(blocks):
        return first, -1
    return first, next(i for i in range(len(blocks) - 1, first - 1, -1) if _body_sized(blocks[i], body_length))


class BlocksView:
    """What several passes of one document's findings stage read about its blocks, found once, when a pass first
    asks (speed37): the body's edges (``body_edges``; meta_lines.py, post_meta.py, chrome.py and gates.py each
    looked for them). Made by the pipeline for one list of blocks that no pass changes (``Cleaner.findings``); a
    pass given none, or a view of other blocks, finds them itself (``edges_of``)."""

    __slots__ = ("blocks", "_edges")

    def __init__(self, blocks: list[Block]):
        self.blocks = blocks
        self._edges: dict[int, tuple[int, int]] = {}

    def body_edges(self, body_length: int) -> tuple[int, int]:
        edges = self._edges.get(body_length)
        if edges is None:
            edges = self._edges[body_length] = body_edges(self.blocks, body_length)
        return edges


def edges_of(blocks: list[Block], body_length: int, view: BlocksView | None) -> tuple[int, int]:
    """``body_edges(blocks, body_length)``, from ``view`` when it is the view of these blocks."""
    if view is not None and view.blocks is blocks:
        return view.body_edges(body_length)
    return body_edges(blocks, body_length)


#: Joins the blocks' texts for the candidate gates: a blank (``str.isspace``, so a word ends and starts at it) that
#: NFKC and case folding leave alone and make from no other character, and that no network name holds.
GATE_SEPARATOR = "\x1e"
#: What every ``contact_line`` and ``has_url`` needs in an ASCII text, lower-cased: an "@", or a literal every
#: ``_URL_PROBE`` and ``_URLISH_PROBE`` match holds (the standard engine: a literal search, no case folding).
_CONTACT_PROBE = re.compile(r"@|://|www\.|\.(?:com|org|net|info|biz|io|co|me|blog|fr|de|es|it|pt|nl|pl|ru|cn|jp|uk)")


def candidate_gates(blocks: list[Block], vocab: Vocabulary) -> tuple[set[int], set[int]] | None:
    """(the blocks ``follow_line`` may fire on, those ``contact_line`` may), each a necessary condition found in one
    pass over the document instead of one fold and one test a block. The texts of the blocks both may test (up to
    300 characters, of their types) are joined by ``GATE_SEPARATOR`` and folded at once: the fold of each piece is
    the piece of the fold (the separator is a blank that no normalisation joins to its neighbours), and ``_fold``'s
    blank collapse moves no word edge of a name.
    - follow line: a network name's first word as ``_names_a_network`` finds it, or a link in the block;
    - contact line: a link (``has_url``), a text that is not ASCII, or ``_CONTACT_PROBE`` in the lower-cased text
      (an ASCII text's fold is its lower case with blanks collapsed; ``_URL_PROBE``, ``_URLISH_PROBE`` and "@" hold
      no blank, and each of their matches holds a ``_CONTACT_PROBE`` match).
    None when a block's text holds the separator itself (then every block is tested)."""
    index = [i for i, b in enumerate(blocks) if len(b.plain) <= 300 and b.type in ("paragraph", "list_item", "heading")]
    if not index:
        return set(), set()
    plains = [blocks[i].plain for i in index]
    joined = GATE_SEPARATOR.join(plains)
    if joined.count(GATE_SEPARATOR) != len(index) - 1:
        return None
    linked = {i for i in index if blocks[i].links}
    if joined.isascii():
        folded = joined.lower()
        contact = linked.copy()
    else:
        # NFKC piece by piece (the separator joins to no neighbour): only the pieces that need it are rewritten,
        # not the whole document because one piece holds a "…"
        folded = GATE_SEPARATOR.join(nfkc(plain) for plain in plains).casefold()
        contact = linked | {i for i, plain in zip(index, plains) if not plain.isascii()}
    pieces = folded.split(GATE_SEPARATOR)
    if len(pieces) != len(index):
        return None
    starts = list(accumulate([len(piece) + 1 for piece in pieces[:-1]], initial=0))
    follow = linked.copy()
    for end in held_term_ends(vocab.name_terms, folded, _PUNCTUATION_CHARS):
        follow.add(index[bisect_right(starts, end) - 1])
    for match in _CONTACT_PROBE.finditer(folded):
        contact.add(index[bisect_right(starts, match.start()) - 1])
    return follow, contact


#: How many overlap asks of a document look for the block's words block by block (``shared_words``, a scan of the
#: article each) before every block's words are counted once (``count_words``): most documents ask once, if ever.
LAZY_OVERLAP_ASKS = 2


def structure_findings(blocks: list[Block], findings: list[list[Finding]], kinds=None,
                       body_length: int = BODY_LENGTH, *, memo=None, author: str | None = None) -> list[list[Finding]]:
    """``findings`` with the structural evidence of every block added (strongest first). ``memo``: the document's
    ``sites.apply.ShapePage`` (the one-block tests on a site's recurring blocks looked up), or None. ``author``: the
    document's author from its markup or front matter, if any (else a byline of its first or last blocks: a bio
    of that person at the end is its author's, ``third_person_bio``)."""
    vocab = vocabulary()
    if memo is None:
        follow_of, byline_of, contact_of, family_of = follow_line, byline_label, contact_line, family_finding
        holds = None
    else:
        follow_of = memo.wrap(follow_line, "structure.follow_line")
        byline_of = memo.wrap(byline_label, "structure.byline_label")
        contact_of = memo.wrap(contact_line, "structure.contact_line")
        family_of = memo.wrap(family_finding, "structure.family_finding")
        holds = memo.holds
    allowed = set(kinds) if kinds is not None else None
    n = len(blocks)
    added: list[list[Finding]] = [[] for _ in range(n)]
    words: list[set[str]] = []
    total: dict[str, int] = {}
    folded: dict[int, str] = {}  # the case-folded plain text of the blocks that another block's words were sought in
    asked = [0]

    def count_words() -> None:  # every block's words counted once: for the documents that ask often (long ones)
        words.extend(content_words(b.plain) if b.type not in ("code", "front_matter") else set() for b in blocks)
        total.update(Counter(chain.from_iterable(words)))  # in how many blocks each word is (counted in C)

    def shared_words(i: int, own: set[str]) -> set[str]:
        """The content words of block ``i`` (``own``) that another block (not code, not front matter) holds too. A
        content word is a match of ``WORD`` case-folded, and ``str.casefold`` folds each character on its own, so
        a word another block holds is in that block's folded text: a block whose folded text holds none of the
        words still sought is skipped without finding its words (most blocks of most documents)."""
        shared: set[str] = set()
        sought = own
        for j, other in enumerate(blocks):
            if not sought:
                break
            if j == i or other.type in ("code", "front_matter"):
                continue
            text = folded.get(j)
            if text is None:
                text = folded[j] = other.plain.casefold()
            if any(word in text for word in sought):
                found = sought & content_words(other.plain)
                shared |= found
                sought = sought - found
        return shared
    with_words = [i for i, b in enumerate(blocks) if any(map(str.isalnum, b.plain))]
    tail = set(with_words[-4:])
    head = set(with_words[:2])
    plain_body = [i for i, b in enumerate(blocks) if not findings[i] and len(b.plain) >= body_length]
    # a bio's words about the article's subject or a third party it names are its content (``subject_vetoed``)
    findings = subject_vetoed(blocks, findings, plain_body, vocab)
    gates = candidate_gates(blocks, vocab)
    may_follow, may_contact = gates if gates is not None else (None, None)
    # the lexical families of every block at once (one walk of the document), or each block's through the memo
    family_at = family_findings(blocks) if memo is None else None

    def low_overlap_bonus(i: int) -> tuple[float, str]:
        # the block's own words that another block holds too: ``words & others`` in overlap() is the same as with
        # every word of the other blocks, and the cost is the block's, not the article's (quadratic at 2 MB)
        asked[0] += 1
        if words or asked[0] > LAZY_OVERLAP_ASKS:
            if not words:
                count_words()
            others = {w for w in words[i] if total[w] > 1}
        else:  # the first asks of a document (most ask once, if ever): only the blocks that may hold its words
            own = content_words(blocks[i].plain) if blocks[i].type not in ("code", "front_matter") else set()
            others = shared_words(i, own)
        share = overlap(blocks[i], others)
        if share is not None and share < LOW_OVERLAP:
            return LOW_OVERLAP_BONUS, f" · {share:.0%} of its words elsewhere in the article"
        return 0.0, ""

    known_author: list[str | None] = []

    def the_author() -> str | None:  # (looked for once, and only for a bio at the end with no contact)
        if not known_author:
            known_author.append(author or document_author(blocks))
        return known_author[0]

    for i, block in enumerate(blocks):
        if block.type in ("code", "rule", "front_matter", "table") or not block.plain.strip():
            continue
        found: list[Finding] = []
        short = len(block.plain) <= 300
        if gates is not None and short:  # the tests below only where they may fire (``candidate_gates``)
            follows, contacts = i in may_follow, i in may_contact
        else:
            follows = contacts = True
        # (a kept block's text is folded by the tests themselves, when not met before)
        text = _fold(block.plain) if short and (follows or contacts) and (holds is None or not holds(block)) \
            else None
        follow = follow_of(block, vocab, text) if short and follows else None
        if follow is not None and third_party_follow(blocks, i, findings, plain_body, vocab):
            follow = None  # whom it says to follow is the article's third person: its content
        if follow is not None:
            found.append(follow)
        byline = byline_of(block, vocab) if len(block.plain) <= 80 else None
        if byline is not None:
            found.append(byline)
        # the end: among the last blocks, after some body-sized paragraph (in a short document the last four blocks
        # are also its first)
        after_body = bool(plain_body) and plain_body[0] < i
        edge = "tail" if i in tail and after_body else "head" if i in head else ""
        if edge:
            bio = third_person_bio(blocks, i, vocab,
                                   lambda i=i: " ".join(blocks[j].plain for j in plain_body if j != i), edge,
                                   the_author)
            if bio is not None:
                bonus, note = low_overlap_bonus(i)
                found.append(Finding(bio.kind, bio.rule, bio.cue + note, round(min(1.0, bio.strength + bonus), 3),
                                     match=bio.match))
        if not found and short and contacts:
            contact = contact_of(block, vocab, text)
            if contact is not None:
                bonus, note = low_overlap_bonus(i)
                found.append(Finding(contact.kind, contact.rule, contact.cue + note,
                                     round(min(1.0, contact.strength + bonus), 3), match=contact.match))
        # lexical families (detectors/families.py)
        family = family_at[i] if family_at is not None else family_of(block)
        if family is not None and family.rule in SUBJECT_RULES and names_the_subject(blocks, i, plain_body, vocab):
            family = None  # (a resource box's words about the article's subject: ``subject_vetoed``)
        if family is not None and family.kind == "call_to_action" and prompt_after_body(block, family):
            family = None  # (the article's sentence first, the prompt glued after it: not the paragraph whole)
        if family is not None and (allowed is None or family.kind in allowed):
            found.append(family)
        # (``link_list_lead``'s first test, without the call: most blocks)
        items = link_list_lead(blocks, i, findings) if block.plain.rstrip().endswith((":", "：")) else []
        if items:
            lead = " ".join(block.plain.split())[:40]
            cue = f"lead '{lead}' over {len(items)} link item(s)"
            found.append(_finding("related", "link_list_section", cue, 0, opens_section=True))
            for j in items:
                added[j].append(_finding("related", "link_list_section", f"a link item under '{lead}'", 0))
        added[i].extend(found)
    for i in range(1, n):  # a short heading line right over a bio ("About the author", "关于作者"): with it
        if (added[i] or findings[i]) and not added[i - 1] and not findings[i - 1] and i - 1 not in head:
            heading = bio_heading(blocks[i - 1], added[i] + findings[i], blocks[i].plain)
            if heading is not None:
                added[i - 1].append(heading)
    result = []
    for i, found in enumerate(findings):
        extra = [f for f in added[i] if (allowed is None or f.kind in allowed) and f.strength > 0
                 and not any(g.kind == f.kind and g.strength >= f.strength for g in found)]
        result.append(sorted(found + extra, key=lambda f: -f.strength) if extra else found)
    return share_on_topic(blocks, result)


#: The share word of a share prompt's cue (detectors/families.py: "share '共有' + what 'ツイッター'").
_SHARE_CUE = compile_pattern(r"^share '([^']+)'")


def share_on_topic(blocks: list[Block], findings: list[list[Finding]]) -> list[list[Finding]]:
    """``findings`` without the share prompts (``call_to_action.share_prompt`` found by its share word at the start)
    of a block that asks nothing of the reader (no reader or request word of data/prompts.json ``closing.reader``,
    no "!") and whose share word a prose block of the article uses too (another block of ``SHARE_TOPIC_MIN_CHARS``
    or more with no finding, not code): the article's topic is sharing, the sentence is its own ("共有先の指定ができ
    ないので実際にはツイッター以外でも成否判定がなされてしまう…" in a post on a share plug-in; lines36). A prompt
    printed twice is no prose block of the other (each has its finding)."""
    out = findings
    for i, found in enumerate(findings):
        if not found or not any(f.rule == "call_to_action.share_prompt" for f in found):
            continue  # (most blocks)
        kept = []
        for f in found:
            match = _SHARE_CUE.match(f.cue) if f.rule == "call_to_action.share_prompt" else None
            if match is not None and _shared_topic(blocks, findings, i, match.group(1)):
                continue
            kept.append(f)
        if len(kept) < len(found):
            if out is findings:
                out = list(findings)
            out[i] = kept
    return out


def _shared_topic(blocks: list[Block], findings: list[list[Finding]], i: int, word: str) -> bool:
    """``share_on_topic``'s test for block ``i`` and its share word ``word`` (folded)."""
    from .prompts import asks_the_reader  # (prompts imports this module's neighbours: read when asked)

    plain = blocks[i].plain
    if "!" in plain or "！" in plain or asks_the_reader(plain):
        return False
    folded = word.casefold()
    return any(j != i and not findings[j] and blocks[j].type not in ("code", "front_matter", "table")
               and len(blocks[j].plain) >= SHARE_TOPIC_MIN_CHARS and folded in _fold(blocks[j].plain)
               for j in range(len(blocks)))


# --- a section of several authors' bios under one bio heading (mdbios30) ------------------------------------------
#: A person's name as a sub-heading: one to five words, no digit, no sentence end, no colon ("Jane Doe", "张伟").
NAME_HEADING_MAX_WORDS = 5
NAME_HEADING_MAX_CHARS = 60
_NAME_HEADING_BAD = compile_pattern(r"[\d:：?!？！.。|/@#]")


def name_heading(block: Block) -> str | None:
    """The heading's text when it can be a person's name (``person_bio`` tells whether the paragraph under it is
    that person's bio): a heading of one to five words whose first letter is a capital or a letter of a script
    without capitals, no digit, no sentence end, no link."""
    if block.type != "heading" or block.links:
        return None
    plain = " ".join(block.plain.split()).strip(" *_")
    if not plain or len(plain) > NAME_HEADING_MAX_CHARS or len(plain.split()) > NAME_HEADING_MAX_WORDS \
            or _NAME_HEADING_BAD.search(plain):
        return None
    first = plain[0]
    if first.isalpha() and first.islower():
        return None
    return plain


def person_bio(block: Block, name: str, vocab: Vocabulary) -> str | None:
    """The role when the block opens as the bio of the person ``name`` (a sub-heading's text): the name or one of
    its words (a first name, a profile link's anchor: "[Vinay](…) is a Solutions Architect at …") then a copula
    and a role, a bio's shape or a bio verb; or a bio's first sentence (``bio_sentence``) whose name shares a word
    with ``name`` (a bio in Han, kana or a script without capitals). None for a block that does not (an interview's
    answer under a name: "I opened the shop in 2010 …")."""
    if block.type not in ("paragraph", "list_item"):
        return None
    plain = " ".join(block.plain.split()).lstrip(" *_\"“")
    words = [w for w in name.split() if len(w) >= 2]
    for part in sorted({name, *words}, key=len, reverse=True):
        if not plain.startswith(part) or plain[len(part):len(part) + 1].isalnum():
            continue
        after = _fold(plain[len(part):].lstrip(" ,"))
        for copula in (vocab.copulas if after.startswith(vocab.copulas) else ()):
            if after.startswith(copula + " ") or (not copula[-1].isalpha() and after.startswith(copula)):
                role = _role_after(after[len(copula):], vocab)
                if role:
                    return role
        shape = bio_shape(plain[len(part):].lstrip(" ,"))
        if shape:
            return shape
        for verb in (vocab.bio_verbs if after.startswith(vocab.bio_verbs) else ()):
            if after.startswith(verb + " "):
                return verb
        break
    found = bio_sentence(block, vocab)
    if found and found[0] and (found[0] in name or name in found[0] or set(found[0].split()) & set(words)):
        return found[1]
    return None
