"""Plain text's head lines that are chrome by repetition or by a copy of the title (decision._head_copies,
headcopies.py; head36): a site's name printed twice on one line, a breadcrumb ending with the title, a masthead's
lines printed twice in a row, a site's name printed twice around its tagline; and the head lines that stay."""

from __future__ import annotations

import cleaner
from cleaner.decision import Thresholds, decide
from cleaner.headcopies import crumb_to, doubled, labelled_title, norm, repeated_run, toc_marker
from cleaner.model import Block

PROSE = ("The harbour board voted on Tuesday to close the old pier for repairs, after engineers found that two of "
         "its wooden piles had rotted through during the winter storms.")
PROSE2 = ("Repairs are expected to take most of the summer, and the ferry to the island will use the northern "
          "landing stage until the work is finished, the board said in a statement.")


def blocks_of(*texts) -> list[Block]:
    return [Block(i, "paragraph", text, " ".join(text.split()), group=i) for i, text in enumerate(texts)]


def decided(texts, title_index=None) -> tuple[list[bool], int | None]:
    blocks = blocks_of(*texts)
    decision = decide(blocks, [[] for _ in blocks], Thresholds(), title_index=title_index, text=True)
    return [v.keep for v in decision.verdicts], decision.title_index


def clean(text: str) -> str:
    return cleaner.Cleaner().clean(text, format="text").text


# --- the line tests ------------------------------------------------------------------------------------------------
def test_doubled():
    assert doubled("Harbour Gazette Harbour Gazette") == "harbour gazette"
    assert doubled("Harbour  Gazette   Harbour Gazette") == "harbour gazette"
    assert doubled("Bye Bye") is None  # one word twice
    assert doubled("New York, New York") is None  # a comma: no copy
    assert doubled("Harbour Gazette Harbour News") is None


def test_crumb_to():
    title = norm("Old Pier to Close for Repairs")
    assert crumb_to(norm("Home News Old Pier to Close for Repairs"), title)
    assert crumb_to(norm("Home › News › Old Pier to Close for Repairs"), title)
    assert not crumb_to(title, title)  # the copy itself
    assert not crumb_to(norm("It rained all week. Old Pier to Close for Repairs"), title)  # a sentence before it
    assert not crumb_to(norm("Why the council now says Old Pier to Close for Repairs"), title)  # too many words
    assert not crumb_to(norm("News Pier"), norm("Pier"))  # a title too short to tell


def test_repeated_run():
    assert repeated_run(["menu", "a", "b", "c", "d", "a", "b", "c", "d"]) == set(range(1, 9))
    assert repeated_run(["a", "b", "a", "c"]) == set()
    assert repeated_run(["a", "a"]) == set()  # one line twice is no run


# --- the pass --------------------------------------------------------------------------------------------------------
def test_a_site_name_printed_twice_over_the_headline_goes_and_the_headline_is_the_title():
    keep, title = decided(["Harbour Gazette Harbour Gazette", "Harbour Gazette Old Pier to Close for Repairs",
                           PROSE, PROSE2], title_index=0)
    assert keep == [False, True, True, True] and title == 1


def test_a_breadcrumb_ending_with_the_title_goes():
    keep, title = decided(["Old Pier to Close for Repairs", "Home News Old Pier to Close for Repairs\n"
                           "Old Pier to Close for Repairs", PROSE, PROSE2], title_index=0)
    assert keep == [False if i == 1 else True for i in range(4)] and title == 0


def test_a_masthead_printed_twice_goes_with_its_block():
    masthead = ["Editor in Chief", "Anna Berg", "Managing Editor", "Olof Lind"]
    keep, _ = decided(["\n".join(["Sport Business Culture Weather", *masthead, *masthead]),
                       "Old Pier to Close for Repairs", PROSE, PROSE2])
    assert keep == [False, True, True, True]


def test_a_site_name_twice_around_its_tagline_goes():
    keep, _ = decided(["Anna Berg – writer and sailor", "~ A personal notebook kept since 2009. Written at sea.",
                       "Anna Berg – writer and sailor", "Old Pier to Close for Repairs", PROSE, PROSE2])
    assert keep == [False, False, False, True, True, True]


def test_end_to_end_in_several_languages():
    text = ("Dainik Samachar Dainik Samachar\n\nDainik Samachar पुराने घाट की मरम्मत के लिए उसे बंद किया जाएगा\n\n"
            "बंदरगाह बोर्ड ने मंगलवार को पुराने घाट को मरम्मत के लिए बंद करने का फैसला किया, क्योंकि इंजीनियरों ने पाया कि "
            "सर्दियों के तूफानों में उसके दो लकड़ी के खंभे सड़ गए थे। मरम्मत में गर्मियों का अधिकांश समय लगेगा।\n")
    assert "Dainik Samachar Dainik Samachar" not in clean(text)
    text = ("Alter Anleger wird für Reparaturen geschlossen\n\nStartseite Aktuelles Alter Anleger wird für Reparaturen "
            "geschlossen\nAlter Anleger wird für Reparaturen geschlossen\n\nDer Hafenrat hat am Dienstag beschlossen, "
            "den alten Anleger für Reparaturen zu schließen, nachdem Ingenieure festgestellt hatten, dass zwei seiner "
            "Holzpfähle in den Winterstürmen verrottet waren.\n\nDie Arbeiten dauern voraussichtlich den ganzen "
            "Sommer, teilte der Rat in einer Erklärung mit, und die Fähre nutzt so lange den nördlichen Anleger.\n")
    out = clean(text)
    assert "Startseite" not in out and out.startswith("Alter Anleger wird für Reparaturen geschlossen")
    assert "Der Hafenrat hat am Dienstag" in out


# --- what stays -----------------------------------------------------------------------------------------------------
def test_negative_a_title_that_repeats_words():
    # "New York New York" as the article's title: the next line is prose, and the name is the article's
    keep, title = decided(["New York New York", "New York New York is the song that " + PROSE, PROSE2],
                          title_index=0)
    assert keep == [True, True, True] and title == 0
    keep, _ = decided(["Bye Bye", PROSE, PROSE2], title_index=0)
    assert keep == [True, True, True]


def test_negative_a_subtitle_and_a_standfirst_under_the_title():
    keep, _ = decided(["Old Pier to Close for Repairs", "Engineers found rot in two piles of the Old Pier to Close "
                       "for Repairs", PROSE, PROSE2], title_index=0)
    assert all(keep)
    keep, _ = decided(["Old Pier to Close for Repairs", "The board's decision. Old Pier to Close for Repairs",
                       PROSE, PROSE2], title_index=0)
    assert all(keep)


def test_negative_a_title_printed_twice_around_its_standfirst_or_date():
    keep, _ = decided(["Old Pier to Close for Repairs", "The harbour board closes the pier for the summer.",
                       "Old Pier to Close for Repairs", PROSE, PROSE2])
    assert all(keep)  # the title's words are the article's
    keep, _ = decided(["Old Pier to Close for Repairs", "12 March 2024", "Old Pier to Close for Repairs",
                       PROSE, PROSE2])
    assert all(keep)  # a date line between


def test_negative_a_poem_with_its_refrain_at_the_top():
    poem = "the tide comes in\nthe tide goes out\nthe tide comes in\nthe tide goes out\nand the pier stands"
    keep, _ = decided([poem, PROSE, PROSE2])
    assert all(keep)  # lower-case lines: a poem's, no labels
    poem = "Tide Comes In\nTide Goes Out\nTide Comes In\nTide Goes Out"
    keep, _ = decided([poem, "The tide comes in and goes out twice a day. " + PROSE, PROSE2])
    assert all(keep)  # a refrain whose words the article uses


def test_negative_one_word_labels_and_lines_in_the_body():
    keep, _ = decided(["Chorus", "la la la", "Chorus", PROSE, PROSE2])
    assert all(keep)  # one word twice
    keep, _ = decided([PROSE, "Harbour Gazette Harbour Gazette", PROSE2])
    assert all(keep)  # after the first prose: not the head


def test_negative_a_chapter_label_before_the_title():
    keep, _ = decided(["Korea, Case History of a Pawn", "CHAPTER I: Korea, Case History of a Pawn", PROSE, PROSE2],
                      title_index=0)
    assert all(keep)  # a heading's own label ends with ":": no breadcrumb
    keep, _ = decided(["Old Pier to Close for Repairs", "Photo Old Pier to Close for Repairs", PROSE, PROSE2])
    assert all(keep)  # no title from the title step: what the line ends with may be any line


def test_negative_a_line_that_ends_with_the_next_line():
    # a price line printed whole and then its tail: no title, no breadcrumb
    keep, _ = decided(["From $599 or $49.91 per month for twelve months", "or $49.91 per month for twelve months",
                       PROSE, PROSE2])
    assert all(keep)


# --- the document's start as a removal ------------------------------------------------------------------------------
def found(strength=0.95):
    from cleaner.model import Finding
    return [Finding("navigation", "navigation.heading", "archives [en]", strength, True, "heading")]


def decided_with(texts, findings, title_index=None):
    blocks = blocks_of(*texts)
    decision = decide(blocks, findings, Thresholds(), title_index=title_index, text=True)
    return [v.keep for v in decision.verdicts], decision.title_index


def test_label_lines_from_the_start_to_a_strong_removal_go():
    texts = ["Flux RSS", "Flux RSS des billets", "Recommander", "Archives", "Old Pier to Close for Repairs", PROSE,
             PROSE2]
    keep, title = decided_with(texts, [[], [], [], found(), [], [], []], title_index=0)
    assert keep[:4] == [False] * 4 and keep[4:] == [True] * 3 and title is None


def test_start_run_negatives():
    texts = ["Old Pier Closes", "Harbour Board", "Archives", PROSE, PROSE2]
    # a title whose words the article uses over a removal
    keep, _ = decided_with(texts, [[], [], found(), [], []], title_index=0)
    assert keep[0] and keep[1]
    # a weak removal (under the edge's strength) is no edge
    texts = ["Flux RSS", "Recommander", "Archives", PROSE, PROSE2]
    keep, _ = decided_with(texts, [[], [], found(0.5), [], []])
    assert keep[0] and keep[1]
    # a byline's name, a date line, a sentence
    for line in ("Anna Berg", "12 March 2024", "We went to the pier."):
        keep, _ = decided_with([line, "Recommander", "Archives", PROSE, PROSE2], [[], [], found(), [], []])
        assert keep[0] and keep[1], line


# --- a run of removals near the head makes an edge -------------------------------------------------------------------
def disclaimer(strength=0.7):
    from cleaner.model import Finding
    return [Finding("rights_notice", "rights_notice.disclaimer", "editors", strength, False, "phrase")]


def card(k=0):
    from cleaner.model import Finding
    return [Finding("call_to_action", "call_to_action.share_line", f"share {k}", 0.95, False, "phrase")]


def test_a_weak_finding_next_to_a_removed_run_near_the_head_goes():
    texts = ["Old Pier to Close for Repairs", PROSE, "Card one", "Card two", "Card three",
             "This blog is personal, the editors are not responsible for it.", PROSE2, PROSE]
    findings = [[], [], card(), card(), card(), disclaimer(), [], []]
    keep, _ = decided_with(texts, findings, title_index=0)
    assert keep == [True, True, False, False, False, False, True, True]


def test_removed_run_edges_negatives():
    texts = ["Old Pier to Close for Repairs", PROSE, "Card one", "Card two",
             "This blog is personal, the editors are not responsible for it.", PROSE2, PROSE]
    findings = [[], [], card(), card(), disclaimer(), [], []]
    keep, _ = decided_with(texts, findings, title_index=0)
    assert keep[4]  # two removals are no run
    texts = ["Old Pier to Close for Repairs", PROSE, PROSE2, "Card one", "Card two", "Card three",
             "This blog is personal, the editors are not responsible for it.", PROSE, PROSE2, PROSE, PROSE2]
    findings = [[], [], [], card(), card(), card(), disclaimer(), [], [], [], []]
    keep, _ = decided_with(texts, findings, title_index=0)
    assert keep[6]  # after the article's second body paragraph: the middle
    texts = ["Old Pier to Close for Repairs", PROSE, "Card one", "Card two", "Card three",
             "This blog is personal, the editors are not responsible for it.", PROSE2, PROSE]
    findings = [[], [], card(), card(), card(), disclaimer(0.4), [], []]
    keep, _ = decided_with(texts, findings, title_index=0)
    assert keep[5]  # too weak
    long_text = "Our editors are not responsible for the opinions of the writers. " + PROSE
    texts = ["Old Pier to Close for Repairs", PROSE, "Card one", "Card two", "Card three", long_text, PROSE2, PROSE]
    findings = [[], [], card(), card(), card(), disclaimer(), [], []]
    keep, _ = decided_with(texts, findings, title_index=0)
    assert keep[5]  # prose


# --- a menu printed as a list at the head -----------------------------------------------------------------------------
def items_of(*texts) -> list[Block]:
    return [Block(i, "list_item", text, text, group=i) for i, text in enumerate(texts)]


def home():
    from cleaner.model import Finding
    return [Finding("navigation", "navigation.heading", "home [en]", 0.95, True, "heading")]


def test_a_menu_list_whose_home_item_went_goes_whole():
    blocks = items_of("Home", "My Books", "Talks", "Biography", "Contact") + blocks_of(
        "Old Pier to Close for Repairs", PROSE, PROSE2)[0:3]
    for k, b in enumerate(blocks):
        b.index = k
    findings = [home()] + [[] for _ in blocks[1:]]
    keep = [v.keep for v in decide(blocks, findings, Thresholds(), text=True).verdicts]
    assert keep == [False] * 5 + [True] * 3


def test_menu_list_negatives():
    # a table of contents: its items are the article's own words
    toc = ["Home", "The Old Pier", "The Winter Storms", "The Repairs"]
    blocks = items_of(*toc) + blocks_of("Old Pier to Close for Repairs", PROSE, PROSE2)
    for k, b in enumerate(blocks):
        b.index = k
    findings = [home()] + [[] for _ in blocks[1:]]
    keep = [v.keep for v in decide(blocks, findings, Thresholds(), text=True).verdicts]
    assert keep[1:4] == [True] * 3
    # key points: sentences
    points = ["Home", "Engineers found rot in two piles.", "The ferry moves north.", "Work ends in autumn."]
    blocks = items_of(*points) + blocks_of("Old Pier to Close for Repairs", PROSE, PROSE2)
    for k, b in enumerate(blocks):
        b.index = k
    keep = [v.keep for v in decide(blocks, findings, Thresholds(), text=True).verdicts]
    assert keep[1:4] == [True] * 3
    # no item removed: nothing
    blocks = items_of("Mis libros", "Conferencias", "Biografía") + blocks_of("Old Pier to Close", PROSE, PROSE2)
    for k, b in enumerate(blocks):
        b.index = k
    keep = [v.keep for v in decide(blocks, [[] for _ in blocks], Thresholds(), text=True).verdicts]
    assert keep[:3] == [True] * 3


# --- a title with a platform's label, a label between two title copies, a TOC placeholder ------------------------------
def md(text: str) -> cleaner.CleanResult:
    return cleaner.Cleaner().clean(text, format="markdown")


MD_BODY = ("The harbour board voted on Tuesday to close the old pier for repairs, after engineers found that two of "
           "its wooden piles had rotted through.\n\nRepairs are expected to take most of the summer, the board said "
           "in a statement on Wednesday, and the ferry will use the northern landing stage.\n")


def test_labelled_title():
    title = norm("Old Pier to Close for Repairs")
    assert labelled_title(norm("Old Pier to Close for Repairs 본문"), title)
    assert labelled_title(norm("Old Pier to Close for Repairs - Blog"), title)
    assert not labelled_title(norm("Old Pier to Close for Repairs after the storms of the winter"), title)
    assert not labelled_title(norm("Old Pier to Close for Repairs. Then"), title)
    assert not labelled_title(title, title)


def test_toc_marker():
    assert toc_marker("[toc]") and toc_marker("[TOC]") and toc_marker("{:toc}") and toc_marker("<!-- toc -->")
    assert not toc_marker("Table of contents of the report") and not toc_marker("[toc] is a marker")


def test_markdown_head_title_with_a_label_a_section_label_and_a_placeholder_go():
    text = "# Old Pier to Close for Repairs 본문\n\n# Old Pier to Close for Repairs\n\n" + MD_BODY
    out = md(text).text
    assert "본문" not in out and "Old Pier to Close for Repairs" in out and "wooden piles" in out
    text = "Old Pier to Close for Repairs\n\nPOSTS\n\n# Old Pier to Close for Repairs\n\n" + MD_BODY
    out = md(text).text
    assert "POSTS" not in out and "# Old Pier to Close for Repairs" in md(text).markdown
    text = "# Old Pier to Close for Repairs\n\n[toc]\n\n## The piles\n\n" + MD_BODY
    out = md(text).text
    assert "[toc]" not in out and "The piles" in out


def test_markdown_head_negatives():
    # a byline, a date, a subtitle between two copies of the title; a heading that starts with the title
    for middle in ("by Anna Berg", "Anna Berg", "12 March 2024", "Why the Board Acted Now and What Comes Next"):
        text = f"Old Pier to Close for Repairs\n\n{middle}\n\n# Old Pier to Close for Repairs\n\n" + MD_BODY
        assert middle in md(text).text, middle
    text = "# Old Pier to Close for Repairs\n\n## Old Pier to Close for Repairs after the storms\n\n" + MD_BODY
    assert "after the storms" in md(text).text
    # the marker in a sentence, and an article's own "Contents" list
    text = "# Markdown Tips\n\nWrite [toc] on a line of its own to get a table of contents.\n\n" + MD_BODY
    assert "Write [toc] on a line" in md(text).text


def test_text_section_label_between_two_title_copies():
    keep, _ = decided(["Old Pier to Close for Repairs", "POSTS", "Old Pier to Close for Repairs", PROSE, PROSE2],
                      title_index=0)
    assert keep == [True, False, True, True, True]
    keep, _ = decided(["Old Pier to Close for Repairs", "POSTS", "Old Pier to Close for Repairs", PROSE, PROSE2])
    assert keep[1:] == [False, True, True, True]  # (without a title, the first copy goes as the page's line too)
    keep, _ = decided(["Old Pier to Close for Repairs", "by Anna", "Old Pier to Close for Repairs", PROSE, PROSE2])
    assert all(keep)  # "by <name>": a byline (decision 3)


def test_negative_an_event_listing_with_a_line_under_every_entry():
    # a gig list: the same practical line under every date, the name of the venue between
    entries = ["Tickets ten pounds, doors at eight", "Dec 19 - Winchester - The Railway",
               "Tickets ten pounds, doors at eight", "Dec 20 - Bristol - The Fleece",
               "Tickets ten pounds, doors at eight"]
    keep, _ = decided([*entries, PROSE, PROSE2])
    assert all(keep)
    entries = ["Tickets £10 / show 8:00pm", "Winchester, The Railway", "Tickets £10 / show 8:00pm"]
    keep, _ = decided([*entries, PROSE, PROSE2])
    assert all(keep)  # a price and a time: the entry's own details
