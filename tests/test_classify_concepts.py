"""Concept tokens: the same idea in five languages reaches the model as one token, so what
it learns from English mail carries over; and a "no" phrase in a letter about a flat, a
degree or a grant yields to the model. Messages are written for these tests."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nextyes.classify import Label, default_classifier, is_confident
from nextyes.classify.concepts import CONCEPTS
from nextyes.classify.model import model_text
from nextyes.classify.rules import (
    BULK,
    HEDGED,
    JOB_CONTEXT,
    JOB_WORDS,
    LISTS,
    NOT_HIRING,
    STRONG_JOB,
    SUBJECT_JOB_WORDS,
    concept_tokens,
)
from nextyes.classify.text import prepare
from nextyes.classify.words import Terms, WordLists

UNFORTUNATELY = {
    "en": "unfortunately we cannot",
    "de": "leider können wir",
    "fr": "malheureusement nous ne pouvons",
    "es": "lamentablemente no podemos",
    "nl": "helaas kunnen wij",
}


def test_one_idea_is_one_token_in_every_language() -> None:
    for language, text in UNFORTUNATELY.items():
        assert "zzc_unfortunately" in concept_tokens(text), language


def test_a_concept_token_reaches_the_model() -> None:
    text = model_text(prepare("Ihre Bewerbung", "Leider haben wir uns anders entschieden.", ""))
    assert "zzc_unfortunately" in text
    assert "zzc_decision" in text


def test_whole_words_need_their_boundaries() -> None:
    # "rent" is a whole word in the rental concept: "different" and "current" are not rent.
    assert "zzc_rental" not in concept_tokens("a different current role")
    assert "zzc_rental" in concept_tokens("the rent is due on monday")


def _found(words: Terms, text: str) -> bool:
    """A word list checked the slow, obvious way: a substring check per part, and a whole
    word when no letter, digit or underscore touches it on either side."""
    if any(part in text for part in words.parts):
        return True
    for word in words.words:
        for at in (m.start() for m in re.finditer(re.escape(word), text)):
            end = at + len(word)
            before = at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")
            after = end == len(text) or not (text[end].isalnum() or text[end] == "_")
            if before and after:
                return True
    return False


def _naive(text: str) -> list[str]:
    return [token for token, words in CONCEPTS if _found(words, text)]


PIECES = sorted({p for _, w in CONCEPTS for p in (*w.parts, *w.words)})
WORD_LISTS = (JOB_WORDS, SUBJECT_JOB_WORDS, NOT_HIRING, STRONG_JOB, JOB_CONTEXT, HEDGED, BULK)
LIST_PIECES = sorted({p for terms in WORD_LISTS for p in (*terms.parts, *terms.words)})


@given(st.lists(st.one_of(st.sampled_from(LIST_PIECES), st.text(max_size=5)), max_size=10))
def test_a_word_list_finds_what_a_check_per_word_finds(bits: list[str]) -> None:
    for joiner in (" ", "", "_", "-"):
        text = joiner.join(bits).lower()
        for terms in WORD_LISTS:
            assert terms.found(text) == _found(terms, text), text


NAMED = {"job": JOB_WORDS, "hedged": HEDGED, "bulk": BULK, "not_hiring": NOT_HIRING}


@given(st.lists(st.one_of(st.sampled_from(LIST_PIECES), st.text(max_size=5)), max_size=10))
def test_one_pass_over_many_lists_finds_what_each_list_finds(bits: list[str]) -> None:
    text = " ".join(bits).lower()
    found = LISTS.scan(text)
    for name, terms in NAMED.items():
        assert (name in found) == _found(terms, text), (name, text)


def test_a_whole_word_is_letters_and_digits() -> None:
    with pytest.raises(ValueError, match="letters and digits"):
        WordLists({"x": Terms(words=frozenset({"c.v."}))})


@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12))
def test_the_one_pass_matcher_finds_what_a_check_per_word_finds(bits: list[str]) -> None:
    # The trie pattern reports only the longest word at a position: every shorter word it
    # starts with must still count (an "interview" inside "sollicitatiegesprek" and so on).
    for joiner in (" ", ""):
        text = joiner.join(bits).lower()
        assert concept_tokens(text) == _naive(text)


NOT_JOB_DECISIONS = [
    (
        "Ihre Bewerbung um die Wohnung in der Lindenallee",
        "Guten Tag Frau Berger,\n\nvielen Dank für Ihre Bewerbung um die Wohnung und Ihre"
        " vollständigen Unterlagen. Leider müssen wir Ihnen mitteilen, dass sich der"
        " Vermieter für andere Mietinteressenten entschieden hat.\n\nMit freundlichen Grüßen\n"
        "Hausverwaltung Lindenallee",
        "Hausverwaltung <vermietung@hv-lindenallee.example>",
    ),
    (
        "Votre demande de bourse d'études",
        "Madame,\n\nNous avons bien étudié votre dossier de bourse pour l'année universitaire"
        " prochaine. Malheureusement, la commission n'a pas pu retenir votre demande, le"
        " nombre de candidatures dépassant largement les fonds disponibles.\n\nLe service des"
        " bourses",
        "Service des bourses <bourses@univ-exemple.example>",
    ),
]


def test_a_no_about_a_flat_or_a_grant_is_not_called_a_rejection() -> None:
    # Not even one for review: the rejection phrase yields unless the model leans to a no.
    classifier = default_classifier()
    for subject, body, sender in NOT_JOB_DECISIONS:
        found = classifier.classify(subject, body, sender)
        assert found.label != Label.REJECTION, (subject, found)
        assert not is_confident(found) or found.label == Label.OTHER
