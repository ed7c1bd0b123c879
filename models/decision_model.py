"""Placeholder until the decision classifiers are trained."""
from __future__ import annotations


def load_default():
    return None
