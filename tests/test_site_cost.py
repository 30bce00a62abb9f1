"""The site pass's shortcuts give the answers of the code they stand for (cleaner/sites/apply.py, round 12g): the
page's own values of a text block read from the line units (``_text_own`` against ``_block_units``), and the body's
edges found once a page (``_regions``'s, read again by ``_region_lines``, against ``_body_edges`` found anew). Checked
on our own pages (news pages with menus, shop listings with prices, recipe pages) and random shuffles of their
lines, the seed page, as text and Markdown, with the pass itself cleaning them."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

import cleaner
import cleaner.sites.apply as A
from cleaner import learn_site

from _site_pages import site_pages
from test_site_lines import TOWNS, _listing, page

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed.txt"


def _shuffled(pages: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for text in pages:
        lines = text.split("\n")
        for _ in range(3):  # a few lines moved, doubled or joined: the page's structure changes, the site's stays
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        k = rng.randrange(len(lines))
        lines.insert(k, lines[k])
        out.append("\n".join(lines))
    return out


def _sites() -> list[list[str]]:
    sites = [[page(i) for i in range(len(TOWNS))], [_listing(i) for i in range(len(TOWNS))], site_pages()]
    sites += [_shuffled(pages, seed) for seed, pages in enumerate(list(sites))]
    sites.append([SEED.read_text(encoding="utf-8")] * 4 + [page(0)])
    return sites


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_shortcuts_answer_as_the_code_they_stand_for(monkeypatch, fmt):
    own_calls, edge_calls = [], []
    text_own, region_lines = A._text_own, A._region_lines

    def checked_own(blocks, head, tail, lines, values):
        out = text_own(blocks, head, tail, lines, values)
        expected = [any(not values.isdisjoint(way) for way in A._block_units(block, lines))
                    for block in blocks[head:tail]]
        assert out == expected
        own_calls.append(sum(out))
        return out

    def checked_lines(blocks, verdicts, new, words, title, lines, evidence, profile, found_edges=None,
                      confirmed=frozenset()):
        assert found_edges  # ``_regions`` ran on the page first
        assert found_edges[0] == A._body_edges(blocks, [verdict.keep for verdict in verdicts], words)
        edge_calls.append(found_edges[0])
        return region_lines(blocks, verdicts, new, words, title, lines, evidence, profile, found_edges, confirmed)

    monkeypatch.setattr(A, "_text_own", checked_own)
    monkeypatch.setattr(A, "_region_lines", checked_lines)
    for pages in _sites():
        for k, document in enumerate(pages):
            profile = learn_site(pages[:k] + pages[k + 1:], format=fmt)
            cleaner.clean(document, format=fmt, site=profile)
    assert own_calls and any(own_calls)  # the listings' prices: blocks of the page's own values
    assert edge_calls and any(edges is not None for edges in edge_calls)


@pytest.mark.parametrize("document", ["", "\n", "one line", "a\nb", "a\n\nb\n", "\n\nmenu\r\nline two\n", "ü\né\n…",
                                      "Home | News\n\tSport \nA headline of the day\n\n© 2026 Our Town Paper\n"])
def test_line_offsets_from_the_line_feeds(document):
    """``_Lines`` finds each line's offsets from the document's line feeds (round 29): the same offsets as the lines'
    own lengths give, on edge cases and on our site pages."""
    for text in [document, *(p for pages in _sites() for p in pages[:2])]:
        lines = A._Lines(text)
        pieces = text.split("\n")
        starts, position = [], 0
        for piece in pieces:
            starts.append(position)
            position += len(piece) + 1
        assert lines.starts == starts
        assert lines.ends == [start + len(piece) for start, piece in zip(starts, pieces)]
        assert [text[a:b] for a, b in zip(lines.starts, lines.ends)] == pieces
        assert len(lines.units) == len(pieces)


def test_body_repeat_test_answers_the_same_with_and_without_the_word_set(monkeypatch):
    """The body-repeat test's word set only rules candidates out (a candidate's words in a row are words of the
    prose): the pass removes the same blocks whether every candidate is searched for or the set comes first (round
    29 searches up to ``BODY_SEARCHES`` = 100 candidates a page before it makes the set)."""
    def results(searches: int) -> list:
        monkeypatch.setattr(A, "BODY_SEARCHES", searches)
        out = []
        for pages in _sites():
            for k, document in enumerate(pages):
                profile = learn_site(pages[:k] + pages[k + 1:])
                out.append(cleaner.clean(document, format="text", site=profile).to_dict())
        return out

    assert results(0) == results(10 ** 9) == results(100)
