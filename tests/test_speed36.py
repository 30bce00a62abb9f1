"""speed36: the HTML path's steps made cheaper with the same answers (issue 14)."""

from lxml import html as lxml_html

from cleaner.readers.page_credit import _before


def _reference_before(parent, link):
    """htmlmeta35's reading: the parent's text and its children's before the link, read forwards."""
    parts = [parent.text or ""]
    for child in parent:
        if child is link:
            return "".join(parts)
        parts.append("".join(child.itertext()) if isinstance(child.tag, str) else "")
        parts.append(child.tail or "")
    return None


PAGES = [
    '<div><p>Quelle: <a href="https://a.example/x">a.example</a></p></div>',
    '<div><p>Originally <em>published</em> on <!-- c --> the <b>blog <i>of</i> X</b>: <a href="https://b.example">'
    'b</a> and <a href="https://c.example">c</a></p></div>',
    '<div><p>' + " ".join(f'<a href="https://x{n}.example">link {n}</a>,' for n in range(40)) + '</p></div>',
    '<div><p>' + "A long sentence of the article. " * 5 + 'Source: <a href="https://d.example">d</a></p></div>',
    '<div><p><span>Via</span>: <a href="https://e.example">e</a><a href="https://f.example">f</a></p></div>',
]


def test_the_text_before_a_link_is_read_backwards_with_the_same_answer():
    for page in PAGES:
        root = lxml_html.fromstring(page)
        for link in root.iter("a"):
            parent = link.getparent()
            expected = _reference_before(parent, link)
            for most in (0, 5, 20, 60, 10_000):
                want = expected if expected is not None and len(expected) <= most else None
                assert _before(parent, link, most) == want, (page, link.get("href"), most)


def test_addresses_are_stripped_as_the_pattern_strips_them():
    import random

    from cleaner.textbylines import _ADDRESS, _strip_addresses

    rng = random.Random(36)
    alphabet = "a@:/w.www.://x \n\t\u00a0\u2003\x1c\x85Ä"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 24)))
        assert _strip_addresses(text) == _ADDRESS.sub(" ", text), repr(text)
    for text in ("mail jane@harbour.com now", "@jane", "jane@", "see https://example.com/x and www.example.org.",
                 "x://", "xwww.", "awww.b", "[Jane](https://x.example/jane)" * 200, "a@b" + "c" * 5000):
        assert _strip_addresses(text) == _ADDRESS.sub(" ", text), text[:40]


def test_a_cjk_probe_finds_a_continuation_as_the_substring_tests_did():
    from cleaner.cues import load_cues
    from cleaner.names import NameMatcher

    matcher = NameMatcher(load_cues())
    continuations = matcher.continuations()
    texts = ["张伟是本文作者。", "据新华社北京电 国务院今天会见了来访的客人。"] + [
        f"王芳 {continuation} 之一" for continuation in continuations] + [
        f"李明 {continuation[:-1]}" for continuation in continuations]
    for text in texts:
        folded = " ".join(text.split()).casefold()
        expected = any(continuation in folded for continuation in continuations)
        assert (matcher._any_continuation.search(folded) is not None) == expected, text
        assert matcher.may_start(text) == expected, text


def test_nfkc_is_unicodedatas_whatever_the_text():
    import unicodedata

    from cleaner.scripts import NFKC_MEMO_MAX_CHARS, nfkc

    texts = ["plain ASCII", "", "据新华社北京４月４日电：国务院", "ﬁle ｆｕｌｌ－ｗｉｄｔｈ", "Å" * 3, "Ａ" * (NFKC_MEMO_MAX_CHARS + 5),
             "café ¨ ½ ™"]
    for text in texts + texts:  # (the second time from the memo)
        assert nfkc(text) == unicodedata.normalize("NFKC", text), text[:20]
