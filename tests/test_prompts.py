"""Closing prompts in the tail zone and call-to-action button lines (detectors/prompts.py; issue 11, text11g).

Every text here is ours: positive cases in several languages, and the negatives the family must leave alone (body
questions to the reader, articles about sharing and likes, tutorial steps, quotations, list items, headings)."""

from __future__ import annotations

import pytest

from cleaner import Cleaner
from cleaner.detectors.prompts import button_cue, closing_cue
from cleaner.model import Block

CLEANER = Cleaner()

BODY_EN = ("The harbour committee met on Thursday evening to review the plan for the new ferry pier, which would "
           "replace the wooden jetty that storms damaged twice last winter, and most members backed the design.")
BODY_JA = ("港湾委員会は木曜日の夜に会合を開き、昨冬の嵐で二度壊れた木製の桟橋に代わる新しいフェリー乗り場の計画を検討しました。"
           "委員の多くは設計案に賛成し、工事は来年の春に始まる見通しです。")


def _para(text: str) -> Block:
    return Block(index=0, type="paragraph", text=text, plain=" ".join(text.split()))


def _removed(text: str, fmt: str = "markdown") -> list[tuple[str, str]]:
    result = CLEANER.clean(text, format=fmt)
    return [(r.rule, r.text) for r in result.removed]


# --- the closing prompt's co-occurrence, block by block ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "この記事が役に立ったら、いいねとストックをお願いします！",
    "如果你觉得这篇笔记对你有帮助，欢迎点赞和收藏。",
    "Wenn dir die Anleitung geholfen hat, lass gerne einen Stern auf dem Repository da.",
    "Si ce guide vous a aidé, un pouce vert en bas de page me ferait plaisir.",
    "¿Te resultó útil la guía? Síguenos para más recetas de jardín.",
    "Jeśli poradnik był dla Ciebie przydatny, zostaw gwiazdkę na GitHubie.",
    "Если заметка оказалась полезной, поставьте лайк автору.",
    "Tell me in the comments which garden tool you could not live without.",
    "どのエディタを使っていますか？コメントで教えてください！",
])
def test_closing_cue_finds_the_combination(text):
    assert closing_cue(_para(text)) is not None


@pytest.mark.parametrize("text", [
    # an article about sharing: value and engagement words, no reader addressed
    "Researchers found the feature useful, and users share it with their friends every week.",
    # a body sentence before the prompt: the block is the article's last paragraph
    "Congratulations, the pier is now finished and open to walkers from seven in the morning. If you found this useful, "
    "give it a thumbs up.",
    # a question to the reader, no engagement
    "What would you build on the old jetty if the choice were yours?",
    # engagement without reader value
    "The club asks members to follow the new rules on the slipway.",
    # long: no prompt is a page of text
    "If you found this useful, please share it. " + BODY_EN + " " + BODY_EN,
])
def test_closing_cue_leaves_prose(text):
    assert closing_cue(_para(text)) is None


# --- the closing prompt in a document ---------------------------------------------------------------------------------

def test_japanese_tail_prompt_question_and_teaser_go_references_stay():
    doc = (f"# 桟橋の計画\n\n{BODY_JA}\n\n{BODY_JA}\n\n---\n\n"
           "この記事が役に立ったら、**いいね**と**ストック**をお願いします！\n\n"
           "質問: 皆さんの町の港はどうですか？コメントで教えてください！\n\n"
           "次回は「桟橋の工事現場を訪ねて」を予定しています。\n\n"
           "## 参考リンク\n\n- [港湾委員会の議事録](https://example.org/minutes)\n"
           "- [フェリー会社の発表](https://example.org/ferry)\n")
    removed = _removed(doc)
    rules = [rule for rule, _ in removed]
    assert "call_to_action.closing_prompt" in rules
    assert "call_to_action.closing_prompt/comment" in rules
    assert "call_to_action.closing_prompt/next" in rules
    cleaned = CLEANER.clean(doc, format="markdown").text
    assert "港湾委員会の議事録" in cleaned and "委員の多くは設計案に賛成し" in cleaned


def test_further_reading_link_after_a_prompt_goes():
    doc = (f"# La jetée\n\n{BODY_EN}\n\n{BODY_EN}\n\n"
           "N'hésitez pas à partager cet article sur vos réseaux sociaux. Merci !\n\n"
           "Pour aller plus loin, je vous recommande de consulter ce guide sur l'entretien des pontons en bois :\n\n"
           "https://example.org/guides/pontons-bois\n")
    removed = [text for _, text in _removed(doc)]
    assert any(t.startswith("Pour aller plus loin") for t in removed)
    assert "https://example.org/guides/pontons-bois" in removed


def test_teaser_without_a_prompt_stays():
    doc = f"# 桟橋\n\n{BODY_JA}\n\n{BODY_JA}\n\n次回の委員会は来月開かれる予定です。\n\n次回は工事の入札が議題となります。\n"
    assert not any(rule.startswith("call_to_action.closing_prompt") for rule, _ in _removed(doc, "text"))


def test_prompt_glued_to_the_last_body_sentence_stays():
    doc = (f"# La jetée\n\n{BODY_EN}\n\n{BODY_EN}\n\nFélicitations, vous savez maintenant comment entretenir une "
           "jetée en bois pendant tout l'hiver. Si ce guide vous a été utile, laissez un pouce vert.\n")
    assert "Félicitations, vous savez maintenant" in CLEANER.clean(doc, format="markdown").text


def test_reader_question_in_the_body_middle_stays():
    doc = (f"{BODY_EN}\n\nTell me in the comments what you think, the chair asked the audience, and nobody "
           f"answered for a long while.\n\n{BODY_EN}\n\n{BODY_EN}\n")
    assert CLEANER.clean(doc, format="text").text.count("the chair asked") == 1


def test_article_about_likes_and_sharing_at_the_end_stays():
    doc = (f"# Why posts spread\n\n{BODY_EN}\n\n{BODY_EN}\n\nUsers who found a post useful were twice as likely to "
           "share it with friends, the study found.\n")
    assert "twice as likely" in CLEANER.clean(doc, format="markdown").text


def test_quotation_of_a_prompt_stays():
    doc = (f"# Newsletters\n\n{BODY_EN}\n\n{BODY_EN}\n\n> If you found this useful, please share it with "
           "your friends, wrote one reader in a letter we printed.\n")
    assert "wrote one reader" in CLEANER.clean(doc, format="markdown").text


# --- button lines -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, variant", [
    ("Read the whole story »", "read_more"),
    ("Lire la suite →", "read_more"),
    ("Czytaj dalej »", "read_more"),
    ("Book a free call with our tax team today. Learn more", "end"),
    ("Porozmawiaj z doradcą o swojej sprawie. Sprawdź", "end"),
    ("Kursy online - sprawdź terminy Sprawdź", "end"),
    ("BEZPŁATNY PORADNIK - POBIERZ teraz", "caps"),
    ("REGISTER an account to read more", "caps"),
    ("Download the full spring catalogue 2024", "open"),
    ("Pobierz bezpłatny raport o rynku", "open"),
])
def test_button_lines(text, variant):
    found = button_cue(_para(text))
    assert found is not None and found[0] == variant


@pytest.mark.parametrize("text", [
    "Open the settings menu and click Save",      # a tutorial step
    "Then press Download.",                        # a sentence
    "In the dialog, click DOWNLOAD to get the file",  # a control's label in capitals inside a step
    "Apples, pears and more",                      # a list item that ends with "more"
    "Download speeds doubled in the city last year, the regulator said on Monday.",  # prose, a sentence
    "The rise and fall of the read-more button",  # a headline
    "Read more",                                   # a bare label (chrome.py's business)
    "Learn more",
    "SPRING GARDENING COURSE - BOOK NOW",        # a line in capitals: a newsletter item's title over its text
])
def test_not_button_lines(text):
    assert button_cue(_para(text)) is None


def test_button_line_between_body_paragraphs_goes():
    doc = f"{BODY_EN}\n\nPorozmawiaj z doradcą o swojej sprawie. Sprawdź\n\n{BODY_EN}\n"
    assert ("call_to_action.button_line/end", "Porozmawiaj z doradcą o swojej sprawie. Sprawdź") in _removed(doc, "text")


def test_tutorial_heading_and_step_stay():
    doc = (f"# Setting up\n\n{BODY_EN}\n\n## Download the installer\n\nOpen the settings menu and click Save\n\n"
           f"{BODY_EN}\n")
    cleaned = CLEANER.clean(doc, format="markdown").text
    assert "Download the installer" in cleaned and "click Save" in cleaned


def test_button_word_inside_hard_wrapped_prose_stays():
    doc = (f"{BODY_EN}\n\nThe fair was held on the old quay of Port\nElling this year, and two clubs sponsored it. "
           f"Learn more\nabout the fair on the club's page.\n\n{BODY_EN}\n")
    assert not any(rule.startswith("call_to_action.button_line") for rule, _ in _removed(doc, "text"))
