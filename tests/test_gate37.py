"""gate37: a weak finding never takes a page's worth of prose with a removed neighbour (decision ``_neighbour_removal``,
the bound ``Thresholds.run_weak_max_chars`` that ``tail_run`` already had). A lead cue opening a WET page's article
glued into one block ("Disclosure:", "Anzeige:", "Autor:") is weak in a long block; next to a removed menu or share
line it took the whole article (benchmarks/rule_rates.py: affiliate.lead's held-out precision 0.08)."""

from __future__ import annotations

import cleaner

EN = ("The council voted on Tuesday to extend the harbour walk by two kilometres, a plan that residents had argued "
      "over for most of the decade. Line {} of the report says the work starts in spring.")
DE = ("Der Gemeinderat hat am Dienstag beschlossen, den Uferweg um zwei Kilometer zu verlängern, nachdem die "
      "Anwohner jahrelang darüber gestritten hatten. Zeile {} des Berichts sagt, die Arbeiten beginnen im Frühjahr.")
FR = ("Le conseil municipal a voté mardi le prolongement de la promenade du port sur deux kilomètres, un projet "
      "dont les habitants débattaient depuis dix ans. La ligne {} du rapport dit que les travaux commencent au "
      "printemps.")


def glued(sentence: str, lines: int = 20) -> str:
    """An article glued into one block: its lines joined by single newlines (a WET page's text)."""
    return "\n".join(sentence.format(i) for i in range(lines))


def kept_all(result, marker: str) -> bool:
    return result.text.count(marker) >= 20 and not any(marker in r.text for r in result.removed)


def test_a_lead_over_a_glued_article_at_the_head_stays():
    for lead, body, marker in (("Disclosure: ", EN, "harbour walk"), ("Anzeige: ", DE, "Uferweg"),
                               ("Autor: ", DE, "Uferweg"), ("Divulgation: ", FR, "promenade du port")):
        document = ("Home\nAbout us\nContact\nPrivacy policy\n\n" + lead + glued(body) +
                    "\n\nThe mayor said the walk will open next year and that the old pier stays.\n\n"
                    "A second paragraph tells what the walk costs and who pays for it in the end.")
        result = cleaner.clean(document, format="text")
        assert kept_all(result, marker), (lead, [(r.rule, len(r.text)) for r in result.removed])
        assert any(r.text.strip() == "Privacy policy" or "Home" in r.text for r in result.removed)  # the menu goes


def test_a_lead_over_a_glued_article_at_the_tail_stays():
    document = ("The mayor said the walk will open next year and that the old pier stays, and the harbour master "
                "agreed.\n\nA second paragraph tells what the walk costs and who pays for it in the end, in some "
                "detail.\n\nShare this: Facebook | Twitter | LinkedIn\n\nDisclosure: " + glued(EN))
    result = cleaner.clean(document, format="text")
    assert kept_all(result, "harbour walk")
    assert "Share this" not in result.text


def test_a_short_disclosure_next_to_a_removal_still_goes():
    document = ("The mayor said the walk will open next year and that the old pier stays, and the harbour master "
                "agreed.\n\nA second paragraph tells what the walk costs and who pays for it in the end, in some "
                "detail.\n\nShare this: Facebook | Twitter | LinkedIn\n\nDisclosure: " + glued(EN, 3))
    result = cleaner.clean(document, format="text")
    assert "harbour walk by two" not in result.text  # under the bound: the neighbour takes it, as before
