"""md30 (issue 11): Markdown's false removals and its closings, each mechanism with positive and NEGATIVE cases.

- recommendation lists (detectors/references.py ``recommendation_items``, decision ``protect_reference_lists``);
- related title lists never over code-shaped items (detectors/lines.py ``_code_lines``);
- a tool's output pasted without a fence is closed to rights / credit cues (md_chrome.py ``tool_output_groups``);
- a short paragraph opened by a closing prompt's lead goes anywhere (prompts.py ``_closing_lead``).
All texts are ours."""

from __future__ import annotations

import cleaner
from cleaner.detectors.lines import _code_lines
from cleaner.detectors.references import recommendation_items, reference_host
from cleaner.readers.text import text_blocks

BODY = ("Our tutorial walks through a small kanban board where the cards move between three columns, and each "
        "step shows the component, the state it keeps and the handler that updates it when a card is dropped. ")
BODY2 = ("Once the board works, we add a little styling so that the columns read well on a phone, and we check that "
         "the order of the cards survives a reload of the page by keeping it in local storage. ")


def md_blocks(text: str):
    engine = cleaner.Cleaner()
    return text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)


def clean_md(text: str):
    return cleaner.clean(text, format="markdown")


# --- recommendation lists ------------------------------------------------------------------------------------------
RECOMMEND = (f"# Drag and drop\n\n{BODY}\n\n{BODY2}\n\n## What next?\n\n"
             "If you want to build more elaborate drag and drop screens, I suggest these libraries:\n\n"
             "- [Sortable Things](https://github.com/someone/sortable-things)\n"
             "- [Drop Zone Kit](https://github.com/other/drop-zone-kit)\n"
             "- [Board Helpers](https://github.com/third/board-helpers)\n\n"
             "## Last words\n\nThanks for reading, I hope it was useful.\n")


def test_recommendation_list_to_code_hosts_stays():
    result = clean_md(RECOMMEND)
    assert "I suggest these libraries" in result.text
    assert "Sortable Things" in result.text and "Board Helpers" in result.text
    assert not any(r.rule.startswith("related.") for r in result.removed)


def test_recommendation_list_under_a_see_also_heading_stays():
    text = (f"# Patterns\n\n{BODY}\n\n{BODY2}\n\n## See also\n\n"
            "Want to read more about the language and its tools? Here are a few useful sources:\n\n"
            "- The language reference: https://lang.example.org/reference/\n"
            "- Its compiler on a code host: https://git.example.net/lang/compiler\n")
    result = clean_md(text)
    assert "Here are a few useful sources" in result.text
    assert "The language reference" in result.text and "compiler on a code host" in result.text


def test_recommendation_items_shape():
    blocks = md_blocks(RECOMMEND)
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("If you want"))
    assert recommendation_items(blocks, lead) == [lead + 1, lead + 2, lead + 3]
    assert reference_host("github.com") and reference_host("docs.python.org") and reference_host("en.wikipedia.org")
    assert not reference_host("myblog.example.com")


def test_negative_a_related_list_on_the_sites_own_host_still_goes():
    # a sentence lead, but titled links to one host that is no code or documentation host: the site's related posts
    text = (f"# Drag and drop\n\n{BODY}\n\n{BODY2}\n\n"
            "If you liked this one, here are more posts from our blog for you:\n\n"
            "- [Ten ways to plan a sprint](https://blog.example.com/sprint)\n"
            "- [Why boards beat lists](https://blog.example.com/boards)\n")
    blocks = md_blocks(text)
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("If you liked"))
    assert recommendation_items(blocks, lead) == []


def test_negative_titled_links_to_two_hosts_under_a_check_out_lead():
    # "To learn more about this topic, check out:" over titled links (issue 11's related box): no addresses written
    # out, no code host: not a recommendation list
    text = (f"# T\n\n{BODY}\n\n{BODY2}\n\nTo learn more about this topic, check out:\n\n"
            "- [One guide](https://a.example/1)\n- [Another guide](https://b.example/2)\n")
    blocks = md_blocks(text)
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("To learn more"))
    assert recommendation_items(blocks, lead) == []


def test_negative_a_label_lead_is_no_recommendation():
    # "Related posts:" is a label, not a sentence in the article's voice (too few words)
    text = (f"# T\n\n{BODY}\n\n{BODY2}\n\nRelated posts:\n\n"
            "- [Sortable Things](https://github.com/someone/sortable-things)\n"
            "- [Drop Zone Kit](https://github.com/other/drop-zone-kit)\n")
    blocks = md_blocks(text)
    lead = next(i for i, b in enumerate(blocks) if b.plain.startswith("Related posts"))
    assert recommendation_items(blocks, lead) == []


# --- related title lists over code ---------------------------------------------------------------------------------
def test_code_lines():
    assert _code_lines(["Fetcher/2.1.4 Runtime/3.10.1 Kernel/5.4.0-generic", "Probe/0.9.12 Runtime/3.10.1"])
    assert _code_lines(["10[.]20.30.40", "192.0.2.77"])
    assert not _code_lines(["How to Plan a Sprint in Ten Minutes", "Why Boards Beat Lists for Small Teams"])
    assert not _code_lines(["What Changed in Python 3.12 for Web Developers", "A Guide to Flask/Django Routing"])


def test_user_agents_in_a_report_stay():
    text = (f"# Incident notes\n\n{BODY}\n\n{BODY2}\n\nAddresses seen:\n\n* 10[.]20.30.40\n* 10[.]20.30.41\n\n"
            "User Agents:\n\n* Fetcher/2.1.4 Runtime/3.10.1 Kernel/5.4.0-generic Helper/1.7.3\n"
            "* Probe Kit/0.9.12 Runtime/3.10.1 Kernel/5.4.0-generic Probe Kit/0.9.12\n")
    result = clean_md(text)
    assert "Fetcher/2.1.4" in result.text and "Probe Kit/0.9.12" in result.text


# --- a tool's output -----------------------------------------------------------------------------------------------
CONSOLE = (f"# Upgrading the server\n\n{BODY}\n\n{{{{< console-start >}}}}\n\n"
           "C:\\Work&gt;{{< kbd \"setup -upgrade\" >}}\n\n{{< sample >}}\n\n"
           "Copyright (C) Example Software Ltd 2004. All rights reserved.ion 4.2.1800.7\\\n\\\n"
           "Running upgrade step 1 of 3\\\n\\\nThe upgrade of the product has finished.\\\n\n"
           "{{< /sample >}}\n\n{{< console-end >}}\n\n"
           f"{BODY2}\n")


def test_console_output_with_a_copyright_banner_stays():
    result = clean_md(CONSOLE)
    assert "Copyright (C) Example Software Ltd 2004" in result.text
    assert "The upgrade of the product has finished." in result.text
    assert not any(r.kind == "rights_notice" for r in result.removed)


def test_hard_broken_output_without_shortcodes_stays():
    text = (f"# Build log\n\n{BODY}\n\nCopyright (c) 2019 Example Tools. All rights reserved.\\\n"
            "Loading /usr/lib/example/plugins\\\nBuild 3.4.15 finished in 12 s\\\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Build 3.4.15 finished" in result.text and "Copyright (c) 2019 Example Tools" in result.text


def test_negative_a_footer_notice_with_hard_breaks_still_goes():
    text = f"# Post\n\n{BODY}\n\n{BODY2}\n\n© 2024 Jane Example\\\nAll rights reserved.\n"
    result = clean_md(text)
    assert "All rights reserved" not in result.text
    assert any(r.kind == "rights_notice" for r in result.removed)


def test_negative_a_notice_between_shortcodes_still_goes():
    text = (f"# Post\n\n{BODY}\n\n{BODY2}\n\n{{{{< footer >}}}}\n\n"
            "Copyright 2023 Jane Example. All rights reserved.\n\n{{< /footer >}}\n")
    result = clean_md(text)
    assert "All rights reserved" not in result.text


def test_negative_a_copyright_line_quoted_in_a_licensing_article_stays():
    text = ("# Licensing your code\n\n"
            "Most projects put a line such as \"Copyright 2020 Jane Example\" at the top of each file, and the licence "
            "text follows it; the line alone grants nothing, it only says who holds the rights in the work.\n\n"
            f"{BODY}\n\n{BODY2}\n")
    result = clean_md(text)
    assert "at the top of each file" in result.text


# --- closing prompts anywhere --------------------------------------------------------------------------------------
def test_closing_prompt_before_an_faq_goes():
    text = (f"# Kanban board\n\n{BODY}\n\n{BODY2}\n\n"
            "If you enjoyed this article, please share it with your friends who build boards too.\n\n"
            "## FAQ\n\n### Can I use it without a server?\n\n"
            "Yes, the board keeps its state in the browser, so a static host is enough for a personal board that "
            "only you use.\n\n### Does it work on phones?\n\n"
            "It does, as long as the browser supports pointer events, which every recent mobile browser does, and "
            "the cards are large enough to hold with a thumb.\n")
    result = clean_md(text)
    assert "If you enjoyed this article" not in result.text
    assert "static host is enough" in result.text and "pointer events" in result.text
    assert any(r.rule == "call_to_action.closing_prompt/lead" for r in result.removed)


def test_closing_prompt_in_another_language_before_an_appendix():
    text = (f"# Tablero\n\n{BODY}\n\n{BODY2}\n\n"
            "Si te ha gustado este artículo, compártelo con tus compañeros de equipo.\n\n"
            "## Apéndice\n\nLa lista completa de eventos del tablero está en el repositorio del proyecto, con un "
            "ejemplo de cada uno y la forma de los datos que recibe el manejador.\n")
    result = clean_md(text)
    assert "Si te ha gustado" not in result.text and "La lista completa de eventos" in result.text


def _closing_leads(text: str) -> list[str]:
    return [r.text for r in clean_md(text).removed if r.rule == "call_to_action.closing_prompt/lead"]


def test_negative_a_tutorial_step_that_subscribes():
    # (its own lead cue, "subscribe to", may still find it by position: the rule here is the closing prompt's)
    text = (f"# Events\n\n{BODY}\n\nSubscribe to the orders topic before you start the producer.\n\n{BODY2}\n\n"
            f"{BODY}\n\n{BODY2}\n")
    assert _closing_leads(text) == []
    assert "Subscribe to the orders topic" in clean_md(text).text


def test_negative_sign_up_for_a_free_trial_to_follow_along():
    text = (f"# Scraping\n\n{BODY}\n\nSign up for a free trial of the service to follow along with the examples.\n\n"
            f"{BODY2}\n\n{BODY}\n")
    assert _closing_leads(text) == []
    assert "free trial of the service" in clean_md(text).text


def test_negative_an_article_about_newsletters():
    # opened by a closing lead, but three sentences of the article's own: not a closing prompt
    text = ("# Newsletters that work\n\n"
            f"{BODY}\n\nIf you enjoyed this article's first half, the second one explains why readers stay: "
            "newsletters that answer one question each week keep their readers far longer than digests. We "
            "measured it over a year of issues. The numbers follow below.\n\n"
            f"{BODY}\n\n{BODY2}\n")
    assert _closing_leads(text) == []
    assert "newsletters that answer one question" in clean_md(text).text


def test_negative_a_closing_lead_glued_to_a_body_paragraph():
    # the prompt is a piece of the article's paragraph (the segmenter split it off): it is the paragraph's, not a
    # paragraph of its own
    text = (f"# Board\n\n{BODY}\n\nThe board now saves itself after each move, and the last step is done. Thanks for "
            "reading, I hope the board is useful to you.\n\n"
            f"{BODY2}\n\n{BODY}\n")
    assert _closing_leads(text) == []


# --- a line of hope after a closing, and the vocabulary gaps (ar, uk, ja) -------------------------------------------
def test_a_line_of_hope_after_thanks_goes():
    text = f"# Board\n\n{BODY}\n\n{BODY2}\n\n---\n\n**Thanks for reading!**\n\nI hope this guide helps you run a board of your own.\n"
    result = clean_md(text)
    assert "Thanks for reading" not in result.text and "I hope this guide" not in result.text


def test_a_line_of_hope_in_thai_after_thanks_goes():
    text = (f"# Board\n\n{BODY}\n\n{BODY2}\n\nขอบคุณที่อ่านจนจบ!\n\n"
            "หวังว่าคู่มือนี้จะช่วยให้คุณจัดการงานได้ง่ายขึ้น\n\n⬅️ [กลับไปหน้าแรก](../README.md)\n")
    result = clean_md(text)
    assert "หวังว่า" not in result.text
    blocks = md_blocks(text)
    findings = cleaner.Cleaner().findings(blocks)
    hope = next(i for i, b in enumerate(blocks) if b.plain.startswith("หวังว่า"))
    assert any(f.rule == "call_to_action.closing_prompt/hope" for f in findings[hope])


def test_negative_a_last_paragraph_that_hopes_stays():
    # no closing prompt before it: the article's own last words
    text = f"# Cycle lane\n\n{BODY}\n\n{BODY2}\n\nI hope the council listens to the riders this time.\n"
    result = clean_md(text)
    assert "I hope the council listens" in result.text
    blocks = md_blocks(text)
    assert not any(f.rule == "call_to_action.closing_prompt/hope" for found in cleaner.Cleaner().findings(blocks)
                   for f in found)


def test_negative_hope_after_a_prompt_but_long_stays():
    text = (f"# Board\n\n{BODY}\n\n{BODY2}\n\nThanks for reading!\n\n"
            "I hope the next version of the board keeps its state on a server. The team has a draft for it. It moves "
            "the storage behind a small service. It also adds accounts, so that two people can share one board.\n")
    result = clean_md(text)
    assert "The team has a draft for it." in result.text


def test_arabic_thanks_for_reading_at_the_end_goes():
    text = (f"# Board\n\n{BODY}\n\n{BODY2}\n\n"
            "شكرا على القراءة حتى النهاية، أتمنى أن يكون الشرح واضحا.\n")
    result = clean_md(text)
    assert "شكرا على القراءة" not in result.text


def test_ukrainian_follow_my_channel_at_the_end_goes():
    text = (f"# Digest\n\n{BODY}\n\n{BODY2}\n\n"
            "Підписуйтесь на мій [канал про бази даних](https://t.me/example_channel), там я пишу щотижня.\n")
    result = clean_md(text)
    assert "Підписуйтесь на мій" not in result.text


def test_negative_ukrainian_subscribe_in_a_tutorial_sentence_stays():
    # the cue opens a lead only: a body sentence that mentions subscribing further on stays
    text = (f"# Observer\n\nУ цьому патерні спостерігачі підписуються на події об'єкта, а об'єкт сповіщає їх про "
            f"кожну зміну свого стану без жодних знань про те, хто саме його слухає.\n\n{BODY}\n\n{BODY2}\n")
    result = clean_md(text)
    assert "спостерігачі підписуються" in result.text


def test_japanese_like_request_after_thanks_goes():
    text = (f"# ボード\n\n{BODY}\n\n{BODY2}\n\n最後まで読んでいただきありがとうございました。\n\n"
            "少しでも記事が参考になりましたら、いいねを押していただけると嬉しいです。\n")
    result = clean_md(text)
    assert "いいね" not in result.text


# --- a call-to-action box named by its class inside Markdown --------------------------------------------------------
def test_a_cta_box_in_raw_html_goes():
    text = (f"# Canonical tags\n\n{BODY}\n\n{BODY2}\n\n"
            "<div class=\"post-cta-box\">\n  <h3>Is your site losing its rankings?</h3>\n"
            "  <p>I review your pages and fix the tags for you, in a week.</p>\n"
            "  <a href=\"/contact/\">Book a review now</a>\n</div>\n")
    result = clean_md(text)
    assert "Book a review now" not in result.text and "losing its rankings" not in result.text
    assert any(r.rule == "call_to_action.dom" for r in result.removed)


def test_negative_a_cta_class_shown_in_a_code_fence_stays():
    text = (f"# Styling a box\n\n{BODY}\n\nThe markup of the box:\n\n```html\n<div class=\"cta\">\n"
            "  <p>Book a review now</p>\n</div>\n```\n\n{BODY2}\n")
    result = clean_md(text)
    assert "Book a review now" in result.text


# --- a promotion box to the end (decision.offer_run) ----------------------------------------------------------------
PROMO = (f"# Heaps and stacks\n\n{BODY}\n\n{BODY2}\n\n---\n\n## Want to go further?\n\n"
         "Follow me on Mastodon for more posts like this one every week.\n\n"
         "## What will you get?\n\n- Short lessons on memory and pointers\n- A reading plan from basics to advanced\n\n"
         "No fluff, only what you can use tomorrow.\n\n## Want to join?\n\n"
         "Subscribe to my newsletter and the next lesson lands in your inbox.\n\n"
         "![](https://img.example.net/qr.png)\n\nLearning alone is slow; learning together is fun.\n")


def test_a_promotion_box_to_the_end_goes():
    result = clean_md(PROMO)
    for gone in ("Want to go further?", "What will you get?", "Short lessons on memory", "A reading plan",
                 "No fluff", "Want to join?", "learning together is fun"):
        assert gone not in result.text, gone
    assert "Once the board works" in result.text
    assert any(r.rule == "call_to_action.offer_run" for r in result.removed)


def test_negative_an_faq_after_one_prompt_stays():
    text = (f"# Heaps and stacks\n\n{BODY}\n\n{BODY2}\n\nFollow me on Mastodon for more posts like this one.\n\n"
            "## FAQ\n\n### Is the stack faster?\n\nUsually, since it needs no allocator call.\n\n"
            "### Can a vector live on the stack?\n\nIts header can; its elements live on the heap.\n")
    result = clean_md(text)
    assert "Usually, since it needs no allocator call." in result.text
    assert "Its header can; its elements live on the heap." in result.text
    assert not any(r.rule == "call_to_action.offer_run" for r in result.removed)


def test_negative_a_body_paragraph_after_two_prompts_ends_the_box():
    text = (f"# Heaps and stacks\n\n{BODY}\n\nFollow me on Mastodon for more posts like this one.\n\n"
            "## A last note\n\nSubscribe to my newsletter and the next lesson lands in your inbox.\n\n"
            "One more thing about the heap: an allocator that returns memory to the system only at exit makes a long "
            "running service look as if it leaked, even when every object it made was freed on time.\n")
    result = clean_md(text)
    assert "One more thing about the heap" in result.text
    assert not any(r.rule == "call_to_action.offer_run" for r in result.removed)


def test_negative_a_short_chinese_article_between_two_prompts_stays():
    # short Chinese paragraphs (under body_length in characters) between a follow line at the top and a subscribe
    # line at the end: the article before the first prompt is not larger than the "box": nothing is taken
    paragraphs = ["市议会周二晚上开会讨论了横跨河流的新桥以及它的造价。", "居民们提出了很多关于施工期间绕行路线的问题。",
                  "议会承诺五月份再召开一次会议，届时将公布详细的施工计划。"]
    text = ("# 新桥\n\n欢迎关注我们的公众号，获取更多本地新闻。\n\n" + "\n\n".join(paragraphs)
            + "\n\n## 更多\n\n关注公众号，每天推送本地新闻。\n")
    result = clean_md(text)
    for p in paragraphs:
        assert p in result.text
    assert not any(r.rule == "call_to_action.offer_run" for r in result.removed)
