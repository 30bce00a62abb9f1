"""lines36 (issue 11, plain text first): glued plain-text lines by their shape (detectors/glued.py), the line cut's
units for them (readers/text.py), and two false removals of probe J's half A (a share prompt in an article about
sharing, a "read on" sentence inside a paragraph) and a caption under a short "©" credit. Each mechanism with the
article text of a similar shape that must stay. Fixtures written for these tests.
"""

from __future__ import annotations

import cleaner
from cleaner.detectors.glued import (ad_slot_line, image_placeholder, link_table_rows, share_repeated, slug_line,
                                     title_siblings)
from cleaner.readers.text import text_units
from cleaner.model import Block


def _rules(result) -> set[str]:
    return {r.rule for r in result.removed}


INTRO = ("Garden Club Exam 2026: the full syllabus for the spring test is out, and this post goes through every topic "
         "you need to prepare, from soil types to pruning schedules, with notes for each section.")
BODY = ("Soil preparation is the first topic of the test. Candidates must know the difference between clay, loam and "
        "sand, how each one holds water, and which plants prefer which kind of ground in a temperate climate.")
MORE = ("Pruning is the second topic. The examiners ask about the right season for each shrub, the tools to use, "
        "and the way a cut should be angled so that rain runs off and the wound heals cleanly before winter.")


# --- 1. a link table glued into a one-block text ------------------------------------------------------------------
LINK_TABLE = f"""Garden Club Exam 2026 Syllabus
{INTRO}
Garden Club Exam 2026 : Important Links | |
---|---|
Garden Club Exam Notification | Click Here |
Garden Club Exam Syllabus | Click Here |
Garden Club Exam Admit Card | Click Here |
Garden Club Telegram Group | Click Here |
{BODY}
{MORE}
"""


def test_a_link_tables_rows_glued_into_the_text_go_and_the_prose_stays():
    result = cleaner.clean(LINK_TABLE, format="text")
    assert "navigation.link_table" in _rules(result)
    assert "Click Here" not in result.text
    for sentence in (INTRO, BODY, MORE):
        assert sentence in result.text


DATA_TABLE = f"""Garden Club Exam 2026 Syllabus
{INTRO}
Topic | Marks | Duration |
---|---|---|
Soil types | 30 | 40 minutes |
Pruning | 25 | 30 minutes |
Pests and diseases | 25 | 30 minutes |
Garden design | 20 | 20 minutes |
{BODY}
"""


def test_a_data_table_in_an_article_stays():
    result = cleaner.clean(DATA_TABLE, format="text")
    assert "navigation.link_table" not in _rules(result)
    for row in ("Soil types | 30 | 40 minutes |", "Garden design | 20 | 20 minutes |"):
        assert row in result.text


def test_a_table_whose_last_column_is_one_word_yes_is_data():
    rows = ["Python | Yes |", "Go | Yes |", "Rust | Yes |", "C | Yes |"]
    assert link_table_rows(list(rows)) == set()
    assert link_table_rows(["Python | Download now |", "Go | Download now |", "Rust | Download now |"]) == {0, 1, 2}


# --- 2. image remnants: a file-name slug, "Illustration 1" --------------------------------------------------------
SLUG = """Seven keys to a thriving allotment garden

Allotment gardens need planning. The first key is a good plot: sunny, sheltered from the wind and close to water. \
The second key is a rota that shares the work fairly between all the members of the garden club.

seven-keys-thriving-allotment-garden-plot-2
The third key is compost. Every allotment garden should keep two bins, one filling and one resting, so that there is \
always finished compost ready for the spring beds and the plot never has to buy soil improver.

Illustration 1

The fourth key is patience: a new plot takes three seasons before it gives its best harvest to the garden club.
"""


def test_an_image_file_name_and_a_placeholder_go():
    result = cleaner.clean(SLUG, format="text")
    assert "seven-keys-thriving-allotment-garden-plot-2" not in result.text
    assert "Illustration 1" not in result.text
    assert "The third key is compost." in result.text
    assert "The fourth key is patience" in result.text


TUTORIAL = """Installing the garden planner

The planner runs on any laptop. First install its command-line helper, then start it from the terminal. Once it \
is running, open the browser on the address it prints and sign in with your club account to see your plots.

Install it with:

garden-planner-cli-tools-helper

Then start the helper and open the address it prints. The helper keeps running in the background while you plan \
the season's beds, and it saves every change you make to the plan in the club's shared folder.
"""


def test_a_package_name_a_tutorial_introduces_stays():
    result = cleaner.clean(TUTORIAL, format="text")
    assert "garden-planner-cli-tools-helper" in result.text


def test_slug_and_placeholder_shapes():
    assert slug_line("seven-keys-thriving-allotment-2")
    assert not slug_line("docker-compose-plugin")  # three parts: a package name
    assert not slug_line("Seven keys to a thriving garden")
    assert slug_line("social-network-social-object-2", "Social Object: what is it? The network …")
    assert not slug_line("social-network-social-object-2", "An article about gardens")
    # letters only, no number or extension: a value's or a package's name as often as a file's
    assert not slug_line("strict-origin-when-cross-origin", "strict origin when cross origin: the policy sends …")
    assert slug_line("garden-club-spring-show-roses-prize.jpg", "The garden club's spring show: roses won a prize")
    assert image_placeholder("Illustration 1") and image_placeholder("Ảnh 2")
    assert not image_placeholder("Illustration 1 shows the plot from the north")
    assert not image_placeholder("Chapter 1")


# --- 3. an ad slot's title over a caption -------------------------------------------------------------------------
AD_SLOT = """City council approves new park

BANNER A - GREENLEAF NURSERY
Volunteers plant trees at the new park on Saturday morning, in a photo from the council's press office.
The council approved the plan on Monday evening after a long debate about the cost of the paths and the playground.

The park will open next spring. Its paths will be lit at night, and a small cafe will sell drinks in the summer months \
to the families that visit the playground and the lawns near the river, the council said on Monday.
"""


def test_an_ad_slots_title_goes_and_the_caption_under_it_stays():
    result = cleaner.clean(AD_SLOT, format="text")
    assert "affiliate.ad_slot" in _rules(result)
    assert "GREENLEAF NURSERY" not in result.text
    assert "Volunteers plant trees at the new park on Saturday morning" in result.text


def test_ad_slot_shapes():
    assert ad_slot_line("BANNER A - GREENLEAF NURSERY")
    assert ad_slot_line("PUBLICIDADE LOJA CENTRAL")
    assert not ad_slot_line("Banner Health said on Monday it would close two clinics.")
    assert not ad_slot_line("BANNER YEAR FOR THE HARVEST!")  # a headline in capitals with "!"
    assert not ad_slot_line("BANNER")  # the slot word alone: affiliate.ad_marker's
    assert not ad_slot_line("SPONSOR PULLS OUT OF CITY MARATHON")  # a headline in capitals


# --- 4. a share bar by repetition ---------------------------------------------------------------------------------
VALUES = """Choosing a referrer policy for the club's website

The policy decides what the browser sends as the referrer. These are the values the header accepts, each with what \
it does when a visitor follows a link from the club's pages to another site.

no-referrer-when-downgrade
The full address is sent when the protocol stays as secure or becomes more secure, and nothing when it downgrades.

strict-origin-when-cross-origin
The full address is sent to the same origin, only the origin to another one, and nothing when the protocol downgrades.
"""


def test_a_list_of_hyphenated_values_stays():
    result = cleaner.clean(VALUES, format="text")
    assert "no-referrer-when-downgrade" in result.text
    assert "strict-origin-when-cross-origin" in result.text


CODE_URLS = """Fetching three files at once

const one = fetch("https://example.github.io/data/one.json"); const two = fetch("https://example.github.io/data/two.json"); const three = fetch("https://example.github.io/data/three.json");

The three requests run in parallel, and the page waits for all of them before it draws the table of results.
"""


def test_code_with_a_networks_host_in_its_addresses_is_no_share_bar():
    assert share_repeated("fetch https example.github.io data fetch https example.github.io x fetch https "
                          "example.github.io y") is None
    result = cleaner.clean(CODE_URLS, format="text")
    assert "call_to_action.share_repeated" not in _rules(result)


def test_a_share_bar_by_its_repeated_prefix():
    bar = ("Share this story on Facebook Share this story on Twitter Share this story on Reddit "
           "Share this story on Pinterest")
    assert share_repeated(bar) == "story on"
    russian = "Поделиться новостью в Facebook Поделиться новостью в VK Поделиться новостью в Reddit"
    assert share_repeated(russian) == "новостью в"


def test_an_article_listing_networks_in_prose_is_no_share_bar():
    prose = ("The campaign ran on Facebook, on Twitter and on Reddit, and its organisers said that the most shares "
             "came from a single post on Pinterest in the second week.")
    assert share_repeated(prose) is None
    text = ("Where the campaign spread\n\nThe volunteers first posted the appeal in a local group. " + prose +
            " Within a month the fund had doubled, and the council matched every donation made before May.\n")
    result = cleaner.clean(text, format="text")
    assert prose in result.text


# --- 5. title-template siblings -------------------------------------------------------------------------------------
SIBLINGS = """What Is Compost And How To Make It At Home
Compost is decomposed organic matter that gardeners add to their soil. This post explains what it is and how to make \
it at home with kitchen scraps and garden waste.
- What Is Mulch And How To Make It At Home
- What Is Leaf Mould And How To Make It At Home
A compost heap needs air, water and a mix of green and brown material. Turn it every few weeks and keep it damp, and \
in a few months the scraps will have become dark, crumbly soil that your plants will love.
"""


def test_list_items_in_the_titles_template_about_other_topics_go():
    result = cleaner.clean(SIBLINGS, format="text")
    assert "related.title_siblings" in _rules(result)
    assert "What Is Mulch" not in result.text and "Leaf Mould" not in result.text
    assert "A compost heap needs air, water" in result.text


OWN_SECTIONS = """What Is Compost And How To Make It At Home
This guide answers two questions, each in a section of its own below, with the steps that work in a small garden.
- What Is Compost
- How To Make Compost At Home
Compost is decomposed organic matter that gardeners add to their soil to feed it and to help it hold water in summer.
To make compost at home, collect kitchen scraps and garden waste in a bin, turn them often and keep them damp.
"""


def test_an_articles_own_sub_questions_in_the_titles_form_stay():
    result = cleaner.clean(OWN_SECTIONS, format="text")
    assert "related.title_siblings" not in _rules(result)
    assert "- What Is Compost" in result.text


def test_a_prose_line_glued_under_a_one_line_item_is_its_own_paragraph():
    text = ("Intro line of the post that is long enough to be prose for the reader of plain text pages here.\n"
            "- A related post title\n"
            "The next paragraph of the article goes on here. It is prose, glued under the item by a single newline.\n")
    kinds = [u.type for u in text_units(text, markdown=False)]
    assert kinds == ["paragraph", "list_item", "paragraph"]
    wrapped = "- An item whose text\n  goes on in an indented line that is long enough to be prose, but indented.\n"
    assert [u.type for u in text_units(wrapped, markdown=False)] == ["list_item"]


# --- 6. poetry, addresses: short lines stay -------------------------------------------------------------------------
POEM = """Winter Garden

The beds lie bare beneath the frost,
the roses sleep, their colours lost;
but under soil the bulbs are wound
like clocks that wait for warmer ground.
GARDEN NOTES - SPRING ISSUE

The poem above was written by a member of the club for the winter newsletter, and it was read aloud at the annual \
meeting in the village hall, where the members voted it the best entry of the year.
"""


def test_a_poem_and_a_heading_in_capitals_stay():
    result = cleaner.clean(POEM, format="text")
    assert "the roses sleep, their colours lost;" in result.text
    assert "like clocks that wait for warmer ground." in result.text


# --- 7. the false removals of half A ---------------------------------------------------------------------------------
SHARING = """How the share button works in our app

The share button sends a post to the networks the user picks. When the user shares, the app waits for the network's \
answer and only then records the share, so that a cancelled share is never counted.

Share targets cannot be chosen by the app, so a share to Twitter and a share by e-mail are counted the same way, \
which is fine for most of the uses we have in mind.

In the next release, the share counter will also show which share target was used, so the statistics page can split \
the numbers by network for the editors who asked for it.
"""


def test_a_share_sentence_in_an_article_about_sharing_stays():
    sentence = "Share targets cannot be chosen by the app, so a share to Twitter and a share by e-mail are counted"
    result = cleaner.clean(SHARING, format="text")
    assert sentence in result.text


def test_a_share_prompt_that_asks_the_reader_still_goes():
    text = SHARING + "\nShare this article with your friends on Twitter!\n"
    result = cleaner.clean(text, format="text")
    assert "Share this article with your friends on Twitter!" not in result.text


JA_SHARING = """# 共有機能の実装

このアプリでは共有ボタンを押すと、投稿の共有画面が開きます。共有が成功したときだけ報酬を付与する処理を、非同期の結果を使って実装しました。

共有先の指定ができないので実際にはツイッター以外でも成否判定がなされてしまうのですが、かなりライトに実装ができるので便利です。

共有の結果はbool値で返ってくるので、trueの時だけ報酬を付与すれば十分に動作します。次回は設定画面について書きます。
"""


def test_a_japanese_share_sentence_in_an_article_about_sharing_stays():
    result = cleaner.clean(JA_SHARING, format="markdown")
    assert "共有先の指定ができないので" in result.text


def test_a_read_on_sentence_inside_a_vietnamese_paragraph_stays():
    text = ("Cách xem ai đã xem bài viết\n\nMạng xã hội cung cấp một tính năng hữu ích cho phép chúng ta theo dõi "
            "ai đã tương tác với nội dung. Trong hướng dẫn này, chúng ta sẽ khám phá cách sử dụng tính năng đó. "
            "Đọc tiếp để khám phá tất cả các chi tiết và thủ thuật hữu ích.\n\nTính năng theo dõi lượt xem là một "
            "công cụ mạnh mẽ cho phép người dùng phân tích tác động của bài đăng và hiểu cách người dùng tương tác.\n")
    result = cleaner.clean(text, format="text")
    assert "Đọc tiếp để khám phá tất cả các chi tiết và thủ thuật hữu ích." in result.text


CAPTION = """Protesters gather in the square

Thousands of people gathered in the main square on Thursday evening to mark the anniversary, the organisers said, \
and the speeches went on until late at night.
© Jane Roe/City Agency
Protesters hold banners in the main square during the anniversary rally on Thursday evening.

The rally ended peacefully. The police said no arrests had been made and the square was cleared before midnight, \
while the organisers thanked the volunteers who had kept the crowd safe through the evening.
"""


def test_a_copyright_sign_alone_is_not_cut_from_its_line():
    from cleaner.detectors.glued import credit_mark_line
    assert credit_mark_line("© Jane Roe/City Agency", "Protesters hold banners in the square during the rally.")
    assert not credit_mark_line("©", "Protesters hold banners in the square during the rally.")
    assert not credit_mark_line("© Jane Roe/City Agency", "Help translate")
    # a year: the page's copyright notice over its privacy line, not a picture's credit
    assert not credit_mark_line("© 2006 The Daily Tribune", "Please read our Privacy Policy and User Agreement.")


def test_figure_labels_are_no_placeholders():
    assert not image_placeholder("Figure 1")  # a paper's figure list (the gold keeps it)


def test_a_short_copyright_credit_does_not_take_the_caption_under_it():
    result = cleaner.clean(CAPTION, format="text")
    assert "© Jane Roe/City Agency" not in result.text
    assert "Protesters hold banners in the main square during the anniversary rally on Thursday evening." \
        in result.text


def test_title_siblings_need_the_titles_words():
    blocks = [Block(index=0, type="paragraph", text="Intro", plain="An introduction paragraph."),
              Block(index=1, type="list_item", text="- x", plain="What Is Mulch In Gardening"),
              Block(index=2, type="paragraph", text="y", plain="The body goes on.")]
    assert title_siblings(blocks, "A short title") == {}
