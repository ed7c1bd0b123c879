"""Loading skops files safely and lightly.

skops refuses untrusted types on load, but a type it is told to trust can be called: a model file
edited to construct `builtins.eval` with a string runs that string. So no type beyond skops' own
defaults is trusted here (not `builtins`, not whole module prefixes), and the file must first match
its SHA-256 in the artefact manifest (see manifest.py): an edited file is refused before skops
parses it.

Its import walks every scikit-learn module to list the estimators; one of them is scikit-learn's
array-API adapter for torch, which imports torch (seconds, and hundreds of MB) whenever torch is
installed, as it is with the 'embed' extra. That one adapter is stubbed for the duration of the
import: none of our models uses array-API dispatch.
"""
from __future__ import annotations

import sys
import types
from contextlib import contextmanager
from pathlib import Path

from .manifest import ArtefactError, verify_file

_TORCH_ADAPTER = "sklearn.externals.array_api_compat.torch"
# Exact type names (never prefixes) a shipped model may need beyond skops' defaults. Empty: the
# shipped models need none. Add a name only after checking it cannot run code when constructed.
TRUSTED_TYPES: frozenset[str] = frozenset()


@contextmanager
def _torch_adapter_stubbed():
    if _TORCH_ADAPTER in sys.modules or "torch" in sys.modules:
        yield
        return
    sys.modules[_TORCH_ADAPTER] = types.ModuleType(_TORCH_ADAPTER)
    try:
        yield
    finally:
        sys.modules.pop(_TORCH_ADAPTER, None)


def load(path: Path, *, verify: bool = True):
    """Loads a skops file listed in its folder's manifest, trusting only skops' default types.

    `verify=False` skips the manifest (for a file the caller just wrote itself); the type check stays."""
    if verify:
        verify_file(path)
    with _torch_adapter_stubbed():
        import skops.io as sio

    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as err:  # noqa: BLE001 (skops raises many types on a malformed file)
        raise ArtefactError(path, f"is not a readable skops file ({type(err).__name__}).") from None
    bad = sorted(t for t in untrusted if t not in TRUSTED_TYPES)
    if bad:
        shown = ", ".join(bad[:3]) + (" ..." if len(bad) > 3 else "")
        raise ArtefactError(path, f"asks to construct types that are never trusted ({shown}).")
    try:
        return sio.load(path, trusted=sorted(TRUSTED_TYPES & set(untrusted)))
    except Exception as err:  # noqa: BLE001 (as above)
        raise ArtefactError(path, f"could not be loaded ({type(err).__name__}).") from None


def dump(obj, path: Path) -> None:
    """Saves a model and rewrites the folder's manifest so the new file verifies."""
    from .manifest import write_manifest

    with _torch_adapter_stubbed():
        import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(obj, path)
    write_manifest(path.parent)
