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


def analyse_words(text: str) -> list[str]:
    """Word 1-2-grams only: for whole documents (decisions), where character n-grams add cost, not signal."""
    words = _WORD.findall(text.lower())
    return [f"w:{w}" for w in words] + [f"w:{a} {b}" for a, b in itertools.pairwise(words)]


ANALYSERS = {"words+chars": analyse, "words": analyse_words}


class TfidfModel:
    """Sublinear TF-IDF, L2-normalised, then linear scores; the run-time half of a fitted pipeline."""

    def __init__(self, meta: dict, arrays: dict) -> None:
        self.index = {f: i for i, f in enumerate(meta["vocabulary"])}
        self.idf = arrays["idf"]
        self.meta = meta
        self.arrays = arrays
        self.analyse = ANALYSERS[meta.get("analyser", "words+chars")]

    def features(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The sparse TF-IDF vector of one text, as (indices, L2-normalised values)."""
        counts: dict[int, int] = {}
        for f in self.analyse(text):
            j = self.index.get(f)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
        vals = np.array([(1.0 + math.log(c)) for c in counts.values()]) * self.idf[idx] if counts else np.zeros(0)
        norm = np.linalg.norm(vals)
        return idx, (vals / norm if norm else vals)

    def scores(self, texts: list[str], name: str | tuple[str, ...]):
        """Linear scores of each text for one head (an array) or several (a dict of arrays).

        Asking for several heads at once computes each text's features once."""
        names = (name,) if isinstance(name, str) else tuple(name)
        heads = {n: (self.arrays[f"{n}_coef"], self.arrays[f"{n}_intercept"]) for n in names}
        out = {n: np.empty((len(texts), coef.shape[0])) for n, (coef, _) in heads.items()}
        for row, text in enumerate(texts):
            idx, vals = self.features(text)
            for n, (coef, intercept) in heads.items():
                out[n][row] = coef[:, idx] @ vals + intercept
        return out[name] if isinstance(name, str) else out

    @classmethod
    def load(cls, stem: Path) -> TfidfModel:
        """Loads `stem`.json + `stem`.npz after checking them against the artefact manifest."""
        from .manifest import ArtefactError, load_verified

        meta, arrays = load_verified(stem)
        vocab = meta.get("vocabulary")
        if not isinstance(vocab, list) or not all(isinstance(v, str) for v in vocab):
            raise ArtefactError(stem.with_suffix(".json"), "has no list of vocabulary strings.")
        check_shapes(stem.with_suffix(".npz"), len(vocab), arrays)
        return cls(meta, arrays)

    @staticmethod
    def save(stem: Path, meta: dict, arrays: dict) -> None:
        """Saves the pair and rewrites the folder's manifest so the new files verify."""
        from .manifest import write_manifest

        stem.parent.mkdir(parents=True, exist_ok=True)
        stem.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        save_npz(stem.with_suffix(".npz"), arrays)
        write_manifest(stem.parent)


def check_shapes(path: Path, n_features: int, arrays: dict) -> None:
    """Every head's coefficients and intercepts agree with the vocabulary: a swapped or cut array is an
    error naming the file, not a broadcasting traceback or silently wrong scores."""
    from .manifest import ArtefactError

    idf = arrays.get("idf")
    if idf is None or idf.shape != (n_features,) or idf.dtype.kind != "f":
        raise ArtefactError(path, f"has no float 'idf' array of {n_features} values (one per vocabulary entry).")
    heads = [k[:-5] for k in arrays if k.endswith("_coef")]
    if not heads:
        raise ArtefactError(path, "has no '<head>_coef' arrays.")
    for head in heads:
        coef, intercept = arrays[f"{head}_coef"], arrays.get(f"{head}_intercept")
        if coef.ndim != 2 or coef.shape[1] != n_features or coef.dtype.kind != "f":
            raise ArtefactError(path, f"has a '{head}_coef' array of shape {coef.shape}, "
                                      f"not (classes, {n_features}) floats.")
        if intercept is None or intercept.shape != (coef.shape[0],):
            raise ArtefactError(path, f"has no '{head}_intercept' array of {coef.shape[0]} values.")


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
