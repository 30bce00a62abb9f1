"""Generalisation: boilerplate removal on sources nobody tuned on, and leave-one-source-out (run by hand).

Two measures, both with the scoring of ``spam_quality.py`` (a string is present when its token run appears in
``result.text``; author / source_url against ``expected_metadata``, case-insensitive):

1. ``../shared/spam/dev.jsonl.gz``: 30 real documents from two sources the project was never tuned on (a Spanish
   WordPress blog as HTML, a Markdown blog in English and German). MEASURE ONLY: never add a cue or a rule for one of
   its misses. Removed share of ``expected_remove``, kept share of ``expected_keep``, author and source_url right,
   per format and per source.
2. Leave-one-source-out on ``../shared/spam/examples.jsonl.gz`` (the set the phrase cues were tuned on). Every
   structural mechanism of issue 11 is listed in ``MECHANISMS`` with the rules it adds and the sources whose misses it
   was written from. For each source S the records of S are cleaned with the mechanisms written from S switched off
   (their findings dropped): what is left is what rules written elsewhere do on S. The cue phrases are not part of it
   (they were tuned on every source of the set); the "all on" column is the usual figure.

    python benchmarks/generalise.py                  # both measures, printed
    python benchmarks/generalise.py --write          # ...and the section "generalise.py" of docs/benchmarks.md
    python benchmarks/generalise.py --verbose        # every dev-set failure, explained (to read, not to tune on)
    python benchmarks/generalise.py --json out.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from metric import read_jsonl, require_shared  # noqa: E402
from spam_quality import evaluate, report  # noqa: E402

import cleaner  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- generalise.py: start -->"
SECTION_END = "<!-- generalise.py: end -->"

#: The structural mechanisms (issue 11) -> (the rule names they add, the sources whose misses they were written from).
#: "issue-11" means the misses listed in issue 11, which come from held-out documents that are not in ../shared at
#: all, "known-failures" our own fixtures/cases pages: such a mechanism is held out from every source here. A source named here loses the mechanism when it is the
#: source left out.
MECHANISMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "follow_line": (("call_to_action.follow_line",), ("issue-11",)),
    "link_list_section": (("related.link_list_section",), ("issue-11",)),
    "third_person_bio": (("author_bio.third_person",), ("issue-11",)),
    "first_person_bio": (("author_bio.first_person",), ("issue-11",)),  # and our known-failure case (pt)
    "byline_label": (("author_bio.byline_label",), ("issue-11",)),
    "contact_line": (("call_to_action.contact_line",), ("issue-11",)),
    # a small box around a form asking for an e-mail (readers/forms.py): from our own known-failure pages (es, nl)
    "sign_up_form": (("call_to_action.dom_form",), ("known-failures",)),
    # lexical families (detectors/families.py): from the families issue 11 lists and our German known-failure page
    "reprint_permission": (("rights_notice.reprint_permission",), ("issue-11", "known-failures")),
    "disclaimer": (("rights_notice.disclaimer",), ("issue-11",)),
    "excerpt_credit": (("source_credit.excerpt_credit",), ("issue-11",)),
    "login_prompt": (("call_to_action.login_prompt",), ("issue-11",)),
    "share_if_useful": (("call_to_action.share_if_useful",), ("issue-11",)),
    "reader_supported": (("call_to_action.reader_supported",), ("issue-11",)),
    "contact_prompt": (("call_to_action.contact_prompt",), ("issue-11",)),
    # families for the kinds the cue phrases name, written from our own knowledge of the wording (no source's misses,
    # no template read): held out from every source here
    "newsletter_prompt": (("call_to_action.newsletter_prompt",), ("knowledge",)),
    "share_prompt": (("call_to_action.share_prompt",), ("knowledge",)),
    "follow_prompt": (("call_to_action.follow_prompt",), ("knowledge",)),
    "commission_disclosure": (("affiliate.commission_disclosure",), ("knowledge",)),
    "all_rights": (("rights_notice.all_rights",), ("knowledge",)),
    "origin_credit": (("source_credit.origin_credit",), ("knowledge",)),
    "read_more": (("related.read_more",), ("knowledge",)),
    "resource_box": (("author_bio.resource_box",), ("knowledge",)),
    # probe11 (benchmarks/probe.py): written from the misses of half A of a probe of real documents kept outside the
    # project (none of them in ../shared): held out from every source here
    "dateline": (("navigation.dateline",), ("probe11-A",)),
    "counter": (("navigation.counter",), ("probe11-A",)),
    "cookie_notice": (("rights_notice.cookie_notice",), ("probe11-A",)),
    "paywall": (("call_to_action.paywall",), ("probe11-A",)),
    "comment_prompt": (("call_to_action.comment_prompt",), ("probe11-A",)),
    # families30: the engagement prompt, from probe11 half A's zh-csdn "喜欢就点赞评论+关注吧" and our own knowledge
    "engagement_prompt": (("call_to_action.engagement_prompt",), ("probe11-A",)),
    # shapes (detectors/lines.py): written from our own knowledge of how such lines look, no source's misses, no
    # template read (branch relshare)
    "title_list": (("related.title_list",), ("knowledge",)),
    "share_line": (("call_to_action.share_line",), ("knowledge",)),
    "credit_line": (("source_credit.credit_line",), ("knowledge",)),
    # navigation by its shape (detectors/nav_shape.py): from our own knowledge of menus, trails and pagers
    "navigation_shape": (("navigation.menu", "navigation.trail", "navigation.pager", "navigation.prev_next",
                          "navigation.skip_link", "navigation.back_to_top", "navigation.tag_line",
                          "navigation.link_run"), ("knowledge",)),
}


def source_of(record: dict) -> str:
    """The repository a record comes from (unattributed files are one source: 'unattributed')."""
    source = record.get("source") or ""
    if source.startswith("unattributed"):
        return "unattributed"
    return source.split(":", 1)[0] or "unknown"


@contextmanager
def without_rules(rules: set[str]):
    """Clean with the findings of these rules dropped."""
    if not rules:
        yield
        return
    from cleaner import pipeline

    original = pipeline.Cleaner.findings

    def findings(self, blocks):
        return [[f for f in found if f.rule not in rules] for found in original(self, blocks)]

    pipeline.Cleaner.findings = findings
    try:
        yield
    finally:
        pipeline.Cleaner.findings = original


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%} ({part}/{whole})" if whole else "–"


def _row(label: str, s: dict) -> str:
    author = s.get("author_exact", 0) + s.get("byline_exact", 0)
    author_total = s.get("author_total", 0) + s.get("byline_total", 0)
    return (f"| {label} | {s.get('docs', 0)} | {_share(s.get('remove_gone', 0), s.get('remove_total', 0))} | "
            f"{_share(s.get('keep_kept', 0), s.get('keep_total', 0))} | {_share(author, author_total)} | "
            f"{_share(s.get('source_url_exact', 0), s.get('source_url_total', 0))} |")


def _author(s: dict) -> str:
    return _share(s.get("author_exact", 0) + s.get("byline_exact", 0), s.get("author_total", 0) + s.get("byline_total", 0))


def _total(per_format: dict) -> dict:
    total: dict = defaultdict(int)
    for stats in per_format.values():
        for key, value in stats.items():
            if isinstance(value, int):
                total[key] += value
    return total


HEADER = ("| | docs | expected_remove gone | expected_keep kept | author right | source_url right |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: |")


def dev_table(records, verbose: bool) -> tuple[list[str], dict]:
    by_source: dict[str, list] = defaultdict(list)
    for record in records:
        by_source[source_of(record)].append(record)
    lines, figures = [HEADER], {}
    per_format, failures = evaluate(records, cleaner.Cleaner(), explain=verbose)
    for fmt in ("text", "markdown", "html"):
        if fmt in per_format:
            lines.append(_row(fmt, per_format[fmt]))
            figures[fmt] = dict(per_format[fmt])
    figures["all"] = dict(_total(per_format))
    lines.append(_row("**all**", figures["all"]))
    if verbose:
        report(per_format, failures, True)
    return lines, figures


def loso_table(records) -> tuple[list[str], dict]:
    by_source: dict[str, list] = defaultdict(list)
    for record in records:
        by_source[source_of(record)].append(record)
    lines = ["| source left out | docs | mechanisms off | remove gone: all on | remove gone: left out | "
             "keep kept: all on | keep kept: left out | author: all on | author: left out |",
             "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    figures = {}
    for source in sorted(by_source):
        subset = by_source[source]
        off = sorted(name for name, (_rules, origins) in MECHANISMS.items() if source in origins)
        rules = {rule for name in off for rule in MECHANISMS[name][0]}
        all_on = _total(evaluate(subset, cleaner.Cleaner(), explain=False)[0])
        with without_rules(rules):
            left_out = _total(evaluate(subset, cleaner.Cleaner(), explain=False)[0])
        figures[source] = {"all_on": dict(all_on), "left_out": dict(left_out), "off": off}
        lines.append(f"| {source} | {len(subset)} | {', '.join(off) or 'none (written elsewhere)'} | "
                     f"{_share(all_on['remove_gone'], all_on['remove_total'])} | "
                     f"{_share(left_out['remove_gone'], left_out['remove_total'])} | "
                     f"{_share(all_on['keep_kept'], all_on['keep_total'])} | "
                     f"{_share(left_out['keep_kept'], left_out['keep_total'])} | {_author(all_on)} | "
                     f"{_author(left_out)} |")
    return lines, figures


def rule_counts(records) -> dict[str, int]:
    """How often each structural rule removed something, over the records."""
    counts: dict[str, int] = defaultdict(int)
    rules = {rule for names, _origins in MECHANISMS.values() for rule in names}
    engine = cleaner.Cleaner()
    for record in records:
        for removal in engine.clean(record["raw"], format=record["format"], url=record.get("url")).removed:
            if removal.rule in rules:
                counts[removal.rule] += 1
    return dict(sorted(counts.items()))


#: Placeholder values for inject_quality.py's templates.
_FILL = dict(name="Jane Doe", site="Example Site", domain="example.com", url="https://example.com/a", year="2020",
             handle="janedoe", t1="Title one", t2="Title two", t3="Title three", section="News", tag1="garden",
             tag2="soil", n="5")


def families_on_templates() -> list[str]:
    """The lexical families alone (detectors/families.py, no cue phrase) on the boilerplate template library of
    inject_quality.py, whose wording the families were not written from: per template kind, how many paragraphs a
    family finds, and in which languages."""
    from inject_quality import TEMPLATES

    from cleaner.detectors.families import family_finding
    from cleaner.model import Block

    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    langs: dict[str, set[str]] = defaultdict(set)
    rules: dict[str, int] = defaultdict(int)
    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for lang, kinds in TEMPLATES.items():
        for kind, templates in kinds.items():
            for template in templates:
                for para in template.format(**_FILL).split("\n\n"):
                    finding = family_finding(Block(0, "paragraph", para, para))
                    found[kind][1] += 1
                    if finding is not None:
                        found[kind][0] += 1
                        langs[kind].add(lang)
                        rules[finding.rule] += 1
                        by_kind[kind][finding.rule] += 1
    lines = ["| template kind | paragraphs | found by a family | languages found | by rule |",
             "| --- | ---: | ---: | --- | --- |"]
    for kind in sorted(found):
        hit, total = found[kind]
        per_rule = ", ".join(f"{rule} {n}" for rule, n in sorted(by_kind[kind].items())) or "–"
        lines.append(f"| {kind} | {total} | {hit} | {', '.join(sorted(langs[kind])) or '–'} | {per_rule} |")
    lines += ["", f"By rule: {dict(sorted(rules.items())) or 'none'}."]
    return lines


#: A body written for this measure (no template, no benchmark text): the template paragraph goes after (or before) it.
_BODY = ("The city council voted on Tuesday to expand the bike lane network across the downtown area, a decision that "
         "followed months of debate among residents, shop owners and commuters who use the streets every day.\n\n"
         "Supporters said the new lanes would make cycling safer for children and older residents, while critics "
         "worried about the loss of parking spaces and the effect on small businesses along the main avenue.\n\n"
         "The work is expected to begin next spring and to last about eighteen months, according to the city's "
         "transport department, which will publish a detailed schedule in the coming weeks.")


#: ...with titles shaped like real ones (``_FILL``'s "Title one" is no title a site would write): for the shapes.
_FILL_TITLES = dict(_FILL, t1="How to Grow Tomatoes in Small Spaces", t2="Ten Plants That Survive Any Winter",
                    t3="The Best Soil for Raised Garden Beds")


def shapes_on_templates(kinds=("related", "share", "source_credit")) -> list[str]:
    """Each template of inject_quality.py (placeholders filled, titles shaped like titles) put after, and before, a
    body of our own, cleaned as text: how many of its paragraphs are removed whole, with the cue phrases off (``Cleaner(languages=("none",))``: the
    families, the structural detectors and detectors/lines.py, which reads the cue files' related headings as lead
    data) and with everything on; and whether the body lost a character. Counts only: the templates are not read."""
    from inject_quality import TEMPLATES

    engines = {"alone": cleaner.Cleaner(languages=("none",)), "full": cleaner.Cleaner()}
    rows = ["| template kind | paragraphs | removed whole, cue phrases off (end / start) | full pipeline (end / start) "
            "| body lost (off / full) |", "| --- | ---: | ---: | ---: | ---: |"]
    for kind in kinds:
        total, hit, lost = 0, defaultdict(int), defaultdict(int)
        for lang, by_kind in TEMPLATES.items():
            for template in by_kind.get(kind, ()):
                block = template.format(**_FILL_TITLES)
                paras, at = [], 0
                for para in block.split("\n\n"):
                    paras.append((at, at + len(para)))
                    at += len(para) + 2
                total += len(paras)
                for where in ("end", "start"):
                    doc = f"{_BODY}\n\n{block}" if where == "end" else f"{block}\n\n{_BODY}"
                    shift = len(_BODY) + 2 if where == "end" else 0
                    body = (0, len(_BODY)) if where == "end" else (len(block) + 2, len(doc))
                    for name, engine in engines.items():
                        result = engine.clean(doc, format="text")
                        inside = [False] * len(doc)
                        for removal in result.removed:
                            for k in range(removal.start or 0, removal.end or 0):
                                inside[k] = True
                        for start, end in paras:
                            if all(inside[k] for k in range(start + shift, end + shift) if not doc[k].isspace()):
                                hit[name, where] += 1
                        if any(inside[k] for k in range(*body) if not doc[k].isspace()):
                            lost[name] += 1
        rows.append(f"| {kind} | {total} | {hit['alone', 'end']} / {hit['alone', 'start']} | "
                    f"{hit['full', 'end']} / {hit['full', 'start']} | {lost['alone']} / {lost['full']} |")
    return rows


#: Our own article body (three paragraphs) for the templates measured in the full pipeline.
_NAV_BODY = ("The council voted on Tuesday to extend the bus network to the northern suburbs, a plan that has been "
         "debated for more than a decade and that residents of the new estates had long asked for.\n\n"
         "Work is expected to start next spring, and the first new lines should open within two years, the mayor "
         "said, adding that the budget had been approved by a large majority after a long debate.\n\n"
         "Opposition members welcomed the plan but asked for more frequent services at night, when many of the "
         "shift workers who live in the northern suburbs travel to the industrial zone.")
#: The cue-phrase rules of the navigation kind (the cue files, tuned on the template library).
NAVIGATION_CUE_RULES = {"navigation.heading", "navigation.lead", "navigation.phrase"}


@contextmanager
def without_navigation_cues():
    """Clean with the navigation cue phrases' findings dropped before the navigation-by-shape detector weighs its own
    against them (it adds a finding only where no navigation finding is as strong)."""
    from cleaner import pipeline

    original = pipeline.navigation_findings

    def navigation_findings(blocks, findings, *args, **kwargs):
        findings = [[f for f in found if f.rule not in NAVIGATION_CUE_RULES] for found in findings]
        return original(blocks, findings, *args, **kwargs)

    pipeline.navigation_findings = navigation_findings
    try:
        with without_rules(NAVIGATION_CUE_RULES):
            yield
    finally:
        pipeline.navigation_findings = original


def navigation_on_templates() -> list[str]:
    """The navigation-by-shape detector (detectors/nav_shape.py) on inject_quality.py's navigation templates, wording
    it was not written from: alone (the template's paragraphs as a document of their own, the detector only: a
    paragraph counts when every block of it has a finding), and in the full pipeline (the template before and after
    three paragraphs of our own, cleaned as text; it counts when both copies are wholly removed), with the cue phrases
    and with the navigation cue phrases off."""
    from inject_quality import TEMPLATES

    from cleaner.detectors.nav_shape import navigation_findings
    from cleaner.readers.text import text_units

    engine = cleaner.Cleaner()
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    rules: dict[str, int] = defaultdict(int)
    missed: list[str] = []
    for lang, kinds in TEMPLATES.items():
        for template in kinds.get("navigation", ()):
            text = template.format(**_FILL)
            found = True
            for para in text.split("\n\n"):
                para_found = True
                blocks = engine.segmenter.blocks(text_units(para, markdown=False), tags=False)
                findings = navigation_findings(blocks, [[] for _ in blocks])
                for block, found_here in zip(blocks, findings):
                    if any(ch.isalnum() for ch in block.plain):
                        if found_here:
                            rules[found_here[0].rule] += 1
                        else:
                            found = para_found = False
                per_lang[lang][4] += 1
                per_lang[lang][5] += para_found
            doc = f"{text}\n\n{_NAV_BODY}\n\n{text}"
            spans = [(0, len(text)), (len(doc) - len(text), len(doc))]

            def removed_all(result) -> bool:
                gone = [(r.start, r.end) for r in result.removed if r.start is not None]
                return all(all(any(a <= k < b for a, b in gone) for k in range(s, e) if not doc[k].isspace())
                           for s, e in spans)

            with_cues = removed_all(engine.clean(doc, format="text"))
            with without_navigation_cues():
                without_cues = removed_all(engine.clean(doc, format="text"))
            counts = per_lang[lang]
            counts[0] += 1
            counts[1] += found
            counts[2] += with_cues
            counts[3] += without_cues
            if not found:
                missed.append(f"{lang}: {' '.join(text.split())[:60]!r}")
    total = [sum(c[k] for c in per_lang.values()) for k in range(6)]
    lines = ["| language | templates (paragraphs) | found alone: paragraphs | templates removed, full pipeline | "
             "templates removed, navigation cue phrases off |", "| --- | ---: | ---: | ---: | ---: |"]
    for lang in sorted(per_lang):
        c = per_lang[lang]
        lines.append(f"| {lang} | {c[0]} ({c[4]}) | {c[5]} | {c[2]} | {c[3]} |")
    lines.append(f"| **all** | {total[0]} ({total[4]}) | {total[5]} | {total[2]} | {total[3]} |")
    lines += ["", f"By rule (alone, blocks): {dict(sorted(rules.items())) or 'none'}."]
    if missed:
        lines += ["", "Not found alone: " + "; ".join(missed) + "."]
    return lines


#: Article bodies the author_bio templates are appended to (``bios_on_templates``), written for this benchmark.
_BIO_BODIES = {
    "en": "The town council met on Tuesday evening to discuss the new parking rules for the market square. Several "
          "shop owners asked for more delivery slots in the morning.\n\nResidents also raised the state of the "
          "footpaths near the river, which flood every winter. The council said repairs would start in the spring.",
    "fr": "Le conseil municipal s'est réuni mardi soir pour discuter des nouvelles règles de stationnement sur la place "
          "du marché. Plusieurs commerçants ont demandé davantage de créneaux de livraison le matin.\n\nLes habitants "
          "ont aussi évoqué l'état des chemins près de la rivière, inondés chaque hiver. La mairie promet des travaux.",
    "de": "Der Gemeinderat hat am Dienstagabend über die neuen Parkregeln auf dem Marktplatz beraten. Mehrere "
          "Ladenbesitzer baten um mehr Lieferzeiten am Morgen.\n\nAnwohner sprachen auch den Zustand der Wege am "
          "Fluss an, die jeden Winter überflutet werden. Die Reparaturen sollen im Frühjahr beginnen.",
    "es": "El ayuntamiento se reunió el martes por la tarde para debatir las nuevas normas de aparcamiento en la plaza "
          "del mercado. Varios comerciantes pidieron más horarios de carga y descarga.\n\nLos vecinos también "
          "hablaron del estado de los caminos junto al río, que se inundan cada invierno.",
    "it": "Il consiglio comunale si è riunito martedì sera per discutere le nuove regole di parcheggio in piazza del "
          "mercato. Diversi negozianti hanno chiesto più fasce orarie per le consegne.\n\nI residenti hanno anche "
          "parlato dello stato dei sentieri lungo il fiume, che si allagano ogni inverno.",
    "pt": "A câmara municipal reuniu-se na terça-feira à noite para discutir as novas regras de estacionamento na "
          "praça do mercado. Vários comerciantes pediram mais horários de entrega.\n\nOs moradores também falaram "
          "do estado dos caminhos junto ao rio, que alagam todos os invernos.",
    "ru": "Городской совет во вторник вечером обсудил новые правила парковки на рыночной площади. Несколько владельцев "
          "магазинов попросили больше времени для разгрузки по утрам.\n\nЖители также говорили о состоянии дорожек "
          "у реки, которые каждую зиму заливает водой. Ремонт обещают начать весной.",
    "pl": "Rada miasta zebrała się we wtorek wieczorem, aby omówić nowe zasady parkowania na rynku. Kilku właścicieli "
          "sklepów poprosiło o więcej czasu na dostawy rano.\n\nMieszkańcy mówili też o stanie ścieżek nad rzeką, "
          "które co zimę są zalewane. Remont ma się zacząć wiosną.",
    "zh": "市议会周二晚上开会讨论了市场广场新的停车规定。几位店主要求在早上增加送货时间，因为现在的规定让他"
          "们很难在开门前完成卸货，议会同意在下个月的会议上再研究这个问题，并邀请商会代表参加讨论，听取更多"
          "商户和居民的意见。一些居民则担心，增加送货时间会让广场在早上变得更加拥挤和嘈杂。\n\n居民们还提到"
          "了河边小路的状况，这些小路每年冬天都会被水淹，老人和孩子出行很不方便。议会表示，预算批准后将在春"
          "季开始维修，并会在雨季之前加固河堤，同时在附近增设路灯和护栏，以保证居民晚上出行的安全。附近学校"
          "的家长也希望维修工程能在暑假期间完成，以免影响孩子们上学。",
    "ja": "市議会は火曜日の夜、市場広場の新しい駐車規則について話し合った。複数の店主が朝の搬入時間を増やす"
          "よう求め、現在の規則では開店前に荷下ろしを終えるのが難しいと訴えた。議会は来月の会合で再検討する"
          "ことに同意し、商工会の代表も招いて住民の意見を聞くとしている。一方で、朝の広場がさらに混雑し、騒"
          "がしくなることを心配する住民もいる。\n\n住民からは、毎年冬に冠水する川沿いの小道の状態についても"
          "意見が出た。高齢者や子どもには危険だという声が多く、市は予算が承認され次第、春に補修を始め、雨の"
          "季節の前に堤防を補強し、街灯と手すりも増やすとしている。",
}


def bios_on_templates() -> tuple[list[str], dict]:
    """inject_quality.py's author_bio templates (each filled once, appended to a body of its language, as text), whose
    wording nobody read to write the bio mechanisms: per paragraph, whether the cue phrases off (structural bios and
    families only) find it ("alone": a removal or a near miss of any kind) and remove it (the pipeline), and whether
    the full cleaner (cue phrases on, which were tuned on the templates) removes it. Counts only: no text printed."""
    import random

    from inject_quality import TEMPLATES, _fill

    from cleaner import pipeline
    from cleaner.detectors.structure import structure_findings

    class NoCues(pipeline.Cleaner):
        def findings(self, blocks):
            return structure_findings(blocks, [[] for _ in blocks], self.kinds, self.thresholds.body_length)

    no_cues, full = NoCues(), cleaner.Cleaner()
    rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])  # lang -> paragraphs, headings, alone, ...
    for lang, kinds in TEMPLATES.items():
        body = _BIO_BODIES.get(lang)
        if body is None:
            continue
        for i, template in enumerate(kinds.get("author_bio", ())):
            filled = _fill(template, lang, random.Random(f"bios-{lang}-{i}"))
            document = body + "\n\n" + filled + "\n"
            bare, complete = no_cues.clean(document, format="text"), full.clean(document, format="text")
            found = [" ".join(r.text.split()) for r in bare.removed] + [" ".join(m.text.split()) for m in bare.near_misses]
            for para in filled.split("\n\n"):
                flat = " ".join(para.split())
                row = rows[lang]
                row[0] += 1
                row[1] += len(flat) <= 40
                row[2] += any(flat in f or f in flat for f in found if f)
                row[3] += flat not in " ".join(bare.text.split())
                row[4] += flat not in " ".join(complete.text.split())
    lines = ["| language | paragraphs | of which headings (≤ 40 chars) | found, cue phrases off | removed, cue phrases off "
             "| removed, full cleaner |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    total = [0] * 5
    for lang, row in rows.items():
        lines.append(f"| {lang} | " + " | ".join(str(v) for v in row) + " |")
        total = [a + b for a, b in zip(total, row)]
    lines.append("| all | " + " | ".join(str(v) for v in total) + " |")
    return lines, {"paragraphs": total[0], "headings": total[1], "found_alone": total[2], "removed_no_cues": total[3],
                   "removed_full": total[4]}


def write_section(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    block = f"{SECTION_START}\n{text.rstrip()}\n{SECTION_END}"
    if SECTION_START in doc:
        doc = re.sub(re.escape(SECTION_START) + ".*?" + re.escape(SECTION_END), lambda _m: block, doc, flags=re.S)
    else:
        marker = "## First measurements"
        doc = doc.replace(marker, f"{block}\n\n{marker}") if marker in doc else doc.rstrip() + "\n\n" + block + "\n"
    DOC.write_text(doc, encoding="utf-8")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="write the tables into docs/benchmarks.md")
    parser.add_argument("--label", default="", help="a line saying what was measured (commit, date)")
    parser.add_argument("--verbose", "-v", action="store_true", help="every dev-set failure, explained")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--templates", action="store_true", help="only the template measures (no ../shared needed)")
    parser.add_argument("--bios", action="store_true", help="only the author_bio templates (bios_on_templates)")
    args = parser.parse_args(argv)
    if args.templates:
        print("\n".join(families_on_templates() + [""] + shapes_on_templates() + [""] + navigation_on_templates()
                        + [""] + bios_on_templates()[0]))
        return 0
    if args.bios:
        print("\n".join(bios_on_templates()[0]))
        return 0
    root = require_shared("spam/dev.jsonl.gz", "spam/examples.jsonl.gz")
    dev = list(read_jsonl(root / "spam/dev.jsonl.gz"))
    examples = list(read_jsonl(root / "spam/examples.jsonl.gz"))
    dev_lines, dev_figures = dev_table(dev, args.verbose)
    example_lines, example_figures = dev_table(examples, False)
    loso_lines, loso_figures = loso_table(examples)
    counts_dev, counts_examples = rule_counts(dev), rule_counts(examples)
    out = ["### generalise.py — sources nobody tuned on, and leave-one-source-out", ""]
    if args.label:
        out += [args.label, ""]
    out += ["`../shared/spam/dev.jsonl.gz` (30 documents, 2 sources, measured only, never tuned on):", "",
            *dev_lines, "",
            "`../shared/spam/examples.jsonl.gz` (122 documents, the set the cue phrases were tuned on), per format:", "",
            *example_lines, "",
            "Leave-one-source-out on `../shared/spam/examples.jsonl.gz` (122 documents; the mechanisms written from "
            "the source left out are switched off for it; \"issue-11\" mechanisms were written from the held-out "
            "misses listed in issue 11, none of which is in this set, so they stay on everywhere):", "",
            *loso_lines, "",
            f"Removals by the structural rules: dev {counts_dev or 'none'}; examples {counts_examples or 'none'}.", "",
            "The lexical families alone (detectors/families.py, cue phrases off) on inject_quality.py's template "
            "library, wording they were not written from (the cue phrases, tuned on it, catch these blocks anyway: "
            "this measures the families, not the cleaner):", "",
            *families_on_templates(), "",
            "Each template after and before a body of our own, cleaned as text (removed whole; cue phrases "
            "off, then everything on; `shapes_on_templates`):", "",
            *shapes_on_templates(), "",
            "Navigation by its shape (detectors/nav_shape.py) on the navigation templates of inject_quality.py, wording "
            "it was not written from: alone, and in the full pipeline (the template before and after three paragraphs "
            "of our own), with the cue phrases and with the navigation cue phrases off:", "",
            *navigation_on_templates(), "",
            "The author_bio templates of inject_quality.py (each filled once, appended to an article body of its "
            "language, cleaned as text; templates not read to write the bio mechanisms): found / removed with the "
            "cue phrases off (structural bios and families), removed by the full cleaner:", "",
            *bios_on_templates()[0]]
    text = "\n".join(out)
    print(text)
    if args.write:
        write_section(text)
        print(f"\nwritten: {DOC}")
    if args.json:
        args.json.write_text(json.dumps({"dev": dev_figures, "examples": example_figures, "loso": loso_figures, "rules_dev": counts_dev,
                                         "rules_examples": counts_examples}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
