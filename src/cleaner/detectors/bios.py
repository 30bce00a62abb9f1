"""What a bio found by its words needs besides them: the evidence that tells an author box from prose about a person.

A cue phrase of a bio ("is a freelance writer", "est journaliste indépendant", "writes about") says what a person
does; so does a news story, a profile, an obituary or an interview. The phrase alone does not tell them apart: the
rest of the block and of the article do.

- Reported speech: "…, disait la brochure", "…, she told us": the article reports the words, and the block is
  never a bio. The terms are the families' (``data/families.json`` ``unless``) *without* a bio's own verbs ("writes",
  "wrote", "écrit": "Sarah Bell writes about parenting …" is a bio, not a report), and with the reporting frames of
  ``data/bios/<lang>.json`` ``reported`` ("disait", "told us", "contó", "erzählte").
- Other evidence: a website, an e-mail address, a link or a contact word ("visit", "follow her", "retrouvez") in the
  block. Without any, a bio phrase says less: one that names only a writing verb ("writes about", "escribe sobre":
  a reporter's beat) is weak (``author_bio.named_phrase/verb``: only a run of removals at the end takes it); one with
  a role ("is a freelance writer") stays under the strength the middle of an article asks for
  (``author_bio.named_phrase/bare``): it goes at an edge, not between two body paragraphs.
- The article's subject (``about_the_subject``): a bio's surname that the article's body names elsewhere is the
  person the article is about (a profile, an obituary, an interview: their whole body reads as a bio).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from ..patterncache import compile_pattern
from ..automaton import TermAutomaton
from ..cues import normalize
from ..datafiles import data_path, read_json
from ..model import Block, Finding
from ..rules import RULES
from ..scripts import UNSPACED, fold_format
from .base import EMAIL as _EMAIL, has_url, is_heading_like
from .families import unless_terms
from .terms import longest_first
from ..scripts import nfkc

_LETTERS = compile_pattern(r"[\p{L}\p{M}]+")
_UNSPACED = UNSPACED  # (scripts.py: the scripts without spaces, one definition)


@lru_cache(maxsize=1)
def _bios() -> tuple[dict, ...]:
    return tuple(read_json("bios", entry.name) for entry in sorted(data_path("bios").iterdir(), key=lambda e: e.name)
                 if entry.name.endswith(".json"))


def _term_pattern(terms) -> regex.Pattern:
    terms = sorted({normalize(t) for t in terms if t.strip()}, key=lambda t: (-len(t), t))
    if not terms:
        return compile_pattern(r"(?!)")
    spaced = [t for t in terms if not _UNSPACED.search(t)]
    anywhere = [regex.escape(t) for t in terms if _UNSPACED.search(t)]  # no word boundary in Han or kana
    body = "|".join(r"\s+".join(regex.escape(part) for part in t.split()) for t in spaced)
    parts = ([r"(?<![\p{L}\p{M}\p{N}])(?:" + body + r")(?![\p{L}\p{M}\p{N}])"] if spaced else []) + anywhere
    return compile_pattern("|".join(parts))


@lru_cache(maxsize=1)
def own_phrases() -> tuple[str, ...]:
    """A bio's own wordings, normalised and padded with spaces: the bios' ``bio_verbs`` and ``first_person_verbs``,
    and the author_bio cue phrases of every cue file ("writes about", "wrote this article", "a écrit cet article")."""
    phrases = [phrase for bio in _bios() for phrase in (*bio.get("bio_verbs", ()), *bio.get("first_person_verbs", ()))]
    for entry in sorted(data_path("cues").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            phrases += read_json("cues", entry.name).get("author_bio", {}).get("phrase", ())
    return tuple(sorted({f" {normalize(p)} " for p in phrases if p.strip()}))


@lru_cache(maxsize=1)
def reported_terms() -> tuple[str, ...]:
    """The reported-speech terms a bio is never written in: the families' ``unless`` terms but those a bio's own
    wording holds ("writes" of "writes about", "wrote" of "wrote this article", "a écrit" of "a écrit cet article"),
    and the bios' ``reported`` frames ("disait", "told us")."""
    own = own_phrases()
    # (each term normalised once, not once a phrase: 100,000 calls, ~0.45 s of a process's first bio; speed40)
    needles = [(t, f" {normalize(t)} ") for t in unless_terms()]
    terms = [t for t, needle in needles if not any(needle in phrase for phrase in own)]
    terms += [t for bio in _bios() for t in bio.get("reported", ())]
    return tuple(sorted(set(terms)))


@lru_cache(maxsize=1)
def _reported_pattern() -> regex.Pattern:
    return _term_pattern(reported_terms())


def _term_automaton(terms) -> TermAutomaton | None:
    """``_term_pattern(terms)``'s terms in one automaton: each with whether it counts anywhere (a script without
    spaces) or only between characters that are no letter, mark or digit (its parts one space apart), and its
    length."""
    entries: dict[str, tuple[bool, int]] = {}
    for term in {normalize(t) for t in terms if t.strip()}:
        if _UNSPACED.search(term):
            entries[term] = (True, len(term))
        else:
            key = " ".join(term.split())
            entries.setdefault(key, (False, len(key)))
    return TermAutomaton(sorted(entries.items())) if entries else None


_WORD_CHAR = compile_pattern(r"[\p{L}\p{M}\p{N}]")


def _word_char(char: str) -> bool:
    """A letter, a mark or a digit: what ``_term_pattern``'s edges must not be next to."""
    return char.isalnum() if char.isascii() else _WORD_CHAR.match(char) is not None


def _holds(pattern: regex.Pattern, automaton: TermAutomaton | None, text: str) -> bool:
    """``pattern.search(text) is not None`` for a ``_term_pattern`` and its ``_term_automaton``. A text whose blanks
    are single spaces (a normalised one): one pass of the automaton, each hit's edges tested as the pattern tests
    them (its "\\s+" between a term's parts is one space there): the pattern's search of thousands of alternatives
    behind a class of properties costs about as much a character (90 against 5 µs a paragraph of the bench gold)."""
    if text != " ".join(text.split()):
        return pattern.search(text) is not None
    if automaton is None:
        return False
    last = len(text) - 1
    for end, (anywhere, length) in automaton.iter(text):
        if anywhere:
            return True
        start = end - length + 1
        if (start and _word_char(text[start - 1])) or (end < last and _word_char(text[end + 1])):
            continue
        return True
    return False


@lru_cache(maxsize=1)
def _reported_automaton() -> TermAutomaton | None:
    return _term_automaton(reported_terms())


def bio_reported(normalized: str) -> bool:
    """Reported speech in a block's normalised text, a bio's own verbs aside ("…, disait la brochure")."""
    return _holds(_reported_pattern(), _reported_automaton(), normalized)


@lru_cache(maxsize=1)
def _contact_pattern() -> regex.Pattern:
    return _term_pattern([w for bio in _bios() for w in bio["contact"]])


@lru_cache(maxsize=1)
def _contact_automaton() -> TermAutomaton | None:
    return _term_automaton([w for bio in _bios() for w in bio["contact"]])


def has_contact(block: Block, normalized: str) -> bool:
    """A website, a link, an e-mail address or a contact word ("visit", "follow her", "retrouvez") in the block."""
    return bool(has_url(block) or ("@" in normalized and _EMAIL.search(normalized))
                or _holds(_contact_pattern(), _contact_automaton(), normalized))


@lru_cache(maxsize=1)
def _verb_heads() -> frozenset[str]:
    """The first word of every bio verb ("writes", "écrit", "escribe", "schreibt", "lives"): a phrase made of them
    and no role says what a person does, not that the block is about its author."""
    return frozenset(normalize(v).split()[0] for bio in _bios() for v in bio.get("bio_verbs", ()))


@lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    return tuple(sorted({normalize(r) for bio in _bios() for r in bio["roles"] if " " not in r.strip()}))


@lru_cache(maxsize=4096)
def verb_only(phrase: str) -> bool:
    """A cue phrase that names a writing (or living) verb and no role: "writes about", "where she writes about",
    "écrit sur"; not "is a freelance writer", "is the author of", "wrote this article"."""
    words = normalize(phrase).split()
    if not any(word in _verb_heads() for word in words):
        return False
    roles = _roles()
    return not any(word.startswith(roles) for word in words)


#: The apostrophe's forms a name is written with ("O’Neill", "O'Neill", "Oʼ Neill"): one for the comparison.
_APOSTROPHES = "’‘ʼ＇`´"
_ONE_APOSTROPHE = str.maketrans(dict.fromkeys(_APOSTROPHES, "'"))


def about_the_subject(name: str, other_text: str) -> bool:
    """Whether the article's other body text names the bio's surname or given name: the article is about that person
    (a profile, an obituary, a review of the person's book, an interview). A name in Han or kana: the whole name."""
    parts = [p.strip(".,") for p in name.split()]
    if not parts:
        return False
    if any(sign in name for sign in _APOSTROPHES) or any(sign in other_text for sign in _APOSTROPHES):
        # "O’Neill" in the bio, "O'Neill" in the interview: one apostrophe for both (keep35b)
        parts = [p.translate(_ONE_APOSTROPHE) for p in parts]
        other_text = other_text.translate(_ONE_APOSTROPHE)
    if _CJK.match(parts[-1]):
        return len(parts[-1]) >= 2 and parts[-1] in other_text
    if _UNCASED.match(parts[-1]):  # particles and prefixes glue to a name there ("김민수는", "وأحمد"): a substring
        other_text = nfkc(other_text)
        return any(len(part) >= 2 and part in other_text for part in {parts[-1], parts[0]})
    # the surname, or the given name of a name of two words or more ("Jane" of a feature that calls her by it)
    # (as written, or in capitals: an interview's speaker label "WILLIAM O'NEILL:" names its subject)
    for part in {parts[-1], parts[0]} if len(parts) >= 2 else {parts[-1]}:
        for form in {part, part.upper()}:
            if len(form) >= 3 and form in other_text \
                    and regex.search(rf"(?<![\p{{L}}]){regex.escape(form)}(?![\p{{L}}])", other_text) is not None:
                return True
    return False


# --- a bio's other shapes (data/bios/<lang>.json ``bio_patterns``) ------------------------------------------------
@lru_cache(maxsize=1)
def _shapes() -> regex.Pattern | None:
    patterns = [p for bio in _bios() for p in bio.get("bio_patterns", ())]
    if not patterns:
        return None
    return compile_pattern("|".join(f"(?:{p})" for p in sorted(set(patterns))))


def bio_shape(after: str) -> str | None:
    """The words of a bio's shape that open ``after`` (the text after a name, as written): "has been gardening in
    city apartments for fifteen years", "holds a degree in", "lives in Leeds with her husband", "vit à Lyon avec sa
    famille", "ist seit 15 Jahren als"; None when it opens with none."""
    pattern = _shapes()
    if pattern is None:
        return None
    match = pattern.match(after.lstrip(" \t"))
    if match is None:
        return None
    return "shape: " + " ".join(match.group(0).split())[:60]


# --- bios in scripts without spaces (zh, ja: data/bios/zh.json, ja.json) ------------------------------------------
_CJK = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]")
#: A name in Han or kana, two to six characters, then a reading or an alias in brackets ("（やまだ・たろう）").
_CJK_NAME = compile_pattern(r"^[\s*_\"“「『]*(?P<name>[\p{Han}\p{Katakana}\p{Hiragana}ー・]{2,6})")
#: "This article's author", "the writer" before a name without a colon ("本文作者张伟，…").
_CJK_AUTHOR = compile_pattern(r"^[\s*_]*(?:本文作者|文章作者|笔者|筆者|作者|著者|执笔|執筆)(?:为|是|は)?")
_KANA = compile_pattern(r"[\p{Hiragana}\p{Katakana}]")
_CJK_READING = compile_pattern(r"[（(][^）)]{1,30}[）)]")
#: Where a CJK sentence ends: a bio's role stands before it (what may stand between the name and the role is a
#: copula, a comma, a space or nothing: ``cjk_bio``).
_CJK_SENTENCE_END = compile_pattern(r"[。！？!?]")


def is_cjk_start(text: str) -> bool:
    """Whether the text's first letter is Han or kana."""
    stripped = text.lstrip(" \t*_\"“「『")
    return bool(stripped) and _CJK.match(stripped) is not None


@lru_cache(maxsize=1)
def _cjk_data() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], regex.Pattern | None]:
    """(copulas, roles, contact words, bio shapes) of the bios data files whose script has no spaces."""
    copulas, roles, contact, shapes = set(), set(), set(), []
    for bio in _bios():
        if not bio.get("unspaced"):
            continue
        copulas.update(bio["copulas"])
        roles.update(bio["roles"])
        contact.update(bio["contact"])
        shapes += bio.get("bio_patterns", ())
    return (tuple(sorted(copulas, key=longest_first)), tuple(sorted(roles, key=longest_first)),
            tuple(sorted(contact, key=longest_first)),
            compile_pattern("|".join(f"(?:{p})" for p in sorted(set(shapes)))) if shapes else None)


def cjk_bio(sentence: str) -> tuple[str, str] | None:
    """(the name, the role) when a sentence in Han or kana opens like a bio: a name of two to six characters (a
    reading in brackets may follow), then a copula ("是", "现任", "は"), a separator or nothing, and a role within the
    next twelve characters ("张三是一名自由撰稿人", "山田太郎（やまだ・たろう）フリーライター。"); or a bio's shape
    ("1980年生まれ", "毕业于") in the same sentence after the name. The shortest name that does is the name."""
    sentence = _CJK_AUTHOR.sub("", sentence, count=1)  # "本文作者张伟，…", "笔者张伟是…"
    match = _CJK_NAME.match(sentence)
    if match is None:
        return None
    copulas, roles, _contact, shapes = _cjk_data()
    start = match.start("name")
    if not _KANA.search(sentence) and match.group("name")[0] not in _surnames() \
            and match.group("name")[:2] not in _surnames():
        return None  # a Chinese name opens with a family name: "这本书的作者是…" is no bio (Japanese names are open)
    longest = match.end()
    if not _KANA.search(sentence):  # a Chinese name: two or three characters, four with a family name of two
        longest = min(longest, start + (4 if match.group("name")[:2] in _surnames() else 3))
    for end in range(start + 2, longest + 1):
        name = sentence[start:end]
        after = sentence[end:]
        reading = _CJK_READING.match(after)
        if reading:
            role = next((r for r in roles if r in reading.group(0)), None)
            if role:  # "山田花子（フリーライター）"
                return name, role
            after = after[reading.end():]
        first = _CJK_SENTENCE_END.split(after, maxsplit=1)[0]
        rest = first.lstrip(" 　,，、：:/／|")
        if rest is not first and first[:1] in ",，、" and _KANA.search(first) is None:
            # "张伟，北京大学新闻学硕士，资深科技记者": a list of what the person is, after a comma
            role = next((r for r in roles if r in rest[:24]), None)
            if role:
                return name, role
        for copula in copulas:  # (a name followed directly by its role has none: "山田太郎 フリーライター")
            if rest.startswith(copula):
                rest = rest[len(copula):]
                break
        window = rest[:12].split("，", 1)[0]  # the role in the first clause
        role = next((r for r in roles if r in window), None)
        if role and (reading or rest is not first or rest.startswith(role)):
            return name, role
        if shapes is not None and (reading or rest is not first):
            found = shapes.search(first)
            if found:
                return name, "shape: " + found.group(0)
    return None


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    """The family names a Chinese name opens with (``surnames`` of data/bios/zh.json)."""
    return frozenset(name for bio in _bios() if bio.get("language") == "zh" for name in bio.get("surnames", ()))


def cjk_contact(text: str) -> bool:
    """A contact word of the unspaced scripts ("微信", "公众号", "ブログ") in the text."""
    return any(word in text for word in _cjk_data()[2])


# --- bios in scripts without capitals (ko, hi, th, ar: data/bios/<lang>.json ``uncased``) -------------------------
#: The scripts whose bios ``uncased_bio`` reads: no capital letter marks a name there.
_UNCASED = compile_pattern(r"[\p{Hangul}\p{Devanagari}\p{Thai}\p{Arabic}\p{Hebrew}]")
#: Where the first sentence ends in these scripts: a full stop, the danda, an Arabic question mark.
_UNCASED_SENTENCE_END = compile_pattern(r"[.!?।؟](?=\s|$)")


def is_uncased_start(text: str) -> bool:
    """Whether the text's first letter is Hangul, Devanagari, Thai, Arabic or Hebrew."""
    stripped = text.lstrip(" \t*_\"“«")
    return bool(stripped) and _UNCASED.match(stripped) is not None


def _nfkc(text: str) -> str:
    """NFKC, format characters dropped (``scripts.fold_format``: "كاتـب" is "كاتب"), blanks collapsed."""
    return " ".join(fold_format(nfkc(text)).split())


def _nfkc_terms(terms) -> set[str]:
    """The data's terms normalised as ``_nfkc`` normalises the text, blanks left out."""
    return {_nfkc(t) for t in terms if t.strip()}


def _alternation(terms) -> str:
    terms = sorted(_nfkc_terms(terms), key=longest_first)
    return "|".join(regex.escape(t) for t in terms) if terms else "(?!)"


@lru_cache(maxsize=1)
def _uncased_shapes() -> tuple[tuple[regex.Pattern, frozenset[str], tuple[str, ...], tuple[str, ...],
                                     tuple[str, ...]], ...]:
    """(pattern, the words no name holds, what no name holds anywhere (nor a role), the prefixes its first word
    never opens with, the family names it opens with: none listed, any) of each ``uncased`` pattern of the bios
    data: '{role}', '{copula}', '{honorific}' replaced by the alternations of the language's lists."""
    shapes = []
    for bio in _bios():
        data = bio.get("uncased")
        if not data:
            continue
        fill = {"{role}": _alternation(data["roles"]), "{copula}": _alternation(data["copulas"]),
                "{honorific}": _alternation(data.get("honorifics", ()))}
        not_names = frozenset(_nfkc(w) for w in data.get("not_names", ()))
        not_in_name = tuple(sorted(_nfkc_terms(data.get("not_in_name", ()))))
        prefixes = tuple(sorted(_nfkc_terms(data.get("not_first_prefixes", ()))))
        surnames = tuple(sorted(_nfkc_terms(data.get("surnames", ()))))
        not_in_name += tuple(sorted(_nfkc_terms(data["roles"])))  # "पत्रकार राजेश …", "นักเขียนสมชาย"
        for pattern in data["patterns"]:
            for key, value in fill.items():
                pattern = pattern.replace(key, value)
            shapes.append((compile_pattern(pattern), not_names, not_in_name, prefixes, surnames))
    return tuple(shapes)


def uncased_bio(sentence: str) -> tuple[str, str] | None:
    """(the name, the role) when a sentence in Hangul, Devanagari, Thai or Arabic opens like a bio: a name in the
    first words, then the language's copula and role in its order ("김민수는 프리랜서 여행 기자이다", "राजेश कुमार एक
    स्वतंत्र पत्रकार हैं", "สมชาย ใจดี เป็นนักเขียนอิสระ", "أحمد خالد صحفي مستقل"); None when it does not, or when the
    words in the name's place are no name (a pronoun, a particle, a verb: "يذكر أن …", "그녀는 …", "เขาเป็น…"; a noun
    with the definite article: "المتهم …"; a Korean word that opens with no family name: "범인은 …")."""
    text = _nfkc(sentence).lstrip("*_\"“«")
    end = _UNCASED_SENTENCE_END.search(text)
    if end is not None:
        text = text[:end.end()]
    for pattern, not_names, not_in_name, prefixes, surnames in _uncased_shapes():
        match = pattern.match(text)
        if match is None:
            continue
        name = match.group("name").strip()
        if any(word in not_names for word in name.split()) or any(part in name for part in not_in_name) \
                or (prefixes and name.startswith(prefixes)) or (surnames and not name.startswith(surnames)):
            continue  # "범인은 전직 기자다" (the culprit), "المتهم الرئيسي صحفي" (the accused), "ลูกสาวเป็น…" (a daughter)
        return name, "role: " + match.group("role")
    return None


@lru_cache(maxsize=1)
def _uncased_contact() -> tuple[str, ...]:
    return tuple(sorted(_nfkc_terms(w for bio in _bios() if bio.get("uncased") for w in bio["uncased"]["contact"])))


def uncased_contact(text: str) -> bool:
    """A contact word of the scripts without capitals (``uncased`` ``contact``: a website, a blog, an e-mail; not
    "visit" or "follow", which news prose says too: "방문했다", "ติดตามเรื่องนี้") in the text, as a substring (Thai
    writes no spaces, Korean glues its particles: "블로그에서")."""
    text = fold_format(nfkc(text))
    return any(word in text for word in _uncased_contact())


# --- around a bio -------------------------------------------------------------------------------------------------
#: A label before a bio: up to four words (or twelve characters of a script without spaces) and a colon.
#: (Each word bounded and the words apart by blanks: one way to match a text, never a backtracking explosion.)
_LABEL = compile_pattern(r"^[*_\s]*[^\s:：.!?。]{1,30}(?:[ \t]+[^\s:：.!?。]{1,30}){0,3}[ \t]*[:：][*_\s]*")


def strip_label(text: str) -> str:
    """The text without a short label that opens it ("Author bio: ", "Über die Autorin: ", "作者简介："); a label
    longer than twelve characters in a script without spaces is a sentence."""
    if ":" not in text and "：" not in text:
        return text  # (most texts: a label ends with a colon; two C scans instead of the pattern)
    match = _LABEL.match(text)
    if match is None or len(text) - match.end() < 15:
        return text
    label = match.group(0).strip(" \t*_:：")
    if not label or (_CJK.search(label) and len(label) > 12) or any(map(str.isdigit, label)):
        return text
    return text[match.end():]


@lru_cache(maxsize=1)
def _heading_words() -> regex.Pattern:
    return _term_pattern([w for bio in _bios() for w in bio.get("heading_words", ())])


#: The rules whose finding under a short heading makes it a bio's heading (``bio_heading``).
_BIO_RULES = frozenset({"author_bio.third_person", "author_bio.first_person", "author_bio.resource_box"})


def bio_heading(block: Block, below, bio_text: str = "") -> Finding | None:
    """A short heading line right over a bio found by its shape (``below``: the next block's findings, ``bio_text``
    its text): "About the author", "À propos de Jane Doe", "Zur Person", "关于作者": a line that holds a heading word of
    a bio (``data/bios/<lang>.json`` ``heading_words``) or the bio's name; not the bio's own name alone (a sign-off),
    not a line without letters, not the article's last line ("5. References", "Main image credit: Getty"). Weak (``author_bio.bio_heading``): it goes with
    the bio, as its neighbour, never alone."""
    bio = next((f for f in below if f.rule in _BIO_RULES), None)
    if bio is None or block.type not in ("heading", "paragraph"):
        return None
    plain = block.plain.strip()
    if not plain or len(plain) > 40 or not is_heading_like(block) or len(plain.split()) > 6 or has_url(block):
        return None
    words = _LETTERS.findall(plain)
    opening = set(_LETTERS.findall(" ".join(bio_text.split()[:6])))
    if not words or all(word in opening for word in words):
        return None  # a sign-off over the bio ("Cheryl" over "Cheryl Sigmon is a regular contributor …")
    named = any(word in opening and word[:1].isupper() for word in words)  # "About David Chen", "Über Katrin Vogel"
    if not named and _heading_words().search(normalize(plain)) is None:
        return None  # the article's last line over a bio ("5. References", "Main image credit: Getty", a code line)
    entry = RULES["author_bio.bio_heading"]
    return Finding("author_bio", "author_bio.bio_heading", f"a short heading over a bio ({bio.rule})", entry.at(0),
                   False, entry.match)
