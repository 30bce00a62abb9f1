"""Lexical families: boilerplate recognised by the *kinds* of words it combines, in any order and wording.

A reprint permission says that you may (``permission``) publish (``publish``) it on a condition (``condition``); an
editorial disclaimer names views and says they are the author's own; a login prompt asks to log in and names
comments. No single phrase is needed: a block is a family's finding when it holds a term of every group of one of
the family's combinations, in a short block ("Sie dürfen ihn unverändert auf Ihrer Website veröffentlichen,
solange die Autorenbox erhalten bleibt." is permission + publish + condition, though no cue file lists that
sentence). The groups are data, one list per language (``data/families.json``), so a language is added without
code; the strengths are ``rules.RULES[<rule>]`` (and ``<rule>/<variant>``), damped in longer blocks.

Each finding names its family and the terms it met in ``cue`` ("permission 'sie dürfen' + publish 'veröffentlich*'
+ condition 'solange'"), so ``--explain`` says why. Its ``match`` is ``phrase``: a quotation inside the body that
only mentions such words stays (decision.protect_inner_body), and the middle of an article asks for more than
most families give (editorial disclaimers, reprint permissions and credits go at the edges only). A block in
reported speech ("the editor said the views were the author's own", ``unless`` in the data) is never a finding.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex

from ..model import Block, Finding
from ..rules import RULES

_ADDRESS = regex.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|https?://\S+|www\.\S+")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
#: A "lead" group must match within this many characters of the block's start ("Note: ", "(", "— " before it).
LEAD_CHARS = 12


def fold(text: str) -> str:
    """NFKC, case-folded, one space between words, typographic apostrophes as "'"."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'").replace("ʼ", "'")
    return " ".join(text.split())


def _term_pattern(term: str) -> str:
    prefix = term.endswith("*")
    term = fold(term.rstrip("*"))
    body = r"\s+".join(regex.escape(part) for part in term.split())
    if _UNSPACED.search(term):
        return body  # a script without spaces: anywhere
    return r"(?<![\p{L}\p{M}\p{N}])" + body + ("" if prefix else r"(?![\p{L}\p{M}\p{N}])")


@dataclass(frozen=True, slots=True)
class Combo:
    groups: tuple[str, ...]
    lead: str = ""
    variant: str = ""


@dataclass(frozen=True, slots=True)
class Family:
    rule: str  # "<kind>.<name>"
    max_chars: int
    needs_address: bool
    combos: tuple[Combo, ...]
    groups: dict[str, regex.Pattern]
    probe: regex.Pattern  # any term of the family's first group of each combo: a quick "no"

    @property
    def kind(self) -> str:
        return self.rule.split(".", 1)[0]


def _data() -> dict:
    return json.loads(resources.files("cleaner").joinpath("data", "families.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def reported_speech() -> regex.Pattern:
    """Reported speech ("said", "hieß es", "selon"): a block that reports the words is the article's."""
    terms = sorted({t for words in _data()["unless"].values() for t in words}, key=len, reverse=True)
    return regex.compile("|".join(_term_pattern(t) for t in terms))


@lru_cache(maxsize=1)
def families() -> tuple[Family, ...]:
    data = _data()
    out = []
    for rule, spec in data["families"].items():
        terms = {name: sorted({t for words in by_lang.values() for t in words}, key=len, reverse=True)
                 for name, by_lang in spec["groups"].items()}
        groups = {name: regex.compile("|".join(_term_pattern(t) for t in words)) for name, words in terms.items()}
        combos = tuple(Combo(tuple(c["all"]), c.get("lead", ""), c.get("variant", "")) for c in spec["combos"])
        first = sorted({t for c in combos for t in terms[c.groups[0]]}, key=len, reverse=True)
        out.append(Family(rule, int(spec["max_chars"]), bool(spec.get("needs_address")), combos, groups,
                          regex.compile("|".join(_term_pattern(t) for t in first))))
    return tuple(out)


@lru_cache(maxsize=1)
def _any_probe() -> tuple[regex.Pattern, int]:
    """One pattern for every family's probe, and the longest block any family looks at."""
    found = families()
    return regex.compile("|".join(f"(?:{f.probe.pattern})" for f in found)), max(f.max_chars for f in found)


def family_finding(block: Block, text: str | None = None) -> Finding | None:
    """The strongest family finding on one block, or None (most blocks: no family's first group matches)."""
    if block.type not in ("paragraph", "list_item", "quote", "heading"):
        return None
    probe, longest = _any_probe()
    if len(block.plain) > longest:
        return None
    text = fold(block.plain) if text is None else text
    if not probe.search(text) or reported_speech().search(text):
        return None
    best: Finding | None = None
    for family in families():
        if len(block.plain) > family.max_chars:
            continue
        if not family.probe.search(text):
            continue
        if family.needs_address and not (_ADDRESS.search(block.plain) or any(not l.is_image for l in block.links)):
            continue
        for combo in family.combos:
            met = []
            for name in combo.groups:
                match = family.groups[name].search(text)
                if match is None or (name == combo.lead and match.start() > LEAD_CHARS):
                    break
                met.append(f"{name} '{match.group(0)}'")
            else:
                entry = RULES[f"{family.rule}/{combo.variant}" if combo.variant else family.rule]
                value = entry.at(len(block.plain))
                if value > 0 and (best is None or value > best.strength):
                    best = Finding(family.kind, family.rule, " + ".join(met), round(value, 3), match=entry.match)
                break
    return best
