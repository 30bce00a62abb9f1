"""image37 (issue 11, famK families H and K): what a picture, an embed or a script leaves on a line of text
(detectors/image_residue.py), and the article text of a similar shape that must stay: a caption that is the
article's, an article about photography, about Unsplash, about image files, a code tutorial, a credit quoted, a
quoted reply, a reference list, a poem, list items at the body's end. Fixtures written for these tests.
"""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.image_residue import residue_line, residue_lines, script_block

TITLE = "The new park on the east side of the river"
P1 = ("The city council voted on Monday to build a new park on the east side of the river, after two years of "
      "debate among the residents of the neighbourhood and three public meetings.")
P2 = ("The park will have a playground, a pond and a path for bicycles, said the mayor, who attended the meeting "
      "with several members of the planning board and the architect.")
P3 = ("Construction will begin in the spring and is expected to last about eighteen months, according to the "
      "schedule the city published on its website on Tuesday.")
P4 = ("Residents can send their comments on the plan to the council until the end of the month, and the council "
      "will publish every comment with its answer.")


def _doc(line: str, glued: bool = False) -> str:
    if glued:
        return f"{TITLE}\n\n{P1}\n{line}\n{P2}\n\n{P3}\n\n{P4}\n"
    return f"{TITLE}\n\n{P1}\n\n{line}\n\n{P2}\n\n{P3}\n\n{P4}\n"


def _removed(result) -> list[tuple[str, str]]:
    return [(r.rule, r.text) for r in result.removed]


def _body_kept(result) -> None:
    for sentence in (P1, P2, P3, P4):
        assert sentence in result.text


RESIDUE = [
    ("Photo by Bruno Lima on Unsplash", "navigation.image_remnant"),
    ("Image by Gerd Keller from Pixabay", "navigation.image_remnant"),
    ("Foto von Anna Weber auf Unsplash", "navigation.image_remnant"),
    ("Photo de Jean Martin sur Unsplash", "navigation.image_remnant"),
    ("Foto de Ana Lima en Pexels", "navigation.image_remnant"),
    ("(c) DR", "navigation.image_remnant"),
    ("(C) Jean Martin", "navigation.image_remnant"),
    ("사진=연합뉴스", "navigation.image_remnant"),
    ("(사진 제공=시청)", "navigation.image_remnant"),
    ("park plan ©Ilustrasi dibuat AI", "navigation.image_remnant"),
    ("IMG_1234.JPG", "navigation.image_remnant"),
    ("公园效果图.jpg", "navigation.image_remnant"),
    ("Photo_2", "navigation.image_remnant"),
    ("File photo", "navigation.image_remnant"),
    ("Archivbild", "navigation.image_remnant"),
    ("资料图", "navigation.image_remnant"),
    ("Ảnh minh họa", "navigation.image_remnant"),
    ("post-thumbnail", "navigation.image_remnant"),
    ("Press enter or click to view image in full size", "navigation.image_remnant"),
    ("Click to enlarge", "navigation.image_remnant"),
    ("example.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0", "navigation.script_residue"),
    ("123456789101112", "navigation.script_residue"),
    ("https://platform.twitter.com/widgets/widget_iframe.0a1b2c.html?origin=https%3A%2F%2Fexample.com",
     "navigation.script_residue"),
]


@pytest.mark.parametrize("line,rule", RESIDUE)
def test_a_residue_line_alone_between_paragraphs_goes(line, rule):
    assert residue_line(line) == rule
    result = cleaner.clean(_doc(line), format="text")
    assert (rule, line) in _removed(result)
    _body_kept(result)


@pytest.mark.parametrize("line,rule", RESIDUE)
def test_a_residue_line_glued_to_its_paragraph_is_cut_out_and_goes(line, rule):
    result = cleaner.clean(_doc(line, glued=True), format="text")
    assert (rule, line) in _removed(result)
    _body_kept(result)


def test_a_stock_credit_under_a_markdown_image_goes_but_the_caption_stays():
    doc = (f"# {TITLE}\n\n{P1}\n\n![The pond](pond.jpg)\n\nPress enter or click to view image in full size\n\n"
           f"{P2}\n\n![](plan.png)\n\nThe mayor at the opening on Monday.\n\n{P3}\n\n{P4}\n")
    result = cleaner.clean(doc, format="markdown")
    assert ("navigation.image_remnant", "Press enter or click to view image in full size") in _removed(result)
    assert "The mayor at the opening on Monday." in result.text
    _body_kept(result)


def test_a_wordpress_scripts_data_printed_as_text_goes():
    block = ('/* <![CDATA[ */\nvar tocplus = {"visibility_show":"show","width":"Auto"};\n/* ]]> */  /* <![CDATA[ */\n'
             'var sharebar = {"post_id":"501","floatBeforeContent":""};\n/* ]]> */   var bar_nonce = "cc5b";'
             'var barTracking = false;')
    assert script_block(block)
    for fmt in ("text", "markdown"):
        result = cleaner.clean(_doc(block), format=fmt)
        assert any(rule == "navigation.script_residue" for rule, _ in _removed(result)), fmt
        assert "tocplus" not in result.text
        _body_kept(result)


# --- what must stay ---------------------------------------------------------------------------------------------
def test_a_caption_that_is_article_text_stays():
    doc = _doc("The mayor at the opening on Monday.")
    result = cleaner.clean(doc, format="text")
    assert "The mayor at the opening on Monday." in result.text
    assert residue_line("The mayor at the opening on Monday.") is None


PHOTOGRAPHY = """Three photographers who changed how we see cities

Photo by photo, the exhibition builds a portrait of the twentieth-century city through the eyes of three photographers.

Photo by Dorothea Lange

The first room shows the work of Dorothea Lange, whose pictures of workers on the move are among the best known of the decade, and whose notes are shown next to them.

Photographs by Berenice Abbott on Unsplash and elsewhere are often copies of prints that the Museum of the City holds.

The second room is given to Berenice Abbott, who spent ten years photographing New York as it was torn down and rebuilt around her.

Picture this: a street in 1935 on Unsplash

The last room is a wall of contact sheets, where the visitor can follow a photographer's choices frame by frame.
"""


def test_an_article_about_photography_naming_photographers_keeps_its_text():
    result = cleaner.clean(PHOTOGRAPHY, format="text")
    for line in PHOTOGRAPHY.strip().split("\n\n")[1:]:
        if line != "Photo by Dorothea Lange":  # (a heading-like label line: the detectors' own business, not ours)
            assert line in result.text, line
    assert not any(r.rule == "navigation.image_remnant" or "image37" in r.cue for r in result.removed)


UNSPLASH = """What Unsplash changed for photographers

Unsplash is a website where photographers share their pictures for free, and anyone can use them without asking.

Every picture comes with a line the site suggests for the credit, and most blogs paste it under the image without changing a word.

Photos on Unsplash are free to use, the site says, but the photographers are glad when their names are given.

“Photo by Ana Lima on Unsplash” is the line that a reader sees under the picture, the name linked to her page.

Some photographers say the service has made it harder to sell their work to magazines and agencies.
"""


def test_an_article_about_unsplash_and_a_quoted_credit_keep_their_text():
    result = cleaner.clean(UNSPLASH, format="text")
    for line in UNSPLASH.strip().split("\n\n")[1:]:
        assert line in result.text, line
    assert residue_line("“Photo by Ana Lima on Unsplash”") is None
    assert residue_line("Photos on Unsplash are free to use") is None


FILES = """How to prepare the pictures for the club's website

Open the file report-2024.pdf and copy the table of members into the spreadsheet before you start.

The website needs two pictures, and their names must be exactly these:

- logo.png
- header.jpg

Save the pictures in the folder called images, then upload the folder with the program the club uses.

If the upload fails, rename the file to photo.jpg and try again with a smaller size.
"""


def test_an_article_about_image_files_keeps_its_names():
    result = cleaner.clean(FILES, format="text")
    for text in ("Open the file report-2024.pdf", "logo.png", "header.jpg", "rename the file to photo.jpg"):
        assert text in result.text, text
    assert not any("image37" in r.cue for r in result.removed)


def test_a_file_name_a_sentence_introduces_stays():
    doc = f"{TITLE}\n\n{P1}\n\nSave the plan of the park under this name:\n\npark-plan.jpg\n\n{P2}\n\n{P3}\n"
    result = cleaner.clean(doc, format="text")
    assert "park-plan.jpg" in result.text


TUTORIAL = """How to add an ads.txt file and a script to your site

The ads.txt file lists the companies allowed to sell ads on your site. Each line names one of them, like this one:

```
example.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0
```

The script of the plugin prints its settings in the page, and you can read them in the source:

```js
/* <![CDATA[ */
var settings = {"show":"yes"};
/* ]]> */
```

Save the picture as logo.png in the theme's folder, next to the stylesheet, and reload the page to see it.

```
logo.png
123456789101112
```
"""


def test_a_code_tutorials_code_blocks_stay():
    result = cleaner.clean(TUTORIAL, format="markdown")
    for text in ("example.com, pub-0000000000000000, DIRECT", "var settings", "<![CDATA[", "logo.png\n"):
        assert text in result.markdown, text
    assert not any("image37" in r.cue for r in result.removed)


def test_an_ads_txt_line_a_sentence_introduces_in_plain_text_stays():
    doc = (f"{TITLE}\n\n{P1}\n\nAdd this line to the ads.txt file of your site:\n\n"
           f"example.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n\n{P2}\n\n{P3}\n")
    result = cleaner.clean(doc, format="text")
    assert "pub-0000000000000000" in result.text


def test_an_enumeration_and_a_quoted_reply_and_a_reference_list_stay():
    doc = (f"{TITLE}\n\n{P1}\n\nThe council listed three kinds of users:\n\n(a) Families\n\n(b) Schools\n\n"
           f"(c) Clubs\n\n{P2}\n\n> (c) Jean Martin wrote: the pond is too small.\n\n{P3}\n\nReferences\n\n"
           "1. Martin, J. (2021). Parks and ponds. City Press.\n\n2. Lima, A. (2019). Photo by photo. Unsplash.\n")
    result = cleaner.clean(doc, format="markdown")
    for text in ("(c) Clubs", "(a) Families", "Jean Martin wrote", "Parks and ponds", "Photo by photo"):
        assert text in result.text, text


POEM = """Photograph

A photo by the window,
on the table, faded,
File photo of a summer
we never went back to.

Image by image the light goes,
on the wall, on Unsplash,
and nobody asks the name
of the one who held the camera.
"""


def test_a_poem_keeps_its_lines():
    result = cleaner.clean(POEM, format="text")
    for line in POEM.strip().split("\n")[2:]:
        if line:
            assert line in result.text, line


def test_list_items_at_the_bodys_end_stay():
    doc = (f"{TITLE}\n\n{P1}\n\n{P2}\n\nWhat the park will have:\n\n- a pond\n- a playground\n- a photo wall\n"
           "- an image garden\n")
    result = cleaner.clean(doc, format="markdown")
    for item in ("a pond", "a playground", "a photo wall", "an image garden"):
        assert item in result.text


def test_residue_lines_cuts_only_the_residue_lines_of_a_paragraph():
    lines = [P1, "Photo by Bruno Lima on Unsplash", P2, "IMG_1234.JPG", "Open the file report-2024.pdf."]
    assert residue_lines(lines) == {1, 3}
    assert residue_lines([P1]) == set()


# --- embeds and players (family K), agency credits, gallery counters ---------------------------------------------
MORE_RESIDUE = [
    ("View this post on Instagram", "navigation.script_residue"),
    ("A post shared by City Parks (@cityparks)", "navigation.script_residue"),
    ("Watch on YouTube", "navigation.script_residue"),
    ("Video Player is loading.", "navigation.script_residue"),
    ("Your browser does not support the video tag.", "navigation.script_residue"),
    ("AFP/Getty Images", "navigation.image_remnant"),
    ("Jean Martin/Getty Images", "navigation.image_remnant"),
    ("Getty Images", "navigation.image_remnant"),
    ("Photo 1 of 12", "navigation.image_remnant"),
    ("Bild 2 von 8", "navigation.image_remnant"),
    ("Open gallery", "navigation.image_remnant"),
]


@pytest.mark.parametrize("line,rule", MORE_RESIDUE)
def test_an_embeds_or_a_players_or_an_agencys_line_goes(line, rule):
    assert residue_line(line) == rule
    for glued in (False, True):
        result = cleaner.clean(_doc(line, glued=glued), format="text")
        assert (rule, line) in _removed(result)
        _body_kept(result)


PLAYER = "Play Video\nPlay\nMute\nCurrent Time 0:00\n/\nDuration 0:00\nLoaded: 0%\nPlayback Rate\n1x"


def test_a_media_players_labels_go_as_a_run():
    for glued in (False, True):
        result = cleaner.clean(_doc(PLAYER, glued=glued), format="text")
        assert "Current Time" not in result.text and "Playback Rate" not in result.text
        _body_kept(result)


def test_words_a_player_has_too_stay_without_its_own_labels():
    settings = ("How to set up the reader app", P1, "The settings page has five entries:", "Text\nColor\nBackground\n"
                "Font size\nFont family", "Play\nPause\nShare", P2, P3)
    doc = "\n\n".join(settings) + "\n"
    result = cleaner.clean(doc, format="text")
    for word in ("Text", "Color", "Background", "Font size", "Font family", "Play", "Pause"):
        assert word in result.text, word
    assert not any("image37" in r.cue for r in result.removed)


def test_a_poll_credited_with_a_slash_in_a_sentence_stays():
    assert residue_line("Reuters/Ipsos poll shows a lead for the mayor") is None
    assert residue_line("The Reuters/Ipsos poll was published on Monday.") is None
    doc = _doc("The Reuters/Ipsos poll was published on Monday.")
    assert "The Reuters/Ipsos poll was published on Monday." in cleaner.clean(doc, format="text").text


def test_a_short_run_of_digits_is_a_value_not_a_gutter():
    assert residue_line("12345") is None  # (a tutorial's output: ">>> t[0]" then "12345")
    assert residue_line("123456789") is None
    assert residue_line("12345678910") == "navigation.script_residue"


def test_a_pictures_credit_lends_no_link_to_the_source_url():
    doc = (f"{TITLE}\n\n{P1}\n\n{P2}\n\nAFP/Getty Images\n\n[Read and write comments](https://example.com/park#comments)\n\n"
           f"{P3}\n\n{P4}\n")
    result = cleaner.clean(doc, format="markdown")
    assert result.source_url is None


def test_a_credit_on_its_pictures_line_stays_with_the_pictures_alt_text():
    doc = (f"# {TITLE}\n\n{P1}\n\n![Save money by hosting the party at home.](party.jpg) Jean Martin/Getty Images\n\n"
           f"{P2}\n\n{P3}\n")
    result = cleaner.clean(doc, format="markdown")
    assert "Save money by hosting the party at home." in result.markdown
