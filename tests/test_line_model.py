"""The learned line scorer at a page text's edges (detectors/line_model.py, data/line_model.json; linemodel30).

Off by default (``LINE_MODEL.enabled``); the tests below turn it on. Every text here is our own. Negative cases
first: what an article prints as short lines of its own stays."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

import cleaner
from cleaner import pipeline
from cleaner.datafiles import read_json
from cleaner.detectors import line_model as lm
from cleaner.readers.text import line_groups
from cleaner.rules import LINE_MODEL, RULES


@pytest.fixture
def on(monkeypatch):
    """The line model turned on, in the pipeline and in the detector, with the logistic scorer these tests were
    written for (its guards' "without the guard the model takes ..." halves; the trees: test_line_model_trees.py)."""
    enabled = replace(LINE_MODEL, enabled=True, scorer="logistic")
    monkeypatch.setattr(pipeline, "LINE_MODEL", enabled)
    monkeypatch.setattr(lm, "LINE_MODEL", enabled)
    return enabled


PROSE = [
    "The river trust planted four hundred willows along the lower bank this winter, hoping that their roots will "
    "hold the soil together when the spring floods come down from the hills again.",
    "Volunteers from the village school helped with the work on three Saturdays, and each class has been given a "
    "stretch of the bank to watch over and to measure through the coming year.",
    "The trust says the trees should slow the water enough for the meadows below the mill to stay dry in an "
    "ordinary year, though it warns that a very wet spring could still break through.",
    "A second planting is planned for next autumn on the far bank, where the farmer has agreed to leave a strip "
    "of his field to grow wild between the hedge and the water's edge.",
]
MENU = ["Valley Courier", "Home", "News", "Sport", "Farming", "Weather", "Jobs", "Events", "Contact",
        "Search this site"]
FOOTER = ["Most read", "About us", "Advertise", "Privacy", "Cookie settings", "Terms of use", "Site map",
          "Follow us", "© 2026 Valley Courier Ltd"]
TITLE = "Willows Planted to Hold the River Bank"


def _page(head: list[str], body: list[str], tail: list[str], joiner: str = "\n") -> str:
    return joiner.join([*head, *body, *tail]) + "\n"


def _removed_by_model(document: str) -> list[str]:
    result = cleaner.clean(document, format="text")
    return [r.text for r in result.removed if r.rule.startswith("line_model.")]


def _kept(document: str) -> str:
    return cleaner.clean(document, format="text").text


# --- the model file -------------------------------------------------------------------------------------------------

def test_the_model_file_matches_the_features():
    data = read_json("line_model.json")
    assert tuple(data["features"]) == lm.FEATURES
    assert len(data["weights"]) == len(data["mean"]) == len(data["scale"]) == len(lm.FEATURES)
    assert 0.5 <= data["threshold"] < 1.0
    assert set(data["trained_on"]["sets"]) == {"cleaneval", "scrapinghub", "readability"}  # never a held-out set
    assert all(round(w, 5) == w for w in data["weights"])


def test_the_rules_have_entries():
    assert RULES["line_model.head"].match == RULES["line_model.tail"].match == "structure"


def test_off_by_default():
    assert LINE_MODEL.enabled is False
    assert _removed_by_model(_page(MENU + [TITLE], PROSE, FOOTER)) == []


def test_the_score_is_deterministic_and_a_probability():
    lines = lm.PageLines(MENU + [TITLE] + PROSE + FOOTER)
    scores = [lm.probability(lines, i) for i in range(len(lines.texts))]
    again = lm.PageLines(MENU + [TITLE] + PROSE + FOOTER)
    assert scores == [lm.probability(again, i) for i in range(len(again.texts))]
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_the_prose_zone_is_the_densest_run():
    widths = [10, 10, 150, 160, 10, 170, 10, 10, 10, 10, 10, 10, 130]
    assert lm.prose_zone(widths) == (2, 5)
    assert lm.prose_zone([10, 20, 30]) is None


def test_a_short_page_is_not_scored():
    assert lm.edge_runs(["Home", "News", PROSE[0]]) == {}


def test_a_page_without_prose_loses_nothing():
    assert lm.edge_runs(MENU + FOOTER) == {}


# --- negative cases: an article's own short lines stay ---------------------------------------------------------------

NEGATIVES = {
    "poem": ["The Willow", "Down by the water the willow bends low,", "Her long hair trailing where cold rivers go;",
             "She holds the bank when the spring floods rise,", "And sleeps through the winter under grey skies."],
    "recipe": ["Ingredients", "2 cups of flour", "1 egg", "200 ml milk", "a pinch of salt", "Method",
               "1. Whisk the egg and the milk.", "2. Fold in the flour and the salt.", "3. Rest for an hour."],
    "table": ["Year Trees Volunteers", "2024 120 18", "2025 400 42", "2026 650 57"],
    "names": ["The volunteers who planted this year", "Anna Brook", "Tomas Reed", "Lea Marsh", "Owen Field",
              "Ruth Hollow", "Ben Weir"],
    "dialogue": ["'Will they hold?' asked the farmer.", "'In time,' said the warden.", "'And if it rains?'",
                 "'Then we plant again.'"],
    "diary": ["3 March 2026", "Planted the first row by the mill.", "10 March 2026", "Rain all day; no work.",
              "17 March 2026", "Finished the lower bank."],
    "numbered": ["What you can do:", "1. Join a Saturday planting", "2. Adopt a stretch of the bank",
                 "3. Report fallen trees", "4. Tell a neighbour"],
    "caption": ["Pupils planting willows by the mill. Photo: Valley Courier"],
    "last_paragraph": ["The trust will report on the willows next spring."],
}


@pytest.mark.parametrize("name", sorted(NEGATIVES))
def test_an_articles_own_lines_at_the_end_stay(on, name):
    document = _page([TITLE], PROSE, NEGATIVES[name])
    kept = _kept(document)
    for line in NEGATIVES[name]:
        assert line in kept, (name, line)


@pytest.mark.parametrize("name", ["poem", "table", "caption", "diary"])
def test_an_articles_own_lines_in_the_middle_stay(on, name):
    document = _page([TITLE], PROSE[:2] + NEGATIVES[name] + PROSE[2:], [])
    kept = _kept(document)
    for line in NEGATIVES[name]:
        assert line in kept, (name, line)


def test_the_title_and_a_byline_stay(on):
    document = _page(MENU + [TITLE, "By Mara Jones"], PROSE, FOOTER)
    kept = _kept(document)
    assert TITLE in kept and PROSE[0] in kept


def test_markdown_is_never_scored(on):
    document = _page(MENU + ["# " + TITLE], PROSE, FOOTER)
    result = cleaner.clean(document, format="markdown")
    assert not any(r.rule.startswith("line_model.") for r in result.removed)


def test_html_is_never_scored(on):
    body = "".join(f"<p>{line}</p>" for line in MENU + [TITLE] + PROSE + FOOTER)
    result = cleaner.clean(f"<html><body>{body}</body></html>", format="html")
    assert not any(r.rule.startswith("line_model.") for r in result.removed)


# --- positive cases: a page's chrome at its edges -----------------------------------------------------------------------

def test_a_wet_pages_menu_and_footer_go(on):
    document = _page(MENU + [TITLE], PROSE, FOOTER)
    result = cleaner.clean(document, format="text")
    removed = [r for r in result.removed if r.rule.startswith("line_model.")]
    assert removed, [r.rule for r in result.removed]
    assert {r.kind for r in removed} == {"navigation"}
    for line in PROSE:
        assert line in result.text
    assert TITLE in result.text
    gone = "\n".join(r.text for r in result.removed)
    assert "Cookie settings" in gone and "Terms of use" in gone
    for removal in removed:
        assert removal.cue.startswith("the line model (")


def test_the_line_cut_makes_each_run_one_unit(on):
    texts = MENU + [TITLE] + PROSE + FOOTER
    modelled: list = []
    groups = line_groups(texts, scored=lm.edge_runs, modelled=modelled)
    assert groups is not None
    runs = [(a, b) for (a, b), mark in zip(groups, modelled) if mark is not None]
    assert runs and all(b - a >= 1 for a, b in runs)
    assert len(groups) < len(texts)  # a run is one unit, not a unit a line
    first_prose = texts.index(PROSE[0])
    assert all(not (a <= first_prose < b) for a, b in runs)


def test_a_page_whose_lines_are_blocks(on):
    document = _page(MENU + [TITLE], PROSE, FOOTER, joiner="\n\n")
    result = cleaner.clean(document, format="text")
    removed = [r for r in result.removed if r.rule.startswith("line_model.")]
    assert removed
    for line in PROSE:
        assert line in result.text


def test_a_lead_lines_items_leave_the_tail_whole(on):
    tail = ["Organisations that took part:", "River Trust", "Mill School", "Valley Farmers", "Parish Council",
            "Privacy", "Terms of use"]
    taken = lm.edge_runs([TITLE] + PROSE + tail)
    assert not any(mark[0] == "tail" for mark in taken.values())


def test_the_model_json_is_valid_json():
    from cleaner.datafiles import data_path

    json.loads(data_path("line_model.json").read_text(encoding="utf-8"))


def test_a_list_of_names_above_a_footer_stays(on):
    # (linemodel30's known limit, fixed by linemodel31b's ``list_guard``): the names stay, the footer's labels of
    # another shape under them still go
    document = _page([TITLE], PROSE, NEGATIVES["names"][1:] + FOOTER)
    kept = _kept(document)
    for line in NEGATIVES["names"][1:]:
        assert line in kept
    removed = "\n".join(_removed_by_model(document))
    assert "About us" in removed and "Terms of use" in removed


# --- linemodel30b: an article's rows, its date and its two-line title ----------------------------------------------

def test_content_terms_in_any_script():
    assert lm.content_terms("The willows and the river bank") == {"willows", "river", "bank"}
    assert lm.content_terms("柳树种植") == {"柳树", "树种", "种植"}
    assert lm.content_terms("Home | 2026") == {"home"}


def test_a_row_that_speaks_the_articles_words_ends_the_run(on):
    rows = ["Willows planted: 400", "Volunteers on the bank: 57", "Meadows below the mill kept dry: 3"]
    texts = [TITLE] + PROSE + rows + FOOTER
    lines = lm.PageLines(texts)
    assert lines.shares_prose(texts.index(rows[1]))
    assert not lines.shares_prose(texts.index("Cookie settings"))
    taken = lm.edge_runs(texts)
    assert not any(texts.index(row) in taken for row in rows)


def test_an_articles_rows_above_a_footer_stay(on):
    rows = ["Willows planted: 400", "Volunteers on the bank: 57", "Meadows below the mill kept dry: 3"]
    kept = _kept(_page([TITLE], PROSE, rows + FOOTER))
    for row in rows:
        assert row in kept


def test_a_date_and_a_two_line_title_under_a_menu_stay(on):
    head = MENU + ["River Trust Winter Report:", "Willows on the Lower Bank", "Friday, 6 March 2026"]
    taken = lm.edge_runs(head + PROSE + FOOTER)
    for line in head[-3:]:
        assert head.index(line) not in taken


def test_a_sentence_in_the_tail_needs_the_near_threshold(on):
    texts = [TITLE] + PROSE + ["The next planting is on the first Saturday of May.", "Privacy", "Terms of use"]
    taken = lm.edge_runs(texts)
    assert len(texts) - 3 not in taken or taken[len(texts) - 3][1] >= LINE_MODEL.near_threshold


def test_the_new_features_are_shares():
    texts = [TITLE] + PROSE + ["Willows planted: 400", "Volunteers on site: 57", "Privacy"]
    lines = lm.PageLines(texts)
    for i in range(len(texts)):
        assert 0.0 <= lines.overlap(i) <= 1.0 and 0.0 <= lines.regularity(i) <= 1.0
    assert lines.regularity(len(texts) - 3) > 0


def _negative_text_cases():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "fixtures" / "cases"
    for path in sorted(root.glob("negative.*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data if isinstance(data, list) else data.get("cases", []):
            if case.get("format") == "text" and case.get("must_keep"):
                yield case


def test_the_negative_text_cases_keep_their_lines_with_the_model_on(on):
    lost = []
    for case in _negative_text_cases():
        kept = _kept(case["document"])
        lost += [(case["id"], line) for line in case["must_keep"] if line not in kept
                 and any(line in r for r in _removed_by_model(case["document"]))]
    assert not lost, lost[:10]


# --- linemodel30c: an outline, a programme's rows, a numbered heading, a letter index; a lead's list --------------

def _guarded(texts: list[str], guard: bool, **kwargs) -> list[str]:
    """The lines ``edge_runs`` takes with the outline guard on or off (the model on; off, linemodel31's group guard
    is off too: a numbered outline is also one list)."""
    saved = lm.LINE_MODEL
    lm.LINE_MODEL = replace(saved, enabled=True, outline_guard=guard, group_guard=guard and saved.group_guard)
    try:
        return [texts[i] for i in sorted(lm.edge_runs(texts, **kwargs))]
    finally:
        lm.LINE_MODEL = saved


OUTLINE = ["Contents", "1. Why willows", "2. The planting days", "3. What the school measures", "4. Next autumn"]


@pytest.mark.parametrize("line", ["1. Why willows", "5. References", "1.2 Scope", "3) Third step", "IV. Results",
                                  "一、缘起", "（2） 来宾致辞", "(3c) Room 204", "9:30-11:00 Lower bank"])
def test_numbered_lines_in_any_script(line):
    assert lm._numbered(line)


@pytest.mark.parametrize("line", ["Home", "12.05.2026", "2026 Awards", "10 best walks", "Page 1 of 3", "1 2 3 Next",
                                  "Privacy", "© 2026 Valley Courier Ltd", ""])
def test_a_footers_lines_are_not_numbered(line):
    assert not lm._numbered(line)


@pytest.mark.parametrize("line, letter", [("- X -", True), ("[B]", True), ("#", True), ("— Ж —", True),
                                          ("(empty)", False), ("Ab", False), ("- 7 -", False), ("·", False),
                                          ("日", False)])
def test_a_letter_index_letter(line, letter):
    assert lm._index_letter(line) is letter


def test_an_outline_at_the_head_stays_and_the_menu_above_it_goes(on):
    texts = MENU + OUTLINE + [TITLE] + PROSE + FOOTER
    assert "1. Why willows" in _guarded(texts, False)  # without the guard the model takes the outline
    taken = _guarded(texts, True)
    assert not set(OUTLINE) & set(taken)
    assert "Home" in taken and "Weather" in taken and "Cookie settings" in taken


def test_a_cjk_outline_at_the_head_stays(on):
    outline = ["目录", "一、缘起", "二、种植", "三、测量", "四、来年"]
    texts = outline + [TITLE] + PROSE + FOOTER
    assert "一、缘起" in _guarded(texts, False)
    taken = _guarded(texts, True)
    assert not set(outline) & set(taken) and "Privacy" in taken


def test_a_programmes_heading_and_rows_stay(on):
    rows = ["Planting day programme", "9:00-9:30 Tea at the mill", "9:30-11:00 Lower bank, first row",
            "11:00-12:30 Lower bank, second row", "12:30-13:30 Lunch in the barn"]
    taken = _guarded(rows + [TITLE] + PROSE + FOOTER, True)
    assert not set(rows) & set(taken) and "Privacy" in taken


def test_a_numbered_reference_list_in_the_tail_stays(on):
    refs = ["References", "1. Hill, A. Willows and floods", "2. Stone, B. Bank repair"]
    texts = [TITLE] + PROSE + refs + FOOTER
    assert "2. Stone, B. Bank repair" in _guarded(texts, False)
    taken = _guarded(texts, True)
    assert not set(refs) & set(taken) and "Cookie settings" in taken


def test_a_letter_index_in_the_tail_leaves_the_tail_whole(on):
    index = ["- A -", "(none)", "- B -", "(none)", "- C -", "(none)"]
    texts = [TITLE] + PROSE + index
    assert "- C -" in _guarded(texts, False)
    assert _guarded(texts, True) == []


def test_a_leads_list_has_no_heads_run(on, first_stage):
    items = ["Plant before the frost", "Water the cuttings twice", "Mark each row with a stake",
             "Keep the sheep out", "Measure the growth in June", "Write down what died",
             "Share the notes with the trust"]
    texts = items + PROSE[:1]
    assert _guarded(texts, True)  # alone, the items look like a menu's labels
    assert _guarded(texts, True, lead=True) == []
    assert _guarded(texts, False, lead=True)  # the guard's switch


def test_a_paragraph_under_a_lead_keeps_its_list_in_the_pipeline(on):
    items = ["Plant before the frost", "Water the cuttings twice", "Mark each row with a stake",
             "Keep the sheep out", "Measure the growth in June", "Write down what died",
             "Share the notes with the trust"]
    document = "\n\n".join([TITLE, PROSE[0], "Here are the seven rules the trust gives its volunteers:",
                            "\n".join(items + [PROSE[1]]), PROSE[2], PROSE[3]]) + "\n"
    kept = _kept(document)
    for item in items:
        assert item in kept


def test_a_close_button_alone_is_no_letter_index():
    texts = ["X", "Home", "News", "Sport"]
    assert lm._index_letter("X") and not lm._letter_index(texts, 0)
    assert lm._letter_index(["- A -", "(none)", "- B -"], 2)


# --- linemodel31: a run never cuts a sentence, a list, a table or a block of code -------------------------------------

def _grouped(texts: list[str], guard: bool) -> list[str]:
    """The lines ``edge_runs`` takes with the group guard on or off (the model on)."""
    saved = lm.LINE_MODEL
    lm.LINE_MODEL = replace(saved, enabled=True, group_guard=guard)
    try:
        return [texts[i] for i in sorted(lm.edge_runs(texts))]
    finally:
        lm.LINE_MODEL = saved


@pytest.fixture
def first_stage(monkeypatch):
    """The model file's first stage alone (no ``stage2``): a guard's case shown against a scorer that takes its
    lines (the second stage, with the neighbours' scores, takes fewer of them: the guard still holds them)."""
    one = {key: value for key, value in lm.model().items() if key != "stage2"}
    monkeypatch.setattr(lm, "model", lambda: one)
    lm._folded.cache_clear()
    lm._folded_stack.cache_clear()
    yield one
    lm._folded.cache_clear()
    lm._folded_stack.cache_clear()


LEAD = ("is a tree that grows fast near water, and the trust chose it for the lower bank because its roots spread "
        "wide and hold the soil together in the spring floods.")


@pytest.mark.parametrize("opening", [["A", "Willow"], ["The", "Willow Trust"]])
def test_a_sentence_broken_by_a_link_keeps_its_first_word(on, first_stage, opening):
    texts = MENU + ["Previous", "Next", *opening, LEAD] + PROSE + FOOTER
    assert opening[0] in _grouped(texts, False)  # without the guard the run takes the sentence's first word
    taken = _grouped(texts, True)
    assert opening[0] not in taken and "Previous" in taken and "Home" in taken


def test_the_second_stage_keeps_a_sentences_first_word_too(on):
    texts = MENU + ["Previous", "Next", "A", "Willow", LEAD] + PROSE + FOOTER
    taken = _grouped(texts, True)
    assert "A" not in taken and "Willow" not in taken and "Home" in taken


def test_a_username_over_its_posts_verb_stays(on):
    texts = MENU + ["river_watcher_77", "shares a note from the trust", ":"] + PROSE + FOOTER
    assert "river_watcher_77" in _grouped(texts, False)
    taken = _grouped(texts, True)
    assert "river_watcher_77" not in taken and "Home" in taken


def test_a_reference_lines_end_in_the_tail_stays(on, first_stage, monkeypatch):
    tail = ["Further notes", "How willows hold a bank", "on the trust's own pages (2024)", "Previous", "Next",
            "Privacy", "Terms of use", "© 2026 Valley Courier Ltd"]
    texts = [TITLE] + PROSE + tail
    monkeypatch.setattr(lm, "LINE_MODEL", replace(lm.LINE_MODEL, tail_sentence_words=0))  # it ends with ")"
    assert "on the trust's own pages (2024)" in _grouped(texts, False)
    taken = _grouped(texts, True)
    assert "on the trust's own pages (2024)" not in taken and "Privacy" in taken


def test_a_tables_rows_stay_together(on):
    rows = ["Species | Crack willow", "Rows | Four", "Cuttings | 400", "Spacing | 1.5 m", "Bank | Lower",
            "Planted | January", "Watered | Weekly"]
    texts = MENU + rows + [TITLE] + PROSE + FOOTER
    assert "Rows | Four" in _grouped(texts, False)  # the model takes the first rows and leaves the others
    taken = _grouped(texts, True)
    assert not set(rows) & set(taken) and "Search this site" in taken


def test_a_lists_items_stay_together(on):
    items = ["- Fast growing", "- Deep roots", "- Cheap cuttings", "- Likes wet soil"]
    texts = MENU + items + [TITLE] + PROSE + FOOTER
    assert "- Deep roots" in _grouped(texts, False)
    taken = _grouped(texts, True)
    assert not set(items) & set(taken) and "Search this site" in taken


def test_an_indented_line_of_code_ends_the_run(on):
    code = ["  <ul>", "    <li>Lower bank</li>", "    <li>Upper bank</li>", "  </ul>", "body {"]
    texts = MENU + code + PROSE + FOOTER
    assert "  <ul>" in _grouped(texts, False)
    taken = _grouped(texts, True)
    assert not set(code) & set(taken) and "Search this site" in taken


def test_joined_lines():
    assert lm._joined("We went down to", "the river")  # a function word at the end
    assert lm._joined("river_watcher_77", "shares a note")  # the next line goes on in lower case
    assert not lm._joined("The trust planted willows.", "then it rained")  # a sentence ended
    assert lm._joined("- Deep roots", "- Cheap cuttings") and not lm._joined("- Deep roots", "* Cheap cuttings")
    assert lm._joined("Rows | Four", "Bank | Lower") and not lm._joined("Home | News | Sport", "Rows | Four")
    assert lm._joined("  a = 1", "  b = 2") and not lm._joined("Home", "News")
    assert not lm._joined("Home", "") and not lm._joined("Privacy", "Terms of use")


def test_a_page_whose_lines_are_blocks_keeps_a_lists_items_together(on):
    items = ["- Fast growing", "- Deep roots", "- Cheap cuttings"]
    document = "\n\n".join(MENU + ["\n".join(items)] + [TITLE] + PROSE + FOOTER) + "\n"
    kept = _kept(document)
    for item in items:
        assert item[2:] in kept


def test_the_second_stage_matches_its_features():
    data = read_json("line_model.json")
    stage2 = data["stage2"]
    assert tuple(stage2["features"]) == lm.FEATURES + lm.STACK
    assert len(stage2["weights"]) == len(stage2["mean"]) == len(stage2["scale"]) == len(lm.FEATURES + lm.STACK)


def test_the_second_stage_reads_its_neighbours_scores():
    lines = lm.PageLines(MENU + [TITLE] + PROSE + FOOTER)
    row = lines.stacked(2)
    assert len(row) == len(lm.FEATURES + lm.STACK)
    assert row[len(lm.FEATURES):] == [lines.first_stage(k) for k in (0, 1, 3, 4)]
    assert all(abs(z) <= lm._Z_CLIP for z in row[len(lm.FEATURES):])


def test_a_specifications_rows_are_joined_and_a_link_broken_sentence_too():
    assert lm._joined("Use: Walking", "Frame: Internal")  # two rows of one specification
    assert lm._joined("Remastersys", ".") and lm._joined("the mill", ", then")  # punctuation opens the line
    assert not lm._joined("The trust planted willows.", ". . .")


def test_a_short_word_over_a_link_broken_sentence_stays(on, first_stage):
    texts = MENU + ["Try", "Willowmap", ".", PROSE[0]] + PROSE[1:] + FOOTER
    taken = _grouped(texts, True)
    assert "Try" not in taken and "Willowmap" not in taken and "Home" in taken


def test_a_value_repeated_inside_the_tail_is_no_anchor(on):
    log = ["Planting", "Done", "Watering", "Done", "Fencing", "Skipped", "Counting", "Skipped"]
    texts = [TITLE] + PROSE + log
    taken = lm.edge_runs(texts)
    assert not any(mark[0] == "tail" for mark in taken.values())  # "Skipped" twice, only inside the run


def test_a_sentence_needs_its_own_score(on):
    texts = MENU + [TITLE] + PROSE + FOOTER
    lines = lm.PageLines(texts)
    saved = lm.LINE_MODEL
    try:
        lm.LINE_MODEL = replace(saved, enabled=True, own_evidence=True)
        with_own = lm.edge_runs(texts)
        lm.LINE_MODEL = replace(saved, enabled=True, own_evidence=False)
        without = lm.edge_runs(texts)
    finally:
        lm.LINE_MODEL = saved
    assert set(with_own) <= set(without)
    assert 0.0 < lm._stage_one_p(lines, 0) < 1.0


def test_a_list_under_its_lead_in_the_tail_stays_on_a_page_of_blocks(on):
    tail = ["Sections without text here", "What the school measured", "- The height of each willow", "Privacy",
            "Terms of use", "© 2026 Valley Courier Ltd"]
    document = "\n\n".join([TITLE] + PROSE + tail) + "\n"
    kept = _kept(document)
    assert "The height of each willow" in kept and "Sections without text here" in kept


def test_a_reply_of_one_sentence_in_the_tail_stays(on):
    tail = ["willow_fan", "Has anyone measured how fast the new willows grow?", "Koz", "Privacy", "Terms of use",
            "© 2026 Valley Courier Ltd"]
    texts = [TITLE] + PROSE + tail
    taken = [texts[i] for i in lm.edge_runs(texts)]
    assert "Has anyone measured how fast the new willows grow?" not in taken and "willow_fan" not in taken
    assert "Privacy" in taken


@pytest.mark.parametrize("line, field", [("Doc. 10453", True), ("Notice Number: RT2026001", True),
                                         ("编 号：000123/2026-00045", True), ("Item#: W2026X889", True),
                                         ("Home", False), ("Tel: 0800 123 456", False), ("Page 1", False),
                                         ("Version 2.0", False)])
def test_an_index_field(line, field):
    assert lm._index_field(line) is field


def test_an_index_field_at_the_head_ends_the_run(on):
    texts = MENU + ["Notice Number: RT2026001", "Planting notice of the river trust"] + PROSE + FOOTER
    saved = lm.LINE_MODEL
    try:
        lm.LINE_MODEL = replace(saved, enabled=True, index_guard=True)
        taken = [texts[i] for i in lm.edge_runs(texts)]
    finally:
        lm.LINE_MODEL = saved
    assert "Notice Number: RT2026001" not in taken and "Privacy" in taken


# --- linemodel31b: the title's unit, an article's closing list, a greeting's unit -----------------------------------

DATE_HEAD = [*MENU, TITLE, "12 March 2026", "4 min read"]


def test_the_head_run_hands_over_the_title_line():
    texts = DATE_HEAD + PROSE + FOOTER
    title: list[int] = []
    lm.edge_runs(texts, title=title)
    assert title == [texts.index(TITLE)]
    titled: list[bool] = []
    groups = line_groups(texts, scored=lm.edge_runs, titled=titled)
    assert groups is not None and len(titled) == len(groups)
    assert [texts[a] for (a, _), flag in zip(groups, titled) if flag] == [TITLE]


def test_a_title_between_a_menu_and_a_date_line_stays(on):
    # the line cut makes each line between the head's run and the article a unit: the title's unit sits between a
    # removed menu label and a removed date line, and is the article's (Block.line_title), whatever its wording
    for title in (TITLE, "Neue Weiden sollen das Ufer halten", "Des saules pour tenir la berge"):
        kept = _kept(_page([*MENU, title, "12 March 2026", "4 min read"], PROSE, FOOTER))
        assert title in kept and PROSE[0] in kept


def test_the_title_flag_keeps_the_menu_going(on):
    # negative: only the title's line is flagged; the menu above it still goes
    document = _page(DATE_HEAD, PROSE, FOOTER)
    result = cleaner.clean(document, format="text")
    for line in ("Home", "News", "Weather"):
        assert line not in result.text
    assert not any(TITLE in r.text for r in result.removed)


@pytest.mark.parametrize("items", [
    ["Name", "Class", "Date", "Willows", "Alders", "Hazels", "Total"],  # a worksheet's labels
    ["Prices per tree", "Willow", "4 GBP", "Alder", "6 GBP", "Hazel", "3 GBP"],  # label and value pairs
    ["Anna Brook", "Tomas Reed", "Lea Marsh", "Owen Field"],  # names
])
def test_a_closing_list_above_an_anchored_footer_stays(on, items):
    document = _page([*MENU, TITLE], PROSE, items + FOOTER)
    kept = _kept(document)
    for line in items:
        assert line in kept
    assert "Cookie settings" in "\n".join(_removed_by_model(document))


def test_a_closing_list_is_like_items_right_under_the_prose():
    texts = [TITLE] + PROSE
    last = len(texts) - 1
    lines = lm.PageLines(texts + ["Name", "Class", "Date", "Share this page", "Privacy policy"])
    assert lm._closing_list(lines, last) == {last + 1, last + 2, last + 3}  # ("Share this page": another shape)
    # negative: a menu printed at the head too is the site's; two labels are no list; pairs need a label and a value
    menu = lm.PageLines(["Home", "News", "Sport", TITLE] + PROSE + ["Home", "News", "Sport", "© 2026 Valley"])
    assert lm._closing_list(menu, 3 + len(PROSE)) == set()
    assert lm._closing_list(lm.PageLines(texts + ["Name", "Class", "Share this page"]), last) == set()
    pairs = lm.PageLines(texts + ["Willow", "4 GBP", "Alder", "6 GBP", "Follow us"])
    assert lm._closing_list(pairs, last) == {last + 1, last + 2, last + 3, last + 4}


def test_a_footer_menu_printed_at_the_head_too_still_goes(on):
    # negative: like items right under the article that the head prints too are the site's menu
    document = _page([*MENU, TITLE], PROSE, ["Home", "News", "Sport", "Farming", "Weather"] + FOOTER)
    removed = "\n".join(_removed_by_model(document))
    assert "Farming" in removed and "Cookie settings" in removed


def test_a_greeting_made_a_unit_names_no_reporter(on):
    # "记者节快乐" (happy Journalists' Day) alone on a line under the title: the label glued to characters that open
    # with no surname is no reporter's credit (textbylines.cjk_label_name); a reporter's credit still is one
    from cleaner.textbylines import cjk_label_name

    assert not cjk_label_name("记者节快乐", 2)
    assert cjk_label_name("本报记者王小明", 4) and cjk_label_name("记者 王小明", 3)
    body = ["港务局周一宣布，由于潜水员在水线以下发现多根木桩已经腐烂，旧码头将在春季关闭进行维修，工程预计持续四个月左右。",
            "平时停靠在那里的渔船将暂时迁往北码头，前往岛上的渡轮在施工期间仍按原有时刻表运行，港务局表示将尽量减少对居民出行的影响。"]
    head = MENU + ["旧码头春季关闭维修"]
    assert cleaner.clean(_page(head + ["记者节快乐", "2024-03-12"], body, FOOTER), format="text").author is None
    assert cleaner.clean(_page(head + ["本报记者王小明", "2024-03-12"], body, FOOTER), format="text").author == "王小明"
