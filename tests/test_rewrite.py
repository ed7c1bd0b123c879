"""Rewrite templates keep the author's words, drop the unenforceable ones, and never invent amounts."""
from __future__ import annotations

import pytest

from nlp.elements import find_elements
from nlp.provisions import rewrite_template


@pytest.mark.parametrize("text,kept,dropped", [
    ("Ellie will have access to a quiet workspace.", "Ellie will have a quiet workspace", "access to"),
    ("Tom can access a movement break when he needs one.", "Tom will have a movement break", "when he needs one"),
    ("Regular reading practice with an adult as appropriate.", "reading practice with an adult", "as appropriate"),
    ("Speech and language therapy subject to availability.", "Speech and language therapy", "subject to availability"),
])
def test_template_drops_the_fault_and_keeps_the_rest(text, kept, dropped):
    out = rewrite_template(text, find_elements(text))
    assert kept in out and dropped not in out.lower()
    assert "[number] sessions of [length] minutes" in out and "delivered by [role" in out


def test_template_never_invents_what_is_given():
    text = "30 minutes of reading practice each morning with the class TA."
    out = rewrite_template(text, find_elements(text))
    assert "[number]" not in out and "delivered by [" not in out and out.startswith("30 minutes of reading practice")
