"""Every rule's strength, in one table: rule -> how sure a finding of it is, by the block's length.

A detector names its rule and hands the block's length; the strength comes from here, never from a literal in the
detector. Each rule also says what kind of match it is (``Finding.match``), so the steps after the detectors couple
through that typed field, never through the spelling of a rule name:

- ``heading``: the whole short block is a heading cue ("About the Author"); it may open a section;
- ``lead``: a cue at the start of the block ("Source:", "Written by");
- ``phrase``: a cue somewhere inside the block;
- ``structure``: the block's shape (a link line, a follow line, a bio's first sentence, a link list under a lead);
- ``dom``: the page's markup (a class, an id, a rel);
- ``site``: the same block on the site's other pages.

The decision's own numbers (zones, sizes, neighbours) are ``decision.Thresholds``.
"""

from __future__ import annotations

from dataclasses import dataclass

MATCHES = ("heading", "lead", "phrase", "structure", "dom", "site")


@dataclass(frozen=True, slots=True)
class Strength:
    """A strength by block length: ``short`` up to ``short_max`` characters, ``medium`` up to ``medium_max``,
    ``long`` beyond (boilerplate is short: the same cue says less in a long paragraph)."""

    match: str
    short: float
    medium: float | None = None
    long: float | None = None
    short_max: int = 200
    medium_max: int = 500

    def at(self, length: int = 0) -> float:
        if length <= self.short_max or self.medium is None:
            return self.short
        if length <= self.medium_max or self.long is None:
            return self.medium
        return self.long


@dataclass(frozen=True, slots=True)
class PhraseScale:
    """A cue found inside a block: ``base + span * min(1, coverage * gain)``, damped in long blocks."""

    base: float = 0.3
    span: float = 0.6
    gain: float = 1.6
    medium_above: int = 250
    medium_factor: float = 0.85
    long_above: int = 500
    long_factor: float = 0.6

    def at(self, coverage: float, length: int) -> float:
        strength = self.base + self.span * min(1.0, coverage * self.gain)
        if length > self.long_above:
            strength *= self.long_factor
        elif length > self.medium_above:
            strength *= self.medium_factor
        return strength


PHRASE = PhraseScale()

#: The decision's defaults of the two numbers the detectors are handed too (``decision.Thresholds.body_length`` /
#: ``edge`` take them; a preset may change them): a block without finding at least this long (and with few links) is
#: body prose...
BODY_LENGTH = 120
#: ...and a finding this strong goes at the document's start or end (edge_chrome's and md_chrome's zones, weights)
EDGE_STRENGTH = 0.6

#: A lead cue of data/prose_leads.json opens a sentence of the article (detectors/leads.py, ``<kind>.lead/prose``)
#: only when at least this many words follow it: "Continue reading on our website." and "Lesen Sie auch unseren
#: Kommentar." are lead lines; "Lesen Sie auch die Packungsbeilage und fragen Sie Ihren Arzt." (8 words) is prose.
PROSE_LEAD_MIN_WORDS = 5

#: A byline lead ("Posted by Harry on …", "Written by Jane Doe") is one line: a block whose later line holds a
#: sentence of at least this many words (a sentence end in it) is the byline glued to the body (an HTML block of a
#: blog's index page: the post's byline, the next post's title and its text), and gets no byline finding (keep35).
BYLINE_BODY_LINE_WORDS = 12

#: The subject check of a bio's words (detectors/structure.py ``names_the_subject``) reads the body's prose lines
#: only: a line of fewer than ``SUBJECT_LINE_MIN_WORDS`` words and ``SUBJECT_LINE_MIN_CHARS`` characters is a
#: byline or a label ("Dallas Robinson" alone under the title), not the article talking about the person.
SUBJECT_LINE_MIN_WORDS = 6
SUBJECT_LINE_MIN_CHARS = 40

#: A share prompt's finding (``call_to_action.share_prompt``, a share word at the start) whose block asks nothing of
#: the reader (no reader / request word of data/prompts.json ``closing.reader``, no "!") is the article's sentence
#: when its share word is also in a prose block of the article (no finding, at least ``SHARE_TOPIC_MIN_CHARS``
#: characters): the article's topic is sharing ("共有先の指定ができないので …" in a post on a share plug-in;
#: lines36, detectors/structure.py ``share_on_topic``).
SHARE_TOPIC_MIN_CHARS = 60

#: A link list's lead line and its items are one box of the page: in HTML, a lead whose first item is in another part
#: of the page (the lowest element holding the lead's element and the item's more than ``LINK_LEAD_MAX_CLIMB`` levels
#: above the lead's) with at least ``LINK_LEAD_MIN_GAP`` letters of the page's text between them that no block holds
#: is the article's sentence over its own list, which trafilatura left out ("The primary hull contains the following
#: visible features:" over the features' list, then the site's links in another table: keep35b). A "Related posts:"
#: heading and its list share a parent or a grandparent; a layout table's "Browse Categories:" row and its links'
#: row stand farther apart, but with nothing between them.
LINK_LEAD_MAX_CLIMB = 3
LINK_LEAD_MIN_GAP = 80

#: A call to action's family finding (data/families.json, ``call_to_action.*``) takes a short paragraph whole; when
#: its first sentence is a statement (it ends with a full stop: not a question, "Do you value …?", nor an
#: exclamation, "Stay on top of the news!") of at least this many words, with no address, link or e-mail and no family
#: finding alone, while the rest earns the one the paragraph earned, the prompt is glued after the article's sentence
#: ("I post a picture a day from these walks on Instagram. You can follow me there or on Facebook."): not the whole
#: paragraph (keep35b).
PROMPT_BODY_MIN_WORDS = 8

#: Navigation by its shape (detectors/nav_shape.py): a line of navigation is at most ``NAV_MAX_CHARS`` characters
#: (a block at most twice that), and each of its items at most ``NAV_ITEM_MAX_WORDS`` words and
#: ``NAV_ITEM_MAX_CHARS`` characters ("Privacy Policy", "Terms and Conditions"; a sentence is longer).
NAV_MAX_CHARS = 200
NAV_ITEM_MAX_WORDS = 4
NAV_ITEM_MAX_CHARS = 32
#: ...and a shape right after a sentence of the article that ends with a colon, of at least this many words ("On a
#: large shop, a typical trail looks like this:"), is the article's example, not the page's navigation.
NAV_INTRO_MIN_WORDS = 6
#: ...and lines of one short link in a row are a menu (``navigation.link_run``) except on a page that is at least
#: ``NAV_LINKS_PAGE_SHARE`` such lines (``NAV_LINKS_PAGE_MIN_LINES`` at least) with under ``NAV_LINKS_PAGE_MIN_PROSE``
#: characters of prose paragraphs: a links page, a directory, a table of contents, whose links are its content.
NAV_LINKS_PAGE_SHARE = 0.5
NAV_LINKS_PAGE_MIN_LINES = 10
NAV_LINKS_PAGE_MIN_PROSE = 500
#: ...and a run of more than this many such lines is a list (an index, a directory), not a menu.
NAV_RUN_MAX_LINES = 40
#: A trail's own label before its home word ("Navigation: Home » News", "Vous êtes ici : Accueil › Actualités") is at
#: most this many words (headchrome33).
NAV_TRAIL_LABEL_WORDS = 4

#: A share link whose label holds a sentence of at least this many words before a sentence end, none of them a network's
#: or sharing's word ("Every online business exists in the 'space-time continuum.' Click To Tweet", a pinned quote), is
#: the article's sentence offered for sharing, not a share bar: ``call_to_action.share_links`` leaves its block
#: (keep34). "Share on Facebook" has no sentence, "Share this article with your friends!" a share word.
SHARE_QUOTE_MIN_WORDS = 5

_KINDS = ("author_bio", "source_credit", "affiliate", "rights_notice", "call_to_action", "related", "navigation")

#: rule (or rule/variant) -> Strength. A rule missing here is a programming error (KeyError in tests).
RULES: dict[str, Strength] = {
    **{f"{kind}.heading": Strength("heading", 0.95) for kind in _KINDS},
    # phrase rules take their strength from PHRASE (coverage and length); the entry gives their match
    **{f"{kind}.phrase": Strength("phrase", 0.0) for kind in _KINDS},
    # DOM evidence (detectors/dom.py dom_findings): a container's class / id (a page's element, a Markdown raw HTML
    # block or fenced div: readers/md_boxes.py), or a rel / itemprop on a name
    **{f"{kind}.dom": Strength("dom", 0.9, 0.5, short_max=1500) for kind in _KINDS},
    # a short block in a small box around a form that asks for an e-mail address (readers/forms.py): a sign-up,
    # comment or login prompt in any language; strong enough for the middle of the article (a newsletter box between
    # two body paragraphs); nothing for a block past 300 characters
    "call_to_action.dom_form": Strength("dom", 0.95, 0.0, 0.0, 300, 300),
    "front_matter.block": Strength("structure", 1.0),
    # author_bio
    "author_bio.about_name": Strength("heading", 0.9),
    "author_bio.about_name/in_block": Strength("lead", 0.9, 0.85, 0.5, 300, 900),
    "author_bio.lead": Strength("lead", 0.9, 0.85, 0.5, 300, 900),
    "author_bio.byline": Strength("lead", 0.85, 0.6, 0.3),
    "author_bio.named_phrase": Strength("phrase", 0.9, 0.85, 0.4, 300, 900),
    # ...with no website, e-mail or contact word (detectors/bios.py): a role stays under the middle's 0.9 (goes at an
    # edge, not between two body paragraphs); a writing verb alone ("writes about": a reporter's beat) is weak
    "author_bio.named_phrase/bare": Strength("phrase", 0.85, 0.75, 0.4, 300, 900),
    "author_bio.named_phrase/verb": Strength("phrase", 0.5, 0.4, 0.25, 300, 900),
    "author_bio.phrase/bare": Strength("phrase", 0.85, 0.75, 0.4, 300, 900),  # caps of the coverage scale
    "author_bio.phrase/verb": Strength("phrase", 0.5, 0.4, 0.25, 300, 900),
    # a line with nothing but an author label and a name ("Autor Ramón Suárez", "Por Ana López"): weak (bylines are
    # part of many human gold bodies); it goes next to other removals at an edge
    "author_bio.byline_label": Strength("structure", 0.5),
    # a block that is nothing but a reporter's name and role, Korean "홍길동 기자" (detectors/reporters.py): at an edge
    "author_bio.reporter_credit": Strength("structure", 0.7),
    # ...with the reporter's e-mail address ("홍길동 기자 (gildong@example.co.kr)")
    "author_bio.reporter_credit/contact": Strength("structure", 0.85),
    # a third-person bio's first sentence: a name, a present-tense copula, a role ("Jane Doe is a freelance writer")
    # (weak alone: it goes with a removal next to it, or with little in common with the article)
    "author_bio.third_person": Strength("structure", 0.55, 0.5, 0.3, 400, 900),
    # ...with a website, an e-mail address or "visit" in the block
    "author_bio.third_person/contact": Strength("structure", 0.8, 0.75, 0.4, 400, 900),
    # ...whose person is the document's own author (the byline at the head or the tail, the markup's or the front
    # matter's author; bio35): an article rarely ends on its own author in the third person with a role
    "author_bio.third_person/author": Strength("structure", 0.8, 0.75, 0.4, 400, 900),
    # the same in the first person, at the end only ("Eu sou a Joana, mãe de dois, professora de geografia")
    "author_bio.first_person": Strength("structure", 0.55, 0.5, 0.3, 400, 900),
    "author_bio.first_person/contact": Strength("structure", 0.75, 0.7, 0.4, 400, 900),
    # a short heading line right over a structural bio ("About the author", "关于作者", detectors/bios.py): goes with
    # the bio as its neighbour, never alone
    "author_bio.bio_heading": Strength("structure", 0.5),
    # source_credit
    "source_credit.lead_with_link": Strength("lead", 0.95, 0.7, 0.35, 250),
    "source_credit.lead": Strength("lead", 0.8, 0.5, 0.25, 120, 300),
    # plain text only: a picture's credit alone on its line, a photo label and a few names or agencies ("Foto:
    # Shutterstock", "Fot. Jan Kowalski / Agencja"; detectors/line_shapes.py): the middle's strength (its caption is
    # the line before it and stays)
    "source_credit.photo_line": Strength("structure", 0.9, 0.0, short_max=80),
    # a picture's credit the segmenter cut off its caption's front or end ("Foto: Jan Nowak" + the caption, "… (©
    # AFP)"; captioncredit.py, detectors/captions.py): certain, short by construction
    "source_credit.caption_credit": Strength("structure", 0.9),
    # a page's login / cart box, a document archive's download gate and record card by their lines (detectors/gates.py,
    # caption32): a block of two such lines or more; one line alone at the head or next to a box; help lines next to one
    "call_to_action.account_box": Strength("structure", 0.9),
    "call_to_action.account_box/single": Strength("structure", 0.8),
    "call_to_action.account_box/help": Strength("structure", 0.7),
    "call_to_action.download_gate": Strength("structure", 0.9),
    "call_to_action.download_gate/single": Strength("structure", 0.8),
    "call_to_action.download_gate/help": Strength("structure", 0.7),
    "navigation.document_card": Strength("structure", 0.9),
    "navigation.document_card/single": Strength("structure", 0.8),
    "navigation.document_card/help": Strength("structure", 0.7),
    # ...opening the article's own sentence ("Originally published in 1962, the novel sold poorly at first …",
    # detectors/leads.py is_prose_credit): as weak as a prose "read also" lead
    "source_credit.lead/prose": Strength("lead", 0.35, 0.25),
    "source_credit.phrase_with_link": Strength("structure", 0.85),  # a floor (the phrase strength when higher)
    # affiliate
    "affiliate.link_block": Strength("structure", 0.9),
    "affiliate.buy_line": Strength("structure", 0.85),
    "affiliate.link_table": Strength("structure", 0.85),
    "affiliate.lead": Strength("lead", 0.85, 0.5, short_max=300),
    "affiliate.disclosure": Strength("phrase", 0.0),
    # rights_notice
    "rights_notice.copyright_line": Strength("lead", 0.95, 0.75, 0.3, 250),
    "rights_notice.lead": Strength("lead", 0.9, 0.75, 0.35, 300, 600),
    # call_to_action
    "call_to_action.share_links": Strength("structure", 0.9),
    "call_to_action.lead": Strength("lead", 0.85, 0.6, 0.3),
    # two or more social networks named or linked, and little else ("Follow me on: GitHub | X | LinkedIn")
    "call_to_action.follow_line": Strength("structure", 0.85, 0.5, 0.2, 160, 300),
    # ...named in a short sentence of the block's own ("VICE France est aussi sur Twitter, Instagram et Facebook.")
    "call_to_action.follow_line/prose": Strength("structure", 0.7, 0.4, 0.0, 160, 300),
    # an e-mail address or "visit my website" in a short line ("Write to me: webmaster@example.com")
    # (weak: supporting evidence; an address in a body's closing line is common: it goes only in a run of removals)
    "call_to_action.contact_line": Strength("structure", 0.4, 0.3, 0.0, 160, 300),
    # lexical families (detectors/families.py, data/families.json): a term of every group of a combination in one
    # short block, in any order and wording. A reprint / PLR permission ("you may publish it unchanged as long as
    # the author box stays"); an editorial disclaimer ("the views are the author's own"); a credit naming the issue
    # the article was taken from, at the start of the block. All three under near_edge (0.75): they go at the edges
    # (before the first body paragraph, after the last), never between two body paragraphs, where a short article's
    # report of a licence or of an editor's disclaimer sits
    "rights_notice.reprint_permission": Strength("phrase", 0.7, 0.5, 0.0, 300, 500),
    "rights_notice.disclaimer": Strength("phrase", 0.7, 0.5, 0.0, 300, 500),
    # ...the editors disclaiming the page's content ("La rédaction n'est pas à l'origine de ses contenus"; probe11)
    "rights_notice.disclaimer/editors": Strength("phrase", 0.7, 0.5, 0.0, 300, 500),
    "source_credit.excerpt_credit": Strength("phrase", 0.7, 0.0, short_max=220),
    # a comment / login prompt, a share prompt on a condition ("if you found this useful, share it"): edges only
    "call_to_action.login_prompt": Strength("phrase", 0.85, 0.0, short_max=200),
    "call_to_action.share_if_useful": Strength("phrase", 0.85, 0.0, short_max=220),
    # a donation appeal: a way to pay and a plea ("... per PayPal oder Überweisung – jeder Euro hilft unserer
    # Redaktion"): edges only (an article about crowdfunding names PayPal and support in its middle)
    "call_to_action.donation": Strength("phrase", 0.7, 0.0, short_max=320),
    # Substack's "X is a reader-supported publication. To receive new posts ...": goes in the middle of a post too
    "call_to_action.reader_supported": Strength("phrase", 0.95, 0.0, short_max=320),
    # a contact prompt with an address: "write to the webmaster at ..." (strong), or a contact verb and a topic
    # ("For questions, e-mail me at ..."): weak, it goes next to other removals at an edge or in a run at the end
    "call_to_action.contact_prompt": Strength("phrase", 0.5, 0.0, short_max=220),
    "call_to_action.contact_prompt/webmaster": Strength("phrase", 0.8, 0.0, short_max=220),
    # mdfam32: a questions prompt ("If you have any questions, feel free to contact me."; "Als u vragen heeft, kunt u
    # gerust … het forum"): a sentence of its own (the segmenter splits it off a closing paragraph), wherever it sits
    # (a Markdown post carries an appendix, an FAQ or its references after its closing)
    "call_to_action.questions_prompt": Strength("phrase", 0.92, 0.0, short_max=220),
    # families for the kinds the cue phrases name (detectors/families.py): the wording composed, not listed.
    # A newsletter prompt (an invitation to sign up and a newsletter or an inbox): edges only; with all three
    # ("sign up for our newsletter, straight to your inbox") near the end too (an article about newsletters says
    # "subscribe" and "newsletter" in its body, rarely "your inbox")
    "call_to_action.newsletter_prompt": Strength("phrase", 0.7, 0.5, 0.0, 220, 300),
    "call_to_action.newsletter_prompt/inbox": Strength("phrase", 0.85, 0.5, 0.0, 220, 300),
    # a share imperative leading a short block and what to share ("Share this article with your friends"), a follow
    # prompt ("Follow us on Instagram"): edges and near the end, never between two body paragraphs
    "call_to_action.share_prompt": Strength("phrase", 0.85, 0.6, 0.0, 160, 200),
    # ...its words anywhere in a line of a few words: a share button's label ("Auf Facebook teilen"): edges only
    "call_to_action.share_prompt/button": Strength("phrase", 0.7, 0.0, short_max=50),
    "call_to_action.follow_prompt": Strength("phrase", 0.85, 0.6, 0.0, 160, 200),
    # an affiliate disclosure in the site's own voice ("this post contains affiliate links", "we may earn a
    # commission"): edges only (an article about affiliate marketing says such things in its body)
    "affiliate.commission_disclosure": Strength("phrase", 0.7, 0.5, 0.0, 300, 400),
    # a copyright line: "all rights reserved" in any language, in a line of its own (near the end too; in a longer
    # block, where prose says that "all rights are reserved", edges only and weak); a reproduction of this site's
    # content forbidden without permission (edges only: an article about copyright law says so in its body)
    "rights_notice.all_rights": Strength("phrase", 0.7, 0.5, 0.0, 200, 300),
    "rights_notice.all_rights/reserved": Strength("phrase", 0.85, 0.5, 0.0, 120, 300),
    # where the article first appeared ("This article was originally published on X", "Republished with
    # permission"): edges only (a review says where a story first appeared); a feed footer ("The post X appeared
    # first on Y") anywhere short; "Originally published at <link>" leading a short block: edges only
    "source_credit.origin_credit": Strength("phrase", 0.7, 0.5, 0.0, 220, 300),
    "source_credit.origin_credit/feed": Strength("phrase", 0.9, 0.0, short_max=300),
    "source_credit.origin_credit/link": Strength("phrase", 0.7, 0.0, short_max=160),
    # a read-more lead line ("Read also:", "You may also like", "Lesen Sie auch:") leading a short block: at the
    # edges and near the end; with a link (the teaser a news page sets between paragraphs) in the middle too. A bare
    # "Read more" / "See also" that prose may start with ("Read more about it in ...") only with a link, at the edges
    "related.read_more": Strength("phrase", 0.75, 0.0, short_max=120),
    "related.read_more/link": Strength("phrase", 0.9, 0.0, short_max=160),
    "related.read_more/bare_link": Strength("phrase", 0.7, 0.0, short_max=160),
    # an article-directory resource box: an author of something, a way to visit them and an address: edges only
    "author_bio.resource_box": Strength("phrase", 0.7, 0.55, 0.0, 350, 500),
    # related
    "related.lead": Strength("lead", 0.75, 0.55, 0.25),
    # news34 (detectors/newslines.py): a line of its own that is a related label, a separator and a headline ("ALSO
    # READ | <headline>", "Lire aussi <headline>"): the teaser a news page sets between paragraphs, anywhere
    "related.teaser_line": Strength("structure", 0.92, short_max=240),
    # ...an ad slot's label alone on its line ("Advertisement", "Story continues below advertisement"): anywhere
    "affiliate.ad_marker": Strength("structure", 0.92, short_max=80),
    # ...a wire's credit in parentheses ("(Reporting by Jane Doe; Editing by John Roe)"): anywhere
    "source_credit.wire_credit": Strength("structure", 0.92, short_max=240),
    # ...a syndication note ("This story has been published from a wire agency feed without modifications")
    "source_credit.wire_feed": Strength("phrase", 0.9, 0.0, short_max=300),
    "related.lead/with_url": Strength("lead", 0.9, 0.55, 0.25),
    # ...opening a sentence of the article ("Lesen Sie auch die Packungsbeilage und fragen Sie Ihren Arzt.",
    # detectors/leads.py): under the edge and the neighbour margin; only a run of removals at the end takes it
    "related.lead/prose": Strength("lead", 0.35, 0.25),
    # a short lead line, whatever its wording, over items that are mostly links ("To learn more, check out:")
    "related.link_list_section": Strength("structure", 0.7),
    # detectors/lines.py. A related list: a related lead of any language's cue data over two or more title-shaped
    # items ("More from Example Site" / three titles): edges and near the end; a lead of any wording over title-case
    # items at the end of the article: edges only; title items right after another removal at the end: weak (a run
    # of removals takes them)
    "related.title_list": Strength("structure", 0.85, 0.6, 0.0, 200, 400),
    "related.title_list/generic": Strength("structure", 0.7, 0.5, 0.0, 200, 400),
    "related.title_list/after_removal": Strength("structure", 0.5, 0.0, short_max=200),
    # a line of share words, network names and share counts only ("Share Tweet Pin Email", "12 shares")
    "call_to_action.share_line": Strength("structure", 0.85, 0.0, short_max=160),
    # "<credit label>: <a name>" ("Crédit : Example Site", "via The Verge"): edges only; with an address near the
    # end too. A lead: a citation of data stays (decision.is_source_citation)
    "source_credit.credit_line": Strength("lead", 0.7, 0.0, short_max=160),
    "source_credit.credit_line/address": Strength("lead", 0.8, 0.0, short_max=160),
    # navigation
    "navigation.lead": Strength("lead", 0.85, 0.5, 0.2, 160, 300),
    "navigation.breadcrumb": Strength("structure", 0.8),
    "navigation.menu_line": Strength("structure", 0.7),
    "navigation.link_list": Strength("structure", 0.6),
    # navigation by its shape (detectors/nav_shape.py, data/navigation.json), in any wording and language. Only an
    # unambiguous shape reaches the middle of the article (0.9 and more): a skip link, a back-to-top link, a page
    # counter or a run of page numbers with a previous / next word, a previous / next pair, a trail that opens with a
    # home word. A menu line, a breadcrumb by shape alone, a tag line, a lone previous / next line go at the edges
    # (and near the end), or next to other removals
    "navigation.skip_link": Strength("structure", 0.95, 0.0, short_max=100),
    "navigation.back_to_top": Strength("structure", 0.9, 0.0, short_max=60),
    "navigation.pager": Strength("structure", 0.9, 0.0, short_max=120),
    # ..."Page 7" alone (a printed page marker as often as a link), page numbers alone ("1 2 3 4"): next to removals
    "navigation.pager/numbers": Strength("structure", 0.55, 0.0, short_max=120),
    "navigation.prev_next": Strength("structure", 0.8, 0.0, short_max=200),
    "navigation.prev_next/pair": Strength("structure", 0.92, 0.0, short_max=200),
    "navigation.trail": Strength("structure", 0.7, 0.0, short_max=200),
    "navigation.trail/home": Strength("structure", 0.92, 0.0, short_max=200),
    # ...a home trail behind its own label ("Navigation: Home » News"): the edges' (a how-to's "Go to: Home > Settings")
    "navigation.trail/label": Strength("structure", 0.7, 0.0, short_max=200),
    "navigation.tag_line": Strength("structure", 0.8, 0.5, 0.0, 200, 400),
    "navigation.menu": Strength("structure", 0.7, 0.0, short_max=240),
    "navigation.menu/links": Strength("structure", 0.8, 0.0, short_max=240),
    "navigation.menu/home": Strength("structure", 0.85, 0.0, short_max=240),
    # a menu rendered one item a line: three or more short lines that are each one link (edges only)
    "navigation.link_run": Strength("structure", 0.65, 0.0, short_max=400),
    # lexical families of probe11 (data/families.json): a cookie notice, a paywall prompt, a comment section's label;
    # short blocks, at the edges and in the run at the end, not between body paragraphs
    "rights_notice.cookie_notice": Strength("phrase", 0.8, 0.5, 0.0, 200, 300),
    "call_to_action.paywall": Strength("phrase", 0.85, 0.0, short_max=160),
    "call_to_action.comment_prompt": Strength("phrase", 0.8, 0.0, short_max=80),
    # an engagement prompt (families30): a reaction asked for and a comment / follow / share / subscribe ("Like and
    # subscribe", "喜欢就点赞评论+关注吧"): short (max_chars 160 in data/families.json), edges and near the end,
    # weaker past 100 characters
    "call_to_action.engagement_prompt": Strength("phrase", 0.85, 0.6, 0.0, 100, 160),
    # a post's meta lines by their shape (detectors/meta_lines.py, data/meta_lines.json; probe11), found only at the
    # article's edges: weak, they go next to other removals and in the run at the end; the recall preset (edge 0.45)
    # takes them at the edges alone. At 0.7 (the edges alone in balanced) they removed 170 date lines the 1,005 gold
    # bodies keep (CleanEval, Readability.js: "Tuesday, December 26, 2006", "Last updated ...") for +7 points of
    # boilerplate removed on the probe's held-out half: not kept (docs/benchmarks.md, "probe11")
    "navigation.dateline": Strength("structure", 0.5, 0.0, short_max=120),
    "navigation.dateline/bare": Strength("structure", 0.5, 0.0, short_max=120),
    # meta36: a date line with two kinds of evidence besides its date (postmeta.py: a label and its colon, two stamps,
    # a clock, a rubric after a bullet, a by-name tail, an issue's number, a comment noun) is the post's record, not
    # an event's date or a timeline's row: the edge's strength (it goes alone before the first prose or after the last)
    "navigation.dateline/record": Strength("structure", 0.65, 0.0, short_max=120),
    # meta36: a label whose value is empty, a colon and only separators ("Tagged with: , , , ,"): never prose, anywhere
    "navigation.empty_value": Strength("structure", 1.0, 0.0, short_max=100),
    # ...and a meta line with one kind of evidence (or a counter) right above or under it: the same record
    "navigation.dateline/neighbour": Strength("structure", 0.9, 0.0, short_max=100),
    # meta36: a bare credit of a source, a source lead and only a quoted name or the document's title again ("Issu du
    # site "Des lettres".", "원문링크 : <the title>"; postmeta.py source_line): no sentence of the article, anywhere
    "source_credit.named_source": Strength("structure", 0.9, 0.0, short_max=100),
    # meta36: a post's categories after a category lead ("in category Business, Web Design"; postmeta.category_line),
    # before the first prose or after the last: the edge's strength
    "navigation.category_line": Strength("structure", 0.65, 0.0, short_max=100),
    "navigation.counter": Strength("structure", 0.5, 0.0, short_max=60),
    # a platform's chrome and widget labels by their shape (detectors/chrome.py, data/chrome.json; chrome11): a short
    # line made only of control labels ("Editer l'article Suivre ce blog", "Zwiń mapę", "Carregando..."), found only
    # before the first paragraph of prose or after the last: at the edge's threshold, it goes alone there
    # the reader-addressed closing prompt (detectors/prompts.py, data/prompts.json; text11g): in the tail zone, a
    # reader-value or condition term with an engagement request ("この記事が役に立ったら、いいねと保存を",
    # "Wenn dir der Artikel gefallen hat, lass ein Klatschen da"): strong enough for the edges and the run at the end,
    # never the middle; a direct request for comments ("let me know in the comments") a little under it
    "call_to_action.closing_prompt": Strength("structure", 0.85, 0.0, short_max=300),
    "call_to_action.closing_prompt/comment": Strength("structure", 0.8, 0.0, short_max=300),
    # md30: a short paragraph opened by a closing prompt's lead cue with a reader-value term, anywhere (Markdown posts
    # carry an appendix, an FAQ, references after the closing): over the middle's 0.9
    "call_to_action.closing_prompt/lead": Strength("lead", 0.92, 0.0, short_max=300),
    "call_to_action.offer_run": Strength("structure", 0.68),  # md30: decision.offer_run (a context rule, reported)
    "call_to_action.closing_prompt/hope": Strength("structure", 0.5, 0.0, short_max=300),  # md30: after a prompt
    # mdfam31: a vendor's or an affiliate's pitch box (a tracking link and two sales terms: anywhere) and its
    # tracking link placed again in a short paragraph (at the edges)
    "call_to_action.pitch": Strength("structure", 0.9, 0.0, short_max=400),
    "call_to_action.pitch/again": Strength("structure", 0.7, 0.0, short_max=240),
    # ...and once a prompt is in the tail zone: a next-episode teaser, a further-reading recommendation with its link
    # (and the bare link under it): weak, they go in the run of removals at the end or next to a removal, never alone
    "call_to_action.closing_prompt/next": Strength("structure", 0.5, 0.0, short_max=200),
    "call_to_action.closing_prompt/further": Strength("structure", 0.5, 0.0, short_max=240),
    # a call to action's button line (detectors/prompts.py): a read-more link before an arrow ("Read Full Post »") and
    # a button word closing a short line after its sentence ("… kwestii. Sprawdź") go in the middle too (a house ad
    # between two body paragraphs); a button word in capitals leading a segment ("… - ZAREJESTRUJ konto"): the edges;
    # a short line opening with a download / subscribe imperative: next to a removal at an edge only
    "call_to_action.button_line/read_more": Strength("structure", 0.9, 0.0, short_max=60),
    "call_to_action.button_line/end": Strength("structure", 0.9, 0.0, short_max=160),
    "call_to_action.button_line/caps": Strength("structure", 0.7, 0.0, short_max=120),
    "call_to_action.button_line/open": Strength("structure", 0.55, 0.0, short_max=100),
    "navigation.chrome": Strength("structure", 0.65, 0.0, short_max=200),
    # lines36 (detectors/glued.py): glued plain-text lines by their shape, units of their own (readers/text.py)
    "navigation.link_table": Strength("structure", 0.85, 0.0, short_max=200),  # a row of a table of call cells
    "navigation.image_remnant": Strength("structure", 0.92, 0.0, short_max=120),  # a file-name slug, "Image 2"
    # image37: an ads.txt record, a line-number gutter, an embed frame's address, a script's data as text
    "navigation.script_residue": Strength("structure", 0.92),
    "affiliate.ad_slot": Strength("structure", 0.9, 0.0, short_max=120),  # "BANNER A - <ADVERTISER>"
    "call_to_action.share_repeated": Strength("structure", 0.9, 0.0, short_max=400),  # "Share on X Share on Y …"
    "related.title_siblings": Strength("structure", 0.92, 0.0, short_max=120),  # "- What Is <X> In Hindi" (title's)
    # ...and a run of the post's record right under the title: date lines, counters, chrome and the lone numbers and
    # separators of a widget ("于 2024-10-30 发布 · 921 阅读", "·", "11", "·", "25 ·"), three blocks or more
    "navigation.chrome/run": Strength("structure", 0.65, 0.0, short_max=200),
    # plain text only: a block of the post's record between the title and the first paragraph of prose whose lines
    # are each a count, a date, a widget's labels or a label over its value, with a count of readers, comments,
    # posts or pages among them ("commentaires 0 Partager" / "Lecture 29 min.", "by Jane Roe 53 views", a forum
    # poster's card "Joined" / "09 2007" / "Posts" / "724"; detectors/header_record.py): the edge's strength
    "navigation.header_record": Strength("structure", 0.65, 0.0, short_max=200),
    # plain text only: a page's own line by its shape at the head (below the title, before the first paragraph of
    # prose) or the tail (after the last), in any language (detectors/line_shapes.py, linefam13): a template's
    # placeholder, a tracking id, a reading-time line, a line that is only a date or a clock: the edge's strength (it
    # goes alone there, never in the middle); a pager's or a search's count ("0 / 2097", "Showing 1 to 10 of 14"):
    # weak, it goes next to other removals at an edge (a score or a fraction has its shape)
    # a tracking id, a "##WORD##" placeholder and a reading time said with a phrase of several words are no
    # article's line anywhere: the middle's strength
    "navigation.placeholder": Strength("structure", 0.9, 0.0, short_max=80),
    "navigation.tracking_id": Strength("structure", 0.9, 0.0, short_max=80),
    "navigation.reading_time": Strength("structure", 0.9, 0.0, short_max=80),
    "navigation.reading_time/word": Strength("structure", 0.65, 0.0, short_max=80),
    # a date line under the title: weak alone, as navigation.dateline (the post's date stays, decision 3); a
    # timestamp with its clock ("5. dubna 2020 • 16:00", ", 21:45") or a relative date ("2 years ago"): the edge's
    "navigation.head_date": Strength("structure", 0.5, 0.0, short_max=80),
    "navigation.head_date/clock": Strength("structure", 0.65, 0.0, short_max=80),
    "navigation.head_date/relative": Strength("structure", 0.65, 0.0, short_max=80),
    "navigation.result_count": Strength("structure", 0.5, 0.0, short_max=80),
    # a count of the post's record alone on its line at the head or the tail ("941 comments", "0shares", "Views
    # (839)"; headchrome33): the edges' strength (line_shapes.py)
    "navigation.record_count": Strength("structure", 0.65, 0.0, short_max=80),
    # a web address alone on a line in the head, below the title (onehead33): the page's own address printed in a
    # print view's or a reader mode's head: the edge's strength (never the middle's: a body's link list)
    "navigation.page_url": Strength("structure", 0.65, 0.0, short_max=300),
    # ...a server's error output (PHP's warning with a script's path and line) at the document's start: above it
    # there is only the page
    "navigation.server_error": Strength("structure", 0.9, 0.0, short_max=500),
    # ...a line of the page's record fields, two "LABEL: value" fields or more, one of a record's labels ("时间:… 来源:…
    # 作者:…", "Source: X | Views: 120"; textfam31) at either edge: above the edge's strength, not the middle's; an
    # archive's or a category listing's heading ("Monthly Archive: August 2017", "Browsing Category") at the head
    "navigation.meta_fields": Strength("structure", 0.8, 0.0, short_max=120),
    # ...a record card: a run of one-field lines, two of a record's labels ("Section: …", "Age rating: +12", "Current
    # page: 2 (of 3)"; textfam32), anywhere: no article prints its own text so
    "navigation.meta_fields/card": Strength("structure", 0.9, 0.0, short_max=120),
    "navigation.archive_heading": Strength("structure", 0.65, 0.0, short_max=80),
    # a paywall's or an account wall's prompt alone on its line ("Want to read on?", "Unlimited access to X? You
    # can!", "Log in or create an account"; textfam32): anywhere, the middle's strength
    "call_to_action.prompt_line": Strength("structure", 0.9, 0.0, short_max=100),
    # plain text only: a label-like line (few words, Title Case, separators, a count) in the run of such lines that
    # touches the document's start before the title, or its end after the last paragraph of prose
    # (detectors/edge_chrome.py): at the edge's threshold, it goes alone there
    "navigation.edge_chrome": Strength("structure", 0.65, 0.0, short_max=200),
    # the line model's edge runs of a page's text (detectors/line_model.py): the finding's strength is the model's
    # score (at least data/line_model.json's threshold); this entry gives its match type and the floor
    "line_model.head": Strength("structure", 0.65),
    "line_model.tail": Strength("structure", 0.65),
    # the block model's pass over a short text / Markdown document's kept blocks (detectors/block_model.py,
    # decision.block_model; blockml40): the removal's confidence is the model's score; this entry gives its match type
    "block_model.block": Strength("structure", 0.65),
    # Markdown only (detectors/md_chrome.py): a label line, a link-only line or a weak finding in the run that touches
    # the head (after the title) or the end of a Markdown page, anchored by a removal or a strong label; a run of
    # hashtag headings ("# unity3d", "# gamedev") at an edge; a toggle control's two labels ("Enter fullscreen mode" /
    # "Exit fullscreen mode") next to a code block, anywhere: its shape is the evidence, so it goes in the body too
    "navigation.md_edge": Strength("structure", 0.65, 0.0, short_max=800),
    # tail36 (detectors/tail_zone.py): the page's end zone after the article's last paragraph of prose. A cookie
    # consent panel (a short line with a cookie word and a consent word, then short label / description lines to the
    # end, the body never naming cookies); a run of post cards (a line shape that comes back three times or more with
    # its digits changed, its links on one host; a table of such rows); short lines after a removed call to action or
    # related list at the end (the tail sweep, all or none); a comments-status line; an empty author box ("About
    # Admin") with only removals after it; a Creative Commons link alone on its line: the edge's strength or a little
    # over, never the middle's
    "rights_notice.consent_panel": Strength("structure", 0.8),
    "related.card_run": Strength("structure", 0.8, short_max=2000),
    "navigation.tail_sweep": Strength("structure", 0.65),
    "call_to_action.comments_status": Strength("structure", 0.8),
    "author_bio.empty_box": Strength("structure", 0.8),
    "rights_notice.licence_link": Strength("structure", 0.8),
    # ...anywhere: an aggregator's stamps ("12/05【Paper】" alone, or after a headline: two or more in the document)
    # and a bare read-more label alone between two paragraphs of prose (its link was dropped): the middle's strength
    "related.stamp_list": Strength("structure", 0.9, short_max=2000),
    "related.bare_read_more": Strength("structure", 0.9),
    # comment37 (detectors/comment_zone.py; famK family C): a block made only of a comment system's template lines
    # (data/comment_ui.json: WordPress, WordPress.com, Blogger, Disqus, Medium, BLOX, Forumotion) after the article's
    # last prose, and the short lines after the comment zone's first removal to the end (all or none, no sentence of
    # COMMENT_ZONE.sentence_words words): the edge's strength or a little over, never the middle's
    "call_to_action.comment_ui": Strength("structure", 0.85, short_max=1000),
    "call_to_action.comment_zone": Strength("structure", 0.65),
    # ...and category tags in capitals the segmenter cut off a paragraph's end after a sentence and a wide gap
    # (tailcuts.py): "… of Monza.    MEDICINE, HEALTH    SCIENCE"
    "navigation.tag_run": Strength("structure", 0.9),
    # a line that only points elsewhere for the article or more of it (detectors/pointer.py; pointer37, famK family
    # I): at the edges; with the article's address on a pointer to the full / original article ("/link"), or the same
    # line repeated after each teaser of the page ("/repeat"), the middle's strength too
    "source_credit.pointer_line": Strength("structure", 0.75),
    "source_credit.pointer_line/link": Strength("structure", 0.9),
    "related.pointer_line": Strength("structure", 0.75),
    "related.pointer_line/repeat": Strength("structure", 0.9),
    # (panel40) a thread's per-post panel: a count shape ("Posts: 88") and its neighbours' shapes, each repeated once
    # per post between posts of prose (detectors/post_panels.py): the middle's strength, the thread's posts between
    "navigation.post_panel": Strength("structure", 0.9, 0.0, short_max=200),
    "navigation.md_tags": Strength("structure", 0.65, 0.0, short_max=200),
    "navigation.md_toggle": Strength("structure", 0.9, 0.0, short_max=80),
    # Markdown only (mdfam31): a paragraph of template tags alone ("{{< blocks/products/main-wrap >}}"), anywhere;
    # a short line crediting a picture or a text to a stock site or a generator ("Image by … from Pixabay",
    # "Textos gerados pelo ChatGPT"), before the first paragraph of prose or after the last: goes at the edges
    "navigation.md_template": Strength("structure", 0.9, 0.0, short_max=400),
    # ...the description and the domain line of a link card a converter flattened (the linked page's own text)
    "navigation.md_card": Strength("structure", 0.9, 0.0, short_max=600),
    "source_credit.media_credit": Strength("structure", 0.7, 0.0, short_max=200),
    # ...a wiki's footer or a scraper's note naming the page's address ("Retrieved from \"https://…\""): edges
    "source_credit.retrieved": Strength("structure", 0.8, 0.0, short_max=400),
    # site repetition (cleaner/sites/apply.py, docs/sites.md): the site pass's verdicts, not findings; a removal's
    # confidence is the share of the site's pages that hold the block, so the entries give only the match. The
    # page's own short blocks inside the furniture its site removals mark: ``site.gap`` (one line between two
    # removals), ``site.head`` (a short run between the site's removals before the body), ``site.tail`` (after the
    # body, from its first removal on)
    **{f"site.{rule}": Strength("site", 0.0) for rule in ("edge", "run", "weak", "gap", "head", "tail")},
    # body protections (decision.py): not findings, the name of what kept a block. An article's own reference list
    # under a heading of data/references.json at the end of the article ("## Sources" over three titled links,
    # decision.protect_reference_lists) stays against the shapes a list of links has (navigation, related, a
    # credit line); an item's own finding of another kind at least this strong still goes (a share link 0.9, a
    # repost credit with its link 0.95), and so does the page's markup or the site's repetition ("dom", "site")
    "body.reference_list": Strength("structure", 0.85),
}

@dataclass(frozen=True, slots=True)
class LineBarShapes:
    """The sizes of detectors/lines.py's shapes (share bars, credit lines, related title lists)."""

    share_max_chars: int = 160  # a share bar is a short line...
    share_max_other_words: int = 1  # ...with at most this many words that are no share word, network or filler
    share_max_other_letters: int = 12  # ...of at most this many letters
    share_run_min_tokens: int = 3  # a share bar as one-word lines: at least this many share words / networks
    credit_max_chars: int = 160  # a credit line
    credit_max_label_words: int = 3  # "Main image credit"
    credit_max_value_chars: int = 100
    credit_max_value_words: int = 8
    credit_max_uncased_chars: int = 30  # a value in a script without case ("新华社")
    credit_max_per_document: int = 3  # this many credit lines in one document: the article's (a roundup's "via X")
    bare_credit_max_words: int = 5  # "via The Verge": a credit without a colon is shorter still
    title_min_chars: int = 12  # a title item
    title_min_chars_unspaced: int = 6  # ...in a script without spaces ("十种能熬过冬天的植物")
    title_min_mean_words: int = 4  # the titles under a lead: at least this many words on average
    title_max_chars: int = 150
    title_min_words: int = 3
    title_length_ratio: float = 3.5  # the longest title at most this many times the shortest
    title_case_share: float = 0.5  # title case: this share of the words of 4+ letters capitalised
    generic_min_mean_words: int = 5  # a lead of any wording: titles of at least this many words on average
    lead_max_chars: int = 60  # a lead line
    lead_max_words: int = 6
    list_block_max_chars: int = 1200  # a text block holding a lead and its items as lines
    max_titles: int = 40  # a list of more titles is the article's (and the search stays linear)
    section_blocks: int = 6  # a cue heading's section takes this many blocks (decision.Thresholds.section_max_blocks)
    nav_line_max_chars: int = 200  # detectors/navigation.py: a breadcrumb or a menu line (and its speed gate)


LINES = LineBarShapes()


@dataclass(frozen=True, slots=True)
class MetaLineShapes:
    """The sizes of detectors/meta_lines.py's shapes (date lines, counters)."""

    max_chars: int = 120  # a meta line is at most this long
    dateline_max_words: int = 4  # words besides the date, the numbers, the weekday and the meta words...
    dateline_bare_max_words: int = 2  # ...and without any meta word ("Archief voor augustus, 2011")
    counter_max_chars: int = 40  # a counter is shorter still...
    counter_max_words: int = 2  # ...with one number and at most this many words ("Top comments (0)")
    run_max: int = 2  # more meta-shaped lines in a row than this are a table or a schedule, not a post's record
    dateline_entries: int = 2  # this many date lines that each open a paragraph of prose: a diary's entries


META = MetaLineShapes()


@dataclass(frozen=True, slots=True)
class PostMetaShapes:
    """The sizes of postmeta.py (meta36): the second piece of evidence of a post's record next to its date."""

    max_chars: int = 100  # a post's record is at most this long
    label_max_words: int = 3  # a label before the date's colon ("Last update:") is at most this many words
    rubric_max_words: int = 3  # a rubric after a bullet closing the line ("• Новости дня") at most this many
    name_max_words: int = 3  # a name after a by-word closing the line ("di Maurizio Barra") at most this many
    record_min_kinds: int = 2  # a date line with this many kinds of evidence besides its date is the post's record
    lead_max_words: int = 3  # (postmeta38) a handle or a section joined to the date by a bullet or a dash: words
    count_min: int = 10  # (postmeta38) a bare count closing a date line is at least this (a smaller one: a day)
    cut_max_lines: int = 2  # (postmeta38) a record line is cut out of a paragraph among its first this many lines
    record_max_lines: int = 3  # (postmeta38) more record lines than this before the first prose: a thread's entries
    empty_value_min_separators: int = 2
    source_max_chars: int = 100  # a bare credit of a source ("Issu du site "X".") is at most this long...
    source_title_min_chars: int = 8  # ...and a title repeated after its lead at least this long (spaces aside)
    category_max_items: int = 8  # a post's categories after their lead: at most this many items...
    category_item_words: int = 4  # ...each of at most this many words
    byline_zone_blocks: int = 6  # a "by <Name>" line under the title: among the document's first blocks with words
    byline_max_chars: int = 40  # ...at most this long...
    title_max_chars: int = 300  # ...under a title of at most this many characters
    original_zone_lines: int = 150  # an "Original" label over a name: among the document's first lines...
    original_zone_chars: int = 8000  # ...(the cheap test reads this many characters of the first blocks)
    original_date_lines: int = 3  # ...with a date line at most this many lines under the name  # an empty label value: a colon and at least this many separators only


POST_META = PostMetaShapes()


@dataclass(frozen=True, slots=True)
class ChromeShapes:
    """The sizes of detectors/chrome.py's shape (a line of control labels at the article's edges)."""

    max_chars: int = 200  # a block of chrome lines is at most this long...
    line_max_chars: int = 80  # ...each line at most this long
    max_labels: int = 8  # ...with at most this many control labels in a line
    word_max_chars: int = 20  # one word among chrome lines (a platform's name) says nothing when this short
    residue_max_chars: int = 12  # a block without a letter this short is a widget's number or separator ("25 ·")
    run_min: int = 3  # a run of the post's record under the title: at least this many blocks


CHROME = ChromeShapes()


@dataclass(frozen=True, slots=True)
class HeaderRecordShapes:
    """The sizes of detectors/header_record.py (a block of the post's record under the title, plain text)."""

    max_blocks: int = 8  # the header: at most this many blocks after the title, before the first paragraph of prose
    max_chars: int = 200  # a record block is at most this long...
    line_max_chars: int = 80  # ...each of its lines at most this long
    own_max_words: int = 3  # a count's line holds at most this many words besides the count, its noun, meta words
    label_max_words: int = 3  # a label over its value ("Posts" / "724") is at most this many words...
    label_max_chars: int = 40  # ...and characters
    # (headchrome33) a block with a count and at least this many record lines (counts, dates, counters, values)...
    stray_min_record: int = 3
    max_strays: int = 1  # ...may hold at most this many lines of its own (a category line), and labels under nothing
    stray_max_words: int = 8  # a stray line (and a date's line with a byline) is at most this many words, no sentence


HEADER_RECORD = HeaderRecordShapes()


@dataclass(frozen=True, slots=True)
class PageLineShapes:
    """The sizes of detectors/line_shapes.py (a page's own lines by their shape at the head and tail, plain text)."""

    max_chars: int = 80  # a one-line block at most this long is looked at
    count_max_chars: int = 60  # a pager's or a search's count: at most this long...
    count_max_words: int = 6  # ...at most this many words...
    count_word_max_chars: int = 14  # ...each at most this long ("LastLast"); a count of results shows at most
    count_page_size: int = 200  # this many on a page ("Showing 11 to 20 of 145")
    # (headchrome33) a count of the post's record alone on its line ("21 likes", "Views (839)") holds at most this many
    # words besides its number, its noun and meta words (header_record's block allows more: its block is the record)
    record_count_own_words: int = 2
    reading_max_chars: int = 50  # a reading-time line: at most this long...
    reading_max_words: int = 2  # ...and this many words besides its phrase and its minute word
    date_max_chars: int = 40  # a line that is a date and nothing else...
    date_max_lines: int = 2  # ...of which the head holds at most this many (more: a list of dated entries)
    relative_max_words: int = 5  # a relative date ("Updated 2 years ago"): at most this many words...
    relative_own_words: int = 1  # ...of which this many besides its count, unit and relative word ("Updated")
    server_error_max_chars: int = 500  # a server's error output: at most this long a block
    server_error_tail_chars: int = 80  # ...with at most one line this short glued under it (no sentence: the page's
    # first label line, "August | 2017 | site"; textfam31)
    fields_max_chars: int = 120  # a line of record fields ("LABEL: value" twice or more): at most this long...
    field_label_words: int = 3  # ...each label at most this many words (spaced scripts)...
    field_label_chars: int = 6  # ...or this many letters (a script without spaces: "发布时间")...
    field_value_words: int = 6  # ...and the line at most this many words a field
    archive_max_words: int = 4  # an archive's heading: at most this many words besides its label
    prompt_max_chars: int = 100  # a paywall's prompt line: at most this long...
    prompt_max_words: int = 16  # ...and this many words (script-aware)
    prompt_lead_chars: int = 12  # ...a read-on question's phrase starts at most this far into it ("Do you want to")
    card_min_fields: int = 3  # a record card: a run of at least this many one-field lines ("LABEL: value")...
    card_min_record: int = 2  # ...at least this many of whose labels are a record's (data/line_shapes.json)
    credit_max_chars: int = 80  # a picture's credit line: at most this long...
    credit_max_words: int = 8  # ...and this many words after its label
    url_max_chars: int = 300  # a web address alone on a head's line (``page_url``): at most this long (onehead33)
    url_head_lines: int = 10  # ...and a glued head of at most this many lines with one is cut a unit a line
    first_pass_dates: bool = False  # the line cut's first pass names the head's date lines too (``first_pass``; off:
    # a date cut out of a page's head parted the title above it from the article, and the title went with the head's
    # menu: cleaneval, readability, lines29)


LINE_SHAPES = PageLineShapes()


@dataclass(frozen=True, slots=True)
class PostPanels:
    """The sizes of detectors/post_panels.py (a thread's per-post panels by their repeated shape; panel40)."""

    max_chars: int = 80  # a panel's line: at most this long...
    max_words: int = 8  # ...and this many words (script-aware), no sentence's end
    value_max_words: int = 5  # a "LABEL: value" field with a digit in at most this many words is one shape
    min_repeats: int = 3  # a panel's shape comes back at least this many times, the anchor in as many posts
    prose_words: int = 8  # a post's line of prose (between two copies of the anchor): at least this many words
    window_lines: int = 6  # a panel: the short lines next to the anchor's copy, at most this many each way
    member_share: float = 0.5  # a shape is the panel's when found in at least this share of the anchor's panels
    min_shapes: int = 2  # a panel holds at least this many shapes (the anchor and one more)
    block_max_lines: int = 8  # a block of at most this many lines, each of the panel's shapes, is taken


POST_PANELS = PostPanels()


@dataclass(frozen=True, slots=True)
class LineModel:
    """detectors/line_model.py: the learned line scorer at a page text's edges (weights in data/line_model.json)."""

    enabled: bool = False  # the scorer runs at all (plain text, a page's own lines). Off by default: it raises the
    # WET F1 of every set but loses more gold lines than the bar allows (docs/benchmarks.md, linemodel30; with
    # linemodel30b's guards: lines mode's cleanportaleval and chinese_cwced still over the bar, ~1.05-1.07x WET cost;
    # tree39's trees: cleanportaleval's gold lines lost 98 -> 147, 1.08x WET cost)
    prose_chars: int = 120  # a line of prose: this long at least (spaced length: the line cut's ``long_chars``)
    zone_gap: int = 5  # the page's densest run of prose: its prose lines at most this many lines apart
    min_lines: int = 8  # a page of fewer lines is not scored
    keep_near: int = 2  # the lines right above (below) the run of prose (a title, a byline; a sign-off)...
    near_threshold: float = 0.95  # ...go only with this score
    context_chars: int = 40  # a line under the threshold between two taken lines goes with them when this short
    sentence_min_words: int = 3  # ...and a sentence there of this many words ends the run (the article's own)
    title_window: int = 10  # the head's run ends above the last title-like line among this many above the prose
    lead_max_chars: int = 80  # a lead line ending with ":" of at most this many characters in the tail's run...
    lead_items: int = 3  # ...keeps at least this many lines under it (an article's list: names, addresses)
    overlap_guard: bool = True  # a line sharing the article's words ends the run (linemodel30b: an article's rows)
    sentence_guard: bool = True  # a sentence anywhere in a run (``sentence_min_words``) needs ``near_threshold``
    shape_guard: bool = True  # a wrapped line, a line of code, a full web address end the run (``_kept_shape``)
    term_min_chars: int = 4  # a content term: a word of at least this many characters (spaced scripts)...
    overlap_min_terms: int = 2  # ...a line shares the article's words with at least this many of its terms...
    overlap_share: float = 0.5  # ...and at least this share of them (its terms found in the densest run of prose)
    date_max_chars: int = 40  # a date line among the head's last ``title_window`` lines: at most this long; it and
    title_row_chars: int = 100  # the title-like lines right above it of at most this many characters stay
    outline_guard: bool = True  # an article's numbered line (an outline's, a section's, a programme's row), the
    # heading right above one, and a letter index's letter end the run; a tail with a letter leaves it whole; a
    # paragraph under a lead ending with ":" has no head's run (its list; linemodel30c)
    index_span: int = 4  # a letter index's letter needs another within this many lines (one "X": a close button)
    group_guard: bool = True  # a run gives back its lines next to the article that go on into it: a sentence broken
    # over lines, one list's items, one table's rows, a block of code's indented lines (``_retreat``; linemodel31)
    tail_sentence_words: int = 6  # a sentence of this many words (script-aware) ends the tail's run (a thread's
    # reply, a comment: a footer's sentences are rights and credit lines, which their detectors take; 0: off)
    index_guard: bool = True  # a record's index field in the head ("Doc. 10453", "Number: EHD2005...") ends its run
    own_evidence: bool = True  # a line that needs ``near_threshold`` (a sentence, a prose-sized line, a line next to
    # the article) needs it from the first stage too: the second stage's neighbours never take a sentence alone
    list_guard: bool = True  # an article's closing list right under its last prose line (like items: a worksheet's
    # labels, a list of names, a price list's label and value pairs) is never the tail's (linemodel31b)
    list_min_items: int = 3  # ...at least this many lines
    scorer: str = "trees"  # the lines' scorer: "trees" (boosted depth-limited trees, data/line_model_trees.json,
    # tree39) or "logistic" (the two logistic stages, data/line_model.json, linemodel30-31)


LINE_MODEL = LineModel()


@dataclass(frozen=True, slots=True)
class BlockModel:
    """detectors/block_model.py + decision.block_model: the learned block scorer of short pasted text / Markdown
    documents (blockml40; trees in data/block_model.json, its threshold there unless ``threshold`` is set)."""

    enabled: bool = False  # the pass runs at all. OFF by default: measured ON (docs/benchmarks.md, blockml40), it
    # moves held-out probe text 23.2 -> 29.0 % removed at 99.8 % kept, but takes article text of five gold bodies
    # (blockml40b: back with the guards below; still OFF: a text dump sample lost a section's short blocks)
    min_blocks: int = 3  # a document of fewer blocks is not scored...
    max_lines: int = 80  # ...nor one of more non-empty lines in its blocks...
    max_chars: int = 6000  # ...nor one of more characters (a WET page's text, its lines joined in a few blocks: the
    # line model's, never an excerpt; 90 % of the tuned probes' text / Markdown documents are under 2,400)
    clip: int = 12  # a block's index from the head / the tail and its distance to prose are clipped to this
    shape_chars: int = 120  # a block this short has a coarse shape another block may repeat
    threshold: float = 0.0  # the score a block needs (0: the model file's, chosen by grouped CV for precision)
    max_strength: float = 0.85  # a block whose own finding is this strong was judged by the detectors: not scored
    middle: bool = False  # a block between the article's first and last kept prose blocks is scored too (off: the
    # tuned probes' subheadings, a list of versions, a code line went there)
    heading_guard: bool = True  # a block without a sentence's end right over a kept prose block (its title, its
    # subheading) is not scored
    sentence_words: int = 8  # the article's span: its kept prose blocks, and its blocks of a sentence of this many
    # words (a Korean or Chinese paragraph under ``body_length``, a notes' line)
    item_links: float = 0.5  # a list item is scored only when this share of its text is links (a profile links' list)
    tail_anchor: bool = True  # after the article's last sentence a block goes only when the tail holds a removal
    # already (a footer, a credit, a prompt a detector found) or an anchor (a "©", an address, a strong label):
    # else it may be the article's closing poem or list
    lead_guard: bool = True  # an item of a list under a lead ending with ":" (a contents, a requirements list)...
    lead_items: int = 12  # ...within this many blocks of it is not scored
    # the guards of blockml40b (families of the gold bodies' losses; each off with False / 0):
    continuation_guard: bool = True  # a piece of a sentence broken over blocks (a block opening lower-case after
    # one without a sentence's end, the pieces ending in a sentence of ``sentence_words`` words) is not scored
    item_run: int = 3  # an item opening with a list marker ("+", "-", "*", "•", "1.") in a run of at least this
    # many items of its marker (a changelog) is not scored, unless every item of the run is a link / an address
    kicker_guard: bool = True  # a short line right above the title (its kicker, a series label) that ends with
    # ":" or reads "Label: title" (a lead of at most ``kicker_lead_words`` words before its ":") is not scored
    kicker_lead_words: int = 3
    run_period: int = 6  # a directory: blocks of one coarse shape (or a record of at most this many blocks)...
    run_repeats: int = 3  # ...repeated at least this many times in a row (0: off)...
    run_share: float = 0.5  # ...holding at least this share of the document's characters: its content, not scored


BLOCK_MODEL = BlockModel()


@dataclass(frozen=True, slots=True)
class PromptShapes:
    """The sizes of detectors/prompts.py (closing prompts in the tail zone, call-to-action button lines)."""

    closing_max_chars: int = 300  # a closing prompt is at most this long (``scripts.spaced_length``)
    lead_max_chars: int = 40  # a sentence before the prompt's term: a question, or a line at most this long
    teaser_max_chars: int = 240  # a next-episode teaser or a further-reading lead at most this long
    tail_max_blocks: int = 40  # the tail zone is at most this many blocks from the document's end
    found_strength: float = 0.6  # a body-sized block found this strongly is passed over by the tail zone
    prompt_strength: float = 0.8  # a call to action this strong in the tail zone lets teasers be found
    button_max_chars: int = 160  # a button line is at most this long...
    button_max_words: int = 16  # ...and this many words
    read_max_words: int = 5  # a read-more link before its arrow: at most this many words
    open_max_words: int = 8  # a line opening with a button word: at most this many words
    lead_min_strength: float = 0.85  # a closing prompt anywhere (md30): a call to action's lead cue this strong...
    lead_max_sentences: int = 2  # ...opens a paragraph of at most this many sentences (and ``closing_max_chars``)
    pitch_max_chars: int = 400  # a pitch box (mdfam31): a paragraph of at most this many characters with a tracking
    pitch_min_terms: int = 2  # ...link (a shortener's, an affiliate network's) and this many sales terms or more
    pitch_again_max_chars: int = 240  # the same tracking link again in a paragraph at most this long (2 sentences)


PROMPTS = PromptShapes()


@dataclass(frozen=True, slots=True)
class EdgeChromeShapes:
    """The sizes of detectors/edge_chrome.py's label lines (plain text's chrome at the head and the tail)."""

    line_max_chars: int = 80  # a label line is at most this long...
    short_words: int = 3  # ...a line of at most this many words is a label unless it reads as a fragment of prose
    max_words: int = 8  # ...a Title Case line at most this many words
    content_word_chars: int = 4  # ...whose words of this many letters or more all open with a capital
    item_max_words: int = 4  # ...a line of items between separators: each item at most this many words
    uncased_max_words: int = 4  # ...a line of a script without case, spaced: at most this many words
    unspaced_max_chars: int = 16  # ...a line of Han / kana / Thai: at most this many characters
    unspaced_item_chars: int = 12  # ...or items between separators of at most this many
    title_min_words: int = 4  # the head's first line of this many words (no separators) may be the title...
    title_min_chars: int = 8  # ...or of this many characters in a script without spaces
    prose_line_chars: int = 120  # a line this long (or a sentence of more than ``short_words`` words) is prose
    prose_min_words: int = 25  # a paragraph of ``body_length`` characters or this many words (script-aware) is prose
    min_run: int = 3  # a run of fewer label lines, none strong, no removal in it or next to it, stays
    residue_max_chars: int = 12  # a line without a letter this short ("×", "·", "11") is passed over in a run
    record_max_words: int = 5  # a date line or a counter (a strong label) has at most this many words
    headline_gap: int = 2  # a headline has its article's first paragraph of prose at most this many one-line
    # blocks below it (a byline, a date line, the site's name): a shorter run above it is the page's chrome when
    # none of its lines shares a word with the article (text11f)
    headline_run: int = 2  # ...a run of at least this many lines (a date line counts): one short line over a
    # headline may be the title over its subtitle ("Näin uimahalli rahoitetaan")
    own_word_chars: int = 4  # a word of this many letters or more is a content word (the article's own words)
    table_min_rows: int = 3  # a cut page's tail run with at least this many rows (a figure and a word, a key and its
    table_row_share: float = 0.3  # value) making at least this share of its lines is a table, never chrome (lines13)
    table_key_max_chars: int = 40  # ...a key's row: a key of at most this many characters, a colon, its value
    foreign_gap_lines: int = 2  # a cue's piece (a rights heading) with at least this many short lines under its
    foreign_gap_max_lines: int = 8  # line (at most this many looked at) that end no sentence, then a line of prose
    foreign_prose_words: int = 8  # (at least this many words): the prose is not the cue's, cut off (textfam32)


EDGE_CHROME = EdgeChromeShapes()


@dataclass(frozen=True, slots=True)
class LineCutShapes:
    """The sizes of readers/text.py's line cuts (a plain-text paragraph whose lines are a page's own lines, as a
    crawler's extraction gives them, cut into one unit a line; issue 11, lines12)."""

    min_lines: int = 3  # a paragraph of at least this many lines...
    short_chars: int = 40  # ...with a line shorter than this (spaced length) among them...
    long_chars: int = 120  # ...and a line at least this long (a prose line of the page, as edge_chrome's prose: the
    # default Thresholds.body_length): the gate
    wrap_max_chars: int = 160  # a paragraph whose widest line is at most this wide...
    wrap_width_share: float = 0.7  # ...and whose lines but the last reach this share of that width...
    wrap_lines_share: float = 0.6  # ...for at least this share of them is hard-wrapped prose: never cut
    run_line_chars: int = 80  # the page's head and tail (before the first prose line, after the last): a run of
    # lines narrower than this (spaced length) of one shape (labels; lines without a letter) is one unit, a line
    # ending a sentence a unit of its own (lines13: a WET page's hundreds of menu lines cost tens of units; at 40,
    # a menu's longer items parted the runs, at 120 the tail's related titles joined them: wet_text.py)
    model_head_lines: int = 12  # with the line model's runs: the lines between the head's run and the article's
    # first line of prose, when at most this many, are a unit each (detectors/line_model.py)
    run_near_lines: int = 3  # ...but the lines this close to the first or the last prose line (the title's, the
    # byline's, the footer's zone, which the author's and the title's steps read line by line) stay one unit a line
    naming_line_chars: int = 80  # a bio line of a cut page whose person's surname a line this long names is the
    # article's subject, not its author (result.py ``_named_on_page``)
    runs: bool = False  # True: lines13's cut (every head and tail line a unit but runs of short lines of one shape,
    # the body's lines on a page of prose), the first pass's named lines cut out of the runs; False: the cut only
    # where the first pass names a line (lines29: lines13's cut costs 1.3x on WET pages, wet_cost.py)
    item_max_chars: int = 100  # plain text: a prose line under a one-line list item this short that ends no sentence
    # is the next paragraph, glued to it with a single newline (readers/text.py ``_glued_after_item``, lines36)
    item_max_doc_lines: int = 60  # (only in a document of at most this many lines: a WET page's bullets stay whole)
    item_prose_chars: int = 80  # (a line of prose there: ``long_chars`` wide, or this wide with a sentence's end inside)
    middle_prose_share: float = 0.5  # the lines between the first and the last prose lines are cut only when the
    # prose lines hold this share of the paragraph's text (a page of prose; a listing's or a menu page's middle
    # stays one unit: every line a block doubled a WET page's time, wet_cost.py)


LINE_CUTS = LineCutShapes()


@dataclass(frozen=True, slots=True)
class GluedShapes:
    """The sizes of detectors/glued.py's line shapes of glued plain text (lines36): each such line a unit of its own
    (readers/text.py, the line cut's first pass), then a finding."""

    table_min_rows: int = 3  # a pipe table's rows whose last cell is the same call (a column that says nothing)...
    cell_max_words: int = 4  # ...of at most this many words, two at least (or a label of a script without spaces)
    slug_min_parts: int = 4  # a file-name slug: at least this many lower-case ASCII parts joined by hyphens...
    slug_word_share: float = 0.5  # ...this share of its letter parts words of the neighbouring lines or the title
    slug_near_lines: int = 2  # (the lines this close, either side, and the document's first line)
    image_number_max: int = 999  # "Illustration 1": a placeholder's number at most this
    ad_slot_max_words: int = 7  # "BANNER A - ARLEIDE ÓTICA": the slot word and at most this many capitalised words
    ad_slot_name_words: int = 3  # ...of which at most this many without a dash between the slot and the advertiser
    share_min_names: int = 3  # a share bar by repetition: at least this many network names...
    share_prefix_words: int = 2  # ...each after the same run of this many words ("Поделиться новостью в")...
    share_run_share: float = 0.5  # ...the bar this share of its line at least
    share_distinct_share: float = 0.7  # (its cheap test: at most this share of the line's words distinct)
    max_chars: int = 400  # a line longer than this has none of these shapes
    max_paragraph_lines: int = 60  # a paragraph of more lines (a WET page's: its lines are the line model's and
    # edge_chrome's runs) has none cut out (wet_text.py scrapinghub: a cut in the middle parted their runs)
    siblings_max_items: int = 5  # title-template siblings: a run of at most this many list items in the body...
    siblings_max_chars: int = 120  # ...each at most this long...
    siblings_min_fixed: int = 3  # ...with at least this many of the title's words...
    siblings_fixed_share: float = 0.5  # ...this share of its words at least...
    siblings_max_slot: int = 4  # ...and one to this many other words (its topic) the rest of the document never uses
    credit_max_words: int = 5  # a "©" credit line of at most this many words is cut from the caption under it...
    credit_caption_chars: int = 40  # ...a line this long at least that ends a sentence
    slug_letters_min_parts: int = 6  # a slug of letters only (no number, no image extension): this many parts


GLUED = GluedShapes()
#: Their rules: a glued line the cut parted from a paragraph takes no piece of that paragraph with it (the caption
#: under an ad slot's title stays: decision.py ``neighbour.same_paragraph``)
GLUED_RULES = frozenset({"navigation.link_table", "navigation.image_remnant", "affiliate.ad_slot",
                         "call_to_action.share_repeated", "related.title_siblings", "navigation.script_residue"})


@dataclass(frozen=True, slots=True)
class ResidueShapes:
    """What a picture, an embed or a script leaves on a line (detectors/image_residue.py, image37; famK H and K)."""

    max_chars: int = 300  # a line longer than this is no residue...
    embed_max_chars: int = 4000  # ...but an embed frame's address with its query, at most this long
    label_max_chars: int = 120  # a credit, a label, a button: at most this long (an ads.txt record too)
    file_stem_max_chars: int = 80  # a picture's file name: at most this many characters before the extension
    credit_max_words: int = 5  # a "(c)" or "=" credit: at most this many words of names...
    stock_lower_words: int = 3  # ...a stock credit: at most this many lower-case words between its image word and
    # its host ("by", "on"; "courtesy of ... via")...
    glued_credit_max_words: int = 10  # ...a "©" glued after an alt text: the line at most this many words
    gutter_min: int = 10  # a line-number gutter: 1..n written together, n at least this ("12345" is a value:
    # a tutorial's output, wcxb_dev 2858)
    shared_max_words: int = 25  # Instagram's "A post shared by <Name> (@handle) on <date>": at most this many words
    player_run_min: int = 3  # a media player's labels: a run of at least this many lines...
    player_strong_min: int = 2  # ...this many of them the player's own ("Current Time 0:00", "Playback Rate")
    script_max_chars: int = 4000  # a script's localised data: a block at most this long
    max_paragraph_lines: int = 60  # (as GLUED.max_paragraph_lines: a WET page's lines are the line model's)


RESIDUE = ResidueShapes()
#: Their rules a block next to an image is still found as: a picture's file name, label or viewer button, a script's
#: residue are the picture's or the page's, no caption (decision.py ``protect_inner_body``)
RESIDUE_NOT_CAPTION = frozenset({"navigation.image_remnant", "navigation.script_residue"})


@dataclass(frozen=True, slots=True)
class TextZoneShapes:
    """The sizes of the body zone of a plain-text page whose lines are blocks (detectors/edge_chrome.py
    ``body_zone``; branch wet11): the densest run of prose, jusText's / CCNet's main body region."""

    min_stop_density: float = 0.15  # a prose block's words: at least this share function words (spaced scripts;
    # a glued menu "TrainingWhere to RideRacing..." or a tag line has almost none)
    max_link_density: float = 0.5  # ...and at most this share link text
    prose_weight_cap: float = 4.0  # a prose block weighs its length in ``body_length`` units, at most this much
    label_cost: float = 1.0  # a label line (or a block found at the edge's strength) costs this much
    island_gap: float = 3.0  # text blocks parted by at least this much label cost are two islands of text
    island_max_weight: float = 2.0  # an island at an edge weighing at most this much (and less than the label
    # lines that part it from the rest) is left out of the article's zone: a boilerplate sentence or two...
    island_max_share: float = 0.5  # ...and at most this share of the text left inside (the article dominates)
    min_line_share: float = 0.55  # the zone is looked for only on a page whose one-line blocks of a label's width
    # are at least this share of its blocks (a page whose lines are blocks: a WET page's menus; wet11's cases 0.57 and
    # more; 45 of speed.py's 168 bench bodies, whose zone weights cost 5 % when every page had them:
    # edge_chrome ``lines_page``, lines29)


TEXT_ZONE = TextZoneShapes()


@dataclass(frozen=True, slots=True)
class MdChromeShapes:
    """The sizes of detectors/md_chrome.py's shapes (Markdown's page chrome at the edges, toggle labels)."""

    toggle_max_words: int = 5  # a toggle control's label is at most this many words...
    toggle_min_words: int = 2  # ...at least this many (its verb and what it acts on)
    tag_max_chars: int = 30  # a hashtag heading ("# unity3d"): one token of at most this many characters...
    tag_min_run: int = 2  # ...in a run of at least this many headings
    panel_min_labels: int = 4  # a paragraph of this many label lines or more...
    panel_label_share: float = 0.6  # ...this share of its lines at least: a widget's panel, not prose
    panel_max_lines: int = 60  # ...and at most this many lines (a widget's panel is short; also the most lines
    # peeled off the end of the last paragraph)
    box_min_links: int = 2  # a plain heading at the end is a box's label over at least this many link-only lines
    menu_min_links: int = 3  # a menu's list (mdpages33): at least this many items that are each one menu link...
    menu_link_share: float = 0.8  # ...this share of its items with words at least (the others short labels)
    zone_menu_min_links: int = 5  # a menu's list wholly in the head or end zone goes on its own with this many
    # menu links or more (mdpages34, ``md_chrome.zone_menus``)
    zone_link_min_blocks: int = 5  # a run of link blocks in the head or end zone (labels between them) goes with this
    # many link-only blocks or more (mdpages34b, ``md_chrome.zone_links``)
    note_min_words: int = 3  # a post's own edit note says at least this much after its label
    lead_own_words: int = 5  # a "continue reading" lead after a quotation with this many words of its own is the
    # post's pointer to what it quotes
    slug_max_tokens: int = 6  # a converter's menu item: at most this many tokens, one a page name ("Create_account")
    slug_max_lines: int = 3  # ...on at most this many lines
    dense_min_evidence: int = 4  # a crawler dump's tail: at least this many removals and page-name items...
    dense_share: float = 0.4  # ...this share of the blocks after the last paragraph of prose at least (mdfam31)
    dump_head_blocks: int = 6  # a crawler's envelope ("URL Source:") is among the document's first blocks
    dense_pass_strength: float = 0.5  # ...a paragraph of prose found this strongly is passed over, not the run's end
    retrieved_max_chars: int = 400  # a "Retrieved from <address>" line is at most this long
    card_max_blocks: int = 3  # a link card's description: at most this many blocks between its title and its domain
    credit_max_words: int = 16  # a picture's or a generator's credit line (mdfam31) is at most this many words...
    credit_max_chars: int = 200  # ...and this many characters
    output_hard_breaks: int = 2  # a paragraph of a tool's output (md30): this many lines end with a hard break ("\\")
    # at least, or it sits between two template tag lines ("{{< sample-block >}}" … "{{< /sample-block >}}")...


MD_CHROME = MdChromeShapes()


@dataclass(frozen=True, slots=True)
class MdMeta:
    """mdmeta.py (mdfam31): a Markdown post's author from its own boxes' shapes."""

    sign_off_blocks: int = 4  # a sign-off that names the writer is in the document's last this many blocks with words
    name_max_chars: int = 60  # the name line after a byline label alone ("By:") is at most this long...
    prose_chars: int = 120  # ...and comes before the first block of this many characters (the prose)
    signature_blocks: int = 4  # mdfam32: a signature line (a name and an identifier) in the last this many blocks...
    signature_max_chars: int = 60  # ...at most this long


MD_META = MdMeta()

#: mdfam32 (issue 11 item 4): a caption split at a credit's cue ("Figure 3. The sites. Source: the survey map.") is
#: the article's when a piece of it without a finding of its own has at least this many words (its description), at
#: the edges too; a credit alone under a picture ("Photo: Getty Images") has none and still goes
CAPTION_DESCRIPTION_WORDS = 3
CAPTION_MAX_PIECES = 4  # ...and of at most this many pieces (a caption is a line or two, never a section)


@dataclass(frozen=True, slots=True)
class DefinitionLists:
    """detectors/definitions.py: a list of "<label>: <a sentence>" items is the article's glossary."""

    min_items: int = 3  # a list of at least this many items...
    share: float = 0.6  # ...this share of them definitions
    label_max_words: int = 4  # a definition's label: at most this many words before the colon
    min_words: int = 6  # ...and at least this many words after it (a credit's value is a name or two)


DEFINITIONS = DefinitionLists()

#: An affiliate lead ("Disclosure:") gives way to its disclosure phrase when that is at least this strong.
AFFILIATE_PHRASE_OVER_LEAD = 0.8
#: Supporting evidence: a structural finding on a block whose content words the rest of the article barely shares
#: (``overlap`` under ``LOW_OVERLAP``) gains ``LOW_OVERLAP_BONUS``; never a finding by itself.
LOW_OVERLAP = 0.15
LOW_OVERLAP_BONUS = 0.1


def strength(rule: str, length: int = 0) -> float:
    return RULES[rule].at(length)


def match_of(rule: str) -> str:
    """The match type of a rule ("" for a rule this table does not know, e.g. a user's own)."""
    entry = RULES.get(rule)
    return entry.match if entry is not None else ""
#: A one-word reported-speech term (data/families.json ``unless``) shorter than this is another language's word too
#: (Swedish / Norwegian "sa", "said", is French "sa", "his / her"): left out of ``families.reported_speech``, as
#: detectors/bios.py leaves it out of a bio's reported terms. Terms of scripts without spaces are kept.
REPORTED_MIN_LETTERS = 3


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """textmeta.py: author and source URL of text and Markdown from bylines in dated lines, author links, credit
    URLs and front matter (the fallbacks after a removed bio or credit and the markup)."""

    name_min_words: int = 2  # a name: at least this many capitalised words ("Jane Doe"; "by Reuters" is no author)...
    name_max_words: int = 4  # ...and at most this many (particles and a spaced hyphen besides)
    name_max_chars: int = 60  # an author link's anchor longer than this is a title, not a name
    head_blocks: int = 6  # the first blocks a byline or an author link is looked for in (or up to the first...
    prose_min_chars: int = 120  # ...paragraph of prose, a sentence of this many characters at least...
    head_max_blocks: int = 40  # ...but not beyond this block)...
    tail_blocks: int = 6  # ...and the last ones
    byline_max_chars: int = 160  # a post's record line is short...
    byline_max_words: int = 25  # ...and of few words
    credit_block_max_chars: int = 2000  # a removed block longer than this is not read for a credit URL
    # a credit paragraph trafilatura dropped (readers/page_credit.py, htmlmeta35): its text before the link at most
    # this long ("Quelle:", "Originally published on") and its whole text at most that long (a credit, not prose)
    page_credit_label_max_chars: int = 60
    page_credit_max_chars: int = 300
    record_after_lines: int = 6  # a name shown twice: a date line within this many lines after it
    bio_label_max_words: int = 4  # a removed bio's "<label>: <name> is ...": a label of at most this many words
    role_byline_max_chars: int = 80  # "By Jane Doe, Staff Writer" / "作者：王小明": a byline line of at most this...
    role_max_words: int = 6  # ...with a role or an outlet of at most this many words after the name
    credit_author_max_chars: int = 300  # a repost's credit line naming the original's author: at most this long
    # textbylines.py (authors11b)
    title_zone_lines: int = 2  # a bare name line with a date: among this many lines after the title...
    bare_name_max_words: int = 3  # ...a name of at most this many capitalised words ("Jane Doe", "Nguyễn Văn An")...
    byline_parts_max: int = 4  # ...alone, or the first of at most this many parts ("Jane Doe | date | Category")
    record_zone_lines: int = 6  # "时间：… 来源：… 作者：王小明": a record line among the first lines before the prose
    # meta38: a post's record line naming its writer by a handle or a name without case ("koomin·2024년 10월 15일")
    record_name_max_words: int = 3  # a labelled name of at most this many words before the date...
    handle_min_chars: int = 3  # ...an unlabelled handle ("koomin", "TeaC", "lobst3r") of this many characters...
    handle_max_chars: int = 24  # ...to this many
    record_scan_lines: int = 30  # a labelled record line among this many head lines (a WET page's head is long)
    # authors11c
    names_max: int = 8  # a byline's list of authors ("Par A, B, C et D"): at most this many names are read...
    card_lines_max: int = 4  # a platform's author card: at most this many lines ("·", "Follow", "5 min read") between
    card_line_max_chars: int = 30  # ...a bare name and its date line, each this short
    bare_list_max_names: int = 4  # ...and at most this many when nothing but the label comes with them (no role,
    # date or record: "Par A, B, C et D" under the title; a longer list there is a panel's or a credits' list)
    # linebylines.py (authors11e): a page text whose lines are its blocks (WET)
    record_rest_words: int = 2  # a post's record line goes on after its byline's name in lower case in this many words
    # at most ("by Jane in News") or to a date ("by Jane on March 12, 2024"; authors32)
    record_date_words: int = 6  # a date line under a bare name: at most this many words of letters besides the date's
    # months and weekdays ("Updated Nov. 19, 2019 8:21 am ET"; authors32)
    wet_head_before: int = 10  # the byline is read among this many lines before the article's first line of prose
    wet_prose_gap: int = 2  # the article's first line of prose: one another one follows within this many lines (a
    # teaser's or a standfirst's sentence alone comes before the byline and its date)
    wet_cjk_prose_min_chars: int = 40  # a line of prose in a CJK script: this many characters and a sentence's end
    wet_page_head_lines: int = 8  # a bare name and its date are read only in a page's text: this many lines at least
    # before the article's first line of prose (its menus, its title; an article's own text has its title first)
    # authors11f
    wet_tail_bio_lines: int = 3  # a third-person bio is read among this many last lines of prose of a page's text...
    wet_tail_bio_max_chars: int = 400  # ...each this short (a bio's one or two sentences)...
    wet_label_head_before: int = 20  # a byline's label line is read among this many lines before the article's prose
    # (a share bar's, a picture's and its caption's lines between them)
    wet_label_far_before: int = 40  # ...and, when nothing else named the author, this many (a photo's caption, a share
    # bar, an advertisement's lines between the byline and the prose; the label on no other line there; authors32)
    page_long_prose_chars: int = 200  # a page text without a line of prose: its article starts at the first line of
    # this many characters holding a sentence's end before its own (pagebylines.py, authors30)
    wet_wrapped_min_chars: int = 50  # a text wrapped at a fixed width, without a line of prose's length: its article
    wet_wrapped_run: int = 3  # ...starts at the first of this many lines in a row, each this long at least
    wet_tail_label_lines: int = 6  # a post's footer byline ("Posted by Jane Doe at 8:50 AM"): this many lines after its
    # last line of prose at most (a comment's poster comes further down)
    wet_tail_run_gap: int = 4  # ...or after the article's run of prose: its lines of prose each within this many lines
    bio_role_skip: int = 2  # ...its writer's role after the copula past at most this many words ("an award-winning")
    # authors33
    menu_bio_line_words: int = 3  # a removed bio's section names somebody only if one of its blocks
    # is a sentence (a sentence's end after this many words at least) or reaches ``menu_bio_line_chars``: else it is
    # a menu's run under an "About" item ("About Me" / "Work with Me" / "Privacy Policy")
    menu_bio_line_chars: int = 80
    outlet_max_words: int = 4  # a news outlet's line between a bare name and its date line: at most this many words
    outlet_headline_words: int = 4  # ...the line above the name a headline of this many words at least
    menu_bio_min_lines: int = 3  # ...a run of this many lines at least ("About the author" / "Jane Doe" is a bio's)
    # authors34
    record_word_line_words: int = 2  # a line of the record's words alone between a bare name and its date ("Jane Doe"
    # / "Updated" / "1:39 am EST, Wednesday, November 20, 2019"): at most this many words
    record_name_repeats_max: int = 2  # ...its name's line printed on at most this many other lines (a listing's
    # artist or author over each item: "Jane Doe" / "Album Title" / "Release: 04.02.2022", eight times)
    archive_link_max_chars: int = 80  # an author's archive link with the name ("Recent from Jane Doe", "Jane DoeView
    # More Articles"): the line at most this long
    # meta35 (clockbyline.py)
    clock_between_max_tokens: int = 2  # a post's footer "Posted by Jane Doe at 10:32 PM": at most this many lower-case
    # words or signs between the name and the clock time ("at", "à(s)", "zaman:", "a les")


TEXT_META = TextMetadata()


@dataclass(frozen=True, slots=True)
class ReferenceLists:
    """detectors/references.py and ``decision.protect_reference_lists``: an article's own list of its sources."""

    heading_max_chars: int = 60  # a reference heading line ("Notes and references", "Fuentes consultadas")...
    heading_max_words: int = 6  # ...of at most this many words
    item_max_chars: int = 500  # an item (a reference entry may be a sentence or two; prose is longer)...
    line_max_chars: int = 160  # ...a line of a paragraph without a marker or a reference's shape: this short
    title_min_letters: int = 2  # an item with a title: this many letters besides its addresses
    min_items: int = 2  # a reference list: at least this many titled items ("Source: <url>" alone is a credit)
    # md30: a recommendation list (``references.recommendation_items``): a lead sentence over link items to other hosts
    lead_min_words: int = 6  # the lead says this much at least (script-aware words): a sentence, not a label
    # ("Related posts:", "Read more:", "You may also like:")...
    lead_max_chars: int = 300  # ...and at most this much
    max_items: int = 12  # at most this many items (a longer run of links is a directory or a menu)


REFERENCES = ReferenceLists()


@dataclass(frozen=True, slots=True)
class CaptionCredits:
    """captioncredit.py: a picture's credit glued to its caption's front or end, cut off (caption32)."""

    max_chars: int = 600  # a piece longer than this is no caption
    min_words: int = 4  # the caption after a credit at its front: at least this many words
    title_max_words: int = 15  # a byline label cuts only under a title-like line of at most this many words
    tail_max_chars: int = 80  # a credit at a caption's end starts within its last this many characters...
    tail_max_words: int = 8  # ...and is at most this many words
    tail_before_words: int = 3  # ...after at least this many words of caption


CAPTION_CREDITS = CaptionCredits()


@dataclass(frozen=True, slots=True)
class GateShapes:
    """detectors/gates.py: a login / cart / account box and a document archive's record card and download gate by
    their lines (caption32)."""

    block_max_chars: int = 900  # a block longer than this is not read (a WET page's one block)
    form_max_chars: int = 60  # a form line: at most this long...
    form_cover: float = 0.6  # ...its letters this much covered by form labels ("Free CRM Account": 0.5, no form)
    gate_max_chars: int = 200  # a download gate's line: at most this long
    card_max_chars: int = 120  # a file record's line: at most this long
    short_max_words: int = 6  # a short line of the same run (a menu item): at most this many words...
    short_max_unspaced: int = 16  # ...or characters in a script without spaces
    min_lines: int = 2  # a box: at least this many form / cart / card / gate lines...
    min_share: float = 0.25  # ...this share of its lines at least (a login box over a menu's run: 4 of 13)...
    box_other_share: float = 0.25  # ...and at most this share of lines of none of the box's kinds, short or support
    help_min_lines: int = 2  # a box's help text next to it: at least this many support lines...
    help_share: float = 0.75  # ...and this share of its lines support or short
    defer_strength: float = 0.5  # a block a detector already gives a finding this strong keeps that finding alone


GATES = GateShapes()


@dataclass(frozen=True, slots=True)
class NewsLineShapes:
    """newslines.py / detectors/newslines.py: the lines a news page's text sets inside the article (news34): a
    teaser for another story ("ALSO READ | <headline>", "Lire aussi <headline>"), an ad slot's label
    ("Advertisement", "Story continues below advertisement"), a wire's credit in parentheses ("(Reporting by X;
    Editing by Y)")."""

    line_max_chars: int = 220  # a news line is at most this long
    teaser_min_words: int = 2  # a teaser's headline after its label: at least this many words...
    teaser_max_words: int = 30  # ...and at most this many
    bare_min_words: int = 5  # a label without a separator ("Lire aussi Covid-19 : …"): a headline this long at least
    label_max_words: int = 6  # a teaser's label is at most this many words
    ad_max_chars: int = 60  # an ad marker's line is at most this long
    credit_max_chars: int = 200  # a wire credit in parentheses is at most this long
    credit_max_lower: int = 1  # ...each of its segments at most this many lower-case words besides the joiners
    min_prose_share: float = 0.5  # a paragraph is cut at its news lines when this share of its lines are prose (a
    # news text's paragraphs one a line; a WET page's one block of menus and short lines is left to its own cuts)
    prose_min_chars: int = 80  # a news line goes after the article's first paragraph of prose: one this long at
    # least, with a sentence's end (before it a page's head: its title, menus, a hatnote; cascades of removals there
    # took the title and menus' gold lines on the WET pages)


NEWS_LINES = NewsLineShapes()


@dataclass(frozen=True, slots=True)
class TailPeel:
    """detectors/tail_peel.py: boilerplate sentences fused into the article's last paragraph of plain text or
    Markdown, with no cue phrase to split at (fused34, issue 11)."""

    enabled: bool = True
    max_block_chars: int = 4000  # a paragraph at most this long...
    min_mean_line_chars: int = 40  # ...in lines at least this long on average (not a WET page's one block)
    max_sentences: int = 4  # the last this many sentence starts of the paragraph are tried...
    max_chars: int = 1200  # ...within this many characters of its end (a bio's longest block)
    min_body_chars: int = 40  # the paragraph's body part before the first point keeps at least this much
    opener_min: float = 0.75  # the run's first piece goes by its own finding at least this strong
    max_trials: int = 2  # the document is judged again, cut at one point, for at most this many points
    opener_kinds: tuple[str, ...] = ("author_bio",)  # the run's first piece goes by a finding of these kinds...
    opener_rules: tuple[str, ...] = ("call_to_action.contact_line", "call_to_action.follow_line")  # ...or rules
    short_piece_chars: int = 80  # a run's first piece this short may go by a one-word lead ("Copyright 2017 X.")


TAIL_PEEL = TailPeel()


@dataclass(frozen=True, slots=True)
class HeadCopies:
    """headcopies.py / decision ``_head_copies`` (head36, issue 11): plain text's head lines that are chrome by
    repetition or by a copy of the title: a site's name printed twice on one line ("Name Name"), a breadcrumb whose
    last part is the title ("Home News <title>"), a masthead's lines printed twice in a row, a site's name printed
    twice with its tagline between."""

    enabled: bool = True
    max_line_chars: int = 160  # a head line judged here is at most this long (spaced length)
    doubled_min_words: int = 2  # "X X": each half at least this many words ("Bye Bye" stays)
    crumb_max_words: int = 3  # a breadcrumb's label words before the title's copy: at most this many...
    crumb_max_chars: int = 40  # ...and this many characters
    title_min_chars: int = 12  # the copied title at least this long
    suffix_max_words: int = 2  # a title followed by a platform's label: at most this many label words
    crumb_title_words: int = 4  # ...and of this many words at least, on a block next to the breadcrumb
    run_min_lines: int = 2  # a run of lines printed twice in a row: at least this many lines...
    run_max_lines: int = 40  # ...in a block of at most this many lines (the search is quadratic in them)
    run_share: float = 0.6  # ...making at least this share of its block's lines
    name_max_chars: int = 80  # a site's name printed twice: a label line, or one this short with no sentence end
    start_run_min: int = 2  # label lines from the document's start to a strong removal: at least this many
    edge_run_blocks: int = 3  # a run of this many removed blocks near the head is an edge for a weak finding
    menu_list_min: int = 3  # a menu list at the head: at least this many items, one removed as navigation
    sandwich_max_words: int = 3  # a section label between two copies of the title: at most this many words
    head_prose_words: int = 6  # a Markdown page's head ends at a paragraph with a sentence end this long at least
    foreign_max_share: float = 0.34  # a site's name printed twice and its tagline: at most this share of their
    # content words in the article's prose (a title's words are the article's)


HEAD_COPIES = HeadCopies()


@dataclass(frozen=True, slots=True)
class TailZone:
    """detectors/tail_zone.py (tail36, probeJ families J2-F3, J2-F4, J1-F6, J1-F7, J2-F11): the page's widgets after
    the article's last paragraph of prose, by their shape."""

    consent_max_chars: int = 200  # a consent panel's anchor line (a cookie word and a consent word) at most this long
    consent_line_max_chars: int = 160  # ...and every block from it to the end at most this long (spaced length)...
    consent_max_blocks: int = 16  # ...at most this many of them
    card_runs: bool = False  # the run of post cards by repetition: off (md_pages wcxb_dev, held out: 1,382 gold lines
    # lost with its heading and size guards; 4 on the tuned sets); the cards' table stays on
    card_min_repeats: int = 3  # a card's line shape (digits masked) this many times in the tail: a run of post cards
    card_max_period: int = 5  # ...at most this many blocks from one copy to the next
    card_item_max_chars: int = 120  # ...each block of the run at most this long (a card's title, date, count)
    card_table_min_rows: int = 3  # a table of at least this many rows, each one link and a date: the cards' table
    sweep_max_chars: int = 60  # the tail sweep: a kept block at most this long (spaced length)...
    sweep_anchor: float = 0.8  # ...after a removal of a call to action or a related list at least this strong...
    sweep_max_sentences: int = 1  # ...at most this many of them ending a sentence (an FAQ's short answers: none)
    prose_floor_words: int = 6  # a document without a paragraph of prose: its last paragraph that ends a sentence of
    # this many words or more ends the article (short Korean paragraphs)
    stamp_min_lines: int = 2  # an aggregator's stamp ("12/05【Paper】") on at least this many lines of the document
    stamp_headline_max_chars: int = 80  # ...a headline before a stamp at most this long


TAIL_ZONE = TailZone()


@dataclass(frozen=True, slots=True)
class PointerLines:
    """detectors/pointer.py (pointer37, famK family I): a line that only points the reader elsewhere for the article
    or more of it ("Read the full article at <url>", "Читайте на <site>", "阅读原文", "Ver receita")."""

    max_chars: int = 90  # the line without its addresses at most this long (spaced length)
    block_factor: int = 4  # the cheap gate before the line is read: its block at most this many times
    # ``max_chars`` long, addresses and all
    max_name_words: int = 4  # a site's name after the pointer: at most this many words, each capitalised or a domain
    max_particle_chars: int = 3  # ...but a short particle inside it ("Jornal do Porto"): at most this long
    min_repeats: int = 2  # the same pointer line this many times in the document: an aggregator's label after each
    # teaser, the middle's strength


POINTER_LINES = PointerLines()


@dataclass(frozen=True, slots=True)
class CommentZone:
    """detectors/comment_zone.py (comment37; famK family C): the comment zone at a page's end."""

    ui_line_max_chars: int = 240  # a comment-UI line at most this long ("You may use these HTML tags ...: <a ...>")
    anchor: float = 0.8  # the zone's first removal: a comment-UI block or a comment call to action this strong
    sentence_words: int = 8  # the run after it: no sentence of this many words (a reader's comment, the article's
    # last paragraph after a removed prompt: famK measured 0 kept strings lost with this guard, 2 without)
    block_max_chars: int = 300  # ...and every block of it at most this long
    count_max_chars: int = 40  # a comment count right over the zone's first removal ("(0) comments"): at most this long
    cut_max_lines: int = 3  # a plain-text paragraph's last lines cut off when comment-UI lines: at most this many...
    cut_min_chars: int = 10  # ...each at least this long normalised (a bare "Reply" stays glued)


COMMENT_ZONE = CommentZone()

#: (guard39) The comment system's own rules: a count or status line, a prompt to comment or to log in, a template line
#: of a platform (detectors/comment_zone.py's anchors; decision's ``_thread_entry`` reads their removals).
COMMENT_RULES = frozenset({"call_to_action.comments_status", "call_to_action.comment_prompt",
                           "call_to_action.login_prompt", "call_to_action.comment_ui"})


@dataclass(frozen=True, slots=True)
class BetweenGuard:
    """decision.py's neighbours pass (guard39): what a line between two removals is not taken for.

    A thread's entry: next to a removal of the comment system (``COMMENT_RULES``), a block that is a reader's
    sentence (it ends one, and holds one of ``COMMENT_ZONE.sentence_words`` words: the comment zone's own stop), or
    one between two copies of one comment-system line, each at most ``thread_span_blocks`` blocks away (a thread's
    "Log in to Reply" / "Log in or register to post comments" under every comment: the lines between two copies are
    a comment's; a teaser's count "154 Comments" differs from the next one's, and its teaser still goes; a form's
    "Log Out / Change" lines are copies, but its labels lie between two different lines).
    An article's numbered list: a block that opens with an item number ("2)", "14.") one above the number a block
    at most ``list_back_blocks`` blocks before it opens with, in the same marks (a list of products, each item over
    its removed shop link)."""

    thread_span_blocks: int = 6
    list_back_blocks: int = 3


BETWEEN_GUARD = BetweenGuard()


@dataclass(frozen=True, slots=True)
class UnmarkedSentence:
    """scripts.py ``unmarked_sentence`` (tidy40): Thai and Lao write no sentence mark, a space ends a sentence (or a
    clause). A line of theirs reads as a sentence, where the guards ask for a sentence's end mark, when its words of
    these scripts (blank-parted pieces holding one of their letters) are two or more, ``min_chars`` characters or more
    in all (the vowel and tone marks counted: about eight words), one piece ``piece_chars`` or more (a clause: a
    menu's or a share row's items are short words, "หน้าแรก ข่าว กีฬา บันเทิง")."""

    min_chars: int = 40
    piece_chars: int = 20


UNMARKED_SENTENCE = UnmarkedSentence()
