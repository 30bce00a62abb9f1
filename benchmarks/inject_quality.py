"""Boilerplate we inject ourselves into human gold bodies, then clean as text (run by hand).

Bodies: the ``gold`` field of ../shared/bench/*.jsonl.gz (docs without gold, or with gold under 500 characters, are
skipped). Boilerplate: the template library below (author bio boxes, source lines, affiliate disclosures, copyright /
PLR notices, share / newsletter prompts, related lists, navigation lines) in en, fr, de, es, it, pt, zh, ja, ru, pl,
matched to the document's language where we have it, and English under non-English articles too. Blocks go at the
end (mostly), the start, or both, deterministically (a random generator seeded per document id).

Measured, from the removals' offsets (every injected block and every gold paragraph has its span in the input):
- injected blocks fully removed (every non-space character inside a removal), partly removed, kept;
- body token precision / recall / F1 of ``result.text`` against the gold (the metric of ../shared/bench/README.md);
- the share of documents whose body lost (part of) a paragraph, and the false-removal list with the rule.
``--clean-gold`` cleans the un-injected gold bodies instead: every removal there is a false removal, or real
boilerplate left in the gold; they are all listed for a human to judge.

    python benchmarks/inject_quality.py                     # injected, all sets with gold
    python benchmarks/inject_quality.py --clean-gold        # the gold bodies as they are
    python benchmarks/inject_quality.py --sets scrapinghub,readability --limit 100 --verbose
    python benchmarks/inject_quality.py --show DOC_ID       # print one injected document and its removals
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import prf, read_jsonl, require_shared  # noqa: E402

import cleaner  # noqa: E402

SETS = ("scrapinghub", "readability", "chinese_cwced", "cleaneval", "cleanportaleval")
MIN_GOLD_CHARS = 500
SEED = "cleaner-inject-1"

# -- the template library ------------------------------------------------------------------------------------------
# One entry per kind and language; each template is one injected block (blank lines split it into paragraphs).
# Placeholders: {name} {site} {domain} {url} {year} {handle} {t1} {t2} {t3} {section} {tag1} {tag2} {n}.
# "where": which end of the document a kind goes to ("start", "end" or "both").
WHERE = {
    "author_bio": "end", "source_credit": "both", "affiliate": "both", "copyright": "end", "plr": "end",
    "share": "both", "newsletter": "end", "related": "end", "navigation": "both",
}

TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "author_bio": [
            "About the Author\n\n{name} is a freelance writer and digital marketing consultant. {name} has written for "
            "dozens of small-business blogs and loves helping entrepreneurs tell their stories. Follow on Twitter @{handle}.",
            "{name} is the founder of {site}, where they write about personal finance, productivity and side hustles. "
            "When not writing, you can find them hiking with their two dogs.",
            "About {name}\n\n{name} has been covering technology for more than ten years. Connect on LinkedIn or read "
            "more articles at {url}",
            "Written by {name}. {name} is a certified nutritionist and the author of three books on healthy eating. "
            "Visit {url} for free recipes and meal plans.",
        ],
        "source_credit": [
            "Article Source: {url}",
            "Source: {site} | {url}",
            "This article was originally published on {site}. Read the original article.",
            "Originally posted at {url} - republished with permission.",
        ],
        "affiliate": [
            "Disclosure: This post contains affiliate links. If you click through and make a purchase, we may earn a "
            "small commission at no extra cost to you.",
            "As an Amazon Associate I earn from qualifying purchases.",
            "This article may contain affiliate links. We only recommend products we use and love.",
            "Check the latest price on Amazon: https://www.amazon.com/dp/B0{n}?tag={handle}-20",
        ],
        "copyright": [
            "© {year} {site}. All rights reserved.",
            "Copyright {year} {site}. All Rights Reserved. This material may not be published, broadcast, rewritten or "
            "redistributed.",
        ],
        "plr": [
            "You may freely republish this article on your website or in your ezine, provided the author's resource box "
            "and the active links are left intact.",
            "Reprint rights: you are welcome to reprint this article as long as the content remains unaltered and the "
            "author bio is included.",
        ],
        "share": [
            "Share this:\n\nFacebook\n\nTwitter\n\nLinkedIn\n\nEmail",
            "Share this article: Facebook | Twitter | Pinterest | WhatsApp | Email",
            "If you enjoyed this article, please share it with your friends!",
            "Like this post? Share it on Facebook and Twitter.",
        ],
        "newsletter": [
            "Subscribe to our newsletter\n\nGet the latest articles delivered straight to your inbox. Enter your email "
            "address and never miss an update.",
            "Sign up for our free weekly newsletter and get our best stories every Friday.",
            "Don't miss out! Subscribe now to get exclusive tips and offers.",
        ],
        "related": [
            "Related Posts\n\n{t1}\n\n{t2}\n\n{t3}",
            "You may also like:\n\n- {t1}\n- {t2}\n- {t3}",
            "Read more: {t1}",
            "Related articles: {t1} | {t2} | {t3}",
        ],
        "navigation": [
            "Home » {section} » {t1}",
            "Home | News | Business | Tech | Sports | Contact",
            "« Previous post | Next post »",
            "Skip to content",
            "Posted in {section} | Tagged {tag1}, {tag2} | Leave a comment",
            "Tags: {tag1}, {tag2}, {section}",
        ],
    },
    "fr": {
        "author_bio": [
            "À propos de l'auteur\n\n{name} est rédacteur web indépendant et passionné de nouvelles technologies. "
            "Retrouvez ses conseils sur {url}",
            "{name} est journaliste et fondateur du site {site}. Il écrit sur l'économie et l'entrepreneuriat depuis "
            "plus de quinze ans.",
        ],
        "source_credit": [
            "Source : {url}",
            "Cet article a été publié initialement sur {site}. Lire l'article original.",
        ],
        "affiliate": [
            "Cet article contient des liens affiliés : si vous achetez via ces liens, nous touchons une petite "
            "commission, sans surcoût pour vous.",
            "En tant que Partenaire Amazon, je réalise un bénéfice sur les achats remplissant les conditions requises.",
        ],
        "copyright": ["© {year} {site}. Tous droits réservés.",
                      "Copyright {year} {site} - Toute reproduction, même partielle, est interdite sans autorisation."],
        "plr": ["Vous pouvez reproduire librement cet article à condition de citer l'auteur et de conserver les liens "
                "actifs."],
        "share": ["Partager cet article :\n\nFacebook\n\nTwitter\n\nLinkedIn\n\nE-mail",
                  "Vous avez aimé cet article ? Partagez-le sur les réseaux sociaux !"],
        "newsletter": ["Abonnez-vous à notre newsletter\n\nRecevez chaque semaine nos meilleurs articles directement "
                       "dans votre boîte mail.",
                       "Inscrivez-vous gratuitement à la lettre d'information pour ne rien manquer."],
        "related": ["Articles similaires\n\n{t1}\n\n{t2}\n\n{t3}", "À lire aussi : {t1}"],
        "navigation": ["Accueil » {section} » {t1}", "Accueil | Actualités | Économie | Sport | Contact",
                       "« Article précédent | Article suivant »"],
    },
    "de": {
        "author_bio": [
            "Über den Autor\n\n{name} ist freier Journalist und schreibt seit vielen Jahren über Technik, Wirtschaft "
            "und Digitalisierung. Mehr unter {url}",
            "{name} ist Gründer von {site} und berät kleine Unternehmen bei ihrem Online-Marketing.",
        ],
        "source_credit": ["Quelle: {url}", "Dieser Artikel erschien zuerst auf {site}. Zum Originalartikel."],
        "affiliate": [
            "Hinweis: Dieser Beitrag enthält Affiliate-Links. Wenn du über diese Links einkaufst, erhalten wir eine "
            "kleine Provision, für dich ändert sich am Preis nichts.",
            "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",
            "*Werbung / Affiliate-Link",
        ],
        "copyright": ["© {year} {site}. Alle Rechte vorbehalten.",
                      "Copyright {year} {site}. Nachdruck und Vervielfältigung nur mit Genehmigung."],
        "plr": ["Dieser Artikel darf unter Nennung des Autors und mit aktivem Link frei weiterveröffentlicht werden."],
        "share": ["Artikel teilen:\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nE-Mail",
                  "Hat dir der Artikel gefallen? Dann teile ihn mit deinen Freunden!"],
        "newsletter": ["Newsletter abonnieren\n\nErhalte jede Woche die neuesten Artikel bequem per E-Mail in dein "
                       "Postfach.",
                       "Jetzt kostenlos für unseren Newsletter anmelden und nichts mehr verpassen."],
        "related": ["Das könnte dich auch interessieren\n\n{t1}\n\n{t2}\n\n{t3}", "Weiterlesen: {t1}"],
        "navigation": ["Startseite » {section} » {t1}", "Startseite | Nachrichten | Wirtschaft | Sport | Kontakt",
                       "« Vorheriger Artikel | Nächster Artikel »"],
    },
    "es": {
        "author_bio": [
            "Sobre el autor\n\n{name} es periodista y redactor especializado en tecnología y marketing digital. "
            "Puedes leer más de sus artículos en {url}",
            "{name} es fundador de {site} y lleva más de diez años escribiendo sobre finanzas personales.",
        ],
        "source_credit": ["Fuente: {url}", "Este artículo se publicó originalmente en {site}. Lee el artículo original."],
        "affiliate": [
            "Este artículo contiene enlaces de afiliado. Si compras a través de ellos, recibimos una pequeña comisión "
            "sin coste adicional para ti.",
            "Como Afiliado de Amazon, obtengo ingresos por las compras adscritas que cumplen los requisitos aplicables.",
        ],
        "copyright": ["© {year} {site}. Todos los derechos reservados.",
                      "Copyright {year} {site}. Prohibida su reproducción total o parcial sin autorización."],
        "plr": ["Puedes reproducir libremente este artículo siempre que cites al autor y mantengas los enlaces activos."],
        "share": ["Compartir en:\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nCorreo", "¿Te ha gustado? ¡Compártelo con tus amigos!"],
        "newsletter": ["Suscríbete a nuestro boletín\n\nRecibe cada semana los mejores artículos en tu correo "
                       "electrónico.",
                       "Suscríbete gratis a nuestra newsletter y no te pierdas nada."],
        "related": ["Artículos relacionados\n\n{t1}\n\n{t2}\n\n{t3}", "Te puede interesar: {t1}"],
        "navigation": ["Inicio » {section} » {t1}", "Inicio | Noticias | Economía | Deportes | Contacto",
                       "« Entrada anterior | Entrada siguiente »"],
    },
    "it": {
        "author_bio": [
            "L'autore\n\n{name} è giornalista freelance e scrive di tecnologia, viaggi e cultura digitale. Altri "
            "articoli su {url}",
            "{name} è il fondatore di {site} e si occupa di marketing online da oltre dieci anni.",
        ],
        "source_credit": ["Fonte: {url}", "Questo articolo è stato pubblicato originariamente su {site}."],
        "affiliate": [
            "Questo articolo contiene link di affiliazione: se acquisti tramite questi link riceviamo una piccola "
            "commissione, senza costi aggiuntivi per te.",
            "In qualità di Affiliato Amazon, ricevo un guadagno dagli acquisti idonei.",
        ],
        "copyright": ["© {year} {site}. Tutti i diritti riservati.",
                      "Copyright {year} {site}. È vietata la riproduzione anche parziale."],
        "plr": ["Puoi ripubblicare liberamente questo articolo citando l'autore e mantenendo attivi i link."],
        "share": ["Condividi:\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nEmail", "Ti è piaciuto l'articolo? Condividilo!"],
        "newsletter": ["Iscriviti alla newsletter\n\nRicevi ogni settimana i migliori articoli direttamente nella tua "
                       "casella di posta.",
                       "Iscriviti gratis alla nostra newsletter per non perdere nessun aggiornamento."],
        "related": ["Articoli correlati\n\n{t1}\n\n{t2}\n\n{t3}", "Leggi anche: {t1}"],
        "navigation": ["Home » {section} » {t1}", "Home | Notizie | Economia | Sport | Contatti",
                       "« Articolo precedente | Articolo successivo »"],
    },
    "pt": {
        "author_bio": [
            "Sobre o autor\n\n{name} é jornalista e escreve sobre tecnologia, negócios e inovação. Leia mais artigos em "
            "{url}",
            "{name} é fundador do {site} e escreve sobre finanças pessoais há mais de dez anos.",
        ],
        "source_credit": ["Fonte: {url}", "Este artigo foi publicado originalmente em {site}. Leia o artigo original."],
        "affiliate": [
            "Este post contém links de afiliados. Se você comprar por meio deles, podemos receber uma pequena comissão, "
            "sem custo extra para você.",
            "Como Associado da Amazon, ganho com compras qualificadas.",
        ],
        "copyright": ["© {year} {site}. Todos os direitos reservados.",
                      "Copyright {year} {site}. É proibida a reprodução total ou parcial sem autorização."],
        "plr": ["Você pode republicar este artigo livremente, desde que cite o autor e mantenha os links ativos."],
        "share": ["Compartilhe:\n\nFacebook\n\nTwitter\n\nWhatsApp\n\nE-mail", "Gostou? Compartilhe com seus amigos!"],
        "newsletter": ["Assine nossa newsletter\n\nReceba os melhores artigos da semana diretamente no seu e-mail.",
                       "Cadastre-se gratuitamente na nossa newsletter e não perca nenhuma novidade."],
        "related": ["Posts relacionados\n\n{t1}\n\n{t2}\n\n{t3}", "Leia também: {t1}"],
        "navigation": ["Início » {section} » {t1}", "Início | Notícias | Economia | Esportes | Contato",
                       "« Post anterior | Próximo post »"],
    },
    "ru": {
        "author_bio": [
            "Об авторе\n\n{name} — журналист и автор статей о технологиях, бизнесе и науке. Больше материалов на {url}",
            "{name} — основатель сайта {site}, пишет о личных финансах и саморазвитии.",
        ],
        "source_credit": ["Источник: {url}", "Статья впервые опубликована на сайте {site}. Читать оригинал."],
        "affiliate": ["Статья содержит партнёрские ссылки: при покупке по ним мы получаем небольшое вознаграждение.",
                      "Реклама. Партнёрская ссылка."],
        "copyright": ["© {year} {site}. Все права защищены.",
                      "Копирование материалов разрешено только с активной ссылкой на {site}."],
        "plr": ["Перепечатка статьи разрешена при условии указания автора и активной ссылки на источник."],
        "share": ["Поделиться:\n\nВКонтакте\n\nTelegram\n\nWhatsApp", "Понравилась статья? Поделитесь с друзьями!"],
        "newsletter": ["Подпишитесь на нашу рассылку\n\nЛучшие статьи недели — прямо на вашу почту.",
                       "Подписывайтесь на наш Telegram-канал, чтобы не пропустить новые материалы."],
        "related": ["Похожие статьи\n\n{t1}\n\n{t2}\n\n{t3}", "Читайте также: {t1}"],
        "navigation": ["Главная » {section} » {t1}", "Главная | Новости | Экономика | Спорт | Контакты",
                       "« Предыдущая статья | Следующая статья »"],
    },
    "pl": {
        "author_bio": [
            "O autorze\n\n{name} jest dziennikarzem i pisze o technologii, biznesie i nauce. Więcej artykułów na {url}",
            "{name} jest założycielem serwisu {site} i od dziesięciu lat pisze o finansach osobistych.",
        ],
        "source_credit": ["Źródło: {url}", "Artykuł ukazał się pierwotnie w serwisie {site}."],
        "affiliate": ["Ten wpis zawiera linki afiliacyjne. Jeśli kupisz coś za ich pośrednictwem, otrzymamy niewielką "
                      "prowizję, bez dodatkowych kosztów dla Ciebie."],
        "copyright": ["© {year} {site}. Wszelkie prawa zastrzeżone.",
                      "Kopiowanie i rozpowszechnianie bez zgody redakcji zabronione."],
        "plr": ["Możesz swobodnie przedrukować ten artykuł pod warunkiem podania autora i aktywnego linku."],
        "share": ["Udostępnij:\n\nFacebook\n\nTwitter\n\nE-mail", "Podobał Ci się artykuł? Udostępnij go znajomym!"],
        "newsletter": ["Zapisz się do newslettera\n\nNajlepsze artykuły tygodnia prosto na Twoją skrzynkę.",
                       "Zapisz się za darmo do naszego newslettera i bądź na bieżąco."],
        "related": ["Podobne wpisy\n\n{t1}\n\n{t2}\n\n{t3}", "Czytaj także: {t1}"],
        "navigation": ["Strona główna » {section} » {t1}", "Strona główna | Wiadomości | Biznes | Sport | Kontakt",
                       "« Poprzedni wpis | Następny wpis »"],
    },
    "zh": {
        "author_bio": ["关于作者\n\n{name}，资深科技记者，长期关注互联网与人工智能领域。更多文章请访问{url}",
                       "作者简介：{name}，{site}创始人，专注于个人理财与职场成长。"],
        "source_credit": ["来源：{site}", "本文转载自{site}，原文链接：{url}", "文章来源：{url}"],
        "affiliate": ["本文包含推广链接，通过链接购买我们可能获得佣金，不会增加您的费用。"],
        "copyright": ["版权所有 © {year} {site} 保留所有权利",
                      "版权声明：本文为原创文章，未经授权禁止转载。如需转载请联系作者。"],
        "plr": ["转载请注明出处并保留原文链接。"],
        "share": ["分享到：\n\n微信\n\n微博\n\nQQ空间", "觉得文章不错？请分享给你的朋友！"],
        "newsletter": ["关注我们的微信公众号，第一时间获取最新资讯。", "订阅我们的邮件通讯，每周获取精选文章。"],
        "related": ["相关文章\n\n{t1}\n\n{t2}\n\n{t3}", "推荐阅读：{t1}"],
        "navigation": ["首页 > {section} > 正文", "首页 | 新闻 | 财经 | 科技 | 体育 | 联系我们", "上一篇：{t1}\n\n下一篇：{t2}"],
    },
    "ja": {
        "author_bio": ["著者について\n\n{name}　フリーランスライター。IT・ビジネス分野を中心に執筆。詳しくは{url}をご覧ください。",
                       "この記事を書いた人：{name}（{site}編集部）"],
        "source_credit": ["出典：{url}", "この記事は{site}に掲載されたものを転載しています。"],
        "affiliate": ["※本記事にはアフィリエイト広告が含まれています。", "Amazonのアソシエイトとして、当サイトは適格販売により収入を得ています。"],
        "copyright": ["Copyright © {year} {site} All Rights Reserved.", "無断転載を禁じます。"],
        "plr": ["この記事は出典を明記すれば自由に転載できます。"],
        "share": ["この記事をシェアする\n\nTwitter\n\nFacebook\n\nLINE", "この記事が気に入ったらシェアしてね！"],
        "newsletter": ["メールマガジンの登録はこちら。最新情報をお届けします。", "公式LINEを友だち追加して最新記事をチェック！"],
        "related": ["関連記事\n\n{t1}\n\n{t2}\n\n{t3}", "あわせて読みたい：{t1}"],
        "navigation": ["ホーム > {section} > {t1}", "ホーム | ニュース | ビジネス | テクノロジー | お問い合わせ",
                       "前の記事：{t1}\n\n次の記事：{t2}"],
    },
}

FILL = {
    "en": dict(names=["Sarah Mitchell", "David Chen", "Laura Bennett", "Michael O'Brien", "Priya Raman"],
               titles=["10 Simple Ways to Save Money This Year", "How to Start a Blog in 2024",
                       "The Best Laptops for Students", "Why Sleep Matters More Than You Think",
                       "5 Mistakes Every New Investor Makes"],
               sections=["Business", "Technology", "Lifestyle", "Health"], tags=["tips", "guide", "news", "review"]),
    "fr": dict(names=["Julien Moreau", "Claire Dubois", "Antoine Lefèvre"],
               titles=["Comment bien choisir son ordinateur portable", "Les dix plus belles plages de Bretagne",
                       "Immobilier : les prix repartent à la hausse", "Cinq astuces pour mieux dormir"],
               sections=["Économie", "Société", "Tech"], tags=["conseils", "actualité"]),
    "de": dict(names=["Thomas Müller", "Anna Schneider", "Jonas Becker"],
               titles=["So sparst du beim Strom", "Die besten Smartphones im Test",
                       "Fünf Tipps für besseren Schlaf", "Wie funktioniert eigentlich eine Wärmepumpe?"],
               sections=["Wirtschaft", "Technik", "Ratgeber"], tags=["Tipps", "Test"]),
    "es": dict(names=["Carlos García", "Lucía Fernández", "Javier Romero"],
               titles=["Cómo ahorrar en la factura de la luz", "Los mejores destinos para viajar en verano",
                       "Diez consejos para dormir mejor", "Qué es la inteligencia artificial"],
               sections=["Economía", "Tecnología", "Sociedad"], tags=["consejos", "guía"]),
    "it": dict(names=["Marco Rossi", "Giulia Bianchi", "Luca Ferrari"],
               titles=["Come risparmiare sulla bolletta", "Le migliori spiagge della Sardegna",
                       "Dieci consigli per dormire meglio", "Cos'è l'intelligenza artificiale"],
               sections=["Economia", "Tecnologia", "Cultura"], tags=["consigli", "guida"]),
    "pt": dict(names=["João Silva", "Ana Costa", "Pedro Almeida"],
               titles=["Como economizar na conta de luz", "As melhores praias do Nordeste",
                       "Dez dicas para dormir melhor", "O que é inteligência artificial"],
               sections=["Economia", "Tecnologia", "Cultura"], tags=["dicas", "guia"]),
    "ru": dict(names=["Алексей Иванов", "Мария Смирнова", "Дмитрий Козлов"],
               titles=["Как сэкономить на коммунальных платежах", "Лучшие смартфоны года",
                       "Десять советов для крепкого сна", "Что такое искусственный интеллект"],
               sections=["Экономика", "Технологии", "Общество"], tags=["советы", "обзор"]),
    "pl": dict(names=["Piotr Kowalski", "Anna Nowak", "Tomasz Wiśniewski"],
               titles=["Jak oszczędzać na rachunkach za prąd", "Najlepsze smartfony roku",
                       "Dziesięć porad na lepszy sen", "Czym jest sztuczna inteligencja"],
               sections=["Biznes", "Technologie", "Społeczeństwo"], tags=["porady", "poradnik"]),
    "zh": dict(names=["张伟", "李娜", "王强"],
               titles=["如何提高工作效率的十个方法", "2024年最值得购买的手机", "专家解读最新经济数据", "周末去哪儿玩"],
               sections=["科技", "财经", "生活"], tags=["资讯", "评测"]),
    "ja": dict(names=["田中太郎", "佐藤花子", "鈴木一郎"],
               titles=["仕事の効率を上げる10の方法", "今年買うべきスマートフォン", "専門家が解説する最新の経済ニュース",
                       "週末のおすすめスポット"],
               sections=["テクノロジー", "ビジネス", "ライフスタイル"], tags=["ニュース", "レビュー"]),
}
SITES = ["dailybuzzhub.com", "smartlivingtips.net", "ezinearticles.com", "newsportal24.info", "techwirenow.org"]


@dataclass
class Injected:
    kind: str
    lang: str
    text: str
    where: str  # "start" | "end"
    start: int = 0
    end: int = 0


@dataclass
class Doc:
    id: str
    lang: str
    gold: str
    text: str = ""
    blocks: list[Injected] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # gold paragraph spans in ``text``
    gold_start: int = 0  # where the gold begins in ``text``


def _fill(template: str, lang: str, rng: random.Random) -> str:
    fill = FILL[lang]
    name = rng.choice(fill["names"])
    site = rng.choice(SITES)
    t1, t2, t3 = rng.sample(fill["titles"], 3)
    values = dict(name=name, site=site.split(".")[0].capitalize() + "." + site.split(".", 1)[1], domain=site,
                  url=f"https://www.{site}/{rng.choice(['article', 'p', 'blog', 'expert'])}/{rng.randint(1000, 99999)}",
                  year=rng.randint(2012, 2024), handle=name.split()[0].lower() + str(rng.randint(1, 99)),
                  t1=t1, t2=t2, t3=t3, section=rng.choice(fill["sections"]), tag1=fill["tags"][0],
                  tag2=fill["tags"][-1], n=rng.randint(10_000_000, 99_999_999))
    return template.format(**values)


def _template_lang(doc_lang: str, rng: random.Random) -> str:
    if doc_lang not in TEMPLATES or doc_lang == "en":
        return "en"
    return "en" if rng.random() < 0.35 else doc_lang  # English boilerplate under non-English articles too


def _pick(kinds: list[str], doc_lang: str, where: str, rng: random.Random) -> Injected:
    kind = rng.choice(kinds)
    lang = _template_lang(doc_lang, rng)
    return Injected(kind, lang, _fill(rng.choice(TEMPLATES[lang][kind]), lang, rng), where)


def inject(doc_id: str, lang: str, gold: str, seed: str = SEED, fused: bool = False) -> Doc:
    """The gold body with boilerplate blocks at the end (mostly), the start, or both: deterministic per doc id.
    ``fused``: the first block at the end is appended to the gold's last paragraph after a space (its own blank
    lines made spaces too), as a scraper glues a footer to the article's last paragraph (fused34)."""
    rng = random.Random(f"{seed}:{doc_id}")
    gold = gold.strip()
    placement = rng.choices(["end", "start", "both"], weights=[6, 1.5, 2.5])[0]
    start_kinds = [k for k, w in WHERE.items() if w in ("start", "both")]
    end_kinds = list(WHERE)
    head = [_pick(start_kinds, lang, "start", rng) for _ in range(rng.randint(1, 2))] if placement != "end" else []
    tail = [_pick(end_kinds, lang, "end", rng) for _ in range(rng.randint(1, 4))] if placement != "start" else []
    doc = Doc(doc_id, lang, gold, blocks=head + tail)
    pieces, offset = [], 0

    def add(text: str, glue: str = "\n\n") -> tuple[int, int]:
        nonlocal offset
        if pieces:
            pieces.append(glue)
            offset += len(glue)
        pieces.append(text)
        span = (offset, offset + len(text))
        offset += len(text)
        return span

    for block in head:
        block.start, block.end = add(block.text)
    gold_start, _ = add(gold)
    for number, block in enumerate(tail):
        if fused and number == 0:
            block.text = " ".join(block.text.split())
            block.where = "end, fused"
            block.start, block.end = add(block.text, " ")
        else:
            block.start, block.end = add(block.text)
    doc.text = "".join(pieces)
    doc.gold_start = gold_start
    doc.paragraphs = [(gold_start + m.start(), gold_start + m.end()) for m in re.finditer(r"\S(?:.*\S)?(?:\n(?!\s*\n).*\S)*", gold)]
    return doc


def plain_doc(doc_id: str, lang: str, gold: str) -> Doc:
    gold = gold.strip()
    doc = Doc(doc_id, lang, gold, text=gold)
    doc.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"\S(?:.*\S)?(?:\n(?!\s*\n).*\S)*", gold)]
    return doc


def load_docs(root: Path, sets, limit: int | None, injected: bool, fused: bool = False) -> list[Doc]:
    docs = []
    for name in sets:
        path = root / "bench" / f"{name}.jsonl.gz"
        if not path.exists():
            print(f"note: {path} missing, skipped")
            continue
        count = 0
        for record in read_jsonl(path):
            gold = record.get("gold")
            if not gold or len(gold.strip()) < MIN_GOLD_CHARS:
                continue
            lang = record.get("lang") or "en"
            docs.append(inject(record["id"], lang, gold, fused=fused) if injected else plain_doc(record["id"], lang, gold))
            count += 1
            if limit and count >= limit:
                break
    return docs


# -- measuring ---------------------------------------------------------------------------------------------------
def covered(text: str, span: tuple[int, int], intervals: list[tuple[int, int]]) -> tuple[int, int]:
    """(non-space characters of the span inside a removal, non-space characters of the span)."""
    start, end = span
    intervals = [(a, b) for a, b in intervals if a < end and start < b]
    if not intervals:
        return 0, 1
    inside = [False] * (end - start)
    for a, b in intervals:
        for i in range(max(a, start), min(b, end)):
            inside[i - start] = True
    total = hit = 0
    for i, char in enumerate(text[start:end]):
        if not char.isspace():
            total += 1
            hit += inside[i]
    return hit, total


def _touched(doc: Doc, spans, shift: int = 0) -> set[int]:
    """Indexes of the gold paragraphs that a removal touches (``shift``: offset of the gold in the cleaned text)."""
    return {i for i, (a, b) in enumerate(doc.paragraphs) if covered(doc.text, (a, b), [(x + shift, y + shift) for x, y in spans])[0]}


def _findings(engine: cleaner.Cleaner, text: str):
    """The pipeline's blocks and findings (internal API, only to explain what was kept)."""
    try:
        from spam_quality import block_findings

        return block_findings(engine, text, "text", None)
    except Exception as error:  # noqa: BLE001
        return error


def _findings_in(context, start: int, end: int) -> str:
    if isinstance(context, Exception):
        return f"(could not explain: {context})"
    said = []
    for block, found in zip(*context):
        if block.start is not None and block.start < end and start < block.end:
            said.extend(f"{f.rule}@{f.strength:.2f}" for f in found)
    return "kept by the decision despite " + ", ".join(sorted(set(said))) if said else "no detector fired"


def measure(docs: list[Doc], engine: cleaner.Cleaner, injected: bool) -> dict:
    out = dict(docs=len(docs), errors=[], prf=[], blocks=Counter(), by_kind=defaultdict(Counter),
               by_lang=defaultdict(Counter), by_where=defaultdict(Counter), kept_blocks=[], false_removals=[], docs_lost=0, paragraphs=0,
               paragraphs_touched=0, paragraphs_lost=0, rules=Counter(), docs_lost_new=0, paragraphs_new=0)
    for doc in docs:
        try:
            result = engine.clean(doc.text, format="text")
        except Exception as error:  # noqa: BLE001
            out["errors"].append((doc.id, f"{type(error).__name__}: {error}"))
            continue
        out["prf"].append(prf(doc.gold, result.text))
        spans = [(r.start, r.end) for r in result.removed if r.start is not None and r.end is not None]
        context = None
        for block in doc.blocks:
            hit, total = covered(doc.text, (block.start, block.end), spans)
            status = "full" if total and hit == total else "part" if hit else "kept"
            out["blocks"][status] += 1
            out["by_kind"][block.kind][status] += 1
            lang_key = block.lang if block.lang == doc.lang else f"{block.lang} under {doc.lang}"
            out["by_lang"][lang_key][status] += 1
            out["by_where"][block.where][status] += 1
            if status != "full":
                if context is None:
                    context = _findings(engine, doc.text)
                out["kept_blocks"].append(dict(id=doc.id, kind=block.kind, lang=block.lang, where=block.where,
                                               status=status, text=block.text,
                                               findings=_findings_in(context, block.start, block.end)))
        lost_here, touched = False, set()
        for i, span in enumerate(doc.paragraphs):
            out["paragraphs"] += 1
            hit, total = covered(doc.text, span, spans)
            if hit:
                out["paragraphs_touched"] += 1
                lost_here = True
                touched.add(i)
                out["paragraphs_lost"] += hit == total
        out["docs_lost"] += lost_here
        new = set()
        if injected and touched:
            # Which of these losses the injection caused: clean the gold alone and compare.
            plain = engine.clean(doc.gold, format="text")
            before = _touched(doc, [(r.start, r.end) for r in plain.removed if r.start is not None], doc.gold_start)
            new = touched - before
            out["paragraphs_new"] += len(new)
            out["docs_lost_new"] += bool(new)
        gold_spans = doc.paragraphs
        for removal in result.removed:
            out["rules"][removal.rule] += 1
            if removal.start is None:
                continue
            hits = [i for i, (a, b) in enumerate(gold_spans) if removal.start < b and a < removal.end]
            if hits:
                out["false_removals"].append(dict(id=doc.id, lang=doc.lang, kind=removal.kind, rule=removal.rule,
                                                  cue=removal.cue, text=removal.text,
                                                  new=any(i in new for i in hits)))
    return out


def _short(text: str, size: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


def report(out: dict, injected: bool, verbose: bool, list_limit: int) -> dict:
    scored = out["prf"]
    p = statistics.fmean(x[0] for x in scored) if scored else 0.0
    r = statistics.fmean(x[1] for x in scored) if scored else 0.0
    f = statistics.fmean(x[2] for x in scored) if scored else 0.0
    print(f"\ndocuments: {out['docs']} ({len(out['errors'])} errors)")
    print(f"body tokens vs gold (mean per doc): precision {p:.4f}  recall {r:.4f}  F1 {f:.4f}")
    n_docs = len(scored)
    print(f"docs whose body lost (part of) a paragraph: {out['docs_lost']}/{n_docs} = "
          f"{out['docs_lost'] / max(n_docs, 1):.1%}; gold paragraphs touched {out['paragraphs_touched']}"
          f"/{out['paragraphs']} (wholly removed {out['paragraphs_lost']})")
    if injected:
        print(f"  of which caused by the injection (not lost when the gold is cleaned alone): docs {out['docs_lost_new']}, "
              f"paragraphs {out['paragraphs_new']}")
    summary = dict(docs=out["docs"], errors=len(out["errors"]), precision=p, recall=r, f1=f,
                   docs_lost_new=out["docs_lost_new"], paragraphs_new=out["paragraphs_new"],
                   docs_lost_paragraph=out["docs_lost"], docs_scored=n_docs, paragraphs=out["paragraphs"],
                   paragraphs_touched=out["paragraphs_touched"], paragraphs_lost=out["paragraphs_lost"],
                   false_removals=len(out["false_removals"]))
    if injected:
        total = sum(out["blocks"].values())
        b = out["blocks"]
        print(f"injected blocks: {total}: fully removed {b['full'] / max(total, 1):.1%} ({b['full']}), "
              f"partly {b['part']}, kept {b['kept']}")
        print("  by kind:      " + "; ".join(f"{k} {c['full']}/{sum(c.values())}" for k, c in sorted(out["by_kind"].items())))
        print("  by language:  " + "; ".join(f"{k} {c['full']}/{sum(c.values())}" for k, c in sorted(out["by_lang"].items())))
        print("  by place:     " + "; ".join(f"{k} {c['full']}/{sum(c.values())} (part {c['part']})"
                                              for k, c in sorted(out["by_where"].items())))
        summary.update(blocks=dict(b), blocks_full_share=b["full"] / max(total, 1),
                       by_kind={k: dict(c) for k, c in out["by_kind"].items()},
                       by_lang={k: dict(c) for k, c in out["by_lang"].items()})
        def template_key(text: str) -> str:  # the template, without the names / sites / URLs filled in
            text = re.sub(r"\s+", " ", text)
            for fill in FILL.values():
                for value in fill["names"]:
                    text = text.replace(value, "{name}")
            text = re.sub(r"https?://\S+", "{url}", text)
            return re.sub(r"\b(?:" + "|".join(re.escape(s.split(".")[0].capitalize()) for s in SITES) + r")\.\w+", "{site}", text)[:70]

        kept_templates = Counter((k["kind"], k["lang"], template_key(k["text"]), k["findings"]) for k in out["kept_blocks"])
        print(f"\nblocks not fully removed, by template ({len(out['kept_blocks'])}):")
        for (kind, lang, text, why), n in kept_templates.most_common(list_limit):
            print(f"  {n:4}  {kind:13} {lang}  {text!r}\n        -> {why}")
        if verbose:
            for k in out["kept_blocks"]:
                print(f"  {k['id']} [{k['where']}, {k['status']}] {k['kind']}/{k['lang']}: {_short(k['text'])!r} -> {k['findings']}")
    label = "false removals (removals overlapping a gold paragraph)" if injected else \
        "removals in the un-injected gold (false removals, or boilerplate left in the gold: judge)"
    print(f"\n{label}: {len(out['false_removals'])}")
    by_rule = Counter(x["rule"] for x in out["false_removals"])
    print("  by rule: " + (", ".join(f"{rule} {n}" for rule, n in by_rule.most_common()) or "none"))
    if injected:
        new = [x for x in out["false_removals"] if x["new"]]
        print(f"  caused by the injection (NEW): {len(new)}; by rule: "
              + (", ".join(f"{rule} {n}" for rule, n in Counter(x["rule"] for x in new).most_common()) or "none"))
        # the new ones first: the others are the same as in --clean-gold
        out["false_removals"].sort(key=lambda x: not x["new"])
    shown = out["false_removals"] if verbose else out["false_removals"][:list_limit]
    for x in shown:
        flag = "NEW " if x.get("new") else ""
        print(f"  {flag}{x['id']} [{x['lang']}] {x['rule']} [{x['cue']}]: {_short(x['text'])!r}")
    if len(shown) < len(out["false_removals"]):
        print(f"  ... {len(out['false_removals']) - len(shown)} more (--verbose)")
    for doc_id, error in out["errors"]:
        print(f"  ERROR {doc_id}: {error}")
    return summary


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(SETS), help=f"comma-separated bench sets (default: {','.join(SETS)})")
    parser.add_argument("--limit", type=int, default=0, help="at most this many docs per set")
    parser.add_argument("--clean-gold", action="store_true", help="clean the un-injected gold bodies instead")
    parser.add_argument("--verbose", "-v", action="store_true", help="list every kept block and every false removal")
    parser.add_argument("--list", type=int, default=25, help="how many examples to list without --verbose")
    parser.add_argument("--show", help="print one document (injected unless --clean-gold) with its removals")
    parser.add_argument("--json", type=Path, help="write the figures and the lists here")
    parser.add_argument("--fused", action="store_true", help="append the first block at the end to the gold's last "
                        "paragraph (after a space) instead of a paragraph of its own")
    parser.add_argument("--preset", default="balanced", help="the decision's preset (precision, balanced, recall)")
    args = parser.parse_args(argv)
    root = require_shared("bench")
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    docs = load_docs(root, sets, args.limit or None, injected=not args.clean_gold, fused=args.fused)
    engine = cleaner.Cleaner(preset=args.preset)
    if args.show:
        doc = next((d for d in docs if d.id == args.show), None)
        if doc is None:
            print(f"no document {args.show!r} in {sets}")
            return 0
        print(doc.text)
        print("\n---- removed:")
        for r in engine.clean(doc.text, format="text").removed:
            print(f"  {r.kind}/{r.rule} [{r.cue}] {r.start}-{r.end}: {_short(r.text)!r}")
        return 0
    mode = "gold bodies as they are" if args.clean_gold else "gold bodies with injected boilerplate" + (
        " (the first at the end fused into the last paragraph)" if args.fused else "")
    print(f"inject_quality: {mode}; sets {', '.join(sets)}; {len(docs)} docs (gold >= {MIN_GOLD_CHARS} chars)")
    out = measure(docs, engine, injected=not args.clean_gold)
    summary = report(out, not args.clean_gold, args.verbose, args.list)
    if args.json:
        args.json.write_text(json.dumps(dict(summary=summary, kept_blocks=out["kept_blocks"],
                                             false_removals=out["false_removals"], errors=out["errors"]),
                                        ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"\nwritten: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
