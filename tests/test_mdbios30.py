"""mdbios30 (issue 11): an "About the authors" section of several people at the end of a Markdown post goes to the
end (decision.py ``bio_section``), and its sub-headings' names are the author (result.py ``bio_section_names``).
Negatives: a company's founders in the middle, an interview whose sub-headings are names, a bio section followed by
an appendix, a single "About the author" box (unchanged). All texts are ours."""

from __future__ import annotations

import cleaner

BODY = ("Our team moved the nightly batch jobs of the billing service onto a queue of small workers, and this post "
        "walks through the design, the retries we added and the dashboards that told us when a job fell behind. ")
BODY2 = ("The first week showed that the workers were idle most of the night, so we let the queue scale them down "
         "to one and saved about a third of the cost without touching the deadlines of the reports. ")
PEOPLE = [
    ("Priya Raman", "[Priya](https://www.example.com/in/priya-raman)\nis a Senior Platform Engineer at Northwind, "
                    "where she builds the scheduling systems behind the billing reports.",
     "Outside of work, she enjoys long bicycle rides and baking bread."),
    ("Tomasz Nowicki", "[Tomasz Nowicki](https://www.example.com/in/tnowicki)\nis a Software Development Engineer "
                       "at Northwind with eight years of experience in distributed queues.",
     "In his spare time, Tomasz plays chess and climbs."),
    ("Lena Hartmann", "Lena is a Product Manager at Northwind. She focuses on the cost of the platform's batch "
                      "workloads.", ""),
    ("Omar Haddad", "[Omar](https://www.example.com/in/omar-h)\nis a Principal Engineer at Northwind, working on "
                    "the storage layer of the billing service.", "He likes hiking with his family."),
]


def _section(people=PEOPLE, heading="## About the authors") -> str:
    parts = [heading]
    for name, bio, hobby in people:
        parts += [f"### {name}", bio] + ([hobby] if hobby else [])
    return "\n\n".join(parts)


def _doc(tail: str, *, head: str = "") -> str:
    return f"# Moving batch jobs to a queue\n\n{head}{BODY}\n\n{BODY2}\n\n---\n\n{tail}\n"


def test_authors_section_goes_to_the_end_and_names_the_authors():
    result = cleaner.clean(_doc(_section()), format="markdown")
    assert BODY.strip() in result.text and BODY2.strip() in result.text
    for name, bio, hobby in PEOPLE:
        assert name not in result.text
        assert "Northwind" not in result.text
        assert not hobby or hobby not in result.text
    assert result.author == "Priya Raman; Tomasz Nowicki; Lena Hartmann; Omar Haddad"


def test_authors_section_in_another_language():
    people = [("Katrin Vogel", "Katrin Vogel ist Redakteurin bei einem Fachverlag für Technik.", "Sie wandert gern."),
              ("Jonas Berger", "Jonas ist Entwickler bei einem Hamburger Start-up.", "Er spielt Cello."),
              ("Mara Klein", "Mara Klein ist Journalistin und schreibt über Energie.", ""),
              ("Felix Braun", "Felix ist Redakteur bei einem Reisemagazin.", "Er kocht gern.")]
    result = cleaner.clean(_doc(_section(people, "## Über die Autoren")), format="markdown")
    assert "Jonas" not in result.text and "Cello" not in result.text
    assert result.author == "Katrin Vogel; Jonas Berger; Mara Klein; Felix Braun"


def test_a_byline_is_a_better_author():
    text = _doc(_section(), head="By Jane Whitfield\n\n")
    result = cleaner.clean(text, format="markdown")
    assert "Omar" not in result.text
    assert result.author != "Priya Raman; Tomasz Nowicki; Lena Hartmann; Omar Haddad"


def test_founders_section_in_the_middle_stays():
    middle = _section(heading="## About the authors")
    text = f"# Our company's first twenty years\n\n{BODY}\n\n{middle}\n\n## The next decade\n\n{BODY2}\n\n{BODY}\n"
    result = cleaner.clean(text, format="markdown")
    for name, bio, hobby in PEOPLE:
        assert name in result.text
    assert "Senior Platform Engineer" in result.text


def test_interview_with_names_as_headings_stays():
    interview = ("## About the authors\n\n### Priya Raman\n\nI started on the billing team in 2019, when the batch "
                 "jobs still ran on a single machine under a desk, and nobody wanted to touch them.\n\n"
                 "### Tomasz Nowicki\n\nWe argued for a month about the queue, and in the end the cost numbers "
                 "settled it for us, which was a relief to everyone.\n\n"
                 "### Lena Hartmann\n\nMy part was the dashboards: a job that falls behind must be visible to "
                 "the people on call before the customers notice it.\n\n"
                 "### Omar Haddad\n\nThe storage layer had to change too, because the workers read the same "
                 "tables at the same time and the locks got in the way.")
    result = cleaner.clean(_doc(interview), format="markdown")
    assert "single machine under a desk" in result.text and "the locks got in the way" in result.text
    assert result.author != "Priya Raman; Tomasz Nowicki; Lena Hartmann; Omar Haddad"


def test_bio_section_followed_by_an_appendix_keeps_the_appendix():
    appendix = ("## Appendix: the retry policy\n\n" + BODY2 + "\n\nThe retry policy doubles the wait after every "
                "failure, up to an hour, and a job that fails six times goes to a dead-letter queue for a person "
                "to look at in the morning.")
    result = cleaner.clean(_doc(_section() + "\n\n" + appendix), format="markdown")
    assert "dead-letter queue" in result.text and "Appendix: the retry policy" in result.text


def test_single_about_the_author_box_unchanged():
    box = ("## About the author\n\nPriya Raman is a Senior Platform Engineer at Northwind, where she builds the "
           "scheduling systems behind the billing reports. Follow her at https://www.example.com/priya.")
    result = cleaner.clean(_doc(box), format="markdown")
    assert "Senior Platform Engineer" not in result.text
    assert result.author == "Priya Raman"


def test_a_long_paragraph_under_a_name_ends_the_section():
    long_part = ("### Omar Haddad\n\nOmar is a Principal Engineer at Northwind.\n\n" + BODY + BODY2 + BODY + BODY2)
    people = "\n\n".join(f"### {n}\n\n{b}" for n, b, _ in PEOPLE[:3])
    text = _doc(f"## About the authors\n\n{people}\n\n{long_part}")
    result = cleaner.clean(text, format="markdown")
    assert result.text.count(BODY.strip()) == 3  # the long paragraphs stay, and the section claims nothing
    assert result.author != "Priya Raman; Tomasz Nowicki; Lena Hartmann; Omar Haddad"
