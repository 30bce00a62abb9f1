"""Reporter credit lines by their shape, in the languages whose news sites put the name before the role (issue 11,
branch langs3): Korean "홍길동 기자", "홍길동 기자 (gildong@example.co.kr)", "[서울=뉴시스] 홍길동 기자 =",
"홍길동·김철수 특파원".

- A block that is nothing but the credit (a wire dateline, one to four names, a role word, an e-mail address, "=")
  is ``author_bio.reporter_credit`` (``/contact`` with an e-mail address): at the top or the end of an article it
  goes, and its first name is the author (``reporter_name``).
- The same credit opening a body paragraph, as the wire agencies write their lead ("[서울=뉴시스] 홍길동 기자 = 정부는
  …"), gives the author only: the paragraph is the article's and stays (``reporter_lead_name``).
- Prose that names a reporter ("김 기자는 어제 현장을 찾았다", "홍길동 기자는 …") is no credit: the block must end
  with the credit; a name is two to four syllables opening with a surname of the data, and not a desk ("정치부").

The vocabulary is ``reporter_credit`` in ``data/bios/<lang>.json`` (roles, the name's shape, the dateline, the
joiners between names) with the language's ``uncased`` surnames and not-names; the strengths are in
``rules.RULES``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..datafiles import data_path, read_json
from ..model import Block, Finding
from ..rules import RULES
from ..scripts import fold_format
from .base import EMAIL_PATTERN as _EMAIL
from .terms import longest_first
from ..scripts import nfkc

#: The longest block a credit line may be (a dateline, four names, a role and an e-mail address).
_MAX_CHARS = 120


@dataclass(frozen=True, slots=True)
class _Shape:
    line: regex.Pattern  # the whole block
    lead: regex.Pattern  # the credit opening a paragraph, "=" after it
    bracket: regex.Pattern  # the credit in brackets after the outlet, opening a paragraph ("[한국방송/홍길동 기자]")
    not_outlets: frozenset[str]  # ...whose outlet is not a picture's word ("[사진=홍길동 기자]": a photographer)
    surnames: tuple[str, ...]  # longest first
    not_names: frozenset[str]
    not_endings: tuple[str, ...]
    joiners: str
    ascii_roles: bool  # some role word is ASCII (else an ASCII text is no credit of this shape)


@lru_cache(maxsize=1)
def _shapes() -> tuple[_Shape, ...]:
    shapes = []
    for entry in sorted(data_path("bios").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = read_json("bios", entry.name)
        credit = data.get("reporter_credit")
        if not credit:
            continue
        uncased = data.get("uncased", {})
        joiners = "".join(credit["joiners"])
        names = rf"(?P<names>{credit['name']}(?:[ \t]?[{regex.escape(joiners)}][ \t]?{credit['name']}){{0,3}})"
        roles = "|".join(regex.escape(r) for r in sorted(credit["roles"], key=longest_first))
        head = rf"^(?:(?P<dateline>{credit['dateline']})[ \t]*)?{names}[ \t]?(?P<role>{roles})"
        shapes.append(_Shape(
            line=compile_pattern(head + rf"(?:[ \t]*=)?(?:[ \t]*[(\[<]?[ \t]*(?P<email>{_EMAIL})[ \t]*[)\]>]?)?"
                               r"[ \t]*=?[ \t]*$"),
            lead=compile_pattern(head + r"[ \t]*=[ \t]*(?=\S)"),
            bracket=compile_pattern(r"^[\[【(][ \t]*(?P<outlet>[^\[\]()【】=/]{1,20}?)(?:[ \t]*[=/|·][ \t]*|[ \t]+)" + names
                                    + rf"[ \t]?(?P<role>{roles})[ \t]*[\])】]"),
            not_outlets=frozenset(credit.get("not_outlets", ())),
            surnames=tuple(sorted(uncased.get("surnames", ()), key=longest_first)),
            not_names=frozenset(uncased.get("not_names", ())),
            not_endings=tuple(credit.get("not_name_endings", ())),
            joiners=joiners,
            ascii_roles=any(role.isascii() for role in credit["roles"]),
        ))
    return tuple(shapes)


@lru_cache(maxsize=1)
def _any_ascii_role() -> bool:
    """Whether a role word of some language is ASCII (none is today: an ASCII block is then no credit, quickly)."""
    return any(shape.ascii_roles for shape in _shapes())


def _prepared(text: str) -> str:
    return " ".join(fold_format(nfkc(text)).split()).strip(" *_")


def _first_name(match: regex.Match, shape: _Shape) -> str | None:
    """The first of the credit's names, or None when one of them is no person's name (a desk, a not-name)."""
    names = [n.strip() for n in regex.split(f"[{regex.escape(shape.joiners)}]", match.group("names"))]
    for name in names:
        if name in shape.not_names or name.endswith(shape.not_endings) or not name.startswith(shape.surnames):
            return None
    return names[0] if names else None


def _credit(text: str) -> tuple[str, bool] | None:
    """(the first name, whether an e-mail address is given) of a block that is nothing but a reporter's credit."""
    if len(text) > _MAX_CHARS or text.isascii() and not _any_ascii_role():
        return None
    prepared = _prepared(text)
    for shape in _shapes():
        match = shape.line.match(prepared)
        if match is not None:
            name = _first_name(match, shape)
            if name is not None:
                return name, match.group("email") is not None
    return None


def reporter_credit(block: Block) -> Finding | None:
    """``author_bio.reporter_credit`` for a block that is nothing but a reporter's credit, else None."""
    if block.type not in ("paragraph", "list_item", "heading"):
        return None
    found = _credit(block.plain)
    if found is None:
        return None
    name, email = found
    rule = "author_bio.reporter_credit"
    entry = RULES[f"{rule}/contact" if email else rule]
    cue = f"name + role: {name}" + (" + an e-mail address" if email else "")
    return Finding("author_bio", rule, cue, entry.at(len(block.plain)), match=entry.match)


def may_hold_credit(text: str) -> bool:
    """False when ``text`` cannot hold a reporter's credit at all: it is ASCII and no language's role word is."""
    return not text.isascii() or _any_ascii_role()


def reporter_name(text: str) -> str | None:
    """The first name of a block that is nothing but a reporter's credit ("홍길동 기자" -> "홍길동")."""
    found = _credit(text)
    return found[0] if found else None


def reporter_lead_name(text: str) -> str | None:
    """The first name of a reporter's credit opening a paragraph with "=" after it ("[서울=뉴시스] 홍길동 기자 = 정부는
    …" -> "홍길동"), or in brackets after the outlet's name and a "/" or "=" ("[한국방송/홍길동기자] 정부는 …",
    "[데일리안 = 홍길동 기자] …"; meta38): the author, the paragraph staying."""
    if text[:_MAX_CHARS].isascii() and not _any_ascii_role():
        return None
    head = _prepared(text[:_MAX_CHARS])
    for shape in _shapes():
        match = shape.lead.match(head)
        if match is None:
            match = shape.bracket.match(head)
            if match is not None and match.group("outlet").strip() in shape.not_outlets:
                return None  # a picture's credit names its photographer
        if match is not None:
            return _first_name(match, shape)
    return None
