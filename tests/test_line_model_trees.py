"""The line model's tree scorer (detectors/line_model.py ``tree_logit``, data/line_model_trees.json; tree39).

Off by default with the whole line model (``LINE_MODEL.enabled``); the tests below turn it on with the trees. Every
text here is our own. Negative cases first: an article's own short lines at its edges stay."""

from __future__ import annotations

from dataclasses import replace

import pytest

import cleaner
from cleaner import pipeline
from cleaner.datafiles import read_json
from cleaner.detectors import line_model as lm
from cleaner.rules import LINE_MODEL

from test_line_model import FOOTER, MENU, PROSE, TITLE


@pytest.fixture
def trees(monkeypatch):
    """The line model turned on with the tree scorer, in the pipeline and in the detector."""
    enabled = replace(LINE_MODEL, enabled=True, scorer="trees")
    monkeypatch.setattr(pipeline, "LINE_MODEL", enabled)
    monkeypatch.setattr(lm, "LINE_MODEL", enabled)
    return enabled


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def _removed(document: str) -> list[str]:
    result = cleaner.clean(document, format="text")
    return [r.text for r in result.removed if r.rule.startswith("line_model.")]


def _kept(document: str) -> str:
    return cleaner.clean(document, format="text").text


# --- the model file -------------------------------------------------------------------------------------------------

def test_the_trees_file_matches_the_features_and_the_tuned_sets():
    data = read_json("line_model_trees.json")
    assert tuple(data["features"]) == lm.FEATURES
    assert set(data["trained_on"]["sets"]) == {"cleaneval", "scrapinghub", "readability"}  # never a held-out set
    assert 0.5 <= data["threshold"] <= data["near_threshold"] < 1.0
    for feature, split, left, right, value in data["trees"]:
        assert len(feature) == len(split) == len(left) == len(right) == len(value)
        for k, f in enumerate(feature):
            assert -1 <= f < len(lm.FEATURES)
            if f >= 0:
                assert k < left[k] < len(feature) and k < right[k] < len(feature)


def test_the_scorer_is_the_trees_and_off_by_default():
    assert LINE_MODEL.scorer == "trees" and LINE_MODEL.enabled is False
    assert _removed(_page(MENU, [TITLE], PROSE, FOOTER)) == []


def test_the_trees_score_is_deterministic_and_a_probability(trees):
    texts = MENU + [TITLE] + PROSE + FOOTER
    lines = lm.PageLines(texts)
    scores = [lm.probability(lines, i) for i in range(len(texts))]
    assert scores == [lm.probability(lm.PageLines(texts), i) for i in range(len(texts))]
    assert all(0.0 < p < 1.0 for p in scores)
    assert lm.tree_logit(lines.features(0)) == lm.tree_logit(list(lines.features(0)))
    assert lm.cue(lines, 1)  # the features on the line's path that raised its score


# --- negative cases: the article's own lines stay --------------------------------------------------------------------

POEM = ["The willows lean", "and drink the grey", "the river keeps", "what floods repay"]
RECIPE = ["Soak the oats overnight", "Warm the milk gently", "Stir in the honey", "Serve with sliced pears"]
NAMES = ["Anna Brook", "Tom Hale", "Mira Stone", "Jonas Field", "Edith Marsh"]
TABLE = ["Week 1 | 12 cm", "Week 2 | 19 cm", "Week 3 | 25 cm", "Week 4 | 31 cm"]
SIGN_OFF = ["With thanks to every volunteer,", "Ruth Alder", "Chair of the river trust", "12 March 2026"]


@pytest.mark.parametrize("closing", [POEM, RECIPE, NAMES, TABLE, SIGN_OFF],
                         ids=["poem", "recipe", "names", "table", "sign-off"])
def test_an_articles_short_closing_lines_stay(trees, closing):
    kept = _kept(_page([TITLE], PROSE, closing))
    for line in closing:
        assert line in kept


@pytest.mark.parametrize("closing", [POEM, NAMES, TABLE], ids=["poem", "names", "table"])
def test_an_articles_short_closing_lines_stay_above_a_footer(trees, closing):
    document = _page(MENU, [TITLE], PROSE, closing, FOOTER)
    kept = _kept(document)
    for line in closing:
        assert line in kept


def test_a_dateline_and_a_one_line_lead_stay(trees):
    head = ["RIVERTON, March 12 (Valley Courier) -", "Willows went in along the lower bank on Saturday."]
    kept = _kept(_page(MENU, [TITLE], head, PROSE, FOOTER))
    assert TITLE in kept
    for line in head:
        assert line in kept


def test_a_list_of_links_that_is_the_article_stays(trees):
    links = ["Lower bank planting plan (PDF)", "Volunteer rota for the spring", "Map of the new willow beds",
             "Flood levels since 1990", "Contact the river warden", "Minutes of the March meeting"]
    lead = ["The trust keeps its papers on the planting here, for anyone who wants to follow the work from the "
            "first cutting to the last count of the year, and welcomes questions about any of them."]
    kept = _kept(_page(MENU, [TITLE], lead, PROSE[:2], links))
    for line in links:
        assert line in kept


def test_a_threads_full_sentence_comments_stay(trees):
    comments = ["Marta K.", "We planted the same willows on our stretch and they held through two floods.",
                "Owen", "Does anyone know whether the cuttings need watering in a dry April?",
                "Ruth Alder", "Yes, twice a week until the leaves are out, then they look after themselves."]
    kept = _kept(_page([TITLE], PROSE, comments))
    for line in comments[1::2]:
        assert line in kept


def test_a_value_repeated_only_inside_the_tail_is_no_anchor(trees):
    log = ["Planting", "Done", "Watering", "Done", "Fencing", "Skipped", "Counting", "Skipped"]
    assert not any(mark[0] == "tail" for mark in lm.edge_runs([TITLE] + PROSE + log).values())


# --- positive cases: a site's menu and footer go -----------------------------------------------------------------

def test_a_sites_menu_and_footer_go(trees):
    document = _page(MENU, [TITLE], PROSE, FOOTER)
    assert "Cookie settings" in "\n".join(_removed(document))  # the footer's labels: the trees' (the menu's go
    kept = _kept(document)  # under edge_chrome's rules first)
    assert "Search this site" not in kept and "Cookie settings" not in kept
    assert TITLE in kept and all(line in kept for line in PROSE)
