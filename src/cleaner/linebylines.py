"""Author of a page's text whose lines are its blocks (a crawler's WET text: menus, the title, the byline, the date,
counters and the article, one element a line): the byline at the article's head, read line by line (authors11e).

A page text gives the byline as the page showed it, each element on its own line, so a byline's label, its name and
its date are often three lines ("By" / "Jane Doe" / "March 12, 2024"; "von" / "Jane Doe, Online-Redaktion";
"Posted by" / "Jane Doe"), or the name and the date are glued ("Jane Doe3.11.2023", "Jane DoePublished"). The
head is found from the article's first paragraph of prose (``article_start``: the first line of prose, or the first of
two close together when a teaser's sentence comes first), and only the lines just before it are read
(``wet_head_before``): a menu's, a sidebar's, a comment's name or a byline inside the body is elsewhere.

- ``label_line_byline``: a line that is only a byline label (``by``, ``von``, ``par``, ``por``, ``door``, ``di``,
  ``Autor``, ``Автор``, ``Yazar``, ``tác giả``, ``oleh``, ``بقلم``...: the bios' author labels and the dated bylines'
  labels, its colon aside), then a line that opens with a person's name and holds nothing else but a role or an
  outlet after a separator, a date, a counter or the record's words ("Jane Doe | The Harbour Times", "Jane Doe,
  Online-Redaktion", "Jane Doe le 14.09.2020"); or a line that opens with the label ("By Jane Doe 53 views",
  "Autor: Jane Doe", "ByJane Doe" glued); a name of a script without case is 2-4 words of letters. authors11c's
  guards: no word of the names written in lower case in the text, a list's joiner of the label's language, at most
  ``bare_list_max_names`` names with nothing after them; Romanian "de" opens no byline line;
- ``name_date_line`` (only in a page's text: ``wet_page_head_lines`` lines at least before the article's prose; an
  article's own text is textbylines.py's title zone's): a person's name alone on a line (a list of names with a
  joiner too) followed by a date line, or by a date on its own line ("Jane Doe" / "12 March 2024", "Jane
  Doe,02.01.2023, 11:08 Uhr"), or with a writer's role on its line or the next ("Jane Doe" / "Staff Writer"): the
  bare name's guards of textbylines.py (a person's name's shape, no word of it written in lower case in the text, no
  month or page-chrome word), the person never named in the article's prose
  but in a sentence the name opens (a bio at the end); not a line after a date line (a post's title), nor under
  another short capitalised line (a speech's header), nor with a joiner inside ("Diritto e Impresa"), nor a name
  one of whose words is a menu's line ("Ehrenamt"), nor lower-case words after it ("First Listed on …"); two such
  names at the head: none;
- ``reporter_tail``: a reporter's credit glued after the last sentence of a line of prose ("… 등이다. 홍길동 기자
  gildong@example.co.kr"); ``reporter_line``: a line that is only such a credit before the prose or just after it
  (detectors/reporters.py's shape).

- authors11f: ``cjk_line_byline`` ("文/王小明", "记者 王小明", "山田太郎記者" at the head); ``tail_label_line`` (a post's
  footer after the article: "Posted by Jane Doe at 8:50 AM", "作者：宋怡 杨志华"); ``tail_bio_line`` ("Jane Doe is a
  reporter at …" in the last lines); in ``name_date_line`` a reading time, a card's lines, a date before the name, a
  relative date ("3 hours ago"), an avatar's alt text or a picture's credit above the name; the label lines read up
  to ``wet_label_head_before`` lines before the prose; a text wrapped at a fixed width (``_first_wrapped``).

Vocabulary: the bios' author labels, data/text_metadata.json (``dated_byline_labels``), data/text_bylines.json;
sizes: rules.TEXT_META.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from .patterncache import compile_pattern
from .detectors.base import ENDS_SENTENCE
from .detectors.structure import vocabulary as structure_vocabulary
from .metashape import fold as _fold, fold_label, has_date, has_digit, meta_line_shape, relative_time_words
from .metashape import vocabulary as meta_vocabulary
from .model import Block
from .names import PARTICLES
from .rules import TEXT_META
from .scripts import CJK as _CJK, unmarked_sentence
from .textbylines import UNCASED_WORD, byline_data, cjk_label_name, document_lower_words, is_card_line, person_name
from .textbylines import writer_role
from .textmeta import TOKEN, join_names, list_agrees, metadata_vocabulary, name_list, plain_lines, record_after
from .model import AUTHOR_SEPARATOR

#: A name glued to what follows it on a page text's line: a date's digit ("Jane Doe3.11.2023", "Jane Doe,02.01.2023")
_GLUED_DIGIT = compile_pattern(r"(?<=[\p{Ll}.,])(?=\d)")
#: ...or a capitalised word after a lower-case letter ("Jane DoePublished", "Jane DoeStaff Writer"): parted when the
#: glued word is a record's or a writer's role's word (``_unglue``)
_GLUED_WORD = compile_pattern(r"(?<=\p{Ll})(?=\p{Lu}\p{Ll})")
#: the surname before a glued role: a capital and three lower-case letters at least ("Hiltzik"; not "McCarthy",
#: "MacLeod", "DeLuca": a name's own inner capital)
_GLUED_SURNAME = compile_pattern(r"(?<!\p{L})\p{Lu}\p{Ll}{3,}$")
#: What parts a name from a role, an outlet or a date after it on the name's line
_SEPARATORS = ",|·•–—-/"
_WORD = compile_pattern(r"[\p{L}\p{M}'’-]+")
_SPACED_HAN = compile_pattern(r"^\p{Han}{2,3}$")
_LOWER_RUN = compile_pattern(r"\p{Ll}{2,}+\s++\p{Ll}{2,}+\s++\p{Ll}{2,}")  # (possessive: no backtracking)
_SEP_AND_DIGIT = compile_pattern(r"[|·•][^\n]*\d|\d[^\n]*[|·•]")


@lru_cache(maxsize=1)
def byline_labels() -> frozenset[str]:
    """The byline labels a line may hold alone (folded, spaces single): the bios' author labels and the dated
    bylines' labels of every language, their colons aside."""
    labels = {" ".join(_fold(w).rstrip(":：").split()) for w in structure_vocabulary().author_labels}
    labels |= {" ".join(_fold(w).split()) for words in _meta_vocabulary_raw()["dated_byline_labels"].values()
               for w in words}
    # (the labels of a page's bylines the bios do not list: "Prepared by", "Disusun oleh", "حاوره", "Автор книги";
    # authors30)
    labels |= {" ".join(_fold(w).split()) for words in _byline_data_raw()["page_byline_labels"].values() for w in words}
    return frozenset(label for label in labels if label)


@lru_cache(maxsize=1)
def _byline_data_raw() -> dict:
    from .datafiles import read_json

    return read_json("text_bylines.json")


@lru_cache(maxsize=1)
def label_prefixes() -> frozenset[str]:
    """Every prefix of every label of ``byline_labels`` (the empty one too)."""
    return frozenset(label[:k] for label in byline_labels() for k in range(len(label) + 1))


@lru_cache(maxsize=1)
def _bare_joiners() -> frozenset[str]:
    """The words that join words inside a bare name line (``bare_name_joiners``: "e", "y")."""
    from .datafiles import read_json

    return frozenset(_fold(w) for w in read_json("text_bylines.json")["bare_name_joiners"])


@lru_cache(maxsize=1)
def _opening_not() -> frozenset[str]:
    """The labels that do not open a byline's line with the name after them: a name's particle that no bio's data
    lists as an author label (Romanian "de": "De Buenos Aires, Santa Fe y …" is Spanish "from")."""
    authors = {" ".join(_fold(w).rstrip(":：").split()) for w in structure_vocabulary().author_labels}
    return frozenset(label for label in byline_labels() if label in PARTICLES and label not in authors)


@lru_cache(maxsize=1)
def _meta_vocabulary_raw() -> dict:
    from .datafiles import read_json

    return read_json("text_metadata.json")


@lru_cache(maxsize=1)
def _glue_words() -> frozenset[str]:
    """The words that may be glued after a name: the record's words ("Published", "Updated") and the writers' roles'
    first words ("Staff", "Business")."""
    data = byline_data()
    return frozenset(metadata_vocabulary()["record"]) | frozenset(role.split()[0] for role in data["writer_roles"])


def _unglue(line: str) -> str:
    """``line`` with a name parted from a date or a record's word glued to it ("Jane Doe3.11.2023" -> "Jane Doe
    3.11.2023", "Jane DoePublished" -> "Jane Doe Published")."""
    line = _GLUED_DIGIT.sub(" ", line)
    if not _GLUED_WORD.search(line):
        return line
    words = _glue_words()
    out = []
    last = 0
    for match in _GLUED_WORD.finditer(line):
        following = line[match.start():].split(None, 1)[0]
        if _fold(following).strip(".,:;") in words:
            out.append(line[last:match.start()])
            last = match.start()
    out.append(line[last:])
    return " ".join(out)


@lru_cache(maxsize=1)
def _record_tail() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """``record_tail_words``: the category joiners, the comment counter's words and its count's words (folded)."""
    data = _byline_data_raw()["record_tail_words"]
    return tuple(frozenset(_fold(w) for words in data[key].values() for w in words)  # type: ignore[return-value]
                 for key in ("category_joiners", "comment_words", "comment_counts"))


def _without_record_tail(name: str) -> str:
    """``name`` without a post's record line's tail that a name's capitals ran on into ("Jane In Aktuell" -> "Jane",
    "KleineGrüneMonster Ein Kommentar" -> "KleineGrüneMonster", "Jane Doe 5 Comments"): cut at a category's joiner
    or a comment counter's word after the first word, and the counter's count before it (authors33)."""
    words = name.split()
    if len(words) < 2:
        return name
    joiners, comments, counts = _record_tail()
    for j in range(1, len(words)):
        word = _fold(words[j]).strip(".,:;|")
        if word in joiners and j + 1 < len(words) or word in comments:
            k = j
            while word in comments and k > 1 and (_fold(words[k - 1]) in counts or words[k - 1].isdigit()):
                k -= 1
            return " ".join(words[:k])
    return name


def _glued_role_cut(name: str) -> int | None:
    """Where a writer's role glued to a name starts ("Jane DoeBusiness Columnist": a capitalised word after a
    lower-case letter with a writer's role within the next ``role_max_words`` words), else None (authors33)."""
    for m in _GLUED_WORD.finditer(name):
        rest = name[m.start():].split()[:TEXT_META.role_max_words]
        if _GLUED_SURNAME.search(name, 0, m.start()) and len(rest) >= 2 and writer_role(" ".join(rest), anywhere=True):
            return m.start()
    return None


def unglued_author(author: str) -> str:
    """``author`` without what a page's text glued to a name (a record's or a role's word: "Jane DoePublished",
    "Jane DoeStaff Writer" -> "Jane Doe") and without its doubling ("Jane Doe Jane Doe": an avatar's text and the
    name, run together), whatever source read it; without a record line's category or comment counter after it
    (``_without_record_tail``, authors33)."""
    out = []
    for name in author.split(AUTHOR_SEPARATOR):
        name = _without_record_tail(name)
        if _unglue(name) != name or _GLUED_WORD.search(name):  # (the first glue of a record's or a role's word)
            cut = next((m.start() for m in _GLUED_WORD.finditer(name)
                        if _fold(name[m.start():].split(None, 1)[0]).strip(".,:;") in _glue_words()), None)
            if cut is None:
                cut = _glued_role_cut(name)  # ("Jane DoeBusiness Columnist": the role's first word is the glued one)
            if cut is not None and len(name[:cut].split()) >= TEXT_META.name_min_words:
                name = name[:cut]
        words = name.split()
        half = len(words) // 2
        if len(words) >= 2 * TEXT_META.name_min_words and len(words) % 2 == 0 and words[:half] == words[half:]:
            name = " ".join(words[:half])
        out.append(name)
    return AUTHOR_SEPARATOR.join(out)


def _is_prose_line(line: str) -> bool:
    """A line of the article's prose: a sentence's end and the prose's length (shorter in a CJK script)."""
    cjk, prose, n = TEXT_META.wet_cjk_prose_min_chars, TEXT_META.prose_min_chars, len(line)
    if n < cjk and n < prose:
        return False
    if n < cjk or n < prose:  # (only one of the two lengths reached: the script decides; most lines reach both)
        head = line[:40]  # (an ASCII head holds no CJK letter: the search only for the others; speed29)
        if n < (cjk if not head.isascii() and _CJK.search(head) else prose):
            return False
    return _sentence_end(line) or unmarked_sentence(line)  # (a Thai line ends with no mark: tidy40)


_END_MARKS = frozenset(".!?。！？।॥۔؟።။")  # (the danda of Devanagari, the Urdu full stop, the Arabic question mark…)
_END_QUOTES = frozenset("'\"”»)")


def _sentence_end(line: str) -> bool:
    """``ENDS_SENTENCE.search(line)``: a sentence's end mark, a quote or a bracket after it, at the line's
    end. The pattern is anchored at the end (``$``: the end, or before a last newline), so only the last three
    characters can be in its match: read them, and search only a line whose tail holds a newline (speed29)."""
    tail = line[-3:]
    if "\n" in tail:
        return ENDS_SENTENCE.search(line) is not None
    return bool(tail) and (tail[-1] in _END_MARKS or len(tail) >= 2 and tail[-1] in _END_QUOTES
                           and tail[-2] in _END_MARKS)


#: the last page's lines and its body's start: the four rules of ``wet_byline`` read the same page; a one-slot memo
#: keyed by the objects themselves (``is``, with the blocks' texts compared), read-only for its callers. Each memo is
#: one tuple, read once and replaced whole, so a thread never pairs one page's key with another page's value.
_PAGE_MEMO: tuple[list[Block], list[str], list[str]] | None = None
_START_MEMO: tuple[list[str], int | None] | None = None
#: the last page's lines and which of them are prose lines (None: not asked yet), filled as the rules ask: the first
#: prose, the tail's run, the last prose line, the head's lines (speed29). The list is the page's alone; the slot is
#: one tuple, read once and replaced whole, as the memos above.
_PROSE_MEMO: tuple[list[str], list[bool | None]] | None = None


def prose_flags(lines: list[str]) -> list[bool | None]:
    """The page's ``lines``' prose flags (``_is_prose_line``), as far as asked: read them with ``prose_at``."""
    global _PROSE_MEMO
    memo = _PROSE_MEMO
    if memo is not None and memo[0] is lines:
        return memo[1]
    flags: list[bool | None] = [None] * len(lines)
    _PROSE_MEMO = (lines, flags)
    return flags


def prose_at(lines: list[str], i: int, flags: list[bool | None]) -> bool:
    """``_is_prose_line(lines[i])``, kept in ``flags`` (``prose_flags(lines)``)."""
    flag = flags[i]
    if flag is None:
        flag = flags[i] = _is_prose_line(lines[i])
    return flag


def page_lines(blocks: list[Block]) -> list[str]:
    """The lines of the page's text blocks, in order (read-only: the list is shared by the calls on one page)."""
    global _PAGE_MEMO
    texts = [block.text for block in blocks]
    memo = _PAGE_MEMO
    if memo is not None and memo[0] is blocks and memo[1] == texts:
        return memo[2]
    out: list[str] = []
    for block in blocks:
        if block.type in ("paragraph", "list_item", "heading"):
            out.extend(plain_lines(block))
    _PAGE_MEMO = (blocks, texts, out)
    return out


def article_start(lines: list[str]) -> int | None:
    """The article's first line of prose: the first line of prose that another one follows within
    ``wet_prose_gap`` lines (a teaser's or a standfirst's sentence alone comes before the byline), else the first."""
    global _START_MEMO
    memo = _START_MEMO
    if memo is not None and memo[0] is lines:
        return memo[1]
    start = _first_prose(lines)
    _START_MEMO = (lines, start)
    return start


def _first_prose(lines: list[str]) -> int | None:
    first = previous = None  # (read lazily: the lines after the first pair are never tested)
    flags = prose_flags(lines)
    for i in range(len(lines)):
        if not prose_at(lines, i, flags):
            continue
        if previous is not None and i - previous <= TEXT_META.wet_prose_gap:
            return previous
        if first is None:
            first = i
        previous = i
    return first if first is not None else _first_wrapped(lines)


def _first_wrapped(lines: list[str]) -> int | None:
    """The first of ``wet_wrapped_run`` lines in a row each of ``wet_wrapped_min_chars`` at least, lower-case words
    in them: a text whose paragraphs are wrapped at a fixed width (an old page's text, a mail) has no line of prose's
    length, and its article starts there (authors11f)."""
    run = 0
    for i, line in enumerate(lines):
        if len(line) >= TEXT_META.wet_wrapped_min_chars and _LOWER_RUN.search(line[:TEXT_META.wet_wrapped_min_chars * 2]):
            run += 1
            if run == TEXT_META.wet_wrapped_run:
                return i - run + 1
        else:
            run = 0
    return None


def _head_zone(lines: list[str], before: int = TEXT_META.wet_head_before) -> range:
    start = article_start(lines)
    if start is None:
        return range(0)
    return range(max(0, start - before), start)  # (a byline inside the body is not read)


def _label_alone(line: str) -> bool:
    folded = " ".join(fold_label(line).strip(" *_:：-–—|").split())
    return bool(folded) and len(folded) <= 30 and folded in byline_labels()


def name_then(line: str, lower: frozenset[str] | None, limit: int = TEXT_META.role_byline_max_chars) -> str | None:
    """The person's name (or names, joined) that opens ``line`` when the rest of it is a role or an outlet after a
    separator, a date, or the record's words; the bare name's shape (``lower``: the words the text writes in lower
    case, which no word of the name may be; None: not asked)."""
    line = _unglue(unicodedata.normalize("NFC", " ".join(line.split())).strip(" *_"))
    if not line or len(line) > limit:
        return None
    tokens = TOKEN.findall(line)
    found = name_list(tokens, byline_data()["name_stop"])  # (a month may open a name: "Jan de Vries")
    if found is None:
        return None
    names, taken = found
    guard = lower if lower is not None else frozenset()
    max_words = TEXT_META.bare_name_max_words if lower is not None else TEXT_META.name_max_words
    if not all(person_name(name, guard, capitals=True, max_words=max_words) == name for name in names):
        return None
    rest = " ".join(tokens[taken:])
    last = tokens[taken - 1]
    if last.endswith((":", "：")) and rest:
        return None  # "Winter Session: February 2006": a field's label and its value
    if last[-1:] in _SEPARATORS and rest:
        rest = last[-1] + " " + rest
    if not rest:
        # (a list alone: at most bare_list_max_names, a longer one is a panel's, a cast's or a credits' list as
        # often as a byline, authors11c)
        return join_names(names) if len(names) <= TEXT_META.bare_list_max_names else None
    if lower is not None and rest[:1].islower():
        return None  # "First Listed on Newegg | February 10, 2023": without a label, a name's line holds the name,
        # then a separator or the date
    if has_date(rest) and record_after(tokens[taken:], metadata_vocabulary()):
        return join_names(names)  # "Jane Doe 3.11.2023", "Jane Doe le 14.09.2020 à 11h46"
    shape = meta_line_shape(rest)
    if shape is not None and shape[0] == "counter":
        return join_names(names)  # "Jane Doe 53 views", "Jane Doe 5 min read": a post's record (a counter)
    if rest[0] in _SEPARATORS:
        role = rest.lstrip(_SEPARATORS + " ")
        if role and (has_date(role) or len(role.split()) <= TEXT_META.role_max_words
                     and not ENDS_SENTENCE.search(role) and not role[:1].islower()
                     or _writer_role_words(role)):
            return join_names(names)  # "Jane Doe | The Harbour Times", "Jane Doe, Online-Redaktion"
    return None


def _writer_role_words(role: str) -> bool:
    """``role`` opens with a writer's role ("business reporter", "Staff Writer"), a few words."""
    folded = _fold(role)
    return len(role.split()) <= TEXT_META.role_max_words and any(
        folded.startswith(w) for w in byline_data()["writer_roles"])


#: a contact after a name: a handle ("@janedoe") or an e-mail address ("jdoe@example.com")
_CONTACT = compile_pattern(r"(?:(?<=\p{L})|\s*[,|·•]?\s+)(?P<contact>@[\w.]{2,30}|[\w.+-]{2,40}@[\w-]+(?:\.[\w-]+)+)")


def without_contact(text: str) -> tuple[str, str | None]:
    """(``text`` without the handle or the e-mail address after the name that opens it and what follows the contact
    when it is a phone's digits at most, the contact) or (``text``, None): "Jane Doe@janedoe", "Jane Doe |
    jdoe@example.com", "Jane Doe jdoe@example.com(555) 123-4567"."""
    if "@" not in text:
        return text, None
    found = _CONTACT.search(text)
    if found is None or not found.start():
        return text, None
    after = text[found.end():]
    if regex.search(r"\p{L}", after):
        return text, None
    return text[:found.start()].rstrip(" ,|·•"), found.group("contact")


def _role_after_dash(text: str) -> str:
    """``text`` with a spaced dash before a writer's role made a comma ("Jane Doe - Staff Writer" -> "Jane Doe, Staff
    Writer"): ``name_list`` reads a spaced dash as a double name's ("Jean - Jacques"; authors32)."""
    for sep in (" - ", " – ", " — "):
        before, found, after = text.partition(sep)
        if found and before and after and (_writer_role_words(after) or _role_line(after)):
            return before + ", " + after
    return text


def label_line_byline(blocks: list[Block], before: int = TEXT_META.wet_label_head_before, nearer: int = 0
                      ) -> str | None:
    """A byline label alone on a line at the article's head and the name on the next line ("By" / "Jane Doe"), or
    a line that opens with a label and holds a name ("By Jane Doe", "Autor: Jane Doe", "ByJane Doe" glued). No
    word of the names is one the text writes in lower case ("By Public Transport and Private Cars": a heading's
    words), and a list's joiner is a word of the label's language ("De Buenos Aires, Santa Fe y Mar del Plata":
    Spanish places, the label Romanian; authors11c's guards)."""
    lines = page_lines(blocks)
    zone = _head_zone(lines, before)
    lower: frozenset[str] | None = None
    for k in zone:
        if k >= zone.stop - nearer:
            break  # (the lines a first call with ``before`` = ``nearer`` read already: authors32's far call)
        label, text = None, None
        if k + 1 < len(lines) and _label_alone(lines[k]):
            label, text, limit = lines[k], lines[k + 1], TEXT_META.role_byline_max_chars
            if k + 3 < len(lines) and _fold(lines[k + 2].strip()) in metadata_vocabulary()["joiners"]:
                text = " ".join(lines[k + 1:k + 4])  # "By" / "Jane Doe" / "and" / "John Smith": each on its own
                # line (authors33b; the list's checks below as on one line)
        else:
            found = after_label(lines[k])
            if found:
                label, text = found
                limit = TEXT_META.byline_max_chars
        if label is None or text is None:
            continue
        if "@" in text:
            text = without_contact(text)[0]  # ("By" / "Jane Doe@janedoe", "Por Jane Doe jdoe@example.com": authors32)
        text = _role_after_dash(text)
        name = name_then(text, None, limit) or (uncased_name(text) if limit == TEXT_META.role_byline_max_chars
                                                  or separated_label(lines[k], label) else None)
        if not name:
            continue
        if lower is None:
            lower = document_lower_words(blocks)
        names = name.split(AUTHOR_SEPARATOR)
        if any(w.casefold() in lower for one in names for w in one.split() if w not in PARTICLES) \
                and not (len(names) == 1 and has_date(text[len(names[0]):])):
            continue  # (with a date after it, a name's word the text writes in lower case is a name's: "By Peter
            # May, Globe Staff | February 3, 2005", authors11f)
        if len(names) > 1 and not list_agrees(label.strip(" *_:："), TOKEN.findall(text)):
            continue
        if k < zone.stop - TEXT_META.wet_head_before and label_repeated(
                label, lines, k, zone if k >= zone.stop - TEXT_META.wet_label_head_before else None):
            continue  # (further up than the byline's usual lines, the label on other lines of the zone: a list of
            # articles' titles, each with its "by …"; beyond ``wet_label_head_before``, on any other line of the
            # page: a collection's items, each a song's or a poem's "by: …" over its text, authors32)
        return name
    return None


def separated_label(line: str, label: str) -> bool:
    """``label`` opens ``line`` with a colon or a dash after it, or means "by" (``labels_without_colon``): a name in
    a script without case needs one ("लेखक के बारे में" is "about the author"; textbylines.py's rule, authors30)."""
    after = " ".join(unicodedata.normalize("NFC", line).split()).strip(" *_•·")[len(label):].lstrip(" *_")
    return after[:1] in ":：-–—|/" or " ".join(_fold(label).split()) in _without_colon()


@lru_cache(maxsize=1)
def _without_colon() -> frozenset[str]:
    return frozenset(" ".join(_fold(w).split()) for w in _byline_data_raw()["labels_without_colon"])


#: A label glued to the name after it ("ByJane Doe": the page showed them as two elements)
_GLUED_LABEL = compile_pattern(r"^(?P<label>\p{Lu}?\p{Ll}+)(?=\p{Lu}\p{Ll})")


def uncased_name(text: str) -> str | None:
    """2-4 words of a script without case and nothing else ("أحمد علي", "राहुल शर्मा", "สมชาย ใจดี"), the line's
    last dot aside: a name after a label in a script ``name_then``'s capitals cannot tell."""
    words = unicodedata.normalize("NFC", text).strip(" *_.:").split()
    if TEXT_META.name_min_words <= len(words) <= TEXT_META.name_max_words and all(
            UNCASED_WORD.match(w) and not any(c.isupper() or c.islower() for c in w) for w in words):
        return " ".join(words)
    return None


def after_label(line: str) -> tuple[str, str] | None:
    """(the byline label that opens ``line``, what follows it) with its colon, or glued to the name ("ByJane Doe"),
    or None; never a label inside a sentence ("Shop by Brand") nor a label of one letter; a glued label is no
    name's particle ("DeMarco")."""
    line = unicodedata.normalize("NFC", " ".join(line.split())).strip(" *_")
    if len(line) > TEXT_META.byline_max_chars:
        return None  # (a list of names: "Par A, B, C, D et E")
    words = line.split()
    # (every head below opens with the first word's fold and a space, or is that fold without its colons: no label
    # starting so, no head is a label, and the other words are not folded; speed29)
    label_may_open = len(words) > 1 and fold_label(words[0]).rstrip(":：") in label_prefixes()
    for n in (3, 2, 1) if label_may_open else ():
        if len(words) <= n:
            continue
        head = " ".join(fold_label(w) for w in words[:n]).rstrip(":：")  # ("Tекст:" with a Latin T: meta36)
        if head in byline_labels() and len(head) > 1 and head not in _opening_not():
            return " ".join(words[:n]), " ".join(words[n:]).lstrip(":：|｜ ").rstrip("|｜ ")  # ("Par | Jane Doe |")
    glued = _GLUED_LABEL.match(line)
    label = glued.group("label") if glued else ""
    if glued and _fold(label) in byline_labels() and len(label) > 1 and _fold(label) not in PARTICLES:
        return label, line[glued.end():]
    return None


@lru_cache(maxsize=1)
def _relative_time() -> regex.Pattern:
    """A relative date and nothing else but the record's words ("3 hours ago", "Updated 3 hours ago", "il y a 2
    heures", "vor 3 Stunden", "3小时前"): one count and unit, a relative word before or after them
    (``metashape.relative_time_words``)."""
    relative, time_units = relative_time_words()
    words = sorted(relative, key=lambda w: (-len(w), w))
    units = sorted(time_units, key=lambda w: (-len(w), w))
    word = "(?:" + "|".join(regex.escape(w) for w in words) + ")"
    unit = "(?:" + "|".join(regex.escape(w) for w in units) + r")\.?"
    count = r"\d{1,3}[^\S\n]?" + unit
    return compile_pattern(r"^(?:" + word + r"[^\S\n]+" + count + "|" + count + r"[^\S\n]*" + word + r")$")


def _is_relative_time(line: str) -> bool:
    """``line`` is a relative date ("3 hours ago", "il y a 2 heures": ``_relative_time``), after the record's words
    if any ("Updated 3 hours ago"; not "It was 3 days ago") (authors11f). Stricter than line_shapes'
    ``relative_date`` (one count, no word of its own but the record's): this line is read under a name, where a
    card's line is told from the article's."""
    if not has_digit(line) or len(line) > TEXT_META.card_line_max_chars:
        return False
    words = " ".join(_fold(line).strip(" *_|·•").split()).split(" ")
    record = metadata_vocabulary()["record"]
    for i in range(min(3, len(words))):
        if _relative_time().match(" ".join(words[i:])):
            return True
        if words[i].strip(":,") not in record:
            return False
    return False


def _is_date_line(line: str) -> bool:
    """A line that is a date (or a date and a time) and nothing else but the record's words ("12 March 2024",
    "Veröffentlicht: 26.12.2022"; not "Joined: Jun 17, 2003", "Release date: Jan 24, 2024")."""
    if len(line) > TEXT_META.role_byline_max_chars:
        return False
    shape = meta_line_shape(line)
    if shape is None or shape[:2] != ("dateline", "bare"):
        return False
    data = byline_data()
    return not any(w.strip(".,:;") in data["not_date_words"] for w in _fold(line).split())


def name_date_line(blocks: list[Block]) -> str | None:
    """A person's name alone on a line (or with a date after it) next to a date line at the article's head, named
    nowhere else in the article's prose but in a sentence the name opens."""
    lines = page_lines(blocks)
    start = article_start(lines)
    if start is None or start < TEXT_META.wet_page_head_lines:
        return None  # an article's text, its title on its first line: textbylines.name_date_byline reads its title
        # zone, and a bare name further down is not read there (a caption's, a list's); a page's text opens with
        # its menus and its title is somewhere after them
    zone = _head_zone(lines)
    lower: frozenset[str] | None = None
    found: str | None = None
    flags = prose_flags(lines)
    outlet_at = -1
    for k in zone:
        line = lines[k]
        if prose_at(lines, k, flags) or len(line) > TEXT_META.role_byline_max_chars:
            continue
        dated_first = _date_then_name(line)  # ("March 12, 2024 | Jane Doe": authors11f)
        if dated_first:
            line = dated_first
        if _opens_no_name(line):
            continue  # (``name_then`` would say None: a quarter of the head's lines, told before their dates)
        dated = bool(dated_first) or has_date(_unglue(line)) or _reading_time_after(line)  # ("Jane Doe · 5 min
        # read": authors11f)
        head, comma, after = _bare(line).partition(",")
        inline_role = bool(comma) and _role_line(after)  # "Jane Doe, Staff Writer"
        role = k + 1 < len(lines) and _role_line(lines[k + 1])  # "Jane Doe" / "Contributing Correspondent"
        if k == outlet_at:
            continue  # (the outlet's line under the name read before: "Associated Press" / "Published …")
        outlet = not dated and not inline_role and not role and _outlet_then_date(lines, k)
        inline_outlet = bool(comma) and not dated and not inline_role and k + 1 < len(lines) and _outlet(after) \
            and _dated(lines[k + 1])  # "Jane Doe, Business Insider" / "13.11.2019, 23:06" (authors33)
        inline_role = inline_role or inline_outlet
        if not dated and not inline_role and not role and not outlet and not _date_line_after(lines, k):
            continue  # (a date line before a short capitalised line is a post's date and its title: "Saturday,
            # July 31, 2004" / "Sandy Berger's Socks")
        if lower is None:
            lower = document_lower_words(blocks)
        name = name_then(line, lower)
        if name is None or not dated and name != (head.strip() if inline_role else _bare(line)) \
                and not (not inline_role and _whole_list(name, _bare(line))):
            continue  # (without a date or a writer's role on its line, the name is the line: "Jane Doe")
        if any(_fold(word) in _bare_joiners() for one in name.split("; ") for word in one.split()):
            continue  # "Diritto e Impresa", "Ciencia y Tecnología": a section's or a site's name (without a
            # label, a joiner inside a name is read as joining words, not as a name's particle)
        if _named_in_prose(name, lines) or _menu_word(name, lines, k):
            continue
        second = _second_author(after, lines, k, lower) if inline_outlet else None
        if second:
            name = join_names([name, second])  # "Jane Doe, John Smith" / the date: two authors (authors33b)
        if k > 0 and _capitalised_phrase(lines[k - 1]) and not _alt_or_credit(lines[k - 1], name):
            continue  # another short capitalised line just above ("Jane Doe" / "Chairman" / "Harbour Commission"
            # / "Annual Meeting" / a date: a speech's or a panel's header of names, whose?)
        if found is not None and found != name:
            return None  # two names with dates at the head: a list of posts or of comments, whose?
        found = name
        if outlet:
            outlet_at = k + 1
    return found


#: The run ``name_then`` drops before a line's first token (blanks collapsed, then " *_" stripped; the standard
#: engine's \s is ``str.isspace``, as ``split`` reads blanks: tests/test_speed39.py)
_BEFORE_TOKEN = re.compile(r"[\s*_]*")


def _opens_no_name(line: str) -> bool:
    """Whether ``name_then(line, …)`` surely finds no name, told without reading it (speed39): after the blanks,
    "*" and "_" it drops, ``line`` opens with two ASCII characters (NFC and ``_unglue`` leave the first as it is) and
    the first is no capital letter A-Z: a name's first word opens with a capital (``textmeta._NAME_WORD``), and no
    particle or hyphen opens a name."""
    at = _BEFORE_TOKEN.match(line).end()  # type: ignore[union-attr]
    head = line[at:at + 2]
    return head.isascii() and not "A" <= head[:1] <= "Z"


def _outlet_then_date(lines: list[str], k: int) -> bool:
    """Line ``k`` (a bare name) has a news outlet's or an agency's name on the next line and the post's date line
    after that ("Jane Doe" / "Associated Press" / "Published 11:34 PM EST Nov 19, 2019", "Jane Doe" / "The Harbour
    Times" / "12 March 2024"): the outlet a short line of capitalised words, no digit, no sentence (authors33)."""
    if k + 2 >= len(lines) or not k or not _outlet(lines[k + 1]) \
            or _fold(lines[k + 1].strip()) in _fold(lines[k]) \
            or len(lines[k + 1].split()) < 2 and _fold(lines[k + 1].strip()) not in _agencies():
        return False  # (one word: an agency's name only, "Reuters"; "Rabbids" / "Posted March 19, 2024" is a forum's;
        # the name's line holding the next one is an avatar's alt text over the name: "Profilbild von Jane Doe")
    return len(lines[k - 1].split()) >= TEXT_META.outlet_headline_words and _dated(lines[k + 2])  # (the headline
    # just above: "Login" / "Order Now" / "Jane Doe" / "September 4, 2025" is a menu's button over the byline)


def _whole_list(name: str, line: str) -> bool:
    """``name`` is a list of names that is the whole of ``line`` but for commas and the joiners ("Jane Doe and John
    Smith", "Jane Doe, John Smith und Ann Lee": authors33b)."""
    if AUTHOR_SEPARATOR not in name:
        return False
    rest = line
    for one in name.split(AUTHOR_SEPARATOR):
        rest = rest.replace(one, " ", 1)
    joiners = metadata_vocabulary()["joiners"]
    return all(_fold(w) in joiners for w in rest.replace(",", " ").split())


def _second_author(after: str, lines: list[str], k: int, lower: frozenset[str]) -> str | None:
    """The part after the comma of a name's line ("Jane Doe, John Smith" over the date) when it is a second author,
    not an outlet: a person's name (no word the text writes in lower case, no organisation's, role's or chrome's
    word, no agency's) that the page prints again on a line of its own (an author box's or a contact list's "John
    Smith"; not a sentence that opens with it: a person the article quotes); else None ("Jane Doe, Business
    Insider", "Jane Doe, New York", authors33b)."""
    second = _bare(after)
    if person_name(second, lower, capitals=True) != second \
            or any(_fold(w) in metadata_vocabulary()["not_in_list"] or _fold(w) in _agencies()
                   for w in second.split()):
        return None
    return second if any(j != k and _bare(line) == second for j, line in enumerate(lines)) else None


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """``agency_names`` (folded): a news agency's name alone on its line is an outlet's."""
    return frozenset(_fold(w) for w in _byline_data_raw()["agency_names"])


def _dated(line: str) -> bool:
    """``line`` is a date line or a record's date line (no reading time: "Technology" / "12 minute read" is a menu's
    item over a card's)."""
    line = line.strip()
    return _is_date_line(line) or _record_date_line(line)


def _outlet(text: str) -> bool:
    """``text`` may be a news outlet's or an agency's name: a short run of capitalised words (a name's particles
    among them), no digit, no sentence ("Associated Press", "Business Insider", "USA TODAY")."""
    line = " ".join(text.split())
    words = line.split()
    return bool(words) and len(words) <= TEXT_META.outlet_max_words and len(line) <= TEXT_META.card_line_max_chars \
        and not has_digit(line) and not _sentence_end(line) and all(w[:1].isupper() or w in PARTICLES for w in words)


def _date_then_name(line: str) -> str | None:
    """The part after the date of a post's record line that is a date, a separator and then the rest ("March 12, 2024
    | Jane Doe", "12.03.2024 · Hans Muster"): the rest, read as a name's line; else None (authors11f)."""
    if len(line) > TEXT_META.role_byline_max_chars or not line[:1].isalnum() or not _SEP_AND_DIGIT.search(line):
        return None  # (a date holds a digit, and a separator parts it from the name)
    for sep in "|·•":
        date, found, rest = line.partition(sep)
        if found and rest.strip() and sep not in rest and _is_date_line(date.strip()):
            return rest.strip()
    return None


def _reading_time_after(line: str) -> bool:
    """``line`` is a name, a separator and a post's reading time or counter of a platform's card ("Jane Doe · 5 min
    read", "Jean Dupont · 4 min de lecture"; ``card_words``, a number among them): the post's record, as a date is
    (authors11f)."""
    if not _SEP_AND_DIGIT.search(line):
        return False  # (a reading time holds a number, after a separator)
    for sep in "·•|":
        name, found, rest = line.partition(sep)
        if found and name.strip() and has_digit(rest) and is_card_line(rest):
            return True
    return False


_LETTER = compile_pattern(r"\p{L}")
#: a word of a record line that is no date's: letters only
_PLAIN_WORD = compile_pattern(r"^[\p{L}\p{M}'’.:]+$")


def _record_date_line(line: str) -> bool:
    """``line`` is a date (or a time) with a few of the record's words around it and no sentence ("Updated Nov. 19,
    2019 8:21 am ET", "Zuletzt geändert am 06.11.2023", "November 8 2023, 3:18 p.m."): ``meta_line_shape``'s date
    line, at most ``record_date_words`` words of letters that are no month's or weekday's name, none of
    ``not_byline_date_words`` ("Joined: Jun 17, 2003", "answered May 2, 2009": a member's or an answer's)."""
    if not line or len(line) > TEXT_META.role_byline_max_chars or not has_digit(line) or _sentence_end(line) \
            and not line.endswith(("a.m.", "p.m.")):
        return False
    shape = meta_line_shape(line)
    if shape is None or shape[0] != "dateline":
        return False
    not_date = byline_data()["not_date_words"]
    if any(_fold(w).strip(".,:;()") in not_date for w in line.split()):
        return False
    return record_words(line) <= TEXT_META.record_date_words


def record_words(text: str) -> int:
    """How many words of ``text`` are letters only and no month's or weekday's name (a record line's words besides
    its date: "Updated", "am", "ET")."""
    months, weekdays, _ = meta_vocabulary()
    plain = [w for w in (_fold(w).strip(".,:;()") for w in text.split()) if w and _PLAIN_WORD.match(w)]
    return sum(w not in months and w not in weekdays for w in plain)


def dated_label_elsewhere(lines: list[str], k: int) -> bool:
    """Another line of the page than ``k`` opens with a byline label and holds a date ("By Jane on Thursday, May 1,
    2003 - 12:36 pm:" over each post of a thread, each comment of a list; authors32)."""
    for j, line in enumerate(lines):
        if j != k and len(line) <= TEXT_META.byline_max_chars and has_digit(line) and after_label(line) is not None \
                and has_date(line):
            return True
    return False


def _reading_time_line(line: str) -> bool:
    """``line`` is a post's reading time or counter alone ("5 Min Read", "4 min de lecture"): a number and the card's
    words (textbylines.py's ``is_card_line``)."""
    return bool(line) and len(line) <= TEXT_META.card_line_max_chars and has_digit(line) \
        and _LETTER.search(line) is not None and is_card_line(line)  # (a count alone is no card's: "0", "10")


def _date_line_after(lines: list[str], k: int) -> bool:
    """A date line follows line ``k``, or comes after a platform's card lines ("·", "Follow", "5 min read": at most
    ``card_lines_max``, textbylines.py's card)."""
    if k + 1 >= len(lines):
        return False
    if _is_date_line(lines[k + 1]) or _is_relative_time(lines[k + 1]):
        return True  # ("Jane Doe" / "3 hours ago": a relative date, authors11f)
    if k + 2 < len(lines) and _record_word_line(lines[k + 1]) and _dated(lines[k + 2]):
        return True  # ("Jane Doe" / "Updated" / "1:39 am EST, Wednesday, November 20, 2019", "Jane Doe" /
        # "Published" / "18 November 2019": the record's word on a line of its own, authors34)
    below = lines[k + 1].strip().lstrip(_SEPARATORS + " *") if has_digit(lines[k + 1]) else ""  # (each shape below
    # holds a digit: the cheap test first)
    if below and (below != lines[k + 1].strip() and (_is_date_line(below) or _is_relative_time(below))
                  or _record_date_line(below) or _reading_time_line(below)):
        return True  # ("Jane Doe" / "- Nov. 18th 2019 12:12 pm PT", "Updated Nov. 19, 2019 8:21 am ET", "5 min
        # read": authors32)
    j = k + 1
    while j < len(lines) and j - k <= TEXT_META.card_lines_max and lines[j].strip() and is_card_line(lines[j]) \
            and not _is_date_line(lines[j]):
        j += 1
    if j == k + 1 or j >= len(lines) or not _is_date_line(lines[j]):
        return False
    # a card's lines between them: not one of a listing's cards, another date a few lines above or below (a blog's
    # list of posts, each a title, a teaser, the author, "·", the date)
    return not any(_is_date_line(lines[i]) for i in range(max(0, k - TEXT_META.wet_head_before),
                                                          min(len(lines), j + 1 + TEXT_META.wet_head_before))
                   if i != j)


def _record_word_line(line: str) -> bool:
    """``line`` is only the record's words ("Updated", "Published:", "Publicado el"; ``meta_lines.json`` ``meta``), at
    most ``record_word_line_words``, and no byline label ("By" alone is a label over the name: read by
    ``label_line_byline``) (authors34)."""
    folded = " ".join(_fold(line).strip(" *_:：|·•-–—").split())
    if not folded or len(folded) > TEXT_META.card_line_max_chars or has_digit(folded) or folded in byline_labels():
        return False
    words = folded.split(" ")
    return len(words) <= TEXT_META.record_word_line_words and all(
        w.strip(".,:;") in meta_vocabulary()[2] for w in words)


def _alt_or_credit(line: str, name: str) -> bool:
    """The short capitalised line above a name line is an avatar's alt text that ends with the name ("Profilbild von
    Jane Doe" / "Jane Doe") or a picture's credit with its label and colon ("Photo: Reuters"): not a header's line
    of names (authors11f)."""
    bare = _bare(line)
    return bare.endswith(name.split(AUTHOR_SEPARATOR)[0]) and bare != name or ":" in bare or "：" in bare


def _role_line(line: str) -> bool:
    """``line`` is a writer's role of a few words and nothing else ("Contributing Correspondent", "Staff Writer",
    "Online-Redaktion"): one of its words opens a role of ``writer_roles`` (textbylines.py)."""
    line = " ".join(line.split()).strip(" *_|")
    return bool(line) and len(line) <= TEXT_META.role_byline_max_chars and writer_role(line, anywhere=True)


def _capitalised_phrase(line: str) -> bool:
    """``line`` is 2-4 capitalised words and nothing else ("Harbour Commission", "Jane Doe"), as a name is."""
    words = _bare(line).split()
    return 2 <= len(words) <= TEXT_META.name_max_words and all(w[:1].isupper() or w in PARTICLES for w in words)


def _menu_word(name: str, lines: list[str], k: int) -> bool:
    """A word of ``name`` stands alone on another line of the page: a menu's or a section's item ("Ehrenamt" /
    "Ehrenamt Jugendverbände 23.01.2020"), the line a category's, not a person's."""
    words = {w.casefold() for one in name.split("; ") for w in one.split() if len(w) > 2}
    return any(j != k and line.strip(" *_|").casefold() in words for j, line in enumerate(lines))


def _bare(line: str) -> str:
    return " ".join(line.split()).strip(" *_,;|·•").rstrip(".")


def _named_in_prose(name: str, lines: list[str]) -> bool:
    """A name of ``name`` comes in a line of prose that it does not open (the article's subject, a person quoted)."""
    flags = prose_flags(lines)
    for one in name.split("; "):
        folded = one.casefold()
        for i, line in enumerate(lines):
            at = line.casefold().find(folded)
            if at > 0 and prose_at(lines, i, flags):
                return True
    return False


#: A sentence's end and the space after it: what parts a paragraph's last sentence from a credit glued after it
_AFTER_SENTENCE = compile_pattern(r"(?<=[.!?。！？][\"'”»)]?)\s+")


def reporter_tail(blocks: list[Block]) -> str | None:
    """A reporter's credit glued after the last sentence of a line of prose ("… 등이다. 홍길동 기자
    gildong@example.co.kr": a page text puts the credit on the paragraph's line), read from the end: the credit's
    shape of detectors/reporters.py (a name of the language's surnames, a role, an e-mail address)."""
    from .detectors.reporters import may_hold_credit, reporter_name

    for line in reversed(page_lines(blocks)):
        if not may_hold_credit(line):
            continue  # (an ASCII line's last part is ASCII: no credit, and no split needed to know it)
        parts = _AFTER_SENTENCE.split(line.strip())
        if len(parts) > 1 and _is_prose_line(line[:len(line) - len(parts[-1])].rstrip()):
            name = reporter_name(parts[-1])
            if name:
                return name
    return None


def reporter_line(blocks: list[Block]) -> str | None:
    """A line that is nothing but a reporter's credit (detectors/reporters.py's shape: "홍길동 기자", "홍길동 기자
    gildong@example.co.kr") among the lines before the article's first prose or the first lines after its last:
    byline_author reads the first and the last blocks, and a page's text holds many lines a block."""
    from .detectors.reporters import reporter_name

    lines = page_lines(blocks)
    flags = prose_flags(lines)
    last = next((i for i in range(len(lines) - 1, -1, -1) if prose_at(lines, i, flags)), None)
    tail = range(last + 1, min(len(lines), last + 1 + TEXT_META.tail_blocks)) if last is not None else range(0)
    for k in list(_head_zone(lines)) + list(tail):
        if not lines[k].isascii():
            name = reporter_name(lines[k])
            if name:
                return name
    return None


@lru_cache(maxsize=1)
def _cjk_patterns() -> tuple[regex.Pattern, regex.Pattern, frozenset[str], tuple[str, ...]]:
    """(a reporter's label then a name, "记者 王小明" / "本报记者王小明" / "来源：… 记者 王小明"; a name then the
    label, "山田太郎記者"; the words no name is; a unit's last characters): cjk_reporter_labels of
    data/text_bylines.json."""
    data = byline_data()
    from .datafiles import read_json

    raw = read_json("text_bylines.json")
    labels = "|".join(regex.escape(w) for w in sorted(raw["cjk_reporter_labels"], key=lambda w: (-len(w), w)))
    before = compile_pattern(r"(?:^|(?<=[\s|｜/／,，;；]))(?:" + labels + r")[^\S\n]*(?P<name>\p{Han}{2,4})"
                           r"(?=$|[\s，,。|｜/／、;；(（])")
    after = compile_pattern(r"^(?P<name>\p{Han}{2,4})[^\S\n]?(?:" + labels + r")$")
    return before, after, frozenset(data["cjk_not_a_name"]), tuple(raw["cjk_unit_suffixes"])


#: what may follow a name in a post's footer after its label: a time or a date and the record's little words ("at
#: 8:50 AM", "en 10:20", "le 12/03/2024 à 10h20")
_TIME = compile_pattern(r"\d{1,2}[:h.]\d{2}")


def tail_label_line(blocks: list[Block]) -> str | None:
    """A post's footer line just after the article's last line of prose that opens with a byline label and holds a
    name, alone or with a time or a date ("Posted by Jane Doe at 8:50 AM", "Publicado por Ana López en 10:20",
    "Written by Jane Doe"), or a label alone then the name's line: within ``wet_tail_label_lines`` lines after it
    (a comment's poster comes further down), the person not named in the article's prose (authors11f)."""
    lines = page_lines(blocks)
    start = article_start(lines)
    if start is None:
        return None
    lower: frozenset[str] | None = None
    for k in _tail_window(lines, start):
        cjk = cjk_line_name(lines[k])
        if cjk:
            return cjk  # ("作者：宋怡 杨志华" after a Chinese article)
        if k + 1 < len(lines) and _label_alone(lines[k]):
            label, text = lines[k], lines[k + 1]
        else:
            found = after_label(lines[k])
            if not found:
                continue
            label, text = found
        tokens = TOKEN.findall(unicodedata.normalize("NFC", text))
        found_names = name_list(tokens, byline_data()["name_stop"])
        if found_names is None:
            continue
        names, taken = found_names
        rest = " ".join(tokens[taken:])
        timed = bool(_TIME.search(rest) or has_date(rest)) or bool(rest) and k + 1 < len(lines) and bool(
            _TIME.match(lines[k + 1].strip())) and all(_fold(w) in metadata_vocabulary()["record"] for w in rest.split())
        if rest and not (len(tokens) - taken <= TEXT_META.role_max_words and timed):
            continue  # ("Written by Jane Doe and her students in the spring": a sentence; "posted by Jane Doe at" /
            # "1:02 PM": the time on the next line)
        if lower is None:
            lower = document_lower_words(blocks)
        if not all(person_name(name, lower, capitals=True, max_words=TEXT_META.name_max_words) == name
                   for name in names) or len(names) > TEXT_META.bare_list_max_names:
            continue
        if len(names) > 1 and not list_agrees(label.strip(" *_:："), tokens):
            continue
        name = join_names(names)
        if _named_in_prose(name, lines) or label_repeated(label, lines, k):
            continue  # (the label on other lines too: a list of comments' or teasers' bylines, "By Tom Smith, at
            # 7:09 PM", "von Anna Dunst" under each teaser)
        return name
    return None


def _tail_window(lines: list[str], start: int) -> list[int]:
    """The ``wet_tail_label_lines`` lines after the article's end: after its run of prose from ``start`` (the lines
    of prose each within ``wet_tail_run_gap`` lines of the one before: a blog's footer "posted by …" comes before
    its comments' prose) and after the page's last line of prose."""
    run_end = start
    flags = prose_flags(lines)
    for i in range(start + 1, len(lines)):
        if i - run_end > TEXT_META.wet_tail_run_gap:
            break
        if prose_at(lines, i, flags):
            run_end = i
    last = _last_prose_line(lines, start)
    window: list[int] = []
    for end in (run_end, last):
        window.extend(k for k in range(end + 1, min(len(lines), end + 1 + TEXT_META.wet_tail_label_lines))
                      if k not in window)
    return window


_LAST_MEMO: tuple[list[str], int, int] | None = None  # (lines, start, last): one tuple, as _PAGE_MEMO


def _last_prose_line(lines: list[str], start: int) -> int:
    """The page's last line of prose after ``start`` (``start`` when none), kept for the page's ``lines`` (the
    footer's and the bio's rules read it both)."""
    global _LAST_MEMO
    memo = _LAST_MEMO
    if memo is not None and memo[0] is lines and memo[1] == start:
        return memo[2]
    flags = prose_flags(lines)
    last = next((i for i in range(len(lines) - 1, start, -1) if prose_at(lines, i, flags)), start)
    _LAST_MEMO = (lines, start, last)
    return last


def label_repeated(label: str, lines: list[str], k: int, among: range | None = None) -> bool:
    """Another line of the page (or of ``among``) opens with ``label`` (alone or before a name): each of a list's
    items has its byline."""
    folded = " ".join(label.split()).casefold().rstrip(":：")
    for j in among if among is not None else range(len(lines)):
        line = lines[j]
        if j in (k, k + 1):
            continue
        head = line.lstrip(" *_").casefold()
        if head.startswith(folded) and (len(head) == len(folded) or not head[len(folded)].isalnum()):
            return True
    return False


def cjk_line_byline(blocks: list[Block]) -> str | None:
    """A Chinese or Japanese byline on its own line at the article's head of a page's text: a byline label, a colon,
    a slash or a middle dot and a name ("文/王小明", "文｜王小明", "文・山田太郎", "作者：王小明": textmeta's
    ``cjk_byline``), or a reporter's label and a name ("记者 王小明", "来源：海港日报 记者 王小明"), or a name then
    the label ("山田太郎記者"; not a unit's name, "政治部記者"): 2-4 Han characters, none of ``cjk_not_a_name``
    (authors11f; textmeta.cjk_byline reads the lines before the first paragraph of prose, which a page's text of one
    block has none of). The article's end is read by ``tail_label_line``."""
    lines = page_lines(blocks)
    for k in _head_zone(lines):
        name = cjk_line_name(lines[k])
        if name:
            return name
    return None


def cjk_line_name(line: str) -> str | None:
    """The name(s) of a CJK byline line (``cjk_line_byline``'s shapes), or None."""
    if len(line) > TEXT_META.role_byline_max_chars or line.isascii() or not _CJK.search(line):
        return None
    vocab = metadata_vocabulary()
    before, after, not_a_name, units = _cjk_patterns()
    line = unicodedata.normalize("NFC", line.strip(" *_"))
    match = vocab["cjk_byline"].match(line)
    if match and match.group("name") not in not_a_name:
        from .textmeta import cjk_names

        return join_names(cjk_names(match.group("name"), line[match.end():], vocab) + _spaced_names(
            line[match.end():], not_a_name))
    match = before.search(line)
    if match and match.group("name") not in not_a_name and cjk_label_name(line, match.start("name")):
        # (glued to its label, "本报记者王小明", the name opens with a surname of the Chinese bios' data: "记者节快乐"
        # is Journalists' Day)
        return join_names([match.group("name")] + _spaced_names(line[match.end():], not_a_name))
    match = after.match(line)
    if match and match.group("name") not in not_a_name and not match.group("name").endswith(units):
        return match.group("name")
    return None


def _spaced_names(rest: str, not_a_name: frozenset[str]) -> list[str]:
    """The names after a CJK byline's first one parted by spaces, when the line holds only them ("记者 伊琳 李清芬",
    "作者：宋怡 杨志华")."""
    more = rest.split()
    if 0 < len(more) < TEXT_META.names_max and all(_SPACED_HAN.match(w) for w in more) \
            and not any(w in not_a_name for w in more):
        return more
    return []


def tail_bio_line(blocks: list[Block]) -> str | None:
    """A third-person bio among the last lines of prose of a page's text or the sentences just after them: a person's name, a copula of the bios'
    data ("is a", "est", "ist", "es", "jest" …) and a writer's role within a few words ("Jane Doe is a reporter at
    …", "Marie Dupont est journaliste au …", "Jane Doe is the author of …": ``writer_roles`` and ``bio_roles``;
    not "a harbour master"), never the article's first line of prose, and the person named nowhere else in the
    article's prose (not by the surname either: a person the article is about or quotes). A page's text has the
    bio on a line of its one block, where the bio detector's block-level removal does not reach (authors11f)."""
    lines = page_lines(blocks)
    start = article_start(lines)
    if start is None:
        return None
    last = _last_prose_line(lines, start)
    lower: frozenset[str] | None = None
    for k in range(max(start + 1, last - TEXT_META.wet_tail_bio_lines + 1),
                   min(len(lines), last + 1 + TEXT_META.tail_blocks)):
        line = unicodedata.normalize("NFC", " ".join(lines[k].split()))
        if len(line) > TEXT_META.wet_tail_bio_max_chars or not line[:1].isupper() or not _sentence_end(line):
            continue  # (a bio's sentence; after the article's last line of prose it may be shorter than prose)
        tokens = TOKEN.findall(line[:TEXT_META.role_byline_max_chars])
        from .textmeta import name_at

        name = name_at(tokens, byline_data()["name_stop"])
        if not name or not _bio_role_after(line[len(name):]):
            continue
        if lower is None:
            lower = document_lower_words(blocks)
        if person_name(name, lower, capitals=True, max_words=TEXT_META.name_max_words) != name:
            continue
        surname = name.split()[-1].casefold()
        if any(j != k and _sentence_end(other) and (name.casefold() in other.casefold()
                                                      or surname in _words(other.casefold()))
               for j, other in enumerate(lines)):
            continue  # the article names the person elsewhere: its subject, a person it quotes
        return name
    return None


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text))


@lru_cache(maxsize=1)
def _bio_vocabulary() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the bios' copulas of every language, longest first; the writers' and the bios' roles, folded)."""
    from .datafiles import data_path, read_json

    copulas: set[str] = set()
    for entry in sorted(data_path("bios").iterdir()):
        if entry.name.endswith(".json"):
            data = read_json("bios", entry.name)
            copulas |= {" ".join(_fold(c).split()) for c in data.get("copulas", ()) if c[:1].isalpha()}
    raw = read_json("text_bylines.json")
    roles = {_fold(w) for table in ("writer_roles", "bio_roles") for words in raw[table].values() for w in words}
    return (tuple(sorted(copulas, key=lambda c: (-len(c), c))), tuple(sorted(roles)))


def _bio_role_after(rest: str) -> bool:
    """``rest`` (what follows a name) opens with a copula, then a writer's role within ``bio_role_skip`` words ("is
    a senior reporter at", "est journaliste", "ist Redakteur", "is an award-winning journalist")."""
    folded = " ".join(_fold(rest).split())
    copulas, roles = _bio_vocabulary()
    for copula in copulas:
        if folded.startswith(copula + " "):
            words = folded[len(copula) + 1:].split()
            for skip in range(TEXT_META.bio_role_skip + 1):
                after = " ".join(words[skip:skip + 3])
                if any(after.startswith(role) for role in roles):
                    return True
            return False
    return False


def wet_byline(blocks: list[Block]) -> str | None:
    """``label_line_byline``, then ``name_date_line``, then ``cjk_line_byline``, then ``reporter_tail``, then
    ``reporter_line``, then ``tail_label_line``, then ``tail_bio_line``."""
    return label_line_byline(blocks) or name_date_line(blocks) or cjk_line_byline(blocks) or reporter_tail(blocks) \
        or reporter_line(blocks) or tail_label_line(blocks) or tail_bio_line(blocks)


# (the helpers of textbylines.py this module reads: its person's name's shape and the text's lower-case words)
__all__ = ["cjk_line_byline", "tail_bio_line", "tail_label_line", "label_line_byline", "name_date_line", "page_lines", "reporter_line", "reporter_tail", "unglued_author",
           "wet_byline"]
