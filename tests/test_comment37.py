"""comment37 (issue 11, famK's family C): the comment zone at a page's end, in our own words around the platforms'
template lines (detectors/comment_zone.py, commentlines.py, data/comment_ui.json). Every mechanism with its
negatives: an article about online comments and their moderation, a body sentence quoting "leave a comment", a
tutorial quoting a form's line with prose after it, a reader's letter after a comment heading, a Q&A with short
answers, a poem, a caption, a reference list and list items at the body's end."""

from __future__ import annotations

import cleaner
from cleaner.commentlines import trailing_ui, ui_line
from cleaner.detectors.comment_zone import count_line

_BODY = ("The village bakery turned forty this spring, and its owner still lights the wood oven at four each "
         "morning before the first loaves go in.\n\n"
         "She learned the trade from her aunt, who kept the recipe for the rye bread on a card pinned above the "
         "flour bins, and the card is still there today.\n\n")
_BODY_MD = "# Forty years of rye\n\n" + _BODY


def _rules(result) -> set[str]:
    return {r.rule for r in result.removed}


# -- the template lines -----------------------------------------------------------------------------------------------

def test_template_lines_of_several_platforms():
    for line in ("You are commenting using your Mastodon account. Log Out /  Change )", "Connecting to %s",
                 "Twitter picture", "ResponderEliminar", "No hay comentarios:", "Publicar un comentario",
                 "Your email address will not be published. Required fields are marked *", "Name * Email * Website",
                 "## No responses yet", "Keine Kommentare:", "Votre adresse e-mail ne sera pas publiée.",
                 "https://disqus.com/embed/comments/?base=default&f=x"):
        assert ui_line(line), line
    for line in ("The mayor declined to leave a comment.", "Comments on the plan are due by Friday.",
                 "Reply to the council's letter", "https://example.org/embed/comments", "Name the winner"):
        assert not ui_line(line), line


def test_a_comment_count():
    assert count_line("(0) comments") and count_line("12 Kommentare") and count_line("0 تعليق")
    assert not count_line("The 3 comments the board received were all in favour of the new route.")
    assert not count_line("(0) items")


def test_trailing_lines_cut_off_a_paragraph():
    text = "We ate it warm with butter.\nNo hay comentarios:\nPublicar un comentario"
    assert text[trailing_ui(text):] == "No hay comentarios:\nPublicar un comentario"
    assert trailing_ui("We ate it warm with butter.\nReply") is None  # (a bare "Reply" stays glued)
    assert trailing_ui("Publicar un comentario") is None  # (nothing before it: the block is its own)


# -- the zone ---------------------------------------------------------------------------------------------------------

def test_a_wordpress_com_form_at_the_end_goes():
    form = ("Leave a Reply\n\nFill in your details below or click an icon to log in:\n\n"
            "You are commenting using your WordPress.com account. Log Out /  Change )\n\n"
            "Google photo\n\nYou are commenting using your Google account. Log Out /  Change )\n\n"
            "Connecting to %s\n\nNotify me of new comments via email.\n")
    result = cleaner.clean(_BODY + form, format="text")
    assert "the card is still there today" in result.text
    for gone in ("commenting using", "Google photo", "Connecting to", "Notify me"):
        assert gone not in result.text, gone
    assert "call_to_action.comment_ui" in _rules(result)


def test_a_house_policy_of_short_rules_goes_with_its_count():
    zone = ("(2) comments\n\nWelcome to the discussion.\n\n"
            "Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.\n"
            "PLEASE TURN OFF YOUR CAPS LOCK.\n"
            "Don't Threaten. Threats of harming another person will not be tolerated.\n"
            "Be Truthful. Don't knowingly lie about anyone or anything.\n\n"
            "Post a comment\nWatch this discussion.\n")
    result = cleaner.clean(_BODY + zone, format="text")
    assert "the card is still there today" in result.text
    for gone in ("(2) comments", "Welcome to the discussion", "Keep it Clean", "CAPS LOCK", "Be Truthful"):
        assert gone not in result.text, gone


def test_a_blogger_footer_glued_to_the_last_paragraph_goes():
    text = (_BODY + "We ate the first loaf warm, with salted butter and a little honey from the hives behind the "
            "church, and the second one the next morning.\nNo hay comentarios:\nPublicar un comentario\n")
    result = cleaner.clean(text, format="text")
    assert "the second one the next morning." in result.text
    assert "No hay comentarios" not in result.text and "Publicar un comentario" not in result.text


def test_short_lines_after_a_comment_heading_go_all_or_none():
    form = ("Leave a Reply\n\nYou are not logged in.\n\nEvery comment is read before it shows.\n\n"
            "Thanks, the team\n")
    result = cleaner.clean(_BODY + form, format="text")
    assert "the card is still there today" in result.text
    for gone in ("not logged in", "Every comment is read", "Thanks, the team"):
        assert gone not in result.text, gone
    assert "call_to_action.comment_zone" in _rules(result)


def test_medium_s_empty_responses_go_in_markdown():
    result = cleaner.clean(_BODY_MD + "## No responses yet\n", format="markdown")
    assert "No responses yet" not in result.text
    assert "the card is still there today" in result.text


# -- negatives --------------------------------------------------------------------------------------------------------

def test_an_article_about_online_comments_and_moderation_stays():
    text = ("# Why the paper closed its comment section\n\n"
            "For ten years readers could leave a comment under every story, and a team of three moderators read "
            "each one before it went up; the rules asked readers to keep it clean and to be nice.\n\n"
            "The editor said the form, which warned that your email address will not be published, drew more "
            "abuse each year, and that letters will now be printed on Saturdays instead.\n\n"
            "Readers can still write in.\n\nSend letters to the desk.\n")
    result = cleaner.clean(text, format="markdown")
    for kept in ("leave a comment under every story", "keep it clean", "your email address will not be published",
                 "Readers can still write in.", "Send letters to the desk."):
        assert kept in result.text, kept


def test_a_tutorial_quoting_a_form_line_with_prose_after_it_keeps_it():
    text = ("# Changing the comment form's notice\n\n"
            "Most themes print a notice under the comment box, and you can change its wording in the theme's "
            "template file without touching the plugin at all.\n\n"
            "You are commenting using your Facebook account. Log Out /  Change )\n\n"
            "Replace that line with your own sentence, save the file, and reload a post to see the new notice "
            "under the box where your readers type.\n\n"
            "The same file holds the labels of the name and e-mail fields, which you can rename the same way.\n")
    result = cleaner.clean(text, format="markdown")
    assert "You are commenting using your Facebook account." in result.text
    assert "call_to_action.comment_ui" not in _rules(result)


def test_a_reader_s_letter_after_a_comment_heading_keeps_the_run():
    text = (_BODY + "Leave a Reply\n\n"
            "My grandmother bought her bread there every Friday for thirty years and never once complained.\n\n"
            "Anna\n\nMarch 3\n")
    result = cleaner.clean(text, format="text")
    assert "My grandmother bought her bread there" in result.text
    assert "call_to_action.comment_zone" not in _rules(result)


def test_a_q_and_a_with_short_answers_stays():
    text = (_BODY + "Does the bakery open on Sundays?\n\nOnly in summer.\n\nIs the rye bread sold elsewhere?\n\n"
            "No, only here.\n")
    result = cleaner.clean(text, format="text")
    for kept in ("Only in summer.", "No, only here.", "Does the bakery open on Sundays?"):
        assert kept in result.text, kept


def test_a_poem_a_caption_a_reference_list_and_list_items_before_the_form_stay():
    text = ("# Forty years of rye\n\n" + _BODY +
            "The oven in winter, photographed by the owner's son.\n\n"
            "Flour on the sill,\nsmoke in the lane,\nthe rye comes home\nagain.\n\n"
            "What she bakes each week:\n\n- rye loaves\n- seed rolls\n- a plum cake on Fridays\n\n"
            "## References\n\n1. Town archive, bakers' register, 1984.\n2. Local history society, newsletter 12.\n\n"
            "## Leave a Reply\n\nYour email address will not be published. Required fields are marked *\n\n"
            "Name *\n\nEmail *\n")
    result = cleaner.clean(text, format="markdown")
    for kept in ("photographed by the owner's son", "smoke in the lane", "again.", "a plum cake on Fridays",
                 "bakers' register", "newsletter 12"):
        assert kept in result.text, kept
    assert "Your email address will not be published" not in result.text
    assert "Name *" not in result.text


def test_a_body_sentence_quoting_leave_a_comment_stays():
    text = (_BODY + "At the counter a sign says leave a comment in the book by the door, and most customers do.\n\n"
            "The book is on its ninth volume.\n")
    result = cleaner.clean(text, format="text")
    assert "leave a comment in the book" in result.text and "ninth volume" in result.text
