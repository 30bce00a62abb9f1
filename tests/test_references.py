"""An article's own reference list is body (detectors/references.py, decision.protect_reference_lists; refs11)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner
from cleaner.cli import explain
from cleaner.datafiles import read_json
from cleaner.decision import (PASSES, REFERENCE_LIST, Decision, State, Thresholds, Verdict, protect_reference_lists,
                              strongest)
from cleaner.detectors.references import heading_of, item_lines, reference_heading, titled
from cleaner.model import Finding
from cleaner.readers.text import text_units
from cleaner.rules import RULES

CUES = Path(cleaner.__file__).parent / "data" / "cues"
PROSE = ("Hugo is a static site generator written in Go. It builds pages from Markdown files in milliseconds, "
         "which makes it a good fit for a personal blog that you want to host cheaply on any static file server.")
LINKS = ("- [Hugo website](https://gohugo.io/)\n- [PaperMod theme](https://github.com/adityatelange/hugo-PaperMod)\n"
         "- [Hugo forum](https://discourse.gohugo.io/)")


def _blocks(text: str, markdown: bool = True):
    return cleaner.Cleaner().segmenter.blocks(text_units(text, markdown=markdown), tags=markdown)


def _decide(blocks, findings):
    decision = Decision([Verdict() for _ in blocks])
    state = State(blocks, Thresholds(), strongest(findings, Thresholds()), decision)
    for run in PASSES:
        run(state)
    return state


def _f(kind="navigation", rule="navigation.link_run", strength=0.65, match="structure", opens=False) -> Finding:
    return Finding(kind, rule, "cue", strength, opens, match)


# --- the heading -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Sources", "Sources:", "SOURCES", "**Sources**", "References :", "5. References", "IV. Notes", "3) Bibliography",
    "Notes and references", "Sources & Notes", "Fuentes y referencias", "Quellen und Literatur", "Kaynaklar",
    "Kaynakça", "Источники:", "Список литературы", "Fontes", "Referências", "Źródła", "Bronnen", "参考资料", "参考文献：",
    "【参考资料】", "出典", "참고 문헌", "출처", "Nguồn", "Tài liệu tham khảo", "स्रोत", "संदर्भ", "المراجع", "المصادر",
    "แหล่งที่มา", "อ้างอิง", "Works cited", "Data sources", "Einzelnachweise"])
def test_reference_headings_in_many_languages(line):
    assert reference_heading(line)


@pytest.mark.parametrize("line", [
    "Related sources", "More from our sources", "Sources of inspiration for my garden", "Notes on a scandal",
    "Related posts", "Civil sources", "Source", "Source:", "Quelle:", "Fuente", "Fonte:", "Źródło:", "Источник:", "Further reading",
    "", "References " * 10])
def test_reference_headings_negative(line):
    """A related heading, a heading that only starts with a reference word, and the singular credit labels ("Source:
    <url>" after the body is a credit) are none."""
    assert not reference_heading(line)


def test_every_cue_language_has_reference_headings_and_each_is_found():
    data = read_json("references.json")
    languages = {path.stem for path in CUES.glob("*.json")}
    assert set(data["headings"]) == languages and len(languages) >= 30
    for lang, terms in data["headings"].items():
        assert terms, lang
        for term in terms:
            assert reference_heading(term), (lang, term)


def test_a_heading_block_and_a_heading_line_over_its_items():
    blocks = _blocks("## Sources\n\nSources:\nHugo website: https://gohugo.io/\nHugo forum: https://discourse.gohugo.io/",
                     markdown=True)
    assert heading_of(blocks[0]) == ("sources", [])
    heading, items = heading_of(blocks[1])
    assert heading == "sources" and items == ["Hugo website: https://gohugo.io/", "Hugo forum: https://discourse.gohugo.io/"]
    # a heading over prose in its own block: no items
    assert heading_of(_blocks("Notes:\n" + PROSE + " " + PROSE, markdown=False)[0])[1] is None


# --- the items ---------------------------------------------------------------------------------------------------
def test_titled_items_and_bare_addresses():
    assert titled("Hugo website: https://gohugo.io/") and titled("PaperMod theme")
    assert titled("Smith, J. (2019). Static sites. Journal of the Web, 4, 1-9.")
    assert not titled("https://www.example.com/2019/05/hugo-static-blog") and not titled("example.com")


def test_item_lines():
    blocks = _blocks(LINKS + "\n\nHugo website: https://gohugo.io/\nHugo forum: https://discourse.gohugo.io/\n\n" + PROSE
                     + " Read more about the author at https://example.com/about, where she writes weekly.")
    assert item_lines(blocks[0]) == ["Hugo website"]
    assert item_lines(blocks[3]) == ["Hugo website: https://gohugo.io/", "Hugo forum: https://discourse.gohugo.io/"]
    assert item_lines(blocks[4]) is None  # prose with an address is no item


# --- the decision ------------------------------------------------------------------------------------------------
def test_protects_the_heading_and_its_items_at_the_end():
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n{PROSE}\n\n## Sources\n\n{LINKS}")
    findings = [[] for _ in blocks]
    for i in (4, 5, 6):
        findings[i] = [_f()]
    state = _decide(blocks, findings)
    assert all(v.keep for v in state.verdicts)
    assert state.decision.protections == {3: REFERENCE_LIST, 4: REFERENCE_LIST, 5: REFERENCE_LIST, 6: REFERENCE_LIST}


def test_not_in_the_middle_of_the_article():
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n## Sources\n\n{LINKS}\n\n{PROSE}")
    state = State(blocks, Thresholds(), [None] * len(blocks), Decision([Verdict() for _ in blocks]))
    for run in PASSES[:4]:
        run(state)
    protect_reference_lists(state)
    assert state.decision.protections == {}


def test_one_item_is_a_credit_not_a_list():
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n{PROSE}\n\nSources:\n\n- [Original post](https://www.example.com/hugo)")
    findings = [[] for _ in blocks]
    findings[-1] = [_f("source_credit", "source_credit.credit_line", 0.8, "lead")]
    state = _decide(blocks, findings)
    assert state.decision.protections == {} and not state.verdicts[-1].keep


def test_an_item_with_its_own_strong_finding_still_goes():
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n{PROSE}\n\n## Sources\n\n{LINKS}\n- [Share on Facebook](https://facebook.com/x)")
    findings = [[] for _ in blocks]
    for i in (4, 5, 6):
        findings[i] = [_f()]
    findings[7] = [_f("call_to_action", "call_to_action.share_links", 0.9)]
    state = _decide(blocks, findings)
    assert [v.keep for v in state.verdicts[3:]] == [True, True, True, True, False]
    assert 7 not in state.decision.protections


def test_dom_evidence_and_a_related_cue_win():
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n{PROSE}\n\n## Sources\n\n{LINKS}")
    findings = [[] for _ in blocks]
    for i in (4, 5, 6):
        findings[i] = [_f("related", "related.dom", 0.9, "dom")]
    state = _decide(blocks, findings)
    assert not any(state.verdicts[i].keep for i in (4, 5, 6)) and 4 not in state.decision.protections
    findings = [[] for _ in blocks]
    findings[3] = [_f("related", "related.heading", 0.95, "heading", opens=True)]
    for i in (4, 5, 6):
        findings[i] = [_f()]
    state = _decide(blocks, findings)
    assert state.decision.protections == {}


def test_a_bio_after_the_sources_ends_the_list():
    bio = "Jane Doe is a freelance writer who lives in Leeds. Read more of her work at https://janedoe.example.com."
    blocks = _blocks(f"# Hugo\n\n{PROSE}\n\n{PROSE}\n\n## Sources\n\n{LINKS}\n\n{bio}")
    findings = [[] for _ in blocks]
    findings[7] = [_f("author_bio", "author_bio.third_person/contact", 0.8)]
    state = _decide(blocks, findings)
    assert 7 not in state.decision.protections and not state.verdicts[7].keep
    assert all(state.verdicts[i].keep for i in (3, 4, 5, 6))


def test_the_rule_strength_separates_credit_lines_from_share_links():
    protection = RULES[REFERENCE_LIST].short
    assert RULES["source_credit.credit_line/address"].short < protection <= RULES["call_to_action.share_links"].short
    assert RULES["source_credit.lead_with_link"].short >= protection  # "Source: <url>": a repost credit


# --- end to end: the result and --explain say which protection kept a block ---------------------------------------
def test_near_misses_name_the_protection():
    document = f"# Setting up a static blog with Hugo\n\n{PROSE}\n\n{PROSE}\n\n## Kaynaklar\n\n{LINKS}\n"
    result = cleaner.clean(document, format="markdown")
    assert "Hugo forum" in result.text and not result.removed
    protected = [m for m in result.near_misses if m.reason == REFERENCE_LIST]
    assert len(protected) == 3 == len(result.near_misses)
    assert protected[0].to_dict()["reason"] == REFERENCE_LIST
    assert list(protected[0].to_dict()) == ["kind", "rule", "cue", "strength", "threshold", "reason", "text", "start",
                                            "end", "xpath"]  # (the schema of Parquet / Spark outputs: unchanged)
    assert "kept by a protection: body.reference_list" in explain(result, "doc.md")
    json.dumps(result.to_dict())
