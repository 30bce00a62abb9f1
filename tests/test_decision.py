"""The decision's passes (decision.PASSES), each on its own, on blocks and findings built by hand."""

from __future__ import annotations

from cleaner.decision import (PASSES, Decision, State, Thresholds, Verdict, claim_sections, classify, decide,
                              find_zones, neighbours, protect_body, release_mid_sections, remove_context_free,
                              strongest, tail_run, word_count)
from cleaner.model import Block, Finding

PROSE = "A body paragraph that is long enough to count as the article's own prose, with no link in it at all. " * 2


def blocks_of(*specs) -> list[Block]:
    out = []
    for i, spec in enumerate(specs):
        kind, text = spec if isinstance(spec, tuple) else ("paragraph", spec)
        out.append(Block(i, kind, text, text, group=i))
    return out


def state_of(blocks, findings, thresholds=Thresholds(), title_index=None) -> State:
    decision = Decision([Verdict() for _ in blocks], title_index=title_index)
    return State(blocks, thresholds, strongest(findings, thresholds), decision)


def run(state: State, *passes) -> State:
    for p in passes:
        p(state)
    return state


def f(kind="call_to_action", rule="call_to_action.lead", strength=0.9, opens=False, match="") -> Finding:
    return Finding(kind, rule, "cue", strength, opens, match)


def test_strongest_drops_a_heading_cue_repeated_three_times():
    heading = f("author_bio", "author_bio.heading", 0.95, True)
    assert heading.match == "heading"
    top = strongest([[heading], [heading], [heading], [f()]], Thresholds())
    assert top[:3] == [None, None, None] and top[3] is not None


def test_classify_body_candidate_protected():
    blocks = blocks_of("Title", PROSE, ("code", "x = 1"))
    state = run(state_of(blocks, [[], [], []], title_index=0), classify)
    assert state.body == [False, True, False] and state.protected == [True, False, True]


def test_claim_sections_takes_the_bio_under_its_heading():
    blocks = blocks_of(PROSE, ("heading", "About the Author"), "Jane Doe writes about gardens.", ("heading", "Next"))
    findings = [[], [f("author_bio", "author_bio.heading", 0.95, True)], [], []]
    state = run(state_of(blocks, findings), classify, claim_sections)
    assert state.decision.sections == {1: [2]} and state.claimed_by == {2: 1}


def test_zones_head_tail_and_middle_thresholds():
    blocks = blocks_of("menu", PROSE, "short", PROSE, PROSE, "footer")
    state = run(state_of(blocks, [[f()], [], [], [], [], [f()]]), classify, claim_sections, find_zones)
    assert (state.head_end, state.tail_start, state.near_tail_start) == (1, 5, 4)
    th = state.thresholds
    assert state.threshold_at(0) == th.edge and state.threshold_at(2) == th.middle and state.threshold_at(5) == th.edge


def test_release_mid_sections_keeps_prose_under_a_heading_in_the_middle():
    blocks = blocks_of(PROSE, ("heading", "About the author"), PROSE, ("heading", "More"), PROSE)
    findings = [[], [f("author_bio", "author_bio.heading", 0.95, True)], [], [], []]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, release_mid_sections)
    assert state.decision.sections[1] == [] and state.top[1] is None


def test_context_free_removal_by_zone():
    blocks = blocks_of(PROSE, "Share this!", PROSE, PROSE, "Share this!")
    findings = [[], [f(strength=0.8)], [], [], [f(strength=0.8)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free)
    assert [v.keep for v in state.verdicts] == [True, True, True, True, False]  # 0.8 is not enough in the middle


def test_tail_run_takes_weak_candidates_after_a_strong_removal():
    blocks = blocks_of(PROSE, "© 2024 Example Media. All rights reserved.", "Jane Doe is a writer in Oslo.",
                       "write to jane@example.org")
    findings = [[], [f("rights_notice", "rights_notice.copyright_line", 0.95)],
                [f("author_bio", "author_bio.third_person", 0.55)],
                [f("call_to_action", "call_to_action.contact_line", 0.4)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free)
    assert [v.keep for v in state.verdicts] == [True, False, True, True]
    tail_run(state)
    assert [v.keep for v in state.verdicts] == [True, False, False, False]
    assert "weak, in the run" in state.verdicts[2].cue and state.verdicts[2].rule == "author_bio.third_person"


def test_tail_run_negative_no_strong_opener_or_a_plain_block_between():
    blocks = blocks_of(PROSE, "Jane Doe is a writer in Oslo.", "write to jane@example.org")
    findings = [[], [f("author_bio", "author_bio.third_person", 0.55)],
                [f("call_to_action", "call_to_action.contact_line", 0.4)]]
    state = run(state_of(blocks, findings), *PASSES)
    assert all(v.keep for v in state.verdicts)  # weak evidence alone never removes
    blocks = blocks_of(PROSE, "© 2024 Example Media.", "Thanks for reading, see you next week", "jane@example.org")
    findings = [[], [f("rights_notice", "rights_notice.copyright_line", 0.95)], [],
                [f("call_to_action", "call_to_action.contact_line", 0.4)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free, tail_run)
    assert state.verdicts[3].keep  # the run ended at the plain line


def test_tail_run_never_takes_a_long_block_of_prose_with_a_weak_finding():
    # a page text whose article is glued into one block opening with "Written by ...": no body block is found, the
    # head's strong removal opens the run, and a weak byline finding must not take the whole article with it
    article = "Written by Jane Doe\n" + PROSE * 12
    blocks = blocks_of("Skip to content", article, "© 2026 Example Gardens. All rights reserved.")
    findings = [[f("navigation", "navigation.heading", 0.95)], [f("author_bio", "author_bio.byline", 0.3)],
                [f("rights_notice", "rights_notice.copyright_line", 0.95)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free, tail_run)
    assert [v.keep for v in state.verdicts] == [False, True, False]
    short = blocks_of("Skip to content", "Written by Jane Doe", "© 2026 Example Gardens. All rights reserved.")
    state = run(state_of(short, findings), classify, claim_sections, find_zones, remove_context_free, tail_run)
    assert [v.keep for v in state.verdicts] == [False, False, False]  # a short one still goes


def test_neighbours_short_line_between_removals_in_the_tail():
    blocks = blocks_of(PROSE, "Share this!", "Thanks", "Subscribe now!")
    findings = [[], [f(strength=0.9)], [], [f(strength=0.9)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free, neighbours)
    assert state.verdicts[2].rule == "neighbour.between_removed"


def test_neighbours_negative_body_between_body_stays():
    blocks = blocks_of(PROSE, "Short one.", PROSE)
    state = run(state_of(blocks, [[], [f(strength=0.5)], []]), *PASSES)
    assert all(v.keep for v in state.verdicts)


def test_protect_body_keeps_most_of_the_article():
    blocks = blocks_of("Share this!", "Subscribe now!")
    decision = decide(blocks, [[f(strength=0.99)], [f(strength=0.99)]], Thresholds())
    assert all(v.keep for v in decision.verdicts) and "nothing was removed" in decision.warnings[0]
    blocks = blocks_of(("heading", "About the author"), PROSE, PROSE, "Short.")
    findings = [[f("author_bio", "author_bio.heading", 0.95, True)], [], [], []]
    decision = decide(blocks, findings, Thresholds())
    assert all(v.keep for v in decision.verdicts[1:3]) and "most of the article body" in decision.warnings[0]


def test_decide_runs_the_passes_given():
    blocks = blocks_of(PROSE, "Share this!")
    findings = [[], [f(strength=0.9)]]
    assert not decide(blocks, findings, Thresholds()).verdicts[1].keep
    assert decide(blocks, findings, Thresholds(), passes=(classify,)).verdicts[1].keep


def test_protect_inner_body_caption_quotation_bibliography():
    from cleaner.decision import protect_inner_body
    from cleaner.model import LinkRef

    image = Block(1, "paragraph", "![chart](https://x.example/c.png)", "chart",
                  links=[LinkRef("https://x.example/c.png", "chart", 0, 33, is_image=True)], group=1)
    blocks = [blocks_of(PROSE)[0], image, Block(2, "paragraph", "Source: the city's counts", "Source: the city's counts",
                                                 group=2), Block(3, "paragraph", PROSE, PROSE, group=3),
              Block(4, "paragraph", PROSE, PROSE, group=4)]
    findings = [[], [], [f("source_credit", "source_credit.lead", 0.95)], [], []]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free)
    assert not state.verdicts[2].keep
    protect_inner_body(state)
    assert state.verdicts[2].keep  # a caption inside the body


def test_protect_inner_body_negative_a_credit_at_the_end_still_goes():
    from cleaner.decision import protect_inner_body

    blocks = blocks_of(PROSE, PROSE, "Source: http://example.com/original-story")
    findings = [[], [], [f("source_credit", "source_credit.lead_with_link", 0.95)]]
    state = run(state_of(blocks, findings), classify, claim_sections, find_zones, remove_context_free,
                protect_inner_body)
    assert not state.verdicts[2].keep


def test_neighbours_short_line_between_removals_at_the_top():
    blocks = blocks_of("Skip to content", "Home", "Share this!", PROSE, PROSE)
    findings = [[f("navigation", "navigation.lead", 0.9)], [], [f(strength=0.9)], [], []]
    state = run(state_of(blocks, findings), *PASSES)
    assert state.verdicts[1].rule == "neighbour.between_removed"
    assert state.verdicts[3].keep and state.verdicts[4].keep


def test_word_count_is_script_aware():
    assert word_count("Related posts") == 2 and word_count("Share") == 1
    assert word_count("บทความที่เกี่ยวข้อง") >= 2 and word_count("相关文章") == 2 and word_count("関連記事") == 2
    assert word_count("评论") == 1 and word_count("コメント") == 1 and word_count("แชร์") == 1


def test_claim_sections_unspaced_heading_of_two_words_takes_its_list():
    heading = f("related", "related.heading", 0.95, True, "heading")
    blocks = blocks_of(PROSE, ("heading", "相关文章"), ("list_item", "[文章一](https://a.example/1)"),
                       ("list_item", "[文章二](https://a.example/2)"))
    state = run(state_of(blocks, [[], [heading], [], []]), classify, claim_sections)
    assert state.decision.sections == {1: [2, 3]}


def test_claim_sections_negative_unspaced_one_word_heading_opens_nothing():
    """"评论" (comments) is one word: like "Comments", it removes itself but takes nothing under it."""
    heading = f("call_to_action", "call_to_action.heading", 0.95, True, "heading")
    blocks = blocks_of(PROSE, ("heading", "评论"), ("list_item", "[文章一](https://a.example/1)"))
    state = run(state_of(blocks, [[], [heading], []]), classify, claim_sections)
    assert state.decision.sections == {}


def test_reported_quotation_is_the_articles():
    from cleaner.decision import is_reported_quotation
    quoted = blocks_of('"As an Amazon Associate I earn from qualifying purchases," it says. The line is worth little.')[0]
    assert is_reported_quotation(quoted)
    french = blocks_of("« Si cet article vous a plu, partagez-le », a-t-elle écrit sous chaque billet.")[0]
    assert is_reported_quotation(french)


def test_reported_quotation_negative_boilerplate_with_quotes_is_not():
    from cleaner.decision import is_reported_quotation
    assert not is_reported_quotation(blocks_of('Click "Subscribe to our newsletter" for weekly updates.')[0])
    assert not is_reported_quotation(blocks_of("As an Amazon Associate I earn from qualifying purchases.")[0])
    # a reporting word, but the quotation is a small part of the block
    assert not is_reported_quotation(blocks_of('This post contains affiliate links; "thanks", says the team, for '
                                               'supporting the blog with every purchase you make through them.')[0])


def test_neighbours_negative_a_last_heading_after_a_removal_stays():
    """"References" at the very end, after a removed notice: a cut-off section's heading, not a line between two
    removals."""
    blocks = blocks_of(PROSE, PROSE, "The views expressed are the authors' own.", ("heading", "References"))
    state = run(state_of(blocks, [[], [], [f("rights_notice", "rights_notice.disclaimer", 0.7)], []]),
                classify, claim_sections, find_zones, remove_context_free, neighbours)
    assert not state.verdicts[2].keep and state.verdicts[3].keep
    blocks = blocks_of(PROSE, PROSE, "The views expressed are the authors' own.", "References")  # a plain line too
    state = run(state_of(blocks, [[], [], [f("rights_notice", "rights_notice.disclaimer", 0.7)], []]),
                classify, claim_sections, find_zones, remove_context_free, neighbours)
    assert not state.verdicts[2].keep and state.verdicts[3].keep
    blocks = blocks_of(PROSE, PROSE, "Share this article with a friend.", "Mehr Themen:")  # a list's lead goes
    state = run(state_of(blocks, [[], [], [f()], []]), classify, claim_sections, find_zones, remove_context_free,
                neighbours)
    assert not state.verdicts[3].keep


def _paragraph_pieces(*pieces, line_break=False) -> list[Block]:
    """A body paragraph, then one paragraph split into ``pieces`` (one group), as the segmenter splits at a cue."""
    blocks = [Block(0, "paragraph", PROSE, PROSE, group=0)]
    for k, text in enumerate(pieces):
        blocks.append(Block(k + 1, "paragraph", text, text, group=1, line_break=line_break and k > 0))
    return blocks


def _lead(strength=0.9) -> Finding:
    return f("call_to_action", "call_to_action.lead", strength, match="lead")


def test_keep_reply_invitation_closing_the_authors_paragraph():
    from cleaner.decision import keep_reply_invitation

    blocks = _paragraph_pieces("¿Te animas?", "Deja un comentario a este mensaje o mándame un correo a mi dirección")
    state = run(state_of(blocks, [[], [], [_lead()]]), classify, claim_sections, find_zones, remove_context_free,
                tail_run, neighbours)
    assert not state.verdicts[2].keep and state.verdicts[1].rule == "neighbour.same_paragraph"
    keep_reply_invitation(state)
    assert all(v.keep for v in state.verdicts)  # the question and the invitation stay together
    blocks = _paragraph_pieces(PROSE, "Leave a comment and let us know what your favourite gadget of the year is.")
    assert all(v.keep for v in decide(blocks, [[], [], [_lead()]], Thresholds()).verdicts)


def test_keep_reply_invitation_negatives():
    prompt = "Leave a comment and let us know what your favourite gadget of the year is."
    cases = [
        (_paragraph_pieces(PROSE, "Leave a comment below."), [[], [], [_lead()]]),  # the site's prompt: too short
        (blocks_of(PROSE, PROSE, prompt), [[], [], [_lead()]]),  # a paragraph of its own
        (_paragraph_pieces(PROSE, prompt, line_break=True), [[], [], [_lead()]]),  # a line of its own (a <br>)
        (_paragraph_pieces("This entry was posted in News.", prompt), [[], [], [_lead()]]),  # not the author's prose
        (_paragraph_pieces(PROSE, prompt, "Share this on Facebook and Twitter."),
         [[], [], [_lead()], [_lead()]]),  # not the paragraph's close: a fused footer
        (_paragraph_pieces(PROSE, "Follow us on Twitter and Facebook for more stories like this one."),
         [[], [], [_lead()]]),  # no reply asked: a follow call
        (_paragraph_pieces(PROSE, prompt), [[], [], [f("call_to_action", "call_to_action.dom", 0.9, match="dom")]]),
    ]
    for blocks, findings in cases:
        verdicts = decide(blocks, findings, Thresholds()).verdicts
        assert not verdicts[2].keep, blocks[2].plain


def test_is_source_citation_data_sources_and_references_not_credits():
    from cleaner.decision import is_source_citation

    def cites(text, rule="source_credit.lead", match="lead"):
        block = Block(0, "paragraph", text, text)
        return is_source_citation(block, Finding("source_credit", rule, "source: [en]", 0.9, False, match))

    assert cites("Source : Insee, enquête Emploi, moyennes annuelles.")
    assert cites("Source: U.S. Census Bureau, American Community Survey")
    assert cites("Fuente: INE, Encuesta de Población Activa")
    assert cites("Source: Clinical Cornerstone 3(2):13-24, 2000")
    assert cites("来源：国家统计局，人口普查数据")
    assert not cites("Source: Reuters")  # one name: the site or agency the text came from
    assert not cites("Quelle: dpa, AFP, Reuters")  # agencies: no data source named
    assert not cites("Source: Statista, https://www.statista.com/statistics/1")  # an address: a credit
    assert not cites("Source: survey data, example.com")
    assert not cites("Source : Insee, enquête Emploi", match="phrase")  # not a label leading the line
    assert not cites("Photo: J. Smith, Getty Images")


def test_invites_reply_reads_the_comment_words_of_the_families_data():
    from cleaner.decision import REPLY_GROUP, invites_reply
    from cleaner.detectors.families import families

    assert any(REPLY_GROUP in family.groups for family in families())  # the data keeps the group this pass reads
    assert invites_reply("Leave a comment and tell me which trail you would add")
    assert invites_reply("Deja un comentario a este mensaje") and invites_reply("Schreib mir einen Kommentar dazu")
    assert invites_reply("欢迎在评论区留言") and invites_reply("댓글로 알려주세요")
    assert not invites_reply("Follow us on Twitter and Facebook for more stories")
