"""speed14b's fast paths of the meta lines give the answers of the code they replace (issue 14): the date lines and
counters looked for at the article's edges only (the body read only to count a diary's entries), and the digit test
of ``meta_line_shape`` with the ASCII digits first. No timing here: benchmarks/speed.py measures."""

from __future__ import annotations

import random
from collections import Counter

from cleaner.detectors import meta_lines as M
from cleaner.metashape import has_digit
from cleaner.model import Block
from cleaner.rules import META

PROSE = ("The supply boat could not land today because of the swell, so we are living on tinned soup and the last of "
         "the bread until the weather turns.")
POOL = [("paragraph", "December 3, 1998"), ("paragraph", "Posted on Jul 7"), ("paragraph", "921 阅读"),
        ("paragraph", PROSE), ("paragraph", PROSE + " Again, 2 days later."), ("heading", "Friday, October 3, 2025"),
        ("heading", "1. Introduction"), ("list_item", "18.06.2020 22:00:00"), ("list_item", "Commenti (3)"),
        ("paragraph", "·"), ("paragraph", "Short line without anything."), ("paragraph", "2023年4月1日 15:20 更新"),
        ("paragraph", "Schiff replied on May 27, 2005."), ("paragraph", "0 Kommentare")]


def _selected_before(blocks: list[Block], body_length: int = 120) -> list:
    """The shapes meta_line_findings kept before speed14b: every block's shape, then the diary, then the edges."""
    sizes = Counter(block.list_id for block in blocks if block.type == "list_item")
    body = [i for i, block in enumerate(blocks) if block.type == "paragraph" and len(block.plain) >= body_length]
    first, last = (body[0], body[-1]) if body else (len(blocks), -1)
    shapes = [None if M._in_list(block, sizes) else M.line_shape(block) for block in blocks]
    openers = [i for i, shape in enumerate(shapes) if shape is not None and shape[0] == "dateline"
               and M._opens_prose(blocks, i, body_length)]
    if len(openers) >= META.dateline_entries:
        for i in openers:
            shapes[i] = None
    return [None if first <= i <= last else shape for i, shape in enumerate(shapes)]


def _reference_findings(blocks: list[Block]) -> list:
    """meta_line_findings with its shape selection replaced by the one before speed14b."""
    original = M.line_shape
    selected = _selected_before(blocks)
    try:
        # each block's shape as the old selection left it; the run rule and the findings are the same code
        M.line_shape = lambda block: selected[block.index]
        return M.meta_line_findings(blocks, [[] for _ in blocks])
    finally:
        M.line_shape = original


def test_edges_only_gives_the_findings_of_every_block_read():
    rnd = random.Random(14)
    for _ in range(1500):
        picks = [rnd.choice(POOL) for _ in range(rnd.randint(0, 12))]
        list_id, blocks = -1, []
        for i, (kind, text) in enumerate(picks):
            if kind == "list_item" and (i == 0 or picks[i - 1][0] != "list_item"):
                list_id += 1
            blocks.append(Block(index=i, type=kind, text=text, plain=text,
                                list_id=list_id if kind == "list_item" else -1))
        assert M.meta_line_findings(blocks, [[] for _ in blocks]) == _reference_findings(blocks), picks


def test_a_diary_in_the_body_still_keeps_its_edge_date_line():
    blocks = [Block(index=i, type="paragraph", text=t, plain=t) for i, t in enumerate(
        ["December 1, 1998", PROSE, "December 3, 1998", PROSE + " More.", "December 11, 1998", PROSE + " Again."])]
    assert M.meta_line_findings(blocks, [[] for _ in blocks]) == [[] for _ in blocks]


def test_has_digit_is_any_isdigit():
    samples = ["", "abc", "a1", "x²", "٣ أيام", "日本語", "２０２４年", "no digits here — é", "Ⅻ", "①", "𝟘"]
    samples += [chr(c) for c in range(0x30000) if not 0xD800 <= c <= 0xDFFF]
    for text in samples:
        assert has_digit(text) == any(char.isdigit() for char in text), repr(text)
        assert has_digit("é" + text) == any(char.isdigit() for char in "é" + text), repr(text)


def _block_shape_before(block: Block):
    """chrome.block_shape with the prefilter before speed14b (the first run of a label)."""
    from cleaner.detectors import chrome as C

    original = C.may_hold_label
    C.may_hold_label = lambda folded: bool(C.first_runs().intersection(C._RUN.findall(folded))
                                           or C._UNSPACED.search(folded))
    try:
        return C.block_shape(block)
    finally:
        C.may_hold_label = original


def test_chrome_prefilter_lets_every_label_through():
    from cleaner.datafiles import read_json
    from cleaner.detectors import chrome as C

    terms = [term for terms in read_json("chrome.json")["ui"].values() for term in terms]
    for term in terms:
        for text in (term, term.upper(), f"Menu | {term} ·", f"{term}\n12"):
            spaced, unspaced, _neutral = C.vocabulary()
            if spaced.search(C.fold(text)) or (unspaced is not None and unspaced.search(C.fold(text))):
                assert C.may_hold_label(C.fold(text)), text
            else:  # a label whose capitals fold to other letters ("ÇIKIŞ" is not "çıkış")
                assert text != term, term
            block = Block(index=0, type="paragraph", text=text, plain=" ".join(text.split()))
            assert C.block_shape(block) == _block_shape_before(block), text


def test_chrome_prefilter_gives_the_shapes_of_the_first_runs():
    from cleaner.datafiles import read_json
    from cleaner.detectors import chrome as C

    rnd = random.Random(41)
    terms = [term for terms in read_json("chrome.json")["ui"].values() for term in terms]
    words = ["a", "in", "s", "the", "report", "share", "se", "de", "inscrire", "Facebook", "·", "|", "12", "news",
             "like", "this", "sign", "up", "article", "l'", "à"]
    for _ in range(4000):
        parts = [rnd.choice(terms) if rnd.random() < 0.3 else rnd.choice(words) for _ in range(rnd.randint(1, 7))]
        text = (" " if rnd.random() < 0.7 else "\n").join(parts)
        block = Block(index=0, type="paragraph", text=text, plain=" ".join(text.split()))
        assert C.block_shape(block) == _block_shape_before(block), text
