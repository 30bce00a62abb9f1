"""Writing systems: the characters every layer's matching treats alike, defined once (the lowest layer).

``UNSPACED``: a letter of a script written without spaces between words (Han, Hiragana, Katakana, Thai, Lao, Khmer,
Myanmar). A term holding one is matched anywhere, not between word boundaries; a word count counts its letters.
Hangul is not one: Korean writes spaces between words (its particles attach to them: "페이스북에서").

``FORMAT_FOLD`` / ``fold_format``: characters that change how a text is drawn, never which word it is, dropped for
matching only (a removal's offsets and text, and the clean text, are always the input's own):

- zero-width space, zero-width joiner, word joiner, BOM (U+FEFF), soft hyphen: nothing (an invisible character or an
  optional hyphen does not cut a word: "News\\u00adletter" is "Newsletter");
- zero-width non-joiner: a space (Persian "دیدگاه‌ها" and "دیدگاه ها" are one spelling; in Devanagari it only
  selects a glyph, and a space there is what the cue data writes);
- the Arabic tatweel (U+0640, kashida, stretched letters for justification: "المـقـال" is "المقال"), the harakat
  (U+064B-U+065F, vowel signs most text leaves out) and the superscript alef (U+0670): nothing.

``cues.normalize`` folds these and more (letters written interchangeably, docs/cues.md); the shape detectors'
lighter folds (families, structure, navigation) fold these only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex
from .patterncache import compile_pattern
from .rules import UNMARKED_SENTENCE

#: The characters that end a sentence in the scripts the cue data covers: Latin "." "!" "?" "…", the CJK full-width
#: "。" "！" "？", the Arabic question mark "؟" and the Devanagari danda "।". A tuple, for ``str.endswith``.
SENTENCE_END: tuple[str, ...] = (".", "!", "?", "…", "。", "！", "？", "؟", "।")

#: The scripts written without spaces between words, and the letters an average word has in each (a Thai, Chinese
#: or Japanese heading is one "word" to ``split()``: "บทความที่เกี่ยวข้อง" is three, "相关文章" two, "コメント" one).
UNSPACED_SCRIPTS: tuple[tuple[str, int], ...] = (
    (r"\p{Han}\p{Hiragana}", 2),
    (r"\p{Katakana}", 3),
    (r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}", 4),
)
#: Them all, as the inside of a character class (docs above).
UNSPACED_CLASS = "".join(scripts for scripts, _ in UNSPACED_SCRIPTS)
#: One character of them.
UNSPACED = compile_pattern(f"[{UNSPACED_CLASS}]")
#: One letter of the Han, kana or Hangul scripts (CJK: a person's name there has no case; names.py, linebylines.py).
CJK = compile_pattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
#: One character of a script whose terms are matched anywhere, not between word edges: the unspaced scripts and
#: Hangul, whose words take their particles and endings attached ("로그인하기", "구독하기").
GLUED = compile_pattern(f"[{UNSPACED_CLASS}\\p{{Hangul}}]")
#: Each script's letters (Thai's vowel and tone marks are no letters of their own), with a word's average length.
_PER_WORD = tuple((compile_pattern(rf"[[{scripts}]&&\p{{L}}]", regex.V1), per_word)
                  for scripts, per_word in UNSPACED_SCRIPTS)


#: The characters a word takes in a spaced script, its space included (English: 4.7 letters and a space): the length
#: a letter of an unspaced script stands for is this divided by its script's letters a word (``UNSPACED_SCRIPTS``).
SPACED_WORD_CHARS = 6


def spaced_length(text: str) -> int:
    """The length of ``text`` as a spaced script would write it: each letter of an unspaced script counts for
    ``SPACED_WORD_CHARS`` divided by its script's letters a word (a Han letter for 3, a Thai one for 1.5), so that a
    threshold of characters set on English ("120 characters of prose") means as much in Chinese (40 letters)."""
    if text.isascii() or UNSPACED.search(text) is None:
        return len(text)  # (no letter of an unspaced script: one search, not one count a script)
    extra = 0.0
    for pattern, per_word in _PER_WORD:
        letters = len(pattern.findall(text))
        if letters:
            extra += letters * (SPACED_WORD_CHARS / per_word - 1)
    return len(text) + int(extra)


def word_count(text: str) -> int:
    """Words in ``text``, script-aware: a token (between blanks) holding letters of the scripts without spaces
    counts as those letters divided by a word's average length in their script (at least one word); any other
    token, Korean ones too, is one word."""
    if text.isascii():
        return len(text.split())
    count = 0
    for token in text.split():
        if token.isascii():
            count += 1
            continue
        unspaced = sum(len(pattern.findall(token)) / per_word for pattern, per_word in _PER_WORD)
        count += max(1, int(unspaced)) if unspaced else 1
    return count

#: A Hangul syllable block (U+AC00-U+D7A3): two or three letters (jamo) written as one character.
HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")


def letter_count(word: str) -> int:
    """How many letters a word has, a Hangul syllable block counted as its two or three jamo (its NFD length), so
    that a character count measures Korean as it measures the alphabets ("과징금을" is 4 blocks, 10 letters)."""
    if word.isascii() or HANGUL_SYLLABLE.search(word) is None:
        return len(word)
    return len(word) + sum(len(unicodedata.normalize("NFD", s)) - 1 for s in HANGUL_SYLLABLE.findall(word))


#: The characters ``fold_format`` drops or replaces (docs above), as a ``str.translate`` table.
FORMAT_FOLD: dict[int, str | None] = {
    **{ord(c): None for c in "\u200b\u200d\u2060\ufeff\u00ad"},
    0x200C: " ",
    **{c: None for c in (*range(0x064B, 0x0660), 0x0670, 0x0640)},
}
#: Any character of ``FORMAT_FOLD`` (the standard engine: a class of literals, a quick "no" on most texts).
FORMAT_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in FORMAT_FOLD) + "]")


#: ``nfkc`` keeps the answers for this many texts of at most ``NFKC_MEMO_MAX_CHARS`` characters (speed36)
NFKC_MEMO_SIZE = 2048
NFKC_MEMO_MAX_CHARS = 2000


@lru_cache(maxsize=NFKC_MEMO_SIZE)
def _nfkc_memo(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, kept for the last texts asked (speed36): the detectors fold the same
    block's text, a line of it, a probe, each with its own fold, and a CJK text's full-width signs make each of them
    rewrite it (on the 200 HTML pages of ``speed.py``, 62 % of the NFKC time was a text normalised before)."""
    if text.isascii():
        return text  # (NFKC changes no ASCII character)
    if len(text) > NFKC_MEMO_MAX_CHARS:
        return unicodedata.normalize("NFKC", text)
    return _nfkc_memo(text)


def fold_format(text: str) -> str:
    """``text`` with the format characters dropped (a zero-width non-joiner as a space); an ASCII text, or one
    without any of them, comes back as it is."""
    if text.isascii() or FORMAT_CHARS.search(text) is None:
        return text
    return text.translate(FORMAT_FOLD)


#: A letter (or mark, or sign) of Thai or Lao: the scripts that write no sentence mark (``unmarked_sentence``).
#: Khmer and Myanmar are no such: they end a sentence with "។" / "။" (``linebylines`` reads "။").
UNMARKED_LETTER = re.compile("[\u0e01-\u0e5b\u0e81-\u0edf]")


def unmarked_sentence(text: str) -> bool:
    """A line of ``text`` is a Thai or Lao sentence (``rules.UnmarkedSentence``): these scripts end a sentence with a
    space, no mark, so that a guard asking for a sentence's end mark takes their prose for a label; it asks this too.
    Its pieces of these scripts, two or more, are ``min_chars`` characters in all, one of them ``piece_chars``
    ("หนี้สินหมุนเวียน คือ หนี้สินของกิจการที่ต้องชำระคืนภายใน 1 ปี"; not a menu's "หน้าแรก ข่าว กีฬา" nor a label,
    "แสดงความคิดเห็น"). Latin pieces between them do not count ("Data ฝั่งด้านสุขภาพ …"). An ASCII text, or
    one without such a letter (most texts), is answered by one test."""
    if text.isascii() or UNMARKED_LETTER.search(text) is None:
        return False
    rules = UNMARKED_SENTENCE
    for line in text.split("\n"):
        pieces = [len(piece) for piece in line.split() if UNMARKED_LETTER.search(piece)]
        if len(pieces) >= 2 and sum(pieces) >= rules.min_chars and max(pieces) >= rules.piece_chars:
            return True
    return False


def fold_marks(text: str) -> str:
    """``text`` compatibility-decomposed (NFKD), its combining marks dropped, case-folded: a word with or without its
    accents or vowel signs, "Pär" as "par", "مُساهمة" as "مساهمة", a full-width "Ｊａｎｅ" as "jane" (tidy40: the one
    fold of textbylines' record labels and of textmeta's / mdmeta's name-to-slug words, which folded alike in two
    orders; NFKC + casefold + NFD, the record labels' old order, differs only on the polytonic Greek iota subscript,
    "ᾳ" as "αι" there, "α" here: no label or slug holds one)."""
    if text.isascii():
        return text.casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def fold_words(text: str) -> str:
    """NFKC, case-folded, format characters dropped (``fold_format``), blanks collapsed to one space: how the
    structural detectors and the navigation shapes compare a block's words with their vocabulary."""
    return " ".join(fold_format((text if text.isascii() else nfkc(text)).casefold()).split())
