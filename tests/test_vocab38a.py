"""vocab38a (issue 11): the comment zone's platform strings in more languages and platforms (data/comment_ui.json:
WordPress core's comment form in its translations, Drupal, XenForo, cnblogs, Habr; ``counts``: a platform's comment
count alone on its line). The texts are our own words around the platforms' template lines. Negatives: articles about
online comments and moderation, a forum-policy news story, a Q&A whose body quotes "reply", a reader's letter under a
count, a count inside a sentence, the template words inside prose."""

from __future__ import annotations

import cleaner
from cleaner.commentlines import count_template, normalise, trailing_ui, ui_line

_BODY_CS = ("Obecní pekárna letos slaví čtyřicet let a majitelka stále každé ráno ve čtyři hodiny zatápí v peci na "
            "dřevo, než do ní vloží první bochníky.\n\n"
            "Řemeslu se naučila od své tety, která měla recept na žitný chléb napsaný na kartičce připíchnuté nad "
            "pytli s moukou, a ta kartička tam visí dodnes.\n\n")
_BODY_VI = ("Tiệm bánh của làng năm nay tròn bốn mươi tuổi và bà chủ vẫn nhóm lò củi lúc bốn giờ sáng mỗi ngày "
            "trước khi cho mẻ bánh đầu tiên vào lò.\n\n"
            "Bà học nghề từ người dì, người đã ghi công thức bánh mì lúa mạch đen trên một tấm thẻ ghim phía trên "
            "những bao bột, và tấm thẻ vẫn còn ở đó.\n\n")
_BODY_EL = ("Ο φούρνος του χωριού έκλεισε φέτος σαράντα χρόνια και η ιδιοκτήτρια ανάβει ακόμη τον ξυλόφουρνο στις "
            "τέσσερις κάθε πρωί πριν μπουν τα πρώτα καρβέλια.\n\n"
            "Έμαθε την τέχνη από τη θεία της, που κρατούσε τη συνταγή του σίκαλης ψωμιού σε μια κάρτα πάνω από τα "
            "σακιά με το αλεύρι.\n\n")
_BODY_EN = ("The village bakery turned forty this spring, and its owner still lights the wood oven at four each "
            "morning before the first loaves go in.\n\n"
            "She learned the trade from her aunt, who kept the recipe for the rye bread on a card pinned above the "
            "flour bins, and the card is still there today.\n\n")


def _rules(result) -> set[str]:
    return {r.rule for r in result.removed}


# -- the vocabulary --------------------------------------------------------------------------------------------------

def test_wordpress_form_lines_in_more_languages():
    for line in ("Napsat komentář", "Vaše emailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *",
                 "Để lại phản hồi", "Σχολιάστε ακύρωση απάντησης", "Η ηλ. διεύθυνσή σας δεν κοινοποιείται.",
                 "Skicka kommentar",
                 "Lasă un răspuns", "Dodaj komentarz", "Добавить комментарий", "האימייל לא יוצג באתר.",
                 "نشانی ایمیل شما منتشر نخواهد شد.", "ใส่ความเห็น", "コメントを残す", "응답 취소",
                 "Log in or register to post comments", "Community platform by XenForo®",
                 "登录后才能查看或发表评论，立即 登录 或者 逛逛 博客园首页",
                 "Только полноправные пользователи могут оставлять комментарии. Войдите, пожалуйста."):
        assert ui_line(line), line


def test_one_word_lines_and_reply_to_leads_stay_out():
    # a bare word of a form ("Send", "Cancel", "Opinion") or "Reply to …" at a line's start is too common as text
    for line in ("Отправить", "ביטול", "Vélemény", "Responder a la pregunta del juez", "Rispondi a tutti",
                 "Odpowiedz na pytanie", "Comments", "Reply"):
        assert not ui_line(line), line


def test_a_platforms_comment_count_alone_on_its_line():
    for line in ("2 comentários:", "Komentáre (3)", "댓글 3개", "15 σχόλια", "7 hozzászólás", "12件のコメント",
                 "3 phản hồi", "1.204 comentarios"):
        assert count_template(normalise(line)), line
        assert ui_line(line), line
    for line in ("2023 comentarios de prensa", "Comentarios", "7 comentários em dez minutos de debate",
                 "En 2019 hubo 3 comentarios oficiales sobre el plan, todos favorables."):
        assert not ui_line(line), line


# -- the zone ---------------------------------------------------------------------------------------------------------

def test_a_czech_wordpress_form_at_the_end_goes():
    form = ("Napsat komentář Zrušit odpověď na komentář\n\n"
            "Vaše emailová adresa nebude zveřejněna. Vyžadované informace jsou označeny *\n\n"
            "Název * Email * Webová stránka\n\nOdeslat komentář\n")
    result = cleaner.clean(_BODY_CS + form, format="text")
    assert "ta kartička tam visí dodnes" in result.text
    for gone in ("Napsat komentář", "nebude zveřejněna", "Odeslat komentář"):
        assert gone not in result.text, gone
    assert "call_to_action.comment_ui" in _rules(result)


def test_a_vietnamese_and_a_greek_form_go():
    result = cleaner.clean(_BODY_VI + "Để lại phản hồi\n\nBạn phải đăng nhập để gửi phản hồi.\n", format="text")
    assert "tấm thẻ vẫn còn ở đó" in result.text and "Để lại phản hồi" not in result.text
    form = "0 σχόλια\n\nΣχολιάστε Ακύρωση απάντησης\n\nΗ ηλ. διεύθυνσή σας δεν κοινοποιείται.\n"
    result = cleaner.clean(_BODY_EL + form, format="text")
    assert "σακιά με το αλεύρι" in result.text
    assert "Σχολιάστε" not in result.text and "0 σχόλια" not in result.text


def test_a_count_at_the_end_goes_in_markdown():
    result = cleaner.clean("# Pekárna\n\n" + _BODY_CS + "## 3 komentáře\n", format="markdown")
    assert "ta kartička tam visí dodnes" in result.text and "3 komentáře" not in result.text


# -- negatives ---------------------------------------------------------------------------------------------------------

def test_an_article_about_comment_sections_keeps_its_sentences():
    text = ("Редакция объяснила, почему на сайте больше нет комментариев. Комментарии отключены с понедельника: "
            "модераторы не успевали проверять сотни сообщений в день.\n\n"
            "«Добавить комментарий» теперь можно только в наших сообществах в социальных сетях, где действуют те "
            "же правила, сказал главный редактор.\n\n"
            "Читатели, по его словам, писали в среднем 12 комментариев к каждой новости, и треть из них приходилось "
            "удалять.\n")
    result = cleaner.clean(text, format="text")
    for kept in ("Комментарии отключены с понедельника", "«Добавить комментарий» теперь",
                 "12 комментариев к каждой новости"):
        assert kept in result.text, kept


def test_a_forum_policy_news_story_keeps_the_quoted_notice():
    text = ("The county's online forum changed its rules this week after a dispute over anonymous posts about the "
            "school board election.\n\n"
            "Visitors who are not members now see the notice \"Create an account or login to comment\" under every "
            "story, and the clerk said the change would stay until the vote.\n\n"
            "Create an account or login to comment\n\n"
            "That one line, she added, drew more letters to her office than the election itself, most of them from "
            "retired teachers who had posted for years.\n")
    result = cleaner.clean(text, format="text")
    assert "Create an account or login to comment\n\nThat one line" in result.text
    assert "drew more letters" in result.text


def test_a_qa_whose_body_quotes_reply_keeps_it():
    text = ("How do I answer a reader who asks me to reply in private?\n\n"
            "Reply to the comment in public first, then send the details by mail if the reader wants them.\n\n"
            "Cancel reply\n\n"
            "That is the label of the link that closes the form, and readers click it by mistake more often than "
            "you would think.\n")
    result = cleaner.clean(text, format="text")
    assert "Reply to the comment in public first" in result.text
    assert "Cancel reply" in result.text and "closes the form" in result.text


def test_a_readers_letter_under_a_count_stays():
    text = (_BODY_CS + "1 komentář\n\n"
            "Chodím do té pekárny od dětství a ten žitný chléb je pořád stejný, i když tam dnes stojí fronta až na "
            "náměstí.\n")
    result = cleaner.clean(text, format="text")
    assert "Chodím do té pekárny od dětství" in result.text


def test_a_count_in_a_paragraphs_middle_stays_glued():
    text = "Der Stadtrat erhielt bis Freitag viele Zuschriften.\n12 Kommentare\nDie Abstimmung folgt im Mai."
    assert trailing_ui(text) is None
    result = cleaner.clean(_BODY_EN + text + "\n", format="text")
    assert "12 Kommentare" in result.text
