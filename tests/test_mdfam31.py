"""mdfam31 (issue 11): Markdown boilerplate families of the tuning probe probeG, each with positive and NEGATIVE cases.

- a pager's or a book's navigation line at an edge anchors the edge's run (md_chrome.py ``back_line``);
- a paragraph of template tags alone is a converter's residue (md_chrome.py ``template_block``);
- a picture's or a text's credit to a stock site or a generator at an edge (md_chrome.py ``media_credit``).
All texts are ours."""

from __future__ import annotations

import cleaner

BODY = ("The garden shed needed a new floor, so we lifted the old boards, laid a gravel bed and set six concrete "
        "blocks on it, checking each one with a spirit level before the joists went on top of them. ")
BODY2 = ("With the joists screwed down we cut the new boards to length, left a small gap along the walls for the "
         "wood to move, and oiled the whole floor twice before putting the tools back inside. ")


def clean_md(text: str):
    return cleaner.clean(text, format="markdown")


def removed(result, rule: str | None = None) -> list[str]:
    return [r.text.strip() for r in result.removed if rule is None or r.rule == rule]


# --- back-navigation lines -------------------------------------------------------------------------------------------
def test_back_line_at_the_end_goes():
    text = (f"# Chapter 9\n\n{BODY}\n\n{BODY2}\n\n"
            "⬅️ [Back to chapter 8: the walls](../08/README.md)\n\n⬅️ [Back to the start](../README.md)\n")
    result = clean_md(text)
    assert "Back to the start" not in result.text and "Back to chapter 8" not in result.text
    assert "oiled the whole floor" in result.text


def test_back_line_other_languages_and_arrow_after():
    for line in ("[Zurück zur Übersicht](../index.md)", "[Retour au sommaire](/)", "[返回目录](../README.md)",
                 "[Next chapter: the roof](../10/) →"):
        result = clean_md(f"# Chapter 9\n\n{BODY}\n\n{BODY2}\n\n{line}\n")
        assert removed(result), line
        assert "oiled the whole floor" in result.text


def test_back_line_in_a_document_without_prose():
    text = ("# Appendix\n\n- a list of commands\n- another item\n\n---\n\n"
            "[กลับไปบทที่ 8](../08/README.md)\n\n[กลับไปหน้าแรก](../README.md)\n")
    result = clean_md(text)
    assert "กลับไปหน้าแรก" not in result.text
    assert "a list of commands" in result.text


def test_plain_link_line_at_the_end_without_anchor_stays():
    # a link to the project's code at the end is the article's pointer, not navigation
    text = f"# Chapter 9\n\n{BODY}\n\n{BODY2}\n\n[The shed plans](https://example.org/shed-plans.pdf)\n"
    result = clean_md(text)
    assert "The shed plans" in result.text


def test_back_words_in_prose_stay():
    text = (f"# Chapter 9\n\n{BODY}\n\n{BODY2}\n\n"
            "Back to the shed: the door still sticks in wet weather, so next spring we will plane its bottom edge.\n")
    result = clean_md(text)
    assert "Back to the shed" in result.text


# --- template tags -----------------------------------------------------------------------------------------------------
def test_template_tag_lines_go_anywhere():
    text = ("{{< blocks/layout/wrapper >}}\n{{< blocks/layout/section >}}\n\n"
            f"# The shed floor\n\n{BODY}\n\n{{{{< /blocks/layout/section >}}}}\n\n{BODY2}\n\n"
            "{{% back-to-top %}}\n")
    result = clean_md(text)
    assert "blocks/layout" not in result.text and "back-to-top" not in result.text
    assert "spirit level" in result.text and "oiled the whole floor" in result.text


def test_template_tag_with_a_caption_stays():
    text = (f"# The shed floor\n\n{BODY}\n\n"
            '{{< figure src="floor.jpg" caption="The new floor after its second coat of oil" >}}\n\n'
            f"{BODY2}\n")
    result = clean_md(text)
    assert "second coat of oil" in result.text


def test_jinja_code_shown_without_a_fence_stays():
    # a template tutorial's code, written as paragraphs: Jinja / Liquid statements and expressions are its text
    text = (f"# Form templates\n\n{BODY}\n\n{{% if form.errors %}} {{% for error in form.errors %}}\n\n"
            "{{ field.label_tag }}\n\n{% include 'footer.html' %}\n\n" + BODY2 + "\n")
    result = clean_md(text)
    assert "form.errors" in result.text and "field.label_tag" in result.text and "footer.html" in result.text


def test_template_tag_inside_a_sentence_stays():
    text = f"# Shortcodes\n\n{BODY}\n\nWrite {{{{< note >}}}} before the warning and close it after.\n\n{BODY2}\n"
    result = clean_md(text)
    assert "before the warning" in result.text


# --- media credits -----------------------------------------------------------------------------------------------------
def test_stock_and_generator_credits_at_the_end_go():
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n"
            "- Cover image generated with Midjourney\n- Texto revisado, imágenes de Pixabay\n\n"
            "Image by [someone](https://pixabay.com/users/someone) from [Pixabay](https://pixabay.com)\n")
    result = clean_md(text)
    assert len(removed(result, "source_credit.media_credit")) == 3
    assert "oiled the whole floor" in result.text


def test_stock_credit_at_the_head_goes():
    text = f"# The shed floor\n\n![a shed](shed.jpg)\n\nPhoto by Jane Roe on Unsplash\n\n{BODY}\n\n{BODY2}\n"
    result = clean_md(text)
    assert "Unsplash" not in result.text


def test_generators_named_in_the_body_stay():
    # an article about image generators: the names and the words sit in its own paragraphs and lists
    text = ("# Three image generators compared\n\n"
            "Images generated by Midjourney looked the most painterly.\n\n"
            f"{BODY}\n\n- Midjourney: painterly images, slow\n- Stable Diffusion: runs on a laptop, images vary\n\n"
            f"{BODY2}\n\nStable Diffusion images were the sharpest in our test.\n\n{BODY}\n\n"
            "I export my notes as text files and upload them to ChatGPT.\n")
    result = clean_md(text)
    assert "looked the most painterly" in result.text
    assert "runs on a laptop" in result.text
    assert "were the sharpest in our test" in result.text
    assert "upload them to ChatGPT" in result.text


def test_a_photographers_caption_stays():
    text = (f"# Harbour at dawn\n\n{BODY}\n\n![boats](boats.jpg)\n\nPhoto: the harbour at dawn, by the author\n\n"
            f"{BODY2}\n")
    result = clean_md(text)
    assert "the harbour at dawn, by the author" in result.text


# --- translation credits (data/cues/*.json source_credit leads) --------------------------------------------------
def test_translation_credit_goes_and_gives_the_source_url():
    for line in ("Bài viết được dịch từ: https://example.org/en/shed-floor",
                 "This article was translated from [the original post](https://example.org/en/shed-floor).",
                 "Cet article est une traduction de https://example.org/en/shed-floor",
                 "Dieser Artikel ist eine Übersetzung von https://example.org/en/shed-floor",
                 "本文翻译自：https://example.org/en/shed-floor"):
        result = clean_md(f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n---\n\n{line}\n")
        assert result.source_url == "https://example.org/en/shed-floor", line
        assert "oiled the whole floor" in result.text


def test_translation_in_the_body_stays():
    for line in ("Translated from the Latin, the word for a floor board means a plank that carries weight, and "
                 "carpenters used it for every part of a hut.",
                 "Перевод статьи занял у нас три дня, потому что в ней много терминов плотников и строителей."):
        result = clean_md(f"# The shed floor\n\n{BODY}\n\n{line}\n\n{BODY2}\n")
        assert line[:30] in result.text, line


# --- a crawler's whole-page dump: its tail's chrome (md_chrome.py ``page_dump``, ``_dense_tail``) -----------------
ENVELOPE = "Title: The shed floor\n\nURL Source: https://example.org/shed-floor\n\nMarkdown Content:\n\n"
PAGE_TAIL = ("Tags\n\n- [Sheds](https://example.org/t/sheds)\n- [Floors](https://example.org/t/floors)\n\n"
             "Related Reading\n\nJanuary 3, 2026 A garden path in one weekend\n\n"
             "Stay in the loop\n\nYour Email\n\nSign up for our weekly e-mail with new projects.\n\n"
             "By sending this form you accept our terms and our privacy notice.\n\n"
             "Wrong code, try again!\n\n### About us\n\n- [Who we are](/about)\n- [Jobs](/jobs)\n- [Contact Us](/contact)\n\n"
             "### Useful Links\n\n- Forum\n- E-mail settings\n\n"
             "Copyright © 2026 Example Garden Media.\n\nAll Rights Reserved\n\n- Pick a language\n\n"
             "Your browser cannot play this video.\n")


def test_page_dump_tail_goes():
    text = ENVELOPE + f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n" + PAGE_TAIL
    result = clean_md(text)
    for line in ("Related Reading", "Your Email", "By sending this form", "Wrong code", "Useful Links",
                 "E-mail settings", "Pick a language", "cannot play this video"):
        assert line not in result.text, line
    assert "spirit level" in result.text and "oiled the whole floor" in result.text


def test_page_dump_tail_gives_back_the_articles_lists():
    # the article's last section is a lead line over its items: they stay, with what follows them up to a removal
    text = (ENVELOPE + f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\nTimber we used:\n\n- 22 mm pine boards\n"
            "- 45 x 95 mm joists\n\nUpdated March 2, 2026 to add the joist sizes.\n\n" + PAGE_TAIL)
    result = clean_md(text)
    assert "22 mm pine boards" in result.text and "45 x 95 mm joists" in result.text
    assert "Updated March 2, 2026" in result.text
    assert "Your Email" not in result.text


def test_same_tail_without_a_dump_keeps_the_articles_short_lines():
    # an article (no crawler envelope) that ends with short lines before a few boxes: the dense rule is off
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\nWhat did you build this summer?\n\nTell us below.\n\n"
            "Share this:\n\n- Facebook\n- Twitter\n\nCopyright © 2026 Example Garden Media.\n\nAll Rights Reserved\n")
    result = clean_md(text)
    assert "What did you build this summer?" in result.text


def test_wiki_dump_menus_go_identifiers_stay():
    wiki = (f"# Shed\n\n{BODY}\n\n{BODY2}\n\nCategories:\n\n- Garden_buildings\n- Timber_structures\n\n"
            "- Personal tools\n- Create_account\n- Log_in\n- Main_page\n- Random_article\n- Help\n"
            "- Cite_this_page\n- Privacy_policy\n")
    result = clean_md(wiki)
    assert "Create_account" not in result.text and "Help" not in result.text.split("\n")
    code = (f"# Reading files\n\n{BODY}\n\n{BODY2}\n\nShare this:\n\n- Facebook\n- Twitter\n\n"
            "Functions we used:\n\n- read_csv\n- to_json\n- GIT_DIR\n- MAX_ROWS\n- merge_asof\n")
    result = clean_md(code)
    assert "read_csv" in result.text and "GIT_DIR" in result.text


def test_legal_footer_phrases_in_a_body_paragraph_stay():
    text = (f"# Brand names\n\n{BODY}\n\nMany people call every tissue a Kleenex, although the name is a registered "
            "trademark of one company, and lawyers spend real money stopping it from becoming an ordinary word in "
            f"the dictionary.\n\n{BODY2}\n")
    result = clean_md(text)
    assert "registered trademark of one company" in result.text


# --- Markdown author shapes (mdmeta.py) -----------------------------------------------------------------------------
def test_self_intro_in_an_author_box_names_the_author():
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n## About the Author\n\n"
            "Hi, I’m Tomasz Kowal, a weekend carpenter who writes about small builds. Follow me for more.\n")
    assert clean_md(text).author == "Tomasz Kowal"


def test_interview_im_name_in_the_body_is_no_author():
    text = (f"# Meet the builder\n\n{BODY}\n\n\"Hi, I'm Greta Lind, and I build sheds for a living,\" she said "
            f"when we met at the timber yard on a wet Monday morning in March.\n\n{BODY2}\n")
    result = clean_md(text)
    assert result.author is None
    assert "Greta Lind" in result.text


def test_self_intro_without_a_name_gives_none():
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n## About the Author\n\n"
            "Hi, I’m a weekend carpenter who writes about small builds. Follow me for more.\n")
    assert clean_md(text).author is None


def test_by_label_over_the_name():
    text = f"# The shed floor\n\nBy:\n\n- [Margit Olsen](https://example.org/author/margit)\n\n{BODY}\n\n{BODY2}\n"
    assert clean_md(text).author == "Margit Olsen"


def test_by_label_over_a_sentence_gives_none():
    text = f"# The shed floor\n\nBy:\n\nthe way, this is our second shed.\n\n{BODY}\n\n{BODY2}\n"
    assert clean_md(text).author is None


def test_sign_off_at_the_end_names_the_writer():
    text = f"# Дайджест\n\n{BODY}\n\n{BODY2}\n\nЗ вами був Остап Коваль.\n"
    assert clean_md(text).author == "Остап Коваль"


def test_sign_off_words_in_the_middle_are_no_author():
    text = (f"# Дайджест\n\nЗ вами був Остап Коваль, коли ми будували цей сарай разом.\n\n{BODY}\n\n{BODY2}\n\n{BODY}\n\n"
            f"{BODY2}\n\n{BODY}\n")
    assert clean_md(text).author is None


# --- pitch boxes (prompts.py ``_pitches``) --------------------------------------------------------------------------
PITCH = ("Tired of sanding by hand? The SandPro 3000 does a whole floor in an hour. Use code SHED10 for 10% off, "
         "or 👉 [start your free trial today!](https://bit.ly/sandpro-x)")


def test_pitch_box_with_a_tracking_link_goes_and_its_link_again_at_the_end():
    text = (f"# The shed floor\n\n{BODY}\n\n{PITCH}\n\n{BODY2}\n\n## Conclusion\n\n{BODY}\n\n"
            "For bigger floors, consider the [SandPro 3000](https://bit.ly/sandpro-x), which does the sanding for you.\n")
    result = clean_md(text)
    assert "SandPro 3000 does a whole floor" not in result.text
    assert "For bigger floors" not in result.text
    assert "spirit level" in result.text and "oiled the whole floor" in result.text


def test_pitch_box_german():
    text = (f"# Der Schuppenboden\n\n{BODY}\n\nJetzt kostenlos testen: mit dem Rabattcode SCHUPPEN gibt es 10 % auf "
            f"die erste Bestellung. [Zum Angebot](https://amzn.to/3xyzabc)\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Rabattcode" not in result.text


def test_tutorial_step_with_one_sales_term_stays():
    text = (f"# Deploying the app\n\n{BODY}\n\nCreate an account with a free trial of the hosting service "
            f"([sign-up page](https://bit.ly/host-signup)) so you can follow the next steps.\n\n{BODY2}\n")
    result = clean_md(text)
    assert "so you can follow the next steps" in result.text


def test_article_about_affiliate_marketing_stays():
    text = (f"# How affiliate links pay\n\n{BODY}\n\nShops hand out a coupon or a promo code, offer a free trial, and "
            "pay the blogger a share when a reader buys now rather than later; the links usually go through a "
            f"shortener such as bit.ly.\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Shops hand out a coupon" in result.text


def test_product_mention_with_a_tracking_link_and_no_pitch_stays():
    text = (f"# The shed floor\n\n{BODY}\n\nWe used a [cordless drill](https://amzn.to/3drill) for the joists.\n\n"
            f"{BODY2}\n")
    result = clean_md(text)
    assert "We used a cordless drill for the joists." in result.text


def test_page_dump_head_goes_standfirst_stays():
    head = ("Menu\n\n- [Projects](/p)\n- [Tools](/t)\n- [About Us](/about)\n- [Shop](/shop)\n\n"
            "GARDEN GUIDE 2026 The whole year of planting Read now\n\nSearch\n\n"
            "- [Sheds](/t/sheds)\n- [Paths](/t/paths)\n- [Fences](/t/fences)\n\n# The shed floor\n\n5 min read\n\n"
            "Related Products\n\nCopyright © 2026 Example Garden Media.\n\n"
            "A new floor for an old shed, in one weekend.\n\n")
    result = clean_md(ENVELOPE + head + f"{BODY}\n\n{BODY2}\n")
    assert "GARDEN GUIDE 2026" not in result.text and "Related Products" not in result.text
    assert "A new floor for an old shed, in one weekend." in result.text
    assert "The shed floor" in result.text and "spirit level" in result.text


def test_head_of_an_article_without_a_dump_keeps_its_short_lines():
    head = ("# The shed floor\n\n5 min read\n\nA weekend project\n\nRelated Products\n\n"
            "Copyright © 2026 Example Garden Media.\n\n")
    result = clean_md(head + f"{BODY}\n\n{BODY2}\n")
    assert "A weekend project" in result.text


# --- same-site link lists at the end, "Original: <address>" (md_chrome ``_same_site``, lines ``_name_shaped``) -----
CTA = ("Is your shed floor rotting? I inspect your shed, plan the repair and build the new floor for you, from "
       "joists to oil. [Book a visit now](/contact/) and get a quote within two days of the visit.")


def test_same_site_links_under_a_removed_box_at_the_end_go():
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n<div class=\"blog-cta-box\">\n<p>{CTA}</p>\n</div>\n\n"
            "* [What is a joist?](/glossary/joist/)\n* [Gravel beds](/glossary/gravel-bed/)\n")
    result = clean_md(text)
    assert "What is a joist?" not in result.text and "Gravel beds" not in result.text
    assert "oiled the whole floor" in result.text


def test_external_references_and_unanchored_same_site_lists_stay():
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n* [Timber grading rules](https://timber.example.org/grading)\n"
            "* [Concrete blocks, a datasheet](https://blocks.example.com/sheet)\n")
    result = clean_md(text)
    assert "Timber grading rules" in result.text
    text = (f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n* [Part one: the walls](/sheds/walls/)\n"
            "* [Part two: the roof](/sheds/roof/)\n")
    result = clean_md(text)
    assert "Part one: the walls" in result.text


def test_original_label_with_a_long_address_is_a_credit():
    url = "https://blog.example.org/2026/03/02/how-we-lifted-the-old-boards-laid-a-gravel-bed-and-set-six-blocks-abc123"
    text = f"# The shed floor\n\nOriginal: {url}\n\n{BODY}\n\n{BODY2}\n"
    result = clean_md(text)
    assert "Original:" not in result.text
    assert result.source_url == url


def test_original_label_over_a_sentence_stays():
    text = (f"# The shed floor\n\n{BODY}\n\nOriginal: the first floor was laid straight on the soil, which is why "
            f"it rotted in four years.\n\n{BODY2}\n")
    result = clean_md(text)
    assert "laid straight on the soil" in result.text


# --- link cards (md_chrome ``link_cards``) ---------------------------------------------------------------------------
def test_link_card_description_and_domain_go_title_stays():
    text = (f"# The shed floor\n\n{BODY}\n\n[GitHub - someone/shed-planner: plans for garden sheds\n"
            "--------------------------------------------------\n\n"
            "### Plans for garden sheds. Contribute to someone/shed-planner by creating an account on the site.\n\n"
            "github.com](https://github.com/someone/shed-planner)\n\n" + BODY2 + "\n")
    result = clean_md(text)
    assert "Contribute to someone/shed-planner" not in result.text
    assert "plans for garden sheds" in result.text
    assert "oiled the whole floor" in result.text


def test_unclosed_bracket_without_a_card_close_stays():
    text = (f"# The shed floor\n\n{BODY}\n\n[Note: the blocks must sit level before the joists go on\n\n"
            f"### Levelling the blocks\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Levelling the blocks" in result.text and "the blocks must sit level" in result.text


# --- a wiki's "Retrieved from <address>" footer, a scraper's note (md_chrome ``retrieved_line``) ------------------
def test_retrieved_from_lines_go():
    for line in ('Retrieved from "https://wiki.example.org/w/index.php?title=Shed&oldid=123"',
                 "Obtenido de «https://es.wiki.example.org/w/index.php?title=Cobertizo&oldid=9»",
                 "The following text was accessed from https://wiki.example.org/wiki/Shed on 2 March 2026"):
        result = clean_md(f"# The shed floor\n\n{BODY}\n\n{BODY2}\n\n{line}\n")
        assert "example.org" not in result.text, line
        assert "oiled the whole floor" in result.text


def test_retrieved_in_prose_without_an_address_stays():
    text = (f"# Letters\n\n{BODY}\n\nRetrieved from the archive in 1998, the letters show how the shed was built "
            f"by two brothers over one wet summer.\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Retrieved from the archive in 1998" in result.text


def test_link_lines_that_open_with_a_one_word_term_are_references():
    text = (f"# Automations\n\n{BODY}\n\n{BODY2}\n\n[Home Assistant documentation](https://www.home-assistant.io/docs/)\n\n"
            "[Next.js routing guide](https://nextjs.org/docs/routing)\n")
    result = clean_md(text)
    assert "Home Assistant documentation" in result.text and "Next.js routing guide" in result.text
    text = f"# Part 1\n\n{BODY}\n\n{BODY2}\n\n[Next: Part 2, the roof](../part-2/)\n"
    assert "Part 2, the roof" not in clean_md(text).text
