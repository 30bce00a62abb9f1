"""Language detection (cleaner/language.py): script, stopword vote, the page's declared language as a second
opinion, langdetect (seeded) last."""

from __future__ import annotations

import pytest

from cleaner import language

TEXTS = {
    "en": "The council voted on Tuesday to keep the library open on weekends, after a petition signed by more than "
          "two thousand residents who said that they had nowhere else to study.",
    "fr": "Le conseil municipal a voté mardi pour que la bibliothèque reste ouverte le week-end, après une pétition "
          "signée par plus de deux mille habitants qui disaient ne pas avoir d'autre endroit pour étudier.",
    "de": "Der Gemeinderat hat am Dienstag beschlossen, dass die Bibliothek auch am Wochenende geöffnet bleibt, "
          "nachdem mehr als zweitausend Einwohner eine Petition unterschrieben hatten, weil sie sonst nirgends lernen.",
    "es": "El ayuntamiento votó el martes para que la biblioteca siga abierta los fines de semana, después de una "
          "petición firmada por más de dos mil vecinos que decían que no tenían otro lugar donde estudiar.",
    "ru": "Городской совет во вторник проголосовал за то, чтобы библиотека работала по выходным, после петиции, "
          "которую подписали более двух тысяч жителей, которым больше негде заниматься.",
    "zh": "市议会周二投票决定图书馆周末继续开放，此前两千多名居民签署请愿书，表示他们没有其他地方可以学习。",
    "ja": "市議会は火曜日、図書館を週末も開館することを決めた。二千人以上の住民が、ほかに勉強する場所がないと請願していた。",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_language_of_a_paragraph(code):
    assert language.detect_language(TEXTS[code]) == code


def test_too_little_text_has_no_language():
    assert language.detect_language("") is None
    assert language.detect_language("OK 42") is None


def test_the_same_answer_every_time():
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore."
    assert len({language.detect_language(text) for _ in range(5)}) == 1


def test_declared_language_is_a_second_opinion_for_a_thin_stopword_vote(monkeypatch):
    # Two Spanish-only stopwords: too few to decide alone, enough when the page says it is Spanish.
    text = "La final del torneo se jugará el domingo; según el club, las entradas están agotadas desde hace una semana."
    best, hits, _ = language._stopword_vote(language.sample(text))
    assert best == "es" and language.MIN_HITS_DECLARED <= hits < language.MIN_HITS
    monkeypatch.setattr(language, "_by_langdetect", lambda probe: "langdetect")
    assert language.detect_language(text) == "langdetect"
    assert language.detect_language(text, declared="es") == "es"
    assert language.detect_language(text, declared="it") == "langdetect"  # a declaration the text does not back


def test_a_thin_vote_with_no_rival_decides_without_langdetect(monkeypatch):
    # a page that is mostly a table: three Spanish stopwords and none of any other language's
    text = ("Tabla de posiciones | Puntos | Goles\nAlajuelense | 30 | 28\nHerediano | 27 | 25\n"
            "Saprissa | 25 | 22\nGoleadores del torneo: Campbell, Venegas, Bolaños; los porteros, muy bien; las gradas.")
    assert language._stopword_vote(language.sample(text))[1:] == (3, 0)
    monkeypatch.setattr(language, "_by_langdetect", lambda probe: pytest.fail("langdetect was asked"))
    assert language.detect_language(text) == "es"


def test_the_fast_profile_load_gives_langdetect_s_own_tables():
    from langdetect import DetectorFactory
    from langdetect.detector_factory import PROFILES_DIRECTORY

    theirs, ours = DetectorFactory(), DetectorFactory()
    theirs.load_profile(PROFILES_DIRECTORY)
    language.load_profiles(ours, PROFILES_DIRECTORY)
    assert ours.langlist == theirs.langlist
    assert list(ours.word_lang_prob_map) == list(theirs.word_lang_prob_map)
    assert ours.word_lang_prob_map == theirs.word_lang_prob_map
