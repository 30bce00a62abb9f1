"""Near misses: the blocks a detector fired on that the decision kept, with the strength and the threshold missed."""

from __future__ import annotations

import json
from pathlib import Path

import cleaner
from cleaner import cli
from cleaner.decision import PRESETS

HTML = Path(__file__).resolve().parent.parent / "fixtures" / "html"

# a title that names a cue, a paragraph that discusses disclosures (mid-article), a real author box at the end
ARTICLE = """Why Affiliate Links Matter

Regulators in the United States and Britain require publishers to disclose these relationships clearly and close \
to the links. A vague line hidden in the footer is not enough; a sentence such as 'we earn a commission if you buy \
through these links' near the top of the article is what most guidance expects.

The rest of the article goes on with plenty of prose about the topic, long enough to be the body of the article, \
and then a few more words about how readers weigh a recommendation.

About the Author

Jane Doe writes about gardens.
"""


def test_near_misses_are_kept_blocks_with_strength_and_threshold():
    result = cleaner.clean(ARTICLE)
    # the author box goes whole: its heading, and the bio line as the heading's section (a writing verb with no
    # contact is no finding strong enough alone, detectors/bios.py)
    assert {r.kind for r in result.removed} == {"author_bio"}
    assert "About the Author" not in result.text and "Jane Doe writes about gardens." not in result.text
    by_text = {miss.text.split()[0]: miss for miss in result.near_misses}
    assert set(by_text) == {"Why", "Regulators"}
    below = by_text["Regulators"]
    assert (below.kind, below.rule, below.reason) == ("affiliate", "affiliate.disclosure", "below_threshold")
    assert below.cue.startswith("we earn a commission")
    assert below.strength < below.threshold == PRESETS["balanced"].edge
    assert ARTICLE[below.start:below.end] == below.text
    title = by_text["Why"]  # the title: strong enough, kept by the title protection
    assert title.reason == "protected" and title.strength >= title.threshold
    for miss in result.near_misses:  # kept: in the clean text, and not in removed
        assert miss.text in result.text
        assert all(removal.start != miss.start for removal in result.removed)


def test_near_misses_in_to_dict_after_removed():
    data = cleaner.clean(ARTICLE).to_dict()
    keys = list(data)
    assert keys.index("near_misses") == keys.index("removed") + 1
    miss = data["near_misses"][0]
    assert list(miss) == ["kind", "rule", "cue", "strength", "threshold", "reason", "text", "start", "end", "xpath"]
    json.dumps(data)


def test_a_stricter_preset_turns_a_removal_into_a_near_miss():
    """What a preset would remove next: a removal of the balanced preset (0.6 at the edges) with a strength under
    the precision preset's edge threshold (0.75) is a near miss there, with that threshold."""
    text = ARTICLE[:ARTICLE.index("About the Author")] + (
        "> Get recipes like this every Friday: [sign up for our free newsletter](https://kitchen.example/news).\n")
    line = text[text.index("> Get"):].strip()
    balanced = cleaner.clean(text)
    precise = cleaner.Cleaner(preset="precision").clean(text)
    removal = next(r for r in balanced.removed if r.text == line)
    assert PRESETS["balanced"].edge <= removal.confidence < PRESETS["precision"].edge
    assert line not in {r.text for r in precise.removed}
    miss = next(m for m in precise.near_misses if m.text == line)
    assert (miss.kind, miss.rule, miss.reason) == (removal.kind, removal.rule, "below_threshold")
    assert miss.strength == removal.confidence and miss.threshold == PRESETS["precision"].edge


def test_seed_has_no_near_misses(seed_text):
    assert cleaner.clean(seed_text).near_misses == []


def test_html_near_misses_carry_an_xpath():
    result = cleaner.clean((HTML / "neg-en-newsletter-business.html").read_bytes(), format="html")
    assert result.removed == []
    assert result.near_misses
    for miss in result.near_misses:
        assert miss.start is None and miss.xpath and miss.xpath.startswith("/html/")
        assert miss.strength < miss.threshold


def test_explain_has_a_near_misses_section(tmp_path, capsys):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert cli.main(["clean", "--explain", "--color", "never", str(path)]) == 0
    err = capsys.readouterr().err
    assert "near misses: 2 blocks kept" in err
    assert "affiliate  affiliate.disclosure cue: we earn a commission [en]  strength 0.31 < threshold 0.60" in err
    assert ">= threshold 0.60, kept by a protection  chars 0-26" in err
