"""The DOM vocabulary lives in data/dom.json (docs/html.md, "DOM vocabulary"): the file is what the code uses."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from cleaner.detectors import dom
from cleaner.dom_data import dom_data
from cleaner.readers import captions, dom_boxes, html, html_meta, standfirst


def _file() -> dict:
    return json.loads((resources.files("cleaner") / "data" / "dom.json").read_text(encoding="utf-8"))


def test_the_code_uses_the_file():
    data = _file()
    assert dom.DOM_TOKENS == {kind: tuple(tokens) for kind, tokens in data["boxes"].items()}
    assert list(dom.DOM_TOKENS) == list(data["boxes"])  # the order counts: a token two kinds name is the later's
    assert standfirst.STANDFIRST_TOKENS == tuple(data["standfirst"])
    assert dom_boxes.CAPTION_TOKENS == tuple(data["caption"])
    assert captions._ALLOWED == frozenset(data["caption_boxes"])
    assert all(captions.is_credit_only(word.replace("\\", "") + " AFP") for word in data["caption_credit"])
    assert standfirst._NOT_ARTICLE == frozenset(data["not_article"])
    assert standfirst._NOT_ARTICLE_JOINED.pattern == "|".join(data["not_article_joined"])
    assert html_meta._AUTHOR_CLASSES == frozenset(data["author_classes"])
    assert html_meta._AUTHOR_CLASS_EXCEPT.pattern == "|".join(data["author_class_except"])
    assert html_meta._OTHER_CONTENT.pattern == "|".join(data["other_content"])


def test_read_once():
    assert dom_data() is dom_data()
    assert dom.DOM_TOKENS is dom_data().boxes


def test_the_vocabulary_is_well_formed():
    data = _file()
    for kind, tokens in data["boxes"].items():
        assert tokens and len(tokens) == len(set(tokens)), kind
        assert all(token == token.lower() and token.strip() == token and " " not in token for token in tokens), kind
    for key in ("standfirst", "not_article", "author_classes", "caption", "caption_boxes", "caption_credit"):
        assert len(data[key]) == len(set(data[key])), key
        assert all(token == token.lower() and " " not in token for token in data[key]), key


def test_every_box_token_of_the_file_is_matched():
    """Each class token of the file names its kind's box in a page (the vocabulary the pipeline gives the reader)."""
    vocabulary = html.dom_vocabulary(dom.DOM_TOKENS)
    owner = {}
    for kind, tokens in dom.DOM_TOKENS.items():
        for token in tokens:
            owner[token] = kind  # the later kind wins
    for token, kind in owner.items():
        if ":" in token:  # rel:author, itemprop:author, schema:person: markup, read by element_hints
            continue
        assert vocabulary.class_hints("class", f"x-{token}") == (f"{kind}:class=x-{token}",), token
    for token in dom_data().standfirst:
        assert vocabulary.class_hints("class", token)[0].startswith(("standfirst:",) + tuple(f"{k}:" for k in owner.values()))


def test_a_class_that_carries_a_value_names_no_box():
    """A blog engine writes the entry's author into each entry's class ("serendipity_entry_author_Jane-Doe"): the
    class says whom the entry is by, it is no author box, and the entries are the page's article. A part after the
    known run that starts with a capital letter is such a value; lower-case, camelCase and all-capital class names
    are the theme's own and keep naming their box."""
    from cleaner.detectors.dom import DOM_TOKENS
    from cleaner.readers.dom_boxes import dom_vocabulary
    vocabulary = dom_vocabulary(DOM_TOKENS)
    for value in ("serendipity_entry_author_Jane-Doe", "entry-author-Sam", "related-posts-Travel"):
        assert vocabulary.class_hints("class", value) == ()
    assert vocabulary.class_hints("class", "entry-author") == ("author_bio:class=entry-author",)
    assert vocabulary.class_hints("class", "post-author-bio") == ("author_bio:class=post-author-bio",)
    assert vocabulary.class_hints("class", "AUTHOR-BOX") == ("author_bio:class=AUTHOR-BOX",)
    assert vocabulary.class_hints("class", "Author-Box") == ("author_bio:class=Author-Box",)
    assert vocabulary.class_hints("class", "nav_portletBody")[0].startswith("navigation:")


@pytest.mark.parametrize("author_class", ["serendipity_entry_author_Jane-Doe",
                                          "serendipity_entry_author_unknown"])  # (lower case: keep35)
def test_entries_whose_class_names_their_author_are_kept(author_class):
    import cleaner
    entry = (f"<div class='serendipity_entry {author_class}'><div class='serendipity_entry_body'>"
             "<p>{}</p></div></div>")
    texts = ["The harbour festival opened on Saturday with a parade of old fishing boats along the quay, and the "
             "crowd stayed until the fireworks over the water late in the evening.",
             "On Sunday the rowing clubs raced across the bay, and the youngest crew won the cup for the first time "
             "since the race began, to the delight of their families on the pier.",
             "Monday was quiet: the market traders packed their stalls early, and the ferry to the island ran every "
             "hour again after a week of storms that had kept it in the harbour.",
             "By Tuesday the gulls had the quay to themselves, and the council's crew swept up what was left of the "
             "bunting while the lifeboat went out on its weekly practice run."]
    html = ("<html><head><title>Harbour diary</title></head><body><h1>Harbour diary</h1>"
            + "".join(entry.format(text) for text in texts) + "</body></html>")
    result = cleaner.clean(html, format="html")
    for text in texts:
        assert text[:60] in result.text
    assert not [r for r in result.removed if r.rule == "author_bio.dom"]
