"""guard39: a line between two removals that is an entry of its own stays (decision.py ``_entry_between``).

The neighbours pass takes a short block between two removals at an edge (``neighbour.between_removed``). Two kinds of
entries are not its neighbours': a comment thread's (a reader's sentence next to a removal of the comment system,
or the lines between the link printed under every comment), and a numbered list's (an item number one above the
one just before it, each item over its removed shop link). Fixtures written for these tests."""

from __future__ import annotations

import cleaner

_STORY = ("The council voted on Tuesday to close the old library on Elm Street, ending a century of service to the "
          "neighbourhood. Residents packed the hall, and many spoke against the plan for more than two hours. ")


def _clean(parts: list[str], fmt: str = "text"):
    return cleaner.clean("\n\n".join(parts), format=fmt)


def _removed(result) -> dict[str, str]:
    return {r.text.strip(): r.rule for r in result.removed}


def _article() -> list[str]:
    return ["Council closes Elm Street library", _STORY * 2,
            _STORY + "The building will be sold next spring, the mayor said, and the books will move downtown."]


_THREAD = ["3 Comments",
           "Anna Berg", "March 3, 2010 at 5:12 pm", "Sad news for the whole street.", "Log in to Reply",
           "Tom Weller", "March 3, 2010 at 6:40 pm", "Good riddance, honestly!", "Log in to Reply",
           "Mia", "March 4, 2010 at 9:02 am",
           "I grew up in that building and read every book in the children's room twice.", "Log in to Reply"]
_FORM = ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Name *",
         "Email *", "Website", "Post Comment"]


def test_thread_entries_between_reply_links_stay() -> None:
    result = _clean(_article() + _THREAD + _FORM)
    for line in ("Anna Berg", "Sad news for the whole street.", "Tom Weller", "Good riddance, honestly!", "Mia",
                 "I grew up in that building and read every book in the children's room twice."):
        assert line in result.text
    removed = _removed(result)
    assert "Log in to Reply" in removed and "3 Comments" in removed
    for line in ("Name *", "Email *", "Website", "Leave a Reply"):  # the form's labels still go
        assert line in removed


def test_thread_entries_markdown() -> None:
    """Markdown's promotion box (``offer_run``) respects the same entries as the neighbours pass (tidy40)."""
    result = _clean(_article() + _THREAD + _FORM, "markdown")
    assert "Good riddance, honestly!" in result.text and "Sad news for the whole street." in result.text
    assert "I grew up in that building and read every book in the children's room twice." in result.text
    assert not any(rule == "call_to_action.offer_run" for rule in _removed(result).values())


def test_reader_sentence_next_to_comment_ui_stays() -> None:
    result = _clean(_article() + ["1 Comment", "I grew up two doors down and will miss the reading room very much.",
                                  "Leave a Reply", "Post Comment"])
    assert "I grew up two doors down and will miss the reading room very much." in result.text
    assert "Leave a Reply" in _removed(result)


def test_teasers_between_counts_still_go() -> None:
    """A related list of teasers, each over its own comment count ("154 Comments" / "149 Comments"): the counts
    differ, the teasers are titles and no reader's sentence: they go with them as before."""
    teasers = ["Mayor Defends Budget Cuts at Packed Town Hall Meeting", "154 Comments",
               "Schools Brace for Another Winter of Heating Repairs", "149 Comments",
               "Why the Old Rail Line Could Return by Next Summer", "921 Comments",
               "Local Bakery Wins National Prize for Its Rye Bread", "73 Comments"]
    result = _clean(_article() + ["Popular on the site"] + teasers + _FORM)
    removed = _removed(result)
    assert "Schools Brace for Another Winter of Heating Repairs" in removed
    assert "Why the Old Rail Line Could Return by Next Summer" in removed


_DEALS = ("Black Friday is here again, and for readers who grew up in the eighties we picked a few deals on toys, "
          "films and records that bring back the old days. Prices were checked this morning and may change. ")


def _deals(numbers: list[int]) -> list[str]:
    names = ["Lego Star Wars 75188 Resistance Bomber", "Polistil 960574 Slot Car Track",
             "Blade Runner The Final Cut (4K)", "Ghostbusters Collection 1-2 (Steelbook)",
             "Roger Waters – The Wall (DVD)", "Hasbro Gaming – Taboo"]
    parts = ["Our eighties deals for Black Friday", _DEALS * 2, _DEALS]
    for k, (number, name) in enumerate(zip(numbers, names)):
        parts += [f"{number}) {name}", f"http://amzn.to/2xY{k}Qz"]
    return parts + ["We are a blog of memorabilia from the eighties and nineties, with new deals every week!",
                    "Share this:", "Twitter", "Facebook", "Leave a Reply", "Post Comment"]


def test_numbered_items_between_shop_links_stay() -> None:
    result = _clean(_deals([1, 2, 3, 4, 5, 6]))
    for line in ("2) Polistil 960574 Slot Car Track", "4) Ghostbusters Collection 1-2 (Steelbook)",
                 "6) Hasbro Gaming – Taboo"):
        assert line in result.text
    assert "http://amzn.to/2xY1Qz" in _removed(result)  # the shop links still go


def test_numbers_out_of_order_are_no_list() -> None:
    """Numbers that do not count up one by one ("1)", "7)", "3)" ...) make no list of the article's."""
    result = _clean(_deals([1, 7, 3, 9, 12, 40]))
    assert "7) Polistil 960574 Slot Car Track" in _removed(result)


# --- a credit's link as the source_url (HTML and Markdown) ------------------------------------------------------------
_P = ("The council voted on Tuesday to close the old library on Elm Street, ending a century of service to the "
      "neighbourhood. Residents packed the hall. ") * 2
_SOURCE = "https://www.examplenews.org/2024/05/library-closes"
_PAGE = "https://www.thedaily.com/2024/05/library-closes"


def _html(tail: str, body: str = "") -> str:
    return (f"<html><head><title>Library closes</title></head><body><article><h1>Library closes</h1>{body}"
            f"<p>{_P}</p><p>{_P}</p>{tail}</article></body></html>")


def _html_source(tail: str, body: str = "", url: str | None = _PAGE) -> str | None:
    return cleaner.clean(_html(tail, body), format="html", url=url).source_url


def test_html_credit_link_is_the_source() -> None:
    assert _html_source(f'<p>Source: <a href="{_SOURCE}">Example News</a></p>') == _SOURCE
    assert _html_source(f'<p><em>Originally published on <a href="{_SOURCE}">Example News</a>.</em></p>') == _SOURCE


def test_credit_link_glued_to_a_rights_line() -> None:
    """The credit inside a removed block of another kind (a copyright line): the link after its label, in HTML and
    in Markdown, as the text path reads a written address ("Source: https://…")."""
    tail = f'<p>Copyright 2024 The Daily Courier | Source: <a href="{_SOURCE}">Example News</a></p>'
    assert _html_source(tail) == _SOURCE
    markdown = f"# Library closes\n\n{_P}\n\n{_P}\n\nCopyright 2024 The Daily Courier | Source: [Example News]({_SOURCE})"
    assert cleaner.clean(markdown, format="markdown").source_url == _SOURCE
    text = f"Library closes\n\n{_P}\n\n{_P}\n\nCopyright 2024 The Daily Courier | Source: {_SOURCE}"
    assert cleaner.clean(text, format="text").source_url == _SOURCE


def test_no_source_from_own_ad_comment_or_profile_links() -> None:
    assert _html_source('<p>Source: <a href="/newsroom/staff">Our newsroom</a></p>') is None  # the site's own page
    assert _html_source('<p>Source: <a href="https://www.thedaily.com/archive/2024">The Daily archive</a></p>') is None
    assert _html_source('<p>Source: <a href="https://ad.doubleclick.net/ddm/clk/123;abc">Example News</a></p>') is None
    assert _html_source(f'<p>Source: <a href="{_PAGE}#comments">our readers</a></p>') is None
    assert _html_source('<p>Source: <a href="https://twitter.com/examplenews">Example News</a></p>') is None
    # a post on a network is a source
    post = "https://twitter.com/examplenews/status/1790000000000000000"
    assert _html_source(f'<p>Source: <a href="{post}">Example News on X</a></p>') == post


def test_caption_source_and_quoted_link_in_the_body_are_no_source() -> None:
    figure = ('<figure><img src="/chart.png" alt="chart"><figcaption>Source: <a href="https://www.ons.gov.uk/data/'
              'libraries">Office for National Statistics</a></figcaption></figure>')
    result = cleaner.clean(_html("", body=figure + f"<p>{_P}</p>"), format="html", url=_PAGE)
    assert result.source_url is None
    quoted = (f'<p>The figures came from <a href="{_SOURCE}">a report by Example News</a>, which its editor called '
              f'"the source of every number in this debate", and the council did not dispute them.</p>')
    result = cleaner.clean(_html("", body=quoted), format="html", url=_PAGE)
    assert result.source_url is None and "a report by Example News" in result.text


def test_footnotes_citing_a_quotation_site_are_no_source() -> None:
    """Footnotes under the article, each "Quelle: <a>www.zitate.net</a> <a href=#note>↩</a>" or another source: a
    list of references (htmlmeta35's rule), also when the page's own back-links are set aside."""
    notes = ('<ol><li>Lucius <a href="https://de.wikipedia.org/wiki/Seneca">Annaeus Seneca</a>, röm. Philosoph.</li>'
             '<li>Quelle: <a href="http://www.zitate.net/">www.zitate.net</a> '
             f'<a href="{_PAGE}#identifier_0_110">↩</a></li></ol>')
    assert _html_source(notes) is None


def test_the_pages_own_address_in_its_credit_stays_the_source() -> None:
    """A syndicated piece naming its own address ("Article Source: <this article>") answers with it; another page of
    the same site (its archive) does not."""
    tail = f'<p>Article Source: <a href="{_PAGE.replace("https://www.", "http://")}">{_PAGE}</a></p>'
    assert _html_source(tail) == _PAGE.replace("https://www.", "http://")
