"""speed37 (issue 14): the stop-36 passes made cheaper, each against the computation it replaces (same answers)."""

from __future__ import annotations

import json
import random
from pathlib import Path

import cleaner
from cleaner import decision
from cleaner.detectors import structure, tail_zone
from cleaner.detectors.base import reaches
from cleaner.model import Finding

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _documents() -> list[tuple[str, str]]:
    """(text, format) of the fixtures' text and Markdown cases, the seed, and a few made here: heads of repeated
    lines, a breadcrumb over its title, stamps at the end, a long page of short lines."""
    docs = [(FIXTURES.joinpath("seed.txt").read_text(encoding="utf-8"), "text")]
    for path in sorted(FIXTURES.joinpath("cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if isinstance(case, dict) and case.get("format") in ("text", "markdown") and case.get("document"):
                docs.append((case["document"], case["format"]))
    prose = ("The council voted on Tuesday to widen the bike lanes along the river road, after a year of "
             "petitions from residents who said the narrow lanes were unsafe for children.")
    docs += [
        ("Harbour Times Harbour Times\n\nLocal news for the bay\n\nHome News Bike lanes on the river road\n\n"
         "Bike lanes on the river road\n\n" + prose + "\n\n" + prose, "text"),
        ("Menu\nHome\nSport\nMenu\nHome\nSport\n\nThe river road\n\n" + prose + "\n\nShare this\n\nFacebook\n\n"
         "12/05【Harbour Daily】 Bay\n\n12/06[Coast News]\n\n04.12. [Kurier]", "text"),
        ("\n".join(f"Item {i} | Read more | Read more" for i in range(40)) + "\n\n" + prose + "\n\n"
         + "\n".join(f"Link {i}" for i in range(60)), "text"),
        ("# Title\n\n" + prose + "\n\n[toc]\n\n- one\n- two\n\n" + prose + "\n\nComments are closed.", "markdown"),
    ]
    return docs


def _old_last_prose(blocks, findings, body_length, edge):
    """tail_zone.last_prose as stop 36 wrote it (the candidates listed first, from the start)."""
    candidates = [i for i in range(len(blocks)) if blocks[i].type in ("paragraph", "quote", "list_item")
                  and not reaches(findings[i], edge)]
    for i in reversed(candidates):
        plain = blocks[i].plain
        if tail_zone.prose_sized(plain, body_length) and (
                ("://" not in plain and "www." not in plain)
                or tail_zone.prose_sized(tail_zone._visible(blocks[i]), body_length)):
            return i
    for i in reversed(candidates):
        visible = tail_zone._visible(blocks[i])
        if tail_zone._SENTENCE_END.search(visible) and tail_zone.word_count(visible) >= \
                tail_zone.TAIL_ZONE.prose_floor_words:
            return i
    return None


def test_last_prose_read_from_the_end_is_the_old_scan(monkeypatch):
    new = tail_zone.last_prose
    seen = []

    def both(blocks, findings, body_length, edge):
        found = new(blocks, findings, body_length, edge)
        assert found == _old_last_prose(blocks, findings, body_length, edge)
        # and with every block found strong, or none (the fallback's path)
        strong = [[Finding("navigation", "navigation.x", "", 1.0)] for _ in blocks]
        assert new(blocks, strong, body_length, edge) == _old_last_prose(blocks, strong, body_length, edge)
        seen.append(found)
        return found

    monkeypatch.setattr(tail_zone, "last_prose", both)
    for text, fmt in _documents():
        cleaner.clean(text, format=fmt)
    assert len(seen) > 20 and any(s is not None for s in seen)


def test_the_stamp_gate_read_from_the_brackets_is_the_patterns_answer():
    rng = random.Random(37)
    alphabet = "0123456789٣۴/.-  \t\n\u3000\u00a0【[«]】»ab"
    for _ in range(60000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 16)))
        assert tail_zone.stamp_gate(text) == (tail_zone._STAMP_GATE.search(text) is not None), repr(text)
    for text in ("12/05【北海道新聞】", "x 2024-1-3 [Kurier]", "[1/2", "1/2 [", "1/2.\u3000«", "a[b", ""):
        assert tail_zone.stamp_gate(text) == (tail_zone._STAMP_GATE.search(text) is not None), repr(text)


def test_the_first_head_prose_kept_on_the_state_is_found_again_alike(monkeypatch):
    kept = decision._first_head_prose
    asked = []

    def check(state):
        found = kept(state)
        again = next((i for i in range(state.n) if state.prose[i]
                      and decision._head_sentence(state.blocks[i].plain)), None)
        assert found == again
        asked.append(found)
        return found

    monkeypatch.setattr(decision, "_first_head_prose", check)
    for text, fmt in _documents():
        cleaner.clean(text, format=fmt)
    assert len(asked) > 20


def test_the_blocks_view_gives_the_body_edges_of_its_own_blocks_only(monkeypatch):
    original = structure.body_edges
    met = []

    def keep(blocks, body_length):
        met.append(blocks)
        return original(blocks, body_length)

    monkeypatch.setattr(structure, "body_edges", keep)
    for text, fmt in _documents()[-4:]:
        cleaner.clean(text, format=fmt)
    assert met
    calls = []

    def counted(blocks, body_length):
        calls.append(body_length)
        return original(blocks, body_length)

    monkeypatch.setattr(structure, "body_edges", counted)
    for blocks in met:
        view = structure.BlocksView(blocks)
        calls.clear()
        for body_length in (120, 120, 60, 400):
            assert structure.edges_of(blocks, body_length, view) == original(blocks, body_length)
        assert calls == [120, 60, 400]  # (each body length found once)
        other = list(blocks)
        calls.clear()
        assert structure.edges_of(other, 120, view) == original(other, 120)
        assert structure.edges_of(other, 120, None) == original(other, 120)
        assert calls == [120, 120]  # (a view of other blocks is not read)


def test_the_findings_stage_finds_the_body_edges_once_a_document(monkeypatch):
    calls = []
    original = structure.body_edges

    def counted(blocks, body_length):
        calls.append(id(blocks))
        return original(blocks, body_length)

    monkeypatch.setattr(structure, "body_edges", counted)
    engine = cleaner.Cleaner()
    findings_of = engine.findings
    per_stage = []

    def staged(blocks, *args, **kwargs):
        calls.clear()
        out = findings_of(blocks, *args, **kwargs)
        per_stage.append(calls.count(id(blocks)))
        return out

    monkeypatch.setattr(engine, "findings", staged)
    for text, fmt in _documents()[:12]:
        engine.clean(text, format=fmt)
    assert per_stage and all(count <= 1 for count in per_stage)


def test_outputs_of_the_documents_are_stable():
    """The lazily made head lines and counts: a head printed twice and a name printed twice go as before."""
    result = cleaner.clean("Harbour Times Harbour Times\n\nThe river road\n\n" + "The council voted on Tuesday to "
                           "widen the bike lanes along the river road, after a year of petitions from residents "
                           "who said the lanes were unsafe.", format="text")
    assert "The council voted" in result.text
