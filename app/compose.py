"""The one place the plan checker is assembled: nlp's checks with the models' implementations of its
interfaces handed in (the provision scorer, the golden-thread encoder)."""
from __future__ import annotations

from pathlib import Path

from nlp.checker import Checker


def build_checker(rule_packs: list[str | Path] = (), disabled: set[str] | frozenset = frozenset(),
                  use_model: bool = True, thread: str = "off", min_severity: str = "suggestion") -> Checker:
    """`thread` 'embeddings' needs the 'embed' extra; 'auto' uses it when installed."""
    scorer = None
    if use_model:
        from models.provision_model import load_default

        scorer = load_default()
    encoder = None
    if thread in ("embeddings", "auto"):
        from models.embeddings import EmbeddingsUnavailable, MiniLMEncoder, available

        if available():
            encoder = MiniLMEncoder()
        elif thread == "embeddings":
            raise EmbeddingsUnavailable("the embeddings golden-thread mode needs the 'embed' extra: "
                                        "pip install -e '.[embed]'")
    return Checker(rule_packs=rule_packs, disabled=disabled, scorer=scorer, encoder=encoder, thread=thread,
                   min_severity=min_severity)
