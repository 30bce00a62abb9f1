"""detectors/leads.py: a 'read also' lead cue opening a sentence of the article is not a lead line."""

from __future__ import annotations

import json
from importlib import resources

import pytest

import cleaner
from cleaner.detectors.leads import _prose_leads
from cleaner.rules import RULES

BODY = ("The new router takes about ten minutes to set up, most of it spent waiting for the firmware to update.\n\n"
        "Once the update is done, the lights on the front settle to a steady green and the network shows up.")


def _removed(line: str, fmt: str = "markdown") -> list[str]:
    result = cleaner.clean(f"{BODY}\n\n{line}", format=fmt)
    return [removal.rule for removal in result.removed if line[:20] in removal.text]


@pytest.mark.parametrize("line", [
    "Lesen Sie auch die Packungsbeilage und fragen Sie Ihren Arzt oder Apotheker.",
    "Lea también las instrucciones del fabricante antes de usar el aparato.",
    "Lire aussi la notice de la préfecture, qui précise les démarches à suivre.",
    "Leggi anche le istruzioni del comune prima di segnalare una bicicletta.",
    "Läs också bruksanvisningen innan du startar apparaten första gången.",
])
def test_a_read_also_sentence_stays(line):
    assert _removed(line) == []


@pytest.mark.parametrize("line", [
    "Lesen Sie auch: Warum Ibuprofen nicht jedem hilft",  # colon, a title
    "Lesen Sie auch Warum Ibuprofen nicht jedem hilft",  # a capital after the cue
    "Lesen Sie auch die neuesten Beiträge",  # no sentence end: a line of its own
    "Lesen Sie auch [unseren Bericht zur Leitlinie](https://example.de/leitlinie).",  # a link
    "Lea también: Las diez claves del invierno",
    "Lire aussi : Inondations, les communes face au risque",
    "Weiterlesen auf der nächsten Seite.",  # a read-more cue, not a read-also one: not in prose_leads.json
])
def test_a_lead_line_still_goes(line):
    assert _removed(line), line


def test_the_prose_strength_stays_under_the_edge_and_the_neighbour_margin():
    thresholds = cleaner.decision.Thresholds()
    assert RULES["related.lead/prose"].at(100) < thresholds.edge - thresholds.neighbour_margin


def test_every_prose_lead_is_a_lead_cue_of_its_kind():
    data = json.loads((resources.files("cleaner") / "data" / "prose_leads.json").read_text(encoding="utf-8"))
    for kind, languages in data.items():
        if kind.startswith("_"):
            continue
        for language, phrases in languages.items():
            cues = json.loads((resources.files("cleaner") / "data" / "cues" / f"{language}.json")
                              .read_text(encoding="utf-8"))[kind]["lead"]
            for phrase in phrases:
                assert phrase in cues or f"{phrase}:" in cues, (kind, language, phrase)
    assert "lesen sie auch" in _prose_leads()["related"]


@pytest.mark.parametrize("line", [
    "Weiterlesen lohnt sich trotzdem, denn ab dem zweiten Kapitel wird die Geschichte spannend.",
    "Continue reading past the first chapter and the story becomes gripping.",
    "Sigue leyendo la novela aunque el primer capítulo sea lento, porque la historia mejora mucho.",
])
def test_a_read_on_sentence_stays(line):
    assert _removed(line) == []


@pytest.mark.parametrize("line", [
    "Continue reading on our website.",  # four words after the cue
    "Lesen Sie auch unseren Kommentar zur Reform.",
    "Continue reading the main story",  # no sentence end
    "Lire la suite sur lemonde.fr, avec les réactions des lecteurs.",  # an address
    "Lesen Sie auch warum Ibuprofen nicht jedem Patienten hilft?",  # a title's question mark
    "Lesen Sie auch die ganze Geschichte der kleinen Apotheke am Markt...",  # a teaser's ellipsis
    "Lesen Sie auch die ganze Geschichte der kleinen Apotheke am Markt …",
])
def test_a_short_or_linked_read_more_line_still_goes(line):
    assert _removed(line), line


@pytest.mark.parametrize("plain,lead_words,expected", [
    ("Zuerst erschienen in einer kleinen Zeitschrift im Jahr 1962, wurde der Roman erst zwanzig Jahre später ein "
     "Erfolg.", 3, True),
    ("Paru dans une petite revue en 1962, le roman n'a trouvé son public que vingt ans plus tard.", 2, True),
    ("Excerpted from the March 2012 issue of Science Monthly, reprinted with permission.", 2, False),  # no clause
    ("Extrait du mensuel Sciences et Avenir, numéro de février 2012, reproduit avec l'autorisation.", 2, False),
    ("Adapted from a 1962 magazine story, this article has been updated for the new edition.", 2, False),  # itself
])
def test_prose_after_lead(plain, lead_words, expected):
    from cleaner.detectors.leads import prose_after_lead
    assert prose_after_lead(plain, lead_words) is expected
