"""Author and source URL of text and Markdown documents from evidence without a labelled block of their own.

The result's ``author`` and ``source_url`` come first from a removed bio or credit and from the markup
(result.py); these are the fallbacks, each asked only when nothing before it answered (a wrong author is worse than
none, so each one says None when unsure):

- ``front_matter_source_url``: a front matter key that holds the article's address (``original_url:``,
  ``canonical_url:``, ``source:``, ``url:``), when it is an absolute http(s) URL;
- ``credit_url``: a removed block's "<credit label>: <url>" line ("原文链接：https://…", "Source: https://…",
  "Nguồn: https://…"), whatever kind the block was removed as (a CSDN rights box, an author box);
- ``dated_byline``: a name after a byline label inside a post's dated record line ("Posted in X on 31/08/2011 by
  Jane Doe", "26 Septembre 2021 , Rédigé par DUPONT Jean - Pierre Publié dans …"), or a label-and-name line ("Por
  Jane Doe") next to a date line, near the top or the end;
- ``publication_byline``: the name in a site's or a blog's tagline at the top or the end ("Un blog di Paolo Rossi,
  giornalista ...", "A blog by Jane Doe"): the line opens with the tagline's words, the name ends the line or is
  followed by punctuation;
- ``bio_label_name``: the name that opens the sentence after a bio's label and colon ("Об авторе: Виктор Николаевич
  Литовкин – военный обозреватель ТАСС." -> "Виктор Николаевич Литовкин"), asked of a removed bio; ``short_form``
  then prefers the bare name line at the top that is the same name shortened ("Виктор Литовкин": same first and
  last word, the byline as the reader sees it);
- ``role_byline``: a label-and-name line followed by a role or an outlet after punctuation ("By Jane Doe, Staff
  Writer", "Par Jean Dupont, correspondant à Lyon", "By Jane Doe | The Harbour Times"), or a byline symbol and a
  name ("✍️ Jane Doe") before the first paragraph of prose; ``cjk_byline``: "作者：王小明", "文／王小明", "撰文：王小明" there (a name of 2-4 Han characters);
- ``signature``: a dash and a name alone on the line after the article's last paragraph ("— Jane Doe", "-- Jane
  Doe, harbour engineer"), not after a quotation (the paragraph before it ends with a quotation mark: "— Winston
  Churchill" under a quote is its attribution), with no paragraph of prose after it and a name that does not come
  back in the text (a person quoted);
- ``credit_author``: the name after a byline label in a removed credit line of a repost ("Originally published by
  Jane Doe on Medium", "Dieser Beitrag von Katrin Vogel erschien zuerst auf ..."), not a picture's credit;
- ``author_link``: the anchor of a link to an author's page ("[Jane Doe](https://site/author/jane/)") near the top
  or the end, when it reads as a name.

A name is 2-4 capitalised words (particles between them; "Jean - Jacques" joined by a spaced hyphen), none of them a
month, a weekday or a word of a post's record ("Publié", "Posted"), never a date, a URL or a sentence. Vocabulary:
data/text_metadata.json; sizes: rules.TEXT_META.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable
from urllib.parse import parse_qsl, urlsplit

import regex

from .patterncache import compile_pattern
from .datafiles import read_json
from .inline import may_hold_link, parse_inline
from .links import IMAGE_EXTENSION_PATTERN, SHARE_URL_MARKERS, host_of, on_hosts
from .metashape import has_date as _has_date, meta_line_shape
from .metashape import fold as _fold, vocabulary as meta_vocabulary
from .detectors.base import ENDS_SENTENCE as _SENTENCE_END, ends_sentence
from .detectors.structure import NOT_A_NAME
from .detectors.terms import longest_first
from .names import PARTICLES as _PARTICLES
from .model import AUTHOR_SEPARATOR, Block  # (AUTHOR_SEPARATOR: textmeta's name for it too)
from .rules import TEXT_META
from .scripts import fold_marks, unmarked_sentence

_NAME_WORD = compile_pattern(r"^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?$")
#: A byline's token: a run of non-blanks (the page-text bylines split their lines by it too).
TOKEN = compile_pattern(r"\S+")
_TRAILING = ",;|·•:"
_ASCII_WORD = compile_pattern(r"[a-z0-9]+")
_LOWER_WORD = compile_pattern(r"\p{Ll}[\p{L}\p{M}'’-]*")
#: Markdown link syntax of a block's text ("[Jane Doe](https://…)"): its anchor and its address.
_MD_LINK = compile_pattern(r"\[([^\]\n]{1,80})\]\((https?://[^)\s]+)")


def _languages(table: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """Each folded word of a per-language table with the languages it is listed for."""
    out: dict[str, set[str]] = {}
    for lang, words in table.items():
        for word in words:
            out.setdefault(_fold(word), set()).add(lang)
    return {word: frozenset(langs) for word, langs in out.items()}


@lru_cache(maxsize=1)
def metadata_vocabulary() -> dict:
    """The text metadata's words and patterns, from data/text_metadata.json (labels, joiners, stop words, the
    record's words...), read once: textmeta's and the page-text bylines' (textbylines, linebylines, pagebylines)."""
    data = read_json("text_metadata.json")

    def labels(table: dict) -> regex.Pattern:
        words = sorted({_fold(w) for terms in table.values() for w in terms}, key=longest_first)
        body = "|".join(r"\s+".join(regex.escape(part) for part in w.split()) for w in words)
        return compile_pattern(r"(?<![\p{L}\p{M}\p{N}])(?:" + body + r")(?![\p{L}\p{M}\p{N}])", regex.IGNORECASE)

    def heads(table: dict) -> regex.Pattern:
        # each label's first two characters as ``labels`` spells them (a space between words: a blank), the same
        # flags: ``may_open``'s test (speed39)
        words = sorted({" ".join(_fold(w).split()) for terms in table.values() for w in terms} - {""})
        alternatives = sorted({regex.escape(w[0]) + ("" if len(w) < 2 else r"\s" if w[1] == " "
                                                     else regex.escape(w[1])) for w in words})
        return compile_pattern("(?:" + "|".join(alternatives) + ")", regex.IGNORECASE)

    months, weekdays, meta = meta_vocabulary()
    return {
        "front_matter": tuple(_fold(key) for key in data["front_matter_source_url"]),
        "front_matter_author": tuple(data["front_matter_author"]),
        "not_source_segments": frozenset(_fold(w) for w in data["not_source_path_segments"]),
        "not_source_hosts": frozenset(data["not_source_hosts"]),
        "not_source_fragments": tuple(data["not_source_fragments"]),
        "not_source_query_keys": frozenset(data["not_source_query_keys"]),
        "social_hosts": frozenset(read_json("networks.json")["hosts"]),
        # "<label> : <url>" with the label at the start of a line or after a sentence's end
        # (the label opens its line or follows a sentence's end: "Image source: <url>" is a picture's credit)
        "credit": compile_pattern(r"(?:^[^\S\n]*[*_>#-]*[^\S\n]*|(?<=[.。!！|][^\S\n]?))(?:"
                                + labels(data["credit_url_labels"]).pattern
                                + r")[^\S\n]*[:：][*_]*[^\S\n]*(?:(?P<url>https?://[^\s<>\"'()\[\]{}|，。；、）】*]+)"
                                # (guard39) or a link whose address is only its target: an HTML page's credit
                                # "Source: <a href=…>Site</a>", Markdown's "Source: [Site](…)"
                                + r"|\[[^\]\n]{1,200}\]\((?P<link>https?://[^\s()<>]+)\))",
                                regex.MULTILINE | regex.IGNORECASE),
        "byline": labels(data["dated_byline_labels"]),
        "publication_by": labels(data["publication_by_labels"]),
        # (``may_open``'s gates of the two patterns above: their labels' first two characters, and a memo of the
        # ASCII pairs asked)
        "byline_heads": (heads(data["dated_byline_labels"]), {}),
        "publication_heads": (heads(data["publication_by_labels"]), {}),
        # "作者：王小明" / "文／王小明": a CJK label, a colon or a slash, a name of Han characters, then the line's end,
        # a space or punctuation
        "cjk_byline": compile_pattern(r"^(?:" + "|".join(regex.escape(w) for w in sorted(
            data["cjk_byline_labels"], key=longest_first)) + r")[^\S\n]*[:：/／|｜・][^\S\n]*"
            r"(?P<name>[\p{Han}·・]{2,4})(?=$|[\s，,。|｜/／、;；])"),
        "cjk_not_a_name": frozenset(data["cjk_not_a_name"]),
        "cjk_labels": tuple(data["cjk_byline_labels"]),
        "byline_symbols": tuple(sorted(data["byline_symbols"], key=longest_first)),
        # the last word of every byline label: a line without any of them is not read further (the fast path)
        "byline_words": frozenset(_fold(w).split()[-1] for terms in data["dated_byline_labels"].values()
                                  for w in terms),
        "not_before": frozenset(_fold(w) for w in data["not_author_before"]),
        "author_paths": frozenset(_fold(w) for w in data["author_path_segments"]),
        "author_classes": frozenset(_fold(w) for w in data["author_class_words"]),
        "organisations": frozenset(_fold(w) for w in data["organisation_words"]),
        "joiners": frozenset(_fold(w) for words in data["name_list_joiners"].values() for w in words),
        # the languages of each joiner and of each byline label ("et": fr; "de": ro): a list's joiner and its label
        # must share one ("De Buenos Aires, Santa Fe y Mar del Plata" is Spanish "from", not Romanian "by")
        "joiner_langs": _languages(data["name_list_joiners"]),
        "label_langs": _languages(data["dated_byline_labels"]),
        # a word that ends a list of names: a writer's role, an organisation's word ("By Jane Doe and Staff Writers")
        "not_in_list": frozenset(_fold(w) for w in data["organisation_words"])
        | frozenset(_fold(w) for words in read_json("text_bylines.json")["writer_roles"].values() for w in words
                    if " " not in w) | frozenset(_fold(w) for w in read_json("text_bylines.json")["not_name_words"]),
        "cjk_separators": tuple(data["cjk_name_separators"]),
        "pronouns": frozenset(_fold(w) for words in data["subject_pronouns"].values() for w in words),
        "stop": months | weekdays | frozenset(w for w in meta if len(w) >= 3),
        "record": months | weekdays | meta,
        # a function word before the label that is no record word: the line is a sentence ("The report was signed
        # by ...", "This article was published by ...")
        "function": frozenset(_fold(w) for lang, words in read_json("stopwords.json").items() if lang != "_doc"
                              for w in words) - months - weekdays - meta,
    }


# --- names ---------------------------------------------------------------------------------------------------------


def name_at(tokens: list[str], stop: frozenset[str]) -> str | None:
    """The name that opens ``tokens`` (2-4 capitalised words), or None."""
    span = _name_span(tokens, stop)
    return span[0] if span else None


def _name_span(tokens: list[str], stop: frozenset[str], joiners: frozenset[str] | None = None
               ) -> tuple[str, int] | None:
    """(the name that opens ``tokens``, how many tokens it takes), or None. With ``joiners`` (``name_list``), a
    joiner after two capitalised words ends the name: one in capitals ("JEAN DUPONT ET MARIE CURIE"), or a particle
    that is also a joiner ("y", "e") before a name of two words ("Juan Pérez y Ana López"; not "José Ortega y
    Gasset")."""
    words: list[str] = []
    k = 0
    while k < len(tokens) and len(words) < 2 * TEXT_META.name_max_words:
        token = tokens[k]
        bare = token.rstrip(_TRAILING)
        if joiners is not None and len(words) >= TEXT_META.name_min_words and all(
                _in_capitals(w) for w in words if w != "-" and w not in _PARTICLES) \
                and _NAME_WORD.match(bare) and not bare.isupper():
            break  # "JANE DOE Associated Press": a name in capitals, then its outlet in Title case
        if joiners is not None and bare == token and _fold(bare) in joiners \
                and sum(w != "-" and w not in _PARTICLES for w in words) >= TEXT_META.name_min_words \
                and (bare.isupper() or bare in _PARTICLES and name_at(tokens[k + 1:], stop) is not None):
            break
        if bare == "-" and words and words[-1] != "-" and k + 1 < len(tokens) \
                and _NAME_WORD.match(tokens[k + 1].rstrip(_TRAILING)):
            words.append("-")  # "Jean - Jacques"
        elif bare == token and bare in _PARTICLES and words and _name_follows(tokens, k + 1):
            words.append(bare)  # "María de la Torre"
        elif _NAME_WORD.match(bare) and _fold(bare).rstrip(".") not in stop:
            words.append(bare)
        else:
            break
        k += 1
        if bare != token:  # "Jane Doe," / "Jane Doe |": the name ends at its punctuation
            break
    while words and (words[-1] == "-" or words[-1] in _PARTICLES):
        words.pop()
    if words and _fold(words[0]) in NOT_A_NAME:
        return None  # "By The Harris Law Firm", "[The Author](…/author/…)": a firm, a site, a label
    capitalised = [w for w in words if w != "-" and w not in _PARTICLES]
    if not TEXT_META.name_min_words <= len(capitalised) <= TEXT_META.name_max_words:
        return None
    if _fold(capitalised[-1]).rstrip(".") in metadata_vocabulary()["organisations"]:
        return None  # "Started by Biology Forums", "By Acme Media Group": an organisation's or a site's name
    name = " ".join(words).rstrip(".") if not words[-1].endswith(".") or len(words[-1]) > 2 else " ".join(words)
    return name, len(words)


def name_list(tokens: list[str], stop: frozenset[str]) -> tuple[list[str], int] | None:
    """(the names that open ``tokens``, how many tokens they take), or None: one name, or several parted by commas
    with a joiner before the last one ("Jane Doe and John Smith", "Jean Dupont, Marie Curie et Paul Martin", "Jane
    Doe, John Smith, and Ann Lee", "JEAN DUPONT ET MARIE CURIE"). Without a joiner, a comma ends the list at its
    first name ("Jane Doe, Staff Writer", "Jane Doe, John Smith": a name and a role, or an outlet, as far as the
    shape says); a role's or an organisation's word in a later name ends it too."""
    vocab = metadata_vocabulary()
    joiners = vocab["joiners"]
    first = _name_span(tokens, stop, joiners)
    if first is None:
        return None
    names, k = [first[0]], first[1]
    pending: list[str] = []  # the names after commas, kept when a joiner comes before a last name
    while len(names) + len(pending) < TEXT_META.names_max and k < len(tokens):
        comma = tokens[k - 1].endswith((",", ";")) or tokens[k] in (",", ";")
        if tokens[k] in (",", ";"):
            k += 1
        joined = k < len(tokens) and _fold(tokens[k]) in joiners
        if joined:
            k += 1
        elif not comma:
            break
        span = _name_span(tokens[k:], stop, joiners)
        if span is None or not _person_words(span[0], vocab):
            break
        if joined:
            names.extend(pending + [span[0]])
            pending = []
        else:
            pending.append(span[0])
        k += span[1]
        if joined:
            consumed = k
    if len(names) == 1:
        return names, first[1]
    return names, consumed


def _person_words(name: str, vocab: dict) -> bool:
    """No word of ``name`` is a writer's role or an organisation's ("Staff Writer", "Harbour Times Group")."""
    return not any(_fold(w) in vocab["not_in_list"] for w in name.split())


def with_list(text: str, name: str) -> str:
    """``name`` found in ``text`` (a removed byline or bio), or the list of names it opens there, joined ("Par Jean
    Dupont, Marie Curie et Paul Martin" -> "Jean Dupont; Marie Curie; Paul Martin"; authors11c)."""
    at = text.find(name)
    if at < 0 or AUTHOR_SEPARATOR in name:
        return name
    tokens = TOKEN.findall(text[at:at + TEXT_META.byline_max_chars])
    found = name_list(tokens, metadata_vocabulary()["stop"])
    if found is None or len(found[0]) < 2 or found[0][0] != name:
        return name
    return join_names(found[0])


def list_agrees(label: str, tokens: list[str]) -> bool:
    """The joiner of a list of names (in ``tokens``, the list's) is a word of a language the byline ``label`` belongs
    to, or a sign ("&"): "Par A et B", "By A and B", not "De A y B" (Spanish "from", the label Romanian "by")."""
    vocab = metadata_vocabulary()
    label_langs = vocab["label_langs"].get(" ".join(_fold(label).split()), frozenset())
    for token in tokens:
        langs = vocab["joiner_langs"].get(_fold(token))
        if langs is not None:
            return "_signs" in langs or bool(langs & label_langs)
    return True


def _names_not_words(names: list[str], blocks: list[Block]) -> bool:
    """No word of ``names`` is written in lower case in the document: capitalised words of a heading or a menu ("By
    Land and By Sea", "Public Transport and Private Cars") are words the text uses, a person's name is not."""
    lower = {w.casefold() for w in _LOWER_WORD.findall(" ".join(block.plain for block in blocks))}
    return not any(word.casefold() in lower for name in names for word in name.split()
                   if word not in _PARTICLES and word != "-")


def join_names(names: list[str]) -> str:
    return AUTHOR_SEPARATOR.join(names)


def split_author_list(author: str) -> str:
    """An author string that is a list of names ("Jean Dupont et Marie Curie", "Juan Pérez y Ana López", "A, B and
    C") given as trafilatura gives it ("Jean Dupont; Marie Curie"); any other string as it is."""
    if AUTHOR_SEPARATOR in author or len(author) > TEXT_META.byline_max_chars:
        return author
    tokens = TOKEN.findall(author)
    found = name_list(tokens, metadata_vocabulary()["stop"])
    if found is not None and found[1] < len(tokens) and _caps_then_outlet(found[0], tokens[found[1]:]):
        return join_names(found[0])  # "JANE DOE Associated Press" -> "JANE DOE"
    if found is None or len(found[0]) < 2 or found[1] != len(tokens):
        return author
    return join_names(found[0])


def _in_capitals(word: str) -> bool:
    """A word in capitals of two letters or more ("JANE", "O'NEIL"; not an initial, "T.")."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


def _caps_then_outlet(names: list[str], rest: list[str]) -> bool:
    """Names in capitals followed by a few words in Title case and nothing else ("JANE DOE and JOHN ROE Associated
    Press"): the outlet of a wire's byline, parted from the names by its case alone."""
    return all(_in_capitals(w) for name in names for w in name.split() if w != "-" and w not in _PARTICLES) \
        and 0 < len(rest) <= TEXT_META.role_max_words and all(
            _NAME_WORD.match(w) and not w.isupper() for w in rest)


def _name_follows(tokens: list[str], k: int) -> bool:
    """A capitalised word follows position ``k`` after particles only."""
    while k < len(tokens) and tokens[k] in _PARTICLES:
        k += 1
    return k < len(tokens) and _NAME_WORD.match(tokens[k].rstrip(_TRAILING)) is not None


def looks_like_name(text: str) -> bool:
    """2-4 capitalised words and nothing else ("Jane Doe", "GUEDON Jean - Jacques"), no month, weekday or record
    word among them."""
    text = " ".join(text.split())
    if not text or len(text) > TEXT_META.name_max_chars:
        return False
    tokens = TOKEN.findall(text)
    name = name_at(tokens, metadata_vocabulary()["stop"])
    return name is not None and name == text.rstrip(".")


# --- source URL ----------------------------------------------------------------------------------------------------
def _absolute(url: str | None) -> str | None:
    if not url:
        return None
    url = url.strip().strip("'\"<>")
    try:
        parts = urlsplit(url)
    except ValueError:  # "http://[ccpa-preferences]": a bracketed host that is no IP address
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        return None
    return url


def front_matter_source_url(fields: dict[str, str]) -> str | None:
    """The first front matter key of ``front_matter_source_url`` that holds an absolute http(s) URL."""
    for key in metadata_vocabulary()["front_matter"]:
        found = _absolute(fields.get(key))
        if found:
            return found
    return None


#: A front matter key (its keys of the author: data/text_metadata.json ``front_matter_author``), and a YAML list item
#: under it ("authors:" then "  - Jane Doe" or "  - name: Jane Doe")
_FM_KEY = compile_pattern(r"^([A-Za-z_][\w-]{0,40})\s*[:=]\s*(.*)$")
_FM_ITEM = compile_pattern(r"^\s*-\s+(?:name\s*:\s*)?(?P<value>\S.*)$")


#: An Obsidian / wiki link in a front matter's value: "[[Name]]", "[[target|label]]" (meta36).
_WIKI_LINK = compile_pattern(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")


def unwiki(value: str) -> str:
    """``value`` with each wiki link replaced by its label ("[[Jane Doe]]" -> "Jane Doe", "[[people/jd|Jane Doe]]" ->
    "Jane Doe"): a note tool's link syntax is no part of a name."""
    return _WIKI_LINK.sub(lambda m: m.group(1).strip(), value) if "[[" in value else value


def front_matter_author(text: str, fields: dict[str, str]) -> str | None:
    """The author of a front matter (``text``, its lines; ``fields``, its keys' values): ``author:``, ``authors:`` or
    ``byline:``, one name, an inline list ("[Jane Doe, John Smith]") or a YAML list under the key ("authors:" then
    "- Jane Doe" lines); several names joined as ``AUTHOR_SEPARATOR`` joins them (authors11c)."""
    keys = metadata_vocabulary()["front_matter_author"]
    for key in keys:
        value = unwiki(fields.get(key) or "")
        if value:
            if value.startswith("[") and value.endswith("]"):
                names = [part.strip().strip("'\"") for part in value[1:-1].split(",")]
                return join_names([name for name in names if name]) or None
            return value
    lines = text.splitlines()
    for i, line in enumerate(lines):
        match = _FM_KEY.match(line)
        if match is None or match.group(1).lower() not in keys or match.group(2).strip():
            continue
        names = []
        for item in lines[i + 1:]:
            found = _FM_ITEM.match(item)
            if found is None:
                break
            names.append(unwiki(found.group("value").strip().strip("'\"")).strip().strip("'\""))
        return join_names([name for name in names if name][:TEXT_META.names_max]) or None
    return None


def credit_url(blocks: Iterable[Block], page_url: str | None = None) -> str | None:
    """The URL after a credit label and a colon in one of ``blocks`` (the removed ones), the first found; or the
    link right after the label when the credit writes no address ("Source: [Site](…)", an HTML page's "Source: <a
    href=…>Site</a>"), when it is a source (``not_a_source``: no share, ad, comment, social profile link, nor one to
    ``page_url``'s own site; guard39)."""
    pattern = metadata_vocabulary()["credit"]
    linked: list[str] = []  # the links after a label, read when no address is written out
    for block in blocks:
        if len(block.text) > TEXT_META.credit_block_max_chars:
            continue
        for match in pattern.finditer(unicodedata.normalize("NFC", block.text)):
            url = _credit_match_url(match)
            if url and match.group("link") is None:
                return url
            if url and block.list_id < 0 and not not_a_source(url, page_url) and url not in linked:
                linked.append(url)  # (a list's item is a reference list's: result._source_url judges those)
    # credits linking different addresses are a list of references, not the article's source (htmlmeta35's rule)
    return linked[0] if len(linked) == 1 else None


def _credit_match_url(match: regex.Match) -> str | None:
    """The address a credit pattern's match names: the one written out, else its link's target (guard39)."""
    if match.group("url") is not None:
        return _absolute(match.group("url").rstrip(".,;:!?"))
    return _absolute(match.group("link"))



def not_a_source(url: str, page_url: str | None = None) -> bool:
    """A share button's link ("https://twitter.com/intent/tweet?url=…", "facebook.com/sharer…"), or a licence's or a
    legal page's ("creativecommons.org/licenses/by-sa/2.5", "/privacy/": ``not_source_path_segments``; meta35); an ad
    server's (``not_source_hosts``), a comment thread's ("#comments", "?replytocom=…"), a social network's profile or
    home page ("twitter.com/examplenews": a follow link; a post's own address stays); the page's own site
    (``page_url``'s host; guard39)."""
    folded = url.casefold()
    if any(marker in folded for marker in SHARE_URL_MARKERS):
        return True
    try:
        parts = urlsplit(folded) if "://" in folded else None
    except ValueError:  # a bracketed host that is no IP address ("http://[ccpa-preferences]"; mdauthor35)
        parts = None
    if parts is None:
        return False
    vocabulary = metadata_vocabulary()
    segments = [segment for segment in parts.path.split("/") if segment]
    if any(segment in vocabulary["not_source_segments"] for segment in segments):
        return True
    host = (parts.hostname or "").removeprefix("www.")
    if on_hosts(host, vocabulary["not_source_hosts"]) or parts.fragment.startswith(vocabulary["not_source_fragments"]) \
            or any(key in vocabulary["not_source_query_keys"] for key, _ in parse_qsl(parts.query)):
        return True
    if len(segments) <= 1 and on_hosts(host, vocabulary["social_hosts"]):
        return True
    return page_url is not None and own_page(url, page_url)


def own_page(url: str, page_url: str) -> bool:
    """A page of ``page_url``'s own site other than the page itself (``same_site``): its newsroom, an archive, a tag
    page, its home page. The page's own address is no other page: a syndicated piece's "Article Source: <this
    article>" names it (scheme, "www.", case and a last slash aside; guard39)."""
    return same_site(url, page_url) and _page_key(url) != _page_key(page_url)


def _page_key(url: str) -> tuple[str, str, str]:
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").casefold().removeprefix("www.")
    except ValueError:
        return ("", url, "")
    return host, parts.path.rstrip("/").casefold(), parts.query


def same_site(url: str, other: str) -> bool:
    """Two addresses on one host ("www." aside), or one on a subdomain of the other's host."""
    first, second = host_of(url), host_of(other)
    return bool(first and second) and (first == second or first.endswith("." + second)
                                       or second.endswith("." + first))


def credit_source(text: str) -> str | None:
    """The source URL of one credit paragraph's text, its links written as their addresses ("Quelle:
    https://…"): the URL after a credit label and a colon (``credit_url``'s pattern, every language of
    ``credit_url_labels``), not a share button's, a licence's or a legal page's, nor a picture's file. The HTML
    reader reads with it the credit paragraphs trafilatura dropped (readers/page_credit.py; htmlmeta35)."""
    if len(text) > TEXT_META.credit_block_max_chars:
        return None
    for match in metadata_vocabulary()["credit"].finditer(unicodedata.normalize("NFC", text)):
        url = _credit_match_url(match)
        if url and not not_a_source(url) and not _IMAGE_FILE.search(url):
            return url
    return None


#: a picture's file ("…/photo.jpg"): a photo credit's link, not an article's
_IMAGE_FILE = compile_pattern(r"\.%s(?:[?#].*)?$" % IMAGE_EXTENSION_PATTERN, regex.IGNORECASE)

# --- author --------------------------------------------------------------------------------------------------------
def record_after(tokens: list[str], vocab: dict) -> bool:
    """What follows a name in a record line is more of the record (a date, a record word, a category, a tag), never
    a sentence's lower-case words ("... by Jane Doe as a draft.")."""
    for token in tokens:
        bare = token.strip(".,;:|·•()[]«»\"'“”!?")
        if not bare or any(c.isdigit() for c in bare) or bare.startswith("#") or bare[:1].isupper() \
                or not bare[:1].isalpha() or _fold(bare) in vocab["record"]:
            continue
        return False
    return True


def _byline_in(plain: str, vocab: dict) -> str | None:
    """The name after a byline label in one short line."""
    plain = unicodedata.normalize("NFC", plain)
    for match in vocab["byline"].finditer(plain):
        before = [w.strip(",.:;|()") for w in _fold(plain[:match.start()]).split()]
        if before and before[-1] in vocab["not_before"] or any(w in vocab["function"] for w in before):
            continue
        rest = plain[match.end():].lstrip(" \t:：")
        tokens = TOKEN.findall(rest)
        found = name_list(tokens, vocab["stop"])  # (several: "Par Jean Dupont et Marie Curie", authors11c)
        if found and len(found[0]) > 1 and not list_agrees(match.group(), tokens[:found[1]]):
            found = name_list(tokens[:len(found[0][0].split())], vocab["stop"])  # the first name only
        if found and record_after(tokens[found[1]:], vocab):
            return join_names(found[0])
    return None


#: a name of two words or more ended by a sentence's full stop (the word before it not an initial) and more after it
_NAME_SENTENCE_END = compile_pattern(r"^(\S+(?:\s+\S+)*?\s+[\p{L}\p{M}'’-]*\p{L}{2}[\p{L}\p{M}'’-]*)\.\s+\S")


#: abbreviations a name holds with their full stop ("Martin King Jr. Smith" is no sentence's end)
_ABBREVIATIONS = frozenset({"jr", "sr", "st", "dr", "mr", "ms", "mrs", "prof", "rev", "gen", "col", "capt", "sgt", "lt",
                            "hon", "fr", "mgr"})


def bio_subject_name(name: str | None) -> str | None:
    """A removed bio's name without the conjunction its sentence opened with ("And Philip Roe is a staff writer …"
    -> "Philip Roe") and without the next sentence's words ("Written by Jane Doe. Jane Doe is a …" gave "Jane Doe.
    Jane Doe": 180 of the text dump's 882 authors); None for a pronoun alone ("He is the author of …", "About Me",
    ``subject_pronouns``), another function word alone, or an organisation's name (its last word one of
    ``organisation_words``: a press release's "About Harbour Medical Center" box; authors11d)."""
    if not name:
        return name
    end = _NAME_SENTENCE_END.match(name)
    if end and _fold(end.group(1).split()[-1]) not in _ABBREVIATIONS:
        name = end.group(1)  # "Written by Jane Doe. Jane Doe is a …": the name ends with its sentence
    words = name.split()
    vocab = metadata_vocabulary()
    while len(words) > 2 and _fold(words[0]) in vocab["function"] and words[0] not in _PARTICLES \
            and _fold(words[0]) not in _PARTICLES:
        words = words[1:]
    if len(words) == 1 and (_fold(words[0]) in vocab["pronouns"] or _fold(words[0]) in vocab["function"]):
        return None
    if len(words) > 1 and _fold(words[-1]).rstrip(".") in vocab["organisations"]:
        return None  # "About Harbour University Medical Center": a press release's box about its organisation
    return " ".join(words) if len(words) != len(name.split()) else name


def _before_next_label(name: str, plain: str, vocab: dict) -> str:
    """``name`` without its last word when a byline label's last word follows it ("Written by Jane Doe Edited by John
    Roe": "Edited" is the next credit's verb, not the name's; authors11d)."""
    words = name.split()
    at = plain.find(name)
    after = plain[at + len(name):].split(None, 1) if at >= 0 else []
    if len(words) > 2 and after and _fold(after[0]) in vocab["byline_words"] and AUTHOR_SEPARATOR not in name:
        return " ".join(words[:-1])
    return name


def byline_name(text: str) -> str | None:
    """The author's name (or names, joined) in the text of a page element the markup names as a byline or an
    author's ("Posted by Jane Doe", "Erstellt von Jane Doe", "Jane Doe, 01.12.2021", "von Jane Doe und John Roe"),
    or None: a byline label then a name, a list of names and nothing else, or a name that opens the text with a
    date or a time after it and nothing else but the record's words and signs (authors11d; the HTML reader gets it
    from the pipeline, as it gets ``looks_like_name``)."""
    plain = " ".join(text.split())
    if not plain or len(plain) > TEXT_META.byline_max_chars:
        return None
    vocab = metadata_vocabulary()
    found = _byline_in(plain, vocab)
    if found:
        return _before_next_label(found, plain, vocab)
    # without a label, a date or a time must follow the name ("Jane Doe, 01.12.2021"): a name alone is the
    # caller's to judge, and "Follow Author" is a button's label
    tokens = TOKEN.findall(unicodedata.normalize("NFC", plain))
    if vocab["byline"].match(plain):
        return None  # a label whose name the label rule refused ("By Peter May, …": a month's name ends it)
    names = name_list(tokens, vocab["stop"])
    rest = tokens[names[1]:] if names is not None else []
    if names is not None and len(names[0]) > 1 and not rest:
        return join_names(names[0])  # a list of names and nothing else ("Jane Doe, John Roe y Ann Lee")
    if names is None or not any(c.isdigit() for token in rest for c in token) or not record_after(rest, vocab):
        return None
    return join_names(names[0])


#: ``plain_lines`` and ``is_prose`` of the blocks met in this document, by what each reads of a block (its text and plain
#: text; a paragraph's plain text and link density): result.py's fallbacks ask them of the same blocks one after the
#: other (a block of the head was split into lines ~60 times a document, speed14d). ``new_document`` empties them
#: (result.py, at the start of each result); past ``_MEMO_MAX`` entries they are emptied too.
_LINES_MEMO: dict[tuple[str, str], list[str]] = {}
_PROSE_MEMO: dict[tuple[str, float], bool] = {}
_MEMO_MAX = 4096


def new_document() -> None:
    """Forget the blocks of the last document (the memos above): each document's answers are computed afresh."""
    _LINES_MEMO.clear()
    _PROSE_MEMO.clear()


def is_prose(block: Block) -> bool:
    """A paragraph of prose: ``TEXT_META.prose_min_chars`` long, few links, a sentence's end (memoised)."""
    if block.type != "paragraph" or block.line_run:
        return False  # (a run of a page's short lines: readers/text.py ``line_groups``)
    key = (block.plain, block.link_density)
    found = _PROSE_MEMO.get(key)
    if found is not None:
        return found
    plain = block.plain.strip()
    prose = len(plain) >= TEXT_META.prose_min_chars and key[1] < 0.5 and (ends_sentence(plain)
                                                                       or unmarked_sentence(plain))  # (Thai: tidy40)
    if len(_PROSE_MEMO) >= _MEMO_MAX:
        _PROSE_MEMO.clear()
    _PROSE_MEMO[key] = prose
    return prose


#: The last document's ``_edge_indices`` and ``head_lines``: (its blocks list, the blocks in it, the value), each
#: tuple replaced whole (speed23: the fallbacks of result.py's chain ask in a row about the same blocks)
_EDGE_MEMO: tuple[list[Block], tuple[Block, ...], list[int]] | None = None
_HEAD_MEMO: tuple[list[Block], tuple[Block, ...], list[str]] | None = None


def _edge_indices(blocks: list[Block]) -> list[int]:
    """The blocks before the first paragraph of prose (at least ``head_blocks``, at most ``head_max_blocks``: a
    byline sits between the title and the body, under however much chrome), then the last ``tail_blocks``. The
    last document's answer is kept (read-only: callers iterate or slice it)."""
    global _EDGE_MEMO
    memo = _EDGE_MEMO
    if memo is not None and memo[0] is blocks and memo[1] == tuple(blocks):  # (the same blocks)
        return memo[2]
    n = len(blocks)
    first_prose = next((i for i, block in enumerate(blocks[:TEXT_META.head_max_blocks]) if is_prose(block)), n)
    head = list(range(min(n, max(TEXT_META.head_blocks, first_prose), TEXT_META.head_max_blocks)))
    tail = [i for i in range(max(0, n - TEXT_META.tail_blocks), n) if i not in head]
    indices = head + tail
    _EDGE_MEMO = (blocks, tuple(blocks), indices)
    return indices


def dated_byline(blocks: list[Block]) -> str | None:
    """A name after a byline label in a short line that holds a date, or whose neighbour is a date line, among the
    first and last blocks."""
    vocab = metadata_vocabulary()
    words, max_chars, max_words = vocab["byline_words"], TEXT_META.byline_max_chars, TEXT_META.byline_max_words
    for i in _edge_indices(blocks):
        block = blocks[i]
        if block.type not in ("paragraph", "list_item", "heading"):
            continue
        lines = plain_lines(block)
        for k, line in enumerate(lines):
            # (the label's last word first, folded in place for an ASCII line: it leaves 1 line in 40 of a WET
            # page's; then the words' count; speed39)
            if len(line) > max_chars:
                continue
            folded = line.casefold() if line.isascii() else _fold(line)
            if words.isdisjoint(folded.replace(":", " ").split()) or len(line.split()) > max_words \
                    or not vocab["byline"].search(unicodedata.normalize("NFC", line)):
                continue
            name = _byline_in(line, vocab)
            if name is None:
                continue  # (read before the date: both ways need the name, and 1 line in 9 has one; speed39)
            if not _has_date(line):
                # a label-and-name line next to a date line: the line before or after it, in its block or the next
                before = lines[k - 1] if k > 0 else (plain_lines(blocks[i - 1]) or [""])[-1] if i > 0 else ""
                after = lines[k + 1] if k + 1 < len(lines) else (plain_lines(blocks[i + 1]) or [""])[0] \
                    if i + 1 < len(blocks) else ""
                if not any((shape := meta_line_shape(text)) is not None and shape[0] == "dateline"
                           for text in (before, after)):
                    continue
                if not _label_opens(line, vocab):
                    continue
                return name
            if name:
                return name
    return None


def plain_lines(block: Block) -> list[str]:
    """The block's lines as plain text (its source's lines: ``plain`` joins them with spaces). Kept for the blocks
    met lately (``_LINES_MEMO``): read-only, callers iterate, index or copy it."""
    key = (block.text, block.plain)
    found = _LINES_MEMO.get(key)
    if found is None:
        if len(_LINES_MEMO) >= _MEMO_MAX:
            _LINES_MEMO.clear()
        found = _LINES_MEMO[key] = _block_lines(block)
    return found


def _block_lines(block: Block) -> list[str]:
    if "\n" not in block.text.strip():
        return [block.plain.strip()] if block.plain.strip() else []
    out = []
    for line in block.text.splitlines():
        plain = parse_inline(line, tags=False)[0].strip(" \t*_#>") if "](" in line and may_hold_link(line) \
            else line.strip(" \t*_#>")
        if plain:
            out.append(plain)
    return out


def _label_opens(line: str, vocab: dict) -> bool:
    """The line opens with a byline label ("Por Jane Doe"): next to a date line, only such a line is a byline."""
    bare = line.lstrip(" *_")
    if not may_open(bare, vocab["byline_heads"]):
        return False
    match = vocab["byline"].match(unicodedata.normalize("NFC", bare))
    return match is not None


def may_open(text: str, heads: tuple[regex.Pattern, dict[str, bool]]) -> bool:
    """False when no label of a label pattern of ``metadata_vocabulary`` (``labels``: "byline", "publication_by")
    can open ``text`` once NFC-normalised, told without normalising or matching it (speed39: a page's every line was
    asked, 2-4 % of a WET page's time): its first three characters are ASCII (NFC leaves the first two as they are:
    no character composes with an ASCII one after it) and no label's first two characters (``heads``: the pattern
    of them, ``vocab[...heads]``, with the labels' flags: IGNORECASE compares one character with one) match its
    first two. True: not known, ask the pattern. tests/test_speed39.py"""
    head = text[:3]
    if not head.isascii():
        return True
    key = head[:2]
    pattern, memo = heads
    found = memo.get(key)
    if found is None:
        found = memo[key] = pattern.match(key) is not None
    return found


def _ascii_words(text: str) -> set[str]:
    """The words of ``text`` without accents, lower case ("Pär Ongeluck" -> {"par", "ongeluck"})."""
    return set(_ASCII_WORD.findall(fold_marks(text)))


def author_link(blocks: list[Block]) -> str | None:
    """The anchor of a link to an author's page ("/author/<slug>": ``author``, ``autor``… just before the last
    segment) when it reads as a name and the slug spells a word of it."""
    paths = metadata_vocabulary()["author_paths"]
    for i in _edge_indices(blocks):
        block = blocks[i]
        anchors = [(link.text, link.url) for link in block.links if not link.is_image]
        anchors += [(m.group(1), m.group(2)) for m in _MD_LINK.finditer(block.text)]
        for text, url in anchors:
            try:
                path = urlsplit(url).path
            except ValueError:  # "Invalid IPv6 URL" ("http://[bad/author/…"): a broken link is no author's page
                continue
            segments = [_fold(s) for s in path.split("/") if s]
            if len(segments) < 2 or segments[-2] not in paths:
                continue
            anchor = " ".join(text.strip(" *_").split())
            # the page's slug spells a word of the name ("/author/jane-doe/", "/author/balaji/"): not a list of
            # an author's books behind "/authors/books.htm"
            if looks_like_name(anchor) and _ascii_words(segments[-1]) & _ascii_words(anchor):
                return anchor
    return None


_SLUG_PARTS = compile_pattern(r"[-_+.]+")


def profile_form(name: str, blocks: Iterable[Block]) -> str:
    """``name`` with the middle initials that the author's profile link in ``blocks`` (the removed ones) spells
    ("Kurt Doe" and "…/expert/Kurt_A_Doe/254929" -> "Kurt A Doe": an article directory's resource box names its
    author shorter than the profile; authors11d); the name as it is otherwise: the slug must give its first and last
    words, with only single letters between them."""
    words = name.split()
    if len(words) != 2 or AUTHOR_SEPARATOR in name:
        return name
    paths = metadata_vocabulary()["author_paths"]
    first, last = _fold(words[0]), _fold(words[1])
    for block in blocks:
        for link in block.links:
            try:
                segments = [segment for segment in urlsplit(link.url).path.split("/") if segment]
            except ValueError:
                continue
            for k, segment in enumerate(segments[:-1]):
                if _fold(segment) not in paths:
                    continue
                parts = [part for part in _SLUG_PARTS.split(segments[k + 1]) if part]
                middle = parts[1:-1]
                if 3 <= len(parts) <= 4 and _fold(parts[0]) == first and _fold(parts[-1]) == last \
                        and all(len(part) == 1 and part.isalpha() for part in middle):
                    return " ".join([words[0], *(part.upper() for part in middle), words[1]])
    return name


_FENCED_DIV = compile_pattern(r"^\s*:{3,}\s*(?P<classes>\S.*)$")
_CLASS_SPLIT = compile_pattern(r"[\s.{}#=\"';:_-]+")
_PARENTHESISED = compile_pattern(r"\s*\([^()]{1,30}\)\s*$")


def author_div(blocks: list[Block]) -> str | None:
    """The name-like line just inside a Markdown fenced div whose classes name an author (pandoc's conversion of a
    page keeps them: "::: wp-block-post-author__content" then "Jane Doe"): the DOM's evidence, in Markdown."""
    words = metadata_vocabulary()["author_classes"]
    for i, block in enumerate(blocks[:-1]):
        lines = block.text.strip().splitlines()
        match = _FENCED_DIV.match(lines[-1]) if lines else None
        if match is None or not any(w in words for w in _CLASS_SPLIT.split(_fold(match.group("classes")))):
            continue
        following = blocks[i + 1]
        name = following.plain.strip()
        if following.type == "paragraph" and "\n" not in following.text.strip() and looks_like_name(name):
            return name
    return None


def repeated_name(blocks: list[Block]) -> str | None:
    """A name shown twice in a row before the first paragraph of prose: a platform's avatar (its alt text, "Jane Doe"
    or "Jane Doe (avatar)") then the profile's name, with a post's date line in the lines after it. Not when a word of it is written in lower case in the rest of
    the document (a short title shown twice, "Breaking News", "Privacy Policy": its words are words of the text)."""
    lines: list[str] = []
    for i in _edge_indices(blocks)[:TEXT_META.head_max_blocks]:
        if i >= len(blocks) or is_prose(blocks[i]):
            break
        lines.extend(plain_lines(blocks[i]))
    body = None
    # (the substitution leaves a prefix of ``previous``, and no line ends with a line break: a line ``previous`` does
    # not start with is not it, which spares the substitution on nearly every pair: speed14d; the pairs found in one
    # comprehension: speed39)
    for k in [k for k, (previous, line) in enumerate(zip(lines, lines[1:])) if previous.startswith(line)]:
        previous, line = lines[k], lines[k + 1]
        if _PARENTHESISED.sub("", previous) != line or not looks_like_name(line):
            continue
        if body is None:
            body = set(_LOWER_WORD.findall(" ".join(block.plain for block in blocks)))
        if any(word.casefold() in body for word in line.split() if word != "-"):
            continue
        after = lines[k + 2:k + 2 + TEXT_META.record_after_lines]
        if not any((shape := meta_line_shape(text)) is not None and shape[0] == "dateline" for text in after):
            continue  # a product shown twice (its picture's alt text, then its name) has no post's date after it
        return line
    return None



_BIO_LABEL = compile_pattern(r"^[\s*_#>]*(?P<label>[\p{L}\p{M}'’ ]{2,30}?)[*_]*[^\S\n]*[:：][*_]*[^\S\n]*(?P<rest>\S.*)$",
                           regex.DOTALL)


def bio_label_name(text: str) -> str | None:
    """The name that opens the sentence after a short label and a colon in a removed bio ("About the author: Jane Doe
    is ...", "Об авторе: Виктор Литовкин – ..."): 1-4 words of label, then a name followed by a role's lower-case
    words (names.leading_name)."""
    from .names import leading_name

    match = _BIO_LABEL.match(unicodedata.normalize("NFC", text))
    if match is None or len(match.group("label").split()) > TEXT_META.bio_label_max_words:
        return None
    return leading_name(match.group("rest"))


def short_form(name: str, blocks: list[Block]) -> str:
    """The bare name line before the first paragraph of prose that is ``name`` shortened (the same first and last
    word, fewer words: "Виктор Литовкин" for "Виктор Николаевич Литовкин"), or ``name`` itself."""
    words = name.split()
    if len(words) < 3:
        return name
    for line in _head_lines(blocks, types=None):
        short = line.split()
        if len(short) < len(words) and short[0] == words[0] and short[-1] == words[-1] and looks_like_name(line):
            return line
    return name


def publication_byline(blocks: list[Block]) -> str | None:
    """The name in a tagline that opens with ``publication_by_labels`` ("Un blog di Paolo Rossi, giornalista e ...")
    in a short line among the first and last blocks: the name ends the line or punctuation follows it."""
    vocab = metadata_vocabulary()
    heads = vocab["publication_heads"]
    for i in _edge_indices(blocks):
        block = blocks[i]
        if block.type not in ("paragraph", "heading"):
            continue
        for line in plain_lines(block):
            if not may_open(line, heads) or len(line) > TEXT_META.byline_max_chars \
                    or len(line.split()) > TEXT_META.byline_max_words:
                continue  # (no label opens it: most lines, told by their first two characters)
            match = vocab["publication_by"].match(unicodedata.normalize("NFC", line))
            if match is None:
                continue
            tokens = TOKEN.findall(line[match.end():])
            name = name_at(tokens, vocab["stop"])
            if name is None:
                continue
            after = " ".join(tokens)[len(name):].lstrip()
            if not after or after[0] in ",;|–—-(:":
                return name
    return None


def _head_lines(blocks: list[Block], types: tuple[str, ...] | None = ("paragraph", "heading", "list_item")
                ) -> Iterable[str]:
    """The lines of the blocks of ``types`` (None: any) before the first paragraph of prose (at most
    ``head_max_blocks``)."""
    budget = TEXT_META.head_max_blocks  # (a run of a page's short lines, Block.line_run, counts its lines: they
    # were blocks of one line each, readers/text.py ``line_groups``)
    for i in _edge_indices(blocks)[:TEXT_META.head_max_blocks]:
        if i >= len(blocks) or is_prose(blocks[i]) or budget <= 0:
            return
        if blocks[i].line_run:
            lines = plain_lines(blocks[i])[:budget]
            budget -= len(lines)
            if types is None or blocks[i].type in types:
                yield from lines
            continue
        budget -= 1
        if types is None or blocks[i].type in types:
            lines = plain_lines(blocks[i])
            cut = _prose_run(lines)
            yield from lines[:cut]
            if cut < len(lines):
                return  # (a page's text whose lines are its blocks: its article starts inside this block)


def _prose_run(lines: list[str]) -> int:
    """The first of two lines of prose close together among ``lines`` (``prose_min_chars``, a sentence's end; the
    next within ``wet_prose_gap`` lines), or ``len(lines)``: a page's text run into one block holds its article too,
    and what comes after the article's start is no head (authors11f)."""
    previous = None
    if len(lines) <= TEXT_META.wet_prose_gap:
        return len(lines)
    for k, line in enumerate(lines):
        if len(line) >= TEXT_META.prose_min_chars and ends_sentence(line.rstrip()):
            if previous is not None and k - previous <= TEXT_META.wet_prose_gap:
                return previous
            previous = k
    return len(lines)


def head_lines(blocks: list[Block]) -> list[str]:
    """``list(_head_lines(blocks))`` (the default types), made once for the fallbacks that read it: the last
    document's is kept (read-only: callers iterate, copy or slice it)."""
    global _HEAD_MEMO
    memo = _HEAD_MEMO
    if memo is not None and memo[0] is blocks and memo[1] == tuple(blocks):  # (the same blocks)
        return memo[2]
    lines = list(_head_lines(blocks))
    _HEAD_MEMO = (blocks, tuple(blocks), lines)
    return lines


def role_byline(blocks: list[Block]) -> str | None:
    """A line before the first paragraph of prose that opens with a byline label and a name, followed by a role or
    an outlet after a comma, a bar or a dash ("By Jane Doe, Staff Writer"): a few words, no sentence's end. Several
    names ("By Jane Doe and John Smith, Staff Writers"; ``name_list``) are read when their guards hold, else the
    first name as before (authors11c)."""
    vocab = metadata_vocabulary()
    lines = head_lines(blocks)
    for position, line in enumerate(lines):
        if len(line) > TEXT_META.byline_max_chars:
            continue  # (up to role_byline_max_chars for one name, byline_max_chars for a list of names)
        bare = line.lstrip(" *_")
        symbol = next((s for s in vocab["byline_symbols"] if bare.startswith(s)), None) \
            if bare.startswith(vocab["byline_symbols"]) else None
        if symbol is not None:  # "✍️ Jane Doe": the symbol is the label, the name may stand alone
            start = len(symbol)
            label = None
        elif _label_opens(line, vocab):
            label = vocab["byline"].match(unicodedata.normalize("NFC", bare)).group()
            start = len(label)
        else:
            continue
        tokens = TOKEN.findall(bare[start:].lstrip(" \t:："))
        found = name_list(tokens, vocab["stop"])
        if found is None:
            continue
        names, taken = found
        if len(names) > 1:
            near_date = any(_has_date(other) for other in lines[max(0, position - 1):position + 2:2])
            if _names_not_words(names, blocks) and (label is None or list_agrees(label, tokens[:taken])):
                name = _named_byline(names, tokens[taken:], tokens[taken - 1], symbol is not None,
                                     position <= TEXT_META.title_zone_lines or near_date, vocab)
                if name:
                    return name
            names, taken = names[:1], len(names[0].split())  # the first name, as a single name is read
        if len(line) > TEXT_META.role_byline_max_chars:
            continue
        name = _named_byline(names, tokens[taken:], tokens[taken - 1], symbol is not None, False, vocab)
        if name:
            return name
    return None


def _named_byline(names: list[str], rest_tokens: list[str], last: str, symbol: bool, alone_ok: bool,
                  vocab: dict) -> str | None:
    """``role_byline``'s test of what follows the names of a byline line: nothing after a byline symbol, a role or
    an outlet after a separator; for a list of names, nothing when ``alone_ok`` (under the title or next to a date
    line, at most ``bare_list_max_names``) or a place in parentheses ("Par A, B et C (à Bruxelles)")."""
    if _caps_then_outlet(names, rest_tokens):
        return join_names(names)  # "By JANE DOE and JOHN ROE Associated Press"
    rest = " ".join(rest_tokens)
    if rest and last[-1:] in _ROLE_SEPARATORS:
        rest = last[-1] + " " + rest  # the separator the name's last word carries
    if not rest and symbol:
        return join_names(names)  # "✍️ Jane Doe"
    if not rest and alone_ok and 1 < len(names) <= TEXT_META.bare_list_max_names:
        return join_names(names)  # lower, or longer, a list of people is as often the article's subject, its
        # participants or its contributors as its authors
    role = _role_after(rest)
    if role and not (role[:1].islower() and _fold(role.split()[0]) in vocab["function"]):
        return join_names(names)  # (a role opening with a lower-case function word is a sentence: "By Jane Doe,
        # who ...")
    if len(names) > 1 and _PLACE_AFTER.match(rest):
        return join_names(names)
    return None


#: A place or an outlet in parentheses after a byline's list of names ("(à Bruxelles)", "(AFP)")
_PLACE_AFTER = compile_pattern(r"^\([^()]{1,40}\)$")


#: What parts a name from its role or outlet in a byline or a signature ("Jane Doe, Staff Writer", "Jane Doe | X").
_ROLE_SEPARATORS = ",|–—-·•"


def _role_after(rest: str) -> str | None:
    """The role or outlet in ``rest``, what follows a name: after a separator, a few words, no sentence's end
    ("Staff Writer", "The Harbour Times"); None when ``rest`` is none."""
    if not rest or rest[0] not in _ROLE_SEPARATORS:
        return None
    role = rest.lstrip(_ROLE_SEPARATORS + " ")
    if role and len(role.split()) <= TEXT_META.role_max_words and not _SENTENCE_END.search(role):
        return role
    return None


def cjk_byline(blocks: list[Block]) -> str | None:
    """"作者：王小明", "文／王小明" in a short line before the first paragraph of prose: the name after the label."""
    vocab = metadata_vocabulary()
    for line in head_lines(blocks):
        if len(line) > TEXT_META.role_byline_max_chars or line.isascii():
            continue  # (every label opens with a CJK character: an ASCII line holds none)
        line = unicodedata.normalize("NFC", line.lstrip(" *_"))
        match = vocab["cjk_byline"].match(line)
        if match and match.group("name") not in vocab["cjk_not_a_name"]:
            return join_names(cjk_names(match.group("name"), line[match.end():], vocab))
    return None


_CJK_NAME = compile_pattern(r"[\p{Han}·・]{2,4}(?=$|[\s，,。|｜/／、;；])")


def cjk_names(first: str, after: str, vocab: dict | None = None) -> list[str]:
    """``first`` and the names of a CJK byline's list after it ("王小明" then "、李华、张伟" -> the three; authors11c):
    each after a separator of ``cjk_name_separators``, 2-4 Han characters, none of ``cjk_not_a_name``."""
    vocab = vocab or metadata_vocabulary()
    names = [first]
    while len(names) < TEXT_META.names_max and after[:1] in vocab["cjk_separators"]:
        match = _CJK_NAME.match(after[1:].lstrip())
        if match is None or match.group() in vocab["cjk_not_a_name"]:
            break
        names.append(match.group())
        after = after[1:].lstrip()[match.end():]
    return names


_SIGNATURE_DASH = compile_pattern(r"^(?:[—–―~]|-{1,2})[^\S\n]*(?=\p{Lu})")
#: A quotation's closing mark at a text's end (a signature under a quotation is the quoted person's).
QUOTE_END = compile_pattern(r"[\"”»“」』’]\W{0,2}$")


def signature(blocks: list[Block]) -> str | None:
    """The name of a signature line ("— Jane Doe", "-- Jane Doe, harbour engineer") after the last paragraph of
    prose, among the last blocks, when that paragraph is no quotation."""
    vocab = metadata_vocabulary()
    # (the last paragraph of prose, read from the end: speed23)
    last_prose = next((i for i in range(len(blocks) - 1, -1, -1) if is_prose(blocks[i])), None)
    if last_prose is None:
        return None
    for i in range(last_prose + 1, min(len(blocks), last_prose + 1 + TEXT_META.tail_blocks)):
        block = blocks[i]
        lines = plain_lines(block)
        if block.type != "paragraph" or len(lines) != 1 or len(lines[0]) > TEXT_META.role_byline_max_chars:
            continue
        match = _SIGNATURE_DASH.match(lines[0])
        if match is None:
            continue
        if QUOTE_END.search(blocks[i - 1].plain.strip()) or i - 1 != last_prose and any(
                QUOTE_END.search(b.plain.strip()) for b in blocks[last_prose:i]):
            return None  # a quotation's attribution
        tokens = TOKEN.findall(lines[0][match.end():])
        name = name_at(tokens, vocab["stop"])
        if name is None:
            return None
        if " ".join(b.plain for b in blocks).casefold().count(name.casefold()) > 1:
            return None  # the name comes back in the text: a person quoted or written about, under a pull quote
        rest = " ".join(tokens)[len(name):].strip()
        return name if not rest or _role_after(rest) else None
    return None



def credit_author(blocks: Iterable[Block]) -> str | None:
    """The name after a byline label in one of ``blocks`` (the removed source credits, short): a repost's credit that
    names the original's author ("Originally published by Jane Doe on Medium"); not after a picture's, a translation's
    or a review's word ("Photo by Jane Doe")."""
    vocab = metadata_vocabulary()
    for block in blocks:
        plain = unicodedata.normalize("NFC", block.plain.strip())
        if len(plain) > TEXT_META.credit_author_max_chars:
            continue
        for match in vocab["byline"].finditer(plain):
            before = [w.strip(",.:;|()") for w in _fold(plain[:match.start()]).split()]
            if before and before[-1] in vocab["not_before"]:
                continue
            found = name_list(TOKEN.findall(plain[match.end():].lstrip(" \t:：")), vocab["stop"])
            if found:
                return join_names(found[0])
    return None
