"""detectors/lines.py: related title lists, share bars and credit lines by their shape, in several languages, with
the negative cases (an article about social media, a reading list, a table of contents, "via" in prose, a quotation,
a caption, a data citation)."""

from __future__ import annotations

import pytest

import cleaner
from cleaner.detectors.lines import credit_line, share_bar, title_shaped, vocabulary
from cleaner.model import Block

BODY = ("The city council voted on Tuesday to expand the bike lane network across the downtown area, a decision that "
        "followed months of debate among residents, shop owners and commuters who use the streets every day.\n\n"
        "Supporters said the new lanes would make cycling safer for children and older residents, while critics "
        "worried about the loss of parking spaces and the effect on small businesses along the main avenue.\n\n"
        "The work is expected to begin next spring and to last about eighteen months, according to the city's "
        "transport department, which will publish a detailed schedule in the coming weeks.")


def _rules(text: str, fmt: str = "text") -> dict[str, str]:
    """Removed block text -> rule, for the blocks after the body."""
    result = cleaner.clean(text, format=fmt)
    return {r.text.strip().lstrip("-* ").strip(): r.rule for r in result.removed}


def _block(text: str, kind: str = "paragraph") -> Block:
    return Block(0, kind, text, text)


# --- share bars ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Share  Tweet  Pin  Email  Print",
    "12 shares",
    "1.2K Shares | Share | Tweet",
    "Share on Facebook Share on X Share on WhatsApp",
    "Partager Tweeter Imprimer",
    "Teilen  Twittern  Drucken",
    "Compartir  Tuitear  Imprimir",
    "Condividi  Stampa  Invia",
    "Udostępnij  Drukuj",
    "Поделиться  Печать",
    "分享 收藏 打印",
    "シェア ツイート はてブ",
    "공유 인쇄 스크랩",
])
def test_share_bar(line):
    finding = share_bar(_block(line), vocabulary())
    assert finding is not None and finding.rule == "call_to_action.share_line"


@pytest.mark.parametrize("line", [
    "Share prices fell 12 percent on Tuesday",  # news
    "Facebook, Twitter and Instagram",  # networks alone: a follow line's business, no share word
    "Email: Facebook, WhatsApp",  # an ambiguous share word alone
    "Email",
    "Print",
    "Tweet, share, like: the vocabulary of social media",  # an article about social media
    "Share your thoughts with the neighbours",
    "5 shares left",  # no counter
    "Il a partagé la photo sur Facebook hier soir",
])
def test_share_bar_negative(line):
    assert share_bar(_block(line), vocabulary()) is None


def test_share_bar_as_one_word_lines():
    rules = _rules(BODY + "\n\n- Share\n- Facebook\n- Pinterest\n- Email", "markdown")
    assert rules.get("Share") and rules.get("Email")


def test_contact_list_in_the_body_is_no_share_bar():
    doc = (BODY + "\n\nReaders can reach the transport department through these channels:\n\n- Email\n- Facebook\n"
           "- WhatsApp\n\n" + BODY)
    assert not any(rule == "call_to_action.share_line" for rule in _rules(doc, "markdown").values())


# --- credit lines --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "via Example Site",
    "Via: The Verge",
    "Crédit : Example Site",
    "Crédits : Agence France-Presse",
    "Quelle: Example Verlag",
    "Fuente: Agencia EFE",
    "Fonte: Example Site",
    "Źródło: Example Portal",
    "Источник: ТАСС",
    "来源：新华社",
    "出典：共同通信",
    "Image credit: NASA/JPL",
    "Article source: https://example.com/article",
    "H/T Jane Doe",
    "Courtesy of International Example Co.",
])
def test_credit_line(line):
    finding = credit_line(_block(line), vocabulary())
    assert finding is not None and finding.rule == "source_credit.credit_line", line


@pytest.mark.parametrize("line", [
    "Via Rome, the train continues along the coast to Naples.",  # "via" in prose
    "Source: the author's own calculations based on survey data.",  # a sentence
    "Photo: Reuters",  # a photo label alone ends a caption: the caption's
    "Image stabilization: Yes",  # a spec line
    "Microsoft vs. Open Source: Who Will Win?",  # a title
    "Source: “We will not give up,” the mayor said.",  # a quotation
    "From: Jane Doe",  # a letter's header
    "Origin: China",  # a product spec
    "Source code: available on request from the authors",
])
def test_credit_line_negative(line):
    assert credit_line(_block(line), vocabulary()) is None, line


def test_data_citation_stays():
    doc = BODY + "\n\nFuente: INE, Encuesta de Población Activa, primer trimestre"
    assert "Fuente: INE, Encuesta de Población Activa, primer trimestre" in cleaner.clean(doc, format="text").text


def test_credit_between_body_paragraphs_stays():
    doc = BODY + "\n\nCrédit : Example Site\n\n" + BODY
    assert "Crédit : Example Site" in cleaner.clean(doc, format="text").text


# --- related title lists -------------------------------------------------------------------------------------------
TITLES = ["How to Grow Tomatoes in Small Spaces", "Ten Plants That Survive Any Winter",
          "The Best Soil for Raised Garden Beds"]


@pytest.mark.parametrize("tail,fmt", [
    ("More from Example Site\n\n" + "\n\n".join(TITLES), "text"),
    ("Keep reading:\n" + "\n".join(TITLES), "text"),
    ("## Trending\n\n" + "\n".join(f"- {t}" for t in TITLES), "markdown"),
    ("Weitere Themen\n\n- Warum Ibuprofen nicht jedem Patienten hilft\n- So schützen Sie sich vor Zecken im Garten",
     "markdown"),
    ("Vous aimerez aussi\n\n- Comment cultiver des tomates sur un balcon\n- Dix plantes qui résistent à l'hiver",
     "markdown"),
    ("Te puede interesar\n- Cómo cultivar tomates en espacios pequeños\n- Diez plantas que sobreviven al invierno",
     "text"),
    ("Читайте также:\n— Как вырастить помидоры на балконе\n— Десять растений, которые переживут зиму", "text"),
    ("Don't miss:\n" + "\n".join(TITLES), "text"),  # a lead of any wording, title-case items at the end
])
def test_related_list(tail, fmt):
    result = cleaner.clean(BODY + "\n\n" + tail, format=fmt)
    assert result.text.strip() == cleaner.clean(BODY, format="text").text.strip(), result.text[-300:]
    assert any(r.rule == "related.title_list" for r in result.removed)


@pytest.mark.parametrize("tail,fmt", [
    # a reading list: the books with their authors
    ("Recommended reading:\n\n- Middlemarch by George Eliot\n- The Age of Innocence by Edith Wharton", "markdown"),
    # a listicle whose lead is the article's subject ("books" is in the body)
    ("My favourite books:\n- The Remains of the Day Revisited\n- One Hundred Years of Solitude Again", "text"),
    # the article's own table of contents
    ("Contents:\n- How the Council Voted on the Plan\n- What the Critics Worry About Most", "text"),
    # a list of sources
    ("Sources:\n- The City Transport Department Annual Report\n- The Regional Cycling Survey Results", "text"),
    # short items: names, products
    ("Winners:\n- Best Picture: Oppenheimer\n- Best Actor: Cillian Murphy", "text"),
    # sentences: a list of steps
    ("Latest figures show:\n- Unemployment fell to four percent.\n- Inflation rose again in March.", "text"),
])
def test_related_list_negative(tail, fmt):
    body = BODY.replace("the main avenue.", "the main avenue, where two shops sell books.")
    body = body + ("\n\n## How the Council Voted on the Plan\n\nThe vote was close.\n\n"
                   "## What the Critics Worry About Most\n\nParking." if "Contents" in tail else "")
    result = cleaner.clean(body + "\n\n" + tail, format=fmt)
    assert not any(r.rule == "related.title_list" for r in result.removed), [r.text for r in result.removed]


def test_title_shape():
    assert title_shaped("How to Grow Tomatoes in Small Spaces")
    assert title_shaped("十种能熬过冬天的植物")
    assert not title_shaped("the vote was close")  # lower case
    assert not title_shaped("The vote was close.")  # a sentence
    assert not title_shaped("Smith, J. (2019). Cycling in Cities. Oxford.")  # a reference
    assert not title_shaped("Middlemarch by George Eliot")


def test_related_list_in_the_middle_stays_without_a_cue():
    doc = BODY + "\n\nKeep reading:\n" + "\n".join(TITLES) + "\n\n" + BODY
    assert TITLES[0] in cleaner.clean(doc, format="text").text


def test_specification_is_no_related_list():
    doc = BODY + "\n\nRecommended:\n- OS: Windows 10 or later\n- Processor: Dual Core 3.0 GHz or better"
    assert not any(r.rule == "related.title_list" for r in cleaner.clean(doc, format="text").removed)


def test_see_also_of_a_manual_is_not_taken_by_the_shape():
    doc = BODY + "\n\nSee also\n\n- Polyfill of Promise in core-js\n- Using promises guide for beginners"
    assert not any(r.rule == "related.title_list" for r in cleaner.clean(doc, format="markdown").removed)


def test_a_name_is_no_credit_label():
    assert credit_line(_block("Theo of Golden: A Novel"), vocabulary()) is None


def test_categories_with_counts_are_no_titles():
    assert not title_shaped("Mountain Bike Helmets (56)")


# --- the document-level gate (lines.gates): a superset of the blocks the per-block work finds anything in ----------
def _case_documents() -> list[tuple[str, str]]:
    import json
    from pathlib import Path

    documents = []
    for path in sorted((Path(__file__).resolve().parent.parent / "fixtures" / "cases").glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8")):
            if case.get("format") in ("text", "markdown") and "document" in case:
                documents.append((case["document"], case["format"]))
    latin = ["Bildquelle: Agence Exemple", "Image\u00a0credit: NASA", "Image\u2002credit: NASA", "Crédit : Exemple",
             "File — Courtesy of NASA", "via Example News", "Share Tweet Pin Email", "12", "1 of 5", "²", "Facebook",
             "Teilen auf Facebook", "E-mail", "(Photo: NASA)"]
    marks = ["Source\u0301: Reuters", "=\u0338 via Example", "Share\u0301 Tweet"]  # (Latin, with combining marks)
    # (not gated: the text reader makes "\x1c" a U+FFFD)
    beyond = ["ﬁle — Courtesy of NASA", "Image\x1ccredit: NASA", "Ｓｏｕｒｃｅ： Ｅｘａｍｐｌｅ", "分享 微博", "Ｓｈａｒｅ Ｔｗｅｅｔ",
              "来源：新华社"]
    for edges in (latin, marks, beyond):
        documents.append((BODY + "\n\n" + "\n\n".join(edges), "text"))
        documents.append((BODY + "\n\n" + "\n".join(f"- {edge}" for edge in edges), "markdown"))
    return documents


def test_gate_admits_every_block_the_lines_find(monkeypatch):
    """Every block that is a share bar or a line of a share bar's run, or that ``credit_line`` finds a credit in, is
    admitted by the gate;
    and ``line_findings`` says the same with the gate and without it (the gate off: every block is looked at)."""
    import cleaner.pipeline as pipeline
    from cleaner.detectors import lines

    calls = []
    real = pipeline.line_findings
    monkeypatch.setattr(pipeline, "line_findings", lambda *args: calls.append(args) or real(*args))
    documents = _case_documents()
    engine = cleaner.Cleaner()
    for document, fmt in documents:
        engine.clean(document, format=fmt)
    monkeypatch.setattr(pipeline, "line_findings", real)
    assert len(calls) >= len(documents)
    vocab = vocabulary()
    admitted = gated_documents = 0
    for args in calls:
        blocks = args[0]
        gated = lines.gates(blocks, vocab)
        share_blocks, credit_blocks = gated if gated is not None else (range(len(blocks)), range(len(blocks)))
        gated_documents += gated is not None
        for i, block in enumerate(blocks):
            tokens = lines.share_tokens(block.plain, vocab)
            if tokens is not None and (share_bar(block, vocab, tokens) or lines._share_item(block, tokens)):
                assert i in share_blocks, block.plain
            if credit_line(block, vocab) is not None:
                assert i in credit_blocks, block.plain
        admitted += len(set(share_blocks) | set(credit_blocks)) if gated is not None else 0
        with_gate = lines.line_findings(*args)
        monkeypatch.setattr(lines, "gates", lambda blocks, vocab, memo=None: None)
        assert lines.line_findings(*args) == with_gate
        monkeypatch.undo()
    assert admitted >= 14 and gated_documents > len(calls) // 2  # (the edge lines above are admitted; texts beyond the
    # Latin scripts are not gated)


def test_gate_answers_kept_for_a_sites_blocks_are_the_same():
    # the gate's answers on a site's recurring blocks, kept from one page to the next (sites.apply.ShapePage), are
    # the answers of the blocks read again; a page with a character beyond the Latin scripts is not gated either way
    from cleaner.detectors import lines
    from cleaner.sites.apply import ShapeMemo

    def blocks_of(*texts: str) -> list[Block]:
        return [Block(index=i, type="paragraph", text=t, plain=t) for i, t in enumerate(texts)]

    template = ("Share on Facebook", "Photo: Lena Marsh / Harbour Press", "Subscribe for 12 issues", "Home",
                "Our reporters walked the whole coastal path in a week and met the people who keep it open.")
    pages = [blocks_of(*template, "Tweet", "Via the county archive"),
             blocks_of("Print", *template, "Words by the editors"),
             blocks_of(*template[:3], "Образ дня")]
    memo, vocab = ShapeMemo(), vocabulary()
    for blocks in pages:
        recurring = [block.plain in template for block in blocks]
        page = memo.page(blocks, recurring)
        assert lines.gates(blocks, vocab, page) == lines.gates(blocks, vocab)
        assert lines.gates(blocks, vocab, page) == lines.gates(blocks, vocab)  # (now every answer is kept)
    assert lines.gates(pages[2], vocab) is None


@pytest.mark.parametrize("text,expected", [
    ("- Middlemarch by George Eliot\n- Our Town by Thornton Wilder", True),
    ("- Pêcheur d'Islande par Pierre Loti\n- Le Horla (Maupassant)", True),
    ("Hughes, T. P. et al. Global warming and recurrent mass bleaching of corals. Nature 543 (2017).", True),
    ("- [Why we still read Middlemarch](https://example.com/m) by Anna Reed", False),  # a link: a related list
    ("- Middlemarch by George Eliot\n- Ten tips for better sleep", False),  # not every line
    ("The novel was written by a young teacher in a small town.", False),
])
def test_reading_list_member(text, expected):
    from cleaner.detectors.lines import reading_list_member
    from cleaner.model import LinkRef
    block = _block(text)
    if "](" in text:
        block.links = [LinkRef("https://example.com/m", "Why we still read Middlemarch", 2, 52)]
    assert reading_list_member(block) is expected


# --- the languages issue 11 added: share bars, credit lines, source / contents leads ---------------------------------
@pytest.mark.parametrize("line", [
    "शेयर करें  ट्वीट  ईमेल",
    "แชร์  ทวีต",
    "مشاركة  تغريد  طباعة",
    "শেয়ার করুন  টুইট",
    "Sdílet  Tisk",
    "Del på Facebook  Del på Twitter  Udskriv",
    "Κοινοποίηση  Εκτύπωση",
    "اشتراک‌گذاری  چاپ",
    "Jaa facebookissa  Tulosta",
    "שתפו  הדפסה",
    "Megosztás  Nyomtatás",
    "Bagikan  Cetak",
    "Del på Facebook  Lagre",
    "Distribuie  Trimite",
])
def test_share_bar_in_the_added_languages(line):
    finding = share_bar(_block(line), vocabulary())
    assert finding is not None and finding.rule == "call_to_action.share_line", line


@pytest.mark.parametrize("line", [
    "แชร์ลูกโซ่ระบาดหนักบนเฟซบุ๊ก",  # Thai: "share" inside "Ponzi scheme", no spaces: too many other letters
    "หนังสือพิมพ์ Facebook",  # "print" inside "newspaper": an ambiguous share word alone
    "مشاركة واسعة على فيسبوك",  # "participation": ambiguous alone
    "غرد ترامب على تويتر",  # "tweeted": ambiguous alone
    "Del 2",  # Danish / Norwegian "part 2": no share word
    "Jaa 2",  # an ambiguous share word alone
    "Jokowi Bagikan Video di Media Sosial",  # a headline: "shares"
    "Tisk a Facebook",  # "the press": ambiguous alone
])
def test_share_bar_negative_in_the_added_languages(line):
    assert share_bar(_block(line), vocabulary()) is None, line


@pytest.mark.parametrize("line", [
    "Zdroj: ČTK", "Kilde: Ritzau", "Πηγή: ΑΠΕ-ΜΠΕ", "منبع: ایسنا", "Lähde: STT", "מקור: וואלה", "Forrás: MTI",
    "Kilde: NTB", "Sursa: Agerpres", "সূত্র: বিবিসি", "По материалам РИА Новости", "За матеріалами Укрінформ",
])
def test_credit_line_in_the_added_languages(line):
    finding = credit_line(_block(line), vocabulary())
    assert finding is not None and finding.rule == "source_credit.credit_line", line


@pytest.mark.parametrize("line", [
    "Zdroj: vlastní výpočty autora na základě dat z průzkumu.",  # a sentence
    "По материалам дела, обвиняемый скрылся с места происшествия.",  # "according to the case file": prose
    "За матеріалами слідства, підозрюваний втік з місця події.",
])
def test_credit_line_negative_in_the_added_languages(line):
    assert credit_line(_block(line), vocabulary()) is None, line


@pytest.mark.parametrize("lead", ["Kaynaklar:", "Källor:", "Lähteet:", "Zdroje:", "Források:", "Surse:", "Πηγές:",
                                  "المصادر:", "อ้างอิง:", "참고문헌:", "参考文献：", "Джерела:", "Sumber:", "מקורות:"])
def test_a_list_of_sources_in_the_added_languages_is_no_related_list(lead):
    assert all(word in vocabulary().not_list_words for word in [lead.strip(":：").casefold()])


def test_the_added_fillers_leave_english_share_prompts_alone():
    """Fillers are shared by every language: the one- and two-letter words of the added languages that are English,
    Italian, Dutch or German words too ("a", "di", "dan", "ja") are no fillers, so an English prompt with two other
    words stays a phrase's business, not a share bar's."""
    assert share_bar(_block("Like this story? Share it with a friend!"), vocabulary()) is None
