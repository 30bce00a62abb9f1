"""keep35b (issue 11: a false removal of article text is worse than leftover boilerplate): the three families keep35
left, each with the article's sentence that must stay and the boilerplate the rule was meant for, which still goes.

1. A link list's lead line and items that the page holds apart (HTML): the article's sentence over a list the
   extraction left out is not the lead of the site's links found elsewhere (``structure.apart_link_leads``).
2. A bio that opens with a pronoun names its person later by a title ("Professor O’Neill"), and the body may write
   the name with another apostrophe or in capitals ("WILLIAM O'NEILL:"): ``names_the_subject`` / ``about_the_subject``.
3. A call to action's family finding on a short paragraph whose first sentence is the article's
   (``structure.prompt_after_body``).
"""

from __future__ import annotations

import lxml.html

import cleaner
from cleaner.detectors.bios import about_the_subject
from cleaner.decision import Thresholds, decide
from cleaner.detectors.structure import _titled_names, apart_link_leads, prompt_after_body, structure_findings
from cleaner.model import Block, Finding
from cleaner.readers.html import HtmlPage
from cleaner.readers.text import text_blocks
from cleaner.rules import LINK_LEAD_MAX_CLIMB, LINK_LEAD_MIN_GAP


# --- 1. a lead line and its items held apart by the page ----------------------------------------------------------
BODY = ("The survey ship has a disc-shaped forward hull, a long engineering section behind it and two engine nacelles "
        "on swept pylons, each about as long as the forward hull is wide, and the drawings show all of it.")
LEAD = "The forward hull carries the following visible features:"
LINKS = ["[The command bridge dome](https://ships.example/bridge)",
         "[Running lights and windows](https://ships.example/lights)"]


def _blocks_and_findings():
    engine = cleaner.Cleaner()
    text = f"# The survey ship\n\n{BODY}\n\n{BODY}\n\n{LEAD}\n\n" + "".join(f"- {link}\n" for link in LINKS)
    blocks = text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)
    return blocks, structure_findings(blocks, [[] for _ in blocks])


def _page(lead_at: str, items_at: str, own_list: bool = True) -> HtmlPage:
    """The lead in the article's body, or in a table cell with its own list after it (``own_list``); the link items
    under it, or in the sidebar's table."""
    features = ("<ul><li>The command bridge, a domed structure at the centre of the upper surface of the hull.</li>"
                "<li>Running lights, blinking at the rim, and rows of small windows along the edge.</li></ul>")
    lead, items = f"<p>{LEAD}</p>", "<ul>" + "".join(
        f"<li><a href='/{n}'>{label}</a></li>" for n, label in enumerate(("The command bridge dome",
                                                                           "Running lights and windows"))) + "</ul>"
    parts = {"article": "", "cell": "", "side": ""}
    parts[lead_at] += lead + (features if own_list and lead_at == "cell" else "")
    parts[items_at] += items
    html = (f"<html><body><div id='main'><table><tr><td><p>{BODY}</p>{parts['article']}<table><tr><td></td>"
            f"<td>{parts['cell']}</td></tr></table></td></tr></table></div><div id='side'><table><tr><td>"
            f"{parts['side']}</td></tr></table></div></body></html>")
    return HtmlPage(blocks=[], metadata={}, root=lxml.html.fromstring(html))


def test_the_page_tells_how_far_apart_a_lead_and_its_items_are():
    blocks, _ = _blocks_and_findings()
    lead = next(b for b in blocks if b.plain == LEAD)
    item = next(b for b in blocks if b.plain.startswith("The command bridge"))
    assert _page("article", "article").between(lead, item) == (1, 0)  # (one box: the lead's parent holds the list)
    levels, gap = _page("cell", "side").between(lead, item)  # (the article's table cell, its own list, the sidebar)
    assert levels == 8 and gap > LINK_LEAD_MIN_GAP
    assert _page("cell", "side", own_list=False).between(lead, item) == (8, 0)  # (a layout table's rows: no text between)


def test_an_articles_lead_sentence_over_links_held_apart_stays():
    blocks, findings = _blocks_and_findings()
    at = next(i for i, b in enumerate(blocks) if b.plain == LEAD)
    assert findings[at] and findings[at][0].rule == "related.link_list_section"
    apart = apart_link_leads(blocks, findings, lambda lead, item: (LINK_LEAD_MAX_CLIMB + 1, LINK_LEAD_MIN_GAP))
    assert not any(f.rule == "related.link_list_section" for found in apart for f in found)
    assert not apart[at]


def test_a_lead_line_over_its_own_link_list_still_goes():
    blocks, findings = _blocks_and_findings()
    together = apart_link_leads(blocks, findings, lambda lead, item: (LINK_LEAD_MAX_CLIMB, 500))
    assert together == findings
    adjacent = apart_link_leads(blocks, findings, lambda lead, item: (8, LINK_LEAD_MIN_GAP - 1))  # (layout rows)
    assert adjacent == findings
    unknown = apart_link_leads(blocks, findings, lambda lead, item: None)  # (not found in the page: as before)
    assert unknown == findings
    result = cleaner.clean("\n\n".join(b.text for b in blocks), format="markdown")  # (no page: as before)
    assert LEAD not in result.text and "Running lights" not in result.text
    assert "engine nacelles" in result.text


# --- 2. a bio opening with a pronoun: its person named by a title, the name in other forms -------------------------
INTERVIEW = """William Bancroft Interview

William Bancroft is a professor of history at a state university.

He is the author of A Century at Sea: The Navy's Long Watch; and Quiet Harbours, a history of the coastal towns. \
Professor O’Bancroft has also written on the history of lighthouses and of the fishing fleets.

QUESTION: How did the war change the coastal towns?

WILLIAM O'BANCROFT: The towns had been poor for a generation, and the war brought shipyards, wages and people from \
everywhere. Within two years most of the harbours had doubled in size, and the old families hardly knew them.

QUESTION: What happened after the war?

WILLIAM O'BANCROFT: The yards closed one after another, and by the middle of the fifties the young people had left \
for the cities. The towns that survived did so because of tourism, which nobody had planned for.
"""


def test_a_pronoun_bio_about_the_interviewee_stays():
    result = cleaner.clean(INTERVIEW)
    assert "He is the author of A Century at Sea" in result.text
    assert "Professor O’Bancroft has also written" in result.text
    assert not [r for r in result.removed if r.kind == "author_bio"]


def test_an_authors_pronoun_bio_at_the_end_still_goes():
    article = INTERVIEW.replace("He is the author of A Century at Sea: The Navy's Long Watch; and Quiet Harbours, a "
                                "history of the coastal towns. Professor O’Bancroft has also written on the history "
                                "of lighthouses and of the fishing fleets.\n\n", "")
    article += ("\nShe is the author of two books on maritime trade. Dr. Hannah Felsted writes for this site "
                "and can be reached at hannah@felsted-writes.example for questions.\n")
    result = cleaner.clean(article)
    assert "Dr. Hannah Felsted writes for this site" not in result.text
    assert "The yards closed one after another" in result.text


def test_titled_names_and_apostrophes():
    names = [m.group("name") for m in _titled_names().finditer(
        "Professor O’Neill has also written on it; Dr. Sarah Okafor runs the clinic; call me Jane Doe.")]
    assert names == ["O’Neill", "Sarah Okafor"]
    assert about_the_subject("O’Neill", "Then O'Neill said the war ended the Depression.")
    assert about_the_subject("O'Neill", "WILLIAM O'NEILL: It was a terrible irony.")
    assert not about_the_subject("O’Neill", "Then O'Brien said the war ended the Depression.")


# --- 3. a prompt glued after the article's sentence in a short last paragraph ------------------------------------
WALKS = """River walks in November

The river path was quiet this morning, with mist lying over the water and a heron standing in the reeds by the old \
mill. I walked as far as the weir and back, stopping to watch the swans that nest on the island every spring.

The town council has promised to repair the footbridge before the summer, and the works should start next month, \
weather permitting, according to the notice pinned at the car park.

{last}
"""


def test_a_body_sentence_before_a_follow_prompt_stays():
    last = "I post a picture a day from these walks on Instagram. You can follow me there or on Facebook."
    for fmt, text in (("text", WALKS.format(last=last)),
                      ("markdown", "# " + WALKS.format(last=last)),
                      ("html", "<html><body><article>" + "".join(
                          f"<p>{p}</p>" for p in WALKS.format(last=last).split("\n\n")) + "</article></body></html>")):
        result = cleaner.clean(text, format=fmt)
        assert "I post a picture a day from these walks on Instagram." in result.text, fmt
        assert not [r for r in result.removed if r.rule == "call_to_action.follow_prompt"], fmt


def test_follow_prompts_of_their_own_still_go():
    for last in ("Follow me on Instagram and Facebook.",
                 "Thanks so much for reading! Follow me on Instagram and Facebook.",
                 "Follow us on Instagram for more walks. Like us on Facebook too.",
                 "Want to see all the walks we have ever posted on this site? Follow us on Instagram and Facebook.",
                 "Stay on top of the latest walks and river news every week! Follow us on Instagram and Facebook."):
        result = cleaner.clean(WALKS.format(last=last))
        assert "Instagram" not in result.text, last
        assert "the works should start next month" in result.text


# --- 4. a related heading over the page's own unlinked text -----------------------------------------------------
MARSHES = """[Home](https://wild.example/) | [Animals](https://wild.example/animals/) | [Plants](https://wild.example/plants/)

More articles

Estuary marshes - a hidden wilderness

The estuary marshes are the river's hidden wilderness, known to few walkers.

Words: Jo Marsh
Pictures: Sam Reed

As my train crossed the bridge in the early morning the marshes lay below me under a low mist, with the grazing \
marsh, the creeks and the mud flats stretching out to the grey line of the river.

Thousands of wading birds feed on the mud at low tide, and in winter the flocks of geese come down from the north \
to spend the cold months on the wet grassland behind the sea wall.
"""


def _section_of(text: str) -> list[str]:
    """The blocks the "More articles" label's related.heading finding takes (the decision alone, no title)."""
    engine = cleaner.Cleaner()
    blocks = text_blocks(text, markdown=True, cues=engine.cues, names=engine.names)
    at = next(i for i, b in enumerate(blocks) if b.plain.strip() in ("More articles", "More articles:"))
    findings = [[] for _ in blocks]
    findings[at] = [Finding("related", "related.heading", "more articles [en]", 0.95, True, "heading")]
    decision = decide(blocks, findings, Thresholds())
    return [blocks[j].plain for j in decision.sections.get(at, [])]


def test_a_related_label_over_the_articles_standfirst_takes_no_section():
    assert _section_of(MARSHES) == []
    result = cleaner.clean(MARSHES, format="markdown")
    assert "The estuary marshes are the river's hidden wilderness" in result.text


def test_a_related_heading_over_its_links_still_takes_them():
    related = ("\n## More articles\n\n[Seals return to the sandbanks](https://wild.example/seals)\n\n"
               "A colony of grey seals has settled on the outer banks.\n\n"
               "[The last ferry across the estuary](https://wild.example/ferry)\n")
    taken = _section_of(MARSHES.replace("More articles\n\n", "") + related)
    assert taken and taken[0] == "Seals return to the sandbanks"
    result = cleaner.clean(MARSHES.replace("More articles\n\n", "") + related, format="markdown")
    assert "Seals return to the sandbanks" not in result.text
    assert "A colony of grey seals" not in result.text
    assert "The last ferry across" not in result.text
    assert "The estuary marshes are the river's hidden wilderness" in result.text


def test_prompt_after_body_asks_a_statement_without_an_address():
    from cleaner.detectors.families import family_finding

    def glued(text: str) -> bool:
        block = Block(0, "paragraph", text, text)
        found = family_finding(block)
        assert found is not None and found.kind == "call_to_action", text
        return prompt_after_body(block, found)

    assert glued("I post a picture a day from these walks on Instagram. You can follow me there or on Facebook.")
    assert not glued("Email Jo Walker at jo@riverwalks.example or follow her on Instagram today. "
                     "Follow us on Instagram and on Facebook.")
    assert not glued("Stay on top of the latest walks and river news every week! Sign up for our email newsletter "
                     "here.")
