"""Loading skops files safely and lightly.

skops refuses untrusted types on load, which is why the decision models use it. Its import walks
every scikit-learn module to list the estimators; one of them is scikit-learn's array-API adapter
for torch, which imports torch (seconds, and hundreds of MB) whenever torch is installed, as it is
with the 'embed' extra. That one adapter is stubbed for the duration of the import: none of our
models uses array-API dispatch.
"""
from __future__ import annotations

import sys
import types
from contextlib import contextmanager
from pathlib import Path

_TORCH_ADAPTER = "sklearn.externals.array_api_compat.torch"
TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "builtins.")


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


def load(path: Path):
    """Loads a skops file, trusting only scikit-learn, NumPy and SciPy types."""
    with _torch_adapter_stubbed():
        import skops.io as sio

    untrusted = sio.get_untrusted_types(file=path)
    bad = [t for t in untrusted if not t.startswith(TRUSTED_PREFIXES)]
    if bad:
        raise RuntimeError(f"{path}: refusing untrusted types {sorted(bad)}")
    return sio.load(path, trusted=untrusted)


def dump(obj, path: Path) -> None:
    with _torch_adapter_stubbed():
        import skops.io as sio

    path.parent.mkdir(parents=True, exist_ok=True)
    sio.dump(obj, path)
