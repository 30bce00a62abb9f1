"""detectors/chrome.py: a line of control labels at the article's edges (navigation.chrome)."""

from __future__ import annotations

import pytest

from cleaner.detectors.chrome import RULE, block_shape, chrome_findings, line_shape
from cleaner.model import Block

BODY = ("The council voted on Tuesday to keep the old library open for another five years, after a campaign that "
        "gathered eleven thousand signatures from the residents.")


def _block(index: int, text: str, type: str = "paragraph", list_id: int = -1) -> Block:
    return Block(index, type, text, text.replace("\n", " "), list_id=list_id)


@pytest.mark.parametrize("line", [
    "Sign in", "Editer l'article Suivre ce blog Administration + Créer mon blog", "Zwiń mapę", "Cerca nel blog",
    "Carregando...", "Narzędzia", "Transkript", "登录 | 注册", "Log in · Sign up", "Drukuj    Udostępnij",
])
def test_chrome_lines(line):
    assert line_shape(line) == "chrome"


@pytest.mark.parametrize("line", [
    "How to Search a Database Without Writing SQL",  # words of its own
    "Download Festival 2019: the line-up",
    "Follow the river",
    "Share this with your friends.",  # a sentence
    "Do you want to subscribe?",  # a question
    "The Quiet Return of the Night Train",  # no label at all
    "Julien COHEN-LACASSAGNE (avatar)",  # a name is no label
])
def test_text_lines(line):
    assert line_shape(line) == "text"


#: chromelangs: one line of each language that had no labels (or a short list) before, in the forms platforms use.
@pytest.mark.parametrize("line", [
    "Logga in    Prenumerera", "Rozbalit mapu", "Kirjaudu sisään | Tilaa", "Увійти · Реєстрація",
    "Megosztás  Nyomtatás", "Distribuie    Tipărește    Îmi place", "Log ind    Søg", "Logg inn · Søk",
    "Σύνδεση | Εγγραφή", "ورود | ثبت نام", "התחברות | הרשמה", "লগ ইন    সাইন আপ", "เข้าสู่ระบบ    ลงทะเบียน",
    "แชร์บทความ", "शेयर करें    प्रिंट करें", "Chia sẻ bài viết    Bình luận", "Bagikan    Cetak    Tutup",
    "공유하기 · 댓글", "この記事をシェア", "分享本文 | 评论", "مشاركة المقال", "Share · 12 Comments", "Commenti (3)",
    "Einstellungen | Benachrichtigungen", "Me gusta · Compartir", "Размер шрифта", "Vind ik leuk    Delen",
])
def test_chrome_lines_more_languages(line):
    assert line_shape(line) == "chrome"


#: chromelangs: ordinary lines with a label word among words of their own stay (a label makes no line chrome alone).
@pytest.mark.parametrize("line", [
    "Sökandet efter de försvunna vandrarna fortsätter", "Hledání pohřešovaných turistů pokračuje",
    "Пошук зниклих туристів триває", "Συνεχίζεται η αναζήτηση των αγνοούμενων ορειβατών",
    "جستجو برای کوهنوردان گمشده ادامه دارد", "البحث عن المتنزهين المفقودين مستمر",
    "নিখোঁজ পর্বতারোহীদের অনুসন্ধান চলছে", "लापता पर्वतारोहियों की खोज जारी",
    "การค้นหานักเดินป่าที่สูญหายยังคงดำเนินต่อไป", "Tiếp tục tìm kiếm những người leo núi mất tích",
    "Följ pengarna: kommunens budget", "Jaa auto naapurin kanssa", "Del", "Dela bilen med grannen", "목표 설정", "종이접기",
    "Comment s'inscrire au concours", "Comments are closed.",
])
def test_text_lines_more_languages(line):
    assert line_shape(line) == "text"


def test_empty_lines():
    assert line_shape("· 11 ·") == "empty"
    assert line_shape("example.over-blog.com") == "empty"


def test_block_of_lines():
    assert block_shape(_block(0, "Overblog\nEditer l'article Suivre ce blog\nexample.over-blog.com")) is not None
    assert block_shape(_block(0, "Search\nThe Quiet Return of the Night Train")) is None
    assert block_shape(_block(0, "11\n25")) is None  # says nothing: not chrome by itself


def _rules(blocks):
    found = chrome_findings(blocks, [[] for _ in blocks])
    return [[f.rule for f in fs] for fs in found]


def test_only_at_the_edges():
    blocks = [_block(0, "Sign in"), _block(1, BODY), _block(2, "Download"), _block(3, BODY), _block(4, "Print")]
    assert _rules(blocks) == [[RULE], [], [], [], [RULE]]


def test_heading_the_body_continues_stays():
    blocks = [_block(0, "Download", "heading"), _block(1, BODY)]
    assert _rules(blocks) == [[], []]


def test_list_goes_only_whole():
    blocks = [_block(0, "Edit", "list_item", 1), _block(1, "Colour correction", "list_item", 1), _block(2, BODY)]
    assert _rules(blocks) == [[], [], []]
    blocks = [_block(0, "Print", "list_item", 1), _block(1, "Share", "list_item", 1), _block(2, BODY)]
    assert _rules(blocks) == [[RULE], [RULE], []]


def test_kinds_filter():
    blocks = [_block(0, "Sign in"), _block(1, BODY)]
    assert chrome_findings(blocks, [[], []], kinds=frozenset({"author_bio"})) == [[], []]


def _with_meta(blocks, meta):
    from cleaner.model import Finding
    return [[Finding("navigation", "navigation.dateline", "a date", 0.5, False, "structure")] if i in meta else []
            for i in range(len(blocks))]


def test_record_run_under_the_title():
    blocks = [_block(0, "Smart pointers explained", "heading"), _block(1, "Posted 2024-10-30 · 921 views"),
              _block(2, "·"), _block(3, "11"), _block(4, "·"), _block(5, "25 ·"), _block(6, BODY)]
    found = chrome_findings(blocks, _with_meta(blocks, {1}))
    assert [[f.rule for f in fs][:1] for fs in found] == [[], [RULE + "/run"]] + [[RULE + "/run"]] * 4 + [[]]


def test_lone_numbers_without_a_separator_stay():
    # a score written as lines under a date: the article's
    blocks = [_block(0, "Cup final", "heading"), _block(1, "May 4, 2024"), _block(2, "3"), _block(3, "1"),
              _block(4, BODY)]
    found = chrome_findings(blocks, _with_meta(blocks, {1}))
    assert all(not any(f.rule.startswith(RULE) for f in fs) for fs in found)


def test_record_run_away_from_the_title_stays():
    blocks = [_block(0, "Smart pointers explained", "heading"), _block(1, "A subtitle of the article's own"),
              _block(2, "Posted 2024-10-30"), _block(3, "·"), _block(4, "11"), _block(5, BODY)]
    found = chrome_findings(blocks, _with_meta(blocks, {2}))
    assert all(not any(f.rule.startswith(RULE) for f in fs) for fs in found)


def test_label_matcher_finds_what_the_alternation_of_the_labels_finds():
    """``LabelMatcher`` replaced a compiled alternation of every label (longest first, between word edges for the
    spaced ones) to save its compile time in a new process: on lines made of labels, stop words, numbers and
    separators, with and without spaces between them, both find and replace the same labels."""
    import random

    import regex

    from cleaner.detectors import chrome

    spaced, unspaced, _ = chrome.vocabulary()
    assert unspaced is not None
    by_length = lambda labels: sorted(labels, key=lambda t: (-len(t), t))  # noqa: E731
    spaced_re = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + "|".join(regex.escape(t) for t in by_length(spaced.labels))
                              + r")(?![\p{L}\p{M}\p{N}])")
    unspaced_re = regex.compile("|".join(regex.escape(t) for t in by_length(unspaced.labels)))
    rnd = random.Random(22)
    pool = sorted(spaced.labels) + sorted(unspaced.labels) + ["the", "blog", "a", "x", "ing", "s", "l'", "in", "3",
                                                               "(0)", "...", "·", "é", "—", "ab"]
    for _ in range(5000):
        words = [rnd.choice(pool) for _ in range(rnd.randint(1, 6))]
        line = "".join(word + rnd.choice([" ", "", " / ", "|", "-", ".", " · "]) for word in words)
        expected = spaced_re.subn(" ", line)
        assert spaced.subn(line) == expected, line
        assert unspaced.subn(expected[0]) == unspaced_re.subn(" ", expected[0]), line
