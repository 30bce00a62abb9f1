"""The text path's fast paths give the answers of the slower code they replace (issue 14's speed work).

Each fast path is a necessary condition or an exact rewrite of a simpler test: these tests hold them to that on
written inputs and on random mixtures of the characters each one treats specially (no timing here: speed is
measured by benchmarks/speed.py)."""

from __future__ import annotations

import random

from cleaner.cues import _FOLD, _QUOTES, normalize
from cleaner.detectors import families as F
from cleaner.detectors.terms import ANYWHERE, STEM, WORD


def test_normalize_folds_as_translate_did():
    rnd = random.Random(7)
    special = [chr(c) for c in (*_FOLD, *_QUOTES)] + list("ab :*_~\\`-#>1.)•►\u00a0éﬁ İßΣς\t\n\u0301")
    for _ in range(3000):
        text = "".join(rnd.choice(special) for _ in range(rnd.randint(0, 12)))
        expected = text
        if not expected.isascii():
            import unicodedata
            expected = unicodedata.normalize("NFKC", expected).casefold()
            if not unicodedata.is_normalized("NFC", expected):
                expected = unicodedata.normalize("NFC", expected)
            expected = expected.translate(_FOLD)
        else:
            expected = expected.casefold()
        expected = expected.translate(_QUOTES)
        # the rest of normalize is unchanged: compare on a text that needs no more than the two tables
        if not any(ch in expected for ch in "*_~\\") and " ".join(expected.split()) == expected \
                and (not expected or expected[0].isalpha()) and " :" not in expected:
            assert normalize(text) == expected


def _words_probe_says(text: str) -> set[tuple[int, str]]:
    tokens = F.words_of(text)
    return {(number, name) for number, family in enumerate(F.families())
            for name, probe in family.probes.items() if probe.may_match(tokens, text)}


def test_groups_present_is_a_necessary_condition_of_every_probe():
    texts = [
        "you may republish this article on your website, provided the author box stays intact.",
        "sie dürfen ihn unverändert auf ihrer website veröffentlichen, solange die autorenbox erhalten bleibt.",
        "the views expressed are the author's own.",
        "log in to leave a comment",
        "e-mail webmaster@example.org for any question about this site.",
        "(reprinted) « with permission » — n'engagent que leurs auteurs",
        "如需转载请注明出处", "댓글을 남기려면 로그인하세요",
    ]
    rnd = random.Random(3)
    vocabulary = sorted({term for family in F.families() for probe in family.probes.values()
                         for term in (*probe.words, *probe.stems, *probe.short, *probe.anywhere)})
    glue = [" ", "  ", "-", "'", "/", ".", ",", "@", "x", "é", "(", ")", "«", "1", "\u00a0", ""]
    for _ in range(3000):
        texts.append("".join(rnd.choice(vocabulary) + rnd.choice(glue) for _ in range(rnd.randint(1, 5))))
    for text in texts:
        assert _words_probe_says(text) <= F._groups_present(text), text


def test_heading_key_skips_only_what_the_pattern_would_not_strip():
    from cleaner.cues import _TRAILING_HEADING_PUNCT, heading_key

    for text in ["related posts", "related posts:", "share ▶", "top 10", "x²", "½", "chapter ⅻ", "a\ufe0f", "", "🙂",
                 "read more …", "ⓐ", "a|", "a ", "٣", "abc\u0301"]:
        assert heading_key(text) == _TRAILING_HEADING_PUNCT.sub("", text), text


def test_blocks_without_markup_read_as_parse_inline_reads_them():
    from cleaner.blocks import _MAY_HOLD_MARKUP
    from cleaner.inline import parse_inline

    rnd = random.Random(5)
    alphabet = list("ab Z.:;!?()]'\"-/#|>  \t\n\r\u00a0\u2003é漢") + ["](", "http", "www", "WWW", ":/", "&amp;", "[", "*",
                                                                  "_", "`", "<b>", "\\", "\u00ad", "\u200b"]
    for _ in range(20000):
        body = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 15)))
        if _MAY_HOLD_MARKUP.search(body) is None:
            for tags in (True, False):
                plain, links = parse_inline(body, tags=tags)
                assert links == [] and " ".join(plain.split()) == " ".join(body.split()), repr(body)


def test_split_point_patterns_match_where_the_former_ones_did():
    import re

    import regex

    from cleaner.blocks import _LINE_START, _SENTENCE_START

    line_before = regex.compile(r"\n[ \t]*(?=\S)")
    sentence_before = re.compile(r"[.!?…।؟][\"'”»)\]]?[ \t]+(?=\S)|[。！？](?=\S)")
    rnd = random.Random(11)
    alphabet = list(".!?…।؟。！？\"'”»)] \t\n\r\x0c\x1c\x1f\x85\u00a0\u2028ab漢")
    for _ in range(30000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in _LINE_START.finditer(text)] == [m.span() for m in line_before.finditer(text)]
        assert [m.span() for m in _SENTENCE_START.finditer(text)] == \
            [m.span() for m in sentence_before.finditer(text)], repr(text)


def test_gate_separator_is_a_blank_no_fold_makes_or_joins():
    import sys
    import unicodedata

    from cleaner.detectors.structure import GATE_SEPARATOR

    assert GATE_SEPARATOR.isspace()
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    assert unicodedata.normalize("NFKC", every).casefold().count(GATE_SEPARATOR) == 1
    rnd = random.Random(13)
    alphabet = list("aA ,.@é\u0301\u0308\u0327\u00a8ﬁ＠ＷＷＷ．ß İΣ\u1100\u1161\u11a8가\u3099か\t\n") + [GATE_SEPARATOR]
    for _ in range(5000):
        pieces = ["".join(rnd.choice(alphabet[:-1]) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(1, 4))]
        folded = unicodedata.normalize("NFKC", GATE_SEPARATOR.join(pieces)).casefold()
        assert folded.split(GATE_SEPARATOR) == [unicodedata.normalize("NFKC", p).casefold() for p in pieces]


def test_candidate_gates_are_necessary_conditions_of_follow_and_contact_lines():
    from cleaner.detectors import structure as S
    from cleaner.detectors.base import _URLISH_PROBE
    from cleaner.model import Block, LinkRef

    vocab = S.vocabulary()
    words = ["Facebook", "twitter", "X", "LinkedIn", "ＧｉｔＨｕｂ", "微博", "line", "follow", "us", "on", "mail",
             "visit", "contact", "me", "@", "jane@example.org", "ｊａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ", "www.example.com",
             "WWW.EXAMPLE.ORG", "example.fr", "https://x.io", "example.İnfo", "ſite.eſ", "\u212a.uk", "the", "é",
             "news", "|", ",", "·", "-", "and", "et", "\u00a0", "\u0301", "Instagram:", "(YouTube)", "TikTok"]
    rnd = random.Random(17)
    for _ in range(1500):
        blocks = []
        for i in range(rnd.randint(1, 6)):
            plain = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
            links = [LinkRef("https://twitter.com/x", "x", 0, 1)] if rnd.random() < 0.1 else []
            blocks.append(Block(i, rnd.choice(["paragraph", "list_item", "heading", "quote"]), plain, plain,
                                links=links))
        follow, contact = S.candidate_gates(blocks, vocab)
        for i, block in enumerate(blocks):
            if len(block.plain) > 300:
                continue
            text = S._fold(block.plain)
            if i not in follow:
                assert S.follow_line(block, vocab, text) is None
                assert block.type not in ("paragraph", "list_item", "heading") \
                    or not S._maybe_networks(text, block.links, vocab), block.plain
            if i not in contact:
                assert S.contact_line(block, vocab, text) is None
                assert block.type not in ("paragraph", "list_item") or not (
                    "@" in text or S._URL_PROBE.search(text) or _URLISH_PROBE.search(block.plain) or block.links), \
                    block.plain
    assert S.candidate_gates([Block(0, "paragraph", "a\x1eb", "a\x1eb"), Block(1, "paragraph", "c", "c")],
                             vocab) is None


def test_whitespace_is_every_space_of_str_isspace():
    import sys

    from cleaner.detectors.terms import WHITESPACE

    assert WHITESPACE == {chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()}


def _groups_present_by_find(text: str) -> set[tuple[int, str]]:
    """``_groups_present``'s definition, term by term with ``str.find`` (no automaton, no shared edge set)."""
    def starts(at):
        return not at or text[at - 1].isspace() or text[at - 1] in F._BEFORE_WORD

    def ends(at):
        return at == len(text) or text[at].isspace() or text[at] in F._BEFORE_WORD

    present = set()
    for number, family in enumerate(F.families()):
        for name, probe in family.probes.items():
            for terms, how in ((probe.words, WORD), (probe.stems + probe.short, STEM), (probe.anywhere, ANYWHERE)):
                for term in terms:
                    at = text.find(term)
                    while at >= 0:
                        if how == ANYWHERE or (starts(at) and (how == STEM or ends(at + len(term)))):
                            present.add((number, name))
                            break
                        at = text.find(term, at + 1)
    return present


def test_groups_present_is_its_definition():
    rnd = random.Random(14)
    vocabulary = sorted({term for family in F.families() for probe in family.probes.values()
                         for term in (*probe.words, *probe.stems, *probe.short, *probe.anywhere)})
    glue = [" ", "  ", "-", "'", "/", ".", ",", "@", "x", "é", "(", ")", "«", "1", "\u00a0", "\u3000", "\t", ""]
    texts = ["you may republish this article on your website, provided the author box stays intact.", "", "a"]
    for _ in range(400):
        texts.append("".join(rnd.choice(vocabulary) + rnd.choice(glue) for _ in range(rnd.randint(1, 6))))
    for text in texts:
        assert F._groups_present(text) == _groups_present_by_find(text), text


def test_overlap_asks_block_by_block_as_with_every_word_counted(monkeypatch):
    """``structure_findings``' first overlap asks look for the block's words block by block (``shared_words``); the
    same documents with every ask answered by the count of every block's words give the same results."""
    import json
    from pathlib import Path

    import cleaner
    from cleaner.detectors import structure

    cases = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
    documents = [case["document"] for path in sorted(cases.glob("*.json")) if ".html." not in path.name
                 for case in json.loads(path.read_text(encoding="utf-8"))
                 if case.get("format", "text") in ("text", "markdown")]
    assert len(documents) > 100
    lazy = [cleaner.clean(document, format="auto").to_dict() for document in documents]
    monkeypatch.setattr(structure, "LAZY_OVERLAP_ASKS", 0)
    counted = [cleaner.clean(document, format="auto").to_dict() for document in documents]
    assert lazy == counted


def test_term_automaton_finds_what_one_automaton_of_every_term_finds():
    """``TermAutomaton`` walks an ASCII or a Latin text with the automaton of those terms alone: the same hits, in
    the same order, as one automaton of every term (cue phrases and a mixture of scripts, random texts of them)."""
    import ahocorasick

    from cleaner.automaton import TermAutomaton
    from cleaner.cues import load_cues

    phrases = sorted({cue.phrase for cue in load_cues().cues if cue.match == "phrase"})
    terms = phrases + ["e", "é", "ée", "caf", "café", "ü", "über", "ß", "σ", "ой", "新闻", "a b", "ɏ", "ɐ", "’s", "— by",
                       "ế", "€5", "→"]
    full = ahocorasick.Automaton()
    for term in terms:
        full.add_word(term, term)
    full.make_automaton()
    split = TermAutomaton((term, term) for term in terms)
    rnd = random.Random(16)
    pieces = terms + [" ", "x", "é", "ɐ", "ü", "\u0301", "新", "!", "’", "—", "€", "ế", "→", "σ", "\u2070"]
    texts = ["", "a", "café au lait", "über alles", "新闻来源", "share this article"]
    for _ in range(3000):
        texts.append("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))))
    for text in texts:
        assert list(split.iter(text)) == list(full.iter(text)), text
    assert list(TermAutomaton(()).iter("abc")) == []
    assert list(TermAutomaton([("é", 1)]).iter("abc")) == []


def test_group_search_finds_what_the_pattern_search_finds():
    """``family_finding`` searches a group's pattern only where an alternative's first word starts
    (``_LazyPatterns.search``): the same match (span and text) as ``pattern.search`` on written and random texts."""
    rnd = random.Random(17)
    vocabulary = sorted({term for family in F.families() for probe in family.probes.values()
                         for term in (*probe.words, *probe.stems, *probe.short, *probe.anywhere)})
    glue = [" ", "  ", "-", "'", "/", ".", ",", "@", "x", "é", "(", ")", "«", "1", "\u00a0", "\u3000", "\t", "", "'",
            "« ", "\u0301"]
    texts = ["you may republish this article on your website, provided the author box stays intact.", "", "a",
             "sie dürfen ihn unverändert auf ihrer website veröffentlichen, solange die autorenbox erhalten bleibt.",
             "the views expressed are the author's own.", "如需转载请注明出处", "youyou may republish"]
    for _ in range(400):
        texts.append("".join(rnd.choice(vocabulary) + rnd.choice(glue) for _ in range(rnd.randint(1, 8))))
    for family in F.families():
        for name in family.groups:
            pattern = family.groups[name]
            for text in texts:
                expected, found = pattern.search(text), family.groups.search(name, text)
                assert (expected and (expected.span(), expected.group(0))) == (found and (found.span(), found.group(0))), \
                    (family.rule, name, text)
    _, patterns = F._reported()
    pattern = patterns[F.REPORTED]
    for text in texts + ["the editor said the views were the author's own", "hieß es", "selon lui"]:
        expected, found = pattern.search(text), patterns.search(F.REPORTED, text)
        assert (expected and (expected.span(), expected.group(0))) == (found and (found.span(), found.group(0))), text


def test_has_address_is_the_address_search():
    rnd = random.Random(18)
    pieces = ["a", "b.c", "@", "://", "http", "https", "www", "WWW", ".", " ", "-", "x@y.org", "é", "_", "\u00a0"]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert F._has_address(text) == (F._ADDRESS.search(text) is not None), text


def test_may_start_as_with_every_word_split(monkeypatch):
    """``NameMatcher.may_start`` decides most texts from their first two words: the answer of the loop over 20."""
    from cleaner.cues import load_cues
    from cleaner.names import _CJK_START, PARTICLES, NameMatcher, _nfc

    matcher = NameMatcher(load_cues())

    def slow(text: str) -> bool:  # the test as it was, every word split
        head = _nfc(text[:200])
        words = head.split(None, 20)
        if words[:1] and words[0].casefold() in matcher._prefix_words \
                and " ".join(head.split()).casefold().startswith(matcher._prefixes):
            return True
        if not matcher._continuations or not head[:1]:
            return False
        if not head[0].isupper():
            if _CJK_START.match(head) is None:
                return False
            folded = " ".join(head.split()).casefold()
            return any(continuation in folded for continuation in matcher._continuations)
        for k, word in enumerate(words[:12]):
            if word[0].isupper():
                if k + 1 < len(words) and words[k + 1].casefold().startswith(matcher._continuation_heads) \
                        and " ".join(words[k + 1:k + 9]).casefold().startswith(matcher._continuations):
                    return True
            elif word.casefold() not in PARTICLES:
                break
        return False

    rnd = random.Random(19)
    pieces = ["Jane", "Doe", "van", "de", "is", "has", "authored", "this", "article", "a", "freelance", "writer",
              "The", "cat", "ist", "freier", "Autor", "written", "by", "Written", "By", "Él", "é", " ", "  ", "\n",
              "Is", "Has", "Ólafur", "écrit", "about", "about:", "autor:", "posted", "iPhone", "guest", "post", "作者:",
              "文/", "記者", "é"]
    texts = ["Jane Doe is a freelance writer.", "Jane Doe", "Jane", "", " Jane Doe has authored this article",
             "written by Jane Doe", "about the author", "posted by admin", "guest post by Jane Doe"]
    for _ in range(5000):
        texts.append(" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))))
    for text in texts:
        assert matcher.may_start(text) == slow(text), text


def test_ascii_probe_word_is_the_probe_prefix_word():
    from cleaner.blocks import _ASCII_WORD, _PROBE_PREFIX

    rnd = random.Random(20)
    pieces = ["a", "Source", "z", "Q", "é", "1", " ", "-", "*", "(", "\u0301", "'", "by"]
    for _ in range(5000):
        probe = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 8)))
        if probe.isascii() and probe[:1].isalpha():
            assert _ASCII_WORD.match(probe).group() == _PROBE_PREFIX.match(probe).group(1), probe



def test_ascii_token_is_the_token():
    from cleaner.cues import _ASCII_TOKEN, _TOKEN

    rnd = random.Random(22)
    alphabet = [chr(c) for c in range(128)] + ["ab", "source", "12", "__"]
    texts = [chr(c) for c in range(128)]
    for _ in range(5000):
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 6))))
    for text in texts:
        for pos in range(len(text)):
            expected, found = _TOKEN.match(text, pos), _ASCII_TOKEN.match(text, pos)
            assert (expected and expected.group(0)) == (found and found.group(0)), (text, pos)


def test_heading_key_strips_the_run_the_pattern_strips():
    from cleaner.cues import _TRAILING_HEADING_PUNCT, heading_key

    rnd = random.Random(23)
    alphabet = ["a", "b", " ", ":", ".", "!", "?", "…", "-", "–", "—", "|", "▶", "🙂", "^", "\ufe0f", "\n", "\t", "1",
                "é", "\u00a0", "\x1c", "\u2003", "#", "*"]
    for _ in range(20000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        assert heading_key(text) == (text if text[-1:].isalnum() else _TRAILING_HEADING_PUNCT.sub("", text)), text



def test_gate_fold_piece_by_piece_is_the_fold_of_the_joined_text():
    """``candidate_gates`` applies NFKC piece by piece: the same text as NFKC over the joined pieces."""
    import unicodedata

    from cleaner.detectors.structure import GATE_SEPARATOR

    rnd = random.Random(25)
    alphabet = ["a", "é", "e", "\u0301", "\u0327", "…", "ﬁ", "Å", "\u1100", "\u1161", "\u11a8", "가", "①", "½", "İ",
                "ß", " ", "\u00a0", "ｶ", "\u3099", "\u2126", "x"]
    for _ in range(5000):
        pieces = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 5))) for _ in range(rnd.randint(1, 4))]
        joined = GATE_SEPARATOR.join(pieces)
        assert GATE_SEPARATOR.join(unicodedata.normalize("NFKC", piece) for piece in pieces).casefold() \
            == unicodedata.normalize("NFKC", joined).casefold(), pieces


def test_ascii_word_chars_are_the_word_pattern_on_ascii():
    from cleaner.cues import _ASCII_WORD_CHARS, _CJK_CHAR, _WORD_CHAR
    for code in range(128):
        char = chr(code)
        assert (char in _ASCII_WORD_CHARS) == (_WORD_CHAR.match(char) is not None)
        assert _CJK_CHAR.match(char) is None


def test_phrases_ascii_path_finds_what_the_general_path_finds():
    from cleaner.cues import load_cues
    cues = load_cues()
    rnd = random.Random(11)
    phrases = sorted({c.phrase for c in cues.cues if c.match == "phrase" and c.phrase.isascii()})[:400]
    glue = ["", " ", "a", "_", "1", "-", ".", "x ", " y"]
    for _ in range(2000):
        text = "".join(rnd.choice(glue) + rnd.choice(phrases) for _ in range(rnd.randint(1, 3))) + rnd.choice(glue)
        fast = cues.phrases(text)
        # the general path: the same text made non-ASCII at its end by a blank and a dash (no word character)
        slow = [m for m in cues.phrases(text + " \u2014") if m.end <= len(text)]
        assert [(m.cue, m.start, m.end) for m in fast] == [(m.cue, m.start, m.end) for m in slow]


def test_markdown_signal_is_the_pattern_search():
    from cleaner.sniff import _MARKDOWN_SIGNAL, _markdown_signal
    rnd = random.Random(5)
    parts = ["\n", " ", "  ", "#", "## ", "```", "~~~", "> ", "|", "a|b|", "](x)", "](", ")", "---", "--", "-",
             "\r", "\u2028", "word", "\t", "]( x)", "\n   # ", "\n    # "]
    for _ in range(20000):
        text = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 10)))
        assert _markdown_signal(text) == (_MARKDOWN_SIGNAL.search(text) is not None), repr(text)


def test_letter_count_is_the_letters_found():
    from cleaner.language import _ASCII_LETTERS, _LETTERS, _letter_count
    assert {chr(c) for c in range(128) if _LETTERS.match(chr(c))} == set(_ASCII_LETTERS.decode())
    rnd = random.Random(3)
    chars = list("aZ 1.,-\n\t’—éßİΣ\u0301中ア한ก\u200d\U0001f600") + [chr(c) for c in range(0x370, 0x3ff)]
    for _ in range(5000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 30)))
        assert _letter_count(text) == len(_LETTERS.findall(text)), repr(text)
        ascii_text = "".join(ch for ch in text if ch.isascii())
        assert _letter_count(ascii_text) == len(_LETTERS.findall(ascii_text))


def test_name_probes_skipped_in_ascii_text_are_those_that_cannot_match():
    from cleaner.cues import load_cues
    from cleaner.names import NameMatcher
    names = NameMatcher(load_cues())
    every = NameMatcher(load_cues())
    every._ascii_plan = [(number, None) for number in range(len(every._patterns))]  # every probe tried
    rnd = random.Random(13)
    heads = [w for w, _ in names._probe_words if w is not None and w.isascii()] + ["", "The", "About"]
    rests = ["Jane Doe", "JANE DOE is a writer", "Jane Doe has authored this article", "jane doe", "Mr. Li",
             "Jane Doe, a reporter", "by Jane Doe", "Written by Jane Doe"]
    for _ in range(3000):
        text = " ".join([rnd.choice(heads), rnd.choice(["", "by", "BY", "von"]), rnd.choice(rests)]).strip()
        text = text.upper() if rnd.random() < 0.1 else text
        assert names.find(text) == every.find(text), text
        assert names.at_start(text) == every.at_start(text), text


def test_list_marker_precheck_is_necessary():
    from cleaner.readers.text import _LIST, _LIST_FIRST
    for code in range(128):
        char = chr(code)
        for line in (char + " x", "   " + char + " x", char + ". x", char + ") x"):
            if _LIST.match(line):
                assert char in _LIST_FIRST, repr(line)


def test_lower_case_probe_stops_are_necessary():
    """A probe that opens with a lower-case ASCII word outside ``_lower_stops`` neither leads a cue nor may start a
    name (``BlockSplitter._splits_here`` returns False for it without asking)."""
    from cleaner import Cleaner
    splitter = Cleaner().segmenter.splitter
    rnd = random.Random(23)
    words = sorted(splitter.names._prefix_words | splitter._ascii_leads) + ["the", "zebra", "by", "x"]
    tails = ["", ":", " jane doe", ": Jane Doe", "-x y", ", and", "'s way", "\tJane", " José", ": Ζωή", "’s", "é",
             "\u0301", " — über", "—x"]
    for _ in range(4000):
        word = rnd.choice(words)
        word = word[:rnd.randint(1, len(word))] if rnd.random() < 0.3 else word
        if not word.isascii() or not word[:1].isalpha():
            continue
        probe = word.lower() + rnd.choice(tails) + " more text"
        run = probe[:len(probe) - len(probe.lstrip("abcdefghijklmnopqrstuvwxyz"))]
        if not probe[len(run)].isascii():
            continue  # (the run is then not the probe's first word: the general path)
        if run not in splitter._lower_stops:
            assert not splitter.cues.may_lead(run) and not splitter.names.may_start(probe), probe
        assert (run in splitter._ascii_leads) == splitter.cues.may_lead(run)


def test_ascii_words_are_the_letter_runs():
    from cleaner.language import _ASCII_WORDS, _WORDS
    rnd = random.Random(29)
    chars = [chr(c) for c in range(128)]
    for _ in range(3000):
        text = "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 40)))
        assert _ASCII_WORDS.findall(text) == _WORDS.findall(text), repr(text)


def test_stopword_vote_counts_as_the_generator_did():
    from collections import Counter

    from cleaner.language import _WORDS, _stopword_vote, _stopwords
    table = _stopwords()
    words = sorted(table)[:3000] + ["zzz", "qqq", "the", "und", "de", "la", "le", "der"]
    rnd = random.Random(37)
    for _ in range(500):
        sample = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 30)))
        hits = Counter(table[w] for w in _WORDS.findall(sample.casefold()) if w in table)
        expected = ("", 0, 0) if not hits else (lambda top: (top[0][0], top[0][1], (top + [("", 0)])[1][1]))(
            hits.most_common(2))
        assert _stopword_vote(sample) == expected, sample


def test_block_plain_is_collapsed_but_tables_and_code():
    """``detect_all`` normalises a block's plain text as already collapsed (``normalize(..., collapsed=True)``) but
    a table's or a code block's: every block the segmenter makes, of every case document, holds to it."""
    import json
    from pathlib import Path

    import cleaner.pipeline as pipeline

    root = Path(__file__).resolve().parent.parent
    seen: list = []
    real = pipeline.structure_findings

    def record(blocks, *args, **kwargs):
        seen.extend(blocks)
        return real(blocks, *args, **kwargs)

    pipeline.structure_findings = record
    try:
        engine = pipeline.Cleaner(detect_language=False)
        for path in sorted((root / "fixtures" / "cases").glob("*.json")):
            for case in json.loads(path.read_text(encoding="utf-8")):
                doc = (root / case["document_file"]).read_bytes() if "document_file" in case else case["document"]
                engine.clean(doc, format=case.get("format", "auto"))
        engine.clean((root / "fixtures" / "seed.txt").read_text(encoding="utf-8"))
    finally:
        pipeline.structure_findings = real
    assert len(seen) > 1000
    for block in seen:
        if block.type not in ("table", "code"):
            assert " ".join(block.plain.split()) == block.plain, (block.type, block.plain)


def test_normalize_of_a_collapsed_text_is_the_same():
    rnd = random.Random(41)
    parts = ["a", "B", " ", "`", "*", "_", "~", "\\", "é", "’", "¨", "- ", "1. ", "#", " :", ":", "x y", "\u00a0", "ﬁ"]
    for _ in range(5000):
        text = " ".join("".join(rnd.choice(parts) for _ in range(rnd.randint(0, 12))).split())
        assert normalize(text, collapsed=True) == normalize(text), repr(text)


def test_lazy_pattern_is_the_compiled_pattern():
    """``lazyre.LazyPattern`` compiles on first use and then answers as ``regex.compile`` of the same source does; the
    vocabularies' patterns are lazy (a new process compiles only those its documents use)."""
    import copy
    import pickle

    import regex

    from cleaner.detectors import lines, nav_shape, structure
    from cleaner.lazyre import LazyPattern

    source = r"(?<![\p{L}\p{M}\p{N}])(?:share\s+this|tweet|teilen)(?![\p{L}\p{M}\p{N}])|分享"
    lazy, compiled = LazyPattern(source, regex.IGNORECASE), regex.compile(source, regex.IGNORECASE)
    assert "_compiled" not in lazy.__dict__
    texts = ["Share  this page", "retweet it", "teilen!", "分享到微信", "", "SHARE THIS, tweet, Teilen"]
    for text in texts:
        assert lazy.findall(text) == compiled.findall(text)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
        assert lazy.sub("|", text) == compiled.sub("|", text)
        assert (lazy.search(text) and lazy.search(text).span()) == (compiled.search(text) and compiled.search(text).span())
        assert bool(lazy.match(text)) == bool(compiled.match(text))
    assert lazy.compiled.pattern == source and lazy.flags == compiled.flags
    assert copy.copy(LazyPattern("a")).search("xa").span() == (1, 2)
    assert pickle.loads(pickle.dumps(LazyPattern("b+"))).search("abb").span() == (1, 3)
    assert pickle.loads(pickle.dumps(lazy)).sub("|", texts[0]) == compiled.sub("|", texts[0])  # (compiled by now)
    for vocab, names in ((structure.vocabulary(), ("network_names", "ambiguous", "host_probe", "follow_words",
                                                   "contact_words")),
                         (lines.vocabulary(), ("share_terms",)),
                         (nav_shape.nav_vocabulary(), ("page_counter", "page_cjk", "splitter", "arrow_pattern"))):
        for name in names:
            assert isinstance(getattr(vocab, name), LazyPattern), name


def test_detector_gates_are_necessary_conditions():
    """``detect_all`` skips a built-in detector on a block without links whose cue hits name none of its kind when
    ``may_fire_uncued`` is False: the detector then finds nothing (fixture documents' blocks and random mixtures of
    every kind's cue phrases, menu separators and prose)."""
    from pathlib import Path

    from cleaner import Cleaner
    from cleaner.detectors import DETECTORS
    from cleaner.detectors.base import BlockCues
    from cleaner.model import Block
    from cleaner.readers.text import text_units

    cleaner = Cleaner(detect_language=False)
    cues = cleaner.cues
    root = Path(__file__).resolve().parent.parent / "fixtures"
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in sorted(root.rglob("*"))
             if path.is_file() and path.suffix in (".txt", ".md")][:200]
    blocks = [block for text in texts
              for block in cleaner.segmenter.blocks(text_units(text, markdown=False), tags=False)]
    phrases = sorted({cue.phrase for cue in cues.cues})
    words = ["the", "about", "About", "|", "•", "·", "»", "/", "Home", "News", "a", "2019", "©", "rights", "(c)",
             "Jane", "Doe", "is", "writer", ":", ".", "\n", "www.example.com", "https://example.org"]
    rnd = random.Random(14)
    for i in range(3000):
        pieces = [rnd.choice(phrases) if rnd.random() < 0.3 else rnd.choice(words) for _ in range(rnd.randint(1, 14))]
        plain = " ".join(pieces)
        blocks.append(Block(i, rnd.choice(["paragraph", "list_item", "heading", "quote", "table"]), plain, plain))
    skipped = 0
    for block in blocks:
        if block.links or not block.plain.strip():
            continue
        normalized = normalize(block.plain, collapsed=block.type not in ("table", "code"))
        headings = cues.heading(normalized) if len(normalized) <= 120 else []
        hits = BlockCues(normalized, headings, cues.lead(normalized), cues.phrases(normalized))
        cued = {c.kind for c in hits.headings} | {m.cue.kind for m in hits.leads} | {m.cue.kind for m in hits.phrases}
        for detector in DETECTORS:
            if detector.kind not in cued and not detector.may_fire_uncued(block, hits):
                skipped += 1
                assert detector.detect(block, hits, cleaner.context) is None, (detector.kind, block.plain)
    assert skipped > 1000


def test_nav_block_shape_first_line_gate_is_the_whole_test():
    """``block_shape`` of a block without links tests its first line alone first: the same answer as with every
    line read (``lines`` given, the gate skipped), and ``_first_line`` is ``block_lines``' first line."""
    from cleaner.detectors import nav_shape as N
    from cleaner.model import Block

    vocab = N.nav_vocabulary()
    lines = ["Home | News | Sport", "Skip to content", "Page 1 of 3", "1 2 3 4 Next »", "« Previous | Next »",
             "Tags: garden, soil", "Posted in News | Tagged tips", "#garden #soil #tips", "Back to top ↑",
             "The rain fell all night.", "| a | b | c |", "| d | e | f |", "- **Home**", "> Menu", "  ", "",
             "Share", "第1页 共3页", "Top", "## Contents", "Kategorien: Garten · Boden", "1. Intro", "* _News_"]
    rnd = random.Random(14)
    for i in range(4000):
        text = "\n".join(rnd.choice(lines) for _ in range(rnd.randint(1, 5)))
        plain = " ".join(text.split())
        block = Block(i, rnd.choice(["paragraph", "list_item", "heading"]), text, plain)
        whole = N.block_lines(block)
        assert N._first_line(text) == (whole[0] if whole else None)
        assert N.block_shape(block, vocab) == N.block_shape(block, vocab, whole), text


def test_role_after_finds_the_roles_the_test_of_every_role_found():
    """``_role_after`` tests a word against the roles of its first letter only: the same role as the first of all
    the roles of one word that the word starts with (every role, random words made of role prefixes and others)."""
    from cleaner.detectors import structure as S

    vocab = S.vocabulary()
    phrase_roles, word_roles, _ = S._role_index(vocab.roles)

    def reference(text: str, max_words: int = 8) -> str | None:
        words = text.split()[:max_words]
        window = " ".join(words)
        phrases = [(window.find(role), role) for role, pattern in phrase_roles
                   if role in window and pattern.search(window)]
        for position, word in enumerate(words):
            word = word.strip(",.;:()")
            role = next((role for role in vocab.roles if " " not in role and word.startswith(role)), None)
            if role:
                start = len(" ".join(words[:position]))
                earlier = [p for p in phrases if p[0] < start]
                return min(earlier)[1] if earlier else role
        return min(phrases)[1] if phrases else None

    rnd = random.Random(14)
    pool = list(word_roles) + [role for role, _ in phrase_roles] + ["a", "the", "is", ",", "(", "écrivain", "",
                                                                      "x", "ﬁ", "jour", "nalist", "éditrice"]
    for _ in range(3000):
        words = [rnd.choice(pool) + rnd.choice(["", "", "s", "in", ",", ")", "ne"]) for _ in range(rnd.randint(0, 10))]
        text = " ".join(words)
        for max_words in (2, 8, 10):
            assert S._role_after(text, vocab, max_words) == reference(text, max_words), text


def _random_lines(rnd: random.Random, vocabulary: list[str], count: int) -> list[str]:
    """Lines of our own words mixed with the given phrases, in every case, with markup and blanks."""
    fillers = ["The", "garden", "in", "winter", "Jane", "Doe", "van", "de", "and", "More", "HOME", "News", "1.", "-",
               "*", "**", "_x_", "`code`", "\\", ":", " :", "é", "Ζωή", "—", "(", "~", "İstanbul", "\t", "  ", "ſ",
               "K", "Read", "read", "Share", "by", "Is", "is", "a", "freelance", "writer", "author", "AUTHOR"]
    lines = []
    for _ in range(count):
        parts = [rnd.choice(vocabulary if rnd.random() < 0.4 else fillers) for _ in range(rnd.randint(1, 9))]
        line = " ".join(parts)
        case = rnd.random()
        line = line.upper() if case < 0.15 else line.title() if case < 0.35 else line.capitalize() if case < 0.6 \
            else line
        lines.append(line)
    return lines


def test_heading_line_gate_is_the_heading_lookup():
    """``_heading_line_before``'s gate (``CueIndex.ascii_heading_runs``): an ASCII line whose first run of letters
    opens no heading key is no heading cue; the answer is the lookup of every line's normalised text."""
    from cleaner import Cleaner
    from cleaner.cues import normalize as norm
    splitter = Cleaner(detect_language=False).segmenter.splitter
    cues = splitter.cues
    headings = sorted({cue.phrase for cue in cues.cues if cue.match == "heading"})
    rnd = random.Random(31)
    vocabulary = rnd.sample(headings, 400) + ["related posts", "share this", "comments", "tags"]
    texts = []
    for _ in range(300):
        lines = [rnd.choice(vocabulary) if rnd.random() < 0.5 else line
                 for line in _random_lines(rnd, vocabulary, rnd.randint(2, 12))]
        lines = [line.upper() if rnd.random() < 0.2 else line.title() if rnd.random() < 0.2 else line
                 for line in lines]
        lines = [line + rnd.choice(["", ":", " :", "...", " |", "!"]) for line in lines]
        texts.append("\n".join(lines))
    found = 0
    for text in texts:
        for pos in [i for i, char in enumerate(text) if char == "\n"]:
            start = text.rfind("\n", 0, max(0, pos - 1)) + 1
            line = text[start:pos].strip()
            expected = 0 < len(line) <= 60 and bool(cues.heading(norm(line)))
            assert splitter._heading_line_before(text, pos) == expected, line
            found += expected
    assert found > 100


def test_continuation_keys_gate_is_a_necessary_condition_of_may_start():
    """``_splits_here``'s gate: a probe of ASCII characters that opens with no prefix's first word and holds no
    continuation's key word in ``may_start``'s head may start no name; split points the same with and without it."""
    from cleaner import Cleaner
    from cleaner.blocks import _NAME_HEAD
    splitter = Cleaner(detect_language=False).segmenter.splitter
    names = splitter.names
    rnd = random.Random(32)
    vocabulary = list(names.continuations()) + list(names._prefixes[:60]) + ["Jane Doe", "Marie van der Berg"]
    checked = gated = 0
    for _ in range(200):
        text = "\n".join(_random_lines(rnd, vocabulary, rnd.randint(3, 30)))
        if rnd.random() < 0.3:
            text = text.replace(" ", ". ", rnd.randint(1, 4))
        keys = splitter._continuation_keys_at(text)
        for pos in range(1, len(text)):
            if text[pos - 1] not in " \n":
                continue
            with_keys = splitter._splits_here(text, pos, keys)
            assert with_keys == splitter._splits_here(text, pos), text[pos:pos + 80]
            probe = text[pos:pos + 300]
            if keys is None or not probe[:_NAME_HEAD].isascii() or not probe[:1].isalpha():
                continue
            first = probe[:len(probe) - len(probe.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))]
            checked += 1
            near = [k for k in keys if pos <= k < pos + _NAME_HEAD]
            if first.lower() not in names.lower_heads() and not near:
                gated += 1
                assert not names.may_start(probe), probe
    assert checked > 300 and gated > 50


def test_split_points_the_same_with_the_continuation_keys(monkeypatch):
    """Texts of many probes look the continuation keys up first: the same points as without."""
    from cleaner import Cleaner
    from cleaner import blocks as B
    splitter = Cleaner(detect_language=False).segmenter.splitter
    rnd = random.Random(33)
    vocabulary = list(splitter.names.continuations()) + ["Written by Jane Doe", "Source: the garden", "Share this"]
    texts = ["\n".join(_random_lines(rnd, vocabulary, rnd.randint(5, 40))) for _ in range(200)]
    monkeypatch.setattr(B, "_KEYS_FROM", 3)
    with_keys = [splitter.split_points(text, line_starts=True) for text in texts]
    monkeypatch.setattr(B, "_KEYS_FROM", 10 ** 9)
    assert with_keys == [splitter.split_points(text, line_starts=True) for text in texts]
    assert sum(map(len, with_keys)) > 50


def test_prompt_end_gates_are_the_end_anchored_patterns():
    """speed29: ``button_cue`` reads a stripped line's last character before its two end-anchored searches; on
    stripped lines without a newline the searches match exactly when that character is in the gate's set."""
    from cleaner.detectors import prompts as P

    rnd = random.Random(29)
    pieces = list("»›→⟶➔➜▶►>-.!?,;:。！？…)]\"'”»ab Z9\t\u00a0\u2028\u3000\u180e\u200b") + [" >>", " -->", "...»",
                                                                                       "... »", "Read more"]
    for _ in range(6000):
        plain = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))).strip()
        if not plain or "\n" in plain:
            continue
        if P._ARROW_END.search(plain) is not None:  # (a necessary condition: "a-" ends in "-" and matches not)
            assert plain[-1] in P._ARROW_LAST, plain
        assert (P._END_PUNCT.search(plain) is not None) == (plain[-1] in P._END_PUNCT_LAST), plain


def test_prompt_findings_with_the_shared_texts_as_block_by_block():
    """speed29: the tail zone's tests read each block's fold and spaced length once; ``closing_cue`` and
    ``_teaser_cue`` on their own give the same answers."""
    from cleaner.detectors import prompts as P
    from cleaner.model import Block

    rnd = random.Random(2929)
    lines = ["If you found this useful, please share it with your friends.", "Let me know in the comments below!",
             "Next time: we look at the harbour's new cranes.", "The harbour opened a new quay in March, and the "
             "crews moved the cranes there over three long weeks of night shifts and careful planning.",
             "Pour aller plus loin, je vous recommande ce livre :", "https://example.org/livre",
             "役に立ったら、いいねと保存をお願いします。", "Read Full Post »", "Jetzt anmelden", "Short line here"]
    for _ in range(300):
        blocks = [Block(index=k, type=rnd.choice(["paragraph", "paragraph", "heading", "list_item"]), text=t, plain=t)
                  for k, t in enumerate(rnd.choice(lines) for _ in range(rnd.randint(1, 8)))]
        texts = P._BlockTexts(blocks)
        for i, block in enumerate(blocks):
            assert P._closing_cue(block, texts, i) == P.closing_cue(block)
            assert P._teaser_cue(blocks, i, texts) == P._teaser_cue(blocks, i)


def test_sentence_end_is_the_end_anchored_search():
    """speed29: linebylines reads a line's last characters for ``detectors.base.ENDS_SENTENCE``, which is anchored at
    the end (or before a last newline)."""
    from cleaner import linebylines as L
    from cleaner.detectors.base import ENDS_SENTENCE as _SENTENCE_END

    rnd = random.Random(2929)
    pieces = list(".!?。！？'\"”»)a Z\n\t…") + ["end.", "it?\n", "», "]
    for _ in range(6000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 7)))
        assert L._sentence_end(line) == (_SENTENCE_END.search(line) is not None), repr(line)


def test_prose_flags_are_the_prose_test_of_each_line():
    """speed29: the page's prose flags, filled as the rules ask, are ``_is_prose_line`` of each line; the rules
    answer the same with the flags kept and with them emptied before each."""
    from cleaner import linebylines as L

    rnd = random.Random(29)
    prose = ("The harbour board met on Tuesday and agreed to widen the northern channel before the winter storms, "
             "a decision the fishermen had asked for since the spring.")
    pieces = [prose, prose[:90] + ".", "By", "Jane Doe", "March 12, 2024", "Posted by Jane Doe at 8:50 AM", "Home",
              "Jane Doe is a reporter at the Harbour Times.", "记者 王小明", "홍길동 기자 gildong@example.co.kr",
              "山田太郎記者", "Share this", "Jane Doe | The Harbour Times"]
    for _ in range(200):
        lines = [rnd.choice(pieces) for _ in range(rnd.randint(1, 30))]
        flags = L.prose_flags(lines)
        order = list(range(len(lines)))
        rnd.shuffle(order)
        for i in order:
            assert L.prose_at(lines, i, flags) == L._is_prose_line(lines[i])
        assert L.prose_flags(lines) is flags and L.prose_flags(list(lines)) is not flags


def test_after_label_gate_is_a_necessary_condition():
    """speed29: ``after_label`` folds a line's first words for its labels only when some label opens with the first
    word's fold (its colons aside); the answers are those of every head tried."""
    from cleaner import linebylines as L
    from cleaner.metashape import fold

    def slow(line: str):
        import unicodedata
        line = unicodedata.normalize("NFC", " ".join(line.split())).strip(" *_")
        if len(line) > L.TEXT_META.byline_max_chars:
            return None
        words = line.split()
        for n in (3, 2, 1):
            if len(words) <= n:
                continue
            head = " ".join(fold(w) for w in words[:n]).rstrip(":：")
            if head in L.byline_labels() and len(head) > 1 and head not in L._opening_not():
                return " ".join(words[:n]), " ".join(words[n:]).lstrip(":：|｜ ").rstrip("|｜ ")
        glued = L._GLUED_LABEL.match(line)
        label = glued.group("label") if glued else ""
        if glued and fold(label) in L.byline_labels() and len(label) > 1 and fold(label) not in L.PARTICLES:
            return label, line[glued.end():]
        return None

    rnd = random.Random(290)
    labels = sorted(L.byline_labels())
    pieces = labels[:40] + [w.upper() for w in labels[:10]] + [w.title() + ":" for w in labels[:10]] + [
        "Jane", "Doe", ":", "：", "|", "*", "ByJane", "ﬁle", "Posted", "by", "von", "Autor:", "12.03.2024", "Home"]
    for _ in range(4000):
        line = " ".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 6)))
        assert L.after_label(line) == slow(line), line


def test_prose_line_as_the_former_test():
    """speed29: ``_is_prose_line`` reads the sentence's end by the line's tail and skips the CJK search on an ASCII
    head; the answers of the former definition on random lines of both scripts and lengths."""
    from cleaner import linebylines as L
    from cleaner.rules import TEXT_META
    from cleaner.scripts import CJK
    from cleaner.detectors.base import ENDS_SENTENCE as _SENTENCE_END

    def former(line: str) -> bool:
        cjk, prose, n = TEXT_META.wet_cjk_prose_min_chars, TEXT_META.prose_min_chars, len(line)
        if n < cjk and n < prose:
            return False
        if n < cjk or n < prose:
            if n < (cjk if CJK.search(line[:40]) else prose):
                return False
        return _SENTENCE_END.search(line) is not None

    rnd = random.Random(2990)
    pieces = ["The harbour board met on Tuesday", " and agreed", "港口委员会周二开会", "。", ".", "!", "”", "\n", " ",
              "a" * 30, "한국어 문장입니다", "…", "Jane Doe"]
    for _ in range(5000):
        line = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        assert L._is_prose_line(line) == former(line), repr(line)


def test_addresses_cut_line_by_line_as_in_the_whole_text():
    """speed29: ``document_lower_words`` cuts the addresses run by run (the text between two spaces), searching only
    the runs that hold an "@", "://" or "www.": the text ``_ADDRESS.sub`` gives on the whole text."""
    from cleaner.textbylines import _ADDRESS, _without_addresses

    rnd = random.Random(2929)
    pieces = list("ab@:/w. \n\t\x1c\u00a0\u3000\u2028x") + ["www.", "://", "@", "jane@example.org", "https://e.org/a"]
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        assert _without_addresses(text) == _ADDRESS.sub(" ", text), repr(text)


def _family_vocabulary() -> list[str]:
    return sorted({term for family in F.families() for probe in family.probes.values()
                   for term in (*probe.words, *probe.stems, *probe.short, *probe.anywhere)})


def test_first_group_gate_is_the_first_groups_present():
    """``family_findings`` reads the first groups' gate off the groups present: ``_may_hold_first_group`` passes
    exactly when ``_groups_present`` holds some combination's first group."""
    rnd = random.Random(30)
    vocabulary = _family_vocabulary()
    glue = [" ", "  ", "-", "'", "/", ".", ",", "@", "x", "é", "(", ")", "«", "1", "\u00a0", "\u3000", "\t", "", "ab"]
    texts = ["", "a", "you may republish this article", "log in to leave a comment", "如需转载请注明出处"]
    for _ in range(3000):
        texts.append("".join(rnd.choice(vocabulary) + rnd.choice(glue) for _ in range(rnd.randint(1, 4))))
    firsts = F._all_first_keys()
    assert not any(F.FAMILY_SEPARATOR in term for term in vocabulary)
    for text in texts:
        assert F._may_hold_first_group(text) == bool(F._groups_present(text) & firsts), text


def test_family_findings_of_a_document_are_each_blocks():
    """``family_findings`` (one walk of the document) gives each block's ``family_finding``: random documents of
    the families' terms, prose, every block type and length, a block holding the separator itself."""
    from cleaner.model import Block

    rnd = random.Random(31)
    vocabulary = _family_vocabulary()
    prose = ["The garden grew well this year.", "Elle a publié un livre.", "我们今天去公园。", "Tomatoes need sun,",
             "you may republish this article on your website, provided the author box stays intact.",
             "Sie dürfen ihn unverändert auf Ihrer Website veröffentlichen, solange die Autorenbox erhalten bleibt.",
             "The views expressed are the author's own.", "Log in to leave a comment.", "All rights reserved.",
             "Subscribe to our newsletter to get it in your inbox.", "webmaster@example.org", "x" * 600]
    glue = [" ", "  ", "-", "'", ". ", ", ", "é", "(", ")", "«", "1", "\u00a0", "\u3000", "", "\x1e"]
    types = ["paragraph", "paragraph", "list_item", "quote", "heading", "code", "table"]
    for n in range(300):
        blocks = []
        for i in range(rnd.randint(0, 12)):
            words = [rnd.choice(prose if rnd.random() < 0.4 else vocabulary) for _ in range(rnd.randint(1, 8))]
            text = "".join(word + rnd.choice(glue[:-1] if n % 5 else glue) for word in words).strip()
            text = text.capitalize() if rnd.random() < 0.5 else text
            blocks.append(Block(i, rnd.choice(types), text, text))
        assert F.family_findings(blocks) == [F.family_finding(block) for block in blocks], blocks


def test_nav_separator_probe_is_the_alternation_of_every_separator():
    """``line_shape``'s separator test (a class of the one-character separators, then the longer ones whose first
    character is none of them) says what the alternation of every separator said."""
    import re

    from cleaner.datafiles import read_json
    from cleaner.detectors.nav_shape import nav_vocabulary

    data = read_json("navigation.json")
    separators = sorted(set(data["menu_separators"]) | set(data["crumb_separators"]), key=lambda s: (-len(s), s))
    every = re.compile("[" + "".join(re.escape(sep) for sep in separators if len(sep) == 1) + r"\t]|"
                       + "|".join(re.escape(sep) for sep in separators if len(sep) > 1))
    vocab = nav_vocabulary()
    rnd = random.Random(32)
    pieces = separators + [":", ">", "»", " ", "a", "Home", "\t", "é", "—", "-", "|", "::", "→"]
    texts = ["", "Home", "Home :: News", "a >> b", "a » b", "a: b", "a:b"]
    for _ in range(5000):
        texts.append("".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))))
    for text in texts:
        found = vocab.separator_probe.search(text) is not None or any(sep in text for sep in vocab.separator_rest)
        assert found == (every.search(text) is not None), text


def test_probes_without_a_lead_open_with_no_lead_cue():
    """``BlockSplitter._no_lead`` (speed33): a probe that opens with a sign ``normalize`` keeps first, or with digits
    no list marker's character follows, normalises to a text whose first token opens no lead cue; and ``normalize``
    keeps each of ``_KEPT_SIGNS`` first, whatever follows it."""
    from cleaner import Cleaner
    from cleaner.blocks import _KEPT_SIGNS
    from cleaner.cues import normalize as norm
    splitter = Cleaner(detect_language=False).segmenter.splitter
    cues = splitter.cues
    leads = sorted({cue.phrase for cue in cues.cues if cue.match == "lead"})
    rnd = random.Random(33)
    tails = rnd.sample(leads, 300) + ["source: x", "by jane doe", "© 2020", "(photo: x)", "[ad]"]
    openers = list(_KEPT_SIGNS) + ["1", "12", "123", "1234", "2024", "7"] + list("#>-+|<=^`*_~\\") + ["«", "【", "©"]
    between = ["", " ", "  ", ".", ". ", ")", ") ", "*", "*. ", "_", "~", "\\", ":", "\u0338", "\u0301", "\u00a0",
               "\t", "\n", "’", "“", "x", "A", "0", "é", "\u200b", "．", "1. ", "- ", "> "]
    passed = 0
    for _ in range(6000):
        probe = rnd.choice(openers) + rnd.choice(between) + rnd.choice(between) + rnd.choice(tails)
        probe = probe.upper() if rnd.random() < 0.2 else probe
        if splitter._no_lead(probe):
            passed += 1
            assert not cues.lead(norm(probe)), probe
            assert not cues.lead(norm(probe[:splitter._lead_probe])), probe
    assert passed > 1000
    for sign in _KEPT_SIGNS:
        for rest in ["", "x", " x", "\u0338", "\u0301x", "’", "*", "  y", "é"]:
            assert norm(sign + rest)[:1] == sign, (sign, rest)


def test_probes_without_a_splitting_lead_open_with_none(monkeypatch):
    """``BlockSplitter._no_splitting_lead`` (speed33b): an ASCII probe that opens with a lead cue's first token and
    that it answers normalises to a text that opens with no lead cue holding a colon or a space (the head the
    splitter normalises first, and the whole probe); and ``_splits_here`` says on random texts what it says with
    the gate off (the normalising and look-up it replaces)."""
    from cleaner import Cleaner
    from cleaner.blocks import _FOLLOW_READ
    from cleaner.cues import normalize as norm
    splitter = Cleaner(detect_language=False).segmenter.splitter
    cues = splitter.cues
    tokens = sorted(splitter._lead_follows)
    leads = sorted({cue.phrase for cue in cues.cues if cue.match == "lead" and cue.phrase.isascii()})
    pieces = [" ", "  ", ":", " :", "\t", "\n", "\x1c", ".", ",", "-", "'", "!", "(", ")", "x", "A", "the", "By", "0",
              "*", "_", "~", "\\", "`", "é", "\u00a0", "：", "Jane Doe", " " * 14, "and", "/", "|",
              "e\u0301", "\u0301", "\u200b", " \u200b", " e\u0301", "ß", "İ", "\u00bd", " x\u0338", "=\u0338"]
    rnd = random.Random(331)

    def splits(normalized: str) -> bool:
        return any(":" in m.cue.phrase or " " in m.cue.phrase for m in cues.lead(normalized))

    answered = 0
    for n in range(20000):
        word = rnd.choice(tokens)
        rest = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 5)))
        if n % 3 == 0:  # a cue's own continuation, changed a little
            cue = rnd.choice(leads)
            rest = cue[len(cue.split()[0]):] if cue.startswith(word) else rest + cue
        probe = (word.capitalize() if n % 2 else word.upper() if n % 7 == 0 else word) + rest
        probe += rnd.choice(["", " more text here", "   ", "*", " : x" * rnd.randint(0, 3)])
        if _ASCII_RUN_ENDS(probe, word) and splitter._no_splitting_lead(word, probe):
            answered += 1
            assert not splits(norm(probe)), probe
            assert not splits(norm(probe[:splitter._lead_probe])), probe
    assert answered > 3000
    texts = []
    for _ in range(400):
        words = [rnd.choice(tokens + ["the", "a", "Jane", "Doe", "wrote", "said"]) for _ in range(rnd.randint(1, 12))]
        texts.append("".join(w.capitalize() + rnd.choice(pieces + [". ", "\n", ". ", "\n"]) for w in words)
                     + " x" * rnd.randint(0, _FOLLOW_READ))
    fast = [[splitter._splits_here(t, p) for p in range(len(t))] for t in texts]
    monkeypatch.setattr(type(splitter), "_no_splitting_lead", lambda self, word, probe: False)
    assert fast == [[splitter._splits_here(t, p) for p in range(len(t))] for t in texts]


def _ASCII_RUN_ENDS(probe: str, word: str) -> bool:
    """Whether ``word`` is ``probe``'s opening run of ASCII letters (what ``_splits_here`` asks the gate about)."""
    return probe[:len(word)].lower() == word and not probe[len(word):len(word) + 1].isalpha()
