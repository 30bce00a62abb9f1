"""A linear answer to the one XPath query of trafilatura that libxml2 answers in quadratic time.

trafilatura asks ``subtree.xpath("//p//text()")`` (and ``".//p//text()"``) to measure the paragraph text of a
candidate frame. libxml2 merges the text nodes found under each ``<p>`` into one node set, checking every new node
against all the nodes found before: the time grows with the square of the number of text nodes. A page of 20,000
paragraphs with a bold word each (900 KB) spent 7 s there, and 100,000 text nodes 20 s; a 10 MB page would take
hours (trafilatura's issue #704: "runs indefinitely on some huge pages").

The elements of the pages we parse answer those two queries themselves, in one pass over the paragraphs, with the
same text in the same order (document order, each piece once, nested paragraphs included in their ancestor's), as
strings; adjacent text nodes come as one string. trafilatura only tests the list for emptiness and joins it.
``ELEMENT_LOOKUP`` is installed on our HTML parser (readers/html.py); copies of the tree keep it.
"""

from __future__ import annotations

from lxml import etree, html as lxml_html

#: the queries answered here -> whether they are absolute ("//": the whole document) or relative (".//")
_PARAGRAPH_TEXT = {"//p//text()": True, ".//p//text()": False}


def paragraph_texts(element, absolute: bool) -> list:
    """The text nodes under the ``<p>`` elements of the document (absolute) or under ``element``, in order."""
    scope = element.getroottree().getroot() if absolute else element
    found: list = []
    nested: set = set()
    for paragraph in scope.iter("p") if absolute else scope.iterdescendants("p"):
        if paragraph in nested:
            continue  # its text came with its ancestor's
        nested.update(paragraph.iterdescendants("p"))
        # not paragraph.xpath("descendant::text()"): libxml2 keeps the pieces of a text whose tags were stripped
        # as sibling text nodes, and sorts siblings in quadratic time (8,000 stripped <span>s: 2.7 s)
        found.extend(text for text in paragraph.itertext() if text)
    return found


class _ParagraphTextXPath:
    def xpath(self, _path, **variables):
        absolute = _PARAGRAPH_TEXT.get(_path)
        if absolute is not None and not variables:
            return paragraph_texts(self, absolute)
        return super().xpath(_path, **variables)


class HtmlElement(_ParagraphTextXPath, lxml_html.HtmlElement):
    """lxml's HtmlElement with the linear paragraph-text query."""


#: Every element is our HtmlElement, chosen in C: lxml.html's own lookup (HtmlElementClassLookup) is a Python method
#: called each time lxml makes a Python object for a node, hundreds of thousands of times per 200 pages (~2 ms a
#: page once wrapped). trafilatura only needs ``lxml.html.HtmlElement`` (its ``load_html`` takes such a tree as is);
#: lxml.html's form classes (FormElement, InputElement...) are not used by it or by us.
ELEMENT_LOOKUP = etree.ElementDefaultClassLookup(element=HtmlElement, comment=lxml_html.HtmlComment,
                                                 pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)

__all__ = ["ELEMENT_LOOKUP", "HtmlElement", "paragraph_texts"]
