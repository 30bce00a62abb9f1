"""speed23's fast paths of the author fallbacks give the answers of the code they replace (issue 14): the author
labels looked up by the line's first word instead of tried one by one, the last paragraph of prose found from the
end, the head lines and edge indices kept for the document's next fallback. No timing here: benchmarks/speed.py
measures."""

from __future__ import annotations

import random

from cleaner import textbylines as T
from cleaner import textmeta as M
from cleaner.metashape import fold
from cleaner.model import Block

PROSE = ("The supply boat could not land today because of the swell, so we are living on tinned soup and the last of "
         "the bread until the weather turns.")


def _label_rest_before(line: str, data: dict) -> list[str] | None:
    """``_label_rest`` as authors11b wrote it: every label tried in order."""
    tokens = line.split()
    for label in data["labels"]:
        n = len(label)
        if len(tokens) <= n - 1:
            continue
        head = [fold(t) for t in tokens[:n]]
        if head[:-1] != list(label[:-1]):
            continue
        last = head[-1]
        if last == label[-1]:
            rest = tokens[n:]
        elif last.startswith(label[-1]) and last[len(label[-1]):] in (":", "："):
            rest = [":"] + tokens[n:]
        elif last.startswith(label[-1] + ":") or last.startswith(label[-1] + "："):
            rest = [":", tokens[n - 1][len(label[-1]) + 1:]] + tokens[n:]
        else:
            continue
        colon = bool(rest) and rest[0][:1] in (":", "：")
        if colon:
            rest = [rest[0][1:]] + rest[1:]
        elif " ".join(label) not in data["without_colon"]:
            return None
        words = [w for w in rest if w]
        if words:
            words[-1] = words[-1].rstrip(".")
        return [w for w in words if w]
    return None


def _lines_for_labels() -> list[str]:
    data = T.byline_data()
    names = ["राहुल शर्मा", "أحمد علي", "Jane Doe", "สมชาย ใจดี", "", "王小明."]
    lines = ["", "   ", "author:", "author: Jane", "author:Jane Doe", "AUTHOR : Jane", "作者:王小明", "作者：王小明",
             "लेखक के बारे में", "बقلم أحمد علي", "written by Jane"]
    rng = random.Random(23)
    for label in data["labels"]:
        words = list(label)
        for glue in ("", ":", "：", " :", ": "):
            for name in names:
                lines.append(" ".join(words[:-1] + [words[-1] + glue]) + " " + name)
                lines.append((" ".join(words) + glue + name).upper())
        lines.append(" ".join(words[:-1]))  # a label's first words only
        lines.append(words[0] + "x: " + rng.choice(names))  # a longer first word
    return lines


def test_label_rest_same_as_every_label_in_order():
    data = T.byline_data()
    lines = _lines_for_labels()
    assert len(lines) > 2000
    for line in lines:
        assert T._label_rest(line, data) == _label_rest_before(line, data), line


def _blocks(kinds: list[tuple[str, str]]) -> list[Block]:
    return [Block(index=i, type=kind, text=text, plain=text) for i, (kind, text) in enumerate(kinds)]


POOL = [("paragraph", PROSE), ("paragraph", "Jane Doe"), ("heading", "A title of the piece"),
        ("paragraph", "March 12, 2024"), ("list_item", "Home"), ("paragraph", "By Jane Doe, Staff Writer"),
        ("paragraph", "作者：王小明"), ("paragraph", PROSE[:60] + "."), ("paragraph", "— Jane Doe")]


def test_last_prose_and_memos_same_as_before():
    rng = random.Random(14)
    for _ in range(300):
        blocks = _blocks([rng.choice(POOL) for _ in range(rng.randint(0, 60))])
        last = max((i for i, block in enumerate(blocks) if M.is_prose(block)), default=None)
        assert T._last_prose(blocks, None) == last
        assert T._last_prose(blocks, len(blocks) - 1) == (last if last is not None else len(blocks) - 1)
        assert M.head_lines(blocks) == list(M._head_lines(blocks))
        assert M.head_lines(blocks) is M.head_lines(blocks)  # kept for the document's next fallback
        indices = M._edge_indices(blocks)
        assert M._edge_indices(blocks) is indices
    # another list of the same blocks, or the list grown: computed again
    blocks = _blocks(POOL)
    head = M.head_lines(blocks)
    again = list(blocks)
    assert M.head_lines(again) == head and M.head_lines(again) is not head
    again.append(Block(index=len(again), type="paragraph", text="Tail", plain="Tail"))
    edge = M._edge_indices(again)
    again.insert(0, Block(index=0, type="paragraph", text="Menu", plain="Menu"))
    assert M._edge_indices(again) is not edge  # the list changed in place: computed again
