"""A council's own settings file, like Vale's `.vale.ini`: the rules it switches off, the severity it
gives a code or a rule, its own rule packs and the severity floor, kept beside its plans so every
officer's run is the same.

    # sendlens.toml
    disable = ["transport-in-f"]          # rule ids or fault codes
    packs = ["rules/northmere.yaml"]      # relative to this file
    min_severity = "warning"
    [severity]
    access_to = "error"                   # a fault code: every check's findings of it
    opportunities-for = "suggestion"      # a rule id: that rule's findings only (wins over its code)

Where it comes from: `--config PATH`, else the SENDLENS_CONFIG environment variable, else
`sendlens.toml` or `.sendlens.toml` in the current directory. Command-line flags win over it.
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from nlp.taxonomy import SEVERITIES

NAMES = ("sendlens.toml", ".sendlens.toml")
ENV = "SENDLENS_CONFIG"
_KEYS = {"disable", "severity", "packs", "min_severity"}


class SettingsError(ValueError):
    """A settings file that cannot be used; the message names the file and what to change."""


@dataclass(frozen=True)
class Settings:
    path: Path | None = None
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    packs: tuple[Path, ...] = ()
    min_severity: str | None = None


def load_settings(path: str | Path) -> Settings:
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"{path}: settings file not found; check the --config path") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SettingsError(f"{path}: cannot read the settings file ({err})") from None
    except tomllib.TOMLDecodeError as err:
        raise SettingsError(f"{path}: not valid TOML ({err}); see README 'Councils' own rules'") from None
    unknown = set(raw) - _KEYS
    if unknown:
        raise SettingsError(f"{path}: unknown setting(s) {sorted(unknown)}; allowed: {sorted(_KEYS)}")
    disable = raw.get("disable", [])
    if not isinstance(disable, list) or not all(isinstance(x, str) for x in disable):
        raise SettingsError(f'{path}: disable must be a list of rule ids or fault codes, e.g. disable = ["access-to"]')
    severity = raw.get("severity", {})
    if not isinstance(severity, dict):
        raise SettingsError(f'{path}: severity must be a table, e.g. [severity] then access_to = "error"')
    bad = {k: v for k, v in severity.items() if v not in SEVERITIES}
    if bad:
        raise SettingsError(f"{path}: each severity must be one of {list(SEVERITIES)}; got {bad}")
    minimum = raw.get("min_severity")
    if minimum is not None and minimum not in SEVERITIES:
        raise SettingsError(f"{path}: min_severity must be one of {list(SEVERITIES)}; got {minimum!r}")
    packs = raw.get("packs", [])
    if not isinstance(packs, list) or not all(isinstance(x, str) for x in packs):
        raise SettingsError(f'{path}: packs must be a list of rule pack files, e.g. packs = ["our_rules.yaml"]')
    resolved = tuple((path.parent / p).resolve() for p in packs)
    missing = [str(p) for p, r in zip(packs, resolved) if not r.is_file()]
    if missing:
        raise SettingsError(f"{path}: rule pack(s) {missing} not found (paths are relative to the settings file)")
    return Settings(path=path.resolve(), disable=tuple(disable), severity=dict(severity), packs=resolved,
                    min_severity=minimum)


def from_environment() -> Settings:
    """The settings named by SENDLENS_CONFIG, or none."""
    named = os.environ.get(ENV)
    return load_settings(named) if named else Settings()


def find_settings(explicit: str | Path | None = None, cwd: str | Path | None = None) -> Settings:
    """`explicit` (--config), else SENDLENS_CONFIG, else a settings file in `cwd` (default: the current
    directory), else no settings."""
    if explicit:
        return load_settings(explicit)
    if os.environ.get(ENV):
        return from_environment()
    folder = Path(cwd) if cwd else Path.cwd()
    for name in NAMES:
        if (folder / name).is_file():
            return load_settings(folder / name)
    return Settings()
