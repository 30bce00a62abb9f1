"""A thread's per-post panels by their repeated shape (detectors/post_panels.py, data/post_panels.json; panel40).
Every case is written by us, in our own words."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.post_panels import panel_marks, panel_shapes, shape_key

POSTS_EN = [
    "I have an old apple tree in the back garden that has not been pruned for at least ten years, and the branches "
    "cross everywhere. Should I cut it back hard this winter or spread the work over several years?",
    "Spread it over three winters. Taking more than a quarter of the canopy in one go makes the tree throw up masses "
    "of water shoots, and you will spend the next summer rubbing them off.",
    "Thanks, that makes sense to me. I will start with the dead wood and the crossing branches and leave the rest "
    "of the crown for next year.",
    "Agreed with the advice above. Also sterilise your saw between cuts if there is any sign of canker on the old "
    "wood, or you will spread it around the tree.",
]
PANELS_EN = [
    ["orchardkeeper", "Senior Member", "Joined: Mar 2010", "Posts: 1,234"],
    ["greenthumb", "Junior Member", "Joined: Jun 2018", "Posts: 87"],
    ["orchardkeeper", "Senior Member", "Joined: Mar 2010", "Posts: 1,235"],
    ["treeman", "Moderator", "Joined: Jan 2006", "Posts: 15,002"],
]


def _thread(panels: list[list[str]], posts: list[str], *, glue: str = "\n\n", inside: bool = False) -> str:
    """A thread: each post's panel over its text, as blocks (``glue`` blank lines), a WET page (one newline) or the
    panel glued to its post's text in one paragraph (``inside``)."""
    parts = []
    for panel, post in zip(panels, posts):
        if inside:
            parts.append("\n".join(panel + [post]))
        else:
            parts.extend(panel + [post])
    return "Best way to prune an old apple tree?" + glue + glue.join(parts) + "\n"


def _removed(result) -> list[str]:
    return [r.text.strip() for r in result.removed if r.rule == "navigation.post_panel"]


def _kept(result, lines) -> None:
    for line in lines:
        assert line in result.text, line


# --- the shapes --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line,key", [
    ("Joined: Mar 2010", "joined:#"), ("Posts: 1,234", "posts:#"), ("Beiträge: 1.234", "beiträge:#"),
    ("注册时间: 2010-03-12", "注册时间:#"), ("Thanked 5 Times in 4 Posts", "thanked 0 times in 0 posts"),
    ("**Posts:** 88", "posts:#"), ("| Comments (3)", "comments (0"),
])
def test_shape_keys(line, key):
    assert shape_key(line) == key


@pytest.mark.parametrize("line", ["", "Thanks, that makes sense.", "Is this right?", "12 345 678",
                                  "one two three four five six seven eight nine", "x" * 100])
def test_no_shape(line):
    assert shape_key(line) is None


def test_panel_shapes_name_the_evidence():
    shapes = panel_shapes(_thread(PANELS_EN, POSTS_EN))
    assert set(shapes) == {"joined:#", "posts:#"}
    assert "posts:# x4" in shapes["posts:#"] and "joined:# x4" in shapes["posts:#"]


# --- positive: a thread in three layouts, three more languages, Markdown -----------------------------------------------
@pytest.mark.parametrize("glue,inside", [("\n\n", False), ("\n", False), ("\n\n", True)])
def test_english_thread(glue, inside):
    result = cleaner.clean(_thread(PANELS_EN, POSTS_EN, glue=glue, inside=inside), format="text")
    gone = _removed(result)
    assert sum(1 for text in gone if "Joined:" in text) == 4, gone
    assert sum(1 for text in gone if "Posts:" in text) == 4, gone
    _kept(result, [post[:60] for post in POSTS_EN])


POSTS_DE = [
    "Mein Fahrrad quietscht seit gestern bei jedem Tritt, obwohl ich die Kette erst letzte Woche geölt habe. Hat "
    "jemand eine Idee, woran das liegen könnte?",
    "Oft sind es die Pedale selbst oder das Tretlager. Schraub die Pedale ab, fette das Gewinde ein und zieh sie "
    "wieder fest an, dann hört man meistens nichts mehr.",
    "Danke für den Tipp mit den Pedalen! Das Gewinde war tatsächlich völlig trocken, jetzt ist endlich wieder Ruhe "
    "auf dem Weg zur Arbeit.",
]
PANELS_DE = [["radler77", "Beiträge: 1.204", "Dabei seit: 12.03.2011"],
             ["kettenblatt", "Beiträge: 87", "Dabei seit: 02.11.2019"],
             ["radler77", "Beiträge: 1.205", "Dabei seit: 12.03.2011"]]
POSTS_RU = [
    "Подскажите, пожалуйста, как лучше утеплить балкон на зиму, если он открытый и выходит на северную сторону "
    "дома? Хочу сделать это своими руками.",
    "Сначала нужно остеклить балкон, иначе утеплитель быстро отсыреет. Потом можно класть пенопласт на стены и пол, "
    "а сверху обшить всё вагонкой.",
    "Спасибо за подробный ответ, начну с остекления весной, а пенопласт куплю заранее, пока цены ещё не выросли.",
]
PANELS_RU = [["Сообщений: 312", "Зарегистрирован: 14.05.2012", "Репутация: 15"],
             ["Сообщений: 2 041", "Зарегистрирован: 01.09.2008", "Репутация: 230"],
             ["Сообщений: 313", "Зарегистрирован: 14.05.2012", "Репутация: 15"]]
POSTS_ZH = [
    "请问大家，家里的绿萝叶子最近总是发黄，浇水也不算多，放在客厅靠窗的位置，这是什么原因呢？有没有懂行的朋友帮忙看看，谢谢大家。",
    "绿萝喜欢散射光，不能长时间被太阳直射。另外要看看盆土是不是太湿了，根部烂了叶子也会发黄，建议换一点疏松透气的土。",
    "谢谢楼上的建议，我把花盆挪到了屋里阴凉一点的地方，也换了新土，过两个星期再来告诉大家结果怎么样。",
]
PANELS_ZH = [["帖子: 35", "积分: 120", "注册时间: 2019-04-02"],
             ["帖子: 1204", "积分: 5630", "注册时间: 2012-08-15"],
             ["帖子: 36", "积分: 121", "注册时间: 2019-04-02"]]


@pytest.mark.parametrize("panels,posts,count", [
    (PANELS_DE, POSTS_DE, "Beiträge:"), (PANELS_RU, POSTS_RU, "Сообщений:"), (PANELS_ZH, POSTS_ZH, "帖子:"),
])
@pytest.mark.parametrize("glue", ["\n\n", "\n"])
def test_threads_in_other_languages(panels, posts, count, glue):
    result = cleaner.clean(_thread(panels, posts, glue=glue), format="text")
    gone = _removed(result)
    assert sum(1 for text in gone if count in text) == 3, gone
    _kept(result, [post[:30] for post in posts])


def test_markdown_thread():
    parts = ["# Best way to prune an old apple tree?"]
    for panel, post in zip(PANELS_EN, POSTS_EN):
        parts.append(f"**{panel[0]}**")
        parts.extend(f"**{line.split(':')[0]}:** {line.split(':', 1)[1].strip()}" if ":" in line else line
                     for line in panel[1:])
        parts.append(post)
    result = cleaner.clean("\n\n".join(parts) + "\n", format="markdown")
    gone = _removed(result)
    assert sum(1 for text in gone if "Posts" in text) == 4, gone
    _kept(result, [post[:60] for post in POSTS_EN])


def test_html_untouched():
    """An HTML page's gold keeps a thread's panels (cleaneval): the detector reads plain text and Markdown only."""
    body = "".join(f"<p>{'<br>'.join(panel)}</p><p>{post}</p>" for panel, post in zip(PANELS_EN, POSTS_EN))
    result = cleaner.clean(f"<html><body><article>{body}</article></body></html>", format="html")
    assert not _removed(result)


def test_panel_marks_in_a_paragraph():
    shapes = panel_shapes(_thread(PANELS_EN, POSTS_EN))
    assert panel_marks(PANELS_EN[0] + [POSTS_EN[0]], shapes) == {2, 3}


# --- negative: repeated short lines that are the article's --------------------------------------------------------------
STEP = ("Mix the dry ingredients in a large bowl, then add the butter in small pieces and rub it in with your "
        "fingertips until the mixture looks like coarse breadcrumbs.")


def _negative(text: str, fmt: str = "text") -> None:
    result = cleaner.clean(text, format=fmt)
    assert not _removed(result), _removed(result)


def test_recipe_ingredients_stay():
    _negative("Scones for a crowd\n\n" + "\n\n".join(
        f"Batch {n}\n2 cups flour\n1 cup milk\n3 tbsp sugar\n{STEP}" for n in range(1, 5)))


def test_results_list_stays():
    _negative("Saturday's results\n\n" + "\n\n".join(
        f"Harbour Town {n} - {n + 1} Riverside\nAttendance: 1,2{n}0\nGoals: {n}\n{STEP}" for n in range(4)))


def test_interview_stays():
    _negative("An interview with the ferry's captain\n\n" + "\n\n".join(
        f"Q: How long have you worked on the boat, and what changed in {2000 + n}?\nA: {STEP}" for n in range(5)))


def test_step_headings_stay():
    _negative("How to bake scones\n\n" + "\n\n".join(f"Step {n}\n{STEP}" for n in range(1, 7)))


def test_refrain_stays():
    verse = "The tide goes out along the bay and takes the evening light away with all the boats that sailed today"
    _negative("The harbour song\n\n" + "\n\n".join(f"Verse {n}\n{verse}\nChorus\nSing, sing, the tide" for n in
                                                  range(1, 5)))


def test_changelog_stays():
    _negative("Changelog\n\n" + "\n\n".join(
        f"Version 2.{n}.0\nReleased: 2024-0{n}-12\nDownloads: {n}20\nFixed a crash when the timetable had no "
        f"boats on a holiday, and the app now keeps the last search when it is opened again." for n in range(1, 6)))


def test_liveblog_stays():
    """A liveblog's stamps carry its entries (decided: keep; dates are no panel's line, and no count anchors)."""
    _negative("Storm live: the ferries stop\n\n" + "\n\n".join(
        f"12:{n}5\nUpdated 12:{n}9\nThe harbour master says the last boat of the evening will not leave tonight "
        f"because the waves at the pier are too high." for n in range(5)))


def test_table_and_chapters_stay():
    _negative("Passenger figures\n\n" + "\n".join(f"Route {n} 12 14 19 {n}1" for n in range(8)) + "\n\n" +
              "\n\n".join(f"Chapter {n}\n{STEP}" for n in range(1, 6)))


def test_link_list_stays():
    _negative("Further reading\n\n" + "\n".join(f"Ferry history, part {n}: https://example.org/ferries/{n}"
                                                  for n in range(1, 8)) + f"\n\n{STEP}")


def test_roster_and_profiles_stay():
    """A team's roster and a list of people print a number with a label of their own once a person."""
    bio = ("She grew up on the island and joined the club at fourteen, and she still trains on the beach every "
           "morning before work at the harbour.")
    _negative("The squad\n\n" + "\n\n".join(f"Player {n}\nAge: 2{n}\nGoals: {n}\nHeight: 17{n} cm\n{bio}"
                                            for n in range(5)))


def test_one_panel_and_prose_about_posts_stay():
    _negative("About the forum\n\n" + POSTS_EN[0] + "\n\nPosts: 12\nJoined: May 2020\n\n" +
              "The forum has 1,234 posts and 87 members who joined in 2020, and its moderators read every one.\n\n" +
              POSTS_EN[1])


def test_comment_counts_without_prose_stay():
    """A list of counts with no post's text between them (a table of a forum's boards) is no thread."""
    _negative("Boards\n\n" + "\n".join(f"Board {n}\nPosts: {n}12\nTopics: {n}3" for n in range(1, 6)) + "\n\n" +
              POSTS_EN[0])
