"""The small interfaces nlp asks of learned models. nlp never imports `models`: the app builds the
implementations and hands them in (see app/compose.py), so dependencies point one way."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np


class SentenceScorer(Protocol):
    """Reads provision wording: a calibrated probability that each text is vague, and the fault it is
    most like."""

    id: str
    threshold: float

    def score(self, texts: Sequence[str]) -> list[tuple[float, str]]: ...


class SentenceEncoder(Protocol):
    """Unit-normalised sentence embeddings (rows of a 2-D array)."""

    id: str

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...
