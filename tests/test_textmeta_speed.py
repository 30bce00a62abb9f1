"""speed14d's memos and skips in the author fallbacks give the answers of the code they spare (issue 14): a block's
lines and its prose test made once a document (``textmeta.new_document`` forgets them), ``repeated_name`` comparing
only the pairs whose second line starts the first, ``reporter_credit`` and ``cjk_byline`` not searching ASCII lines for
Han names. No timing here: benchmarks/speed.py and text_ab.py measure."""

from __future__ import annotations

import random

from cleaner import textbylines as B
from cleaner import textmeta as T
from cleaner.model import Block

PROSE = ("The ferry did not sail this morning because the harbour wall was still under repair, so the village waited "
         "on the pier for the afternoon crossing.")
LINES = ["By Jane Doe", "By Jane Doe, Staff Writer", "March 3, 2024", "Posted on Jul 7", "Jane Doe (avatar)",
         "Jane Doe", "Home", "Share this", "作者：王小明", "（记者 王小明）", "(Reporting by Jane Doe; Editing by John Smith)",
         "— Jane Doe", "Un blog di Paolo Rossi, giornalista", "लेखक: राहुल शर्मा", "[Jane Doe](https://x.example/author/jane-doe)",
         "Jane Doe, staff writer", "Privacy Policy", PROSE, PROSE + " It came back at four.", "Jane Doe (Doe)"]
FALLBACKS = [T.dated_byline, T.author_link, T.author_div, T.repeated_name, T.publication_byline, T.role_byline,
             T.cjk_byline, T.signature, B.name_date_byline, B.script_label_byline, B.cjk_record_byline,
             B.reporter_credit, B.role_signature, B.role_line_byline, B.contact_byline]


def _document(rng: random.Random) -> list[Block]:
    blocks = []
    for index in range(rng.randint(1, 14)):
        lines = rng.sample(LINES, rng.randint(1, 3))
        kind = rng.choice(["paragraph", "paragraph", "heading", "list_item"])
        text = "\n".join(lines)
        blocks.append(Block(index=index, type=kind, text=text, plain=" ".join(lines)))
    return blocks


def test_fallbacks_answer_alike_with_and_without_the_memos():
    rng = random.Random(14)
    for _ in range(400):
        blocks = _document(rng)
        T.new_document()
        kept = [fallback(blocks) for fallback in FALLBACKS]  # one after the other, the memos filled as they go
        fresh = []
        for fallback in FALLBACKS:
            T.new_document()
            fresh.append(fallback(blocks))
        assert kept == fresh


def test_memos_follow_the_block_text():
    one = Block(index=0, type="paragraph", text="By Jane Doe\nMarch 3, 2024", plain="By Jane Doe March 3, 2024")
    other = Block(index=0, type="paragraph", text="Home\nShare this", plain="Home Share this")
    assert T.plain_lines(one) == ["By Jane Doe", "March 3, 2024"]
    assert T.plain_lines(other) == ["Home", "Share this"]
    assert T.plain_lines(one) is T.plain_lines(one)  # made once
    T.new_document()
    assert not T._LINES_MEMO and not T._PROSE_MEMO
    linked = Block(index=0, type="paragraph", text=PROSE, plain=PROSE)
    assert T.is_prose(linked)
    assert not T.is_prose(Block(index=0, type="heading", text=PROSE, plain=PROSE))


def test_repeated_name_and_cjk_credits_still_found():
    head = [Block(index=0, type="heading", text="Harbour notes", plain="Harbour notes"),
            Block(index=1, type="paragraph", text="Jane Doe (avatar)\nJane Doe\nMarch 3, 2024",
                  plain="Jane Doe (avatar) Jane Doe March 3, 2024"),
            Block(index=2, type="paragraph", text=PROSE, plain=PROSE)]
    T.new_document()
    assert T.repeated_name(head) == "Jane Doe"
    tail = [Block(index=0, type="paragraph", text=PROSE, plain=PROSE),
            Block(index=1, type="paragraph", text="（记者 王小明）", plain="（记者 王小明）")]
    T.new_document()
    assert B.reporter_credit(tail) == "王小明"
    wire = [Block(index=0, type="paragraph", text=PROSE, plain=PROSE),
            Block(index=1, type="paragraph", text="(Reporting by Jane Doe; Editing by John Smith)",
                  plain="(Reporting by Jane Doe; Editing by John Smith)")]
    T.new_document()
    assert B.reporter_credit(wire) == "Jane Doe"


def test_a_line_without_its_parenthesis_is_a_prefix_of_it():
    """What ``repeated_name``'s skip rests on: the substitution only cuts a trailing parenthesis off."""
    rng = random.Random(15)
    pieces = ["Jane", "Doe", " ", "(avatar)", "(Doe)", "  ", "(", ")", "é", "()", "(a (b))", "x" * 31]
    for _ in range(3000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))).strip()
        assert line.startswith(T._PARENTHESISED.sub("", line))
