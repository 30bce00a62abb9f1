"""mdfam32 (issue 11): Markdown's kept side and the families left in the tuning probe probeG.

Part 1, the negative cases issue 11 names for Markdown, each a body that must stay whole (checked on main d92936f
first): a caption with "Source:", a quoted newsletter, a "Further reading" list of a scholarly post, a body list of
links that is the content, a PS paragraph, a step "follow the repo"; at the head, in the middle and at the end.
Part 2, the families: a signature line (a name and an identifier) after a removed closing gives the author; a
contact sentence of a closing paragraph ("if you have questions, feel free to contact me") goes on its own.
All texts are ours."""

from __future__ import annotations

import pytest

import cleaner

INTRO = ("Coastal wetlands store carbon in their soils for thousands of years, and the rate at which they bury it "
         "depends on how much sediment the tides bring in and how quickly the marsh surface rises with the sea. ")
MIDDLE = ("Our field team cored twelve marshes along the estuary in the spring, sliced each core into two-centimetre "
          "layers and dated the layers with lead isotopes to measure how fast the sediment had piled up. ")
LAST = ("The marshes nearest the river mouth buried carbon three times faster than those in the sheltered bays, "
        "which suggests that restoring sediment supply matters more than planting alone. ")


def clean_md(text: str):
    return cleaner.clean(text, format="markdown")


def removed(result, rule: str | None = None) -> list[str]:
    return [r.text.strip() for r in result.removed if rule is None or r.rule == rule]


def assert_whole(result, *strings: str) -> None:
    for string in strings:
        assert string in result.text, (string, [(r.rule, r.text[:80]) for r in result.removed])


# --- Markdown's kept side: the negative cases issue 11 names ---------------------------------------------------------
def test_caption_with_source_under_a_figure_stays():
    for caption in ("*Figure 2. Carbon burial rate against distance from the river mouth. Source: our cores, "
                    "2025 field season.*",
                    "Source: our own cores, dated at the university laboratory (figure 2).",
                    "*Źródło: pomiary zespołu terenowego z wiosny 2025 roku.*"):
        text = (f"# Buried carbon\n\n{INTRO}\n\n![A chart of burial rates](chart.png)\n\n{caption}\n\n{MIDDLE}\n\n"
                f"{LAST}\n")
        result = clean_md(text)
        assert_whole(result, caption.strip("*"), MIDDLE.strip(), LAST.strip())


def test_caption_with_source_as_the_last_block_stays():
    caption = "*Figure 3. The twelve coring sites on the estuary. Source: survey map of the harbour authority.*"
    text = f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n![A map of the sites](map.png)\n\n{caption}\n"
    result = clean_md(text)
    assert_whole(result, LAST.strip(), "The twelve coring sites on the estuary")


def test_quoted_newsletter_in_a_news_story_stays():
    quote = ("> \"Subscribe to our newsletter and we will tell you first when the harbour plans change,\" the "
             "council wrote in the letter it sent to every household on the shore last week.")
    text = (f"# Council and the marsh\n\n{INTRO}\n\n{quote}\n\n"
            "Residents said the letter said nothing about the marsh, and two of them asked the council to publish "
            "the full survey before the vote.\n\n"
            f"{LAST}\n")
    result = clean_md(text)
    assert_whole(result, "the council wrote in the letter", "Residents said the letter", LAST.strip())


def test_further_reading_list_of_a_scholarly_post_stays():
    text = (f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n## Further reading\n\n"
            "- Duarte, C. M. and colleagues (2013). [The role of coastal plant communities for climate change "
            "mitigation](https://doi.org/10.1038/nclimate1970). *Nature Climate Change* 3, 961–968.\n"
            "- Kirwan, M. L. and Megonigal, J. P. (2013). [Tidal wetland stability in the face of human impacts and "
            "sea-level rise](https://doi.org/10.1038/nature12856). *Nature* 504, 53–60.\n"
            "- Mcleod, E. and colleagues (2011). [A blueprint for blue carbon](https://doi.org/10.1890/110004). "
            "*Frontiers in Ecology and the Environment* 9, 552–560.\n")
    result = clean_md(text)
    assert_whole(result, "Tidal wetland stability in the face of human impacts", "A blueprint for blue carbon",
                 "The role of coastal plant communities")


def test_body_list_of_links_that_is_the_content_stays():
    text = ("# Five open datasets on salt marshes\n\n"
            "These are the datasets we return to most often when we compare marshes across regions.\n\n"
            "- [Global tidal marsh extent](https://data.example.org/marsh-extent): a map of every mapped marsh.\n"
            "- [Sediment core archive](https://cores.example.net/archive): thousands of dated cores.\n"
            "- [Sea-level gauges](https://gauges.example.com/): hourly water levels since 1900.\n"
            "- [Marsh elevation survey](https://survey.example.org/elevation): repeated surface heights.\n"
            "- [Blue carbon inventory](https://inventory.example.org/): national carbon stocks.\n\n"
            "Each of them is free to download and documented well enough to use without writing to the authors.\n")
    result = clean_md(text)
    assert_whole(result, "Global tidal marsh extent", "Sediment core archive", "Sea-level gauges",
                 "Marsh elevation survey", "Blue carbon inventory", "Each of them is free to download")


def test_ps_paragraph_after_the_closing_stays():
    text = (f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n"
            "Thanks for reading! If you found this useful, share it with a colleague.\n\n"
            "PS: the cores from the two northern marshes are still in the freezer; we will date them in the autumn "
            "and add their rates to the chart above.\n")
    result = clean_md(text)
    assert_whole(result, LAST.strip(), "the cores from the two northern marshes are still in the freezer")


def test_step_follow_the_repo_stays():
    text = ("# Setting up the sediment model\n\n"
            "The model runs on any recent laptop; the steps below take about ten minutes.\n\n"
            "1. Follow the repository's README to install the dependencies with the package manager.\n"
            "2. Star or watch the repository if you want to be told when the calibration files change.\n"
            "3. Copy the example configuration and set the tide range of your site.\n"
            "4. Run the model and compare its surface heights with your survey.\n\n"
            "If the heights differ by more than a few millimetres a year, check the sediment supply first.\n")
    result = clean_md(text)
    assert_whole(result, "Follow the repository's README", "Star or watch the repository",
                 "Copy the example configuration", "check the sediment supply first")


def test_follow_the_repo_sentence_at_the_end_stays():
    text = (f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n"
            "The code that dates the layers is in the project's repository; follow its changelog for the new "
            "isotope tables, which we will publish once the second laboratory has checked them.\n")
    result = clean_md(text)
    assert_whole(result, "follow its changelog for the new isotope tables")


def test_credit_alone_under_a_picture_at_the_end_still_goes():
    for credit in ("Photo: Getty Images", "Photo: Getty Images. Source: Reuters"):
        text = f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n![The estuary at low tide](tide.png)\n\n{credit}\n"
        result = clean_md(text)
        assert "Getty Images" not in result.text, credit
        assert_whole(result, LAST.strip())


# --- a signature line after a removed closing names the author -------------------------------------------------------
CLOSING = "# Thanks for reading, and see you next time."


def test_signature_with_an_identifier_after_the_closing_names_the_author():
    for line, name in (("Anna Nowak 204517", "Anna Nowak"), ("Marta van Dijk (1023344)", "Marta van Dijk"),
                       ("Jonas Berg, No. 55012", "Jonas Berg")):
        text = (f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n{CLOSING}\n{line}\n"
                "Coursework for the module Coastal Ecology\n")
        result = clean_md(text)
        assert result.author == name, (line, result.author)
        assert_whole(result, LAST.strip())


def test_name_and_year_or_kept_name_is_no_signature():
    # a year is no identifier; a name with a number in a kept paragraph is the article's
    text = (f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n{CLOSING}\nAnna Nowak 2025\n")
    assert clean_md(text).author is None
    text = (f"# Buried carbon\n\n{INTRO}\n\nAnna Nowak 204517\n\n{MIDDLE}\n\n{LAST}\n")
    assert clean_md(text).author is None


def test_follow_prompt_under_a_gallery_is_no_caption():
    # a sign-off glued to a follow prompt right under pictures: no caption's credit, the prompt still goes
    text = (f"# Weekly digest\n\n{INTRO}\n\n{MIDDLE}\n\n{LAST}\n\n![](one.png)\n![](two.png)\n\n"
            "That was Olena Hrytsenko with you this week.\\\n"
            "Subscribe to my [Telegram channel about marshes](https://t.me/example_marsh) - I post field notes "
            "there.\n")
    result = clean_md(text)
    assert "Telegram channel about marshes" not in result.text


# --- a questions prompt: the reader's questions, asked to the writer or a help venue ---------------------------------
def test_questions_prompt_sentence_is_split_off_a_closing_paragraph():
    para = ("Well, that is all for today, and I hope the cores taught you something about marsh carbon. "
            "If you have any questions or comments, feel free to get in touch with me. "
            "Next spring we will core the northern marshes and compare them with these twelve.")
    result = clean_md(f"# Buried carbon\n\n{INTRO}\n\n{MIDDLE}\n\n{para}\n\n## Further reading\n\n"
                      "- Mcleod, E. and colleagues (2011). A blueprint for blue carbon.\n")
    assert removed(result, "call_to_action.questions_prompt") == [
        "If you have any questions or comments, feel free to get in touch with me."]
    assert_whole(result, "that is all for today", "Next spring we will core the northern marshes",
                 "A blueprint for blue carbon")


def test_questions_prompt_other_languages():
    for sentence in ("Si tienes alguna duda, no dudes en escribirme.",
                     "Als je nog vragen hebt, stel ze gerust in de reacties.",
                     "Bei Fragen meldet euch gerne in den Kommentaren.",
                     "Si vous avez des questions, n'hésitez pas à me contacter.",
                     "Jeśli masz pytania, śmiało pisz w komentarzu.",
                     "Если у вас остались вопросы, пишите в комментариях.",
                     "如果您有任何问题，欢迎在评论区留言。",
                     "ご質問があれば、お気軽にコメントください。"):
        result = clean_md(f"# T\n\n{INTRO}\n\n{sentence}\n\n{MIDDLE}\n\n{LAST}\n")
        assert removed(result, "call_to_action.questions_prompt"), sentence
        assert_whole(result, MIDDLE.strip(), LAST.strip())


def test_questions_in_the_body_without_a_reach_term_stay():
    # advice in a news story or a how-to names no reach term: it stays, and the paragraph stays whole
    for para in ("If you have questions about your flood insurance, the council's leaflet lists what each policy "
                 "covers and what it does not.",
                 "If you have any questions about the samples, the laboratory keeps a log of every core and its "
                 "depth.",
                 "Residents said that if you have questions, contact the council, but the council did not answer "
                 "any of their letters."):
        result = clean_md(f"# T\n\n{INTRO}\n\n{para}\n\n{MIDDLE}\n\n{LAST}\n")
        assert_whole(result, para)
        assert not removed(result, "call_to_action.questions_prompt"), para


def test_questions_prompt_reported_speech_stays():
    para = ("\"If you have any questions, feel free to contact me,\" the harbour master said at the meeting, "
            "before the vote on the dredging plan.")
    result = clean_md(f"# T\n\n{INTRO}\n\n{para}\n\n{MIDDLE}\n\n{LAST}\n")
    assert_whole(result, "the harbour master said at the meeting")


def test_segmenter_splits_the_questions_sentence_on_both_sides_only():
    splitter = cleaner.Cleaner().segmenter.splitter
    text = ("Well, that is all for today. If you have any questions, feel free to contact me. "
            "Next spring we will core the northern marshes.")
    points = splitter.split_points(text, line_starts=True)
    pieces = [text[a:b].strip() for a, b in zip([0, *points], [*points, len(text)])]
    assert pieces == ["Well, that is all for today.", "If you have any questions, feel free to contact me.",
                      "Next spring we will core the northern marshes."]
    # no reach term in the sentence: no split; a unit of more than 30 points (a page's lines) is not looked at
    assert splitter.split_points("It rained. If you have questions about the tide, read on. It stopped.",
                                 line_starts=True) == []
    many = " ".join(f"Line {k} of the page." for k in range(40)) + " If you have questions, contact me. The end."
    assert splitter.split_points(many, line_starts=True) == []
