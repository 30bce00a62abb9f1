"""Site-level learning (cleaner.sites): the profile, its determinism, and cleaning with it."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.sites import (NORMALISER_VERSION, SiteProfile, UnitCounter, count_units, learn_site, merge_counts,
                           normalise, page_units, to_signed, to_unsigned, unit_hash)

from _site_pages import AUTHOR, FOLLOW, FOOTER, MENU, NEWSLETTER, all_template_page, recipe_page, site_pages

SRC = str(Path(__file__).resolve().parents[1] / "src")


# -- the unit key -----------------------------------------------------------------------------------------------------
def test_normalise_folds_case_digits_punctuation():
    assert normalise("  © 2024 Jane's KITCHEN — All rights reserved. ") == "0000 jane s kitchen all rights reserved"
    assert normalise("Ｆｕｌｌ width １２") == "full width 00"  # NFKC first
    assert normalise("--- * ---") == ""
    assert unit_hash("|||") is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fast_normalise_is_the_definition(line):
    from cleaner.sites.normalise import hash_normalised, normalise_reference
    reference = normalise_reference(line)
    assert normalise(line) == reference
    assert unit_hash(line) == (hash_normalised(reference) if reference else None)


@pytest.mark.parametrize("line", ["a\x85b", "a\u2028b\u2029c", "x\u3000y", "١٢٣ €5 “quoted” — ok", "Ｆｕｌｌ１２",
                                  "\x1cz\x1f", "ﬁne ßtraße", "emoji 😀 here", "\u200bzero\u200dwidth"])
def test_fast_normalise_non_ascii_examples(line):
    test_fast_normalise_is_the_definition.hypothesis.inner_test(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x80, max_codepoint=0x3100) | st.sampled_from(" a0.!"),
               max_size=60))
def test_fast_normalise_mostly_non_ascii(line):
    test_fast_normalise_is_the_definition.hypothesis.inner_test(line)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_fast_normalise_ascii(line):
    test_fast_normalise_is_the_definition.hypothesis.inner_test(line)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["", " ", "\t", "Share this", "SHARE  this!", "Posted 12 May", "Café ©", "\u00a0",
                                 "\x1c", "a\r", "ﬁne", "١٢"]), max_size=12))
def test_document_line_units_is_unit_hash_of_each_line(pieces):
    from cleaner.sites.normalise import clear_line_cache, document_line_units
    document = "\n".join(pieces)
    expected = [unit_hash(p) if p and not p.isspace() else None for p in document.split("\n")]
    assert document_line_units(document) == expected  # the cache may hold lines of an earlier example
    clear_line_cache()
    assert document_line_units(document) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "  ", "\t\t", "Share   this", "ÉTÉ  Café", "ﬁne ßtraße ẞ", "١٢ ½ ①", "Ω ω ᾈ",
                                 "\u00a0\u2003x\u3000", "a\u2028b\x85c", "\x1c\x1f\x0b\x0c\r", "中文，标点。",
                                 "e\u0301", "\ufe0f", "K İ ǅ", "\u200bz"]), max_size=12))
def test_document_line_units_whole_or_by_line(pieces):
    # a page normalised whole (its non-ASCII characters context-free) or a line at a time (one may combine: "e\u0301")
    # gives each line's ``unit_hash``
    import importlib

    N = importlib.import_module("cleaner.sites.normalise")
    document = "\n".join(pieces)
    expected = [unit_hash(p) for p in document.split("\n")]
    assert N.document_line_units(document) == expected
    assert N._line_units(document) == expected
    normals: list[bytes] = []
    assert N.document_line_units(document, None, normals) == expected
    if normals:  # (normalised whole: each line's normal form, the site pass's prose reads them)
        assert normals == [N.normalise(p).encode("utf-8", "surrogatepass") for p in document.split("\n")]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Share this", "We baked bread all morning, then we ate it.", "- an item, a long one",
                                 "", "  indented line  ", "Café ©  2024", "1. first step of the recipe",
                                 "We **baked** bread all _morning_, then `ate` it.", "*Share* this", "snake_case a*b*c",
                                 "**Café** ©  _2024_", "`code`"]),
                min_size=1, max_size=10),
       st.lists(st.integers(0, 9), max_size=6))
def test_prose_normal_from_the_lines_is_normalise(lines, picks):
    # the site pass's body-repeat test reads the prose's normal form from the lines' (``_prose_normal``): the same
    # text as ``normalise`` of the blocks' plain texts a line feed apart, whatever the blocks are
    from cleaner.readers.text import text_units
    from cleaner.sites.apply import _Lines, _prose_normal
    from cleaner.sites.normalise import normalise

    document = "\n".join(lines)
    blocks = cleaner.Cleaner().segmenter.blocks(text_units(document, markdown=False), tags=False)
    chosen = sorted({k % len(blocks) for k in picks}) if blocks else []
    if not chosen or not all(normalise(blocks[j].plain) for j in chosen):
        return
    assert _prose_normal(blocks, chosen, _Lines(document)) == normalise("\n".join(blocks[j].plain for j in chosen))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "ß", " ", "  ", "*", "**", "_", "`", ",", ".", "-", "中", "\u00a0", "1"]),
                max_size=16).map("".join))
def test_markup_only_keeps_the_normal_form(own):
    # review29: a block's plain text that is its lines without their inline markup runs (``_markup_only``) has their
    # normal form; a run inside a word ("snake_case") is refused
    import re

    from cleaner.sites.apply import _markup_only
    from cleaner.sites.normalise import normalise

    plain = re.sub(r"[*_`]+", "", own)
    if _markup_only(own, plain):
        assert normalise(plain) == normalise(own)
    assert not _markup_only("snake_case", "snakecase")
    assert _markup_only("We **baked** it", "We baked it")


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.lists(st.sampled_from([b"a", b" ", b"  ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c",
                                                           b"\x1c", b"\xa0", b"\x85"]), max_size=120).map(b"".join))
def test_collapse_is_split_and_join(data):
    import importlib

    N = importlib.import_module("cleaner.sites.normalise")
    assert N._collapse(data) == b" ".join(data.split())


def test_full_line_cache_keeps_the_memos(monkeypatch):
    # the line cache filling up forgets its lines only: the memos of a site's blocks (cache_generation) stay
    import importlib

    N = importlib.import_module("cleaner.sites.normalise")  # (the package's ``normalise`` is the function)
    monkeypatch.setattr(N, "_CACHE_SIZE", 5)
    generation = N.cache_generation()
    document = "\n".join(f"menu item {chr(97 + i)}" for i in range(20))
    assert N.document_line_units(document) == [unit_hash(p) for p in document.split("\n")]
    assert N._line_units(document) == [unit_hash(p) for p in document.split("\n")]  # (the line-at-a-time path)
    assert len(N._LINE_CACHE) <= 5
    assert N.cache_generation() == generation

def test_unit_hash_is_stable_across_versions():
    # pinned: a change here changes every stored profile's keys (bump NORMALISER_VERSION)
    assert unit_hash("Follow us on Twitter!") == unit_hash("follow US on twitter")
    assert NORMALISER_VERSION == 2  # XXH64 of the normalised UTF-8 (normaliser 1: BLAKE2b's first 8 bytes)
    assert unit_hash("follow us on twitter") == 0x1a85d35848749132
    value = unit_hash("follow us on twitter")
    assert 0 <= value < 1 << 64
    assert to_unsigned(to_signed(value)) == value and -(1 << 63) <= to_signed(value) < 1 << 63


# -- learning ---------------------------------------------------------------------------------------------------------
def test_profile_holds_the_template_not_the_articles():
    profile = learn_site(site_pages(), site="jane")
    assert profile.pages == 6 and not profile.empty
    for line in (MENU, AUTHOR, FOLLOW, NEWSLETTER, FOOTER, "## Ingredients"):
        assert profile.seen(unit_hash(line)) == 6, line
    assert profile.seen(unit_hash(recipe_page(0).split("\n\n")[2])) == 0  # an intro paragraph


def test_empty_profile_below_min_pages():
    pages = site_pages()[:2]
    profile = learn_site(pages)
    assert profile.empty and profile.pages == 2 and len(profile) == 0
    page = recipe_page(3)
    assert cleaner.clean(page, site=profile).to_dict() == cleaner.clean(page).to_dict()
    assert learn_site(site_pages()[:3], min_pages=4).empty
    assert not learn_site(site_pages()[:3]).empty


def test_order_and_partitioning_do_not_matter():
    pages = site_pages() + [all_template_page()]
    reference = learn_site(pages, site="jane")
    rng = random.Random(7)
    for _ in range(5):
        shuffled = pages[:]
        rng.shuffle(shuffled)
        assert learn_site(shuffled, site="jane") == reference
        cut = sorted(rng.sample(range(1, len(pages)), 2))
        parts = [shuffled[:cut[0]], shuffled[cut[0]:cut[1]], shuffled[cut[1]:]]
        counts = [count_units(page_units(p) for p in part) for part in parts]
        rng.shuffle(counts)
        assert SiteProfile.from_counts("jane", len(pages), merge_counts(*counts)) == reference
        assert SiteProfile.from_counts("jane", len(pages), merge_counts(merge_counts(counts[0], counts[1]),
                                                                        counts[2])) == reference
        counters = []
        for part in parts:
            counter = UnitCounter()
            for page in part:
                counter.add_page(page_units(page))
            counters.append(counter)
        counters[0].merge(counters[1])
        counters[0].add_counts(counters[2].counts(), counters[2].pages)
        assert SiteProfile.from_counter("jane", counters[0]) == reference


def test_unit_counter_folds_its_buffer_exactly():
    rng = random.Random(3)
    pages = [{rng.randrange(1 << 64) if rng.random() < 0.5 else rng.randrange(50) for _ in range(300)}
             for _ in range(60)]
    counter = UnitCounter()
    for units in pages:
        counter.add_page(units)
    assert counter.counts() == count_units(pages) and counter.pages == 60


def test_profile_is_the_same_in_another_process(tmp_path):
    pages_file = tmp_path / "pages.json"
    pages_file.write_text(json.dumps(site_pages()), encoding="utf-8")
    code = ("import json, sys; from cleaner.sites import learn_site; "
            "print(json.dumps(learn_site(json.load(open(sys.argv[1], encoding='utf-8')), site='jane').to_dict()))")
    outputs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": SRC, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", code, str(pages_file)], capture_output=True, text=True, env=env,
                              check=True, timeout=120)
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == learn_site(site_pages(), site="jane").to_dict()


def test_save_load_round_trip(tmp_path):
    profile = learn_site(site_pages(), site="jane.example")
    path = tmp_path / "jane.json"
    profile.save(path)
    loaded = SiteProfile.load(path)
    assert loaded == profile and loaded.site == "jane.example" and loaded.pages == 6
    text = path.read_text(encoding="utf-8")
    assert "Jane" not in text and "Instagram" not in text  # hashes and counts, no page text
    assert len(text) < 2000
    data = json.loads(text)
    assert data["normaliser"] == NORMALISER_VERSION
    data["normaliser"] = NORMALISER_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(cleaner.CleanerError, match="normaliser"):
        SiteProfile.load(path)
    path.write_text("{}", encoding="utf-8")
    with pytest.raises(cleaner.CleanerError):
        SiteProfile.load(path)
    # version 1 and 2 profiles hold BLAKE2b keys: no migration can make XXH64 keys of them (a key is a hash of a
    # line the profile does not hold), so load says to learn them again
    for version in (1, 2):
        old = profile.to_dict()
        old["version"], old["normaliser"] = version, 1
        path.write_text(json.dumps(old), encoding="utf-8")
        with pytest.raises(cleaner.CleanerError, match=f"version {version} site profile.*BLAKE2b.*learn the profile"):
            SiteProfile.load(path)


# -- cleaning with a profile ------------------------------------------------------------------------------------------
def _removed(result):
    return {removal.text.splitlines()[0]: removal for removal in result.removed}


def test_clean_with_profile_removes_the_template_keeps_the_recipe():
    pages = site_pages()
    profile = learn_site(pages[1:], site="jane")  # leave the page out
    result = cleaner.clean(pages[0], site=profile)
    removed = _removed(result)
    for line in (AUTHOR, FOLLOW, NEWSLETTER):
        assert line not in result.text
        assert removed[line].rule.startswith("site.")
        assert (removed[line].site_pages, removed[line].site_total) == (5, 5)
        assert removed[line].to_dict()["site_pages"] == 5
    assert removed[AUTHOR].kind in ("template", "author_bio")
    assert result.title == "Lemon barley soup" and result.text.startswith("Lemon barley soup")
    # the recurring in-body heading and the ingredient lines every recipe shares stay
    assert "Ingredients" in result.text and "Method" in result.text
    assert "- olive oil" in result.text and "- 200 g spinach" in result.text
    assert "Simmer the barley" in result.text and "takes about 20 minutes" in result.text
    # without a profile the cleaner leaves the author box and the follow line (nothing names them)
    plain = cleaner.clean(pages[0])
    assert AUTHOR in plain.text and FOLLOW in plain.text
    assert "template" in cleaner.KINDS


def test_site_must_be_a_profile():
    with pytest.raises(cleaner.InputTypeError, match="SiteProfile"):
        cleaner.clean("Title\n\nSome text.", site={"units": {}})
    with pytest.raises(cleaner.InputTypeError, match="SiteProfile"):
        cleaner.clean("<html><body><p>Some text of a page.</p></body></html>", format="html", site="example.com")


def test_clean_with_profile_respects_kinds():
    pages = site_pages()
    profile = learn_site(pages[1:])
    result = cleaner.Cleaner(kinds=[k for k in cleaner.KINDS if k != "template"]).clean(pages[0], site=profile)
    assert AUTHOR in result.text
    assert all(removal.kind != "template" for removal in result.removed)


def test_a_page_all_template_is_kept_with_a_warning():
    profile = learn_site(site_pages(), site="jane")
    result = cleaner.clean(all_template_page(), site=profile)
    assert AUTHOR in result.text and FOLLOW in result.text
    assert any("site profile" in warning for warning in result.warnings)
    assert not any(removal.rule.startswith("site.") for removal in result.removed)


def test_a_lone_match_in_the_body_stays():
    """A line the site repeats between two body paragraphs, with no detector finding: the article's structure."""
    pages = site_pages()
    profile = learn_site(pages[1:])
    page = pages[0].replace("## Ingredients", "Ingredients")  # not even a heading: a short line
    result = cleaner.clean(page, site=profile)
    assert "Ingredients" in result.text


def test_weak_evidence_goes_only_with_the_template_at_the_page_edge():
    """A line on fewer pages than the threshold (2 of 5: weak evidence) goes where it sits in the template run at the
    page's end; the same line between body paragraphs stays, and so does a line on one other page only."""
    stall = "Autumn menu now on at the Saturday market stall"
    once = "Our stall is closed on the first weekend of November"

    def with_line(page: str, line: str, before: str) -> str:
        return page.replace(before, f"{line}\n\n{before}")

    pages = site_pages()
    pages = [with_line(page, stall, FOOTER) if i in (0, 1, 2) else page for i, page in enumerate(pages)]
    pages[3] = with_line(pages[3], once, FOOTER)
    profile = learn_site(pages[1:], site="jane")
    assert profile.weak_threshold == 2 and profile.threshold == 4
    assert profile.seen(unit_hash(stall)) == 0 and profile.count(unit_hash(stall)) == 2
    tail = cleaner.clean(pages[0], site=profile)
    removed = _removed(tail)
    assert stall not in tail.text and removed[stall].rule == "site.edge"
    assert (removed[stall].site_pages, removed[stall].site_total) == (2, 5)
    assert FOOTER not in tail.text and NEWSLETTER not in tail.text
    body = site_pages()[0].replace("## Ingredients", f"{stall}\n\n## Ingredients")
    assert stall in cleaner.clean(body, site=profile).text  # between body paragraphs: the page's own
    page = with_line(site_pages()[0], once, FOOTER)
    assert once in cleaner.clean(page, site=profile).text  # seen on one other page: not evidence
    # the same in WET-style lines
    def wet(page: str) -> str:
        return "\n".join(line for line in page.split("\n") if line.strip()).replace("# ", "").replace("- ", "")
    wet_profile = learn_site([wet(p) for p in pages[1:]], format="text")
    result = cleaner.clean(wet(pages[0]), format="text", site=wet_profile)
    assert stall not in result.text and "Simmer the barley" in result.text


def test_wet_style_lines_are_split_and_matched():
    """A page as plain lines with single newlines (a WET record): one paragraph for the text adapter; the lines the
    site repeats are cut out of it and judged alone."""
    def wet(page: str) -> str:
        return "\n".join(line for line in page.split("\n") if line.strip()).replace("# ", "").replace("- ", "")
    pages = [wet(page) for page in site_pages()]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert MENU not in result.text and FOLLOW not in result.text and NEWSLETTER not in result.text
    assert "Simmer the barley" in result.text and "takes about 20 minutes" in result.text
    assert result.text.startswith("Lemon barley soup")
    assert "Ingredients" in result.text and "olive oil" in result.text and "Method" in result.text
    # every non-blank character is kept or reported (docs/reliability.md)
    covered = sorted([*result.kept, *[(r.start, r.end) for r in result.removed]])
    text = pages[0]
    mask = [False] * len(text)
    for start, end in covered:
        for i in range(start, end):
            mask[i] = True
    assert all(mask[i] or text[i].isspace() for i in range(len(text)))


def test_wet_split_cuts_at_the_edges_of_template_runs():
    """A WET paragraph is cut only where a run of template lines starts and ends: the lines before the run stay one
    block, the run is one block (removed as a run of as many lines), the lines after stay one block."""
    from cleaner.readers.text import text_units
    from cleaner.sites.apply import split_template_lines

    menu = ["Home", "World news", "Sports and games", "Weather today"]
    footer = ["Contact the newsroom", "Privacy and cookies", "Terms of use"]

    towns = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]

    def page(i: int) -> str:
        town = towns[i]
        return "\n".join([
            f"{town} council votes on the bridge",
            f"The {town} council met on Tuesday to discuss the new bridge over the river.",
            *menu,
            f"Residents of {town} asked about the cost of the bridge and the detour.",
            "Local news desk",
            f"A second paragraph about {town}: the vote is next month.",
            *footer])

    profile = learn_site([page(i) for i in range(1, 6)], format="text")
    text = page(0)
    blocks = cleaner.Cleaner().segmenter.blocks(text_units(text, markdown=False), tags=False)
    cut = split_template_lines(blocks, text, profile, tags=False)
    texts = [block.text for block in cut]
    assert "\n".join(footer) in texts  # the run one block, not a block a line
    # (the segmenter has cut the menu's paragraph after "Home" already: two pieces of the run, not four)
    assert len([t for t in texts if any(line in t.split("\n") for line in menu)]) <= 2
    assert any(t.startswith("The Ashford council met") or "\nThe Ashford council met" in t for t in texts)
    # a lone template line between body lines stays in its piece (the pass would keep it as a lone match)
    assert any("detour.\nLocal news desk\nA second paragraph" in t for t in texts)
    result = cleaner.clean(text, format="text", site=profile)
    assert all(line not in result.text for line in menu + footer)
    assert {r.rule for r in result.removed if "Weather today" in r.text} <= {"site.run", "site.edge"}
    assert "discuss the new bridge" in result.text and "the vote is next month" in result.text
    assert "Local news desk" in result.text


def test_wet_masthead_run_is_not_the_title():
    """A WET page opening with a run of the site's lines (its name, its strapline): the run is the masthead, cut out
    as one block and removed at the edge; the headline after it stays."""
    towns = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]

    def page(i: int) -> str:
        town = towns[i]
        return "\n".join(["The Daily Courier", "Local news for the valley", f"{town} council votes on the bridge",
                          f"The {town} council met on Tuesday to discuss the new bridge over the river and its cost.",
                          f"Residents of {town} asked about the cost of the bridge and the detour it would need.",
                          "Contact the newsroom", "Privacy and cookies"])

    profile = learn_site([page(i) for i in range(1, 6)], format="text")
    result = cleaner.clean(page(0), format="text", site=profile)
    removed = {r.text: r.rule for r in result.removed}
    assert removed.get("The Daily Courier\nLocal news for the valley") == "site.edge"
    assert result.text.startswith("Ashford council votes on the bridge")


HTML_PAGE = """<!doctype html><html><head><title>{title} | Jane's Kitchen</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/recipes">Recipes</a></li><li><a href="/about">About</a></li></ul></nav>
<article><h1>{title}</h1>
<p>{intro}</p>
<h2>Method</h2>
<p>{method}</p>
<p>{author}</p>
<p>{follow}</p>
<p>{newsletter}</p>
</article>
<footer><p>{footer}</p></footer>
</body></html>"""


def _html(index: int) -> str:
    from _site_pages import DISHES
    title, main, method = DISHES[index]
    intro = recipe_page(index).split("\n\n")[2]
    return HTML_PAGE.format(title=title, intro=intro, method=method, author=AUTHOR, follow=FOLLOW,
                            newsletter=NEWSLETTER, footer=FOOTER.replace("&", "&amp;"))


def test_html_pages():
    pages = [_html(i) for i in range(6)]
    profile = learn_site(pages[1:])
    assert profile.seen(unit_hash(AUTHOR)) == 5 and profile.seen(unit_hash("Home")) == 5
    result = cleaner.clean(pages[0], site=profile)
    assert FOLLOW not in result.text and AUTHOR not in result.text
    assert "Simmer the barley" in result.text and "takes about 20 minutes" in result.text
    site_removals = [r for r in result.removed if r.rule.startswith("site.")]
    assert site_removals and all(r.site_total == 5 and r.xpath for r in site_removals)


# -- command line -----------------------------------------------------------------------------------------------------
def _write_records(path: Path) -> None:
    lines = [json.dumps({"id": i, "url": f"https://www.janes-kitchen.example/r/{i}", "text": page})
             for i, page in enumerate(site_pages())]
    lines.append(json.dumps({"id": "lone", "url": "https://elsewhere.example/post", "text": recipe_page(0)}))
    lines.append(json.dumps({"id": "no-url", "text": recipe_page(1)}))
    lines.append("not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_cli_learn_writes_one_profile_a_site(tmp_path, capsys):
    from cleaner import cli
    from cleaner.sites.store import profile_filename

    pages = tmp_path / "pages.jsonl"
    _write_records(pages)
    status = cli.main(["learn", str(pages), "-o", str(tmp_path / "profiles")])
    assert status == 0
    assert "2 sites, 1 with a template" in capsys.readouterr().err
    profile = SiteProfile.load(tmp_path / "profiles" / profile_filename("janes-kitchen.example"))
    assert profile.site == "janes-kitchen.example" and profile.pages == 6 and not profile.empty
    assert profile == learn_site(site_pages(), site="janes-kitchen.example")
    lone = SiteProfile.load(tmp_path / "profiles" / "elsewhere.example.json")
    assert lone.empty and lone.pages == 1
    # --site-field: another field names the site
    status = cli.main(["learn", str(pages), "-o", str(tmp_path / "by-id"), "--site-field", "id", "-q"])
    assert status == 0 and len(list((tmp_path / "by-id").glob("*.json"))) == 8


def test_cli_batch_two_passes(tmp_path, capsys):
    from cleaner import cli

    pages = tmp_path / "pages.jsonl"
    _write_records(pages)
    assert cli.main(["batch", str(pages), "-o", str(tmp_path / "a.jsonl"), "--learn-sites", "--jobs", "1"]) == 0
    assert cli.main(["learn", str(pages), "-o", str(tmp_path / "profiles")]) == 0
    assert cli.main(["batch", str(pages), "-o", str(tmp_path / "b.jsonl"), "--profiles", str(tmp_path / "profiles"),
                     "--jobs", "2"]) == 0
    assert cli.main(["batch", str(pages), "-o", str(tmp_path / "plain.jsonl"), "--jobs", "1"]) == 0
    capsys.readouterr()
    first = (tmp_path / "a.jsonl").read_text(encoding="utf-8")
    assert first == (tmp_path / "b.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in first.splitlines()]
    plain = [json.loads(line) for line in (tmp_path / "plain.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(records) == 9 and records[-1]["error"].startswith("invalid JSON")
    for record in records[:6]:
        cleaned = record["cleaned"]
        assert FOLLOW not in cleaned["text"] and AUTHOR not in cleaned["text"] and "Ingredients" in cleaned["text"]
        site = [r for r in cleaned["removed"] if r["rule"].startswith("site.")]
        assert site and all(r["site_pages"] == 6 and r["site_total"] == 6 for r in site)
    # a site of one page, a record without a URL: cleaned as without profiles
    assert records[6]["cleaned"] == plain[6]["cleaned"] and records[7]["cleaned"] == plain[7]["cleaned"]


def test_cli_learn_sites_needs_a_file(tmp_path, capsys, monkeypatch):
    from cleaner import cli

    with pytest.raises(SystemExit) as exit_info:
        cli.main(["batch", "--learn-sites", "-o", str(tmp_path / "out.jsonl")])
    assert exit_info.value.code == 2
    assert "reads the input twice" in capsys.readouterr().err


def test_values_the_page_repeats_stay_a_share_bar_it_repeats_goes():
    """A price line under every product ("Price: €88", "Price: €114": one unit once digits are folded) is the
    listing's own; a share bar the page repeats as it is, at the top, in the middle and at the end, is furniture."""
    rng = random.Random(5)
    words = ["lamp", "chair", "table", "rug", "shelf", "vase", "mirror", "stool", "bench", "clock", "desk", "sofa"]

    def page(index: int) -> str:
        items = rng.sample(words, 4)
        season = ["spring", "summer", "autumn", "winter", "harvest", "garden", "studio", "valley"][index]
        parts = [MENU, f"The {season} catalogue", "Share\nFacebook\nTwitter",
                 f"Our picks for the season, chosen by the studio team, start with the {items[0]} and end with the "
                 f"{items[-1]}; every piece ships within {index + 2} days from our workshop in the valley."]
        for item in items:
            parts += [f"The {item} {rng.choice(['Aster', 'Birch', 'Cedar', 'Dune'])} {index}{rng.randrange(100)}",
                      f"Price: €{rng.randrange(20, 400)}"]
        parts += ["Share\nFacebook\nTwitter",
                  f"Every order from the {season} catalogue helps the studio plant a tree in the valley, and the "
                  f"team answers questions about the {items[1]} and its care by mail within a day.",
                  "Share\nFacebook\nTwitter", FOOTER]
        return "\n\n".join(parts) + "\n"

    pages = [page(i) for i in range(8)]
    profile = learn_site(pages[1:])
    result = cleaner.clean(pages[0], site=profile)
    assert result.text.count("Price: €") == 4  # the listing's values stay
    assert "Facebook" not in result.text and "Twitter" not in result.text  # the repeated share bar goes
    assert "Our picks for the season" in result.text and "plant a tree" in result.text


def _wet_list_page(i: int) -> str:
    """A WET-style page (lines joined by single newlines) whose body holds a "- " line: the text adapter takes every
    line after it, to the page's end, for that one list item."""
    towns = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]
    town = towns[i]
    return "\n".join([
        f"{town} council votes on the bridge",
        f"The {town} council met on Tuesday to discuss the new bridge over the river.",
        "What the residents said:",
        f"- Residents of {town} asked about the cost of the bridge and the detour it needs.",
        f"A second paragraph about {town}: the vote is next month, after a public meeting.",
        "Ingredients of a good bridge",  # the site's recurring in-body line: between body lines it stays
        f"The engineers from {town} will report on the foundations before the vote.",
        "Contact the newsroom",
        "Privacy and cookies",
        "Terms of use"])


def test_wet_list_item_pieces_are_lines_not_items():
    """The list rule ("an item of a list whose other items do not match stays") is about a list's items: the pieces
    the WET split cut out of one list item are lines of that item, and a template run among them goes."""
    profile = learn_site([_wet_list_page(i) for i in range(1, 6)], format="text")
    text = _wet_list_page(0)
    result = cleaner.clean(text, format="text", site=profile)
    assert "Privacy and cookies" not in result.text and "Terms of use" not in result.text
    assert {r.rule for r in result.removed if "Terms of use" in r.text} == {"site.edge"}
    assert "asked about the cost of the bridge" in result.text and "the vote is next month" in result.text
    assert "Ingredients of a good bridge" in result.text  # a lone match between body lines
    assert "will report on the foundations" in result.text


def test_list_items_of_a_real_list_still_guard_each_other():
    """Negative: in a list of one-line items (each item a block of its own, not a piece of one), an item every page
    has stays when the list's other items are the page's own."""
    def page(i: int) -> str:
        base = _wet_list_page(i).split("\n")
        own = ["200 g spinach", "150 g feta", "50 g butter", "2 tins of tomatoes", "a handful of chives", "1 tsp honey"]
        return "\n".join([*base[:2], "You will need:", "- olive oil", f"- {own[i]}", f"- {own[(i + 1) % 6]} too",
                          *base[4:]])
    profile = learn_site([page(i) for i in range(1, 6)], format="text")
    result = cleaner.clean(page(0), format="text", site=profile)
    assert "olive oil" in result.text and "200 g spinach" in result.text
    assert "Terms of use" not in result.text


def test_cleaning_one_document_with_two_profiles_in_turn():
    """The split's state for a document (its cut runs and list pieces) belongs to one profile: cleaning the same str
    object with another profile first changes nothing."""
    text = _wet_list_page(0)
    wide = learn_site([_wet_list_page(i) for i in range(1, 6)], format="text")
    # the page's lines weak evidence only (on 3 of 7 pages), the template evidence a line the page lacks: the split
    # cuts nothing, the pass still runs
    narrow = learn_site([_wet_list_page(i) + "\nA line of every page" for i in range(1, 4)]
                        + [f"Page {i}\nA line of every page" for i in range(4)], format="text")
    assert not narrow.empty and narrow.weak_threshold <= 3 < narrow.threshold
    fresh = cleaner.clean("".join(list(text)), format="text", site=narrow).to_dict()
    cleaner.clean(text, format="text", site=wide)
    assert cleaner.clean(text, format="text", site=narrow).to_dict() == fresh
    assert cleaner.clean(text, format="text", site=wide).to_dict() == \
        cleaner.clean("".join(list(text)), format="text", site=wide).to_dict()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x3100) | st.sampled_from(" a0.!\nﬁＦ²"), max_size=80))
def test_a_normalised_word_is_part_of_the_folded_text(text):
    # the site pass's body-repeat pre-test: a word of the normalised prose without a 0 is a run of its NFKC'd and
    # casefolded text (sites/apply.py, ``in_body``)
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).casefold()
    for word in normalise(text).split():
        assert "0" in word or word in folded, (text, word)


#: punctuation, symbols and blanks outside ASCII (some NFKC changes: "…", a no-break space, "™", "½", "℃", "῭")
_PUNCTUATION = [chr(c) for c in range(0x80, 0x3100) if __import__("unicodedata").category(chr(c))[0] in "PSZ"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PUNCTUATION) | st.characters(max_codepoint=127), max_size=60))
def test_fast_normalise_ascii_with_non_ascii_punctuation(line):
    """The path without NFKC (only punctuation, symbols and blanks outside ASCII) is the definition too."""
    test_fast_normalise_is_the_definition.hypothesis.inner_test(line)


@pytest.mark.parametrize("line", ["It’s “here” — now…", "a\u00a0b ™ ½ ℃", "x῭y", "=\u0338", "e\u0301 ’", "Ａ’"])
def test_fast_normalise_punctuation_examples(line):
    test_fast_normalise_is_the_definition.hypothesis.inner_test(line)


def test_a_short_line_of_its_own_inside_a_template_run_goes_with_it():
    """A template run interrupted by one short line of the page's own (a per-page label in the menu) loses it too
    (site.gap); a short line of the body, or a sentence between the site's blocks, stays."""
    towns = ["Ashford", "Brixham", "Cromer", "Dunster", "Epping", "Frome"]

    def page(i: int) -> str:
        town = towns[i]
        return "\n".join([
            f"{town} council votes on the bridge",
            f"The {town} council met on Tuesday to discuss the new bridge over the river and its cost.",
            "Home", "World news", f"Edition {town}", "Sports and games", "Weather today",
            f"Residents of {town} asked about the cost of the bridge and the detour it needs.",
            f"It rained in {town}.",
            f"A second paragraph about {town}: the vote is next month, after the spring fair.",
            "Contact the newsroom", "Privacy and cookies", "Terms of use"])

    profile = learn_site([page(i) for i in range(1, 6)], format="text")
    result = cleaner.clean(page(0), format="text", site=profile)
    removed = {r.text.strip(): r for r in result.removed}
    assert "Edition Ashford" not in result.text and removed["Edition Ashford"].rule == "site.gap"
    assert (removed["Edition Ashford"].site_pages, removed["Edition Ashford"].site_total) == (0, 5)
    assert "It rained in Ashford." in result.text  # between body lines
    assert "discuss the new bridge" in result.text and "the vote is next month" in result.text


def test_findings_memo_gives_the_detectors_own_findings():
    """The detectors' findings on a site's recurring blocks are kept from page to page (``FindingsMemo``): the same
    results as a fresh cleaner's, in any order, for WET-style and blank-line text, and a finding list is never
    shared between pages (later steps add to it)."""
    from cleaner.readers.text import text_units
    from cleaner.sites.normalise import clear_line_cache
    pages = site_pages()
    wet = [page.replace("\n\n", "\n") for page in pages]
    for documents in (pages, wet):
        profile = learn_site(documents)
        warm = cleaner.Cleaner()
        results = [warm.clean(page, site=profile).to_dict() for page in documents + documents[::-1]]
        for page, result in zip(documents + documents[::-1], results):
            assert cleaner.Cleaner().clean(page, site=profile).to_dict() == result
        assert any(r["rule"].startswith("site.") for result in results for r in result["removed"])
    memo = cleaner.Cleaner()._site_memo
    block = cleaner.Cleaner().segmenter.blocks(text_units(FOLLOW, markdown=False), tags=False)[0]
    calls = []

    def detect(b):
        calls.append(b)
        return ["found"]

    first = memo.findings(block, detect)
    first.append("added later")
    assert memo.findings(block, detect) == ["found"] and len(calls) == 1
    clear_line_cache()  # forgets what it holds
    assert memo.findings(block, detect) == ["found"] and len(calls) == 2


def test_shape_memo_keeps_one_block_tests_on_recurring_blocks_only():
    """The shape passes' one-block tests on a site's recurring blocks are kept from page to page (``ShapeMemo``):
    only the blocks the page marks as recurring and without links, keyed by the text itself, forgotten with the line
    cache; a cleaner that kept them gives a fresh cleaner's results (test_findings_memo_gives_the_detectors_own_
    findings runs both memos on the same pages)."""
    from cleaner.model import LinkRef
    from cleaner.readers.text import text_units
    from cleaner.sites.apply import ShapeMemo
    from cleaner.sites.normalise import clear_line_cache
    blocks = cleaner.Cleaner().segmenter.blocks(text_units(FOLLOW + "\n\nA line of the body.", markdown=False),
                                                tags=False)
    assert len(blocks) == 2
    memo = ShapeMemo()
    assert memo.page(blocks, None) is None and memo.page(blocks, [False, False]) is None
    calls = []

    def test(block, extra=None):
        calls.append(block.text)
        return (block.text, extra)

    page = memo.page(blocks, [True, False])
    kept = page.wrap(test, "test")
    assert page.holds(blocks[0]) and not page.holds(blocks[1])
    assert kept(blocks[0], 1) == (blocks[0].text, 1) and kept(blocks[1], 1) == (blocks[1].text, 1)
    assert len(calls) == 2
    # the next page: the same text in new blocks is looked up; a block not recurring is tested again
    again = cleaner.Cleaner().segmenter.blocks(text_units(FOLLOW + "\n\nA line of the body.", markdown=False),
                                               tags=False)
    kept = memo.page(again, [True, True]).wrap(test, "test")
    assert kept(again[0], 1) == (blocks[0].text, 1) and len(calls) == 2
    assert kept(again[1], 1) == (blocks[1].text, 1) and len(calls) == 3
    assert memo.page(again, [True, True]).wrap(test, "another test")(again[0]) == (blocks[0].text, None)
    assert len(calls) == 4  # each test keeps its own answers
    # a block with links is never kept
    linked = cleaner.Cleaner().segmenter.blocks(text_units(FOLLOW, markdown=False), tags=False)[0]
    linked.links.append(LinkRef(url="https://example.com/", text="Twitter", start=0, end=7))
    assert memo.page([linked], [True]) is None
    clear_line_cache()  # forgets what it holds
    kept = memo.page(again, [True, True]).wrap(test, "test")
    kept(again[0], 1)
    assert len(calls) == 5


def test_split_memo_gives_the_segmenters_own_pieces(monkeypatch):
    """The segmenter's split tests inside a WET page's template runs are kept from page to page (``SplitMemo``):
    the same blocks as without the memo, the tests of the site's next page looked up, forgotten with the line
    cache."""
    from cleaner.blocks import BlockSplitter
    from cleaner.readers.text import text_units
    from cleaner.sites.apply import SplitMemo, template_cuts
    from cleaner.sites.normalise import clear_line_cache
    wet = [page.replace("\n\n", "\n") for page in site_pages()]
    profile = learn_site(wet)
    segmenter = cleaner.Cleaner().segmenter
    calls = []
    probe = BlockSplitter._splits_here

    def counted(self, text, pos, *rest):
        calls.append(pos)
        return probe(self, text, pos, *rest)

    monkeypatch.setattr(BlockSplitter, "_splits_here", counted)

    def blocks(page, memo):
        cuts = template_cuts(page, profile, memo)
        assert cuts is not None
        made = segmenter.blocks(text_units(page, markdown=False), tags=False, cut=cuts)
        return [(b.type, b.text, b.start, b.end, b.group, b.line_break) for b in cuts.regroup(made)]

    memo = SplitMemo()
    counts = []
    for page in wet + wet[:1]:
        calls.clear()
        plain = blocks(page, None)
        without = len(calls)
        calls.clear()
        assert blocks(page, memo) == plain
        counts.append((without, len(calls)))
    assert counts[0][1] == counts[0][0]  # the site's first page: every test made (and kept)
    assert all(used < without for without, used in counts[1:])  # its next pages: the template's looked up
    assert memo.current()
    clear_line_cache()
    assert not memo.current()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Follow us on Twitter", "Related Posts", "Source: Reuters", "By Jane Doe",
                                 "Share this. Subscribe now!", "the body goes on here.", "Written by Tom Lee",
                                 "Menu", "© 2024 Site"]), min_size=1, max_size=12),
       st.lists(st.integers(0, 400), max_size=8))
def test_split_points_with_template_spans_are_the_same(lines, edges):
    from cleaner.sites.apply import SplitMemo
    text = "\n".join(lines)
    splitter = cleaner.Cleaner().segmenter.splitter
    edges = sorted(set(min(e, len(text)) for e in edges))
    spans = list(zip(edges[::2], edges[1::2]))
    memo = SplitMemo()
    expected = splitter.split_points(text, line_starts=True)
    assert splitter.split_points(text, line_starts=True, template=(spans, memo)) == expected
    assert splitter.split_points(text, line_starts=True, template=(spans, memo)) == expected  # looked up


def test_site_memos_stay_tracked_by_the_collector():
    # a full collection would untrack a plain dict of tuples of strings and booleans (the split memo's), and its next
    # insertion would track it again as a young object, traversed whole by each young collection: the memos' dicts
    # are never untracked (sites/apply.py, ``_Answers``)
    import gc

    from cleaner.sites.apply import FindingsMemo, ShapeMemo, SplitMemo
    for memo in (FindingsMemo(), ShapeMemo(), SplitMemo()):
        memo._store(("paragraph", "Follow us", "Follow us"), False, 18)
        gc.collect()
        assert gc.is_tracked(memo._values)
        assert memo._current()[("paragraph", "Follow us", "Follow us")] is False


# -- the title when the site pass takes the masthead ------------------------------------------------------------------
_MASTHEAD = "Harbour Lantern Weekly\n\nThe town's paper, on the quay since 1890\n\nQuay Road 12, Saltmere"
_STORIES = ["the ferry timetable", "a lighthouse repair", "the fish market's roof", "a rowing regatta",
            "the new school library", "winter flood barriers"]


def _masthead_page(i: int) -> str:
    topic = _STORIES[i]
    return (f"{_MASTHEAD}\n\nNotes on {topic}\n\nOur reporter looked into {topic} this week. Neighbours shared what "
            f"they expect from {topic}, and the council promised an answer on {topic} before the summer.")


def test_title_is_the_headline_when_the_site_pass_removes_the_masthead():
    """The title step takes the first short line (the site's name); the site pass removes it with the rest of the
    masthead; the result's title is then the headline the page keeps, never the text of a removed block."""
    pages = [_masthead_page(i) for i in range(len(_STORIES))]
    profile = learn_site(pages[1:], format="text")
    alone = cleaner.clean(pages[0], format="text")
    assert alone.title == "Harbour Lantern Weekly"  # without a profile: no evidence it is the site's name
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert "Harbour Lantern Weekly" not in result.text
    assert result.title == "Notes on the ferry timetable"
    assert result.text.startswith("Notes on the ferry timetable")


def test_no_title_rather_than_a_removed_block_or_a_sentence():
    """When the line after the removed masthead is a sentence of the article, there is no title to give."""
    pages = [_masthead_page(i).replace(f"Notes on {topic}\n\n", "") for i, topic in enumerate(_STORIES)]
    profile = learn_site(pages[1:], format="text")
    result = cleaner.clean(pages[0], format="text", site=profile)
    assert "Harbour Lantern Weekly" not in result.text
    assert result.title is None
    assert "Our reporter looked into the ferry timetable" in result.text
