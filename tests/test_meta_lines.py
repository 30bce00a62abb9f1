"""A post's meta lines by their shape (detectors/meta_lines.py, data/meta_lines.json) and the probe11 lexical
families (cookie notice, paywall, comment prompt); the cases of fixtures/cases/*.metalines.json run in test_cases."""

from __future__ import annotations

import pytest

from cleaner.detectors.families import family_finding
from cleaner.detectors.meta_lines import line_shape, meta_line_findings
from cleaner.model import Block


def block(text: str, kind: str = "paragraph", list_id: int = -1) -> Block:
    return Block(index=0, type=kind, text=text, plain=text, list_id=list_id)


@pytest.mark.parametrize("text", [
    "Friday, October 3, 2025", "Posted on Jul 7", "18.06.2020 22:00:00", "于 2024-10-30 10:00:00 发布",
    "Billet de blog 8 décembre 2017", "gradu 2025. 2. 18. 04:50", "28 de janeiro de 2023", "Archief voor augustus, 2011",
    "Veröffentlicht am 12.05.2023 um 14:30 Uhr", "2023年4月1日 15:20 更新", "Pubblicazione iniziale: 27.3.23",
    "29/06/2015 09h40 - Atualizado em 29/06/2015 11h16",
])
def test_date_lines_in_any_language(text):
    shape = line_shape(block(text))
    assert shape is not None and shape[0] == "dateline", text


@pytest.mark.parametrize("text", [
    "921 阅读", "30 Billets", "0 Kommentare", "Commenti (3)", "Top comments (0)", "| 1 yorum ]", "조회 1234",
])
def test_counters(text):
    shape = line_shape(block(text))
    assert shape is not None and shape[0] == "counter", text


@pytest.mark.parametrize("text", [
    "Chapter 3", "1. Introduction", "Step 2", "3 Ways to Cook Rice", "On 12 March 2020 the WHO declared a pandemic.",
    "In 2020, sales rose 12% and the company hired 300 people.", "Windows 11", "728x90",
    "The meeting was moved to the following week because of the strike.",
    # found on the gold bodies (inject_quality.py --clean-gold): figures, schedules, a question, a tweet's signature
    "23 7 1 1 1", "5211", "1824", "10 p.m.", "9.30 A.M. / 7.00 P.M.", "%165 голосов", "R : 50,000₩",
    "1 Kyle Busch 5040 5 1 17 27", "What’s new in 2.26 (September pack)?", "Score 4.5 out of 5",
    "29 November 2018 | 20 January 2019", "— 9to5Mac.com (@9to5mac) November 4, 2019",
])
def test_negative_no_meta_line(text):
    assert line_shape(block(text)) is None, text


def test_a_run_of_meta_lines_is_a_table():
    lines = ["1a etapa: 10 de março", "2a etapa: 8 de abril", "3a etapa: 22 de abril"]
    blocks = [Block(index=i, type="paragraph", text=t, plain=t) for i, t in enumerate(lines)]
    assert all(line_shape(b) for b in blocks)
    assert meta_line_findings(blocks, [[], [], []]) == [[], [], []]


def test_only_at_the_edges():
    prose = ("The orchard behind the old school had not been pruned for twenty years when the parish council asked its "
             "neighbours for volunteers.")
    blocks = [Block(index=i, type="paragraph", text=t, plain=t)
              for i, t in enumerate(["Posted on March 3, 2024", prose, "12 Comments", prose, "12 Comments"])]
    found = meta_line_findings(blocks, [[] for _ in blocks])
    assert [bool(f) for f in found] == [True, False, False, False, True]


def test_items_of_a_list_are_never_meta_lines():
    items = [Block(index=i, type="list_item", text=t, plain=t, list_id=0) for i, t in enumerate(["1998: 12 staff", "2 cups"])]
    assert meta_line_findings(items, [[], []]) == [[], []]


def test_date_lines_that_open_prose_twice_are_a_diary():
    prose = "The supply boat could not land today because of the swell, so we are living on tinned soup and the last of the bread until the weather turns."
    blocks = [Block(index=i, type="paragraph", text=t, plain=t)
              for i, t in enumerate(["December 3, 1998", prose, "December 11, 1998", prose + " Again."])]
    found = meta_line_findings(blocks, [[] for _ in blocks])
    assert found == [[], [], [], []]
    found = meta_line_findings(blocks[:2], [[], []])
    assert found[0] and found[0][0].rule == "navigation.dateline"


@pytest.mark.parametrize("text, rule", [
    ("Informativa privacy e cookie: Questo blog include cookie di terze parti.", "rights_notice.cookie_notice"),
    ("This site uses cookies. Read our privacy policy.", "rights_notice.cookie_notice"),
    ("Este site utiliza cookies para melhorar a sua experiência.", "rights_notice.cookie_notice"),
    ("当サイトではクッキーを使用しています。", "rights_notice.cookie_notice"),
    ("最低0.47元/天 解锁文章", "call_to_action.paywall"),
    ("Subscribe to continue reading this article.", "call_to_action.paywall"),
    ("Abonnez-vous pour lire la suite de cet article.", "call_to_action.paywall"),
    ("Nessun commento:", "call_to_action.comment_prompt"),
    ("Posta un commento", "call_to_action.comment_prompt"),
    ("Deixe um comentário", "call_to_action.comment_prompt"),
    ("暂无评论", "call_to_action.comment_prompt"),
])
def test_probe11_families(text, rule):
    finding = family_finding(block(text))
    assert finding is not None and finding.rule == rule, (text, finding)


@pytest.mark.parametrize("text", [
    "We use brown butter in these cookies for a nutty flavour.",
    "Regulators said this website's cookie banner broke the law.",
    "No comment, the minister replied.",
    "Many of them now ask readers to subscribe to continue reading after three free articles, according to the report.",
])
def test_negative_no_probe11_family(text):
    assert family_finding(block(text)) is None, text


def test_definition_items_lose_their_lead_findings():
    from cleaner.detectors.definitions import definition_findings, is_definition
    from cleaner.model import Finding

    assert is_definition("**Source:** The service or application that wrote the event, such as the spooler.")
    assert not is_definition("Source: Reuters")
    assert not is_definition("The source of the event is written in the first field of the record.")
    texts = ["**Source:** The service or application that wrote the event, such as the spooler.",
             "**Level:** How serious the event is, from information through warning to error.",
             "**User:** The account the service was running as when it wrote the event."]
    items = [Block(index=i, type="list_item", text=t, plain=t, list_id=0) for i, t in enumerate(texts)]
    lead = Finding("source_credit", "source_credit.lead", "source: [en]", 0.9, False, "lead")
    assert definition_findings(items, [[lead], [], []]) == [[], [], []]
    credits = [Block(index=i, type="list_item", text=t, plain=t, list_id=0)
               for i, t in enumerate(["Source: Reuters", "Photo: City Council", "Editing: Jane Roe"])]
    assert definition_findings(credits, [[lead], [], []]) == [[lead], [], []]


def test_markdown_separators_of_scraped_markdown():
    """readers/text.py: a run of long dashes and a Pandoc fenced div's fence are markup in Markdown (probe11)."""
    from cleaner.readers.text import text_units

    doc = "Body line one.\n————————————————\n版权声明：本文为博主原创文章。\n\n::: {#share .sharedaddy}\nShare this:\n:::\n"
    types = [u.type for u in text_units(doc, markdown=True)]
    assert types == ["paragraph", "rule", "paragraph", "rule", "paragraph", "rule"]
    assert [u.type for u in text_units("a\n————————\nb", markdown=False)] == ["paragraph"]


# --- abbreviated month names with a dot (issue 11): the dot of "janv." is no sentence's end next to a day or year
@pytest.mark.parametrize("text", [
    "Posted on 23 de fev. de 2022 • Updated on 1 de mar. de 2022", "12 janv. 2021", "Publié le 9 déc. 2019",
    "3. Dez. 2020", "Veröffentlicht am 3. Mrz. 2020", "5 sept. 2019", "Publicado el 5 sept. 2019", "12 okt. 2021",
    "Gepubliceerd op 7 mrt. 2020", "3 gen. 2020", "Pubblicato il 3 set. 2020", "12 янв. 2021", "5 нояб. 2021",
    "Oct. 3, 2025", "Sept 5, 2019", "Updated Sept. 5, 2019 at 10:00", "Mar. 2020", "3 лют. 2021",
])
def test_date_lines_with_abbreviated_months(text):
    shape = line_shape(block(text))
    assert shape is not None and shape[0] == "dateline", text


@pytest.mark.parametrize("text", [
    # a month's abbreviation as a word of prose, or next to no day or year: the dot stays a sentence's end
    "Ele foi ao mar. Depois voltou em 2020", "Wir kamen im Dez. an, 2020 war ein gutes Jahr",
    "Er kam am 3. Dez. nach Hause.", "Mar", "Mar.", "See the Mar. 3 notes for the meeting of 2020.",
    "On Oct. 3, 2025 the council voted to close the library.", "Schiff replied on Sept. 5, 2019.",
    "They went out. 2020 was hard",
])
def test_negative_abbreviated_months_in_prose(text):
    assert line_shape(block(text)) is None, text


def test_abbreviated_date_line_removed_prose_with_date_kept():
    from cleaner import Cleaner

    prose = ("A câmara municipal aprovou em 23 de fev. de 2022 o novo plano de ciclovias, depois de dois anos de "
             "consultas públicas com os moradores dos bairros mais afetados.")
    more = ("O plano prevê quarenta quilómetros de faixas novas, que ligam as escolas e os mercados ao centro da "
            "cidade, e será revisto todos os anos pela assembleia.")
    # a date line alone at an edge is weak evidence: the recall preset takes it (the default one next to others)
    result = Cleaner(preset="recall").clean(
        f"Posted on 23 de fev. de 2022 • Updated on 1 de mar. de 2022\n\n{prose}\n\n{more}\n", format="text")
    assert prose in result.text and more in result.text
    assert "Posted on" not in result.text
    assert [block.rule for block in result.removed] == ["navigation.dateline"]
