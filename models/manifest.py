"""The SHA-256 manifest of the shipped model artefacts, verified on every load.

A model file is only data, but data someone else can edit: `models/artifacts/MANIFEST.json` records
the SHA-256 and size of every model file in the folder (`.npz`, the JSON beside each, `.skops`), and for each JSON + `.npz` pair (a "data-only
artefact") the top-level JSON keys with their types and every array's dtype and shape. Loading checks
all of that before the contents are used, so an edited JSON, a swapped `.npz`, a wrong-shape array or
a missing part is one typed, one-line error naming the file, never a traceback or silently wrong
scores. Training scripts call `write_manifest()` after saving.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import numpy as np

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
MANIFEST = "MANIFEST.json"
_HINT = "Restore the file from the sendlens release (or rebuild it with `sendlens train`)."


class ArtefactError(RuntimeError):
    """A model artefact that is missing, altered or malformed. `str(err)` is one line naming the file."""

    def __init__(self, path: Path | str, problem: str, hint: str = _HINT) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem} {hint}".strip())


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _json_type(value) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number",
            type(None): "null"}.get(type(value), "unknown")


def _npz_shapes(path: Path) -> dict[str, dict]:
    """Each array's dtype and shape, read from the .npy headers without loading any data."""
    out = {}
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if not name.endswith(".npy"):
                raise ValueError(f"member {name!r} is not a .npy array")
            with zf.open(name) as fh:
                version = np.lib.format.read_magic(fh)
                if version == (1, 0):
                    shape, _, dtype = np.lib.format.read_array_header_1_0(fh)
                elif version == (2, 0):
                    shape, _, dtype = np.lib.format.read_array_header_2_0(fh)
                else:
                    raise ValueError(f"array {name[:-4]!r} has an unknown format version {version}")
            if dtype.hasobject:
                raise ValueError(f"array {name[:-4]!r} holds Python objects")
            out[name[:-4]] = {"dtype": dtype.str, "shape": list(shape)}
    return out


def is_model_file(path: Path) -> bool:
    """What sendlens loads: `.npz` arrays, the JSON beside each, and `.skops` files (not metrics)."""
    if not path.is_file():
        return False
    return path.suffix in (".npz", ".skops") or (path.suffix == ".json" and path.with_suffix(".npz").is_file())


def describe(folder: Path = ARTIFACTS) -> dict:
    """The manifest a folder's current files would have."""
    files = {p.name: {"sha256": sha256_of(p), "bytes": p.stat().st_size}
             for p in sorted(folder.iterdir()) if is_model_file(p)}
    artefacts = {}
    for npz in sorted(folder.glob("*.npz")):
        meta_path = npz.with_suffix(".json")
        if not meta_path.is_file():
            continue
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        artefacts[npz.stem] = {"json": meta_path.name, "npz": npz.name,
                               "keys": {k: _json_type(v) for k, v in sorted(meta.items())},
                               "arrays": _npz_shapes(npz)}
    return {"version": 1, "files": files, "artefacts": artefacts}


def write_manifest(folder: Path = ARTIFACTS) -> Path:
    """(Re)writes MANIFEST.json for every file in `folder`; call it after saving a model."""
    target = folder / MANIFEST
    target.write_text(json.dumps(describe(folder), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


def read_manifest(folder: Path) -> dict:
    path = folder / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArtefactError(path, "is missing, so the model files beside it cannot be verified.") from None
    except (OSError, ValueError) as err:
        raise ArtefactError(path, f"is not a readable manifest ({type(err).__name__}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        raise ArtefactError(path, "is not a sendlens artefact manifest.")
    return data


def verify_file(path: Path) -> None:
    """Checks one artefact file against the manifest in its folder: listed, present, same SHA-256."""
    entry = read_manifest(path.parent)["files"].get(path.name)
    if not isinstance(entry, dict):
        raise ArtefactError(path, "is not listed in the artefact manifest, so it is not trusted.")
    if not path.is_file():
        raise ArtefactError(path, "is missing.")
    if sha256_of(path) != entry.get("sha256"):
        raise ArtefactError(path, "does not match its SHA-256 in the manifest (it was changed after it was built).")


def verify_all(folder: Path = ARTIFACTS) -> None:
    """Every model file the manifest lists is present and unchanged (a batch checks this before starting
    its workers, so a tampered model stops the run with one line instead of failing every file)."""
    for name in sorted(read_manifest(folder)["files"]):
        verify_file(folder / name)


def load_verified(stem: Path) -> tuple[dict, dict]:
    """A data-only artefact (`stem`.json + `stem`.npz), verified, as (metadata, arrays)."""
    folder = stem.parent
    manifest = read_manifest(folder)
    spec = (manifest.get("artefacts") or {}).get(stem.name)
    if not isinstance(spec, dict):
        raise ArtefactError(stem.with_suffix(".json"), "is not listed as an artefact in the manifest.")
    meta_path, npz_path = folder / spec.get("json", ""), folder / spec.get("npz", "")
    for part in (meta_path, npz_path):
        verify_file(part)
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise ArtefactError(meta_path, f"is not valid JSON ({type(err).__name__}).") from None
    if not isinstance(meta, dict):
        raise ArtefactError(meta_path, "must hold a JSON object.")
    keys = {k: _json_type(v) for k, v in meta.items()}
    if keys != spec.get("keys"):
        raise ArtefactError(meta_path, "does not have the keys and types the manifest lists.")
    try:
        shapes = _npz_shapes(npz_path)
        if shapes != spec.get("arrays"):
            raise ArtefactError(npz_path, "does not hold the arrays, dtypes and shapes the manifest lists.")
        with np.load(npz_path, allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files}
    except ArtefactError:
        raise
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as err:
        raise ArtefactError(npz_path, f"is not a readable NumPy archive ({type(err).__name__}).") from None
    return meta, arrays
