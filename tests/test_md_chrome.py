"""Markdown's page chrome at its edges and inside its blocks (detectors/md_chrome.py). Whole documents:
fixtures/cases/positive.mdchrome.json and negative.mdchrome.json."""

from __future__ import annotations

import cleaner
from cleaner.detectors.md_chrome import offers_own_file, own_note, toggle_pair
from cleaner.model import Block, LinkRef

PROSE = ("The committee met on Tuesday and agreed to repave the whole length of the high street in the spring, after "
         "two winters of patching had left more patch than road between the bridge and the market square.")
PROSE2 = ("Shops will stay open during the works, which move one block a week, and the buses will run on the parallel "
          "street until the last section is done, probably by the end of May if the weather holds.")


def _removed(result, rule: str) -> list[str]:
    return [r.text for r in result.removed if r.rule == rule]


def test_toggle_pair_shape():
    assert toggle_pair("Enter fullscreen mode", "Exit fullscreen mode")
    assert toggle_pair("Show replies", "Hide replies")
    assert not toggle_pair("Enter fullscreen mode", "Enter fullscreen mode")  # the same line twice
    assert not toggle_pair("Show", "Hide")  # one word: no object the control acts on
    assert not toggle_pair("The rain falls.", "The snow falls.")  # sentences
    assert not toggle_pair("Show all replies", "Hide replies")
    assert toggle_pair("Code anzeigen", "Code ausblenden")  # the verb last
    assert toggle_pair("Plein écran activer", "Plein écran quitter")
    assert not toggle_pair("Code anzeigen", "Text ausblenden")  # two words differ


def test_own_note_labels_and_sentence():
    def block(text):
        return Block(0, "paragraph", text, text)

    assert own_note(block("Edit: Fixed the URL. Thanks to Aalaap for pointing out the error"))
    assert own_note(block("Update (2021-03-02): the bug is fixed in version 2."))
    assert own_note(block("Nachtrag: Die Firma hat inzwischen reagiert."))
    assert own_note(block("更新：作者已修复了这个问题，感谢读者。"))
    assert not own_note(block("Edit"))  # a button's label
    assert not own_note(block("Editorial: our view"))  # another word
    assert not own_note(block("Update: 3 days"))  # too little to be a note


def test_offers_own_file_by_the_link_target():
    def block(url):
        text = f"[Click here to download the file.]({url})"
        return Block(0, "paragraph", text, "Click here to download the file.",
                     links=[LinkRef(url, "Click here to download the file.", 0, len(text))])

    assert offers_own_file(block("http://static.example.org/f/funcion-si.xlsx"))
    assert offers_own_file(block("https://example.org/code/sample.zip?dl=1"))
    assert not offers_own_file(block("https://example.org/newsletter/subscribe"))
    assert not offers_own_file(block("https://example.org/free-ebook.pdf"))  # a lead magnet's usual format
    assert not offers_own_file(block("https://example.org/get/our-app.apk"))  # an app's promotion


def test_toggle_lines_next_to_code_go_and_the_paragraph_is_joined_back():
    doc = (f"# Title of the post here\n\n{PROSE}\nx = compute(1)\nEnter fullscreen mode\nExit fullscreen mode\n"
           f"{PROSE2}\n")
    result = cleaner.clean(doc, format="markdown")
    assert _removed(result, "navigation.md_toggle") == ["Enter fullscreen mode", "Exit fullscreen mode"]
    assert "x = compute(1)" in result.text and PROSE2 in result.text


def test_nothing_peeled_keeps_the_output():
    doc = f"# A title of several words\n\n{PROSE}\nSecond line of the same paragraph\n\n{PROSE2}\n"
    result = cleaner.clean(doc, format="markdown")
    assert not result.removed
    assert "Second line of the same paragraph" in result.text


def test_hashtag_headings_at_the_head_go_not_in_the_body():
    doc = f"# The street will be repaved\n\n# roads \n# council \n\n{PROSE}\n\n# roads \n# council \n\n{PROSE2}\n"
    result = cleaner.clean(doc, format="markdown")
    removed = _removed(result, "navigation.md_tags")
    assert len(removed) == 2  # the run before the first paragraph of prose; the one between two paragraphs stays
    assert result.text.count("roads") == 1


def test_tail_run_needs_an_anchor():
    plain = f"# The street will be repaved\n\n{PROSE}\n\n{PROSE2}\n\nBridges\n\n[Bridge works in June](/a)\n"
    assert not cleaner.clean(plain, format="markdown").removed  # no removal touches the run: the article's
    anchored = plain + "\n[Share on Twitter](https://twitter.com/share) [Share on Facebook](https://facebook.com/x)\n"
    result = cleaner.clean(anchored, format="markdown")
    assert "Bridge works in June" not in result.text
    assert "Bridges" in result.text  # a plain label over one link and the prose: not between two removals


def test_plain_text_is_untouched():
    doc = f"The street will be repaved\n\n# roads\n# council\n\n{PROSE}\nx = compute(1)\nEnter fullscreen mode\n" \
          f"Exit fullscreen mode\n{PROSE2}\n"
    result = cleaner.clean(doc, format="text")
    assert not any(r.rule.startswith("navigation.md_") for r in result.removed)


def test_with_a_site_profile_the_findings_are_off():
    from cleaner.detectors.md_chrome import md_chrome_findings

    assert md_chrome_findings([], [], None) == []


def test_an_edit_note_between_two_removals_stays_a_short_line_goes():
    doc = (f"# The street will be repaved\n\n{PROSE}\n\n{PROSE2}\n\n"
           "Subscribe to our newsletter to get the council's news every week.\n\n{line}\n\n"
           "[Share on Twitter](https://twitter.com/share) [Share on Facebook](https://facebook.com/x)\n")
    kept = cleaner.clean(doc.replace("{line}", "Update: the map link is fixed, thanks Ann."), format="markdown")
    assert "Update: the map link is fixed" in kept.text
    gone = cleaner.clean(doc.replace("{line}", "Thanks for reading, see you"), format="markdown")
    assert "Thanks for reading" not in gone.text  # the neighbour pass as before
