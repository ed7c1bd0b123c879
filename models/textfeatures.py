"""Text features shared by training (scikit-learn) and run time (NumPy only).

Training passes `analyse` to scikit-learn's TfidfVectorizer; at run time `TfidfModel` applies the
saved vocabulary, IDF weights and linear coefficients with NumPy, so a plain check needs neither
scikit-learn nor skops (whose import enumerates every estimator and, if installed, pulls in torch).
The artefact is data only (JSON and a NumPy .npz loaded with allow_pickle=False): nothing in it can
run code.
"""
from __future__ import annotations

import itertools
import json
import math
import re
from pathlib import Path

import numpy as np

_WORD = re.compile(r"(?u)\b\w\w+\b|\d+|:|%|£")


def analyse(text: str) -> list[str]:
    """Word 1-2-grams and character 3-5-grams within word boundaries (as char_wb does)."""
    text = text.lower()
    words = _WORD.findall(text)
    feats = [f"w:{w}" for w in words]
    feats += [f"w:{a} {b}" for a, b in itertools.pairwise(words)]
    for w in text.split():
        padded = f" {w} "
        for n in (3, 4, 5):
            feats += [f"c:{padded[i:i + n]}" for i in range(max(1, len(padded) - n + 1))]
    return feats


class TfidfModel:
    """Sublinear TF-IDF, L2-normalised, then linear scores; the run-time half of a fitted pipeline."""

    def __init__(self, meta: dict, arrays: dict) -> None:
        self.index = {f: i for i, f in enumerate(meta["vocabulary"])}
        self.idf = arrays["idf"]
        self.meta = meta
        self.arrays = arrays

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The sparse TF-IDF vector of one text, as (indices, L2-normalised values)."""
        counts: dict[int, int] = {}
        for f in analyse(text):
            j = self.index.get(f)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        vals = np.array([(1.0 + math.log(c)) for c in counts.values()]) * self.idf[idx] if counts else np.zeros(0)
        norm = np.linalg.norm(vals)
        return idx, (vals / norm if norm else vals)

    def scores_all(self, texts: list[str], names: tuple[str, ...]) -> tuple[np.ndarray, ...]:
        """The scores of several linear heads; each text's features are computed once."""
        heads = [(self.arrays[f"{n}_coef"], self.arrays[f"{n}_intercept"]) for n in names]
        outs = tuple(np.empty((len(texts), coef.shape[0])) for coef, _ in heads)
        for row, text in enumerate(texts):
            idx, vals = self.features(text)
            for out, (coef, intercept) in zip(outs, heads):
                out[row] = coef[:, idx] @ vals + intercept
        return outs

    def scores(self, texts: list[str], name: str) -> np.ndarray:
        return self.scores_all(texts, (name,))[0]

    @classmethod
    def load(cls, stem: Path) -> TfidfModel:
        meta = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        with np.load(stem.with_suffix(".npz"), allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
        return cls(meta, arrays)

    @staticmethod
    def save(stem: Path, meta: dict, arrays: dict) -> None:
        stem.parent.mkdir(parents=True, exist_ok=True)
        stem.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        save_npz(stem.with_suffix(".npz"), arrays)


def save_npz(path: Path, arrays: dict) -> None:
    """np.savez_compressed, but byte-for-byte reproducible: sorted names and a fixed zip timestamp."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
