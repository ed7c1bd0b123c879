"""Placeholder until the provision classifier is trained: no model, no findings."""
from __future__ import annotations


def load_default():
    return None
